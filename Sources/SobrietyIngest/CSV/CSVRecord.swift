/// Where one field lies in the reader's buffer.
struct CSVFieldRange {
    /// What the reader must still do to the field before handing it out.
    struct Flags: OptionSet {
        var rawValue: UInt8
        /// The field is quoted and holds doubled quotes to unescape.
        static let escapedQuotes = Flags(rawValue: 1)
        /// The field holds bytes above 0x7F to validate as UTF-8.
        static let nonASCII = Flags(rawValue: 2)
    }

    /// Offset of the first byte.
    var start: Int
    /// Offset one past the last byte.
    var end: Int
    /// Work left to do.
    var flags: Flags
}

/// One record of a CSV file: its line and its fields as bytes, valid until the reader's next call.
struct CSVRecord {
    /// The 1-based physical line where the record starts.
    let line: Int
    private let base: UnsafePointer<UInt8>
    private let fields: UnsafeBufferPointer<CSVFieldRange>

    /// Creates a view of `fields` into the bytes at `base`.
    init(line: Int, base: UnsafePointer<UInt8>, fields: UnsafeBufferPointer<CSVFieldRange>) {
        self.line = line
        self.base = base
        self.fields = fields
    }

    /// The number of fields.
    var count: Int { fields.count }

    /// The bytes of field `index`, quotes removed and unescaped.
    func fieldBytes(_ index: Int) -> UnsafeRawBufferPointer {
        let field = fields[index]
        return UnsafeRawBufferPointer(start: base + field.start, count: field.end - field.start)
    }

    /// Field `index` as a string.
    func string(_ index: Int) -> String {
        String(decoding: fieldBytes(index), as: UTF8.self)
    }
}
