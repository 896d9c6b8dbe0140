// swift-tools-version:6.0
import PackageDescription

// Layers, each depending only on the ones above it (scripts/check-layers holds every target to the
// modules it declares here, and no import back up):
//   CSQLite (system libsqlite3) → SQLite (database layer)
//   ArticleModel → ArticleReaders (formats; CLibXML2, the system libxml2, parses HTML; CZlib, the system
//   zlib, opens .gz files) and Extraction (language)
//   ArchiveStore (schema.sql, writing and reading the archive)
//   archive (the command-line tool)
let package = Package(
    name: "ArticleArchive",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "archive", targets: ["archive"]),
        .library(name: "ArchiveStore", targets: ["ArchiveStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "SQLite", dependencies: ["CSQLite"]),
        .target(name: "ArticleModel"),
        .target(name: "ArticleReaders", dependencies: ["ArticleModel", "CLibXML2", "CZlib"]),
        .target(
            name: "Extraction",
            dependencies: ["ArticleModel"],
            // GeoNames places (scripts/build-gazetteer; CC BY 4.0, see NOTICE), loaded by Gazetteer.bundled();
            // English words and their parts of speech (Data/english-words.py; UD English EWT, CC BY-SA 4.0).
            exclude: ["Data/english-words.py"],
            resources: [
                .copy("Data/gazetteer.tsv"), .copy("Data/english-words.tsv"), .copy("Data/given-names.txt"),
                .copy("Data/given-name-genders.tsv"), .copy("Data/given-name-short-forms.tsv"),
                .copy("Data/organizations.tsv"), .copy("Data/product-words.tsv"),
                .copy("Data/celestial-bodies.tsv"),
            ]
        ),
        .target(name: "ArchiveStore", dependencies: ["SQLite", "ArticleModel", "Extraction"]),
        .executableTarget(
            name: "archive",
            dependencies: [
                "ArchiveStore", "ArticleModel", "ArticleReaders", "Extraction",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "archive-bench",
            dependencies: [
                "ArchiveStore", "ArticleModel", "ArticleReaders", "Extraction", "SQLite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/ArchiveBenchmark"
        ),
        .testTarget(name: "SQLiteTests", dependencies: ["SQLite", "CSQLite"]),
        .testTarget(name: "ArticleModelTests", dependencies: ["ArticleModel"]),
        .testTarget(name: "ArticleReadersTests", dependencies: ["ArticleReaders", "ArticleModel", "CZlib"]),
        .testTarget(
            name: "ExtractionTests", dependencies: ["Extraction", "ArticleModel"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ArchiveStoreTests",
            dependencies: ["ArchiveStore", "SQLite", "ArticleModel", "ArticleReaders", "Extraction"],
            exclude: ["Fixtures"]
        ),
        // Help/ holds the expected `--help` texts, which the tests read from the source tree.
        .testTarget(name: "ArchiveCommandTests", dependencies: ["archive", "SQLite"], exclude: ["Help"]),
    ],
    swiftLanguageModes: [.v5]
)
