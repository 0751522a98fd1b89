/* CSV read back in either flavour (see csv.h): what member import takes. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/csv.h"
#include "hubdesk/i18n.h"
#include "hubdesk/xmalloc.h"

/* The separator: the first line's, semicolons and commas counted outside
 * quotes. */
static char
csv_read_sep(const char *p, const char *end)
{
	size_t semi = 0, comma = 0;
	bool quoted = false;

	for (; p < end && (quoted || (*p != '\n' && *p != '\r')); p++) {
		if (*p == '"')
			quoted = !quoted;
		else if (!quoted && *p == ';')
			semi++;
		else if (!quoted && *p == ',')
			comma++;
	}
	return semi > comma ? ';' : ',';
}

struct csv_buf {
	char *s;
	size_t len, cap;
};

static void
csv_read_put(struct csv_buf *b, char c)
{
	if (b->len + 1 >= b->cap) {
		b->cap = b->cap == 0 ? 64 : b->cap * 2;
		b->s = xreallocarray(b->s, b->cap, 1);
	}
	b->s[b->len++] = c;
	b->s[b->len] = '\0';
}

static void
csv_read_push(struct csv_record *r, size_t *cap, struct csv_buf *b)
{
	if (r->n == *cap) {
		*cap = *cap == 0 ? 8 : *cap * 2;
		r->fields = xreallocarray(r->fields, *cap, sizeof *r->fields);
	}
	r->fields[r->n++] = b->s != NULL ? b->s : xstrdup("");
	memset(b, 0, sizeof *b);
}

/* One field from *pp, into b; *line counts the newlines inside quotes.
 * False when a quote is left open. */
static bool
csv_read_field(const char **pp, const char *end, char sep, long *line, struct csv_buf *b)
{
	const char *p = *pp;

	/* ="…" is how csv-fi keeps a number-like text a text. */
	if (p + 1 < end && p[0] == '=' && p[1] == '"')
		p++;
	if (p < end && *p == '"') {
		for (p++;; p++) {
			if (p == end)
				return false;
			if (*p == '"' && p + 1 < end && p[1] == '"')
				p++;
			else if (*p == '"')
				break;
			if (*p == '\n')
				(*line)++;
			csv_read_put(b, *p);
		}
		p++;
	}
	/* Whatever follows a closing quote up to the separator is kept, as
	 * spreadsheets do. */
	for (; p < end && *p != sep && *p != '\n' && *p != '\r'; p++)
		csv_read_put(b, *p);
	*pp = p;
	return true;
}

enum hd_status
csv_parse(const char *text, size_t len, struct csv_file *out, char **err)
{
	const char *p = text, *end = text + len;
	size_t cap = 0;
	long line = 1;

	memset(out, 0, sizeof *out);
	if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	out->sep = csv_read_sep(p, end);
	while (p < end) {
		struct csv_record r = { line, NULL, 0 };
		size_t fcap = 0;
		struct csv_buf b = { 0 };

		for (;;) {
			if (!csv_read_field(&p, end, out->sep, &line, &b)) {
				csv_read_push(&r, &fcap, &b);
				for (size_t i = 0; i < r.n; i++)
					free(r.fields[i]);
				free(r.fields);
				csv_file_free(out);
				return hd_fail(err, HD_INVALID, _("line %ld: a quote opened here is never "
				    "closed; close it with \""), r.line);
			}
			csv_read_push(&r, &fcap, &b);
			if (p < end && *p == out->sep) {
				p++;
				continue;
			}
			break;
		}
		if (p < end && *p == '\r')
			p++;
		if (p < end && *p == '\n')
			p++;
		line++;
		if (out->n == cap) {
			cap = cap == 0 ? 64 : cap * 2;
			out->rec = xreallocarray(out->rec, cap, sizeof *out->rec);
		}
		out->rec[out->n++] = r;
	}
	return HD_OK;
}

void
csv_file_free(struct csv_file *f)
{
	for (size_t i = 0; i < f->n; i++) {
		for (size_t j = 0; j < f->rec[i].n; j++)
			free(f->rec[i].fields[j]);
		free(f->rec[i].fields);
	}
	free(f->rec);
	memset(f, 0, sizeof *f);
}
