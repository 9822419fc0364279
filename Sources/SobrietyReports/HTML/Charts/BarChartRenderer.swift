/// Draws a ``BarChart`` as an inline SVG element that scales to the width of its container.
struct BarChartRenderer: Sendable {
    /// The chart's measurements.
    var geometry = ChartGeometry()
    /// The chart's colours.
    var palette: ChartPalette

    /// The chart as an `<svg>` element; labels and values are escaped.
    ///
    /// - Throws: ``ReportRenderingError`` when a tick value cannot be formatted.
    func svg(_ chart: BarChart) throws -> String {
        let scale = AxisScale(covering: chart.largestValue, targetTicks: geometry.targetTickCount)
        let height = geometry.heightPoints(rows: chart.bars.count)
        let parts =
            [SVGMarkup.element("title", [], content: HTMLText.escaped(chart.title))]
            + (try axis(scale, rows: chart.bars.count, tickText: chart.tickText))
            + chart.bars.enumerated().flatMap { index, bar in row(bar, at: index, scale: scale) }
        return SVGMarkup.element(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"),
                ("class", "chart"),
                ("viewBox", "0 0 \(SVGMarkup.number(geometry.widthPoints)) \(SVGMarkup.number(height))"),
                ("width", "100%"),
                ("role", "img"),
                ("aria-label", chart.title),
            ],
            content: parts.joined()
        )
    }

    /// Gridlines, the axis line, tick marks and tick labels.
    private func axis(_ scale: AxisScale, rows: Int, tickText: (Double) throws -> String) throws -> [String] {
        let top = geometry.topPaddingPoints
        let axisY = top + Double(rows) * geometry.rowPoints
        let left = geometry.plotLeftPoints
        var parts: [String] = []
        for tick in scale.ticks {
            let x = SVGMarkup.number(left + scale.position(of: tick, width: geometry.plotWidthPoints))
            parts.append(line(x1: x, y1: top, x2: x, y2: axisY + geometry.tickPoints, colour: palette.grid))
            parts.append(
                SVGMarkup.text(
                    try tickText(tick),
                    [
                        ("x", x),
                        ("y", SVGMarkup.number(axisY + geometry.tickPoints + geometry.tickFontPoints + 2)),
                        ("text-anchor", "middle"),
                        ("font-size", SVGMarkup.number(geometry.tickFontPoints)),
                        ("fill", palette.secondaryInk),
                    ]
                )
            )
        }
        let right = left + geometry.plotWidthPoints
        parts.append(
            line(
                x1: SVGMarkup.number(left),
                y1: axisY,
                x2: SVGMarkup.number(right),
                y2: axisY,
                colour: palette.secondaryInk
            )
        )
        return parts
    }

    /// One bar with its label, value and error bar.
    private func row(_ bar: BarChart.Bar, at index: Int, scale: AxisScale) -> [String] {
        let centre = geometry.rowCentrePoints(index)
        let baseline = SVGMarkup.number(centre + geometry.textBaselineShiftPoints)
        let fontSize = SVGMarkup.number(geometry.labelFontPoints)
        let left = geometry.plotLeftPoints
        let width = geometry.plotWidthPoints
        let startX = left + scale.position(of: min(bar.start, bar.end), width: width)
        let endX = left + scale.position(of: max(bar.start, bar.end), width: width)
        var parts = [
            SVGMarkup.element(
                "text",
                [
                    ("x", SVGMarkup.number(geometry.labelColumnPoints)),
                    ("y", baseline),
                    ("text-anchor", "end"),
                    ("font-size", fontSize),
                    ("fill", palette.ink),
                ],
                content: SVGMarkup.element("title", [], content: HTMLText.escaped(bar.label))
                    + labelText(bar.label, centre: centre)
            ),
            SVGMarkup.element(
                "rect",
                [
                    ("x", SVGMarkup.number(startX)),
                    ("y", SVGMarkup.number(centre - geometry.barThicknessPoints / 2)),
                    ("width", SVGMarkup.number(endX - startX)),
                    ("height", SVGMarkup.number(geometry.barThicknessPoints)),
                    ("fill", palette.fill(bar.tone)),
                ]
            ),
            SVGMarkup.text(
                bar.valueText,
                [
                    ("x", SVGMarkup.number(geometry.valueRightPoints)),
                    ("y", baseline),
                    ("text-anchor", "end"),
                    ("font-size", fontSize),
                    ("fill", palette.ink),
                ]
            ),
        ]
        if let range = bar.range {
            parts += errorBar(low: range.low, high: range.high, centre: centre, scale: scale)
        }
        return parts
    }

    /// A horizontal line from `low` to `high` with a cap at each end.
    private func errorBar(low: Double, high: Double, centre: Double, scale: AxisScale) -> [String] {
        let left = geometry.plotLeftPoints
        let lowX = SVGMarkup.number(left + scale.position(of: low, width: geometry.plotWidthPoints))
        let highX = SVGMarkup.number(left + scale.position(of: high, width: geometry.plotWidthPoints))
        let capTop = centre - geometry.errorCapPoints
        let capBottom = centre + geometry.errorCapPoints
        return [
            line(x1: lowX, y1: centre, x2: highX, y2: centre, colour: palette.ink, width: geometry.errorStrokePoints),
            line(x1: lowX, y1: capTop, x2: lowX, y2: capBottom, colour: palette.ink, width: geometry.errorStrokePoints),
            line(
                x1: highX,
                y1: capTop,
                x2: highX,
                y2: capBottom,
                colour: palette.ink,
                width: geometry.errorStrokePoints
            ),
        ]
    }

    private func line(x1: String, y1: Double, x2: String, y2: Double, colour: String, width: Double = 1) -> String {
        SVGMarkup.element(
            "line",
            [
                ("x1", x1), ("y1", SVGMarkup.number(y1)), ("x2", x2), ("y2", SVGMarkup.number(y2)),
                ("stroke", colour), ("stroke-width", SVGMarkup.number(width)),
            ]
        )
    }

    /// The label cut to the label column's width (wide CJK characters count twice), with an ellipsis when cut.
    private func shortened(_ label: String) -> String {
        DisplayWidth.truncated(label, to: geometry.labelColumnWidthLimit)
    }

    /// A label as the text element's content: on one line when it fits the label column, else on two
    /// lines broken at the space that balances them best (long French, German and Polish names), each
    /// shortened only if it still does not fit.
    private func labelText(_ label: String, centre: Double) -> String {
        guard let (first, second) = twoLines(label) else { return HTMLText.escaped(shortened(label)) }
        let x = SVGMarkup.number(geometry.labelColumnPoints)
        let offset = geometry.labelFontPoints * geometry.labelLineSpacing / 2
        return [(first, -offset), (second, offset)].map { line, shift in
            SVGMarkup.element(
                "tspan",
                [("x", x), ("y", SVGMarkup.number(centre + geometry.textBaselineShiftPoints + shift))],
                content: HTMLText.escaped(shortened(line))
            )
        }
        .joined()
    }

    /// The two halves of a label too wide for one line, or `nil` when it fits or has no space to break at.
    private func twoLines(_ label: String) -> (String, String)? {
        let words = label.split(separator: " ", omittingEmptySubsequences: false)
        guard DisplayWidth.of(label) > geometry.labelColumnWidthLimit, words.count > 1 else { return nil }
        let splits = (1..<words.count).map { cut in
            (words[..<cut].joined(separator: " "), words[cut...].joined(separator: " "))
        }
        return splits.min { a, b in
            max(DisplayWidth.of(a.0), DisplayWidth.of(a.1)) < max(DisplayWidth.of(b.0), DisplayWidth.of(b.1))
        }
    }
}
