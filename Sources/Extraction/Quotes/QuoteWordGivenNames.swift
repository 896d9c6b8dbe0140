/// Given names that are also common English words (`Bill`, `Will`, `Mark`, `Grant`), left out of
/// `Data/given-names.txt` so they do not start a name everywhere. The quote pass reads one as a given
/// name only where a surname alone names a speaker (`said Mr Cash` after `Bill Cash`), and only where
/// the word stands before a surname mid-sentence or opens a statement (not `Will Labour win?`).
/// Hand-made for this project; the months (`May`, `June`) are left out (`in May Johnson said`).
enum QuoteWordGivenNames {
    /// Each name, lowercase, with the gender it is usually given to, or nil when given to both.
    static let genders: [String: QuoteRoles.Gender?] = [
        "bill": .male, "will": .male, "mark": .male, "grant": .male, "jan": nil, "rose": .female,
        "pat": nil, "dawn": .female, "ray": .male, "don": .male, "guy": .male, "hope": .female,
        "grace": .female, "joy": .female, "chuck": .male, "bob": .male, "rob": .male, "art": .male,
        "sue": .female, "ruby": .female, "penny": .female, "iris": .female, "ivy": .female, "dean": .male,
        "glen": .male, "miles": .male, "lance": .male, "wade": .male, "clay": .male, "cliff": .male,
        "rod": .male, "herb": .male, "gene": .male, "sandy": nil, "carl": .male, "nat": nil, "kit": nil,
    ]

    static func contains(_ lower: String) -> Bool { genders[lower] != nil }
}
