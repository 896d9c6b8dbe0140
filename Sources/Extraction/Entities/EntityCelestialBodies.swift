import Foundation

/// Planets, moons and stars (`Data/celestial-bodies.tsv`, written for this project): places, though no
/// gazetteer holds them, when the words around them say the body is meant (``isBody(at:in:)``). Loaded
/// once per process on first use; empty when the file cannot be found.
enum EntityCelestialBodies {
    static let fileName = "celestial-bodies.tsv"

    /// When a capitalised word of the list names the body.
    enum Reading: String, Equatable, Sendable {
        /// Written alone: `Earth`, `Jupiter`.
        case always
        /// Only as `the X`: `the Moon` (`President Moon` is a person).
        case afterThe
        /// Only after a word of place or orbit (`on Mars`, `the planet Venus`, `the moon Europa`) or before
        /// its parts (`Jupiter's moons`).
        case framed
    }

    static let readings: WordTable<Reading> = WordTable(bundled)

    /// Words right before a body's name that say the body is meant (`landed on Mars`, `the surface of
    /// Venus`, `the planet Saturn`, `its moon Titan`).
    static let frameWords: WordSet = [
        "on", "to", "from", "around", "orbit", "orbiting", "orbits", "toward", "towards", "of", "planet", "moon",
        "dwarf",
    ]

    /// Words after `the Moon` that make it a person's surname heading a body (`the Moon government`).
    static let notAfterTheMoon: WordSet = ["government", "administration", "presidency", "cabinet", "camp"]

    /// Whether the one word at `k` names a celestial body here: a word of the list, read as its
    /// ``Reading`` says. Not inside a longer name (the caller asks of a one-word span).
    static func isBody(at k: Int, in tokens: [Token]) -> Bool {
        let token = tokens[k]
        guard token.isWord, token.isCapitalized, !token.isAllCaps, let reading = readings[token.text] else {
            return false
        }
        // Alone, not a word of a longer name (`Google Earth`, `Earth Day`): `The Earth` opening a sentence
        // is the body's.
        func capitalisedWord(_ j: Int) -> Bool { tokens[j].isWord && tokens[j].isCapitalized }
        guard k == 0 || !capitalisedWord(k - 1) || tokens[k - 1].text == "The",
            k + 1 >= tokens.count || !capitalisedWord(k + 1)
        else { return false }
        let before = k > 0 && tokens[k - 1].isWord ? tokens[k - 1].lower : nil
        // `Friends of the Earth`, `Shape of the Moon`: the last word of a title or an organisation's name.
        if before == "the", k >= 3, tokens[k - 2].lower == "of", capitalisedWord(k - 3) { return false }
        switch reading {
        case .always:
            return true
        case .afterThe:
            guard before == "the" else { return false }
            return k + 1 >= tokens.count || !notAfterTheMoon.contains(tokens[k + 1].lower)
        case .framed:
            // `Attack on Titan`, `Return to Mars`: a capitalised word before the frame word makes the three a
            // title, not the body.
            if before.map(frameWords.contains) ?? false {
                return k < 2 || !capitalisedWord(k - 2) || isSentenceOpening(k - 2, in: tokens)
            }
            return hasPartsAfter(k, in: tokens)
        }
    }

    /// Whether the word at `j` opens a sentence (`On Mars`, `Back to Mars` after a full stop): its capital
    /// says nothing then.
    private static func isSentenceOpening(_ j: Int, in tokens: [Token]) -> Bool {
        j == 0 || tokens[j - 1].isPunctuation(".") || tokens[j - 1].isPunctuation("!") || tokens[j - 1].isPunctuation("?")
    }

    /// Parts of a body named after its possessive: `Jupiter's moons`, `Mars's surface`.
    static let parts: WordSet = [
        "moon", "moons", "rings", "surface", "orbit", "atmosphere", "gravity", "crust", "poles", "core", "ice",
        "ocean", "oceans", "clouds", "storms",
    ]

    /// `Jupiter's moons`, `Venus' clouds`: the body's possessive before one of its parts.
    private static func hasPartsAfter(_ k: Int, in tokens: [Token]) -> Bool {
        guard k + 2 < tokens.count else { return false }
        let mark = tokens[k + 1].lower
        guard mark == "'s" || mark == "\u{2019}s" || mark == "'" || mark == "\u{2019}" else { return false }
        return tokens[k + 2].isWord && parts.contains(tokens[k + 2].lower)
    }

    private static let bundled: [String: Reading] = {
        let paths = Gazetteer.bundledCandidates(fileName: fileName)
        guard let path = paths.first(where: { FileManager.default.isReadableFile(atPath: $0) }),
            let data = FileManager.default.contents(atPath: path)
        else { return [:] }
        return bodies(in: String(decoding: data, as: UTF8.self))
    }()

    /// The bodies of a list: `name<TAB>reading` a line; blank lines, `#` lines and unknown readings are
    /// skipped.
    static func bodies(in text: String) -> [String: Reading] {
        var bodies: [String: Reading] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let reading = Reading(rawValue: fields[1].trimmingCharacters(in: .whitespaces))
            else { continue }
            bodies[String(fields[0])] = reading
        }
        return bodies
    }
}
