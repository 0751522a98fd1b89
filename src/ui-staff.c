/* The way into the staff screens: a staff member's name (typed), then their
 * PIN (masked), checked by the domain against the lockout every kiosk on
 * the database shares; then the staff menu, as that member's role. On a
 * locked kiosk F10, q and Ctrl-C open the same prompt to stop hubdesk,
 * which only an administrator's name and PIN do. Leaving the menu, or the
 * idle timer, locks the staff screens again. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/audit.h"
#include "hubdesk/i18n.h"
#include "hubdesk/staff.h"
#include "ui-internal.h"

static struct {
	struct ui_field name;
	char pin[STAFF_PIN_MAX + 1];
	bool on_pin;  /* the name is given: the PIN is asked */
	bool to_stop; /* a locked kiosk's F10, q or Ctrl-C: an administrator stops it */
} login;

static void
pin_wipe(void)
{
	volatile char *v = login.pin;

	for (size_t i = 0; i < sizeof login.pin; i++)
		v[i] = 0;
}

static void
pin_enter(struct ui *ui)
{
	pin_wipe();
	ui_field_clear(&login.name);
	login.name.max = HD_NAME_CHARS;
	login.on_pin = false;
	login.to_stop = false;
	/* A staff session is one staff member's: their name is given, the
	 * PIN is asked. */
	if (ui->opt.session == UI_SESSION_STAFF) {
		ui_field_set(&login.name, ui->opt.session_staff);
		login.on_pin = true;
	}
}

void
ui_staff_stop(struct ui *ui)
{
	if (ui->screen != &ui_staff_pin)
		ui_push(ui, &ui_staff_pin);
	login.to_stop = true;
}

static void
pin_draw(struct ui *ui)
{
	char stars[STAFF_PIN_MAX + 3];
	size_t n = strlen(login.pin);
	int row = LINES / 2 - 4, col = COLS / 2 - 20;

	if (ui->opt.session == UI_SESSION_STAFF)
		ui_put_centre(row, _("A staff session from afar: the staff screens open after your "
		    "PIN."));
	else
		ui_put_centre(row, login.to_stop ? _("This kiosk is locked. To stop it, an "
		    "administrator gives their name and PIN.") : _("Staff only."));
	ui_put_centre(row + 1, login.on_pin ? _("Type the staff PIN and press Enter.") :
	    _("Type your staff name and press Enter."));
	/* TRANSLATORS: the label of the staff name field, 5 columns at most. */
	ui_put(row + 3, col, _("Name"), 6);
	ui_field_draw(ui, &login.name, row + 3, col + 6, 34, !login.on_pin);
	if (!login.on_pin)
		return;
	ui_put(row + 5, col, _("PIN"), 6);
	stars[0] = ' ';
	for (size_t i = 0; i < STAFF_PIN_MAX; i++)
		stars[i + 1] = i < n ? '*' : '_';
	stars[STAFF_PIN_MAX + 1] = ' ';
	stars[STAFF_PIN_MAX + 2] = '\0';
	ui_attr(ui, UI_PAIR_FIELD, true);
	ui_put(row + 5, col + 6, stars, STAFF_PIN_MAX + 2);
	ui_attr_off(ui);
}

static int
pin_key_name_type(struct ui *ui)
{
	ui_field_key(&login.name, ui->ch, ui->is_key);
	return UI_REDRAW;
}

static int
pin_key_name_done(struct ui *ui)
{
	if (login.name.len == 0) {
		ui_say(ui, true, "%s", _("Type your staff name first."));
		return UI_REDRAW;
	}
	ui->status[0] = '\0';
	login.on_pin = true;
	return UI_REDRAW;
}

static int
pin_key_rename(struct ui *ui)
{
	(void)ui;
	pin_wipe();
	login.on_pin = false;
	return UI_REDRAW;
}

static int
pin_key_open(struct ui *ui)
{
	struct staff_member m;
	char name[HD_TEXT], *err = NULL;
	enum hd_status rc;

	ui_field_utf8(&login.name, name, sizeof name);
	rc = staff_login(ui->hd, name, login.pin, &m, &err);
	pin_wipe();
	if (rc != HD_OK) {
		/* The name stays: the next try is the PIN alone. */
		ui_say(ui, true, "%s", err != NULL ? err : _("wrong name or PIN"));
		free(err);
		return UI_REDRAW;
	}
	if (login.to_stop) {
		if (m.is_admin)
			return UI_QUIT;
		login.on_pin = false;
		ui_say(ui, true, "%s", _("Only an administrator may stop this kiosk."));
		return UI_REDRAW;
	}
	ui->status[0] = '\0';
	ui->staff_role = m.is_admin ? HD_ROLE_ADMIN : HD_ROLE_STAFF;
	snprintf(ui->staff_name, sizeof ui->staff_name, "%s", m.name);
	ui_replace(ui, &ui_staff_menu);
	return UI_REDRAW | UI_RELOAD;
}

static int
pin_key_erase(struct ui *ui)
{
	size_t n = strlen(login.pin);

	(void)ui;
	if (n > 0)
		login.pin[n - 1] = '\0';
	return UI_REDRAW;
}

static int
pin_key_digit(struct ui *ui)
{
	size_t n = strlen(login.pin);

	if (n < STAFF_PIN_MAX) {
		login.pin[n] = (char)ui->ch;
		login.pin[n + 1] = '\0';
	}
	return UI_REDRAW;
}

static const struct ui_key pin_name_keys[] = {
	UI_KEY_HELP,
	{ '\r', "Enter", N_("Next"), N_("Go on to the PIN"), pin_key_name_done },
	{ 27, "Esc", N_("Back"), N_("Back to the home screen"), ui_back },
	UI_KEY_TYPING(pin_key_name_type),
	UI_KEY_END,
};

static const struct ui_key pin_keys[] = {
	UI_KEY_HELP,
	{ UI_KEYS_DIGIT, "0-9", NULL, N_("Type the staff PIN (shown as stars)"), pin_key_digit },
	{ KEY_BACKSPACE, "Backspace", NULL, N_("Delete the last digit"), pin_key_erase },
	{ '\r', "Enter", N_("Open"), N_("Check the name and PIN and open the staff screens"),
	  pin_key_open },
	{ KEY_UP, "Up", NULL, N_("Change the name typed"), pin_key_rename },
	{ 27, "Esc", N_("Back"), N_("Back to the home screen"), ui_back },
	{ 'q', "q", NULL, N_("Back to the home screen"), ui_back },
	UI_KEY_END,
};

/* A staff session's: the name is the key's owner's and stays. */
static const struct ui_key pin_session_keys[] = {
	UI_KEY_HELP,
	{ UI_KEYS_DIGIT, "0-9", NULL, N_("Type the staff PIN (shown as stars)"), pin_key_digit },
	{ KEY_BACKSPACE, "Backspace", NULL, N_("Delete the last digit"), pin_key_erase },
	{ '\r', "Enter", N_("Open"), N_("Check the PIN and open the staff screens"),
	  pin_key_open },
	{ 27, "Esc", N_("End"), N_("End the session"), ui_back },
	{ 'q', "q", NULL, N_("End the session"), ui_back },
	UI_KEY_END,
};

static int
pin_mode(struct ui *ui)
{
	if (ui->opt.session == UI_SESSION_STAFF)
		return 2;
	return login.on_pin ? 1 : 0;
}

const struct ui_screen ui_staff_pin = {
	.name = N_("staff PIN"),
	.title = N_("Staff"),
	.reset = pin_enter,
	.enter = pin_enter,
	.draw = pin_draw,
	.modes = UI_MODES(pin_name_keys, pin_keys, pin_session_keys),
	.mode = pin_mode,
};

/* The menu. */
static const struct {
	const char *label;
	const struct ui_screen *screen;
} items[] = {
	{ N_("Visitor log: who is in, sign-outs and corrections"), &ui_staff_log },
	{ N_("Bookings of any day: see and cancel"), &ui_staff_bookings },
	{ N_("Spaces: add, edit, retire"), &ui_staff_spaces },
	{ N_("Members: add, edit"), &ui_staff_members },
	{ N_("This month: occupancy by day, weekday x hour heat map"), &ui_staff_stats },
	{ N_("Booking rules: slots, how far ahead, how many, how long, grace"), &ui_staff_rules },
	{ N_("Audit log: who changed what, a day at a time"), &ui_staff_audit },
	{ N_("Stop hubdesk on this terminal (a locked kiosk too)"), NULL },
};
#define NITEMS (sizeof items / sizeof items[0])

/* A locked kiosk stays up for anyone but an administrator: other staff
 * are not offered its last item, the stop. */
static bool
menu_may_stop(const struct ui *ui)
{
	/* A session's Esc ends it; it stops no kiosk. */
	if (ui->opt.session != UI_SESSION_NONE)
		return false;
	return !ui->opt.kiosk || ui->staff_role == HD_ROLE_ADMIN;
}

static struct ui_list menu;
static struct ui_yesno menu_stop; /* "Stop hubdesk here? y/n" */

static int menu_quit(struct ui *ui);

/* Opens menu item i; the last one stops the program, after a question. */
static int
menu_open_item(struct ui *ui, size_t i)
{
	if (items[i].screen == NULL) {
		if (!menu_may_stop(ui))
			return UI_NOTHING; /* not in the menu they see */
		ui_ask(&menu_stop, menu_quit);
		return UI_REDRAW;
	}
	ui_push(ui, items[i].screen);
	return UI_REDRAW | UI_RELOAD;
}

static void
menu_item(struct ui *ui, size_t i, int row)
{
	char line[256];

	(void)ui;
	snprintf(line, sizeof line, " %zu  %s", i + 1, _(items[i].label));
	ui_put(row, 2, line, COLS - 4);
}

static void
menu_enter(struct ui *ui)
{
	menu.n = menu_may_stop(ui) ? NITEMS : NITEMS - 1;
	menu.sel = 0;
	menu.draw_item = menu_item;
	menu_stop.open = false;
}

static void
menu_draw(struct ui *ui)
{
	ui_put(2, 2, _("Staff screens. Pick one with the arrows and Enter, or its number."),
	    COLS - 4);
	ui_list_draw(ui, &menu, 4, (int)menu.n);
	if (menu_stop.open)
		ui_put_wrapped(5 + (int)menu.n, 2, COLS - 4, 2, false, _("Stop hubdesk here? The "
		    "kiosk stays down until it is started again. y: yes, any other key: no"));
}

static int
menu_key_open(struct ui *ui)
{
	return menu_open_item(ui, menu.sel);
}

static int
menu_key_number(struct ui *ui)
{
	size_t i = (size_t)(ui->ch - '1');

	return ui->ch >= '1' && i < menu.n ? menu_open_item(ui, i) : UI_NOTHING;
}

static int
menu_key_click(struct ui *ui)
{
	return ui_list_click(&menu, ui->mouse.y) ? menu_open_item(ui, menu.sel) : UI_NOTHING;
}

static int
menu_quit(struct ui *ui)
{
	(void)ui;
	return UI_QUIT;
}

static int
menu_back(struct ui *ui)
{
	/* A staff session's menu is its first screen: Esc asks whether to end
	 * the session, and the login stands while it asks. */
	if (ui->opt.session != UI_SESSION_NONE && ui->depth == 0)
		return ui_back(ui);
	ui_say(ui, false, "%s", _("The staff screens are locked again."));
	ui->staff_role = HD_ROLE_KIOSK;
	ui->staff_name[0] = '\0';
	return ui_back(ui);
}

/* The menu's keys but its digits, which say how many items there are. */
#define MENU_KEYS_REST                                                         \
	UI_KEY_LIST_MOVE,                                                      \
	{ KEY_MOUSE, "Click", NULL, N_("Open the staff screen clicked"), menu_key_click }, \
	{ 27, "Esc", N_("Lock"), N_("Lock the staff screens and go back to the home screen"), \
	  menu_back },                                                         \
	{ 'q', "q", NULL, N_("Lock the staff screens and go back"), menu_back }

static const struct ui_key menu_keys[] = {
	UI_KEY_HELP,
	{ '\r', "Enter", N_("Open"), N_("Open the highlighted staff screen"), menu_key_open },
	{ UI_KEYS_DIGIT, "1-8", NULL, N_("Open the staff screen of that number"), menu_key_number },
	MENU_KEYS_REST,
	UI_KEY_END,
};

/* A locked kiosk's menu for staff who may not stop it. */
static const struct ui_key menu_nostop_keys[] = {
	UI_KEY_HELP,
	{ '\r', "Enter", N_("Open"), N_("Open the highlighted staff screen"), menu_key_open },
	{ UI_KEYS_DIGIT, "1-7", NULL, N_("Open the staff screen of that number"), menu_key_number },
	MENU_KEYS_REST,
	UI_KEY_END,
};

static const struct ui_key menu_stop_keys[] = {
	{ UI_KEYS_YES, "y", N_("Yes"), N_("Stop hubdesk on this terminal"), ui_yesno_yes },
	UI_KEY_NO(N_("Any other key: keep it running")),
	UI_KEY_END,
};

static int
menu_mode(struct ui *ui)
{
	return menu_stop.open ? 1 : menu_may_stop(ui) ? 0 : 2;
}

const struct ui_screen ui_staff_menu = {
	.name = N_("staff menu"),
	.title = N_("Staff"),
	.enter = menu_enter,
	.draw = menu_draw,
	.modes = UI_MODES(menu_keys, menu_stop_keys, menu_nostop_keys),
	.mode = menu_mode,
	.list = &menu,
	.yesno = &menu_stop,
};
