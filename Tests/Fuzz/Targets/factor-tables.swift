import Foundation
import SobrietyFactorStore

/// The tables of `Factors/` (the folder `SOBRIETY_FACTORS` names, or `Factors` in the working directory), read once.
nonisolated(unsafe) private let factorTables: [(name: String, contents: String)] = {
    let folder = ProcessInfo.processInfo.environment["SOBRIETY_FACTORS"] ?? "Factors"
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
        fatalError("cannot list the factor folder \(folder)")
    }
    return names.filter { $0.hasSuffix(".csv") }.sorted().map { name in
        guard let contents = try? String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8) else {
            fatalError("cannot read \(folder)/\(name)")
        }
        return (name: name, contents: contents)
    }
}()

/// Fuzz target: the factor-table importer (`Sources/SobrietyFactorStore/Import`).
///
/// The first byte picks one table of
/// `Factors/` to replace with the rest of the input (or, past the last one, adds the input as another factor table),
/// so that every check past the CSV syntax is reached. Any outcome but a crash, a hang or a leak is fine.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzFactorTables(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput.bytes(data, size)
    guard let selector = bytes.first else { return 0 }
    var tables = factorTables
    let contents = FuzzInput.text(bytes.dropFirst())
    let choice = Int(selector) % (tables.count + 1)
    if choice == tables.count {
        tables.append((name: "fuzzed.csv", contents: contents))
    } else {
        tables[choice].contents = contents
    }
    _ = try? FactorStore.build(fromTables: tables)
    return 0
}
