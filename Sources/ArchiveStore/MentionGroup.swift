import Extraction

/// The namings of one entity in one paragraph with one role, as `entity_mentions` stores them: one row
/// with the first naming's offsets, how many there are, and the others' offsets as `start-end` pairs
/// (`40-48 97-105`).
struct MentionGroup: Equatable {
    var paragraph: Int
    var role: String?
    /// Offsets of every naming, in reading order.
    var spans: [(start: Int, end: Int)]

    var first: (start: Int, end: Int) { spans[0] }
    var count: Int { spans.count }

    /// The offsets after the first, as stored in `more_offsets`; nil when there is only the first.
    var moreOffsets: String? {
        spans.count > 1 ? spans.dropFirst().map { "\($0.start)-\($0.end)" }.joined(separator: " ") : nil
    }

    /// An entity's mentions grouped by paragraph and role, in the order each group is first named.
    static func groups(of mentions: [ExtractedEntity.Mention]) -> [MentionGroup] {
        var groups: [MentionGroup] = []
        var indexByKey: [Key: Int] = [:]
        for mention in mentions {
            let key = Key(paragraph: mention.span.paragraph, role: mention.role)
            if let index = indexByKey[key] {
                groups[index].spans.append((mention.span.start, mention.span.end))
            } else {
                indexByKey[key] = groups.count
                groups.append(
                    MentionGroup(
                        paragraph: mention.span.paragraph, role: mention.role,
                        spans: [(mention.span.start, mention.span.end)]))
            }
        }
        for index in groups.indices { groups[index].spans.sort { ($0.start, $0.end) < ($1.start, $1.end) } }
        return groups
    }

    /// The offsets `more_offsets` holds (`40-48 97-105`), in order; pairs that do not read are left out.
    static func spans(inMoreOffsets text: String?) -> [(start: Int, end: Int)] {
        guard let text else { return [] }
        return text.split(separator: " ").compactMap { pair in
            let ends = pair.split(separator: "-")
            guard ends.count == 2, let start = Int(ends[0]), let end = Int(ends[1]) else { return nil }
            return (start, end)
        }
    }

    static func == (lhs: MentionGroup, rhs: MentionGroup) -> Bool {
        lhs.paragraph == rhs.paragraph && lhs.role == rhs.role && lhs.spans.elementsEqual(rhs.spans) { $0 == $1 }
    }

    private struct Key: Hashable {
        var paragraph: Int
        var role: String?
    }
}
