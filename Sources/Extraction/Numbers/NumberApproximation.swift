/// How a number in the text relates to the quantity: as stated, about, more, less, or a range.
public enum NumberApproximation: String, Sendable {
    /// As stated.
    case exact
    /// about, around, nearly, some, roughly.
    case about
    /// more than, over, at least, and vague plurals (dozens of → 12).
    case over
    /// fewer than, less than, up to, at most.
    case under
    /// `20 to 30`: `maxValue` (on ``NumberPhrase`` and ``Figure``) holds the upper end.
    case range
}
