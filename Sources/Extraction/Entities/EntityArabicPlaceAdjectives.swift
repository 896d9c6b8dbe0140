/// Transliterated Arabic adjectives that end a place's name after its article (`Tell Vesk al-Shamaliyeh`,
/// `Kafr Roa al-Kabir`, `al-Tarn al-Akhdar`): the northern, southern, eastern, western, big, small, middle,
/// upper, lower, new, old or green one of a place. After another word of a run they go on
/// with the name before, never open a name of their own.
enum EntityArabicPlaceAdjectives {
    /// Their stems, lowercase, without the article, in the spellings news uses.
    static let stems: WordSet = [
        // north, south, east, west
        "shamali", "shamaliya", "shamaliyah", "shamaliyeh", "shamaliyya", "shamaliyyah", "shimali", "shmali",
        "janoubi", "janoubiya", "janoubiyah", "janoubiyeh", "janubi", "janubiya", "janubiyah", "janubiyeh",
        "jnoubi", "sharqi", "sharqiya", "sharqiyah", "sharqiyeh", "sharqiyya", "sharki", "sharkiya", "sharkiyeh",
        "gharbi", "gharbiya", "gharbiyah", "gharbiyeh", "gharbiyya",
        // big, small, middle
        "kabir", "kabeer", "kebir", "kabira", "kabirah", "kabireh", "kubra", "saghir", "sagheer", "saghira",
        "saghirah", "saghireh", "sughra", "soghra", "wusta", "awsat",
        // upper, lower
        "fawqa", "fouqa", "foqa", "fawqani", "fouqani", "foqani", "tahta", "tahtani", "tahtaniya",
        // new, old
        "jadid", "jadida", "jadidah", "jadideh", "jdideh", "jdidah", "qadim", "qadima", "qadimeh", "qadimah",
        // green (not red, white or black: `al-Ahmar`, `al-Aswad` are common family names)
        "akhdar", "khadra",
    ]

    /// The article's spellings before the hyphen, the sun letters' included (`ash-Sharqiya`).
    static let articles: WordSet = ["al", "el", "as", "ash", "ad", "ar", "az", "at", "an", "ath", "adh"]

    /// Whether `token` is such an adjective joined to its article by a hyphen.
    static func contains(_ token: Token) -> Bool {
        guard token.isWord, let hyphen = token.lower.firstIndex(of: "-") else { return false }
        let article = token.lower[..<hyphen], stem = token.lower[token.lower.index(after: hyphen)...]
        return articles.contains(String(article)) && stems.contains(String(stem))
    }
}
