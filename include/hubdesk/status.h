/* Outcomes of domain calls. The values are the program's exit codes, so the
 * front ends pass them through unchanged. */
#ifndef HUBDESK_STATUS_H
#define HUBDESK_STATUS_H

enum hd_status {
	HD_OK = 0,      /* done */
	HD_REFUSED = 1, /* refused by a rule: slot taken, closed, unknown member */
	HD_INVALID = 2, /* bad usage or invalid input */
	HD_STORE = 3,   /* the database could not be read or written */
};

/* Sets *err (if err is not NULL) to a newly allocated message the caller
 * frees, and returns code; lets a failing call say "return hd_fail(...)". */
enum hd_status hd_fail(char **err, enum hd_status code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
