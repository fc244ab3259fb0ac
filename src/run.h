/* Internal: one run of a generated Ragel machine over one framed message.
 *
 * The machine validates the message and records events: the span of every
 * rule named by `event` in grammar/bindings.  Entering a rule notes its
 * start in a mark kept per call depth (a rule open across a `call` is
 * entered again inside it, and the outer start must survive); leaving it
 * appends (rule, start, end) with the latest start noted at that depth:
 * several live alternatives may have entered the rule at different offsets
 * (`text` read from "[" and `text` after "] ", say), and the latest is the
 * most specific reading.  Alternatives may also leave one instance at
 * different offsets (see struct imw_mark).  Events of alternatives that died
 * stay in the list; handlers tell them apart by rule and position.  An event
 * that several alternatives produce identically is recorded once.
 *
 * Once the machine accepted the message, imw_run_link() makes the events a
 * tree (parent, first child, next sibling) in one stack pass: events come in
 * the order rules end, children before their parent, so a parent adopts
 * the spans before it that it contains.  Handlers then walk only the
 * children of the node they decode: a message costs time linear in its
 * events. */
#ifndef IMW_RUN_H
#define IMW_RUN_H

#include <stddef.h>
#include <stdint.h>
#include "imapwire/common.h"
#include "framer.h"
#include "hints.h"
#include "imw_rules.h"

/* Fixed depth of the Ragel call stack: the most any nesting limit can be. */
#define IMW_MAX_NESTING 256

/* Offsets are 32-bit: the parser caps the message-size limit below 4 GiB
 * (IMW_MAX_MESSAGE_SIZE) so that no slice can wrap. */
#define IMW_MAX_MESSAGE_SIZE 0xFFFFFFFEu

/* "No event": the end of a child or sibling chain. */
#define IMW_NO_EVENT UINT32_MAX

struct imw_event {
    uint16_t rule;   /* enum imw_rule_id */
    uint32_t start;  /* message offsets: [start, end) */
    uint32_t end;
    uint32_t child;  /* first child, IMW_NO_EVENT if none (after linking) */
    uint32_t next;   /* next sibling, IMW_NO_EVENT if last */
};

/* Starts of one rule at one call depth.  A few suffice: they are the
 * alternatives alive inside one rule.  A close emits an event for every
 * entry and marks it closed, but keeps it: another alternative may still
 * be inside the same instance and close it later (the generic code
 * "BADCHARSET (a" closes before the typed "BADCHARSET (a]b)"; with
 * trailing spaces allowed, "SEARCH 2 3" could end after every number).
 * A later close of the same entry supersedes the earlier event, which
 * becomes a tombstone (rule IMW_RULE_NONE): the longest reading wins, as
 * the alternative that closed early has died.  The next entry retires the
 * closed ones: by then a new instance has begun. */
#define IMW_MARK_ENTRIES 4
struct imw_mark {
    uint32_t gen;    /* run->gen of the message that wrote it; else empty */
    uint16_t count;
    uint16_t closed; /* bit i: at[i] was closed at least once */
    uint32_t at[IMW_MARK_ENTRIES];
    uint32_t ev[IMW_MARK_ENTRIES]; /* closed: index of the event it made */
};

struct imw_run {
    const imw_allocator *alloc;
    const uint8_t *data;  /* the message */
    size_t len;
    const struct imw_literal_span *lits;
    size_t nlits;
    size_t next_lit;      /* literals are met in order */
    size_t skipped_to;    /* literal_skip may fire twice on one octet */

    struct imw_event *ev; /* owned, reused from message to message */
    size_t nev;
    size_t ev_cap;
    /* imw_run_close()'s fast path appends while nev is below this: ev_cap,
     * or 0 for the rest of a message once a close made no event (then
     * every close scans for duplicates; see imw_run_close()). */
    size_t fast_events;
    uint32_t root;        /* first top-level event after linking */
    uint32_t *link_stack; /* imw_run_link's stack, ev_cap entries */

    /* Start marks, one row of IMW_RULE_COUNT per call depth, allocated
     * when a depth is first reached; rows are never cleared: a mark counts
     * only when its gen is the current message's. */
    struct imw_mark **marks;
    size_t mark_rows;
    uint32_t gen;

    /* Per rule, where it was last entered / last left, at any depth, as
     * pos_base + 1 + the offset; a value <= pos_base is an earlier
     * message's (not yet, in this one).  Only for naming the rule of an
     * error: a rule is open while closed <= entered.  The base moves past
     * the last message's values instead of clearing both tables for every
     * message (they are cleared only when the base would wrap). */
    uint32_t entered[IMW_RULE_COUNT];
    uint32_t closed[IMW_RULE_COUNT];
    uint32_t pos_base;
    uint32_t pos_end;     /* above every value the current message can write */
    /* pos_base + 1 - the low 32 bits of data's address: a machine notes
     * the octet at p as (uint32_t)p + pos_bias (IMW_NOTED in
     * src/machine_glue.h), pos_base + 1 + (p - data) in 32 bits. */
    uint32_t pos_bias;

    /* Ragel call stacks: the response machine's, and one for the machine
     * it hands a split-off rule to (msg-att) while its own is pending. */
    int stack[IMW_MAX_NESTING];
    int top;
    int sub_stack[IMW_MAX_NESTING];
    int sub_top;
    int extern_depth;     /* machines entered through IMW_EXTERN, pending */
    int depth_base;       /* top + extern_depth inside a split-off machine */
    unsigned nesting_limit;

    int error;            /* 0 or enum imw_error, set by actions */
    size_t error_at;
    uint16_t error_rule;
};

void imw_run_init(struct imw_run *run, const imw_allocator *alloc);
void imw_run_free(struct imw_run *run);
/* imw_run_start()'s rare cases: the generation counter wrapped (every
 * mark row is cleared), the position base would wrap (entered[] and
 * closed[] are cleared and the base starts over at 0). */
void imw_run_generation_wrapped(struct imw_run *run);
void imw_run_clear_positions(struct imw_run *run);

/* Prepares a run over one frame (inline: once per message).  Marks and
 * positions are not cleared: a new generation and a new position base
 * make the old ones read as "not yet" (see struct imw_run).  A position
 * value is base + 1 + an offset of at most len + 1. */
static inline void imw_run_start(struct imw_run *run,
                                 const struct imw_frame *frame)
{
    run->data = frame->data;
    run->len = frame->len;
    run->lits = frame->literals;
    run->nlits = frame->nliterals;
    run->next_lit = 0;
    run->skipped_to = (size_t)-1;
    run->nev = 0;
    run->fast_events = run->ev_cap;
    run->root = IMW_NO_EVENT;
    if (IMW_UNLIKELY(++run->gen == 0))
        imw_run_generation_wrapped(run);
    if (IMW_UNLIKELY((uint64_t)run->pos_end + frame->len + 2 > UINT32_MAX))
        imw_run_clear_positions(run);
    uint64_t end = (uint64_t)run->pos_end + frame->len + 2;
    run->pos_base = run->pos_end;
    run->pos_bias = run->pos_base + 1u - (uint32_t)(uintptr_t)frame->data;
    /* a message near 4 GiB clamps, and the next one clears the tables */
    run->pos_end = end > UINT32_MAX ? UINT32_MAX : (uint32_t)end;
    run->top = 0;
    run->sub_top = 0;
    run->extern_depth = 0;
    run->depth_base = 0;
    run->error = 0;
    run->error_at = 0;
    run->error_rule = IMW_RULE_NONE;
}

/* A rule entered / left at message offset `at`, at call depth `depth`
 * (the machine's glue says how deep it is: IMW_DEPTH in machine_glue.h). */
void imw_run_open(struct imw_run *run, uint16_t rule, size_t at,
                  unsigned depth);
void imw_run_close(struct imw_run *run, uint16_t rule, size_t at,
                   unsigned depth);

/* Where a rule was last entered / left, for naming an error
 * (imw_run_open_rule), is kept in entered[] / closed[] as pos_base + 1 +
 * the offset.  imw_run_open/close note it too; a name-only rule (`name` in
 * grammar/bindings) has only this, and no event: the machines write it
 * with IMW_NAME_OPEN/CLOSE (src/machine_glue.h, from p and pos_bias). */

/* The close of a `late` rule (grammar/bindings) at `at`: its event spans
 * from where the rule was last entered, as it is never entered again
 * while an entry is alive; one event per octet, as for imw_run_close(). */
void imw_run_late_close(struct imw_run *run, uint16_t rule, size_t at);

/* Whether `rule` was last left at offset `at` of this message. */
static inline int imw_run_closed_at(const struct imw_run *run, uint16_t rule,
                                    size_t at)
{
    return run->closed[rule] == run->pos_base + (uint32_t)at + 1;
}

/* The message offset of a value of entered[] or closed[] (*at); 0 when
 * the value is an earlier message's (written before this one's start). */
static inline int imw_run_noted_offset(const struct imw_run *run,
                                       uint32_t noted, size_t *at)
{
    if (noted <= run->pos_base)
        return 0;
    *at = noted - run->pos_base - 1;
    return 1;
}

/* Where `rule` was last left in this message (*at); 0 if it was not. */
static inline int imw_run_closed_last(const struct imw_run *run,
                                      uint16_t rule, size_t *at)
{
    return imw_run_noted_offset(run, run->closed[rule], at);
}

/* Where `rule` was last entered in this message (*at); 0 if it was not. */
static inline int imw_run_entered_last(const struct imw_run *run,
                                       uint16_t rule, size_t *at)
{
    return imw_run_noted_offset(run, run->entered[rule], at);
}

/* Appends the event (rule, start, end) unless an identical one was just
 * recorded; *index receives the event's index.  Returns 0 or
 * IMW_ERR_NOMEM. */
int imw_run_push_event(struct imw_run *run, uint16_t rule, size_t start,
                       size_t end, uint32_t *index);

/* Links the events of an accepted message into a tree (see above).  Its
 * stack is allocated with the events, so it cannot fail. */
void imw_run_link(struct imw_run *run);

/* Called on the LF of a literal header; returns the offset of the literal's
 * last data octet (or of the LF itself for an empty or streamed literal),
 * so that the machine continues after the data.  Idempotent for a second firing. */
size_t imw_run_literal_skip(struct imw_run *run, size_t at);

/* Sub-machine call bookkeeping: refuses (and records the error) when the
 * nesting limit is reached; `depth` is the calling machine's stack top. */
int imw_run_call_enter(struct imw_run *run, uint16_t rule, size_t at,
                       int depth);

/* The innermost rule that was entered and not left before `at`: the rule
 * an error message names. */
uint16_t imw_run_open_rule(const struct imw_run *run, size_t at);

/* Finds the literal whose header '{' is at message offset `header`. */
const struct imw_literal_span *imw_run_literal_at(const struct imw_run *run,
                                                  size_t header);

#endif /* IMW_RUN_H */
