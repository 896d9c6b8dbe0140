/// A war's total whose stretch only the sentence before names: `Marlovia has been in turmoil since March
/// 2014. Since then, 40,000 people have been killed.` (the period is `since March 2014`, not the bare words
/// `Since then`), `… a revolt that began in 2013. The conflict has claimed 9,000 lives.` (`since 2013`), `…
/// The United Nations says the war has killed 9,000.`, `… More than 9,000 people have been killed.` (a total
/// naming nothing of its own). Only
/// the sentence right before in the paragraph is read, and only a total of harm or strikes takes it; a
/// country that sentence opens on is the total's earlier sentence's place (``Figure/earlierSite``: its site
/// stays its own sentence's), when its own clause names none.
extension FigureParagraphReader {
    /// Gives the sentence's totals with no stretch of their own (or only `since then`) the stretch the
    /// sentence before names, when the sentence points back to it: it opens on `Since then`, a total says
    /// `since then`, or it opens on the conflict itself (`The war has killed …`).
    func takeEarlierSentencePeriod(_ figures: inout [Figure], sentence: Range<Int>) {
        let opensOnSinceThen = isSinceThen(at: sentence.lowerBound, in: sentence)
        let opensOnTheConflict = opensOnConflict(sentence) || namesTheConflict(sentence)
        let namesNothing = namesNothingOfItsOwn(sentence)
        let needing = figures.indices.filter { index in
            let figure = figures[index]
            guard figure.isRunningTotal, figure.kind == .count, let event = figure.event,
                FigureVocabulary.casualtyEvents.contains(event) || FigureVocabulary.strikeEvents[event] != nil
            else { return false }
            if let period = figure.period { return period.lowercased() == "since then" }
            return opensOnSinceThen || opensOnTheConflict || namesNothing && figure.site == nil
        }
        guard !needing.isEmpty else { return }
        let current = paragraph.firstSentence(startingFrom: sentence.lowerBound)
        guard current > 0 else { return }
        let before = paragraph.sentences[current - 1]
        var earlier = before
        var start = startOfStretch(in: before)
        // (`Protests began in March 2014. They were crushed. The war has killed …`: a sentence between that
        // names nothing of its own tells of the same war.)
        if start == nil, opensOnSinceThen || opensOnTheConflict, current > 1, namesNothingButWords(before) {
            earlier = paragraph.sentences[current - 2]
            start = startOfStretch(in: earlier)
        }
        guard let start else { return }
        // (`Loria has been at war since 2014. The conflict has claimed …`: Loria's war; `Ten years of war in
        // Loria: protests began in 2014. …`, the same.)
        // (`The Lorian conflict began in 2014. … More than 9,000 people have been killed.`: Loria's.)
        // (`The American war in Tarvan and Vessa began …`: a nationality before a war the sentence places
        // names the side that fights, not where; only a sentence naming no place takes it.)
        let country =
            countryOpening(earlier) ?? countryOfTheWar(in: earlier) ?? countryNamingAPlacelessWar(in: earlier)
            ?? (earlier != before ? countryOfTheWar(in: before) ?? countryNamingAPlacelessWar(in: before) : nil)
        for index in needing {
            figures[index].period = start
            if figures[index].site == nil, figures[index].earlierSite == nil, let country {
                figures[index].earlierSite = country
            }
        }
    }

    /// The country whose nationality names the war (``countryNamingAWar(in:)``) in a sentence that names no
    /// place of its own: `The Lorian conflict broke out in 2014.` (not `The American war in Tarvan …`).
    func countryNamingAPlacelessWar(in sentence: Range<Int>) -> String? {
        // (Read from the paragraph's mentions: ``places`` holds only the current sentence's.)
        guard
            !entities.mentions(in: sentence, paragraph: paragraph.position).contains(where: {
                entities.entities[$0.entity].kind == .place
            })
        else { return nil }
        return countryNamingAWar(in: sentence)
    }

    /// `The United Nations says the war has killed …`: the conflict pointed back to (`the`, at most one word,
    /// and its noun) anywhere in the sentence, as no other (`a war`, `another conflict`) is.
    func namesTheConflict(_ sentence: Range<Int>) -> Bool {
        sentence.contains { i in
            guard FigureLexicon.conflictNouns.contains(lowerOf: tokens[i]),
                !FigureLexicon.conflictNounsNamingNoWar.contains(lowerOf: tokens[i])
            else { return false }
            return i > sentence.lowerBound && tokens[i - 1].lowerIs("the")
                || i - 1 > sentence.lowerBound && tokens[i - 2].lowerIs("the") && tokens[i - 1].isWord
                    && !tokens[i - 1].isCapitalized
        }
    }

    /// `More than 200,000 people have been killed and half the population has fled.`: a total right after
    /// the war's start that names no place, no one and no other stretch of its own (no capitalized word but
    /// its first) goes on with that war.
    /// (Nor a population a place holds: `The town has become home to thousands displaced by fighting.`)
    func namesNothingOfItsOwn(_ sentence: Range<Int>) -> Bool {
        sentence.dropFirst().allSatisfy { !tokens[$0].isCapitalized }
            // (Nor one telling of a conflict of its own: `Aid agencies say a war in the north has killed …`.)
            && !sentence.contains { i in
                i > sentence.lowerBound && FigureLexicon.conflictNouns.contains(lowerOf: tokens[i])
                    && !tokens[i - 1].lowerIs("the")
            }
            && !sentence.contains {
                tokens[$0].lowerIs("home") || FigureLexicon.hostingWords.contains(lowerOf: tokens[$0])
                    || FigureLexicon.livingWords.contains(lowerOf: tokens[$0])
            }
    }

    /// The country a sentence opens on as its subject (`Loria has been at war since 2014`), as the article
    /// spells it: the place of the war whose total the sentence after gives.
    func countryOpening(_ sentence: Range<Int>) -> String? {
        guard !sentence.isEmpty,
            let first = entities.mentions(in: sentence.lowerBound..<(sentence.lowerBound + 1), paragraph: paragraph.position)
                .first,
            entities.entities[first.entity].kind == .place, isCountry(first)
        else { return nil }
        return siteName(first)
    }

    /// `They were crushed, and an armed revolt followed.`: a sentence with no name, number or place after its
    /// first word.
    func namesNothingButWords(_ sentence: Range<Int>) -> Bool {
        sentence.dropFirst().allSatisfy { !tokens[$0].isCapitalized && !tokens[$0].isNumber }
    }

    /// `… a civil war in Loria`, `ten years of conflict in Loria`: the one place the sentence names, a
    /// country, named right after a noun of war and `in` as where the war is.
    func countryOfTheWar(in sentence: Range<Int>) -> String? {
        let named = places.filter { sentence.contains($0.tokens.lowerBound) }
        guard let country = named.first, Set(named.map(siteName)).count == 1, isCountry(country) else { return nil }
        let start = country.tokens.lowerBound
        guard start - 2 >= sentence.lowerBound, tokens[start - 1].lowerIs("in"),
            FigureLexicon.conflictNouns.contains(lowerOf: tokens[start - 2]),
            !FigureLexicon.conflictNounsNamingNoWar.contains(lowerOf: tokens[start - 2]),
            !tokens[start - 2].lowerIs("turmoil")
        else { return nil }
        return siteName(country)
    }

    /// Words of holding power before a `since` that dates the rule, not a war: `in power since 1963`.
    static let wordsOfARule: WordSet = ["power", "office", "rule", "ruled", "ruling", "reign", "reigned", "governed"]

    /// `since then` at `k`.
    func isSinceThen(at k: Int, in sentence: Range<Int>) -> Bool {
        k + 1 < sentence.upperBound && tokens[k].lowerIs("since") && tokens[k + 1].lowerIs("then")
    }

    /// `The war has …`, `The conflict, which …`, `The civil war has …`: the sentence's subject is the conflict
    /// (its noun within the first three words after `The`).
    func opensOnConflict(_ sentence: Range<Int>) -> Bool {
        guard sentence.count > 2, tokens[sentence.lowerBound].lowerIs("the") else { return false }
        let opening = (sentence.lowerBound + 1)..<min(sentence.upperBound, sentence.lowerBound + 4)
        return opening.contains { FigureLexicon.conflictNouns.contains(lowerOf: tokens[$0]) }
            && !opening.contains { FigureLexicon.conflictNounsNamingNoWar.contains(lowerOf: tokens[$0]) }
    }

    /// The moment a sentence says something began, as a stretch from it: `since early 2011` (`… has been at
    /// war since early 2011`), `since March 2014`, `since 2013` (`a revolt that began in 2013`, `broke out in
    /// 2013`, `slid into war in 2013`). A year must be named (not `since Tuesday`, which is no war's start),
    /// and no record dated (`the deadliest attack since 2015`).
    func startOfStretch(in sentence: Range<Int>) -> String? {
        // (A `since` tells of a war only in a sentence about one: not `Food prices have doubled since 2014`.)
        let tellsOfWar = sentence.contains {
            FigureLexicon.conflictNouns.contains(lowerOf: tokens[$0]) || Self.beginningVerbs.contains(lowerOf: tokens[$0])
        }
        for i in sentence where tokens[i].lowerIs(oneOf: ["since", "in"]) {
            // (Not a record's `since`: `the deadliest attack since 2015`.)
            if tokens[i].lowerIs("since"), !tellsOfWar || isRecord(before: i, in: sentence, figure: -1) { continue }
            // (Not a rule's: `the regime in power since 1963`, `ruled since 2000`.)
            if tokens[i].lowerIs("since"), i > sentence.lowerBound, Self.wordsOfARule.contains(lowerOf: tokens[i - 1]) {
                continue
            }
            if tokens[i].lowerIs("in") {
                guard i > sentence.lowerBound else { continue }
                // (`began in`, `broke out in`; `descended into war in`.)
                let verb = tokens[i - 1].lowerIs("out") && i - 2 >= sentence.lowerBound ? i - 2 : i - 1
                guard Self.beginningVerbs.contains(lowerOf: tokens[verb])
                    || FigureLexicon.conflictNouns.contains(lowerOf: tokens[i - 1])
                else { continue }
            }
            var j = i + 1
            if j < sentence.upperBound, tokens[j].lowerIs(oneOf: ["early", "late", "mid"]) { j += 1 }
            guard let moment = monthOrYear(at: j, in: j..<sentence.upperBound), tokens[moment.upperBound - 1].isNumber
            else { continue }
            return "since " + paragraph.text(of: (i + 1)..<moment.upperBound)
        }
        return nil
    }
}
