/* CSV written by the result tables: text that a spreadsheet would run as a
 * formula is guarded, numbers are left as they are. */
#include <stdio.h>
#include <stdlib.h>

#include "hubdesk/table.h"
#include "test.h"

TEST(table_csv_guards_formula_text_but_not_numbers)
{
	static const char *const cols[] = { "text", "number", NULL };
	static const char *const bad[] = { "=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(1)",
		"\tx", "\rx" };
	static const char *const want[] = { "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", "\"'+1\"",
		"\"'-2+3\"", "\"'@SUM(1)\"", "\"'\tx\"", "\"'\rx\"" };
	struct table *t = table_new(cols);
	char *buf = NULL, line[128];
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		table_row(t);
		table_str(t, bad[i]);
		table_int(t, -5);
	}
	table_row(t);
	table_str(t, "Aino, Oy");
	table_int(t, 7);
	table_print(t, TABLE_CSV, f);
	fclose(f);
	table_free(t);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		snprintf(line, sizeof line, "\r\n%s,-5\r\n", want[i]);
		CHECK(strstr(buf, line) != NULL);
	}
	CHECK(strstr(buf, "\r\n\"Aino, Oy\",7\r\n") != NULL);
	free(buf);
}
