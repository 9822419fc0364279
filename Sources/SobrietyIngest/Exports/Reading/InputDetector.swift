import SobrietyCore

/// Where an export's header is and how its bytes are written: what ``ExportReader`` needs to read it.
struct ExportLayout: Sendable {
    /// The preset that maps it.
    let preset: ExportPreset
    /// The character encoding.
    let encoding: TextEncoding
    /// The length of the byte order mark, skipped.
    let byteOrderMarkLength: Int
    /// The field separator: `,`, `;` or TAB.
    let separator: UInt8
    /// The 1-based line of the header row; the lines before it are a preamble.
    let headerLine: Int
}

/// Tells canonical CSV from a platform export by a cheap look at the file's first bytes.
///
/// A UTF-8 file whose first line names `line_item`, `platform` and `impressions` (or `video_views`)
/// is canonical, and nothing else is looked at: no preset is parsed. Anything else is decoded, and
/// each of its first lines, split at each candidate separator, is scored against the presets.
enum InputDetector {
    /// How much of the file is looked at.
    static let prefixBytes = 1 << 16
    /// How many lines may precede the header.
    static let headerSearchLines = 40
    /// How many of the column names found an unknown-shape error lists before counting the rest.
    static let listedColumnLimit = 30
    private static let pipeMessage =
        "a platform export is read more than once, which a pipe cannot be; save it to a file and audit that"
    private static let separators: [UInt8] = [CSVByte.comma, UInt8(ascii: ";"), UInt8(ascii: "\t")]

    /// What the file is: canonical CSV (`nil`) or an export and its layout.
    ///
    /// - Throws: ``InputFileError`` when the file cannot be read; ``InputErrors`` when no preset
    ///   reads it and it is not canonical CSV either (listing the columns found and those needed).
    static func layout(path: String, displayName: String, preset choice: InputPreset) throws -> ExportLayout? {
        if choice == .canonical { return nil }
        let (prefix, isWhole, isRereadable) = try readPrefix(path: path, displayName: displayName)
        guard isRereadable else {
            // A pipe: what is read to look at it is gone, and an export is read more than once.
            if choice == .automatic { return nil }
            throw InputErrors(diagnostics: [
                fileError(displayName, line: 1, code: "unreadable-export", Self.pipeMessage)
            ])
        }
        let (encoding, byteOrderMarkLength) = TextEncoding.detect(prefix, isWhole: isWhole)
        let text = prefix.dropFirst(byteOrderMarkLength)
        if choice == .automatic, text.allSatisfy({ $0 == CSVByte.lineFeed || $0 == CSVByte.carriageReturn }) {
            return nil  // empty: the canonical reader says so
        }
        // Before any header is scored: UTF-16 read as bytes has a NUL in every other byte.
        if byteOrderMarkLength == 0, let order = TextEncoding.unmarkedUTF16(prefix) {
            throw InputErrors(diagnostics: [fileError(displayName, line: 1, code: "utf16-without-bom", order)])
        }
        // Canonical whatever its later bytes: a row that is not UTF-8 is the canonical reader's to report.
        if choice == .automatic, !encoding.isUTF16,
            isCanonicalHeader(firstLine(of: text))
        {
            return nil
        }
        if !encoding.isUTF16, let nul = text.firstIndex(of: 0) {
            let line = lineNumber(of: nul, in: text)
            let message = CSVError(line: line, fieldIndex: nil, problem: .nulByte).message
            throw InputErrors(diagnostics: [fileError(displayName, line: line, code: "malformed-csv", message)])
        }
        guard let candidates = try PresetCatalog.candidates(for: choice) else { return nil }
        let (lines, lastLineIsCut) = decodedLines(
            prefix,
            encoding: encoding,
            byteOrderMarkLength: byteOrderMarkLength,
            isWhole: isWhole
        )
        var best: (score: Int, preset: ExportPreset, separator: UInt8, line: Int)?
        for (index, line) in lines.prefix(headerSearchLines).enumerated() {
            for separator in separators {
                let names = HeaderCells.split(line, separator: separator).map(HeaderName.init)
                guard names.count >= 2 else { continue }
                for preset in candidates {
                    guard let score = preset.score(names), choice != .automatic || preset.hasStrongSignal(names),
                        score > best?.score ?? 0
                    else { continue }
                    best = (score, preset, separator, index + 1)
                }
            }
        }
        if let best {
            return ExportLayout(
                preset: best.preset,
                encoding: encoding,
                byteOrderMarkLength: byteOrderMarkLength,
                separator: best.separator,
                headerLine: best.line
            )
        }
        if choice == .automatic, !encoding.isUTF16, let first = lines.first,
            HeaderCells.split(first, separator: CSVByte.comma).contains(where: {
                CampaignColumn(rawValue: CampaignColumn.normalized($0)) != nil
            })
        {
            return nil  // nearly canonical: the canonical reader says which columns are missing
        }
        if choice == .automatic, encoding.isUTF16, let first = lines.first, isCanonicalHeader(first) {
            throw InputErrors(diagnostics: [
                fileError(
                    displayName,
                    line: 1,
                    code: "canonical-encoding",
                    "a canonical campaign file is UTF-8; this one is UTF-16: save it as UTF-8"
                )
            ])
        }
        let found = widestLine(lines.prefix(headerSearchLines))
        if choice == .automatic, found.separator != CSVByte.comma, isCanonicalHeader(found.names.joined(separator: ","))
        {
            let name = found.separator == UInt8(ascii: ";") ? "semicolons" : "tabs"
            throw InputErrors(diagnostics: [
                fileError(
                    displayName,
                    line: found.line,
                    code: "canonical-separator",
                    "a canonical campaign file is comma-separated; this one is separated by \(name): save it as CSV "
                        + "with commas"
                )
            ])
        }
        throw InputErrors(diagnostics: [
            fileError(
                displayName,
                line: found.line,
                code: "unknown-shape",
                unknownShapeMessage(choice, found.names, isCut: lastLineIsCut && found.line == lines.count, candidates)
            )
        ])
    }

    private static func unknownShapeMessage(
        _ choice: InputPreset,
        _ found: [String],
        isCut: Bool,
        _ candidates: [ExportPreset]
    ) -> String {
        let columns = listedColumns(found, isCut: isCut)
        let canonical =
            "a canonical campaign file needs the columns line_item, platform and impressions (or video_views)"
        switch choice {
        case .automatic:
            let presets = candidates.map(\.name).joined(separator: ", ")
            return "not a canonical campaign file, nor an export a preset recognises (\(presets)); found columns: "
                + "\(columns); \(canonical), or name the export's columns in a mapping file (--mapping FILE)"
        default:
            let preset = candidates.first
            let impressions =
                preset?.fields.filter { [.impressions, .videoViews].contains($0.field) }
                .flatMap(\.headers).map { "'\($0)'" }.joined(separator: ", ") ?? ""
            return "not a \(preset?.title ?? "mapped") export: no header row in the first \(headerSearchLines) lines "
                + "has an impressions column (\(impressions)); found columns: \(columns); \(canonical)"
        }
    }

    /// The found column names as an error lists them: the first ``listedColumnLimit``, then how many more,
    /// so that a header of a million columns gives a message one can read.
    ///
    /// A line that runs past the prefix looked at (`isCut`) has more columns than were counted: "at least".
    static func listedColumns(_ found: [String], isCut: Bool = false) -> String {
        guard !found.isEmpty else { return "no column names" }
        let listed = found.prefix(listedColumnLimit).joined(separator: ", ")
        let more = found.count - listedColumnLimit
        guard more > 0 else { return isCut ? "\(listed) and more" : listed }
        return "\(listed) and \(isCut ? "at least " : "")\(more) more"
    }

    // MARK: - Reading the prefix

    /// The file's first bytes, whether they are all of it, and whether it can be read again (a regular file).
    private static func readPrefix(
        path: String,
        displayName: String
    ) throws -> (bytes: [UInt8], isWhole: Bool, isRereadable: Bool) {
        // Cannot be examined: opening it says why. Not a regular file: not opened here at all.
        guard InputFile.isRegularFile(path: path) != false else { return ([], false, false) }
        let file = try InputFile(path: path, displayName: displayName)
        guard file.size != nil else { return ([], false, false) }
        var bytes = [UInt8](repeating: 0, count: prefixBytes)
        var count = 0
        while count < prefixBytes {
            let read = try bytes.withUnsafeMutableBytes {
                try file.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[count...]))
            }
            if read == 0 { return (Array(bytes[..<count]), true, true) }
            count += read
        }
        return (bytes, false, true)
    }

    /// The 1-based line of the byte at `index`: LF, CR LF and a lone CR each end a line.
    private static func lineNumber(of index: Int, in text: ArraySlice<UInt8>) -> Int {
        var line = 1
        var position = text.startIndex
        while position < index {
            let byte = text[position]
            if byte == CSVByte.lineFeed
                || (byte == CSVByte.carriageReturn
                    && (position + 1 == text.endIndex || text[position + 1] != CSVByte.lineFeed))
            {
                line += 1
            }
            position += 1
        }
        return line
    }

    /// The bytes of the first line, without its line end.
    private static func firstLine(of bytes: ArraySlice<UInt8>) -> String {
        let end = bytes.firstIndex { $0 == CSVByte.lineFeed || $0 == CSVByte.carriageReturn } ?? bytes.endIndex
        return String(decoding: bytes[..<end], as: UTF8.self)
    }

    /// Whether a UTF-8 first line is a canonical header: it names every required column.
    private static func isCanonicalHeader(_ line: String) -> Bool {
        let columns = Set(HeaderCells.split(line, separator: CSVByte.comma).map(CampaignColumn.normalized))
        return columns.contains(CampaignColumn.lineItem.rawValue) && columns.contains(CampaignColumn.platform.rawValue)
            && (columns.contains(CampaignColumn.impressions.rawValue)
                || columns.contains(CampaignColumn.videoViews.rawValue))
    }

    /// The prefix decoded to text and split into lines; a line the prefix cuts is left out, unless it is
    /// the only one (`lastLineIsCut`).
    private static func decodedLines(
        _ prefix: [UInt8],
        encoding: TextEncoding,
        byteOrderMarkLength: Int,
        isWhole: Bool
    ) -> (lines: [String], lastLineIsCut: Bool) {
        var source = ExportByteSource(
            BytesInMemory(prefix),
            encoding: encoding,
            byteOrderMarkLength: byteOrderMarkLength,
            separator: CSVByte.comma
        )
        var decoded: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while let count = try? chunk.withUnsafeMutableBytes({ try source.read(into: $0) }), count > 0 {
            decoded += chunk[..<count]
        }
        var lines = String(decoding: decoded, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        guard !isWhole else { return (lines, false) }
        guard lines.count > 1 else { return (lines, true) }
        lines.removeLast()
        return (lines, false)
    }

    /// The line with the most cells, split at its best separator, for the error about an unknown shape.
    private static func widestLine(_ lines: ArraySlice<String>) -> (line: Int, names: [String], separator: UInt8) {
        var widest = (line: 1, names: [String](), separator: CSVByte.comma)
        for (index, line) in lines.enumerated() {
            for separator in separators {
                let names = HeaderCells.split(line, separator: separator).map(CampaignColumn.trimmed).filter {
                    !$0.isEmpty
                }
                if names.count > widest.names.count { widest = (index + 1, names, separator) }
            }
        }
        return widest
    }
}

/// Splits one line of CSV text at a separator, for header detection (quotes honoured, `""` unescaped).
enum HeaderCells {
    static func split(_ line: String, separator: UInt8) -> [String] {
        var cells: [String] = []
        var cell: [UInt8] = []
        var isInQuotes = false
        var bytes = Array(line.utf8)[...]
        while let byte = bytes.popFirst() {
            if isInQuotes {
                if byte == CSVByte.quote {
                    if bytes.first == CSVByte.quote {
                        cell.append(byte)
                        bytes.removeFirst()
                    } else {
                        isInQuotes = false
                    }
                } else {
                    cell.append(byte)
                }
            } else if byte == separator {
                cells.append(String(decoding: cell, as: UTF8.self))
                cell.removeAll()
            } else if byte == CSVByte.quote, cell.isEmpty {
                isInQuotes = true
            } else {
                cell.append(byte)
            }
        }
        cells.append(String(decoding: cell, as: UTF8.self))
        return cells
    }
}

/// Bytes held in memory, read as a ``ByteSource``.
struct BytesInMemory: ByteSource {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(buffer.count, bytes.count - offset)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            UnsafeMutableRawBufferPointer(rebasing: buffer[..<count])
                .copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + count]))
        }
        offset += count
        return count
    }
}
