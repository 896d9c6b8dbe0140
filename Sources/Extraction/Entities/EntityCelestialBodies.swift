import Foundation

/// Planets, moons and stars (`Data/celestial-bodies.tsv`, written for this project): places, though no
/// gazetteer holds them, when the words around them say the body is meant (``isBody(at:in:)``). Loaded
/// once per process on first use; empty when the file cannot be found.
enum EntityCelestialBodies {
    static let fileName = "celestial-bodies.tsv"

    /// When a capitalised word of the list names the body.
    enum Reading: String, Equatable, Sendable {
        /// Written alone: `Earth`, `Neptune` (not inside a list of other names: `Earth, Wind and Fire`).
        case always
        /// Only as `the X`: `the Moon` (`President Moon` is a person).
        case afterThe
        /// Only after a word of orbit (`the planet Venus`, `the moon Europa`), a part and `of` (`the surface
        /// of Titan`), a preposition in a sentence of spaceflight (`the rover landed on Mars`, not `a
        /// spokesman from Mars`), or before its parts (`Jupiter's moons`).
        case framed
    }

    static let readings: WordTable<Reading> = WordTable(bundled)

    /// Words right before a body's name that say the body is meant whatever the sentence: `the planet
    /// Saturn`, `its moon Titan`, `to orbit Jupiter`.
    static let spaceFrames: WordSet = ["orbit", "orbiting", "orbits", "planet", "moon", "dwarf"]

    /// Prepositions before a body's name that say the body is meant only in a sentence of spaceflight
    /// (``spaceflightWords``): `landed on Mars`, but `a spokesman from Mars`, `lost to Venus`.
    static let prepositionFrames: WordSet = ["on", "to", "from", "around", "toward", "towards"]

    /// Words of a sentence that make a preposition before a body's name a frame (`the rover landed on
    /// Mars`, `a mission to Jupiter`).
    static let spaceflightWords: WordSet = [
        "land", "lands", "landed", "landing", "lander", "launch", "launched", "launches", "launching", "mission",
        "missions", "rover", "rovers", "probe", "probes", "spacecraft", "spaceship", "orbit", "orbits", "orbiting",
        "orbiter", "astronaut", "astronauts", "cosmonauts", "telescope", "telescopes", "planet", "planets", "nasa",
        "flyby", "flybys",
    ]

    /// How far from the body's name (in tokens, each way, inside its sentence) a word of spaceflight is
    /// looked for.
    static let spaceflightReach = 40

    /// Words after `the Moon` that make it a person's surname heading a body (`the Moon government`).
    static let notAfterTheMoon: WordSet = ["government", "administration", "presidency", "cabinet", "camp"]

    /// Whether the one word at `k` names a celestial body here: a word of the list, read as its
    /// ``Reading`` says. Not inside a longer name (the caller asks of a one-word span).
    static func isBody(at k: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
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
        if isListedWithOtherNames(k, in: paragraph) { return false }
        switch reading {
        case .always:
            return true
        case .afterThe:
            guard before == "the" else { return false }
            return k + 1 >= tokens.count || !notAfterTheMoon.contains(tokens[k + 1].lower)
        case .framed:
            // `Saturn's Titan`, `Jupiter's Europa`: a planet's possessive, then its moon; both bodies.
            if k >= 2, tokens[k - 1].lower == "'s", readings[tokens[k - 2].text] != nil { return true }
            if k + 2 < tokens.count, tokens[k + 1].lower == "'s", tokens[k + 2].isCapitalized,
                readings[tokens[k + 2].text] != nil
            {
                return true
            }
            guard let before else { return hasPartsAfter(k, in: tokens) }
            let framed =
                spaceFrames.contains(before)
                || before == "of" && k >= 2 && tokens[k - 2].isWord && partsBeforeOf.contains(tokens[k - 2].lower)
                || prepositionFrames.contains(before) && isAboutSpaceflight(k, in: paragraph)
            guard framed else { return hasPartsAfter(k, in: tokens) }
            // `Attack on Titan`, `Return to Mars`: a capitalised word before the frame word makes the three a
            // title, not the body.
            return k < 2 || !capitalisedWord(k - 2) || isSentenceOpening(k - 2, in: paragraph)
        }
    }

    /// Whether the sentence around the word at `k` holds a word of spaceflight (within ``spaceflightReach``).
    private static func isAboutSpaceflight(_ k: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let sentence = paragraph.sentence(holding: k) ?? 0..<paragraph.tokens.count
        let start = max(sentence.lowerBound, k - spaceflightReach)
        let end = min(sentence.upperBound, k + spaceflightReach)
        return paragraph.tokens[start..<end].contains { $0.isWord && spaceflightWords.contains($0.lower) }
    }

    /// Whether the word at `j` opens one of the paragraph's sentences (`Back to Mars`): its capital says
    /// nothing then.
    private static func isSentenceOpening(_ j: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        j == 0 || paragraph.sentence(holding: j)?.lowerBound == j
    }

    /// `Earth, Wind and Fire`: the body's name among three or more capitalised words joined by commas and an
    /// `and` (or `&`), one of which names no body — a band's or a firm's name, not a list of planets
    /// (`Mercury, Venus and Earth`). Looks at most ``listReach`` members each way.
    private static func isListedWithOtherNames(_ k: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Bool {
        let tokens = paragraph.tokens
        var members = 1
        var comma = false
        var and = false
        var otherName = false
        func isAnd(_ t: Token) -> Bool { t.lower == "and" || t.isPunctuation("&") }
        func count(_ word: Token) {
            members += 1
            if readings[word.text] == nil && word.text != "Sun" { otherName = true }
        }
        // After: `, Wind`, `and Fire`, `, and Fire`.
        var j = k + 1
        for _ in 0..<listReach {
            guard j < tokens.count else { break }
            var next = j
            let withComma = tokens[next].isPunctuation(",")
            if withComma { next += 1 }
            let withAnd = next < tokens.count && isAnd(tokens[next])
            if withAnd { next += 1 }
            guard withComma || withAnd, next < tokens.count, tokens[next].isWord, tokens[next].isCapitalized
            else { break }
            comma = comma || withComma
            and = and || withAnd
            count(tokens[next])
            j = next + 1
        }
        // Before: `Wind, `, `Wind and ` (not a sentence's first word: its capital says nothing).
        j = k - 1
        for _ in 0..<listReach {
            guard j >= 1 else { break }
            let separator = tokens[j]
            guard separator.isPunctuation(",") || isAnd(separator) else { break }
            let word = tokens[j - 1]
            guard word.isWord, word.isCapitalized, !isSentenceOpening(j - 1, in: paragraph) else { break }
            if separator.isPunctuation(",") { comma = true } else { and = true }
            count(word)
            j -= 2
        }
        return members >= 3 && comma && and && otherName
    }

    static let listReach = 6

    /// Parts of a body named after its possessive: `Jupiter's moons`, `Mars's surface`.
    static let parts: WordSet = [
        "moon", "moons", "rings", "surface", "orbit", "atmosphere", "gravity", "crust", "pole", "poles", "core", "ice",
        "ocean", "oceans", "clouds", "storms",
    ]

    /// Parts of a body named before `of` and its name: `the surface of Titan`, `the south pole of Mars` (not
    /// `core`, `ice`: `the core of Titan's business`).
    static let partsBeforeOf: WordSet = [
        "surface", "rings", "moon", "moons", "orbit", "atmosphere", "crust", "pole", "poles",
    ]

    /// `Jupiter's moons`, `Venus' clouds`, `Jupiter's 79 moons`: the body's possessive before one of its
    /// parts, or a number of them.
    private static func hasPartsAfter(_ k: Int, in tokens: [Token]) -> Bool {
        guard k + 2 < tokens.count else { return false }
        let mark = tokens[k + 1].lower
        // (`lower` folds a curly apostrophe to `'`.)
        guard mark == "'s" || mark == "'" else { return false }
        let part = tokens[k + 2].isNumber ? k + 3 : k + 2
        return part < tokens.count && tokens[part].isWord && parts.contains(tokens[part].lower)
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
            guard fields.count == 2, let reading = Reading(rawValue: fields[1].trimmingWhitespace())
            else { continue }
            bodies[String(fields[0])] = reading
        }
        return bodies
    }
}
