/// Whom `he` and `she` may stand for: a person the text shows to be one, not a capitalised fragment the
/// entity pass made a person for want of another kind (`Facility`, cut from `International Finance
/// Facility`). Read by the figure pass (`he said 5 died`) and the quote pass (`"…," he said`).
extension EntityExtractor.Result {
    /// Whether the person mentioned at `range` of `tokens` shows they are one: a name of two words or more, a
    /// title with a mention (`Mr`, `Finance Minister`; not `International Finance`, whose last word only
    /// modifies a title), a common given name, or a verb of saying right beside this mention (`Barazi said`,
    /// `Barazi has said`, `said Barazi`).
    func isEvidentPerson(_ entity: Int, mentionedAt range: Range<Int>, tokens: [Token]) -> Bool {
        let named = entities[entity]
        guard named.kind == .person else { return false }
        // (Not an alias: `International Finance Facility` is the title-and-name form of a cut `Facility`.)
        if named.name.contains(ascii: " ") { return true }
        if named.mentions.contains(where: { $0.role.map(Self.endsOnPersonTitle) ?? false }) { return true }
        if EntityGivenNames.common.contains(named.name.lowercased()) { return true }
        // (`Rowling has already revealed`: past auxiliaries and adverbs.)
        var after = range.upperBound
        while after < tokens.count, after - range.upperBound < 3, Self.beforeSpeechVerb.contains(tokens[after].lower) {
            after += 1
        }
        if after < tokens.count, EnglishLexicon.speechVerbs.contains(tokens[after].lower) { return true }
        let before = range.lowerBound - 1
        return before >= 0 && EnglishLexicon.speechVerbs.contains(tokens[before].lower)
    }

    /// Whether a role's last word is a title a person holds (`Minister`, `Mr`, `Director`, and `Chief`,
    /// `Executive` or `State` ending the role: `Army Chief`, `Secretary of State`), not one that only modifies
    /// the title after it (`Finance`, `Foreign`, `Vice`).
    static func endsOnPersonTitle(_ role: String) -> Bool {
        guard let last = role.wordsBetweenSpaces().last.map(String.init) else { return false }
        return EnglishLexicon.titles.contains(last) && !titleModifiers.contains(last)
    }

    /// Auxiliaries and adverbs between a speaker's name and the verb of saying: `has already said`.
    static let beforeSpeechVerb: WordSet = ["has", "had", "have", "also", "already", "later", "earlier", "previously"]

    /// Words of ``EnglishLexicon/titles`` that modify the title after them and hold none alone. Not `Chief`,
    /// `Executive` or `State`: they modify a title only where one follows them in the role (`Chief Executive`),
    /// and the last word has none after it.
    static let titleModifiers: WordSet = [
        "Vice", "Prime", "Foreign", "Defence", "Defense", "Interior", "Finance", "Supreme", "Grand", "Field",
        "Crown", "Special", "Former", "Acting", "Interim", "Opposition", "Deputy",
    ]
}
