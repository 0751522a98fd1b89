/* The terminal UI's loop (the terminal itself is ui-term.c's): the
 * screen stack, keys and mouse to actions, the clock, the idle return to
 * the home screen, and one redraw per loop when something changed.
 *
 * The loop waits for input at most a second. On each wake it moves the
 * clock, returns an idle kiosk to its home screen, and asks the database
 * whether another process wrote to it (PRAGMA data_version, a counter
 * read without touching any table); only then does the screen re-read its
 * data. A database file replaced or damaged under it is opened again. So a kiosk shows other kiosks' check-ins within a second and does
 * no work while nothing happens. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/audit.h"
#include "hubdesk/i18n.h"
#include "hubdesk/remote.h"
#include "hubdesk/staff.h"
#include "hubdesk/xmalloc.h"
#include "ui-internal.h"

/* What was said on one screen is about that screen: a new one opens
 * without it (a screen that reports on opening says so in its enter). */
static void
ui_forget_messages(struct ui *ui)
{
	ui->status[0] = '\0';
	ui->outcome[0] = '\0';
}

static bool ui_in_staff(const struct ui *ui);

/* Outside the staff screens every change is the public kiosk's; inside
 * them, the logged-in staff member's, in their role. */
static void
ui_act_as_screen(struct ui *ui)
{
	if (ui_in_staff(ui))
		hubdesk_act_as(ui->hd, ui->staff_role, ui->staff_name);
	else
		hubdesk_act_as(ui->hd, HD_ROLE_KIOSK, NULL);
}

bool
ui_key_shown(const struct ui *ui, const struct ui_key *k)
{
	/* A locked kiosk offers no way out, in the bar or in the help. */
	return !((k->action == ui_key_quit || k->action == ui_home_key_q) && ui->opt.kiosk);
}

void
ui_push(struct ui *ui, const struct ui_screen *s)
{
	ui_screen_check(s);
	if (ui->depth < (int)(sizeof ui->stack / sizeof ui->stack[0]))
		ui->stack[ui->depth++] = ui->screen;
	ui_forget_messages(ui);
	ui->screen = s;
	if (s->enter != NULL)
		s->enter(ui);
}

void
ui_replace(struct ui *ui, const struct ui_screen *s)
{
	ui_screen_check(s);
	ui_forget_messages(ui);
	ui->screen = s;
	if (s->enter != NULL)
		s->enter(ui);
}

int
ui_key_help(struct ui *ui)
{
	ui_push(ui, &ui_help);
	return UI_REDRAW;
}

int
ui_key_quit(struct ui *ui)
{
	if (ui->opt.kiosk) {
		ui_staff_stop(ui);
		return UI_REDRAW;
	}
	ui->quit_asked = true;
	return UI_REDRAW;
}

static int
ui_key_quit_yes(struct ui *ui)
{
	(void)ui;
	return UI_QUIT;
}

static int
ui_key_quit_no(struct ui *ui)
{
	ui->quit_asked = false;
	return UI_REDRAW;
}

/* The quit question, asked on any screen (q and F10 at home, Ctrl-C
 * anywhere): while it is open it is the current screen's key table. */
const struct ui_key ui_quit_keys[] = {
	{ UI_KEYS_YES, "y", N_("Yes"), N_("Quit hubdesk"), ui_key_quit_yes },
	{ UI_KEYS_OTHER, N_("Other"), N_("No"), N_("Any other key: keep hubdesk running"),
	  ui_key_quit_no },
	UI_KEY_END,
};

int
ui_back(struct ui *ui)
{
	/* A remote session is its first screen: leaving that asks whether to
	 * end it, as a second Escape too many must not. */
	if (ui->depth == 0) {
		if (ui->opt.session == UI_SESSION_NONE)
			return UI_NOTHING;
		ui->quit_asked = true;
		return UI_REDRAW;
	}
	/* The screen left behind forgets its person and frees its lists. */
	if (ui->screen->reset != NULL)
		ui->screen->reset(ui);
	ui->screen = ui->stack[--ui->depth];
	ui_act_as_screen(ui);
	if (ui->screen->reload != NULL)
		ui->screen->reload(ui);
	return UI_REDRAW;
}

/* Back to the home screen with nothing of the last person left on any
 * screen: their code, name, typed fields, PIN digits, the lists that
 * staff screens read, and the language they chose. */
static void
ui_go_home(struct ui *ui)
{
	i18n_reset();
	ui_screens_reset(ui);
	ui->depth = 0;
	/* A session's home is the member's bookings, or the staff PIN. */
	ui->screen = ui->opt.session == UI_SESSION_MEMBER ? &ui_session :
	    ui->opt.session == UI_SESSION_STAFF ? &ui_staff_pin : &ui_home;
	if (ui->screen->enter != NULL && ui->screen != &ui_home)
		ui->screen->enter(ui);
	ui->quit_asked = false;
	ui->status[0] = '\0';
	ui->outcome[0] = '\0';
	ui->staff_role = HD_ROLE_KIOSK;
	ui->staff_name[0] = '\0';
	ui_act_as_screen(ui);
}

/* Seconds of no key before going home: the staff screens (those reached
 * through the staff menu) have their own, as staff work there longer
 * between keys than a member at the kiosk. */
static bool
ui_in_staff(const struct ui *ui)
{
	bool staff = ui->screen == &ui_staff_menu;

	for (int i = 0; i < ui->depth && !staff; i++)
		staff = ui->stack[i] == &ui_staff_menu;
	return staff;
}

/* Another process wrote (`hubdesk staff remove`, say): an open staff
 * login whose staff member is gone or has another role ends now rather
 * than at the idle timeout. A database that cannot be read keeps it: no
 * action could read or write through it either, and the screens say so. */
static int
ui_check_staff(struct ui *ui)
{
	enum hd_role role;
	char *err = NULL;
	enum hd_status rc;

	if (!ui_in_staff(ui))
		return UI_NOTHING;
	rc = staff_role_of(ui->hd, ui->staff_name, &role, &err);
	free(err);
	if (rc != HD_OK || role == ui->staff_role)
		return UI_NOTHING;
	ui_go_home(ui);
	ui_outcome(ui, true, "%s", _("The staff screens closed: that staff login is no longer "
	    "valid."));
	return UI_REDRAW | UI_RELOAD;
}

/* Another process wrote: a remote session whose key was removed (or
 * whose owner left) ends now, not at its idle timeout. */
static int
ui_check_session(struct ui *ui)
{
	char *err = NULL;
	enum hd_status rc;

	if (ui->opt.session == UI_SESSION_NONE)
		return UI_NOTHING;
	rc = remote_login_check(ui->hd, ui->opt.session == UI_SESSION_MEMBER ? REMOTE_MEMBER :
	    REMOTE_STAFF, ui->opt.session == UI_SESSION_MEMBER ? ui->opt.session_member :
	    ui->opt.session_staff, ui->hd->via, &err);
	if (rc == HD_REFUSED)
		snprintf(ui->ended, sizeof ui->ended, "hubdesk: %s", err);
	free(err);
	return rc == HD_REFUSED ? UI_QUIT : UI_NOTHING;
}

static int
ui_idle_limit(const struct ui *ui)
{
	if (ui->opt.session != UI_SESSION_NONE)
		return ui->opt.session_idle_seconds;
	return ui_in_staff(ui) ? ui->opt.staff_idle_seconds : ui->opt.idle_seconds;
}

/* Seconds before the idle timer goes home, while they are few enough to
 * warn of it (the last 30, or half the timeout if shorter); else -1. */
static int
ui_idle_left(const struct ui *ui)
{
	int limit = ui_idle_limit(ui), left = limit - (int)(time(NULL) - ui->last_input);

	return left <= (limit / 2 < 30 ? limit / 2 : 30) ? (left > 0 ? left : 0) : -1;
}

/* The database file replaced under the kiosk (moved or copied over its
 * path) or found damaged: SQLite would go on reading the old file, so it
 * is opened again by its path, each second until that works. */
static int
ui_follow_file(struct ui *ui)
{
	char *err = NULL;

	if (!hubdesk_replaced(ui->hd))
		return UI_NOTHING;
	if (hubdesk_reopen(ui->hd, &err) == HD_OK)
		ui->status[0] = '\0';
	else
		ui_say(ui, true, "%s", err != NULL ? err : _("database error")); /* without its hint */
	free(err);
	return UI_RELOAD;
}

static void
ui_redraw(struct ui *ui)
{
	erase();
	if (COLS < UI_MIN_COLS || LINES < UI_MIN_ROWS) {
		char msg[96];
		snprintf(msg, sizeof msg, _("The window is too small (%dx%d)."), COLS, LINES);
		ui_put_centre(LINES / 2 - 1, msg);
		snprintf(msg, sizeof msg, _("hubdesk needs at least %dx%d."), UI_MIN_COLS,
		    UI_MIN_ROWS);
		ui_put_centre(LINES / 2, msg);
		ui->nbar = 0;
	} else {
		ui_title_bar(ui, _(ui->screen->title));
		ui->screen->draw(ui);
		/* What a person's action came to stands in the middle of every
		 * screen; home gives it its own place under the code. */
		if (ui->screen != &ui_home)
			ui_outcome_box(ui);
		ui_status_line(ui);
		ui_form_question_draw(ui, ui_idle_left(ui));
		/* The home screen asks in its middle; elsewhere (Ctrl-C) the
		 * question stands where the screens ask theirs. */
		if (ui->quit_asked && ui->screen != &ui_home)
			ui_question(ui, UI_PAIR_ERROR, ui->opt.session != UI_SESSION_NONE ?
			    _("End the session? y: yes, any other key: no") : _(UI_QUIT_QUESTION));
		ui_key_bar(ui);
	}
	wnoutrefresh(stdscr);
	doupdate();
}

/* A click: on the key bar it is that key; elsewhere the screen's mouse
 * handler (a key KEY_MOUSE with the event) decides. */
static int
ui_mouse_to_key(struct ui *ui, MEVENT *ev)
{
	if (ev->y == LINES - 1) {
		for (int i = 0; i < ui->nbar; i++) {
			if (ev->x >= ui->bar[i].x0 && ev->x < ui->bar[i].x1)
				return ui->bar[i].key;
		}
		return 0;
	}
	return KEY_MOUSE;
}

static int
ui_handle(struct ui *ui, wint_t ch, bool is_key)
{
	int key = (int)ch;

	if (is_key && key == KEY_RESIZE)
		return UI_REDRAW;
	if (COLS < UI_MIN_COLS || LINES < UI_MIN_ROWS)
		return UI_NOTHING; /* nothing is on the screen to act on */
	/* Whatever screen the keys or clicks lead to. */
	ui_act_as_screen(ui);
	if (is_key && key == KEY_MOUSE) {
		MEVENT ev;
		if (getmouse(&ev) != OK)
			return UI_NOTHING;
		if ((key = ui_mouse_to_key(ui, &ev)) == 0)
			return UI_NOTHING;
		if (key == KEY_MOUSE) {
			/* The screen's click row reads the click from ui->mouse; a
			 * click no row takes is dropped, never put back in the input. */
			ui->mouse = ev;
			return ui_key_dispatch(ui, KEY_MOUSE, true);
		}
		is_key = key > 0xff;
	}
	return ui_key_dispatch(ui, (wint_t)key, is_key);
}

int
ui_run(struct hubdesk *hd, const struct ui_options *opt)
{
	struct ui ui;
	time_t last_tick = 0;
	int flags = UI_REDRAW | UI_RELOAD, status = 0;

	memset(&ui, 0, sizeof ui);
	ui.hd = hd;
	ui.opt = *opt;
	ui.clock_offset = opt->fixed_clock ? hd->now - time(NULL) : 0;
	ui.last_input = time(NULL);

	fatal_set_hook(ui_term_end);
	if (!ui_term_start(opt->kiosk)) {
		fatal_set_hook(NULL);
		fputs(_("hubdesk: the terminal UI cannot start on this terminal; set TERM, e.g. "
		    "TERM=xterm-256color, or give a command (hubdesk --help)\n"), stderr);
		return HD_INVALID;
	}
	ui_draw_init(&ui);
	hubdesk_changed(hd); /* notes the version the UI starts from */
	ui_code_resume(&ui);

	ui.screen = &ui_home;
	ui_go_home(&ui);
	while (!(flags & UI_QUIT)) {
		wint_t ch;
		int rc;
		time_t now;

		if (flags & UI_RELOAD) {
			if (ui.screen->reload != NULL)
				ui.screen->reload(&ui);
			flags |= UI_REDRAW;
		}
		if (flags & UI_REDRAW)
			ui_redraw(&ui);
		flags = UI_NOTHING;

		rc = get_wch(&ch);
		if ((status = ui_term_ended(rc == ERR)) != 0)
			break;
		now = time(NULL);
		hd->now = now + ui.clock_offset;
		if (rc != ERR) {
			ui.last_input = now;
			/* A key after an outcome means it was read: it goes, whatever
			 * the key does. */
			if (ui.outcome[0] != '\0' && !(rc == KEY_CODE_YES && ch == KEY_RESIZE)) {
				ui.outcome[0] = '\0';
				flags |= UI_REDRAW;
			}
			flags |= ui_handle(&ui, ch, rc == KEY_CODE_YES);
		}
		if (ui_term_interrupted()) {
			ui.last_input = now;
			flags |= ui_key_quit(&ui);
		}
		if (now != last_tick) {
			last_tick = now;
			flags |= UI_REDRAW; /* the clock */
			if (ui.status[0] != '\0' && now - ui.status_at >= 8) {
				ui.status[0] = '\0';
			}
			/* A remote session left idle ends: the connection may be a
			 * laptop closed in a café. */
			if (ui.opt.session != UI_SESSION_NONE &&
			    now - ui.last_input >= ui_idle_limit(&ui)) {
				snprintf(ui.ended, sizeof ui.ended, _("hubdesk: the session ended after "
				    "%d s without a key"), ui.opt.session_idle_seconds);
				break;
			}
			if (now - ui.last_input >= ui_idle_limit(&ui) &&
			    (ui.screen != &ui_home || ui_home_busy(&ui))) {
				/* A kiosk by the door cannot keep a form open forever, but
				 * the form said so before, and home says so after. */
				bool unsaved = ui_form_changed(ui.screen->form);
				int limit = ui_idle_limit(&ui);

				ui_go_home(&ui);
				if (unsaved)
					ui_outcome(&ui, true, _("A form was closed without saving: no key "
					    "for %d s."), limit);
				flags |= UI_RELOAD;
			}
			flags |= ui_follow_file(&ui);
			if (hubdesk_changed(hd))
				flags |= UI_RELOAD | ui_check_staff(&ui) | ui_check_session(&ui);
		}
	}
	ui_term_free();
	fatal_set_hook(NULL);
	if (ui.ended[0] != '\0')
		fprintf(stderr, "%s\n", ui.ended);
	return status;
}
