/// What the article has said so far about who speaks: the people and organisations named as subjects or
/// speakers, the last speech and statement, and quotes running on over paragraphs.
extension QuoteExtractor {
    /// Who spoke or acted last, for pronouns and for quotes that continue a speaker.
    struct Recent {
        var people: [Speaker] = []
        /// The paragraph each of `people` was noted in.
        var peopleAt: [Int] = []
        var others: [Speaker] = []
        /// Every person mentioned, subject or not, with the paragraph: a pronoun whose gender no recent
        /// subject fits may stand for one of them (`Mr Fielding met Emily Carter. … she said`).
        var mentioned: [(person: Speaker, paragraph: Int, subject: Bool)] = []
        /// The last quote's speaker or the last subject of a verb of saying, and its paragraph.
        var lastSpeech: (resolution: Resolution, paragraph: Int)?
        /// The last quote given to a written statement (`Roe's statement said: "…"`), its author and paragraph.
        var statementSpeech: (resolution: Resolution, paragraph: Int)?
        /// The previous paragraph's last quote when it ran to the paragraph's end without a closing mark.
        var runsOn: Resolution?
        /// How many of the article's last quotes run on over paragraphs with no attribution yet: the
        /// speaker the run's closing paragraph names is theirs too (`"… ¶ "… ¶ "…," she said.`).
        var unattributedRunOn = 0
        /// Set by a paragraph that closes such a run: how many quotes before it take its speaker.
        var backfill: (count: Int, speaker: String)?
        /// The last subject or speaker noted, named or not: `they` stands for it when it is an organisation.
        var lastSubject: Resolution?
        /// The gender of people no title, role or given name tells, from the `he` or `she` that stood for
        /// them (`Lee found the file. "…," she wrote` makes Lee a woman for the pronouns after).
        var pronounGender: [String: QuoteRoles.Gender] = [:]
        /// The last person a sentence introduced as its subject (`Dr Ann Roe, head of …, moved to …`).
        var introduced: Introduced?

        /// How many people back a pronoun may reach, skipping those of the other gender.
        static let pronounReach = 3

        /// The person `he` or `she` stands for: the latest one whose gender fits, skipping those known
        /// to be of the other gender. An unnamed person (`a spokesman said`) stands in the way of older
        /// names.
        ///
        /// When the latest subject is of the other gender, or the subject that fits was named two
        /// paragraphs back or more, the person of that gender mentioned in this paragraph or the one
        /// before comes first (`Reed spoke after Sarah Lin had called it a waste. "…," she said`); two
        /// such people leave the speaker unnamed (`narrationPerson`). A person whose gender evidence
        /// conflicts stands for no pronoun: the speaker stays unnamed.
        func person(for pronoun: String, paragraph: Int, excluding: Set<String> = []) -> Resolution {
            var seen = 0
            var names = Set<String>()
            for k in people.indices.reversed() where people[k].name.isEmpty || names.insert(people[k].name).inserted {
                let person = people[k]
                // `Mr Blair has failed, he claimed`: not anyone the pronoun's own clause reports on.
                if excluding.contains(person.name) { continue }
                seen += 1
                if seen > Self.pronounReach { break }
                switch (pronoun, person.gender) {
                case ("he", .female?), ("she", .male?):
                    if seen == 1, let found = narrationPerson(for: pronoun, paragraph: paragraph) {
                        return excluding.contains(found.speaker?.name ?? "") ? .unnamed(.person) : found
                    }
                    continue
                case (_, .conflicting?):
                    // `Party chairman Jane Roe urged calm. She said: …`: evidence that disagrees says nothing
                    // of the person; the latest subject stands for the pronoun when nobody else was named.
                    if seen == 1, !person.name.isEmpty, peopleAt[k] >= paragraph - 1,
                        onlyPersonNamed(person.name, since: peopleAt[k])
                    {
                        return .speaker(person)
                    }
                    return .unnamed(.person)
                default:
                    // Named two paragraphs back or more: the narration since may have named the person.
                    if peopleAt[k] < paragraph - 1, let found = narrationPerson(for: pronoun, paragraph: paragraph) {
                        return excluding.contains(found.speaker?.name ?? "") ? .unnamed(.person) : found
                    }
                    guard !person.name.isEmpty else { return .unnamed(.person) }
                    // Whom `she` stood for is a woman for the pronouns after (`Lin … she said. … he'd`).
                    var found = person
                    if found.gender == nil { found.gender = pronoun == "he" ? .male : .female }
                    return .speaker(found)
                }
            }
            if people.isEmpty, let found = narrationPerson(for: pronoun, paragraph: paragraph) {
                return excluding.contains(found.speaker?.name ?? "") ? .unnamed(.person) : found
            }
            return .unnamed(nil)
        }

        func organization() -> Resolution {
            guard let last = others.last, !last.name.isEmpty else { return .unnamed(nil) }
            return .speaker(last)
        }

        /// `they said` after `Big Machine have denied …`: the last subject, when it was an organisation or
        /// two people speaking together.
        func organizationAsThey() -> Resolution {
            guard case .speaker(let last)? = lastSubject, last.kind == .organization || last.joint else {
                return .unnamed(nil)
            }
            return .speaker(last)
        }

        /// `the statement said`: whoever spoke last in this paragraph or the one before, else the last
        /// organisation named as a subject.
        func statementAuthor(paragraph: Int) -> Resolution {
            if let last = lastSpeech, paragraph - last.paragraph <= 1, last.resolution.speaker != nil {
                return last.resolution
            }
            return organization()
        }

        /// `It added: "…"` right after `Roe's statement said: "…"`: the statement goes on, so its author, when
        /// the statement's quote was the last speech, in this paragraph or the one before.
        func statementAuthorContinuing(paragraph: Int) -> Resolution? {
            guard let statement = statementSpeech, paragraph - statement.paragraph <= 1,
                let last = lastSpeech, last.resolution == statement.resolution
            else { return nil }
            return statement.resolution
        }

        static let unnamedPerson = Speaker(name: "", entity: nil, kind: .person, gender: nil)
        static let unnamedOrganization = Speaker(name: "", entity: nil, kind: .organization, gender: nil)

        mutating func note(_ resolution: Resolution, paragraph: Int, speech: Bool) {
            switch resolution {
            case .speaker(let speaker):
                lastSubject = resolution
                if speaker.joint {
                    // Two people at once are nobody's `he` or `she`.
                } else if speaker.kind == .person {
                    notePerson(speaker, paragraph: paragraph)
                    if let gender = speaker.gender, gender != .conflicting { pronounGender[speaker.name] = gender }
                } else {
                    others.append(speaker)
                }
                if others.count > 32 { others.removeFirst(16) }
                if speech { lastSpeech = (resolution, paragraph) }
            case .unnamed(let kind):
                lastSubject = resolution
                if kind == .person { notePerson(Self.unnamedPerson, paragraph: paragraph) }
                if kind == .organization { others.append(Self.unnamedOrganization) }
                if speech { lastSpeech = (.unnamed(nil), paragraph) }
            case .none:
                break
            }
        }
    }
}
