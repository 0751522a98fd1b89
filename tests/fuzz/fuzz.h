/* What every fuzz target shares: libFuzzer's entry points, which
 * tests/fuzz/replay.c calls too when make check replays the corpora
 * without clang, and the input as a NUL-terminated string. */
#ifndef HUBDESK_FUZZ_H
#define HUBDESK_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* A copy of data with a NUL after it (the caller frees): the parsers read
 * C strings, and the copy's exact size lets ASan see a read past its end. */
char *fuzz_string(const uint8_t *data, size_t size);
/* stdout and stderr to /dev/null and stdin from it, as FILE streams only,
 * so that what the program prints costs nothing while the sanitizers'
 * reports (written to descriptor 2) still show. */
void fuzz_quiet(void);
/* A private scratch folder, made once, removed at exit; the process works
 * in it (chdir), so relative paths an input names land there. */
const char *fuzz_scratch(void);
/* In the scratch folder: hub.db, a small hub (fixture.h's: desks D01-D03,
 * room R1, two members), made once by the program itself; each call puts
 * it back as it was made when the last input changed it, and removes every
 * other file there. */
void fuzz_hub_restore(void);

#endif
