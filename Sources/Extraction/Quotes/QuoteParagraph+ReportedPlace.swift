// `Ann Lee said that after long talks Norway had agreed to "…"`: a country or city made the subject of a
// clause a named person reports speaks there only through that person, who is the quote's speaker.

extension QuoteParagraph {
    /// The person whose verb of saying reports the clause that `subject` (a verb's subject starting at token
    /// `start`) opens, when that subject is a place: `Ann Lee said (that) Norway had agreed …`, `Ann Lee told
    /// MPs that after the talks Norway had concluded …`. Between the two only the reported clause's opening
    /// (`that`, a phrase of time, the listener), no clause of its own (`and`, `while`, `which` …) and no
    /// quote. Nil when the reporting verb's subject is not a person the article names (`A diplomat said …`,
    /// `The paper reported …`): those are read as before.
    func personReporting(placeSubject subject: Attribution, at start: Int, floor: Int) -> Attribution? {
        guard case .entity(let place) = subject, entities.entities[place].kind == .place, start > floor else {
            return nil
        }
        let u = verbBefore[start]
        guard u >= floor, verbs[u] == .finite, QuoteLexicon.attributing.contains(lowerOf: tokens[u]),
            !isPassive(u, limit: floor)
        else { return nil }
        for k in (u + 1)..<start {
            if spanOf[k] >= 0 || tokens[k].isPunctuation(";") || tokens[k].isPunctuation(":") { return nil }
            if mentionCovering[k] < 0, QuoteLexicon.clauseBoundaries.contains(lowerOf: tokens[k]),
                !tokens[k].lowerIs(oneOf: ["that", "after", "before", "since", "until"])
            {
                return nil
            }
        }
        guard case .entity(let person)? = self.subject(ofVerbAt: u, limit: floor)?.attribution,
            entities.entities[person].kind == .person
        else { return nil }
        return .entity(person)
    }
}
