/// What happened to what a figure counts (`were launched`, `did not go off`, `killing`) and what caused it.
extension FigureParagraphReader {
    func event(for phrase: NumberPhrase, nounEnd: Int, sentence: Range<Int>, skipParticiples: Bool) -> String? {
        // Before: `killing more than 50 people`, `Air strikes kill 32`.
        var j = phrase.tokens.lowerBound - 1
        var steps = 0
        while j >= sentence.lowerBound, steps < 3 {
            let word = tokens[j].lower
            if let event = FigureVocabulary.eventWords[word], tokens[j].isWord, !isPluralNoun(tokens[j]), word != "dead", word != "death" {
                return event
            }
            if word == "toll" { return "killed" }
            // `claimed the lives of two people`
            if word == "of", j > sentence.lowerBound, tokens[j - 1].lower == "lives" { return "killed" }
            if !tokens[j].isWord || !(["the", "a", "at", "least", "to", "another", "an", "estimated", "some", "more", "than", "nearly", "about", "around", "over", "up", "all", "rose", "risen", "climbed", "reached", "stood", "stands", "jumped", "rises", "is", "was", "now", "has", "had"].contains(word)) { break }
            j -= 1
            steps += 1
        }
        // After: `were launched`, `did not go off`, `targeting …`, `killed`.
        var k = nounEnd
        steps = 0
        while k < sentence.upperBound, steps < 9 {
            let token = tokens[k]
            if token.kind == .punctuation && token.text != "-" { break }
            let word = token.lower
            if ["but", "while", "who", "which", "whereas", "when", "after", "as"].contains(word) { break }
            if word == "and" { break }
            if word == "not" || word == "n't" || word == "never" || word == "failed" {
                if k + 1 < sentence.upperBound, FigureLexicon.detonationVerbs.contains(tokens[k + 1].lower) || tokens[k + 1].lower == "to" {
                    return "failed"
                }
                if word == "failed" { return "failed" }
            }
            if let event = FigureVocabulary.eventWords[word], token.isWord {
                if skipParticiples && word.hasSuffix("ing") {
                    k += 1
                    steps += 1
                    continue
                }
                if k + 1 < sentence.upperBound, tokens[k + 1].lower == "down", word == "shot" { return "intercepted" }
                return event
            }
            if word == "shot", k + 1 < sentence.upperBound, tokens[k + 1].lower == "down" { return "intercepted" }
            k += 1
            steps += 1
        }
        // Still nothing: a noun before the number that names the event (`the death toll rose to 12`).
        return nil
    }

    func cause(near phrase: NumberPhrase, sentence: Range<Int>) -> String? {
        var best: (distance: Int, word: String)?
        for i in sentence where tokens[i].isWord && FigureLexicon.causes.contains(tokens[i].lower) {
            let distance = i < phrase.tokens.lowerBound ? phrase.tokens.lowerBound - i : (i - phrase.tokens.upperBound) * 2 + 1
            if best == nil || distance < best!.distance {
                var word = tokens[i].lower
                if i > sentence.lowerBound, tokens[i - 1].lower == "air" { word = "air " + word }
                if i > sentence.lowerBound, tokens[i - 1].lower == "car", word == "bomb" { word = "car bomb" }
                best = (distance, FigureExtractor.causeSingular(word))
            }
        }
        return best?.word
    }
}
