/// A clause that speaks of `the fighting` or `the war` and names no place, in a sentence whose other
/// clause names the country that owns the war: `Talks over Syria's war broke down; the fighting has
/// cost 90,000 lives` → Syria.
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
}
