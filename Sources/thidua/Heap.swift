#if canImport(Glibc)
  import Glibc

  /// How the process's heap is laid out before a command runs.
  ///
  /// An evaluation of the whole country makes tens of thousands of small strings and arrays and a
  /// few arrays of megabytes: about 15 MiB, written once each. With the allocator's defaults every
  /// 4 KiB page of that is a page fault, and the kernel's share of those 3,700 faults (finding,
  /// zeroing and accounting each page) was a fifth of the process time of the 10,035-commune
  /// panel.
  ///
  /// So the heap is grown once, by `reserve`, and asked to be backed by huge pages where the
  /// kernel offers them (transparent huge pages, `madvise` mode): one fault per 2 MiB. Blocks up
  /// to `separateMappingThreshold` come from the heap, and freed memory is kept for reuse rather
  /// than given back. Memory never touched is never backed; where there are no huge pages (or
  /// another allocator, as under the sanitizers) the heap is backed page by page, as before.
  enum Heap {
    /// How much the heap grows at start, and then at each step.
    static let reserve = 30 << 20
    /// Blocks at least this large are mapped by themselves rather than carved from the heap
    /// (glibc's largest threshold).
    static let separateMappingThreshold = 32 << 20
    /// The size of a huge page on x86-64, and on arm64 with 4 KiB pages.
    private static let hugePage = 2 << 20
    /// The heap's first bytes, up to its first huge page, kept from use (and reachable).
    nonisolated(unsafe) private static var head: UnsafeMutableRawPointer?

    /// Grows the heap by `reserve`, asks for huge pages on it, and sets the allocator's steps.
    /// Does nothing when the allocator is not glibc's or the heap does not grow as expected.
    static func prepare() {
      guard let allocator = Allocator(),
        allocator.mallopt(Allocator.trimThreshold, Int32(2 * reserve)) == 1,
        allocator.mallopt(Allocator.mmapThreshold, Int32(separateMappingThreshold)) == 1,
        allocator.mallopt(Allocator.topPad, 0) == 1,
        let before = sbrk(0)
      else { return }
      defer { _ = allocator.mallopt(Allocator.topPad, Int32(reserve)) }
      let firstHugePage = aligned(Int(bitPattern: before) + hugePage - 1)
      // Small blocks would otherwise fill the pages below the first huge page one by one.
      let headSize = firstHugePage - Int(bitPattern: before)
      if headSize > 64 { head = allocator.malloc(headSize - 64) }
      // With no pad, a block of `reserve` grows the heap to just past its end. The allocator
      // writes only the block's header and the one after its end, so the huge pages between are
      // still untouched when they are asked for: a range with a page already in it stays in
      // 4 KiB pages.
      guard let block = allocator.malloc(reserve) else { return }
      defer { free(block) }
      let blockEnd = Int(bitPattern: block) + reserve
      guard let after = sbrk(0), blockEnd > Int(bitPattern: before),
        blockEnd <= Int(bitPattern: after)
      else { return }
      let end = aligned(blockEnd)
      guard end > firstHugePage, let start = UnsafeMutableRawPointer(bitPattern: firstHugePage)
      else { return }
      _ = madvise(start, end - firstHugePage, MADV_HUGEPAGE)
    }

    /// `address` rounded down to a huge page.
    private static func aligned(_ address: Int) -> Int { address & ~(hugePage - 1) }

    /// glibc's `mallopt`, which the Glibc module leaves out with the rest of `malloc.h`, and
    /// `malloc` called through a pointer: called directly, the compiler removes a block that is
    /// only allocated and freed.
    private struct Allocator {
      /// `mallopt`'s parameters, numbered by glibc's ABI.
      static let trimThreshold: Int32 = -1
      static let topPad: Int32 = -2
      static let mmapThreshold: Int32 = -3

      let mallopt: @convention(c) (Int32, Int32) -> Int32
      let malloc: @convention(c) (Int) -> UnsafeMutableRawPointer?

      init?() {
        let everywhere = UnsafeMutableRawPointer(bitPattern: 0)  // RTLD_DEFAULT
        guard let mallopt = dlsym(everywhere, "mallopt"), let malloc = dlsym(everywhere, "malloc")
        else { return nil }
        self.mallopt = unsafeBitCast(mallopt, to: (@convention(c) (Int32, Int32) -> Int32).self)
        self.malloc = unsafeBitCast(
          malloc, to: (@convention(c) (Int) -> UnsafeMutableRawPointer?).self)
      }
    }
  }
#else
  /// The heap as the platform's allocator lays it out.
  enum Heap {
    static func prepare() {}
  }
#endif
