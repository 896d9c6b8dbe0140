/// Finds direct quotations and who said them, reading English news attribution:
///
/// - after the quote: `"…," Khamenei said`, `"…," said Khamenei`, `"…" Observatory head Rami Abdel
///   Rahman told AFP` (the listener after `told` is never the speaker), `"…," the foreign minister
///   said` (a role: the person the article gives that role, else nobody), `"…," a senior official said`
///   (nobody), `"…," he said` (the last person named as a subject or speaker whose gender fits);
/// - before it: `Zarif said: "…"`, `Zarif said that "…"`, `According to Zarif, "…"`, `Liu said …,
///   warning: "…"`, `state media quoted Zarif as saying "…"`;
/// - partial quotes inside a sentence (`accusing the US of bringing "war and hostility"`): the
///   subject of the sentence's verb of saying, else nobody, and then the quote is dropped;
/// - a quote that opens its sentence with no attribution of its own (`"…," he said. "…"`, a quote
///   standing as its own paragraph, a quote running on from the paragraph before) continues the
///   last speaker, when that speaker came in the same paragraph or the one before.
///
/// Speakers are entity names as the entity pass resolved them; a name it missed in a speaker's place
/// (`Theresa May, said:`) is kept as written, without its titles. One-word quotes inside a sentence,
/// quotes of up to three words nobody says and partial quotes nobody is said to say are scare quotes and
/// dropped, as are a headline's quoted phrases inside its sentence. A partial quote after `called`,
/// `branded`, `described … as` is the clause subject's (`Lee called the plan a "total disaster"`).
///
/// Linear in the paragraph's tokens: one pass builds the indexes (`QuoteParagraph`), then each quote
/// and each verb of saying reads a bounded window around itself.
public struct QuoteExtractor: Sendable {
    public init() {}

    struct Speaker: Equatable {
        var name: String
        var entity: Int?
        var kind: ExtractedEntity.Kind
        var gender: QuoteRoles.Gender?
        /// Two people speaking together (`Ann Lee and Bo Roe`): stands for no `he` or `she`, only `they`.
        var joint = false
    }

    enum Resolution: Equatable {
        case speaker(Speaker)
        /// The text gives a speaker it does not name (`a senior official`, `the ministry`), a person or
        /// an organisation when it says which; or a pronoun with nobody to stand for.
        case unnamed(ExtractedEntity.Kind?)
        /// The text gives no attribution.
        case none

        var speaker: Speaker? {
            if case .speaker(let speaker) = self { return speaker }
            return nil
        }
    }

    public func extract(from article: AnalyzedArticle, entities: EntityExtractor.Result) -> [Quote] {
        let roles = QuoteRoles(article: article, entities: entities)
        let genders = Self.genders(article, roles: roles, entities: entities)
        var recent = Recent()
        var quotes: [Quote] = []
        // A paragraph's tables (several numbers per token) are made when it is read and let go after it: held
        // for every paragraph at once they took about 100 MB for a 16 MB article.
        for paragraph in article.paragraphs {
            let indexed = QuoteParagraph(paragraph, entities: entities, roles: roles)
            let found = extract(from: indexed, genders: genders, recent: &recent)
            if let fill = recent.backfill {
                for k in quotes.indices.suffix(fill.count) where quotes[k].speaker == nil {
                    quotes[k].speaker = fill.speaker
                }
                recent.backfill = nil
            }
            quotes += found
            if indexed.paragraph.kind == .headline {
                // A headline introduces nobody's next quote.
                recent.lastSpeech = nil
                recent.runsOn = nil
            }
        }
        return quotes
    }
}
