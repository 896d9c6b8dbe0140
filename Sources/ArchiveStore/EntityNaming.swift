/// Which spelling names an entity of the archive when an article names it another way.
///
/// The rule, in order: a name not all in capitals over one that is (the full name over its acronym:
/// `Syrian Democratic Forces` over `SDF`; `Raqqa` over a headline's `RAQQA`); a place name the
/// gazetteer knows over one it does not; a name over itself with a possessive or plural `s`
/// (`Bashar Assad` over `Bashar Assads`); else the longer (`Bashar al-Assad` over `Bashar Assad`,
/// `Raqqa` over `Raqa`). A tie keeps the name stored first.
///
///     EntityNaming.prefers("Syrian Democratic Forces", over: "SDF")   // true
enum EntityNaming {
    /// Whether `written`, a spelling of the entity stored as `stored`, should name it instead.
    /// `isKnownPlace` says whether the gazetteer knows a name (always false for other kinds).
    static func prefers(_ written: String, over stored: String, isKnownPlace: (String) -> Bool = { _ in false })
        -> Bool
    {
        let writtenInCapitals = isInCapitals(written), storedInCapitals = isInCapitals(stored)
        if writtenInCapitals != storedInCapitals { return storedInCapitals }
        let writtenKnown = isKnownPlace(written), storedKnown = isKnownPlace(stored)
        if writtenKnown != storedKnown { return writtenKnown }
        if isPossessive(written, of: stored) { return false }
        if isPossessive(stored, of: written) { return true }
        return written.count > stored.count
    }

    /// Letters, none of them lowercase: `SDF`, `U.S.`, `RAQQA`.
    static func isInCapitals(_ name: String) -> Bool {
        name.unicodeScalars.contains { $0.properties.isAlphabetic }
            && !name.unicodeScalars.contains { $0.properties.isLowercase }
    }

    /// `Bashar Assads`, `Bashar Assad's`, `Bashar Assad’s` for `Bashar Assad`.
    static func isPossessive(_ name: String, of stem: String) -> Bool {
        guard name.hasPrefix(stem) else { return false }
        return ["s", "'s", "\u{2019}s", "'", "\u{2019}"].contains(String(name.dropFirst(stem.count)))
    }
}
