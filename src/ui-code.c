/* The member-code prompt that the booking grid and the floor map share
 * when nobody typed a code on the home screen: a line at the bottom of the
 * screen, the code looked up on Enter, the member handed to the screen. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/audit.h"
#include "hubdesk/ids.h"
#include "ui-internal.h"

bool
ui_code_char(wint_t ch, bool is_key)
{
	/* Only the code alphabet: other letters (q, b, ?) stay keys. */
	int up = ch >= 'a' && ch <= 'z' ? (int)ch - 32 : (int)ch;

	return !is_key && up > 0 && up < 0x80 && strchr(MEMBER_CODE_ALPHABET, up) != NULL;
}

void
ui_code_type(char code[static MEMBER_CODE_LEN + 1], wint_t ch, bool is_key)
{
	size_t len = strlen(code);

	if (is_key && ch == KEY_BACKSPACE) {
		if (len > 0)
			code[len - 1] = '\0';
	} else if (ui_code_char(ch, is_key) && len < MEMBER_CODE_LEN) {
		code[len] = (char)(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
		code[len + 1] = '\0';
	}
}

void
ui_code_unknown(struct ui *ui)
{
	char *err = NULL;

	ratelimit_fail(&ui->codes, ui->hd->now);
	if (audit_unknown_code(ui->hd, ui->opt.kiosk_name, &err) != HD_OK)
		ui_say(ui, true, "%s", err != NULL ? err : _("cannot write the audit log"));
	free(err);
}

void
ui_code_resume(struct ui *ui)
{
	char *err = NULL;
	int n = 0;

	/* A restart must not give fresh tries: the hour's count carries over. */
	if (audit_unknown_codes_now(ui->hd, ui->opt.kiosk_name, &n, &err) != HD_OK)
		n = 0; /* the first screen says what is wrong with the database */
	free(err);
	ratelimit_resume(&ui->codes, n, ui->hd->now);
}

int
ui_code_wait(const struct ui *ui)
{
	return ratelimit_wait(&ui->codes, ui->hd->now);
}

const char *
ui_code_pause_text(const struct ui *ui, char *buf, size_t n)
{
	int left = ui_code_wait(ui);

	/* TRANSLATORS: minutes and seconds of the pause left, "4:05". */
	snprintf(buf, n, _("Too many unknown codes: this kiosk takes a code again in %d:%02d."),
	    left / 60, left % 60);
	return buf;
}

void
ui_code_open(struct ui_code *c)
{
	c->open = true;
	c->typed[0] = '\0';
}

void
ui_code_draw(struct ui *ui, const struct ui_code *c, int row)
{
	char line[256], pause[160];
	bool paused = ui_code_wait(ui) > 0;

	if (!c->open)
		return;
	if (paused)
		snprintf(line, sizeof line, _("%s  Esc: cancel"), ui_code_pause_text(ui, pause,
		    sizeof pause));
	else
		snprintf(line, sizeof line, _("Your member code: [%-*s]  Enter: go on  Esc: cancel"),
		    MEMBER_CODE_LEN, c->typed);
	ui_attr(ui, paused ? UI_PAIR_ERROR : UI_PAIR_NORMAL, true);
	ui_put(row, 1, line, COLS - 2);
	ui_attr_off(ui);
}

static int
ui_code_key_type(struct ui *ui)
{
	if (ui_code_wait(ui) > 0)
		return UI_NOTHING; /* the prompt says why */
	ui_code_type(ui->screen->code->typed, ui->ch, ui->is_key);
	return UI_REDRAW;
}

static int
ui_code_key_done(struct ui *ui)
{
	struct ui_code *c = ui->screen->code;
	char member[MEMBER_CODE_LEN + 1], who[HD_TEXT];

	if (ui_code_wait(ui) > 0)
		return UI_NOTHING;
	c->open = false;
	if (!ui_member(ui, c->typed, member, who))
		return UI_REDRAW;
	return c->done(ui, member, who);
}

static int
ui_code_key_cancel(struct ui *ui)
{
	ui->screen->code->open = false;
	return UI_REDRAW;
}

const struct ui_key ui_code_keys[] = {
	UI_KEY_HELP,
	{ UI_KEYS_CODE, "A-Z 0-9", NULL, N_("Type your member code"), ui_code_key_type },
	{ KEY_BACKSPACE, "Backspace", NULL, N_("Delete the last character of the code"),
	  ui_code_key_type },
	{ '\r', "Enter", N_("GoOn"), N_("Go on with the code typed"), ui_code_key_done },
	{ 27, "Esc", N_("Cancel"), N_("Close the prompt; nothing is done"), ui_code_key_cancel },
	UI_KEY_END,
};
