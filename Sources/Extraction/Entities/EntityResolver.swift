/// Groups an article's name candidates into entities: surnames (and first-written family names) to
/// full names, acronyms and parenthesised alternatives to what they abbreviate, gazetteer and lexicon
/// short forms to canonical names, spellings that differ by spaces, hyphens or a letter, and generic
/// heads (`the Observatory`) to the one named organisation with that head. Each mention's evidence
/// votes on the entity's kind: the strongest evidence wins, then the most mentions.
/// Public for ``looseKey(_:)`` alone, which the archive's writer matches names across articles with.
public struct EntityResolver {
    typealias Candidate = EntityExtractor.Candidate
    typealias Evidence = EntityExtractor.Evidence

    let gazetteer: Gazetteer
    /// In chunks, not one array: see ``ChunkedArray``.
    var entries = ChunkedArray<Entry>()
    /// Every entry's mentions, in one array, each entry's chained from its first (see ``Entry/firstMention``):
    /// a long article has hundreds of thousands of entries, and an array each took twice the room.
    private var mentionRecords: [Entry.Mention] = []
    /// The roles written with mentions (`minister`, `Supreme Leader`), each once, by number: an article's
    /// hundreds of thousands of mentions name a few dozen.
    private var roles = RoleTable()
    /// Every name and alias as written → entry index.
    private var index: EntryTable = [:]
    /// Names without case, spaces, hyphens, dots or a plural `s` (`TimeWarner` = `Time Warner`,
    /// `U.S.` = `US`, `Liberal Democrat` = `Liberal Democrats`) → entry index.
    private var compactIndex: EntryTable = [:]
    /// Last names (and particle-less forms: `Muhandis` for `al-Muhandis`) of the people so far.
    private var surnames: EntryTable = [:]
    /// First words of people's names → the one person with it, or -1 when several (`Liu` for `Liu Xiaming`).
    private var firstNames: EntryTable = [:]
    /// Every entry that was ever a place or an organisation, by its compact name, for ``variant(of:)``.
    private var placesAndOrganizationsBySpelling = OneEditIndex()
    /// Lowercased words of the names of several words of every entry that was ever an organisation, for
    /// ``generic(_:)``.
    private var organizationsByWord: [Substring: [Int]] = [:]
    /// The capital initials of the names of several words of the article's organisations and places → the
    /// one entry with them, or -1 when several (see ``mergeAcronyms()``); kept for the acronyms of the
    /// lines read for known names only (`RESULTS OF NBA GAMES` beside `National Basketball Association`).
    private var entriesByInitials: [String: Int] = [:]

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// Handed over, not copied: the candidates (hundreds of thousands in a long article) are let go once
    /// placed, before the merges.
    mutating func resolve(_ candidates: consuming [Candidate]) {
        placeCandidates(consume candidates)
        mergeSpellingVariants()
        mergeCountryPrefixed()
        mergePossessives()
        mergePersonForms()
        mergeAcronyms()
    }

    /// Every candidate joins an entity or makes one, longest names first; the names that may only join one
    /// last.
    private mutating func placeCandidates(_ candidates: consuming [Candidate]) {
        // A mention a candidate at most, and room for a few the known names add later.
        mentionRecords.reserveCapacity(candidates.count + candidates.count / 8)
        var children: [Int: [Int]] = [:]
        for (i, candidate) in candidates.enumerated() {
            if let parent = candidate.alternativeOf { children[parent, default: []].append(i) }
        }
        reserveNameTables(for: candidates)
        // Longer names first, so `Soleimani` finds `Qassem Soleimani` already there; a parenthesised
        // alternative right after its name. Numbers in 32 bits: a long article has hundreds of thousands.
        var order: [Int32] = []
        order.reserveCapacity(candidates.count)
        for i in candidates.indices where candidates[i].alternativeOf == nil { order.append(Int32(i)) }
        order.sort {
            let a = candidates[Int($0)].tokens.count, b = candidates[Int($1)].tokens.count
            return a != b ? a > b : $0 < $1
        }
        // Names that may only join an entity: titles alone, generic heads, names without evidence.
        var deferred: [Int] = []
        for i in order.lazy.map(Int.init) {
            let candidate = candidates[i]
            var entry: Int?
            if candidate.titleOnly || candidate.genericHead || candidate.evidence == nil {
                deferred.append(i)
            } else if isAmbiguousGivenName(candidate) {
                // `Alice` with `Alice Mak` and `Alice Chan` in the article: nobody to name alone.
                continue
            } else {
                entry = place(candidate)
            }
            for child in children[i] ?? [] {
                if let entry {
                    mention(entry, candidates[child])
                } else if candidates[child].evidence != nil, !candidates[child].genericHead {
                    _ = place(candidates[child])
                }
            }
        }
        var aloneCount: [String: Int] = [:]
        for i in deferred where Self.standsAlone(candidates[i]) { aloneCount[candidates[i].name, default: 0] += 1 }
        for i in deferred {
            if let entry = attach(candidates[i]) {
                mention(entry, candidates[i])
            } else if aloneCount[candidates[i].name, default: 0] >= 2,
                Self.hasInnerCapital(candidates[i].name)
            {
                // A word no dictionary has with a capital inside (`SpaceX`, `OrbitBeyond`), capitalised
                // inside sentences more than once, is a brand's. Without one (`Stardust`, `Scientology`,
                // `Gorbachev`) it names a person only with a person's evidence of its own (a title,
                // `said`, a given name), which it lacks here; measured on both dev sets, guessing a
                // person cost more kinds and extras than it found.
                var candidate = candidates[i]
                candidate.evidence = Evidence(kind: .organization, weight: Evidence.shape)
                _ = place(candidate)
            }
        }
    }

    /// Room in the name tables for the names a long article's candidates will bring, so that the tables
    /// are not grown while they fill (the old and the new table held together, tens of MB in an article of
    /// hundreds of thousands of distinct names). The distinct names are estimated from an even sample of the
    /// candidates: an article that repeats a few names (`said Smith` many times) reserves little. An
    /// ordinary article (fewer than ``reservingFrom`` candidates) reserves nothing.
    private mutating func reserveNameTables(for candidates: borrowing [Candidate]) {
        guard candidates.count >= Self.reservingFrom else { return }
        let step = candidates.count / Self.reservationSample
        var sample = Set<String>(minimumCapacity: Self.reservationSample)
        for i in stride(from: 0, to: candidates.count, by: step) { sample.insert(candidates[i].name) }
        let sampled = (candidates.count + step - 1) / step
        // The distinct names among the candidates: more than the tables will hold (a surname alone joins its
        // full name), but a table's room goes up in doubles, so an estimate a little over is seldom a double
        // over.
        let names = candidates.count * sample.count / sampled
        index.reserveCapacity(names)
        compactIndex.reserveCapacity(names)
    }

    static let reservingFrom = 50_000
    static let reservationSample = 4096

    /// `Jack Hale` and `John Hale` beside `John R. Hale`: a person's shorter forms join the one fuller name
    /// they fit (see ``samePerson(_:_:)``); a form that fits two people who differ stays apart.
    private mutating func mergePersonForms() {
        // Each person's surname and entry, sorted so that the people of one surname stand together (in the
        // order of their entries): pairs in one array, not a dictionary of an array per surname, which was a
        // long article's peak (hundreds of thousands of people with surnames of their own). Only people of
        // one surname merge, so the order the surnames are taken in does not matter.
        var people: [(surname: String, entry: Int32)] = []
        for i in entries.indices where entries[i].mergedInto == nil && entries[i].kind == .person {
            guard let surname = PersonNameParts(entries[i].name)?.surname ?? InitialForm(entries[i].name)?.surname
            else { continue }
            people.append((surname, Int32(i)))
        }
        people.sort { $0.surname != $1.surname ? $0.surname < $1.surname : $0.entry < $1.entry }
        var start = 0
        while start < people.count {
            var end = start + 1
            while end < people.count, people[end].surname == people[start].surname { end += 1 }
            if end - start >= 2 {
                mergePersonForms(
                    people[start..<end].compactMap { person in
                        PersonNameParts(entries[Int(person.entry)].name).map { (Int(person.entry), $0) }
                    })
                mergeInitialForms(people[start..<end].map { Int($0.entry) })
            }
            start = end
        }
    }

    /// `T Varden` beside `Tomas Varden`: a person named by an initial joins the one person of the surname
    /// whose given name starts with it; beside `Tomas` and `Tilda Varden` it stays apart.
    private mutating func mergeInitialForms(_ group: [Int]) {
        for entry in group where entries[entry].mergedInto == nil {
            guard let form = InitialForm(entries[entry].name) else { continue }
            let fits = group.filter { other in
                other != entry && entries[other].mergedInto == nil
                    && PersonNameParts(entries[other].name).map(form.fits) == true
            }
            guard let target = fits.first, fits.count == 1 else { continue }
            merge(entry, into: target)
        }
    }

    /// Merges the shorter forms of one surname's people (in the order of their entries) into the fuller ones.
    private mutating func mergePersonForms(_ group: [(entry: Int, parts: PersonNameParts)]) {
        // Fuller names first: each form joins a fuller one, never the other way.
        let fullerFirst = group.sorted { ($0.parts.middle.count, -$0.entry) > ($1.parts.middle.count, -$1.entry) }
        for (n, form) in fullerFirst.enumerated() where n > 0 {
            let fits = fullerFirst[..<n].filter {
                entries[$0.entry].mergedInto == nil && Self.samePerson($0.parts, form.parts)
            }
            guard let target = fits.first?.entry, fits.count == 1 else { continue }
            merge(form.entry, into: target)
        }
    }

    /// `MIT` beside `Massachusetts Institute of Technology`, `SDF` beside `Syrian Democratic Forces`: an
    /// acronym in capitals joins the one organisation or place of the article whose words it abbreviates.
    private mutating func mergeAcronyms() {
        var byInitials: [String: Int] = [:]
        for i in entries.indices
        where entries[i].mergedInto == nil && (entries[i].kind == .organization || entries[i].kind == .place) {
            guard let initials = Self.initials(of: entries[i].name) else { continue }
            byInitials[initials] = byInitials[initials] == nil ? i : -1
        }
        entriesByInitials = byInitials
        guard !byInitials.isEmpty else { return }
        for i in entries.indices where entries[i].mergedInto == nil && entries[i].kind != .person {
            let name = entries[i].name
            guard (2...6).contains(name.utf8.count), name.utf8.allSatisfy({ (65...90).contains($0) }),
                let target = byInitials[name], target >= 0, target != i, entries[target].mergedInto == nil
            else { continue }
            merge(i, into: target)
        }
    }

    /// Words an acronym skips: `Organisation for the Prohibition of Chemical Weapons` → `OPCW`.
    static let acronymSkips: WordSet = ["of", "for", "the", "and", "&", "on", "in", "at", "de", "du", "des", "la"]

    /// The capital initials of a name of two to six words, or nil when a word does not start with a capital.
    static func initials(of name: String) -> String? {
        var result = ""
        for word in name.wordsBetweenSpaces() where !acronymSkips.contains(String(word)) {
            guard let first = word.unicodeScalars.first, first.properties.isUppercase, first.isASCII else { return nil }
            result.unicodeScalars.append(first)
        }
        return (2...6).contains(result.count) && name.contains(ascii: " ") ? result : nil
    }

    /// A given name alone, with only its shape to say it is a person, that more than one person of
    /// the article has.
    private func isAmbiguousGivenName(_ candidate: Candidate) -> Bool {
        guard candidate.kind == .person, candidate.evidence?.weight == Evidence.shape,
            !candidate.name.contains(ascii: " "), let entry = firstNames[candidate.name]
        else { return false }
        return entry < 0
    }

    /// `Bashar Assads forces` (the apostrophe lost) beside `Bashar Assad`: a name of two words or more
    /// with a possessive `s` joins the name without it.
    private mutating func mergePossessives() {
        for i in entries.indices where entries[i].mergedInto == nil && entries[i].name.hasSuffix("s") {
            let stem = String(entries[i].name.dropLast())
            guard stem.contains(ascii: " "), var target = index[stem] else { continue }
            while let next = entries[target].mergedInto { target = next }
            guard target != i, entries[target].kind == entries[i].kind || entries[i].kind == .person else { continue }
            merge(i, into: target)
        }
    }

    /// Adds a candidate with evidence of its own to an existing entity or a new one. A surname or a
    /// first name joining a person does not vote on the kind (`Ferguson`, a town, for `Alex Ferguson`).
    private mutating func place(_ candidate: Candidate) -> Int {
        if let (entry, byName) = lookup(candidate) {
            var candidate = candidate
            if byName { candidate.evidence = nil }
            mention(entry, candidate)
            return entry
        }
        let entry = create(candidate)
        mention(entry, candidate)
        return entry
    }

    /// An existing entity for a candidate with evidence of its own, and whether it joins as part of a
    /// person's name.
    private func lookup(_ candidate: Candidate) -> (Int, Bool)? {
        if let canonical = candidate.canonical, let entry = index[canonical] { return (entry, false) }
        if let entry = index[candidate.name] {
            // The person's whole name written again votes on its kind (`Silver Kettle, which …` then
            // `Silver Kettle have …`); a part of it (`Castro`) does not. A one-word name votes only with a
            // cue stronger than any that made it a person (`Quorrel said`, then `a spokeswoman for Quorrel`).
            let weight = candidate.evidence?.weight ?? 0
            let whole =
                candidate.name == entries[entry].name
                && (candidate.name.contains(ascii: " ")
                    || weight >= Evidence.cue && weight > entries[entry].votes[.person]?.best ?? 0)
            return (entry, entries[entry].kind == .person && candidate.kind != .person && !whole)
        }
        let oneWord = !candidate.name.contains(ascii: " ")
        let place = candidate.kind == .place ? gazetteer.place(named: candidate.name) : nil
        // `Castro` after `Steve Castro`: a person's surname outranks a town of that name (not a country)
        // and a word before it (`a journal paper Bos wrote`), not its own head after it (`Haqqani network`).
        if oneWord,
            candidate.kind == .place || candidate.kind == .person
                || (candidate.evidence?.weight ?? 0) <= Evidence.context
                || (candidate.evidence?.weight ?? 0) <= Evidence.cue && candidate.aliases.isEmpty,
            place?.kind != .country, let entry = surnames[candidate.name], entries[entry].kind == .person
        {
            return (entry, true)
        }
        if let place, let entry = index[place.name] { return (entry, false) }
        if candidate.kind == .nationality, let country = gazetteer.country(forDemonym: candidate.name),
            let entry = index["#" + country]
        {
            return (entry, false)
        }
        if let entry = compactIndex[Self.compact(candidate.name)] { return (entry, false) }
        if candidate.kind == .person || (candidate.evidence?.weight ?? 0) <= Evidence.context,
            let entry = attach(candidate)
        {
            return (entry, entries[entry].kind == .person)
        }
        return nil
    }

    /// An existing entity a candidate can only join: as written, a surname or family name, a generic head.
    private func attach(_ candidate: Candidate) -> Int? {
        if !candidate.genericHead, let entry = index[candidate.name] ?? compactIndex[Self.compact(candidate.name)] {
            return entry
        }
        let words = candidate.name.wordsBetweenSpaces()
        if words.count == 1, candidate.genericHead || EnglishLexicon.organizationHeads.contains(candidate.name) {
            return generic(candidate.name.lowercased())
        }
        if words.count <= 2, let last = words.last, let entry = surnames[String(last)], entries[entry].kind == .person,
            words.count == 1 || entries[entry].name.hasSuffix(candidate.name)
        {
            return entry
        }
        if words.count == 1, let entry = firstNames[candidate.name], entry >= 0, entries[entry].kind == .person {
            return entry
        }
        // `Residents of Harbnafas` after `Harbnafsa`: a place or organisation spelt with one letter moved.
        if words.count == 1, let entry = variant(of: candidate.name) { return entry }
        // `Assads forces` (the apostrophe lost): a person's name with a possessive `s`.
        if candidate.name.hasSuffix("s"), candidate.name.count > 4 {
            let stem = String(candidate.name.dropLast())
            if let entry = index[stem] ?? (words.count == 1 ? surnames[stem] : nil), entries[entry].kind == .person {
                return entry
            }
        }
        return nil
    }

    /// The one place or organisation whose name is `name` with one letter swapped, added or dropped.
    private func variant(of name: String) -> Int? {
        let key = Self.compact(name)
        guard key.count >= 6 else { return nil }
        var found: Int?
        // Entries a kind no longer fits, or filed twice, are passed over; the answer (the one match or none)
        // does not depend on the order.
        for i in placesAndOrganizationsBySpelling.candidates(for: key) where i != found {
            let entry = entries[i]
            guard entry.mergedInto == nil, entry.kind == .place || entry.kind == .organization else { continue }
            let other = entry.compactName
            guard other.first == key.first, Self.oneEditApart(key, other) else { continue }
            if found != nil { return nil }
            found = i
        }
        return found
    }

    /// The one named organisation whose name holds `head` (`observatory` → `Syrian Observatory for Human Rights`).
    private func generic(_ head: String) -> Int? {
        var found: Int?
        for i in organizationsByWord[Substring(head)] ?? [] where i != found {
            let entry = entries[i]
            guard entry.mergedInto == nil, entry.kind == .organization, entry.name.contains(ascii: " "),
                entry.name.lowercased().wordsBetweenSpaces().contains(where: { $0 == head })
            else { continue }
            if found != nil { return nil }
            found = i
        }
        return found
    }

    /// Files an entry that has become a place or an organisation for ``variant(of:)`` and ``generic(_:)``;
    /// called wherever an entry is made or its kind may change.
    private mutating func fileByKind(_ entry: Int) {
        let kind = entries[entry].kind
        if !entries[entry].filedAsPlaceOrOrganization, kind == .place || kind == .organization {
            entries[entry].filedAsPlaceOrOrganization = true
            // `variant(of:)` asks with six characters or more, one edit from five or more.
            let key = entries[entry].compactName
            if key.count >= 5 { placesAndOrganizationsBySpelling.insert(key, id: entry) }
        }
        if !entries[entry].filedAsOrganization, kind == .organization {
            entries[entry].filedAsOrganization = true
            let name = entries[entry].name
            guard name.contains(ascii: " ") else { return }
            for word in Set(name.lowercased().wordsBetweenSpaces()) {
                organizationsByWord[word, default: []].append(entry)
            }
        }
    }

    private mutating func create(_ candidate: Candidate) -> Int {
        let kind = candidate.kind ?? .person
        let name: String
        switch kind {
        case .place:
            name =
                candidate.canonical
                ?? (gazetteer.place(named: candidate.name)
                ?? gazetteer.place(named: EntityExtractor.capitalizedForm(candidate.name)))?.name
                ?? candidate.name
        case .organization: name = candidate.canonical ?? candidate.name
        default: name = candidate.name
        }
        entries.append(Entry(name: name, kind: kind))
        let entry = entries.count - 1
        fileByKind(entry)
        if kind == .nationality, let country = gazetteer.country(forDemonym: candidate.name) {
            index["#" + country] = index["#" + country] ?? entry
        }
        register(name, entry)
        return entry
    }

    private mutating func register(_ name: String, _ entry: Int) {
        // The tables below are only ever added to, by what the name and the entry's kind say: the same name
        // registered again for the same entry of the same kind adds nothing. The entry's own name, registered
        // again at each of its mentions, is skipped then (its keys made once, not per mention).
        if name == entries[entry].name {
            guard entries[entry].nameRegisteredAs != entries[entry].kind else { return }
            entries[entry].nameRegisteredAs = entries[entry].kind
        }
        if index[name] == nil { index[name] = entry }
        // `Syrian Observatory` for `Syrian Observatory for Human Rights`.
        // Short forms of an organisation's name, for lookups only: `Syrian Observatory` for `Syrian
        // Observatory for Human Rights`, `Death Row` for `Death Row Records`, `Secret Service` for `US
        // Secret Service`; a one-word form only for a company's full form below (`Kennedy` is never
        // `Kennedy Center`).
        if entries[entry].kind == .organization {
            let words = name.wordsBetweenSpaces().map(String.init)
            var shorts: [String] = []
            if let of = words.firstIndex(where: { $0 == "for" || $0 == "of" }), of >= 2 {
                shorts.append(words[..<of].joined(separator: " "))
            }
            if words.count >= 3 && EnglishLexicon.organizationHeads.contains(words[words.count - 1])
                || words.count == 2 && EntityLexicon.corporateSuffixes.contains(words[1])
                // `Forrester` for `Forrester Research`.
                || words.count == 2 && EntityLexicon.firmHeads.contains(words[1])
            {
                shorts.append(words.dropLast().joined(separator: " "))
            }
            // `Tarvek` and `Tarvek Electronics` for `Tarvek Electronics Inc`: a company's form after what it
            // makes drops both, its first word alone only when no dictionary has it and it is no given name
            // (`Brown Brewing Co` is no `Brown`).
            if words.count == 3, EntityLexicon.corporateSuffixes.contains(words[2]),
                EntityLexicon.companyHeads.contains(words[1]) || EntityLexicon.firmHeads.contains(words[1])
                    || EnglishLexicon.organizationHeads.contains(words[1])
            {
                shorts.append(words[0] + " " + words[1])
                let first = words[0].lowercased()
                if words[0].first?.isUppercase == true, !EntityGivenNames.common.contains(first),
                    EnglishWords.bundled.partOfSpeech(of: first) == nil
                {
                    shorts.append(words[0])
                }
            }
            // `Holm` for `Holm & Sons`, `Avery Lane` for `Avery Lane & Co`.
            if let and = words.firstIndex(of: "&"), and >= 1 { shorts.append(words[..<and].joined(separator: " ")) }
            if words.count >= 3,
                gazetteer.place(named: words[0])?.kind == .country || gazetteer.country(forDemonym: words[0]) != nil
            {
                shorts.append(words.dropFirst().joined(separator: " "))
            }
            for short in shorts
            where index[short] == nil && gazetteer.place(named: short) == nil
                && gazetteer.country(forDemonym: short) == nil
            {
                index[short] = entry
            }
        }
        let key = Self.compact(name)
        if !key.isEmpty, compactIndex[key] == nil { compactIndex[key] = entry }
        guard entries[entry].kind == .person, name.contains(ascii: " ") else { return }
        let words = name.wordsBetweenSpaces().map(String.init)
        let last = words[words.count - 1]
        surnames[last] = surnames[last] ?? entry
        if let hyphen = last.firstIndex(of: "-") {
            let bare = String(last[last.index(after: hyphen)...])
            surnames[bare] = surnames[bare] ?? entry
            // `al-Dorvan` beside `Tarvo Al-Dorvan`: the joined Arabic article is written in either case, and
            // the word so written is still the person's surname (`Al-Dorvan said`), no place of that name
            // (`the raid on al-Dorvan`: raids and strikes target people too).
            if let other = Self.joinedArticleInOtherCase(last) { surnames[other] = surnames[other] ?? entry }
        }
        // The given name follows the last title (`Carvantis President Tom Harlow` → `Tom`): a word before
        // a title names the title's organisation (`Carvantis`), which must not join the person. A surname
        // spelt like a title (`Stephen King`, `John Major`) is no title: the last word is never one.
        let isTitle = { (word: String) in
            EnglishLexicon.titles.contains(word) || EntityLexicon.honorifics.contains(word)
        }
        let afterTitles = words.dropLast().lastIndex(where: isTitle).map { $0 + 1 } ?? 0
        if let first = words[afterTitles...].first(where: { !isTitle($0) }), first != last {
            if let existing = firstNames[first], existing != entry {
                firstNames[first] = -1
            } else {
                firstNames[first] = entry
            }
        }
    }

    /// `Al-Dorvan` for `al-Dorvan` and back: a word with a joined Arabic article (`al-`, `el-`), the
    /// article's first letter in the other case; nil for any other word (and for `AL-DORVAN` in capitals).
    static func joinedArticleInOtherCase(_ word: String) -> String? {
        guard word.utf8.count > 3, let first = word.first, "aAeE".contains(first) else { return nil }
        let rest = word.dropFirst()
        guard rest.hasPrefix("l-") else { return nil }
        return (first.isUppercase ? first.lowercased() : first.uppercased()) + String(rest)
    }

    /// Adds a mention to the end of the entry's.
    private mutating func addMention(_ mention: Entry.Mention, to entry: Int) {
        let number = Int32(mentionRecords.count)
        mentionRecords.append(mention)
        let last = entries[entry].lastMention
        if last >= 0 { mentionRecords[Int(last)].next = number } else { entries[entry].firstMention = number }
        entries[entry].lastMention = number
    }

    /// Merges entry `source` into `target`: its name and aliases become the target's aliases, and its
    /// mentions follow the target's, in their order (the merged entry keeps none: it is read no more).
    private mutating func merge(_ source: Int, into target: Int) {
        guard source != target else { return }  // (an entry merged into itself would point to itself)
        entries[target].aliases += [entries[source].name] + entries[source].aliases
        let first = entries[source].firstMention
        if first >= 0 {
            let last = entries[target].lastMention
            if last >= 0 { mentionRecords[Int(last)].next = first } else { entries[target].firstMention = first }
            entries[target].lastMention = entries[source].lastMention
            (entries[source].firstMention, entries[source].lastMention) = (-1, -1)
        }
        entries[source].mergedInto = target
    }

    /// The entry's mentions, in the order they were added.
    func mentionList(of entry: Int) -> [Entry.Mention] {
        var mentions: [Entry.Mention] = []
        var next = entries[entry].firstMention
        while next >= 0 {
            mentions.append(mentionRecords[Int(next)])
            next = mentionRecords[Int(next)].next
        }
        return mentions
    }

    private mutating func mention(_ entry: Int, _ candidate: Candidate) {
        let role = candidate.role.map { roles.number(of: $0) }
        addMention(.init(paragraph: candidate.paragraph, tokens: candidate.tokens, role: role), to: entry)
        entries[entry].vote(candidate.evidence)
        fileByKind(entry)
        let names = [candidate.name] + candidate.aliases + candidate.alternatives
        for name in names where name != entries[entry].name && !entries[entry].aliases.contains(name) {
            entries[entry].aliases.append(name)
        }
        for name in names { register(name, entry) }
        // `San Francisco Bay Area` is also `San Francisco Bay`.
        for name in names where entries[entry].kind == .place && name.hasSuffix(" Area") {
            register(String(name.dropLast(5)), entry)
        }
    }

    /// Places and organisations written two ways in one article (`Kafarya` and `Kafraya`, `Ain al-Asad`
    /// and `Ain al-Assad`): one letter swapped, added or dropped in a long name.
    private mutating func mergeSpellingVariants() {
        // Only places and organisations pair, and only with the same loose key or one edit apart (both of
        // six characters or more, all filed in `placesAndOrganizationsBySpelling`). The kinds no longer change.
        let looseKeys = entries.map { $0.kind == .place || $0.kind == .organization ? Self.looseKey($0.name) : "" }
        // (Characters counted once per key: a string's count reads it through.)
        let looseLengths = looseKeys.map(\.count)
        // The entries of one loose key, chained: the first by the key, each to the next (-1 for none), with
        // no array per key (a long article has hundreds of thousands of places and organisations).
        var firstByLooseKey: [String: Int32] = [:]
        var nextByLooseKey = [Int32](repeating: -1, count: entries.count)
        for i in entries.indices.reversed() where looseLengths[i] >= 4 {
            if let next = firstByLooseKey.updateValue(Int32(i), forKey: looseKeys[i]) { nextByLooseKey[i] = next }
        }
        func sameLooseKey(_ i: Int) -> [Int] {
            var group: [Int] = []
            var next = firstByLooseKey[looseKeys[i]] ?? -1
            while next >= 0 {
                group.append(Int(next))
                next = nextByLooseKey[Int(next)]
            }
            return group
        }
        for i in entries.indices
        where entries[i].mergedInto == nil && (entries[i].kind == .place || entries[i].kind == .organization) {
            let a = entries[i].compactName
            let looseA = looseKeys[i]
            let aIsLong = a.count >= 6, looseAIsLong = looseLengths[i] >= 4
            guard aIsLong || looseAIsLong else { continue }
            var pairs = looseAIsLong ? sameLooseKey(i) : []
            if aIsLong { pairs += placesAndOrganizationsBySpelling.candidates(for: a) }
            // In the order of the entries, as the earlier entry absorbs each later one in turn.
            for j in Set(pairs).sorted()
            where j > i && entries[j].mergedInto == nil && entries[j].kind == entries[i].kind {
                let b = entries[j].compactName
                let sameLoosely = looseAIsLong && looseA == looseKeys[j]
                guard sameLoosely || b.count >= 6 && aIsLong && a.first == b.first && Self.oneEditApart(a, b)
                else { continue }
                // Two places the gazetteer knows apart stay apart.
                if let p = gazetteer.place(named: entries[i].name), let q = gazetteer.place(named: entries[j].name),
                    p != q
                {
                    continue
                }
                merge(j, into: i)
            }
        }
    }

    /// `UK Home Office` beside `Home Office`, `US State Department` beside `State Department`: an
    /// organisation written once with its country before it is the same organisation.
    private mutating func mergeCountryPrefixed() {
        var organizations: [String: Int] = [:]
        for i in entries.indices where entries[i].mergedInto == nil && entries[i].kind == .organization {
            organizations[entries[i].name] = i
        }
        guard organizations.count >= 2 else { return }
        for i in entries.indices where entries[i].mergedInto == nil && entries[i].kind == .organization {
            let words = entries[i].name.wordsBetweenSpaces()
            guard words.count >= 3 else { continue }
            for countryWords in 1...min(2, words.count - 1) {
                let country = words[..<countryWords].joined(separator: " ")
                guard gazetteer.place(named: country)?.kind == .country else { continue }
                let rest = words[countryWords...].joined(separator: " ")
                guard rest.contains(ascii: " "), let j = organizations[rest], j != i, entries[j].mergedInto == nil
                else { continue }
                merge(j, into: i)
                break
            }
        }
    }

    /// Finds already-known names in a title-case line (a headline) or a credit, longest match first.
    mutating func matchKnownNames(in paragraph: AnalyzedArticle.AnalyzedParagraph, range: Range<Int>? = nil) {
        let tokens = paragraph.tokens
        let range = range ?? 0..<tokens.count
        var i = range.lowerBound
        while i < range.upperBound {
            guard tokens[i].isNamePart else { i += 1; continue }
            // `Syrian Army Kills …`: a country's forces, named by their words alone.
            if let length = EntityNationalForces.length(at: i, in: tokens, limit: range.upperBound, gazetteer: gazetteer)
            {
                let span = i..<(i + length)
                let name = paragraph.text(of: span)
                var entry = index[name] ?? newEntry(name, .organization)
                while let target = entries[entry].mergedInto { entry = target }
                addMention(.init(paragraph: paragraph.position, tokens: span, role: nil), to: entry)
                i += length
                continue
            }
            var matched = false
            for length in stride(from: min(5, range.upperBound - i), through: 1, by: -1) {
                let span = i..<(i + length)
                guard span.allSatisfy({ tokens[$0].isWord }) else { continue }
                // `Mon Nov 7`: a weekday's or month's abbreviation alone is no place.
                if length == 1, EnglishLexicon.notNames.contains(tokens[i].text) { continue }
                let text = paragraph.text(of: span)
                var entry = knownEntry(text)
                // `JAPAN GET LUCKY WIN`, `MARTINEZ ADVANCES`: a name in capitals, folded to how the body writes it.
                let folded = EntityExtractor.foldedCapitals(span, in: paragraph)
                if entry == nil, let folded { entry = knownEntry(folded) }
                if entry == nil, let state = EntityExtractor.stateAbbreviation(span, in: tokens, gazetteer: gazetteer) {
                    entry = index[state] ?? newEntry(state, .place)
                }
                for name in [text, folded] where entry == nil {
                    guard let name, let place = gazetteer.place(named: name) else { continue }
                    // `HAYWARD, Calif.` is a town; `SURPRISE DEFEAT`, `AS`: a town named like an English word
                    // counts only written as a name.
                    if name != text, !name.contains(ascii: " "),
                        name.count <= 3
                            || place.kind != .country && EnglishWords.bundled.partOfSpeech(of: name.lowercased()) != nil
                    {
                        continue
                    }
                    // `According to SANA`, `KELVO (HILO)`: an agency's acronym the lexicon knows, or one where it
                    // reports, is no town spelt like it.
                    if name != text, length == 1,
                        EntityLexicon.knownOrganizations[text] != nil
                            || EntityExtractor.standsAsReportingAgency(at: i, in: tokens, gazetteer: gazetteer)
                    {
                        continue
                    }
                    entry = index[place.name] ?? newEntry(place.name, .place)
                }
                // `RESULTS OF NBA GAMES` beside `National Basketball Association`: an acronym in capitals joins
                // the one organisation or place whose words it abbreviates (as in the body, ``mergeAcronyms()``).
                if entry == nil, length == 1, let target = abbreviatedEntry(text) { entry = target }
                for name in [text, folded] where entry == nil {
                    guard let name, name != "IS", name != "Is",
                        let organization = EntityLexicon.knownOrganizations[name]
                    else { continue }
                    entry = index[organization] ?? newEntry(organization, .organization)
                }
                if var entry {
                    while let target = entries[entry].mergedInto { entry = target }
                    let written = paragraph.text(of: span)
                    addMention(.init(paragraph: paragraph.position, tokens: span, role: nil), to: entry)
                    if written != entries[entry].name && !entries[entry].aliases.contains(written) {
                        entries[entry].aliases.append(written)
                    }
                    i += length
                    matched = true
                    break
                }
            }
            if !matched { i += 1 }
        }
    }

    /// The one organisation or place of the article whose name of several words `acronym` (two to six
    /// capitals, no English word: `WIN`, `TOP` stay words of a headline) abbreviates.
    private func abbreviatedEntry(_ acronym: String) -> Int? {
        guard (2...6).contains(acronym.utf8.count), acronym.utf8.allSatisfy({ (65...90).contains($0) }),
            var entry = entriesByInitials[acronym], entry >= 0,
            EnglishWords.bundled.partOfSpeech(of: acronym.lowercased()) == nil
        else { return nil }
        while let target = entries[entry].mergedInto { entry = target }
        return entries[entry].kind == .organization || entries[entry].kind == .place ? entry : nil
    }

    /// The entry already holding `name` as written, or the one person with it as a surname.
    private func knownEntry(_ name: String) -> Int? {
        if let entry = index[name] { return entry }
        guard !name.contains(ascii: " "), let person = surnames[name], entries[person].kind == .person else {
            return nil
        }
        return person
    }

    private mutating func newEntry(_ name: String, _ kind: ExtractedEntity.Kind) -> Int {
        entries.append(Entry(name: name, kind: kind))
        entries[entries.count - 1].vote(Evidence(kind: kind, weight: Evidence.known))
        fileByKind(entries.count - 1)
        register(name, entries.count - 1)
        return entries.count - 1
    }

    /// Consumes the resolver: its look-up tables are let go first, and each entry's aliases as the entry is
    /// turned into an entity (the mention records, 32 bytes each, are held until every entity is made).
    consuming func result(paragraphCount: Int, article: AnalyzedArticle) -> EntityExtractor.Result {
        index = [:]
        compactIndex = [:]
        surnames = [:]
        firstNames = [:]
        placesAndOrganizationsBySpelling = OneEditIndex()
        organizationsByWord = [:]
        keepingFarSpellingsAsWritten(article: article)
        var byParagraph = [[EntityExtractor.MentionReference]](repeating: [], count: paragraphCount)
        var entities: [ExtractedEntity] = []
        for i in entries.indices {
            let entry = entries[i]
            entries[i].aliases = []
            guard entry.mergedInto == nil else { continue }
            let number = entities.count
            let written = mentionList(of: i)
            var mentions: [ExtractedEntity.Mention] = []
            // At its size: an entity named thousands of times in a long article grew by doubling to twice it.
            mentions.reserveCapacity(written.count)
            var seen = Set<[Int]>()
            for mention in written.sorted(by: {
                ($0.paragraph, $0.tokens.lowerBound) < ($1.paragraph, $1.tokens.lowerBound)
            }) {
                guard seen.insert([mention.paragraph, mention.tokens.lowerBound, mention.tokens.upperBound]).inserted
                else { continue }
                let paragraph = article.paragraphs[mention.paragraph]
                let span = TextSpan(
                    paragraph: mention.paragraph, start: paragraph.tokens[mention.tokens.lowerBound].start,
                    end: paragraph.tokens[mention.tokens.upperBound - 1].end)
                mentions.append(.init(span: span, role: mention.role.map { roles[$0] }))
                byParagraph[mention.paragraph].append(
                    .init(paragraph: mention.paragraph, tokens: mention.tokens, entity: number))
            }
            // A nationality also under its country's name.
            var aliases = entry.aliases
            if entry.kind == .nationality, let country = gazetteer.country(forDemonym: entry.name),
                !aliases.contains(country)
            {
                aliases.append(country)
            }
            entities.append(ExtractedEntity(name: entry.name, kind: entry.kind, aliases: aliases, mentions: mentions))
        }
        for p in byParagraph.indices { byParagraph[p].sort { $0.tokens.lowerBound < $1.tokens.lowerBound } }
        return .init(entities: entities, mentionsByParagraph: byParagraph)
    }
}
