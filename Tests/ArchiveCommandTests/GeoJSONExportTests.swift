import Foundation
import Testing

/// `export --format geojson` writes a FeatureCollection of points that map tools open: one feature per
/// placed site, longitude first, with what the query reported there.
@Suite struct GeoJSONExportTests {
    let commands = ArchiveCommandTests()

    func features(_ query: String, in folder: URL) throws -> [[String: Any]] {
        let result = try ArchiveBinary.run(["export", "--format", "geojson", "--query", query], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["type"] as? String == "FeatureCollection")
        let features = try #require(object["features"] as? [[String: Any]])
        for feature in features {
            #expect(feature["type"] as? String == "Feature")
            let geometry = try #require(feature["geometry"] as? [String: Any])
            #expect(geometry["type"] as? String == "Point")
            let point = try #require(geometry["coordinates"] as? [Double])
            #expect(point.count == 2 && (-180...180).contains(point[0]) && (-90...90).contains(point[1]))
            #expect(feature["properties"] is [String: Any])
        }
        return features
    }

    @Test func strikesAndPlacesAreMapped() throws {
        let folder = try commands.scratch()
        #expect(try ArchiveBinary.run(["ingest", ArchiveCommandTests.sample], in: folder).status == 0)
        let strikes = try features("strikes", in: folder)
        let erbil = try #require(strikes.first { ($0["properties"] as? [String: Any])?["site"] as? String == "Erbil" })
        let point = try #require((erbil["geometry"] as? [String: Any])?["coordinates"] as? [Double])
        #expect(abs(point[0] - 44.01) < 0.05 && abs(point[1] - 36.19) < 0.05)  // longitude, then latitude
        #expect((erbil["properties"] as? [String: Any])?["highest"] as? Int == 5)
        #expect(strikes.count == 1)  // Ain al-Assad has no point in the gazetteer: left out, and said so

        let places = try features("places", in: folder)
        #expect(places.contains { ($0["properties"] as? [String: Any])?["name"] as? String == "Tehran" })
    }
}
