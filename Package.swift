// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        .library(name: "SitegenBuild", targets: ["Build"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // No traits: the preview server needs neither swift-configuration nor full Foundation.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // Already in Hummingbird's graph; named for bind errors (NIOCore), the request gate on
        // HTTP/1 requests (NIOHTTP1), the rebuild service and signals (ServiceLifecycle, Logging).
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // C libraries, seen only by YAML and Markdown.
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]),
        // cmark-gfm's shared table of extension characters, set once so that parses run at once.
        .target(name: "CCmarkSharedTable", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
        .systemLibrary(
            name: "CYaml", pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]),

        // The pipeline, one stage per target: load → parse → site → render → derive → write.
        .target(name: "Diagnostics"),
        .target(name: "Links"),
        .target(name: "Parallel"),
        // LaTeX-flavoured values (BibTeX titles, names, venues) to display text.
        .target(name: "LaTeX", dependencies: ["Links"]),
        .target(name: "YAML", dependencies: ["CYaml", "Diagnostics"]),
        // A BibTeX/biblatex reader in pure Swift: entries with raw values and positions.
        .target(name: "BibTeX", dependencies: ["Diagnostics"]),
        // TeX math to MathML Core in pure Swift: macros, numbering, labels, positioned problems.
        .target(name: "TeXMath"),
        .target(name: "Markdown", dependencies: ["CCmarkGFM", "CCmarkSharedTable", "Links", "Diagnostics", "TeXMath"]),
        // Load: the site's layout, its files read (with the built-in theme under the site's own).
        .target(name: "Load", dependencies: ["Parallel", "Diagnostics"], plugins: ["EmbedTheme"]),
        .target(name: "Models", dependencies: ["YAML", "Links", "LaTeX", "BibTeX", "Diagnostics", "TeXMath"]),
        // Entries of `.bib` files as publications: names, dates, kinds, venues, links.
        .target(name: "Bibliography", dependencies: ["BibTeX", "LaTeX", "Models", "Links", "Diagnostics", "TeXMath"]),
        .target(name: "Parse", dependencies: ["Load", "YAML", "Markdown", "Models", "BibTeX", "LaTeX", "Bibliography", "Links", "Parallel", "Diagnostics", "TeXMath"]),
        .target(name: "Site", dependencies: ["Parse", "Models", "Markdown", "Links", "Parallel", "Diagnostics"]),
        .target(
            name: "Render",
            dependencies: ["Site", "Models", "Load", "Markdown", "Links", "LaTeX", "YAML", "Parallel", "Diagnostics", "TeXMath", .product(name: "Mustache", package: "swift-mustache")]),
        // Outputs made from the whole site rather than from templates: sitemap.xml, robots.txt.
        .target(name: "Derived", dependencies: ["Site", "Models", "Markdown", "LaTeX", "Links", "Diagnostics"]),
        .target(name: "Output", dependencies: ["Load", "Parallel", "Diagnostics"]),
        .target(
            name: "Build",
            dependencies: ["Load", "YAML", "Markdown", "Models", "Parse", "Site", "Render", "Derived", "Output", "Parallel", "Diagnostics"]),
        .target(
            name: "Serve",
            dependencies: [
                "Build", "Load", "Links", "Markdown", "Models", "Parse", "Output", "Diagnostics",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        // `sitegen check`: the built pages checked against each other, problems placed in the sources.
        .target(name: "Check", dependencies: ["Build", "Load", "Models", "YAML", "Output", "Markdown", "Parallel", "Diagnostics", "LinkProbe"]),
        // External links asked over HTTP, with a cache file; the only module that uses the network.
        .target(name: "LinkProbe"),
        // `sitegen new`: the files of a new site, and writing them into a folder.
        .target(name: "Starter", dependencies: ["Models", "YAML"]),
        // `sitegen import jekyll`: a Jekyll site read (never written) and written as a sitegen site.
        .target(name: "JekyllImport", dependencies: ["YAML", "Models", "Diagnostics", "Markdown"]),
        .executableTarget(
            name: "sitegen",
            dependencies: ["Build", "Check", "Serve", "Starter", "JekyllImport", "Load", "Models", "Output", "Diagnostics", "Parallel", "TeXMath", .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        // Compiles the repository's templates/ and assets/ into the binary as the built-in theme.
        .executableTarget(name: "ThemeEmbedder"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["ThemeEmbedder"]),

        .testTarget(
            name: "SitegenTests",
            dependencies: ["sitegen", "Build", "Check", "LinkProbe", "Serve", "Starter", "JekyllImport", "YAML", "BibTeX", "Markdown", "Load", "Models", "Parse", "Site", "Render", "Derived", "Output", "LaTeX", "Bibliography", "Diagnostics", "TeXMath"],
            exclude: ["Fixtures"]),
        // The TeX-math converter alone, so that its tests build without the rest of the pipeline.
        .testTarget(name: "TeXMathTests", dependencies: ["TeXMath"]),
    ],
    swiftLanguageModes: [.v6]
)
