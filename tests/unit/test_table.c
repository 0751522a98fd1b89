/* CSV written by the result tables: text that a spreadsheet would run as a
 * formula is guarded, numbers are left as they are. */
#include <stdio.h>
#include <stdlib.h>

#include "hubdesk/csv.h"
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

/* csv-fi: a BOM, semicolons, number-like texts as ="…", formula-like ones
 * still guarded, numbers with a decimal comma. */
TEST(table_csv_fi_keeps_codes_text_and_writes_decimal_commas)
{
	static const char *const cols[] = { "code", "organisation", "n", NULL };
	struct table *t = table_new(cols);
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct csv_out w;

	table_row(t);
	table_str(t, "9E7");
	table_str(t, "=cmd");
	table_int(t, -5);
	table_row(t);
	table_str(t, "00123");
	table_str(t, "Oy; Ab");
	table_int(t, 7);
	table_row(t);
	table_str(t, "TRUE");
	table_str(t, "Áilu");
	table_null(t);
	table_print(t, TABLE_CSV_FI, f);
	csv_begin(&w, f, CSV_FI);
	csv_number(&w, "0.2500");
	csv_text(&w, "24.11.2026");
	csv_end_row(&w);
	fclose(f);
	table_free(t);
	CHECK(strcmp(buf, "\xef\xbb\xbf" "code;organisation;n\r\n=\"9E7\";\"'=cmd\";-5\r\n"
	    "=\"00123\";\"Oy; Ab\";7\r\n=\"TRUE\";Áilu;\r\n"
	    "\xef\xbb\xbf" "0,2500;=\"24.11.2026\"\r\n") == 0);
	free(buf);
}

/* Either flavour read back: BOM, separator, quotes over lines, ="…". */
TEST(csv_parse_reads_both_flavours)
{
	static const char fi[] = "\xef\xbb\xbfnimi;koodi\r\n\"A;\nB\";=\"9E7\"\r\nC;\"x\"\"y\"\r\n";
	static const char rfc[] = "name,code\nA,1\n";
	struct csv_file c;
	char *err = NULL;

	CHECK(csv_parse(fi, sizeof fi - 1, &c, &err) == HD_OK);
	CHECK(c.sep == ';' && c.n == 3);
	CHECK(strcmp(c.rec[0].fields[0], "nimi") == 0);
	CHECK(strcmp(c.rec[1].fields[0], "A;\nB") == 0 && strcmp(c.rec[1].fields[1], "9E7") == 0);
	CHECK(c.rec[2].line == 4 && strcmp(c.rec[2].fields[1], "x\"y") == 0);
	csv_file_free(&c);
	CHECK(csv_parse(rfc, sizeof rfc - 1, &c, &err) == HD_OK);
	CHECK(c.sep == ',' && c.n == 2 && c.rec[1].n == 2);
	csv_file_free(&c);
	CHECK(csv_parse("a\n\"b\n", 5, &c, &err) == HD_INVALID);
	CHECK(strstr(err, "line 2") != NULL);
	free(err);
}
