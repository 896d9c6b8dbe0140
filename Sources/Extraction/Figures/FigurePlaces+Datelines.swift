/// `MOSCOW (Sputnik) Six people were killed in a shelling of Marlow`, `Tarn (AFP) - …`, `BEIRUT, Lebanon (AP) —`:
/// the place of a dateline, followed by the outlet's credit in brackets, says where the report was filed, not
/// where its figures happened; the sentence's own place, or the one named before it, stays the site.
extension FigurePlaces {
    /// Whether `mention` is a dateline's place: it opens its sentence or is written in capitals, and the
    /// outlet's credit in brackets follows it (past a region after a comma or a country in brackets of its
    /// own: `SAN TARN, Texas (AP)`, `DEIR EZ-ZOR (Syria) (Sputnik)`).
    /// `index` is the mention's in `mentions`, the paragraph's in the order of the text.
    static func isDatelinePlace(
        at index: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph, mentions: [EntityExtractor.MentionReference],
        entities: EntityExtractor.Result
    ) -> Bool {
        let tokens = paragraph.tokens
        let mention = mentions[index]
        var open = mention.tokens.upperBound
        guard open + 2 < tokens.count, tokens[open].isPunctuation("(") || tokens[open].isPunctuation(",") else {
            return false
        }
        let start = mention.tokens.lowerBound
        guard
            tokens[start].isAllCaps && tokens[start].text.utf8.count >= 4
                || paragraph.sentence(holding: start)?.lowerBound == start
        else { return false }
        // (`, Lebanon (AP)`, `(Syria) (Sputnik)`: the region or country the town is in.)
        // (The next mention in the text, read without a scan: datelines in capitals may fill a paragraph.)
        let next = mentions[(index + 1)...].prefix(2).first { $0.tokens.lowerBound > mention.tokens.lowerBound }
        if let region = next, region.tokens.lowerBound == open + 1, entities.entities[region.entity].kind == .place {
            var after = region.tokens.upperBound
            // (`HAYWARD, Calif. (AP)`: an abbreviation's full stop.)
            if after < tokens.count, tokens[after].isPunctuation(".") { after += 1 }
            if tokens[open].isPunctuation(",") {
                open = after
            } else if after + 1 < tokens.count, tokens[after].isPunctuation(")"), tokens[after + 1].isPunctuation("(") {
                open = after + 1
            }
        }
        return isOutletCredit(at: open, in: paragraph, mentions: mentions[(index + 1)...].prefix(3), entities: entities)
    }

    /// `MOSCOW (Sputnik) Six people …`: a news agency's name alone in brackets, which the entity pass may take
    /// for another name of the dateline's place before it, is no place.
    static func isBracketedAgency(
        _ mention: EntityExtractor.MentionReference, in paragraph: AnalyzedArticle.AnalyzedParagraph
    ) -> Bool {
        let tokens = paragraph.tokens
        let start = mention.tokens.lowerBound
        let end = mention.tokens.upperBound
        guard start > 0, end < tokens.count, tokens[start - 1].isPunctuation("("), tokens[end].isPunctuation(")")
        else { return false }
        let written = paragraph.text(of: mention.tokens)
        return written == "AP" || EntityLexicon.newsAgencies.contains(written)
    }

    /// `(Sputnik)`, `(AP)`, `(TRT World)`: one to four capitalised words in brackets at `open` that name a news
    /// agency or an organisation (one of `mentions`, the few after the dateline's place).
    static func isOutletCredit(
        at open: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph,
        mentions: ArraySlice<EntityExtractor.MentionReference>, entities: EntityExtractor.Result
    ) -> Bool {
        let tokens = paragraph.tokens
        guard open + 2 < tokens.count, tokens[open].isPunctuation("(") else { return false }
        var close = open + 1
        while close < min(tokens.count, open + 5), tokens[close].isWord, tokens[close].isCapitalized { close += 1 }
        guard close > open + 1, close < tokens.count, tokens[close].isPunctuation(")") else { return false }
        let words = (open + 1)..<close
        let credit = paragraph.text(of: words)
        if credit == "AP" || EntityLexicon.newsAgencies.contains(credit) { return true }
        return mentions.contains { $0.tokens == words && entities.entities[$0.entity].kind == .organization }
    }
}
