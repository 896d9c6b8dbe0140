import ArticleModel

/// Reads a plain-text wire story.
///
/// The layout: an optional front-matter block (`---`, `key: value` lines for `title`, `source`,
/// `published`, `url`, `byline`, `language`, `---`), then the headline on the first line, then
/// paragraphs separated by blank lines (or one per line when the text has no blank lines). The paragraph
/// after the headline is the standfirst when it is short and more follow; a short line with no closing
/// punctuation between paragraphs is a crosshead; a trailing `Source: NAME` line names the source.
public struct PlainTextArticleReader: Sendable {
    /// Longest paragraph (in characters) still taken as a standfirst.
    static let standfirstMaximumLength = 320
    /// Longest line (in words) still taken as a crosshead.
    static let crossheadMaximumWords = 8

    public init() {}

    public func read(_ text: String, origin: String? = nil) throws -> Article {
        var lines = Self.lines(of: text)
        let frontMatter = Self.takeFrontMatter(&lines)

        var blocks = Self.blocks(of: lines, headlineLine: frontMatter["title"] == nil)
        var source = frontMatter["source"]
        if let last = blocks.last, let name = Self.sourceCredit(last) {
            blocks.removeLast()
            source = source ?? name
        }

        var title = frontMatter["title"]
        if title == nil {
            guard !blocks.isEmpty else { throw ArticleReadError.noHeadline }
            title = blocks.removeFirst()
        } else if let first = blocks.first, collapseWhitespace(first) == collapseWhitespace(title ?? "") {
            // The front matter names the headline the text also opens with: it is not a paragraph too.
            blocks.removeFirst()
        }
        guard let headline = title, !headline.isEmpty else { throw ArticleReadError.noHeadline }

        var paragraphs: [Paragraph] = []
        for (index, block) in blocks.enumerated() {
            let kind: Paragraph.Kind
            if index == 0 && blocks.count >= 3 && block.hasAtMost(Self.standfirstMaximumLength) {
                kind = .standfirst
            } else if index > 0 && index < blocks.count - 1 && Self.looksLikeCrosshead(block) {
                kind = .crosshead
            } else {
                kind = .body
            }
            paragraphs.append(Paragraph(kind: kind, text: block))
        }

        let published = PublicationDate.read([frontMatter["published"] ?? frontMatter["date"]])
        return Article(
            title: headline, paragraphs: paragraphs, source: source, url: frontMatter["url"],
            published: published.published, byline: frontMatter["byline"] ?? frontMatter["author"],
            language: frontMatter["language"], originPath: origin, publishedAsWritten: published.asWritten
        )
    }

    // MARK: - Layout

    /// The lines of `text`, split at "\n", "\r\n" and "\r". A line break is always a Character of its own
    /// ("\r\n" one), so splitting the UTF-8 bytes gives what splitting the Characters would, without
    /// walking Characters (which costs more than the rest of reading).
    static func lines(of text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == 0x0A || byte == 0x0D else {
                    index += 1
                    continue
                }
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                start = index
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return lines
        }
    }

    /// Removes a leading `---` … `---` block and returns its `key: value` pairs (keys lowercased).
    static func takeFrontMatter(_ lines: inout [String]) -> [String: String] {
        guard let first = lines.firstIndex(where: { !$0.trimmed.isEmpty }), lines[first].trimmed == "---",
            let end = lines[(first + 1)...].firstIndex(where: { $0.trimmed == "---" })
        else { return [:] }
        var fields: [String: String] = [:]
        for line in lines[(first + 1)..<end] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmed.lowercased()
            var value = line[line.index(after: colon)...].trimmed
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = String(value.dropFirst().dropLast())
            }
            if !key.isEmpty && !value.isEmpty { fields[key] = value }
        }
        lines.removeSubrange(...end)
        return fields
    }

    /// Paragraph texts: blank-line separated blocks with inner line breaks joined by spaces. A text with
    /// no blank line after its headline is taken one paragraph per line. With `headlineLine` false (the
    /// front matter gave the title) the first line is not split off, so a wrapped first paragraph stays whole.
    static func blocks(of lines: [String], headlineLine: Bool = true) -> [String] {
        let trimmed = lines.map(\.trimmed)
        guard let firstText = trimmed.firstIndex(where: { !$0.isEmpty }) else { return [] }
        let afterHeadline = trimmed[(headlineLine ? firstText + 1 : firstText)...]
        let textAfter = afterHeadline.drop(while: \.isEmpty)
        // Blank lines at the end (a file's final newline) separate nothing.
        let hasBlankSeparators = textAfter.reversed().drop(while: \.isEmpty).contains(where: \.isEmpty)

        var blocks: [String] = headlineLine ? [trimmed[firstText]] : []
        var current: [String] = []
        var previous = ""
        for line in textAfter {
            // A short heading on its own line right above a paragraph is a crosshead, not the paragraph's
            // first words (`Tarn` above `Army units advanced …` is no `Tarn Army`). The line below must be
            // clearly longer: text wrapped in a narrow column (`The International Monetary` / `Fund said …`)
            // has short lines throughout.
            let headingAbove = !current.isEmpty && isLineHeading(previous) && startsWithCapital(line)
                && (current.count == 1 || endsSentence(current[current.count - 2]))
                && isClearlyLonger(line, than: previous)
            if headingAbove {
                let heading = current.removeLast()
                if !current.isEmpty { blocks.append(collapseWhitespace(current.joined(separator: " "))) }
                blocks.append(collapseWhitespace(heading))
                current = []
            }
            if line.isEmpty || !hasBlankSeparators {
                if !current.isEmpty { blocks.append(collapseWhitespace(current.joined(separator: " "))) }
                current = []
            }
            if !line.isEmpty { current.append(line) }
            previous = line
        }
        if !current.isEmpty { blocks.append(collapseWhitespace(current.joined(separator: " "))) }
        return blocks
    }

    /// Most words of a heading line inside a block: longer lines are wrapped text.
    static let headingLineMaximumWords = 3

    /// A line of one to three capitalised words, not closing a sentence (`Tarn`, `Aid Convoys`): a
    /// heading, where a line of wrapped text runs on for many words.
    static func isLineHeading(_ line: String) -> Bool {
        guard !line.isEmpty, line.hasAtMost(40) else { return false }
        let words = line.split(separator: " ")
        // Not a dateline in capitals (`WASHINGTON`) or a byline (`By Ann Roe`), which the extractor reads as such.
        guard words.count <= headingLineMaximumWords, words.first != "By",
            words.allSatisfy({ ($0.first.map { $0.isUppercase } ?? false) && $0.contains(where: \.isLowercase) }),
            let last = lastMark(of: line)
        else { return false }
        return !".!?:;,-\u{2014}".contains(last)
    }

    /// Whether `line` runs past 40 characters and is twice as long as `heading` at least.
    static func isClearlyLonger(_ line: String, than heading: String) -> Bool {
        let length = line.count
        return length > 40 && length >= 2 * heading.count
    }

    /// A line whose first letter is a capital: a paragraph's first line.
    static func startsWithCapital(_ line: String) -> Bool { line.first?.isUppercase ?? false }

    /// A line that ends a sentence: a full stop, a question or exclamation mark, maybe then a closing quote.
    static func endsSentence(_ line: String) -> Bool {
        guard let last = lastMark(of: line) else { return false }
        return ".!?".contains(last)
    }

    /// The last character before closing quotes, brackets and spaces: `.` of `said.")`.
    static func lastMark(of text: String) -> Character? {
        let closers: Set<Character> = ["\"", "'", "\u{2019}", "\u{201D}", ")", " "]
        return text.reversed().first { !closers.contains($0) }
    }

    /// `Source: Al Jazeera` → "Al Jazeera", for a short final line naming the publisher.
    static func sourceCredit(_ block: String) -> String? {
        let prefix = "source:"
        guard block.hasAtMost(80), block.lowercased().hasPrefix(prefix) else { return nil }
        let name = block.dropFirst(prefix.count).trimmed
        return name.isEmpty ? nil : name
    }

    /// A short line that does not end a sentence: `‘Iran is equipped’`, `Rising tensions`.
    static func looksLikeCrosshead(_ block: String) -> Bool {
        // The length first: it walks at most 81 Characters, where splitting a long paragraph walks them all.
        guard block.hasAtMost(80), block.split(separator: " ").count <= crossheadMaximumWords else { return false }
        guard let last = lastMark(of: block) else { return false }
        return !".!?:;,".contains(last)
    }
}

extension Substring {
    /// The text without whitespace at either end (Unicode scalars, not Characters, are trimmed).
    var trimmed: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.isTextWhitespace }),
            let end = scalars.lastIndex(where: { !$0.isTextWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}

extension String {
    /// The text without whitespace at either end (Unicode scalars, not Characters, are trimmed).
    var trimmed: String { self[...].trimmed }
}

extension StringProtocol {
    /// Whether the text has at most `count` Characters, walking no more than `count + 1` of them.
    func hasAtMost(_ count: Int) -> Bool {
        index(startIndex, offsetBy: count + 1, limitedBy: endIndex) == nil
    }
}
