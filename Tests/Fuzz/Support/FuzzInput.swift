import SobrietyCore
import SobrietyFactorStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What every fuzz target shares: the input as bytes, as text or as a file the path-based readers open.
///
/// Compiled into each target by `Tests/Fuzz/run-fuzzers.sh`; never part of `swift build`.
enum FuzzInput {
    /// The bundled factor set, the one the command line audits with; built once per process.
    nonisolated(unsafe) static let factorSet: FactorSet = {
        do {
            return try FactorStore.bundled().factorSet()
        } catch {
            fatalError("the bundled factor store does not open: \(error)")
        }
    }()

    /// The bytes libFuzzer hands over, copied.
    static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// The bytes as text, invalid UTF-8 replaced: the readers that take a `String` get one either way.
    static func text(_ bytes: some Collection<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Writes `bytes` to a file of this process under `/dev/shm` (or `/tmp`) named with `suffix`, and returns its
    /// path; the same path is rewritten for every input.
    static func file(_ bytes: some Collection<UInt8>, suffix: String) -> String {
        let folder = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
        let path = "\(folder)/sobriety-fuzz-\(getpid())\(suffix)"
        guard let handle = fopen(path, "wb") else { fatalError("cannot write \(path)") }
        let array = Array(bytes)
        let written = array.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
        fclose(handle)
        guard written == array.count else { fatalError("cannot write \(path)") }
        return path
    }
}
