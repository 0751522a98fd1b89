/* Fuzz target: the config file reader (config.c), the input as the file
 * named by --config, read through config_load as the program does. */
#include <stdio.h>
#include <stdlib.h>

#include "fuzz.h"
#include "hubdesk/config.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_quiet();
	fuzz_scratch();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct config cfg;
	char *err = NULL;
	FILE *f = fopen("config", "wb");

	if (f == NULL || fwrite(data, 1, size, f) != size || fclose(f) != 0)
		abort();
	(void)config_load("config", true, &cfg, &err);
	free(err);
	return 0;
}
