/// An entity a stored row points at: its id in `entities` and its canonical name there.
public struct EntityReference: Equatable, Sendable {
    public var id: Int
    public var name: String

    public init(id: Int, name: String) {
        self.id = id
        self.name = name
    }

    /// Both from a row's columns, or nil when the row points at no entity.
    init?(id: Int?, name: String?) {
        guard let id, let name else { return nil }
        self.init(id: id, name: name)
    }
}
