/* Internal: per-message arena.  Typed values of one message are carved out
 * of it and released together when the next message is parsed. */
#ifndef IMW_ARENA_H
#define IMW_ARENA_H

#include <stddef.h>
#include "imapwire/common.h"

struct imw_arena_block;

struct imw_arena {
    const imw_allocator *alloc;
    struct imw_arena_block *head; /* block being carved; older ones follow */
    size_t used;                  /* bytes used in head */
};

void imw_arena_init(struct imw_arena *arena, const imw_allocator *alloc);
/* Returns 8-byte aligned zeroed memory, or NULL when allocation fails. */
void *imw_arena_alloc(struct imw_arena *arena, size_t size);
/* Releases every allocation but keeps the largest block for reuse. */
void imw_arena_reset(struct imw_arena *arena);
void imw_arena_free(struct imw_arena *arena);

#endif /* IMW_ARENA_H */
