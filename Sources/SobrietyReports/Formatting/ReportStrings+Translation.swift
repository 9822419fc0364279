import SobrietyCore

extension ReportStrings {
    /// The report's words in the language `source` gives, its counts written by `numbers`.
    ///
    /// Every key is read here, once, so the keys of `Reports/translations/` are exactly what this
    /// initialiser asks for (``TranslationSchema`` records them for the completeness test). Most keys
    /// are the property's name; names of segments, causes, levers and line statuses are keyed by their
    /// JSON names (`segment.networkUse`, `cause.invalid_traffic`, `lever.frequency_cap`, `lineStatus.added`).
    init(_ source: some TranslationSource, numbers: ReportNumberFormatter) {
        let summary = source.message("summary", placeholders: SummaryFacts.placeholders)
        let generatedBy = source.message("generatedBy", placeholders: ["tool", "factorSet"])
        let segmentNames = source.names(Segment.self, prefix: "segment")
        let causeNames = source.names(WasteCause.self, prefix: "cause")
        let leverNames = source.names(Lever.self, prefix: "lever")
        let methodExplanation = source.message("methodExplanation", placeholders: MethodFacts.placeholders)
        let rangeNote = source.message("rangeNote", placeholders: MethodFacts.placeholders)
        let percentiles = source.message("percentiles", placeholders: ["low", "high"])
        let ordinal = source.ordinal("ordinal")
        let leanPlan = source.message("leanPlan", placeholders: LeanPlanFacts.placeholders)
        let savingsOrder = source.message("savingsOrder", placeholders: ["levers"])
        let biggestLevers = source.countedMessage("biggestLevers", placeholders: [])
        let sensitivityNote = source.countedMessage("sensitivityNote", placeholders: [])
        let budgetMetVerdict = source.message("budgetVerdict.met", placeholders: ["name", "actual", "limit"])
        let budgetExceededVerdict = source.message("budgetVerdict.exceeded", placeholders: ["name", "actual", "limit"])
        let budgetLineItems = source.message("budgetLineItems", placeholders: ["lineItems"])
        let auditSummary = source.message("auditSummary", placeholders: ["emissions", "range", "impressions"])
        let allLines = source.text("allLines")
        let topLines = source.countedMessage("topLines", placeholders: ["shown"])
        let noWarnings = source.text("noWarnings")
        let warningCount = source.countedMessage("warningCount", placeholders: [])
        let diffInputs = source.message("diffInputs", placeholders: ["before", "after"])
        let diffHeadline = source.message("diffHeadline", placeholders: ["change", "fromTo"])
        let emissionsChange = source.message("emissionsChange", placeholders: ["delta"])
        let emissionsChangeWithRelative = source.message(
            "emissionsChangeWithRelative",
            placeholders: ["delta", "relative"]
        )
        let fromTo = source.message("fromTo", placeholders: ["before", "after"])
        let deltaWithRelative = source.message("deltaWithRelative", placeholders: ["delta", "relative"])
        let percentagePoints = source.message("percentagePoints", placeholders: ["points"])
        let lineStatusNames = source.names(LineItemDiffKind.self, prefix: "lineStatus")
        let lineCounts = source.message("lineCounts", placeholders: ["changed", "added", "removed", "unchanged"])
        let moreLineItems = source.countedMessage("moreLineItems", placeholders: [])
        let equivalentNames = source.names(EquivalentActivity.self, prefix: "equivalent")
        let actions = Dictionary(
            uniqueKeysWithValues: Lever.allCases.map { lever in
                (
                    lever,
                    source.message(
                        "action.\(lever.rawValue)",
                        placeholders: [],
                        optional: ["action", "lineItems", "share"]
                    )
                )
            }
        )
        let otherLineItems = source.countedMessage("otherLineItems", placeholders: [])
        let lineAdjustment = source.message("lineAdjustment", placeholders: ["lineItem", "change"])
        let adjustments = LineAdjustmentText(
            numbers: numbers,
            fromTo: fromTo,
            resolution: source.message("adjustment.resolution", placeholders: ["resolution", "device"]),
            mixDonor: source.message("adjustment.mixDonor", placeholders: ["lineItem", "ratio"]),
            mixRecipient: source.message("adjustment.mixRecipient", placeholders: ["impressions"]),
            deviceNames: source.names(DeviceKind.self, prefix: "device")
        )
        self.init(
            title: source.text("title"),
            summary: { facts in
                summary.filled([
                    "emissions": facts.emissions, "emissionsRange": facts.emissionsRange,
                    "percentiles": facts.percentiles, "impressions": facts.impressions,
                    "usefulImpressions": facts.usefulImpressions, "usefulShare": facts.usefulShare,
                    "perThousand": facts.perThousand, "perThousandUseful": facts.perThousandUseful,
                    "wasteEmissions": facts.wasteEmissions, "wasteShare": facts.wasteShare,
                ])
            },
            generatedBy: { tool, factorSet in generatedBy.filled(["tool": tool, "factorSet": factorSet]) },
            totalsHeading: source.text("totalsHeading"),
            segmentsHeading: source.text("segmentsHeading"),
            wasteHeading: source.text("wasteHeading"),
            recommendationsHeading: source.text("recommendationsHeading"),
            sensitivityHeading: source.text("sensitivityHeading"),
            budgetsHeading: source.text("budgetsHeading"),
            linesHeading: source.text("linesHeading"),
            warningsHeading: source.text("warningsHeading"),
            methodHeading: source.text("methodHeading"),
            sourcesHeading: source.text("sourcesHeading"),
            reproducibilityHeading: source.text("reproducibilityHeading"),
            estimateColumn: source.text("estimateColumn"),
            centralColumn: source.text("centralColumn"),
            lowColumn: source.text("lowColumn"),
            highColumn: source.text("highColumn"),
            activityColumn: source.text("activityColumn"),
            valueColumn: source.text("valueColumn"),
            segmentColumn: source.text("segmentColumn"),
            shareOfTotalColumn: source.text("shareOfTotalColumn"),
            causeColumn: source.text("causeColumn"),
            impressionsColumn: source.text("impressionsColumn"),
            shareOfImpressionsColumn: source.text("shareOfImpressionsColumn"),
            emissionsColumn: source.text("emissionsColumn"),
            shareOfEmissionsColumn: source.text("shareOfEmissionsColumn"),
            lineItemColumn: source.text("lineItemColumn"),
            platformColumn: source.text("platformColumn"),
            countryColumn: source.text("countryColumn"),
            usefulImpressionsColumn: source.text("usefulImpressionsColumn"),
            gramsPerThousandColumn: source.text("gramsPerThousandColumn"),
            wasteShareColumn: source.text("wasteShareColumn"),
            assumedColumn: source.text("assumedColumn"),
            codeColumn: source.text("codeColumn"),
            lineColumn: source.text("lineColumn"),
            messageColumn: source.text("messageColumn"),
            idColumn: source.text("idColumn"),
            publisherColumn: source.text("publisherColumn"),
            titleColumn: source.text("titleColumn"),
            yearColumn: source.text("yearColumn"),
            urlColumn: source.text("urlColumn"),
            licenceColumn: source.text("licenceColumn"),
            actionColumn: source.text("actionColumn"),
            leverColumn: source.text("leverColumn"),
            lineItemsColumn: source.text("lineItemsColumn"),
            savingsColumn: source.text("savingsColumn"),
            reachKeptColumn: source.text("reachKeptColumn"),
            usefulKeptColumn: source.text("usefulKeptColumn"),
            rankColumn: source.text("rankColumn"),
            factorColumn: source.text("factorColumn"),
            factorValuesColumn: source.text("factorValuesColumn"),
            totalAtLowColumn: source.text("totalAtLowColumn"),
            totalAtHighColumn: source.text("totalAtHighColumn"),
            budgetColumn: source.text("budgetColumn"),
            limitColumn: source.text("limitColumn"),
            actualColumn: source.text("actualColumn"),
            resultColumn: source.text("resultColumn"),
            settingColumn: source.text("settingColumn"),
            factorSetColumn: source.text("factorSetColumn"),
            versionColumn: source.text("versionColumn"),
            sha256Column: source.text("sha256Column"),
            inputFileColumn: source.text("inputFileColumn"),
            formatColumn: source.text("formatColumn"),
            rowsColumn: source.text("rowsColumn"),
            emissionsRow: source.text("emissionsRow"),
            perThousandRow: source.text("perThousandRow"),
            perThousandUsefulRow: source.text("perThousandUsefulRow"),
            wasteRow: source.text("wasteRow"),
            impressionsRow: source.text("impressionsRow"),
            usefulImpressionsRow: source.text("usefulImpressionsRow"),
            dataDeliveredRow: source.text("dataDeliveredRow"),
            videoWatchedRow: source.text("videoWatchedRow"),
            allCausesRow: source.text("allCausesRow"),
            methodRow: source.text("methodRow"),
            rangesRow: source.text("rangesRow"),
            drawsRow: source.text("drawsRow"),
            seedRow: source.text("seedRow"),
            percentilesRow: source.text("percentilesRow"),
            segmentName: { segmentNames[$0] ?? $0.rawValue },
            causeName: { causeNames[$0] ?? $0.rawValue },
            leverName: { leverNames[$0] ?? $0.rawValue },
            methodExplanation: { methodExplanation.filled($0.values) },
            rangeNote: { rangeNote.filled($0.values) },
            percentiles: { low, high in percentiles.filled(["low": low, "high": high]) },
            ordinal: { value, formatted in ordinal.filled(for: value, [ordinalPlaceholder: formatted]) },
            leanPlan: { facts in
                leanPlan.filled([
                    "emissions": facts.emissions, "emissionsRange": facts.emissionsRange,
                    "impressions": facts.impressions, "usefulImpressions": facts.usefulImpressions,
                ])
            },
            savingsOrder: { levers in savingsOrder.filled(["levers": levers]) },
            recommendationsOmitted: source.text("recommendationsOmitted"),
            noRecommendations: source.text("noRecommendations"),
            biggestLevers: { count in biggestLevers.filled(for: count, [countPlaceholder: numbers.count(count)]) },
            sensitivityNote: { shown in sensitivityNote.filled(for: shown, [countPlaceholder: numbers.count(shown)]) },
            budgetVerdict: { name, actual, limit, passed in
                (passed ? budgetMetVerdict : budgetExceededVerdict).filled([
                    "name": name, "actual": actual, "limit": limit,
                ])
            },
            budgetLineItems: { list in budgetLineItems.filled(["lineItems": list]) },
            auditSummary: { emissions, range, impressions in
                auditSummary.filled(["emissions": emissions, "range": range, "impressions": impressions])
            },
            linesOmitted: source.text("linesOmitted"),
            topLines: { shown, total in
                shown == total
                    ? allLines
                    : topLines.filled(
                        for: total,
                        ["shown": numbers.count(shown), countPlaceholder: numbers.count(total)]
                    )
            },
            noWarnings: noWarnings,
            warningCount: { count in
                count == 0 ? noWarnings : warningCount.filled(for: count, [countPlaceholder: numbers.count(count)])
            },
            budgetMet: source.text("budgetMet"),
            budgetExceeded: source.text("budgetExceeded"),
            notApplicable: source.text("notApplicable"),
            listSeparator: source.text("listSeparator"),
            diffTitle: source.text("diffTitle"),
            diffInputs: { before, after in diffInputs.filled(["before": before, "after": after]) },
            diffHeadline: { change, fromTo in diffHeadline.filled(["change": change, "fromTo": fromTo]) },
            emissionsChange: { delta, relative in
                relative.map { emissionsChangeWithRelative.filled(["delta": delta, "relative": $0]) }
                    ?? emissionsChange.filled(["delta": delta])
            },
            fromTo: { before, after in fromTo.filled(["before": before, "after": after]) },
            deltaWithRelative: { delta, relative in deltaWithRelative.filled(["delta": delta, "relative": relative]) },
            percentagePoints: { points in percentagePoints.filled(["points": points]) },
            plusSign: source.text("plusSign"),
            figureColumn: source.text("figureColumn"),
            beforeColumn: source.text("beforeColumn"),
            afterColumn: source.text("afterColumn"),
            changeColumn: source.text("changeColumn"),
            lineStatusColumn: source.text("lineStatusColumn"),
            emissionsBeforeColumn: source.text("emissionsBeforeColumn"),
            emissionsAfterColumn: source.text("emissionsAfterColumn"),
            impressionsChangeColumn: source.text("impressionsChangeColumn"),
            actualBeforeColumn: source.text("actualBeforeColumn"),
            resultBeforeColumn: source.text("resultBeforeColumn"),
            actualAfterColumn: source.text("actualAfterColumn"),
            resultAfterColumn: source.text("resultAfterColumn"),
            wasteShareRow: source.text("wasteShareRow"),
            leanPlanRow: source.text("leanPlanRow"),
            lineStatusName: { lineStatusNames[$0] ?? $0.rawValue },
            lineCounts: { changed, added, removed, unchanged in
                lineCounts.filled(["changed": changed, "added": added, "removed": removed, "unchanged": unchanged])
            },
            noLineChanges: source.text("noLineChanges"),
            moreLineItems: { count in moreLineItems.filled(for: count, [countPlaceholder: numbers.count(count)]) },
            equivalentsHeading: source.text("equivalentsHeading"),
            equivalentsNote: source.text("equivalentsNote"),
            perUnitColumn: source.text("perUnitColumn"),
            sourceColumn: source.text("sourceColumn"),
            equivalentName: { equivalentNames[$0] ?? $0.rawValue },
            action: { lever, auditText, lineItems, share in
                actions[lever]?.filled(["action": auditText, "lineItems": lineItems, "share": share]) ?? auditText
            },
            lineAdjustment: { adjustment in
                lineAdjustment.filled(["lineItem": adjustment.lineItem, "change": try adjustments.change(adjustment)])
            },
            actionPercent: { try adjustments.percent($0) },
            otherLineItems: { count in otherLineItems.filled(for: count, [countPlaceholder: numbers.count(count)]) }
        )
    }
}

extension TranslationSource {
    /// The name of every case of `Name`, keyed `prefix.rawValue`.
    fileprivate func names<Name: CaseIterable & Hashable & RawRepresentable<String>>(
        _: Name.Type,
        prefix: String
    ) -> [Name: String] {
        Dictionary(uniqueKeysWithValues: Name.allCases.map { ($0, text("\(prefix).\($0.rawValue)")) })
    }
}

extension SummaryFacts {
    /// The placeholders of the summary paragraph.
    fileprivate static let placeholders = [
        "emissions", "emissionsRange", "percentiles", "impressions", "usefulImpressions", "usefulShare",
        "perThousand", "perThousandUseful", "wasteEmissions", "wasteShare",
    ]
}

extension MethodFacts {
    /// The placeholders of the method's sentences.
    fileprivate static let placeholders = ["draws", "seed", "percentiles"]

    /// The values of ``placeholders``.
    fileprivate var values: [String: String] {
        ["draws": draws, "seed": seed, "percentiles": percentiles]
    }
}

extension LeanPlanFacts {
    /// The placeholders of the lean plan's sentence.
    fileprivate static let placeholders = ["emissions", "emissionsRange", "impressions", "usefulImpressions"]
}
