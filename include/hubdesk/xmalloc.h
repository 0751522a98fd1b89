/* Allocation that never returns NULL: on exhaustion it restores the terminal
 * (through the hook the UI installs) and exits with status 3. */
#ifndef HUBDESK_XMALLOC_H
#define HUBDESK_XMALLOC_H

#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xreallocarray(void *p, size_t n, size_t size);
char *xstrdup(const char *s);
/* Returns a newly allocated formatted string; the caller frees it. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Prints "hubdesk: MESSAGE" and exits with status 3, after running the hook
 * set by fatal_set_hook (the UI uses it to call endwin() first). */
void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
void fatal_set_hook(void (*hook)(void));

#endif
