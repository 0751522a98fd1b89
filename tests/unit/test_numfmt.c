/* Numbers for machines keep their decimal point in a locale that writes a
 * comma (fi_FI.UTF-8), both written and read back. */
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "hubdesk/json.h"
#include "hubdesk/numfmt.h"
#include "test.h"

/* Switches the process to Finnish, as main() does on a Finnish machine;
 * false, with the reason printed, where the locale is not installed. Each
 * test runs in a child process of its own, so the switch ends with it. */
static bool
in_finnish(void)
{
	char buf[16];

	if (setlocale(LC_ALL, "fi_FI.UTF-8") == NULL) {
		printf("    skip: fi_FI.UTF-8 is not installed (.ci/run generates it)\n");
		return false;
	}
	/* The locale is in force: plain printf writes the comma. */
	snprintf(buf, sizeof buf, "%.1f", 0.5);
	CHECK_STR(buf, "0,5");
	return true;
}

TEST(numfmt_writes_a_decimal_point_in_finnish)
{
	char buf[NUMFMT_MAX], *text = NULL;
	size_t len = 0;
	FILE *f;

	if (!in_finnish())
		return;
	CHECK_STR(numfmt_fixed(buf, 0.223, 4, true), "0.223");
	CHECK_STR(numfmt_fixed(buf, 0.2230, 4, false), "0.2230");
	CHECK_STR(numfmt_fixed(buf, 4752, 4, true), "4752");
	CHECK_STR(numfmt_fixed(buf, 4752, 4, false), "4752.0000");
	CHECK_STR(numfmt_fixed(buf, 225.41666, 4, true), "225.4167");
	CHECK_STR(numfmt_fixed(buf, 1200, 0, true), "1200");
	CHECK_STR(numfmt_fixed(buf, -0.00001, 4, true), "0");
	CHECK_STR(numfmt_fixed(buf, -0.00001, 2, false), "0.00");
	CHECK_STR(numfmt_fixed(buf, -2.5, 1, true), "-2.5");
	CHECK_STR(numfmt_fixed(buf, NAN, 4, true), "0");
	CHECK_STR(numfmt_fixed(buf, -INFINITY, 2, false), "0.00");
	numfmt_snprintf(buf, sizeof buf, "%.2f|%.1f%%|%g", 0.23, 22.96, 0.5);
	CHECK_STR(buf, "0.23|23.0%|0.5");
	f = open_memstream(&text, &len);
	REQUIRE(f != NULL);
	numfmt_fprintf(f, "fill-opacity=\"%.2f\" %d", 0.2349, 7);
	fclose(f);
	CHECK_STR(text, "fill-opacity=\"0.23\" 7");
	free(text);
	/* and the process's own locale is left as it was */
	snprintf(buf, sizeof buf, "%.1f", 0.5);
	CHECK_STR(buf, "0,5");
}

TEST(numfmt_reads_a_decimal_point_in_finnish)
{
	const char *s = "{\"occupied_desk_hours\": 225.4167, \"rate\": 2.5e-1}";
	char *end, *err = NULL;
	struct json *j;

	if (!in_finnish())
		return;
	CHECK(numfmt_strtod("225.4167", &end) == 225.4167);
	CHECK(*end == '\0');
	/* A comma is not a decimal separator in what machines write. */
	CHECK(numfmt_strtod("1,5", &end) == 1);
	CHECK(*end == ',');
	j = json_parse(s, strlen(s), &err);
	REQUIRE(j != NULL);
	CHECK(json_number(j, "occupied_desk_hours", -1) == 225.4167);
	CHECK(json_number(j, "rate", -1) == 0.25);
	json_free(j);
	CHECK(strtod("0,5", NULL) == 0.5);
}
