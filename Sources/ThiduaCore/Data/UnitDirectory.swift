/// The units of a units file (or of a panel's unit columns), kept in code order and found by code.
///
/// Every evaluation lists its units by code (``UnitSeries/codeOrder(_:_:)``), and the units file
/// of the whole country has about 11,000 of them. Kept in that order, they are numbered by
/// ``UnitIndex`` without a sort or a lookup, and read one after the other; a dictionary would
/// hash every code as it is read and give its units back in no order. A code is found by binary
/// search over the first eight bytes of the codes (``key(_:)``), which for the codes of Vietnam's
/// units (two to five digits) are the whole code.
struct UnitDirectory: Sendable, Equatable {
  /// The units, in the order of their codes.
  let units: [Unit]
  /// The code each unit is found by, in code order, each once: the unit's own, or its key in a
  /// dictionary of units given (``init(_:)``).
  let codes: [String]
  /// ``key(_:)`` of each code: ascending, as the codes are.
  let keys: [UInt64]

  /// No units.
  init() {
    units = []
    codes = []
    keys = []
  }

  /// The units of `dictionary`, each found by its key there.
  init(_ dictionary: [String: Unit]) {
    let codes = Array(dictionary.keys)
    // A dictionary's keys are distinct: no unit is refused.
    self =
      UnitDirectory(
        units: Array(dictionary.values), codes: codes, keys: codes.map(UnitDirectory.key))
      ?? UnitDirectory()
  }

  /// `units` in code order; nil when two of them have the same code.
  init?(listing units: consuming [Unit]) {
    let keys = units.map { UnitDirectory.key($0.code) }
    self.init(listing: units, keys: keys)
  }

  /// `units` in code order, `keys` the ``key(_:)`` of each unit's code; nil when two of them
  /// have the same code.
  init?(listing units: consuming [Unit], keys: [UInt64]) {
    let codes = units.map(\.code)
    self.init(units: units, codes: codes, keys: keys)
  }

  /// `units`, found by `codes` (with their ``key(_:)``s in `keys`), put in code order; nil when
  /// two codes are the same.
  private init?(units: consuming [Unit], codes: [String], keys: [UInt64]) {
    // Files are usually in code order, or in a few runs of it (the provinces, then the
    // districts, then the communes), which the sort below merges in one pass.
    var isOrdered = true
    for index in codes.indices.dropFirst()
    where !UnitDirectory.precedes(index - 1, index, keys, codes) {
      isOrdered = false
      break
    }
    if isOrdered {
      self.units = units
      self.codes = codes
      self.keys = keys
      return
    }
    var order = Array(codes.indices)
    order.sort { UnitDirectory.precedes($0, $1, keys, codes) }
    for position in order.indices.dropFirst() {
      let (a, b) = (order[position - 1], order[position])
      if keys[a] == keys[b], codes[a] == codes[b] { return nil }
    }
    self.keys = order.map { keys[$0] }
    self.codes = order.map { codes[$0] }
    // The units are moved into order where they are, by swaps: gathered into a new array, each
    // would be copied, its strings and flags retained, and the old one released.
    var sorted = consume units
    var pending = order
    sorted.withUnsafeMutableBufferPointer { sorted in
      for start in pending.indices where pending[start] != start {
        var position = start
        while true {
          let source = pending[position]
          pending[position] = position
          if source == start { break }
          sorted.swapAt(position, source)
          position = source
        }
      }
    }
    self.units = sorted
  }

  /// Whether `codes[a]` comes before `codes[b]`, their keys in `keys`. The codes themselves are
  /// compared only when the keys are equal: a code read from the array is a copy.
  private static func precedes(_ a: Int, _ b: Int, _ keys: [UInt64], _ codes: [String]) -> Bool {
    if keys[a] != keys[b] { return keys[a] < keys[b] }
    return codes[a] != codes[b] && UnitSeries.codeOrder(codes[a], codes[b])
  }

  /// How many units there are.
  var count: Int { units.count }

  /// Whether there are none.
  var isEmpty: Bool { units.isEmpty }

  /// The unit `code`, if it is listed.
  subscript(code: String) -> Unit? {
    slot(of: code).map { units[$0] }
  }

  /// The position of unit `code`, if it is listed.
  func slot(of code: String) -> Int? {
    UnitDirectory.find(code, keys: keys, codes: codes)
  }

  /// Whether unit `code` is listed.
  func contains(_ code: String) -> Bool {
    slot(of: code) != nil
  }

  /// The position of unit `code`, if it is listed, looked for first in the few positions after
  /// `previous`: in a file in code order, the next unit is mostly the next in the directory, or
  /// the one after a district or a province listed between them.
  func slot(of code: String, after previous: Int) -> Int? {
    let key = UnitDirectory.key(code)
    var probe = max(previous + 1, 0)
    let limit = min(keys.count, probe + 4)
    while probe < limit, keys[probe] <= key {
      if keys[probe] == key, codes[probe] == code { return probe }
      probe += 1
    }
    return slot(of: code)
  }

  /// The units by code.
  var dictionary: [String: Unit] {
    Dictionary(uniqueKeysWithValues: zip(codes, units))
  }

  /// The first eight bytes of `code` as one number, the first byte highest, zeros after a
  /// shorter code: keys in ascending order are codes in ``UnitSeries/codeOrder(_:_:)``, except
  /// that codes sharing their first eight bytes (or differing only by NUL bytes) share a key.
  static func key(_ code: String) -> UInt64 {
    var code = code
    return code.withUTF8 { bytes in
      var key: UInt64 = 0
      var shift: UInt64 = 56
      for byte in bytes.prefix(8) {
        key |= UInt64(byte) << shift
        shift &-= 8
      }
      return key
    }
  }

  /// The position of `code` in `codes`, in code order with their ``key(_:)``s in `keys`.
  static func find(_ code: String, keys: [UInt64], codes: [String]) -> Int? {
    let key = key(code)
    var low = 0
    var high = keys.count
    while low < high {
      let middle = (low + high) / 2
      if keys[middle] < key { low = middle + 1 } else { high = middle }
    }
    while low < keys.count, keys[low] == key {
      if codes[low] == code { return low }
      low += 1
    }
    return nil
  }
}
