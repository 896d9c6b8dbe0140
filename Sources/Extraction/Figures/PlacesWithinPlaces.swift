/// Two places of one incident, one inside the other, as a sentence's words tell it: `the town of Ashby in
/// Marlow province`, `Ashby near Marlow`, `the Marlow district of Ashby`, `Marlow's Ashby`; and a place a
/// sentence calls an area that holds others (`the province of Marlow`, `rural Marlow`, `Marlow countryside`).
/// Read from a sentence's text, ignoring case, so that two counts of the same number in one article can be
/// told to be one incident told at two places. (incident_keys in schema.sql reads the same words.)
enum PlacesWithinPlaces {
    /// How far after the finer place the coarser may begin: `Ashby in the western countryside of Marlow`.
    static let reach = 30
    /// How long the words between a coarser place written first and the finer may run: `Marlow district of`.
    static let reachBefore = 25

    /// Whether `sentence` names `fine` as lying in `coarse`: the finer place, then within ``reach``
    /// characters `in`, `near`, `outside` or `of` and the coarser (no number, no `and`, no `;` between); or
    /// the coarser, then `'s` or a few words ending in `of` (`district of`), then the finer.
    static func namesWithin(fine: String, coarse: String, in sentence: String) -> Bool {
        let said = sentence.lowercased(), fine = fine.lowercased(), coarse = coarse.lowercased()
        guard !fine.isEmpty, !coarse.isEmpty, fine != coarse, let fineRange = said.firstRange(of: fine),
            let coarseRange = said.firstRange(of: coarse)
        else { return false }
        if coarseRange.lowerBound >= fineRange.upperBound {
            let between = said[fineRange.upperBound..<coarseRange.lowerBound]
            let padded = " " + between
            return between.count <= reach && isPlainLink(between)
                && ["in", "near", "outside", "of"].contains { padded.contains(" \($0) ") }
                && !said[coarseRange.upperBound...].hasPrefix(" border")
        }
        guard coarseRange.upperBound <= fineRange.lowerBound else { return false }
        let between = said[coarseRange.upperBound..<fineRange.lowerBound]
        if ["'s ", "’s ", "s "].contains(String(between)) { return true }
        return between.count <= reachBefore && isPlainLink(between) && !between.contains(",")
            && (between.hasSuffix(" of ") || between.hasSuffix(" of the "))
    }

    /// Words between two places that name no other count or clause: no digit, no `and`, no `;` or `:`.
    static func isPlainLink(_ between: Substring) -> Bool {
        !between.contains { $0.isNumber || $0 == ";" || $0 == ":" } && !(" " + between + " ").contains(" and ")
    }

    /// Whether `sentence` tells of another incident than one before it: `In a separate incident`,
    /// `another`, `elsewhere`, `meanwhile` (incident_keys reads the same words).
    static func tellsAnotherIncident(_ sentence: String) -> Bool {
        let said = sentence.lowercased()
        return anotherIncidentWords.contains { said.contains($0) }
    }

    static let anotherIncidentWords = ["separate", "another", "elsewhere", "meanwhile"]
}
