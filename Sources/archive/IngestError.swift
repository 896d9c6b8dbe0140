/// Failures of an ingest as a whole (a file that cannot be read is reported and the run goes on).
enum IngestError: Error, CustomStringConvertible {
    case cannotWriteErrorList(path: String, reason: String)

    var description: String {
        switch self {
        case .cannotWriteErrorList(let path, let reason): return "\(path): cannot write the error list: \(reason)"
        }
    }
}
