/// `The Tarn Front claimed the attack. The group said 30 soldiers died`, `… the rescue service said`: a group's
/// description that refers back to the one group named in its sentence or the one before, when what the
/// article called each organisation (``entity(describedBy:)``) left it to none or several.
extension SourceResolver {
    /// Heads of a description that stands for a group: `the group`, `the organisation`, `the charity`.
    static let groupNouns: WordSet = ["group", "organisation", "organization", "charity"]
    /// Heads of a rescuers' description with `rescue` before them: `the rescue service`, `the rescue team`.
    static let rescueHeads: WordSet = groupNouns.union(["service", "team", "workers"])
    /// Words that say rescuers: `the rescue service`, `the rescuers' group`.
    static let rescueWords: WordSet = ["rescue", "rescuers"]
    /// Words of a rescue service's name: `Tarn Rescue`, `Vesk Red Crescent`, `the White Helmets`.
    static let rescueNameWords: WordSet = ["rescue", "helmets", "crescent", "ambulance", "paramedics"]

    /// Kinds of organisation a group may be by its name or what the article called it (`Vesk Relief
    /// Organisation`, `the monitoring group`); any other (`Health Ministry`, `the state agency`) is none.
    static let groupKinds: Set<String> = [
        "group", "monitor", "organisation", "organization", "union", "coalition", "network", "committee",
        "charity", "rescue",
    ]

    /// How many sentences back a group's description may reach: its own and the one before.
    static let groupReach = 2

    /// The one organisation named in this sentence (before the description) or the one before that may be the
    /// group (a rescue service for `the rescue service`); nil when none or several are in reach. Only when the
    /// sentence writes `the group` or `the rescue service` as such (``groupDescription(in:tokens:)``): not `the
    /// extremist group` or `the monitoring group`, whose other words say more than a group (and which a phrase
    /// cut short to `group` would hide).
    func group(describedBy written: [String]) -> Int? {
        let words = (written.first?.lowercased() == "the" ? Array(written.dropFirst()) : written).map {
            $0.lowercased()
        }
        guard let described = bareGroupDescription, described.words == words else { return nil }
        let rescue = words.count == 2
        let inReach = recentOrganizations.filter { sentencesRead - (organizationNamedAt[$0] ?? 0) < Self.groupReach }
        // (Every organisation of the two sentences must be among the recent ones for `one` to mean one.)
        guard inReach.count < Self.recentLimit else { return nil }
        let fitting = inReach.filter {
            // (`The group, whose channels include Vesk TV, said`: a name after the description is not its.)
            (firstNamedInSentence[$0].map { $0 < described.at } ?? true)
                && (rescue ? isRescueService($0) : mayBeGroup($0))
        }
        return fitting.count == 1 ? fitting[0] : nil
    }

    /// The sentence's first `the group` (`the organisation`, `the charity`) or `the rescue service` (`the
    /// rescue team`, `the rescue group`): the words after `the`, lowercased, and the token of the head.
    static func groupDescription(in sentence: Range<Int>, tokens: [Token]) -> (words: [String], at: Int)? {
        for k in sentence where k - 1 >= sentence.lowerBound && !tokens[k].isCapitalized {
            let word = tokens[k].lower
            if groupNouns.contains(word), tokens[k - 1].lowerIs("the") { return ([word], k) }
            if rescueHeads.contains(word), k - 2 >= sentence.lowerBound, rescueWords.contains(lowerOf: tokens[k - 1]),
                tokens[k - 2].lowerIs("the")
            {
                return ([tokens[k - 1].lower, word], k)
            }
        }
        return nil
    }

    /// Whether the organisation may be a group: no news agency, nothing the article shows to be a business,
    /// and no kind but a group's by its name or beside it.
    private func mayBeGroup(_ entity: Int) -> Bool {
        let named = entities.entities[entity]
        if ([named.name] + named.aliases).contains(where: FigureLexicon.newsAgencies.contains) { return false }
        // (`Revenues at media group Kelvar fell, the group said`: a business the article called a group is one.)
        if descriptionKinds(of: entity).contains("group") { return true }
        if namedAmongBusinessWords.contains(entity) { return false }
        if ([named.name] + named.aliases).contains(where: {
            $0.wordsBetweenSpaces().last.map { Self.companyNameEnds.contains(String($0)) } ?? false
        }) {
            return false
        }
        return descriptionKinds(of: entity).isSubset(of: Self.groupKinds)
    }

    /// Whether the organisation is a rescue service: by a word of its name (`Tarn Rescue`, `White Helmets`,
    /// `Vesk Civil Defence`) or as the article called it (`the rescue group X`).
    private func isRescueService(_ entity: Int) -> Bool {
        if descriptionKinds(of: entity).contains("rescue") { return true }
        let named = entities.entities[entity]
        return ([named.name] + named.aliases).contains { name in
            let words = name.wordsBetweenSpaces().map { $0.lowercased() }
            return words.contains { Self.rescueNameWords.contains($0) }
                || zip(words, words.dropFirst()).contains { $0 == "civil" && ($1 == "defence" || $1 == "defense") }
        }
    }
}
