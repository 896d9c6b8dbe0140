/// Runs of capitalised words: each sentence's runs (with particles, `People's`, middle initials),
/// trimmed of common words, split into names by ``pieces(of:in:sentence:sentenceInitial:)``, with the
/// names in parentheses right after a name as its alternatives; and generic heads (`the observatory`).
extension EntityExtractor {
    /// The name a parenthesis follows (its candidate index), and the tokens inside: names there are its
    /// alternatives.
    private typealias Parenthesis = (index: Int, inside: Range<Int>)

    /// The names in a paragraph's runs of capitalised words and its generic heads, outside `blocked`; no run
    /// goes on over `headlineJoin` (``headlineJoin(in:headline:)``).
    func spans(
        in paragraph: AnalyzedArticle.AnalyzedParagraph, commonWords: ArticleWordSet = [],
        repeatedNames: Set<String> = [], blocked: [Range<Int>] = [], headlineJoin: Int? = nil
    ) -> [Candidate] {
        let tokens = paragraph.tokens
        var isBlocked = [Bool](repeating: false, count: tokens.count)
        for range in blocked { for k in range { isBlocked[k] = true } }
        var result: [Candidate] = []
        var parent: Parenthesis?
        for sentence in Self.sentences(of: paragraph, cutAt: headlineJoin) {
            var i = sentence.lowerBound
            // The first word of a sentence, past opening quotes and brackets.
            var firstWord = sentence.lowerBound
            while firstWord < sentence.upperBound, tokens[firstWord].kind == .punctuation { firstWord += 1 }
            while i < sentence.upperBound {
                if isBlocked[i] { i += 1; continue }
                if let generic = genericHead(at: i, in: paragraph, sentence: sentence) {
                    result.append(generic)
                    i += 2
                    continue
                }
                // `head coach (Ann) Roe`: a title in lowercase before a bracketed given name.
                if !tokens[i].isNamePart, let person = bracketedGivenName(at: i, in: paragraph, sentence: sentence),
                    !person.tokens.contains(where: { isBlocked[$0] })
                {
                    result.append(person)
                    i = person.tokens.upperBound
                    continue
                }
                if tokens[i].isInnerCapitalized,
                    let company = innerCapitalizedCompany(at: i, in: paragraph, sentence: sentence)
                {
                    result.append(company)
                    i += 1
                    continue
                }
                guard tokens[i].isNamePart else {
                    if tokens[i].isLocatingModifier, let based = basedPlace(at: i, in: paragraph, sentence: sentence) {
                        result.append(based)
                    }
                    i += 1
                    continue
                }
                let end = runEnd(from: i, in: paragraph, sentence: sentence, isBlocked: isBlocked)
                // `Head Coach (Ann) Roe`: the run ends at the title before a bracketed given name.
                if let person = bracketedGivenName(at: end - 1, in: paragraph, sentence: sentence),
                    !person.tokens.contains(where: { isBlocked[$0] })
                {
                    if i < end - 1 {
                        appendNames(
                            inRun: i..<(end - 1), in: paragraph, sentence: sentence, firstWord: firstWord,
                            commonWords: commonWords, repeatedNames: repeatedNames, parent: &parent, to: &result)
                    }
                    result.append(person)
                    i = person.tokens.upperBound
                    continue
                }
                // `New York-based`: the run's last words may name the place with the modifier after it.
                let based =
                    end < sentence.upperBound && !isBlocked[end] && tokens[end].isLocatingModifier
                    ? basedPlace(at: end, in: paragraph, sentence: i..<sentence.upperBound) : nil
                // `2.6GHz Tarnix`: a unit or a standard at an edge is no part of the name.
                let names = Self.withoutSpecificationEdges(i..<(based?.tokens.lowerBound ?? end), in: tokens)
                if !names.isEmpty {
                    appendNames(
                        inRun: names, in: paragraph, sentence: sentence, firstWord: firstWord,
                        commonWords: commonWords, repeatedNames: repeatedNames, parent: &parent, to: &result)
                }
                if let based { result.append(based) }
                i = based == nil ? end : end + 1
            }
        }
        return result
    }

    /// Titles of a head of state or government, which open a person after `of`: `the party of President
    /// Ana Ruiz`, `the government of Prime Minister …` (`Ministry of Justice`, `Secretary of State` keep
    /// their words).
    static let leadersTitles: WordSet = ["President", "Prime", "Premier", "Chancellor"]

    /// Whether `on` at `k` goes on a body's name with what the body deals with: a head of such bodies before it
    /// (``EntityLexicon/topicBodyHeads``) ending two words or more, or one after `the` (not `terror Group on
    /// Peshmerga lines`), that the lexicon does not know as a whole (`the Security Council on Syria`), and a
    /// capitalised word after it that is no date (`the Committee on Monday`).
    private func bodyOnTopic(
        at k: Int, from start: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>
    ) -> Bool {
        let tokens = paragraph.tokens
        guard tokens[k].text == "on", k + 1 < sentence.upperBound, k > start,
            EntityLexicon.topicBodyHeads.contains(tokens[k - 1].text),
            k - start >= 2 || start > sentence.lowerBound && tokens[start - 1].lower == "the",
            tokens[k + 1].isCapitalized, !tokens[k + 1].isAllCaps,
            !EnglishLexicon.notNames.contains(tokens[k + 1].text), !Self.faithsAndFeasts.contains(tokens[k + 1].text),
            !isGivenName(tokens[k + 1])
        else { return false }
        return knownEvidence(start..<k, in: paragraph).map { $0.kind != .organization } ?? true
    }

    /// Whether a leader's title at `k` opens a person's name: a capitalised word follows it (`President
    /// Ana Ruiz`, `Prime Minister`); `Department of Premier and Cabinet` names an office, no one.
    private static func opensLeader(at k: Int, in tokens: [Token], sentence: Range<Int>) -> Bool {
        k + 1 < sentence.upperBound && leadersTitles.contains(tokens[k].text) && tokens[k + 1].isNamePart
            && tokens[k + 1].isCapitalized
    }

    /// Where the run of capitalised words starting at `i` ends: it goes on over name words, a lowercase
    /// particle before one, `People's`, a middle initial.
    private func runEnd(
        from i: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>, isBlocked: [Bool]
    ) -> Int {
        let tokens = paragraph.tokens
        var end = i + 1
        while end < sentence.upperBound, !isBlocked[end] {
            // `Syrias Homs`: a country with its apostrophe lost ends the name before it.
            if possessiveCountry(tokens[end - 1]) != nil || possessiveCountry(tokens[end]) != nil { break }
            var next: Bool { end + 1 < sentence.upperBound && !isBlocked[end + 1] && tokens[end + 1].isNamePart }
            if tokens[end].isNamePart && tokens[end].lower != "'s" {
                end += 1
            } else if EnglishLexicon.nameParticles.contains(tokens[end].lower), !tokens[end].isCapitalized, next,
                tokens[end + 1].lower != "'s",
                // `the Democratic Party of President Ana Ruiz`: the title opens a person, no more of the party's name.
                !(["of", "for"].contains(tokens[end].lower) && Self.opensLeader(at: end + 1, in: tokens, sentence: sentence))
            {
                end += 2
            } else if ["of", "for"].contains(tokens[end].lower), !tokens[end].isCapitalized,
                end + 2 < sentence.upperBound,
                tokens[end + 1].lower == "the", !tokens[end + 1].isCapitalized, !isBlocked[end + 1],
                !isBlocked[end + 2],
                tokens[end + 2].isNamePart, tokens[end + 2].isCapitalized,
                EnglishLexicon.organizationHeads.contains(tokens[end - 1].text)
                    || EntityLexicon.organizationOfHeads.contains(tokens[end - 1].text)
                    || EntityLexicon.placeOfNameHeads.contains(tokens[end - 1].text)
                    || EntityLexicon.placeNameHeads.contains(tokens[end - 1].text)
                    || EntityLexicon.possessiveNameWords.contains(tokens[end - 1].text)
            {
                // `Organisation for the Prohibition of Chemical Weapons`, `Museum of the Air Force`, `Friends
                // of the Earth`: an organisation's or a site's head, then `of the` and the rest of its name.
                end += 3
            } else if next, bodyOnTopic(at: end, from: i, in: paragraph, sentence: sentence) {
                // `Commission of Inquiry on Syria`, `the Committee on Human Rights`: a body's head and `on`
                // before what it deals with.
                end += 2
            } else if let listEnd = portfolioListEnd(
                at: end, from: i, in: paragraph, limit: sentence.upperBound, isBlocked: { isBlocked[$0] })
            {
                // `Ministry of Trade, Industry and Energy`: one body named for its portfolios.
                end = listEnd
            } else if tokens[end].text == "&", next,
                EntityLexicon.firmPartners.contains(tokens[end + 1].text)
                    || headAhead(from: end + 1, in: tokens, limit: sentence.upperBound, isBlocked: { isBlocked[$0] })
            {
                // `Holm & Sons`, `Avery & Co`: a firm's name; `Aviation & Space Museum`, `Mary & Leigh
                // Block Museum`: names joined by `&` before the head of one organisation or site.
                end += 2
            } else if next,
                possessiveJoinsOrganization(
                    at: end, in: tokens, limit: sentence.upperBound, isBlocked: { isBlocked[$0] })
            {
                // `Alzheimer's Society`, `Lawyers' Christian Fellowship`: a possessive inside an
                // organisation's name.
                end += 2
            } else if next, gluedJoinerJoinsName(at: end, from: i, in: tokens, limit: sentence.upperBound) {
                // `KT&R`, `Brask/Tolven`: two capitalised words glued by `&` or `/` are one name.
                end += 2
            } else if next,
                ampersandJoinsFirm(at: end, from: i, in: tokens, limit: sentence.upperBound)
                    || acronymSpansAnd(at: end, from: i, in: tokens, limit: sentence.upperBound)
            {
                // `Procter & Gamble`; `Qualifications and Curriculum Authority (QCA)`, where the acronym
                // spells both sides of the `and`.
                end += 2
            } else if let glued = gluedNumberOfKnownName(at: end, in: paragraph, limit: sentence.upperBound) {
                // `G7`, `MI5`: a known name with its number glued to its word.
                end += glued
            } else if numberEndsName(at: end, from: i, in: tokens, sentence: sentence) {
                // `the band Kelvo 7`, `the Tarvex 40 index`: a band's or an index's name ending in a number.
                end += 1
            } else if numbersChannel(at: end, in: tokens, limit: sentence.upperBound)
                || numbersBase(at: end, in: tokens, limit: sentence.upperBound)
            {
                // `BBC Radio 4`, `Base 47`
                end += 1
            } else if next,
                let placeEnd = placeNameAcrossAnd(
                    at: end, from: i, in: paragraph, limit: sentence.upperBound, isBlocked: { isBlocked[$0] })
            {
                // `Trinidad and Tobago`, `Jammu and Kashmir`: one country or region the gazetteer knows by a
                // name that holds `and`.
                end = placeEnd
            } else if next,
                andJoinsOneName(
                    at: end, from: i, in: paragraph, limit: sentence.upperBound, isBlocked: { isBlocked[$0] })
            {
                // `Food and Drug Administration`, `Department for Education and Skills`: common words
                // joined by `and` inside one name with a head.
                end += 2
            } else if tokens[end].lower == "at", !tokens[end].isCapitalized, next,
                tokens[i].text == "University", end - i >= 3, tokens[i + 1].lower == "of"
            {
                // `University of North Carolina at Chapel Hill`: a university's campus is part of its name.
                end += 2
            } else if Self.saintsPossessive(at: end, from: i, in: tokens) {
                // `St. Alban's`, `St Mary's Hospital`: a saint's possessive is part of the name.
                end += 1
            } else if tokens[end].lower == "'s", EntityLexicon.possessiveNameWords.contains(tokens[end - 1].text), next
            {
                // `People's Liberation Army`
                end += 2
            } else if tokens[end].isPunctuation("."), !tokens[end].spaceBefore,
                EntityLexicon.abbreviatedPlaceWords.contains(tokens[end - 1].text), next
            {
                // `St. Louis`, `Mt. Hood`: an abbreviated word of a place's name and its full stop.
                end += 2
            } else if tokens[end].isPunctuation("."), !tokens[end].spaceBefore, tokens[end - 1].text.count == 1,
                tokens[end - 1].isCapitalized, next, !Self.isGluedJoiner(at: end - 2, in: tokens),
                end - 1 > i || initialsOpenName(at: end + 1, in: tokens, sentence: sentence)
            {
                // A middle initial: `Elizabeth A. Smith`, `James T. Kirk`; initials first when a name
                // of two words or another initial follows: `L. Ron Hubbard`, `J. K. Rowling`. (Not the
                // last letter of a glued name: `after KT&R. Sales rose`.)
                end += 2
            } else {
                break
            }
        }
        return end
    }

    /// Whether the token at `k` is the possessive of a saint's name that opens the run at `start`:
    /// `St. Alban` `'s`, `St Thomas` `'`.
    static func saintsPossessive(at k: Int, from start: Int, in tokens: [Token]) -> Bool {
        guard k >= start + 2, k - start <= 3, ["St", "Saint", "Ste"].contains(tokens[start].text) else { return false }
        let owner = tokens[k - 1]
        guard owner.isWord, owner.isCapitalized else { return false }
        if tokens[k].lower == "'s" { return true }
        // `St Thomas'`: a bare apostrophe right after a name ending in `s`; wire copy spaces it (`St James '
        // Park`), a capitalised word after it.
        guard tokens[k].kind == .punctuation, tokens[k].lower == "'", owner.lower.hasSuffix("s") else { return false }
        return !tokens[k].spaceBefore
            || k + 1 < tokens.count && tokens[k + 1].spaceBefore && tokens[k + 1].isNamePart
                && tokens[k + 1].isCapitalized
    }

    /// `St Mary's Hospital`, `St Fintian's High School says`: a saint's possessive and the words after it
    /// name a place or a body, never a person (a school is a body); nil for any other run.
    func saintsInstitution(
        _ run: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>, initial: Bool
    ) -> Candidate? {
        let tokens = paragraph.tokens
        guard run.count >= 4,
            ((run.lowerBound + 2)...(run.lowerBound + 3)).contains(where: {
                $0 < run.upperBound - 1 && Self.saintsPossessive(at: $0, from: run.lowerBound, in: tokens)
            })
        else { return nil }
        var named = candidate(run, in: paragraph, sentence: sentence, initial: initial, evidence: nil)
        if named.kind == .person {
            named.evidence =
                EntityLexicon.institutionBuildings.contains(tokens[run.upperBound - 1].text)
                ? Evidence(kind: .organization, weight: Evidence.structure) : nil
        }
        return named
    }

    /// Whether an organisation's or a site's head comes within three capitalised words from `k`.
    func headAhead(from k: Int, in tokens: [Token], limit: Int, isBlocked: (Int) -> Bool) -> Bool {
        var j = k
        while j < min(k + 3, limit), !isBlocked(j), tokens[j].isNamePart {
            let word = tokens[j].text
            if EnglishLexicon.organizationHeads.contains(word) || EntityLexicon.placeNameHeads.contains(word)
                || EntityLexicon.companyHeads.contains(word) || EntityLexicon.siteHeads.contains(word)
            {
                return true
            }
            j += 1
        }
        return false
    }

    /// After an opening initial and its full stop: another initial, or two capitalised words.
    private func initialsOpenName(at k: Int, in tokens: [Token], sentence: Range<Int>) -> Bool {
        guard k + 1 < sentence.upperBound, tokens[k].isNamePart, tokens[k].isCapitalized else { return false }
        if tokens[k].text.count == 1 { return tokens[k + 1].isPunctuation(".") && !tokens[k + 1].spaceBefore }
        return tokens[k + 1].isNamePart && tokens[k + 1].isCapitalized && !tokens[k].isAllCaps
    }

    /// Appends the names in a run to `result`: inside the parentheses after an earlier name they are its
    /// alternatives, and names in parentheses right after the run become the last one's.
    private func appendNames(
        inRun run: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
        firstWord: Int, commonWords: ArticleWordSet, repeatedNames: Set<String>, parent: inout Parenthesis?,
        to result: inout [Candidate]
    ) {
        let tokens = paragraph.tokens
        // `(R-TX)` after a lawmaker's name: no name of its own.
        if Self.isPartyDesignator(run, in: tokens) { return }
        let i = run.lowerBound
        // `Jun 2014 Activists say`: a date run into the text starts a sentence.
        let start = i > sentence.lowerBound && tokens[i - 1].isNumber && tokens[i - 1].text.count == 4 ? i : firstWord
        // `Big Machine` written so twice inside sentences is a name, though the article says `big` elsewhere;
        // not `Liberate Raqqa`, where a known name follows a common word.
        let whole =
            repeatedNames.contains(paragraph.text(of: run))
            && run.allSatisfy { knownSpan(at: $0, limit: run.upperBound, in: paragraph) == nil }
            || Self.opensWithPronounSurname(run, in: paragraph, sentence: sentence)
        let (first, last) =
            whole
            ? (run.lowerBound, run.upperBound)
            : trimmed(run, in: paragraph, commonWords: commonWords, sentenceStart: start)
        var found = pieces(of: first..<last, in: paragraph, sentence: sentence, sentenceInitial: first == start)
        // `KARVELA (Sputnik) -`: a paragraph's first words in capitals before an agency's credit are its
        // dateline's town.
        if found.count == 1, (found[0].evidence?.weight ?? 0) < Evidence.known, first == 0,
            (first..<last).allSatisfy({ tokens[$0].isWord && tokens[$0].isAllCaps }),
            Self.holdsAgencyCredit(after: last, in: tokens)
        {
            found = [wireCandidate(first..<last, kind: .place, in: paragraph)]
        }
        if let inside = parent?.inside, let index = parent?.index, inside.contains(first) {
            for k in found.indices { found[k].alternativeOf = index }
        }
        if !found.isEmpty, Self.holdsPartyDesignator(after: last, in: tokens),
            (found[found.count - 1].evidence?.weight ?? 0) < Evidence.structure
        {
            found[found.count - 1].evidence = Evidence(kind: .person, weight: Evidence.structure)
        }
        if !found.isEmpty, last < tokens.count, tokens[last].isPunctuation("("),
            !Self.holdsPartyDesignator(after: last, in: tokens),
            !holdsCountryOfOrigin(after: last, name: found[found.count - 1], in: paragraph),
            !Self.holdsAgencyCredit(after: last, in: tokens)
        {
            let alternatives = parenthesised(after: last, name: found[found.count - 1], in: paragraph)
            found[found.count - 1].alternatives = alternatives
            if !alternatives.isEmpty,
                let close = tokens[(last + 1)...].prefix(12).firstIndex(where: { $0.isPunctuation(")") })
            {
                parent = (result.count + found.count - 1, (last + 1)..<close)
            }
        }
        result += found
    }

    /// Trims common words the article also writes in lowercase off the edges of a run, and a
    /// sentence's first word when the article uses it as a common noun (`Employee Steve Castro`).
    func trimmed(
        _ run: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, commonWords: ArticleWordSet,
        sentenceStart: Int
    ) -> (Int, Int) {
        let tokens = paragraph.tokens
        // `told Kestrel Press Agency Feb. 26`: the month of a date run into the name is no part of it.
        var first = run.lowerBound, last = Self.endBeforeTrailingDate(run, in: tokens)
        func common(_ k: Int) -> Bool {
            tokens[k].isCapitalized && !tokens[k].isAllCaps && commonWords.contains(tokens[k].lower)
                && !Self.isMixedCaseAcronym(tokens[k].text)
                && !EnglishLexicon.organizationHeads.contains(tokens[k].text)
                && !EnglishLexicon.titles.contains(tokens[k].text)
                && !EntityLexicon.placeNameHeads.contains(tokens[k].text)
        }
        // `Organisation for the Prohibition of Chemical Weapons`, `Committee on Rural Housing`: a head and its
        // `of`-phrase (a body's head and its `on`-phrase) is one name.
        let headed = run.contains { k in
            k > run.lowerBound && ["of", "for"].contains(tokens[k].lower)
                && (EnglishLexicon.organizationHeads.contains(tokens[k - 1].text)
                    || EntityLexicon.placeOfNameHeads.contains(tokens[k - 1].text))
                || k > run.lowerBound && tokens[k].text == "on"
                    && EntityLexicon.topicBodyHeads.contains(tokens[k - 1].text)
        }
        if run.count >= 2, !headed {
            // Only after a known name or another common word (`Aleppo Bombing`, `Towns Resumes`), not
            // after a given name (`Theresa May`, `David Frost`).
            while last - first >= 2, common(last - 1),
                common(last - 2) || knownSpan(at: first, limit: last - 1, in: paragraph)?.length == last - 1 - first
            {
                last -= 1
            }
            // `National Museum of …`, `Royal Botanic Gardens`: an adjective opening a name with a head stays.
            let opensHeadedName = headAhead(from: first + 1, in: tokens, limit: last) { _ in false }
            // `the Catholic Church` beside `a catholic school`: a head left alone would name nothing.
            while last - first >= 2, common(first), !isPossessiveMark(tokens[first + 1]),
                !(opensHeadedName && EnglishWords.bundled.partOfSpeech(of: tokens[first].lower) == .adjective),
                !(run.count == 2 && EnglishLexicon.organizationHeads.contains(tokens[first + 1].text)),
                (knownSpan(at: first, limit: last, in: paragraph)?.length ?? 0) < 2
            {
                first += 1
            }
        }
        // `Residents of Harbnafas`, `Supporters of Evo Morales` opening a sentence: a common noun and its `of`.
        if first == sentenceStart, last - first >= 3, ["of", "for"].contains(tokens[first + 1].lower),
            tokens[first].isCapitalized,
            !EnglishLexicon.organizationHeads.contains(tokens[first].text),
            !EnglishLexicon.titles.contains(tokens[first].text),
            !EntityLexicon.placeNameHeads.contains(tokens[first].text),
            !EntityLexicon.placeOfNameHeads.contains(tokens[first].text),
            knownSpan(at: first, limit: last, in: paragraph) == nil
        {
            return (first + 2, last)
        }
        if first == sentenceStart, last - first >= 2, tokens[first].isCapitalized, !tokens[first].isAllCaps,
            !EnglishLexicon.titles.contains(tokens[first].text), knownSpan(at: first, limit: last, in: paragraph) == nil
        {
            let word = tokens[first].lower
            let joined =
                EnglishLexicon.nameParticles.contains(tokens[first + 1].lower) || isPossessiveMark(tokens[first + 1])
            // A gerund (`Defeating Daesh`) opens sentences, not names.
            if !joined && commonWords.contains(word) || commonWords.contains(word + "s")
                || commonWords.contains(word + "es")
                || word.count > 5 && word.hasSuffix("ing")
                || word.hasSuffix("s") && commonWords.contains(String(word.dropLast()))
                || EntityLexicon.personCues.contains(word)
                // `Miner Harrow Gold said`: a word for a firm's trade opening the sentence before the firm.
                || !joined && EntityLexicon.companyCues.contains(word)
                    && !EnglishLexicon.organizationHeads.contains(tokens[first].text)
                || addressesGivenName(at: first, in: tokens)
                || last - first >= 3 && isOccupationBeforeGivenName(at: first, in: tokens)
                || Self.isOpeningAdverb(word)
                || describesKnownName(at: first, last: last, in: paragraph)
            {
                first += 1
            }
        }
        return (first, last)
    }

    /// `Legendary Dutch striker …`, `Fellow Vesk forward …`, `In-form Vesk …`: a word that describes (one the
    /// word list knows, one of an adjective's endings, or one joined by a hyphen to a lowercase word) opening
    /// the sentence before a name the lexicon or the gazetteer knows, which is the whole rest of the run.
    func describesKnownName(at first: Int, last: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let word = tokens[first].lower
        guard !isGivenName(tokens[first]), gazetteer.place(named: tokens[first].text) == nil,
            // (`Eastern Vesk`, `Little Britain`, `Big Apple`: words that open names of places and things.)
            !EntityLexicon.compassWords.contains(tokens[first].text),
            !EntityLexicon.compassPlaceWords.contains(tokens[first].text), !Self.nameOpeningAdjectives.contains(word),
            EnglishWords.bundled.partOfSpeech(of: word) == .adjective
                || Self.hasDescribingEnding(word)
                || Self.joinsLowercaseWord(tokens[first]),
            let known = knownSpan(at: first + 1, limit: last, in: paragraph), first + 1 + known.length == last
        else { return false }
        return true
    }

    /// `diminutive`, `legendary`, `inspirational`, `famous`, `youthful`, `tireless`: one of an adjective's
    /// endings.
    static func hasDescribingEnding(_ lowercased: String) -> Bool {
        ["ary", "ive", "ous", "ful", "ional", "less"].contains(where: { lowercased.hasSuffix($0) })
    }

    /// Adjectives that open names as often as they describe: `Little Rock`, `Great Yarmouth`, `Big Apple`.
    static let nameOpeningAdjectives: WordSet = [
        "little", "great", "greater", "new", "old", "big", "grand", "high", "upper", "lower", "royal", "holy",
        "free", "united", "golden", "red", "black", "white", "green", "blue", "central", "middle", "far", "near",
    ]

    /// `Producer Jana Holm said`, `Guitarist Tom Reed`, `Teenager Ana Ruiz`: a sentence opening with a noun for
    /// what someone does (an agent's ending, or a word for a person's standing), then a given name: the
    /// noun is the person's description, no part of the name. (Not `Angel Maria Villar`, `Sonny Bill
    /// Williams`: names that are also nouns for no occupation keep their first word.)
    func isOccupationBeforeGivenName(at k: Int, in tokens: [Token]) -> Bool {
        guard k + 2 < tokens.count, isGivenName(tokens[k + 1]), !isGivenName(tokens[k]), tokens[k].isCapitalized,
            !tokens[k].isAllCaps, tokens[k + 2].isCapitalized
        else { return false }
        let word = tokens[k].lower
        if EntityLexicon.standingNouns.contains(word) { return true }
        // (A title keeps its role with the name: `Fly-half Tom Reed`, `Novelist Ana Ruiz`.)
        if isTitle(tokens[k]) { return false }
        // `Co-star Ana Ruiz`, `Prize-winner Tom Reed`: a hyphen's lowercase last part that is a noun.
        if Self.joinsLowercaseWord(tokens[k]), let part = word.split(separator: "-").last {
            return EnglishWords.bundled.partOfSpeech(of: String(part)) == .noun
                || Self.hasAgentEnding(String(part), minimumLength: 6)
        }
        let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
        guard let part = EnglishWords.bundled.partOfSpeech(of: word) else {
            // `Sprinter Ana Ruiz`, `Drummer Tom Reed`: an agent's noun the word list lacks, by its ending and
            // its length or the word it is made from (`Keeper`, `Singer`); not a place's name (`Chester`).
            return Self.isUnlistedAgentNoun(singular) && gazetteer.place(named: tokens[k].text) == nil
        }
        guard part == .noun else { return false }
        return ["er", "or", "ist", "ian"].contains { singular.hasSuffix($0) } && singular.utf8.count >= 6
    }

    /// Whether a lowercase word ends as agents' nouns end (`-er`, `-or`, `-ist`) and is `minimumLength`
    /// letters or more.
    static func hasAgentEnding(_ word: String, minimumLength: Int) -> Bool {
        word.utf8.count >= minimumLength && ["er", "or", "ist"].contains { word.hasSuffix($0) }
    }

    /// A lowercase singular word the list lacks that reads as an agent's noun: eight letters or more with an
    /// agent's ending (`sprinter`, `goalscorer`), or six or more in `-er` made from a listed word (`keeper`
    /// from `keep`, `drummer` from `drum`); not `spencer`, a given name the list of them lacks.
    static func isUnlistedAgentNoun(_ singular: String) -> Bool {
        if hasAgentEnding(singular, minimumLength: 8) { return true }
        guard hasAgentEnding(singular, minimumLength: 6), singular.hasSuffix("er") else { return false }
        var stem = Substring(singular.dropLast(2))
        if EnglishWords.bundled.partOfSpeech(of: String(stem)) != nil { return true }
        // `drummer`, `runner`: a doubled last letter.
        guard let last = stem.last, stem.dropLast().last == last else { return false }
        stem = stem.dropLast()
        return EnglishWords.bundled.partOfSpeech(of: String(stem)) != nil
    }

    /// `eBay`, `security firm eWarden`: a word that starts in lower case with a capital inside is a company
    /// when the lexicon knows it or a word for a company comes right before it; alone it is more often a
    /// product (`iPod`), and no name.
    private func innerCapitalizedCompany(
        at i: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>
    ) -> Candidate? {
        let tokens = paragraph.tokens
        // (`eBay's`, `eBay,`: the word alone, not glued to a name after it.)
        guard tokens[i].isWord, i + 1 == sentence.upperBound || !tokens[i + 1].isNamePart else { return nil }
        var evidence: Evidence?
        if let known = knownEvidence(i..<(i + 1), in: paragraph), known.kind == .organization {
            evidence = known
        } else if i > sentence.lowerBound, tokens[i - 1].isWord, tokens[i - 1].startsLowercase,
            EntityLexicon.organizationCues.contains(tokens[i - 1].lower)
        {
            evidence = Evidence(kind: .organization, weight: Evidence.cue)
        }
        guard let evidence else { return nil }
        return candidate(i..<(i + 1), in: paragraph, sentence: sentence, initial: false, evidence: evidence)
    }

    /// `Unfortunately England lost`, `Often Pipex knows`, `Inside Aleppo, shops shut`: an adverb opening the
    /// sentence (one in `-ly`, or a few that open sentences) is no part of the name after it.
    static func isOpeningAdverb(_ word: String) -> Bool {
        guard EnglishWords.bundled.partOfSpeech(of: word) == .adverb else { return false }
        return word.utf8.count >= 5 && word.hasSuffix("ly") || openingAdverbs.contains(word)
    }

    /// Adverbs without `-ly` that open sentences before a name.
    static let openingAdverbs: WordSet = [
        "often", "already", "meanwhile", "perhaps", "also", "still", "even", "just", "only", "inside", "instead",
        "indeed", "nevertheless", "nonetheless", "later", "now", "yet", "again", "thus", "hence", "sometimes",
    ]

    /// `Meet Jane Doe`, `Read Tom Baker's letter`, `Hey Frank`: a sentence opening with a verb's plain
    /// form or a greeting, then a given name: the verb or greeting is no part of the name.
    func addressesGivenName(at k: Int, in tokens: [Token]) -> Bool {
        guard k + 1 < tokens.count, isGivenName(tokens[k + 1]), !isGivenName(tokens[k]) else { return false }
        let word = tokens[k].lower
        if EntityLexicon.greetings.contains(word) { return true }
        // The plain form only: `Meets`, `Called` and `Reading` are no commands.
        guard !word.hasSuffix("ed"), !word.hasSuffix("ing"), !word.hasSuffix("s") || word.hasSuffix("ss") else {
            return false
        }
        return EnglishWords.bundled.partOfSpeech(of: word) == .verb
    }

    /// `the observatory said`: a lowercase generic head after `the`, not followed by its own `of`-phrase.
    func genericHead(at i: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>) -> Candidate? {
        let tokens = paragraph.tokens
        guard tokens[i].lower == "the", i + 1 < sentence.upperBound, tokens[i + 1].isWord, !tokens[i + 1].isCapitalized,
            EntityLexicon.genericHeads.contains(tokens[i + 1].lower)
        else { return nil }
        if i + 2 < sentence.upperBound, ["of", "for", "'s"].contains(tokens[i + 2].lower) || tokens[i + 2].isNamePart {
            return nil
        }
        return Candidate(
            paragraph: paragraph.position, tokens: (i + 1)..<(i + 2), name: tokens[i + 1].text, evidence: nil,
            sentenceInitial: false, genericHead: true)
    }
}
