/* A power cut, simulated: loaded with LD_PRELOAD into hubdesk, it keeps
 * beside the database named by POWERCUT_DB (and its -wal) a copy of what
 * the disk is sure to hold, taken each time the file is synced: FILE.synced.
 * A process killed at any moment then leaves in the copies exactly what a
 * power cut at that moment would leave when none of the writes since the
 * last fsync or fdatasync reached the platter. tests/cli/power.sh opens the
 * copies as the box would after it boots again.
 *
 * Writes after the last sync are all thrown away, never a subset of them:
 * SQLite's own crash tests cover torn and reordered sectors, while this
 * shows that hubdesk syncs before it says a change is done. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

int fsync(int fd);
int fdatasync(int fd);
int unlink(const char *path);

/* The shadow of the file fd has open, or false when it is not one watched:
 * the database or its write-ahead log. */
static int
powercut_shadow(const char *path, char *shadow, size_t n)
{
	const char *db = getenv("POWERCUT_DB");
	size_t len;

	if (db == NULL || *db == '\0')
		return 0;
	len = strlen(db);
	if (strncmp(path, db, len) != 0 || (path[len] != '\0' && strcmp(path + len, "-wal") != 0))
		return 0;
	return snprintf(shadow, n, "%s.synced", path) < (int)n;
}

/* Copies what fd holds now to the shadow, through a temporary file and a
 * rename, so that a kill in the middle leaves the previous copy whole.
 * Copies by several processes (a commit's and another's checkpoint sync
 * the WAL at once) take a lock, so that the one that read the file last
 * is the one renamed last: a disk never forgets a synced write. */
static void
powercut_copy(int fd)
{
	char link[64], path[PATH_MAX], shadow[PATH_MAX + 16], tmp[PATH_MAX + 32], buf[65536];
	ssize_t len, got;
	off_t off = 0;
	int out, lock;

	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	len = readlink(link, path, sizeof path - 1);
	if (len <= 0)
		return;
	path[len] = '\0';
	if (!powercut_shadow(path, shadow, sizeof shadow))
		return;
	snprintf(tmp, sizeof tmp, "%s.lock", shadow);
	lock = open(tmp, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (lock < 0 || flock(lock, LOCK_EX) != 0)
		abort();
	snprintf(tmp, sizeof tmp, "%s.tmp", shadow);
	out = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (out < 0)
		abort();
	while ((got = pread(fd, buf, sizeof buf, off)) > 0) {
		if (write(out, buf, (size_t)got) != got)
			abort();
		off += got;
	}
	if (got < 0 || close(out) != 0 || rename(tmp, shadow) != 0)
		abort();
	close(lock);
}

/* The real sync of the C library under the name given, then the copy. */
static int
powercut_sync(const char *name, int fd)
{
	int (*real)(int) = (int (*)(int))dlsym(RTLD_NEXT, name);
	int rc = real(fd);

	if (rc == 0)
		powercut_copy(fd);
	return rc;
}

int
fsync(int fd)
{
	return powercut_sync("fsync", fd);
}

int
fdatasync(int fd)
{
	return powercut_sync("fdatasync", fd);
}

/* A log removed is gone from the disk too (SQLite removes it only after
 * the database holds all of it, synced). */
int
unlink(const char *path)
{
	static int (*real)(const char *);
	char abs[PATH_MAX], shadow[PATH_MAX + 16];
	int rc;

	if (real == NULL)
		real = (int (*)(const char *))dlsym(RTLD_NEXT, "unlink");
	if (realpath(path, abs) == NULL)
		snprintf(abs, sizeof abs, "%s", path);
	rc = real(path);
	if (rc == 0 && powercut_shadow(abs, shadow, sizeof shadow))
		real(shadow);
	return rc;
}
