/// A horizontal bar chart: one labelled bar per row over a value axis that starts at zero.
///
/// A bar spans `start…end`, so the same chart draws plain bars (from zero) and the floating steps of a
/// waterfall. A bar may carry a range, drawn as an error bar. Labels and values are plain text; the
/// renderer escapes them.
struct BarChart: Sendable {
    /// How a bar is coloured.
    enum Tone: Sendable {
        /// The report's accent colour: the figures the chart is about.
        case accent
        /// A quiet grey: context, such as "others" or what was served before waste.
        case muted
        /// A warm tone that marks a loss, such as a waste cause.
        case loss
    }

    /// One row of the chart.
    struct Bar: Sendable {
        /// The row's label, plain text.
        var label: String
        /// Where the bar starts on the axis.
        var start: Double
        /// Where the bar ends on the axis.
        var end: Double
        /// The low and high ends of the bar's range, drawn as an error bar; `nil` for none.
        var range: (low: Double, high: Double)?
        /// The bar's formatted value, shown in the value column.
        var valueText: String
        /// Its colour.
        var tone: Tone

        /// A bar from zero to `value`.
        static func value(
            _ label: String,
            _ value: Double,
            range: (low: Double, high: Double)? = nil,
            text: String,
            tone: Tone = .accent
        ) -> Bar {
            Bar(label: label, start: 0, end: value, range: range, valueText: text, tone: tone)
        }
    }

    /// What the chart shows, read by screen readers and shown as its tooltip.
    var title: String
    /// The rows, top to bottom.
    var bars: [Bar]
    /// Formats an axis tick value.
    var tickText: @Sendable (Double) throws -> String

    /// The largest value any bar or range reaches.
    var largestValue: Double {
        bars.map { max($0.start, $0.end, $0.range?.high ?? 0) }.max() ?? 0
    }
}
