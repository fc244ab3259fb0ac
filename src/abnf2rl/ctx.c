/* abnf2rl context: arena allocation, error collection, rule table. */
#include "abnf2rl.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* The compiler builds one grammar and exits, so everything is allocated
 * from an arena and freed at once; no ownership bookkeeping in the
 * parser or the analyses. */
union imw_abnf_align {
    long double ld;
    long long ll;
    void *p;
    void (*fn)(void);
};

struct imw_abnf_chunk {
    struct imw_abnf_chunk *next;
    size_t used, size;
    union imw_abnf_align data[1];
};

#define CHUNK_SIZE 65536

static struct imw_abnf_chunk *new_chunk(size_t size)
{
    struct imw_abnf_chunk *c;

    c = malloc(offsetof(struct imw_abnf_chunk, data) + size);
    if (c == NULL)
        return NULL;
    c->next = NULL;
    c->used = 0;
    c->size = size;
    return c;
}

void *imw_abnf_alloc(struct imw_abnf_ctx *ctx, size_t size)
{
    const size_t align = sizeof(union imw_abnf_align);
    struct imw_abnf_chunk *c = ctx->chunks;
    void *p;

    size = (size + align - 1) / align * align;
    if (size == 0)
        size = align;
    if (c == NULL || c->size - c->used < size) {
        c = new_chunk(size > CHUNK_SIZE ? size : CHUNK_SIZE);
        if (c == NULL) {
            ctx->oom = 1;
            return NULL;
        }
        c->next = ctx->chunks;
        ctx->chunks = c;
    }
    p = (char *)c->data + c->used;
    c->used += size;
    memset(p, 0, size);
    return p;
}

char *imw_abnf_strndup(struct imw_abnf_ctx *ctx, const char *s, size_t n)
{
    char *p = imw_abnf_alloc(ctx, n + 1);

    if (p == NULL)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

/* Arena version of a growing array: returns the (possibly moved) array
 * with room for `need` elements; old storage stays in the arena. */
void *imw_abnf_grow(struct imw_abnf_ctx *ctx, void *ptr, size_t *cap,
                    size_t elem, size_t need)
{
    size_t ncap;
    void *p;

    if (need <= *cap)
        return ptr;
    ncap = *cap ? *cap * 2 : 16;
    while (ncap < need)
        ncap *= 2;
    p = imw_abnf_alloc(ctx, ncap * elem);
    if (p == NULL)
        return NULL;
    if (ptr != NULL)
        memcpy(p, ptr, *cap * elem);
    *cap = ncap;
    return p;
}

/* Errors are kept in a malloc'd buffer (not the arena): it must survive
 * allocation failures to report them. */
void imw_abnf_error(struct imw_abnf_ctx *ctx, const char *fmt, ...)
{
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    ctx->nerrors++;
    if (n < 0)
        return;
    if (ctx->err_len + (size_t)n + 2 > ctx->err_cap) {
        size_t cap = (ctx->err_len + (size_t)n + 2) * 2;
        char *p = realloc(ctx->err, cap);
        if (p == NULL)
            return;
        ctx->err = p;
        ctx->err_cap = cap;
    }
    va_start(ap, fmt);
    vsnprintf(ctx->err + ctx->err_len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    ctx->err_len += (size_t)n;
    ctx->err[ctx->err_len++] = '\n';
    ctx->err[ctx->err_len] = '\0';
}

const char *imw_abnf_errors(const struct imw_abnf_ctx *ctx)
{
    return ctx->err != NULL ? ctx->err : "";
}

int imw_abnf_error_count(const struct imw_abnf_ctx *ctx)
{
    return ctx->nerrors;
}

const char *imw_abnf_basename(const char *path)
{
    const char *slash = strrchr(path, '/');

    return slash != NULL ? slash + 1 : path;
}

/* ---- rule table ----------------------------------------------------- */

/* Rule names are case-insensitive (RFC 5234 section 2.1). */
char *imw_abnf_key(struct imw_abnf_ctx *ctx, const char *name, size_t n)
{
    char *k = imw_abnf_strndup(ctx, name, n);
    size_t i;

    if (k == NULL)
        return NULL;
    for (i = 0; i < n; i++)
        k[i] = (char)tolower((unsigned char)k[i]);
    return k;
}

static size_t hash_key(const char *name, size_t n)
{
    size_t h = 2166136261u;
    size_t i;

    for (i = 0; i < n; i++)
        h = (h ^ (size_t)tolower((unsigned char)name[i])) * 16777619u;
    return h;
}

static int same_key(const struct imw_abnf_rule *r, const char *name,
                    size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (r->key[i] != (char)tolower((unsigned char)name[i]))
            return 0;
    return r->key[n] == '\0';
}

static struct imw_abnf_rule **find_slot(struct imw_abnf_ctx *ctx,
                                        const char *name, size_t n)
{
    size_t mask = ctx->nslots - 1;
    size_t i = hash_key(name, n) & mask;

    while (ctx->slots[i] != NULL && !same_key(ctx->slots[i], name, n))
        i = (i + 1) & mask;
    return &ctx->slots[i];
}

struct imw_abnf_rule *imw_abnf_lookup(struct imw_abnf_ctx *ctx,
                                      const char *name, size_t n)
{
    if (ctx->nslots == 0)
        return NULL;
    return *find_slot(ctx, name, n);
}

/* Keeps the index at most half full so probing stays short. */
static int rehash(struct imw_abnf_ctx *ctx)
{
    size_t nslots = ctx->nslots ? ctx->nslots * 2 : 256;
    struct imw_abnf_rule **slots;
    size_t i;

    slots = imw_abnf_alloc(ctx, nslots * sizeof *slots);
    if (slots == NULL)
        return -1;
    ctx->slots = slots;
    ctx->nslots = nslots;
    for (i = 0; i < ctx->nrules; i++) {
        struct imw_abnf_rule *r = ctx->rules[i];
        *find_slot(ctx, r->key, strlen(r->key)) = r;
    }
    return 0;
}

static char *ragel_name(struct imw_abnf_ctx *ctx, const char *key)
{
    char *s = imw_abnf_strndup(ctx, key, strlen(key));
    char *p;

    if (s == NULL)
        return NULL;
    for (p = s; *p; p++)
        if (*p == '-')
            *p = '_';
    return s;
}

/* Returns the rule called `name`, creating an undefined one if needed. */
struct imw_abnf_rule *imw_abnf_intern(struct imw_abnf_ctx *ctx,
                                      const char *name, size_t n)
{
    struct imw_abnf_rule *r = imw_abnf_lookup(ctx, name, n);
    struct imw_abnf_rule **rules;

    if (r != NULL)
        return r;
    if (2 * (ctx->nrules + 1) > ctx->nslots && rehash(ctx) != 0)
        return NULL;
    rules = imw_abnf_grow(ctx, ctx->rules, &ctx->rules_cap, sizeof *rules,
                          ctx->nrules + 1);
    r = imw_abnf_alloc(ctx, sizeof *r);
    if (rules == NULL || r == NULL)
        return NULL;
    ctx->rules = rules;
    r->name = imw_abnf_strndup(ctx, name, n);
    r->key = imw_abnf_key(ctx, name, n);
    r->rlname = r->key ? ragel_name(ctx, r->key) : NULL;
    if (r->name == NULL || r->key == NULL || r->rlname == NULL)
        return NULL;
    r->order = ctx->nrules;
    r->src = -1;
    ctx->rules[ctx->nrules++] = r;
    *find_slot(ctx, name, n) = r;
    return r;
}

/* ---- public entry points -------------------------------------------- */

struct imw_abnf_ctx *imw_abnf_new(void)
{
    struct imw_abnf_ctx *ctx = calloc(1, sizeof *ctx);

    if (ctx == NULL)
        return NULL;
    ctx->machine = "imw_grammar";
    if (imw_abnf_add_core(ctx) != 0) {
        imw_abnf_free(ctx);
        return NULL;
    }
    return ctx;
}

void imw_abnf_free(struct imw_abnf_ctx *ctx)
{
    struct imw_abnf_chunk *c, *next;

    if (ctx == NULL)
        return;
    for (c = ctx->chunks; c != NULL; c = next) {
        next = c->next;
        free(c);
    }
    free(ctx->err);
    free(ctx);
}

int imw_abnf_add_source(struct imw_abnf_ctx *ctx, const char *name,
                        const char *text, size_t len, int mode)
{
    const char **sources;
    const char *base = imw_abnf_strndup(ctx, imw_abnf_basename(name),
                                        strlen(imw_abnf_basename(name)));

    sources = imw_abnf_grow(ctx, ctx->sources, &ctx->sources_cap,
                            sizeof *sources, ctx->nsources + 1);
    if (base == NULL || sources == NULL) {
        imw_abnf_error(ctx, "%s: out of memory", name);
        return -1;
    }
    ctx->sources = sources;
    ctx->sources[ctx->nsources++] = base;
    ctx->resolved = 0;
    if (mode < IMW_ABNF_BASE || mode > IMW_ABNF_FILL) {
        imw_abnf_error(ctx, "%s: unknown file mode %d", name, mode);
        return -1;
    }
    return imw_abnf_parse(ctx, base, text, len, mode, 0);
}

int imw_abnf_add_root(struct imw_abnf_ctx *ctx, const char *rule)
{
    char **roots;

    roots = imw_abnf_grow(ctx, ctx->roots, &ctx->roots_cap,
                          sizeof *roots, ctx->nroots + 1);
    if (roots == NULL)
        return -1;
    ctx->roots = roots;
    ctx->roots[ctx->nroots] = imw_abnf_strndup(ctx, rule, strlen(rule));
    if (ctx->roots[ctx->nroots] == NULL)
        return -1;
    ctx->nroots++;
    ctx->resolved = 0;
    return 0;
}

int imw_abnf_set_machine(struct imw_abnf_ctx *ctx, const char *name)
{
    char *m = imw_abnf_strndup(ctx, name, strlen(name));

    if (m == NULL)
        return -1;
    ctx->machine = m;
    return 0;
}
