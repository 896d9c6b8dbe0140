/// A claim of what happened: `The Orlen agency claimed fighters killed 30 soldiers`, `The party claimed the
/// plans would cost £500`. Who claims reports the clause, as who says does; not a claim of an attack or a prize
/// (`claimed the attack carried out by two gunmen`, `claimed the title`).
extension SourceTracker {
    /// Whether `claimed` at `i` takes a clause: a subject then its verb (a form of `be`, an auxiliary or a
    /// past tense) within a few words, before any preposition, conjunction, relative word or punctuation, and
    /// with no attack or prize among its words. Not after a count of the sentence (`a £30m bid … but Roe
    /// claims he will not sell`): the claim reports what follows it, as an accusation does.
    /// The claimant must be named (`The Orlen agency`, `the Tories`, `the ministry` that stands for one
    /// named): not a pronoun (`And he claimed the party would cut …`, whose `he` may be anyone) nor a plain
    /// noun (`fans claimed …`).
    func claimsClause(after i: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        guard !(sentence.lowerBound..<i).contains(where: { tokens[$0].isNumber }),
            namesClaimant(before: i, in: sentence, tokens: tokens)
        else { return false }
        var k = i + 1
        while k < sentence.upperBound, k - i <= Self.claimedSubjectReach, tokens[k].isWord {
            let word = tokens[k].lower
            if Self.objectMarkers.contains(word) || Self.claimedThingsNoClause.contains(word)
                || FigureLexicon.attackNouns.contains(word)
            {
                return false
            }
            if k > i + 1, EnglishLexicon.beForms.contains(word) || EnglishLexicon.auxiliaries.contains(word) {
                return true
            }
            // (`claimed the coordinated bombings`: an -ed word after a determiner describes the thing claimed.)
            if k > i + 1, word.hasSuffix("ed"),
                !EntityExtractor.determinersAfterVerb.contains(lowerOf: tokens[k - 1])
            {
                return !namesAClaimedThing(from: k + 1, before: min(sentence.upperBound, i + 1 + Self.claimedSubjectReach), tokens: tokens)
            }
            k += 1
        }
        return false
    }

    /// Whether an attack or a thing claimed (`responsibility`, `bombings`) stands among the words from `k`.
    private func namesAClaimedThing(from k: Int, before end: Int, tokens: [Token]) -> Bool {
        var j = k
        while j < end, tokens[j].isWord {
            let word = tokens[j].lower
            if Self.claimedThingsNoClause.contains(word) || FigureLexicon.attackNouns.contains(word) { return true }
            j += 1
        }
        return false
    }

    /// Whether the word before `claimed` at `i` (past an adverb or an auxiliary: `also claimed`, `had claimed`)
    /// is a name or stands for an organisation the article names (`the agency`), not a pronoun or a plain noun.
    func namesClaimant(before i: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        var k = i - 1
        while k > sentence.lowerBound, i - k <= 2,
            FigureLexicon.adverbsBeforeReport.contains(lowerOf: tokens[k])
                || EnglishLexicon.auxiliaries.contains(lowerOf: tokens[k])
        {
            k -= 1
        }
        guard k >= sentence.lowerBound, tokens[k].isWord, !Self.pronouns.contains(tokens[k].lower) else { return false }
        return tokens[k].isCapitalized || FigureLexicon.organizationDescriptions.contains(tokens[k].lower)
    }

    /// Words after `claimed` that make it take a thing, or that end the claim's subject before its verb:
    /// `claimed responsibility`, `claimed the bombing`, `the attack that killed 12`.
    static let claimedThingsNoClause: WordSet = [
        "responsibility", "credit", "victory", "title", "seat", "win", "lives", "life", "bombing", "bombings",
        "blast", "blasts", "explosion", "killing", "killings", "ambush", "assault", "offensive", "that", "which", "who", "whose",
        "where", "when", "as", "while",
    ]

    /// How many words after `claimed` the claim's verb may stand.
    static let claimedSubjectReach = 5
}
