// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Mandate",
    platforms: [.macOS(.v14)],
    products: [
        // Everything, Graphviz included: `import Mandate`.
        .library(name: "Mandate", targets: ["Mandate"]),
        // Loading, checking, comparing and reports, without Graphviz: `import MandateCore`.
        .library(name: "MandateCore", targets: ["MandateCore"]),
        .executable(name: "mandate", targets: ["MandateCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.20.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(
            name: "MandateModel",
            dependencies: ["CLibYAML"]
        ),
        .target(
            name: "MandateRules",
            dependencies: ["MandateModel"]
        ),
        .target(
            name: "MandateDiff",
            dependencies: ["MandateModel", "MandateRules"]
        ),
        .target(
            name: "MandateAnalysis",
            dependencies: ["MandateModel", "MandateRules", "MandateDiff"]
        ),
        .target(
            name: "MandateReporting",
            dependencies: ["MandateModel", "MandateRules", "MandateDiff", "MandateAnalysis"]
        ),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(
            name: "MandateRender",
            dependencies: ["MandateModel", "MandateDiff", "CGraphviz"]
        ),
        .target(
            name: "MandateHTML",
            dependencies: ["MandateModel", "MandateRules", "MandateDiff", "MandateAnalysis", "MandateReporting", "MandateRender"]
        ),
        .target(
            name: "MandateLanguageServer",
            dependencies: ["MandateModel", "MandateRules", "MandateReporting", "MandateHTML"]
        ),
        .target(
            name: "MandateServe",
            dependencies: ["MandateModel", "MandateRules", "MandateDiff", "MandateReporting", "MandateHTML",
                           .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                           .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "MandateCore",
            dependencies: ["MandateModel", "MandateRules", "MandateDiff", "MandateAnalysis", "MandateReporting"]
        ),
        .target(
            name: "Mandate",
            dependencies: ["MandateCore", "MandateRender", "MandateHTML"]
        ),
        .target(
            name: "MandateSynthesis"
        ),
        .executableTarget(
            name: "mandate-benchmarks",
            dependencies: ["MandateModel", "MandateRules", "MandateRender", "MandateDiff", "MandateSynthesis", "MandateLanguageServer", "CLibYAML",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/MandateBenchmarks"
        ),
        .executableTarget(
            name: "MandateCLI",
            dependencies: [
                "MandateModel",
                "MandateRules",
                "MandateReporting",
                "MandateRender",
                "MandateHTML",
                "MandateDiff",
                "MandateAnalysis",
                "MandateLanguageServer",
                "MandateServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "MandateTestSupport",
            path: "Tests/MandateTestSupport"
        ),
        .testTarget(
            name: "MandateModelTests",
            dependencies: ["MandateModel", "MandateSynthesis", "MandateTestSupport"]
        ),
        .testTarget(
            name: "MandateRulesTests",
            dependencies: ["MandateModel", "MandateRules", "MandateReporting", "MandateSynthesis", "MandateTestSupport"]
        ),
        .testTarget(
            name: "MandateDiffTests",
            dependencies: ["MandateModel", "MandateRules", "MandateDiff", "MandateReporting", "MandateSynthesis"]
        ),
        .testTarget(
            name: "MandateRenderTests",
            dependencies: ["MandateModel", "MandateRender", "MandateDiff", "MandateSynthesis"]
        ),
        .testTarget(
            name: "MandateCLITests",
            dependencies: ["MandateCLI", "MandateModel", "MandateRender", "MandateSynthesis", "MandateTestSupport"]
        ),
        .testTarget(
            name: "MandateLanguageServerTests",
            dependencies: ["MandateLanguageServer", "MandateModel", "MandateSynthesis"]
        ),
        .testTarget(
            name: "MandateServeTests",
            dependencies: ["MandateServe"]
        ),
        .testTarget(
            name: "MandateLibraryTests",
            dependencies: ["Mandate"]
        ),
    ]
)
