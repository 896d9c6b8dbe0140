import Foundation
import Testing

@testable import ArchiveStore

@Suite struct JSONValueTests {
    @Test func objectsKeepTheirKeysInTheOrderGiven() {
        let value = JSONValue.object([("site", .string("Erbil")), ("highest", .integer(5)), ("approx", .null)])
        #expect(value.encoded() == #"{"site": "Erbil", "highest": 5, "approx": null}"#)
    }

    @Test func stringsEscapeOnlyWhatJSONRequires() {
        #expect(JSONValue.quoted("a/b “c” é") == #""a/b “c” é""#)
        #expect(JSONValue.quoted("say \"no\"\\\n\t\u{1}") == #""say \"no\"\\\n\t\u0001""#)
    }

    @Test func numbersAndNestingReadBackAsTheSameValues() throws {
        let value = JSONValue.object([
            ("value", .real(2.5)), ("count", .integer(-17)), ("flag", .bool(true)), ("inf", .real(.infinity)),
            ("list", .array([.integer(1), .array([]), .object([])])),
        ])
        for pretty in [false, true] {
            let parsed = try JSONSerialization.jsonObject(with: Data(value.encoded(pretty: pretty).utf8)) as? [String: Any]
            #expect(parsed?["value"] as? Double == 2.5)
            #expect(parsed?["count"] as? Int == -17)
            #expect(parsed?["flag"] as? Bool == true)
            #expect(parsed?["inf"] is NSNull)
            #expect((parsed?["list"] as? [Any])?.count == 3)
        }
    }

    @Test func prettyPutsEachMemberOnItsOwnLine() {
        let value = JSONValue.object([("a", .integer(1)), ("b", .array([.integer(2)]))])
        #expect(value.encoded(pretty: true) == "{\n  \"a\": 1,\n  \"b\": [\n    2\n  ]\n}")
    }

    @Test func thousandsAreGrouped() {
        #expect(groupedThousands(183_890) == "183,890")
        #expect(groupedThousands(999) == "999")
        #expect(groupedThousands(1_000) == "1,000")
        #expect(groupedThousands(-12_345_678) == "-12,345,678")
    }
}
