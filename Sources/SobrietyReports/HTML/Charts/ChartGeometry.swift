/// Every measurement of the SVG charts, in SVG user units (pixels at 100% zoom), in one place.
///
/// A chart is a horizontal bar chart laid out in three columns: labels on the left, bars in the
/// middle over a value axis, and the formatted value of each bar flush right.
struct ChartGeometry: Sendable {
    /// The width of the whole chart; it scales to the page width through its `viewBox`.
    var widthPoints = 760.0
    /// The width of the label column on the left.
    var labelColumnPoints = 200.0
    /// The width of the value column on the right.
    var valueColumnPoints = 150.0
    /// The space between a column and the plot area.
    var gutterPoints = 12.0
    /// The height of one bar's row.
    var rowPoints = 30.0
    /// The thickness of a bar inside its row.
    var barThicknessPoints = 16.0
    /// The space above the first row.
    var topPaddingPoints = 8.0
    /// The height of the axis under the rows: tick marks and their labels.
    var axisPoints = 28.0
    /// The length of the tick marks below the axis line.
    var tickPoints = 4.0
    /// The half-height of the caps at each end of an error bar.
    var errorCapPoints = 5.0
    /// The stroke width of error bars.
    var errorStrokePoints = 1.5
    /// The font size of labels and values.
    var labelFontPoints = 12.0
    /// The font size of tick labels.
    var tickFontPoints = 10.5
    /// Where text sits below its row's centre line so it looks centred (about a third of the font size).
    var textBaselineShiftPoints = 4.0
    /// The distance between the baselines of a label broken onto two lines, in font sizes.
    var labelLineSpacing = 1.1
    /// The most columns a bar label shows before it is cut with an ellipsis (a wide CJK character takes
    /// two); the full label is its tooltip.
    var labelColumnWidthLimit = 30
    /// The number of gridlines the axis aims for; the scale picks round steps near it.
    var targetTickCount = 5

    /// The left edge of the plot area.
    var plotLeftPoints: Double { labelColumnPoints + gutterPoints }
    /// The width of the plot area.
    var plotWidthPoints: Double { widthPoints - labelColumnPoints - valueColumnPoints - 2 * gutterPoints }
    /// The right edge of the value column, where values are right-aligned.
    var valueRightPoints: Double { widthPoints }

    /// The height of a chart with `rows` bars.
    func heightPoints(rows: Int) -> Double {
        topPaddingPoints + Double(rows) * rowPoints + axisPoints
    }

    /// The vertical centre of row `index`.
    func rowCentrePoints(_ index: Int) -> Double {
        topPaddingPoints + (Double(index) + 0.5) * rowPoints
    }
}
