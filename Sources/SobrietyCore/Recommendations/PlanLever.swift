/// One lever of the lean planner: finds the lines it fits in the plan as evaluated, changes them
/// in the working copy, and says what a planner should do.
protocol PlanLever: Sendable {
    /// Which lever this is.
    var lever: Lever { get }

    /// Changes the lines this lever fits.
    /// - Parameters:
    ///   - lines: The working copy of the plan; only the lines the lever fits change.
    ///   - context: The plan as evaluated before the change, and the factors.
    /// - Returns: What was done, or `nil` when the lever fits no line.
    func apply(to lines: inout [CampaignLine], in context: LeverContext) -> LeverAction?
}

/// What a lever sees: the plan as evaluated before it acts, and the factor positions.
struct LeverContext {
    let factors: MethodFactors
    let thresholds: LeverFactors
    let evaluation: PlanEvaluation
    let includesCorporate: Bool

    /// The central value of a factor.
    func value(_ index: Int) -> Double { factors.value(index) }

    /// The source id of a factor.
    func source(_ index: Int) -> String { factors.factor(index).source }

    /// A line's device mix as resolved: the input's, or its platform's default.
    func deviceMix(of line: CampaignLine) -> DeviceMix {
        line.device ?? factors.platformDefaults[line.platformKey]?.deviceMix ?? DeviceMix(only: .mobile)
    }
}

/// What a lever did, in a planner's words.
struct LeverAction {
    /// The instruction, such as "Cap frequency (exposures per person)".
    let instruction: String
    /// Each line changed, with what changed on it.
    let lines: [(index: Int, adjustment: LineAdjustment)]
    /// Ids of the sources behind the thresholds applied.
    let sources: [String]

    /// Lines named in full in the action text; the rest are counted.
    static let namedLines = 5

    /// The whole action: the instruction, then each line with its change in brackets.
    ///
    /// For example: "Cap frequency (exposures per person) on A (11.1 → 10) and B (4 → 3)."
    func text(lineItems: [String]) -> String {
        var named = lines.prefix(Self.namedLines).map {
            "\(lineItems[$0.index]) (\(ActionText.detail($0.adjustment)))"
        }
        let more = lines.count - named.count
        if more > 0 { named.append("\(more) more line\(more == 1 ? "" : "s")") }
        let list =
            named.count > 1 ? named.dropLast().joined(separator: ", ") + " and " + named[named.count - 1] : named[0]
        return "\(instruction) on \(list)."
    }
}

/// Numbers as the action texts show them: three significant digits, no exponent.
enum ActionText {
    /// `11.1`, `2220`, `0.0123`.
    static func number(_ value: Double) -> String {
        DecimalText.plain(DecimalText.rounded(value, significantDigits: 3))
    }

    /// A ratio as a percentage: `9.5%`.
    static func percent(_ ratio: Double) -> String {
        "\(number(ratio * 100))%"
    }

    /// A byte count in kilobytes: `420 kB`.
    static func kilobytes(_ bytes: Double) -> String {
        "\(number(bytes / UnitConversion.bytesPerKilobyte)) kB"
    }

    /// A count rounded to three significant digits, thousands grouped: `100,000`.
    static func count(_ value: Double) -> String {
        let digits = String(Int(DecimalText.rounded(value, significantDigits: 3).rounded()))
        var grouped = ""
        for (offset, digit) in digits.reversed().enumerated() {
            if offset > 0, offset % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return String(grouped.reversed())
    }

    /// A change from one shown value to another: `11.1 → 10`.
    static func change(_ from: String, _ to: String) -> String {
        "\(from) → \(to)"
    }

    /// What changed on a line, in words: `11.1 → 10`, `1080p → 720p on mobile`.
    static func detail(_ adjustment: LineAdjustment) -> String {
        let from = adjustment.from ?? 0
        let to = adjustment.to ?? 0
        switch adjustment.kind {
        case .frequency: return change(number(from), number(to))
        case .rate: return change(percent(from), percent(to))
        case .buying: return change(adjustment.fromName ?? "", adjustment.toName ?? "")
        case .bitrate: return change("\(number(from)) kbit/s", "\(number(to)) kbit/s")
        case .resolution:
            return change(adjustment.fromName ?? "", "\(adjustment.toName ?? "") on \(adjustment.device ?? "")")
        case .duration: return change("\(number(from)) s", "\(number(to)) s")
        case .creativeBytes: return change(kilobytes(from), kilobytes(to))
        case .mixDonor:
            return "→ \(adjustment.counterpart ?? ""), \(number(to))× fewer grams per useful impression"
        case .mixRecipient: return "takes \(count(to)) useful impressions"
        }
    }
}
