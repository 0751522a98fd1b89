/* Members: adding with a fresh kiosk code, finding and listing (see member.h). */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>
#include <wctype.h>

#include "hubdesk/member.h"
#include "hubdesk/municipality.h"
#include "hubdesk/store.h"
#include "hubdesk/xmalloc.h"
#include "domain.h"

const char *const member_categories[] = {
	"remote-employee", "entrepreneur", "student", "other", NULL,
};

bool
member_category_valid(const char *c)
{
	return text_in_list(c, member_categories);
}

static enum hd_status
check_email(const char *email, char **err)
{
	const char *at = strchr(email, '@');
	char safe[TEXT_SAFE];

	if (*email == '\0')
		return HD_OK;
	if (at == NULL || at == email || strchr(at + 1, '.') == NULL || strchr(email, ' ') != NULL ||
	    strchr(at + 1, '@') != NULL)
		return hd_fail(err, HD_INVALID, _("'%s' is not an email address; write it as name@example.fi"),
		    text_safe(email, safe));
	return HD_OK;
}

/* Validates the fields of n that are not NULL into m. */
static enum hd_status
fill_fields(struct member *m, const struct member_new *n, char **err)
{
	enum hd_status rc;
	char safe[TEXT_SAFE];

	if ((n->name != NULL &&
	        (rc = text_clean_name(n->name, _("the name"), HD_NAME_CHARS, true, m->name, err)) != HD_OK) ||
	    (n->email != NULL &&
	        ((rc = text_clean(n->email, _("the email"), 254, false, m->email, err)) != HD_OK ||
	        (rc = check_email(m->email, err)) != HD_OK)) ||
	    (n->municipality != NULL && ((rc = text_clean(n->municipality, _("the municipality"),
	        HD_NAME_CHARS, false, m->municipality, err)) != HD_OK ||
	        (rc = municipality_parse(m->municipality, &m->municipality_number, err)) != HD_OK)) ||
	    (n->organisation != NULL && (rc = text_clean(n->organisation, _("the organisation"), 120,
	        false, m->organisation, err)) != HD_OK))
		return rc;
	if (n->category != NULL && !member_category_valid(n->category))
		return hd_fail(err, HD_INVALID, _("'%s' is not a category; use remote-employee, "
		    "entrepreneur, student or other"), text_safe(n->category, safe));
	if (n->category != NULL)
		snprintf(m->category, sizeof m->category, "%s", n->category);
	snprintf(m->municipality, sizeof m->municipality, "%s",
	    municipality_key(m->municipality_number));
	return HD_OK;
}

enum hd_status
member_update(struct hubdesk *hd, const char *code, const struct member_new *n,
    struct member *out, char **err)
{
	struct member m;
	enum hd_status rc;

	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if ((rc = member_get(hd, code, &m, err)) != HD_OK ||
	    (rc = fill_fields(&m, n, err)) != HD_OK)
		return domain_abort(hd, rc);
	if (store_member_update(hd->store, &m) != STORE_OK)
		return domain_abort(hd, domain_store_fail(hd, err));
	if ((rc = domain_commit(hd, err)) != HD_OK)
		return rc;
	if (out != NULL)
		*out = m;
	return HD_OK;
}

enum hd_status
member_add(struct hubdesk *hd, const struct member_new *n, struct member *out, char **err)
{
	struct member m;
	struct member_new all = *n;
	enum hd_status rc;

	memset(&m, 0, sizeof m);
	snprintf(m.category, sizeof m.category, "other");
	if (all.name == NULL)
		all.name = ""; /* a new member needs one: refused as empty */
	if ((rc = hub_require(hd, err)) != HD_OK || (rc = fill_fields(&m, &all, err)) != HD_OK)
		return rc;
	ids_uuid_new(m.uuid);
	m.created_at = hd->now;

	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	/* Codes are random; on the rare collision with an existing one, draw
	 * again. The UNIQUE constraint decides, not a prior look-up. */
	for (int attempt = 0;; attempt++) {
		ids_member_code(&hd->rng, m.code);
		enum store_rc src = store_member_insert(hd->store, &m);
		if (src == STORE_OK)
			break;
		if (src != STORE_CONSTRAINT || attempt == 50)
			return domain_abort(hd, domain_store_fail(hd, err));
	}
	if ((rc = domain_commit(hd, err)) != HD_OK)
		return rc;
	if (out != NULL)
		*out = m;
	return HD_OK;
}

enum hd_status
member_get(struct hubdesk *hd, const char *code, struct member *out, char **err)
{
	struct local_date d;
	int minute;
	char day[DOMAIN_WORDS];
	enum hd_status rc;

	if ((rc = member_find(hd, code, out, err)) != HD_OK || out->retired_at == 0)
		return rc;
	caltime_from_utc(out->retired_at, &d, &minute);
	/* The day they left is for staff: a public screen shows the reason
	 * alone, and must not tell a passer-by when a former code's member left. */
	return hd_fail(err, HD_REFUSED, _("the code %s no longer works: its member has left the hub"
	    "\037" "they left on %s ('hubdesk member list --all')"), out->code,
	    domain_date(d, day));
}

enum hd_status
member_find(struct hubdesk *hd, const char *code, struct member *out, char **err)
{
	char norm[MEMBER_CODE_LEN + 1], safe[TEXT_SAFE];

	if (!ids_member_code_normalise(code, norm))
		return hd_fail(err, HD_REFUSED, _("no member has the code '%s'; check the code "
		    "(%d letters and digits)"), text_safe(code, safe), MEMBER_CODE_LEN);
	switch (store_member_by_code(hd->store, norm, out)) {
	case STORE_OK:
		return HD_OK;
	case STORE_NOTFOUND:
		return hd_fail(err, HD_REFUSED, _("no member has the code %s; check the code"), norm);
	default:
		return domain_store_fail(hd, err);
	}
}

enum hd_status
member_list(struct hubdesk *hd, bool all, struct member **out, size_t *n, char **err)
{
	if (store_member_list(hd->store, all, out, n) != STORE_OK)
		return domain_store_fail(hd, err);
	return HD_OK;
}

enum hd_status
member_namesake(struct hubdesk *hd, const struct member *m, struct member *out, char **err)
{
	if (m->name[0] == '\0' || m->email[0] == '\0')
		return HD_REFUSED;
	switch (store_member_namesake(hd->store, m->name, m->email, m->id, out)) {
	case STORE_OK:
		return HD_OK;
	case STORE_NOTFOUND:
		return HD_REFUSED;
	default:
		return domain_store_fail(hd, err);
	}
}

/* Length of the blank (space or no-break space) at s, or 0. */
static size_t
blank_at(const char *s)
{
	if (*s == ' ')
		return 1;
	if ((unsigned char)s[0] == 0xc2 && (unsigned char)s[1] == 0xa0)
		return 2;
	return 0;
}

/* Lower-cased wide copy of s into out (n wide characters). */
static void
fold(const char *s, wchar_t *out, size_t n)
{
	size_t r = mbstowcs(out, s, n - 1);

	if (r == (size_t)-1)
		r = 0;
	out[r] = L'\0';
	for (size_t i = 0; i < r; i++)
		out[i] = (wchar_t)towlower((wint_t)out[i]);
}

bool
member_first_name_starts(const char *name, const char *typed)
{
	wchar_t q[HD_TEXT], folded[HD_TEXT], *start = q;
	char words[HD_TEXT];
	size_t qn;

	fold(typed, q, HD_TEXT);
	while (*start == L' ')
		start++;
	qn = wcslen(start);
	while (qn > 0 && start[qn - 1] == L' ')
		start[--qn] = L'\0';
	/* With a space it reaches past the first name: a surname would then
	 * be confirmed letter by letter. */
	if (qn < MEMBER_SEARCH_MIN || wcschr(start, L' ') != NULL)
		return false;
	text_squeeze(name, words);
	fold(words, folded, HD_TEXT);
	return wcsncmp(folded, start, qn) == 0;
}

/* True when a match other than out[i] shares its short name and has the
 * same text (case-blind) in the field at offset off of struct member. */
static bool
member_shared(const struct member_match *out, const struct member *const *found, size_t n,
    size_t i, size_t off)
{
	const char *mine = (const char *)found[i] + off;

	for (size_t j = 0; j < n; j++)
		if (j != i && strcmp(out[j].short_name, out[i].short_name) == 0 &&
		    strcasecmp((const char *)found[j] + off, mine) == 0)
			return true;
	return false;
}

/* Gives out[i] a detail when another match has its short name: the first
 * of organisation and municipality that is given and not the other's too.
 * Never the code or the surname, which would name the person. */
static void
member_tell_apart(struct member_match *out, const struct member *const *found, size_t n, size_t i)
{
	static const size_t fields[] = {
		offsetof(struct member, organisation), offsetof(struct member, municipality),
	};
	bool namesake = false;

	out[i].detail[0] = '\0';
	for (size_t j = 0; j < n; j++)
		namesake |= j != i && strcmp(out[j].short_name, out[i].short_name) == 0;
	for (size_t f = 0; namesake && f < sizeof fields / sizeof fields[0]; f++) {
		const char *text = (const char *)found[i] + fields[f];
		if (text[0] != '\0' && !member_shared(out, found, n, i, fields[f])) {
			snprintf(out[i].detail, sizeof out[i].detail, "%s", text);
			return;
		}
	}
}

enum hd_status
member_search(struct hubdesk *hd, const char *typed, struct member_match *out, size_t max,
    size_t *n, bool *more, char **err)
{
	struct member *all;
	const struct member **found;
	size_t count;
	enum hd_status rc;

	*n = 0;
	*more = false;
	if (!member_first_name_starts(typed, typed))
		return HD_OK; /* too short, or more than a first name */
	if ((rc = member_list(hd, false, &all, &count, err)) != HD_OK)
		return rc;
	found = xcalloc(max > 0 ? max : 1, sizeof *found);
	for (size_t i = 0; i < count; i++) {
		if (!member_first_name_starts(all[i].name, typed))
			continue;
		if (*n == max) {
			*more = true;
			break;
		}
		snprintf(out[*n].code, sizeof out[*n].code, "%s", all[i].code);
		member_short_name(all[i].name, out[*n].short_name);
		found[*n] = &all[i];
		(*n)++;
	}
	for (size_t i = 0; i < *n; i++)
		member_tell_apart(out, found, *n, i);
	free(found);
	free(all);
	return HD_OK;
}

void
member_short_name(const char *typed, char out[static HD_TEXT])
{
	char name[HD_TEXT];
	size_t first = 0, last = 0, len = 1;

	/* Whatever spaces or invisible characters the name holds, its words
	 * are found: a thin space must not make "Aino Holmberg" one word. */
	text_squeeze(typed, name);

	/* The first word ends at the first blank; the last starts after the last. */
	while (name[first] != '\0' && blank_at(name + first) == 0)
		first++;
	for (size_t i = first; name[i] != '\0'; i++) {
		size_t b = blank_at(name + i);
		if (b != 0 && name[i + b] != '\0' && blank_at(name + i + b) == 0)
			last = i + b;
	}
	/* Cut a very long first name at a whole character. */
	if (first > 40) {
		first = 40;
		while (first > 0 && ((unsigned char)name[first] & 0xc0) == 0x80)
			first--;
	}
	if (last == 0) {
		snprintf(out, HD_TEXT, "%.*s", (int)first, name);
		return;
	}
	/* The last name's first character, whole even when it is multibyte. */
	while (((unsigned char)name[last + len] & 0xc0) == 0x80)
		len++;
	snprintf(out, HD_TEXT, "%.*s %.*s.", (int)first, name, (int)len, name + last);
}
