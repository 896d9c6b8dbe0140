import ArticleModel
import Testing

@testable import Extraction

/// A product named before its variant or its device head (`Lite`, `Pro`, `Controller`) is a product in every
/// mention of the article; its maker, named before it, after `developed by` or with a possessive before a new
/// named model, is an organisation. A person's or a place's name stays what it is.
@Suite struct EntityProductVariantTests {
    func entities(_ paragraphs: [String]) -> [ExtractedEntity] {
        let article = Article(title: "Deals", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).entities
    }

    func describe(_ found: [ExtractedEntity]) -> String { "\(found.map { ($0.name, $0.kind) })" }

    @Test func aNameBeforeAVariantNamesTheProductWhereItStandsAlone() {
        let found = entities([
            "Shoppers can pick up the Kelvar Tessa Lite with a carry case for $199 this week.",
            "The handheld runs every title that the first Kelvar Tessa could run, and it weighs less.",
        ])
        #expect(!found.contains { $0.name.contains("Tessa") }, "\(describe(found))")
    }

    @Test func aCapitalisedDeviceHeadNamesAProduct() {
        let found = entities([
            "Velto Orbix Controller in Amber for $39.99",
            "Stock of the Velto Orbix controllers ran out in Dornholm by noon.",
        ])
        #expect(!found.contains { $0.name.contains("Orbix") }, "\(describe(found))")
        #expect(!found.contains { $0.name == "Velto" && $0.kind != .organization }, "\(describe(found))")
        #expect(found.contains { $0.name == "Dornholm" && $0.kind == .place }, "\(describe(found))")
    }

    @Test func aPersonBeforeAVariantWordStaysAPerson() {
        let found = entities([
            "The Tarvan Open was won by Ann Vessa on Sunday afternoon.",
            "Fans queued for the Ann Vessa Pro Classic at the club in Dornholm.",
        ])
        #expect(found.contains { $0.name == "Ann Vessa" && $0.kind == .person }, "\(describe(found))")
    }

    @Test func aEuropeanCompanysSuffixNamesNoProduct() {
        let found = entities([
            "Shares of Dornvale SE fell after the results.",
            "Dornvale said its orders from Tarvan would fall.",
        ])
        #expect(found.contains { $0.name.contains("Dornvale") && $0.kind == .organization }, "\(describe(found))")
    }

    @Test func aPossessiveBeforeANewNamedModelNamesItsMaker() {
        let found = entities(["Critics were impressed by Maresk's new Vellum console at the show in Dornholm."])
        #expect(found.contains { $0.name == "Maresk" && $0.kind == .organization }, "\(describe(found))")
        #expect(!found.contains { $0.name.contains("Vellum") }, "\(describe(found))")
    }

    @Test func aMakerThatActsIsNoProductThoughNamedBeforeAHead() {
        let found = entities([
            "Our Tarnak Router review found the setup slow.",
            "Tarnak said on Monday that sales rose in Dornholm.",
        ])
        #expect(found.contains { $0.name == "Tarnak" }, "\(describe(found))")
    }

    @Test func aDescriptionAfterByNamesNoMaker() {
        let found = entities(["The handset was developed by Dornish phone giant Velkaro and sold in Kestrel Hill."])
        #expect(!found.contains { $0.name == "Dornish" && $0.kind == .organization }, "\(describe(found))")
    }

    @Test func aGamesDeveloperNamedAfterByIsAnOrganisation() {
        let found = entities(["The puzzle title was developed by Tarnwick and reached shops in Kestrel Hill in May."])
        #expect(found.contains { $0.name == "Tarnwick" && $0.kind == .organization }, "\(describe(found))")
    }
}

/// A product line's model number after a capitalised `Series`, `Generation` or `Version` is a name's, no count.
@Suite struct FigureProductSeriesNumberTests {
    @Test(arguments: [
        "The Velto Series 3 features a brighter screen and a lighter case.",
        "Owners of the Orbix Generation 2 models can trade them in at the shop.",
    ])
    func aSeriesNumberIsNoCount(text: String) {
        let figures = TestData.bodyFigures(text)
        #expect(!figures.contains { $0.value == 3 || $0.value == 2 }, "\(figures)")
    }

    @Test func aCountAfterTheLowercaseWordStays() {
        let figures = TestData.bodyFigures("The studio released a series of 12 games over the decade.")
        #expect(figures.contains { $0.value == 12 }, "\(figures)")
    }
}

/// A year before a model's name and the kind of product it is dates the model: a date mention.
@Suite struct DateModelYearOfProductTests {
    @Test func aYearBeforeAModelAndItsKindIsADate() {
        let article = Article(
            title: "Recall",
            paragraphs: [Paragraph(kind: .body, text: "Buyers of the 2021 Velto Orbix sedan can claim a refund in Dornholm.")]
        )
        let dates = TestData.extractor.extract(from: article).dates
        #expect(dates.contains { $0.text == "2021" }, "\(dates)")
    }

    @Test func aCountOfProductsIsNoModelYear() {
        let article = Article(
            title: "Recall",
            paragraphs: [Paragraph(kind: .body, text: "The firm recalled the 2000 Tarnak drones it sold in Dornholm.")]
        )
        let dates = TestData.extractor.extract(from: article).dates
        #expect(!dates.contains { $0.text == "2000" }, "\(dates)")
    }

    /// A model's year before its name alone is a date mention too (stop 40: a year is a date mention,
    /// ANNOTATION.md), which dates no figure (ArticleExtractor+ModelYears).
    @Test func aYearBeforeANameAloneIsADate() {
        let article = Article(
            title: "Review",
            paragraphs: [Paragraph(kind: .body, text: "Owners of the 2020 Vesko Orbix say it rides well on gravel.")]
        )
        let dates = TestData.extractor.extract(from: article).dates
        #expect(dates.contains { $0.text == "2020" && $0.value == "2020" }, "\(dates)")
    }
}
