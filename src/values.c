/* What the value helpers share: their error reporting. */
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
    }
    return "unknown reason";
}
