/// Named groups told by the nouns around them, though their names read like a person's: a band before its
/// members' roles (`Vesper Kings frontman Tom Hale`) or after the word `band` (`the band Silver Kettle`), an
/// armed group before or after its head noun (`the Kemal al-Daras rebel group`, `the rebel group Harun al-Tazi`).
extension EntityExtractor {
    /// Roles in a band that its name stands before, then the member's name: `Vesk frontman Tom Hale`.
    /// (``groupMemberNouns`` less `member`, which an armed group's or a party's name takes as often, less its
    /// plurals and `bandmate`; with the players of instruments.)
    static let bandRoleNouns: WordSet = EntityExtractor.groupMemberNouns
        .subtracting(["singers", "member", "members", "band-mate", "bandmate"])
        .union(["guitarist", "bassist", "keyboardist", "vocalist"])

    /// Roles of ``bandRoleNouns`` that a solo artist's music or manner also stands before (`gospel singer`,
    /// `Veteran vocalist`): a band's name before them has two words or more.
    static let soloArtistRoleNouns: WordSet = ["singer", "vocalist"]

    /// Endings of a people's or a region's adjective (`Cornish`, `Tarvanese`, `Dornholmian`, `Celtic`): one such
    /// word before a band's role says where the member is from, not the band.
    static let peopleAdjectiveEndings = ["ish", "ese", "an", "ic"]

    /// Lowercase words that make a group an armed one, before its head noun: `rebel group`, `jihadist faction`.
    /// (Not `opposition`: a political group's as often, and the armed one's spokesman then reads as the source
    /// of counts his words do not give.)
    static let armedGroupModifiers: WordSet = [
        "rebel", "jihadist", "islamist", "militant", "insurgent", "extremist", "armed", "salafist",
    ]

    /// Head nouns of an armed group after its modifier: `rebel group`, `militant faction`.
    static let armedGroupHeads: WordSet = [
        "group", "faction", "movement", "militia", "brigade", "brigades", "alliance", "coalition", "organisation",
        "organization",
    ]

    /// A band's or an armed group's evidence from the nouns around the name; nil when they say nothing.
    func namedGroupEvidence(
        _ range: Range<Int>, in paragraph: AnalyzedArticle.AnalyzedParagraph, sentence: Range<Int>
    ) -> Evidence? {
        let tokens = paragraph.tokens
        let start = range.lowerBound, end = range.upperBound
        guard range.count <= 4, range.allSatisfy({ tokens[$0].isWord }) else { return nil }
        let organization = Evidence(kind: .organization, weight: Evidence.structure)
        // `the Kemal al-Daras rebel group`: a modifier of armed groups, then their head noun (the whole name:
        // not `al-Tarn` cut from `Nour al-Tarn`).
        if end + 1 < sentence.upperBound, tokens[start].isCapitalized, tokens[end].startsLowercase,
            Self.armedGroupModifiers.contains(tokens[end].lower), Self.armedGroupHeads.contains(tokens[end + 1].lower)
        {
            return organization
        }
        // `the rebel group Harun al-Tazi said`: the same two words before the name, right after an article
        // (not `the Vesk al-Tarn militant group Abu Hale` where commas were lost: its leader follows).
        if start - 3 >= sentence.lowerBound, ["the", "a", "another"].contains(tokens[start - 3].lower),
            tokens[start - 1].startsLowercase, tokens[start - 2].startsLowercase,
            Self.armedGroupHeads.contains(tokens[start - 1].lower),
            Self.armedGroupModifiers.contains(tokens[start - 2].lower),
            end == sentence.upperBound || tokens[end].lower != "and"
        {
            return organization
        }
        // `Vesper Kings frontman Tom Hale`, `Vesk former drummer Ann Roe`: a band's role, then a member's name.
        // Not one word opening a sentence (`Soul singer Ann Roe`: the music's genre; a headline's clipped
        // name), nor a run after a capitalised word (`Blazin' Vesk`: the band's name goes on before it), nor a
        // place or a people (`Dornholm singer Ann Roe`, `the Cornish drummer Ann Roe` come from there), nor one
        // word before `singer` (`the Gospel singer Ann Roe`: her music).
        var role = end
        let opensSentence = start == sentence.lowerBound
            || (sentence.lowerBound..<start).allSatisfy({ !tokens[$0].isWord })
        let nameGoesOnBefore = start > sentence.lowerBound
            && (tokens[start - 1].isWord && tokens[start - 1].isCapitalized
                && !["The", "A", "An"].contains(tokens[start - 1].text)
                || ["'", "\u{2019}"].contains(tokens[start - 1].text) && !tokens[start - 1].spaceBefore)
        if role < sentence.upperBound, EntityLexicon.bandMemberModifiers.contains(tokens[role].lower) { role += 1 }
        if role + 1 < sentence.upperBound, tokens[role].startsLowercase,
            Self.bandRoleNouns.contains(tokens[role].lower),
            range.count >= 2 || !Self.soloArtistRoleNouns.contains(tokens[role].lower),
            tokens[role + 1].isWord, tokens[role + 1].isCapitalized, !tokens[role + 1].isAllCaps,
            !(range.count == 1 && opensSentence), !nameGoesOnBefore,
            !namesPeopleBeforeRole(range, in: tokens),
            gazetteer.country(forDemonym: tokens[start].text) == nil,
            gazetteer.place(named: paragraph.text(of: range)) == nil
        {
            return organization
        }
        // `the band Silver Kettle`, `punk band Franz Keller`: a band's name of two or three words (one word
        // and a band's numbered name are read in ``classify(_:in:sentence:)``), not two people's (`the duo Ann
        // Roe and Tom Hale`).
        if range.count >= 2, range.count <= 3, start - 1 >= sentence.lowerBound,
            ["band", "bands", "boyband"].contains(tokens[start - 1].text),
            end == sentence.upperBound || tokens[end].lower != "and",
            !range.contains(where: { tokens[$0].isNumber })
        {
            return Evidence(kind: .organization, weight: Evidence.cue)
        }
        return nil
    }

    /// Whether the words before a band's role name a people or a faith, not a band (`the Cornish drummer`,
    /// `Northern Irish guitarist`, `Kurdish singer`): the last word among ``EntityLexicon/groupWords`` or a
    /// country's demonym, or one word with an ending of ``peopleAdjectiveEndings``.
    private func namesPeopleBeforeRole(_ range: Range<Int>, in tokens: [Token]) -> Bool {
        let last = tokens[range.upperBound - 1]
        if namesAPeople(last.text) {
            return true
        }
        return range.count == 1 && Self.peopleAdjectiveEndings.contains { last.lower.hasSuffix($0) }
    }
}
