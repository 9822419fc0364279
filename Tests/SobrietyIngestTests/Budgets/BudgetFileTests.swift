import SobrietyCore
import SobrietyIngest
import Testing

/// Budget files: what a good one gives, and where a bad one is wrong.
@Suite struct BudgetFileTests {
    @Test func aFileGivesTopLevelBudgetsThenScopedOnesAndItsBasis() throws {
        let file = try BudgetFile(
            contents: """
                basis = "high"
                total = "2.5t"
                waste-share = 0.25

                [campaign."Spring launch"]
                total = "1t"

                [platform.tiktok]
                intensity = "40 g/kimp"
                """,
            path: "budgets.toml"
        )
        #expect(file.basis == .high)
        #expect(file.budgets.map(\.metric) == [.total, .wasteShare, .total, .intensity])
        #expect(file.budgets.map(\.limit) == [2_500_000, 0.25, 1_000_000, 40])
        #expect(
            file.budgets.map(\.scope) == [
                nil, nil, BudgetScope(.campaign, "Spring launch"), BudgetScope(.platform, "tiktok"),
            ]
        )
    }

    @Test func aFileWithoutABasisLeavesItToTheCommandLine() throws {
        #expect(try BudgetFile(contents: "total = \"1t\"\n", path: "b.toml").basis == nil)
    }

    @Test(
        arguments: [
            ("total = 2.5\n", "b.toml:1: total needs a unit: write it as a string, such as total = \"2.5t\""),
            (
                "total = \"1t\"\n\n[platform.tiktok]\ntotal = \"3x\"\n",
                "b.toml:4: \"x\" is not a unit for total; expected g, kg or t (e.g. total=2.5t)"
            ),
            (
                "totl = \"1t\"\n",
                "b.toml:1: unknown key \"totl\"; expected total, intensity, useful-intensity, waste-share, basis, "
                    + "[campaign.NAME] or [platform.NAME]"
            ),
            ("basis = \"median\"\n", "b.toml:1: basis must be \"central\" or \"high\""),
            ("platform = \"tiktok\"\n", "b.toml:1: [platform] must be a table of platforms, such as [platform.NAME]"),
            ("[campaign]\nSpring = \"1t\"\n", "b.toml:2: [campaign.Spring] must be a table of budgets"),
            ("total = true\n", "b.toml:1: total must be a string such as \"2.5t\", or a number for waste-share"),
            ("waste-share = 25\n", "b.toml:1: \"25\" is not a share; write waste-share=0.25 or waste-share=25%"),
        ]
    )
    func aBadFileNamesTheLineAndWhatWasExpected(contents: String, message: String) {
        #expect(throws: BudgetFileError.self) { try BudgetFile(contents: contents, path: "b.toml") }
        do {
            _ = try BudgetFile(contents: contents, path: "b.toml")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func invalidTOMLGivesTheParsersLine() {
        do {
            _ = try BudgetFile(contents: "total = \"1t\"\ntotal = \"2t\"\n", path: "b.toml")
            Issue.record("a duplicate key was accepted")
        } catch {
            #expect(error.line == 2)
            #expect(error.description == "b.toml:2: column 1: not valid TOML: \"total\" is already defined on line 1")
        }
    }

    @Test func aMissingFileCannotBeRead() {
        do {
            _ = try BudgetFile(path: "/nonexistent/budgets.toml")
            Issue.record("a missing file was read")
        } catch {
            #expect(error.isUnreadable)
            #expect(error.description == "/nonexistent/budgets.toml: the budget file cannot be read")
        }
    }
}
