import Foundation

/// Writes reports all or nothing: `-` is standard output; a file is written to a temporary file
/// beside it and renamed over it, so a failed run never leaves a half report.
enum ReportWriter {
    /// The path that means standard output.
    static let standardOutput = "-"

    /// Writes text, as UTF-8, to a path or to standard output.
    static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Writes bytes to a path or to standard output.
    static func write(_ data: Data, to path: String) throws {
        if path == standardOutput {
            FileHandle.standardOutput.write(data)
            return
        }
        if isSpecialFile(path) {
            // A device or pipe (`/dev/stdout`, `/dev/full`, a FIFO) cannot be replaced by a rename.
            try writeInPlace(data, to: path)
            return
        }
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw ReportWriteError.cannotCreate(path: path, reason: Self.reason(errno))
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            try handle.synchronize()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw ReportWriteError.ioError(path: path, reason: "\(error.localizedDescription)")
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = Self.reason(errno)
            try? FileManager.default.removeItem(at: temporary)
            throw ReportWriteError.cannotCreate(path: path, reason: reason)
        }
    }

    private static func isSpecialFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    private static func writeInPlace(_ data: Data, to path: String) throws {
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw ReportWriteError.cannotCreate(path: path, reason: Self.reason(errno))
        }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: data)
        } catch {
            throw ReportWriteError.ioError(path: path, reason: "\(error.localizedDescription)")
        }
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
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
