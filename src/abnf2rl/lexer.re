/* ABNF tokenizer (RFC 5234 section 4, RFC 7405 %s/%i strings).
 *
 * Source of gen/abnf2rl_lexer.c; regenerate with
 *   re2c -W -i --no-generation-date --no-version \
 *        -o gen/abnf2rl_lexer.c src/abnf2rl/lexer.re
 *
 * Layout matters in ABNF: a rule starts in column 0 and continuation lines
 * are indented.  The lexer does not interpret that; it reports each token's
 * line and column and whether whitespace preceded it, and the parser
 * decides. */
#include "abnf2rl.h"

void imw_abnf_lex_init(struct imw_abnf_lexer *lx, const char *buf,
                       size_t len)
{
    lx->cur = buf;
    lx->lim = buf + len;
    lx->line_start = buf;
    lx->line = 1;
}

static void newline(struct imw_abnf_lexer *lx)
{
    lx->line++;
    lx->line_start = lx->cur;
}

static void set(struct imw_abnf_token *tok, enum imw_abnf_tok kind,
                const char *start, const char *end)
{
    tok->kind = kind;
    tok->start = start;
    tok->len = (size_t)(end - start);
}

static void fail(struct imw_abnf_token *tok, const char *start,
                 const char *end, const char *message)
{
    set(tok, IMW_ABNF_T_ERROR, start, end);
    tok->error = message;
}

/*!re2c
    re2c:api:style = free-form;
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = "cur";
    re2c:define:YYLIMIT = "lim";
    re2c:define:YYMARKER = "mar";
    re2c:yyfill:enable = 0;
    re2c:eof = 0;

    ws      = [ \t]+;
    nl      = "\r"? "\n";
    comment = ";" [^\r\n\x00]*;
    name    = [a-zA-Z] [a-zA-Z0-9-]*;
    qstring = ["] [\x20\x21\x23-\x7e]* ["];
    bin     = [01]+;
    dec     = [0-9]+;
    hex     = [0-9a-fA-F]+;
    binval  = [bB] bin ("-" bin | ("." bin)+)?;
    decval  = [dD] dec ("-" dec | ("." dec)+)?;
    hexval  = [xX] hex ("-" hex | ("." hex)+)?;
    prose   = "<" [\x20-\x3d\x3f-\x7e]* ">";
    repeat  = [0-9]* "*" [0-9]* | [0-9]+;
*/

/* Skips blanks, comments and line ends; returns whether any were seen. */
static int skip_space(struct imw_abnf_lexer *lx)
{
    const unsigned char *cur = (const unsigned char *)lx->cur;
    const unsigned char *lim = (const unsigned char *)lx->lim;
    const unsigned char *start = cur;

    for (;;) {
        const unsigned char *tok = cur;
        (void)tok;
    /*!re2c
        ws | comment { continue; }
        nl           { lx->cur = (const char *)cur; newline(lx); continue; }
        *            { cur = tok; break; }
        $            { break; }
    */
    }
    lx->cur = (const char *)cur;
    return cur != start;
}

void imw_abnf_lex(struct imw_abnf_lexer *lx, struct imw_abnf_token *tok)
{
    const unsigned char *cur, *lim, *mar, *start;

    tok->space_before = skip_space(lx);
    tok->line = lx->line;
    tok->col = (int)(lx->cur - lx->line_start) + 1;
    tok->error = NULL;
    cur = (const unsigned char *)lx->cur;
    lim = (const unsigned char *)lx->lim;
    start = cur;
    mar = cur;
    (void)mar;

#define TOK(kind) set(tok, kind, (const char *)start, (const char *)cur)
/*!re2c
    $            { TOK(IMW_ABNF_T_EOF); goto done; }
    name         { TOK(IMW_ABNF_T_NAME); goto done; }
    "=/"         { TOK(IMW_ABNF_T_INCR); goto done; }
    "="          { TOK(IMW_ABNF_T_DEFINE); goto done; }
    "/"          { TOK(IMW_ABNF_T_SLASH); goto done; }
    "("          { TOK(IMW_ABNF_T_LPAREN); goto done; }
    ")"          { TOK(IMW_ABNF_T_RPAREN); goto done; }
    "["          { TOK(IMW_ABNF_T_LBRACK); goto done; }
    "]"          { TOK(IMW_ABNF_T_RBRACK); goto done; }
    qstring      { TOK(IMW_ABNF_T_STRING); goto done; }
    "%" [iI] qstring { TOK(IMW_ABNF_T_STRING); goto done; }
    "%" [sS] qstring { TOK(IMW_ABNF_T_SSTRING); goto done; }
    "%" (binval | decval | hexval) { TOK(IMW_ABNF_T_NUMVAL); goto done; }
    prose        { TOK(IMW_ABNF_T_PROSE); goto done; }
    repeat       { TOK(IMW_ABNF_T_REPEAT); goto done; }
    ["]          { fail(tok, (const char *)start, (const char *)cur,
                        "unterminated or invalid string");
                   goto done; }
    "%"          { fail(tok, (const char *)start, (const char *)cur,
                        "malformed numeric value or string prefix");
                   goto done; }
    "<"          { fail(tok, (const char *)start, (const char *)cur,
                        "unterminated or invalid prose value");
                   goto done; }
    "\r"         { fail(tok, (const char *)start, (const char *)cur,
                        "carriage return without line feed");
                   goto done; }
    *            { fail(tok, (const char *)start, (const char *)cur,
                        "unexpected character");
                   goto done; }
*/
#undef TOK
done:
    lx->cur = (const char *)cur;
}
