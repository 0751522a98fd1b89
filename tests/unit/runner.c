/* The unit test runner (see test.h). Prints one line per test and closes
 * with "unit: N passed, N failed". */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test.h"

#define MAX_TESTS 512

#ifdef HUBDESK_COVERAGE
/* libgcov's: writes the counts, which a child's _exit would otherwise lose. */
void __gcov_dump(void);
#endif

static struct {
	const char *name;
	void (*fn)(void);
} tests[MAX_TESTS];
static int ntests;
static int failures;
static char db_path[256];

void
test_register(const char *name, void (*fn)(void))
{
	if (ntests < MAX_TESTS) {
		tests[ntests].name = name;
		tests[ntests].fn = fn;
		ntests++;
	}
}

void
test_failed(const char *file, int line, const char *what)
{
	printf("    %s:%d: %s\n", file, line, what);
	fflush(stdout);
	failures++;
}

const char *
test_db_path(void)
{
	return db_path;
}

static void
remove_db(void)
{
	char p[300];

	unlink(db_path);
	snprintf(p, sizeof p, "%s-wal", db_path);
	unlink(p);
	snprintf(p, sizeof p, "%s-shm", db_path);
	unlink(p);
}

static int
run_one(int i)
{
	int fd;

	snprintf(db_path, sizeof db_path, "/tmp/hubdesk-unit-XXXXXX");
	if ((fd = mkstemp(db_path)) >= 0)
		close(fd);
	unlink(db_path); /* the store creates it */
	failures = 0;
	tests[i].fn();
	remove_db();
	return failures == 0;
}

int
main(int argc, char **argv)
{
	const char *filter = argc > 1 ? argv[1] : NULL;
	int passed = 0, failed = 0;
	int nofork = getenv("NOFORK") != NULL;

	setenv("TZ", "UTC", 1);
	/* Name matching folds å, ä, ö and Sámi letters: it needs a UTF-8 locale. */
	if (setlocale(LC_ALL, "C.UTF-8") == NULL)
		setlocale(LC_ALL, "");
	for (int i = 0; i < ntests; i++) {
		int ok, status;
		pid_t pid;

		if (filter != NULL && strstr(tests[i].name, filter) == NULL)
			continue;
		fflush(stdout);
		if (nofork) {
			ok = run_one(i);
		} else if ((pid = fork()) == 0) {
			/* _exit: the parent's stdio buffers and atexit handlers are
			 * not the child's to run. */
			ok = run_one(i);
#ifdef HUBDESK_COVERAGE
			__gcov_dump();
#endif
			_exit(ok ? 0 : 1);
		} else {
			waitpid(pid, &status, 0);
			ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
			if (WIFSIGNALED(status))
				printf("    crashed with signal %d\n", WTERMSIG(status));
		}
		printf("  %s unit/%s\n", ok ? "ok  " : "FAIL", tests[i].name);
		if (ok)
			passed++;
		else
			failed++;
	}
	printf("unit: %d passed, %d failed\n", passed, failed);
	return failed != 0;
}
