// swift-tools-version: 6.1
import PackageDescription

let staticRelease = Context.environment["CHIBO_STATIC_RELEASE"] != nil

let package = Package(
    name: "chibo",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "chibo", targets: ["chibo"]),
        .library(name: "ChiboKit", targets: ["ChiboKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Only in tests: the reference our own template engine is compared with.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // Organisation records arrive as Excel exports.
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        // `chibo build --zip`: one file to carry to a commune PC (needs zlib1g-dev).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // `chibo serve`: a small HTTP server on Swift concurrency, no SwiftNIO.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // The system C library. Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Small system calls Foundation does not offer (atomic directory swap),
        // and the memory allocator: mimalloc (Debian: libmimalloc-dev) takes
        // over malloc for the whole process. A build makes millions of small
        // strings and arrays on every core; glibc's malloc took a sixth of
        // its time and kept freed memory scattered over per-thread arenas.
        // The release that runs anywhere (scripts/release.sh sets
        // CHIBO_STATIC_RELEASE) leaves mimalloc out: Debian ships it only as
        // a shared library, which a bare system does not have.
        .target(
            name: "CChiboSystem",
            cSettings: staticRelease ? [.define("CHIBO_WITHOUT_MIMALLOC")] : [],
            linkerSettings: staticRelease ? [] : [.linkedLibrary("mimalloc")]
        ),
        .target(
            name: "ChiboKit",
            dependencies: [
                "CCmarkGFM",
                "CChiboSystem",
                .product(name: "Yams", package: "Yams"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ],
            plugins: ["EmbedTheme"]
        ),
        // theme/ and VERSION compiled into ChiboKit when it is built, so that
        // chibo is one file with its default theme in it.
        .plugin(name: "EmbedTheme", capability: .buildTool()),
        .executableTarget(
            name: "chibo",
            dependencies: [
                "ChiboKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Measurements the issues ask for: `swift run -c release chibo-bench`.
        .executableTarget(
            name: "chibo-bench",
            dependencies: ["ChiboKit"],
            path: "Benchmarks/chibo-bench"
        ),
        // The command line itself: mistyped commands, help that can be copied.
        .testTarget(
            name: "chiboTests",
            dependencies: ["chibo", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "ChiboKitTests",
            dependencies: [
                "ChiboKit",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
