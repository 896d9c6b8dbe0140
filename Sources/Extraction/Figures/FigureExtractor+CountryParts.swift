/// `Fighting in the country's north killed 12 soldiers … The soldiers were killed near the town of Marlow`: a
/// figure the text places only in a part of a country (`Syria's north`, `the country's centre`) leaves its
/// site empty when a figure shortly after gives the same count of the same harm a town of its own: the country
/// would make a second incident of the same dead.
extension FigureExtractor {
    /// How many figures on a country part's figure may stand whose town it yields to.
    static let countryPartReach = 12

    func yieldCountryPartsToTowns(_ figures: inout [Figure]) {
        for index in figures.indices {
            guard let site = figures[index].site, gazetteer.place(named: site)?.kind == .country,
                let event = figures[index].event, FigureVocabulary.casualtyEvents.contains(event),
                Self.namesPartOfCountry(figures[index].sentence, country: site)
            else { continue }
            let value = figures[index].value
            let later = figures[(index + 1)..<min(figures.count, index + 1 + Self.countryPartReach)]
            let town = later.first { other in
                guard other.value == value, other.event == event, other.sentenceText != figures[index].sentenceText,
                    let place = other.site ?? other.earlierSite
                else { return false }
                return place != site && gazetteer.place(named: place)?.kind != .country
            }
            if town != nil { figures[index].site = nil }
        }
    }

    /// Whether `sentence` names a part of `country` by its possessive (`Syria's north`, `Syrias northern
    /// provinces`, `the country's centre`).
    static func namesPartOfCountry(_ sentence: String, country: String) -> Bool {
        // (A country of several words is matched by its last: `South Sudan's north`.)
        let countryWord = country.lowercased().split(separator: " ").last.map(String.init) ?? ""
        let owners = Set(
            [countryWord, "country"].flatMap { [$0 + "'s", $0 + "\u{2019}s", $0 + "s"] })
        let words = sentence.lowercased().split { !($0.isLetter || $0 == "'" || $0 == "\u{2019}" || $0 == "-") }
        return zip(words, words.dropFirst()).contains { owner, part in
            owners.contains(String(owner)) && countryParts.contains(String(part))
        }
    }

    /// Words of a part of a country after its possessive: `the country's north`, `Syria's centre`.
    static let countryParts: WordSet = FigureLexicon.compassDirections.union(FigureLexicon.compassAdjectives)
        .union(["centre", "center", "interior", "heartland"])
}
