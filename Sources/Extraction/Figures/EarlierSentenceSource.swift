/// The source a sentence names for the tolls of the sentence right before it, which named none:
/// `A car bomb killed 14 people in Tarvo. According to the Kelvan News Agency, the bomb was hidden in a
/// van.`, `Jets killed 22 civilians in Marlow. The Tarn Observatory said 22 civilians died in the strikes.`
///
/// One sentence back only, and only when the later sentence plainly reports the same event: it gives one of
/// the earlier sentence's counts again (same number, same noun or event), or, giving no toll of its own, an
/// organisation's report (`According to …,`, `X said`) opens on the incident the earlier sentence told of
/// (`the bomb`, `the first explosion`, `the strikes`). Also `…, the aid group that supports it said. The
/// staff of the Kelvan Relief Union (KRU) …, the group said.`: a description that named no one yet is the
/// organisation the next sentence names and calls by the same word.
///
/// Carried from paragraph to paragraph (a wire's sentence is often a paragraph of its own): the earlier
/// sentence may close the paragraph before.
struct EarlierSentenceSource: Sendable {
    /// The last sentence read, when it gave figures, took no source for any of them and named none (or only
    /// a description that named no one).
    struct Tolls: Sendable {
        /// The sentence's paragraph, and where its figures stand.
        var paragraph: Int
        var spans: Set<TextSpan>
        /// The figures' counted things by value (`22` → civilian, killed).
        var counts: [Double: [(kind: Figure.Kind, unit: String?, event: String?)]]
        /// Whether a count tells of a casualty or a strike (`killed`, `wounded`, `fired`).
        var tellsOfIncident: Bool
        /// The weapons the sentence names (`shells`), lowercased and singular.
        var nouns: Set<String>
        /// The head of the description the sentence credited, naming no one (`group` for `the aid group that
        /// supports it`), if any.
        var descriptionHead: String?
    }

    /// The sentence right before the one being read, when its figures wait for a source.
    var tolls: Tolls?
    /// The one source the tolls of the sentence right before took, for `Another N …` after it
    /// (``reportedSource(of:isBody:)``).
    var reportedBefore: String?
}

extension FigureParagraphReader {
    /// The source the sentence, whose figures are `found`, names for the tolls of the sentence right before
    /// it (``EarlierSentenceSource``), or nil.
    func sourceReachingBack(
        to tolls: EarlierSentenceSource.Tolls, sentence: Range<Int>, found: [Figure],
        source: SourceTracker.SentenceSources, sources: SourceTracker, turnsElsewhere: Bool
    ) -> String? {
        // `… killed nine guards. The figures came from the Kelvar Health Ministry.`: a sentence of provenance.
        if !turnsElsewhere, found.isEmpty, let named = provenanceNamed(in: sentence, sources: sources) { return named }
        // (An organisation of the article: `Kelvan News Agency`, not a person commenting nor a description; but
        // `the monitor`, which stands for the article's monitor or for no one, ``FigureExtractor/resolveMonitors``.)
        guard !turnsElsewhere, source.clauses.isEmpty, let named = source.whole,
            sources.resolver.organizationName(namedBy: named) != nil || Self.describesAMonitor(named)
        else { return nil }
        // A count given again: `… killed 22 civilians. The Tarn Observatory said 22 civilians died …`.
        // (A toll: both counts tell the same thing befell the counted, `killed`, `fired`; not `three injured`
        // beside another report's `a toll of three`, nor a title's `24 Hour`.)
        let restates = found.contains { figure in
            figure.source == named && figure.kind == .count && figure.event != nil
                && (tolls.counts[figure.value] ?? []).contains { $0.kind == .count && $0.event == figure.event }
        }
        // (The organisation itself reports, not someone of it: `A source at Kelvan Police Command told …`,
        // `Kelvan TV reporter said …` give their own counts, which the earlier sentence only summed up. But the
        // outlet's own correspondent giving the same toll again reports it for the outlet,
        // ``reportsThroughItsOwnPress(_:named:sources:)``.)
        if let head = sources.lastWritten?.wordsBetweenSpaces().last, FigureLexicon.roleHeads.contains(head.lowercased())
            || speaksThroughSomeoneOfIt(sentence)
        {
            return restates && reportsThroughItsOwnPress(sentence, named: named, sources: sources) ? named : nil
        }
        if restates { return named }
        // (`… Kelvan News quoted a source at Vessa Police Command as saying.`: someone unnamed of it, wherever the
        // sentence names them, telling of something else than the toll before.)
        if namesWhereSomeoneOfItStands(named, in: sentence, sources: sources) { return nil }
        // (A toll of its own is another report: `SANA reported earlier that one person was killed`.)
        let givesToll = found.contains { $0.kind == .count && $0.event != nil }
        // `… the aid group that supports it said. The staff of the Kelvan Relief Union …, the group said.`
        if let head = tolls.descriptionHead {
            guard !givesToll, let written = sources.lastWritten,
                written.wordsBetweenSpaces().last.map({ $0.lowercased() == head }) == true,
                sources.resolver.namesInSentence(organizationNamed: named)
            else { return nil }
            return named
        }
        // An organisation's report opening on the incident told before: `According to the Kelvan News Agency,
        // the bomb was …`, `The agency said the first explosion …`.
        guard tolls.tellsOfIncident, !givesToll, let clause = reportedClauseStart(in: sentence),
            pointsBackToIncident(from: clause, in: sentence, tolls: tolls)
        else { return nil }
        return named
    }

    /// Where the clause a sentence reports begins: after `According to X,` (its comma, or the name and its
    /// description: `According to SANA news agency terrorists fired …`), after a reporting verb among the
    /// sentence's first words and its `that` (`The agency said (that) …`), else the sentence's start (`The
    /// bomb was hidden in a van, the agency said.`).
    func reportedClauseStart(in sentence: Range<Int>) -> Int? {
        let first = sentence.lowerBound
        if sentence.count > 3, tokens[first].lowerIs("according"), tokens[first + 1].lowerIs("to") {
            var k = first + 2
            if tokens[k].lowerIs("the") { k += 1 }
            while k < sentence.upperBound, k - first < 14, tokens[k].isWord || tokens[k].text == "-",
                tokens[k].isCapitalized || FigureLexicon.organizationDescriptions.contains(lowerOf: tokens[k])
                    || FigureLexicon.descriptionModifiers.contains(lowerOf: tokens[k])
                    || SourceResolver.isModifier(tokens[k].text) || tokens[k].lowerIs(oneOf: ["of", "for", "-"])
            {
                k += 1
            }
            if k < sentence.upperBound, tokens[k].isPunctuation(",") { k += 1 }
            return k < sentence.upperBound ? k : nil
        }
        // (A verb among the first words, after nothing but the name: no comma, no clause before it.)
        var k = first
        while k < sentence.upperBound, k - first < 10, tokens[k].isWord || tokens[k].isPunctuation("(")
            || tokens[k].isPunctuation(")") || tokens[k].text == "-"
        {
            if k > first, SourceTracker.reportingVerbs.contains(lowerOf: tokens[k]) {
                var clause = k + 1
                if clause < sentence.upperBound, tokens[clause].lowerIs("that") { clause += 1 }
                return clause < sentence.upperBound ? clause : nil
            }
            k += 1
        }
        return first
    }

    /// Whether the clause opens on the incident told before: `the` and, within three words, an incident's noun
    /// (`the first explosion`, `the car bomb`, `the strikes`), a weapon the earlier sentence named (`the
    /// shells`), or the harm one of its counts told of (``pointsBackToHarm(from:in:tolls:)``). (Not `this
    /// barbaric attack`, which opens a comment on it more often than a report.)
    func pointsBackToIncident(from clause: Int, in sentence: Range<Int>, tolls: EarlierSentenceSource.Tolls) -> Bool {
        guard clause < sentence.upperBound else { return false }
        if opensOnWeaponsToldOf(clause, in: sentence, tolls: tolls) { return true }
        guard tokens[clause].lowerIs("the") else { return false }
        var k = clause + 1
        while k < sentence.upperBound, k - clause <= 3, tokens[k].isWord {
            if Self.isIncidentHead(tokens[k]) || tolls.nouns.contains(Self.singular(tokens[k].lower)) { return true }
            k += 1
        }
        return pointsBackToHarm(from: clause, in: sentence, tolls: tolls)
    }

    /// `… fired rockets into Vessa, killing two. Rockets struck near the airport, the monitor said.`: the
    /// clause opens on the weapons the earlier sentence named, bare and plural, as the subject of a verb (a
    /// lowercase word other than `of`, `from`, `and`: not `Rockets of a new kind …`).
    func opensOnWeaponsToldOf(_ clause: Int, in sentence: Range<Int>, tolls: EarlierSentenceSource.Tolls) -> Bool {
        guard clause + 1 < sentence.upperBound, tokens[clause].isWord else { return false }
        let word = tokens[clause].lower, noun = Self.singular(word)
        guard noun != word, tolls.nouns.contains(noun) else { return false }
        let next = tokens[clause + 1]
        return next.isWord && !next.isCapitalized && !next.lowerIs(oneOf: ["of", "from", "and", "or"])
    }

    /// `the monitor`, `a monitoring group`, `the observatory`: a description of a war monitor, naming no one
    /// (``ArticleMonitors/describesMonitor(_:)``: not `the chemical watchdog`), with a monitor's head or
    /// `monitoring group` (not `the rebel group`).
    static func describesAMonitor(_ source: String) -> Bool {
        let words = source.wordsBetweenSpaces().map { $0.lowercased() }
        guard source.first?.isLowercase == true, let head = words.last, words.count <= 3,
            ArticleMonitors.describesMonitor(words)
        else { return false }
        return ArticleMonitors.heads.contains(head) || words.suffix(2) == ["monitoring", "group"]
    }

    /// `the deaths occurred …`, `the victims were …` after `… killed 17 people`: the clause opens on the harm one
    /// of the earlier sentence's counts told of, as its subject (`the` and the noun, then `of`, `in`, `at` or a
    /// verb of happening). Not `the death toll could be over 50`, `the number killed could rise`, which weigh a
    /// toll of their own.
    func pointsBackToHarm(from clause: Int, in sentence: Range<Int>, tolls: EarlierSentenceSource.Tolls) -> Bool {
        let noun = clause + 1
        guard noun + 1 < sentence.upperBound, let family = Self.harmFamily(ofNoun: tokens[noun].lower),
            tokens[noun + 1].lowerIs(oneOf: ["of", "in", "at", "were", "was", "occurred", "happened", "came", "included"])
        else { return false }
        return tolls.counts.values.contains { counts in
            counts.contains { $0.event.map { FigureExtractor.eventFamily($0) == family } ?? false }
        }
    }

    /// The harm a noun of a toll tells of: `deaths`, `victims`, `the dead` → killed; `the wounded` → injured.
    static func harmFamily(ofNoun word: String) -> String? {
        if FigureLexicon.deathNouns.contains(word) { return "killed" }
        return word == "killed" ? nil : tollNouns[word]
    }

    /// The figures of a sentence as tolls a later sentence may name the source of, or nil when one took a
    /// source or the sentence named one (a description that named no one is kept by its head).
    func tollsAwaitingSource(_ found: [Figure], sentence: Range<Int>, sources: SourceTracker)
        -> EarlierSentenceSource.Tolls?
    {
        guard paragraph.kind == .body, found.contains(where: \.takesSource),
            !found.contains(where: { $0.source != nil }), !isWrittenAsHeadline(sentence)
        else { return nil }
        var head: String?
        if sources.lastWritten != nil {
            // (Only an organisation's description: `the aid group that supports it`, not `residents`.)
            guard let described = describedReporter(closing: sentence) else { return nil }
            head = described
        }
        var nouns = Set<String>()
        for k in sentence where tokens[k].isWord {
            let noun = Self.singular(tokens[k].lower)
            if FigureVocabulary.weaponUnits.contains(noun) { nouns.insert(noun) }
        }
        let tellsOfIncident = found.contains {
            $0.event.map { FigureVocabulary.casualtyEvents.contains($0) || FigureVocabulary.strikeEvents[$0] != nil }
                ?? false
        }
        var counts: [Double: [(kind: Figure.Kind, unit: String?, event: String?)]] = [:]
        for figure in found { counts[figure.value, default: []].append((figure.kind, figure.unit, figure.event)) }
        return EarlierSentenceSource.Tolls(
            paragraph: paragraph.position, spans: Set(found.lazy.map(\.span).filter { !placeLocators.contains($0) }),
            counts: counts,
            tellsOfIncident: tellsOfIncident, nouns: nouns, descriptionHead: head)
    }

    /// `…, the aid group that supports it said.`: the head of the description of an organisation (with a
    /// relative clause about what it stands to, whose `it` is no one named) that closes the sentence as who
    /// reports, or nil.
    func describedReporter(closing sentence: Range<Int>) -> String? {
        var verb = sentence.upperBound - 1
        while verb > sentence.lowerBound, tokens[verb].kind == .punctuation { verb -= 1 }
        guard verb - sentence.lowerBound > 4, SourceTracker.reportingVerbs.contains(lowerOf: tokens[verb]),
            tokens[verb - 1].lowerIs("it")
        else { return nil }
        // The relative pronoun a few words back, the description's head right before it.
        var relative = verb - 2
        while relative > sentence.lowerBound + 1, verb - relative <= 5, tokens[relative].isWord,
            !tokens[relative].lowerIs(oneOf: ["that", "which"])
        {
            relative -= 1
        }
        guard tokens[relative].lowerIs(oneOf: ["that", "which"]),
            FigureLexicon.organizationDescriptions.contains(lowerOf: tokens[relative - 1])
        else { return nil }
        // `the aid group`: `the`, with up to two modifiers before the head (after a comma, or a word in text
        // that lost its commas).
        var the = relative - 2
        while the > sentence.lowerBound, relative - the <= 3, tokens[the].isWord, !tokens[the].isCapitalized,
            !tokens[the].lowerIs("the")
        {
            the -= 1
        }
        guard the > sentence.lowerBound, tokens[the].lowerIs("the") else { return nil }
        return tokens[relative - 1].lower
    }

    /// `30-11-2014 50 Rebels Killed in Tarvo in 24 Hours.`: a headline repeated in the body, most of its words
    /// capitalised (at least four words of four letters or more, three in four of them capitalised), whose
    /// counts the story after it tells again as its own.
    func isWrittenAsHeadline(_ sentence: Range<Int>) -> Bool {
        var long = 0
        var capitalised = 0
        for k in sentence where tokens[k].isWord && tokens[k].text.utf8.count >= 4 {
            long += 1
            if tokens[k].isCapitalized { capitalised += 1 }
        }
        return long >= 4 && capitalised * 4 >= long * 3
    }

    /// `… 20 civilians were killed on Friday. Kelvan News's correspondent in Tarvo said … killing 20 civilians`:
    /// the first role among the words before the sentence's first reporting verb is one of the press's
    /// (``FigureLexicon/pressRoles``: `correspondent`, `reporter`), right after the name of the organisation the
    /// sentence credits (`Kelvan News's`, `Kelvan Newss`, `a Kelvan News correspondent`). Not `A source at Kelvan
    /// Police Command told Kelvan News's correspondent …` (a source first), nor `Kelvan News's reporter quoted
    /// the Tarvo Police Command …` (the sentence credits another).
    func reportsThroughItsOwnPress(_ sentence: Range<Int>, named: String, sources: SourceTracker) -> Bool {
        for k in sentence.prefix(12) where tokens[k].isWord {
            if SourceTracker.reportingVerbs.contains(lowerOf: tokens[k]) { return false }
            guard FigureLexicon.roleHeads.contains(lowerOf: tokens[k]) else { continue }
            guard FigureLexicon.pressRoles.contains(lowerOf: tokens[k]) else { return false }
            // The capitalised words right before the role (after a possessive's `'s`, if it stands apart).
            var end = k
            if end > sentence.lowerBound, tokens[end - 1].lowerIs(oneOf: ["'s", "\u{2019}s"]) { end -= 1 }
            var start = end
            while start > sentence.lowerBound, end - start < 6, tokens[start - 1].isWord, tokens[start - 1].isCapitalized {
                start -= 1
            }
            guard start < end else { return false }
            let owner = paragraph.text(of: start..<end)
            if owner == named || owner == named + "s" || owner == named + "'s" || owner == named + "\u{2019}s" {
                return true
            }
            guard let organisation = sources.resolver.organizationName(namedBy: owner) else { return false }
            return organisation == sources.resolver.organizationName(namedBy: named)
        }
        return false
    }

    /// `… Kelvan News quoted a source at Tarvo Police Command as saying.`, `…, according to an official at the
    /// Tarvo Police Command.`: the organisation credited is named anywhere in the sentence as where someone
    /// unnamed (``unnamedInsiders``: a source, an official) stands (the word, `at`, `in`, `from` or `of`, an
    /// optional `the`, then the name), so someone of it speaks, as in ``speaksThroughSomeoneOfIt(_:)`` where the
    /// role opens the sentence. (Not `Ann Roe head of the Tarn Observatory`, a named person speaking for it.)
    func namesWhereSomeoneOfItStands(_ named: String, in sentence: Range<Int>, sources: SourceTracker) -> Bool {
        let organisation = sources.resolver.organizationName(namedBy: named) ?? named
        for k in sentence where k + 2 < sentence.upperBound && Self.unnamedInsiders.contains(lowerOf: tokens[k]) {
            guard tokens[k + 1].lowerIs(oneOf: ["at", "in", "from", "of"]) else { continue }
            let first = tokens[k + 2].lowerIs("the") ? k + 3 : k + 2
            // The capitalised words there (a name of a few words, with `of` or `for` inside).
            var end = first
            while end < sentence.upperBound, end - first < 8, tokens[end].isWord,
                tokens[end].isCapitalized || (end > first && tokens[end].lowerIs(oneOf: ["of", "for"]))
            {
                end += 1
            }
            while end > first, !tokens[end - 1].isCapitalized { end -= 1 }
            guard end > first else { continue }
            let written = paragraph.text(of: first..<end)
            if written == named || sources.resolver.organizationName(namedBy: written) == organisation { return true }
        }
        return false
    }

    /// Those who speak for an organisation unnamed: `a source at …`, `officials at …`.
    static let unnamedInsiders: WordSet = FigureLexicon.unnamedSourceHeads.union(["official", "officials"])

    /// `A source at Kelvan Police Command told …`, `Kelvan TV's reporter in Tarvo said …`: a role (a source, a
    /// reporter, an official) among the words before the sentence's first reporting verb.
    func speaksThroughSomeoneOfIt(_ sentence: Range<Int>) -> Bool {
        for k in sentence.prefix(12) where tokens[k].isWord {
            if SourceTracker.reportingVerbs.contains(lowerOf: tokens[k]) { return false }
            if FigureLexicon.roleHeads.contains(lowerOf: tokens[k]) { return true }
        }
        return false
    }
}
