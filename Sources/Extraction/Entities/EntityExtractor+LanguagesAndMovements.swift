/// Languages and political movements are no nationalities. A word that only names a language (`sung in
/// Mandarin`) or a movement's followers (`Islamist fighters`, `the Zionists`) is not stored; a people's word
/// that is also its language (`English`, `Arabic`, `Vessan`) is not stored where it names the language:
/// after `in` or `into` at the end of its phrase, alone or in a list (`in English and Arabic`), after a verb
/// of speaking (`speaks Arabic`), or before `language`, `speakers`, `subtitles` (`an Arabic-language
/// paper`). `English football`, `in French hands` still name the people's.
extension EntityExtractor {
    /// Words that only name a language, never a people or a country's citizens.
    static let languageOnlyWords: WordSet = [
        "Mandarin", "Cantonese", "Urdu", "Farsi", "Hebrew", "Swahili", "Esperanto", "Hindi", "Yiddish",
    ]

    /// Followers of political movements: a creed turned into politics is no nationality (religious
    /// communities, `Shiite`, `Sunni`, stay).
    static let movementWords: WordSet = ["Islamist", "Islamists", "Jihadist", "Jihadists", "Zionist", "Zionists"]

    /// Lowercase words after a language's name: `Arabic language`, `English speakers`, `French subtitles`.
    static let languageFollowers: WordSet = [
        "language", "languages", "speaker", "speakers", "speaking", "subtitles", "subtitled", "translation",
        "translations", "dialect", "dialects", "dubbing", "dubbed", "lessons", "teacher", "teachers", "tuition",
    ]

    /// Verbs of speaking and learning before a language: `speaks Arabic`, `learning Vessan`.
    static let languageVerbs: WordSet = [
        "speak", "speaks", "spoke", "speaking", "spoken", "learn", "learns", "learned", "learnt", "learning",
        "teach", "teaches", "taught", "teaching", "study", "studies", "studied", "studying",
    ]

    /// Whether a one-word nationality names a language or a movement here, not a people.
    static func namesLanguageOrMovement(_ candidate: Candidate, in article: AnalyzedArticle) -> Bool {
        guard candidate.tokens.count == 1 else { return false }
        if languageOnlyWords.contains(candidate.name) || movementWords.contains(candidate.name) { return true }
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let k = candidate.tokens.lowerBound, end = candidate.tokens.upperBound
        if end < tokens.count {
            let next = tokens[end]
            if next.isWord, next.startsLowercase, languageFollowers.contains(next.lower) { return true }
            // `Arabic-language`: the hyphen a token of its own.
            if next.isPunctuation("-"), !next.spaceBefore, end + 1 < tokens.count,
                ["language", "speaking"].contains(tokens[end + 1].lower)
            {
                return true
            }
        }
        if k > 0, tokens[k - 1].isWord, languageVerbs.contains(tokens[k - 1].lower) {
            return endsItsPhrase(end, in: tokens)
        }
        return followsInBeforeList(k, in: tokens) && endsItsPhrase(end, in: tokens)
    }

    /// `in English`, `into Vessan and Arabic`, `in Tarvan, Vessan or Arabic`: `in` or `into` before the word,
    /// or before a list of up to three capitalised words that ends with it. Bounded look-back.
    private static func followsInBeforeList(_ k: Int, in tokens: [Token]) -> Bool {
        var j = k - 1
        for _ in 0..<4 {
            guard j >= 0 else { return false }
            if ["in", "into"].contains(tokens[j].text) { return true }
            let joins = tokens[j].isPunctuation(",") || ["and", "or"].contains(tokens[j].text)
            guard joins, j >= 1, tokens[j - 1].isWord, tokens[j - 1].isCapitalized else { return false }
            j -= 2
        }
        return false
    }

    /// Whether the phrase ends after the word: a break, a function word or another list's word, not a noun
    /// it describes (`in English football`).
    private static func endsItsPhrase(_ end: Int, in tokens: [Token]) -> Bool {
        guard end < tokens.count else { return true }
        let next = tokens[end]
        guard next.isWord else { return !next.isPunctuation("-") || next.spaceBefore }
        if next.isCapitalized { return false }
        return EnglishWords.bundled.partOfSpeech(of: next.lower) != .noun
    }
}
