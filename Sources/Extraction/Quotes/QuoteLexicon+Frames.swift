/// Words of the attribution frames read by `QuoteParagraph+Frames.swift`.
extension QuoteLexicon {
    /// Verbs of `as Ruiz put it` and `was how Ruiz described it`, always followed by `it`.
    static let framingVerbs: Set<String> = [
        "put", "puts", "described", "describes", "explained", "explains", "summed", "sums", "phrased", "phrases",
    ]

    /// `"…," was how …`, `"…" is how …`.
    static let howCopulas: Set<String> = ["was", "is"]

    /// Bare verbs of answering after `would` or `'d`: `he'd respond, "…"`.
    static let answeringVerbs: Set<String> = ["respond", "reply", "answer", "say", "write", "tell", "explain"]
}
