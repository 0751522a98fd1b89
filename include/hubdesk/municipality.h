/* Finland's municipalities (db/010_municipalities.sql): a home municipality
 * is kept as its official number, typed in either language and any case,
 * and named to people in theirs. */
#ifndef HUBDESK_MUNICIPALITY_H
#define HUBDESK_MUNICIPALITY_H

#include <stddef.h>

#include "hubdesk/i18n.h"
#include "hubdesk/status.h"

struct municipality {
	int number;
	const char *name_fi, *name_sv, *region_fi, *region_sv;
};

/* The classification, in number order (generated from the migration). */
extern const struct municipality municipalities[];
extern const size_t municipality_count;

#define MUNICIPALITY_UNKNOWN 0   /* NULL in the database */
#define MUNICIPALITY_ABROAD 200  /* a number no municipality has */

/* The municipality with that number, or NULL (abroad and unknown too). */
const struct municipality *municipality_by_number(int number);

/* What machines read (JSON, CSV, dumps, by_municipality): the official
 * Finnish name, "abroad", or "" when unknown. */
const char *municipality_key(int number);

/* What people read in lang: the Swedish name in Swedish, else the Finnish;
 * abroad and unknown in words of lang. */
const char *municipality_name(int number, enum hd_lang lang);

/* municipality_name of a key as municipality_key gives it (a report's or a
 * dump's by_municipality, with its "unknown" and "other"): any other key
 * is returned as it is. */
const char *municipality_name_of(const char *key, enum hd_lang lang);

/* The number of a key as municipality_key gives it; 0 for any other. */
int municipality_number_of(const char *key);

/* The number of typed: a Finnish or Swedish name in any case, one of the
 * aliases listed in municipality.c, or abroad or unknown in English,
 * Finnish or Swedish ("" is unknown too). Otherwise HD_INVALID with *err
 * naming the nearest names. */
enum hd_status municipality_parse(const char *typed, int *number, char **err);

/* Into out (n entries), the numbers whose names are nearest typed: at most
 * n of them, all at the smallest edit distance of the folded names, and
 * only when that is small enough to be a slip. Returns how many. */
size_t municipality_nearest(const char *typed, int *out, size_t n);

#endif
