/// Where a figure's sentence stands in its paragraph's text, as `figures.sentence_start` and
/// `sentence_end` store it, in characters (Unicode scalars), exactly as SQLite's `instr()` and `length()`
/// would find it: the first place the paragraph holds the sentence at or after the figure's end less the
/// sentence's length, so that a sentence the text prints twice points at the copy the figure stands in;
/// the whole paragraph when it does not hold it there (which the extractor never gives). Worked out in
/// the writer rather than in the INSERT, so that figures need not read their paragraph back.
enum SentenceOffsets {
    /// - Parameter figureEnd: the figure's end offset in the paragraph, in characters; 0 searches the
    ///   whole paragraph.
    static func of(_ sentence: String, in paragraph: String, around figureEnd: Int = 0) -> (start: Int, end: Int) {
        var paragraph = paragraph
        var sentence = sentence
        return paragraph.withUTF8 { text in
            sentence.withUTF8 { needle in
                let since = max(0, figureEnd - characters(in: needle))
                guard let start = firstCharacter(of: needle, in: text, since: since) else {
                    return (0, characters(in: text))
                }
                return (start, start + characters(in: needle))
            }
        }
    }

    /// The characters before the first place at or after character `since` where `needle` starts on a
    /// character of `text` (`since` for an empty `needle`, as `instr()` gives 1), or nil when `text` does
    /// not hold it there.
    private static func firstCharacter(
        of needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, since: Int
    ) -> Int? {
        var position = 0
        var characters = 0
        while characters < since && position < text.count {
            position += 1
            while position < text.count && text[position] & 0xC0 == 0x80 { position += 1 }
            characters += 1
        }
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
