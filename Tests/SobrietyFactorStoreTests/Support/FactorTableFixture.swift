import SobrietyCore
import SobrietyFactorStore

/// A small, valid set of factor tables: a few factors, two sources, two platforms, three countries, a manifest.
struct FactorTableFixture {
    /// The header of every factor table.
    static let factorHeader = "key,dimension,value,low,high,unit,source,year,note"

    /// The files by name.
    var files: [String: String] = [
        "manifest.csv": """
        field,value
        name,fixture-set
        version,2026.0

        """,
        "sources.csv": """
        id,publisher,title,year,url,licence
        EMBER,Ember,"Yearly electricity data, 2024",2024,https://ember-energy.org/,CC BY 4.0
        SOBRIETY,Sobriety maintainers,Judgement documented in the note,2026,Factors/README.md,MIT

        """,
        "platforms.csv": """
        platform,name,channel,default_format,default_buying,mfa_applies,source,note
        tiktok,TikTok,social,video,social,false,SOBRIETY,judgement: short-form video feed.
        open_web,Open web,web,image,open_exchange,true,SOBRIETY,"judgement: display, bought on the open exchange."

        """,
        "countries.csv": """
        alpha2,alpha3,name
        FR,FRA,France
        DE,DEU,Germany
        WORLD,WORLD,World

        """,
        "grid.csv": """
        \(Self.factorHeader)
        grid.intensity,FR,56,44.8,70,gCO2e/kWh,EMBER,2024,Ember 2024 annual average.
        grid.intensity,DE,381,304.8,476.25,gCO2e/kWh,EMBER,2024,"Ember 2024; range ""0.8 × to 1.25 ×""."
        grid.intensity,WORLD,472.94,213.02,494,gCO2e/kWh,EMBER,2024,"A note
        on two lines."
        network.use.fixed,,0.0065,0.0032,0.03,kWh/GB,SOBRIETY,2026,judgement: fixed network.

        """,
        "platform-defaults.csv": """
        \(Self.factorHeader)
        platform.device_share,tiktok/mobile,0.97,0.97,0.97,ratio,SOBRIETY,2026,judgement: mix.
        platform.device_share,tiktok/tablet,0.02,0.02,0.02,ratio,SOBRIETY,2026,judgement: mix.
        platform.device_share,tiktok/desktop,0.01,0.01,0.01,ratio,SOBRIETY,2026,judgement: mix.
        platform.device_share,open_web/mobile,0.6,0.6,0.6,ratio,SOBRIETY,2026,judgement: mix.
        platform.device_share,open_web/desktop,0.4,0.4,0.4,ratio,SOBRIETY,2026,judgement: mix.
        video.watch_seconds,tiktok,8,3,30,s,SOBRIETY,2026,judgement: swiped within seconds.
        video.watch_seconds,open_web,10,2,30,s,SOBRIETY,2026,judgement: out-stream and in-stream mix.
        waste.frequency_threshold,,1.2e1,3,2e1,exposures/person,SOBRIETY,2026,judgement: exponent form.

        """,
        "README.md": "Not a table: the importer ignores it.\n",
    ]

    /// The files as the store takes them, sorted by name.
    var tables: [(name: String, contents: String)] {
        files.keys.sorted().compactMap { name in files[name].map { (name: name, contents: $0) } }
    }

    /// The fixture with one file's contents replaced, or the file removed when `contents` is `nil`.
    func replacing(_ name: String, with contents: String?) -> FactorTableFixture {
        var fixture = self
        fixture.files[name] = contents
        return fixture
    }

    /// The fixture with a row appended to a file.
    func appending(_ row: String, to name: String) -> FactorTableFixture {
        replacing(name, with: (files[name] ?? "") + row + "\n")
    }

    /// A store built from the fixture.
    func store() throws -> FactorStore {
        try FactorStore.build(fromTables: tables)
    }

    /// The problems building a store from the fixture reports, as their descriptions; empty if it builds.
    func problems() -> [String] {
        importError().map { $0.problems.map(\.description) } ?? []
    }

    /// The error building a store from the fixture throws, split into its parts; `nil` if it builds.
    func importError() -> (problems: [Diagnostic], truncated: Bool)? {
        do {
            _ = try store()
            return nil
        } catch FactorStoreError.invalidTables(let problems, let truncated) {
            return (problems, truncated)
        } catch {
            return ([Diagnostic(severity: .error, code: "unexpected", location: nil, message: "\(error)")], false)
        }
    }
}
