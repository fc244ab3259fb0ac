/* Typed responses of the extensions (include/imapwire/extensions.h): the
 * examples of their RFCs with every field asserted, NIL forms, literals,
 * range errors, and chunk invariance. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "suites.h"
#include "test_util.h"
#include "imapwire/extensions.h"

/* One response after a greeting; the parser lives until done(). */
static imw_parser *parser;

static const struct imw_response *parse_one(const char *line)
{
    const struct imw_response *r = NULL;
    parser = imw_parser_new(IMW_SIDE_CLIENT);
    imw_parser_set_option(parser, IMW_OPTION_EXPECT_GREETING, 0);
    ck_assert_int_eq(imw_parser_feed(parser, line, strlen(line)), 0);
    int rc = imw_parser_next(parser, &r);
    if (rc < 0)
        ck_abort_msg("%s: %s at %llu: %s", line, imw_parser_error(parser)->rule,
                     (unsigned long long)imw_parser_error(parser)->offset,
                     imw_parser_error(parser)->reason);
    ck_assert_int_eq(rc, 1);
    return r;
}

static int parse_fails(const char *line)
{
    const struct imw_response *r = NULL;
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    imw_parser_set_option(p, IMW_OPTION_EXPECT_GREETING, 0);
    imw_parser_feed(p, line, strlen(line));
    int rc = imw_parser_next(p, &r);
    imw_parser_free(p);
    return rc;
}

static void done(void)
{
    imw_parser_free(parser);
    parser = NULL;
}

static int eq(imw_bytes b, const char *s)
{
    return b.ptr && b.len == strlen(s) && memcmp(b.ptr, s, b.len) == 0;
}

#define ck_bytes(b, s) ck_assert_msg(eq((b), (s)), "expected \"%s\", got \"%.*s\"", \
                                     (s), (int)(b).len, (b).ptr ? (const char *)(b).ptr : "(nil)")

/* ---- NAMESPACE (RFC 2342 section 5, RFC 9051 section 7.3.5) --------------- */

START_TEST(namespace_examples)
{
    const struct imw_response *r = parse_one("* NAMESPACE ((\"\" \"/\")) NIL NIL\r\n");
    ck_assert_int_eq(r->kind, IMW_RESP_NAMESPACE);
    const struct imw_namespace *ns = r->u.namespace_;
    ck_assert_int_eq(ns->personal.is_nil, 0);
    ck_assert_uint_eq(ns->personal.count, 1);
    ck_bytes(ns->personal.items[0].prefix, "");
    ck_assert(ns->personal.items[0].has_delimiter);
    ck_assert_int_eq(ns->personal.items[0].delimiter, '/');
    ck_assert(ns->other_users.is_nil);
    ck_assert(ns->shared.is_nil);
    done();

    r = parse_one("* NAMESPACE ((\"\" \"/\")) ((\"~\" \"/\")) ((\"#shared/\" \"/\")"
                  "(\"#public/\" \"/\")(\"#ftp/\" \"/\")(\"#news.\" \".\"))\r\n");
    ns = r->u.namespace_;
    ck_bytes(ns->other_users.items[0].prefix, "~");
    ck_assert_uint_eq(ns->shared.count, 4);
    ck_bytes(ns->shared.items[3].prefix, "#news.");
    ck_assert_int_eq(ns->shared.items[3].delimiter, '.');
    done();

    r = parse_one("* NAMESPACE NIL NIL ((\"\" NIL))\r\n");
    ns = r->u.namespace_;
    ck_assert(ns->personal.is_nil);
    ck_assert_int_eq(ns->shared.items[0].has_delimiter, 0);
    done();

    /* extension data (RFC 4466 / RFC 9051), an escaped delimiter */
    r = parse_one("* NAMESPACE ((\"\" \"/\")(\"#mh/\" \"\\\\\" \"X-PARAM\" "
                  "(\"FLAG1\" \"FLAG2\"))) NIL NIL\r\n");
    ns = r->u.namespace_;
    ck_assert_uint_eq(ns->personal.count, 2);
    ck_assert_int_eq(ns->personal.items[1].delimiter, '\\');
    ck_assert_uint_eq(ns->personal.items[1].nextensions, 1);
    ck_bytes(ns->personal.items[1].extensions[0].name, "X-PARAM");
    ck_assert_uint_eq(ns->personal.items[1].extensions[0].values.count, 2);
    ck_bytes(ns->personal.items[1].extensions[0].values.items[1], "FLAG2");
    done();
}
END_TEST

/* ---- ID (RFC 2971) --------------------------------------------------------- */

START_TEST(id_examples)
{
    const struct imw_response *r = parse_one(
        "* ID (\"name\" \"Cyrus\" \"version\" \"1.5\" \"os\" \"sunos\" "
        "\"os-version\" \"5.5\" \"support-url\" "
        "\"mailto:cyrus-bugs+@andrew.cmu.edu\")\r\n");
    ck_assert_int_eq(r->kind, IMW_RESP_ID);
    ck_assert_int_eq(r->u.id->is_nil, 0);
    ck_assert_uint_eq(r->u.id->count, 5);
    ck_bytes(r->u.id->params[0].name, "name");
    ck_bytes(r->u.id->params[0].value, "Cyrus");
    ck_bytes(r->u.id->params[4].value, "mailto:cyrus-bugs+@andrew.cmu.edu");
    done();

    r = parse_one("* ID NIL\r\n");
    ck_assert(r->u.id->is_nil);
    ck_assert_uint_eq(r->u.id->count, 0);
    done();

    r = parse_one("* ID (\"name\" NIL \"x\" {3}\r\nabc)\r\n");
    ck_assert_ptr_null(r->u.id->params[0].value.ptr);
    ck_bytes(r->u.id->params[1].value, "abc");
    done();
}
END_TEST

/* ---- QUOTA, QUOTAROOT (RFC 9208 section 4.2) ------------------------------- */

START_TEST(quota_examples)
{
    const struct imw_response *r = parse_one("* QUOTA \"\" (STORAGE 10 512)\r\n");
    ck_assert_int_eq(r->kind, IMW_RESP_QUOTA);
    ck_bytes(r->u.quota->root, "");
    ck_assert_uint_eq(r->u.quota->count, 1);
    ck_assert_int_eq(r->u.quota->resources[0].kind, IMW_QUOTA_STORAGE);
    ck_assert_uint_eq(r->u.quota->resources[0].usage, 10);
    ck_assert_uint_eq(r->u.quota->resources[0].limit, 512);
    done();

    r = parse_one("* QUOTA \"#user/alice\" (MESSAGE 42 1000 MAILBOX 3 100 "
                  "X-FOO 9223372036854775807 9223372036854775807)\r\n");
    ck_assert_uint_eq(r->u.quota->count, 3);
    ck_assert_int_eq(r->u.quota->resources[1].kind, IMW_QUOTA_MAILBOX);
    ck_assert_int_eq(r->u.quota->resources[2].kind, IMW_QUOTA_OTHER);
    ck_bytes(r->u.quota->resources[2].name, "X-FOO");
    ck_assert_uint_eq(r->u.quota->resources[2].limit, 9223372036854775807ull);
    done();

    ck_assert_int_eq(parse_fails("* QUOTA \"\" (STORAGE 1 9223372036854775808)\r\n"),
                     IMW_ERR_NUMBER_RANGE);

    r = parse_one("* QUOTAROOT INBOX \"\"\r\n");
    ck_assert_int_eq(r->kind, IMW_RESP_QUOTAROOT);
    ck_assert(r->u.quotaroot->mailbox.is_inbox);
    ck_assert_uint_eq(r->u.quotaroot->roots.count, 1);
    ck_bytes(r->u.quotaroot->roots.items[0], "");
    done();

    r = parse_one("* QUOTAROOT comp.mail.mime\r\n");
    ck_bytes(r->u.quotaroot->mailbox.name, "comp.mail.mime");
    ck_assert_uint_eq(r->u.quotaroot->roots.count, 0);
    done();
}
END_TEST

/* ---- ACL, LISTRIGHTS, MYRIGHTS (RFC 4314 section 3) ------------------------- */

START_TEST(acl_examples)
{
    const struct imw_response *r = parse_one("* ACL INBOX Fred rwipsldexta -Fred r\r\n");
    ck_assert_int_eq(r->kind, IMW_RESP_ACL);
    ck_assert(r->u.acl->mailbox.is_inbox);
    ck_assert_uint_eq(r->u.acl->count, 2);
    ck_bytes(r->u.acl->entries[0].identifier, "Fred");
    ck_bytes(r->u.acl->entries[0].rights, "rwipsldexta");
    ck_bytes(r->u.acl->entries[1].identifier, "-Fred");
    done();

    r = parse_one("* ACL \"Other Stuff\"\r\n");
    ck_bytes(r->u.acl->mailbox.name, "Other Stuff");
    ck_assert_uint_eq(r->u.acl->count, 0);
    done();

    r = parse_one("* LISTRIGHTS ~/Mail/saved smith la r swicdkxte\r\n");
    ck_assert_int_eq(r->kind, IMW_RESP_LISTRIGHTS);
    ck_bytes(r->u.listrights->mailbox.name, "~/Mail/saved");
    ck_bytes(r->u.listrights->identifier, "smith");
    ck_bytes(r->u.listrights->required, "la");
    ck_assert_uint_eq(r->u.listrights->optional.count, 2);
    ck_bytes(r->u.listrights->optional.items[1], "swicdkxte");
    done();

    r = parse_one("* MYRIGHTS INBOX rwiptsldaex\r\n");
    ck_assert_int_eq(r->kind, IMW_RESP_MYRIGHTS);
    ck_bytes(r->u.myrights->rights, "rwiptsldaex");
    done();
}
END_TEST

/* ---- METADATA (RFC 5464 section 4.4) --------------------------------------------- */

START_TEST(metadata_examples)
{
    const struct imw_response *r = parse_one(
        "* METADATA \"\" (/shared/comment \"Shared comment\")\r\n");
    ck_assert_int_eq(r->kind, IMW_RESP_METADATA);
    ck_bytes(r->u.metadata->mailbox.name, "");
    ck_assert(r->u.metadata->has_values);
    ck_assert_uint_eq(r->u.metadata->count, 1);
    ck_bytes(r->u.metadata->entries[0].name, "/shared/comment");
    ck_bytes(r->u.metadata->entries[0].value, "Shared comment");
    done();

    r = parse_one("* METADATA \"INBOX\" (/private/comment {11}\r\nhello world "
                  "/shared/x NIL)\r\n");
    ck_assert_uint_eq(r->u.metadata->count, 2);
    ck_bytes(r->u.metadata->entries[0].value, "hello world");
    ck_assert_ptr_null(r->u.metadata->entries[1].value.ptr);
    done();

    r = parse_one("* METADATA \"\" /shared/comment /private/comment\r\n");
    ck_assert_int_eq(r->u.metadata->has_values, 0);
    ck_assert_uint_eq(r->u.metadata->count, 2);
    ck_bytes(r->u.metadata->entries[1].name, "/private/comment");
    done();
}
END_TEST

/* ---- THREAD (RFC 5256 section 4) ----------------------------------------------- */

START_TEST(thread_examples)
{
    const struct imw_response *r = parse_one("* THREAD (2)(3 6 (4 23)(44 7 96))\r\n");
    ck_assert_int_eq(r->kind, IMW_RESP_THREAD);
    const struct imw_thread *t = r->u.thread;
    ck_assert_uint_eq(t->count, 2);
    ck_assert_uint_eq(t->threads[0].number, 2);
    ck_assert_uint_eq(t->threads[0].count, 0);
    const struct imw_thread_node *n3 = &t->threads[1];
    ck_assert_uint_eq(n3->number, 3);
    ck_assert_uint_eq(n3->count, 1);
    const struct imw_thread_node *n6 = &n3->children[0];
    ck_assert_uint_eq(n6->number, 6);
    ck_assert_uint_eq(n6->count, 2); /* (4 23) and (44 7 96) */
    ck_assert_uint_eq(n6->children[0].number, 4);
    ck_assert_uint_eq(n6->children[0].children[0].number, 23);
    ck_assert_uint_eq(n6->children[1].children[0].children[0].number, 96);
    done();

    r = parse_one("* THREAD ((3)(5))\r\n");
    t = r->u.thread;
    ck_assert_uint_eq(t->count, 1);
    ck_assert_uint_eq(t->threads[0].number, 0); /* no common parent */
    ck_assert_uint_eq(t->threads[0].count, 2);
    ck_assert_uint_eq(t->threads[0].children[1].number, 5);
    done();

    r = parse_one("* THREAD\r\n");
    ck_assert_uint_eq(r->u.thread->count, 0);
    done();
}
END_TEST

/* A thread 1,000 messages deep is one list: depth in the tree, not in the
 * syntax. */
START_TEST(thread_deep_chain)
{
    char *msg = malloc(16 * 1000 + 32);
    strcpy(msg, "* THREAD (");
    size_t n = strlen(msg);
    for (int i = 1; i <= 1000; i++)
        n += (size_t)sprintf(msg + n, i > 1 ? " %d" : "%d", i);
    strcpy(msg + n, ")\r\n");
    const struct imw_response *r = parse_one(msg);
    const struct imw_thread_node *node = &r->u.thread->threads[0];
    for (uint32_t i = 1; i < 1000; i++) {
        ck_assert_uint_eq(node->number, i);
        ck_assert_uint_eq(node->count, 1);
        node = &node->children[0];
    }
    ck_assert_uint_eq(node->number, 1000);
    ck_assert_uint_eq(node->count, 0);
    done();
    free(msg);
}
END_TEST

/* ---- ESEARCH (RFC 4731 section 3.1, RFC 9051 section 7.3.4) -------------------- */

START_TEST(esearch_examples)
{
    const struct imw_response *r = parse_one("* ESEARCH (TAG \"A282\") MIN 2 COUNT 3\r\n");
    ck_assert_int_eq(r->kind, IMW_RESP_ESEARCH);
    const struct imw_esearch *es = r->u.esearch;
    ck_assert(es->has_tag);
    ck_bytes(es->tag, "A282");
    ck_assert_int_eq(es->uid, 0);
    ck_assert(es->has_min && es->min == 2);
    ck_assert(es->has_count && es->count == 3);
    ck_assert_int_eq(es->has_max, 0);
    done();

    r = parse_one("* ESEARCH (TAG \"A283\") ALL 2,10:11\r\n");
    es = r->u.esearch;
    ck_assert(es->has_all);
    ck_assert_uint_eq(es->all.count, 2);
    ck_assert_uint_eq(es->all.ranges[1].first, 10);
    ck_assert_uint_eq(es->all.ranges[1].last, 11);
    done();

    r = parse_one("* ESEARCH (TAG \"A285\") UID MIN 7 MAX 3800\r\n");
    es = r->u.esearch;
    ck_assert(es->uid);
    ck_assert_uint_eq(es->max, 3800);
    done();

    r = parse_one("* ESEARCH (TAG \"a\") UID ALL 1:4294967295 MODSEQ 1236\r\n");
    es = r->u.esearch;
    ck_assert_uint_eq(es->all.count, 1); /* one range, never expanded */
    ck_assert_uint_eq(es->all.ranges[0].last, 4294967295u);
    ck_assert(es->has_modseq && es->modseq == 1236);
    done();

    r = parse_one("* ESEARCH (TAG \"a567\") UID\r\n");
    ck_assert(r->u.esearch->uid);
    ck_assert_int_eq(r->u.esearch->has_all, 0);
    done();

    r = parse_one("* ESEARCH UID COUNT 0\r\n");
    ck_assert_int_eq(r->u.esearch->has_tag, 0);
    ck_assert(r->u.esearch->uid && r->u.esearch->has_count);
    done();
}
END_TEST

/* ---- codes with arguments (RFC 4315, RFC 5464, RFC 8474) ---------------------- */

static const struct imw_resp_code *code_of(const char *line)
{
    const struct imw_response *r = parse_one(line);
    ck_assert_ptr_nonnull(r->u.status.text.code);
    return r->u.status.text.code;
}

START_TEST(code_examples)
{
    const struct imw_resp_code *c = code_of("A003 OK [APPENDUID 38505 3955] APPEND completed\r\n");
    ck_assert_int_eq(c->kind, IMW_CODE_APPENDUID);
    ck_assert_uint_eq(c->u.appenduid->uidvalidity, 38505);
    ck_assert_uint_eq(c->u.appenduid->uids.count, 1);
    ck_assert_uint_eq(c->u.appenduid->uids.ranges[0].first, 3955);
    done();

    c = code_of("A004 OK [COPYUID 38505 304,319:320 3956:3958] Done\r\n");
    ck_assert_int_eq(c->kind, IMW_CODE_COPYUID);
    ck_assert_uint_eq(c->u.copyuid->source.count, 2);
    ck_assert_uint_eq(c->u.copyuid->source.ranges[1].last, 320);
    ck_assert_uint_eq(c->u.copyuid->dest.ranges[0].first, 3956);
    done();

    c = code_of("a OK [METADATA LONGENTRIES 2199] GETMETADATA complete\r\n");
    ck_assert_int_eq(c->kind, IMW_CODE_METADATA);
    ck_assert_int_eq(c->u.metadata->kind, IMW_METADATA_CODE_LONGENTRIES);
    ck_assert_uint_eq(c->u.metadata->number, 2199);
    done();

    c = code_of("a NO [METADATA MAXSIZE 1024] Annotation too large\r\n");
    ck_assert_int_eq(c->u.metadata->kind, IMW_METADATA_CODE_MAXSIZE);
    ck_assert_uint_eq(c->u.metadata->number, 1024);
    done();

    c = code_of("a NO [METADATA TOOMANY] Too many annotations\r\n");
    ck_assert_int_eq(c->u.metadata->kind, IMW_METADATA_CODE_TOOMANY);
    done();

    c = code_of("a NO [METADATA NOPRIVATE] Private annotations not supported\r\n");
    ck_assert_int_eq(c->u.metadata->kind, IMW_METADATA_CODE_NOPRIVATE);
    done();

    c = code_of("* OK [MAILBOXID (F2212ea87-6097-4256-9d51-71338625)] Ok\r\n");
    ck_assert_int_eq(c->kind, IMW_CODE_MAILBOXID);
    ck_bytes(c->u.text, "F2212ea87-6097-4256-9d51-71338625");
    done();

    /* UIDVALIDITY 0 is not an nz-number: not the typed form, but a valid
     * generic code (atom and text), kept as such */
    c = code_of("a OK [APPENDUID 0 1] x\r\n");
    ck_assert_int_eq(c->kind, IMW_CODE_OTHER);
    ck_bytes(c->name, "APPENDUID");
    done();
    ck_assert_int_eq(parse_fails("a OK [COPYUID 1 2:4294967296 3] x\r\n"),
                     IMW_ERR_NUMBER_RANGE);
}
END_TEST

/* Every vector fed in chunks of 1..64 octets gives what it gives whole. */
static const char *const chunk_vectors[] = {
    "* NAMESPACE ((\"\" \"/\")(\"#mh/\" \"/\" \"X\" (\"a\"))) NIL ((\"#s/\" NIL))\r\n",
    "* ID (\"name\" NIL \"x\" {3}\r\nabc)\r\n",
    "* QUOTA \"\" (STORAGE 10 512 MESSAGE 1 2)\r\n",
    "* ACL INBOX Fred rwipsldexta -Fred r\r\n",
    "* METADATA \"INBOX\" (/private/comment {11}\r\nhello world /shared/x NIL)\r\n",
    "* THREAD (2)(3 6 (4 23)(44 7 96))((3)(5))\r\n",
    "* ESEARCH (TAG \"a\") UID ALL 1:3,5 MODSEQ 1236 X-FOO (1 2)\r\n",
    "A004 OK [COPYUID 38505 304,319:320 3956:3958] Done\r\n",
};

START_TEST(chunk_invariance)
{
    const char *v = chunk_vectors[_i];
    char *whole = imw_test_json(v, strlen(v), 0);
    ck_assert_ptr_null(strstr(whole, "\"E "));
    for (size_t chunk = 1; chunk <= 64; chunk++) {
        char *got = imw_test_json(v, strlen(v), chunk);
        ck_assert_str_eq(got, whole);
        free(got);
    }
    free(whole);
}
END_TEST

Suite *imw_ext_suite(void)
{
    Suite *s = suite_create("extensions");
    TCase *tc = tcase_create("responses");
    tcase_add_test(tc, namespace_examples);
    tcase_add_test(tc, id_examples);
    tcase_add_test(tc, quota_examples);
    tcase_add_test(tc, acl_examples);
    tcase_add_test(tc, metadata_examples);
    tcase_add_test(tc, thread_examples);
    tcase_add_test(tc, thread_deep_chain);
    tcase_add_test(tc, esearch_examples);
    tcase_add_test(tc, code_examples);
    tcase_add_loop_test(tc, chunk_invariance, 0,
                        (int)(sizeof chunk_vectors / sizeof chunk_vectors[0]));
    suite_add_tcase(s, tc);
    return s;
}
