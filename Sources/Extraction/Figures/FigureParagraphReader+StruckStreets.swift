/// `Four people were wounded when two mortar rounds hit the Saadi Square`: a street or a square is too fine
/// to be a site while the clause names the town it is in (`hit Saadi Square in Karmel`: Karmel), but when
/// it is the one place the clause names and a strike hit it, it is the most precise place the text gives.
extension FigureParagraphReader {
    /// The street or square the clause says a strike hit (`hit`, `struck`, `targeted`, `shelled`, `an attack
    /// on`), when the clause names no other place; nil otherwise.
    func struckStreet(in clause: Range<Int>) -> String? {
        let named = places(startingIn: clause)
        guard let street = named.first, named.allSatisfy({ siteName($0) == siteName(street) }),
            isStreet(street), isStruck(street), !isActorsPlace(street), !isInAsideAboutTheSource(street)
        else { return nil }
        return siteName(street)
    }
}
