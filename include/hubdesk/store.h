/* The store: the only module that speaks SQL. It opens the SQLite file,
 * migrates it, runs transactions and reads and writes the domain's rows.
 * Every statement is prepared once per connection, bound with parameters
 * and reset straight after use, so no read snapshot outlives its call. */
#ifndef HUBDESK_STORE_H
#define HUBDESK_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "hubdesk/booking.h"
#include "hubdesk/hub.h"
#include "hubdesk/member.h"
#include "hubdesk/space.h"
#include "hubdesk/staff.h"
#include "hubdesk/visit.h"

struct store; /* opaque */

enum store_rc {
	STORE_OK = 0,
	STORE_NOTFOUND,   /* no such row */
	STORE_CONSTRAINT, /* the schema refused the change */
	STORE_ERROR,      /* anything else; see store_error() */
};

struct store_migration {
	int level;
	const char *name;
	const char *sql;
};
extern const struct store_migration store_migrations[]; /* ends with level 0 */

/* Opens path (creating it with mode 0600 when create is true), sets WAL,
 * synchronous=FULL, foreign keys and a busy timeout, and migrates it to the
 * newest level. STORE_NOTFOUND when the file is missing and create is
 * false; STORE_ERROR with *err (caller frees) on failure. A file that is
 * empty (unless create), not a hubdesk database, or of a newer schema is
 * refused before anything is written to it. */
enum store_rc store_open(const char *path, bool create, struct store **out, char **err);
/* Opens path for reading alone: nothing is written, not even a migration
 * (a file at another schema level is refused with why in *err). */
enum store_rc store_open_readonly(const char *path, struct store **out, char **err);
void store_close(struct store *st);
/* True when the connection no longer reads the file its path names: another
 * file was moved or copied over the path, the file no longer starts as an
 * SQLite database, a call found it damaged (corrupt, not a database, I/O
 * error), or the last store_reopen failed. */
bool store_stale(const struct store *st);
/* Closes the connection and opens its path again with store_open's checks
 * (never creating or filling the file). On failure st stays, closed: every
 * call fails with the reason, store_error() and *err (caller frees) say it. */
enum store_rc store_reopen(struct store *st, char **err);
/* The message of the last failed call; owned by the store. */
const char *store_error(const struct store *st);
/* Whether the last failure was the disk's or the file's (full, read-only,
 * an I/O error, gone, damaged) rather than SQL's: then store_error() is a
 * whole sentence in the language saying what to do, shown alone. */
bool store_fault(const struct store *st);
int store_schema_level(void);

/* Write transactions nest: the outermost is BEGIN IMMEDIATE, inner ones are
 * savepoints, so a domain call works alone or inside a larger one (demo). */
enum store_rc store_begin(struct store *st);
/* How many transaction levels are open (0: none). */
int store_depth(const struct store *st);
enum store_rc store_commit(struct store *st);
void store_rollback(struct store *st);

/* A number that changes when another connection commits a change; reading
 * it touches no table, so a kiosk can poll it every second. */
enum store_rc store_data_version(struct store *st, int64_t *out);

/* settings: one text value per key */
enum store_rc store_setting_get(struct store *st, const char *key, char *value, size_t n);
enum store_rc store_setting_set(struct store *st, const char *key, const char *value);

/* staff (store-staff.c): members by name, their PIN hashes, the lockout */
enum store_rc store_staff_list(struct store *st, struct staff_member **out, size_t *n);
enum store_rc store_staff_insert(struct store *st, struct staff_member *m);
enum store_rc store_staff_delete(struct store *st, int64_t id);
/* STORE_NOTFOUND when the member has no PIN (or is gone). */
enum store_rc store_staff_hash(struct store *st, int64_t id, char *hash, size_t n);
enum store_rc store_staff_set_hash(struct store *st, int64_t id, const char *hash);
enum store_rc store_staff_lockout_get(struct store *st, struct staff_lockout *out);
enum store_rc store_staff_lockout_set(struct store *st, const struct staff_lockout *l);

/* The audit log (store-audit.c): who the triggers record as acting in this
 * transaction (via: the SSH key's fingerprint of a remote session, or
 * NULL); a row the triggers do not write; one more unknown code in
 * kiosk's count of the hour beginning at hour. */
enum store_rc store_audit_context(struct store *st, time_t at, const char *role,
    const char *staff, const char *via);
enum store_rc store_audit_insert(struct store *st, const char *action, const char *subject,
    const char *detail);
enum store_rc store_audit_unknown_code(struct store *st, const char *kiosk, time_t hour);
/* kiosk's count of unknown codes in the hour beginning at hour, 0 if none. */
enum store_rc store_audit_unknown_count(struct store *st, const char *kiosk, time_t hour,
    int *n);
/* The rows of [from, to) in time order, each detail newly allocated
 * (audit_rows_free frees them all). */
struct audit_row;
enum store_rc store_audit_list(struct store *st, time_t from, time_t to, struct audit_row **out,
    size_t *n);

/* hub */
enum store_rc store_hub_get(struct store *st, struct hub *out);
enum store_rc store_hub_insert(struct store *st, const struct hub *h, time_t now);
/* Whether a member (retired ones too) has the e-mail address, in any case. */
enum store_rc store_member_has_email(struct store *st, const char *email, bool *out);
/* The card's name, address and e-mail ("" or NULL: none). */
enum store_rc store_hub_set_card(struct store *st, const char *name, const char *address,
    const char *email);
enum store_rc store_hours_set(struct store *st, int weekday, const struct opening *o);
/* Keeps o as the weekday's hours on the days before until (YYYY-MM-DD);
 * a second change on the same day keeps the first record. */
enum store_rc store_hours_keep_past(struct store *st, const char *until, int weekday,
    const struct opening *o);
enum store_rc store_closed_add(struct store *st, const char *date, const char *note);
enum store_rc store_closed_remove(struct store *st, const char *date);
enum store_rc store_closed_has(struct store *st, const char *date, char note[static HD_TEXT]);
enum store_rc store_closed_list(struct store *st, struct closed_day **out, size_t *n);

/* spaces */
enum store_rc store_space_insert(struct store *st, struct space *s, time_t now);
enum store_rc store_space_by_code(struct store *st, const char *code, struct space *out);
enum store_rc store_space_by_id(struct store *st, int64_t id, struct space *out);
enum store_rc store_space_list(struct store *st, bool with_retired, struct space **out, size_t *n);
enum store_rc store_space_update(struct store *st, const struct space *s);
enum store_rc store_space_retire(struct store *st, int64_t id, time_t now);
/* When the space was first used: its earliest visit or booking not
 * cancelled (0: never). */
enum store_rc store_space_first_use(struct store *st, int64_t space_id, time_t *out);

/* members */
enum store_rc store_member_insert(struct store *st, struct member *m);
enum store_rc store_member_update(struct store *st, const struct member *m);
enum store_rc store_member_by_code(struct store *st, const char *code, struct member *out);
/* Every member (all) or those not retired, by name. */
enum store_rc store_member_list(struct store *st, bool all, struct member **out, size_t *n);
/* Marks a member retired at now (kept when already retired). */
enum store_rc store_member_retire(struct store *st, int64_t id, time_t now);
/* Erases a member: code replaced by code (which no kiosk can type), name,
 * e-mail and organisation blanked, retired and erased at now. Their
 * organisation's key, and every member's of that organisation, becomes the
 * key one of them already has, or new_key. */
enum store_rc store_member_erase(struct store *st, int64_t id, const char *code,
    const char *new_key, time_t now);
/* A member other than except_id with that name and email (case-blind). */
enum store_rc store_member_namesake(struct store *st, const char *name, const char *email,
    int64_t except_id, struct member *out);

/* bookings */
enum store_rc store_booking_insert(struct store *st, struct booking *b);
enum store_rc store_booking_by_uuid(struct store *st, const char *uuid, struct booking *out);
enum store_rc store_booking_set_status(struct store *st, int64_t id, const char *status, time_t now);
/* The member's booking (booked, or marked a no-show by the sweep) that can
 * be checked in to at t: starts_at - early <= t <= starts_at + grace, and
 * t < ends_at. */
enum store_rc store_booking_checkin_target(struct store *st, int64_t member_id,
    time_t t, time_t early, time_t grace, struct booking *out);
/* The space's active bookings (booked or checked-in) that end after t: under
 * way or to come, in start order. Newly allocated. */
enum store_rc store_booking_active_of_space(struct store *st, int64_t space_id, time_t t,
    struct booking **out, size_t *n);
/* The active bookings that start in [from, to) and end after t, in start
 * and space order. Newly allocated. */
enum store_rc store_booking_active_starting(struct store *st, time_t from, time_t to, time_t t,
    struct booking **out, size_t *n);
/* STORE_OK when some booking belongs to the series, else NOTFOUND. */
enum store_rc store_booking_series_exists(struct store *st, const char *series);
/* Cancels the booked bookings of a series that start after t. */
enum store_rc store_booking_cancel_series(struct store *st, const char *series, time_t t,
    int *cancelled);
/* Cancels the member's booked bookings that start in [from, to) and after t. */
enum store_rc store_booking_cancel_member_range(struct store *st, int64_t member_id, time_t from,
    time_t to, time_t t, int *cancelled);
/* How many bookings to come (booked, starting after t) the member holds. */
enum store_rc store_booking_count_future(struct store *st, int64_t member_id, time_t t, int *n);
/* The earliest start in [t, before) of an active booking of space by
 * anyone but except_member (0: anyone), or NOTFOUND. */
enum store_rc store_booking_next_start(struct store *st, int64_t space_id, time_t t,
    time_t before, int64_t except_member, time_t *out);
/* The member's first booking still "booked" that starts in (after, before). */
enum store_rc store_booking_member_next(struct store *st, int64_t member_id, time_t after,
    time_t before, struct booking *out);
/* The start of the member's first booking still "booked" of a desk other
 * than except_space that starts in (after, before): where a walk-in of
 * theirs must end. */
enum store_rc store_booking_member_next_desk(struct store *st, int64_t member_id,
    int64_t except_space, time_t after, time_t before, time_t *out);
/* Bookings still "booked" that started before cutoff: those the sweep
 * settles. Newly allocated. */
enum store_rc store_booking_waiting(struct store *st, time_t cutoff, struct booking **out,
    size_t *n);
/* Swaps two bookings' spaces: a (about to be checked in) to a_space, b to
 * b_space, each remembering its first space; the overlap triggers check
 * where each lands. */
enum store_rc store_booking_swap(struct store *st, int64_t a, int64_t a_space, int64_t b,
    int64_t b_space);
/* Moves a booking to another space, remembering the first one. */
enum store_rc store_booking_move(struct store *st, int64_t id, int64_t space_id);
enum store_rc store_booking_list(struct store *st, time_t from, time_t to,
    int64_t member_id, int64_t space_id, struct booking **out, size_t *n);

/* visits */
/* Inserts v (open when v->out_at is 0) and sets v->id; STORE_CONSTRAINT
 * when the schema refuses it (an overlap, a second open visit). */
enum store_rc store_visit_insert(struct store *st, struct visit *v, int64_t member_id,
    int64_t host_id, int64_t booking_id);
enum store_rc store_visit_open_of_member(struct store *st, int64_t member_id, struct visit *out);
/* The first closed visit of the member (member_id != 0) or of the space
 * that ends after t: a check-in back-dated to t would overlap it. A visit
 * never outlasts its day, so only visits that began in the 25 hours before
 * t are looked at, whatever the history. */
enum store_rc store_visit_closed_after(struct store *st, int64_t member_id, int64_t space_id,
    time_t t, struct visit *out);
/* The member's visits that began by z and may reach past a (open, or
 * checked out after a), newly allocated, oldest first. */
enum store_rc store_visit_member_between(struct store *st, int64_t member_id, time_t a,
    time_t z, struct visit **out, size_t *n);
/* The same for the visits at a space. */
enum store_rc store_visit_space_between(struct store *st, int64_t space_id, time_t a,
    time_t z, struct visit **out, size_t *n);
/* Visits that overlap [from, to) (members' and guests'), with what the
 * statistics need of the member: out_at 0 while still open; first_visit is
 * the member's first check-in ever. Newly allocated. */
struct store_visit_row {
	int64_t member_id;      /* 0 for a guest */
	bool is_guest, at_desk;
	char category[20];
	int municipality_number; /* municipality.h */
	char organisation[HD_TEXT];
	time_t in_at, out_at, first_visit;
};
enum store_rc store_visit_rows(struct store *st, time_t from, time_t to,
    struct store_visit_row **out, size_t *n);
/* Bookings not cancelled that overlap [from, to), newly allocated. */
struct store_booking_row {
	int64_t member_id;
	char space_code[SPACE_CODE];
	char kind[8];
	char status[12];
	time_t starts_at, ends_at;
};
enum store_rc store_booking_rows(struct store *st, time_t from, time_t to,
    struct store_booking_row **out, size_t *n);
/* Every visit still open (checked in, not out), newly allocated. */
enum store_rc store_visit_open_list(struct store *st, struct visit **out, size_t *n);
enum store_rc store_visit_by_uuid(struct store *st, const char *uuid, struct visit *out);
enum store_rc store_visit_close(struct store *st, int64_t id, time_t at);
/* Closes an open visit at closing time and marks it closed by the sweep. */
enum store_rc store_visit_auto_close(struct store *st, int64_t id, time_t at);
/* Corrects the check-out of a visit the sweep closed (clears the mark). */
enum store_rc store_visit_correct_out(struct store *st, int64_t id, time_t at);
/* Sets a visit's check-in and check-out (out_at 0: still open) and its
 * auto_closed mark; STORE_CONSTRAINT when the schema finds an overlap. */
enum store_rc store_visit_set_times(struct store *st, int64_t id, time_t in_at, time_t out_at,
    bool auto_closed);
/* Deletes a visit (a correction); NOTFOUND when there is none. */
enum store_rc store_visit_delete(struct store *st, int64_t id);
/* Whether any visit is the booking's own (checked in to it). */
enum store_rc store_visit_of_booking(struct store *st, int64_t booking_id, bool *has);
/* The member's last visit, if the sweep closed it: a check-out to correct. */
enum store_rc store_visit_last_auto_closed(struct store *st, int64_t member_id, struct visit *out);
enum store_rc store_visit_list(struct store *st, time_t from, time_t to, struct visit **out, size_t *n);
/* Every visit of the member and every guest's visit they hosted, oldest
 * first, newly allocated. */
enum store_rc store_visit_of_member(struct store *st, int64_t member_id, struct visit **out,
    size_t *n);

/* retention (store-retention.c) */
/* How many guests' visits that began before cutoff still hold a name,
 * purpose or host, and how many audit rows are older than cutoff. */
enum store_rc store_retention_count(struct store *st, time_t cutoff, int *guests, int *audit);
/* Blanks those visits' name, purpose and host and deletes those audit rows. */
enum store_rc store_retention_purge(struct store *st, time_t cutoff, int *guests, int *audit);

/* audit rows that name a UUID, as subject or in their detail, oldest first */
enum store_rc store_audit_naming(struct store *st, const char *uuid,
    struct audit_row **out, size_t *n);
/* Copies what the write-ahead log holds into the file and empties it, so
 * that no earlier version of a page is left beside the database. */
enum store_rc store_checkpoint(struct store *st);


/* backup (store-backup.c) */
/* Copies the whole database, as one snapshot, into a new file at path;
 * the kiosks go on writing meanwhile. */
enum store_rc store_backup_to(struct store *st, const char *path);
/* Copies the database file at path over the open one's content, taking
 * its write lock, so that every connection sees it at its next read. */
enum store_rc store_restore_from(struct store *st, const char *path);
/* Copies the database file src into a new, empty file dst (no -wal beside
 * it afterwards); STORE_ERROR with why when src cannot be read or dst
 * written. */
enum store_rc store_copy_file(const char *src, const char *dst, char *why, size_t n);
/* What a database holds, read without writing: its schema level, whether
 * it has hubdesk's hub table, integrity_check's complaints (and any error
 * on the way) in problem[], and the counts of members, spaces, bookings,
 * members' visits and guests' visits (-1: unreadable). */
#define STORE_FACTS_PROBLEMS 8
#define STORE_FACTS_COUNTS 5
struct store_facts {
	int level;
	bool hub;
	bool damaged;   /* integrity_check found damage, or SQLite said corrupt */
	int problems;
	char problem[STORE_FACTS_PROBLEMS][160];
	long long count[STORE_FACTS_COUNTS];
};
enum store_rc store_facts(struct store *st, struct store_facts *f);
/* The same of the file at path, opened read-only; STORE_ERROR with why
 * when it cannot be opened at all. */
enum store_rc store_file_facts(const char *path, struct store_facts *f, char *why, size_t n);
/* Two active bookings of one space that overlap (newly allocated). */
struct store_overlap {
	char space[SPACE_CODE];
	char a[UUID_TEXT], b[UUID_TEXT];
	time_t a_start, b_start;
};
enum store_rc store_check_overlaps(struct store *st, struct store_overlap **out, size_t *n);
/* A member (space false) or a space with more than one open visit. */
struct store_open_twice {
	bool space;
	char code[SPACE_CODE]; /* the member's or the space's code */
	int visits;
};
enum store_rc store_check_open_twice(struct store *st, struct store_open_twice **out, size_t *n);

/* The hub's pushes to the network's database (store-push.c). */
/* An acknowledged push of month (YYYY-MM) at at: the database's answer
 * (stored, unchanged, replaced, older) and the dump's generated_at. */
enum store_rc store_push_record(struct store *st, const char *month, time_t at,
    const char *result, const char *generated_at);
/* When the hub was made (init or demo): the first month it can push. */
enum store_rc store_hub_created(struct store *st, time_t *out);

/* SSH keys (store-sshkey.c, db/015_ssh_keys.sql). owner is a member's id
 * when member is true, else a staff member's. */
struct remote_key;
struct remote_login;
struct sshkey;
enum store_rc store_key_insert(struct store *st, const struct sshkey *k, bool member,
    int64_t owner, time_t at);
enum store_rc store_key_list(struct store *st, bool member, int64_t owner,
    struct remote_key **out, size_t *n);
enum store_rc store_key_delete(struct store *st, bool member, int64_t owner,
    const char *fingerprint, int *deleted);
/* Whom the key of fingerprint lets in: STORE_NOTFOUND when nobody (a
 * member who left neither). */
enum store_rc store_key_login(struct store *st, const char *fingerprint,
    struct remote_login *out);

#endif
