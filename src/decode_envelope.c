/* ENVELOPE (RFC 3501 §7.4.2), in a FETCH response and inside a
 * MESSAGE/RFC822 body part.
 *
 * The envelope machine has validated the span, so the decoder reads it
 * with a cursor in one pass instead of taking each field from an event:
 * an envelope of eight addresses used to record about fifty events, each
 * dearer than the bytes it names.  The only events left inside are the
 * literals' (their data comes from the framer's literal spans, never from
 * a scan: a literal may hold any octet) and the leniency events, which
 * strict mode refuses by themselves.
 *
 *   envelope = "(" date SP subject SP from SP sender SP reply-to SP to SP
 *              cc SP bcc SP in-reply-to SP message-id ")"
 *   list     = "(" 1*address ")" / NIL / "()" (lenient-empty-address-list)
 *   address  = "(" name SP adl SP mailbox SP host ")"
 *   field    = NIL / quoted / literal
 *
 * Nothing here re-checks the grammar; a byte the cursor does not expect
 * (which would be a disagreement between grammar and decoder) fails with
 * IMW_ERR_DECODE naming `envelope`, and no read goes past the span. */
#include <string.h>
#include "decode_fetch.h"
#include "hints.h"

/* Addresses of the whole envelope are read into this many slots on the
 * stack, then copied with the envelope into one arena allocation at their
 * exact count; a list that does not fit in the slots left grows in the
 * arena instead (doubling, so the copies stay linear). */
enum { LOCAL_ADDRESSES = 32, ADDRESS_LISTS = 6 };

/* The cursor's position is passed and returned by value (IMW_DEC_FAILED
 * when a read failed), and the message and the span's end are passed
 * along with it, not read through `struct env_cur`: each value read is
 * stored through a pointer, which to the compiler may alias the struct's
 * fields, so that they would be loaded again after each store. */
struct env_cur {
    struct imw_decoder *d;
    const uint8_t *s;
    size_t end; /* just past the envelope's ")" */
    struct imw_address *local; /* LOCAL_ADDRESSES slots */
    size_t used;               /* slots taken by the lists read so far */
    /* the lists whose items are in `local`, from slot local_at[i] on */
    struct imw_address_list *in_local[ADDRESS_LISTS];
    size_t local_at[ADDRESS_LISTS];
    size_t lists_in_local;
};

#define FAILED IMW_DEC_FAILED

static IMW_COLD size_t fail(struct imw_decoder *d, size_t at,
                            const char *reason)
{
    imw_dec_fail(d, IMW_ERR_DECODE, at, "envelope", reason);
    return FAILED;
}

/* The octet at `at` of `s` is `ch`; false at the span's `end` and for
 * FAILED (which is past every end). */
static IMW_ALWAYS_INLINE int octet_is(const uint8_t *s, size_t at, size_t end,
                                      uint8_t ch)
{
    return at < end && s[at] == ch;
}

/* After a value read to `at`: past the SP there, or the error (kept when
 * the read itself failed). */
static IMW_ALWAYS_INLINE size_t sp_after(struct imw_decoder *d,
                                         const uint8_t *s, size_t at,
                                         size_t end)
{
    if (IMW_LIKELY(octet_is(s, at, end, ' ')))
        return at + 1;
    return at == FAILED ? FAILED : fail(d, at, "SP expected");
}

/* nstring: NIL is { NULL, 0 }; an empty string is not (the reader of
 * the cursors over a validated span, src/decode.h). */
static IMW_ALWAYS_INLINE size_t nstring(struct imw_decoder *d,
                                        const uint8_t *s, size_t at,
                                        size_t end, imw_bytes *out)
{
    return imw_dec_nstring_next(d, s, at, end, 1, "envelope", out);
}

/* nstring followed by SP. */
static IMW_ALWAYS_INLINE size_t nstring_sp(struct imw_decoder *d,
                                           const uint8_t *s, size_t at,
                                           size_t end, imw_bytes *out)
{
    return sp_after(d, s, nstring(d, s, at, end, out), end);
}

static IMW_ALWAYS_INLINE size_t address(struct imw_decoder *d,
                                        const uint8_t *s, size_t at,
                                        size_t end, struct imw_address *a)
{
    if (!octet_is(s, at, end, '('))
        return fail(d, at, "address expected");
    at = nstring_sp(d, s, at + 1, end, &a->name);
    if (at != FAILED)
        at = nstring_sp(d, s, at, end, &a->adl);
    if (at != FAILED)
        at = nstring_sp(d, s, at, end, &a->mailbox);
    if (at != FAILED)
        at = nstring(d, s, at, end, &a->host);
    if (at == FAILED)
        return FAILED;
    if (!octet_is(s, at, end, ')'))
        return fail(d, at, "end of address expected");
    if (a->host.ptr)
        a->kind = IMW_ADDR_ADDRESS;
    else
        a->kind = a->mailbox.ptr ? IMW_ADDR_GROUP_START : IMW_ADDR_GROUP_END;
    return at + 1;
}

/* A list's array full at `count` items, grown: the stack slots first,
 * then an arena array that doubles (the old array stays in the arena: at
 * most as much again).  Returns 0 or the error. */
static IMW_NOINLINE int grow_slots(struct imw_decoder *d,
                                   struct imw_address **items, size_t count,
                                   size_t *cap)
{
    size_t bigger_cap = *cap < 8 ? 16 : 2 * *cap;
    struct imw_address *bigger = imw_dec_alloc(d, bigger_cap, sizeof *bigger);
    if (!bigger)
        return d->error;
    memcpy(bigger, *items, count * sizeof *bigger);
    *items = bigger;
    *cap = bigger_cap;
    return 0;
}

/* 1*address ")" (after the list's "(" at `at`), into out: in the stack
 * slots left (placed by imw_dec_envelope() once the envelope is read),
 * or when they run out in the arena.  Returns the position after the
 * ")". */
static IMW_ALWAYS_INLINE size_t addresses(struct env_cur *c, size_t at,
                                          struct imw_address_list *out)
{
    struct imw_decoder *d = c->d;
    const uint8_t *s = c->s;
    size_t end = c->end;
    struct imw_address *local = c->local + c->used;
    struct imw_address *items = local;
    size_t count = 0, cap = LOCAL_ADDRESSES - c->used;
    while (!octet_is(s, at, end, ')')) {
        if (IMW_UNLIKELY(count == cap) &&
            grow_slots(d, &items, count, &cap) < 0)
            return FAILED;
        at = address(d, s, at, end, &items[count]); /* sets every field */
        if (at == FAILED)
            return FAILED;
        count++;
    }
    if (items == local) {
        c->in_local[c->lists_in_local] = out;
        c->local_at[c->lists_in_local++] = c->used;
        c->used += count;
    } else {
        out->items = items;
    }
    out->count = count;
    return at + 1;
}

/* "(" 1*address ")" / NIL / "()", followed by SP. */
static IMW_NOINLINE size_t address_list_sp(struct env_cur *c, size_t at,
                                           struct imw_address_list *out)
{
    const uint8_t *s = c->s;
    size_t end = c->end;
    out->items = NULL;
    out->count = 0;
    out->is_nil = 0;
    if (octet_is(s, at, end, '(')) {
        at++;
        if (octet_is(s, at, end, ')')) /* lenient-empty-address-list: */
            at++;                      /* its event tells strict mode */
        else if ((at = addresses(c, at, out)) == FAILED)
            return FAILED;
    } else if (end - at >= 3 && imw_dec_nil_at(s, at)) {
        at += 3;
        out->is_nil = 1;
    } else {
        return fail(c->d, at, "address list expected");
    }
    return sp_after(c->d, s, at, end);
}

/* The envelope's fields from its "(" at `at`; 0 or the error. */
static int fields(struct env_cur *c, size_t at, struct imw_envelope *env)
{
    struct imw_decoder *d = c->d;
    const uint8_t *s = c->s;
    size_t end = c->end;
    if (!octet_is(s, at, end, '('))
        return (int)(fail(d, at, "envelope expected"), d->error);
    at = nstring_sp(d, s, at + 1, end, &env->date);
    if (at != FAILED)
        at = nstring_sp(d, s, at, end, &env->subject);
    struct imw_address_list *lists[] = { &env->from, &env->sender,
                                         &env->reply_to, &env->to,
                                         &env->cc, &env->bcc };
    for (size_t i = 0; i < sizeof lists / sizeof lists[0] && at != FAILED; i++)
        at = address_list_sp(c, at, lists[i]);
    if (at != FAILED)
        at = nstring_sp(d, s, at, end, &env->in_reply_to);
    if (at != FAILED)
        at = nstring(d, s, at, end, &env->message_id);
    if (at == FAILED)
        return d->error;
    if (!octet_is(s, at, end, ')'))
        return (int)(fail(d, at, "end of envelope expected"), d->error);
    at++;
    return at == end ? 0 : (int)(fail(d, at, "bytes after the envelope"), d->error);
}

/* The envelope read into `env`, with the addresses still in the stack
 * slots, into one arena allocation: the envelope, then those addresses
 * (both copied whole, so the memory is not zeroed first). */
static int place(struct env_cur *c, struct imw_envelope *env,
                 const struct imw_envelope **out)
{
    struct imw_envelope *copy = imw_arena_take(
        c->d->arena, sizeof *copy + c->used * sizeof *c->local);
    if (!copy) {
        imw_dec_nomem(c->d);
        return c->d->error;
    }
    struct imw_address *addrs = (struct imw_address *)(void *)(copy + 1);
    if (c->used)
        memcpy(addrs, c->local, c->used * sizeof *addrs);
    for (size_t i = 0; i < c->lists_in_local; i++) /* lists of `env` */
        c->in_local[i]->items = addrs + c->local_at[i];
    memcpy(copy, env, sizeof *copy);
    *out = copy;
    return 0;
}

int imw_dec_envelope(struct imw_decoder *d, imw_node n,
                     const struct imw_envelope **out)
{
    const struct imw_event *e = imw_dec_ev(d, n);
    struct imw_address local[LOCAL_ADDRESSES];
    struct env_cur c = { d, imw_dec_bytes(d), e->end, local, 0, { NULL },
                         { 0 }, 0 };
    struct imw_envelope env;
    env.raw = imw_dec_span(d, n);
    if (fields(&c, e->start, &env) < 0)
        return d->error;
    return place(&c, &env, out);
}
