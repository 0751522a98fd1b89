/* Private to the store*.c files: the connection and the helpers they share. */
#ifndef HUBDESK_STORE_INTERNAL_H
#define HUBDESK_STORE_INTERNAL_H

#include <sqlite3.h>
#include <sys/types.h>

#include "hubdesk/store.h"

/* Long enough that a kiosk waiting for another kiosk's commit never sees
 * "database is locked"; a commit takes milliseconds. */
#define STORE_BUSY_TIMEOUT_MS 10000

#define STORE_MAX_STMTS 96

struct store {
	sqlite3 *db;  /* NULL after a reopen failed: every call fails with error */
	char *path;   /* opened again by store_reopen */
	dev_t dev;    /* the file opened, to notice another moved over its path */
	ino_t ino;
	bool damaged; /* a call failed with SQLITE_CORRUPT, _NOTADB or _IOERR */
	bool fault;   /* error is the disk's or the file's (store_fault) */
	int tx_depth; /* 0: none; 1: BEGIN IMMEDIATE; >1: savepoints */
	char error[512];
	struct {
		const char *sql; /* a string literal: its address is its key */
		sqlite3_stmt *stmt;
	} stmts[STORE_MAX_STMTS];
	int nstmts;
};

/* The prepared statement for sql (prepared on first use, then reused), or
 * NULL with the error recorded. sql must be a string literal. */
sqlite3_stmt *store_stmt(struct store *st, const char *sql);
/* Resets s and turns the last sqlite3_step() result into a store_rc,
 * recording the message of a failure. */
enum store_rc store_finish(struct store *st, sqlite3_stmt *s, int rc);
/* store_finish for a statement that filled a result array: on failure the
 * array is freed and *out set to NULL, so callers never see half a list. */
enum store_rc store_list_finish(struct store *st, sqlite3_stmt *s, int rc, void **out, size_t *n);
/* Runs a statement that changes rows; *changed is how many (0 on failure). */
enum store_rc store_exec_changes(struct store *st, sqlite3_stmt *s, int *changed);
/* Runs a statement that returns no rows to completion. */
enum store_rc store_exec_stmt(struct store *st, sqlite3_stmt *s);
void store_set_error(struct store *st, const char *msg);

/* Binds s to parameter i, or NULL when s is NULL or empty. */
int store_bind_text(sqlite3_stmt *s, int i, const char *text);
/* Binds a municipality's number to parameter i, NULL when unknown. */
int store_bind_municipality(sqlite3_stmt *s, int i, int number);
/* Copies column col (NULL reads as "") into dst of size n. */
void store_column_text(sqlite3_stmt *s, int col, char *dst, size_t n);

/* Grows a result array by one element and returns a pointer to it. */
void *store_grow(void **v, size_t *n, size_t *cap, size_t size);

#endif
