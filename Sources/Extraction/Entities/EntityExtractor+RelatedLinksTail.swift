/// A scraped page's tail run into the article's last words: `… Source Harbour Wire Related News Floods hit Tarn |
/// Kelvar votes … Follow us … Copyright 2019 Harbour Wire. About Us Privacy Policy`. The other stories' headlines,
/// the page's section labels (`Category News`) and its sharing buttons name nothing the article is about, and
/// their capitals run together into junk names (`Category News`, `News Tarn`).
extension EntityExtractor {
    /// Second words of a related-links label after `Related`.
    static let relatedLinksLabels: WordSet = [
        "News", "Stories", "Articles", "Coverage", "Content", "Posts", "Links", "Videos", "Reading",
    ]

    /// The page's tail from a related-links label (`Related News`, `Related Stories`, with a capitalised headline
    /// after it) to the paragraph's end, when the page's copyright line (`Copyright`) follows the label in the same
    /// paragraph: then only page furniture is left. A related box without the footer after it (`Related Coverage
    /// … ` and the article going on) is no tail: nil.
    static func relatedLinksTail(in tokens: [Token]) -> Range<Int>? {
        // (The footer word first: most paragraphs have none, and the label is looked for only before it.)
        guard let footer = tokens.lastIndex(where: { $0.text == "Copyright" }) else { return nil }
        var k = 0
        while k + 2 < footer {
            defer { k += 1 }
            guard tokens[k].text == "Related", relatedLinksLabels.contains(tokens[k + 1].text) else { continue }
            let next = tokens[k + 2]
            guard next.isWord, next.isCapitalized || next.isNumber else { continue }
            return k..<tokens.count
        }
        return nil
    }
}
