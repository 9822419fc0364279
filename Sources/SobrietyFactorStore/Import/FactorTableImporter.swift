import SobrietyCore

/// Turns the text tables of a factor folder (`Factors/`) into a ``FactorSet``, checking every row.
///
/// Files whose name does not end in `.csv` are ignored. `sources.csv`, `platforms.csv`,
/// `countries.csv` and `manifest.csv` are known by name; any other CSV file must be a factor table,
/// known by its header. Every problem found is collected (up to ``ImportProblems/limit``) and thrown
/// together as ``FactorStoreError/invalidTables(problems:truncated:)``.
struct FactorTableImporter {
    /// A file handed to the importer: its name, used in messages, and its text.
    typealias File = (name: String, contents: String)

    /// How the name of every table file ends; other files are ignored.
    static let csvExtension = ".csv"

    /// The factor set the files describe, its digest computed from its content.
    ///
    /// - Parameter files: The table files, by name and contents.
    /// - Returns: The imported set.
    /// - Throws: ``FactorStoreError/invalidTables(problems:truncated:)`` listing every problem found.
    func factorSet(from files: [File]) throws(FactorStoreError) -> FactorSet {
        var problems = ImportProblems()
        let csvFiles = files.filter { $0.name.hasSuffix(Self.csvExtension) }
        let tables = csvFiles.compactMap { Self.table(in: $0, &problems) }
        let named = Self.namedTables(tables, &problems)
        Self.reportMissingTables(givenFiles: csvFiles.map(\.name), &problems)
        if !csvFiles.contains(where: { Self.kind(of: $0.name) == .factors }) {
            problems.add(
                nil,
                code: "missing-table",
                "expected at least one factor table (a CSV file with the header "
                    + "\(FactorTableKind.factors.header.joined(separator: ","))), found none"
            )
        }

        let sources = named[.sources].map { Self.sources(in: $0, &problems) } ?? []
        let sourceIDs = named[.sources].map(Self.declaredIDs)
        let countries = named[.countries].map { Self.countries(in: $0, &problems) } ?? []
        let platforms = named[.platforms].map { Self.platforms(in: $0, sourceIDs: sourceIDs, &problems) } ?? []
        let manifest = named[.manifest].flatMap { Self.manifest(in: $0, &problems) }
        let factorTables = tables.filter { $0.kind == .factors }
        let factors = Self.factors(in: factorTables, sourceIDs: sourceIDs, &problems)

        guard problems.isEmpty, let manifest else { throw problems.error }
        return FactorSet(
            identity: FactorSetIdentity(name: manifest.name, version: manifest.version, sha256: ""),
            factors: factors,
            sources: sources,
            platforms: platforms,
            countries: countries
        )
        .withComputedDigest()
    }

    // MARK: - Files

    private static func table(in file: File, _ problems: inout ImportProblems) -> FactorTable? {
        let records: [CSVRecord]
        do {
            records = try CSVParser.records(in: file.contents)
        } catch {
            problems.add(SourceLocation(file: file.name, line: error.line), code: "csv-syntax", error.message)
            return nil
        }
        guard let header = records.first else {
            problems.add(
                SourceLocation(file: file.name, line: 1),
                code: "empty-table",
                "expected a header row, found an empty file"
            )
            return nil
        }
        let kind = kind(of: file.name)
        guard header.fields == kind.header else {
            problems.add(
                SourceLocation(file: file.name, line: header.line),
                code: "unknown-header",
                "expected the header \(expectedHeader(for: kind)), found \"\(header.fields.joined(separator: ","))\""
            )
            return nil
        }
        return FactorTable(file: file.name, kind: kind, records: Array(records.dropFirst()))
    }

    private static func expectedHeader(for kind: FactorTableKind) -> String {
        let header = kind.header.joined(separator: ",")
        guard kind == .factors else { return header }
        let names = FactorTableKind.namedKinds.compactMap(\.fileName).sorted()
        let listed = names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
        return "\(header) (a factor table) or a file named \(listed)"
    }

    private static func namedTables(
        _ tables: [FactorTable],
        _ problems: inout ImportProblems
    ) -> [FactorTableKind: FactorTable] {
        var named: [FactorTableKind: FactorTable] = [:]
        for table in tables where table.kind != .factors {
            if let first = named[table.kind] {
                problems.add(
                    nil,
                    code: "duplicate-table",
                    "\(table.file): expected one \(table.kind.fileName ?? ""), found a second one (first: \(first.file))"
                )
            } else {
                named[table.kind] = table
            }
        }
        return named
    }

    /// Reports each named table no file was given for (a file given with a wrong header is reported already).
    private static func reportMissingTables(givenFiles: [String], _ problems: inout ImportProblems) {
        let givenKinds = Set(givenFiles.map(kind(of:)))
        for kind in FactorTableKind.namedKinds where !givenKinds.contains(kind) {
            let fileName = kind.fileName ?? ""
            problems.add(
                nil,
                code: "missing-table",
                "expected a file named \(fileName) with the header \(kind.header.joined(separator: ",")), found none"
            )
        }
    }

    /// The kind a file's name selects, from the last component of the name.
    private static func kind(of name: String) -> FactorTableKind {
        let baseName = name.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? name
        return FactorTableKind.kind(ofFileNamed: baseName)
    }

    // MARK: - Rows

    private static func sources(in table: FactorTable, _ problems: inout ImportProblems) -> [FactorSource] {
        var seen = FirstOccurrences<String>()
        return table.rows(&problems).compactMap { row in
            let id = row.nonEmptyText("id", &problems)
            let publisher = row.nonEmptyText("publisher", &problems)
            let title = row.nonEmptyText("title", &problems)
            let year = row.year("year", &problems)
            let url = row.nonEmptyText("url", &problems)
            let licence = row.nonEmptyText("licence", &problems)
            guard let id, seen.insert(id, named: "\"\(id)\"", at: row, column: "id", &problems),
                let publisher, let title, let year, let url, let licence
            else { return nil }
            return FactorSource(id: id, publisher: publisher, title: title, year: year, url: url, licence: licence)
        }
    }

    private static func countries(in table: FactorTable, _ problems: inout ImportProblems) -> [Country] {
        var seen = FirstOccurrences<String>()
        return table.rows(&problems).compactMap { row in
            let alpha2 = row.nonEmptyText("alpha2", &problems)
            let alpha3 = row.nonEmptyText("alpha3", &problems)
            let name = row.nonEmptyText("name", &problems)
            guard let alpha2, seen.insert(alpha2, named: "\"\(alpha2)\"", at: row, column: "alpha2", &problems),
                let alpha3, let name
            else { return nil }
            return Country(alpha2: alpha2, alpha3: alpha3, name: name)
        }
    }

    private static func platforms(
        in table: FactorTable,
        sourceIDs: Set<String>?,
        _ problems: inout ImportProblems
    ) -> [PlatformProfile] {
        var seen = FirstOccurrences<String>()
        return table.rows(&problems).compactMap { row in
            let key = row.nonEmptyText("platform", &problems)
            let name = row.nonEmptyText("name", &problems)
            let channel = row.nonEmptyText("channel", &problems)
            let format = row.oneOf(AdFormat.self, "default_format", &problems)
            let buying = row.oneOf(BuyingMode.self, "default_buying", &problems)
            let mfaApplies = row.boolean("mfa_applies", &problems)
            let source = citedSource(row, sourceIDs: sourceIDs, &problems)
            let note = row.nonEmptyText("note", &problems)
            guard let key, seen.insert(key, named: "\"\(key)\"", at: row, column: "platform", &problems),
                let name, let channel, let format, let buying, let mfaApplies, let source, let note
            else { return nil }
            return PlatformProfile(
                key: key,
                name: name,
                channel: channel,
                defaultFormat: format,
                defaultBuying: buying,
                hasMadeForAdvertisingInventory: mfaApplies,
                source: source,
                note: note
            )
        }
    }

    private static func manifest(in table: FactorTable, _ problems: inout ImportProblems) -> Manifest? {
        var seen = FirstOccurrences<String>()
        var values: [String: String] = [:]
        for row in table.rows(&problems) {
            let field = row.text("field")
            guard Manifest.fields.contains(field) else {
                let expected = Manifest.fields.joined(separator: " or ")
                problems.add(
                    row.location("field"),
                    code: "unknown-value",
                    "expected \(expected), found \(row.quoted(field))"
                )
                continue
            }
            guard seen.insert(field, named: row.quoted(field), at: row, column: "field", &problems),
                let value = row.nonEmptyText("value", &problems)
            else { continue }
            values[field] = value
        }
        for field in Manifest.fields where !seen.contains(field) {
            problems.add(
                nil,
                code: "missing-manifest-field",
                "\(table.file): expected a row with field '\(field)', found none"
            )
        }
        guard let name = values[Manifest.nameField], let version = values[Manifest.versionField] else { return nil }
        return Manifest(name: name, version: version)
    }

    private static func factors(
        in tables: [FactorTable],
        sourceIDs: Set<String>?,
        _ problems: inout ImportProblems
    ) -> [EmissionFactor] {
        var seen = FirstOccurrences<FactorID>()
        return tables.flatMap { table in
            table.rows(&problems).compactMap { row in factor(in: row, sourceIDs: sourceIDs, seen: &seen, &problems) }
        }
    }

    private static func factor(
        in row: CSVRowReader,
        sourceIDs: Set<String>?,
        seen: inout FirstOccurrences<FactorID>,
        _ problems: inout ImportProblems
    ) -> EmissionFactor? {
        let key = row.nonEmptyText("key", &problems)
        let dimension = row.optionalText("dimension")
        let value = row.number("value", &problems)
        let low = row.number("low", &problems)
        let high = row.number("high", &problems)
        let unit = row.nonEmptyText("unit", &problems)
        let source = citedSource(row, sourceIDs: sourceIDs, &problems)
        let year = row.year("year", &problems)
        let note = row.nonEmptyText("note", &problems)
        if let value, let low, let high {
            checkRange(row, low: low, value: value, high: high, &problems)
        }
        guard let key else { return nil }
        let id = FactorID(key: FactorKey(rawValue: key), dimension: dimension)
        guard seen.insert(id, named: id.description, at: row, column: "key", unique: "(key, dimension)", &problems),
            let value, let low, let high, low <= value, value <= high, let unit, let source, let year, let note
        else { return nil }
        return EmissionFactor(
            key: id.key,
            dimension: dimension,
            value: value,
            low: low,
            high: high,
            unit: unit,
            source: source,
            year: year,
            note: note
        )
    }

    private static func checkRange(
        _ row: CSVRowReader,
        low: Double,
        value: Double,
        high: Double,
        _ problems: inout ImportProblems
    ) {
        guard low > value || value > high else { return }
        problems.add(
            row.location(low > value ? "low" : "high"),
            code: "range-order",
            "expected low <= value <= high, found low \(row.text("low")), value \(row.text("value")), "
                + "high \(row.text("high"))"
        )
    }

    /// The ids `sources.csv` declares, even on rows with other problems, so that citing them is not a second error.
    private static func declaredIDs(in sources: FactorTable) -> Set<String> {
        Set(sources.records.compactMap(\.fields.first))
    }

    /// The row's `source`, which must be declared in `sources.csv` (not checked when that file is missing).
    private static func citedSource(
        _ row: CSVRowReader,
        sourceIDs: Set<String>?,
        _ problems: inout ImportProblems
    ) -> String? {
        guard let source = row.nonEmptyText("source", &problems) else { return nil }
        guard sourceIDs?.contains(source) ?? true else {
            problems.add(
                row.location("source"),
                code: "unknown-source",
                "expected an id listed in sources.csv, found \(row.quoted(source))"
            )
            return nil
        }
        return source
    }
}
