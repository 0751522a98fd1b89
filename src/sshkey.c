/* SSH public keys (see sshkey.h). The key's wire form (RFC 4253 §6.6,
 * RFC 5656 §3.1, RFC 8709, PROTOCOL.u2f) is a run of length-prefixed
 * strings; each type's shape is checked in full, so what is stored is a key
 * OpenSSH would accept, and its fingerprint is SHA-256 over those bytes in
 * base64 without padding, as ssh-keygen writes it. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "hubdesk/i18n.h"
#include "hubdesk/sha256.h"
#include "hubdesk/sshkey.h"
#include "hubdesk/text.h"

#define SSHKEY_BLOB_MAX 2100 /* bytes of the largest key taken (RSA of 16384 bits) */

static const char sshkey_b64[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* Decodes base64 with its padding into out (at most max bytes); -1 when s
 * is not whole, canonical base64 or does not fit. */
static long
sshkey_b64_decode(const char *s, uint8_t *out, size_t max)
{
	size_t len = strlen(s), n = 0;
	uint32_t acc = 0;
	int bits = 0, pad = 0;

	if (len == 0 || len % 4 != 0)
		return -1;
	for (size_t i = 0; i < len; i++) {
		const char *p;
		if (s[i] == '=') {
			if (i < len - 2)
				return -1;
			pad++;
			continue;
		}
		if (pad > 0 || (p = strchr(sshkey_b64, s[i])) == NULL || s[i] == '\0')
			return -1;
		acc = acc << 6 | (uint32_t)(p - sshkey_b64);
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			if (n >= max)
				return -1;
			out[n++] = (uint8_t)(acc >> bits);
		}
	}
	/* The bits left over must be zero: otherwise two spellings would
	 * name one key. */
	if ((acc & ((1u << bits) - 1)) != 0)
		return -1;
	return (long)n;
}

static void
sshkey_b64_encode(const uint8_t *in, size_t n, bool padded, char *out)
{
	size_t o = 0;

	for (size_t i = 0; i < n; i += 3) {
		uint32_t v = (uint32_t)in[i] << 16 | (i + 1 < n ? (uint32_t)in[i + 1] << 8 : 0) |
		    (i + 2 < n ? in[i + 2] : 0);
		out[o++] = sshkey_b64[v >> 18 & 63];
		out[o++] = sshkey_b64[v >> 12 & 63];
		if (i + 1 < n)
			out[o++] = sshkey_b64[v >> 6 & 63];
		else if (padded)
			out[o++] = '=';
		if (i + 2 < n)
			out[o++] = sshkey_b64[v & 63];
		else if (padded)
			out[o++] = '=';
	}
	out[o] = '\0';
}

/* A reader of the key's strings. */
struct sshkey_reader {
	const uint8_t *p;
	size_t left;
};

/* The next string: false when the key ends first. */
static bool
sshkey_string(struct sshkey_reader *r, const uint8_t **s, size_t *len)
{
	uint32_t n;

	if (r->left < 4)
		return false;
	n = (uint32_t)r->p[0] << 24 | (uint32_t)r->p[1] << 16 | (uint32_t)r->p[2] << 8 | r->p[3];
	if (n > r->left - 4)
		return false;
	*s = r->p + 4;
	*len = n;
	r->p += 4 + n;
	r->left -= 4 + n;
	return true;
}

static bool
sshkey_string_is(struct sshkey_reader *r, const char *want)
{
	const uint8_t *s;
	size_t n;

	return sshkey_string(r, &s, &n) && n == strlen(want) && memcmp(s, want, n) == 0;
}

/* An RSA mpint: positive, without a needless leading zero; its bits. */
static int
sshkey_mpint_bits(const uint8_t *s, size_t n)
{
	int top;

	if (n == 0 || (s[0] & 0x80) != 0 || (s[0] == 0 && (n == 1 || (s[1] & 0x80) == 0)))
		return -1;
	if (s[0] == 0)
		s++, n--;
	for (top = 8; top > 0 && (s[0] & (1u << (top - 1))) == 0; top--)
		;
	return (int)(n - 1) * 8 + top;
}

/* The shape of the key of type; sets *bits; false when it is not one. */
static bool
sshkey_shape(const char *type, struct sshkey_reader *r, int *bits)
{
	static const struct {
		const char *name;
		int point; /* bytes of an uncompressed point */
		int bits;
	} curves[] = { { "nistp256", 65, 256 }, { "nistp384", 97, 384 }, { "nistp521", 133, 521 } };
	const uint8_t *s;
	size_t n;
	bool sk = strncmp(type, "sk-", 3) == 0;

	if (strcmp(type, "ssh-ed25519") == 0 || strcmp(type, "sk-ssh-ed25519@openssh.com") == 0) {
		if (!sshkey_string(r, &s, &n) || n != 32)
			return false;
		*bits = 256;
	} else if (strncmp(type + (sk ? 3 : 0), "ecdsa-sha2-", 11) == 0) {
		const char *curve = type + (sk ? 14 : 11);
		size_t i;
		for (i = 0; i < sizeof curves / sizeof curves[0]; i++) {
			size_t len = strlen(curves[i].name);
			if (strncmp(curve, curves[i].name, len) == 0 &&
			    strcmp(curve + len, sk ? "@openssh.com" : "") == 0)
				break;
		}
		if (i == sizeof curves / sizeof curves[0] || (sk && i != 0) ||
		    !sshkey_string_is(r, curves[i].name) || !sshkey_string(r, &s, &n) ||
		    n != (size_t)curves[i].point || s[0] != 0x04)
			return false;
		*bits = curves[i].bits;
	} else if (strcmp(type, "ssh-rsa") == 0) {
		int ebits;
		if (!sshkey_string(r, &s, &n) || (ebits = sshkey_mpint_bits(s, n)) < 2 ||
		    ebits > 33 || (s[n - 1] & 1) == 0)
			return false;
		if (!sshkey_string(r, &s, &n) || (*bits = sshkey_mpint_bits(s, n)) < 0)
			return false;
	} else {
		return false;
	}
	/* A security key names the site it was made for: "ssh:" by default. */
	if (sk && (!sshkey_string(r, &s, &n) || n == 0 || n > 255))
		return false;
	return r->left == 0;
}

static bool
sshkey_type_known(const char *type)
{
	static const char *const types[] = { "ssh-ed25519", "ecdsa-sha2-nistp256",
		"ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521", "ssh-rsa",
		"sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com", NULL };

	return text_in_list(type, types);
}

enum hd_status
sshkey_from_parts(const char *type, const char *base64, struct sshkey *out, char **err)
{
	uint8_t blob[SSHKEY_BLOB_MAX];
	struct sshkey_reader r;
	uint8_t digest[SHA256_BYTES];
	char safe[TEXT_SAFE];
	long n;

	memset(out, 0, sizeof *out);
	if (strcmp(type, "ssh-dss") == 0)
		return hd_fail(err, HD_INVALID, _("DSA keys are no longer safe and OpenSSH refuses "
		    "them" "\037" "make an ed25519 key: ssh-keygen -t ed25519"));
	if (!sshkey_type_known(type))
		return hd_fail(err, HD_INVALID, _("'%s' is not a kind of SSH key hubdesk takes; "
		    "it takes ed25519, ECDSA and RSA keys" "\037" "make an ed25519 key: "
		    "ssh-keygen -t ed25519"), text_safe(type, safe));
	if (strlen(base64) >= SSHKEY_B64_MAX ||
	    (n = sshkey_b64_decode(base64, blob, sizeof blob)) < 0)
		return hd_fail(err, HD_INVALID, _("the key is cut short or damaged: its base64 "
		    "is not whole" "\037" "paste the whole line of the .pub file, e.g. "
		    "~/.ssh/id_ed25519.pub"));
	r.p = blob;
	r.left = (size_t)n;
	if (!sshkey_string_is(&r, type))
		return hd_fail(err, HD_INVALID, _("the key inside is not the %s key the line "
		    "names" "\037" "paste the whole line of the .pub file, e.g. "
		    "~/.ssh/id_ed25519.pub"), type);
	if (!sshkey_shape(type, &r, &out->bits))
		return hd_fail(err, HD_INVALID, _("the %s key is damaged: its parts have the wrong "
		    "length" "\037" "paste the whole line of the .pub file, e.g. "
		    "~/.ssh/id_ed25519.pub"), type);
	if (strcmp(type, "ssh-rsa") == 0 && out->bits < SSHKEY_RSA_MIN_BITS)
		return hd_fail(err, HD_INVALID, _("an RSA key of %d bits is too short: it must have "
		    "at least %d" "\037" "make an ed25519 key: ssh-keygen -t ed25519"), out->bits,
		    SSHKEY_RSA_MIN_BITS);
	snprintf(out->type, sizeof out->type, "%s", type);
	snprintf(out->base64, sizeof out->base64, "%s", base64);
	sha256(blob, (size_t)n, digest);
	memcpy(out->fingerprint, "SHA256:", 7);
	sshkey_b64_encode(digest, sizeof digest, false, out->fingerprint + 7);
	return HD_OK;
}

enum hd_status
sshkey_parse(const char *line, struct sshkey *out, char **err)
{
	char type[SSHKEY_TYPE_MAX], b64[SSHKEY_B64_MAX], comment[HD_TEXT];
	const char *p = line, *q;
	size_t n, chars = 0;
	enum hd_status rc;

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == '\0' || *p == '\n' || *p == '\r')
		return hd_fail(err, HD_INVALID, _("no key was given" "\037"
		    "paste the whole line of the .pub file, e.g. ~/.ssh/id_ed25519.pub"));
	/* The type, the base64, then the comment: the rest of the line. */
	for (q = p; *q != '\0' && *q != ' ' && *q != '\t' && *q != '\n' && *q != '\r'; q++)
		;
	n = (size_t)(q - p);
	if (strncmp(p, "-----BEGIN", 10) == 0 || strncmp(p, "---- BEGIN", 10) == 0)
		return hd_fail(err, HD_INVALID, _("that is a key in another format, or a "
		    "private key: never send that" "\037" "send the line of the .pub file: "
		    "ssh-keygen -y -f KEY prints it"));
	if (n >= sizeof type || *q == '\0' || *q == '\n' || *q == '\r')
		return hd_fail(err, HD_INVALID, _("a key line is its type, its key and a comment" "\037"
		    "paste the whole line of the .pub file, e.g. ~/.ssh/id_ed25519.pub"));
	memcpy(type, p, n);
	type[n] = '\0';
	for (p = q; *p == ' ' || *p == '\t'; p++)
		;
	for (q = p; *q != '\0' && *q != ' ' && *q != '\t' && *q != '\n' && *q != '\r'; q++)
		;
	n = (size_t)(q - p);
	if (n == 0)
		return hd_fail(err, HD_INVALID, _("a key line is its type, its key and a comment" "\037"
		    "paste the whole line of the .pub file, e.g. ~/.ssh/id_ed25519.pub"));
	if (n >= sizeof b64)
		return hd_fail(err, HD_INVALID, _("the key is too long for any key hubdesk takes"
		    "\037" "paste the whole line of the .pub file, e.g. "
		    "~/.ssh/id_ed25519.pub"));
	memcpy(b64, p, n);
	b64[n] = '\0';
	if ((rc = sshkey_from_parts(type, b64, out, err)) != HD_OK)
		return rc;
	/* The comment says whose laptop the key is on: printable text, cut
	 * at a whole character. */
	for (p = q; *p == ' ' || *p == '\t'; p++)
		;
	n = strcspn(p, "\r\n");
	if (p[n] != '\0' && strspn(p + n, "\r\n") != strlen(p + n))
		return hd_fail(err, HD_INVALID, _("give one key at a time" "\037"
		    "paste the whole line of the .pub file, e.g. ~/.ssh/id_ed25519.pub"));
	while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
		n--;
	if (n >= sizeof comment)
		n = sizeof comment - 1;
	memcpy(comment, p, n);
	comment[n] = '\0';
	text_copy_printable(out->comment, sizeof out->comment, comment);
	for (size_t i = 0; out->comment[i] != '\0'; i++) {
		if (((unsigned char)out->comment[i] & 0xc0) != 0x80 && chars++ == SSHKEY_COMMENT_MAX) {
			out->comment[i] = '\0';
			break;
		}
	}
	return HD_OK;
}

bool
sshkey_fingerprint_ok(const char *s)
{
	if (strncmp(s, "SHA256:", 7) != 0 || strlen(s + 7) != 43)
		return false;
	for (s += 7; *s != '\0'; s++) {
		if (strchr(sshkey_b64, *s) == NULL)
			return false;
	}
	return true;
}
