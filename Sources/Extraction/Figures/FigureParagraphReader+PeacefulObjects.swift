/// Verbs of attack in a peaceful sense: `only 30 firms would be targeted` (by a review), `the four engines will
/// fire for six minutes` (in a test), `released two reports`, `fired 200 staff`. What is counted says the frame
/// is no attack: a firm, a document, a product or an engine is not what strikes aim at, and a workforce fired
/// is dismissed. (Places, people, weapons and buildings keep the event: `targeted 5 hospitals`.)
extension FigureParagraphReader {
    /// The event, or nil when the verb is used in a peaceful sense on what is counted.
    static func eventOfPeacefulUse(_ event: String?, unit: String?) -> String? {
        guard let event, let unit else { return event }
        switch event {
        case "targeted", "fired", "launched", "hit", "released":
            if peacefulObjects.contains(unit) { return nil }
            if event == "fired", dismissedStaff.contains(unit) { return nil }
            return event
        default:
            return event
        }
    }

    /// Things (singular) an attack verb never strikes in earnest: firms, documents, products, engines.
    static let peacefulObjects: WordSet = [
        "firm", "company", "business", "corporation", "enterprise", "brand", "product", "report", "document",
        "study", "paper", "statement", "album", "single", "film", "movie", "song", "book", "novel", "game", "app",
        "version", "update", "engine", "figure", "dataset", "record", "policy", "plan", "proposal",
    ]

    /// Workforces (singular) that `fired` dismisses: `fired 200 staff`.
    static let dismissedStaff: WordSet = ["staff", "employee", "worker", "personnel", "manager", "executive"]
}
