/* The SQL of SSH keys (db/015_ssh_keys.sql). A key is found by its
 * fingerprint, which is unique, so OpenSSH's question for each key offered
 * is one lookup on that index. */
#include <stdio.h>
#include <string.h>

#include "hubdesk/remote.h"
#include "hubdesk/sshkey.h"
#include "store-internal.h"

enum store_rc
store_key_insert(struct store *st, const struct sshkey *k, bool member, int64_t owner,
    time_t at)
{
	static const char sql[] = "INSERT INTO ssh_key (fingerprint, type, key, comment, bits, "
	    "member_id, staff_id, added_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, k->fingerprint);
	store_bind_text(s, 2, k->type);
	store_bind_text(s, 3, k->base64);
	store_bind_text(s, 4, k->comment);
	sqlite3_bind_int(s, 5, k->bits);
	if (member)
		sqlite3_bind_int64(s, 6, owner);
	else
		sqlite3_bind_int64(s, 7, owner);
	sqlite3_bind_int64(s, 8, (sqlite3_int64)at);
	return store_exec_stmt(st, s);
}

enum store_rc
store_key_list(struct store *st, bool member, int64_t owner, struct remote_key **out,
    size_t *n)
{
	static const char sql[] = "SELECT fingerprint, type, comment, bits, added_at FROM ssh_key "
	    "WHERE (?1 AND member_id = ?2) OR (NOT ?1 AND staff_id = ?2) ORDER BY added_at, id";
	sqlite3_stmt *s = store_stmt(st, sql);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int(s, 1, member);
	sqlite3_bind_int64(s, 2, owner);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct remote_key *k = store_grow((void **)out, n, &cap, sizeof **out);
		store_column_text(s, 0, k->fingerprint, sizeof k->fingerprint);
		store_column_text(s, 1, k->type, sizeof k->type);
		store_column_text(s, 2, k->comment, sizeof k->comment);
		k->bits = sqlite3_column_int(s, 3);
		k->added_at = (time_t)sqlite3_column_int64(s, 4);
	}
	return store_list_finish(st, s, rc, (void **)out, n);
}

enum store_rc
store_key_delete(struct store *st, bool member, int64_t owner, const char *fingerprint,
    int *deleted)
{
	static const char sql[] = "DELETE FROM ssh_key WHERE fingerprint = ?3 "
	    "AND ((?1 AND member_id = ?2) OR (NOT ?1 AND staff_id = ?2))";
	sqlite3_stmt *s = store_stmt(st, sql);

	*deleted = 0;
	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int(s, 1, member);
	sqlite3_bind_int64(s, 2, owner);
	store_bind_text(s, 3, fingerprint);
	return store_exec_changes(st, s, deleted);
}

enum store_rc
store_key_login(struct store *st, const char *fingerprint, struct remote_login *out)
{
	/* A member who left has no keys (the schema removes them), but the
	 * check stays here too: the door must not open on a row left behind. */
	static const char sql[] = "SELECT k.type, k.key, m.code, s.name FROM ssh_key AS k "
	    "LEFT JOIN member AS m ON m.id = k.member_id "
	    "AND m.retired_at IS NULL AND m.erased_at IS NULL "
	    "LEFT JOIN staff AS s ON s.id = k.staff_id "
	    "WHERE k.fingerprint = ? AND (m.id IS NOT NULL OR s.id IS NOT NULL)";
	sqlite3_stmt *s = store_stmt(st, sql);
	int rc;

	memset(out, 0, sizeof *out);
	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, fingerprint);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		snprintf(out->fingerprint, sizeof out->fingerprint, "%s", fingerprint);
		store_column_text(s, 0, out->type, sizeof out->type);
		store_column_text(s, 1, out->base64, sizeof out->base64);
		out->kind = sqlite3_column_type(s, 2) != SQLITE_NULL ? REMOTE_MEMBER : REMOTE_STAFF;
		store_column_text(s, 2, out->member_code, sizeof out->member_code);
		store_column_text(s, 3, out->staff_name, sizeof out->staff_name);
		return store_finish(st, s, SQLITE_DONE);
	}
	if (rc == SQLITE_DONE) {
		store_finish(st, s, rc);
		return STORE_NOTFOUND;
	}
	return store_finish(st, s, rc);
}
