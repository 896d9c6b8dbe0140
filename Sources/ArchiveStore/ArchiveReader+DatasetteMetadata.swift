import Foundation

extension ArchiveReader {
    /// Datasette's metadata for this archive (`datasette archive.sqlite -m metadata.json`): titles and
    /// descriptions of the database, its tables and its views; the canned queries as Datasette canned
    /// queries, with parameters; facets that make sense; the label columns, so that foreign keys show
    /// names; and full-text search on paragraphs. `database` is the name Datasette gives the file: its
    /// name without the extension.
    public func datasetteMetadata(database: String) throws -> [String: Any] {
        var tables = Self.datasetteTables
        for query in try cannedQueries() {
            var view = tables[query.view] as? [String: Any] ?? [:]
            view["title"] = query.name
            view["description"] = query.description + " (`archive query \(query.name)`)"
            tables[query.view] = view
        }
        return [
            "title": "ArticleArchive",
            "description": "News articles and what they say: who is named, where, how many, and who said what.",
            "about": "ArticleArchive",
            "databases": [
                database: [
                    "description":
                        "One archive: articles with their paragraphs (searchable), and the entities, figures, quotes "
                        + "and dates extracted from them. Every canned question is a view.",
                    "tables": tables,
                    "queries": Self.datasetteQueries,
                ] as [String: Any]
            ],
        ]
    }

    /// Tables and views, with what Datasette should know of each.
    nonisolated(unsafe) static let datasetteTables: [String: Any] = [
        "articles": [
            "description":
                "One row per article: headline, publisher, publication date (ISO 8601) and where it was read from.",
            "label_column": "title", "sort_desc": "published", "facets": ["source", "published_from"],
        ],
        "paragraphs": [
            "description": "The text of each article, one row per paragraph; position 0 is the headline. Searchable.",
            "fts_table": "paragraphs_fts", "fts_pk": "id", "facets": ["kind"],
        ],
        "entities": [
            "description": "People, places, organisations and nationalities, one row per thing across the archive.",
            "label_column": "name", "facets": ["kind"],
        ],
        "entity_aliases": [
            "description":
                "Other names of an entity; origin 'user' for those you add to merge two, 'user-not' for a name that is not it."
        ],
        "entity_mentions": [
            "description":
                "Where each entity is named: one row per entity, paragraph and role, with how many times (mentions) and the character offsets."
        ],
        "place_locations": [
            "description": "What the gazetteer (GeoNames, CC BY 4.0) knows of a place: country and point."
        ],
        "figures": [
            "description":
                "Every number that counts or measures something, with what it counts, site, event and source.",
            "label_column": "text", "facets": ["event", "unit", "source", "kind"],
        ],
        "quotes": ["description": "Direct quotations with their speaker.", "label_column": "text"],
        "date_mentions": [
            "description": "Dates in the text, resolved against the publication date.", "facets": ["grain"],
        ],
        "incident_reports": ["facets": ["event", "unit", "source", "country"]],
        "strikes": ["facets": ["weapon", "event", "country"]],
        "casualties": ["facets": ["event", "who", "country"]],
        "totals": ["facets": ["event", "unit", "country"]],
        "figure_list": ["facets": ["event", "unit", "source"]],
        "places": ["facets": ["feature", "country"]],
    ]

    /// The canned questions that take a value, as Datasette canned queries.
    nonisolated(unsafe) static let datasetteQueries: [String: Any] = [
        "strikes_at_site": [
            "title": "Strikes at a site",
            "description": "Strikes reported at one site (as the archive names it), by date and event.",
            "sql": "SELECT * FROM strikes WHERE site = :site ORDER BY date, event",
        ],
        "casualties_at_site": [
            "title": "Casualties at a site",
            "description": "People killed, injured, arrested or displaced at one site, by date and event.",
            "sql": "SELECT * FROM casualties WHERE site = :site ORDER BY date, event",
        ],
        "reports_between": [
            "title": "Reports between two dates",
            "description": "Every strike or casualty figure dated between two ISO dates (inclusive).",
            "sql": "SELECT * FROM incident_reports WHERE date BETWEEN :from AND :to ORDER BY date, site",
        ],
        "figures_of_unit": [
            "title": "Figures counting one thing",
            "description": "Every figure whose counted noun (singular) is the unit given, e.g. missile or person.",
            "sql": "SELECT * FROM figure_list WHERE unit = :unit ORDER BY article, paragraph",
        ],
        "quotes_by_speaker": [
            "title": "Quotes by a speaker",
            "description": "Direct quotes by one speaker, under any of their names.",
            "sql": """
            SELECT q.id, e.name AS speaker, q.text AS quote, q.article_id AS article
            FROM quotes q JOIN entities e ON e.id = q.speaker_entity_id
            WHERE e.id IN (SELECT entity_id FROM entity_aliases
                           WHERE alias = :speaker COLLATE NOCASE AND origin <> 'user-not'
                           UNION SELECT id FROM entities WHERE name = :speaker COLLATE NOCASE)
            ORDER BY q.article_id, q.id
            """,
        ],
    ]
}
