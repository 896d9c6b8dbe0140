import Foundation

/// Words of products (`Data/product-words.tsv`, hand-made for this project): the lowercase kinds of
/// products that follow a model's name (`laptop`, `benchmark`, `sedan`), of craft (`rocket`, `capsule`)
/// and of programmes (`programme`, `mission`), and the units and standards written with capitals (`GHz`,
/// `USB`, `Wi-Fi`) that never start or end a name. Loaded once per process on first use; empty when the
/// file cannot be found.
enum EntityProductWords {
    static let fileName = "product-words.tsv"

    /// Lowercase kinds of products and craft: `the Vesko X laptop`, `Tarnix benchmark`, `the Velo rocket`.
    static let nouns: WordSet = WordSet(bundled.nouns + bundled.crafts)
    /// Lowercase words of programmes and missions (`the Arvak programme`): after an acronym, as often the
    /// body's own (`the UN mission`).
    static let programmes: WordSet = WordSet(bundled.programmes)
    /// Lowercase kinds of craft and programmes (`rocket`, `capsule`, `mission`): after them even a small
    /// town's name names the craft (`the Orion capsule`).
    static let craftsAndProgrammes: WordSet = WordSet(bundled.crafts + bundled.programmes)
    /// Units and standards as written: `GHz`, `HDMI`.
    static let specs: WordSet = WordSet(bundled.specs)

    private static let bundled = {
        let paths = Gazetteer.bundledCandidates(fileName: fileName)
        guard let path = paths.first(where: { FileManager.default.isReadableFile(atPath: $0) }),
            let data = FileManager.default.contents(atPath: path)
        else { return Words() }
        return words(in: String(decoding: data, as: UTF8.self))
    }()

    /// The words of the list by role.
    struct Words: Equatable {
        var nouns: [String] = []
        var crafts: [String] = []
        var programmes: [String] = []
        var specs: [String] = []
    }

    /// The words of a list: `word<TAB>noun`, `word<TAB>craft`, `word<TAB>programme` or `word<TAB>spec` a
    /// line; blank lines and `#` lines are skipped.
    static func words(in text: String) -> Words {
        var words = Words()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            let word = String(fields[0])
            switch fields[1].trimmingWhitespace() {
            case "noun": words.nouns.append(word)
            case "craft": words.crafts.append(word)
            case "programme": words.programmes.append(word)
            case "spec": words.specs.append(word)
            default: continue
            }
        }
        return words
    }
}
