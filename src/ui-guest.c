/* Guest sign-in: the guest's name, a host found by three letters of their
 * first name (at most five matches, shown as "Aino Ä."), a purpose; and
 * signing out by typing the start of one's own first name, so that the
 * screen never lists everyone in. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/caltime.h"
#include "hubdesk/member.h"
#include "hubdesk/visit.h"
#include "ui-internal.h"

#define MATCHES 5
enum { F_NAME, F_HOST, F_PURPOSE, F_LIST, F_COUNT };

static struct {
	struct ui_field name, host, purpose, out;
	int focus;
	struct member_match match[MATCHES];
	size_t nmatch;
	bool more;
	int pick;                 /* highlighted match, or -1 */
	struct member_match host_chosen;
	bool have_host;
	struct visit *in;         /* guests in now */
	size_t nin;
	size_t leaving[MATCHES];  /* the guests in whose first name starts as typed */
	size_t nleaving;
	bool more_leaving;
	int sel;                  /* highlighted one of them */
	int match_row, list_row;  /* where they were drawn, for clicks */
	int list_shown;           /* of them, those that fit on the screen */
} g;

static void
guest_reset(void)
{
	ui_field_clear(&g.name);
	ui_field_clear(&g.host);
	ui_field_clear(&g.purpose);
	ui_field_clear(&g.out);
	g.out.max = 40;
	g.nleaving = 0;
	g.more_leaving = false;
	g.name.max = HD_NAME_CHARS;
	g.host.max = 40;
	g.purpose.max = 120;
	g.focus = F_NAME;
	g.nmatch = 0;
	g.more = false;
	g.pick = -1;
	g.have_host = false;
	g.sel = 0;
}

static void
guest_enter(struct ui *ui)
{
	(void)ui;
	guest_reset();
}

/* The guests in whose first name starts with what was typed to sign out. */
static void
guest_find_leaving(void)
{
	char typed[HD_TEXT];

	ui_field_utf8(&g.out, typed, sizeof typed);
	g.nleaving = 0;
	g.more_leaving = false;
	for (size_t i = 0; i < g.nin; i++) {
		if (!member_first_name_starts(g.in[i].name, typed))
			continue;
		if (g.nleaving == MATCHES) {
			g.more_leaving = true;
			break;
		}
		g.leaving[g.nleaving++] = i;
	}
	if (g.sel >= (int)g.nleaving)
		g.sel = g.nleaving > 0 ? (int)g.nleaving - 1 : 0;
}

static void
guest_reload(struct ui *ui)
{
	char *err = NULL;

	free(g.in);
	g.in = NULL;
	g.nin = 0;
	if (visit_guests_in(ui->hd, &g.in, &g.nin, &err) != HD_OK)
		ui_say(ui, true, "%s", err != NULL ? err : _("cannot read the visitor log"));
	free(err);
	guest_find_leaving();
}

static void
guest_search_hosts(struct ui *ui)
{
	char typed[HD_TEXT], *err = NULL;

	ui_field_utf8(&g.host, typed, sizeof typed);
	g.have_host = false;
	if (member_search(ui->hd, typed, g.match, MATCHES, &g.nmatch, &g.more, &err) != HD_OK)
		ui_say(ui, true, "%s", err != NULL ? err : _("cannot search"));
	free(err);
	g.pick = g.nmatch > 0 ? 0 : -1;
}

static void
guest_choose_host(int i)
{
	if (i < 0 || (size_t)i >= g.nmatch)
		return;
	g.host_chosen = g.match[i];
	g.have_host = true;
	ui_field_set(&g.host, g.match[i].short_name);
	g.nmatch = 0;
}

static int
guest_sign_in(struct ui *ui)
{
	char name[HD_TEXT * 2], purpose[HD_TEXT * 2], who[HD_TEXT], *err = NULL;
	struct visit v;

	if (!g.have_host) {
		ui_outcome(ui, true, "%s", _("Choose your host first: type three letters of their "
		    "name."));
		g.focus = F_HOST;
		return UI_REDRAW;
	}
	ui_field_utf8(&g.name, name, sizeof name);
	ui_field_utf8(&g.purpose, purpose, sizeof purpose);
	if (visit_guest_in(ui->hd, name, g.host_chosen.code, purpose, ui->hd->now, &v, &err) != HD_OK) {
		ui_outcome(ui, true, "%s", err != NULL ? err : _("could not sign you in"));
		free(err);
		g.focus = F_NAME;
		return UI_REDRAW;
	}
	member_short_name(v.name, who);
	ui_outcome(ui, false, _("Welcome, %s! You are signed in to visit %s."), who,
	    g.host_chosen.short_name);
	guest_reset();
	/* The guest is done: the next person finds the hub's language. */
	i18n_reset();
	return UI_REDRAW | UI_RELOAD;
}

static int
guest_sign_out(struct ui *ui)
{
	char who[HD_TEXT], *err = NULL;
	struct visit v;

	if (g.nleaving == 0)
		return UI_NOTHING;
	if (visit_guest_out(ui->hd, g.in[g.leaving[g.sel]].uuid, ui->hd->now, &v, &err) == HD_OK) {
		member_short_name(v.name, who);
		ui_outcome(ui, false, _("Goodbye, %s! You are signed out."), who);
		ui_field_clear(&g.out);
		g.nleaving = 0;
		i18n_reset();
	} else {
		ui_outcome(ui, true, "%s", err != NULL ? err : _("could not sign you out"));
	}
	free(err);
	return UI_REDRAW | UI_RELOAD;
}

static int
guest_next_focus(int step)
{
	if (g.focus == F_HOST && !g.have_host && g.pick >= 0)
		guest_choose_host(g.pick);
	g.focus = (g.focus + step + F_COUNT) % F_COUNT;
	return UI_REDRAW;
}

static int
guest_click(struct ui *ui)
{
	MEVENT ev = ui->mouse;

	if (g.nmatch > 0 && ev.y >= g.match_row && ev.y < g.match_row + (int)g.nmatch) {
		guest_choose_host(ev.y - g.match_row);
		g.focus = F_PURPOSE;
		return UI_REDRAW;
	}
	if (g.nleaving > 0 && ev.y >= g.list_row && ev.y < g.list_row + g.list_shown) {
		g.sel = ev.y - g.list_row;
		g.focus = F_LIST;
		return guest_sign_out(ui);
	}
	(void)ui;
	return UI_NOTHING;
}

static int
guest_key_next(struct ui *ui)
{
	(void)ui;
	return guest_next_focus(1);
}

static int
guest_key_prev(struct ui *ui)
{
	(void)ui;
	return guest_next_focus(-1);
}

/* Up and Down on the host: the names found. */
static int
guest_key_pick(struct ui *ui)
{
	if (g.nmatch > 0)
		g.pick = (g.pick + (ui->ch == KEY_DOWN ? 1 : -1) + (int)g.nmatch) % (int)g.nmatch;
	return UI_REDRAW;
}

static int
guest_key_list_up(struct ui *ui)
{
	(void)ui;
	if (g.sel > 0)
		g.sel--;
	return UI_REDRAW;
}

static int
guest_key_list_down(struct ui *ui)
{
	(void)ui;
	if (g.sel + 1 < g.list_shown)
		g.sel++;
	return UI_REDRAW;
}

static int
guest_key_enter(struct ui *ui)
{
	switch (g.focus) {
	case F_NAME:
		return guest_next_focus(1);
	case F_HOST:
		if (g.pick >= 0 && !g.have_host)
			guest_choose_host(g.pick);
		return g.have_host ? guest_next_focus(1) : UI_REDRAW;
	case F_PURPOSE:
		return guest_sign_in(ui);
	default:
		return guest_sign_out(ui);
	}
}

static int
guest_key_type(struct ui *ui)
{
	struct ui_field *f = g.focus == F_NAME ? &g.name : g.focus == F_HOST ? &g.host :
	    g.focus == F_LIST ? &g.out : &g.purpose;
	struct ui_field before = *f;
	bool changed;

	ui_field_key(f, ui->ch, ui->is_key);
	/* Only a change of the text searches again (and drops the host
	 * chosen); moving the cursor does not. */
	changed = before.len != f->len || wmemcmp(before.text, f->text, (size_t)f->len) != 0;
	if (f == &g.host && changed)
		guest_search_hosts(ui);
	if (f == &g.out && changed) {
		g.sel = 0;
		guest_find_leaving();
	}
	return UI_REDRAW;
}

static void
guest_label(struct ui *ui, int row, const char *text, bool focus)
{
	ui_attr(ui, UI_PAIR_NORMAL, focus);
	ui_put(row, 4, text, 16);
	ui_attr_off(ui);
}

static void
guest_draw(struct ui *ui)
{
	char line[HD_TEXT * 2 + 192], who[HD_TEXT], host[HD_TEXT], hh[UI_TIME_MAX];
	int row = 2;

	ui_put(row, 2, _("Welcome! Sign the visitor log and name the person you are visiting."),
	    COLS - 4);
	guest_label(ui, row + 2, _("Your name"), g.focus == F_NAME);
	ui_field_draw(ui, &g.name, row + 2, 20, 44, g.focus == F_NAME);
	guest_label(ui, row + 4, _("Your host"), g.focus == F_HOST);
	ui_field_draw(ui, &g.host, row + 4, 20, 30, g.focus == F_HOST);
	if (g.have_host) {
		if (g.host_chosen.detail[0] != '\0')
			snprintf(line, sizeof line, _("(chosen: %s)"), g.host_chosen.detail);
		else
			snprintf(line, sizeof line, "%s", _("(chosen)"));
		ui_put(row + 4, 52, line, COLS - 53);
	}
	else if (g.host.len < MEMBER_SEARCH_MIN)
		ui_put(row + 4, 52, _("type 3 letters of their name"), COLS - 53);
	g.match_row = row + 5;
	if (!g.have_host && g.nmatch == 0 && g.host.len >= MEMBER_SEARCH_MIN)
		ui_put(row + 5, 20, _("Nobody by that name: check the spelling, or ask staff."),
		    COLS - 21);
	for (size_t i = 0; i < g.nmatch; i++) {
		snprintf(line, sizeof line, g.match[i].detail[0] != '\0' ? " %s, %s " : " %s%s ",
		    g.match[i].short_name, g.match[i].detail);
		if ((int)i == g.pick)
			attron(A_REVERSE);
		ui_put(row + 5 + (int)i, 20, line, COLS - 21);
		attroff(A_REVERSE);
	}
	if (g.more && !g.have_host)
		ui_put(row + 5 + (int)g.nmatch, 20, _("(more match: type more letters)"), COLS - 21);
	guest_label(ui, row + 11, _("Purpose"), g.focus == F_PURPOSE);
	ui_field_draw(ui, &g.purpose, row + 11, 20, 44, g.focus == F_PURPOSE);
	ui_put(row + 12, 20, _("(optional; Enter here signs you in)"), COLS - 21);

	snprintf(line, sizeof line, _("Guests in now: %zu. Leaving? F8, then the start of your "
	    "first name."), g.nin);
	ui_put(row + 14, 4, line, COLS - 8);
	guest_label(ui, row + 15, _("Sign out"), g.focus == F_LIST);
	ui_field_draw(ui, &g.out, row + 15, 20, 30, g.focus == F_LIST);
	if (g.out.len < MEMBER_SEARCH_MIN)
		ui_put(row + 15, 52, _("type 3 letters of your name"), COLS - 53);
	else if (g.nleaving == 0)
		ui_put(row + 16, 20, _("Nobody in by that name: check the spelling, or ask staff."),
		    COLS - 21);
	g.list_row = row + 16;
	g.list_shown = 0;
	for (size_t i = 0; i < g.nleaving && row + 16 + (int)i < LINES - 3; i++) {
		const struct visit *v = &g.in[g.leaving[i]];
		g.list_shown++;
		member_short_name(v->name, who);
		member_short_name(v->host_name, host);
		/* A host erased since the guest came in has no name left to show. */
		if (host[0] == '\0')
			snprintf(line, sizeof line, _(" %s, since %s "), who, ui_time(v->in_at, hh));
		else
			snprintf(line, sizeof line, _(" %s, visiting %s, since %s "), who, host,
			    ui_time(v->in_at, hh));
		if (g.focus == F_LIST && (int)i == g.sel)
			attron(A_REVERSE);
		ui_put(row + 16 + (int)i, 20, line, COLS - 21);
		attroff(A_REVERSE);
	}
	if (g.more_leaving || (size_t)g.list_shown < g.nleaving)
		ui_put(LINES - 3, 4, _("(more match: type more letters)"), COLS - 8);
	else if (g.focus == F_LIST && g.nleaving > 0)
		ui_put(LINES - 3, 4, _("Enter signs the highlighted guest out."), COLS - 8);
}

static void
guest_forget(struct ui *ui)
{
	(void)ui;
	guest_reset();
	free(g.in);
	g.in = NULL;
	g.nin = 0;
}


static int
guest_key_sign_out(struct ui *ui)
{
	(void)ui;
	g.focus = F_LIST;
	return UI_REDRAW;
}

/* The rows every focus shares. */
#define GUEST_KEYS_COMMON                                                                    \
	UI_KEY_HELP,                                                                         \
	{ '\t', "Tab", N_("Next"), N_("The next field"), guest_key_next },                     \
	{ KEY_BTAB, "Shift-Tab", NULL, N_("The field before"), guest_key_prev },             \
	{ KEY_F(8), "F8", N_("SignOut"), N_("Sign out: type the start of your first name"),  \
	  guest_key_sign_out },                                                              \
	{ 27, "Esc", N_("Back"), N_("Back to the home screen"), ui_back },                     \
	{ KEY_MOUSE, N_("Click"), NULL, N_("On a name found: choose that host; on a guest "  \
	  "found to sign out: sign them out"), guest_click }

/* The guest's name and the purpose. */
static const struct ui_key guest_keys[] = {
	GUEST_KEYS_COMMON,
	{ KEY_DOWN, N_("Down"), NULL, N_("The next field"), guest_key_next },
	{ KEY_UP, N_("Up"), NULL, N_("The field before"), guest_key_prev },
	{ '\r', "Enter", N_("Go"), N_("The next field; on the purpose, sign in"), guest_key_enter },
	UI_KEY_TYPING(guest_key_type),
	UI_KEY_END,
};

static const struct ui_key guest_host_keys[] = {
	GUEST_KEYS_COMMON,
	{ KEY_DOWN, N_("Down"), NULL, N_("Highlight the next name found"), guest_key_pick },
	{ KEY_UP, N_("Up"), NULL, N_("Highlight the name before"), guest_key_pick },
	{ '\r', "Enter", N_("Take"), N_("Take the highlighted name as your host"),
	  guest_key_enter },
	UI_KEY_TYPING(guest_key_type),
	UI_KEY_END,
};

static const struct ui_key guest_list_keys[] = {
	GUEST_KEYS_COMMON,
	{ KEY_DOWN, N_("Down"), NULL, N_("Highlight the next guest found"), guest_key_list_down },
	{ KEY_UP, N_("Up"), NULL, N_("Highlight the guest found before"), guest_key_list_up },
	{ '\r', "Enter", N_("Out"), N_("Sign the highlighted guest out"), guest_key_enter },
	UI_KEY_TYPING(guest_key_type),
	UI_KEY_END,
};

static int
guest_mode(struct ui *ui)
{
	(void)ui;
	return g.focus == F_HOST ? 1 : g.focus == F_LIST ? 2 : 0;
}

const struct ui_screen ui_guest = {
	.name = N_("guest sign-in"),
	.title = N_("Guests"),
	.enter = guest_enter,
	.reload = guest_reload,
	.draw = guest_draw,
	.modes = UI_MODES(guest_keys, guest_host_keys, guest_list_keys),
	.mode = guest_mode,
	.reset = guest_forget,
};
