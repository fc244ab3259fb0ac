
/* The status_tail machine, split off so that each generated C file stays quick to
 * compile: resp-text and its response codes, the tail of every status
 * response and of the continuation request (`extern status-tail`).  It
 * ends with the message, so it runs to the end of the data: text may
 * end at a literal header's CRLF too ("[BADCHARSET (x {3}" is text), so
 * the first final state is not the end: imw_lf_guard stops it at the
 * message's last octet.
 * Reached through IMW_EXTERN (src/machine_glue.h); `make regen` turns this
 * file into gen/status_tail_machine.c. */
#define IMW_STACK_TOP (imw_base + imw_top)
#include "machine_glue.h"
#include "status_tail_skip.h"
#include "machines.h"





static const int imw_status_tail_start = 1;
static const int imw_status_tail_first_final = 507;
static const int imw_status_tail_error = 0;



const unsigned char *imw_status_tail_machine_run(struct imw_run *run,
                                                 const unsigned char *p)
{
    const unsigned char *pe = run->data + run->len;
    int imw_base = run->sub_top;
    int *imw_stack = run->sub_stack + imw_base;
    int imw_top = 0, cs; /* Ragel sets it only when the machine calls */

    
	{
	cs = imw_status_tail_start;
	}

    
	{
	switch ( cs )
	{
case 1:
	switch( (*p) ) {
		case 13u: goto st2;
		case 32u: goto st3;
	}
	goto st0;
st0:
cs = 0;
	goto _out;
tr7:
	{ IMW_NAME_CLOSE(IMW_RULE_TEXT); }
	goto st2;
st2:
	p += 1;
case 2:
	if ( (*p) == 10u )
		goto tr3;
	goto st0;
tr3:
	{ if (p + 1 == pe) {p++; cs = 507; goto _out;} }
	goto st507;
st507:
	p += 1;
case 507:
	goto st0;
st3:
	p += 1;
case 3:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st2;
		case 91u: goto tr5;
	}
	goto tr4;
tr4:
	{ IMW_NAME_OPEN(IMW_RULE_TEXT); }
	{ {p = (( IMW_SKIP_TO(4)))-1;} }
	goto st4;
tr6:
	{ {p = (( IMW_SKIP_TO(4)))-1;} }
	goto st4;
st4:
	p += 1;
case 4:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
	}
	goto tr6;
tr5:
	{ IMW_NAME_OPEN(IMW_RULE_TEXT); }
	{ {p = (( IMW_SKIP_TO(5)))-1;} }
	goto st5;
st5:
	p += 1;
case 5:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 33u: goto tr8;
		case 65u: goto tr9;
		case 66u: goto tr10;
		case 67u: goto tr11;
		case 72u: goto tr12;
		case 77u: goto tr13;
		case 80u: goto tr14;
		case 85u: goto tr15;
		case 97u: goto tr9;
		case 98u: goto tr10;
		case 99u: goto tr11;
		case 104u: goto tr12;
		case 109u: goto tr13;
		case 112u: goto tr14;
		case 117u: goto tr15;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr8;
		} else if ( (*p) >= 35u )
			goto tr8;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr8;
		} else if ( (*p) >= 94u )
			goto tr8;
	} else
		goto tr8;
	goto tr6;
tr17:
	{ {p = (( IMW_SKIP_TO(6)))-1;} }
	goto st6;
tr8:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_NAME_OPEN(IMW_RULE_CODE_OTHER); }
	{ {p = (( IMW_SKIP_TO(6)))-1;} }
	goto st6;
st6:
	p += 1;
case 6:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr16:
	{ {p = (( IMW_SKIP_TO(7)))-1;} }
	goto st7;
st7:
	p += 1;
case 7:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr6;
	}
	goto tr19;
tr19:
	{ {p = (( IMW_SKIP_TO(8)))-1;} }
	goto st8;
st8:
	p += 1;
case 8:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	goto tr19;
tr18:
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	{ {p = (( IMW_SKIP_TO(9)))-1;} }
	goto st9;
tr37:
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_UID_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_RESP_CODE_APND); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	{ {p = (( IMW_SKIP_TO(9)))-1;} }
	goto st9;
tr51:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	{ {p = (( IMW_SKIP_TO(9)))-1;} }
	goto st9;
tr74:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	{ {p = (( IMW_SKIP_TO(9)))-1;} }
	goto st9;
tr130:
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY); }
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	{ {p = (( IMW_SKIP_TO(9)))-1;} }
	goto st9;
tr145:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY); }
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	{ {p = (( IMW_SKIP_TO(9)))-1;} }
	goto st9;
tr164:
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_UID_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_RESP_CODE_COPY); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	{ {p = (( IMW_SKIP_TO(9)))-1;} }
	goto st9;
tr186:
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_HIGHESTMODSEQ); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	{ {p = (( IMW_SKIP_TO(9)))-1;} }
	goto st9;
tr202:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_MAILBOXID); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	{ {p = (( IMW_SKIP_TO(9)))-1;} }
	goto st9;
tr480:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_METADATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	{ {p = (( IMW_SKIP_TO(9)))-1;} }
	goto st9;
tr494:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_METADATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	{ {p = (( IMW_SKIP_TO(9)))-1;} }
	goto st9;
tr510:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_MODIFIED); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	{ {p = (( IMW_SKIP_TO(9)))-1;} }
	goto st9;
tr541:
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_PERMANENTFLAGS); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	{ {p = (( IMW_SKIP_TO(9)))-1;} }
	goto st9;
tr552:
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_UIDNEXT); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	{ {p = (( IMW_SKIP_TO(9)))-1;} }
	goto st9;
tr562:
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_UIDVALIDITY); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	{ {p = (( IMW_SKIP_TO(9)))-1;} }
	goto st9;
tr569:
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_UNSEEN); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	{ {p = (( IMW_SKIP_TO(9)))-1;} }
	goto st9;
st9:
	p += 1;
case 9:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr20;
	}
	goto tr6;
tr20:
	{ {p = (( IMW_SKIP_TO(10)))-1;} }
	goto st10;
st10:
	p += 1;
case 10:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
	}
	goto tr4;
tr9:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_NAME_OPEN(IMW_RULE_CODE_OTHER); }
	{ {p = (( IMW_SKIP_TO(11)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_RESP_CODE_APND); }
	goto st11;
st11:
	p += 1;
case 11:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 80u: goto tr21;
		case 93u: goto tr18;
		case 112u: goto tr21;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr21:
	{ {p = (( IMW_SKIP_TO(12)))-1;} }
	goto st12;
st12:
	p += 1;
case 12:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 80u: goto tr22;
		case 93u: goto tr18;
		case 112u: goto tr22;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr22:
	{ {p = (( IMW_SKIP_TO(13)))-1;} }
	goto st13;
st13:
	p += 1;
case 13:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 69u: goto tr23;
		case 93u: goto tr18;
		case 101u: goto tr23;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr23:
	{ {p = (( IMW_SKIP_TO(14)))-1;} }
	goto st14;
st14:
	p += 1;
case 14:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 78u: goto tr24;
		case 93u: goto tr18;
		case 110u: goto tr24;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr24:
	{ {p = (( IMW_SKIP_TO(15)))-1;} }
	goto st15;
st15:
	p += 1;
case 15:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 68u: goto tr25;
		case 93u: goto tr18;
		case 100u: goto tr25;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr25:
	{ {p = (( IMW_SKIP_TO(16)))-1;} }
	goto st16;
st16:
	p += 1;
case 16:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 85u: goto tr26;
		case 93u: goto tr18;
		case 117u: goto tr26;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr26:
	{ {p = (( IMW_SKIP_TO(17)))-1;} }
	goto st17;
st17:
	p += 1;
case 17:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 73u: goto tr27;
		case 93u: goto tr18;
		case 105u: goto tr27;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr27:
	{ {p = (( IMW_SKIP_TO(18)))-1;} }
	goto st18;
st18:
	p += 1;
case 18:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 68u: goto tr28;
		case 93u: goto tr18;
		case 100u: goto tr28;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr28:
	{ {p = (( IMW_SKIP_TO(19)))-1;} }
	goto st19;
st19:
	p += 1;
case 19:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr29;
		case 33u: goto tr17;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr29:
	{ {p = (( IMW_SKIP_TO(20)))-1;} }
	goto st20;
st20:
	p += 1;
case 20:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr6;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr30;
	goto tr19;
tr32:
	{ {p = (( IMW_SKIP_TO(21)))-1;} }
	goto st21;
tr30:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(21)))-1;} }
	goto st21;
st21:
	p += 1;
case 21:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr31;
		case 93u: goto tr18;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr32;
	goto tr19;
tr31:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(22)))-1;} }
	goto st22;
st22:
	p += 1;
case 22:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr33;
	goto tr19;
tr35:
	{ {p = (( IMW_SKIP_TO(23)))-1;} }
	goto st23;
tr38:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(23)))-1;} }
	goto st23;
tr33:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(23)))-1;} }
	{ IMW_EV_OPEN(IMW_RULE_UID_SET); }
	goto st23;
st23:
	p += 1;
case 23:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 44u: goto tr34;
		case 58u: goto tr36;
		case 93u: goto tr37;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr35;
	goto tr19;
tr34:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(24)))-1;} }
	goto st24;
st24:
	p += 1;
case 24:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr38;
	goto tr19;
tr36:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(25)))-1;} }
	goto st25;
st25:
	p += 1;
case 25:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr39;
	goto tr19;
tr40:
	{ {p = (( IMW_SKIP_TO(26)))-1;} }
	goto st26;
tr39:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(26)))-1;} }
	goto st26;
st26:
	p += 1;
case 26:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 44u: goto tr34;
		case 93u: goto tr37;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr40;
	goto tr19;
tr10:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_NAME_OPEN(IMW_RULE_CODE_OTHER); }
	{ {p = (( IMW_SKIP_TO(27)))-1;} }
	goto st27;
st27:
	p += 1;
case 27:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 65u: goto tr41;
		case 93u: goto tr18;
		case 97u: goto tr41;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr41:
	{ {p = (( IMW_SKIP_TO(28)))-1;} }
	goto st28;
st28:
	p += 1;
case 28:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 68u: goto tr42;
		case 93u: goto tr18;
		case 100u: goto tr42;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr42:
	{ {p = (( IMW_SKIP_TO(29)))-1;} }
	goto st29;
st29:
	p += 1;
case 29:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 67u: goto tr43;
		case 93u: goto tr18;
		case 99u: goto tr43;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr43:
	{ {p = (( IMW_SKIP_TO(30)))-1;} }
	goto st30;
st30:
	p += 1;
case 30:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 72u: goto tr44;
		case 93u: goto tr18;
		case 104u: goto tr44;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr44:
	{ {p = (( IMW_SKIP_TO(31)))-1;} }
	goto st31;
st31:
	p += 1;
case 31:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 65u: goto tr45;
		case 93u: goto tr18;
		case 97u: goto tr45;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr45:
	{ {p = (( IMW_SKIP_TO(32)))-1;} }
	goto st32;
st32:
	p += 1;
case 32:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 82u: goto tr46;
		case 93u: goto tr18;
		case 114u: goto tr46;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr46:
	{ {p = (( IMW_SKIP_TO(33)))-1;} }
	goto st33;
st33:
	p += 1;
case 33:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 83u: goto tr47;
		case 93u: goto tr18;
		case 115u: goto tr47;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr47:
	{ {p = (( IMW_SKIP_TO(34)))-1;} }
	goto st34;
st34:
	p += 1;
case 34:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 69u: goto tr48;
		case 93u: goto tr18;
		case 101u: goto tr48;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr48:
	{ {p = (( IMW_SKIP_TO(35)))-1;} }
	goto st35;
st35:
	p += 1;
case 35:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 84u: goto tr49;
		case 93u: goto tr18;
		case 116u: goto tr49;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr49:
	{ {p = (( IMW_SKIP_TO(36)))-1;} }
	goto st36;
st36:
	p += 1;
case 36:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr50;
		case 33u: goto tr17;
		case 93u: goto tr51;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr50:
	{ {p = (( IMW_SKIP_TO(37)))-1;} }
	goto st37;
st37:
	p += 1;
case 37:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 40u: goto tr52;
		case 93u: goto tr6;
	}
	goto tr19;
tr52:
	{ {p = (( IMW_SKIP_TO(38)))-1;} }
	goto st38;
tr57:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(38)))-1;} }
	goto st38;
st38:
	p += 1;
case 38:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 34u: goto tr54;
		case 93u: goto tr55;
		case 123u: goto tr56;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr53;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr53;
		} else if ( (*p) >= 43u )
			goto tr53;
	} else
		goto tr53;
	goto tr19;
tr58:
	{ {p = (( IMW_SKIP_TO(39)))-1;} }
	goto st39;
tr53:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(39)))-1;} }
	goto st39;
st39:
	p += 1;
case 39:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr57;
		case 33u: goto tr58;
		case 41u: goto tr59;
		case 93u: goto tr60;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr58;
		} else if ( (*p) >= 35u )
			goto tr58;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr58;
		} else if ( (*p) >= 94u )
			goto tr58;
	} else
		goto tr58;
	goto tr19;
tr59:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(40)))-1;} }
	goto st40;
st40:
	p += 1;
case 40:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr51;
	}
	goto tr19;
tr55:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(41)))-1;} }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st41;
tr60:
	{ {p = (( IMW_SKIP_TO(41)))-1;} }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st41;
st41:
	p += 1;
case 41:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr61;
		case 33u: goto tr62;
		case 41u: goto tr63;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr62;
		} else if ( (*p) >= 35u )
			goto tr62;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr62;
		} else if ( (*p) >= 93u )
			goto tr62;
	} else
		goto tr62;
	goto tr6;
tr61:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(42)))-1;} }
	goto st42;
st42:
	p += 1;
case 42:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 34u: goto tr65;
		case 123u: goto tr66;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr64;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr64;
		} else if ( (*p) >= 43u )
			goto tr64;
	} else
		goto tr64;
	goto tr4;
tr62:
	{ {p = (( IMW_SKIP_TO(43)))-1;} }
	goto st43;
tr68:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(43)))-1;} }
	goto st43;
tr64:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(43)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_TEXT); }
	goto st43;
st43:
	p += 1;
case 43:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr67;
		case 33u: goto tr62;
		case 41u: goto tr63;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr62;
		} else if ( (*p) >= 35u )
			goto tr62;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr62;
		} else if ( (*p) >= 93u )
			goto tr62;
	} else
		goto tr62;
	goto tr6;
tr67:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(44)))-1;} }
	goto st44;
st44:
	p += 1;
case 44:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 34u: goto tr69;
		case 123u: goto tr70;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr68;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr68;
		} else if ( (*p) >= 43u )
			goto tr68;
	} else
		goto tr68;
	goto tr6;
tr71:
	{ {p = (( IMW_SKIP_TO(45)))-1;} }
	goto st45;
tr69:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(45)))-1;} }
	goto st45;
tr65:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(45)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_TEXT); }
	goto st45;
tr107:
	{ {p = (( IMW_SKIP_TO(45)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_TEXT); }
	goto st45;
st45:
	p += 1;
case 45:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 34u: goto tr72;
		case 92u: goto tr73;
	}
	goto tr71;
tr72:
	{ {p = (( IMW_SKIP_TO(46)))-1;} }
	goto st46;
tr108:
	{ {p = (( IMW_SKIP_TO(46)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_TEXT); }
	goto st46;
st46:
	p += 1;
case 46:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr67;
		case 41u: goto tr63;
	}
	goto tr6;
tr63:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(47)))-1;} }
	goto st47;
st47:
	p += 1;
case 47:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr74;
	}
	goto tr6;
tr73:
	{ {p = (( IMW_SKIP_TO(48)))-1;} }
	goto st48;
tr109:
	{ {p = (( IMW_SKIP_TO(48)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_TEXT); }
	goto st48;
st48:
	p += 1;
case 48:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 34u: goto tr71;
		case 92u: goto tr71;
	}
	goto tr6;
tr70:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(49)))-1;} }
	goto st49;
tr66:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(49)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_TEXT); }
	goto st49;
st49:
	p += 1;
case 49:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr75;
	goto tr6;
tr77:
	{ {p = (( IMW_SKIP_TO(50)))-1;} }
	goto st50;
tr75:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(50)))-1;} }
	goto st50;
st50:
	p += 1;
case 50:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 43u: goto tr76;
		case 125u: goto tr78;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr77;
	goto tr6;
tr76:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(51)))-1;} }
	goto st51;
st51:
	p += 1;
case 51:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 125u: goto tr79;
	}
	goto tr6;
tr79:
	{ {p = (( IMW_SKIP_TO(52)))-1;} }
	goto st52;
tr78:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(52)))-1;} }
	goto st52;
st52:
	p += 1;
case 52:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr80;
	}
	goto tr6;
tr80:
	{ {p = (( IMW_SKIP_TO(53)))-1;} }
	{ IMW_NAME_CLOSE(IMW_RULE_TEXT); }
	goto st53;
st53:
	p += 1;
case 53:
	if ( (*p) == 10u )
		goto tr81;
	goto st0;
tr81:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(508)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 508; goto _out;} }
	goto st508;
st508:
	p += 1;
case 508:
	switch( (*p) ) {
		case 32u: goto tr100;
		case 41u: goto tr101;
	}
	goto st0;
tr85:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st54;
tr100:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st54;
st54:
	p += 1;
case 54:
	switch( (*p) ) {
		case 34u: goto tr83;
		case 123u: goto tr84;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr82;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr82;
		} else if ( (*p) >= 43u )
			goto tr82;
	} else
		goto tr82;
	goto st0;
tr86:
	{ {p = (( IMW_SKIP_TO(55)))-1;} }
	goto st55;
tr82:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(55)))-1;} }
	goto st55;
st55:
	p += 1;
case 55:
	switch( (*p) ) {
		case 32u: goto tr85;
		case 33u: goto tr86;
		case 41u: goto tr87;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr86;
		} else if ( (*p) >= 35u )
			goto tr86;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr86;
		} else if ( (*p) >= 93u )
			goto tr86;
	} else
		goto tr86;
	goto st0;
tr87:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st56;
tr101:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st56;
st56:
	p += 1;
case 56:
	if ( (*p) == 93u )
		goto tr88;
	goto st0;
tr88:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st57;
st57:
	p += 1;
case 57:
	switch( (*p) ) {
		case 13u: goto st2;
		case 32u: goto st58;
	}
	goto st0;
st58:
	p += 1;
case 58:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st2;
	}
	goto tr4;
tr90:
	{ {p = (( IMW_SKIP_TO(59)))-1;} }
	goto st59;
tr83:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(59)))-1;} }
	goto st59;
st59:
	p += 1;
case 59:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr91;
		case 92u: goto tr92;
	}
	goto tr90;
tr91:
	{ {p = (( IMW_SKIP_TO(60)))-1;} }
	goto st60;
st60:
	p += 1;
case 60:
	switch( (*p) ) {
		case 32u: goto tr85;
		case 41u: goto tr87;
	}
	goto st0;
tr92:
	{ {p = (( IMW_SKIP_TO(61)))-1;} }
	goto st61;
st61:
	p += 1;
case 61:
	switch( (*p) ) {
		case 34u: goto tr90;
		case 92u: goto tr90;
	}
	goto st0;
tr84:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(62)))-1;} }
	goto st62;
st62:
	p += 1;
case 62:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr93;
	goto st0;
tr95:
	{ {p = (( IMW_SKIP_TO(63)))-1;} }
	goto st63;
tr93:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(63)))-1;} }
	goto st63;
st63:
	p += 1;
case 63:
	switch( (*p) ) {
		case 43u: goto tr94;
		case 125u: goto tr96;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr95;
	goto st0;
tr94:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(64)))-1;} }
	goto st64;
st64:
	p += 1;
case 64:
	if ( (*p) == 125u )
		goto tr97;
	goto st0;
tr97:
	{ {p = (( IMW_SKIP_TO(65)))-1;} }
	goto st65;
tr96:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(65)))-1;} }
	goto st65;
st65:
	p += 1;
case 65:
	if ( (*p) == 13u )
		goto tr98;
	goto st0;
tr98:
	{ {p = (( IMW_SKIP_TO(66)))-1;} }
	goto st66;
st66:
	p += 1;
case 66:
	if ( (*p) == 10u )
		goto tr99;
	goto st0;
tr99:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(67)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 67; goto _out;} }
	goto st67;
st67:
	p += 1;
case 67:
	switch( (*p) ) {
		case 32u: goto tr100;
		case 41u: goto tr101;
	}
	goto st0;
tr102:
	{ {p = (( IMW_SKIP_TO(68)))-1;} }
	goto st68;
tr54:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(68)))-1;} }
	goto st68;
st68:
	p += 1;
case 68:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 34u: goto tr103;
		case 92u: goto tr104;
		case 93u: goto tr105;
	}
	goto tr102;
tr103:
	{ {p = (( IMW_SKIP_TO(69)))-1;} }
	goto st69;
st69:
	p += 1;
case 69:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr57;
		case 41u: goto tr59;
		case 93u: goto tr18;
	}
	goto tr19;
tr104:
	{ {p = (( IMW_SKIP_TO(70)))-1;} }
	goto st70;
st70:
	p += 1;
case 70:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 34u: goto tr102;
		case 92u: goto tr102;
		case 93u: goto tr18;
	}
	goto tr19;
tr105:
	{ {p = (( IMW_SKIP_TO(71)))-1;} }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st71;
st71:
	p += 1;
case 71:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr106;
		case 34u: goto tr72;
		case 92u: goto tr73;
	}
	goto tr71;
tr106:
	{ {p = (( IMW_SKIP_TO(72)))-1;} }
	goto st72;
st72:
	p += 1;
case 72:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 34u: goto tr108;
		case 92u: goto tr109;
	}
	goto tr107;
tr56:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(73)))-1;} }
	goto st73;
st73:
	p += 1;
case 73:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr110;
	goto tr19;
tr112:
	{ {p = (( IMW_SKIP_TO(74)))-1;} }
	goto st74;
tr110:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(74)))-1;} }
	goto st74;
st74:
	p += 1;
case 74:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 43u: goto tr111;
		case 93u: goto tr18;
		case 125u: goto tr113;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr112;
	goto tr19;
tr111:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(75)))-1;} }
	goto st75;
st75:
	p += 1;
case 75:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
		case 125u: goto tr114;
	}
	goto tr19;
tr114:
	{ {p = (( IMW_SKIP_TO(76)))-1;} }
	goto st76;
tr113:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(76)))-1;} }
	goto st76;
st76:
	p += 1;
case 76:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr80;
		case 93u: goto tr18;
	}
	goto tr19;
tr11:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_NAME_OPEN(IMW_RULE_CAPABILITY_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_CODE_OTHER); }
	{ {p = (( IMW_SKIP_TO(77)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_RESP_CODE_COPY); }
	goto st77;
st77:
	p += 1;
case 77:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 65u: goto tr115;
		case 79u: goto tr116;
		case 93u: goto tr18;
		case 97u: goto tr115;
		case 111u: goto tr116;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr115:
	{ {p = (( IMW_SKIP_TO(78)))-1;} }
	goto st78;
st78:
	p += 1;
case 78:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 80u: goto tr117;
		case 93u: goto tr18;
		case 112u: goto tr117;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr117:
	{ {p = (( IMW_SKIP_TO(79)))-1;} }
	goto st79;
st79:
	p += 1;
case 79:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 65u: goto tr118;
		case 93u: goto tr18;
		case 97u: goto tr118;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr118:
	{ {p = (( IMW_SKIP_TO(80)))-1;} }
	goto st80;
st80:
	p += 1;
case 80:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 66u: goto tr119;
		case 93u: goto tr18;
		case 98u: goto tr119;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr119:
	{ {p = (( IMW_SKIP_TO(81)))-1;} }
	goto st81;
st81:
	p += 1;
case 81:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 73u: goto tr120;
		case 93u: goto tr18;
		case 105u: goto tr120;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr120:
	{ {p = (( IMW_SKIP_TO(82)))-1;} }
	goto st82;
st82:
	p += 1;
case 82:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 76u: goto tr121;
		case 93u: goto tr18;
		case 108u: goto tr121;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr121:
	{ {p = (( IMW_SKIP_TO(83)))-1;} }
	goto st83;
st83:
	p += 1;
case 83:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 73u: goto tr122;
		case 93u: goto tr18;
		case 105u: goto tr122;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr122:
	{ {p = (( IMW_SKIP_TO(84)))-1;} }
	goto st84;
st84:
	p += 1;
case 84:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 84u: goto tr123;
		case 93u: goto tr18;
		case 116u: goto tr123;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr123:
	{ {p = (( IMW_SKIP_TO(85)))-1;} }
	goto st85;
st85:
	p += 1;
case 85:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 89u: goto tr124;
		case 93u: goto tr18;
		case 121u: goto tr124;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr124:
	{ {p = (( IMW_SKIP_TO(86)))-1;} }
	goto st86;
st86:
	p += 1;
case 86:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr125;
		case 33u: goto tr17;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr125:
	{ {p = (( IMW_SKIP_TO(87)))-1;} }
	goto st87;
st87:
	p += 1;
case 87:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 33u: goto tr126;
		case 65u: goto tr127;
		case 93u: goto tr6;
		case 97u: goto tr127;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr126;
		} else if ( (*p) >= 35u )
			goto tr126;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr126;
		} else if ( (*p) >= 94u )
			goto tr126;
	} else
		goto tr126;
	goto tr19;
tr129:
	{ {p = (( IMW_SKIP_TO(88)))-1;} }
	goto st88;
tr126:
	{ IMW_NAME_OPEN(IMW_RULE_CAPABILITY); }
	{ {p = (( IMW_SKIP_TO(88)))-1;} }
	goto st88;
st88:
	p += 1;
case 88:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto tr129;
		case 93u: goto tr130;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr129;
		} else if ( (*p) >= 35u )
			goto tr129;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr129;
		} else if ( (*p) >= 94u )
			goto tr129;
	} else
		goto tr129;
	goto tr19;
tr128:
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY); }
	{ {p = (( IMW_SKIP_TO(89)))-1;} }
	goto st89;
tr143:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY); }
	{ {p = (( IMW_SKIP_TO(89)))-1;} }
	goto st89;
st89:
	p += 1;
case 89:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 33u: goto tr126;
		case 65u: goto tr127;
		case 93u: goto tr18;
		case 97u: goto tr127;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr126;
		} else if ( (*p) >= 35u )
			goto tr126;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr126;
		} else if ( (*p) >= 94u )
			goto tr126;
	} else
		goto tr126;
	goto tr19;
tr127:
	{ IMW_NAME_OPEN(IMW_RULE_CAPABILITY); }
	{ {p = (( IMW_SKIP_TO(90)))-1;} }
	goto st90;
st90:
	p += 1;
case 90:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto tr129;
		case 80u: goto tr131;
		case 93u: goto tr130;
		case 112u: goto tr131;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr129;
		} else if ( (*p) >= 35u )
			goto tr129;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr129;
		} else if ( (*p) >= 94u )
			goto tr129;
	} else
		goto tr129;
	goto tr19;
tr131:
	{ {p = (( IMW_SKIP_TO(91)))-1;} }
	goto st91;
st91:
	p += 1;
case 91:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto tr129;
		case 80u: goto tr132;
		case 93u: goto tr130;
		case 112u: goto tr132;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr129;
		} else if ( (*p) >= 35u )
			goto tr129;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr129;
		} else if ( (*p) >= 94u )
			goto tr129;
	} else
		goto tr129;
	goto tr19;
tr132:
	{ {p = (( IMW_SKIP_TO(92)))-1;} }
	goto st92;
st92:
	p += 1;
case 92:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto tr129;
		case 69u: goto tr133;
		case 93u: goto tr130;
		case 101u: goto tr133;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr129;
		} else if ( (*p) >= 35u )
			goto tr129;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr129;
		} else if ( (*p) >= 94u )
			goto tr129;
	} else
		goto tr129;
	goto tr19;
tr133:
	{ {p = (( IMW_SKIP_TO(93)))-1;} }
	goto st93;
st93:
	p += 1;
case 93:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto tr129;
		case 78u: goto tr134;
		case 93u: goto tr130;
		case 110u: goto tr134;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr129;
		} else if ( (*p) >= 35u )
			goto tr129;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr129;
		} else if ( (*p) >= 94u )
			goto tr129;
	} else
		goto tr129;
	goto tr19;
tr134:
	{ {p = (( IMW_SKIP_TO(94)))-1;} }
	goto st94;
st94:
	p += 1;
case 94:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto tr129;
		case 68u: goto tr135;
		case 93u: goto tr130;
		case 100u: goto tr135;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr129;
		} else if ( (*p) >= 35u )
			goto tr129;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr129;
		} else if ( (*p) >= 94u )
			goto tr129;
	} else
		goto tr129;
	goto tr19;
tr135:
	{ {p = (( IMW_SKIP_TO(95)))-1;} }
	goto st95;
st95:
	p += 1;
case 95:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto tr129;
		case 76u: goto tr136;
		case 93u: goto tr130;
		case 108u: goto tr136;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr129;
		} else if ( (*p) >= 35u )
			goto tr129;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr129;
		} else if ( (*p) >= 94u )
			goto tr129;
	} else
		goto tr129;
	goto tr19;
tr136:
	{ {p = (( IMW_SKIP_TO(96)))-1;} }
	goto st96;
st96:
	p += 1;
case 96:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto tr129;
		case 73u: goto tr137;
		case 93u: goto tr130;
		case 105u: goto tr137;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr129;
		} else if ( (*p) >= 35u )
			goto tr129;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr129;
		} else if ( (*p) >= 94u )
			goto tr129;
	} else
		goto tr129;
	goto tr19;
tr137:
	{ {p = (( IMW_SKIP_TO(97)))-1;} }
	goto st97;
st97:
	p += 1;
case 97:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto tr129;
		case 77u: goto tr138;
		case 93u: goto tr130;
		case 109u: goto tr138;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr129;
		} else if ( (*p) >= 35u )
			goto tr129;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr129;
		} else if ( (*p) >= 94u )
			goto tr129;
	} else
		goto tr129;
	goto tr19;
tr138:
	{ {p = (( IMW_SKIP_TO(98)))-1;} }
	goto st98;
st98:
	p += 1;
case 98:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto tr129;
		case 73u: goto tr139;
		case 93u: goto tr130;
		case 105u: goto tr139;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr129;
		} else if ( (*p) >= 35u )
			goto tr129;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr129;
		} else if ( (*p) >= 94u )
			goto tr129;
	} else
		goto tr129;
	goto tr19;
tr139:
	{ {p = (( IMW_SKIP_TO(99)))-1;} }
	goto st99;
st99:
	p += 1;
case 99:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto tr129;
		case 84u: goto tr140;
		case 93u: goto tr130;
		case 116u: goto tr140;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr129;
		} else if ( (*p) >= 35u )
			goto tr129;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr129;
		} else if ( (*p) >= 94u )
			goto tr129;
	} else
		goto tr129;
	goto tr19;
tr140:
	{ {p = (( IMW_SKIP_TO(100)))-1;} }
	goto st100;
st100:
	p += 1;
case 100:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto tr129;
		case 61u: goto tr141;
		case 93u: goto tr130;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr129;
		} else if ( (*p) >= 35u )
			goto tr129;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr129;
		} else if ( (*p) >= 94u )
			goto tr129;
	} else
		goto tr129;
	goto tr19;
tr141:
	{ {p = (( IMW_SKIP_TO(101)))-1;} }
	goto st101;
st101:
	p += 1;
case 101:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto tr129;
		case 93u: goto tr130;
	}
	if ( (*p) < 48u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr129;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 47u )
				goto tr129;
		} else
			goto tr129;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 94u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto tr129;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr129;
		} else
			goto tr129;
	} else
		goto tr142;
	goto tr19;
tr144:
	{ {p = (( IMW_SKIP_TO(102)))-1;} }
	goto st102;
tr142:
	{ {p = (( IMW_SKIP_TO(102)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	goto st102;
st102:
	p += 1;
case 102:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr143;
		case 33u: goto tr129;
		case 93u: goto tr145;
	}
	if ( (*p) < 48u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr129;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 47u )
				goto tr129;
		} else
			goto tr129;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 94u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto tr129;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr129;
		} else
			goto tr129;
	} else
		goto tr144;
	goto tr19;
tr116:
	{ {p = (( IMW_SKIP_TO(103)))-1;} }
	goto st103;
st103:
	p += 1;
case 103:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 80u: goto tr146;
		case 93u: goto tr18;
		case 112u: goto tr146;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr146:
	{ {p = (( IMW_SKIP_TO(104)))-1;} }
	goto st104;
st104:
	p += 1;
case 104:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 89u: goto tr147;
		case 93u: goto tr18;
		case 121u: goto tr147;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr147:
	{ {p = (( IMW_SKIP_TO(105)))-1;} }
	goto st105;
st105:
	p += 1;
case 105:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 85u: goto tr148;
		case 93u: goto tr18;
		case 117u: goto tr148;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr148:
	{ {p = (( IMW_SKIP_TO(106)))-1;} }
	goto st106;
st106:
	p += 1;
case 106:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 73u: goto tr149;
		case 93u: goto tr18;
		case 105u: goto tr149;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr149:
	{ {p = (( IMW_SKIP_TO(107)))-1;} }
	goto st107;
st107:
	p += 1;
case 107:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 68u: goto tr150;
		case 93u: goto tr18;
		case 100u: goto tr150;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr150:
	{ {p = (( IMW_SKIP_TO(108)))-1;} }
	goto st108;
st108:
	p += 1;
case 108:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr151;
		case 33u: goto tr17;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr151:
	{ {p = (( IMW_SKIP_TO(109)))-1;} }
	goto st109;
st109:
	p += 1;
case 109:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr6;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr152;
	goto tr19;
tr154:
	{ {p = (( IMW_SKIP_TO(110)))-1;} }
	goto st110;
tr152:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(110)))-1;} }
	goto st110;
st110:
	p += 1;
case 110:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr153;
		case 93u: goto tr18;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr154;
	goto tr19;
tr153:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(111)))-1;} }
	goto st111;
st111:
	p += 1;
case 111:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr155;
	goto tr19;
tr158:
	{ {p = (( IMW_SKIP_TO(112)))-1;} }
	goto st112;
tr168:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(112)))-1;} }
	goto st112;
tr155:
	{ IMW_EV_OPEN(IMW_RULE_UID_SET); }
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(112)))-1;} }
	goto st112;
st112:
	p += 1;
case 112:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr156;
		case 44u: goto tr157;
		case 58u: goto tr159;
		case 93u: goto tr18;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr158;
	goto tr19;
tr156:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_UID_SET); }
	{ {p = (( IMW_SKIP_TO(113)))-1;} }
	goto st113;
st113:
	p += 1;
case 113:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr160;
	goto tr19;
tr162:
	{ {p = (( IMW_SKIP_TO(114)))-1;} }
	goto st114;
tr165:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(114)))-1;} }
	goto st114;
tr160:
	{ IMW_EV_OPEN(IMW_RULE_UID_SET); }
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(114)))-1;} }
	goto st114;
st114:
	p += 1;
case 114:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 44u: goto tr161;
		case 58u: goto tr163;
		case 93u: goto tr164;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr162;
	goto tr19;
tr161:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(115)))-1;} }
	goto st115;
st115:
	p += 1;
case 115:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr165;
	goto tr19;
tr163:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(116)))-1;} }
	goto st116;
st116:
	p += 1;
case 116:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr166;
	goto tr19;
tr167:
	{ {p = (( IMW_SKIP_TO(117)))-1;} }
	goto st117;
tr166:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(117)))-1;} }
	goto st117;
st117:
	p += 1;
case 117:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 44u: goto tr161;
		case 93u: goto tr164;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr167;
	goto tr19;
tr157:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(118)))-1;} }
	goto st118;
st118:
	p += 1;
case 118:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr168;
	goto tr19;
tr159:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(119)))-1;} }
	goto st119;
st119:
	p += 1;
case 119:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr169;
	goto tr19;
tr170:
	{ {p = (( IMW_SKIP_TO(120)))-1;} }
	goto st120;
tr169:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(120)))-1;} }
	goto st120;
st120:
	p += 1;
case 120:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr156;
		case 44u: goto tr157;
		case 93u: goto tr18;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr170;
	goto tr19;
tr12:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_NAME_OPEN(IMW_RULE_CODE_HIGHESTMODSEQ); }
	{ IMW_NAME_OPEN(IMW_RULE_CODE_OTHER); }
	{ {p = (( IMW_SKIP_TO(121)))-1;} }
	goto st121;
st121:
	p += 1;
case 121:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 73u: goto tr171;
		case 93u: goto tr18;
		case 105u: goto tr171;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr171:
	{ {p = (( IMW_SKIP_TO(122)))-1;} }
	goto st122;
st122:
	p += 1;
case 122:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 71u: goto tr172;
		case 93u: goto tr18;
		case 103u: goto tr172;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr172:
	{ {p = (( IMW_SKIP_TO(123)))-1;} }
	goto st123;
st123:
	p += 1;
case 123:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 72u: goto tr173;
		case 93u: goto tr18;
		case 104u: goto tr173;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr173:
	{ {p = (( IMW_SKIP_TO(124)))-1;} }
	goto st124;
st124:
	p += 1;
case 124:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 69u: goto tr174;
		case 93u: goto tr18;
		case 101u: goto tr174;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr174:
	{ {p = (( IMW_SKIP_TO(125)))-1;} }
	goto st125;
st125:
	p += 1;
case 125:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 83u: goto tr175;
		case 93u: goto tr18;
		case 115u: goto tr175;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr175:
	{ {p = (( IMW_SKIP_TO(126)))-1;} }
	goto st126;
st126:
	p += 1;
case 126:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 84u: goto tr176;
		case 93u: goto tr18;
		case 116u: goto tr176;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr176:
	{ {p = (( IMW_SKIP_TO(127)))-1;} }
	goto st127;
st127:
	p += 1;
case 127:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 77u: goto tr177;
		case 93u: goto tr18;
		case 109u: goto tr177;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr177:
	{ {p = (( IMW_SKIP_TO(128)))-1;} }
	goto st128;
st128:
	p += 1;
case 128:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 79u: goto tr178;
		case 93u: goto tr18;
		case 111u: goto tr178;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr178:
	{ {p = (( IMW_SKIP_TO(129)))-1;} }
	goto st129;
st129:
	p += 1;
case 129:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 68u: goto tr179;
		case 93u: goto tr18;
		case 100u: goto tr179;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr179:
	{ {p = (( IMW_SKIP_TO(130)))-1;} }
	goto st130;
st130:
	p += 1;
case 130:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 83u: goto tr180;
		case 93u: goto tr18;
		case 115u: goto tr180;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr180:
	{ {p = (( IMW_SKIP_TO(131)))-1;} }
	goto st131;
st131:
	p += 1;
case 131:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 69u: goto tr181;
		case 93u: goto tr18;
		case 101u: goto tr181;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr181:
	{ {p = (( IMW_SKIP_TO(132)))-1;} }
	goto st132;
st132:
	p += 1;
case 132:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 81u: goto tr182;
		case 93u: goto tr18;
		case 113u: goto tr182;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr182:
	{ {p = (( IMW_SKIP_TO(133)))-1;} }
	goto st133;
st133:
	p += 1;
case 133:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr183;
		case 33u: goto tr17;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr183:
	{ {p = (( IMW_SKIP_TO(134)))-1;} }
	goto st134;
st134:
	p += 1;
case 134:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr6;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr184;
	goto tr19;
tr185:
	{ {p = (( IMW_SKIP_TO(135)))-1;} }
	goto st135;
tr184:
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	{ {p = (( IMW_SKIP_TO(135)))-1;} }
	goto st135;
st135:
	p += 1;
case 135:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr186;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr185;
	goto tr19;
tr13:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_NAME_OPEN(IMW_RULE_CODE_MODIFIED); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_METADATA); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_MAILBOXID); }
	{ IMW_NAME_OPEN(IMW_RULE_CODE_OTHER); }
	{ {p = (( IMW_SKIP_TO(136)))-1;} }
	goto st136;
st136:
	p += 1;
case 136:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 65u: goto tr187;
		case 69u: goto tr188;
		case 79u: goto tr189;
		case 93u: goto tr18;
		case 97u: goto tr187;
		case 101u: goto tr188;
		case 111u: goto tr189;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr187:
	{ {p = (( IMW_SKIP_TO(137)))-1;} }
	goto st137;
st137:
	p += 1;
case 137:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 73u: goto tr190;
		case 93u: goto tr18;
		case 105u: goto tr190;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr190:
	{ {p = (( IMW_SKIP_TO(138)))-1;} }
	goto st138;
st138:
	p += 1;
case 138:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 76u: goto tr191;
		case 93u: goto tr18;
		case 108u: goto tr191;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr191:
	{ {p = (( IMW_SKIP_TO(139)))-1;} }
	goto st139;
st139:
	p += 1;
case 139:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 66u: goto tr192;
		case 93u: goto tr18;
		case 98u: goto tr192;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr192:
	{ {p = (( IMW_SKIP_TO(140)))-1;} }
	goto st140;
st140:
	p += 1;
case 140:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 79u: goto tr193;
		case 93u: goto tr18;
		case 111u: goto tr193;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr193:
	{ {p = (( IMW_SKIP_TO(141)))-1;} }
	goto st141;
st141:
	p += 1;
case 141:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 88u: goto tr194;
		case 93u: goto tr18;
		case 120u: goto tr194;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr194:
	{ {p = (( IMW_SKIP_TO(142)))-1;} }
	goto st142;
st142:
	p += 1;
case 142:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 73u: goto tr195;
		case 93u: goto tr18;
		case 105u: goto tr195;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr195:
	{ {p = (( IMW_SKIP_TO(143)))-1;} }
	goto st143;
st143:
	p += 1;
case 143:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 68u: goto tr196;
		case 93u: goto tr18;
		case 100u: goto tr196;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr196:
	{ {p = (( IMW_SKIP_TO(144)))-1;} }
	goto st144;
st144:
	p += 1;
case 144:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr197;
		case 33u: goto tr17;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr197:
	{ {p = (( IMW_SKIP_TO(145)))-1;} }
	goto st145;
st145:
	p += 1;
case 145:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 40u: goto tr198;
		case 93u: goto tr6;
	}
	goto tr19;
tr198:
	{ {p = (( IMW_SKIP_TO(146)))-1;} }
	goto st146;
st146:
	p += 1;
case 146:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 45u: goto tr199;
		case 93u: goto tr18;
		case 95u: goto tr199;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr199;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr199;
	} else
		goto tr199;
	goto tr19;
tr199:
	{ {p = (( IMW_SKIP_TO(147)))-1;} }
	goto st147;
st147:
	p += 1;
case 147:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr201;
		case 93u: goto tr18;
		case 95u: goto tr201;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr201;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr201;
	} else
		goto tr201;
	goto tr19;
tr200:
	{ {p = (( IMW_SKIP_TO(148)))-1;} }
	goto st148;
st148:
	p += 1;
case 148:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr202;
	}
	goto tr19;
tr201:
	{ {p = (( IMW_SKIP_TO(149)))-1;} }
	goto st149;
st149:
	p += 1;
case 149:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr203;
		case 93u: goto tr18;
		case 95u: goto tr203;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr203;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr203;
	} else
		goto tr203;
	goto tr19;
tr203:
	{ {p = (( IMW_SKIP_TO(150)))-1;} }
	goto st150;
st150:
	p += 1;
case 150:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr204;
		case 93u: goto tr18;
		case 95u: goto tr204;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr204;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr204;
	} else
		goto tr204;
	goto tr19;
tr204:
	{ {p = (( IMW_SKIP_TO(151)))-1;} }
	goto st151;
st151:
	p += 1;
case 151:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr205;
		case 93u: goto tr18;
		case 95u: goto tr205;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr205;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr205;
	} else
		goto tr205;
	goto tr19;
tr205:
	{ {p = (( IMW_SKIP_TO(152)))-1;} }
	goto st152;
st152:
	p += 1;
case 152:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr206;
		case 93u: goto tr18;
		case 95u: goto tr206;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr206;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr206;
	} else
		goto tr206;
	goto tr19;
tr206:
	{ {p = (( IMW_SKIP_TO(153)))-1;} }
	goto st153;
st153:
	p += 1;
case 153:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr207;
		case 93u: goto tr18;
		case 95u: goto tr207;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr207;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr207;
	} else
		goto tr207;
	goto tr19;
tr207:
	{ {p = (( IMW_SKIP_TO(154)))-1;} }
	goto st154;
st154:
	p += 1;
case 154:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr208;
		case 93u: goto tr18;
		case 95u: goto tr208;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr208;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr208;
	} else
		goto tr208;
	goto tr19;
tr208:
	{ {p = (( IMW_SKIP_TO(155)))-1;} }
	goto st155;
st155:
	p += 1;
case 155:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr209;
		case 93u: goto tr18;
		case 95u: goto tr209;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr209;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr209;
	} else
		goto tr209;
	goto tr19;
tr209:
	{ {p = (( IMW_SKIP_TO(156)))-1;} }
	goto st156;
st156:
	p += 1;
case 156:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr210;
		case 93u: goto tr18;
		case 95u: goto tr210;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr210;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr210;
	} else
		goto tr210;
	goto tr19;
tr210:
	{ {p = (( IMW_SKIP_TO(157)))-1;} }
	goto st157;
st157:
	p += 1;
case 157:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr211;
		case 93u: goto tr18;
		case 95u: goto tr211;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr211;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr211;
	} else
		goto tr211;
	goto tr19;
tr211:
	{ {p = (( IMW_SKIP_TO(158)))-1;} }
	goto st158;
st158:
	p += 1;
case 158:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr212;
		case 93u: goto tr18;
		case 95u: goto tr212;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr212;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr212;
	} else
		goto tr212;
	goto tr19;
tr212:
	{ {p = (( IMW_SKIP_TO(159)))-1;} }
	goto st159;
st159:
	p += 1;
case 159:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr213;
		case 93u: goto tr18;
		case 95u: goto tr213;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr213;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr213;
	} else
		goto tr213;
	goto tr19;
tr213:
	{ {p = (( IMW_SKIP_TO(160)))-1;} }
	goto st160;
st160:
	p += 1;
case 160:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr214;
		case 93u: goto tr18;
		case 95u: goto tr214;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr214;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr214;
	} else
		goto tr214;
	goto tr19;
tr214:
	{ {p = (( IMW_SKIP_TO(161)))-1;} }
	goto st161;
st161:
	p += 1;
case 161:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr215;
		case 93u: goto tr18;
		case 95u: goto tr215;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr215;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr215;
	} else
		goto tr215;
	goto tr19;
tr215:
	{ {p = (( IMW_SKIP_TO(162)))-1;} }
	goto st162;
st162:
	p += 1;
case 162:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr216;
		case 93u: goto tr18;
		case 95u: goto tr216;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr216;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr216;
	} else
		goto tr216;
	goto tr19;
tr216:
	{ {p = (( IMW_SKIP_TO(163)))-1;} }
	goto st163;
st163:
	p += 1;
case 163:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr217;
		case 93u: goto tr18;
		case 95u: goto tr217;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr217;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr217;
	} else
		goto tr217;
	goto tr19;
tr217:
	{ {p = (( IMW_SKIP_TO(164)))-1;} }
	goto st164;
st164:
	p += 1;
case 164:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr218;
		case 93u: goto tr18;
		case 95u: goto tr218;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr218;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr218;
	} else
		goto tr218;
	goto tr19;
tr218:
	{ {p = (( IMW_SKIP_TO(165)))-1;} }
	goto st165;
st165:
	p += 1;
case 165:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr219;
		case 93u: goto tr18;
		case 95u: goto tr219;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr219;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr219;
	} else
		goto tr219;
	goto tr19;
tr219:
	{ {p = (( IMW_SKIP_TO(166)))-1;} }
	goto st166;
st166:
	p += 1;
case 166:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr220;
		case 93u: goto tr18;
		case 95u: goto tr220;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr220;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr220;
	} else
		goto tr220;
	goto tr19;
tr220:
	{ {p = (( IMW_SKIP_TO(167)))-1;} }
	goto st167;
st167:
	p += 1;
case 167:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr221;
		case 93u: goto tr18;
		case 95u: goto tr221;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr221;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr221;
	} else
		goto tr221;
	goto tr19;
tr221:
	{ {p = (( IMW_SKIP_TO(168)))-1;} }
	goto st168;
st168:
	p += 1;
case 168:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr222;
		case 93u: goto tr18;
		case 95u: goto tr222;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr222;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr222;
	} else
		goto tr222;
	goto tr19;
tr222:
	{ {p = (( IMW_SKIP_TO(169)))-1;} }
	goto st169;
st169:
	p += 1;
case 169:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr223;
		case 93u: goto tr18;
		case 95u: goto tr223;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr223;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr223;
	} else
		goto tr223;
	goto tr19;
tr223:
	{ {p = (( IMW_SKIP_TO(170)))-1;} }
	goto st170;
st170:
	p += 1;
case 170:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr224;
		case 93u: goto tr18;
		case 95u: goto tr224;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr224;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr224;
	} else
		goto tr224;
	goto tr19;
tr224:
	{ {p = (( IMW_SKIP_TO(171)))-1;} }
	goto st171;
st171:
	p += 1;
case 171:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr225;
		case 93u: goto tr18;
		case 95u: goto tr225;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr225;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr225;
	} else
		goto tr225;
	goto tr19;
tr225:
	{ {p = (( IMW_SKIP_TO(172)))-1;} }
	goto st172;
st172:
	p += 1;
case 172:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr226;
		case 93u: goto tr18;
		case 95u: goto tr226;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr226;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr226;
	} else
		goto tr226;
	goto tr19;
tr226:
	{ {p = (( IMW_SKIP_TO(173)))-1;} }
	goto st173;
st173:
	p += 1;
case 173:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr227;
		case 93u: goto tr18;
		case 95u: goto tr227;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr227;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr227;
	} else
		goto tr227;
	goto tr19;
tr227:
	{ {p = (( IMW_SKIP_TO(174)))-1;} }
	goto st174;
st174:
	p += 1;
case 174:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr228;
		case 93u: goto tr18;
		case 95u: goto tr228;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr228;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr228;
	} else
		goto tr228;
	goto tr19;
tr228:
	{ {p = (( IMW_SKIP_TO(175)))-1;} }
	goto st175;
st175:
	p += 1;
case 175:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr229;
		case 93u: goto tr18;
		case 95u: goto tr229;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr229;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr229;
	} else
		goto tr229;
	goto tr19;
tr229:
	{ {p = (( IMW_SKIP_TO(176)))-1;} }
	goto st176;
st176:
	p += 1;
case 176:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr230;
		case 93u: goto tr18;
		case 95u: goto tr230;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr230;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr230;
	} else
		goto tr230;
	goto tr19;
tr230:
	{ {p = (( IMW_SKIP_TO(177)))-1;} }
	goto st177;
st177:
	p += 1;
case 177:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr231;
		case 93u: goto tr18;
		case 95u: goto tr231;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr231;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr231;
	} else
		goto tr231;
	goto tr19;
tr231:
	{ {p = (( IMW_SKIP_TO(178)))-1;} }
	goto st178;
st178:
	p += 1;
case 178:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr232;
		case 93u: goto tr18;
		case 95u: goto tr232;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr232;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr232;
	} else
		goto tr232;
	goto tr19;
tr232:
	{ {p = (( IMW_SKIP_TO(179)))-1;} }
	goto st179;
st179:
	p += 1;
case 179:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr233;
		case 93u: goto tr18;
		case 95u: goto tr233;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr233;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr233;
	} else
		goto tr233;
	goto tr19;
tr233:
	{ {p = (( IMW_SKIP_TO(180)))-1;} }
	goto st180;
st180:
	p += 1;
case 180:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr234;
		case 93u: goto tr18;
		case 95u: goto tr234;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr234;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr234;
	} else
		goto tr234;
	goto tr19;
tr234:
	{ {p = (( IMW_SKIP_TO(181)))-1;} }
	goto st181;
st181:
	p += 1;
case 181:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr235;
		case 93u: goto tr18;
		case 95u: goto tr235;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr235;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr235;
	} else
		goto tr235;
	goto tr19;
tr235:
	{ {p = (( IMW_SKIP_TO(182)))-1;} }
	goto st182;
st182:
	p += 1;
case 182:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr236;
		case 93u: goto tr18;
		case 95u: goto tr236;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr236;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr236;
	} else
		goto tr236;
	goto tr19;
tr236:
	{ {p = (( IMW_SKIP_TO(183)))-1;} }
	goto st183;
st183:
	p += 1;
case 183:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr237;
		case 93u: goto tr18;
		case 95u: goto tr237;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr237;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr237;
	} else
		goto tr237;
	goto tr19;
tr237:
	{ {p = (( IMW_SKIP_TO(184)))-1;} }
	goto st184;
st184:
	p += 1;
case 184:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr238;
		case 93u: goto tr18;
		case 95u: goto tr238;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr238;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr238;
	} else
		goto tr238;
	goto tr19;
tr238:
	{ {p = (( IMW_SKIP_TO(185)))-1;} }
	goto st185;
st185:
	p += 1;
case 185:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr239;
		case 93u: goto tr18;
		case 95u: goto tr239;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr239;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr239;
	} else
		goto tr239;
	goto tr19;
tr239:
	{ {p = (( IMW_SKIP_TO(186)))-1;} }
	goto st186;
st186:
	p += 1;
case 186:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr240;
		case 93u: goto tr18;
		case 95u: goto tr240;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr240;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr240;
	} else
		goto tr240;
	goto tr19;
tr240:
	{ {p = (( IMW_SKIP_TO(187)))-1;} }
	goto st187;
st187:
	p += 1;
case 187:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr241;
		case 93u: goto tr18;
		case 95u: goto tr241;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr241;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr241;
	} else
		goto tr241;
	goto tr19;
tr241:
	{ {p = (( IMW_SKIP_TO(188)))-1;} }
	goto st188;
st188:
	p += 1;
case 188:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr242;
		case 93u: goto tr18;
		case 95u: goto tr242;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr242;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr242;
	} else
		goto tr242;
	goto tr19;
tr242:
	{ {p = (( IMW_SKIP_TO(189)))-1;} }
	goto st189;
st189:
	p += 1;
case 189:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr243;
		case 93u: goto tr18;
		case 95u: goto tr243;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr243;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr243;
	} else
		goto tr243;
	goto tr19;
tr243:
	{ {p = (( IMW_SKIP_TO(190)))-1;} }
	goto st190;
st190:
	p += 1;
case 190:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr244;
		case 93u: goto tr18;
		case 95u: goto tr244;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr244;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr244;
	} else
		goto tr244;
	goto tr19;
tr244:
	{ {p = (( IMW_SKIP_TO(191)))-1;} }
	goto st191;
st191:
	p += 1;
case 191:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr245;
		case 93u: goto tr18;
		case 95u: goto tr245;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr245;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr245;
	} else
		goto tr245;
	goto tr19;
tr245:
	{ {p = (( IMW_SKIP_TO(192)))-1;} }
	goto st192;
st192:
	p += 1;
case 192:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr246;
		case 93u: goto tr18;
		case 95u: goto tr246;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr246;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr246;
	} else
		goto tr246;
	goto tr19;
tr246:
	{ {p = (( IMW_SKIP_TO(193)))-1;} }
	goto st193;
st193:
	p += 1;
case 193:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr247;
		case 93u: goto tr18;
		case 95u: goto tr247;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr247;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr247;
	} else
		goto tr247;
	goto tr19;
tr247:
	{ {p = (( IMW_SKIP_TO(194)))-1;} }
	goto st194;
st194:
	p += 1;
case 194:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr248;
		case 93u: goto tr18;
		case 95u: goto tr248;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr248;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr248;
	} else
		goto tr248;
	goto tr19;
tr248:
	{ {p = (( IMW_SKIP_TO(195)))-1;} }
	goto st195;
st195:
	p += 1;
case 195:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr249;
		case 93u: goto tr18;
		case 95u: goto tr249;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr249;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr249;
	} else
		goto tr249;
	goto tr19;
tr249:
	{ {p = (( IMW_SKIP_TO(196)))-1;} }
	goto st196;
st196:
	p += 1;
case 196:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr250;
		case 93u: goto tr18;
		case 95u: goto tr250;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr250;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr250;
	} else
		goto tr250;
	goto tr19;
tr250:
	{ {p = (( IMW_SKIP_TO(197)))-1;} }
	goto st197;
st197:
	p += 1;
case 197:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr251;
		case 93u: goto tr18;
		case 95u: goto tr251;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr251;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr251;
	} else
		goto tr251;
	goto tr19;
tr251:
	{ {p = (( IMW_SKIP_TO(198)))-1;} }
	goto st198;
st198:
	p += 1;
case 198:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr252;
		case 93u: goto tr18;
		case 95u: goto tr252;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr252;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr252;
	} else
		goto tr252;
	goto tr19;
tr252:
	{ {p = (( IMW_SKIP_TO(199)))-1;} }
	goto st199;
st199:
	p += 1;
case 199:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr253;
		case 93u: goto tr18;
		case 95u: goto tr253;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr253;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr253;
	} else
		goto tr253;
	goto tr19;
tr253:
	{ {p = (( IMW_SKIP_TO(200)))-1;} }
	goto st200;
st200:
	p += 1;
case 200:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr254;
		case 93u: goto tr18;
		case 95u: goto tr254;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr254;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr254;
	} else
		goto tr254;
	goto tr19;
tr254:
	{ {p = (( IMW_SKIP_TO(201)))-1;} }
	goto st201;
st201:
	p += 1;
case 201:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr255;
		case 93u: goto tr18;
		case 95u: goto tr255;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr255;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr255;
	} else
		goto tr255;
	goto tr19;
tr255:
	{ {p = (( IMW_SKIP_TO(202)))-1;} }
	goto st202;
st202:
	p += 1;
case 202:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr256;
		case 93u: goto tr18;
		case 95u: goto tr256;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr256;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr256;
	} else
		goto tr256;
	goto tr19;
tr256:
	{ {p = (( IMW_SKIP_TO(203)))-1;} }
	goto st203;
st203:
	p += 1;
case 203:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr257;
		case 93u: goto tr18;
		case 95u: goto tr257;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr257;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr257;
	} else
		goto tr257;
	goto tr19;
tr257:
	{ {p = (( IMW_SKIP_TO(204)))-1;} }
	goto st204;
st204:
	p += 1;
case 204:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr258;
		case 93u: goto tr18;
		case 95u: goto tr258;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr258;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr258;
	} else
		goto tr258;
	goto tr19;
tr258:
	{ {p = (( IMW_SKIP_TO(205)))-1;} }
	goto st205;
st205:
	p += 1;
case 205:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr259;
		case 93u: goto tr18;
		case 95u: goto tr259;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr259;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr259;
	} else
		goto tr259;
	goto tr19;
tr259:
	{ {p = (( IMW_SKIP_TO(206)))-1;} }
	goto st206;
st206:
	p += 1;
case 206:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr260;
		case 93u: goto tr18;
		case 95u: goto tr260;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr260;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr260;
	} else
		goto tr260;
	goto tr19;
tr260:
	{ {p = (( IMW_SKIP_TO(207)))-1;} }
	goto st207;
st207:
	p += 1;
case 207:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr261;
		case 93u: goto tr18;
		case 95u: goto tr261;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr261;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr261;
	} else
		goto tr261;
	goto tr19;
tr261:
	{ {p = (( IMW_SKIP_TO(208)))-1;} }
	goto st208;
st208:
	p += 1;
case 208:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr262;
		case 93u: goto tr18;
		case 95u: goto tr262;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr262;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr262;
	} else
		goto tr262;
	goto tr19;
tr262:
	{ {p = (( IMW_SKIP_TO(209)))-1;} }
	goto st209;
st209:
	p += 1;
case 209:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr263;
		case 93u: goto tr18;
		case 95u: goto tr263;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr263;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr263;
	} else
		goto tr263;
	goto tr19;
tr263:
	{ {p = (( IMW_SKIP_TO(210)))-1;} }
	goto st210;
st210:
	p += 1;
case 210:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr264;
		case 93u: goto tr18;
		case 95u: goto tr264;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr264;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr264;
	} else
		goto tr264;
	goto tr19;
tr264:
	{ {p = (( IMW_SKIP_TO(211)))-1;} }
	goto st211;
st211:
	p += 1;
case 211:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr265;
		case 93u: goto tr18;
		case 95u: goto tr265;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr265;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr265;
	} else
		goto tr265;
	goto tr19;
tr265:
	{ {p = (( IMW_SKIP_TO(212)))-1;} }
	goto st212;
st212:
	p += 1;
case 212:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr266;
		case 93u: goto tr18;
		case 95u: goto tr266;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr266;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr266;
	} else
		goto tr266;
	goto tr19;
tr266:
	{ {p = (( IMW_SKIP_TO(213)))-1;} }
	goto st213;
st213:
	p += 1;
case 213:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr267;
		case 93u: goto tr18;
		case 95u: goto tr267;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr267;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr267;
	} else
		goto tr267;
	goto tr19;
tr267:
	{ {p = (( IMW_SKIP_TO(214)))-1;} }
	goto st214;
st214:
	p += 1;
case 214:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr268;
		case 93u: goto tr18;
		case 95u: goto tr268;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr268;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr268;
	} else
		goto tr268;
	goto tr19;
tr268:
	{ {p = (( IMW_SKIP_TO(215)))-1;} }
	goto st215;
st215:
	p += 1;
case 215:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr269;
		case 93u: goto tr18;
		case 95u: goto tr269;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr269;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr269;
	} else
		goto tr269;
	goto tr19;
tr269:
	{ {p = (( IMW_SKIP_TO(216)))-1;} }
	goto st216;
st216:
	p += 1;
case 216:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr270;
		case 93u: goto tr18;
		case 95u: goto tr270;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr270;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr270;
	} else
		goto tr270;
	goto tr19;
tr270:
	{ {p = (( IMW_SKIP_TO(217)))-1;} }
	goto st217;
st217:
	p += 1;
case 217:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr271;
		case 93u: goto tr18;
		case 95u: goto tr271;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr271;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr271;
	} else
		goto tr271;
	goto tr19;
tr271:
	{ {p = (( IMW_SKIP_TO(218)))-1;} }
	goto st218;
st218:
	p += 1;
case 218:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr272;
		case 93u: goto tr18;
		case 95u: goto tr272;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr272;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr272;
	} else
		goto tr272;
	goto tr19;
tr272:
	{ {p = (( IMW_SKIP_TO(219)))-1;} }
	goto st219;
st219:
	p += 1;
case 219:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr273;
		case 93u: goto tr18;
		case 95u: goto tr273;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr273;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr273;
	} else
		goto tr273;
	goto tr19;
tr273:
	{ {p = (( IMW_SKIP_TO(220)))-1;} }
	goto st220;
st220:
	p += 1;
case 220:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr274;
		case 93u: goto tr18;
		case 95u: goto tr274;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr274;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr274;
	} else
		goto tr274;
	goto tr19;
tr274:
	{ {p = (( IMW_SKIP_TO(221)))-1;} }
	goto st221;
st221:
	p += 1;
case 221:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr275;
		case 93u: goto tr18;
		case 95u: goto tr275;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr275;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr275;
	} else
		goto tr275;
	goto tr19;
tr275:
	{ {p = (( IMW_SKIP_TO(222)))-1;} }
	goto st222;
st222:
	p += 1;
case 222:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr276;
		case 93u: goto tr18;
		case 95u: goto tr276;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr276;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr276;
	} else
		goto tr276;
	goto tr19;
tr276:
	{ {p = (( IMW_SKIP_TO(223)))-1;} }
	goto st223;
st223:
	p += 1;
case 223:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr277;
		case 93u: goto tr18;
		case 95u: goto tr277;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr277;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr277;
	} else
		goto tr277;
	goto tr19;
tr277:
	{ {p = (( IMW_SKIP_TO(224)))-1;} }
	goto st224;
st224:
	p += 1;
case 224:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr278;
		case 93u: goto tr18;
		case 95u: goto tr278;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr278;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr278;
	} else
		goto tr278;
	goto tr19;
tr278:
	{ {p = (( IMW_SKIP_TO(225)))-1;} }
	goto st225;
st225:
	p += 1;
case 225:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr279;
		case 93u: goto tr18;
		case 95u: goto tr279;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr279;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr279;
	} else
		goto tr279;
	goto tr19;
tr279:
	{ {p = (( IMW_SKIP_TO(226)))-1;} }
	goto st226;
st226:
	p += 1;
case 226:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr280;
		case 93u: goto tr18;
		case 95u: goto tr280;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr280;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr280;
	} else
		goto tr280;
	goto tr19;
tr280:
	{ {p = (( IMW_SKIP_TO(227)))-1;} }
	goto st227;
st227:
	p += 1;
case 227:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr281;
		case 93u: goto tr18;
		case 95u: goto tr281;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr281;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr281;
	} else
		goto tr281;
	goto tr19;
tr281:
	{ {p = (( IMW_SKIP_TO(228)))-1;} }
	goto st228;
st228:
	p += 1;
case 228:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr282;
		case 93u: goto tr18;
		case 95u: goto tr282;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr282;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr282;
	} else
		goto tr282;
	goto tr19;
tr282:
	{ {p = (( IMW_SKIP_TO(229)))-1;} }
	goto st229;
st229:
	p += 1;
case 229:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr283;
		case 93u: goto tr18;
		case 95u: goto tr283;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr283;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr283;
	} else
		goto tr283;
	goto tr19;
tr283:
	{ {p = (( IMW_SKIP_TO(230)))-1;} }
	goto st230;
st230:
	p += 1;
case 230:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr284;
		case 93u: goto tr18;
		case 95u: goto tr284;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr284;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr284;
	} else
		goto tr284;
	goto tr19;
tr284:
	{ {p = (( IMW_SKIP_TO(231)))-1;} }
	goto st231;
st231:
	p += 1;
case 231:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr285;
		case 93u: goto tr18;
		case 95u: goto tr285;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr285;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr285;
	} else
		goto tr285;
	goto tr19;
tr285:
	{ {p = (( IMW_SKIP_TO(232)))-1;} }
	goto st232;
st232:
	p += 1;
case 232:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr286;
		case 93u: goto tr18;
		case 95u: goto tr286;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr286;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr286;
	} else
		goto tr286;
	goto tr19;
tr286:
	{ {p = (( IMW_SKIP_TO(233)))-1;} }
	goto st233;
st233:
	p += 1;
case 233:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr287;
		case 93u: goto tr18;
		case 95u: goto tr287;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr287;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr287;
	} else
		goto tr287;
	goto tr19;
tr287:
	{ {p = (( IMW_SKIP_TO(234)))-1;} }
	goto st234;
st234:
	p += 1;
case 234:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr288;
		case 93u: goto tr18;
		case 95u: goto tr288;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr288;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr288;
	} else
		goto tr288;
	goto tr19;
tr288:
	{ {p = (( IMW_SKIP_TO(235)))-1;} }
	goto st235;
st235:
	p += 1;
case 235:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr289;
		case 93u: goto tr18;
		case 95u: goto tr289;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr289;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr289;
	} else
		goto tr289;
	goto tr19;
tr289:
	{ {p = (( IMW_SKIP_TO(236)))-1;} }
	goto st236;
st236:
	p += 1;
case 236:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr290;
		case 93u: goto tr18;
		case 95u: goto tr290;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr290;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr290;
	} else
		goto tr290;
	goto tr19;
tr290:
	{ {p = (( IMW_SKIP_TO(237)))-1;} }
	goto st237;
st237:
	p += 1;
case 237:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr291;
		case 93u: goto tr18;
		case 95u: goto tr291;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr291;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr291;
	} else
		goto tr291;
	goto tr19;
tr291:
	{ {p = (( IMW_SKIP_TO(238)))-1;} }
	goto st238;
st238:
	p += 1;
case 238:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr292;
		case 93u: goto tr18;
		case 95u: goto tr292;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr292;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr292;
	} else
		goto tr292;
	goto tr19;
tr292:
	{ {p = (( IMW_SKIP_TO(239)))-1;} }
	goto st239;
st239:
	p += 1;
case 239:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr293;
		case 93u: goto tr18;
		case 95u: goto tr293;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr293;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr293;
	} else
		goto tr293;
	goto tr19;
tr293:
	{ {p = (( IMW_SKIP_TO(240)))-1;} }
	goto st240;
st240:
	p += 1;
case 240:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr294;
		case 93u: goto tr18;
		case 95u: goto tr294;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr294;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr294;
	} else
		goto tr294;
	goto tr19;
tr294:
	{ {p = (( IMW_SKIP_TO(241)))-1;} }
	goto st241;
st241:
	p += 1;
case 241:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr295;
		case 93u: goto tr18;
		case 95u: goto tr295;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr295;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr295;
	} else
		goto tr295;
	goto tr19;
tr295:
	{ {p = (( IMW_SKIP_TO(242)))-1;} }
	goto st242;
st242:
	p += 1;
case 242:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr296;
		case 93u: goto tr18;
		case 95u: goto tr296;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr296;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr296;
	} else
		goto tr296;
	goto tr19;
tr296:
	{ {p = (( IMW_SKIP_TO(243)))-1;} }
	goto st243;
st243:
	p += 1;
case 243:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr297;
		case 93u: goto tr18;
		case 95u: goto tr297;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr297;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr297;
	} else
		goto tr297;
	goto tr19;
tr297:
	{ {p = (( IMW_SKIP_TO(244)))-1;} }
	goto st244;
st244:
	p += 1;
case 244:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr298;
		case 93u: goto tr18;
		case 95u: goto tr298;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr298;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr298;
	} else
		goto tr298;
	goto tr19;
tr298:
	{ {p = (( IMW_SKIP_TO(245)))-1;} }
	goto st245;
st245:
	p += 1;
case 245:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr299;
		case 93u: goto tr18;
		case 95u: goto tr299;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr299;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr299;
	} else
		goto tr299;
	goto tr19;
tr299:
	{ {p = (( IMW_SKIP_TO(246)))-1;} }
	goto st246;
st246:
	p += 1;
case 246:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr300;
		case 93u: goto tr18;
		case 95u: goto tr300;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr300;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr300;
	} else
		goto tr300;
	goto tr19;
tr300:
	{ {p = (( IMW_SKIP_TO(247)))-1;} }
	goto st247;
st247:
	p += 1;
case 247:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr301;
		case 93u: goto tr18;
		case 95u: goto tr301;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr301;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr301;
	} else
		goto tr301;
	goto tr19;
tr301:
	{ {p = (( IMW_SKIP_TO(248)))-1;} }
	goto st248;
st248:
	p += 1;
case 248:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr302;
		case 93u: goto tr18;
		case 95u: goto tr302;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr302;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr302;
	} else
		goto tr302;
	goto tr19;
tr302:
	{ {p = (( IMW_SKIP_TO(249)))-1;} }
	goto st249;
st249:
	p += 1;
case 249:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr303;
		case 93u: goto tr18;
		case 95u: goto tr303;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr303;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr303;
	} else
		goto tr303;
	goto tr19;
tr303:
	{ {p = (( IMW_SKIP_TO(250)))-1;} }
	goto st250;
st250:
	p += 1;
case 250:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr304;
		case 93u: goto tr18;
		case 95u: goto tr304;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr304;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr304;
	} else
		goto tr304;
	goto tr19;
tr304:
	{ {p = (( IMW_SKIP_TO(251)))-1;} }
	goto st251;
st251:
	p += 1;
case 251:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr305;
		case 93u: goto tr18;
		case 95u: goto tr305;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr305;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr305;
	} else
		goto tr305;
	goto tr19;
tr305:
	{ {p = (( IMW_SKIP_TO(252)))-1;} }
	goto st252;
st252:
	p += 1;
case 252:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr306;
		case 93u: goto tr18;
		case 95u: goto tr306;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr306;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr306;
	} else
		goto tr306;
	goto tr19;
tr306:
	{ {p = (( IMW_SKIP_TO(253)))-1;} }
	goto st253;
st253:
	p += 1;
case 253:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr307;
		case 93u: goto tr18;
		case 95u: goto tr307;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr307;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr307;
	} else
		goto tr307;
	goto tr19;
tr307:
	{ {p = (( IMW_SKIP_TO(254)))-1;} }
	goto st254;
st254:
	p += 1;
case 254:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr308;
		case 93u: goto tr18;
		case 95u: goto tr308;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr308;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr308;
	} else
		goto tr308;
	goto tr19;
tr308:
	{ {p = (( IMW_SKIP_TO(255)))-1;} }
	goto st255;
st255:
	p += 1;
case 255:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr309;
		case 93u: goto tr18;
		case 95u: goto tr309;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr309;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr309;
	} else
		goto tr309;
	goto tr19;
tr309:
	{ {p = (( IMW_SKIP_TO(256)))-1;} }
	goto st256;
st256:
	p += 1;
case 256:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr310;
		case 93u: goto tr18;
		case 95u: goto tr310;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr310;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr310;
	} else
		goto tr310;
	goto tr19;
tr310:
	{ {p = (( IMW_SKIP_TO(257)))-1;} }
	goto st257;
st257:
	p += 1;
case 257:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr311;
		case 93u: goto tr18;
		case 95u: goto tr311;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr311;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr311;
	} else
		goto tr311;
	goto tr19;
tr311:
	{ {p = (( IMW_SKIP_TO(258)))-1;} }
	goto st258;
st258:
	p += 1;
case 258:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr312;
		case 93u: goto tr18;
		case 95u: goto tr312;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr312;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr312;
	} else
		goto tr312;
	goto tr19;
tr312:
	{ {p = (( IMW_SKIP_TO(259)))-1;} }
	goto st259;
st259:
	p += 1;
case 259:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr313;
		case 93u: goto tr18;
		case 95u: goto tr313;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr313;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr313;
	} else
		goto tr313;
	goto tr19;
tr313:
	{ {p = (( IMW_SKIP_TO(260)))-1;} }
	goto st260;
st260:
	p += 1;
case 260:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr314;
		case 93u: goto tr18;
		case 95u: goto tr314;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr314;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr314;
	} else
		goto tr314;
	goto tr19;
tr314:
	{ {p = (( IMW_SKIP_TO(261)))-1;} }
	goto st261;
st261:
	p += 1;
case 261:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr315;
		case 93u: goto tr18;
		case 95u: goto tr315;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr315;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr315;
	} else
		goto tr315;
	goto tr19;
tr315:
	{ {p = (( IMW_SKIP_TO(262)))-1;} }
	goto st262;
st262:
	p += 1;
case 262:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr316;
		case 93u: goto tr18;
		case 95u: goto tr316;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr316;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr316;
	} else
		goto tr316;
	goto tr19;
tr316:
	{ {p = (( IMW_SKIP_TO(263)))-1;} }
	goto st263;
st263:
	p += 1;
case 263:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr317;
		case 93u: goto tr18;
		case 95u: goto tr317;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr317;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr317;
	} else
		goto tr317;
	goto tr19;
tr317:
	{ {p = (( IMW_SKIP_TO(264)))-1;} }
	goto st264;
st264:
	p += 1;
case 264:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr318;
		case 93u: goto tr18;
		case 95u: goto tr318;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr318;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr318;
	} else
		goto tr318;
	goto tr19;
tr318:
	{ {p = (( IMW_SKIP_TO(265)))-1;} }
	goto st265;
st265:
	p += 1;
case 265:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr319;
		case 93u: goto tr18;
		case 95u: goto tr319;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr319;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr319;
	} else
		goto tr319;
	goto tr19;
tr319:
	{ {p = (( IMW_SKIP_TO(266)))-1;} }
	goto st266;
st266:
	p += 1;
case 266:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr320;
		case 93u: goto tr18;
		case 95u: goto tr320;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr320;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr320;
	} else
		goto tr320;
	goto tr19;
tr320:
	{ {p = (( IMW_SKIP_TO(267)))-1;} }
	goto st267;
st267:
	p += 1;
case 267:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr321;
		case 93u: goto tr18;
		case 95u: goto tr321;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr321;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr321;
	} else
		goto tr321;
	goto tr19;
tr321:
	{ {p = (( IMW_SKIP_TO(268)))-1;} }
	goto st268;
st268:
	p += 1;
case 268:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr322;
		case 93u: goto tr18;
		case 95u: goto tr322;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr322;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr322;
	} else
		goto tr322;
	goto tr19;
tr322:
	{ {p = (( IMW_SKIP_TO(269)))-1;} }
	goto st269;
st269:
	p += 1;
case 269:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr323;
		case 93u: goto tr18;
		case 95u: goto tr323;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr323;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr323;
	} else
		goto tr323;
	goto tr19;
tr323:
	{ {p = (( IMW_SKIP_TO(270)))-1;} }
	goto st270;
st270:
	p += 1;
case 270:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr324;
		case 93u: goto tr18;
		case 95u: goto tr324;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr324;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr324;
	} else
		goto tr324;
	goto tr19;
tr324:
	{ {p = (( IMW_SKIP_TO(271)))-1;} }
	goto st271;
st271:
	p += 1;
case 271:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr325;
		case 93u: goto tr18;
		case 95u: goto tr325;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr325;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr325;
	} else
		goto tr325;
	goto tr19;
tr325:
	{ {p = (( IMW_SKIP_TO(272)))-1;} }
	goto st272;
st272:
	p += 1;
case 272:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr326;
		case 93u: goto tr18;
		case 95u: goto tr326;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr326;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr326;
	} else
		goto tr326;
	goto tr19;
tr326:
	{ {p = (( IMW_SKIP_TO(273)))-1;} }
	goto st273;
st273:
	p += 1;
case 273:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr327;
		case 93u: goto tr18;
		case 95u: goto tr327;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr327;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr327;
	} else
		goto tr327;
	goto tr19;
tr327:
	{ {p = (( IMW_SKIP_TO(274)))-1;} }
	goto st274;
st274:
	p += 1;
case 274:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr328;
		case 93u: goto tr18;
		case 95u: goto tr328;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr328;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr328;
	} else
		goto tr328;
	goto tr19;
tr328:
	{ {p = (( IMW_SKIP_TO(275)))-1;} }
	goto st275;
st275:
	p += 1;
case 275:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr329;
		case 93u: goto tr18;
		case 95u: goto tr329;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr329;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr329;
	} else
		goto tr329;
	goto tr19;
tr329:
	{ {p = (( IMW_SKIP_TO(276)))-1;} }
	goto st276;
st276:
	p += 1;
case 276:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr330;
		case 93u: goto tr18;
		case 95u: goto tr330;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr330;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr330;
	} else
		goto tr330;
	goto tr19;
tr330:
	{ {p = (( IMW_SKIP_TO(277)))-1;} }
	goto st277;
st277:
	p += 1;
case 277:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr331;
		case 93u: goto tr18;
		case 95u: goto tr331;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr331;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr331;
	} else
		goto tr331;
	goto tr19;
tr331:
	{ {p = (( IMW_SKIP_TO(278)))-1;} }
	goto st278;
st278:
	p += 1;
case 278:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr332;
		case 93u: goto tr18;
		case 95u: goto tr332;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr332;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr332;
	} else
		goto tr332;
	goto tr19;
tr332:
	{ {p = (( IMW_SKIP_TO(279)))-1;} }
	goto st279;
st279:
	p += 1;
case 279:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr333;
		case 93u: goto tr18;
		case 95u: goto tr333;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr333;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr333;
	} else
		goto tr333;
	goto tr19;
tr333:
	{ {p = (( IMW_SKIP_TO(280)))-1;} }
	goto st280;
st280:
	p += 1;
case 280:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr334;
		case 93u: goto tr18;
		case 95u: goto tr334;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr334;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr334;
	} else
		goto tr334;
	goto tr19;
tr334:
	{ {p = (( IMW_SKIP_TO(281)))-1;} }
	goto st281;
st281:
	p += 1;
case 281:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr335;
		case 93u: goto tr18;
		case 95u: goto tr335;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr335;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr335;
	} else
		goto tr335;
	goto tr19;
tr335:
	{ {p = (( IMW_SKIP_TO(282)))-1;} }
	goto st282;
st282:
	p += 1;
case 282:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr336;
		case 93u: goto tr18;
		case 95u: goto tr336;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr336;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr336;
	} else
		goto tr336;
	goto tr19;
tr336:
	{ {p = (( IMW_SKIP_TO(283)))-1;} }
	goto st283;
st283:
	p += 1;
case 283:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr337;
		case 93u: goto tr18;
		case 95u: goto tr337;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr337;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr337;
	} else
		goto tr337;
	goto tr19;
tr337:
	{ {p = (( IMW_SKIP_TO(284)))-1;} }
	goto st284;
st284:
	p += 1;
case 284:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr338;
		case 93u: goto tr18;
		case 95u: goto tr338;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr338;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr338;
	} else
		goto tr338;
	goto tr19;
tr338:
	{ {p = (( IMW_SKIP_TO(285)))-1;} }
	goto st285;
st285:
	p += 1;
case 285:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr339;
		case 93u: goto tr18;
		case 95u: goto tr339;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr339;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr339;
	} else
		goto tr339;
	goto tr19;
tr339:
	{ {p = (( IMW_SKIP_TO(286)))-1;} }
	goto st286;
st286:
	p += 1;
case 286:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr340;
		case 93u: goto tr18;
		case 95u: goto tr340;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr340;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr340;
	} else
		goto tr340;
	goto tr19;
tr340:
	{ {p = (( IMW_SKIP_TO(287)))-1;} }
	goto st287;
st287:
	p += 1;
case 287:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr341;
		case 93u: goto tr18;
		case 95u: goto tr341;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr341;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr341;
	} else
		goto tr341;
	goto tr19;
tr341:
	{ {p = (( IMW_SKIP_TO(288)))-1;} }
	goto st288;
st288:
	p += 1;
case 288:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr342;
		case 93u: goto tr18;
		case 95u: goto tr342;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr342;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr342;
	} else
		goto tr342;
	goto tr19;
tr342:
	{ {p = (( IMW_SKIP_TO(289)))-1;} }
	goto st289;
st289:
	p += 1;
case 289:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr343;
		case 93u: goto tr18;
		case 95u: goto tr343;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr343;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr343;
	} else
		goto tr343;
	goto tr19;
tr343:
	{ {p = (( IMW_SKIP_TO(290)))-1;} }
	goto st290;
st290:
	p += 1;
case 290:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr344;
		case 93u: goto tr18;
		case 95u: goto tr344;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr344;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr344;
	} else
		goto tr344;
	goto tr19;
tr344:
	{ {p = (( IMW_SKIP_TO(291)))-1;} }
	goto st291;
st291:
	p += 1;
case 291:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr345;
		case 93u: goto tr18;
		case 95u: goto tr345;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr345;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr345;
	} else
		goto tr345;
	goto tr19;
tr345:
	{ {p = (( IMW_SKIP_TO(292)))-1;} }
	goto st292;
st292:
	p += 1;
case 292:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr346;
		case 93u: goto tr18;
		case 95u: goto tr346;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr346;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr346;
	} else
		goto tr346;
	goto tr19;
tr346:
	{ {p = (( IMW_SKIP_TO(293)))-1;} }
	goto st293;
st293:
	p += 1;
case 293:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr347;
		case 93u: goto tr18;
		case 95u: goto tr347;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr347;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr347;
	} else
		goto tr347;
	goto tr19;
tr347:
	{ {p = (( IMW_SKIP_TO(294)))-1;} }
	goto st294;
st294:
	p += 1;
case 294:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr348;
		case 93u: goto tr18;
		case 95u: goto tr348;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr348;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr348;
	} else
		goto tr348;
	goto tr19;
tr348:
	{ {p = (( IMW_SKIP_TO(295)))-1;} }
	goto st295;
st295:
	p += 1;
case 295:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr349;
		case 93u: goto tr18;
		case 95u: goto tr349;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr349;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr349;
	} else
		goto tr349;
	goto tr19;
tr349:
	{ {p = (( IMW_SKIP_TO(296)))-1;} }
	goto st296;
st296:
	p += 1;
case 296:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr350;
		case 93u: goto tr18;
		case 95u: goto tr350;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr350;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr350;
	} else
		goto tr350;
	goto tr19;
tr350:
	{ {p = (( IMW_SKIP_TO(297)))-1;} }
	goto st297;
st297:
	p += 1;
case 297:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr351;
		case 93u: goto tr18;
		case 95u: goto tr351;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr351;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr351;
	} else
		goto tr351;
	goto tr19;
tr351:
	{ {p = (( IMW_SKIP_TO(298)))-1;} }
	goto st298;
st298:
	p += 1;
case 298:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr352;
		case 93u: goto tr18;
		case 95u: goto tr352;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr352;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr352;
	} else
		goto tr352;
	goto tr19;
tr352:
	{ {p = (( IMW_SKIP_TO(299)))-1;} }
	goto st299;
st299:
	p += 1;
case 299:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr353;
		case 93u: goto tr18;
		case 95u: goto tr353;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr353;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr353;
	} else
		goto tr353;
	goto tr19;
tr353:
	{ {p = (( IMW_SKIP_TO(300)))-1;} }
	goto st300;
st300:
	p += 1;
case 300:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr354;
		case 93u: goto tr18;
		case 95u: goto tr354;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr354;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr354;
	} else
		goto tr354;
	goto tr19;
tr354:
	{ {p = (( IMW_SKIP_TO(301)))-1;} }
	goto st301;
st301:
	p += 1;
case 301:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr355;
		case 93u: goto tr18;
		case 95u: goto tr355;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr355;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr355;
	} else
		goto tr355;
	goto tr19;
tr355:
	{ {p = (( IMW_SKIP_TO(302)))-1;} }
	goto st302;
st302:
	p += 1;
case 302:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr356;
		case 93u: goto tr18;
		case 95u: goto tr356;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr356;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr356;
	} else
		goto tr356;
	goto tr19;
tr356:
	{ {p = (( IMW_SKIP_TO(303)))-1;} }
	goto st303;
st303:
	p += 1;
case 303:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr357;
		case 93u: goto tr18;
		case 95u: goto tr357;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr357;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr357;
	} else
		goto tr357;
	goto tr19;
tr357:
	{ {p = (( IMW_SKIP_TO(304)))-1;} }
	goto st304;
st304:
	p += 1;
case 304:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr358;
		case 93u: goto tr18;
		case 95u: goto tr358;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr358;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr358;
	} else
		goto tr358;
	goto tr19;
tr358:
	{ {p = (( IMW_SKIP_TO(305)))-1;} }
	goto st305;
st305:
	p += 1;
case 305:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr359;
		case 93u: goto tr18;
		case 95u: goto tr359;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr359;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr359;
	} else
		goto tr359;
	goto tr19;
tr359:
	{ {p = (( IMW_SKIP_TO(306)))-1;} }
	goto st306;
st306:
	p += 1;
case 306:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr360;
		case 93u: goto tr18;
		case 95u: goto tr360;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr360;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr360;
	} else
		goto tr360;
	goto tr19;
tr360:
	{ {p = (( IMW_SKIP_TO(307)))-1;} }
	goto st307;
st307:
	p += 1;
case 307:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr361;
		case 93u: goto tr18;
		case 95u: goto tr361;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr361;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr361;
	} else
		goto tr361;
	goto tr19;
tr361:
	{ {p = (( IMW_SKIP_TO(308)))-1;} }
	goto st308;
st308:
	p += 1;
case 308:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr362;
		case 93u: goto tr18;
		case 95u: goto tr362;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr362;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr362;
	} else
		goto tr362;
	goto tr19;
tr362:
	{ {p = (( IMW_SKIP_TO(309)))-1;} }
	goto st309;
st309:
	p += 1;
case 309:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr363;
		case 93u: goto tr18;
		case 95u: goto tr363;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr363;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr363;
	} else
		goto tr363;
	goto tr19;
tr363:
	{ {p = (( IMW_SKIP_TO(310)))-1;} }
	goto st310;
st310:
	p += 1;
case 310:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr364;
		case 93u: goto tr18;
		case 95u: goto tr364;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr364;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr364;
	} else
		goto tr364;
	goto tr19;
tr364:
	{ {p = (( IMW_SKIP_TO(311)))-1;} }
	goto st311;
st311:
	p += 1;
case 311:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr365;
		case 93u: goto tr18;
		case 95u: goto tr365;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr365;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr365;
	} else
		goto tr365;
	goto tr19;
tr365:
	{ {p = (( IMW_SKIP_TO(312)))-1;} }
	goto st312;
st312:
	p += 1;
case 312:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr366;
		case 93u: goto tr18;
		case 95u: goto tr366;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr366;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr366;
	} else
		goto tr366;
	goto tr19;
tr366:
	{ {p = (( IMW_SKIP_TO(313)))-1;} }
	goto st313;
st313:
	p += 1;
case 313:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr367;
		case 93u: goto tr18;
		case 95u: goto tr367;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr367;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr367;
	} else
		goto tr367;
	goto tr19;
tr367:
	{ {p = (( IMW_SKIP_TO(314)))-1;} }
	goto st314;
st314:
	p += 1;
case 314:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr368;
		case 93u: goto tr18;
		case 95u: goto tr368;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr368;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr368;
	} else
		goto tr368;
	goto tr19;
tr368:
	{ {p = (( IMW_SKIP_TO(315)))-1;} }
	goto st315;
st315:
	p += 1;
case 315:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr369;
		case 93u: goto tr18;
		case 95u: goto tr369;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr369;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr369;
	} else
		goto tr369;
	goto tr19;
tr369:
	{ {p = (( IMW_SKIP_TO(316)))-1;} }
	goto st316;
st316:
	p += 1;
case 316:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr370;
		case 93u: goto tr18;
		case 95u: goto tr370;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr370;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr370;
	} else
		goto tr370;
	goto tr19;
tr370:
	{ {p = (( IMW_SKIP_TO(317)))-1;} }
	goto st317;
st317:
	p += 1;
case 317:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr371;
		case 93u: goto tr18;
		case 95u: goto tr371;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr371;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr371;
	} else
		goto tr371;
	goto tr19;
tr371:
	{ {p = (( IMW_SKIP_TO(318)))-1;} }
	goto st318;
st318:
	p += 1;
case 318:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr372;
		case 93u: goto tr18;
		case 95u: goto tr372;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr372;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr372;
	} else
		goto tr372;
	goto tr19;
tr372:
	{ {p = (( IMW_SKIP_TO(319)))-1;} }
	goto st319;
st319:
	p += 1;
case 319:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr373;
		case 93u: goto tr18;
		case 95u: goto tr373;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr373;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr373;
	} else
		goto tr373;
	goto tr19;
tr373:
	{ {p = (( IMW_SKIP_TO(320)))-1;} }
	goto st320;
st320:
	p += 1;
case 320:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr374;
		case 93u: goto tr18;
		case 95u: goto tr374;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr374;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr374;
	} else
		goto tr374;
	goto tr19;
tr374:
	{ {p = (( IMW_SKIP_TO(321)))-1;} }
	goto st321;
st321:
	p += 1;
case 321:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr375;
		case 93u: goto tr18;
		case 95u: goto tr375;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr375;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr375;
	} else
		goto tr375;
	goto tr19;
tr375:
	{ {p = (( IMW_SKIP_TO(322)))-1;} }
	goto st322;
st322:
	p += 1;
case 322:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr376;
		case 93u: goto tr18;
		case 95u: goto tr376;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr376;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr376;
	} else
		goto tr376;
	goto tr19;
tr376:
	{ {p = (( IMW_SKIP_TO(323)))-1;} }
	goto st323;
st323:
	p += 1;
case 323:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr377;
		case 93u: goto tr18;
		case 95u: goto tr377;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr377;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr377;
	} else
		goto tr377;
	goto tr19;
tr377:
	{ {p = (( IMW_SKIP_TO(324)))-1;} }
	goto st324;
st324:
	p += 1;
case 324:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr378;
		case 93u: goto tr18;
		case 95u: goto tr378;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr378;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr378;
	} else
		goto tr378;
	goto tr19;
tr378:
	{ {p = (( IMW_SKIP_TO(325)))-1;} }
	goto st325;
st325:
	p += 1;
case 325:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr379;
		case 93u: goto tr18;
		case 95u: goto tr379;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr379;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr379;
	} else
		goto tr379;
	goto tr19;
tr379:
	{ {p = (( IMW_SKIP_TO(326)))-1;} }
	goto st326;
st326:
	p += 1;
case 326:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr380;
		case 93u: goto tr18;
		case 95u: goto tr380;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr380;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr380;
	} else
		goto tr380;
	goto tr19;
tr380:
	{ {p = (( IMW_SKIP_TO(327)))-1;} }
	goto st327;
st327:
	p += 1;
case 327:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr381;
		case 93u: goto tr18;
		case 95u: goto tr381;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr381;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr381;
	} else
		goto tr381;
	goto tr19;
tr381:
	{ {p = (( IMW_SKIP_TO(328)))-1;} }
	goto st328;
st328:
	p += 1;
case 328:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr382;
		case 93u: goto tr18;
		case 95u: goto tr382;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr382;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr382;
	} else
		goto tr382;
	goto tr19;
tr382:
	{ {p = (( IMW_SKIP_TO(329)))-1;} }
	goto st329;
st329:
	p += 1;
case 329:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr383;
		case 93u: goto tr18;
		case 95u: goto tr383;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr383;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr383;
	} else
		goto tr383;
	goto tr19;
tr383:
	{ {p = (( IMW_SKIP_TO(330)))-1;} }
	goto st330;
st330:
	p += 1;
case 330:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr384;
		case 93u: goto tr18;
		case 95u: goto tr384;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr384;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr384;
	} else
		goto tr384;
	goto tr19;
tr384:
	{ {p = (( IMW_SKIP_TO(331)))-1;} }
	goto st331;
st331:
	p += 1;
case 331:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr385;
		case 93u: goto tr18;
		case 95u: goto tr385;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr385;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr385;
	} else
		goto tr385;
	goto tr19;
tr385:
	{ {p = (( IMW_SKIP_TO(332)))-1;} }
	goto st332;
st332:
	p += 1;
case 332:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr386;
		case 93u: goto tr18;
		case 95u: goto tr386;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr386;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr386;
	} else
		goto tr386;
	goto tr19;
tr386:
	{ {p = (( IMW_SKIP_TO(333)))-1;} }
	goto st333;
st333:
	p += 1;
case 333:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr387;
		case 93u: goto tr18;
		case 95u: goto tr387;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr387;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr387;
	} else
		goto tr387;
	goto tr19;
tr387:
	{ {p = (( IMW_SKIP_TO(334)))-1;} }
	goto st334;
st334:
	p += 1;
case 334:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr388;
		case 93u: goto tr18;
		case 95u: goto tr388;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr388;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr388;
	} else
		goto tr388;
	goto tr19;
tr388:
	{ {p = (( IMW_SKIP_TO(335)))-1;} }
	goto st335;
st335:
	p += 1;
case 335:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr389;
		case 93u: goto tr18;
		case 95u: goto tr389;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr389;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr389;
	} else
		goto tr389;
	goto tr19;
tr389:
	{ {p = (( IMW_SKIP_TO(336)))-1;} }
	goto st336;
st336:
	p += 1;
case 336:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr390;
		case 93u: goto tr18;
		case 95u: goto tr390;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr390;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr390;
	} else
		goto tr390;
	goto tr19;
tr390:
	{ {p = (( IMW_SKIP_TO(337)))-1;} }
	goto st337;
st337:
	p += 1;
case 337:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr391;
		case 93u: goto tr18;
		case 95u: goto tr391;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr391;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr391;
	} else
		goto tr391;
	goto tr19;
tr391:
	{ {p = (( IMW_SKIP_TO(338)))-1;} }
	goto st338;
st338:
	p += 1;
case 338:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr392;
		case 93u: goto tr18;
		case 95u: goto tr392;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr392;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr392;
	} else
		goto tr392;
	goto tr19;
tr392:
	{ {p = (( IMW_SKIP_TO(339)))-1;} }
	goto st339;
st339:
	p += 1;
case 339:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr393;
		case 93u: goto tr18;
		case 95u: goto tr393;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr393;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr393;
	} else
		goto tr393;
	goto tr19;
tr393:
	{ {p = (( IMW_SKIP_TO(340)))-1;} }
	goto st340;
st340:
	p += 1;
case 340:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr394;
		case 93u: goto tr18;
		case 95u: goto tr394;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr394;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr394;
	} else
		goto tr394;
	goto tr19;
tr394:
	{ {p = (( IMW_SKIP_TO(341)))-1;} }
	goto st341;
st341:
	p += 1;
case 341:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr395;
		case 93u: goto tr18;
		case 95u: goto tr395;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr395;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr395;
	} else
		goto tr395;
	goto tr19;
tr395:
	{ {p = (( IMW_SKIP_TO(342)))-1;} }
	goto st342;
st342:
	p += 1;
case 342:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr396;
		case 93u: goto tr18;
		case 95u: goto tr396;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr396;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr396;
	} else
		goto tr396;
	goto tr19;
tr396:
	{ {p = (( IMW_SKIP_TO(343)))-1;} }
	goto st343;
st343:
	p += 1;
case 343:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr397;
		case 93u: goto tr18;
		case 95u: goto tr397;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr397;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr397;
	} else
		goto tr397;
	goto tr19;
tr397:
	{ {p = (( IMW_SKIP_TO(344)))-1;} }
	goto st344;
st344:
	p += 1;
case 344:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr398;
		case 93u: goto tr18;
		case 95u: goto tr398;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr398;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr398;
	} else
		goto tr398;
	goto tr19;
tr398:
	{ {p = (( IMW_SKIP_TO(345)))-1;} }
	goto st345;
st345:
	p += 1;
case 345:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr399;
		case 93u: goto tr18;
		case 95u: goto tr399;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr399;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr399;
	} else
		goto tr399;
	goto tr19;
tr399:
	{ {p = (( IMW_SKIP_TO(346)))-1;} }
	goto st346;
st346:
	p += 1;
case 346:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr400;
		case 93u: goto tr18;
		case 95u: goto tr400;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr400;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr400;
	} else
		goto tr400;
	goto tr19;
tr400:
	{ {p = (( IMW_SKIP_TO(347)))-1;} }
	goto st347;
st347:
	p += 1;
case 347:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr401;
		case 93u: goto tr18;
		case 95u: goto tr401;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr401;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr401;
	} else
		goto tr401;
	goto tr19;
tr401:
	{ {p = (( IMW_SKIP_TO(348)))-1;} }
	goto st348;
st348:
	p += 1;
case 348:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr402;
		case 93u: goto tr18;
		case 95u: goto tr402;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr402;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr402;
	} else
		goto tr402;
	goto tr19;
tr402:
	{ {p = (( IMW_SKIP_TO(349)))-1;} }
	goto st349;
st349:
	p += 1;
case 349:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr403;
		case 93u: goto tr18;
		case 95u: goto tr403;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr403;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr403;
	} else
		goto tr403;
	goto tr19;
tr403:
	{ {p = (( IMW_SKIP_TO(350)))-1;} }
	goto st350;
st350:
	p += 1;
case 350:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr404;
		case 93u: goto tr18;
		case 95u: goto tr404;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr404;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr404;
	} else
		goto tr404;
	goto tr19;
tr404:
	{ {p = (( IMW_SKIP_TO(351)))-1;} }
	goto st351;
st351:
	p += 1;
case 351:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr405;
		case 93u: goto tr18;
		case 95u: goto tr405;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr405;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr405;
	} else
		goto tr405;
	goto tr19;
tr405:
	{ {p = (( IMW_SKIP_TO(352)))-1;} }
	goto st352;
st352:
	p += 1;
case 352:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr406;
		case 93u: goto tr18;
		case 95u: goto tr406;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr406;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr406;
	} else
		goto tr406;
	goto tr19;
tr406:
	{ {p = (( IMW_SKIP_TO(353)))-1;} }
	goto st353;
st353:
	p += 1;
case 353:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr407;
		case 93u: goto tr18;
		case 95u: goto tr407;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr407;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr407;
	} else
		goto tr407;
	goto tr19;
tr407:
	{ {p = (( IMW_SKIP_TO(354)))-1;} }
	goto st354;
st354:
	p += 1;
case 354:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr408;
		case 93u: goto tr18;
		case 95u: goto tr408;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr408;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr408;
	} else
		goto tr408;
	goto tr19;
tr408:
	{ {p = (( IMW_SKIP_TO(355)))-1;} }
	goto st355;
st355:
	p += 1;
case 355:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr409;
		case 93u: goto tr18;
		case 95u: goto tr409;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr409;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr409;
	} else
		goto tr409;
	goto tr19;
tr409:
	{ {p = (( IMW_SKIP_TO(356)))-1;} }
	goto st356;
st356:
	p += 1;
case 356:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr410;
		case 93u: goto tr18;
		case 95u: goto tr410;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr410;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr410;
	} else
		goto tr410;
	goto tr19;
tr410:
	{ {p = (( IMW_SKIP_TO(357)))-1;} }
	goto st357;
st357:
	p += 1;
case 357:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr411;
		case 93u: goto tr18;
		case 95u: goto tr411;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr411;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr411;
	} else
		goto tr411;
	goto tr19;
tr411:
	{ {p = (( IMW_SKIP_TO(358)))-1;} }
	goto st358;
st358:
	p += 1;
case 358:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr412;
		case 93u: goto tr18;
		case 95u: goto tr412;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr412;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr412;
	} else
		goto tr412;
	goto tr19;
tr412:
	{ {p = (( IMW_SKIP_TO(359)))-1;} }
	goto st359;
st359:
	p += 1;
case 359:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr413;
		case 93u: goto tr18;
		case 95u: goto tr413;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr413;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr413;
	} else
		goto tr413;
	goto tr19;
tr413:
	{ {p = (( IMW_SKIP_TO(360)))-1;} }
	goto st360;
st360:
	p += 1;
case 360:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr414;
		case 93u: goto tr18;
		case 95u: goto tr414;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr414;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr414;
	} else
		goto tr414;
	goto tr19;
tr414:
	{ {p = (( IMW_SKIP_TO(361)))-1;} }
	goto st361;
st361:
	p += 1;
case 361:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr415;
		case 93u: goto tr18;
		case 95u: goto tr415;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr415;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr415;
	} else
		goto tr415;
	goto tr19;
tr415:
	{ {p = (( IMW_SKIP_TO(362)))-1;} }
	goto st362;
st362:
	p += 1;
case 362:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr416;
		case 93u: goto tr18;
		case 95u: goto tr416;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr416;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr416;
	} else
		goto tr416;
	goto tr19;
tr416:
	{ {p = (( IMW_SKIP_TO(363)))-1;} }
	goto st363;
st363:
	p += 1;
case 363:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr417;
		case 93u: goto tr18;
		case 95u: goto tr417;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr417;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr417;
	} else
		goto tr417;
	goto tr19;
tr417:
	{ {p = (( IMW_SKIP_TO(364)))-1;} }
	goto st364;
st364:
	p += 1;
case 364:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr418;
		case 93u: goto tr18;
		case 95u: goto tr418;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr418;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr418;
	} else
		goto tr418;
	goto tr19;
tr418:
	{ {p = (( IMW_SKIP_TO(365)))-1;} }
	goto st365;
st365:
	p += 1;
case 365:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr419;
		case 93u: goto tr18;
		case 95u: goto tr419;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr419;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr419;
	} else
		goto tr419;
	goto tr19;
tr419:
	{ {p = (( IMW_SKIP_TO(366)))-1;} }
	goto st366;
st366:
	p += 1;
case 366:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr420;
		case 93u: goto tr18;
		case 95u: goto tr420;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr420;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr420;
	} else
		goto tr420;
	goto tr19;
tr420:
	{ {p = (( IMW_SKIP_TO(367)))-1;} }
	goto st367;
st367:
	p += 1;
case 367:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr421;
		case 93u: goto tr18;
		case 95u: goto tr421;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr421;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr421;
	} else
		goto tr421;
	goto tr19;
tr421:
	{ {p = (( IMW_SKIP_TO(368)))-1;} }
	goto st368;
st368:
	p += 1;
case 368:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr422;
		case 93u: goto tr18;
		case 95u: goto tr422;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr422;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr422;
	} else
		goto tr422;
	goto tr19;
tr422:
	{ {p = (( IMW_SKIP_TO(369)))-1;} }
	goto st369;
st369:
	p += 1;
case 369:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr423;
		case 93u: goto tr18;
		case 95u: goto tr423;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr423;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr423;
	} else
		goto tr423;
	goto tr19;
tr423:
	{ {p = (( IMW_SKIP_TO(370)))-1;} }
	goto st370;
st370:
	p += 1;
case 370:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr424;
		case 93u: goto tr18;
		case 95u: goto tr424;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr424;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr424;
	} else
		goto tr424;
	goto tr19;
tr424:
	{ {p = (( IMW_SKIP_TO(371)))-1;} }
	goto st371;
st371:
	p += 1;
case 371:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr425;
		case 93u: goto tr18;
		case 95u: goto tr425;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr425;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr425;
	} else
		goto tr425;
	goto tr19;
tr425:
	{ {p = (( IMW_SKIP_TO(372)))-1;} }
	goto st372;
st372:
	p += 1;
case 372:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr426;
		case 93u: goto tr18;
		case 95u: goto tr426;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr426;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr426;
	} else
		goto tr426;
	goto tr19;
tr426:
	{ {p = (( IMW_SKIP_TO(373)))-1;} }
	goto st373;
st373:
	p += 1;
case 373:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr427;
		case 93u: goto tr18;
		case 95u: goto tr427;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr427;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr427;
	} else
		goto tr427;
	goto tr19;
tr427:
	{ {p = (( IMW_SKIP_TO(374)))-1;} }
	goto st374;
st374:
	p += 1;
case 374:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr428;
		case 93u: goto tr18;
		case 95u: goto tr428;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr428;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr428;
	} else
		goto tr428;
	goto tr19;
tr428:
	{ {p = (( IMW_SKIP_TO(375)))-1;} }
	goto st375;
st375:
	p += 1;
case 375:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr429;
		case 93u: goto tr18;
		case 95u: goto tr429;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr429;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr429;
	} else
		goto tr429;
	goto tr19;
tr429:
	{ {p = (( IMW_SKIP_TO(376)))-1;} }
	goto st376;
st376:
	p += 1;
case 376:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr430;
		case 93u: goto tr18;
		case 95u: goto tr430;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr430;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr430;
	} else
		goto tr430;
	goto tr19;
tr430:
	{ {p = (( IMW_SKIP_TO(377)))-1;} }
	goto st377;
st377:
	p += 1;
case 377:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr431;
		case 93u: goto tr18;
		case 95u: goto tr431;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr431;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr431;
	} else
		goto tr431;
	goto tr19;
tr431:
	{ {p = (( IMW_SKIP_TO(378)))-1;} }
	goto st378;
st378:
	p += 1;
case 378:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr432;
		case 93u: goto tr18;
		case 95u: goto tr432;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr432;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr432;
	} else
		goto tr432;
	goto tr19;
tr432:
	{ {p = (( IMW_SKIP_TO(379)))-1;} }
	goto st379;
st379:
	p += 1;
case 379:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr433;
		case 93u: goto tr18;
		case 95u: goto tr433;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr433;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr433;
	} else
		goto tr433;
	goto tr19;
tr433:
	{ {p = (( IMW_SKIP_TO(380)))-1;} }
	goto st380;
st380:
	p += 1;
case 380:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr434;
		case 93u: goto tr18;
		case 95u: goto tr434;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr434;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr434;
	} else
		goto tr434;
	goto tr19;
tr434:
	{ {p = (( IMW_SKIP_TO(381)))-1;} }
	goto st381;
st381:
	p += 1;
case 381:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr435;
		case 93u: goto tr18;
		case 95u: goto tr435;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr435;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr435;
	} else
		goto tr435;
	goto tr19;
tr435:
	{ {p = (( IMW_SKIP_TO(382)))-1;} }
	goto st382;
st382:
	p += 1;
case 382:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr436;
		case 93u: goto tr18;
		case 95u: goto tr436;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr436;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr436;
	} else
		goto tr436;
	goto tr19;
tr436:
	{ {p = (( IMW_SKIP_TO(383)))-1;} }
	goto st383;
st383:
	p += 1;
case 383:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr437;
		case 93u: goto tr18;
		case 95u: goto tr437;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr437;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr437;
	} else
		goto tr437;
	goto tr19;
tr437:
	{ {p = (( IMW_SKIP_TO(384)))-1;} }
	goto st384;
st384:
	p += 1;
case 384:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr438;
		case 93u: goto tr18;
		case 95u: goto tr438;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr438;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr438;
	} else
		goto tr438;
	goto tr19;
tr438:
	{ {p = (( IMW_SKIP_TO(385)))-1;} }
	goto st385;
st385:
	p += 1;
case 385:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr439;
		case 93u: goto tr18;
		case 95u: goto tr439;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr439;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr439;
	} else
		goto tr439;
	goto tr19;
tr439:
	{ {p = (( IMW_SKIP_TO(386)))-1;} }
	goto st386;
st386:
	p += 1;
case 386:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr440;
		case 93u: goto tr18;
		case 95u: goto tr440;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr440;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr440;
	} else
		goto tr440;
	goto tr19;
tr440:
	{ {p = (( IMW_SKIP_TO(387)))-1;} }
	goto st387;
st387:
	p += 1;
case 387:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr441;
		case 93u: goto tr18;
		case 95u: goto tr441;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr441;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr441;
	} else
		goto tr441;
	goto tr19;
tr441:
	{ {p = (( IMW_SKIP_TO(388)))-1;} }
	goto st388;
st388:
	p += 1;
case 388:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr442;
		case 93u: goto tr18;
		case 95u: goto tr442;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr442;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr442;
	} else
		goto tr442;
	goto tr19;
tr442:
	{ {p = (( IMW_SKIP_TO(389)))-1;} }
	goto st389;
st389:
	p += 1;
case 389:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr443;
		case 93u: goto tr18;
		case 95u: goto tr443;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr443;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr443;
	} else
		goto tr443;
	goto tr19;
tr443:
	{ {p = (( IMW_SKIP_TO(390)))-1;} }
	goto st390;
st390:
	p += 1;
case 390:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr444;
		case 93u: goto tr18;
		case 95u: goto tr444;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr444;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr444;
	} else
		goto tr444;
	goto tr19;
tr444:
	{ {p = (( IMW_SKIP_TO(391)))-1;} }
	goto st391;
st391:
	p += 1;
case 391:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr445;
		case 93u: goto tr18;
		case 95u: goto tr445;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr445;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr445;
	} else
		goto tr445;
	goto tr19;
tr445:
	{ {p = (( IMW_SKIP_TO(392)))-1;} }
	goto st392;
st392:
	p += 1;
case 392:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr446;
		case 93u: goto tr18;
		case 95u: goto tr446;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr446;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr446;
	} else
		goto tr446;
	goto tr19;
tr446:
	{ {p = (( IMW_SKIP_TO(393)))-1;} }
	goto st393;
st393:
	p += 1;
case 393:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr447;
		case 93u: goto tr18;
		case 95u: goto tr447;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr447;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr447;
	} else
		goto tr447;
	goto tr19;
tr447:
	{ {p = (( IMW_SKIP_TO(394)))-1;} }
	goto st394;
st394:
	p += 1;
case 394:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr448;
		case 93u: goto tr18;
		case 95u: goto tr448;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr448;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr448;
	} else
		goto tr448;
	goto tr19;
tr448:
	{ {p = (( IMW_SKIP_TO(395)))-1;} }
	goto st395;
st395:
	p += 1;
case 395:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr449;
		case 93u: goto tr18;
		case 95u: goto tr449;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr449;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr449;
	} else
		goto tr449;
	goto tr19;
tr449:
	{ {p = (( IMW_SKIP_TO(396)))-1;} }
	goto st396;
st396:
	p += 1;
case 396:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr450;
		case 93u: goto tr18;
		case 95u: goto tr450;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr450;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr450;
	} else
		goto tr450;
	goto tr19;
tr450:
	{ {p = (( IMW_SKIP_TO(397)))-1;} }
	goto st397;
st397:
	p += 1;
case 397:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr451;
		case 93u: goto tr18;
		case 95u: goto tr451;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr451;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr451;
	} else
		goto tr451;
	goto tr19;
tr451:
	{ {p = (( IMW_SKIP_TO(398)))-1;} }
	goto st398;
st398:
	p += 1;
case 398:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr452;
		case 93u: goto tr18;
		case 95u: goto tr452;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr452;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr452;
	} else
		goto tr452;
	goto tr19;
tr452:
	{ {p = (( IMW_SKIP_TO(399)))-1;} }
	goto st399;
st399:
	p += 1;
case 399:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr453;
		case 93u: goto tr18;
		case 95u: goto tr453;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr453;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr453;
	} else
		goto tr453;
	goto tr19;
tr453:
	{ {p = (( IMW_SKIP_TO(400)))-1;} }
	goto st400;
st400:
	p += 1;
case 400:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr454;
		case 93u: goto tr18;
		case 95u: goto tr454;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr454;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr454;
	} else
		goto tr454;
	goto tr19;
tr454:
	{ {p = (( IMW_SKIP_TO(401)))-1;} }
	goto st401;
st401:
	p += 1;
case 401:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 45u: goto tr455;
		case 93u: goto tr18;
		case 95u: goto tr455;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto tr455;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr455;
	} else
		goto tr455;
	goto tr19;
tr455:
	{ {p = (( IMW_SKIP_TO(402)))-1;} }
	goto st402;
st402:
	p += 1;
case 402:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto tr200;
		case 93u: goto tr18;
	}
	goto tr19;
tr188:
	{ {p = (( IMW_SKIP_TO(403)))-1;} }
	goto st403;
st403:
	p += 1;
case 403:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 84u: goto tr456;
		case 93u: goto tr18;
		case 116u: goto tr456;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr456:
	{ {p = (( IMW_SKIP_TO(404)))-1;} }
	goto st404;
st404:
	p += 1;
case 404:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 65u: goto tr457;
		case 93u: goto tr18;
		case 97u: goto tr457;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr457:
	{ {p = (( IMW_SKIP_TO(405)))-1;} }
	goto st405;
st405:
	p += 1;
case 405:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 68u: goto tr458;
		case 93u: goto tr18;
		case 100u: goto tr458;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr458:
	{ {p = (( IMW_SKIP_TO(406)))-1;} }
	goto st406;
st406:
	p += 1;
case 406:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 65u: goto tr459;
		case 93u: goto tr18;
		case 97u: goto tr459;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr459:
	{ {p = (( IMW_SKIP_TO(407)))-1;} }
	goto st407;
st407:
	p += 1;
case 407:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 84u: goto tr460;
		case 93u: goto tr18;
		case 116u: goto tr460;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr460:
	{ {p = (( IMW_SKIP_TO(408)))-1;} }
	goto st408;
st408:
	p += 1;
case 408:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 65u: goto tr461;
		case 93u: goto tr18;
		case 97u: goto tr461;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr461:
	{ {p = (( IMW_SKIP_TO(409)))-1;} }
	goto st409;
st409:
	p += 1;
case 409:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr462;
		case 33u: goto tr17;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr462:
	{ {p = (( IMW_SKIP_TO(410)))-1;} }
	goto st410;
st410:
	p += 1;
case 410:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 76u: goto tr463;
		case 77u: goto tr464;
		case 78u: goto tr465;
		case 84u: goto tr466;
		case 93u: goto tr6;
		case 108u: goto tr463;
		case 109u: goto tr464;
		case 110u: goto tr465;
		case 116u: goto tr466;
	}
	goto tr19;
tr463:
	{ {p = (( IMW_SKIP_TO(411)))-1;} }
	goto st411;
st411:
	p += 1;
case 411:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 79u: goto tr467;
		case 93u: goto tr18;
		case 111u: goto tr467;
	}
	goto tr19;
tr467:
	{ {p = (( IMW_SKIP_TO(412)))-1;} }
	goto st412;
st412:
	p += 1;
case 412:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 78u: goto tr468;
		case 93u: goto tr18;
		case 110u: goto tr468;
	}
	goto tr19;
tr468:
	{ {p = (( IMW_SKIP_TO(413)))-1;} }
	goto st413;
st413:
	p += 1;
case 413:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 71u: goto tr469;
		case 93u: goto tr18;
		case 103u: goto tr469;
	}
	goto tr19;
tr469:
	{ {p = (( IMW_SKIP_TO(414)))-1;} }
	goto st414;
st414:
	p += 1;
case 414:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 69u: goto tr470;
		case 93u: goto tr18;
		case 101u: goto tr470;
	}
	goto tr19;
tr470:
	{ {p = (( IMW_SKIP_TO(415)))-1;} }
	goto st415;
st415:
	p += 1;
case 415:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 78u: goto tr471;
		case 93u: goto tr18;
		case 110u: goto tr471;
	}
	goto tr19;
tr471:
	{ {p = (( IMW_SKIP_TO(416)))-1;} }
	goto st416;
st416:
	p += 1;
case 416:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 84u: goto tr472;
		case 93u: goto tr18;
		case 116u: goto tr472;
	}
	goto tr19;
tr472:
	{ {p = (( IMW_SKIP_TO(417)))-1;} }
	goto st417;
st417:
	p += 1;
case 417:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 82u: goto tr473;
		case 93u: goto tr18;
		case 114u: goto tr473;
	}
	goto tr19;
tr473:
	{ {p = (( IMW_SKIP_TO(418)))-1;} }
	goto st418;
st418:
	p += 1;
case 418:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 73u: goto tr474;
		case 93u: goto tr18;
		case 105u: goto tr474;
	}
	goto tr19;
tr474:
	{ {p = (( IMW_SKIP_TO(419)))-1;} }
	goto st419;
st419:
	p += 1;
case 419:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 69u: goto tr475;
		case 93u: goto tr18;
		case 101u: goto tr475;
	}
	goto tr19;
tr475:
	{ {p = (( IMW_SKIP_TO(420)))-1;} }
	goto st420;
st420:
	p += 1;
case 420:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 83u: goto tr476;
		case 93u: goto tr18;
		case 115u: goto tr476;
	}
	goto tr19;
tr476:
	{ {p = (( IMW_SKIP_TO(421)))-1;} }
	goto st421;
st421:
	p += 1;
case 421:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr477;
		case 93u: goto tr18;
	}
	goto tr19;
tr477:
	{ {p = (( IMW_SKIP_TO(422)))-1;} }
	goto st422;
st422:
	p += 1;
case 422:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr478;
	goto tr19;
tr479:
	{ {p = (( IMW_SKIP_TO(423)))-1;} }
	goto st423;
tr478:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(423)))-1;} }
	goto st423;
st423:
	p += 1;
case 423:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr480;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr479;
	goto tr19;
tr464:
	{ {p = (( IMW_SKIP_TO(424)))-1;} }
	goto st424;
st424:
	p += 1;
case 424:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 65u: goto tr481;
		case 93u: goto tr18;
		case 97u: goto tr481;
	}
	goto tr19;
tr481:
	{ {p = (( IMW_SKIP_TO(425)))-1;} }
	goto st425;
st425:
	p += 1;
case 425:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 88u: goto tr482;
		case 93u: goto tr18;
		case 120u: goto tr482;
	}
	goto tr19;
tr482:
	{ {p = (( IMW_SKIP_TO(426)))-1;} }
	goto st426;
st426:
	p += 1;
case 426:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 83u: goto tr483;
		case 93u: goto tr18;
		case 115u: goto tr483;
	}
	goto tr19;
tr483:
	{ {p = (( IMW_SKIP_TO(427)))-1;} }
	goto st427;
st427:
	p += 1;
case 427:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 73u: goto tr484;
		case 93u: goto tr18;
		case 105u: goto tr484;
	}
	goto tr19;
tr484:
	{ {p = (( IMW_SKIP_TO(428)))-1;} }
	goto st428;
st428:
	p += 1;
case 428:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 90u: goto tr485;
		case 93u: goto tr18;
		case 122u: goto tr485;
	}
	goto tr19;
tr485:
	{ {p = (( IMW_SKIP_TO(429)))-1;} }
	goto st429;
st429:
	p += 1;
case 429:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 69u: goto tr476;
		case 93u: goto tr18;
		case 101u: goto tr476;
	}
	goto tr19;
tr465:
	{ {p = (( IMW_SKIP_TO(430)))-1;} }
	goto st430;
st430:
	p += 1;
case 430:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 79u: goto tr486;
		case 93u: goto tr18;
		case 111u: goto tr486;
	}
	goto tr19;
tr486:
	{ {p = (( IMW_SKIP_TO(431)))-1;} }
	goto st431;
st431:
	p += 1;
case 431:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 80u: goto tr487;
		case 93u: goto tr18;
		case 112u: goto tr487;
	}
	goto tr19;
tr487:
	{ {p = (( IMW_SKIP_TO(432)))-1;} }
	goto st432;
st432:
	p += 1;
case 432:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 82u: goto tr488;
		case 93u: goto tr18;
		case 114u: goto tr488;
	}
	goto tr19;
tr488:
	{ {p = (( IMW_SKIP_TO(433)))-1;} }
	goto st433;
st433:
	p += 1;
case 433:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 73u: goto tr489;
		case 93u: goto tr18;
		case 105u: goto tr489;
	}
	goto tr19;
tr489:
	{ {p = (( IMW_SKIP_TO(434)))-1;} }
	goto st434;
st434:
	p += 1;
case 434:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 86u: goto tr490;
		case 93u: goto tr18;
		case 118u: goto tr490;
	}
	goto tr19;
tr490:
	{ {p = (( IMW_SKIP_TO(435)))-1;} }
	goto st435;
st435:
	p += 1;
case 435:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 65u: goto tr491;
		case 93u: goto tr18;
		case 97u: goto tr491;
	}
	goto tr19;
tr491:
	{ {p = (( IMW_SKIP_TO(436)))-1;} }
	goto st436;
st436:
	p += 1;
case 436:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 84u: goto tr492;
		case 93u: goto tr18;
		case 116u: goto tr492;
	}
	goto tr19;
tr492:
	{ {p = (( IMW_SKIP_TO(437)))-1;} }
	goto st437;
st437:
	p += 1;
case 437:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 69u: goto tr493;
		case 93u: goto tr18;
		case 101u: goto tr493;
	}
	goto tr19;
tr493:
	{ {p = (( IMW_SKIP_TO(438)))-1;} }
	goto st438;
st438:
	p += 1;
case 438:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr494;
	}
	goto tr19;
tr466:
	{ {p = (( IMW_SKIP_TO(439)))-1;} }
	goto st439;
st439:
	p += 1;
case 439:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 79u: goto tr495;
		case 93u: goto tr18;
		case 111u: goto tr495;
	}
	goto tr19;
tr495:
	{ {p = (( IMW_SKIP_TO(440)))-1;} }
	goto st440;
st440:
	p += 1;
case 440:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 79u: goto tr496;
		case 93u: goto tr18;
		case 111u: goto tr496;
	}
	goto tr19;
tr496:
	{ {p = (( IMW_SKIP_TO(441)))-1;} }
	goto st441;
st441:
	p += 1;
case 441:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 77u: goto tr497;
		case 93u: goto tr18;
		case 109u: goto tr497;
	}
	goto tr19;
tr497:
	{ {p = (( IMW_SKIP_TO(442)))-1;} }
	goto st442;
st442:
	p += 1;
case 442:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 65u: goto tr498;
		case 93u: goto tr18;
		case 97u: goto tr498;
	}
	goto tr19;
tr498:
	{ {p = (( IMW_SKIP_TO(443)))-1;} }
	goto st443;
st443:
	p += 1;
case 443:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 78u: goto tr499;
		case 93u: goto tr18;
		case 110u: goto tr499;
	}
	goto tr19;
tr499:
	{ {p = (( IMW_SKIP_TO(444)))-1;} }
	goto st444;
st444:
	p += 1;
case 444:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 89u: goto tr493;
		case 93u: goto tr18;
		case 121u: goto tr493;
	}
	goto tr19;
tr189:
	{ {p = (( IMW_SKIP_TO(445)))-1;} }
	goto st445;
st445:
	p += 1;
case 445:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 68u: goto tr500;
		case 93u: goto tr18;
		case 100u: goto tr500;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr500:
	{ {p = (( IMW_SKIP_TO(446)))-1;} }
	goto st446;
st446:
	p += 1;
case 446:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 73u: goto tr501;
		case 93u: goto tr18;
		case 105u: goto tr501;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr501:
	{ {p = (( IMW_SKIP_TO(447)))-1;} }
	goto st447;
st447:
	p += 1;
case 447:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 70u: goto tr502;
		case 93u: goto tr18;
		case 102u: goto tr502;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr502:
	{ {p = (( IMW_SKIP_TO(448)))-1;} }
	goto st448;
st448:
	p += 1;
case 448:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 73u: goto tr503;
		case 93u: goto tr18;
		case 105u: goto tr503;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr503:
	{ {p = (( IMW_SKIP_TO(449)))-1;} }
	goto st449;
st449:
	p += 1;
case 449:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 69u: goto tr504;
		case 93u: goto tr18;
		case 101u: goto tr504;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr504:
	{ {p = (( IMW_SKIP_TO(450)))-1;} }
	goto st450;
st450:
	p += 1;
case 450:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 68u: goto tr505;
		case 93u: goto tr18;
		case 100u: goto tr505;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr505:
	{ {p = (( IMW_SKIP_TO(451)))-1;} }
	goto st451;
st451:
	p += 1;
case 451:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr506;
		case 33u: goto tr17;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr506:
	{ {p = (( IMW_SKIP_TO(452)))-1;} }
	goto st452;
st452:
	p += 1;
case 452:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 36u: goto tr507;
		case 42u: goto tr508;
		case 93u: goto tr6;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr509;
	goto tr19;
tr507:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(453)))-1;} }
	goto st453;
st453:
	p += 1;
case 453:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr510;
	}
	goto tr19;
tr513:
	{ {p = (( IMW_SKIP_TO(454)))-1;} }
	goto st454;
tr508:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(454)))-1;} }
	goto st454;
st454:
	p += 1;
case 454:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 44u: goto tr511;
		case 58u: goto tr512;
		case 93u: goto tr510;
	}
	goto tr19;
tr511:
	{ {p = (( IMW_SKIP_TO(455)))-1;} }
	goto st455;
st455:
	p += 1;
case 455:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 42u: goto tr513;
		case 93u: goto tr18;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr514;
	goto tr19;
tr514:
	{ {p = (( IMW_SKIP_TO(456)))-1;} }
	goto st456;
tr509:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(456)))-1;} }
	goto st456;
st456:
	p += 1;
case 456:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 44u: goto tr511;
		case 58u: goto tr512;
		case 93u: goto tr510;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr514;
	goto tr19;
tr512:
	{ {p = (( IMW_SKIP_TO(457)))-1;} }
	goto st457;
st457:
	p += 1;
case 457:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 42u: goto tr515;
		case 93u: goto tr18;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr516;
	goto tr19;
tr515:
	{ {p = (( IMW_SKIP_TO(458)))-1;} }
	goto st458;
st458:
	p += 1;
case 458:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 44u: goto tr511;
		case 93u: goto tr510;
	}
	goto tr19;
tr516:
	{ {p = (( IMW_SKIP_TO(459)))-1;} }
	goto st459;
st459:
	p += 1;
case 459:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 44u: goto tr511;
		case 93u: goto tr510;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr516;
	goto tr19;
tr14:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_NAME_OPEN(IMW_RULE_CODE_PERMANENTFLAGS); }
	{ IMW_NAME_OPEN(IMW_RULE_CODE_OTHER); }
	{ {p = (( IMW_SKIP_TO(460)))-1;} }
	goto st460;
st460:
	p += 1;
case 460:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 69u: goto tr517;
		case 93u: goto tr18;
		case 101u: goto tr517;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr517:
	{ {p = (( IMW_SKIP_TO(461)))-1;} }
	goto st461;
st461:
	p += 1;
case 461:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 82u: goto tr518;
		case 93u: goto tr18;
		case 114u: goto tr518;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr518:
	{ {p = (( IMW_SKIP_TO(462)))-1;} }
	goto st462;
st462:
	p += 1;
case 462:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 77u: goto tr519;
		case 93u: goto tr18;
		case 109u: goto tr519;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr519:
	{ {p = (( IMW_SKIP_TO(463)))-1;} }
	goto st463;
st463:
	p += 1;
case 463:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 65u: goto tr520;
		case 93u: goto tr18;
		case 97u: goto tr520;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr520:
	{ {p = (( IMW_SKIP_TO(464)))-1;} }
	goto st464;
st464:
	p += 1;
case 464:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 78u: goto tr521;
		case 93u: goto tr18;
		case 110u: goto tr521;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr521:
	{ {p = (( IMW_SKIP_TO(465)))-1;} }
	goto st465;
st465:
	p += 1;
case 465:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 69u: goto tr522;
		case 93u: goto tr18;
		case 101u: goto tr522;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr522:
	{ {p = (( IMW_SKIP_TO(466)))-1;} }
	goto st466;
st466:
	p += 1;
case 466:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 78u: goto tr523;
		case 93u: goto tr18;
		case 110u: goto tr523;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr523:
	{ {p = (( IMW_SKIP_TO(467)))-1;} }
	goto st467;
st467:
	p += 1;
case 467:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 84u: goto tr524;
		case 93u: goto tr18;
		case 116u: goto tr524;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr524:
	{ {p = (( IMW_SKIP_TO(468)))-1;} }
	goto st468;
st468:
	p += 1;
case 468:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 70u: goto tr525;
		case 93u: goto tr18;
		case 102u: goto tr525;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr525:
	{ {p = (( IMW_SKIP_TO(469)))-1;} }
	goto st469;
st469:
	p += 1;
case 469:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 76u: goto tr526;
		case 93u: goto tr18;
		case 108u: goto tr526;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr526:
	{ {p = (( IMW_SKIP_TO(470)))-1;} }
	goto st470;
st470:
	p += 1;
case 470:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 65u: goto tr527;
		case 93u: goto tr18;
		case 97u: goto tr527;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr527:
	{ {p = (( IMW_SKIP_TO(471)))-1;} }
	goto st471;
st471:
	p += 1;
case 471:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 71u: goto tr528;
		case 93u: goto tr18;
		case 103u: goto tr528;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr528:
	{ {p = (( IMW_SKIP_TO(472)))-1;} }
	goto st472;
st472:
	p += 1;
case 472:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 83u: goto tr529;
		case 93u: goto tr18;
		case 115u: goto tr529;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr529:
	{ {p = (( IMW_SKIP_TO(473)))-1;} }
	goto st473;
st473:
	p += 1;
case 473:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr530;
		case 33u: goto tr17;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr530:
	{ {p = (( IMW_SKIP_TO(474)))-1;} }
	goto st474;
st474:
	p += 1;
case 474:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 40u: goto tr531;
		case 93u: goto tr6;
	}
	goto tr19;
tr531:
	{ {p = (( IMW_SKIP_TO(475)))-1;} }
	goto st475;
st475:
	p += 1;
case 475:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 33u: goto tr532;
		case 41u: goto tr533;
		case 92u: goto tr534;
		case 93u: goto tr18;
	}
	if ( (*p) < 38u ) {
		if ( 35u <= (*p) && (*p) <= 36u )
			goto tr532;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr532;
		} else if ( (*p) >= 43u )
			goto tr532;
	} else
		goto tr532;
	goto tr19;
tr536:
	{ {p = (( IMW_SKIP_TO(476)))-1;} }
	goto st476;
tr532:
	{ IMW_NAME_OPEN(IMW_RULE_FLAG_PERM); }
	{ IMW_NAME_OPEN(IMW_RULE_FLAG); }
	{ {p = (( IMW_SKIP_TO(476)))-1;} }
	goto st476;
st476:
	p += 1;
case 476:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr535;
		case 33u: goto tr536;
		case 41u: goto tr537;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr536;
		} else if ( (*p) >= 35u )
			goto tr536;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr536;
		} else if ( (*p) >= 94u )
			goto tr536;
	} else
		goto tr536;
	goto tr19;
tr535:
	{ IMW_NAME_CLOSE(IMW_RULE_FLAG); }
	{ IMW_NAME_CLOSE(IMW_RULE_FLAG_PERM); }
	{ {p = (( IMW_SKIP_TO(477)))-1;} }
	goto st477;
tr539:
	{ IMW_NAME_CLOSE(IMW_RULE_FLAG_PERM); }
	{ {p = (( IMW_SKIP_TO(477)))-1;} }
	goto st477;
st477:
	p += 1;
case 477:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 33u: goto tr532;
		case 92u: goto tr534;
		case 93u: goto tr18;
	}
	if ( (*p) < 38u ) {
		if ( 35u <= (*p) && (*p) <= 36u )
			goto tr532;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr532;
		} else if ( (*p) >= 43u )
			goto tr532;
	} else
		goto tr532;
	goto tr19;
tr534:
	{ IMW_NAME_OPEN(IMW_RULE_FLAG_PERM); }
	{ IMW_NAME_OPEN(IMW_RULE_FLAG); }
	{ {p = (( IMW_SKIP_TO(478)))-1;} }
	goto st478;
st478:
	p += 1;
case 478:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 33u: goto tr536;
		case 42u: goto tr538;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr536;
		} else if ( (*p) >= 35u )
			goto tr536;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr536;
		} else if ( (*p) >= 94u )
			goto tr536;
	} else
		goto tr536;
	goto tr19;
tr538:
	{ {p = (( IMW_SKIP_TO(479)))-1;} }
	goto st479;
st479:
	p += 1;
case 479:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr539;
		case 41u: goto tr540;
		case 93u: goto tr18;
	}
	goto tr19;
tr533:
	{ {p = (( IMW_SKIP_TO(480)))-1;} }
	goto st480;
tr537:
	{ IMW_NAME_CLOSE(IMW_RULE_FLAG); }
	{ IMW_NAME_CLOSE(IMW_RULE_FLAG_PERM); }
	{ {p = (( IMW_SKIP_TO(480)))-1;} }
	goto st480;
tr540:
	{ IMW_NAME_CLOSE(IMW_RULE_FLAG_PERM); }
	{ {p = (( IMW_SKIP_TO(480)))-1;} }
	goto st480;
st480:
	p += 1;
case 480:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr541;
	}
	goto tr19;
tr15:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_NAME_OPEN(IMW_RULE_CODE_UIDNEXT); }
	{ IMW_NAME_OPEN(IMW_RULE_CODE_UIDVALIDITY); }
	{ IMW_NAME_OPEN(IMW_RULE_CODE_UNSEEN); }
	{ IMW_NAME_OPEN(IMW_RULE_CODE_OTHER); }
	{ {p = (( IMW_SKIP_TO(481)))-1;} }
	goto st481;
st481:
	p += 1;
case 481:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 73u: goto tr542;
		case 78u: goto tr543;
		case 93u: goto tr18;
		case 105u: goto tr542;
		case 110u: goto tr543;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr542:
	{ {p = (( IMW_SKIP_TO(482)))-1;} }
	goto st482;
st482:
	p += 1;
case 482:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 68u: goto tr544;
		case 93u: goto tr18;
		case 100u: goto tr544;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr544:
	{ {p = (( IMW_SKIP_TO(483)))-1;} }
	goto st483;
st483:
	p += 1;
case 483:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 78u: goto tr545;
		case 86u: goto tr546;
		case 93u: goto tr18;
		case 110u: goto tr545;
		case 118u: goto tr546;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr545:
	{ {p = (( IMW_SKIP_TO(484)))-1;} }
	goto st484;
st484:
	p += 1;
case 484:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 69u: goto tr547;
		case 93u: goto tr18;
		case 101u: goto tr547;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr547:
	{ {p = (( IMW_SKIP_TO(485)))-1;} }
	goto st485;
st485:
	p += 1;
case 485:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 88u: goto tr548;
		case 93u: goto tr18;
		case 120u: goto tr548;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr548:
	{ {p = (( IMW_SKIP_TO(486)))-1;} }
	goto st486;
st486:
	p += 1;
case 486:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 84u: goto tr549;
		case 93u: goto tr18;
		case 116u: goto tr549;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr549:
	{ {p = (( IMW_SKIP_TO(487)))-1;} }
	goto st487;
st487:
	p += 1;
case 487:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr550;
		case 33u: goto tr17;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr550:
	{ {p = (( IMW_SKIP_TO(488)))-1;} }
	goto st488;
st488:
	p += 1;
case 488:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr6;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr551;
	goto tr19;
tr551:
	{ {p = (( IMW_SKIP_TO(489)))-1;} }
	goto st489;
st489:
	p += 1;
case 489:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr552;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr551;
	goto tr19;
tr546:
	{ {p = (( IMW_SKIP_TO(490)))-1;} }
	goto st490;
st490:
	p += 1;
case 490:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 65u: goto tr553;
		case 93u: goto tr18;
		case 97u: goto tr553;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr553:
	{ {p = (( IMW_SKIP_TO(491)))-1;} }
	goto st491;
st491:
	p += 1;
case 491:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 76u: goto tr554;
		case 93u: goto tr18;
		case 108u: goto tr554;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr554:
	{ {p = (( IMW_SKIP_TO(492)))-1;} }
	goto st492;
st492:
	p += 1;
case 492:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 73u: goto tr555;
		case 93u: goto tr18;
		case 105u: goto tr555;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr555:
	{ {p = (( IMW_SKIP_TO(493)))-1;} }
	goto st493;
st493:
	p += 1;
case 493:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 68u: goto tr556;
		case 93u: goto tr18;
		case 100u: goto tr556;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr556:
	{ {p = (( IMW_SKIP_TO(494)))-1;} }
	goto st494;
st494:
	p += 1;
case 494:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 73u: goto tr557;
		case 93u: goto tr18;
		case 105u: goto tr557;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr557:
	{ {p = (( IMW_SKIP_TO(495)))-1;} }
	goto st495;
st495:
	p += 1;
case 495:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 84u: goto tr558;
		case 93u: goto tr18;
		case 116u: goto tr558;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr558:
	{ {p = (( IMW_SKIP_TO(496)))-1;} }
	goto st496;
st496:
	p += 1;
case 496:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 89u: goto tr559;
		case 93u: goto tr18;
		case 121u: goto tr559;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr559:
	{ {p = (( IMW_SKIP_TO(497)))-1;} }
	goto st497;
st497:
	p += 1;
case 497:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr560;
		case 33u: goto tr17;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr560:
	{ {p = (( IMW_SKIP_TO(498)))-1;} }
	goto st498;
st498:
	p += 1;
case 498:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr6;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr561;
	goto tr19;
tr561:
	{ {p = (( IMW_SKIP_TO(499)))-1;} }
	goto st499;
st499:
	p += 1;
case 499:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr562;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr561;
	goto tr19;
tr543:
	{ {p = (( IMW_SKIP_TO(500)))-1;} }
	goto st500;
st500:
	p += 1;
case 500:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 83u: goto tr563;
		case 93u: goto tr18;
		case 115u: goto tr563;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr563:
	{ {p = (( IMW_SKIP_TO(501)))-1;} }
	goto st501;
st501:
	p += 1;
case 501:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 69u: goto tr564;
		case 93u: goto tr18;
		case 101u: goto tr564;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr564:
	{ {p = (( IMW_SKIP_TO(502)))-1;} }
	goto st502;
st502:
	p += 1;
case 502:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 69u: goto tr565;
		case 93u: goto tr18;
		case 101u: goto tr565;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr565:
	{ {p = (( IMW_SKIP_TO(503)))-1;} }
	goto st503;
st503:
	p += 1;
case 503:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr16;
		case 33u: goto tr17;
		case 78u: goto tr566;
		case 93u: goto tr18;
		case 110u: goto tr566;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr566:
	{ {p = (( IMW_SKIP_TO(504)))-1;} }
	goto st504;
st504:
	p += 1;
case 504:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr567;
		case 33u: goto tr17;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr17;
		} else if ( (*p) >= 35u )
			goto tr17;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr17;
		} else if ( (*p) >= 94u )
			goto tr17;
	} else
		goto tr17;
	goto tr6;
tr567:
	{ {p = (( IMW_SKIP_TO(505)))-1;} }
	goto st505;
st505:
	p += 1;
case 505:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr6;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr568;
	goto tr19;
tr568:
	{ {p = (( IMW_SKIP_TO(506)))-1;} }
	goto st506;
st506:
	p += 1;
case 506:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr569;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr568;
	goto tr19;
	}

	_out: {}
	}


    (void)imw_status_tail_error;
    (void)imw_stack;
    (void)imw_top;
    if (run->error)
        return NULL; /* an action stopped the machine */
    if (cs < imw_status_tail_first_final) {
        run->error = IMW_ERR_SYNTAX;
        run->error_at = IMW_AT();
        return NULL;
    }
    return p;
}
