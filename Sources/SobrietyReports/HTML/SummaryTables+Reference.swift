import SobrietyCore

extension SummaryTables {
    /// The method's settings: its name, how ranges are computed, draws, seed and percentiles.
    func methodSettings(_ report: AuditReport) throws -> ReportTable {
        let range = report.method.range
        return ReportTable(
            columns: [.text(words.settingColumn), .text(words.valueColumn)],
            rows: [
                [words.methodRow, report.method.name],
                [words.rangesRow, range.kind],
                [words.drawsRow, language.numbers.count(range.draws)],
                [words.seedRow, String(range.seed)],
                [words.percentilesRow, try language.percentiles(range)],
            ]
        )
    }

    /// Every source cited, its address as plain text.
    func sources(_ report: AuditReport) -> ReportTable {
        ReportTable(
            columns: [
                .text(words.idColumn),
                .text(words.publisherColumn),
                .text(words.titleColumn),
                .number(words.yearColumn),
                .text(words.urlColumn),
                .text(words.licenceColumn),
            ],
            rows: report.sources.map { source in
                [source.id, source.publisher, source.title, String(source.year), source.url, source.licence]
            }
        )
    }

    /// The factor set's name, version and digest.
    func factorSet(_ report: AuditReport) -> ReportTable {
        ReportTable(
            columns: [.text(words.factorSetColumn), .text(words.versionColumn), .text(words.sha256Column)],
            rows: [[report.factorSet.name, report.factorSet.version, report.factorSet.sha256]]
        )
    }

    /// Each input file with its format, rows and digest.
    func inputs(_ report: AuditReport) -> ReportTable {
        ReportTable(
            columns: [
                .text(words.inputFileColumn),
                .text(words.formatColumn),
                .number(words.rowsColumn),
                .text(words.sha256Column),
            ],
            rows: report.inputs.map { input in
                [input.path, input.format, language.numbers.count(input.rows), input.sha256]
            }
        )
    }

    /// The input warnings with their codes and lines.
    func warnings(_ report: AuditReport) -> ReportTable {
        ReportTable(
            columns: [.text(words.codeColumn), .number(words.lineColumn), .text(words.messageColumn)],
            rows: report.warnings.map { warning in
                [warning.code, warning.line.map(String.init) ?? words.notApplicable, warning.message]
            }
        )
    }

    private var words: ReportStrings { language.strings }
}
