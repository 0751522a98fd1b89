/* staff-pin: set the PIN of the staff screens. The PIN is read from the
 * terminal with echo off (asked twice), or as one line from standard input
 * for scripts; it never appears in the arguments, where ps could see it. */
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "hubdesk/cli.h"
#include "hubdesk/staff.h"

/* Reads one line into buf without echo when stdin is a terminal. */
static int
read_secret(const char *prompt, char *buf, size_t n)
{
	struct termios old, quiet;
	bool tty = isatty(STDIN_FILENO) != 0;
	char *nl;

	if (tty) {
		fputs(prompt, stderr);
		fflush(stderr);
		tcgetattr(STDIN_FILENO, &old);
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
	}
	if (fgets(buf, (int)n, stdin) == NULL)
		buf[0] = '\0';
	if (tty) {
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
		fputc('\n', stderr);
	}
	if ((nl = strchr(buf, '\n')) != NULL)
		*nl = '\0';
	return tty;
}

static void
wipe(char *p, size_t n)
{
	volatile char *v = p;

	while (n-- > 0)
		*v++ = 0;
}

static int
run_staff_pin(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	char pin[64], again[64], *err = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, NULL, NULL, 0, 0)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = hub_require(cli->hd, &err)) != HD_OK)
		return cli_fail(rc, err);
	if (read_secret("New staff PIN (4-12 digits): ", pin, sizeof pin)) {
		read_secret("The same PIN again: ", again, sizeof again);
		if (strcmp(pin, again) != 0) {
			wipe(pin, sizeof pin);
			wipe(again, sizeof again);
			fputs("hubdesk: the two PINs differ; nothing was changed\n", stderr);
			return HD_INVALID;
		}
		wipe(again, sizeof again);
	}
	rc = staff_set_pin(cli->hd, pin, &err);
	wipe(pin, sizeof pin);
	if (rc != HD_OK)
		return cli_fail(rc, err);
	fputs("staff PIN set\n", stdout);
	return 0;
}

const struct cli_command cli_cmd_staff_pin = {
	"staff-pin", "",
	"set the PIN of the staff screens (read from the terminal, or a line on stdin)",
	"The PIN is 4 to 12 digits. Only its yescrypt hash is stored.\n",
	run_staff_pin,
};
