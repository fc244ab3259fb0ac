/* Internal: allocation through the caller's pluggable allocator. */
#ifndef IMW_MEM_H
#define IMW_MEM_H

#include <stdlib.h>
#include "imapwire/common.h"

static inline void *imw_mem_alloc(const imw_allocator *a, size_t size)
{
    if (a && a->malloc)
        return a->malloc(size, a->ctx);
    return malloc(size);
}

static inline void *imw_mem_realloc(const imw_allocator *a, void *ptr,
                                    size_t size)
{
    if (a && a->realloc)
        return a->realloc(ptr, size, a->ctx);
    return realloc(ptr, size);
}

static inline void imw_mem_free(const imw_allocator *a, void *ptr)
{
    if (!ptr)
        return;
    if (a && a->free)
        a->free(ptr, a->ctx);
    else
        free(ptr);
}

#endif /* IMW_MEM_H */
