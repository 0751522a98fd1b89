/* Fuzz target: a dump as `rollup` reads it (rollup_parse: the JSON, then
 * every check of the format, version, month, hub and figures), and two
 * copies of what it accepted added up as the roll-up does. */
#include <stdlib.h>

#include "fuzz.h"
#include "hubdesk/rollup.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct rollup_item item;
	static struct rollup_total total;
	struct rollup_seen *seen = rollup_seen_new();
	char label[24], *err = NULL;

	if (rollup_parse("dump.json", (const char *)data, size, &item, &err) == HD_OK) {
		rollup_begin(&total);
		if (rollup_add(&total, &item, &err) != HD_OK || rollup_add(&total, &item, &err) != HD_OK)
			abort(); /* two dumps' counts always fit */
		rollup_end(&total, label);
		if (rollup_seen_add(seen, &item, &err) != HD_OK)
			abort();
		if (rollup_seen_add(seen, &item, &err) == HD_OK)
			abort(); /* the same hub and month twice is refused */
	}
	rollup_seen_free(seen);
	free(err);
	return 0;
}
