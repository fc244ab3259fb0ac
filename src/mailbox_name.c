/* Mailbox names: INBOX, hierarchy split and join, safe local names
 * (include/imapwire/values.h). */
#include <string.h>

#include "value_error.h"

int imw_mailbox_is_inbox(const uint8_t *name, size_t len)
{
    static const char inbox[] = "INBOX";
    size_t i;

    if (!name || len != sizeof inbox - 1)
        return 0;
    for (i = 0; i < len; i++) {
        /* ASCII case folding only: RFC 3501 names no other */
        uint8_t c = name[i];

        if (c >= 'a' && c <= 'z')
            c = (uint8_t)(c - 'a' + 'A');
        if (c != (uint8_t)inbox[i])
            return 0;
    }
    return 1;
}

/* ---- the hierarchy ------------------------------------------------------ */

void imw_mailbox_iter_init(struct imw_mailbox_iter *it, const uint8_t *name,
                           size_t len, uint8_t delim)
{
    if (!it)
        return;
    it->name = name;
    it->len = name ? len : 0;
    it->at = 0;
    it->delim = delim;
    it->done = 0;
}

/* The end of the component that starts at `at`: the next delimiter or
 * the end of the name.  A flat namespace has no delimiter to find. */
static size_t component_end(const uint8_t *name, size_t len, size_t at,
                            uint8_t delim)
{
    const uint8_t *d;

    if (delim == 0 || at == len)
        return len;
    d = memchr(name + at, delim, len - at);
    return d ? (size_t)(d - name) : len;
}

int imw_mailbox_iter_next(struct imw_mailbox_iter *it, imw_bytes *component)
{
    size_t end;

    if (!it || !component || it->done)
        return 0;
    end = component_end(it->name, it->len, it->at, it->delim);
    component->ptr = it->name ? it->name + it->at : (const uint8_t *)"";
    component->len = end - it->at;
    /* a delimiter at `end` starts one more component, even an empty one */
    if (end == it->len)
        it->done = 1;
    else
        it->at = end + 1;
    return 1;
}

int imw_mailbox_join(const imw_bytes *components, size_t count, uint8_t delim,
                     char *out, size_t cap)
{
    struct imw_text_sink t = {out, out ? cap : 0, 0};
    size_t i;

    if (!components || count == 0 || (delim == 0 && count > 1))
        return IMW_ERR_INVALID_ARGUMENT;
    for (i = 0; i < count; i++) {
        const imw_bytes *c = &components[i];

        if (!c->ptr && c->len > 0)
            return IMW_ERR_INVALID_ARGUMENT;
        /* a delimiter inside would split the name differently */
        if (delim != 0 && c->len > 0 && memchr(c->ptr, delim, c->len))
            return IMW_ERR_INVALID_ARGUMENT;
        if (i > 0)
            imw_text_put(&t, (const char *)&delim, 1);
        if (c->len > 0)
            imw_text_put(&t, (const char *)c->ptr, c->len);
    }
    return imw_text_finish(&t);
}

/* ---- safe local names ----------------------------------------------------- */

static int name_fail(struct imw_value_error *err, enum imw_value_reason reason,
                     size_t at)
{
    return imw_value_fail(err, IMW_ERR_SYNTAX, reason, at);
}

/* The component name[start..end) as a path element: not empty, not "."
 * and not "..". */
static int check_component(const uint8_t *name, size_t start, size_t end,
                           struct imw_value_error *err)
{
    size_t n = end - start;

    if (n == 0)
        return name_fail(err, IMW_NAME_EMPTY_COMPONENT, start);
    if ((n == 1 && name[start] == '.') ||
        (n == 2 && name[start] == '.' && name[start + 1] == '.'))
        return name_fail(err, IMW_NAME_DOT_COMPONENT, start);
    return 0;
}

/* The octet at name[i], which is not the delimiter: how long it is, or
 * why it cannot be in a file name. */
static int check_octets(const uint8_t *name, size_t len, size_t i, size_t *n,
                        struct imw_value_error *err)
{
    uint32_t cp;

    if (name[i] == '/')
        return name_fail(err, IMW_NAME_SLASH, i);
    if (name[i] < 0x20 || name[i] == 0x7F)
        return name_fail(err, IMW_NAME_CONTROL, i);
    return imw_utf8_next(name, len, i, &cp, n, err);
}

int imw_mailbox_safe_local_name(const uint8_t *name, size_t len, uint8_t delim,
                                struct imw_value_error *err)
{
    size_t start = 0, i = 0;

    if ((!name && len > 0) || (delim != 0 && (delim < 0x20 || delim >= 0x7F)))
        return IMW_ERR_INVALID_ARGUMENT;
    while (i < len) {
        size_t n;
        int rc;

        if (delim != 0 && name[i] == delim) {
            rc = check_component(name, start, i, err);
            if (rc < 0)
                return rc;
            start = ++i;
            continue;
        }
        rc = check_octets(name, len, i, &n, err);
        if (rc < 0)
            return rc;
        i += n;
    }
    return check_component(name, start, len, err);
}
