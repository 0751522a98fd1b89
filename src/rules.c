/* The booking rules (see rules.h): one table of every rule, its range and
 * default, that drives parsing, `rules show`, the config file and the
 * database's settings alike. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/hub.h"
#include "hubdesk/rules.h"
#include "hubdesk/store.h"
#include "hubdesk/text.h"
#include "domain.h"

#define R(field) offsetof(struct rules, field)

const struct rule_def rule_defs[] = {
	{ "slot-minutes", N_("bookings start and end on these boundaries"), 5, 240,
	  R(slot_minutes), false, 30 },
	{ "book-ahead-days", N_("how far ahead a booking may start, in days"), 0, 365,
	  R(book_ahead_days), false, 14 },
	{ "max-future-bookings", N_("bookings to come one member may hold"), 1, 1000,
	  R(max_future_bookings), false, 5 },
	{ "desk-max-minutes", N_("longest desk booking (0: the whole opening day)"), 0, 1440,
	  R(desk_max_minutes), false, 0 },
	{ "room-max-minutes", N_("longest room booking"), 15, 1440, R(room_max_minutes), false, 240 },
	{ "checkin-early-minutes", N_("check-in opens this long before the start"), 0, 240,
	  R(checkin_early_minutes), false, 15 },
	{ "grace-minutes", N_("after the start, the desk waits this long before it is released"),
	  0, 240, R(grace_minutes), false, 30 },
	{ "public-holidays", N_("Finnish public holidays are closed days (yes or no)"), 0, 1,
	  0, true, 1 },
	{ "retention-days", N_("guests' names, purposes and hosts, and audit rows, are kept this "
	  "many days; only the administrator changes it"), 1, 3650, R(retention_days), false, 90 },
	{ NULL, NULL, 0, 0, 0, false, 0 },
};

const struct rule_fixed rule_fixed[] = {
	{ "open-day", N_("the hub is open that day: its weekday hours, closed dates and (with "
	  "public-holidays) Finnish public holidays") },
	{ "opening-hours", N_("a booking starts and ends within the day's opening hours") },
	{ "not-past", N_("a booking ends after now and starts no earlier than the slot under way") },
	{ "space-available", N_("the space is in use (not retired) and counts from its first day of use") },
	{ "no-overlap", N_("no two bookings of a space overlap, and nobody books into a walk-in's "
	  "hold (until they check out, the desk's next booking or closing)") },
	{ "one-place", N_("a member books one desk at a time and one room or booth at a time; a "
	  "room or booth may overlap their desk") },
	{ NULL, NULL },
};

static int *
int_field(struct rules *r, const struct rule_def *d)
{
	return (int *)(void *)((char *)r + d->offset);
}

void
rules_builtin(struct rules *r)
{
	memset(r, 0, sizeof *r);
	for (const struct rule_def *d = rule_defs; d->key != NULL; d++) {
		if (d->yes_no)
			r->public_holidays = d->def != 0;
		else
			*int_field(r, d) = d->def;
	}
}

enum hd_status
rules_parse(struct rules *r, const char *key, const char *value, char **err)
{
	const struct rule_def *d;
	char safe[TEXT_SAFE], safe2[TEXT_SAFE], *end;
	long v;

	for (d = rule_defs; d->key != NULL && strcmp(d->key, key) != 0; d++)
		;
	if (d->key == NULL)
		return hd_fail(err, HD_INVALID, _("'%s' is not a rule" "\037" "'hubdesk rules show' lists them"),
		    text_safe(key, safe));
	if (d->yes_no) {
		if (strcmp(value, "yes") != 0 && strcmp(value, "no") != 0)
			return hd_fail(err, HD_INVALID, _("%s is yes or no"), d->key);
		r->public_holidays = strcmp(value, "yes") == 0;
		return HD_OK;
	}
	v = strtol(value, &end, 10);
	if (!isdigit((unsigned char)*value) || *end != '\0' || v < d->lo || v > d->hi)
		return hd_fail(err, HD_INVALID, _("%s is a number from %d to %d, not '%s'"), d->key, d->lo,
		    d->hi, text_safe(value, safe2));
	if (strcmp(d->key, "slot-minutes") == 0 && 1440 % v != 0)
		return hd_fail(err, HD_INVALID, _("slot-minutes must divide a day evenly (15, 20, 30, "
		    "60 …)"));
	*int_field(r, d) = (int)v;
	return HD_OK;
}

const char *
rules_format(const struct rules *r, const struct rule_def *d, char *buf, size_t n)
{
	if (d->yes_no)
		snprintf(buf, n, "%s", r->public_holidays ? "yes" : "no");
	else
		snprintf(buf, n, "%d", *int_field((struct rules *)r, d));
	return buf;
}

enum hd_status
rules_load(struct hubdesk *hd, char **err)
{
	char key[80], value[32];

	for (const struct rule_def *d = rule_defs; d->key != NULL; d++) {
		snprintf(key, sizeof key, "rule.%s", d->key);
		switch (store_setting_get(hd->store, key, value, sizeof value)) {
		case STORE_OK:
			/* A value the table no longer accepts keeps the default. */
			rules_parse(&hd->rules, d->key, value, NULL);
			break;
		case STORE_NOTFOUND:
			break;
		default:
			return domain_store_fail(hd, err);
		}
	}
	return HD_OK;
}

enum hd_status
rules_may_set(struct hubdesk *hd, char **err)
{
	return domain_require_admin(hd, _("change the rules"), err);
}

enum hd_status
rules_set(struct hubdesk *hd, const char *key, const char *value, char **err)
{
	struct rules r = hd->rules;
	char k[80];
	enum hd_status rc;

	if ((rc = hub_require(hd, err)) != HD_OK || (rc = rules_may_set(hd, err)) != HD_OK ||
	    (rc = rules_parse(&r, key, value, err)) != HD_OK)
		return rc;
	snprintf(k, sizeof k, "rule.%s", key);
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if (store_setting_set(hd->store, k, value) != STORE_OK)
		return domain_abort(hd, domain_store_fail(hd, err));
	if ((rc = domain_commit(hd, err)) != HD_OK)
		return rc;
	hd->rules = r;
	return HD_OK;
}
