/// The kind of a name: what its own words say (``structure(_:in:)``) and, failing that, what the words
/// around it say: titles, business words, cues before and after, verb agreement.
extension EntityExtractor {
    /// The kind of a name with no structure of its own, from the words around it.
    func classify(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>)
        -> Evidence?
    {
        let tokens = paragraph.tokens
        if let person = courtesyTitleEvidence(range, in: paragraph, sentence: sentence) { return person }
        if let company = businessEvidence(range, in: paragraph, sentence: sentence) { return company }
        if let known = knownEvidence(range, in: paragraph) { return known }
        if let organization = organizationRoleEvidence(range, in: paragraph, sentence: sentence) { return organization }
        if let group = namedGroupEvidence(range, in: paragraph, sentence: sentence) { return group }
        if let outlet = outletTitleEvidence(range, in: paragraph, sentence: sentence) { return outlet }
        if range.count == 1 {
            // `the Observatory`, `Police`: a generic noun alone names nothing by itself.
            let word = tokens[range.lowerBound]
            if EnglishLexicon.organizationHeads.contains(word.text) || EntityLexicon.genericHeads.contains(word.lower)
                || EntityLexicon.roleModifiers.contains(word.text) || EntityLexicon.commonAcronyms.contains(word.text)
                || EntityLexicon.placeNameHeads.contains(word.text) || EntityLexicon.compassWords.contains(word.text)
                || EntityLexicon.workHeads.contains(word.text)
            {
                return nil
            }
        }
        if let school = schoolByFollower(range, in: paragraph, sentence: sentence) { return school }
        if let structure = structure(range, in: paragraph) { return structure }
        if let listed = listedClassEvidence(range, in: paragraph, sentence: sentence) { return listed }
        // `High Commissioner`: a role with nobody named.
        if range.count >= 2, EntityLexicon.roleNouns.contains(tokens[range.upperBound - 1].text) { return nil }
        if let organization = organizationNamedForCountry(range, in: paragraph) { return organization }
        // `East Ghouta`, `Western Bahr`: a compass word before a name the gazetteer does not know.
        if (2...3).contains(range.count), EntityLexicon.compassPlaceWords.contains(tokens[range.lowerBound].text),
            ((range.lowerBound + 1)..<range.upperBound).allSatisfy({
                tokens[$0].isCapitalized && !tokens[$0].isAllCaps && !isTitle(tokens[$0])
            })
        {
            return Evidence(kind: .place, weight: Evidence.cue)
        }
        // (Before the cues ahead of the name: `its sister Varlodu dam` is no one's sister.)
        if worksNounFollows(range, in: tokens, sentence: sentence) { return Evidence(kind: .place, weight: Evidence.cue) }
        if let based = basedNameEvidence(range, in: paragraph, sentence: sentence) { return based }
        let before = range.lowerBound > sentence.lowerBound ? tokens[range.lowerBound - 1] : nil
        let after = range.upperBound < sentence.upperBound ? tokens[range.upperBound] : nil
        if let before, before.isWord, before.text.first?.isLowercase == true {
            if EntityLexicon.personCues.contains(before.lower) { return Evidence(kind: .person, weight: Evidence.cue) }
            if EntityLexicon.placeCues.contains(before.lower) { return Evidence(kind: .place, weight: Evidence.cue) }
            if range.count == 1, EntityLexicon.organizationCues.contains(before.lower) {
                return Evidence(kind: .organization, weight: Evidence.cue)
            }
            // `the band Kelvo 7`, `the band Kelvo`: a band's name, one word or ending in a number.
            if range.count == 1 || range.count <= 3 && tokens[range.upperBound - 1].isNumber,
                Self.bandNouns.contains(before.lower)
            {
                return Evidence(kind: .organization, weight: Evidence.cue)
            }
            // `in the journal Cortex`, `the journal Lancet Neurology`: a journal's name after the word, though
            // it is a word of the language too.
            if range.count <= 4, before.lower == "journal" {
                return Evidence(kind: .organization, weight: Evidence.structure)
            }
            // `miner Harrow Resources said`: a word for a firm's trade before a name of several words.
            // (`the rescued miner Tom Hale`: a given name and a surname stay a person's.)
            if range.count <= 4, EntityLexicon.companyCues.contains(before.lower),
                range.count == 1 || !isGivenName(tokens[range.lowerBound])
            {
                return Evidence(kind: .organization, weight: Evidence.cue)
            }
            // `UK magazine Mac Vessa`, `the news channel Kestrel Beats`: a word for a news outlet before a name
            // of two or three words (not `the newspaper Ann Roe edits`: a given name first is a person's; not
            // after `told the` or `to the`: `told the newspaper Tom Vessa had left` names who, not which paper).
            if (2...3).contains(range.count), EntityLexicon.outletNouns.contains(before.lower),
                !isGivenName(tokens[range.lowerBound]),
                !Self.word(
                    oneOf: ["told", "to"], orWithTheBefore: range.lowerBound - 1, in: tokens, from: sentence.lowerBound)
            {
                return Evidence(kind: .organization, weight: Evidence.cue)
            }
            if EntityLexicon.placeModifiers.contains(before.lower) {
                return Evidence(kind: .place, weight: Evidence.cue)
            }
            if before.lower == "of", range.lowerBound - 2 >= sentence.lowerBound,
                EnglishLexicon.placeOfHeads.contains(tokens[range.lowerBound - 2].lower)
                    || EntityLexicon.placeOfCueWords.contains(tokens[range.lowerBound - 2].lower)
            {
                return Evidence(kind: .place, weight: Evidence.cue)
            }
            if liesByCompass(range, in: tokens, sentence: sentence) {
                return Evidence(kind: .place, weight: Evidence.cue)
            }
            // `Ann Roe, 32, of Vesk, was charged`: after a person's age, `of` says where the person lives.
            if before.lower == "of", range.lowerBound - 4 >= sentence.lowerBound,
                tokens[range.lowerBound - 2].isPunctuation(","), tokens[range.lowerBound - 3].isNumber,
                tokens[range.lowerBound - 4].isPunctuation(",")
            {
                return Evidence(kind: .place, weight: Evidence.cue)
            }
            // `a dealer in Frankfurt said`: the name after `in` is where the speaker is.
            if EntityLexicon.placePrepositions.contains(before.lower), range.count == 1,
                let after = range.upperBound < sentence.upperBound ? tokens[range.upperBound] : nil,
                EnglishLexicon.speechVerbs.contains(after.lower)
            {
                return Evidence(kind: .place, weight: Evidence.context)
            }
        }
        // `Tarvo, which lies in the north`: what lies somewhere is a place.
        if Self.liesSomewhere(range, in: tokens, sentence: sentence) {
            return Evidence(kind: .place, weight: Evidence.cue)
        }
        // `Okafor, who led …`: the relative pronoun says a person (`which` goes with places as often).
        if let after, after.isPunctuation(","), range.upperBound + 1 < sentence.upperBound {
            switch tokens[range.upperBound + 1].lower {
            case "who", "whose": return Evidence(kind: .person, weight: Evidence.cue)
            default: break
            }
        }
        if let collective = collectiveAgreement(range, in: paragraph, sentence: sentence) { return collective }
        if surveyBy(range, in: paragraph, sentence: sentence) { return Evidence(kind: .organization, weight: Evidence.cue) }
        if let after, after.isWord {
            if EnglishLexicon.placeHeads.contains(after.lower) || Self.shrineNouns.contains(after.lower)
                || siteNounFollows(range, in: tokens, sentence: sentence)
                || partOfPlaceNounFollows(range, in: tokens, sentence: sentence)
            {
                return Evidence(kind: .place, weight: Evidence.cue)
            }
            let newsAgency =
                after.lower == "news" && range.upperBound + 1 < sentence.upperBound
                && tokens[range.upperBound + 1].lower == "agency"
            // `the Morvan regime`, `Dragan loyalists`: the surname of the one who leads them.
            if range.count <= 2, EntityLexicon.leaderFollowers.contains(after.lower),
                !range.contains(where: { isCommonWord(tokens[$0]) || tokens[$0].isAllCaps })
            {
                return Evidence(kind: .person, weight: Evidence.cue)
            }
            // (Not `Ann Roe shares her flat`: `shares` before a determiner is the verb.)
            let sharesSomething =
                after.lower == "shares" && range.upperBound + 1 < sentence.upperBound
                && Self.determinersAfterVerb.contains(tokens[range.upperBound + 1].lower)
            if range.count <= 2, newsAgency || EntityLexicon.organizationFollowers.contains(after.lower),
                !sharesSomething
            {
                return Evidence(kind: .organization, weight: Evidence.cue)
            }
            // `Hamas fighters`, `Nationwide economist Alex Lee`: a name before its members or staff.
            if range.count <= 2, EntityLexicon.memberNouns.contains(after.lower),
                !isGivenName(tokens[range.lowerBound]),
                !range.contains(where: { isCommonWord(tokens[$0]) })
            {
                return Evidence(kind: .organization, weight: Evidence.cue)
            }
        }
        // `the Observatory said`, `the Local Committees reported`: people's names take no article.
        let the = before?.lower == "the"
        if the, let after, after.isWord,
            EntityLexicon.afterOrganizationName.contains(after.lower) || after.lower == "'s"
                || after.lower.hasSuffix("ed")
        {
            return Evidence(kind: .organization, weight: Evidence.cue)
        }
        if range.count == 1, Self.isBankCompound(tokens[range.lowerBound]) {
            return Evidence(kind: .organization, weight: Evidence.structure)
        }
        // `an HMI screen`, `the XR5 engine`: an abbreviation before the kind of a product is the product's.
        if range.count == 1, tokens[range.lowerBound].isAllCaps, let after, after.isWord, after.startsLowercase,
            EntityLexicon.productNouns.contains(after.lower)
        {
            return nil
        }
        if range.count == 1, tokens[range.lowerBound].isAllCaps,
            Self.headsIndefinitePhrase(range, in: tokens, sentence: sentence)
        {
            return nil
        }
        if range.count == 1, isAcronym(tokens[range.lowerBound]) || Self.isNewsCompound(tokens[range.lowerBound]) {
            return Evidence(kind: .organization, weight: Evidence.cue)
        }
        if initialsBeforeTwoSurnames(range, in: paragraph) {
            return Evidence(kind: .organization, weight: Evidence.cue)
        }
        if let after, EnglishLexicon.speechVerbs.contains(after.lower) || Self.personOnlyVerbs.contains(after.lower),
            !the
        {
            return Evidence(kind: .person, weight: Evidence.context)
        }
        if placeAfterCountryPossessive(range, in: tokens, sentence: sentence) {
            return Evidence(kind: .place, weight: Evidence.context)
        }
        if Self.articleNameStruck(range, in: tokens, sentence: sentence) {
            return Evidence(kind: .place, weight: Evidence.context)
        }
        // (Not `trust in Sarah Bellamy`, `an inquiry into Joe Harrow`: a given name and a surname the gazetteer
        // does not know are a person's after any preposition; `in Brent South`, a compass word's, is a place.)
        if let before, after?.lower != "'s",
            (range.count == 1 ? EntityLexicon.placePrepositionsForOneWord : EntityLexicon.placePrepositions).contains(
                before.lower),
            !(range.count >= 2 && isGivenName(tokens[range.lowerBound])
                && !EntityLexicon.compassWords.contains(tokens[range.upperBound - 1].text))
        {
            return Evidence(kind: .place, weight: Evidence.context)
        }
        // `Card Tricks`, `Living Wage`: common words with capitals name a thing, not a person.
        // `asked Jeff`, `Rebecca and her partner`: a given name alone inside a sentence.
        // Not a saint's place cut at its full stop (`St. Louis`).
        // Not after an article: `an Oscar`, `the Oscar ceremony` name an award after someone, not the one
        // (a capital `A` is as often an initial: `A Craig`).
        if range.count == 1, isGivenName(tokens[range.lowerBound]),
            range.lowerBound == 0 || !tokens[range.lowerBound - 1].isPunctuation(".") && before?.text != "Saint",
            !["a", "an", "the", "An", "The"].contains(before?.text ?? "")
        {
            return Evidence(kind: .person, weight: Evidence.shape)
        }
        if placeBeforeCommonWords(range, in: paragraph) { return Evidence(kind: .organization, weight: Evidence.shape) }
        // `KT&R`, `Brask/Tolven`: words glued by `&` or `/` name a firm or a brand, not a person.
        if range.count >= 3,
            range.dropFirst().contains(where: {
                gluedJoinerJoinsName(at: $0, from: range.lowerBound, in: tokens, limit: range.upperBound)
            })
        {
            return Evidence(kind: .organization, weight: Evidence.shape)
        }
        // `PlayStation VR`, `Windows XP`: a name ending in an abbreviation is a product's or a team's;
        // `Protected B`: a person's initials come before the surname.
        let last = tokens[range.upperBound - 1]
        if (2...4).contains(range.count), !last.isAllCaps || Self.isRomanNumeral(last), last.text.count > 1,
            !holdsPlaceAfterNonGivenName(range, in: paragraph),
            isGivenName(tokens[range.lowerBound])
                || !range.allSatisfy({
                    isCommonWord(tokens[$0]) || EnglishLexicon.nameParticles.contains(tokens[$0].text)
                })
        {
            return Evidence(kind: .person, weight: Evidence.shape)
        }
        return nil
    }

    /// Whether one of `words`, alone or before `the`, ends right before `k`, looking no further back than
    /// `start`: `told (the)` before an outlet noun (`told the newspaper Tom Vessa had left` names who, not
    /// which paper), `at (the)` or `in (the)` before a town a game is played at.
    static func word(oneOf words: [String], orWithTheBefore k: Int, in tokens: [Token], from start: Int) -> Bool {
        var j = k - 1
        if j >= start, tokens[j].lowerIs("the") { j -= 1 }
        return j >= start && tokens[j].lowerIs(oneOf: words)
    }

    /// `KT Varnick Ostley`, `RJ Dawes Tobacco`, `JP Morgan Chase`: two initials and then two words, the last no
    /// given name, name a firm named after its founders (a person's initials come before one surname: `JK
    /// Rowling`).
    func initialsBeforeTwoSurnames(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        guard range.count == 3 else { return false }
        let initials = tokens[range.lowerBound]
        guard initials.isAllCaps, initials.text.utf8.count == 2, !isTitle(initials),
            knownEvidence(range.lowerBound..<(range.lowerBound + 1), in: paragraph) == nil
        else { return false }
        // (Not `DS Ann Roe`, `PC Tom Hale`: a rank before a given name.)
        if EntityLexicon.rankAbbreviations.contains(initials.text), isGivenName(tokens[range.lowerBound + 1]) {
            return false
        }
        // (Words of three letters or more, no places: not `LL Cool J`, `MG Rover China`.)
        guard !isGivenName(tokens[range.upperBound - 1]) else { return false }
        return ((range.lowerBound + 1)..<range.upperBound).allSatisfy {
            tokens[$0].isCapitalized && !tokens[$0].isAllCaps && tokens[$0].text.utf8.count >= 3
                && !EnglishLexicon.nameParticles.contains(tokens[$0].lower)
                && gazetteer.place(named: tokens[$0].text) == nil
        }
    }

    /// `a recent survey by Corvex found`, `a poll by Corvex and Plimsoll`: a name of one or two words, no given
    /// name opening it, after `by` (and a first such name and `and`) after a survey's noun is the firm or
    /// body that ran it.
    func surveyBy(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>) -> Bool {
        let tokens = paragraph.tokens
        guard range.count <= 2, !isGivenName(tokens[range.lowerBound]) else { return false }
        var k = range.lowerBound - 1
        if k > sentence.lowerBound, tokens[k].text == "and" {
            k -= 1
            let end = k
            while k > sentence.lowerBound, end - k < 2, tokens[k].isWord, tokens[k].isCapitalized { k -= 1 }
            guard k < end, !isGivenName(tokens[k + 1]) else { return false }
        }
        return k > sentence.lowerBound && tokens[k].text == "by" && Self.surveyNouns.contains(tokens[k - 1].lower)
    }

    /// Nouns of a piece of research that a firm or a body runs: `a survey by`, `a poll by`.
    static let surveyNouns: WordSet = ["survey", "surveys", "poll", "polls", "census", "audit", "audits", "ranking"]

    /// Determiners and possessives that open a verb's object: `shares her flat`, `shares the view`.
    static let determinersAfterVerb: WordSet = [
        "his", "her", "their", "my", "our", "your", "its", "a", "an", "the", "this", "that", "some",
    ]

    /// `the nearby Kessab dam`, `the Tharwan military airport`, `the Omar oil field`: a site's noun after a
    /// name, or a place's head or a site's noun after one word of what the site is for, names a place
    /// (entity pass only: figures read their own heads).
    func siteNounFollows(_ range: Range<Int>, in tokens: [Token], sentence: Range<Int>) -> Bool {
        var k = range.upperBound
        guard k < sentence.upperBound, tokens[k].isWord, tokens[k].startsLowercase else { return false }
        if Self.siteNouns.contains(tokens[k].lower) { return true }
        guard Self.sitePurposes.contains(tokens[k].lower) else { return false }
        k += 1
        return k < sentence.upperBound && tokens[k].isWord
            && (EnglishLexicon.placeHeads.contains(tokens[k].lower) || Self.siteNouns.contains(tokens[k].lower))
    }

    /// `east of Tarvan`, `to the north-west of Kel Dorn`: a lowercase point of the compass and `of` right
    /// before the name say where a place lies (`the West of Varnia` may open a body's name). Not a name ending
    /// in `s` before a lowercase word (`west of Vesks de facto capital` lost the apostrophe of a body's
    /// possessive); at most three words, none but the last ending in `s` before a capitalised word (`east of
    /// Vesk Tarn Roa Kelmo and Karmun` runs several places together, `west of Kelvars Tarn Roa` lost a
    /// possessive inside the run). The cheap look at the two words before comes first: most names have none.
    func liesByCompass(_ range: Range<Int>, in tokens: [Token], sentence: Range<Int>) -> Bool {
        let of = range.lowerBound - 1, compass = range.lowerBound - 2
        guard range.count <= 3, compass >= sentence.lowerBound, tokens[of].lower == "of",
            tokens[compass].startsLowercase, FigureLexicon.compassDirections.contains(tokens[compass].lower)
        else { return false }
        let lostPossessive =
            tokens[range.upperBound - 1].text.hasSuffix("s") && range.upperBound < sentence.upperBound
            && tokens[range.upperBound].isWord && tokens[range.upperBound].startsLowercase
        let lostPossessiveInside = range.dropLast().contains(where: {
            tokens[$0].text.hasSuffix("s") && tokens[$0 + 1].text.first?.isUppercase == true
        })
        return !lostPossessive && !lostPossessiveInside
    }

    /// `the Marrow Vessa area`, `fled Kel Tarn area`, `fell in the Vesk area`: lowercase `area` right after
    /// the name names a place. Only `area` of ``EnglishLexicon/partOfPlaceNouns``: `quarter` is a year's as
    /// often (`the April-to-June quarter`), `suburb` follows a town's adjective (`a Vesskan suburb`) or a
    /// person's (`the Dorn suburb`, named after one). Not after an adjective (`the outdoor Vesk area` of a
    /// building). A one-word name only after a place preposition or a strike verb, with or without `the`
    /// between (`in the Vesk area`, `shelled the Vesk area`): one word before `area` is as often a side's
    /// penalty area in a match (`clear of the Kelvar area`); nor after `into`, `inside`, `outside`, which
    /// go into or out of that penalty area as often as into a place. A word with a lowercase joined Arabic
    /// article (`al-Vesk`) after any other word, unless a list goes on after `area`.
    func partOfPlaceNounFollows(_ range: Range<Int>, in tokens: [Token], sentence: Range<Int>) -> Bool {
        let end = range.upperBound, start = range.lowerBound
        guard end < sentence.upperBound, tokens[end].isWord, tokens[end].startsLowercase, tokens[end].lower == "area"
        else { return false }
        guard start > sentence.lowerBound else { return range.count > 1 }
        let before = tokens[start - 1]
        if before.isWord, before.startsLowercase, EnglishWords.bundled.partOfSpeech(of: before.lower) == .adjective {
            return false
        }
        if range.count > 1 { return true }
        var k = start - 1
        if tokens[k].lower == "the" { k -= 1 }
        // `shells fell on al-Vesk area`, `fled the al-Tarn area`: a word with a joined Arabic article, after any
        // word but one that enters a penalty area, names no side in a match.
        // (Not the first of a list, `on al-Vesk area and al-Tarn`: a figure's site would be one place of two.)
        // (Only a lowercase `al-`: a capital one is as often a club's name, `the edge of the Al-Vesk area` in a
        // match report; it reads as any other one word below.)
        if Self.hasJoinedArticle(tokens[start]), tokens[start].startsLowercase {
            return (k < sentence.lowerBound || !Self.penaltyAreaEntries.contains(tokens[k].lower))
                && !Self.opensList(at: end + 1, in: tokens)
        }
        guard k >= sentence.lowerBound, tokens[k].isWord, tokens[k].startsLowercase else { return false }
        let word = tokens[k].lower
        return EntityLexicon.placePrepositions.contains(word) && !Self.penaltyAreaEntries.contains(word)
            || Self.strikeVerbs.contains(word)
    }

    /// `rocket shells on al-Karmun`, `the raids on Al-Tarn in the east`: a word with a joined Arabic article (a
    /// family's name as often as a town's) after `on` or `at` after a noun of strikes names the place hit
    /// (``FigureLexicon/attackNouns``); not before a possessive (`the attack on al-Vesk's convoy` names whose)
    /// nor opening a list.
    static func articleNameStruck(_ range: Range<Int>, in tokens: [Token], sentence: Range<Int>) -> Bool {
        let start = range.lowerBound
        guard range.count == 1, start - 2 >= sentence.lowerBound, tokens[start - 1].lowerIs(oneOf: ["on", "at"]),
            hasJoinedArticle(tokens[start]), FigureLexicon.attackNouns.contains(tokens[start - 2].lower)
        else { return false }
        // (Nor the first of a list, `shells on al-Vesk and Tarn`: a figure's site would be one place of two.)
        return range.upperBound >= sentence.upperBound
            || tokens[range.upperBound].lower != "'s" && !opensList(at: range.upperBound, in: tokens)
    }

    /// Whether `and`, `or` or a comma stands at `k`: what comes before opens a list.
    static func opensList(at k: Int, in tokens: [Token]) -> Bool {
        k < tokens.count && (tokens[k].isPunctuation(",") || tokens[k].lowerIs(oneOf: ["and", "or"]))
    }

    /// Place prepositions that go into or out of a side's penalty area in a match report as often as into a
    /// place: `into the Kelvar area`.
    static let penaltyAreaEntries: WordSet = ["into", "inside", "outside"]

    /// `its sister Varlodu dam`, `the Tarn and Orvel rivers`, `its Mendala field, the biggest`, `the Mendala and
    /// Oshwari fields`: a lowercase noun of a dam, a river, a canal or an oil or gas field right after the name,
    /// or shared by a pair of names after the second, names a place whatever the words before it cue.
    /// `field` counts only at a clause's end or before a function word (not `a Vesk field hospital`), and after
    /// no word of the language (not `the Republican field is crowded`).
    func worksNounFollows(_ range: Range<Int>, in tokens: [Token], sentence: Range<Int>) -> Bool {
        var k = range.upperBound
        // `the Mendala and Oshwari fields`: one or two capitalised words after `and`, then a plural noun.
        if k < sentence.upperBound, tokens[k].text == "and" {
            k += 1
            let start = k
            while k < min(start + 2, sentence.upperBound), tokens[k].isWord, tokens[k].isCapitalized,
                !tokens[k].isAllCaps
            { k += 1 }
            guard k > start else { return false }
            return k < sentence.upperBound && tokens[k].isWord && Self.pluralWorksNouns.contains(tokens[k].text)
                && worksNounEndsPhrase(at: k, in: tokens, sentence: sentence)
                && (tokens[k].text != "fields" || !range.contains(where: { isCommonWord(tokens[$0]) }))
        }
        guard k < sentence.upperBound, tokens[k].isWord, tokens[k].startsLowercase else { return false }
        let noun = tokens[k].text
        if Self.worksNouns.contains(noun) { return true }
        guard noun == "field" || noun == "fields" else { return false }
        return worksNounEndsPhrase(at: k, in: tokens, sentence: sentence)
            && !range.contains(where: { isCommonWord(tokens[$0]) || tokens[$0].isAllCaps })
    }

    /// Whether the noun at `k` ends its noun phrase: punctuation, the sentence's end or a function word after it.
    private func worksNounEndsPhrase(at k: Int, in tokens: [Token], sentence: Range<Int>) -> Bool {
        k + 1 >= sentence.upperBound || !tokens[k + 1].isWord
            || Self.wordsAfterWorksNoun.contains(tokens[k + 1].lower)
    }

    /// Lowercase nouns of dams, rivers and canals after a name (``siteNouns`` and these): `the Varlodu dam`.
    static let worksNouns: WordSet = siteNouns.union([
        "dams", "river", "rivers", "canal", "canals", "reservoirs", "oilfields", "gasfields",
    ])

    /// Plural nouns that a pair of names shares: `the Tarn and Orvel rivers`, `the Mendala and Oshwari fields`.
    static let pluralWorksNouns: WordSet = ["dams", "rivers", "canals", "reservoirs", "fields", "oilfields", "gasfields"]

    /// Function words that may follow a works noun ending its phrase: `the Mendala field in the north`.
    static let wordsAfterWorksNoun: WordSet = [
        "in", "on", "at", "off", "near", "to", "from", "and", "or", "is", "are", "was", "were", "has", "have",
        "had", "will", "would", "could", "which", "that", "where", "with", "by", "for", "as", "since",
    ]

    /// Lowercase nouns of a built or worked site (besides ``EnglishLexicon/placeHeads``): `the Kessab dam`.
    static let siteNouns: WordSet = ["dam", "airfield", "airstrip", "oilfield", "gasfield", "reservoir"]

    /// What a site is for, between its name and its noun: `the Tharwan military airport`, `the Omar oil field`.
    static let sitePurposes: WordSet = ["military", "air", "naval", "oil", "gas", "army", "hydroelectric"]

    /// Lowercase nouns of a holy site or a tomb after its name (`the Sayyida Kalthoum shrine`): the name is
    /// the site's, a place, even when it reads as a person's (entity pass only: figures read their own heads).
    static let shrineNouns: WordSet = ["shrine", "shrines", "mausoleum", "tomb", "cathedral", "basilica"]

    /// `Rolling Stone Records have denied …`, `Harbour Works are`: a name not written as a plural, opening
    /// its sentence before a plural verb, is a body of people taken as many (British usage for firms,
    /// bands and clubs); a person's name never takes one.
    func collectiveAgreement(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>
    ) -> Evidence? {
        let tokens = paragraph.tokens
        let end = range.upperBound
        guard end + 1 < sentence.upperBound, ["have", "are", "were"].contains(tokens[end].text),
            tokens[end + 1].isWord, tokens[end + 1].startsLowercase,
            !tokens[end - 1].isAllCaps, !tokens[end - 1].lower.hasSuffix("s")
        else { return nil }
        // Only the subject opening the sentence: further in, `A and B were` makes the plural.
        guard (sentence.lowerBound..<range.lowerBound).allSatisfy({ tokens[$0].kind == .punctuation }) else {
            return nil
        }
        return Evidence(kind: .organization, weight: Evidence.cue)
    }

    /// `Mr Soros`, `Mrs. Okafor`: a courtesy title right before a name says a person, however else the name
    /// may be read (the run reader leaves the title out of the name).
    func courtesyTitleEvidence(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>
    ) -> Evidence? {
        let tokens = paragraph.tokens
        var k = range.lowerBound - 1
        if k > sentence.lowerBound, tokens[k].isPunctuation("."), !tokens[k].spaceBefore { k -= 1 }
        guard k >= sentence.lowerBound, EntityLexicon.courtesyTitles.contains(tokens[k].text),
            // `the Mr Nasty of books`: a title after an article makes a type, not a person.
            k == sentence.lowerBound || !["the", "a", "an"].contains(tokens[k - 1].lower),
            // `Mr Skeens of Brownsville`: a name joined to a place or a body is more than the person's.
            !range.contains(where: { tokens[$0].isWord && tokens[$0].startsLowercase })
        else { return nil }
        return Evidence(kind: .person, weight: Evidence.structure)
    }
}
