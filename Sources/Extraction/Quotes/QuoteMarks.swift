/// Finds quotations by their marks in one pass over a paragraph's tokens.
///
/// Curly double marks open and close by their shape. A straight `"` opens when it stands after a space
/// and against the next word, and closes when it stands against the previous token and before a
/// space or punctuation. An opening mark met inside an open quote ends that quote unclosed: its
/// speaker goes on in a new quote (a paragraph break the text lost). Curly single marks (`‘…’`) count
/// outside double quotes only, and only when they close in the same paragraph, since `’` is also an
/// apostrophe (`Weeks’ family`).
struct QuoteMarks {
    struct Span: Equatable {
        /// Token index of the opening mark.
        var open: Int
        /// Token index of the closing mark; nil when the quote runs on to the paragraph's end or to a
        /// new opening mark.
        var close: Int?
        /// Token index just past the quoted words: the closing mark, the next opening mark, or the
        /// paragraph's token count.
        var contentEnd: Int
        /// Opened while another quote was still open: the same speaker goes on.
        var reopened: Bool = false
        var single: Bool = false

        var content: Range<Int> { (open + 1)..<contentEnd }
    }

    static let curlyOpen = "\u{201C}", curlyClose = "\u{201D}", straight = "\""
    static let singleOpen = "\u{2018}", singleClose = "\u{2019}"

    /// Punctuation that follows a closing mark rather than starting quoted words.
    static let closingPunctuation: Set<String> = [",", ".", ";", ":", "!", "?", ")", "]", "\u{201D}", "\""]

    /// Punctuation a straight mark may stand against and still open a quote: `("…`, `—"…`.
    static let markOpeners: Set<String> = ["(", "[", "\u{2014}", "\u{2013}", "-", "/"]

    /// A quote left open at the paragraph's end needs this many words to count (a stray mark does not).
    static let minimumUnclosedWords = 3

    static func spans(in tokens: [Token]) -> [Span] {
        var spans: [Span] = []
        var openDouble: Int?
        var reopened = false
        var openSingle: Int?
        var skip = -1
        for i in tokens.indices where tokens[i].kind == .punctuation && i != skip {
            // Every mark below is `"`, `'` or a curly mark (its UTF-8 opening with 0xE2): any other
            // punctuation (most of it: commas, full stops) is passed without comparing it with each.
            let first = tokens[i].text.utf8.first
            guard first == 0x22 || first == 0x27 || first == 0xE2 else { continue }
            var text = tokens[i].text
            // `’’` and `''` typed for a closing double mark.
            if text == singleClose || text == "'", openDouble != nil, i + 1 < tokens.count, tokens[i + 1].text == text,
                !tokens[i + 1].spaceBefore
            {
                text = curlyClose
                skip = i + 1
            }
            if text == curlyOpen || text == curlyClose || text == straight {
                let (canOpen, canClose) =
                    text == tokens[i].text ? direction(of: i, in: tokens, isOpen: openDouble != nil) : (false, true)
                if let start = openDouble {
                    if canClose {
                        spans.append(Span(open: start, close: i, contentEnd: i, reopened: reopened))
                        openDouble = nil
                    } else if canOpen {
                        // A new opening mark: the open quote ended without its mark.
                        if words(in: tokens, (start + 1)..<i) > 0 {
                            spans.append(Span(open: start, close: nil, contentEnd: i, reopened: reopened))
                        }
                        openDouble = i
                        reopened = true
                    }
                } else if canOpen {
                    openDouble = i
                    reopened = false
                    openSingle = nil
                }
            } else if openDouble == nil, text == singleOpen || text == singleClose {
                let (canOpen, canClose) = direction(of: i, in: tokens, isOpen: openSingle != nil)
                if text == singleOpen, canOpen {
                    openSingle = i
                } else if text == singleClose, canClose, let start = openSingle {
                    spans.append(Span(open: start, close: i, contentEnd: i, single: true))
                    openSingle = nil
                }
            }
        }
        if let start = openDouble, words(in: tokens, (start + 1)..<tokens.count) >= minimumUnclosedWords {
            spans.append(Span(open: start, close: nil, contentEnd: tokens.count, reopened: reopened))
        }
        return spans.filter { words(in: tokens, $0.content) > 0 }
    }

    /// Whether the mark at `i` can open and whether it can close a quote, from the spaces around it.
    static func direction(of i: Int, in tokens: [Token], isOpen: Bool) -> (canOpen: Bool, canClose: Bool) {
        let text = tokens[i].text
        let previousTouches = i > 0 && !tokens[i].spaceBefore
        let nextTouches = i + 1 < tokens.count && !tokens[i + 1].spaceBefore
        let afterOpener = i > 0 && markOpeners.contains(tokens[i - 1].text)
        let previousIsWord = previousTouches && tokens[i - 1].kind != .punctuation
        let nextIsWord = nextTouches && tokens[i + 1].kind != .punctuation
        if text == curlyOpen {
            // By its shape, unless typed for a closing mark: against a word, before a space.
            if isOpen && previousIsWord && !nextTouches { return (false, true) }
            return (i + 1 < tokens.count, false)
        }
        if text == curlyClose {
            // By its shape, unless typed for an opening mark: after a space, against the next word.
            if !isOpen && !previousTouches && nextIsWord { return (true, false) }
            return (false, !nextIsWord || previousIsWord)
        }
        if text == singleOpen { return (i + 1 < tokens.count && nextTouches, false) }
        if text == singleClose {
            // `’` inside a word is an apostrophe and never reaches here; before a letter it is one too.
            return (false, previousTouches && !nextIsWord)
        }
        let nextStartsWords =
            nextTouches && (tokens[i + 1].kind != .punctuation || !closingPunctuation.contains(tokens[i + 1].text))
        let canOpen = nextStartsWords && (!previousTouches || afterOpener)
        let canClose =
            previousTouches
            && (!nextTouches || closingPunctuation.contains(tokens[i + 1].text)
                || tokens[i + 1].kind == .punctuation && !nextStartsWords)
        if !canOpen && !canClose { return (!isOpen, isOpen) }  // spaces on both sides, or none: toggle
        return (canOpen, canClose)
    }

    static func words(in tokens: [Token], _ range: Range<Int>) -> Int {
        var count = 0
        for i in range where tokens[i].kind != .punctuation { count += 1 }
        return count
    }
}
