/// `Floods cut Vessa road Rivers burst their banks after a week of rain upstream AFP Monday 3 Aug 2020 Water
/// rose …`: the page runs the headline's copy, a sub-headline and the agency's dateline into the story's
/// first line, with no full stop between them. The sub-headline's lowercase words end the opening
/// ``StatedPublicationDate/opening(_:address:)`` reads, so the dateline after them is looked for here.
///
/// Only in the story's first line, within its first ``runInReach`` words, before any word that ends a
/// sentence; and only in the dateline's shape: a capitalised word (the agency or outlet, `AFP`, `Reuters`)
/// that follows no preposition or article (`in Vessa Monday …` names a place in a sentence), then a day
/// name and a full date that day name agrees with. A date inside the story (`on Monday 3 Aug 2020`) has a
/// lowercase word before its day name, and is never taken.
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
            if endsASentence(words[i - 1]) { return nil }
            let lower = words[i].trimmingCharacters(in: wordPunctuation).lowercased()
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

    /// Whether the word at `i` may be the dateline's agency or outlet: capitalised, no day name, no word
    /// that opens a sentence, and not after a preposition or article (`in Vessa`, `the Monitor`).
    static func isOutletWord(at i: Int, in words: [String]) -> Bool {
        let word = words[i].trimmingCharacters(in: wordPunctuation)
        let lower = word.lowercased()
        guard word.first?.isUppercase == true, !sentenceOpeners.contains(lower), !weekdays.contains(lower)
        else { return false }
        return i == 0 || !sentenceOpeners.contains(words[i - 1].trimmingCharacters(in: wordPunctuation).lowercased())
    }

    /// `fled.`, `said!`, `why?`: a word that ends a sentence (an abbreviation's full stop counts too, and
    /// leaves a date after it alone).
    static func endsASentence(_ word: String) -> Bool {
        guard let last = word.trimmingCharacters(in: wordPunctuation).last else { return false }
        return last == "." || last == "!" || last == "?"
    }
}
