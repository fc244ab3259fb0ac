/* ABNF parser: recursive descent over the re2c tokens, building the rule
 * table.  Grammar (RFC 5234 section 4, layout-aware):
 *
 *   rule         = NAME ("=" / "=/") alternation      NAME in column 0
 *   alternation  = concatenation *("/" concatenation)
 *   concatenation= 1*repetition
 *   repetition   = [REPEAT] element                   no blank between
 *   element      = NAME / "(" alternation ")" / "[" alternation "]"
 *                / STRING / NUMVAL / PROSE
 *
 * A token in column 0 ends the current rule, which is how continuation
 * lines (indented) are told from the next rule. */
#include "abnf2rl.h"

#include <string.h>

struct parser {
    struct imw_abnf_ctx *ctx;
    struct imw_abnf_lexer lx;
    struct imw_abnf_token tok; /* lookahead */
    const char *file;
    int src, mode, is_core;
    int failed;
};

static void advance(struct parser *p)
{
    imw_abnf_lex(&p->lx, &p->tok);
}

/* Records a syntax error at the lookahead token; the parse of the file
 * stops at the first one (later messages would mostly be noise). */
static void *syntax_at(struct parser *p, int line, int col,
                       const char *what)
{
    if (!p->failed)
        imw_abnf_error(p->ctx, "%s:%d:%d: %s", p->file, line, col, what);
    p->failed = 1;
    return NULL;
}

static void *syntax(struct parser *p, const char *what)
{
    return syntax_at(p, p->tok.line, p->tok.col, what);
}

static int at_rule_end(const struct parser *p)
{
    return p->tok.kind == IMW_ABNF_T_EOF || p->tok.col == 1;
}

static int starts_element(const struct parser *p)
{
    switch (p->tok.kind) {
    case IMW_ABNF_T_NAME: case IMW_ABNF_T_LPAREN: case IMW_ABNF_T_LBRACK:
    case IMW_ABNF_T_STRING: case IMW_ABNF_T_SSTRING: case IMW_ABNF_T_NUMVAL:
    case IMW_ABNF_T_PROSE: case IMW_ABNF_T_REPEAT: case IMW_ABNF_T_ERROR:
        return !at_rule_end(p);
    default:
        return 0;
    }
}

static struct imw_abnf_node *new_node(struct parser *p,
                                      enum imw_abnf_kind kind)
{
    struct imw_abnf_node *n = imw_abnf_alloc(p->ctx, sizeof *n);

    if (n == NULL)
        return syntax(p, "out of memory");
    n->kind = kind;
    n->file = p->file;
    n->line = p->tok.line;
    n->col = p->tok.col;
    return n;
}

static int add_kid(struct parser *p, struct imw_abnf_node *n,
                   struct imw_abnf_node *kid, size_t *cap)
{
    struct imw_abnf_node **kids;

    kids = imw_abnf_grow(p->ctx, n->kids, cap, sizeof *kids, n->nkids + 1);
    if (kids == NULL) {
        syntax(p, "out of memory");
        return -1;
    }
    n->kids = kids;
    n->kids[n->nkids++] = kid;
    return 0;
}

/* ---- terminals ------------------------------------------------------ */

/* Reads one number of a num-val; values are capped so that overflow
 * cannot wrap below the 0xFF check. */
static unsigned long read_number(const char **s, const char *end, int base)
{
    unsigned long v = 0;

    for (; *s < end && **s != '-' && **s != '.'; (*s)++) {
        int c = (unsigned char)**s, d;
        d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
        v = v * (unsigned long)base + (unsigned long)d;
        if (v > 0xFFFFFF)
            v = 0xFFFFFF;
    }
    return v;
}

static int numval_base(char c)
{
    c = (char)(c | 0x20);
    return c == 'x' ? 16 : c == 'd' ? 10 : 2;
}

/* %x41, %x41-5A, %x0D.0A (and %d, %b). */
static struct imw_abnf_node *parse_numval(struct parser *p)
{
    const char *s = p->tok.start + 2, *end = p->tok.start + p->tok.len;
    int base = numval_base(p->tok.start[1]);
    unsigned char vals[256];
    size_t n = 0;
    int range = memchr(s, '-', (size_t)(end - s)) != NULL;
    struct imw_abnf_node *node;

    while (s < end) {
        unsigned long v = read_number(&s, end, base);
        if (v > 0xFF)
            return syntax(p, "value above 0xFF not supported");
        if (n == sizeof vals)
            return syntax(p, "numeric value too long");
        vals[n++] = (unsigned char)v;
        if (s < end)
            s++; /* '-' or '.' */
    }
    if (range && vals[0] > vals[1])
        return syntax(p, "empty range (low bound above high bound)");
    node = new_node(p, range ? IMW_ABNF_RANGE : IMW_ABNF_SEQ);
    if (node == NULL)
        return NULL;
    if (range) {
        node->lo = vals[0];
        node->hi = vals[1];
    } else {
        node->vals = imw_abnf_alloc(p->ctx, n);
        if (node->vals == NULL)
            return syntax(p, "out of memory");
        memcpy(node->vals, vals, n);
        node->nvals = n;
    }
    return node;
}

static struct imw_abnf_node *parse_string(struct parser *p)
{
    struct imw_abnf_node *n = new_node(p, IMW_ABNF_STR);
    size_t skip = p->tok.start[0] == '%' ? 3 : 1; /* %s" / %i" / " */

    if (n == NULL)
        return NULL;
    n->text = p->tok.start + skip;
    n->len = p->tok.len - skip - 1;
    n->case_sensitive = p->tok.kind == IMW_ABNF_T_SSTRING;
    return n;
}

static struct imw_abnf_node *parse_simple(struct parser *p,
                                          enum imw_abnf_kind kind)
{
    struct imw_abnf_node *n = new_node(p, kind);

    if (n == NULL)
        return NULL;
    n->text = p->tok.start;
    n->len = p->tok.len;
    return n;
}

/* ---- non-terminals -------------------------------------------------- */

static struct imw_abnf_node *parse_alternation(struct parser *p);

static struct imw_abnf_node *parse_group(struct parser *p,
                                         enum imw_abnf_tok close,
                                         const char *missing)
{
    struct imw_abnf_node *inner;

    advance(p);
    inner = parse_alternation(p);
    if (inner == NULL)
        return NULL;
    if (p->tok.kind != close || at_rule_end(p))
        return syntax(p, missing);
    return inner;
}

static struct imw_abnf_node *option_of(struct parser *p,
                                       struct imw_abnf_node *inner,
                                       int line, int col)
{
    struct imw_abnf_node *n = new_node(p, IMW_ABNF_REP);
    size_t cap = 0;

    if (n == NULL || add_kid(p, n, inner, &cap) != 0)
        return NULL;
    n->line = line;
    n->col = col;
    n->min = 0;
    n->max = 1;
    return n;
}

/* Parses the element at the lookahead and consumes it. */
static struct imw_abnf_node *parse_element(struct parser *p)
{
    struct imw_abnf_node *n = NULL;
    int line = p->tok.line, col = p->tok.col;

    switch (p->tok.kind) {
    case IMW_ABNF_T_NAME:    n = parse_simple(p, IMW_ABNF_REF); break;
    case IMW_ABNF_T_PROSE:   n = parse_simple(p, IMW_ABNF_PROSE); break;
    case IMW_ABNF_T_STRING:
    case IMW_ABNF_T_SSTRING: n = parse_string(p); break;
    case IMW_ABNF_T_NUMVAL:  n = parse_numval(p); break;
    case IMW_ABNF_T_LPAREN:
        n = parse_group(p, IMW_ABNF_T_RPAREN, "expected ')'");
        break;
    case IMW_ABNF_T_LBRACK:
        n = parse_group(p, IMW_ABNF_T_RBRACK, "expected ']'");
        if (n != NULL)
            n = option_of(p, n, line, col);
        break;
    case IMW_ABNF_T_ERROR:   return syntax(p, p->tok.error);
    default:                 return syntax(p, "expected an element");
    }
    if (n != NULL)
        advance(p);
    return n;
}

/* Decodes n, *, n*, *m, n*m from the REPEAT token. */
static int read_repeat(struct parser *p, unsigned *min, unsigned *max)
{
    const char *s = p->tok.start, *end = s + p->tok.len;
    const char *star = memchr(s, '*', p->tok.len);
    unsigned long lo = 0, hi;

    while (s < end && *s != '*')
        lo = lo * 10 + (unsigned long)(*s++ - '0');
    if (star == NULL) {
        hi = lo;
    } else if (star + 1 == end) {
        hi = IMW_ABNF_INF;
    } else {
        hi = 0;
        for (s = star + 1; s < end; s++)
            hi = hi * 10 + (unsigned long)(*s - '0');
    }
    if (p->tok.len > 9 || lo > hi) {
        syntax(p, lo > hi ? "repetition minimum above maximum"
                          : "repetition count too large");
        return -1;
    }
    *min = (unsigned)lo;
    *max = (unsigned)hi;
    return 0;
}

static struct imw_abnf_node *parse_repetition(struct parser *p)
{
    struct imw_abnf_node *rep, *elem;
    size_t cap = 0;

    if (p->tok.kind != IMW_ABNF_T_REPEAT)
        return parse_element(p);
    rep = new_node(p, IMW_ABNF_REP);
    if (rep == NULL || read_repeat(p, &rep->min, &rep->max) != 0)
        return NULL;
    advance(p);
    if (p->tok.space_before || !starts_element(p)
        || p->tok.kind == IMW_ABNF_T_REPEAT)
        return syntax_at(p, rep->line, rep->col, "a repeat count must be "
                         "followed directly by an element");
    elem = parse_element(p);
    if (elem == NULL || add_kid(p, rep, elem, &cap) != 0)
        return NULL;
    return rep;
}

/* Builds a CAT or ALT node from its items; a single item stands alone. */
static struct imw_abnf_node *parse_list(struct parser *p,
                                        enum imw_abnf_kind kind)
{
    struct imw_abnf_node *list = new_node(p, kind), *item;
    size_t cap = 0;

    if (list == NULL)
        return NULL;
    for (;;) {
        if (kind == IMW_ABNF_CAT) {
            if (!starts_element(p)) {
                if (list->nkids > 0)
                    break;
                return syntax(p, "expected an element");
            }
            item = parse_repetition(p);
        } else {
            item = parse_list(p, IMW_ABNF_CAT);
        }
        if (item == NULL || add_kid(p, list, item, &cap) != 0)
            return NULL;
        if (kind == IMW_ABNF_ALT) {
            if (p->tok.kind != IMW_ABNF_T_SLASH || at_rule_end(p))
                break;
            advance(p);
        }
    }
    return list->nkids == 1 ? list->kids[0] : list;
}

static struct imw_abnf_node *parse_alternation(struct parser *p)
{
    return parse_list(p, IMW_ABNF_ALT);
}

/* ---- definitions ----------------------------------------------------- */

static void set_body(struct parser *p, struct imw_abnf_rule *r,
                     struct imw_abnf_node *body, int line)
{
    r->body = body;
    r->file = p->file;
    r->line = line;
    r->src = p->src;
    r->is_core = p->is_core;
    r->filled = p->mode == IMW_ABNF_FILL;
    r->nincr = 0; /* a replacement drops the earlier =/ alternatives */
}

/* Appends the alternatives of `more` to r's body and, when `loc` is new,
 * records where they came from. */
static int merge(struct parser *p, struct imw_abnf_rule *r,
                 struct imw_abnf_node *more, const struct imw_abnf_loc *loc)
{
    struct imw_abnf_node *alt = new_node(p, IMW_ABNF_ALT);
    struct imw_abnf_node *parts[2];
    struct imw_abnf_loc *incr;
    size_t cap = 0, i, j;

    if (alt == NULL)
        return -1;
    parts[0] = r->body;
    parts[1] = more;
    for (i = 0; i < 2; i++) {
        if (parts[i]->kind != IMW_ABNF_ALT) {
            if (add_kid(p, alt, parts[i], &cap) != 0)
                return -1;
            continue;
        }
        for (j = 0; j < parts[i]->nkids; j++)
            if (add_kid(p, alt, parts[i]->kids[j], &cap) != 0)
                return -1;
    }
    incr = imw_abnf_alloc(p->ctx, (r->nincr + 1) * sizeof *incr);
    if (incr == NULL)
        return -1;
    if (r->nincr > 0)
        memcpy(incr, r->incr, r->nincr * sizeof *incr);
    incr[r->nincr] = *loc;
    r->incr = incr;
    r->nincr++;
    r->body = alt;
    return 0;
}

/* OVERRIDE mode: the new `=` body, then every `=/` made so far, by any
 * file (an extension's response codes survive a restated resp-text-code). */
static void replace_keeping_increments(struct parser *p,
                                       struct imw_abnf_rule *r,
                                       struct imw_abnf_node *body, int line)
{
    const struct imw_abnf_loc *kept = r->incr;
    size_t nkept = r->nincr, i;

    set_body(p, r, body, line);
    for (i = 0; i < nkept; i++)
        if (merge(p, r, kept[i].node, &kept[i]) != 0) {
            syntax(p, "out of memory");
            return;
        }
}

static void define(struct parser *p, const struct imw_abnf_token *name,
                   struct imw_abnf_node *body)
{
    struct imw_abnf_rule *r = imw_abnf_lookup(p->ctx, name->start,
                                              name->len);

    /* FILL: what another file defines is not ours to define. */
    if (p->mode == IMW_ABNF_FILL && r != NULL && r->body != NULL)
        return;
    if (r == NULL)
        r = imw_abnf_intern(p->ctx, name->start, name->len);
    if (r == NULL) {
        syntax(p, "out of memory");
        return;
    }
    /* A file may redefine a built-in core rule (rfc5234.abnf does), and
     * any file a rule that a fill-mode file supplied. */
    if (r->body != NULL && !r->is_core && (!r->filled || r->src == p->src)
        && (r->src == p->src || p->mode == IMW_ABNF_BASE)) {
        imw_abnf_error(p->ctx, "%s:%d: duplicate definition of '%.*s' "
                       "(first defined at %s:%d)", p->file, name->line,
                       (int)name->len, name->start, r->file, r->line);
        return;
    }
    if (p->mode == IMW_ABNF_OVERRIDE && r->body != NULL)
        replace_keeping_increments(p, r, body, name->line);
    else
        set_body(p, r, body, name->line);
}

static void extend(struct parser *p, const struct imw_abnf_token *name,
                   struct imw_abnf_node *body)
{
    struct imw_abnf_rule *r = imw_abnf_lookup(p->ctx, name->start,
                                              name->len);
    struct imw_abnf_loc loc;

    if (r == NULL || r->body == NULL) {
        /* FILL: extends a rule of a grammar that is not part of this one */
        if (p->mode != IMW_ABNF_FILL)
            imw_abnf_error(p->ctx, "%s:%d: '=/' on undefined rule '%.*s'",
                           p->file, name->line, (int)name->len,
                           name->start);
        return;
    }
    loc.file = p->file;
    loc.line = name->line;
    loc.src = p->src;
    loc.node = body;
    if (merge(p, r, body, &loc) != 0)
        syntax(p, "out of memory");
}

static void parse_rule(struct parser *p)
{
    struct imw_abnf_token name = p->tok;
    enum imw_abnf_tok how;
    struct imw_abnf_node *body;

    if (p->tok.kind == IMW_ABNF_T_ERROR) {
        syntax(p, p->tok.error);
        return;
    }
    if (p->tok.kind != IMW_ABNF_T_NAME || p->tok.col != 1) {
        syntax(p, p->tok.col != 1 ? "indented line outside a rule"
                                  : "expected a rule name");
        return;
    }
    advance(p);
    how = p->tok.kind;
    if ((how != IMW_ABNF_T_DEFINE && how != IMW_ABNF_T_INCR)
        || at_rule_end(p)) {
        syntax(p, "expected '=' or '=/' after the rule name");
        return;
    }
    advance(p);
    body = parse_alternation(p);
    if (body == NULL)
        return;
    if (!at_rule_end(p)) {
        syntax(p, "unexpected token");
        return;
    }
    if (how == IMW_ABNF_T_DEFINE)
        define(p, &name, body);
    else
        extend(p, &name, body);
}

/* `text` need not be NUL-terminated: it is copied, and the copy's NUL is
 * the lexer's sentinel.  Nodes point into the copy. */
int imw_abnf_parse(struct imw_abnf_ctx *ctx, const char *name,
                   const char *text, size_t len, int mode, int is_core)
{
    struct parser p;
    char *buf = imw_abnf_strndup(ctx, text, len);
    int errors = ctx->nerrors;

    if (buf == NULL) {
        imw_abnf_error(ctx, "%s: out of memory", name);
        return -1;
    }
    memset(&p, 0, sizeof p);
    p.ctx = ctx;
    p.file = name;
    p.src = ctx->cur_src++;
    p.mode = mode;
    p.is_core = is_core;
    imw_abnf_lex_init(&p.lx, buf, len);
    advance(&p);
    while (!p.failed && p.tok.kind != IMW_ABNF_T_EOF)
        parse_rule(&p);
    ctx->resolved = 0;
    return ctx->nerrors == errors ? 0 : -1;
}
