import Foundation
import Testing

@testable import SobrietyReports

@Suite struct AxisScaleTests {
    @Test(arguments: [
        (7.3, 8.0, 2.0), (1_234.0, 1_250.0, 250.0), (100.0, 100.0, 20.0), (0.042, 0.05, 0.01),
        (4_600_000.0, 5_000_000.0, 1_000_000.0),
    ])
    func endsOnARoundTick(_ maximum: Double, _ expectedMaximum: Double, _ expectedStep: Double) {
        let scale = AxisScale(covering: maximum, targetTicks: 5)

        #expect(abs(scale.maximum - expectedMaximum) < 1e-9)
        #expect(abs(scale.step - expectedStep) < 1e-9)
        #expect(scale.ticks.first == 0)
    }

    @Test func emptyRangeGetsAUnitAxis() {
        #expect(AxisScale(covering: 0, targetTicks: 5) == AxisScale(covering: .nan, targetTicks: 5))
        #expect(AxisScale(covering: 0, targetTicks: 5).ticks == [0, 1])
    }

    @Test func positionsAreClampedToTheAxis() {
        let scale = AxisScale(covering: 10, targetTicks: 5)

        #expect(scale.position(of: 5, width: 200) == 100)
        #expect(scale.position(of: 20, width: 200) == 200)
        #expect(scale.position(of: -1, width: 200) == 0)
    }
}

@Suite struct BarChartRendererTests {
    private let renderer = BarChartRenderer(palette: ChartPalette(accent: "#0a7d5a"))

    private func chart(_ bars: [BarChart.Bar]) -> BarChart {
        BarChart(title: "Title <&>", bars: bars) { "\($0)" }
    }

    @Test func aLongLabelWithSpacesIsBrokenOntoTwoLinesNotCut() throws {
        let label = "Strony MFA (made-for-advertising)"
        let svg = try renderer.svg(chart([.value(label, 1, text: "1")]))
        let lines = svg.matches(of: /<tspan x="200" y="[0-9.]+">([^<]*)<\/tspan>/).map { String($0.output.1) }

        #expect(lines == ["Strony MFA", "(made-for-advertising)"])
        #expect(svg.contains("<title>\(label)</title>"))
        #expect(!svg.contains("…"))
    }

    @Test func aLongLabelWithoutSpacesIsShortenedOnOneLine() throws {
        let svg = try renderer.svg(chart([.value(String(repeating: "X", count: 40), 1, text: "1")]))

        #expect(!svg.contains("<tspan"))
        #expect(svg.contains(String(repeating: "X", count: 29) + "…"))
    }

    @Test func drawsOneBarPerRowWithItsLabelAndValue() throws {
        let svg = try renderer.svg(chart([.value("A", 4, text: "4 g"), .value("B", 8, text: "8 g")]))

        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 760 96\""))
        #expect(svg.components(separatedBy: "<rect ").count - 1 == 2)
        #expect(svg.contains(">4 g</text>"))
        #expect(svg.contains("<title>Title &lt;&amp;&gt;</title>"))
    }

    @Test func scalesBarsToTheLargestValue() throws {
        let geometry = ChartGeometry()
        let svg = try renderer.svg(chart([.value("A", 5, text: "5"), .value("B", 10, text: "10")]))
        let half = SVGMarkup.number(geometry.plotWidthPoints / 2)
        let full = SVGMarkup.number(geometry.plotWidthPoints)

        #expect(svg.contains("width=\"\(half)\""))
        #expect(svg.contains("width=\"\(full)\""))
    }

    @Test func drawsARangeAsAnErrorBarWithCaps() throws {
        let plain = try renderer.svg(chart([.value("A", 5, text: "5")]))
        let ranged = try renderer.svg(chart([.value("A", 5, range: (3, 9), text: "5")]))

        #expect(ranged.components(separatedBy: "<line ").count - plain.components(separatedBy: "<line ").count == 3)
    }

    @Test func floatingBarsStartWhereTheyStart() throws {
        let geometry = ChartGeometry()
        let svg = try renderer.svg(
            chart([
                .value("Served", 10, text: "10"),
                BarChart.Bar(label: "Lost", start: 6, end: 10, range: nil, valueText: "−4", tone: .loss),
            ])
        )
        let startX = SVGMarkup.number(geometry.plotLeftPoints + geometry.plotWidthPoints * 0.6)

        #expect(svg.contains("<rect x=\"\(startX)\""))
        #expect(svg.contains("fill=\"\(ChartPalette(accent: "#000").loss)\""))
    }

    @Test func cutsLongLabelsAndKeepsThemWhole() throws {
        let label = String(repeating: "x", count: 60) + "<end>"
        let svg = try renderer.svg(chart([.value(label, 1, text: "1")]))

        #expect(svg.contains("<title>\(String(repeating: "x", count: 60))&lt;end&gt;</title>"))
        #expect(svg.contains(String(repeating: "x", count: 29) + "…</text>"))
    }

    @Test func writesCoordinatesStably() {
        #expect(SVGMarkup.number(12) == "12")
        #expect(SVGMarkup.number(12.345) == "12.3")
        #expect(SVGMarkup.number(-0.04) == "0" || SVGMarkup.number(-0.04) == "-0")
    }
}
