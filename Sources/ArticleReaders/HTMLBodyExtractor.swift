import ArticleModel

/// Finds a news page's article text: its paragraphs and crossheads, without navigation, headers and
/// footers, share buttons, related stories, captions, comments, ads or banners.
///
/// The approach is the one readability-style extractors share:
/// 1. Remove what is boilerplate by its element (`nav`, `footer`, `aside`, `figure`, forms' controls),
///    its ARIA role, or its class and id names (`share`, `related`, `comment`, `cookie`, `newsletter` …),
///    unless the element holds most of the page's text.
/// 2. Split the page into text blocks: the runs of inline text between block-level elements.
/// 3. Score containers: every block of 25 characters or more adds to its container (fully), the
///    container's parent (half) and further ancestors (less), by its length and commas; names like
///    `article-body` raise a container, names like `sidebar` lower it, and links lower it by their share
///    of its text.
/// 4. Take the best container, climbing to an ancestor when the text is spread over several of its
///    children, with its siblings that score nearly as well, and keep their blocks that are not mostly
///    links.
struct HTMLBodyExtractor {
    /// Shortest block (in characters) that counts towards a container's score.
    static let minimumScoredLength = 25

    /// One run of inline text between block-level elements.
    struct TextBlock {
        var text: String
        var length: Int
        var linkLength: Int
        /// The elements from the root down to the block-level element holding the text.
        var path: [HTMLElement]
        /// Whether that element holds only inline content (a paragraph), rather than text loose among blocks.
        var ownerIsParagraph: Bool

        var owner: HTMLElement { path[path.count - 1] }
        var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }
    }

    /// What the text blocks below an element add up to.
    struct Totals {
        var length = 0
        var links = 0
        /// The blocks' content scores, undiminished by distance.
        var content: Double = 0

        mutating func add(_ block: TextBlock, content score: Double) {
            length += block.length
            links += block.linkLength
            content += score
        }

        var linkDensity: Double { length == 0 ? 0 : Double(links) / Double(length) }
        /// Content less its share of links.
        var weightedContent: Double { content * (1 - linkDensity) }
    }

    /// A container that text blocks scored.
    struct Candidate {
        var element: HTMLElement
        var path: [HTMLElement]
        var score: Double
    }

    /// The article's paragraphs (body and crossheads) in page order; empty when the page has no article text.
    func paragraphs(in root: HTMLElement) -> [Paragraph] {
        let totalText = Double(nonLinkTextLength(root))
        prune(root, pageText: totalText)
        let blocks = textBlocks(root)
        guard !blocks.isEmpty else { return [] }

        var totals: [ObjectIdentifier: Totals] = [:]
        for block in blocks {
            let content = Self.contentScore(block) ?? 0
            for element in block.path {
                totals[ObjectIdentifier(element), default: Totals()].add(block, content: content)
            }
        }
        func linkDensity(_ element: HTMLElement) -> Double { totals[ObjectIdentifier(element)]?.linkDensity ?? 0 }

        let candidates = scoreCandidates(blocks, linkDensity: linkDensity)
        guard let top = bestContainer(candidates) else { return [] }
        let included = containers(around: top, candidates: candidates, totals: totals)
        return collect(blocks, within: included, linkDensity: linkDensity)
    }

    // MARK: - 1. Pruning

    static let boilerplateElements: Set<String> = [
        "nav", "footer", "aside", "header", "figure", "figcaption", "form", "dialog", "menu", "label", "fieldset",
        "head", "script", "hr",
    ]

    static let boilerplateRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alertdialog",
        "search", "toolbar", "tablist", "alert",
    ]

    /// Class and id fragments that mark boilerplate whatever else the name says.
    static let boilerplateNames = [
        "comment", "related", "share", "sharing", "social", "newsletter", "cookie", "consent", "gdpr", "promo",
        "breadcrumb", "sidebar", "byline", "caption", "advert", "outbrain", "taboola", "popular", "recommend",
        "trending", "subscri", "signup", "sign-up", "footer", "disqus", "pagination", "readmore", "read-more",
        "more-from", "also-read", "see-also", "author-bio", "author-info", "sr-only", "visually-hidden",
        "visuallyhidden", "screen-reader", "screenreader", "offscreen", "off-screen", "toolbar", "masthead",
        "skip-link", "modal", "popup", "overlay", "sponsor", "paywall", "login", "most-read", "mostread",
    ]
    static let socialNames: Set<String> = ["social", "share", "sharing"]
    /// Whole words (class names split at `-`, `_` and case changes) that mark boilerplate.
    static let boilerplateWords: Set<String> = ["ad", "ads", "adv", "dfp", "nav", "menu", "print", "hidden", "hide"]
    /// Words that mark boilerplate when they end a class name (`article-tags`), not when they start one
    /// (WordPress marks a post `tag-<slug>` for each of its tags).
    static let boilerplateLastWords: Set<String> = ["tag", "tags", "keywords", "topics"]
    /// Fragments that mark boilerplate only when nothing in the name marks content.
    static let weakBoilerplateNames = [
        "meta", "header", "banner", "widget", "tools", "credit", "timestamp", "date", "rating", "teaser",
        "extra", "supplement", "aside", "author", "info", "bottom", "links",
    ]
    static let contentNames = ["article", "body", "content", "entry", "main", "post", "story", "text", "blog"]

    /// Whether the element's tag, role, visibility or names say it is not article text.
    static func isBoilerplate(_ element: HTMLElement) -> Bool {
        if boilerplateElements.contains(element.name) { return true }
        if element["hidden"] != nil || element["aria-hidden"] == "true" { return true }
        if let role = element["role"]?.lowercased(), boilerplateRoles.contains(role) { return true }
        // The page's own word for its main content outweighs any class name on it.
        if element.name == "article" || element.name == "main" || element.name == "body" || element["role"] == "main"
            || element["itemprop"]?.contains("articleBody") == true
        {
            return false
        }
        if let style = element["style"]?.lowercased().replacingOccurrences(of: " ", with: ""),
            style.contains("display:none") || style.contains("visibility:hidden")
        {
            return true
        }
        return nameWeight(element) == .boilerplate
    }

    enum NameWeight { case boilerplate, negative, neutral, positive }

    /// What an element's class and id names say about it.
    static func nameWeight(_ element: HTMLElement) -> NameWeight {
        let names = [element["class"], element["id"]].compactMap { $0 }.joined(separator: " ")
        guard !names.isEmpty else { return .neutral }
        let lower = names.lowercased()
        // An embedded post (a tweet the story quotes) is text, though its box is named for social media.
        let embedded = lower.contains("embed") || lower.contains("tweet")
        if boilerplateNames.contains(where: { lower.contains($0) && !(embedded && socialNames.contains($0)) }) {
            return .boilerplate
        }
        for name in names.split(whereSeparator: \.isWhitespace) {
            let words = nameWords(String(name))
            if words.contains(where: boilerplateWords.contains) { return .boilerplate }
            if let last = words.last, boilerplateLastWords.contains(last) { return .boilerplate }
        }
        let positive = contentNames.contains(where: lower.contains)
        if weakBoilerplateNames.contains(where: lower.contains) { return positive ? .negative : .boilerplate }
        return positive ? .positive : .neutral
    }

    /// `articleBody ad-slot top_ad` → article, body, ad, slot, top, ad.
    static func nameWords(_ names: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousLower = false
        for character in names {
            if character.isLetter || character.isNumber {
                if character.isUppercase && previousLower && !current.isEmpty { words.append(current); current = "" }
                current.append(Character(character.lowercased()))
                previousLower = character.isLowercase
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousLower = false
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Removes boilerplate elements below `element`; one holding more than half the page's text stays.
    func prune(_ element: HTMLElement, pageText: Double) {
        element.children.removeAll { child in
            guard case .element(let child) = child else { return false }
            guard Self.isBoilerplate(child) else { return false }
            if Self.boilerplateElements.contains(child.name) && child.name != "header" && child.name != "form" {
                return true
            }
            return Double(nonLinkTextLength(child)) < pageText * 0.5
        }
        for case .element(let child) in element.children { prune(child, pageText: pageText) }
    }

    /// Characters of text below `element` outside links.
    func nonLinkTextLength(_ element: HTMLElement) -> Int {
        var total = 0
        for child in element.children {
            switch child {
            case .text(let text): total += text.unicodeScalars.count { !$0.properties.isWhitespace }
            case .element(let child):
                if child.name != "a" && child.name != "script" && child.name != "head" {
                    total += nonLinkTextLength(child)
                }
            }
        }
        return total
    }

    // MARK: - 2. Text blocks

    static let inlineElements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img", "ins",
        "kbd", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u",
        "var", "wbr", "br", "picture", "source",
    ]

    func textBlocks(_ root: HTMLElement) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var path: [HTMLElement] = []
        walk(root, path: &path, into: &blocks)
        return blocks
    }

    /// Text gathered for one block: the whole text and how much of it sits inside links.
    private struct Run {
        var text = ""
        var linkText = ""
    }

    private func walk(_ element: HTMLElement, path: inout [HTMLElement], into blocks: inout [TextBlock]) {
        path.append(element)
        defer { path.removeLast() }
        let isParagraph = !element.children.contains { child in
            if case .element(let child) = child { return !isInlineContent(child) }
            return false
        }
        var run = Run()
        func flush() {
            let text = collapseWhitespace(run.text)
            if !text.isEmpty {
                let links = collapseWhitespace(run.linkText)
                blocks.append(
                    TextBlock(
                        text: text, length: text.unicodeScalars.count, linkLength: links.unicodeScalars.count,
                        path: path, ownerIsParagraph: isParagraph))
            }
            run = Run()
        }
        for child in element.children {
            switch child {
            case .text(let text):
                run.text += text
            case .element(let child):
                if child.name == "br" {
                    if element.name == "p" { run.text += " " } else { flush() }
                } else if isInlineContent(child) {
                    appendInline(child, to: &run, inLink: false)
                } else {
                    flush()
                    walk(child, path: &path, into: &blocks)
                }
            }
        }
        flush()
    }

    /// An inline element with no block-level element inside it.
    private func isInlineContent(_ element: HTMLElement) -> Bool {
        guard Self.inlineElements.contains(element.name) else { return false }
        return element.children.allSatisfy { child in
            if case .element(let child) = child { return isInlineContent(child) }
            return true
        }
    }

    private func appendInline(_ element: HTMLElement, to run: inout Run, inLink: Bool) {
        let inLink = inLink || element.name == "a"
        if element.name == "br" { run.text += " "; if inLink { run.linkText += " " } }
        for child in element.children {
            switch child {
            case .text(let text):
                run.text += text
                if inLink { run.linkText += text }
            case .element(let child):
                appendInline(child, to: &run, inLink: inLink)
            }
        }
    }

    // MARK: - 3. Scoring

    static func tagWeight(_ name: String) -> Double {
        switch name {
        case "div", "article", "main", "section": return 5
        case "pre", "td", "blockquote": return 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li": return -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": return -5
        default: return 0
        }
    }

    static func nameScore(_ element: HTMLElement) -> Double {
        var score: Double = 0
        if element["itemprop"]?.contains("articleBody") == true { score += 25 }
        switch nameWeight(element) {
        case .positive: score += 25
        case .negative, .boilerplate: score -= 25
        case .neutral: break
        }
        return score
    }

    /// A block's worth as article text, by its length and commas; nil for headings and short blocks.
    static func contentScore(_ block: TextBlock) -> Double? {
        guard block.length >= minimumScoredLength, !headings.contains(block.owner.name) else { return nil }
        let commas = block.text.unicodeScalars.count {
            $0 == "," || $0 == "\u{FF0C}" || $0 == "\u{3001}" || $0 == "\u{060C}"
        }
        return 1 + Double(commas) + min(Double(block.length) / 100, 3)
    }

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    func scoreCandidates(_ blocks: [TextBlock], linkDensity: (HTMLElement) -> Double) -> [ObjectIdentifier: Candidate] {
        var candidates: [ObjectIdentifier: Candidate] = [:]
        for block in blocks {
            guard let contentScore = Self.contentScore(block) else { continue }
            // A paragraph scores its container; loose text scores the element it lies in.
            var index = block.ownerIsParagraph ? block.path.count - 2 : block.path.count - 1
            var level = 0
            while index >= 1 && level < 5 {
                let element = block.path[index]
                let id = ObjectIdentifier(element)
                if candidates[id] == nil {
                    candidates[id] = Candidate(
                        element: element, path: Array(block.path[...index]),
                        score: Self.tagWeight(element.name) + Self.nameScore(element))
                }
                let divider: Double = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                candidates[id]!.score += contentScore / divider
                index -= 1
                level += 1
            }
        }
        for (id, candidate) in candidates {
            candidates[id]!.score = candidate.score * (1 - linkDensity(candidate.element))
        }
        return candidates
    }

    // MARK: - 4. Choosing and collecting

    func bestContainer(_ candidates: [ObjectIdentifier: Candidate]) -> Candidate? {
        // Ties go to the element earlier in the page: deterministic whatever the dictionary order.
        guard
            var top = candidates.values.max(by: { a, b in
                a.score != b.score ? a.score < b.score : a.path.count > b.path.count
            })
        else { return nil }
        // Text spread over several children: climb while the ancestors keep scoring well.
        var lastScore = top.score
        let threshold = lastScore / 3
        var index = top.path.count - 2
        while index >= 1 {
            let ancestor = top.path[index]
            if ancestor.name == "body" { break }
            guard let scored = candidates[ObjectIdentifier(ancestor)] else { index -= 1; continue }
            if scored.score < threshold { break }
            if scored.score > lastScore { top = scored; break }
            lastScore = scored.score
            index -= 1
        }
        // A container that is its parent's only element child stands for the parent.
        while top.path.count >= 2 {
            let parent = top.path[top.path.count - 2]
            guard parent.name != "body", parent.childElements.count == 1 else { break }
            top = Candidate(
                element: parent, path: Array(top.path.dropLast()),
                score: max(top.score, candidates[ObjectIdentifier(parent)]?.score ?? 0))
        }
        return top
    }

    /// The top container and those of its siblings that hold text nearly as good (parts of the article
    /// the page's layout split), or that read as paragraphs themselves.
    func containers(
        around top: Candidate, candidates: [ObjectIdentifier: Candidate],
        totals: [ObjectIdentifier: Totals]
    ) -> Set<ObjectIdentifier> {
        var included: Set<ObjectIdentifier> = [ObjectIdentifier(top.element)]
        guard top.path.count >= 2 else { return included }
        let parent = top.path[top.path.count - 2]
        let topContent = totals[ObjectIdentifier(top.element)]?.weightedContent ?? 0
        let threshold = max(10, top.score * 0.2)
        let topClass = top.element["class"] ?? ""
        for sibling in parent.childElements where sibling !== top.element {
            let id = ObjectIdentifier(sibling)
            let sameClass = !topClass.isEmpty && sibling["class"] == topClass
            let sums = totals[id] ?? Totals()
            if let scored = candidates[id], scored.score + (sameClass ? top.score * 0.2 : 0) >= threshold {
                included.insert(id)
            } else if sameClass, sums.weightedContent >= topContent * 0.1 {
                // A part of the article in a box like the top's, too deep below it for the scores to reach.
                included.insert(id)
            } else if sibling.name == "p" {
                let text = collapseWhitespace(sibling.textContent)
                if (sums.length > 80 && sums.linkDensity < 0.25)
                    || (sums.length > 0 && sums.links == 0 && text.hasSuffix("."))
                {
                    included.insert(id)
                }
            }
        }
        return included
    }

    func collect(
        _ blocks: [TextBlock], within included: Set<ObjectIdentifier>,
        linkDensity: (HTMLElement) -> Double
    ) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        for block in blocks {
            guard let start = block.path.firstIndex(where: { included.contains(ObjectIdentifier($0)) }) else {
                continue
            }
            // Mostly links — a list of stories, a tag cloud — is not text, nor is anything inside one; a
            // list item that opens with a linked headline and goes on to say something is.
            if block.path[start...].contains(where: { linkDensity($0) > 0.65 }) { continue }
            if block.linkDensity > 0.65 { continue }
            let owner = block.owner.name
            if owner == "h1" { continue }
            let isHeading = ["h2", "h3", "h4", "h5", "h6"].contains(owner)
            paragraphs.append(Paragraph(kind: isHeading ? .crosshead : .body, text: block.text))
        }
        // A heading with no text after it introduced something that was removed.
        while paragraphs.last?.kind == .crosshead { paragraphs.removeLast() }
        return paragraphs
    }
}
