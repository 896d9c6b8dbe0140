/// `Rep. Ann Roe (R-TX)`, `Sen. Tom Hale (D-Ore.)`: a US lawmaker's party letter and state in parentheses
/// after the name. It is no other name for the person (nor an organisation), and it says a person.
extension EntityExtractor {
    /// `R`, `D`, `I`: Republican, Democrat, independent.
    static let partyLetters: Set<UInt8> = [UInt8(ascii: "R"), UInt8(ascii: "D"), UInt8(ascii: "I")]

    /// Whether the parenthesis opening at `open` holds only a party designator: `R`, `D` or `I`, a hyphen,
    /// and a state's letters or name (`R-TX`, `D-Ore.`, `I-Vt.`, `D-N.Y.`).
    static func holdsPartyDesignator(after open: Int, in tokens: [Token]) -> Bool {
        guard open + 2 < tokens.count, tokens[open].isPunctuation("("), tokens[open + 1].isWord else { return false }
        let first = tokens[open + 1].text.utf8
        guard first.count >= 3, let party = first.first, Self.partyLetters.contains(party),
            first.dropFirst().first == UInt8(ascii: "-"),
            let state = first.dropFirst(2).first, (65...90).contains(state)
        else { return false }
        // The state's abbreviation may go on with full stops and letters (`D-N.Y.`) before the bracket closes.
        var k = open + 2
        while k < min(open + 7, tokens.count) {
            let token = tokens[k]
            if token.isPunctuation(")") { return true }
            guard token.isPunctuation(".") || token.isWord && token.text.utf8.count <= 2 && token.isCapitalized else {
                return false
            }
            k += 1
        }
        return false
    }

    /// Whether the run at `run` is the designator inside such a parenthesis.
    static func isPartyDesignator(_ run: Range<Int>, in tokens: [Token]) -> Bool {
        run.lowerBound >= 1 && holdsPartyDesignator(after: run.lowerBound - 1, in: tokens)
    }
}
