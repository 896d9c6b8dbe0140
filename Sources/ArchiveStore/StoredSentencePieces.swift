import Extraction

/// A sentence too long to store whole with each of its figures, cut into bounded pieces: a line with no full
/// stop (thousands of tolls run on with commas) would otherwise store its whole text once per count with an
/// event (`figures.sentence`), and its offsets would make every view read it whole per pair of counts, so the
/// archive grew with the square of the line. Each figure of such a sentence stores the piece that holds it
/// as its sentence (`sentence_start`, `sentence_end` and `sentence` alike, so that the views read the piece as
/// they read a sentence, and counts of one piece share it). A sentence of at most ``longestWholeSentence``
/// characters (the longest in the news corpus and the web pages has 574) is stored whole, as before.
struct StoredSentencePieces {
    /// The longest sentence stored whole, in characters (Unicode scalars, as the offsets count them).
    static let longestWholeSentence = 1_000
    /// The least length of a piece: a piece ends at the first space after it (the last piece takes what is left).
    static let pieceLength = 400
    /// How far past ``pieceLength`` a piece may run to end after a space; a piece with no space there is cut.
    static let spaceReach = 100

    /// The sentence's offset in its paragraph.
    let start: Int
    let sentence: Substring
    let length: Int
    /// Where each piece starts: in characters from the sentence's start, and as an index of its text.
    let pieceStarts: [(offset: Int, index: String.Index)]

    /// The pieces of `sentence` at `offsets`, or nil when it is short enough to store whole (or its text
    /// does not have the offsets' length).
    init?(sentence: Substring, at offsets: (start: Int, end: Int)) {
        let length = offsets.end - offsets.start
        guard length > Self.longestWholeSentence else { return nil }
        let scalars = sentence.unicodeScalars
        var starts: [(offset: Int, index: String.Index)] = [(0, scalars.startIndex)]
        var count = 0
        var afterSpace = false
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let least = starts[starts.count - 1].offset + Self.pieceLength
            if count >= least, length - count >= Self.pieceLength, afterSpace || count >= least + Self.spaceReach {
                starts.append((count, index))
            }
            afterSpace = scalars[index].properties.isWhitespace
            scalars.formIndex(after: &index)
            count += 1
        }
        guard count == length else { return nil }
        self.start = offsets.start
        self.sentence = sentence
        self.length = length
        pieceStarts = starts
    }

    /// The piece holding the figure at paragraph offsets `figureStart..<figureEnd`: its offsets in the paragraph
    /// and its text (run on to the figure's end when the figure crosses into the next piece).
    func piece(holding figureStart: Int, to figureEnd: Int) -> (offsets: (start: Int, end: Int), text: Substring) {
        let position = figureStart - start
        let low = pieceStarts.partitionPoint { $0.offset > position }
        let first = pieceStarts[max(0, low - 1)]
        var end = low < pieceStarts.count ? pieceStarts[low] : (offset: length, index: sentence.endIndex)
        let figureEndInSentence = min(length, figureEnd - start)
        if figureEndInSentence > end.offset {
            end.index = sentence.unicodeScalars.index(end.index, offsetBy: figureEndInSentence - end.offset)
            end.offset = figureEndInSentence
        }
        let text = Substring(sentence.unicodeScalars[first.index..<end.index])
        return ((start + first.offset, start + end.offset), text)
    }
}
