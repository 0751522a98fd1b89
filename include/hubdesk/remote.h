/* The remote door: SSH keys of members and staff, and whom a key offered
 * to OpenSSH lets in (docs/remote.md). OpenSSH authenticates; hubdesk
 * decides what each key may do: a member's key opens that member's booking
 * session, a staff key the staff screens after the PIN. */
#ifndef HUBDESK_REMOTE_H
#define HUBDESK_REMOTE_H

#include <stddef.h>
#include <time.h>

#include "hubdesk/hub.h"
#include "hubdesk/ids.h"
#include "hubdesk/sshkey.h"
#include "hubdesk/text.h"

/* Whose a key is. */
enum remote_kind { REMOTE_MEMBER, REMOTE_STAFF };

struct remote_key {
	char fingerprint[SSHKEY_FP_MAX];
	char type[SSHKEY_TYPE_MAX];
	char comment[HD_TEXT];
	int bits;
	time_t added_at;
};

/* Whom a key lets in. */
struct remote_login {
	enum remote_kind kind;
	char member_code[MEMBER_CODE_LEN + 1]; /* REMOTE_MEMBER */
	char staff_name[HD_TEXT];              /* REMOTE_STAFF */
	char fingerprint[SSHKEY_FP_MAX];
	char type[SSHKEY_TYPE_MAX];
	char base64[SSHKEY_B64_MAX];
};

/* Gives the member of code (kind REMOTE_MEMBER), or the staff member named
 * who (REMOTE_STAFF), the key of line (sshkey_parse). A member's key is
 * staff's to add, a staff member's the administrator's; a retired member
 * is refused; a key already given to anyone is refused, naming nobody.
 * out (may be NULL) is the key as stored. */
enum hd_status remote_key_add(struct hubdesk *hd, enum remote_kind kind, const char *who,
    const char *line, struct remote_key *out, char **err);
/* The keys of a member or a staff member, oldest first, newly allocated
 * into *out (the caller frees). */
enum hd_status remote_key_list(struct hubdesk *hd, enum remote_kind kind, const char *who,
    struct remote_key **out, size_t *n, char **err);
/* Removes their key of fingerprint ("SHA256:…"); HD_REFUSED when they have
 * none of that fingerprint. */
enum hd_status remote_key_remove(struct hubdesk *hd, enum remote_kind kind, const char *who,
    const char *fingerprint, char **err);

/* Whom the key (type and base64, as OpenSSH's %t and %k give them) lets in:
 * HD_OK filling out, HD_REFUSED when nobody's (or a member's who has left).
 * Reads only: AuthorizedKeysCommand runs it for every key offered. */
enum hd_status remote_login_of(struct hubdesk *hd, const char *type, const char *base64,
    struct remote_login *out, char **err);
/* At a session's start: HD_OK when the key of fingerprint still belongs to
 * the member of code (or the staff member named who), HD_REFUSED when it
 * was removed or they left since OpenSSH asked. */
enum hd_status remote_login_check(struct hubdesk *hd, enum remote_kind kind, const char *who,
    const char *fingerprint, char **err);

#endif
