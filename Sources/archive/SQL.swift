import ArchiveStore
import ArgumentParser

extension Archive {
    struct SQL: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sql",
            abstract: "Run one read-only SQL statement on the archive and print its rows.",
            discussion: """
                The archive is opened read-only, and only a statement that reads is run: a write, ATTACH, a PRAGMA \
                that sets a value, or load_extension is refused with one line (exit 64) and the file is left exactly \
                as it was. The tables and views are described in schema.sql (`archive sql "SELECT name FROM \
                sqlite_schema WHERE type = 'view'"` lists the views). Named parameters take their values from \
                --param: archive sql "SELECT * FROM strikes WHERE site = :site" --param site=Erbil
                """
        )

        @OptionGroup var options: ListingOptions

        @Argument(help: "One SQL statement that reads, e.g. \"SELECT site, highest FROM strikes\".")
        var statement: String

        @Option(
            name: .customLong("param"),
            help: ArgumentHelp(
                "A value for a named parameter (:name) of the statement; repeat for more.", valueName: "name=value"))
        var parameters: [String] = []

        func validate() throws {
            if statement.allSatisfy(\.isWhitespace) { throw ValidationError("give an SQL statement") }
            _ = try parameterValues()
        }

        /// `--param site=Erbil` → ["site": "Erbil"]; a leading `:`, `@` or `$` on the name is allowed.
        func parameterValues() throws -> [String: String] {
            var values: [String: String] = [:]
            for parameter in parameters {
                guard let equals = parameter.firstIndex(of: "="), equals != parameter.startIndex else {
                    throw ValidationError("--param must be name=value, not '\(parameter)'")
                }
                var name = String(parameter[..<equals])
                if let first = name.first, ":@$".contains(first) { name.removeFirst() }
                guard values[name] == nil else { throw ValidationError("--param \(name) is given twice") }
                values[name] = String(parameter[parameter.index(after: equals)...])
            }
            return values
        }

        func run() throws {
            let reader = try options.archive.openReader()
            do {
                options.print(try reader.query(statement, parameters: try parameterValues()))
            } catch ArchiveError.sqlRefused(let reason) {
                printError("Error: \(reason)")
                throw ExitCode(64)  // a usage mistake: the statement is not one this command runs
            }
        }
    }
}
