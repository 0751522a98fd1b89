/* The dump files a roll-up is given: files named, directories searched
 * for *.json, and "-", a list of such names read from standard input. */
#ifndef HUBDESK_ROLLUP_FILES_H
#define HUBDESK_ROLLUP_FILES_H

#include <stdio.h>

#include "hubdesk/status.h"

/* Called with each file in turn; a status other than HD_OK stops the walk
 * and is returned. */
typedef enum hd_status (*rollup_file_fn)(const char *path, void *ctx, char **err);

/* Calls fn for arg: a file itself (whatever its name), a directory's
 * *.json files and those of its subdirectories (in byte order of their
 * names, leaving out names that begin with a dot and links to
 * directories), or, for "-", each non-empty line of list as such an
 * argument. HD_STORE when a directory or the list cannot be read. */
enum hd_status rollup_files_each(const char *arg, FILE *list, rollup_file_fn fn, void *ctx,
    char **err);

#endif
