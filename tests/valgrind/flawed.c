/* The self-test of `make valgrind` (tests/valgrind/selftest.sh): a program
 * with one flaw chosen by its argument, to show that tests/valgrind/memcheck
 * and check-logs fail a run for a leak and for a use of an uninitialised
 * value, and pass a run without either. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The block's only pointer dies with the frame: definitely lost. */
static void flawed_leak(void)
{
	char *p = malloc(64);

	if (p)
		strcpy(p, "lost");
}

/* A branch on a malloc'ed int nobody wrote. */
static void flawed_uninit(void)
{
	int *u = malloc(sizeof *u);

	if (u && *u == 42)
		puts("42");
	free(u);
}

int main(int argc, char **argv)
{
	const char *what = argc > 1 ? argv[1] : "";

	if (strcmp(what, "leak") == 0)
		flawed_leak();
	else if (strcmp(what, "uninit") == 0)
		flawed_uninit();
	return 0;
}
