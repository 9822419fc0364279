import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every input of `MalformedInputs/` (and the huge or special ones generated from `expected.json`), through the
/// built binary: its exact message, exit code 65 or 66, nothing on standard output and no file written.
@Suite struct MalformedInputTests {
    /// The formats each case is run with: a report and the machine-readable one.
    private static let formats = ["md", "json"]

    @Test(arguments: MalformedInputCorpus.cases.filter { $0.generator != .unreadable })
    func reportsExactlyAndWritesNothing(_ expected: MalformedInputCase) throws {
        for format in Self.formats {
            let run = try MalformedInputRun(expected)
            let result = try run.audit(format: format)

            #expect(result.status == expected.exitCode, "\(expected.name) -f \(format)")
            #expect(result.standardError == expected.standardErrorText, "\(expected.name) -f \(format)")
            #expect(result.standardOutput.isEmpty, "\(expected.name) -f \(format)")
            #expect(try run.outputFileNames() == [], "\(expected.name) -f \(format): a report was written")
            #expect(try run.inputFileNames() == run.inputNames, "\(expected.name) -f \(format): beside the input")
        }
    }

    /// Root reads any file whatever its mode, so as root the audit is run as `nobody` (by `setpriv`).
    @Test(.enabled(if: UnreadableInput.canBeTested, UnreadableInput.skipMessage))
    func anUnreadableFileIsRefusedWithoutAReport() throws {
        let expected = try #require(MalformedInputCorpus.cases.first { $0.generator == .unreadable })
        let run = try MalformedInputRun(expected)
        let result = try run.audit(format: "md")

        #expect(result.status == expected.exitCode)
        #expect(result.standardError == expected.standardErrorText)
        #expect(result.standardOutput.isEmpty)
        #expect(try run.outputFileNames() == [])
    }

    @Test func theCorpusIsCompleteAndLargeEnough() throws {
        let cases = try MalformedInputCorpus.load()
        let files = try FileManager.default.contentsOfDirectory(atPath: MalformedInputCorpus.folder.path)
            .filter { $0 != MalformedInputCorpus.expectationsFile }

        #expect(Set(files) == Set(cases.filter { $0.generator == nil }.map(\.name)))
        #expect(Set(cases.map(\.name)).count == cases.count, "a case name is used twice")
        #expect(cases.count >= MalformedInputCorpus.minimumCases)
        #expect(cases.allSatisfy { [65, 66].contains($0.exitCode) })
        #expect(
            cases.allSatisfy { !$0.standardError.isEmpty && $0.standardError.allSatisfy { $0.hasPrefix("error: ") } }
        )
        #expect(Set(MalformedInputGenerator.allCases) == Set(cases.compactMap(\.generator)))
    }

    /// A field of 100 MB is refused at the field limit with the audit's peak memory well under the field's size,
    /// measured by GNU `time`.
    @Test(.enabled(if: PeakMemory.canBeMeasured, PeakMemory.skipMessage))
    func aHugeFieldIsRefusedWithinBoundedMemory() throws {
        let expected = try #require(MalformedInputCorpus.cases.first { $0.generator == .hundredMegabyteField })
        let run = try MalformedInputRun(expected)
        let report = run.root.appendingPathComponent("peak-memory")
        let result = try run.audit(format: "md", peakMemoryReport: report)
        // GNU time writes "Command exited with non-zero status 65" first, then the figure.
        let lines = String(decoding: try Data(contentsOf: report), as: UTF8.self).split(separator: "\n")
        let kibibytes = try #require(lines.last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) })

        #expect(result.status == expected.exitCode, "\(result.standardError)")
        #expect(result.standardError == expected.standardErrorText)
        #expect(kibibytes * 1024 < PeakMemory.limit, "peak resident memory \(kibibytes) KiB")
    }
}

/// `MalformedInputs/expected.json`: the corpus and the exact answers.
enum MalformedInputCorpus {
    /// The folder of committed inputs, beside this file.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("MalformedInputs")
    /// The file of expectations in that folder.
    static let expectationsFile = "expected.json"
    /// What issue 9 asks of the corpus.
    static let minimumCases = 50

    /// The cases, or none when the file cannot be read (``MalformedInputTests/theCorpusIsCompleteAndLargeEnough()``
    /// then fails and says why).
    static let cases: [MalformedInputCase] = (try? load()) ?? []

    static func load() throws -> [MalformedInputCase] {
        let data = try Data(contentsOf: folder.appendingPathComponent(expectationsFile))
        return try JSONDecoder().decode([MalformedInputCase].self, from: data)
    }
}

/// One malformed input and what `audit INPUT -o DIR/report.EXT` must print and exit with.
struct MalformedInputCase: Decodable, Sendable, CustomTestStringConvertible {
    /// The input's file name: a file of the folder, or the name a generator gives what it makes.
    let name: String
    /// How the input is made when it is not committed.
    let generator: MalformedInputGenerator?
    /// 65 (bad data) or 66 (cannot be opened).
    let exitCode: Int32
    /// Standard error, line by line.
    let standardError: [String]

    /// Standard error as printed.
    var standardErrorText: String { standardError.map { $0 + "\n" }.joined() }

    var testDescription: String { name }
}

/// Inputs too large to commit, or that are not regular files.
enum MalformedInputGenerator: String, Decodable, Sendable, CaseIterable {
    /// A data row whose one field holds 100 MB.
    case hundredMegabyteField = "100-megabyte-field"
    /// A quoted field opened on a data row that runs 100 MB to the end of the file.
    case hundredMegabyteQuotedField = "100-megabyte-quoted-field"
    /// A header of a million columns, none of them canonical.
    case millionColumns = "million-columns"
    /// A canonical header followed by a million more columns.
    case millionCanonicalColumns = "million-canonical-columns"
    /// A row of small fields longer, in all, than the record limit.
    case oversizedRecord = "oversized-record"
    /// A directory where a file is expected.
    case directory
    /// A file without read permission.
    case unreadable
    /// A named pipe whose writer sends a canonical file with a bad value on line 3.
    case fifo
    /// A named pipe whose writer sends nothing.
    case emptyFIFO = "empty-fifo"
    /// A symbolic link that points at itself.
    case symbolicLinkLoop = "symbolic-link-loop"
    /// A path where nothing is.
    case missing
}

/// One run of a case: the input in a fresh folder, the audit run from that folder, and an empty output folder.
struct MalformedInputRun {
    /// The "100 MB single field".
    static let hugeFieldBytes = 100_000_000
    /// The "a million columns".
    static let millionColumns = 1_000_000
    /// Fields of the oversized record; under the reader's 16,384-field limit.
    static let oversizedRecordFields = 10_000
    /// Bytes of each of those fields: 10,000 × 1,000 bytes is over the 8 MiB record limit.
    static let oversizedRecordFieldBytes = 1_000
    /// The canonical file the FIFO's writer sends.
    static let fifoContents = "line_item,platform,impressions,ivt_rate\na,tiktok,1000,0.1\nb,tiktok,1000,1.7\n"

    let expected: MalformedInputCase
    private let folders: TemporaryDirectory
    private let input: URL
    private let output: URL

    init(_ expected: MalformedInputCase) throws {
        self.expected = expected
        folders = try TemporaryDirectory()
        input = folders.url.appendingPathComponent("input")
        output = folders.url.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: false)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: false)
        if expected.generator == .unreadable {
            // The unprivileged user must be able to reach both folders, and to write the output if it tried.
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folders.url.path)
            try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: output.path)
        }
        try make()
    }

    /// The folder holding the input and output folders.
    var root: URL { folders.url }

    private var inputPath: String { input.appendingPathComponent(expected.name).path }

    /// Makes the input in the input folder.
    private func make() throws {
        guard let generator = expected.generator else {
            let committed = MalformedInputCorpus.folder.appendingPathComponent(expected.name)
            try FileManager.default.copyItem(at: committed, to: URL(fileURLWithPath: inputPath))
            return
        }
        switch generator {
        case .hundredMegabyteField:
            try writeLarge(head: "line_item,platform,impressions,campaign\na,tiktok,1000,", byte: "x", tail: "\n")
        case .hundredMegabyteQuotedField:
            try writeLarge(head: "line_item,platform,impressions,campaign\na,tiktok,1000,\"", byte: "x", tail: "")
        case .millionColumns:
            try writeColumns(first: [], count: Self.millionColumns, row: "")
        case .millionCanonicalColumns:
            try writeColumns(first: ["line_item", "platform", "impressions"], count: Self.millionColumns, row: "")
        case .oversizedRecord:
            let field = String(repeating: "y", count: Self.oversizedRecordFieldBytes)
            let row = Array(repeating: field, count: Self.oversizedRecordFields).joined(separator: ",")
            try Data("line_item,platform,impressions\n\(row)\n".utf8).write(to: URL(fileURLWithPath: inputPath))
        case .directory:
            try FileManager.default.createDirectory(atPath: inputPath, withIntermediateDirectories: false)
        case .unreadable:
            try Data("line_item,platform,impressions\na,tiktok,1000\n".utf8).write(to: URL(fileURLWithPath: inputPath))
            try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: inputPath)
        case .fifo, .emptyFIFO:
            #expect(mkfifo(inputPath, 0o600) == 0)
            let bytes = Data((generator == .fifo ? Self.fifoContents : "").utf8)
            let path = inputPath
            Thread.detachNewThread {
                guard let handle = FileHandle(forWritingAtPath: path) else { return }
                try? handle.write(contentsOf: bytes)
                try? handle.close()
            }
        case .symbolicLinkLoop:
            try FileManager.default.createSymbolicLink(atPath: inputPath, withDestinationPath: expected.name)
        case .missing:
            break
        }
    }

    /// Writes `head`, ``hugeFieldBytes`` copies of `byte` and `tail`, a mebibyte at a time.
    private func writeLarge(head: String, byte: Character, tail: String) throws {
        let handle = try createdFile()
        defer { try? handle.close() }
        try handle.write(contentsOf: Data(head.utf8))
        let chunk = Data(String(repeating: byte, count: 1 << 20).utf8)
        var left = Self.hugeFieldBytes
        while left > 0 {
            let count = min(left, chunk.count)
            try handle.write(contentsOf: chunk.prefix(count))
            left -= count
        }
        try handle.write(contentsOf: Data(tail.utf8))
    }

    /// Writes a header of `first` then columns `c1`, `c2`, … up to `count` columns in all, and `row`.
    private func writeColumns(first: [String], count: Int, row: String) throws {
        let handle = try createdFile()
        defer { try? handle.close() }
        var line = first.joined(separator: ",")
        for index in first.count..<count {
            if !line.isEmpty { line += "," }
            line += "c\(index + 1)"
            if line.utf8.count >= 1 << 20 {
                try handle.write(contentsOf: Data(line.utf8))
                line = ""
            }
        }
        try handle.write(contentsOf: Data((line + "\n" + row).utf8))
    }

    private func createdFile() throws -> FileHandle {
        guard FileManager.default.createFile(atPath: inputPath, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        return try FileHandle(forWritingTo: URL(fileURLWithPath: inputPath))
    }

    /// Runs `audit NAME -f FORMAT -o OUTPUT/report.FORMAT` from the input folder.
    ///
    /// With `peakMemoryReport`, GNU `time` writes the audit's peak resident memory (KiB) to that file.
    func audit(format: String, peakMemoryReport: URL? = nil) throws -> AuditProcess.Result {
        defer { releaseWriter() }
        var arguments = [expected.name, "-f", format, "-o", output.appendingPathComponent("report.\(format)").path]
        var executable = AuditProcess.executable
        if expected.generator == .unreadable, getuid() == 0 {
            arguments = UnreadableInput.unprivileged + [executable.path] + arguments
            executable = URL(fileURLWithPath: UnreadableInput.setpriv)
        }
        if let peakMemoryReport {
            arguments = ["-f", "%M", "-o", peakMemoryReport.path, executable.path] + arguments
            executable = URL(fileURLWithPath: PeakMemory.time)
        }
        return try AuditProcess.run(
            arguments,
            in: input,
            environment: ["GITHUB_ACTIONS": "false"],
            executable: executable
        )
    }

    /// Opens a FIFO nobody read, so that its writer thread ends.
    private func releaseWriter() {
        guard expected.generator == .fifo || expected.generator == .emptyFIFO else { return }
        let descriptor = open(inputPath, O_RDONLY | O_NONBLOCK)
        if descriptor >= 0 { close(descriptor) }
    }

    func outputFileNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
    }

    /// The names the input folder holds: the input's, unless the case is a missing file.
    var inputNames: [String] { expected.generator == .missing ? [] : [expected.name] }

    func inputFileNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: input.path).sorted()
    }
}

/// How a file without read permission is tested: directly, or as `nobody` when the tests run as root.
enum UnreadableInput {
    /// `setpriv(1)`, which runs a command as another user.
    static let setpriv = "/usr/bin/setpriv"
    /// The user and group `nobody`, with no supplementary groups.
    static let unprivileged = ["--reuid=65534", "--regid=65534", "--clear-groups", "--"]

    /// Whether the test can run: not as root, or as root with `setpriv` to drop to `nobody`, who can run the binary.
    static var canBeTested: Bool {
        guard getuid() == 0 else { return true }
        return FileManager.default.isExecutableFile(atPath: setpriv) && othersCanRun(AuditProcess.executable)
    }

    static let skipMessage: Comment =
        "running as root, which reads any file, without setpriv (or with a binary nobody can run): skipped"

    /// Whether every folder up to `file` can be searched, and the file run, by a user other than its owner.
    private static func othersCanRun(_ file: URL) -> Bool {
        var url = file
        while url.path != "/" {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                let mode = attributes[.posixPermissions] as? Int, mode & 0o001 != 0
            else { return false }
            url = url.deletingLastPathComponent()
        }
        return true
    }
}

/// The peak resident memory of a run, by GNU `time`.
enum PeakMemory {
    /// GNU `time(1)`, whose `%M` is the peak resident set in KiB.
    static let time = "/usr/bin/time"
    /// Half the huge field: a reader that held the field, or a copy of it, would go over.
    static let limit = MalformedInputRun.hugeFieldBytes / 2

    /// Whether GNU `time` is there, and the binary is not built with AddressSanitizer (whose shadow memory
    /// and quarantine, in the sanitizer step of `.ci/run`, which sets `ASAN_OPTIONS`, make the peak meaningless).
    static var canBeMeasured: Bool {
        FileManager.default.isExecutableFile(atPath: time) && ProcessInfo.processInfo.environment["ASAN_OPTIONS"] == nil
    }

    static let skipMessage: Comment =
        "no GNU time at /usr/bin/time, or a run under AddressSanitizer: peak memory not measured, skipped"
}
