/* ptytime: how long a terminal program takes to show its first screen.
 *
 * Usage: ptytime RUNS MARKER COMMAND [ARGS...]
 * Runs COMMAND RUNS times on a fresh pseudo-terminal of 100x30, reads what
 * it writes, and takes the time from fork to the moment MARKER has been
 * written; prints the median and the range in milliseconds. The program is
 * then ended. Scanning the written bytes (rather than emulating a screen)
 * is enough here because both programs measured draw their marker as one
 * run of plain text. */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double
one_run(const char *marker, char **cmd)
{
	struct winsize ws = { 30, 100, 0, 0 };
	char buf[65536];
	size_t used = 0, mlen = strlen(marker);
	double t0 = now_ms(), t = -1;
	int fd, status;
	pid_t pid = forkpty(&fd, NULL, NULL, &ws);

	if (pid < 0) {
		perror("forkpty");
		exit(2);
	}
	if (pid == 0) {
		setenv("TERM", "xterm-256color", 1);
		execvp(cmd[0], cmd);
		_exit(127);
	}
	while (t < 0 && now_ms() - t0 < 10000) {
		struct pollfd p = { fd, POLLIN, 0 };
		ssize_t n;

		if (poll(&p, 1, 100) <= 0)
			continue;
		n = read(fd, buf + used, sizeof buf - used - 1);
		if (n <= 0)
			break;
		used += (size_t)n;
		buf[used] = '\0';
		if (memmem(buf, used, marker, mlen) != NULL)
			t = now_ms() - t0;
		if (used > sizeof buf / 2) { /* keep the tail, the marker may straddle */
			memmove(buf, buf + used - mlen, mlen);
			used = mlen;
		}
	}
	kill(pid, SIGTERM);
	/* Drain so the child is not blocked writing its goodbye. */
	for (int i = 0; i < 50 && waitpid(pid, &status, WNOHANG) == 0; i++) {
		struct pollfd p = { fd, POLLIN, 0 };
		if (poll(&p, 1, 10) > 0 && read(fd, buf, sizeof buf) <= 0)
			break;
	}
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	close(fd);
	return t;
}

static int
cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

int
main(int argc, char **argv)
{
	int runs;
	double *t;

	if (argc < 4 || (runs = atoi(argv[1])) < 1) {
		fprintf(stderr, "usage: ptytime RUNS MARKER COMMAND [ARGS...]\n");
		return 2;
	}
	t = calloc((size_t)runs, sizeof *t);
	for (int i = 0; i < runs; i++) {
		if ((t[i] = one_run(argv[2], argv + 3)) < 0) {
			fprintf(stderr, "ptytime: '%s' never appeared\n", argv[2]);
			return 1;
		}
	}
	qsort(t, (size_t)runs, sizeof *t, cmp);
	printf("%.2f %.2f %.2f\n", t[runs / 2], t[0], t[runs - 1]);
	free(t);
	return 0;
}
