import SobrietyCore
import SobrietyIngest

/// Fuzz target: a user's mapping file (`--mapping`, the presets' TOML schema, read by `TOMLDocument`).
///
/// The input is the mapping; the export it is applied to is a fixed two-line file.
/// Any outcome but a crash, a hang or a leak is fine.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzMapping(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let export = Array("Campaign,Ad,Impressions,Date\nSpring,Ad 1,1000,2026-03-01\n".utf8)
    let exportPath = FuzzInput.file(export, suffix: ".csv")
    let mappingPath = FuzzInput.file(FuzzInput.bytes(data, size), suffix: ".toml")
    var reader = CampaignReader()
    reader.preset = .mappingFile(mappingPath)
    _ = try? reader.read(path: exportPath, factorSet: FuzzInput.factorSet) { _ in }
    return 0
}
