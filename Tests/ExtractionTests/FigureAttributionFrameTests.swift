import ArticleModel
import Testing

@testable import Extraction

/// Who reports a figure in frames met on unseen text: an acronym spelt like a pronoun closing the sentence
/// (`… the WHO said in a statement`), a speaker whose title runs on after the name with no comma (`said Ann
/// Roe UNHCR Envoy in Loria`), an organisation with an aside saying what it is (`The Vesk Medical Union
/// (VMU), a group of doctors, counted …`). Sentences written for these tests.
@Suite struct FigureAttributionFrameTests {
    func source(_ value: Double, in paragraphs: [String]) -> String? {
        TestData.figures(paragraphs).first { $0.value == value }?.source
    }

    @Test func anAcronymSpeltLikeAPronounReports() {
        let paragraphs = [
            "The World Health Organization (WHO) warned of shortages.",
            "All 3 clinics in Vesk are shut and 12 health centres are closed the WHO said in a statement.",
        ]
        #expect(source(3, in: paragraphs) == "World Health Organization")
        #expect(source(12, in: paragraphs) == "World Health Organization")
    }

    /// An acronym spelt like a stop word inside a phrase before the verb, in text that lost its commas: the
    /// object of the clause before (`held by IS`), not a source.
    @Test func anAcronymBeforeAnotherWordIsNoHead() {
        let paragraphs = ["Jets struck two villages which are held by IS activists said."]
        #expect(source(2, in: paragraphs) == nil)
    }

    @Test func theLowercasePronounStillReportsNothing() {
        let paragraphs = ["Piet Kalo runs a clinic. Nine nurses quit, said a doctor who works there."]
        #expect(source(9, in: paragraphs) == nil)
    }

    @Test func aNameBeforeARunOnTitleReports() {
        let paragraphs = [
            "Ann Roe arrived in Loria on Monday.",
            "Aid must reach 4,000 families in the north now said Ann Roe UNHCR Envoy in Loria.",
        ]
        #expect(source(4000, in: paragraphs) == "Ann Roe")
    }

    /// (The acronym spells a pronoun: still part of the title.)
    @Test func aNameBeforeARunOnTitleWithAnAcronymSpeltLikeAPronounReports() {
        let paragraphs = ["Care must reach 4,000 families at once said Lena Oduya WHO Representative in Loria."]
        #expect(source(4000, in: paragraphs) == "Lena Oduya")
    }

    /// `said` and a name opening the reported clause: the clause's subject is no reporter.
    @Test func aNameOpeningTheReportedClauseReportsNothing() {
        let paragraphs = ["Officials said Ann Roe Foundation staff had handed out 400 blankets in Vesk."]
        #expect(source(400, in: paragraphs) != "Ann Roe")
    }

    @Test(arguments: [
        "The Vesk Medical Union (VMU), a group of doctors, counted 70 wounded after the strike.",
        "The Vesk Medical Union, a network of doctors, reported 70 wounded after the strike.",
        "The Vesk Medical Union (VMU) a group of doctors counted 70 wounded after the strike.",
    ])
    func anOrganisationBeforeAnAsideSayingWhatItIsReports(text: String) {
        #expect(source(70, in: [text]) == "Vesk Medical Union", "\(text)")
    }

    /// An aside whose head is no organisation's description is not read as one: the organisation's word
    /// must head it (`a union activist` is a person).
    @Test func anAsideHeadedByAPersonIsNoOrganisations() {
        #expect(source(70, in: ["Vesk Union, a union activist, reported 70 wounded after the strike."]) == nil)
    }

    /// Without its bracketed short form a comma-less aside is not told from the clause before.
    @Test func aBareAsideWithoutABracketReportsNothing() {
        #expect(source(70, in: ["Jets hit Vesk a town of weavers counted 70 wounded."]) == nil)
    }

    @Test func countingPeopleReports() {
        #expect(source(70, in: ["The Tarn Relief Agency counted 70 wounded in Vesk."]) == "Tarn Relief Agency")
    }

    @Test func aCountedPassiveReportsNothing() {
        #expect(source(70, in: ["Some 70 ballots were counted in Vesk."]) == nil)
    }
}
