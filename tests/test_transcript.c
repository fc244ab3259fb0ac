/* The transcript captured from a real Dovecot (tests/dovecot/
 * capture-session.sh): every message parses, typed, in any chunking. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "imapwire/imapwire.h"
#include "suites.h"
#include "test_util.h"

#define TRANSCRIPT TEST_DATA_DIR "/dovecot-session.responses"

static size_t count_lines(const char *s, const char *prefix)
{
    size_t n = 0, plen = strlen(prefix);
    for (const char *line = s; line && *line; line = strchr(line, '\n')) {
        if (*line == '\n')
            line++;
        n += strncmp(line, prefix, plen) == 0;
    }
    return n;
}

START_TEST(test_every_message_typed)
{
    size_t len;
    char *data = imw_test_read_file(TRANSCRIPT, &len);
    struct imw_test_opts o = { 0 };
    char *got = imw_test_parse(data, len, o);
    /* one message per line in this transcript: no literals from the server */
    size_t lines = 0;
    for (size_t i = 0; i < len; i++)
        lines += data[i] == '\n';
    ck_assert_uint_eq(count_lines(got, "R "), lines);
    ck_assert_uint_eq(count_lines(got, "E "), 0);
    ck_assert_uint_eq(count_lines(got, "R other"), 0);
    ck_assert_ptr_nonnull(strstr(got, "F 0\n"));
    /* a few typed values, one of each kind the session produces */
    ck_assert_ptr_nonnull(strstr(got, "R greeting OK [CAPABILITY \"CAPABILITY\" "
                                      "(IMAP4REV1:\"IMAP4rev1\" "));
    ck_assert_ptr_nonnull(strstr(got, "R continue base64=\"\" \"\"\n"));
    ck_assert_ptr_nonnull(strstr(got, "R continue text \"idling\"\n"));
    ck_assert_ptr_nonnull(strstr(got, "R expunge 2\nR expunge 1\n"));
    ck_assert_ptr_nonnull(strstr(got, "[HIGHESTMODSEQ \"HIGHESTMODSEQ\" 6] \"Highest\""));
    ck_assert_ptr_nonnull(strstr(got, "[READ-ONLY \"READ-ONLY\"] \"Examine completed"));
    ck_assert_ptr_nonnull(strstr(got, "[PERMANENTFLAGS \"PERMANENTFLAGS\" ()]"));
    ck_assert_ptr_nonnull(strstr(got, "[TRYCREATE \"TRYCREATE\"]"));
    ck_assert_ptr_nonnull(strstr(got, "[CLOSED \"CLOSED\"]"));
    ck_assert_ptr_nonnull(strstr(got, "[APPENDUID \"APPENDUID\" \"1795325164 3\"]"));
    ck_assert_ptr_nonnull(strstr(got, "R status BYE \"Logging out\"\n"));
    free(got);
    free(data);
}
END_TEST

START_TEST(test_chunk_invariance)
{
    size_t len;
    char *data = imw_test_read_file(TRANSCRIPT, &len);
    struct imw_test_opts o = { 0 };
    char *whole = imw_test_parse(data, len, o);
    for (size_t chunk = 1; chunk <= 64; chunk++) {
        o.chunk = chunk;
        char *got = imw_test_parse(data, len, o);
        ck_assert_msg(strcmp(got, whole) == 0, "chunk size %zu differs", chunk);
        free(got);
    }
    free(whole);
    free(data);
}
END_TEST

/* Strict mode: this Dovecot session breaks no rule of the ABNF except
 * "+ " for an empty SASL challenge, which is valid base64. */
START_TEST(test_strict)
{
    size_t len;
    char *data = imw_test_read_file(TRANSCRIPT, &len);
    struct imw_test_opts o = { .strict = 1 };
    char *got = imw_test_parse(data, len, o);
    ck_assert_msg(count_lines(got, "E ") == 0, "%s", got);
    free(got);
    free(data);
}
END_TEST

/* ---- the full Dovecot session (tests/dovecot/capture-full.sh) ------------- */

#define FULL TEST_DATA_DIR "/dovecot-full.responses"
#define BIGFETCH TEST_DATA_DIR "/dovecot-bigfetch.responses"

static int bytes_eq(imw_bytes b, const char *s)
{
    return b.ptr && b.len == strlen(s) && memcmp(b.ptr, s, b.len) == 0;
}

/* What the whole-session walk saw, to assert after it. */
struct seen {
    size_t responses, fetches, envelopes, multiparts, nested_multiparts;
    int namespace_ok, thread_ok, list_utf8, enabled_qresync, vanished_earlier;
    int quota_storage, acl_entry, metadata_value, esearch_all, copyuid;
};

static void check_code(const struct imw_resp_code *c, struct seen *s)
{
    if (!c)
        return;
    ck_assert_msg(c->kind != IMW_CODE_OTHER, "untyped code %.*s",
                  (int)c->name.len, (const char *)c->name.ptr);
    if (c->kind == IMW_CODE_COPYUID && c->u.copyuid->source.count == 1 &&
        c->u.copyuid->source.ranges[0].first == 1 &&
        c->u.copyuid->source.ranges[0].last == 2 &&
        c->u.copyuid->dest.ranges[0].first == 3)
        s->copyuid = 1;
}

static void check_fetch(const struct imw_fetch *f, struct seen *s)
{
    s->fetches++;
    for (size_t i = 0; i < f->count; i++) {
        const struct imw_fetch_item *it = &f->items[i];
        ck_assert_msg(it->kind != IMW_FETCH_OTHER, "untyped FETCH item %.*s",
                      (int)it->name.len, (const char *)it->name.ptr);
        if (it->kind == IMW_FETCH_ENVELOPE)
            s->envelopes++;
        if (it->kind == IMW_FETCH_BODYSTRUCTURE &&
            it->u.body->kind == IMW_BODY_MULTIPART) {
            s->multiparts++;
            for (size_t k = 0; k < it->u.body->part_count; k++)
                s->nested_multiparts +=
                    it->u.body->parts[k].kind == IMW_BODY_MULTIPART;
        }
    }
}

static void check_response(const struct imw_response *r, struct seen *s)
{
    s->responses++;
    ck_assert_msg(r->kind != IMW_RESP_OTHER, "untyped %.*s",
                  (int)r->name.len, (const char *)r->name.ptr);
    switch (r->kind) {
    case IMW_RESP_STATUS: case IMW_RESP_GREETING:
        check_code(r->u.status.text.code, s);
        break;
    case IMW_RESP_FETCH:
        check_fetch(r->u.fetch, s);
        break;
    case IMW_RESP_NAMESPACE:
        s->namespace_ok = r->u.namespace_->personal.count == 1 &&
                          bytes_eq(r->u.namespace_->personal.items[0].prefix, "") &&
                          r->u.namespace_->personal.items[0].delimiter == '/' &&
                          r->u.namespace_->other_users.is_nil;
        break;
    case IMW_RESP_THREAD:
        s->thread_ok |= r->u.thread->threads[0].number == 1 &&
                        r->u.thread->threads[0].count == 3;
        break;
    case IMW_RESP_LIST:
        s->list_utf8 |= bytes_eq(r->u.list->mailbox.utf8, "Entw\xc3\xbcrfe");
        break;
    case IMW_RESP_ENABLED:
        s->enabled_qresync = r->u.capabilities.count == 2 &&
                             r->u.capabilities.items[1].kind == IMW_CAP_QRESYNC;
        break;
    case IMW_RESP_VANISHED:
        s->vanished_earlier |= r->u.vanished->earlier;
        break;
    case IMW_RESP_QUOTA:
        s->quota_storage |= r->u.quota->count > 0 &&
                            r->u.quota->resources[0].kind == IMW_QUOTA_STORAGE;
        break;
    case IMW_RESP_ACL:
        s->acl_entry |= r->u.acl->count > 0;
        break;
    case IMW_RESP_METADATA:
        s->metadata_value |= r->u.metadata->has_values && r->u.metadata->count > 0;
        break;
    case IMW_RESP_ESEARCH:
        s->esearch_all |= r->u.esearch->has_tag && r->u.esearch->uid &&
                          r->u.esearch->has_all && r->u.esearch->count == 12;
        break;
    case IMW_RESP_MAILBOX_STATUS:
        for (size_t i = 0; i < r->u.mailbox_status->count; i++)
            ck_assert(r->u.mailbox_status->items[i].kind != IMW_STATUS_ITEM_OTHER);
        break;
    default:
        break;
    }
}

/* Every response of the full session parses, typed, down to its codes,
 * FETCH items and STATUS items; one value of each family is checked. */
START_TEST(test_full_session_typed)
{
    size_t len;
    char *data = imw_test_read_file(FULL, &len);
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    const struct imw_response *r;
    struct seen s = { 0 };
    int rc;
    ck_assert_int_eq(imw_parser_feed(p, data, len), 0);
    while ((rc = imw_parser_next(p, &r)) != 0) {
        ck_assert_msg(rc > 0, "offset %llu: %s: %s",
                      (unsigned long long)imw_parser_error(p)->offset,
                      imw_parser_error(p)->rule, imw_parser_error(p)->reason);
        check_response(r, &s);
    }
    ck_assert_int_eq(imw_parser_finish(p), 0);
    ck_assert_uint_gt(s.responses, 500);
    ck_assert_uint_gt(s.fetches, 100);
    ck_assert_uint_gt(s.envelopes, 10);
    ck_assert_uint_gt(s.nested_multiparts, 0);
    ck_assert(s.namespace_ok);
    ck_assert(s.thread_ok);
    ck_assert(s.list_utf8);
    ck_assert(s.enabled_qresync);
    ck_assert(s.vanished_earlier);
    ck_assert(s.quota_storage);
    ck_assert(s.acl_entry);
    ck_assert(s.metadata_value);
    ck_assert(s.esearch_all);
    ck_assert(s.copyuid);
    imw_parser_free(p);
    free(data);
}
END_TEST

/* The same session in chunks of 1..64 octets gives the same JSON. */
START_TEST(test_full_session_chunks)
{
    size_t len;
    char *data = imw_test_read_file(FULL, &len);
    char *whole = imw_test_json(data, len, 0);
    for (size_t chunk = 1; chunk <= 64; chunk += 7) {
        char *got = imw_test_json(data, len, chunk);
        ck_assert_msg(strcmp(got, whole) == 0, "chunk size %zu differs", chunk);
        free(got);
    }
    free(whole);
    free(data);
}
END_TEST

/* A 3 MB BODY[] literal, buffered, and the same streamed. */
static int count_chunk(const struct imw_literal_chunk *c, void *ctx)
{
    *(uint64_t *)ctx += c->data.len;
    return 0;
}

START_TEST(test_bigfetch)
{
    size_t len;
    char *data = imw_test_read_file(BIGFETCH, &len);
    for (int stream = 0; stream < 2; stream++) {
        imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
        uint64_t streamed = 0, biggest = 0;
        int was_streamed = 0;
        if (stream)
            ck_assert_int_eq(imw_parser_set_literal_callback(p, count_chunk,
                                                             &streamed), 0);
        ck_assert_int_eq(imw_parser_feed(p, data, len), 0);
        const struct imw_response *r;
        int rc;
        while ((rc = imw_parser_next(p, &r)) != 0) {
            ck_assert_int_gt(rc, 0);
            if (r->kind != IMW_RESP_FETCH)
                continue;
            for (size_t i = 0; i < r->u.fetch->count; i++) {
                const struct imw_fetch_item *it = &r->u.fetch->items[i];
                ck_assert(it->kind != IMW_FETCH_OTHER);
                if (it->kind == IMW_FETCH_BODY_SECTION &&
                    it->u.section->size > biggest) {
                    biggest = it->u.section->size;
                    was_streamed = it->u.section->streamed;
                }
            }
        }
        ck_assert_uint_eq(biggest, 3079559);
        ck_assert_int_eq(was_streamed, stream);
        ck_assert_uint_eq(streamed, stream ? 3079559 : 0);
        imw_parser_free(p);
    }
    free(data);
}
END_TEST

/* ---- shapes real servers sent (tests/data/server-quirks.responses) -------- */

static const struct imw_body *bodystructure(const struct imw_response *r)
{
    ck_assert_int_eq(r->kind, IMW_RESP_FETCH);
    const struct imw_fetch_item *it =
        imw_fetch_find(r->u.fetch, IMW_FETCH_BODYSTRUCTURE);
    ck_assert_ptr_nonnull(it);
    return it->u.body;
}

START_TEST(test_server_quirks)
{
    size_t len;
    char *data = imw_test_read_file(TEST_DATA_DIR "/server-quirks.responses", &len);
    imw_parser *p = imw_parser_new(IMW_SIDE_CLIENT);
    const struct imw_response *r;
    ck_assert_int_eq(imw_parser_feed(p, data, len), 0);
    ck_assert_int_eq(imw_parser_next(p, &r), 1); /* greeting */
    /* a multipart child with no parts, its parameters kept */
    ck_assert_int_eq(imw_parser_next(p, &r), 1);
    const struct imw_body *b = bodystructure(r);
    ck_assert_int_eq(b->parts[0].kind, IMW_BODY_MULTIPART);
    ck_assert_uint_eq(b->parts[0].part_count, 0);
    ck_assert(bytes_eq(b->parts[0].subtype, "ALTERNATIVE"));
    ck_assert(bytes_eq(b->parts[0].ext.params.items[0].value, "e7e3"));
    ck_assert(bytes_eq(b->parts[1].subtype, "PDF"));
    /* two empty RELATED multiparts beside a real one */
    ck_assert_int_eq(imw_parser_next(p, &r), 1);
    b = bodystructure(r);
    ck_assert_uint_eq(b->part_count, 3);
    ck_assert_uint_eq(b->parts[0].part_count, 2);
    ck_assert(bytes_eq(b->parts[2].subtype, "RELATED"));
    /* Exchange 2016: the description in the multipart's disposition slot */
    ck_assert_int_eq(imw_parser_next(p, &r), 1);
    b = bodystructure(r);
    ck_assert(bytes_eq(b->subtype, "mixed"));
    /* Exchange 365: a bare-string disposition on a single part */
    ck_assert_int_eq(imw_parser_next(p, &r), 1);
    b = bodystructure(r);
    ck_assert_int_eq(b->kind, IMW_BODY_TEXT);
    ck_assert_uint_eq(b->lines, 19);
    /* Apple Mail: a multipart child in the shape of a single part */
    ck_assert_int_eq(imw_parser_next(p, &r), 1);
    b = bodystructure(r);
    const struct imw_body *msg = &b->parts[1];
    ck_assert_int_eq(msg->kind, IMW_BODY_MESSAGE);
    ck_assert_int_eq(msg->body->kind, IMW_BODY_MULTIPART);
    ck_assert(bytes_eq(msg->body->subtype, "alternative"));
    ck_assert_uint_eq(msg->lines, 17);
    /* NIL encoding */
    ck_assert_int_eq(imw_parser_next(p, &r), 1);
    b = bodystructure(r);
    ck_assert_ptr_null(b->parts[0].parts[0].encoding.ptr);
    ck_assert_int_eq(imw_parser_next(p, &r), 0);
    ck_assert_int_eq(imw_parser_finish(p), 0);
    imw_parser_free(p);
    /* strict mode names a leniency for each of them */
    struct imw_test_opts strict = { .strict = 1 };
    char *got = imw_test_parse(data, len, strict);
    size_t errors = 0;
    for (const char *e = got; (e = strstr(e, "\nE ")) != NULL; e++)
        errors++;
    ck_assert_uint_eq(errors, 6);
    free(got);
    free(data);
}
END_TEST

Suite *imw_transcript_suite(void)
{
    Suite *s = suite_create("transcript");
    TCase *tc = tcase_create("dovecot");
    tcase_add_test(tc, test_every_message_typed);
    tcase_add_test(tc, test_chunk_invariance);
    tcase_add_test(tc, test_strict);
    suite_add_tcase(s, tc);
    TCase *full = tcase_create("dovecot-full");
    tcase_set_timeout(full, 60);
    tcase_add_test(full, test_full_session_typed);
    tcase_add_test(full, test_full_session_chunks);
    tcase_add_test(full, test_bigfetch);
    tcase_add_test(full, test_server_quirks);
    suite_add_tcase(s, full);
    return s;
}
