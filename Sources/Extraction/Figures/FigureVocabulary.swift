/// The events and weapons a figure can carry, defined once: the figure pass writes these words, and the
/// archive's views (`strike_events`, `casualty_events`, `weapon_units` in schema.sql) count them. A test
/// in ArchiveStoreTests fails when the two sides differ by a single word.
public enum FigureVocabulary {
    /// Surface forms → the event they report, past tense. (A ``WordTable``: the passes ask it of most tokens.)
    static let eventWords: WordTable<String> = [
        "launched": "launched", "launch": "launched", "launches": "launched", "launching": "launched",
        "fired": "fired", "fire": "fired", "fires": "fired", "firing": "fired",
        "targeted": "targeted", "targeting": "targeted", "targets": "targeted", "target": "targeted",
        "targetted": "targeted", "targetting": "targeted", "aimed": "targeted",
        "hit": "hit", "hits": "hit", "hitting": "hit", "struck": "hit", "striking": "hit",
        "intercepted": "intercepted", "intercepting": "intercepted", "intercept": "intercepted",
        "downed": "intercepted",
        "killed": "killed", "killing": "killed", "kill": "killed", "kills": "killed", "dead": "killed",
        "died": "killed", "die": "killed", "dies": "killed", "dying": "killed", "deaths": "killed",
        "death": "killed", "slain": "killed", "massacred": "killed", "fatalities": "killed", "lives": "killed",
        "toll": "killed", "perished": "killed", "bodies": "killed", "deceased": "killed",
        "crucified": "killed", "crucify": "killed", "crucifies": "killed", "beheaded": "killed", "behead": "killed",
        "beheads": "killed", "decapitated": "killed", "martyred": "killed",
        // `5,000 villagers were gassed`, `accused the army of gassing hundreds`: killed by poison gas (not in a
        // sentence of tear gas, police or a crowd, nor of the gassed treated, injured or surviving: see
        // ``FigureParagraphReader/isTearGassing(_:nounEnd:sentence:)``).
        "gassed": "killed", "gassing": "killed",
        "injured": "injured", "injuring": "injured", "injure": "injured", "injures": "injured",
        "wounded": "injured", "wounding": "injured", "wound": "injured", "wounds": "injured", "hurt": "injured",
        "injuries": "injured",
        "arrested": "arrested", "arresting": "arrested", "arrest": "arrested", "arrests": "arrested",
        "detained": "detained", "detaining": "detained", "detain": "detained", "jailed": "detained",
        "displaced": "displaced", "displacing": "displaced", "fled": "displaced", "flee": "displaced",
        "fleeing": "displaced", "relocated": "displaced", "evacuated": "evacuated", "evacuating": "evacuated",
        "evacuate": "evacuated",
        "evacuation": "evacuated", "evacuees": "evacuated",
        "destroyed": "destroyed", "destroying": "destroyed", "destroy": "destroyed", "damaged": "damaged",
        "wrecked": "destroyed", "wrecking": "destroyed",
        "kidnapped": "kidnapped", "abducted": "kidnapped", "kidnap": "kidnapped", "kidnaps": "kidnapped",
        "kidnapping": "kidnapped", "abduct": "kidnapped", "abducts": "kidnapped", "abducting": "kidnapped",
        "missing": "missing", "executed": "executed",
        "execute": "executed", "executes": "executed", "executing": "executed", "executions": "executed",
        "rescued": "rescued", "captured": "captured", "released": "released", "freed": "released",
    ]

    /// Every event the figure pass can write: the words above, and `failed` for a negated launch
    /// (`did not go off`, `failed to explode`).
    public static let events: Set<String> = Set(eventWords.values).union(["failed"])

    /// Which column of the strikes view an event counts in.
    public enum StrikeColumn: String, Sendable {
        /// Put in the air at a target.
        case launched
        /// Did not hit: failed or brought down.
        case failed
    }

    /// Events that count weapons: `17 missiles were launched`, `two did not go off`.
    public static let strikeEvents: [String: StrikeColumn] = [
        "launched": .launched, "fired": .launched, "targeted": .launched, "hit": .launched,
        "failed": .failed, "intercepted": .failed,
    ]

    /// Events that count people harmed, held or moved.
    public static let casualtyEvents: Set<String> = [
        "killed", "injured", "arrested", "detained", "displaced", "evacuated", "missing", "kidnapped", "executed",
        "rescued",
    ]

    /// Events the views leave out on purpose: they count things (`destroyed 40 homes`, `captured three
    /// villages`) or ends of captivity (`released 20 prisoners`), not strikes or casualties.
    public static let uncountedEvents: Set<String> = ["destroyed", "damaged", "captured", "released"]

    /// Counted nouns (singular, as figures store them) that are weapons or strikes.
    public static let weaponUnits: Set<String> = [
        "missile", "rocket", "drone", "shell", "mortar", "bomb", "airstrike", "strike", "raid", "projectile",
        "grenade", "munition", "warhead", "torpedo", "round", "sortie",
    ]
}
