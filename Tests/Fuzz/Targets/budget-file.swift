import SobrietyIngest

/// Fuzz target: the budget file (`--budget-file`, TOML read by `TOMLDocument`).
///
/// The input is the file's bytes, read from disk as the command line does. Any outcome but a crash, a hang or a leak is fine.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzBudgetFile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    _ = try? BudgetFile(path: FuzzInput.file(FuzzInput.bytes(data, size), suffix: ".toml"))
    return 0
}
