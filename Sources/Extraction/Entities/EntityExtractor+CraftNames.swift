/// Craft and programmes named like small towns: `the Orion capsule`, `the Vulcan rocket`, `NASA's Artemis
/// programme`. The gazetteer knows a town of the name, but a kind of craft or programme right after it
/// says the name is the craft's, and so is every other mention of it here (`Orion will carry four
/// astronauts`), unless the article places the name (`in Orion`, `the town of Vulcan`). The schema has no
/// kind for craft: their mentions are not stored, and no town is linked.
extension EntityExtractor {
    /// Towns of more people than this are named for themselves before such words (`the Gaza mission`, `the
    /// Kabul programme`), as are countries and regions.
    static let craftTownPopulation = 100_000

    /// The candidates without the names of craft and programmes that the gazetteer has as small towns.
    func withoutCraftNamedLikeTowns(_ input: consuming [Candidate], in article: AnalyzedArticle) -> [Candidate] {
        let candidates = consume input
        var crafts = Set<String>()
        var placed = Set<String>()
        for k in candidates.indices where candidates[k].kind == .place {
            let tokens = article.paragraphs[candidates[k].paragraph].tokens
            let range = candidates[k].tokens
            if Self.namesCraft(range, in: tokens) {
                if let town = gazetteer.place(named: candidates[k].name), town.kind == .city,
                    town.population < Self.craftTownPopulation
                {
                    crafts.insert(candidates[k].name)
                }
            } else if Self.isPlacedByFrame(range, in: tokens) {
                placed.insert(candidates[k].name)
            }
        }
        crafts.subtract(placed)
        guard !crafts.isEmpty else { return candidates }
        return Self.retaining(consume candidates) { !crafts.contains($0.name) }
    }

    /// The candidates that `keep` (which may also change them) accepts, in order and moved down in place,
    /// with each parenthesised alternative pointing at its name's new position.
    static func retaining(_ input: consuming [Candidate], where keep: (inout Candidate) -> Bool) -> [Candidate] {
        var candidates = consume input
        var kept = 0
        var newIndex = [Int?](repeating: nil, count: candidates.count)
        for i in candidates.indices {
            var candidate = candidates[i]
            guard keep(&candidate) else { continue }
            candidate.alternativeOf = candidate.alternativeOf.flatMap { newIndex[$0] }
            newIndex[i] = kept
            candidates[kept] = candidate
            kept += 1
        }
        candidates.removeSubrange(kept...)
        return candidates
    }

    /// `the Orion capsule`, `Vulcan rockets`, `the Artemis programme aims`, `the Orion mission team`: a
    /// lowercase kind of craft or programme right after the name, not heading an attack on the place (`the
    /// Sderot rocket attacks`).
    static func namesCraft(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        let k = range.upperBound
        guard k < tokens.count, tokens[k].isWord, tokens[k].startsLowercase,
            EntityProductWords.craftsAndProgrammes.contains(tokens[k].lower)
        else { return false }
        return k + 1 >= tokens.count || !attackWords.contains(tokens[k + 1].lower)
    }

    /// Words after `rocket` or `missile` that make it an attack, on the place named before.
    static let attackWords: WordSet = [
        "attack", "attacks", "fire", "barrage", "barrages", "strike", "strikes", "salvo", "salvos", "alert",
        "alerts", "siren", "sirens", "shelter", "shelters",
    ]

    /// `in Orion`, `near Vulcan`, `the town of Artemis`, `Orion province`: words that place the name.
    static func isPlacedByFrame(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        let start = range.lowerBound, end = range.upperBound
        if start > 0, tokens[start - 1].isWord {
            let before = tokens[start - 1].lower
            if EntityLexicon.placePrepositions.contains(before) || ["at", "from"].contains(before)
                || EntityLexicon.placeCues.contains(before)
            {
                return true
            }
            if before == "of", start >= 2, EnglishLexicon.placeOfHeads.contains(tokens[start - 2].lower) { return true }
        }
        return end < tokens.count && tokens[end].isWord && EnglishLexicon.placeHeads.contains(tokens[end].lower)
    }
}
