import Testing

@testable import Extraction

/// The phrases NumberParser finds in `text`, each with the text its tokens cover.
private func parse(_ text: String) -> [(text: String, phrase: NumberPhrase)] {
    let tokens = Tokenizer().tokens(in: text)
    let scalars = Array(text.unicodeScalars)
    return NumberParser().phrases(in: tokens).map { phrase in
        let start = tokens[phrase.tokens.lowerBound].start
        let end = tokens[phrase.tokens.upperBound - 1].end
        return (String(String.UnicodeScalarView(scalars[start..<end])), phrase)
    }
}

private func close(_ a: Double?, _ b: Double?) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case (let a?, let b?): return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    default: return false
    }
}

/// One phrase expected in a sentence: the text it covers and what it says.
struct ExpectedPhrase: Sendable, CustomTestStringConvertible {
    var sentence: String
    var text: String
    var value: Double
    var maxValue: Double? = nil
    var approx: Figure.Approximation = .exact
    var currency: String? = nil
    var isPercent = false
    var isVague = false
    var isSpelledOut = false

    var testDescription: String { "\(text) in “\(sentence)”" }
}

@Suite struct NumberParserTests {
    // MARK: - News phrasing

    static let newsPhrases: [ExpectedPhrase] = [
        ExpectedPhrase(sentence: "Iran fired 17 ballistic missiles at the base.", text: "17", value: 17),
        ExpectedPhrase(
            sentence: "The blast killed more than 50 people.", text: "more than 50", value: 50, approx: .over),
        ExpectedPhrase(
            sentence: "Twenty-two soldiers were wounded.", text: "Twenty-two", value: 22, isSpelledOut: true),
        ExpectedPhrase(
            sentence: "Police detained one hundred and twelve protesters.", text: "one hundred and twelve", value: 112,
            isSpelledOut: true),
        ExpectedPhrase(sentence: "A dozen rockets hit the city.", text: "A dozen", value: 12, isSpelledOut: true),
        ExpectedPhrase(sentence: "Two dozen drones were shot down.", text: "Two dozen", value: 24, isSpelledOut: true),
        ExpectedPhrase(
            sentence: "Some 1.5 million people have fled.", text: "Some 1.5 million", value: 1_500_000, approx: .about),
        ExpectedPhrase(sentence: "Exports fell by 2bn last year.", text: "2bn", value: 2_000_000_000),
        ExpectedPhrase(sentence: "The ministry pledged $3m in aid.", text: "$3m", value: 3_000_000, currency: "USD"),
        ExpectedPhrase(sentence: "He was fined £40,000 on Friday.", text: "£40,000", value: 40_000, currency: "GBP"),
        ExpectedPhrase(sentence: "The stock closed at 48.5p on Friday.", text: "48.5p", value: 0.485, currency: "GBP"),
        ExpectedPhrase(sentence: "A stamp now costs 95 pence.", text: "95 pence", value: 0.95, currency: "GBP"),
        ExpectedPhrase(sentence: "The film streams in 1080p.", text: "1080", value: 1080),
        ExpectedPhrase(
            sentence: "The EU approved €1.2 billion for the region.", text: "€1.2 billion", value: 1_200_000_000,
            currency: "EUR"),
        ExpectedPhrase(sentence: "Turnout fell 40 percent.", text: "40 percent", value: 40, isPercent: true),
        ExpectedPhrase(sentence: "Turnout fell 40%.", text: "40%", value: 40, isPercent: true),
        ExpectedPhrase(sentence: "Turnout fell 40 per cent.", text: "40 per cent", value: 40, isPercent: true),
        ExpectedPhrase(
            sentence: "Between 20 and 30 people were hurt.", text: "Between 20 and 30", value: 20, maxValue: 30,
            approx: .range),
        ExpectedPhrase(
            sentence: "Officials said 20 to 30 people were hurt.", text: "20 to 30", value: 20, maxValue: 30,
            approx: .range),
        ExpectedPhrase(
            sentence: "Officials said 20-30 people were hurt.", text: "20-30", value: 20, maxValue: 30, approx: .range),
        ExpectedPhrase(
            sentence: "Tens of thousands of people marched.", text: "Tens of thousands", value: 10_000, approx: .over,
            isVague: true, isSpelledOut: true),
        ExpectedPhrase(
            sentence: "Dozens of people were arrested.", text: "Dozens", value: 12, approx: .over, isVague: true,
            isSpelledOut: true),
        ExpectedPhrase(
            sentence: "Hundreds of families fled.", text: "Hundreds", value: 100, approx: .over, isVague: true,
            isSpelledOut: true),
        ExpectedPhrase(sentence: "Some 500 troops were deployed.", text: "Some 500", value: 500, approx: .about),
        ExpectedPhrase(sentence: "Nearly 300 homes were destroyed.", text: "Nearly 300", value: 300, approx: .about),
        ExpectedPhrase(sentence: "Up to 20 drones were launched.", text: "Up to 20", value: 20, approx: .under),
        ExpectedPhrase(sentence: "Fewer than 10 people turned up.", text: "Fewer than 10", value: 10, approx: .under),
        ExpectedPhrase(sentence: "At least 3 civilians died.", text: "At least 3", value: 3, approx: .over),
    ]

    @Test(arguments: newsPhrases)
    func newsPhrase(_ expected: ExpectedPhrase) throws {
        let found = parse(expected.sentence)
        try #require(found.count == 1, "found \(found.map(\.text))")
        let (text, phrase) = found[0]
        #expect(text == expected.text)
        #expect(close(phrase.value, expected.value), "value \(phrase.value)")
        #expect(close(phrase.maxValue, expected.maxValue), "maxValue \(String(describing: phrase.maxValue))")
        #expect(phrase.approx == expected.approx)
        #expect(phrase.currency == expected.currency)
        #expect(phrase.isPercent == expected.isPercent)
        #expect(phrase.isVague == expected.isVague)
        #expect(phrase.isSpelledOut == expected.isSpelledOut)
    }

    @Test func partitiveGivesBothNumbers() {
        let found = parse("Two of the 17 missiles failed to detonate.")
        #expect(found.map(\.text) == ["Two", "17"])
        #expect(found.map(\.phrase.value) == [2, 17])
        #expect(found[0].phrase.isSpelledOut && !found[1].phrase.isSpelledOut)
    }

    @Test func numeralStartIsPastModifiersAndCurrency() throws {
        let tokens = Tokenizer().tokens(in: "It cost more than £40,000.")
        let phrase = try #require(NumberParser().phrases(in: tokens).first)
        #expect(tokens[phrase.tokens.lowerBound].text == "more")
        #expect(tokens[phrase.numeralStart].text == "40,000")
    }

    // MARK: - Not numbers

    @Test(arguments: [
        "A missile struck the base.",
        "Several people were hurt.",
        "A few homes were damaged.",
        "Many people fled.",
        "No one was hurt.",
        "The one who fired was arrested.",
        "Which one will he choose?",
        "The 1st Battalion moved north on the third day.",
        "It is a 21st-century war.",
        "The attack began at 10:30 on Monday.",
        "Sirens sounded at 2pm and again at 9.15 a.m.",
        "Flight MH17 was shot down.",
        "The G20 summit opened.",
        "F-16 jets struck targets.",
        "COVID-19 spread quickly.",
        "The plant emits CO2.",
    ])
    func notANumber(_ sentence: String) {
        #expect(parse(sentence).isEmpty, "found \(parse(sentence).map(\.text))")
    }

    @Test func oneAnotherIsNotOne() {
        #expect(parse("The two sides blamed one another.").map(\.phrase.value) == [2])
    }

    @Test func oneOfIsOne() {
        #expect(parse("One of the soldiers died.").map(\.phrase.value) == [1])
    }

    @Test func decadeAfterPrefixIsANumber() {
        #expect(parse("It was built in the mid-2000s.").map(\.phrase.value) == [2000])
    }

    @Test(arguments: ["Chelsea won 2-1 on Saturday.", "Chelsea beat Arsenal 2-1.", "They won the match 2-1."])
    func scoreIsNotARange(_ sentence: String) {
        let found = parse(sentence)
        #expect(found.map(\.phrase.value) == [2, 1])
        #expect(found.allSatisfy { $0.phrase.maxValue == nil && $0.phrase.approx == .exact })
    }

    @Test(arguments: ["It was a 3-2 victory.", "Chelsea 1-3 Arsenal", "Madrid led 1-2 at half time."])
    func scoreWithRisingNumbersIsNotARange(_ sentence: String) {
        #expect(parse(sentence).allSatisfy { $0.phrase.maxValue == nil }, "found \(parse(sentence).map(\.text))")
    }

    @Test func fromToIsAChangeNotARange() {
        let found = parse("The death toll rose from 10 to 12.")
        #expect(found.map(\.text) == ["10", "12"])
        #expect(found.allSatisfy { $0.phrase.maxValue == nil && $0.phrase.approx == .exact })
    }

    @Test(arguments: [
        "The death toll rose from about 10 to 12.",
        "Shares rose $1.32 to $44.45.",
        "Biogen fell $28.63 to $38.65.",
        "Unemployment fell 0.1 to 4.7 in March.",
        "Sales rose 2.8% to 14.96bn euros.",
        "Support rose 0.27 percentage points to 5.8%.",
        "The tally rose by 4 to 19 seats.", "Output was cut sharply by 2 to 5 tonnes.",
        "The deal lifts profit by 300m euros to 1.9bn euros.",
        "The toll in Dovel rose again by 15 to 40 people.", "Arrests climbed further by 9 to 17 people.",
    ])
    func changeIsNotARange(_ sentence: String) {
        let found = parse(sentence)
        #expect(found.count == 2, "found \(found.map(\.text))")
        #expect(found.allSatisfy { $0.phrase.maxValue == nil }, "found \(found.map(\.text))")
    }

    /// A year after `since`, `in` or `of` dates what comes before it; the number after `to` stands alone.
    @Test(arguments: [
        "The toll since 2011 to 4,000 is a guess.",
        "Fighting raised the toll since 2013 to 450 people.",
        "It took the number of strikes in 2016 to 310.",
    ])
    func yearBeforeToIsNoRange(_ sentence: String) {
        let found = parse(sentence)
        #expect(found.count == 2, "found \(found.map(\.text))")
        #expect(found.allSatisfy { $0.phrase.maxValue == nil }, "found \(found.map(\.text))")
    }

    @Test(arguments: [
        "The dam was built in 1994 to 2006.", "Prices rose in 2011-2013.", "He ran it since 1990 to 1995.",
    ])
    func yearsStillRange(_ sentence: String) {
        #expect(parse(sentence).contains { $0.phrase.maxValue != nil }, "found \(parse(sentence).map(\.text))")
    }

    @Test func rangeWithoutChangeWord() {
        let found = parse("The party hopes to win 25 to 30 seats.")
        #expect(found.map(\.text) == ["25 to 30"])
        #expect(found.first?.phrase.maxValue == 30)
    }

    /// `by N to M` with a noun after, where `by` follows no word of change, ranges the amount.
    @Test(arguments: [
        "The Vesk party aims to grow its share by 25 to 30 seats.", "Tarn could win by 4 to 6 points.",
    ])
    func rangeOfAnAmountAfterBy(_ sentence: String) {
        let found = parse(sentence)
        #expect(found.count == 1 && found.first?.phrase.maxValue != nil, "found \(found.map(\.text))")
    }

    @Test(arguments: ["Call +1-222-2222-2222 now.", "It happened on 2020-01-05."])
    func dashedChainIsNotARange(_ sentence: String) {
        #expect(parse(sentence).allSatisfy { $0.phrase.maxValue == nil }, "found \(parse(sentence).map(\.text))")
    }

    // MARK: - Bounds, signs, fractions, scales

    static let morePhrases: [ExpectedPhrase] = [
        ExpectedPhrase(sentence: "It hit 50 or more buildings.", text: "50 or more", value: 50, approx: .over),
        ExpectedPhrase(sentence: "People aged 65 and over are at risk.", text: "65 and over", value: 65, approx: .over),
        ExpectedPhrase(sentence: "Children 16 and under travel free.", text: "16 and under", value: 16, approx: .under),
        ExpectedPhrase(sentence: "Tickets for 50+ fans.", text: "50+", value: 50, approx: .over),
        ExpectedPhrase(
            sentence: "No more than 20 were allowed in.", text: "No more than 20", value: 20, approx: .under),
        ExpectedPhrase(sentence: "No fewer than 30 were killed.", text: "No fewer than 30", value: 30, approx: .over),
        ExpectedPhrase(
            sentence: "His age is no less than thirty.", text: "no less than thirty", value: 30, approx: .over,
            isSpelledOut: true),
        ExpectedPhrase(sentence: "The toll has exceeded 3,000.", text: "exceeded 3,000", value: 3_000, approx: .over),
        ExpectedPhrase(
            sentence: "Inflation stayed below 2%.", text: "below 2%", value: 2, approx: .under, isPercent: true),
        ExpectedPhrase(sentence: "Temperatures fell to -12 overnight.", text: "-12", value: -12),
        ExpectedPhrase(
            sentence: "Growth was minus 0.3 per cent.", text: "minus 0.3 per cent", value: -0.3, isPercent: true),
        ExpectedPhrase(sentence: "The fund lost -£3m.", text: "-£3m", value: -3_000_000, currency: "GBP"),
        ExpectedPhrase(
            sentence: "Half a million people fled.", text: "Half a million", value: 500_000, isSpelledOut: true),
        ExpectedPhrase(
            sentence: "A quarter of a million homes lost power.", text: "A quarter of a million", value: 250_000,
            isSpelledOut: true),
        ExpectedPhrase(sentence: "Half a dozen tanks advanced.", text: "Half a dozen", value: 6, isSpelledOut: true),
        ExpectedPhrase(
            sentence: "The siege lasted two and a half years.", text: "two and a half", value: 2.5, isSpelledOut: true),
        ExpectedPhrase(
            sentence: "Some five and a half million people voted.", text: "Some five and a half million",
            value: 5_500_000, approx: .about, isSpelledOut: true),
        ExpectedPhrase(
            sentence: "Several hundred people gathered.", text: "Several hundred", value: 100, approx: .over,
            isVague: true, isSpelledOut: true),
        ExpectedPhrase(
            sentence: "A few thousand troops remain.", text: "A few thousand", value: 1_000, approx: .over,
            isVague: true, isSpelledOut: true),
        ExpectedPhrase(sentence: "The fund raised 40k.", text: "40k", value: 40_000),
        ExpectedPhrase(
            sentence: "Sales reached 10 bln roubles.", text: "10 bln roubles", value: 10_000_000_000, currency: "RUB"),
        ExpectedPhrase(sentence: "He won the 100m sprint.", text: "100", value: 100),
        ExpectedPhrase(sentence: "GDP is $2.174T.", text: "$2.174T", value: 2_174_000_000_000, currency: "USD"),
        ExpectedPhrase(sentence: "It cost US$5 each.", text: "US$5", value: 5, currency: "USD"),
        ExpectedPhrase(sentence: "A deal worth A$3m was signed.", text: "A$3m", value: 3_000_000, currency: "AUD"),
        ExpectedPhrase(sentence: "The limit is .08 in most states.", text: ".08", value: 0.08),
        ExpectedPhrase(
            sentence: "Support rose 2 percentage points.", text: "2 percentage points", value: 2, isPercent: true),
        ExpectedPhrase(
            sentence: "It will cost 20 to 30 million.", text: "20 to 30 million", value: 20_000_000,
            maxValue: 30_000_000, approx: .range),
        ExpectedPhrase(
            sentence: "Estimates run from $20m-$30m.", text: "from $20m-$30m", value: 20_000_000, maxValue: 30_000_000,
            approx: .range, currency: "USD"),
        ExpectedPhrase(
            sentence: "Tickets cost between £20 and £30.", text: "between £20 and £30", value: 20, maxValue: 30,
            approx: .range, currency: "GBP"),
        ExpectedPhrase(
            sentence: "Prices rose 20-30% this year.", text: "20-30%", value: 20, maxValue: 30, approx: .range,
            isPercent: true),
        ExpectedPhrase(
            sentence: "The range is 1000 – 5000.", text: "1000 – 5000", value: 1_000, maxValue: 5_000, approx: .range),
        ExpectedPhrase(
            sentence: "Grades 6 through 12 were closed.", text: "6 through 12", value: 6, maxValue: 12, approx: .range),
        ExpectedPhrase(
            sentence: "A 10- to 15-minute walk.", text: "10- to 15", value: 10, maxValue: 15, approx: .range),
        ExpectedPhrase(
            sentence: "They were given 44 mg to 50 mg of it.", text: "44 mg to 50", value: 44, maxValue: 50,
            approx: .range),
        ExpectedPhrase(
            sentence: "Between one hundred and two hundred came.", text: "Between one hundred and two hundred",
            value: 100, maxValue: 200, approx: .range, isSpelledOut: true),
    ]

    @Test(arguments: morePhrases)
    func morePhrase(_ expected: ExpectedPhrase) throws {
        try newsPhrase(expected)
    }

    @Test func percentagePointsAreMarked() throws {
        let phrase = try #require(parse("Support rose 2 percentage points.").first?.phrase)
        #expect(phrase.isPercentagePoints)
        #expect(try #require(parse("Support rose 2 percent.").first?.phrase).isPercentagePoints == false)
    }

    @Test func signStaysOutOfNumeralStart() throws {
        let tokens = Tokenizer().tokens(in: "It fell to -12.")
        let phrase = try #require(NumberParser().phrases(in: tokens).first)
        #expect(tokens[phrase.tokens.lowerBound].text == "-")
        #expect(tokens[phrase.numeralStart].text == "12")
    }

    @Test func hyphenBetweenNumbersIsNotASign() {
        #expect(parse("Officials said 20-30 people were hurt.").first?.phrase.value == 20)
        #expect(parse("The 22-year-old was arrested.").map(\.phrase.value) == [22])
    }

    @Test func twoHundredAndTwoThousand() {
        #expect(parse("two hundred and two thousand").map(\.phrase.value) == [202_000])
    }
}
