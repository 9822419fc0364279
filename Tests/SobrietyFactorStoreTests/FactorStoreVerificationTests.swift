import Foundation
import GRDB
import SobrietyCore
import SobrietyFactorStore
import Testing

@Suite struct FactorStoreVerificationTests {
    private let fixture = FactorTableFixture()

    @Test func aSoundStorePassesEveryCheck() throws {
        let verification = try fixture.store().verify()

        #expect(verification.passed)
        #expect(verification.checks == FactorStoreCheck.allCases)
        #expect(verification.problems.isEmpty)
        #expect(
            verification.description == """
                integrity: passed
                schema version: passed
                digest: passed
                factor sources: passed
                factor ranges: passed
                platform device shares: passed
                platform watch time: passed
                """
        )
    }

    @Test func reportsDeviceSharesThatDoNotSumToOne() throws {
        // Given a platform whose shares sum to 0.75
        let store = try fixture.replacing(
            "platform-defaults.csv",
            with: fixture.files["platform-defaults.csv"]?.replacingOccurrences(
                of: "open_web/desktop,0.4,0.4,0.4",
                with: "open_web/desktop,0.15,0.15,0.15"
            )
        )
        .store()

        // Then verification fails on that check only
        let verification = try store.verify()
        #expect(!verification.passed)
        #expect(
            verification.problems == [
                "platform device shares: platform open_web: device shares sum to 0.75, expected 1"
            ]
        )
    }

    @Test func reportsAPlatformWithoutDeviceSharesOrWatchTime() throws {
        let store = try fixture.appending(
            "ctv,Connected TV,ctv,video,open_exchange,true,SOBRIETY,judgement: TV apps.",
            to: "platforms.csv"
        )
        .store()

        #expect(
            try store.verify().problems == [
                "platform device shares: platform ctv has no platform.device_share rows",
                "platform watch time: platform ctv has no video.watch_seconds row (dimension ctv)",
            ]
        )
    }

    @Test func reportsDeviceSharesOfUnknownPlatformsOrDevices() throws {
        let store =
            try fixture
            .appending("platform.device_share,tiktok/watch,0,0,0,ratio,SOBRIETY,2026,m.", to: "platform-defaults.csv")
            .appending("platform.device_share,myspace/mobile,1,1,1,ratio,SOBRIETY,2026,m.", to: "platform-defaults.csv")
            .appending("platform.device_share,mobile,1,1,1,ratio,SOBRIETY,2026,m.", to: "platform-defaults.csv")
            .store()

        #expect(
            try store.verify().problems(for: .platformDeviceShares) == [
                "platform.device_share[mobile]: expected a platform/device dimension",
                "platform.device_share[myspace/mobile]: platform 'myspace' is unknown",
                "platform.device_share[tiktok/watch]: expected a device among mobile, desktop, tablet, tv, "
                    + "found 'watch'",
            ]
        )
    }

    @Test func reportsFactorsThatBypassedTheSchemaConstraints() throws {
        // Given a database changed by a program that turned the constraints off, its digest then updated to match
        let directory = try TemporaryDirectory()
        let path = directory.file("factors.sqlite")
        try fixture.store().export(toSQLite: path)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "UPDATE factors SET source = 'NOPE' WHERE dimension = 'FR'")
            try db.execute(sql: "UPDATE factors SET low = 500 WHERE dimension = 'DE'")
        }
        var computed = ""
        do {
            _ = try FactorStore(path: path)
        } catch FactorStoreError.digestMismatch(_, _, let digest) {
            computed = digest
        }
        try queue.write { db in try db.execute(sql: "UPDATE factor_set SET sha256 = ?", arguments: [computed]) }
        try queue.close()

        // When the store is opened and verified
        let verification = try FactorStore(path: path).verify()

        // Then both problems are reported, under their checks
        #expect(
            verification.problems(for: .factorSources) == [
                "factor grid.intensity[FR] cites source 'NOPE', which is not in sources"
            ]
        )
        #expect(
            verification.problems(for: .factorRanges) == [
                "factor grid.intensity[DE]: expected finite values with low <= value <= high, found low 500.0, "
                    + "value 381.0, high 476.25"
            ]
        )
        #expect(verification.problems(for: .digest).isEmpty)
        #expect(verification.description.contains("factor sources: failed\n  - factor grid.intensity[FR] cites"))
    }
}
