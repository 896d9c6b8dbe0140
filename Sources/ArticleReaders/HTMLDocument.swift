import CLibXML2

/// One node of a parsed HTML page: an element or a run of text.
enum HTMLNode {
    case element(HTMLElement)
    case text(String)
}

/// An element of a parsed HTML page: its lower-cased tag name, attributes and children in document order.
///
/// The tree is a Swift copy of libxml2's, made once per page, so the extractors never hold C pointers.
final class HTMLElement {
    let name: String
    /// Attribute values by lower-cased name.
    let attributes: [String: String]
    var children: [HTMLNode] = []

    init(name: String, attributes: [String: String] = [:]) {
        self.name = name
        self.attributes = attributes
    }

    subscript(attribute: String) -> String? { attributes[attribute] }

    var childElements: [HTMLElement] {
        children.compactMap { if case .element(let element) = $0 { return element } else { return nil } }
    }

    /// All text below this element, in document order, not yet whitespace-collapsed.
    var textContent: String {
        var text = ""
        appendText(to: &text)
        return text
    }

    private func appendText(to text: inout String) {
        for child in children {
            switch child {
            case .text(let run): text += run
            case .element(let element): element.appendText(to: &text)
            }
        }
    }

    /// Calls `body` for this element and every element below it, in document order.
    func forEachElement(_ body: (HTMLElement) -> Void) {
        body(self)
        for case .element(let element) in children { element.forEachElement(body) }
    }
}

/// An HTML page parsed with libxml2's forgiving HTML parser.
///
/// libxml2 repairs what browsers repair (unclosed tags, stray end tags, misnested inline elements) and
/// decodes the page's declared charset. The copy drops what never holds article text — scripts (except
/// JSON-LD ones, kept for the metadata), styles, templates, embedded SVG, forms' controls — and flattens
/// elements nested deeper than ``maximumDepth`` into their ancestor at that depth, so a page of 100,000
/// nested `<div>`s costs no deep recursion anywhere after parsing.
struct HTMLDocument {
    /// The `<html>` element (libxml2 supplies one when the page has none).
    let root: HTMLElement

    static let maximumDepth = 160

    /// Elements dropped with everything inside them.
    static let droppedElements: Set<String> = [
        "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "video", "audio",
        "select", "textarea", "button", "input", "option", "map",
    ]

    /// Parses `bytes`; never fails (an unparseable page is an empty `<html>`).
    static func parse(_ bytes: [UInt8]) -> HTMLDocument {
        _ = libraryInitialized
        clibxml2_silence_errors()
        // XML_PARSE_HUGE lifts libxml2's limit of 256 nested elements, past which it stops reading: pages
        // with thousands of unclosed tags exist, and the copy below flattens them.
        let options =
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue
        let (bytes, encoding, extraOptions) = prepared(bytes)
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(
                    chars.baseAddress, Int32(clamping: chars.count), nil, encoding,
                    Int32(bitPattern: options | extraOptions))
            }
        }
        guard let document else { return HTMLDocument(root: HTMLElement(name: "html")) }
        defer { xmlFreeDoc(document) }
        guard let top = xmlDocGetRootElement(document) else { return HTMLDocument(root: HTMLElement(name: "html")) }
        return HTMLDocument(root: copy(top))
    }

    /// libxml2 must be initialised once before threads parse at the same time.
    private static let libraryInitialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// The bytes to give libxml2 and the encoding to tell it.
    ///
    /// Bytes that are valid UTF-8 are UTF-8 whatever the page declares: a Latin-1 page almost never forms
    /// valid UTF-8 by chance, while mislabelled UTF-8 pages are common. Otherwise a page that declares no
    /// charset, or Latin-1 (which browsers read as Windows-1252), is decoded here as Windows-1252 —
    /// libxml2's converter stops at the five bytes that code page leaves undefined — and any other
    /// declared charset is left to libxml2.
    static func prepared(_ bytes: [UInt8]) -> (bytes: [UInt8], encoding: String?, options: UInt32) {
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return (bytes, nil, 0) }
        let asUTF8 = ("UTF-8", HTML_PARSE_IGNORE_ENC.rawValue)
        if TextDecoding.firstInvalidUTF8Offset(bytes[...]) == nil { return (bytes, asUTF8.0, asUTF8.1) }
        let declared = declaredCharset(bytes)
        if declared == "utf-8" || declared == "utf8" {
            return (Array(String(decoding: bytes, as: UTF8.self).utf8), asUTF8.0, asUTF8.1)  // bad bytes become U+FFFD
        }
        if declared == nil || latin1Labels.contains(declared!) {
            return (Array(windows1252(bytes).utf8), asUTF8.0, asUTF8.1)
        }
        return (bytes, nil, 0)
    }

    static let latin1Labels: Set<String> = [
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii",
        "ascii", "iso-ir-100", "ibm819", "cp819", "csisolatin1",
    ]

    /// The charset a `<meta>` (or an XML declaration's `encoding=`) names in the first 4 KB, lower-cased:
    /// a byte scan, like browsers' prescan, for libxml2's sake.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for word in ["charset", "encoding"] {
            let needle = Array(word.utf8)
            guard head.count > needle.count,
                let start = (0...(head.count - needle.count)).first(where: {
                    head[$0..<($0 + needle.count)].elementsEqual(needle)
                })
            else { continue }
            var index = start + needle.count
            while index < head.count, [0x20, 0x3D, 0x22, 0x27].contains(head[index]) { index += 1 }  // space = " '
            var label: [UInt8] = []
            while index < head.count, head[index].isLabelCharacter { label.append(head[index]); index += 1 }
            if !label.isEmpty { return String(decoding: label, as: UTF8.self) }
        }
        return nil
    }

    /// Windows-1252 text: Latin-1 but for the printable characters at 0x80–0x9F.
    static func windows1252(_ bytes: [UInt8]) -> String {
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
            0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,
            0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = byte >= 0x80 && byte < 0xA0 ? high[Int(byte - 0x80)] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    // MARK: - Copying libxml2's tree

    /// Copies the tree below `top` without recursion: libxml2's own tree may be arbitrarily deep.
    private static func copy(_ top: xmlNodePtr) -> HTMLElement {
        let root = HTMLElement(name: name(of: top), attributes: attributes(of: top))
        var open: [HTMLElement] = [root]  // the copies of the open elements, at most maximumDepth
        var depth = 1  // libxml2 depth of `node`'s parent chain below `top`
        var node = top.pointee.children
        while let current = node {
            var descend = false
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let tag = name(of: current)
                if tag == "script" {
                    if let type = attributes(of: current)["type"], type.lowercased().contains("ld+json") {
                        let script = HTMLElement(name: "script", attributes: ["type": "application/ld+json"])
                        script.children = [.text(rawText(of: current))]
                        open[open.count - 1].children.append(.element(script))
                    }
                } else if !droppedElements.contains(tag) {
                    if depth >= maximumDepth && !HTMLBodyExtractor.inlineElements.contains(tag) {
                        // Flattened, a block still separates the text before it from the text inside.
                        open[open.count - 1].children.append(.element(HTMLElement(name: "div")))
                    }
                    if depth < maximumDepth {
                        let element = HTMLElement(name: tag, attributes: attributes(of: current))
                        open[open.count - 1].children.append(.element(element))
                        open.append(element)
                    }
                    descend = current.pointee.children != nil
                    if !descend && depth < maximumDepth { open.removeLast() }
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    open[open.count - 1].children.append(.text(String(cString: content)))
                }
            default:
                break
            }
            if descend {
                node = current.pointee.children
                depth += 1
                continue
            }
            // Next sibling, or climb to the first ancestor that has one, closing the elements left.
            var climber = current
            while climber.pointee.next == nil {
                guard let parent = climber.pointee.parent, parent != top else { return root }
                depth -= 1
                if depth < maximumDepth { open.removeLast() }
                climber = parent
            }
            node = climber.pointee.next
        }
        return root
    }

    private static func name(of node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    private static func attributes(of node: xmlNodePtr) -> [String: String] {
        var result: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name {
                var value = ""
                if let text = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                    value = String(cString: text)
                    clibxml2_free(text)
                }
                result[String(cString: name).lowercased()] = value
            }
            attribute = current.pointee.next
        }
        return result
    }

    /// The text of an element's children (a script's source).
    private static func rawText(of node: xmlNodePtr) -> String {
        guard let text = xmlNodeGetContent(node) else { return "" }
        defer { clibxml2_free(text) }
        return String(cString: text)
    }
}

extension UInt8 {
    /// A letter, digit, `-`, `_`, `.` or `:`, as charset labels have.
    fileprivate var isLabelCharacter: Bool {
        (self >= 0x61 && self <= 0x7A) || (self >= 0x30 && self <= 0x39) || self == 0x2D || self == 0x5F || self == 0x2E
            || self == 0x3A
    }
}
