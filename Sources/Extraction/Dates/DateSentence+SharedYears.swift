/// A day and month whose year the same phrase gives later: `on 3 May and 5 May 2015` (the pair shares the
/// second day's year), `the 8 June bombings in 2004` (a happening named by its day, its year after it). The
/// day takes that year, not the one nearest the publication date.
extension DateSentence {
    /// Gives each day-month without a year the year its phrase gives later, if any.
    func lendLaterYears(_ atoms: inout [DateAtom]) {
        for index in atoms.indices {
            guard atoms[index].end == nil,
                case .calendarDay(.none, let month, let day, let weekday) = atoms[index].start
            else { continue }
            let joined =
                index + 1 < atoms.count
                ? yearOfAJoinedDay(after: atoms[index], month: month, day: day, next: atoms[index + 1]) : nil
            guard let year = joined ?? yearAfterANamedHappening(atoms[index].tokens),
                CivilDate.isValid(year: year, month: month, day: day)
            else { continue }
            atoms[index].start = .calendarDay(year: year, month: month, day: day, weekday: weekday)
        }
    }

    /// `3 May and 5 May 2015`, `May 3, and May 5, 2015`: the year of the next day, joined by `and`/`or` (and
    /// commas, and `on`), when that day falls later in the year.
    func yearOfAJoinedDay(after atom: DateAtom, month: Int, day: Int, next: DateAtom) -> Int? {
        guard case .calendarDay(let year?, let nextMonth, let nextDay, _) = next.start,
            (month, day) < (nextMonth, nextDay)
        else { return nil }
        let between = atom.tokens.upperBound..<next.tokens.lowerBound
        guard between.count >= 1, between.count <= 3,
            between.contains(where: { ["and", "or"].contains(tokens[$0].lower) }),
            between.allSatisfy({ ["and", "or", "on", ","].contains(tokens[$0].lower) })
        else { return nil }
        return year
    }

    /// `the 11 May attacks in 2004`, `the 8 June bombing of 2004`: a day after `the`, then up to three
    /// lowercase words naming a happening, then `in` or `of` and a year.
    func yearAfterANamedHappening(_ day: Range<Int>) -> Int? {
        guard lower(day.lowerBound - 1) == "the" else { return nil }
        let j = day.upperBound
        var k = j
        while k < j + Self.namedHappeningReach, let t = token(k), t.isWord, t.startsLowercase {
            if k > j, ["in", "of"].contains(t.lower) {
                guard ArticleExtractor.headsAHappening(from: j, in: tokens), let year = yearNumber(at: k + 1) else {
                    return nil
                }
                return year
            }
            k += 1
        }
        return nil
    }

    /// How many words after a day its happening's `in`/`of` may stand.
    static let namedHappeningReach = 4
}
