/// A linear value axis that starts at zero and ends on a round tick: 1, 2, 2.5 or 5 times a power of ten.
struct AxisScale: Sendable, Equatable {
    /// The multiples of a power of ten that make round steps, smallest first.
    private static let roundSteps: [Double] = [1, 2, 2.5, 5, 10]

    /// The value at the right end of the axis.
    let maximum: Double
    /// The distance between ticks.
    let step: Double

    /// A scale that covers `0…maximum` in about `targetTicks` round steps; an empty or zero range
    /// gets the axis `0…1`.
    init(covering maximum: Double, targetTicks: Int) {
        guard maximum > 0, maximum.isFinite, targetTicks > 0 else {
            self.maximum = 1
            self.step = 1
            return
        }
        let rawStep = maximum / Double(targetTicks)
        let magnitude = Self.powerOfTen(atMost: rawStep)
        let multiple = Self.roundSteps.first { $0 * magnitude >= rawStep } ?? Self.roundSteps[Self.roundSteps.count - 1]
        let step = multiple * magnitude
        self.step = step
        self.maximum = (maximum / step).rounded(.up) * step
    }

    /// The tick values from zero to the maximum, inclusive.
    var ticks: [Double] {
        let count = Int((maximum / step).rounded())
        return (0...count).map { Double($0) * step }
    }

    /// Where `value` falls on an axis `width` long, clamped to the axis.
    func position(of value: Double, width: Double) -> Double {
        min(max(value / maximum, 0), 1) * width
    }

    /// The largest power of ten not above `value` (which is positive).
    private static func powerOfTen(atMost value: Double) -> Double {
        var power = 1.0
        while power > value { power /= 10 }
        while power * 10 <= value { power *= 10 }
        return power
    }
}
