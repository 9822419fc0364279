/// Checks ISO 8601 calendar dates written `YYYY-MM-DD`.
enum CalendarDate {
    /// Whether the bytes are `YYYY-MM-DD` naming a real day of the Gregorian calendar (year 0001 or later).
    static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count == 10, bytes[4] == dash, bytes[7] == dash,
            let year = number(bytes, 0..<4), let month = number(bytes, 5..<7), let day = number(bytes, 8..<10)
        else { return false }
        return year >= 1 && (1...12).contains(month) && (1...daysIn(month: month, year: year)).contains(day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The decimal value of the digits at `range`, `nil` when one is not a digit.
    private static func number(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Int? {
        var value = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
            index += 1
        }
        return value
    }
}

private let dash = UInt8(ascii: "-")
