/* abnf2rl -- the grammar compiler: ABNF (RFC 5234 + RFC 7405) in, Ragel
 * machine definitions out.  Build-time tool, not part of the library.
 *
 * The compiler works on in-memory text so that the tests can drive it
 * in-process; main.c only reads files and writes outputs.  Usage:
 *
 *   ctx = imw_abnf_new();
 *   imw_abnf_add_source(ctx, "rfc3501.abnf", text, len, 0);   (in order)
 *   imw_abnf_add_source(ctx, "rfc4466.abnf", text, len, 1);   (-u file)
 *   imw_abnf_add_bindings(ctx, "imap.bind", text, len);
 *   imw_abnf_add_root(ctx, "response");
 *   if (imw_abnf_emit_ragel(ctx, out) != 0) puts(imw_abnf_errors(ctx));
 *   imw_abnf_free(ctx);
 *
 * Everything below the "internal" marker is shared between the compiler's
 * own source files only. */
#ifndef IMW_ABNF2RL_H
#define IMW_ABNF2RL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct imw_abnf_ctx;

/* Returns NULL when out of memory. */
struct imw_abnf_ctx *imw_abnf_new(void);
void imw_abnf_free(struct imw_abnf_ctx *ctx);

/* How a file's rules combine with those of the files before it. */
enum imw_abnf_mode {
    IMW_ABNF_BASE = 0,   /* `=` defines new rules; a second `=` is an error */
    IMW_ABNF_UPDATE = 1, /* `=` replaces an earlier definition, dropping
                            the `=/` alternatives added to it (RFC 4466
                            updating RFC 3501) */
    IMW_ABNF_OVERRIDE = 2, /* `=` replaces an earlier definition but keeps
                            every `=/` alternative other files add, before
                            or after (imapwire's overrides restate a rule
                            that extensions extend) */
    IMW_ABNF_FILL = 3    /* `=` only defines rules that no other file
                            defines (a later `=` of any file replaces a
                            filled rule); `=/` extends rules defined so
                            far and is skipped for undefined ones (RFC 9051
                            over RFC 3501: rev2 supplies what rev1 lacks) */
};

/* Parses one ABNF file.  `name` is used in messages and in the output
 * (base name only); `mode` is an enum imw_abnf_mode (1, "is_update",
 * is the historical -u).  Returns 0, or -1 after recording an error. */
int imw_abnf_add_source(struct imw_abnf_ctx *ctx, const char *name,
                        const char *text, size_t len, int mode);

/* Parses a bindings file (event / bind / call / extern directives).  Rule names
 * are checked later, when the grammar is complete.  Returns 0 or -1. */
int imw_abnf_add_bindings(struct imw_abnf_ctx *ctx, const char *name,
                          const char *text, size_t len);

/* Adds a root rule; only rules reachable from the roots are emitted. */
int imw_abnf_add_root(struct imw_abnf_ctx *ctx, const char *rule);

/* Ragel machine name; default "imw_grammar". */
int imw_abnf_set_machine(struct imw_abnf_ctx *ctx, const char *name);

/* Runs every check on the complete grammar (idempotent; the emitters call
 * it).  Returns 0, or -1 with all problems found recorded. */
int imw_abnf_resolve(struct imw_abnf_ctx *ctx);

/* Write the Ragel definitions / the C header of rule ids.  Nothing is
 * written when the grammar has errors.  Return 0 or -1. */
int imw_abnf_emit_ragel(struct imw_abnf_ctx *ctx, FILE *out);
int imw_abnf_emit_header(struct imw_abnf_ctx *ctx, FILE *out);

/* All error messages so far, one per line ("" when none). */
const char *imw_abnf_errors(const struct imw_abnf_ctx *ctx);
int imw_abnf_error_count(const struct imw_abnf_ctx *ctx);

/* ---- internal ------------------------------------------------------- */

#define IMW_ABNF_INF ((unsigned)-1) /* unbounded repetition maximum */

enum imw_abnf_tok {
    IMW_ABNF_T_EOF,
    IMW_ABNF_T_NAME,   /* rule name */
    IMW_ABNF_T_DEFINE, /* = */
    IMW_ABNF_T_INCR,   /* =/ */
    IMW_ABNF_T_SLASH,
    IMW_ABNF_T_LPAREN,
    IMW_ABNF_T_RPAREN,
    IMW_ABNF_T_LBRACK,
    IMW_ABNF_T_RBRACK,
    IMW_ABNF_T_STRING,  /* "..." or %i"..." (case-insensitive) */
    IMW_ABNF_T_SSTRING, /* %s"..." (case-sensitive) */
    IMW_ABNF_T_NUMVAL,  /* %x.., %d.., %b.. */
    IMW_ABNF_T_PROSE,   /* <...> */
    IMW_ABNF_T_REPEAT,  /* n, *, n*, *m, n*m */
    IMW_ABNF_T_ERROR
};

struct imw_abnf_token {
    enum imw_abnf_tok kind;
    const char *start; /* token text (for strings: including quotes) */
    size_t len;
    int line, col;      /* 1-based; col 1 starts a new rule */
    int space_before;   /* whitespace or newline precedes the token */
    const char *error;  /* for IMW_ABNF_T_ERROR */
};

/* Lexer over a NUL-terminated buffer of `lim - buf` bytes (the NUL at
 * *lim is the sentinel that re2c's end-of-input check relies on). */
struct imw_abnf_lexer {
    const char *cur, *lim, *line_start;
    int line;
};

void imw_abnf_lex_init(struct imw_abnf_lexer *lx, const char *buf,
                       size_t len);
void imw_abnf_lex(struct imw_abnf_lexer *lx, struct imw_abnf_token *tok);

enum imw_abnf_kind {
    IMW_ABNF_ALT,   /* kids: alternatives */
    IMW_ABNF_CAT,   /* kids: concatenated elements */
    IMW_ABNF_REP,   /* kids[0] repeated min..max times */
    IMW_ABNF_REF,   /* rule reference: text = name as written */
    IMW_ABNF_STR,   /* text/len, case_sensitive */
    IMW_ABNF_RANGE, /* lo..hi */
    IMW_ABNF_SEQ,   /* vals[0..nvals): %x0D.0A, or a single %x41 */
    IMW_ABNF_PROSE  /* text = prose including < > */
};

struct imw_abnf_rule;

/* What can begin the input at one position (check.c), split by who would
 * consume the first octet: ordinary terminals (`plain`), or placeholders
 * (bit i of `ph`: ctx->phs[i], a call or extern rule whose reference is a
 * one-octet placeholder there).  `nullable`: the position can also be
 * passed without input (in a FOLLOW set: the machine can end there). */
struct imw_abnf_start {
    unsigned char plain[32];
    uint64_t ph;
    int nullable;
};

#define IMW_ABNF_MAX_PH 64 /* call and extern rules per machine */

struct imw_abnf_node {
    enum imw_abnf_kind kind;
    const char *file;
    int line, col;
    struct imw_abnf_node **kids;
    size_t nkids;
    unsigned min, max;
    const char *text;
    size_t len;
    int case_sensitive;
    unsigned char *vals;
    size_t nvals;
    unsigned char lo, hi;
    struct imw_abnf_rule *rule; /* REF target, set by resolve */
};

enum imw_abnf_call_mode { IMW_ABNF_CALL_NONE, IMW_ABNF_CALL_CLOSE,
                          IMW_ABNF_CALL_FOLLOW };

/* Where an `=/` added alternatives; kept for the output comment. */
struct imw_abnf_loc {
    const char *file;
    int line;
    int src;                    /* source index of the `=/` */
    struct imw_abnf_node *node; /* its alternatives, for re-merging */
};

struct imw_abnf_rule {
    char *name;  /* spelling at the first definition */
    char *key;   /* lowercase lookup key */
    char *rlname; /* lowercase, '-' -> '_' */
    const char *file;
    int line;
    int src;     /* index of the source holding the current `=` */
    int is_core;
    int filled;  /* defined by a fill-mode file: a later `=` replaces it */
    size_t order; /* creation order: deterministic tie-breaks */
    struct imw_abnf_node *body;
    struct imw_abnf_loc *incr;
    size_t nincr;
    /* bindings */
    int id;       /* IMW_RULE_ id, 0 when none */
    int event;    /* 0 or IMW_ABNF_EVENT_SPAN, _NAME, _LATE */
    const char **binds;
    size_t nbinds;
    enum imw_abnf_call_mode call;
    const char *follow;
    const char *call_file;
    int call_line;
    int is_extern; /* `extern RULE` in the bindings */
    const char *ext_file;
    int ext_line;
    int is_root;
    int ext;      /* extern in this machine: is_extern and not a root */
    /* analysis */
    struct imw_abnf_rule **edges; /* distinct defined references, in
                                     textual order (call rules included) */
    size_t nedges;
    struct imw_abnf_rule *bfs_parent;
    int stamp, scc;
    int seen;      /* reachable from a root, extern rules included: FIRST
                      sets are computed over these */
    int reachable; /* emitted: reachable without entering an extern rule */
    int tj_index, tj_low, tj_onstack; /* Tarjan SCC */
    int rscc;      /* SCC of the whole reference graph (call edges kept,
                      extern ones cut): references to a call rule from
                      outside its rscc are inlined, not placeholders */
    int nullable;
    unsigned char first[32];
    int emitted, body_emitted, visiting;
    /* conflict check (check.c) */
    int ph_index;                 /* bit in imw_abnf_start.ph, or -1 */
    int start_state;              /* 0 not computed, 1 computing, 2 done */
    struct imw_abnf_start start;  /* of the body, placeholders opaque */
    struct imw_abnf_start after;  /* what can follow a non-placeholder
                                     reference to the rule */
};

enum imw_abnf_bind_kind { IMW_ABNF_B_EVENT, IMW_ABNF_B_NAME, IMW_ABNF_B_LATE,
                          IMW_ABNF_B_BIND, IMW_ABNF_B_CALL,
                          IMW_ABNF_B_EXTERN };

/* `event RULE`: the rule's spans are recorded for the handlers.
 * `name RULE`: only where it was last entered and left, so that an error
 * inside it names it; no span, so it costs a store, not an event.
 * `late RULE`: entered like a name-only rule; its event is made when it
 * closes, from where it was last entered -- for rules entered at every
 * place they might start and rarely completed (the leniencies), never
 * entered again while an entry is alive. */
enum { IMW_ABNF_EVENT_SPAN = 1, IMW_ABNF_EVENT_NAME = 2,
       IMW_ABNF_EVENT_LATE = 3 };

struct imw_abnf_binding {
    enum imw_abnf_bind_kind kind;
    char *rule; /* as written */
    const char *text; /* bind: embedding; call follow: char class */
    enum imw_abnf_call_mode mode;
    const char *file;
    int line;
};

struct imw_abnf_ctx {
    /* arena: every allocation of the compiler lives until imw_abnf_free */
    struct imw_abnf_chunk *chunks;
    int oom;
    /* errors */
    char *err;
    size_t err_len, err_cap;
    int nerrors;
    /* rules, in creation order, with an open-addressing index by key */
    struct imw_abnf_rule **rules;
    size_t nrules, rules_cap;
    struct imw_abnf_rule **slots;
    size_t nslots;
    /* inputs */
    const char **sources; /* base names, in order (core excluded) */
    size_t nsources, sources_cap;
    int cur_src;
    struct imw_abnf_binding *bindings;
    size_t nbindings, bindings_cap;
    char **roots;
    size_t nroots, roots_cap;
    const char *machine;
    /* results of resolve */
    int resolved; /* 0 not yet, 1 ok, -1 failed */
    struct imw_abnf_rule **ids; /* ids[1..nids] */
    size_t nids;
    struct imw_abnf_rule **order; /* emission order of definitions */
    int *order_body; /* 1: the entry is a call rule's _body definition */
    size_t norder;
    struct imw_abnf_rule **pending; /* call rules whose body is due */
    size_t npending;
    struct imw_abnf_rule *phs[IMW_ABNF_MAX_PH]; /* placeholder rules */
    size_t nphs;
    int stamp;
};

/* ctx.c: arena, strings, errors, rule table */
void *imw_abnf_alloc(struct imw_abnf_ctx *ctx, size_t size);
char *imw_abnf_strndup(struct imw_abnf_ctx *ctx, const char *s, size_t n);
void *imw_abnf_grow(struct imw_abnf_ctx *ctx, void *ptr, size_t *cap,
                    size_t elem, size_t need);
void imw_abnf_error(struct imw_abnf_ctx *ctx, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
char *imw_abnf_key(struct imw_abnf_ctx *ctx, const char *name, size_t n);
struct imw_abnf_rule *imw_abnf_lookup(struct imw_abnf_ctx *ctx,
                                      const char *name, size_t n);
struct imw_abnf_rule *imw_abnf_intern(struct imw_abnf_ctx *ctx,
                                      const char *name, size_t n);
const char *imw_abnf_basename(const char *path);

/* parse.c */
int imw_abnf_parse(struct imw_abnf_ctx *ctx, const char *name,
                   const char *text, size_t len, int mode, int is_core);

/* core.c */
int imw_abnf_add_core(struct imw_abnf_ctx *ctx);

/* bindings.c */
void imw_abnf_apply_bindings(struct imw_abnf_ctx *ctx);

/* first.c: FIRST sets and nullability over the reachable rules */
void imw_abnf_compute_first(struct imw_abnf_ctx *ctx);

/* resolve.c: whether owner's reference to target is a one-octet
 * placeholder (an extern rule, or a call rule of owner's own recursion)
 * rather than the target's definition (inlined call rule, plain rule). */
int imw_abnf_is_placeholder(const struct imw_abnf_rule *owner,
                            const struct imw_abnf_rule *target);

/* check.c: refuses placeholders whose first octets another alternative
 * alive at the same position can also start with. */
void imw_abnf_check_placeholders(struct imw_abnf_ctx *ctx);

/* emit.c */
void imw_abnf_upper_name(const struct imw_abnf_rule *rule, FILE *out);

#endif
