/* Named leniencies: from the events of lenient-* rules (and the positions
 * of the name-only one) to their names. */
#include "leniency.h"

/* Rule id -> leniency name.  The rules are defined in
 * grammar/overrides.abnf (LENIENCY) and bound in grammar/bindings. */
static const struct {
    uint16_t rule;
    const char *name;
} leniencies[] = {
    { IMW_RULE_LENIENT_SPACE_AFTER_STAR, "space-after-star" },
    { IMW_RULE_LENIENT_SPACE_AT_LINE_END, "space-at-line-end" },
    { IMW_RULE_LENIENT_DOUBLE_SPACE, "double-space" },
    { IMW_RULE_LENIENT_SPACE_BEFORE_PAREN, "space-before-paren" },
    { IMW_RULE_LENIENT_FLAG_STAR, "flag-star" },
    { IMW_RULE_LENIENT_FLAG_QUOTED, "flag-quoted" },
    { IMW_RULE_LENIENT_FLAG_BRACKET, "flag-bracket" },
    { IMW_RULE_LENIENT_NIL_LIST, "nil-list" },
    { IMW_RULE_LENIENT_EMPTY_ADDRESS_LIST, "empty-address-list" },
    { IMW_RULE_LENIENT_NIL_STRING, "nil-string" },
    { IMW_RULE_LENIENT_DSP_STRING, "dsp-string" },
    { IMW_RULE_LENIENT_PARAM_NIL_VALUE, "param-nil-value" },
    { IMW_RULE_LENIENT_NIL_ENCODING, "nil-encoding" },
    { IMW_RULE_LENIENT_MD5_PARAMS, "md5-params" },
    { IMW_RULE_LENIENT_EMPTY_MULTIPART, "empty-multipart" },
    { IMW_RULE_LENIENT_SNIPPET, "snippet" },
    { IMW_RULE_LENIENT_MULTIPART_AS_SINGLE, "multipart-as-single" },
    /* the command side */
    { IMW_RULE_LENIENT_GETMETADATA_OPTIONS_LAST, "getmetadata-options-last" },
    { IMW_RULE_LENIENT_METADATA_ENTRIES_UNPARENTHESISED,
      "metadata-entries-unparenthesised" },
};

const char *imw_leniency_name(uint16_t rule)
{
    for (size_t i = 0; i < sizeof leniencies / sizeof leniencies[0]; i++)
        if (leniencies[i].rule == rule)
            return leniencies[i].name;
    return NULL;
}

/* lenient-space-at-line-end is name-only (grammar/bindings): it is
 * entered at every SP of a capability list or a SEARCH, as the list may
 * end there, and an event each time cost more than reading the list.  It
 * can be left only on a CR that ends the message (1*SP CRLF, and a CR
 * inside a frame is a literal header's, after "}"): left there, the
 * message ends in it, as its event used to say.  Its span: [*start, *end). */
static int space_at_line_end(const struct imw_run *run, size_t *start,
                             size_t *end)
{
    const uint16_t rule = IMW_RULE_LENIENT_SPACE_AT_LINE_END;
    if (run->len < 2 || !imw_run_closed_at(run, rule, run->len - 2) ||
        !imw_run_entered_last(run, rule, start))
        return 0;
    *end = run->len - 2;
    return 1;
}

int imw_leniency_check(const struct imw_run *run, size_t *at,
                       const char **name)
{
    const char *found = NULL;
    size_t first = 0, longest = 0, start, end;

    if (space_at_line_end(run, &start, &end)) {
        found = "space-at-line-end";
        first = start;
        longest = end - start;
    }

    /* The first by position; of two starting together the longer, which
     * holds the other: "NIL" read as a NIL subtype inside a multipart sent
     * as a single part is that multipart's leniency. */
    for (size_t i = 0; i < run->nev; i++) {
        const struct imw_event *e = &run->ev[i];
        const char *n = imw_leniency_name(e->rule);
        size_t len = e->end - e->start;
        if (n && (!found || e->start < first ||
                  (e->start == first && len > longest))) {
            found = n;
            first = e->start;
            longest = len;
        }
    }
    if (!found)
        return 0;
    *at = first;
    *name = found;
    return 1;
}
