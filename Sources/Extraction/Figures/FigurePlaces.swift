/// The place mentions of a paragraph that may tell where a figure happened: not a place inside a modifier
/// of where someone sits (`the London-based monitor`, `a UK based activist`), nor a page's tag list run
/// into the text (`… a monitor said. Tags Marlow Tarn airstrikes At least 9 people were killed in …`), nor a
/// planet or a moon (`the fastest lifts on Earth`, `send six people to Mars`: a place, but not where a figure of
/// the news happened), nor a dateline's place before its outlet's credit (`MOSCOW (Sputnik) Six people were
/// killed in Marlow`: where the report was filed).
enum FigurePlaces {
    static func of(
        _ paragraph: AnalyzedArticle.AnalyzedParagraph, mentions: [EntityExtractor.MentionReference],
        entities: EntityExtractor.Result
    ) -> [EntityExtractor.MentionReference] {
        let tokens = paragraph.tokens
        let tagged = tagRuns(in: tokens)
        return mentions.indices.lazy.filter { index in
            let mention = mentions[index]
            return entities.entities[mention.entity].kind == .place
                && !tokens[mention.tokens.upperBound - 1].isLocatingModifier
                && !isSeatBeforeBased(mention.tokens.upperBound, in: tokens)
                && !isPlaceInHyphenatedModifier(mention.tokens.upperBound, in: tokens)
                && !(tagged?[mention.tokens.lowerBound] ?? false)
                && !(mention.tokens.count == 1
                    && EntityCelestialBodies.isBody(at: mention.tokens.lowerBound, in: paragraph))
                && !isDatelinePlace(at: index, in: paragraph, mentions: mentions, entities: entities)
                && !isBracketedAgency(mention, in: paragraph)
        }.map { mentions[$0] }
    }

    /// Which tokens stand in a tag list (nil when the paragraph has none).
    static func tagRuns(in tokens: [Token]) -> [Bool]? {
        var tagged: [Bool]?
        var i = 0
        while i < tokens.count {
            guard isTagsLabel(i, in: tokens) else {
                i += 1
                continue
            }
            let end = tagRunEnd(after: i, in: tokens)
            if tagged == nil { tagged = Array(repeating: false, count: tokens.count) }
            for j in i..<end { tagged?[j] = true }
            i = end
        }
        return tagged
    }

    /// `a UK based activist`, `the London based monitor` (the hyphen lost): the place before `based` says
    /// where someone sits. (Not `estimates for Marlow based on hospital data`.)
    static func isSeatBeforeBased(_ next: Int, in tokens: [Token]) -> Bool {
        guard next < tokens.count, tokens[next].lowerIs("based") else { return false }
        return next + 1 == tokens.count || !tokens[next + 1].lowerIs(oneOf: ["on", "upon"])
    }

    /// `the U.S.-led coalition`, `U.K.-made rockets`: a place written with stops, then a hyphen and a modifier's
    /// ending (`-led`, `-backed`; ``Token/modifierEndings``), names who leads or makes, not where it happened.
    /// (`US-led`, one token, is no place mention at all.)
    static func isPlaceInHyphenatedModifier(_ next: Int, in tokens: [Token]) -> Bool {
        guard next < tokens.count, !tokens[next].spaceBefore else { return false }
        var ending = next
        if tokens[next].isPunctuation("-") {
            ending = next + 1
            guard ending < tokens.count, !tokens[ending].spaceBefore else { return false }
        }
        guard tokens[ending].isWord else { return false }
        var word = Substring(tokens[ending].lower)
        if ending == next {
            guard word.hasPrefix("-") else { return false }
            word = word.dropFirst()
        }
        return Token.modifierEndings.contains(String(word))
    }

    /// `Tags Marlow Tarn …`: the label of a tag list, capitalised and followed by a capitalised word.
    static func isTagsLabel(_ i: Int, in tokens: [Token]) -> Bool {
        // (the length and first letter first: most words are not four letters from `T`)
        tokens[i].isWord && tokens[i].text.utf8.count == 4 && tokens[i].text.utf8.first == UInt8(ascii: "T")
            && (tokens[i].text == "Tags" || tokens[i].text == "TAGS")
            && i + 1 < tokens.count && tokens[i + 1].isCapitalized
    }

    /// The end of the tag list after the label at `label`: the bare words after it, up to the first
    /// number, punctuation mark, or word that says where (`Tags Marlow Tarn airstrikes Jets bombed Karmun`
    /// ends before `bombed`), at most ``longestTagRun`` words.
    static func tagRunEnd(after label: Int, in tokens: [Token]) -> Int {
        var i = label + 1
        while i < tokens.count, i - label <= longestTagRun, tokens[i].isWord,
            !FigureLexicon.locatives.contains(lowerOf: tokens[i]),
            !FigureLexicon.strikeVerbs.contains(lowerOf: tokens[i])
        {
            i += 1
        }
        return i
    }

    static let longestTagRun = 16
}
