/* Internal: keyword classifiers: the response keyword (and a code's name)
 * by a switch on the length (src/keyword_switch.c), the others generated
 * by re2c from src/keywords.re into gen/keywords.c.  All comparisons are
 * ASCII case-insensitive and match the whole slice. */
#ifndef IMW_KEYWORDS_H
#define IMW_KEYWORDS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "imapwire/types.h"
#include "imapwire/mailbox.h"

/* The word that names a server response. */
enum imw_keyword {
    IMW_KW_OTHER = 0,
    IMW_KW_OK, IMW_KW_NO, IMW_KW_BAD, IMW_KW_BYE, IMW_KW_PREAUTH,
    IMW_KW_CAPABILITY, IMW_KW_FLAGS,
    IMW_KW_EXISTS, IMW_KW_RECENT, IMW_KW_EXPUNGE, IMW_KW_FETCH,
    /* mailbox data and the other families, for src/response.c's dispatch */
    IMW_KW_LIST, IMW_KW_LSUB, IMW_KW_STATUS, IMW_KW_SEARCH, IMW_KW_SORT,
    IMW_KW_VANISHED, IMW_KW_ENABLED, IMW_KW_ESEARCH, IMW_KW_THREAD,
    IMW_KW_NAMESPACE, IMW_KW_ID, IMW_KW_QUOTA, IMW_KW_QUOTAROOT, IMW_KW_ACL,
    IMW_KW_LISTRIGHTS, IMW_KW_MYRIGHTS, IMW_KW_METADATA
};

/* The octets s[0..n), n <= 8, as one number in memory order: with n a
 * constant, one or two loads. */
static inline uint64_t imw_load_up_to_8(const void *s, size_t n)
{
    uint64_t v = 0;
    memcpy(&v, s, n);
    return v;
}

/* Octet i of a string literal of n octets at its place in such a number;
 * spelt out below so that the compiler folds a literal into a constant
 * (it folds neither the memcpy nor a loop at -O2). */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define IMW_OCTET_SHIFT(i) (8 * (7 - (i)))
#else
#define IMW_OCTET_SHIFT(i) (8 * (i))
#endif
#define IMW_OCTET(w, i, n) \
    ((i) < (n) ? (uint64_t)(uint8_t)(w)[i] << IMW_OCTET_SHIFT(i) : 0)

static inline uint64_t imw_literal_up_to_8(const char *w, size_t n)
{
#if defined(__BYTE_ORDER__)
    return IMW_OCTET(w, 0, n) | IMW_OCTET(w, 1, n) | IMW_OCTET(w, 2, n) |
           IMW_OCTET(w, 3, n) | IMW_OCTET(w, 4, n) | IMW_OCTET(w, 5, n) |
           IMW_OCTET(w, 6, n) | IMW_OCTET(w, 7, n);
#else
    return imw_load_up_to_8(w, n); /* byte order unknown: at run time */
#endif
}

/* 1 when s[0..n) is `lower` (a string literal of lower-case letters,
 * digits and '-': with n constant, a few loads and compares against
 * constants), letters compared without case: setting bit 5 folds an upper-case letter onto
 * its lower-case form, and only there, as the mask has that bit only
 * where `lower` has a letter (0x61..0x7a: adding 0x1f sets bit 7). */
static inline int imw_word_eq(const uint8_t *s, const char *lower, size_t n)
{
    for (size_t i = 0; i < n; i += 8) {
        size_t k = n - i < 8 ? n - i : 8;
        uint64_t w = imw_literal_up_to_8(lower + i, k);
        uint64_t letters =
            ((w + 0x1f1f1f1f1f1f1f1fu) & 0x8080808080808080u) >> 2;
        if ((imw_load_up_to_8(s + i, k) | letters) != w)
            return 0;
    }
    return 1;
}

enum imw_keyword imw_classify_keyword(const uint8_t *s, size_t n);
enum imw_code_kind imw_classify_code(const uint8_t *s, size_t n);
enum imw_flag_kind imw_classify_flag(const uint8_t *s, size_t n);
/* *mechanism_at receives the offset after '=' for AUTH=, THREAD=,
 * COMPRESS=..., else n. */
enum imw_capability_kind imw_classify_capability(const uint8_t *s, size_t n,
                                                 size_t *mechanism_at);
/* Mailbox data (src/decode_mailbox.c): a LIST attribute with its
 * backslash, a STATUS item name, an RFC 5258 extended item tag. */
enum imw_mailbox_attr_kind imw_classify_mailbox_attr(const uint8_t *s,
                                                     size_t n);
enum imw_status_item_kind imw_classify_status_item(const uint8_t *s, size_t n);
enum imw_list_ext_kind imw_classify_list_ext(const uint8_t *s, size_t n);

#endif /* IMW_KEYWORDS_H */
