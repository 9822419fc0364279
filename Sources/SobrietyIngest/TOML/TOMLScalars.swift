/// The byte classes of TOML's grammar.
enum TOMLSyntax {
    /// `A-Z a-z 0-9 _ -`, the bytes of a bare key.
    static func isBareKey(_ byte: UInt8) -> Bool {
        isDigit(byte) || isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }

    /// A control character TOML allows in no string or comment: U+0000–U+001F but tab, and U+007F.
    static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != UInt8(ascii: "\t")) || byte == 0x7F
    }

    /// The bytes a number or a date-time is written with.
    static func isScalarText(_ byte: UInt8) -> Bool {
        isBareKey(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }
}

/// Numbers, booleans and date-times, from the text of one bare value (`1_000`, `0xff`, `6.02e23`,
/// `inf`, `1979-05-27T07:32:00Z`).
enum TOMLScalar {
    /// Why a text is not a value.
    struct Refusal: Error {
        var message: String
    }

    /// The value `text` writes.
    ///
    /// - Throws: ``Refusal`` saying what is wrong with the text and what was expected.
    static func value(_ text: String) throws(Refusal) -> TOMLValue {
        try value(of: Array(text.utf8), text: text)
    }

    private static func value(of bytes: [UInt8], text: String) throws(Refusal) -> TOMLValue {
        switch text {
        case "true": return .boolean(true)
        case "false": return .boolean(false)
        case "inf", "+inf": return .float(.infinity)
        case "-inf": return .float(-.infinity)
        case "nan", "+nan", "-nan": return .float(.nan)
        default: break
        }
        if isDateTime(bytes) { return try dateTime(bytes, text: text) }
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0"), let radix = radix(bytes[1]) {
            return try integer(bytes[2...], radix: radix, text: text)
        }
        return try decimal(bytes, text: text)
    }

    private static func radix(_ letter: UInt8) -> Int? {
        switch letter {
        case UInt8(ascii: "x"): 16
        case UInt8(ascii: "o"): 8
        case UInt8(ascii: "b"): 2
        default: nil
        }
    }

    /// `0x`, `0o` or `0b` digits, unsigned, underscores only between digits.
    private static func integer(_ digits: ArraySlice<UInt8>, radix: Int, text: String) throws(Refusal) -> TOMLValue {
        let isDigit: (UInt8) -> Bool =
            switch radix {
            case 16: TOMLSyntax.isHexDigit
            case 8: { (UInt8(ascii: "0")...UInt8(ascii: "7")).contains($0) }
            default: { $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: "1") }
            }
        guard let plain = withoutUnderscores(digits, isDigit: isDigit) else {
            throw Refusal(message: "\(text) is not a base-\(radix) integer")
        }
        guard let number = Int(plain, radix: radix) else {
            throw Refusal(message: "\(text) is larger than the largest integer, \(Int.max)")
        }
        return .integer(number)
    }

    /// A decimal integer or float: an optional sign, an integer part without leading zeros, then a
    /// fraction, an exponent, or both for a float.
    private static func decimal(_ bytes: [UInt8], text: String) throws(Refusal) -> TOMLValue {
        let notANumber = Refusal(
            message:
                "\(text) is not a value: expected a string, a number, true, false, a date, an array or an inline table"
        )
        var rest = bytes[...]
        if let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { rest = rest.dropFirst() }
        let integerEnd = rest.firstIndex {
            $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E")
        }
        let integerPart = rest[..<(integerEnd ?? rest.endIndex)]
        guard withoutUnderscores(integerPart, isDigit: TOMLSyntax.isDigit) != nil else { throw notANumber }
        if integerPart.count > 1, integerPart.first == UInt8(ascii: "0") {
            throw Refusal(message: "\(text) has a leading zero, which TOML does not allow")
        }
        var isFloat = false
        rest = rest[(integerEnd ?? rest.endIndex)...]
        if rest.first == UInt8(ascii: ".") {
            let end = rest.firstIndex { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") } ?? rest.endIndex
            guard withoutUnderscores(rest[rest.index(after: rest.startIndex)..<end], isDigit: TOMLSyntax.isDigit) != nil
            else { throw Refusal(message: "\(text) needs digits after its decimal point") }
            rest = rest[end...]
            isFloat = true
        }
        if let letter = rest.first, letter == UInt8(ascii: "e") || letter == UInt8(ascii: "E") {
            var exponent = rest.dropFirst()
            if let sign = exponent.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                exponent = exponent.dropFirst()
            }
            guard withoutUnderscores(exponent, isDigit: TOMLSyntax.isDigit) != nil else {
                throw Refusal(message: "\(text) needs digits in its exponent")
            }
            isFloat = true
        }
        let plain = text.replacing("_", with: "")
        if isFloat {
            guard let number = Double(plain), number.isFinite else {
                throw Refusal(message: "\(text) is too large for a float")
            }
            return .float(number)
        }
        guard let number = Int(plain) else {
            throw Refusal(message: "\(text) is outside the integers TOML allows, \(Int.min) to \(Int.max)")
        }
        return .integer(number)
    }

    /// The digits without their underscores, or `nil` when a byte is not a digit, there are none, or an
    /// underscore is not between two digits.
    private static func withoutUnderscores(_ bytes: ArraySlice<UInt8>, isDigit: (UInt8) -> Bool) -> String? {
        var digits: [UInt8] = []
        var previousWasDigit = false
        for byte in bytes {
            if byte == UInt8(ascii: "_") {
                guard previousWasDigit else { return nil }
                previousWasDigit = false
            } else {
                guard isDigit(byte) else { return nil }
                digits.append(byte)
                previousWasDigit = true
            }
        }
        guard previousWasDigit else { return nil }
        return String(decoding: digits, as: UTF8.self)
    }

    // MARK: Date-times

    /// Whether the text is laid out as a date (`dddd-dd-dd…`) or a time (`dd:dd…`).
    private static func isDateTime(_ bytes: [UInt8]) -> Bool {
        matches(bytes, at: 0, "dddd-") || matches(bytes, at: 0, "dd:")
    }

    /// An offset date-time, a local date-time, a local date or a local time, checked field by field.
    private static func dateTime(_ bytes: [UInt8], text: String) throws(Refusal) -> TOMLValue {
        let refusal = Refusal(
            message: "\(text) is not a date or time: expected 1979-05-27, 07:32:00, 1979-05-27T07:32:00 "
                + "or 1979-05-27T07:32:00Z (with a time zone such as Z or +01:00)"
        )
        var index = 0
        if matches(bytes, at: 0, "dddd-dd-dd") {
            let year = number(bytes, 0, 4)
            let month = number(bytes, 5, 2)
            let day = number(bytes, 8, 2)
            guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else {
                throw Refusal(message: "\(text) is not a date: there is no day \(day) in month \(month) of \(year)")
            }
            index = 10
            guard index < bytes.count else { return .dateTime(text) }
            guard [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " ")].contains(bytes[index]) else {
                throw refusal
            }
            index += 1
            guard try time(bytes, at: &index, text: text) else { throw refusal }
            guard index < bytes.count else { return .dateTime(text) }
            if bytes[index] == UInt8(ascii: "Z") || bytes[index] == UInt8(ascii: "z") {
                index += 1
            } else if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"),
                matches(bytes, at: index + 1, "dd:dd")
            {
                guard number(bytes, index + 1, 2) < 24, number(bytes, index + 4, 2) < 60 else { throw refusal }
                index += 6
            }
        } else {
            guard try time(bytes, at: &index, text: text) else { throw refusal }
        }
        guard index == bytes.count else { throw refusal }
        return .dateTime(text)
    }

    /// Reads `hh:mm:ss` and an optional fraction at `index`; false when the text is not laid out so.
    private static func time(_ bytes: [UInt8], at index: inout Int, text: String) throws(Refusal) -> Bool {
        guard matches(bytes, at: index, "dd:dd:dd") else { return false }
        let hour = number(bytes, index, 2)
        let minute = number(bytes, index + 3, 2)
        let second = number(bytes, index + 6, 2)
        guard hour < 24, minute < 60, second <= 60 else {
            throw Refusal(message: "\(text) is not a time: hours go to 23, minutes to 59 and seconds to 60")
        }
        index += 8
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < bytes.count, TOMLSyntax.isDigit(bytes[index]) { index += 1 }
            guard index > start else { return false }
        }
        return true
    }

    /// Whether `bytes` from `start` follow `pattern`, where `d` is any digit and other bytes are literal.
    private static func matches(_ bytes: [UInt8], at start: Int, _ pattern: StaticString) -> Bool {
        guard start + pattern.utf8CodeUnitCount <= bytes.count else { return false }
        let template = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
        return zip(template, bytes[start...]).allSatisfy { expected, byte in
            expected == UInt8(ascii: "d") ? TOMLSyntax.isDigit(byte) : byte == expected
        }
    }

    /// The decimal number of `count` digits at `start` (checked to be digits by ``matches(_:at:_:)``).
    private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int {
        bytes[start..<start + count].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year.isMultiple(of: 4) && (!year.isMultiple(of: 100) || year.isMultiple(of: 400)) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
