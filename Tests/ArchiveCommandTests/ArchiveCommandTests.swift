import Foundation
import SQLite
import Testing

/// End-to-end: the built `archive` binary on real text, as a user or a script runs it.
@Suite struct ArchiveCommandTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sample = root.appendingPathComponent("Samples/al-jazeera-2020-01-08-khamenei-missile-strike.txt").path

    func run(_ arguments: [String], in folder: URL, stdin: String? = nil) throws -> ArchiveBinary.Run {
        try ArchiveBinary.run(arguments, in: folder, stdin: stdin)
    }

    /// `count` copies of the sample, each with one extra paragraph, so each is an article of its own.
    func writeDistinctCopies(_ count: Int, into folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let sample = try String(contentsOfFile: Self.sample, encoding: .utf8)
        for n in 0..<count {
            try sample.replacingOccurrences(
                of: "Source: Al Jazeera", with: "Copy \(n) of the report.\n\nSource: Al Jazeera"
            )
            .write(to: folder.appendingPathComponent(String(format: "%04d.txt", n)), atomically: true, encoding: .utf8)
        }
    }

    /// Starts `archive ingest --quiet` on `path` in the background, its output discarded.
    func startQuietIngest(of path: String, batchSize: Int, in folder: URL) throws -> Process {
        let process = Process()
        process.executableURL = ArchiveBinary.url
        process.arguments = ["ingest", "--quiet", "--batch-size", String(batchSize), path]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archive-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The version says which archives this build reads: the schema version schema.sql sets.
    @Test func versionNamesTheSchemaVersion() throws {
        let result = try run(["--version"], in: try scratch())
        let schema = try String(contentsOf: Self.root.appendingPathComponent("schema.sql"), encoding: .utf8)
        let line = schema.split(separator: "\n").first { $0.hasPrefix("PRAGMA user_version") } ?? ""
        let number = line.filter(\.isNumber)
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("(archive schema version \(number))\n"), "\(result.stdout)")
    }

    /// A folder of gzipped articles (`.txt.gz`, `.html.gz`) is read as the files inside them.
    @Test func gzippedFilesInAFolderAreIngested() throws {
        let folder = try scratch()
        let pages = folder.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        let copy = pages.appendingPathComponent("story.txt")
        try FileManager.default.copyItem(atPath: Self.sample, toPath: copy.path)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = [copy.path]
        try gzip.run()
        gzip.waitUntilExit()
        #expect(try FileManager.default.contentsOfDirectory(atPath: pages.path) == ["story.txt.gz"])
        let result = try run(["ingest", "pages"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("1 stored, 0 already archived, 0 failed"))
        let csv = try run(["query", "strikes", "--csv"], in: folder)
        #expect(csv.stdout.contains("Erbil,Iraq,2020-01-08,article,missile,launched,5,5"))
    }

    @Test func ingestThenStrikesMatchesTheView() throws {
        let folder = try scratch()
        let ingest = try run(["ingest", Self.sample], in: folder)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("stored as #1"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("archive.sqlite").path))

        let csv = try run(["query", "strikes", "--format", "csv"], in: folder)
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\r\n").map(String.init)
        #expect(
            lines.first
                == "site,country,date,dated_by,weapon,event,lowest,highest,reports,articles,sources,latitude,longitude,"
                + "site_from")
        // Ain al-Assad 17 (2 failed), Erbil 5, 22 in all, from the Iraqi military; the gazetteer knows Erbil.
        #expect(
            Array(lines.dropFirst()) == [
                "Ain al-Assad,,2020-01-08,article,missile,launched,17,17,1,1,Iraqi military 17,,,sentence",
                "Ain al-Assad,,2020-01-08,article,missile,failed,2,2,1,1,Iraqi military 2,,,sentence",
                "Erbil,Iraq,2020-01-08,article,missile,launched,5,5,1,1,Iraqi military 5,36.19117,44.00943,sentence",
                "(no site),,2020-01-08,clause,missile,launched,22,22,1,1,Iraqi military 22,,,",
            ])

        // The view in the file gives the same rows.
        let db = try Database(path: folder.appendingPathComponent("archive.sqlite").path, mode: .readOnly)
        let viewLines = try db.rows("SELECT * FROM strikes").map { row in
            row.values.map { $0.textValue ?? "" }.joined(separator: ",")
        }
        #expect(Array(lines.dropFirst()) == viewLines)

        // At 80 columns the table cannot fit without cutting its text to stumps, so each row prints as a
        // record, every value whole, without the coordinates.
        let table = try run(["query", "strikes"], in: folder)
        #expect(table.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(table.stdout.hasPrefix("-[ 1 ]---"))
        #expect(table.stdout.contains("\nsite      Ain al-Assad\n") && table.stdout.contains("\nlowest    17\n"))
        #expect(table.stdout.contains("\ndate      2020-01-08*\n"))
        // At 120 the table fits with its dates whole.
        let wide = try ArchiveBinary.run(["query", "strikes"], in: folder, columns: "120")
        #expect(wide.stdout.hasPrefix("site "))
        #expect(wide.stdout.contains("2020-01-08*") && !wide.stdout.contains("…"))
        // Narrowed, a table cuts its text but never a date, which cut would read as another date.
        let narrow = try ArchiveBinary.run(["query", "timeline"], in: folder, columns: "66")
        #expect(narrow.stdout.hasPrefix("date ") && narrow.stdout.contains("…"))
        #expect(narrow.stdout.split(separator: "\n").dropFirst(2).allSatisfy { $0.hasPrefix("2020-01-08  ") })
        #expect(!table.stdout.contains("dated_by"))  // folded into the date (ListingDateMarkTests)
        #expect(table.stderr.contains("* the article's publication date: no sentence of the report names the day"))
        #expect(!csv.stderr.contains("publication date"))
        #expect(!table.stdout.contains("44.00943"))
    }

    @Test func reingestIsANoOp() throws {
        let folder = try scratch()
        _ = try run(["ingest", Self.sample], in: folder)
        let again = try run(["ingest", Self.sample], in: folder)
        #expect(again.status == 0)
        #expect(again.stdout.contains("already archived as #1"))
        #expect(again.stderr.contains("0 stored, 1 already archived, 0 failed"))
        let stats = try run(["stats", "--format", "json"], in: folder)
        let rows = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(rows.first { $0["what"] as? String == "articles" }?["count"] as? Int == 1)
    }

    @Test func badFilesAreNamedAndGoodOnesLand() throws {
        let folder = try scratch()
        let inputs = folder.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.sample, toPath: inputs.appendingPathComponent("good.txt").path)
        try Data().write(to: inputs.appendingPathComponent("empty.txt"))
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]).write(
            to: inputs.appendingPathComponent("binary.txt"))
        try Data([0x48, 0x65, 0x6C, 0x6C, 0x6F, 0x0A, 0xC3, 0x28]).write(to: inputs.appendingPathComponent("latin.txt"))
        let result = try run(["ingest", "inputs", "missing.txt"], in: folder)
        #expect(result.status == 1)
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(errors.contains("inputs/empty.txt: empty file"))
        #expect(errors.contains("inputs/binary.txt: binary file, not text"))
        #expect(errors.contains("inputs/latin.txt: invalid UTF-8 at byte 6"))
        #expect(errors.contains("missing.txt: no such file or folder"))
        #expect(errors.last == "1 stored, 0 already archived, 4 failed")
        #expect(result.stdout.contains("inputs/good.txt: stored as #1"))
    }

    @Test func standardInputWithFrontMatterAndFlags() throws {
        let folder = try scratch()
        let text = """
            ---
            source: Wire
            url: https://example.org/a
            ---
            Storm hits coast

            A storm killed three people in Galveston on Tuesday, officials said.
            """
        let result = try run(["ingest", "-", "--published", "2020-01-08"], in: folder, stdin: text)
        #expect(result.status == 0, "\(result.stderr)")
        let export = try run(["export", "--format", "jsonl"], in: folder)
        let object = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any] ?? [:]
        #expect(object["title"] as? String == "Storm hits coast")
        #expect(object["source"] as? String == "Wire")
        #expect(object["published"] as? String == "2020-01-08")
        #expect(object["url"] as? String == "https://example.org/a")
        let figures = object["figures"] as? [[String: Any]] ?? []
        #expect(figures.count == 1)
        #expect(figures.first?["value"] as? Int == 3)
        #expect(figures.first?["unit"] as? String == "person")
        #expect(figures.first?["event"] as? String == "killed")
    }

    @Test func exportHasTheFieldsTheScorerReads() throws {
        let folder = try scratch()
        _ = try run(["ingest", Self.sample], in: folder)
        let export = try run(["export"], in: folder)
        let lines = export.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any] ?? [:]
        #expect(object["title"] is String)
        for key in ["paragraphs", "entities", "figures", "quotes"] { #expect(object[key] is [Any], "\(key)") }
        let figures = object["figures"] as? [[String: Any]] ?? []
        let paragraphs = object["paragraphs"] as? [[String: Any]] ?? []
        for figure in figures {
            for key in ["value", "kind", "unit", "approx", "paragraph", "start", "end", "text"] {
                #expect(figure[key] != nil, "\(key)")
            }
            // The span points at the figure's text.
            let paragraph =
                paragraphs.first { $0["position"] as? Int == figure["paragraph"] as? Int }?["text"] as? String ?? ""
            let scalars = Array(paragraph.unicodeScalars)
            let start = figure["start"] as? Int ?? 0, end = figure["end"] as? Int ?? 0
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == figure["text"] as? String)
        }
    }

    @Test func searchFindsAndMalformedSearchIsOneLine() throws {
        let folder = try scratch()
        _ = try run(["ingest", Self.sample], in: folder)
        let found = try run(["search", "stampede", "--format", "json"], in: folder)
        #expect(found.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(found.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(rows.count == 2)
        let snippet = rows.first?["snippet"] as? String
        #expect(snippet?.contains("[stampede]") == true)
        // A page cut short says how many paragraphs match in all.
        let page = try run(["search", "stampede", "--limit", "1", "--csv"], in: folder)
        #expect(page.stdout.split(whereSeparator: \.isNewline).count == 2)  // the header and one row
        #expect(page.stderr == "1 of 2 matching paragraphs; --limit N or --all for more\n")
        let bad = try run(["search", "--raw", "AND OR"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("Error: cannot search for 'AND OR'"))
        #expect(bad.stderr.split(separator: "\n").count == 1)
    }

    @Test func showMarksFigures() throws {
        let folder = try scratch()
        _ = try run(["ingest", Self.sample], in: folder)
        let shown = try run(["show", "1"], in: folder)
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("[more than 50 people]"))
        // Each figure shows the site and source it stored, with the entity they resolved to.
        #expect(shown.stdout.contains("as written → the entity they resolved to"))
        #expect(shown.stdout.range(of: #"killed +Kerman #\d+"#, options: .regularExpression) != nil)
        let missing = try run(["show", "42"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no article #42"))
    }

    @Test func showAndQueriesMarkASiteAnEarlierSentenceNamed() throws {
        let folder = try scratch()
        let text = """
            Jets pound a town

            By a staff reporter.

            Warplanes pounded the town of Saraqib on Monday, residents said.

            The raids killed 12 civilians, the monitor said.
            """
        try text.write(to: folder.appendingPathComponent("story.txt"), atomically: true, encoding: .utf8)
        _ = try run(["ingest", "story.txt"], in: folder)
        let shown = try run(["show", "1"], in: folder)
        #expect(shown.stdout.range(of: #"\(earlier sentence\) Saraqib #\d+"#, options: .regularExpression) != nil)
        let table = try run(["query", "casualties"], in: folder)
        #expect(table.stdout.contains("Saraqib†"))
        #expect(table.stderr.contains("† named by an earlier sentence"))
        let csv = try run(["query", "casualties", "--format", "csv"], in: folder)
        // (No country: a town this small is located only when its article gives its country.)
        #expect(csv.stdout.contains("Saraqib,,") && csv.stdout.contains(",earlier sentence\r\n"))
        // The export keeps the sentence's own site under `site` (none here) and the earlier one apart.
        let export = try run(["export"], in: folder)
        let object = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any] ?? [:]
        let figure = try #require((object["figures"] as? [[String: Any]])?.first)
        #expect(figure["site"] is NSNull)
        #expect(figure["earlier_site"] as? String == "Saraqib")
    }

    @Test func queriesOnAMissingArchiveSaySo() throws {
        let folder = try scratch()
        let result = try run(["query", "strikes"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("archive.sqlite: no archive here yet"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("archive.sqlite").path))
    }

    @Test func notAnArchiveIsRefusedUntouched() throws {
        let folder = try scratch()
        let notes = folder.appendingPathComponent("notes.sqlite")
        try "just text".write(to: notes, atomically: true, encoding: .utf8)
        let result = try run(["ingest", "--db", "notes.sqlite", Self.sample], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("notes.sqlite: not an archive"))
        #expect(try String(contentsOf: notes, encoding: .utf8) == "just text")
    }

    @Test func listingWithoutANameShowsTheCannedQueries() throws {
        let folder = try scratch()
        _ = try run(["ingest", Self.sample], in: folder)
        let list = try run(["query", "--format", "csv"], in: folder)
        #expect(list.stdout.contains("strikes,strikes,"))
        #expect(list.stdout.contains("casualties,casualties,"))
        #expect(list.stdout.contains("reports,incident_reports,"))
        let casualties = try run(["query", "casualties", "--format", "csv"], in: folder)
        #expect(
            casualties.stdout.contains(
                "Kerman,Iran,2020-01-08,article,killed,person,50,50,1,1,(no source) more than 50,stampede,30.28321,57.07879"
            ))
    }

    @Test func reindexRedoesStaleArticlesInPlace() throws {
        let folder = try scratch()
        _ = try run(["ingest", Self.sample], in: folder)
        let path = folder.appendingPathComponent("archive.sqlite").path
        let figures: Int64
        do {
            let db = try Database(path: path)
            guard case .integer(let count)? = try db.scalar("SELECT count(*) FROM figures") else {
                Issue.record("no count"); return
            }
            figures = count
            // As if an older extractor had found nothing.
            try db.execute("DELETE FROM figures; UPDATE articles SET extractor_version = 0")
        }
        let result = try run(["reindex"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("re-extracted 1 article"))
        let db = try Database(path: path, mode: .readOnly)
        #expect(try db.scalar("SELECT count(*) FROM figures") == .integer(figures))
        #expect(try db.scalar("SELECT min(extractor_version) FROM articles") != .integer(0))
        // Nothing stale now: a second run does nothing.
        #expect(try run(["reindex"], in: folder).stderr.contains("re-extracted 0 articles"))
        #expect(try db.scalar("SELECT count(*) FROM paragraphs") == .integer(24))
        // Places stored before they had locations (an upgraded archive) are located even with nothing stale.
        try Database(path: path).execute("DELETE FROM place_locations")
        #expect(try run(["reindex"], in: folder).status == 0)
        #expect(
            try db.scalar(
                "SELECT l.country FROM place_locations l JOIN entities e ON e.id = l.entity_id WHERE e.name = 'Erbil'")
                == .text("Iraq"))
    }

    @Test func killedMidIngestLeavesWholeArticlesAndResumes() throws {
        let folder = try scratch()
        let count = 300
        try writeDistinctCopies(count, into: folder.appendingPathComponent("many"))
        let process = try startQuietIngest(of: "many", batchSize: 20, in: folder)
        let path = folder.appendingPathComponent("archive.sqlite").path
        // Killed once a first batch is in, however slow the machine is today.
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline {
            let stored = try? Database(path: path, mode: .readOnly).scalar("SELECT count(*) FROM articles")
            if let stored, stored != .integer(0) { break }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        do {
            let db = try Database(path: path)
            #expect(try db.scalar("PRAGMA integrity_check") == .text("ok"))
            // Only whole articles: every stored article has all its paragraphs and its figures.
            #expect(
                try db.scalar(
                    "SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM paragraphs p WHERE p.article_id = a.id) != 25"
                ) == .integer(0))
            #expect(
                try db.scalar(
                    "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM figures f WHERE f.article_id = a.id)"
                ) == .integer(0))
        }
        let resumed = try run(["ingest", "--quiet", "many"], in: folder)
        #expect(resumed.status == 0)
        let db = try Database(path: path, mode: .readOnly)
        #expect(try db.scalar("SELECT count(*) FROM articles") == .integer(Int64(count)))
        #expect(try db.scalar("SELECT count(DISTINCT content_sha256) FROM articles") == .integer(Int64(count)))
    }

    @Test func mixedFolderOfTextHTMLAndJSONLines() throws {
        let folder = try scratch()
        let inputs = folder.appendingPathComponent("mixed")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.sample, toPath: inputs.appendingPathComponent("seed.txt").path)
        try """
        <!DOCTYPE html><html lang="en"><head><title>Storm hits coast | Daily Wire</title>
        <meta property="og:site_name" content="Daily Wire"><meta property="article:published_time" content="2021-03-02T10:00:00Z">
        <link rel="canonical" href="https://example.org/storm"></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Storm hits coast</h1>
        <p>A storm killed three people in Galveston on Tuesday, officials said, and left thousands without power.</p>
        <p>Emergency crews worked through the night to clear roads across the county, the mayor said.</p>
        </article><footer>Copyright Daily Wire. All rights reserved.</footer></body></html>
        """.write(to: inputs.appendingPathComponent("storm.html"), atomically: true, encoding: .utf8)
        try """
        {"title": "Flood in Dhaka", "text": "Floods displaced 20,000 people in Dhaka this week.", "source": "Wire"}
        {"title": "Broken line"
        {"headline": "Quake in Peru", "body": "An earthquake injured 14 people near Lima, officials said.", "published": "2021-05-01"}
        """.write(to: inputs.appendingPathComponent("feed.jsonl"), atomically: true, encoding: .utf8)
        try "not an article".write(to: inputs.appendingPathComponent("notes.csv"), atomically: true, encoding: .utf8)

        let result = try run(["ingest", "mixed", "--errors", "failures.txt"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("mixed/feed.jsonl: line 2:"))
        #expect(
            result.stderr.split(separator: "\n").last
                == "4 stored, 0 already archived, 1 failed, 1 skipped (1 not a known type)")
        let failures = try String(contentsOf: folder.appendingPathComponent("failures.txt"), encoding: .utf8)
        #expect(failures.hasPrefix("mixed/feed.jsonl: line 2:"))

        let export = try run(["export"], in: folder)
        let objects = export.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let titles = Set(objects.compactMap { $0["title"] as? String })
        #expect(
            titles.contains("Storm hits coast") && titles.contains("Flood in Dhaka") && titles.contains("Quake in Peru")
        )
        let storm = objects.first { $0["title"] as? String == "Storm hits coast" }
        #expect(storm?["source"] as? String == "Daily Wire")
        #expect(storm?["url"] as? String == "https://example.org/storm")
        let texts = (storm?["paragraphs"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(!texts.contains { $0.contains("Home") || $0.contains("Copyright") })
        let flood = objects.first { $0["title"] as? String == "Flood in Dhaka" }
        let figures = flood?["figures"] as? [[String: Any]] ?? []
        #expect(
            figures.contains {
                $0["value"] as? Int == 20000 && $0["unit"] as? String == "person" && $0["site"] as? String == "Dhaka"
            })
    }

    @Test func readersWorkWhileAnIngestRuns() throws {
        let folder = try scratch()
        _ = try run(["ingest", Self.sample], in: folder)
        try writeDistinctCopies(200, into: folder.appendingPathComponent("more"))
        let ingest = try startQuietIngest(of: "more", batchSize: 10, in: folder)
        // While it writes, reading commands answer from what is committed.
        for _ in 0..<3 {
            let strikes = try run(["query", "strikes", "--format", "csv"], in: folder)
            #expect(strikes.status == 0, "\(strikes.stderr)")
            #expect(strikes.stdout.contains("Ain al-Assad,,2020-01-08,article,missile,launched,17,17,"))
            #expect(try run(["stats"], in: folder).status == 0)
        }
        ingest.waitUntilExit()
        #expect(ingest.terminationStatus == 0)
    }

    @Test func inputFormatForcesHowInputsAreRead() throws {
        let folder = try scratch()
        try #"{"title": "Flood in Dhaka", "text": "Floods displaced 20,000 people in Dhaka this week."}"#
            .write(to: folder.appendingPathComponent("feed.txt"), atomically: true, encoding: .utf8)
        let ingest = try run(["ingest", "--input-format", "json", "feed.txt"], in: folder)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("feed.txt: stored as #1 (Flood in Dhaka)"))
        // --format is an output format; ingest has none.
        let usage = try run(["ingest", "--format", "json", "feed.txt"], in: folder)
        #expect(usage.status == 64)
        #expect(usage.stderr.hasPrefix("Error: Unknown option '--format'"))
    }

    @Test func helpAndUsageErrors() throws {
        let folder = try scratch()
        let help = try run(["--help"], in: folder)
        #expect(help.status == 0)
        for verb in ["ingest", "query", "search", "show", "export", "stats", "figures", "entities", "reindex"] {
            #expect(help.stdout.contains(verb))
        }
        let usage = try run(["ingest", "x.txt", "--published", "yesterday"], in: folder)
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("--published must be an ISO 8601 date"))
        let huge = try run(["ingest", "x.txt", "--max-size", "4096"], in: folder)
        #expect(huge.status == 64)
        #expect(huge.stderr.contains("--max-size must be at most 2047"))
        let limit = try run(["search", "missile", "--limit", "0"], in: folder)
        #expect(limit.status == 64)
        #expect(limit.stderr.hasPrefix("Error: --limit must be at least 1\n"))
        let speaker = try run(["query", "strikes", "--speaker", "Khamenei"], in: folder)
        #expect(speaker.status == 64)
        #expect(speaker.stderr.hasPrefix("Error: --speaker goes with the quotes query\n"))
    }
}
