/* Fuzz target: a dump as `rollup` reads it (rollup_parse: the JSON, then
 * every check of the format, version, month, hub and figures), and two
 * copies of what it accepted added up as the roll-up does. */
#include <stdlib.h>

#include "fuzz.h"
#include "hubdesk/rollup.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rollup_item items[2];
	struct stats_month total;
	char label[24], *err = NULL;

	if (rollup_parse("dump.json", (const char *)data, size, &items[0], &err) == HD_OK) {
		items[1] = items[0];
		rollup_total(items, 2, &total, label);
		if (rollup_check(items, 2, &err) == HD_OK)
			abort(); /* the same hub and month twice is refused */
	}
	free(err);
	return 0;
}
