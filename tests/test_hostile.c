/* Hostile input on both sides (issue 8, item 4): what a malicious server
 * sends a client, and what a malicious client sends a server before and
 * after login.
 *
 * One table of cases; each lists its bytes for the client side (server
 * responses) and for the server side (client commands) where the case
 * makes sense there, and the exact results on each side: every error
 * with its code, stream offset and rule, every message that parses, and
 * what imw_parser_finish() says.  Each input ends with a good message
 * where the framing allows one, so the results show that it parses.
 * Every case is run whole and in chunks (the results must not change)
 * through a counting allocator, and the peak must stay within a bound
 * derived from the limits in force, never from the sizes the peer
 * declares.  Typed values that need more than the rendering are asserted
 * by the tests after the table.
 *
 * Bugs these cases found are fixed in the library (see the commit that
 * added them); doc/ARCHITECTURE.md "Hostile input" sums up the behaviour. */
#define _POSIX_C_SOURCE 200809L /* open_memstream, strdup */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "imapwire/imapwire.h"
#include "suites.h"
#include "test_util.h"
#include "json_response.h"
#include "parser_impl.h" /* the limits in force, for the memory bound */
#include "framer.h"
#include "run.h"
#include "response.h" /* the machine, for a run that is not a frame */
#include "imw_rules.h"

enum side { CLIENT, PRE_LOGIN, POST_LOGIN, SIDES };

static const char *const side_names[SIDES] = {
    "client", "server before login", "server after login"
};

static imw_parser *new_parser(enum side side, const imw_allocator *alloc)
{
    imw_parser *p = imw_parser_new_with_allocator(
        side == CLIENT ? IMW_SIDE_CLIENT : IMW_SIDE_SERVER, alloc);
    ck_assert_ptr_nonnull(p);
    if (side == CLIENT)
        ck_assert_int_eq(imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING,
                                               0), 0);
    else
        ck_assert_int_eq(imw_parser_set_state(p, side == PRE_LOGIN
                                              ? IMW_STATE_NOT_AUTHENTICATED
                                              : IMW_STATE_AUTHENTICATED), 0);
    return p;
}

/* ---- the memory bound ------------------------------------------------------ */

/* What a parser may hold for any case below, from the limits in force:
 * the framer's buffer (a partial message: one line and, in these cases,
 * literals of at most 16 octets with their header lines, up to the
 * literal limit; twice that, as buffers grow by doubling), the literal
 * spans, one row of start marks per call depth up to the nesting limit
 * (and the few frames of the machines that call one another), and a
 * fixed part: the parser itself, the first arena block and the event
 * lists of the short messages the grammar runs over. */
#define FIXED_PART (256u << 10)

static size_t memory_bound(const imw_parser *p)
{
    const struct imw_limits *l = &p->limits;
    size_t framer = 2 * (size_t)(l->line_length + 16 * l->literals);
    size_t spans = 2 * (size_t)l->literals * sizeof(struct imw_literal_span);
    size_t marks = (size_t)(l->nesting + 4) *
                   (IMW_RULE_COUNT * sizeof(struct imw_mark) + sizeof(void *));
    return framer + spans + marks + FIXED_PART;
}

/* ---- running a case ---------------------------------------------------------- */

/* One line per result: "R ..." (tests/test_util.c's rendering of a
 * response), "C kind tag" for a command, "E code offset rule" for an
 * error (the rule left out when `rules` is 0), and "F code offset" when
 * imw_parser_finish() fails. */
static void render_error(FILE *out, const struct imw_parse_error *e, int rc,
                         int rules)
{
    fprintf(out, "E %s %llu", imw_error_name(rc),
            (unsigned long long)e->offset);
    if (rules && e->rule && *e->rule)
        fprintf(out, " %s", e->rule);
    fputc('\n', out);
}

static void drain(imw_parser *p, enum side side, FILE *out, int rules)
{
    int rc;
    for (;;) {
        const struct imw_response *r = NULL;
        const struct imw_command *c = NULL;
        rc = side == CLIENT ? imw_parser_next(p, &r)
                            : imw_parser_next_command(p, &c);
        if (rc == 0)
            return;
        if (imw_error_is_fatal(rc)) /* no ck_assert on the hot path: */
            ck_abort_msg("fatal %s", imw_error_name(rc)); /* it logs */
        if (rc < 0) {
            render_error(out, imw_parser_error(p), rc, rules);
        } else if (r) {
            char *buf = NULL;
            size_t len = 0;
            imw_test_render(r, &buf, &len); /* ends in a line end */
            fprintf(out, "%s", buf);
            free(buf);
        } else {
            fprintf(out, "C %s %.*s\n", imw_command_kind_name(c->kind),
                    (int)c->tag.len, c->tag.ptr ? (const char *)c->tag.ptr : "");
        }
    }
}

struct outcome {
    char *text;  /* the rendering, malloc'd */
    size_t peak; /* octets the parser held at most */
    size_t bound;
};

static struct outcome run(enum side side, const char *data, size_t len,
                          size_t chunk, int rules)
{
    struct imw_test_alloc meter;
    imw_allocator alloc = imw_test_alloc_init(&meter, -1);
    imw_parser *p = new_parser(side, &alloc);
    struct outcome o = { NULL, 0, memory_bound(p) };
    size_t text_len = 0;
    FILE *out = open_memstream(&o.text, &text_len);
    ck_assert_ptr_nonnull(out);
    size_t step = chunk ? chunk : len;
    for (size_t at = 0; at < len; at += step) {
        size_t n = len - at < step ? len - at : step;
        if (imw_parser_feed(p, data + at, n) != 0)
            ck_abort_msg("feed failed at %zu", at);
        drain(p, side, out, rules);
    }
    if (len == 0)
        drain(p, side, out, rules);
    int rc = imw_parser_finish(p);
    if (rc < 0)
        fprintf(out, "F %s %llu\n", imw_error_name(rc),
                (unsigned long long)imw_parser_error(p)->offset);
    imw_parser_free(p);
    ck_assert_uint_eq(meter.bytes, 0);
    fclose(out);
    o.peak = meter.peak;
    return o;
}

/* ---- the cases --------------------------------------------------------------- */

struct input {
    const char *s;
    size_t len;
};

/* A case's bytes for a side, made at run time when large. */
typedef struct input (*maker)(int server);

struct hostile_case {
    const char *name;
    struct input client;   /* what a server sends; {NULL}: not run */
    struct input server;   /* what a client sends, before and after login */
    maker make;            /* instead of client/server: makes both */
    const char *want[SIDES]; /* NULL for POST_LOGIN: as PRE_LOGIN */
    int no_rules;          /* the rule named is a dead alternative's */
};

#define IN(lit) { lit, sizeof lit - 1 }
#define NONE { NULL, 0 }

/* The good message after a hostile one, and what it gives. */
#define C_NEXT "* 3 EXISTS\r\n"
#define S_NEXT "z NOOP\r\n"
#define R_NEXT "R exists 3\n"
#define K_NEXT "C NOOP z\n"

/* A value in a mailbox position, the same on both sides: the client reads
 * `* LIST () "/" VALUE`, the server `a SELECT VALUE`, so that its first
 * octet is at offset 15 on one and 10 on the other; the good message
 * follows on both. */
#define MAILBOX_CASE(name, value, client_want, server_want) \
    { name, IN("* LIST () \"/\" " value "\r\n" C_NEXT), \
      IN("a SELECT " value "\r\n" S_NEXT), NULL, \
      { client_want, server_want K_NEXT, NULL }, 0 }

/* ---- large inputs ---- */

static char *repeat(const char *head, const char *unit, size_t n,
                    const char *tail, size_t *len)
{
    size_t h = strlen(head), u = strlen(unit), t = strlen(tail);
    char *s = malloc(h + u * n + t + 1);
    ck_assert_ptr_nonnull(s);
    memcpy(s, head, h);
    for (size_t i = 0; i < n; i++)
        memcpy(s + h + i * u, unit, u);
    memcpy(s + h + u * n, tail, t + 1);
    *len = h + u * n + t;
    return s;
}

static struct input made(char *s, size_t len)
{
    return (struct input){ s, len };
}

#define DEEP 200000

static struct input deep_bodystructure(int server)
{
    size_t len;
    if (server)
        return made(NULL, 0);
    char *s = repeat("* 1 FETCH (BODYSTRUCTURE ", "(", DEEP, "\r\n" C_NEXT, &len);
    return made(s, len);
}

/* RFC 4466 tagged-ext-val: an extension's return data, nested */
static struct input deep_extension(int server)
{
    size_t len;
    char *s = server ? repeat("a XFOO ", "(", DEEP, "\r\n" S_NEXT, &len)
                     : repeat("* ESEARCH (TAG \"a\") XEXT ", "(", DEEP,
                              "\r\n" C_NEXT, &len);
    return made(s, len);
}

/* within the server's line limit after login: the nesting limit holds */
static struct input deep_generic_command(int server)
{
    size_t len;
    if (!server)
        return made(NULL, 0);
    char *s = repeat("a XFOO ", "(", 60000, "\r\n" S_NEXT, &len);
    return made(s, len);
}

static struct input many_literals(int server)
{
    size_t len;
    /* a server asks nothing for {1+}: the client sends the data at once */
    char *s = server ? repeat("a XFOO (", "{1+}\r\nx ", DEEP, "x)\r\n" S_NEXT, &len)
                     : repeat("* ID (", "{1}\r\nx ", DEEP, "\"x\")\r\n" C_NEXT, &len);
    return made(s, len);
}

#define BIG_LINE (32u << 20)

static struct input line_32mib(int server)
{
    size_t len;
    char *s = server ? repeat("a LOGIN ", "x", BIG_LINE, " p\r\n" S_NEXT, &len)
                     : repeat("* OK ", "x", BIG_LINE, "\r\n" C_NEXT, &len);
    return made(s, len);
}

/* A multipart nested n deep around one text part. */
static char *nested_multiparts(size_t n, size_t *len)
{
    static const char leaf[] = "(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1)";
    static const char head[] = "* 1 FETCH (BODYSTRUCTURE ";
    static const char close[] = " \"MIXED\")";
    size_t cap = sizeof head + n + sizeof leaf + n * (sizeof close - 1) +
                 sizeof ")\r\n" C_NEXT;
    char *s = malloc(cap);
    ck_assert_ptr_nonnull(s);
    size_t at = (size_t)sprintf(s, "%s", head);
    memset(s + at, '(', n);
    at += n;
    at += (size_t)sprintf(s + at, "%s", leaf);
    for (size_t i = 0; i < n; i++)
        at += (size_t)sprintf(s + at, "%s", close);
    at += (size_t)sprintf(s + at, ")\r\n" C_NEXT);
    *len = at;
    return s;
}

static struct input multiparts(int server, size_t n)
{
    size_t len;
    if (server)
        return made(NULL, 0);
    char *s = nested_multiparts(n, &len);
    return made(s, len);
}

static struct input multiparts_100(int server)
{
    return multiparts(server, 100);
}

static struct input multiparts_10000(int server)
{
    return multiparts(server, 10000);
}

/* ---- the table ---- */

static const struct hostile_case cases[] = {
    /* literal sizes: {n} is a 32-bit number, ~{n} a 63-bit one.  A
     * client must skip a literal it refuses, since the server sends the
     * data anyway: 2^32 is skipped as declared (the good message is its
     * data), while a size that overflows 64 bits cannot be skipped, so
     * the message ends at the header line.  A server refuses at the
     * header: the client sends no data without "+". */
    MAILBOX_CASE("literal 2^32", "{4294967296}",
                 "E IMW_ERR_NUMBER_RANGE 15 literal\n",
                 "E IMW_ERR_NUMBER_RANGE 10 literal\n"),
    MAILBOX_CASE("literal 2^32+1", "{4294967297}",
                 "E IMW_ERR_NUMBER_RANGE 15 literal\n",
                 "E IMW_ERR_NUMBER_RANGE 10 literal\n"),
    MAILBOX_CASE("literal 2^64", "{18446744073709551616}",
                 "E IMW_ERR_BAD_LITERAL 15 literal\n" R_NEXT,
                 "E IMW_ERR_BAD_LITERAL 10 literal\n"),
    MAILBOX_CASE("literal 2^64+1", "{18446744073709551617}",
                 "E IMW_ERR_BAD_LITERAL 15 literal\n" R_NEXT,
                 "E IMW_ERR_BAD_LITERAL 10 literal\n"),
    MAILBOX_CASE("literal 10^23-1", "{99999999999999999999999}",
                 "E IMW_ERR_BAD_LITERAL 15 literal\n" R_NEXT,
                 "E IMW_ERR_BAD_LITERAL 10 literal\n"),
    { "literal8 2^63",
      IN("* 1 FETCH (BINARY[] ~{9223372036854775808}\r\n" C_NEXT),
      IN("a APPEND x ~{9223372036854775808}\r\n" S_NEXT), NULL,
      { "E IMW_ERR_NUMBER_RANGE 22 literal\n",
        "E IMW_ERR_NUMBER_RANGE 13 literal\n" K_NEXT, NULL }, 0 },
    /* not literal headers at all: the line ends there */
    MAILBOX_CASE("literal -1", "{-1}",
                 "E IMW_ERR_SYNTAX 15 astring\n" R_NEXT,
                 "E IMW_ERR_SYNTAX 10 astring\n"),
    MAILBOX_CASE("literal {}", "{}",
                 "E IMW_ERR_SYNTAX 15 astring\n" R_NEXT,
                 "E IMW_ERR_SYNTAX 10 astring\n"),
    MAILBOX_CASE("literal {+}", "{+}",
                 "E IMW_ERR_SYNTAX 15 astring\n" R_NEXT,
                 "E IMW_ERR_SYNTAX 10 astring\n"),
    /* a huge declared literal, then the end of input: nothing near the
     * declared size is held (the bound says so); 64 MiB - 1 is within
     * the client's and the logged-in server's literal limit */
    { "huge literal then EOF",
      IN("* LIST () \"/\" {67108863}\r\nabc"),
      IN("a SELECT {67108863}\r\nabc"), NULL,
      { "F IMW_ERR_INCOMPLETE 29\n",
        "E IMW_ERR_LITERAL_TOO_LARGE 10 literal\nF IMW_ERR_INCOMPLETE 24\n",
        "F IMW_ERR_INCOMPLETE 24\n" }, 0 },
    /* a literal that ends inside its data; one shorter than declared
     * takes the next message's first octets as data (they are counted,
     * not searched for line ends) */
    { "literal ends mid-data",
      IN("* LIST () \"/\" {10}\r\nabc"), IN("a SELECT {10}\r\nabc"), NULL,
      { "F IMW_ERR_INCOMPLETE 23\n", "F IMW_ERR_INCOMPLETE 18\n", NULL }, 0 },
    { "literal shorter than declared",
      IN("* LIST () \"/\" {10}\r\nabc\r\n* 3 EXISTS\r\n" C_NEXT),
      IN("a SELECT {10}\r\nabc\r\nz NOOP\r\n" S_NEXT), NULL,
      { "E IMW_ERR_SYNTAX 30 astring\n" R_NEXT,
        "E IMW_ERR_SYNTAX 25 astring\n" K_NEXT, NULL }, 0 },
    /* 200000 nested parentheses: the nesting limit stops the machine at
     * once; on the server the line limit comes first */
    { "200000 parentheses in BODYSTRUCTURE", NONE, NONE, deep_bodystructure,
      { "E IMW_ERR_NESTING_TOO_DEEP 152 body\n" R_NEXT, NULL, NULL }, 0 },
    { "200000 parentheses in an extension", NONE, NONE, deep_extension,
      { "E IMW_ERR_NESTING_TOO_DEEP 153 tagged-ext-paren\n" R_NEXT,
        "E IMW_ERR_LINE_TOO_LONG 8192\n" K_NEXT,
        "E IMW_ERR_LINE_TOO_LONG 65536\n" K_NEXT }, 0 },
    { "60000 parentheses in an unknown command", NONE, NONE,
      deep_generic_command,
      { NULL, "E IMW_ERR_LINE_TOO_LONG 8192\n" K_NEXT,
        "E IMW_ERR_NESTING_TOO_DEEP 70 generic-list\n" K_NEXT }, 0 },
    /* 200000 literals in one message: refused at the first past the
     * limit (4096 client, 16 before login, 1000 after), the rest skipped */
    { "200000 literals", NONE, NONE, many_literals,
      { "E IMW_ERR_TOO_MANY_LITERALS 28678 literal\n" R_NEXT,
        "E IMW_ERR_TOO_MANY_LITERALS 136 literal\n" K_NEXT,
        "E IMW_ERR_TOO_MANY_LITERALS 8008 literal\n" K_NEXT }, 0 },
    /* 100 nested multiparts parse with the default limits (typed value:
     * test_hundred_multiparts); 10000 meet the nesting limit, 128 */
    { "100 nested multiparts", NONE, NONE, multiparts_100,
      { "R fetch name=\"FETCH\"\n" R_NEXT, NULL, NULL }, 0 },
    { "10000 nested multiparts", NONE, NONE, multiparts_10000,
      { "E IMW_ERR_NESTING_TOO_DEEP 152 body\n" R_NEXT, NULL, NULL }, 0 },
    /* NUL: never in a quoted string or text, only in literals */
    MAILBOX_CASE("NUL in a quoted string", "\"a\0b\"",
                 "E IMW_ERR_SYNTAX 16 astring\n" R_NEXT,
                 "E IMW_ERR_SYNTAX 11 astring\n"),
    { "NUL in text",
      IN("* OK [ALERT] a\0b\r\n" C_NEXT),
      IN("a XFOO a\0b\r\n" S_NEXT), NULL,
      { "E IMW_ERR_SYNTAX 14 text\n" R_NEXT,
        "E IMW_ERR_SYNTAX 8 command\n" K_NEXT, NULL }, 0 },
    /* bare CR inside a line, bare LF as a line end: the message ends at
     * the LF, fails there, and the next one parses */
    { "bare CR",
      IN("* LIST () \"/\" a\rb\r\n" C_NEXT),
      IN("a SELECT a\rb\r\n" S_NEXT), NULL,
      { "E IMW_ERR_SYNTAX 16\n" R_NEXT, "E IMW_ERR_SYNTAX 11\n" K_NEXT, NULL },
      1 },
    MAILBOX_CASE("bare CR in a quoted string", "\"a\rb\"",
                 "E IMW_ERR_SYNTAX 16 astring\n" R_NEXT,
                 "E IMW_ERR_SYNTAX 11 astring\n"),
    { "bare LF",
      IN("* LIST () \"/\" a\n" C_NEXT),
      IN("a SELECT a\n" S_NEXT), NULL,
      { "E IMW_ERR_SYNTAX 15 astring\n" R_NEXT,
        "E IMW_ERR_SYNTAX 10 astring\n" K_NEXT, NULL }, 0 },
    { "LF-only line ends",
      IN("* 1 EXISTS\n* 2 EXISTS\n" C_NEXT),
      IN("a NOOP\nb NOOP\n" S_NEXT), NULL,
      { "E IMW_ERR_SYNTAX 10 mailbox-data\nE IMW_ERR_SYNTAX 21 mailbox-data\n"
        R_NEXT,
        "E IMW_ERR_SYNTAX 6 command\nE IMW_ERR_SYNTAX 13 command\n" K_NEXT,
        NULL }, 0 },
    /* an unterminated quoted string ends at the line end */
    MAILBOX_CASE("unterminated quoted string", "\"abc",
                 "E IMW_ERR_SYNTAX 18 astring\n" R_NEXT,
                 "E IMW_ERR_SYNTAX 13 astring\n"),
    MAILBOX_CASE("invalid escape", "\"\\a\"",
                 "E IMW_ERR_SYNTAX 16 astring\n" R_NEXT,
                 "E IMW_ERR_SYNTAX 11 astring\n"),
    /* 8-bit octets: refused in atoms, flags and tags (quoted strings take
     * them, the 8bit-text leniency: test_eight_bit_quoted) */
    MAILBOX_CASE("8-bit atom", "a\xff" "b",
                 "E IMW_ERR_SYNTAX 15 astring\n" R_NEXT,
                 "E IMW_ERR_SYNTAX 10 astring\n"),
    { "8-bit flag",
      IN("* FLAGS (\\Seen a\xff" "b)\r\n" C_NEXT),
      IN("a STORE 1 +FLAGS (\\Seen a\xff" "b)\r\n" S_NEXT), NULL,
      { "E IMW_ERR_SYNTAX 16 flag\n" R_NEXT,
        "E IMW_ERR_SYNTAX 25 flag\n" K_NEXT, NULL }, 0 },
    { "8-bit system flag",
      IN("* FLAGS (\\S\xe9" "en)\r\n" C_NEXT),
      IN("a STORE 1 +FLAGS (\\S\xe9" "en)\r\n" S_NEXT), NULL,
      { "E IMW_ERR_SYNTAX 11 flag\n" R_NEXT,
        "E IMW_ERR_SYNTAX 20 flag\n" K_NEXT, NULL }, 0 },
    { "8-bit tag",
      IN("a\xff OK done\r\n" C_NEXT),
      IN("a\xff NOOP\r\n" S_NEXT), NULL,
      { "E IMW_ERR_SYNTAX 1 response-tagged\n" R_NEXT,
        "E IMW_ERR_SYNTAX 1 command\n" K_NEXT, NULL }, 0 },
    { "8-bit unknown command name",
      NONE, IN("a X\xff\r\n" S_NEXT), NULL,
      { NULL, "E IMW_ERR_SYNTAX 3 command\n" K_NEXT, NULL }, 0 },
    /* message numbers: EXISTS is `number` (0 fine), FETCH's nz-number */
    { "EXISTS 2^32", IN("* 4294967296 EXISTS\r\n" C_NEXT), NONE, NULL,
      { "E IMW_ERR_NUMBER_RANGE 2 number\n" R_NEXT, NULL, NULL }, 0 },
    { "EXISTS 2^32-1 and 0",
      IN("* 4294967295 EXISTS\r\n* 0 EXISTS\r\n" C_NEXT), NONE, NULL,
      { "R exists 4294967295\nR exists 0\n" R_NEXT, NULL, NULL }, 0 },
    { "FETCH of message 0", IN("* 0 FETCH (FLAGS ())\r\n" C_NEXT), NONE, NULL,
      { "E IMW_ERR_SYNTAX 4 mailbox-data\n" R_NEXT, NULL, NULL }, 0 },
    /* sizes: RFC822.SIZE is 0 .. 2^63-1 (number64 of RFC 9051, as
     * fetch.h documents; typed value: test_number_ranges) */
    { "RFC822.SIZE 2^32 and 2^63",
      IN("* 1 FETCH (RFC822.SIZE 4294967296)\r\n"
         "* 1 FETCH (RFC822.SIZE 9223372036854775808)\r\n" C_NEXT), NONE, NULL,
      { "R fetch name=\"FETCH\"\nE IMW_ERR_NUMBER_RANGE 59 RFC822.SIZE\n" R_NEXT, NULL, NULL },
      0 },
    /* mod-sequences: mod-sequence-value is 1 .. 2^63-1; valzer adds 0 */
    { "MODSEQ 2^63 and 2^64",
      IN("* 1 FETCH (MODSEQ (9223372036854775808))\r\n"
         "* OK [HIGHESTMODSEQ 18446744073709551616] x\r\n" C_NEXT),
      IN("a FETCH 1 FLAGS (CHANGEDSINCE 9223372036854775808)\r\n"
         "b STORE 1 (UNCHANGEDSINCE 18446744073709551616) +FLAGS (x)\r\n"
         "c SEARCH MODSEQ 9223372036854775808\r\n" S_NEXT), NULL,
      { "E IMW_ERR_NUMBER_RANGE 19 mod-sequence-value\n"
        "E IMW_ERR_NUMBER_RANGE 62 mod-sequence-value\n" R_NEXT,
        "E IMW_ERR_NUMBER_RANGE 30 mod-sequence-value\n"
        "E IMW_ERR_NUMBER_RANGE 78 mod-sequence-valzer\n"
        "E IMW_ERR_NUMBER_RANGE 128 mod-sequence-valzer\n" K_NEXT, NULL }, 0 },
    { "MODSEQ 2^63-1",
      IN("* 1 FETCH (MODSEQ (9223372036854775807))\r\n" C_NEXT),
      IN("a FETCH 1 FLAGS (CHANGEDSINCE 9223372036854775807)\r\n" S_NEXT), NULL,
      { "R fetch name=\"FETCH\"\n" R_NEXT, "C FETCH a\n" K_NEXT, NULL }, 0 },
    /* zero where nz-number is required; COPYUID with 0 is no typed code
     * but still a valid generic one (atom SP text) */
    { "zero for nz-number",
      IN("* 1 FETCH (UID 0)\r\n* 1 FETCH (MODSEQ (0))\r\n"
         "a OK [COPYUID 0 1 1] x\r\n" C_NEXT),
      IN("a UID COPY 0 x\r\nb UID EXPUNGE 0\r\nc FETCH 0 FLAGS\r\n"
         "d FETCH 1 FLAGS (CHANGEDSINCE 0)\r\n"
         "e SELECT x (QRESYNC (0 1))\r\n" S_NEXT), NULL,
      { "E IMW_ERR_SYNTAX 15 msg-att-static\n"
        "E IMW_ERR_NUMBER_RANGE 38 mod-sequence-value\n"
        "R status tag=\"a\" OK [OTHER \"COPYUID\" \"0 1 1\"] \"x\"\n" R_NEXT,
        "E IMW_ERR_SYNTAX 11 copy\nE IMW_ERR_SYNTAX 30 command\n"
        "E IMW_ERR_SYNTAX 41 fetch-args\n"
        "E IMW_ERR_NUMBER_RANGE 80 mod-sequence-value\n"
        "E IMW_ERR_NUMBER_RANGE 105 uidvalidity\n" K_NEXT, NULL }, 0 },
    { "zero where it is allowed",
      NONE,
      IN("a STORE 1 (UNCHANGEDSINCE 0) +FLAGS (x)\r\nb SEARCH MODSEQ 0\r\n"
         S_NEXT), NULL,
      { NULL, "C STORE a\nC SEARCH b\n" K_NEXT, NULL }, 0 },
    /* sequence sets: a trailing comma is refused; reversed and huge
     * ranges are kept as sent (test_seq_sets_kept_as_ranges) */
    { "sequence set ending in a comma",
      IN("* VANISHED 1,\r\n" C_NEXT), IN("a UID FETCH 1, FLAGS\r\n" S_NEXT),
      NULL,
      { "E IMW_ERR_SYNTAX 13 sequence-set\n" R_NEXT,
        "E IMW_ERR_SYNTAX 14 sequence-set\n" K_NEXT, NULL }, 0 },
    { "sequence set reversed and huge",
      IN("* VANISHED 5:1,1:4294967295\r\n" C_NEXT),
      IN("a FETCH 5:1,1:4294967295 FLAGS\r\n" S_NEXT), NULL,
      { "R vanished name=\"VANISHED\"\n" R_NEXT, "C FETCH a\n" K_NEXT, NULL }, 0 },
    { "sequence number 2^32",
      IN("* VANISHED 4294967296\r\n" C_NEXT),
      IN("a FETCH 1:4294967296 FLAGS\r\n" S_NEXT), NULL,
      { "E IMW_ERR_NUMBER_RANGE 11 seq-number\n" R_NEXT,
        "E IMW_ERR_NUMBER_RANGE 10 seq-number\n" K_NEXT, NULL }, 0 },
    /* a 32 MiB line: past every line limit (client 8 MiB, server 8 KiB
     * before login, 64 KiB after), refused as it arrives */
    { "32 MiB line", NONE, NONE, line_32mib,
      { "E IMW_ERR_LINE_TOO_LONG 8388608\n" R_NEXT,
        "E IMW_ERR_LINE_TOO_LONG 8192\n" K_NEXT,
        "E IMW_ERR_LINE_TOO_LONG 65536\n" K_NEXT }, 0 },
    /* terminal escapes in an ALERT are text like any other: kept as bytes
     * (test_terminal_escapes: the typed value and the JSON) */
    { "terminal escapes in ALERT",
      IN("* OK [ALERT] \x1b[2J\x1b]0;title\x07\x9b" "1m\r\n" C_NEXT), NONE,
      NULL,
      { "R status OK [ALERT \"ALERT\"] "
        "\"\\x1b[2J\\x1b]0;title\\x07\\x9b1m\"\n" R_NEXT, NULL, NULL }, 0 },
};

static struct input case_input(const struct hostile_case *c, enum side side)
{
    if (c->make)
        return c->make(side != CLIENT);
    return side == CLIENT ? c->client : c->server;
}

static const char *case_want(const struct hostile_case *c, enum side side)
{
    if (side == POST_LOGIN && !c->want[POST_LOGIN])
        return c->want[PRE_LOGIN];
    return c->want[side];
}

/* Whole, then in chunks: of 1 octet for short inputs, 7 for mid-sized
 * ones, 64 KiB for all. */
static size_t chunk_size(int round, size_t len)
{
    switch (round) {
    case 0: return 0;
    case 1: return len <= 4096 ? 1 : len <= (2u << 20) ? 7 : 0;
    default: return 65536;
    }
}

static void run_case(const struct hostile_case *c, enum side side)
{
    struct input in = case_input(c, side);
    const char *want = case_want(c, side);
    if (!in.s) {
        ck_assert_msg(!want, "%s: %s: results without input", c->name,
                      side_names[side]);
        return;
    }
    ck_assert_msg(want != NULL, "%s: %s: no results given", c->name,
                  side_names[side]);
    for (int round = 0; round < 3; round++) {
        size_t chunk = chunk_size(round, in.len);
        if (round > 0 && chunk == 0)
            continue;
        struct outcome o = run(side, in.s, in.len, chunk, !c->no_rules);
        ck_assert_msg(strcmp(o.text, want) == 0,
                      "%s: %s, chunks of %zu:\n got:\n%s want:\n%s", c->name,
                      side_names[side], chunk, o.text, want);
        ck_assert_msg(o.peak <= o.bound,
                      "%s: %s, chunks of %zu: peak %zu octets above %zu",
                      c->name, side_names[side], chunk, o.peak, o.bound);
        free(o.text);
    }
    if (c->make)
        free((char *)in.s);
}

START_TEST(test_case_client)
{
    run_case(&cases[_i], CLIENT);
}
END_TEST

START_TEST(test_case_pre_login)
{
    run_case(&cases[_i], PRE_LOGIN);
}
END_TEST

START_TEST(test_case_post_login)
{
    run_case(&cases[_i], POST_LOGIN);
}
END_TEST

/* ---- the end of each message ----------------------------------------------------- */

/* The machines have no end tests (`write exec noend`): they stop at the
 * LF that ends every message (imw_lf_guard, src/common_actions.rl).  Each
 * message of the sample sessions, and of a mutated copy of them, is fed
 * alone from a buffer of exactly its size, which the parser reads in
 * place (the sanitizer build stops at an octet read past it), and gives
 * what it gives with more octets after it. */
static char *alone(enum side side, const uint8_t *msg, size_t len,
                   size_t padding)
{
    char *buf = malloc(len + padding), *text = NULL;
    size_t text_len = 0;
    ck_assert_ptr_nonnull(buf);
    memcpy(buf, msg, len);
    memset(buf + len, 'x', padding); /* no line end: the message stays alone */
    imw_parser *p = new_parser(side, NULL);
    FILE *out = open_memstream(&text, &text_len);
    ck_assert_ptr_nonnull(out);
    ck_assert_int_eq(imw_parser_feed(p, buf, len + padding), 0);
    drain(p, side, out, 1);
    fclose(out);
    imw_parser_free(p);
    free(buf);
    return text;
}

/* The messages of data[0..len) as the framer cuts them: each is parsed
 * alone with and without octets after it. */
static size_t each_message_alone(enum side side, const uint8_t *data,
                                 size_t len)
{
    struct imw_limits limits;
    struct imw_framer f;
    struct imw_frame frame;
    struct imw_frame_error ferr;
    size_t n = 0;
    int rc;
    imw_limits_default(&limits);
    ck_assert_int_eq(imw_framer_init(&f, NULL, &limits), 0);
    ck_assert_int_eq(imw_framer_feed(&f, data, len), 0);
    while ((rc = imw_framer_next(&f, &frame, &ferr)) != 0) {
        if (rc < 0)
            continue; /* a framing error: the framer's own business */
        char *exact = alone(side, frame.data, frame.len, 0);
        char *padded = alone(side, frame.data, frame.len, 64);
        if (strcmp(exact, padded) != 0)
            ck_abort_msg("%s: message at %llu: alone:\n%s with more:\n%s",
                         side_names[side],
                         (unsigned long long)frame.offset, exact, padded);
        free(exact);
        free(padded);
        n++;
    }
    imw_framer_free(&f);
    return n;
}

/* A copy of data with one octet in 29 changed, dropped or doubled, line
 * ends kept (xorshift, fixed seed). */
static uint8_t *mutated(const uint8_t *data, size_t len, size_t *out_len)
{
    static const char picks[] = " ()[]{}\"\\*%0aZ+-&~<>.:\001\377";
    uint8_t *m = malloc(2 * len + 1);
    uint32_t x = 2463534242u;
    size_t o = 0;
    ck_assert_ptr_nonnull(m);
    for (size_t i = 0; i < len; i++) {
        x ^= x << 13, x ^= x >> 17, x ^= x << 5;
        uint8_t c = data[i];
        if (c == '\r' || c == '\n' || x % 29 != 0) {
            m[o++] = c;
            continue;
        }
        switch ((x >> 8) % 3) {
        case 0: m[o++] = (uint8_t)picks[(x >> 12) % (sizeof picks - 1)]; break;
        case 1: break;
        default: m[o++] = c; m[o++] = c; break;
        }
    }
    *out_len = o;
    return m;
}

static void sample_alone(enum side side, const char *name)
{
    char path[512];
    size_t len, mlen;
    snprintf(path, sizeof path, "%s/%s", TEST_DATA_DIR, name);
    char *data = imw_test_read_file(path, &len);
    ck_assert_ptr_nonnull(data);
    ck_assert_uint_gt(each_message_alone(side, (const uint8_t *)data, len), 0);
    uint8_t *m = mutated((const uint8_t *)data, len, &mlen);
    ck_assert_uint_gt(each_message_alone(side, m, mlen), 0);
    free(m);
    free(data);
}

static const char *const sample_responses[] = {
    "dovecot-full.responses", "dovecot-session.responses",
    "rfc-examples.responses", "server-quirks.responses",
    "client-imaplib.responses", "client-mbsync.responses",
    "client-fetchmail.responses",
};
static const char *const sample_commands[] = {
    "dovecot-full.commands", "rfc-examples.commands",
    "client-imaplib.commands", "client-mbsync.conn2.commands",
};

START_TEST(test_responses_alone)
{
    sample_alone(CLIENT, sample_responses[_i]);
}
END_TEST

START_TEST(test_commands_alone)
{
    sample_alone(POST_LOGIN, sample_commands[_i]);
}
END_TEST

/* A run over data that does not end in LF is refused at its end, before
 * a state could read past it (the framer never hands out such a frame). */
START_TEST(test_unframed_run_refused)
{
    static const uint8_t no_lf[] = { '*', ' ', 'O', 'K', '\r' };
    struct imw_frame frame = { no_lf, sizeof no_lf, 0, NULL, 0 };
    struct imw_run run;
    imw_run_init(&run, NULL);
    imw_run_start(&run, &frame);
    ck_assert_int_eq(imw_response_machine_run(&run), IMW_ERR_SYNTAX);
    ck_assert_uint_eq(run.error_at, sizeof no_lf);
    frame.len = 0;
    imw_run_start(&run, &frame);
    ck_assert_int_eq(imw_response_machine_run(&run), IMW_ERR_SYNTAX);
    ck_assert_uint_eq(run.error_at, 0);
    imw_run_free(&run);
}
END_TEST

/* ---- typed values -------------------------------------------------------------- */

/* The one response of `s` (after which C_NEXT must parse), on a parser
 * the caller frees. */
static const struct imw_response *one_response(imw_parser *p, const char *s,
                                               size_t len)
{
    const struct imw_response *r;
    ck_assert_int_eq(imw_parser_feed(p, s, len), 0);
    ck_assert_int_eq(imw_parser_next(p, &r), 1);
    return r;
}

static const struct imw_command *one_command(imw_parser *p, const char *s)
{
    const struct imw_command *c;
    ck_assert_int_eq(imw_parser_feed(p, s, strlen(s)), 0);
    ck_assert_int_eq(imw_parser_next_command(p, &c), 1);
    return c;
}

static void command_fails(imw_parser *p, const char *s, int code,
                          const char *reason)
{
    const struct imw_command *c;
    ck_assert_int_eq(imw_parser_feed(p, s, strlen(s)), 0);
    ck_assert_int_eq(imw_parser_next_command(p, &c), code);
    ck_assert_str_eq(imw_parser_error(p)->reason, reason);
}

static void assert_range(const struct imw_seq_set *set, size_t i,
                         uint32_t first, uint32_t last)
{
    ck_assert_uint_gt(set->count, i);
    ck_assert_uint_eq(set->ranges[i].first, first);
    ck_assert_uint_eq(set->ranges[i].last, last);
}

/* 5:1 stays 5:1 and 1:4294967295 one range, on both sides; the helper
 * normalises them into one range of 2^32-1 numbers.  Nothing is expanded:
 * the parser holds no more than for any short message. */
static void assert_kept_as_ranges(const struct imw_seq_set *set)
{
    ck_assert_uint_eq(set->count, 2);
    assert_range(set, 0, 5, 1);
    assert_range(set, 1, 1, 4294967295u);
    struct imw_seq_range out[2];
    struct imw_seq_set norm;
    ck_assert_int_eq(imw_seq_set_normalize(set, 10, out, 2, &norm), 0);
    ck_assert_uint_eq(norm.count, 1);
    assert_range(&norm, 0, 1, 4294967295u);
    ck_assert_uint_eq(imw_seq_set_count(&norm, 10), 4294967295u);
}

START_TEST(test_seq_sets_kept_as_ranges)
{
    static const char resp[] = "* VANISHED 5:1,1:4294967295\r\n";
    struct imw_test_alloc meter;
    imw_allocator alloc = imw_test_alloc_init(&meter, -1);
    imw_parser *p = new_parser(CLIENT, &alloc);
    const struct imw_response *r = one_response(p, resp, sizeof resp - 1);
    ck_assert_int_eq(r->kind, IMW_RESP_VANISHED);
    assert_kept_as_ranges(&r->u.vanished->uids);
    ck_assert_uint_lt(meter.peak, 64u << 10);
    imw_parser_free(p);

    p = new_parser(POST_LOGIN, &alloc);
    const struct imw_command *c = one_command(p, "a FETCH 5:1,1:4294967295 FLAGS\r\n");
    ck_assert_int_eq(c->kind, IMW_CMD_FETCH);
    assert_kept_as_ranges(&c->u.fetch->set);
    ck_assert_uint_lt(meter.peak, 64u << 10);
    imw_parser_free(p);
}
END_TEST

START_TEST(test_number_ranges)
{
    static const char resp[] =
        "* 1 FETCH (RFC822.SIZE 4294967296 MODSEQ (9223372036854775807))\r\n";
    imw_parser *p = new_parser(CLIENT, NULL);
    const struct imw_response *r = one_response(p, resp, sizeof resp - 1);
    ck_assert_int_eq(r->kind, IMW_RESP_FETCH);
    ck_assert_uint_eq(r->u.fetch->count, 2);
    ck_assert_int_eq(r->u.fetch->items[0].kind, IMW_FETCH_RFC822_SIZE);
    ck_assert_uint_eq(r->u.fetch->items[0].u.size, 4294967296u);
    ck_assert_int_eq(r->u.fetch->items[1].kind, IMW_FETCH_MODSEQ);
    ck_assert_uint_eq(r->u.fetch->items[1].u.modseq, INT64_MAX);
    imw_parser_free(p);

    p = new_parser(POST_LOGIN, NULL);
    const struct imw_command *c =
        one_command(p, "a FETCH 1 FLAGS (CHANGEDSINCE 9223372036854775807)\r\n");
    ck_assert(c->u.fetch->has_changedsince);
    ck_assert_uint_eq(c->u.fetch->changedsince, INT64_MAX);
    c = one_command(p, "b STORE 1 (UNCHANGEDSINCE 0) +FLAGS (x)\r\n");
    ck_assert(c->u.store->has_unchangedsince);
    ck_assert_uint_eq(c->u.store->unchangedsince, 0);
    /* the errors say which limit */
    command_fails(p, "c FETCH 1 FLAGS (CHANGEDSINCE 0)\r\n",
                  IMW_ERR_NUMBER_RANGE, "mod-sequence must be at least 1");
    command_fails(p, "d STORE 1 (UNCHANGEDSINCE 99999999999999999999999) "
                     "+FLAGS (x)\r\n",
                  IMW_ERR_NUMBER_RANGE, "number does not fit in 63 bits");
    imw_parser_free(p);
}
END_TEST

/* The default nesting limit lets a BODYSTRUCTURE of 100 nested
 * multiparts parse, typed to the bottom. */
START_TEST(test_hundred_multiparts)
{
    size_t len;
    char *s = nested_multiparts(100, &len);
    imw_parser *p = new_parser(CLIENT, NULL);
    const struct imw_response *r = one_response(p, s, len);
    ck_assert_int_eq(r->kind, IMW_RESP_FETCH);
    ck_assert_int_eq(r->u.fetch->items[0].kind, IMW_FETCH_BODYSTRUCTURE);
    const struct imw_body *b = r->u.fetch->items[0].u.body;
    for (int depth = 0; depth < 100; depth++) {
        ck_assert_int_eq(b->kind, IMW_BODY_MULTIPART);
        ck_assert_uint_eq(b->part_count, 1);
        ck_assert_uint_eq(b->subtype.len, 5);
        ck_assert_int_eq(memcmp(b->subtype.ptr, "MIXED", 5), 0);
        b = &b->parts[0];
    }
    ck_assert_int_eq(b->kind, IMW_BODY_TEXT);
    ck_assert_uint_eq(b->lines, 1);
    imw_parser_free(p);
    free(s);
}
END_TEST

/* 10000 levels: refused by the nesting limit, which the error names. */
START_TEST(test_nesting_limit_named)
{
    size_t len;
    char *s = nested_multiparts(10000, &len);
    imw_parser *p = new_parser(CLIENT, NULL);
    const struct imw_response *r;
    ck_assert_int_eq(imw_parser_feed(p, s, len), 0);
    ck_assert_int_eq(imw_parser_next(p, &r), IMW_ERR_NESTING_TOO_DEEP);
    const struct imw_parse_error *e = imw_parser_error(p);
    ck_assert_str_eq(e->rule, "body");
    ck_assert_str_eq(e->reason, "nesting deeper than 128");
    /* at the 128th "(" of the body: the call into the 129th level */
    ck_assert_uint_eq(e->offset, strlen("* 1 FETCH (BODYSTRUCTURE ") + 127);
    ck_assert_int_eq(imw_parser_next(p, &r), 1);
    ck_assert_int_eq(r->kind, IMW_RESP_EXISTS);
    imw_parser_free(p);
    free(s);
}
END_TEST

/* A huge declared literal allocates nothing near its size: a few KiB
 * for 64 MiB - 1 declared, however the header is chunked. */
START_TEST(test_declared_size_not_allocated)
{
    static const char in[] = "* 1 FETCH (BODY[] {67108863}\r\nabc";
    for (enum side side = CLIENT; side < SIDES; side++) {
        const char *s = side == CLIENT ? in : "a APPEND x {67108863}\r\nabc";
        struct outcome o = run(side, s, strlen(s), 1, 1);
        ck_assert_msg(o.peak < 32u << 10, "%s: peak %zu", side_names[side],
                      o.peak);
        ck_assert_ptr_nonnull(strstr(o.text, "F IMW_ERR_INCOMPLETE"));
        free(o.text);
    }
}
END_TEST

/* Terminal escapes in ALERT text (ESC [ 2 J, an OSC title ended by BEL,
 * CSI as the C1 octet 0x9b and as UTF-8 U+009B): the typed text holds the
 * bytes as sent, the inspector's JSON escapes every one of them. */
START_TEST(test_terminal_escapes)
{
    static const char text[] = "\x1b[2J\x1b]0;title\x07\x9b" "1m\xc2\x9b" "2m";
    static const char resp[] = "* OK [ALERT] \x1b[2J\x1b]0;title\x07\x9b"
                               "1m\xc2\x9b" "2m\r\n";
    imw_parser *p = new_parser(CLIENT, NULL);
    const struct imw_response *r = one_response(p, resp, sizeof resp - 1);
    ck_assert_int_eq(r->kind, IMW_RESP_STATUS);
    ck_assert_int_eq(r->u.status.text.code->kind, IMW_CODE_ALERT);
    ck_assert_uint_eq(r->u.status.text.text.len, sizeof text - 1);
    ck_assert_int_eq(memcmp(r->u.status.text.text.ptr, text, sizeof text - 1), 0);
    imw_parser_free(p);

    char *json = imw_test_json(resp, sizeof resp - 1, 0);
    ck_assert_ptr_nonnull(strstr(json, "\"text\":\"\\u001b[2J\\u001b]0;title"
                                       "\\u0007\\udc9b1m\\u009b2m\""));
    ck_assert_uint_eq(json[strlen(json) - 1], '\n');
    for (const char *c = json; c[1]; c++)
        ck_assert_msg((unsigned char)*c >= 0x20 && (unsigned char)*c < 0x7f,
                      "raw octet 0x%02x in %s", (unsigned char)*c, json);
    free(json);
}
END_TEST

/* Quoted strings take 8-bit octets (leniency 8bit-text); strict mode
 * refuses them by that name, on both sides the same. */
START_TEST(test_eight_bit_quoted)
{
    static const char resp[] = "* LIST () \"/\" \"a\xff" "b\"\r\n";
    imw_parser *p = new_parser(CLIENT, NULL);
    const struct imw_response *r = one_response(p, resp, sizeof resp - 1);
    ck_assert_int_eq(r->kind, IMW_RESP_LIST);
    ck_assert_int_eq(imw_parser_set_option(p, IMW_OPTION_STRICT, 1), 0);
    ck_assert_int_eq(imw_parser_feed(p, resp, sizeof resp - 1), 0);
    ck_assert_int_eq(imw_parser_next(p, &r), IMW_ERR_SYNTAX);
    ck_assert_str_eq(imw_parser_error(p)->rule, "TEXT-CHAR");
    ck_assert_str_eq(imw_parser_error(p)->reason,
                     "8-bit octet outside a literal (strict mode)");
    imw_parser_free(p);

    p = new_parser(PRE_LOGIN, NULL);
    const struct imw_command *c = one_command(p, "a SELECT \"a\xff" "b\"\r\n");
    ck_assert_int_eq(c->kind, IMW_CMD_SELECT);
    imw_parser_free(p);
}
END_TEST

Suite *imw_hostile_suite(void)
{
    Suite *s = suite_create("hostile");
    TCase *tc = tcase_create("both sides");
    int n = (int)(sizeof cases / sizeof cases[0]);
    tcase_set_timeout(tc, 60); /* valgrind; each case is milliseconds */
    tcase_add_loop_test(tc, test_case_client, 0, n);
    tcase_add_loop_test(tc, test_case_pre_login, 0, n);
    tcase_add_loop_test(tc, test_case_post_login, 0, n);
    tcase_add_test(tc, test_seq_sets_kept_as_ranges);
    tcase_add_test(tc, test_number_ranges);
    tcase_add_test(tc, test_hundred_multiparts);
    tcase_add_test(tc, test_nesting_limit_named);
    tcase_add_test(tc, test_declared_size_not_allocated);
    tcase_add_test(tc, test_terminal_escapes);
    tcase_add_test(tc, test_eight_bit_quoted);
    suite_add_tcase(s, tc);

    TCase *ends = tcase_create("message ends");
    tcase_set_timeout(ends, 120); /* a parser per message, sanitizers */
    tcase_add_loop_test(ends, test_responses_alone, 0,
                        (int)(sizeof sample_responses / sizeof *sample_responses));
    tcase_add_loop_test(ends, test_commands_alone, 0,
                        (int)(sizeof sample_commands / sizeof *sample_commands));
    tcase_add_test(ends, test_unframed_run_refused);
    suite_add_tcase(s, ends);
    return s;
}
