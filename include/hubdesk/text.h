/* Checks on text that people type: names, emails, purposes. Whatever passes
 * is valid UTF-8 and can be drawn on the kiosk screen safely. */
#ifndef HUBDESK_TEXT_H
#define HUBDESK_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "hubdesk/status.h"

/* Bytes a stored text field may take, including the terminating NUL. */
#define HD_TEXT 256
/* Characters a name may have. */
#define HD_NAME_CHARS 80

/* Validates s as the field called what: valid UTF-8, no control characters
 * (C0, DEL, C1) and no bidirectional overrides (which could reorder what the
 * kiosk shows), not blank when required, at most max_chars characters and
 * HD_TEXT - 1 bytes. Copies s with surrounding blanks removed into out
 * (HD_TEXT bytes). Returns HD_OK or HD_INVALID with a message in *err. */
enum hd_status text_clean(const char *s, const char *what, size_t max_chars,
    bool required, char out[static HD_TEXT], char **err);

/* text_clean for a person's name, so that it always reads as its words:
 * every run of Unicode space separators (U+00A0, U+2009, U+3000…) becomes
 * one space, none at either end, and format characters that draw nothing
 * (U+00AD, U+200B–U+200F, U+2060–U+2064, U+FEFF…) are refused as well as
 * control characters. */
enum hd_status text_clean_name(const char *s, const char *what, size_t max_chars,
    bool required, char out[static HD_TEXT], char **err);
/* A name as the screens read it, whatever it holds (a database edited by
 * other means, a name stored before names were folded): space separators
 * folded as text_clean_name does, format characters dropped. */
void text_squeeze(const char *s, char out[static HD_TEXT]);

bool text_utf8_valid(const char *s);
/* Copies src into dst (n bytes), each control character, bidirectional
 * override or invalid byte replaced by '?', cut at a whole character. The
 * store reads every text through it, so that a database edited by other
 * means cannot put an escape sequence on the kiosk screen. */
void text_copy_printable(char *dst, size_t n, const char *src);
/* True when a and b are the same text but for case, Ä and ä included
 * (each character lowered in the UTF-8 locale); surrounding blanks count. */
bool text_same_folded(const char *a, const char *b);
/* True when s is one of the strings of the NULL-terminated list. */
bool text_in_list(const char *s, const char *const *list);
/* Columns s (UTF-8) takes on a terminal, whatever the locale: wide
 * characters (emoji, CJK) count two, combining ones none, a byte that is
 * not UTF-8 or a character that is not printable one. */
int text_width(const char *s);
/* Copies s into out (n bytes) with ASCII letters in upper case; codes are
 * case-blind. */
void text_upper_ascii(const char *s, char *out, size_t n);

/* A copy of s fit to quote in an error message: control characters and
 * invalid bytes become '?', and it is cut to 40 characters. Returns buf. */
#define TEXT_SAFE 128
const char *text_safe(const char *s, char buf[static TEXT_SAFE]);

#endif
