/// A clause that speaks of `the fighting` or `the war` and names no place, in a sentence whose other
/// clause names the country that owns the war: `Talks over Syria's war broke down; the fighting has
/// cost 90,000 lives` → Syria; or a clause that names the war by its country's nationality: `The Lorian
/// civil war has claimed 90,000 lives` → Loria.
extension FigureParagraphReader {
    /// The country owning a war in another clause of the sentence (``isOwnerOfConflict(_:)``), for a
    /// figure whose clause names no place but points back to that war with `the` and a noun of conflict;
    /// nil when the sentence names any other place.
    func conflictOwner(outside clause: Range<Int>, in sentence: Range<Int>) -> String? {
        guard clause != sentence,
            clause.contains(where: { i in
                i > clause.lowerBound && tokens[i - 1].lowerIs("the")
                    && FigureLexicon.conflictNouns.contains(lowerOf: tokens[i])
            })
        else { return nil }
        let named = places.filter { sentence.contains($0.tokens.lowerBound) }
        guard named.count == 1, !clause.contains(named[0].tokens.lowerBound), isOwnerOfConflict(named[0]) else {
            return nil
        }
        return siteName(named[0])
    }

    /// `The Yemeni military conflict has claimed the lives of 90,000 people`, `90,000 people have died in the
    /// Yemeni civil war`: the country whose nationality names the war (`the`, the nationality, at most two
    /// words, a noun of war; not `fighting`, `violence` or `crisis`, which may be elsewhere: `the Yemeni
    /// refugee crisis`), for a toll's clause that names no place.
    func countryOfNationalConflict(in clause: Range<Int>) -> String? {
        guard clause.contains(where: { Self.nationalConflictTollWords.contains(lowerOf: tokens[$0]) }) else {
            return nil
        }
        return countryNamingAWar(in: clause)
    }

    /// `the Yemeni civil war`, `The Lorian conflict began …`: the country whose nationality names a war in the
    /// stretch (as ``countryOfNationalConflict(in:)`` reads it, toll or none), nil when none does.
    func countryNamingAWar(in clause: Range<Int>) -> String? {
        for i in clause where FigureLexicon.conflictNouns.contains(lowerOf: tokens[i])
            && !FigureLexicon.conflictNounsNamingNoWar.contains(lowerOf: tokens[i]) && !tokens[i].lowerIs("turmoil")
        {
            var k = i - 1
            while k > clause.lowerBound, i - k <= 3, tokens[k].isWord, !tokens[k].isCapitalized,
                !FigureLexicon.phraseBreakers.contains(lowerOf: tokens[k])
            {
                k -= 1
            }
            guard k > clause.lowerBound, tokens[k].isCapitalized, tokens[k - 1].lowerIs("the"),
                let country = gazetteer.country(forDemonym: tokens[k].text)
            else { continue }
            return country
        }
        return nil
    }

    /// Words of a toll that a war named by its nationality took: `has claimed`, `killed`, `died`.
    static let nationalConflictTollWords: WordSet = FigureLexicon.casualtyWords.union(tollTakingVerbs)
        .union(["lives", "deaths"])
}
