/// `Kelvar Motors unveiled a wagon. The German automaker says it will go 300 miles`: a business noun (the
/// automaker, the lender, the airline) that refers back to the one company named in the last few sentences.
extension SourceResolver {
    /// Nouns a business is called by in a second reference.
    static let businessNouns: WordSet = [
        "automaker", "carmaker", "company", "firm", "lender", "bank", "insurer", "airline", "retailer",
        "manufacturer", "drugmaker", "chipmaker",
    ]

    /// Heads of a business's description beyond ``businessNouns``, which say too little of a sentence to
    /// make it speak of business (`the world's biggest maker of generics`): `the sports giant`.
    static let descriptionOnlyNouns: WordSet = ["maker", "brewer", "supermarket", "giant"]

    /// Last words of a company's name (`Kelvar Motors`, `Dunmore Inc`), the entity pass's.
    static let companyNameEnds = EntityLexicon.corporateSuffixes.union(EntityLexicon.companyHeads)

    /// Words of a sentence that speaks of a business: its shares, profits, sales and customers, or a business
    /// noun (`the airline`). Not `share`, a verb too (`to share information`).
    static let businessWords = businessNouns.union([
        "shares", "stock", "shareholders", "dividend", "sales", "profit", "profits", "losses", "revenue",
        "revenues", "earnings", "takeover", "carrier", "passengers", "customers", "subscribers", "investors",
        "executive",
    ])

    /// How many sentences back a business noun may reach for its company.
    static let businessReach = 4

    /// Kinds of organisation a business may be called by its name or beside it (`Tarn Bank`, `the firm
    /// Kelvar`); any other kind (`Health Ministry`, `the monitoring group X`) is no business.
    static let businessKinds: Set<String> = ["company", "firm", "bank"]

    /// The one organisation named in the last few sentences that may be a business, for `the German
    /// automaker`, `the lender`; nil when the words say more than a nationality and the noun, or when no
    /// such organisation or more than one is in reach.
    func company(describedBy words: [String]) -> Int? {
        guard isBusinessDescription(words) else { return nil }
        // (`Europe's biggest drugmaker`, `the country's top car maker`: a rank says which company it is, one the
        // last sentences name only when the sentence itself does, `X's profits fell, but Europe's biggest
        // drugmaker says …`, or else the sentence right before: `Kelvan Bank's profits rose. The country's
        // biggest lender said …`.)
        let ranked = words.count > 3 || words.contains { $0.hasSuffix("'s") || $0.hasSuffix("\u{2019}s") }
        guard ranked else {
            let inReach = recentOrganizations.filter {
                sentencesRead - (organizationNamedAt[$0] ?? 0) < Self.businessReach && mayBeBusiness($0)
            }
            return inReach.count == 1 ? inReach[0] : nil
        }
        let inSentence = recentOrganizations.filter { firstNamedInSentence[$0] != nil && mayBeBusiness($0) }
        if !inSentence.isEmpty { return inSentence.count == 1 ? inSentence[0] : nil }
        let before = recentOrganizations.filter { organizationNamedAt[$0] == sentencesRead - 1 && mayBeBusiness($0) }
        return before.count == 1 ? before[0] : nil
    }

    /// `the German automaker`, `Europe's biggest drugmaker`, `South Korea's top car maker`: a business noun
    /// after nothing but lowercase words and a nationality or a country (its possessive too), which name no
    /// company of their own (not `Kelvar Bank`).
    func isBusinessDescription(_ words: [String]) -> Bool {
        guard words.count <= 5, let head = words.last?.lowercased(),
            Self.businessNouns.contains(head) || Self.descriptionOnlyNouns.contains(head),
            words.count < 2 || words[words.count - 2].lowercased() != "central"  // (a central bank: an institution)
        else { return false }
        var capitalised: [String] = []
        for word in words.dropLast() + [""] {
            if word.first?.isUppercase == true {
                capitalised.append(word)
                continue
            }
            guard !capitalised.isEmpty else { continue }
            var name = capitalised.joined(separator: " ")
            if name.hasSuffix("'s") || name.hasSuffix("\u{2019}s") { name = String(name.dropLast(2)) }
            guard gazetteer.country(forDemonym: name) != nil || gazetteer.place(named: name)?.kind == .country
            else { return false }
            capitalised.removeAll()
        }
        return true
    }

    /// Whether the article says the organisation is a business, and nothing else: no news agency; a business's
    /// kind by its name or beside it (`Tarn Bank`, `the firm Kelvar`), or with no kind at all, business words
    /// in a sentence naming it (`shares in Kelvar`) or a last word of a company's name (`Kelvar Motors`). An organisation of no kind (`Vesk Liberation
    /// Front`, `Tarn Red Crescent`) is none: unlabelled is not a business.
    private func mayBeBusiness(_ entity: Int) -> Bool {
        let named = entities.entities[entity]
        if ([named.name] + named.aliases).contains(where: FigureLexicon.newsAgencies.contains)
            || outlets.contains(entity)
        {
            return false
        }
        let kinds = descriptionKinds(of: entity)
        if !kinds.isEmpty { return kinds.isSubset(of: Self.businessKinds) }
        if namedAmongBusinessWords.contains(entity) { return true }
        return ([named.name] + named.aliases).contains { (name: String) in
            name.wordsBetweenSpaces().last.map { Self.companyNameEnds.contains(String($0)) } ?? false
        }
    }
}
