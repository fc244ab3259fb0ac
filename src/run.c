/* Event recording and bookkeeping for runs of the generated machines. */
#include <string.h>
#include "run.h"
#include "mem.h"
#include "hints.h"
#include "leniency.h"

void imw_run_init(struct imw_run *run, const imw_allocator *alloc)
{
    memset(run, 0, sizeof *run);
    run->alloc = alloc;
    run->nesting_limit = IMW_MAX_NESTING;
    run->root = IMW_NO_EVENT;
}

void imw_run_free(struct imw_run *run)
{
    imw_mem_free(run->alloc, run->ev);
    imw_mem_free(run->alloc, run->link_stack);
    for (size_t i = 0; i < run->mark_rows; i++)
        imw_mem_free(run->alloc, run->marks[i]);
    imw_mem_free(run->alloc, run->marks);
    run->ev = NULL;
    run->link_stack = NULL;
    run->marks = NULL;
    run->ev_cap = run->nev = run->mark_rows = 0;
}

/* Rows written under an old generation must not count again: when the
 * counter wraps, forget them all. */
void imw_run_generation_wrapped(struct imw_run *run)
{
    for (size_t i = 0; i < run->mark_rows; i++)
        memset(run->marks[i], 0, IMW_RULE_COUNT * sizeof *run->marks[i]);
    run->gen = 1;
}

void imw_run_clear_positions(struct imw_run *run)
{
    memset(run->entered, 0, sizeof run->entered);
    memset(run->closed, 0, sizeof run->closed);
    run->pos_end = 0;
}

/* From now on in this message, every close takes the general path, which
 * scans for duplicates (imw_run_close() explains when it need not). */
static void no_fast_closes(struct imw_run *run)
{
    run->fast_events = 0;
}

static IMW_COLD void note_nomem(struct imw_run *run, size_t at)
{
    if (!run->error) {
        run->error = IMW_ERR_NOMEM;
        run->error_at = at;
    }
    no_fast_closes(run); /* a close may have failed to make its event */
}

/* Rows of start marks for depths 0..depth: allocated on first use, so
 * this is off the path of every event.  Returns 0 or IMW_ERR_NOMEM. */
static IMW_COLD int grow_mark_rows(struct imw_run *run, unsigned depth)
{
    size_t rows = (size_t)depth + 1;
    struct imw_mark **marks =
        imw_mem_realloc(run->alloc, run->marks, rows * sizeof *marks);
    if (!marks)
        return IMW_ERR_NOMEM;
    run->marks = marks;
    for (; run->mark_rows < rows; run->mark_rows++) {
        struct imw_mark *row =
            imw_mem_alloc(run->alloc, IMW_RULE_COUNT * sizeof *row);
        if (!row)
            return IMW_ERR_NOMEM;
        memset(row, 0, IMW_RULE_COUNT * sizeof *row);
        marks[run->mark_rows] = row;
    }
    return 0;
}

/* The mark of `rule` at `depth`, emptied when an earlier message wrote
 * it; NULL when its row has not been allocated yet. */
static inline struct imw_mark *current_mark(struct imw_run *run,
                                            uint16_t rule, unsigned depth)
{
    if (IMW_UNLIKELY(depth >= run->mark_rows))
        return NULL;
    struct imw_mark *m = &run->marks[depth][rule];
    if (m->gen != run->gen) {
        m->gen = run->gen;
        m->count = 0;
        m->closed = 0;
    }
    return m;
}

/* The same, allocating the row on first use; NULL when that fails. */
static inline struct imw_mark *mark_of(struct imw_run *run, uint16_t rule,
                                       unsigned depth)
{
    if (IMW_UNLIKELY(depth >= run->mark_rows) &&
        grow_mark_rows(run, depth) < 0)
        return NULL;
    return current_mark(run, rule, depth);
}

/* Notes where `rule` was entered or left (`table`: run->entered or
 * run->closed) and returns its mark, or NULL after noting the failure. */
static struct imw_mark *note_and_mark(struct imw_run *run, uint32_t *table,
                                      uint16_t rule, size_t at, unsigned depth)
{
    table[rule] = run->pos_base + (uint32_t)at + 1;
    struct imw_mark *m = mark_of(run, rule, depth);
    if (IMW_UNLIKELY(!m))
        note_nomem(run, at);
    return m;
}

/* A new instance begins: entries already closed belong to finished ones. */
static void retire_closed(struct imw_mark *m)
{
    uint16_t kept = 0;
    for (uint16_t i = 0; i < m->count; i++)
        if (!(m->closed & (1u << i)))
            m->at[kept++] = m->at[i];
    m->count = kept;
    m->closed = 0;
}

/* Every case of an entry; imw_run_open() below takes the common one. */
static IMW_NOINLINE void open_general(struct imw_run *run, uint16_t rule,
                                      size_t at, unsigned depth)
{
    struct imw_mark *m = note_and_mark(run, run->entered, rule, at, depth);
    if (!m)
        return;
    unsigned last = (unsigned)m->count - 1;
    if (m->count > 0 && m->at[last] == (uint32_t)at &&
        !(m->closed & (1u << last)))
        return; /* several alternatives entering at the same octet */
    if (m->closed)
        retire_closed(m);
    if (m->count == IMW_MARK_ENTRIES)
        m->count--; /* more live entries than expected: keep the latest */
    m->at[m->count++] = (uint32_t)at;
}

/* The event an entry made at its previous close, now read further. */
static inline void supersede(struct imw_run *run, uint16_t rule, uint32_t start,
                      uint32_t index, size_t at)
{
    struct imw_event *e = &run->ev[index];
    if (index < run->nev && e->rule == rule && e->start == start &&
        e->end < at)
        e->rule = IMW_RULE_NONE;
}

/* supersede() out of line, so that imw_run_close() stays a leaf. */
static IMW_NOINLINE void supersede_earlier(struct imw_run *run, uint16_t rule,
                                           uint32_t start, uint32_t index,
                                           size_t at)
{
    supersede(run, rule, start, index, at);
}

/* Doubles the event list and the link stack with it; cold: the list is
 * reused from message to message. */
static IMW_COLD int grow_events(struct imw_run *run)
{
    size_t cap = run->ev_cap ? run->ev_cap * 2 : 64;
    struct imw_event *ev = imw_mem_realloc(run->alloc, run->ev, cap * sizeof *ev);
    if (!ev)
        return IMW_ERR_NOMEM;
    run->ev = ev;
    uint32_t *stack = imw_mem_realloc(run->alloc, run->link_stack,
                                      cap * sizeof *stack);
    if (!stack)
        return IMW_ERR_NOMEM;
    run->link_stack = stack;
    if (run->fast_events == run->ev_cap)
        run->fast_events = cap; /* not turned off for this message */
    run->ev_cap = cap;
    return 0;
}

/* Several live alternatives may leave the same rule instance on the same
 * octet; their events are identical and share the end offset, so only the
 * tail of the list with that end needs checking. */
static inline int find_duplicate(const struct imw_run *run, uint16_t rule,
                          uint32_t start, uint32_t end, uint32_t *index)
{
    for (size_t i = run->nev; i-- > 0;) {
        const struct imw_event *e = &run->ev[i];
        if (e->end != end)
            return 0;
        if (e->rule == rule && e->start == start) {
            *index = (uint32_t)i;
            return 1;
        }
    }
    return 0;
}

/* imw_run_push_event() for the machine's closes, inlined there. */
static inline int push_event(struct imw_run *run, uint16_t rule,
                             uint32_t start, uint32_t end, uint32_t *index)
{
    if (run->nev > 0 && run->ev[run->nev - 1].end == end &&
        find_duplicate(run, rule, start, end, index))
        return 0;
    if (IMW_UNLIKELY(run->nev == run->ev_cap) && grow_events(run) < 0)
        return IMW_ERR_NOMEM;
    *index = (uint32_t)run->nev;
    run->ev[run->nev++] = (struct imw_event){
        rule, start, end, IMW_NO_EVENT, IMW_NO_EVENT
    };
    return 0;
}

int imw_run_push_event(struct imw_run *run, uint16_t rule, size_t start,
                       size_t end, uint32_t *index)
{
    no_fast_closes(run); /* an event without its close in run->closed */
    return push_event(run, rule, (uint32_t)start, (uint32_t)end, index);
}

/* Every case of a close; imw_run_close() below takes the common one. */
/* Every case of a close at its (current) mark; imw_run_close() below
 * takes the common one. */
static IMW_NOINLINE void close_at_mark(struct imw_run *run,
                                       struct imw_mark *m, uint16_t rule,
                                       size_t at)
{
    run->closed[rule] = run->pos_base + (uint32_t)at + 1;
    uint32_t index;
    if (m->count == 0) { /* entered on an empty match: an empty span */
        if (push_event(run, rule, (uint32_t)at, (uint32_t)at, &index) < 0)
            note_nomem(run, at);
        return;
    }
    /* One event per close: the latest entry's.  An older entry open at the
     * same time belongs to an alternative that had entered the rule
     * sooner (a `text` read from "[", an md5 slot where a parameter list
     * might have been); the latest is the most specific reading. */
    int i = m->count - 1;
    while (i >= 0 && m->at[i] > at)
        i--;
    if (i < 0) {
        no_fast_closes(run); /* see imw_run_close() */
        return;
    }
    if (m->closed & (1u << i))
        supersede(run, rule, m->at[i], m->ev[i], at);
    if (push_event(run, rule, m->at[i], (uint32_t)at, &index) < 0) {
        note_nomem(run, at);
        return;
    }
    m->ev[i] = index;
    m->closed |= (uint16_t)(1u << i);
}

/* A close at a depth whose mark row is not allocated yet. */
static IMW_NOINLINE void close_general(struct imw_run *run, uint16_t rule,
                                       size_t at, unsigned depth)
{
    struct imw_mark *m = note_and_mark(run, run->closed, rule, at, depth);
    if (m)
        close_at_mark(run, m, rule, at);
}

/* The machines' events: the common case in a leaf function without
 * calls, so that it saves no registers, and every other case (first use
 * of a depth, several instances or alternatives, a possible duplicate, a
 * full list) handed to the general function, which starts over: the
 * stores made here are idempotent.  Events are most of what a small
 * message costs. */
void imw_run_open(struct imw_run *run, uint16_t rule, size_t at,
                  unsigned depth)
{
    run->entered[rule] = run->pos_base + (uint32_t)at + 1;
    struct imw_mark *m = current_mark(run, rule, depth);
    if (IMW_UNLIKELY(!m))
        goto general;
    unsigned n = m->count;
    if (m->closed) {
        /* every entry closed: their instances are over (retire_closed) */
        if (m->closed != (1u << n) - 1)
            goto general;
        n = 0;
        m->closed = 0;
    } else if (n > 0 && m->at[n - 1] == (uint32_t)at) {
        return; /* several alternatives entering at the same octet */
    } else if (n == IMW_MARK_ENTRIES) {
        n--; /* more live entries than expected: keep the latest */
    }
    m->at[n] = (uint32_t)at;
    m->count = (uint16_t)(n + 1);
    return;
general:
    open_general(run, rule, at, depth);
}

void imw_run_close(struct imw_run *run, uint16_t rule, size_t at,
                   unsigned depth)
{
    if (IMW_UNLIKELY(depth >= run->mark_rows)) {
        close_general(run, rule, at, depth);
        return;
    }
    struct imw_mark *m = current_mark(run, rule, depth);
    size_t n = run->nev;
    uint32_t pos = run->pos_base + (uint32_t)at + 1;
    /* A duplicate needs an earlier close of this rule at this octet: the
     * last close of the rule, as a close elsewhere made or found an event
     * that ends elsewhere, above the candidate, where find_duplicate()
     * stops.  The exception, a close that made no event, turns this path
     * off for the message (fast_events).  One live entry is the common
     * case; several (alternatives entering at different octets) take the
     * general path. */
    if (m->count != 1 || n >= run->fast_events || run->closed[rule] == pos ||
        m->at[0] > (uint32_t)at)
        goto general;
    uint32_t start = m->at[0];
    run->closed[rule] = pos;
    run->ev[n] = (struct imw_event){
        rule, start, (uint32_t)at, IMW_NO_EVENT, IMW_NO_EVENT
    };
    run->nev = n + 1;
    uint32_t earlier = m->ev[0];
    m->ev[0] = (uint32_t)n;
    /* closed already when a list could have ended after each of its
     * items (CAPABILITY, SEARCH): the longer reading wins, the earlier
     * event becomes a tombstone -- last, as a tail call */
    if (m->closed) {
        supersede_earlier(run, rule, start, earlier, at);
        return;
    }
    m->closed = 1;
    return;
general:
    close_at_mark(run, m, rule, at);
}

void imw_run_late_close(struct imw_run *run, uint16_t rule, size_t at)
{
    uint32_t pos = run->pos_base + (uint32_t)at + 1, index;
    size_t start = at;
    if (run->closed[rule] == pos)
        return; /* another alternative's close at this octet: one event */
    imw_run_entered_last(run, rule, &start);
    run->closed[rule] = pos; /* as imw_run_close(): its fast path holds */
    if (push_event(run, rule, (uint32_t)start, (uint32_t)at, &index) < 0)
        note_nomem(run, at);
}

static int contains(const struct imw_event *outer, const struct imw_event *in)
{
    return in->start >= outer->start && in->end <= outer->end;
}

/* Spans of one parse never cross.  Of two that do, the one that closed
 * first belonged to an alternative that died later (a `text` that took the
 * CRLF of a literal header for the line end, say): it is dropped, and its
 * children are given back to the stack to be adopted by the survivor. */
static int crosses(const struct imw_event *later, const struct imw_event *in)
{
    return in->start < later->start && in->end > later->start &&
           in->end < later->end;
}

static size_t dissolve(struct imw_run *run, size_t depth)
{
    uint32_t gone = run->link_stack[--depth];
    for (uint32_t c = run->ev[gone].child; c != IMW_NO_EVENT; c = run->ev[c].next)
        run->link_stack[depth++] = c;
    return depth;
}

/* One pass over the events with a stack of the spans not yet adopted.
 * The top's span is kept in `top` (valid while depth > 0), so that the
 * common event, which adopts nothing, reads no other event. */
void imw_run_link(struct imw_run *run)
{
    if (run->nev <= 1) { /* most small messages: no tree to build */
        run->root = IMW_NO_EVENT;
        if (run->nev == 1 && run->ev[0].rule != IMW_RULE_NONE) {
            run->ev[0].child = run->ev[0].next = IMW_NO_EVENT;
            run->root = 0;
        }
        return;
    }
    struct imw_event *ev = run->ev;
    uint32_t *stack = run->link_stack;
    size_t depth = 0;
    struct imw_event top = { 0 };
    for (uint32_t i = 0, n = (uint32_t)run->nev; i < n; i++) {
        struct imw_event *e = &ev[i];
        e->child = IMW_NO_EVENT;
        if (e->rule == IMW_RULE_NONE)
            continue; /* superseded by a later close */
        if (depth > 0 && top.start < e->start) {
            /* starts before e: it cannot be e's child, it may cross e */
            if (!crosses(e, &top))
                goto push;
            do {
                depth = dissolve(run, depth);
                if (depth > 0)
                    top = ev[stack[depth - 1]];
            } while (depth > 0 && crosses(e, &top));
        }
        /* popping yields the children last first: prepend each */
        while (depth > 0 && contains(e, &top)) {
            uint32_t c = stack[--depth];
            ev[c].next = e->child;
            e->child = c;
            if (depth > 0)
                top = ev[stack[depth - 1]];
        }
    push:
        stack[depth++] = i;
        top = *e;
    }
    run->root = IMW_NO_EVENT;
    while (depth > 0) { /* what is left are the top-level events */
        uint32_t c = stack[--depth];
        ev[c].next = run->root;
        run->root = c;
    }
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
        uint32_t m = run->entered[r];
        if (m <= run->pos_base || m - run->pos_base - 1 > at ||
            run->closed[r] > m)
            continue;
        if (imw_leniency_name(r))
            continue; /* an extra reading for real servers: name the rule */
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
