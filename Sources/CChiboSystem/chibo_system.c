#define _GNU_SOURCE
#include "chibo_system.h"
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <stdio.h>
#include <malloc.h>
#include <stdbool.h>
#include <stdlib.h>
#ifndef CHIBO_WITHOUT_MIMALLOC
#include <mimalloc.h>
#endif
#if defined(__linux__)
#include <sys/syscall.h>
#endif

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

int chibo_exchange_paths(const char *first, const char *second) {
#if defined(__linux__) && defined(SYS_renameat2)
    return (int)syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#else
    errno = ENOSYS;
    return -1;
#endif
}

void chibo_release_free_memory(void) {
#ifndef CHIBO_WITHOUT_MIMALLOC
    // mimalloc serves the process; glibc's malloc still holds what was
    // allocated before it took over, if anything.
    mi_collect(true);
#endif
    malloc_trim(0);
}

// The release that runs anywhere (scripts/release.sh) is built without
// mimalloc, which Debian ships only as a shared library.
int chibo_allocator_is_mimalloc(void) {
#ifdef CHIBO_WITHOUT_MIMALLOC
    return 0;
#else
    void *probe = malloc(64);
    int result = probe != NULL && mi_is_in_heap_region(probe);
    free(probe);
    return result;
#endif
}

const char *chibo_allocator_name(void) {
#ifdef CHIBO_WITHOUT_MIMALLOC
    return "the C library's malloc";
#else
    static char name[32];
    int version = mi_version();
    snprintf(name, sizeof name, "mimalloc %d.%d.%d", version / 100, (version / 10) % 10, version % 10);
    return chibo_allocator_is_mimalloc() ? name : "the C library's malloc";
#endif
}

long chibo_atomic_fetch_add(long *counter, long amount) {
    return __atomic_fetch_add(counter, amount, __ATOMIC_RELAXED);
}

// Swift on Linux reads the command line from /proc/self/cmdline, which a
// chroot or a bare container may not have: chibo then saw no arguments at
// all. The C library hands the command line to constructors; the Swift
// runtime is given it from here, before anything reads it.
extern void _swift_stdlib_overrideUnsafeArgvArgc(char **argv, int argc);

__attribute__((constructor))
static void chibo_keep_command_line(int argc, char **argv, char **envp) {
    (void)envp;
    if (argv != NULL && argc > 0) _swift_stdlib_overrideUnsafeArgvArgc(argv, argc);
}
