/// Where a figure's sentence stands in its paragraph's text, as `figures.sentence_start` and
/// `sentence_end` store it, in characters (Unicode scalars), exactly as SQLite's `instr()` and `length()`
/// would find it: the first place the paragraph holds the sentence at or after the figure's end less the
/// sentence's length, so that a sentence the text prints twice points at the copy the figure stands in;
/// the whole paragraph when it does not hold it there (which the extractor never gives). Worked out in
/// the writer rather than in the INSERT, so that figures need not read their paragraph back.
enum SentenceOffsets {
    /// Where the last look-up in one paragraph stood: the next look-up walks from there, forward or back,
    /// not from the paragraph's start, so that the figures of a long paragraph, looked up in reading order,
    /// cost time linear in its length (from the start each, a paragraph of thousands of figures took
    /// quadratic time).
    struct Cursor {
        /// The byte offset of the character at `characters` (or the text's end).
        var position = 0
        var characters = 0
    }

    /// - Parameter figureEnd: the figure's end offset in the paragraph, in characters; 0 searches the
    ///   whole paragraph.
    static func of(_ sentence: String, in paragraph: String, around figureEnd: Int = 0) -> (start: Int, end: Int) {
        var cursor = Cursor()
        return of(sentence, in: paragraph, around: figureEnd, cursor: &cursor)
    }

    /// ``of(_:in:around:)`` from `cursor`, the cursor of the last look-up in the same paragraph text.
    static func of(_ sentence: String, in paragraph: String, around figureEnd: Int, cursor: inout Cursor)
        -> (start: Int, end: Int)
    {
        of(Substring(sentence), in: paragraph, around: figureEnd, cursor: &cursor)
    }

    /// ``of(_:in:around:cursor:)`` for a sentence given as a slice (a figure's ``Figure/sentenceText``).
    static func of(_ sentence: Substring, in paragraph: String, around figureEnd: Int, cursor: inout Cursor)
        -> (start: Int, end: Int)
    {
        located(sentence, in: paragraph, around: figureEnd, cursor: &cursor) ?? whole(paragraph)
    }

    /// The offsets of the whole paragraph, what ``of(_:in:around:cursor:)`` gives when it does not hold the
    /// sentence.
    static func whole(_ paragraph: String) -> (start: Int, end: Int) {
        var paragraph = paragraph
        return (0, paragraph.withUTF8 { characters(in: $0) })
    }

    /// ``of(_:in:around:cursor:)``, or nil when the paragraph does not hold the sentence there (where `of`
    /// gives the whole paragraph).
    static func located(_ sentence: Substring, in paragraph: String, around figureEnd: Int, cursor: inout Cursor)
        -> (start: Int, end: Int)?
    {
        var paragraph = paragraph
        var sentence = sentence
        return paragraph.withUTF8 { text in
            sentence.withUTF8 { needle in
                let since = max(0, figureEnd - characters(in: needle))
                move(&cursor, to: since, in: text)
                guard let start = firstCharacter(of: needle, in: text, from: cursor) else { return nil }
                return (start, start + characters(in: needle))
            }
        }
    }

    /// Moves `cursor` to character `since` of `text` (or the text's end, when it has fewer characters).
    private static func move(_ cursor: inout Cursor, to since: Int, in text: UnsafeBufferPointer<UInt8>) {
        if cursor.position > text.count { cursor = Cursor() }
        while cursor.characters < since && cursor.position < text.count {
            cursor.position += 1
            while cursor.position < text.count && text[cursor.position] & 0xC0 == 0x80 { cursor.position += 1 }
            cursor.characters += 1
        }
        while cursor.characters > since && cursor.position > 0 {
            cursor.position -= 1
            while cursor.position > 0 && text[cursor.position] & 0xC0 == 0x80 { cursor.position -= 1 }
            cursor.characters -= 1
        }
    }

    /// The characters before the first place at or after `cursor` where `needle` starts on a character of
    /// `text` (the cursor's own for an empty `needle`, as `instr()` gives 1), or nil when `text` does not
    /// hold it there.
    private static func firstCharacter(
        of needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, from cursor: Cursor
    ) -> Int? {
        var position = cursor.position
        var characters = cursor.characters
        guard let first = needle.first else { return characters }
        while text.count - position >= needle.count {
            if text[position] == first
                && (1..<needle.count).allSatisfy({ text[position + $0] == needle[$0] })
            {
                return characters
            }
            position += 1
            while position < text.count && text[position] & 0xC0 == 0x80 { position += 1 }
            characters += 1
        }
        return nil
    }

    /// Characters before the first NUL, as `length()` counts them.
    private static func characters(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes {
            if byte == 0 { break }
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        return count
    }
}
