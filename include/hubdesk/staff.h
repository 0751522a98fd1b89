/* Staff members and the way into the staff screens: each has a name and,
 * once an administrator sets one, a PIN (only its yescrypt hash is kept);
 * a login checks a name and PIN against one lockout kept in the database,
 * so every kiosk on the file and every restart share its wrong tries. */
#ifndef HUBDESK_STAFF_H
#define HUBDESK_STAFF_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "hubdesk/hub.h"
#include "hubdesk/ids.h"
#include "hubdesk/text.h"

#define STAFF_PIN_MIN 6
#define STAFF_PIN_MAX 12
#define STAFF_HASH_MAX 128    /* bytes of a stored yescrypt hash, with its NUL */
#define STAFF_TRIES 5         /* wrong tries before a pause */
#define STAFF_PAUSE 30        /* seconds of the first pause; each doubles the last */
#define STAFF_PAUSE_MAX 3600  /* the cap: docs/privacy.md says why */

struct staff_member {
	int64_t id;
	char uuid[UUID_TEXT];
	char name[HD_TEXT];
	bool is_admin;
	bool has_pin;
	time_t created_at;
};

/* The lockout shared by every kiosk on the database. */
struct staff_lockout {
	int failures;        /* wrong tries since the last pause */
	int pauses;          /* pauses so far: each is twice the one before */
	time_t paused_until; /* no try counts before this */
};

/* The administrator's (domain_require_admin): add a staff member (no PIN
 * yet), remove one, set one's PIN (6 to 12 digits). Names are validated
 * like members' and unique whatever their case. out may be NULL. */
enum hd_status staff_add(struct hubdesk *hd, const char *name, bool is_admin,
    struct staff_member *out, char **err);
enum hd_status staff_remove(struct hubdesk *hd, const char *name, char **err);
enum hd_status staff_set_pin(struct hubdesk *hd, const char *name, const char *pin, char **err);
/* The administrator's too: every staff member, by name, in *out (the
 * caller frees), and the lockout as it stands. */
enum hd_status staff_list(struct hubdesk *hd, struct staff_member **out, size_t *n,
    struct staff_lockout *lock, char **err);

/* The role of the staff member named name now, for a front end that keeps
 * a login open: HD_ROLE_ADMIN or HD_ROLE_STAFF, or HD_ROLE_KIOSK when no
 * staff member has that name any more. Reads only; HD_STORE when it
 * cannot. */
enum hd_status staff_role_of(struct hubdesk *hd, const char *name, enum hd_role *role,
    char **err);

/* The staff member named name (any case, Ä and ä alike) into out;
 * HD_REFUSED when there is none. Reads only. */
enum hd_status staff_get(struct hubdesk *hd, const char *name, struct staff_member *out,
    char **err);

/* Seconds of the pause that follows pauses earlier ones: 30 s, doubling,
 * at most STAFF_PAUSE_MAX. */
time_t staff_pause_seconds(int pauses);
/* The lockout after one more wrong try at now: a pause begins on the
 * STAFF_TRIES-th. */
struct staff_lockout staff_lockout_wrong(struct staff_lockout l, time_t now);

/* Checks name and pin at the clock's now, inside one write transaction on
 * the shared lockout. HD_OK fills *out (the member who logged in) and
 * clears the lockout. HD_REFUSED with a message otherwise: an unknown name,
 * a member without a PIN and a wrong PIN all answer alike, so names cannot
 * be probed; during a pause even the right PIN is refused. A PIN that is
 * not 6 to 12 digits is refused without costing a try. */
enum hd_status staff_login(struct hubdesk *hd, const char *name, const char *pin,
    struct staff_member *out, char **err);

/* For the demo (demo.c): the hash of name's PIN into hash (STAFF_HASH_MAX
 * bytes); HD_REFUSED when name has none. */
enum hd_status staff_pin_hash(struct hubdesk *hd, const char *name, char *hash, char **err);

#endif
