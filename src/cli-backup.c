/* Commands that keep a hub's database safe: backup, restore, check. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hubdesk/backup.h"
#include "hubdesk/cli.h"
#include "hubdesk/i18n.h"
#include "hubdesk/text.h"
#include "hubdesk/xmalloc.h"

/* The counts as one clause, for the lines backup and restore end with. */
static void
cli_backup_counts(const struct backup_facts *f)
{
	printf(_("schema %d; %lld members, %lld spaces, %lld bookings, %lld visits, %lld guests\n"),
	    f->level, f->members, f->spaces, f->bookings, f->visits, f->guests);
}

/* SIGINT, SIGTERM (what systemd sends on stop) and SIGHUP are held back
 * while a backup or restore runs: one then ends the program once its files
 * are in place or removed, never halfway, with a temporary copy of the
 * hub's personal data left behind. */
static void
hold_signals(sigset_t *old)
{
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	sigprocmask(SIG_BLOCK, &set, old);
}

static void
release_signals(const sigset_t *old)
{
	fflush(stdout);
	sigprocmask(SIG_SETMASK, old, NULL);
}

static int
run_backup(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	bool force = false;
	const struct cli_opt opts[] = { { "force", NULL, &force }, { NULL, NULL, NULL } };
	const char *pos[1];
	struct backup_facts f;
	char *err = NULL, safe[TEXT_SAFE];
	sigset_t old;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, pos, 1, 1)) != 0)
		return rc;
	if (pos[0][0] == '\0')
		return cli_usage_error(self, _("the backup's file name is empty; give one"));
	if ((rc = cli_open(cli)) != 0)
		return rc;
	hold_signals(&old);
	if ((rc = backup_write(cli->hd, cli->db_path, pos[0], force, &f, &err)) != HD_OK) {
		rc = cli_fail(rc, err);
	} else {
		/* Printed only now: the copy is checked, renamed and on disk. */
		printf(_("backed up to %s (%lld bytes): "), text_safe(pos[0], safe), f.size);
		cli_backup_counts(&f);
	}
	release_signals(&old);
	return rc;
}

const struct cli_command cli_cmd_backup = {
	"backup", "FILE [--force]",
	N_("copy the database to FILE while kiosks go on working"),
	N_("The copy is one snapshot of the database, written as FILE.tmp, checked\n"
	"(integrity, schema level) and only then renamed to FILE. An existing FILE is\n"
	"refused unless --force is given. See docs/backup.md for nightly backups.\n"),
	run_backup,
};

/* The shallowest folder above path that does not exist yet (newly
 * allocated), or NULL when its folder is there. */
static char *
first_missing_folder(const char *path)
{
	char *dir = xstrdup(path), *top = NULL;
	struct stat sb;

	for (char *slash = strrchr(dir, '/'); slash != NULL && slash != dir;
	    slash = strrchr(dir, '/')) {
		*slash = '\0';
		if (stat(dir, &sb) == 0)
			break;
		free(top);
		top = xstrdup(dir);
	}
	free(dir);
	return top;
}

/* Removes the folders above path down to top, which a restore that failed
 * made: each only while empty. */
static void
remove_made_folders(const char *path, const char *top)
{
	char *dir = xstrdup(path);

	for (char *slash = strrchr(dir, '/'); slash != NULL && slash != dir;
	    slash = strrchr(dir, '/')) {
		*slash = '\0';
		if (rmdir(dir) != 0 || strcmp(dir, top) == 0)
			break;
	}
	free(dir);
}

/* restore with no database at --db: the backup becomes it. */
static int
restore_new(struct cli *cli, const char *file, struct backup_facts *f)
{
	char *err = NULL, *made;
	int rc;

	/* What can be told without opening the backup is told before any
	 * folder is made. */
	if ((rc = backup_check_file(cli->db_path, file, &err)) != HD_OK)
		return cli_fail(rc, err);
	made = first_missing_folder(cli->db_path);
	if ((rc = cli_db_folder(cli)) == 0 &&
	    (rc = backup_restore_new(cli->db_path, file, f, &err)) != HD_OK) {
		rc = cli_fail(rc, err);
		if (made != NULL)
			remove_made_folders(cli->db_path, made);
	}
	free(made);
	return rc;
}

static int
run_restore(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *pos[1];
	struct backup_facts f;
	char *err = NULL, safe[TEXT_SAFE], db_safe[TEXT_SAFE];
	sigset_t old;
	int rc;

	if ((rc = cli_args(self, argc, argv, NULL, pos, 1, 1)) != 0)
		return rc;
	text_safe(pos[0], safe);
	text_safe(cli->db_path, db_safe);
	hold_signals(&old);
	if (access(cli->db_path, F_OK) != 0 && errno == ENOENT) {
		/* No database yet (a new box, or its file lost). */
		if ((rc = restore_new(cli, pos[0], &f)) == 0)
			printf(_("restored %s as the new database %s: "), safe, db_safe);
	} else if (backup_db_damaged(cli->db_path)) {
		/* Damaged past opening: the backup takes its place. */
		if ((rc = backup_restore_damaged(cli->db_path, pos[0], &f, &err)) != HD_OK)
			rc = cli_fail(rc, err);
		else
			printf(_("restored %s (the damaged database is kept as "
			    "%s.before-restore): "), safe, db_safe);
	} else if ((rc = cli_open(cli)) == 0) {
		if ((rc = backup_restore(cli->hd, cli->db_path, pos[0], &f, &err)) != HD_OK)
			rc = cli_fail(rc, err);
		else
			printf(_("restored %s (the database as it was is in %s.before-restore): "),
			    safe, db_safe);
	}
	if (rc == 0)
		cli_backup_counts(&f);
	release_signals(&old);
	return rc;
}

const struct cli_command cli_cmd_restore = {
	"restore", "FILE",
	N_("replace the database's content with the backup FILE"),
	N_("FILE must be a whole hubdesk database of this program's schema or an older\n"
	"one (migrated after the restore). The database as it was is first copied to\n"
	"DB.before-restore. Kiosks running on the database may stay: they see the\n"
	"restored data at their next screen. Without a database at --db (a new box),\n"
	"the backup becomes it; a database damaged past opening is moved to\n"
	"DB.before-restore and the backup takes its place. Run 'hubdesk check'\n"
	"afterwards.\n"),
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
