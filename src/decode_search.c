/* SEARCH and SORT (numbers, RFC 7162's MODSEQ), VANISHED (UID ranges).
 *
 * A SEARCH may hold millions of numbers: each is one nz-number event, a
 * child of the data node, and the decoder walks those children twice
 * (count, then fill): linear, one array in the arena. */
#include <string.h>
#include "decode_mailbox.h"

int imw_dec_search(struct imw_decoder *d, enum imw_response_kind kind,
                   struct imw_response *out)
{
    imw_node data = imw_dec_data_node(d);
    struct imw_search *search = imw_dec_alloc(d, 1, sizeof *search);
    if (!search)
        return d->error;
    out->kind = kind;
    out->u.search = search;
    size_t n = imw_dec_count(d, data, IMW_RULE_NZ_NUMBER), i = 0;
    uint32_t *numbers = imw_dec_alloc(d, n, sizeof *numbers);
    if (n && !numbers)
        return d->error;
    IMW_FOR_CHILDREN(d, data, c) {
        const struct imw_event *e = imw_dec_ev(d, c);
        if (e->rule == IMW_RULE_NZ_NUMBER) {
            if (imw_dec_u32(d, e->start, e->end, "nz-number", &numbers[i++]) < 0)
                return d->error;
        } else if (e->rule == IMW_RULE_MOD_SEQUENCE_VALUE) {
            /* search-sort-mod-seq "(MODSEQ n)": the only modseq inside */
            if (imw_dec_modseq(d, e->start, e->end, &search->modseq) < 0)
                return d->error;
            search->has_modseq = 1;
        }
    }
    search->numbers = numbers;
    search->count = n;
    return 0;
}

/* "VANISHED" [SP "(EARLIER)"] SP known-uids */
int imw_dec_vanished(struct imw_decoder *d, struct imw_response *out)
{
    imw_node data = imw_dec_data_node(d);
    imw_node set = imw_dec_find(d, data, IMW_RULE_SEQUENCE_SET, IMW_ANY_START);
    struct imw_vanished *v = imw_dec_alloc(d, 1, sizeof *v);
    if (!v)
        return d->error;
    out->kind = IMW_RESP_VANISHED;
    out->u.vanished = v;
    if (set == IMW_NO_EVENT)
        return imw_dec_fail(d, IMW_ERR_DECODE, 2, "known-uids",
                            "no sequence-set event");
    const struct imw_event *e = imw_dec_ev(d, set);
    /* the grammar allows only " (EARLIER)" between keyword and SP set */
    v->earlier = e->start != 2 + out->name.len + 1;
    if (imw_dec_seq_set(d, e->start, e->end, &v->uids) < 0)
        return d->error;
    for (size_t i = 0; i < v->uids.count; i++) {
        if (v->uids.ranges[i].first != IMW_SEQ_STAR &&
            v->uids.ranges[i].last != IMW_SEQ_STAR)
            continue;
        const uint8_t *s = imw_dec_bytes(d);
        size_t star = (size_t)((const uint8_t *)memchr(s + e->start, '*',
                                                       e->end - e->start) - s);
        return imw_dec_fail(d, IMW_ERR_SYNTAX, star, "known-uids",
                            "\"*\" is not a UID (RFC 7162 known-uids)");
    }
    return 0;
}
