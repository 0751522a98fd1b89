/* Validation of typed text (see text.h). */
#include <locale.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "hubdesk/i18n.h"
#include "hubdesk/text.h"
#include "hubdesk/xmalloc.h"

/* Decodes one UTF-8 sequence at s into *cp; returns its length, or 0 when
 * it is malformed (overlong, surrogate, beyond U+10FFFF, truncated). */
static int
utf8_decode(const unsigned char *s, uint32_t *cp)
{
	uint32_t c = s[0], min;
	int len;

	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if ((c & 0xe0) == 0xc0) {
		len = 2, c &= 0x1f, min = 0x80;
	} else if ((c & 0xf0) == 0xe0) {
		len = 3, c &= 0x0f, min = 0x800;
	} else if ((c & 0xf8) == 0xf0) {
		len = 4, c &= 0x07, min = 0x10000;
	} else {
		return 0;
	}
	for (int i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return len;
}

bool
text_utf8_valid(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t cp;
	int n;

	while (*p != '\0') {
		if ((n = utf8_decode(p, &cp)) == 0)
			return false;
		p += n;
	}
	return true;
}

static bool
is_forbidden(uint32_t cp)
{
	return cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f) ||
	    (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) ||
	    cp == 0x200b || cp == 0x200e || cp == 0x200f || cp == 0x061c ||
	    cp == 0x2028 || cp == 0x2029 || cp == 0xfeff;
}

static bool
is_blank(uint32_t cp)
{
	return cp == ' ' || cp == 0xa0;
}

/* Unicode's space separators (category Zs): each looks like a space, so a
 * name holding one must still read as words. */
static bool
is_space_separator(uint32_t cp)
{
	return cp == ' ' || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
	    cp == 0x202f || cp == 0x205f || cp == 0x3000;
}

/* Format characters that draw nothing (soft hyphen, zero widths, joiners,
 * marks and isolates of direction, word joiner, byte order mark): in a name
 * they would hide where a word ends. */
static bool
is_format(uint32_t cp)
{
	return cp == 0xad || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) ||
	    (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xfeff;
}

/* Copies s into out (n bytes, cut at a whole character) with every run of
 * space separators as one space and none at either end; format characters
 * dropped when drop_format. Invalid bytes are copied as they are. */
static void
text_fold_spaces(const char *s, char *out, size_t n, bool drop_format)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t o = 0;
	bool space = false;
	uint32_t cp;
	int len;

	for (; *p != '\0'; p += len) {
		if ((len = utf8_decode(p, &cp)) == 0)
			len = 1, cp = 0xfffd;
		if (is_space_separator(cp)) {
			space = o > 0;
			continue;
		}
		if (drop_format && is_format(cp))
			continue;
		if (o + (space ? 1 : 0) + (size_t)len >= n)
			break;
		if (space)
			out[o++] = ' ';
		space = false;
		memcpy(out + o, p, (size_t)len);
		o += (size_t)len;
	}
	out[o] = '\0';
}

enum hd_status
text_clean_name(const char *s, const char *what, size_t max_chars, bool required,
    char out[static HD_TEXT], char **err)
{
	const unsigned char *p;
	uint32_t cp;
	char *folded;
	enum hd_status rc;
	int len;

	out[0] = '\0'; /* a refused name leaves nothing behind, as text_clean does */
	if (s == NULL)
		s = "";
	/* Controls and bytes that are not UTF-8 are left to text_clean, which
	 * the folding does not hide them from. */
	for (p = (const unsigned char *)s; *p != '\0'; p += len) {
		if ((len = utf8_decode(p, &cp)) == 0)
			len = 1;
		else if (is_format(cp) && !is_forbidden(cp))
			return hd_fail(err, HD_INVALID, _("%s contains an invisible character; use "
			    "letters, spaces and punctuation only"), what);
	}
	folded = xmalloc(strlen(s) + 1);
	text_fold_spaces(s, folded, strlen(s) + 1, false);
	rc = text_clean(folded, what, max_chars, required, out, err);
	free(folded);
	return rc;
}

void
text_squeeze(const char *s, char out[static HD_TEXT])
{
	text_fold_spaces(s, out, HD_TEXT, true);
}

enum hd_status
text_clean(const char *s, const char *what, size_t max_chars, bool required,
    char out[static HD_TEXT], char **err)
{
	const unsigned char *p, *start = NULL, *end = NULL;
	size_t chars = 0, chars_at_start = 0, chars_at_end = 0;
	uint32_t cp;
	int n;

	out[0] = '\0';
	if (s == NULL)
		s = "";
	for (p = (const unsigned char *)s; *p != '\0'; p += n) {
		if ((n = utf8_decode(p, &cp)) == 0)
			return hd_fail(err, HD_INVALID,
			    _("%s is not valid UTF-8 text; retype it"), what);
		if (is_forbidden(cp))
			return hd_fail(err, HD_INVALID,
			    _("%s contains a control character; use printable text only"), what);
		if (!is_blank(cp)) {
			if (start == NULL) {
				start = p;
				chars_at_start = chars;
			}
			end = p + n;
			chars_at_end = chars + 1;
		}
		chars++;
	}
	if (start == NULL) {
		if (required)
			return hd_fail(err, HD_INVALID, _("%s is empty; give one"), what);
		return HD_OK;
	}
	if (chars_at_end - chars_at_start > max_chars)
		return hd_fail(err, HD_INVALID, _("%s is too long; use at most %zu characters"),
		    what, max_chars);
	if ((size_t)(end - start) > HD_TEXT - 1)
		return hd_fail(err, HD_INVALID, _("%s is too long; use at most %d bytes of UTF-8 "
		    "(fewer characters when they are not Latin)"), what, HD_TEXT - 1);
	memcpy(out, start, (size_t)(end - start));
	out[end - start] = '\0';
	return HD_OK;
}

void
text_copy_printable(char *dst, size_t n, const char *src)
{
	const unsigned char *p = (const unsigned char *)src;
	size_t o = 0;
	uint32_t cp;
	int len;

	if (n == 0)
		return;
	while (*p != '\0') {
		len = utf8_decode(p, &cp);
		if (len == 0 || is_forbidden(cp)) {
			if (o + 1 >= n)
				break;
			dst[o++] = '?';
			p += len == 0 ? 1 : len;
			continue;
		}
		if (o + (size_t)len >= n)
			break;
		memcpy(dst + o, p, (size_t)len);
		o += (size_t)len;
		p += len;
	}
	dst[o] = '\0';
}

bool
text_same_folded(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
	uint32_t x, y;
	int n, m;

	while (*p != '\0' && *q != '\0') {
		if ((n = utf8_decode(p, &x)) == 0 || (m = utf8_decode(q, &y)) == 0)
			return strcmp((const char *)p, (const char *)q) == 0;
		if (x != y && towlower((wint_t)x) != towlower((wint_t)y))
			return false;
		p += n;
		q += m;
	}
	return *p == *q;
}

bool
text_in_list(const char *s, const char *const *list)
{
	for (; s != NULL && *list != NULL; list++) {
		if (strcmp(s, *list) == 0)
			return true;
	}
	return false;
}

/* Every text hubdesk holds is UTF-8, but the process may run in the C
 * locale (a cron job, a fresh root shell), whose wcwidth knows nothing
 * beyond ASCII and would count an emoji or a CJK character as one column.
 * Widths are taken from C.UTF-8 whatever the locale: made once and kept for
 * the life of the process; (locale_t)0 where the system lacks it. */
static locale_t
text_utf8_locale(void)
{
	static locale_t loc;
	static bool tried;

	if (!tried) {
		tried = true;
		loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
	}
	return loc;
}

int
text_width(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	locale_t utf8 = text_utf8_locale(), old = (locale_t)0;
	uint32_t cp;
	int n, w, width = 0;

	if (utf8 != (locale_t)0)
		old = uselocale(utf8);
	while (*p != '\0') {
		if ((n = utf8_decode(p, &cp)) == 0) {
			p++, width++;
			continue;
		}
		w = wcwidth((wchar_t)cp);
		width += w < 0 ? 1 : w;
		p += n;
	}
	if (utf8 != (locale_t)0)
		uselocale(old);
	return width;
}

void
text_upper_ascii(const char *s, char *out, size_t n)
{
	size_t i;

	if (n == 0)
		return;
	for (i = 0; i + 1 < n && s[i] != '\0'; i++)
		out[i] = (s[i] >= 'a' && s[i] <= 'z') ? (char)(s[i] - 'a' + 'A') : s[i];
	out[i] = '\0';
}

const char *
text_safe(const char *s, char buf[static TEXT_SAFE])
{
	const unsigned char *p = (const unsigned char *)(s != NULL ? s : "");
	size_t o = 0, chars = 0;
	uint32_t cp;
	int n;

	while (*p != '\0' && o + 8 < TEXT_SAFE) {
		if (chars == 40) {
			memcpy(buf + o, "\xe2\x80\xa6", 3); /* ellipsis */
			o += 3;
			break;
		}
		n = utf8_decode(p, &cp);
		if (n == 0 || is_forbidden(cp)) {
			buf[o++] = '?';
			p += n == 0 ? 1 : n;
		} else {
			memcpy(buf + o, p, (size_t)n);
			o += (size_t)n;
			p += n;
		}
		chars++;
	}
	buf[o] = '\0';
	return buf;
}
