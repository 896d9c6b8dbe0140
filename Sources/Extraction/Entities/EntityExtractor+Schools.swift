/// Schools are bodies: `Vesk High School`, `Pine Hill Elementary`, `the Lake Ridge schools` name an
/// organisation, never a person or a place (a school is a place only when the text is about being inside
/// it, see ``structure(_:in:)``).
extension EntityExtractor {
    /// Last words of schools' names beyond the shared heads (`Academy`, `College`, `University`).
    static let schoolHeads: WordSet = [
        "School", "Schools", "Elementary", "Kindergarten", "Seminary", "Polytechnic", "Conservatory",
    ]

    /// Words after a school's head that name the body running schools: `Harlow School District`.
    static let schoolBodyWords: WordSet = ["District", "Board", "Division", "Authority", "System"]

    /// `Vesk High School`, `Pine Hill Elementary`, `Harlow Unified School District`: a name of two words or
    /// more ending in a school's head, or in one and the word of the body that runs them.
    func schoolByHead(_ range: Range<Int>, in tokens: [Token]) -> Evidence? {
        guard range.count >= 2 else { return nil }
        let last = tokens[range.upperBound - 1].text
        if range.count >= 3, Self.schoolBodyWords.contains(last),
            Self.schoolHeads.contains(tokens[range.upperBound - 2].text)
        {
            return Evidence(kind: .organization, weight: Evidence.structure)
        }
        guard Self.schoolHeads.contains(last),
            // `Sunday School`, `High School`: a kind of school in capitals names none.
            !range.dropLast().allSatisfy({ isCommonWord(tokens[$0]) })
        else { return nil }
        return Evidence(kind: .organization, weight: Evidence.structure)
    }

    /// `the Lake Ridge schools`, `the Oak Grove school district`: a name the gazetteer does not know as a
    /// place, between `the` and a lowercase `school` or `schools`, is the name of a school or a district's
    /// schools (a known town before them, `the Tarnow schools`, stays the town; `100 Catholic schools` are a
    /// kind).
    func schoolByFollower(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>
    ) -> Evidence? {
        let tokens = paragraph.tokens
        let end = range.upperBound
        guard end < sentence.upperBound, ["school", "schools"].contains(tokens[end].text),
            range.lowerBound > sentence.lowerBound, tokens[range.lowerBound - 1].lower == "the",
            !range.contains(where: { isGivenName(tokens[$0]) || tokens[$0].startsLowercase }),
            gazetteer.place(named: paragraph.text(of: range)) == nil,
            knownEvidence(range, in: paragraph) == nil
        else { return nil }
        return Evidence(kind: .organization, weight: Evidence.cue)
    }
}
