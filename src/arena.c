/* Per-message arena: a list of blocks, bump allocation, reset per message
 * (the fast paths are inline in src/arena.h). */
#include <stdint.h>
#include <string.h>
#include "arena.h"
#include "mem.h"

#define IMW_ARENA_MIN_BLOCK 4096u

struct imw_arena_block {
    struct imw_arena_block *next;
    size_t size; /* usable bytes after the header */
    /* data follows, aligned by the union below */
    union { long double ld; void *ptr; uint64_t u64; unsigned char bytes[1]; } data;
};

void imw_arena_init(struct imw_arena *arena, const imw_allocator *alloc)
{
    memset(arena, 0, sizeof *arena);
    arena->alloc = alloc;
}

/* Carving starts over at the head's first octet. */
static void carve(struct imw_arena *arena, struct imw_arena_block *b)
{
    arena->base = arena->next = b->data.bytes;
    arena->cap = arena->left = b->size;
    arena->chained = b->next != NULL;
}

static struct imw_arena_block *new_block(struct imw_arena *arena, size_t need)
{
    size_t size = IMW_ARENA_MIN_BLOCK;
    while (size < need)
        size *= 2;
    struct imw_arena_block *b =
        imw_mem_alloc(arena->alloc, offsetof(struct imw_arena_block, data) + size);
    if (!b)
        return NULL;
    b->size = size;
    b->next = arena->head;
    arena->head = b;
    carve(arena, b);
    return b;
}

void *imw_arena_alloc_slow(struct imw_arena *arena, size_t size)
{
    size_t rounded = (size + 7u) & ~(size_t)7u;
    if (rounded < size)
        return NULL; /* overflow */
    if (rounded > arena->left || !arena->head) {
        /* grow geometrically so that n small allocations cost O(log n) blocks */
        size_t want = arena->head ? arena->head->size * 2 : 0;
        if (!new_block(arena, want > rounded ? want : rounded))
            return NULL;
    }
    void *p = arena->next;
    arena->next += rounded;
    arena->left -= rounded;
    return p;
}

void imw_arena_release_older(struct imw_arena *arena)
{
    /* The head is the largest block (blocks only grow): keep it. */
    struct imw_arena_block *keep = arena->head;
    struct imw_arena_block *b = keep->next;
    while (b) {
        struct imw_arena_block *next = b->next;
        imw_mem_free(arena->alloc, b);
        b = next;
    }
    keep->next = NULL;
    carve(arena, keep);
}

void imw_arena_free(struct imw_arena *arena)
{
    struct imw_arena_block *b = arena->head;
    while (b) {
        struct imw_arena_block *next = b->next;
        imw_mem_free(arena->alloc, b);
        b = next;
    }
    imw_arena_init(arena, arena->alloc);
}
