/* Internal: per-message arena.  Typed values of one message are carved out
 * of it and released together when the next message is parsed. */
#ifndef IMW_ARENA_H
#define IMW_ARENA_H

#include <stddef.h>
#include <string.h>
#include "imapwire/common.h"

struct imw_arena_block;

struct imw_arena {
    const imw_allocator *alloc;
    struct imw_arena_block *head; /* block being carved; older ones follow */
    unsigned char *next;          /* the head's first free octet */
    size_t left;                  /* free octets from `next` on */
};

void imw_arena_init(struct imw_arena *arena, const imw_allocator *alloc);

/* A new block for `size` octets, then as imw_arena_alloc(). */
void *imw_arena_alloc_slow(struct imw_arena *arena, size_t size);

/* 8-byte aligned memory of `size` octets from the head block, not zeroed;
 * NULL when allocation fails.  Inline: the decoders make several per
 * envelope or body part, and the common one is a bump of `next`. */
static inline void *imw_arena_take(struct imw_arena *arena, size_t size)
{
    size_t rounded = (size + 7u) & ~(size_t)7u;
    /* overflow, a head too full, or size 0 (whose pointer must be the
     * head's, which may not exist yet) */
    if (rounded < size || rounded - 1 >= arena->left)
        return imw_arena_alloc_slow(arena, size);
    void *p = arena->next;
    arena->next += rounded;
    arena->left -= rounded;
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
void imw_arena_reset(struct imw_arena *arena);
void imw_arena_free(struct imw_arena *arena);

#endif /* IMW_ARENA_H */
