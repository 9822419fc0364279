extension RangeSettings {
    /// The low and high percentiles of a set of draws, interpolated linearly between order
    /// statistics (Hyndman and Fan's type 7, the default of R and NumPy).
    ///
    /// The order statistics are found by selection rather than a full sort: the same values,
    /// in a fraction of the time, which matters when every line of a detailed report has its range.
    func range(of draws: [Double]) -> (low: Double, high: Double) {
        var values = draws
        return values.withUnsafeMutableBufferPointer { buffer in
            (Self.percentile(lowPercentile, selectingIn: buffer), Self.percentile(highPercentile, selectingIn: buffer))
        }
    }

    /// The type-7 percentile of `values`, which are reordered.
    static func percentile(_ percent: Double, selectingIn values: UnsafeMutableBufferPointer<Double>) -> Double {
        guard values.count > 1 else { return values.first ?? 0 }
        let position = Double(values.count - 1) * percent / 100
        let lower = Int(position.rounded(.down))
        let lowerValue = select(lower, in: values)
        guard lower + 1 < values.count else { return lowerValue }
        // After selection every value past `lower` is at least `lowerValue`: the next order statistic is their minimum.
        var upperValue = Double.infinity
        for index in (lower + 1)..<values.count { upperValue = min(upperValue, values[index]) }
        return lowerValue + (position - Double(lower)) * (upperValue - lowerValue)
    }

    /// Reorders `values` so that position `k` holds the k-th smallest value, smaller ones before it
    /// and larger ones after (Hoare's selection with a median-of-three pivot), and returns it.
    static func select(_ k: Int, in values: UnsafeMutableBufferPointer<Double>) -> Double {
        var low = 0
        var high = values.count - 1
        while low < high {
            let middle = low + (high - low) / 2
            let pivot = max(min(values[low], values[middle]), min(max(values[low], values[middle]), values[high]))
            var left = low
            var right = high
            while left <= right {
                while values[left] < pivot { left += 1 }
                while values[right] > pivot { right -= 1 }
                if left <= right {
                    values.swapAt(left, right)
                    left += 1
                    right -= 1
                }
            }
            if k <= right {
                high = right
            } else if k >= left {
                low = left
            } else {
                return values[k]
            }
        }
        return values[k]
    }

    /// An estimate from a central value and the draws of the same quantity.
    ///
    /// The range is reported as drawn, never widened to contain the central value: where factor
    /// distributions are skewed (a central value at the end of its range), the central estimate
    /// can sit near or beyond an end of the range, and the report says so honestly.
    func estimate(central: Double, draws: [Double]) -> EmissionEstimate {
        let (low, high) = range(of: draws)
        return EmissionEstimate(
            central: GramsCO2e(grams: central),
            low: GramsCO2e(grams: low),
            high: GramsCO2e(grams: high)
        )
    }
}
