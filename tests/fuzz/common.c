/* The fuzz targets' shared helpers (fuzz.h). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz.h"
#include "hubdesk/cli.h"

char *
fuzz_string(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);

	if (s == NULL)
		abort();
	if (size > 0)
		memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

void
fuzz_quiet(void)
{
	FILE *out = fopen("/dev/null", "w"), *err = fopen("/dev/null", "w");

	if (out == NULL || err == NULL || freopen("/dev/null", "r", stdin) == NULL)
		abort();
	stdout = out;
	stderr = err;
}

static char fuzz_dir[64];

static void
fuzz_clear(bool all)
{
	DIR *d = opendir(fuzz_dir);
	struct dirent *e;

	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		char path[128 + 256];
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0 ||
		    (!all && strcmp(e->d_name, "hub.db") == 0))
			continue;
		snprintf(path, sizeof path, "%s/%s", fuzz_dir, e->d_name);
		/* A folder an input made (--db a/b.db): emptied one level, the
		 * most a command makes. */
		if (unlink(path) != 0) {
			DIR *sub = opendir(path);
			struct dirent *f;
			while (sub != NULL && (f = readdir(sub)) != NULL) {
				char inner[sizeof path + 256];
				snprintf(inner, sizeof inner, "%s/%s", path, f->d_name);
				unlink(inner);
			}
			if (sub != NULL)
				closedir(sub);
			rmdir(path);
		}
	}
	closedir(d);
}

static void
fuzz_scratch_remove(void)
{
	fuzz_clear(true);
	rmdir(fuzz_dir);
}

const char *
fuzz_scratch(void)
{
	/* tmpfs when there is one: the database is written back often. */
	const char *base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";

	if (fuzz_dir[0] != '\0')
		return fuzz_dir;
	snprintf(fuzz_dir, sizeof fuzz_dir, "%s/hubdesk-fuzz-XXXXXX", base);
	if (mkdtemp(fuzz_dir) == NULL || chdir(fuzz_dir) != 0)
		abort();
	atexit(fuzz_scratch_remove);
	/* No config or database of the machine's is read. */
	setenv("XDG_CONFIG_HOME", fuzz_dir, 1);
	setenv("XDG_CONFIG_DIRS", fuzz_dir, 1);
	setenv("XDG_DATA_HOME", fuzz_dir, 1);
	setenv("HOME", fuzz_dir, 1);
	unsetenv("HUBDESK_DB");
	unsetenv("HUBDESK_NOW");
	unsetenv("HUBDESK_CONFIG");
	return fuzz_dir;
}

static char *hub_bytes;
static size_t hub_len;
static struct stat hub_made;

static void
fuzz_run(const char *const *words)
{
	char *argv[32];
	int argc = 0;

	argv[argc++] = (char *)"hubdesk";
	argv[argc++] = (char *)"--db=hub.db";
	argv[argc++] = (char *)"--now=2026-11-23 09:00";
	while (*words != NULL)
		argv[argc++] = (char *)*words++;
	argv[argc] = NULL;
	if (cli_main(argc, argv) != 0)
		abort();
}

static void
fuzz_hub_make(void)
{
	static const char *const steps[][12] = {
		{ "init", "--name", "Testipiste", "--municipality", "Kuortane", NULL },
		{ "space", "add", "D01", NULL }, { "space", "add", "D02", NULL },
		{ "space", "add", "D03", NULL },
		{ "space", "add", "R1", "--kind", "room", "--capacity", "6", NULL },
		{ "member", "add", "Aino Äijälä", "--municipality", "Kuortane", "--category",
		  "remote-employee", NULL },
		{ "member", "add", "Ville Virtanen", "--municipality", "Helsinki", "--category",
		  "entrepreneur", NULL },
	};
	FILE *f;
	long n;

	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++)
		fuzz_run(steps[i]);
	if ((f = fopen("hub.db", "rb")) == NULL || fseek(f, 0, SEEK_END) != 0 ||
	    (n = ftell(f)) <= 0 || fseek(f, 0, SEEK_SET) != 0)
		abort();
	hub_len = (size_t)n;
	if ((hub_bytes = malloc(hub_len)) == NULL || fread(hub_bytes, 1, hub_len, f) != hub_len)
		abort();
	fclose(f);
	if (stat("hub.db", &hub_made) != 0)
		abort();
}

void
fuzz_hub_restore(void)
{
	struct stat now;
	FILE *f;

	fuzz_scratch();
	if (hub_bytes == NULL) {
		fuzz_hub_make();
		return;
	}
	fuzz_clear(false);
	/* Most inputs are refused before anything is written: the file is
	 * written back only when it changed. */
	if (stat("hub.db", &now) == 0 && now.st_size == hub_made.st_size &&
	    now.st_mtim.tv_sec == hub_made.st_mtim.tv_sec &&
	    now.st_mtim.tv_nsec == hub_made.st_mtim.tv_nsec && now.st_mode == hub_made.st_mode)
		return;
	unlink("hub.db");
	if ((f = fopen("hub.db", "wb")) == NULL || fwrite(hub_bytes, 1, hub_len, f) != hub_len ||
	    fchmod(fileno(f), 0600) != 0 || fclose(f) != 0 || stat("hub.db", &hub_made) != 0)
		abort();
}
