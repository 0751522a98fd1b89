/* Municipalities (see municipality.h): names folded for matching, the
 * nearest names by edit distance, and names in a language. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "hubdesk/i18n.h"
#include "hubdesk/municipality.h"
#include "hubdesk/text.h"

/* Longer typed text is no name: at most this many characters are folded. */
#define MUNI_FOLD_MAX 48

/* Words that stand for no municipality, in English, Finnish and Swedish
 * (the order of enum hd_lang); "other" only names folded report cells. */
static const struct {
	int number;
	const char *words[HD_LANG_COUNT];
} muni_words[] = {
	{ MUNICIPALITY_ABROAD, { "abroad", "ulkomaat", "utlandet" } },
	{ MUNICIPALITY_UNKNOWN, { "unknown", "tuntematon", "okänd" } },
	{ -1, { "other", "muut", "övriga" } },
};

/* Short forms people write that are no official name. Documented in
 * hubdesk(1): keep the two in step. */
static const struct {
	const char *alias;
	int number;
} muni_aliases[] = {
	{ "Hki", 91 },     /* Helsinki */
	{ "Hfors", 91 },   /* Helsingfors */
	{ "Koski", 284 },  /* Koski Tl, the only Koski since 1946's renaming */
};

/* Decodes s into lower-case code points, blanks around it dropped and runs
 * of blanks made one space, so that "  HELSINGFORS " and "helsingfors"
 * are the same. Only letters Finnish and Swedish names hold need folding:
 * ASCII and Latin-1's capitals (Å, Ä, Ö, É, Ü…). Returns the length, or
 * MUNI_FOLD_MAX + 1 when s is longer or not UTF-8. */
static size_t
muni_fold(const char *s, uint32_t out[static MUNI_FOLD_MAX])
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = 0;
	bool blank = false;

	while (*p != '\0') {
		uint32_t c;
		if (*p < 0x80) {
			c = *p++;
		} else if ((*p & 0xe0) == 0xc0 && (p[1] & 0xc0) == 0x80) {
			c = (uint32_t)(*p & 0x1f) << 6 | (p[1] & 0x3f);
			p += 2;
		} else if ((*p & 0xf0) == 0xe0 && (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80) {
			c = (uint32_t)(*p & 0x0f) << 12 | (uint32_t)(p[1] & 0x3f) << 6 | (p[2] & 0x3f);
			p += 3;
		} else {
			return MUNI_FOLD_MAX + 1;
		}
		if (c == ' ' || c == '\t' || c == 0xa0) {
			blank = n > 0;
			continue;
		}
		if (n + (blank ? 2 : 1) > MUNI_FOLD_MAX)
			return MUNI_FOLD_MAX + 1;
		if (blank)
			out[n++] = ' ';
		blank = false;
		if ((c >= 'A' && c <= 'Z') || (c >= 0xc0 && c <= 0xde && c != 0xd7))
			c += 0x20;
		out[n++] = c;
	}
	return n;
}

/* True when name folds to the n code points of key. */
static bool
muni_same(const char *name, const uint32_t *key, size_t n)
{
	uint32_t f[MUNI_FOLD_MAX];

	return muni_fold(name, f) == n && memcmp(f, key, n * sizeof *key) == 0;
}

/* Every municipality's names folded once, on first use: each lookup and
 * each nearest-name search compares what was typed with all of them, and
 * folding them again each time was most of its cost (a member import
 * folds them for every row). Municipalities past MUNI_TABLE_MAX, if the
 * data ever grows that far, are folded at each use instead. */
#define MUNI_TABLE_MAX 512
struct muni_folded {
	uint32_t c[MUNI_FOLD_MAX];
	size_t n; /* MUNI_FOLD_MAX + 1: the name is too long to fold */
};
static struct muni_folded muni_table[MUNI_TABLE_MAX][2];
static bool muni_table_ready;

/* Municipality i's Finnish (sv false) or Swedish name folded: the table's
 * copy, or f filled. */
static const struct muni_folded *
muni_folded_name(size_t i, bool sv, struct muni_folded *f)
{
	const char *name = sv ? municipalities[i].name_sv : municipalities[i].name_fi;

	if (!muni_table_ready) {
		for (size_t k = 0; k < municipality_count && k < MUNI_TABLE_MAX; k++) {
			muni_table[k][0].n = muni_fold(municipalities[k].name_fi, muni_table[k][0].c);
			muni_table[k][1].n = muni_fold(municipalities[k].name_sv, muni_table[k][1].c);
		}
		muni_table_ready = true;
	}
	if (i < MUNI_TABLE_MAX)
		return &muni_table[i][sv];
	f->n = muni_fold(name, f->c);
	return f;
}

/* True when municipality i's name in either language folds to key. */
static bool
muni_same_number(size_t i, const uint32_t *key, size_t n)
{
	struct muni_folded own;

	for (int sv = 0; sv < 2; sv++) {
		const struct muni_folded *f = muni_folded_name(i, sv, &own);
		if (f->n == n && memcmp(f->c, key, n * sizeof *key) == 0)
			return true;
	}
	return false;
}

/* Levenshtein distance of a and b, two rows at a time, or cap + 1 when it
 * is more than cap (at most MUNI_FOLD_MAX, which no distance exceeds). */
static size_t
muni_distance(const uint32_t *a, size_t na, const uint32_t *b, size_t nb, size_t cap)
{
	size_t row[2][MUNI_FOLD_MAX + 1], *prev = row[0], *cur = row[1], *t, far = cap + 1;

	/* Past cap the exact figure does not matter to a caller: given up
	 * when the lengths differ by more, or when a whole row is past it (no
	 * later row is smaller). Only the band of cells within cap of the
	 * diagonal is computed (a cell outside it is more than cap): the
	 * nearest-name search passes the farthest distance it would still
	 * suggest, one or two for most names, so a name costs a few cells a
	 * letter instead of its whole length. */
	if ((na > nb ? na - nb : nb - na) > cap)
		return far;
	for (size_t j = 0; j <= nb; j++)
		prev[j] = j < far ? j : far;
	for (size_t i = 1; i <= na; i++) {
		size_t lo = i > cap ? i - cap : 1, hi = i + cap < nb ? i + cap : nb;
		size_t low = far;

		cur[lo - 1] = lo == 1 && i < far ? i : far;
		if (cur[lo - 1] < low)
			low = cur[lo - 1];
		for (size_t j = lo; j <= hi; j++) {
			size_t best = prev[j - 1] + (a[i - 1] != b[j - 1]);
			if (prev[j] + 1 < best)
				best = prev[j] + 1;
			if (cur[j - 1] + 1 < best)
				best = cur[j - 1] + 1;
			cur[j] = best < far ? best : far;
			if (cur[j] < low)
				low = cur[j];
		}
		/* The next row's band reaches one cell further right: that
		 * cell, never computed in this row, is outside it. */
		if (hi < nb)
			cur[hi + 1] = far;
		if (low > cap)
			return far;
		t = prev;
		prev = cur;
		cur = t;
	}
	return prev[nb];
}

const struct municipality *
municipality_by_number(int number)
{
	size_t lo = 0, hi = municipality_count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (municipalities[mid].number == number)
			return &municipalities[mid];
		if (municipalities[mid].number < number)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const char *
municipality_key(int number)
{
	const struct municipality *m = municipality_by_number(number);

	if (m != NULL)
		return m->name_fi;
	return number == MUNICIPALITY_ABROAD ? muni_words[0].words[HD_LANG_EN] : "";
}

const char *
municipality_name(int number, enum hd_lang lang)
{
	const struct municipality *m = municipality_by_number(number);

	if (m != NULL)
		return lang == HD_LANG_SV ? m->name_sv : m->name_fi;
	return muni_words[number == MUNICIPALITY_ABROAD ? 0 : 1].words[lang];
}

const char *
municipality_name_of(const char *key, enum hd_lang lang)
{
	for (size_t i = 0; i < sizeof muni_words / sizeof muni_words[0]; i++)
		if (strcmp(key, muni_words[i].words[HD_LANG_EN]) == 0)
			return muni_words[i].words[lang];
	for (size_t i = 0; i < municipality_count; i++)
		if (strcmp(key, municipalities[i].name_fi) == 0)
			return municipality_name(municipalities[i].number, lang);
	return key;
}

int
municipality_number_of(const char *key)
{
	for (size_t i = 0; i < municipality_count; i++)
		if (strcmp(key, municipalities[i].name_fi) == 0)
			return municipalities[i].number;
	return strcmp(key, muni_words[0].words[HD_LANG_EN]) == 0 ? MUNICIPALITY_ABROAD :
	    MUNICIPALITY_UNKNOWN;
}

/* The number that typed (folded into key, n long) names exactly, or -1. */
static int
muni_exact(const uint32_t *key, size_t n)
{
	if (n == 0)
		return MUNICIPALITY_UNKNOWN;
	for (size_t i = 0; i < municipality_count; i++)
		if (muni_same_number(i, key, n))
			return municipalities[i].number;
	for (size_t i = 0; i < sizeof muni_aliases / sizeof muni_aliases[0]; i++)
		if (muni_same(muni_aliases[i].alias, key, n))
			return muni_aliases[i].number;
	for (size_t i = 0; i < 2; i++)
		for (int l = 0; l < HD_LANG_COUNT; l++)
			if (muni_same(muni_words[i].words[l], key, n))
				return muni_words[i].number;
	return -1;
}

/* Distance from key to municipality m's name (its Swedish one when sv),
 * remembered in out when it is as near as the nearest so far (*best,
 * *found); a nearer one starts the list again. */
static void
muni_consider(size_t m, bool sv, const uint32_t *key, size_t n, int *out, size_t max,
    size_t *best, size_t *found)
{
	struct muni_folded own;
	const struct muni_folded *f = muni_folded_name(m, sv, &own);
	int number = municipalities[m].number;
	size_t d;

	if (f->n > MUNI_FOLD_MAX)
		return;
	d = muni_distance(key, n, f->c, f->n, *best);
	if (d > *best)
		return;
	if (d < *best) {
		*best = d;
		*found = 0;
	}
	for (size_t i = 0; i < *found; i++)
		if (out[i] == number)
			return;
	if (*found < max)
		out[(*found)++] = number;
}

size_t
municipality_nearest(const char *typed, int *out, size_t max)
{
	uint32_t key[MUNI_FOLD_MAX];
	size_t n = muni_fold(typed, key), best, found = 0;

	if (n == 0 || n > MUNI_FOLD_MAX)
		return 0;
	/* A slip of a letter, two in a name of five or more, or a third of a
	 * long one; anything farther is another word, and a guess would
	 * mislead ("Y" is not "Ii"). The search starts there, so a farther
	 * name is given up after a letter or two. */
	best = n / 3;
	if (best < 1)
		best = 1;
	if (n >= 5 && best < 2)
		best = 2;
	for (size_t i = 0; i < municipality_count; i++) {
		muni_consider(i, false, key, n, out, max, &best, &found);
		muni_consider(i, true, key, n, out, max, &best, &found);
	}
	return found;
}

/* The name of number nearest to typed as people spell it: its Swedish
 * name when that is nearer than its Finnish one. */
static const char *
muni_spelling(const char *typed, int number)
{
	const struct municipality *m = municipality_by_number(number);
	uint32_t key[MUNI_FOLD_MAX], fi[MUNI_FOLD_MAX], sv[MUNI_FOLD_MAX];
	size_t n = muni_fold(typed, key), nfi = muni_fold(m->name_fi, fi),
	    nsv = muni_fold(m->name_sv, sv);

	return muni_distance(key, n, sv, nsv, MUNI_FOLD_MAX) <
	    muni_distance(key, n, fi, nfi, MUNI_FOLD_MAX) ? m->name_sv :
	    m->name_fi;
}

enum hd_status
municipality_parse(const char *typed, int *number, char **err)
{
	uint32_t key[MUNI_FOLD_MAX];
	size_t n = muni_fold(typed, key), k;
	int near[3];
	char safe[TEXT_SAFE], list[3 * HD_TEXT] = "";

	if (n <= MUNI_FOLD_MAX && (*number = muni_exact(key, n)) >= 0)
		return HD_OK;
	k = municipality_nearest(typed, near, sizeof near / sizeof near[0]);
	if (k == 0) {
		char reason[TEXT_SAFE + HD_TEXT];
		snprintf(reason, sizeof reason, _("'%s' is not a municipality of Finland"),
		    text_safe(typed, safe));
		/* The hint names words a person types, so the kiosk shows it too. */
		return hd_fail(err, HD_INVALID, "%s; %s", reason,
		    _("write its name in Finnish or Swedish, or abroad or unknown"));
	}
	for (size_t i = 0; i < k; i++) {
		size_t len = strlen(list);
		snprintf(list + len, sizeof list - len, "%s%s", i == 0 ? "" : ", ",
		    muni_spelling(typed, near[i]));
	}
	return hd_fail(err, HD_INVALID, _("'%s' is not a municipality of Finland; did you mean %s?"),
	    text_safe(typed, safe), list);
}
