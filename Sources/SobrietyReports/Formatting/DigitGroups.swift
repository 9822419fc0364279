/// The digits of an integer part in groups of three from the right, as reports write thousands.
enum DigitGroups {
    /// Digits in a group.
    static let size = 3

    /// `digits` with `separator` between groups, or unchanged when they are fewer than
    /// `size + minimumGroupingDigits` (Polish writes `1234` but `12 345`).
    static func grouped(_ digits: String, separator: String, minimumGroupingDigits: Int = 1) -> String {
        guard digits.count >= size + minimumGroupingDigits else { return digits }
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -size, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return groups.joined(separator: separator)
    }
}
