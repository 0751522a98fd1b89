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
			else if (!S_ISDIR(sb.st_mode) && is_json(names[i]->d_name) &&
			    (S_ISREG(sb.st_mode) || (stat(path, &sb) == 0 && S_ISREG(sb.st_mode))))
				rc = fn(path, ctx, err);
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
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (len > 0)
			rc = one(line, fn, ctx, err);
		errno = 0;
	}
	if (rc == HD_OK && ferror(list))
		rc = cannot_read(_("the list of dumps on standard input"), errno ? errno : EIO, err);
	free(line);
	return rc;
}
