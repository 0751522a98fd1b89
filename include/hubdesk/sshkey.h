/* SSH public keys as people paste them ("ssh-ed25519 AAAA… aino@laptop"):
 * read, checked and fingerprinted the way OpenSSH fingerprints them, so the
 * fingerprint staff see in hubdesk is the one `ssh-keygen -l` shows the
 * member. Pure functions: no database, no curses. */
#ifndef HUBDESK_SSHKEY_H
#define HUBDESK_SSHKEY_H

#include <stdbool.h>
#include <stddef.h>

#include "hubdesk/status.h"

#define SSHKEY_TYPE_MAX 48      /* "sk-ecdsa-sha2-nistp256@openssh.com" and a NUL */
#define SSHKEY_B64_MAX 2800     /* base64 of an RSA key of 16384 bits, and a NUL */
#define SSHKEY_FP_MAX 52        /* "SHA256:" and 43 characters, and a NUL */
#define SSHKEY_COMMENT_MAX 100  /* characters of the comment kept */
#define SSHKEY_RSA_MIN_BITS 3072

struct sshkey {
	char type[SSHKEY_TYPE_MAX];       /* "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa", … */
	char base64[SSHKEY_B64_MAX];      /* the key, as authorized_keys writes it */
	char fingerprint[SSHKEY_FP_MAX];  /* "SHA256:…", as ssh-keygen -l prints it */
	char comment[256];               /* "aino@laptop", or "": SSHKEY_COMMENT_MAX characters at most */
	int bits;                         /* 256 for ed25519; the modulus's for RSA */
};

/* Reads one public key line, "TYPE BASE64 [COMMENT]", as an .pub file
 * holds it (surrounding blanks and a final newline are fine). Accepts
 * ed25519, ECDSA on the NIST curves and RSA of SSHKEY_RSA_MIN_BITS bits or
 * more, and their security-key (sk-) forms; checks that the base64 is
 * whole, that the key inside names the same type and has the right shape
 * and length. HD_INVALID with a message saying what to do otherwise. */
enum hd_status sshkey_parse(const char *line, struct sshkey *out, char **err);

/* The same checks on a key as OpenSSH hands it to AuthorizedKeysCommand
 * (%t and %k: its type and its base64); no comment. */
enum hd_status sshkey_from_parts(const char *type, const char *base64, struct sshkey *out,
    char **err);

/* True when s looks like a fingerprint ("SHA256:" and 43 base64
 * characters), as `member key remove` takes one. */
bool sshkey_fingerprint_ok(const char *s);

#endif
