// `The Standard quoted Mr Clarke telling activists that …`: the one a paper quotes speaks, and a
// `he said` after it is theirs, not the paper's.

extension QuoteParagraph {
    /// The named object of the quoting verb at `v` (`quoted`, `cited`) when a participle of saying
    /// follows it, with or without `as` (`quoted Mr Clarke telling`, `cited Ann Lee as saying`).
    func quotedSpeaker(afterVerbAt v: Int) -> Attribution? {
        let end = sentenceEnd[v]
        var a = v + 1
        while a < end, a - v <= Self.subjectReach, verbs[a] == nil, !tokens[a].lowerIs("as"),
            tokens[a].isWord || mentionCovering[a] >= 0 || isInitialStop(a)
        {
            a += 1
        }
        guard a > v + 1, a < end else { return nil }
        let participle = tokens[a].lowerIs("as") ? a + 1 : a
        guard participle < end, verbs[participle] == .participle else { return nil }
        switch phraseAfter(v + 1, end: a) {
        case .entity(let e)? where entities.entities[e].kind == .person: return .entity(e)
        case .name(let name)?: return .name(name)
        default: return nil
        }
    }
}
