/* The language key of the home screen: the kiosk in the next language
 * (fi, sv, en, then fi again) for the person at it. It names the language
 * it switches to, in that language, so that someone who cannot read the
 * hub's finds their own; the way home (ui_go_home) and the end of their
 * action go back to the hub's language with i18n_reset. */
#include <stdio.h>

#include "ui-internal.h"

/* Each language's name as its own speakers write it on a button: never
 * translated. */
static const char *const lang_button[HD_LANG_COUNT] = {
	[HD_LANG_EN] = "English", [HD_LANG_FI] = "Suomi", [HD_LANG_SV] = "Svenska",
};

static enum hd_lang
lang_next(void)
{
	return (enum hd_lang)((i18n_current() + 1) % HD_LANG_COUNT);
}

const char *
ui_lang_label(void)
{
	return lang_button[lang_next()];
}

const char *
ui_lang_help(char *buf, size_t n)
{
	enum hd_lang now = i18n_current();

	i18n_set(lang_next());
	snprintf(buf, n, "%s", _("Use the kiosk in English: for you only, it goes back to its "
	    "own language when you are done"));
	i18n_set(now);
	return buf;
}

int
ui_key_language(struct ui *ui)
{
	i18n_set(lang_next());
	/* A message of the last language would stand beside the new one. */
	ui->status[0] = '\0';
	return UI_REDRAW | UI_RELOAD;
}
