/* A small streaming JSON writer; see json.h for the escaping scheme. */
#include "json.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

/* ---- output ------------------------------------------------------------- */

static int grow_buffer(struct imw_json *json, size_t extra)
{
    size_t need = json->len + extra + 1; /* +1 keeps room for the NUL */
    size_t cap = json->cap ? json->cap : 256;
    char *bigger;

    if (need < json->len) /* overflow */
        return -1;
    while (cap < need) {
        if (cap > SIZE_MAX / 2)
            return -1;
        cap *= 2;
    }
    if (cap == json->cap)
        return 0;
    bigger = realloc(json->buf, cap);
    if (!bigger)
        return -1;
    json->buf = bigger;
    json->cap = cap;
    return 0;
}

static void write_raw(struct imw_json *json, const void *data, size_t len)
{
    if (json->failed || len == 0)
        return;
    if (json->file) {
        if (fwrite(data, 1, len, json->file) != len)
            json->failed = 1;
        return;
    }
    if (grow_buffer(json, len) < 0) {
        json->failed = 1;
        return;
    }
    memcpy(json->buf + json->len, data, len);
    json->len += len;
    json->buf[json->len] = '\0';
}

static void write_char(struct imw_json *json, char c)
{
    write_raw(json, &c, 1);
}

static void write_text(struct imw_json *json, const char *text)
{
    write_raw(json, text, strlen(text));
}

/* ---- setup -------------------------------------------------------------- */

static void reset_state(struct imw_json *json)
{
    json->depth = 0;
    json->after_key = 0;
    memset(json->has_items, 0, sizeof json->has_items);
    memset(json->is_object, 0, sizeof json->is_object);
}

void imw_json_init_file(struct imw_json *json, FILE *file)
{
    memset(json, 0, sizeof *json);
    json->file = file;
}

void imw_json_init_buffer(struct imw_json *json)
{
    memset(json, 0, sizeof *json);
}

void imw_json_release(struct imw_json *json)
{
    free(json->buf);
    json->buf = NULL;
    json->len = 0;
    json->cap = 0;
}

void imw_json_clear(struct imw_json *json)
{
    json->len = 0;
    if (json->buf)
        json->buf[0] = '\0';
    json->failed = 0;
    reset_state(json);
}

int imw_json_failed(const struct imw_json *json)
{
    return json->failed;
}

const char *imw_json_skip_value(const char *s)
{
    int depth = 0;
    do {
        if (*s == '"') {
            for (s++; *s && *s != '"'; s++)
                if (*s == '\\' && s[1])
                    s++;
        } else if (*s == '{' || *s == '[') {
            depth++;
        } else if (*s == '}' || *s == ']') {
            depth--;
        } else if (depth == 0) {
            while (*s && !strchr(",}]", *s))
                s++;
            return s;
        }
        if (*s)
            s++;
    } while (*s && depth > 0);
    return s;
}

/* ---- structure ---------------------------------------------------------- */

/* Called before every value and every key: writes the comma that separates
 * it from the previous item of the same container. */
static void separate_item(struct imw_json *json)
{
    if (json->after_key) {
        json->after_key = 0;
        return;
    }
    if (json->depth > 0 && json->has_items[json->depth])
        write_char(json, ',');
    json->has_items[json->depth] = 1;
}

/* Called before every value: inside an object a value needs its key. */
static void begin_value(struct imw_json *json)
{
    if (json->is_object[json->depth] && !json->after_key)
        json->failed = 1;
    separate_item(json);
}

static void open_container(struct imw_json *json, char bracket)
{
    begin_value(json);
    if (json->depth >= IMW_JSON_MAX_DEPTH) {
        json->failed = 1;
        return;
    }
    write_char(json, bracket);
    json->depth++;
    json->has_items[json->depth] = 0;
    json->is_object[json->depth] = bracket == '{';
}

static void close_container(struct imw_json *json, char bracket)
{
    int closing_object = bracket == '}';

    /* unbalanced, mismatched, or a key still waiting for its value */
    if (json->depth == 0 || json->after_key ||
        json->is_object[json->depth] != closing_object) {
        json->failed = 1;
        return;
    }
    json->depth--;
    write_char(json, bracket);
}

void imw_json_begin_object(struct imw_json *json)
{
    open_container(json, '{');
}

void imw_json_end_object(struct imw_json *json)
{
    close_container(json, '}');
}

void imw_json_begin_array(struct imw_json *json)
{
    open_container(json, '[');
}

void imw_json_end_array(struct imw_json *json)
{
    close_container(json, ']');
}

void imw_json_key(struct imw_json *json, const char *key)
{
    if (!json->is_object[json->depth] || json->after_key) {
        json->failed = 1;
        return;
    }
    separate_item(json);
    write_char(json, '"');
    imw_json_escaped(json, (const uint8_t *)key, strlen(key));
    write_text(json, "\":");
    json->after_key = 1;
}

void imw_json_end_line(struct imw_json *json)
{
    if (json->depth != 0 || json->after_key)
        json->failed = 1;
    write_char(json, '\n');
    reset_state(json);
}

/* ---- scalars ------------------------------------------------------------ */

void imw_json_uint(struct imw_json *json, uint64_t value)
{
    char digits[24];

    begin_value(json);
    snprintf(digits, sizeof digits, "%" PRIu64, value);
    write_text(json, digits);
}

void imw_json_int(struct imw_json *json, int64_t value)
{
    char digits[24];

    begin_value(json);
    snprintf(digits, sizeof digits, "%" PRId64, value);
    write_text(json, digits);
}

void imw_json_bool(struct imw_json *json, int value)
{
    begin_value(json);
    write_text(json, value ? "true" : "false");
}

void imw_json_null(struct imw_json *json)
{
    begin_value(json);
    write_text(json, "null");
}

void imw_json_string(struct imw_json *json, const char *text)
{
    imw_json_bytes(json, (const uint8_t *)text, strlen(text));
}

void imw_json_bytes(struct imw_json *json, const uint8_t *ptr, size_t len)
{
    begin_value(json);
    write_char(json, '"');
    imw_json_escaped(json, ptr, len);
    write_char(json, '"');
}

/* ---- string escaping ------------------------------------------------------ */

/* Length of the well-formed UTF-8 sequence at p (RFC 3629, table 3-7 of
 * the Unicode standard), or 0 when the bytes there are not one.  The range
 * of the second byte depends on the first: that is what rules out overlong
 * forms, surrogates (ED A0-BF) and code points above U+10FFFF (F4 90-). */
static size_t utf8_sequence_length(const uint8_t *p, size_t avail)
{
    uint8_t lead = p[0];
    uint8_t second_lo = 0x80, second_hi = 0xBF;
    size_t need, i;

    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        need = 2;
    else if (lead >= 0xE0 && lead <= 0xEF)
        need = 3;
    else if (lead >= 0xF0 && lead <= 0xF4)
        need = 4;
    else
        return 0; /* continuation byte, C0, C1 or F5-FF */

    if (lead == 0xE0)
        second_lo = 0xA0;
    else if (lead == 0xED)
        second_hi = 0x9F;
    else if (lead == 0xF0)
        second_lo = 0x90;
    else if (lead == 0xF4)
        second_hi = 0x8F;

    if (avail < need)
        return 0;
    if (p[1] < second_lo || p[1] > second_hi)
        return 0;
    for (i = 2; i < need; i++)
        if (p[i] < 0x80 || p[i] > 0xBF)
            return 0;
    return need;
}

static int needs_escape(uint8_t byte)
{
    return byte < 0x20 || byte == 0x7F || byte == '"' || byte == '\\';
}

static void write_ascii_escape(struct imw_json *json, uint8_t byte)
{
    char escape[8];

    switch (byte) {
    case '"':  write_text(json, "\\\""); return;
    case '\\': write_text(json, "\\\\"); return;
    case '\n': write_text(json, "\\n"); return;
    case '\r': write_text(json, "\\r"); return;
    case '\t': write_text(json, "\\t"); return;
    default:
        snprintf(escape, sizeof escape, "\\u%04x", (unsigned)byte);
        write_text(json, escape);
    }
}

/* A byte outside well-formed UTF-8 becomes the lone surrogate U+DC00+byte
 * (bytes here are always >= 0x80, so U+DC80..U+DCFF). */
static void write_invalid_byte(struct imw_json *json, uint8_t byte)
{
    char escape[8];

    snprintf(escape, sizeof escape, "\\u%04x", 0xDC00u + byte);
    write_text(json, escape);
}

/* U+0080..U+009F, the C1 controls, in UTF-8: terminals may act on them as
 * on ESC (U+009B is CSI), so a hostile server's text must not reach one
 * raw.  They are escaped like the C0 controls; the string still decodes
 * to the same code points. */
static int is_c1_control(const uint8_t *p, size_t seq)
{
    return seq == 2 && p[0] == 0xC2 && p[1] < 0xA0;
}

static void write_c1_escape(struct imw_json *json, uint8_t second)
{
    char escape[8];

    snprintf(escape, sizeof escape, "\\u%04x", (unsigned)second);
    write_text(json, escape);
}

/* Copies runs of bytes that need no escaping in one write each, so that
 * long literals cost one fwrite rather than one call per byte. */
void imw_json_escaped(struct imw_json *json, const uint8_t *ptr, size_t len)
{
    size_t run_start = 0, i = 0;

    if (len == 0) /* also keeps NULL + 0 out of the arithmetic below */
        return;
    while (i < len) {
        size_t seq;

        if (ptr[i] < 0x80 && !needs_escape(ptr[i])) {
            i++;
            continue;
        }
        seq = ptr[i] < 0x80 ? 1 : utf8_sequence_length(ptr + i, len - i);
        if (seq > 1 && !is_c1_control(ptr + i, seq)) {
            i += seq;
            continue;
        }
        write_raw(json, ptr + run_start, i - run_start);
        if (seq == 1)
            write_ascii_escape(json, ptr[i]);
        else if (seq == 2)
            write_c1_escape(json, ptr[i + 1]);
        else
            write_invalid_byte(json, ptr[i]);
        i += seq ? seq : 1;
        run_start = i;
    }
    write_raw(json, ptr + run_start, len - run_start);
}
