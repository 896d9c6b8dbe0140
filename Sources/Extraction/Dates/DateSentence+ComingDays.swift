/// Which way from the publication date a date without a year or week of its own lies (`on Monday`, `in
/// March`, `on 3 May`): news tells of what happened, so the past, unless a marker a few words before it in its
/// clause looks ahead (`will meet on Wednesday`, `is due to open on Friday`, `talks resume on Monday`), or says
/// only that it lay ahead of a saying (`said a truce would begin on Monday`), which may be either side of the
/// page's day.
enum DateDirection {
    case past, coming, unsure
}

extension DateSentence {
    /// The direction of the date at token `i`, read back from it in its clause: `will meet on Wednesday`, `is
    /// due on March 3`, `are set to meet on Friday`, `Kelvar is to host the final on Sunday`, `a deal due to take
    /// effect on Monday`, `the league plans to vote on Friday`, `the exhibition opens on Saturday` look ahead;
    /// `said a truce would begin Monday` is unsure. A clause of its own between them keeps its own time: `are
    /// expected to climb after Kelvar cut output on Monday`, `set to rise now Vessa raised its fees on Monday`
    /// date the happening before the page's day. `will` and `shall` are read further back (`will sail from
    /// Vessa with 40 passengers to the islands on Monday`); no marker looks ahead over a verb in the past.
    func direction(before i: Int) -> DateDirection {
        // (`Monday's strikes`, `is set to rise after Monday's storm`: a day owning a happening of its own.)
        let possessive = ["'s", "\u{2019}s"].contains(lower(i + 1))
        // (`an August 21 attack`, `the Monday vote`: a day naming a happening of its own, which the new markers
        // and `would` leave as it was.)
        let ownsAHappening = possessive || DateLexicon.clauseSubjectOpeners.contains(lower(i - 1))
        var k = i - 1
        while k >= sentence.lowerBound && k >= i - 14 {
            let t = tokens[k]
            if t.kind == .punctuation, [",", ";", "(", ")", "\u{2014}"].contains(t.text) { return .past }
            if opensClauseOfItsOwnTime(k) || isPastTenseAfterSubject(k) { return .past }
            let word = t.lower
            if word == "will" || word == "shall" || word == "won't" || word.hasSuffix("'ll") { return .coming }
            if k < i - 8 {
                // (Further back only `will` and `shall` count, over no verb in the past: not `will
                // investigate the raid that killed 12 people in Vessa on Monday`.)
                if isPastVerb(k) { return .past }
                k -= 1
                continue
            }
            if word == "upcoming" { return .coming }
            if word == "due", ["is", "are", "'s"].contains(lower(k - 1)) { return .coming }
            // `talks are set to open on Thursday`, `the minister is expected to sign Friday`, `is scheduled to
            // visit on Tuesday`; not `is set to
            // rise after Monday's storm`, whose day owns a happening of its own.
            if ["set", "expected", "scheduled", "slated"].contains(word), lower(k + 1) == "to", ["is", "are", "'s", "'re"].contains(lower(k - 1)),
                !possessive
            {
                return .coming
            }
            // `a scheduled Dec. 15 increase`, `talks planned for Monday`; not `planned outages in October`.
            if word == "scheduled" || word == "planned",
                k == i - 1 || (k == i - 2 && ["for", "on"].contains(lower(k + 1))),
                !["was", "were", "had", "been"].contains(lower(k - 1))
            {
                return .coming
            }
            if !ownsAHappening, looksAhead(at: k, day: i) { return .coming }
            // `said a truce would begin Monday`: ahead of the saying, not said of the page's day (but `would
            // have` looks back).
            if word == "would", !["have", "'ve"].contains(lower(k + 1)), !ownsAHappening { return .unsure }
            // (Nearer too, a verb in the past between the marker and the day ends the look-ahead: `will attend
            // the funeral of the firefighters killed in the blaze on Saturday`, `plans to return the bodies of
            // soldiers killed on Tuesday`; not an adjective's `-ed` after a determiner: `will hold a delayed vote`.)
            if isPastVerb(k), !DateLexicon.wordsBeforeANoun.contains(lower(k - 1)) { return .past }
            k -= 1
        }
        return .past
    }

    /// The grain of a date whose value turns on its direction (a weekday, a month-day or a month without a
    /// year, nothing else naming it), nil for others.
    static func grainTurningOnDirection(_ reference: DateReference) -> DateMention.Grain? {
        switch reference {
        case .weekday(_, .none): return .day
        case .calendarDay(nil, _, _, nil): return .day
        case .namedMonth(_, nil, .none): return .month
        default: return nil
        }
    }

    /// A marker at token `k` that looks ahead to the day at `day`: `is to` or `are to` and a verb (`Kelvar is to
    /// host the final on Sunday`), `to be held` and `to take place` after other than a past (`the meeting to be
    /// held on Monday`), `due to` and a verb (`a deal due to take effect on Monday`), a present
    /// intention and its verb (`plans to vote on Friday`), or a verb of a scheduled happening in the present
    /// (`the exhibition opens on Saturday`, `talks resume on Monday`, `the vote takes place on Thursday`,
    /// `Tarvan goes to the polls on Sunday`), outside the headline (whose present tells of the past: `Jets
    /// pound Vessa on Monday`).
    func looksAhead(at k: Int, day: Int) -> Bool {
        let word = tokens[k].lower
        let next = lower(k + 1)
        switch word {
        case "to":
            let before = lower(k - 1)
            // (`is to host`: only a verb follows `is to` or `are to`, but not `is to blame`.)
            if ["is", "are"].contains(before), let verb = token(k + 1), verb.isWord, !verb.isCapitalized,
                !verb.lower.hasSuffix("ing"), !DateLexicon.wordsBeforeANoun.contains(verb.lower), next != "blame"
            {
                return true
            }
            // `the meeting to be held on Monday`, `talks to take place on Friday`; not `was to be held`.
            if next == "be" && lower(k + 2) == "held" || next == "take" && lower(k + 2) == "place" {
                // (`To be held on Monday, …`: no word before the sentence's first.)
                return !["was", "were", "had", "'d"].contains(before)
                    && (k - 1 < sentence.lowerBound || !isPastVerb(k - 1))
            }
            guard isBaseVerb(k + 1) else { return false }
            if before == "due" { return true }
            // (Not `the plan to vote on Friday`, which may be an old plan.)
            return DateLexicon.presentIntentions.contains(before) && !DateLexicon.wordsBeforeANoun.contains(lower(k - 2))
        default:
            guard DateLexicon.scheduledHappenings.contains(word), paragraph.position > 0,
                !paragraph.isTitleCase
            else { return false }
            // (Not `the votes on Monday`, `agreed to meet on Monday`, `did not open on Monday`.)
            let before = lower(k - 1)
            guard !DateLexicon.wordsBeforeANoun.contains(before),
                !DateLexicon.wordsBeforeABareVerb.contains(before)
            else { return false }
            // (`takes place`, `take effect`, `goes to the polls`: the verb with its words.)
            if let words = DateLexicon.wordsAfterScheduledHappenings[word] {
                return words.contains(next) && (next != "to" || lower(k + 2) == "the" && lower(k + 3) == "polls")
            }
            return true
        }
    }

    /// `host`, `take`, `be`, `open`: a verb's base form at `k`, as the word list knows it or as a scheduled
    /// happening's.
    func isBaseVerb(_ k: Int) -> Bool {
        guard let t = token(k), t.isWord, !t.isCapitalized else { return false }
        let word = t.lower
        if word == "be" || DateLexicon.scheduledHappenings.contains(word) { return true }
        guard !word.hasSuffix("ing"), !word.hasSuffix("ed"), !word.hasSuffix("s") else { return false }
        return EnglishWords.bundled.partOfSpeech(of: word) == .verb
    }

    /// `was`, `said`, `killed`: a verb in the past at `k` (an `-ed` word that is a verb's, but not after `be`,
    /// `been` or `being`, where it is a passive's: `will be held`).
    func isPastVerb(_ k: Int) -> Bool {
        guard sentence.contains(k) else { return false }
        let word = tokens[k].lower
        if DateLexicon.pastVerbsEndingALookAhead.contains(word) { return true }
        guard tokens[k].isWord, word.hasSuffix("ed"), word.utf8.count >= 5,
            !["be", "been", "being"].contains(lower(k - 1))
        else { return false }
        let stem = String(word.dropLast(2))
        let words = EnglishWords.bundled
        return words.partOfSpeech(of: stem) == .verb || words.partOfSpeech(of: stem + "e") == .verb
            || words.partOfSpeech(of: String(word.dropLast())) == .verb
    }
}
