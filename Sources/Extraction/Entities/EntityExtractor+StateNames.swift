/// A place named before `state` or the offices of a state (`New York state`, `the Washington
/// attorney-general`) is the state, where the gazetteer knows a state of that name beside its city
/// (`New York State` beside `New York City`).
extension EntityExtractor {
    /// Lowercase words after a place's name that make it the state: `state` and the state's offices
    /// (`attorney general` in two words too; not `attorney` alone: `a Washington attorney` is a lawyer).
    static let stateWords: WordSet = ["state", "attorney-general", "governor", "legislature"]

    /// The candidates, with a place before ``stateWords`` filed under the gazetteer's state of that name.
    func withStatesNamed(_ input: consuming [Candidate], in article: AnalyzedArticle) -> [Candidate] {
        var candidates = consume input
        for i in candidates.indices where candidates[i].kind == .place && candidates[i].canonical == nil {
            let next = candidates[i].tokens.upperBound
            let paragraph = candidates[i].paragraph
            let tokens = article.paragraphs[paragraph].tokens
            guard next < tokens.count,
                Self.stateWords.contains(tokens[next].text)
                    || tokens[next].text == "attorney" && next + 1 < tokens.count && tokens[next + 1].text == "general",
                let state = gazetteer.place(named: candidates[i].name + " State"), state.kind == .region
            else { continue }
            // Under the state's name only: `New York` as an alias would join the state to the city
            // across the archive.
            candidates[i].name = state.name
            candidates[i].canonical = state.name
        }
        return candidates
    }
}
