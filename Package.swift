// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Mandate",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Mandate", targets: ["MandateModel"]),
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
            name: "MandateSynthesis"
        ),
        .executableTarget(
            name: "mandate-benchmarks",
            dependencies: ["MandateModel", "MandateSynthesis", "CLibYAML"],
            path: "Benchmarks/MandateBenchmarks"
        ),
        .executableTarget(
            name: "mandate",
            dependencies: [
                "MandateModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "MandateModelTests",
            dependencies: ["MandateModel", "MandateSynthesis"]
        ),
        .testTarget(
            name: "MandateCLITests",
            dependencies: ["mandate"]
        ),
    ]
)
