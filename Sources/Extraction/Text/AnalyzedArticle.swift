import ArticleModel

/// An article's paragraphs tokenized once, with sentence boundaries, shared by every extraction pass.
public struct AnalyzedArticle: Sendable {
    public struct AnalyzedParagraph: Sendable {
        /// 0 for the headline, then 1, 2, … as stored.
        public var position: Int
        public var kind: Paragraph.Kind
        public var text: String {
            get { buffer.text }
            set { buffer = ParagraphText(newValue) }
        }
        /// The text as Unicode scalars, indexed by token offsets.
        public var scalars: ParagraphText.Scalars { buffer.scalars }
        public var tokens: [Token]
        /// Token index ranges, one per sentence.
        public var sentences: [Range<Int>]
        /// The text's UTF-8 bytes and where each scalar starts among them.
        private var buffer: ParagraphText
        /// The page's header furniture the paragraph opens with (``PageHeaderFurniture``): tokens where no
        /// count, source, place or name is read.
        public var headerFurniture: Range<Int>?

        init(position: Int, kind: Paragraph.Kind, text: String, tokens: [Token], sentences: [Range<Int>]) {
            self.position = position
            self.kind = kind
            self.buffer = ParagraphText(text)
            self.tokens = tokens
            self.sentences = sentences
        }

        /// The text between two scalar offsets.
        public func text(from start: Int, to end: Int) -> String {
            buffer.text(from: max(0, start), to: min(end, buffer.scalarCount))
        }

        /// The text that tokens `range` cover, as written.
        public func text(of range: Range<Int>) -> String {
            guard let first = range.first, let last = range.last else { return "" }
            return text(from: tokens[first].start, to: tokens[last].end)
        }

        /// The text that tokens `range` cover, as written: a slice of the paragraph's text, not a copy.
        public func slice(of range: Range<Int>) -> Substring {
            guard let first = range.first, let last = range.last else { return "" }
            return buffer.slice(from: tokens[first].start, to: min(tokens[last].end, buffer.scalarCount))
        }

        /// The sentence that holds token `i`, found by binary search (sentences are in order).
        public func sentence(holding i: Int) -> Range<Int>? {
            let index = firstSentence { $0.upperBound > i }
            return index < sentences.count && sentences[index].contains(i) ? sentences[index] : nil
        }

        /// Index of the first sentence that starts at token `i` or after it (`sentences.count` if none).
        public func firstSentence(startingFrom i: Int) -> Int {
            firstSentence { $0.lowerBound >= i }
        }

        /// Index of the first sentence for which `isPast` holds, by binary search: `isPast` must be false
        /// for a run of sentences and then true for all the rest.
        private func firstSentence(where isPast: (Range<Int>) -> Bool) -> Int {
            sentences.partitionPoint(where: isPast)
        }

        /// The characters (Unicode scalars) of the sentence holding character `offset`.
        public func sentenceSpan(containing offset: Int) -> Range<Int> {
            let low = firstSentence { !$0.isEmpty && tokens[$0.upperBound - 1].end > offset }
            guard low < sentences.count, let first = sentences[low].first, let last = sentences[low].last else {
                return 0..<buffer.scalarCount
            }
            return tokens[first].start..<tokens[last].end
        }
    }

    public var paragraphs: [AnalyzedParagraph]
    /// The day the article came out where it came out (`2020-01-08`): what relative dates count from.
    public var published: String?

    public init(_ article: Article) {
        let tokenizer = Tokenizer()
        let splitter = SentenceSplitter()
        paragraphs = article.numberedParagraphs.enumerated().map { position, paragraph in
            let tokens = tokenizer.tokens(in: paragraph.text)
            return AnalyzedParagraph(
                position: position, kind: paragraph.kind, text: paragraph.text, tokens: tokens,
                sentences: splitter.sentences(in: tokens))
        }
        for (position, range) in PageHeaderFurniture.ranges(in: paragraphs) {
            paragraphs[position].headerFurniture = range
        }
        published = article.publicationDay
    }
}
