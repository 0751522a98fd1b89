/* A small unit test framework: TEST(name) { ... } registers a test; each
 * runs in its own child process, so a crash fails that test only. CHECK
 * records a failure and goes on; REQUIRE ends the test. NOFORK=1 runs tests
 * in-process for gdb and valgrind. */
#ifndef HUBDESK_TEST_H
#define HUBDESK_TEST_H

#include <stdio.h>
#include <string.h>

void test_register(const char *name, void (*fn)(void));
void test_failed(const char *file, int line, const char *what);
/* A fresh path for a temporary database, removed after the test. */
const char *test_db_path(void);

#define TEST(name)                                                            \
	static void name(void);                                               \
	__attribute__((constructor)) static void register_##name(void)        \
	{                                                                     \
		test_register(#name, name);                                   \
	}                                                                     \
	static void name(void)

#define CHECK(cond)                                                           \
	do {                                                                  \
		if (!(cond))                                                  \
			test_failed(__FILE__, __LINE__, #cond);               \
	} while (0)

#define REQUIRE(cond)                                                         \
	do {                                                                  \
		if (!(cond)) {                                                \
			test_failed(__FILE__, __LINE__, #cond);               \
			return;                                               \
		}                                                             \
	} while (0)

#define CHECK_STR(a, b)                                                       \
	do {                                                                  \
		const char *a_ = (a), *b_ = (b);                              \
		if (strcmp(a_, b_) != 0) {                                    \
			char m_[512];                                         \
			snprintf(m_, sizeof m_, "%s is \"%s\", expected \"%s\"", \
			    #a, a_, b_);                                      \
			test_failed(__FILE__, __LINE__, m_);                  \
		}                                                             \
	} while (0)

#define CHECK_INT(a, b)                                                       \
	do {                                                                  \
		long long a_ = (long long)(a), b_ = (long long)(b);           \
		if (a_ != b_) {                                               \
			char m_[256];                                         \
			snprintf(m_, sizeof m_, "%s is %lld, expected %lld",  \
			    #a, a_, b_);                                      \
			test_failed(__FILE__, __LINE__, m_);                  \
		}                                                             \
	} while (0)

#endif
