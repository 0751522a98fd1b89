/* member import: members from a spreadsheet, all or none (member-import.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/i18n.h"
#include "hubdesk/member-import.h"
#include "hubdesk/text.h"
#include "hubdesk/xmalloc.h"
#include "domain.h"

enum import_col { COL_NAME, COL_EMAIL, COL_MUNICIPALITY, COL_ORGANISATION, COL_CATEGORY,
	COL_SKIPPED, COL_COUNT };

/* What each column may be called, English first. */
static const char *const import_names[COL_COUNT][8] = {
	[COL_NAME] = { "name", "nimi", "namn", NULL },
	[COL_EMAIL] = { "email", "e-mail", "sähköposti", "e-post", "epost", NULL },
	[COL_MUNICIPALITY] = { "municipality", "kotikunta", "kunta", "hemkommun", "kommun", NULL },
	[COL_ORGANISATION] = { "organisation", "organization", "organisaatio", NULL },
	[COL_CATEGORY] = { "category", "ryhmä", "luokka", "kategoria", "kategori", "grupp", NULL },
	/* What `member list` adds and a new member gets anew: a list of one
	 * hub imports into another. */
	[COL_SKIPPED] = { "code", "uuid", "created", "left", "municipality_number", "koodi", "kod",
	    NULL },
};

#define IMPORT_COLUMNS "name, email, municipality, organisation, category"

static int
import_column(const char *head)
{
	char clean[HD_TEXT];

	text_squeeze(head, clean);
	for (int c = 0; c < COL_COUNT; c++) {
		for (int i = 0; import_names[c][i] != NULL; i++) {
			if (text_same_folded(clean, import_names[c][i]))
				return c;
		}
	}
	return -1;
}

/* map[i]: the column of the header's field i, or -1 for a field with no
 * header (a spreadsheet's empty columns). */
static enum hd_status
import_header(const struct csv_record *h, int *map, char **err)
{
	bool seen[COL_COUNT] = { false };
	char safe[TEXT_SAFE];

	for (size_t i = 0; i < h->n; i++) {
		char clean[HD_TEXT];
		text_squeeze(h->fields[i], clean);
		map[i] = -1;
		if (clean[0] == '\0')
			continue;
		if ((map[i] = import_column(clean)) < 0)
			return hd_fail(err, HD_INVALID, _("line %ld: '%s' is not a column member import "
			    "knows; name the columns %s, in English, Finnish or Swedish"), h->line,
			    text_safe(clean, safe), IMPORT_COLUMNS);
		if (map[i] == COL_SKIPPED)
			continue;
		if (seen[map[i]])
			return hd_fail(err, HD_INVALID, _("line %ld: the column '%s' is there twice; "
			    "leave one out"), h->line, text_safe(clean, safe));
		seen[map[i]] = true;
	}
	if (!seen[COL_NAME])
		return hd_fail(err, HD_INVALID, _("line %ld: no column of names; the first line names "
		    "the columns %s"), h->line, IMPORT_COLUMNS);
	return HD_OK;
}

static void
import_error(struct member_import *r, long line, char *message)
{
	r->errors = xreallocarray(r->errors, r->nerrors + 1, sizeof *r->errors);
	r->errors[r->nerrors].line = line;
	r->errors[r->nerrors].message = message;
	r->nerrors++;
}

/* A member's name and email as `member add` compares them (ASCII case
 * aside, as the store's NOCASE), with the line they are on; 0 for a
 * member already in the hub. */
struct import_key {
	char *key;
	long line;
	const char *code;
};

static int
import_key_cmp(const void *a, const void *b)
{
	const struct import_key *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	return c != 0 ? c : (x->line > y->line) - (x->line < y->line);
}

static char *
import_key_of(const char *name, const char *email)
{
	char n[HD_TEXT], e[HD_TEXT], un[HD_TEXT], ue[HD_TEXT];

	text_squeeze(name, n);
	text_squeeze(email, e);
	text_upper_ascii(n, un, sizeof un);
	text_upper_ascii(e, ue, sizeof ue);
	return xasprintf("%s\x1f%s", un, ue);
}

static const char *
import_field(const struct csv_record *rec, const int *map, size_t nmap, int col)
{
	for (size_t i = 0; i < rec->n && i < nmap; i++) {
		if (map[i] == col && rec->fields[i][0] != '\0')
			return rec->fields[i];
	}
	return NULL;
}

/* Rows that repeat another row's name and email, or a member's (only when
 * an email is given, as `member add` warns). Sorting keeps it fast for a
 * file of thousands. */
static enum hd_status
import_duplicates(struct hubdesk *hd, const struct csv_file *csv, const int *map, size_t nmap,
    struct member_import *r, char **err)
{
	struct member *have;
	struct import_key *k;
	size_t nhave, nk = 0;
	enum hd_status rc;

	if ((rc = member_list(hd, true, &have, &nhave, err)) != HD_OK)
		return rc;
	k = xcalloc(nhave + csv->n + 1, sizeof *k);
	for (size_t i = 0; i < nhave; i++) {
		if (have[i].email[0] != '\0' && have[i].erased_at == 0)
			k[nk++] = (struct import_key){ import_key_of(have[i].name, have[i].email), 0,
				have[i].code };
	}
	for (size_t i = 1; i < csv->n; i++) {
		const char *name = import_field(&csv->rec[i], map, nmap, COL_NAME);
		const char *email = import_field(&csv->rec[i], map, nmap, COL_EMAIL);
		if (name != NULL && email != NULL)
			k[nk++] = (struct import_key){ import_key_of(name, email), csv->rec[i].line, NULL };
	}
	qsort(k, nk, sizeof *k, import_key_cmp);
	for (size_t i = 1, first = 0; i < nk; i++) {
		if (strcmp(k[i].key, k[first].key) != 0) {
			first = i;
			continue;
		}
		/* Two members of the hub alike already (member add only warns):
		 * not the file's doing. */
		if (k[i].line == 0)
			continue;
		if (k[first].line == 0)
			import_error(r, k[i].line, xasprintf(_("a member with this name and email "
			    "already exists (code %s); leave the row out, or add them again with "
			    "'hubdesk member add'"), k[first].code));
		else
			import_error(r, k[i].line, xasprintf(_("the same name and email as line %ld; "
			    "leave one of them out"), k[first].line));
	}
	for (size_t i = 0; i < nk; i++)
		free(k[i].key);
	free(k);
	free(have);
	return HD_OK;
}

static bool
import_blank(const struct csv_record *rec)
{
	for (size_t i = 0; i < rec->n; i++) {
		char clean[HD_TEXT];
		text_squeeze(rec->fields[i], clean);
		if (clean[0] != '\0')
			return false;
	}
	return true;
}

/* Fields past the header's with something in them; empty ones are a
 * spreadsheet's habit. */
static bool
import_overflow(const struct csv_record *rec, size_t nmap)
{
	for (size_t i = nmap; i < rec->n; i++) {
		if (rec->fields[i][0] != '\0')
			return true;
	}
	return false;
}

static int
import_error_cmp(const void *a, const void *b)
{
	const struct import_error *x = a, *y = b;

	return (x->line > y->line) - (x->line < y->line);
}

/* Each row through member_add, inside the caller's transaction. */
static enum hd_status
import_rows(struct hubdesk *hd, const struct csv_file *csv, const int *map, size_t nmap,
    struct member_import *r, char **err)
{
	r->added = xcalloc(csv->n, sizeof *r->added);
	for (size_t i = 1; i < csv->n; i++) {
		const struct csv_record *rec = &csv->rec[i];
		struct member_new n;
		char *why = NULL;
		enum hd_status rc;

		if (import_blank(rec))
			continue;
		r->nrows++;
		if (import_overflow(rec, nmap)) {
			import_error(r, rec->line, xasprintf(ngettext("%zu fields, but the first line "
			    "names %zu column", "%zu fields, but the first line names %zu columns", nmap),
			    rec->n, nmap));
			continue;
		}
		n.name = import_field(rec, map, nmap, COL_NAME);
		n.email = import_field(rec, map, nmap, COL_EMAIL);
		n.municipality = import_field(rec, map, nmap, COL_MUNICIPALITY);
		n.organisation = import_field(rec, map, nmap, COL_ORGANISATION);
		n.category = import_field(rec, map, nmap, COL_CATEGORY);
		rc = member_add(hd, &n, &r->added[r->nadded], &why);
		if (rc == HD_STORE) {
			free(why);
			return domain_store_fail(hd, err);
		}
		if (rc != HD_OK)
			import_error(r, rec->line, why);
		else
			r->nadded++;
	}
	return HD_OK;
}

enum hd_status
member_import(struct hubdesk *hd, const struct csv_file *csv, bool dry_run,
    struct member_import *out, char **err)
{
	int *map;
	enum hd_status rc;

	memset(out, 0, sizeof *out);
	if (csv->n == 0)
		return hd_fail(err, HD_INVALID, _("the file is empty; its first line names the "
		    "columns %s"), IMPORT_COLUMNS);
	map = xcalloc(csv->rec[0].n, sizeof *map);
	if ((rc = import_header(&csv->rec[0], map, err)) != HD_OK ||
	    (rc = import_duplicates(hd, csv, map, csv->rec[0].n, out, err)) != HD_OK ||
	    (rc = domain_begin(hd, err)) != HD_OK) {
		free(map);
		return rc;
	}
	rc = import_rows(hd, csv, map, csv->rec[0].n, out, err);
	free(map);
	if (rc != HD_OK)
		return domain_abort(hd, rc);
	if (out->nerrors > 0) {
		qsort(out->errors, out->nerrors, sizeof *out->errors, import_error_cmp);
		return domain_abort(hd, HD_INVALID);
	}
	if (dry_run) {
		out->nadded = 0;
		return domain_abort(hd, HD_OK);
	}
	return domain_commit(hd, err);
}

void
member_import_free(struct member_import *r)
{
	for (size_t i = 0; i < r->nerrors; i++)
		free(r->errors[i].message);
	free(r->errors);
	free(r->added);
	memset(r, 0, sizeof *r);
}
