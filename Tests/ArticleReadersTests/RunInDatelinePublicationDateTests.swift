import ArticleModel
import Foundation
import Testing

@testable import ArticleReaders

/// An agency's dateline run into the story's first line after the headline's copy and a sub-headline
/// dates the article; a date inside the story does not.
@Suite struct RunInDatelinePublicationDateTests {
    func read(_ text: String) throws -> Article {
        try #require(try ArticleFileReader().read(Array(text.utf8), origin: "story.txt").first)
    }

    @Test(arguments: [
        (
            "Floods hit river towns Water rose overnight in three valleys and the ferry to Vessa stopped "
                + "AFP Monday 3 Aug 2020 Rescuers reached Kelvar at dawn.", "2020-08-03"
        ),
        (
            "Floods hit river towns Boatmen say the levee near Dornholm gave way before the warning came "
                + "Reuters Wednesday 5 Aug 2020 twelve boats were lost on the lower river.", "2020-08-05"
        ),
        // No repeat of the headline: an update tag before it.
        ("UPDATED Floods hit river towns near Vessa AP Friday 7 Aug 2020 Water rose again.", "2020-08-07"),
    ])
    func aDatelineAfterASubHeadlineIsThePublicationDate(opening: String, date: String) throws {
        let article = try read("Floods hit river towns\n\n\(opening)\n\nA second paragraph follows here.\n")
        #expect(article.published == date, "\(opening)")
        #expect(article.publishedFrom == .text)
    }

    @Test(arguments: [
        // A sentence ends before the date: it stands in the story.
        "Floods hit river towns Water rose overnight. Ferries to Vessa stopped AFP Monday 3 Aug 2020 and more.",
        // A place in a sentence, after a preposition; a date after a lowercase word.
        "Floods hit river towns Water rose in Kelvar Monday 3 Aug 2020 and the ferry to Vessa stopped.",
        "Floods hit river towns Water rose overnight and the ferry stopped on Monday 3 Aug 2020 at Vessa.",
        // The day name disagrees with the date (3 August 2020 was a Monday).
        "Floods hit river towns Water rose overnight near Vessa AFP Tuesday 3 Aug 2020 Rescuers came.",
    ])
    func aDateInsideTheStoryIsNotThePublicationDate(opening: String) throws {
        let article = try read("Floods hit river towns\n\n\(opening)\n\nA second paragraph follows here.\n")
        #expect(article.published == nil, "\(opening)")
    }

    /// The dateline's whole shape (no full stop before it, a capitalised word after no preposition, a day name
    /// that agrees with the date), but the word before the day name is a name of the story, neither in
    /// capitals nor a wire agency's.
    @Test func aCapitalisedNameOfTheStoryIsNoOutlet() throws {
        let opening =
            "Floods hit river towns Tickets for the Dornholm Book Fair Saturday 8 Aug 2020 went on sale at the "
            + "Vessa ferry office."
        let article = try read("Floods hit river towns\n\n\(opening)\n\nA second paragraph follows here.\n")
        #expect(article.published == nil, "\(opening)")
    }

    @Test func aDatelineBeyondTheOpeningsReachIsNotRead() throws {
        let words = Array(repeating: "water rose", count: StatedPublicationDate.runInReach / 2 + 1)
            .joined(separator: " ")
        let article = try read(
            "Floods hit river towns\n\nFloods hit river towns \(words) AFP Monday 3 Aug 2020 Rescuers came.\n\nMore.\n")
        #expect(article.published == nil)
    }

    @Test func onlyTheStorysFirstLineIsRead() throws {
        let article = try read(
            "Floods hit river towns\n\nWater rose overnight in three valleys\n\n"
                + "The ferry to Vessa stopped AFP Monday 3 Aug 2020 Rescuers reached Kelvar.\n")
        #expect(article.published == nil)
    }
}
