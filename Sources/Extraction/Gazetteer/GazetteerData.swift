// Placeholder until scripts/build-gazetteer generates the full data.
enum GazetteerData {
    static let places = """
country\tIran\tIR\t0\tIslamic Republic of Iran\tIranian
country\tIraq\tIQ\t0\t\tIraqi
country\tUnited States\tUS\t0\tUS|U.S.|USA|U.S.A.|America|United States of America\tAmerican
country\tSyria\tSY\t0\t\tSyrian
country\tLebanon\tLB\t0\t\tLebanese
city\tTehran\tIR\t0\t\t
city\tErbil\tIQ\t0\tArbil\t
city\tKerman\tIR\t0\t\t
city\tWashington\tUS\t0\t\t
city\tAleppo\tSY\t0\t\t
"""
}
