/// The paper a report is laid out for when printed, named as `--paper` names it.
public enum PaperSize: String, CaseIterable, Sendable {
    /// ISO A4, 210 × 297 mm (the default).
    case a4
    /// US Letter, 8.5 × 11 in.
    case letter

    /// The value of the CSS `@page { size: … }` property.
    var cssSize: String {
        switch self {
        case .a4: "A4"
        case .letter: "letter"
        }
    }
}
