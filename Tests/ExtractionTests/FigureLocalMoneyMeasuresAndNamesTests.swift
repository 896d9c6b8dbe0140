import Testing

@testable import Extraction

/// Money in a currency of one country or named by its nationality, a conversion of a bounded measure, and
/// a capitalised number word that ends a name.
@Suite struct FigureLocalMoneyMeasuresAndNamesTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    // MARK: - Currencies

    @Test(arguments: [
        ("The Dornholm mill will receive 120m naira from the fund, its owner said.", 120_000_000.0, "NGN"),
        ("Kestrel Hill Mining lifted its profit to 4.2bn rand last year.", 4_200_000_000, "ZAR"),
        ("Repairs to the Vessa pier are expected to cost 15bn baht in total.", 15_000_000_000, "THB"),
        ("The Maresk carrier posted sales of 31bn kronor for the quarter.", 31_000_000_000, "SEK"),
        ("A loaf of bread now sells for 700 Syrian pounds in the old market.", 700, "SYP"),
        ("The Tarvan brewer made 12bn Danish kroner in sales over the year.", 12_000_000_000, "DKK"),
        ("Fares went up to 300 Iraqi dinars on the Kelvar bus line.", 300, "IQD"),
        ("The lender was rescued with a bail-out of one trillion won by its owners.", 1_000_000_000_000, "KRW"),
        ("Shares in Maresk Freight fell 45 cents to $12.10 in New York.", 0.45, "USD"),
        ("Shares in the Tarvan miner lost 30 Canadian cents in Toronto.", 0.30, "CAD"),
    ])
    func aLocalCurrencyIsMoney(text: String, value: Double, code: String) {
        let found = figure(value, in: text)
        #expect(found?.kind == .money, "\(text)")
        #expect(found?.unit == code, "\(text)")
    }

    @Test func theVerbWonAfterANameIsNoCurrency() {
        let text = "The Vessa 3 won two awards at the Dornholm fair on Friday."
        #expect(TestData.bodyFigures(text).allSatisfy { $0.kind != .money })
    }

    @Test func gigabitsAreNoPounds() {
        let text = "The new cable carries data at up to 1.25gbps between the Vessa offices."
        #expect(TestData.bodyFigures(text).allSatisfy { $0.kind != .money })
    }

    @Test func poundsWithoutANationalityStayAWeight() {
        let text = "The Kelvar courier carried 40 pounds of mail across the hills."
        #expect(figure(40, in: text)?.kind != .money)
    }

    // MARK: - Conversions of measures

    @Test(arguments: [
        ("The convoy drove almost 5 miles (8 km) before it stopped near Tarvan.", 8.0, Figure.Approximation.about),
        ("The road to Maresk runs for more than 60 kilometres (37 miles) through the hills.", 37, .over),
    ])
    func aConvertedMeasureCarriesTheBoundOfItsMeasure(text: String, value: Double, approx: Figure.Approximation) {
        #expect(figure(value, in: text)?.approx == approx, "\(text)")
    }

    @Test func aConvertedExactMeasureStaysExact() {
        let text = "The Dornholm ferry crossed 12 miles (19 km) of open water."
        #expect(figure(19, in: text)?.approx == .exact)
    }

    // MARK: - Names ending in a number word

    @Test(arguments: [
        ("Fans queued for hours to see the Marvellous Four, the band from Kestrel Hill.", 4.0),
        ("The remake of Kelvar's Eleven opened in cinemas across the country.", 11),
        ("Two Dornholm drivers will race in Formula One next season.", 1),
        ("The club were relegated to League Two after a poor season.", 2),
        ("Kelvar lost again in Saturday's Four Counties final at Maresk.", 4),
        ("The Two Dornholms ran on the radio for sixteen years.", 2),
        ("Tarvan were beaten in the 2019 Five Valleys series by a late try.", 5),
    ])
    func aNumberWordEndingANameCountsNothing(text: String, value: Double) {
        #expect(figure(value, in: text) == nil, "\(text)")
    }

    @Test func aCountAfterAGluedPlaceStaysACount() {
        let text = "The morning bulletin from Dornholm Two soldiers were killed at the checkpoint."
        #expect(figure(2, in: text)?.unit == "soldier")
    }
}

/// A number with a dot before three digits after words of an average is a decimal, not thousands.
@Suite struct FigureAverageDecimalTests {
    @Test(arguments: [
        ("The Kelvar striker ended the season averaging 1.375 goals in each league game.", 1.375),
        ("Tarvan finished with an average of 2.125 points in their away matches.", 2.125),
    ])
    func anAverageKeepsItsDecimal(text: String, value: Double) {
        let values = TestData.bodyFigures(text).map(\.value)
        #expect(!values.contains(value * 1000), "\(text) \(values)")
    }

    @Test func aDotBeforeThreeDigitsStillSeparatesThousands() {
        let values = TestData.bodyFigures("Police said 5.000 protesters marched through Vessa.").map(\.value)
        #expect(values.contains(5000))
    }
}

/// The noun a count counts after a name in its way: a name ending in `s` that goes on in capitals before
/// the noun, and a ranked person's name that is no noun at all.
@Suite struct FigureNounAfterANameTests {
    @Test(arguments: [
        ("Holders will receive three Kestrels Media shares for each share they own.", 3.0, "share"),
    ])
    func aNameEndingInSIsNoCountedNoun(text: String, value: Double, unit: String) {
        let found = TestData.bodyFigures(text).first { $0.value == value }
        #expect(found?.unit == unit, "\(text)")
    }

    @Test func aRankedPersonIsNoCountedNoun() {
        let figures = TestData.bodyFigures("7 Maria Dornholms (Kelvar) moved up two places this week.")
        #expect(figures.allSatisfy { $0.unit != "dornholm" }, "\(figures.map(\.unit))")
    }
}
