import Foundation
import Testing

/// What scripts read: JSON in the listing's column order, one object a line with --nl, the short forms
/// of --format, tables never cut when piped, and usage mistakes that say what is allowed.
@Suite struct OutputFormatTests {
    let commands = ArchiveCommandTests()

    func archive() throws -> URL {
        let folder = try commands.scratch()
        #expect(try ArchiveBinary.run(["ingest", ArchiveCommandTests.sample], in: folder).status == 0)
        return folder
    }

    @Test func jsonKeepsTheColumnOrderAndNlIsOneObjectALine() throws {
        let folder = try archive()
        let json = try ArchiveBinary.run(["query", "strikes", "--json"], in: folder)
        #expect(json.status == 0)
        let keys = json.stdout.split(separator: "\n").prefix(7).dropFirst(2).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        #expect(
            keys == [
                #""site": "Ain al-Assad","#, #""country": null,"#, #""date": "2020-01-08","#,
                #""dated_by": "article","#, #""weapon": "missile","#,
            ])
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 4)

        let lines = try ArchiveBinary.run(["query", "strikes", "--nl"], in: folder).stdout.split(separator: "\n")
        #expect(lines.count == 4)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["weapon"] as? String == "missile")
        }
        #expect(lines.first?.hasPrefix(#"{"site": "Ain al-Assad", "country": null, "date": "2020-01-08""#) == true)
    }

    @Test func shortFormsAgreeWithFormat() throws {
        let folder = try archive()
        for (short, long) in [("--csv", "csv"), ("--json", "json"), ("--nl", "nl")] {
            let a = try ArchiveBinary.run(["query", "people", short], in: folder)
            let b = try ArchiveBinary.run(["query", "people", "--format", long], in: folder)
            #expect(a.status == 0 && a.stdout == b.stdout)
        }
        let both = try ArchiveBinary.run(["query", "people", "--csv", "--json"], in: folder)
        #expect(both.status == 64)
        #expect(both.stderr.hasPrefix("Error: choose one output format"))
    }

    /// Piped, a table keeps every character of every cell, however wide.
    @Test func tablesAreNotCutWhenPiped() throws {
        let folder = try archive()
        let result = try ArchiveBinary.run(["query", "articles"], in: folder, columns: nil)
        #expect(result.stdout.contains("Iran’s Khamenei says missile strike a ‘slap in the face’ for US"))
        #expect(!result.stdout.contains("…"))
    }

    @Test func entityKindsInEitherSpellingAndAnythingElseRefused() throws {
        let folder = try archive()
        let british = try ArchiveBinary.run(["entities", "--kind", "organisation", "--csv"], in: folder)
        let american = try ArchiveBinary.run(["entities", "--kind", "organization", "--csv"], in: folder)
        #expect(british.status == 0 && british.stdout == american.stdout)
        #expect(british.stdout.contains("Popular Mobilisation Forces"))
        let wrong = try ArchiveBinary.run(["entities", "--kind", "company"], in: folder)
        #expect(wrong.status == 64)
        #expect(wrong.stderr.hasPrefix("Error: --kind must be person, place, organization or nationality"))
    }

    @Test func showHonoursTheFormat() throws {
        let folder = try archive()
        let csv = try ArchiveBinary.run(["show", "1", "--csv"], in: folder)
        #expect(csv.stdout.hasPrefix("article,position,kind,text\r\n1,0,headline,"))
        let nl = try ArchiveBinary.run(["show", "1", "--nl"], in: folder)
        #expect(nl.stdout.split(separator: "\n").count == 1)
        let object = try JSONSerialization.jsonObject(with: Data(nl.stdout.utf8)) as? [String: Any]
        #expect(object?["id"] as? Int == 1)
    }

    /// A first page on request (and by default on a terminal), saying how to see the rest.
    @Test func limitCutsTheListingAndSaysSo() throws {
        let folder = try archive()
        let page = try ArchiveBinary.run(["query", "people", "--limit", "2", "--csv"], in: folder)
        #expect(page.status == 0)
        #expect(page.stdout.split(separator: "\r\n").count == 3)  // the header and two rows
        let all = try ArchiveBinary.run(["query", "people", "--all", "--csv"], in: folder)
        let people = all.stdout.split(separator: "\r\n").count - 1
        #expect(people > 2 && all.stderr.isEmpty)
        // The page is asked of SQLite; the total is counted apart.
        #expect(page.stderr == "2 of \(people) rows; --limit N or --all for more\n")
        let piped = try ArchiveBinary.run(["query", "people", "--csv"], in: folder)
        #expect(piped.stdout == all.stdout)  // no terminal: every row
        let listing = try ArchiveBinary.run(["entities", "--limit", "1", "--csv"], in: folder)
        #expect(listing.stderr.hasPrefix("1 of "))
    }

    /// Figures and a speaker's quotes are paged by SQLite too, and say how many there are in all.
    @Test func figuresAndQuotesPagesCountTheRest() throws {
        let folder = try archive()
        let figures = try ArchiveBinary.run(["figures", "--all", "--csv"], in: folder)
        let allFigures = figures.stdout.split(separator: "\r\n").count - 1
        #expect(allFigures > 3)
        let page = try ArchiveBinary.run(["figures", "--limit", "3", "--csv"], in: folder)
        #expect(page.stdout.split(separator: "\r\n").count == 4)
        #expect(figures.stdout.hasPrefix(page.stdout))
        #expect(page.stderr == "3 of \(allFigures) rows; --limit N or --all for more\n")
        let speaker = try ArchiveBinary.run(
            ["query", "quotes", "--speaker", "Mohammad Javad Zarif", "--csv"], in: folder)
        let quotes = speaker.stdout.split(separator: "\r\n").count - 1
        #expect(quotes >= 2)
        let quotePage = try ArchiveBinary.run(
            ["query", "quotes", "--speaker", "Mohammad Javad Zarif", "--limit", "1", "--csv"], in: folder)
        #expect(quotePage.stderr == "1 of \(quotes) rows; --limit N or --all for more\n")
    }
}
