/// The keys names are matched by when written differently: the compact name (no case, spaces, hyphens or
/// dots, no plural `s`) and the loose key (no Arabic article, doubled letters once), and one edit apart.
extension EntityResolver {
    static func compact(_ name: String) -> String {
        if let key = asciiCompact(name) { return key }
        var scalars = String.UnicodeScalarView()
        var words = 1
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 65...90: scalars.append(Unicode.Scalar(scalar.value + 32)!)
            case 97...122, 48...57: scalars.append(scalar)
            case 32: words += 1
            case 0..<128: break
            default:
                if scalar.properties.isAlphabetic {
                    scalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                }
            }
        }
        var key = String(scalars)
        if words > 1, key.hasSuffix("s"), key.count > 4 { key.removeLast() }
        return key
    }

    /// ``compact(_:)`` of an ASCII name, made byte by byte; nil for a name that is not ASCII.
    private static func asciiCompact(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var words = 1
            var key = String(unsafeUninitializedCapacity: bytes.count) { buffer in
                var count = 0
                for byte in bytes {
                    switch byte {
                    case 65...90:
                        buffer[count] = byte + 32
                        count += 1
                    case 97...122, 48...57:
                        buffer[count] = byte
                        count += 1
                    case 32: words += 1
                    default: break
                    }
                }
                return count
            }
            if words > 1, key.utf8.last == UInt8(ascii: "s"), key.utf8.count > 4 { key.removeLast() }
            return key
        }
    }

    /// `Raqa`, `Raqqa`, `Al Raqqa`, `al-Raqqa` → `raqa`; `Bashar al-Assad` = `Bashar Assad`: the compact
    /// name without Arabic articles opening its words and with doubled letters written once, as
    /// transliterations vary.
    public static func looseKey(_ name: String) -> String {
        let words = name.wordsBetweenSpaces()
        var kept: [Substring] = []
        for word in words {
            let lower = word.lowercased()
            if ["al", "el"].contains(lower), words.count > 1 { continue }
            if word.utf8.count > 3, lower.hasPrefix("al-") || lower.hasPrefix("el-") {
                kept.append(word.dropFirst(3))
            } else {
                kept.append(word)
            }
        }
        let key = compact(kept.isEmpty ? name : kept.joined(separator: " "))
        if key.utf8.allSatisfy({ $0 < 0x80 }) {
            // Letters and digits only: each byte is a character, and a repeat is the byte before it again.
            return String(unsafeUninitializedCapacity: key.utf8.count) { buffer in
                var count = 0
                for byte in key.utf8 where count == 0 || buffer[count - 1] != byte {
                    buffer[count] = byte
                    count += 1
                }
                return count
            }
        }
        var result = ""
        for character in key where character != result.last { result.append(character) }
        return result
    }

    /// Whether two names are one spelling: the same ``looseKey(_:)`` (`Tabqa` and `Al-Tabqa`, `Daraya` and
    /// `Darayya`), an accented letter matching any (`Agrinio` and `Agrínio`). Not `Soham` and `Shoham`.
    public static func spellsAlike(_ a: String, _ b: String) -> Bool {
        let (x, y) = (looseKey(a), looseKey(b))
        if x == y { return true }
        guard x.count == y.count else { return false }
        return zip(x, y).allSatisfy { $0 == $1 || !$0.isASCII || !$1.isASCII }
    }

    /// One adjacent transposition, insertion or deletion.
    static func oneEditApart(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        if x.count == y.count {
            guard let k = x.indices.first(where: { x[$0] != y[$0] }) else { return false }
            return k + 1 < x.count && x[k] == y[k + 1] && x[k + 1] == y[k] && x[(k + 2)...] == y[(k + 2)...]
        }
        let (long, short) = x.count > y.count ? (x, y) : (y, x)
        guard long.count == short.count + 1 else { return false }
        let k = short.indices.first(where: { short[$0] != long[$0] }) ?? short.count
        return long[(k + 1)...] == short[k...]
    }
}
