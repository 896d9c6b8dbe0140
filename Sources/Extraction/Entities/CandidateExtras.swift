/// The fields of an ``EntityExtractor/Candidate`` that few candidates have, held apart so that the many
/// without them take no room for them: a class, shared by copies of a candidate until one of them changes
/// a field (the candidate then copies the box first, so candidates keep value semantics).
final class CandidateExtras {
    var role: String?
    var canonical: String?
    var aliases: [String] = []
    var alternatives: [String] = []

    init() {}

    init(copying other: CandidateExtras) {
        role = other.role
        canonical = other.canonical
        aliases = other.aliases
        alternatives = other.alternatives
    }
}
