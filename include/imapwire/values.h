/* imapwire — value helpers: modified UTF-7 mailbox names (RFC 3501
 * §5.1.3), mailbox name hierarchy (INBOX, split, join, safe local names)
 * and IMAP dates (RFC 3501 date, date-time).  Sequence sets have their
 * own header, imapwire/seqset.h.  Part of the public API.
 *
 * Every function here runs in time linear in its input, never allocates
 * and writes only into the caller's buffers. */
#ifndef IMAPWIRE_VALUES_H
#define IMAPWIRE_VALUES_H

#include <stddef.h>
#include <stdint.h>

#include "imapwire/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Why a value was refused.  The functions return an imw_error
 * (IMW_ERR_SYNTAX for bad input) and, when the caller passes a
 * struct imw_value_error, say which rule the input broke and where. */
enum imw_value_reason {
    IMW_VALUE_OK = 0,
    /* modified UTF-7 input */
    IMW_MUTF7_8BIT,              /* an octet >= 0x80 */
    IMW_MUTF7_CONTROL,           /* an octet 0x00-0x1F or 0x7F sent directly */
    IMW_MUTF7_BAD_BASE64,        /* in a shift, neither base64 nor "-" ("/" too) */
    IMW_MUTF7_UNTERMINATED,      /* input ended inside a shift */
    IMW_MUTF7_EMPTY_SHIFT,       /* a shift holding no whole UTF-16 unit */
    IMW_MUTF7_PARTIAL_UNIT,      /* base64 left over after the last unit */
    IMW_MUTF7_NONZERO_PADDING,   /* the bits after the last unit are not 0 */
    IMW_MUTF7_ENCODED_ASCII,     /* U+0020-U+007E encoded (must be direct) */
    IMW_MUTF7_ENCODED_NUL,       /* U+0000 encoded */
    IMW_MUTF7_LONE_HIGH_SURROGATE, /* high surrogate without a low one */
    IMW_MUTF7_LONE_LOW_SURROGATE,  /* low surrogate first (or reversed pair) */
    IMW_MUTF7_ADJACENT_SHIFTS,   /* "&...-&...-": must be one shift */
    /* UTF-8 input */
    IMW_UTF8_INVALID,            /* not a lead octet, or a bad continuation */
    IMW_UTF8_TRUNCATED,          /* input ended inside a sequence */
    IMW_UTF8_OVERLONG,           /* a longer form than needed */
    IMW_UTF8_SURROGATE,          /* U+D800-U+DFFF */
    IMW_UTF8_TOO_LARGE,          /* above U+10FFFF */
    IMW_UTF8_NUL,                /* U+0000: not allowed in a mailbox name */
    /* dates */
    IMW_DATE_LENGTH,             /* wrong length for the form */
    IMW_DATE_QUOTE,              /* an opening quote without a closing one */
    IMW_DATE_SEPARATOR,          /* "-", " " or ":" expected */
    IMW_DATE_DAY,                /* not a day, or not in 1..days of the month */
    IMW_DATE_MONTH,              /* not Jan..Dec (any case) / not 1..12 */
    IMW_DATE_YEAR,               /* not 4 digits / not 0..9999 */
    IMW_DATE_HOUR,               /* not 00-23 */
    IMW_DATE_MINUTE,             /* not 00-59 */
    IMW_DATE_SECOND,             /* not 00-60 (60: leap second) */
    IMW_DATE_ZONE,               /* not +HHMM/-HHMM with HH <= 23, MM <= 59 */
    /* sequence sets (imapwire/seqset.h) */
    IMW_SEQ_EMPTY,               /* no text at all */
    IMW_SEQ_EMPTY_ITEM,          /* leading, double or trailing "," */
    IMW_SEQ_ZERO,                /* the number 0 (numbers start at 1) */
    IMW_SEQ_LEADING_ZERO,        /* "07": nz-number has no leading 0 */
    IMW_SEQ_OVERFLOW,            /* a number above 4294967295 */
    IMW_SEQ_NUMBER_EXPECTED,     /* a number or "*" missing (":" first/last) */
    IMW_SEQ_BAD_CHAR,            /* an octet that cannot stand there */
    IMW_SEQ_SAVED_RESULT,        /* "$" not alone, or where not allowed */
    /* mailbox names as local file names (imw_mailbox_safe_local_name) */
    IMW_NAME_EMPTY_COMPONENT,    /* an empty name, or delimiters in a row/at an end */
    IMW_NAME_DOT_COMPONENT,      /* a component "." or ".." */
    IMW_NAME_SLASH,              /* "/" that is not the delimiter */
    IMW_NAME_CONTROL             /* an octet 0x00-0x1F or 0x7F */
};

/* Where and why.  `offset` is the index in the input of the first octet
 * that broke the rule; exceptions: a wrong date length gives the input's
 * length, an unterminated or empty shift gives its "&", a lone high
 * surrogate the base64 digit that completed it, and imw_datetime_check()
 * gives 0. */
struct imw_value_error {
    enum imw_value_reason reason;
    size_t offset;
};

/* A static English description of a reason ("unknown reason" otherwise). */
IMW_API const char *imw_value_reason_text(enum imw_value_reason reason);

/* ---- modified UTF-7 (RFC 3501 §5.1.3) -----------------------------------
 *
 * Both converters are snprintf-style.  They always compute the length of
 * the whole result into *out_len and write octets into `out` only while
 * they fit in `out_cap`; they return 0 when the input is valid, even when
 * the result did not fit.  The caller compares: *out_len > out_cap means
 * "call again with a buffer of *out_len octets" (`out` then holds a
 * prefix that must not be used).  A NULL `out` counts as out_cap 0,
 * for a size query.
 * The result is not NUL-terminated.
 *
 * Invalid input returns IMW_ERR_SYNTAX and, if `err` is not NULL, fills
 * it; *out_len and `out` are then unspecified.  NULL `in` (with len > 0)
 * or `out_len` returns IMW_ERR_INVALID_ARGUMENT. */

/* Decodes a modified UTF-7 name into UTF-8.  Only the canonical form is
 * accepted, so that one name has one spelling: every octet printable
 * US-ASCII; "&-" for "&"; a shift "&" base64 "-" (with "," for "/")
 * holds whole UTF-16 units, zero padding, no printable ASCII and no NUL,
 * only paired surrogates, and never directly follows another shift. */
IMW_API int imw_mutf7_to_utf8(const uint8_t *in, size_t len, uint8_t *out,
                              size_t out_cap, size_t *out_len,
                              struct imw_value_error *err);

/* Encodes UTF-8 into canonical modified UTF-7.  Refuses invalid UTF-8
 * (overlong forms, surrogates, > U+10FFFF, truncated sequences) and NUL. */
IMW_API int imw_utf8_to_mutf7(const uint8_t *in, size_t len, uint8_t *out,
                              size_t out_cap, size_t *out_len,
                              struct imw_value_error *err);

/* Output sizes that always suffice, for callers that size a buffer once.
 * Encoding: the worst case is a control character and "&" in turn
 * ("&AAE-&-": 7 octets for 2).  Decoding: a shift's base64 carries 16
 * bits, at most 3 UTF-8 octets, per 8/3 octets. */
#define IMW_MUTF7_ENCODED_MAX(utf8_len) (((utf8_len) * 7 + 3) / 2)
#define IMW_MUTF7_DECODED_MAX(mutf7_len) ((mutf7_len) + (mutf7_len) / 8 + 1)

/* 1 when `in` is valid canonical modified UTF-7 (what imw_mutf7_to_utf8()
 * accepts), 0 otherwise. */
IMW_API int imw_mutf7_is_canonical(const uint8_t *in, size_t len);

/* ---- mailbox names: INBOX and the hierarchy ------------------------------
 *
 * These work on the octets of a name in either form (modified UTF-7 as
 * sent, or UTF-8 after imw_mutf7_to_utf8()): the hierarchy delimiter is
 * one US-ASCII octet, which never occurs inside a UTF-8 sequence, nor
 * inside a modified UTF-7 shift unless it is a letter, a digit, "+" or
 * "," (which no server uses as a delimiter).
 * A delimiter 0 means a flat namespace (LIST's NIL delimiter): the name
 * is one component. */

/* 1 when the name is INBOX in any case ("inbox", "InBoX"), the one name
 * RFC 3501 §5.1 makes case-insensitive; 0 otherwise. */
IMW_API int imw_mailbox_is_inbox(const uint8_t *name, size_t len);

/* Walks the components of a name: "a/b/c" with "/" gives "a", "b", "c";
 * every delimiter splits, so "a//b" gives "a", "", "b", "/a" gives "",
 * "a" and the empty name gives one empty component.  The name must stay
 * alive during the walk. */
struct imw_mailbox_iter {
    const uint8_t *name; /* private */
    size_t len, at;      /* private */
    uint8_t delim;       /* private */
    int done;            /* private */
};

IMW_API void imw_mailbox_iter_init(struct imw_mailbox_iter *it,
                                   const uint8_t *name, size_t len,
                                   uint8_t delim);

/* Stores the next component (a slice of the name) in *component and
 * returns 1, or returns 0 when there is none left. */
IMW_API int imw_mailbox_iter_next(struct imw_mailbox_iter *it,
                                  imw_bytes *component);

/* Joins `count` components with `delim`, snprintf-style like
 * imw_datetime_format(): at most cap - 1 octets and a NUL when cap > 0,
 * returns the length of the whole name.  The inverse of the walk above:
 * a component holding the delimiter, more than one component in a flat
 * namespace (delim 0) or count 0 is IMW_ERR_INVALID_ARGUMENT; a name
 * longer than INT_MAX is IMW_ERR_NUMBER_RANGE. */
IMW_API int imw_mailbox_join(const imw_bytes *components, size_t count,
                             uint8_t delim, char *out, size_t cap);

/* 0 when a UTF-8 name (from imw_mutf7_to_utf8()) can be used as a
 * relative local path, one directory per component, without leaving the
 * directory it starts in: valid UTF-8 (no NUL), no control octet
 * (0x00-0x1F, 0x7F), no "/" except as the delimiter, no component "."
 * or "..", no empty component (so no empty name, no leading, trailing
 * or doubled delimiter).  Otherwise IMW_ERR_SYNTAX with `err` (optional)
 * giving the first rule broken, left to right, and its offset: the
 * octet for control, "/" and UTF-8 faults, the start of the component
 * for "." and ".." and for an empty component.  IMW_ERR_INVALID_ARGUMENT
 * for NULL `name` with len > 0 or a delimiter that is a control or
 * non-ASCII octet. */
IMW_API int imw_mailbox_safe_local_name(const uint8_t *name, size_t len,
                                        uint8_t delim,
                                        struct imw_value_error *err);

/* ---- dates (RFC 3501 date, date-time) ------------------------------------ */

/* A calendar date and wall-clock time with its UTC offset.  A value from
 * imw_date_parse() has time and zone 0. */
struct imw_datetime {
    int year;         /* 0..9999 */
    int month;        /* 1..12 */
    int day;          /* 1..days in the month */
    int hour;         /* 0..23 */
    int minute;       /* 0..59 */
    int second;       /* 0..60 */
    int zone_minutes; /* offset from UTC: "-0700" -> -420; |.| <= 23*60+59 */
};

/* Parses a date-time, "dd-Mon-yyyy hh:mm:ss +zzzz" (26 octets, day "dd"
 * or " d"), or the same inside double quotes (28 octets).  Month names
 * are case-insensitive.  "-0000" reads as zone 0 (and is formatted
 * "+0000").  Returns 0, or IMW_ERR_SYNTAX with `err` (optional) naming
 * the field; *out is written only on success. */
IMW_API int imw_datetime_parse(const uint8_t *s, size_t len,
                               struct imw_datetime *out,
                               struct imw_value_error *err);

/* Parses a SEARCH date, "d-Mon-yyyy" or "dd-Mon-yyyy", optionally inside
 * double quotes.  Time and zone are set to 0; *out is written only on
 * success. */
IMW_API int imw_date_parse(const uint8_t *s, size_t len,
                           struct imw_datetime *out,
                           struct imw_value_error *err);

/* 0 when every field is in range (see struct imw_datetime), else
 * IMW_ERR_INVALID_ARGUMENT with `err` (offset 0) naming the field. */
IMW_API int imw_datetime_check(const struct imw_datetime *dt,
                               struct imw_value_error *err);

/* Writes the date-time token with its quotes, "\"dd-Mon-yyyy hh:mm:ss
 * +zzzz\"" (28 octets; day always two digits, so " 1-..." is written
 * "01-..."), snprintf-style: writes at most cap - 1 octets and a NUL when
 * cap > 0, returns the length of the whole token (28), or
 * IMW_ERR_INVALID_ARGUMENT for an out-of-range field. */
IMW_API int imw_datetime_format(const struct imw_datetime *dt, char *out,
                                size_t cap);

/* Writes a SEARCH date, "d-Mon-yyyy" without quotes or leading zero (as
 * in RFC 3501's examples), snprintf-style like imw_datetime_format().
 * Time and zone are ignored. */
IMW_API int imw_date_format(const struct imw_datetime *dt, char *out,
                            size_t cap);

/* Seconds since 1970-01-01T00:00:00Z (proleptic Gregorian calendar; a
 * leap second 60 counts as the next minute's 00).  INT64_MIN when
 * imw_datetime_check() refuses `dt`. */
IMW_API int64_t imw_datetime_to_unix(const struct imw_datetime *dt);

/* The local date-time at UTC offset `zone_minutes` of Unix time `t`.
 * Returns 0, IMW_ERR_INVALID_ARGUMENT for a zone beyond +-23:59 or NULL
 * `out`, IMW_ERR_NUMBER_RANGE when the local year is not 0..9999. */
IMW_API int imw_datetime_from_unix(int64_t t, int zone_minutes,
                                   struct imw_datetime *out);

#ifdef __cplusplus
}
#endif
#endif /* IMAPWIRE_VALUES_H */
