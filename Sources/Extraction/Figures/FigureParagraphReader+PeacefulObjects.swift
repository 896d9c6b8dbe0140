/// Verbs of attack in a peaceful sense: `only 30 firms would be targeted` (by a review), `the four engines will
/// fire for six minutes` (in a test), `released two reports`, `fired 200 staff`, `launched three businesses`.
/// What is counted says the frame is no attack: a firm, a document, a product or an engine is not what strikes
/// aim at, a workforce fired is dismissed, and a business launched is founded. (Places, people, weapons,
/// buildings and businesses keep the event: `targeted 5 hospitals`, `rioters targeted 12 businesses`.)
extension FigureParagraphReader {
    /// The event, or nil when the verb is used in a peaceful sense on what is counted.
    static func eventOfPeacefulUse(_ event: String?, unit: String?) -> String? {
        guard let event, let unit else { return event }
        switch event {
        case "targeted", "fired", "launched", "hit", "released":
            if peacefulObjects.contains(unit) { return nil }
            if event == "fired", dismissedStaff.contains(unit) { return nil }
            if event == "launched", foundedBusinesses.contains(unit) { return nil }
            return event
        default:
            return event
        }
    }

    /// Things (singular) an attack verb never strikes in earnest: firms, documents, products, engines. (Not
    /// businesses, companies or shops: rioters target them and blasts hit them.)
    static let peacefulObjects: WordSet = [
        "firm", "brand", "product", "report", "document",
        "study", "paper", "statement", "album", "single", "film", "movie", "song", "book", "novel", "game", "app",
        "version", "update", "engine", "figure", "dataset", "record", "policy", "plan", "proposal",
        // (Works, seats and buyers a body or a campaign picks out: `30 projects targeted by the agency`.)
        "project", "seat", "voter", "consumer", "customer", "subscriber", "investor",
    ]

    /// Businesses (singular) that `launched` founds: `launched three new companies`.
    static let foundedBusinesses: WordSet = ["company", "business", "enterprise", "corporation", "startup", "shop"]

    /// Workforces (singular) that `fired` dismisses: `fired 200 staff`.
    static let dismissedStaff: WordSet = ["staff", "employee", "worker", "personnel", "manager", "executive"]
}
