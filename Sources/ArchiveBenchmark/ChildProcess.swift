import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One run of another program: its wall time, its peak resident memory and how it ended. The
/// benchmark runs `archive` itself this way, so that what it measures is what a user runs.
struct ChildProcess {
    struct Outcome {
        var seconds: Double
        /// Peak resident set size of the child, in bytes (from `wait4`'s resource usage).
        var peakBytes: Int
        /// CPU time of the child on every core, user and system: on a machine shared with other work this
        /// varies less than the wall time.
        var cpuSeconds: Double
        var exitStatus: Int32?
        var timedOut: Bool

        var succeeded: Bool { exitStatus == 0 && !timedOut }
    }

    enum Failure: Error, CustomStringConvertible {
        case spawn(String, Int32)
        var description: String {
            switch self {
            case .spawn(let path, let code): "cannot run \(path): \(String(cString: strerror(code)))"
            }
        }
    }

    let executable: String
    let arguments: [String]
    /// Where the child's standard error goes: nowhere unless a caller wants to say why it failed.
    var errorPath = "/dev/null"

    /// Runs the program with standard output sent to /dev/null and standard error to `errorPath`,
    /// killing it after `timeout` seconds.
    func run(timeout: Double) throws -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let code = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard code == 0 else { throw Failure.spawn(executable, code) }
        return wait(for: pid, start: start, timeout: timeout)
    }

    private func wait(for pid: pid_t, start: UInt64, timeout: Double) -> Outcome {
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while true {
            let result = wait4(pid, &status, WNOHANG, &usage)
            if result == pid { break }
            if result < 0 && errno != EINTR { break }
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if elapsed > timeout && !timedOut {
                timedOut = true
                kill(pid, SIGKILL)
            }
            usleep(5_000)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exited = (status & 0x7f) == 0
        return Outcome(
            seconds: seconds, peakBytes: Int(usage.ru_maxrss) * 1024,
            cpuSeconds: Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6,
            exitStatus: exited ? (status >> 8) & 0xff : nil, timedOut: timedOut)
    }
}
