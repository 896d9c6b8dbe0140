import ArchiveStore
import ArgumentParser

extension Archive {
    struct Entities: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the people, places and organisations named, with mention counts.")

        @OptionGroup var options: ListingOptions

        @Option(help: "Only entities of this kind: person, place, organization (or organisation), nationality.")
        var kind: String?

        static let kinds = ["person", "place", "organization", "nationality"]

        /// The stored kind `kind` names: a kind, its plural, or the British spelling of organization.
        var storedKind: String? {
            guard var kind = kind?.lowercased() else { return nil }
            kind = kind.replacingOccurrences(of: "organis", with: "organiz")
            if kind.hasSuffix("s") && Self.kinds.contains(String(kind.dropLast())) { kind.removeLast() }
            if kind == "people" { kind = "person" }
            return kind
        }

        func validate() throws {
            if let storedKind, !Self.kinds.contains(storedKind) {
                throw ValidationError("--kind must be person, place, organization or nationality, not '\(kind ?? "")'")
            }
        }

        func run() throws {
            let reader = try options.archive.openReader()
            let entities = try reader.entities(kind: storedKind, limit: options.fetchLimit)
            try options.print(Listing(entities, columns: ["id", "name", "kind", "mentions", "articles", "aliases"])) {
                try reader.entityCount(kind: storedKind)
            }
        }
    }
}
