/* Mailbox data: LIST, LSUB, STATUS, SEARCH, VANISHED (and the hooks for
 * SORT, ENABLED and LIST extended data that wait for their grammar).
 *
 * Each vector is parsed whole and in chunks of 1..64 octets, and its
 * typed value is rendered as text (render() below) and compared. */
#define _POSIX_C_SOURCE 200809L
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"
#include "test_util.h"
#include "framer.h"
#include "run.h"
#include "decode_mailbox.h"

/* ---- rendering ------------------------------------------------------------ */

static void put_bytes(FILE *f, imw_bytes b)
{
    if (!b.ptr) {
        fputs("NIL", f);
        return;
    }
    fputc('"', f);
    for (size_t i = 0; i < b.len; i++) {
        unsigned c = b.ptr[i];
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c >= 0x20 && c < 0x7f)
            fputc((int)c, f);
        else
            fprintf(f, "\\x%02x", c);
    }
    fputc('"', f);
}

static void put_mailbox(FILE *f, const struct imw_mailbox *m)
{
    fprintf(f, "%s:", imw_mailbox_form_name(m->form));
    put_bytes(f, m->raw);
    fputs(" name=", f);
    put_bytes(f, m->name);
    fputs(m->is_inbox ? " inbox utf8=" : " utf8=", f);
    put_bytes(f, m->utf8);
    if (!m->utf8.ptr)
        fprintf(f, "(%s@%zu)", imw_value_reason_text(m->utf8_error.reason),
                m->utf8_error.offset);
}

static void put_list(FILE *f, const struct imw_list_data *l)
{
    fputs(" (", f);
    for (size_t i = 0; i < l->attributes.count; i++) {
        fprintf(f, i ? " %s:" : "%s:",
                imw_mailbox_attr_name(l->attributes.items[i].kind));
        put_bytes(f, l->attributes.items[i].name);
    }
    if (l->has_delimiter)
        fprintf(f, ") delim=0x%02x ", l->delimiter);
    else
        fputs(") delim=NIL ", f);
    put_mailbox(f, &l->mailbox);
    for (size_t i = 0; i < l->extended_count; i++) {
        const struct imw_list_ext *x = &l->extended[i];
        fprintf(f, " ext=%s:", imw_list_ext_name(x->kind));
        put_bytes(f, x->name);
        if (x->kind == IMW_LIST_EXT_CHILDINFO)
            for (size_t k = 0; k < x->childinfo.count; k++) {
                fputc(' ', f);
                put_bytes(f, x->childinfo.items[k]);
            }
        if (x->kind == IMW_LIST_EXT_OLDNAME) {
            fputc(' ', f);
            put_mailbox(f, &x->oldname);
        }
        fputs(" raw=", f);
        put_bytes(f, x->generic.raw);
    }
}

static void put_status(FILE *f, const struct imw_mailbox_status *st)
{
    fputc(' ', f);
    put_mailbox(f, &st->mailbox);
    fputs(" (", f);
    for (size_t i = 0; i < st->count; i++) {
        const struct imw_status_item *it = &st->items[i];
        fprintf(f, i ? " %s:" : "%s:", imw_status_item_name(it->kind));
        put_bytes(f, it->name);
        if (it->kind == IMW_STATUS_ITEM_MAILBOXID)
            put_bytes(f, it->bytes);
        else if (it->kind == IMW_STATUS_ITEM_OTHER)
            fprintf(f, "=generic(%zu)", it->generic.count);
        else if (it->is_nil)
            fputs("=NIL", f);
        else
            fprintf(f, "=%llu", (unsigned long long)it->number);
    }
    fputs(") has", f);
#define HAS(x) if (st->has_##x) fprintf(f, " " #x "=%llu", (unsigned long long)st->x)
    HAS(messages); HAS(recent); HAS(uidnext); HAS(uidvalidity); HAS(unseen);
    HAS(highestmodseq); HAS(size); HAS(deleted); HAS(appendlimit);
#undef HAS
    if (st->has_mailboxid) {
        fputs(" mailboxid=", f);
        put_bytes(f, st->mailboxid);
    }
}

static void put_seq_set(FILE *f, const struct imw_seq_set *set)
{
    for (size_t i = 0; i < set->count; i++) {
        fprintf(f, "%s%u", i ? "," : " ", set->ranges[i].first);
        if (set->ranges[i].last != set->ranges[i].first)
            fprintf(f, ":%u", set->ranges[i].last);
    }
}

static void render(FILE *f, const struct imw_response *r)
{
    fprintf(f, "R %s", imw_response_kind_name(r->kind));
    switch (r->kind) {
    case IMW_RESP_LIST:
    case IMW_RESP_LSUB:
        put_list(f, r->u.list);
        break;
    case IMW_RESP_MAILBOX_STATUS:
        put_status(f, r->u.mailbox_status);
        break;
    case IMW_RESP_SEARCH:
    case IMW_RESP_SORT:
        fprintf(f, " n=%zu", r->u.search->count);
        for (size_t i = 0; i < r->u.search->count; i++)
            fprintf(f, " %u", r->u.search->numbers[i]);
        if (r->u.search->has_modseq)
            fprintf(f, " modseq=%llu",
                    (unsigned long long)r->u.search->modseq);
        break;
    case IMW_RESP_ENABLED:
        for (size_t i = 0; i < r->u.capabilities.count; i++) {
            fprintf(f, " %s:",
                    imw_capability_kind_name(r->u.capabilities.items[i].kind));
            put_bytes(f, r->u.capabilities.items[i].name);
        }
        break;
    case IMW_RESP_VANISHED:
        fputs(r->u.vanished->earlier ? " earlier" : "", f);
        put_seq_set(f, &r->u.vanished->uids);
        break;
    default: {
        char *other = NULL;
        size_t len = 0;
        imw_test_render(r, &other, &len);
        fprintf(f, "=%.*s", (int)len - 1, other);
        free(other);
        break;
    }
    }
    fputc('\n', f);
}

struct parse_opts {
    size_t chunk;  /* 0: all at once */
    int strict;
    uint64_t line_limit; /* 0: default */
};

static void drain(imw_parser *p, FILE *f)
{
    const struct imw_response *r;
    int rc;
    while ((rc = imw_parser_next(p, &r)) != 0) {
        if (rc > 0) {
            render(f, r);
            continue;
        }
        const struct imw_parse_error *e = imw_parser_error(p);
        fprintf(f, "E at=%llu rule=%s code=%s reason=%s\n",
                (unsigned long long)(e->offset - e->message_offset), e->rule,
                imw_error_name(e->code), e->reason);
    }
}

/* Parses `data`, returns the rendering (malloc'd). */
static char *parse(const char *data, size_t n, struct parse_opts o)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    ck_assert_ptr_nonnull(p);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    imw_parser_set_option(p, IMW_OPTION_STRICT, o.strict);
    if (o.line_limit) {
        ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_LINE_LENGTH,
                                              o.line_limit), 0);
        ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_MESSAGE_SIZE,
                                              o.line_limit), 0);
    }
    char *out = NULL;
    size_t out_len = 0;
    FILE *f = open_memstream(&out, &out_len);
    ck_assert_ptr_nonnull(f);
    size_t step = o.chunk ? o.chunk : (n ? n : 1);
    for (size_t at = 0; at < n; at += step) {
        size_t k = n - at < step ? n - at : step;
        char *copy = malloc(k); /* nothing may be read after the drain */
        memcpy(copy, data + at, k);
        ck_assert_int_eq(imw_parser_feed(p, copy, k), 0);
        drain(p, f);
        memset(copy, 0xAA, k);
        free(copy);
    }
    if (imw_parser_finish(p) < 0)
        fputs("F incomplete\n", f);
    imw_parser_free(p);
    fclose(f);
    return out;
}

/* ---- vectors -------------------------------------------------------------- */

struct vector {
    const char *in;
    const char *want;
};

#define UTF8_OK(s) " utf8=\"" s "\""
static const struct vector vectors[] = {
    /* RFC 3501 7.2.2, 6.3.8 */
    { "* LIST (\\Noselect) \"/\" ~/Mail/foo\r\n",
      "R list (NOSELECT:\"\\\\Noselect\") delim=0x2f atom:\"~/Mail/foo\" "
      "name=\"~/Mail/foo\"" UTF8_OK("~/Mail/foo") "\n" },
    { "* LIST () \"/\" ~/Mail/meetings\r\n",
      "R list () delim=0x2f atom:\"~/Mail/meetings\" name=\"~/Mail/meetings\""
      UTF8_OK("~/Mail/meetings") "\n" },
    { "* LIST (\\Noselect) \"/\" \"\"\r\n",
      "R list (NOSELECT:\"\\\\Noselect\") delim=0x2f quoted:\"\\\"\\\"\" "
      "name=\"\"" UTF8_OK("") "\n" },
    { "* LIST (\\Noselect) \".\" #news.\r\n",
      "R list (NOSELECT:\"\\\\Noselect\") delim=0x2e atom:\"#news.\" "
      "name=\"#news.\"" UTF8_OK("#news.") "\n" },
    { "* LIST (\\Noselect) \"/\" /\r\n",
      "R list (NOSELECT:\"\\\\Noselect\") delim=0x2f atom:\"/\" name=\"/\""
      UTF8_OK("/") "\n" },
    { "* LIST () \".\" INBOX.bar\r\n",
      "R list () delim=0x2e atom:\"INBOX.bar\" name=\"INBOX.bar\""
      UTF8_OK("INBOX.bar") "\n" },
    /* RFC 3501 7.2.3, 6.3.9 */
    { "* LSUB () \".\" #news.comp.mail.misc\r\n",
      "R lsub () delim=0x2e atom:\"#news.comp.mail.misc\" "
      "name=\"#news.comp.mail.misc\"" UTF8_OK("#news.comp.mail.misc") "\n" },
    { "* LSUB (\\NoSelect) \".\" #news.comp.mail\r\n",
      "R lsub (NOSELECT:\"\\\\NoSelect\") delim=0x2e atom:\"#news.comp.mail\" "
      "name=\"#news.comp.mail\"" UTF8_OK("#news.comp.mail") "\n" },
    /* RFC 5258 / RFC 3348 / RFC 6154 / RFC 9051 attributes */
    { "* LIST (\\Marked \\NoInferiors \\Subscribed) \"/\" \"inbox\"\r\n",
      "R list (MARKED:\"\\\\Marked\" NOINFERIORS:\"\\\\NoInferiors\" "
      "SUBSCRIBED:\"\\\\Subscribed\") delim=0x2f quoted:\"\\\"inbox\\\"\" "
      "name=\"inbox\" inbox" UTF8_OK("inbox") "\n" },
    { "* LIST (\\Subscribed \\NonExistent) \"/\" \"Fruit/Peach\"\r\n",
      "R list (SUBSCRIBED:\"\\\\Subscribed\" NONEXISTENT:\"\\\\NonExistent\") "
      "delim=0x2f quoted:\"\\\"Fruit/Peach\\\"\" name=\"Fruit/Peach\""
      UTF8_OK("Fruit/Peach") "\n" },
    { "* LIST (\\HasChildren \\Remote) \"/\" \"Meat\"\r\n",
      "R list (HASCHILDREN:\"\\\\HasChildren\" REMOTE:\"\\\\Remote\") "
      "delim=0x2f quoted:\"\\\"Meat\\\"\" name=\"Meat\"" UTF8_OK("Meat") "\n" },
    { "* LIST (\\HasNoChildren) \"/\" INBOX\r\n",
      "R list (HASNOCHILDREN:\"\\\\HasNoChildren\") delim=0x2f atom:\"INBOX\" "
      "name=\"INBOX\" inbox" UTF8_OK("INBOX") "\n" },
    { "* LIST (\\Marked \\Drafts \\HasNoChildren) \"/\" MyDrafts\r\n",
      "R list (MARKED:\"\\\\Marked\" DRAFTS:\"\\\\Drafts\" "
      "HASNOCHILDREN:\"\\\\HasNoChildren\") delim=0x2f atom:\"MyDrafts\" "
      "name=\"MyDrafts\"" UTF8_OK("MyDrafts") "\n" },
    { "* LIST (\\Sent \\HasNoChildren) \"/\" SentMail\r\n",
      "R list (SENT:\"\\\\Sent\" HASNOCHILDREN:\"\\\\HasNoChildren\") "
      "delim=0x2f atom:\"SentMail\" name=\"SentMail\"" UTF8_OK("SentMail") "\n" },
    { "* LIST (\\Trash \\HasNoChildren) \"/\" Trash\r\n",
      "R list (TRASH:\"\\\\Trash\" HASNOCHILDREN:\"\\\\HasNoChildren\") "
      "delim=0x2f atom:\"Trash\" name=\"Trash\"" UTF8_OK("Trash") "\n" },
    { "* LIST (\\Marked \\HasNoChildren) \"/\" Inbox\r\n",
      "R list (MARKED:\"\\\\Marked\" HASNOCHILDREN:\"\\\\HasNoChildren\") "
      "delim=0x2f atom:\"Inbox\" name=\"Inbox\" inbox" UTF8_OK("Inbox") "\n" },
    { "* LIST (\\All \\Archive \\Flagged \\Junk \\Important \\Unmarked "
      "\\X-Custom) \"/\" a\r\n",
      "R list (ALL:\"\\\\All\" ARCHIVE:\"\\\\Archive\" FLAGGED:\"\\\\Flagged\" "
      "JUNK:\"\\\\Junk\" IMPORTANT:\"\\\\Important\" UNMARKED:\"\\\\Unmarked\" "
      "OTHER:\"\\\\X-Custom\") delim=0x2f atom:\"a\" name=\"a\"" UTF8_OK("a") "\n" },
    /* delimiters: NIL, escaped backslash and quote */
    { "* LIST () NIL Flat\r\n",
      "R list () delim=NIL atom:\"Flat\" name=\"Flat\"" UTF8_OK("Flat") "\n" },
    { "* LIST () nil Flat\r\n",
      "R list () delim=NIL atom:\"Flat\" name=\"Flat\"" UTF8_OK("Flat") "\n" },
    { "* LIST () \"\\\\\" a\\b\r\n",
      "E at=16 rule=astring code=IMW_ERR_SYNTAX reason=unexpected '\\'\n" },
    { "* LIST () \"\\\\\" \"a\\\\b\"\r\n",
      "R list () delim=0x5c quoted:\"\\\"a\\\\\\\\b\\\"\" name=\"a\\\\b\""
      UTF8_OK("a\\\\b") "\n" },
    { "* LIST () \"\\\"\" \"a\\\"b\"\r\n",
      "R list () delim=0x22 quoted:\"\\\"a\\\\\\\"b\\\"\" name=\"a\\\"b\""
      UTF8_OK("a\\\"b") "\n" },
    /* INBOX in any case and form; a mailbox called NIL */
    { "* LIST () \"/\" iNbOx\r\n",
      "R list () delim=0x2f atom:\"iNbOx\" name=\"iNbOx\" inbox"
      UTF8_OK("iNbOx") "\n" },
    { "* LIST () \"/\" {5}\r\ninbox\r\n",
      "R list () delim=0x2f literal:\"{5}\\x0d\\x0ainbox\" name=\"inbox\" inbox"
      UTF8_OK("inbox") "\n" },
    { "* LIST () \"/\" INBOXES\r\n",
      "R list () delim=0x2f atom:\"INBOXES\" name=\"INBOXES\""
      UTF8_OK("INBOXES") "\n" },
    { "* LIST () \"/\" NIL\r\n",
      "R list () delim=0x2f atom:\"NIL\" name=\"NIL\"" UTF8_OK("NIL") "\n" },
    /* literal names, with NUL and CRLF inside */
    { "* LSUB (\\HasChildren) \"/\" {8}\r\nfoo\r\nbar\r\n",
      "R lsub (HASCHILDREN:\"\\\\HasChildren\") delim=0x2f "
      "literal:\"{8}\\x0d\\x0afoo\\x0d\\x0abar\" name=\"foo\\x0d\\x0abar\" "
      "utf8=NIL(control octet sent directly in modified UTF-7@3)\n" },
    { "* LIST () \"/\" {0}\r\n\r\n",
      "R list () delim=0x2f literal:\"{0}\\x0d\\x0a\" name=\"\"" UTF8_OK("") "\n" },
    /* modified UTF-7: canonical (RFC 3501 5.1.3), "&-", and refusals */
    { "* LIST () \"/\" ~peter/mail/&U,BTFw-/&ZeVnLIqe-\r\n",
      "R list () delim=0x2f atom:\"~peter/mail/&U,BTFw-/&ZeVnLIqe-\" "
      "name=\"~peter/mail/&U,BTFw-/&ZeVnLIqe-\" utf8=\"~peter/mail/"
      "\\xe5\\x8f\\xb0\\xe5\\x8c\\x97/\\xe6\\x97\\xa5\\xe6\\x9c\\xac\\xe8\\xaa\\x9e\"\n" },
    { "* LIST () \"/\" \"Tom &- Jerry\"\r\n",
      "R list () delim=0x2f quoted:\"\\\"Tom &- Jerry\\\"\" name=\"Tom &- Jerry\""
      UTF8_OK("Tom & Jerry") "\n" },
    { "* LIST () \"/\" &AGE-\r\n",
      "R list () delim=0x2f atom:\"&AGE-\" name=\"&AGE-\" "
      "utf8=NIL(printable US-ASCII encoded in a modified UTF-7 shift@3)\n" },
    { "* LIST () \"/\" &U,BTFw\r\n",
      "R list () delim=0x2f atom:\"&U,BTFw\" name=\"&U,BTFw\" "
      "utf8=NIL(modified UTF-7 shift without its closing \"-\"@0)\n" },
    { "* LIST () \"/\" \"caf\xc3\xa9\"\r\n",
      "R list () delim=0x2f quoted:\"\\\"caf\\xc3\\xa9\\\"\" "
      "name=\"caf\\xc3\\xa9\" utf8=NIL(octet above 0x7F in modified UTF-7@3)\n" },

    /* RFC 3501 7.2.4, 6.3.10; RFC 7162 3.1.2.1 */
    { "* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292)\r\n",
      "R mailbox_status atom:\"blurdybloop\" name=\"blurdybloop\""
      UTF8_OK("blurdybloop") " (MESSAGES:\"MESSAGES\"=231 "
      "UIDNEXT:\"UIDNEXT\"=44292) has messages=231 uidnext=44292\n" },
    { "* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292 HIGHESTMODSEQ 7011231777)\r\n",
      "R mailbox_status atom:\"blurdybloop\" name=\"blurdybloop\""
      UTF8_OK("blurdybloop") " (MESSAGES:\"MESSAGES\"=231 "
      "UIDNEXT:\"UIDNEXT\"=44292 HIGHESTMODSEQ:\"HIGHESTMODSEQ\"=7011231777) "
      "has messages=231 uidnext=44292 highestmodseq=7011231777\n" },
    /* every attribute the grammar knows, any case, the extremes */
    { "* STATUS \"INBOX\" (messages 0 RECENT 4294967295 UIDNEXT 1 "
      "UIDVALIDITY 4294967295 UNSEEN 7 HIGHESTMODSEQ 9223372036854775807)\r\n",
      "R mailbox_status quoted:\"\\\"INBOX\\\"\" name=\"INBOX\" inbox"
      UTF8_OK("INBOX") " (MESSAGES:\"messages\"=0 RECENT:\"RECENT\"=4294967295 "
      "UIDNEXT:\"UIDNEXT\"=1 UIDVALIDITY:\"UIDVALIDITY\"=4294967295 "
      "UNSEEN:\"UNSEEN\"=7 HIGHESTMODSEQ:\"HIGHESTMODSEQ\"=9223372036854775807) "
      "has messages=0 recent=4294967295 uidnext=1 uidvalidity=4294967295 "
      "unseen=7 highestmodseq=9223372036854775807\n" },
    { "* STATUS INBOX (HIGHESTMODSEQ 0)\r\n",
      "R mailbox_status atom:\"INBOX\" name=\"INBOX\" inbox" UTF8_OK("INBOX")
      " (HIGHESTMODSEQ:\"HIGHESTMODSEQ\"=0) has highestmodseq=0\n" },
    { "* STATUS INBOX (MESSAGES 1 MESSAGES 2)\r\n",
      "R mailbox_status atom:\"INBOX\" name=\"INBOX\" inbox" UTF8_OK("INBOX")
      " (MESSAGES:\"MESSAGES\"=1 MESSAGES:\"MESSAGES\"=2) has messages=2\n" },
    { "* STATUS {3}\r\nfoo ()\r\n",
      "R mailbox_status literal:\"{3}\\x0d\\x0afoo\" name=\"foo\"" UTF8_OK("foo")
      " () has\n" },
    { "* STATUS &ZeVnLIqe- ()\r\n",
      "R mailbox_status atom:\"&ZeVnLIqe-\" name=\"&ZeVnLIqe-\" "
      "utf8=\"\\xe6\\x97\\xa5\\xe6\\x9c\\xac\\xe8\\xaa\\x9e\" () has\n" },
    /* range errors: a clear error, and the next message still parses */
    { "* STATUS a (MESSAGES 4294967296)\r\n* SEARCH 1\r\n",
      "E at=21 rule=number code=IMW_ERR_NUMBER_RANGE "
      "reason=number does not fit in 32 bits\nR search n=1 1\n" },
    { "* STATUS a (UIDNEXT 4294967296)\r\n",
      "E at=20 rule=nz-number code=IMW_ERR_NUMBER_RANGE "
      "reason=number does not fit in 32 bits\n" },
    { "* STATUS a (UIDVALIDITY 99999999999999999999999)\r\n",
      "E at=24 rule=nz-number code=IMW_ERR_NUMBER_RANGE "
      "reason=number does not fit in 32 bits\n" },
    { "* STATUS a (HIGHESTMODSEQ 9223372036854775808)\r\n",
      "E at=26 rule=mod-sequence-valzer code=IMW_ERR_NUMBER_RANGE "
      "reason=mod-sequence does not fit in 63 bits\n" },
    /* the grammar's own limits: UIDNEXT is an nz-number */
    { "* STATUS a (UIDNEXT 0)\r\n",
      "E at=20 rule=status-att-val code=IMW_ERR_SYNTAX reason=unexpected '0'\n" },

    /* RFC 3501 7.2.5, 6.4.4 */
    { "* SEARCH 2 3 6\r\n", "R search n=3 2 3 6\n" },
    { "* SEARCH 2 84 882\r\n", "R search n=3 2 84 882\n" },
    { "* SEARCH 43\r\n", "R search n=1 43\n" },
    { "* SEARCH\r\n", "R search n=0\n" },
    { "* search 4294967295\r\n", "R search n=1 4294967295\n" },
    /* RFC 7162 3.1.5 */
    { "* SEARCH 2 5 6 7 11 12 18 19 20 23 (MODSEQ 917162500)\r\n",
      "R search n=10 2 5 6 7 11 12 18 19 20 23 modseq=917162500\n" },
    { "* SEARCH 404 406 407 408 410 412\r\n",
      "R search n=6 404 406 407 408 410 412\n" },
    { "* SEARCH 1 (MODSEQ 9223372036854775807)\r\n",
      "R search n=1 1 modseq=9223372036854775807\n" },
    { "* SEARCH 4294967296\r\n",
      "E at=9 rule=nz-number code=IMW_ERR_NUMBER_RANGE "
      "reason=number does not fit in 32 bits\n" },
    { "* SEARCH 1 (MODSEQ 9223372036854775808)\r\n",
      "E at=19 rule=mod-sequence-value code=IMW_ERR_NUMBER_RANGE "
      "reason=mod-sequence does not fit in 63 bits\n" },
    /* "SEARCH" may end before a trailing SP (a leniency): the rule still
     * open at the error is sort-data, which begins with "S" too */
    { "* SEARCH 0\r\n",
      "E at=9 rule=sort-data code=IMW_ERR_SYNTAX reason=unexpected '0'\n" },
    { "* SEARCH (MODSEQ 5)\r\n",
      "E at=9 rule=sort-data code=IMW_ERR_SYNTAX reason=unexpected '('\n" },

    /* RFC 7162 3.2.5.1, 3.2.10 */
    { "* VANISHED (EARLIER) 41,43:116,118,120:211,214:540\r\n",
      "R vanished earlier 41,43:116,118,120:211,214:540\n" },
    { "* VANISHED 405,407,410,425\r\n", "R vanished 405,407,410,425\n" },
    { "* VANISHED (EARLIER) 300:310,405,411\r\n",
      "R vanished earlier 300:310,405,411\n" },
    { "* VANISHED 1\r\n", "R vanished 1\n" },
    { "* VANISHED 1:4294967295\r\n", "R vanished 1:4294967295\n" },
    { "* VANISHED 10:1\r\n", "R vanished 10:1\n" },
    { "* VANISHED 1:4294967296\r\n",
      "E at=13 rule=seq-number code=IMW_ERR_NUMBER_RANGE "
      "reason=number does not fit in 32 bits\n" },
    { "* VANISHED 3,5:*\r\n",
      "E at=15 rule=known-uids code=IMW_ERR_SYNTAX "
      "reason=\"*\" is not a UID (RFC 7162 known-uids)\n" },

    /* RFC 5256, RFC 5161, RFC 8438 */
    { "* SORT 2 3 6\r\n", "R sort n=3 2 3 6\n" },
    { "* ENABLED CONDSTORE QRESYNC\r\n",
      "R enabled CONDSTORE:\"CONDSTORE\" QRESYNC:\"QRESYNC\"\n" },
    { "* STATUS a (SIZE 16234)\r\n",
      "R mailbox_status atom:\"a\" name=\"a\" utf8=\"a\" (SIZE:\"SIZE\"=16234) "
      "has size=16234\n" },
};

START_TEST(test_vector)
{
    const struct vector *v = &vectors[_i];
    struct parse_opts o = { 0 };
    char *whole = parse(v->in, strlen(v->in), o);
    ck_assert_msg(strcmp(whole, v->want) == 0, "input %s\ngot:  %s\nwant: %s",
                  v->in, whole, v->want);
    for (o.chunk = 1; o.chunk <= 64; o.chunk++) {
        char *got = parse(v->in, strlen(v->in), o);
        ck_assert_msg(strcmp(got, whole) == 0, "chunk %zu differs: %s",
                      o.chunk, got);
        free(got);
    }
    free(whole);
}
END_TEST

/* One message with many vectors in a row: each is decoded with its own
 * events, nothing leaks from one to the next. */
START_TEST(test_stream)
{
    size_t cap = 0, want_cap = 0;
    for (size_t i = 0; i < sizeof vectors / sizeof vectors[0]; i++) {
        cap += strlen(vectors[i].in);
        want_cap += strlen(vectors[i].want);
    }
    char *in = calloc(1, cap + 1), *want = calloc(1, want_cap + 1);
    for (size_t i = 0; i < sizeof vectors / sizeof vectors[0]; i++) {
        strcat(in, vectors[i].in);
        strcat(want, vectors[i].want);
    }
    struct parse_opts o = { .chunk = 7 };
    char *got = parse(in, cap, o);
    ck_assert_str_eq(got, want);
    free(got);
    free(in);
    free(want);
}
END_TEST


/* Strict mode: the 8bit-text leniency (raw UTF-8 in a quoted name) is
 * refused; lenient mode keeps the name and says why utf8 is missing. */
START_TEST(test_strict_8bit_name)
{
    static const char in[] = "* LIST () \"/\" \"caf\xc3\xa9\"\r\n";
    struct parse_opts o = { .strict = 1 };
    char *got = parse(in, strlen(in), o);
    ck_assert_str_eq(got, "E at=18 rule=TEXT-CHAR code=IMW_ERR_SYNTAX "
                          "reason=8-bit octet outside a literal (strict mode)\n");
    free(got);
    o.strict = 0;
    got = parse(in, strlen(in), o);
    ck_assert_ptr_nonnull(strstr(got, "utf8=NIL(octet above 0x7F"));
    free(got);
}
END_TEST

/* ---- direct field checks ---------------------------------------------------- */

static const struct imw_response *parse_one(imw_parser *p, const char *s)
{
    const struct imw_response *r = NULL;
    ck_assert_int_eq(imw_parser_feed(p, s, strlen(s)), 0);
    ck_assert_int_eq(imw_parser_next(p, &r), 1);
    return r;
}

START_TEST(test_list_fields)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    const struct imw_response *r =
        parse_one(p, "* LIST (\\Noselect \\Marked) \"\\\\\" \"a\\\\&AOk-\"\r\n");
    ck_assert_int_eq(r->kind, IMW_RESP_LIST);
    const struct imw_list_data *l = r->u.list;
    ck_assert_uint_eq(l->attributes.count, 2);
    ck_assert_int_eq(l->attributes.items[0].kind, IMW_MBOX_ATTR_NOSELECT);
    ck_assert_int_eq(l->attributes.items[1].kind, IMW_MBOX_ATTR_MARKED);
    ck_assert_int_eq(l->has_delimiter, 1);
    ck_assert_int_eq(l->delimiter, '\\');
    ck_assert_int_eq(l->mailbox.form, IMW_MAILBOX_QUOTED);
    ck_assert_uint_eq(l->mailbox.name.len, 7);
    ck_assert_mem_eq(l->mailbox.name.ptr, "a\\&AOk-", 7);
    ck_assert_uint_eq(l->mailbox.utf8.len, 4);
    ck_assert_mem_eq(l->mailbox.utf8.ptr, "a\\\xc3\xa9", 4);
    ck_assert_int_eq(l->mailbox.utf8_error.reason, IMW_VALUE_OK);
    ck_assert_int_eq(l->mailbox.is_inbox, 0);
    ck_assert_uint_eq(l->extended_count, 0);
    ck_assert_ptr_null(l->extended);
    imw_parser_free(p);
}
END_TEST

/* The values read from the bytes rather than from events (LIST
 * attributes, capabilities): the splits the machine allows. */
static void check_caps(const struct imw_capability_list *caps,
                       const char *const *want, size_t n)
{
    ck_assert_uint_eq(caps->count, n);
    for (size_t i = 0; i < n; i++) {
        ck_assert_uint_eq(caps->items[i].name.len, strlen(want[i]));
        ck_assert_mem_eq(caps->items[i].name.ptr, want[i], strlen(want[i]));
    }
}

static void ck_value(imw_bytes b, const char *want)
{
    ck_assert_msg(b.ptr && b.len == strlen(want) && !memcmp(b.ptr, want, b.len),
                  "\"%.*s\" != \"%s\"", (int)b.len, b.ptr ? (const char *)b.ptr : "",
                  want);
}

/* mailbox and astring are name-only: every form of each is read from the
 * bytes, with what may follow it (extended data, SP, ")"). */
START_TEST(test_astrings_from_bytes)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    const struct imw_response *r;
    /* escaped delimiters, then a quoted name with an escaped quote */
    r = parse_one(p, "* LIST () \"\\\"\" \"a\\\"b\" (CHILDINFO (X))\r\n");
    ck_assert_int_eq(r->u.list->delimiter, '"');
    ck_value(r->u.list->mailbox.name, "a\"b");
    ck_assert_uint_eq(r->u.list->extended_count, 1);
    r = parse_one(p, "* LIST () \"\\\\\" x]y\r\n");
    ck_assert_int_eq(r->u.list->delimiter, '\\');
    ck_value(r->u.list->mailbox.name, "x]y");
    ck_assert_uint_eq(r->u.list->extended_count, 0);
    /* an atom followed by extended data; a literal name followed by it */
    r = parse_one(p, "* LIST () NIL In&AOk- (CHILDINFO (\"S\"))\r\n");
    ck_value(r->u.list->mailbox.name, "In&AOk-");
    ck_value(r->u.list->mailbox.utf8, "In\xc3\xa9");
    ck_assert_uint_eq(r->u.list->extended_count, 1);
    r = parse_one(p, "* LSUB () \"/\" {4}\r\na b) (CHILDINFO (\"S\"))\r\n");
    ck_value(r->u.list->mailbox.name, "a b)");
    ck_assert_int_eq(r->u.list->mailbox.form, IMW_MAILBOX_LITERAL);
    ck_assert_uint_eq(r->u.list->extended_count, 1);
    /* where mailbox-list was last left: before a named leniency's
     * trailing spaces, after the name or after the extended data */
    r = parse_one(p, "* LIST () \"/\" x  \r\n");
    ck_value(r->u.list->mailbox.name, "x");
    ck_assert_uint_eq(r->u.list->extended_count, 0);
    r = parse_one(p, "* LIST () \"/\" \"x\" (CHILDINFO (\"S\")) \r\n");
    ck_value(r->u.list->mailbox.name, "x");
    ck_assert_uint_eq(r->u.list->extended_count, 1);
    /* a name of sixteen octets and more: the SSE2 rounds of the atom scan */
    r = parse_one(p, "* LIST () \"/\" INBOX/abcdefghijklmnopqrstuvwxyz\r\n");
    ck_value(r->u.list->mailbox.name, "INBOX/abcdefghijklmnopqrstuvwxyz");
    r = parse_one(p, "* LIST () \"/\" INBOX/abcdefghijk (CHILDINFO (\"S\"))\r\n");
    ck_value(r->u.list->mailbox.name, "INBOX/abcdefghijk");
    /* the mailbox after a keyword */
    r = parse_one(p, "* STATUS {3}\r\na b (MESSAGES 2)\r\n");
    ck_value(r->u.mailbox_status->mailbox.name, "a b");
    ck_assert_uint_eq(r->u.mailbox_status->messages, 2);
    r = parse_one(p, "* MYRIGHTS \"x y\" lrs\r\n");
    ck_value(r->u.myrights->mailbox.name, "x y");
    ck_value(r->u.myrights->rights, "lrs");
    r = parse_one(p, "* QUOTAROOT INBOX\r\n");
    ck_assert_int_eq(r->u.quotaroot->mailbox.is_inbox, 1);
    ck_assert_uint_eq(r->u.quotaroot->roots.count, 0);
    /* BADCHARSET's astrings: atom, quoted, literal */
    r = parse_one(p, "* NO [BADCHARSET (UTF-8 \"a)b\" {2}\r\nc  x]y)] no\r\n");
    const struct imw_string_list *cs = &r->u.status.text.code->u.charsets;
    ck_assert_uint_eq(cs->count, 4);
    ck_value(cs->items[0], "UTF-8");
    ck_value(cs->items[1], "a)b");
    ck_value(cs->items[2], "c ");
    ck_value(cs->items[3], "x]y");
    r = parse_one(p, "* NO [BADCHARSET] no\r\n");
    ck_assert_int_eq(r->u.status.text.code->kind, IMW_CODE_BADCHARSET);
    ck_assert_uint_eq(r->u.status.text.code->u.charsets.count, 0);
    /* HEADER.FIELDS names */
    r = parse_one(p, "* 1 FETCH (BODY[HEADER.FIELDS (From \"X y\" {2}\r\nTo)] NIL)\r\n");
    const struct imw_string_list *f = &r->u.fetch->items[0].u.section->section.fields;
    ck_assert_uint_eq(f->count, 3);
    ck_value(f->items[0], "From");
    ck_value(f->items[1], "X y");
    ck_value(f->items[2], "To");
    imw_parser_free(p);
}
END_TEST

/* Quoted names with escapes of either kind at every place of names up
 * to 40 octets, one escape or two 17 apart (the decoder steps from one
 * backslash to the next sixteen octets at a time), with and without
 * extended data after the name: each unescaped as a reference does. */
START_TEST(test_escaped_names)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    for (size_t len = 1; len <= 40; len++)
        for (size_t k = 0; k < len; k++)
            for (int form = 0; form < 4; form++) {
                char quoted[128], want[64], msg[256];
                size_t q = 0, w = 0;
                for (size_t i = 0; i < len; i++) {
                    char c = (char)('a' + i % 26);
                    int escaped = i == k || ((form & 1) && i == k + 17);
                    if (escaped) {
                        c = (form & 2) ? '"' : '\\';
                        quoted[q++] = '\\';
                    }
                    quoted[q++] = c;
                    want[w++] = c;
                }
                quoted[q] = want[w] = '\0';
                snprintf(msg, sizeof msg, "* LIST () \"/\" \"%s\"%s\r\n", quoted,
                         (k % 3 == 0) ? " (CHILDINFO (\"S\"))" : "");
                const struct imw_response *r = parse_one(p, msg);
                ck_assert_msg(r->u.list->mailbox.name.len == w &&
                                  memcmp(r->u.list->mailbox.name.ptr, want, w) == 0,
                              "%s: name %.*s", msg,
                              (int)r->u.list->mailbox.name.len,
                              (const char *)r->u.list->mailbox.name.ptr);
                ck_assert_uint_eq(r->u.list->extended_count, k % 3 == 0);
            }
    imw_parser_free(p);
}
END_TEST

/* Plain quoted names of 0 to 40 octets (the name's end is read back
 * from the line's end when it is near), in LIST with and without extended
 * data and in STATUS, after attribute lists of 0 to 3 attributes of 2 to
 * 30 octets (each attribute's end found sixteen octets at a time, the
 * last round read back from the list's span end). */
START_TEST(test_plain_names_and_attributes)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    for (size_t len = 0; len <= 40; len++)
        for (size_t alen = 2; alen <= 30; alen++)
            for (int form = 0; form < 6; form++) {
                char name[64], attrs[128], attr[40], msg[320];
                size_t nattrs = (size_t)form % 4, a = 0;
                for (size_t i = 0; i < len; i++)
                    name[i] = (char)((i % 7 == 3) ? '/' : 'a' + i % 26);
                name[len] = '\0';
                attr[0] = '\\';
                for (size_t i = 1; i < alen; i++)
                    attr[i] = (char)('A' + (i + alen) % 26);
                attr[alen] = '\0';
                attrs[a++] = '(';
                for (size_t k = 0; k < nattrs; k++)
                    a += (size_t)snprintf(attrs + a, sizeof attrs - a, "%s%s",
                                          k ? " " : "", attr);
                attrs[a++] = ')';
                attrs[a] = '\0';
                if (form == 5)
                    snprintf(msg, sizeof msg,
                             "* STATUS \"%s\" (MESSAGES %zu)\r\n", name, len);
                else
                    snprintf(msg, sizeof msg, "* LIST %s \"/\" \"%s\"%s\r\n",
                             attrs, name, form == 4 ? " (CHILDINFO (\"S\"))" : "");
                const struct imw_response *r = parse_one(p, msg);
                const struct imw_mailbox *m = form == 5
                                                  ? &r->u.mailbox_status->mailbox
                                                  : &r->u.list->mailbox;
                ck_assert_msg(m->name.len == len &&
                                  memcmp(m->name.ptr, name, len) == 0 &&
                                  m->raw.len == len + 2 &&
                                  m->utf8.len == len,
                              "%s: name %.*s", msg, (int)m->name.len,
                              (const char *)m->name.ptr);
                if (form == 5) {
                    ck_assert_uint_eq(r->u.mailbox_status->messages, len);
                    continue;
                }
                ck_assert_uint_eq(r->u.list->extended_count, form == 4);
                ck_assert_msg(r->u.list->attributes.count == nattrs, "%s: %zu attrs",
                              msg, r->u.list->attributes.count);
                for (size_t k = 0; k < nattrs; k++) {
                    imw_bytes got = r->u.list->attributes.items[k].name;
                    ck_assert_msg(got.len == alen && memcmp(got.ptr, attr, alen) == 0,
                                  "%s: attribute %zu is %.*s", msg, k,
                                  (int)got.len, (const char *)got.ptr);
                }
            }
    imw_parser_free(p);
}
END_TEST

START_TEST(test_values_from_bytes)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    const struct imw_response *r =
        parse_one(p, "* LIST (\\HasNoChildren \\Noselect \\X-Ext \\All) NIL x\r\n");
    const struct imw_mailbox_attr_list *a = &r->u.list->attributes;
    ck_assert_uint_eq(a->count, 4);
    ck_assert_int_eq(a->items[1].kind, IMW_MBOX_ATTR_NOSELECT);
    ck_assert_uint_eq(a->items[2].name.len, 6);
    ck_assert_mem_eq(a->items[2].name.ptr, "\\X-Ext", 6);
    ck_assert_uint_eq(a->items[3].name.len, 4);
    ck_assert_int_eq(r->u.list->has_delimiter, 0);
    r = parse_one(p, "* LSUB (\\Marked) \".\" {1}\r\ny\r\n");
    ck_assert_uint_eq(r->u.list->attributes.count, 1);
    ck_assert_int_eq(r->u.list->attributes.items[0].kind, IMW_MBOX_ATTR_MARKED);
    ck_assert_int_eq(r->u.list->delimiter, '.');

    /* an atom may hold '[': only SP splits capabilities */
    static const char *const c1[] = { "IMAP4rev1", "X[1", "AUTH=PLAIN" };
    r = parse_one(p, "* CAPABILITY IMAP4rev1 X[1 AUTH=PLAIN\r\n");
    check_caps(&r->u.capabilities, c1, 3);
    ck_assert_uint_eq(r->u.capabilities.items[2].mechanism.len, 5);
    /* trailing spaces (a named leniency) are not a capability */
    r = parse_one(p, "* CAPABILITY IMAP4rev1 X[1 AUTH=PLAIN  \r\n");
    check_caps(&r->u.capabilities, c1, 3);
    static const char *const c2[] = { "IMAP4rev1", "Y[2", "LITERAL+" };
    r = parse_one(p, "* OK [CAPABILITY IMAP4rev1 Y[2 LITERAL+] hi\r\n");
    ck_assert_int_eq(r->u.status.text.code->kind, IMW_CODE_CAPABILITY);
    check_caps(&r->u.status.text.code->u.capabilities, c2, 3);
    static const char *const c3[] = { "CONDSTORE", "X[3" };
    r = parse_one(p, "* ENABLED CONDSTORE X[3 \r\n");
    check_caps(&r->u.capabilities, c3, 2);
    r = parse_one(p, "* ENABLED\r\n");
    check_caps(&r->u.capabilities, NULL, 0);
    imw_parser_free(p);
}
END_TEST

static void check_flags(const struct imw_flag_list *f,
                        const char *const *want, size_t n)
{
    ck_assert_uint_eq(f->count, n);
    for (size_t i = 0; i < n; i++) {
        ck_assert_uint_eq(f->items[i].name.len, strlen(want[i]));
        ck_assert_mem_eq(f->items[i].name.ptr, want[i], strlen(want[i]));
    }
}

/* Flags are read from the list's bytes too (`flag`, `flag-perm` are
 * name-only): the items the grammar reads as leniencies (a quoted flag,
 * one holding "]", "\*" outside PERMANENTFLAGS) are not flags, as their
 * events never were; runs of SP separate nothing. */
START_TEST(test_flags_from_bytes)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    static const char *const f1[] = { "\\Seen", "$Junk", "\\Draft" };
    const struct imw_response *r = parse_one(
        p, "* FLAGS (\\Seen \"a \\\"b) c\" $Junk [Gmail]x \\*  \\Draft )\r\n");
    check_flags(&r->u.flags, f1, 3);
    ck_assert_int_eq(r->u.flags.items[0].kind, IMW_FLAG_SEEN);
    ck_assert_int_eq(r->u.flags.items[2].kind, IMW_FLAG_DRAFT);
    r = parse_one(p, "* FLAGS ()\r\n");
    check_flags(&r->u.flags, NULL, 0);
    static const char *const f2[] = { "\\Deleted", "\\*" };
    r = parse_one(p, "* OK [PERMANENTFLAGS (\\Deleted \\*)] x\r\n");
    check_flags(&r->u.status.text.code->u.flags, f2, 2);
    static const char *const f3[] = { "\\Recent", "\\Seen" };
    r = parse_one(p, "* 1 FETCH (FLAGS (\\Recent \"q)\" \\Seen ) UID 3)\r\n");
    ck_assert_uint_eq(r->u.fetch->count, 2);
    check_flags(&r->u.fetch->items[0].u.flags, f3, 2);
    r = parse_one(p, "* 2 FETCH (FLAGS NIL)\r\n");
    check_flags(&r->u.fetch->items[0].u.flags, NULL, 0);
    imw_parser_free(p);
}
END_TEST

/* The typed codes proven by where their name-only rule was entered and
 * left (src/decode_status.c): the code whose "]" the rest of the line
 * confirms, and the generic form where the typed one does not match. */
START_TEST(test_codes_by_positions)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    const struct imw_response *r = parse_one(p, "* OK [UIDNEXT 5] x] y\r\n");
    const struct imw_resp_code *c = r->u.status.text.code;
    ck_assert_int_eq(c->kind, IMW_CODE_UIDNEXT);
    ck_assert_uint_eq(c->u.number, 5);
    ck_assert_uint_eq(r->u.status.text.text.len, 4);
    r = parse_one(p, "* OK [UIDNEXT 5 6] x\r\n");
    ck_assert_int_eq(r->u.status.text.code->kind, IMW_CODE_OTHER);
    r = parse_one(p, "* OK [UNSEEN x] y\r\n");
    ck_assert_int_eq(r->u.status.text.code->kind, IMW_CODE_OTHER);
    r = parse_one(p, "* OK [COPYUID 9 2:3 4:5] done\r\n");
    c = r->u.status.text.code;
    ck_assert_int_eq(c->kind, IMW_CODE_COPYUID);
    ck_assert_uint_eq(c->u.copyuid->uidvalidity, 9);
    r = parse_one(p, "* OK [PERMANENTFLAGS (\\Seen)] z\r\n");
    c = r->u.status.text.code;
    ck_assert_int_eq(c->kind, IMW_CODE_PERMANENTFLAGS);
    ck_assert_uint_eq(c->u.flags.count, 1);
    r = parse_one(p, "* OK [PERMANENTFLAGS x] z\r\n");
    ck_assert_int_eq(r->u.status.text.code->kind, IMW_CODE_OTHER);
    /* a later message's positions never prove an earlier one's code */
    r = parse_one(p, "* OK [UIDVALIDITY 3] v\r\n");
    ck_assert_int_eq(r->u.status.text.code->kind, IMW_CODE_UIDVALIDITY);
    r = parse_one(p, "* OK [UIDVALIDITY] v\r\n");
    ck_assert_int_eq(r->u.status.text.code->kind, IMW_CODE_OTHER);
    imw_parser_free(p);
}
END_TEST

START_TEST(test_status_fields)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    const struct imw_response *r =
        parse_one(p, "* STATUS INBOX (UNSEEN 3 UIDVALIDITY 17)\r\n");
    ck_assert_int_eq(r->kind, IMW_RESP_MAILBOX_STATUS);
    const struct imw_mailbox_status *st = r->u.mailbox_status;
    ck_assert_int_eq(st->mailbox.is_inbox, 1);
    ck_assert_uint_eq(st->count, 2);
    ck_assert_int_eq(st->items[0].kind, IMW_STATUS_ITEM_UNSEEN);
    ck_assert_uint_eq(st->items[0].number, 3);
    ck_assert_int_eq(st->items[1].kind, IMW_STATUS_ITEM_UIDVALIDITY);
    ck_assert_int_eq(st->has_unseen, 1);
    ck_assert_uint_eq(st->unseen, 3);
    ck_assert_int_eq(st->has_uidvalidity, 1);
    ck_assert_uint_eq(st->uidvalidity, 17);
    ck_assert_int_eq(st->has_messages, 0);
    ck_assert_int_eq(st->has_highestmodseq, 0);
    r = parse_one(p, "* STATUS x ()\r\n");
    ck_assert_uint_eq(r->u.mailbox_status->count, 0);
    ck_assert_ptr_null(r->u.mailbox_status->items);
    imw_parser_free(p);
}
END_TEST

/* One million numbers (about 6.9 MB on one line): it parses, every
 * number in place.  Not timed, but a quadratic walk would not finish. */
START_TEST(test_search_million)
{
    enum { COUNT = 1000000 };
    size_t cap = 16 + (size_t)COUNT * 8, n = 0;
    char *in = malloc(cap);
    n += (size_t)sprintf(in, "* SEARCH");
    for (unsigned i = 1; i <= COUNT; i++)
        n += (size_t)sprintf(in + n, " %u", i * 3u);
    n += (size_t)sprintf(in + n, " (MODSEQ 12)\r\n");
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_LINE_LENGTH, n), 0);
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_MESSAGE_SIZE, n), 0);
    ck_assert_int_eq(imw_parser_feed(p, in, n), 0);
    const struct imw_response *r = NULL;
    ck_assert_int_eq(imw_parser_next(p, &r), 1);
    ck_assert_int_eq(r->kind, IMW_RESP_SEARCH);
    ck_assert_uint_eq(r->u.search->count, COUNT);
    for (unsigned i = 0; i < COUNT; i++)
        ck_assert_uint_eq(r->u.search->numbers[i], (i + 1) * 3u);
    ck_assert_int_eq(r->u.search->has_modseq, 1);
    ck_assert_uint_eq(r->u.search->modseq, 12);
    imw_parser_free(p);
    free(in);
}
END_TEST

/* SEARCH and SORT numbers are read from the bytes (nz-number leaves no
 * event), eight octets at a time where the message has them: every
 * length from 1 to 10 digits, each followed by SP, by " (MODSEQ", by
 * trailing spaces or by the CRLF, and 2^32 - 1 as the largest. */
static void check_numbers(imw_parser *p, const char *kw, const uint32_t *want,
                          size_t count, const char *tail)
{
    size_t cap = 64 + count * 12, n = 0;
    char *in = malloc(cap);
    ck_assert_ptr_nonnull(in);
    n += (size_t)sprintf(in, "* %s", kw);
    for (size_t i = 0; i < count; i++)
        n += (size_t)sprintf(in + n, " %u", (unsigned)want[i]);
    n += (size_t)sprintf(in + n, "%s\r\n", tail);
    ck_assert_int_eq(imw_parser_feed(p, in, n), 0);
    const struct imw_response *r = NULL;
    ck_assert_int_eq(imw_parser_next(p, &r), 1);
    ck_assert_uint_eq(r->u.search->count, count);
    for (size_t i = 0; i < count; i++) /* no ck_assert per number */
        if (r->u.search->numbers[i] != want[i])
            ck_abort_msg("%s%s: number %zu is %u, not %u", kw, tail, i,
                         (unsigned)r->u.search->numbers[i],
                         (unsigned)want[i]);
    free(in);
}

START_TEST(test_search_numbers_every_length)
{
    enum { COUNT = 12000 };
    uint32_t *want = malloc(COUNT * sizeof *want);
    uint32_t x = 2463534242u;
    ck_assert_ptr_nonnull(want);
    for (unsigned i = 0; i < COUNT; i++) {
        if (i < 10000) {
            want[i] = i + 1; /* 1 to 5 digits, each value once */
            continue;
        }
        x ^= x << 13, x ^= x >> 17, x ^= x << 5;
        unsigned digits = 5 + i % 6; /* 5 to 10 */
        uint64_t limit = 1;
        for (unsigned k = 0; k < digits; k++)
            limit *= 10;
        want[i] = (uint32_t)(limit / 10 + x % (limit - limit / 10));
        if (want[i] == 0)
            want[i] = 1;
    }
    want[COUNT - 1] = 4294967295u;
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    check_numbers(p, "SEARCH", want, COUNT, "");
    check_numbers(p, "SEARCH", want, COUNT, " (MODSEQ 7)");
    check_numbers(p, "SORT", want, COUNT, "   ");
    for (unsigned len = 1; len <= 12; len++) /* short lists near the end */
        check_numbers(p, "SEARCH", want + COUNT - len, len, "");
    check_numbers(p, "SORT", want + 9990, 1, " (MODSEQ 9)");
    imw_parser_free(p);
    /* past 2^32 - 1: the number's own error, and the next message parses */
    p = imw_parser_new(IMW_SIDE_CLIENT);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    static const char big[] = "* SEARCH 7 4294967296 8\r\n* SEARCH 9\r\n";
    ck_assert_int_eq(imw_parser_feed(p, big, sizeof big - 1), 0);
    const struct imw_response *r = NULL;
    ck_assert_int_eq(imw_parser_next(p, &r), IMW_ERR_NUMBER_RANGE);
    ck_assert_uint_eq(imw_parser_error(p)->offset, 11);
    ck_assert_str_eq(imw_parser_error(p)->rule, "nz-number");
    ck_assert_int_eq(imw_parser_next(p, &r), 1);
    ck_assert_uint_eq(r->u.search->count, 1);
    ck_assert_uint_eq(r->u.search->numbers[0], 9);
    imw_parser_free(p);
    free(want);
}
END_TEST

START_TEST(test_vanished_fields)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    const struct imw_response *r = parse_one(p, "* VANISHED 1:4294967295\r\n");
    ck_assert_int_eq(r->kind, IMW_RESP_VANISHED);
    ck_assert_int_eq(r->u.vanished->earlier, 0);
    ck_assert_uint_eq(r->u.vanished->uids.count, 1);
    ck_assert_uint_eq(r->u.vanished->uids.ranges[0].first, 1);
    ck_assert_uint_eq(r->u.vanished->uids.ranges[0].last, 4294967295u);
    imw_parser_free(p);
}
END_TEST


/* LIST's extended data (RFC 5258), through the machine: mailbox-list is
 * name-only and the decoder reads the list from the bytes. */
static char *parse_rendered(const char *msg)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    const struct imw_response *r = parse_one(p, msg);
    char *out = NULL;
    size_t out_len = 0;
    FILE *f = open_memstream(&out, &out_len);
    render(f, r);
    fclose(f);
    imw_parser_free(p);
    return out;
}

#define CHECK_PARSED(msg, want) do {                                      \
        char *got_ = parse_rendered(msg);                                 \
        ck_assert_str_eq(got_, want);                                     \
        free(got_);                                                       \
    } while (0)

START_TEST(test_list_extended)
{
    static const char m1[] =
        "* LIST (\\Subscribed) \"/\" \"eps2\" (\"CHILDINFO\" (\"SUBSCRIBED\") "
        "\"X-EXT\" (1 2))\r\n";
    CHECK_PARSED(m1,
        "R list (SUBSCRIBED:\"\\\\Subscribed\") delim=0x2f "
        "quoted:\"\\\"eps2\\\"\" name=\"eps2\" utf8=\"eps2\" "
        "ext=CHILDINFO:\"CHILDINFO\" \"SUBSCRIBED\" raw=\"(\\\"SUBSCRIBED\\\")\" "
        "ext=OTHER:\"X-EXT\" raw=\"(1 2)\"\n");

    /* RFC 9051 6.3.9.7: OLDNAME holds a mailbox of its own, later */
    static const char m2[] =
        "* LIST () \"/\" \"NewMailbox\" (\"OLDNAME\" (\"Old&AOk-\"))\r\n";
    CHECK_PARSED(m2,
        "R list () delim=0x2f quoted:\"\\\"NewMailbox\\\"\" name=\"NewMailbox\" "
        "utf8=\"NewMailbox\" ext=OLDNAME:\"OLDNAME\" quoted:\"\\\"Old&AOk-\\\"\" "
        "name=\"Old&AOk-\" utf8=\"Old\\xc3\\xa9\" raw=\"(\\\"Old&AOk-\\\")\"\n");
}
END_TEST

/* ---- hooks for grammar that another branch adds --------------------------
 *
 * Written when the machine rejected SORT, ENABLED and STATUS SIZE/DELETED/
 * APPENDLIMIT/MAILBOXID.  The decoders for them rely only on events that
 * existed already (status-att-val, nz-number, mod-sequence-value), so
 * these tests give the decoder such events by hand and check the typed
 * values; the mailbox and the numbers are read from the bytes. */

struct synth_event {
    uint16_t rule;
    const char *text; /* the span: the first occurrence at or after from */
    size_t from;
};

static char *synth_decode(const char *msg, const struct synth_event *evs,
                          size_t nev)
{
    struct imw_limits limits;
    struct imw_framer framer;
    struct imw_run run;
    struct imw_arena arena;
    struct imw_frame frame;
    struct imw_frame_error ferr;
    imw_limits_default(&limits);
    ck_assert_int_eq(imw_framer_init(&framer, NULL, &limits), 0);
    imw_run_init(&run, NULL);
    imw_arena_init(&arena, NULL);
    ck_assert_int_eq(imw_framer_feed(&framer, (const uint8_t *)msg,
                                     strlen(msg)), 0);
    ck_assert_int_eq(imw_framer_next(&framer, &frame, &ferr), 1);
    imw_run_start(&run, &frame);
    for (size_t i = 0; i < nev; i++) {
        const char *at = strstr(msg + evs[i].from, evs[i].text);
        ck_assert_ptr_nonnull(at);
        size_t start = (size_t)(at - msg);
        uint32_t idx;
        ck_assert_int_eq(imw_run_push_event(&run, evs[i].rule, start,
                                            start + strlen(evs[i].text), &idx), 0);
    }
    /* response-data is name-only: the events hang at the top level, as
     * the machine leaves them */
    imw_run_link(&run);
    struct imw_decoder dec = { .run = &run, .arena = &arena };
    struct imw_response resp;
    char *out = NULL;
    size_t out_len = 0;
    FILE *f = open_memstream(&out, &out_len);
    if (imw_response_decode(&dec, &resp) < 0)
        fprintf(f, "E at=%zu rule=%s reason=%s\n", dec.error_at, dec.rule,
                dec.reason);
    else
        render(f, &resp);
    fclose(f);
    imw_arena_free(&arena);
    imw_run_free(&run);
    imw_framer_free(&framer);
    return out;
}

#define SYNTH(msg, evs) synth_decode(msg, evs, sizeof evs / sizeof evs[0])
#define CHECK_SYNTH(msg, evs, want) do {                                  \
        char *got_ = SYNTH(msg, evs);                                     \
        ck_assert_str_eq(got_, want);                                     \
        free(got_);                                                       \
    } while (0)


START_TEST(test_hook_status_items)
{
    static const char m[] =
        "* STATUS frop (SIZE 44421 DELETED 3 APPENDLIMIT NIL "
        "MAILBOXID (F2212ea87-6097) X-FOO (1 2) APPENDLIMIT 257890)\r\n";
    static const struct synth_event e[] = {
        { IMW_RULE_STATUS_ATT_VAL, "SIZE 44421", 0 },
        { IMW_RULE_STATUS_ATT_VAL, "DELETED 3", 0 },
        { IMW_RULE_STATUS_ATT_VAL, "APPENDLIMIT NIL", 0 },
        { IMW_RULE_STATUS_ATT_VAL, "MAILBOXID (F2212ea87-6097)", 0 },
        { IMW_RULE_STATUS_ATT_VAL, "X-FOO (1 2)", 0 },
        { IMW_RULE_STATUS_ATT_VAL, "APPENDLIMIT 257890", 0 },
        { IMW_RULE_MAILBOX_DATA, "STATUS frop (SIZE 44421 DELETED 3 APPENDLIMIT "
          "NIL MAILBOXID (F2212ea87-6097) X-FOO (1 2) APPENDLIMIT 257890)", 0 },
    };
    CHECK_SYNTH(m, e,
        "R mailbox_status atom:\"frop\" name=\"frop\" utf8=\"frop\" "
        "(SIZE:\"SIZE\"=44421 DELETED:\"DELETED\"=3 APPENDLIMIT:\"APPENDLIMIT\"=NIL "
        "MAILBOXID:\"MAILBOXID\"\"F2212ea87-6097\" OTHER:\"X-FOO\"=generic(1) "
        "APPENDLIMIT:\"APPENDLIMIT\"=257890) has size=44421 deleted=3 "
        "appendlimit=257890 mailboxid=\"F2212ea87-6097\"\n");

    static const char big[] = "* STATUS a (SIZE 9223372036854775807)\r\n";
    static const struct synth_event eb[] = {
        { IMW_RULE_STATUS_ATT_VAL, "SIZE 9223372036854775807", 0 },
        { IMW_RULE_MAILBOX_DATA, "STATUS a (SIZE 9223372036854775807)", 0 },
    };
    CHECK_SYNTH(big, eb,
        "R mailbox_status atom:\"a\" name=\"a\" utf8=\"a\" "
        "(SIZE:\"SIZE\"=9223372036854775807) has size=9223372036854775807\n");
    static const char over[] = "* STATUS a (SIZE 9223372036854775808)\r\n";
    static const struct synth_event eo[] = {
        { IMW_RULE_STATUS_ATT_VAL, "SIZE 9223372036854775808", 0 },
        { IMW_RULE_MAILBOX_DATA, "STATUS a (SIZE 9223372036854775808)", 0 },
    };
    CHECK_SYNTH(over, eo, "E at=17 rule=number64 "
                          "reason=number does not fit in 63 bits\n");
    static const char del[] = "* STATUS a (DELETED 4294967296)\r\n";
    static const struct synth_event ed[] = {
        { IMW_RULE_STATUS_ATT_VAL, "DELETED 4294967296", 0 },
        { IMW_RULE_MAILBOX_DATA, "STATUS a (DELETED 4294967296)", 0 },
    };
    CHECK_SYNTH(del, ed, "E at=20 rule=number "
                         "reason=number does not fit in 32 bits\n");
}
END_TEST

START_TEST(test_hook_sort)
{
    static const char m[] = "* SORT 2 3 6 (MODSEQ 9)\r\n";
    static const struct synth_event e[] = {
        { IMW_RULE_NZ_NUMBER, "2", 0 },
        { IMW_RULE_NZ_NUMBER, "3", 0 },
        { IMW_RULE_NZ_NUMBER, "6", 0 },
        { IMW_RULE_MOD_SEQUENCE_VALUE, "9", 0 },
        { IMW_RULE_MAILBOX_DATA, "SORT 2 3 6 (MODSEQ 9)", 0 },
    };
    CHECK_SYNTH(m, e, "R sort n=3 2 3 6 modseq=9\n");
}
END_TEST

START_TEST(test_hook_enabled)
{
    /* enable-data not bound: the capabilities are response-data's */
    static const char m[] = "* ENABLED CONDSTORE QRESYNC X-ONE\r\n";
    static const struct synth_event e[] = {
        { IMW_RULE_CAPABILITY, "CONDSTORE", 0 },
        { IMW_RULE_CAPABILITY, "QRESYNC", 0 },
        { IMW_RULE_CAPABILITY, "X-ONE", 0 },
    };
    CHECK_SYNTH(m, e, "R enabled CONDSTORE:\"CONDSTORE\" QRESYNC:\"QRESYNC\" "
                      "OTHER:\"X-ONE\"\n");
    /* bound (any wrapper rule starting at the keyword), and empty */
    static const char m2[] = "* ENABLED CONDSTORE\r\n";
    static const struct synth_event e2[] = {
        { IMW_RULE_CAPABILITY, "CONDSTORE", 0 },
        { IMW_RULE_MAILBOX_DATA, "ENABLED CONDSTORE", 0 },
    };
    CHECK_SYNTH(m2, e2, "R enabled CONDSTORE:\"CONDSTORE\"\n");
    static const char m3[] = "* ENABLED\r\n";
    static const struct synth_event e3[] = {
        { IMW_RULE_MAILBOX_DATA, "ENABLED", 0 },
    };
    CHECK_SYNTH(m3, e3, "R enabled\n");
}
END_TEST

Suite *imw_mailbox_suite(void)
{
    Suite *s = suite_create("mailbox");
    TCase *tc = tcase_create("vectors");
    tcase_add_loop_test(tc, test_vector, 0,
                        (int)(sizeof vectors / sizeof vectors[0]));
    tcase_add_test(tc, test_stream);
    tcase_add_test(tc, test_strict_8bit_name);
    suite_add_tcase(s, tc);
    tc = tcase_create("fields");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_list_fields);
    tcase_add_test(tc, test_status_fields);
    tcase_add_test(tc, test_values_from_bytes);
    tcase_add_test(tc, test_astrings_from_bytes);
    tcase_add_test(tc, test_escaped_names);
    tcase_add_test(tc, test_plain_names_and_attributes);
    tcase_add_test(tc, test_list_extended);
    tcase_add_test(tc, test_flags_from_bytes);
    tcase_add_test(tc, test_codes_by_positions);
    tcase_add_test(tc, test_search_million);
    tcase_add_test(tc, test_search_numbers_every_length);
    tcase_add_test(tc, test_vanished_fields);
    suite_add_tcase(s, tc);
    tc = tcase_create("hooks");
    tcase_add_test(tc, test_hook_status_items);
    tcase_add_test(tc, test_hook_sort);
    tcase_add_test(tc, test_hook_enabled);
    suite_add_tcase(s, tc);
    return s;
}
