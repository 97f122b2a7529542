// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Mandate",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Mandate", targets: ["MandateModel", "MandateRules", "MandateDiff", "MandateReporting", "MandateRender"]),
        .executable(name: "mandate", targets: ["mandate"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
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
            dependencies: ["MandateModel", "MandateRules", "MandateRender"]
        ),
        .target(
            name: "MandateReporting",
            dependencies: ["MandateModel", "MandateRules", "MandateDiff"]
        ),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(
            name: "MandateRender",
            dependencies: ["MandateModel", "CGraphviz"]
        ),
        .target(
            name: "MandateSynthesis"
        ),
        .executableTarget(
            name: "mandate-benchmarks",
            dependencies: ["MandateModel", "MandateRules", "MandateRender", "MandateDiff", "MandateSynthesis", "CLibYAML",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/MandateBenchmarks"
        ),
        .executableTarget(
            name: "mandate",
            dependencies: [
                "MandateModel",
                "MandateRules",
                "MandateReporting",
                "MandateRender",
                "MandateDiff",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "MandateModelTests",
            dependencies: ["MandateModel", "MandateSynthesis"]
        ),
        .testTarget(
            name: "MandateRulesTests",
            dependencies: ["MandateModel", "MandateRules", "MandateReporting", "MandateSynthesis"]
        ),
        .testTarget(
            name: "MandateDiffTests",
            dependencies: ["MandateModel", "MandateRules", "MandateDiff", "MandateSynthesis"]
        ),
        .testTarget(
            name: "MandateRenderTests",
            dependencies: ["MandateModel", "MandateRender"]
        ),
        .testTarget(
            name: "MandateCLITests",
            dependencies: ["mandate", "MandateSynthesis"]
        ),
    ]
)
