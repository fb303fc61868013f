#ifndef CHIBO_SYSTEM_H
#define CHIBO_SYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE), so
/// that a new site replaces the old one with no moment where neither exists.
/// Returns 0 on success, -1 with errno set where the system cannot do it.
int chibo_exchange_paths(const char *first, const char *second);

/// Hands memory the allocator holds free back to the system (glibc
/// malloc_trim), so that what one stage let go is not still counted as the
/// process's memory while the next one grows. Returns 1 if some was.
int chibo_release_free_memory(void);

#endif
