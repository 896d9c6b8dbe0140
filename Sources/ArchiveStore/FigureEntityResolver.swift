import Extraction

/// Finds the entity of the article a figure's site or source names, so that the archive groups figures
/// by entity rather than by spelling.
///
/// The written words match an entity of the same article whose name, alias or words as written are the
/// same, ignoring case. When none is, a shorter or longer form whose words end the same way (`Ghouta`
/// for `Eastern Ghouta`, `rebel-held Aleppo` for `Aleppo`) is taken, but only when one entity alone fits
/// and the shared words are a name (capitalised). Several entities fitting → nil: an ambiguous site or
/// source stays text only.
///
///     let resolver = FigureEntityResolver(entities: extraction.entities, paragraphs: texts)
///     resolver.entity(named: "Erbil", as: .site)   // the index of the entity Erbil in `entities`
final class FigureEntityResolver {
    /// What the words name: a site is never a person or a nationality; a source never a nationality.
    enum Role {
        case site, source

        func allows(_ kind: ExtractedEntity.Kind) -> Bool {
            switch self {
            case .site: kind != .person && kind != .nationality
            case .source: kind != .nationality
            }
        }
    }

    private let entities: [ExtractedEntity]
    /// Every lowercased name, alias and mention text → the entities it names (each once, in order).
    private let entitiesByForm: [String: [Int]]
    /// Each form under every shorter form it ends with after a space ('eastern ghouta' under 'ghouta'), so
    /// that words are matched with the forms they may shorten or lengthen without reading every form; made
    /// only when some words name no form as they are.
    private lazy var longerForms: [String: [String]] = {
        var longerForms: [String: [String]] = [:]
        for form in entitiesByForm.keys {
            for shorter in Self.endings(of: form) { longerForms[shorter, default: []].append(form) }
        }
        return longerForms
    }()

    /// `paragraphs` are the article's paragraph texts, in the extraction's numbering: a mention's words
    /// are read from them.
    init(entities: [ExtractedEntity], paragraphs: [String]) {
        self.entities = entities
        var entitiesByForm: [String: [Int]] = [:]
        // Each paragraph read once into its offsets (scalar offsets are not byte offsets outside ASCII).
        var texts: [Int: ParagraphText] = [:]
        func written(_ span: TextSpan) -> String {
            guard paragraphs.indices.contains(span.paragraph) else { return "" }
            let text = texts[span.paragraph] ?? ParagraphText(paragraphs[span.paragraph])
            texts[span.paragraph] = text
            let end = min(span.end, text.scalarCount)
            return text.text(from: min(span.start, end), to: end)
        }
        func add(_ form: String, _ index: Int) {
            let lowered = form.lowercased()
            // The entities come in order, so an entity already under the form is the last one there.
            if entitiesByForm[lowered]?.last != index { entitiesByForm[lowered, default: []].append(index) }
        }
        for (index, entity) in entities.enumerated() {
            add(entity.name, index)
            for alias in entity.aliases { add(alias, index) }
            // Most mentions are written as the name or as the mention before: those are under it already.
            var previous = entity.name
            for mention in entity.mentions {
                let text = written(mention.span)
                guard text != previous && text != entity.name else { continue }
                add(text, index)
                previous = text
            }
        }
        self.entitiesByForm = entitiesByForm
    }

    /// What follows each space of `text`: 'rebel-held aleppo' → ['aleppo'].
    static func endings(of text: String) -> [String] {
        text.indices.filter { text[$0] == " " }.map { String(text[text.index(after: $0)...]) }
    }

    /// The index in `entities` of the one entity `words` name in `role`, or nil for none or several.
    func entity(named words: String?, as role: Role) -> Int? {
        guard let words, !words.isEmpty else { return nil }
        let lowered = words.lowercased()
        if let named = entitiesByForm[lowered] {
            // Words that name a person are that person, never a place their name ends with.
            let exact = named.filter { role.allows(entities[$0].kind) }
            return exact.count == 1 ? exact[0] : nil
        }
        // The forms words may shorten or lengthen: those ending with them, and those they end with.
        var fitting: Set<Int> = []
        for form in (longerForms[lowered] ?? []) + Self.endings(of: lowered)
        where Self.isShorterOrLongerForm(form, of: words) {
            guard let indexes = entitiesByForm[form] else { continue }
            fitting.formUnion(indexes.filter { role.allows(entities[$0].kind) })
        }
        return fitting.count == 1 ? fitting.first : nil
    }

    /// Whether one of `form` (lowercased) and `words` ends the other after a space, the shared words a name.
    static func isShorterOrLongerForm(_ form: String, of words: String) -> Bool {
        let lowered = words.lowercased()
        guard form != lowered else { return false }
        let (shorter, longer) = form.count < lowered.count ? (form, lowered) : (lowered, form)
        guard longer.hasSuffix(" " + shorter) else { return false }
        // The shared words as written must be a name: `held Aleppo` may be `Aleppo`, `city` is not `Gaza City`.
        return words.suffix(shorter.count).first?.isUppercase == true
    }
}
