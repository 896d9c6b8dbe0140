/// The organisation and the office letters a person's name comes with after it: `Ann Roe, the Labour MP for
/// Tarn,` (Labour), `Frank Hale MP` (an MP), and the capitalised words of the role around the name (`Labour`
/// in `Labour MP Ann Roe`). A later `the Labour MP for Tarn asked` names that person; `the Green MP` does not.
extension QuoteRoles {
    /// The capitalised words that are no titles and name no entity in the role right before a mention
    /// (`Labour MP Ann Roe` → `labour`, when the entity pass left `Labour` untagged) and in the appositive
    /// after it, before its preposition (`, the Labour MP for Tarn,`). (A named organisation is the role's
    /// owner, read apart.)
    static func capitalizedRoleWords(
        around mention: Range<Int>, _ tokens: [Token], _ mentions: [EntityExtractor.MentionReference],
        _ mentionStarting: [Int: Int], _ mentionEnding: [Int: Int]
    ) -> [String] {
        var result: [String] = []
        var k = mention.lowerBound - 1
        // (Not a word opening the sentence, capitalised for that: `But Roe said`.)
        while k > 0, mention.lowerBound - k <= 4, tokens[k].isWord, tokens[k].isCapitalized, mentionEnding[k] == nil,
            tokens[k - 1].isWord || tokens[k - 1].isPunctuation(",")
        {
            if !EnglishLexicon.titles.contains(tokens[k].text) { result.append(tokens[k].lower) }
            k -= 1
        }
        let end = mention.upperBound
        // (An appositive opens with a determiner: not `Roe, But …` in text that lost a full stop.)
        guard end + 2 < tokens.count, tokens[end].isPunctuation(","),
            QuoteLexicon.definite.contains(lowerOf: tokens[end + 1])
                || QuoteLexicon.indefinite.contains(lowerOf: tokens[end + 1])
        else { return result }
        k = end + 1
        while k < tokens.count, k - end <= window + 2, tokens[k].isWord,
            !QuoteLexicon.rolePrepositions.contains(lowerOf: tokens[k])
        {
            if let m = mentionStarting[k] {
                k = mentions[m].tokens.upperBound
                continue
            }
            if tokens[k].isCapitalized, !EnglishLexicon.titles.contains(tokens[k].text) {
                result.append(tokens[k].lower)
            }
            k += 1
        }
        return result
    }

    /// The organisation named in the appositive after a mention before the role held there and before the
    /// role's preposition (`, the Labour MP for Tarn,` → Labour; `, a spokesman for the Red Cross,` names
    /// none that way, `, the BBC,` is no role); nil when none, several, or the appositive does not close.
    static func appositiveOrganization(
        after end: Int, _ tokens: [Token], _ mentions: [EntityExtractor.MentionReference],
        _ mentionStarting: [Int: Int], _ entities: EntityExtractor.Result
    ) -> Int? {
        guard end + 1 < tokens.count, tokens[end].isPunctuation(","),
            QuoteLexicon.definite.contains(lowerOf: tokens[end + 1])
                || QuoteLexicon.indefinite.contains(lowerOf: tokens[end + 1])
        else { return nil }
        var k = end + 2
        var found: Int?
        var roleAfterIt = false
        while k < tokens.count, k - end <= window + 2, tokens[k].isWord,
            !QuoteLexicon.rolePrepositions.contains(lowerOf: tokens[k])
        {
            if let m = mentionStarting[k] {
                guard found == nil, entities.entities[mentions[m].entity].kind == .organization else { return nil }
                found = mentions[m].entity
                k = mentions[m].tokens.upperBound
                continue
            }
            if found != nil { roleAfterIt = true }
            k += 1
        }
        // The organisation must be followed by the role held there (not `, the BBC,`), and the appositive
        // must close (after its role's complement).
        guard let found, roleAfterIt else { return nil }
        while k < tokens.count, k - end <= 3 * window, tokens[k].kind != .punctuation { k += 1 }
        guard k < tokens.count, [",", ".", ";", ")"].contains(tokens[k].text) else { return nil }
        return found
    }

    /// `Frank Hale MP`: the office letters right after a person's name, as a role word (`mp`).
    static func postNominal(after end: Int, _ tokens: [Token]) -> String? {
        guard end < tokens.count, EntityLexicon.postNominals.contains(tokens[end].text), tokens[end].isAllCaps else {
            return nil
        }
        return tokens[end].lower
    }
}
