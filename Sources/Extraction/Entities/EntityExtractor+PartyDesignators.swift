/// `Rep. Ann Roe (R-TX)`, `Sen. Tom Hale (D-Ore.)`: a US lawmaker's party letter and state in parentheses
/// after the name. It is no other name for the person (nor an organisation), and it says a person.
extension EntityExtractor {
    /// `R`, `D`, `I`: Republican, Democrat, independent.
    static let partyLetters: Set<UInt8> = [UInt8(ascii: "R"), UInt8(ascii: "D"), UInt8(ascii: "I")]

    /// States written whole after the party letter (`R-Texas`), with those the AP's abbreviations name.
    static let stateNames: WordSet = WordSet(EntityLexicon.stateAbbreviations.values).union([
        "Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah", "West Virginia",
    ])

    /// Whether the parenthesis opening at `open` holds only a party designator: `R`, `D` or `I`, a hyphen,
    /// and a state's postal code, AP abbreviation or name (`R-TX`, `D-Ore.`, `I-Vt.`, `D-N.Y.`), not
    /// `(I-PAC)`, `(D-Day)` or `(I-League)`.
    static func holdsPartyDesignator(after open: Int, in tokens: [Token]) -> Bool {
        guard open + 2 < tokens.count, tokens[open].isPunctuation("("), tokens[open + 1].isWord else { return false }
        let first = tokens[open + 1].text.utf8
        guard first.count >= 3, let party = first.first, Self.partyLetters.contains(party),
            first.dropFirst().first == UInt8(ascii: "-"),
            let initial = first.dropFirst(2).first, (65...90).contains(initial)
        else { return false }
        // The state may go on with full stops and words (`D-N.Y.`, `D-New York`) before the bracket closes.
        var state = String(tokens[open + 1].text.dropFirst(2))
        var k = open + 2
        while k < min(open + 7, tokens.count) {
            let token = tokens[k]
            if token.isPunctuation(")") { return isState(state) }
            guard token.isPunctuation(".") || token.isWord && token.isCapitalized else { return false }
            state += (token.spaceBefore ? " " : "") + token.text
            k += 1
        }
        return false
    }

    /// `TX`, `Ore.`, `Calif`, `N.Y.`, `Texas`, `New York`.
    private static func isState(_ state: String) -> Bool {
        let undotted = state.hasSuffix(".") ? String(state.dropLast()) : state
        return EntityLexicon.statePostalCodes[state] != nil || stateNames.contains(state)
            || EntityLexicon.stateAbbreviations[state] != nil || EntityLexicon.stateAbbreviations[undotted] != nil
    }

    /// Whether the run at `run` is the designator inside such a parenthesis.
    static func isPartyDesignator(_ run: Range<Int>, in tokens: [Token]) -> Bool {
        run.lowerBound >= 1 && holdsPartyDesignator(after: run.lowerBound - 1, in: tokens)
    }
}
