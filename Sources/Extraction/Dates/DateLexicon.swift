/// The vocabulary of dates and times in English news text.
enum DateLexicon {
    /// The years a work's title may carry alone in brackets (`Dornholm Nights (1998)`): this century and the last;
    /// an older number there is more likely a count of a page's links (`Topics Kelvar Rising (1881)`).
    static let yearsOfWorks = 1900...2099

    /// Days named relative to the publication date.
    static let relativeDays: WordTable<Int> = ["yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0]
    /// Relative days with the `s` of a possessive whose apostrophe the text lost: `yesterdays attack`.
    static let relativeDaysLosingTheirApostrophe = WordTable<Int>(
        Dictionary(uniqueKeysWithValues: relativeDays.keys.map { ($0 + "s", relativeDays[$0]!) }))
    /// Every word a date may start with as a word (``DateSentence/wordAtom(at:lenient:)``), a month's
    /// `mid-` form aside: one look-up turns away the other words before the several look-ups of each kind.
    static let atomWords = WordSet(
        ["last", "next", "this", "past", "coming", "noon", "midday"] + relativeDays.keys
            + relativeDaysLosingTheirApostrophe.keys + EnglishLexicon.weekdays.keys
            + weekdaysLosingTheirApostrophe.keys + EnglishLexicon.months.keys + EnglishLexicon.monthAbbreviations.keys
            + counts.keys)
    /// Relative pronouns of people: `the 1950 Kelvar who fled` counts people, no model.
    static let personRelatives: WordSet = ["who", "whom", "whose"]
    /// Words right before `today` that make it the present era: `even today`, `still today`.
    static let presentEraOpeners: WordSet = ["even", "still"]
    /// Marks a clause opens after, before a year that is its subject: `, 2030 was a hard year`.
    static let clauseOpeningMarks: Set<String> = [",", "\"", "\u{201C}", "'", "\u{2018}", "(", ":", ";", "\u{2014}"]
    /// Nouns a subject year is described by: `2030 was a hard year`, `a record season`.
    static let yearNouns: WordSet = ["year", "season"]
    /// Verbs of a standing state in the present that carry `Today,` after an older time to nowadays: `Today,
    /// the town has 3,000 people`, `Today, such fevers are rare`.
    static let presentStateVerbs: WordSet = [
        "is", "are", "has", "have", "remains", "remain", "lives", "live", "stands", "stand", "holds", "hold",
        "exists", "exist", "houses", "employs", "numbers",
    ]
    /// Words after such a verb that make it a day's news again: `is expected to`, `are set to`, `is due`.
    static let presentEraBlockers: WordSet = [
        "expected", "set", "due", "scheduled", "likely", "about", "going", "to", "been", "planning", "poised",
    ]
    /// Words after `is today` that open a standing description, no day's event: `is today one of`, `is today a
    /// museum`, `are today largely forgotten` (not `is today expected to`).
    static let wordsAfterPresentEraBe: WordSet = [
        "a", "an", "the", "one", "among", "home", "part", "largely", "mostly", "widely", "considered", "regarded",
        "known", "seen",
    ]
    /// Nouns `today's` owns when it means nowadays: `today's children`, `by today's standards`.
    static let presentEraNouns: WordSet = [
        "world", "society", "societies", "children", "kids", "youth", "young", "generation", "generations",
        "landscape", "economy", "culture", "standards", "technology", "technologies", "era", "age", "times",
        "consumers", "students", "teenagers", "parents", "families", "media", "politics", "internet", "workplace",
        "workforce",
    ]
    /// Verbs of lasting that make `still … today` the present era: `the hall still stands today`.
    static let lastingVerbs: WordSet = [
        "exists", "exist", "stands", "stand", "survives", "survive", "persists", "persist", "endures", "endure",
        "lingers", "linger", "haunts", "haunt", "resonates", "resonate", "used", "known", "practised", "practiced",
        "celebrated", "sold", "made",
    ]
    /// The parts of a month glued before its name: `mid-January`, `late-March`, `early-May`.
    static let partsOfAMonth: WordSet = ["mid", "late", "early"]
    /// Words that open a stretch of time: `over the past five years`, `in the last decade`.
    static let stretchOpeners: WordSet = ["over", "in", "during", "throughout", "within"]
    /// Words before `the past week` / `the last week` that make it the stretch up to the report.
    static let pastWeekOpeners: WordSet = stretchOpeners.union(["for"])

    /// Whether `past week` or `last week` (`modifier`, `unit`), followed by `next` (nil at the end), after
    /// `the` is the seven days up to the report: not `the last week of March` (one week named).
    static func namesThePastWeek(modifier: String, unit: String, next: String?) -> Bool {
        (modifier == "past" || modifier == "last") && unit == "week" && next != "of"
    }
    /// Day names with the `s` of a possessive whose apostrophe the text lost (`Thursdays air strikes`), or a
    /// plural (`on Thursdays`): ``DateSentence/possessiveWeekdayAtom(_:at:)`` tells them apart.
    static let weekdaysLosingTheirApostrophe = WordTable<Int>(
        Dictionary(uniqueKeysWithValues: EnglishLexicon.weekdays.keys.map { ($0 + "s", EnglishLexicon.weekdays[$0]!) }))
    /// Words before a plural day name that make it every such day (`on Thursdays`, `most Sundays`), not one.
    static let habitualWeekdayOpeners: WordSet = [
        "on", "every", "most", "all", "some", "many", "other", "alternate", "few", "several", "two", "three",
    ]
    /// Words that cannot follow a possessive day name (`Thursdays and Fridays`, `Sundays are quiet`, `on
    /// Mondays at noon`): the plural's conjunctions, prepositions, verbs and determiners.
    static let wordsAfterAPluralWeekday: WordSet = [
        "and", "or", "nor", "but", "to", "from", "through", "till", "until", "at", "in", "on", "of", "for", "with",
        "by", "after", "before", "during", "between", "when", "while", "as", "only", "too", "also", "are", "were",
        "is", "was", "be", "have", "had", "has", "will", "would", "can", "could", "the", "a", "an", "this", "that",
        "it", "they", "we", "he", "she", "i", "you", "off", "out", "up", "down", "instead", "then", "there",
        // (`closed Mondays except in August`, `works Saturdays now`, `Sundays usually draw crowds`.)
        "except", "now", "again", "so", "if", "because", "unless", "which", "where", "who", "usually",
        "typically", "normally", "generally", "often", "always", "never", "sometimes", "mostly", "regularly",
    ]
    /// Conjunctions of time or cause whose clause keeps its own time: `expected to climb after Kelvar cut
    /// output on Monday`. (Not `before`, `until` or `if`, whose clause looks ahead with the future marker.)
    static let conjunctionsOfTimeOrCause: WordSet = ["after", "because", "since", "as", "when"]
    /// Words that open a clause's subject right after its conjunction: `after the council voted`, `since they
    /// met`.
    static let clauseSubjectOpeners: WordSet = FigureParagraphReader.determiners.union(QuoteLexicon.subjectPronouns)
        .union(["it"])
    /// Words after a day that stay inside its mention: `Wednesday night`, `yesterday morning`.
    static let partsOfDay: WordSet = ["morning", "afternoon", "evening", "night"]

    /// Words before a weekday that make it a name or an event rather than a day of this week:
    /// `Bloody Sunday`, `Super Tuesday`, `Good Friday`, `Man Friday`.
    static let weekdayBlockers: WordSet = [
        "bloody", "black", "super", "good", "holy", "maundy", "ash", "palm", "easter", "shrove", "whit", "low",
        "fat", "cyber", "giving", "man", "girl", "mail",
        // Clubs named with a day: `Sheffield Wednesday`.
        "sheffield",
    ]
    /// Words after a weekday that make it a title: `Sunday Times`, `Sunday Telegraph`.
    static let titleFollowers: WordSet = [
        "times", "telegraph", "express", "mirror", "post", "herald", "tribune", "independent", "mail", "star",
        "people", "sport", "observer", "world", "school",
    ]

    /// Words that let a bare month name stand as a date: `in January`, `since March`, `mid-April`.
    static let monthIntroducers: WordSet = [
        "in", "since", "until", "till", "by", "from", "to", "through", "throughout", "during", "before", "after",
        "early", "late", "mid", "of", "between", "and", "around", "last", "next", "this", "that",
    ]
    /// The narrower set for `May`, which is also a verb and a surname (`by May`, `to May`, `and May`).
    static let mayIntroducers: WordSet = [
        "in", "since", "until", "till", "from", "through", "throughout", "during", "before", "after", "early",
        "late", "mid", "between", "last", "next", "this",
    ]

    /// Words that make a four-digit number a year: `in 2019`, `since 2011`, `until 2025`.
    static let yearIntroducers: WordSet = [
        "in", "since", "until", "till", "by", "from", "before", "after", "during", "through", "throughout",
        "early", "late", "between", "year", "circa", "around", "spring", "summer", "autumn", "fall", "winter",
        "into",
    ]
    /// Determiners other than `the` that may open the noun phrase a year modifies: `his 2005 campaign`.
    static let yearModifyingDeterminers: WordSet = ["a", "an", "his", "her", "its", "their", "our", "your", "my"]
    /// Words after a number that measure or describe a count, not a thing a year modifies: `a 2000 pound bomb`,
    /// `a 1500 word essay`, `the 1200 strong force`, `the 1900 remaining`.
    static let wordsAfterACount: WordSet = [
        "pound", "kilo", "kilogram", "kilogramme", "gram", "tonne", "ton", "metre", "meter", "kilometre",
        "kilometer", "km", "kg", "mile", "foot", "feet", "yard", "inch", "acre", "hectare", "litre", "liter",
        "gallon", "barrel", "square", "cubic", "degree", "word", "page", "seat", "bed", "room", "man", "member",
        "strong", "odd", "plus", "more", "other", "others", "new", "extra", "additional", "remaining", "year",
        "percent", "per", "point", "points", "times", "hp", "horsepower", "cc", "mm", "calorie", "figure", "number",
        "mark", "level", "sq", "block", "to", "or", "and", "out", "last", "first", "next", "dead", "injured", "wounded",
    ]
    /// Heads of names a year before them dates: `the 2010 Space Act`, `the 1994 Energy Charter Treaty`.
    static let datedNameHeads: WordSet = [
        "act", "treaty", "accord", "accords", "charter", "declaration", "directive", "protocol", "bill", "law",
        "constitution", "report", "award", "prize", "show", "expo", "exhibition", "fair", "election", "uprising",
        "revolution", "war", "agreement", "convention", "plan", "strategy", "review", "budget", "census",
    ]
    /// Words joining a year to one before it: `2005 and 2006`, `2005, even 2006`, `2016, and more likely 2017`.
    static let yearCoordinators: WordSet = [
        "and", "or", "even", "possibly", "perhaps", "maybe", "probably", "more", "most", "likely", "then", "not",
        "but", "nor", "also", "again",
    ]
    /// Introducers that also stand before counts (`from 2000 to 2500`, `by 2000 votes`), checked further.
    static let countableYearIntroducers: WordSet = ["from", "by", "between", "of", "to", "and", "into"]
    /// Words before `of` that make the year after it a year: `the end of 2019`, `the summer of 2019`.
    static let ofYearHeads: WordSet = [
        "end", "start", "beginning", "middle", "spring", "summer", "autumn", "fall", "winter", "half", "quarter",
        "rest", "course", "months", "weeks", "days", "class", "election", "elections", "events", "year",
    ]
    /// Words of change before `from`/`by` that make the number after them a count: `rose from 1900 to 2000`.
    static let trendWords: WordSet = [
        "up", "down", "rose", "fell", "increased", "decreased", "jumped", "dropped", "climbed", "grew",
        "declined", "risen", "fallen", "soared", "plunged", "rising", "falling", "increase", "decrease", "cut",
        "reduced", "raised", "rise", "fall", "drop", "jump", "grow", "growing",
    ]
    /// Lowercase words ending in `s` that are not counted nouns, for the check after a year.
    static let notCountedNouns: WordSet = [
        "was", "has", "is", "as", "this", "its", "his", "hers", "does", "always", "plus", "versus", "whereas",
        "thus", "towards", "afterwards", "besides", "unless", "perhaps", "across", "us", "alongside",
    ]

    /// `am`, `p.m.`: whether it is afternoon.
    static let meridiems: WordTable<Bool> = [
        "am": false, "a.m.": false, "a.m": false, "pm": true, "p.m.": true, "p.m": true,
    ]
    /// Zone abbreviations, matched as written (upper case).
    static let timeZones: WordSet = [
        "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT",
        "MST", "MDT", "PT", "PST", "PDT", "IST", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "AWST", "ACST",
        "MSK", "SAST", "WAT", "CAT", "EAT", "PKT", "IRST", "AST", "ADT", "NZST", "NZDT", "GST", "ICT", "WIB",
    ]
    /// Words before a 24-hour clock time that make `22:45` a time when no zone or `am` follows.
    static let timePrepositions: WordSet = [
        "at", "around", "about", "from", "until", "till", "to", "between", "and", "by", "before", "after",
        "since", "approximately", "roughly", "shortly", "near", "nearly", "past",
    ]
    /// Words of a game around `7:14` that make it minutes and seconds of play (`scored at 7:14`, `at 12:30 of
    /// the second period`), not a time of day.
    static let gameClockWords: WordSet = [
        "period", "periods", "half", "quarter", "minute", "goal", "goals", "scored", "scores", "scoring",
        "overtime", "inning", "innings", "lap", "penalty", "power-play", "shootout", "equaliser", "equalizer",
    ]
    /// Words after a four-digit time: `at 2245 hrs`.
    static let hourWords: WordSet = ["hrs", "hours", "hr", "h"]

    /// Words right before a date that make it the page's own date: `Published July 2`, `Date of publication
    /// 7 July 2016`, `Updated: 3 March`.
    static let publicationWords: WordSet = ["published", "publication", "updated", "posted"]

    /// Verbs of a happening set for a day, in the present, that send the day forward from the publication date
    /// (`the exhibition opens on Saturday`, `leaders meet on Thursday`, `the vote takes place on Monday`): the
    /// third person's and the plural's, but none that is also a plural noun (not `votes`, `meets`, `starts`,
    /// `heads`: `won 40,000 votes on Sunday`) (see ``DateSentence/looksAhead(at:day:)``).
    static let scheduledHappenings: WordSet = [
        "opens", "reopens", "reopen", "begins", "begin", "resumes", "resume", "meet", "convenes", "convene", "closes",
        "expires", "takes", "take", "goes", "go", "head", "kicks", "kick",
    ]
    /// The words one of ``scheduledHappenings`` needs after it: `takes place`, `take effect`, `goes to the polls`,
    /// `kicks off`.
    static let wordsAfterScheduledHappenings: WordTable<WordSet> = [
        "takes": ["place", "effect"], "take": ["place", "effect"], "goes": ["to"], "go": ["to"], "head": ["to"],
        "kicks": ["off"], "kick": ["off"],
    ]
    /// A present intention before `to` and its verb: `plans to vote on Friday`.
    static let presentIntentions: WordSet = [
        "plans", "plan", "aims", "aim", "intends", "intend", "hopes", "hope", "prepares", "prepare",
    ]
    /// Words before which a verb's form is a noun's (`the votes on Monday`, `a meet on Sunday`).
    static let wordsBeforeANoun: WordSet = [
        "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these", "those", "of",
        "in", "on", "for", "with", "by", "from", "at", "'s", "\u{2019}s",
    ]
    /// Words before a bare verb that is no present of its own (`agreed to meet on Monday`, `did not open`).
    static let wordsBeforeABareVerb: WordSet = [
        "to", "not", "n't", "never", "did", "didn't", "does", "doesn't", "do", "don't", "would", "could", "should",
        "might", "may", "must", "can", "cannot", "'d",
    ]
    /// Verbs in the past that end the longer look back for `will` (`will investigate the raid that took 12
    /// lives in Vessa on Monday`), beside `-ed` verbs.
    static let pastVerbsEndingALookAhead: WordSet = [
        "was", "were", "had", "did", "said", "told", "took", "began", "came", "went", "left", "fell", "struck",
        "broke", "fled", "shot", "won", "lost", "met", "led", "gave", "saw", "made", "became", "ran", "sent",
        "brought", "fought", "caught", "stood", "wrote", "spoke", "rose", "died", "hit",
    ]

    /// Small counts for `three days ago`.
    static let counts: WordTable<Int> = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    ]
}
