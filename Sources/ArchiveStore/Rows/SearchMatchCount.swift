/// How many paragraphs a search matches: a number, or more than a number when counting every match
/// would take longer than a first page should.
public enum SearchMatchCount: Equatable, Sendable {
    case exactly(Int)
    case moreThan(Int)
}
