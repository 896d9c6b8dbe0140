/// A toll over an area broken down by the places in it: `Jets killed 30 people near Vesk on Sunday. The
/// worst hit was Karmun, where 20 died; 8 more died in Tal Roa and 2 in Sarn.` The parts name other places
/// than the toll, yet add up to it: they are its parts, each keeping its own place. Only a toll whose
/// words make it one over an area (`near`, `around`, `across`, `province`, `countryside`) or that names no
/// place may take parts at other places; a toll `in Vesk` beside `20 died in Karmun` keeps them apart, unless
/// the paragraph calls Karmun a neighbourhood or district of the town (`the Karmun neighbourhood`): a toll
/// of a town is one over its neighbourhoods (``isNeighbourhoodOfTheTollsTown(_:_:)``).
extension FigureParagraphReader {
    /// Whether `part` may be a part of `whole` by place: at no place of its own, at the toll's place, at a
    /// neighbourhood of the toll's town, or at another place when the toll is one over an area (see
    /// ``isAreaToll(_:)``).
    func isAtThePlace(of whole: Figure, part: Figure) -> Bool {
        isAtTheTollsOwnPlace(part, whole) || isAreaToll(whole) || isNeighbourhoodOfTheTollsTown(part, whole)
    }

    /// Whether the part's place is one the paragraph calls a neighbourhood, district, quarter or suburb
    /// (`the Karmun neighbourhood`, `Karmun district of the city`), of no other town than the toll's
    /// (`the Karmun neighbourhood of Tovin` is no part of a toll in Vesk), while the toll's own place is
    /// called none: `Jets killed 16 people in Vesk. Nine died in the Karmun neighbourhood and seven in Sarn
    /// district.`
    func isNeighbourhoodOfTheTollsTown(_ part: Figure, _ whole: Figure) -> Bool {
        guard let site = part.site, let town = whole.site, let name = Self.lastWord(of: site),
            let townName = Self.lastWord(of: town), neighbourhoodNames[townName] == nil,
            let container = neighbourhoodNames[name]
        else { return false }
        return container == nil || container == townName || container == "the"
    }

    /// The lowercased last word of a place's name (`Salah Eddin` → `eddin`).
    static func lastWord(of name: String) -> String? {
        name.wordsBetweenSpaces().last.map { $0.lowercased() }
    }

    /// The names the paragraph gives right before a noun of a part of a town (`the Karmun neighbourhood`,
    /// `Sarn district`), by their last word lowercased, each with the last word of the town named after
    /// `of` (`… of Tovin` → `tovin`, `… of the city` → `the`), or nil when none is: one pass over the
    /// paragraph.
    static func neighbourhoodNames(in tokens: [Token]) -> [String: String?] {
        var names: [String: String?] = [:]
        for i in tokens.indices.dropFirst() where Self.neighbourhoodNouns.contains(lowerOf: tokens[i]) {
            let name = tokens[i - 1]
            guard name.isWord, name.isCapitalized || name.lower.hasPrefix("al-") || name.lower.hasPrefix("el-"),
                !Self.notANeighbourhoodName.contains(lowerOf: name)
            else { continue }
            var container: String?
            if i + 2 < tokens.count, tokens[i + 1].lowerIs("of") {
                if tokens[i + 2].lowerIs("the") {
                    container = "the"
                } else {
                    var k = i + 2
                    while k + 1 < tokens.count, k - i < 6, tokens[k + 1].isWord, tokens[k + 1].isCapitalized { k += 1 }
                    if tokens[k].isWord, tokens[k].isCapitalized { container = tokens[k].lower }
                }
            }
            // (Named twice, of two towns: of neither for sure.)
            if let known = names[name.lower], known != container {
                names[name.lower] = .some("")
            } else {
                names[name.lower] = .some(container)
            }
        }
        return names
    }

    /// Nouns of a part of a town after its name: `the Karmun neighbourhood`, `Sarn district`.
    static let neighbourhoodNouns: WordSet = [
        "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "district", "districts", "quarter",
        "quarters", "suburb", "suburbs",
    ]

    /// Capitalised words before such a noun that name no place: `The district`, `Each neighbourhood`.
    static let notANeighbourhoodName: WordSet = [
        "the", "a", "an", "this", "that", "these", "those", "each", "every", "one", "another", "other", "its",
        "their", "his", "her", "residential", "central", "northern", "southern", "eastern", "western", "old",
    ]

    /// Whether `part` names no place of its own, or the toll's.
    func isAtTheTollsOwnPlace(_ part: Figure, _ whole: Figure) -> Bool {
        part.site == nil || part.site?.lowercased() == whole.site?.lowercased()
    }

    /// A toll that names no place, or names it as an area: `near Vesk`, `around the city`, `across Loria
    /// province`, `in the Vesk countryside`. Read in a window of ``areaWordReach`` words either side of
    /// the count, so that each toll costs the same however long its sentence.
    func isAreaToll(_ whole: Figure) -> Bool {
        guard whole.site != nil else { return true }
        let sentence = sentenceRange(sentenceIndex(of: whole))
        let start = ArticleExtractor.firstToken(endingAfter: whole.span.start, in: tokens)
        let reach = Self.areaWordReach
        let window = max(sentence.lowerBound, start - reach)..<min(sentence.upperBound, start + reach)
        return window.contains { k in
            // (`killed around 30 people`, `near 40`: an approximation before a number is no area.)
            Self.areaWords.contains(lowerOf: tokens[k])
                && !(k + 1 < sentence.upperBound && NumberWords.startsNumeral(tokens[k + 1]))
        }
    }

    /// How many words either side of a toll's count may tell that it is over an area.
    static let areaWordReach = 12

    /// Words that make a toll's place an area holding other places.
    static let areaWords: WordSet = [
        "near", "around", "across", "throughout", "outside", "outskirts", "province", "provinces", "region",
        "regions", "countryside", "governorate", "district", "districts", "rural", "villages", "towns",
        "neighbourhoods", "neighborhoods", "quarters", "suburbs", "areas",
    ]
}
