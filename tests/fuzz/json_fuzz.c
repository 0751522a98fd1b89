/* libFuzzer target for the JSON reader (make fuzz, with clang). The corpus
 * beside it, tests/fuzz/json/, is also replayed by the unit tests. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "hubdesk/json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *err = NULL;
	struct json *j = json_parse((const char *)data, size, &err);

	json_free(j);
	free(err);
	return 0;
}
