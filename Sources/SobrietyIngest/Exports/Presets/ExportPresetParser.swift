import Foundation
import SobrietyCore

/// Reads a preset from TOML: the bundled platform presets and users' `--mapping` files share this schema.
///
/// ```toml
/// name = "my-dsp"                  # what the report's inputs[].format shows
/// title = "My DSP log export"
/// platform = "open_web"            # the platform of rows that give none (a key of the factor set)
/// buying = "pmp"                   # optional; the platform's default otherwise
///
/// [detect]                         # for --preset auto: header names that mark this export
/// strong = ["bid requests"]
/// supporting = ["deal id"]
///
/// [line_item]                      # the columns whose values, joined with " / ", identify a row
/// columns = [["campaign"], ["line item", "line"], ["day"]]
///
/// [fields]                         # canonical or derived field = the header names that hold it
/// campaign = ["campaign"]
/// impressions = ["impressions", "imps"]
/// spend = ["cost"]                 # a currency in the header, "Cost (EUR)", becomes the currency
///
/// [values.device]                  # cell values read as canonical keys
/// "smart phone" = "mobile"
///
/// [derive]
/// format_from = "placement"        # [values.format] applied to this field when no column gives the format
///
/// [rates]
/// bare_percent = ["viewability_rate"]   # "72.5" means 72.5%
///
/// [drop]
/// total_rows = ["total*", "grand total:"]   # first cells of total rows: # a digit, * anything after
/// footer = ["report time"]                 # a first cell starting so ends the data
/// without_line_item = true                 # rows with every line-item column empty are totals
///
/// [cells]
/// empty = ["--", "(not set)"]      # values that mean "no value"
/// ```
///
/// Names and values are compared trimmed, in lower case, with inner spaces collapsed.
enum ExportPresetParser {
    /// Parses `contents`, naming `path` and the line in errors.
    ///
    /// - Throws: ``InputErrors`` with one diagnostic at the file and line of the first problem.
    static func parse(_ contents: String, path: String) throws(InputErrors) -> ExportPreset {
        let table: TOMLTable
        do {
            table = try TOMLDocument.parse(contents)
        } catch {
            throw failure(path, line: error.line, error.problem)
        }
        let reader = Reader(table: table, path: path)
        return try reader.preset()
    }

    fileprivate static func failure(_ path: String, line: Int?, _ message: String) -> InputErrors {
        InputErrors(diagnostics: [
            Diagnostic(
                severity: .error,
                code: "invalid-mapping",
                location: SourceLocation(file: path, line: line ?? 1),
                message: message
            )
        ])
    }

    fileprivate static let topKeys = ["name", "title", "platform", "buying"]
    fileprivate static let tableKeys: [String: [String]] = [
        "detect": ["strong", "supporting"],
        "line_item": ["columns"],
        "derive": ["format_from"],
        "rates": ["bare_percent"],
        "drop": ["total_rows", "footer", "without_line_item"],
        "cells": ["empty"],
    ]
}

/// Walks the TOML table, checking every key against the schema.
private struct Reader {
    let table: TOMLTable
    let path: String

    func preset() throws(InputErrors) -> ExportPreset {
        for key in table.keys
        where !ExportPresetParser.topKeys.contains(key) && ExportPresetParser.tableKeys[key] == nil
            && key != "fields" && key != "values"
        {
            let known = ExportPresetParser.topKeys + ExportPresetParser.tableKeys.keys.sorted() + ["fields", "values"]
            throw fail("unknown key \"\(key)\"; expected one of: \(known.joined(separator: ", "))", key: key)
        }
        for (name, keys) in ExportPresetParser.tableKeys {
            guard let section = table[name] else { continue }
            guard let section = section.tableValue else { throw fail("[\(name)] must be a table", key: name) }
            for key in section.keys where !keys.contains(key) {
                throw fail(
                    "unknown key \"\(key)\" in [\(name)]; expected: \(keys.joined(separator: ", "))",
                    table: [name],
                    key: key
                )
            }
        }
        guard let name = try string("name") else { throw fail("missing name, such as name = \"my-export\"", key: "") }
        let fields = try fieldTable()
        guard fields.contains(where: { [.impressions, .videoViews].contains($0.field) }) else {
            throw fail("[fields] must map impressions or video_views to the header names that hold them", key: "fields")
        }
        let formatSource = try string("format_from", in: "derive").map { text throws(InputErrors) in
            guard let field = ExportField(rawValue: text) else {
                throw fail("format_from \"\(text)\" is not a field", table: ["derive"], key: "format_from")
            }
            return field
        }
        return ExportPreset(
            name: name,
            title: try string("title") ?? name,
            platform: try string("platform"),
            buying: try string("buying"),
            strongSignals: Set(try strings("strong", in: "detect").map(ExportPreset.folded)),
            supportingSignals: Set(try strings("supporting", in: "detect").map(ExportPreset.folded)),
            fields: fields,
            lineItemParts: try lineItemParts(),
            valueMaps: try valueMaps(),
            formatSource: formatSource,
            barePercentFields: Set(try fieldNames("bare_percent", in: "rates")),
            totalRowPatterns: try strings("total_rows", in: "drop").map(ExportPreset.folded),
            footerKeys: try strings("footer", in: "drop").map(ExportPreset.folded),
            dropsRowsWithoutKey: table["drop"]?.tableValue?["without_line_item"]?.booleanValue ?? false,
            emptyTokens: Set(try strings("empty", in: "cells").map(ExportPreset.folded))
        )
    }

    private func fieldTable() throws(InputErrors) -> [(field: ExportField, headers: [String])] {
        guard let fields = table["fields"]?.tableValue else { return [] }
        var result: [(ExportField, [String])] = []
        for key in fields.keys {
            guard let field = ExportField(rawValue: key) else {
                throw fail(
                    "unknown field \"\(key)\"; expected one of: "
                        + ExportField.allCases.map(\.rawValue).joined(separator: ", "),
                    table: ["fields"],
                    key: key
                )
            }
            guard let names = fields[key]?.arrayValue?.compactMap({ $0.stringValue }), !names.isEmpty else {
                throw fail("\(key) must be a list of header names", table: ["fields"], key: key)
            }
            result.append((field, names.map { HeaderName($0).key }))
        }
        return result
    }

    private func lineItemParts() throws(InputErrors) -> [[String]] {
        guard let columns = table["line_item"]?.tableValue?["columns"] else { return [] }
        guard let parts = columns.arrayValue?.map({ $0.arrayValue?.compactMap { $0.stringValue } ?? [] }),
            parts.allSatisfy({ !$0.isEmpty })
        else {
            throw fail("columns must be a list of lists of header names", table: ["line_item"], key: "columns")
        }
        return parts.map { $0.map { HeaderName($0).key } }
    }

    private func valueMaps() throws(InputErrors) -> [ExportField: [String: String]] {
        guard let values = table["values"]?.tableValue else { return [:] }
        var maps: [ExportField: [String: String]] = [:]
        for key in values.keys {
            guard let field = ExportField(rawValue: key), let entries = values[key]?.tableValue else {
                throw fail("[values.\(key)] must be a table of values for a field", table: ["values"], key: key)
            }
            var map: [String: String] = [:]
            for cell in entries.keys {
                guard let value = entries[cell]?.stringValue else {
                    throw fail("\(cell) must be a string", table: ["values", key], key: cell)
                }
                map[ExportPreset.folded(cell)] = value
            }
            maps[field] = map
        }
        return maps
    }

    private func fieldNames(_ key: String, in section: String) throws(InputErrors) -> [ExportField] {
        var fields: [ExportField] = []
        for name in try strings(key, in: section) {
            guard let field = ExportField(rawValue: name) else {
                throw fail("\"\(name)\" is not a field", table: [section], key: key)
            }
            fields.append(field)
        }
        return fields
    }

    private func string(_ key: String, in section: String? = nil) throws(InputErrors) -> String? {
        let container = section.map { table[$0]?.tableValue } ?? table
        guard let value = container?[key] else { return nil }
        guard let text = value.stringValue else {
            throw fail("\(key) must be a string", table: section.map { [$0] } ?? [], key: key)
        }
        return text
    }

    private func strings(_ key: String, in section: String) throws(InputErrors) -> [String] {
        guard let value = table[section]?.tableValue?[key] else { return [] }
        guard let list = value.arrayValue?.map({ $0.stringValue }), list.allSatisfy({ $0 != nil }) else {
            throw fail("\(key) must be a list of strings", table: [section], key: key)
        }
        return list.compactMap { $0 }
    }

    private func fail(_ message: String, table section: [String] = [], key: String) -> InputErrors {
        let container = section.reduce(Optional(table)) { $0?[$1]?.tableValue }
        return ExportPresetParser.failure(path, line: container?.line(ofKey: key), message)
    }
}
