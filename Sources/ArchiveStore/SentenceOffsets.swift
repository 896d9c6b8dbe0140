/// Where a figure's sentence stands in its paragraph's text, as `figures.sentence_start` and
/// `sentence_end` store it: the first place the paragraph holds the sentence, in characters (Unicode
/// scalars), exactly as SQLite's `instr()` and `length()` would find it; the whole paragraph when it
/// does not hold it (which the extractor never gives). Worked out in the writer rather than in the
/// INSERT, so that figures need not read their paragraph back.
enum SentenceOffsets {
    static func of(_ sentence: String, in paragraph: String) -> (start: Int, end: Int) {
        var paragraph = paragraph
        var sentence = sentence
        return paragraph.withUTF8 { text in
            sentence.withUTF8 { needle in
                guard let start = firstCharacter(of: needle, in: text) else { return (0, characters(in: text)) }
                return (start, start + characters(in: needle))
            }
        }
    }

    /// The characters before the first place `needle` starts on a character of `text` (0 for an empty
    /// `needle`, as `instr()` gives 1), or nil when `text` does not hold it.
    private static func firstCharacter(of needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>)
        -> Int?
    {
        guard let first = needle.first else { return 0 }
        var position = 0
        var characters = 0
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
