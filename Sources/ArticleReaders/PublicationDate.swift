import Foundation

/// Publication dates as pages and feeds write them, turned into ISO 8601.
enum PublicationDate {
    /// ISO 8601 for `text`, or nil when it is no date this reads.
    ///
    /// `2019-11-20`, `2019-11-20T08:15:00+01:00` and `2019-11-20 08:15:00` are kept as given (with `/`
    /// between the date's parts made `-`); `Wed, 20 Nov 2019 08:15:00 GMT` and `November 20, 2019` become
    /// `2019-11-20T08:15:00Z` and `2019-11-20`.
    static func iso(_ text: String) -> String? {
        let trimmed = text.trimmed
        let bytes = Array(trimmed.utf8)
        if bytes.count >= 10, isDigits(bytes[0..<4]), isDigits(bytes[5..<7]), isDigits(bytes[8..<10]),
            bytes[4] == bytes[7], bytes[4] == UInt8(ascii: "-") || bytes[4] == UInt8(ascii: "/")
        {
            let month = Int(String(decoding: bytes[5..<7], as: UTF8.self)) ?? 0
            let day = Int(String(decoding: bytes[8..<10], as: UTF8.self)) ?? 0
            guard (1...12).contains(month), (1...31).contains(day) else { return nil }
            let date =
                String(decoding: bytes[0..<4], as: UTF8.self) + "-"
                + String(decoding: bytes[5..<10], as: UTF8.self)
                .replacingOccurrences(of: "/", with: "-")
            let rest = String(decoding: bytes[10...], as: UTF8.self)
            if rest.hasPrefix("T") || (rest.hasPrefix(" ") && rest.dropFirst().first?.isNumber == true) {
                return date + rest
            }
            return date
        }
        return parseWritten(trimmed)
    }

    /// ISO 8601 (UTC) for seconds — or milliseconds, when the number is too large for seconds — since 1970.
    static func iso(epoch: Double) -> String? {
        guard epoch.isFinite, epoch > 0 else { return nil }
        let seconds = epoch > 1e11 ? epoch / 1000 : epoch
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }

    private static func isDigits(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// RFC 822 dates (feeds) and English written dates.
    private static func parseWritten(_ text: String) -> String? {
        guard text.count >= 8, text.count <= 40, text.contains(where: \.isNumber) else { return nil }
        let withTime = [
            "EEE, d MMM yyyy HH:mm:ss Z", "EEE, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss Z",
            "EEE, d MMM yyyy HH:mm Z",
        ]
        let dateOnly = ["MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy", "EEEE, MMMM d, yyyy"]
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        for format in withTime {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) {
                let output = ISO8601DateFormatter()
                output.formatOptions = [.withInternetDateTime]
                return output.string(from: date)
            }
        }
        for format in dateOnly {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) {
                formatter.dateFormat = "yyyy-MM-dd"
                return formatter.string(from: date)
            }
        }
        return nil
    }
}
