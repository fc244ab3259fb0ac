/* What the value helpers share: their error reporting and UTF-8 reading. */
#include <limits.h>

#include "value_error.h"

int imw_value_fail(struct imw_value_error *err, int code,
                   enum imw_value_reason reason, size_t offset)
{
    if (err) {
        err->reason = reason;
        err->offset = offset;
    }
    return code;
}

/* Reads the UTF-8 sequence at in[i]: its code point and length, or the
 * reason and offset it is refused. */
int imw_utf8_next(const uint8_t *in, size_t len, size_t i, uint32_t *cp,
                  size_t *n, struct imw_value_error *err)
{
    uint8_t b = in[i];
    uint32_t min, c;
    size_t need, k;

    if (b < 0x80) {
        *cp = b;
        *n = 1;
        return 0;
    }
    if (b < 0xC0 || b >= 0xF8)
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_UTF8_INVALID, i);
    if (b < 0xE0) {
        need = 1, min = 0x80, c = b & 0x1F;
    } else if (b < 0xF0) {
        need = 2, min = 0x800, c = b & 0x0F;
    } else {
        need = 3, min = 0x10000, c = b & 0x07;
    }
    for (k = 1; k <= need; k++) {
        if (i + k == len)
            return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_UTF8_TRUNCATED, i);
        if ((in[i + k] & 0xC0) != 0x80)
            return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_UTF8_INVALID, i + k);
        c = (c << 6) | (in[i + k] & 0x3F);
    }
    if (c < min)
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_UTF8_OVERLONG, i);
    if (c >= 0xD800 && c <= 0xDFFF)
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_UTF8_SURROGATE, i);
    if (c > 0x10FFFF)
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_UTF8_TOO_LARGE, i);
    *cp = c;
    *n = need + 1;
    return 0;
}

void imw_text_put(struct imw_text_sink *t, const char *s, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++, t->len++)
        if (t->len + 1 < t->cap)
            t->out[t->len] = s[i];
}

int imw_text_finish(struct imw_text_sink *t)
{
    if (t->cap > 0)
        t->out[t->len < t->cap ? t->len : t->cap - 1] = '\0';
    if (t->len > INT_MAX)
        return IMW_ERR_NUMBER_RANGE;
    return (int)t->len;
}

const char *imw_value_reason_text(enum imw_value_reason reason)
{
    switch (reason) {
    case IMW_VALUE_OK:              return "valid";
    case IMW_MUTF7_8BIT:            return "octet above 0x7F in modified UTF-7";
    case IMW_MUTF7_CONTROL:         return "control octet sent directly in modified UTF-7";
    case IMW_MUTF7_BAD_BASE64:      return "octet in a modified UTF-7 shift is neither base64 nor \"-\"";
    case IMW_MUTF7_UNTERMINATED:    return "modified UTF-7 shift without its closing \"-\"";
    case IMW_MUTF7_EMPTY_SHIFT:     return "modified UTF-7 shift holds no whole UTF-16 unit";
    case IMW_MUTF7_PARTIAL_UNIT:    return "modified UTF-7 shift ends with an incomplete UTF-16 unit";
    case IMW_MUTF7_NONZERO_PADDING: return "modified UTF-7 shift has non-zero padding bits";
    case IMW_MUTF7_ENCODED_ASCII:   return "printable US-ASCII encoded in a modified UTF-7 shift";
    case IMW_MUTF7_ENCODED_NUL:     return "NUL encoded in a modified UTF-7 shift";
    case IMW_MUTF7_LONE_HIGH_SURROGATE: return "high surrogate not followed by a low surrogate";
    case IMW_MUTF7_LONE_LOW_SURROGATE:  return "low surrogate not preceded by a high surrogate";
    case IMW_MUTF7_ADJACENT_SHIFTS: return "two adjacent modified UTF-7 shifts (must be one)";
    case IMW_UTF8_INVALID:          return "invalid UTF-8 octet";
    case IMW_UTF8_TRUNCATED:        return "UTF-8 sequence cut short";
    case IMW_UTF8_OVERLONG:         return "overlong UTF-8 sequence";
    case IMW_UTF8_SURROGATE:        return "UTF-8 encodes a surrogate";
    case IMW_UTF8_TOO_LARGE:        return "UTF-8 encodes a code point above U+10FFFF";
    case IMW_UTF8_NUL:              return "NUL in a mailbox name";
    case IMW_DATE_LENGTH:           return "wrong length for a date";
    case IMW_DATE_QUOTE:            return "date quote not closed";
    case IMW_DATE_SEPARATOR:        return "date separator expected";
    case IMW_DATE_DAY:              return "day not valid for the month";
    case IMW_DATE_MONTH:            return "month not Jan..Dec";
    case IMW_DATE_YEAR:             return "year not four digits";
    case IMW_DATE_HOUR:             return "hour not 00-23";
    case IMW_DATE_MINUTE:           return "minute not 00-59";
    case IMW_DATE_SECOND:           return "second not 00-60";
    case IMW_DATE_ZONE:             return "zone not +HHMM or -HHMM (HH <= 23, MM <= 59)";
    case IMW_SEQ_EMPTY:             return "empty sequence set";
    case IMW_SEQ_EMPTY_ITEM:        return "empty item in a sequence set (\",\" first, last or twice)";
    case IMW_SEQ_ZERO:              return "0 in a sequence set (numbers start at 1)";
    case IMW_SEQ_LEADING_ZERO:      return "number with a leading 0 in a sequence set";
    case IMW_SEQ_OVERFLOW:          return "number above 4294967295 in a sequence set";
    case IMW_SEQ_NUMBER_EXPECTED:   return "number or \"*\" expected in a sequence set";
    case IMW_SEQ_BAD_CHAR:          return "octet not allowed here in a sequence set";
    case IMW_SEQ_SAVED_RESULT:      return "\"$\" not alone or not allowed here";
    case IMW_NAME_EMPTY_COMPONENT:  return "empty mailbox name component";
    case IMW_NAME_DOT_COMPONENT:    return "mailbox name component \".\" or \"..\"";
    case IMW_NAME_SLASH:            return "\"/\" in a mailbox name that is not the delimiter";
    case IMW_NAME_CONTROL:          return "control octet in a mailbox name";
    }
    return "unknown reason";
}

int imw_is_base64(const uint8_t *s, size_t len)
{
    size_t pad = 0;
    if (len % 4)
        return 0;
    for (size_t i = 0; i < len; i++) {
        uint8_t c = s[i];
        int digit = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                    (c >= '0' && c <= '9') || c == '+' || c == '/';
        if (c == '=' && i + 2 >= len)
            pad++;
        else if (!digit || pad)
            return 0; /* "=" only at the end */
    }
    return pad < 3;
}
