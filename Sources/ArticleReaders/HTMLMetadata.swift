import ArticleModel
import Foundation

/// What a news page says about its article outside the text: Open Graph and other `<meta>` tags,
/// `<link rel=canonical>`, `<html lang>`, `<time datetime>`, and JSON-LD `NewsArticle`/`Article` objects.
struct HTMLMetadata {
    var headline: String?
    var description: String?
    var byline: String?
    var published: String?
    /// The page's publication date as written, when it is not ``published`` as it stands.
    var publishedAsWritten: String?
    var siteName: String?
    var url: String?
    var language: String?
    /// JSON-LD `articleBody`: the text when the page's own markup gives none.
    var articleBody: String?

    init(_ root: HTMLElement) {
        var page = PageTags()
        root.forEachElement { page.read($0) }
        let (meta, itemprop, linkedData) = (page.meta, page.itemprop, page.linkedData)
        let (canonical, titleText, firstH1) = (page.canonical, page.titleText, page.firstH1)
        let (timeDatetime, authorLink) = (page.timeDatetime, page.authorLink)

        let article = linkedData.first ?? [:]
        func ld(_ key: String) -> String? { Self.string(article[key]) }

        siteName = meta["og:site_name"] ?? Self.name(article["publisher"]) ?? meta["application-name"]
        headline = Self.withoutSiteName(
            meta["og:title"] ?? ld("headline") ?? meta["twitter:title"] ?? firstH1 ?? titleText,
            siteName: siteName)
        description = meta["og:description"] ?? meta["description"] ?? meta["twitter:description"] ?? ld("description")
        let bylines = [
            Self.names(article["author"]), meta["author"], meta["article:author"], meta["byl"], meta["dc.creator"],
            meta["parsely-author"], itemprop["author"], authorLink,
        ]
        byline = bylines.lazy.compactMap { $0.flatMap(Self.byline) }.first
        let dates = [
            meta["article:published_time"], ld("datePublished"), meta["datepublished"], itemprop["datePublished"],
            meta["date"], meta["pubdate"], meta["publish-date"], meta["dc.date"], meta["dc.date.issued"],
            meta["sailthru.date"], meta["parsely-pub-date"], meta["og:pubdate"], timeDatetime, ld("dateCreated"),
        ]
        (published, publishedAsWritten) = PublicationDate.read(dates)
        url = [canonical, meta["og:url"], ld("url")].lazy.compactMap { $0 }.first { Self.isURL($0) }
        let lang = root["lang"] ?? root["xml:lang"] ?? meta["content-language"] ?? meta["og:locale"] ?? ld("inLanguage")
        language = lang.map { $0.trimmed.replacingOccurrences(of: "_", with: "-") }.flatMap { $0.isEmpty ? nil : $0 }
        articleBody = ld("articleBody")
        if let text = headline, text.isEmpty { headline = nil }
    }

    /// The tags of a page that metadata is read from, gathered in one walk over its elements.
    struct PageTags {
        /// First content for each lower-cased property, name or itemprop of a `<meta>`.
        var meta: [String: String] = [:]
        var canonical: String?
        var titleText: String?
        var firstH1: String?
        var timeDatetime: String?
        var itemprop: [String: String] = [:]
        var authorLink: String?
        var linkedData: [[String: Any]] = []

        mutating func read(_ element: HTMLElement) {
            switch element.name {
            case "meta":
                guard let content = element["content"]?.trimmed, !content.isEmpty else { return }
                for key in ["property", "name", "itemprop", "http-equiv"] {
                    if let name = element[key]?.lowercased().trimmed, !name.isEmpty, meta[name] == nil {
                        meta[name] = content
                    }
                }
            case "link":
                if canonical == nil, element["rel"]?.lowercased().split(separator: " ").contains("canonical") == true,
                    let href = element["href"]?.trimmed, !href.isEmpty
                {
                    canonical = href
                }
            case "title":
                if titleText == nil { titleText = collapseWhitespace(element.textContent) }
            case "h1":
                if firstH1 == nil {
                    let text = collapseWhitespace(element.textContent); if !text.isEmpty { firstH1 = text }
                }
            case "a":
                if authorLink == nil, element["rel"]?.lowercased().split(separator: " ").contains("author") == true {
                    let text = collapseWhitespace(element.textContent)
                    if !text.isEmpty { authorLink = text }
                }
            case "time":
                if timeDatetime == nil, let value = element["datetime"] { timeDatetime = value }
            case "script":
                if let object = HTMLMetadata.jsonLD(element.textContent) {
                    linkedData += HTMLMetadata.articleObjects(in: object)
                }
            default:
                break
            }
            readItemprop(of: element)
        }

        /// `itemprop` values outside `<meta>`; an author is often a box holding the name and more (a
        /// handle, the date): take the name.
        mutating func readItemprop(of element: HTMLElement) {
            guard element.name != "meta", let prop = element["itemprop"], itemprop[prop] == nil else { return }
            var named: HTMLElement?
            if prop == "author" {
                element.forEachElement { if named == nil && $0["itemprop"] == "name" { named = $0 } }
            }
            let source = named ?? element
            let value = source["content"] ?? source["datetime"] ?? collapseWhitespace(source.textContent)
            if !value.isEmpty { itemprop[prop] = value }
        }
    }

    // MARK: - JSON-LD

    /// The JSON in a `<script type="application/ld+json">`, forgiving raw line breaks inside strings.
    static func jsonLD(_ text: String) -> Any? {
        let data = Data(text.utf8)
        if let object = try? JSONSerialization.jsonObject(with: data) { return object }
        let flattened = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\t", with: " ")
        return try? JSONSerialization.jsonObject(with: Data(flattened.utf8))
    }

    /// The article objects in a JSON-LD value: its `@type` names a kind of article (`NewsArticle`,
    /// `ReportageNewsArticle`, `BlogPosting` …), searched through arrays and `@graph`.
    static func articleObjects(in value: Any, depth: Int = 0) -> [[String: Any]] {
        guard depth < 6 else { return [] }
        if let array = value as? [Any] { return array.flatMap { articleObjects(in: $0, depth: depth + 1) } }
        guard let object = value as? [String: Any] else { return [] }
        var found: [[String: Any]] = []
        let types =
            (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
        if types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "LiveBlogPosting" }) {
            found.append(object)
        }
        if let graph = object["@graph"] { found += articleObjects(in: graph, depth: depth + 1) }
        if let main = object["mainEntity"] { found += articleObjects(in: main, depth: depth + 1) }
        return found
    }

    static func string(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        let collapsed = text.trimmed
        return collapsed.isEmpty ? nil : collapsed
    }

    /// `"Reuters"` or `{"@type": "Organization", "name": "Reuters"}`.
    static func name(_ value: Any?) -> String? {
        if let text = string(value) { return text }
        if let object = value as? [String: Any] { return string(object["name"]) }
        if let array = value as? [Any] { return array.lazy.compactMap { name($0) }.first }
        return nil
    }

    /// Authors as a byline: one name, or names joined by commas; URLs are not names.
    static func names(_ value: Any?) -> String? {
        let all: [String]
        if let array = value as? [Any] {
            all = array.compactMap { name($0) }
        } else {
            all = name(value).map { [$0] } ?? []
        }
        let people = all.filter { !isURL($0) }
        var unique: [String] = []
        for person in people where !unique.contains(person) { unique.append(person) }
        return unique.isEmpty ? nil : unique.joined(separator: ", ")
    }

    /// `By Ann Writer` → `Ann Writer`; nil for a URL (Facebook profile links in `article:author`) or a
    /// whole paragraph.
    static func byline(_ text: String) -> String? {
        var name = collapseWhitespace(text)
        if name.lowercased().hasPrefix("by ") { name = String(name.dropFirst(3)).trimmed }
        guard !name.isEmpty, name.count <= 80, !isURL(name) else { return nil }
        return name
    }

    static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//")
    }

    /// `Big news | The Daily` → `Big news` when the site is called The Daily.
    static func withoutSiteName(_ title: String?, siteName: String?) -> String? {
        guard let title = title.map(collapseWhitespace), let siteName, !siteName.isEmpty else {
            return title.map(collapseWhitespace)
        }
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            if title.lowercased().hasSuffix((separator + siteName).lowercased()) {
                let kept = String(title.dropLast(separator.count + siteName.count)).trimmed
                if !kept.isEmpty { return kept }
            }
        }
        return title
    }
}
