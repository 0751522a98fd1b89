/* The terminal under the UI: whether hubdesk can drive it, the only curses
 * set-up and teardown, and the ways it ends other than a chosen quit.
 *
 * SIGHUP, SIGTERM and SIGQUIT only set a flag: the loop wakes at least
 * once a second, sees it and tears down like a quit, so the shell gets
 * back its normal screen, cursor and tty modes. Ctrl-\ on an unlocked UI
 * keeps its meaning of "stop now, without asking" that it has in any
 * program, only with the terminal restored and no core dump. Whoever
 * started hubdesk with SIGHUP ignored (nohup) keeps it ignored; a terminal
 * that goes away then makes every read fail at once, which poll reports as
 * a hang-up, and that ends the UI too instead of spinning on it. */
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ui-internal.h"
#include <term.h> /* after curses.h: setupterm, tigetstr */

static volatile sig_atomic_t term_signal;    /* SIGHUP, SIGTERM or SIGQUIT, once caught */
static volatile sig_atomic_t term_interrupt; /* Ctrl-C on an unlocked UI */
static SCREEN *term_screen;

static const int term_caught[] = { SIGHUP, SIGTERM, SIGQUIT, SIGINT };
static struct sigaction term_saved[sizeof term_caught / sizeof term_caught[0]];
static bool term_installed[sizeof term_caught / sizeof term_caught[0]];

static void
term_on_signal(int sig)
{
	if (sig == SIGINT)
		term_interrupt = 1;
	else
		term_signal = sig;
}

bool
ui_terminal_usable(void)
{
	int err = 0;
	bool ok;
	const char *cup;

	if (setupterm(NULL, STDOUT_FILENO, &err) != OK)
		return false;
	/* "dumb" and its like load, but cannot move the cursor. */
	cup = tigetstr("cup");
	ok = cup != NULL && cup != (char *)-1 && tigetflag("gn") <= 0 && tigetflag("hc") <= 0;
	del_curterm(cur_term);
	return ok;
}

/* Catches the signals the UI ends (or asks) on; one already ignored stays
 * ignored, and SIGINT and SIGQUIT are left to the kiosk's own choice. */
static void
term_catch(bool kiosk)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = term_on_signal;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: a signal cuts the wait for a key short. */
	for (size_t i = 0; i < sizeof term_caught / sizeof term_caught[0]; i++) {
		if ((term_caught[i] == SIGINT || term_caught[i] == SIGQUIT) && kiosk)
			continue;
		if (sigaction(term_caught[i], NULL, &term_saved[i]) != 0 ||
		    term_saved[i].sa_handler == SIG_IGN)
			continue;
		term_installed[i] = sigaction(term_caught[i], &sa, NULL) == 0;
	}
	if (kiosk) {
		/* A kiosk never drops to a shell: raw mode makes Ctrl-C, Ctrl-Z
		 * and Ctrl-\ ordinary keys, and the signals are ignored as well. */
		signal(SIGINT, SIG_IGN);
		signal(SIGQUIT, SIG_IGN);
		signal(SIGTSTP, SIG_IGN);
	}
}

bool
ui_term_start(bool kiosk)
{
	term_signal = 0;
	term_interrupt = 0;
	term_catch(kiosk);
	/* newterm, unlike initscr, returns instead of exiting with its own
	 * message when the terminal cannot be driven. */
	if ((term_screen = newterm(NULL, stdout, stdin)) == NULL) {
		ui_term_end();
		return false;
	}
	if (kiosk)
		raw();
	else
		cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED, NULL);
	mouseinterval(0);
	timeout(1000);
	return true;
}

void
ui_term_end(void)
{
	if (term_screen != NULL && !isendwin()) {
		/* endwin leaves the alternate screen and restores the tty modes;
		 * mouse reporting and the cursor are put back first, explicitly. */
		mousemask(0, NULL);
		curs_set(1);
		endwin();
	}
	for (size_t i = 0; i < sizeof term_caught / sizeof term_caught[0]; i++) {
		if (term_installed[i])
			sigaction(term_caught[i], &term_saved[i], NULL);
		term_installed[i] = false;
	}
}

void
ui_term_free(void)
{
	ui_term_end();
	if (term_screen != NULL)
		delscreen(term_screen);
	term_screen = NULL;
}

int
ui_term_ended(bool read_failed)
{
	struct pollfd p = { STDIN_FILENO, POLLIN, 0 };

	if (term_signal != 0)
		return 128 + term_signal;
	/* A read that failed at once on a terminal that has gone: poll says
	 * so without waiting. */
	if (read_failed && poll(&p, 1, 0) == 1 && (p.revents & (POLLHUP | POLLERR | POLLNVAL)))
		return 128 + SIGHUP;
	return 0;
}

bool
ui_term_interrupted(void)
{
	bool was = term_interrupt != 0;

	term_interrupt = 0;
	return was;
}
