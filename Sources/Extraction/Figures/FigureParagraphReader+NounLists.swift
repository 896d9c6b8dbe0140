/// What a number counts when a list of nouns follows it: `2,000 men, women and children` counts people, not
/// men; `12,000 sedans, coupes and SUVs` counts vehicles; `300 homes, shops and schools` counts nothing one
/// noun names.
extension FigureParagraphReader {
    /// The unit a list of nouns gives its count.
    enum NounListUnit: Equatable {
        /// The noun the list's nouns share: `person`, `vehicle`, or the one head they all repeat.
        case shared(String)
        /// Three or more unlike things and no people (`homes, shops and schools`): no unit, so no figure.
        case unnamed
    }

    /// The unit of the list of plural nouns that opens at `head` (joined by commas and a closing `and`/`or`),
    /// or nil when no list opens there or it keeps its first noun (`25 soldiers and militiamen` count soldiers,
    /// `11 towns and villages` towns):
    /// - people of a sex or an age opening a list of people → `person` (`men, women and children`);
    /// - vehicles only → `vehicle` (`trucks, vans and sports cars`);
    /// - three or more nouns, none of people → the noun after a closing `and other` (`firms, groups and other
    ///   parties`), their one head, or ``NounListUnit/unnamed``.
    func nounListUnit(after head: Int, sentence: Range<Int>) -> NounListUnit? {
        guard let (heads, closesOnOthers) = listHeads(after: head, sentence: sentence) else { return nil }
        let first = heads[0]
        if FigureLexicon.genderedPeople.contains(first) || Self.agedPeople.contains(first),
            heads.allSatisfy(FigureLexicon.peopleUnits.contains)
        {
            return .shared("person")
        }
        if heads.allSatisfy(FigureLexicon.vehicleNouns.contains) { return .shared("vehicle") }
        guard heads.count >= 3, !heads.contains(where: FigureLexicon.peopleUnits.contains) else { return nil }
        // `banks, brokers and other lenders`: the list names what they all are (not two
        // nouns: `40 rifles and other weapons` may count the rifles alone).
        if closesOnOthers, let last = heads.last { return .shared(last) }
        // (Not `historians, economists and law scholars`: people, though no word list says so.)
        guard !heads.contains(where: Self.mayNamePeople) else { return nil }
        return heads.allSatisfy({ $0 == first }) ? .shared(first) : .unnamed
    }

    /// The singular heads of the list of plural nouns whose first noun is at `head`, and whether its closing
    /// item opens on `other`; nil unless a closing `and`/`or` joins at least two. Each later item is up to three
    /// words ending on its plural head (`sports cars`). Looks at most five items ahead.
    func listHeads(after head: Int, sentence: Range<Int>) -> (heads: [String], closesOnOthers: Bool)? {
        var heads = [Self.singular(tokens[head].lower)]
        var i = head + 1
        while heads.count < 6, i < sentence.upperBound {
            let start = i
            if tokens[i].isPunctuation(",") { i += 1 }
            let closing = i < sentence.upperBound && tokens[i].lowerIs(oneOf: ["and", "or"])
            if closing { i += 1 }
            guard i > start, let item = listItemHead(at: i, closing: closing, sentence: sentence) else { return nil }
            heads.append(Self.singular(tokens[item].lower))
            if closing { return (heads, tokens[i].lowerIs("other")) }
            i = item + 1
        }
        return nil
    }

    /// The head of a list item opening at `start`: a plural noun after at most two lowercase modifiers
    /// (`other minorities`, `fire trucks`). A middle item must end where a comma or `and`/`or` follows; the
    /// closing item ends on its first plural noun unless that modifies the next (`and sports cars`).
    func listItemHead(at start: Int, closing: Bool, sentence: Range<Int>) -> Int? {
        var found: Int?
        var i = start
        while i < sentence.upperBound, i - start < 3 {
            let token = tokens[i]
            // (Not `two women and two children`: a number of their own; not `sheep, ruined many fields`:
            // a verb and its object.)
            guard token.isWord, !token.isNumber, NumberWords.wordValue(token.lower) == nil,
                !FigureLexicon.englishFunctionWords.contains(lowerOf: token),
                !FigureLexicon.phraseBreakers.contains(lowerOf: token), !Self.listQuantifiers.contains(lowerOf: token)
            else { break }
            let acronym = Self.isAcronymPlural(token)
            if (!token.isCapitalized || acronym) && (isPluralNoun(token) || acronym) {
                found = i
                if !closing || !FigureLexicon.pluralModifiers.contains(lowerOf: token) { break }
            } else if token.isCapitalized || EnglishWords.bundled.partOfSpeech(of: token.lower) == .verb {
                break
            }
            i += 1
        }
        guard let head = found else { return nil }
        if closing { return head }
        let next = head + 1
        guard next < sentence.upperBound,
            tokens[next].isPunctuation(",") || tokens[next].lowerIs(oneOf: ["and", "or"])
        else { return nil }
        return head
    }

    /// `historian`, `economist`: a noun shaped like one for people.
    static func mayNamePeople(_ noun: String) -> Bool { noun.hasSuffix("ian") || noun.hasSuffix("ist") }

    /// `SUVs`, `APCs`: capitals with a lowercase plural `s`.
    static func isAcronymPlural(_ token: Token) -> Bool {
        let text = token.text
        guard text.count > 2, text.hasSuffix("s") else { return false }
        return text.dropLast().allSatisfy { $0.isUppercase }
    }

    /// `800,000 Kurds and other minorities`, `Rohingya and other Muslims`: a named group followed by `and
    /// other` and a plural noun of people counts people. Nil for anything else.
    func namedGroupAndOthersUnit(at i: Int, sentence: Range<Int>) -> String? {
        guard i + 3 < sentence.upperBound, tokens[i].isCapitalized, !tokens[i].isAllCaps,
            tokens[i + 1].lowerIs("and"), tokens[i + 2].lowerIs("other"), isPluralNoun(tokens[i + 3])
        else { return nil }
        let others = Self.singular(tokens[i + 3].lower)
        guard FigureLexicon.peopleUnits.contains(others) || Self.peopleGroups.contains(others) else { return nil }
        return "person"
    }

    /// The unit ``countedNoun(after:value:sentence:)`` gives a list of unlike things; ``figure(for:sentence:following:consumed:)``
    /// stores no figure for it (a wrong unit costs more than none) unless an event befell them.
    static let unnamedListUnit = "(unlike things)"

    /// Words of quantity that open a phrase of their own, not an item of a list: `many farms`.
    static let listQuantifiers: WordSet = ["many", "few", "several", "some", "much", "most", "all", "any", "no"]

    /// People counted by age who open a list of people: `children, women and the elderly`.
    static let agedPeople: WordSet = ["child", "adult", "baby", "infant", "teenager"]

    /// Groups of people that `and other` puts a named group among: `Kurds and other minorities`.
    static let peopleGroups: WordSet = [
        "minority", "group", "community", "nationality", "ethnicity", "tribe", "sect", "faith", "muslim",
        "christian",
    ]
}
