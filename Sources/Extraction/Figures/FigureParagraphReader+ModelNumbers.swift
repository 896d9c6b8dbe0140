/// Numbers that name a product's model or a standard's version after its brand: `the Vesko 20 graphics`,
/// `two Tarnbolt 3 ports` (`3` names the ports' standard; `two` counts them), `VESKO 2.0 links`.
///
/// A capitalised word before a number is also a place, a day or a headline's word before a real count
/// (`In Karmun 20 civilians were killed`, `On Friday 12 people died`, `Vesk 20 Killed`), so the number is a
/// model only where the words say so: the noun after it is one products are counted in or used by
/// (`ports`, `graphics`, `users`), or the brand is written in capitals (three letters or more, no English
/// word, no known organisation's acronym), no source or place word stands before it (`according to VKMR 25
/// airstrikes`, `said TARNO 30 rockets`, `near VESKA 20 houses`; `in` may stand before an index: `in FTSE
/// 100 companies`) and what follows is no count of people, strikes, weapons or buildings. A brand written
/// in mixed case (`iPhone 11 users`) is a model whatever follows (``isDateOrIdentifier(_:next:previous:)``).
/// In a title-case line only the first way holds, the brand a word no dictionary has (`Vesko 20 Graphics`).
extension FigureParagraphReader {
    /// Whether the digits at `i` name the model of the brand right before them.
    func isModelNumber(at i: Int, sentence: Range<Int>) -> Bool {
        guard i > sentence.lowerBound, i + 1 < sentence.upperBound, tokens[i].isNumber, tokens[i].spaceBefore,
            tokens[i + 1].spaceBefore
        else { return false }
        // A title-case line capitalises every word: there only a brand no dictionary has before a noun of
        // products (`Vesko 20 Graphics Card`), never a capitalised word of the language (`Ships 20 Phones`).
        let titleCase = paragraph.isTitleCase
        let brand = tokens[i - 1]
        guard brand.isWord, brand.isCapitalized, !EnglishLexicon.notNames.contains(brand.text),
            EnglishLexicon.month(brand.lower) == nil, EnglishLexicon.weekdays[brand.lower] == nil,
            FigureVocabulary.eventWords[brand.lower] == nil, gazetteer.place(named: brand.text) == nil,
            !brand.isAllCaps || gazetteer.place(named: Self.titled(brand)) == nil,
            !isInPlaceName(i - 1, sentence: sentence)
        else { return false }
        let suffixed = FigureLexicon.modelSuffixes.contains(tokens[i + 1].text) && i + 2 < sentence.upperBound
        let noun = suffixed ? i + 2 : i + 1
        guard tokens[noun].isWord, titleCase || !tokens[noun].isCapitalized else { return false }
        if titleCase {
            return !brand.isAllCaps && EnglishWords.bundled.partOfSpeech(of: brand.lower) == nil
                && FigureLexicon.productNouns.contains(lowerOf: tokens[noun])
        }
        if FigureLexicon.productNouns.contains(lowerOf: tokens[noun]) { return true }
        // (Not a sentence's first word: `TARN 20 rockets fell` may be a dateline run into the text.)
        return i - 1 > sentence.lowerBound && isCapitalsBrand(brand) && !tokens[noun].isAllCaps
            && !FigureLexicon.beforeCapitalsSource.contains(lowerOf: tokens[i - 2])
            && !(tokens[i - 2].lowerIs("to") && i >= 3 && tokens[i - 3].lowerIs("according"))
            && !isCountOfHarm(tokens[noun].lower)
    }

    /// `soldiers`, `killed`, `airstrikes`, `houses`: a noun a toll or a strike counts, never a product's.
    func isCountOfHarm(_ word: String) -> Bool {
        let singular = Self.singular(word)
        return FigureLexicon.peopleUnits.contains(singular) || FigureLexicon.casualtyWords.contains(word)
            || FigureLexicon.attackNouns.contains(word) || FigureLexicon.attackNouns.contains(singular)
            || FigureLexicon.buildingNouns.contains(singular)
    }

    /// `KARMUN` → `Karmun`: a word in capitals as a name is written.
    static func titled(_ token: Token) -> String {
        let first: Substring = token.text.prefix(1)
        let rest: Substring = token.lower.dropFirst()
        return String(first) + String(rest)
    }

    /// `VESKO`, `TRX`: capitals that are no English word shouted (`URGENT`) and no organisation's acronym
    /// known to the lexicon (`NATO`, `ISIS`).
    func isCapitalsBrand(_ token: Token) -> Bool {
        token.isAllCaps && token.text.utf8.count >= 3 && token.text.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
            && EnglishWords.bundled.partOfSpeech(of: token.lower) == nil
            && EntityLexicon.knownOrganizations[token.text] == nil
    }

    /// Whether the word at `k` is inside a name the entity pass read as a place (`Karmun 40 kilometres away`):
    /// a number after it is a distance or a count, never a model.
    /// Only the mentions starting in the few words up to `k` are read (binary search, no scan of the
    /// sentence's mentions): a place's name is never longer than ``placeNameMaximumTokens``.
    func isInPlaceName(_ k: Int, sentence: Range<Int>) -> Bool {
        let start = max(sentence.lowerBound, k + 1 - Self.placeNameMaximumTokens)
        let end = min(sentence.upperBound, k + 1)
        guard start < end else { return false }
        let window = start..<end
        return entities.mentions(in: window, paragraph: paragraph.position).contains {
            $0.tokens.contains(k) && entities.entities[$0.entity].kind == .place
        }
    }

    /// The most tokens a place's name spans (`Saint-Martin-de-la-Vallée`'s hyphens and words included).
    static let placeNameMaximumTokens = 16
}
