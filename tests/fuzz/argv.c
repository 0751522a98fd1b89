/* Fuzz target: a whole command line. The input is NUL-separated words run
 * through cli_main, the program's own entry, after "--db=hub.db --now=…"
 * (which the words may override), against a small hub in a scratch folder
 * made once and put back after each input that changed it. What the
 * program prints goes to /dev/null. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "hubdesk/cli.h"

#define ARGV_MAX_WORDS 24

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_quiet();
	fuzz_hub_restore();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *words = fuzz_string(data, size), *argv[ARGV_MAX_WORDS + 4];
	int argc = 0;
	size_t i = 0;

	argv[argc++] = (char *)"hubdesk";
	argv[argc++] = (char *)"--db=hub.db";
	argv[argc++] = (char *)"--now=2026-11-23 10:00";
	while (i < size && argc < ARGV_MAX_WORDS + 3) {
		char *w = words + i;
		i += strlen(w) + 1;
		/* Only the scratch folder: no path elsewhere, no file of the
		 * machine's read or written. A demo simulates months (seconds an
		 * input); the terminal UI needs a terminal (stdin is /dev/null, so
		 * a command line without a command prints the status). */
		if (strchr(w, '/') != NULL || strcmp(w, "demo") == 0 || strcmp(w, "..") == 0)
			goto out;
		argv[argc++] = w;
	}
	argv[argc] = NULL;
	fuzz_hub_restore();
	(void)cli_main(argc, argv);
out:
	free(words);
	return 0;
}
