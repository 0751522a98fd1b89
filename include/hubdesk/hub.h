/* The hub: its identity, time zone, opening hours and closed dates, and the
 * context every domain call takes. */
#ifndef HUBDESK_HUB_H
#define HUBDESK_HUB_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "hubdesk/caltime.h"
#include "hubdesk/ids.h"
#include "hubdesk/rules.h"
#include "hubdesk/status.h"
#include "hubdesk/text.h"

struct store;

struct opening {
	bool open;
	int opens_min;  /* minutes after local midnight */
	int closes_min; /* up to 1440 */
};

/* The hours a weekday had on the days before `until` (and after any
 * earlier change of it). */
struct hours_past {
	struct local_date until;
	int weekday;
	struct opening hours;
};
#define HUB_HOURS_PAST 64 /* the changes kept in memory; older ones weigh nothing */

struct hub {
	char uuid[UUID_TEXT];
	char name[HD_TEXT];
	int municipality_number;     /* municipality.h */
	char municipality[HD_TEXT];  /* its official Finnish name */
	char region[HD_TEXT];
	char timezone[64];
	char address[HD_TEXT];       /* the card's (hub edit); "": not given */
	char email[HD_TEXT];         /* the hub's contact e-mail; "": not given */
	struct opening hours[7]; /* 0 = Monday: the hours from today on */
	struct hours_past past[HUB_HOURS_PAST]; /* oldest first */
	int npast;
};

/* Who acts: the public kiosk (nobody logged in), a staff member, the hub's
 * administrator; the clock is the lifecycle sweep recording what time made
 * true. The audit log names the role (and the staff member) of every change. */
enum hd_role {
	HD_ROLE_KIOSK,
	HD_ROLE_STAFF,
	HD_ROLE_ADMIN,
	HD_ROLE_CLOCK,
};

/* One open hub database and the clock the program acts on. */
struct hubdesk {
	struct store *store;
	time_t now;          /* real time, or the --now the user gave */
	bool has_hub;        /* false until `init` or `demo` */
	struct hub hub;
	uint64_t rng;        /* member codes and demo data */
	struct rules rules;  /* built-in, then config, then the database's */
	struct rules rule_defaults; /* built-in and config: what rules_load starts from */
	int64_t data_version;
	enum hd_role role;   /* HD_ROLE_KIOSK until a front end says otherwise */
	char actor[HD_TEXT]; /* the staff member's name, or "" */
	char via[64];        /* a remote session's SSH key ("SHA256:…"), or "" */
	/* The process runs as the owner of the database file: the
	 * administrator, or the kiosk the administrator started. Only such a
	 * process runs the retention purge by itself. */
	bool owner;
	char retention_checked[11]; /* the day this process last looked for a purge */
};

/* Opens the database at path, migrating it if needed, and loads the hub if
 * there is one; a missing file is created only when create is true (init,
 * demo), so that a mistyped --db is refused instead of starting an empty
 * hub. On HD_OK *out is a context to free with hubdesk_close. */
enum hd_status hubdesk_open(const char *path, bool create, struct hubdesk **out, char **err);
/* Opens it for reading alone (ssh-keys, which OpenSSH runs for each key a
 * client offers): no migration, no write of any kind; a write through hd
 * fails. */
enum hd_status hubdesk_open_readonly(const char *path, struct hubdesk **out, char **err);
void hubdesk_close(struct hubdesk *hd);
/* Makes the config file's rule defaults hd's, under those the hub's
 * database holds. values[i] is rule_defs[i]'s, or NULL. */
enum hd_status hubdesk_rule_defaults(struct hubdesk *hd, const char *const *values, char **err);
/* Sets the clock from local "YYYY-MM-DD HH:MM" in the hub's zone. */
enum hd_status hubdesk_set_now(struct hubdesk *hd, const char *local, char **err);

/* True when another process changed the database since the last call
 * (PRAGMA data_version); then the hub's settings and rules are re-read, so
 * a running kiosk follows new opening hours. The first call only notes the
 * version. */
bool hubdesk_changed(struct hubdesk *hd);
/* True when the database file is not the one hd has open any more (another
 * moved or copied over its path) or was found damaged; then hubdesk_reopen. */
bool hubdesk_replaced(struct hubdesk *hd);
/* Opens hd's database path again, with the checks of the first open (a
 * file that is not a hubdesk database is refused, nothing is written to
 * it), and reads its hub and rules. On failure every later call fails with
 * the reason, until a reopen succeeds. */
enum hd_status hubdesk_reopen(struct hubdesk *hd, char **err);

/* HD_REFUSED with advice when the database holds no hub yet. */
enum hd_status hub_require(struct hubdesk *hd, char **err);

struct hub_settings {
	const char *name, *municipality, *region, *timezone;
	int opens_min, closes_min;
	unsigned days; /* bit 0 = Monday */
};
/* Validates s and, when out is not NULL, fills out from it (all but the
 * UUID); lets a front end refuse bad settings before creating a file. */
enum hd_status hub_settings_check(const struct hub_settings *s, struct hub *out, char **err);
/* Creates the hub in an empty database, with a new UUID. */
enum hd_status hub_init(struct hubdesk *hd, const struct hub_settings *s, char **err);
/* Parses "mon-fri", "mon,wed,fri", "sat" into a weekday bit mask. */
int hub_parse_days(const char *s, unsigned *mask);
/* Sets the hours of the weekdays in mask; closes_min 0 closes them. */
enum hd_status hub_set_hours(struct hubdesk *hd, unsigned mask, int opens_min,
    int closes_min, char **err);

/* hub edit: NULL leaves a field as it is; "" removes the address or the
 * e-mail. The name follows the rules of init's. */
struct hub_card_edit {
	const char *name, *address, *email;
};
enum hd_status hub_edit(struct hubdesk *hd, const struct hub_card_edit *e, char **err);

/* The hub's public card as a dump carries it (docs/dump-format.md): its
 * spaces in use today by kind, and the desks free for the whole of each
 * of the next HUB_FREE_DAYS days from today (0 on a closed day). */
#define HUB_FREE_DAYS 14
struct hub_card {
	int desks, rooms, booths;
	struct {
		struct local_date date;
		bool open;
		int free;
	} days[HUB_FREE_DAYS];
};
enum hd_status hub_card_of(struct hubdesk *hd, struct hub_card *out, char **err);

/* The opening hours of date d: today's for today and the days to come,
 * those it had then for a day before a change of hours. */
const struct opening *hub_hours_on(const struct hubdesk *hd, struct local_date d);

/* Opening time of date d as UTC instants. Returns HD_OK, or HD_REFUSED with
 * *err saying why the hub is closed that day (err may be NULL). */
enum hd_status hub_day_open(struct hubdesk *hd, struct local_date d,
    time_t *opens, time_t *closes, char **err);

struct closed_day {
	struct local_date date;
	char note[HD_TEXT];
};
struct booking_affected; /* booking.h */
/* Closes the hub on date (YYYY-MM-DD; a second call changes the note). In
 * the same transaction the date's bookings still to come are cancelled and
 * those under way (begun or checked in to) are kept. On HD_OK *out is a
 * newly allocated array of the *n bookings found and what became of each,
 * in start order, that the caller frees (NULL when none); out and n may
 * both be NULL when the caller does not list them (the demo). */
enum hd_status hub_closed_add(struct hubdesk *hd, const char *date, const char *note,
    struct booking_affected **out, size_t *n, char **err);
enum hd_status hub_closed_remove(struct hubdesk *hd, const char *date, char **err);
/* Fills *out with a newly allocated array the caller frees. */
enum hd_status hub_closed_list(struct hubdesk *hd, struct closed_day **out, size_t *n, char **err);

extern const char *const hub_weekday_names[7]; /* "mon" .. "sun" */

#endif
