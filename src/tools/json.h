/* A small streaming JSON writer for the imapwire tools.
 *
 * Values are written as they are produced, either to a FILE* or into a
 * growable buffer; the writer only keeps track of where commas go.  It is
 * not part of the library's public API.
 *
 *     struct imw_json j;
 *     imw_json_init_file(&j, stdout);
 *     imw_json_begin_object(&j);
 *     imw_json_key(&j, "number");
 *     imw_json_uint(&j, 23);
 *     imw_json_end_object(&j);
 *     imw_json_end_line(&j);          // {"number":23}\n
 *     if (imw_json_failed(&j)) ...    // a write, allocation or nesting error
 *
 * Byte strings (imw_json_bytes) may hold any bytes and are always written as
 * one JSON string that maps back to exactly those bytes:
 *   - well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
 *     above U+10FFFF) is copied as is, except the escapes below;
 *   - `"` and `\` become `\"` and `\\`; LF, CR and TAB become `\n`, `\r`,
 *     `\t`; the other C0 controls (NUL included) and DEL become `\u00XX`;
 *   - every byte that is not part of well-formed UTF-8 (always 0x80-0xFF)
 *     becomes the lone surrogate escape `\udcXX`, XX being the byte in hex
 *     (U+DC80-U+DCFF, Python's "surrogateescape").  Well-formed UTF-8 never
 *     encodes a surrogate, so `\udcXX` can only mean "the raw byte XX".
 * Hex digits are lower case. */
#ifndef IMW_TOOLS_JSON_H
#define IMW_TOOLS_JSON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Deeper nesting than this marks the writer as failed.  A FETCH body
 * structure costs up to two levels per level of the message (a part
 * object and its "parts" array), and the parser accepts up to 256. */
#define IMW_JSON_MAX_DEPTH 1024

struct imw_json {
    FILE *file;   /* destination, or NULL to collect into `buf` */
    char *buf;    /* buffer mode: the text so far, NUL-terminated */
    size_t len;   /* buffer mode: bytes in `buf`, NUL excluded */
    size_t cap;   /* buffer mode: bytes allocated for `buf` */
    int failed;   /* sticky: a write, an allocation or the nesting failed */
    unsigned depth;
    int after_key; /* a key was written; its value comes next, no comma */
    /* per open container: it already holds an item, so a comma is due */
    unsigned char has_items[IMW_JSON_MAX_DEPTH + 1];
    /* per open container: 1 for an object (keys allowed), 0 for an array */
    unsigned char is_object[IMW_JSON_MAX_DEPTH + 1];
};

/* Writes to `file`; the caller keeps ownership of it. */
void imw_json_init_file(struct imw_json *json, FILE *file);
/* Collects the text in json->buf (json->len bytes); see imw_json_release. */
void imw_json_init_buffer(struct imw_json *json);
/* Frees the buffer of a buffer-mode writer; harmless for file mode. */
void imw_json_release(struct imw_json *json);
/* Empties a buffer-mode writer's text, keeping its allocation. */
void imw_json_clear(struct imw_json *json);

/* Nonzero once anything has failed; later calls then do nothing useful. */
int imw_json_failed(const struct imw_json *json);

/* Reading back what a writer wrote (the tests compare values as JSON):
 * the octet after the JSON value that starts at `s` (a string, a number,
 * a literal name, or a whole object or array). */
const char *imw_json_skip_value(const char *s);

void imw_json_begin_object(struct imw_json *json);
void imw_json_end_object(struct imw_json *json);
void imw_json_begin_array(struct imw_json *json);
void imw_json_end_array(struct imw_json *json);

/* An object member's name (a NUL-terminated string); its value follows. */
void imw_json_key(struct imw_json *json, const char *key);

void imw_json_uint(struct imw_json *json, uint64_t value);
void imw_json_int(struct imw_json *json, int64_t value);
void imw_json_bool(struct imw_json *json, int value);
void imw_json_null(struct imw_json *json);
/* A NUL-terminated string, escaped like imw_json_bytes. */
void imw_json_string(struct imw_json *json, const char *text);
/* Any bytes, escaped as described at the top of this file.  `ptr` may be
 * NULL when `len` is 0. */
void imw_json_bytes(struct imw_json *json, const uint8_t *ptr, size_t len);

/* The escaped contents of a byte string without the surrounding quotes,
 * for embedding in messages that are not JSON.  No comma handling. */
void imw_json_escaped(struct imw_json *json, const uint8_t *ptr, size_t len);

/* Ends a top-level value with a newline (JSON Lines) and makes the writer
 * ready for the next one. */
void imw_json_end_line(struct imw_json *json);

#endif /* IMW_TOOLS_JSON_H */
