/// A country's armed forces named by its nationality and a force's name: `Syrian Army`, `Russian Air Force`,
/// `Turkish Navy`. The words say what the name is, so it is an organisation wherever it stands, even in a
/// title-case headline or link title whose capitals say nothing else (`Syrian Army Kills Fighters near Homs`).
enum EntityNationalForces {
    /// The names of a country's forces, as words after its nationality.
    static let forceNames: [[String]] = [
        ["Army"], ["Navy"], ["Air", "Force"], ["Armed", "Forces"], ["Coast", "Guard"], ["Marine", "Corps"],
    ]

    /// Capitalised words before a nationality that make it part of another force's name (`Free Syrian Army`,
    /// `Royal Navy`): the nationality and the force's name are then no country's forces.
    static let wordsOpeningOtherForces: WordSet = [
        "Free", "New", "Royal", "Imperial", "National", "Revolutionary", "Liberation", "Popular", "People's",
        "Peoples", "Democratic", "Islamic",
    ]

    /// Lowercase words after the name that make it a thing's (`a Swiss Army knife`, `Army surplus`).
    static let thingsNamedAfterForces: WordSet = ["knife", "knives", "surplus", "boots", "jacket", "base"]

    /// The length of the forces' name opening at `k` (a nationality and a force's name), or nil.
    static func length(at k: Int, in tokens: [Token], limit: Int, gazetteer: Gazetteer) -> Int? {
        guard k < limit, tokens[k].isWord, tokens[k].isCapitalized, !tokens[k].isAllCaps,
            !tokens[k].text.hasSuffix("s") || tokens[k].text.hasSuffix("ss"),
            gazetteer.country(forDemonym: tokens[k].text) != nil
        else { return nil }
        if k > 0, tokens[k - 1].isWord, wordsOpeningOtherForces.contains(tokens[k - 1].text) { return nil }
        for words in forceNames where k + 1 + words.count <= limit {
            guard words.indices.allSatisfy({ tokens[k + 1 + $0].text == words[$0] }) else { continue }
            let end = k + 1 + words.count
            if end < tokens.count, tokens[end].isWord, thingsNamedAfterForces.contains(tokens[end].lower) { return nil }
            // `Syrian Army of Heroes`: a longer name goes on after the force's.
            if end + 1 < tokens.count, tokens[end].text == "of", tokens[end + 1].isCapitalized { return nil }
            return 1 + words.count
        }
        return nil
    }
}
