/* A file written whole or not at all: --output of report, dump and rollup.
 * The text goes to a temporary file made with mkstemp beside the target,
 * which is renamed into place only once it is complete and on disk, so a
 * reader never sees half a file and an earlier file survives a failure. */
#ifndef HUBDESK_OUTFILE_H
#define HUBDESK_OUTFILE_H

#include <stdbool.h>
#include <stdio.h>

#include "hubdesk/status.h"

struct outfile {
	FILE *f;    /* where to write: stdout, or the temporary file */
	char *path; /* the target (owned), or NULL for stdout */
	char *tmp;  /* the temporary file (owned), or NULL for stdout */
	char *db;   /* the hub database it must not be (owned), or NULL */
};

/* HD_OK when path can be a target: it does not exist or is a regular file,
 * and it is not the hub database db (NULL: none) nor its -wal, -shm or
 * -journal file, however named. A directory, FIFO, device, socket or
 * symbolic link, or the database, is HD_INVALID with *err (caller frees):
 * a rename would replace it, a write would go through. */
enum hd_status outfile_check(const char *path, const char *db, char **err);

/* True when a and b are the same file: the same device and inode when both
 * exist, the same name in the same (resolved) directory when neither does. */
bool outfile_same(const char *a, const char *b);

/* Opens o for path, or for stdout when path is NULL; db as for
 * outfile_check, checked again before the rename. The new file gets mode
 * 0600 when private (a dump) and 0666 less the umask otherwise, as any new
 * document. HD_INVALID when outfile_check refuses the target, HD_STORE when
 * the temporary file cannot be made; *err (caller frees) says why. */
enum hd_status outfile_open(struct outfile *o, const char *path, const char *db, bool private,
    char **err);

/* Flushes, syncs and closes the temporary file and renames it over the
 * target; on any failure removes it and leaves the target as it was.
 * Frees what o holds either way. HD_STORE with *err on failure. */
enum hd_status outfile_commit(struct outfile *o, char **err);

/* Removes the temporary file and frees what o holds; the target is left
 * as it was. */
void outfile_abort(struct outfile *o);

/* The --format a target's extension names: "html", "csv", "json" or
 * "text" (.txt), whatever the case; NULL for any other. */
const char *outfile_format(const char *path);

#endif
