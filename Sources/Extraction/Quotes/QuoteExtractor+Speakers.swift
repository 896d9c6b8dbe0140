/// The speaker an attribution names: an entity in the name the article gives it in full, a name as
/// written, or whom a pronoun stands for.
extension QuoteExtractor {
    /// The speaker an attribution names, pronouns resolved against what came before.
    func speaker(
        _ attribution: Attribution, _ p: QuoteParagraph, _ genders: [Int: QuoteRoles.Gender], _ recent: Recent,
        excluding: @autoclosure () -> Set<String> = []
    ) -> Resolution {
        switch attribution {
        case .entity(let named):
            var e = p.roles.firstSpelling[named] ?? named
            var entity = p.entities.entities[e]
            // `said Mr. Brandon`: a person named by surname alone is the one the article names in full.
            if entity.kind == .person, !entity.name.contains(ascii: " ") {
                if let full = p.roles.personsBySurname[entity.name], full >= 0 {
                    e = p.roles.firstSpelling[full] ?? full
                    entity = p.entities.entities[e]
                } else if let full = p.roles.fullName(forSurname: entity.name) {
                    let gender = genders[e] ?? QuoteGivenNames.gender(ofName: full) ?? recent.pronounGender[entity.name]
                    return .speaker(Speaker(name: full, entity: e, kind: .person, gender: gender))
                }
            }
            let gender = genders[e] ?? recent.pronounGender[entity.name]
            return .speaker(Speaker(name: entity.name, entity: e, kind: entity.kind, gender: gender))
        case .name(let name):
            let last = name.wordsBetweenSpaces().last.map(String.init) ?? name
            let kind: ExtractedEntity.Kind = EnglishLexicon.organizationHeads.contains(last) ? .organization : .person
            let gender = kind == .person ? QuoteGivenNames.gender(ofName: name) : nil
            return .speaker(Speaker(name: name, entity: nil, kind: kind, gender: gender))
        case .pronoun(let pronoun):
            switch pronoun {
            case "he", "she": return recent.person(for: pronoun, paragraph: p.position, excluding: excluding())
            case "it": return recent.statementAuthorContinuing(paragraph: p.position) ?? recent.organization()
            case "they": return recent.organizationAsThey()
            case "statement": return recent.statementAuthor(paragraph: p.position)
            default: return .unnamed(nil)
            }
        case .unnamed(let stands):
            return .unnamed(stands)
        case .coordinated:
            return .none
        case .joint(let first, let second):
            // `Ann Lee and Bo Roe said`: both by the names they go by, joined; an entity of its own it is not.
            guard case .speaker(let one) = speaker(.entity(first), p, genders, recent),
                case .speaker(let other) = speaker(.entity(second), p, genders, recent), one.name != other.name
            else { return .unnamed(nil) }
            return .speaker(Speaker(name: one.name + " and " + other.name, entity: nil, kind: .person, joint: true))
        }
    }

    /// The names people go by as speakers, for the entities a parenthetical pronoun reports on.
    func reportedNames(_ entities: [Int], _ p: QuoteParagraph, _ genders: [Int: QuoteRoles.Gender], _ recent: Recent)
        -> Set<String>
    {
        Set(entities.compactMap { speaker(.entity($0), p, genders, recent).speaker?.name })
    }
}
