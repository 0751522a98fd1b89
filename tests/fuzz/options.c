/* ASan's defaults for the libFuzzer targets only (linked into
 * build/fuzz/bin/NAME, not into the replay binaries make check builds):
 * an input's allocations are not filled with 0xbe (max_malloc_fill_size=0;
 * SQLite's 4 KiB pages cost a memset each), and freed memory waits in a
 * 16 MiB quarantine instead of 256 MiB, which kept every input touching
 * fresh pages. A use after free is still caught while the freed block is
 * in the quarantine, which holds far more than one input frees.
 * ASAN_OPTIONS in the environment still overrides these. */
#include "fuzz.h"

const char *__asan_default_options(void);

const char *
__asan_default_options(void)
{
	return "max_malloc_fill_size=0:quarantine_size_mb=16";
}
