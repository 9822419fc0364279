public import ArgumentParser
public import Sobriety

/// `--format` values are the library's format names; the conformance stays at the command-line edge.
extension ReportFormat: ExpressibleByArgument {}
