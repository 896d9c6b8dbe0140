import Foundation

/// Well-known organisations named without a head word that says what they are (`Data/organizations.tsv`,
/// hand-made for this project): `Nato`, `Reuters`, `Al Jazeera`, and the papers named after `the` (`the
/// Guardian`). Loaded once per process on first use; empty when the file cannot be found.
enum EntityOrganizationLexicon {
    static let fileName = "organizations.tsv"

    /// The organisations of a list as written → the name each is filed under.
    struct Names {
        /// Names that count wherever they are written.
        var anywhere: WordTable<String>
        /// Names that count only after `the` (`the Guardian`, `the Tote`).
        var afterThe: WordTable<String>
        /// The names marked `carmaker` in a third field: a capitalised word after one is a model's name
        /// (`Vesk Corsa`), not part of the company's.
        var carmakers: WordSet = []
    }

    static let bundled: Names = {
        let paths = Gazetteer.bundledCandidates(fileName: fileName)
        guard let path = paths.first(where: { FileManager.default.isReadableFile(atPath: $0) }),
            let data = FileManager.default.contents(atPath: path)
        else { return Names(anywhere: [:], afterThe: [:]) }
        return names(in: String(decoding: data, as: UTF8.self))
    }()

    /// The names of a list: `written<TAB>filed under` a line (and `<TAB>carmaker` for a maker of cars), `the `
    /// before a name that needs `the`; blank lines and `#` lines are skipped, and of a name listed twice the
    /// first line counts.
    static func names(in text: String) -> Names {
        var anywhere: [String: String] = [:]
        var afterThe: [String: String] = [:]
        var carmakers: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map { $0.trimmingWhitespace() }
            guard (2...3).contains(fields.count), !fields[0].isEmpty, !fields[1].isEmpty else { continue }
            if fields.count == 3 {
                guard fields[2] == "carmaker" else { continue }
                carmakers.append(fields[0])
            }
            if fields[0].hasPrefix("the ") {
                let name = String(fields[0].dropFirst(4))
                if afterThe[name] == nil { afterThe[name] = fields[1] }
            } else if anywhere[fields[0]] == nil {
                anywhere[fields[0]] = fields[1]
            }
        }
        return Names(anywhere: WordTable(anywhere), afterThe: WordTable(afterThe), carmakers: WordSet(carmakers))
    }
}
