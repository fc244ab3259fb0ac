/* Bindings file: which rules get events, embeddings and call points.
 *
 *   # comment (whole line)
 *   event RULE
 *   name RULE
 *   late RULE
 *   bind RULE RAGEL-EMBEDDING-TEXT...
 *   call RULE close
 *   call RULE follow RAGEL-CHAR-CLASS...
 *   extern RULE
 *
 * `extern RULE`: in a machine whose roots do not include RULE, RULE is a
 * placeholder that recognises its first byte and hands over to C
 * (IMW_EXTERN), which runs RULE's own machine (another abnf2rl run with
 * -r RULE); RULE's body, and what only it reaches, are left out.
 *
 * Directives are parsed when the file is added; rule names are checked in
 * imw_abnf_apply_bindings, once the grammar is complete, because the
 * command line may name the bindings before the ABNF files. */
#include "abnf2rl.h"

#include <string.h>

struct line {
    const char *s, *end; /* unread part of the line */
    const char *file;
    int line;
};

static int is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static int is_name_char(char c, int first)
{
    int alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    return alpha || (!first && ((c >= '0' && c <= '9') || c == '-'));
}

static void skip_blanks(struct line *l)
{
    while (l->s < l->end && is_blank(*l->s))
        l->s++;
}

/* Returns the next blank-separated word, or an empty one at the end. */
static size_t next_word(struct line *l, const char **word)
{
    const char *start;

    skip_blanks(l);
    start = l->s;
    while (l->s < l->end && !is_blank(*l->s))
        l->s++;
    *word = start;
    return (size_t)(l->s - start);
}

static int word_is(const char *w, size_t n, const char *lit)
{
    return n == strlen(lit) && memcmp(w, lit, n) == 0;
}

static int valid_name(const char *w, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (!is_name_char(w[i], i == 0))
            return 0;
    return n > 0;
}

/* The rest of the line, verbatim but trimmed (trailing \r included). */
static size_t rest(struct line *l, const char **text)
{
    const char *end = l->end;

    skip_blanks(l);
    while (end > l->s && is_blank(end[-1]))
        end--;
    *text = l->s;
    l->s = l->end;
    return (size_t)(end - *text);
}

static int add(struct imw_abnf_ctx *ctx, const struct line *l,
               struct imw_abnf_binding *b)
{
    struct imw_abnf_binding *v;

    v = imw_abnf_grow(ctx, ctx->bindings, &ctx->bindings_cap, sizeof *v,
                      ctx->nbindings + 1);
    if (v == NULL) {
        imw_abnf_error(ctx, "%s:%d: out of memory", l->file, l->line);
        return -1;
    }
    b->file = l->file;
    b->line = l->line;
    ctx->bindings = v;
    ctx->bindings[ctx->nbindings++] = *b;
    return 0;
}

static int bad(struct imw_abnf_ctx *ctx, const struct line *l,
               const char *what)
{
    imw_abnf_error(ctx, "%s:%d: %s", l->file, l->line, what);
    return -1;
}

/* call RULE close | call RULE follow CHARCLASS */
static int parse_call(struct imw_abnf_ctx *ctx, struct line *l,
                      struct imw_abnf_binding *b)
{
    const char *w, *text;
    size_t n = next_word(l, &w), tn;

    if (word_is(w, n, "close")) {
        b->mode = IMW_ABNF_CALL_CLOSE;
    } else if (word_is(w, n, "follow")) {
        b->mode = IMW_ABNF_CALL_FOLLOW;
        tn = rest(l, &text);
        if (tn == 0)
            return bad(ctx, l, "'call RULE follow' needs a Ragel character "
                               "class");
        b->text = imw_abnf_strndup(ctx, text, tn);
    } else {
        return bad(ctx, l, "'call RULE' must be followed by 'close' or "
                           "'follow CHARCLASS'");
    }
    return 0;
}

static int parse_directive(struct imw_abnf_ctx *ctx, struct line *l,
                           const char *dir, size_t dn)
{
    struct imw_abnf_binding b;
    const char *w, *text;
    size_t n, tn;

    memset(&b, 0, sizeof b);
    if (word_is(dir, dn, "event"))
        b.kind = IMW_ABNF_B_EVENT;
    else if (word_is(dir, dn, "name"))
        b.kind = IMW_ABNF_B_NAME;
    else if (word_is(dir, dn, "late"))
        b.kind = IMW_ABNF_B_LATE;
    else if (word_is(dir, dn, "bind"))
        b.kind = IMW_ABNF_B_BIND;
    else if (word_is(dir, dn, "call"))
        b.kind = IMW_ABNF_B_CALL;
    else if (word_is(dir, dn, "extern"))
        b.kind = IMW_ABNF_B_EXTERN;
    else {
        imw_abnf_error(ctx, "%s:%d: unknown directive '%.*s'", l->file,
                       l->line, (int)dn, dir);
        return -1;
    }
    n = next_word(l, &w);
    if (!valid_name(w, n))
        return bad(ctx, l, n == 0 ? "missing rule name"
                                  : "invalid rule name");
    b.rule = imw_abnf_strndup(ctx, w, n);
    if (b.kind == IMW_ABNF_B_BIND) {
        tn = rest(l, &text);
        if (tn == 0)
            return bad(ctx, l, "'bind RULE' needs Ragel embedding text");
        b.text = imw_abnf_strndup(ctx, text, tn);
    } else if (b.kind == IMW_ABNF_B_CALL && parse_call(ctx, l, &b) != 0) {
        return -1;
    }
    if (rest(l, &text) != 0)
        return bad(ctx, l, "unexpected text after the directive");
    return add(ctx, l, &b);
}

int imw_abnf_add_bindings(struct imw_abnf_ctx *ctx, const char *name,
                          const char *text, size_t len)
{
    const char *end = text + len, *nl;
    struct line l;
    int status = 0;

    l.file = imw_abnf_strndup(ctx, imw_abnf_basename(name),
                              strlen(imw_abnf_basename(name)));
    l.line = 0;
    for (l.s = text; l.s < end; l.s = nl < end ? nl + 1 : end) {
        const char *dir;
        size_t dn;

        nl = memchr(l.s, '\n', (size_t)(end - l.s));
        l.end = nl != NULL ? nl : end;
        nl = l.end;
        l.line++;
        dn = next_word(&l, &dir);
        if (dn == 0 || dir[0] == '#')
            continue;
        if (parse_directive(ctx, &l, dir, dn) != 0)
            status = -1;
    }
    ctx->resolved = 0;
    return status;
}

/* ---- applying them to the grammar ----------------------------------- */

static int assign_id(struct imw_abnf_ctx *ctx, struct imw_abnf_rule *r)
{
    struct imw_abnf_rule **ids;
    size_t cap = ctx->nids + 1;

    if (r->id != 0)
        return 0;
    ids = imw_abnf_alloc(ctx, (cap + 1) * sizeof *ids);
    if (ids == NULL)
        return -1;
    if (ctx->nids > 0)
        memcpy(ids, ctx->ids, cap * sizeof *ids);
    ctx->ids = ids;
    r->id = (int)++ctx->nids;
    ctx->ids[r->id] = r;
    return 0;
}

static int append_bind(struct imw_abnf_ctx *ctx, struct imw_abnf_rule *r,
                       const char *text)
{
    const char **binds = imw_abnf_alloc(ctx, (r->nbinds + 1)
                                             * sizeof *binds);

    if (binds == NULL)
        return -1;
    if (r->nbinds > 0)
        memcpy(binds, r->binds, r->nbinds * sizeof *binds);
    binds[r->nbinds++] = text;
    r->binds = binds;
    return 0;
}

static int reserved(struct imw_abnf_ctx *ctx,
                    const struct imw_abnf_binding *b,
                    const struct imw_abnf_rule *r)
{
    /* IMW_RULE_NONE and IMW_RULE_COUNT are taken by the header */
    if (strcmp(r->key, "none") != 0 && strcmp(r->key, "count") != 0)
        return 0;
    imw_abnf_error(ctx, "%s:%d: rule '%s' cannot get an id: IMW_RULE_%s "
                   "is reserved", b->file, b->line, b->rule,
                   r->key[0] == 'n' ? "NONE" : "COUNT");
    return 1;
}

static int apply_event(struct imw_abnf_ctx *ctx,
                       const struct imw_abnf_binding *b,
                       struct imw_abnf_rule *r)
{
    static const char *const directive[] = {
        [IMW_ABNF_B_EVENT] = "event", [IMW_ABNF_B_NAME] = "name",
        [IMW_ABNF_B_LATE] = "late",
    };
    if (r->event)
        imw_abnf_error(ctx, "%s:%d: duplicate '%s %s'", b->file, b->line,
                       directive[b->kind], b->rule);
    r->event = b->kind == IMW_ABNF_B_NAME   ? IMW_ABNF_EVENT_NAME
             : b->kind == IMW_ABNF_B_LATE   ? IMW_ABNF_EVENT_LATE
                                            : IMW_ABNF_EVENT_SPAN;
    return assign_id(ctx, r);
}

static int apply_call(struct imw_abnf_ctx *ctx,
                      const struct imw_abnf_binding *b,
                      struct imw_abnf_rule *r)
{
    if (r->call != IMW_ABNF_CALL_NONE)
        imw_abnf_error(ctx, "%s:%d: duplicate 'call %s' (first at %s:%d)",
                       b->file, b->line, b->rule, r->call_file,
                       r->call_line);
    /* extern + call close: a recursive rule in a machine of its own, whose
     * glue runs r_R_body; a follow-mode return has no place there. */
    if (r->is_extern && b->mode == IMW_ABNF_CALL_FOLLOW)
        imw_abnf_error(ctx, "%s:%d: rule '%s' cannot be both 'call ... "
                       "follow' and 'extern' (extern at %s:%d)", b->file,
                       b->line, b->rule, r->ext_file, r->ext_line);
    r->call = b->mode;
    r->follow = b->text;
    r->call_file = b->file;
    r->call_line = b->line;
    return assign_id(ctx, r);
}

static int apply_extern(struct imw_abnf_ctx *ctx,
                        const struct imw_abnf_binding *b,
                        struct imw_abnf_rule *r)
{
    if (r->is_extern)
        imw_abnf_error(ctx, "%s:%d: duplicate 'extern %s' (first at %s:%d)",
                       b->file, b->line, b->rule, r->ext_file, r->ext_line);
    if (r->call == IMW_ABNF_CALL_FOLLOW)
        imw_abnf_error(ctx, "%s:%d: rule '%s' cannot be both 'extern' and "
                       "'call ... follow' (call at %s:%d)", b->file, b->line,
                       b->rule, r->call_file, r->call_line);
    r->is_extern = 1;
    r->ext_file = b->file;
    r->ext_line = b->line;
    return assign_id(ctx, r);
}

static void apply_one(struct imw_abnf_ctx *ctx,
                      const struct imw_abnf_binding *b)
{
    struct imw_abnf_rule *r = imw_abnf_lookup(ctx, b->rule,
                                              strlen(b->rule));
    int rc;

    if (r == NULL || r->body == NULL) {
        imw_abnf_error(ctx, "%s:%d: unknown rule '%s'", b->file, b->line,
                       b->rule);
        return;
    }
    if (b->kind == IMW_ABNF_B_BIND)
        rc = append_bind(ctx, r, b->text);
    else if (reserved(ctx, b, r))
        return;
    else if (b->kind == IMW_ABNF_B_EVENT || b->kind == IMW_ABNF_B_NAME ||
             b->kind == IMW_ABNF_B_LATE)
        rc = apply_event(ctx, b, r);
    else if (b->kind == IMW_ABNF_B_EXTERN)
        rc = apply_extern(ctx, b, r);
    else
        rc = apply_call(ctx, b, r);
    if (rc != 0)
        imw_abnf_error(ctx, "%s:%d: out of memory", b->file, b->line);
}

/* Ids follow bindings-file order over every event/name/call/extern rule,
 * reachable or not, so machines built from one bindings file share one
 * header. */
void imw_abnf_apply_bindings(struct imw_abnf_ctx *ctx)
{
    size_t i;

    ctx->nids = 0;
    for (i = 0; i < ctx->nrules; i++) {
        struct imw_abnf_rule *r = ctx->rules[i];
        r->id = 0;
        r->event = 0;
        r->nbinds = 0;
        r->call = IMW_ABNF_CALL_NONE;
        r->is_extern = 0;
    }
    for (i = 0; i < ctx->nbindings; i++)
        apply_one(ctx, &ctx->bindings[i]);
}
