/// Verbs only people do: a lone name before one (`Teravenko resigned`, `Quillby shrugged`) names a person,
/// as `said` does, though no full name was written before.
extension EntityExtractor {
    static let personOnlyVerbs: WordSet = [
        "died", "resigned", "smiled", "laughed", "shrugged", "nodded", "sighed", "grinned", "wept", "frowned",
        "married", "retired", "testified", "pleaded", "wondered",
    ]

    /// Pronouns that stand where a person's name would (`Everyone laughed`, `Nobody said`), capitalised
    /// opening a sentence: never a name. The word list holds no pronouns, so they are listed here.
    static let standInPronouns: WordSet = [
        "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "no-one", "none", "nothing",
        "something", "everything", "anything", "whoever", "one", "others", "another", "both", "neither", "either",
    ]
}
