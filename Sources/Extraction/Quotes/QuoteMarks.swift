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

    /// The marks this pass reads: `“` `”` `"`, `‘` `’` and the straight `'`.
    enum Mark: Equatable {
        case curlyOpen, curlyClose, straight, singleOpen, singleClose, straightSingle

        /// The mark a token's text is, told by its UTF-8 bytes; nil for any other text. (Each mark is one
        /// scalar that no other spelling is canonically equal to, so its bytes are equal exactly when the
        /// strings are: no string comparison per mark.)
        @inline(__always)
        init?(_ text: String) {
            let utf8 = text.utf8
            switch utf8.count {
            case 1:
                switch utf8.first {
                case 0x22: self = .straight
                case 0x27: self = .straightSingle
                default: return nil
                }
            case 3:
                var bytes = utf8.makeIterator()
                guard bytes.next() == 0xE2, bytes.next() == 0x80 else { return nil }
                switch bytes.next() {
                case 0x9C: self = .curlyOpen
                case 0x9D: self = .curlyClose
                case 0x98: self = .singleOpen
                case 0x99: self = .singleClose
                default: return nil
                }
            default:
                return nil
            }
        }

        /// A double mark: `“`, `”` or `"`.
        var isDouble: Bool { self == .curlyOpen || self == .curlyClose || self == .straight }
    }

    /// Punctuation that follows a closing mark rather than starting quoted words.
    static let closingPunctuation: WordSet = [",", ".", ";", ":", "!", "?", ")", "]", "\u{201D}", "\""]

    /// Punctuation a straight mark may stand against and still open a quote: `("…`, `—"…`.
    static let markOpeners: WordSet = ["(", "[", "\u{2014}", "\u{2013}", "-", "/"]

    /// A quote left open at the paragraph's end needs this many words to count (a stray mark does not).
    static let minimumUnclosedWords = 3

    static func spans(in tokens: [Token]) -> [Span] {
        var spans: [Span] = []
        var openDouble: Int?
        var reopened = false
        var openSingle: Int?
        var skip = -1
        for i in tokens.indices where tokens[i].kind == .punctuation && i != skip {
            // Any other punctuation (most of it: commas, full stops) is passed by its bytes.
            guard let written = Mark(tokens[i].text) else { continue }
            var mark = written
            // `’’` and `''` typed for a closing double mark.
            if mark == .singleClose || mark == .straightSingle, openDouble != nil, i + 1 < tokens.count,
                Mark(tokens[i + 1].text) == mark, !tokens[i + 1].spaceBefore
            {
                mark = .curlyClose
                skip = i + 1
            }
            if mark.isDouble {
                let (canOpen, canClose) =
                    mark == written ? direction(of: i, in: tokens, isOpen: openDouble != nil) : (false, true)
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
            } else if openDouble == nil, mark == .singleOpen || mark == .singleClose {
                let (canOpen, canClose) = direction(of: i, in: tokens, isOpen: openSingle != nil)
                if mark == .singleOpen, canOpen {
                    openSingle = i
                } else if mark == .singleClose, canClose, let start = openSingle {
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
        let mark = Mark(tokens[i].text)
        let previousTouches = i > 0 && !tokens[i].spaceBefore
        let nextTouches = i + 1 < tokens.count && !tokens[i + 1].spaceBefore
        let previousIsWord = previousTouches && tokens[i - 1].kind != .punctuation
        let nextIsWord = nextTouches && tokens[i + 1].kind != .punctuation
        if mark == .curlyOpen {
            // By its shape, unless typed for a closing mark: against a word, before a space.
            if isOpen && previousIsWord && !nextTouches { return (false, true) }
            return (i + 1 < tokens.count, false)
        }
        if mark == .curlyClose {
            // By its shape, unless typed for an opening mark: after a space, against the next word.
            if !isOpen && !previousTouches && nextIsWord { return (true, false) }
            return (false, !nextIsWord || previousIsWord)
        }
        if mark == .singleOpen { return (i + 1 < tokens.count && nextTouches, false) }
        if mark == .singleClose {
            // `’` inside a word is an apostrophe and never reaches here; before a letter it is one too.
            return (false, previousTouches && !nextIsWord)
        }
        let afterOpener = i > 0 && markOpeners.contains(tokens[i - 1].text)
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
