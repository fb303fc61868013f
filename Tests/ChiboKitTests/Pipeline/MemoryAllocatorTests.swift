import Testing
@testable import ChiboKit

/// mimalloc serves malloc in every process that links ChiboKit: the build's
/// speed figures (issue 7) depend on it, and nothing else would notice if a
/// change to the package or the link order quietly handed malloc back to
/// the C library.
struct MemoryAllocatorTests {
    @Test func mimallocServesMalloc() {
        #expect(MemoryAllocator.isMimalloc)
        #expect(MemoryAllocator.name.hasPrefix("mimalloc 2."))
    }

}
