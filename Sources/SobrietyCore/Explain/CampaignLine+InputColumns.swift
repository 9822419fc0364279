extension CampaignLine {
    /// The columns this line gave a value for, with the parsed values, in contract column order.
    var givenColumns: [LineExplanation.InputColumn] {
        cells.compactMap { column, value in value.map { .init(name: column, value: $0) } }
    }
}
