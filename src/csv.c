/* CSV written in either flavour (see csv.h). */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "hubdesk/csv.h"
#include "hubdesk/i18n.h"
#include "hubdesk/text.h"

/* A spreadsheet runs a cell starting with one of these as a formula (tab
 * and carriage return too, since some strip them first). */
static bool
csv_formula_like(const char *s)
{
	return s[0] != '\0' && strchr("=+-@\t\r", s[0]) != NULL;
}

/* Characters beyond ASCII that a Finnish spreadsheet reads inside numbers:
 * the euro sign, the no-break spaces between thousands, the minus sign. */
static size_t
csv_number_mark(const char *s)
{
	static const char *const marks[] = { "\u20ac", "\u00a0", "\u202f", "\u2212" };

	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
		if (strncmp(s, marks[i], strlen(marks[i])) == 0)
			return strlen(marks[i]);
	}
	return 0;
}

/* True when a spreadsheet could read the text s as something else: a
 * number (9E7, 00123, 1,5), a date or time (24.11.2026, 2026-11-24T09:00Z,
 * 12:30), a fraction, a percentage, money, or a truth value. The test is
 * wider than what LibreOffice converts with its defaults, since a guard
 * nobody sees costs nothing and the settings differ between readers. */
static bool
csv_number_like(const char *s)
{
	static const char *const truth[] = { "true", "false", "tosi", "epätosi", "sant", "falskt" };
	bool digit = false;

	for (size_t i = 0; i < sizeof truth / sizeof truth[0]; i++) {
		if (text_same_folded(s, truth[i]))
			return true;
	}
	while (*s != '\0') {
		size_t n = csv_number_mark(s);
		if (n > 0) {
			s += n;
			continue;
		}
		if (*s >= '0' && *s <= '9')
			digit = true;
		else if (strchr(".,:/-+ eEtTzZ%$()", *s) == NULL)
			return false;
		s++;
	}
	return digit;
}

void
csv_field(FILE *f, const char *s, bool text, enum csv_flavour flavour)
{
	bool guard = text && csv_formula_like(s);

	/* Only number-like characters get here, so the formula's string
	 * needs no quotes doubled and the cell no CSV quoting. */
	if (flavour == CSV_FI && text && !guard && csv_number_like(s)) {
		fprintf(f, "=\"%s\"", s);
		return;
	}
	if (!guard && strpbrk(s, flavour == CSV_FI ? ";\"\r\n" : ",\"\r\n") == NULL) {
		fputs(s, f);
		return;
	}
	fputc('"', f);
	if (guard)
		fputc('\'', f);
	for (; *s != '\0'; s++) {
		if (*s == '"')
			fputc('"', f);
		fputc(*s, f);
	}
	fputc('"', f);
}

void
csv_begin(struct csv_out *w, FILE *f, enum csv_flavour flavour)
{
	w->f = f;
	w->flavour = flavour;
	w->mid = false;
	/* Without the BOM a spreadsheet reads UTF-8 as the system's code page. */
	if (flavour == CSV_FI)
		fputs("\xef\xbb\xbf", f);
}

static void
csv_next(struct csv_out *w)
{
	if (w->mid)
		fputc(w->flavour == CSV_FI ? ';' : ',', w->f);
	w->mid = true;
}

void
csv_head(struct csv_out *w, const char *msgid)
{
	csv_next(w);
	csv_field(w->f, w->flavour == CSV_FI ? _(msgid) : msgid, true, w->flavour);
}

void
csv_text(struct csv_out *w, const char *s)
{
	csv_next(w);
	if (s != NULL)
		csv_field(w->f, s, true, w->flavour);
}

void
csv_number(struct csv_out *w, const char *s)
{
	csv_next(w);
	for (; w->flavour == CSV_FI && *s != '\0'; s++)
		fputc(*s == '.' ? ',' : *s, w->f);
	if (w->flavour == CSV_RFC)
		fputs(s, w->f);
}

void
csv_end_row(struct csv_out *w)
{
	fputs("\r\n", w->f);
	w->mid = false;
}
