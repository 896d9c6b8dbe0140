import Foundation

/// Wall-clock timing of a piece of work, and the median of several runs (the issue asks for medians:
/// one run on a noisy machine says little, the best of several flatters).
enum Stopwatch {
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// The wall time and the CPU time (user and system, by `cpu`: this thread's unless told) that `body` took.
    static func timed(_ body: () throws -> Void, cpu: () -> Double = threadCPUSeconds) rethrows
        -> (seconds: Double, cpuSeconds: Double)
    {
        let cpuStart = cpu()
        let seconds = try self.seconds(body)
        return (seconds, cpu() - cpuStart)
    }

    /// CPU time of the whole process so far, every thread, user and system.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// System CPU time of this thread so far (the kernel's work for it: reads and writes of the archive's pages).
    static func threadSystemSeconds() -> Double {
        var usage = rusage()
        getrusage(1, &usage)  // RUSAGE_THREAD (Linux)
        return Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// The median wall time of `runs` runs of `body`.
    static func median(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<max(1, runs) { times.append(try seconds(body)) }
        return times.median
    }
}

extension Array where Element == Double {
    /// The middle value (the mean of the two middle ones for an even count); 0 for an empty array.
    var median: Double {
        guard !isEmpty else { return 0 }
        let sorted = self.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
