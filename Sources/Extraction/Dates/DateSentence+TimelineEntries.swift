/// Bare years heading a timeline's entries: `… after 27 days of shelling. 2013 Jihadists expand in the north …`.
extension DateSentence {
    /// Whether the year at `i` opens its sentence as a timeline's entry (`2014 Rebels take …`,
    /// ``TimelineEntry``) beside another entry: the sentence right before or right after in the paragraph
    /// opens as one too. Not a year after the publication's (a timeline tells what happened), nor a lone line
    /// (`2018 Model Range` over a page is a title).
    func headsATimelineEntry(at i: Int) -> Bool {
        guard i == sentence.lowerBound, TimelineEntry.opensWithABareYear(sentence, tokens: tokens) else { return false }
        if let anchor, let year = Int(tokens[i].text), year > anchor.year { return false }
        let before = i > 0 ? paragraph.sentence(holding: i - 1) : nil
        let after = paragraph.sentence(holding: sentence.upperBound)
        return [before, after].contains { neighbour in
            neighbour.map { TimelineEntry.opens($0, tokens: tokens) } ?? false
        }
    }
}
