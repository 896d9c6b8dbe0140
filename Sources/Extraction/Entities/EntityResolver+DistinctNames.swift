extension EntityResolver {
    /// Whether two names of entities of `kind` are each a distinct known thing, which an alias they share
    /// (`Group C` written after two countries, a club after two players) must not make one: two places the
    /// gazetteer knows apart (`Norland` and `Vestria`), or two people's full names whose given names and
    /// surnames both differ (`Tom Reed` and `Ian Cole`; not `Tom Reed` and `Thomas Reed`, nor `Ana al-Sayed`
    /// and `Ana Sayyed`). The archive's writer asks it before joining an entity to another through an alias.
    public static func areDistinct(
        _ a: String, _ b: String, kind: ExtractedEntity.Kind, gazetteer: Gazetteer?
    ) -> Bool {
        guard a != b else { return false }
        switch kind {
        case .place:
            guard let gazetteer, let p = gazetteer.place(named: a), let q = gazetteer.place(named: b) else {
                return false
            }
            return p != q
        case .person:
            guard let p = PersonNameParts(a), let q = PersonNameParts(b) else { return false }
            return !EntityGivenNameShortForms.sameGivenName(p.given, q.given)
                && looseKey(p.surname) != looseKey(q.surname)
        default:
            return false
        }
    }
}
