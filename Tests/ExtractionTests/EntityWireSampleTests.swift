import ArticleModel
import Foundation
import Testing

@testable import Extraction

/// A sample of wire copy written for these tests (`Fixtures/wire`): sports results and tables, market
/// briefs and datelines, each file an article whose first line is its headline. Every name the sample
/// holds is listed with its kind; a name listed as absent must not be found.
@Suite struct EntityWireSampleTests {
    static let expected: [String: [String: ExtractedEntity.Kind]] = [
        "01-soccer.txt": [
            "Porto": .organization, "Benfica": .organization, "Boavista": .organization, "Farense": .organization,
            "Sporting": .organization, "Maritimo": .organization, "Lisbon": .place, "Marcelo Andrade": .person,
        ],
        "02-tennis.txt": [
            "Tomas Berglund": .person, "Marco Ferrante": .person, "Karel Novotny": .person, "Alain Durand": .person,
            "Ivo Petrak": .person, "Greg Walsh": .person, "Sweden": .place, "Italy": .place,
            "Czech Republic": .place, "France": .place, "Slovakia": .place, "United States": .place,
            "Toronto": .place,
        ],
        "03-athletics.txt": [
            "Daniel Kiprotich": .person, "Haile Tesfaye": .person, "Salah Bennani": .person, "Maria Popescu": .person,
            "Olga Sedova": .person, "Kenya": .place, "Ethiopia": .place, "Morocco": .place, "Romania": .place,
            "Russia": .place, "Zürich": .place,
        ],
        "04-golf.txt": [
            "Nils Ekdahl": .person, "Peter Barnes": .person, "Carlos Ruiz": .person, "Dean Hollis": .person,
            "Sweden": .place, "Spain": .place, "Australia": .place, "Munich": .place, "Madrid": .place,
            "United Kingdom": .place,
        ],
        "05-cricket.txt": [
            "London": .place, "Leicester": .place, "Taunton": .place, "Leicestershire": .organization,
            "Kent": .organization, "Somerset": .organization, "Yorkshire": .organization, "T. Marsden": .person,
            "R. Oakley": .person, "D. Fenwick": .person, "B. Hollins": .person,
        ],
        "06-markets.txt": [
            "Frankfurt": .place, "Hollen Chemie AG": .organization, "Bundesbank": .organization,
            "Veritas Group Plc": .organization, "Norland Bank SA": .organization,
        ],
        "07-news.txt": [
            "Russia": .place, "Moscow": .place, "Grozny": .place, "Viktor Orlanov": .person, "Interfax": .organization,
        ],
        "08-kenya.txt": ["Kenya": .place, "Nairobi": .place, "Democratic Party": .organization],
        "09-rugby.txt": [
            "Paolo Barone": .person, "Italy": .place, "Rome": .place, "Scotland": .place, "Ireland": .place,
            "Dublin": .place,
        ],
        "10-washington.txt": [
            "United States": .place, "Washington": .place, "Reuters": .organization,
            "Commerce Department": .organization,
        ],
        "11-tennis-round.txt": [
            "Gorvan Tesslik": .person, "Anton Marwick": .person, "Croatia": .place, "Hamburg": .place,
        ],
        "12-baseball.txt": [
            "Chicago": .place, "New York": .organization, "Baltimore": .organization, "Detroit": .organization,
        ],
        "13-scorecard.txt": [
            "London": .place, "England": .place, "Pakistan": .place, "G. Pellham": .person, "Rashford": .person,
            "Tahir": .person, "N. Brookes": .person, "Qadri": .person, "S. Millard": .person,
        ],
        "14-golf-leaders.txt": [
            "Valencia": .place, "United Kingdom": .place, "Torvald Halvorsen": .person, "Norway": .place,
            "Simon Pelling": .person, "Colm Rafferty": .person, "Ireland": .place, "Jesus Ortalle": .person,
            "Spain": .place, "Graham Whitstable": .person, "Ruud Verbaan": .person, "Netherlands": .place,
            "Andrew Copplestone": .person,
        ],
        "15-lineups.txt": [
            "Italy": .place, "Poland": .place, "Milan": .place, "Bernacchi": .person, "Ferrara": .person,
            "Collovati": .person, "Pedrini": .person, "Zanetto": .person, "Di Lauro": .person, "Masetti": .person,
            "Toldo": .person, "Ruspoli": .person, "Garzelli": .person, "Vannucci": .person, "Wrobak": .person,
            "Mielcarz": .person, "Zgoda": .person, "Ostrowik": .person, "Kaminek": .person, "Lesnar": .person,
            "Bartol": .person, "Swiderko": .person, "Gorny": .person,
        ],
        "16-rankings.txt": [
            "London": .place, "Helga Brandauer": .person, "Austria": .place, "Monica Ferreira": .person,
            "Brazil": .place, "Karen Lindholm": .person, "Sweden": .place, "Lucy Hartigan": .person,
            "United States": .place,
        ],
        "18-particles.txt": [
            "Madrid": .place, "Atletico de Madrid": .organization, "Real Betis": .organization,
            "Rayo Vallecano": .organization, "Sporting de Gijon": .organization, "Joost van Drunen": .person,
            "Netherlands": .place,
        ],
        "17-bowling.txt": [
            "Durban": .place, "South Africa": .place, "India": .place, "Vandermerwe": .person,
            "Pretorius": .person, "Oosthuysen": .person,
        ],
    ]

    /// Words of the sample that name nothing of a scored kind.
    static let absent = [
        "Prix", "Grand Prix", "Soccer", "Tennis", "Golf", "Men", "Women", "Close", "Results", "CAPS", "Caps",
        "New York City", "Extras", "Total", "Fall",
    ]

    static func article(_ file: String) throws -> Article {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let text = try String(contentsOf: folder.appendingPathComponent("wire/\(file)"), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        return Article(title: lines[0], paragraphs: lines.dropFirst().map { Paragraph(kind: .body, text: $0) })
    }

    @Test(arguments: expected.keys.sorted())
    func namesAndKinds(_ file: String) throws {
        let found = TestData.extractor.extract(from: try Self.article(file)).entities
        for (name, kind) in Self.expected[file] ?? [:] {
            #expect(found.first { $0.name == name }?.kind == kind, "\(file): \(name)")
        }
        for name in Self.absent { #expect(!found.contains { $0.name == name }, "\(file): \(name)") }
        // Nothing else of a scored kind: every name found is one the sample holds.
        let expected = Self.expected[file] ?? [:]
        for entity in found where entity.kind != .nationality {
            #expect(expected[entity.name] != nil, "\(file): unexpected \(entity.name) (\(entity.kind))")
        }
    }
}
