/* A small, strict JSON reader (see json.h). Recursive descent with a depth
 * limit, so a hostile file cannot exhaust the stack. A tree's nodes,
 * strings and arrays come from one arena of chunks that json_free frees
 * whole: a roll-up parses thousands of dumps of a thousand values each,
 * and a malloc and free a value was half of its time. */
#include <stddef.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/i18n.h"
#include "hubdesk/json.h"
#include "hubdesk/numfmt.h"
#include "hubdesk/text.h"
#include "hubdesk/xmalloc.h"

#define JSON_MAX_DEPTH 64

/* A chunk of the arena; the first holds the document, whose root is the
 * tree json_parse returns. */
struct chunk {
	struct chunk *next;
	size_t used, cap;
	max_align_t data[];
};

struct doc {
	struct chunk *chunks;
	struct json root;
};

#define CHUNK_FIRST 4096
#define CHUNK_MAX (1 << 20)

struct parser {
	const char *s;
	size_t len, pos;
	char *err;
	struct chunk *chunks;  /* the newest first */
	size_t next_cap;       /* the next chunk's size: doubling, up to CHUNK_MAX */
};

/* n bytes from the arena, aligned for any value; never NULL. */
static void *
arena(struct parser *p, size_t n)
{
	struct chunk *c = p->chunks;
	void *at;

	n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
	if (c == NULL || c->cap - c->used < n) {
		size_t cap = n > p->next_cap ? n : p->next_cap;
		c = xmalloc(sizeof *c + cap);
		c->next = p->chunks;
		c->used = 0;
		c->cap = cap;
		p->chunks = c;
		if (p->next_cap < CHUNK_MAX)
			p->next_cap *= 2;
	}
	at = (char *)c->data + c->used;
	c->used += n;
	return at;
}

static void
chunks_free(struct chunk *c)
{
	while (c != NULL) {
		struct chunk *next = c->next;
		free(c);
		c = next;
	}
}

static struct json *value(struct parser *p, int depth);

static void
fail(struct parser *p, const char *what)
{
	if (p->err == NULL)
		p->err = xasprintf(_("%s at byte %zu"), _(what), p->pos);
}

static void
skip_ws(struct parser *p)
{
	while (p->pos < p->len && strchr(" \t\r\n", p->s[p->pos]) != NULL && p->s[p->pos] != '\0')
		p->pos++;
}

static bool
literal(struct parser *p, const char *word)
{
	size_t n = strlen(word);

	if (p->len - p->pos >= n && memcmp(p->s + p->pos, word, n) == 0) {
		p->pos += n;
		return true;
	}
	return false;
}

static void
put_utf8(char *buf, size_t *o, uint32_t cp)
{
	if (cp < 0x80) {
		buf[(*o)++] = (char)cp;
	} else if (cp < 0x800) {
		buf[(*o)++] = (char)(0xc0 | cp >> 6);
		buf[(*o)++] = (char)(0x80 | (cp & 0x3f));
	} else if (cp < 0x10000) {
		buf[(*o)++] = (char)(0xe0 | cp >> 12);
		buf[(*o)++] = (char)(0x80 | ((cp >> 6) & 0x3f));
		buf[(*o)++] = (char)(0x80 | (cp & 0x3f));
	} else {
		buf[(*o)++] = (char)(0xf0 | cp >> 18);
		buf[(*o)++] = (char)(0x80 | ((cp >> 12) & 0x3f));
		buf[(*o)++] = (char)(0x80 | ((cp >> 6) & 0x3f));
		buf[(*o)++] = (char)(0x80 | (cp & 0x3f));
	}
}

static int
hex4(struct parser *p, uint32_t *out)
{
	uint32_t v = 0;

	if (p->len - p->pos < 4)
		return -1;
	for (int i = 0; i < 4; i++) {
		char c = p->s[p->pos++];
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (uint32_t)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (uint32_t)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (uint32_t)(c - 'A' + 10);
		else
			return -1;
	}
	*out = v;
	return 0;
}

/* The bytes from p->pos to the string's closing quote (or the input's
 * end), escapes passed over whole. */
static size_t
string_span(const struct parser *p)
{
	size_t i = p->pos;

	while (i < p->len && p->s[i] != '"')
		i += p->s[i] == '\\' ? 2 : 1;
	return i < p->len ? i - p->pos : p->len - p->pos;
}

/* A string at p->pos (after the opening quote). Newly allocated. */
static char *
string(struct parser *p)
{
	/* The output is never longer than the input: \uXXXX is 6 bytes for at
	 * most 3, a surrogate pair 12 for 4. Only this string's bytes are
	 * allocated, not the rest of the input: ["","",…] would otherwise
	 * cost the square of its length. */
	char *buf = arena(p, string_span(p) + 1);
	size_t o = 0;

	while (p->pos < p->len) {
		unsigned char c = (unsigned char)p->s[p->pos++];
		uint32_t cp, lo;

		if (c == '"') {
			buf[o] = '\0';
			if (!text_utf8_valid(buf)) {
				fail(p, N_("a string that is not UTF-8"));
				break;
			}
			return buf;
		}
		if (c < 0x20) {
			fail(p, N_("a control character in a string"));
			break;
		}
		if (c != '\\') {
			buf[o++] = (char)c;
			continue;
		}
		if (p->pos >= p->len)
			break;
		switch (p->s[p->pos++]) {
		case '"': buf[o++] = '"'; break;
		case '\\': buf[o++] = '\\'; break;
		case '/': buf[o++] = '/'; break;
		case 'b': buf[o++] = '\b'; break;
		case 'f': buf[o++] = '\f'; break;
		case 'n': buf[o++] = '\n'; break;
		case 'r': buf[o++] = '\r'; break;
		case 't': buf[o++] = '\t'; break;
		case 'u':
			if (hex4(p, &cp) != 0) {
				fail(p, N_("a bad \\u escape"));
				goto bad;
			}
			if (cp >= 0xd800 && cp <= 0xdbff) {
				if (!literal(p, "\\u") || hex4(p, &lo) != 0 || lo < 0xdc00 || lo > 0xdfff) {
					fail(p, N_("a lone surrogate"));
					goto bad;
				}
				cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
			} else if (cp >= 0xdc00 && cp <= 0xdfff) {
				fail(p, N_("a lone surrogate"));
				goto bad;
			}
			if (cp == 0) {
				fail(p, N_("a NUL character in a string"));
				goto bad;
			}
			put_utf8(buf, &o, cp);
			break;
		default:
			fail(p, N_("a bad escape"));
			goto bad;
		}
	}
	fail(p, N_("an unterminated string"));
bad:
	return NULL;
}

static struct json *
node(struct parser *p, enum json_type t)
{
	struct json *j = arena(p, sizeof *j);

	memset(j, 0, sizeof *j);
	j->type = t;
	return j;
}

/* A number of at most 15 digits and no exponent, as dumps hold them
 * ("1579.8667"), read without strtod: its digits m < 2^53 and 10^k (k <=
 * 22) are exact doubles, so m / 10^k, rounded once by the division, is the
 * very double strtod gives. False for any other number. */
static bool
exact_decimal(const char *s, double *out)
{
	static const double pow10[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
		1e11, 1e12, 1e13, 1e14, 1e15 };
	bool neg = *s == '-', frac = false;
	uint64_t m = 0;
	int digits = 0, places = 0;

	for (s += neg; *s != '\0'; s++) {
		if (*s == '.') {
			frac = true;
			continue;
		}
		if (*s < '0' || *s > '9' || ++digits > 15)
			return false;
		m = m * 10 + (uint64_t)(*s - '0');
		places += frac;
	}
	*out = (double)m / pow10[places];
	if (neg)
		*out = -*out;
	return true;
}

static struct json *
number(struct parser *p)
{
	size_t start = p->pos;
	char buf[64], *end;
	struct json *j;

	if (p->pos < p->len && p->s[p->pos] == '-')
		p->pos++;
	if (p->pos < p->len && p->s[p->pos] == '0') {
		p->pos++;
	} else if (p->pos < p->len && p->s[p->pos] >= '1' && p->s[p->pos] <= '9') {
		while (p->pos < p->len && p->s[p->pos] >= '0' && p->s[p->pos] <= '9')
			p->pos++;
	} else {
		fail(p, N_("a value was expected"));
		return NULL;
	}
	if (p->pos < p->len && p->s[p->pos] == '.') {
		p->pos++;
		if (p->pos >= p->len || p->s[p->pos] < '0' || p->s[p->pos] > '9') {
			fail(p, N_("a digit was expected"));
			return NULL;
		}
		while (p->pos < p->len && p->s[p->pos] >= '0' && p->s[p->pos] <= '9')
			p->pos++;
	}
	if (p->pos < p->len && (p->s[p->pos] == 'e' || p->s[p->pos] == 'E')) {
		p->pos++;
		if (p->pos < p->len && (p->s[p->pos] == '+' || p->s[p->pos] == '-'))
			p->pos++;
		if (p->pos >= p->len || p->s[p->pos] < '0' || p->s[p->pos] > '9') {
			fail(p, N_("a digit was expected"));
			return NULL;
		}
		while (p->pos < p->len && p->s[p->pos] >= '0' && p->s[p->pos] <= '9')
			p->pos++;
	}
	if (p->pos - start >= sizeof buf) {
		fail(p, N_("a number too long"));
		return NULL;
	}
	memcpy(buf, p->s + start, p->pos - start);
	buf[p->pos - start] = '\0';
	j = node(p, JSON_NUMBER);
	if (exact_decimal(buf, &j->number))
		return j;
	/* The text is JSON's grammar checked above; the locale must not make
	 * a reader stop at its '.' (numfmt.h). */
	j->number = numfmt_strtod(buf, &end);
	if (*end != '\0' || !isfinite(j->number)) {
		fail(p, *end != '\0' ? N_("a number that cannot be read") : N_("a number out of range"));
		return NULL;
	}
	return j;
}

/* Adds item (and key, in an object). The arrays double when n reaches a
 * power of two, so a long array costs linear time, and the arrays left
 * behind in the arena are together no bigger than the last. False when
 * the container is full (n is 32 bits). */
static bool
append(struct parser *p, struct json *j, char *key, struct json *item)
{
	size_t n = j->n;

	if (n == UINT32_MAX)
		return false;
	if ((n & (n - 1)) == 0) {
		size_t cap = n == 0 ? 1 : 2 * n;
		struct json **items = arena(p, cap * sizeof *items);
		if (n > 0)
			memcpy(items, j->items, n * sizeof *items);
		j->items = items;
		if (j->type == JSON_OBJECT) {
			char **keys = arena(p, cap * sizeof *keys);
			if (n > 0)
				memcpy(keys, j->keys, n * sizeof *keys);
			j->keys = keys;
		}
	}
	if (j->type == JSON_OBJECT)
		j->keys[n] = key;
	j->items[n] = item;
	j->n++;
	return true;
}

static struct json *
container(struct parser *p, int depth, bool object)
{
	struct json *j = node(p, object ? JSON_OBJECT : JSON_ARRAY), *item;
	char close = object ? '}' : ']';
	char *key = NULL;

	skip_ws(p);
	if (p->pos < p->len && p->s[p->pos] == close) {
		p->pos++;
		return j;
	}
	for (;;) {
		skip_ws(p);
		if (object) {
			if (p->pos >= p->len || p->s[p->pos] != '"') {
				fail(p, N_("a member name was expected"));
				break;
			}
			p->pos++;
			if ((key = string(p)) == NULL)
				break;
			skip_ws(p);
			if (p->pos >= p->len || p->s[p->pos] != ':') {
				fail(p, N_("':' was expected"));
				break;
			}
			p->pos++;
		}
		if ((item = value(p, depth + 1)) == NULL)
			break;
		if (!append(p, j, key, item)) {
			fail(p, N_("too many values"));
			break;
		}
		key = NULL;
		skip_ws(p);
		if (p->pos < p->len && p->s[p->pos] == ',') {
			p->pos++;
			continue;
		}
		if (p->pos < p->len && p->s[p->pos] == close) {
			p->pos++;
			return j;
		}
		fail(p, object ? N_("',' or '}' was expected") : N_("',' or ']' was expected"));
		break;
	}
	return NULL;
}

static struct json *
value(struct parser *p, int depth)
{
	struct json *j;

	if (depth > JSON_MAX_DEPTH) {
		fail(p, N_("nested too deep"));
		return NULL;
	}
	skip_ws(p);
	if (p->pos >= p->len) {
		fail(p, N_("a value was expected"));
		return NULL;
	}
	switch (p->s[p->pos]) {
	case '{':
		p->pos++;
		return container(p, depth, true);
	case '[':
		p->pos++;
		return container(p, depth, false);
	case '"':
		p->pos++;
		j = node(p, JSON_STRING);
		if ((j->string = string(p)) == NULL)
			return NULL;
		return j;
	case 't':
	case 'f':
		j = node(p, JSON_BOOL);
		if (literal(p, "true"))
			j->boolean = true;
		else if (!literal(p, "false")) {
			fail(p, N_("a value was expected"));
			return NULL;
		}
		return j;
	case 'n':
		if (!literal(p, "null")) {
			fail(p, N_("a value was expected"));
			return NULL;
		}
		return node(p, JSON_NULL);
	default:
		return number(p);
	}
}

struct json *
json_parse(const char *text, size_t len, char **err)
{
	struct parser p = { text, len, 0, NULL, NULL, CHUNK_FIRST };
	struct doc *d = arena(&p, sizeof *d);
	struct json *j = value(&p, 0);

	if (j != NULL) {
		skip_ws(&p);
		if (p.pos != p.len) {
			fail(&p, N_("text after the end"));
			j = NULL;
		}
	}
	if (j == NULL) {
		*err = p.err != NULL ? p.err : xstrdup(_("not JSON"));
		chunks_free(p.chunks);
		return NULL;
	}
	free(p.err);
	d->chunks = p.chunks;
	d->root = *j;
	return &d->root;
}

void
json_free(struct json *j)
{
	if (j != NULL)
		chunks_free(((struct doc *)((char *)j - offsetof(struct doc, root)))->chunks);
}

const struct json *
json_get(const struct json *obj, const char *key)
{
	if (obj == NULL || obj->type != JSON_OBJECT)
		return NULL;
	for (size_t i = 0; i < obj->n; i++) {
		if (strcmp(obj->keys[i], key) == 0)
			return obj->items[i];
	}
	return NULL;
}

double
json_number(const struct json *obj, const char *key, double def)
{
	const struct json *j = json_get(obj, key);

	return j != NULL && j->type == JSON_NUMBER ? j->number : def;
}

const char *
json_string(const struct json *obj, const char *key)
{
	const struct json *j = json_get(obj, key);

	return j != NULL && j->type == JSON_STRING ? j->string : NULL;
}
