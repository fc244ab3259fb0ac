/* Output: Ragel machine definitions and the C header of rule ids.
 * Everything printed depends only on the inputs' contents and base names,
 * so regenerating gives byte-identical files. */
#include "abnf2rl.h"

#include <ctype.h>
#include <string.h>

/* Ragel precedence (loosest first) as far as we use it: union |, then
 * concatenation ., then the postfix repetitions.  An expression is wrapped
 * in parentheses when the context binds tighter than the expression. */
enum level { L_ALT, L_CAT, L_POSTFIX, L_ATOM };

/* Where an expression is printed: the output and the rule whose
 * definition it belongs to (which decides how a call rule is referenced,
 * see print_ref). */
struct site {
    FILE *out;
    const struct imw_abnf_rule *owner;
};

static void print_node(const struct site *s, const struct imw_abnf_node *n,
                       enum level ctx);

static void open_if(FILE *out, int cond)
{
    if (cond)
        fputs("( ", out);
}

static void close_if(FILE *out, int cond)
{
    if (cond)
        fputs(" )", out);
}

static void print_list(const struct site *s, const struct imw_abnf_node *n,
                       enum level ctx)
{
    enum level own = n->kind == IMW_ABNF_ALT ? L_ALT : L_CAT;
    const char *sep = n->kind == IMW_ABNF_ALT ? " | " : " . ";
    size_t i;

    open_if(s->out, ctx > own);
    for (i = 0; i < n->nkids; i++) {
        if (i > 0)
            fputs(sep, s->out);
        print_node(s, n->kids[i], (enum level)(own + 1));
    }
    close_if(s->out, ctx > own);
}

/* "abc"i for ABNF's case-insensitive strings, unless there is no letter
 * to fold; "" is written zlen (the empty machine). */
static void print_string(FILE *out, const struct imw_abnf_node *n)
{
    int letters = 0;
    size_t i;

    if (n->len == 0) {
        fputs("zlen", out);
        return;
    }
    fputc('"', out);
    for (i = 0; i < n->len; i++) {
        char c = n->text[i];
        if (c == '\\' || c == '"')
            fputc('\\', out);
        fputc(c, out);
        letters |= isalpha((unsigned char)c) != 0;
    }
    fputc('"', out);
    if (letters && !n->case_sensitive)
        fputc('i', out);
}

static void print_seq(FILE *out, const struct imw_abnf_node *n,
                      enum level ctx)
{
    size_t i;

    open_if(out, n->nvals > 1 && ctx > L_CAT);
    for (i = 0; i < n->nvals; i++)
        fprintf(out, "%s0x%02x", i > 0 ? " . " : "", n->vals[i]);
    close_if(out, n->nvals > 1 && ctx > L_CAT);
}

/* *X -> X*, 1*X -> X+, n*X -> X{n,}, [X] -> X?, nX -> X{n},
 * *mX -> X{,m}, n*mX -> X{n,m}. */
static void print_suffix(FILE *out, unsigned min, unsigned max)
{
    if (max == IMW_ABNF_INF) {
        if (min <= 1)
            fputc(min == 0 ? '*' : '+', out);
        else
            fprintf(out, "{%u,}", min);
    } else if (min == 0 && max == 1) {
        fputc('?', out);
    } else if (min == max) {
        fprintf(out, "{%u}", min);
    } else if (min == 0) {
        fprintf(out, "{,%u}", max);
    } else {
        fprintf(out, "{%u,%u}", min, max);
    }
}

static void print_rep(const struct site *s, const struct imw_abnf_node *n,
                      enum level ctx)
{
    if (n->max == 0) {
        fputs("zlen", s->out); /* 0X and *0X match only the empty string */
        return;
    }
    if (n->min == 1 && n->max == 1) {
        print_node(s, n->kids[0], ctx);
        return;
    }
    open_if(s->out, ctx > L_POSTFIX);
    print_node(s, n->kids[0], L_ATOM);
    print_suffix(s->out, n->min, n->max);
    close_if(s->out, ctx > L_POSTFIX);
}

/* r_R is R's definition, or for a call or extern rule its one-octet
 * placeholder.  A call rule referenced from outside its recursion gets
 * its definition, r_R_body, instead: Ragel then determinises it with the
 * alternatives it competes with, where the placeholder would commit to
 * the call on the first octet. */
static void print_ref(const struct site *s, const struct imw_abnf_rule *r)
{
    int inline_body = r->call != IMW_ABNF_CALL_NONE
                      && !imw_abnf_is_placeholder(s->owner, r);

    fprintf(s->out, "r_%s%s", r->rlname, inline_body ? "_body" : "");
}

static void print_node(const struct site *s, const struct imw_abnf_node *n,
                       enum level ctx)
{
    FILE *out = s->out;

    switch (n->kind) {
    case IMW_ABNF_ALT:
    case IMW_ABNF_CAT:   print_list(s, n, ctx); break;
    case IMW_ABNF_REP:   print_rep(s, n, ctx); break;
    case IMW_ABNF_STR:   print_string(out, n); break;
    case IMW_ABNF_SEQ:   print_seq(out, n, ctx); break;
    case IMW_ABNF_REF:   print_ref(s, n->rule); break;
    case IMW_ABNF_RANGE:
        /* a range is a Ragel factor, but parenthesise it under a
         * repetition so the reader never has to wonder */
        open_if(out, ctx > L_POSTFIX);
        fprintf(out, "0x%02x..0x%02x", n->lo, n->hi);
        close_if(out, ctx > L_POSTFIX);
        break;
    case IMW_ABNF_PROSE: fputs("zlen", out); break; /* rejected earlier */
    }
}

/* ---- names ---------------------------------------------------------- */

void imw_abnf_upper_name(const struct imw_abnf_rule *rule, FILE *out)
{
    const char *p;

    fputs("IMW_RULE_", out);
    for (p = rule->rlname; *p; p++)
        fputc(toupper((unsigned char)*p), out);
}

/* ---- Ragel file ----------------------------------------------------- */

/* The byte set as a Ragel union of bytes and ranges. */
static void print_class(FILE *out, const unsigned char *set)
{
    unsigned c = 0, lo, parts = 0;
    int many = 0;

#define IN(x) ((x) < 256 && (set[(x) >> 3] >> ((x) & 7) & 1))
    for (lo = 0; lo < 256; lo++)
        if (IN(lo) && (lo == 0 || !IN(lo - 1)) && parts++ > 0)
            many = 1;
    open_if(out, many);
    parts = 0;
    while (c < 256) {
        if (!IN(c)) {
            c++;
            continue;
        }
        lo = c;
        while (IN(c + 1))
            c++;
        fprintf(out, "%s0x%02x", parts++ > 0 ? " | " : "", lo);
        if (c > lo)
            fprintf(out, "..0x%02x", c);
        c++;
    }
    close_if(out, many);
#undef IN
}

/* An extern rule's placeholder consumes the rule's first byte; C runs the
 * rule's own machine from that byte (IMW_EXTERN returns the position just
 * after the rule, or NULL on error) and this machine resumes there.  Its
 * events and binds belong to that other machine. */
static void print_extern_action(FILE *out, const struct imw_abnf_rule *r)
{
    fprintf(out, "action ext_%s { { const unsigned char *imw_q = "
            "IMW_EXTERN(", r->rlname);
    imw_abnf_upper_name(r, out);
    /* A rule that ran to the message's end stops this machine too: its
     * states have no end tests (imw_lf_guard, src/common_actions.rl). */
    fputs("); if (!imw_q) { fhold; fbreak; } fexec imw_q; "
          "if (imw_q == pe) fbreak; } }\n", out);
}

static void print_actions(FILE *out, const struct imw_abnf_rule *r)
{
    const char *n = r->rlname;

    if (r->ext) {
        print_extern_action(out, r);
        return;
    }
    if (r->event) {
        /* A name-only rule notes its positions (IMW_NAME_*), an event
         * rule records its span (IMW_EV_*), a late one its span at the
         * close (IMW_LATE_*). */
        const char *kind = r->event == IMW_ABNF_EVENT_NAME   ? "NAME"
                         : r->event == IMW_ABNF_EVENT_LATE   ? "LATE"
                                                             : "EV";
        fprintf(out, "action ev_open_%s { IMW_%s_OPEN(", n, kind);
        imw_abnf_upper_name(r, out);
        /* A call rule in close mode closes on its last byte (`@`, see
         * print_embeddings): that byte belongs to the span. */
        fprintf(out, "); }\naction ev_close_%s { IMW_%s_%s(", n, kind,
                r->call == IMW_ABNF_CALL_CLOSE ? "CLOSE_AFTER" : "CLOSE");
        imw_abnf_upper_name(r, out);
        fputs("); }\n", out);
    }
    if (r->call == IMW_ABNF_CALL_NONE)
        return;
    fprintf(out, "action call_%s { fhold; if (!IMW_CALL_ENTER(", n);
    imw_abnf_upper_name(r, out);
    fprintf(out, ")) fbreak; fcall m_%s; }\n", n);
    fprintf(out, "action %s_%s { IMW_CALL_LEAVE(",
            r->call == IMW_ABNF_CALL_CLOSE ? "ret" : "ret_hold", n);
    imw_abnf_upper_name(r, out);
    fputs(r->call == IMW_ABNF_CALL_CLOSE ? "); fret; }\n"
                                         : "); fhold; fret; }\n", out);
}

static void print_comment(FILE *out, const struct imw_abnf_rule *r)
{
    size_t i;

    if (r->is_core)
        fprintf(out, "# %s (RFC 5234 core rule", r->name);
    else
        fprintf(out, "# %s (%s:%d", r->name, r->file, r->line);
    for (i = 0; i < r->nincr; i++)
        fprintf(out, ", =/ %s:%d", r->incr[i].file, r->incr[i].line);
    fputs(")\n", out);
}

static int has_embeddings(const struct imw_abnf_rule *r)
{
    return r->event || r->nbinds > 0;
}

/* Event embeddings first, then `bind` texts in bindings order.  A call
 * rule's body in close mode ends inside the sub-machine, where a leaving
 * action would never run: its close event fires on the last byte. */
static void print_embeddings(FILE *out, const struct imw_abnf_rule *r)
{
    size_t i;

    if (r->event)
        fprintf(out, " >ev_open_%s %cev_close_%s", r->rlname,
                r->call == IMW_ABNF_CALL_CLOSE ? '@' : '%', r->rlname);
    for (i = 0; i < r->nbinds; i++)
        fprintf(out, " %s", r->binds[i]);
}

/* A top-level union gets one alternative per line, for the reader. */
static void print_body(FILE *out, const struct imw_abnf_rule *r, int group)
{
    const struct imw_abnf_node *b = r->body;
    struct site s;
    size_t i;

    s.out = out;
    s.owner = r;
    if (b->kind != IMW_ABNF_ALT) {
        fputc(' ', out);
        open_if(out, group);
        print_node(&s, b, L_ALT);
        close_if(out, group);
        return;
    }
    fputs("\n    ( ", out);
    for (i = 0; i < b->nkids; i++) {
        if (i > 0)
            fputs("\n    | ", out);
        print_node(&s, b->kids[i], L_CAT);
    }
    fputs("\n    )", out);
}

static void print_definition(FILE *out, const struct imw_abnf_rule *r,
                             int body)
{
    print_comment(out, r);
    if (r->ext) {
        fprintf(out, "r_%s = ( ", r->rlname);
        print_class(out, r->first);
        fprintf(out, " @ext_%s );\n", r->rlname);
        return;
    }
    if (r->call != IMW_ABNF_CALL_NONE && !body) {
        fprintf(out, "r_%s = ( ", r->rlname);
        print_class(out, r->first);
        fprintf(out, " @call_%s );\n", r->rlname);
        return;
    }
    fprintf(out, "r_%s%s =", r->rlname, body ? "_body" : "");
    print_body(out, r, body || has_embeddings(r));
    print_embeddings(out, r);
    fputs(";\n", out);
}

/* Each instantiation is stopped by the LF that ends the message, as the
 * glue's main machine is (imw_lf_guard, src/common_actions.rl; after the
 * LF's own actions).  A call rule's close-mode return must not be on
 * that LF (it would resume its caller past the end): the call rules of
 * grammar/bindings end with ")". */
static void print_instantiation(FILE *out, const struct imw_abnf_rule *r)
{
    if (r->call == IMW_ABNF_CALL_CLOSE)
        fprintf(out, "m_%s := ( r_%s_body @ret_%s ) & imw_lf_guard;\n",
                r->rlname, r->rlname, r->rlname);
    else
        fprintf(out, "m_%s := ( r_%s_body . ( %s @ret_hold_%s ) ) & "
                "imw_lf_guard;\n", r->rlname, r->rlname, r->follow,
                r->rlname);
}

static void print_header_comment(struct imw_abnf_ctx *ctx, FILE *out)
{
    size_t i;

    fputs("# Generated by abnf2rl from", out);
    for (i = 0; i < ctx->nsources; i++)
        fprintf(out, " %s", ctx->sources[i]);
    fputs(" -- do not edit.\n", out);
}

int imw_abnf_emit_ragel(struct imw_abnf_ctx *ctx, FILE *out)
{
    size_t i;
    int actions = 0;

    if (imw_abnf_resolve(ctx) != 0)
        return -1;
    print_header_comment(ctx, out);
    fprintf(out, "%%%%{\nmachine %s;\n", ctx->machine);
    for (i = 1; i <= ctx->nids; i++) {
        if (!ctx->ids[i]->reachable)
            continue;
        if (!actions++)
            fputc('\n', out);
        print_actions(out, ctx->ids[i]);
    }
    for (i = 0; i < ctx->norder; i++) {
        fputc('\n', out);
        print_definition(out, ctx->order[i], ctx->order_body[i]);
    }
    fputc('\n', out);
    for (i = 1; i <= ctx->nids; i++)
        /* an extern call rule is called inside its own machine only */
        if (ctx->ids[i]->reachable && ctx->ids[i]->call != IMW_ABNF_CALL_NONE
            && !ctx->ids[i]->ext)
            print_instantiation(out, ctx->ids[i]);
    fputs("}%%\n", out);
    return ferror(out) ? -1 : 0;
}

/* ---- C header ------------------------------------------------------- */

static void print_c_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            fputc('\\', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

int imw_abnf_emit_header(struct imw_abnf_ctx *ctx, FILE *out)
{
    size_t i;

    if (imw_abnf_resolve(ctx) != 0)
        return -1;
    fputs("/* Generated by abnf2rl -- do not edit. */\n"
          "#ifndef IMW_GEN_RULES_H\n#define IMW_GEN_RULES_H\n\n"
          "enum imw_rule_id {\n    IMW_RULE_NONE = 0,\n", out);
    for (i = 1; i <= ctx->nids; i++) {
        fputs("    ", out);
        imw_abnf_upper_name(ctx->ids[i], out);
        fprintf(out, " = %lu,\n", (unsigned long)i);
    }
    fputs("    IMW_RULE_COUNT\n};\n\n"
          "extern const char *const imw_rule_names[IMW_RULE_COUNT];\n\n"
          "#ifdef IMW_RULE_NAMES_DEFINE\n"
          "const char *const imw_rule_names[IMW_RULE_COUNT] = {\n"
          "    \"\",\n", out);
    for (i = 1; i <= ctx->nids; i++) {
        fputs("    ", out);
        print_c_string(out, ctx->ids[i]->name);
        fputs(",\n", out);
    }
    fputs("};\n#endif\n\n#endif\n", out);
    return ferror(out) ? -1 : 0;
}
