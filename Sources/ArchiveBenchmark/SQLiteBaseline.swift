import ArticleModel
import Foundation
import SQLite

/// The fastest this text can be stored here: a bare loop putting each article and its paragraphs into
/// two tables with the same FTS5 index the archive has (porter, unicode61, diacritics removed, external
/// content), in WAL mode with `synchronous = NORMAL`, committing every `batchSize` articles, with
/// prepared statements. No extraction, no content hash, no metadata: what is left is SQLite's own cost.
struct SQLiteBaseline {
    let batchSize: Int

    func store(_ articles: [Article], at path: String) throws {
        let database = try Database(path: path)
        try database.configureForWriting()
        try database.execute(
            """
            CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
            CREATE TABLE paragraphs (
                id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id),
                position INTEGER NOT NULL, text TEXT NOT NULL);
            CREATE VIRTUAL TABLE paragraphs_fts USING fts5(
                text, content="paragraphs", content_rowid="id", tokenize="porter unicode61 remove_diacritics 2");
            CREATE TRIGGER paragraphs_ai AFTER INSERT ON paragraphs BEGIN
                INSERT INTO paragraphs_fts(rowid, text) VALUES (new.id, new.text);
            END;
            """)
        let insertArticle = try database.prepare("INSERT INTO articles (title) VALUES (?)")
        let insertParagraph = try database.prepare(
            "INSERT INTO paragraphs (article_id, position, text) VALUES (?, ?, ?)")
        for start in stride(from: 0, to: articles.count, by: batchSize) {
            try database.inTransaction {
                for article in articles[start..<min(start + batchSize, articles.count)] {
                    try insertArticle.execute(article.title)
                    let id = database.lastInsertedRowID
                    for (position, paragraph) in article.numberedParagraphs.enumerated() {
                        try insertParagraph.execute(id, position, paragraph.text)
                    }
                }
                return .commit
            }
        }
    }
}
