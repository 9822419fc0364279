import Foundation

/// Writes a run's outputs all or nothing.
///
/// `-` is standard output; each file is first written whole to a temporary file beside it, and only when
/// every output is complete are they renamed over their paths. A failed run leaves no half report, no
/// temporary file, and every existing file as it was.
enum ReportWriter {
    /// The path that means standard output.
    static let standardOutput = "-"

    /// One output of a run: its path (or `-`) and its complete bytes.
    struct Output {
        var path: String
        var data: Data

        init(path: String, data: Data) {
            self.path = path
            self.data = data
        }

        init(path: String, text: String) {
            self.init(path: path, data: Data(text.utf8))
        }
    }

    /// Writes text, as UTF-8, to a path or to standard output.
    static func write(_ text: String, to path: String) throws {
        try write([Output(path: path, text: text)])
    }

    /// Writes bytes to a path or to standard output.
    static func write(_ data: Data, to path: String) throws {
        try write([Output(path: path, data: data)])
    }

    /// Writes every output or none.
    ///
    /// Regular files are staged first, each complete and synced in a temporary file beside its path; then
    /// standard output and devices or pipes (which cannot be replaced by a rename) are written; then the
    /// staged files are renamed into place. Any failure before the renames removes every staged file.
    ///
    /// - Throws: ``ReportWriteError/cannotCreate(path:reason:)`` (exit 73) or
    ///   ``ReportWriteError/ioError(path:reason:)`` (exit 74).
    static func write(_ outputs: [Output]) throws {
        var staged: [StagedFile] = []
        do {
            for output in outputs where !isStreamed(output.path) {
                staged.append(try StagedFile(output))
            }
            for output in outputs where isStreamed(output.path) {
                try writeInPlace(output)
            }
        } catch {
            for file in staged { file.discard() }
            throw error
        }
        for (index, file) in staged.enumerated() {
            do {
                try file.commit()
            } catch {
                for later in staged[(index + 1)...] { later.discard() }
                throw error
            }
        }
    }

    /// Whether a path is written as it is rather than staged: standard output, a device or a pipe.
    private static func isStreamed(_ path: String) -> Bool {
        if path == standardOutput { return true }
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    private static func writeInPlace(_ output: Output) throws {
        let isStandardOutput = output.path == standardOutput
        let name = isStandardOutput ? "standard output" : output.path
        guard let handle = isStandardOutput ? FileHandle.standardOutput : FileHandle(forWritingAtPath: output.path)
        else {
            throw ReportWriteError.cannotCreate(path: name, reason: reason(errno))
        }
        defer { if !isStandardOutput { try? handle.close() } }
        do {
            try handle.write(contentsOf: output.data)
        } catch {
            throw ReportWriteError.ioError(path: name, reason: reason(of: error))
        }
    }

    fileprivate static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// The system's words for a failed write (`No space left on device`), not Foundation's wrapper text.
    fileprivate static func reason(of error: any Error) -> String {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return reason(Int32(error.code)) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return reason(Int32(underlying.code))
        }
        return error.localizedDescription
    }
}

/// A regular file written whole under a temporary name beside its path, waiting to be renamed into place.
private struct StagedFile {
    let path: String
    let temporaryPath: String

    /// Writes and syncs the output's bytes to a new temporary file in the path's folder.
    init(_ output: ReportWriter.Output) throws {
        path = output.path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ReportWriteError.cannotCreate(path: path, reason: ReportWriter.reason(EISDIR))
        }
        let target = URL(fileURLWithPath: output.path)
        temporaryPath =
            target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp").path
        let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ReportWriteError.cannotCreate(path: path, reason: ReportWriter.reason(errno))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: output.data)
            try handle.synchronize()
            try handle.close()
        } catch {
            discard()
            throw ReportWriteError.ioError(path: path, reason: ReportWriter.reason(of: error))
        }
    }

    /// Renames the temporary file over the path, replacing any file there at once.
    func commit() throws {
        guard rename(temporaryPath, path) == 0 else {
            let reason = ReportWriter.reason(errno)
            discard()
            throw ReportWriteError.cannotCreate(path: path, reason: reason)
        }
    }

    /// Removes the temporary file.
    func discard() {
        unlink(temporaryPath)
    }
}

/// A report that could not be written.
enum ReportWriteError: Error, CustomStringConvertible {
    /// The file (or its temporary sibling) could not be created (exit 73).
    case cannotCreate(path: String, reason: String)
    /// Writing failed part-way (exit 74); nothing was left behind.
    case ioError(path: String, reason: String)

    var isCreation: Bool {
        if case .cannotCreate = self { return true }
        return false
    }

    var description: String {
        switch self {
        case .cannotCreate(let path, let reason): "cannot create \(path): \(reason)"
        case .ioError(let path, let reason): "could not write \(path): \(reason); no file was left behind"
        }
    }
}
