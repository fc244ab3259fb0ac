/* The message commands typed (imapwire/command_message.h): RFC examples
 * with their fields, edge forms, and every RFC example of the family. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "imapwire/imapwire.h"
#include "suites.h"
#include "test_util.h"

static imw_parser *server(void)
{
    imw_parser *p = imw_parser_new(IMW_SIDE_SERVER);
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(imw_parser_set_option(p, IMW_OPTION_FOLLOW_CLIENT, 1), 0);
    ck_assert_int_eq(imw_parser_set_state(p, IMW_STATE_AUTHENTICATED), 0);
    return p;
}

/* Parses one command; the parser stays alive for the values. */
static const struct imw_command *parse(imw_parser **p, const char *text)
{
    const struct imw_command *c = NULL;
    *p = server();
    ck_assert_int_eq(imw_parser_feed(*p, text, strlen(text)), 0);
    int rc = imw_parser_next_command(*p, &c);
    ck_assert_msg(rc == 1, "%s: rc %d (%s)", text, rc,
                  rc < 0 ? imw_parser_error(*p)->reason : "");
    return c;
}

static int bytes_is(imw_bytes b, const char *s)
{
    return b.ptr && b.len == strlen(s) && memcmp(b.ptr, s, b.len) == 0;
}

#define ck_bytes(b, s) ck_assert_msg(bytes_is((b), (s)), "%.*s != %s", \
                                     (int)(b).len, (const char *)(b).ptr, (s))

START_TEST(search_rfc3501_tree)
{
    imw_parser *p;
    const struct imw_command *c =
        parse(&p, "A282 SEARCH FLAGGED SINCE 1-Feb-1994 NOT FROM \"Smith\"\r\n");
    ck_assert_int_eq(c->kind, IMW_CMD_SEARCH);
    const struct imw_cmd_search *s = c->u.search;
    ck_assert_int_eq(s->ret.present, 0);
    ck_assert_ptr_null(s->program.charset.ptr);
    ck_assert_uint_eq(s->program.count, 3);
    ck_assert_int_eq(s->program.keys[0].kind, IMW_SKEY_FLAGGED);
    ck_assert_int_eq(s->program.keys[1].kind, IMW_SKEY_SINCE);
    ck_assert_int_eq(s->program.keys[1].date.year, 1994);
    ck_assert_int_eq(s->program.keys[1].date.month, 2);
    ck_assert_int_eq(s->program.keys[1].date.day, 1);
    const struct imw_search_key *not = &s->program.keys[2];
    ck_assert_int_eq(not->kind, IMW_SKEY_NOT);
    ck_assert_uint_eq(not->count, 1);
    ck_assert_int_eq(not->children[0].kind, IMW_SKEY_FROM);
    ck_bytes(not->children[0].string, "Smith");
    ck_bytes(not->raw, "NOT FROM \"Smith\"");
    imw_parser_free(p);
}
END_TEST

START_TEST(search_return_charset_or_list)
{
    imw_parser *p;
    const struct imw_command *c = parse(&p,
        "B283 SEARCH RETURN (SAVE MIN) CHARSET KOI8-R (OR $ 1,3000:3021) "
        "TEXT {4}\r\nabcd\r\n");
    const struct imw_cmd_search *s = c->u.search;
    ck_assert_int_eq(s->ret.present, 1);
    ck_assert_uint_eq(s->ret.count, 2);
    ck_assert_int_eq(s->ret.items[0].kind, IMW_SRET_SAVE);
    ck_assert_int_eq(s->ret.items[1].kind, IMW_SRET_MIN);
    ck_bytes(s->program.charset, "KOI8-R");
    ck_assert_uint_eq(s->program.count, 2);
    const struct imw_search_key *list = &s->program.keys[0];
    ck_assert_int_eq(list->kind, IMW_SKEY_LIST);
    ck_assert_uint_eq(list->count, 1);
    const struct imw_search_key *or = &list->children[0];
    ck_assert_int_eq(or->kind, IMW_SKEY_OR);
    ck_assert_uint_eq(or->count, 2);
    ck_assert_int_eq(or->children[0].kind, IMW_SKEY_SEQUENCE_SET);
    ck_assert_int_eq(or->children[0].saved_result, 1);
    ck_assert_int_eq(or->children[1].kind, IMW_SKEY_SEQUENCE_SET);
    ck_assert_uint_eq(or->children[1].set.count, 2);
    ck_assert_uint_eq(or->children[1].set.ranges[1].first, 3000);
    ck_assert_uint_eq(or->children[1].set.ranges[1].last, 3021);
    ck_assert_int_eq(s->program.keys[1].kind, IMW_SKEY_TEXT);
    ck_bytes(s->program.keys[1].string, "abcd");
    imw_parser_free(p);
}
END_TEST

START_TEST(search_extension_keys)
{
    imw_parser *p;
    const struct imw_command *c = parse(&p,
        "a UID SEARCH MODSEQ \"/flags/\\\\draft\" all 620162338 "
        "OLDER 3600 EMAILID M6d99ac3275bb4e UID $ LARGER 4096 "
        "SAVEDSINCE 3-Jan-2020 HEADER X-Foo bar KEYWORD $Junk\r\n");
    ck_assert_int_eq(c->uid, 1);
    const struct imw_search_program *pr = &c->u.search->program;
    ck_assert_uint_eq(pr->count, 8);
    ck_assert_int_eq(pr->keys[0].kind, IMW_SKEY_MODSEQ);
    ck_bytes(pr->keys[0].entry_name, "/flags/\\draft");
    ck_bytes(pr->keys[0].entry_type, "all");
    ck_assert_uint_eq(pr->keys[0].number, 620162338);
    ck_assert_int_eq(pr->keys[1].kind, IMW_SKEY_OLDER);
    ck_assert_uint_eq(pr->keys[1].number, 3600);
    ck_assert_int_eq(pr->keys[2].kind, IMW_SKEY_EMAILID);
    ck_bytes(pr->keys[2].string, "M6d99ac3275bb4e");
    ck_assert_int_eq(pr->keys[3].kind, IMW_SKEY_UID);
    ck_assert_int_eq(pr->keys[3].saved_result, 1);
    ck_assert_int_eq(pr->keys[4].kind, IMW_SKEY_LARGER);
    ck_assert_uint_eq(pr->keys[4].number, 4096);
    ck_assert_int_eq(pr->keys[5].kind, IMW_SKEY_SAVEDSINCE);
    ck_assert_int_eq(pr->keys[5].date.year, 2020);
    ck_assert_int_eq(pr->keys[6].kind, IMW_SKEY_HEADER);
    ck_bytes(pr->keys[6].field, "X-Foo");
    ck_bytes(pr->keys[6].string, "bar");
    ck_assert_int_eq(pr->keys[7].kind, IMW_SKEY_KEYWORD);
    ck_assert_int_eq(pr->keys[7].flag.kind, IMW_FLAG_KEYWORD);
    ck_bytes(pr->keys[7].flag.name, "$Junk");
    imw_parser_free(p);
    /* HEADER's astrings are read from the bytes: quoted and literal too */
    c = parse(&p, "b SEARCH HEADER \"X y\" {3+}\r\na b NOT HEADER To \"\"\r\n");
    pr = &c->u.search->program;
    ck_assert_uint_eq(pr->count, 2);
    ck_assert_int_eq(pr->keys[0].kind, IMW_SKEY_HEADER);
    ck_bytes(pr->keys[0].field, "X y");
    ck_bytes(pr->keys[0].string, "a b");
    ck_assert_int_eq(pr->keys[1].kind, IMW_SKEY_NOT);
    ck_bytes(pr->keys[1].children[0].field, "To");
    ck_bytes(pr->keys[1].children[0].string, "");
    imw_parser_free(p);
}
END_TEST

START_TEST(fetch_rfc3501_sections)
{
    imw_parser *p;
    const struct imw_command *c =
        parse(&p, "A654 FETCH 2:4 (FLAGS BODY[HEADER.FIELDS (DATE FROM)])\r\n");
    const struct imw_cmd_fetch *f = c->u.fetch;
    ck_assert_uint_eq(f->set.count, 1);
    ck_assert_uint_eq(f->set.ranges[0].first, 2);
    ck_assert_uint_eq(f->set.ranges[0].last, 4);
    ck_assert_int_eq(f->macro, IMW_FETCH_MACRO_NONE);
    ck_assert_uint_eq(f->count, 2);
    ck_assert_int_eq(f->atts[0].kind, IMW_FATT_FLAGS);
    ck_assert_int_eq(f->atts[1].kind, IMW_FATT_BODY_SECTION);
    ck_assert_int_eq(f->atts[1].peek, 0);
    ck_assert_int_eq(f->atts[1].section.text, IMW_SECTION_HEADER_FIELDS);
    ck_assert_uint_eq(f->atts[1].section.fields.count, 2);
    ck_bytes(f->atts[1].section.fields.items[1], "FROM");
    imw_parser_free(p);
}
END_TEST

START_TEST(fetch_edges)
{
    imw_parser *p;
    const struct imw_command *c = parse(&p,
        "s1 UID FETCH 1:* (BODY.PEEK[1.2.MIME]<0.2048> BINARY.PEEK[3]<10.5> "
        "BINARY.SIZE[1] RFC822.SIZE PREVIEW (LAZY) MODSEQ EMAILID SAVEDATE "
        "BODY[]) (CHANGEDSINCE 12345 VANISHED)\r\n");
    const struct imw_cmd_fetch *f = c->u.fetch;
    ck_assert_uint_eq(f->set.ranges[0].last, IMW_SEQ_STAR);
    ck_assert_uint_eq(f->count, 9);
    const struct imw_fetch_att *a = f->atts;
    ck_assert_int_eq(a[0].kind, IMW_FATT_BODY_SECTION);
    ck_assert_int_eq(a[0].peek, 1);
    ck_assert_uint_eq(a[0].section.part_count, 2);
    ck_assert_uint_eq(a[0].section.parts[1], 2);
    ck_assert_int_eq(a[0].section.text, IMW_SECTION_MIME);
    ck_assert_int_eq(a[0].has_partial, 1);
    ck_assert_uint_eq(a[0].origin, 0);
    ck_assert_uint_eq(a[0].length, 2048);
    ck_assert_int_eq(a[1].kind, IMW_FATT_BINARY);
    ck_assert_int_eq(a[1].peek, 1);
    ck_assert_uint_eq(a[1].section.parts[0], 3);
    ck_assert_uint_eq(a[1].origin, 10);
    ck_assert_int_eq(a[2].kind, IMW_FATT_BINARY_SIZE);
    ck_assert_int_eq(a[3].kind, IMW_FATT_RFC822_SIZE);
    ck_assert_int_eq(a[4].kind, IMW_FATT_PREVIEW);
    ck_assert_int_eq(a[4].lazy, 1);
    ck_assert_int_eq(a[5].kind, IMW_FATT_MODSEQ);
    ck_assert_int_eq(a[6].kind, IMW_FATT_EMAILID);
    ck_assert_int_eq(a[7].kind, IMW_FATT_SAVEDATE);
    ck_assert_int_eq(a[8].kind, IMW_FATT_BODY_SECTION);
    ck_assert_uint_eq(a[8].section.part_count, 0);
    ck_assert_int_eq(a[8].section.text, IMW_SECTION_NONE);
    ck_assert_int_eq(f->has_changedsince, 1);
    ck_assert_uint_eq(f->changedsince, 12345);
    ck_assert_int_eq(f->vanished, 1);
    ck_assert_uint_eq(f->modifier_count, 2);
    imw_parser_free(p);

    c = parse(&p, "A003 FETCH 4 ALL\r\n");
    ck_assert_int_eq(c->u.fetch->macro, IMW_FETCH_MACRO_ALL);
    ck_assert_uint_eq(c->u.fetch->count, 0);
    imw_parser_free(p);
    c = parse(&p, "A283 FETCH $ BODY.PEEK[HEADER]\r\n");
    ck_assert_int_eq(c->u.fetch->saved_result, 1);
    ck_assert_uint_eq(c->u.fetch->count, 1);
    ck_assert_int_eq(c->u.fetch->atts[0].section.text, IMW_SECTION_HEADER);
    imw_parser_free(p);
}
END_TEST

START_TEST(store_forms)
{
    imw_parser *p;
    const struct imw_command *c = parse(&p,
        "a103 UID STORE 6,4,8 (UNCHANGEDSINCE 12121230045) "
        "+FLAGS.SILENT (\\Deleted $Processed)\r\n");
    const struct imw_cmd_store *s = c->u.store;
    ck_assert_uint_eq(s->set.count, 3);
    ck_assert_int_eq(s->mode, IMW_STORE_ADD);
    ck_assert_int_eq(s->silent, 1);
    ck_assert_int_eq(s->has_unchangedsince, 1);
    ck_assert_uint_eq(s->unchangedsince, 12121230045ull);
    ck_assert_uint_eq(s->flags.count, 2);
    ck_assert_int_eq(s->flags.items[0].kind, IMW_FLAG_DELETED);
    ck_assert_int_eq(s->flags.items[1].kind, IMW_FLAG_KEYWORD);
    imw_parser_free(p);
    c = parse(&p, "A151 STORE 3 -FLAGS \\Seen \\Answered\r\n");
    ck_assert_int_eq(c->u.store->mode, IMW_STORE_REMOVE);
    ck_assert_int_eq(c->u.store->silent, 0);
    ck_assert_int_eq(c->u.store->flags_parenthesised, 0);
    ck_assert_uint_eq(c->u.store->flags.count, 2);
    ck_assert_int_eq(c->u.store->flags.items[1].kind, IMW_FLAG_ANSWERED);
    imw_parser_free(p);
    c = parse(&p, "a102 STORE 12 (UNCHANGEDSINCE 0) FLAGS ()\r\n");
    ck_assert_int_eq(c->u.store->mode, IMW_STORE_SET);
    ck_assert_uint_eq(c->u.store->unchangedsince, 0);
    ck_assert_uint_eq(c->u.store->flags.count, 0);
    imw_parser_free(p);
}
END_TEST

START_TEST(copy_move_mailbox)
{
    imw_parser *p;
    const struct imw_command *c = parse(&p, "a UID MOVE 42:69 foo\r\n");
    ck_assert_int_eq(c->kind, IMW_CMD_MOVE);
    ck_assert_uint_eq(c->u.copy->set.ranges[0].first, 42);
    ck_bytes(c->u.copy->mailbox.name, "foo");
    imw_parser_free(p);
    c = parse(&p, "E283 COPY $ \"Other Messages\"\r\n");
    ck_assert_int_eq(c->u.copy->saved_result, 1);
    ck_bytes(c->u.copy->mailbox.name, "Other Messages");
    ck_assert_int_eq(c->u.copy->mailbox.form, IMW_MAILBOX_QUOTED);
    imw_parser_free(p);
    c = parse(&p, "c COPY 1 inbox\r\n");
    ck_assert_int_eq(c->u.copy->mailbox.is_inbox, 1);
    imw_parser_free(p);
}
END_TEST

START_TEST(append_forms)
{
    imw_parser *p;
    const struct imw_command *c = parse(&p,
        "A003 APPEND saved-messages (\\Seen) \"05-Jan-2004 12:34:56 -0700\" "
        "{5}\r\nHello\r\n");
    const struct imw_cmd_append *a = c->u.append;
    ck_bytes(a->mailbox.name, "saved-messages");
    ck_assert_uint_eq(a->count, 1);
    ck_assert_int_eq(a->messages[0].has_flags, 1);
    ck_assert_int_eq(a->messages[0].flags.items[0].kind, IMW_FLAG_SEEN);
    ck_assert_int_eq(a->messages[0].has_date, 1);
    ck_assert_int_eq(a->messages[0].date.zone_minutes, -420);
    ck_assert_int_eq(a->messages[0].date.hour, 12);
    ck_assert_int_eq(a->messages[0].data_kind, IMW_APPEND_LITERAL);
    ck_bytes(a->messages[0].data, "Hello");
    /* zero-copy: the data is a slice of the command */
    ck_assert(a->messages[0].data.ptr >= c->raw.ptr &&
              a->messages[0].data.ptr < c->raw.ptr + c->raw.len);
    imw_parser_free(p);

    c = parse(&p, "A1 APPEND x {2}\r\nab (\\Flagged) ~{3}\r\nabc "
                  "CATENATE (URL \"/INBOX;UID=20\" TEXT {1}\r\nz)\r\n");
    a = c->u.append;
    ck_assert_uint_eq(a->count, 3);
    ck_assert_int_eq(a->messages[0].has_flags, 0);
    ck_assert_int_eq(a->messages[0].has_date, 0);
    ck_bytes(a->messages[0].data, "ab");
    ck_assert_int_eq(a->messages[1].is_binary, 1);
    ck_assert_uint_eq(a->messages[1].data.len, 3);
    ck_assert_int_eq(a->messages[2].data_kind, IMW_APPEND_CATENATE);
    ck_assert_uint_eq(a->messages[2].part_count, 2);
    ck_assert_int_eq(a->messages[2].parts[0].kind, IMW_CAT_URL);
    ck_bytes(a->messages[2].parts[0].data, "/INBOX;UID=20");
    ck_assert_int_eq(a->messages[2].parts[1].kind, IMW_CAT_TEXT);
    ck_bytes(a->messages[2].parts[1].data, "z");
    imw_parser_free(p);

    c = parse(&p, "A2 APPEND x UTF8 (~{2}\r\nhi)\r\n");
    ck_assert_int_eq(c->u.append->messages[0].data_kind, IMW_APPEND_UTF8);
    ck_bytes(c->u.append->messages[0].data, "hi");
    imw_parser_free(p);
}
END_TEST

START_TEST(sort_thread)
{
    imw_parser *p;
    const struct imw_command *c = parse(&p,
        "a SORT RETURN (ALL) (REVERSE DATE SUBJECT) UTF-8 MODSEQ 1234\r\n");
    const struct imw_cmd_sort *s = c->u.sort;
    ck_assert_int_eq(s->ret.present, 1);
    ck_assert_int_eq(s->ret.items[0].kind, IMW_SRET_ALL);
    ck_assert_uint_eq(s->criteria_count, 2);
    ck_assert_int_eq(s->criteria[0].reverse, 1);
    ck_assert_int_eq(s->criteria[0].key, IMW_SORT_DATE);
    ck_assert_int_eq(s->criteria[1].reverse, 0);
    ck_assert_int_eq(s->criteria[1].key, IMW_SORT_SUBJECT);
    ck_bytes(s->program.charset, "UTF-8");
    ck_assert_int_eq(s->program.keys[0].kind, IMW_SKEY_MODSEQ);
    ck_assert_uint_eq(s->program.keys[0].number, 1234);
    imw_parser_free(p);
    c = parse(&p, "b SORT (DISPLAYFROM REVERSE DISPLAYTO) US-ASCII ALL\r\n");
    ck_assert_int_eq(c->u.sort->ret.present, 0);
    ck_assert_int_eq(c->u.sort->criteria[0].key, IMW_SORT_DISPLAYFROM);
    ck_assert_int_eq(c->u.sort->criteria[1].key, IMW_SORT_DISPLAYTO);
    ck_assert_int_eq(c->u.sort->criteria[1].reverse, 1);
    imw_parser_free(p);
    c = parse(&p, "A283 THREAD ORDEREDSUBJECT UTF-8 SINCE 5-MAR-2000\r\n");
    ck_assert_int_eq(c->u.thread->algorithm, IMW_THREAD_ORDEREDSUBJECT);
    ck_bytes(c->u.thread->program.charset, "UTF-8");
    ck_assert_int_eq(c->u.thread->program.keys[0].date.month, 3);
    imw_parser_free(p);
    c = parse(&p, "A284 UID THREAD X-NEW US-ASCII ALL\r\n");
    ck_assert_int_eq(c->u.thread->algorithm, IMW_THREAD_OTHER);
    ck_bytes(c->u.thread->name, "X-NEW");
    imw_parser_free(p);
}
END_TEST

static int of_family(const char *line)
{
    static const char *const names[] = { "SEARCH", "FETCH", "STORE", "COPY",
        "MOVE", "APPEND", "SORT", "THREAD" };
    const char *w = strchr(line, ' ');
    if (!w)
        return 0;
    w++;
    if (strncasecmp(w, "UID ", 4) == 0)
        w += 4;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        size_t n = strlen(names[i]);
        if (strncasecmp(w, names[i], n) == 0 && (w[n] == ' ' || w[n] == '\r'))
            return 1;
    }
    return 0;
}

static int is_typed(const struct imw_command *c)
{
    switch (c->kind) {
    case IMW_CMD_SEARCH: return c->u.search != NULL;
    case IMW_CMD_FETCH: return c->u.fetch != NULL;
    case IMW_CMD_STORE: return c->u.store != NULL;
    case IMW_CMD_COPY: case IMW_CMD_MOVE: return c->u.copy != NULL;
    case IMW_CMD_APPEND: return c->u.append != NULL;
    case IMW_CMD_SORT: return c->u.sort != NULL;
    case IMW_CMD_THREAD: return c->u.thread != NULL;
    default: return 1; /* other families */
    }
}

/* One entry: the lines after its "# RFC" comment up to the next one. */
static size_t check_entry(const char *head, const char *body, size_t len)
{
    if (strstr(head, "[skip") || len == 0 || !of_family(body))
        return 0;
    imw_parser *p = server();
    ck_assert_int_eq(imw_parser_feed(p, body, len), 0);
    const struct imw_command *c;
    int rc;
    size_t typed = 0;
    while ((rc = imw_parser_next_command(p, &c)) != 0) {
        ck_assert_msg(rc > 0, "%s: %.*s: %s", head, (int)len, body,
                      imw_parser_error(p)->reason);
        ck_assert_msg(is_typed(c), "%s: left generic", head);
        typed += c->kind != IMW_CMD_OTHER;
    }
    imw_parser_free(p);
    ck_assert_msg(typed > 0, "%s: no command", head);
    return 1;
}

static char *line_after(char *at, char *end)
{
    char *nl = memchr(at, '\n', (size_t)(end - at));
    return nl ? nl + 1 : end;
}

START_TEST(rfc_examples_typed)
{
    size_t len;
    char *data = imw_test_read_file(TEST_DATA_DIR "/rfc-examples.commands", &len);
    ck_assert_ptr_nonnull(data);
    size_t checked = 0;
    char *at = data, *end = data + len;
    while (at < end) {
        char *head_end = memchr(at, '\n', (size_t)(end - at));
        if (!head_end || *at != '#')
            break;
        *head_end = '\0';
        char *body = head_end + 1, *next = body;
        /* the entry ends where a line starts with "# " */
        while (next < end && !(next[0] == '#' && next + 1 < end &&
                               next[1] == ' '))
            next = line_after(next, end);
        checked += check_entry(at, body, (size_t)(next - body));
        at = next;
    }
    free(data);
    ck_assert_uint_gt(checked, 100);
}
END_TEST

Suite *imw_cmd_message_suite(void)
{
    Suite *s = suite_create("cmd_message");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, search_rfc3501_tree);
    tcase_add_test(tc, search_return_charset_or_list);
    tcase_add_test(tc, search_extension_keys);
    tcase_add_test(tc, fetch_rfc3501_sections);
    tcase_add_test(tc, fetch_edges);
    tcase_add_test(tc, store_forms);
    tcase_add_test(tc, copy_move_mailbox);
    tcase_add_test(tc, append_forms);
    tcase_add_test(tc, sort_thread);
    tcase_add_test(tc, rfc_examples_typed);
    suite_add_tcase(s, tc);
    return s;
}
