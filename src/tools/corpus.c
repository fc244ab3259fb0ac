/* Benchmark corpus generator (see corpus.h).
 *
 * Every message follows the ABNF of RFC 3501, 4466, 4731, 7162 and 9051
 * (and RFC 5161 for ENABLED): the corpus measures parsers, so it must be
 * what a correct server sends.  Variety comes from tables of realistic
 * values (names, subjects, mailbox names in many scripts) combined by a
 * seeded PRNG; nothing depends on the machine. */
#include "corpus.h"
#include "imapwire/imapwire.h" /* the scaling checks read typed responses */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

/* ---- PRNG: splitmix64 (Steele, Lea, Flood 2014), exact on every machine -- */

struct rng {
    uint64_t state;
};

static uint64_t rng_next(struct rng *r)
{
    uint64_t z = (r->state += 0x9E3779B97F4A7C15ull);

    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* Uniform in [0, n) for n > 0 (multiply-shift, no modulo bias worth
 * mentioning for the small n used here). */
static uint32_t rng_below(struct rng *r, uint32_t n)
{
    return (uint32_t)(((rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

/* Uniform in [lo, hi]. */
static uint32_t rng_range(struct rng *r, uint32_t lo, uint32_t hi)
{
    return lo + rng_below(r, hi - lo + 1);
}

static int rng_percent(struct rng *r, unsigned percent)
{
    return rng_below(r, 100) < percent;
}

#define PICK(r, table) ((table)[rng_below((r), (uint32_t)COUNT_OF(table))])

/* ---- output --------------------------------------------------------------- */

struct gen {
    struct rng rng;
    struct imw_corpus_buf *out;
    size_t target;    /* stop after the message that reaches this size */
    int nomem;
    uint32_t tag;     /* next command tag number */
    uint32_t seq;     /* last message sequence number used */
    uint32_t uid;     /* last UID used */
    uint64_t modseq;  /* last mod-sequence used */
};

static int reserve(struct gen *g, size_t extra)
{
    struct imw_corpus_buf *b = g->out;
    size_t cap = b->cap ? b->cap : 1 << 16;
    char *bigger;

    if (g->nomem)
        return -1;
    if (b->len + extra <= b->cap)
        return 0;
    while (cap < b->len + extra)
        cap *= 2;
    bigger = realloc(b->data, cap);
    if (!bigger) {
        g->nomem = 1;
        return -1;
    }
    b->data = bigger;
    b->cap = cap;
    return 0;
}

static void put_len(struct gen *g, const char *s, size_t n)
{
    if (reserve(g, n) < 0)
        return;
    memcpy(g->out->data + g->out->len, s, n);
    g->out->len += n;
}

static void put(struct gen *g, const char *s)
{
    put_len(g, s, strlen(s));
}

static void put_char(struct gen *g, char c)
{
    put_len(g, &c, 1);
}

/* printf into the buffer; only %s, %u, %llu and %02u-style formats are
 * used, which print the same everywhere. */
static void putf(struct gen *g, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        put_len(g, small, (size_t)n);
        return;
    }
    if (reserve(g, (size_t)n + 1) < 0)
        return;
    va_start(ap, fmt);
    vsnprintf(g->out->data + g->out->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    g->out->len += (size_t)n;
}

static int full(const struct gen *g)
{
    return g->nomem || g->out->len >= g->target;
}

static void crlf(struct gen *g)
{
    put_len(g, "\r\n", 2);
}

/* A quoted string: DQUOTE *QUOTED-CHAR DQUOTE, escaping " and \. */
static void put_quoted(struct gen *g, const char *s)
{
    put_char(g, '"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            put_char(g, '\\');
        put_char(g, *s);
    }
    put_char(g, '"');
}

/* A literal: "{" number "}" CRLF octets. */
static void put_literal(struct gen *g, const char *s, size_t n)
{
    putf(g, "{%llu}\r\n", (unsigned long long)n);
    put_len(g, s, n);
}

static void next_tag(struct gen *g, char *tag, size_t size)
{
    snprintf(tag, size, "a%04u", (unsigned)(++g->tag % 100000u));
}

static void tagged_ok(struct gen *g, const char *what)
{
    char tag[16];

    next_tag(g, tag, sizeof tag);
    putf(g, "%s OK %s completed (0.%03u + 0.000 secs).\r\n", tag, what,
         (unsigned)rng_below(&g->rng, 1000));
}

/* ---- encoders ------------------------------------------------------------- */

static const char BASE64[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* Base64 of `n` bytes; `pad` adds the '=' padding (RFC 2045), modified
 * UTF-7 omits it and uses ',' for '/' (RFC 3501 section 5.1.3). */
static void put_base64(struct gen *g, const uint8_t *p, size_t n, int pad,
                       char slash)
{
    size_t i;

    for (i = 0; i + 2 < n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
        char out[4] = {BASE64[v >> 18], BASE64[(v >> 12) & 63],
                       BASE64[(v >> 6) & 63], BASE64[v & 63]};

        for (int k = 0; k < 4; k++)
            if (out[k] == '/')
                out[k] = slash;
        put_len(g, out, 4);
    }
    if (i < n) {
        uint32_t v = (uint32_t)p[i] << 16 | (i + 1 < n ? (uint32_t)p[i + 1] << 8 : 0);
        char out[4] = {BASE64[v >> 18], BASE64[(v >> 12) & 63],
                       BASE64[(v >> 6) & 63], '='};
        size_t keep = i + 1 < n ? 3 : 2;

        if (!pad)
            out[3] = '\0';
        if (!pad && keep == 2)
            out[2] = '\0';
        for (int k = 0; k < 4; k++)
            if (out[k] == '/')
                out[k] = slash;
        put_len(g, out, pad ? 4 : keep);
    }
}

/* Decodes one UTF-8 sequence of the (valid) tables below. */
static uint32_t utf8_next(const unsigned char **s)
{
    const unsigned char *p = *s;
    uint32_t c = *p++;
    int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;

    if (more)
        c &= 0x3Fu >> more;
    while (more-- > 0)
        c = c << 6 | (*p++ & 0x3Fu);
    *s = p;
    return c;
}

/* A mailbox name in canonical modified UTF-7 (RFC 3501 section 5.1.3):
 * printable ASCII as itself, "&" as "&-", every other run as "&" +
 * modified base64 of its UTF-16BE + "-". */
static void put_mutf7(struct gen *g, const char *utf8)
{
    const unsigned char *s = (const unsigned char *)utf8;

    while (*s) {
        uint8_t run[1024];
        size_t n = 0;

        if (*s >= 0x20 && *s <= 0x7E) {
            put(g, *s == '&' ? "&-" : (const char[]){(char)*s, 0});
            s++;
            continue;
        }
        while (*s && (*s < 0x20 || *s > 0x7E) && n + 4 <= sizeof run) {
            uint32_t c = utf8_next(&s);

            if (c >= 0x10000) {
                c -= 0x10000;
                uint32_t hi = 0xD800 + (c >> 10), lo = 0xDC00 + (c & 0x3FF);
                run[n++] = (uint8_t)(hi >> 8);
                run[n++] = (uint8_t)hi;
                run[n++] = (uint8_t)(lo >> 8);
                run[n++] = (uint8_t)lo;
            } else {
                run[n++] = (uint8_t)(c >> 8);
                run[n++] = (uint8_t)c;
            }
        }
        put_char(g, '&');
        put_base64(g, run, n, 0, ',');
        put_char(g, '-');
    }
}

/* ---- tables --------------------------------------------------------------- */

static const char *const FIRST_NAMES[] = {
    "Anna", "Bernd", "Chloé", "David", "Emeka", "Fatima", "Grace", "Hiro",
    "Ingrid", "José", "Kasia", "Liam", "Mei", "Nils", "Olga", "Pat",
    "Quentin", "Rosa", "Sven", "Tomás", "Uma", "Viktor", "Wen", "Yusuf"};
static const char *const LAST_NAMES[] = {
    "Andersen", "Brown", "Crispin", "Dubois", "Eriksson", "Fischer",
    "García", "Hoffmann", "Ivanova", "Jones", "Kowalski", "Lee", "Müller",
    "Nakamura", "O'Brien", "Petrov", "Rossi", "Schmidt", "Tanaka", "Weber"};
static const char *const DOMAINS[] = {
    "example.com", "example.org", "mail.example.net", "lists.example.org",
    "corp.example.com", "uni-example.de", "example.co.jp", "example.fr"};
static const char *const WORDS[] = {
    "the", "meeting", "report", "draft", "please", "review", "attached",
    "quarterly", "budget", "schedule", "thanks", "regards", "project",
    "deadline", "update", "server", "release", "notes", "invoice", "for",
    "and", "with", "tomorrow", "agenda", "minutes", "customer", "feedback",
    "proposal", "contract", "team", "lunch", "Friday", "question", "about",
    "migration", "mailbox", "quota", "backup", "patch", "version", "we",
    "should", "discuss", "this", "next", "week", "before", "the", "call"};
/* Subjects with non-ASCII text, UTF-8, for =?UTF-8?B?...?= words. */
static const char *const UTF8_SUBJECTS[] = {
    "Réunion de projet demain", "Grüße aus München", "Отчёт за квартал",
    "会議の議事録", "Café ☕ tomorrow?", "Ελέγχος λογαριασμού",
    "Zažluťoučký kůň", "Præsentation til mødet", "日程調整のお願い 🙂",
    "Ödeme hatırlatması", "Nuovo contratto — bozza"};
/* Subjects in ISO-8859-1 octets, for =?ISO-8859-1?Q?...?= words. */
static const char *const LATIN1_SUBJECTS[] = {
    "R\xe9union budg\xe9taire", "Gr\xfc\xdf""e aus K\xf6ln",
    "Caf\xe9 cr\xe8me = 2,50 \x80?", "Se\xf1or Pe\xf1""a: factura",
    "\xc5rsm\xf6te i \xc5re", "F\xe6rdig rapport"};
static const char *const KEYWORDS[] = {
    "$Forwarded", "$MDNSent", "$Junk", "$NotJunk", "NonJunk", "$label1",
    "$Phishing", "Work"};
static const char *const SYSTEM_FLAGS[] = {
    "\\Seen", "\\Answered", "\\Flagged", "\\Deleted", "\\Draft"};
static const char *const MONTHS[] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun",
    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
static const char *const WEEKDAYS[] = {
    "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
static const char *const ZONES[] = {
    "+0000", "-0700", "+0100", "+0200", "+0530", "-0500", "+0900"};
static const char *const CAPABILITIES[] = {
    "IMAP4rev1", "LITERAL+", "SASL-IR", "LOGIN-REFERRALS", "ID", "ENABLE",
    "IDLE", "SORT", "SORT=DISPLAY", "THREAD=REFERENCES", "THREAD=REFS",
    "MULTIAPPEND", "URL-PARTIAL", "CATENATE", "UNSELECT", "CHILDREN",
    "NAMESPACE", "UIDPLUS", "LIST-EXTENDED", "I18NLEVEL=1", "CONDSTORE",
    "QRESYNC", "ESEARCH", "ESORT", "SEARCHRES", "WITHIN", "CONTEXT=SEARCH",
    "LIST-STATUS", "BINARY", "MOVE", "SNIPPET=FUZZY", "PREVIEW=FUZZY",
    "STATUS=SIZE", "SAVEDATE", "SPECIAL-USE", "AUTH=PLAIN", "AUTH=LOGIN",
    "COMPRESS=DEFLATE", "QUOTA", "ACL", "RIGHTS=texk", "METADATA"};

/* ---- common pieces -------------------------------------------------------- */

/* date-time: DQUOTE date-day-fixed "-" date-month "-" date-year SP time SP
 * zone DQUOTE; the day is SP DIGIT below 10, as servers send it. */
static void put_internaldate(struct gen *g)
{
    unsigned day = rng_range(&g->rng, 1, 28);

    putf(g, day < 10 ? "\" %u-%s-%u %02u:%02u:%02u %s\"" :
                       "\"%u-%s-%u %02u:%02u:%02u %s\"",
         day, PICK(&g->rng, MONTHS), rng_range(&g->rng, 1996, 2024),
         rng_below(&g->rng, 24), rng_below(&g->rng, 60),
         rng_below(&g->rng, 60), PICK(&g->rng, ZONES));
}

/* An RFC 5322 date, as env-date carries it. */
static void format_rfc5322_date(struct gen *g, char *buf, size_t size)
{
    snprintf(buf, size, "%s, %u %s %u %02u:%02u:%02u %s",
             PICK(&g->rng, WEEKDAYS), rng_range(&g->rng, 1, 28),
             PICK(&g->rng, MONTHS), rng_range(&g->rng, 1996, 2024),
             rng_below(&g->rng, 24), rng_below(&g->rng, 60),
             rng_below(&g->rng, 60), PICK(&g->rng, ZONES));
}

static void format_message_id(struct gen *g, char *buf, size_t size)
{
    snprintf(buf, size, "<%08x.%04x@%s>", (unsigned)rng_next(&g->rng),
             rng_below(&g->rng, 65536), PICK(&g->rng, DOMAINS));
}

/* A local part made of the name, lower case ASCII only. */
static void format_mailbox(char *buf, size_t size,
                           const char *first, const char *last)
{
    size_t n = 0;
    const char *parts[2] = {first, last};

    for (int i = 0; i < 2; i++) {
        for (const char *s = parts[i]; *s && n + 2 < size; s++)
            if ((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z'))
                buf[n++] = (char)(*s | 0x20);
        if (i == 0 && n + 2 < size)
            buf[n++] = '.';
    }
    buf[n] = '\0';
}

/* An encoded-word (RFC 2047) for a non-ASCII text. */
static void put_encoded_word_b(struct gen *g, const char *utf8)
{
    put(g, "=?UTF-8?B?");
    put_base64(g, (const uint8_t *)utf8, strlen(utf8), 1, '/');
    put(g, "?=");
}

static void put_encoded_word_q(struct gen *g, const char *latin1)
{
    static const char hex[] = "0123456789ABCDEF";

    put(g, "=?ISO-8859-1?Q?");
    for (const unsigned char *s = (const unsigned char *)latin1; *s; s++) {
        if (*s == ' ')
            put_char(g, '_');
        else if (*s < 0x21 || *s > 0x7E || *s == '=' || *s == '?' ||
                 *s == '_' || *s == '"' || *s == '\\')
            put(g, (const char[]){'=', hex[*s >> 4], hex[*s & 15], 0});
        else
            put_char(g, (char)*s);
    }
    put(g, "?=");
}

/* The display name of an address: NIL, a quoted ASCII name (now and then
 * with a nickname in escaped quotes), or an RFC 2047 word for the rest. */
static void put_addr_name(struct gen *g, const char *first, const char *last)
{
    char name[128];
    int ascii = 1;

    if (rng_percent(&g->rng, 20)) {
        put(g, "NIL");
        return;
    }
    snprintf(name, sizeof name, "%s %s", first, last);
    for (const char *s = name; *s; s++)
        if ((unsigned char)*s >= 0x80)
            ascii = 0;
    if (!ascii) {
        put_char(g, '"');
        put_encoded_word_b(g, name);
        put_char(g, '"');
        return;
    }
    if (rng_percent(&g->rng, 15))
        snprintf(name, sizeof name, "%s \"%.3s\" %s", first, last, last);
    put_quoted(g, name);
}

/* address = "(" addr-name SP addr-adl SP addr-mailbox SP addr-host ")" */
static void put_address(struct gen *g)
{
    const char *first = PICK(&g->rng, FIRST_NAMES);
    const char *last = PICK(&g->rng, LAST_NAMES);
    char mailbox[64];

    format_mailbox(mailbox, sizeof mailbox, first, last);
    put_char(g, '(');
    put_addr_name(g, first, last);
    put(g, " NIL ");
    put_quoted(g, mailbox);
    put_char(g, ' ');
    put_quoted(g, PICK(&g->rng, DOMAINS));
    put_char(g, ')');
}

/* "(" 1*address ")" with `count` addresses, sometimes as an RFC 5322 group
 * (start marker with a NIL host, end marker of four NILs). */
static void put_address_list(struct gen *g, uint32_t count)
{
    int group = count > 2 && rng_percent(&g->rng, 15);

    put_char(g, '(');
    if (group)
        put(g, "(NIL NIL \"undisclosed-team\" NIL)");
    for (uint32_t i = 0; i < count; i++)
        put_address(g);
    if (group)
        put(g, "(NIL NIL NIL NIL)");
    put_char(g, ')');
}

static void put_plain_subject(struct gen *g, char *buf, size_t size)
{
    size_t n = 0;
    uint32_t words = rng_range(&g->rng, 2, 9);
    static const char *const PREFIXES[] = {"", "", "", "Re: ", "Fwd: ",
                                           "AW: ", "[list] "};
    const char *prefix = PICK(&g->rng, PREFIXES);

    n = (size_t)snprintf(buf, size, "%s", prefix);
    for (uint32_t i = 0; i < words && n + 20 < size; i++)
        n += (size_t)snprintf(buf + n, size - n, i ? " %s" : "%s",
                              PICK(&g->rng, WORDS));
    if (rng_percent(&g->rng, 10) && n + 20 < size)
        snprintf(buf + n, size - n, " \"v%u\\%u\"", rng_below(&g->rng, 9),
                 rng_below(&g->rng, 9));
}

/* env-subject: quoted ASCII, an RFC 2047 B or Q word, or now and then a
 * literal holding raw UTF-8 (as servers send 8-bit header text). */
static void put_subject(struct gen *g)
{
    char text[256];
    uint32_t form = rng_below(&g->rng, 100);

    if (form < 3) {
        put(g, "NIL");
    } else if (form < 8) {
        const char *s = PICK(&g->rng, UTF8_SUBJECTS);
        put_literal(g, s, strlen(s));
    } else if (form < 30) {
        put_char(g, '"');
        if (rng_percent(&g->rng, 30))
            put(g, "Re: ");
        put_encoded_word_b(g, PICK(&g->rng, UTF8_SUBJECTS));
        put_char(g, '"');
    } else if (form < 42) {
        put_char(g, '"');
        put_encoded_word_q(g, PICK(&g->rng, LATIN1_SUBJECTS));
        put_char(g, '"');
    } else {
        put_plain_subject(g, text, sizeof text);
        put_quoted(g, text);
    }
}

/* envelope = "(" env-date SP env-subject SP env-from SP env-sender SP
 *   env-reply-to SP env-to SP env-cc SP env-bcc SP env-in-reply-to SP
 *   env-message-id ")" */
static void put_envelope(struct gen *g)
{
    char text[128];
    size_t from_start, from_len;

    put_char(g, '(');
    format_rfc5322_date(g, text, sizeof text);
    put_quoted(g, text);
    put_char(g, ' ');
    put_subject(g);
    put_char(g, ' ');
    /* Servers repeat From as Sender and Reply-To when those are absent. */
    from_start = g->out->len;
    put_address_list(g, 1);
    from_len = g->out->len - from_start;
    for (int i = 0; i < 2 && !g->nomem; i++) {
        put_char(g, ' ');
        if (i == 1 && rng_percent(&g->rng, 20))
            put_address_list(g, 1);
        else if (reserve(g, from_len) == 0)
            put_len(g, g->out->data + from_start, from_len);
    }
    put_char(g, ' ');
    put_address_list(g, rng_percent(&g->rng, 70) ? 1 : rng_range(&g->rng, 2, 10));
    put_char(g, ' ');
    if (rng_percent(&g->rng, 60))
        put(g, "NIL");
    else
        put_address_list(g, rng_range(&g->rng, 1, 6));
    put_char(g, ' ');
    if (rng_percent(&g->rng, 90))
        put(g, "NIL");
    else
        put_address_list(g, rng_range(&g->rng, 1, 3));
    put_char(g, ' ');
    if (rng_percent(&g->rng, 40)) {
        format_message_id(g, text, sizeof text);
        put_quoted(g, text);
    } else {
        put(g, "NIL");
    }
    put_char(g, ' ');
    format_message_id(g, text, sizeof text);
    put_quoted(g, text);
    put_char(g, ')');
}

/* ---- body structures ------------------------------------------------------ */

static const char *const FILENAMES[] = {
    "report.pdf", "x.pdf", "Budget 2024.xlsx", "photo_0042.jpg",
    "slides.pptx", "invoice-7781.pdf", "notes.txt", "archive.zip"};

struct attachment_type {
    const char *type, *subtype, *encoding;
};
static const struct attachment_type ATTACHMENT_TYPES[] = {
    {"APPLICATION", "PDF", "BASE64"},
    {"APPLICATION", "VND.OPENXMLFORMATS-OFFICEDOCUMENT.SPREADSHEETML.SHEET",
     "BASE64"},
    {"IMAGE", "JPEG", "BASE64"},
    {"IMAGE", "PNG", "BASE64"},
    {"APPLICATION", "ZIP", "BASE64"},
    {"AUDIO", "MPEG", "BASE64"},
    {"application", "octet-stream", "base64"}};

/* body-fld-lang: nstring or a parenthesised list of strings. */
static void put_language(struct gen *g)
{
    uint32_t form = rng_below(&g->rng, 4);

    if (form == 0)
        put(g, "NIL");
    else if (form == 1)
        put(g, "\"EN\"");
    else if (form == 2)
        put(g, "(\"EN\" \"DE\")");
    else
        put(g, "(\"fr-CA\")");
}

static void put_location(struct gen *g)
{
    if (rng_percent(&g->rng, 70))
        put(g, "NIL");
    else
        putf(g, "\"http://www.%s/files/%u\"", PICK(&g->rng, DOMAINS),
             rng_below(&g->rng, 10000));
}

/* body-ext-1part = body-fld-md5 [SP body-fld-dsp [SP body-fld-lang
 *   [SP body-fld-loc *(SP body-extension)]]], cut at a random depth
 * (servers differ in how much they send). `disposition` is "" for NIL. */
static void put_ext_1part(struct gen *g, const char *disposition,
                          const char *filename)
{
    uint32_t depth = rng_below(&g->rng, 5);

    if (depth == 0)
        return;
    put(g, rng_percent(&g->rng, 15) ? " \"Q2hlY2sgSW50ZWdyaXR5IQ==\"" : " NIL");
    if (depth == 1)
        return;
    put_char(g, ' ');
    if (*disposition && !*filename) {
        putf(g, "(\"%s\" NIL)", disposition);
    } else if (*disposition) {
        putf(g, "(\"%s\" (\"FILENAME\" ", disposition);
        put_quoted(g, filename);
        if (rng_percent(&g->rng, 30))
            putf(g, " \"SIZE\" \"%u\"", rng_range(&g->rng, 100, 900000));
        put(g, "))");
    } else {
        put(g, "NIL");
    }
    if (depth == 2)
        return;
    put_char(g, ' ');
    put_language(g);
    if (depth == 3)
        return;
    put_char(g, ' ');
    put_location(g);
    if (rng_percent(&g->rng, 5))
        put(g, " (\"X-EXT\" 1 (2 \"three\"))");
}

/* body-type-text with a charset and size; `subtype` is "PLAIN" or "HTML". */
static void put_text_part(struct gen *g, const char *subtype)
{
    static const char *const CHARSETS[] = {"UTF-8", "us-ascii", "ISO-8859-1",
                                           "windows-1252"};
    static const char *const ENCODINGS[] = {"7BIT", "QUOTED-PRINTABLE",
                                            "8BIT", "BASE64"};
    uint32_t size = rng_range(&g->rng, 40, 60000);

    putf(g, "(\"TEXT\" \"%s\" (\"CHARSET\" \"%s\"%s) NIL NIL \"%s\" %u %u",
         subtype, PICK(&g->rng, CHARSETS),
         rng_percent(&g->rng, 20) ? " \"FORMAT\" \"flowed\"" : "",
         PICK(&g->rng, ENCODINGS), size, size / 60 + 1);
    put_ext_1part(g, rng_percent(&g->rng, 10) ? "inline" : "", "");
    put_char(g, ')');
}

/* A body-type-basic attachment with a file name and a disposition. */
static void put_attachment(struct gen *g)
{
    const struct attachment_type *t = &PICK(&g->rng, ATTACHMENT_TYPES);
    const char *filename = PICK(&g->rng, FILENAMES);
    char id[96];

    putf(g, "(\"%s\" \"%s\" (\"NAME\" ", t->type, t->subtype);
    put_quoted(g, filename);
    put(g, ") ");
    if (rng_percent(&g->rng, 30)) {
        format_message_id(g, id, sizeof id);
        put_quoted(g, id);
    } else {
        put(g, "NIL");
    }
    put(g, rng_percent(&g->rng, 20) ? " \"Scanned document\" " : " NIL ");
    putf(g, "\"%s\" %u", t->encoding, rng_range(&g->rng, 1000, 4000000));
    put_ext_1part(g, rng_percent(&g->rng, 80) ? "attachment" : "inline",
                  filename);
    put_char(g, ')');
}

/* body-ext-mpart = body-fld-param [SP body-fld-dsp [SP body-fld-lang
 *   [SP body-fld-loc *(SP body-extension)]]], the multipart's tail. */
static void put_mpart_tail(struct gen *g, const char *subtype)
{
    uint32_t depth = rng_below(&g->rng, 5);

    putf(g, " \"%s\"", subtype);
    if (depth > 0)
        putf(g, " (\"BOUNDARY\" \"----=_Part_%u_%u\")",
             rng_below(&g->rng, 100000), (unsigned)rng_next(&g->rng));
    if (depth > 1)
        put(g, " NIL");
    if (depth > 2) {
        put_char(g, ' ');
        put_language(g);
    }
    if (depth > 3) {
        put_char(g, ' ');
        put_location(g);
    }
    put_char(g, ')');
}

static void put_body(struct gen *g, int depth);

static void put_alternative(struct gen *g)
{
    put_char(g, '(');
    put_text_part(g, "PLAIN");
    put_text_part(g, "HTML");
    put_mpart_tail(g, "ALTERNATIVE");
}

/* multipart/related: the HTML alternative with inline images. */
static void put_related(struct gen *g)
{
    uint32_t images = rng_range(&g->rng, 1, 3);

    put_char(g, '(');
    put_alternative(g);
    for (uint32_t i = 0; i < images; i++)
        put_attachment(g);
    put_mpart_tail(g, "RELATED");
}

/* body-type-msg = media-message SP body-fields SP envelope SP body SP
 *   body-fld-lines: a forwarded message with its own envelope and body. */
static void put_message_rfc822(struct gen *g, int depth)
{
    uint32_t size = rng_range(&g->rng, 2000, 200000);

    putf(g, "(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" %u ", size);
    put_envelope(g);
    put_char(g, ' ');
    put_body(g, depth + 1);
    putf(g, " %u", size / 70 + 1);
    put_ext_1part(g, "attachment", "forwarded.eml");
    put_char(g, ')');
}

/* multipart/mixed: a text or alternative part, then attachments. */
static void put_mixed(struct gen *g, int depth)
{
    uint32_t attachments = rng_range(&g->rng, 1, 4);

    put_char(g, '(');
    if (depth < 2 && rng_percent(&g->rng, 40))
        put_related(g);
    else if (rng_percent(&g->rng, 50))
        put_alternative(g);
    else
        put_text_part(g, "PLAIN");
    for (uint32_t i = 0; i < attachments; i++) {
        if (depth < 2 && rng_percent(&g->rng, 10))
            put_message_rfc822(g, depth);
        else
            put_attachment(g);
    }
    put_mpart_tail(g, "MIXED");
}

/* One body of the shapes mail has: text/plain, multipart/alternative,
 * multipart/mixed with attachments, nesting 3-4 deep (mixed > mixed >
 * related > alternative), message/rfc822 with its own structure. */
static void put_body(struct gen *g, int depth)
{
    uint32_t shape = rng_below(&g->rng, 100);

    if (depth >= 3 || shape < 35) {
        put_text_part(g, "PLAIN");
    } else if (shape < 60) {
        put_alternative(g);
    } else if (shape < 80) {
        put_mixed(g, depth);
    } else if (shape < 92) {
        put_char(g, '(');
        put_mixed(g, depth + 1);
        put_attachment(g);
        put_mpart_tail(g, "MIXED");
    } else {
        put_char(g, '(');
        put_text_part(g, "PLAIN");
        put_message_rfc822(g, depth);
        put_mpart_tail(g, "MIXED");
    }
}

/* ---- streams -------------------------------------------------------------- */

static void put_flag_list(struct gen *g, unsigned max_flags)
{
    uint32_t n = rng_below(&g->rng, max_flags + 1);
    uint32_t first = rng_below(&g->rng, (uint32_t)COUNT_OF(SYSTEM_FLAGS));

    put_char(g, '(');
    for (uint32_t i = 0; i < n; i++) {
        if (i)
            put_char(g, ' ');
        /* Distinct system flags first, then keywords. */
        if (i < COUNT_OF(SYSTEM_FLAGS) && i < 3)
            put(g, SYSTEM_FLAGS[(first + i) % COUNT_OF(SYSTEM_FLAGS)]);
        else
            put(g, KEYWORDS[(first + i) % COUNT_OF(KEYWORDS)]);
    }
    put_char(g, ')');
}

static void fetch_headers_message(struct gen *g)
{
    g->seq += 1;
    g->uid += rng_range(&g->rng, 1, 3);
    g->modseq += rng_range(&g->rng, 1, 50);
    putf(g, "* %u FETCH (UID %u FLAGS ", g->seq, g->uid);
    put_flag_list(g, 5);
    put(g, " INTERNALDATE ");
    put_internaldate(g);
    putf(g, " RFC822.SIZE %u ENVELOPE ", rng_range(&g->rng, 900, 5000000));
    put_envelope(g);
    put(g, " BODYSTRUCTURE ");
    put_body(g, 0);
    putf(g, " MODSEQ (%llu))\r\n", (unsigned long long)g->modseq);
}

/* A batch of FETCH responses closed by the tagged OK of its command. */
static void fetch_headers_unit(struct gen *g)
{
    uint32_t n = rng_range(&g->rng, 50, 500);

    for (uint32_t i = 0; i < n && !full(g); i++)
        fetch_headers_message(g);
    tagged_ok(g, "Fetch");
}

/* Appends a plausible RFC 5322 message of about `size` bytes: trace and
 * header fields, then text lines of up to 76 characters. */
static void put_message_text(struct gen *g, size_t size, int header_only,
                             int body_only)
{
    size_t start = g->out->len;
    char text[256];
    const char *first = PICK(&g->rng, FIRST_NAMES);
    const char *last = PICK(&g->rng, LAST_NAMES);
    char mailbox[64];

    format_mailbox(mailbox, sizeof mailbox, first, last);
    if (!body_only) {
        if (!header_only) {
            putf(g, "Return-Path: <%s@%s>\r\n", mailbox, PICK(&g->rng, DOMAINS));
            for (int i = 0; i < 2; i++) {
                format_rfc5322_date(g, text, sizeof text);
                putf(g, "Received: from mx%u.%s (mx%u.%s [192.0.2.%u])\r\n"
                        "\tby imap.example.org (Postfix) with ESMTPS id %08X\r\n"
                        "\tfor <user@example.org>; %s\r\n",
                     i, PICK(&g->rng, DOMAINS), i, PICK(&g->rng, DOMAINS),
                     rng_range(&g->rng, 1, 254), (unsigned)rng_next(&g->rng),
                     text);
            }
        }
        putf(g, "From: %s %s <%s@%s>\r\n", first, last, mailbox,
             PICK(&g->rng, DOMAINS));
        putf(g, "To: user@example.org\r\n");
        if (header_only) {
            crlf(g);
            return;
        }
        format_rfc5322_date(g, text, sizeof text);
        putf(g, "Date: %s\r\n", text);
        put(g, "Subject: ");
        put_encoded_word_b(g, PICK(&g->rng, UTF8_SUBJECTS));
        crlf(g);
        format_message_id(g, text, sizeof text);
        putf(g, "Message-ID: %s\r\nMIME-Version: 1.0\r\n"
                "Content-Type: text/plain; charset=UTF-8; format=flowed\r\n"
                "Content-Transfer-Encoding: 8bit\r\n\r\n", text);
    }
    while (!g->nomem && g->out->len - start < size) {
        size_t line = 0;

        while (line < 68) {
            const char *w = PICK(&g->rng, WORDS);
            put(g, w);
            line += strlen(w);
            if (line < 68) {
                put_char(g, ' ');
                line++;
            }
        }
        if (rng_percent(&g->rng, 10))
            put(g, rng_percent(&g->rng, 50) ? " Grüße," : " — ok.");
        crlf(g);
        if (rng_percent(&g->rng, 12))
            crlf(g);
    }
}

/* One FETCH with a literal: BODY[] (mostly), BODY[TEXT] or
 * BODY[HEADER.FIELDS (FROM TO)].  The literal's text is built in place
 * after a fixed-width placeholder for its length. */
static void fetch_bodies_message(struct gen *g)
{
    uint32_t form = rng_below(&g->rng, 20);
    size_t size = rng_range(&g->rng, 2 * 1024, 50 * 1024);
    struct imw_corpus_buf text = {NULL, 0, 0};
    struct imw_corpus_buf *out = g->out;
    size_t target = g->target;

    g->seq += 1;
    g->uid += rng_range(&g->rng, 1, 3);
    putf(g, "* %u FETCH (UID %u ", g->seq, g->uid);
    if (rng_percent(&g->rng, 30)) {
        put(g, "FLAGS ");
        put_flag_list(g, 3);
        put_char(g, ' ');
    }
    put(g, form < 13 ? "BODY[] " : form < 17 ? "BODY[TEXT] "
                                             : "BODY[HEADER.FIELDS (FROM TO)] ");
    /* Build the text aside, then write it as a literal. */
    g->out = &text;
    g->target = (size_t)-1;
    put_message_text(g, size, form >= 17, form >= 13 && form < 17);
    g->out = out;
    g->target = target;
    if (!g->nomem)
        put_literal(g, text.data, text.len);
    free(text.data);
    put(g, ")\r\n");
}

static void fetch_bodies_unit(struct gen *g)
{
    uint32_t n = rng_range(&g->rng, 5, 50);

    for (uint32_t i = 0; i < n && !full(g); i++)
        fetch_bodies_message(g);
    tagged_ok(g, "Fetch");
}

/* Mailbox name parts, UTF-8 (encoded as modified UTF-7 when sent). */
static const char *const MAILBOX_PARTS[] = {
    "Projects", "Archive", "2023", "2024", "Clients", "Lists", "dev",
    "announce", "Receipts", "Travel", "Family", "Work & Life", "Entwürfe",
    "Gelöschte Elemente", "Éléments envoyés", "Ärger", "Корзина",
    "Входящие", "送信済み", "下書き", "Café", "Été", "Señales", "Ελληνικά",
    "日本語", "Zürich", "Smileys 😀", "Notes", "Old", "Q3 Reports",
    "Mike \"the\" Folder", "a%b", "back\\slash", "x"};
static const char *const SPECIAL_USE[] = {
    "\\Sent", "\\Drafts", "\\Trash", "\\Junk", "\\Archive", "\\All"};

/* mbx-list-flags: at most one of \Noselect / \Marked / \Unmarked, plus
 * other flags (children, special-use, \Noinferiors, \Subscribed). */
static void put_list_flags(struct gen *g)
{
    const char *flags[5];
    uint32_t n = 0;
    uint32_t sflag = rng_below(&g->rng, 10);

    if (sflag == 0)
        flags[n++] = "\\Noselect";
    else if (sflag == 1)
        flags[n++] = "\\Marked";
    else if (sflag == 2)
        flags[n++] = "\\Unmarked";
    if (rng_percent(&g->rng, 85))
        flags[n++] = rng_percent(&g->rng, 70) ? "\\HasNoChildren" : "\\HasChildren";
    if (rng_percent(&g->rng, 8))
        flags[n++] = PICK(&g->rng, SPECIAL_USE);
    if (rng_percent(&g->rng, 3))
        flags[n++] = "\\Noinferiors";
    if (rng_percent(&g->rng, 10))
        flags[n++] = "\\Subscribed";
    put_char(g, '(');
    for (uint32_t i = 0; i < n; i++) {
        /* Servers order flags differently; rotate the list. */
        uint32_t k = (i + (uint32_t)g->seq) % n;
        if (i)
            put_char(g, ' ');
        put(g, flags[k]);
    }
    put_char(g, ')');
}

/* 1 when every octet of `s` is an ASTRING-CHAR (atom chars and "]"). */
static int is_astring_atom(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c <= 0x20 || c >= 0x7F || strchr("(){%*\"\\", c))
            return 0;
    }
    return 1;
}

/* One LIST line: flags, delimiter (or NIL), mailbox as atom, quoted
 * string or literal. */
static void list_message(struct gen *g, char delimiter)
{
    struct imw_corpus_buf name = {NULL, 0, 0};
    struct imw_corpus_buf *out = g->out;
    size_t target = g->target;
    uint32_t depth = rng_range(&g->rng, 1, delimiter ? 4 : 1);
    uint32_t form = rng_below(&g->rng, 100);

    g->seq += 1;
    /* Build the modified UTF-7 name aside. */
    g->out = &name;
    g->target = (size_t)-1;
    if (delimiter && rng_percent(&g->rng, 40)) {
        put(g, "INBOX");
        depth = rng_below(&g->rng, 4);
        if (depth)
            put_char(g, delimiter);
    }
    for (uint32_t i = 0; i < depth; i++) {
        if (i)
            put_char(g, delimiter);
        put_mutf7(g, PICK(&g->rng, MAILBOX_PARTS));
    }
    put_char(g, '\0');
    g->out = out;
    g->target = target;
    if (g->nomem) {
        free(name.data);
        return;
    }

    put(g, "* LIST ");
    put_list_flags(g);
    if (delimiter)
        putf(g, " \"%c\" ", delimiter);
    else
        put(g, " NIL ");
    if (form < 4)
        put_literal(g, name.data, name.len - 1);
    else if (form < 40 && is_astring_atom(name.data))
        put(g, name.data);
    else
        put_quoted(g, name.data);
    crlf(g);
    free(name.data);
}

static void list_unit(struct gen *g)
{
    static const char DELIMITERS[] = {'/', '/', '/', '.', 0};
    char delimiter = PICK(&g->rng, DELIMITERS);
    uint32_t n = rng_range(&g->rng, 200, 3000);

    for (uint32_t i = 0; i < n && !full(g); i++)
        list_message(g, delimiter);
    tagged_ok(g, "List");
}

/* Ascending message numbers with gaps: the next number after `n`. */
static uint32_t next_with_gap(struct gen *g, uint32_t n)
{
    return n + 1 + (rng_percent(&g->rng, 30) ? rng_below(&g->rng, 12) : 0);
}

/* "* SEARCH" with `count` ascending numbers, optionally with RFC 7162's
 * "(MODSEQ n)" at the end. */
static void put_search_line(struct gen *g, uint32_t count, int modseq)
{
    uint32_t n = rng_range(&g->rng, 1, 100);

    put(g, "* SEARCH");
    for (uint32_t i = 0; i < count && !g->nomem; i++) {
        putf(g, " %u", n);
        n = next_with_gap(g, n);
    }
    if (modseq && count > 0)
        putf(g, " (MODSEQ %llu)",
             (unsigned long long)rng_range(&g->rng, 1, 2000000000) * 1000 + 7);
    crlf(g);
}

static void search_unit(struct gen *g)
{
    put_search_line(g, rng_range(&g->rng, 90000, 110000), 0);
    tagged_ok(g, "Search");
}

/* An ESEARCH response (RFC 4731) for a set of `ranges` ascending ranges:
 * MIN, MAX and COUNT agree with the ALL set. */
static void esearch_message(struct gen *g, const char *tag, uint32_t ranges)
{
    struct imw_corpus_buf set = {NULL, 0, 0};
    struct imw_corpus_buf *out = g->out;
    size_t target = g->target;
    uint32_t n = rng_range(&g->rng, 1, 50), min = n, max = n;
    unsigned long long count = 0;
    int uid = rng_percent(&g->rng, 70);

    g->out = &set;
    g->target = (size_t)-1;
    for (uint32_t i = 0; i < ranges && !g->nomem; i++) {
        uint32_t len = rng_percent(&g->rng, 40) ? 0 : rng_range(&g->rng, 1, 300);

        if (i)
            put_char(g, ',');
        if (len)
            putf(g, "%u:%u", n, n + len);
        else
            putf(g, "%u", n);
        max = n + len;
        count += len + 1;
        n = n + len + 2 + rng_below(&g->rng, 20);
    }
    put_char(g, '\0');
    g->out = out;
    g->target = target;

    if (!g->nomem) {
        putf(g, "* ESEARCH (TAG \"%s\")%s", tag, uid ? " UID" : "");
        switch (rng_below(&g->rng, 3)) {
        case 0:
            putf(g, " MIN %u MAX %u COUNT %llu ALL %s", min, max, count,
                 set.data);
            break;
        case 1:
            putf(g, " COUNT %llu ALL %s MODSEQ %llu", count, set.data,
                 (unsigned long long)g->modseq + rng_range(&g->rng, 1, 9999));
            break;
        default:
            putf(g, " ALL %s", set.data);
            break;
        }
        crlf(g);
    }
    free(set.data);
}

static void esearch_unit(struct gen *g)
{
    char tag[16];

    g->modseq += rng_range(&g->rng, 1, 100000);
    if (rng_percent(&g->rng, 80)) {
        /* The ESEARCH's correlator names the command's own tag. */
        snprintf(tag, sizeof tag, "a%04u", (unsigned)((g->tag + 1) % 100000u));
        esearch_message(g, tag, rng_range(&g->rng, 1000, 20000));
    } else {
        put_search_line(g, rng_range(&g->rng, 1, 20000), 1);
    }
    tagged_ok(g, "Search");
}

static void put_capability_line(struct gen *g, int minimal)
{
    uint32_t n = minimal ? rng_range(&g->rng, 0, 2)
                         : rng_range(&g->rng, 6, (uint32_t)COUNT_OF(CAPABILITIES) - 1);
    uint32_t start = rng_below(&g->rng, (uint32_t)COUNT_OF(CAPABILITIES) - 1);

    put(g, "* CAPABILITY IMAP4rev1");
    for (uint32_t i = 0; i < n; i++)
        putf(g, " %s", CAPABILITIES[1 + (start + i) % (COUNT_OF(CAPABILITIES) - 1)]);
    crlf(g);
}

/* The untagged data of a SELECT, then its tagged OK. */
static void select_group(struct gen *g)
{
    char tag[16];
    uint32_t exists = rng_range(&g->rng, 0, 200000);

    putf(g, "* %u EXISTS\r\n* %u RECENT\r\n", exists, rng_below(&g->rng, 5));
    put(g, "* FLAGS ");
    put_flag_list(g, 8);
    crlf(g);
    put(g, "* OK [PERMANENTFLAGS ");
    put(g, rng_percent(&g->rng, 50) ? "(\\Deleted \\Seen \\*)] Limited\r\n"
                                    : "(\\Answered \\Flagged \\Deleted \\Seen \\Draft $Forwarded \\*)] Flags permitted.\r\n");
    if (exists && rng_percent(&g->rng, 60))
        putf(g, "* OK [UNSEEN %u] Message %u is first unseen\r\n",
             rng_range(&g->rng, 1, exists), rng_range(&g->rng, 1, exists));
    putf(g, "* OK [UIDVALIDITY %u] UIDs valid\r\n",
         rng_range(&g->rng, 1, 0xFFFFFFFFu));
    putf(g, "* OK [UIDNEXT %u] Predicted next UID\r\n", exists + rng_range(&g->rng, 1, 9000));
    if (rng_percent(&g->rng, 50))
        putf(g, "* OK [HIGHESTMODSEQ %llu] Highest\r\n",
             (unsigned long long)rng_range(&g->rng, 1, 4000000) * 100000ull + 7);
    next_tag(g, tag, sizeof tag);
    putf(g, "%s OK [READ-%s] %s completed\r\n", tag,
         rng_percent(&g->rng, 80) ? "WRITE" : "ONLY",
         rng_percent(&g->rng, 80) ? "SELECT" : "EXAMINE");
}

static void status_data(struct gen *g)
{
    static const char *const MAILBOXES[] = {"blurdybloop", "INBOX",
                                            "\"Sent Items\"", "Archive/2024",
                                            "\"Entw&APw-rfe\""};

    putf(g, "* STATUS %s (MESSAGES %u UIDNEXT %u", PICK(&g->rng, MAILBOXES),
         rng_below(&g->rng, 100000), rng_range(&g->rng, 1, 900000));
    if (rng_percent(&g->rng, 50))
        putf(g, " UNSEEN %u RECENT %u", rng_below(&g->rng, 500), rng_below(&g->rng, 3));
    if (rng_percent(&g->rng, 50))
        putf(g, " UIDVALIDITY %u", rng_range(&g->rng, 1, 0xFFFFFFFFu));
    if (rng_percent(&g->rng, 30))
        putf(g, " HIGHESTMODSEQ %llu", (unsigned long long)rng_range(&g->rng, 1, 4000000) * 1000ull);
    put(g, ")\r\n");
}

/* Tagged NO / BAD / OK with the codes commands get back. */
static void tagged_status(struct gen *g)
{
    static const char *const TAILS[] = {
        "OK [READ-WRITE] SELECT completed", "OK NOOP completed",
        "NO [TRYCREATE] Mailbox doesn't exist: Foo",
        "NO [ALREADYEXISTS] Mailbox exists", "BAD Error in IMAP command",
        "OK [CAPABILITY IMAP4rev1 IDLE ENABLE] Logged in",
        "NO [AUTHENTICATIONFAILED] Authentication failed.",
        "OK [COPYUID 38505 304,319:320 3956:3958] Done",
        "OK [APPENDUID 38505 3955] APPEND completed", "OK Idle completed",
        "NO [OVERQUOTA] Quota exceeded", "OK [CLOSED] Previous mailbox closed"};
    char tag[16];

    next_tag(g, tag, sizeof tag);
    putf(g, "%s %s\r\n", tag, PICK(&g->rng, TAILS));
}

/* An untagged status response with a code. */
static void untagged_status(struct gen *g)
{
    switch (rng_below(&g->rng, 8)) {
    case 0:
        putf(g, "* OK [UIDVALIDITY %u] UIDs valid\r\n", rng_range(&g->rng, 1, 0xFFFFFFFFu));
        break;
    case 1:
        putf(g, "* OK [UIDNEXT %u] Predicted\r\n", rng_range(&g->rng, 1, 900000));
        break;
    case 2:
        put(g, "* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited\r\n");
        break;
    case 3:
        put(g, "* NO [ALERT] System shutdown in 10 minutes\r\n");
        break;
    case 4:
        putf(g, "* OK [UNSEEN %u] First unseen\r\n", rng_range(&g->rng, 1, 9999));
        break;
    case 5:
        put(g, "* OK [READ-ONLY] Mailbox is read-only\r\n");
        break;
    case 6:
        put(g, "* BAD [PARSE] Bad header\r\n");
        break;
    default:
        put(g, "* OK Still here\r\n");
        break;
    }
}

static void mixed_unit(struct gen *g)
{
    uint32_t kind = rng_below(&g->rng, 12);

    switch (kind) {
    case 0:
        select_group(g);
        break;
    case 1:
        status_data(g);
        tagged_ok(g, "Status");
        break;
    case 2:
        put_capability_line(g, 0);
        tagged_ok(g, "Capability");
        break;
    case 3:
        put(g, rng_percent(&g->rng, 50) ? "* ENABLED CONDSTORE QRESYNC\r\n"
                                        : "* ENABLED CONDSTORE\r\n");
        tagged_ok(g, "Enable");
        break;
    case 4:
        for (uint32_t i = rng_range(&g->rng, 1, 20); i > 0; i--)
            putf(g, "* %u EXPUNGE\r\n", rng_range(&g->rng, 1, 5000));
        tagged_ok(g, "Expunge");
        break;
    case 5:
        g->modseq += rng_range(&g->rng, 1, 100);
        putf(g, "* %u FETCH (FLAGS ", rng_range(&g->rng, 1, 5000));
        put_flag_list(g, 4);
        putf(g, " MODSEQ (%llu))\r\n", (unsigned long long)g->modseq);
        break;
    case 6:
        putf(g, "* %u EXISTS\r\n", rng_range(&g->rng, 1, 200000));
        if (rng_percent(&g->rng, 50))
            putf(g, "* %u RECENT\r\n", rng_below(&g->rng, 4));
        break;
    case 7:
        tagged_status(g);
        break;
    case 8:
        put(g, "* FLAGS ");
        put_flag_list(g, 8);
        crlf(g);
        break;
    default:
        untagged_status(g);
        break;
    }
}

/* Small responses only: numbers, status with codes, short CAPABILITY
 * and FLAGS, weighted so that responses average 28 bytes (27.99 to 28.11
 * for seeds 1 to 4 at 1 and 5 MB): the "status" stream.
 * tests/test_corpus.c holds the mean between 27.5 and 28.5. */
static void status_unit(struct gen *g)
{
    static const char *const SHORT_FLAGS[] = {
        "* FLAGS (\\Seen)\r\n", "* FLAGS ()\r\n",
        "* FLAGS (\\Seen \\Deleted)\r\n", "* FLAGS (\\Answered $Junk)\r\n"};
    uint32_t kind = rng_below(&g->rng, 100);

    if (kind < 16)
        putf(g, "* %u EXISTS\r\n", rng_range(&g->rng, 1, 99999));
    else if (kind < 21)
        putf(g, "* %u EXPUNGE\r\n", rng_range(&g->rng, 1, 9999));
    else if (kind < 23)
        putf(g, "* %u RECENT\r\n", rng_below(&g->rng, 9));
    else if (kind < 36)
        put(g, PICK(&g->rng, SHORT_FLAGS));
    else if (kind < 42) {
        char tag[16];
        next_tag(g, tag, sizeof tag);
        putf(g, "%s OK Done\r\n", tag);
    } else if (kind < 48)
        tagged_status(g);
    else if (kind < 89)
        untagged_status(g);
    else
        put_capability_line(g, 1);
}

/* ---- public entry points -------------------------------------------------- */

struct stream_def {
    const char *name;
    void (*unit)(struct gen *g);
};

static const struct stream_def STREAMS[IMW_CORPUS_STREAM_COUNT] = {
    [IMW_CORPUS_FETCH_HEADERS] = {"fetch_headers", fetch_headers_unit},
    [IMW_CORPUS_FETCH_BODIES] = {"fetch_bodies", fetch_bodies_unit},
    [IMW_CORPUS_LIST] = {"list", list_unit},
    [IMW_CORPUS_SEARCH] = {"search", search_unit},
    [IMW_CORPUS_ESEARCH] = {"esearch", esearch_unit},
    [IMW_CORPUS_MIXED] = {"mixed", mixed_unit},
    [IMW_CORPUS_STATUS] = {"status", status_unit},
};

const char *imw_corpus_stream_name(int stream)
{
    if (stream < 0 || stream >= IMW_CORPUS_STREAM_COUNT)
        return NULL;
    return STREAMS[stream].name;
}

int imw_corpus_find_stream(const char *name)
{
    for (int i = 0; i < IMW_CORPUS_STREAM_COUNT; i++)
        if (strcmp(STREAMS[i].name, name) == 0)
            return i;
    return -1;
}

int imw_corpus_generate(int stream, uint64_t seed, size_t bytes,
                        struct imw_corpus_buf *out)
{
    struct gen g;

    if (stream < 0 || stream >= IMW_CORPUS_STREAM_COUNT)
        return -1;
    memset(&g, 0, sizeof g);
    /* Mix the stream into the seed so that streams differ for one seed. */
    g.rng.state = seed ^ (0xD1B54A32D192ED03ull * (uint64_t)(stream + 1));
    g.out = out;
    g.target = out->len + bytes;
    g.uid = rng_range(&g.rng, 1, 100000);
    g.modseq = rng_range(&g.rng, 1, 1000000);
    while (!full(&g))
        STREAMS[stream].unit(&g);
    return g.nomem ? -1 : 0;
}

void imw_corpus_buf_free(struct imw_corpus_buf *buf)
{
    free(buf->data);
    buf->data = NULL;
    buf->len = buf->cap = 0;
}

/* ---- scaling shapes --------------------------------------------------------
 *
 * One message per call, its size set by n.  Numbers start at a base that
 * keeps their width constant over the sizes measured (7 digits up to a
 * million), so bytes grow in proportion to n and ns/byte compares like
 * with like. */

#define SEARCH_BASE 3000000u
#define THREAD_BASE 1000000u

static void search_shape(struct gen *g, size_t n)
{
    put(g, "* SEARCH");
    for (size_t i = 0; i < n; i++)
        putf(g, " %llu", (unsigned long long)(SEARCH_BASE + i));
    crlf(g);
}

/* A single part; part i alternates between a text part and an
 * attachment, each with BODYSTRUCTURE extension data. */
static void scaling_part(struct gen *g, size_t i)
{
    if (i % 2 == 0)
        putf(g, "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"UTF-8\") NIL NIL "
                "\"QUOTED-PRINTABLE\" %llu %llu NIL NIL NIL NIL)",
             (unsigned long long)(1000 + i % 9000),
             (unsigned long long)(20 + i % 200));
    else
        putf(g, "(\"APPLICATION\" \"PDF\" (\"NAME\" \"p%llu.pdf\") NIL NIL "
                "\"BASE64\" %llu NIL (\"attachment\" (\"FILENAME\" \"p%llu.pdf\")) "
                "NIL NIL)",
             (unsigned long long)i, (unsigned long long)(4096 + i % 60000),
             (unsigned long long)i);
}

static void scaling_mpart_tail(struct gen *g, size_t level)
{
    putf(g, " \"MIXED\" (\"BOUNDARY\" \"b%llu\") NIL NIL NIL)",
         (unsigned long long)level);
}

static void body_parts_shape(struct gen *g, size_t n)
{
    put(g, "* 1 FETCH (BODYSTRUCTURE (");
    for (size_t i = 0; i < n; i++)
        scaling_part(g, i);
    scaling_mpart_tail(g, 0);
    put(g, ")");
    crlf(g);
}

/* Parts first .. first+count-1: one part, or a multipart of the two
 * halves.  The recursion (and the nesting) is log2 of the count deep. */
static void nested_parts(struct gen *g, size_t first, size_t count,
                         size_t level)
{
    if (count == 1) {
        scaling_part(g, first);
        return;
    }
    put_char(g, '(');
    nested_parts(g, first, count - count / 2, level + 1);
    nested_parts(g, first + count - count / 2, count / 2, level + 1);
    scaling_mpart_tail(g, level);
}

static void body_nested_shape(struct gen *g, size_t n)
{
    put(g, "* 1 FETCH (BODYSTRUCTURE ");
    if (n == 1) { /* a multipart needs a part: wrap the only one */
        put_char(g, '(');
        scaling_part(g, 0);
        scaling_mpart_tail(g, 0);
    } else {
        nested_parts(g, 0, n, 0);
    }
    put(g, ")");
    crlf(g);
}

static void thread_chain_shape(struct gen *g, size_t n)
{
    put(g, "* THREAD (");
    for (size_t i = 0; i < n; i++)
        putf(g, i ? " %llu" : "%llu", (unsigned long long)(THREAD_BASE + i));
    put(g, ")");
    crlf(g);
}

/* The members of node i of a heap-ordered binary tree of n nodes (1 at
 * the root, 2i and 2i+1 below i): "i (left)(right)", or "i left" for an
 * only child.  RFC 5256: thread-members, then thread-nested = 2*thread-list. */
static void tree_members(struct gen *g, size_t i, size_t n)
{
    putf(g, "%llu", (unsigned long long)(THREAD_BASE + i));
    if (2 * i + 1 <= n) {
        put_char(g, ' ');
        for (size_t child = 2 * i; child <= 2 * i + 1; child++) {
            put_char(g, '(');
            tree_members(g, child, n);
            put_char(g, ')');
        }
    } else if (2 * i <= n) {
        put_char(g, ' ');
        tree_members(g, 2 * i, n);
    }
}

static void thread_tree_shape(struct gen *g, size_t n)
{
    put(g, "* THREAD (");
    tree_members(g, 1, n);
    put(g, ")");
    crlf(g);
}

static void envelope_shape(struct gen *g, size_t n)
{
    static const char *const ONE = "(\"Ann Example\" NIL \"ann\" \"example.org\")";

    put(g, "* 1 FETCH (ENVELOPE (\"Mon, 7 Feb 1994 21:52:25 -0800\" "
           "\"To everyone\" (");
    for (size_t i = 0; i < n; i++)
        putf(g, "(\"Sender %llu\" NIL \"user%llu\" \"example.com\")",
             (unsigned long long)i, (unsigned long long)i);
    putf(g, ") (%s) (%s) (%s) NIL NIL NIL \"<list@example.org>\"))", ONE, ONE, ONE);
    crlf(g);
}

struct shape_def {
    const char *name;
    size_t max;
    void (*message)(struct gen *g, size_t n);
};

static const struct shape_def SHAPES[IMW_SHAPE_COUNT] = {
    [IMW_SHAPE_SEARCH] = {"search", 1000000, search_shape},
    [IMW_SHAPE_BODY_PARTS] = {"body_parts", 5000, body_parts_shape},
    [IMW_SHAPE_BODY_NESTED] = {"body_nested", 5000, body_nested_shape},
    [IMW_SHAPE_THREAD_CHAIN] = {"thread_chain", 1000000, thread_chain_shape},
    [IMW_SHAPE_THREAD_TREE] = {"thread_tree", 1000000, thread_tree_shape},
    [IMW_SHAPE_ENVELOPE] = {"envelope", 10000, envelope_shape},
};

const char *imw_corpus_shape_name(int shape)
{
    return shape >= 0 && shape < IMW_SHAPE_COUNT ? SHAPES[shape].name : NULL;
}

size_t imw_corpus_shape_max(int shape)
{
    return shape >= 0 && shape < IMW_SHAPE_COUNT ? SHAPES[shape].max : 0;
}

int imw_corpus_scaling(int shape, size_t n, struct imw_corpus_buf *out)
{
    struct gen g;

    if (shape < 0 || shape >= IMW_SHAPE_COUNT || n == 0)
        return -1;
    memset(&g, 0, sizeof g);
    g.out = out;
    SHAPES[shape].message(&g, n);
    return g.nomem ? -1 : 0;
}

/* ---- checking a scaling response ------------------------------------------
 * Reads the typed structures only (no library call), so that the corpus
 * tool needs no link with the library. */

static const struct imw_fetch_item *only_fetch_item(const struct imw_response *r,
                                                    enum imw_fetch_item_kind kind)
{
    if (r->kind != IMW_RESP_FETCH || r->u.fetch->count != 1 ||
        r->u.fetch->items[0].kind != kind)
        return NULL;
    return &r->u.fetch->items[0];
}

static const char *check_search(size_t n, const struct imw_response *r)
{
    if (r->kind != IMW_RESP_SEARCH)
        return "not a typed SEARCH response";
    if (r->u.search->count != n)
        return "SEARCH has the wrong count of numbers";
    if (r->u.search->numbers[n - 1] != SEARCH_BASE + n - 1)
        return "SEARCH's last number is wrong";
    return NULL;
}

/* Single parts below `b`; the recursion is as deep as the parser's nesting
 * limit allows, no deeper. */
static size_t single_parts(const struct imw_body *b)
{
    size_t count = 0;

    if (b->kind != IMW_BODY_MULTIPART)
        return 1;
    for (size_t i = 0; i < b->part_count; i++)
        count += single_parts(&b->parts[i]);
    return count;
}

static const char *check_body(int flat, size_t n, const struct imw_response *r)
{
    const struct imw_fetch_item *item = only_fetch_item(r, IMW_FETCH_BODYSTRUCTURE);

    if (!item)
        return "not a typed FETCH with one BODYSTRUCTURE";
    if (item->u.body->kind != IMW_BODY_MULTIPART)
        return "BODYSTRUCTURE is not a multipart";
    if (flat && item->u.body->part_count != n)
        return "the multipart has the wrong count of parts";
    if (single_parts(item->u.body) != n)
        return "BODYSTRUCTURE has the wrong count of single parts";
    return NULL;
}

struct thread_measure {
    size_t nodes, depth;
    unsigned long long sum; /* of the message numbers */
};

/* Walks a thread iteratively along chains (a chain of a million is a
 * million levels deep) and recursively only where it branches. */
static void measure_thread(const struct imw_thread_node *node, size_t depth,
                           struct thread_measure *m)
{
    for (;;) {
        m->nodes++;
        m->sum += node->number;
        if (++depth > m->depth)
            m->depth = depth;
        if (node->count != 1)
            break;
        node = node->children;
    }
    for (size_t i = 0; i < node->count; i++)
        measure_thread(&node->children[i], depth, m);
}

static size_t log2_levels(size_t n)
{
    size_t levels = 0;

    for (; n; n >>= 1)
        levels++;
    return levels;
}

static const char *check_thread(int chain, size_t n, const struct imw_response *r)
{
    struct thread_measure m = {0, 0, 0};
    /* both shapes number their messages BASE .. BASE+n-1 (tree: BASE+1 ..) */
    unsigned long long first = THREAD_BASE + (chain ? 0 : 1);

    if (r->kind != IMW_RESP_THREAD)
        return "not a typed THREAD response";
    if (r->u.thread->count != 1)
        return "THREAD does not hold exactly one thread";
    measure_thread(&r->u.thread->threads[0], 0, &m);
    if (m.nodes != n)
        return "THREAD has the wrong count of messages";
    if (m.depth != (chain ? n : log2_levels(n)))
        return "THREAD has the wrong depth";
    if (m.sum != first * n + (unsigned long long)n * (n - 1) / 2)
        return "THREAD's message numbers are wrong";
    return NULL;
}

static const char *check_envelope(size_t n, const struct imw_response *r)
{
    const struct imw_fetch_item *item = only_fetch_item(r, IMW_FETCH_ENVELOPE);

    if (!item)
        return "not a typed FETCH with one ENVELOPE";
    if (item->u.envelope->from.count != n)
        return "ENVELOPE has the wrong count of from addresses";
    for (size_t i = 0; i < n; i++)
        if (item->u.envelope->from.items[i].kind != IMW_ADDR_ADDRESS)
            return "a from address is not an ordinary address";
    if (item->u.envelope->to.count != 1 || item->u.envelope->cc.count != 0)
        return "ENVELOPE's to or cc list is wrong";
    return NULL;
}

const char *imw_corpus_scaling_check(int shape, size_t n,
                                     const struct imw_response *r)
{
    if (!r || n == 0)
        return "no response";
    switch (shape) {
    case IMW_SHAPE_SEARCH:       return check_search(n, r);
    case IMW_SHAPE_BODY_PARTS:   return check_body(1, n, r);
    case IMW_SHAPE_BODY_NESTED:  return check_body(0, n, r);
    case IMW_SHAPE_THREAD_CHAIN: return check_thread(1, n, r);
    case IMW_SHAPE_THREAD_TREE:  return check_thread(0, n, r);
    case IMW_SHAPE_ENVELOPE:     return check_envelope(n, r);
    default:                     return "unknown shape";
    }
}
