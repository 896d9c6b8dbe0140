/// Family names spelt like an English pronoun: `He Jianxiong, the former director, said` names a person
/// `He Jianxiong`; the pronoun `he` is never followed by a name.
extension EntityExtractor {
    /// Family names that are also English pronouns (`He` is a common Chinese surname).
    static let pronounSurnames: WordSet = ["He"]

    /// Whether `run` opens with such a surname before a capitalised word no dictionary has (`He Jianxiong`):
    /// inside a sentence that alone says a name; opening one, only when the name is its speaker, before
    /// a verb of saying or an appositive and one (`He Jianxiong, the former director, said`).
    static func opensWithPronounSurname(
        _ run: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>
    ) -> Bool {
        let tokens = paragraph.tokens
        let k = run.lowerBound
        guard run.count >= 2, pronounSurnames.contains(tokens[k].text) else { return false }
        let name = tokens[k + 1]
        guard name.isWord, name.isCapitalized, !name.isAllCaps, !name.text.contains(ascii: "-"),
            EnglishWords.bundled.partOfSpeech(of: name.lower) == nil,
            !EntityLexicon.runBreakers.contains(name.text), !EnglishLexicon.notNames.contains(name.text)
        else { return false }
        var first = sentence.lowerBound
        while first < k, tokens[first].kind == .punctuation { first += 1 }
        if first < k { return true }
        return speaksAfterName(at: run.upperBound, in: tokens, sentence: sentence)
    }

    /// `with Liu He, the chief negotiator`, `met Liu He.`: such a name written after a capitalised word no
    /// dictionary has, no place and no sentence's opening, and before a comma, a bracket or a full stop, ends
    /// that name (the pronoun takes no capital inside a sentence; before a lowercase verb, `… Kessler He said`,
    /// it opens a sentence whose full stop was lost).
    static func endsNameAsPronounSurname(at k: Int, in tokens: [Token]) -> Bool {
        guard pronounSurnames.contains(tokens[k].text), k >= 2, tokens[k].spaceBefore,
            k + 1 == tokens.count || tokens[k + 1].kind == .punctuation && !tokens[k + 1].isPunctuation("-")
        else { return false }
        let name = tokens[k - 1]
        guard name.isWord, name.isCapitalized, !name.isAllCaps, !name.text.contains(ascii: "-"),
            EnglishWords.bundled.partOfSpeech(of: name.lower) == nil,
            !EntityLexicon.runBreakers.contains(name.text), !EnglishLexicon.notNames.contains(name.text)
        else { return false }
        // Not the sentence's first word before it: a word before the name, itself no punctuation ending a sentence.
        let before = tokens[k - 2]
        return !(before.isPunctuation(".") || before.isPunctuation("!") || before.isPunctuation("?"))
    }

    /// A verb of saying at `k`, or after a comma, an appositive of up to twelve words and another comma.
    private static func speaksAfterName(at k: Int, in tokens: [Token], sentence: Range<Int>) -> Bool {
        guard k < sentence.upperBound else { return false }
        if EnglishLexicon.speechVerbs.contains(tokens[k].lower) { return true }
        guard tokens[k].isPunctuation(",") else { return false }
        var j = k + 1
        while j < min(sentence.upperBound, k + 14), !tokens[j].isPunctuation(",") { j += 1 }
        return j > k + 1 && j + 1 < sentence.upperBound && tokens[j].isPunctuation(",")
            && EnglishLexicon.speechVerbs.contains(tokens[j + 1].lower)
    }
}
