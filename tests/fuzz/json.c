/* Fuzz target: the JSON reader alone (json.c), any bytes. */
#include <stdlib.h>

#include "fuzz.h"
#include "hubdesk/json.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *err = NULL;
	struct json *j = json_parse((const char *)data, size, &err);

	json_free(j);
	free(err);
	return 0;
}
