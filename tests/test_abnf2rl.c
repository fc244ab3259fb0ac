/* Tests of abnf2rl, the ABNF -> Ragel grammar compiler, driven in-process
 * on in-memory grammars.  The shared runner calls imw_abnf2rl_suite(). */
#include "abnf2rl.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

Suite *imw_abnf2rl_suite(void);

/* ---- helpers -------------------------------------------------------- */

typedef int (*emitter)(struct imw_abnf_ctx *, FILE *);

/* Runs an emitter into a malloc'd string; NULL when it fails. */
static char *capture(struct imw_abnf_ctx *ctx, emitter fn)
{
    FILE *f = tmpfile();
    char *buf;
    long n;

    ck_assert_ptr_nonnull(f);
    if (fn(ctx, f) != 0) {
        fclose(f);
        return NULL;
    }
    n = ftell(f);
    buf = malloc((size_t)n + 1);
    ck_assert_ptr_nonnull(buf);
    rewind(f);
    ck_assert_uint_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static struct imw_abnf_ctx *new_ctx(void)
{
    struct imw_abnf_ctx *ctx = imw_abnf_new();

    ck_assert_ptr_nonnull(ctx);
    return ctx;
}

static void add(struct imw_abnf_ctx *ctx, const char *name, const char *text,
                int is_update)
{
    imw_abnf_add_source(ctx, name, text, strlen(text), is_update);
}

static void add_roots(struct imw_abnf_ctx *ctx, const char *roots)
{
    char buf[256], *tok;

    ck_assert_uint_lt(strlen(roots), sizeof buf);
    strcpy(buf, roots);
    for (tok = strtok(buf, " "); tok != NULL; tok = strtok(NULL, " "))
        ck_assert_int_eq(imw_abnf_add_root(ctx, tok), 0);
}

static char *dup_string(const char *s)
{
    char *d = malloc(strlen(s) + 1);

    ck_assert_ptr_nonnull(d);
    return strcpy(d, s);
}

/* One grammar file t.abnf, optional bindings t.bind, roots separated by
 * spaces.  Returns the Ragel output, or NULL with *errors set. */
static char *compile(const char *abnf, const char *bind, const char *roots,
                     char **errors)
{
    struct imw_abnf_ctx *ctx = new_ctx();
    char *out;

    add(ctx, "t.abnf", abnf, 0);
    if (bind != NULL)
        imw_abnf_add_bindings(ctx, "t.bind", bind, strlen(bind));
    add_roots(ctx, roots);
    out = capture(ctx, imw_abnf_emit_ragel);
    if (errors != NULL)
        *errors = dup_string(imw_abnf_errors(ctx));
    imw_abnf_free(ctx);
    return out;
}

static char *must_compile(const char *abnf, const char *bind,
                          const char *roots)
{
    char *errors = NULL;
    char *out = compile(abnf, bind, roots, &errors);

    ck_assert_msg(out != NULL, "unexpected errors:\n%s", errors);
    ck_assert_str_eq(errors, "");
    free(errors);
    return out;
}

static char *must_fail(const char *abnf, const char *bind,
                       const char *roots)
{
    char *errors = NULL;
    char *out = compile(abnf, bind, roots, &errors);

    ck_assert_msg(out == NULL, "expected failure, got:\n%s", out);
    ck_assert_str_ne(errors, "");
    return errors;
}

#define assert_has(text, needle)                                          \
    ck_assert_msg(strstr((text), (needle)) != NULL,                       \
                  "missing <%s> in:\n%s", (needle), (text))
#define assert_lacks(text, needle)                                        \
    ck_assert_msg(strstr((text), (needle)) == NULL,                       \
                  "unexpected <%s> in:\n%s", (needle), (text))

/* `first` appears before `second` in text. */
static void assert_before(const char *text, const char *first,
                          const char *second)
{
    const char *a = strstr(text, first), *b = strstr(text, second);

    ck_assert_msg(a != NULL && b != NULL && a < b,
                  "<%s> not before <%s> in:\n%s", first, second, text);
}

/* Compiles `x = BODY` (plus `extra` rules) and checks r_x's definition. */
static void check_rule(const char *body, const char *extra,
                       const char *expected)
{
    char abnf[512], *out;

    snprintf(abnf, sizeof abnf, "x = %s\n%s", body, extra);
    out = must_compile(abnf, NULL, "x");
    assert_has(out, expected);
    free(out);
}

static void check_error(const char *abnf, const char *bind,
                        const char *roots, const char *expected)
{
    char *errors = must_fail(abnf, bind, roots);

    assert_has(errors, expected);
    free(errors);
}

static const char ab[] = "a = \"1\"\nb = \"2\"\nc = \"3\"\nd = \"4\"\n";

/* ---- terminals ------------------------------------------------------ */

START_TEST(strings)
{
    check_rule("\"abc\"", "", "r_x = \"abc\"i;\n");
    check_rule("%s\"Abc\"", "", "r_x = \"Abc\";\n");
    check_rule("%S\"Abc\"", "", "r_x = \"Abc\";\n");
    check_rule("%i\"abc\"", "", "r_x = \"abc\"i;\n");
    check_rule("\"(\"", "", "r_x = \"(\";\n");
    check_rule("\"1.5\"", "", "r_x = \"1.5\";\n");
    check_rule("\"\\Seen\"", "", "r_x = \"\\\\Seen\"i;\n");
    check_rule("\"\"", "", "r_x = zlen;\n");
}
END_TEST

START_TEST(num_values)
{
    check_rule("%x41", "", "r_x = 0x41;\n");
    check_rule("%X4a", "", "r_x = 0x4a;\n");
    check_rule("%x41-5A", "", "r_x = 0x41..0x5a;\n");
    check_rule("%x0D.0A", "", "r_x = 0x0d . 0x0a;\n");
    check_rule("%x0D.0A.20", "", "r_x = 0x0d . 0x0a . 0x20;\n");
    check_rule("%d13", "", "r_x = 0x0d;\n");
    check_rule("%d48-57", "", "r_x = 0x30..0x39;\n");
    check_rule("%d13.10", "", "r_x = 0x0d . 0x0a;\n");
    check_rule("%b1010", "", "r_x = 0x0a;\n");
    check_rule("%b0-11111111", "", "r_x = 0x00..0xff;\n");
    check_rule("%xFF", "", "r_x = 0xff;\n");
}
END_TEST

START_TEST(num_value_errors)
{
    check_error("x = %x100\n", NULL, "x",
                "t.abnf:1:5: value above 0xFF not supported");
    check_error("x = %x41.100\n", NULL, "x",
                "t.abnf:1:5: value above 0xFF not supported");
    check_error("x = %d256\n", NULL, "x",
                "t.abnf:1:5: value above 0xFF not supported");
    check_error("x = %x5A-41\n", NULL, "x", "t.abnf:1:5: empty range");
    check_error("x = %q41\n", NULL, "x", "t.abnf:1:5: malformed");
}
END_TEST

/* ---- repetition, grouping, precedence ------------------------------- */

START_TEST(repetitions)
{
    check_rule("*a", ab, "r_x = r_a*;\n");
    check_rule("1*a", ab, "r_x = r_a+;\n");
    check_rule("3a", ab, "r_x = r_a{3};\n");
    check_rule("1a", ab, "r_x = r_a;\n");
    check_rule("0a", ab, "r_x = zlen;\n");
    check_rule("2*5a", ab, "r_x = r_a{2,5};\n");
    check_rule("2*a", ab, "r_x = r_a{2,};\n");
    check_rule("*4a", ab, "r_x = r_a{,4};\n");
    check_rule("0*4a", ab, "r_x = r_a{,4};\n");
    check_rule("*1a", ab, "r_x = r_a?;\n");
    check_rule("[a]", ab, "r_x = r_a?;\n");
    check_rule("3*3a", ab, "r_x = r_a{3};\n");
    check_rule("2\"ab\"", "", "r_x = \"ab\"i{2};\n");
    check_rule("4HEXDIG", "", "r_x = r_hexdig{4};\n");
}
END_TEST

START_TEST(grouping)
{
    check_rule("*(a b)", ab, "r_x = ( r_a . r_b )*;\n");
    check_rule("*(a / b)", ab, "r_x = ( r_a | r_b )*;\n");
    check_rule("[a / b]", ab, "r_x = ( r_a | r_b )?;\n");
    check_rule("[a b]", ab, "r_x = ( r_a . r_b )?;\n");
    check_rule("*[a]", ab, "r_x = ( r_a? )*;\n");
    check_rule("1*(*a)", ab, "r_x = ( r_a* )+;\n");
    check_rule("(a)", ab, "r_x = r_a;\n");
    check_rule("a (b / c) d", ab, "r_x = r_a . ( r_b | r_c ) . r_d;\n");
    check_rule("a *(b c) d", ab, "r_x = r_a . ( r_b . r_c )* . r_d;\n");
    check_rule("*%x41-5A", "", "r_x = ( 0x41..0x5a )*;\n");
    check_rule("2%x0D.0A", "", "r_x = ( 0x0d . 0x0a ){2};\n");
    check_rule("a %x0D.0A", ab, "r_x = r_a . ( 0x0d . 0x0a );\n");
    check_rule("a [b c / d]", ab,
               "r_x = r_a . ( r_b . r_c | r_d )?;\n");
}
END_TEST

START_TEST(alternation)
{
    check_rule("a / b c / (c / d)", ab,
               "r_x =\n    ( r_a\n    | r_b . r_c\n    | ( r_c | r_d )\n"
               "    );\n");
}
END_TEST

START_TEST(repeat_errors)
{
    check_error("x = 3*2a\na = \"1\"\n", NULL, "x",
                "t.abnf:1:5: repetition minimum above maximum");
    check_error("x = 2 a\na = \"1\"\n", NULL, "x",
                "t.abnf:1:5: a repeat count must be followed directly");
    check_error("x = 2\n", NULL, "x",
                "t.abnf:1:5: a repeat count must be followed directly");
}
END_TEST

/* ---- layout, comments, line ends ------------------------------------ */

START_TEST(layout)
{
    char *out = must_compile(
        "; leading comment\r\n"
        "x = a   ; trailing comment\r\n"
        "    b   ; continuation\r\n"
        "; a column-0 comment inside the rule\r\n"
        "\r\n"
        "        / c\r\n"
        "a=\"1\"\r\n"
        "b\t=\t\"2\"\r\n"
        "c = \"3\"", NULL, "x");

    assert_has(out, "r_x =\n    ( r_a . r_b\n    | r_c\n    );\n");
    assert_has(out, "# x (t.abnf:2)\n");
    assert_has(out, "r_c = \"3\";\n");
    free(out);
}
END_TEST

START_TEST(syntax_errors)
{
    check_error("x = (\"a\"\n", NULL, "x", "t.abnf:2:1: expected ')'");
    check_error("x = [\"a\" y\n", NULL, "x", "t.abnf:2:1: expected ']'");
    check_error("x = \"abc\n", NULL, "x",
                "t.abnf:1:5: unterminated or invalid string");
    check_error("x = <abc\n", NULL, "x",
                "t.abnf:1:5: unterminated or invalid prose value");
    check_error("  x = \"a\"\n", NULL, "x",
                "t.abnf:1:3: indented line outside a rule");
    check_error("x \"a\"\n", NULL, "x",
                "t.abnf:1:3: expected '=' or '=/' after the rule name");
    check_error("x = \"a\"\n\"b\"\n", NULL, "x",
                "t.abnf:2:1: expected a rule name");
    check_error("x =\ny = \"a\"\n", NULL, "x",
                "t.abnf:2:1: expected an element");
    check_error("x = \"a\" ) \"b\"\n", NULL, "x",
                "t.abnf:1:9: unexpected token");
    check_error("x = \"a\" & \"b\"\n", NULL, "x",
                "t.abnf:1:9: unexpected character");
    check_error("x = \"a\"\ry = \"b\"\n", NULL, "x",
                "t.abnf:1:8: carriage return without line feed");
    check_error("x = a /\n", NULL, "x", "t.abnf:2:1: expected an element");
    check_error("x ::= a\n", NULL, "x", "t.abnf:1:3:");
}
END_TEST

START_TEST(nul_byte_in_input)
{
    struct imw_abnf_ctx *ctx = new_ctx();

    ck_assert_int_eq(imw_abnf_add_source(ctx, "t.abnf", "x = \"a\"\0y",
                                         9, 0), -1);
    assert_has(imw_abnf_errors(ctx), "t.abnf:1:8: unexpected character");
    imw_abnf_free(ctx);
}
END_TEST

/* ---- names ---------------------------------------------------------- */

START_TEST(case_insensitive_names)
{
    char *out = must_compile("x = ATOM-CHAR Atom-Char\n"
                             "atom-char = \"a\"\n", NULL, "X");

    assert_has(out, "# atom-char (t.abnf:2)\nr_atom_char = \"a\"i;\n");
    assert_has(out, "r_x = r_atom_char . r_atom_char;\n");
    free(out);
    check_error("Foo = \"a\"\nFOO = \"b\"\n", NULL, "foo",
                "t.abnf:2: duplicate definition of 'FOO' "
                "(first defined at t.abnf:1)");
}
END_TEST

START_TEST(core_rules)
{
    char *out = must_compile("x = ALPHA DIGIT CRLF SP HEXDIG WSP\n", NULL,
                             "x");

    assert_has(out, "# ALPHA (RFC 5234 core rule)\n");
    assert_has(out, "r_alpha =\n    ( 0x41..0x5a\n    | 0x61..0x7a\n    );");
    assert_has(out, "r_digit = 0x30..0x39;\n");
    assert_has(out, "r_crlf = 0x0d . 0x0a;\n");
    assert_has(out, "r_sp = 0x20;\n");
    assert_has(out, "r_htab = 0x09;\n");
    assert_has(out, "| \"A\"i\n");
    assert_before(out, "r_sp =", "r_wsp =");
    assert_before(out, "r_htab =", "r_wsp =");
    /* only what is referenced */
    assert_lacks(out, "r_octet");
    assert_lacks(out, "r_lwsp");
    free(out);
}
END_TEST

START_TEST(core_rules_all)
{
    char *out = must_compile("x = ALPHA BIT CHAR CR CRLF CTL DIGIT DQUOTE "
                             "HEXDIG HTAB LF LWSP OCTET SP VCHAR WSP\n",
                             NULL, "x");

    assert_has(out, "r_bit =\n    ( \"0\"\n    | \"1\"\n    );");
    assert_has(out, "r_char = 0x01..0x7f;\n");
    assert_has(out, "r_cr = 0x0d;\n");
    assert_has(out, "r_ctl =\n    ( 0x00..0x1f\n    | 0x7f\n    );");
    assert_has(out, "r_dquote = 0x22;\n");
    assert_has(out, "r_lf = 0x0a;\n");
    assert_has(out, "r_lwsp = ( r_wsp | r_crlf . r_wsp )*;\n");
    assert_has(out, "r_octet = 0x00..0xff;\n");
    assert_has(out, "r_vchar = 0x21..0x7e;\n");
    free(out);
}
END_TEST

START_TEST(core_rule_redefined_by_file)
{
    char *out = must_compile("x = SP\nSP = \"_\"\n", NULL, "x");

    assert_has(out, "# SP (t.abnf:2)\nr_sp = \"_\";\n");
    free(out);
}
END_TEST

/* ---- definitions across files --------------------------------------- */

START_TEST(incremental_alternatives)
{
    struct imw_abnf_ctx *ctx = new_ctx();
    char *out;

    add(ctx, "one.abnf", "x = \"a\" / \"b\"\nx =/ \"c\"\n", 0);
    add(ctx, "two.abnf", "x =/ \"d\" / \"e\"\n", 0);
    add_roots(ctx, "x");
    out = capture(ctx, imw_abnf_emit_ragel);
    ck_assert_ptr_nonnull(out);
    assert_has(out, "# x (one.abnf:1, =/ one.abnf:2, =/ two.abnf:1)\n");
    assert_has(out, "r_x =\n    ( \"a\"i\n    | \"b\"i\n    | \"c\"i\n"
                    "    | \"d\"i\n    | \"e\"i\n    );\n");
    free(out);
    imw_abnf_free(ctx);
}
END_TEST

START_TEST(incremental_on_undefined)
{
    check_error("y = \"a\"\nx =/ \"c\"\n", NULL, "y",
                "t.abnf:2: '=/' on undefined rule 'x'");
}
END_TEST

START_TEST(update_replaces)
{
    struct imw_abnf_ctx *ctx = new_ctx();
    char *out;

    add(ctx, "base.abnf", "x = \"a\" y\nx =/ \"b\"\ny = \"y\"\n", 0);
    add(ctx, "ext.abnf", "x =/ \"c\"\n", 0);
    ck_assert_int_eq(imw_abnf_add_source(ctx, "dir/ov.abnf",
                                         "X = \"z\"\nx =/ \"w\"\n", 17, 1),
                     0);
    add(ctx, "later.abnf", "x =/ \"v\"\n", 0);
    add_roots(ctx, "x");
    out = capture(ctx, imw_abnf_emit_ragel);
    ck_assert_ptr_nonnull(out);
    assert_has(out, "# x (ov.abnf:1, =/ ov.abnf:2, =/ later.abnf:1)\n");
    assert_has(out, "r_x =\n    ( \"z\"i\n    | \"w\"i\n    | \"v\"i\n"
                    "    );\n");
    assert_lacks(out, "r_y"); /* no longer reachable */
    assert_has(out, "from base.abnf ext.abnf ov.abnf later.abnf --");
    free(out);
    imw_abnf_free(ctx);
}
END_TEST

START_TEST(update_duplicate_in_same_file)
{
    struct imw_abnf_ctx *ctx = new_ctx();

    add(ctx, "base.abnf", "x = \"a\"\n", 0);
    ck_assert_int_eq(imw_abnf_add_source(ctx, "ov.abnf",
                                         "x = \"b\"\nx = \"c\"\n", 16, 1),
                     -1);
    ck_assert_str_eq(imw_abnf_errors(ctx),
                     "ov.abnf:2: duplicate definition of 'x' "
                     "(first defined at ov.abnf:1)\n");
    imw_abnf_free(ctx);
}
END_TEST

START_TEST(duplicate_across_plain_files)
{
    struct imw_abnf_ctx *ctx = new_ctx();

    add(ctx, "a.abnf", "x = \"a\"\n\ny = \"b\"\n", 0);
    add(ctx, "b.abnf", "; comment\ny = \"c\"\n", 0);
    ck_assert_str_eq(imw_abnf_errors(ctx),
                     "b.abnf:2: duplicate definition of 'y' "
                     "(first defined at a.abnf:3)\n");
    add_roots(ctx, "x");
    ck_assert_int_eq(imw_abnf_resolve(ctx), -1);
    ck_assert_ptr_null(capture(ctx, imw_abnf_emit_ragel));
    imw_abnf_free(ctx);
}
END_TEST

/* ---- checks on the reachable grammar -------------------------------- */

START_TEST(undefined_reference)
{
    char *errors = must_fail("x = \"a\"\n  y\nz = nope\n", NULL, "x");

    ck_assert_str_eq(errors,
                     "t.abnf:2: rule 'x' references undefined rule 'y'\n");
    free(errors);
    /* unreachable rules may be broken */
    free(must_compile("x = \"a\"\nz = nope <prose>\n", NULL, "x"));
}
END_TEST

START_TEST(prose_value)
{
    char *errors = must_fail("x = \"a\" y\ny = 1*<any CHAR except \"]\">\n",
                             NULL, "x");

    ck_assert_str_eq(errors, "t.abnf:2: rule 'y' contains prose value "
                             "<any CHAR except \"]\">: it needs an override "
                             "(-u file)\n");
    free(errors);
}
END_TEST

START_TEST(all_errors_reported)
{
    char *errors = must_fail("x = <p1> y z w\ny = <p2> x\nz = nope\n"
                             "w = \"(\" w \")\"\n", NULL, "x");

    ck_assert_str_eq(errors,
        "t.abnf:1: rule 'x' contains prose value <p1>: it needs an "
        "override (-u file)\n"
        "t.abnf:2: rule 'y' contains prose value <p2>: it needs an "
        "override (-u file)\n"
        "t.abnf:3: rule 'z' references undefined rule 'nope'\n"
        "error: recursive rules without a call point: w -> w (declare "
        "'call RULE ...' in the bindings)\n"
        "error: recursive rules without a call point: x -> y -> x (declare "
        "'call RULE ...' in the bindings)\n");
    free(errors);
}
END_TEST

START_TEST(roots)
{
    check_error("x = \"a\"\n", NULL, "", "error: no root rule given");
    check_error("x = \"a\"\n", NULL, "x nope",
                "error: root rule 'nope' is not defined");
}
END_TEST

START_TEST(topological_order)
{
    char *out = must_compile("top = b c a\n"
                             "a = \"a\" c\n"
                             "b = a c\n"
                             "c = \"c\"\n"
                             "unused = \"u\"\n", NULL, "top");

    assert_before(out, "r_c =", "r_a =");
    assert_before(out, "r_a =", "r_b =");
    assert_before(out, "r_b =", "r_top =");
    assert_lacks(out, "unused");
    free(out);
}
END_TEST

START_TEST(recursion_cycle_named)
{
    char *errors = must_fail("a = \"(\" b \")\"\n"
                             "b = c / \"x\"\n"
                             "c = \"[\" a \"]\" / d\n"
                             "d = \"d\"\n", NULL, "a");

    ck_assert_str_eq(errors, "error: recursive rules without a call point: "
                     "a -> b -> c -> a (declare 'call RULE ...' in the "
                     "bindings)\n");
    free(errors);
    check_error("s = \"x\" [SP s]\n", NULL, "s",
                "recursive rules without a call point: s -> s (");
}
END_TEST

START_TEST(recursion_needs_every_cycle_cut)
{
    /* cutting a does not cut the b <-> c cycle */
    check_error("a = \"(\" b \")\"\nb = c / a / \"x\"\nc = \"[\" b \"]\"\n",
                "call a close\n", "a",
                "recursive rules without a call point: b -> c -> b (");
}
END_TEST

/* ---- bindings ------------------------------------------------------- */

START_TEST(event_and_bind)
{
    char *out = must_compile("x = y \"!\"\ny = 1*DIGIT\n",
                             "# comment\n\n"
                             "event y\n"
                             "bind y @num_end\n"
                             "bind Y $num_digit\n"
                             "bind x   >x_start  \n", "x");

    assert_has(out, "action ev_open_y { IMW_EV_OPEN(IMW_RULE_Y); }\n"
                    "action ev_close_y { IMW_EV_CLOSE(IMW_RULE_Y); }\n");
    assert_has(out, "r_y = ( r_digit+ ) >ev_open_y %ev_close_y @num_end "
                    "$num_digit;\n");
    assert_has(out, "r_x = ( r_y . \"!\" ) >x_start;\n");
    free(out);
}
END_TEST

/* A name-only rule notes its positions (for naming errors) and records no
 * span: other macros, the same embeddings and id order. */
START_TEST(name_only)
{
    char *out = must_compile("x = y \"!\" z\ny = 1*DIGIT\nz = \"(\" y \")\"\n",
                             "event x\nname y\ncall z close\nname z\n", "x");

    assert_has(out, "action ev_open_y { IMW_NAME_OPEN(IMW_RULE_Y); }\n"
                    "action ev_close_y { IMW_NAME_CLOSE(IMW_RULE_Y); }\n");
    assert_has(out, "r_y = ( r_digit+ ) >ev_open_y %ev_close_y;\n");
    assert_has(out, "action ev_close_z { IMW_NAME_CLOSE_AFTER(IMW_RULE_Z); }\n");
    assert_has(out, "action ev_close_x { IMW_EV_CLOSE(IMW_RULE_X); }\n");
    free(out);
    check_error("x = \"a\"\n", "event x\nname x\n", "x",
                "t.bind:2: duplicate 'name x'");
}
END_TEST

START_TEST(late_event)
{
    char *out = must_compile("x = y \"!\"\ny = 1*DIGIT\n", "event x\nlate y\n",
                             "x");

    assert_has(out, "action ev_open_y { IMW_LATE_OPEN(IMW_RULE_Y); }\n"
                    "action ev_close_y { IMW_LATE_CLOSE(IMW_RULE_Y); }\n");
    assert_has(out, "r_y = ( r_digit+ ) >ev_open_y %ev_close_y;\n");
    assert_has(out, "action ev_close_x { IMW_EV_CLOSE(IMW_RULE_X); }\n");
    free(out);
    check_error("x = \"a\"\n", "late x\nevent x\n", "x",
                "t.bind:2: duplicate 'event x'");
    check_error("x = \"a\"\n", "name x\nlate x\n", "x",
                "t.bind:2: duplicate 'late x'");
}
END_TEST

START_TEST(event_names)
{
    char *out = must_compile("resp-text-code = \"ALERT\"\n",
                             "event RESP-TEXT-CODE\n", "resp-text-code");

    assert_has(out, "action ev_open_resp_text_code { "
                    "IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }\n");
    assert_has(out, "r_resp_text_code = ( \"ALERT\"i ) "
                    ">ev_open_resp_text_code %ev_close_resp_text_code;\n");
    free(out);
}
END_TEST

static const char nested[] =
    "top = \"*\" SP list CRLF\n"
    "list = \"(\" [item *(SP item)] \")\"\n"
    "item = atom / list\n"
    "atom = 1*ALPHA\n";

START_TEST(call_close)
{
    char *out = must_compile(nested, "call list close\n", "top");

    assert_has(out, "action call_list { fhold; if (!IMW_CALL_ENTER("
                    "IMW_RULE_LIST)) fbreak; fcall m_list; }\n");
    assert_has(out, "action ret_list { IMW_CALL_LEAVE(IMW_RULE_LIST); "
                    "fret; }\n");
    assert_has(out, "# list (t.abnf:2)\nr_list = ( 0x28 @call_list );\n");
    assert_has(out, "r_item =\n    ( r_atom\n    | r_list\n    );\n");
    assert_has(out, "r_list_body = ( \"(\" . ( r_item . ( r_sp . r_item )* "
                    ")? . \")\" );\n");
    assert_has(out, "m_list := ( r_list_body @ret_list ) & imw_lf_guard;\n}%%\n");
    assert_before(out, "r_list =", "r_item =");
    assert_before(out, "r_item =", "r_list_body =");
    assert_before(out, "r_list =", "r_top =");
    free(out);
}
END_TEST

START_TEST(call_follow_with_event)
{
    char *out = must_compile(nested,
                             "event item\n"
                             "call item follow [ )]\n"
                             "bind item @item_end\n", "top");

    assert_has(out, "action ret_hold_item { IMW_CALL_LEAVE(IMW_RULE_ITEM);"
                    " fhold; fret; }\n");
    assert_has(out, "r_item = ( ( 0x28 | 0x41..0x5a | 0x61..0x7a ) "
                    "@call_item );\n");
    assert_has(out, "r_item_body =\n    ( r_atom\n    | r_list\n    ) "
                    ">ev_open_item %ev_close_item @item_end;\n");
    assert_has(out, "m_item := ( r_item_body . ( [ )] @ret_hold_item ) ) & "
                    "imw_lf_guard;\n");
    assert_before(out, "r_item =", "r_list =");
    free(out);
}
END_TEST

START_TEST(call_close_with_event)
{
    char *out = must_compile(nested, "call list close\nevent list\n", "top");

    assert_has(out, "r_list_body = ( \"(\" . ( r_item . ( r_sp . r_item )* "
                    ")? . \")\" ) >ev_open_list @ev_close_list;\n");
    /* closing on the last byte: the span must include it */
    assert_has(out, "action ev_close_list { IMW_EV_CLOSE_AFTER(IMW_RULE_LIST); }\n");
    free(out);
}
END_TEST

START_TEST(call_root)
{
    char *out = must_compile(nested, "call list close\n", "list");

    assert_has(out, "r_list = ( 0x28 @call_list );\n");
    assert_has(out, "m_list := ( r_list_body @ret_list ) & imw_lf_guard;\n");
    assert_lacks(out, "r_top");
    free(out);
}
END_TEST

START_TEST(first_sets)
{
    char *out = must_compile(
        "top = x\n"
        "x = \"ab\" / %s\"Q\" / %x30-39 / [y] \"z\" / *SP %x0D.0A / \"<\" x\n"
        "y = \"\" / \"#\"\n", "call x follow [;]\n", "top");

    assert_has(out, "r_x = ( ( 0x0d | 0x20 | 0x23 | 0x30..0x39 | 0x3c | "
                    "0x41 | 0x51 | 0x5a | 0x61 | 0x7a ) @call_x );\n");
    assert_has(out, "r_x_body =\n");
    assert_has(out, "| \"<\" . r_x\n");
    free(out);
}
END_TEST

START_TEST(call_errors)
{
    check_error("x = *\"a\"\n", "call x close\n", "x",
                "t.bind:1: call rule 'x' can match the empty string");
    check_error("x = [\"a\"] \"b\" / 0\"c\"\n", "call x close\n", "x",
                "t.bind:1: call rule 'x' can match the empty string");
    check_error("x = \"(\" x-body \")\" / x\nx-body = \"b\"\n",
                "call x close\n", "x",
                "t.bind:1: call rule 'x': its machine r_x_body clashes "
                "with rule 'x-body'");
}
END_TEST

/* att is extern; inner (and DIGIT) are reached only through att, shared
 * (and ALPHA) both through att and directly. */
static const char ext_grammar[] =
    "top = \"*\" SP att SP shared CRLF\n"
    "att = inner shared\n"
    "inner = \"(\" *DIGIT \")\" / DIGIT\n"
    "shared = 1*ALPHA\n";

START_TEST(extern_placeholder)
{
    char *out = must_compile(ext_grammar, "event att\nextern att\n"
                                          "bind att @att_end\n", "top");

    assert_has(out, "\naction ext_att { { const unsigned char *imw_q = "
                    "IMW_EXTERN(IMW_RULE_ATT); if (!imw_q) { fhold; fbreak; "
                    "} fexec imw_q; if (imw_q == pe) fbreak; } }\n");
    /* FIRST comes from inner, which this machine does not emit */
    assert_has(out, "\n# att (t.abnf:2)\nr_att = ( ( 0x28 | 0x30..0x39 ) "
                    "@ext_att );\n");
    assert_before(out, "r_att =", "r_top =");
    free(out);
}
END_TEST

START_TEST(extern_omits_body)
{
    char *out = must_compile(ext_grammar, "event att\nextern att\n"
                                          "bind att @att_end\nevent inner\n"
                                          "call inner close\n", "top");

    /* the body, what only it reaches, and the rule's embeddings */
    assert_lacks(out, "r_inner");
    assert_lacks(out, "inner");
    assert_lacks(out, "r_digit");
    assert_lacks(out, "ev_open_att");
    assert_lacks(out, "ev_close_att");
    assert_lacks(out, "att_end");
    assert_lacks(out, "r_att_body");
    assert_lacks(out, "m_");
    assert_has(out, "r_att = ( ( 0x28 | 0x30..0x39 ) @ext_att );\n");
    /* reached both ways: emitted */
    assert_has(out, "r_shared = r_alpha+;\n");
    assert_has(out, "r_alpha =\n");
    assert_has(out, "r_top = \"*\" . r_sp . r_att . r_sp . r_shared . "
                    "r_crlf;\n");
    free(out);
}
END_TEST

START_TEST(extern_root_ignored)
{
    char *out = must_compile(ext_grammar, "event att\nextern att\n"
                                          "bind att @att_end\n", "att");

    assert_lacks(out, "ext_att");
    assert_lacks(out, "IMW_EXTERN");
    assert_has(out, "action ev_open_att { IMW_EV_OPEN(IMW_RULE_ATT); }\n");
    assert_has(out, "r_att = ( r_inner . r_shared ) >ev_open_att "
                    "%ev_close_att @att_end;\n");
    assert_has(out, "r_inner =\n");
    assert_has(out, "r_digit = ");
    assert_lacks(out, "r_top");
    free(out);
}
END_TEST

START_TEST(extern_in_call_and_recursion)
{
    /* list is recursive through item; the extern cut is enough */
    char *out = must_compile(nested, "extern item\n", "top");

    assert_has(out, "r_item = ( ( 0x28 | 0x41..0x5a | 0x61..0x7a ) "
                    "@ext_item );\n");
    assert_has(out, "r_list = \"(\" . ( r_item . ( r_sp . r_item )* )? . "
                    "\")\";\n");
    assert_lacks(out, "r_atom");
    free(out);
    /* extern rule reached from a call sub-machine: placeholder there */
    out = must_compile(nested, "call list close\nextern atom\n", "top");
    assert_has(out, "r_atom = ( ( 0x41..0x5a | 0x61..0x7a ) @ext_atom );\n");
    assert_has(out, "action ext_atom {");
    assert_has(out, "r_item =\n    ( r_atom\n    | r_list\n    );\n");
    assert_has(out, "m_list := ( r_list_body @ret_list ) & imw_lf_guard;\n");
    assert_before(out, "r_atom =", "r_list_body =");
    assert_lacks(out, "r_alpha");
    free(out);
    /* with the extern as root, the recursion must be cut by a call */
    check_error(nested, "extern item\n", "item",
                "recursive rules without a call point: list -> item -> "
                "list (");
}
END_TEST

START_TEST(extern_errors)
{
    check_error("x = \"a\"\n", "extern nope\n", "x",
                "t.bind:1: unknown rule 'nope'");
    check_error("x = y\ny = \"a\"\n", "extern y\ncall y follow [b]\n", "x",
                "t.bind:2: rule 'y' cannot be both 'call ... follow' and "
                "'extern' (extern at t.bind:1)");
    check_error("x = y\ny = \"a\"\n", "call y follow [b]\n\nextern Y\n",
                "x", "t.bind:3: rule 'Y' cannot be both 'extern' and "
                "'call ... follow' (call at t.bind:1)");
    check_error("x = y\ny = \"a\"\n", "extern y\nextern y\n", "x",
                "t.bind:2: duplicate 'extern y' (first at t.bind:1)");
    check_error("x = y\ny = \"a\"\n", "extern y z\n", "x",
                "t.bind:1: unexpected text after the directive");
    check_error("x = y \"b\"\ny = *\"a\"\n", "extern y\n", "x",
                "t.bind:1: extern rule 'y' can match the empty string");
    check_error("x = \"a\"\n", "extern count\n", "x",
                "t.bind:1: unknown rule 'count'");
    check_error("x = count\ncount = \"a\"\n", "extern count\n", "x",
                "t.bind:1: rule 'count' cannot get an id: IMW_RULE_COUNT "
                "is reserved");
}
END_TEST

START_TEST(binding_errors)
{
    check_error("x = \"a\"\n", "event x\nevnt x\n", "x",
                "t.bind:2: unknown directive 'evnt'");
    check_error("x = \"a\"\n", "event nope\n", "x",
                "t.bind:1: unknown rule 'nope'");
    check_error("x = \"a\"\n", "event\n", "x",
                "t.bind:1: missing rule name");
    check_error("x = \"a\"\n", "event x_y\n", "x",
                "t.bind:1: invalid rule name");
    check_error("x = \"a\"\n", "event x extra\n", "x",
                "t.bind:1: unexpected text after the directive");
    check_error("x = \"a\"\n", "bind x\n", "x",
                "t.bind:1: 'bind RULE' needs Ragel embedding text");
    check_error("x = \"a\"\n", "call x\n", "x",
                "t.bind:1: 'call RULE' must be followed by 'close' or");
    check_error("x = \"a\"\n", "call x follow  \n", "x",
                "t.bind:1: 'call RULE follow' needs a Ragel character");
    check_error("x = \"a\"\n", "call x close\ncall x close\n", "x",
                "t.bind:2: duplicate 'call x' (first at t.bind:1)");
    check_error("x = \"a\"\n", "event x\n\nevent X\n", "x",
                "t.bind:3: duplicate 'event X'");
    check_error("x = count\ncount = \"a\"\n", "event Count\n", "x",
                "t.bind:1: rule 'Count' cannot get an id: IMW_RULE_COUNT "
                "is reserved");
}
END_TEST

START_TEST(bindings_before_grammar)
{
    struct imw_abnf_ctx *ctx = new_ctx();
    const char *bind = "event x\r\n";
    char *out;

    /* the command line may name -b before the ABNF files */
    ck_assert_int_eq(imw_abnf_add_bindings(ctx, "b", bind, strlen(bind)), 0);
    add(ctx, "t.abnf", "x = \"a\"\n", 0);
    add_roots(ctx, "x");
    out = capture(ctx, imw_abnf_emit_ragel);
    ck_assert_ptr_nonnull(out);
    assert_has(out, "r_x = ( \"a\"i ) >ev_open_x %ev_close_x;\n");
    free(out);
    imw_abnf_free(ctx);
}
END_TEST

/* ---- output framing, header, determinism ---------------------------- */

START_TEST(file_framing)
{
    struct imw_abnf_ctx *ctx = new_ctx();
    char *out;

    add(ctx, "/abs/path/rfc3501.abnf", "x = \"a\"\n", 0);
    add(ctx, "../rfc4466.abnf", "y = \"b\"\n", 1);
    add_roots(ctx, "x");
    ck_assert_int_eq(imw_abnf_set_machine(ctx, "imw_resp"), 0);
    out = capture(ctx, imw_abnf_emit_ragel);
    ck_assert_ptr_nonnull(out);
    ck_assert_str_eq(out, "# Generated by abnf2rl from rfc3501.abnf "
                          "rfc4466.abnf -- do not edit.\n"
                          "%%{\nmachine imw_resp;\n\n"
                          "# x (rfc3501.abnf:1)\nr_x = \"a\"i;\n\n}%%\n");
    free(out);
    imw_abnf_free(ctx);
}
END_TEST

START_TEST(default_machine)
{
    char *out = must_compile("x = \"a\"\n", NULL, "x");

    assert_has(out, "%%{\nmachine imw_grammar;\n");
    free(out);
}
END_TEST

START_TEST(header)
{
    struct imw_abnf_ctx *ctx = new_ctx();
    const char *bind = "bind c @x\nevent Resp-Code\ncall b close\n"
                       "event b\nevent unreached\n";
    char *hdr, *out;

    add(ctx, "t.abnf", "top = b resp-code\nb = \"(\" [b] \")\"\n"
                       "resp-code = \"R\"\nc = \"c\"\nUnreached = \"u\"\n", 0);
    imw_abnf_add_bindings(ctx, "t.bind", bind, strlen(bind));
    add_roots(ctx, "top");
    hdr = capture(ctx, imw_abnf_emit_header);
    ck_assert_ptr_nonnull(hdr);
    ck_assert_str_eq(hdr,
        "/* Generated by abnf2rl -- do not edit. */\n"
        "#ifndef IMW_GEN_RULES_H\n#define IMW_GEN_RULES_H\n\n"
        "enum imw_rule_id {\n"
        "    IMW_RULE_NONE = 0,\n"
        "    IMW_RULE_RESP_CODE = 1,\n"
        "    IMW_RULE_B = 2,\n"
        "    IMW_RULE_UNREACHED = 3,\n"
        "    IMW_RULE_COUNT\n};\n\n"
        "extern const char *const imw_rule_names[IMW_RULE_COUNT];\n\n"
        "#ifdef IMW_RULE_NAMES_DEFINE\n"
        "const char *const imw_rule_names[IMW_RULE_COUNT] = {\n"
        "    \"\",\n    \"resp-code\",\n    \"b\",\n    \"Unreached\",\n"
        "};\n#endif\n\n#endif\n");
    /* unreachable rules get ids but no actions in this machine */
    out = capture(ctx, imw_abnf_emit_ragel);
    ck_assert_ptr_nonnull(out);
    assert_lacks(out, "unreached");
    assert_before(out, "action ev_open_resp_code", "action ev_open_b");
    free(out);
    free(hdr);
    imw_abnf_free(ctx);
}
END_TEST

static char *build_big(void)
{
    struct imw_abnf_ctx *ctx = new_ctx();
    char *out;
    const char *bind = "event item\ncall list close\nbind atom @a\n";

    add(ctx, "t.abnf", nested, 0);
    add(ctx, "u.abnf", "item =/ \"NIL\" / DIGIT\nz = \"z\"\n", 1);
    imw_abnf_add_bindings(ctx, "t.bind", bind, strlen(bind));
    add_roots(ctx, "top z");
    out = capture(ctx, imw_abnf_emit_ragel);
    ck_assert_ptr_nonnull(out);
    /* emitting again from the same context gives the same text */
    {
        char *again = capture(ctx, imw_abnf_emit_ragel);
        ck_assert_ptr_nonnull(again);
        ck_assert_str_eq(out, again);
        free(again);
    }
    imw_abnf_free(ctx);
    return out;
}

START_TEST(header_extern)
{
    struct imw_abnf_ctx *ctx = new_ctx();
    const char *bind = "event top\nextern att\nevent inner\nevent att\n"
                       "extern shared\n";
    char *hdr;

    add(ctx, "t.abnf", ext_grammar, 0);
    imw_abnf_add_bindings(ctx, "t.bind", bind, strlen(bind));
    add_roots(ctx, "top");
    hdr = capture(ctx, imw_abnf_emit_header);
    ck_assert_ptr_nonnull(hdr);
    assert_has(hdr, "    IMW_RULE_NONE = 0,\n"
                    "    IMW_RULE_TOP = 1,\n"
                    "    IMW_RULE_ATT = 2,\n"
                    "    IMW_RULE_INNER = 3,\n"
                    "    IMW_RULE_SHARED = 4,\n"
                    "    IMW_RULE_COUNT\n");
    assert_has(hdr, "    \"\",\n    \"top\",\n    \"att\",\n"
                    "    \"inner\",\n    \"shared\",\n};\n");
    free(hdr);
    imw_abnf_free(ctx);
}
END_TEST

/* ---- file modes: override and fill ---------------------------------- */

/* Override: `=` replaces the body, every `=/` of every file stays, and a
 * later `=/` still adds. */
START_TEST(override_keeps_increments)
{
    struct imw_abnf_ctx *ctx = new_ctx();
    char *out;

    add(ctx, "base.abnf", "x = \"a\" y\ny = \"y\"\n", 0);
    add(ctx, "ext.abnf", "x =/ \"c\"\n", 0);
    add(ctx, "ov.abnf", "x =/ \"o\"\nx = \"z\"\n", IMW_ABNF_OVERRIDE);
    add(ctx, "later.abnf", "x =/ \"v\"\n", 0);
    add_roots(ctx, "x");
    out = capture(ctx, imw_abnf_emit_ragel);
    ck_assert_ptr_nonnull(out);
    assert_has(out, "# x (ov.abnf:2, =/ ext.abnf:1, =/ ov.abnf:1, "
                    "=/ later.abnf:1)\n");
    assert_has(out, "r_x =\n    ( \"z\"i\n    | \"c\"i\n    | \"o\"i\n"
                    "    | \"v\"i\n    );\n");
    assert_lacks(out, "r_y"); /* the replaced body's references are gone */
    free(out);
    imw_abnf_free(ctx);
}
END_TEST

START_TEST(override_duplicate_in_same_file)
{
    struct imw_abnf_ctx *ctx = new_ctx();

    add(ctx, "base.abnf", "x = \"a\"\n", 0);
    ck_assert_int_eq(imw_abnf_add_source(ctx, "ov.abnf", "x = \"b\"\nx = \"c\"\n",
                                         16, IMW_ABNF_OVERRIDE), -1);
    ck_assert_str_eq(imw_abnf_errors(ctx),
                     "ov.abnf:2: duplicate definition of 'x' "
                     "(first defined at ov.abnf:1)\n");
    imw_abnf_free(ctx);
}
END_TEST

/* Fill: only undefined rules are taken; `=/` extends defined rules and is
 * skipped for rules nobody defines; a later `=` replaces a filled rule. */
START_TEST(fill_takes_undefined_rules_only)
{
    struct imw_abnf_ctx *ctx = new_ctx();
    char *out;

    add(ctx, "rev1.abnf", "x = \"a\" / new\nold = \"o\"\n", 0);
    add(ctx, "rev2.abnf", "x = \"rev2\"\nnew = \"n\" more\nmore = \"m\"\n"
        "x =/ \"b\"\ngone =/ \"g\"\n", IMW_ABNF_FILL);
    ck_assert_str_eq(imw_abnf_errors(ctx), "");
    add(ctx, "ext.abnf", "more = \"M\"\n", 0);
    add_roots(ctx, "x");
    out = capture(ctx, imw_abnf_emit_ragel);
    ck_assert_msg(out != NULL, "%s", imw_abnf_errors(ctx));
    assert_has(out, "# x (rev1.abnf:1, =/ rev2.abnf:4)\n");
    assert_has(out, "r_x =\n    ( \"a\"i\n    | r_new\n    | \"b\"i\n    );\n");
    assert_lacks(out, "\"rev2\"i");
    assert_has(out, "# new (rev2.abnf:2)\n");
    assert_has(out, "# more (ext.abnf:1)\nr_more = \"M\"i;\n");
    assert_lacks(out, "gone");
    free(out);
    imw_abnf_free(ctx);
}
END_TEST

START_TEST(fill_duplicate_in_same_file)
{
    struct imw_abnf_ctx *ctx = new_ctx();

    ck_assert_int_eq(imw_abnf_add_source(ctx, "f.abnf", "x = \"b\"\nx = \"c\"\n",
                                         16, IMW_ABNF_FILL), 0);
    /* the second `=` is a definition the file already made: skipped */
    add_roots(ctx, "x");
    char *out = capture(ctx, imw_abnf_emit_ragel);
    ck_assert_ptr_nonnull(out);
    assert_has(out, "r_x = \"b\"i;\n");
    free(out);
    ck_assert_int_eq(imw_abnf_add_source(ctx, "g.abnf", "y = \"y\"\n", 8, 9),
                     -1);
    assert_has(imw_abnf_errors(ctx), "g.abnf: unknown file mode 9");
    imw_abnf_free(ctx);
}
END_TEST

/* extern + call close: a placeholder in the calling machine, and in the
 * rule's own machine a call sub-machine (its glue runs r_R). */
START_TEST(extern_call_rule)
{
    const char *g = "top = \"t\" list\nlist = \"(\" *(\"x\" / list) \")\"\n";
    const char *bind = "call list close\nextern list\n";
    char *out = must_compile(g, bind, "top");

    assert_has(out, "r_list = ( 0x28 @ext_list );\n");
    assert_lacks(out, "m_list :=");
    assert_lacks(out, "call_list");
    free(out);
    out = must_compile(g, bind, "list");
    assert_has(out, "r_list = ( 0x28 @call_list );\n");
    assert_has(out, "m_list := ( r_list_body @ret_list ) & imw_lf_guard;\n");
    free(out);
}
END_TEST

START_TEST(determinism)
{
    char *a = build_big(), *b = build_big();

    ck_assert_str_eq(a, b);
    free(a);
    free(b);
}
END_TEST

START_TEST(error_accessors)
{
    struct imw_abnf_ctx *ctx = new_ctx();

    ck_assert_str_eq(imw_abnf_errors(ctx), "");
    ck_assert_int_eq(imw_abnf_error_count(ctx), 0);
    add(ctx, "t.abnf", "x = y\n", 0);
    add_roots(ctx, "x");
    ck_assert_int_eq(imw_abnf_resolve(ctx), -1);
    ck_assert_int_eq(imw_abnf_error_count(ctx), 1);
    ck_assert_ptr_null(capture(ctx, imw_abnf_emit_header));
    imw_abnf_free(ctx);
}
END_TEST

/* ---- call points: inlined outside their recursion, checked inside ---- */

/* RFC 3501's search shape: "CHARSET" and the key "CC" share C. */
static const char search[] =
    "s = \"SEARCH\" [SP \"CHARSET\" SP atom] 1*(SP k) CRLF\n"
    "k = \"ALL\" / \"CC\" SP atom / \"NOT\" SP k / \"(\" k *(SP k) \")\""
    " / 1*DIGIT\n"
    "atom = 1*ALPHA\n";
static const char search_bind[] = "event k\ncall k follow [ )\\r]\n";

START_TEST(call_inlined_outside_recursion)
{
    char *out = must_compile(search, search_bind, "s");

    /* the outside site gets the definition, not the placeholder */
    assert_has(out, "r_s = \"SEARCH\"i . ( r_sp . \"CHARSET\"i . r_sp . "
                    "r_atom )? . ( r_sp . r_k_body )+ . r_crlf;\n");
    /* inside the recursion: placeholders, and the sub-machine for them */
    assert_has(out, "r_k = ( ( 0x28 | 0x30..0x39 | 0x41 | 0x43 | 0x4e | "
                    "0x61 | 0x63 | 0x6e ) @call_k );\n");
    assert_has(out, "| \"NOT\"i . r_sp . r_k\n");
    assert_has(out, "| \"(\" . r_k . ( r_sp . r_k )* . \")\"\n");
    assert_has(out, ") >ev_open_k %ev_close_k;\n");
    assert_has(out, "m_k := ( r_k_body . ( [ )\\r] @ret_hold_k ) ) & "
                    "imw_lf_guard;\n");
    assert_before(out, "r_k =", "r_k_body =");
    assert_before(out, "r_k_body =", "r_s =");
    free(out);
}
END_TEST

START_TEST(call_close_inlined_keeps_span)
{
    char *out = must_compile(nested, "call list close\nevent list\n", "top");

    /* one definition serves both entries: the close event on the last
     * byte (IMW_EV_CLOSE_AFTER) whether list was called or inlined */
    assert_has(out, "r_top = \"*\" . r_sp . r_list_body . r_crlf;\n");
    assert_has(out, "r_item =\n    ( r_atom\n    | r_list\n    );\n");
    assert_has(out, "r_list_body = ( \"(\" . ( r_item . ( r_sp . r_item )* "
                    ")? . \")\" ) >ev_open_list @ev_close_list;\n");
    assert_has(out, "action ev_close_list { "
                    "IMW_EV_CLOSE_AFTER(IMW_RULE_LIST); }\n");
    assert_before(out, "r_list_body =", "r_top =");
    free(out);
}
END_TEST

START_TEST(call_inlined_through_other_rule)
{
    /* b reaches the recursion of list only through a; both inline */
    char *out = must_compile("top = a / b\na = \"<\" list\nb = \"[\" list\n"
                             "list = \"(\" *list \")\"\n",
                             "call list close\n", "top");

    assert_has(out, "r_a = \"<\" . r_list_body;\n");
    assert_has(out, "r_b = \"[\" . r_list_body;\n");
    assert_has(out, "r_list_body = ( \"(\" . r_list* . \")\" );\n");
    assert_before(out, "r_list_body =", "r_a =");
    /* defined once, before its first use */
    assert_lacks(strstr(out, "r_list_body =") + 1, "r_list_body =");
    free(out);
}
END_TEST

START_TEST(placeholder_conflicts)
{
    /* A / P: the placeholder inside the recursion competes with "(" */
    check_error("t = \"T\" SP k\nk = \"A\" / \"(\" (k / \"(\" \"y\") \")\"\n",
                   "call k close\n", "t",
                   "t.abnf:2: rule 'k': call point of 'k' shares first "
                   "octets 0x28 '(' with the alternative at t.abnf:2:20");
    /* an extern point, A / P order reversed */
    check_error("s = \"*\" SP (\"(\" \"z\" / att) CRLF\n"
                   "att = \"(\" 1*DIGIT \")\"\n", "extern att\n", "s",
                   "t.abnf:1: rule 's': extern point of 'att' shares first "
                   "octets 0x28 '(' with the alternative at t.abnf:1:13");
    /* [A] P and *A P: A competes with what follows */
    check_error("s = [\"(\"] att\natt = \"(\" \")\"\n", "extern att\n",
                   "s", "t.abnf:1: rule 's': extern point of 'att' shares "
                   "first octets 0x28 '(' with the alternative at t.abnf:1:6");
    check_error("s = *(\"x\" / \"(\") att\natt = \"(\" \")\"\n",
                   "extern att\n", "s", "extern point of 'att' shares "
                   "first octets 0x28 '('");
    /* [P] B and *P B */
    check_error("s = [att] \"(\"\natt = \"(\" \")\"\n", "extern att\n", "s",
                   "t.abnf:1: rule 's': extern point of 'att' shares first "
                   "octets 0x28 '(' with what can follow there");
    check_error("s = *att \"(\"\natt = \"(\" \")\"\n", "extern att\n", "s",
                   "extern point of 'att' shares first octets 0x28 '(' with "
                   "what can follow there");
    /* P at the end of a rule, the competitor in the caller */
    check_error("s = x \"(\"\nx = \"x\" [att]\natt = \"(\" \")\"\n",
                   "extern att\n", "s",
                   "t.abnf:2: rule 'x': extern point of 'att' shares first "
                   "octets 0x28 '(' with what can follow there");
    /* case-insensitive strings: both cases count */
    check_error("s = att / \"cc\"\natt = %s\"C\" \")\"\n", "extern att\n",
                   "s", "extern point of 'att' shares first octets 0x43 'C' "
                   "with the alternative at t.abnf:1:11");
    check_error("s = att / \"CC\"\natt = %s\"c\" \")\"\n", "extern att\n",
                   "s", "extern point of 'att' shares first octets 0x63 'c' "
                   "with");
    /* two placeholders */
    check_error("s = att / bat\natt = \"(\" \")\"\nbat = \"(\" \"]\"\n",
                   "extern att\nextern bat\n", "s",
                   "extern point of 'att' shares first octets 0x28 '(' with "
                   "the extern point of 'bat'");
}
END_TEST

START_TEST(placeholder_no_conflict)
{
    char *out;

    /* one placeholder in two readings: one call, the DFA keeps both */
    out = must_compile("s = att \"a\" / att \"b\"\natt = \"(\" \")\"\n",
                       "extern att\n", "s");
    free(out);
    /* two empty branches share what follows */
    out = must_compile("s = (\"\" / *\"x\") att\natt = \"(\" \")\"\n",
                       "extern att\n", "s");
    free(out);
    /* disjoint: the search shape's recursion, the response grammar's kind */
    out = must_compile(search, search_bind, "s");
    free(out);
    out = must_compile(nested, "call list close\nextern atom\n", "top");
    free(out);
}
END_TEST

/* ---- end to end: abnf2rl, Ragel, the C compiler, the toy machine ---- */

#if defined(TEST_RAGEL) && defined(TEST_CC)
#include <unistd.h>

/* Events print "rule start-end" as they close; the machine then prints
 * "accept" or "reject OFFSET".  Marks are kept per call depth, as the
 * library's run does. */
static const char toy_glue[] =
    "#include <stdio.h>\n"
    "#define IMW_RULE_NAMES_DEFINE\n"
    "#include \"toy_rules.h\"\n"
    "static const unsigned char *data;\n"
    "static long marks[16][IMW_RULE_COUNT];\n"
    "static int depth;\n"
    "#define AT() ((long)(p - data))\n"
    "#define IMW_EV_OPEN(r) (marks[depth][r] = AT())\n"
    "#define IMW_EV_CLOSE(r) printf(\"%s %ld-%ld\\n\", imw_rule_names[r], "
    "marks[depth][r], AT())\n"
    "#define IMW_EV_CLOSE_AFTER(r) printf(\"%s %ld-%ld\\n\", "
    "imw_rule_names[r], marks[depth][r], AT() + 1)\n"
    "#define IMW_CALL_ENTER(r) ((void)(r), depth < 15 ? ++depth : 0)\n"
    "#define IMW_CALL_LEAVE(r) ((void)(r), depth--)\n"
    "%%{\n machine toy;\n alphtype unsigned char;\n"
    /* what src/common_actions.rl gives the library's machines; the toy
     * keeps Ragel's end tests, so its inputs need not end in LF */
    " action imw_lf_stop { if (p + 1 == pe) fbreak; }\n"
    " imw_lf_guard = ((any - 0x0a) | 0x0a @imw_lf_stop)*;\n"
    " include \"toy_grammar.rl\";\n main := r_ROOT;\n}%%\n"
    "%% write data;\n"
    "int main(void)\n{\n"
    "    static unsigned char buf[4096];\n"
    "    size_t n = fread(buf, 1, sizeof buf, stdin);\n"
    "    const unsigned char *p = buf, *pe = buf + n, *eof = pe;\n"
    "    int cs, top = 0, stack[16];\n"
    "    data = buf;\n"
    "    %% write init;\n"
    "    %% write exec;\n"
    "    (void)eof;\n"
    "    if (cs >= toy_first_final && p == pe) puts(\"accept\");\n"
    "    else printf(\"reject %ld\\n\", (long)(p - buf));\n"
    "    return 0;\n}\n";

struct toy {
    char dir[64];
};

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[128];
    FILE *f;

    snprintf(path, sizeof path, "%s/%s", dir, name);
    f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(fputs(text, f) >= 0, 1);
    ck_assert_int_eq(fclose(f), 0);
}

static void write_output(struct imw_abnf_ctx *ctx, const char *dir,
                         const char *name, emitter fn)
{
    char *text = capture(ctx, fn);

    ck_assert_msg(text != NULL, "%s", imw_abnf_errors(ctx));
    write_file(dir, name, text);
    free(text);
}

static char *substitute_root(const char *root)
{
    const char *at = strstr(toy_glue, "r_ROOT");
    char *glue = malloc(sizeof toy_glue + strlen(root));

    ck_assert_ptr_nonnull(glue);
    sprintf(glue, "%.*sr_%s%s", (int)(at - toy_glue), toy_glue, root,
            at + strlen("r_ROOT"));
    return glue;
}

/* Grammar -> abnf2rl -> Ragel -> cc: a program in t->dir/toy. */
static void toy_build(struct toy *t, const char *abnf, const char *bind,
                      const char *root)
{
    struct imw_abnf_ctx *ctx = new_ctx();
    char cmd[512], *glue;

    strcpy(t->dir, "/tmp/abnf2rl_toy.XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(t->dir));
    add(ctx, "t.abnf", abnf, 0);
    imw_abnf_add_bindings(ctx, "t.bind", bind, strlen(bind));
    ck_assert_int_eq(imw_abnf_set_machine(ctx, "toy"), 0);
    add_roots(ctx, root);
    write_output(ctx, t->dir, "toy_grammar.rl", imw_abnf_emit_ragel);
    write_output(ctx, t->dir, "toy_rules.h", imw_abnf_emit_header);
    imw_abnf_free(ctx);
    glue = substitute_root(root);
    write_file(t->dir, "toy.rl", glue);
    free(glue);
    snprintf(cmd, sizeof cmd, "cd %s && %s -G2 -o toy.c toy.rl && %s -o toy "
             "toy.c", t->dir, TEST_RAGEL, TEST_CC);
    ck_assert_msg(system(cmd) == 0, "failed: %s", cmd);
}

/* Runs the toy on `input`; returns its output (malloc'd). */
static char *toy_run(const struct toy *t, const char *input)
{
    char cmd[256], *out;
    FILE *f;
    size_t n;

    write_file(t->dir, "in", input);
    snprintf(cmd, sizeof cmd, "cd %s && ./toy < in > out", t->dir);
    ck_assert_int_eq(system(cmd), 0);
    snprintf(cmd, sizeof cmd, "%s/out", t->dir);
    f = fopen(cmd, "r");
    ck_assert_ptr_nonnull(f);
    out = calloc(1, 4096);
    ck_assert_ptr_nonnull(out);
    n = fread(out, 1, 4095, f);
    out[n] = '\0';
    fclose(f);
    return out;
}

static void toy_expect(const struct toy *t, const char *input,
                       const char *expected)
{
    char *out = toy_run(t, input);

    ck_assert_msg(strcmp(out, expected) == 0, "input <%s>:\ngot:\n%s"
                  "expected:\n%s", input, out, expected);
    free(out);
}

static void toy_clean(const struct toy *t)
{
    char cmd[128];

    snprintf(cmd, sizeof cmd, "rm -rf %s", t->dir);
    ck_assert_int_eq(system(cmd), 0);
}

START_TEST(toy_search)
{
    struct toy t;

    toy_build(&t, search, search_bind, "s");
    /* CHARSET and the key CC both begin with C: only the inlined key
     * lets both readings live */
    toy_expect(&t, "SEARCH CHARSET x CC y\r\n", "k 17-21\naccept\n");
    toy_expect(&t, "SEARCH CC y\r\n", "k 7-11\naccept\n");
    toy_expect(&t, "search charset x all\r\n", "k 17-20\naccept\n");
    /* called keys: the sub-machine returns before the follow octet; the
     * spans are those of the inlined key ("12" both ways) */
    toy_expect(&t, "SEARCH NOT (CC y ALL) 12\r\n",
               "k 12-16\nk 17-20\nk 11-21\nk 7-21\nk 22-24\naccept\n");
    toy_expect(&t, "SEARCH 12\r\n", "k 7-9\naccept\n");
    toy_expect(&t, "SEARCH NOT 12\r\n", "k 11-13\nk 7-13\naccept\n");
    toy_expect(&t, "SEARCH (NOT (12)) ALL\r\n",
               "k 13-15\nk 12-16\nk 8-16\nk 7-17\nk 18-21\naccept\n");
    toy_expect(&t, "SEARCH CHARSET x\r\n", "reject 16\n");
    toy_expect(&t, "SEARCH NOT CHARSET x\r\n", "reject 12\n");
    toy_expect(&t, "SEARCH (CC y\r\n", "k 8-12\nreject 12\n");
    toy_clean(&t);
}
END_TEST

START_TEST(toy_close_mode)
{
    struct toy t;

    /* list is inlined at top and called from item: one span rule */
    toy_build(&t, nested, "call list close\nevent list\n", "top");
    toy_expect(&t, "* (a (b) c)\r\n", "list 5-8\nlist 2-11\naccept\n");
    toy_expect(&t, "* ((()))\r\n",
               "list 4-6\nlist 3-7\nlist 2-8\naccept\n");
    toy_expect(&t, "* (a (b c)\r\n", "list 5-10\nreject 10\n");
    toy_clean(&t);
}
END_TEST

static int have_ragel(void)
{
    return access(TEST_RAGEL, X_OK) == 0;
}
#endif

Suite *imw_abnf2rl_suite(void)
{
    Suite *s = suite_create("abnf2rl");
    TCase *t = tcase_create("translate");
    TCase *d = tcase_create("definitions");
    TCase *b = tcase_create("bindings");
    TCase *o = tcase_create("output");
    TCase *c = tcase_create("call points");

    tcase_add_test(t, strings);
    tcase_add_test(t, num_values);
    tcase_add_test(t, num_value_errors);
    tcase_add_test(t, repetitions);
    tcase_add_test(t, grouping);
    tcase_add_test(t, alternation);
    tcase_add_test(t, repeat_errors);
    tcase_add_test(t, layout);
    tcase_add_test(t, syntax_errors);
    tcase_add_test(t, nul_byte_in_input);
    tcase_add_test(t, case_insensitive_names);
    tcase_add_test(t, core_rules);
    tcase_add_test(t, core_rules_all);
    tcase_add_test(t, core_rule_redefined_by_file);
    suite_add_tcase(s, t);

    tcase_add_test(d, incremental_alternatives);
    tcase_add_test(d, incremental_on_undefined);
    tcase_add_test(d, update_replaces);
    tcase_add_test(d, update_duplicate_in_same_file);
    tcase_add_test(d, override_keeps_increments);
    tcase_add_test(d, override_duplicate_in_same_file);
    tcase_add_test(d, fill_takes_undefined_rules_only);
    tcase_add_test(d, fill_duplicate_in_same_file);
    tcase_add_test(d, duplicate_across_plain_files);
    tcase_add_test(d, undefined_reference);
    tcase_add_test(d, prose_value);
    tcase_add_test(d, all_errors_reported);
    tcase_add_test(d, roots);
    tcase_add_test(d, topological_order);
    tcase_add_test(d, recursion_cycle_named);
    tcase_add_test(d, recursion_needs_every_cycle_cut);
    suite_add_tcase(s, d);

    tcase_add_test(b, event_and_bind);
    tcase_add_test(b, name_only);
    tcase_add_test(b, late_event);
    tcase_add_test(b, event_names);
    tcase_add_test(b, call_close);
    tcase_add_test(b, call_follow_with_event);
    tcase_add_test(b, call_close_with_event);
    tcase_add_test(b, call_root);
    tcase_add_test(b, first_sets);
    tcase_add_test(b, call_errors);
    tcase_add_test(b, extern_placeholder);
    tcase_add_test(b, extern_omits_body);
    tcase_add_test(b, extern_root_ignored);
    tcase_add_test(b, extern_in_call_and_recursion);
    tcase_add_test(b, extern_errors);
    tcase_add_test(b, extern_call_rule);
    tcase_add_test(b, binding_errors);
    tcase_add_test(b, bindings_before_grammar);
    suite_add_tcase(s, b);

    tcase_add_test(o, file_framing);
    tcase_add_test(o, default_machine);
    tcase_add_test(o, header);
    tcase_add_test(o, header_extern);
    tcase_add_test(o, determinism);
    tcase_add_test(o, error_accessors);
    suite_add_tcase(s, o);

    tcase_add_test(c, call_inlined_outside_recursion);
    tcase_add_test(c, call_close_inlined_keeps_span);
    tcase_add_test(c, call_inlined_through_other_rule);
    tcase_add_test(c, placeholder_conflicts);
    tcase_add_test(c, placeholder_no_conflict);
    suite_add_tcase(s, c);
#if defined(TEST_RAGEL) && defined(TEST_CC)
    if (have_ragel()) {
        TCase *r = tcase_create("ragel");
        tcase_set_timeout(r, 120); /* Ragel and cc on a shared machine */
        tcase_add_test(r, toy_search);
        tcase_add_test(r, toy_close_mode);
        suite_add_tcase(s, r);
    } else {
        fprintf(stderr, "abnf2rl: end-to-end tests NOT run: no Ragel "
                        "(RAGEL=%s); the translation tests still run\n",
                TEST_RAGEL);
    }
#else
    fputs("abnf2rl: end-to-end tests NOT run: built without TEST_RAGEL\n",
          stderr);
#endif
    return s;
}
