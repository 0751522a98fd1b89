/* Languages (see i18n.h): choosing one, finding the catalogues, and the
 * dates, times and numbers people read in it. */
#include <libintl.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hubdesk/caltime.h"
#include "hubdesk/i18n.h"
#include "hubdesk/numfmt.h"

#define I18N_DOMAIN "hubdesk"

/* glibc caches translations; this counter tells it that the language
 * changed (the gettext manual's way to switch LANGUAGE in a running
 * program). */
extern int _nl_msg_cat_cntr;

static enum hd_lang hub_lang = HD_LANG_EN, cur_lang = HD_LANG_EN;

static const struct {
	const char *code, *name;
	const char *aliases[6];
} langs[HD_LANG_COUNT] = {
	[HD_LANG_EN] = { "en", "English", { "english", "englanti", "engelska", NULL } },
	[HD_LANG_FI] = { "fi", "suomi", { "finnish", "suomi", "finska", NULL } },
	[HD_LANG_SV] = { "sv", "svenska", { "swedish", "svenska", "ruotsi", NULL } },
};

const char *
i18n_code(enum hd_lang lang)
{
	return langs[lang].code;
}

const char *
i18n_name(enum hd_lang lang)
{
	return langs[lang].name;
}

bool
i18n_parse(const char *s, enum hd_lang *out)
{
	size_t len;
	int l, a;

	if (s == NULL)
		return false;
	/* A locale name: its language part, "fi" of "fi_FI.UTF-8@euro". */
	len = strcspn(s, "_.@:");
	for (l = 0; l < HD_LANG_COUNT; l++) {
		if (len == 2 && strncasecmp(s, langs[l].code, 2) == 0) {
			*out = (enum hd_lang)l;
			return true;
		}
		for (a = 0; langs[l].aliases[a] != NULL; a++)
			if (strcasecmp(s, langs[l].aliases[a]) == 0) {
				*out = (enum hd_lang)l;
				return true;
			}
	}
	return false;
}

/* The language the environment asks for, as gettext itself reads it:
 * LANGUAGE's first entry (honoured unless the locale is C), else the
 * messages locale. English when neither names one of ours. */
static enum hd_lang
lang_of_locale(void)
{
	const char *v = getenv("LANGUAGE"), *msgs = setlocale(LC_MESSAGES, NULL);
	enum hd_lang l;

	if (msgs == NULL) {
		msgs = getenv("LC_ALL");
		if (msgs == NULL || *msgs == '\0')
			msgs = getenv("LC_MESSAGES");
		if (msgs == NULL || *msgs == '\0')
			msgs = getenv("LANG");
	}
	if (v != NULL && *v != '\0' && i18n_parse(v, &l))
		return l;
	/* The process runs under C.UTF-8 when the locale asked for is not
	 * installed; the variables still say which language was meant. */
	if (msgs == NULL || strcmp(msgs, "C") == 0 || strncmp(msgs, "C.", 2) == 0 ||
	    strcmp(msgs, "POSIX") == 0) {
		msgs = getenv("LC_ALL");
		if (msgs == NULL || *msgs == '\0')
			msgs = getenv("LC_MESSAGES");
		if (msgs == NULL || *msgs == '\0')
			msgs = getenv("LANG");
	}
	return i18n_parse(msgs, &l) ? l : HD_LANG_EN;
}

static bool
catalogues_in(const char *dir)
{
	char path[PATH_MAX + 64];
	struct stat st;

	snprintf(path, sizeof path, "%s/fi/LC_MESSAGES/" I18N_DOMAIN ".mo", dir);
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Where the compiled catalogues are: HUBDESK_LOCALEDIR; beside an installed
 * binary (PREFIX/bin/../share/locale); in the build tree beside the binary
 * (build/asan/locale, or build/locale for ./hubdesk); else the directory
 * the build was configured with. */
static void
bind_catalogues(void)
{
	static bool bound;
	static const char *const rel[] = { "../share/locale", "locale", "../locale",
		"build/locale" };
	const char *env = getenv("HUBDESK_LOCALEDIR");
	char exe[PATH_MAX], dir[PATH_MAX], *slash;
	ssize_t len;
	size_t i;

	if (bound)
		return;
	bound = true;
	if (env != NULL && *env == '/') {
		bindtextdomain(I18N_DOMAIN, env);
		goto done;
	}
	len = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (len > 0) {
		exe[len] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL)
			*slash = '\0';
		for (i = 0; i < sizeof rel / sizeof rel[0]; i++) {
			if (snprintf(dir, sizeof dir, "%s/%s", exe, rel[i]) >= (int)sizeof dir)
				continue;
			if (catalogues_in(dir)) {
				char real[PATH_MAX];

				bindtextdomain(I18N_DOMAIN, realpath(dir, real) != NULL ? real : dir);
				goto done;
			}
		}
	}
#ifdef HUBDESK_LOCALEDIR
	bindtextdomain(I18N_DOMAIN, HUBDESK_LOCALEDIR);
#endif
done:
	bind_textdomain_codeset(I18N_DOMAIN, "UTF-8");
	textdomain(I18N_DOMAIN);
}

void
i18n_set(enum hd_lang lang)
{
	cur_lang = lang;
	/* LANGUAGE picks the catalogue whatever locales are installed, but
	 * gettext ignores it under the plain C locale: C.UTF-8 always exists. */
	setenv("LANGUAGE", langs[lang].code, 1);
	{
		const char *m = setlocale(LC_MESSAGES, NULL);

		if (m == NULL || strcmp(m, "C") == 0 || strcmp(m, "POSIX") == 0)
			setlocale(LC_MESSAGES, "C.UTF-8");
	}
	++_nl_msg_cat_cntr;
}

void
i18n_reset(void)
{
	i18n_set(hub_lang);
}

enum hd_lang
i18n_current(void)
{
	return cur_lang;
}

enum hd_lang
i18n_hub(void)
{
	return hub_lang;
}

bool
i18n_init(const char *option, const char *config, const char **bad)
{
	enum hd_lang l;

	if (option != NULL) {
		if (!i18n_parse(option, &l)) {
			*bad = option;
			return false;
		}
	} else if (config != NULL && *config != '\0') {
		if (!i18n_parse(config, &l)) {
			*bad = config;
			return false;
		}
	} else {
		l = lang_of_locale();
	}
	bind_catalogues();
	hub_lang = l;
	i18n_set(l);
	return true;
}

const char *
i18n_pgettext(const char *ctx_msgid, const char *msgid)
{
	const char *t = gettext(ctx_msgid);

	return t == ctx_msgid ? msgid : t;
}

const char *
i18n_cgettext(const char *ctx, const char *msgid)
{
	char key[512];
	const char *t;

	if (snprintf(key, sizeof key, "%s\004%s", ctx, msgid) >= (int)sizeof key)
		return msgid;
	t = gettext(key);
	return t == key ? msgid : t;
}

char
i18n_decimal_point(void)
{
	return cur_lang == HD_LANG_EN ? '.' : ',';
}

char *
i18n_weekday(char *buf, size_t n, int wday)
{
	static const char *const names[7] = { NC_("weekday", "Mon"), NC_("weekday", "Tue"),
		NC_("weekday", "Wed"), NC_("weekday", "Thu"), NC_("weekday", "Fri"),
		NC_("weekday", "Sat"), NC_("weekday", "Sun") };

	snprintf(buf, n, "%s", wday >= 0 && wday < 7 ? i18n_cgettext("weekday", names[wday]) : "?");
	return buf;
}

char *
i18n_date(char *buf, size_t n, int y, int m, int d)
{
	if (cur_lang == HD_LANG_EN)
		snprintf(buf, n, "%04d-%02d-%02d", y, m, d);
	else
		snprintf(buf, n, "%d.%d.%04d", d, m, y);
	return buf;
}

char *
i18n_day(char *buf, size_t n, int y, int m, int d)
{
	char wd[32], date[32];
	struct local_date ld = { y, m, d };

	snprintf(buf, n, "%s %s", i18n_weekday(wd, sizeof wd, caltime_weekday(ld)),
	    i18n_date(date, sizeof date, y, m, d));
	return buf;
}

char *
i18n_time(char *buf, size_t n, int minutes)
{
	if (cur_lang == HD_LANG_EN)
		snprintf(buf, n, "%02d:%02d", minutes / 60, minutes % 60);
	else
		snprintf(buf, n, "%d.%02d", minutes / 60, minutes % 60);
	return buf;
}

char *
i18n_clock(char *buf, size_t n, time_t t)
{
	struct local_date d;
	int minute;

	caltime_from_utc(t, &d, &minute);
	return i18n_time(buf, n, minute);
}

char *
i18n_end(char *buf, size_t n, time_t start, time_t end)
{
	struct local_date ds, de;
	int ms, me;

	caltime_from_utc(start, &ds, &ms);
	caltime_from_utc(end, &de, &me);
	return i18n_time(buf, n, me == 0 && caltime_date_cmp(de, ds) > 0 ? 24 * 60 : me);
}

char *
i18n_datetime(char *buf, size_t n, int y, int m, int d, int minutes)
{
	char day[I18N_DATE_MAX], t[16];

	/* TRANSLATORS: a day and a time: "ti 24.11.2026 klo 9.30". */
	snprintf(buf, n, C_("datetime", "%s %s"), i18n_day(day, sizeof day, y, m, d),
	    i18n_time(t, sizeof t, minutes));
	return buf;
}

char *
i18n_month(char *buf, size_t n, int y, int m)
{
	static const char *const names[12] = { NC_("month", "January"),
		NC_("month", "February"), NC_("month", "March"), NC_("month", "April"),
		NC_("month", "May"), NC_("month", "June"), NC_("month", "July"),
		NC_("month", "August"), NC_("month", "September"), NC_("month", "October"),
		NC_("month", "November"), NC_("month", "December") };

	snprintf(buf, n, "%s %04d", m >= 1 && m <= 12 ? i18n_cgettext("month", names[m - 1]) : "?",
	    y);
	return buf;
}

char *
i18n_number(char *buf, size_t n, double v, int places)
{
	char num[NUMFMT_MAX], *dot;

	numfmt_fixed(num, v, places < 0 ? 0 : places > 9 ? 9 : places, false);
	if ((dot = strchr(num, '.')) != NULL)
		*dot = i18n_decimal_point();
	snprintf(buf, n, "%s", num);
	return buf;
}
