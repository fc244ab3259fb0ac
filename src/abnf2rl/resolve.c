/* Checks on the complete grammar and the emission order.
 *
 * Only rules reachable from the roots matter: the RFC files define far
 * more than one machine uses, and a prose-val or an undefined name in an
 * unused rule must not stop the build.  Steps:
 *   1. bindings are attached to rules, roots looked up;
 *   2. reachable rules are marked; undefined references and prose-vals
 *      in them are reported.  An extern rule (not a root) is reachable,
 *      as its placeholder, but what lies behind it is not: that belongs
 *      to the extern rule's own machine;
 *   3. recursion not broken by a call point is reported (Ragel cannot
 *      express it): SCCs of the reference graph with the references to
 *      call and extern rules cut.  The SCCs of the whole graph decide
 *      which references to a call rule stay placeholders (those from its
 *      own recursion) and which get its definition inlined (the others);
 *   4. FIRST sets are computed for the call and extern placeholders, and
 *      each placeholder is checked against the alternatives it competes
 *      with (check.c);
 *   5. definitions are ordered so that each comes before its first use. */
#include "abnf2rl.h"

#include <string.h>

/* ---- reference lists ------------------------------------------------ */

static void add_edge(struct imw_abnf_ctx *ctx, struct imw_abnf_rule *from,
                     struct imw_abnf_rule *to, size_t *cap)
{
    struct imw_abnf_rule **e;

    if (to->stamp == ctx->stamp)
        return; /* already listed */
    to->stamp = ctx->stamp;
    e = imw_abnf_grow(ctx, from->edges, cap, sizeof *e, from->nedges + 1);
    if (e == NULL)
        return;
    from->edges = e;
    from->edges[from->nedges++] = to;
}

/* Resolves the REF nodes under `n` and lists their rules as edges. */
static void collect(struct imw_abnf_ctx *ctx, struct imw_abnf_rule *from,
                    struct imw_abnf_node *n, size_t *cap)
{
    size_t i;

    if (n->kind == IMW_ABNF_REF) {
        n->rule = imw_abnf_lookup(ctx, n->text, n->len);
        if (n->rule != NULL && n->rule->body == NULL)
            n->rule = NULL;
        if (n->rule != NULL)
            add_edge(ctx, from, n->rule, cap);
        return;
    }
    for (i = 0; i < n->nkids; i++)
        collect(ctx, from, n->kids[i], cap);
}

/* Everything reachable, through extern rules too: their FIRST sets need
 * their bodies. */
static void mark_seen(struct imw_abnf_ctx *ctx, struct imw_abnf_rule *r)
{
    size_t cap = 0, i;

    if (r->seen)
        return;
    r->seen = 1;
    ctx->stamp++;
    collect(ctx, r, r->body, &cap);
    for (i = 0; i < r->nedges; i++)
        mark_seen(ctx, r->edges[i]);
}

/* What this machine emits: an extern rule is only its placeholder. */
static void mark_reachable(struct imw_abnf_rule *r)
{
    size_t i;

    if (r->reachable)
        return;
    r->reachable = 1;
    if (r->ext)
        return;
    for (i = 0; i < r->nedges; i++)
        mark_reachable(r->edges[i]);
}

static void reset(struct imw_abnf_ctx *ctx)
{
    size_t i;

    for (i = 0; i < ctx->nrules; i++) {
        struct imw_abnf_rule *r = ctx->rules[i];
        r->edges = NULL;
        r->nedges = 0;
        r->seen = 0;
        r->reachable = 0;
        r->is_root = 0;
        r->ext = 0;
        r->tj_index = -1;
        r->tj_onstack = 0;
        r->scc = 0;
        r->rscc = 0;
        r->emitted = 0;
        r->body_emitted = 0;
    }
    ctx->norder = 0;
    ctx->npending = 0;
}

/* `extern RULE` is ignored in RULE's own machine (RULE is a root). */
static void find_roots(struct imw_abnf_ctx *ctx)
{
    size_t i;

    if (ctx->nroots == 0)
        imw_abnf_error(ctx, "error: no root rule given (-r RULE)");
    for (i = 0; i < ctx->nroots; i++) {
        const char *name = ctx->roots[i];
        struct imw_abnf_rule *r = imw_abnf_lookup(ctx, name, strlen(name));
        if (r == NULL || r->body == NULL)
            imw_abnf_error(ctx, "error: root rule '%s' is not defined",
                           name);
        else
            r->is_root = 1;
    }
    for (i = 0; i < ctx->nrules; i++)
        ctx->rules[i]->ext = ctx->rules[i]->is_extern
                             && !ctx->rules[i]->is_root;
    for (i = 0; i < ctx->nrules; i++)
        if (ctx->rules[i]->is_root)
            mark_seen(ctx, ctx->rules[i]);
    for (i = 0; i < ctx->nrules; i++)
        if (ctx->rules[i]->is_root)
            mark_reachable(ctx->rules[i]);
}

/* ---- step 2: undefined references and prose ------------------------ */

static void check_node(struct imw_abnf_ctx *ctx,
                       const struct imw_abnf_rule *r,
                       const struct imw_abnf_node *n)
{
    size_t i;

    if (n->kind == IMW_ABNF_REF && n->rule == NULL)
        imw_abnf_error(ctx, "%s:%d: rule '%s' references undefined rule "
                       "'%.*s'", n->file, n->line, r->name, (int)n->len,
                       n->text);
    if (n->kind == IMW_ABNF_PROSE)
        imw_abnf_error(ctx, "%s:%d: rule '%s' contains prose value %.*s: "
                       "it needs an override (-u file)", n->file, n->line,
                       r->name, (int)n->len, n->text);
    for (i = 0; i < n->nkids; i++)
        check_node(ctx, r, n->kids[i]);
}

static void check_reachable(struct imw_abnf_ctx *ctx)
{
    size_t i;

    for (i = 0; i < ctx->nrules; i++)
        if (ctx->rules[i]->reachable && !ctx->rules[i]->ext)
            check_node(ctx, ctx->rules[i], ctx->rules[i]->body);
}

/* ---- step 3: recursion without call points -------------------------- */

struct tarjan {
    struct imw_abnf_ctx *ctx;
    struct imw_abnf_rule **stack;
    size_t top;
    int index, nscc;
    int whole; /* 1: SCCs of the whole graph into rscc, nothing reported */
};

/* A reference to a call rule becomes an fcall placeholder, which is what
 * breaks recursion for Ragel; those edges do not count.  Nor do references
 * to extern rules, whose placeholder hands over to C. */
static int cut(const struct imw_abnf_rule *to)
{
    return to->call != IMW_ABNF_CALL_NONE || to->ext;
}

static int tarjan_cut(const struct tarjan *t, const struct imw_abnf_rule *to)
{
    return t->whole ? to->ext : cut(to);
}

int imw_abnf_is_placeholder(const struct imw_abnf_rule *owner,
                            const struct imw_abnf_rule *target)
{
    return target->ext || (target->call != IMW_ABNF_CALL_NONE
                           && target->rscc == owner->rscc);
}

static int self_loop(const struct imw_abnf_rule *r)
{
    size_t i;

    for (i = 0; i < r->nedges; i++)
        if (r->edges[i] == r && !cut(r))
            return 1;
    return 0;
}

/* Breadth-first search from `start` over the cut graph inside its SCC,
 * edges in textual order, so the shortest cycle is found; returns the
 * rule that closes it (its bfs_parent chain leads back to `start`). */
static struct imw_abnf_rule *find_cycle(struct imw_abnf_ctx *ctx,
                                        struct imw_abnf_rule *start,
                                        struct imw_abnf_rule **queue)
{
    size_t head = 0, tail = 0, i;

    ctx->stamp++;
    queue[tail++] = start;
    start->stamp = ctx->stamp;
    while (head < tail) {
        struct imw_abnf_rule *r = queue[head++];
        for (i = 0; i < r->nedges; i++) {
            struct imw_abnf_rule *w = r->edges[i];
            if (cut(w) || w->scc != start->scc)
                continue;
            if (w == start)
                return r;
            if (w->stamp != ctx->stamp) {
                w->stamp = ctx->stamp;
                w->bfs_parent = r;
                queue[tail++] = w;
            }
        }
    }
    return start; /* not reached: every SCC member lies on a cycle */
}

/* Reports "a -> b -> c -> a"; `queue` has room for the whole SCC. */
static void report_cycle(struct imw_abnf_ctx *ctx, struct imw_abnf_rule *start,
                         struct imw_abnf_rule **queue)
{
    struct imw_abnf_rule *r, *last = find_cycle(ctx, start, queue);
    struct imw_abnf_rule **path = queue; /* the queue is no longer needed */
    size_t i, n = 0, len = strlen(start->name) + 1;
    char *msg;

    for (r = last; r != start; r = r->bfs_parent)
        path[n++] = r;
    path[n++] = start;
    for (i = 0; i < n; i++)
        len += strlen(path[i]->name) + 4;
    msg = imw_abnf_alloc(ctx, len);
    if (msg == NULL)
        return;
    for (i = n; i-- > 0;) {
        strcat(msg, path[i]->name);
        strcat(msg, " -> ");
    }
    strcat(msg, start->name);
    imw_abnf_error(ctx, "error: recursive rules without a call point: %s "
                   "(declare 'call RULE ...' in the bindings)", msg);
}

static void pop_scc(struct tarjan *t, struct imw_abnf_rule *v)
{
    struct imw_abnf_rule *w, *start = v;
    size_t base = t->top, size;

    t->nscc++;
    do {
        w = t->stack[--base];
        w->tj_onstack = 0;
        if (t->whole)
            w->rscc = t->nscc;
        else
            w->scc = t->nscc;
        if (w->order < start->order)
            start = w;
    } while (w != v);
    size = t->top - base;
    if (t->whole) {
        t->top = base;
        return;
    }
    /* The popped members' stack slots double as the BFS queue. */
    if (size > 1 || self_loop(v))
        report_cycle(t->ctx, start, t->stack + base);
    t->top = base;
}

static void strongconnect(struct tarjan *t, struct imw_abnf_rule *v)
{
    size_t i;

    v->tj_index = v->tj_low = t->index++;
    t->stack[t->top++] = v;
    v->tj_onstack = 1;
    for (i = 0; i < v->nedges; i++) {
        struct imw_abnf_rule *w = v->edges[i];
        if (tarjan_cut(t, w))
            continue;
        if (w->tj_index < 0) {
            strongconnect(t, w);
            if (w->tj_low < v->tj_low)
                v->tj_low = w->tj_low;
        } else if (w->tj_onstack && w->tj_index < v->tj_low) {
            v->tj_low = w->tj_index;
        }
    }
    if (v->tj_low == v->tj_index)
        pop_scc(t, v);
}

static void run_tarjan(struct imw_abnf_ctx *ctx, int whole)
{
    struct tarjan t;
    size_t i;

    memset(&t, 0, sizeof t);
    t.ctx = ctx;
    t.whole = whole;
    t.stack = imw_abnf_alloc(ctx, (ctx->nrules + 1) * sizeof *t.stack);
    if (t.stack == NULL)
        return;
    for (i = 0; i < ctx->nrules; i++)
        ctx->rules[i]->tj_index = -1;
    for (i = 0; i < ctx->nrules; i++) {
        struct imw_abnf_rule *r = ctx->rules[i];
        if (r->reachable && !r->ext && r->tj_index < 0)
            strongconnect(&t, r);
    }
}

/* The whole graph's SCCs first (rscc: what is inlined), then the cut
 * graph's, whose non-trivial SCCs are recursion Ragel cannot express. */
static void check_recursion(struct imw_abnf_ctx *ctx)
{
    run_tarjan(ctx, 1);
    run_tarjan(ctx, 0);
}

/* ---- step 4: call and extern points --------------------------------- */

static int is_empty_set(const unsigned char *set)
{
    size_t i;

    for (i = 0; i < 32; i++)
        if (set[i])
            return 0;
    return 1;
}

/* r_R_body is generated next to the rule names; a rule R-body would
 * collide with it. */
static void check_call(struct imw_abnf_ctx *ctx, struct imw_abnf_rule *r)
{
    char *clash = imw_abnf_alloc(ctx, strlen(r->key) + 6);
    struct imw_abnf_rule *other;

    if (r->nullable)
        imw_abnf_error(ctx, "%s:%d: call rule '%s' can match the empty "
                       "string; a call point must consume a byte",
                       r->call_file, r->call_line, r->name);
    else if (is_empty_set(r->first))
        imw_abnf_error(ctx, "%s:%d: call rule '%s' has an empty FIRST set",
                       r->call_file, r->call_line, r->name);
    if (clash == NULL)
        return;
    strcat(strcpy(clash, r->key), "-body");
    other = imw_abnf_lookup(ctx, clash, strlen(clash));
    if (other != NULL && other->reachable)
        imw_abnf_error(ctx, "%s:%d: call rule '%s': its machine r_%s_body "
                       "clashes with rule '%s'", r->call_file, r->call_line,
                       r->name, r->rlname, other->name);
}

static void check_extern(struct imw_abnf_ctx *ctx,
                         const struct imw_abnf_rule *r)
{
    if (r->nullable)
        imw_abnf_error(ctx, "%s:%d: extern rule '%s' can match the empty "
                       "string; an extern point must consume a byte",
                       r->ext_file, r->ext_line, r->name);
    else if (is_empty_set(r->first))
        imw_abnf_error(ctx, "%s:%d: extern rule '%s' has an empty FIRST "
                       "set", r->ext_file, r->ext_line, r->name);
}

static void check_calls(struct imw_abnf_ctx *ctx)
{
    size_t i;

    imw_abnf_compute_first(ctx);
    for (i = 0; i < ctx->nrules; i++) {
        struct imw_abnf_rule *r = ctx->rules[i];
        if (r->reachable && r->call != IMW_ABNF_CALL_NONE)
            check_call(ctx, r);
        if (r->reachable && r->ext)
            check_extern(ctx, r);
    }
    if (ctx->nerrors == 0)
        imw_abnf_check_placeholders(ctx);
}

/* ---- step 5: definition order --------------------------------------- */

static void push(struct imw_abnf_ctx *ctx, struct imw_abnf_rule *r, int body)
{
    ctx->order[ctx->norder] = r;
    ctx->order_body[ctx->norder++] = body;
}

static void need_body(struct imw_abnf_ctx *ctx, struct imw_abnf_rule *r);

/* Ensures r_R is defined before the caller's definition: depth-first,
 * references in textual order, so each rule follows what it uses.  A call
 * rule's r_R is a placeholder with no references; its body is queued, or,
 * when `from` inlines it (a reference from outside R's recursion), due
 * now.  Nothing R's body needs can be waiting for `from`: that would make
 * `from` part of R's recursion.  An extern rule's r_R is a placeholder
 * too, and its body is not emitted. */
static void need(struct imw_abnf_ctx *ctx, const struct imw_abnf_rule *from,
                 struct imw_abnf_rule *r)
{
    size_t i;

    if (!r->emitted) {
        r->emitted = 1;
        if (r->ext || r->call != IMW_ABNF_CALL_NONE) {
            push(ctx, r, 0);
            if (!r->ext)
                ctx->pending[ctx->npending++] = r;
        } else {
            for (i = 0; i < r->nedges; i++)
                need(ctx, r, r->edges[i]);
            push(ctx, r, 0);
        }
    }
    if (from != NULL && !imw_abnf_is_placeholder(from, r)
        && r->call != IMW_ABNF_CALL_NONE)
        need_body(ctx, r);
}

static void need_body(struct imw_abnf_ctx *ctx, struct imw_abnf_rule *r)
{
    size_t i;

    if (r->body_emitted)
        return;
    r->body_emitted = 1;
    for (i = 0; i < r->nedges; i++)
        need(ctx, r, r->edges[i]);
    push(ctx, r, 1);
}

static int compute_order(struct imw_abnf_ctx *ctx)
{
    size_t i, n = 2 * ctx->nrules + 1;

    ctx->order = imw_abnf_alloc(ctx, n * sizeof *ctx->order);
    ctx->order_body = imw_abnf_alloc(ctx, n * sizeof *ctx->order_body);
    ctx->pending = imw_abnf_alloc(ctx, n * sizeof *ctx->pending);
    if (ctx->order == NULL || ctx->order_body == NULL
        || ctx->pending == NULL)
        return -1;
    for (i = 0; i < ctx->nroots; i++)
        need(ctx, NULL, imw_abnf_lookup(ctx, ctx->roots[i],
                                        strlen(ctx->roots[i])));
    for (i = 0; i < ctx->npending; i++)
        need_body(ctx, ctx->pending[i]);
    return 0;
}

int imw_abnf_resolve(struct imw_abnf_ctx *ctx)
{
    int errors;

    if (ctx->resolved != 0)
        return ctx->resolved > 0 ? 0 : -1;
    ctx->resolved = -1;
    if (ctx->nerrors > 0)
        return -1; /* parse errors: the grammar is incomplete */
    reset(ctx);
    imw_abnf_apply_bindings(ctx);
    find_roots(ctx);
    check_reachable(ctx);
    check_recursion(ctx);
    errors = ctx->nerrors;
    if (errors == 0)
        check_calls(ctx);
    if (ctx->nerrors == 0 && compute_order(ctx) != 0)
        imw_abnf_error(ctx, "error: out of memory");
    if (ctx->oom && ctx->nerrors == 0)
        imw_abnf_error(ctx, "error: out of memory");
    if (ctx->nerrors > 0)
        return -1;
    ctx->resolved = 1;
    return 0;
}
