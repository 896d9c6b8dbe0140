/// Finds people, places and organisations: capitalised runs of the token stream, split into the names
/// they hold (a country or a title before a person, datelines and credits run into a name, names whose
/// separating commas were lost), classified by the gazetteer, the lexicon and the words around them, and
/// resolved to one entity per article by ``EntityResolver``.
///
/// One pass over each paragraph's tokens with hash lookups; the gazetteer is loaded once per process.
public struct EntityExtractor: Sendable {
    /// An entity's mention as token positions, for the passes that need to know what a span names.
    public struct MentionReference: Equatable, Sendable {
        public var paragraph: Int
        public var tokens: Range<Int>
        public var entity: Int
    }

    public struct Result: Sendable {
        public var entities: [ExtractedEntity]
        /// Mentions per paragraph position, in token order.
        public var mentionsByParagraph: [[MentionReference]]

        /// The mentions that start inside `sentence` of paragraph `position`, found by binary search
        /// (they are in token order): no scan from the paragraph's first mention for each sentence.
        public func mentions(in sentence: Range<Int>, paragraph position: Int) -> ArraySlice<MentionReference> {
            guard position < mentionsByParagraph.count else { return [] }
            return mentionsByParagraph[position].mentions(startingIn: sentence)
        }
    }

    let gazetteer: Gazetteer
    /// What the lexicon and the gazetteer say about each short span, filled as ``extract`` asks: one
    /// per call, so the extractor stays shareable across threads.
    var knownNames: KnownNameCache?

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// Holds the spans of one paragraph at a time: the passes read paragraphs in order, and an article-wide
    /// cache grew with the text (a 16 MB article: about 50 MB of spans never asked again).
    final class KnownNameCache: @unchecked Sendable {
        // (Unchecked: the cache is asked per span, and each access never overlaps another; the run-time
        // check of exclusive access cost about a tenth of the look-up.)
        @exclusivity(unchecked) var evidence = SpanEvidenceTable()
        /// The paragraph whose spans ``evidence`` holds.
        @exclusivity(unchecked) private var paragraph = -1

        /// Makes the cache the paragraph's at `position`, forgetting another paragraph's spans.
        func hold(paragraph position: Int) {
            guard position != paragraph else { return }
            // (A paragraph's own table is kept for the next one unless it grew large: clearing costs its size.)
            evidence.removeAll(keepingCapacity: evidence.capacity <= 1024)
            paragraph = position
        }
    }

    /// What one mention says about the kind of thing it names, and how strongly. An entity's kind is
    /// the one its mentions' strongest evidence gives (see ``EntityResolver``).
    struct Evidence: Equatable {
        var kind: ExtractedEntity.Kind
        var weight: Int {
            get { Int(storedWeight) }
            set { storedWeight = Int8(newValue) }
        }
        /// A weight is one of the few below (one byte: an optional evidence takes two bytes in a candidate).
        private var storedWeight: Int8

        init(kind: ExtractedEntity.Kind, weight: Int) {
            self.kind = kind
            storedWeight = Int8(weight)
        }

        /// Business words around it (`shares of X`, `X's profits`): a company, though the gazetteer
        /// may know a town of that name.
        static let business = 6
        /// The lexicon or the gazetteer knows the name.
        static let known = 5
        /// The name's own words say it: a head (`Forces`, `Province`), an Arabic prefix, a title before it.
        static let structure = 4
        /// A word next to it says it: `activist X`, `the villages X`, `X network`, `the X said`.
        static let cue = 3
        /// Weaker context: `X said`, `in X`, listed with a place.
        static let context = 2
        /// Two to four capitalised words and nothing else: most often a person.
        static let shape = 1
    }

    /// A name in the text before resolution.
    ///
    /// A long article holds hundreds of thousands of candidates at once: the paragraph, the tokens and the
    /// index of the name it is an alternative of are held in 32 bits each, the small fields first (Swift lays
    /// fields out in the order written), and the fields few candidates have (a role, a canonical name,
    /// aliases, alternatives) in a box of their own, made when one is set: a candidate takes 48 bytes
    /// rather than 88 (136 before the packing).
    struct Candidate {
        private var storedParagraph: Int32
        private var tokenStart: Int32
        private var tokenEnd: Int32
        /// -1 for none.
        private var storedAlternativeOf: Int32 = -1
        var evidence: Evidence?
        var sentenceInitial: Bool
        /// A title alone (`King and Weeks were abducted`): only the surname of someone already named.
        var titleOnly = false
        /// A generic head (`the observatory`, `Observatory head …`): only an alias of the one named
        /// organisation in the article with that head.
        var genericHead = false
        var name: String
        /// The role, canonical name, aliases and alternatives, when any is set (see ``CandidateExtras``).
        private var extras: CandidateExtras?

        var role: String? {
            get { extras?.role }
            set { if newValue != nil || extras != nil { uniqueExtras().role = newValue } }
        }
        /// The lexicon's name for a known organisation (`Daesh` → `Islamic State`).
        var canonical: String? {
            get { extras?.canonical }
            set { if newValue != nil || extras != nil { uniqueExtras().canonical = newValue } }
        }
        /// Other forms written here: `Ain al-Assad base`, `Ayatollah Ali Khamenei`, `US President Donald Trump`.
        var aliases: [String] {
            get { extras?.aliases ?? [] }
            set { if !newValue.isEmpty || extras != nil { uniqueExtras().aliases = newValue } }
        }
        /// Names given in parentheses right after (`(PMF, or Hashd al-Shaabi)`).
        var alternatives: [String] {
            get { extras?.alternatives ?? [] }
            set { if !newValue.isEmpty || extras != nil { uniqueExtras().alternatives = newValue } }
        }

        /// The candidate's own box, copied first when another candidate shares it (a copy of this one).
        private mutating func uniqueExtras() -> CandidateExtras {
            if isKnownUniquelyReferenced(&extras), let extras { return extras }
            let own = extras.map(CandidateExtras.init(copying:)) ?? CandidateExtras()
            extras = own
            return own
        }

        var paragraph: Int {
            get { Int(storedParagraph) }
            set { storedParagraph = Int32(newValue) }
        }
        var tokens: Range<Int> {
            get { Int(tokenStart)..<Int(tokenEnd) }
            set { (tokenStart, tokenEnd) = (Int32(newValue.lowerBound), Int32(newValue.upperBound)) }
        }
        /// For a name inside the parentheses right after another name: that name's candidate index.
        var alternativeOf: Int? {
            get { storedAlternativeOf < 0 ? nil : Int(storedAlternativeOf) }
            set { storedAlternativeOf = newValue.map { Int32($0) } ?? -1 }
        }

        init(
            paragraph: Int, tokens: Range<Int>, name: String, evidence: Evidence? = nil, role: String? = nil,
            sentenceInitial: Bool, titleOnly: Bool = false, genericHead: Bool = false
        ) {
            storedParagraph = Int32(paragraph)
            (tokenStart, tokenEnd) = (Int32(tokens.lowerBound), Int32(tokens.upperBound))
            self.evidence = evidence
            self.sentenceInitial = sentenceInitial
            self.titleOnly = titleOnly
            self.genericHead = genericHead
            self.name = name
            if let role { self.role = role }
        }

        var kind: ExtractedEntity.Kind? { evidence?.kind }
    }

    public func extract(from article: AnalyzedArticle) -> Result {
        var worker = self
        worker.knownNames = KnownNameCache()
        return worker.extractOnce(from: article)
    }

    private func extractOnce(from article: AnalyzedArticle) -> Result {
        let commonWords = Self.lowercaseVocabulary(of: article)
        let repeatedNames = Self.repeatedNamesInsideSentences(of: article, commonWords: commonWords)
        let anyHeadline = article.paragraphs.first.flatMap { $0.kind == .headline ? $0 : nil }
        let headline = anyHeadline.flatMap { $0.isTitleCase ? $0 : nil }
        var candidates: [Candidate] = []
        // Title-case lines, copies of the headline and credit lines: only names known from elsewhere.
        var knownNamesOnly: [(paragraph: Int, range: Range<Int>)] = []
        for paragraph in article.paragraphs {
            let blocked =
                paragraph.isTitleCase
                ? [0..<paragraph.tokens.count] : Self.knownNamesOnlyRanges(in: paragraph, headline: headline)
            // Tag lists and sign-offs: no names at all.
            let furniture = paragraph.isTitleCase ? [] : Self.furnitureRanges(in: paragraph)
            func readKnownNames(_ range: Range<Int>) {
                for piece in Self.outsideFurniture(range, furniture: furniture) {
                    knownNamesOnly.append((paragraph.position, piece))
                }
            }
            if !paragraph.isTitleCase {
                let base = candidates.count
                for var candidate in spans(
                    in: paragraph, commonWords: commonWords, repeatedNames: repeatedNames,
                    blocked: blocked + furniture, headlineJoin: Self.headlineJoin(in: paragraph, headline: anyHeadline))
                {
                    candidate.alternativeOf = candidate.alternativeOf.map { $0 + base }
                    candidates.append(candidate)
                }
            }
            // Datelines and results lines: their layout names what known names alone would miss.
            for range in blocked {
                var rest = range.lowerBound
                // Only the sentences that start in the range (found by binary search, not from the first).
                let starting = paragraph.sentences[paragraph.firstSentence(startingFrom: range.lowerBound)...]
                for sentence in starting.prefix(while: { $0.lowerBound < range.upperBound })
                where sentence.upperBound <= range.upperBound
                    && (paragraph.kind != .headline || scoreLineSides(sentence, in: paragraph.tokens) != nil)
                    && !furniture.contains(where: { $0.overlaps(sentence) })
                {
                    for wire in wireLineNames(in: paragraph, sentence: sentence) {
                        if rest < wire.tokens.lowerBound { readKnownNames(rest..<wire.tokens.lowerBound) }
                        rest = wire.tokens.upperBound
                        candidates.append(wire)
                    }
                }
                if rest < range.upperBound { readKnownNames(rest..<range.upperBound) }
            }
        }
        // Handed over, not copied: a long article has hundreds of thousands of candidates.
        candidates = Self.namesByCoordination(consume candidates, articles: article)
        candidates = Self.performersByList(consume candidates, in: article)
        candidates = Self.companiesByList(consume candidates, in: article)
        candidates = placesByListFrame(consume candidates, in: article)
        candidates = Self.titledPlacesAcrossArticle(consume candidates, in: article)
        candidates = teamsAcrossArticle(consume candidates, in: article)
        let owners = productOwners(candidates, in: article)
        candidates = filtered(consume candidates, commonWords: commonWords, article: article)
        candidates = withPossessiveBrandNames(consume candidates, in: article)
        candidates = withoutVersionedProducts(candidates, in: article)
        candidates = withoutProductNames(candidates, owners: owners, in: article)
        candidates = withoutCraftNamedLikeTowns(consume candidates, in: article)
        candidates = withStatesNamed(consume candidates, in: article)
        candidates = Self.withoutGenericTails(consume candidates, in: article)
        candidates = Self.withoutHeadsOfUnnamedBodies(consume candidates, in: article)
        candidates = Self.withoutLandsInsideGroupNames(consume candidates, in: article)
        if Self.lostApostrophes(article) {
            // In place: a second array of every candidate would double the pass's peak on a long article.
            for i in candidates.indices { candidates[i] = foldingLostPossessive(candidates[i], in: article) }
            // Acronyms named alone (`SDF`), for their possessives (`SDFs`).
            var names = Set<String>()
            for candidate in candidates
            where candidate.tokens.count == 1 && (2...6).contains(candidate.name.utf8.count)
                && candidate.name.utf8.allSatisfy({ (65...90).contains($0) })
            {
                names.insert(candidate.name)
            }
            for i in candidates.indices {
                candidates[i] = foldingLostOrganizationPossessive(candidates[i], names: names, in: article)
            }
            // Every name written, for a one-word name's possessive (`Korvans regime` beside `Korvan`).
            var written = Set<String>()
            for candidate in candidates { written.insert(candidate.name) }
            // The last words of names of two words or more (`Assad` of `Bashar al-Assad`): a possessive of one
            // joins that name, not a leader's surname of its own.
            var lastWords = Set<String>()
            for name in written where name.contains(ascii: " ") {
                guard let last = name.split(separator: " ").last else { continue }
                lastWords.insert(String(last))
                if let hyphen = last.lastIndex(of: "-") { lastWords.insert(String(last[last.index(after: hyphen)...])) }
            }
            let leaders = Self.leadersBeforeFollowers(candidates, in: article)
            for i in candidates.indices {
                candidates[i] = foldingLostPossessiveOfNamedStem(candidates[i], names: written, in: article)
                candidates[i] = foldingLostPossessiveOfLeader(
                    candidates[i], surnames: lastWords, leaders: leaders, in: article)
            }
        }

        var resolver = EntityResolver(gazetteer: gazetteer)
        resolver.resolve((consume candidates).trimmed())
        for (position, range) in knownNamesOnly {
            resolver.matchKnownNames(in: article.paragraphs[position], range: range)
        }
        return (consume resolver).result(paragraphCount: article.paragraphs.count, article: article)
    }

    /// Drops lone words that are common words or unsupported sentence starts; keeps indices of
    /// parenthesised alternatives pointing at their names.
    func filtered(_ input: consuming [Candidate], commonWords: ArticleWordSet, article: AnalyzedArticle)
        -> [Candidate]
    {
        // Handed over, so that kept candidates move down in place (no second array of them).
        let candidates = consume input
        // Words seen capitalised mid-sentence somewhere, and the parts of people's names: a
        // sentence-initial one-word name counts only then (`Khamenei's remarks`, `Liu said`).
        let personWords = Self.personNameWords(candidates)
        var midSentence = personWords
        // (The loops below read candidates in place by index: `for candidate in candidates` copied each one,
        // its name, role, aliases and alternatives, three times over.)
        for k in candidates.indices where !candidates[k].sentenceInitial { midSentence.insert(candidates[k].name) }
        // `Brantwell said …` after `Brantwell Co`: a company's short name.
        for k in candidates.indices where candidates[k].kind == .organization {
            let words = candidates[k].name.wordsBetweenSpaces()
            if words.count == 2, EntityLexicon.corporateSuffixes.contains(String(words[1])) {
                midSentence.insert(String(words[0]))
            }
        }
        // `for The Onion`: names written after a capitalised `The` inside a sentence.
        var afterCapitalThe = Set<String>()
        for k in candidates.indices where Self.followsCapitalThe(candidates[k], in: article) {
            afterCapitalThe.insert(candidates[k].name)
        }
        // `a poem called “Ash Moon”`, `roles in My Tarvan Summer`: titles, in every weakly typed mention.
        let workTitles = namesOfWorkTitles(candidates, in: article)
        let thingAcronyms = Self.acronymsSpelledInLowercase(article)
        let measureAcronyms = Self.acronymsUsedAsMeasures(article)
        // `directed the Harrow Diaries,`: names standing alone after a lowercase `the`.
        let standingAfterThe = namesStandingAfterThe(candidates, in: article)
        func keep(_ candidate: Candidate) -> Bool {
            if candidate.titleOnly || candidate.genericHead { return true }
            // `Everyone laughed`, `Nobody said`: a pronoun, capitalised to open a sentence.
            if candidate.tokens.count == 1, Self.standInPronouns.contains(candidate.name.lowercased()) { return false }
            // `I'd have to`: a pronoun and its contraction.
            if Self.isPronounContraction(candidate.name) { return false }
            // `Ann F` of `Ann F&#233;lix`: a name cut at a character reference.
            if Self.cutAtCharacterReference(candidate, in: article) { return false }
            // `in Mandarin`, `Islamist fighters`: a language or a movement, no nationality.
            if candidate.kind == .nationality, Self.namesLanguageOrMovement(candidate, in: article) { return false }
            let weight = candidate.evidence?.weight ?? 0
            if weight < Evidence.known, workTitles.contains(candidate.name),
                weight <= Evidence.cue || Self.standsInQuotedTitle(candidate, in: article)
                    || Self.followsCalledThe(candidate, in: article)
            {
                return false
            }
            // `the National Iodine Nutrition study`: words that only look like a person's name, naming a work.
            if weight <= Evidence.shape, candidate.kind != .place, candidate.kind != .organization,
                Self.namesWorkInLowercase(candidate, in: article) || Self.opensWithGerund(candidate, in: article)
            {
                return false
            }
            // `In The Long Road, she writes`: a book's title, though `in` makes it look like a place.
            if weight < Evidence.known, Self.namesWorkAfterInThe(candidate, in: article) { return false }
            // `a win for the Kelvar Ospreys in Dornholm`: a team, a work or a building, no person; unstored
            // unless a mention says what it is.
            if standingAfterThe.contains(candidate.name),
                candidate.evidence == nil || candidate.kind == .person && weight <= Evidence.context
            {
                return false
            }
            guard !candidate.name.contains(ascii: " ") else { return true }
            // `in Western Tarvan`: the part of a place, no people.
            if opensRegionOfPlace(candidate, in: article) { return false }
            // `the Islamic state`: the first word of a known organisation written in lowercase.
            if Self.opensKnownNameInLowercase(candidate, in: article) { return false }
            // `told The New Vessan`: the last word of an outlet's name.
            if Self.endsNameAfterCapitalThe(candidate, in: article) { return false }
            // `issued a Fatwa (religious decree)`: a term and its meaning in brackets.
            if weight < Evidence.known, Self.termBeforeGloss(candidate, in: article) { return false }
            // `L` of `L. Ron Hubbard` cut off by a full stop: a letter alone names nothing.
            if candidate.name.unicodeScalars.count == 1 { return false }
            // `Formica fusca`: a genus before its species is no name of a scored kind.
            if Self.opensLatinBinomial(candidate, in: article) { return false }
            // `Mark Tedeschi, QC,`: the letters of an office after a person's name and a comma.
            if EntityLexicon.postNominals.contains(candidate.name), Self.followsNameAndComma(candidate, in: article) {
                return false
            }
            // `IS` in `WHAT IS NEXT`: a word in capitals with nothing to say it is a name.
            if candidate.evidence == nil, EntityLexicon.commonAcronyms.contains(candidate.name) { return false }
            if Self.capitalisedCommonWord(candidate, in: article) { return false }
            // A lone word the article also writes in lowercase (`Terrorist` in a title-case run) is no name.
            let lowercased = candidate.name.lowercased()
            // `the Internet is`, `in Philosophy`: a capitalised English noun names no place or
            // organisation on such weak evidence (a surname before `said` still names a person).
            // `written in HTML`: a technical abbreviation is no place or organisation.
            if weight < Evidence.known, EntityLexicon.technicalAcronyms.contains(candidate.name) { return false }
            // `the consumer price index (CPI)`: an abbreviation the article spells out in lowercase words.
            if weight < Evidence.known, thingAcronyms.contains(candidate.name) { return false }
            // `a CTR of 2%`, `CT scans showed`: an abbreviation the article uses as a measure or a test.
            if weight < Evidence.known, measureAcronyms.contains(candidate.name) { return false }
            // `the LeT said`: an abbreviation with a small letter inside is no common word.
            if Self.isMixedCaseAcronym(candidate.name) {
                return !candidate.sentenceInitial || weight >= Evidence.cue || midSentence.contains(candidate.name)
            }
            if weight < Evidence.structure, candidate.kind != nil, candidate.kind != .person,
                !candidate.name.contains(ascii: "-"),
                !EntityLexicon.isAllCapitals(candidate.name), !afterCapitalThe.contains(candidate.name),
                EnglishWords.bundled.partOfSpeech(of: lowercased) != nil
            {
                return false
            }
            if commonWords.contains(lowercased) {
                // The gazetteer's towns named like common words (`Cocoa`, `Mobile`) count only as countries here.
                if weight < Evidence.known
                    || candidate.kind == .place && gazetteer.place(named: candidate.name)?.kind == .city
                {
                    return false
                }
            }
            return !candidate.sentenceInitial || weight >= Evidence.cue || midSentence.contains(candidate.name)
                || candidate.kind == .person && Self.opensSpeechSentence(candidate, in: article)
        }
        return Self.retaining(consume candidates) { candidate in
            if candidate.evidence == nil, candidate.sentenceInitial, !candidate.titleOnly, !candidate.genericHead,
                Self.opensSpeechSentence(candidate, in: article)
            {
                candidate.evidence = Evidence(kind: .person, weight: Evidence.context)
            } else if candidate.evidence == nil, candidate.sentenceInitial, !candidate.titleOnly,
                !candidate.genericHead, Self.beatsNamedPerson(candidate, personWords: personWords, in: article)
            {
                candidate.evidence = Evidence(kind: .person, weight: Evidence.cue)
            }
            return keep(candidate)
        }
    }

    /// A lone capitalised word followed by a lowercase word no dictionary has with a Latin ending
    /// (`Formica fusca`, `Beauveria bassiana`): a species' scientific name.
    static func opensLatinBinomial(_ candidate: Candidate, in article: AnalyzedArticle) -> Bool {
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let k = candidate.tokens.upperBound
        guard candidate.tokens.count == 1, k < tokens.count, tokens[k].isWord, tokens[k].startsLowercase,
            tokens[k].text.utf8.count >= 5, !tokens[k].text.contains(ascii: "-"),
            EnglishWords.bundled.partOfSpeech(of: tokens[k].lower) == nil
        else { return false }
        // The word list has no function words (`this`, `versus`): those endings are left out or listed.
        let species = tokens[k].lower
        guard !["versus", "corpus", "genus"].contains(species) else { return false }
        return ["a", "us", "um", "ae", "ii", "ensis", "oides"].contains { species.hasSuffix($0) }
    }

    /// `the National Iodine Nutrition study`, `the Harbour Lantern festival`: a name of two words or more
    /// before the lowercase head of a work or an event.
    static func namesWorkInLowercase(_ candidate: Candidate, in article: AnalyzedArticle) -> Bool {
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let k = candidate.tokens.upperBound
        guard candidate.tokens.count >= 2, k < tokens.count, tokens[k].isWord, tokens[k].startsLowercase else {
            return false
        }
        return EntityLexicon.workHeads.contains(capitalizedForm(tokens[k].text))
    }

    /// Whether a comma and a capitalised word come right before the candidate.
    static func followsNameAndComma(_ candidate: Candidate, in article: AnalyzedArticle) -> Bool {
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let k = candidate.tokens.lowerBound
        return k >= 2 && tokens[k - 1].isPunctuation(",") && tokens[k - 2].isWord && tokens[k - 2].isCapitalized
    }

    /// `Brennan spoke to reporters`, `Okafor said`, `Kessington resigned`: a word no dictionary has opening a
    /// sentence as the subject of a verb of speaking, or of one only people do, names a person.
    static func opensSpeechSentence(_ candidate: Candidate, in article: AnalyzedArticle) -> Bool {
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let after = candidate.tokens.upperBound
        guard candidate.tokens.count == 1, after < tokens.count, !tokens[candidate.tokens.lowerBound].isAllCaps,
            tokens[after].isWord, !tokens[after].isCapitalized,
            EnglishLexicon.speechVerbs.contains(tokens[after].lower) || tokens[after].lower == "spoke"
                || personOnlyVerbs.contains(tokens[after].lower)
        else { return false }
        // (`Organisers said`: a plural noun in its British spelling is no surname.)
        let word = tokens[candidate.tokens.lowerBound].lower
        return EnglishWords.bundled.partOfSpeech(of: word) == nil && !isBritishSpelledWord(word)
    }

    /// `for The Onion`: a capitalised `The` inside a sentence belongs to a paper's or a band's name. Opening
    /// a sentence, `The` goes with a one-word name that reports (`The Courier reported`, `The Herald said`):
    /// an English word capitalised there is a paper's name.
    static func followsCapitalThe(_ candidate: Candidate, in article: AnalyzedArticle) -> Bool {
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let the = candidate.tokens.lowerBound - 1
        guard the >= 0, tokens[the].text == "The" else { return false }
        // Inside its sentence, not opening it (the sentence found by binary search: a paragraph may hold
        // thousands of names after `The`).
        if the > 0 && tokens[the - 1].isWord
            || article.paragraphs[candidate.paragraph].sentence(holding: the).map({ $0.lowerBound < the }) == true
        {
            return true
        }
        let after = candidate.tokens.upperBound
        return candidate.tokens.count == 1 && after < tokens.count && tokens[after].isWord
            && EnglishLexicon.speechVerbs.contains(tokens[after].text)
    }

    /// Token ranges of a body paragraph where capitals say nothing: a title-case headline repeated in
    /// the body (scraped pages run it into the first sentence), and sentences without a lowercase word
    /// (credits, datelines, signatures such as `SSH 11`).
    static func knownNamesOnlyRanges(
        in paragraph: AnalyzedArticle.AnalyzedParagraph,
        headline: AnalyzedArticle.AnalyzedParagraph?
    ) -> [Range<Int>] {
        let tokens = paragraph.tokens
        var ranges: [Range<Int>] = []
        if let headline, headline.position != paragraph.position, headline.tokens.count >= 4 {
            let h = headline.tokens
            var i = 0
            while i + h.count <= tokens.count {
                if tokens[i].text == h[0].text, (1..<h.count).allSatisfy({ tokens[i + $0].text == h[$0].text }) {
                    ranges.append(i..<(i + h.count))
                    i += h.count
                } else {
                    i += 1
                }
            }
        }
        for sentence in paragraph.sentences where sentence.contains(where: { tokens[$0].isWord }) {
            // `Thomas Jefferson.` answering a question: a person's name alone is read as one.
            if isPersonNameAlone(sentence, in: tokens) { continue }
            // `(Source: Kestrel Relief Committee)`: the organisation a report's figures come from.
            if isOrganizationSourceCredit(sentence, in: tokens) { continue }
            guard
                !sentence.contains(where: { tokens[$0].isWord && tokens[$0].startsLowercase })
                    || isConnectedResultsLine(sentence, in: tokens) || isSquadLine(sentence, in: tokens),
                !ranges.contains(where: { $0.overlaps(sentence) })
            else {
                for stretch in headlineStretches(in: tokens, sentence: sentence)
                where !ranges.contains(where: { $0.overlaps(stretch) }) {
                    ranges.append(stretch)
                }
                continue
            }
            ranges.append(sentence)
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// A sentence that is only a given name and one or two more capitalised words.
    static func isPersonNameAlone(_ sentence: Range<Int>, in tokens: [Token]) -> Bool {
        // (At most three words and one more token: a longer sentence is no such name, and is not scanned.)
        guard sentence.count <= 4 else { return false }
        let words = sentence.filter { tokens[$0].isWord }
        guard (2...3).contains(words.count), words.count + 1 >= sentence.count,
            let first = words.first, EntityGivenNames.common.contains(tokens[first].lower)
        else { return false }
        return words.allSatisfy { tokens[$0].isCapitalized && !tokens[$0].isAllCaps }
    }

    /// Words the article writes in lowercase somewhere: capitalised elsewhere, they are common words
    /// in a title-case run (`Aleppo Bombing`), not parts of a name.
    static func lowercaseVocabulary(of article: AnalyzedArticle) -> ArticleWordSet {
        var words = ArticleWordSet()
        for paragraph in article.paragraphs where !paragraph.isTitleCase {
            for token in paragraph.tokens where token.isWord && token.startsLowercase {
                words.insert(token.text)
            }
        }
        return words
    }

    /// Runs of two to four capitalised words (not in capitals) written the same inside sentences at
    /// least twice: `Big Machine` said so again and again is a name, not the words `big` and `machine`.
    static func repeatedNamesInsideSentences(of article: AnalyzedArticle, commonWords: ArticleWordSet) -> Set<String> {
        var counts: [String: Int] = [:]
        for paragraph in article.paragraphs where !paragraph.isTitleCase && paragraph.kind != .headline {
            let tokens = paragraph.tokens
            for sentence in paragraph.sentences {
                var i = sentence.lowerBound
                while i < sentence.upperBound, tokens[i].kind == .punctuation { i += 1 }
                i += 1
                while i < sentence.upperBound {
                    guard isMixedCaseWord(tokens[i]), !isMixedCaseWord(tokens[i - 1]), !tokens[i - 1].isNamePart else {
                        i += 1
                        continue
                    }
                    var end = i + 1
                    while end < sentence.upperBound, isMixedCaseWord(tokens[end]) { end += 1 }
                    // Not part of a longer name (`National Air and Space Museum`), and with a last word the
                    // article never writes as a common noun (`the virtual microscope` is a thing).
                    let continues =
                        end + 1 < sentence.upperBound && tokens[end].startsLowercase
                        && isMixedCaseWord(tokens[end + 1])
                        && (EnglishLexicon.nameParticles.contains(tokens[end].lower) || tokens[end].lower == "and")
                    if (2...4).contains(end - i), end == sentence.upperBound || !tokens[end].isNamePart, !continues,
                        !commonWords.contains(tokens[end - 1].lower)
                    {
                        counts[paragraph.text(of: i..<end), default: 0] += 1
                    }
                    i = end
                }
            }
        }
        return Set(counts.filter { $0.value >= 2 }.keys)
    }

    private static func isMixedCaseWord(_ token: Token) -> Bool {
        token.isWord && token.isCapitalized && !token.isAllCaps
    }

    /// Whether `b` comes next to `a` in one list: a comma, `and` or `or` between them, or nothing at all
    /// between two names with a joined article (`al-Shaghour al-Abbasiyyeen and al-Qassaa`, commas lost) or
    /// two places (a run split into the places it lists).
    static func areListed(_ a: Candidate, _ b: Candidate, in article: AnalyzedArticle) -> Bool {
        guard a.paragraph == b.paragraph, a.tokens.upperBound <= b.tokens.lowerBound else { return false }
        let tokens = article.paragraphs[a.paragraph].tokens
        let gap = a.tokens.upperBound..<b.tokens.lowerBound
        if gap.isEmpty, !a.tokens.isEmpty, !b.tokens.isEmpty,
            hasJoinedArticle(tokens[a.tokens.lowerBound]), hasJoinedArticle(tokens[b.tokens.lowerBound])
        {
            return true
        }
        // `the villages of Vesk Tal Roa and Tarn`: places a run that lost its commas was split into (only
        // after such a frame: `in Vesk Marlovia and Jana Velko` lists no third place).
        if gap.isEmpty, a.kind == .place, b.kind == .place, followsAFrameOfPlaces(a, in: tokens) { return true }
        return gap.count == 1
            && gap.allSatisfy { tokens[$0].lower == "and" || tokens[$0].lower == "or" || tokens[$0].isPunctuation(",") }
    }

    /// Whether the run of names holding `candidate` opens right after a frame of places (`the villages of`,
    /// `the towns of`), looking back at most twelve words.
    private static func followsAFrameOfPlaces(_ candidate: Candidate, in tokens: [Token]) -> Bool {
        var k = candidate.tokens.lowerBound - 1
        let limit = max(0, candidate.tokens.lowerBound - 12)
        while k >= limit, tokens[k].isNamePart || hasJoinedArticle(tokens[k]) { k -= 1 }
        return k >= 1 && tokens[k].lower == "of" && EntityLexicon.pluralPlaceNouns.contains(tokens[k - 1].lower)
    }

    /// `Madaya and Zabadani`, `Foua, Kafarya and Idlib`: unknown names listed with a place are places,
    /// also with a name the article calls a place elsewhere (`leaving Foua and Kafraya`); listed with a
    /// named organisation, organisations.
    static func namesByCoordination(_ candidates: consuming [Candidate], articles article: AnalyzedArticle)
        -> [Candidate]
    {
        var result = consume candidates
        let places = Set(result.filter { $0.kind == .place }.map(\.name))
        func isPlace(_ c: Candidate) -> Bool { c.kind == .place || c.kind == nil && places.contains(c.name) }
        func linked(_ a: Candidate, _ b: Candidate) -> Bool { areListed(a, b, in: article) }
        // `Google, Bing and Yahoo`: an unknown name listed with an organisation its own words or the lexicon
        // name is one too (a weaker cue than a place's, so only beside a strong one), unless it modifies a
        // noun after it (`the Office of X and Constitutional Affairs select committee`).
        func isNamedOrganization(_ c: Candidate) -> Bool {
            c.kind == .organization && (c.evidence?.weight ?? 0) >= Evidence.structure
        }
        func endsPhrase(_ c: Candidate) -> Bool {
            let tokens = article.paragraphs[c.paragraph].tokens
            let k = c.tokens.upperBound
            return k == tokens.count || !tokens[k].isWord || !tokens[k].startsLowercase
                || ["and", "or"].contains(tokens[k].text)
        }
        // `Miners Vesk Tinto and Cia. Harrow Norte`: a company's form written short with its full stop, before
        // the firm's name, is no place listed.
        func isCompanyAbbreviation(_ c: Candidate) -> Bool {
            let tokens = article.paragraphs[c.paragraph].tokens
            return c.tokens.count == 1 && EntityLexicon.companyAbbreviations.contains(tokens[c.tokens.lowerBound].text)
                && c.tokens.upperBound < tokens.count && tokens[c.tokens.upperBound].isPunctuation(".")
        }
        for _ in 0..<2 {
            for i in result.indices where result[i].evidence == nil && !result[i].genericHead && !result[i].titleOnly {
                let neighbours = [i - 1, i + 1].filter { result.indices.contains($0) }
                if isCompanyAbbreviation(result[i]) {
                    result[i].evidence = Evidence(kind: .organization, weight: Evidence.context)
                } else if neighbours.contains(where: { isPlace(result[$0]) && linked(result[min(i, $0)], result[max(i, $0)]) })
                {
                    result[i].evidence = Evidence(kind: .place, weight: Evidence.context)
                } else if result[i].tokens.count <= 2, !result[i].sentenceInitial, endsPhrase(result[i]),
                    neighbours.contains(where: {
                        isNamedOrganization(result[$0]) && linked(result[min(i, $0)], result[max(i, $0)])
                    })
                {
                    result[i].evidence = Evidence(kind: .organization, weight: Evidence.context)
                }
            }
        }
        return result
    }
}
