/// Words the quote pass reads attributions by: verbs of saying, the small words that stand between a
/// speaker and the verb, pronouns, determiners, and the words that tell a role's gender.
enum QuoteLexicon {
    /// Finite verbs of saying or reporting: the noun phrase before them is who speaks
    /// (`Zarif said`, `the ministry warned`, `China's ambassador accused`). Plural nouns that are also
    /// verbs (`claims`, `reports`, `notes`, `states`) are left out: after a determiner they are nouns.
    static let finiteVerbs: WordSet = [
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "announced", "announces",
        "claimed", "confirmed", "wrote", "writes", "tweeted", "tweets", "declared", "declares",
        "insisted", "insists", "warned", "warns", "noted", "explained", "explains", "argued", "argues",
        "asked", "replied", "responded", "urged", "urges", "accused", "accuses", "reiterated", "reiterates",
        "stressed", "stresses", "emphasised", "emphasized", "vowed", "vows", "pledged", "promised",
        "threatened", "threatens", "denied", "admitted", "admits", "acknowledged", "conceded", "complained",
        "predicted", "suggested", "demanded", "alleged", "condemned", "condemns", "denounced", "recalled",
        "recalls", "maintained", "commented", "remarked", "observed", "concluded", "lamented", "cautioned",
        "assured", "countered", "quoted", "cited", "reported", "estimated", "described", "describes", "posted",
        "remarks", "asks", "concedes", "continues", "continued", "notes", "observes", "agreed", "agrees", "cautions",
        "recalled", "remarked", "disclosed", "revealed", "acknowledges", "predicts", "believes", "denies",
        "replies", "confessed", "confesses", "called", "branded", "dubbed", "labelled", "labeled", "termed",
        "hailed", "recounted", "recounts", "laments", "bemoans", "bemoaned", "complains",
    ]

    /// `-ing` forms of saying: their subject is the clause's (`Liu said …, warning: "…"`).
    static let participles: WordSet = [
        "saying", "adding", "telling", "warning", "insisting", "noting", "arguing", "accusing", "claiming",
        "stating", "declaring", "explaining", "stressing", "urging", "vowing", "describing", "asking",
        "writing", "tweeting", "announcing", "replying", "calling", "reiterating", "pledging", "promising",
        "threatening", "denying", "admitting", "acknowledging", "complaining", "recalling", "suggesting",
        "demanding", "condemning", "denouncing", "lamenting", "bemoaning", "quoting", "citing",
    ]

    /// Verbs that come before their speaker right after a quote: `"…," said Zarif`. Not `told`: in
    /// `told Reuters` the name after the verb is who listened.
    static let inversionVerbs: WordSet = [
        "said", "says", "added", "adds", "asked", "replied", "wrote", "writes", "continued", "insisted",
        "warned", "explained", "noted", "tweeted", "recalled", "stated", "declared", "argued", "remarked",
        "conceded", "admitted", "responded", "countered", "cautioned", "explains", "insists", "asks", "remarks",
        "notes", "continues", "recalls", "agreed", "agrees", "warns", "argues", "admits", "concedes", "cautions",
        "observes", "acknowledged", "observed", "assured", "suggested", "commented", "confirmed", "announced",
        "stressed", "claimed", "reported", "replies", "confessed", "confesses", "recounted", "recounts",
        "comments",
    ]

    /// Verbs of saying that are far more often plural nouns (`his comments`, `the minister's comments`): a
    /// verb only right after a quote's closing mark, where the speaker follows (`"…," comments Ann Lee`).
    static let invertedOnlyVerbs: WordSet = ["comments"]

    /// Verbs that name what their object is (`called the plan "…"`, `branded it "…"`): a quote after one is
    /// a phrase inside the sentence, never a quote the verb introduces (`a show called "Ask Me"`).
    static let namingVerbs: WordSet = ["called", "branded", "dubbed", "labelled", "labeled", "termed", "hailed"]

    /// Verbs of reporting whose subject is not thereby the next quote's speaker (`the company reported
    /// a loss`, `officials estimated`, `Reuters quoted`).
    static let notIntroducing: WordSet = [
        "quoted", "cited", "reported", "estimated", "described", "describes", "concluded", "maintained", "posted",
        "believes", "revealed", "disclosed", "called", "branded", "dubbed", "labelled", "labeled", "termed",
        "hailed",
    ]

    /// Verbs that attribute the quote right before them (`"…," Zarif said`, `"…" he added`); other
    /// verbs of reporting there belong to a clause of their own (`the "bonfire" Labour promised`).
    static let attributing: WordSet = [
        "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "tweeted", "tweets",
        "asked", "asks", "replied", "explained", "explains", "insisted", "insists", "warned", "warns",
        "noted", "notes", "argued", "argues", "stated", "declared", "remarked", "remarks", "recalled",
        "recalls", "continued", "continues", "responded", "admitted", "admits", "conceded", "concedes",
        "stressed", "agreed", "agrees", "observed", "observes", "cautioned", "cautions", "announced",
        "confirmed", "claimed", "commented", "acknowledged", "reported", "posted", "assured", "suggested",
        "read", "replies", "confessed", "confesses", "recounted", "recounts", "went", "goes", "comments",
    ]

    /// `He went on: "…"`, `"…," she goes on.`: a verb of going read as one of saying before `on` and a
    /// colon, a comma or the sentence's end.
    static let goingOn: WordSet = ["went", "goes"]

    /// `quoted X as saying`, `cited X as saying`, `reported X as saying`: X speaks, not the subject.
    static let quotingVerbs: WordSet = ["quoted", "cited", "reported", "quoting", "citing"]

    /// Words that may stand between a subject and its verb: `he also said`, `Zarif has said`,
    /// `the ministry later said`.
    static let betweenSubjectAndVerb: WordSet = [
        "has", "have", "had", "was", "is", "were", "are", "will", "would", "also", "later", "then", "earlier",
        "previously", "again", "once", "first", "further", "separately", "reportedly", "subsequently",
        "recently", "just", "already", "repeatedly", "himself", "herself", "itself", "too", "publicly",
        "privately", "openly", "angrily", "bluntly", "firmly", "flatly", "quickly", "immediately", "did",
        "does", "not", "never", "still", "yet", "however", "meanwhile", "today", "yesterday", "tonight",
        "currently", "finally", "simply", "tearfully", "quietly", "proudly", "sadly", "happily", "calmly",
        "emphatically", "confidently", "jokingly", "bitterly", "frankly", "candidly", "cautiously", "defiantly",
        "tersely", "wryly", "reluctantly", "angrily", "optimistically", "softly", "loudly", "proudly", "then",
        "twice",
    ]

    /// Prepositions that open an adverbial between a speaker and the verb
    /// (`Khamenei in his speech reiterated`, `Trump on Friday said`).
    static let adverbialPrepositions: WordSet = [
        "in", "on", "at", "during", "via", "through", "from", "over", "after", "following", "before", "late",
        "early", "earlier", "last", "this",
    ]

    /// Prepositions inside a role phrase (`ambassador to Britain`, `commander of the army`); a place or
    /// organisation right after one is the role's complement, not the speaker.
    static let rolePrepositions: WordSet = [
        "of", "to", "for", "in", "at", "from", "with", "on", "near", "by", "against", "over",
    ]

    /// Words that end a noun phrase walking left from its verb.
    static let clauseBoundaries: WordSet = [
        "and", "but", "or", "nor", "while", "whereas", "as", "when", "because", "although", "though", "since",
        "that", "which", "who", "whom", "whose", "where", "if", "so", "until", "unless", "after", "before",
        "whether", "than", "what", "how", "why",
    ]

    static let pronouns: WordSet = ["he", "she", "it", "they", "we", "i"]

    /// Pronouns that can only be a clause's subject (`it` may be a preposition's object: `in it`).
    static let subjectPronouns: WordSet = ["he", "she", "they", "we", "i"]

    /// Words that open a relative clause after a name: `Mr Grant, whose party has promised …, said`.
    static let relativePronouns: WordSet = ["who", "whose", "whom", "which", "where"]

    /// Conjunctions that open a clause of condition, time or cause: a verb of saying there
    /// (`if the growth continued`) introduces no quote.
    static let subordinators: WordSet = [
        "if", "when", "whenever", "because", "while", "although", "though", "unless", "whether", "once", "until",
        "as", "since", "after", "before",
    ]

    /// Written statements that speak for whoever issued them: `the statement said`, `its release added`, `the
    /// bulletin said` (after `the ministry said in its daily bulletin`).
    static let statementNouns: WordSet = ["statement", "communique", "communiqué", "release", "bulletin"]

    /// Written things that speak for the one named after `from` or `by` (`a statement from the ministry`,
    /// `a report from the Kelvar Institute`); alone (`the report said`) a report may be anyone's.
    static let issuedNouns = statementNouns.union(["report", "study", "note"])

    /// Nouns before `read` that make it a verb of saying: `the statement read`, `the letter read`.
    static let readingNouns: WordSet = ["statement", "communique", "communiqué", "release", "letter", "message"]

    /// Determiners that name nobody in particular: `a senior official said`, `two witnesses said`.
    static let indefinite: WordSet = [
        "a", "an", "one", "another", "some", "two", "three", "four", "several", "many", "other", "any",
        "few", "more", "most",
    ]

    static let definite: WordSet = ["the", "this", "that", "his", "her", "its", "their", "our", "my"]

    /// Heads of noun phrases that stand for unnamed speakers even with `the`: `the official said`.
    static let unnamedHeads: WordSet = [
        "official", "officials", "source", "sources", "witness", "witnesses", "resident", "residents",
        "activist", "activists", "police", "analyst", "analysts", "expert", "experts", "diplomat", "diplomats",
        "people", "statement", "report", "media", "television", "agency", "government", "authorities",
        "military", "army", "ministry", "group", "protesters", "demonstrators", "rebels", "militants",
        "monitor", "observers", "critics", "supporters", "lawmakers", "officers", "troops", "spokesperson",
    ]

    /// The heads of a role a person holds (`health spokesman`, `chief executive`): an appositive that
    /// ends in one describes the person before it.
    static let roleHeads: WordSet = [
        "spokesman", "spokeswoman", "spokesperson", "secretary", "minister", "leader", "chairman", "chairwoman",
        "chair", "director", "chief", "head", "editor", "president", "executive", "officer", "candidate", "adviser",
        "advisor", "economist", "analyst", "correspondent", "manager", "founder", "commissioner", "governor",
        "member", "campaigner", "organiser", "organizer", "researcher", "professor", "lecturer", "convener",
    ]

    /// Who speaks for someone: unnamed, they still stand in the way of an older name for `he` or `she`.
    static let spokesHeads: WordSet = ["spokesman", "spokeswoman", "spokesperson"]

    /// Words before a name that say a man. Not `chairman`, the title of an office women hold too (`party
    /// chairman Jane Roe`).
    static let male: Set<String> = [
        "mr", "sir", "lord", "king", "prince", "sheikh", "emir", "sultan", "pope", "father", "brother", "uncle",
        "son", "husband", "spokesman", "congressman", "businessman", "councilman", "policeman",
        "statesman", "grandfather", "ayatollah", "cardinal", "archbishop", "bishop", "imam", "rabbi",
        "monsignor", "boyfriend", "nephew", "widower", "hojatoleslam", "mullah",
    ]

    static let female: Set<String> = [
        "ms", "mrs", "miss", "lady", "dame", "queen", "princess", "mother", "sister", "daughter", "wife", "aunt",
        "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman", "policewoman", "actress",
        "grandmother", "widow", "girlfriend", "niece", "sheikha", "duchess", "baroness", "countess",
    ]

    /// Capitalised words that are not names even inside a capitalised run (`Monday`, `The`).
    static func isNotName(_ token: Token) -> Bool {
        EnglishLexicon.notNames.contains(token.text) || pronouns.contains(token.lower)
    }

    /// Punctuation that ends a noun phrase: all but `&` and the full stop of `Mr.` or `Gen.`.
    static func isBoundaryPunctuation(_ tokens: [Token], _ i: Int) -> Bool {
        let token = tokens[i]
        guard token.kind == .punctuation else { return false }
        if token.text == "&" { return false }
        if token.text == ".", i > 0, !token.spaceBefore,
            SentenceSplitter.abbreviations.contains(lowerOf: tokens[i - 1])
                || tokens[i - 1].text.count == 1 && tokens[i - 1].isCapitalized
        {
            return false
        }
        return true
    }
}
