/// The roles written with an article's mentions (`minister`, `Supreme Leader`), each held once and named by
/// its number, so that a mention record holds a number rather than a string of its own.
struct RoleTable {
    private var roles: [String] = []
    private var numbers: [String: Int] = [:]

    /// The role's number, given when first asked. (A role equal to one held but spelt in other bytes, as
    /// Unicode compares them, gets a number of its own: the role is given back as it was written.)
    mutating func number(of role: String) -> Int {
        if let number = numbers[role], roles[number].utf8.elementsEqual(role.utf8) { return number }
        roles.append(role)
        if numbers[role] == nil { numbers[role] = roles.count - 1 }
        return roles.count - 1
    }

    subscript(number: Int) -> String { roles[number] }
}
