import ArticleModel
import Testing

@testable import Extraction

/// The index that spares the entity pass from comparing every name with every other: it must offer every
/// key one edit apart, and the pass must still join (or refuse) spellings as it did scanning every entity.
@Suite struct OneEditIndexTests {
    /// Every word of `length` letters over `alphabet`.
    func words(_ alphabet: [Character], length: Int) -> [String] {
        length == 0 ? [""] : words(alphabet, length: length - 1).flatMap { word in alphabet.map { word + String($0) } }
    }

    @Test func offersEveryKeyOneEditApart() {
        let keys =
            (4...6).flatMap { words(["a", "b", "c"], length: $0) } + [
                "zürich", "zuürich", "zürcih", "zrich", "zürichs", "हिन्दीनगर", "हिदीनगर",
            ]
        var index = OneEditIndex()
        for (id, key) in keys.enumerated() { index.insert(key, id: id) }
        var missed: [String] = []
        for (i, key) in keys.enumerated() {
            let offered = Set(index.candidates(for: key))
            for (j, other) in keys.enumerated() where EntityResolver.oneEditApart(key, other) && !offered.contains(j) {
                missed.append("\(key)→\(other)")
            }
            if i % 97 == 0 { #expect(offered.count < keys.count / 4) }
        }
        #expect(missed.isEmpty)
        #expect(keys.count > OneEditIndex.hashedFrom)
        #expect(!index.candidates(for: "aaaaa").contains(keys.firstIndex(of: "ccccc")!))
    }

    @Test func aSpellingVariantFindsItsOneEntityAmongMany() {
        // More towns than `OneEditIndex.hashedFrom`, so that the variant is found by its hashed forms.
        let endings = ["ak", "ot", "un", "es", "id", "op", "ur", "el", "am", "iv"]
        let towns = ["", "o", "a", "en", "is", "um"].flatMap { last in
            endings.map { "The clinic in Velmar\($0)\(last) reopened." }
        }
        #expect(towns.count > OneEditIndex.hashedFrom)
        let paragraphs = towns + ["Aid reached the besieged Harbnafsa on Monday.", "Residents of Harbnafas fled."]
        let article = Article(title: "Report", paragraphs: paragraphs.map { Paragraph(kind: .body, text: $0) })
        let found = TestData.extractor.extract(from: article).entities
        let town = found.first { $0.name == "Harbnafsa" }
        #expect(town?.mentions.count == 2)
        #expect(!found.contains { $0.name == "Harbnafas" })
    }
}
