/* Internal: per-message arena.  Typed values of one message are carved out
 * of it and released together when the next message is parsed.
 *
 * Allocation from the head block and the reset of an arena of one block
 * are inline (every message resets, most allocate a few small values); a
 * new block and the release of older ones are in src/arena.c. */
#ifndef IMW_ARENA_H
#define IMW_ARENA_H

#include <stddef.h>
#include <string.h>
#include "imapwire/common.h"
#include "hints.h"

struct imw_arena_block;

struct imw_arena {
    const imw_allocator *alloc;
    struct imw_arena_block *head; /* block being carved; older ones follow */
    unsigned char *next;          /* the head's first free octet */
    size_t left;                  /* free octets from `next` on */
    unsigned char *base;          /* the head's data (NULL without a block) */
    size_t cap;                   /* its size */
    int chained;                  /* older blocks follow the head */
};

void imw_arena_init(struct imw_arena *arena, const imw_allocator *alloc);

/* A new block for `size` octets, then as imw_arena_take(). */
void *imw_arena_alloc_slow(struct imw_arena *arena, size_t size);
/* imw_arena_reset() when older blocks are to be freed. */
void imw_arena_release_older(struct imw_arena *arena);
void imw_arena_free(struct imw_arena *arena);

/* 8-byte aligned memory of `size` octets from the head block, not zeroed
 * (for a value whose every field the caller sets); NULL when allocation
 * fails.  The common case is a bump of `next`. */
static inline void *imw_arena_take(struct imw_arena *arena, size_t size)
{
    size_t rounded = (size + 7u) & ~(size_t)7u;
    /* overflow, a head too full, or size 0 (whose pointer must be the
     * head's, which may not exist yet) */
    if (IMW_UNLIKELY(rounded < size || rounded - 1 >= arena->left))
        return imw_arena_alloc_slow(arena, size);
    void *p = arena->next;
    arena->next += rounded;
    arena->left -= rounded;
    return p;
}

/* Gives back the end of `p`, the latest allocation (of `size` octets),
 * keeping its first `used`: for a value read into room for the most it
 * could hold.  Anything else (p not the latest) keeps all of it. */
static inline void imw_arena_trim(struct imw_arena *arena, void *p,
                                  size_t size, size_t used)
{
    size_t rounded = (size + 7u) & ~(size_t)7u;
    size_t kept = (used + 7u) & ~(size_t)7u;
    if ((unsigned char *)p + rounded == arena->next && kept < rounded) {
        arena->next -= rounded - kept;
        arena->left += rounded - kept;
    }
}

/* Returns 8-byte aligned zeroed memory, or NULL when allocation fails. */
static inline void *imw_arena_alloc(struct imw_arena *arena, size_t size)
{
    void *p = imw_arena_take(arena, size);
    if (p)
        memset(p, 0, size);
    return p;
}

/* Releases every allocation but keeps the largest block for reuse. */
static inline void imw_arena_reset(struct imw_arena *arena)
{
    if (IMW_UNLIKELY(arena->chained)) {
        imw_arena_release_older(arena);
        return;
    }
    arena->next = arena->base;
    arena->left = arena->cap;
}

#endif /* IMW_ARENA_H */
