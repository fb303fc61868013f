#ifndef CHIBO_SYSTEM_H
#define CHIBO_SYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE), so
/// that a new site replaces the old one with no moment where neither exists.
/// Returns 0 on success, -1 with errno set where the system cannot do it.
int chibo_exchange_paths(const char *first, const char *second);

/// Hands memory the allocator holds free back to the system (mimalloc's
/// collection, then glibc's malloc_trim), so that what one stage let go is
/// not still counted as the process's memory while the next one grows.
void chibo_release_free_memory(void);

/// 1 when malloc is mimalloc's, as linking the package makes it: memory
/// malloc returns lies in mimalloc's heap.
int chibo_allocator_is_mimalloc(void);

/// The allocator serving malloc, for `--verbose`: `mimalloc 2.0.9`.
const char *chibo_allocator_name(void);

/// Adds `amount` to `*counter` atomically and returns the value before:
/// threads sharing out work items take the next ones this way.
long chibo_atomic_fetch_add(long *counter, long amount);

#endif
