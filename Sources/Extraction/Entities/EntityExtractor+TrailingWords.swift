/// Words that follow a name inside its capitalised run without belonging to it: a post-nominal
/// (`Jane Doherty MSP`), a role written after the name (`Karim Souri Secretary General`), a credit word
/// ending a headline (`… in Aleppo Monitor`), a second place after `for` (`left Geneva for Bern`), and the
/// month of a date written right after the name (`told Kestrel Press Agency Feb. 26`).
extension EntityExtractor {
    /// `told Kestrel Press Agency Feb. 26`, `wrote to Vessa Council March 3`: where the run ends when its last
    /// word is a month (or a month's short form, its full stop after it) and a day or a year comes right after:
    /// the month opens a date. Not `May` (a surname as often), and never the run's only word.
    static func endBeforeTrailingDate(_ run: Range<Int>, in tokens: [Token]) -> Int {
        let last = run.upperBound - 1
        guard run.count >= 2, tokens[last].isWord, tokens[last].text != "May",
            EnglishLexicon.isCapitalizedMonth(tokens[last].text)
        else { return run.upperBound }
        var k = run.upperBound
        if k < tokens.count, tokens[k].isPunctuation("."), !tokens[k].spaceBefore,
            EnglishLexicon.monthAbbreviations[tokens[last].lower] != nil
        {
            k += 1
        }
        guard k < tokens.count, tokens[k].isNumber, tokens[k].spaceBefore else { return run.upperBound }
        let digits = tokens[k].text
        guard digits.utf8.allSatisfy({ (48...57).contains($0) }), let value = Int(digits),
            digits.utf8.count <= 2 && (1...31).contains(value)
                || digits.utf8.count == 4 && (1900...2099).contains(value)
        else { return run.upperBound }
        return last
    }

    /// `Jane Doherty MSP`, `Mark Lowe QC`: a person's name and the letters of an office or honour after it.
    func withoutPostNominal(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>, initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        let last = range.upperBound - 1
        guard range.count >= 3, EntityLexicon.postNominals.contains(tokens[last].text) else { return nil }
        let name = range.lowerBound..<last
        guard name.allSatisfy({ looksLikePersonWord(tokens[$0]) || tokens[$0].isPunctuation(".") }),
            knownEvidence(name, in: paragraph) == nil
        else { return nil }
        return [
            candidate(
                name, in: paragraph, sentence: sentence, initial: initial,
                evidence: Evidence(kind: .person, weight: Evidence.structure))
        ]
    }

    /// `Karim Souri Secretary General`, `Ana Ruiz Foreign Minister`: a person's name of two or three
    /// words, then a role of two or more role words (one word is too often a surname: `John Major`), or of
    /// one after the acronym of the organisation it serves (`Ann Roe UNHCR Envoy`: the acronym a name too).
    func withoutTrailingRole(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>, initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        guard range.count >= 4 else { return nil }
        func roleWord(_ k: Int) -> Bool {
            isTitle(tokens[k]) || EntityLexicon.roleNouns.contains(tokens[k].text)
                || EntityLexicon.roleModifiers.contains(tokens[k].text)
        }
        var roleStart = range.upperBound
        while roleStart > range.lowerBound, roleWord(roleStart - 1) { roleStart -= 1 }
        // `Ann Roe UNHCR Envoy`: the acronym of the organisation the role serves, before the role.
        let served =
            roleStart < range.upperBound && roleStart - 1 > range.lowerBound + 1
                && tokens[roleStart - 1].isAllCaps && !EntityLexicon.postNominals.contains(tokens[roleStart - 1].text)
            ? roleStart - 1 : nil
        if let served { roleStart = served }
        let name = range.lowerBound..<roleStart
        let last = tokens[range.upperBound - 1].text
        guard range.upperBound - roleStart >= 2, (2...3).contains(name.count),
            EntityLexicon.roleNouns.contains(last) || isTitle(tokens[range.upperBound - 1]),
            name.allSatisfy({ looksLikePersonWord(tokens[$0]) }),
            knownEvidence(name, in: paragraph) == nil, structure(name, in: paragraph) == nil
        else { return nil }
        var person = candidate(
            name, in: paragraph, sentence: sentence, initial: initial,
            evidence: Evidence(kind: .person, weight: Evidence.structure))
        person.role = paragraph.text(of: roleStart..<range.upperBound)
        guard let served else { return [person] }
        return [
            person, candidate(served..<(served + 1), in: paragraph, sentence: sentence, initial: false, evidence: nil),
        ]
    }

    /// `Loria GOP Gov. Ann Roe`, `Democratic Sen. Ann Roe`: a title's abbreviation ending the run belongs
    /// to the name after its full stop. The run without it; nothing when only a common word is left (the
    /// party's adjective).
    func withoutTitleOfNextName(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>, initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        let after = range.upperBound
        guard range.count >= 2, after + 1 < sentence.upperBound, tokens[after].isPunctuation("."),
            !tokens[after].spaceBefore, tokens[after + 1].isWord, tokens[after + 1].isCapitalized,
            tokens[after + 1].spaceBefore, !EnglishLexicon.notNames.contains(tokens[after + 1].text),
            isTitle(tokens[after - 1]), SentenceSplitter.abbreviations.contains(tokens[after - 1].lower)
        else { return nil }
        var end = after - 1
        while end > range.lowerBound, isTitle(tokens[end - 1]) { end -= 1 }
        // `Vesk Democratic Sen. Ann Roe`: the party's adjective goes with the title.
        while end > range.lowerBound, EntityLexicon.partyAdjectives.contains(tokens[end - 1].text) { end -= 1 }
        let rest = range.lowerBound..<end
        if rest.isEmpty || rest.count == 1 && isCommonWord(tokens[rest.lowerBound]) { return [] }
        return pieces(of: rest, in: paragraph, sentence: sentence, sentenceInitial: initial)
    }

    /// `Missile kills 18 in Aleppo Monitor`, `… in Syria Monitor group`: a headline's credit to a
    /// monitoring group run onto the place it ends with. The place alone.
    func withoutHeadlineCredit(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>, initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        let last = range.upperBound - 1
        guard range.count >= 2, EntityLexicon.headlineCreditWords.contains(tokens[last].text) else { return nil }
        let after = range.upperBound
        // The headline, or its copy opening the body with the agency's credit after it (`… Monitor AFP`), or
        // with the lead run on after it (a sentence cut at ``headlineJoin(in:headline:)``, right after the credit
        // or after its `group`: `… Monitor group Reuters Sunday A shell …`).
        let cut = sentence.upperBound < tokens.count && tokens[sentence.upperBound].isWord
        let endsHeadline =
            cut && after == sentence.upperBound
            || cut && after + 1 == sentence.upperBound && ["group", "says", "said"].contains(tokens[after].lower)
            || paragraph.kind == .headline
            && (after >= sentence.upperBound || tokens[after].kind == .punctuation
                || ["group", "says", "said"].contains(tokens[after].lower))
            || agencyCredit(at: after, in: paragraph, sentence: sentence)
            || after < sentence.upperBound && tokens[after].lower == "group"
                && agencyCredit(at: after + 1, in: paragraph, sentence: sentence)
        guard endsHeadline, let place = knownSpan(at: range.lowerBound, limit: last, in: paragraph),
            place.evidence.kind == .place, place.length == last - range.lowerBound
        else { return nil }
        return pieces(of: range.lowerBound..<last, in: paragraph, sentence: sentence, sentenceInitial: initial)
    }

    /// A news agency's credit at `k` (`AFP`, `Reuters`): the headline's copy runs into the body there.
    private func agencyCredit(at k: Int, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>)
        -> Bool
    {
        guard k < sentence.upperBound, paragraph.tokens[k].isCapitalized,
            let known = knownOrganization(k..<(k + 1), in: paragraph)
        else { return false }
        return EntityLexicon.newsAgencies.contains(known)
    }

    /// `left Geneva for Bern`, `fled Kafr Nabudah for Tal Shihab`: two names on either side of a
    /// lowercase `for` that no organisation's or role's head governs (`Committee for …`, `Minister for
    /// …`), when one side is a place or no word of the run is an English word.
    func splitAtFor(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>, initial: Bool
    ) -> [Candidate]? {
        let tokens = paragraph.tokens
        guard range.count >= 3,
            let k = range.dropFirst().first(where: { tokens[$0].text == "for" }), k + 1 < range.upperBound
        else { return nil }
        let head = tokens[k - 1].text
        guard !EnglishLexicon.organizationHeads.contains(head), !EntityLexicon.organizationOfHeads.contains(head),
            !EntityLexicon.placeOfNameHeads.contains(head), !EntityLexicon.companyHeads.contains(head),
            !isTitle(tokens[k - 1]), !EntityLexicon.roleNouns.contains(head)
        else { return nil }
        let left = range.lowerBound..<k, right = (k + 1)..<range.upperBound
        // `Court of Arbitration for Sport`, `Council of Mediation for Fisheries`: a body's head and `of` before
        // `for` open one name, which goes on to what the body is for.
        if left.dropLast().contains(where: {
            EnglishLexicon.organizationHeads.contains(tokens[$0].text) && tokens[$0 + 1].text == "of"
        }) {
            return nil
        }
        func isPlace(_ side: Range<Int>) -> Bool {
            (knownEvidence(side, in: paragraph) ?? structure(side, in: paragraph))?.kind == .place
        }
        let noEnglish = range.allSatisfy { j in
            j == k || EnglishWords.bundled.partOfSpeech(of: tokens[j].lower) == nil
        }
        guard isPlace(left) || isPlace(right) || noEnglish else { return nil }
        var names =
            pieces(of: left, in: paragraph, sentence: sentence, sentenceInitial: initial)
            + pieces(of: right, in: paragraph, sentence: sentence, sentenceInitial: false)
        // One place for another: the unknown side is a place too.
        if names.contains(where: { $0.kind == .place }) {
            for n in names.indices where names[n].evidence == nil && !names[n].titleOnly && !names[n].genericHead {
                names[n].evidence = Evidence(kind: .place, weight: Evidence.context)
            }
        }
        return names
    }

    /// A capitalised word that can be part of a person's name (`Doherty`, `al-Souri`).
    private func looksLikePersonWord(_ token: Token) -> Bool {
        guard token.isWord, !token.isAllCaps || token.text.count == 1 else { return false }
        let text = token.text
        return
            (token.isCapitalized || Self.hasJoinedArticle(token)
            || EnglishLexicon.nameParticles.contains(token.lower))
            && !isTitle(token) && !EnglishLexicon.organizationHeads.contains(text)
            && !EntityLexicon.companyHeads.contains(text) && !EntityLexicon.placeNameHeads.contains(text)
            && !EntityLexicon.roleNouns.contains(text) && !EntityLexicon.roleModifiers.contains(text)
            && !EnglishLexicon.notNames.contains(text) && !EntityLexicon.runBreakers.contains(text)
    }
}
