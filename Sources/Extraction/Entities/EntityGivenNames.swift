import Foundation

/// Common given names, lowercase (`Data/given-names.txt`, hand-made for this project): a capitalised word
/// that is one of them starts a person's name, so a place or an organisation written just before it
/// (`Aleppo Mohammad Hazouri`, `Refugee Council Enver Solomon`) is a separate name whose punctuation was
/// lost. Loaded once per process on first use; empty when the file cannot be found.
enum EntityGivenNames {
    static let fileName = "given-names.txt"

    static let common: WordSet = {
        let paths = Gazetteer.bundledCandidates(fileName: fileName)
        guard let path = paths.first(where: { FileManager.default.isReadableFile(atPath: $0) }),
            let data = FileManager.default.contents(atPath: path)
        else { return [] }
        return WordSet(names(in: String(decoding: data, as: UTF8.self)))
    }()

    /// The names of a list: one a line; blank lines and `#` lines are skipped.
    static func names(in text: String) -> Set<String> {
        Set(
            text.split(separator: "\n").lazy.map { $0.trimmingWhitespace() }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }
}
