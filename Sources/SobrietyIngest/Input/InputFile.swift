#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file opened with `open(2)` and read with `read(2)`; the descriptor closes when the value is released.
final class InputFile: ByteSource {
    /// The file's size in bytes when it is a regular file; `nil` for a pipe or a device.
    let size: Int?
    /// The bytes read so far.
    private(set) var bytesRead = 0
    private let descriptor: Int32
    private let displayName: String

    /// Opens `path` for reading; `displayName` is how errors name it.
    init(path: String, displayName: String) throws(InputFileError) {
        self.displayName = displayName
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
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputFileError) -> Int {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return 0 }
        while true {
            let count = readBytes(descriptor, base, buffer.count)
            if count >= 0 {
                bytesRead += count
                return count
            }
            if errno == EINTR { continue }
            throw InputFileError(path: displayName, operation: .read, reason: systemErrorText())
        }
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
