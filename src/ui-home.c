/* The kiosk's home screen: the hub now, and a member code to check in or
 * out. The screen shows only the person at the kiosk, and only as "Aino
 * Ä."; the idle timer clears it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/caltime.h"
#include "hubdesk/demo.h"
#include "hubdesk/ids.h"
#include "hubdesk/today.h"
#include "hubdesk/member.h"
#include "hubdesk/visit.h"
#include "ui-internal.h"

static struct {
	char code[MEMBER_CODE_LEN + 1];
	bool offering;           /* waiting for Enter or Escape on plan */
	bool cue;                /* the last key cannot be in a code: field in red */
	struct kiosk_plan plan;
	struct today today;
	bool have_today;
	const char *demo_pin;    /* a demo hub's staff PIN, told on screen */
	int button_row, button_x0, button_x1; /* the offer's [ Take … ] */
} home;

void
ui_home_reset(struct ui *ui)
{
	(void)ui;
	home.code[0] = '\0';
	home.offering = false;
	home.cue = false;
	memset(&home.plan, 0, sizeof home.plan);
}

bool
ui_home_busy(struct ui *ui)
{
	(void)ui;
	/* A visitor's own language too: the next one finds the hub's. */
	return home.code[0] != '\0' || home.offering || ui->outcome[0] != '\0' ||
	    ui->status[0] != '\0' || ui->quit_asked || i18n_current() != i18n_hub();
}

static void
home_reload(struct ui *ui)
{
	char *err = NULL;

	home.have_today = today_get(ui->hd, &home.today, &err) == HD_OK;
	home.demo_pin = demo_staff_pin(ui->hd);
	if (!home.have_today)
		ui_say(ui, true, "%s", err != NULL ? err : _("cannot read the hub"));
	free(err);
}

/* The welcome for a check-in, saying where to sit and for how long. */
static void
home_greet_checkin(struct ui *ui, const char *who, const struct visit *v)
{
	char a[UI_TIME_MAX], b[UI_TIME_MAX];

	switch (v->how) {
	case CHECKIN_NO_DESK:
		if (v->booking_starts != 0)
			ui_outcome(ui, false, _("Welcome, %s! Checked in at %s, without a desk; %s is "
			    "yours from %s."), who, ui_time(v->in_at, a), v->booked_space,
			    ui_time(v->booking_starts, b));
		else
			ui_outcome(ui, false, _("Welcome, %s! Checked in at %s, without a desk."), who,
			    ui_time(v->in_at, a));
		break;
	case CHECKIN_BOOKED:
		ui_outcome(ui, false, _("Welcome, %s! Your desk is %s, booked until %s."), who,
		    v->space_code, ui_time_end(v->booking_starts, v->booking_ends, b));
		break;
	case CHECKIN_MOVED:
		ui_outcome(ui, false, _("Welcome, %s! %s is in use, so your booking moved to %s, "
		    "until %s."), who, v->booked_space, v->space_code,
		    ui_time_end(v->booking_starts, v->booking_ends, b));
		break;
	case CHECKIN_STANDBY:
		ui_outcome(ui, false, _("Welcome, %s! %s is in use: sit at %s for now; %s is yours "
		    "once it is free."), who, v->booked_space, v->space_code, v->booked_space);
		break;
	case CHECKIN_EARLY:
		ui_outcome(ui, false, _("Welcome, %s! Your desk is %s, booked from %s: it is yours "
		    "already."), who, v->space_code, ui_time(v->booking_starts, a));
		break;
	case CHECKIN_EARLY_ELSEWHERE:
		ui_outcome(ui, false, _("Welcome, %s! Sit at %s until %s; your booked %s is yours "
		    "from %s."), who, v->space_code, ui_time(v->hold_until, a), v->booked_space,
		    ui_time(v->booking_starts, b));
		break;
	case CHECKIN_WALK_IN:
		if (v->desk_free_until != 0)
			ui_outcome(ui, false, _("Welcome, %s! Your desk is %s, free until %s."), who,
			    v->space_code, ui_time(v->desk_free_until, b));
		else
			ui_outcome(ui, false, _("Welcome, %s! Your desk is %s for the day."), who,
			    v->space_code);
		break;
	}
}

/* Carries out the plan: the member chose it (Enter) or it needed no
 * choice. */
static int
home_act(struct ui *ui, const char *space)
{
	struct kiosk_plan *p = &home.plan;
	struct visit v;
	char *err = NULL, a[UI_TIME_MAX];
	enum hd_status rc;

	home.offering = false;
	home.code[0] = '\0';
	if (p->step == KIOSK_CHECK_OUT) {
		rc = visit_checkout(ui->hd, p->member_code, ui->hd->now, &v, &err);
		if (rc == HD_OK)
			ui_outcome(ui, false, _("Goodbye, %s! Checked out at %s."), p->short_name,
			    ui_time(v.out_at, a));
	} else {
		rc = visit_checkin(ui->hd, p->member_code, space, ui->hd->now, &v, &err);
		if (rc == HD_OK)
			home_greet_checkin(ui, p->short_name, &v);
	}
	if (rc != HD_OK)
		ui_outcome(ui, true, "%s", err != NULL ? err : _("that did not work; ask staff"));
	free(err);
	/* The member is done: the next one finds the hub's language. */
	i18n_reset();
	return UI_REDRAW | UI_RELOAD;
}

static int
home_submit(struct ui *ui)
{
	char *err = NULL, code[MEMBER_CODE_LEN + 1], who[HD_TEXT];

	home.cue = false;
	if (home.code[0] == '\0')
		return UI_NOTHING;
	/* The look-up first: an unknown code counts against the kiosk. */
	if (!ui_member(ui, home.code, code, who)) {
		home.code[0] = '\0';
		return UI_REDRAW;
	}
	if (visit_kiosk_plan(ui->hd, home.code, &home.plan, &err) != HD_OK) {
		ui_outcome(ui, true, "%s", err != NULL ? err : _("unknown code"));
		free(err);
		home.code[0] = '\0';
		return UI_REDRAW;
	}
	if (home.plan.step == KIOSK_OFFER_DESK || home.plan.step == KIOSK_NO_DESK) {
		home.offering = true;
		ui->status[0] = '\0';
		return UI_REDRAW;
	}
	return home_act(ui, NULL);
}

/* The offer: Enter or a click on its button takes it. */
static int
home_key_take(struct ui *ui)
{
	return home_act(ui, home.plan.step == KIOSK_OFFER_DESK ? home.plan.space_code : NULL);
}

static int
home_key_take_click(struct ui *ui)
{
	MEVENT ev = ui->mouse;

	if (ev.y == home.button_row && ev.x >= home.button_x0 && ev.x < home.button_x1)
		return home_key_take(ui);
	return UI_NOTHING;
}

static int
home_key_decline(struct ui *ui)
{
	home.offering = false;
	home.code[0] = '\0';
	ui_outcome(ui, false, "%s", _("Nothing was changed. See you!"));
	i18n_reset();
	return UI_REDRAW;
}

static int
home_key_type(struct ui *ui)
{
	ui_code_type(home.code, ui->ch, ui->is_key);
	ui->status[0] = '\0';
	home.cue = false;
	return UI_REDRAW;
}

/* A character that cannot be in a code would otherwise vanish, and the
 * person would think the kiosk missed it: the field turns red, the
 * terminal beeps and the screen names the characters a code has. */
static int
home_key_other(struct ui *ui)
{
	char alphabet[2 * sizeof MEMBER_CODE_ALPHABET], typed[16] = "";
	size_t n = 0;

	if (ui->is_key || ui->ch < ' ' || ui->ch == 0x7f)
		return UI_NOTHING; /* a key no row takes, not a character typed */
	for (const char *c = MEMBER_CODE_ALPHABET; *c != '\0'; c++) {
		alphabet[n++] = *c;
		alphabet[n++] = c[1] != '\0' ? ' ' : '\0';
	}
	if (ui->ch < 0x7f)
		snprintf(typed, sizeof typed, "\xe2\x80\x9c%c\xe2\x80\x9d ", (char)ui->ch);
	home.cue = true;
	beep();
	/* TRANSLATORS: the first %s is the character typed in quotes and a
	 * space, or nothing; the second the letters and digits of codes. */
	ui_outcome(ui, true, _("%scannot be in a member code: codes use only %s, never "
	    "look-alikes such as O and 0 or I and 1."), typed, alphabet);
	return UI_REDRAW;
}

/* q quits only when no code is typed: with one, q is a mistyped
 * character of it and gets the same cue as any other. */
int
ui_home_key_q(struct ui *ui)
{
	return home.code[0] != '\0' ? home_key_other(ui) : ui_key_quit(ui);
}

static int
home_key_clear(struct ui *ui)
{
	ui_home_reset(ui);
	ui->status[0] = '\0';
	return UI_REDRAW;
}

static void
home_draw_offer(struct ui *ui, int row)
{
	struct kiosk_plan *p = &home.plan;
	char line[HD_TEXT + 256], until[UI_TIME_MAX], button[128];
	const char *no = _("[ Esc: no thanks ]");
	int w;

	if (p->step == KIOSK_OFFER_DESK) {
		if (p->free_until != 0)
			snprintf(line, sizeof line, _("Welcome, %s! No booking now: desk %s is free "
			    "until %s."), p->short_name, p->space_code, ui_time(p->free_until, until));
		else
			snprintf(line, sizeof line, _("Welcome, %s! No booking now: desk %s is free all "
			    "day."), p->short_name, p->space_code);
		snprintf(button, sizeof button, _("[ Enter: take %s ]"), p->space_code);
	} else {
		snprintf(line, sizeof line, _("Welcome, %s! Every desk is taken right now."),
		    p->short_name);
		snprintf(button, sizeof button, "%s", _("[ Enter: check in without a desk ]"));
	}
	row += ui_put_wrapped(row, 4, COLS - 8, 3, true, line) - 1;
	w = ui_width(button) + 4 + ui_width(no);
	home.button_row = row + 2;
	home.button_x0 = (COLS - w) / 2;
	home.button_x1 = home.button_x0 + ui_width(button);
	ui_attr(ui, UI_PAIR_OK, true);
	ui_put(row + 2, home.button_x0, button, COLS);
	ui_attr_off(ui);
	ui_put(row + 2, home.button_x1 + 4, no, COLS);
}

static void
home_draw(struct ui *ui)
{
	const struct today *t = &home.today;
	char line[256], a[UI_TIME_MAX], b[UI_TIME_MAX], field[32];
	bool paused = ui_code_wait(ui) > 0;
	int row = LINES / 2 - 6;

	if (row < 2)
		row = 2;
	if (home.have_today) {
		if (t->open && ui->hd->now < t->closes)
			snprintf(line, sizeof line, _("Open today %s\xe2\x80\x93%s"), ui_time(t->opens, a),
			    ui_time_end(t->opens, t->closes, b));
		else if (t->open)
			snprintf(line, sizeof line, _("Closed for today (open %s\xe2\x80\x93%s)"),
			    ui_time(t->opens, a), ui_time_end(t->opens, t->closes, b));
		else
			snprintf(line, sizeof line, "%s", _("The hub is closed today"));
		ui_put_centre(row, line);
		snprintf(line, sizeof line, _("Desks free now: %d of %d  \xc2\xb7  free for the rest "
		    "of the day: %d"), t->desks_free_now, t->desks, t->desks_free_rest);
		ui_attr(ui, t->desks_free_now > 0 ? UI_PAIR_FREE : UI_PAIR_OCCUPIED, true);
		ui_put_centre(row + 1, line);
		ui_attr_off(ui);
		snprintf(line, sizeof line, _("In the hub now: %d  \xc2\xb7  bookings today: %d"),
		    t->members_in + t->guests_in, t->bookings_today);
		ui_put_centre(row + 2, line);
	}

	if (home.offering) {
		home_draw_offer(ui, row + 5);
		return;
	}
	if (paused) {
		ui_attr(ui, UI_PAIR_ERROR, true);
		ui_put_centre(row + 5, ui_code_pause_text(ui, line, sizeof line));
		ui_attr_off(ui);
	} else {
		ui_put_centre(row + 5, _("Type your member code and press Enter"));
	}
	snprintf(field, sizeof field, " %-*s ", MEMBER_CODE_LEN, home.code);
	for (char *p = field + 1 + strlen(home.code); *p == ' ' && p < field + 1 + MEMBER_CODE_LEN; p++)
		*p = '_';
	ui_attr(ui, home.cue ? UI_PAIR_ERROR : UI_PAIR_FIELD, true);
	if (home.cue)
		attron(A_REVERSE);
	ui_put_centre(row + 7, field);
	ui_attr_off(ui);
	/* Success or refusal, in the same place below the code: up to the
	 * rows a long status message may take. */
	ui_outcome_draw(ui, row + 9, COLS - 8, LINES - 1 - UI_STATUS_ROWS - (row + 9));
	if (ui->quit_asked)
		ui_put_wrapped(row + 11, 4, COLS - 8, 2, true, _(UI_QUIT_QUESTION));
	if (home.demo_pin != NULL) {
		snprintf(line, sizeof line, _("Demo hub: staff %s, PIN %s (F9)"), DEMO_STAFF_NAME,
		    home.demo_pin);
		ui_put_centre(LINES - 3, line);
	}
}

/* Opens a screen for the member whose code is typed (if any). */
static int
home_open_for_member(struct ui *ui, void (*open)(struct ui *, const char *, const char *))
{
	char code[MEMBER_CODE_LEN + 1], who[HD_TEXT];
	bool known;

	if (home.code[0] == '\0') {
		open(ui, NULL, NULL);
		return UI_REDRAW | UI_RELOAD;
	}
	known = ui_member(ui, home.code, code, who);
	home.code[0] = '\0';
	if (!known)
		return UI_REDRAW;
	open(ui, code, who);
	return UI_REDRAW | UI_RELOAD;
}

static int
home_key_book(struct ui *ui)
{
	return home_open_for_member(ui, ui_grid_open);
}

static int
home_key_map(struct ui *ui)
{
	return home_open_for_member(ui, ui_map_open);
}

static int
home_key_guest(struct ui *ui)
{
	home.code[0] = '\0';
	ui_push(ui, &ui_guest);
	return UI_REDRAW | UI_RELOAD;
}

static int
home_key_staff(struct ui *ui)
{
	home.code[0] = '\0';
	ui_push(ui, &ui_staff_pin);
	return UI_REDRAW;
}

/* The language key, in every mode of the screen: a visitor who cannot
 * read the offer or the pause finds their own language too. Its label
 * and help are the language it switches to (ui-lang.c). */
#define HOME_KEYS_LANGUAGE                                                     \
	{ KEY_F(5), "F5", "", "", ui_key_language }

/* The rows a pause keeps (see home_paused_keys). */
#define HOME_KEYS_STAFF_QUIT                                                   \
	{ KEY_F(9), "F9", N_("Staff"), N_("The staff screens, behind the staff PIN"), \
	  home_key_staff },                                                    \
	{ KEY_F(10), "F10", N_("Quit"), N_("Quit hubdesk (asks first; not on a locked " \
	  "kiosk)"), ui_key_quit },                                            \
	{ 'q', "q", NULL, N_("With no code typed: quit hubdesk, as F10"), ui_home_key_q }

static const struct ui_key home_keys[] = {
	UI_KEY_HELP,
	UI_KEY_HELP_Q,
	{ KEY_F(2), "F2", N_("Book"), N_("Book a desk on the day grid (type your code first, or "
	  "when asked)"), home_key_book },
	{ 'b', "b", NULL, N_("Book a desk, as F2"), home_key_book },
	{ KEY_F(3), "F3", N_("Guest"), N_("Guests: sign in and name your host, or sign out"),
	  home_key_guest },
	{ KEY_F(4), "F4", N_("Map"), N_("The floor map: every desk now, and check in at one"),
	  home_key_map },
	HOME_KEYS_LANGUAGE,
	HOME_KEYS_STAFF_QUIT,
	{ UI_KEYS_CODE, "A-Z 0-9", NULL, N_("Type your member code"), home_key_type },
	{ UI_KEYS_OTHER, N_("Other"), NULL, N_("A character that cannot be in a code: the field "
	  "turns red and the screen says which ones can"), home_key_other },
	{ KEY_BACKSPACE, "Backspace", NULL, N_("Delete the last character of the code"),
	  home_key_type },
	{ '\r', "Enter", NULL, N_("Check in, or out if you are in, with the code typed"),
	  home_submit },
	{ 27, "Esc", NULL, N_("Clear the code typed"), home_key_clear },
	UI_KEY_END,
};

/* A desk (or none) offered to a member without a booking. */
static const struct ui_key home_offer_keys[] = {
	UI_KEY_HELP,
	{ '\r', "Enter", N_("Take"), N_("Take what is offered and check in"), home_key_take },
	{ KEY_MOUSE, N_("Click"), NULL, N_("A click on the offer's button takes it, as Enter"),
	  home_key_take_click },
	{ 27, "Esc", N_("NoThanks"), N_("Decline the offer; nothing is changed"),
	  home_key_decline },
	HOME_KEYS_LANGUAGE,
	UI_KEY_END,
};

/* Too many unknown codes: until the pause ends no code is taken, but a
 * passer-by must not keep staff off the kiosk with it: the staff login
 * (with its own lockout) and the quit, or a locked kiosk's administrator
 * prompt, still work. */
static const struct ui_key home_paused_keys[] = {
	UI_KEY_HELP,
	UI_KEY_HELP_Q,
	HOME_KEYS_LANGUAGE,
	HOME_KEYS_STAFF_QUIT,
	{ 27, "Esc", NULL, N_("Clear the screen; codes are taken again when the pause ends"),
	  home_key_clear },
	UI_KEY_END,
};

static int
home_mode(struct ui *ui)
{
	return home.offering ? 1 : ui_code_wait(ui) > 0 ? 2 : 0;
}

const struct ui_screen ui_home = {
	.name = N_("home"),
	.title = N_("Welcome"),
	.reload = home_reload,
	.draw = home_draw,
	.modes = UI_MODES(home_keys, home_offer_keys, home_paused_keys),
	.mode = home_mode,
	.reset = ui_home_reset,
};
