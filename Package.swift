// swift-tools-version: 6.1
import PackageDescription

/// Settings every target shares: Swift 6 language mode plus the upcoming features that keep
/// dependencies explicit (see ../shared/research/aesthetics.md §(b)).
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Sobriety",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Sobriety", targets: ["Sobriety"]),
        .executable(name: "audit", targets: ["audit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // Pure: values in, values out. No file I/O, no SQLite, no clock, no printing.
        .target(name: "SobrietyCore", swiftSettings: strictSettings),
        // Edges.
        .target(
            name: "SobrietyIngest",
            dependencies: [
                "SobrietyCore",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            // The preset files are built into BundledPresets.swift (see its test), not shipped as resources.
            exclude: ["Exports/Presets/Data"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "SobrietyFactorStore",
            dependencies: [
                "SobrietyCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "SobrietyReports",
            dependencies: ["SobrietyCore", .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: strictSettings
        ),
        // Umbrella: `import Sobriety` and the Auditor facade.
        .target(
            name: "Sobriety",
            dependencies: ["SobrietyCore", "SobrietyIngest", "SobrietyFactorStore", "SobrietyReports"],
            swiftSettings: strictSettings
        ),
        // The command line: the only importer of ArgumentParser.
        .executableTarget(
            name: "audit",
            dependencies: ["Sobriety", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SobrietyCoreTests",
            dependencies: ["SobrietyCore", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Transfer/Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SobrietyIngestTests",
            dependencies: ["SobrietyCore", "SobrietyIngest"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SobrietyFactorStoreTests",
            dependencies: ["SobrietyCore", "SobrietyFactorStore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SobrietyReportsTests",
            dependencies: ["SobrietyCore", "SobrietyReports"],
            exclude: ["Snapshots"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "AuditCLITests",
            dependencies: [
                "Sobriety",
                "audit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // Tampers with exported factor databases, as an attacker's tool would.
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            // Inputs the malformed-input test runs the binary on, not sources.
            exclude: ["MalformedInputs"],
            swiftSettings: strictSettings
        ),
    ]
)
