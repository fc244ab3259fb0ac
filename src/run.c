/* Event recording and bookkeeping for runs of the generated machines. */
#include <string.h>
#include "run.h"
#include "mem.h"

void imw_run_init(struct imw_run *run, const imw_allocator *alloc)
{
    memset(run, 0, sizeof *run);
    run->alloc = alloc;
    run->nesting_limit = IMW_MAX_NESTING;
}

void imw_run_free(struct imw_run *run)
{
    imw_mem_free(run->alloc, run->ev);
    run->ev = NULL;
    run->ev_cap = run->nev = 0;
}

void imw_run_start(struct imw_run *run, const struct imw_frame *frame)
{
    run->data = frame->data;
    run->len = frame->len;
    run->lits = frame->literals;
    run->nlits = frame->nliterals;
    run->next_lit = 0;
    run->skipped_to = (size_t)-1;
    run->nev = 0;
    memset(run->mark, 0, sizeof run->mark);
    memset(run->closed, 0, sizeof run->closed);
    run->top = 0;
    run->sub_top = 0;
    run->error = 0;
    run->error_at = 0;
    run->error_rule = IMW_RULE_NONE;
}

static int grow_events(struct imw_run *run)
{
    size_t cap = run->ev_cap ? run->ev_cap * 2 : 64;
    struct imw_event *ev = imw_mem_realloc(run->alloc, run->ev, cap * sizeof *ev);
    if (!ev)
        return IMW_ERR_NOMEM;
    run->ev = ev;
    run->ev_cap = cap;
    return 0;
}

/* Several live alternatives may leave the same rule instance on the same
 * octet; their events are identical and share the end offset, so only the
 * tail of the list with that end needs checking. */
static int is_duplicate(const struct imw_run *run, uint16_t rule,
                        uint32_t start, uint32_t end)
{
    for (size_t i = run->nev; i-- > 0;) {
        const struct imw_event *e = &run->ev[i];
        if (e->end != end)
            return 0;
        if (e->rule == rule && e->start == start)
            return 1;
    }
    return 0;
}

int imw_run_push_event(struct imw_run *run, uint16_t rule, size_t end)
{
    uint32_t start = run->mark[rule] ? run->mark[rule] - 1 : (uint32_t)end;
    if (is_duplicate(run, rule, start, (uint32_t)end))
        return 0;
    if (run->nev == run->ev_cap && grow_events(run) < 0)
        return IMW_ERR_NOMEM;
    run->ev[run->nev++] = (struct imw_event){ rule, start, (uint32_t)end };
    return 0;
}

size_t imw_run_literal_skip(struct imw_run *run, size_t at)
{
    if (at == run->skipped_to)
        return at; /* second alternative firing on the same octet */
    while (run->next_lit < run->nlits && run->lits[run->next_lit].start < at + 1)
        run->next_lit++;
    if (run->next_lit == run->nlits || run->lits[run->next_lit].start != at + 1)
        return at; /* not a framed literal: the grammar fails on its own */
    const struct imw_literal_span *lit = &run->lits[run->next_lit++];
    run->skipped_to = lit->start + lit->len - 1;
    /* Empty, or streamed: the data is not in the frame (len 0), and the
     * machine goes on right after the LF. */
    if (lit->len == 0)
        run->skipped_to = at;
    return run->skipped_to;
}

int imw_run_call_enter(struct imw_run *run, uint16_t rule, size_t at,
                       int depth)
{
    if ((unsigned)depth < run->nesting_limit)
        return 1;
    run->error = IMW_ERR_NESTING_TOO_DEEP;
    run->error_at = at;
    run->error_rule = rule;
    return 0;
}

uint16_t imw_run_open_rule(const struct imw_run *run, size_t at)
{
    uint16_t best = IMW_RULE_NONE;
    uint32_t best_mark = 0;
    for (uint16_t r = 1; r < IMW_RULE_COUNT; r++) {
        uint32_t m = run->mark[r];
        if (m == 0 || m - 1 > at || run->closed[r] > m)
            continue;
        if (m > best_mark) { /* ties: the rule listed first in grammar/bindings */
            best = r;
            best_mark = m;
        }
    }
    return best;
}

const struct imw_literal_span *imw_run_literal_at(const struct imw_run *run,
                                                  size_t header)
{
    /* binary search: literals are in message order */
    size_t lo = 0, hi = run->nlits;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (run->lits[mid].header < header)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < run->nlits && run->lits[lo].header == header)
        return &run->lits[lo];
    return NULL;
}
