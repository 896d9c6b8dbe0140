import ArticleModel
import Testing

@testable import Extraction

/// A place owning a superlative that stands for another place (`Europe's biggest economy`) is no site.
@Suite struct FigurePossessivePeriphrasisTests {
    @Test(arguments: [
        ("Some 410,000 people were out of work in Europe's biggest economy last month.", 410_000.0),
        ("Unemployment rose to 9% in Asia's third-largest economy.", 9.0),
        ("About 300 workers lost their jobs in Africa's most populous nation.", 300),
        ("Output fell 4% last year in Africa's biggest oil producer.", 4),
        // A market or a power owned by a region of many countries is one of them.
        ("Sales of new cars fell 6% in Europe's biggest market last month.", 6),
        ("Some 2,000 troops were sent to the Middle East's leading power.", 2000),
    ])
    func theOwnerOfASuperlativeIsNoSite(text: String, value: Double) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(figure.site == nil, "\(figure.site ?? "nil") in \(text)")
    }

    @Test func theOwnerOfASuperlativeLeavesNoOtherPlaceAlone() {
        let text = "Dunmore Brewing, Kestrel's second-largest exporter, was sold to Marlow Foods for 250m euros."
        let figure = TestData.bodyFigures(text).first { $0.kind == .money }
        #expect(figure?.site == nil, "\(figure?.site ?? "nil")")
    }

    @Test(arguments: [
        ("Some 4,100 people were out of work in Germany last month.", 4100.0, "Germany"),
        ("Shelling killed 12 people in Syria's north on Monday.", 12, "Syria"),
        // A superlative that stands for a city, not a country, leaves the country the site.
        ("Jets killed 84 civilians in Syria's biggest city on Monday.", 84, "Syria"),
        // A market, a state or a power that is no superlative's head, or a city's, is a building or a place.
        ("A car bomb killed 20 people in Baghdad's busiest market on Tuesday, police said.", 20, "Baghdad"),
        ("Shelling killed 12 civilians at Aleppo's largest state hospital.", 12, "Aleppo"),
        ("A blast wounded 9 workers at Nigeria's biggest power station.", 9, "Nigeria"),
        ("Fire gutted 40 stalls in Lagos's biggest market.", 40, "Lagos"),
    ])
    func aPlaceOwningNoSuperlativeStaysTheSite(text: String, value: Double, site: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(figure.site == site, "\(figure.site ?? "nil") in \(text)")
    }
}
