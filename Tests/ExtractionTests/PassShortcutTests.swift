import ArticleModel
import Testing

@testable import Extraction

/// The look-ups that let the passes skip work (a token that opens no number, approximators by their last
/// word, dates by paragraph as slices, a figure's empty details): each gives what the full way gives.
@Suite struct PassShortcutTests {
    private func phrases(_ text: String) -> [(text: String, value: Double, approx: NumberApproximation)] {
        let tokens = Tokenizer().tokens(in: text)
        let scalars = Array(text.unicodeScalars)
        return NumberParser().phrases(in: tokens).map { phrase in
            let start = tokens[phrase.tokens.lowerBound].start
            let end = tokens[phrase.tokens.upperBound - 1].end
            return (String(String.UnicodeScalarView(scalars[start..<end])), phrase.value, phrase.approx)
        }
    }

    /// Every kind of token that opens a phrase still opens one, and an ordinary word or comma opens none.
    @Test func tokensThatMayOpenAPhrase() {
        let found = phrases(
            "Half a million fled, a hundred stayed, several dozen hid, a few hundred left, dozens of homes burned, "
                + "Twenty-two died, .08 percent rose, $5 went and £3m came, eleven tried and 40 stayed.")
        #expect(
            found.map(\.text) == [
                "Half a million", "a hundred", "several dozen", "a few hundred", "dozens", "Twenty-two", ".08 percent",
                "$5", "£3m", "eleven", "40",
            ])
        let words = Tokenizer().tokens(in: "said the , Fled quarter Several HALF Thousands forty-one")
        #expect(words.map(NumberWords.mayOpenPhrase) == [false, false, false, false, true, true, true, true, true])
        for key in NumberWords.small.keys + NumberWords.tens.keys + NumberWords.vaguePlurals.keys {
            #expect(NumberWords.mayOpenPhrase(Tokenizer().tokens(in: key)[0]), "\(key)")
        }
    }

    /// A date that starts with a word starts with one of ``DateLexicon/atomWords`` (or `mid-`): every kind
    /// is still found, and every word of the tables the date scan reads is in the set.
    @Test func wordsThatMayStartADate() {
        let article = Article(
            title: "Report",
            paragraphs: [
                Paragraph(
                    kind: .body,
                    text: "They met at noon, left last week, came back yesterday, voted on Monday, signed in "
                        + "January, paid in Jan. 2019, rested in mid-March and arrived two days ago.")
            ], published: "2020-01-08")
        let found = DateExtractor().extract(from: AnalyzedArticle(article)).filter { $0.span.paragraph == 1 }
        #expect(
            found.map(\.text) == [
                "noon", "last week", "yesterday", "Monday", "January", "Jan. 2019", "mid-March", "two days ago",
            ])
        let tables =
            DateLexicon.relativeDays.keys + EnglishLexicon.weekdays.keys + EnglishLexicon.months.keys
            + EnglishLexicon.monthAbbreviations.keys + DateLexicon.counts.keys
        for word in tables + ["last", "next", "this", "noon", "midday"] {
            #expect(DateLexicon.atomWords.contains(word), "\(word)")
        }
        #expect(!DateLexicon.atomWords.contains("said"))
    }

    /// The approximators under each last word are the full list's, in its order (longest first), so that
    /// `no more than` still wins over `more than`.
    @Test func approximatorsByTheirLastWord() {
        for (words, _) in NumberWords.approximators {
            let last = words.last ?? ""
            let listed = NumberWords.approximators.filter { $0.0.last == last }.map(\.0)
            #expect(NumberWords.approximatorsByLastWord[last]?.map(\.0) == listed, "\(words)")
        }
        #expect(phrases("no more than 50 came").map(\.approx) == [.under])
        #expect(phrases("more than 50 came").map(\.approx) == [.over])
        #expect(phrases("in excess of 50 came, 7 or more left").map(\.approx) == [.over, .over])
        #expect(phrases("than 50 came").map(\.approx) == [.exact])
    }

    /// Dates by paragraph are the same groups, in the same order, as `Dictionary(grouping:)` gives, whether
    /// or not they come paragraph by paragraph.
    @Test func datesByParagraphAsSlices() {
        func date(_ paragraph: Int, _ start: Int) -> DateMention {
            DateMention(
                span: TextSpan(paragraph: paragraph, start: start, end: start + 3), text: "May", value: nil,
                grain: .month)
        }
        for dates in [
            [date(0, 1), date(2, 5), date(2, 9), date(3, 0)], [date(2, 5), date(0, 1), date(3, 0), date(2, 9)], [],
        ] {
            let grouped = Dictionary(grouping: dates, by: \.span.paragraph)
            let sliced = ArticleExtractor.datesByParagraph(dates).mapValues(Array.init)
            #expect(sliced == grouped)
        }
    }

    /// A paragraph's date mentions come in reading order, none overlapping, so that the one starting at a
    /// character and those starting in a sentence are found by binary search: the same as reading them all.
    @Test func dateMentionsFoundByBinarySearch() {
        let text =
            "Jets struck Tovin on Monday. Also on Tuesday, rockets hit Marlow. Between 1:45am and 2:15am on "
            + "Wednesday shells fell, and on 8 January 2020 and last week more fell. No date here. Yesterday, "
            + "from Monday to Wednesday, the raids went on; in 2019 they had stopped."
        let article = Article(
            title: "Report", paragraphs: [Paragraph(kind: .body, text: text)], published: "2020-01-10")
        let analyzed = AnalyzedArticle(article)
        let paragraph = analyzed.paragraphs[1]
        guard let mentions = ArticleExtractor.datesByParagraph(DateExtractor().extract(from: analyzed))[1] else {
            Issue.record("no dates found")
            return
        }
        #expect(mentions.count >= 8)
        #expect(zip(mentions, mentions.dropFirst()).allSatisfy { $0.span.end <= $1.span.start })
        for token in paragraph.tokens {
            #expect(mentions.mention(startingAt: token.start) == mentions.first { $0.span.start == token.start })
        }
        for sentence in paragraph.sentences {
            let start = paragraph.tokens[sentence.lowerBound].start, end = paragraph.tokens[sentence.upperBound - 1].end
            let all = mentions.filter { $0.span.start >= start && $0.span.start < end }
            #expect(Array(mentions.mentions(startingIn: start..<end)) == all)
        }
        #expect(mentions.mentions(startingIn: 0..<0).isEmpty)
        #expect(mentions.mention(startingAt: text.unicodeScalars.count) == nil)
    }

    /// A figure keeps what most figures leave empty apart, and a figure whose details were set and cleared
    /// equals one that never had them.
    @Test func aFigureIsSmallAndItsDetailsCompareByValue() {
        // (128 bytes and a string for each sentence before the sentence was a slice of its paragraph: 144 and none.)
        #expect(MemoryLayout<Figure>.stride <= 144)
        let plain = Figure(
            span: TextSpan(paragraph: 1, start: 0, end: 10), text: "12 rockets", value: 12, kind: .count,
            unit: "rocket", sentence: "12 rockets fell.")
        var figure = plain
        figure.cause = "shelling"
        figure.date = "2020-01-08"
        figure.maxValue = 15
        figure.of = 20
        figure.earlierSite = "Marlow"
        figure.groupSpan = TextSpan(paragraph: 0, start: 1, end: 2)
        #expect(figure != plain)
        #expect(figure.cause == "shelling" && figure.date == "2020-01-08" && figure.maxValue == 15)
        #expect(figure.of == 20 && figure.earlierSite == "Marlow" && figure.groupSpan?.end == 2)
        var copy = figure
        copy.cause = nil
        #expect(figure.cause == "shelling", "a copy's change leaves the original alone")
        figure.cause = nil
        figure.date = nil
        figure.earlierSite = nil
        figure.maxValue = nil
        figure.of = nil
        #expect(figure != plain)
        figure.groupSpan = nil
        #expect(figure == plain)
        figure.date = nil
        #expect(figure == plain)
    }
}
