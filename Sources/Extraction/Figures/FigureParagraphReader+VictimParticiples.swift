/// Two shapes of a casualty post that lost its commas, and people a harm has not (yet) befallen:
/// `1 child killed 6 children and their mother still under rubble` — `killed` is the child's participle
/// (children do not kill), not a verb whose object is the six; `six children trapped under the rubble` are
/// trapped, not killed.
extension FigureParagraphReader {
    /// People who are a harm's victims, never the ones doing it: a casualty participle after them, even with
    /// a count after it, is theirs (`1 child killed 6 …`, not `3 gunmen killed 6 …`).
    static let victimNouns: WordSet = [
        "child", "children", "baby", "babies", "infant", "infants", "toddler", "toddlers", "boy", "boys", "girl",
        "girls", "minor", "minors", "civilian", "civilians", "woman", "women", "patient", "patients", "pupil",
        "pupils", "schoolchild", "schoolchildren",
    ]

    /// The young, who harm no one even when a count follows the participle (`1 child killed 6 children`):
    /// others among ``victimNouns`` can (`Two teenage boys wounded three police officers`).
    static let youngVictimNouns: WordSet = [
        "child", "children", "baby", "babies", "infant", "infants", "toddler", "toddlers",
    ]

    /// Whether the casualty participle at `participle` is a victim count's own: right after a victim noun
    /// that a number opens at most two words before (`1 child killed`, `two young girls wounded`), with no
    /// event word in the four words before the number (`Attacks Kill 10 Civilians Injured Dozens`, `killed two
    /// patients injured eight`: a list of verbs and their counts that lost its commas). With a count right
    /// after the participle, only for ``youngVictimNouns``: `two boys wounded three officers` is a verb.
    func isParticipleOfVictimCount(at participle: Int, sentence: Range<Int>) -> Bool {
        let noun = participle - 1
        guard noun > sentence.lowerBound, tokens[participle].isWord,
            FigureLexicon.casualtyParticiples.contains(lowerOf: tokens[participle]),
            Self.victimNouns.contains(lowerOf: tokens[noun]),
            let number = (max(sentence.lowerBound, noun - 3)..<noun).first(where: { isNumeral(tokens[$0]) }),
            Self.youngVictimNouns.contains(lowerOf: tokens[noun]) || !opensACount(at: participle + 1, in: sentence)
        else { return false }
        return !(max(sentence.lowerBound, number - 4)..<number).contains {
            tokens[$0].isWord && FigureVocabulary.eventWords[tokens[$0].lower] != nil
        }
    }

    /// Words that say people are held where a harm left them, not harmed: `trapped`, `stuck`.
    static let trappedWords: WordSet = ["trapped", "stuck"]

    /// What people may still be under: `under (the) rubble`.
    static let wreckageWords: WordSet = ["rubble", "debris", "ruins", "wreckage"]

    /// Whether the counted people (ending at `nounEnd`) are trapped: `six children trapped under the rubble`,
    /// `12 people are still stuck`, `four residents still under the rubble` (over a form of `be` and `still`).
    func isTrapped(after nounEnd: Int, sentence: Range<Int>) -> Bool {
        var k = nounEnd
        while k < sentence.upperBound, k - nounEnd < 2,
            EnglishLexicon.beForms.contains(lowerOf: tokens[k])
                || tokens[k].lowerIs(oneOf: ["still", "remain", "remained"])
        {
            k += 1
        }
        guard k < sentence.upperBound, tokens[k].isWord else { return false }
        if Self.trappedWords.contains(lowerOf: tokens[k]) { return true }
        guard tokens[k].lowerIs("under"), k > nounEnd, tokens[k - 1].lowerIs("still") else { return false }
        let wreck = k + 1 < sentence.upperBound && tokens[k + 1].lowerIs("the") ? k + 2 : k + 1
        return wreck < sentence.upperBound && Self.wreckageWords.contains(lowerOf: tokens[wreck])
    }
}
