/* IMAP dates (RFC 3501): `date-time`, as in INTERNALDATE and APPEND, and
 * `date`, as in SEARCH; conversion to and from Unix time.
 *
 *   date-time = DQUOTE date-day-fixed "-" date-month "-" date-year
 *               SP time SP zone DQUOTE
 *   date      = date-text / DQUOTE date-text DQUOTE
 *   date-text = date-day "-" date-month "-" date-year
 *
 * The calendar is the proleptic Gregorian one; years are 0000-9999, what
 * four digits can say. */
#include <stdio.h>
#include <string.h>

#include "imapwire/values.h"
#include "value_error.h"

static const char month_names[12][4] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun",
    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
};

/* The longest zone offset: +-23:59, the most "+HHMM" can say with a
 * valid hour and minute. */
#define MAX_ZONE_MINUTES (23 * 60 + 59)

static int is_leap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static int days_in_month(int year, int month)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30,
                                 31, 31, 30, 31, 30, 31};

    return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

/* ---- parsing ------------------------------------------------------------- */

static int is_digit(uint8_t c)
{
    return c >= '0' && c <= '9';
}

/* The value of `n` digits at s, or -1 when one is not a digit. */
static int read_digits(const uint8_t *s, size_t n)
{
    int v = 0;
    size_t i;

    for (i = 0; i < n; i++) {
        if (!is_digit(s[i]))
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* The key of three octets folded to lower case: "| 0x20" makes a
 * lower-case letter of an ASCII letter and of nothing else, so that the
 * keys of month names match exactly their spellings in any case. */
#define IMW_MONTH_KEY(a, b, c) \
    ((uint32_t)((a) | 0x20) << 16 | (uint32_t)((b) | 0x20) << 8 | \
     (uint32_t)((c) | 0x20))

/* 1..12 for a month name in any case, or -1: one switch on the key
 * instead of twelve comparisons (every INTERNALDATE of a FETCH). */
static int read_month(const uint8_t *s)
{
    switch (IMW_MONTH_KEY(s[0], s[1], s[2])) {
    case IMW_MONTH_KEY('j', 'a', 'n'): return 1;
    case IMW_MONTH_KEY('f', 'e', 'b'): return 2;
    case IMW_MONTH_KEY('m', 'a', 'r'): return 3;
    case IMW_MONTH_KEY('a', 'p', 'r'): return 4;
    case IMW_MONTH_KEY('m', 'a', 'y'): return 5;
    case IMW_MONTH_KEY('j', 'u', 'n'): return 6;
    case IMW_MONTH_KEY('j', 'u', 'l'): return 7;
    case IMW_MONTH_KEY('a', 'u', 'g'): return 8;
    case IMW_MONTH_KEY('s', 'e', 'p'): return 9;
    case IMW_MONTH_KEY('o', 'c', 't'): return 10;
    case IMW_MONTH_KEY('n', 'o', 'v'): return 11;
    case IMW_MONTH_KEY('d', 'e', 'c'): return 12;
    default:                           return -1;
    }
}

/* Removes one pair of enclosing double quotes; `*base` becomes the offset
 * of the first octet kept, so errors point into the caller's input. */
static int unquote(const uint8_t **s, size_t *len, size_t *base,
                   struct imw_value_error *err)
{
    *base = 0;
    if (*len == 0 || (*s)[0] != '"')
        return 0;
    if (*len < 2 || (*s)[*len - 1] != '"')
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_DATE_QUOTE, 0);
    (*s)++;
    *len -= 2;
    *base = 1;
    return 0;
}

/* Parses "-Mon-yyyy" at s (10 octets) into month and year; the day, read
 * by the caller, is checked against them here.  `at` is the offset of s
 * in the caller's input. */
static int read_month_year(const uint8_t *s, size_t at, int day,
                           struct imw_datetime *out,
                           struct imw_value_error *err)
{
    if (s[0] != '-')
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_DATE_SEPARATOR, at);
    out->month = read_month(s + 1);
    if (out->month < 0)
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_DATE_MONTH, at + 1);
    if (s[4] != '-')
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_DATE_SEPARATOR, at + 4);
    out->year = read_digits(s + 5, 4);
    if (out->year < 0)
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_DATE_YEAR, at + 5);
    /* The day was read first; its range depends on month and year. */
    if (day < 1 || day > days_in_month(out->year, out->month))
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_DATE_DAY, 0);
    out->day = day;
    return 0;
}

/* One "NN" field at `at` followed by `sep` (0: none); range 0..max. */
static int read_field(const uint8_t *s, size_t at, int max, uint8_t sep,
                      enum imw_value_reason reason, int *value,
                      struct imw_value_error *err)
{
    int v = read_digits(s + at, 2);

    if (v < 0 || v > max)
        return imw_value_fail(err, IMW_ERR_SYNTAX, reason, at);
    if (sep && s[at + 2] != sep)
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_DATE_SEPARATOR, at + 2);
    *value = v;
    return 0;
}

/* "+HHMM" / "-HHMM" at `at`. */
static int read_zone(const uint8_t *s, size_t at, int *zone,
                     struct imw_value_error *err)
{
    int hh = read_digits(s + at + 1, 2);
    int mm = read_digits(s + at + 3, 2);

    if ((s[at] != '+' && s[at] != '-') || hh < 0 || hh > 23 || mm < 0 ||
        mm > 59)
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_DATE_ZONE, at);
    *zone = (s[at] == '-' ? -1 : 1) * (hh * 60 + mm);
    return 0;
}

/* Shifts an error's offset from the unquoted text to the caller's input. */
static int rebase(int rc, size_t base, struct imw_value_error *err)
{
    /* A wrong length is reported as the whole input's length. */
    if (rc < 0 && err)
        err->offset += err->reason == IMW_DATE_LENGTH ? 2 * base : base;
    return rc;
}

/* The value of the two digits at s, or one above 9999 when one is not a
 * digit (also once multiplied by 100 and added to another): both are
 * tested together, without a branch. */
static unsigned two_digits(const uint8_t *s)
{
    unsigned hi = (unsigned)s[0] - '0', lo = (unsigned)s[1] - '0';
    return ((hi > 9) | (lo > 9)) ? 1u << 20 : hi * 10 + lo;
}

/* The 26 octets of a date-time that is valid, read with few branches (one
 * each INTERNALDATE of a FETCH): 1 with *dt set, 0 for anything else,
 * which parse_datetime_text() reads octet by octet for its reason. */
static int datetime_fast(const uint8_t *s, struct imw_datetime *dt)
{
    /* date-day-fixed = (SP DIGIT) / 2DIGIT */
    unsigned one = (unsigned)s[1] - '0';
    unsigned day = s[0] == ' ' ? (one > 9 ? 0 : one)
                               : two_digits(s);
    unsigned year = two_digits(s + 7) * 100 + two_digits(s + 9);
    unsigned hour = two_digits(s + 12), minute = two_digits(s + 15),
             second = two_digits(s + 18), zone_hours = two_digits(s + 22),
             zone_minutes = two_digits(s + 24);
    int month = read_month(s + 3);

    if ((s[2] ^ '-') | (s[6] ^ '-') | (s[11] ^ ' ') | (s[14] ^ ':') |
        (s[17] ^ ':') | (s[20] ^ ' '))
        return 0;
    if (month < 0 || year > 9999 || hour > 23 || minute > 59 || second > 60 ||
        (s[21] != '+' && s[21] != '-') || zone_hours > 23 ||
        zone_minutes > 59 || day < 1 ||
        day > (unsigned)days_in_month((int)year, month))
        return 0;
    dt->day = (int)day;
    dt->month = month;
    dt->year = (int)year;
    dt->hour = (int)hour;
    dt->minute = (int)minute;
    dt->second = (int)second;
    dt->zone_minutes =
        (s[21] == '-' ? -1 : 1) * (int)(zone_hours * 60 + zone_minutes);
    return 1;
}

static int parse_datetime_text(const uint8_t *s, size_t len,
                               struct imw_datetime *dt,
                               struct imw_value_error *err)
{
    int day;
    int rc;

    if (len != 26)
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_DATE_LENGTH, len);
    if (datetime_fast(s, dt))
        return 0;
    /* date-day-fixed = (SP DIGIT) / 2DIGIT */
    day = s[0] == ' ' ? read_digits(s + 1, 1) : read_digits(s, 2);
    if (day < 0)
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_DATE_DAY, 0);
    rc = read_month_year(s + 2, 2, day, dt, err);
    if (rc < 0)
        return rc;
    if (s[11] != ' ')
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_DATE_SEPARATOR, 11);
    if ((rc = read_field(s, 12, 23, ':', IMW_DATE_HOUR, &dt->hour, err)) < 0 ||
        (rc = read_field(s, 15, 59, ':', IMW_DATE_MINUTE, &dt->minute, err)) < 0 ||
        (rc = read_field(s, 18, 60, ' ', IMW_DATE_SECOND, &dt->second, err)) < 0)
        return rc;
    return read_zone(s, 21, &dt->zone_minutes, err);
}

static int parse_date_text(const uint8_t *s, size_t len,
                           struct imw_datetime *dt,
                           struct imw_value_error *err)
{
    size_t day_len = len == 10 ? 1 : 2; /* date-day = 1*2DIGIT */
    int day;

    if (len != 10 && len != 11)
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_DATE_LENGTH, len);
    day = read_digits(s, day_len);
    if (day < 0)
        return imw_value_fail(err, IMW_ERR_SYNTAX, IMW_DATE_DAY, 0);
    dt->hour = dt->minute = dt->second = dt->zone_minutes = 0;
    return read_month_year(s + day_len, day_len, day, dt, err);
}

typedef int (*text_parser)(const uint8_t *, size_t, struct imw_datetime *,
                           struct imw_value_error *);

/* Both forms may stand inside quotes; the value is stored only when the
 * whole text is valid. */
static int parse_quoted(const uint8_t *s, size_t len, text_parser parse,
                        struct imw_datetime *out, struct imw_value_error *err)
{
    struct imw_datetime dt;
    size_t base;
    int rc;

    if ((!s && len) || !out)
        return IMW_ERR_INVALID_ARGUMENT;
    rc = unquote(&s, &len, &base, err);
    if (rc < 0)
        return rc;
    rc = rebase(parse(s, len, &dt, err), base, err);
    if (rc == 0)
        *out = dt;
    return rc;
}

int imw_datetime_parse(const uint8_t *s, size_t len, struct imw_datetime *out,
                       struct imw_value_error *err)
{
    return parse_quoted(s, len, parse_datetime_text, out, err);
}

int imw_date_parse(const uint8_t *s, size_t len, struct imw_datetime *out,
                   struct imw_value_error *err)
{
    return parse_quoted(s, len, parse_date_text, out, err);
}

/* ---- checking and formatting --------------------------------------------- */

static int check_date(const struct imw_datetime *dt,
                      struct imw_value_error *err)
{
    int code = IMW_ERR_INVALID_ARGUMENT;

    if (dt->year < 0 || dt->year > 9999)
        return imw_value_fail(err, code, IMW_DATE_YEAR, 0);
    if (dt->month < 1 || dt->month > 12)
        return imw_value_fail(err, code, IMW_DATE_MONTH, 0);
    if (dt->day < 1 || dt->day > days_in_month(dt->year, dt->month))
        return imw_value_fail(err, code, IMW_DATE_DAY, 0);
    return 0;
}

int imw_datetime_check(const struct imw_datetime *dt,
                       struct imw_value_error *err)
{
    int code = IMW_ERR_INVALID_ARGUMENT;
    int rc;

    if (!dt)
        return code;
    rc = check_date(dt, err);
    if (rc < 0)
        return rc;
    if (dt->hour < 0 || dt->hour > 23)
        return imw_value_fail(err, code, IMW_DATE_HOUR, 0);
    if (dt->minute < 0 || dt->minute > 59)
        return imw_value_fail(err, code, IMW_DATE_MINUTE, 0);
    if (dt->second < 0 || dt->second > 60)
        return imw_value_fail(err, code, IMW_DATE_SECOND, 0);
    if (dt->zone_minutes < -MAX_ZONE_MINUTES ||
        dt->zone_minutes > MAX_ZONE_MINUTES)
        return imw_value_fail(err, code, IMW_DATE_ZONE, 0);
    return 0;
}

/* snprintf's contract, from a text known to be short. */
static int emit(const char *text, int n, char *out, size_t cap)
{
    if (cap > 0) {
        size_t k = (size_t)n < cap ? (size_t)n : cap - 1;

        memcpy(out, text, k);
        out[k] = '\0';
    }
    return n;
}

int imw_datetime_format(const struct imw_datetime *dt, char *out, size_t cap)
{
    char text[64];
    int zone;
    int n;

    if (imw_datetime_check(dt, NULL) < 0 || (!out && cap))
        return IMW_ERR_INVALID_ARGUMENT;
    zone = dt->zone_minutes < 0 ? -dt->zone_minutes : dt->zone_minutes;
    n = snprintf(text, sizeof text, "\"%02d-%s-%04d %02d:%02d:%02d %c%02d%02d\"",
                 dt->day, month_names[dt->month - 1], dt->year, dt->hour,
                 dt->minute, dt->second, dt->zone_minutes < 0 ? '-' : '+',
                 zone / 60, zone % 60);
    return emit(text, n, out, cap);
}

int imw_date_format(const struct imw_datetime *dt, char *out, size_t cap)
{
    char text[32];
    int n;

    if (!dt || check_date(dt, NULL) < 0 || (!out && cap))
        return IMW_ERR_INVALID_ARGUMENT;
    n = snprintf(text, sizeof text, "%d-%s-%04d", dt->day,
                 month_names[dt->month - 1], dt->year);
    return emit(text, n, out, cap);
}

/* ---- Unix time ------------------------------------------------------------ */

#define SECONDS_PER_DAY 86400

/* Days from 0000-01-01 to `year`-01-01.  Year 0 is a leap year, so the
 * leap years before `year` are the multiples of 4 in [0, year), less
 * those of 100, plus those of 400. */
static int64_t days_before_year(int64_t year)
{
    return 365 * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
}

static int days_before_month(int year, int month)
{
    static const int cumulative[12] = {0, 31, 59, 90, 120, 151,
                                       181, 212, 243, 273, 304, 334};

    return cumulative[month - 1] + (month > 2 && is_leap(year));
}

/* 719528: days_before_year(1970). */
#define EPOCH_DAY 719528

int64_t imw_datetime_to_unix(const struct imw_datetime *dt)
{
    int64_t days;

    if (imw_datetime_check(dt, NULL) < 0)
        return INT64_MIN;
    days = days_before_year(dt->year) + days_before_month(dt->year, dt->month) +
           dt->day - 1 - EPOCH_DAY;
    return days * SECONDS_PER_DAY + dt->hour * 3600 + dt->minute * 60 +
           dt->second - (int64_t)dt->zone_minutes * 60;
}

/* Splits a day number counted from 0000-01-01 (0 .. days of 0000-9999)
 * into year, month and day. */
static void civil_from_days(int64_t days, struct imw_datetime *out)
{
    /* 146097 days every 400 years: the estimate is off by one at most. */
    int64_t year = days * 400 / 146097;
    int month = 12;

    while (days_before_year(year) > days)
        year--;
    while (days_before_year(year + 1) <= days)
        year++;
    days -= days_before_year(year);
    while (days_before_month((int)year, month) > days)
        month--;
    out->year = (int)year;
    out->month = month;
    out->day = (int)(days - days_before_month((int)year, month)) + 1;
}

int imw_datetime_from_unix(int64_t t, int zone_minutes,
                           struct imw_datetime *out)
{
    int64_t first = -(int64_t)EPOCH_DAY * SECONDS_PER_DAY;
    int64_t end = (days_before_year(10000) - EPOCH_DAY) * SECONDS_PER_DAY;
    int64_t local, days, secs;

    if (!out || zone_minutes < -MAX_ZONE_MINUTES ||
        zone_minutes > MAX_ZONE_MINUTES)
        return IMW_ERR_INVALID_ARGUMENT;
    /* Checked before adding the zone, so that nothing can overflow. */
    if (t < first - SECONDS_PER_DAY || t >= end + SECONDS_PER_DAY)
        return IMW_ERR_NUMBER_RANGE;
    local = t + (int64_t)zone_minutes * 60;
    if (local < first || local >= end)
        return IMW_ERR_NUMBER_RANGE;
    days = (local - first) / SECONDS_PER_DAY;
    secs = (local - first) % SECONDS_PER_DAY;
    civil_from_days(days, out);
    out->hour = (int)(secs / 3600);
    out->minute = (int)(secs / 60 % 60);
    out->second = (int)(secs % 60);
    out->zone_minutes = zone_minutes;
    return 0;
}
