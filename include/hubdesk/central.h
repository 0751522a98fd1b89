/* The network's central database: PostgreSQL, reached through libpq,
 * which is loaded (dlopen) only when push or network first needs it, so the
 * kiosk neither links nor loads it (docs/network.md). Its schema is
 * versioned like the hub's: db/central/NNN_*.sql, embedded. */
#ifndef HUBDESK_CENTRAL_H
#define HUBDESK_CENTRAL_H

#include <stdbool.h>
#include <stddef.h>

#include "hubdesk/status.h"
#include "hubdesk/store.h"

extern const struct store_migration central_migrations[]; /* ends with level 0 */

struct central;

/* Connects with a libpq connection string (TLS and the rest as libpq
 * honours them). HD_STORE with *err when libpq cannot be loaded or the
 * server cannot be reached; the message never repeats the string, which
 * may hold a password. */
enum hd_status central_open(const char *conninfo, struct central **out, char **err);
void central_close(struct central *c);

/* Brings the schema to the newest level in one transaction (two at once
 * wait for each other); *from and *to: the levels before and after. */
enum hd_status central_migrate(struct central *c, int *from, int *to, char **err);

/* Sends one dump (its JSON text) to hubdesk.accept_dump; *result is its
 * word: stored, unchanged, replaced or older (db/central/001_network.sql).
 * HD_INVALID when the database refuses the dump, with its reason. */
enum hd_status central_push(struct central *c, const char *dump, char result[static 16],
    char **err);

/* The rows of a query, all as text (NULL for SQL null), one call each:
 * fields[i] for i < n. A nonzero return stops the rows and is returned. */
typedef int (*central_row_fn)(void *ctx, const char *const *fields, int n);
/* Runs one of this module's read queries with text parameters. */
enum hd_status central_query(struct central *c, const char *sql, int nparams,
    const char *const *params, central_row_fn fn, void *ctx, char **err);

/* The months ("YYYY-MM") the database holds of the hub, for the hub's own
 * login role: fn is called with one field each. */
enum hd_status central_hub_months(struct central *c, const char *hub_uuid, central_row_fn fn,
    void *ctx, char **err);

#endif
