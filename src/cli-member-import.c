/* member import: members from a spreadsheet's CSV, and their new codes as a
 * CSV for a mail-merge. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "hubdesk/cli.h"
#include "hubdesk/i18n.h"
#include "hubdesk/member-import.h"
#include "hubdesk/text.h"
#include "hubdesk/xmalloc.h"

/* Far more than any hub's members; a larger file is a mistake. */
#define IMPORT_MAX_BYTES (64L * 1024 * 1024)

/* The whole file into *text (caller frees); 0, or the exit status after
 * the error was printed. */
static int
import_read(const char *path, char **text, size_t *len)
{
	char safe[TEXT_SAFE];
	struct stat sb;
	FILE *f = fopen(path, "rb");
	const char *nul;

	if (f == NULL) {
		fprintf(stderr, _("hubdesk: cannot read %s: %s\n"), text_safe(path, safe),
		    strerror(errno));
		return HD_STORE;
	}
	if (fstat(fileno(f), &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_size > IMPORT_MAX_BYTES) {
		fclose(f);
		fprintf(stderr, _("hubdesk: %s is not a CSV file of members; give a file of at most "
		    "64 MiB\n"), text_safe(path, safe));
		return HD_INVALID;
	}
	*text = xcalloc((size_t)sb.st_size + 1, 1);
	*len = fread(*text, 1, (size_t)sb.st_size, f);
	if (ferror(f)) {
		fclose(f);
		free(*text);
		fprintf(stderr, _("hubdesk: cannot read %s: %s\n"), text_safe(path, safe),
		    strerror(errno));
		return HD_STORE;
	}
	fclose(f);
	/* A NUL would end a field in the middle without a word said: a file
	 * holding one is not the text a spreadsheet saves as CSV. */
	if ((nul = memchr(*text, '\0', *len)) != NULL) {
		long line = 1;

		for (const char *p = *text; p < nul; p++)
			line += *p == '\n';
		free(*text);
		fprintf(stderr, _("hubdesk: %s holds a NUL byte on line %ld; save it from the "
		    "spreadsheet as CSV text (UTF-8)\n"), text_safe(path, safe), line);
		return HD_INVALID;
	}
	return 0;
}

static void
import_print(const struct member_import *r, enum table_format f)
{
	/* The member list's own columns, translated in text and csv-fi as
	 * `member list` has them. */
	static const char *const cols[] = { N_("name"), N_("email"), N_("code"), NULL };
	struct table *t = table_new(cols);

	for (size_t i = 0; i < r->nadded; i++) {
		table_row(t);
		table_str(t, r->added[i].name);
		table_str(t, r->added[i].email);
		table_str(t, r->added[i].code);
	}
	table_print(t, f, stdout);
	table_free(t);
}

static int
run_member_import(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *pos[1], *format = NULL;
	bool dry_run = false;
	const struct cli_opt opts[] = { { "format", &format, NULL }, { "dry-run", NULL, &dry_run },
		{ NULL, NULL, NULL } };
	struct member_import r;
	struct csv_file csv;
	enum table_format f;
	char *text, *err = NULL;
	size_t len;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, pos, 1, 1)) != 0 ||
	    (rc = cli_format(format != NULL ? format : "csv", &f)) != 0 ||
	    (rc = import_read(pos[0], &text, &len)) != 0)
		return rc;
	rc = csv_parse(text, len, &csv, &err);
	free(text);
	if (rc != HD_OK)
		return cli_fail(rc, err);
	if ((rc = cli_open(cli)) != 0) {
		csv_file_free(&csv);
		return rc;
	}
	rc = member_import(cli->hd, &csv, dry_run, &r, &err);
	csv_file_free(&csv);
	if (rc != HD_OK && r.nerrors == 0)
		return cli_fail(rc, err);
	for (size_t i = 0; i < r.nerrors; i++) {
		char *about = xasprintf(_("line %ld"), r.errors[i].line);
		cli_print_error(about, r.errors[i].message);
		free(about);
	}
	if (rc != HD_OK) {
		fprintf(stderr, ngettext("hubdesk: %zu bad row; nothing was imported, correct it and "
		    "import the file again\n", "hubdesk: %zu bad rows; nothing was imported, correct "
		    "them and import the file again\n", r.nerrors), r.nerrors);
		member_import_free(&r);
		return rc;
	}
	if (dry_run)
		fprintf(stderr, ngettext("%zu member would be added; nothing was written\n",
		    "%zu members would be added; nothing was written\n", r.nrows), r.nrows);
	else {
		import_print(&r, f);
		fprintf(stderr, ngettext("added %zu member\n", "added %zu members\n", r.nadded),
		    r.nadded);
	}
	member_import_free(&r);
	return 0;
}

const struct cli_command cli_cmd_member_import = {
	"member import", "FILE.csv [--dry-run] [--format csv|csv-fi|text|json]",
	N_("add the members of a spreadsheet; prints their new codes as CSV"),
	N_("FILE is CSV in either flavour (',' or ';', a BOM or none, CRLF or LF). Its first\n"
	"line names the columns, in any case and order, in English, Finnish or Swedish:\n"
	"  name (nimi, namn; required)      email (sähköposti, e-post)\n"
	"  municipality (kotikunta, hemkommun)  organisation (organisaatio)\n"
	"  category (ryhmä, luokka, kategori)\n"
	"Every row is checked as 'member add' checks it, and a row repeating another's\n"
	"or a member's name and email is refused. Every bad row is named by its line,\n"
	"and then nothing is added (exit status 2). Otherwise the new members' name,\n"
	"email and code are printed (--format, default csv) for a mail-merge.\n"
	"--dry-run checks the file and adds nobody.\n"),
	run_member_import,
};
