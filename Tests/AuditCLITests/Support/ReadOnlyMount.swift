import Foundation

/// A small file system (tmpfs) mounted read-only, with the files it was given: a real read-only file
/// system for tests, where root's privileges do not bypass the refusal to write as they do file modes.
///
/// Mounting needs privileges; ``isAvailable`` says whether this machine grants them, and the tests that
/// need a mount are skipped (visibly) when it does not.
final class ReadOnlyMount {
    /// The mount point.
    let url: URL

    /// Whether this process may mount a tmpfs (root with the capability to mount).
    static let isAvailable: Bool = (try? ReadOnlyMount(files: [:])) != nil

    /// Mounts a tmpfs, copies `files` (name in the mount → source path) into it, and remounts it read-only.
    init(files: [String: String]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sobriety-ro-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        do {
            try Self.mount(["-t", "tmpfs", "-o", "size=64m", "tmpfs", url.path])
        } catch {
            try? FileManager.default.removeItem(at: url)
            throw error
        }
        do {
            for (name, source) in files {
                try FileManager.default.copyItem(atPath: source, toPath: url.appendingPathComponent(name).path)
            }
            try Self.mount(["-o", "remount,ro", url.path])
        } catch {
            unmount()
            throw error
        }
    }

    deinit { unmount() }

    /// The path of a file in the mount.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    private func unmount() {
        _ = try? Self.run("/bin/umount", [url.path])
        try? FileManager.default.removeItem(at: url)
    }

    private static func mount(_ arguments: [String]) throws {
        try run("/bin/mount", arguments)
    }

    private static func run(_ executable: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw MountError(command: ([executable] + arguments).joined(separator: " "))
        }
    }

    private struct MountError: Error {
        var command: String
    }
}
