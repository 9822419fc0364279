import SobrietyCore

/// Fuzz target: the `--budget` spec parser (`total=2.5t`, `total[campaign=Spring]=1t`).
///
/// The input is the spec. Any outcome but a crash, a hang or a leak is fine.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzBudgetSpec(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    _ = try? EmissionBudget(parsing: FuzzInput.text(FuzzInput.bytes(data, size)))
    return 0
}
