/* Backup, restore and check of a hub's database (docs/backup.md).
 *
 * A backup is one consistent snapshot taken while kiosks go on writing,
 * written beside its target, checked, and only then renamed into place. A
 * restore copies a checked backup into the live database, so that a kiosk
 * running on it sees the restored data at its next read, after keeping
 * what was there as <db>.before-restore. A check reads the database and
 * names everything wrong with it: damage, and any invariant that the
 * schema's triggers and indexes should have kept. */
#ifndef HUBDESK_BACKUP_H
#define HUBDESK_BACKUP_H

#include <stdbool.h>
#include <stddef.h>

#include "hubdesk/hub.h"

/* What a database holds, for the line a backup or restore ends with. */
struct backup_facts {
	long long size;  /* bytes of the file written (a backup) */
	int level;       /* schema level */
	long long members, spaces, bookings, visits, guests;
};

/* Writes a backup of hd's database (db_path) to target: a copy made as
 * target.tmp (0600), synced, checked (integrity, this program's schema
 * level, a hubdesk database), renamed to target and its directory synced.
 * HD_INVALID when target is the database or one of its files, is not a
 * regular file, or exists and force is false; HD_STORE when it cannot be
 * written (a missing directory) or the copy fails its check, target then
 * left as it was. *err (caller frees) says why. */
enum hd_status backup_write(struct hubdesk *hd, const char *db_path, const char *target,
    bool force, struct backup_facts *out, char **err);

/* Restores the backup file into hd's database (db_path). The file is first
 * copied beside the database and opened there as the hub opens its
 * database (an older schema migrated) and checked: HD_STORE when file is
 * missing, unreadable, not a hubdesk database, of a newer schema, damaged
 * or fails to migrate, with nothing changed. Then the database is copied
 * to a new file, the checked copy is copied into the database (taking its
 * write lock, so running kiosks see it at their next read), and only then
 * does the new file replace db_path.before-restore: a restore that fails
 * keeps the earlier one. hd then reads the restored hub. */
enum hd_status backup_restore(struct hubdesk *hd, const char *db_path, const char *file,
    struct backup_facts *out, char **err);

/* Whether file is a backup restore would take, as far as can be told
 * without opening it as a hub: HD_OK, or the HD_STORE (or HD_INVALID: file
 * is the database db_path itself) restore gives, with *err saying why. */
enum hd_status backup_check_file(const char *db_path, const char *file, char **err);

/* Restores the backup file as a new database at db_path, which must not
 * exist (a hub moved to a new box, or one whose file was lost): checked
 * and migrated as backup_restore does, then linked into place (0600).
 * There is nothing to keep as .before-restore. HD_STORE, with db_path left
 * missing, when file would not be restored; HD_INVALID when db_path
 * appeared meanwhile. */
enum hd_status backup_restore_new(const char *db_path, const char *file,
    struct backup_facts *out, char **err);

/* Whether the file at db_path is damaged past opening as a hub: empty, not
 * an SQLite file, or damage SQLite itself reports. Not when it is merely
 * locked, unreadable to this user, or another program's sound database. */
bool backup_db_damaged(const char *db_path);

/* Restores the backup file in place of the damaged database at db_path:
 * the backup checked and migrated as backup_restore does, then the damaged
 * file (and its WAL) moved to db_path.before-restore and the backup put in
 * its place. A kiosk running on the damaged file sees the new one at its
 * next read. */
enum hd_status backup_restore_damaged(const char *db_path, const char *file,
    struct backup_facts *out, char **err);

/* The outcome of a check: the facts, then each finding (something wrong:
 * damage or a broken invariant) and each note (worth knowing, not wrong)
 * as one sentence in the current language. */
struct check_result {
	struct backup_facts facts;
	bool integrity_ok;
	char **findings, **notes;
	size_t nfindings, nnotes;
};

/* Checks hd's database at the clock's now: integrity, schema level,
 * counts, no overlapping active bookings of a space, no member or space
 * with two open visits, no open visit beginning after now; a visit still
 * open past its day's closing, which the next change closes, is a note.
 * HD_OK when there is no finding, else HD_STORE; r is filled either way
 * and freed with check_result_free. */
enum hd_status check_run(struct hubdesk *hd, struct check_result *r);
void check_result_free(struct check_result *r);

#endif
