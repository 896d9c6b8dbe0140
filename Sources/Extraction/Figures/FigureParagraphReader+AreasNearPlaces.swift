/// `Shells fired from the suburbs of eastern Ghouta near Damascus killed four`: the area named before `near`
/// is where it happened, not the place it is near, though the entity pass (which knows no such area, nor
/// one written with a lower-case direction word) made no place of it.
extension FigureParagraphReader {
    /// The area as written (`eastern Ghouta`, `Jobar`) when `mention` follows `near` (or `near the capital`)
    /// right after one to three capitalised words, maybe after a direction word (`eastern`, `southern`), that
    /// no entity covers and that follow a word saying where (`in`, `from`, `on`, `at`, `the suburbs of`).
    /// Nil otherwise (`Saraqib near Idlib`, two places the entity pass knows, is read as before).
    func areaNamedBeforeNear(_ mention: EntityExtractor.MentionReference, floor: Int) -> String? {
        var j = mention.tokens.lowerBound - 1
        // (`near the capital Damascus`, `near the Syrian capital`)
        while j > floor, mention.tokens.lowerBound - j <= 3, tokens[j].lowerIs(oneOf: ["the", "capital"]) { j -= 1 }
        // (Not in a headline's capitals: `Ten Die in Coalition Strikes Near Marlow`.)
        guard j > floor, tokens[j].text == "near", !paragraph.isTitleCase else { return nil }
        // (`in the eastern Ghouta area near Damascus`)
        let nameEnd = Self.areaAfterName.contains(lowerOf: tokens[j - 1]) ? j - 1 : j
        var k = nameEnd - 1
        while k >= floor, nameEnd - k <= 3, tokens[k].isWord, tokens[k].isCapitalized || tokens[k].lower.hasPrefix("al-"),
            !EnglishLexicon.notNames.contains(tokens[k].text), !FigureLexicon.phraseBreakers.contains(tokens[k].lower),
            // (`killed in a Car Bomb near Marlow`: an incident's capitals, no area.)
            !Self.incidentWords.contains(lowerOf: tokens[k]), !Self.isIncidentHead(tokens[k])
        {
            k -= 1
        }
        var nameStart = k + 1
        guard nameStart < nameEnd, k >= floor else { return nil }
        // (`eastern Ghouta`: the direction word is part of the area's name.)
        if FigureLexicon.compassAdjectives.contains(lowerOf: tokens[k]) {
            nameStart = k
            k -= 1
        }
        guard k >= floor, saysWhereBefore(k, floor: floor),
            entities.mentions(in: nameStart..<nameEnd, paragraph: paragraph.position).isEmpty
                && !places.contains(where: { $0.tokens.overlaps(nameStart..<nameEnd) })
        else { return nil }
        return (nameStart..<nameEnd).map { tokens[$0].text }.joined(separator: " ")
    }

    /// Token `k` says where the name after it lies: `in`, `from`, `on`, `at`, or `of` after a noun of an
    /// area (`the suburbs of`, `the outskirts of`, `the area of`).
    private func saysWhereBefore(_ at: Int, floor: Int) -> Bool {
        // (`in the Jobar area`)
        let k = tokens[at].lowerIs("the") && at - 1 >= floor ? at - 1 : at
        if tokens[k].lowerIs(oneOf: ["in", "from", "on", "at", "into", "inside", "targeting"]) { return true }
        guard tokens[k].lowerIs("of"), k - 1 >= floor else { return false }
        return FigureLexicon.areaNouns.contains(lowerOf: tokens[k - 1])
            || EnglishLexicon.placeOfHeads.contains(lowerOf: tokens[k - 1])
    }

    /// Nouns of an area after its name, before `near`: `the Jobar area near Damascus`.
    static let areaAfterName: WordSet = ["area", "region", "countryside", "suburbs", "suburb", "district", "enclave"]
}
