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

/* Whether path is db or a file SQLite keeps beside it, by any name. */
static bool
backup_is_db(const char *path, const char *db)
{
	static const char *const suffix[] = { "", "-wal", "-shm", "-journal" };
	bool same = false;

	for (size_t i = 0; i < sizeof suffix / sizeof suffix[0] && !same; i++) {
		char *name = xasprintf("%s%s", db, suffix[i]);
		same = outfile_same(path, name);
		free(name);
	}
	return same;
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

/* Makes tmp afresh, private to the hub's owner like the database. */
static enum hd_status
backup_create_tmp(const char *tmp, const char *target, char **err)
{
	char safe[TEXT_SAFE];
	int fd;

	/* A copy an interrupted backup left; never anything else of ours. */
	if (unlink(tmp) != 0 && errno != ENOENT)
		return hd_fail(err, HD_STORE, _("cannot write %s: %s"), text_safe(tmp, safe),
		    strerror(errno));
	fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0)
		return hd_fail(err, HD_STORE, _("cannot write %s: %s"), text_safe(target, safe),
		    strerror(errno));
	close(fd);
	return HD_OK;
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

enum hd_status
backup_write(struct hubdesk *hd, const char *db_path, const char *target, bool force,
    struct backup_facts *out, char **err)
{
	char *tmp, safe[TEXT_SAFE];
	enum hd_status rc;
	struct stat sb;

	if ((rc = backup_check_target(db_path, target, force, err)) != HD_OK)
		return rc;
	tmp = xasprintf("%s.tmp", target);
	if ((rc = backup_create_tmp(tmp, target, err)) != HD_OK) {
		free(tmp);
		return rc;
	}
	if (store_backup_to(hd->store, tmp) != STORE_OK) {
		rc = hd_fail(err, HD_STORE, _("cannot back up to %s: %s"), text_safe(target, safe),
		    store_error(hd->store));
	} else if (backup_sync_file(tmp) != 0) {
		rc = hd_fail(err, HD_STORE, _("cannot write %s: %s"), text_safe(target, safe),
		    strerror(errno));
	} else if ((rc = backup_verify(tmp, target, out, err)) == HD_OK &&
	    rename(tmp, target) != 0) {
		rc = hd_fail(err, HD_STORE, _("cannot write %s: %s"), text_safe(target, safe),
		    strerror(errno));
	}
	if (rc != HD_OK) {
		unlink(tmp);
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

	if (stat(file, &sb) != 0)
		return hd_fail(err, HD_STORE, _("cannot read %s: %s"), text_safe(file, safe),
		    strerror(errno));
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

enum hd_status
backup_restore(struct hubdesk *hd, const char *db_path, const char *file,
    struct backup_facts *out, char **err)
{
	struct backup_facts before;
	struct store_facts f = { 0 };
	char *keep, safe[TEXT_SAFE];
	enum hd_status rc;

	if ((rc = backup_check_file(db_path, file, err)) != HD_OK)
		return rc;
	keep = xasprintf("%s.before-restore", db_path);
	rc = backup_write(hd, db_path, keep, true, &before, err);
	free(keep);
	if (rc != HD_OK)
		return rc;
	if (store_restore_from(hd->store, file) != STORE_OK)
		return hd_fail(err, HD_STORE, _("cannot restore %s: %s"), text_safe(file, safe),
		    store_error(hd->store));
	/* Opened again as any open would: an older backup's schema is
	 * migrated, and the restored hub's settings and rules are read. */
	if ((rc = hubdesk_reopen(hd, err)) != HD_OK)
		return rc;
	if (store_facts(hd->store, &f) != STORE_OK || f.problems > 0)
		return hd_fail(err, HD_STORE, _("the restored database failed its check: %s"),
		    f.problems > 0 ? f.problem[0] : store_error(hd->store));
	backup_facts_from(&f, out);
	return HD_OK;
}

/* Removes a database that backup_restore_new made and could not fill. */
static void
backup_remove_new(const char *db_path)
{
	static const char *const suffix[] = { "", "-wal", "-shm", "-journal" };

	for (size_t i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
		char *name = xasprintf("%s%s", db_path, suffix[i]);
		unlink(name);
		free(name);
	}
}

enum hd_status
backup_restore_new(const char *db_path, const char *file, struct backup_facts *out,
    char **err)
{
	struct hubdesk *hd = NULL;
	struct store_facts f = { 0 };
	char safe[TEXT_SAFE];
	enum hd_status rc;
	int fd;

	if ((rc = backup_check_file(db_path, file, err)) != HD_OK)
		return rc;
	/* O_EXCL: a database another program created meanwhile is never
	 * overwritten without its .before-restore copy. */
	if ((fd = open(db_path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600)) < 0)
		return hd_fail(err, errno == EEXIST ? HD_INVALID : HD_STORE,
		    _("cannot create %s: %s; nothing was restored"), text_safe(db_path, safe),
		    strerror(errno));
	close(fd);
	if ((rc = hubdesk_open(db_path, true, &hd, err)) != HD_OK)
		goto fail;
	if (store_restore_from(hd->store, file) != STORE_OK) {
		rc = hd_fail(err, HD_STORE, _("cannot restore %s: %s"), text_safe(file, safe),
		    store_error(hd->store));
		goto fail;
	}
	if ((rc = hubdesk_reopen(hd, err)) != HD_OK)
		goto fail;
	if (store_facts(hd->store, &f) != STORE_OK || f.problems > 0) {
		rc = hd_fail(err, HD_STORE, _("the restored database failed its check: %s"),
		    f.problems > 0 ? f.problem[0] : store_error(hd->store));
		goto fail;
	}
	backup_facts_from(&f, out);
	hubdesk_close(hd);
	return HD_OK;
fail:
	hubdesk_close(hd);
	backup_remove_new(db_path);
	return rc;
}
