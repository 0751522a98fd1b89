/* Fuzz target: a member CSV as `member import` reads it: csv_parse (either
 * flavour), then every row judged by member_import on a dry run against a
 * small hub, so nothing is written. */
#include <stdlib.h>

#include "fuzz.h"
#include "hubdesk/audit.h"
#include "hubdesk/hub.h"
#include "hubdesk/member-import.h"

static struct hubdesk *csv_hd;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char *err = NULL;

	(void)argc;
	(void)argv;
	fuzz_quiet();
	fuzz_hub_restore();
	if (hubdesk_open("hub.db", false, &csv_hd, &err) != HD_OK ||
	    hubdesk_set_now(csv_hd, "2026-11-23 09:00", &err) != HD_OK)
		abort();
	csv_hd->owner = true;
	hubdesk_act_as(csv_hd, HD_ROLE_ADMIN, NULL);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csv_file csv;
	struct member_import r = { 0 };
	char *err = NULL;

	if (csv_parse((const char *)data, size, &csv, &err) == HD_OK) {
		(void)member_import(csv_hd, &csv, true, &r, &err);
		member_import_free(&r);
		csv_file_free(&csv);
	}
	free(err);
	return 0;
}
