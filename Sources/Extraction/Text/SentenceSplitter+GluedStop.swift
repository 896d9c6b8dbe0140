/// A full stop with no space after it: `Shelling hit Vesk.The council said …` still ends a sentence when a
/// word ends in lowercase letters before it and a capitalised word follows. Domain names (`bbc.co.uk`,
/// `Halo.Bungie.Org`), file and path names, abbreviations (`Ph.D`, `St.Louis`), initialisms (`U.S.`, which
/// the tokenizer keeps whole) and decimals (one number token) do not end one.
extension SentenceSplitter {
    /// Abbreviations that are sometimes written without a space after their stop (`Main Rd.North`).
    static let gluedAbbreviations: WordSet = [
        "rd", "ave", "blvd", "dept", "univ", "vol", "fig", "govt", "bros", "ph", "etc", "al", "op", "cf",
    ]
    /// Domain endings sometimes capitalised (`Newsdesk.Com`).
    static let domainEndings: WordSet = ["com", "org", "net", "gov", "edu", "co", "uk", "io", "info", "biz", "tv"]

    /// Whether the `.` at `mark`, glued to the words on both sides, ends a sentence.
    func isGluedSentenceEnd(_ tokens: [Token], at mark: Int) -> Bool {
        guard mark > 0, mark + 1 < tokens.count else { return false }
        let previous = tokens[mark - 1]
        let following = tokens[mark + 1]
        guard previous.isWord, following.isWord, !tokens[mark].spaceBefore, !following.spaceBefore else {
            return false
        }
        // The word before: two letters or more ending in two lowercase letters, not an abbreviation, and
        // not itself the inner part of a dotted or slashed name (`news.bbc.Co`, `/path.Name`).
        guard endsInTwoLowercaseLetters(previous.text) else { return false }
        if Self.abbreviations.contains(previous.lower) || Self.gluedAbbreviations.contains(previous.lower) {
            return false
        }
        if !previous.spaceBefore, mark >= 2, tokens[mark - 2].kind == .punctuation,
            ".:/@\\_".contains(tokens[mark - 2].text)
        {
            return false
        }
        // The word after: capitalised with lowercase letters after (`The`, not `BBC`, `D`), and not followed
        // by another glued stop or slash (`Bungie.Org`, `Page/Two`).
        guard following.isCapitalized, !following.isAllCaps, following.text.count >= 2,
            !Self.domainEndings.contains(following.lower)
        else { return false }
        if mark + 2 < tokens.count, !tokens[mark + 2].spaceBefore, tokens[mark + 2].kind == .punctuation,
            ".:/@\\_".contains(tokens[mark + 2].text), mark + 3 < tokens.count, tokens[mark + 3].isWord,
            !tokens[mark + 3].spaceBefore
        {
            return false
        }
        // After a lowercase word any capitalised word opens a sentence (`said.Roe added`); after a
        // capitalised one (`Vesk.The`, but `One.Tel` is a name) only a word that never names anything.
        if previous.shape.contains(.lowercase) { return true }
        return EnglishLexicon.notNames.contains(following.text)
    }

    private func endsInTwoLowercaseLetters(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        guard scalars.count >= 2 else { return false }
        return scalars.suffix(2).allSatisfy { $0.properties.isLowercase }
    }
}
