/// Splits a capitalised run into the names it holds: a known name as a whole, an organisation by its
/// head, a role and the person after it (with a country or an organisation inside the role), names run
/// together because the text lost its commas (`Saudi Arabia Turkey`, `ambassador to Britain Liu
/// Xiaming`), a nationality before a person (`American Kevin King`).
extension EntityExtractor {
    func isTitle(_ token: Token) -> Bool { EnglishLexicon.titles.contains(token.text) }

    /// The names in a capitalised run `run` of a sentence.
    func pieces(of run: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
                sentenceInitial: Bool) -> [Candidate] {
        let tokens = paragraph.tokens
        var start = run.lowerBound, end = run.upperBound
        var initial = sentenceInitial
        // Leading function words (`The`, `In`, `March`) and particles, unless a known name starts there (`New York`).
        while start < end, EnglishLexicon.notNames.contains(tokens[start].text) || EnglishLexicon.nameParticles.contains(tokens[start].text)
                || EntityLexicon.runBreakers.contains(tokens[start].text),
              knownSpan(at: start, limit: end, in: paragraph).map({ $0.length > 1 }) != true {
            start += 1
            initial = false
        }
        while end > start, EnglishLexicon.nameParticles.contains(tokens[end - 1].lower) || tokens[end - 1].lower == "'s" { end -= 1 }
        guard start < end else { return [] }
        // Datelines and credits run into names: `AFP Saturday`, `Syria July 1`, `Reuters Photo`.
        for k in (start + 1)..<max(start + 1, end) where isRunBreaker(k, in: tokens) {
            return pieces(of: start..<k, in: paragraph, sentence: sentence, sentenceInitial: initial)
                + pieces(of: (k + 1)..<end, in: paragraph, sentence: sentence, sentenceInitial: false)
        }
        let range = start..<end

        // A known name as a whole: `Hong Kong`, `Islamic State`, `Asharq Al-Awsat`.
        if let known = knownSpan(at: start, limit: end, in: paragraph), known.length == range.count {
            return [candidate(range, in: paragraph, sentence: sentence, initial: initial, evidence: known.evidence)]
        }
        // A run in capitals that is no known name (`WHAT IS NEXT`, `BBC NEWS`): each word on its own.
        if range.count >= 2, range.allSatisfy({ tokens[$0].isAllCaps }) {
            return range.flatMap { pieces(of: $0..<($0 + 1), in: paragraph, sentence: sentence, sentenceInitial: initial && $0 == start) }
        }
        // `US DVD`, `CEO Tim Cook`: abbreviations of common things at the edges are not part of a name.
        if range.count >= 2, EntityLexicon.commonAcronyms.contains(tokens[end - 1].text), !EnglishLexicon.organizationHeads.contains(tokens[end - 1].text),
           knownEvidence((end - 1)..<end, in: paragraph) == nil {
            return pieces(of: start..<(end - 1), in: paragraph, sentence: sentence, sentenceInitial: initial)
        }
        if range.count >= 2, EntityLexicon.commonAcronyms.contains(tokens[start].text), knownEvidence(start..<(start + 1), in: paragraph) == nil {
            return pieces(of: (start + 1)..<end, in: paragraph, sentence: sentence, sentenceInitial: false)
        }
        // Products (`MacBook Pro`) are not scored kinds.
        if range.count >= 2, EntityLexicon.productHeads.contains(tokens[end - 1].text) { return [] }
        // Laws, treaties and events (`UN Charter`, `General Election`) and doctrines (`National
        // Socialism`) are none of the kinds.
        if range.count >= 2, EntityLexicon.workHeads.contains(tokens[end - 1].text) || tokens[end - 1].lower.hasSuffix("ism") { return [] }
        // A role with nobody named (`the Supreme Leader`, `Shadow Secretary of State`); a title alone
        // may still be a surname (`King and Weeks were abducted`).
        if range.allSatisfy({ isTitle(tokens[$0]) || EntityLexicon.roleModifiers.contains(tokens[$0].text)
                               || EnglishLexicon.nameParticles.contains(tokens[$0].lower) }) {
            guard range.count == 1, isTitle(tokens[start]) else { return [] }
            return [Candidate(paragraph: paragraph.position, tokens: range, name: tokens[start].text, evidence: nil,
                              sentenceInitial: initial, titleOnly: true)]
        }
        let hasTitle = range.contains { isTitle(tokens[$0]) }
        // An organisation by its head (`Syrian Observatory for Human Rights`, `Jaish al-Islam`); with a
        // title inside, only when the last word is the head (`Defence Ministry`).
        if let structure = structure(range, in: paragraph), structure.kind == .organization,
           !hasTitle || EnglishLexicon.organizationHeads.contains(tokens[end - 1].text) {
            return [candidate(range, in: paragraph, sentence: sentence, initial: initial, evidence: structure)]
        }
        // Names run together: every part known (`Saudi Arabia Turkey`, `Beirut Syrian`, `Aleppo Governorate Syria`).
        var segments: [Range<Int>] = []
        var p = start
        while p < end, let known = knownSpan(at: p, limit: end, in: paragraph) {
            var e = p + known.length
            if known.evidence.kind == .place, e < end, EnglishLexicon.placeHeads.contains(tokens[e].lower) { e += 1 }
            segments.append(p..<e)
            p = e
        }
        if p == end, segments.count >= 2 {
            return segments.enumerated().flatMap { n, segment in
                pieces(of: segment, in: paragraph, sentence: sentence, sentenceInitial: initial && n == 0)
            }
        }
        if hasTitle, let split = roleAndName(range, in: paragraph, sentence: sentence) { return split }

        // A place word starting a second name: `Damascus Tal Meri`, `Kafr Takharim Khan Sheikhun`.
        if let k = ((start + 1)..<end).first(where: { EntityLexicon.placePrefixesInsideRuns.contains(tokens[$0].text) && $0 + 1 < end
                && !EnglishLexicon.nameParticles.contains(tokens[$0 - 1].lower) }) {
            return pieces(of: start..<k, in: paragraph, sentence: sentence, sentenceInitial: initial)
                + pieces(of: k..<end, in: paragraph, sentence: sentence, sentenceInitial: false)
        }
        // A news agency's name run onto the end: `Monitor AFP`, `Beirut Reuters`.
        if end - start >= 2, knownOrganization((end - 1)..<end, in: paragraph) != nil, !tokens[end - 1].isAllCaps || tokens[end - 1].text.count > 2,
           knownSpan(at: start, limit: end, in: paragraph)?.length != range.count {
            return pieces(of: start..<(end - 1), in: paragraph, sentence: sentence, sentenceInitial: initial)
                + pieces(of: (end - 1)..<end, in: paragraph, sentence: sentence, sentenceInitial: false)
        }
        // A country or nationality before a name: `American Kevin King`, `Britain Liu Xiaming`.
        if let lead = knownSpan(at: start, limit: end, in: paragraph), lead.isCountryOrNationality, end - start - lead.length >= 2 {
            let rest = (start + lead.length)..<end
            if structure(rest, in: paragraph) == nil, !EnglishLexicon.nameParticles.contains(tokens[rest.lowerBound].lower) {
                return [candidate(start..<rest.lowerBound, in: paragraph, sentence: sentence, initial: initial, evidence: lead.evidence)]
                    + pieces(of: rest, in: paragraph, sentence: sentence, sentenceInitial: false)
            }
        }
        return [candidate(range, in: paragraph, sentence: sentence, initial: initial, evidence: nil)]
    }

    /// Weekdays, months before a number, and credit words end a name.
    func isRunBreaker(_ k: Int, in tokens: [Token]) -> Bool {
        if EntityLexicon.runBreakers.contains(tokens[k].text) { return true }
        if tokens[k].isAllCaps, EntityLexicon.runBreakers.contains(Self.capitalizedForm(tokens[k].text)) { return true }
        // `Operation Euphrates Shield`: a military operation's name.
        if tokens[k].text == "Operation" { return true }
        return EnglishLexicon.isCapitalizedMonth(tokens[k].text) && k + 1 < tokens.count && tokens[k + 1].isNumber
    }

    /// One name: a place word at the end (`Homs Province`, `Ain al-Assad base`) stays in an alias, and
    /// its kind comes from `evidence` or ``classify``.
    func candidate(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>,
                   initial: Bool, evidence: Evidence?) -> Candidate {
        let tokens = paragraph.tokens
        var end = range.upperBound
        var placeWord: String?
        if evidence == nil || evidence?.kind == .place, range.count >= 2, EnglishLexicon.placeHeads.contains(tokens[end - 1].lower),
           knownEvidence(range, in: paragraph) == nil {
            placeWord = tokens[end - 1].text
            end -= 1
        }
        let core = range.lowerBound..<end
        var name = paragraph.text(of: core)
        if core.count == 1, let country = possessiveCountry(tokens[core.lowerBound]) { name = country }
        var candidate = Candidate(paragraph: paragraph.position, tokens: core, name: name, evidence: evidence, sentenceInitial: initial)
        if placeWord != nil {
            candidate.evidence = Evidence(kind: .place, weight: max(evidence?.weight ?? 0, Evidence.structure))
        } else if candidate.evidence == nil {
            candidate.evidence = classify(core, in: paragraph, sentence: sentence)
        }
        if candidate.kind == .organization { candidate.canonical = knownOrganization(core, in: paragraph) }
        if candidate.kind == .place, let state = stateAbbreviation(core, in: paragraph) { candidate.canonical = state }
        // `Observatory head …`, `the Chronicle says`: a head alone stands for a named organisation.
        if candidate.evidence == nil, core.count == 1,
           EnglishLexicon.organizationHeads.contains(name) || EntityLexicon.genericHeads.contains(name.lowercased()) {
            candidate.genericHead = true
        }
        if let placeWord {
            candidate.aliases.append(name + " " + placeWord)
        } else if candidate.kind == .place, end < tokens.count, EnglishLexicon.placeHeads.contains(tokens[end].lower) {
            candidate.aliases.append(name + " " + tokens[end].text)
        } else if candidate.kind == .organization, end + 1 < tokens.count, tokens[end].lower == "news", tokens[end + 1].lower == "agency" {
            candidate.aliases.append(name + " news agency")
        } else if candidate.kind == .organization, end < tokens.count, EntityLexicon.organizationFollowers.contains(tokens[end].lower) {
            candidate.aliases.append(name + " " + tokens[end].text)
        }
        return candidate
    }

    /// `Supreme Leader Ayatollah Ali Khamenei` → `Ali Khamenei`, role `Supreme Leader`, aliases with the
    /// honorific and as written; `US President Donald Trump` → also the place `US`; `White House Press
    /// Secretary Stephanie Grisham` → also the organisation `White House`. Nil when no name follows the
    /// last title.
    func roleAndName(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>) -> [Candidate]? {
        let tokens = paragraph.tokens
        // The last title with a name after it.
        var title: Int?
        var k = range.upperBound - 2
        while k >= range.lowerBound {
            if isTitle(tokens[k]), ((k + 1)..<range.upperBound).contains(where: { !isTitle(tokens[$0]) && !EnglishLexicon.nameParticles.contains(tokens[$0].lower) }) {
                title = k
                break
            }
            k -= 1
        }
        guard let title else { return nil }
        var nameStart = title + 1
        var result: [Candidate] = []
        // `President of Iran`: the role continues into a known name, and nobody is named.
        if EnglishLexicon.nameParticles.contains(tokens[nameStart].lower) {
            nameStart += 1
            guard nameStart < range.upperBound else { return [] }
            if let known = knownSpan(at: nameStart, limit: range.upperBound, in: paragraph), known.length == range.upperBound - nameStart {
                return [candidate(nameStart..<range.upperBound, in: paragraph, sentence: sentence, initial: false, evidence: known.evidence)]
            }
        }
        var roleEnd = title + 1
        while roleEnd > range.lowerBound, EntityLexicon.honorifics.contains(tokens[roleEnd - 1].text) { roleEnd -= 1 }
        let honorific = roleEnd..<(title + 1)

        // Inside the role: a country or nationality first, then organisations between the titles.
        var roleStart = range.lowerBound
        if let lead = knownSpan(at: roleStart, limit: roleEnd, in: paragraph), lead.evidence.kind == .place || lead.evidence.kind == .nationality {
            result.append(candidate(roleStart..<(roleStart + lead.length), in: paragraph, sentence: sentence,
                                    initial: false, evidence: lead.evidence))
            roleStart += lead.length
        }
        var a = roleStart
        while a < roleEnd {
            if isTitle(tokens[a]) || EnglishLexicon.nameParticles.contains(tokens[a].lower) { a += 1; continue }
            var b = a
            while b < roleEnd, !isTitle(tokens[b]) { b += 1 }
            // Without the role's own words first (`White House` in `White House Press Secretary`).
            var e = b
            while e - a > 1, EntityLexicon.roleModifiers.contains(tokens[e - 1].text) { e -= 1 }
            if let organization = organizationInRole(a..<e, in: paragraph) {
                result.append(candidate(a..<e, in: paragraph, sentence: sentence, initial: false, evidence: organization))
            } else if e < b, let organization = organizationInRole(a..<b, in: paragraph) {
                result.append(candidate(a..<b, in: paragraph, sentence: sentence, initial: false, evidence: organization))
            }
            a = b
        }

        let nameRange = nameStart..<range.upperBound
        // `Chief Strategy Officer`, `General Manager of Life Care Solutions`: the role goes on, nobody is named.
        if EntityLexicon.roleNouns.contains(tokens[nameRange.upperBound - 1].text) { return result }
        if nameRange.contains(where: { tokens[$0].lower == "of" || tokens[$0].lower == "for" }) {
            return result + pieces(of: nameRange, in: paragraph, sentence: sentence, sentenceInitial: false)
                .filter { $0.kind != .person }
        }
        let role = roleStart < roleEnd ? paragraph.text(of: roleStart..<roleEnd) : nil
        if let known = knownSpan(at: nameStart, limit: range.upperBound, in: paragraph), known.length == nameRange.count {
            // A known place or organisation after a title is not a person.
            result.append(candidate(nameRange, in: paragraph, sentence: sentence, initial: false, evidence: known.evidence))
            return result
        }
        var person = Candidate(paragraph: paragraph.position, tokens: nameRange, name: paragraph.text(of: nameRange),
                               evidence: Evidence(kind: .person, weight: Evidence.structure), role: role, sentenceInitial: false)
        if !honorific.isEmpty {
            person.aliases.append(paragraph.text(of: honorific.lowerBound..<nameRange.upperBound))
        } else if let role, !role.contains(" of "), let last = role.split(separator: " ").last {
            person.aliases.append(last + " " + person.name)
        }
        person.aliases.append(paragraph.text(of: range))
        result.append(person)
        return result
    }

    /// An organisation named inside a role: known, by its head, or an acronym (`White House`, `BART`, `IRGC`).
    func organizationInRole(_ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph) -> Evidence? {
        let tokens = paragraph.tokens
        if let known = knownEvidence(range, in: paragraph), known.kind == .organization { return known }
        if let structure = structure(range, in: paragraph), structure.kind == .organization { return structure }
        if range.count == 1, isAcronym(tokens[range.lowerBound]) { return Evidence(kind: .organization, weight: Evidence.cue) }
        return nil
    }
}
