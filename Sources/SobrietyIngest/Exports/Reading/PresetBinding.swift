/// Which fields of an export's rows feed what, found by matching its header row against a preset.
struct PresetBinding: Sendable {
    /// The preset.
    let preset: ExportPreset
    /// The header's names, in field order.
    let headers: [HeaderName]
    /// The position of the field that feeds each export field the header has.
    let indexByField: [ExportField: Int]
    /// The positions of the fields whose values, joined, make a row's line item.
    let lineItemIndices: [Int]
    /// The header names no field or line-item part uses, as written, each once.
    let unmappedNames: [String]
    /// The currency the spend column's header names, `Amount spent (EUR)`.
    let spendCurrency: String?

    init(preset: ExportPreset, headers: [HeaderName]) {
        self.preset = preset
        self.headers = headers
        func position(of names: [String]) -> Int? {
            for name in names {
                if let index = headers.firstIndex(where: { $0.key == name }) { return index }
            }
            return nil
        }
        var indexByField: [ExportField: Int] = [:]
        for (field, names) in preset.fields {
            if let index = position(of: names) { indexByField[field] = index }
        }
        var lineItemIndices: [Int] = []
        for part in preset.lineItemParts {
            if let index = position(of: part), !lineItemIndices.contains(index) { lineItemIndices.append(index) }
        }
        let used = Set(indexByField.values).union(lineItemIndices)
        var unmapped: [String] = []
        for (index, header) in headers.enumerated()
        where !used.contains(index) && !header.written.isEmpty && !unmapped.contains(header.written) {
            unmapped.append(header.written)
        }
        self.indexByField = indexByField
        self.lineItemIndices = lineItemIndices
        self.unmappedNames = unmapped
        self.spendCurrency = indexByField[.spend].flatMap { headers[$0].currency }
    }

    /// The name messages show for `field`'s column: as the export writes it.
    func headerName(of field: ExportField) -> String? {
        indexByField[field].map { headers[$0].written }
    }

    /// The name messages show for a canonical column the mapper fills: the export's column that feeds it,
    /// or the canonical name with the columns it is derived from.
    func shownNames() -> [CampaignColumn: String] {
        var names: [CampaignColumn: String] = [:]
        for column in CampaignColumn.allCases {
            if let field = ExportField(rawValue: column.rawValue), let name = headerName(of: field) {
                names[column] = name
            }
        }
        let parts = lineItemIndices.map { "'\(headers[$0].written)'" }
        names[.lineItem] = parts.isEmpty ? "line_item" : "line_item (from \(parts.joined(separator: " + ")))"
        if let day = headerName(of: .date) {
            if names[.startDate] == nil { names[.startDate] = day }
            if names[.endDate] == nil { names[.endDate] = day }
        }
        if names[.watchMinutes] == nil,
            let source = headerName(of: .watchSeconds) ?? headerName(of: .averageWatchSecondsPerImpression)
        {
            names[.watchMinutes] = "watch_minutes (from '\(source)')"
        }
        if names[.viewabilityRate] == nil, let viewable = headerName(of: .viewableImpressions) {
            names[.viewabilityRate] = "viewability_rate (from '\(viewable)')"
        }
        if names[.invalidTrafficRate] == nil,
            let source = headerName(of: .invalidImpressions) ?? headerName(of: .billableImpressions)
        {
            names[.invalidTrafficRate] = "ivt_rate (from '\(source)')"
        }
        return names
    }
}
