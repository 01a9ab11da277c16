// swift-tools-version:6.0
import PackageDescription

/// Layers import downward only (see README.md, "Layers"): demarche (CLI) →
/// DemarcheBenchmarks, DemarcheReport → DemarcheScenario → DemarcheModel →
/// DemarcheKernel, DemarcheRandom → CDemarchePhilox, CDemarcheGSL; under the
/// reports and the CLI, DemarcheBuildInfo (version and git commit).
let package = Package(
    name: "Demarche",
    products: [
        .executable(name: "demarche", targets: ["demarche"]),
        .library(name: "DemarcheKernel", targets: ["DemarcheKernel"]),
        .library(name: "DemarcheRandom", targets: ["DemarcheRandom"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // The git commit of the checkout, written at build time (Sources/DemarcheBuildInfo/README.md).
        .plugin(name: "BuildInfoPlugin", capability: .buildTool()),
        .target(name: "DemarcheBuildInfo", exclude: ["README.md"], plugins: ["BuildInfoPlugin"]),
        .systemLibrary(
            name: "CDemarcheGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"])]
        ),
        // Philox4x32-10 as a GSL generator type: C, because GSL calls it
        // through function pointers; the system library above cannot hold sources.
        .target(
            name: "CDemarchePhilox",
            dependencies: ["CDemarcheGSL"],
            exclude: ["README.md"]
        ),
        .target(
            name: "DemarcheRandom",
            dependencies: ["CDemarcheGSL", "CDemarchePhilox"],
            exclude: ["README.md"]
        ),
        .target(name: "DemarcheKernel", exclude: ["README.md"]),
        .target(
            name: "DemarcheModel",
            dependencies: ["DemarcheKernel", "DemarcheRandom"],
            exclude: ["README.md"]
        ),
        .target(
            name: "DemarcheScenario",
            dependencies: ["DemarcheModel", .product(name: "Yams", package: "Yams")],
            exclude: ["README.md"]
        ),
        .target(
            name: "DemarcheReport",
            dependencies: ["DemarcheBuildInfo", "DemarcheModel", "DemarcheRandom", "CDemarcheGSL"],
            exclude: ["README.md"]
        ),
        .target(
            name: "DemarcheExperiment",
            dependencies: ["DemarcheBuildInfo", "DemarcheModel", "DemarcheReport", "DemarcheRandom", "DemarcheScenario"],
            exclude: ["README.md"]
        ),
        .target(
            name: "DemarcheBenchmarks",
            dependencies: ["DemarcheKernel", "DemarcheRandom", "DemarcheModel"],
            exclude: ["README.md"]
        ),
        .executableTarget(
            name: "demarche",
            dependencies: [
                "DemarcheBuildInfo",
                "DemarcheBenchmarks",
                "DemarcheScenario",
                "DemarcheReport",
                "DemarcheExperiment",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "DemarcheRandomTests",
            dependencies: ["DemarcheRandom", "CDemarcheGSL", "CDemarchePhilox"],
            exclude: ["Reference"]
        ),
        .testTarget(
            name: "DemarcheKernelTests",
            dependencies: ["DemarcheKernel", "DemarcheRandom"]
        ),
        .testTarget(
            name: "DemarcheModelTests",
            dependencies: ["DemarcheModel", "DemarcheScenario", "DemarcheRandom", "CDemarcheGSL"]
        ),
        .testTarget(
            name: "DemarcheScenarioTests",
            dependencies: ["DemarcheScenario", "DemarcheModel"],
            resources: [.copy("Broken")]
        ),
        .testTarget(
            name: "DemarcheReportTests",
            dependencies: ["DemarcheReport", "DemarcheRandom", "CDemarcheGSL"],
            exclude: ["Reference"]
        ),
        .testTarget(
            name: "DemarcheExperimentTests",
            dependencies: ["DemarcheExperiment", "DemarcheScenario", "DemarcheReport", "DemarcheRandom", "DemarcheModel", "DemarcheKernel"]
        ),
        .testTarget(
            name: "DemarcheEndToEndTests",
            dependencies: ["demarche", "DemarcheBenchmarks", .product(name: "Yams", package: "Yams")],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer target (Sources/DemarcheFuzz/README.md): libFuzzer supplies
// `main`, so it exists only for `DEMARCHE_FUZZ=1 swift build --sanitize=fuzzer`.
if Context.environment["DEMARCHE_FUZZ"] == "1" {
    package.targets.append(.executableTarget(
        name: "DemarcheFuzz",
        dependencies: ["DemarcheModel", "DemarcheRandom", "DemarcheReport", "DemarcheScenario"],
        exclude: ["README.md"],
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    ))
    package.products.append(.executable(name: "demarche-fuzz", targets: ["DemarcheFuzz"]))
}

