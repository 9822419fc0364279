import ArgumentParser
import Foundation
import Sobriety

/// The single table from errors to exit codes (contracts/cli.md), sysexits-style.
enum ExitStatus {
    /// Audit done, every budget met.
    static let success = ExitCode(0)
    /// Audit done, a budget exceeded.
    static let budgetExceeded = ExitCode(1)
    /// Usage error.
    static let usage = ExitCode(64)
    /// Input data error.
    static let dataError = ExitCode(65)
    /// An input cannot be opened.
    static let noInput = ExitCode(66)
    /// Internal error.
    static let software = ExitCode(70)
    /// An output cannot be created.
    static let cannotCreate = ExitCode(73)
    /// I/O error.
    static let ioError = ExitCode(74)

    /// Prints an error as `error: …` on standard error and returns the error to exit with.
    ///
    /// ArgumentParser's own errors (usage, help, version) pass through unchanged; every other
    /// error maps to its code here, so none falls through to a generic 1.
    static func reportingError(_ error: any Error) -> any Error {
        guard let code = code(for: error) else { return error }
        Terminal.printError(describe(error))
        return code
    }

    /// The exit code for an error, or `nil` for ArgumentParser's own errors and exit codes.
    static func code(for error: any Error) -> ExitCode? {
        switch error {
        case is ExitCode: return nil  // already reported; ArgumentParser exits with it silently
        case is InputErrors, is Diagnostic, is LineItemLookupError: return dataError
        case let error as InputFileError: return error.operation == .open ? noInput : ioError
        case let error as FactorStoreError:
            if case .cannotWrite = error { return cannotCreate }
            return error.isMissingFile ? noInput : dataError
        case is FactorSetError: return dataError
        case let error as BudgetFileError: return error.isUnreadable ? noInput : dataError
        case let error as ReportWriteError: return error.isCreation ? cannotCreate : ioError
        case is UsageError: return usage
        default:
            // ArgumentParser's errors (ValidationError, CleanExit, parse errors) keep its handling.
            if String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") { return nil }
            return software
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case let errors as InputErrors:
            return errors.description
        case let error as any CustomStringConvertible:
            return error.description
        default:
            return "internal error: \(error) (please report this)"
        }
    }
}

extension FactorStoreError {
    /// Whether the factor database could not be opened at all (exit 66) rather than being bad data (65).
    fileprivate var isMissingFile: Bool {
        switch self {
        case .fileNotFound, .notAFile, .unreadableFile: true
        default: false
        }
    }
}

/// A flag combination or value the command cannot use (exit 64).
struct UsageError: Error, CustomStringConvertible {
    let description: String
}
