/// `In Tarn and Vesk prices rose by 2% and 1% respectively`: a list of places and a list of figures as long,
/// paired in order by `respectively`.
extension FigureParagraphReader {
    /// The place the clause pairs with the figure at `numeralStart` by `respectively` after it: the k-th
    /// figure's site is the k-th place of the one list of places the clause names. Nil when the clause says
    /// no `respectively`, or its places and numbers are not two lists as long (a date, a third number, a
    /// place outside the list: unsure, no site).
    func respectivePlace(numeralStart: Int, clause: Range<Int>) -> String? {
        guard let respectively = clause.first(where: { tokens[$0].lowerIs("respectively") }),
            respectively > numeralStart
        else { return nil }
        let named = places(startingIn: clause).filter { !namesNoSite($0) }
        guard named.count >= 2, named.count <= 6, Set(named.map(siteName)).count == named.count,
            zip(named, named.dropFirst()).allSatisfy({ isNextInList($0.0, $0.1) })
        else { return nil }
        // The numbers of the clause, a run of numeral words counted once (`two thousand`).
        var numbers: [Int] = []
        for i in clause where isNumeral(tokens[i]) && !(i > clause.lowerBound && isNumeral(tokens[i - 1])) {
            numbers.append(i)
            if numbers.count > named.count { return nil }
        }
        guard numbers.count == named.count, let k = numbers.firstIndex(of: numeralStart) else { return nil }
        // Each list whole on one side of the other: `in Tarn and Vesk … 2% and 1%` or `2% and 1% in Tarn and Vesk`.
        let placesFirst = named.last!.tokens.upperBound <= numbers.first!
        let numbersFirst = numbers.last! < named.first!.tokens.lowerBound
        guard placesFirst || numbersFirst else { return nil }
        return siteName(named[k])
    }

    /// `Tarn and Vesk`, `Tarn, Vesk and the Arlow region`: `next` follows `place` in a list of places, only
    /// commas, `and`, `the` and place nouns between them.
    func isNextInList(_ place: EntityExtractor.MentionReference, _ next: EntityExtractor.MentionReference) -> Bool {
        // (`Chile-Peru`: mentions that overlap or run backwards have no gap between them.)
        guard next.tokens.lowerBound > place.tokens.upperBound else { return false }
        let gap = place.tokens.upperBound..<next.tokens.lowerBound
        guard gap.count <= 4 else { return false }
        return gap.allSatisfy {
            tokens[$0].lowerIs(oneOf: ["and", "the"]) || tokens[$0].isPunctuation(",")
                || EnglishLexicon.placeHeads.contains(lowerOf: tokens[$0])
        }
    }
}
