/* FETCH responses (include/imapwire/fetch.h): every FETCH example of RFC
 * 3501 and RFC 7162 with its values, envelopes (groups, NIL, literals,
 * escapes), body structures (the RFC's, nested, extension data, large),
 * sections, number ranges, and chunk invariance of every vector. */
#define _POSIX_C_SOURCE 200809L
#include <check.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"
#include "test_util.h"
#include "json_response.h"

/* ---- helpers ---------------------------------------------------------------- */

static imw_parser *parser;

/* Parses one message (no greeting expected) and returns its FETCH data;
 * valid until the next call or done(). */
static const struct imw_fetch *fetch_of(const char *s, size_t n)
{
    if (parser)
        imw_parser_free(parser);
    parser = imw_parser_new(IMW_SIDE_CLIENT);
    ck_assert_ptr_nonnull(parser);
    imw_parser_set_option(parser, IMW_OPTION_EXPECT_GREETING, 0);
    ck_assert_int_eq(imw_parser_feed(parser, s, n), 0);
    const struct imw_response *r = NULL;
    int rc = imw_parser_next(parser, &r);
    ck_assert_msg(rc > 0, "parse failed: %s: %s (%s)",
                  imw_parser_error(parser)->rule,
                  imw_parser_error(parser)->reason, s);
    ck_assert_int_eq(r->kind, IMW_RESP_FETCH);
    ck_assert_ptr_nonnull(r->u.fetch);
    return r->u.fetch;
}

static const struct imw_fetch *fetch_str(const char *s)
{
    return fetch_of(s, strlen(s));
}

static void done(void)
{
    imw_parser_free(parser);
    parser = NULL;
}

/* The one item of `kind` (asserted to exist). */
static const struct imw_fetch_item *item(const struct imw_fetch *f,
                                         enum imw_fetch_item_kind kind)
{
    const struct imw_fetch_item *it = imw_fetch_find(f, kind);
    ck_assert_msg(it != NULL, "no %s item", imw_fetch_item_kind_name(kind));
    return it;
}

#define ck_assert_bytes(b, s)                                               \
    do {                                                                    \
        imw_bytes b_ = (b);                                                 \
        const char *s_ = (s);                                               \
        ck_assert_ptr_nonnull(b_.ptr);                                      \
        ck_assert_msg(b_.len == strlen(s_) && memcmp(b_.ptr, s_, b_.len) == 0, \
                      "got \"%.*s\", want \"%s\"", (int)b_.len,             \
                      (const char *)b_.ptr, s_);                            \
    } while (0)
#define ck_assert_nil(b) ck_assert_ptr_null((b).ptr)

/* The error of the first message of `s` (strict: with IMW_OPTION_STRICT). */
static void expect_error_in(const char *s, int strict, int code,
                            const char *rule)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    imw_parser_set_option(p, IMW_OPTION_STRICT, strict);
    ck_assert_int_eq(imw_parser_feed(p, s, strlen(s)), 0);
    const struct imw_response *r;
    int rc = imw_parser_next(p, &r);
    ck_assert_msg(rc == code, "%s: got %d, want %d", s, rc, code);
    ck_assert_str_eq(imw_parser_error(p)->rule, rule);
    imw_parser_free(p);
}

static void expect_error(const char *s, int code, const char *rule)
{
    expect_error_in(s, 0, code, rule);
}


static void check_chunk_invariance(const char *data, size_t len)
{
    char *whole = imw_test_json(data, len, 0);
    ck_assert_ptr_null(strstr(whole, "\"E "));
    for (size_t chunk = 1; chunk <= 64; chunk++) {
        char *got = imw_test_json(data, len, chunk);
        ck_assert_msg(strcmp(got, whole) == 0, "chunk size %zu differs", chunk);
        free(got);
    }
    free(whole);
}

/* A short summary of the simple items: "23 FLAGS(\Seen) UID=4827313". */
static char *summary(const struct imw_fetch *f)
{
    static char buf[512];
    size_t n = (size_t)snprintf(buf, sizeof buf, "%u", f->number);
    for (size_t i = 0; i < f->count; i++) {
        const struct imw_fetch_item *it = &f->items[i];
        n += (size_t)snprintf(buf + n, sizeof buf - n, " %s",
                              imw_fetch_item_kind_name(it->kind));
        switch (it->kind) {
        case IMW_FETCH_FLAGS:
            n += (size_t)snprintf(buf + n, sizeof buf - n, "(");
            for (size_t k = 0; k < it->u.flags.count; k++)
                n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%.*s",
                                      k ? " " : "",
                                      (int)it->u.flags.items[k].name.len,
                                      (const char *)it->u.flags.items[k].name.ptr);
            n += (size_t)snprintf(buf + n, sizeof buf - n, ")");
            break;
        case IMW_FETCH_UID:
            n += (size_t)snprintf(buf + n, sizeof buf - n, "=%u", it->u.uid);
            break;
        case IMW_FETCH_MODSEQ:
        case IMW_FETCH_RFC822_SIZE:
            n += (size_t)snprintf(buf + n, sizeof buf - n, "=%llu",
                                  (unsigned long long)it->u.modseq);
            break;
        default:
            break;
        }
    }
    return buf;
}

/* ---- the simple examples of RFC 3501 and RFC 7162 ----------------------- */

static const struct {
    const char *in;
    const char *want;
} simple[] = {
    /* RFC 3501 §6.3.? (EXPUNGE/STORE session), §6.4.6, §6.4.8, §7.4.2 */
    { "* 14 FETCH (FLAGS (\\Seen \\Deleted))\r\n", "14 FLAGS(\\Seen \\Deleted)" },
    { "* 2 FETCH (FLAGS (\\Deleted \\Seen))\r\n", "2 FLAGS(\\Deleted \\Seen)" },
    { "* 3 FETCH (FLAGS (\\Deleted))\r\n", "3 FLAGS(\\Deleted)" },
    { "* 4 FETCH (FLAGS (\\Deleted \\Flagged \\Seen))\r\n",
      "4 FLAGS(\\Deleted \\Flagged \\Seen)" },
    { "* 23 FETCH (FLAGS (\\Seen) UID 4827313)\r\n", "23 FLAGS(\\Seen) UID=4827313" },
    { "* 24 FETCH (FLAGS (\\Seen) UID 4827943)\r\n", "24 FLAGS(\\Seen) UID=4827943" },
    { "* 25 FETCH (FLAGS (\\Seen) UID 4828442)\r\n", "25 FLAGS(\\Seen) UID=4828442" },
    { "* 23 FETCH (FLAGS (\\Seen) RFC822.SIZE 44827)\r\n",
      "23 FLAGS(\\Seen) RFC822.SIZE=44827" },
    /* RFC 7162 §3.1.4 ... §3.2.5.2, §6 (every distinct FETCH example) */
    { "* 1 FETCH (UID 4 MODSEQ (12121231000))\r\n", "1 UID=4 MODSEQ=12121231000" },
    { "* 2 FETCH (UID 6 MODSEQ (12121230852))\r\n", "2 UID=6 MODSEQ=12121230852" },
    { "* 4 FETCH (UID 8 MODSEQ (12121230956))\r\n", "4 UID=8 MODSEQ=12121230956" },
    { "* 50 FETCH (MODSEQ (12111230047))\r\n", "50 MODSEQ=12111230047" },
    { "* 50 FETCH (MODSEQ (12111230048))\r\n", "50 MODSEQ=12111230048" },
    { "* 5 FETCH (MODSEQ (320162350))\r\n", "5 MODSEQ=320162350" },
    { "* 7 FETCH (MODSEQ (320162342) FLAGS (\\Seen \\Deleted))\r\n",
      "7 MODSEQ=320162342 FLAGS(\\Seen \\Deleted)" },
    { "* 9 FETCH (MODSEQ (320162349) FLAGS (\\Answered))\r\n",
      "9 MODSEQ=320162349 FLAGS(\\Answered)" },
    { "* 100 FETCH (MODSEQ (303181230852))\r\n", "100 MODSEQ=303181230852" },
    { "* 101 FETCH (MODSEQ (303011130956) FLAGS ($Processed))\r\n",
      "101 MODSEQ=303011130956 FLAGS($Processed)" },
    { "* 101 FETCH (MODSEQ (303011130956) FLAGS (\\Deleted \\Answered))\r\n",
      "101 MODSEQ=303011130956 FLAGS(\\Deleted \\Answered)" },
    { "* 101 FETCH (MODSEQ (303011130956) FLAGS ($Processed \\Deleted \\Answered))\r\n",
      "101 MODSEQ=303011130956 FLAGS($Processed \\Deleted \\Answered)" },
    { "* 1 FETCH (MODSEQ (320172342) FLAGS (\\SEEN))\r\n",
      "1 MODSEQ=320172342 FLAGS(\\SEEN)" },
    { "* 2 FETCH (MODSEQ (320172340) FLAGS (\\Deleted \\Answered))\r\n",
      "2 MODSEQ=320172340 FLAGS(\\Deleted \\Answered)" },
    { "* 2 FETCH (MODSEQ (320180050) FLAGS (\\SEEN \\Flagged))\r\n",
      "2 MODSEQ=320180050 FLAGS(\\SEEN \\Flagged)" },
    { "* 1 FETCH (UID 4 MODSEQ (65402) FLAGS (\\Seen))\r\n",
      "1 UID=4 MODSEQ=65402 FLAGS(\\Seen)" },
    { "* 2 FETCH (UID 6 MODSEQ (75403) FLAGS (\\Deleted))\r\n",
      "2 UID=6 MODSEQ=75403 FLAGS(\\Deleted)" },
    { "* 4 FETCH (UID 8 MODSEQ (29738) FLAGS ($NoJunk $AutoJunk $MDNSent))\r\n",
      "4 UID=8 MODSEQ=29738 FLAGS($NoJunk $AutoJunk $MDNSent)" },
    { "* 1 FETCH (MODSEQ (624140003))\r\n", "1 MODSEQ=624140003" },
    { "* 7 FETCH (MODSEQ (2121231000))\r\n", "7 MODSEQ=2121231000" },
    { "* 7 FETCH (FLAGS (\\Deleted \\Answered) MODSEQ (12121231000))\r\n",
      "7 FLAGS(\\Deleted \\Answered) MODSEQ=12121231000" },
    { "* 7 FETCH (FLAGS (\\Deleted \\Answered \\Seen) MODSEQ (12121231777))\r\n",
      "7 FLAGS(\\Deleted \\Answered \\Seen) MODSEQ=12121231777" },
    { "* 7 FETCH (FLAGS (\\Deleted) MODSEQ (12121245160))\r\n",
      "7 FLAGS(\\Deleted) MODSEQ=12121245160" },
    { "* 49 FETCH (UID 117 FLAGS (\\Seen \\Answered) MODSEQ (90060115194045001))\r\n",
      "49 UID=117 FLAGS(\\Seen \\Answered) MODSEQ=90060115194045001" },
    { "* 50 FETCH (UID 119 FLAGS (\\Draft $MDNSent) MODSEQ (90060115194045308))\r\n",
      "50 UID=119 FLAGS(\\Draft $MDNSent) MODSEQ=90060115194045308" },
    { "* 1 FETCH (UID 3 FLAGS (\\Seen \\Answered $Important) MODSEQ (90060115194045001))\r\n",
      "1 UID=3 FLAGS(\\Seen \\Answered $Important) MODSEQ=90060115194045001" },
    { "* 9999 FETCH (UID 29997 FLAGS (\\Seen $Forwarded) MODSEQ (90060115194045031))\r\n",
      "9999 UID=29997 FLAGS(\\Seen $Forwarded) MODSEQ=90060115194045031" },
    { "* 1 FETCH (UID 404 MODSEQ (65402) FLAGS (\\Seen))\r\n",
      "1 UID=404 MODSEQ=65402 FLAGS(\\Seen)" },
    { "* 1 FETCH (UID 6 MODSEQ (103))\r\n", "1 UID=6 MODSEQ=103" },
    { "* 2 FETCH (UID 6 MODSEQ (20010715205008000) FLAGS (\\Deleted))\r\n",
      "2 UID=6 MODSEQ=20010715205008000 FLAGS(\\Deleted)" },
    { "* 5 FETCH (UID 9 MODSEQ (20010715195517000) FLAGS ($NoJunk $AutoJunk $MDNSent))\r\n",
      "5 UID=9 MODSEQ=20010715195517000 FLAGS($NoJunk $AutoJunk $MDNSent)" },
};

START_TEST(test_rfc_simple)
{
    const struct imw_fetch *f = fetch_str(simple[_i].in);
    ck_assert_str_eq(summary(f), simple[_i].want);
    done();
}
END_TEST

START_TEST(test_flag_kinds)
{
    const struct imw_fetch *f =
        fetch_str("* 1 FETCH (FLAGS (\\Seen \\Recent $Junk \\X))\r\n");
    const struct imw_flag_list *fl = &item(f, IMW_FETCH_FLAGS)->u.flags;
    ck_assert_uint_eq(fl->count, 4);
    ck_assert_int_eq(fl->items[0].kind, IMW_FLAG_SEEN);
    ck_assert_int_eq(fl->items[1].kind, IMW_FLAG_RECENT);
    ck_assert_int_eq(fl->items[2].kind, IMW_FLAG_KEYWORD);
    ck_assert_int_eq(fl->items[3].kind, IMW_FLAG_EXTENSION);
    f = fetch_str("* 1 FETCH (FLAGS ())\r\n");
    ck_assert_uint_eq(item(f, IMW_FETCH_FLAGS)->u.flags.count, 0);
    done();
}
END_TEST

/* ---- RFC 3501 §8 sample session ------------------------------------------- */

static const char sample_12[] =
    "* 12 FETCH (FLAGS (\\Seen) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" "
    "RFC822.SIZE 4286 ENVELOPE (\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" "
    "\"IMAP4rev1 WG mtg summary and minutes\" "
    "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
    "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
    "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
    "((NIL NIL \"imap\" \"cac.washington.edu\")) "
    "((NIL NIL \"minutes\" \"CNRI.Reston.VA.US\")"
    "(\"John Klensin\" NIL \"KLENSIN\" \"MIT.EDU\")) NIL NIL "
    "\"<B27397-0100000@cac.washington.edu>\") "
    "BODY (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 "
    "92))\r\n";

static void assert_address(const struct imw_address *a, const char *name,
                           const char *mailbox, const char *host)
{
    ck_assert_int_eq(a->kind, IMW_ADDR_ADDRESS);
    if (name)
        ck_assert_bytes(a->name, name);
    else
        ck_assert_nil(a->name);
    ck_assert_nil(a->adl);
    ck_assert_bytes(a->mailbox, mailbox);
    ck_assert_bytes(a->host, host);
}

START_TEST(test_sample_session_envelope)
{
    const struct imw_fetch *f = fetch_str(sample_12);
    ck_assert_uint_eq(f->number, 12);
    ck_assert_uint_eq(f->count, 5);
    ck_assert_int_eq(f->items[0].kind, IMW_FETCH_FLAGS);
    ck_assert_int_eq(f->items[4].kind, IMW_FETCH_BODY);

    const struct imw_fetch_date *d = &item(f, IMW_FETCH_INTERNALDATE)->u.date;
    ck_assert_bytes(d->raw, "17-Jul-1996 02:44:25 -0700");
    ck_assert_int_eq(d->value.year, 1996);
    ck_assert_int_eq(d->value.month, 7);
    ck_assert_int_eq(d->value.day, 17);
    ck_assert_int_eq(d->value.hour, 2);
    ck_assert_int_eq(d->value.minute, 44);
    ck_assert_int_eq(d->value.second, 25);
    ck_assert_int_eq(d->value.zone_minutes, -420);
    ck_assert_uint_eq(item(f, IMW_FETCH_RFC822_SIZE)->u.size, 4286);

    const struct imw_envelope *e = item(f, IMW_FETCH_ENVELOPE)->u.envelope;
    ck_assert_bytes(e->date, "Wed, 17 Jul 1996 02:23:25 -0700 (PDT)");
    ck_assert_bytes(e->subject, "IMAP4rev1 WG mtg summary and minutes");
    ck_assert_uint_eq(e->from.count, 1);
    ck_assert(!e->from.is_nil);
    assert_address(&e->from.items[0], "Terry Gray", "gray", "cac.washington.edu");
    assert_address(&e->sender.items[0], "Terry Gray", "gray", "cac.washington.edu");
    assert_address(&e->reply_to.items[0], "Terry Gray", "gray",
                   "cac.washington.edu");
    ck_assert_uint_eq(e->to.count, 1);
    assert_address(&e->to.items[0], NULL, "imap", "cac.washington.edu");
    ck_assert_uint_eq(e->cc.count, 2);
    assert_address(&e->cc.items[0], NULL, "minutes", "CNRI.Reston.VA.US");
    assert_address(&e->cc.items[1], "John Klensin", "KLENSIN", "MIT.EDU");
    ck_assert(e->bcc.is_nil);
    ck_assert_uint_eq(e->bcc.count, 0);
    ck_assert_nil(e->in_reply_to);
    ck_assert_bytes(e->message_id, "<B27397-0100000@cac.washington.edu>");

    const struct imw_body *b = item(f, IMW_FETCH_BODY)->u.body;
    ck_assert_int_eq(b->kind, IMW_BODY_TEXT);
    ck_assert_bytes(b->type, "TEXT");
    ck_assert_bytes(b->subtype, "PLAIN");
    ck_assert_uint_eq(b->params.count, 1);
    ck_assert_bytes(b->params.items[0].name, "CHARSET");
    ck_assert_bytes(b->params.items[0].value, "US-ASCII");
    ck_assert_nil(b->id);
    ck_assert_nil(b->description);
    ck_assert_bytes(b->encoding, "7BIT");
    ck_assert_uint_eq(b->octets, 3028);
    ck_assert_uint_eq(b->lines, 92);
    ck_assert_uint_eq(b->ext.fields, 0);
    done();
}
END_TEST

/* The header lines of the sample session's BODY[HEADER] (the RFC shows
 * them without their CRLFs; the literal here counts what it holds). */
static const char sample_header[] =
    "Date: Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\r\n"
    "From: Terry Gray <gray@cac.washington.edu>\r\n"
    "Subject: IMAP4rev1 WG mtg summary and minutes\r\n"
    "To: imap@cac.washington.edu\r\n"
    "cc: minutes@CNRI.Reston.VA.US, John Klensin <KLENSIN@MIT.EDU>\r\n"
    "Message-Id: <B27397-0100000@cac.washington.edu>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: TEXT/PLAIN; CHARSET=US-ASCII\r\n"
    "\r\n";

static char *sample_header_fetch(size_t *len)
{
    char *s = malloc(1024);
    int n = snprintf(s, 1024, "* 12 FETCH (BODY[HEADER] {%zu}\r\n%s)\r\n",
                     strlen(sample_header), sample_header);
    *len = (size_t)n;
    return s;
}

START_TEST(test_sample_session_header)
{
    size_t len;
    char *s = sample_header_fetch(&len);
    const struct imw_fetch *f = fetch_of(s, len);
    ck_assert_uint_eq(f->count, 1);
    const struct imw_fetch_item *it = item(f, IMW_FETCH_BODY_SECTION);
    ck_assert_bytes(it->name, "BODY[HEADER]");
    const struct imw_body_section *v = it->u.section;
    ck_assert_bytes(v->section.raw, "HEADER");
    ck_assert_int_eq(v->section.text, IMW_SECTION_HEADER);
    ck_assert_uint_eq(v->section.part_count, 0);
    ck_assert(!v->has_origin);
    ck_assert_bytes(v->data, sample_header);
    ck_assert_uint_eq(v->size, strlen(sample_header));
    ck_assert_int_eq(v->streamed, 0);
    done();
    free(s);
}
END_TEST

/* ---- body structures -------------------------------------------------- */

/* RFC 3501 §7.4.2, BODYSTRUCTURE example */
static const char rfc_multipart[] =
    "* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL "
    "NIL \"7BIT\" 1152 23)(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\" \"NAME\" "
    "\"cc.diff\") \"<960723163407.20117h@cac.washington.edu>\" \"Compiler diff\" "
    "\"BASE64\" 4554 73) \"MIXED\"))\r\n";

START_TEST(test_rfc_bodystructure)
{
    const struct imw_fetch *f = fetch_str(rfc_multipart);
    const struct imw_body *b = item(f, IMW_FETCH_BODYSTRUCTURE)->u.body;
    ck_assert_int_eq(b->kind, IMW_BODY_MULTIPART);
    ck_assert_nil(b->type);
    ck_assert_bytes(b->subtype, "MIXED");
    ck_assert_uint_eq(b->part_count, 2);
    ck_assert_uint_eq(b->ext.fields, 0);
    const struct imw_body *p1 = &b->parts[0], *p2 = &b->parts[1];
    ck_assert_int_eq(p1->kind, IMW_BODY_TEXT);
    ck_assert_uint_eq(p1->octets, 1152);
    ck_assert_uint_eq(p1->lines, 23);
    ck_assert_int_eq(p2->kind, IMW_BODY_TEXT);
    ck_assert_uint_eq(p2->params.count, 2);
    ck_assert_bytes(p2->params.items[1].name, "NAME");
    ck_assert_bytes(p2->params.items[1].value, "cc.diff");
    ck_assert_bytes(p2->id, "<960723163407.20117h@cac.washington.edu>");
    ck_assert_bytes(p2->description, "Compiler diff");
    ck_assert_bytes(p2->encoding, "BASE64");
    ck_assert_uint_eq(p2->octets, 4554);
    ck_assert_uint_eq(p2->lines, 73);
    ck_assert_bytes(p2->raw, "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\" \"NAME\" "
                             "\"cc.diff\") \"<960723163407.20117h@cac.washington.edu>\" "
                             "\"Compiler diff\" \"BASE64\" 4554 73)");
    done();
}
END_TEST

/* message/rfc822 holding a multipart with an image part, and extension
 * data on the message part */
static const char message_part[] =
    "* 3 FETCH (UID 9 BODYSTRUCTURE (\"MESSAGE\" \"RFC822\" (\"NAME\" \"fwd.eml\") "
    "NIL \"forwarded\" \"7BIT\" 2000 "
    "(\"Mon, 1 Jan 2024 00:00:00 +0000\" \"inner\" ((\"A\" NIL \"a\" \"x.org\")) "
    "NIL NIL ((NIL NIL \"b\" \"y.org\")) NIL NIL NIL \"<m@x>\") "
    "((\"TEXT\" \"HTML\" NIL NIL NIL \"QUOTED-PRINTABLE\" 300 10)"
    "(\"IMAGE\" \"PNG\" (\"NAME\" \"a.png\") \"<img1>\" NIL \"BASE64\" 1000) "
    "\"RELATED\") 40 \"md5sum\" (\"attachment\" (\"FILENAME\" \"fwd.eml\")) "
    "\"de\" \"http://x/\"))\r\n";

START_TEST(test_message_rfc822)
{
    const struct imw_fetch *f = fetch_str(message_part);
    ck_assert_uint_eq(item(f, IMW_FETCH_UID)->u.uid, 9);
    const struct imw_body *m = item(f, IMW_FETCH_BODYSTRUCTURE)->u.body;
    ck_assert_int_eq(m->kind, IMW_BODY_MESSAGE);
    ck_assert_bytes(m->type, "MESSAGE");
    ck_assert_bytes(m->subtype, "RFC822");
    ck_assert_bytes(m->params.items[0].value, "fwd.eml");
    ck_assert_bytes(m->description, "forwarded");
    ck_assert_uint_eq(m->octets, 2000);
    ck_assert_uint_eq(m->lines, 40);
    ck_assert_bytes(m->envelope->subject, "inner");
    ck_assert_bytes(m->envelope->from.items[0].name, "A");
    ck_assert(m->envelope->sender.is_nil);
    ck_assert_bytes(m->envelope->to.items[0].mailbox, "b");
    ck_assert_bytes(m->envelope->message_id, "<m@x>");
    const struct imw_body *inner = m->body;
    ck_assert_int_eq(inner->kind, IMW_BODY_MULTIPART);
    ck_assert_bytes(inner->subtype, "RELATED");
    ck_assert_uint_eq(inner->part_count, 2);
    ck_assert_int_eq(inner->parts[0].kind, IMW_BODY_TEXT);
    ck_assert_bytes(inner->parts[0].subtype, "HTML");
    ck_assert(inner->parts[0].params.is_nil);
    ck_assert_uint_eq(inner->parts[0].lines, 10);
    ck_assert_int_eq(inner->parts[1].kind, IMW_BODY_BASIC);
    ck_assert_bytes(inner->parts[1].type, "IMAGE");
    ck_assert_bytes(inner->parts[1].id, "<img1>");
    ck_assert_uint_eq(inner->parts[1].octets, 1000);
    /* extension data of the message part */
    ck_assert_uint_eq(m->ext.fields, 4);
    ck_assert_bytes(m->ext.md5, "md5sum");
    ck_assert(!m->ext.disposition.is_nil);
    ck_assert_bytes(m->ext.disposition.type, "attachment");
    ck_assert_bytes(m->ext.disposition.params.items[0].name, "FILENAME");
    ck_assert_uint_eq(m->ext.language.count, 1);
    ck_assert(!m->ext.language.is_list);
    ck_assert_bytes(m->ext.language.items[0], "de");
    ck_assert_bytes(m->ext.location, "http://x/");
    ck_assert_uint_eq(m->ext.extension_count, 0);
    done();
}
END_TEST

START_TEST(test_three_levels)
{
    const struct imw_fetch *f = fetch_str(
        "* 1 FETCH (BODY ((((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1)"
        "(\"TEXT\" \"HTML\" NIL NIL NIL \"7BIT\" 2 1) \"ALTERNATIVE\")"
        "(\"APPLICATION\" \"PDF\" NIL NIL NIL \"BASE64\" 3) \"MIXED\")"
        "(\"AUDIO\" \"OGG\" NIL NIL NIL \"BASE64\" 4) \"MIXED\"))\r\n");
    const struct imw_body *b = item(f, IMW_FETCH_BODY)->u.body;
    ck_assert_int_eq(b->kind, IMW_BODY_MULTIPART);
    ck_assert_uint_eq(b->part_count, 2);
    ck_assert_bytes(b->parts[1].type, "AUDIO");
    ck_assert_uint_eq(b->parts[1].octets, 4);
    const struct imw_body *mixed = &b->parts[0];
    ck_assert_uint_eq(mixed->part_count, 2);
    ck_assert_bytes(mixed->parts[1].subtype, "PDF");
    const struct imw_body *alt = &mixed->parts[0];
    ck_assert_bytes(alt->subtype, "ALTERNATIVE");
    ck_assert_uint_eq(alt->part_count, 2);
    ck_assert_bytes(alt->parts[0].subtype, "PLAIN");
    ck_assert_uint_eq(alt->parts[1].octets, 2);
    done();
}
END_TEST

/* Extension data with nested body-extension lists, and the disposition
 * and language forms. */
START_TEST(test_extension_data)
{
    const struct imw_fetch *f = fetch_str(
        "* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 5 1 "
        "NIL NIL NIL NIL (1 (2 (3 \"x\")) NIL) 42 \"s\")"
        "(\"TEXT\" \"PLAIN\" NIL NIL NIL \"8BIT\" 6 2 NIL (\"inline\" NIL) "
        "(\"en\" \"fr\"))"
        "(\"IMAGE\" \"GIF\" NIL NIL NIL \"BASE64\" 7 \"abc\")"
        " \"MIXED\" (\"BOUNDARY\" \"b\") NIL NIL NIL (NIL)))\r\n");
    const struct imw_body *b = item(f, IMW_FETCH_BODYSTRUCTURE)->u.body;
    const struct imw_body *p1 = &b->parts[0];
    ck_assert_uint_eq(p1->ext.fields, 4);
    ck_assert_nil(p1->ext.md5);
    ck_assert(p1->ext.disposition.is_nil);
    ck_assert(p1->ext.language.is_nil);
    ck_assert_nil(p1->ext.location);
    ck_assert_uint_eq(p1->ext.extension_count, 3);
    const struct imw_value *v = &p1->ext.extensions[0];
    ck_assert_int_eq(v->kind, IMW_VALUE_LIST);
    ck_assert_uint_eq(v->count, 3);
    ck_assert_int_eq(v->items[0].kind, IMW_VALUE_NUMBER);
    ck_assert_uint_eq(v->items[0].number, 1);
    ck_assert_int_eq(v->items[1].kind, IMW_VALUE_LIST);
    ck_assert_uint_eq(v->items[1].items[0].number, 2);
    const struct imw_value *deep = &v->items[1].items[1];
    ck_assert_int_eq(deep->kind, IMW_VALUE_LIST);
    ck_assert_uint_eq(deep->items[0].number, 3);
    ck_assert_int_eq(deep->items[1].kind, IMW_VALUE_STRING);
    ck_assert_bytes(deep->items[1].bytes, "x");
    ck_assert_bytes(deep->raw, "(3 \"x\")");
    ck_assert_int_eq(v->items[2].kind, IMW_VALUE_NIL);
    ck_assert_uint_eq(p1->ext.extensions[1].number, 42);
    ck_assert_bytes(p1->ext.extensions[2].bytes, "s");

    const struct imw_body *p2 = &b->parts[1];
    ck_assert_uint_eq(p2->ext.fields, 3);
    ck_assert_bytes(p2->ext.disposition.type, "inline");
    ck_assert(p2->ext.disposition.params.is_nil);
    ck_assert(p2->ext.language.is_list);
    ck_assert_uint_eq(p2->ext.language.count, 2);
    ck_assert_bytes(p2->ext.language.items[1], "fr");

    const struct imw_body *p3 = &b->parts[2];
    ck_assert_int_eq(p3->kind, IMW_BODY_BASIC);
    ck_assert_uint_eq(p3->ext.fields, 1);
    ck_assert_bytes(p3->ext.md5, "abc");

    ck_assert_uint_eq(b->ext.fields, 4);
    ck_assert_bytes(b->ext.params.items[0].value, "b");
    ck_assert(b->ext.disposition.is_nil);
    ck_assert_uint_eq(b->ext.extension_count, 1);
    ck_assert_int_eq(b->ext.extensions[0].kind, IMW_VALUE_LIST);
    ck_assert_int_eq(b->ext.extensions[0].items[0].kind, IMW_VALUE_NIL);
    done();
}
END_TEST

/* A text part without a line count is a basic part by the grammar. */
START_TEST(test_text_without_lines)
{
    const struct imw_fetch *f = fetch_str(
        "* 1 FETCH (BODY (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 5 NIL))\r\n");
    const struct imw_body *b = item(f, IMW_FETCH_BODY)->u.body;
    ck_assert_int_eq(b->kind, IMW_BODY_BASIC);
    ck_assert_bytes(b->type, "TEXT");
    ck_assert_uint_eq(b->ext.fields, 1);
    /* literal media type and subtype (media-text needs a quoted "TEXT":
     * this is a basic part, which has no line count), escapes in a
     * parameter */
    f = fetch_str("* 1 FETCH (BODY ({4}\r\nTEXT {5}\r\nPLAIN (\"N\" \"a\\\"b\\\\\") "
                  "NIL NIL \"7BIT\" 5))\r\n");
    b = item(f, IMW_FETCH_BODY)->u.body;
    ck_assert_int_eq(b->kind, IMW_BODY_BASIC);
    ck_assert_bytes(b->type, "TEXT");
    ck_assert_bytes(b->subtype, "PLAIN");
    ck_assert_bytes(b->params.items[0].value, "a\"b\\");
    done();
}
END_TEST

/* Nesting 60 levels deep (the default limit, 128, allows more: see
 * tests/test_hostile.c). */
START_TEST(test_deep_nesting)
{
    const int levels = 60; /* msg-att and the item take 2 more */
    size_t cap = 8192, n = 0;
    char *s = malloc(cap);
    n += (size_t)snprintf(s + n, cap - n, "* 1 FETCH (BODY ");
    for (int i = 0; i < levels; i++)
        s[n++] = '(';
    n += (size_t)snprintf(s + n, cap - n, "\"A\" \"B\" NIL NIL NIL \"7BIT\" 1)");
    for (int i = 1; i < levels; i++)
        n += (size_t)snprintf(s + n, cap - n, " \"L%d\")", i);
    n += (size_t)snprintf(s + n, cap - n, ")\r\n");
    const struct imw_fetch *f = fetch_of(s, n);
    const struct imw_body *b = item(f, IMW_FETCH_BODY)->u.body;
    for (int i = levels - 1; i >= 1; i--) {
        char name[8];
        snprintf(name, sizeof name, "L%d", i);
        ck_assert_int_eq(b->kind, IMW_BODY_MULTIPART);
        ck_assert_bytes(b->subtype, name);
        ck_assert_uint_eq(b->part_count, 1);
        b = &b->parts[0];
    }
    ck_assert_int_eq(b->kind, IMW_BODY_BASIC);
    ck_assert_bytes(b->subtype, "B");
    done();
    free(s);
}
END_TEST

START_TEST(test_many_parts)
{
    const size_t parts = 5000;
    size_t cap = parts * 64 + 64, n = 0;
    char *s = malloc(cap);
    n += (size_t)snprintf(s, cap, "* 7 FETCH (BODYSTRUCTURE (");
    for (size_t i = 0; i < parts; i++)
        n += (size_t)snprintf(s + n, cap - n,
                              "(\"APPLICATION\" \"X\" NIL NIL NIL \"BASE64\" %zu)", i);
    n += (size_t)snprintf(s + n, cap - n, " \"MIXED\"))\r\n");
    const struct imw_fetch *f = fetch_of(s, n);
    const struct imw_body *b = item(f, IMW_FETCH_BODYSTRUCTURE)->u.body;
    ck_assert_uint_eq(b->part_count, parts);
    for (size_t i = 0; i < parts; i++)
        ck_assert_uint_eq(b->parts[i].octets, i);
    ck_assert_bytes(b->subtype, "MIXED");
    done();
    free(s);
}
END_TEST

/* ---- envelopes ---------------------------------------------------------- */

START_TEST(test_envelope_groups)
{
    const struct imw_fetch *f = fetch_str(
        "* 2 FETCH (ENVELOPE (NIL NIL NIL NIL NIL "
        "((NIL NIL \"undisclosed-recipients\" NIL)(NIL NIL NIL NIL)"
        "(\"Q \\\"x\\\" \\\\ R\" \"@route\" \"q\" \"h.example\")"
        "(NIL NIL \"team\" NIL)(\"M\" NIL \"m\" \"e.org\")(NIL NIL \"n\" \"e.org\")"
        "(NIL NIL NIL NIL)) NIL NIL \"<r@x>\" NIL))\r\n");
    const struct imw_envelope *e = item(f, IMW_FETCH_ENVELOPE)->u.envelope;
    ck_assert_nil(e->date);
    ck_assert_nil(e->subject);
    ck_assert(e->from.is_nil && e->sender.is_nil && e->reply_to.is_nil);
    ck_assert(e->cc.is_nil && e->bcc.is_nil);
    ck_assert_bytes(e->in_reply_to, "<r@x>");
    ck_assert_nil(e->message_id);
    const struct imw_address_list *to = &e->to;
    ck_assert(!to->is_nil);
    ck_assert_uint_eq(to->count, 7);
    ck_assert_int_eq(to->items[0].kind, IMW_ADDR_GROUP_START);
    ck_assert_bytes(to->items[0].mailbox, "undisclosed-recipients");
    ck_assert_int_eq(to->items[1].kind, IMW_ADDR_GROUP_END);
    ck_assert_nil(to->items[1].mailbox);
    ck_assert_int_eq(to->items[2].kind, IMW_ADDR_ADDRESS);
    ck_assert_bytes(to->items[2].name, "Q \"x\" \\ R");
    ck_assert_bytes(to->items[2].adl, "@route");
    ck_assert_int_eq(to->items[3].kind, IMW_ADDR_GROUP_START);
    ck_assert_bytes(to->items[3].mailbox, "team");
    ck_assert_int_eq(to->items[4].kind, IMW_ADDR_ADDRESS);
    ck_assert_int_eq(to->items[5].kind, IMW_ADDR_ADDRESS);
    ck_assert_int_eq(to->items[6].kind, IMW_ADDR_GROUP_END);
    done();
}
END_TEST

START_TEST(test_envelope_literal)
{
    static const char s[] =
        "* 1 FETCH (ENVELOPE (\"d\" {5}\r\nhello ((\"\" NIL \"a\" \"b\")) NIL NIL "
        "NIL NIL NIL NIL {3}\r\n<\0>))\r\n";
    const struct imw_fetch *f = fetch_of(s, sizeof s - 1);
    const struct imw_envelope *e = item(f, IMW_FETCH_ENVELOPE)->u.envelope;
    ck_assert_bytes(e->subject, "hello");
    ck_assert_ptr_nonnull(e->from.items[0].name.ptr); /* "" is not NIL */
    ck_assert_uint_eq(e->from.items[0].name.len, 0);
    ck_assert_uint_eq(e->message_id.len, 3);
    ck_assert(memcmp(e->message_id.ptr, "<\0>", 3) == 0);
    done();
}
END_TEST

START_TEST(test_many_addresses)
{
    const size_t count = 10000;
    size_t cap = count * 40 + 128, n = 0;
    char *s = malloc(cap);
    n += (size_t)snprintf(s, cap, "* 1 FETCH (ENVELOPE (NIL \"s\" NIL NIL NIL (");
    for (size_t i = 0; i < count; i++)
        n += (size_t)snprintf(s + n, cap - n, "(NIL NIL \"u%zu\" \"h\")", i);
    n += (size_t)snprintf(s + n, cap - n, ") NIL NIL NIL NIL))\r\n");
    const struct imw_fetch *f = fetch_of(s, n);
    const struct imw_envelope *e = item(f, IMW_FETCH_ENVELOPE)->u.envelope;
    ck_assert_uint_eq(e->to.count, count);
    ck_assert_bytes(e->to.items[0].mailbox, "u0");
    ck_assert_bytes(e->to.items[count - 1].mailbox, "u9999");
    done();
    free(s);
}
END_TEST

/* ---- sections and data ---------------------------------------------------- */

START_TEST(test_sections)
{
    static const char s[] =
        "* 5 FETCH (BODY[1.2.MIME] NIL BODY[] \"\" BODY[3]<100> {3}\r\nabc "
        "BODY[4.1.HEADER.FIELDS.NOT (Received {2}\r\nTo)] \"x\" "
        "BODY[HEADER.FIELDS (DATE FROM)]<0> NIL BODY[2.TEXT] \"t\" "
        "RFC822 \"a\\\\b\" RFC822.HEADER NIL RFC822.TEXT {0}\r\n)\r\n";
    const struct imw_fetch *f = fetch_of(s, sizeof s - 1);
    ck_assert_uint_eq(f->count, 9);
    const struct imw_body_section *v = f->items[0].u.section;
    ck_assert_bytes(f->items[0].name, "BODY[1.2.MIME]");
    ck_assert_uint_eq(v->section.part_count, 2);
    ck_assert_uint_eq(v->section.parts[0], 1);
    ck_assert_uint_eq(v->section.parts[1], 2);
    ck_assert_int_eq(v->section.text, IMW_SECTION_MIME);
    ck_assert_nil(v->data);
    ck_assert_uint_eq(v->size, 0);

    v = f->items[1].u.section;
    ck_assert_uint_eq(v->section.raw.len, 0);
    ck_assert_int_eq(v->section.text, IMW_SECTION_NONE);
    ck_assert_ptr_nonnull(v->data.ptr);
    ck_assert_uint_eq(v->data.len, 0);

    v = f->items[2].u.section;
    ck_assert_bytes(f->items[2].name, "BODY[3]<100>");
    ck_assert(v->has_origin);
    ck_assert_uint_eq(v->origin, 100);
    ck_assert_bytes(v->data, "abc");
    ck_assert_uint_eq(v->size, 3);

    v = f->items[3].u.section;
    ck_assert_int_eq(v->section.text, IMW_SECTION_HEADER_FIELDS_NOT);
    ck_assert_uint_eq(v->section.part_count, 2);
    ck_assert_uint_eq(v->section.fields.count, 2);
    ck_assert_bytes(v->section.fields.items[0], "Received");
    ck_assert_bytes(v->section.fields.items[1], "To");

    v = f->items[4].u.section;
    ck_assert_int_eq(v->section.text, IMW_SECTION_HEADER_FIELDS);
    ck_assert_bytes(v->section.fields.items[1], "FROM");
    ck_assert(v->has_origin);
    ck_assert_uint_eq(v->origin, 0);

    v = f->items[5].u.section;
    ck_assert_int_eq(v->section.text, IMW_SECTION_TEXT);
    ck_assert_uint_eq(v->section.parts[0], 2);

    ck_assert_int_eq(f->items[6].kind, IMW_FETCH_RFC822);
    ck_assert_bytes(f->items[6].u.data.data, "a\\b");
    ck_assert_uint_eq(f->items[6].u.data.size, 3);
    ck_assert_int_eq(f->items[7].kind, IMW_FETCH_RFC822_HEADER);
    ck_assert_nil(f->items[7].u.data.data);
    ck_assert_int_eq(f->items[8].kind, IMW_FETCH_RFC822_TEXT);
    ck_assert_ptr_nonnull(f->items[8].u.data.data.ptr);
    ck_assert_uint_eq(f->items[8].u.data.size, 0);
    ck_assert_ptr_null(imw_fetch_find(f, IMW_FETCH_UID));
    done();
}
END_TEST

/* ---- number ranges ---------------------------------------------------------- */

START_TEST(test_ranges)
{
    const struct imw_fetch *f = fetch_str(
        "* 4294967295 FETCH (RFC822.SIZE 9223372036854775807 UID 4294967295 "
        "MODSEQ (9223372036854775807))\r\n");
    ck_assert_uint_eq(f->number, 4294967295u);
    ck_assert_uint_eq(item(f, IMW_FETCH_RFC822_SIZE)->u.size, INT64_MAX);
    ck_assert_uint_eq(item(f, IMW_FETCH_UID)->u.uid, 4294967295u);
    ck_assert_uint_eq(item(f, IMW_FETCH_MODSEQ)->u.modseq, INT64_MAX);
    f = fetch_str("* 1 FETCH (MODSEQ (1) RFC822.SIZE 0)\r\n");
    ck_assert_uint_eq(item(f, IMW_FETCH_MODSEQ)->u.modseq, 1);
    ck_assert_uint_eq(item(f, IMW_FETCH_RFC822_SIZE)->u.size, 0);
    done();

    expect_error("* 1 FETCH (RFC822.SIZE 9223372036854775808)\r\n",
                 IMW_ERR_NUMBER_RANGE, "RFC822.SIZE");
    expect_error("* 1 FETCH (UID 4294967296)\r\n", IMW_ERR_NUMBER_RANGE,
                 "uniqueid");
    expect_error("* 1 FETCH (UID 0)\r\n", IMW_ERR_SYNTAX, "msg-att-static");
    expect_error("* 1 FETCH (MODSEQ (0))\r\n", IMW_ERR_NUMBER_RANGE,
                 "mod-sequence-value");
    expect_error("* 1 FETCH (MODSEQ (9223372036854775808))\r\n",
                 IMW_ERR_NUMBER_RANGE, "mod-sequence-value");
    expect_error("* 4294967296 FETCH (UID 1)\r\n", IMW_ERR_NUMBER_RANGE,
                 "nz-number");
    expect_error("* 1 FETCH (BODY (\"A\" \"B\" NIL NIL NIL \"7BIT\" 4294967296))\r\n",
                 IMW_ERR_NUMBER_RANGE, "body-fld-octets");
    expect_error("* 1 FETCH (BODY[1]<4294967296> NIL)\r\n", IMW_ERR_NUMBER_RANGE,
                 "number");
    expect_error("* 1 FETCH (BODY[0] NIL)\r\n", IMW_ERR_SYNTAX, "section");
    /* a valid shape, but no 30th of February */
    expect_error("* 1 FETCH (INTERNALDATE \"30-Feb-2024 00:00:00 +0000\")\r\n",
                 IMW_ERR_SYNTAX, "date-time");
    /* the next message still parses */
    const char *two = "* 1 FETCH (UID 0)\r\n* 2 FETCH (UID 5)\r\n";
    char *got = imw_test_json(two, strlen(two), 0);
    ck_assert_ptr_nonnull(strstr(got, "\"number\":2,\"items\":[{\"item\":\"UID\","
                                      "\"name\":\"UID\",\"uid\":5}]"));
    free(got);
}
END_TEST

/* UID, RFC822.SIZE and MODSEQ of 1 to 20 digits (eight or fewer with
 * eight octets left in the message are read as one word), first in the
 * message and last in it (a few octets from its end): each gives its
 * value, or the error of the general reader: a range error naming the
 * field, MODSEQ 0 below its range, a UID with a leading zero refused by
 * the grammar. */
START_TEST(test_number_lengths)
{
    static const char *const digits[] = { "12345678901234567890",
                                          "00000000000000000000",
                                          "99999999999999999999",
                                          "00000000000000000007" };
    static const struct {
        const char *item; /* printf format of the item */
        const char *rule; /* of the range error */
        unsigned long long max;
        enum imw_fetch_item_kind kind;
    } items[] = {
        { "UID %s", "uniqueid", 4294967295ull, IMW_FETCH_UID },
        { "RFC822.SIZE %s", "RFC822.SIZE", 9223372036854775807ull,
          IMW_FETCH_RFC822_SIZE },
        { "MODSEQ (%s)", "mod-sequence-value", 9223372036854775807ull,
          IMW_FETCH_MODSEQ },
    };
    char num[24], value[48], msg[128];
    for (size_t k = 0; k < sizeof digits / sizeof digits[0]; k++) {
        for (size_t len = 1; len <= 20; len++) {
            memcpy(num, digits[k] + 20 - len, len);
            num[len] = '\0';
            errno = 0;
            unsigned long long want = strtoull(num, NULL, 10);
            int too_big = errno == ERANGE;
            for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
                snprintf(value, sizeof value, items[i].item, num);
                for (int last = 0; last <= 1; last++) {
                    if (last)
                        snprintf(msg, sizeof msg, "* 1 FETCH (FLAGS () %s)\r\n",
                                 value);
                    else
                        snprintf(msg, sizeof msg,
                                 "* 1 FETCH (%s FLAGS (\\Seen \\Answered))\r\n",
                                 value);
                    if (num[0] == '0' && items[i].kind == IMW_FETCH_UID) {
                        /* nz-number: no leading zero */
                        expect_error(msg, IMW_ERR_SYNTAX, "msg-att-static");
                        continue;
                    }
                    if (too_big || want > items[i].max) {
                        expect_error(msg, IMW_ERR_NUMBER_RANGE, items[i].rule);
                        continue;
                    }
                    if (want == 0 && items[i].kind == IMW_FETCH_MODSEQ) {
                        expect_error(msg, IMW_ERR_NUMBER_RANGE, items[i].rule);
                        continue;
                    }
                    const struct imw_fetch_item *it =
                        item(fetch_str(msg), items[i].kind);
                    unsigned long long got =
                        items[i].kind == IMW_FETCH_UID ? it->u.uid
                        : items[i].kind == IMW_FETCH_MODSEQ ? it->u.modseq
                                                            : it->u.size;
                    ck_assert_msg(got == want, "%s: %llu", msg, got);
                }
            }
        }
    }
    done();
}
END_TEST

/* The names looked up by their length first, in upper, lower and mixed
 * case, first and last in a message (the name's end found a few octets
 * from the message's end). */
START_TEST(test_common_names_any_place)
{
    static const struct {
        const char *upper, *lower, *mixed, *value;
        enum imw_fetch_item_kind kind;
    } names[] = {
        { "UID", "uid", "uId", "5", IMW_FETCH_UID },
        { "FLAGS", "flags", "fLaGs", "()", IMW_FETCH_FLAGS },
        { "INTERNALDATE", "internaldate", "InternalDate",
          "\"17-Jul-1996 02:44:25 -0700\"", IMW_FETCH_INTERNALDATE },
        { "RFC822.SIZE", "rfc822.size", "Rfc822.Size", "44827",
          IMW_FETCH_RFC822_SIZE },
        { "ENVELOPE", "envelope", "EnvelopE",
          "(NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL)", IMW_FETCH_ENVELOPE },
        { "BODY", "body", "bOdY", "(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1)",
          IMW_FETCH_BODY },
        { "BODYSTRUCTURE", "bodystructure", "BodyStructure",
          "(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1)",
          IMW_FETCH_BODYSTRUCTURE },
        { "MODSEQ", "modseq", "ModSeq", "(12)", IMW_FETCH_MODSEQ },
    };
    char msg[160];
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const char *spellings[] = { names[i].upper, names[i].lower,
                                    names[i].mixed };
        for (size_t k = 0; k < 3; k++) {
            for (int last = 0; last <= 1; last++) {
                if (last)
                    snprintf(msg, sizeof msg, "* 1 FETCH (UID 9 %s %s)\r\n",
                             spellings[k], names[i].value);
                else
                    snprintf(msg, sizeof msg, "* 1 FETCH (%s %s UID 9)\r\n",
                             spellings[k], names[i].value);
                const struct imw_fetch *f = fetch_str(msg);
                ck_assert_uint_eq(f->count, 2);
                const struct imw_fetch_item *it = &f->items[last];
                ck_assert_msg(it->kind == names[i].kind, "%s: kind %d", msg,
                              it->kind);
                ck_assert_bytes(it->name, spellings[k]);
            }
        }
    }
    done();
}
END_TEST

/* ---- extension items ------------------------------------------------------ */

static void assert_parts(const struct imw_section *sec, size_t count, ...)
{
    va_list ap;
    ck_assert_uint_eq(sec->part_count, count);
    ck_assert_int_eq(sec->text, IMW_SECTION_NONE);
    va_start(ap, count);
    for (size_t i = 0; i < count; i++)
        ck_assert_uint_eq(sec->parts[i], va_arg(ap, unsigned));
    va_end(ap);
}

/* RFC 3516 §4.3 and RFC 9051 §7.5.2 show no response lines: these are the
 * forms their text describes.  8-bit data without NUL as a string (RFC
 * 9051: SHOULD), data with NUL as a literal8, NIL, the whole message
 * (empty section-binary), and RFC 9051 erratum 7246's origin. */
static const char binary_vectors[] =
    "* 1 FETCH (BINARY[1] ~{3}\r\nabc)\r\n"
    "* 2 FETCH (BINARY[1.2] ~{5}\r\na\0b\r\n UID 7)\r\n"
    "* 3 FETCH (BINARY[2] {4}\r\ncafe BINARY[3] \"pla\\\"in\")\r\n"
    "* 4 FETCH (BINARY[1]<0> NIL BINARY[]<100> ~{2}\r\nxy)\r\n"
    "* 5 FETCH (BINARY.SIZE[1] 42 BINARY.SIZE[] 4294967295 "
    "BINARY.SIZE[2.3.4] 0)\r\n";

START_TEST(test_binary)
{
    const struct imw_fetch *f = fetch_str("* 1 FETCH (BINARY[1] ~{3}\r\nabc)\r\n");
    ck_assert_uint_eq(f->count, 1);
    const struct imw_fetch_item *it = item(f, IMW_FETCH_BINARY);
    ck_assert_bytes(it->name, "BINARY[1]");
    const struct imw_body_section *b = it->u.section;
    assert_parts(&b->section, 1, 1u);
    ck_assert_bytes(b->section.raw, "1");
    ck_assert_int_eq(b->has_origin, 0);
    ck_assert_bytes(b->data, "abc");
    ck_assert_uint_eq(b->size, 3);
    ck_assert_int_eq(b->streamed, 0);
    ck_assert_int_eq(b->literal8, 1);

    static const char nul[] = "* 2 FETCH (BINARY[1.2] ~{5}\r\na\0b\r\n UID 7)\r\n";
    f = fetch_of(nul, sizeof nul - 1);
    b = item(f, IMW_FETCH_BINARY)->u.section;
    assert_parts(&b->section, 2, 1u, 2u);
    ck_assert_uint_eq(b->data.len, 5);
    ck_assert_int_eq(memcmp(b->data.ptr, "a\0b\r\n", 5), 0);
    ck_assert_int_eq(b->literal8, 1);
    ck_assert_uint_eq(item(f, IMW_FETCH_UID)->u.uid, 7);

    f = fetch_str("* 3 FETCH (BINARY[2] {4}\r\ncafe BINARY[3] \"pla\\\"in\")\r\n");
    ck_assert_uint_eq(f->count, 2);
    b = f->items[0].u.section;
    ck_assert_bytes(b->data, "cafe");
    ck_assert_int_eq(b->literal8, 0);
    b = f->items[1].u.section;
    ck_assert_int_eq(f->items[1].kind, IMW_FETCH_BINARY);
    assert_parts(&b->section, 1, 3u);
    ck_assert_bytes(b->data, "pla\"in");
    ck_assert_uint_eq(b->size, 6);

    f = fetch_str("* 4 FETCH (BINARY[1]<0> NIL BINARY[]<100> ~{2}\r\nxy)\r\n");
    b = f->items[0].u.section;
    ck_assert_bytes(f->items[0].name, "BINARY[1]<0>");
    ck_assert_int_eq(b->has_origin, 1);
    ck_assert_uint_eq(b->origin, 0);
    ck_assert_nil(b->data);
    ck_assert_uint_eq(b->size, 0);
    ck_assert_int_eq(b->literal8, 0);
    b = f->items[1].u.section;
    ck_assert_bytes(f->items[1].name, "BINARY[]<100>");
    assert_parts(&b->section, 0);
    ck_assert_uint_eq(b->section.raw.len, 0);
    ck_assert_uint_eq(b->origin, 100);
    ck_assert_bytes(b->data, "xy");

    f = fetch_str("* 5 FETCH (BINARY.SIZE[1] 42 BINARY.SIZE[] 4294967295 "
                  "BINARY.SIZE[2.3.4] 0)\r\n");
    ck_assert_uint_eq(f->count, 3);
    ck_assert_int_eq(f->items[0].kind, IMW_FETCH_BINARY_SIZE);
    ck_assert_bytes(f->items[0].name, "BINARY.SIZE[1]");
    assert_parts(&f->items[0].u.binary_size->section, 1, 1u);
    ck_assert_uint_eq(f->items[0].u.binary_size->size, 42);
    assert_parts(&f->items[1].u.binary_size->section, 0);
    ck_assert_uint_eq(f->items[1].u.binary_size->size, 4294967295u);
    assert_parts(&f->items[2].u.binary_size->section, 3, 2u, 3u, 4u);
    ck_assert_uint_eq(f->items[2].u.binary_size->size, 0);
    done();

    expect_error("* 1 FETCH (BINARY.SIZE[1] 4294967296)\r\n",
                 IMW_ERR_NUMBER_RANGE, "number");
    expect_error("* 1 FETCH (BINARY[1]<4294967296> NIL)\r\n",
                 IMW_ERR_NUMBER_RANGE, "number");
    expect_error("* 1 FETCH (BINARY[4294967296] NIL)\r\n",
                 IMW_ERR_NUMBER_RANGE, "section-part");
}
END_TEST

/* RFC 8474 §7 examples, and THREADID NIL (§5.2, servers without threads) */
START_TEST(test_objectid)
{
    const struct imw_fetch *f = fetch_str(
        "* 3 FETCH (EMAILID (M6d99ac3275bb4e) THREADID (T64b478a75b7ea9))\r\n");
    ck_assert_uint_eq(f->number, 3);
    ck_assert_uint_eq(f->count, 2);
    ck_assert_bytes(item(f, IMW_FETCH_EMAILID)->u.objectid, "M6d99ac3275bb4e");
    ck_assert_bytes(item(f, IMW_FETCH_THREADID)->u.objectid, "T64b478a75b7ea9");
    f = fetch_str("* 1 FETCH (EMAILID (M00000001) THREADID NIL)\r\n");
    ck_assert_bytes(item(f, IMW_FETCH_EMAILID)->u.objectid, "M00000001");
    ck_assert_nil(item(f, IMW_FETCH_THREADID)->u.objectid);
    done();
    expect_error("* 1 FETCH (EMAILID NIL)\r\n", IMW_ERR_SYNTAX,
                 "fetch-emailid-resp");
}
END_TEST

/* RFC 8514: SAVEDATE date-time or NIL */
START_TEST(test_savedate)
{
    const struct imw_fetch *f = fetch_str(
        "* 1 FETCH (UID 5 SAVEDATE \"21-Feb-2019 09:33:07 +0100\")\r\n");
    const struct imw_fetch_item *it = item(f, IMW_FETCH_SAVEDATE);
    ck_assert_bytes(it->u.date.raw, "21-Feb-2019 09:33:07 +0100");
    ck_assert_int_eq(it->u.date.value.year, 2019);
    ck_assert_int_eq(it->u.date.value.month, 2);
    ck_assert_int_eq(it->u.date.value.day, 21);
    ck_assert_int_eq(it->u.date.value.hour, 9);
    ck_assert_int_eq(it->u.date.value.second, 7);
    ck_assert_int_eq(it->u.date.value.zone_minutes, 60);
    f = fetch_str("* 2 FETCH (SAVEDATE NIL)\r\n");
    it = item(f, IMW_FETCH_SAVEDATE);
    ck_assert_nil(it->u.date.raw);
    ck_assert_int_eq(it->u.date.value.year, 0);
    done();
    expect_error("* 1 FETCH (SAVEDATE \"29-Feb-2023 00:00:00 +0000\")\r\n",
                 IMW_ERR_SYNTAX, "date-time");
}
END_TEST

/* RFC 8970 §5 examples; Dovecot 2.3's SNIPPET (leniency "snippet") */
START_TEST(test_preview)
{
    const struct imw_fetch *f = fetch_str(
        "* 1 FETCH (UID 25996 PREVIEW \"Welcome to the conference!\")\r\n");
    const struct imw_fetch_item *it = item(f, IMW_FETCH_PREVIEW);
    ck_assert_bytes(it->name, "PREVIEW");
    ck_assert_bytes(it->u.preview.text, "Welcome to the conference!");
    ck_assert_int_eq(it->u.preview.snippet, 0);
    f = fetch_str("* 2 FETCH (PREVIEW NIL)\r\n");
    ck_assert_nil(item(f, IMW_FETCH_PREVIEW)->u.preview.text);
    static const char nul[] = "* 3 FETCH (PREVIEW {5}\r\nab\0cd)\r\n";
    f = fetch_of(nul, sizeof nul - 1);
    ck_assert_uint_eq(item(f, IMW_FETCH_PREVIEW)->u.preview.text.len, 5);
    ck_assert_int_eq(memcmp(item(f, IMW_FETCH_PREVIEW)->u.preview.text.ptr,
                            "ab\0cd", 5), 0);
    f = fetch_str("* 3 FETCH (PREVIEW \"\")\r\n");
    ck_assert_bytes(item(f, IMW_FETCH_PREVIEW)->u.preview.text, "");

    /* tests/data/dovecot-full.responses, as Dovecot 2.3 sends it */
    f = fetch_str("* 7 FETCH (PREVIEW NIL SNIPPET (FUZZY \"Part 1: a short "
                  "preface before the alternative part.\"))\r\n");
    ck_assert_uint_eq(f->count, 2);
    ck_assert_int_eq(f->items[1].kind, IMW_FETCH_PREVIEW);
    ck_assert_bytes(f->items[1].name, "SNIPPET");
    ck_assert_bytes(f->items[1].u.preview.text,
                    "Part 1: a short preface before the alternative part.");
    ck_assert_int_eq(f->items[1].u.preview.snippet, 1);
    ck_assert_int_eq(f->items[0].u.preview.snippet, 0);
    f = fetch_str("* 8 FETCH (SNIPPET (FUZZY NIL))\r\n");
    ck_assert_nil(item(f, IMW_FETCH_PREVIEW)->u.preview.text);
    ck_assert_int_eq(item(f, IMW_FETCH_PREVIEW)->u.preview.snippet, 1);
    done();
    /* strict mode names the leniency; the RFC form stays valid there */
    expect_error_in("* 7 FETCH (PREVIEW NIL SNIPPET (FUZZY \"x\"))\r\n", 1,
                    IMW_ERR_SYNTAX, "snippet");
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    imw_parser_set_option(p, IMW_OPTION_STRICT, 1);
    static const char rfc[] = "* 7 FETCH (PREVIEW \"x\")\r\n";
    ck_assert_int_eq(imw_parser_feed(p, rfc, sizeof rfc - 1), 0);
    const struct imw_response *r;
    ck_assert_int_gt(imw_parser_next(p, &r), 0);
    ck_assert_int_eq(r->u.fetch->items[0].kind, IMW_FETCH_PREVIEW);
    imw_parser_free(p);
}
END_TEST

static void assert_label(const struct imw_gm_label *label,
                         enum imw_gm_label_kind kind, const char *raw,
                         const char *value)
{
    ck_assert_int_eq(label->kind, kind);
    ck_assert_bytes(label->raw, raw);
    ck_assert_bytes(label->value, value);
}

/* Item names in any case (IMAP keywords are case-insensitive): the
 * lookup compares the bytes as sent first, then without case. */
START_TEST(test_item_names_any_case)
{
    const struct imw_fetch *f = fetch_str(
        "* 1 FETCH (uid 5 Flags (\\Seen) rfc822.Size 3 body[header] {0}\r\n"
        " bodyStructure (\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1)"
        " x-gm-msgid 7)\r\n");
    ck_assert_uint_eq(f->count, 6);
    ck_assert_uint_eq(item(f, IMW_FETCH_UID)->u.uid, 5);
    ck_assert_bytes(item(f, IMW_FETCH_UID)->name, "uid");
    ck_assert_uint_eq(item(f, IMW_FETCH_FLAGS)->u.flags.count, 1);
    ck_assert_uint_eq(item(f, IMW_FETCH_RFC822_SIZE)->u.size, 3);
    ck_assert_int_eq(item(f, IMW_FETCH_BODY_SECTION)->u.section->section.text,
                     IMW_SECTION_HEADER);
    ck_assert_int_eq(item(f, IMW_FETCH_BODYSTRUCTURE)->u.body->kind,
                     IMW_BODY_TEXT);
    ck_assert_uint_eq(item(f, IMW_FETCH_GM_MSGID)->u.gm_id, 7);
    done();
}
END_TEST

/* Google, "IMAP Extensions" (developers.google.com/gmail/imap/imap-extensions) */
START_TEST(test_gmail)
{
    const struct imw_fetch *f = fetch_str(
        "* 1 FETCH (X-GM-MSGID 1278455344230334865)\r\n");
    ck_assert_uint_eq(item(f, IMW_FETCH_GM_MSGID)->u.gm_id,
                      UINT64_C(1278455344230334865));
    f = fetch_str("* 1 FETCH (X-GM-THRID 1266894439832287888)\r\n");
    ck_assert_uint_eq(item(f, IMW_FETCH_GM_THRID)->u.gm_id,
                      UINT64_C(1266894439832287888));
    f = fetch_str("* 1 FETCH (X-GM-LABELS (\\Inbox \\Sent Important "
                  "\"Muy Importante\"))\r\n");
    const struct imw_gm_labels *l = &item(f, IMW_FETCH_GM_LABELS)->u.gm_labels;
    ck_assert_uint_eq(l->count, 4);
    assert_label(&l->items[0], IMW_GM_LABEL_SYSTEM, "\\Inbox", "\\Inbox");
    assert_label(&l->items[1], IMW_GM_LABEL_SYSTEM, "\\Sent", "\\Sent");
    assert_label(&l->items[2], IMW_GM_LABEL_USER, "Important", "Important");
    assert_label(&l->items[3], IMW_GM_LABEL_USER, "\"Muy Importante\"",
                 "Muy Importante");
    ck_assert_str_eq(imw_gm_label_kind_name(l->items[0].kind), "SYSTEM");

    f = fetch_str("* 2 FETCH (X-GM-LABELS () X-GM-MSGID 0 "
                  "X-GM-THRID 18446744073709551615)\r\n");
    ck_assert_uint_eq(item(f, IMW_FETCH_GM_LABELS)->u.gm_labels.count, 0);
    ck_assert_uint_eq(item(f, IMW_FETCH_GM_MSGID)->u.gm_id, 0);
    ck_assert_uint_eq(item(f, IMW_FETCH_GM_THRID)->u.gm_id, UINT64_MAX);
    f = fetch_str("* 3 FETCH (X-GM-LABELS ({3}\r\na b \"q\\\\x\" \\Important))\r\n");
    l = &item(f, IMW_FETCH_GM_LABELS)->u.gm_labels;
    ck_assert_uint_eq(l->count, 3);
    assert_label(&l->items[0], IMW_GM_LABEL_USER, "{3}\r\na b", "a b");
    assert_label(&l->items[1], IMW_GM_LABEL_USER, "\"q\\\\x\"", "q\\x");
    assert_label(&l->items[2], IMW_GM_LABEL_SYSTEM, "\\Important",
                 "\\Important");
    done();
    expect_error("* 1 FETCH (X-GM-MSGID 18446744073709551616)\r\n",
                 IMW_ERR_NUMBER_RANGE, "gm-id");
    expect_error("* 1 FETCH (X-GM-THRID 99999999999999999999)\r\n",
                 IMW_ERR_NUMBER_RANGE, "gm-id");
}
END_TEST

START_TEST(test_extension_json)
{
    static const char in[] =
        "* 1 FETCH (BINARY[1] ~{3}\r\nabc BINARY.SIZE[1] 42 THREADID NIL "
        "SAVEDATE NIL SNIPPET (FUZZY \"s\") X-GM-MSGID 7 "
        "X-GM-LABELS (\\Inbox \"a b\"))\r\n";
    char *got = imw_test_json(in, sizeof in - 1, 0);
    ck_assert_ptr_nonnull(strstr(got,
        "{\"item\":\"BINARY[]\",\"name\":\"BINARY[1]\",\"section\":{\"spec\":\"1\","
        "\"parts\":[1],\"text\":\"NONE\"},\"origin\":null,\"size\":3,"
        "\"streamed\":false,\"data\":\"abc\",\"literal8\":true}"));
    ck_assert_ptr_nonnull(strstr(got, "\"size\":42}"));
    ck_assert_ptr_nonnull(strstr(got,
        "{\"item\":\"THREADID\",\"name\":\"THREADID\",\"objectid\":null}"));
    ck_assert_ptr_nonnull(strstr(got,
        "{\"item\":\"SAVEDATE\",\"name\":\"SAVEDATE\",\"date\":null}"));
    ck_assert_ptr_nonnull(strstr(got,
        "{\"item\":\"PREVIEW\",\"name\":\"SNIPPET\",\"preview\":\"s\","
        "\"snippet\":true}"));
    ck_assert_ptr_nonnull(strstr(got, "{\"item\":\"X-GM-MSGID\","
                                      "\"name\":\"X-GM-MSGID\",\"id\":7}"));
    ck_assert_ptr_nonnull(strstr(got,
        "\"labels\":[{\"kind\":\"SYSTEM\",\"raw\":\"\\\\Inbox\",\"value\":"
        "\"\\\\Inbox\"},{\"kind\":\"LABEL\",\"raw\":\"\\\"a b\\\"\",\"value\":"
        "\"a b\"}]"));
    free(got);
}
END_TEST

static const char extension_vectors[] =
    "* 3 FETCH (EMAILID (M6d99ac3275bb4e) THREADID (T64b478a75b7ea9))\r\n"
    "* 1 FETCH (EMAILID (M00000001) THREADID NIL)\r\n"
    "* 1 FETCH (SAVEDATE \"21-Feb-2019 09:33:07 +0100\" PREVIEW {3}\r\nabc)\r\n"
    "* 7 FETCH (PREVIEW NIL SNIPPET (FUZZY \"Part 1\"))\r\n"
    "* 1 FETCH (X-GM-MSGID 1278455344230334865 X-GM-THRID 1266894439832287888 "
    "X-GM-LABELS (\\Inbox \\Sent Important \"Muy Importante\" {2}\r\nxy))\r\n";

/* ---- the inspector's JSON, and chunk invariance ------------------------------ */

START_TEST(test_json)
{
    char *got = imw_test_json(sample_12, strlen(sample_12), 0);
    ck_assert_ptr_nonnull(strstr(got,
        "\"date\":{\"raw\":\"17-Jul-1996 02:44:25 -0700\",\"year\":1996,"
        "\"month\":7,\"day\":17,\"hour\":2,\"minute\":44,\"second\":25,"
        "\"zone_minutes\":-420}"));
    ck_assert_ptr_nonnull(strstr(got,
        "\"cc\":[{\"kind\":\"ADDRESS\",\"name\":null,\"adl\":null,"
        "\"mailbox\":\"minutes\",\"host\":\"CNRI.Reston.VA.US\"},"));
    ck_assert_ptr_nonnull(strstr(got, "\"bcc\":null,\"in_reply_to\":null,"));
    ck_assert_ptr_nonnull(strstr(got,
        "\"body\":{\"kind\":\"TEXT\",\"type\":\"TEXT\",\"subtype\":\"PLAIN\","
        "\"params\":[{\"name\":\"CHARSET\",\"value\":\"US-ASCII\"}],\"id\":null,"
        "\"description\":null,\"encoding\":\"7BIT\",\"octets\":3028,\"lines\":92}"));
    free(got);
    got = imw_test_json(message_part, strlen(message_part), 0);
    ck_assert_ptr_nonnull(strstr(got,
        "\"extension\":{\"md5\":\"md5sum\",\"disposition\":{\"type\":\"attachment\","
        "\"params\":[{\"name\":\"FILENAME\",\"value\":\"fwd.eml\"}]},"
        "\"language\":\"de\",\"location\":\"http://x/\",\"extensions\":[]}"));
    free(got);
}
END_TEST

static char *all_vectors(size_t *len)
{
    size_t cap = 1 << 16, n = 0, hlen;
    char *s = malloc(cap);
    for (size_t i = 0; i < sizeof simple / sizeof simple[0]; i++)
        n += (size_t)snprintf(s + n, cap - n, "%s", simple[i].in);
    n += (size_t)snprintf(s + n, cap - n, "%s%s%s", sample_12, rfc_multipart,
                          message_part);
    char *h = sample_header_fetch(&hlen);
    memcpy(s + n, h, hlen);
    n += hlen;
    free(h);
    static const char literals[] =
        "* 1 FETCH (ENVELOPE (\"d\" {5}\r\nhello NIL NIL NIL NIL NIL NIL NIL {3}\r\n<\0>))\r\n"
        "* 5 FETCH (BODY[3]<100> {3}\r\nabc BODY[4.1.HEADER.FIELDS.NOT (R {2}\r\nTo)] "
        "\"x\" RFC822.TEXT {0}\r\n)\r\n"
        "* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 5 1 "
        "NIL NIL NIL NIL (1 (2 (3 \"x\")) NIL) 42 \"s\") \"MIXED\" NIL NIL "
        "(\"en\" \"fr\") {1}\r\nL))\r\n";
    memcpy(s + n, literals, sizeof literals - 1);
    n += sizeof literals - 1;
    memcpy(s + n, binary_vectors, sizeof binary_vectors - 1);
    n += sizeof binary_vectors - 1;
    memcpy(s + n, extension_vectors, sizeof extension_vectors - 1);
    n += sizeof extension_vectors - 1;
    *len = n;
    return s;
}

START_TEST(test_chunk_invariance)
{
    size_t len;
    char *s = all_vectors(&len);
    check_chunk_invariance(s, len);
    free(s);
}
END_TEST

Suite *imw_fetch_suite(void)
{
    Suite *s = suite_create("fetch");
    TCase *tc = tcase_create("items");
    tcase_add_loop_test(tc, test_rfc_simple, 0,
                        (int)(sizeof simple / sizeof simple[0]));
    tcase_add_test(tc, test_flag_kinds);
    tcase_add_test(tc, test_sample_session_envelope);
    tcase_add_test(tc, test_sample_session_header);
    tcase_add_test(tc, test_sections);
    tcase_add_test(tc, test_ranges);
    tcase_add_test(tc, test_number_lengths);
    tcase_add_test(tc, test_common_names_any_place);
    suite_add_tcase(s, tc);

    tc = tcase_create("structures");
    tcase_add_test(tc, test_rfc_bodystructure);
    tcase_add_test(tc, test_message_rfc822);
    tcase_add_test(tc, test_three_levels);
    tcase_add_test(tc, test_extension_data);
    tcase_add_test(tc, test_text_without_lines);
    tcase_add_test(tc, test_deep_nesting);
    tcase_add_test(tc, test_envelope_groups);
    tcase_add_test(tc, test_envelope_literal);
    suite_add_tcase(s, tc);

    tc = tcase_create("extensions");
    tcase_add_test(tc, test_binary);
    tcase_add_test(tc, test_objectid);
    tcase_add_test(tc, test_savedate);
    tcase_add_test(tc, test_preview);
    tcase_add_test(tc, test_gmail);
    tcase_add_test(tc, test_item_names_any_case);
    tcase_add_test(tc, test_extension_json);
    suite_add_tcase(s, tc);

    tc = tcase_create("large");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_many_parts);
    tcase_add_test(tc, test_many_addresses);
    suite_add_tcase(s, tc);

    tc = tcase_create("output");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_json);
    tcase_add_test(tc, test_chunk_invariance);
    suite_add_tcase(s, tc);
    return s;
}
