/// Which words report: the reporting verbs, the verbs that report only with a count or a toll after them
/// (`claimed 160 were killed`, `put the toll at 85`), and the tests that turn a verb away (a passive, `added
/// 18 points`).
extension SourceTracker {
    /// Reporting verbs whose object comes next (`told AFP`, `accused the army`): who follows them heard or
    /// stands accused; who reports stands before them.
    static let objectFirstVerbs: WordSet = ["told", "accused", "accuses"]

    /// Whether the verb at `i` is passive: a form of `be` before it, past adverbs (`were also reported`).
    func isPassive(_ i: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        var k = i - 1
        while k > sentence.lowerBound, i - k <= 2, FigureLexicon.adverbsBeforeReport.contains(lowerOf: tokens[k]) {
            k -= 1
        }
        return k >= sentence.lowerBound && EnglishLexicon.beForms.contains(lowerOf: tokens[k])
    }

    /// Verbs whose subject reports what the sentence says.
    static let reportingVerbs: WordSet = [
        "said", "says", "told", "reported", "reports", "announced", "stated", "confirmed", "estimated", "estimates",
        "added", "quoted", "warned", "revealed", "predicts", "predicted", "forecast", "forecasts",
    ]

    /// `claimed 160 civilians were killed`, `put (placed) the death toll at 85`: verbs that report only when a
    /// number or a toll follows (not `claimed responsibility`, `put pressure on`).
    func isReportingUse(of i: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        if Self.sentenceClosingReportVerbs.contains(lowerOf: tokens[i]) {
            return closesSentenceAfterName(i, in: sentence, tokens: tokens)
        }
        guard i + 1 < sentence.upperBound else { return false }
        if givesToll(at: i, in: sentence, tokens: tokens) { return true }
        let word = tokens[i].lower
        // (One look-up turns away the words below none of the cases names, most words, before the cases.)
        guard Self.reportingUseWords.contains(word) else { return false }
        switch word {
        case "claimed", "claims":
            // (`…, the network claimed.`, `… were killed the network claimed including …`: closing a clause.)
            // A count right after it reports only when a verb of its own follows (`claimed 160 civilians
            // were killed`); `Shelling Claims 11 Children` takes lives and reports nothing. A clause after it
            // is claimed (`claimed fighters killed 30`).
            if tokens[i + 1].isNumber { return opensClauseAfterCount(at: i + 1, in: sentence, tokens: tokens) }
            return tokens[i + 1].lowerIs("that") || tokens[i + 1].kind == .punctuation
                || tokens[i + 1].lowerIs("including") || claimsAttackThenSays(at: i, in: sentence, tokens: tokens)
                || claimsClause(after: i, in: sentence, tokens: tokens)
        case "documented", "recorded", "counted":
            // `the Observatory has documented 230 deaths`, `… recorded the deaths of 12 people`, `the union
            // counted 70 wounded`.
            return startsCount(at: i + 1, in: sentence, tokens: tokens)
        case "accused", "accuses":
            // `The opposition accused the army of killing 25 civilians`: the accuser reports the count that
            // follows (not one the sentence gave before the accusation).
            return accusesOfCount(at: i, in: sentence, tokens: tokens)
        case "show", "shows", "showed", "showing":
            // `Commerce Department figures showing …`: the figures' owner reports.
            return i > sentence.lowerBound && FigureLexicon.evidenceNouns.contains(lowerOf: tokens[i - 1])
        case "put", "puts", "putting", "placed", "places", "placing":
            // (`puts the figure at 191,000`, `put the number at 60`: a count's other words, with its `at`.)
            let window = (i + 1)..<min(i + 4, sentence.upperBound)
            return window.contains {
                tokens[$0].lowerIs("toll")
                    || tokens[$0].lowerIs(oneOf: ["figure", "number", "tally"]) && $0 + 1 < sentence.upperBound
                        && tokens[$0 + 1].lowerIs("at")
            }
        default:
            return false
        }
    }

    /// The words a source in ``phrase(of:in:)`` is found by: `according`, `citing`, a reporting verb, and the words
    /// ``isReportingUse(of:in:tokens:)`` can take for one.
    static let phraseOpeners = WordSet(["according", "citing"]).union(reportingVerbs).union(reportingUseWords)
        .union(tollGivingVerbs)

    /// The words ``isReportingUse(of:in:tokens:)`` reads beyond a toll: each case of its `switch`.
    static let reportingUseWords = WordSet([
        "claimed", "claims", "documented", "recorded", "counted", "accused", "accuses", "show", "shows", "showed",
        "showing",
        "put", "puts", "putting", "placed", "places", "placing",
    ]).union(sentenceClosingReportVerbs)

    /// Verbs that report only when a name stands right before them and they close the sentence (`… and
    /// destroyed their vehicles Tarn News mentioned.`), not `he mentioned the plan`.
    static let sentenceClosingReportVerbs: WordSet = ["mentioned", "noted"]

    /// Whether the verb at `i` closes its sentence (only punctuation after it) right after a capitalised
    /// word that is no pronoun: `… Tarn News noted.`
    func closesSentenceAfterName(_ i: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        guard i - 1 > sentence.lowerBound, tokens[i - 1].isWord, tokens[i - 1].isCapitalized,
            !Self.pronouns.contains(lowerOf: tokens[i - 1])
        else { return false }
        return ((i + 1)..<sentence.upperBound).allSatisfy { tokens[$0].kind == .punctuation }
    }

    /// Whether the count at `k` is the subject of a verb of its own within a few words: `160 civilians were
    /// killed`, `20 people mostly women and children died` (not `11 children in Aleppo`, `14 lives`).
    func opensClauseAfterCount(at k: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        var j = k + 1
        while j < sentence.upperBound, j - k <= 7, tokens[j].isWord {
            let word = tokens[j].lower
            if EnglishLexicon.beForms.contains(word) || ["have", "has", "had"].contains(word) { return true }
            if let event = FigureVocabulary.eventWords[word], word.hasSuffix("ed") || word == event { return true }
            if FigureLexicon.locatives.contains(word) || FigureLexicon.phraseBreakers.contains(word) && word != "and" {
                return false
            }
            j += 1
        }
        return false
    }

    /// Whether `added` at `i` has a score for its object, not a clause: `added a goal`, `added another`,
    /// `added his seventh of the season`, `added the third` (a determiner or an ordinal after it, no verb of a
    /// clause within a few words: `added a warning that …`, `added the toll had risen` report).
    func addsScore(at i: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        let k = i + 1
        guard k + 1 < sentence.upperBound, tokens[k].isWord else { return false }
        let opensObject =
            tokens[k].lowerIs(oneOf: ["a", "an", "another", "his", "her", "their", "its"])
            || tokens[k].lowerIs("the") && EntityExtractor.isOrdinal(tokens[k + 1])
        return opensObject && !reportsClause(after: i, in: sentence, tokens: tokens)
            && !clauseVerbFollowsObject(of: i, in: sentence, tokens: tokens)
    }

    /// Words that open a clause of the sentence's own after the object of `added` (`added a goal as the
    /// Owls beat …`, `added the third before the break when …`): a verb after them is no part of a report.
    static let clauseOpenersAfterObject: WordSet = [
        "as", "when", "before", "after", "while", "until", "because", "since", "but", "though", "although", "then",
        "to",
    ]

    /// Whether a form of `be` or an auxiliary follows the object of `added` at `i` before a word that opens a
    /// clause of its own, `, and`, or the sentence's end (forty tokens at most): `added his party's plans for
    /// schools, roads and homes would cost …`, `added a depot and trucks which had arrived had been hit`
    /// report what follows.
    func clauseVerbFollowsObject(of i: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        var k = i + 2
        while k < sentence.upperBound, k - i <= 40 {
            let token = tokens[k]
            if token.isPunctuation(","), k + 1 < sentence.upperBound, tokens[k + 1].lowerIs(oneOf: ["and", "but"]) {
                return false
            }
            if token.isWord {
                if Self.clauseOpenersAfterObject.contains(lowerOf: token) { return false }
                let word = token.lower
                if EnglishLexicon.beForms.contains(word) || EnglishLexicon.auxiliaries.contains(word) { return true }
            }
            k += 1
        }
        return false
    }

    /// Whether a count opens at `k`: a number, `at least 12`, `more than 50`, `the deaths of 12 people`.
    func startsCount(at k: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        var k = k
        if k < sentence.upperBound, tokens[k].lowerIs("the"), k + 2 < sentence.upperBound,
            FigureLexicon.deathNouns.contains(lowerOf: tokens[k + 1]), tokens[k + 2].lowerIs("of")
        {
            k += 3
        }
        while k < sentence.upperBound, FigureLexicon.approximatorsBeforeCount.contains(lowerOf: tokens[k]) { k += 1 }
        return k < sentence.upperBound && (tokens[k].isNumber || NumberWords.wordValue(tokens[k].lower) != nil)
    }

    /// `accused the regime of killing more than 1,400 people`: an accusation of a deed, with a count
    /// after it and none before it in the sentence (a date's numbers are none: `21 August 2013 Tarn accuses …`).
    func accusesOfCount(at i: Int, in sentence: Range<Int>, tokens: [Token]) -> Bool {
        guard !(sentence.lowerBound..<i).contains(where: { tokens[$0].isNumber && !isDateNumber($0, tokens: tokens) })
        else { return false }
        // (`accused Tarn, a member of the alliance, of killing …`: the `of` of the deed, past an aside's;
        // `of likely dropping`: an adverb before the deed.)
        let window = (i + 1)..<min(i + 16, sentence.upperBound)
        guard
            let of = window.first(where: {
                tokens[$0].lowerIs("of") && $0 + 1 < sentence.upperBound
                    && (tokens[$0 + 1].lower.hasSuffix("ing")
                        || tokens[$0 + 1].lower.hasSuffix("ly") && $0 + 2 < sentence.upperBound
                            && tokens[$0 + 2].lower.hasSuffix("ing"))
            })
        else { return false }
        return ((of + 2)..<min(of + 11, sentence.upperBound)).contains {
            startsCount(at: $0, in: sentence, tokens: tokens)
        }
    }

    /// Whether the number at `k` is a day or a year of a date: a month name within two words before it or
    /// right after it (`21 August 2013`, `August 21 2013`).
    func isDateNumber(_ k: Int, tokens: [Token]) -> Bool {
        let near = [k - 2, k - 1, k + 1].filter { tokens.indices.contains($0) }
        return near.contains { tokens[$0].isCapitalized && EnglishLexicon.month(tokens[$0].lower) != nil }
    }
}
