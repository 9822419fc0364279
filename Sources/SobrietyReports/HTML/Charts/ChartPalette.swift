/// The colours of the charts: the report's accent and a few neutrals, as CSS hex colours.
struct ChartPalette: Sendable {
    /// The accent colour, for the bars a chart is about.
    var accent: String
    /// Bars that give context.
    var muted = "#b8bec6"
    /// Bars that mark a loss.
    var loss = "#c7784a"
    /// Labels and error bars.
    var ink = "#1f2933"
    /// Tick labels.
    var secondaryInk = "#616e7c"
    /// Gridlines and the axis line.
    var grid = "#e4e7eb"

    /// The fill of a bar of `tone`.
    func fill(_ tone: BarChart.Tone) -> String {
        switch tone {
        case .accent: accent
        case .muted: muted
        case .loss: loss
        }
    }
}
