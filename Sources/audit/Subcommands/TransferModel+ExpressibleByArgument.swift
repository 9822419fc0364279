public import ArgumentParser
public import Sobriety

/// `--model` values are the library's model names; the conformance stays at the command-line edge.
extension TransferModel: ExpressibleByArgument {}
