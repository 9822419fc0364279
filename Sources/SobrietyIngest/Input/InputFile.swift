#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file opened with `open(2)` and read with `read(2)`, from an offset and up to a limit; the descriptor
/// closes when the value is released.
final class InputFile: ByteSource {
    /// The file's size in bytes when it is a regular file; `nil` for a pipe or a device.
    let size: Int?
    /// The bytes read so far.
    private(set) var bytesRead = 0
    /// The offset reading stops at, or `nil` to read to the end of the file.
    var endOffset: Int?
    /// The offset the next read starts at.
    private var offset: Int
    private let descriptor: Int32
    private let displayName: String

    /// Opens `path` for reading from `offset` on; `displayName` is how errors name it.
    init(path: String, displayName: String, offset: Int = 0) throws(InputFileError) {
        self.displayName = displayName
        self.offset = offset
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw InputFileError(path: displayName, operation: .open, reason: systemErrorText())
        }
        var status = stat()
        let hasStatus = fstat(descriptor, &status) == 0
        if hasStatus, status.st_mode & S_IFMT == S_IFDIR {
            close(descriptor)
            throw InputFileError(path: displayName, operation: .open, reason: "it is a directory")
        }
        self.size = hasStatus && status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : nil
        if offset > 0, lseek(descriptor, off_t(offset), SEEK_SET) < 0 {
            let reason = systemErrorText()
            close(descriptor)
            throw InputFileError(path: displayName, operation: .read, reason: reason)
        }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputFileError) -> Int {
        let wanted = min(buffer.count, endOffset.map { max($0 - offset, 0) } ?? Int.max)
        guard let base = buffer.baseAddress, wanted > 0 else { return 0 }
        while true {
            let count = readBytes(descriptor, base, wanted)
            if count >= 0 {
                bytesRead += count
                offset += count
                return count
            }
            if errno == EINTR { continue }
            throw InputFileError(path: displayName, operation: .read, reason: systemErrorText())
        }
    }
}

extension InputFile {
    /// Whether `path` names a regular file, by `stat(2)` and without opening it (opening a FIFO would
    /// take its writer's bytes); `nil` when it cannot be examined.
    static func isRegularFile(path: String) -> Bool? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return status.st_mode & S_IFMT == S_IFREG
    }
}

/// `read(2)`, named apart from ``InputFile/read(into:)``.
private func readBytes(_ descriptor: Int32, _ base: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, base, count)
}

/// The text of the current `errno`.
private func systemErrorText() -> String {
    String(cString: strerror(errno))
}
