/* Languages: the words people read, in Finnish, Swedish or English (the
 * source), through gettext. Every string a person reads is marked:
 *   _("…")        translated where it is used;
 *   N_("…")       marked only, for tables of strings, translated with _()
 *                 when shown;
 *   C_("ctx", "…") translated in a context, for words that differ by use
 *                 (a weekday, a month, a column);
 *   ngettext(one, many, n) for counts.
 * What machines read (JSON, --format csv, dumps, roll-ups, the audit log's
 * keys) is never marked and never changes with the language or the locale.
 *
 * The language is process-wide: --lang, then `language` in the config, then
 * the locale (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG); the kiosk switches
 * it for one visitor with i18n_set and returns to the hub's with
 * i18n_reset. The catalogues are found beside the binary (the build tree,
 * or ../share/locale when installed) or in HUBDESK_LOCALEDIR; without them
 * every string stays English. */
#ifndef HUBDESK_I18N_H
#define HUBDESK_I18N_H

#include <libintl.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#define _(s) gettext(s)
#define N_(s) (s)
#define C_(ctx, s) i18n_pgettext(ctx "\004" s, s)
/* Marks a string in a context without translating it (xgettext's
 * --keyword=NC_:1c,2); i18n_cgettext translates it later. */
#define NC_(ctx, s) (s)

enum hd_lang { HD_LANG_EN, HD_LANG_FI, HD_LANG_SV };
#define HD_LANG_COUNT 3

/* Chooses the hub's language from the option (may be NULL), then the
 * config's `language` (may be NULL or ""), then the locale; binds the
 * catalogues. A value that names no language is refused: false, with the
 * bad value in *bad (points into the argument). */
bool i18n_init(const char *option, const char *config, const char **bad);
/* "fi", "fi_FI.UTF-8", "suomi", "Finnish", "sv", "svenska", "en", "English"
 * … to a language; false when it names none. */
bool i18n_parse(const char *s, enum hd_lang *out);
/* The language of the words now, and the hub's (what i18n_init chose). */
enum hd_lang i18n_current(void);
enum hd_lang i18n_hub(void);
/* Switches the words to lang (one visitor at the kiosk), and back. */
void i18n_set(enum hd_lang lang);
void i18n_reset(void);
/* "en", "fi", "sv"; and the language's own name: "English", "suomi",
 * "svenska". */
const char *i18n_code(enum hd_lang lang);
const char *i18n_name(enum hd_lang lang);

/* gettext of "ctx\004msgid", msgid when untranslated. */
const char *i18n_pgettext(const char *ctx_msgid, const char *msgid);
/* The same from a context and a msgid given apart (for NC_ tables). */
const char *i18n_cgettext(const char *ctx, const char *msgid);

/* People's dates, times and numbers in the current language. Each writes
 * into buf (at most n bytes, NUL-terminated) and returns buf.
 *   i18n_weekday  "ti", "tis", "Tue" (wday as caltime_weekday: 0 = Monday)
 *   i18n_date     "24.11.2026" in fi and sv, "2026-11-24" in en
 *   i18n_day      "ti 24.11.2026", "tis 24.11.2026", "Tue 2026-11-24"
 *   i18n_time     "9.30" in fi and sv, "09:30" in en (minutes of the day)
 *   i18n_datetime "ti 24.11.2026 klo 9.30", "tis 24.11.2026 kl. 9.30",
 *                 "Tue 2026-11-24 09:30"
 *   i18n_month    "lokakuu 2026", "oktober 2026", "October 2026"
 *   i18n_number   v with `places` decimals, a decimal comma in fi and sv */
#define I18N_DATE_MAX 64
char *i18n_weekday(char *buf, size_t n, int wday);
char *i18n_date(char *buf, size_t n, int y, int m, int d);
char *i18n_day(char *buf, size_t n, int y, int m, int d);
char *i18n_time(char *buf, size_t n, int minutes);
/* i18n_time of the local time of t; and of an end, 24.00 when it is the
 * midnight after start's day (as caltime_format_end). */
char *i18n_clock(char *buf, size_t n, time_t t);
char *i18n_end(char *buf, size_t n, time_t start, time_t end);
char *i18n_datetime(char *buf, size_t n, int y, int m, int d, int minutes);
char *i18n_month(char *buf, size_t n, int y, int m);
char *i18n_number(char *buf, size_t n, double v, int places);
/* The decimal separator of the current language: ',' or '.'. */
char i18n_decimal_point(void);

#endif
