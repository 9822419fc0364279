import SobrietyCore
import SobrietyFactorStore
import Testing

@Suite struct FactorTableImporterTests {
    private let fixture = FactorTableFixture()
    /// A valid row for `grid.csv`, which the error tests alter one field at a time.
    private static let validRow = "grid.intensity,IT,300,240,375,gCO2e/kWh,EMBER,2024,Ember 2024."
    /// The line the first row appended to `grid.csv` lands on.
    private static let appendedLine = "grid.csv:7"

    private func problems(appendingToGrid row: String) -> [String] {
        fixture.appending(row, to: "grid.csv").problems()
    }

    // MARK: - A valid set

    @Test func importsTheFixture() throws {
        // Given the fixture tables
        // When they are imported
        let set = try fixture.store().factorSet()

        // Then every table's content is in the set
        #expect(set.identity.name == "fixture-set")
        #expect(set.identity.version == "2026.0")
        #expect(set.factors.count == 12)
        #expect(set.factor(.gridIntensity, "FR")?.value == 56)
        #expect(set.factor(.gridIntensity, "DE")?.note == "Ember 2024; range \"0.8 × to 1.25 ×\".")
        #expect(set.factor(.gridIntensity, "WORLD")?.note == "A note\non two lines.")
        #expect(set.factor(.networkUseFixed)?.dimension == nil)
        #expect(set.factor(.frequencyThreshold)?.value == 12)
        #expect(set.factor(.frequencyThreshold)?.high == 20)
        #expect(set.sources["EMBER"]?.title == "Yearly electricity data, 2024")
        #expect(set.sources.keys.sorted() == ["EMBER", "SOBRIETY"])
        #expect(
            set.platforms["open_web"]
                == PlatformProfile(
                    key: "open_web",
                    name: "Open web",
                    channel: "web",
                    defaultFormat: .image,
                    defaultBuying: .openExchange,
                    hasMadeForAdvertisingInventory: true,
                    source: "SOBRIETY",
                    note: "judgement: display, bought on the open exchange."
                )
        )
        #expect(set.countries["FR"] == Country(alpha2: "FR", alpha3: "FRA", name: "France"))
        #expect(set.countries.count == 3)
    }

    @Test func digestIsLowercaseHexSHA256OfTheCanonicalContent() throws {
        let set = try fixture.store().factorSet()

        #expect(set.identity.sha256.count == 64)
        #expect(set.identity.sha256.allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test func acceptsCarriageReturnLineFeeds() throws {
        // Given the fixture with every line ending in \r\n
        var crlf = fixture
        for (name, contents) in fixture.files {
            crlf.files[name] = contents.replacingLineFeeds(with: "\r\n")
        }

        // Then it imports to the same content
        #expect(try crlf.store().factorSet().comparableContent == fixture.store().factorSet().comparableContent)
    }

    @Test func ignoresFilesThatAreNotCSV() throws {
        let withNotes = fixture.replacing("NOTES.txt", with: "key,oops\n")

        #expect(try withNotes.store().factorSet().comparableContent == fixture.store().factorSet().comparableContent)
    }

    @Test func factorTablesAreKnownByTheirHeaderWhateverTheirName() throws {
        let extra = fixture.replacing("anything.csv", with: "\(FactorTableFixture.factorHeader)\n\(Self.validRow)\n")

        #expect(try extra.store().factorSet().factor(.gridIntensity, "IT")?.value == 300)
    }

    // MARK: - Headers and files

    @Test func rejectsAnUnknownHeader() {
        #expect(
            fixture.replacing("extra.csv", with: "a,b\n1,2\n").problems() == [
                "extra.csv:1: expected the header key,dimension,value,low,high,unit,source,year,note (a factor table) "
                    + "or a file named countries.csv, manifest.csv, platforms.csv or sources.csv, found \"a,b\""
            ]
        )
    }

    @Test func rejectsAWrongHeaderInANamedTable() {
        #expect(
            fixture.replacing("sources.csv", with: "id,publisher,title,year,url\n").problems() == [
                "sources.csv:1: expected the header id,publisher,title,year,url,licence, "
                    + "found \"id,publisher,title,year,url\""
            ]
        )
    }

    @Test func rejectsAnEmptyFile() {
        #expect(
            fixture.replacing("grid.csv", with: "").problems() == [
                "grid.csv:1: expected a header row, found an empty file"
            ]
        )
    }

    @Test func rejectsAMissingTable() {
        #expect(
            fixture.replacing("countries.csv", with: nil).problems() == [
                "expected a file named countries.csv with the header alpha2,alpha3,name, found none"
            ]
        )
    }

    @Test func rejectsASetWithoutFactorTables() {
        let withoutFactors = fixture.replacing("grid.csv", with: nil).replacing("platform-defaults.csv", with: nil)

        #expect(
            withoutFactors.problems() == [
                "expected at least one factor table (a CSV file with the header "
                    + "key,dimension,value,low,high,unit,source,year,note), found none"
            ]
        )
    }

    @Test func rejectsMalformedCSV() {
        #expect(
            problems(appendingToGrid: "grid.intensity,IT,300,240,375,gCO2e/kWh,EMBER,2024,\"unclosed") == [
                "\(Self.appendedLine): expected a closing quote for the field opened on this line, "
                    + "found the end of the file"
            ]
        )
        #expect(
            problems(appendingToGrid: "grid.intensity,IT,300,240,375,gCO2e/kWh,EMBER,2024,a \"quote\"") == [
                "\(Self.appendedLine): expected a quote only at the start of a field (quote the whole field and "
                    + "double the quote), found a quote inside an unquoted field"
            ]
        )
    }

    // MARK: - Factor rows

    @Test func rejectsAWrongFieldCount() {
        #expect(
            problems(appendingToGrid: "grid.intensity,IT,300") == [
                "\(Self.appendedLine): expected 9 fields (key,dimension,value,low,high,unit,source,year,note), found 3"
            ]
        )
    }

    @Test(arguments: ["abc", "", "0x1p3", "inf", "nan", "1,5", " 300"])
    func rejectsANonNumericValue(_ value: String) {
        let row = "grid.intensity,IT,\"\(value)\",240,375,gCO2e/kWh,EMBER,2024,Ember 2024."

        #expect(
            problems(appendingToGrid: row) == [
                "\(Self.appendedLine): column 'value': expected a number, found \"\(value)\""
            ]
        )
    }

    @Test func rejectsANonFiniteValue() {
        #expect(
            problems(appendingToGrid: "grid.intensity,IT,300,240,1e999,gCO2e/kWh,EMBER,2024,Ember 2024.") == [
                "\(Self.appendedLine): column 'high': expected a finite number, found \"1e999\""
            ]
        )
    }

    @Test func rejectsALowAboveTheValue() {
        #expect(
            problems(appendingToGrid: "grid.intensity,IT,300,310,375,gCO2e/kWh,EMBER,2024,Ember 2024.") == [
                "\(Self.appendedLine): column 'low': expected low <= value <= high, found low 310, value 300, high 375"
            ]
        )
    }

    @Test func rejectsAHighBelowTheValue() {
        #expect(
            problems(appendingToGrid: "grid.intensity,IT,300,240,2.5e2,gCO2e/kWh,EMBER,2024,Ember 2024.") == [
                "\(Self.appendedLine): column 'high': expected low <= value <= high, found low 240, value 300, "
                    + "high 2.5e2"
            ]
        )
    }

    @Test(arguments: [
        ("unit", "grid.intensity,IT,300,240,375,,EMBER,2024,Ember 2024."),
        ("source", "grid.intensity,IT,300,240,375,gCO2e/kWh,,2024,Ember 2024."),
        ("note", "grid.intensity,IT,300,240,375,gCO2e/kWh,EMBER,2024,"),
        ("key", ",IT,300,240,375,gCO2e/kWh,EMBER,2024,Ember 2024."),
    ])
    func rejectsAnEmptyRequiredField(column: String, row: String) {
        #expect(
            problems(appendingToGrid: row) == [
                "\(Self.appendedLine): column '\(column)': expected a non-empty value, found an empty field"
            ]
        )
    }

    @Test func rejectsASourceNotInSources() {
        #expect(
            problems(appendingToGrid: "grid.intensity,IT,300,240,375,gCO2e/kWh,IEA,2024,Ember 2024.") == [
                "\(Self.appendedLine): column 'source': expected an id listed in sources.csv, found \"IEA\""
            ]
        )
    }

    @Test(arguments: ["2024.5", "", "MMXXIV"])
    func rejectsANonIntegerYear(_ year: String) {
        #expect(
            problems(appendingToGrid: "grid.intensity,IT,300,240,375,gCO2e/kWh,EMBER,\(year),Ember 2024.") == [
                "\(Self.appendedLine): column 'year': expected an integer year, found \"\(year)\""
            ]
        )
    }

    @Test func rejectsADuplicateKeyAndDimension() {
        #expect(
            problems(appendingToGrid: "grid.intensity,FR,300,240,375,gCO2e/kWh,EMBER,2024,Again.") == [
                "\(Self.appendedLine): column 'key': expected each (key, dimension) once, "
                    + "found grid.intensity[FR] again (first on grid.csv:2)"
            ]
        )
    }

    @Test func rejectsADuplicateKeyWithoutDimensionAcrossFiles() {
        let duplicate = fixture.appending(
            "network.use.fixed,,0.007,0.003,0.03,kWh/GB,SOBRIETY,2026,Again.",
            to: "platform-defaults.csv"
        )

        #expect(
            duplicate.problems() == [
                "platform-defaults.csv:10: column 'key': expected each (key, dimension) once, "
                    + "found network.use.fixed again (first on grid.csv:6)"
            ]
        )
    }

    @Test func reportsEveryProblemOfARowAndOfEveryRow() {
        let broken =
            fixture
            .appending("grid.intensity,IT,abc,240,375,,EMBER,20x4,Ember 2024.", to: "grid.csv")
            .appending("grid.intensity,ES,1,2,3,gCO2e/kWh,NOPE,2024,", to: "grid.csv")

        #expect(
            broken.problems() == [
                "grid.csv:7: column 'value': expected a number, found \"abc\"",
                "grid.csv:7: column 'unit': expected a non-empty value, found an empty field",
                "grid.csv:7: column 'year': expected an integer year, found \"20x4\"",
                "grid.csv:8: column 'source': expected an id listed in sources.csv, found \"NOPE\"",
                "grid.csv:8: column 'note': expected a non-empty value, found an empty field",
                "grid.csv:8: column 'low': expected low <= value <= high, found low 2, value 1, high 3",
            ]
        )
    }

    @Test func keepsAtMostFiftyProblems() throws {
        // Given 60 rows with a bad value
        var broken = fixture
        for index in 0..<60 {
            broken = broken.appending("grid.intensity,X\(index),abc,1,2,u,EMBER,2024,n", to: "grid.csv")
        }

        // Then 50 are listed and the error says there were more
        let error = try #require(broken.importError())
        #expect(error.problems.count == 50)
        #expect(error.truncated)
        let description = FactorStoreError.invalidTables(problems: error.problems, truncated: error.truncated)
            .description
        #expect(description.hasPrefix("the factor tables have 50 problems:\n  grid.csv:7: column 'value'"))
        #expect(description.hasSuffix("\n  (further problems not shown)"))
    }

    @Test func describesTheProblemsOneALine() {
        let error = FactorStoreError.invalidTables(
            problems: [
                Diagnostic(
                    severity: .error,
                    code: "not-a-number",
                    location: SourceLocation(file: "grid.csv", line: 7, column: "value"),
                    message: "expected a number, found \"abc\""
                )
            ],
            truncated: false
        )

        #expect(
            error.description
                == "the factor tables have 1 problem:\n  grid.csv:7: column 'value': expected a number, found \"abc\""
        )
    }

    // MARK: - Other tables

    @Test func rejectsAnUnknownFormatOrBuyingMode() {
        let platform = "snap,Snap,social,banner,auction,false,SOBRIETY,judgement."

        #expect(
            fixture.appending(platform, to: "platforms.csv").problems() == [
                "platforms.csv:4: column 'default_format': expected one of video, image, carousel, story, text, "
                    + "live, audio, found \"banner\"",
                "platforms.csv:4: column 'default_buying': expected one of social, open_exchange, pmp, direct, "
                    + "organic, found \"auction\"",
            ]
        )
    }

    @Test func rejectsAnMFAFlagThatIsNotABoolean() {
        let platform = "snap,Snap,social,video,social,yes,SOBRIETY,judgement."

        #expect(
            fixture.appending(platform, to: "platforms.csv").problems() == [
                "platforms.csv:4: column 'mfa_applies': expected true or false, found \"yes\""
            ]
        )
    }

    @Test func rejectsAPlatformCitingAnUnknownSource() {
        let platform = "snap,Snap,social,video,social,false,NOPE,judgement."

        #expect(
            fixture.appending(platform, to: "platforms.csv").problems() == [
                "platforms.csv:4: column 'source': expected an id listed in sources.csv, found \"NOPE\""
            ]
        )
    }

    @Test func rejectsADuplicateSource() {
        #expect(
            fixture.appending("EMBER,Ember,Again,2024,https://ember-energy.org/,CC BY 4.0", to: "sources.csv")
                .problems() == [
                    "sources.csv:4: column 'id': expected each id once, found \"EMBER\" again (first on sources.csv:2)"
                ]
        )
    }

    @Test func rejectsASourceYearThatIsNotAnInteger() {
        #expect(
            fixture.appending("IEA,IEA,Report,twenty,https://iea.org/,proprietary", to: "sources.csv")
                .problems() == ["sources.csv:4: column 'year': expected an integer year, found \"twenty\""]
        )
    }

    @Test func rejectsADuplicateCountry() {
        #expect(
            fixture.appending("FR,FRA,France again", to: "countries.csv").problems() == [
                "countries.csv:5: column 'alpha2': expected each alpha2 once, found \"FR\" again "
                    + "(first on countries.csv:2)"
            ]
        )
    }

    @Test func rejectsAManifestWithoutVersion() {
        #expect(
            fixture.replacing("manifest.csv", with: "field,value\nname,fixture-set\n").problems() == [
                "manifest.csv: expected a row with field 'version', found none"
            ]
        )
    }

    @Test func rejectsAnUnknownOrEmptyManifestField() {
        let manifest = "field,value\nname,\nversion,1\nowner,me\n"

        #expect(
            fixture.replacing("manifest.csv", with: manifest).problems() == [
                "manifest.csv:2: column 'value': expected a non-empty value, found an empty field",
                "manifest.csv:4: column 'field': expected name or version, found \"owner\"",
            ]
        )
    }
}

extension String {
    fileprivate func replacingLineFeeds(with lineEnd: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: lineEnd)
    }
}
