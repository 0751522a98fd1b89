/* Members added from a spreadsheet: `member import`. The file's first line
 * names its columns, in English, Finnish or Swedish, any case:
 *   name          nimi                     namn
 *   email         sähköposti, email       e-post
 *   municipality  kotikunta, kunta         hemkommun, kommun
 *   organisation  organisaatio             organisation (organization too)
 *   category      ryhmä, luokka, kategoria kategori, grupp
 * name is required; the others may be left out. The columns `member list`
 * adds (code, uuid, created, left) are passed over, so that a list of one
 * hub imports into another; any other column is refused. All rows are added in one
 * transaction or none is. */
#ifndef HUBDESK_MEMBER_IMPORT_H
#define HUBDESK_MEMBER_IMPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "hubdesk/csv.h"
#include "hubdesk/member.h"

/* A bad row: its line in the file and why (owned). */
struct import_error {
	long line;
	char *message;
};

struct member_import {
	struct member *added;         /* in the file's order; none on a dry run */
	size_t nadded;
	size_t nrows;                 /* the members the file holds */
	struct import_error *errors;  /* every bad row */
	size_t nerrors;
};

/* Adds a member for each row of csv after its header through member_add,
 * so every rule of `member add` applies, and refuses a row that repeats an
 * earlier row's name and email, or an existing member's. Rows with every
 * field empty are skipped. With any bad row, or with dry_run, nothing is
 * written. HD_INVALID with out->errors when rows are bad, or with *err when
 * the header is (or there is none); HD_OK with out->added (nothing added on
 * a dry run, and out->nrows counted). Free out with member_import_free. */
enum hd_status member_import(struct hubdesk *hd, const struct csv_file *csv, bool dry_run,
    struct member_import *out, char **err);
void member_import_free(struct member_import *r);

#endif
