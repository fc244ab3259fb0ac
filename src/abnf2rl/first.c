/* FIRST sets and nullability.
 *
 * A call point's placeholder r_R = ( FIRST @call_R ) must recognise the
 * byte that starts R, then hand that byte (fhold) to the sub-machine.  The
 * grammar is recursive exactly where call points are, so the sets are a
 * least fixpoint: iterate over the reachable rules until nothing grows.
 * An extern rule's placeholder ( FIRST @ext_R ) needs the same set, so
 * the rules behind extern rules count too (`seen`). */
#include "abnf2rl.h"

#include <string.h>

struct first {
    unsigned char set[32];
    int nullable;
};

static void add_byte(unsigned char *set, unsigned c)
{
    set[c >> 3] |= (unsigned char)(1u << (c & 7));
}

static void add_set(unsigned char *set, const unsigned char *more)
{
    size_t i;

    for (i = 0; i < 32; i++)
        set[i] |= more[i];
}

static void first_of(const struct imw_abnf_node *n, struct first *f);

static void first_string(const struct imw_abnf_node *n, struct first *f)
{
    unsigned c;

    f->nullable = n->len == 0;
    if (n->len == 0)
        return;
    c = (unsigned char)n->text[0];
    add_byte(f->set, c);
    if (!n->case_sensitive && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
        add_byte(f->set, c ^ 0x20);
}

static void first_cat(const struct imw_abnf_node *n, struct first *f)
{
    size_t i;

    f->nullable = 1;
    for (i = 0; i < n->nkids && f->nullable; i++) {
        struct first k;
        memset(&k, 0, sizeof k);
        first_of(n->kids[i], &k);
        add_set(f->set, k.set);
        f->nullable = k.nullable;
    }
}

static void first_alt(const struct imw_abnf_node *n, struct first *f)
{
    size_t i;

    f->nullable = 0;
    for (i = 0; i < n->nkids; i++) {
        struct first k;
        memset(&k, 0, sizeof k);
        first_of(n->kids[i], &k);
        add_set(f->set, k.set);
        f->nullable |= k.nullable;
    }
}

/* Adds FIRST(n) to f->set and sets f->nullable.  Unresolved references
 * and prose count as matching nothing; they are reported elsewhere. */
static void first_of(const struct imw_abnf_node *n, struct first *f)
{
    unsigned c;

    switch (n->kind) {
    case IMW_ABNF_STR: first_string(n, f); break;
    case IMW_ABNF_CAT: first_cat(n, f); break;
    case IMW_ABNF_ALT: first_alt(n, f); break;
    case IMW_ABNF_SEQ:
        add_byte(f->set, n->vals[0]);
        f->nullable = 0;
        break;
    case IMW_ABNF_RANGE:
        for (c = n->lo; c <= n->hi; c++)
            add_byte(f->set, c);
        f->nullable = 0;
        break;
    case IMW_ABNF_REF:
        f->nullable = n->rule != NULL && n->rule->nullable;
        if (n->rule != NULL)
            add_set(f->set, n->rule->first);
        break;
    case IMW_ABNF_REP:
        f->nullable = 1;
        if (n->max > 0) {
            struct first k;
            memset(&k, 0, sizeof k);
            first_of(n->kids[0], &k);
            add_set(f->set, k.set);
            f->nullable = n->min == 0 || k.nullable;
        }
        break;
    case IMW_ABNF_PROSE:
        f->nullable = 0;
        break;
    }
}

/* One pass; returns whether any rule's set or nullability grew. */
static int update(struct imw_abnf_ctx *ctx)
{
    int changed = 0;
    size_t i;

    for (i = 0; i < ctx->nrules; i++) {
        struct imw_abnf_rule *r = ctx->rules[i];
        struct first f;
        if (!r->seen)
            continue;
        memset(&f, 0, sizeof f);
        first_of(r->body, &f);
        if (f.nullable != r->nullable
            || memcmp(f.set, r->first, sizeof f.set) != 0) {
            r->nullable = f.nullable;
            memcpy(r->first, f.set, sizeof f.set);
            changed = 1;
        }
    }
    return changed;
}

void imw_abnf_compute_first(struct imw_abnf_ctx *ctx)
{
    size_t i;

    for (i = 0; i < ctx->nrules; i++) {
        ctx->rules[i]->nullable = 0;
        memset(ctx->rules[i]->first, 0, sizeof ctx->rules[i]->first);
    }
    while (update(ctx))
        ;
}
