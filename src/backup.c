/* Backup and restore of a hub's database (see backup.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hubdesk/backup.h"
#include "hubdesk/outfile.h"
#include "hubdesk/store.h"
#include "hubdesk/text.h"
#include "hubdesk/xmalloc.h"
#include "domain.h"

/* The directory part of path, newly allocated. */
static char *
backup_dir(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash == NULL ? xstrdup(".") :
	    xasprintf("%.*s", slash == path ? 1 : (int)(slash - path), path);
}

/* Makes a rename in path's directory durable. */
static void
backup_sync_dir(const char *path)
{
	char *dir = backup_dir(path);
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
	free(dir);
}

/* A database's own name ("") and the suffixes of the files SQLite keeps
 * beside it. */
static const char *const backup_suffix[] = { "", "-wal", "-shm", "-journal" };
#define BACKUP_SUFFIXES (sizeof backup_suffix / sizeof backup_suffix[0])

/* Whether path is db or a file SQLite keeps beside it, by any name: db's
 * own files are named after the name db was opened by, which a symbolic
 * link hides, so db's real path is tried too. */
static bool
backup_is_db(const char *path, const char *db)
{
	char *real = realpath(db, NULL);
	bool same = false;

	for (size_t i = 0; i < BACKUP_SUFFIXES && !same; i++) {
		char *name = xasprintf("%s%s", db, backup_suffix[i]);
		same = outfile_same(path, name);
		free(name);
		if (!same && real != NULL) {
			name = xasprintf("%s%s", real, backup_suffix[i]);
			same = outfile_same(path, name);
			free(name);
		}
	}
	free(real);
	return same;
}

/* Whether path is named as SQLite names a database's own files. Such a
 * name is never a backup's: with the database opened under another name
 * (a hard link) it may be another connection's live WAL. */
static bool
backup_is_sqlite_name(const char *path)
{
	size_t n = strlen(path);

	for (size_t i = 1; i < BACKUP_SUFFIXES; i++) {
		size_t k = strlen(backup_suffix[i]);
		if (n >= k && strcmp(path + n - k, backup_suffix[i]) == 0)
			return true;
	}
	return false;
}

/* Removes path and the files SQLite may have left beside it. */
static void
backup_remove(const char *path)
{
	for (size_t i = 0; i < BACKUP_SUFFIXES; i++) {
		char *name = xasprintf("%s%s", path, backup_suffix[i]);
		unlink(name);
		free(name);
	}
}

void
backup_facts_from(const struct store_facts *f, struct backup_facts *out)
{
	memset(out, 0, sizeof *out);
	out->level = f->level;
	out->members = f->count[0];
	out->spaces = f->count[1];
	out->bookings = f->count[2];
	out->visits = f->count[3];
	out->guests = f->count[4];
}

/* HD_OK when target may be written: not the database, a regular file if
 * it exists (then only with force), in a directory that exists. */
static enum hd_status
backup_check_target(const char *db, const char *target, bool force, char **err)
{
	char safe[TEXT_SAFE], *dir;
	struct stat sb;
	bool dir_ok;

	if (backup_is_db(target, db))
		return hd_fail(err, HD_INVALID, _("%s is the hub database or one of its own files "
		    "(-wal, -shm, -journal); give another file"), text_safe(target, safe));
	if (backup_is_sqlite_name(target))
		return hd_fail(err, HD_INVALID, _("%s ends as SQLite names a database's own files "
		    "(-wal, -shm, -journal); give another name"), text_safe(target, safe));
	if (lstat(target, &sb) == 0) {
		if (!S_ISREG(sb.st_mode))
			return hd_fail(err, HD_INVALID, _("%s is not a regular file; give the path "
			    "of a new file"), text_safe(target, safe));
		if (!force)
			return hd_fail(err, HD_INVALID, _("%s exists" "\037" "give a new file, or "
			    "--force to replace it"), text_safe(target, safe));
	}
	dir = backup_dir(target);
	dir_ok = stat(dir, &sb) == 0 && S_ISDIR(sb.st_mode);
	free(dir);
	if (!dir_ok)
		return hd_fail(err, HD_STORE, _("cannot write %s: its directory does not exist"),
		    text_safe(target, safe));
	return HD_OK;
}

/* A new file beside path, "<path>.tmp-XXXXXX", private to the hub's owner
 * like the database; its name newly allocated, or NULL with *err. A name of
 * its own: two backups to one name at once never write into one file, and
 * no file of anyone else's is ever removed to make room. */
static char *
backup_new_tmp(const char *path, const char *about, char **err)
{
	char *tmp = xasprintf("%s.tmp-XXXXXX", path), safe[TEXT_SAFE];
	int fd = mkstemp(tmp);

	if (fd < 0) {
		hd_fail(err, HD_STORE, _("cannot write %s: %s"), text_safe(about, safe),
		    strerror(errno));
		free(tmp);
		return NULL;
	}
	close(fd);
	return tmp;
}

/* fsync of the file at path. */
static int
backup_sync_file(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC), rc;

	if (fd < 0)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

/* HD_OK when the copy at path is whole and of this program's schema. */
static enum hd_status
backup_verify(const char *path, const char *target, struct backup_facts *out, char **err)
{
	struct store_facts f;
	char why[256], safe[TEXT_SAFE];

	if (store_file_facts(path, &f, why, sizeof why) != STORE_OK)
		return hd_fail(err, HD_STORE, _("the copy for %s cannot be read: %s; it was not kept"),
		    text_safe(target, safe), why);
	if (f.problems > 0)
		return hd_fail(err, HD_STORE, _("the copy for %s failed its check: %s; it was not "
		    "kept"), text_safe(target, safe), f.problem[0]);
	if (!f.hub || f.level != store_schema_level())
		return hd_fail(err, HD_STORE, _("the copy for %s is not a hubdesk database of "
		    "schema %d; it was not kept"), text_safe(target, safe), store_schema_level());
	backup_facts_from(&f, out);
	return HD_OK;
}

/* A checked copy of hd's database in a new file beside target, *tmp_out
 * (newly allocated; the caller renames or removes it). */
static enum hd_status
backup_copy_checked(struct hubdesk *hd, const char *target, char **tmp_out,
    struct backup_facts *out, char **err)
{
	char *tmp, safe[TEXT_SAFE];
	enum hd_status rc = HD_OK;

	if ((tmp = backup_new_tmp(target, target, err)) == NULL)
		return HD_STORE;
	if (store_backup_to(hd->store, tmp) != STORE_OK)
		rc = hd_fail(err, HD_STORE, _("cannot back up to %s: %s"), text_safe(target, safe),
		    store_error(hd->store));
	else if (backup_sync_file(tmp) != 0)
		rc = hd_fail(err, HD_STORE, _("cannot write %s: %s"), text_safe(target, safe),
		    strerror(errno));
	else
		rc = backup_verify(tmp, target, out, err);
	if (rc != HD_OK) {
		backup_remove(tmp);
		free(tmp);
		return rc;
	}
	*tmp_out = tmp;
	return HD_OK;
}

enum hd_status
backup_write(struct hubdesk *hd, const char *db_path, const char *target, bool force,
    struct backup_facts *out, char **err)
{
	char *tmp, safe[TEXT_SAFE];
	enum hd_status rc;
	struct stat sb;

	if ((rc = backup_check_target(db_path, target, force, err)) != HD_OK ||
	    (rc = backup_copy_checked(hd, target, &tmp, out, err)) != HD_OK)
		return rc;
	if (rename(tmp, target) != 0) {
		rc = hd_fail(err, HD_STORE, _("cannot write %s: %s"), text_safe(target, safe),
		    strerror(errno));
		backup_remove(tmp);
		free(tmp);
		return rc;
	}
	free(tmp);
	backup_sync_dir(target);
	if (stat(target, &sb) == 0)
		out->size = sb.st_size;
	return HD_OK;
}

enum hd_status
backup_check_file(const char *db_path, const char *file, char **err)
{
	struct store_facts f;
	char why[256], safe[TEXT_SAFE];
	struct stat sb;

	if (stat(file, &sb) != 0 || access(file, R_OK) != 0)
		return hd_fail(err, HD_STORE, _("cannot read %s: %s" "\037" "give the path of a "
		    "backup file you may read"), text_safe(file, safe), strerror(errno));
	if (!S_ISREG(sb.st_mode))
		return hd_fail(err, HD_STORE, _("%s is not a regular file; give a backup file"),
		    text_safe(file, safe));
	if (backup_is_db(file, db_path))
		return hd_fail(err, HD_INVALID, _("%s is the hub database itself; give a backup "
		    "file"), text_safe(file, safe));
	if (store_file_facts(file, &f, why, sizeof why) != STORE_OK || f.level <= 0 || !f.hub)
		return hd_fail(err, HD_STORE, _("%s is not a hubdesk database; nothing was "
		    "restored"), text_safe(file, safe));
	if (f.level > store_schema_level())
		return hd_fail(err, HD_STORE, _("%s was written by a newer hubdesk (schema %d, this "
		    "program knows %d); nothing was restored"), text_safe(file, safe), f.level,
		    store_schema_level());
	if (f.problems > 0)
		return hd_fail(err, HD_STORE, _("%s is damaged (%s); nothing was restored"),
		    text_safe(file, safe), f.problem[0]);
	return HD_OK;
}

/* The backup file copied beside db_path and opened there as the hub opens
 * its database (an older schema migrated), then checked: *staged_out, the
 * copy's path (newly allocated), is what gets restored. Nothing the hub
 * uses is touched before this has worked, so a backup that fails to
 * migrate changes nothing. */
static enum hd_status
backup_stage(const char *db_path, const char *file, char **staged_out, char **err)
{
	struct hubdesk *staged_hd = NULL;
	struct store_facts f = { 0 };
	char *staged, *why = NULL, reason[256], safe[TEXT_SAFE];
	enum hd_status rc;

	if ((rc = backup_check_file(db_path, file, err)) != HD_OK)
		return rc;
	if ((staged = backup_new_tmp(db_path, db_path, err)) == NULL)
		return HD_STORE;
	if (store_copy_file(file, staged, reason, sizeof reason) != STORE_OK) {
		rc = hd_fail(err, HD_STORE, _("cannot restore %s: %s"), text_safe(file, safe),
		    reason);
	} else if (hubdesk_open(staged, false, &staged_hd, &why) != HD_OK) {
		rc = hd_fail(err, HD_STORE, _("%s cannot be opened as a hub database (%s); nothing "
		    "was restored"), text_safe(file, safe), why != NULL ? why : "");
	} else if (store_facts(staged_hd->store, &f) != STORE_OK || f.problems > 0 ||
	    f.level != store_schema_level()) {
		rc = hd_fail(err, HD_STORE, _("%s failed its check once opened (%s); nothing was "
		    "restored"), text_safe(file, safe), f.problems > 0 ? f.problem[0] : "");
	}
	free(why);
	hubdesk_close(staged_hd);
	if (rc == HD_OK && backup_sync_file(staged) != 0)
		rc = hd_fail(err, HD_STORE, _("cannot write %s: %s"), text_safe(db_path, safe),
		    strerror(errno));
	if (rc != HD_OK) {
		backup_remove(staged);
		free(staged);
		return rc;
	}
	*staged_out = staged;
	return HD_OK;
}

/* Gives path the owner of like, when this process may (root restoring a
 * hub a kiosk user owns): the kiosk must be able to open what it gets. */
static void
backup_same_owner(const char *path, const char *like)
{
	struct stat sb;

	if (geteuid() == 0 && stat(like, &sb) == 0)
		(void)chown(path, sb.st_uid, sb.st_gid);
}

/* The facts of the restored database hd has open, or HD_STORE when it
 * fails its check. */
static enum hd_status
backup_restored_facts(struct hubdesk *hd, struct backup_facts *out, char **err)
{
	struct store_facts f = { 0 };

	if (store_facts(hd->store, &f) != STORE_OK || f.problems > 0)
		return hd_fail(err, HD_STORE, _("the restored database failed its check: %s"),
		    f.problems > 0 ? f.problem[0] : store_error(hd->store));
	backup_facts_from(&f, out);
	return HD_OK;
}

enum hd_status
backup_restore(struct hubdesk *hd, const char *db_path, const char *file,
    struct backup_facts *out, char **err)
{
	struct backup_facts before;
	char *keep, *keep_tmp = NULL, *staged = NULL, safe[TEXT_SAFE];
	enum hd_status rc;

	if ((rc = backup_stage(db_path, file, &staged, err)) != HD_OK)
		return rc;
	keep = xasprintf("%s.before-restore", db_path);
	/* The copy of the database as it is goes in place of an earlier
	 * .before-restore only once the restore has worked: a restore that
	 * fails keeps the earlier one. */
	if ((rc = backup_check_target(db_path, keep, true, err)) != HD_OK ||
	    (rc = backup_copy_checked(hd, keep, &keep_tmp, &before, err)) != HD_OK)
		goto done;
	if (store_restore_from(hd->store, staged) != STORE_OK) {
		rc = hd_fail(err, HD_STORE, _("cannot restore %s: %s" "\037" "nothing was "
		    "restored; if a kiosk or another command is writing, try again in a moment"),
		    text_safe(file, safe), store_error(hd->store));
		goto done;
	}
	backup_same_owner(keep_tmp, db_path);
	if (rename(keep_tmp, keep) != 0) {
		rc = hd_fail(err, HD_STORE, _("restored %s, but the database as it was could not "
		    "be kept as %s: %s"), text_safe(file, safe), keep, strerror(errno));
		goto done;
	}
	backup_sync_dir(keep);
	/* Opened again as any open would: the restored hub's settings and
	 * rules are read. */
	if ((rc = hubdesk_reopen(hd, err)) != HD_OK)
		goto done;
	rc = backup_restored_facts(hd, out, err);
done:
	if (keep_tmp != NULL && rc != HD_OK)
		backup_remove(keep_tmp);
	backup_remove(staged);
	free(staged);
	free(keep_tmp);
	free(keep);
	return rc;
}

bool
backup_db_damaged(const char *db_path)
{
	static const char magic[16] = "SQLite format 3";
	struct store_facts f = { 0 };
	char head[16], why[256];
	struct stat sb;
	ssize_t got;
	int fd;

	if (stat(db_path, &sb) != 0 || !S_ISREG(sb.st_mode))
		return false;
	if (sb.st_size == 0)
		return true;
	if ((fd = open(db_path, O_RDONLY | O_CLOEXEC)) < 0)
		return false;
	got = read(fd, head, sizeof head);
	close(fd);
	if (got != (ssize_t)sizeof head || memcmp(head, magic, sizeof head) != 0)
		return true;
	/* Only damage SQLite itself names: a file merely locked by a writer,
	 * or unreadable to this user, is not moved aside. */
	return store_file_facts(db_path, &f, why, sizeof why) == STORE_OK && f.damaged;
}

/* Puts the staged copy at db_path, which must not exist: a link, which
 * fails if another program made db_path meanwhile. */
static enum hd_status
backup_install(const char *staged, const char *db_path, char **err)
{
	char safe[TEXT_SAFE];

	if (link(staged, db_path) != 0)
		return hd_fail(err, errno == EEXIST ? HD_INVALID : HD_STORE,
		    _("cannot create %s: %s; nothing was restored"), text_safe(db_path, safe),
		    strerror(errno));
	backup_sync_dir(db_path);
	return HD_OK;
}

/* The facts of the database now at db_path, as a hub opens it. */
static enum hd_status
backup_installed_facts(const char *db_path, struct backup_facts *out, char **err)
{
	struct hubdesk *hd = NULL;
	enum hd_status rc;

	if ((rc = hubdesk_open(db_path, false, &hd, err)) != HD_OK)
		return rc;
	rc = backup_restored_facts(hd, out, err);
	hubdesk_close(hd);
	return rc;
}

enum hd_status
backup_restore_new(const char *db_path, const char *file, struct backup_facts *out,
    char **err)
{
	char *staged = NULL;
	enum hd_status rc;

	if ((rc = backup_stage(db_path, file, &staged, err)) != HD_OK)
		return rc;
	rc = backup_install(staged, db_path, err);
	backup_remove(staged);
	free(staged);
	return rc == HD_OK ? backup_installed_facts(db_path, out, err) : rc;
}

enum hd_status
backup_restore_damaged(const char *db_path, const char *file, struct backup_facts *out,
    char **err)
{
	static const char *const suffix[] = { "", "-wal" };
	char *staged = NULL, safe[TEXT_SAFE];
	enum hd_status rc;

	if ((rc = backup_stage(db_path, file, &staged, err)) != HD_OK)
		return rc;
	/* The damaged file and its WAL, together, become .before-restore: they
	 * may hold what the backup lacks, for someone to dig out. */
	for (size_t i = 0; i < sizeof suffix / sizeof suffix[0] && rc == HD_OK; i++) {
		char *from = xasprintf("%s%s", db_path, suffix[i]);
		char *to = xasprintf("%s.before-restore%s", db_path, suffix[i]);
		if (rename(from, to) != 0 && (i == 0 || errno != ENOENT))
			rc = hd_fail(err, HD_STORE, _("cannot move the damaged %s aside: %s; nothing "
			    "was restored"), text_safe(from, safe), strerror(errno));
		free(from);
		free(to);
	}
	if (rc == HD_OK) {
		char *shm = xasprintf("%s-shm", db_path);
		unlink(shm);
		free(shm);
		char *kept = xasprintf("%s.before-restore", db_path);
		backup_same_owner(staged, kept);
		free(kept);
		rc = backup_install(staged, db_path, err);
	}
	backup_remove(staged);
	free(staged);
	return rc == HD_OK ? backup_installed_facts(db_path, out, err) : rc;
}
