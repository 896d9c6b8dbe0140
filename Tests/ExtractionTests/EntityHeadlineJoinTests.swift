import ArticleModel
import Testing

@testable import Extraction

/// `Shelling kills 12 near Tarvan Monitor` over a body that repeats it with no full stop before the lead
/// (`… near Tarvan Monitor Fierce fighting near Tarvan left …`): no name runs across the join, so no place
/// takes the lead's first word, and no count takes such a place as its site.
@Suite struct EntityHeadlineJoinTests {
    func result(title: String, body: String) -> Extraction {
        TestData.extractor.extract(from: Article(title: title, paragraphs: [Paragraph(kind: .body, text: body)]))
    }

    @Test(arguments: [
        (
            "Shelling kills 12 in fighting near Tarvan Monitor",
            "Shelling kills 12 in fighting near Tarvan Monitor Fierce fighting between rival factions near Tarvan"
                + " left at least 12 dead and 30 wounded on Sunday a monitoring group said.",
            "Fierce"
        ),
        (
            "Car bomb kills nine in Kelvar Dornholm",
            "Car bomb kills nine in Kelvar Dornholm Nine people were killed when a car bomb went off near a market"
                + " in Kelvar Dornholm on Monday police said.",
            "Nine"
        ),
        (
            "Jets pound rebel districts of Vessa Monitor",
            "Jets pound rebel districts of Vessa Monitor Heavy raids hit the rebel districts of Vessa on Tuesday"
                + " killing at least 14 civilians the monitor said.",
            "Heavy"
        ),
    ])
    func noNameRunsAcrossTheJoin(title: String, body: String, leadWord: String) {
        let result = result(title: title, body: body)
        let names = result.entities.map(\.name)
        #expect(!names.contains { $0.split(separator: " ").contains(Substring(leadWord)) }, "\(names)")
        let sites = result.figures.compactMap(\.site)
        #expect(!sites.contains { $0.split(separator: " ").contains(Substring(leadWord)) }, "\(sites)")
    }

    @Test func aKnownPlaceEndingTheCopyLosesTheCredit() {
        // (A gazetteer's town: the credit after a known place is dropped, as in the headline itself.)
        let result = result(
            title: "Shelling kills 12 in fighting near Homs Monitor",
            body: "Shelling kills 12 in fighting near Homs Monitor Fierce fighting near Homs left at least 12 dead on"
                + " Sunday a monitoring group said.")
        let lead = result.figures.filter { $0.span.paragraph == 1 && $0.value == 12 }
        #expect(!lead.isEmpty && lead.allSatisfy { $0.site == "Homs" }, "\(lead.map { ($0.text, $0.site) })")
    }

    @Test(arguments: [
        // A copy ended by a full stop, and a body that does not open with the headline: nothing to cut.
        ("Talks resume in Vessa", "Talks resume in Vessa. Kelvar Dornholm met envoys on Monday."),
        ("Talks resume in Vessa", "Envoys met in Vessa on Monday as Kelvar Dornholm spoke."),
    ])
    func aNameAwayFromAJoinStaysWhole(title: String, body: String) {
        let names = result(title: title, body: body).entities.map(\.name)
        #expect(names.contains("Kelvar Dornholm"), "\(names)")
    }
}
