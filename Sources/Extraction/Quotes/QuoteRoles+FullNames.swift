// The full names an article writes, so a speaker named by surname (`said Mr. Brandon`) is given the
// full name (`Walter E. Brandon`), also where the entity pass missed the full name.

extension QuoteRoles {
    /// `Walter E. Brandon`, `Ann Richter`: runs of two to four capitalised words (and initials) opening
    /// with a common given name (or a given name that is also a word, where ``wordNameStarts(_:_:_:)``
    /// allows) and not inside a place's or organisation's mention, each noted under its last word. A
    /// place's mention that opens with the given name is read as the name the entity pass mistook
    /// (`Mark Field, the MP, said`); a title's word is a surname when no name follows it (`John King
    /// said`). A shorter form of the same name (`Walter Brandon`) gives way to the longer one; two
    /// different names with one surname leave it "" (nobody).
    static func noteFullNames(
        in paragraph: AnalyzedArticle.AnalyzedParagraph, mentions: [EntityExtractor.MentionReference],
        entities: EntityExtractor.Result, into names: inout [String: String], titled: inout [String: String]
    ) {
        let tokens = paragraph.tokens
        // The first token of the place's or organisation's mention covering each token, else -1; a
        // place's mention that opens at a given name does not stop the name (`coveredFrom[k] == k`).
        var coveredFrom = [Int](repeating: -1, count: tokens.count)
        for mention in mentions where entities.entities[mention.entity].kind != .person {
            let start = entities.entities[mention.entity].kind == .place ? mention.tokens.lowerBound : -2
            for k in mention.tokens where k < tokens.count { coveredFrom[k] = start }
        }
        var sentence = 0
        var k = 0
        while k < tokens.count {
            while sentence + 1 < paragraph.sentences.count, paragraph.sentences[sentence].upperBound <= k {
                sentence += 1
            }
            guard tokens[k].isWord, tokens[k].isCapitalized, coveredFrom[k] == -1 || coveredFrom[k] == k,
                EntityGivenNames.common.contains(lowerOf: tokens[k])
                    || wordNameStarts(
                        k, tokens, sentence: paragraph.sentences.isEmpty ? nil : paragraph.sentences[sentence])
            else {
                k += 1
                continue
            }
            var end = k
            var words = 1
            while end + 1 < tokens.count, words < 4, coveredFrom[end + 1] == -1 || coveredFrom[end + 1] == k {
                let next = tokens[end + 1]
                if next.isWord, next.isCapitalized,
                    !EnglishLexicon.titles.contains(next.text) || !capitalizedWord(at: end + 2, tokens),
                    !EnglishLexicon.notNames.contains(next.text), next.text.count > 1 || initialFollows(end + 1, tokens)
                {
                    end += next.text.count > 1 ? 1 : 2
                    words += 1
                } else {
                    break
                }
            }
            if words >= 2, tokens[end].text.count > 1, end + 1 >= tokens.count || !tokens[end + 1].lowerIs("'s") {
                let name = paragraph.text(of: k..<(end + 1))
                note(name, surname: tokens[end].text, into: &names)
                if let title = titleBefore(k, tokens) { note(name, title: title, into: &titled) }
            }
            k = end + 1
        }
    }

    /// `Bill Cash`, `Will Young`: a given name that is also a word (``QuoteWordGivenNames``) starts a
    /// name before a capitalised word when no capitalised word but a title stands before it (`Tory MP
    /// Bill Cash`, not `the Deutsche Mark`), and, opening its sentence, when the sentence is not a
    /// question (`Will Labour win?`).
    private static func wordNameStarts(_ k: Int, _ tokens: [Token], sentence: Range<Int>?) -> Bool {
        guard QuoteWordGivenNames.contains(tokens[k].lower), capitalizedWord(at: k + 1, tokens) else { return false }
        if k > 0, tokens[k - 1].isWord, tokens[k - 1].isCapitalized,
            !EnglishLexicon.titles.contains(tokens[k - 1].text),
            sentence?.lowerBound != k
        {
            return false
        }
        guard let sentence, sentence.lowerBound == k else { return true }
        var last = sentence.upperBound - 1
        while last > k, tokens[last].kind == .punctuation, !tokens[last].isPunctuation("?") { last -= 1 }
        return !tokens[last].isPunctuation("?")
    }

    private static func capitalizedWord(at k: Int, _ tokens: [Token]) -> Bool {
        k < tokens.count && tokens[k].isWord && tokens[k].isCapitalized
    }

    /// `senator` for `Senator Harold Wexley` or `Sen. Harold Wexley`: the title right before a name.
    private static func titleBefore(_ k: Int, _ tokens: [Token]) -> String? {
        var t = k - 1
        if t >= 0, tokens[t].text == ".", !tokens[t].spaceBefore { t -= 1 }
        guard t >= 0, tokens[t].isWord, EnglishLexicon.titles.contains(tokens[t].text) else { return nil }
        let title = tokens[t].lower
        return titleAbbreviations[title] ?? title
    }

    static let titleAbbreviations: [String: String] = [
        "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "prof": "professor",
    ]

    /// A name noted under its title: two different names with one title leave it "".
    private static func note(_ name: String, title: String, into titled: inout [String: String]) {
        if let known = titled[title], known != name { titled[title] = "" } else { titled[title] = name }
    }

    /// `the senator` when the entity pass missed the one senator the article names: that name.
    func titledName(_ role: String) -> String? {
        guard byWord[role] == nil, let name = titledNames[role], !name.isEmpty else { return nil }
        return name
    }

    /// `E.` in `Walter E. Brandon`: a capital letter and its full stop, with a name word after them.
    private static func initialFollows(_ k: Int, _ tokens: [Token]) -> Bool {
        k + 2 < tokens.count && tokens[k + 1].text == "." && !tokens[k + 1].spaceBefore && tokens[k + 2].isWord
            && tokens[k + 2].isCapitalized
    }

    private static func note(_ name: String, surname: String, into names: inout [String: String]) {
        guard let known = names[surname] else {
            names[surname] = name
            return
        }
        guard !known.isEmpty, known != name else { return }
        // `Walter Brandon` and `Walter E. Brandon`: one person; the longer form names them.
        let a = known.wordsBetweenSpaces(), b = name.wordsBetweenSpaces()
        if a.first == b.first {
            if b.count > a.count { names[surname] = name }
        } else {
            names[surname] = ""
        }
    }

    /// The one full name the article writes for `surname`, if there is one.
    func fullName(forSurname surname: String) -> String? {
        guard let name = fullNames[surname], !name.isEmpty else { return nil }
        return name
    }
}
