/* --output written safely: mkstemp beside the target, fsync, rename (see
 * outfile.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hubdesk/outfile.h"
#include "hubdesk/i18n.h"
#include "hubdesk/text.h"
#include "hubdesk/xmalloc.h"

/* path with its directory resolved (symbolic links, "..") and its own
 * name kept, newly allocated; NULL when the directory cannot be resolved. */
static char *
outfile_resolved(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash == NULL ? xstrdup(".") :
	    xasprintf("%.*s", slash == path ? 1 : (int)(slash - path), path);
	char *real = realpath(dir, NULL), *full = NULL;

	if (real != NULL)
		full = xasprintf("%s/%s", real, slash == NULL ? path : slash + 1);
	free(real);
	free(dir);
	return full;
}

bool
outfile_same(const char *a, const char *b)
{
	struct stat sa, sb;
	bool has_a = stat(a, &sa) == 0, has_b = stat(b, &sb) == 0;
	char *ra, *rb;
	bool same;

	if (has_a && has_b)
		return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
	if (has_a || has_b)
		return false;
	/* Neither is there yet, but either may be made later (a WAL is, when
	 * the database is next opened): the same name in the same directory. */
	ra = outfile_resolved(a);
	rb = outfile_resolved(b);
	same = ra != NULL && rb != NULL && strcmp(ra, rb) == 0;
	free(ra);
	free(rb);
	return same;
}

/* HD_INVALID when path is the database db or a file SQLite keeps beside it:
 * renamed over, its committed data would be lost. */
static enum hd_status
outfile_check_db(const char *path, const char *db, char **err)
{
	static const char *const suffix[] = { "", "-wal", "-shm", "-journal" };
	char safe[TEXT_SAFE];
	bool same = false;

	for (size_t i = 0; db != NULL && i < sizeof suffix / sizeof suffix[0] && !same; i++) {
		char *name = xasprintf("%s%s", db, suffix[i]);
		same = outfile_same(path, name);
		free(name);
	}
	if (!same)
		return HD_OK;
	return hd_fail(err, HD_INVALID, _("--output %s is the hub database or one of its own files "
	    "(-wal, -shm, -journal); give another file"), text_safe(path, safe));
}

enum hd_status
outfile_check(const char *path, const char *db, char **err)
{
	struct stat sb;
	char safe[TEXT_SAFE];
	const char *what;

	if (lstat(path, &sb) != 0)
		return outfile_check_db(path, db, err); /* missing, or the write will say why */
	if (S_ISREG(sb.st_mode))
		return outfile_check_db(path, db, err);
	/* Whole sentences, so that each language words its own. */
	if (S_ISDIR(sb.st_mode))
		what = _("--output %s is a directory; give the path of a new or regular file");
	else if (S_ISLNK(sb.st_mode))
		what = _("--output %s is a symbolic link; give the path of a new or regular file");
	else if (S_ISFIFO(sb.st_mode))
		what = _("--output %s is a FIFO; give the path of a new or regular file");
	else if (S_ISCHR(sb.st_mode) || S_ISBLK(sb.st_mode))
		what = _("--output %s is a device; give the path of a new or regular file");
	else
		what = _("--output %s is not a regular file; give the path of a new or regular file");
	return hd_fail(err, HD_INVALID, what, text_safe(path, safe));
}

/* The file's own mode: 0600 for a dump, else what fopen would give. */
static mode_t
outfile_mode(bool private)
{
	mode_t mask;

	if (private)
		return 0600;
	mask = umask(0);
	umask(mask);
	return 0666 & ~mask;
}

enum hd_status
outfile_open(struct outfile *o, const char *path, const char *db, bool private, char **err)
{
	const char *base;
	char safe[TEXT_SAFE];
	enum hd_status rc;
	int fd, saved;

	memset(o, 0, sizeof *o);
	if (path == NULL) {
		o->f = stdout;
		return HD_OK;
	}
	if ((rc = outfile_check(path, db, err)) != HD_OK)
		return rc;
	base = strrchr(path, '/');
	/* A dot name beside the target: same file system, so rename is atomic;
	 * mkstemp's O_EXCL never opens a name someone planted there. */
	if (base == NULL)
		o->tmp = xasprintf(".%s.XXXXXX", path);
	else
		o->tmp = xasprintf("%.*s/.%s.XXXXXX", (int)(base - path), path, base + 1);
	if ((fd = mkstemp(o->tmp)) < 0) {
		saved = errno;
		free(o->tmp);
		o->tmp = NULL;
		return hd_fail(err, HD_STORE, _("cannot write %s: %s; check --output"),
		    text_safe(path, safe), strerror(saved));
	}
	if (fchmod(fd, outfile_mode(private)) != 0 || (o->f = fdopen(fd, "w")) == NULL) {
		saved = errno;
		close(fd);
		outfile_abort(o);
		return hd_fail(err, HD_STORE, _("cannot write %s: %s; check --output"),
		    text_safe(path, safe), strerror(saved));
	}
	o->path = xstrdup(path);
	o->db = db != NULL ? xstrdup(db) : NULL;
	return HD_OK;
}

/* Makes the rename itself durable, as a dump once announced must stay. */
static void
outfile_sync_dir(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash == NULL ? xstrdup(".") :
	    xasprintf("%.*s", slash == path ? 1 : (int)(slash - path), path);
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
	free(dir);
}

enum hd_status
outfile_commit(struct outfile *o, char **err)
{
	char safe[TEXT_SAFE];
	enum hd_status rc = HD_OK;
	bool ok;
	int saved = EIO;

	if (o->f == stdout || o->f == NULL)
		return HD_OK;
	ok = !ferror(o->f) && fflush(o->f) == 0 && fsync(fileno(o->f)) == 0;
	if (!ok)
		saved = errno != 0 ? errno : EIO;
	if (fclose(o->f) != 0 && ok) {
		ok = false;
		saved = errno;
	}
	o->f = NULL;
	/* Checked again: something may have taken the name since the open. */
	if (ok && (rc = outfile_check(o->path, o->db, err)) != HD_OK) {
		outfile_abort(o);
		return rc;
	}
	if (ok && rename(o->tmp, o->path) != 0) {
		ok = false;
		saved = errno;
	}
	if (!ok) {
		rc = hd_fail(err, HD_STORE, _("cannot write %s: %s; the file is left as it was"),
		    text_safe(o->path, safe), strerror(saved));
		outfile_abort(o);
		return rc;
	}
	outfile_sync_dir(o->path);
	free(o->tmp);
	free(o->path);
	free(o->db);
	memset(o, 0, sizeof *o);
	return HD_OK;
}

void
outfile_abort(struct outfile *o)
{
	if (o->f != NULL && o->f != stdout)
		fclose(o->f);
	if (o->tmp != NULL)
		unlink(o->tmp);
	free(o->tmp);
	free(o->path);
	free(o->db);
	memset(o, 0, sizeof *o);
}

const char *
outfile_format(const char *path)
{
	static const char *const ext[][2] = {
		{ ".html", "html" }, { ".csv", "csv" }, { ".json", "json" }, { ".txt", "text" },
	};
	size_t n = strlen(path);

	for (size_t i = 0; i < sizeof ext / sizeof ext[0]; i++) {
		size_t e = strlen(ext[i][0]);
		if (n > e && path[n - e - 1] != '/' && strcasecmp(path + n - e, ext[i][0]) == 0)
			return ext[i][1];
	}
	return NULL;
}
