/// The tables of a TOML document while it is read, enforcing TOML's rules on what may define a table
/// and what may add to it: a table is defined once, by a `[header]`, by dotted keys or inline; a key
/// once; an inline table or a static array is closed.
final class TOMLTableBuilder {
    /// What defined a table, which decides what may still add to it.
    enum Definition {
        /// Named on the way to another table (`a` in `[a.b]`): a header may still define it.
        case implicit
        /// Defined by a `[header]` or a `[[header]]`.
        case header
        /// Defined by dotted keys (`a` in `a.b = 1`): headers may add sub-tables, not define it.
        case dotted
    }

    private enum Slot {
        case value(TOMLValue)
        case table(TOMLTableBuilder)
        case tableArray([TOMLTableBuilder])
    }

    /// A rule broken, with the line the earlier definition is on when there is one.
    struct Conflict: Error {
        var message: String
    }

    private(set) var definition: Definition
    /// How many tables and arrays enclose this one; bounded by ``TOMLDocument/maximumDepth``.
    let depth: Int
    private var keys: [String] = []
    private var slots: [String: (slot: Slot, line: Int)] = [:]

    init(definition: Definition, depth: Int) {
        self.definition = definition
        self.depth = depth
    }

    /// The table a `[path]` header defines, made here.
    func defineTable(_ path: [String], line: Int) throws(Conflict) -> TOMLTableBuilder {
        let parent = try descend(path.dropLast(), line: line, forDottedKey: false)
        let key = path[path.count - 1]
        guard let existing = parent.slots[key] else {
            return parent.addTable(key, definition: .header, line: line)
        }
        guard case .table(let table) = existing.slot, table.definition == .implicit else {
            throw Conflict(message: "[\(Self.dotted(path))] is already defined on line \(existing.line)")
        }
        table.definition = .header
        return table
    }

    /// The new table a `[[path]]` header appends to the array of tables at `path`.
    func appendTable(_ path: [String], line: Int) throws(Conflict) -> TOMLTableBuilder {
        let parent = try descend(path.dropLast(), line: line, forDottedKey: false)
        let key = path[path.count - 1]
        let table = TOMLTableBuilder(definition: .header, depth: parent.depth + 1)
        guard let existing = parent.slots[key] else {
            parent.keys.append(key)
            parent.slots[key] = (.tableArray([table]), line)
            return table
        }
        guard case .tableArray(let tables) = existing.slot else {
            throw Conflict(
                message: "[[\(Self.dotted(path))]] names \"\(key)\", already defined on line \(existing.line) "
                    + "as something other than an array of tables"
            )
        }
        parent.slots[key] = (.tableArray(tables + [table]), existing.line)
        return table
    }

    /// Sets the dotted `key` to `value`, making the tables its first parts name.
    func assign(_ key: [String], _ value: TOMLValue, line: Int) throws(Conflict) {
        let parent = try descend(key.dropLast(), line: line, forDottedKey: true)
        let last = key[key.count - 1]
        if let existing = parent.slots[last] {
            throw Conflict(message: "\"\(Self.dotted(key))\" is already defined on line \(existing.line)")
        }
        parent.keys.append(last)
        parent.slots[last] = (.value(value), line)
    }

    /// The table, values made immutable.
    var table: TOMLTable {
        var table = TOMLTable()
        for key in keys {
            guard let (slot, line) = slots[key] else { continue }
            switch slot {
            case .value(let value): table.append(key, value, line: line)
            case .table(let builder): table.append(key, .table(builder.table), line: line)
            case .tableArray(let builders): table.append(key, .array(builders.map { .table($0.table) }), line: line)
            }
        }
        return table
    }

    /// Walks `path` from here, making the tables it names that do not exist yet; a dotted key may walk
    /// into tables made by dotted keys only, a header also through arrays of tables (into their last).
    private func descend(_ path: ArraySlice<String>, line: Int, forDottedKey: Bool) throws(Conflict) -> TOMLTableBuilder
    {
        var table = self
        var walked: [String] = []
        for key in path {
            walked.append(key)
            guard let existing = table.slots[key] else {
                table = table.addTable(key, definition: forDottedKey ? .dotted : .implicit, line: line)
                continue
            }
            switch existing.slot {
            case .table(let next) where !forDottedKey || next.definition != .header:
                table = next
            case .tableArray(let tables) where !forDottedKey:
                table = tables[tables.count - 1]
            default:
                throw Conflict(
                    message: "\"\(Self.dotted(walked))\" is already defined on line \(existing.line), "
                        + "and cannot be added to here"
                )
            }
        }
        return table
    }

    private func addTable(_ key: String, definition: Definition, line: Int) -> TOMLTableBuilder {
        let table = TOMLTableBuilder(definition: definition, depth: depth + 1)
        keys.append(key)
        slots[key] = (.table(table), line)
        return table
    }

    /// `a.b."c d"` as TOML writes it.
    static func dotted(_ path: some Sequence<String>) -> String {
        path.map { key in
            key.utf8.allSatisfy(TOMLSyntax.isBareKey) && !key.isEmpty ? key : "\"\(key)\""
        }.joined(separator: ".")
    }
}
