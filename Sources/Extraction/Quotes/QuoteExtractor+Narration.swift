// Who `he` or `she` stands for when the narration named someone after the last subject that fits:
// `Lin found him. "…," she wrote`, or a subject two paragraphs back and a person named since.

extension QuoteExtractor.Recent {
    mutating func notePerson(_ person: QuoteExtractor.Speaker, paragraph: Int) {
        people.append(person)
        peopleAt.append(paragraph)
        if people.count > 32 {
            people.removeFirst(16)
            peopleAt.removeFirst(16)
        }
    }

    /// Whether every person mentioned from paragraph `first` on is the one called `name`.
    func onlyPersonNamed(_ name: String, since first: Int) -> Bool {
        for (person, at, _) in mentioned.reversed() {
            guard at >= first else { break }
            if person.name != name { return false }
        }
        return true
    }

    /// The one person mentioned in this paragraph or the one before whose gender is known to fit the
    /// pronoun: one who opened a clause as its subject (`Ford had drafted …`) before one named as an
    /// object (`he emailed Gaiman`). Two such people leave the speaker unnamed; nobody gives nil.
    func narrationPerson(for pronoun: String, paragraph: Int) -> QuoteExtractor.Resolution? {
        let wanted: QuoteRoles.Gender = pronoun == "he" ? .male : .female
        var subjects: [QuoteExtractor.Speaker] = []
        var others: [QuoteExtractor.Speaker] = []
        for (person, at, subject) in mentioned.reversed() {
            guard paragraph - at <= 1 else { break }
            guard person.gender == wanted else { continue }
            if subject {
                if !subjects.contains(where: { $0.name == person.name }) { subjects.append(person) }
            } else if !others.contains(where: { $0.name == person.name }) {
                others.append(person)
            }
        }
        let candidates = subjects.isEmpty ? others : subjects
        guard let first = candidates.first else { return nil }
        return candidates.count == 1 ? .speaker(first) : .unnamed(.person)
    }
}

extension QuoteParagraph {
    /// Whether mention `m` opens a clause as its subject: after the sentence's start, punctuation or a
    /// conjunction (past titles; not `and` after another name), and before a lowercase word that may be
    /// its verb (`, Ford had`, `when Lin found`); not an object (`emailed Gaiman`, `thought of Lin`).
    func isClauseSubject(_ m: Int) -> Bool {
        let range = mentions[m].tokens
        let floor = sentenceStart[range.lowerBound]
        let end = sentenceEnd[range.lowerBound]
        guard range.upperBound < end, adverbsThenVerb(after: range.upperBound, before: end) else { return false }
        var k = range.lowerBound - 1
        while k >= floor, tokens[k].isWord, mentionCovering[k] < 0, EnglishLexicon.titles.contains(tokens[k].text) {
            k -= 1
        }
        guard k >= floor else { return true }
        if tokens[k].kind == .punctuation { return spanOf[k] < 0 || spans[spanOf[k]].close == k }
        guard tokens[k].isWord, mentionCovering[k] < 0, QuoteLexicon.clauseBoundaries.contains(lowerOf: tokens[k])
        else {
            return false
        }
        // `reached Ann Lee and Jo Park late`: two people joined, not a new clause.
        return !(tokens[k].lowerIs(oneOf: ["and", "or"]) && k - 1 >= floor && mentionEnding[k - 1] >= 0)
    }
}
