/// Texts built to find passes that are not linear in the article's length: each kind is one article
/// of the requested size, generated deterministically.
enum PathologicalInput: String, CaseIterable {
    /// Ordinary sentences with a named speaker each ("…, said Omar Haddad."), many different names.
    case saidProse = "\"said Smith\" prose"
    /// Sentences dense with numbers, places and sources.
    case numberDense = "number-dense text"
    /// One line of words with no full stop and no line break.
    case unpunctuatedLine = "one unpunctuated line"
    /// Sentences that each bring new people, an organisation and a town ("Bakori Tasemu met …"): the
    /// entity pass meets thousands of distinct names in one article.
    case distinctNames = "distinct names"
    /// One sentence of tolls with no full stop, its clauses cut by `;` only: every count's checks read the
    /// same sentence, and every count with an event stores a sentence.
    case tollLine = "one sentence of tolls"

    private static let givenNames = [
        "Omar", "Laila", "James", "Sofia", "Ahmed", "Maria", "Yusuf", "Anna", "Karim", "Elena", "David", "Nadia",
        "Peter", "Rania", "Lucas", "Hana", "Samir", "Julia", "Tariq", "Clara",
    ]
    private static let surnames = [
        "Haddad", "Smith", "Khalil", "Novak", "Rahman", "Brennan", "Saleh", "Moreau", "Aziz", "Keller", "Nasser",
        "Ortega", "Hamdan", "Lindqvist", "Darwish", "Fischer", "Mansour", "Kowalski", "Bakr", "Walsh",
    ]
    private static let towns = [
        "Hama", "Aleppo", "Idlib", "Mosul", "Erbil", "Homs", "Raqqa", "Daraa", "Kirkuk", "Tikrit", "Basra", "Latakia",
    ]

    private static let syllables = [
        "ba", "ko", "ri", "ta", "mu", "se", "lo", "dav", "nor", "pel", "gu", "fi", "ran", "sto", "ve", "yal",
    ]

    /// A made-up capitalised word of `count` syllables spelling `number` in base 16: distinct numbers
    /// below 16^count give distinct words.
    private static func madeUpWord(_ number: Int, syllables count: Int) -> String {
        var word = "", rest = number
        for _ in 0..<count {
            word += syllables[rest % syllables.count]
            rest /= syllables.count
        }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// The `index`-th sentence of this kind (the unpunctuated line has phrases instead).
    private func piece(_ index: Int) -> String {
        let given = Self.givenNames[index % Self.givenNames.count]
        let surname = Self.surnames[(index / Self.givenNames.count) % Self.surnames.count]
        let town = Self.towns[index % Self.towns.count]
        switch self {
        case .saidProse:
            return
                "The committee met again on Monday to discuss the budget and the schools in \(town), said \(given) \(surname). "
        case .numberDense:
            let a = index % 97 + 3
            let b = index % 13 + 2
            return
                "In \(town), \(a) rockets hit \(b) houses, killing \(index % 41) people and wounding 1,\(100 + index % 900) others, "
                + "\(given) \(surname) said on \(index % 28 + 1) March. "
        case .unpunctuatedLine:
            return
                "the convoy moved slowly along the river road near \(town) while \(given) \(surname) watched from the door and "
        case .distinctNames:
            let word = { (offset: Int, syllables: Int) in Self.madeUpWord(2 * index + offset, syllables: syllables) }
            return
                "\(word(0, 2)) \(word(0, 5)) met \(word(1, 2)) \(word(1, 5)) at the \(word(0, 4)) Institute in "
                + "\(word(1, 4)) on Monday. \(word(0, 5)) said later that \(word(1, 4)) had changed. "
        case .tollLine:
            let other = Self.towns[(index + 5) % Self.towns.count]
            return
                "in \(town) \(index % 97 + 3) rockets hit \(index % 13 + 2) houses near \(other), killing "
                + "\(index % 41) people and wounding \(index % 90 + 5) others; "
        }
    }

    /// About `bytes` bytes of this kind of text: a headline, then paragraphs of five sentences (one
    /// paragraph, with no line break at all, for the unpunctuated line and the sentence of tolls).
    func text(bytes: Int) -> String {
        var text = "Benchmark article\n\n"
        text.reserveCapacity(bytes + 256)
        var index = 0
        while text.utf8.count < bytes {
            text += piece(index)
            index += 1
            if self != .unpunctuatedLine && self != .tollLine && index % 5 == 0 { text += "\n\n" }
        }
        return text
    }
}
