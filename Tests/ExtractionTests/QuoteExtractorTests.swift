import ArticleModel
import Testing

@testable import Extraction

/// Quote attribution on sentences written in the style of wire copy (none taken from the evaluation
/// articles): each pattern of English news attribution, and the cases where the speaker must stay
/// empty or the quote must be dropped.
@Suite struct QuoteExtractorTests {
    func quotes(_ paragraphs: [String], headline: String = "Report") -> [Quote] {
        let article = Article(title: headline, paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        return TestData.extractor.extract(from: article).quotes
    }

    func speaker(of text: String, in found: [Quote]) -> String?? {
        found.first { $0.text.hasPrefix(text) }.map(\.speaker)
    }

    /// Whether `speaker` names the person `name`: the entity pass decides the exact form (it may keep a
    /// title, or resolve to the surname alone), these tests check who speaks.
    func names(_ speaker: String??, _ name: String) -> Bool {
        guard case let found?? = speaker else { return false }
        return found.split(separator: " ").last == name.split(separator: " ").last
    }

    // MARK: - Attribution after the quote

    @Test func namedSpeakerAfterTheQuote() {
        let found = quotes([
            "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart in Ankara on Tuesday.",
            "“We will not accept any delay in the withdrawal,” Lavrov said after the meeting.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.text == "We will not accept any delay in the withdrawal")
        #expect(names(found.first?.speaker, "Sergei Lavrov"))
    }

    @Test func speakerAfterAnInvertedVerb() {
        let found = quotes(["“The border will stay closed until further notice,” said Interior Minister Marco Bellini."])
        #expect(names(found.first?.speaker, "Marco Bellini"))
    }

    @Test func titlesAreStrippedFromANameTheEntityPassMissed() {
        let found = quotes(["“We are grateful to everyone who helped,” said White House Press Secretary Joanna Pike."])
        #expect(names(found.first?.speaker, "Joanna Pike"))
    }

    @Test func roleNounPhraseNamesThePersonWithThatRole() {
        let found = quotes([
            "Foreign Minister Sergei Lavrov arrived in Geneva on Monday for two days of talks.",
            "“Our position has not changed,” the foreign minister told reporters.",
        ])
        #expect(names(found.first?.speaker, "Sergei Lavrov"))
    }

    @Test func roleNobodyHoldsGivesNoSpeaker() {
        let found = quotes([
            "Foreign Minister Sergei Lavrov arrived in Geneva on Monday for two days of talks.",
            "“The talks were useful but difficult,” the defence minister said.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.speaker == nil)
    }

    @Test func roleFromAnAppositive() {
        let found = quotes([
            "Daniel Okafor, the chief executive of the port authority, visited the damaged terminal on Friday.",
            "“The cranes will be working again within a week,” the chief executive said.",
        ])
        #expect(names(found.first?.speaker, "Daniel Okafor"))
    }

    @Test func pronounTakesTheLastSpeakerOfTheRightGender() {
        let found = quotes([
            "Ms Anna Berg said on Monday that the government would publish the report in full.",
            "Opposition leader Mr Tom Harris said the delay was a scandal.",
            "“Every page of it will be made public,” she said.",
        ])
        #expect(names(found.first?.speaker, "Anna Berg"))
    }

    @Test func pronounAfterANamedQuote() {
        let found = quotes([
            "“I am very sorry for the families,” Mayor Elena Ruiz said, standing outside the hospital.",
            "“We will find out what went wrong and we will fix it,” she added.",
        ])
        #expect(names(speaker(of: "We will find out", in: found), "Elena Ruiz"))
    }

    @Test func tellingAnAgencyDoesNotMakeItTheSpeaker() {
        let found = quotes([
            "“There have been at least 20 air strikes since dawn” Observatory chief Rami Haddad told AFP.",
            "“The shelling has not stopped since the morning,” a resident of the town told Reuters.",
        ])
        #expect(names(speaker(of: "There have been", in: found), "Rami Haddad"))
        #expect(speaker(of: "The shelling", in: found) == .some(nil))
        #expect(!found.contains { $0.speaker == "AFP" || $0.speaker == "Reuters" })
    }

    @Test func unnamedSpeakerIsKeptWithoutOne() {
        let found = quotes(["“We were not informed of the decision in advance,” a senior official said."])
        #expect(found.count == 1)
        #expect(found.first?.speaker == nil)
    }

    @Test func quoteEndingInAFullStopIsNotAttributedToTheNextSentencesPronoun() {
        let found = quotes([
            "Health Minister Paul Mensah said: “The vaccine will reach every district by June.”",
            "Ms Grace Owusu, who leads the nurses’ union, disagreed. “We have heard that promise before.” She said staff were exhausted.",
        ])
        // The second quote has no attribution of its own: it continues the last speaker in the paragraph,
        // and `She said` after the full stop starts a new sentence.
        #expect(names(speaker(of: "The vaccine", in: found), "Paul Mensah"))
    }

    // MARK: - Attribution before the quote

    @Test func speakerBeforeAColon() {
        let found = quotes(["Prime Minister Helen Clarke said: “We will not be intimidated by violence.”"])
        #expect(names(found.first?.speaker, "Helen Clarke"))
        #expect(found.first?.text == "We will not be intimidated by violence.")
    }

    @Test func speakerBeforeSaidThat() {
        let found = quotes([
            "Prime Minister Helen Clarke spoke in Wellington.",
            "Clarke said that “the whole country stands united” after the attack.",
        ])
        #expect(names(found.first?.speaker, "Helen Clarke"))
        #expect(found.first?.text == "the whole country stands united")
    }

    @Test func accordingTo() {
        let found = quotes([
            "Prime Minister Helen Marsh spoke in Wellington.",
            "According to Marsh, “the response of ordinary people has been extraordinary.”",
        ])
        #expect(names(found.first?.speaker, "Helen Marsh"))
    }

    @Test func participleAfterTheVerbKeepsItsSubject() {
        let found = quotes([
            "Army chief General Tomas Varga said troops could be sent to the border, warning: “They are ready and they will act if ordered.”",
        ])
        #expect(names(found.first?.speaker, "Tomas Varga"))
    }

    @Test func quotedAsSaying() {
        let found = quotes(["State media quoted Foreign Minister Wang Lei as saying “China will never accept interference in its affairs.”"])
        #expect(names(found.first?.speaker, "Wang Lei"))
    }

    @Test func appositiveBetweenSpeakerAndVerb() {
        let found = quotes([
            "Wong Kar-fai, the commander of the district police, said: “These people have broken the law and will face the courts.”",
        ])
        #expect(names(found.first?.speaker, "Wong Kar-fai"))
    }

    @Test func nameInAnAppositiveAfterItsRole() {
        let found = quotes(["The Shadow Health Secretary, Karen Doyle, said: “These figures show the system is failing patients.”"])
        #expect(names(found.first?.speaker, "Karen Doyle"))
    }

    // MARK: - Quotes that continue a speaker

    @Test func standaloneParagraphAfterTheSpeaker() {
        let found = quotes([
            "“This is one of the darkest days in our history,” Prime Minister Helen Clarke said.",
            "“But we will come through it together, as we always have.”",
        ])
        #expect(found.count == 2)
        #expect(found.allSatisfy { names($0.speaker, "Helen Clarke") })
    }

    @Test func quoteRunningAcrossParagraphs() {
        let found = quotes([
            "Police Commissioner Martin Shaw said: “The suspect was arrested within 36 minutes of the first call.",
            "“There was no warning before the attack and no sign of it online.”",
        ])
        #expect(found.count == 2)
        #expect(found.map(\.text) == [
            "The suspect was arrested within 36 minutes of the first call.",
            "There was no warning before the attack and no sign of it online.",
        ])
        #expect(found.allSatisfy { names($0.speaker, "Martin Shaw") })
    }

    @Test func reopenedQuoteInOneParagraph() {
        // Straight marks, and a paragraph break the text lost: the second opening mark ends the first quote.
        let found = quotes([
            "Ms Ruth Adler said: \"We have already doubled the grant for small farms. \"We are going to extend it to every farm by 2027.\" She said the money was in place.",
        ])
        #expect(found.map(\.text) == [
            "We have already doubled the grant for small farms.",
            "We are going to extend it to every farm by 2027.",
        ])
        #expect(found.allSatisfy { names($0.speaker, "Ruth Adler") })
    }

    @Test func quoteSplitByItsAttribution() {
        let found = quotes([
            "Health Minister Paul Mensah visited the clinic on Friday.",
            "“We have closed the wards to visitors,” he said. “Nobody will enter without a negative test.”",
        ])
        #expect(found.count == 2)
        #expect(found.allSatisfy { names($0.speaker, "Paul Mensah") })
    }

    @Test func unnamedSpeakerIsNotContinuedByAnEarlierName() {
        let found = quotes([
            "Mayor Elena Ruiz said the water would recede within days.",
            "“The water came into the house so fast that we could not save anything,” one resident said.",
            "“We lost the car, the furniture and all of the photographs.”",
        ])
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.speaker == nil })
    }

    // MARK: - Partial quotes

    @Test func partialQuoteTakesTheSentencesSpeaker() {
        let found = quotes([
            "Foreign Minister Ahmed Saleh said his country had taken “proportionate measures in self-defence” under international law.",
        ])
        #expect(names(found.first?.speaker, "Ahmed Saleh"))
        #expect(found.first?.text == "proportionate measures in self-defence")
    }

    @Test func partialQuoteInAnOpeningParticiple() {
        let found = quotes([
            "Accusing the opposition of spreading “lies and fear” among voters, President Viktor Brandt in his address promised early elections.",
        ])
        #expect(names(found.first?.speaker, "Viktor Brandt"))
    }

    @Test func partialQuoteWithCoordinatedVerbsAndARoleSubject() {
        let found = quotes([
            "China’s ambassador to France, Li Wenhao, met officials in Paris on Monday.",
            "China’s ambassador accused the two countries of meddling and warned that Beijing “will not stand by and watch” if the unrest spread.",
        ])
        #expect(names(speaker(of: "will not stand by", in: found), "Li Wenhao"))
    }

    @Test func partialQuoteWithPronounSubject() {
        let found = quotes([
            "When President Ashok Rao first announced the exchange last week, he said the freed men would not return to the front.",
            "He also said he hoped the deal would “open the door” to direct talks.",
        ])
        #expect(names(found.first?.speaker, "Ashok Rao"))
    }

    @Test func countriesAndOrganisationsSpeak() {
        let found = quotes([
            "China said it remained committed to the “one country, two systems” formula.",
            "The World Health Organization said the outbreak was “a grave threat to the region”.",
        ])
        #expect(speaker(of: "one country", in: found) == "China")
        #expect(speaker(of: "a grave threat", in: found) == "World Health Organization")
    }

    @Test func partialQuoteWithoutASpeakerIsDropped() {
        let found = quotes([
            "The ruling has been seen as “seriously weakening” the power of the governor.",
            "The president has called the strike a “slap in the face of the whole nation” and said troops must leave.",
        ])
        #expect(found.isEmpty)
    }

    @Test func nameUsedAsAModifierIsNotTheSpeaker() {
        let found = quotes(["“Film people always get music wrong,” said the Factory Records founder, who has worked in Manchester since 1978."])
        #expect(found.count == 1)
        #expect(found.first?.speaker == nil)
    }

    @Test func invertedSpeakerWithADescriptionAfterTheName() {
        let found = quotes(["“It was a miracle that anyone survived,” said Omar Saleh, a colleague of the rescuer, in Aleppo."])
        #expect(names(found.first?.speaker, "Omar Saleh"))
    }

    @Test func roleThenNameAfterAnInvertedVerb() {
        let found = quotes(["“Any partial reform would damage the whole system,” said its chairman, Sir Anthony Marlow."])
        #expect(names(found.first?.speaker, "Anthony Marlow"))
    }

    @Test func aFullStopEndsTheQuotesSentence() {
        let found = quotes([
            "Union leader Carlos Ibarra said savers had been let down. “People keep their money at home because they cannot trust the banks.” Mr Tom Reyes, who runs a building firm in the capital, agreed.",
        ])
        #expect(names(found.first?.speaker, "Carlos Ibarra"))
    }

    @Test func pronounGenderLearntFromTheText() {
        let found = quotes([
            "Singer Nora Vance said her label had blocked the concert. Manager Luke Brandt said his client's claims were false.",
            "“I just want to be able to sing my own songs,” she said.",
        ])
        #expect(names(found.first?.speaker, "Nora Vance"))
    }

    @Test func unresolvedSurnameMatchesTheOnePersonWithIt() {
        let found = quotes([
            "Agent Bernard Kovac said the player had scans on Monday.",
            "Kovac continued in a radio interview: “He is struggling a bit but the club is doing everything it can.”",
        ])
        #expect(names(found.first?.speaker, "Bernard Kovac"))
    }

    // MARK: - Scare quotes and text

    @Test func scareQuotesAreDropped() {
        let found = quotes([
            "Prime Minister Helen Clarke said the plan was “desperate” and “reckless”.",
            "The so-called “peace corridor” remained closed on Sunday.",
            "Protesters marched against the “interim” government.",
        ])
        #expect(found.isEmpty)
    }

    @Test func textKeepsTheFinalStopAndDropsTheComma() {
        let found = quotes([
            "US President Donald Trump wrote on Twitter after the strikes.",
            "“All is well!” Trump said in a post on Tuesday.",
            "\"It is over,\" said Mayor Elena Ruiz. \"The town can start rebuilding.\"",
        ])
        #expect(found.map(\.text) == ["All is well!", "It is over", "The town can start rebuilding."])
        #expect(["Trump", "Donald Trump"].contains(found.first?.speaker ?? nil))
        #expect(found.dropFirst().allSatisfy { $0.speaker == "Elena Ruiz" })
        let article = Article(title: "Report", paragraphs: [Paragraph(kind: .body, text: "\"It is over,\" said Mayor Elena Ruiz.")])
        let quote = TestData.extractor.extract(from: article).quotes.first
        #expect(quote?.span == TextSpan(paragraph: 1, start: 1, end: 11))
    }

    @Test func headlineQuotes() {
        let whole = quotes(["Mayor Elena Ruiz spoke to reporters on Monday."], headline: "‘We will rebuild every home’: mayor vows to restore flooded town")
        #expect(whole.map(\.text) == ["We will rebuild every home"])
        let phrase = quotes(["Mayor Elena Ruiz spoke to reporters on Monday."], headline: "Ruiz calls flood response a ‘national disgrace’ as waters rise")
        #expect(phrase.isEmpty)
    }

    @Test func apostrophesAreNotQuoteMarks() {
        let found = quotes(["The hostages’ families said the men’s release was long overdue, and Weeks’ family thanked the government."])
        #expect(found.isEmpty)
    }

    @Test func manyQuotesInOneParagraphStayFast() {
        let sentence = "“We will keep working until the job is done,” Mayor Elena Ruiz said. "
        let paragraph = String(repeating: sentence, count: 2_000)
        let clock = ContinuousClock()
        var found: [Quote] = []
        let elapsed = clock.measure { found = quotes([paragraph]) }
        #expect(found.count == 2_000)
        #expect(found.allSatisfy { names($0.speaker, "Elena Ruiz") })
        #expect(elapsed < .seconds(20))
    }
}
