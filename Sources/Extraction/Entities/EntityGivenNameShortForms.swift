import Foundation

/// Short forms of given names (`Data/given-name-short-forms.tsv`, hand-made for this project): `Jack` and
/// `John`, `Bill` and `William`, `Kate` and `Katherine` are one person's given name when the surname is
/// the same within an article. Loaded once per process on first use; empty when the file cannot be found.
enum EntityGivenNameShortForms {
    static let fileName = "given-name-short-forms.tsv"

    /// Lowercase short form → the lowercase full names it stands for.
    static let fullNames: [String: Set<String>] = {
        let paths = Gazetteer.bundledCandidates(fileName: fileName)
        guard let path = paths.first(where: { FileManager.default.isReadableFile(atPath: $0) }),
            let data = FileManager.default.contents(atPath: path)
        else { return [:] }
        return pairs(in: String(decoding: data, as: UTF8.self))
    }()

    /// The pairs of a list: `short<TAB>full` a line; blank lines and `#` lines are skipped.
    static func pairs(in text: String) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map { $0.trimmingWhitespace().lowercased() }
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else { continue }
            result[fields[0], default: []].insert(fields[1])
        }
        return result
    }

    /// Whether two given names (any case) name the same person: the same, or one a short form of the other.
    static func sameGivenName(_ a: String, _ b: String) -> Bool {
        let a = a.lowercased(), b = b.lowercased()
        return a == b || fullNames[a]?.contains(b) == true || fullNames[b]?.contains(a) == true
    }
}
