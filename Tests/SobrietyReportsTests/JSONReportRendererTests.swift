import Foundation
import SobrietyCore
import SobrietyReports
import Testing

@Suite struct JSONReportRendererTests {
    private let renderer = JSONReportRenderer()

    @Test func decodingTheJSONGivesTheSameReport() throws {
        let json = try renderer.render(SampleReport.full)
        let decoded = try JSONDecoder().decode(AuditReport.self, from: Data(json.utf8))
        #expect(decoded == SampleReport.full)
    }

    @Test func keysAreSortedAndSlashesUnescaped() throws {
        let json = try renderer.render(SampleReport.full)
        let topLevelKeys = json.split(separator: "\n")
            .filter { $0.hasPrefix("  \"") }
            .map { $0.dropFirst(3).prefix { $0 != "\"" } }
        #expect(topLevelKeys == topLevelKeys.sorted())
        #expect(json.contains("plans/spring-launch.csv"))
    }

    @Test func nonFiniteNumberIsNamedInTheError() throws {
        var report = SampleReport.full
        report.lines[2].emissions.low = GramsCO2e(grams: .nan)
        let error = try #require(throws: ReportRenderingError.self) { try renderer.render(report) }
        #expect(error.description.contains("lines[2].emissions.low"))
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, SchemaValidator.unavailableReason))
    func reportValidatesAgainstTheContractSchema() throws {
        for report in [SampleReport.full, SampleReport.summary] {
            let failure = try SchemaValidator.validate(json: renderer.render(report))
            #expect(failure == nil, "\(failure ?? "")")
        }
    }
}

/// Validates JSON against `../shared/contracts/report.schema.json` (beside the repository) with
/// Python's `jsonschema` package.
private enum SchemaValidator {
    static let schemaPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Tests/SobrietyReportsTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the repository
        .deletingLastPathComponent()
        .appendingPathComponent("shared/contracts/report.schema.json")
        .path

    static let isAvailable: Bool =
        FileManager.default.fileExists(atPath: schemaPath)
        && (try? run(["python3", "-c", "import jsonschema"]).status) == 0

    static let unavailableReason: Comment =
        "JSON schema validation needs \(schemaPath) and python3 with jsonschema (pip install jsonschema)"

    /// The validation error, or `nil` when the document is valid.
    static func validate(json: String) throws -> String? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sobriety-report-\(UUID()).json")
        try Data(json.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))
            """
        let result = try run(["python3", "-c", script, schemaPath, file.path])
        return result.status == 0 ? nil : result.output
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
