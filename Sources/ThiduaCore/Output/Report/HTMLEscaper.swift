/// Text from plans and data made safe inside HTML (and XHTML): in element content and in
/// double- or single-quoted attribute values alike.
///
/// - `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;`, the
///   references XML knows too, so the report stays well-formed XML as well as HTML.
/// - Characters neither HTML nor XML allow in a document (the C0 controls other than tab, line
///   feed and carriage return, DEL, the C1 controls, U+FFFE and U+FFFF) become U+FFFD, the
///   replacement character, rather than break the document.
/// - Everything else, Vietnamese letters included, is written as itself in UTF-8.
enum HTMLEscaper {
  /// `text` escaped.
  static func escape(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    append(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `text`, escaped, to `bytes` (UTF-8).
  static func append(_ text: String, to bytes: inout [UInt8]) {
    var text = text
    text.withUTF8 { source in
      var index = 0
      var plainFrom = 0
      while index < source.count {
        let byte = source[index]
        var replacement: StaticString?
        var width = 1
        switch byte {
        case UInt8(ascii: "&"): replacement = "&amp;"
        case UInt8(ascii: "<"): replacement = "&lt;"
        case UInt8(ascii: ">"): replacement = "&gt;"
        case UInt8(ascii: "\""): replacement = "&quot;"
        case UInt8(ascii: "'"): replacement = "&#39;"
        case 0x09, 0x0A, 0x0D: break
        case 0x00..<0x20, 0x7F: replacement = "\u{FFFD}"
        case 0xC2:
          // U+0080…U+009F, the C1 controls, are C2 80…C2 9F.
          if index + 1 < source.count, (0x80...0x9F).contains(source[index + 1]) {
            replacement = "\u{FFFD}"
            width = 2
          }
        case 0xEF:
          // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
          if index + 2 < source.count, source[index + 1] == 0xBF, source[index + 2] >= 0xBE {
            replacement = "\u{FFFD}"
            width = 3
          }
        default: break
        }
        if let replacement {
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[plainFrom..<index]))
          replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
          index += width
          plainFrom = index
        } else {
          index += 1
        }
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[plainFrom..<source.count]))
    }
  }

  /// `text` as the value of an `id` attribute and the fragment of a link to it: ASCII letters,
  /// digits, `-` and `.` as they are, every other byte of its UTF-8 as `_` and two hex digits.
  ///
  /// Different texts give different identifiers (`_` itself is encoded), and an identifier never
  /// holds a space, so a unit code of any kind can name its block in the report.
  static func identifier(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."):
        bytes.append(byte)
      default:
        bytes.append(UInt8(ascii: "_"))
        bytes.append(hex[Int(byte >> 4)])
        bytes.append(hex[Int(byte & 0x0F)])
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
