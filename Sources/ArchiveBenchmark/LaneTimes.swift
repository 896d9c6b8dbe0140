import Foundation

/// How one thread of a run on every core spent its time: running, waiting for a core (runnable while
/// other threads or processes held both), and neither (asleep on a lock, or done before the others).
/// Read from the kernel's scheduler statistics of the thread (`/proc/thread-self/schedstat`: nanoseconds
/// on a core, nanoseconds runnable but waiting for one); on a system without them only the wall time is
/// known and the other two stay 0.
struct LaneTimes {
    var wall: Double
    var running: Double
    var waitingForCore: Double

    /// Time asleep or idle: not running and not waiting for a core.
    var elsewhere: Double { max(0, wall - running - waitingForCore) }

    /// The thread's totals so far, with the wall clock now.
    static func now() -> LaneTimes {
        let wall = Double(DispatchTime.now().uptimeNanoseconds) / 1e9
        guard let text = try? String(contentsOfFile: "/proc/thread-self/schedstat", encoding: .utf8) else {
            return LaneTimes(wall: wall, running: 0, waitingForCore: 0)
        }
        let fields = text.split(separator: " ").compactMap {
            Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        guard fields.count >= 2 else { return LaneTimes(wall: wall, running: 0, waitingForCore: 0) }
        return LaneTimes(wall: wall, running: fields[0] / 1e9, waitingForCore: fields[1] / 1e9)
    }

    /// What happened between `start` and this reading.
    func since(_ start: LaneTimes) -> LaneTimes {
        LaneTimes(
            wall: wall - start.wall, running: running - start.running,
            waitingForCore: waitingForCore - start.waitingForCore)
    }

    /// One line per thread: wall, running, waiting for a core, neither.
    static func summary(of lanes: [LaneTimes]) -> String {
        guard !lanes.isEmpty else { return "" }
        var lines = [
            "all passes on \(lanes.count) cores, the last run, per thread (s): wall, running, "
                + "waiting for a core (other threads or processes), neither (asleep on a lock, or done first)"
        ]
        for (k, lane) in lanes.enumerated() {
            lines.append(
                "  thread \(k + 1): \(format(lane.wall, 3)) wall, \(format(lane.running, 3)) running, "
                    + "\(format(lane.waitingForCore, 3)) waiting for a core, \(format(lane.elsewhere, 3)) neither")
        }
        return lines.joined(separator: "\n")
    }
}
