import Extraction

/// Which spelling names an entity of the archive when an article names it another way.
///
/// A spelling of the same loose key (``EntityResolver/looseKey(_:)``) names it in this order: one not
/// all in capitals over one that is (`Raqqa` over a headline's `RAQQA`); a place name the gazetteer
/// knows over one it does not; one without an apostrophe `s` over one with it; of a name and itself
/// with an `s`, for a person the name (`Bashar Assad` over `Bashar Assads`), else the one stored first
/// (`Free Syrian Armys` and `Syrian Democratic Forces` look alike); else the longer (`Rami Abdel-Rahman`
/// over `Rami Abdelrahman`). A tie keeps the name stored first. Another name names it only when it is
/// the full name of the acronym the entity is stored under (`Syrian Democratic Forces`, written with
/// `SDF`, over `SDF`), or a person's full name over the initial form it is stored under (`Tomas Varden` over
/// a line-up's `T Varden`): a longer name found through an alias is often one with words glued to it
/// (`Oscar for Jane Moss`).
///
///     EntityNaming.prefers("Syrian Democratic Forces", aliases: ["SDF"], over: "SDF", kind: .organization)
enum EntityNaming {
    /// Whether `written`, with the article's `aliases` for it, should name the entity of `kind` stored
    /// as `stored`. `isKnownPlace` says whether the gazetteer knows a name.
    static func prefers(
        _ written: String, aliases: [String] = [], over stored: String, kind: ExtractedEntity.Kind,
        isKnownPlace: (String) -> Bool = { _ in false }
    ) -> Bool {
        guard EntityResolver.looseKey(written) == EntityResolver.looseKey(stored) else {
            // `Tomas Varden` over `T Varden`, the initial form a line-up stored first.
            if kind == .person, EntityResolver.isInitialForm(stored, of: written) { return true }
            return isInCapitals(stored) && !stored.utf8.contains(UInt8(ascii: " "))
                && written.utf8.contains(UInt8(ascii: " ")) && !isInCapitals(written)
                && aliases.contains(stored)
        }
        if isInCapitals(written) != isInCapitals(stored) { return isInCapitals(stored) }
        if kind == .place, isKnownPlace(written) != isKnownPlace(stored) { return isKnownPlace(written) }
        if hasApostropheS(written) != hasApostropheS(stored) { return hasApostropheS(stored) }
        // `Bashar Assads` is a person's possessive; `Free Syrian Armys` and `Syrian Democratic Forces` cannot be
        // told apart from their form, so the name stored first stays.
        if isPossessive(written, of: stored) { return false }
        if isPossessive(stored, of: written) { return kind == .person }
        return written.count > stored.count
    }

    /// Letters, none of them lowercase: `SDF`, `U.S.`, `RAQQA`.
    static func isInCapitals(_ name: String) -> Bool {
        name.unicodeScalars.contains { $0.properties.isAlphabetic }
            && !name.unicodeScalars.contains { $0.properties.isLowercase }
    }

    /// `Bashar Assad's`, `Bashar Assad’s`.
    static func hasApostropheS(_ name: String) -> Bool {
        name.hasSuffix("'s") || name.hasSuffix("\u{2019}s")
    }

    /// `Bashar Assads` for `Bashar Assad`.
    static func isPossessive(_ name: String, of stem: String) -> Bool {
        name == stem + "s"
    }
}
