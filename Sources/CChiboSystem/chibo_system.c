#define _GNU_SOURCE
#include "chibo_system.h"
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <stdio.h>
#include <malloc.h>
#include <stdbool.h>
#include <stdlib.h>
#include <mimalloc.h>
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
    // mimalloc serves the process; glibc's malloc still holds what was
    // allocated before it took over, if anything.
    mi_collect(true);
    malloc_trim(0);
}

int chibo_allocator_is_mimalloc(void) {
    void *probe = malloc(64);
    int result = probe != NULL && mi_is_in_heap_region(probe);
    free(probe);
    return result;
}

const char *chibo_allocator_name(void) {
    static char name[32];
    int version = mi_version();
    snprintf(name, sizeof name, "mimalloc %d.%d.%d", version / 100, (version / 10) % 10, version % 10);
    return chibo_allocator_is_mimalloc() ? name : "the C library's malloc";
}

long chibo_atomic_fetch_add(long *counter, long amount) {
    return __atomic_fetch_add(counter, amount, __ATOMIC_RELAXED);
}
