/// One person written several ways in an article: `John R. Hale`, `John Hale` and `Jack Hale` are one
/// person (the same surname, the same given name or a short form of it, middle initials that do not
/// disagree); `John R. Hale` and `John T. Hale`, or `Mary Hale`, are not.
extension EntityResolver {
    /// A person's name cut into given name, middle parts and surname, titles and honorifics left out;
    /// nil for a name of fewer than two such words.
    struct PersonNameParts: Equatable {
        var given: String
        var middle: [String]
        var surname: String

        init?(_ name: String) {
            let words = name.wordsBetweenSpaces().map(String.init).filter {
                !EnglishLexicon.titles.contains($0) && !EntityLexicon.honorifics.contains($0)
            }
            guard words.count >= 2, let first = words.first, let last = words.last,
                Self.isWord(first), Self.isWord(last)
            else { return nil }
            given = first
            surname = last
            middle = Array(words.dropFirst().dropLast())
        }

        /// A word of two letters or more, not an initial (`J.`, `R`).
        private static func isWord(_ word: String) -> Bool {
            word.count >= 2 && !word.hasSuffix(".")
        }

        /// The middle parts as initials (`R.`, `Robert` → `R`).
        var middleInitials: [Character] { middle.compactMap { $0.first } }
    }

    /// `T Varden`, `T. Varden`: a person named by the initial of the given name and the surname, as a
    /// match report's line-ups and officials are; nil for any other name.
    struct InitialForm: Equatable {
        var initial: Character
        var surname: String

        init?(_ name: String) {
            let words = name.wordsBetweenSpaces()
            guard words.count == 2, let first = words.first, let last = words.last, last.count >= 2,
                let letter = first.first, letter.isUppercase,
                first.count == 1 || first.count == 2 && first.hasSuffix(".")
            else { return nil }
            initial = letter
            surname = String(last)
        }

        /// Whether a full name is this person's: the same surname, a given name starting with the initial.
        func fits(_ parts: PersonNameParts) -> Bool {
            parts.surname == surname && parts.given.first == initial
        }
    }

    /// Whether `short` names by an initial the person `full` names in full: `T Varden` of `Tomas Varden`.
    public static func isInitialForm(_ short: String, of full: String) -> Bool {
        guard let form = InitialForm(short), let parts = PersonNameParts(full) else { return false }
        return form.fits(parts)
    }

    /// Whether two names of people of one article name the same person.
    static func samePerson(_ a: PersonNameParts, _ b: PersonNameParts) -> Bool {
        guard a.surname == b.surname, EntityGivenNameShortForms.sameGivenName(a.given, b.given) else { return false }
        return a.middle.isEmpty || b.middle.isEmpty || a.middleInitials == b.middleInitials
    }
}
