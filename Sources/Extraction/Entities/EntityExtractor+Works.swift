/// Titles of works and products written like names: a film, a song, a book or a browser is no person,
/// place or organisation (`the film “Star Wars”`, `her novel Angel Catbird`, `Google Chrome`).
extension EntityExtractor {
    /// Lowercase nouns for works right before a title: `the novel Angel Catbird`, `his column Savage Love`.
    static let workCues: WordSet = [
        "novel", "novels", "film", "films", "movie", "movies", "song", "songs", "album", "albums", "book", "books",
        "documentary", "opera", "musical", "column", "painting", "poem", "programme", "sitcom", "memoir",
        "biography", "blockbuster", "mixtape", "franchise", "comic", "manga", "anime", "trilogy", "sequel",
        "prequel", "episode", "podcast", "browser", "videogame", "video-game", "ballad", "anthem", "hymn",
        "play", "novella", "screenplay", "soundtrack", "single", "ep", "sculpture", "collection", "anthology",
        "titled", "entitled", "series", "game", "show",
        // Genres that name the work they stand before: `the teen comedy Harlow Lane`, `the thriller Ravensgate`.
        "thriller", "thrillers", "comedy", "comedies", "drama", "dramas", "biopic", "biopics", "remake", "cartoon",
        "miniseries", "romcom", "telenovela", "soap", "soaps",
    ]

    /// Cues that are also common verbs or sports words: a title only after a determiner (`the play Hamlet`,
    /// `his series Night Harbour`), not `play Real Madrid`.
    static let workCuesAfterDeterminer: WordSet = ["play", "single", "series", "game", "show"]

    /// Cues that may also follow their maker's name after the determiner: `the BBC series Kenton Hall`,
    /// `the Netflix show Dockside` (not `Chelsea play Real Madrid`: no determiner before the name).
    static let workCuesAfterMaker: WordSet = ["series", "show"]

    /// Whether a run of two or more words is the title of a work: written inside quotation marks, or
    /// right after a noun for a work. Known names and names whose own words say what they are stay.
    func namesWork(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        guard range.count >= 2 || endsAtWorkCueTitle(range, in: tokens) || quotedAfterWorkCue(range, in: tokens)
        else { return false }
        // `the book Marwick Street`: after the noun for a work, a place's head is the title's last word; an
        // organisation's (`the books Harlow Press published`) still names the organisation.
        if let structure = structure(range, in: paragraph),
            structure.kind != .place || !Self.followsWorkCue(range, in: tokens)
        {
            return false
        }
        var before = range.lowerBound - 1
        // `“The Mysterious Affair …”`: a leading article was trimmed off the run.
        if before >= 0, tokens[before].text == "The" { before -= 1 }
        guard before >= 0 else { return false }
        if tokens[before].isWord {
            // `the play Hamlet`, not `play Real Madrid` (a verb after `to` or a subject).
            guard Self.workCues.contains(tokens[before].lower), !tokens[before].isCapitalized else { return false }
            if Self.workCuesAfterDeterminer.contains(tokens[before].lower) {
                let determiners = ["the", "a", "his", "her", "their", "its"]
                if before > 0, determiners.contains(tokens[before - 1].lower) { return true }
                // `the BBC series`: one capitalised maker's name between the determiner and the cue.
                return Self.workCuesAfterMaker.contains(tokens[before].lower) && before > 1
                    && tokens[before - 1].isCapitalized && determiners.contains(tokens[before - 2].lower)
            }
            return true
        }
        guard range.upperBound < tokens.count else { return false }
        // The marks hug the title: `robust," AG Edwards' Thayer` is a quote's end and a possessive.
        let opening = tokens[before]
        guard Self.isOpeningQuote(opening), before == 0 || opening.spaceBefore, !tokens[before + 1].spaceBefore else {
            return false
        }
        return Self.closesQuotedTitle(after: range, in: tokens)
    }

    /// `the road movie Dornholm,`, `his film Tarvan by …`: one word the gazetteer knows as a place,
    /// right after a lowercase work's noun (one that needs no determiner) and before a break or `by`, is
    /// the work's title (a town's name, the place, is not written so: `a film in Dornholm`).
    func namesPlaceTitledWork(_ range: Range<Int>, known: Evidence, in tokens: [Token]) -> Bool {
        guard range.count == 1, known.kind == .place, Self.followsWorkCue(range, in: tokens),
            !Self.workCuesAfterDeterminer.contains(tokens[range.lowerBound - 1].lower)
        else { return false }
        guard range.upperBound < tokens.count else { return true }
        let next = tokens[range.upperBound]
        return !next.isWord && !next.isPunctuation("-") && next.text != "'s" || next.lower == "by"
    }

    /// Whether the quotation mark that closes a title comes right after `range`, after the list's comma or
    /// full stop written inside the marks (`“Harbour Lights,” “Black Tide”`), or after more capitalised
    /// words of the title that the run left out (`“Rain Is Falling With Me”`).
    static func closesQuotedTitle(after range: Range<Int>, in tokens: [Token]) -> Bool {
        var k = range.upperBound
        while k < min(tokens.count, range.upperBound + 6), tokens[k].isWord, tokens[k].isCapitalized,
            !tokens[k].isAllCaps, tokens[k].spaceBefore
        {
            k += 1
        }
        if k < tokens.count, tokens[k].isPunctuation(",") || tokens[k].isPunctuation("."), !tokens[k].spaceBefore {
            k += 1
        }
        return k < tokens.count && isClosingQuote(tokens[k]) && !tokens[k].spaceBefore
    }

    /// Whether the lowercase noun for a work comes right before `range`.
    static func followsWorkCue(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        let k = range.lowerBound - 1
        return k >= 0 && tokens[k].isWord && !tokens[k].isCapitalized && workCues.contains(tokens[k].lower)
    }

    /// `her novel Emberfall, …`, `the poem Ashes by …`: one word is a title only right after a work's noun
    /// and before a break or `by`, never before a verb (`the book Smith wrote`).
    private func endsAtWorkCueTitle(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        guard range.count == 1, range.lowerBound > 0, !isGivenName(tokens[range.lowerBound]) else { return false }
        let cue = tokens[range.lowerBound - 1]
        guard cue.isWord, Self.workCues.contains(cue.lower), !Self.workCuesAfterDeterminer.contains(cue.lower) else {
            return false
        }
        guard range.upperBound < tokens.count else { return true }
        let next = tokens[range.upperBound]
        return !next.isWord || next.lower == "by"
    }

    /// `wrote The Keeper of the Lighthouse`, `starred in The Return of the Sailor`: a capitalised `The`, one
    /// to three capitalised words, `of` (and an article), and another capitalised word are a work's
    /// title; neither side is a name. Heads of organisations and places (`The Bank of the West`)
    /// and known names (`The Times of India`) stay.
    func namesTitleOfThe(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        func plain(_ k: Int) -> Bool {
            k >= 0 && k < tokens.count && tokens[k].isWord && tokens[k].isCapitalized && !tokens[k].isAllCaps
                && tokens[k].text != "The" && !isGivenName(tokens[k])
                && !EnglishLexicon.organizationHeads.contains(tokens[k].text)
                && !EntityLexicon.placeNameHeads.contains(tokens[k].text)
                && !EntityLexicon.placeOfNameHeads.contains(tokens[k].text)
                && !EntityLexicon.companyHeads.contains(tokens[k].text) && !isTitle(tokens[k])
                && knownEvidence(k..<(k + 1), in: paragraph) == nil
        }
        func article(_ k: Int) -> Bool { ["the", "a", "an"].contains(tokens[k].text) }
        guard (1...3).contains(range.count), range.allSatisfy(plain) else { return false }
        // The first half: `The` before, `of` and a plain word (after an article) behind.
        if range.lowerBound >= 1, tokens[range.lowerBound - 1].text == "The", range.upperBound + 1 < tokens.count,
            tokens[range.upperBound].text == "of"
        {
            let next = article(range.upperBound + 1) ? range.upperBound + 2 : range.upperBound + 1
            return plain(next)
        }
        // The second half: `of` (and an article) before, and plain words after a `The` before that.
        var of = range.lowerBound - 1
        if of >= 0, article(of) { of -= 1 }
        guard of >= 2, tokens[of].text == "of" else { return false }
        var k = of - 1
        while k >= 0, of - k <= 3, plain(k) { k -= 1 }
        return k >= 0 && k < of - 1 && tokens[k].text == "The"
    }

    /// `Growing Up Sideways did not sell`, `Breaking Bad`: capitalised words opening with a verb's `-ing`
    /// form (written first or trimmed off just before) are a work's title, no person's name.
    static func opensWithGerund(_ candidate: Candidate, in article: AnalyzedArticle) -> Bool {
        let tokens = article.paragraphs[candidate.paragraph].tokens
        var first = candidate.tokens.lowerBound
        // `Growing` trimmed off as a sentence's first word: the candidate opens with another English word.
        let opening = tokens[first]
        if first > 0, tokens[first - 1].isWord, tokens[first - 1].isCapitalized,
            !EntityGivenNames.common.contains(opening.lower),
            EnglishWords.bundled.partOfSpeech(of: opening.lower) != nil || Self.verbParticles.contains(opening.text)
        {
            first -= 1
        }
        return first < candidate.tokens.upperBound - 1 && opensTitleAsGerund(tokens[first])
    }

    /// A capitalised verb's `-ing` form, no given name: `Growing`, `Breaking`; a name's first word never
    /// is one (the quote pass asks too, of the names it reads itself).
    static func opensTitleAsGerund(_ word: Token) -> Bool {
        word.isWord && word.isCapitalized && !word.isAllCaps && word.lower.hasSuffix("ing")
            && !EntityGivenNames.common.contains(word.lower)
            && EnglishWords.bundled.partOfSpeech(of: word.lower) == .verb
    }

    /// Capitalised particles of phrasal verbs in titles: `Growing Up`, `Looking Back`.
    static let verbParticles: WordSet = ["Up", "Down", "Out", "Off", "Over", "Away", "Back", "Through", "Along"]

    /// `In The Long Road, she writes`: capitalised words after `In The` at a sentence's start, then a comma
    /// and a pronoun with a verb of writing, are a book's title.
    static let writingVerbs: WordSet = [
        "writes", "wrote", "argues", "argued", "recounts", "recounted", "describes", "described", "recalls",
        "recalled", "explores", "explored", "tells", "told", "imagines", "imagined",
    ]

    static func namesWorkAfterInThe(_ candidate: Candidate, in article: AnalyzedArticle) -> Bool {
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let start = candidate.tokens.lowerBound, end = candidate.tokens.upperBound
        guard candidate.tokens.count >= 2, start >= 2, tokens[start - 1].text == "The", tokens[start - 2].text == "In",
            end + 2 < tokens.count, tokens[end].isPunctuation(","),
            ["she", "he", "they", "i", "we"].contains(tokens[end + 1].lower),
            writingVerbs.contains(tokens[end + 2].lower)
        else { return false }
        return !EnglishLexicon.organizationHeads.contains(tokens[end - 1].text)
            && !EntityLexicon.companyHeads.contains(tokens[end - 1].text)
    }

    /// `the album "Harvest"`, `her poem 'Ashes'`: one word in quotation marks right after a work's noun.
    /// (Whether the marks hug it, ``namesWork(_:in:)`` checks.)
    private func quotedAfterWorkCue(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        guard range.count == 1, range.lowerBound >= 2, Self.isOpeningQuote(tokens[range.lowerBound - 1]) else {
            return false
        }
        let cue = tokens[range.lowerBound - 2]
        return cue.isWord && !cue.isCapitalized && Self.workCues.contains(cue.lower)
    }

    static func isOpeningQuote(_ token: Token) -> Bool {
        token.isPunctuation("\u{201C}") || token.isPunctuation("\u{2018}") || token.isPunctuation("\"")
            || token.isPunctuation("'")
    }

    static func isClosingQuote(_ token: Token) -> Bool {
        token.isPunctuation("\u{201D}") || token.isPunctuation("\u{2019}") || token.isPunctuation("\"")
            || token.isPunctuation("'")
    }

    /// `Google Chrome`, `Microsoft Windows`: a company known by one word, then a word that is no head of an
    /// organisation's name (`BBC News` stays), names one of its products. (An acronym first makes an
    /// organisation by ``structure(_:in:)``, so `NASA Discovery` still stays.)
    func namesProduct(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        guard (2...3).contains(range.count) else { return false }
        guard knownOrganization(range.lowerBound..<(range.lowerBound + 1), in: paragraph) != nil,
            structure(range, in: paragraph) == nil,
            !EntityLexicon.corporateSuffixes.contains(tokens[range.upperBound - 1].text),
            !isGivenName(tokens[range.lowerBound + 1])
        else { return false }
        return ((range.lowerBound + 1)..<range.upperBound).allSatisfy {
            tokens[$0].isCapitalized && knownEvidence($0..<($0 + 1), in: paragraph) == nil
        }
    }

    /// `Waitangi Day`, `Armistice Day`, `the Bank Holiday weekend`: a day's name, unless a given name comes
    /// first (`Doris Day`, `Billie Holiday`).
    func namesDay(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        return range.count >= 2 && Self.dayHeads.contains(tokens[range.upperBound - 1].text)
            && !isGivenName(tokens[range.lowerBound])
    }

    static let dayHeads: WordSet = ["Day", "Holiday", "Holidays"]

    /// Faiths (``faiths``), pilgrimages and feasts written alone: `Islam`, `Hajj`, `Ramadan` are none of the
    /// scored kinds.
    static let faithsAndFeasts: WordSet = EntityExtractor.faiths.union([
        "Hajj", "Umrah", "Ramadan", "Eid", "Easter", "Christmas", "Passover", "Diwali", "Hanukkah", "Lent", "Advent",
        "Yom", "Ashura", "Nowruz",
    ])

    /// The faiths that a branch's adjective may stand before: `Shiite Islam`.
    static let faiths: WordSet = ["Islam", "Christianity", "Judaism", "Hinduism", "Buddhism", "Sikhism"]

    /// `Shiite Islam`, `Tarvan Orthodox Christianity`: a faith after one or two words for its branch or its
    /// people (``EntityLexicon/groupWords``, a people's adjective) is a faith, none of the scored kinds.
    /// (Not `Shajul Islam`: a given name and a surname that is a faith's name.)
    func namesBranchOfFaith(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        guard (2...3).contains(range.count), Self.faiths.contains(tokens[range.upperBound - 1].text) else {
            return false
        }
        return range.dropLast().allSatisfy { namesAPeople(tokens[$0].text) }
    }

    /// `Eid al-Adha`, `Eid ul-Fitr`: a feast and the Arabic word that names which one is a holiday.
    func namesFeastDay(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        guard (2...3).contains(range.count), Self.faithsAndFeasts.contains(tokens[range.lowerBound].text) else {
            return false
        }
        let next = tokens[range.lowerBound + 1].lower
        return next.hasPrefix("al-") || next.hasPrefix("ul-") || next.hasPrefix("el-") || next == "al"
    }

    /// `Wahhabi militants`, `the Salafi group`: one word ending in `i` before a lowercase word for fighters
    /// or groups is a creed's or a movement's adjective, not a person or an organisation.
    func isCreedAdjective(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        guard range.count == 1, range.upperBound < tokens.count else { return false }
        let word = tokens[range.lowerBound], next = tokens[range.upperBound]
        return word.isCapitalized && !word.isAllCaps && word.lower.utf8.count >= 5 && word.lower.hasSuffix("i")
            && next.isWord && next.text.first?.isLowercase == true
            && EntityLexicon.creedFollowers.contains(next.lower) && !isGivenName(word)
    }

    /// `US$`, `HK$`, `NZ$`: a country's letters glued to a dollar sign name a currency, not the country.
    static func isCurrencyPrefix(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        guard range.count == 1, range.upperBound < tokens.count else { return false }
        let next = tokens[range.upperBound]
        return tokens[range.lowerBound].isAllCaps && !next.spaceBefore && next.text.hasPrefix("$")
    }

    /// Whether an all-capital word is a Roman numeral (`III`, `XIV`): a person's name may end in one.
    static func isRomanNumeral(_ token: Token) -> Bool {
        token.text.utf8.allSatisfy { "IVXLC".utf8.contains($0) }
    }
}
