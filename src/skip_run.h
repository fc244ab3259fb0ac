/* Internal: the scan behind the generated machines' run skips
 * (run_skip in src/common_actions.rl, IMW_SKIP_TO in src/machine_glue.h,
 * the tables in gen/NAME_skip.h; doc/ARCHITECTURE.md, "Run skips").
 * Self-contained, so that the skip test's toy machine uses this very
 * function (tests/test_skip.sh). */
#ifndef IMW_SKIP_RUN_H
#define IMW_SKIP_RUN_H

/* The first octet after p, below pe, that `run_class` does not hold (pe
 * when there is none): four table tests per round, as the runs skipped
 * are text and quoted strings of tens of octets. */
static inline const unsigned char *
imw_skip_run(const unsigned char *p, const unsigned char *pe,
             const unsigned char *run_class)
{
    const unsigned char *q = p + 1;
    while (pe - q >= 4) {
        if (!run_class[q[0]])
            return q;
        if (!run_class[q[1]])
            return q + 1;
        if (!run_class[q[2]])
            return q + 2;
        if (!run_class[q[3]])
            return q + 3;
        q += 4;
    }
    while (q < pe && run_class[*q])
        q++;
    return q;
}

#endif /* IMW_SKIP_RUN_H */
