/* CSV in two flavours, written and read.
 *   csv     RFC 4180: ',', a decimal point, no BOM, CRLF; for programs, the
 *           same in every language and locale.
 *   csv-fi  for a spreadsheet set to Finnish or Swedish: ';', a decimal
 *           comma, UTF-8 with a BOM, CRLF; its header words in the current
 *           language. The same rows, columns and values as csv.
 * A text that could run as a formula (starting with =, +, -, @, tab or
 * carriage return) gets an apostrophe in both flavours; in csv-fi a text
 * that a spreadsheet would read as a number, a date, a time or a truth
 * value (9E7, 00123, 1/2, 2026-11-24, TRUE) is written as ="…", a formula
 * that gives back the text exactly as stored and shows no guard. */
#ifndef HUBDESK_CSV_H
#define HUBDESK_CSV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "hubdesk/status.h"

enum csv_flavour { CSV_RFC, CSV_FI };

/* A CSV being written a cell at a time. */
struct csv_out {
	FILE *f;
	enum csv_flavour flavour;
	bool mid; /* a cell of the row is written: the next needs a separator */
};

/* Starts a file (the BOM of csv-fi). */
void csv_begin(struct csv_out *w, FILE *f, enum csv_flavour flavour);
/* A header word: msgid, translated in csv-fi. */
void csv_head(struct csv_out *w, const char *msgid);
/* A text cell; NULL or "" is an empty one. */
void csv_text(struct csv_out *w, const char *s);
/* A number written with a decimal point ("0.2500", "-3"): a comma in csv-fi. */
void csv_number(struct csv_out *w, const char *s);
/* Ends the row with CRLF. */
void csv_end_row(struct csv_out *w);

/* Writes s as one field of the flavour: text (not a number) guarded as
 * above, quoted when it must be. */
void csv_field(FILE *f, const char *s, bool text, enum csv_flavour flavour);

/* A CSV read back, either flavour: a UTF-8 BOM skipped; ';' when the first
 * line has more semicolons than commas outside quotes, else ','; CRLF or
 * LF; "…" with "" inside; a ="…" cell is the text in its quotes. */
struct csv_record {
	long line;     /* the line the record starts on, from 1 */
	char **fields; /* n fields, each owned */
	size_t n;
};
struct csv_file {
	struct csv_record *rec;
	size_t n;
	char sep;
};

/* Parses len bytes of text into *out (csv_file_free frees it). A quote
 * left open is HD_INVALID with *err naming the line it opened on. */
enum hd_status csv_parse(const char *text, size_t len, struct csv_file *out, char **err);
void csv_file_free(struct csv_file *f);

#endif
