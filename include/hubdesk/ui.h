/* The terminal UI: the kiosk by the door and, behind a PIN, the staff
 * screens. This header is all the rest of the program sees of it: no
 * curses type leaks out. */
#ifndef HUBDESK_UI_H
#define HUBDESK_UI_H

#include <stdbool.h>
#include <time.h>

#include "hubdesk/hub.h"
#include "hubdesk/text.h"

/* Whom the UI serves: the kiosk by the door, or one person's remote
 * session over SSH (docs/remote.md), which ends when it is left or idle. */
enum ui_session {
	UI_SESSION_NONE,
	UI_SESSION_MEMBER, /* the booking side of the kiosk, for one member */
	UI_SESSION_STAFF,  /* the staff screens, after that staff member's PIN */
};

struct ui_options {
	bool kiosk;          /* locked: no quitting, Ctrl-C and Ctrl-Z ignored */
	int idle_seconds;    /* back to the home screen after this long idle */
	int staff_idle_seconds; /* the same on the staff screens */
	bool fixed_clock;    /* --now was given: the clock runs on from it */
	char kiosk_name[32]; /* how the audit log names this kiosk: "tty1" */
	enum ui_session session;
	char session_member[8];        /* UI_SESSION_MEMBER: the member's code */
	char session_who[HD_TEXT];     /* and how the screen names them, "Aino Ä." */
	char session_staff[HD_TEXT];   /* UI_SESSION_STAFF: the staff member's name */
	int session_idle_seconds;      /* the session ends after this long idle */
};

/* True when curses can drive the terminal on standard output (TERM set,
 * known to terminfo, able to move the cursor). */
bool ui_terminal_usable(void);

/* Runs the UI until the user quits; returns the exit status (128 + the
 * signal when SIGHUP or SIGTERM, or a hang-up, ended it). */
int ui_run(struct hubdesk *hd, const struct ui_options *opt);

#endif
