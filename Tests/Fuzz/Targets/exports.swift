import SobrietyCore
import SobrietyIngest

/// Fuzz target: the export readers (`Sources/SobrietyIngest/Exports`: decoding, the detector, every preset).
///
/// The first byte picks the preset (`auto` for the detector, or one bundled preset by index); the rest
/// is the file. Any outcome but a crash, a hang or a leak is fine.
/// Parses the bundled presets once before fuzzing, so that what their first use keeps is not counted
/// against the first input.
@_cdecl("LLVMFuzzerInitialize")
func initializeExports(_ argc: UnsafeMutableRawPointer?, _ argv: UnsafeMutableRawPointer?) -> Int32 {
    let path = FuzzInput.file(Array("Campaign name,Impressions\nSpring,1000\n".utf8), suffix: ".csv")
    _ = try? CampaignReader().read(path: path, factorSet: FuzzInput.factorSet) { _ in }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzExports(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzInput.bytes(data, size)
    guard let selector = bytes.first else { return 0 }
    let names = InputPreset.bundledNames
    let choice = Int(selector) % (names.count + 1)
    var reader = CampaignReader()
    reader.preset = choice == names.count ? .automatic : .named(names[choice])
    let path = FuzzInput.file(bytes.dropFirst(), suffix: ".csv")
    _ = try? reader.read(path: path, factorSet: FuzzInput.factorSet) { _ in }
    return 0
}
