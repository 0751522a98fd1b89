/* Private to the domain modules: shared ways to turn store outcomes into
 * statuses and messages. */
#ifndef HUBDESK_DOMAIN_H
#define HUBDESK_DOMAIN_H

#include "hubdesk/hub.h"
#include "hubdesk/store.h"

/* HD_STORE with the store's last message. It does not roll back: the
 * function that began the transaction does, with domain_abort(). */
enum hd_status domain_store_fail(struct hubdesk *hd, char **err);
/* Begins a write transaction; HD_STORE with a message if the database
 * cannot be locked for writing. */
enum hd_status domain_begin(struct hubdesk *hd, char **err);
/* Commits; HD_STORE with a message (and everything rolled back) if not. */
enum hd_status domain_commit(struct hubdesk *hd, char **err);
/* Rolls back and passes status through, so that "return domain_abort(...)"
 * ends a failed write. */
enum hd_status domain_abort(struct hubdesk *hd, enum hd_status status);

/* "Mon 2026-11-23" style day names for refusals. */
const char *domain_weekday_long(int weekday);

#endif
