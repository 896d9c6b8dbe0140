import Extraction

/// The words a mention names, read from the article's texts (headline first) at its span, in Unicode scalars:
/// a mention holds where it stands, not a copy of its words.
func words(of mention: ExtractedEntity.Mention, in texts: [String]) -> String {
    let scalars = Array(texts[mention.span.paragraph].unicodeScalars)[mention.span.start..<mention.span.end]
    return String(String.UnicodeScalarView(scalars))
}
