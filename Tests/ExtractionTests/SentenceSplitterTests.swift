import Testing

@testable import Extraction

/// Where sentences end: at a full stop before a capital, not after a title, an abbreviation or an initial,
/// unless the next word only ever opens a sentence.
@Suite struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        let tokens = Tokenizer().tokens(in: text)
        return SentenceSplitter().sentences(in: tokens).map { range in
            String(
                text[
                    text.index(
                        text.startIndex, offsetBy: tokens[range.lowerBound].start)..<text.index(
                            text.startIndex, offsetBy: tokens[range.upperBound - 1].end)])
        }
    }

    @Test func titlesAndInitialsDoNotEndASentence() {
        #expect(
            sentences("Dr. Lena Ortiz met John F. Kemp in Jan. 2019. They talked.")
                == ["Dr. Lena Ortiz met John F. Kemp in Jan. 2019.", "They talked."])
    }

    @Test func anInitialismOrAbbreviationBeforeASentenceOpenerEndsTheSentence() {
        #expect(
            sentences("The figure came from the U.N. The agency gave no source.")
                == ["The figure came from the U.N.", "The agency gave no source."])
        #expect(
            sentences("Shares fell at Brightwater Inc. It gave no reason.")
                == ["Shares fell at Brightwater Inc.", "It gave no reason."])
    }

    @Test func anInitialismInsideASentenceStaysInIt() {
        #expect(sentences("U.S. officials said the U.N. Security Council would meet.").count == 1)
    }

    @Test func aFullStopWithNoSpaceAfterItStillEndsASentence() {
        #expect(
            sentences("Rockets fell on Dunmore.The council said 40 died.")
                == ["Rockets fell on Dunmore.", "The council said 40 died."])
        #expect(
            sentences("Nine were hurt, officials said.Helen Marsh added that two were missing.")
                == ["Nine were hurt, officials said.", "Helen Marsh added that two were missing."])
        #expect(
            sentences("The market reopened in Castlebar.As traders returned, prices rose.")
                == ["The market reopened in Castlebar.", "As traders returned, prices rose."])
    }

    @Test func aGluedFullStopInsideANameOrAbbreviationDoesNotEndASentence() {
        for text in [
            "Shares in One.Tel fell sharply after the report.",
            "The fan site Halo.Bungie.Org posted the trailer on Monday.",
            "She earned a Ph.D in chemistry at Leeds.",
            "The firm moved to St.Albans last year.",
            "The office on Main Rd.North Side closed early.",
            "Read the BBC.News feed or visit news.bbc.Co for more.",
            "Growth was 3.5 per cent in the U.S. last year.",
            "The rally drew crowds to Washington.D and beyond.",
            "He uploaded the file report.PDF to the site.",
            "Letters go to www.HarborNews.com or to anna.Reyes@example.org each week.",
            "The story ran on the wire service newsdesk.Com before noon.",
        ] {
            #expect(sentences(text).count == 1, "\(text)")
        }
    }
}
