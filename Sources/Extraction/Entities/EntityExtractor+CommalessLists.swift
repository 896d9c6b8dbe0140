/// Lists of places whose commas were lost (`in Aleppo Homs Quneitra and Hasaka`): a run before `and` or
/// `or` and another name, made of places the gazetteer knows and one unknown word between or beside
/// them, is one place per part.
extension EntityExtractor {
    /// The run split into its listed places, or nil when it is not such a list: no `and`/`or` and a
    /// capitalised word right after it (a given name there lists people), fewer than two known places,
    /// a known name of another kind, or more than one unknown word (`Rif Dimashq Daraa` may be one
    /// name), or one that belongs to other names (a given name, a title, a head, a common English word).
    func placesListedWithoutCommas(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
        initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        let end = range.upperBound
        guard range.count >= 2, end + 1 < sentence.upperBound, ["and", "or"].contains(tokens[end].text),
            tokens[end + 1].isNamePart, tokens[end + 1].isCapitalized, !isGivenName(tokens[end + 1])
        else { return nil }
        var parts: [(range: Range<Int>, known: Bool)] = []
        var p = range.lowerBound
        while p < end {
            if let known = knownSpan(at: p, limit: end, in: paragraph) {
                guard known.evidence.kind == .place else { return nil }
                parts.append((p..<(p + known.length), true))
                p += known.length
            } else {
                guard isListedUnknownWord(tokens[p]), parts.last?.known != false else { return nil }
                parts.append((p..<(p + 1), false))
                p += 1
            }
        }
        // Two known places at least: `Milan Kundera`, `Tracey Emin` are a known place and one more word.
        guard parts.filter(\.known).count >= 2, parts.filter({ !$0.known }).count <= 1 else { return nil }
        return parts.enumerated().map { n, part in
            let evidence = part.known ? nil : Evidence(kind: .place, weight: Evidence.context)
            return candidate(
                part.range, in: paragraph, sentence: sentence, initial: initial && n == 0, evidence: evidence)
        }
    }

    /// Names glued in a list of places whose commas were lost (`the towns of Vesk Karmun Tal Roa and Hama`,
    /// `the villages of Kafr Tarn Vesk and Roa`, `shelled Tarn al-Vesk Jubb Roa and Karmun`): one place per
    /// part when the run goes straight on into another name or into `and` and a name, and no comma is
    /// written nearby (`the villages of Umm Zelba, Tarn and Roa` keeps its two-word name). A part is a place
    /// the gazetteer knows, a place prefix and the word after it (`Kafr Tarn`, `Tal Roa`, `Jubb Vesk`), a word
    /// and the word joined to its Arabic article after it (`Vesk Alkarmun`, `Vesk al-Karmun`), or one word
    /// that belongs to no other name. Parts that may be one name or two are not stored, the rest of the list
    /// is: a known place or a given name before a lowercase article's word (`Vessa al-Tarn`, `Tariq al-Roa`),
    /// a word and an article's word in a list that writes article names alone (`al-Karmun Vesk al-Roa`).
    /// After `in`, `near` or a verb of striking (no explicit `the villages of`) the run is three words at
    /// least before `and`, holds an Arabic article's word or an Arabic prefix, and splits into three parts,
    /// or two with one known or prefixed (`Hayat Tarn al-Vesk` may be a group's name). Nil when any word
    /// fits none of these (`Sheikh Roa` opens with a title, `Abu Roa` a person's name, `Marj Al-Tarn` may
    /// list two) or the run is one known name.
    func placesGluedInFramedList(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        let start = range.lowerBound, end = range.upperBound
        guard (2...24).contains(range.count), start >= sentence.lowerBound + 1, end + 1 < sentence.upperBound,
            let frame = Self.listFrame(before: start, in: tokens),
            tokens[end].isNamePart && tokens[end].isCapitalized
                || tokens[end].lower == "and" && tokens[end + 1].isNamePart
                    && (tokens[end + 1].isCapitalized || Self.hasJoinedArticle(tokens[end + 1]))
        else { return nil }
        let explicit = frame == .explicitPlace
        func isLowercaseArticleWord(_ k: Int) -> Bool {
            Self.hasJoinedArticle(tokens[k]) && tokens[k].startsLowercase
        }
        func isArabicHead(_ k: Int) -> Bool { Self.arabicListHeads.contains(tokens[k].text) }
        guard
            explicit
                || range.count >= 3 && tokens[end].lower == "and"
                    && range.contains(where: { isLowercaseArticleWord($0) || isArabicHead($0) })
        else { return nil }
        // (A comma further on ends the clause, not a list item: `… and Roa on Sunday, the monitor said`.)
        let window = max(sentence.lowerBound, start - 8)..<min(sentence.upperBound, end + 2)
        guard !window.contains(where: { tokens[$0].isPunctuation(",") }) else { return nil }
        // The whole run known as one name is no list.
        if let known = knownSpan(at: start, limit: end, in: paragraph), known.length == range.count { return nil }
        // Parts of the list: `clear` is false for a pair that may be one name or two.
        var parts: [(range: Range<Int>, known: Bool, headed: Bool, clear: Bool, paired: Bool)] = []
        // Whether the word after `k` is a lowercase article's word that no adjective makes part of the name.
        func articleWordAfter(_ k: Int) -> Bool {
            k + 1 < end && isLowercaseArticleWord(k + 1) && !EntityArabicPlaceAdjectives.contains(tokens[k + 1])
        }
        var p = start
        while p < end {
            // (A head or a particle the gazetteer knows alone, `Marj`, `Abu`, opens a longer name here.)
            if let known = knownSpan(at: p, limit: end, in: paragraph),
                known.length > 1 || !isArabicHead(p) && !EnglishLexicon.nameParticles.contains(tokens[p].lower)
            {
                // A name of another kind is no list.
                guard known.evidence.kind == .place else { return nil }
                let next = p + known.length
                if articleWordAfter(next - 1) {
                    parts.append((p..<(next + 1), true, false, false, false))
                    p = next + 1
                } else {
                    parts.append((p..<next, true, false, true, false))
                    p = next
                }
            } else if isArabicHead(p) || EntityLexicon.placePrefixes.contains(tokens[p].text), p + 1 < end,
                isListedUnknownWord(tokens[p + 1]) || Self.hasJoinedArticle(tokens[p + 1])
                    || isGluedArticleWord(tokens[p + 1])
            {
                // (`Marj Al-Tarn` may list two.)
                guard !(Self.hasJoinedArticle(tokens[p + 1]) && tokens[p + 1].isCapitalized) else { return nil }
                parts.append((p..<(p + 2), false, true, true, false))
                p += 2
            } else if EntityArabicPlaceAdjectives.contains(tokens[p]), let last = parts.last,
                !last.known || !last.clear
            {
                // `Vesk al-Karmun al-Shamaliyeh`: an adjective joined to its article goes on with the part before.
                parts[parts.count - 1].range = last.range.lowerBound..<(p + 1)
                p += 1
            } else if Self.hasJoinedArticle(tokens[p]) {
                parts.append((p..<(p + 1), false, false, true, false))
                p += 1
            } else if isListedUnknownWord(tokens[p]), !EnglishLexicon.nameParticles.contains(tokens[p].lower) {
                // `Vesk Alkarmun`, `Vesk al-Karmun`: the article in lowercase goes on with the word before
                // (`Vesk Al-Karmun` lists two). (`Abu` opens a name of two words or more.)
                let joined = p + 1 < end
                    && (isGluedArticleWord(tokens[p + 1]) || Self.hasJoinedArticle(tokens[p + 1])
                        && tokens[p + 1].startsLowercase)
                    && knownSpan(at: p + 1, limit: p + 2, in: paragraph) == nil
                parts.append((p..<(p + (joined ? 2 : 1)), false, false, true, joined))
                p += joined ? 2 : 1
            } else if isGivenName(tokens[p]), articleWordAfter(p),
                parts.last.map({ !($0.range.count == 1 && isLowercaseArticleWord($0.range.lowerBound)) }) ?? true
            {
                // (Not after an article's word alone: `al-Bu Kamal` may be one name.)
                parts.append((p..<(p + 2), false, false, false, false))
                p += 2
            } else {
                return nil
            }
        }
        // A list that writes names joined to their article alone (`al-Tarn`) may list a word and the article's
        // word after it as two names (`Vesk al-Roa`): such pairs are unclear there.
        let articleNamesAlone = parts.contains { $0.range.count == 1 && isLowercaseArticleWord($0.range.lowerBound) }
        let clear = parts.filter { $0.clear && !($0.paired && articleNamesAlone) }
        let listed = explicit
            ? parts.count >= 2
            : clear.count >= 3 || clear.count >= 2 && clear.contains(where: { $0.known || $0.headed })
        guard listed else { return nil }
        return clear.map { part in
            candidate(
                part.range, in: paragraph, sentence: sentence, initial: false,
                evidence: part.known ? nil : Evidence(kind: .place, weight: Evidence.context))
        }
    }

    /// Words that open Arabic places' names in lists (`Kafr Tarn`, `Jubb Vesk`): a run after `in`, `near` or a
    /// verb of striking that holds one may be a list, and one the gazetteer knows alone (`Marj`) opens a longer
    /// name there. ``EntityLexicon/arabicPlacePrefixes`` and `Um`, `Jubb`, `Rasm`, less five that are no sign
    /// of a list on their own: `Bani` and `Beni` open tribes' and clans' names as well as towns', `Hayy` a
    /// city's quarter (`Hayy Tarn`), `Rif` a city's countryside (`Rif Tarn`, a region, not a town), and
    /// `Ma'arat` is the spelling with an apostrophe this list never held. (The five still open a part of a
    /// list, as ``EntityLexicon/placePrefixes``. `Abu` and `Sheikh` are no heads: they open persons' names too.)
    static let arabicListHeads: WordSet = EntityLexicon.arabicPlacePrefixes
        .subtracting(["Bani", "Beni", "Hayy", "Rif", "Ma'arat"])
        .union(["Um", "Jubb", "Rasm"])

    /// A word written joined to its Arabic article, without the hyphen (`Alkarmun`, `Addawla`): `Al` or
    /// `El` and a lowercase letter, or `A` and a doubled letter the article takes the sound of (`Assalam`,
    /// `Azzahra`), in five letters at least, and no given name or English word.
    private func isGluedArticleWord(_ token: Token) -> Bool {
        guard token.isWord, token.isCapitalized, !token.isAllCaps, token.text.utf8.count >= 5,
            !isGivenName(token), !isCommonWord(token)
        else { return false }
        let bytes = Array(token.text.utf8.prefix(3))
        let a = bytes[0], b = bytes[1], c = bytes[2]
        let lowercase = UInt8(ascii: "a")...UInt8(ascii: "z")
        if (a == UInt8(ascii: "A") || a == UInt8(ascii: "E")) && b == UInt8(ascii: "l") && lowercase.contains(c) {
            return true
        }
        return a == UInt8(ascii: "A") && b == c && "dtszrn".utf8.contains(b)
    }

    /// A region named by a compass word and one more word, then a town the gazetteer knows, where the text
    /// lost the comma between them: `in Eastern Varouta Douma` → `Eastern Varouta`, `Douma`. Only after a
    /// place's frame (`in`, `near`, `shelled`, `the towns of`), with a middle word that is no common word,
    /// given name, title or head (`West New York`, `North Little Rock` stay whole).
    func regionBeforeKnownPlace(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
        initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        let start = range.lowerBound, end = range.upperBound
        guard range.count >= 3, EntityLexicon.compassWords.contains(tokens[start].text),
            isListedUnknownWord(tokens[start + 1]), knownSpan(at: start + 1, limit: end, in: paragraph) == nil,
            let known = knownSpan(at: start + 2, limit: end, in: paragraph), known.length == end - start - 2,
            known.evidence.kind == .place, Self.listFrame(before: start, in: tokens) != nil
        else { return nil }
        return [
            candidate(
                start..<(start + 2), in: paragraph, sentence: sentence, initial: initial,
                evidence: Evidence(kind: .place, weight: Evidence.context))
        ] + pieces(of: (start + 2)..<end, in: paragraph, sentence: sentence, sentenceInitial: false)
    }

    /// A capitalised word that can stand alone in a list of places: no given name, title, head or
    /// prefix of a longer name, and no common English word.
    func isListedUnknownWord(_ token: Token) -> Bool {
        token.isWord && token.isCapitalized && !token.isAllCaps && !token.text.contains(ascii: "-")
            && !isGivenName(token) && !isTitle(token) && !isCommonWord(token)
            && !EnglishLexicon.organizationHeads.contains(token.text)
            && !EntityLexicon.placeNameHeads.contains(token.text) && !EntityLexicon.placePrefixes.contains(token.text)
            && !EntityLexicon.organizationPrefixes.contains(token.text)
            && !EntityLexicon.companyFirstWords.contains(token.text)
            && !EntityLexicon.compassWords.contains(token.text) && !EnglishLexicon.notNames.contains(token.text)
            && !EntityLexicon.arabicArticles.contains(token.text)
    }
}
