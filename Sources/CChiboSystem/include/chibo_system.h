#ifndef CHIBO_SYSTEM_H
#define CHIBO_SYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE), so
/// that a new site replaces the old one with no moment where neither exists.
/// Returns 0 on success, -1 with errno set where the system cannot do it.
int chibo_exchange_paths(const char *first, const char *second);

#endif
