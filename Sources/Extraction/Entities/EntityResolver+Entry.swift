extension EntityResolver {
    /// An entity in the making. A long article holds hundreds of thousands at once: the entry it was merged
    /// into is held in 32 bits, the small fields come last (Swift lays fields out in the order written) and
    /// the compact name is made when asked, not held, so that an entry takes 64 bytes rather than 96.
    struct Entry {
        var name: String {
            didSet { nameRegisteredAs = nil }
        }
        /// ``EntityResolver/compact(_:)`` of the name, made when asked: only places and organisations are
        /// asked for it, a few times each.
        var compactName: String { EntityResolver.compact(name) }
        var aliases: [String] = []
        /// The first and the last of the entry's mentions in ``EntityResolver/mentionRecords`` (-1 for none):
        /// each mention holds the next, so that an entry holds no array of its own.
        var firstMention: Int32 = -1, lastMention: Int32 = -1
        /// Per kind: the strongest evidence any mention gave and how many mentions gave it.
        var votes = KindVotes()
        /// -1 for none.
        private var storedMergedInto: Int32 = -1
        var kind: ExtractedEntity.Kind
        /// Whether the entry was ever a place or an organisation, and ever an organisation: filed then in
        /// ``EntityResolver/placesAndOrganizationsBySpelling`` and ``EntityResolver/organizationsByWord``.
        var filedAsPlaceOrOrganization = false, filedAsOrganization = false
        /// The kind the entry was of when its name was last registered (see ``EntityResolver/register(_:_:)``),
        /// nil when never or when the name has changed since.
        var nameRegisteredAs: ExtractedEntity.Kind?

        /// Set when the entry was merged into another.
        var mergedInto: Int? {
            get { storedMergedInto < 0 ? nil : Int(storedMergedInto) }
            set { storedMergedInto = newValue.map { Int32($0) } ?? -1 }
        }

        init(name: String, kind: ExtractedEntity.Kind) {
            self.name = name
            self.kind = kind
        }

        /// Where the entity is named, as token positions, and the role written with it: 20 bytes (the
        /// paragraph, the tokens and the role's number in ``EntityResolver/roles`` in 32 bits each) rather
        /// than 40, with the next mention of the entry.
        struct Mention {
            private var storedParagraph: Int32
            private var tokenStart: Int32
            private var tokenEnd: Int32
            /// The entry's next mention in ``EntityResolver/mentionRecords``, -1 for none.
            var next: Int32 = -1
            /// -1 for none.
            private var storedRole: Int32

            var paragraph: Int { Int(storedParagraph) }
            var tokens: Range<Int> { Int(tokenStart)..<Int(tokenEnd) }
            var role: Int? { storedRole < 0 ? nil : Int(storedRole) }

            init(paragraph: Int, tokens: Range<Int>, role: Int?) {
                storedParagraph = Int32(paragraph)
                (tokenStart, tokenEnd) = (Int32(tokens.lowerBound), Int32(tokens.upperBound))
                storedRole = role.map { Int32($0) } ?? -1
            }
        }

        /// A vote per kind, held in the entry itself (no dictionary per entity): the best weight in a byte
        /// and the count in 32 bits, a count of 0 for no vote (a vote counts one mention at least), 20 bytes
        /// rather than 96 in each of a long article's hundreds of thousands of entries.
        struct KindVotes {
            private var counts: (Int32, Int32, Int32, Int32) = (0, 0, 0, 0)
            private var bests: (Int8, Int8, Int8, Int8) = (0, 0, 0, 0)

            subscript(kind: ExtractedEntity.Kind) -> (best: Int, count: Int)? {
                get {
                    let (best, count) =
                        switch kind {
                        case .person: (bests.0, counts.0)
                        case .place: (bests.1, counts.1)
                        case .organization: (bests.2, counts.2)
                        case .nationality: (bests.3, counts.3)
                        }
                    return count == 0 ? nil : (Int(best), Int(count))
                }
                set {
                    let (best, count) = newValue.map { (Int8($0.best), Int32($0.count)) } ?? (0, 0)
                    switch kind {
                    case .person: (bests.0, counts.0) = (best, count)
                    case .place: (bests.1, counts.1) = (best, count)
                    case .organization: (bests.2, counts.2) = (best, count)
                    case .nationality: (bests.3, counts.3) = (best, count)
                    }
                }
            }
        }

        /// Ties go to the kind listed first.
        static let tieOrder: [ExtractedEntity.Kind] = [.place, .organization, .person, .nationality]

        mutating func vote(_ evidence: Evidence?) {
            guard let evidence else { return }
            let old = votes[evidence.kind] ?? (0, 0)
            votes[evidence.kind] = (max(old.best, evidence.weight), old.count + 1)
            var bestKind = kind, best = (votes[kind]?.best ?? 0, votes[kind]?.count ?? 0)
            for candidate in Self.tieOrder {
                guard let vote = votes[candidate] else { continue }
                if (vote.best, vote.count) > best { bestKind = candidate; best = (vote.best, vote.count) }
            }
            kind = bestKind
        }
    }
}
