/* SSH public keys: the digest, the fingerprint OpenSSH prints for the same
 * key (ssh-keygen -l, recorded here), and each way a pasted line can be
 * wrong. tests/cli/keys.sh compares fingerprints with a live ssh-keygen. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/audit.h"
#include "hubdesk/booking.h"
#include "hubdesk/remote.h"
#include "hubdesk/sha256.h"
#include "hubdesk/sshkey.h"
#include "hubdesk/visit.h"
#include "fixture.h"
#include "test.h"

static void
hex(const uint8_t *d, char *out)
{
	for (int i = 0; i < SHA256_BYTES; i++)
		sprintf(out + 2 * i, "%02x", d[i]);
}

TEST(sha256_known_digests)
{
	uint8_t d[SHA256_BYTES];
	char h[2 * SHA256_BYTES + 1], buf[1000];

	sha256("", 0, d);
	hex(d, h);
	CHECK(strcmp(h, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855") == 0);
	sha256("abc", 3, d);
	hex(d, h);
	CHECK(strcmp(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad") == 0);
	/* 56 bytes: the length no longer fits the last block. */
	sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56, d);
	hex(d, h);
	CHECK(strcmp(h, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1") == 0);
	memset(buf, 'a', sizeof buf);
	sha256(buf, sizeof buf, d);
	hex(d, h);
	CHECK(strcmp(h, "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3") == 0);
}

static const char key_ed25519[] = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA/nrV7gnfqUXTyXRjS8esbpqFZcpONR0HdIveS0/jJA aino@laptop";
static const char key_ecdsa[] = "ecdsa-sha2-nistp384 AAAAE2VjZHNhLXNoYTItbmlzdHAzODQAAAAIbmlzdHAzODQAAABhBKb5F+7t2eNJWvYuMDTPgzY6pNPYB4l/HTo3olfEyH/6+5KNTrolm629N9t1AImflQMvl3EIUECnQ0g9RekNrJVEkHuFppJfQ0KgMTQoP20KMAfshzwkI/d0yR4/bJjb9g== e";

TEST(sshkey_reads_what_ssh_keygen_writes)
{
	struct sshkey k;
	char *err = NULL;

	REQUIRE(sshkey_parse(key_ed25519, &k, &err) == HD_OK);
	CHECK(strcmp(k.type, "ssh-ed25519") == 0);
	CHECK(strcmp(k.fingerprint, "SHA256:ceQImOlK06zsy55EKpJdGr/PX2b0zfjBYNb4TbTJZf4") == 0);
	CHECK(strcmp(k.comment, "aino@laptop") == 0);
	CHECK(k.bits == 256);
	CHECK(sshkey_fingerprint_ok(k.fingerprint));
	REQUIRE(sshkey_parse(key_ecdsa, &k, &err) == HD_OK);
	CHECK(strcmp(k.fingerprint, "SHA256:2TnoxDUG/daH8Mqt+I14oacsHNF4R7KkeM0yzeytIyg") == 0);
	CHECK(k.bits == 384);
	/* As AuthorizedKeysCommand hands it over: the type and the key. */
	REQUIRE(sshkey_from_parts("ssh-ed25519",
	    "AAAAC3NzaC1lZDI1NTE5AAAAIA/nrV7gnfqUXTyXRjS8esbpqFZcpONR0HdIveS0/jJA", &k, &err) ==
	    HD_OK);
	CHECK(strcmp(k.fingerprint, "SHA256:ceQImOlK06zsy55EKpJdGr/PX2b0zfjBYNb4TbTJZf4") == 0);
	CHECK(k.comment[0] == '\0');
}

static int
refused(const char *line)
{
	struct sshkey k;
	char *err = NULL;
	enum hd_status rc = sshkey_parse(line, &k, &err);

	free(err);
	return rc == HD_INVALID;
}

TEST(sshkey_refuses_what_is_not_a_key)
{
	char line[sizeof key_ed25519 + 8], line2[sizeof key_ecdsa];

	CHECK(refused(""));
	CHECK(refused("   \n"));
	CHECK(refused("ssh-ed25519"));
	CHECK(refused("ssh-dss AAAAB3NzaC1kc3MAAACBAP"));
	CHECK(refused("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDLLYp2zTanmOo/8scZAiolG5leewV6taFR19Bi79LbL62XNa7juAV6/uoFZ1+PpmX+sBXcxHDvEsVFqtL+QaZ6NCIPB6Ssz8TdsIUheGvS+KVeY+fsqBk7HRkldCSHoKq25+QJVqXN3spj8VDJVnN5Cp5Oqy1t2g/GgdoszoIZMmFywa0eKmHv1EbmE0I4kv10mxdr1pZgrmHjmtRV7tZXS3GRB0HIJ9OT+mb9I2g4Tw+podw2X8MqJaPRpiG+HdWnMS7VgjmbuiIwUKsKzbDX8LWG51m0+uLaUKRhqLd19v75FTrXlg8mvEFy3NqnGLkGoFETyfFNp1huQuSMoz6L short"));          /* 2048 bits */
	CHECK(refused("-----BEGIN OPENSSH PRIVATE KEY-----"));
	CHECK(refused("ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIA/nrV7gnfqUXTyXRjS8esbpqFZcpONR0HdIveS0/jJA"));
	/* Cut short, one character changed into a non-zero tail, a byte too many. */
	CHECK(refused("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA/nrV7gnfqUXTyXRjS8esbpqFZcpONR0HdIveS0/j"));
	snprintf(line2, sizeof line2, "%s", key_ecdsa);
	REQUIRE(strstr(line2, "9g== e") != NULL);
	strstr(line2, "9g== e")[1] = 'h';
	CHECK(refused(line2));
	CHECK(refused("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIQ/nrV7gnfqUXTyXRjS8esbpqFZcpONR0HdIveS0/jJAAA=="));
	CHECK(refused("ssh-ed25519 AAAAC3Nza!1lZDI1NTE5AAAAIA/nrV7gnfqUXTyXRjS8esbpqFZcpONR0HdIveS0/jJA"));
	/* Two keys pasted as one. */
	snprintf(line, sizeof line, "%s\nx", key_ed25519);
	CHECK(refused(line));
	CHECK(!sshkey_fingerprint_ok("SHA256:short"));
	CHECK(!sshkey_fingerprint_ok("MD5:ceQImOlK06zsy55EKpJdGr/PX2b0zfjBYNb4TbTJZf4"));
}

TEST(sshkey_comment_is_printable_and_short)
{
	struct sshkey k;
	char *err = NULL, line[1024];

	snprintf(line, sizeof line, "%.80s \033[2Jx%0200d\n", key_ed25519, 0);
	REQUIRE(sshkey_parse(line, &k, &err) == HD_OK);
	CHECK(strchr(k.comment, '\033') == NULL);
	CHECK(strlen(k.comment) == 100);
}

/* A session's key removed while it is open: the session changes nothing
 * more, inside the write lock; check-in is refused from afar whatever. */
TEST(remote_session_changes_nothing_once_its_key_is_gone)
{
	struct fixture f;
	struct booking_request r;
	struct remote_key k;
	struct visit v;
	char *err = NULL;

	REQUIRE(fixture_open(&f, 8 * 60, 17 * 60, 0x1f) == 0);
	hubdesk_act_as(f.hd, HD_ROLE_STAFF, "Kaisa");
	REQUIRE(remote_key_add(f.hd, REMOTE_MEMBER, f.a.code, key_ed25519, &k, &err) == HD_OK);
	hubdesk_act_as(f.hd, HD_ROLE_KIOSK, NULL);
	snprintf(f.hd->via, sizeof f.hd->via, "%s", k.fingerprint);
	memset(&r, 0, sizeof r);
	r.member_code = f.a.code;
	r.space_code = "D01";
	r.date = fixture_date("2026-11-24");
	r.from_min = 9 * 60;
	r.to_min = 10 * 60;
	CHECK(booking_create(f.hd, &r, NULL, &err) == HD_OK);
	CHECK(visit_checkin(f.hd, f.a.code, NULL, f.hd->now, &v, &err) == HD_REFUSED);
	CHECK(strstr(err, "door") != NULL);
	free(err);
	err = NULL;
	CHECK(remote_login_check(f.hd, REMOTE_MEMBER, f.a.code, k.fingerprint, NULL) == HD_OK);
	CHECK(remote_login_check(f.hd, REMOTE_MEMBER, f.b.code, k.fingerprint, NULL) == HD_REFUSED);
	hubdesk_act_as(f.hd, HD_ROLE_STAFF, "Kaisa");
	f.hd->via[0] = '\0';
	REQUIRE(remote_key_remove(f.hd, REMOTE_MEMBER, f.a.code, k.fingerprint, &err) == HD_OK);
	hubdesk_act_as(f.hd, HD_ROLE_KIOSK, NULL);
	snprintf(f.hd->via, sizeof f.hd->via, "%s", k.fingerprint);
	r.from_min = 11 * 60;
	r.to_min = 12 * 60;
	CHECK(booking_create(f.hd, &r, NULL, &err) == HD_REFUSED);
	CHECK(err != NULL && strstr(err, "key was removed") != NULL);
	free(err);
	fixture_close(&f);
}
