import ArticleModel
import Testing

@testable import Extraction

/// Sayings and set phrases with a number in them count nothing; the same words counting something do.
@Suite struct FigureIdiomTests {
    func values(in text: String) -> [Double] {
        TestData.bodyFigures(text).map(\.value)
    }

    @Test(arguments: [
        "As they say, a photograph is worth a thousand words.",
        "A million thanks to the volunteers who cleared the road.",
        "The crowd left one by one after the speeches.",
        "She has told the story a hundred times since the flood.",
        "The clinic is one of the busiest in the province.",
        "At one point the convoy stopped for the night.",
    ])
    func anIdiomIsNoFigure(text: String) {
        #expect(values(in: text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        ("The charity delivered a thousand blankets to the camp.", 1_000.0),
        ("Police said one of the guards died in hospital.", 1),
        ("Officials counted a million voters in the capital.", 1_000_000),
    ])
    func theSameWordsCountingSomethingAreAFigure(text: String, value: Double) {
        #expect(values(in: text).contains(value), "\(text)")
    }
}
