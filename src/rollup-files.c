/* The dump files of a roll-up (see rollup-files.h): a network keeps a
 * month's or a year's dumps in folders, thousands of them, more than a
 * command line holds. */
#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "hubdesk/i18n.h"
#include "hubdesk/rollup-files.h"
#include "hubdesk/text.h"
#include "hubdesk/xmalloc.h"

/* Deeper than any sensible archive (network/year/month/hub.json). */
#define WALK_MAX_DEPTH 16

static enum hd_status
cannot_read(const char *path, int e, char **err)
{
	char safe[TEXT_SAFE];
	*err = xasprintf(C_("report", "cannot read %s: %s"), text_safe(path, safe), strerror(e));
	return HD_STORE;
}

static bool
is_json(const char *name)
{
	size_t n = strlen(name);
	return n > 5 && strcmp(name + n - 5, ".json") == 0;
}

/* Byte order, not the locale's: the same list, and the same output, on
 * every machine. */
static int
by_bytes(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static int
not_hidden(const struct dirent *d)
{
	return d->d_name[0] != '.';
}

/* A *.json name met in a folder: a dump (a file, or a link to one) is
 * read; a link that leads nowhere is a file that cannot be read, as when
 * named; a pipe, socket or device is refused, never waited on. A link to
 * a folder is left out. */
static enum hd_status
json_entry(const char *path, struct stat *sb, rollup_file_fn fn, void *ctx, char **err)
{
	char safe[TEXT_SAFE];

	if (S_ISLNK(sb->st_mode) && stat(path, sb) != 0)
		return cannot_read(path, errno, err);
	if (S_ISDIR(sb->st_mode))
		return HD_OK;
	if (!S_ISREG(sb->st_mode)) {
		*err = xasprintf(_("%s is not a file; a folder of dumps holds dump files"),
		    text_safe(path, safe));
		return HD_INVALID;
	}
	return fn(path, ctx, err);
}

static enum hd_status
walk(const char *dir, int depth, rollup_file_fn fn, void *ctx, char **err)
{
	struct dirent **names;
	enum hd_status rc = HD_OK;
	int n = scandir(dir, &names, not_hidden, by_bytes);

	if (n < 0)
		return cannot_read(dir, errno, err);
	for (int i = 0; i < n; i++) {
		char *path = NULL;
		struct stat sb;

		if (rc == HD_OK) {
			path = xasprintf("%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/",
			    names[i]->d_name);
			/* lstat: a link to a directory could lead back up, or anywhere. */
			if (lstat(path, &sb) != 0)
				rc = cannot_read(path, errno, err);
			else if (S_ISDIR(sb.st_mode) && depth < WALK_MAX_DEPTH)
				rc = walk(path, depth + 1, fn, ctx, err);
			else if (!S_ISDIR(sb.st_mode) && is_json(names[i]->d_name))
				rc = json_entry(path, &sb, fn, ctx, err);
		}
		free(path);
		free(names[i]);
	}
	free(names);
	return rc;
}

static enum hd_status
one(const char *arg, rollup_file_fn fn, void *ctx, char **err)
{
	struct stat sb;

	if (stat(arg, &sb) == 0 && S_ISDIR(sb.st_mode))
		return walk(arg, 0, fn, ctx, err);
	/* Anything else, missing or not, is the reader's to judge. */
	return fn(arg, ctx, err);
}

enum hd_status
rollup_files_each(const char *arg, FILE *list, rollup_file_fn fn, void *ctx, char **err)
{
	enum hd_status rc = HD_OK;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;

	if (strcmp(arg, "-") != 0)
		return one(arg, fn, ctx, err);
	errno = 0;
	while (rc == HD_OK && (len = getline(&line, &cap, list)) >= 0) {
		/* Names end at a line's end or at a NUL, so that the list of
		 * `find -print0` is read whole, not only its first name. */
		for (ssize_t at = 0; rc == HD_OK && at < len;) {
			char *name = line + at;
			ssize_t n = (ssize_t)strnlen(name, (size_t)(len - at));
			at += n + 1;
			while (n > 0 && (name[n - 1] == '\n' || name[n - 1] == '\r'))
				n--;
			name[n] = '\0';
			if (n > 0)
				rc = one(name, fn, ctx, err);
		}
		errno = 0;
	}
	if (rc == HD_OK && ferror(list))
		rc = cannot_read(_("the list of dumps on standard input"), errno ? errno : EIO, err);
	free(line);
	return rc;
}
