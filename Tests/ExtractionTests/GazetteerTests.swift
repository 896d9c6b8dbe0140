import Testing

@testable import Extraction

/// The generated gazetteer (`scripts/build-gazetteer`, GeoNames data) through its public lookups.
@Suite struct GazetteerTests {
    let gazetteer = TestData.gazetteer

    @Test(arguments: [
        ("United States", "US"), ("US", "US"), ("U.S.", "US"), ("USA", "US"), ("America", "US"),
        ("United States of America", "US"),
        ("United Kingdom", "GB"), ("UK", "GB"), ("U.K.", "GB"), ("Britain", "GB"), ("Great Britain", "GB"),
        ("United Arab Emirates", "AE"), ("UAE", "AE"),
        ("Democratic Republic of the Congo", "CD"), ("DRC", "CD"), ("DR Congo", "CD"),
        ("Russia", "RU"), ("Russian Federation", "RU"), ("Iran", "IR"), ("Islamic Republic of Iran", "IR"),
        ("Syria", "SY"), ("South Korea", "KR"), ("North Korea", "KP"), ("Ivory Coast", "CI"),
        ("Côte d'Ivoire", "CI"), ("Czech Republic", "CZ"), ("Czechia", "CZ"), ("Vatican", "VA"),
        ("Palestine", "PS"), ("Palestinian territories", "PS"), ("Iraq", "IQ"), ("Myanmar", "MM"),
        ("Burma", "MM"), ("Netherlands", "NL"), ("Holland", "NL"), ("Georgia", "GE"), ("Jordan", "JO"),
    ])
    func countriesAndTheirShortForms(name: String, code: String) throws {
        let place = try #require(gazetteer.place(named: name), "\(name) is not in the gazetteer")
        #expect(place.kind == .country)
        #expect(place.countryCode == code)
    }

    @Test func canonicalCountryNamesAreTheEverydayOnes() {
        #expect(gazetteer.place(named: "US")?.name == "United States")
        #expect(gazetteer.place(named: "U.S.")?.name == "United States")
        #expect(gazetteer.place(named: "UK")?.name == "United Kingdom")
        #expect(gazetteer.place(named: "Russian Federation")?.name == "Russia")
        #expect(gazetteer.place(named: "Islamic Republic of Iran")?.name == "Iran")
        #expect(gazetteer.place(named: "Syrian Arab Republic")?.name == "Syria")
        #expect(gazetteer.place(named: "Republic of Korea")?.name == "South Korea")
        #expect(gazetteer.place(named: "Czechia")?.name == "Czech Republic")
    }

    @Test(arguments: [
        ("Iranian", "Iran"), ("Iranians", "Iran"), ("Iraqi", "Iraq"), ("Iraqis", "Iraq"),
        ("American", "United States"), ("Americans", "United States"), ("British", "United Kingdom"),
        ("Briton", "United Kingdom"), ("Syrian", "Syria"), ("Saudi", "Saudi Arabia"),
        ("Emirati", "United Arab Emirates"), ("Israeli", "Israel"), ("Israelis", "Israel"),
        ("Palestinian", "Palestine"), ("Afghan", "Afghanistan"), ("Pakistani", "Pakistan"),
        ("Chinese", "China"), ("Russian", "Russia"), ("Turkish", "Turkey"), ("Turks", "Turkey"),
        ("Lebanese", "Lebanon"), ("Swiss", "Switzerland"), ("Dutch", "Netherlands"),
        ("Filipinos", "Philippines"), ("South Korean", "South Korea"), ("Kuwaiti", "Kuwait"),
    ])
    func demonyms(word: String, country: String) {
        #expect(gazetteer.country(forDemonym: word) == country)
    }

    @Test func demonymsOfPeoplesWithoutACountryAreNotCountries() {
        #expect(gazetteer.country(forDemonym: "Kurdish") == nil)
        #expect(gazetteer.country(forDemonym: "Kurds") == nil)
        #expect(gazetteer.country(forDemonym: "Arab") == nil)
    }

    @Test func everyCountryWithPeopleHasADemonym() {
        // Spot check across continents: the hand table in the script covers all inhabited countries.
        for country in [
            "Nigeria", "Brazil", "Japan", "Germany", "Yemen", "Oman", "Qatar", "Bahrain",
            "Libya", "Sudan", "Ethiopia", "Ukraine", "Kazakhstan", "Mexico", "Fiji",
        ] {
            let place = gazetteer.place(named: country)
            #expect(place?.kind == .country, "\(country)")
        }
        #expect(gazetteer.country(forDemonym: "Nigerian") == "Nigeria")
        #expect(gazetteer.country(forDemonym: "Yemenis") == "Yemen")
        #expect(gazetteer.country(forDemonym: "Omani") == "Oman")
        #expect(gazetteer.country(forDemonym: "Qatari") == "Qatar")
        #expect(gazetteer.country(forDemonym: "Bahraini") == "Bahrain")
        #expect(gazetteer.demonymCount > 250)
    }

    @Test(arguments: [
        ("Erbil", "IQ"), ("Kerman", "IR"), ("Aleppo", "SY"), ("Tehran", "IR"), ("Baghdad", "IQ"),
        ("Mosul", "IQ"), ("Damascus", "SY"), ("Beirut", "LB"), ("Kabul", "AF"), ("Riyadh", "SA"),
        ("Jerusalem", "IL"), ("Kyiv", "UA"), ("London", "GB"), ("Paris", "FR"), ("Phoenix", "US"),
        ("Sydney", "AU"), ("Buffalo", "US"), ("Zürich", "CH"), ("Zurich", "CH"),
    ])
    func citiesArePlaces(name: String, code: String) throws {
        let place = try #require(gazetteer.place(named: name), "\(name) is not in the gazetteer")
        #expect(place.kind == .city)
        #expect(place.countryCode == code)
        #expect(place.population > 0)
    }

    @Test func citiesKeepEnglishSpellingsAndExonyms() {
        #expect(gazetteer.place(named: "Arbil")?.name == "Erbil")
        #expect(gazetteer.place(named: "Irbil")?.name == "Erbil")
        #expect(gazetteer.place(named: "Kiev")?.name == "Kyiv")
        #expect(gazetteer.place(named: "Bombay")?.name == "Mumbai")
        #expect(gazetteer.place(named: "Raqqa")?.name == "Raqqa")
        #expect(gazetteer.place(named: "Ar Raqqah")?.name == "Raqqa")
        #expect(gazetteer.place(named: "Hama")?.name == "Hama")  // GeoNames: Ḩamāh
        #expect(gazetteer.place(named: "Fallujah")?.countryCode == "IQ")
        #expect(gazetteer.place(named: "St. Petersburg")?.countryCode == "RU")
        #expect(gazetteer.place(named: "Washington")?.kind == .city)  // not the state
        #expect(gazetteer.place(named: "Washington State")?.kind == .region)
        #expect(gazetteer.place(named: "New York")?.name == "New York City")
    }

    @Test func aBiggerPlaceWinsAName() {
        // Tripoli, Libya outranks Tripoli, Lebanon; a country outranks a city; Georgia the country
        // outranks the US state.
        #expect(gazetteer.place(named: "Tripoli")?.countryCode == "LY")
        #expect(gazetteer.place(named: "Singapore")?.kind == .country)
        #expect(gazetteer.place(named: "Georgia")?.countryCode == "GE")
    }

    @Test(arguments: [
        "Texas", "California", "Kurdistan", "Gaza", "Gaza Strip", "West Bank", "Crimea",
        "Donbas", "Middle East", "Europe", "Scotland", "Darfur",
    ])
    func regions(name: String) {
        #expect(gazetteer.place(named: name)?.kind == .region, "\(name)")
    }

    @Test(arguments: [
        "Police", "Reading", "Mobile", "University", "Man", "Of", "Nice", "Split", "Bath",
        "Independence", "Florence", "Victoria", "Mercedes", "Male", "Van", "Most", "Deal",
        "Orange", "Temple", "Union", "Summit", "Hope", "Time", "President", "Toyota",
        "Vladimir", "Hassan", "Ali", "Kennedy",
    ])
    func commonWordsAndNamesAreNotPlaces(word: String) {
        #expect(gazetteer.place(named: word) == nil, "\(word) → \(String(describing: gazetteer.place(named: word)))")
    }

    @Test func lookupsAreCaseSensitive() {
        #expect(gazetteer.place(named: "iran") == nil)
        #expect(gazetteer.place(named: "Iran")?.name == "Iran")
        #expect(gazetteer.country(forDemonym: "iranian") == nil)
    }

    @Test func theGeneratedDataIsLoaded() {
        #expect(gazetteer.nameCount > 30_000)
    }

    @Test func parsesItsTSVFormatByColumnName() throws {
        let tsv = """
            # comment
            kind\tname\tcountry\tadmin1\tpopulation\tlatitude\tlongitude\tgeonameid\talternatives\tdemonyms
            country\tIran\tIR\t\t81800269\t\t\t130758\tIslamic Republic of Iran|Persia\tIranian
            city\tKerman\tIR\t29\t577514\t30.28321\t57.07879\t128234\tKirman\t
            city\tSmall Kerman\tXX\t\tnot a number\t\t\t\tKerman\t
            region\tKurdistan\t\t\t0\t\t\t\t\t
            nonsense line
            """
        let gazetteer = try Gazetteer(tsv: tsv)
        #expect(
            gazetteer.place(named: "Persia")
                == Gazetteer.Place(
                    name: "Iran", kind: .country, countryCode: "IR",
                    population: 81_800_269, geonameID: 130_758))
        #expect(
            gazetteer.place(named: "Kirman")
                == Gazetteer.Place(
                    name: "Kerman", kind: .city, countryCode: "IR", population: 577_514, admin1: "29",
                    latitude: 30.28321, longitude: 57.07879, geonameID: 128_234))
        #expect(gazetteer.place(named: "Kerman")?.population == 577_514)  // the bigger one keeps the name
        #expect(gazetteer.place(named: "Small Kerman")?.population == 0)
        #expect(gazetteer.place(named: "Kurdistan")?.countryCode == nil)
        #expect(gazetteer.country(forDemonym: "Iranians") == "Iran")
        #expect(gazetteer.nameCount == 7)
    }

    /// Lines that end in a carriage return, blank lines, a line ending in a tab and a last line without a line
    /// feed are read as the others.
    @Test func readsCarriageReturnsBlankLinesAndAnUnendedLastLine() throws {
        let tsv =
            "kind\tname\tcountry\r\n\r\ncity\tTarvan\tXX\t\r\n\n# city\tVessa\nregion\tKestrel Hill\t\n"
            + "city\tDornholm\tYY"
        let gazetteer = try Gazetteer(tsv: tsv)
        #expect(gazetteer.place(named: "Tarvan")?.countryCode == "XX")
        #expect(gazetteer.place(named: "Kestrel Hill")?.kind == .region)
        #expect(gazetteer.place(named: "Kestrel Hill")?.countryCode == nil)
        #expect(gazetteer.place(named: "Dornholm")?.countryCode == "YY")
        #expect(gazetteer.place(named: "Vessa") == nil)
        #expect(gazetteer.nameCount == 3)
    }

    @Test func columnsMayComeInAnyOrderAndSomeMayBeMissing() throws {
        let gazetteer = try Gazetteer(tsv: "name\tkind\tcountry\nMosul\tcity\tIQ\n")
        #expect(gazetteer.place(named: "Mosul") == Gazetteer.Place(name: "Mosul", kind: .city, countryCode: "IQ"))
    }

    @Test(arguments: [
        ("", Gazetteer.FormatError.noHeader),
        ("# only a comment\n", .noHeader),
        ("name\tcountry\nMosul\tIQ\n", .missingColumn("kind")),
        ("kind\tcountry\ncity\tIQ\n", .missingColumn("name")),
    ])
    func refusesAFileWithoutItsHeader(tsv: String, error: Gazetteer.FormatError) {
        #expect(throws: error) { try Gazetteer(tsv: tsv) }
    }

    @Test func bundledGazetteerCarriesCoordinatesAndDivisions() throws {
        let erbil = try #require(gazetteer.place(named: "Erbil"))
        #expect(erbil.countryCode == "IQ")
        #expect(abs((erbil.latitude ?? 0) - 36.19) < 0.05)
        #expect(abs((erbil.longitude ?? 0) - 44.01) < 0.05)
        #expect(erbil.admin1 != nil)
        #expect(gazetteer.place(named: "Syria")?.geonameID == 163_843)
    }

    @Test func loadingAMissingFileSaysWhere() {
        #expect {
            _ = try Gazetteer.load(contentsOf: "/nonexistent/gazetteer.tsv")
        } throws: { error in
            String(describing: error) == "cannot read the gazetteer /nonexistent/gazetteer.tsv"
        }
    }
}
