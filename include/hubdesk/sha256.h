/* SHA-256 (FIPS 180-4), for the fingerprints of SSH keys as OpenSSH writes
 * them ("SHA256:…"). hubdesk links no cryptographic library, and a
 * fingerprint needs the digest alone. */
#ifndef HUBDESK_SHA256_H
#define HUBDESK_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define SHA256_BYTES 32

/* The digest of the n bytes at data into out. */
void sha256(const void *data, size_t n, uint8_t out[static SHA256_BYTES]);

#endif
