import Foundation
public import SobrietyCore

/// The budgets of a CI gate, read from a TOML file (`audit plan.csv --budget-file budgets.toml`).
///
/// ```toml
/// basis = "high"               # optional: "central" (the default) or "high"
/// total = "2.5t"               # the same specs as --budget, without the metric
/// intensity = "350g/kimp"
/// waste-share = "25%"          # or 0.25
///
/// [campaign."Spring launch"]   # budgets for the line items of one campaign
/// total = "1t"
///
/// [platform.tiktok]            # budgets for the line items of one platform
/// total = "300kg"
/// ```
///
/// Limits carry their unit, as in a `--budget` spec; only `waste-share` may be a bare number.
/// Every problem names the file, the line and what was expected.
public struct BudgetFile: Sendable {
    /// The budgets, top-level ones first, then by scope in the file's table order.
    public let budgets: [EmissionBudget]
    /// The basis the file asks for, if it names one.
    public let basis: BudgetBasis?

    /// The top-level key that names the basis.
    private static let basisKey = "basis"

    /// Reads a budget file.
    /// - Parameter path: The file.
    /// - Throws: ``BudgetFileError`` when the file cannot be read or holds a budget that cannot be read.
    public init(path: String) throws(BudgetFileError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BudgetFileError(path: path, line: nil, problem: "the budget file cannot be read", isUnreadable: true)
        }
        guard let contents = String(data: data, encoding: .utf8) else {
            throw BudgetFileError(path: path, line: nil, problem: "the budget file is not valid UTF-8")
        }
        try self.init(contents: contents, path: path)
    }

    /// Reads budgets from TOML text.
    /// - Parameters:
    ///   - contents: The TOML text.
    ///   - path: The file's name, for messages.
    /// - Throws: ``BudgetFileError`` naming the line of the first problem.
    public init(contents: String, path: String) throws(BudgetFileError) {
        let table: TOMLTable
        do {
            table = try TOMLDocument.parse(contents)
        } catch {
            throw BudgetFileError(path: path, line: error.line, problem: error.problem)
        }
        func failure(_ problem: String, in container: TOMLTable? = nil, key: String) -> BudgetFileError {
            BudgetFileError(path: path, line: (container ?? table).line(ofKey: key), problem: problem)
        }
        var budgets: [EmissionBudget] = []
        var basis: BudgetBasis?
        let dimensions = BudgetScope.Dimension.allCases.map(\.rawValue)
        for key in table.keys {
            if key == Self.basisKey {
                guard let name = table[key]?.stringValue, let named = BudgetBasis(rawValue: name) else {
                    let choices = EnglishList.alternatives(BudgetBasis.allCases.map { "\"\($0.rawValue)\"" })
                    throw failure("basis must be \(choices)", key: key)
                }
                basis = named
            } else if let dimension = BudgetScope.Dimension(rawValue: key) {
                guard let scopes = table[key]?.tableValue else {
                    throw failure("[\(key)] must be a table of \(key)s, such as [\(key).NAME]", key: key)
                }
                for name in scopes.keys {
                    guard let limits = scopes[name]?.tableValue else {
                        throw failure("[\(key).\(name)] must be a table of budgets", in: scopes, key: name)
                    }
                    let scope = BudgetScope(dimension, name)
                    for metric in limits.keys {
                        budgets.append(
                            try Self.budget(metric, limits[metric], scope: scope) { problem in
                                failure(problem, in: limits, key: metric)
                            }
                        )
                    }
                }
            } else if BudgetMetric(rawValue: key) != nil {
                budgets.append(try Self.budget(key, table[key], scope: nil) { failure($0, key: key) })
            } else {
                let choices = EnglishList.alternatives(
                    BudgetMetric.allCases.map(\.rawValue) + [Self.basisKey] + dimensions.map { "[\($0).NAME]" }
                )
                throw failure("unknown key \"\(key)\"; expected \(choices)", key: key)
            }
        }
        // Top-level budgets first: the order people read a CI log in.
        self.budgets = budgets.filter { $0.scope == nil } + budgets.filter { $0.scope != nil }
        self.basis = basis
    }

    /// One budget from a key and its value, through the `--budget` spec parser.
    private static func budget(
        _ metric: String,
        _ value: TOMLValue?,
        scope: BudgetScope?,
        failure: (String) -> BudgetFileError
    ) throws(BudgetFileError) -> EmissionBudget {
        let target = scope.map { "\(metric)[\($0)]" } ?? metric
        let limit: String
        if let text = value?.stringValue {
            limit = text
        } else if let number = value?.floatValue ?? value?.integerValue.map(Double.init) {
            guard BudgetMetric(rawValue: metric) == .wasteShare else {
                let example = BudgetMetric(rawValue: metric).map { "\"\($0.example.split(separator: "=")[1])\"" }
                throw failure("\(metric) needs a unit: write it as a string, such as \(metric) = \(example ?? "\"…\"")")
            }
            limit = DecimalText.plain(number)
        } else {
            throw failure("\(metric) must be a string such as \"2.5t\", or a number for waste-share")
        }
        do {
            return try EmissionBudget(parsing: "\(target)=\(limit)")
        } catch {
            throw failure(error.problem)
        }
    }
}

/// A budget file that cannot be used: where, and what was expected.
public struct BudgetFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file.
    public let path: String
    /// The 1-based line of the problem, when it is known.
    public let line: Int?
    /// What is wrong and what was expected.
    public let problem: String
    /// Whether the file could not be opened (rather than read wrongly).
    public let isUnreadable: Bool

    /// Creates an error.
    public init(path: String, line: Int?, problem: String, isUnreadable: Bool = false) {
        self.path = path
        self.line = line
        self.problem = problem
        self.isUnreadable = isUnreadable
    }

    /// `budgets.toml:4: total: "2.5" …`.
    public var description: String {
        "\(path)\(line.map { ":\($0)" } ?? ""): \(problem)"
    }
}
