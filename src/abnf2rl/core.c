/* RFC 5234 appendix B.1 core rules, built in so that grammars need not
 * carry rfc5234.abnf.  They are parsed like any file (as source "core")
 * before the user's files; a file may redefine them, and like every rule
 * they are emitted only when reachable from a root. */
#include "abnf2rl.h"

#include <string.h>

/* The RFC definitions, except CRLF written as %x0D.0A (the same language
 * as CR LF) so that its Ragel form does not need r_cr and r_lf. */
static const char core_text[] =
    "ALPHA  = %x41-5A / %x61-7A\n"
    "BIT    = \"0\" / \"1\"\n"
    "CHAR   = %x01-7F\n"
    "CR     = %x0D\n"
    "CRLF   = %x0D.0A\n"
    "CTL    = %x00-1F / %x7F\n"
    "DIGIT  = %x30-39\n"
    "DQUOTE = %x22\n"
    "HEXDIG = DIGIT / \"A\" / \"B\" / \"C\" / \"D\" / \"E\" / \"F\"\n"
    "HTAB   = %x09\n"
    "LF     = %x0A\n"
    "LWSP   = *(WSP / CRLF WSP)\n"
    "OCTET  = %x00-FF\n"
    "SP     = %x20\n"
    "VCHAR  = %x21-7E\n"
    "WSP    = SP / HTAB\n";

int imw_abnf_add_core(struct imw_abnf_ctx *ctx)
{
    return imw_abnf_parse(ctx, "core", core_text, strlen(core_text), 0, 1);
}
