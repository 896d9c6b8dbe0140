/// Products, models, standards and benchmarks written like names — a model code glued to the name
/// (`Karmun RX4`, `Tarnix R23`), a letter after a hyphen (`Vesko X-A`), a code after it (`Core i7`), a kind of
/// product after it (`the Tarnix Zeno laptop`), `the new` before it — are none of the scored kinds: the
/// schema has no kind for products, so their mentions are not stored. The company that owns them is an
/// organisation in every mention (`Vesko's new laptop`, `made by Tarnix`, `Vesko shares fell`, a brand
/// before a model's name), though a mention alone (`Vesko says`) would make a person of it.
extension EntityExtractor {
    /// The one-word names that own products here (`Vesko's new laptop`, `made by Tarnix`), read before
    /// sentence-initial names without support are dropped (`Vesko's new laptop` opening a sentence).
    func productOwners(_ candidates: [Candidate], in article: AnalyzedArticle) -> Set<String> {
        let personWords = Self.personNameWords(candidates)
        let places = Self.placeNames(candidates)
        var owners = Set<String>()
        for k in candidates.indices
        where Self.isWeakProductName(candidates[k]) && Self.namesProductOwner(candidates[k], in: article)
            && !personWords.contains(candidates[k].name) && !places.contains(candidates[k].name)
        {
            owners.insert(candidates[k].name)
        }
        return owners
    }

    /// The candidates without product names, and with the names that own products (`owners`, and the first
    /// word of a product's name) made organisations. Only names whose kind comes from their shape or weak
    /// context: a known, headed or placed name stays, and so does a name the article places anywhere (`near
    /// Karmun … the Karmun M4 highway`).
    func withoutProductNames(_ candidates: [Candidate], owners: Set<String>, in article: AnalyzedArticle)
        -> [Candidate]
    {
        let places = Self.placeNames(candidates)
        let personWords = Self.personNameWords(candidates)
        // Products by their shape (`RX4`, `X-A`): whatever weak kind they were given, unless the article places
        // the name in a mention of no such shape (`near Karmun`); by the words around them (`the Velmaro
        // benchmark`): only names the article does not place (`the Vesk app`).
        var placedWithoutShape = Set<String>()
        for k in candidates.indices where candidates[k].kind == .place {
            let tokens = article.paragraphs[candidates[k].paragraph].tokens
            if !Self.hasProductShape(candidates[k].tokens, in: tokens) { placedWithoutShape.insert(candidates[k].name) }
        }
        var shapedProducts = Set<String>()
        var products = Set<String>()
        // The mentions read as products by the words around them (`two Tarnak laptops`), and the names with
        // other evidence elsewhere (`Tarnak fighters`, `Tarnak has denied`): of those, only these mentions go.
        var productMentions = Set<Int>()
        var otherwiseNamed = Set<String>()
        let namedBeforeVariant = Self.namesBeforeProductHeads(in: article)
        for k in candidates.indices where Self.isWeakProductName(candidates[k]) && !owners.contains(candidates[k].name)
        {
            let candidate = candidates[k]
            let tokens = article.paragraphs[candidate.paragraph].tokens
            if Self.hasProductShape(candidate.tokens, in: tokens) {
                if !placedWithoutShape.contains(candidate.name) { shapedProducts.insert(candidate.name) }
            } else if places.contains(candidate.name) || candidate.kind == .place {
                continue
            } else if hasProductNounAfter(candidate.tokens, in: tokens)
                || Self.followsTheNew(candidate.tokens, in: tokens)
                || Self.listedAfterProductKind(candidate.tokens, in: tokens)
                || namedBeforeVariant.contains(candidate.name) && !isGivenName(tokens[candidate.tokens.lowerBound])
                    // (`Tarnak Router review … Tarnak said sales rose`: a maker that acts is no product.)
                    && !Self.namedOtherwise(candidate, in: tokens)
            {
                products.insert(candidate.name)
                productMentions.insert(k)
            } else if Self.namedOtherwise(candidate, in: tokens) {
                otherwiseNamed.insert(candidate.name)
            }
        }
        products.subtract(otherwiseNamed)
        var owners = owners
        // `the Vesko Zeno laptop … Vesko said`: the first word of a product's name, named alone elsewhere.
        for name in products.union(shapedProducts) where name.contains(ascii: " ") {
            let brand = String(name.wordsBetweenSpaces()[0])
            let lower = brand.lowercased()
            if !personWords.contains(brand), !places.contains(brand), !EntityGivenNames.common.contains(lower),
                EnglishWords.bundled.partOfSpeech(of: lower) == nil
            {
                owners.insert(brand)
            }
        }
        guard !products.isEmpty || !shapedProducts.isEmpty || !owners.isEmpty || !productMentions.isEmpty else {
            return candidates
        }
        var result: [Candidate] = []
        result.reserveCapacity(candidates.count)
        var newIndex = [Int?](repeating: nil, count: candidates.count)
        for i in candidates.indices {
            var candidate = candidates[i]
            if Self.isWeakProductName(candidate), !owners.contains(candidate.name) {
                if shapedProducts.contains(candidate.name)
                    || (products.contains(candidate.name) || productMentions.contains(i)) && candidate.kind != .place
                {
                    continue
                }
            } else if Self.isWeakProductName(candidate), candidate.tokens.count == 1, candidate.kind != .place {
                candidate.evidence = Evidence(kind: .organization, weight: Evidence.structure)
            }
            candidate.alternativeOf = candidate.alternativeOf.flatMap { newIndex[$0] }
            newIndex[i] = result.count
            result.append(candidate)
        }
        return result
    }

    /// The names of the candidates any mention of which is a place.
    private static func placeNames(_ candidates: [Candidate]) -> Set<String> {
        var places = Set<String>()
        for k in candidates.indices where candidates[k].kind == .place { places.insert(candidates[k].name) }
        return places
    }

    /// `Tarnak fighters` (a cue gave it a kind), `Tarnak has denied`, `Tarnak said` (a verb after it, its
    /// subject): evidence of a name other than a product's. Not an article, the name and a verb (`The Zeno HR
    /// is billed as a watch`): a product's as often, though it reads as a cue (`the X said`). One word, not an
    /// acronym: a group's name before its kit (`Tarnak drones`); model names of several words and acronyms
    /// (`Internet Explorer`, `DS`) are products standing alone too.
    private static func namedOtherwise(_ candidate: Candidate, in tokens: [Token]) -> Bool {
        let start = candidate.tokens.lowerBound, end = candidate.tokens.upperBound
        guard candidate.tokens.count == 1, !tokens[start].isAllCaps else { return false }
        let verbAfter =
            end < tokens.count && tokens[end].isWord && tokens[end].startsLowercase
            && (EnglishLexicon.speechVerbs.contains(tokens[end].lower)
                || ["has", "had", "is", "was", "will"].contains(tokens[end].lower)
                || EnglishWords.bundled.partOfSpeech(of: tokens[end].lower) == .verb)
        // (A sentence's `The` may open the run.)
        let afterArticle =
            ["the", "a", "an"].contains(tokens[start].lower)
            || start > 0 && ["the", "a", "an"].contains(tokens[start - 1].lower)
        if afterArticle, verbAfter { return false }
        return verbAfter || (candidate.evidence?.weight ?? 0) >= Evidence.context
    }

    /// `the Vesko Tessa Lite`, `Orbix Pro`, `Tessa Orbix Controller`: the capitalised words (one to three,
    /// each tail of them) written anywhere in the article right before a product's capitalised head (a
    /// variant, `Lite`, `Pro`, `Edition`, or a device, `Controller`, ``EntityLexicon/productHeads``), which name
    /// the product where they stand alone (`the original Vesko Tessa`). Not the heads that end names of
    /// other kinds as often (``headsOfOtherNames``). Three words looked back
    /// from each head: linear in the text.
    static func namesBeforeProductHeads(in article: AnalyzedArticle) -> Set<String> {
        var names = Set<String>()
        for paragraph in article.paragraphs {
            let tokens = paragraph.tokens
            for k in tokens.indices.dropFirst()
            where tokens[k].isWord && tokens[k].spaceBefore && EntityLexicon.productHeads.contains(tokens[k].text)
                && !headsOfOtherNames.contains(tokens[k].text)
                // (`Roe Pro-Am`: a tournament's name.)
                && !(k + 1 < tokens.count && !tokens[k + 1].spaceBefore && !tokens[k + 1].isWord)
            {
                var words: [Substring] = []
                var j = k - 1
                while j >= 0, k - j <= 3, tokens[j].isWord, tokens[j].isCapitalized,
                    !EnglishLexicon.notNames.contains(tokens[j].text), !["The", "A", "An"].contains(tokens[j].text)
                {
                    words.insert(Substring(tokens[j].text), at: 0)
                    names.insert(words.joined(separator: " "))
                    j -= 1
                }
            }
        }
        return names
    }

    /// Product heads that end names of other kinds as often: a channel's `Plus`, a given name `Max`, a European
    /// company's `SE`, a craft's.
    private static let headsOfOtherNames: WordSet = [
        "Plus", "Max", "Mini", "SE", "Interface", "Telescope", "Rover", "Spacecraft", "Shuttle", "Lander", "Orbiter",
    ]

    /// Neither a title alone nor a generic head, and typed by nothing stronger than a cue beside it.
    private static func isWeakProductName(_ candidate: Candidate) -> Bool {
        !candidate.titleOnly && !candidate.genericHead && (candidate.evidence?.weight ?? 0) <= Evidence.cue
    }

    /// `Vesko X-A`, `USB-PD`, `Karmun RX4`, `Tarnix Core i7`, `Vesko Mesh Wi-Fi 6`: a letter after a hyphen
    /// or a standard inside the name, a model code or a standard after it.
    static func hasProductShape(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        range.contains { hasHyphenLetter(tokens[$0]) || EntityProductWords.specs.contains(tokens[$0].text) }
            || hasModelCodeAfter(range, in: tokens)
            // `the Tarvo Heavy`: a heavier variant of a rocket, named by its model's name and the word.
            || range.count >= 2 && tokens[range.upperBound - 1].text == "Heavy"
            || range.upperBound < tokens.count && EntityProductWords.specs.contains(tokens[range.upperBound].text)
    }

    /// `X-A`, `Mach-E`: a word whose part after its last hyphen is one capital letter.
    static func hasHyphenLetter(_ token: Token) -> Bool {
        let bytes = Array(token.text.utf8)
        guard bytes.count >= 3, bytes[bytes.count - 2] == UInt8(ascii: "-") else { return false }
        return (65...90).contains(bytes[bytes.count - 1])
    }

    /// `Karmun RX4`, `Tarnix R23` (a number glued to the last word, or after a glued hyphen: `KX-5`),
    /// `Vesko Core i7` (a letter or two glued to a number), `Vesko 5300M` (a number of three digits or more
    /// with a capital glued after it).
    /// Not a road's number (`the Karmun M4 highway`, `Tarn A1 road`).
    static func hasModelCodeAfter(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        guard let end = modelCodeEnd(after: range, in: tokens) else { return false }
        return end >= tokens.count || !roadWords.contains(tokens[end].lower)
    }

    /// Where a model code right after `range` ends, if one stands there.
    private static func modelCodeEnd(after range: Range<Int>, in tokens: [Token]) -> Int? {
        let k = range.upperBound
        guard k < tokens.count else { return nil }
        let next = tokens[k]
        guard k + 1 < tokens.count else { return next.isNumber && !next.spaceBefore ? k + 1 : nil }
        let after = tokens[k + 1]
        if next.isPunctuation("-"), !next.spaceBefore, after.isNumber, !after.spaceBefore { return k + 2 }
        if next.isWord, next.text.utf8.count <= 2, after.isNumber, !after.spaceBefore { return k + 2 }
        if next.isNumber, !next.spaceBefore { return k + 1 }
        let code =
            next.isNumber && next.text.utf8.count >= 3 && next.text.utf8.allSatisfy { (48...57).contains($0) }
            && after.isWord && !after.spaceBefore && after.text.utf8.count == 1 && after.isAllCaps
        return code ? k + 2 : nil
    }

    /// Words after a road's number: `the M4 motorway`, `Route 9`'s kin.
    static let roadWords: WordSet = ["road", "highway", "motorway", "route", "expressway", "freeway"]

    /// `the Tarnix Zeno laptop`, `the Velto benchmark`, `the Arvak programme`: a lowercase kind of product
    /// or programme right after, ending the phrase (`the Vesk chip plant` is a place's); not after a given
    /// name (`the Ann Roe app`), nor a programme after an acronym (`the BT program` is the company's).
    private func hasProductNounAfter(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        let k = range.upperBound
        guard k < tokens.count, tokens[k].isWord, tokens[k].startsLowercase,
            EntityProductWords.nouns.contains(tokens[k].lower)
                || EntityProductWords.programmes.contains(tokens[k].lower)
                    && !(range.count == 1 && tokens[range.lowerBound].isAllCaps),
            !isGivenName(tokens[range.lowerBound])
        else { return false }
        return k + 1 >= tokens.count || !tokens[k + 1].isWord || !tokens[k + 1].startsLowercase
            || EnglishWords.bundled.partOfSpeech(of: tokens[k + 1].lower) != .noun
    }

    /// `the new Vesko Zeno is lighter`, `the latest Tarnix.`: a name after `the new` or `the latest` that ends
    /// its phrase (`the new Tarn government` names a place's government).
    static func followsTheNew(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        let k = range.lowerBound
        guard k >= 2, ["new", "latest"].contains(tokens[k - 1].text), tokens[k - 2].lower == "the" else {
            return false
        }
        let end = range.upperBound
        return end >= tokens.count || !tokens[end].isWord || !tokens[end].startsLowercase
            || EnglishWords.bundled.partOfSpeech(of: tokens[end].lower) != .noun
    }

    /// Plural nouns for kinds of products that open a list of models: `Kelvar models like the Tessaro`.
    static let modelListNouns: WordSet = [
        "models", "cars", "vehicles", "phones", "handsets", "devices", "jets", "aircraft",
    ]

    /// `older Kelvar models like the Tessaro and Morvane`, `phones such as the Vessa, the Larrow or the Quell`:
    /// a name in a list that opens with `the` right after a plural kind of product (or one of the product
    /// list's) and `like`, `such as` or `including`: the model's name. At most twelve tokens of the list
    /// (capitalised words, `the`, commas, `and`, `or`) looked back over; not a name with a possessive after it
    /// (`models such as the Tarvan Bank's`) or a lowercase noun (`the Kestrel twins`); `models` only after
    /// a maker (see ``hasMakerBefore(_:in:)``: `models such as the Kestrel twins` may be people).
    static func listedAfterProductKind(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        let end = range.upperBound
        if end < tokens.count, tokens[end].lower == "'s" || tokens[end].lower == "\u{2019}s" { return false }
        if end < tokens.count, tokens[end].isWord, tokens[end].startsLowercase,
            EnglishWords.bundled.partOfSpeech(of: tokens[end].lower) == .noun
        {
            return false
        }
        var j = range.lowerBound - 1
        while j >= 0, range.lowerBound - j <= 12,
            tokens[j].isWord && tokens[j].isCapitalized || ["the", "and", "or", ","].contains(tokens[j].lower)
        {
            j -= 1
        }
        // The list opens with `the` right after its introducer.
        guard j >= 1, j + 1 < range.lowerBound, tokens[j + 1].lower == "the" else { return false }
        var noun = j - 1
        switch tokens[j].lower {
        case "like", "including": break
        case "as" where noun >= 1 && tokens[noun].lower == "such": noun -= 1
        default: return false
        }
        let kind = tokens[noun]
        guard kind.isWord, kind.startsLowercase,
            modelListNouns.contains(kind.lower) || EntityProductWords.nouns.contains(kind.lower)
        else { return false }
        return kind.lower != "models" || hasMakerBefore(noun, in: tokens)
    }

    /// `Kelvar models`, `Kelvar's models`, `Kelvar's older models`: a maker's name, or a name's possessive
    /// (an adjective may stand between), right before the plural noun at `noun`. Not a capitalised word that
    /// opens the sentence (`Top models`) nor an adjective (`French models`).
    private static func hasMakerBefore(_ noun: Int, in tokens: [Token]) -> Bool {
        var k = noun - 1
        guard k >= 1 else { return false }
        let isPossessive = { (token: Token) in token.lower == "'s" || token.lower == "\u{2019}s" }
        if k >= 2, tokens[k].isWord, tokens[k].startsLowercase, isPossessive(tokens[k - 1]),
            EnglishWords.bundled.partOfSpeech(of: tokens[k].lower) == .adjective
        {
            k -= 1
        }
        if isPossessive(tokens[k]) { return tokens[k - 1].isNamePart }
        let maker = tokens[k]
        return maker.isNamePart && (tokens[k - 1].isWord || tokens[k - 1].isPunctuation(","))
            && EnglishWords.bundled.partOfSpeech(of: maker.lower) != .adjective
    }

    /// One word that owns products here: `Vesko's new laptop`, `Vesko's Zeno`, `made by Tarnix`, `Tarnix
    /// shares fell`.
    static func namesProductOwner(_ candidate: Candidate, in article: AnalyzedArticle) -> Bool {
        guard candidate.tokens.count == 1 else { return false }
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let k = candidate.tokens.lowerBound, end = candidate.tokens.upperBound
        guard !EntityGivenNames.common.contains(tokens[k].lower) else { return false }
        if k >= 2, tokens[k - 1].text == "by", makersVerbs.contains(tokens[k - 2].lower) {
            // (`developed by Dornish phone giant Velkaro`: a word before a lowercase noun describes the maker.)
            guard end < tokens.count else { return true }
            let next = tokens[end]
            return !next.isNamePart
                && !(next.isWord && next.startsLowercase
                    && EnglishWords.bundled.partOfSpeech(of: next.lower) == .noun)
        }
        guard end + 1 < tokens.count else { return false }
        if ["shares", "stock"].contains(tokens[end].text) {
            return EntityLexicon.shareMoves.contains(tokens[end + 1].lower)
        }
        guard tokens[end].lower == "'s" || tokens[end].lower == "\u{2019}s" else { return false }
        let owned = tokens[end + 1]
        // `Roe's laptop` may be anybody's: a new one is a maker's, and so is a new one named (`Vesko's new
        // Orbix console`, `Vesko's latest Orbix Controller`: up to three capitalised words, then the kind of
        // product or its capitalised head).
        if ["new", "latest"].contains(owned.text), end + 2 < tokens.count {
            var p = end + 2
            while p < tokens.count, p - (end + 2) < 3, tokens[p].isWord, tokens[p].isCapitalized,
                !EntityLexicon.productHeads.contains(tokens[p].text)
            {
                p += 1
            }
            guard p < tokens.count else { return false }
            let product = tokens[p]
            if p > end + 2, product.isWord, EntityLexicon.productHeads.contains(product.text),
                !headsOfOtherNames.contains(product.text)
            {
                return true
            }
            return product.isWord && product.startsLowercase
                && (EntityProductWords.nouns.contains(product.lower)
                    || EntityLexicon.wholeProductNouns.contains(product.lower))
        }
        return owned.isWord && owned.isCapitalized && hasModelCodeAfter((end + 1)..<(end + 2), in: tokens)
    }

    /// Verbs of making before `by` and a maker's one-word name: `made by Tarnix`, `developed by Vesko`, a game
    /// `published by Orbix`.
    static let makersVerbs: WordSet = ["made", "manufactured", "built", "developed", "published", "designed"]

    /// `2.6GHz Tarnix`, `Vesko HDMI`: a run without a unit or a standard at either end (one glued to a
    /// number before it, or a standard of the product list), which names no part of a name.
    static func withoutSpecificationEdges(_ run: Range<Int>, in tokens: [Token]) -> Range<Int> {
        func isSpecification(_ k: Int) -> Bool {
            let token = tokens[k]
            if EntityProductWords.specs.contains(token.text) { return true }
            guard k > 0, tokens[k - 1].isNumber, !token.spaceBefore else { return false }
            return EntityLexicon.technicalAcronyms.contains(token.text) || token.isAllCaps
        }
        var start = run.lowerBound, end = run.upperBound
        while start < end, isSpecification(start) { start += 1 }
        while end > start, isSpecification(end - 1) { end -= 1 }
        return start..<end
    }

    /// `Tarnix Vello` (``namesProduct(_:in:)``), `Tarnix Vello Pro` (a product's head last), `Tarnix Core
    /// i7`: a company the lexicon knows, then its product: the company's mention alone.
    func makerOfProduct(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>, initial: Bool
    ) -> Candidate? {
        guard range.count >= 2 else { return nil }
        let tokens = paragraph.tokens
        let maker = range.lowerBound..<(range.lowerBound + 1)
        guard let evidence = knownEvidence(maker, in: paragraph), evidence.kind == .organization,
            knownEvidence(range, in: paragraph) == nil
        else { return nil }
        guard
            namesProduct(range, in: paragraph)
                || EntityLexicon.endsProductName(tokens, last: range.upperBound - 1)
                || Self.hasProductShape(range, in: tokens) || namesCarModel(range, in: paragraph)
        else { return nil }
        return candidate(maker, in: paragraph, sentence: sentence, initial: initial, evidence: evidence)
    }

    /// `Vesk Corsa`, `Vesk Grand Tourer`: a carmaker the lexicon knows (``EntityLexicon/carmakers``), then one
    /// or two capitalised words that are no head of a company's name (`Vesk Motors`, `Vesk Group`), no place
    /// (`Vesk Europe`) and no known name: the model's name.
    func namesCarModel(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        guard (2...3).contains(range.count), EntityLexicon.carmakers.contains(tokens[range.lowerBound].text) else {
            return false
        }
        return ((range.lowerBound + 1)..<range.upperBound).allSatisfy { k in
            let word = tokens[k]
            return word.isWord && word.isCapitalized && !word.isAllCaps
                && !EnglishLexicon.organizationHeads.contains(word.text)
                && !EntityLexicon.companyHeads.contains(word.text)
                && !EntityLexicon.firmHeads.contains(word.text) && !EntityLexicon.clubLastWords.contains(word.text)
                && !EntityLexicon.runBreakers.contains(word.text) && !EnglishLexicon.notNames.contains(word.text)
                && gazetteer.place(named: word.text) == nil && knownSpan(at: k, limit: k + 1, in: paragraph) == nil
        }
    }
}
