#ifndef CLIBFUZZER_H
#define CLIBFUZZER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's own driver (compiler-rt, linked by -sanitize=fuzzer). SwiftPM
/// renames an executable's `main` to `<module>_main` and points `main` at it,
/// so libFuzzer's `main` is never linked in: each target's main.swift calls
/// this instead, with the process's arguments.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
