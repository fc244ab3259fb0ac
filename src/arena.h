/* Internal: per-message arena.  Typed values of one message are carved out
 * of it and released together when the next message is parsed.
 *
 * Allocation from the current block and the reset of an arena of one block
 * are inline (every message resets, most allocate a few small values);
 * a new block and the release of older ones are in src/arena.c. */
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
    unsigned char *base;          /* head's data (NULL without a block) */
    size_t used;                  /* bytes used in head */
    size_t cap;                   /* head's usable bytes (0 without one) */
    int chained;                  /* head has older blocks behind it */
};

void imw_arena_init(struct imw_arena *arena, const imw_allocator *alloc);
/* imw_arena_alloc() once the head block is full (or absent). */
void *imw_arena_alloc_block(struct imw_arena *arena, size_t size);
/* imw_arena_reset() when older blocks are to be freed. */
void imw_arena_release_older(struct imw_arena *arena);
void imw_arena_free(struct imw_arena *arena);

/* Returns 8-byte aligned memory, not cleared (for a value whose every
 * field the caller sets), or NULL when allocation fails. */
static inline void *imw_arena_take(struct imw_arena *arena, size_t size)
{
    size_t rounded = (size + 7u) & ~(size_t)7u;
    if (IMW_UNLIKELY(rounded < size || arena->cap - arena->used < rounded))
        return imw_arena_alloc_block(arena, size);
    void *p = arena->base + arena->used;
    arena->used += rounded;
    return p;
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
    arena->used = 0;
    if (IMW_UNLIKELY(arena->chained))
        imw_arena_release_older(arena);
}

#endif /* IMW_ARENA_H */
