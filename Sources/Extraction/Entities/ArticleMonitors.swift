/// The article's monitoring organisations (war monitors, rights watchdogs) and what the text says of where
/// each is based, so `the monitor said`, `a monitoring group said` or `the Britain-based group added` (in a
/// quote's attribution or as a figure's source) stand for one of them only when the description fits it.
///
/// An organisation is a monitor by evidence that carries over between articles: a name with `Observatory`
/// or `Monitor` that is no newspaper's (`Daily Monitor`, `Christian Science Monitor`, or one the article
/// calls a newspaper), a rights monitor's name (`Human Rights Watch`, `Network for Human Rights`), or the
/// article calling it a monitor right before its name (`the monitoring group Airwars`). Where it is based:
/// a `-based` word before its name (`the Britain-based Kelvan Observatory`) or `based in` after it. One
/// pass over the organisations' mentions, each looking at a few tokens around it.
struct ArticleMonitors {
    /// The article's monitors by entity index, in index order.
    private(set) var monitors: [Int] = []
    /// Organisations called monitors right before their names (`the monitoring group Airwars`).
    private(set) var calledMonitors: Set<Int> = []
    /// Monitors named or called an observatory or a monitor (not only a rights monitor's name).
    private(set) var observing: Set<Int> = []
    /// Organisation → the place the text says it is based in (normalised: `uk`, `british` → `britain`),
    /// "" when the text says two different places.
    private(set) var bases: [Int: String] = [:]

    /// How many lowercase words may stand between a `-based` word or a description and a name.
    static let window = 3

    init(article: AnalyzedArticle, entities: EntityExtractor.Result) {
        var newspapers = Set<Int>()
        for paragraph in article.paragraphs where paragraph.position < entities.mentionsByParagraph.count {
            let tokens = paragraph.tokens
            for mention in entities.mentionsByParagraph[paragraph.position]
            where entities.entities[mention.entity].kind == .organization {
                let entity = mention.entity
                // Lowercase words before the name: `the Britain-based monitoring group X`, `the daily X`.
                var k = mention.tokens.lowerBound - 1
                while k >= 0, mention.tokens.lowerBound - k <= Self.window, tokens[k].isWord {
                    let word = tokens[k].lower
                    if let base = Self.base(before: k, tokens) {
                        note(base, of: entity)
                        break
                    }
                    guard !tokens[k].isCapitalized else { break }
                    if FigureLexicon.descriptionKind(word) == "monitor" { calledMonitors.insert(entity) }
                    if Self.newspaperCues.contains(word) { newspapers.insert(entity) }
                    k -= 1
                }
                // After the name: `X, based in Britain,`, `X, a UK-based monitor,`, `X newspaper`.
                var j = mention.tokens.upperBound
                if j < tokens.count, tokens[j].isPunctuation(",") { j += 1 }
                if j < tokens.count, tokens[j].lowerIs(oneOf: ["a", "an", "the", "which", "is"]) { j += 1 }
                if j < tokens.count, tokens[j].lowerIs("is") { j += 1 }
                if j + 2 < tokens.count, tokens[j].lowerIs("based"), tokens[j + 1].lowerIs("in"),
                    tokens[j + 2].isCapitalized
                {
                    var place = tokens[j + 2].lower
                    if j + 3 < tokens.count, tokens[j + 3].isWord, tokens[j + 3].isCapitalized {
                        place += " " + tokens[j + 3].lower
                    }
                    note(Self.normalisedPlace(place), of: entity)
                } else if j < tokens.count, let base = Self.base(before: j, tokens) {
                    note(base, of: entity)
                }
                // `X, a monitoring group,`: a monitor's description after the name's comma.
                var d = j
                while d < tokens.count, d - j < Self.window, tokens[d].isWord, !tokens[d].isCapitalized {
                    if FigureLexicon.descriptionKind(tokens[d].lower) == "monitor" { calledMonitors.insert(entity) }
                    d += 1
                }
                if mention.tokens.upperBound < tokens.count,
                    Self.newspaperCues.contains(tokens[mention.tokens.upperBound].lower)
                {
                    newspapers.insert(entity)
                }
            }
        }
        for (index, entity) in entities.entities.enumerated() where entity.kind == .organization {
            let names = [entity.name] + entity.aliases
            if names.contains(where: Self.namesNewspaper) { newspapers.insert(index) }
            let observes =
                !newspapers.contains(index)
                && (calledMonitors.contains(index) || names.contains(where: Self.namesObservatoryOrMonitor))
            if observes { observing.insert(index) }
            if observes || names.contains(where: Self.namesRightsMonitor) { monitors.append(index) }
        }
    }

    private mutating func note(_ base: String, of entity: Int) {
        if let known = bases[entity], known != base { bases[entity] = "" } else { bases[entity] = base }
    }

    /// The place of the `-based` word at `k` (`Britain-based`; `New York-based` with the word before it), or
    /// nil when `k` holds none.
    static func base(before k: Int, _ tokens: [Token]) -> String? {
        let word = tokens[k].lower
        guard word.hasSuffix("-based"), word.count > 6 else { return nil }
        var place = String(word.dropLast(6))
        if k > 0, tokens[k - 1].isWord, tokens[k - 1].isCapitalized, !tokens[k - 1].lowerIs("the"),
            !tokens[k - 1].lowerIs("a")
        {
            place = tokens[k - 1].lower + " " + place
        }
        return normalisedPlace(place)
    }

    /// One spelling for the places a country's monitors are said to be based in: `uk`, `british`,
    /// `london` → `britain`; `u.s.`, `american`, `new york` → `us`.
    static func normalisedPlace(_ place: String) -> String {
        switch place {
        case "uk", "u.k.", "britain", "british", "london", "england", "united kingdom": "britain"
        case "us", "u.s.", "america", "american", "new york", "washington", "united states": "us"
        default: place
        }
    }

    /// Lowercase words that make the name beside them a newspaper's: `the daily X`, `X newspaper`.
    static let newspaperCues: WordSet = [
        "newspaper", "newspapers", "daily", "paper", "weekly", "magazine", "tabloid", "broadsheet", "website",
        "publication", "outlet", "columnist", "editor", "reporter", "correspondent",
    ]

    /// `Daily Monitor`, `Christian Science Monitor`, `The Sunday Observer`: a name with a word only a
    /// newspaper's name carries.
    static func namesNewspaper(_ name: String) -> Bool {
        name.wordsBetweenSpaces().contains {
            ["Daily", "Weekly", "Sunday", "Science", "Times", "Post", "Herald", "Gazette", "Tribune", "Journal"]
                .contains(String($0))
        } || name.hasPrefix("Al-Monitor")
    }

    /// `Kelvan Observatory for Human Rights`, `Rights Monitor`: a word of the name says it observes.
    static func namesObservatoryOrMonitor(_ name: String) -> Bool {
        name.wordsBetweenSpaces().contains { $0 == "Observatory" || $0 == "Monitor" }
    }

    /// `Human Rights Watch`, `Kelvan Network for Human Rights`: a rights monitor's name.
    static func namesRightsMonitor(_ name: String) -> Bool {
        name.hasSuffix("Rights Watch") || name.contains("Network for Human Rights")
    }

    /// Whether the organisation is one of the article's monitors.
    func isMonitor(_ entity: Int) -> Bool { monitors.contains(entity) }

    /// Whether the organisation is a monitor only by a rights monitor's name (`Human Rights Watch`), not
    /// named or called an observatory or a monitor: no war monitor that keeps tolls.
    func isRightsMonitorOnly(_ entity: Int) -> Bool { !observing.contains(entity) }

    /// Heads of a description that stands for a monitor: `the monitor`, `the UK-based observatory`.
    static let heads: WordSet = ["monitor", "observatory", "watchdog"]

    /// Whether a description's words (lowercase, its head last) fit a monitor: a monitor's head with only
    /// description modifiers, monitor words or `-based` words before it (`the UK-based war monitor`, `a
    /// monitor group`; not `the chemical weapons watchdog`), or `group` after such words (`the Britain-based group`, `a monitoring group`;
    /// not `the group`).
    static func describesMonitor(_ words: [String]) -> Bool {
        guard let head = words.last else { return false }
        let modifiers = words.dropLast().filter { !["the", "a", "an"].contains($0) }
        guard
            modifiers.allSatisfy({
                FigureLexicon.descriptionModifiers.contains($0) || $0.hasSuffix("-based")
                    || FigureLexicon.descriptionKind($0) == "monitor"
            })
        else { return false }
        if heads.contains(head) { return true }
        return head == "group" && !modifiers.isEmpty
    }

    /// The monitor a description stands for (`the monitor`, `the Britain-based group`), nil when it fits no
    /// monitor or several. With a `-based` word, the one monitor said to be based there, or else the
    /// article's only monitor when the text says it is based nowhere else and no other organisation is said
    /// to be based there.
    func monitor(describedBy words: [String], among candidates: [Int]? = nil) -> Int? {
        guard Self.describesMonitor(words) else { return nil }
        let candidates = candidates ?? monitors
        guard let based = words.first(where: { $0.hasSuffix("-based") && $0.count > 6 }) else {
            return candidates.count == 1 ? candidates[0] : nil
        }
        let place = Self.normalisedPlace(String(based.dropLast(6)))
        let there = candidates.filter { bases[$0] == place }
        if there.count == 1 { return there[0] }
        guard there.isEmpty, candidates.count == 1, bases[candidates[0]] == nil,
            !bases.contains(where: { $0.value == place })
        else { return nil }
        return candidates[0]
    }
}
