/// A cell whose value breaks the format; the message names the value and what was expected.
struct CellError: Error {
    /// The message, without the location and column prefix.
    let message: String

    /// A complaint about the value in `cell`: `"VALUE" complaint`.
    init(_ cell: UnsafeRawBufferPointer, _ complaint: String) {
        self.message = "\(cell.quotedForMessage) \(complaint)"
    }

    /// A complaint that needs no value, such as a missing one.
    init(message: String) {
        self.message = message
    }
}
