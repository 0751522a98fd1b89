/* The terminal UI: the kiosk by the door and, behind a PIN, the staff
 * screens. This header is all the rest of the program sees of it: no
 * curses type leaks out. */
#ifndef HUBDESK_UI_H
#define HUBDESK_UI_H

#include <stdbool.h>
#include <time.h>

#include "hubdesk/hub.h"

struct ui_options {
	bool kiosk;          /* locked: no quitting, Ctrl-C and Ctrl-Z ignored */
	int idle_seconds;    /* back to the home screen after this long idle */
	int staff_idle_seconds; /* the same on the staff screens */
	bool fixed_clock;    /* --now was given: the clock runs on from it */
	char kiosk_name[32]; /* how the audit log names this kiosk: "tty1" */
};

/* True when curses can drive the terminal on standard output (TERM set,
 * known to terminfo, able to move the cursor). */
bool ui_terminal_usable(void);

/* Runs the UI until the user quits; returns the exit status (128 + the
 * signal when SIGHUP or SIGTERM, or a hang-up, ended it). */
int ui_run(struct hubdesk *hd, const struct ui_options *opt);

#endif
