import Testing

@testable import Extraction

/// A count over two days its clause names (`killed on Tuesday and Wednesday`) is a total over them, with the
/// two days as its period: no one day's incident. A count of one named day, and two counts each of its own
/// day, stay counts of their days.
@Suite struct FigureTwoNamedDaysTests {
    @Test(arguments: [
        ("Shelling killed 46 civilians in Vessa on Tuesday and Wednesday, medics said.", 46.0, "Tuesday and Wednesday"),
        ("At least 38 fighters died in clashes near Dornholm on Saturday and on Sunday.", 38, "Saturday and on Sunday"),
        ("Raids on Friday and Saturday wounded 120 people across Kelvar province.", 120, "Friday and Saturday"),
    ])
    func aCountOverTwoNamedDaysIsATotalOverThem(text: String, value: Double, period: String) throws {
        let figure = try #require(TestData.bodyFigures(text).first { $0.value == value }, "\(text)")
        #expect(figure.isRunningTotal, "\(text)")
        #expect(figure.period == period, "\(text)")
    }

    @Test(arguments: [
        "Shelling killed 46 civilians in Vessa on Tuesday, medics said.",
        // Two counts, each of its own day.
        "Gunmen killed 14 people in Marrowby on Monday and raids killed nine more in Vessa on Tuesday.",
        // The same day twice is one day.
        "Shelling killed 46 civilians in Vessa on Tuesday and Tuesday night, medics said.",
    ])
    func aCountOfOneNamedDayIsNoTotal(text: String) {
        #expect(TestData.bodyFigures(text).allSatisfy { !$0.isRunningTotal }, "\(TestData.bodyFigures(text))")
    }
}
