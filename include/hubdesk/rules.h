/* The hub's booking rules: built-in defaults, then the config file's, then
 * what staff set in the database (`hubdesk rules set`). Read once when the
 * hub is opened; every rule check uses hd->rules. */
#ifndef HUBDESK_RULES_H
#define HUBDESK_RULES_H

#include <stdbool.h>
#include <stddef.h>

#include "hubdesk/status.h"

struct hubdesk;

struct rules {
	int slot_minutes;          /* bookings start and end on these boundaries */
	int book_ahead_days;       /* a booking may start up to today + this */
	int max_future_bookings;   /* bookings to come one member may hold */
	int desk_max_minutes;      /* longest desk booking a day; 0: the whole day */
	int room_max_minutes;      /* longest room booking */
	int checkin_early_minutes; /* check-in opens this long before the start */
	int grace_minutes;         /* after the start, before it is a no-show */
	bool public_holidays;      /* Finnish public holidays are closed days */
	int retention_days;        /* guests' names, purposes, hosts and audit rows */
};

struct rule_def {
	const char *key;     /* as in `rules set KEY VALUE` and the config file */
	const char *help;    /* English, marked N_: people read _(help) */
	int lo, hi;          /* allowed range; for yes/no rules 0 and 1 */
	size_t offset;       /* into struct rules */
	bool yes_no;
	int def;
};
extern const struct rule_def rule_defs[]; /* ends with key NULL */

/* The rules every booking must pass that are not settings: listed with the
 * settings by `rules show`, the man page and the staff rules screen, so the
 * hub's staff can tell a member why a booking was refused. */
struct rule_fixed {
	const char *key, *help; /* help as in rule_def */
};
extern const struct rule_fixed rule_fixed[]; /* ends with key NULL */

void rules_builtin(struct rules *r);
/* Sets one rule from text ("30", "yes"); HD_INVALID with a message. */
enum hd_status rules_parse(struct rules *r, const char *key, const char *value, char **err);
/* The value of rule d in r, as text, into buf. */
const char *rules_format(const struct rules *r, const struct rule_def *d, char *buf, size_t n);
/* Stores a rule in the hub's database and applies it to hd->rules. */
enum hd_status rules_set(struct hubdesk *hd, const char *key, const char *value, char **err);
/* HD_OK when hd may change the rules (the administrator); else HD_REFUSED
 * saying who may: the staff screens ask before opening a form. */
enum hd_status rules_may_set(struct hubdesk *hd, char **err);
/* Applies the rules stored in the database over hd->rules. */
enum hd_status rules_load(struct hubdesk *hd, char **err);

#endif
