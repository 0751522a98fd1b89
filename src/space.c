/* Spaces: adding, finding, listing and retiring (see space.h). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/booking.h"
#include "hubdesk/i18n.h"
#include "hubdesk/space.h"
#include "hubdesk/store.h"
#include "domain.h"

static const char *const space_kinds[] = { "desk", "room", "booth", NULL };

bool
space_kind_valid(const char *kind)
{
	return text_in_list(kind, space_kinds);
}

static enum hd_status
clean_code(const char *code, char out[static SPACE_CODE], char **err)
{
	size_t len = code != NULL ? strlen(code) : 0;

	if (len == 0 || len >= SPACE_CODE)
		return hd_fail(err, HD_INVALID,
		    _("a space code has 1 to %d letters, digits or dashes, like D01"), SPACE_CODE - 1);
	for (size_t i = 0; i < len; i++) {
		if (!isalnum((unsigned char)code[i]) && code[i] != '-')
			return hd_fail(err, HD_INVALID,
			    _("a space code has only letters, digits or dashes, like D01"));
	}
	text_upper_ascii(code, out, SPACE_CODE);
	return HD_OK;
}

static int
parse_map(const char *s, int *col, int *row)
{
	char *end;
	long c, r;

	if (s == NULL || !isdigit((unsigned char)*s))
		return -1;
	c = strtol(s, &end, 10);
	if (*end != ',' || !isdigit((unsigned char)end[1]))
		return -1;
	r = strtol(end + 1, &end, 10);
	if (*end != '\0' || c > 999 || r > 999)
		return -1;
	*col = (int)c;
	*row = (int)r;
	return 0;
}

/* Validates the fields of n that are given into sp: name and zone when
 * not NULL, capacity when not 0, map when not NULL ("" takes the space off
 * the map). */
static enum hd_status
fill_fields(struct space *sp, const struct space_new *n, char **err)
{
	char safe[TEXT_SAFE];
	enum hd_status rc;

	if ((n->name != NULL &&
	        (rc = text_clean(n->name, _("the space name"), HD_NAME_CHARS, false, sp->name, err)) != HD_OK) ||
	    (n->zone != NULL &&
	        (rc = text_clean(n->zone, _("the zone"), HD_NAME_CHARS, false, sp->zone, err)) != HD_OK))
		return rc;
	if (n->capacity != 0) {
		if (n->capacity < 1 || n->capacity > 1000)
			return hd_fail(err, HD_INVALID, _("the capacity is a number from 1 to 1000"));
		sp->capacity = n->capacity;
	}
	if (n->since != NULL) {
		struct local_date d;
		if (caltime_parse_date(n->since, &d) != 0)
			return hd_fail(err, HD_INVALID, _("'%s' is not a date" "\037" "write --since as YYYY-MM-DD"),
			    text_safe(n->since, safe));
		sp->available_from = caltime_to_utc_next(d, 0);
	}
	if (n->map != NULL && n->map[0] == '\0')
		sp->map_col = sp->map_row = -1;
	else if (n->map != NULL && parse_map(n->map, &sp->map_col, &sp->map_row) != 0)
		return hd_fail(err, HD_INVALID,
		    _("'%s' is not a map position; write COL,ROW with numbers from 0 to 999"),
		    text_safe(n->map, safe));
	return HD_OK;
}

/* Ends the write of sp begun by the caller: src is the store's answer. */
static enum hd_status
finish_write(struct hubdesk *hd, enum store_rc src, const struct space *sp, struct space *out,
    char **err)
{
	enum hd_status rc;

	switch (src) {
	case STORE_OK:
		break;
	case STORE_CONSTRAINT:
		return domain_abort(hd, hd_fail(err, HD_REFUSED,
		    _("map position %d,%d is taken by another space; choose a free spot"),
		    sp->map_col, sp->map_row));
	default:
		return domain_abort(hd, domain_store_fail(hd, err));
	}
	if ((rc = domain_commit(hd, err)) != HD_OK)
		return rc;
	if (out != NULL)
		*out = *sp;
	return HD_OK;
}

enum hd_status
space_add(struct hubdesk *hd, const struct space_new *n, struct space *out, char **err)
{
	struct space sp, existing;
	enum hd_status rc;
	char safe[TEXT_SAFE];

	memset(&sp, 0, sizeof sp);
	sp.map_col = sp.map_row = -1;
	if ((rc = hub_require(hd, err)) != HD_OK ||
	    (rc = clean_code(n->code, sp.code, err)) != HD_OK)
		return rc;
	if (n->kind != NULL && !space_kind_valid(n->kind))
		return hd_fail(err, HD_INVALID, _("'%s' is not a kind of space; use desk, room or booth"),
		    text_safe(n->kind, safe));
	snprintf(sp.kind, sizeof sp.kind, "%s", n->kind != NULL ? n->kind : "desk");
	sp.capacity = strcmp(sp.kind, "room") == 0 ? 6 : 1;
	{
		struct local_date today;
		int minute;
		caltime_from_utc(hd->now, &today, &minute);
		sp.available_from = caltime_to_utc_next(today, 0);
	}
	if ((rc = fill_fields(&sp, n, err)) != HD_OK)
		return rc;

	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	switch (store_space_by_code(hd->store, sp.code, &existing)) {
	case STORE_OK:
		return domain_abort(hd, hd_fail(err, HD_REFUSED, existing.retired ?
		    _("a space with the code %s exists already (retired); choose another code") :
		    _("a space with the code %s exists already; choose another code"), existing.code));
	case STORE_NOTFOUND:
		break;
	default:
		return domain_abort(hd, domain_store_fail(hd, err));
	}
	sp.created_at = hd->now;
	return finish_write(hd, store_space_insert(hd->store, &sp, hd->now), &sp, out, err);
}

enum hd_status
space_update(struct hubdesk *hd, const struct space_new *n, struct space *out, char **err)
{
	struct space sp;
	enum hd_status rc;

	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if ((rc = space_get(hd, n->code, &sp, err)) != HD_OK ||
	    (rc = fill_fields(&sp, n, err)) != HD_OK)
		return domain_abort(hd, rc);
	if (n->since != NULL) {
		/* Nothing recorded may fall before the first day it counts. */
		time_t first;
		if (store_space_first_use(hd->store, sp.id, &first) != STORE_OK)
			return domain_abort(hd, domain_store_fail(hd, err));
		if (first != 0 && !space_available_on(&sp, first)) {
			char day[DOMAIN_WORDS];
			struct local_date d;
			int minute;
			caltime_from_utc(first, &d, &minute);
			return domain_abort(hd, hd_fail(err, HD_REFUSED, _("%s was in use on %s already"
			    "\037" "give a --since on or before that day"), sp.code, domain_date(d, day)));
		}
	}
	return finish_write(hd, store_space_update(hd->store, &sp), &sp, out, err);
}

bool
space_available_on(const struct space *sp, time_t t)
{
	struct local_date d, first;
	int minute;

	if (sp->available_from == 0)
		return true;
	caltime_from_utc(t, &d, &minute);
	caltime_from_utc(sp->available_from, &first, &minute);
	return caltime_date_cmp(d, first) >= 0;
}

enum hd_status
space_check_available(struct hubdesk *hd, const struct space *sp, time_t t, char **err)
{
	struct local_date first;
	int minute;
	char day[DOMAIN_WORDS];

	(void)hd;
	if (space_available_on(sp, t))
		return HD_OK;
	caltime_from_utc(sp->available_from, &first, &minute);
	return hd_fail(err, HD_REFUSED, _("%s counts as available from %s" "\037" "to enter earlier use, "
	    "run 'hubdesk space edit %s --since YYYY-MM-DD' with its real first day"), sp->code,
	    domain_date(first, day), sp->code);
}

enum hd_status
space_get(struct hubdesk *hd, const char *code, struct space *out, char **err)
{
	char clean[SPACE_CODE], safe[TEXT_SAFE];

	if (clean_code(code, clean, NULL) != HD_OK)
		return hd_fail(err, HD_REFUSED,
		    _("no space has the code '%s'" "\037" "'hubdesk space list' shows them"),
		    text_safe(code, safe));
	switch (store_space_by_code(hd->store, clean, out)) {
	case STORE_OK:
		return HD_OK;
	case STORE_NOTFOUND:
		return hd_fail(err, HD_REFUSED,
		    _("no space has the code %s" "\037" "'hubdesk space list' shows them"), clean);
	default:
		return domain_store_fail(hd, err);
	}
}

enum hd_status
space_list(struct hubdesk *hd, bool with_retired, struct space **out, size_t *n, char **err)
{
	if (store_space_list(hd->store, with_retired, out, n) != STORE_OK)
		return domain_store_fail(hd, err);
	return HD_OK;
}

enum hd_status
space_retire(struct hubdesk *hd, const char *code, struct booking_affected **out, size_t *n,
    char **err)
{
	struct space sp;
	struct booking *v = NULL;
	struct booking_affected *a = NULL;
	size_t nv = 0;
	enum hd_status rc;

	if (out != NULL) {
		*out = NULL;
		*n = 0;
	}
	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if ((rc = space_get(hd, code, &sp, err)) != HD_OK)
		return domain_abort(hd, rc);
	if (sp.retired)
		return domain_abort(hd, hd_fail(err, HD_REFUSED, _("%s is retired already"), sp.code));
	if (store_space_retire(hd->store, sp.id, hd->now) != STORE_OK ||
	    store_booking_active_of_space(hd->store, sp.id, hd->now, &v, &nv) != STORE_OK)
		return domain_abort(hd, domain_store_fail(hd, err));
	/* Nobody can use a retired space, so even a booking that has begun is
	 * cancelled unless its member is there (checked in). */
	rc = domain_settle_bookings(hd, v, nv, true, &a, err);
	free(v);
	if (rc != HD_OK)
		return domain_abort(hd, rc);
	return domain_commit_settled(hd, a, nv, out, n, err);
}

const char *
space_kind_text(const char *kind)
{
	if (strcmp(kind, "desk") == 0)
		return C_("kind", "desk");
	if (strcmp(kind, "room") == 0)
		return C_("kind", "room");
	if (strcmp(kind, "booth") == 0)
		return C_("kind", "booth");
	return kind;
}
