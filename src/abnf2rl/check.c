/* Placeholder conflicts.
 *
 * A placeholder (a call rule referenced from inside its own recursion, or
 * an extern rule) is a one-octet machine whose action hands that octet to
 * another machine at once.  Any other alternative alive at the same octet
 * dies there, silently: the DFA has committed.  So every choice point of
 * the grammar (an alternation, an optional or repeated element: take it or
 * go on with what follows) is checked LL(1)-style: when one branch can
 * begin with a placeholder P, no other branch may begin with an octet of
 * FIRST(P), except through P itself (the same call from two readings is
 * one call; the DFA keeps both readings for when it returns).
 *
 * What a branch can begin with is an imw_abnf_start: its FIRST set split
 * into ordinary octets and placeholders, with FOLLOW sets (also split)
 * where the branch can be empty.  FOLLOW(R) is what can follow a
 * non-placeholder reference to R; the end of a placeholder's own machine
 * is its machine's business.  The check looks one octet ahead only: two
 * branches with a common prefix (`"a" P / "a" "("`) are not compared after
 * the prefix. */
#include "abnf2rl.h"

#include <stdio.h>
#include <string.h>

static int in_set(const unsigned char *set, unsigned c)
{
    return set[c >> 3] >> (c & 7) & 1;
}

static void add_byte(unsigned char *set, unsigned c)
{
    set[c >> 3] |= (unsigned char)(1u << (c & 7));
}

/* a |= b; returns whether a grew. */
static int merge(struct imw_abnf_start *a, const struct imw_abnf_start *b)
{
    int grew = (b->ph & ~a->ph) != 0 || (b->nullable && !a->nullable);
    size_t i;

    for (i = 0; i < 32; i++) {
        grew |= (b->plain[i] & ~a->plain[i]) != 0;
        a->plain[i] |= b->plain[i];
    }
    a->ph |= b->ph;
    a->nullable |= b->nullable;
    return grew;
}

/* ---- what a node can begin with -------------------------------------- */

static void start_of(struct imw_abnf_ctx *ctx,
                     const struct imw_abnf_rule *owner,
                     const struct imw_abnf_node *n, struct imw_abnf_start *st);

/* Memoised per rule: references that are not placeholders form no cycle
 * (every cycle passes through a placeholder), so the recursion ends. */
static const struct imw_abnf_start *rule_start(struct imw_abnf_ctx *ctx,
                                               struct imw_abnf_rule *r)
{
    if (r->start_state == 0) {
        r->start_state = 1;
        memset(&r->start, 0, sizeof r->start);
        start_of(ctx, r, r->body, &r->start);
        r->start_state = 2;
    }
    return &r->start;
}

static void start_of_ref(struct imw_abnf_ctx *ctx,
                         const struct imw_abnf_rule *owner,
                         struct imw_abnf_rule *r, struct imw_abnf_start *st)
{
    if (r == NULL)
        return; /* undefined: reported elsewhere */
    if (imw_abnf_is_placeholder(owner, r)) {
        st->ph |= (uint64_t)1 << r->ph_index;
        st->nullable = 0;
        return;
    }
    *st = *rule_start(ctx, r);
}

/* Of kids[from..n) in sequence. */
static void start_of_seq(struct imw_abnf_ctx *ctx,
                         const struct imw_abnf_rule *owner,
                         struct imw_abnf_node *const *kids, size_t from,
                         size_t n, struct imw_abnf_start *st)
{
    memset(st, 0, sizeof *st);
    st->nullable = 1;
    for (; from < n && st->nullable; from++) {
        struct imw_abnf_start k;
        memset(&k, 0, sizeof k);
        start_of(ctx, owner, kids[from], &k);
        st->nullable = 0;
        merge(st, &k);
    }
}

/* Fills *st (zeroed by the caller) with what n alone can begin with. */
static void start_of(struct imw_abnf_ctx *ctx,
                     const struct imw_abnf_rule *owner,
                     const struct imw_abnf_node *n, struct imw_abnf_start *st)
{
    unsigned c;
    size_t i;

    switch (n->kind) {
    case IMW_ABNF_STR:
        st->nullable = n->len == 0;
        if (n->len == 0)
            break;
        c = (unsigned char)n->text[0];
        add_byte(st->plain, c);
        if (!n->case_sensitive && (c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            add_byte(st->plain, c ^ 0x20);
        break;
    case IMW_ABNF_SEQ:
        add_byte(st->plain, n->vals[0]);
        break;
    case IMW_ABNF_RANGE:
        for (c = n->lo; c <= n->hi; c++)
            add_byte(st->plain, c);
        break;
    case IMW_ABNF_REF:
        start_of_ref(ctx, owner, n->rule, st);
        break;
    case IMW_ABNF_CAT:
        start_of_seq(ctx, owner, n->kids, 0, n->nkids, st);
        break;
    case IMW_ABNF_ALT:
        for (i = 0; i < n->nkids; i++) {
            struct imw_abnf_start k;
            memset(&k, 0, sizeof k);
            start_of(ctx, owner, n->kids[i], &k);
            merge(st, &k);
        }
        break;
    case IMW_ABNF_REP:
        if (n->max > 0)
            start_of(ctx, owner, n->kids[0], st);
        st->nullable |= n->min == 0 || n->max == 0;
        break;
    case IMW_ABNF_PROSE:
        break;
    }
}

/* ---- the octets of a start set --------------------------------------- */

/* Every octet st can begin with, except through placeholder `skip`. */
static void octets(const struct imw_abnf_ctx *ctx,
                   const struct imw_abnf_start *st, int skip,
                   unsigned char *set)
{
    size_t i, j;

    memcpy(set, st->plain, 32);
    for (i = 0; i < ctx->nphs; i++)
        if ((int)i != skip && (st->ph >> i & 1))
            for (j = 0; j < 32; j++)
                set[j] |= ctx->phs[i]->first[j];
}

/* The placeholder of `st` other than `skip`, if any, that can begin with
 * octet c; -1 when c is an ordinary octet of st. */
static int owner_of(const struct imw_abnf_ctx *ctx,
                    const struct imw_abnf_start *st, int skip, unsigned c)
{
    size_t i;

    for (i = 0; i < ctx->nphs; i++)
        if ((int)i != skip && (st->ph >> i & 1)
            && in_set(ctx->phs[i]->first, c))
            return (int)i;
    return -1;
}

/* ---- reporting -------------------------------------------------------- */

/* One branch of a choice point, for the checks and their messages. */
struct branch {
    struct imw_abnf_start own; /* what the branch itself begins with */
    const struct imw_abnf_node *node; /* NULL: what follows the choice */
};

static void describe_octets(char *buf, size_t size, const unsigned char *set)
{
    unsigned c, shown = 0;
    size_t len = 0;

    buf[0] = '\0';
    for (c = 0; c < 256 && len + 16 < size; c++) {
        if (!in_set(set, c))
            continue;
        if (shown++ == 6) {
            strcpy(buf + len, " ...");
            return;
        }
        len += (size_t)snprintf(buf + len, size - len,
                                c > 0x20 && c < 0x7f ? "%s0x%02x '%c'"
                                                     : "%s0x%02x",
                                shown > 1 ? ", " : "", c, (int)c);
    }
}

static const char *kind_of(const struct imw_abnf_rule *r)
{
    return r->ext ? "extern" : "call";
}

/* Placeholder ph of the side `pnode` shares `shared` with the side
 * `onode` (through placeholder `other`, or ordinary octets when -1).  A
 * NULL node is what follows the choice point. */
static void report(struct imw_abnf_ctx *ctx, const struct imw_abnf_rule *owner,
                   const struct imw_abnf_node *pnode, int ph,
                   const struct imw_abnf_node *onode,
                   const unsigned char *shared, int other)
{
    const struct imw_abnf_node *where = pnode != NULL ? pnode : onode;
    const struct imw_abnf_rule *p = ctx->phs[ph];
    char octs[128], with[160];

    describe_octets(octs, sizeof octs, shared);
    if (other >= 0)
        snprintf(with, sizeof with, "the %s point of '%s'",
                 kind_of(ctx->phs[other]), ctx->phs[other]->name);
    else if (onode != NULL)
        snprintf(with, sizeof with, "the alternative at %s:%d:%d",
                 onode->file, onode->line, onode->col);
    else
        snprintf(with, sizeof with, "what can follow there");
    imw_abnf_error(ctx, "%s:%d: rule '%s': %s point of '%s' shares first "
                   "octets %s with %s (a placeholder commits on its first "
                   "octet)", where->file, where->line, owner->name,
                   kind_of(p), p->name, octs, with);
}

/* The placeholders side p can begin with against everything side o can
 * begin with; one message per pair of sides. */
static void conflict(struct imw_abnf_ctx *ctx,
                     const struct imw_abnf_rule *owner,
                     const struct imw_abnf_node *pnode,
                     const struct imw_abnf_start *p,
                     const struct imw_abnf_node *onode,
                     const struct imw_abnf_start *o)
{
    size_t i, j;

    for (i = 0; i < ctx->nphs; i++) {
        unsigned char other[32], shared[32];
        int any = 0;
        unsigned c;
        if (!(p->ph >> i & 1))
            continue;
        octets(ctx, o, (int)i, other);
        for (j = 0; j < 32; j++) {
            shared[j] = other[j] & ctx->phs[i]->first[j];
            any |= shared[j] != 0;
        }
        if (!any)
            continue;
        for (c = 0; !in_set(shared, c); c++)
            ;
        report(ctx, owner, pnode, (int)i, onode, shared,
               owner_of(ctx, o, (int)i, c));
        return;
    }
}

/* Branches a and b of one choice point, followed by `follow`.  Where both
 * can be empty, what follows is shared by both readings: no conflict. */
static void check_pair(struct imw_abnf_ctx *ctx,
                       const struct imw_abnf_rule *owner,
                       const struct branch *a, const struct branch *b,
                       const struct imw_abnf_start *follow)
{
    struct imw_abnf_start fa = a->own, fb = b->own;

    if (a->own.nullable)
        merge(&fa, follow);
    if (b->own.nullable)
        merge(&fb, follow);
    conflict(ctx, owner, a->node, &a->own, b->node, &fb);
    conflict(ctx, owner, b->node, &b->own, a->node, &fa);
    if (a->own.nullable && !b->own.nullable)
        conflict(ctx, owner, NULL, follow, b->node, &b->own);
    if (b->own.nullable && !a->own.nullable)
        conflict(ctx, owner, NULL, follow, a->node, &a->own);
}

/* ---- walking the grammar ---------------------------------------------- */

struct walk {
    struct imw_abnf_ctx *ctx;
    const struct imw_abnf_rule *owner;
    int checking; /* 0: grow FOLLOW sets; 1: report conflicts */
    int grew;
};

static void walk(struct walk *w, const struct imw_abnf_node *n,
                 const struct imw_abnf_start *follow);

static void walk_cat(struct walk *w, const struct imw_abnf_node *n,
                     const struct imw_abnf_start *follow)
{
    size_t i;

    for (i = 0; i < n->nkids; i++) {
        struct imw_abnf_start rest;
        start_of_seq(w->ctx, w->owner, n->kids, i + 1, n->nkids, &rest);
        if (rest.nullable) {
            rest.nullable = 0;
            merge(&rest, follow);
        }
        walk(w, n->kids[i], &rest);
    }
}

static void walk_alt(struct walk *w, const struct imw_abnf_node *n,
                     const struct imw_abnf_start *follow)
{
    size_t i, j;

    for (i = 0; i < n->nkids; i++)
        walk(w, n->kids[i], follow);
    if (!w->checking)
        return;
    for (i = 0; i < n->nkids; i++) {
        struct branch a;
        memset(&a, 0, sizeof a);
        a.node = n->kids[i];
        start_of(w->ctx, w->owner, a.node, &a.own);
        for (j = i + 1; j < n->nkids; j++) {
            struct branch b;
            memset(&b, 0, sizeof b);
            b.node = n->kids[j];
            start_of(w->ctx, w->owner, b.node, &b.own);
            check_pair(w->ctx, w->owner, &a, &b, follow);
        }
    }
}

/* Inside, the element is followed by itself again (when it may repeat)
 * or by what follows; where the count may still grow or stop, another
 * element and what follows are the two branches. */
static void walk_rep(struct walk *w, const struct imw_abnf_node *n,
                     const struct imw_abnf_start *follow)
{
    struct imw_abnf_start inner = *follow;
    struct branch more, stop;

    if (n->max == 0)
        return;
    memset(&more, 0, sizeof more);
    more.node = n->kids[0];
    start_of(w->ctx, w->owner, more.node, &more.own);
    if (n->max > 1) {
        struct imw_abnf_start again = more.own;
        again.nullable = 0;
        merge(&inner, &again);
    }
    walk(w, n->kids[0], &inner);
    if (!w->checking || n->max == n->min)
        return;
    memset(&stop, 0, sizeof stop);
    stop.own.nullable = 1;
    check_pair(w->ctx, w->owner, &more, &stop, follow);
}

static void walk(struct walk *w, const struct imw_abnf_node *n,
                 const struct imw_abnf_start *follow)
{
    struct imw_abnf_rule *r;

    switch (n->kind) {
    case IMW_ABNF_CAT: walk_cat(w, n, follow); break;
    case IMW_ABNF_ALT: walk_alt(w, n, follow); break;
    case IMW_ABNF_REP: walk_rep(w, n, follow); break;
    case IMW_ABNF_REF:
        r = n->rule;
        if (!w->checking && r != NULL
            && !imw_abnf_is_placeholder(w->owner, r))
            w->grew |= merge(&r->after, follow);
        break;
    default:
        break;
    }
}

/* ---- driver ------------------------------------------------------------ */

static int emitted_here(const struct imw_abnf_rule *r)
{
    return r->reachable && !r->ext;
}

static int number_placeholders(struct imw_abnf_ctx *ctx)
{
    size_t i;

    ctx->nphs = 0;
    for (i = 0; i < ctx->nrules; i++) {
        struct imw_abnf_rule *r = ctx->rules[i];
        r->ph_index = -1;
        r->start_state = 0;
        memset(&r->after, 0, sizeof r->after);
        r->after.nullable = r->is_root; /* the machine may end after it */
        if (!r->reachable || (r->call == IMW_ABNF_CALL_NONE && !r->ext))
            continue;
        if (ctx->nphs == IMW_ABNF_MAX_PH) {
            imw_abnf_error(ctx, "error: more than %d call and extern rules "
                           "in one machine", IMW_ABNF_MAX_PH);
            return -1;
        }
        r->ph_index = (int)ctx->nphs;
        ctx->phs[ctx->nphs++] = r;
    }
    return 0;
}

static int walk_all(struct imw_abnf_ctx *ctx, int checking)
{
    struct walk w;
    size_t i;

    memset(&w, 0, sizeof w);
    w.ctx = ctx;
    w.checking = checking;
    for (i = 0; i < ctx->nrules; i++) {
        struct imw_abnf_rule *r = ctx->rules[i];
        struct imw_abnf_start follow;
        if (!emitted_here(r))
            continue;
        follow = r->after; /* a copy: walking may grow r's own */
        w.owner = r;
        walk(&w, r->body, &follow);
    }
    return w.grew;
}

void imw_abnf_check_placeholders(struct imw_abnf_ctx *ctx)
{
    if (number_placeholders(ctx) != 0)
        return;
    while (walk_all(ctx, 0))
        ;
    walk_all(ctx, 1);
}
