// `A witness named Bo Lin who was hurt described the blast. "…," he said`: the person a sentence introduces
// as its subject speaks the `he` or `she` quote of that sentence or the next, before whoever spoke earlier.

extension QuoteExtractor.Recent {
    /// The person a sentence of the article introduced as its subject (``QuoteParagraph/introducedSubject(at:)``),
    /// with its paragraph, the sentence's first token and how many people had been noted by then.
    struct Introduced {
        var person: QuoteExtractor.Speaker
        var paragraph: Int
        var sentence: Int
        var noted: Int
    }

    /// The introduced person `he` or `she` stands for in a quote whose sentence starts at `sentence`: when they
    /// were introduced in that sentence or the one right before it in the same paragraph, nobody else was
    /// noted as a subject since, and their gender, when known, fits.
    func introducedPerson(
        for pronoun: String, sentence: Int, in p: QuoteParagraph, excluding: Set<String>
    ) -> QuoteExtractor.Speaker? {
        guard let introduced, introduced.paragraph == p.position, introduced.noted <= people.count,
            !excluding.contains(introduced.person.name)
        else { return nil }
        let previous = sentence > 0 ? p.sentenceStart[sentence - 1] : sentence
        guard introduced.sentence == sentence || introduced.sentence == previous else { return nil }
        for k in introduced.noted..<people.count where !people[k].name.isEmpty {
            if people[k].name != introduced.person.name { return nil }
        }
        let gender = introduced.person.gender ?? pronounGender[introduced.person.name]
        switch (pronoun, gender) {
        case ("he", .male?), ("she", .female?): return introduced.person
        case (_, nil):
            // A newcomer of unknown gender does not take `she` from a woman known to be one who was noted just
            // before (`"…," said Mrs Roe. Vessa Kindt, a driver, came to help. "…," she said`): the pronoun
            // is read as usual then.
            guard
                !recentPersonFits(
                    pronoun, before: introduced.noted, paragraph: p.position, other: introduced.person.name)
            else { return nil }
            // Whom `she` stood for is a woman for the pronouns after, as in ``person(for:paragraph:excluding:)``.
            var found = introduced.person
            found.gender = pronoun == "he" ? .male : .female
            return found
        default: return nil
        }
    }

    /// Whether one of the last people noted before index `end` of ``people`` (at most ``pronounReach``, in
    /// `paragraph` or the one before), other than `name`, is known to be of the gender `pronoun` says.
    private func recentPersonFits(_ pronoun: String, before end: Int, paragraph: Int, other name: String) -> Bool {
        var seen = 0
        var k = min(end, people.count) - 1
        while k >= 0, seen < Self.pronounReach, peopleAt[k] >= paragraph - 1 {
            let person = people[k]
            k -= 1
            seen += 1
            guard !person.name.isEmpty, person.name != name else { continue }
            let gender = person.gender ?? pronounGender[person.name]
            if pronoun == "he" && gender == .male || pronoun == "she" && gender == .female { return true }
        }
        return false
    }
}

extension QuoteExtractor {
    /// Notes the person the sentence starting at `i` introduces as its subject, if any.
    func noteIntroducedSubject(
        at i: Int, in p: QuoteParagraph, genders: [Int: QuoteRoles.Gender], recent: inout Recent
    ) {
        guard let e = p.introducedSubject(at: i), case .speaker(let person) = speaker(.entity(e), p, genders, recent),
            person.kind == .person
        else { return }
        recent.introduced = Recent.Introduced(
            person: person, paragraph: p.position, sentence: i, noted: recent.people.count)
    }
}
