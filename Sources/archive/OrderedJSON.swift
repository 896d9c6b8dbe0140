import ArchiveStore

/// JSON for listings, so that each object keeps its columns in the listing's order and numbers come
/// out as the archive holds them (the writing itself is ``JSONValue``'s).
enum OrderedJSON {
    /// `{"site": "Erbil", "highest": 5}` for one row; `pretty` puts each key on its own line, as an
    /// element of an array indented by two spaces.
    static func object(_ columns: [String], _ row: [ListingValue], pretty: Bool) -> String {
        let members = zip(columns, row).map { string($0) + ": " + value($1) }
        guard pretty else { return "{" + members.joined(separator: ", ") + "}" }
        return "  {\n" + members.map { "    " + $0 }.joined(separator: ",\n") + "\n  }"
    }

    static func value(_ value: ListingValue) -> String { value.json.encoded() }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as it is.
    static func string(_ text: String) -> String { JSONValue.quoted(text) }
}
