/// Products written with a version number (`Internet Explorer 6`, `Firefox 3`) or before the kind of
/// product they are (`the Atlas Cross Sport SUV`): not one of the scored kinds, in that mention or any
/// other of the article.
extension EntityExtractor {
    /// The candidates without those whose name the article writes once with a version number after it.
    /// Only names whose kind comes from their shape or weak context: a known or headed name stays.
    func withoutVersionedProducts(_ candidates: [Candidate], in article: AnalyzedArticle) -> [Candidate] {
        var products = Set<String>()
        for candidate in candidates where Self.isWeakPersonOrUnknown(candidate) {
            if Self.hasVersionAfter(candidate, in: article) || Self.hasProductNounAfter(candidate, in: article) {
                products.insert(candidate.name)
            }
        }
        for candidate in candidates
        where Self.isWeakOneWordName(candidate) && Self.hasMachineNounAfter(candidate, in: article) {
            products.insert(candidate.name)
        }
        let models = candidates.indices.filter { namesModelLikePlace(candidates[$0], in: article) }
        guard !products.isEmpty || !models.isEmpty else { return candidates }
        var result: [Candidate] = []
        var newIndex = [Int?](repeating: nil, count: candidates.count)
        var modelMentions = Set(models)
        func isProduct(_ candidate: Candidate) -> Bool {
            products.contains(candidate.name)
                && (Self.isWeakPersonOrUnknown(candidate) || Self.isWeakOneWordName(candidate))
        }
        for (i, candidate) in candidates.enumerated() where !isProduct(candidate) && modelMentions.remove(i) == nil {
            var candidate = candidate
            candidate.alternativeOf = candidate.alternativeOf.flatMap { newIndex[$0] }
            newIndex[i] = result.count
            result.append(candidate)
        }
        return result
    }

    /// `Sierra pickups`, `the Orion consoles`: one word the gazetteer knows as a town or a region (not a
    /// country: `Japan cars`), right before a product noun, names a model in that mention, no place.
    private func namesModelLikePlace(_ candidate: Candidate, in article: AnalyzedArticle) -> Bool {
        guard candidate.tokens.count == 1, let evidence = candidate.evidence, evidence.kind == .place,
            evidence.weight <= Evidence.known, gazetteer.place(named: candidate.name)?.kind != .country
        else { return false }
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let k = candidate.tokens.upperBound
        guard k < tokens.count, tokens[k].isWord, tokens[k].startsLowercase || tokens[k].isAllCaps,
            EntityLexicon.wholeProductNouns.contains(tokens[k].lower),
            // `Tarn car bomb`, `the Vesk engine plant`: the noun modifies another noun after it.
            k + 1 >= tokens.count || !tokens[k + 1].isWord || !tokens[k + 1].startsLowercase
                || EnglishWords.bundled.partOfSpeech(of: tokens[k + 1].lower) != .noun
        else { return false }
        return !EntityLexicon.isAllCapitals(candidate.name)
    }

    /// Two words or more (`Mazzeh 86` is a district's name), with no Arabic article (`al-Mazzeh 86`).
    private static func isWeakPersonOrUnknown(_ candidate: Candidate) -> Bool {
        guard !candidate.titleOnly, !candidate.genericHead, candidate.tokens.count >= 2,
            // (No hyphen, no `al-`: the lowercase form is made only for a name with one.)
            !(candidate.name.utf8.contains(UInt8(ascii: "-")) && candidate.name.lowercased().contains("al-"))
        else { return false }
        guard let evidence = candidate.evidence else { return true }
        return evidence.kind == .person && evidence.weight <= Evidence.context
    }

    /// One word that neither the lexicon nor the gazetteer knows nor its own structure types.
    private static func isWeakOneWordName(_ candidate: Candidate) -> Bool {
        !candidate.titleOnly && !candidate.genericHead && candidate.tokens.count == 1
            && (candidate.evidence?.weight ?? 0) <= Evidence.cue
    }

    /// `the Zephyr supercomputer`, `the Vela simulation`: a lowercase noun of a machine or a model right
    /// after one word names that machine, no person or organisation.
    static let machineNouns: WordSet = [
        "supercomputer", "supercomputers", "simulation", "simulations", "rover", "spacecraft", "chatbot",
    ]
    private static func hasMachineNounAfter(_ candidate: Candidate, in article: AnalyzedArticle) -> Bool {
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let k = candidate.tokens.upperBound
        return k < tokens.count && tokens[k].isWord && tokens[k].startsLowercase
            && machineNouns.contains(tokens[k].lower)
    }

    /// `a Marlow Sport Cross SUV`, `the Velto Prime sedan`: a lowercase product noun (or `SUV`) right after;
    /// not after a given name, whose picture a product may carry (`the Annie Oakley screen print`).
    private static func hasProductNounAfter(_ candidate: Candidate, in article: AnalyzedArticle) -> Bool {
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let k = candidate.tokens.upperBound
        guard k < tokens.count, tokens[k].isWord, tokens[k].startsLowercase || tokens[k].isAllCaps,
            !EntityGivenNames.common.contains(tokens[candidate.tokens.lowerBound].lower)
        else { return false }
        if EntityLexicon.productNouns.contains(tokens[k].lower) { return true }
        // `Corvan Ridge pickups were recalled`; but a person `jets off` or `phones Ann Roe`: the nouns that are
        // also verbs mark a model only where a verb could not stand (before punctuation, an auxiliary, `and`).
        guard EntityLexicon.modelNouns.contains(tokens[k].lower) else { return false }
        return k + 1 == tokens.count || tokens[k + 1].kind == .punctuation
            || Self.wordsAfterAModelNoun.contains(tokens[k + 1].lower)
    }

    /// Words after a plural noun that show it is no verb: auxiliaries, conjunctions, `of`.
    static let wordsAfterAModelNoun: WordSet = [
        "were", "was", "are", "is", "have", "had", "has", "will", "would", "could", "can", "and", "or", "that",
        "which", "of", "sold", "made", "built",
    ]

    /// `Internet Explorer 6 at work`, `The Internet Explorer 6 Countdown`: a number of one or two digits
    /// right after the name, not counting the noun after it (`Jane Smith 2 goals`).
    private static func hasVersionAfter(_ candidate: Candidate, in article: AnalyzedArticle) -> Bool {
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let k = candidate.tokens.upperBound
        guard k < tokens.count, tokens[k].isNumber, tokens[k].text.utf8.count <= 2,
            tokens[k].text.utf8.allSatisfy({ (48...57).contains($0) })
        else { return false }
        guard k + 1 < tokens.count else { return true }
        let first = tokens[candidate.tokens.lowerBound]
        let next = tokens[k + 1]
        // `Greg Blewett 64 ; Courtney Walsh 3-70`: a player's score in a list of players (not `Steve
        // Rubell of Studio 54`, a name with a lowercase word that ends in a club's).
        if candidate.tokens.allSatisfy({ tokens[$0].isCapitalized }),
            first.isCapitalized && !first.isAllCaps && EntityGivenNames.common.contains(first.lower)
                || next.isPunctuation(";") || next.isPunctuation(")") || next.isPunctuation("-") && !next.spaceBefore
        {
            return false
        }
        if next.isWord, !next.isCapitalized { return EnglishWords.bundled.partOfSpeech(of: next.lower) != .noun }
        return !next.isPunctuation("%")
    }
}
