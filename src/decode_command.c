/* Decoding one client command: its words, its kind, and the dispatch to
 * the decoder of its family.  As on the response side the machine has
 * validated the bytes, so tag and name are read straight from them. */
#include <string.h>
#include "command.h"
#include "leniency.h"
#include "imw_rules.h"

static size_t word_end(const uint8_t *s, size_t at, size_t len)
{
    while (at < len && s[at] != ' ' && s[at] != '\r' && s[at] != '\n')
        at++;
    return at;
}

int imw_command_words(const uint8_t *s, size_t len,
                      struct imw_command_words *w)
{
    size_t i = 0;
    memset(w, 0, sizeof *w);
    while (i < len && imw_is_tag_char(s[i]))
        i++;
    if (i == 0 || i >= len || s[i] != ' ')
        return 0;
    w->tag_end = i;
    w->name_start = i + 1;
    w->name_end = word_end(s, w->name_start, len);
    if (w->name_end - w->name_start == 3 &&
        imw_dec_word_is((imw_bytes){ s + w->name_start, 3 }, "UID") &&
        w->name_end < len && s[w->name_end] == ' ') {
        w->uid = 1;
        w->name_start = w->name_end + 1;
        w->name_end = word_end(s, w->name_start, len);
    }
    return 1;
}

static const struct {
    const char *name;
    enum imw_command_kind kind;
    int uid_form; /* also valid after "UID" */
} command_names[] = {
    { "CAPABILITY", IMW_CMD_CAPABILITY, 0 }, { "NOOP", IMW_CMD_NOOP, 0 },
    { "LOGOUT", IMW_CMD_LOGOUT, 0 }, { "ID", IMW_CMD_ID, 0 },
    { "ENABLE", IMW_CMD_ENABLE, 0 }, { "STARTTLS", IMW_CMD_STARTTLS, 0 },
    { "LOGIN", IMW_CMD_LOGIN, 0 }, { "AUTHENTICATE", IMW_CMD_AUTHENTICATE, 0 },
    { "SELECT", IMW_CMD_SELECT, 0 }, { "EXAMINE", IMW_CMD_EXAMINE, 0 },
    { "CREATE", IMW_CMD_CREATE, 0 }, { "DELETE", IMW_CMD_DELETE, 0 },
    { "RENAME", IMW_CMD_RENAME, 0 }, { "SUBSCRIBE", IMW_CMD_SUBSCRIBE, 0 },
    { "UNSUBSCRIBE", IMW_CMD_UNSUBSCRIBE, 0 }, { "LIST", IMW_CMD_LIST, 0 },
    { "LSUB", IMW_CMD_LSUB, 0 }, { "NAMESPACE", IMW_CMD_NAMESPACE, 0 },
    { "STATUS", IMW_CMD_STATUS, 0 }, { "APPEND", IMW_CMD_APPEND, 0 },
    { "IDLE", IMW_CMD_IDLE, 0 }, { "GETQUOTA", IMW_CMD_GETQUOTA, 0 },
    { "GETQUOTAROOT", IMW_CMD_GETQUOTAROOT, 0 },
    { "SETQUOTA", IMW_CMD_SETQUOTA, 0 }, { "GETACL", IMW_CMD_GETACL, 0 },
    { "SETACL", IMW_CMD_SETACL, 0 }, { "DELETEACL", IMW_CMD_DELETEACL, 0 },
    { "LISTRIGHTS", IMW_CMD_LISTRIGHTS, 0 },
    { "MYRIGHTS", IMW_CMD_MYRIGHTS, 0 },
    { "GETMETADATA", IMW_CMD_GETMETADATA, 0 },
    { "SETMETADATA", IMW_CMD_SETMETADATA, 0 },
    { "COMPRESS", IMW_CMD_COMPRESS, 0 }, { "NOTIFY", IMW_CMD_NOTIFY, 0 },
    { "CHECK", IMW_CMD_CHECK, 0 }, { "CLOSE", IMW_CMD_CLOSE, 0 },
    { "UNSELECT", IMW_CMD_UNSELECT, 0 }, { "EXPUNGE", IMW_CMD_EXPUNGE, 1 },
    { "SEARCH", IMW_CMD_SEARCH, 1 }, { "FETCH", IMW_CMD_FETCH, 1 },
    { "STORE", IMW_CMD_STORE, 1 }, { "COPY", IMW_CMD_COPY, 1 },
    { "MOVE", IMW_CMD_MOVE, 1 }, { "SORT", IMW_CMD_SORT, 1 },
    { "THREAD", IMW_CMD_THREAD, 1 },
    { "SASL-RESPONSE", IMW_CMD_SASL_RESPONSE, -1 },
    { "SASL-CANCEL", IMW_CMD_SASL_CANCEL, -1 }, { "DONE", IMW_CMD_DONE, -1 },
    { "OTHER", IMW_CMD_OTHER, -1 },
};
#define COMMAND_NAMES (sizeof command_names / sizeof command_names[0])

enum imw_command_kind imw_command_kind_of(imw_bytes name, int uid)
{
    for (size_t i = 0; i < COMMAND_NAMES; i++)
        if (command_names[i].uid_form >= uid &&
            imw_dec_word_is(name, command_names[i].name))
            return command_names[i].kind;
    return IMW_CMD_OTHER;
}

const char *imw_command_kind_name(enum imw_command_kind kind)
{
    for (size_t i = 0; i < COMMAND_NAMES; i++)
        if (command_names[i].kind == kind)
            return command_names[i].name;
    return "UNKNOWN";
}

/* The arguments after the name as generic values (commands without a
 * typed decoder, and the generic machine's commands). */
static int decode_generic(struct imw_decoder *d,
                          const struct imw_command_words *w,
                          struct imw_command *out)
{
    size_t end = imw_dec_line_end(d);
    return imw_dec_generic(d, w->name_start, w->name_end, end,
                           &out->u.generic);
}

/* Every sequence set of a command is checked against its range (numbers
 * are nz-number: 1..4294967295) whatever decodes the command, so that no
 * untyped or generic path lets "0" or "4294967296" through.  The grammar
 * reads them as digits; imw_dec_seq_set() checks and keeps them as ranges. */
static int in_extension_value(const struct imw_run *run,
                              const struct imw_event *e)
{
    for (size_t i = 0; i < run->nev; i++) {
        const struct imw_event *x = &run->ev[i];
        if (x->rule == IMW_RULE_TAGGED_EXT_VAL && x->start <= e->start &&
            e->end <= x->end)
            return 1;
    }
    return 0;
}

static int check_sequence_sets(struct imw_decoder *d)
{
    const struct imw_run *run = d->run;
    for (size_t i = 0; i < run->nev; i++) {
        const struct imw_event *e = &run->ev[i];
        struct imw_seq_set set;
        /* an extension's value (UNCHANGEDSINCE 12121230045) may read as a
         * sequence set and be a 63-bit number: its decoder checks it */
        if (e->rule != IMW_RULE_SEQUENCE_SET || in_extension_value(run, e))
            continue;
        int rc = imw_dec_seq_set(d, e->start, e->end, &set);
        if (rc < 0)
            return rc;
    }
    return 0;
}

int imw_command_decode(struct imw_decoder *d, int generic,
                       struct imw_command *out)
{
    struct imw_command_words w;
    const struct imw_run *run = d->run;
    size_t lenient_at;
    const char *leniency;
    memset(out, 0, sizeof *out);
    out->raw = imw_dec_slice(d, 0, run->len);
    if (!imw_command_words(run->data, run->len, &w))
        return imw_dec_fail(d, IMW_ERR_INTERNAL, 0, "tag",
                            "accepted command without a tag");
    out->tag = imw_dec_slice(d, 0, w.tag_end);
    out->name = imw_dec_slice(d, w.name_start, w.name_end);
    out->uid = w.uid;
    out->kind = generic ? IMW_CMD_OTHER : imw_command_kind_of(out->name, w.uid);
    if (d->strict && imw_leniency_check(run, &lenient_at, &leniency))
        return imw_dec_fail(d, IMW_ERR_SYNTAX, lenient_at, leniency,
                            "accepted only without IMW_OPTION_STRICT");
    if (check_sequence_sets(d) < 0)
        return d->error;
    switch (out->kind) {
    case IMW_CMD_CAPABILITY: case IMW_CMD_NOOP: case IMW_CMD_LOGOUT:
    case IMW_CMD_STARTTLS: case IMW_CMD_NAMESPACE: case IMW_CMD_IDLE:
    case IMW_CMD_CHECK: case IMW_CMD_CLOSE: case IMW_CMD_UNSELECT:
        return 0;
    case IMW_CMD_EXPUNGE:
        if (!w.uid)
            return 0;
        return imw_dec_seq_set(d, w.name_end + 1, imw_dec_line_end(d),
                               &out->u.uid_set);
    default:
        break;
    }
    int rc = imw_dec_cmd_mailbox_family(d, &w, out);
    if (rc == IMW_DEC_NOT_MINE)
        rc = imw_dec_cmd_message_family(d, &w, out);
    if (rc == IMW_DEC_NOT_MINE)
        rc = decode_generic(d, &w, out);
    return rc;
}
