/// Why a report could not be rendered.
public enum ReportRenderingError: Error, Sendable, CustomStringConvertible {
    /// A number in the report is NaN or infinite; `field` is its path in the report, when known.
    case nonFiniteNumber(value: Double, field: String?)

    /// A sentence for the error output.
    public var description: String {
        switch self {
        case .nonFiniteNumber(let value, let field?):
            "cannot render the report: \(field) is \(value); every number in a report must be finite"
        case .nonFiniteNumber(let value, nil):
            "cannot render the report: it holds the number \(value); every number in a report must be finite"
        }
    }
}
