import CSQLite
import Dispatch

/// When SQLite should give up on a statement: checked by its progress handler every few thousand
/// virtual-machine steps.
final class Deadline {
    let uptimeNanoseconds: UInt64

    init(seconds: Double) {
        uptimeNanoseconds = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, seconds) * 1e9)
    }

    var hasPassed: Bool { DispatchTime.now().uptimeNanoseconds >= uptimeNanoseconds }
}

extension Database {
    /// Runs `body`, interrupting whatever SQL it runs once `seconds` have passed, and returns its
    /// result, or nil when it was interrupted: for answers that are worth a moment but not a wait,
    /// such as how many rows a long listing has.
    ///
    ///     let total = try db.withinDeadline(seconds: 0.2) { try countRows() }   // nil: took too long
    ///
    /// - Throws: whatever `body` throws, except the interruption.
    public func withinDeadline<T>(seconds: Double, _ body: () throws -> T) throws -> T? {
        let deadline = Unmanaged.passRetained(Deadline(seconds: seconds))
        sqlite3_progress_handler(
            handle, 1_000,
            { context in
                guard let context else { return 0 }
                return Unmanaged<Deadline>.fromOpaque(context).takeUnretainedValue().hasPassed ? 1 : 0
            }, deadline.toOpaque())
        defer {
            sqlite3_progress_handler(handle, 0, nil, nil)
            deadline.release()
        }
        do {
            return try body()
        } catch let error as DatabaseError where error.code == DatabaseError.interrupted {
            return nil
        }
    }
}
