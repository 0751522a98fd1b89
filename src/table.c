/* Result tables in three formats (see table.h). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/csv.h"
#include "hubdesk/i18n.h"
#include "hubdesk/table.h"
#include "hubdesk/text.h"
#include "hubdesk/xmalloc.h"

struct cell {
	char *text;  /* NULL: null */
	bool number;
};

struct table {
	char **columns;
	size_t ncols;
	struct cell *cells; /* row-major */
	size_t ncells, cap;
	char *empty;
};

struct table *
table_new(const char *const *columns)
{
	struct table *t = xcalloc(1, sizeof *t);

	while (columns[t->ncols] != NULL)
		t->ncols++;
	t->columns = xcalloc(t->ncols, sizeof *t->columns);
	for (size_t i = 0; i < t->ncols; i++)
		t->columns[i] = xstrdup(columns[i]);
	return t;
}

void
table_free(struct table *t)
{
	if (t == NULL)
		return;
	for (size_t i = 0; i < t->ncols; i++)
		free(t->columns[i]);
	for (size_t i = 0; i < t->ncells; i++)
		free(t->cells[i].text);
	free(t->columns);
	free(t->cells);
	free(t->empty);
	free(t);
}

void
table_set_empty(struct table *t, const char *message)
{
	free(t->empty);
	t->empty = xstrdup(message);
}

void
table_row(struct table *t)
{
	/* Pad an unfinished row so rows never shift. */
	while (t->ncells % t->ncols != 0)
		table_null(t);
}

static void
add_cell(struct table *t, char *text, bool number)
{
	if (t->ncells == t->cap) {
		t->cap = t->cap == 0 ? 64 : t->cap * 2;
		t->cells = xreallocarray(t->cells, t->cap, sizeof *t->cells);
	}
	t->cells[t->ncells].text = text;
	t->cells[t->ncells].number = number;
	t->ncells++;
}

void
table_str(struct table *t, const char *s)
{
	add_cell(t, s != NULL && *s != '\0' ? xstrdup(s) : NULL, false);
}

void
table_int(struct table *t, long long v)
{
	add_cell(t, xasprintf("%lld", v), true);
}

void
table_null(struct table *t)
{
	add_cell(t, NULL, false);
}

int
table_parse_format(const char *s, enum table_format *f)
{
	if (strcmp(s, "text") == 0)
		*f = TABLE_TEXT;
	else if (strcmp(s, "csv") == 0)
		*f = TABLE_CSV;
	else if (strcmp(s, "csv-fi") == 0)
		*f = TABLE_CSV_FI;
	else if (strcmp(s, "json") == 0)
		*f = TABLE_JSON;
	else
		return -1;
	return 0;
}

void
table_json_string(FILE *out, const char *s)
{
	fputc('"', out);
	for (const unsigned char *p = (const unsigned char *)s; *p != '\0'; p++) {
		switch (*p) {
		case '"': fputs("\\\"", out); break;
		case '\\': fputs("\\\\", out); break;
		case '\n': fputs("\\n", out); break;
		case '\r': fputs("\\r", out); break;
		case '\t': fputs("\\t", out); break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				fprintf(out, "\\u%04x", *p);
			else
				fputc(*p, out);
		}
	}
	fputc('"', out);
}

static void
print_json(const struct table *t, FILE *out)
{
	size_t rows = t->ncells / t->ncols;

	fputc('[', out);
	for (size_t r = 0; r < rows; r++) {
		fputs(r == 0 ? "\n  {" : ",\n  {", out);
		for (size_t c = 0; c < t->ncols; c++) {
			const struct cell *cell = &t->cells[r * t->ncols + c];
			if (c > 0)
				fputs(", ", out);
			table_json_string(out, t->columns[c]);
			fputs(": ", out);
			if (cell->text == NULL)
				fputs("null", out);
			else if (cell->number)
				fputs(cell->text, out);
			else
				table_json_string(out, cell->text);
		}
		fputc('}', out);
	}
	fputs(rows > 0 ? "\n]\n" : "]\n", out);
}

void
table_csv_field(FILE *out, const char *s, bool text)
{
	csv_field(out, s, text, CSV_RFC);
}

static void
print_csv(const struct table *t, enum csv_flavour flavour, FILE *out)
{
	struct csv_out w;

	csv_begin(&w, out, flavour);
	for (size_t c = 0; c < t->ncols; c++)
		csv_head(&w, t->columns[c]);
	csv_end_row(&w);
	for (size_t i = 0; i < t->ncells; i++) {
		if (t->cells[i].number)
			csv_number(&w, t->cells[i].text);
		else
			csv_text(&w, t->cells[i].text);
		if ((i + 1) % t->ncols == 0)
			csv_end_row(&w);
	}
}

static void
pad(FILE *out, int n)
{
	while (n-- > 0)
		fputc(' ', out);
}

static void
print_text(const struct table *t, FILE *out)
{
	size_t rows = t->ncells / t->ncols;
	int *width;

	if (rows == 0) {
		if (t->empty != NULL)
			fprintf(out, "%s\n", t->empty);
		return;
	}
	width = xcalloc(t->ncols, sizeof *width);
	for (size_t c = 0; c < t->ncols; c++)
		width[c] = text_width(_(t->columns[c]));
	for (size_t i = 0; i < t->ncells; i++) {
		int w = text_width(t->cells[i].text != NULL ? t->cells[i].text : "-");
		if (w > width[i % t->ncols])
			width[i % t->ncols] = w;
	}
	for (size_t c = 0; c < t->ncols; c++) {
		const char *head = _(t->columns[c]);
		fputs(head, out);
		if (c + 1 < t->ncols)
			pad(out, width[c] - text_width(head) + 2);
	}
	fputc('\n', out);
	for (size_t i = 0; i < t->ncells; i++) {
		const char *s = t->cells[i].text != NULL ? t->cells[i].text : "-";
		size_t c = i % t->ncols;
		if (t->cells[i].number && c + 1 < t->ncols) {
			pad(out, width[c] - text_width(s));
			fputs(s, out);
			pad(out, 2);
		} else {
			fputs(s, out);
			if (c + 1 < t->ncols)
				pad(out, width[c] - text_width(s) + 2);
		}
		if (c + 1 == t->ncols)
			fputc('\n', out);
	}
	free(width);
}

void
table_print(const struct table *t, enum table_format f, FILE *out)
{
	switch (f) {
	case TABLE_TEXT: print_text(t, out); break;
	case TABLE_CSV: print_csv(t, CSV_RFC, out); break;
	case TABLE_CSV_FI: print_csv(t, CSV_FI, out); break;
	case TABLE_JSON: print_json(t, out); break;
	}
}
