import SobrietyCore
import SobrietyIngest

/// Fuzz target: the canonical campaign CSV reader (`Sources/SobrietyIngest/CSV` and `Campaign`).
///
/// The input is the whole file. Any outcome but a crash, a hang or a leak is fine: a bad file must come back as a thrown error.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCampaignCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let path = FuzzInput.file(FuzzInput.bytes(data, size), suffix: ".csv")
    var reader = CampaignReader()
    reader.preset = .canonical
    _ = try? reader.read(path: path, factorSet: FuzzInput.factorSet) { _ in }
    return 0
}
