/// Whose gender the article tells, for `he` and `she`: titles, role words, given names, and the pronouns
/// of sentences naming one person.
extension QuoteExtractor {
    /// Each person's gender from the titles and role words around their name and from their given name
    /// (conflicting when these disagree), else from the pronouns of sentences that name them and no
    /// other person (`Swift said her …`).
    static func genders(_ article: AnalyzedArticle, roles: QuoteRoles, entities: EntityExtractor.Result)
        -> [Int: QuoteRoles.Gender]
    {
        var votes: [Int: (male: Int, female: Int)] = [:]
        for paragraph in article.paragraphs {
            let tokens = paragraph.tokens
            // Only the two tables this needs, a paragraph at a time (see ``extract(from:entities:)``).
            let mentions = QuoteParagraph.mentions(of: paragraph, in: entities)
            let spanOf = QuoteParagraph.spanIndexes(of: QuoteMarks.spans(in: tokens), count: tokens.count)
            let mentionCovering = QuoteParagraph.coveringMentions(mentions, count: tokens.count)
            for sentence in paragraph.sentences {
                var person: Int?
                var several = false
                var male = 0, female = 0
                var someoneElse = false
                for i in sentence where spanOf[i] < 0 {
                    if mentionCovering[i] >= 0 {
                        let e = mentions[mentionCovering[i]].entity
                        if entities.entities[e].kind == .person {
                            if person != nil && person != e { several = true }
                            person = e
                        }
                    } else if person != nil {
                        switch pronounVotes[tokens[i].lower] {
                        // `Lin found him at his desk`: `him` and the male pronouns after it are someone else.
                        case .someoneElse?: someoneElse = true
                        case .male?: male += someoneElse ? 0 : 1
                        case .female?: female += 1
                        case nil: break
                        }
                    }
                }
                if let person, !several {
                    votes[person, default: (0, 0)].male += male
                    votes[person, default: (0, 0)].female += female
                }
            }
        }
        var result = roles.gender
        for (index, entity) in entities.entities.enumerated() where entity.kind == .person {
            guard let named = QuoteGivenNames.gender(ofName: entity.name) else { continue }
            if let known = result[index] {
                if known != named { result[index] = .conflicting }
            } else {
                result[index] = named
            }
        }
        for (entity, vote) in votes where result[entity] == nil {
            if vote.male > 2 * vote.female { result[entity] = .male }
            if vote.female > 2 * vote.male { result[entity] = .female }
        }
        return result
    }

    /// What a pronoun after a named person says in ``genders(_:roles:entities:)``: one look-up per word, not
    /// a comparison with each pronoun.
    private enum PronounVote { case someoneElse, male, female }

    private static let pronounVotes: WordTable<PronounVote> = [
        "him": .someoneElse, "he": .male, "his": .male, "himself": .male,
        "she": .female, "her": .female, "hers": .female, "herself": .female,
    ]
}
