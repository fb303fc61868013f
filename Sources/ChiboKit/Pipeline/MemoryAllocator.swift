internal import CChiboSystem

/// The allocator behind every String and Array chibo makes. Linking the
/// package puts mimalloc in front of the C library's malloc: a build
/// allocates millions of small values on every core, which glibc's malloc
/// served at a sixth of the build's time. `--verbose` names it, and a test
/// fails if linking ever stops putting it there.
public enum MemoryAllocator {
    /// `mimalloc 2.0.9`, or `the C library's malloc` if mimalloc is not serving malloc.
    public static var name: String { String(cString: chibo_allocator_name()) }

    /// True when memory from malloc comes from mimalloc's heap.
    public static var isMimalloc: Bool { chibo_allocator_is_mimalloc() != 0 }
}
