/* The skip test's toy machine (tests/test_skip.sh): every case of
 * tools/skiptable.awk, and a driver that prints what the machine did for
 * each input line, so that the machine with run skips and the same
 * machine without them (IMW_NO_SKIPS) can be compared.  t.xml is
 * `ragel -x t.rl`, t_skip.h what tools/skiptable.awk makes of it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef IMW_NO_SKIPS
#define IMW_SKIP_TO(state) (p + 1)
#else
#include "skip_run.h"
#include "t_skip.h"
#define IMW_SKIP_LOW line
#define IMW_SKIP_TO(state) IMW_SKIP_TO_(state)
#define IMW_SKIP_TO_(state) IMW_SKIP_TO_STATE_##state
#endif

%%{
    machine t;
    alphtype unsigned char;
    action run_skip { fexec IMW_SKIP_TO(ftargs); }
    action other { n += (long)(p - line); }
    action mark { m = (long)(p - line); }
    text = ((any - [\r\n\0]) $run_skip)+;
    # A: a pure loop; D: the same, with "READ" tracked in it (the states
    # after R, RE, REA, READ loop on nothing); B: a loop whose 'z' runs
    # another action ('z' is not skipped); C: a loop entered by a
    # transition that runs an action after run_skip (no skip into it);
    # E: a loop on the digits (imw_skip_digits, eight octets in line);
    # F: a quoted string's text (imw_skip_first16, sixteen in line).
    quoted = ((any - [\r\n\0"\\]) $run_skip)+;
    main := "A " text "\r\n"
          | "D " text "\r\n"
          | "D READ" 0 "\r\n"
          | "B " (([a-y] | 'z' @mark) $run_skip)+ "\r\n"
          | "C " ([0-9] $run_skip @other) [0-9]* $run_skip "\r\n"
          | "E " ([0-9] $run_skip)+ ";\r\n"
          | "F \"" quoted "\"\r\n";
}%%

%% write data;

/* One input per line of stdin (NULs allowed), its "\n" standing for
 * "\r\n": prints the final state, where the machine stopped, and what
 * the actions saw. */
int main(void)
{
    static unsigned char buf[4096];
    int c;
    size_t len = 0;
    while ((c = getchar()) != EOF) {
        if (c != '\n') {
            if (len < sizeof buf - 2)
                buf[len++] = (unsigned char)c;
            continue;
        }
        buf[len++] = '\r';
        buf[len++] = '\n';
        /* a copy of exactly its length: a read past it (or before it)
         * is one AddressSanitizer sees */
        unsigned char *line = malloc(len);
        if (!line)
            return 1;
        memcpy(line, buf, len);
        const unsigned char *p = line, *pe = line + len;
        long n = 0, m = -1;
        int cs;
        %% write init;
        %% write exec;
        printf("%s cs=%d at=%ld n=%ld m=%ld\n", cs >= t_first_final ? "accept" : "reject", cs, (long)(p - line), n, m);
        free(line);
        len = 0;
    }
    (void)t_first_final;
    (void)t_error;
    (void)t_en_main;
    return 0;
}
