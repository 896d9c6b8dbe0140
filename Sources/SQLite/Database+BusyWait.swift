import CSQLite
import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How a connection waits while another one (another process) holds the lock it needs.
final class BusyWait {
    /// Seconds to wait before giving up with `SQLITE_BUSY`; nil to wait as long as it takes.
    let timeout: Double?
    /// Seconds into a wait after which `notice` is called, once per wait.
    let noticeAfter: Double
    let notice: () -> Void
    private var start: UInt64 = 0
    private var noticed = false

    init(timeout: Double?, noticeAfter: Double, notice: @escaping () -> Void) {
        self.timeout = timeout
        self.noticeAfter = noticeAfter
        self.notice = notice
    }

    /// Whether SQLite should try again after its `attempt`-th failure (0 on the first of a wait),
    /// having slept a little.
    func shouldRetry(attempt: Int32) -> Bool {
        let now = DispatchTime.now().uptimeNanoseconds
        if attempt == 0 {
            start = now
            noticed = false
        }
        let waited = Double(now - start) / 1e9
        if let timeout, waited >= timeout { return false }
        if !noticed && waited >= noticeAfter {
            noticed = true
            notice()
        }
        usleep(attempt < 20 ? 1_000 * UInt32(attempt + 1) : 20_000)
        return true
    }
}

extension Database {
    /// Waits for another connection's lock for up to `timeout` seconds (nil: until it is free) instead
    /// of the fixed busy timeout the connection opened with, calling `notice` once per wait that lasts
    /// longer than `noticeAfter` seconds (to tell a person at a terminal why nothing moves).
    ///
    ///     db.waitWhenBusy(timeout: nil) { print("waiting for another writer…") }
    public func waitWhenBusy(timeout: Double?, noticeAfter: Double = 1, notice: @escaping () -> Void = {}) {
        let wait = Unmanaged.passRetained(BusyWait(timeout: timeout, noticeAfter: noticeAfter, notice: notice))
        sqlite3_busy_handler(
            handle,
            { context, attempt in
                guard let context else { return 0 }
                return Unmanaged<BusyWait>.fromOpaque(context).takeUnretainedValue().shouldRetry(attempt: attempt)
                    ? 1 : 0
            }, wait.toOpaque())
        busyWait?.release()
        busyWait = wait
    }

    /// Runs `body` again while it fails with `SQLITE_BUSY`, waiting as ``waitWhenBusy(timeout:noticeAfter:notice:)``
    /// was told (not at all if it was not called): for the steps on which SQLite does not wait by
    /// itself, such as changing the journal mode while another connection holds a lock.
    public func retryingWhileBusy<T>(_ body: () throws -> T) throws -> T {
        var attempt: Int32 = 0
        while true {
            do {
                return try body()
            } catch let error as DatabaseError where error.code == DatabaseError.busy {
                guard let wait = busyWait?.takeUnretainedValue(), wait.shouldRetry(attempt: attempt) else {
                    throw error
                }
                attempt += 1
            }
        }
    }

    /// Whether the connection can only read (the file, its folder or its disk is read-only), though
    /// it was opened to write.
    public var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }
}
