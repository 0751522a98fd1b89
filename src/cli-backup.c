/* Commands that keep a hub's database safe: backup, restore, check. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "hubdesk/backup.h"
#include "hubdesk/cli.h"
#include "hubdesk/i18n.h"
#include "hubdesk/text.h"

/* The counts as one clause, for the lines backup and restore end with. */
static void
cli_backup_counts(const struct backup_facts *f)
{
	printf(_("schema %d; %lld members, %lld spaces, %lld bookings, %lld visits, %lld guests\n"),
	    f->level, f->members, f->spaces, f->bookings, f->visits, f->guests);
}

static int
run_backup(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	bool force = false;
	const struct cli_opt opts[] = { { "force", NULL, &force }, { NULL, NULL, NULL } };
	const char *pos[1];
	struct backup_facts f;
	char *err = NULL, safe[TEXT_SAFE];
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, pos, 1, 1)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = backup_write(cli->hd, cli->db_path, pos[0], force, &f, &err)) != HD_OK)
		return cli_fail(rc, err);
	/* Printed only now: the copy is checked, renamed and on disk. */
	printf(_("backed up to %s (%lld bytes): "), text_safe(pos[0], safe), f.size);
	cli_backup_counts(&f);
	return 0;
}

const struct cli_command cli_cmd_backup = {
	"backup", "FILE [--force]",
	N_("copy the database to FILE while kiosks go on working"),
	N_("The copy is one snapshot of the database, written as FILE.tmp, checked\n"
	"(integrity, schema level) and only then renamed to FILE. An existing FILE is\n"
	"refused unless --force is given. See docs/backup.md for nightly backups.\n"),
	run_backup,
};

static int
run_restore(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *pos[1];
	struct backup_facts f;
	char *err = NULL, safe[TEXT_SAFE], db_safe[TEXT_SAFE];
	int rc;

	if ((rc = cli_args(self, argc, argv, NULL, pos, 1, 1)) != 0)
		return rc;
	/* No database yet (a new box, or its file lost): the backup becomes
	 * it, once it is known to be one restore would take. */
	if (access(cli->db_path, F_OK) != 0 && errno == ENOENT) {
		if ((rc = backup_check_file(cli->db_path, pos[0], &err)) != HD_OK)
			return cli_fail(rc, err);
		if ((rc = cli_db_folder(cli)) != 0)
			return rc;
		if ((rc = backup_restore_new(cli->db_path, pos[0], &f, &err)) != HD_OK)
			return cli_fail(rc, err);
		printf(_("restored %s as the new database %s: "), text_safe(pos[0], safe),
		    text_safe(cli->db_path, db_safe));
		cli_backup_counts(&f);
		return 0;
	}
	if ((rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = backup_restore(cli->hd, cli->db_path, pos[0], &f, &err)) != HD_OK)
		return cli_fail(rc, err);
	printf(_("restored %s (the database as it was is in %s.before-restore): "),
	    text_safe(pos[0], safe), text_safe(cli->db_path, db_safe));
	cli_backup_counts(&f);
	return 0;
}

const struct cli_command cli_cmd_restore = {
	"restore", "FILE",
	N_("replace the database's content with the backup FILE"),
	N_("FILE must be a whole hubdesk database of this program's schema or an older\n"
	"one (migrated after the restore). The database as it was is first copied to\n"
	"DB.before-restore. Kiosks running on the database may stay: they see the\n"
	"restored data at their next screen. Without a database at --db (a new box),\n"
	"the backup becomes it. Run 'hubdesk check' afterwards.\n"),
	run_restore,
};

static void
cli_check_text(const struct check_result *r)
{
	printf(_("integrity: %s\n"), r->integrity_ok ? _("ok") : _("damaged"));
	printf(_("schema: %d\n"), r->facts.level);
	printf(_("%lld members, %lld spaces, %lld bookings, %lld visits, %lld guests\n"),
	    r->facts.members, r->facts.spaces, r->facts.bookings, r->facts.visits, r->facts.guests);
	for (size_t i = 0; i < r->nfindings; i++)
		printf(_("finding: %s\n"), r->findings[i]);
	for (size_t i = 0; i < r->nnotes; i++)
		printf(_("note: %s\n"), r->notes[i]);
	if (r->nfindings == 0)
		printf(_("healthy\n"));
	else
		printf(ngettext("not healthy: %zu finding\n", "not healthy: %zu findings\n",
		    r->nfindings), r->nfindings);
}

/* One row per fact, finding and note: what machines read, never
 * translated. */
static void
cli_check_table(const struct check_result *r, enum table_format f)
{
	static const char *const cols[] = { N_("item"), N_("value"), NULL };
	const struct { const char *item; long long v; } counts[] = {
		{ "schema", r->facts.level }, { "members", r->facts.members },
		{ "spaces", r->facts.spaces }, { "bookings", r->facts.bookings },
		{ "visits", r->facts.visits }, { "guests", r->facts.guests },
	};
	struct table *t = table_new(cols);

	table_row(t);
	table_str(t, "integrity");
	table_str(t, r->integrity_ok ? "ok" : "damaged");
	for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++) {
		table_row(t);
		table_str(t, counts[i].item);
		table_int(t, counts[i].v);
	}
	for (size_t i = 0; i < r->nfindings; i++) {
		table_row(t);
		table_str(t, "finding");
		table_str(t, r->findings[i]);
	}
	for (size_t i = 0; i < r->nnotes; i++) {
		table_row(t);
		table_str(t, "note");
		table_str(t, r->notes[i]);
	}
	table_row(t);
	table_str(t, "verdict");
	table_str(t, r->nfindings == 0 ? "healthy" : "not healthy");
	table_print(t, f, stdout);
	table_free(t);
}

static int
run_check(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *format = NULL;
	const struct cli_opt opts[] = { { "format", &format, NULL }, { NULL, NULL, NULL } };
	struct check_result r;
	enum table_format f;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0 ||
	    (rc = cli_format(format, &f)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	rc = check_run(cli->hd, &r);
	if (f == TABLE_TEXT)
		cli_check_text(&r);
	else
		cli_check_table(&r, f);
	check_result_free(&r);
	return rc;
}

const struct cli_command cli_cmd_check = {
	"check", "[--format text|csv|csv-fi|json]",
	N_("check the database: integrity, schema, counts and invariants"),
	N_("Each finding is one line, then a verdict: 'healthy' (exit 0), or 'not\n"
	"healthy' (exit 3) when the file is damaged or an invariant is broken: two\n"
	"active bookings of a space overlap, a member or a space has two open visits,\n"
	"an open visit begins after now. A visit left open past its day's closing is\n"
	"a note only: it reads as closed, and the next change records it (--now moves\n"
	"the clock).\n"),
	run_check,
};
