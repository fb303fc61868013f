#define _GNU_SOURCE
#include "chibo_system.h"
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <malloc.h>
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

int chibo_release_free_memory(void) {
    return malloc_trim(0);
}
