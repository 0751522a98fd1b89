/* Replays fuzz corpora without libFuzzer (make check, with any compiler):
 * linked with one target's source, it calls LLVMFuzzerInitialize, then
 * LLVMFuzzerTestOneInput on every file of each folder named, and ends with
 * "fuzz-NAME: N passed, N failed" as the suites do (one test: the corpus). A
 * crash is the failure the sanitizers report; a file that cannot be read
 * fails the test. */
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"

__attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

static int
replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf;
	long n;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) != 0) {
		if (f != NULL)
			fclose(f);
		return -1;
	}
	/* Exactly n bytes (at least one to allocate), so a read past the
	 * input's end is caught under ASan. */
	if ((buf = malloc(n > 0 ? (size_t)n : 1)) == NULL ||
	    fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		fclose(f);
		return -1;
	}
	fclose(f);
	LLVMFuzzerTestOneInput(buf, (size_t)n);
	free(buf);
	return 0;
}

int
main(int argc, char **argv)
{
	/* Saved before the target's initialisation may send stdout away. */
	FILE *out = fdopen(dup(1), "w");
	const char *name = argc > 1 ? argv[1] : "fuzz";
	int files = 0, bad = 0;
	char path[4096];

	if (out == NULL)
		return 2;
	/* Absolute, since a target may work in a scratch folder of its own. */
	for (int i = 2; i < argc; i++) {
		char *abs = realpath(argv[i], NULL);
		if (abs != NULL)
			argv[i] = abs; /* kept until the process ends */
	}
	if (LLVMFuzzerInitialize != NULL)
		LLVMFuzzerInitialize(&argc, &argv);
	for (int i = 2; i < argc; i++) {
		DIR *d = opendir(argv[i]);
		struct dirent *e;
		if (d == NULL) {
			fprintf(out, "  cannot read %s\n", argv[i]);
			bad++;
			continue;
		}
		while ((e = readdir(d)) != NULL) {
			if (e->d_name[0] == '.')
				continue;
			snprintf(path, sizeof path, "%s/%s", argv[i], e->d_name);
			if (replay_file(path) != 0) {
				fprintf(out, "  cannot read %s\n", path);
				bad++;
			}
			files++;
		}
		closedir(d);
	}
	if (files == 0)
		bad++;
	fprintf(out, "%s %s (%d files)\n", bad ? "FAIL" : "ok", name, files);
	fprintf(out, "%s: %d passed, %d failed\n", name, bad ? 0 : 1, bad ? 1 : 0);
	fclose(out);
	return bad ? 1 : 0;
}
