import Foundation
import SobrietyCore
import SobrietyReports
import Testing

@Suite struct CSVReportRendererTests {
    private let renderer = CSVReportRenderer()

    @Test func formulaInTheInputIsNeutralised() throws {
        let csv = try renderer.render(SampleReport.full)
        // The line item starts with `=` and the campaign with `@`: both get a leading quote mark
        #expect(csv.contains("\r\n'=cmd| <img src=x onerror=alert(1)> |"))
        #expect(csv.contains(#","'@SUM(1+1)"#))
        #expect(!csv.contains(",=cmd"))
    }

    @Test func fieldsWithCommasQuotesOrLineBreaksAreQuoted() throws {
        let csv = try renderer.render(SampleReport.full)
        #expect(csv.contains("\"'@SUM(1+1)\r\nSpring, \"\"launch\"\"\""))
    }

    @Test func numbersWrittenByTheRendererAreNotEscaped() throws {
        var report = SampleReport.full
        report.lines[0].emissions.low = GramsCO2e(grams: -12.5)
        let csv = try renderer.render(report)
        #expect(csv.contains(",-12.5,"))
        #expect(!csv.contains("'-12.5"))
    }

    @Test func headerNamesEverySegmentAndWasteCause() throws {
        let header = try renderer.render(SampleReport.summary)
        #expect(
            header
                == "line_item,campaign,file,source_line,platform,format,buying,country,impressions,"
                + "useful_impressions,bytes,exposure_seconds,video_watch_seconds,emissions_g,emissions_low_g,"
                + "emissions_high_g,network_use_g,network_embodied_g,cdn_g,device_use_g,device_embodied_g,"
                + "ad_selection_g,corporate_g,invalid_traffic_impressions,invalid_traffic_g,"
                + "made_for_advertising_impressions,made_for_advertising_g,non_viewable_impressions,"
                + "non_viewable_g,out_of_target_impressions,out_of_target_g,excess_frequency_impressions,"
                + "excess_frequency_g,assumed,budgets_exceeded\r\n"
        )
    }

    @Test func eachLineNamesTheExceededBudgetsItIsBehind() throws {
        var report = SampleReport.full
        report.budgets = [
            BudgetResult(
                metric: "total",
                scope: "platform=youtube",
                limit: 1,
                actual: 2,
                unit: "g",
                passed: false,
                lineItems: [report.lines[1].lineItem]
            )
        ]
        let records = try renderer.render(report).components(separatedBy: "\r\n")
        #expect(records[2].hasSuffix(",total[platform=youtube]"))
        #expect(records[1].hasSuffix(","))
    }

    @Test func everyRecordHasOneFieldPerColumn() throws {
        let csv = try renderer.render(SampleReport.full)
        let header = try #require(csv.components(separatedBy: "\r\n").first)
        let columns = header.split(separator: ",").count
        // The sample's second record has no quoted fields, so a plain split counts its fields
        let record = csv.components(separatedBy: "\r\n")[2]
        #expect(record.split(separator: ",", omittingEmptySubsequences: false).count == columns)
        #expect(record.hasSuffix(",viewability_rate;on_target_rate,"))
    }
}
