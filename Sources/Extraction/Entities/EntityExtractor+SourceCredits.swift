/// A source credit closing a report: `(Source: Kestrel Relief Committee)`, `Source: Vessan Coalition.` A
/// sentence without a lowercase word is read for known names only (credits, datelines), but a credit that
/// names an organisation by its head names the body the report's figures come from: it is read as any
/// sentence is.
extension EntityExtractor {
    /// Whether `sentence` is only `Source:` (or `Sources:`) and two capitalised words or more ending in an
    /// organisation's head, in brackets or not, a full stop after it or not.
    static func isOrganizationSourceCredit(_ sentence: Range<Int>, in tokens: [Token]) -> Bool {
        var start = sentence.lowerBound, end = sentence.upperBound
        guard sentence.count <= 12 else { return false }
        if start < end, tokens[start].isPunctuation("(") { start += 1 }
        if end > start, tokens[end - 1].isPunctuation(".") { end -= 1 }
        if end > start, tokens[end - 1].isPunctuation(")") {
            guard sentence.lowerBound < start else { return false }
            end -= 1
        } else if sentence.lowerBound < start {
            return false
        }
        guard end - start >= 4, ["Source", "Sources"].contains(tokens[start].text),
            tokens[start + 1].isPunctuation(":")
        else { return false }
        let name = (start + 2)..<end
        // (Not `Vessan Coalitions Media Office`: a head with its apostrophe lost inside names the office
        // by its owner, a name the text garbled.)
        let lostPossessive = name.dropLast().contains {
            let word = tokens[$0].text
            return word.hasSuffix("s") && EnglishLexicon.organizationHeads.contains(String(word.dropLast()))
        }
        return !lostPossessive && name.allSatisfy { tokens[$0].isWord && tokens[$0].isCapitalized }
            && EnglishLexicon.organizationHeads.contains(tokens[end - 1].text)
    }
}
