import Testing

@testable import Extraction

/// A breakdown of a toll whose parts are spread over the sentences after it, stand before it, or add up
/// to a bounded toll (`more than 50`, `up to 40`) only within a small margin: each part stores the toll as
/// its whole. Parts of another day, harm or place, or that add up to too much or too little, stay apart.
@Suite struct FigureLooseBreakdownTests {
    func figure(_ value: Double, in text: String) -> Figure? {
        TestData.bodyFigures(text).first { $0.value == value }
    }

    @Test(arguments: [
        // Over the sentences after the toll.
        (
            "Rebels killed 85 soldiers near Tarn on Monday. The monitor said 50 were executed by firing squad."
                + " A car bomb killed 19, and 16 died in the clashes.", [50.0, 19, 16], 85.0
        ),
        // Before the toll.
        (
            "Gunmen shot dead 22 villagers in Karmun on Friday, and a car bomb killed 9 at the market."
                + " In all, 31 people were killed in the town.", [22, 9], 31
        ),
        // Above a toll of `more than`, by a little.
        (
            "More than 50 people were killed in Vesk on Sunday. Among the dead were 15 children and 27 women,"
                + " the monitor said. Ten fighters also died.", [15, 27, 10], 50
        ),
        // A later part that adds to the one before.
        (
            "Jets killed 18 people in Vesk. First reports said 15 were killed, but 3 more died of their wounds.",
            [15, 3], 18
        ),
        // Below a toll of `up to`.
        (
            "Up to 40 people were killed in Marlow on Tuesday. The monitor said 20 soldiers and 18 rebels died.",
            [20, 18], 40
        ),
    ])
    func aLooseBreakdownIsItsTollsParts(text: String, values: [Double], whole: Double) {
        for value in values {
            #expect(figure(value, in: text)?.of == whole, "\(value) in \(text)")
        }
    }

    @Test(arguments: [
        // Another day.
        ("Shelling killed 10 people in Karmun on Sunday. On Tuesday, 6 soldiers and 4 rebels were killed.", 6.0),
        // Far above a toll of `more than`.
        ("More than 50 people were killed in Vesk. Later 40 soldiers and 19 rebels were killed.", 40),
        // Below a toll of `more than`.
        ("More than 50 people were killed in Vesk. Later 30 soldiers and 12 rebels were killed.", 30),
        // Before a toll of another harm.
        ("Gunmen wounded 22 villagers and 9 guards in Karmun. In all, 31 people were killed.", 22),
        // People besides the toll's.
        ("Jets killed 9 people in Vesk on Sunday. Two others died, and another 7 were killed.", 7),
        // In a sentence of their own that tells of no harm.
        ("Jets killed 9 people in Vesk. Later 4 men and 5 women were seen in the town.", 4),
        // Too far from the toll.
        (
            "Jets killed 9 people in Vesk. The monitor said so. The town mourned. Later 4 men and 5 women"
                + " were killed.", 4
        ),
        // Another source's toll of the same dead, not a sum.
        ("Jets killed 30 people in Vesk on Monday, and a car bomb killed 8. The group put the toll at 38.", 30),
        // The same count given twice, and a small part, above `at least`.
        ("At least 6 people were killed in Vesk. Later 2 died of wounds, and 6 people were buried.", 2),
        // More deaths in a separate clash, however the numbers add up.
        (
            "Rebels killed 5 civilians in Vesk on Monday. Three soldiers were killed too. Two police officers"
                + " died in a separate clash.", 2
        ),
        // A vague plural among the counts after the toll: no part of a sum.
        ("Shells wounded 19 people across Loria province. Two were hurt in Karmun, 5 in Sarn and dozens in Tarn.", 2),
        // Parts before a toll of another place.
        ("Jets killed 12 people in Vesk and 8 in Karmun. Elsewhere, 20 people were killed in Tarn.", 12),
    ])
    func notALooseBreakdown(text: String, value: Double) {
        #expect(figure(value, in: text)?.of == nil, "\(text)")
    }
}
