import ArticleModel
import Testing

@testable import Extraction

/// Each way a clock time is written, and the words it needs around it to be one.
@Suite struct ClockTimeTests {
    private func times(_ text: String) -> [DateMention] {
        let article = Article(
            title: "Report", paragraphs: [Paragraph(kind: .body, text: text)], published: "2020-01-08")
        return DateExtractor().extract(from: AnalyzedArticle(article))
            .filter { $0.span.paragraph == 1 && ($0.grain == .minute || $0.grain == .hour) }
    }

    /// The one time found in `text`: its text, its hour (and minute), and its zone (`22:45 GMT|22:45|GMT`).
    private func time(_ text: String) -> String {
        let found = times(text)
        #expect(found.count == 1, "\(text): \(found.map(\.text))")
        guard let mention = found.first, let value = mention.value, let t = value.firstIndex(of: "T") else { return "" }
        return "\(mention.text)|\(value[value.index(after: t)...])|\(mention.timeZone ?? "")"
    }

    @Test func everyWrittenForm() {
        #expect(time("The blast came at 2.15pm on Wednesday.") == "2.15pm|14:15|")
        #expect(time("The blast came at 1:45am on Wednesday.") == "1:45am|01:45|")
        #expect(time("The blast came at 1:45:30 am on Wednesday.") == "1:45:30 am|01:45|")
        #expect(time("The blast came at 10 p.m. on Wednesday.") == "10 p.m.|22|")
        #expect(time("The blast came at 12am on Wednesday.") == "12am|00|")
        #expect(time("The blast came at 1130 am on Wednesday.") == "1130 am|11:30|")
        #expect(time("The blast came at 0400 GMT on Wednesday.") == "0400 GMT|04:00|GMT")
        #expect(time("The blast came at 2245 hrs on Wednesday.") == "2245 hrs|22:45|")
        #expect(time("The blast came at 22:45 on Wednesday.") == "22:45|22:45|")
        #expect(time("The blast came 22:45 hrs on Wednesday.") == "22:45 hrs|22:45|")
        #expect(time("The blast came 2.15 GMT on Wednesday.") == "2.15 GMT|02:15|GMT")
    }

    @Test func zonesAfterTheTime() {
        #expect(time("The blast came at 22:45 GMT+3 on Wednesday.") == "22:45 GMT+3|22:45|GMT+3")
        #expect(time("The blast came at 9:30pm local time on Wednesday.") == "9:30pm local time|21:30|local")
    }

    @Test func digitsThatAreNoTime() {
        #expect(times("He scored 10 on Wednesday.").isEmpty)
        #expect(times("The vote was 2245 on Wednesday.").isEmpty)
        #expect(times("Sales were 2.15 million on Wednesday.").isEmpty)
        #expect(times("They counted 2245 hrs of footage.").isEmpty)
        #expect(times("The score was 13:45 on Wednesday.").isEmpty)
        #expect(times("It was 13pm on Wednesday.").isEmpty)
        #expect(times("It was 2.123 pm on Wednesday.").isEmpty)
    }
}
