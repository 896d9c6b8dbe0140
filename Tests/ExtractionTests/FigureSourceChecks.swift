import Testing

@testable import Extraction

/// What the source suites ask of the figures they found: a figure's source by its value, the figures described
/// for a failure's message, and a figure required to exist. A suite takes them by conforming.
protocol FigureSourceChecks {}

extension FigureSourceChecks {
    /// The source of the first figure of `value`, nil when it has none or there is no such figure.
    func source(of value: Double, in found: [Figure]) -> String? {
        found.first { $0.value == value }?.source
    }

    /// Each figure's value and source, for a failure's message.
    func described(_ found: [Figure]) -> String { "\(found.map { ($0.value, $0.source ?? "-") })" }

    /// The figure of `value`, required to exist: a negative about its source must not pass for want of it.
    func figure(_ value: Double, in found: [Figure]) throws -> Figure {
        try #require(found.first { $0.value == value }, "\(described(found))")
    }
}
