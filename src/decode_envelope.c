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

struct env_cur {
    struct imw_decoder *d;
    const uint8_t *s;
    size_t at;
    size_t end; /* just past the envelope's ")" */
    struct imw_address *local; /* LOCAL_ADDRESSES slots */
    size_t used;               /* slots taken by the lists read so far */
    /* the lists whose items are in `local`, from slot local_at[i] on */
    struct imw_address_list *in_local[ADDRESS_LISTS];
    size_t local_at[ADDRESS_LISTS];
    size_t lists_in_local;
};

static IMW_COLD int fail(struct env_cur *c, const char *reason)
{
    return imw_dec_fail(c->d, IMW_ERR_DECODE, c->at, "envelope", reason);
}

static int peek(const struct env_cur *c)
{
    return c->at < c->end ? c->s[c->at] : -1;
}

static int expect(struct env_cur *c, uint8_t ch, const char *reason)
{
    if (peek(c) != ch)
        return fail(c, reason);
    c->at++;
    return 0;
}

static int is_nil_at(const struct env_cur *c)
{
    return c->end - c->at >= 3 && (c->s[c->at] | 0x20) == 'n' &&
           (c->s[c->at + 1] | 0x20) == 'i' && (c->s[c->at + 2] | 0x20) == 'l';
}

/* nstring: NIL is { NULL, 0 }; an empty string is not (the reader of
 * every cursor over a validated span, src/decode.c). */
static IMW_ALWAYS_INLINE int nstring(struct env_cur *c, imw_bytes *out)
{
    return imw_dec_nstring_at(c->d, &c->at, c->end, 1, "envelope", out);
}

/* nstring followed by SP. */
static IMW_ALWAYS_INLINE int nstring_sp(struct env_cur *c, imw_bytes *out)
{
    if (nstring(c, out) < 0)
        return c->d->error;
    return expect(c, ' ', "SP expected");
}

static int address(struct env_cur *c, struct imw_address *a)
{
    if (expect(c, '(', "address expected") < 0 ||
        nstring_sp(c, &a->name) < 0 || nstring_sp(c, &a->adl) < 0 ||
        nstring_sp(c, &a->mailbox) < 0 || nstring(c, &a->host) < 0 ||
        expect(c, ')', "end of address expected") < 0)
        return c->d->error;
    if (a->host.ptr)
        a->kind = IMW_ADDR_ADDRESS;
    else
        a->kind = a->mailbox.ptr ? IMW_ADDR_GROUP_START : IMW_ADDR_GROUP_END;
    return 0;
}

/* Room for one more address: the stack slots first, then an arena array
 * that doubles (the old array stays in the arena: at most as much again). */
static struct imw_address *next_slot(struct env_cur *c,
                                     struct imw_address **items, size_t count,
                                     size_t *cap)
{
    if (count == *cap) {
        size_t bigger_cap = *cap < 8 ? 16 : 2 * *cap;
        struct imw_address *bigger = imw_dec_alloc(c->d, bigger_cap, sizeof *bigger);
        if (!bigger)
            return NULL;
        memcpy(bigger, *items, count * sizeof *bigger);
        *items = bigger;
        *cap = bigger_cap;
    }
    return &(*items)[count];
}

/* 1*address ")" (after the list's "("), into out: in the stack slots left
 * (placed by imw_dec_envelope() once the envelope is read), or when they
 * run out in the arena. */
static int addresses(struct env_cur *c, struct imw_address_list *out)
{
    struct imw_address *local = c->local + c->used;
    struct imw_address *items = local;
    size_t count = 0, cap = LOCAL_ADDRESSES - c->used;
    while (peek(c) != ')') {
        struct imw_address *a = next_slot(c, &items, count, &cap);
        if (!a || address(c, a) < 0) /* address() sets every field */
            return c->d->error;
        count++;
    }
    c->at++;
    if (items == local) {
        c->in_local[c->lists_in_local] = out;
        c->local_at[c->lists_in_local++] = c->used;
        c->used += count;
    } else {
        out->items = items;
    }
    out->count = count;
    return 0;
}

/* "(" 1*address ")" / NIL / "()", followed by SP. */
static int address_list_sp(struct env_cur *c, struct imw_address_list *out)
{
    out->items = NULL;
    out->count = 0;
    out->is_nil = 0;
    if (peek(c) == '(') {
        c->at++;
        if (peek(c) == ')') /* lenient-empty-address-list: its event */
            c->at++;        /* tells strict mode */
        else if (addresses(c, out) < 0)
            return c->d->error;
    } else if (is_nil_at(c)) {
        c->at += 3;
        out->is_nil = 1;
    } else {
        return fail(c, "address list expected");
    }
    return expect(c, ' ', "SP expected");
}

static int fields(struct env_cur *c, struct imw_envelope *env)
{
    if (expect(c, '(', "envelope expected") < 0 ||
        nstring_sp(c, &env->date) < 0 || nstring_sp(c, &env->subject) < 0 ||
        address_list_sp(c, &env->from) < 0 ||
        address_list_sp(c, &env->sender) < 0 ||
        address_list_sp(c, &env->reply_to) < 0 ||
        address_list_sp(c, &env->to) < 0 ||
        address_list_sp(c, &env->cc) < 0 ||
        address_list_sp(c, &env->bcc) < 0 ||
        nstring_sp(c, &env->in_reply_to) < 0 ||
        nstring(c, &env->message_id) < 0 ||
        expect(c, ')', "end of envelope expected") < 0)
        return c->d->error;
    return c->at == c->end ? 0 : fail(c, "bytes after the envelope");
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
    struct env_cur c = { d, imw_dec_bytes(d), e->start, e->end, local, 0,
                         { NULL }, { 0 }, 0 };
    struct imw_envelope env;
    env.raw = imw_dec_span(d, n);
    if (fields(&c, &env) < 0)
        return d->error;
    return place(&c, &env, out);
}
