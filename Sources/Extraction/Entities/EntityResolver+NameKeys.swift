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
        if let key = name.utf8.withContiguousStorageIfAvailable({ asciiLooseKey($0) }) ?? nil { return key }
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

    /// ``looseKey(_:)`` of an ASCII name, made byte by byte in one buffer (no word, joined name or compact
    /// name made on the way); nil for a name that is not ASCII. In ASCII a character is a byte.
    private static func asciiLooseKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let space = UInt8(ascii: " ")
        // The words between spaces, as byte ranges.
        var words: [Range<Int>] = []
        var start: Int?
        for (k, byte) in bytes.enumerated() {
            if byte == space {
                if let wordStart = start { words.append(wordStart..<k) }
                start = nil
            } else if start == nil {
                start = k
            }
        }
        if let wordStart = start { words.append(wordStart..<bytes.count) }
        func lowercase(_ k: Int) -> UInt8 { bytes[k] &- UInt8(ascii: "A") < 26 ? bytes[k] | 0x20 : bytes[k] }
        func opens(_ word: Range<Int>, with particle: StaticString) -> Bool {
            particle.withUTF8Buffer { particle in
                word.count >= particle.count && zip(word, particle).allSatisfy { lowercase($0) == $1 }
            }
        }
        // Arabic articles dropped: `al` or `el` alone (in a name of two words or more), `al-` or `el-` opening
        // a word longer than three.
        var kept: [Range<Int>] = []
        for word in words {
            if words.count > 1, word.count == 2, opens(word, with: "al") || opens(word, with: "el") { continue }
            if word.count > 3, opens(word, with: "al-") || opens(word, with: "el-") {
                kept.append((word.lowerBound + 3)..<word.upperBound)
            } else {
                kept.append(word)
            }
        }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            // ``compact(_:)`` of the kept words joined by spaces (of the name itself when none is kept).
            var count = 0
            for part in kept.isEmpty ? [0..<bytes.count] : kept {
                for k in part {
                    let byte = lowercase(k)
                    if byte &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 {
                        buffer[count] = byte
                        count += 1
                    }
                }
            }
            let wordCount = kept.isEmpty ? 1 + bytes.lazy.filter({ $0 == space }).count : kept.count
            if wordCount > 1, count > 4, buffer[count - 1] == UInt8(ascii: "s") { count -= 1 }
            // Doubled letters once.
            var written = 0
            for k in 0..<count where written == 0 || buffer[written - 1] != buffer[k] {
                buffer[written] = buffer[k]
                written += 1
            }
            return written
        }
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
