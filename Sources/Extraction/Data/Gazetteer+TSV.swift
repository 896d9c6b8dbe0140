import Foundation

/// Reading a gazetteer from tab-separated text: `#` comment lines, a header line naming the columns,
/// then one place a line. Columns are found by name; `kind` and `name` are required, the others
/// (`country`, `admin1`, `population`, `latitude`, `longitude`, `geonameid`, `alternatives`,
/// `demonyms`) may be missing or empty. Alternatives and demonyms are `|`-separated.
extension Gazetteer {
    /// What is wrong with a gazetteer file.
    public enum FormatError: Error, Equatable, CustomStringConvertible {
        case noHeader
        case missingColumn(String)

        public var description: String {
            switch self {
            case .noHeader: "no header line (kind, name, …)"
            case .missingColumn(let name): "no '\(name)' column in the header line"
            }
        }
    }

    /// Builds a gazetteer from the text of a gazetteer file, in one pass over its UTF-8 bytes.
    public init(tsv: String) throws {
        var tsv = tsv
        try self.init(utf8: tsv.withUTF8 { Array($0) })
    }

    init(utf8 bytes: [UInt8]) throws {
        self.init()
        placesByName.reserveCapacity(bytes.count / 40)
        var reader = TSVLines(bytes: bytes)
        var fields: [Range<Int>] = []
        fields.reserveCapacity(16)
        guard reader.nextLine(into: &fields) else { throw FormatError.noHeader }
        let columns = try Columns(header: fields.map { reader.text($0) })
        while reader.nextLine(into: &fields) {
            addLine(fields, columns: columns, reader: reader)
        }
    }

    private mutating func addLine(_ fields: [Range<Int>], columns: Columns, reader: TSVLines) {
        func field(_ index: Int?) -> Range<Int>? {
            guard let index, index < fields.count, !fields[index].isEmpty else { return nil }
            return fields[index]
        }
        guard let kindField = field(columns.kind), let kind = reader.kind(kindField),
            let nameField = field(columns.name)
        else { return }
        let place = Place(
            name: reader.text(nameField), kind: kind,
            countryCode: field(columns.country).map(reader.text),
            population: field(columns.population).flatMap(reader.integer) ?? 0,
            admin1: field(columns.admin1).map(reader.text),
            latitude: field(columns.latitude).flatMap(reader.decimal),
            longitude: field(columns.longitude).flatMap(reader.decimal),
            geonameID: field(columns.geonameID).flatMap(reader.integer)
        )
        add(place, as: place.name)
        if let alternatives = field(columns.alternatives) {
            reader.eachItem(of: alternatives) { add(place, as: $0) }
        }
        if let demonyms = field(columns.demonyms) {
            reader.eachItem(of: demonyms) { addDemonym($0, of: place.name) }
        }
    }

    /// Where each named column stands in a line.
    private struct Columns {
        let kind: Int, name: Int
        let country: Int?, admin1: Int?, population: Int?, latitude: Int?, longitude: Int?, geonameID: Int?
        let alternatives: Int?, demonyms: Int?

        init(header: [String]) throws {
            func index(_ name: String) -> Int? { header.firstIndex(of: name) }
            guard let kind = index("kind") else { throw FormatError.missingColumn("kind") }
            guard let name = index("name") else { throw FormatError.missingColumn("name") }
            self.kind = kind
            self.name = name
            country = index("country")
            admin1 = index("admin1")
            population = index("population")
            latitude = index("latitude")
            longitude = index("longitude")
            geonameID = index("geonameid")
            alternatives = index("alternatives")
            demonyms = index("demonyms")
        }
    }
}

/// The lines of a tab-separated file as ranges of its bytes, skipping `#` comments and blank lines.
private struct TSVLines {
    let bytes: [UInt8]
    private var lineStart = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    private static let tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
    private static let bar = UInt8(ascii: "|"), hash = UInt8(ascii: "#")

    /// Reads the fields of the next line that holds data into `fields`; false at the end. The line's end and
    /// each tab are found by `memchr` (the byte-by-byte loops were a fifth of loading the gazetteer).
    mutating func nextLine(into fields: inout [Range<Int>]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            while lineStart < buffer.count {
                let start = lineStart
                var lineEnd = Self.offset(of: Self.newline, in: base, from: start, to: buffer.count)
                lineStart = lineEnd + 1
                if lineEnd > start, buffer[lineEnd - 1] == Self.carriageReturn { lineEnd -= 1 }
                guard lineEnd > start, buffer[start] != Self.hash else { continue }
                fields.removeAll(keepingCapacity: true)
                var fieldStart = start
                while true {
                    let fieldEnd = Self.offset(of: Self.tab, in: base, from: fieldStart, to: lineEnd)
                    fields.append(fieldStart..<fieldEnd)
                    if fieldEnd == lineEnd { break }
                    fieldStart = fieldEnd + 1
                }
                return true
            }
            return false
        }
    }

    /// Where `byte` first stands in the bytes `from..<to` of `base`; `to` when it is not there.
    private static func offset(of byte: UInt8, in base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        guard from < to, let found = memchr(base + from, Int32(byte), to - from) else { return to }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    func text(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// A run of ASCII digits as a number; nil for anything else.
    func integer(_ range: Range<Int>) -> Int? {
        var value = 0
        for i in range {
            let digit = Int(bytes[i]) - 48
            guard (0...9).contains(digit) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// `country`, `region` or `city`, read without making a string.
    func kind(_ range: Range<Int>) -> Gazetteer.Place.Kind? {
        let kinds: [(word: StaticString, kind: Gazetteer.Place.Kind)] = [
            ("city", .city), ("country", .country), ("region", .region),
        ]
        for (word, kind) in kinds where word.utf8CodeUnitCount == range.count {
            if (0..<range.count).allSatisfy({ bytes[range.lowerBound + $0] == word.utf8Start[$0] }) { return kind }
        }
        return nil
    }

    /// A plain decimal (`-12.5`, `44.00943`) as a double, correctly rounded for up to 15 digits; nil
    /// for anything else.
    func decimal(_ range: Range<Int>) -> Double? {
        var i = range.lowerBound
        let negative = bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        var digits = 0, mantissa = 0, fractionDigits = 0, seenPoint = false
        while i < range.upperBound {
            let byte = bytes[i]
            if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else if (48...57).contains(byte), digits < 15 {
                mantissa = mantissa * 10 + Int(byte - 48)
                digits += 1
                if seenPoint { fractionDigits += 1 }
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        let powers: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]
        let value = Double(mantissa) / powers[fractionDigits]
        return negative ? -value : value
    }

    /// Calls `body` with each non-empty `|`-separated item of a field.
    func eachItem(of field: Range<Int>, _ body: (String) -> Void) {
        var itemStart = field.lowerBound
        for i in field.lowerBound...field.upperBound where i == field.upperBound || bytes[i] == Self.bar {
            if i > itemStart { body(text(itemStart..<i)) }
            itemStart = i + 1
        }
    }
}
