/// A reporter's sign-off: names joined by slashes in a sentence of their own (`Lina/Omar`,
/// `Lina al-Haddad / Omar Nasser`). They are bylines, not mentions: no name is read there, not even a
/// known one (a reporter's given name may also be a town's).
extension EntityExtractor {
    /// The most tokens a sign-off runs for.
    static let signOffMaximumTokens = 16

    /// Whether a sentence is only capitalised names (and name particles) with a slash between them.
    static func isSignOff(_ sentence: Range<Int>, in tokens: [Token]) -> Bool {
        guard sentence.count <= signOffMaximumTokens else { return false }
        var slashes = 0
        var names = 0
        for k in sentence {
            let token = tokens[k]
            if token.text == "/" {
                slashes += 1
            } else if token.isWord, token.isNamePart || EnglishLexicon.nameParticles.contains(token.lower) {
                names += 1
            } else if token.text != "." || k + 1 != sentence.upperBound {
                return false
            }
        }
        return slashes >= 1 && names >= 1
    }
}
