public import ArgumentParser
public import Sobriety

/// `--paper` values are the library's paper names.
extension PaperSize: ExpressibleByArgument {}
