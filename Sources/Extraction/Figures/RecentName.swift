/// A name read a few sentences back, kept while it is near enough for a later sentence to mean it: only
/// the last one, never a list, so reading stays linear. It is too far back after `sentenceWindow`
/// sentences, or more than `paragraphWindow` paragraph breaks.
struct RecentName: Sendable {
    /// How many sentences back the name may stand (1: the sentence right before).
    let sentenceWindow: Int
    /// How many paragraph breaks may stand between (0: the same paragraph).
    let paragraphWindow: Int

    private(set) var name: String?
    /// What the text called it (`town` for `the town of Marlow`), `""` when nothing.
    private(set) var noun = ""
    /// Sentences read since the one naming it.
    private var sentencesAfter = 0
    /// Paragraphs begun since the one naming it.
    private var paragraphsAfter = 0

    init(sentenceWindow: Int, paragraphWindow: Int) {
        self.sentenceWindow = sentenceWindow
        self.paragraphWindow = paragraphWindow
    }

    /// The name, when it is near enough.
    var nearName: String? {
        sentencesAfter < sentenceWindow && paragraphsAfter <= paragraphWindow ? name : nil
    }

    /// Whether a sentence near enough named something that made the name unclear (``remember(_:noun:)`` with nil).
    var isNearUnclear: Bool {
        isUnclear && sentencesAfter < sentenceWindow && paragraphsAfter <= paragraphWindow
    }
    private var isUnclear = false

    /// Whether the name was read in a paragraph before this one.
    var isFromEarlierParagraph: Bool { paragraphsAfter > 0 }

    /// A new paragraph begins; anything but body text (a headline, a standfirst, a crosshead) breaks the thread.
    mutating func beginParagraph(isBody: Bool) {
        paragraphsAfter += 1
        if !isBody { forget() }
    }

    /// A sentence named it (nil: a sentence named something that makes the last name unclear).
    mutating func remember(_ name: String?, noun: String = "") {
        self.name = name
        self.noun = noun
        isUnclear = name == nil
        sentencesAfter = 0
        paragraphsAfter = 0
    }

    /// A sentence named nothing of the kind.
    mutating func passSentence() {
        sentencesAfter += 1
    }

    mutating func forget() {
        name = nil
        isUnclear = false
    }
}
