import Foundation

/// Where an ``ExtractionPipeline`` run spent its time, for `archive ingest --pipeline-times` and `archive
/// reindex --pipeline-times` (a hidden benchmark flag): when the last input was prepared, how long the caller (the writer) stored and how
/// long it waited for the next input, and how long it went on alone after the preparing threads were
/// done (its backlog). Seconds from the start of the run; CPU seconds of the caller's thread.
struct PipelineTimes {
    var lastPrepared = 0.0
    var finished = 0.0
    var storing = 0.0
    var waiting = 0.0
    var storingCPU = 0.0
    var windows = 0
    var finishedCPU = 0.0
    /// Inputs the writer had not yet taken, and its thread's CPU seconds, when it first asked for one after
    /// the threads had prepared the last.
    var leftWhenPrepared = 0
    var cpuWhenPrepared: Double?

    /// The writer's CPU seconds after the threads were done: its work alone at the end of the run.
    var backlogCPU: Double { cpuWhenPrepared.map { finishedCPU - $0 } ?? 0 }

    /// The writer's time alone at the end: from the last input prepared to the end of the run.
    var backlog: Double { max(0, finished - lastPrepared) }

    var description: String {
        "pipeline: \(Self.format(finished)) s, last input prepared at \(Self.format(lastPrepared)) s, "
            + "writer storing \(Self.format(storing)) s (\(Self.format(storingCPU)) CPU s) in \(windows) windows, "
            + "waiting \(Self.format(waiting)) s, alone at the end \(Self.format(backlog)) s"
            + " (\(leftWhenPrepared) inputs left, \(Self.format(backlogCPU)) CPU s)"
    }

    private static func format(_ seconds: Double) -> String { String(format: "%.3f", seconds) }

    /// CPU seconds of the calling thread so far.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Seconds on a monotonic clock.
    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
