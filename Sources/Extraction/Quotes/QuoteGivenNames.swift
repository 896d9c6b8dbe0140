import Foundation

/// The gender a given name is usually given to (`Data/given-name-genders.tsv`, hand-made for this
/// project), so `she said` does not stand for Thomas Reed. Names often given to both are not listed.
/// Loaded once per process on first use; empty when the file cannot be found.
enum QuoteGivenNames {
    static let fileName = "given-name-genders.tsv"

    static let genders: [String: QuoteRoles.Gender] = {
        let paths = Gazetteer.bundledCandidates(fileName: fileName)
        guard let path = paths.first(where: { FileManager.default.isReadableFile(atPath: $0) }),
            let data = FileManager.default.contents(atPath: path)
        else { return [:] }
        return genders(in: String(decoding: data, as: UTF8.self))
    }()

    /// The lines `name<TAB>m` or `name<TAB>f`; blank lines, `#` lines and other lines are skipped.
    static func genders(in text: String) -> [String: QuoteRoles.Gender] {
        var result: [String: QuoteRoles.Gender] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            switch fields[1].trimmingWhitespace() {
            case "m": result[String(fields[0])] = .male
            case "f": result[String(fields[0])] = .female
            default: continue
            }
        }
        return result
    }

    /// The gender of a person's name from its first word that is not a title (`Mrs Sarah Lin` → female).
    static func gender(ofName name: String) -> QuoteRoles.Gender? {
        for word in name.wordsBetweenSpaces() {
            if EnglishLexicon.titles.contains(String(word)) || word.hasSuffix(".") { continue }
            let lower = word.lowercased()
            return genders[lower] ?? QuoteWordGivenNames.genders[lower] ?? nil
        }
        return nil
    }
}
