/// More titles of works written like names. A run after a capitalised `My` or `Your` inside a sentence is a
/// title (`roles in My Tarvan Summer`); a title inside quotation marks after a work's noun is a title whole,
/// though a comma splits it (`a poem called “Ash Moon, Vessa Pier”`); capitalised words after `called The`, `titled The` when a work's noun comes just before (`the
/// book was called The Maresk Wager`); a run right before a year alone in brackets (`Harbour of Glass
/// (1987)`). A title so named is a title in every other mention of the article
/// that nothing stronger than a cue types.
extension EntityExtractor {
    /// Words that introduce a title after a work's noun: `a poem called`, `the book was titled`.
    static let titleIntroducers: WordSet = ["called", "titled", "entitled", "named"]

    /// The capitalised possessives that open titles written inside a sentence: `in My Tarvan Summer`. (Not
    /// `Our`: `Our Lady of …` names churches and schools.)
    static let titlePossessives: WordSet = ["My", "Your"]

    /// `roles in My Tarvan Summer`: a capitalised `My` or `Your` right before the run, after a lowercase
    /// word of the same sentence (a sentence's own `My father` opens no title).
    static func followsTitlePossessive(_ candidate: Candidate, in article: AnalyzedArticle) -> Bool {
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let k = candidate.tokens.lowerBound
        guard k >= 2, titlePossessives.contains(tokens[k - 1].text) else { return false }
        return tokens[k - 2].isWord && tokens[k - 2].startsLowercase
    }

    /// `a poem called “Ash Moon, Vessa Pier”`, `the song "Dornholm Nights"`: the run inside quotation marks
    /// (opened at most eight tokens before it, closed at most eight after, no mark between) right after a
    /// work's noun, or after the noun and `called`.
    static func standsInQuotedTitle(_ candidate: Candidate, in article: AnalyzedArticle) -> Bool {
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let start = candidate.tokens.lowerBound, end = candidate.tokens.upperBound
        var open = start - 1
        while open >= 0, start - open <= 8, !isOpeningQuote(tokens[open]), !isClosingQuote(tokens[open]),
            !tokens[open].isSentenceEnd
        {
            open -= 1
        }
        guard open >= 1, start - open <= 8, isOpeningQuote(tokens[open]), !tokens[open + 1].spaceBefore,
            precededByWorkNoun(open, in: tokens)
        else { return false }
        var close = end
        while close < tokens.count, close - end < 8, !isClosingQuote(tokens[close]), !isOpeningQuote(tokens[close]),
            !tokens[close].isSentenceEnd
        {
            close += 1
        }
        // (A full stop or a comma written inside the marks before they close.)
        if close < tokens.count, tokens[close].isSentenceEnd, close + 1 < tokens.count,
            isClosingQuote(tokens[close + 1]), !tokens[close + 1].spaceBefore
        {
            close += 1
        }
        return close < tokens.count && close - end <= 8 && isClosingQuote(tokens[close]) && !tokens[close].spaceBefore
    }

    /// `the book was called The Maresk Wager`: `The` right before the run, a word introducing a title before
    /// it, and a work's noun at most two words before that.
    static func followsCalledThe(_ candidate: Candidate, in article: AnalyzedArticle) -> Bool {
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let k = candidate.tokens.lowerBound
        guard k >= 3, tokens[k - 1].text == "The", titleIntroducers.contains(tokens[k - 2].lower) else { return false }
        return precededByWorkNoun(k - 1, in: tokens)
    }

    /// `Harbour of Glass (1987)`: a run right before a year alone in brackets is a work's title with the year
    /// it came out. Not a given name first (`Ann Vessa (1952)`), nor a head of an organisation's or a place's
    /// name last (`Kestrel Rovers (1921)`).
    func precedesYearInBrackets(_ candidate: Candidate, in article: AnalyzedArticle) -> Bool {
        let tokens = article.paragraphs[candidate.paragraph].tokens
        let k = candidate.tokens.upperBound
        // (One word before a year is as often an author's citation: `Vessa (2004) found`.)
        guard candidate.tokens.count >= 2, k + 2 < tokens.count, tokens[k].isPunctuation("("),
            tokens[k + 2].isPunctuation(")")
        else { return false }
        let year = tokens[k + 1].text
        guard year.utf8.count == 4, year.utf8.allSatisfy({ (48...57).contains($0) }), let value = Int(year),
            DateLexicon.yearsOfWorks.contains(value), !isGivenName(tokens[candidate.tokens.lowerBound])
        else { return false }
        let last = tokens[k - 1].text
        return !EnglishLexicon.organizationHeads.contains(last) && !EntityLexicon.companyHeads.contains(last)
            && !EntityLexicon.placeNameHeads.contains(last) && !EntityLexicon.clubLastWords.contains(last)
            && !EntityLexicon.corporateSuffixes.contains(last)
    }

    /// A lowercase work's noun right before `k`, or before a title's introducer there (and a form of `be`).
    private static func precededByWorkNoun(_ k: Int, in tokens: [Token]) -> Bool {
        var j = k - 1
        if j >= 0, titleIntroducers.contains(tokens[j].lower) { j -= 1 }
        if j >= 0, ["was", "is", "were", "be", "been"].contains(tokens[j].lower) { j -= 1 }
        guard j >= 0 else { return false }
        let noun = tokens[j]
        return noun.isWord && noun.startsLowercase && workCues.contains(noun.lower)
            && !workCuesAfterDeterminer.contains(noun.lower) && !titleIntroducers.contains(noun.lower)
    }

    /// The names of the candidates that these rules read as titles: every other mention of one typed by no
    /// more than a cue is the title too (`The Maresk Wager is a cabinet of wonders`). A run after `My` that
    /// the article also writes without it names its owner, not a title (`the My Kestrel Search page` beside
    /// `a spokesman for Kestrel Search`).
    func namesOfWorkTitles(_ candidates: [Candidate], in article: AnalyzedArticle) -> Set<String> {
        var titles = Set<String>()
        var afterPossessive = Set<String>(), withoutPossessive = Set<String>()
        for candidate in candidates {
            if Self.followsTitlePossessive(candidate, in: article) {
                if (candidate.evidence?.weight ?? 0) < Evidence.known { afterPossessive.insert(candidate.name) }
            } else {
                withoutPossessive.insert(candidate.name)
            }
        }
        for k in candidates.indices where (candidates[k].evidence?.weight ?? 0) < Evidence.known {
            let candidate = candidates[k]
            if Self.standsInQuotedTitle(candidate, in: article) || Self.followsCalledThe(candidate, in: article)
                || precedesYearInBrackets(candidate, in: article)
            {
                titles.insert(candidate.name)
            }
        }
        return titles.union(afterPossessive.subtracting(withoutPossessive))
    }
}
