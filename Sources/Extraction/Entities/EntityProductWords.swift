import Foundation

/// Words of products (`Data/product-words.tsv`, hand-made for this project): the lowercase kinds of
/// products that follow a model's name (`laptop`, `benchmark`, `sedan`) and the units and standards
/// written with capitals (`GHz`, `USB`, `Wi-Fi`) that never start or end a name. Loaded once per process on
/// first use; empty when the file cannot be found.
enum EntityProductWords {
    static let fileName = "product-words.tsv"

    /// Lowercase kinds of products: `the Vesko X laptop`, `Tarnix benchmark`.
    static let nouns: WordSet = WordSet(bundled.nouns)
    /// Units and standards as written: `GHz`, `HDMI`.
    static let specs: WordSet = WordSet(bundled.specs)

    private static let bundled: (nouns: [String], specs: [String]) = {
        let paths = Gazetteer.bundledCandidates(fileName: fileName)
        guard let path = paths.first(where: { FileManager.default.isReadableFile(atPath: $0) }),
            let data = FileManager.default.contents(atPath: path)
        else { return ([], []) }
        return words(in: String(decoding: data, as: UTF8.self))
    }()

    /// The nouns and the specifications of a list: `word<TAB>noun` or `word<TAB>spec` a line; blank lines
    /// and `#` lines are skipped.
    static func words(in text: String) -> (nouns: [String], specs: [String]) {
        var nouns: [String] = []
        var specs: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            let word = String(fields[0]), role = fields[1].trimmingCharacters(in: .whitespaces)
            if role == "noun" { nouns.append(word) } else if role == "spec" { specs.append(word) }
        }
        return (nouns, specs)
    }
}
