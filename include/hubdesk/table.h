/* Tables of results printed as aligned text, CSV (RFC 4180), csv-fi (for a
 * spreadsheet set to Finnish: csv.h) or JSON (an array of objects): every
 * list command goes through here, so the formats always agree. Column
 * names are msgids (marked with N_ by the caller): text and csv-fi show
 * them in the current language, csv and JSON as they are. */
#ifndef HUBDESK_TABLE_H
#define HUBDESK_TABLE_H

#include <stdbool.h>
#include <stdio.h>

enum table_format { TABLE_TEXT, TABLE_CSV, TABLE_CSV_FI, TABLE_JSON };

struct table;

/* columns: NULL-terminated names, copied. Free with table_free. */
struct table *table_new(const char *const *columns);
void table_free(struct table *t);
/* What text output says instead of an empty table; copied. */
void table_set_empty(struct table *t, const char *message);
/* Starts a row; the cells follow in column order. */
void table_row(struct table *t);
void table_str(struct table *t, const char *s); /* NULL or "" is null in JSON */
void table_int(struct table *t, long long v);
void table_null(struct table *t);
void table_print(const struct table *t, enum table_format f, FILE *out);

/* Parses "text", "csv", "csv-fi" or "json"; -1 otherwise. */
int table_parse_format(const char *s, enum table_format *f);

/* Writes s as one CSV field (RFC 4180), quoted when it must be. A text
 * (not a number) starting with =, +, -, @, tab or carriage return gets an
 * apostrophe first, so that no spreadsheet runs it as a formula. Every CSV
 * hubdesk writes goes through here or through csv_field, which it calls. */
void table_csv_field(FILE *out, const char *s, bool text);

/* Writes s as a JSON string literal with its quotes. */
void table_json_string(FILE *out, const char *s);

#endif
