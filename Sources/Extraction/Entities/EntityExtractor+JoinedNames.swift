/// Links inside one name that a run of capitalised words would otherwise break at: a possessive before
/// an organisation's head (`Alzheimer's Society`, `Lawyers' Christian Fellowship`), `&` between two
/// capitalised words (`Procter & Gamble`), a channel's number (`BBC Radio 4`), and `and` inside a name
/// that the acronym after it spells (`Qualifications and Curriculum Authority (QCA)`).
extension EntityExtractor {
    /// A possessive `'s` or a plural's bare apostrophe.
    func isPossessiveMark(_ token: Token) -> Bool {
        token.lower == "'s" || token.kind == .punctuation && token.lower == "'"
    }

    /// Whether the possessive at `k` joins the capitalised word before it to an organisation's name:
    /// `Alzheimer's Society` (a named body's head right after `'s`), `Teachers' Union`, `Lawyers'
    /// Christian Fellowship` (a common word, then a head within three words), `Magistrates' Court`. Not
    /// after a place (`Britain's Labour Party`) nor a person (`Blair's Party`).
    func possessiveJoinsOrganization(at k: Int, in tokens: [Token], limit: Int, isBlocked: (Int) -> Bool) -> Bool {
        guard k >= 1, k + 1 < limit, isPossessiveMark(tokens[k]), !isBlocked(k + 1), tokens[k + 1].isNamePart,
            tokens[k + 1].isCapitalized
        else { return false }
        let owner = tokens[k - 1]
        // `Magistrates' Court`, `Magistrate's Court`: an office's court, though the office is a title.
        let court = EntityLexicon.courtHeads.contains(tokens[k + 1].text)
        // `Attorney's Office`, `Sheriff's Department`: the office an official heads is a body.
        let officialsOffice =
            tokens[k].lower == "'s" && isTitle(owner) && EntityLexicon.officialsOfficeHeads.contains(tokens[k + 1].text)
        guard owner.isWord, owner.isCapitalized, !owner.isAllCaps, !isGivenName(owner),
            !isTitle(owner) || court || officialsOffice,
            gazetteer.place(named: owner.text) == nil, possessiveCountry(owner) == nil
        else { return false }
        // `Magistrates'`: an office's plural owns a court, though no dictionary word.
        let office = court && (isTitle(owner) || Self.moreTitles.contains(String(owner.text.dropLast())))
        let common = office || EnglishWords.bundled.partOfSpeech(of: owner.lower) != nil
        if officialsOffice { return true }
        if tokens[k].lower == "'s" {
            if EntityLexicon.namedPossessiveOrganizationHeads.contains(tokens[k + 1].text) { return true }
            guard common else { return false }
        } else {
            // `Lawyers' Christian`: a plural's apostrophe, written right after it and before a space.
            guard common, owner.lower.hasSuffix("s"), !tokens[k].spaceBefore, tokens[k + 1].spaceBefore else {
                return false
            }
        }
        var j = k + 1
        while j < min(k + 4, limit), !isBlocked(j), tokens[j].isNamePart, tokens[j].isCapitalized {
            if EntityLexicon.possessiveOrganizationHeads.contains(tokens[j].text) { return true }
            j += 1
        }
        return false
    }

    /// `U.S. Attorney's Office for the Eastern District`, `Information Commissioner's Office`: a run holding an
    /// official's possessive before the office's head is that office, title and all (not a role before it).
    func officialsOffice(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>, initial: Bool
    ) -> Candidate? {
        let tokens = paragraph.tokens
        guard range.count >= 3,
            range.dropFirst().dropLast().contains(where: { k in
                tokens[k].lower == "'s" && isTitle(tokens[k - 1])
                    && EntityLexicon.officialsOfficeHeads.contains(tokens[k + 1].text)
            })
        else { return nil }
        return candidate(
            range, in: paragraph, sentence: sentence, initial: initial,
            evidence: Evidence(kind: .organization, weight: Evidence.structure))
    }

    /// `Procter & Gamble`, `Marks & Spencer`: `&` between two capitalised words that name no place and
    /// no one's given name is a firm's name when the first word opens the run (`start`); not letters
    /// (`R&D`, `Q&A`), two common words (`Arts & Crafts`) nor a longer title (`Social Science & Medicine`).
    func ampersandJoinsFirm(at k: Int, from start: Int, in tokens: [Token], limit: Int) -> Bool {
        guard k >= 1, k - 1 == start, k + 1 < limit, tokens[k].text == "&" else { return false }
        func firmWord(_ token: Token) -> Bool {
            token.isWord && token.isCapitalized && token.text.utf8.count >= 2 && !isGivenName(token) && !isTitle(token)
                && gazetteer.place(named: token.text) == nil && !EnglishLexicon.notNames.contains(token.text)
                && !EntityLexicon.runBreakers.contains(token.text)
        }
        func common(_ token: Token) -> Bool { EnglishWords.bundled.partOfSpeech(of: token.lower) != nil }
        return firmWord(tokens[k - 1]) && firmWord(tokens[k + 1]) && !(common(tokens[k - 1]) && common(tokens[k + 1]))
    }

    /// `KT&R`, `PG&E`, `Brask/Tolven`: `&` or `/` glued between two capitalised words (no space either side)
    /// joins them into one name, a firm's or a brand's; not a common abbreviation written so (`R&D`, `Q&A`),
    /// two places (`Norland/Vestria`), two common words (`Yes/No`) nor a technical term (`HIV/Aids`). A slash
    /// more often stands between two names (`Brown/Hale`, `NME/Radio One`, `the Tarvo/Boeing order`): it
    /// joins only two words alone (the run opens with the first at `start`, the second ends it) listed with
    /// commas among other names, neither an English word nor a given name.
    func gluedJoinerJoinsName(at k: Int, from start: Int, in tokens: [Token], limit: Int) -> Bool {
        guard k + 1 < limit, Self.isGluedJoiner(at: k, in: tokens) else { return false }
        let before = tokens[k - 1], after = tokens[k + 1]
        func common(_ token: Token) -> Bool { EnglishWords.bundled.partOfSpeech(of: token.lower) != nil }
        // (`AT&T`: a word in capitals glued by `&` is no English word written in capitals.)
        func part(_ token: Token) -> Bool {
            (tokens[k].text == "&" && token.isAllCaps
                || !EnglishLexicon.notNames.contains(token.text)
                    && !EntityLexicon.technicalAcronyms.contains(token.text))
                && (token.text.utf8.count == 1 || gazetteer.place(named: token.text) == nil)
        }
        guard part(before), part(after) else { return false }
        if tokens[k].text == "/" {
            let listed = k >= 2 && tokens[k - 2].isPunctuation(",") || k + 2 < limit && tokens[k + 2].isPunctuation(",")
            return k - 1 == start && (k + 2 >= limit || !tokens[k + 2].isNamePart) && listed && !common(before)
                && !common(after) && !isGivenName(before) && !isGivenName(after)
        }
        return !(common(before) && common(after))
    }

    /// The shape alone: `&` or `/` at `k` glued (no space either side) between two capitalised words, and
    /// no common abbreviation (`R&D`). The figures' source reader walks over it too (`KT&R officials said`).
    static func isGluedJoiner(at k: Int, in tokens: [Token]) -> Bool {
        guard k >= 1, k + 1 < tokens.count, tokens[k].text == "&" || tokens[k].text == "/", !tokens[k].spaceBefore,
            !tokens[k + 1].spaceBefore
        else { return false }
        // (`FHC/ABJ/03/095`: a code or a path, its parts joined again beyond these two.)
        func joiner(_ j: Int) -> Bool {
            j >= 0 && j < tokens.count && (tokens[j].text == "&" || tokens[j].text == "/") && !tokens[j].spaceBefore
        }
        if joiner(k - 2) || joiner(k + 2) && k + 3 < tokens.count && !tokens[k + 3].spaceBefore { return false }
        let before = tokens[k - 1], after = tokens[k + 1]
        return before.isWord && before.isNamePart && before.isCapitalized && after.isWord && after.isNamePart
            && after.isCapitalized && !joinedAbbreviations.contains(before.text + tokens[k].text + after.text)
    }

    /// Common abbreviations written with a glued `&` or `/`, no names.
    static let joinedAbbreviations: WordSet = [
        "R&D", "Q&A", "M&A", "R&B", "B&B", "P&L", "A&E", "F&B", "B&W", "G&T", "T&C", "T&Cs", "Q/A", "N/A", "A/C",
        "C/O", "I/O", "A/B", "P/E", "R&R", "D&D", "S&M", "C&W",
    ]

    /// `BBC Radio 4`, `Channel 5`: a number of one or two digits right after a broadcaster's word.
    func numbersChannel(at k: Int, in tokens: [Token], limit: Int) -> Bool {
        guard k >= 1, k < limit, tokens[k].isNumber, tokens[k].text.utf8.count <= 2, tokens[k].spaceBefore,
            EntityLexicon.channelWords.contains(tokens[k - 1].text)
        else { return false }
        // Not a count or a time: `Channel 4 p.m.`, `Radio 2 of 5`.
        return k + 1 >= limit || !tokens[k + 1].isNumber && tokens[k + 1].lower != "of"
    }

    /// Lowercase words an acronym's name may hold between its capitalised words.
    static let acronymJoiners: WordSet = ["and", "in", "on"]

    /// Whether the `and` at `k` lies inside one name that the acronym in parentheses after it spells
    /// from its capitalised words: `Qualifications and Curriculum Authority (QCA)`; so does an `in` or
    /// an `on` (`Organisation for Security and Cooperation in Europe ( OSCE )`, where the place after
    /// `in` is the name's last word). `start` is where the run began.
    func acronymSpansAnd(at k: Int, from start: Int, in tokens: [Token], limit: Int) -> Bool {
        guard k >= 1, k + 1 < limit, Self.acronymJoiners.contains(tokens[k].lower) || tokens[k].text == "&" else {
            return false
        }
        // `in` and `on` only inside a name already joined by `and`, `of` or `for` (`Islamic State in Iraq
        // and Syria` opens with a name of its own, which keeps it).
        if tokens[k].text == "in" || tokens[k].text == "on",
            !(start..<k).contains(where: { ["and", "of", "for"].contains(tokens[$0].text) })
        {
            return false
        }
        // The capitalised words after the joiner (another joiner between them), up to an opening parenthesis.
        var close = k + 1
        while close < min(k + 8, limit),
            tokens[close].isNamePart
                || close > k + 1 && close + 1 < limit && Self.acronymJoiners.contains(tokens[close].text)
                    && tokens[close + 1].isNamePart
        {
            close += 1
        }
        guard close > k + 1, close + 2 < limit, tokens[close].isPunctuation("("),
            tokens[close + 1].isWord, tokens[close + 1].isAllCaps, tokens[close + 2].isPunctuation(")")
        else { return false }
        let letters = Array(tokens[close + 1].text.utf8)
        guard (3...8).contains(letters.count) else { return false }
        // Initials of the capitalised words, read backwards from the parenthesis, must spell the acronym
        // and reach back over the `and` to a word before it.
        var n = letters.count - 1
        var j = close - 1
        while j >= start, n >= 0 {
            let word = tokens[j]
            if j == k || EnglishLexicon.nameParticles.contains(word.lower) || word.lower == "the"
                || Self.acronymJoiners.contains(word.text) || word.text == "&"
            {
                j -= 1
                continue
            }
            guard word.isCapitalized, word.text.utf8.first == letters[n] else { return false }
            n -= 1
            j -= 1
        }
        return n < 0 && j + 1 < k
    }
}
