/* Body structures read by the cursor of src/decode_body.c: every
 * leniency of the body grammar, literals and escapes in fields, deep
 * nesting of parts and of extension lists, message/rfc822 parts, number
 * ranges, each in whole and in 1-octet chunks; and bytes changed under
 * the decoder after the machine accepted them (a clear error, never a
 * read outside the part). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"
#include "test_util.h"
#include "test_fixture.h"
#include "decode_fetch.h"

/* ---- typed values through the parser, whole or in chunks -------------------- */

static imw_parser *parser;

/* The body of the first item of the one FETCH message in `s`, fed in
 * chunks of `chunk` octets (0: at once); valid until the next call. */
static const struct imw_body *body_of(const char *s, size_t n, size_t chunk)
{
    if (parser)
        imw_parser_free(parser);
    parser = imw_parser_new(IMW_SIDE_CLIENT);
    ck_assert_ptr_nonnull(parser);
    imw_parser_set_option(parser, IMW_OPTION_EXPECT_GREETING, 0);
    size_t step = chunk ? chunk : n;
    for (size_t at = 0; at < n; at += step)
        ck_assert_int_eq(imw_parser_feed(parser, s + at,
                                         n - at < step ? n - at : step), 0);
    const struct imw_response *r = NULL;
    int rc = imw_parser_next(parser, &r);
    ck_assert_msg(rc > 0, "parse failed: %s: %s", imw_parser_error(parser)->rule,
                  imw_parser_error(parser)->reason);
    ck_assert_int_eq(r->kind, IMW_RESP_FETCH);
    const struct imw_fetch_item *it = &r->u.fetch->items[0];
    ck_assert(it->kind == IMW_FETCH_BODY || it->kind == IMW_FETCH_BODYSTRUCTURE);
    return it->u.body;
}

static void done(void)
{
    imw_parser_free(parser);
    parser = NULL;
}

static void assert_bytes_n(imw_bytes b, const char *s, size_t n)
{
    ck_assert_ptr_nonnull(b.ptr);
    ck_assert_msg(b.len == n && memcmp(b.ptr, s, n) == 0, "got \"%.*s\", want \"%.*s\"",
                  (int)b.len, (const char *)b.ptr, (int)n, s);
}
#define assert_bytes(b, s) assert_bytes_n((b), (s), strlen(s))

/* ---- vectors: the inspector's JSON of the body ------------------------------ */

static const struct {
    const char *leniency; /* the named leniency strict mode refuses, or NULL */
    const char *msg;
    const char *body;     /* the "body" object of the inspector's JSON */
} vectors[] = {
    { "nil-string",
      "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" NIL NIL NIL NIL \"7BIT\" 3 1))\r\n",
      "{\"kind\":\"TEXT\",\"type\":\"TEXT\",\"subtype\":\"NIL\",\"params\":null,"
      "\"id\":null,\"description\":null,\"encoding\":\"7BIT\",\"octets\":3,"
      "\"lines\":1}" },
    { "dsp-string", /* the bare string is no disposition */
      "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 3 1 NIL"
      " \"inline\" \"en\"))\r\n",
      "{\"kind\":\"TEXT\",\"type\":\"TEXT\",\"subtype\":\"PLAIN\",\"params\":null,"
      "\"id\":null,\"description\":null,\"encoding\":\"7BIT\",\"octets\":3,"
      "\"lines\":1,\"extension\":{\"md5\":null,\"disposition\":null,"
      "\"language\":\"en\"}}" },
    { "param-nil-value", /* as before the cursor: an empty list, not NIL */
      "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" (\"CHARSET\" NIL) NIL NIL"
      " \"7BIT\" 3 1 NIL (\"attachment\" (\"A\" \"1\" \"FILENAME\" NIL))))\r\n",
      "{\"kind\":\"TEXT\",\"type\":\"TEXT\",\"subtype\":\"PLAIN\",\"params\":[],"
      "\"id\":null,\"description\":null,\"encoding\":\"7BIT\",\"octets\":3,"
      "\"lines\":1,\"extension\":{\"md5\":null,\"disposition\":"
      "{\"type\":\"attachment\",\"params\":[]}}}" },
    { "nil-encoding",
      "* 1 FETCH (BODY (\"IMAGE\" \"PNG\" NIL NIL NIL NIL 3))\r\n",
      "{\"kind\":\"BASIC\",\"type\":\"IMAGE\",\"subtype\":\"PNG\",\"params\":null,"
      "\"id\":null,\"description\":null,\"encoding\":\"\",\"octets\":3}" },
    { "md5-params", /* kept as sent */
      "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 3 1"
      " (\"NAME\" \"x\" \"B\" NIL) NIL (\"en\" \"de\")))\r\n",
      "{\"kind\":\"TEXT\",\"type\":\"TEXT\",\"subtype\":\"PLAIN\",\"params\":null,"
      "\"id\":null,\"description\":null,\"encoding\":\"7BIT\",\"octets\":3,"
      "\"lines\":1,\"extension\":{\"md5\":\"(\\\"NAME\\\" \\\"x\\\" \\\"B\\\" NIL)\","
      "\"disposition\":null,\"language\":[\"en\",\"de\"]}}" },
    { "md5-params", /* in a basic part, right after the size */
      "* 1 FETCH (BODYSTRUCTURE (\"APPLICATION\" \"PDF\" NIL NIL NIL \"BASE64\" 3"
      " (\"NAME\" \"x\")))\r\n",
      "{\"kind\":\"BASIC\",\"type\":\"APPLICATION\",\"subtype\":\"PDF\","
      "\"params\":null,\"id\":null,\"description\":null,\"encoding\":\"BASE64\","
      "\"octets\":3,\"extension\":{\"md5\":\"(\\\"NAME\\\" \\\"x\\\")\"}}" },
    { "empty-multipart",
      "* 1 FETCH (BODYSTRUCTURE (\"MIXED\"))\r\n",
      "{\"kind\":\"MULTIPART\",\"parts\":[],\"subtype\":\"MIXED\"}" },
    { "empty-multipart",
      "* 1 FETCH (BODYSTRUCTURE (\"MIXED\" (\"BOUNDARY\" \"x\") (\"inline\" NIL)"
      " (\"en\" \"de\") \"loc\"))\r\n",
      "{\"kind\":\"MULTIPART\",\"parts\":[],\"subtype\":\"MIXED\",\"extension\":"
      "{\"params\":[{\"name\":\"BOUNDARY\",\"value\":\"x\"}],\"disposition\":"
      "{\"type\":\"inline\",\"params\":null},\"language\":[\"en\",\"de\"],"
      "\"location\":\"loc\",\"extensions\":[]}}" },
    { "empty-multipart", /* NIL where a single part's subtype would be */
      "* 1 FETCH (BODYSTRUCTURE (\"mixed\" nil nil nil nil))\r\n",
      "{\"kind\":\"MULTIPART\",\"parts\":[],\"subtype\":\"mixed\",\"extension\":"
      "{\"params\":null,\"disposition\":null,\"language\":null,\"location\":null,"
      "\"extensions\":[]}}" },
    { "multipart-as-single", /* inside a message part */
      "* 2 FETCH (BODYSTRUCTURE ((\"text\" \"plain\" NIL NIL NIL \"7bit\" 7 1)"
      "(\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 903 (NIL \"s\" NIL NIL NIL NIL"
      " NIL NIL NIL NIL) (NIL \"alternative\" (\"boundary\" \"Apple-Mail\") NIL NIL"
      " NIL) 17) \"report\"))\r\n",
      "{\"kind\":\"MULTIPART\",\"parts\":[{\"kind\":\"TEXT\",\"type\":\"text\","
      "\"subtype\":\"plain\",\"params\":null,\"id\":null,\"description\":null,"
      "\"encoding\":\"7bit\",\"octets\":7,\"lines\":1},{\"kind\":\"MESSAGE\","
      "\"type\":\"message\",\"subtype\":\"rfc822\",\"params\":null,\"id\":null,"
      "\"description\":null,\"encoding\":\"7bit\",\"octets\":903,\"envelope\":"
      "{\"date\":null,\"subject\":\"s\",\"from\":null,\"sender\":null,"
      "\"reply_to\":null,\"to\":null,\"cc\":null,\"bcc\":null,"
      "\"in_reply_to\":null,\"message_id\":null},\"body\":{\"kind\":\"MULTIPART\","
      "\"parts\":[],\"subtype\":\"alternative\",\"extension\":{\"params\":"
      "[{\"name\":\"boundary\",\"value\":\"Apple-Mail\"}]}},\"lines\":17}],"
      "\"subtype\":\"report\"}" },
    { "multipart-as-single", /* with the size */
      "* 2 FETCH (BODY ((NIL \"alternative\" NIL NIL NIL \"7BIT\" 12) \"mixed\"))\r\n",
      "{\"kind\":\"MULTIPART\",\"parts\":[{\"kind\":\"MULTIPART\",\"parts\":[],"
      "\"subtype\":\"alternative\",\"extension\":{\"params\":null}}],"
      "\"subtype\":\"mixed\"}" },
    { NULL, /* extension lists nested in lists, numbers, NIL */
      "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1 NIL NIL"
      " NIL NIL (\"a\" (1 (\"deep\" NIL) ((\"x\")))) 4294967295 \"x\" NIL))\r\n",
      "{\"kind\":\"TEXT\",\"type\":\"TEXT\",\"subtype\":\"PLAIN\",\"params\":null,"
      "\"id\":null,\"description\":null,\"encoding\":\"7BIT\",\"octets\":1,"
      "\"lines\":1,\"extension\":{\"md5\":null,\"disposition\":null,"
      "\"language\":null,\"location\":null,\"extensions\":[{\"list\":"
      "[{\"string\":\"a\"},{\"list\":[{\"number\":1},{\"list\":[{\"string\":"
      "\"deep\"},{\"nil\":null}]},{\"list\":[{\"list\":[{\"string\":\"x\"}]}]}]}]},"
      "{\"number\":4294967295},{\"string\":\"x\"},{\"nil\":null}]}}" },
    { NULL, /* MESSAGE/RFC822: envelope, a multipart body, lines, extensions */
      "* 3 FETCH (BODYSTRUCTURE (\"MESSAGE\" \"RFC822\" (\"NAME\" \"fwd.eml\")"
      " \"<id>\" \"desc\" \"7BIT\" 1024 (\"Mon, 7 Feb 1994 21:52:25 -0800\" \"subj\""
      " ((\"Terry\" NIL \"gray\" \"cac.washington.edu\")) NIL NIL ((NIL NIL \"b\""
      " \"c\")) NIL NIL NIL \"<B27@x>\") ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"UTF-8\")"
      " NIL NIL \"QUOTED-PRINTABLE\" 3 1)(\"APPLICATION\" \"OCTET-STREAM\" NIL NIL"
      " NIL \"BASE64\" 10) \"MIXED\") 40 \"md5\" (\"inline\" NIL) \"en\" \"loc\""
      " 9))\r\n",
      "{\"kind\":\"MESSAGE\",\"type\":\"MESSAGE\",\"subtype\":\"RFC822\",\"params\":"
      "[{\"name\":\"NAME\",\"value\":\"fwd.eml\"}],\"id\":\"<id>\",\"description\":"
      "\"desc\",\"encoding\":\"7BIT\",\"octets\":1024,\"envelope\":{\"date\":"
      "\"Mon, 7 Feb 1994 21:52:25 -0800\",\"subject\":\"subj\",\"from\":[{\"kind\":"
      "\"ADDRESS\",\"name\":\"Terry\",\"adl\":null,\"mailbox\":\"gray\",\"host\":"
      "\"cac.washington.edu\"}],\"sender\":null,\"reply_to\":null,\"to\":[{\"kind\":"
      "\"ADDRESS\",\"name\":null,\"adl\":null,\"mailbox\":\"b\",\"host\":\"c\"}],"
      "\"cc\":null,\"bcc\":null,\"in_reply_to\":null,\"message_id\":\"<B27@x>\"},"
      "\"body\":{\"kind\":\"MULTIPART\",\"parts\":[{\"kind\":\"TEXT\",\"type\":"
      "\"TEXT\",\"subtype\":\"PLAIN\",\"params\":[{\"name\":\"CHARSET\",\"value\":"
      "\"UTF-8\"}],\"id\":null,\"description\":null,\"encoding\":"
      "\"QUOTED-PRINTABLE\",\"octets\":3,\"lines\":1},{\"kind\":\"BASIC\",\"type\":"
      "\"APPLICATION\",\"subtype\":\"OCTET-STREAM\",\"params\":null,\"id\":null,"
      "\"description\":null,\"encoding\":\"BASE64\",\"octets\":10}],\"subtype\":"
      "\"MIXED\"},\"lines\":40,\"extension\":{\"md5\":\"md5\",\"disposition\":"
      "{\"type\":\"inline\",\"params\":null},\"language\":\"en\",\"location\":"
      "\"loc\",\"extensions\":[{\"number\":9}]}}" },
    { NULL, /* escapes; an empty string is not NIL */
      "* 1 FETCH (BODY (\"A\" \"B\" (\"N\" \"a\\\"b\\\\\" \"M\" \"\\\\\") \"i\\\"d\" \"\""
      " \"7BIT\" 4294967295))\r\n",
      "{\"kind\":\"BASIC\",\"type\":\"A\",\"subtype\":\"B\",\"params\":[{\"name\":"
      "\"N\",\"value\":\"a\\\"b\\\\\"},{\"name\":\"M\",\"value\":\"\\\\\"}],\"id\":"
      "\"i\\\"d\",\"description\":\"\",\"encoding\":\"7BIT\",\"octets\":4294967295}" },
    { "md5-params", /* a message part of another type has no envelope */
      "* 1 FETCH (BODYSTRUCTURE (\"MESSAGE\" \"DELIVERY-STATUS\" NIL NIL NIL"
      " \"7BIT\" 20 (\"k\" \"v\")))\r\n",
      "{\"kind\":\"BASIC\",\"type\":\"MESSAGE\",\"subtype\":\"DELIVERY-STATUS\","
      "\"params\":null,\"id\":null,\"description\":null,\"encoding\":\"7BIT\","
      "\"octets\":20,\"extension\":{\"md5\":\"(\\\"k\\\" \\\"v\\\")\"}}" },
};

START_TEST(vector_values)
{
    const char *msg = vectors[_i].msg;
    size_t len = strlen(msg);
    char *whole = imw_test_json(msg, len, 0);
    char want[4096];
    snprintf(want, sizeof want, "\"body\":%s}]}\n", vectors[_i].body);
    ck_assert_msg(strstr(whole, want) != NULL, "%s\ngot  %s\nwant %s", msg, whole,
                  want);
    char *bytewise = imw_test_json(msg, len, 1);
    ck_assert_str_eq(bytewise, whole);
    free(bytewise);
    free(whole);
}
END_TEST

START_TEST(vector_strictness)
{
    char *out = imw_test_parse_str(vectors[_i].msg, 1);
    if (vectors[_i].leniency) {
        char rule[64];
        snprintf(rule, sizeof rule, " rule=%s ", vectors[_i].leniency);
        ck_assert_msg(strncmp(out, "E ", 2) == 0 && strstr(out, rule), "%s", out);
    } else {
        ck_assert_msg(strncmp(out, "R ", 2) == 0, "%s", out);
    }
    free(out);
}
END_TEST

/* ---- literals -------------------------------------------------------------- */

/* Every string field a literal, with CRLF, NUL, "(" and ")" inside: the
 * cursor takes their data from the framer's spans and never scans it. */
static const char literal_msg[] =
    "* 1 FETCH (BODYSTRUCTURE ({4}\r\nTEXT {5}\r\nPL\r\nN ({3}\r\na\0b {2}\r\n\r\n)"
    " {1}\r\n) {0}\r\n {4}\r\n7BIT 5 {3}\r\nmd5 ({6}\r\ninline ({1}\r\nx {1}\r\ny))"
    " ({2}\r\nen {2}\r\nde) {3}\r\nloc {2}\r\n() ({1}\r\n( 3)))\r\n";

START_TEST(literal_fields)
{
    for (size_t chunk = 0; chunk <= 1; chunk++) {
        const struct imw_body *b = body_of(literal_msg, sizeof literal_msg - 1, chunk);
        ck_assert_int_eq(b->kind, IMW_BODY_BASIC); /* literal "TEXT": not media-text */
        assert_bytes(b->type, "TEXT");
        assert_bytes(b->subtype, "PL\r\nN");
        ck_assert_uint_eq(b->params.count, 1);
        assert_bytes_n(b->params.items[0].name, "a\0b", 3);
        assert_bytes(b->params.items[0].value, "\r\n");
        assert_bytes(b->id, ")");
        assert_bytes(b->description, "");
        assert_bytes(b->encoding, "7BIT");
        ck_assert_uint_eq(b->octets, 5);
        ck_assert_uint_eq(b->ext.fields, 4);
        assert_bytes(b->ext.md5, "md5");
        assert_bytes(b->ext.disposition.type, "inline");
        ck_assert_uint_eq(b->ext.disposition.params.count, 1);
        assert_bytes(b->ext.disposition.params.items[0].value, "y");
        ck_assert(b->ext.language.is_list);
        ck_assert_uint_eq(b->ext.language.count, 2);
        assert_bytes(b->ext.language.items[1], "de");
        assert_bytes(b->ext.location, "loc");
        ck_assert_uint_eq(b->ext.extension_count, 2);
        const struct imw_value *v = b->ext.extensions;
        ck_assert_int_eq(v[0].kind, IMW_VALUE_STRING);
        assert_bytes(v[0].bytes, "()");
        ck_assert_int_eq(v[1].kind, IMW_VALUE_LIST);
        ck_assert_uint_eq(v[1].count, 2);
        assert_bytes(v[1].items[0].bytes, "(");
        ck_assert_uint_eq(v[1].items[1].number, 3);
        assert_bytes(v[1].raw, "({1}\r\n( 3)");
    }
    done();
}
END_TEST

/* ---- nesting ---------------------------------------------------------------- */

/* 100 parts deep, multiparts and message/rfc822 parts in turn: level i
 * is a multipart with subtype "Li" when i is even, else a message part
 * whose size and line count are i. */
enum { PART_LEVELS = 100 };

static size_t nested_parts(char *s, size_t cap, int level)
{
    if (level == PART_LEVELS)
        return (size_t)snprintf(s, cap, "(\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 2)");
    size_t n = (size_t)snprintf(s, cap, level % 2 ? "(\"MESSAGE\" \"RFC822\" NIL "
                                "NIL NIL \"7BIT\" %d (NIL \"s%d\" NIL NIL NIL NIL NIL NIL "
                                "NIL NIL) " : "(", level, level);
    n += nested_parts(s + n, cap - n, level + 1);
    return n + (size_t)snprintf(s + n, cap - n, level % 2 ? " %d)" : " \"L%d\")",
                                level);
}

START_TEST(parts_100_deep)
{
    size_t cap = 16384;
    char *s = malloc(cap);
    size_t n = (size_t)snprintf(s, cap, "* 1 FETCH (BODY ");
    n += nested_parts(s + n, cap - n, 0);
    n += (size_t)snprintf(s + n, cap - n, ")\r\n");
    ck_assert_uint_lt(n, cap);
    for (size_t chunk = 0; chunk <= 1; chunk++) {
        const struct imw_body *b = body_of(s, n, chunk);
        for (int level = 0; level < PART_LEVELS; level++) {
            char name[16];
            snprintf(name, sizeof name, level % 2 ? "s%d" : "L%d", level);
            if (level % 2) {
                ck_assert_int_eq(b->kind, IMW_BODY_MESSAGE);
                ck_assert_uint_eq(b->octets, (unsigned)level);
                ck_assert_uint_eq(b->lines, (unsigned)level);
                assert_bytes(b->envelope->subject, name);
                b = b->body;
            } else {
                ck_assert_int_eq(b->kind, IMW_BODY_MULTIPART);
                ck_assert_uint_eq(b->part_count, 1);
                assert_bytes(b->subtype, name);
                b = &b->parts[0];
            }
        }
        ck_assert_int_eq(b->kind, IMW_BODY_TEXT);
        ck_assert_uint_eq(b->lines, 2);
    }
    done();
    free(s);
}
END_TEST

/* Parameter lists and multiparts of 0 to 20 entries: the arrays that
 * take four slots first and double after (struct vec), each entry where
 * it belongs. */
START_TEST(list_lengths)
{
    for (int n = 0; n <= 20; n++) {
        char s[8192];
        size_t at = (size_t)snprintf(s, sizeof s, "* 1 FETCH (BODYSTRUCTURE (");
        for (int k = 0; k < (n ? n : 1); k++) {
            at += (size_t)snprintf(s + at, sizeof s - at, "(\"TEXT\" \"P%d\" ", k);
            if (n == 0) {
                at += (size_t)snprintf(s + at, sizeof s - at, "NIL");
            } else {
                at += (size_t)snprintf(s + at, sizeof s - at, "(");
                for (int j = 0; j < n; j++)
                    at += (size_t)snprintf(s + at, sizeof s - at, "%s\"N%d\" \"V%d\"",
                                           j ? " " : "", j, j);
                at += (size_t)snprintf(s + at, sizeof s - at, ")");
            }
            at += (size_t)snprintf(s + at, sizeof s - at, " NIL NIL \"7BIT\" %d 1)", k);
        }
        at += (size_t)snprintf(s + at, sizeof s - at, " \"MIXED\"))\r\n");
        ck_assert_uint_lt(at, sizeof s);
        const struct imw_body *b = body_of(s, at, 0);
        ck_assert_int_eq(b->kind, IMW_BODY_MULTIPART);
        ck_assert_uint_eq(b->part_count, (size_t)(n ? n : 1));
        for (int k = 0; k < (n ? n : 1); k++) {
            const struct imw_body *p = &b->parts[k];
            char want[16];
            snprintf(want, sizeof want, "P%d", k);
            assert_bytes(p->subtype, want);
            ck_assert_uint_eq(p->octets, (unsigned)k);
            ck_assert_uint_eq(p->params.count, (size_t)n);
            ck_assert_int_eq(p->params.is_nil, n == 0);
            for (int j = 0; j < n; j++) {
                snprintf(want, sizeof want, "N%d", j);
                assert_bytes(p->params.items[j].name, want);
                snprintf(want, sizeof want, "V%d", j);
                assert_bytes(p->params.items[j].value, want);
            }
        }
    }
    done();
}
END_TEST

/* An extension value 100 lists deep. */
START_TEST(extension_lists_100_deep)
{
    enum { LEVELS = 100 };
    char s[1024];
    size_t n = (size_t)snprintf(s, sizeof s, "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" "
                                "\"PLAIN\" NIL NIL NIL \"7BIT\" 1 1 NIL NIL NIL NIL ");
    for (int i = 0; i < LEVELS; i++)
        s[n++] = '(';
    s[n++] = '7';
    for (int i = 0; i < LEVELS; i++)
        s[n++] = ')';
    n += (size_t)snprintf(s + n, sizeof s - n, "))\r\n");
    for (size_t chunk = 0; chunk <= 1; chunk++) {
        const struct imw_body *b = body_of(s, n, chunk);
        ck_assert_uint_eq(b->ext.extension_count, 1);
        const struct imw_value *v = &b->ext.extensions[0];
        for (int i = 0; i < LEVELS; i++) {
            ck_assert_int_eq(v->kind, IMW_VALUE_LIST);
            ck_assert_uint_eq(v->count, 1);
            ck_assert_uint_eq(v->raw.len, 2 * (size_t)(LEVELS - i) + 1);
            v = &v->items[0];
        }
        ck_assert_int_eq(v->kind, IMW_VALUE_NUMBER);
        ck_assert_uint_eq(v->number, 7);
    }
    done();
}
END_TEST

/* ---- number ranges ------------------------------------------------------------- */

START_TEST(number_ranges)
{
    static const struct {
        const char *msg, *rule;
    } cases[] = {
        { "* 1 FETCH (BODY (\"A\" \"B\" NIL NIL NIL \"7BIT\" 4294967296))\r\n",
          "body-fld-octets" },
        { "* 1 FETCH (BODY (\"TEXT\" \"B\" NIL NIL NIL \"7BIT\" 1 4294967296))\r\n",
          "body-fld-lines" },
        { "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"B\" NIL NIL NIL \"7BIT\" 1 1 NIL NIL"
          " NIL NIL (1 99999999999)))\r\n", "body-extension" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char want[64];
        snprintf(want, sizeof want, "E %d %s\"", IMW_ERR_NUMBER_RANGE, cases[i].rule);
        size_t len = strlen(cases[i].msg);
        char *whole = imw_test_json(cases[i].msg, len, 0);
        ck_assert_msg(strstr(whole, want) != NULL, "%s -> %s", cases[i].msg, whole);
        char *bytewise = imw_test_json(cases[i].msg, len, 1);
        ck_assert_str_eq(bytewise, whole);
        free(bytewise);
        free(whole);
    }
}
END_TEST

/* Numbers of every length from one to ten digits (read a word of eight
 * octets at a time when eight are left in the body, else one by one) as
 * octets, lines and an extension number, far from the body's end and
 * right before it: each gives its value, and a value past UINT32_MAX the
 * range error of its field. */
START_TEST(number_lengths)
{
    static const char *const digits[] = { "1234567890", "4294967295",
                                          "0000000000", "9999999999",
                                          "0000000042" };
    static const char *const shapes[] = {
        /* octets, lines, extension: far from the end */
        "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" %s"
        " %s NIL NIL NIL NIL (%s \"padding past eight\")))\r\n",
        /* lines and the extension number last in the body */
        "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" %s"
        " %s NIL NIL NIL NIL %s))\r\n",
    };
    char msg[256], num[16];
    for (size_t k = 0; k < sizeof digits / sizeof digits[0]; k++) {
        for (size_t len = 1; len <= 10; len++) {
            memcpy(num, digits[k], len);
            num[len] = '\0';
            unsigned long long want = strtoull(num, NULL, 10);
            for (size_t sh = 0; sh < sizeof shapes / sizeof shapes[0]; sh++) {
                /* the number in each of the three places, 7 in the others */
                for (int place = 0; place < 3; place++) {
                    snprintf(msg, sizeof msg, shapes[sh],
                             place == 0 ? num : "7", place == 1 ? num : "7",
                             place == 2 ? num : "7");
                    if (want > UINT32_MAX) {
                        static const char *const rules[] = {
                            "body-fld-octets", "body-fld-lines",
                            "body-extension" };
                        char error[64];
                        snprintf(error, sizeof error, "E %d %s\"",
                                 IMW_ERR_NUMBER_RANGE, rules[place]);
                        char *json = imw_test_json(msg, strlen(msg), 0);
                        ck_assert_msg(strstr(json, error) != NULL, "%s -> %s",
                                      msg, json);
                        free(json);
                        continue;
                    }
                    const struct imw_body *b = body_of(msg, strlen(msg), 0);
                    const struct imw_value *v = b->ext.extensions;
                    if (sh == 0) {
                        ck_assert_int_eq(v->kind, IMW_VALUE_LIST);
                        v = v->items;
                    }
                    unsigned long long got[3] = { b->octets, b->lines,
                                                  v->number };
                    for (int i = 0; i < 3; i++)
                        ck_assert_msg(got[i] == (i == place ? want : 7),
                                      "%s: field %d is %llu", msg, i, got[i]);
                    ck_assert_int_eq(v->kind, IMW_VALUE_NUMBER);
                    assert_bytes(v->bytes, place == 2 ? num : "7");
                }
            }
        }
    }
    done();
}
END_TEST

/* ---- bytes changed under the decoder ------------------------------------------ */

/* The machine accepts a message and links its events; then octets of the
 * part are changed before the body is decoded, as a decoder bug or a
 * grammar change could make the cursor meet: the decoder must give an
 * error or a value, never read outside the body (the sanitizer build and
 * valgrind watch this). */
struct span {
    size_t start, end;
};

static int decode_again(struct fixture *fx, struct span body)
{
    const struct imw_body *out = NULL;
    imw_arena_reset(&fx->arena);
    fx->dec.error = 0;
    fx->dec.rule = NULL;
    /* no message part: no envelope events to take */
    return imw_dec_body(&fx->dec, body.start, body.end, IMW_NO_EVENT, &out);
}

static const char changed_msg[] =
    "* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"a\\\\b\") NIL {2}\r\n"
    "d) \"7BIT\" 5 1 \"m\" (\"inline\" NIL) (\"en\") \"l\" (1 (\"x\" NIL)))(\"MIXED\")"
    " \"MIXED\" NIL NIL NIL NIL 7))\r\n";

START_TEST(changed_octets)
{
    char msg[sizeof changed_msg]; /* the run may read it in place */
    memcpy(msg, changed_msg, sizeof msg);
    struct fixture fx;
    run_message_n(&fx, msg, sizeof msg - 1);
    /* body is name-only: its span is the item's value, up to the ")" that
     * closes the FETCH attributes */
    struct span body = {
        (size_t)(strstr(changed_msg, "((") - changed_msg),
        sizeof changed_msg - 1 - strlen(")\r\n"),
    };
    ck_assert_int_eq(decode_again(&fx, body), 0);
    const struct span *e = &body;
    uint8_t *bytes = (uint8_t *)(uintptr_t)fx.run.data;

    /* a SP that is no longer there: a decode error at that octet */
    size_t at = (size_t)(strstr(changed_msg, "\"PLAIN\"") - changed_msg) - 1;
    ck_assert_uint_eq(bytes[at], ' ');
    bytes[at] = 'X';
    ck_assert_int_eq(decode_again(&fx, body), IMW_ERR_DECODE);
    ck_assert_str_eq(fx.dec.rule, "body");
    ck_assert_uint_eq(fx.dec.error_at, at);
    bytes[at] = ' ';

    /* every octet of the part changed to each of these, one at a time */
    static const uint8_t subst[] = { ' ', '(', ')', '"', '\\', '{', 'N', '7', 'x' };
    for (size_t i = e->start; i < e->end; i++) {
        uint8_t was = bytes[i];
        for (size_t k = 0; k < sizeof subst; k++) {
            bytes[i] = subst[k];
            int rc = decode_again(&fx, body);
            ck_assert_msg(rc == 0 || rc == IMW_ERR_DECODE || rc == IMW_ERR_INTERNAL ||
                              rc == IMW_ERR_NUMBER_RANGE,
                          "offset %zu '%c': %d", i, subst[k], rc);
            if (rc < 0) {
                ck_assert_ptr_nonnull(fx.dec.rule);
                ck_assert_uint_le(fx.dec.error_at, e->end);
            }
        }
        bytes[i] = was;
    }
    ck_assert_int_eq(decode_again(&fx, body), 0);
    free_fixture(&fx);
}
END_TEST

Suite *imw_body_suite(void)
{
    Suite *s = suite_create("body");
    TCase *t = tcase_create("cursor");
    size_t n = sizeof vectors / sizeof vectors[0];
    tcase_add_loop_test(t, vector_values, 0, (int)n);
    tcase_add_loop_test(t, vector_strictness, 0, (int)n);
    tcase_add_test(t, literal_fields);
    tcase_add_test(t, parts_100_deep);
    tcase_add_test(t, list_lengths);
    tcase_add_test(t, extension_lists_100_deep);
    tcase_add_test(t, number_ranges);
    tcase_add_test(t, number_lengths);
    tcase_add_test(t, changed_octets);
    suite_add_tcase(s, t);
    return s;
}
