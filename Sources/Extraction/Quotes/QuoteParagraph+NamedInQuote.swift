// `"I have had a long talk with Arno," he said.`: a speaker does not name himself in the third person, so a
// `he` or `she` that attributes a quote stands for none of the people the quote itself names (a manager's
// words about his player go to the manager, not to the player the sentence before made its subject).

extension QuoteParagraph {
    /// The people (entities) named inside quote `q`, each where its mention opens within the quoted words.
    func peopleNamed(inQuote q: Int) -> [Int] {
        let span = spans[q]
        var people: [Int] = []
        for k in (span.open + 1)..<span.contentEnd where mentionCovering[k] >= 0 {
            let mention = mentions[mentionCovering[k]]
            guard mention.tokens.lowerBound == k, entities.entities[mention.entity].kind == .person else { continue }
            people.append(mention.entity)
        }
        return people
    }
}
