// swift-tools-version: 6.1
// libFuzzer targets for chibo (issue 8). Not part of the root package, so
// `swift build` and `swift test` there are unaffected. Build and run with
// `scripts/fuzz.sh` (it passes -sanitize=fuzzer,address); see README.md.
import PackageDescription

let package = Package(
    name: "chibo-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "chibo", path: ".."),
    ],
    targets: [
        // What every target shares: the real content folder, read once.
        .target(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer", .product(name: "ChiboKit", package: "chibo")]),
        .executableTarget(name: "fuzz-front-matter", dependencies: ["FuzzSupport", .product(name: "ChiboKit", package: "chibo")]),
        .executableTarget(name: "fuzz-markdown-citations", dependencies: ["FuzzSupport", .product(name: "ChiboKit", package: "chibo")]),
        .executableTarget(name: "fuzz-csv-records", dependencies: ["FuzzSupport", .product(name: "ChiboKit", package: "chibo")]),
        .executableTarget(name: "fuzz-slug", dependencies: ["FuzzSupport", .product(name: "ChiboKit", package: "chibo")]),
        .executableTarget(name: "fuzz-import", dependencies: ["FuzzSupport", .product(name: "ChiboKit", package: "chibo")]),
    ],
    swiftLanguageModes: [.v6]
)
