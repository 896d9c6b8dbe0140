/// Languages and political movements are no nationalities. A word that only names a language (`sung in
/// Mandarin`) or a movement's followers (`Islamist fighters`, `the Zionists`) is not stored; a people's word
/// that is also a language (`English`, `Arabic`) is not stored where it names the language: after `in` or
/// `into` when its list ends the phrase (`in English and Arabic.`), after a verb of speaking (`speaks
/// Arabic`), or before `language`, `speakers`, `subtitles` (`an Arabic-language paper`). `English football`,
/// `in French hands`, `killed in Tarvan and Russian air strikes`, and a people's word that is no language
/// (`in Syrian raids`, `in Germans`) still name the people's.
extension EntityExtractor {
    /// Words that only name a language, never a people or a country's citizens.
    static let languageOnlyWords: WordSet = [
        "Mandarin", "Cantonese", "Urdu", "Farsi", "Hebrew", "Swahili", "Esperanto", "Hindi", "Yiddish",
    ]

    /// Peoples' words that are also the name of a language: only these name a language after `in` or a verb
    /// of speaking (`Syrian`, `British`, `Pakistani` never do).
    static let languagesOfPeoples: WordSet = [
        "English", "French", "German", "Arabic", "Spanish", "Russian", "Italian", "Portuguese", "Chinese",
        "Japanese", "Turkish", "Kurdish", "Persian", "Greek", "Dutch", "Korean", "Polish", "Swedish", "Norwegian",
        "Danish", "Finnish", "Hungarian", "Czech", "Romanian", "Bulgarian", "Serbian", "Croatian", "Ukrainian",
        "Vietnamese", "Thai", "Indonesian", "Malay", "Bengali", "Punjabi", "Tamil", "Welsh", "Irish", "Gaelic",
        "Catalan", "Latin", "Armenian", "Albanian", "Somali", "Amharic", "Pashto", "Dari", "Tagalog", "Filipino",
        "Icelandic", "Estonian", "Latvian", "Lithuanian", "Slovak", "Slovenian", "Georgian", "Mongolian",
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
        guard languagesOfPeoples.contains(candidate.name) else { return false }
        if k > 0, tokens[k - 1].isWord, languageVerbs.contains(tokens[k - 1].lower) {
            return endsItsPhrase(endOfList(from: end, in: tokens), in: tokens)
        }
        return followsInBeforeList(k, in: tokens) && endsItsPhrase(endOfList(from: end, in: tokens), in: tokens)
    }

    /// The end of a list of up to three more capitalised words after `end` (`English, French and Arabic`), so
    /// that the phrase is judged after its last word: `in Tarvan and Russian air strikes` describes the strikes.
    private static func endOfList(from end: Int, in tokens: [Token]) -> Int {
        var end = end
        for _ in 0..<3 {
            guard end + 1 < tokens.count,
                tokens[end].isPunctuation(",") || ["and", "or"].contains(tokens[end].text),
                tokens[end + 1].isWord, tokens[end + 1].isCapitalized
            else { break }
            end += 2
        }
        return end
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

    /// Whether the phrase ends after the word: a break, a function word or an adverb, not a word of the
    /// thing it describes (`in English football`, `in Russian air raids`).
    private static func endsItsPhrase(_ end: Int, in tokens: [Token]) -> Bool {
        guard end < tokens.count else { return true }
        let next = tokens[end]
        guard next.isWord else { return !next.isPunctuation("-") || next.spaceBefore }
        if next.isCapitalized { return false }
        // (Only a function word or an adverb ends it: `air raids`, `shelling` describe what the word names.)
        return phraseEndingWords.contains(next.lower) || EnglishLexicon.beForms.contains(next.lower)
            || EnglishLexicon.auxiliaries.contains(next.lower)
            || EnglishWords.bundled.partOfSpeech(of: next.lower) == .adverb
    }

    /// Function words after a language's name that end its phrase: `in English at school`, `in Arabic and
    /// handed out`, `speaks Arabic with her brother`.
    static let phraseEndingWords: WordSet = [
        "at", "by", "for", "from", "in", "into", "of", "on", "to", "with", "without", "as", "than", "about",
        "during", "after", "before", "since", "until", "and", "or", "but", "while", "because", "so", "if", "when",
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
        "he", "she", "they", "we", "it", "who", "which", "where", "there", "not", "only", "too", "also",
    ]
}
