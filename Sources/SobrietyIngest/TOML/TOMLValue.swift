/// A value read from TOML text by ``TOMLDocument``.
enum TOMLValue: Equatable, Sendable {
    case string(String)
    case integer(Int)
    case float(Double)
    case boolean(Bool)
    /// An offset or local date-time, a local date or a local time, as written: checked against TOML's
    /// grammar but not interpreted, since no Sobriety file holds one.
    case dateTime(String)
    case array([TOMLValue])
    case table(TOMLTable)

    /// The text of a string.
    var stringValue: String? {
        if case .string(let text) = self { text } else { nil }
    }

    /// The value of an integer.
    var integerValue: Int? {
        if case .integer(let number) = self { number } else { nil }
    }

    /// The value of a float.
    var floatValue: Double? {
        if case .float(let number) = self { number } else { nil }
    }

    /// The value of a boolean.
    var booleanValue: Bool? {
        if case .boolean(let flag) = self { flag } else { nil }
    }

    /// The elements of an array (an array of tables included).
    var arrayValue: [TOMLValue]? {
        if case .array(let elements) = self { elements } else { nil }
    }

    /// The table, whether written as a `[header]`, with dotted keys or inline.
    var tableValue: TOMLTable? {
        if case .table(let table) = self { table } else { nil }
    }
}

/// A TOML table: its keys in the order the text defines them, each with its value and the line that
/// defines it, so that readers can name the line of a value they refuse.
struct TOMLTable: Equatable, Sendable {
    /// The keys, in the order the text defines them.
    private(set) var keys: [String] = []
    private var entries: [String: (value: TOMLValue, line: Int)] = [:]

    /// The value of `key`, if the table has it.
    subscript(key: String) -> TOMLValue? { entries[key]?.value }

    /// The 1-based line that defines `key`: its `key = value` line, or the first header naming it.
    func line(ofKey key: String) -> Int? { entries[key]?.line }

    /// Adds `key`; the parser has checked that the table does not have it yet.
    mutating func append(_ key: String, _ value: TOMLValue, line: Int) {
        keys.append(key)
        entries[key] = (value, line)
    }

    /// Tables are equal when they have the same keys in the same order with equal values, wherever written.
    static func == (left: TOMLTable, right: TOMLTable) -> Bool {
        left.keys == right.keys && left.keys.allSatisfy { left[$0] == right[$0] }
    }
}
