/* Typed responses through the generated machine: every response of the
 * first set, positive and negative, RFC 3501 / RFC 7162 examples, strict
 * versus lenient, and chunk invariance for every vector. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"
#include "test_util.h"

struct vector {
    const char *input;
    const char *expect; /* whole rendering, see test_util.c */
    int strict;
    size_t len;         /* input length when it holds NUL, else 0 */
};

/* Each vector starts with a greeting unless it is about greetings. */
#define G "* OK ready\r\n"
#define RG "R greeting OK \"ready\"\n"

static const struct vector vectors[] = {
    /* greetings (RFC 3501 7.1.1, 7.1.4, 7.1.5) */
    { "* OK IMAP4rev1 Service Ready\r\n",
      "R greeting OK \"IMAP4rev1 Service Ready\"\nF 0\n", 0, 0 },
    { "* PREAUTH IMAP4rev1 server logged in as Smith\r\n",
      "R greeting PREAUTH \"IMAP4rev1 server logged in as Smith\"\nF 0\n", 0, 0 },
    { "* BYE Autologout; idle for too long\r\n",
      "R greeting BYE \"Autologout; idle for too long\"\nF 0\n", 0, 0 },
    { "* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN LOGINDISABLED] hi\r\n",
      "R greeting OK [CAPABILITY \"CAPABILITY\" (IMAP4REV1:\"IMAP4rev1\" "
      "STARTTLS:\"STARTTLS\" AUTH:\"AUTH=PLAIN\"/\"PLAIN\" "
      "LOGINDISABLED:\"LOGINDISABLED\")] \"hi\"\nF 0\n", 0, 0 },
    /* tagged and untagged status (RFC 3501 7.1) */
    { G "a001 OK LOGIN completed\r\n",
      RG "R status tag=\"a001\" OK \"LOGIN completed\"\nF 0\n", 0, 0 },
    { G "A223 NO COPY failed: disk is full\r\n"
        "A224 BAD Command unknown\r\n"
        "* BYE IMAP4rev1 Server logging out\r\n",
      RG "R status tag=\"A223\" NO \"COPY failed: disk is full\"\n"
         "R status tag=\"A224\" BAD \"Command unknown\"\n"
         "R status BYE \"IMAP4rev1 Server logging out\"\nF 0\n", 0, 0 },
    { G "* NO Disk is 98% full, please delete unnecessary data\r\n"
        "* BAD Command line too long\r\n",
      RG "R status NO \"Disk is 98% full, please delete unnecessary data\"\n"
         "R status BAD \"Command line too long\"\nF 0\n", 0, 0 },
    /* every RFC 3501 response code */
    { G "* OK [ALERT] System shutdown in 10 minutes\r\n",
      RG "R status OK [ALERT \"ALERT\"] \"System shutdown in 10 minutes\"\nF 0\n", 0, 0 },
    { G "a1 NO [BADCHARSET (UTF-8 \"US-ASCII\" {5}\r\nLATIN)] no\r\n",
      RG "R status tag=\"a1\" NO [BADCHARSET \"BADCHARSET\" \"UTF-8\" "
         "\"US-ASCII\" \"LATIN\"] \"no\"\nF 0\n", 0, 0 },
    { G "a1 NO [BADCHARSET] no\r\n",
      RG "R status tag=\"a1\" NO [BADCHARSET \"BADCHARSET\"] \"no\"\nF 0\n", 0, 0 },
    { G "a1 BAD [PARSE] bad header\r\n",
      RG "R status tag=\"a1\" BAD [PARSE \"PARSE\"] \"bad header\"\nF 0\n", 0, 0 },
    { G "* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited\r\n",
      RG "R status OK [PERMANENTFLAGS \"PERMANENTFLAGS\" (deleted:\"\\\\Deleted\" "
         "seen:\"\\\\Seen\" wildcard:\"\\\\*\")] \"Limited\"\nF 0\n", 0, 0 },
    { G "* OK [PERMANENTFLAGS ()] No permanent flags permitted\r\n",
      RG "R status OK [PERMANENTFLAGS \"PERMANENTFLAGS\" ()] "
         "\"No permanent flags permitted\"\nF 0\n", 0, 0 },
    { G "A142 OK [READ-WRITE] SELECT completed\r\n"
        "A932 OK [READ-ONLY] EXAMINE completed\r\n"
        "A003 NO [TRYCREATE] no such mailbox\r\n",
      RG "R status tag=\"A142\" OK [READ-WRITE \"READ-WRITE\"] \"SELECT completed\"\n"
         "R status tag=\"A932\" OK [READ-ONLY \"READ-ONLY\"] \"EXAMINE completed\"\n"
         "R status tag=\"A003\" NO [TRYCREATE \"TRYCREATE\"] \"no such mailbox\"\nF 0\n", 0, 0 },
    { G "* OK [UNSEEN 12] Message 12 is first unseen\r\n"
        "* OK [UIDVALIDITY 3857529045] UIDs valid\r\n"
        "* OK [UIDNEXT 4392] Predicted next UID\r\n",
      RG "R status OK [UNSEEN \"UNSEEN\" 12] \"Message 12 is first unseen\"\n"
         "R status OK [UIDVALIDITY \"UIDVALIDITY\" 3857529045] \"UIDs valid\"\n"
         "R status OK [UIDNEXT \"UIDNEXT\" 4392] \"Predicted next UID\"\nF 0\n", 0, 0 },
    /* RFC 7162 codes */
    { G "* OK [HIGHESTMODSEQ 715194045007] Highest\r\n"
        "* OK [NOMODSEQ] Sorry, this mailbox format doesn't support modsequences\r\n"
        "d105 OK [MODIFIED 7,9] Conditional STORE failed\r\n"
        "* OK [CLOSED] Previous mailbox closed\r\n",
      RG "R status OK [HIGHESTMODSEQ \"HIGHESTMODSEQ\" 715194045007] \"Highest\"\n"
         "R status OK [NOMODSEQ \"NOMODSEQ\"] \"Sorry, this mailbox format doesn't support modsequences\"\n"
         "R status tag=\"d105\" OK [MODIFIED \"MODIFIED\" 7:7,9:9] \"Conditional STORE failed\"\n"
         "R status OK [CLOSED \"CLOSED\"] \"Previous mailbox closed\"\nF 0\n", 0, 0 },
    { G "a OK [MODIFIED 1:*,3:5,*] x\r\n",
      RG "R status tag=\"a\" OK [MODIFIED \"MODIFIED\" 1:*,3:5,*:*] \"x\"\nF 0\n", 0, 0 },
    { G "* OK [HIGHESTMODSEQ 9223372036854775807] max\r\n",
      RG "R status OK [HIGHESTMODSEQ \"HIGHESTMODSEQ\" 9223372036854775807] \"max\"\nF 0\n", 0, 0 },
    /* any other code is kept, raw */
    { G "a OK [APPENDUID 38505 3955] APPEND completed\r\n"
        "b NO [NONEXISTENT] gone\r\n",
      RG "R status tag=\"a\" OK [APPENDUID \"APPENDUID\" \"38505 3955\"] \"APPEND completed\"\n"
         "R status tag=\"b\" NO [NONEXISTENT \"NONEXISTENT\"] \"gone\"\nF 0\n", 0, 0 },
    /* a known name in a form that is not its typed form: generic code */
    { G "* OK [UIDNEXT abc] odd\r\n* OK [ALERT now] odd\r\n",
      RG "R status OK [OTHER \"UIDNEXT\" \"abc\"] \"odd\"\n"
         "R status OK [OTHER \"ALERT\" \"now\"] \"odd\"\nF 0\n", 0, 0 },
    /* "[" that does not open a code is text */
    { G "* OK [ALERT]hello\r\n",
      RG "R status OK \"[ALERT]hello\"\nF 0\n", 0, 0 },
    /* CAPABILITY (RFC 3501 7.2.1) */
    { G "* CAPABILITY IMAP4rev1 STARTTLS AUTH=GSSAPI XPIG-LATIN\r\n",
      RG "R capability (IMAP4REV1:\"IMAP4rev1\" STARTTLS:\"STARTTLS\" "
         "AUTH:\"AUTH=GSSAPI\"/\"GSSAPI\" OTHER:\"XPIG-LATIN\")\nF 0\n", 0, 0 },
    { G "* CAPABILITY IMAP4rev2 IDLE\r\n",
      RG "R capability (IMAP4REV2:\"IMAP4rev2\" IDLE:\"IDLE\")\nF 0\n", 0, 0 },
    /* continuation requests (RFC 3501 7.5) */
    { G "+ Ready for additional command text\r\n",
      RG "R continue text \"Ready for additional command text\"\nF 0\n", 0, 0 },
    { G "+ YGgGCSqGSIb3EgECAgIAb1kwV6ADAgEFoQMCAQ+iSzBJoAMCAQGiQgRAtHTEuOP2BXb9sBYFR4SJlDZxmg39IxmRBOhXRKdDA0uHTCOT9Bq3OsUTXUlk0CsFLoa8j+gvGDlgHuqzWHPSQg==\r\n",
      RG "R continue base64=\"YGgGCSqGSIb3EgECAgIAb1kwV6ADAgEFoQMCAQ+iSzBJoAMCAQGiQgRAtHTEuOP2BXb9sBYFR4SJlDZxmg39IxmRBOhXRKdDA0uHTCOT9Bq3OsUTXUlk0CsFLoa8j+gvGDlgHuqzWHPSQg==\" "
         "\"YGgGCSqGSIb3EgECAgIAb1kwV6ADAgEFoQMCAQ+iSzBJoAMCAQGiQgRAtHTEuOP2BXb9sBYFR4SJlDZxmg39IxmRBOhXRKdDA0uHTCOT9Bq3OsUTXUlk0CsFLoa8j+gvGDlgHuqzWHPSQg==\"\nF 0\n", 0, 0 },
    { G "+ \r\n",
      RG "R continue base64=\"\" \"\"\nF 0\n", 1, 0 },
    { G "+ [ALERT] careful\r\n",
      RG "R continue text [ALERT \"ALERT\"] \"careful\"\nF 0\n", 0, 0 },
    /* EXISTS, RECENT, EXPUNGE, FLAGS (RFC 3501 7.3, 7.4, 7.2.6) */
    { G "* 23 EXISTS\r\n* 5 RECENT\r\n* 44 EXPUNGE\r\n* 0 EXISTS\r\n",
      RG "R exists 23\nR recent 5\nR expunge 44\nR exists 0\nF 0\n", 0, 0 },
    { G "* 4294967295 EXISTS\r\n",
      RG "R exists 4294967295\nF 0\n", 0, 0 },
    /* nine digits are read with their end, ten by the range-checked
     * reader; the keyword in any case; a number and a status response
     * after kinds that fill more of the union */
    { G "* FLAGS (\\Seen)\r\n* 999999999 EXISTS\r\n* 1000000000 RECENT\r\n"
        "* 7 exists\r\n* 12 Expunge\r\n* OK [ALERT] x\r\n* OK\r\n",
      RG "R flags (seen:\"\\\\Seen\")\nR exists 999999999\n"
         "R recent 1000000000\nR exists 7\nR expunge 12\n"
         "R status OK [ALERT \"ALERT\"] \"x\"\nR status OK \"\"\nF 0\n", 0, 0 },
    { G "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n",
      RG "R flags (answered:\"\\\\Answered\" flagged:\"\\\\Flagged\" "
         "deleted:\"\\\\Deleted\" seen:\"\\\\Seen\" draft:\"\\\\Draft\")\nF 0\n", 0, 0 },
    { G "* FLAGS ($Forwarded \\Junk)\r\n* FLAGS ()\r\n",
      RG "R flags (keyword:\"$Forwarded\" extension:\"\\\\Junk\")\n"
         "R flags ()\nF 0\n", 0, 0 },
    /* responses once kept raw: FETCH, LIST and VANISHED are typed now
     * (tests/test_fetch.c and tests/test_mailbox.c have their values) */
    { G "* 12 FETCH (FLAGS (\\Seen) UID 4827313)\r\n"
        "* LIST (\\Noselect) \"/\" ~/Mail/foo\r\n"
        "* 1 FETCH (BODY[] {3}\r\nabc)\r\n"
        "* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 1152 23)(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\" \"NAME\" \"cc.diff\") \"<960723163407.20117h@cac.washington.edu>\" \"Compiler diff\" \"BASE64\" 4554 73) \"MIXED\"))\r\n"
        "* VANISHED (EARLIER) 41,43:116,118,120:211,214:540\r\n",
      RG "R fetch name=\"FETCH\"\nR list name=\"LIST\"\n"
         "R fetch name=\"FETCH\"\nR fetch name=\"FETCH\"\n"
         "R vanished name=\"VANISHED\"\nF 0\n", 0, 0 },

    /* ---- leniencies: accepted by default, named errors when strict ---- */
    { G "a1 OK\r\n* OK [READ-WRITE]\r\n+\r\n",
      RG "R status tag=\"a1\" OK \"\"\nR status OK [READ-WRITE \"READ-WRITE\"] \"\"\n"
         "R continue base64=\"\" \"\"\nF 0\n", 0, 0 },
    { G "a1 OK\r\n",
      RG "E offset=17 msg=12 rule=resp-text code=syntax error near=\"\\x0d\\x0a\" "
         "reason=status without SP and text (strict mode)\nF 0\n", 1, 0 },
    { G "* OK [READ-WRITE]\r\n",
      RG "E offset=29 msg=12 rule=resp-text code=syntax error near=\"\\x0d\\x0a\" "
         "reason=response code not followed by SP and text (strict mode)\nF 0\n", 1, 0 },
    { G "* OK caf\xc3\xa9\r\n",
      RG "R status OK \"caf\\xc3\\xa9\"\nF 0\n", 0, 0 },
    { G "* OK caf\xc3\xa9\r\n",
      RG "E offset=20 msg=12 rule=TEXT-CHAR code=syntax error near=\"\\xc3\\xa9\\x0d\\x0a\" "
         "reason=8-bit octet outside a literal (strict mode)\nF 0\n", 1, 0 },
    { G "* CAPABILITY IMAP4rev2 IDLE\r\n",
      RG "E offset=24 msg=12 rule=capability-data code=syntax error "
         "near=\" IMAP4rev2 IDLE\\x0d\\x0a\" "
         "reason=capability list without IMAP4rev1 (strict mode)\nF 0\n", 1, 0 },

    /* ---- negative: a clear error, and the next message still parses ---- */
    { G "* 12 EXIST\r\n* 1 EXISTS\r\n",
      RG "E offset=22 msg=12 rule=mailbox-data code=syntax error near=\"\\x0d\\x0a\" "
         "reason=unexpected CR\nR exists 1\nF 0\n", 0, 0 },
    { G "* 4294967296 EXISTS\r\n* 1 RECENT\r\n",
      RG "E offset=14 msg=12 rule=number code=number out of range "
         "near=\"4294967296 EXISTS\\x0d\\x0a\" reason=number does not fit in 32 bits\n"
         "R recent 1\nF 0\n", 0, 0 },
    { G "* 0 EXPUNGE\r\n",
      RG "E offset=18 msg=12 rule=mailbox-data code=syntax error near=\"PUNGE\\x0d\\x0a\" "
         "reason=unexpected 'P'\nF 0\n", 0, 0 },
    { G "* OK [UIDNEXT 0] zero\r\n",
      RG "R status OK [OTHER \"UIDNEXT\" \"0\"] \"zero\"\nF 0\n", 0, 0 },
    { G "* OK [HIGHESTMODSEQ 9223372036854775808] over\r\n",
      RG "E offset=32 msg=12 rule=mod-sequence-value code=number out of range "
         "near=\"9223372036854775808] over\\x0d\\x0a\" "
         "reason=mod-sequence does not fit in 63 bits\nF 0\n", 0, 0 },
    { G "a1 OK done\n* 2 EXISTS\r\n",
      RG "E offset=22 msg=12 rule=text code=syntax error near=\"\\x0a\" "
         "reason=unexpected line end (bare LF)\nR exists 2\nF 0\n", 0, 0 },
    { G "* OK bare\rCR\r\n* 3 EXISTS\r\n",
      RG "E offset=22 msg=12 rule=response-data code=syntax error near=\"CR\\x0d\\x0a\" "
         "reason=CR not followed by LF\nR exists 3\nF 0\n", 0, 0 },
    { G "* OK nul\0here\r\n",
      RG "E offset=20 msg=12 rule=text code=syntax error near=\"\\x00here\\x0d\\x0a\" "
         "reason=unexpected octet 0x00\nF 0\n", 0, sizeof(G "* OK nul\0here\r\n") - 1 },
    { G "* FLAGS (\\Seen\r\n* 4 EXISTS\r\n",
      RG "E offset=26 msg=12 rule=flag code=syntax error near=\"\\x0d\\x0a\" "
         "reason=unexpected CR\nR exists 4\nF 0\n", 0, 0 },
    { G "a1 OK [UIDNEXT 5 done\r\n",
      RG "R status tag=\"a1\" OK \"[UIDNEXT 5 done\"\nF 0\n", 0, 0 },
    { G "a1 OK [UIDNEXT 5 done\r\n",
      RG "R status tag=\"a1\" OK \"[UIDNEXT 5 done\"\nF 0\n", 1, 0 },
    { G "* 1 FETCH (BODY[] {4294967296}\r\nab",
      RG "E offset=31 msg=12 rule=literal code=number out of range "
         "near=\"4294967296}\\x0d\\x0a\" reason=literal size does not fit in 32 bits\n"
         "F 0\n", 0, 0 },
    { G "* 1 FETCH (BODY[] {100000000}\r\nab",
      RG "E offset=31 msg=12 rule=literal code=literal too large "
         "near=\"100000000}\\x0d\\x0a\" reason=literal of 100000000 octets "
         "exceeds the limit of 67108864\nF 0\n", 0, 0 },
    { G "* OK done\r\n* 5 EXI",
      RG "R status OK \"done\"\nF offset=30 msg=23 rule= code=input ended inside a message "
         "near=\"\" reason=input ended inside a line\n", 0, 0 },
};

static size_t input_len(const struct vector *v)
{
    return v->len ? v->len : strlen(v->input);
}

START_TEST(test_vector)
{
    const struct vector *v = &vectors[_i];
    struct imw_test_opts o = { .strict = v->strict };
    char *got = imw_test_parse(v->input, input_len(v), o);
    ck_assert_str_eq(got, v->expect);
    free(got);
}
END_TEST

/* Every vector fed in chunks of 1..64 octets gives what the whole gives. */
START_TEST(test_chunk_invariance)
{
    const struct vector *v = &vectors[_i];
    struct imw_test_opts o = { .strict = v->strict };
    char *whole = imw_test_parse(v->input, input_len(v), o);
    for (size_t chunk = 1; chunk <= 64; chunk++) {
        o.chunk = chunk;
        char *got = imw_test_parse(v->input, input_len(v), o);
        ck_assert_msg(strcmp(got, whole) == 0, "chunk %zu:\n%s\nwhole:\n%s",
                      chunk, got, whole);
        free(got);
    }
    free(whole);
}
END_TEST

/* Without the greeting expectation, an untagged OK is a status. */
START_TEST(test_no_greeting_option)
{
    struct imw_test_opts o = { .no_greeting = 1 };
    const char *in = "* OK hi\r\n";
    char *got = imw_test_parse(in, strlen(in), o);
    ck_assert_str_eq(got, "R status OK \"hi\"\nF 0\n");
    free(got);
}
END_TEST

/* Only the stream's first message can be the greeting: after a message
 * that failed (in the machine, the decoder or the framer) an untagged OK
 * is a status; the option set before the first message counts, after it
 * it changes nothing. */
static enum imw_response_kind first_ok_kind(const char *before, int off_on)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    const struct imw_response *r = NULL;
    ck_assert_ptr_nonnull(p);
    if (off_on) {
        ck_assert_int_eq(imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0), 0);
        ck_assert_int_eq(imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 1), 0);
    }
    if (before) {
        ck_assert_int_eq(imw_parser_feed(p, before, strlen(before)), 0);
        while (imw_parser_next(p, &r) != 0)
            if (off_on == 2) /* turned on again after the first message */
                ck_assert_int_eq(imw_parser_set_option(
                    p, IMW_OPTION_EXPECT_GREETING, 1), 0);
    }
    ck_assert_int_eq(imw_parser_feed(p, "* OK hi\r\n", 9), 0);
    ck_assert_int_eq(imw_parser_next(p, &r), 1);
    enum imw_response_kind kind = r->kind;
    imw_parser_free(p);
    return kind;
}

START_TEST(test_greeting_only_first)
{
    ck_assert_int_eq(first_ok_kind(NULL, 0), IMW_RESP_GREETING);
    ck_assert_int_eq(first_ok_kind(NULL, 1), IMW_RESP_GREETING);
    ck_assert_int_eq(first_ok_kind("* 3 EXISTS\r\n", 0), IMW_RESP_STATUS);
    ck_assert_int_eq(first_ok_kind("* 3 EXISTS\r\n", 2), IMW_RESP_STATUS);
    /* a machine error, a decoder error (a number past 2^32 - 1), a
     * framer error (a literal header without its CRLF's digits) */
    ck_assert_int_eq(first_ok_kind("* ( x\r\n", 0), IMW_RESP_STATUS);
    ck_assert_int_eq(first_ok_kind("* 4294967296 EXISTS\r\n", 0),
                     IMW_RESP_STATUS);
    ck_assert_int_eq(first_ok_kind("* OK {99999999999999999999}\r\n", 0),
                     IMW_RESP_STATUS);
}
END_TEST

/* Quoted strings with escapes are unescaped into the arena. */
START_TEST(test_quoted_escapes)
{
    char *got = imw_test_parse_str(
        G "a NO [BADCHARSET (\"a\\\"b\" \"c\\\\d\")] x\r\n", 0);
    ck_assert_str_eq(got, RG "R status tag=\"a\" NO [BADCHARSET \"BADCHARSET\" "
                          "\"a\\\"b\" \"c\\\\d\"] \"x\"\nF 0\n");
    free(got);
}
END_TEST

/* Nesting deeper than the limit is refused with a clear error. */
START_TEST(test_nesting_limit)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_NESTING, 3), 0);
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_NESTING, 100000),
                     IMW_ERR_INVALID_ARGUMENT);
    const char *in = G "* 1 FETCH (BODY ((((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1) \"MIXED\") \"MIXED\") \"MIXED\"))\r\n* 2 EXISTS\r\n";
    const struct imw_response *r;
    ck_assert_int_eq(imw_parser_feed(p, in, strlen(in)), 0);
    ck_assert_int_eq(imw_parser_next(p, &r), 1);
    ck_assert_int_eq(imw_parser_next(p, &r), IMW_ERR_NESTING_TOO_DEEP);
    const struct imw_parse_error *e = imw_parser_error(p);
    ck_assert_str_eq(e->rule, "body");
    ck_assert_str_eq(e->reason, "nesting deeper than 3");
    ck_assert_int_eq(imw_parser_next(p, &r), 1);
    ck_assert_int_eq(r->kind, IMW_RESP_EXISTS);
    imw_parser_free(p);
}
END_TEST

/* Limits set through the parser apply to the next message, which fails
 * alone: the one after it parses. */
START_TEST(test_limits_through_parser)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_LINE_LENGTH, 30), 0);
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_LITERALS, 1), 0);
    ck_assert_int_eq(imw_parser_set_limit(p, IMW_LIMIT_LINE_LENGTH, 0),
                     IMW_ERR_INVALID_ARGUMENT);
    const char *in = "* OK hi\r\n* OK this line is far too long for it\r\n"
                     "* 1 EXISTS\r\na NO [BADCHARSET ({1}\r\nx {1}\r\ny)] n\r\n"
                     "* 2 EXISTS\r\n";
    const struct imw_response *r;
    ck_assert_int_eq(imw_parser_feed(p, in, strlen(in)), 0);
    ck_assert_int_eq(imw_parser_next(p, &r), 1);
    ck_assert_int_eq(imw_parser_next(p, &r), IMW_ERR_LINE_TOO_LONG);
    ck_assert_str_eq(imw_parser_error(p)->rule, "");
    ck_assert_uint_eq(imw_parser_error(p)->message_offset, 9);
    ck_assert_int_eq(imw_parser_next(p, &r), 1);
    ck_assert_uint_eq(r->u.number, 1);
    ck_assert_int_eq(imw_parser_next(p, &r), IMW_ERR_TOO_MANY_LITERALS);
    ck_assert_str_eq(imw_parser_error(p)->rule, "literal");
    ck_assert_int_eq(imw_parser_next(p, &r), 1);
    ck_assert_uint_eq(r->u.number, 2);
    ck_assert_int_eq(imw_parser_next(p, &r), 0);
    ck_assert_int_eq(imw_parser_finish(p), 0);
    imw_parser_free(p);
}
END_TEST

/* Zero copy: a message whole in the fed bytes is parsed where it lies. */
START_TEST(test_zero_copy)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    const char *in = "* OK hi\r\n* 1 EXISTS\r\n";
    const struct imw_response *r;
    imw_parser_feed(p, in, strlen(in));
    ck_assert_int_eq(imw_parser_next(p, &r), 1);
    ck_assert_ptr_eq(r->raw.ptr, (const uint8_t *)in);
    ck_assert_ptr_eq(r->u.status.text.text.ptr, (const uint8_t *)in + 5);
    ck_assert_int_eq(imw_parser_next(p, &r), 1);
    ck_assert_ptr_eq(r->raw.ptr, (const uint8_t *)in + 9);
    ck_assert_int_eq(imw_parser_next(p, &r), 0);
    imw_parser_free(p);
}
END_TEST

/* The wrong entry point is fatal (returned once), so that the documented
 * loop ends instead of spinning; so are NULL arguments. */
START_TEST(test_commands_unsupported)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_SERVER);
    const struct imw_response *r;
    imw_parser_feed(p, "a NOOP\r\n", 8);
    ck_assert_int_eq(imw_parser_next(p, &r), IMW_ERR_MISUSE);
    ck_assert(imw_error_is_fatal(IMW_ERR_MISUSE));
    ck_assert_int_eq(imw_parser_next(p, &r), 0);
    ck_assert_int_eq(imw_parser_next(NULL, &r), IMW_ERR_MISUSE);
    ck_assert_int_eq(imw_parser_next(p, NULL), IMW_ERR_MISUSE);
    imw_parser_free(p);
}
END_TEST

START_TEST(test_strerror_and_names)
{
    ck_assert_str_eq(imw_strerror(IMW_ERR_LITERAL_TOO_LARGE), "literal too large");
    ck_assert_str_eq(imw_strerror(12345), "unknown error");
    ck_assert_str_eq(imw_code_kind_name(IMW_CODE_READ_WRITE), "READ-WRITE");
    ck_assert_str_eq(imw_status_name(IMW_STATUS_PREAUTH), "PREAUTH");
    ck_assert_str_eq(imw_response_kind_name((enum imw_response_kind)99), "UNKNOWN");
}
END_TEST

/* Every allocation failing from the n-th on: no crash, no leak, and each
 * failure is IMW_ERR_NOMEM for one message at most. */
START_TEST(test_allocation_failures)
{
    static const char in[] =
        G "a NO [BADCHARSET (\"a\\\"b\" {3}\r\nxyz)] x\r\n"
        "* CAPABILITY IMAP4rev1 IDLE\r\n* 1 EXISTS\r\n";
    int completed = 0;
    for (int budget = 0; budget < 40; budget++) {
        struct imw_test_alloc c;
        imw_allocator a = imw_test_alloc_init(&c, -1);
        c.fail_from = budget; /* the first `budget` succeed, no later one */
        imw_parser *p = imw_parser_new_with_allocator(IMW_SIDE_CLIENT, &a);
        if (!p) {
            ck_assert_uint_eq(c.live, 0);
            continue;
        }
        const struct imw_response *r;
        int rc, good = 0, nomem = 0;
        /* two feeds, so that a message spans them and must be copied */
        ck_assert(imw_parser_feed(p, in, 20) == 0 || c.calls > budget);
        while ((rc = imw_parser_next(p, &r)) != 0) {
            good += rc > 0;
            nomem += rc == IMW_ERR_NOMEM;
            ck_assert(rc > 0 || rc == IMW_ERR_NOMEM);
        }
        if (imw_parser_feed(p, in + 20, sizeof in - 1 - 20) == 0) {
            while ((rc = imw_parser_next(p, &r)) != 0) {
                good += rc > 0;
                nomem += rc == IMW_ERR_NOMEM;
                ck_assert(rc > 0 || rc == IMW_ERR_NOMEM);
            }
        }
        completed += good == 4 && nomem == 0;
        imw_parser_free(p);
        ck_assert_uint_eq(c.live, 0);
    }
    ck_assert_int_gt(completed, 0); /* enough memory: everything parses */
}
END_TEST

/* The codes without arguments of RFC 5530, RFC 9051 and the extensions:
 * each is typed by name, in any case, and only when it has no argument. */
START_TEST(test_bare_codes)
{
    static const struct { const char *name; enum imw_code_kind kind; } codes[] = {
        { "UNAVAILABLE", IMW_CODE_UNAVAILABLE },
        { "AUTHENTICATIONFAILED", IMW_CODE_AUTHENTICATIONFAILED },
        { "AUTHORIZATIONFAILED", IMW_CODE_AUTHORIZATIONFAILED },
        { "EXPIRED", IMW_CODE_EXPIRED },
        { "PRIVACYREQUIRED", IMW_CODE_PRIVACYREQUIRED },
        { "CONTACTADMIN", IMW_CODE_CONTACTADMIN },
        { "NOPERM", IMW_CODE_NOPERM },
        { "INUSE", IMW_CODE_INUSE },
        { "EXPUNGEISSUED", IMW_CODE_EXPUNGEISSUED },
        { "CORRUPTION", IMW_CODE_CORRUPTION },
        { "SERVERBUG", IMW_CODE_SERVERBUG },
        { "CLIENTBUG", IMW_CODE_CLIENTBUG },
        { "CANNOT", IMW_CODE_CANNOT },
        { "LIMIT", IMW_CODE_LIMIT },
        { "OVERQUOTA", IMW_CODE_OVERQUOTA },
        { "ALREADYEXISTS", IMW_CODE_ALREADYEXISTS },
        { "NONEXISTENT", IMW_CODE_NONEXISTENT },
        { "HASCHILDREN", IMW_CODE_HASCHILDREN },
        { "UNKNOWN-CTE", IMW_CODE_UNKNOWN_CTE },
        { "UIDNOTSTICKY", IMW_CODE_UIDNOTSTICKY },
        { "NOTSAVED", IMW_CODE_NOTSAVED },
        { "USEATTR", IMW_CODE_USEATTR },
        { "COMPRESSIONACTIVE", IMW_CODE_COMPRESSIONACTIVE },
        { "NOTIFICATIONOVERFLOW", IMW_CODE_NOTIFICATIONOVERFLOW },
        { "TOOBIG", IMW_CODE_TOOBIG },
        { "BADCOMPARATOR", IMW_CODE_BADCOMPARATOR },
    };
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        char msg[128];
        imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
        const struct imw_response *r;
        snprintf(msg, sizeof msg, "* OK hi\r\na NO [%s] x\r\n* NO [%s extra] y\r\n",
                 codes[i].name, codes[i].name);
        for (char *c = msg + 12; *c && *c != ']'; c++) /* the first in lower case */
            *c = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
        ck_assert_int_eq(imw_parser_feed(p, msg, strlen(msg)), 0);
        ck_assert_int_eq(imw_parser_next(p, &r), 1);
        ck_assert_int_eq(imw_parser_next(p, &r), 1);
        ck_assert_ptr_nonnull(r->u.status.text.code);
        ck_assert_int_eq(r->u.status.text.code->kind, codes[i].kind);
        ck_assert_str_eq(imw_code_kind_name(codes[i].kind), codes[i].name);
        ck_assert_int_eq(imw_parser_next(p, &r), 1);
        ck_assert_int_eq(r->u.status.text.code->kind, IMW_CODE_OTHER);
        imw_parser_free(p);
    }
}
END_TEST

/* RFC 6855: with UTF8=ACCEPT enabled, strict mode takes UTF-8 in quoted
 * strings and text, and still refuses other 8-bit octets. */
START_TEST(test_utf8_accept)
{
    static const char utf8[] = "* LIST () \"/\" \"Entw\xc3\xbcrfe\"\r\n";
    static const char latin1[] = "* LIST () \"/\" \"Entw\xfcrfe\"\r\n";
    static const char overlong[] = "* OK caf\xc0\xa9\r\n";
    struct { const char *msg; int utf8; int ok; } cases[] = {
        { utf8, 0, 0 }, { utf8, 1, 1 }, { latin1, 1, 0 }, { overlong, 1, 0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
        const struct imw_response *r;
        imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
        imw_parser_set_option(p, IMW_OPTION_STRICT, 1);
        imw_parser_set_option(p, IMW_OPTION_UTF8, cases[i].utf8);
        imw_parser_feed(p, cases[i].msg, strlen(cases[i].msg));
        int rc = imw_parser_next(p, &r);
        ck_assert_msg(cases[i].ok ? rc == 1 : rc == IMW_ERR_SYNTAX, "case %zu: %d", i, rc);
        if (cases[i].ok)
            ck_assert_uint_eq(r->u.list->mailbox.name.len, 9);
        imw_parser_free(p);
    }
}
END_TEST

Suite *imw_response_suite(void)
{
    Suite *s = suite_create("responses");
    TCase *tc = tcase_create("vectors");
    int n = (int)(sizeof vectors / sizeof vectors[0]);
    tcase_add_loop_test(tc, test_vector, 0, n);
    tcase_add_loop_test(tc, test_chunk_invariance, 0, n);
    tcase_add_test(tc, test_no_greeting_option);
    tcase_add_test(tc, test_greeting_only_first);
    tcase_add_test(tc, test_quoted_escapes);
    tcase_add_test(tc, test_nesting_limit);
    tcase_add_test(tc, test_zero_copy);
    tcase_add_test(tc, test_limits_through_parser);
    tcase_add_test(tc, test_commands_unsupported);
    tcase_add_test(tc, test_strerror_and_names);
    tcase_add_test(tc, test_allocation_failures);
    tcase_add_test(tc, test_bare_codes);
    tcase_add_test(tc, test_utf8_accept);
    suite_add_tcase(s, tc);
    return s;
}
