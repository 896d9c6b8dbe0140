/// `Floods cut Vessa road Rivers burst their banks after a week of rain upstream AFP Monday 3 Aug 2020 Water
/// rose …`: the page runs the headline's copy, a sub-headline and the agency's dateline into the story's
/// first line, with no full stop between them. The sub-headline's lowercase words end the opening
/// ``StatedPublicationDate/opening(_:address:)`` reads, so the dateline after them is looked for here.
///
/// Only in the story's first line, within its first ``runInReach`` words, before any word that ends a
/// sentence; and only in the dateline's shape: the agency or outlet, written in capitals (`AFP`, `SANA`) or
/// a wire agency's name (`Reuters`), that follows no preposition or article (`in Vessa Monday …` names a
/// place in a sentence), then a day name and a full date that day name agrees with. A date inside the story
/// (`on Monday 3 Aug 2020`) has a lowercase word before its day name, and is never taken; nor is one after
/// a capitalised name of the story (`the Dornholm Book Fair Saturday 8 Aug 2020`).
extension StatedPublicationDate {
    /// How many words of the first line a run-in dateline may stand within, and how many characters are read.
    static let runInReach = 48
    static let runInLength = 480

    /// The date of a dateline run in after a sub-headline near the start of `text`, or nil.
    static func runInDateline(_ text: Substring) -> String? {
        let words = openingWords(text, maximumWords: runInReach + 4, openingLength: runInLength)
        var i = 1
        while i < min(words.count, runInReach) {
            // A sentence that ends before the date: the date stands in the story, not in its opening.
            if PlainTextArticleReader.endsSentence(trimmedOfPunctuation(words[i - 1])) { return nil }
            let lower = trimmedOfPunctuation(words[i]).lowercased()
            if weekdays.contains(lower), isOutletWord(at: i - 1, in: words),
                let date = CalendarDate.parse(words, at: i + 1)
            {
                // `AFP Tuesday 5 Jun 2015` on a Friday leaves the date in doubt.
                return CalendarDate.weekday(of: date).map { lower.hasPrefix($0) } == true ? date : nil
            }
            i += 1
        }
        return nil
    }

    /// Whether the word at `i` may be the dateline's agency or outlet: in capitals (`AFP`, `AP`, `SANA`) or a
    /// wire agency's name in ``runInWireNames``, no day name, no word that opens a sentence, and not after a
    /// preposition or article (`in Vessa`, `the Monitor`). A capitalised word of the story's own
    /// (`Book Fair Saturday 8 Aug 2020`) is no outlet.
    static func isOutletWord(at i: Int, in words: [String]) -> Bool {
        let word = trimmedOfPunctuation(words[i])
        let lower = word.lowercased()
        guard isInCapitals(word) || runInWireNames.contains(word), !sentenceOpeners.contains(lower),
            !weekdays.contains(lower)
        else { return false }
        return i == 0 || !sentenceOpeners.contains(trimmedOfPunctuation(words[i - 1]).lowercased())
    }

    /// `AFP`, `SANA`, `AFP/Getty`: two letters at least, every one a capital.
    static func isInCapitals(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    /// Wire agencies whose datelines print their name in title case rather than capitals (`Reuters Monday
    /// 3 Aug 2020`). (In the news corpus nearly every `Word Weekday DD Mon YYYY` opening is AFP's, Reuters'
    /// or AP's; any other capitalised word there is a name of the story: `the Dornholm Book Fair Saturday …`.)
    static let runInWireNames: Set<String> = ["Reuters", "Xinhua", "Sputnik", "Anadolu", "Bernama", "Interfax"]
}
