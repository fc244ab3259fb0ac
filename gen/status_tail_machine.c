
/* The status_tail machine, split off so that each generated C file stays quick to
 * compile: resp-text and its response codes, the tail of every status
 * response and of the continuation request (`extern status-tail`).  It
 * ends with the message, so it runs to the end of the data: text may
 * end at a literal header's CRLF too ("[BADCHARSET (x {3}" is text), so
 * the first final state is not the end.  Its leaving actions run at eof.
 * Reached through IMW_EXTERN (src/machines.c); `make regen` turns this
 * file into gen/status_tail_machine.c. */
#define IMW_STACK_TOP (imw_base + imw_top)
#include "machine_glue.h"
#include "machines.h"





static const int imw_status_tail_start = 1;
static const int imw_status_tail_first_final = 507;
static const int imw_status_tail_error = 0;



const unsigned char *imw_status_tail_machine_run(struct imw_run *run,
                                                 const unsigned char *p)
{
    const unsigned char *pe = run->data + run->len;
    const unsigned char *eof = pe;
    int imw_base = run->sub_top;
    int *imw_stack = run->sub_stack + imw_base;
    int imw_top = 0, cs; /* Ragel sets it only when the machine calls */

    
	{
	cs = imw_status_tail_start;
	}

    
	{
	if ( p == pe )
		goto _test_eof;
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
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	if ( (*p) == 10u )
		goto st507;
	goto st0;
st507:
	if ( ++p == pe )
		goto _test_eof507;
case 507:
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
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
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
	}
	goto st4;
tr5:
	{ IMW_NAME_OPEN(IMW_RULE_TEXT); }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
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
	goto st4;
tr8:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_NAME_OPEN(IMW_RULE_CODE_OTHER); }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto st4;
	}
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	goto st8;
tr18:
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st9;
tr37:
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_UID_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_CODE_APND); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st9;
tr51:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st9;
tr74:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st9;
tr130:
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY); }
	{ IMW_EV_CLOSE(IMW_RULE_CAPABILITY_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st9;
tr145:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY); }
	{ IMW_EV_CLOSE(IMW_RULE_CAPABILITY_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st9;
tr164:
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_UID_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_CODE_COPY); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st9;
tr186:
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_HIGHESTMODSEQ); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st9;
tr202:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_MAILBOXID); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st9;
tr480:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_METADATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st9;
tr494:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_METADATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st9;
tr510:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_MODIFIED); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st9;
tr541:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_PERMANENTFLAGS); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st9;
tr552:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_UIDNEXT); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st9;
tr562:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_UIDVALIDITY); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st9;
tr569:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_UNSEEN); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st9;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st10;
	}
	goto st4;
st10:
	if ( ++p == pe )
		goto _test_eof10;
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
	{ IMW_EV_OPEN(IMW_RULE_RESP_CODE_APND); }
	goto st11;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 80u: goto st12;
		case 93u: goto tr18;
		case 112u: goto st12;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 80u: goto st13;
		case 93u: goto tr18;
		case 112u: goto st13;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 69u: goto st14;
		case 93u: goto tr18;
		case 101u: goto st14;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 78u: goto st15;
		case 93u: goto tr18;
		case 110u: goto st15;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 68u: goto st16;
		case 93u: goto tr18;
		case 100u: goto st16;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 85u: goto st17;
		case 93u: goto tr18;
		case 117u: goto st17;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 73u: goto st18;
		case 93u: goto tr18;
		case 105u: goto st18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 68u: goto st19;
		case 93u: goto tr18;
		case 100u: goto st19;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st20;
		case 33u: goto st6;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto st4;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr30;
	goto st8;
tr30:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st21;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr31;
		case 93u: goto tr18;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st21;
	goto st8;
tr31:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st22;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr33;
	goto st8;
tr38:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st23;
tr33:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_OPEN(IMW_RULE_UID_SET); }
	goto st23;
st23:
	if ( ++p == pe )
		goto _test_eof23;
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
		goto st23;
	goto st8;
tr34:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st24;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr38;
	goto st8;
tr36:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st25;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr39;
	goto st8;
tr39:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st26;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 44u: goto tr34;
		case 93u: goto tr37;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st26;
	goto st8;
tr10:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_NAME_OPEN(IMW_RULE_CODE_OTHER); }
	goto st27;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 65u: goto st28;
		case 93u: goto tr18;
		case 97u: goto st28;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 68u: goto st29;
		case 93u: goto tr18;
		case 100u: goto st29;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 67u: goto st30;
		case 93u: goto tr18;
		case 99u: goto st30;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 72u: goto st31;
		case 93u: goto tr18;
		case 104u: goto st31;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 65u: goto st32;
		case 93u: goto tr18;
		case 97u: goto st32;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 82u: goto st33;
		case 93u: goto tr18;
		case 114u: goto st33;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 83u: goto st34;
		case 93u: goto tr18;
		case 115u: goto st34;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 69u: goto st35;
		case 93u: goto tr18;
		case 101u: goto st35;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 84u: goto st36;
		case 93u: goto tr18;
		case 116u: goto st36;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st37;
		case 33u: goto st6;
		case 93u: goto tr51;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 40u: goto st38;
		case 93u: goto st4;
	}
	goto st8;
tr57:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st38;
st38:
	if ( ++p == pe )
		goto _test_eof38;
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
	goto st8;
tr53:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st39;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr57;
		case 33u: goto st39;
		case 41u: goto tr59;
		case 93u: goto tr60;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st39;
		} else if ( (*p) >= 35u )
			goto st39;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st39;
		} else if ( (*p) >= 94u )
			goto st39;
	} else
		goto st39;
	goto st8;
tr59:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st40;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr51;
	}
	goto st8;
tr60:
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st41;
tr55:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st41;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr61;
		case 33u: goto st43;
		case 41u: goto tr63;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st43;
		} else if ( (*p) >= 35u )
			goto st43;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st43;
		} else if ( (*p) >= 93u )
			goto st43;
	} else
		goto st43;
	goto st4;
tr61:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st42;
st42:
	if ( ++p == pe )
		goto _test_eof42;
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
tr68:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st43;
tr64:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_TEXT); }
	goto st43;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr67;
		case 33u: goto st43;
		case 41u: goto tr63;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st43;
		} else if ( (*p) >= 35u )
			goto st43;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st43;
		} else if ( (*p) >= 93u )
			goto st43;
	} else
		goto st43;
	goto st4;
tr67:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st44;
st44:
	if ( ++p == pe )
		goto _test_eof44;
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
	goto st4;
tr107:
	{ IMW_NAME_OPEN(IMW_RULE_TEXT); }
	goto st45;
tr69:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st45;
tr65:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_TEXT); }
	goto st45;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 34u: goto st46;
		case 92u: goto st48;
	}
	goto st45;
tr108:
	{ IMW_NAME_OPEN(IMW_RULE_TEXT); }
	goto st46;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr67;
		case 41u: goto tr63;
	}
	goto st4;
tr63:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st47;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr74;
	}
	goto st4;
tr109:
	{ IMW_NAME_OPEN(IMW_RULE_TEXT); }
	goto st48;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 34u: goto st45;
		case 92u: goto st45;
	}
	goto st4;
tr70:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st49;
tr66:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ IMW_NAME_OPEN(IMW_RULE_TEXT); }
	goto st49;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr75;
	goto st4;
tr75:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	goto st50;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 43u: goto tr76;
		case 125u: goto tr78;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st50;
	goto st4;
tr76:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st51;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 125u: goto st52;
	}
	goto st4;
tr78:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st52;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr80;
	}
	goto st4;
tr80:
	{ IMW_NAME_CLOSE(IMW_RULE_TEXT); }
	goto st53;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
	if ( (*p) == 10u )
		goto tr81;
	goto st0;
tr81:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st508;
st508:
	if ( ++p == pe )
		goto _test_eof508;
case 508:
	switch( (*p) ) {
		case 32u: goto tr100;
		case 41u: goto tr101;
	}
	goto st0;
tr85:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st54;
tr100:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st54;
st54:
	if ( ++p == pe )
		goto _test_eof54;
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
tr82:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st55;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
	switch( (*p) ) {
		case 32u: goto tr85;
		case 33u: goto st55;
		case 41u: goto tr87;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st55;
		} else if ( (*p) >= 35u )
			goto st55;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st55;
		} else if ( (*p) >= 93u )
			goto st55;
	} else
		goto st55;
	goto st0;
tr87:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st56;
tr101:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st56;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
	if ( (*p) == 93u )
		goto tr88;
	goto st0;
tr88:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st57;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
	switch( (*p) ) {
		case 13u: goto st2;
		case 32u: goto st58;
	}
	goto st0;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st2;
	}
	goto tr4;
tr83:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st59;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st60;
		case 92u: goto st61;
	}
	goto st59;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
	switch( (*p) ) {
		case 32u: goto tr85;
		case 41u: goto tr87;
	}
	goto st0;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
	switch( (*p) ) {
		case 34u: goto st59;
		case 92u: goto st59;
	}
	goto st0;
tr84:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st62;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr93;
	goto st0;
tr93:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	goto st63;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
	switch( (*p) ) {
		case 43u: goto tr94;
		case 125u: goto tr96;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st63;
	goto st0;
tr94:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st64;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
	if ( (*p) == 125u )
		goto st65;
	goto st0;
tr96:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st65;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
	if ( (*p) == 13u )
		goto st66;
	goto st0;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
	if ( (*p) == 10u )
		goto tr99;
	goto st0;
tr99:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st67;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
	switch( (*p) ) {
		case 32u: goto tr100;
		case 41u: goto tr101;
	}
	goto st0;
tr54:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st68;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 34u: goto st69;
		case 92u: goto st70;
		case 93u: goto tr105;
	}
	goto st68;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr57;
		case 41u: goto tr59;
		case 93u: goto tr18;
	}
	goto st8;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 34u: goto st68;
		case 92u: goto st68;
		case 93u: goto tr18;
	}
	goto st8;
tr105:
	{ IMW_NAME_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st71;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st72;
		case 34u: goto st46;
		case 92u: goto st48;
	}
	goto st45;
st72:
	if ( ++p == pe )
		goto _test_eof72;
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
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st73;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr110;
	goto st8;
tr110:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	goto st74;
st74:
	if ( ++p == pe )
		goto _test_eof74;
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
		goto st74;
	goto st8;
tr111:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st75;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
		case 125u: goto st76;
	}
	goto st8;
tr113:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st76;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr80;
		case 93u: goto tr18;
	}
	goto st8;
tr11:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CAPABILITY_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_OPEN(IMW_RULE_RESP_CODE_COPY); }
	goto st77;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 65u: goto st78;
		case 79u: goto st103;
		case 93u: goto tr18;
		case 97u: goto st78;
		case 111u: goto st103;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 80u: goto st79;
		case 93u: goto tr18;
		case 112u: goto st79;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 65u: goto st80;
		case 93u: goto tr18;
		case 97u: goto st80;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 66u: goto st81;
		case 93u: goto tr18;
		case 98u: goto st81;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 73u: goto st82;
		case 93u: goto tr18;
		case 105u: goto st82;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 76u: goto st83;
		case 93u: goto tr18;
		case 108u: goto st83;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 73u: goto st84;
		case 93u: goto tr18;
		case 105u: goto st84;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 84u: goto st85;
		case 93u: goto tr18;
		case 116u: goto st85;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 89u: goto st86;
		case 93u: goto tr18;
		case 121u: goto st86;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st87;
		case 33u: goto st6;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 33u: goto tr126;
		case 65u: goto tr127;
		case 93u: goto st4;
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
	goto st8;
tr126:
	{ IMW_NAME_OPEN(IMW_RULE_CAPABILITY); }
	goto st88;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto st88;
		case 93u: goto tr130;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st88;
		} else if ( (*p) >= 35u )
			goto st88;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st88;
		} else if ( (*p) >= 94u )
			goto st88;
	} else
		goto st88;
	goto st8;
tr128:
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY); }
	goto st89;
tr143:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY); }
	goto st89;
st89:
	if ( ++p == pe )
		goto _test_eof89;
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
	goto st8;
tr127:
	{ IMW_NAME_OPEN(IMW_RULE_CAPABILITY); }
	goto st90;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto st88;
		case 80u: goto st91;
		case 93u: goto tr130;
		case 112u: goto st91;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st88;
		} else if ( (*p) >= 35u )
			goto st88;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st88;
		} else if ( (*p) >= 94u )
			goto st88;
	} else
		goto st88;
	goto st8;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto st88;
		case 80u: goto st92;
		case 93u: goto tr130;
		case 112u: goto st92;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st88;
		} else if ( (*p) >= 35u )
			goto st88;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st88;
		} else if ( (*p) >= 94u )
			goto st88;
	} else
		goto st88;
	goto st8;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto st88;
		case 69u: goto st93;
		case 93u: goto tr130;
		case 101u: goto st93;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st88;
		} else if ( (*p) >= 35u )
			goto st88;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st88;
		} else if ( (*p) >= 94u )
			goto st88;
	} else
		goto st88;
	goto st8;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto st88;
		case 78u: goto st94;
		case 93u: goto tr130;
		case 110u: goto st94;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st88;
		} else if ( (*p) >= 35u )
			goto st88;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st88;
		} else if ( (*p) >= 94u )
			goto st88;
	} else
		goto st88;
	goto st8;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto st88;
		case 68u: goto st95;
		case 93u: goto tr130;
		case 100u: goto st95;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st88;
		} else if ( (*p) >= 35u )
			goto st88;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st88;
		} else if ( (*p) >= 94u )
			goto st88;
	} else
		goto st88;
	goto st8;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto st88;
		case 76u: goto st96;
		case 93u: goto tr130;
		case 108u: goto st96;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st88;
		} else if ( (*p) >= 35u )
			goto st88;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st88;
		} else if ( (*p) >= 94u )
			goto st88;
	} else
		goto st88;
	goto st8;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto st88;
		case 73u: goto st97;
		case 93u: goto tr130;
		case 105u: goto st97;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st88;
		} else if ( (*p) >= 35u )
			goto st88;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st88;
		} else if ( (*p) >= 94u )
			goto st88;
	} else
		goto st88;
	goto st8;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto st88;
		case 77u: goto st98;
		case 93u: goto tr130;
		case 109u: goto st98;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st88;
		} else if ( (*p) >= 35u )
			goto st88;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st88;
		} else if ( (*p) >= 94u )
			goto st88;
	} else
		goto st88;
	goto st8;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto st88;
		case 73u: goto st99;
		case 93u: goto tr130;
		case 105u: goto st99;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st88;
		} else if ( (*p) >= 35u )
			goto st88;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st88;
		} else if ( (*p) >= 94u )
			goto st88;
	} else
		goto st88;
	goto st8;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto st88;
		case 84u: goto st100;
		case 93u: goto tr130;
		case 116u: goto st100;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st88;
		} else if ( (*p) >= 35u )
			goto st88;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st88;
		} else if ( (*p) >= 94u )
			goto st88;
	} else
		goto st88;
	goto st8;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto st88;
		case 61u: goto st101;
		case 93u: goto tr130;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st88;
		} else if ( (*p) >= 35u )
			goto st88;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st88;
		} else if ( (*p) >= 94u )
			goto st88;
	} else
		goto st88;
	goto st8;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr128;
		case 33u: goto st88;
		case 93u: goto tr130;
	}
	if ( (*p) < 48u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto st88;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 47u )
				goto st88;
		} else
			goto st88;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 94u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto st88;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st88;
		} else
			goto st88;
	} else
		goto tr142;
	goto st8;
tr142:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	goto st102;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr143;
		case 33u: goto st88;
		case 93u: goto tr145;
	}
	if ( (*p) < 48u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto st88;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 47u )
				goto st88;
		} else
			goto st88;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 94u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto st88;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st88;
		} else
			goto st88;
	} else
		goto st102;
	goto st8;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 80u: goto st104;
		case 93u: goto tr18;
		case 112u: goto st104;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 89u: goto st105;
		case 93u: goto tr18;
		case 121u: goto st105;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 85u: goto st106;
		case 93u: goto tr18;
		case 117u: goto st106;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 73u: goto st107;
		case 93u: goto tr18;
		case 105u: goto st107;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st107:
	if ( ++p == pe )
		goto _test_eof107;
case 107:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 68u: goto st108;
		case 93u: goto tr18;
		case 100u: goto st108;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st108:
	if ( ++p == pe )
		goto _test_eof108;
case 108:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st109;
		case 33u: goto st6;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st109:
	if ( ++p == pe )
		goto _test_eof109;
case 109:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto st4;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr152;
	goto st8;
tr152:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st110;
st110:
	if ( ++p == pe )
		goto _test_eof110;
case 110:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr153;
		case 93u: goto tr18;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st110;
	goto st8;
tr153:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st111;
st111:
	if ( ++p == pe )
		goto _test_eof111;
case 111:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr155;
	goto st8;
tr168:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st112;
tr155:
	{ IMW_EV_OPEN(IMW_RULE_UID_SET); }
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st112;
st112:
	if ( ++p == pe )
		goto _test_eof112;
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
		goto st112;
	goto st8;
tr156:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_UID_SET); }
	goto st113;
st113:
	if ( ++p == pe )
		goto _test_eof113;
case 113:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr160;
	goto st8;
tr165:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st114;
tr160:
	{ IMW_EV_OPEN(IMW_RULE_UID_SET); }
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st114;
st114:
	if ( ++p == pe )
		goto _test_eof114;
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
		goto st114;
	goto st8;
tr161:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st115;
st115:
	if ( ++p == pe )
		goto _test_eof115;
case 115:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr165;
	goto st8;
tr163:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st116;
st116:
	if ( ++p == pe )
		goto _test_eof116;
case 116:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr166;
	goto st8;
tr166:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st117;
st117:
	if ( ++p == pe )
		goto _test_eof117;
case 117:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 44u: goto tr161;
		case 93u: goto tr164;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st117;
	goto st8;
tr157:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st118;
st118:
	if ( ++p == pe )
		goto _test_eof118;
case 118:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr168;
	goto st8;
tr159:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st119;
st119:
	if ( ++p == pe )
		goto _test_eof119;
case 119:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr169;
	goto st8;
tr169:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st120;
st120:
	if ( ++p == pe )
		goto _test_eof120;
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
		goto st120;
	goto st8;
tr12:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_HIGHESTMODSEQ); }
	{ IMW_NAME_OPEN(IMW_RULE_CODE_OTHER); }
	goto st121;
st121:
	if ( ++p == pe )
		goto _test_eof121;
case 121:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 73u: goto st122;
		case 93u: goto tr18;
		case 105u: goto st122;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st122:
	if ( ++p == pe )
		goto _test_eof122;
case 122:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 71u: goto st123;
		case 93u: goto tr18;
		case 103u: goto st123;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st123:
	if ( ++p == pe )
		goto _test_eof123;
case 123:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 72u: goto st124;
		case 93u: goto tr18;
		case 104u: goto st124;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st124:
	if ( ++p == pe )
		goto _test_eof124;
case 124:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 69u: goto st125;
		case 93u: goto tr18;
		case 101u: goto st125;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st125:
	if ( ++p == pe )
		goto _test_eof125;
case 125:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 83u: goto st126;
		case 93u: goto tr18;
		case 115u: goto st126;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st126:
	if ( ++p == pe )
		goto _test_eof126;
case 126:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 84u: goto st127;
		case 93u: goto tr18;
		case 116u: goto st127;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st127:
	if ( ++p == pe )
		goto _test_eof127;
case 127:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 77u: goto st128;
		case 93u: goto tr18;
		case 109u: goto st128;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st128:
	if ( ++p == pe )
		goto _test_eof128;
case 128:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 79u: goto st129;
		case 93u: goto tr18;
		case 111u: goto st129;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st129:
	if ( ++p == pe )
		goto _test_eof129;
case 129:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 68u: goto st130;
		case 93u: goto tr18;
		case 100u: goto st130;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st130:
	if ( ++p == pe )
		goto _test_eof130;
case 130:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 83u: goto st131;
		case 93u: goto tr18;
		case 115u: goto st131;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st131:
	if ( ++p == pe )
		goto _test_eof131;
case 131:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 69u: goto st132;
		case 93u: goto tr18;
		case 101u: goto st132;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st132:
	if ( ++p == pe )
		goto _test_eof132;
case 132:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 81u: goto st133;
		case 93u: goto tr18;
		case 113u: goto st133;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st133:
	if ( ++p == pe )
		goto _test_eof133;
case 133:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st134;
		case 33u: goto st6;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st134:
	if ( ++p == pe )
		goto _test_eof134;
case 134:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto st4;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr184;
	goto st8;
tr184:
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st135;
st135:
	if ( ++p == pe )
		goto _test_eof135;
case 135:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr186;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st135;
	goto st8;
tr13:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_MODIFIED); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_METADATA); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_MAILBOXID); }
	{ IMW_NAME_OPEN(IMW_RULE_CODE_OTHER); }
	goto st136;
st136:
	if ( ++p == pe )
		goto _test_eof136;
case 136:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 65u: goto st137;
		case 69u: goto st403;
		case 79u: goto st445;
		case 93u: goto tr18;
		case 97u: goto st137;
		case 101u: goto st403;
		case 111u: goto st445;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st137:
	if ( ++p == pe )
		goto _test_eof137;
case 137:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 73u: goto st138;
		case 93u: goto tr18;
		case 105u: goto st138;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st138:
	if ( ++p == pe )
		goto _test_eof138;
case 138:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 76u: goto st139;
		case 93u: goto tr18;
		case 108u: goto st139;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st139:
	if ( ++p == pe )
		goto _test_eof139;
case 139:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 66u: goto st140;
		case 93u: goto tr18;
		case 98u: goto st140;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st140:
	if ( ++p == pe )
		goto _test_eof140;
case 140:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 79u: goto st141;
		case 93u: goto tr18;
		case 111u: goto st141;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st141:
	if ( ++p == pe )
		goto _test_eof141;
case 141:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 88u: goto st142;
		case 93u: goto tr18;
		case 120u: goto st142;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st142:
	if ( ++p == pe )
		goto _test_eof142;
case 142:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 73u: goto st143;
		case 93u: goto tr18;
		case 105u: goto st143;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st143:
	if ( ++p == pe )
		goto _test_eof143;
case 143:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 68u: goto st144;
		case 93u: goto tr18;
		case 100u: goto st144;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st144:
	if ( ++p == pe )
		goto _test_eof144;
case 144:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st145;
		case 33u: goto st6;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st145:
	if ( ++p == pe )
		goto _test_eof145;
case 145:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 40u: goto st146;
		case 93u: goto st4;
	}
	goto st8;
st146:
	if ( ++p == pe )
		goto _test_eof146;
case 146:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 45u: goto st147;
		case 93u: goto tr18;
		case 95u: goto st147;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st147;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st147;
	} else
		goto st147;
	goto st8;
st147:
	if ( ++p == pe )
		goto _test_eof147;
case 147:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st149;
		case 93u: goto tr18;
		case 95u: goto st149;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st149;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st149;
	} else
		goto st149;
	goto st8;
st148:
	if ( ++p == pe )
		goto _test_eof148;
case 148:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr202;
	}
	goto st8;
st149:
	if ( ++p == pe )
		goto _test_eof149;
case 149:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st150;
		case 93u: goto tr18;
		case 95u: goto st150;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st150;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st150;
	} else
		goto st150;
	goto st8;
st150:
	if ( ++p == pe )
		goto _test_eof150;
case 150:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st151;
		case 93u: goto tr18;
		case 95u: goto st151;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st151;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st151;
	} else
		goto st151;
	goto st8;
st151:
	if ( ++p == pe )
		goto _test_eof151;
case 151:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st152;
		case 93u: goto tr18;
		case 95u: goto st152;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st152;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st152;
	} else
		goto st152;
	goto st8;
st152:
	if ( ++p == pe )
		goto _test_eof152;
case 152:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st153;
		case 93u: goto tr18;
		case 95u: goto st153;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st153;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st153;
	} else
		goto st153;
	goto st8;
st153:
	if ( ++p == pe )
		goto _test_eof153;
case 153:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st154;
		case 93u: goto tr18;
		case 95u: goto st154;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st154;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st154;
	} else
		goto st154;
	goto st8;
st154:
	if ( ++p == pe )
		goto _test_eof154;
case 154:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st155;
		case 93u: goto tr18;
		case 95u: goto st155;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st155;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st155;
	} else
		goto st155;
	goto st8;
st155:
	if ( ++p == pe )
		goto _test_eof155;
case 155:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st156;
		case 93u: goto tr18;
		case 95u: goto st156;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st156;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st156;
	} else
		goto st156;
	goto st8;
st156:
	if ( ++p == pe )
		goto _test_eof156;
case 156:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st157;
		case 93u: goto tr18;
		case 95u: goto st157;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st157;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st157;
	} else
		goto st157;
	goto st8;
st157:
	if ( ++p == pe )
		goto _test_eof157;
case 157:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st158;
		case 93u: goto tr18;
		case 95u: goto st158;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st158;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st158;
	} else
		goto st158;
	goto st8;
st158:
	if ( ++p == pe )
		goto _test_eof158;
case 158:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st159;
		case 93u: goto tr18;
		case 95u: goto st159;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st159;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st159;
	} else
		goto st159;
	goto st8;
st159:
	if ( ++p == pe )
		goto _test_eof159;
case 159:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st160;
		case 93u: goto tr18;
		case 95u: goto st160;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st160;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st160;
	} else
		goto st160;
	goto st8;
st160:
	if ( ++p == pe )
		goto _test_eof160;
case 160:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st161;
		case 93u: goto tr18;
		case 95u: goto st161;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st161;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st161;
	} else
		goto st161;
	goto st8;
st161:
	if ( ++p == pe )
		goto _test_eof161;
case 161:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st162;
		case 93u: goto tr18;
		case 95u: goto st162;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st162;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st162;
	} else
		goto st162;
	goto st8;
st162:
	if ( ++p == pe )
		goto _test_eof162;
case 162:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st163;
		case 93u: goto tr18;
		case 95u: goto st163;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st163;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st163;
	} else
		goto st163;
	goto st8;
st163:
	if ( ++p == pe )
		goto _test_eof163;
case 163:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st164;
		case 93u: goto tr18;
		case 95u: goto st164;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st164;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st164;
	} else
		goto st164;
	goto st8;
st164:
	if ( ++p == pe )
		goto _test_eof164;
case 164:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st165;
		case 93u: goto tr18;
		case 95u: goto st165;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st165;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st165;
	} else
		goto st165;
	goto st8;
st165:
	if ( ++p == pe )
		goto _test_eof165;
case 165:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st166;
		case 93u: goto tr18;
		case 95u: goto st166;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st166;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st166;
	} else
		goto st166;
	goto st8;
st166:
	if ( ++p == pe )
		goto _test_eof166;
case 166:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st167;
		case 93u: goto tr18;
		case 95u: goto st167;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st167;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st167;
	} else
		goto st167;
	goto st8;
st167:
	if ( ++p == pe )
		goto _test_eof167;
case 167:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st168;
		case 93u: goto tr18;
		case 95u: goto st168;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st168;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st168;
	} else
		goto st168;
	goto st8;
st168:
	if ( ++p == pe )
		goto _test_eof168;
case 168:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st169;
		case 93u: goto tr18;
		case 95u: goto st169;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st169;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st169;
	} else
		goto st169;
	goto st8;
st169:
	if ( ++p == pe )
		goto _test_eof169;
case 169:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st170;
		case 93u: goto tr18;
		case 95u: goto st170;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st170;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st170;
	} else
		goto st170;
	goto st8;
st170:
	if ( ++p == pe )
		goto _test_eof170;
case 170:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st171;
		case 93u: goto tr18;
		case 95u: goto st171;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st171;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st171;
	} else
		goto st171;
	goto st8;
st171:
	if ( ++p == pe )
		goto _test_eof171;
case 171:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st172;
		case 93u: goto tr18;
		case 95u: goto st172;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st172;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st172;
	} else
		goto st172;
	goto st8;
st172:
	if ( ++p == pe )
		goto _test_eof172;
case 172:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st173;
		case 93u: goto tr18;
		case 95u: goto st173;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st173;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st173;
	} else
		goto st173;
	goto st8;
st173:
	if ( ++p == pe )
		goto _test_eof173;
case 173:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st174;
		case 93u: goto tr18;
		case 95u: goto st174;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st174;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st174;
	} else
		goto st174;
	goto st8;
st174:
	if ( ++p == pe )
		goto _test_eof174;
case 174:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st175;
		case 93u: goto tr18;
		case 95u: goto st175;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st175;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st175;
	} else
		goto st175;
	goto st8;
st175:
	if ( ++p == pe )
		goto _test_eof175;
case 175:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st176;
		case 93u: goto tr18;
		case 95u: goto st176;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st176;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st176;
	} else
		goto st176;
	goto st8;
st176:
	if ( ++p == pe )
		goto _test_eof176;
case 176:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st177;
		case 93u: goto tr18;
		case 95u: goto st177;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st177;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st177;
	} else
		goto st177;
	goto st8;
st177:
	if ( ++p == pe )
		goto _test_eof177;
case 177:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st178;
		case 93u: goto tr18;
		case 95u: goto st178;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st178;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st178;
	} else
		goto st178;
	goto st8;
st178:
	if ( ++p == pe )
		goto _test_eof178;
case 178:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st179;
		case 93u: goto tr18;
		case 95u: goto st179;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st179;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st179;
	} else
		goto st179;
	goto st8;
st179:
	if ( ++p == pe )
		goto _test_eof179;
case 179:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st180;
		case 93u: goto tr18;
		case 95u: goto st180;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st180;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st180;
	} else
		goto st180;
	goto st8;
st180:
	if ( ++p == pe )
		goto _test_eof180;
case 180:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st181;
		case 93u: goto tr18;
		case 95u: goto st181;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st181;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st181;
	} else
		goto st181;
	goto st8;
st181:
	if ( ++p == pe )
		goto _test_eof181;
case 181:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st182;
		case 93u: goto tr18;
		case 95u: goto st182;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st182;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st182;
	} else
		goto st182;
	goto st8;
st182:
	if ( ++p == pe )
		goto _test_eof182;
case 182:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st183;
		case 93u: goto tr18;
		case 95u: goto st183;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st183;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st183;
	} else
		goto st183;
	goto st8;
st183:
	if ( ++p == pe )
		goto _test_eof183;
case 183:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st184;
		case 93u: goto tr18;
		case 95u: goto st184;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st184;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st184;
	} else
		goto st184;
	goto st8;
st184:
	if ( ++p == pe )
		goto _test_eof184;
case 184:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st185;
		case 93u: goto tr18;
		case 95u: goto st185;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st185;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st185;
	} else
		goto st185;
	goto st8;
st185:
	if ( ++p == pe )
		goto _test_eof185;
case 185:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st186;
		case 93u: goto tr18;
		case 95u: goto st186;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st186;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st186;
	} else
		goto st186;
	goto st8;
st186:
	if ( ++p == pe )
		goto _test_eof186;
case 186:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st187;
		case 93u: goto tr18;
		case 95u: goto st187;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st187;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st187;
	} else
		goto st187;
	goto st8;
st187:
	if ( ++p == pe )
		goto _test_eof187;
case 187:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st188;
		case 93u: goto tr18;
		case 95u: goto st188;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st188;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st188;
	} else
		goto st188;
	goto st8;
st188:
	if ( ++p == pe )
		goto _test_eof188;
case 188:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st189;
		case 93u: goto tr18;
		case 95u: goto st189;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st189;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st189;
	} else
		goto st189;
	goto st8;
st189:
	if ( ++p == pe )
		goto _test_eof189;
case 189:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st190;
		case 93u: goto tr18;
		case 95u: goto st190;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st190;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st190;
	} else
		goto st190;
	goto st8;
st190:
	if ( ++p == pe )
		goto _test_eof190;
case 190:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st191;
		case 93u: goto tr18;
		case 95u: goto st191;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st191;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st191;
	} else
		goto st191;
	goto st8;
st191:
	if ( ++p == pe )
		goto _test_eof191;
case 191:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st192;
		case 93u: goto tr18;
		case 95u: goto st192;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st192;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st192;
	} else
		goto st192;
	goto st8;
st192:
	if ( ++p == pe )
		goto _test_eof192;
case 192:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st193;
		case 93u: goto tr18;
		case 95u: goto st193;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st193;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st193;
	} else
		goto st193;
	goto st8;
st193:
	if ( ++p == pe )
		goto _test_eof193;
case 193:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st194;
		case 93u: goto tr18;
		case 95u: goto st194;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st194;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st194;
	} else
		goto st194;
	goto st8;
st194:
	if ( ++p == pe )
		goto _test_eof194;
case 194:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st195;
		case 93u: goto tr18;
		case 95u: goto st195;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st195;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st195;
	} else
		goto st195;
	goto st8;
st195:
	if ( ++p == pe )
		goto _test_eof195;
case 195:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st196;
		case 93u: goto tr18;
		case 95u: goto st196;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st196;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st196;
	} else
		goto st196;
	goto st8;
st196:
	if ( ++p == pe )
		goto _test_eof196;
case 196:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st197;
		case 93u: goto tr18;
		case 95u: goto st197;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st197;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st197;
	} else
		goto st197;
	goto st8;
st197:
	if ( ++p == pe )
		goto _test_eof197;
case 197:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st198;
		case 93u: goto tr18;
		case 95u: goto st198;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st198;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st198;
	} else
		goto st198;
	goto st8;
st198:
	if ( ++p == pe )
		goto _test_eof198;
case 198:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st199;
		case 93u: goto tr18;
		case 95u: goto st199;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st199;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st199;
	} else
		goto st199;
	goto st8;
st199:
	if ( ++p == pe )
		goto _test_eof199;
case 199:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st200;
		case 93u: goto tr18;
		case 95u: goto st200;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st200;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st200;
	} else
		goto st200;
	goto st8;
st200:
	if ( ++p == pe )
		goto _test_eof200;
case 200:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st201;
		case 93u: goto tr18;
		case 95u: goto st201;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st201;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st201;
	} else
		goto st201;
	goto st8;
st201:
	if ( ++p == pe )
		goto _test_eof201;
case 201:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st202;
		case 93u: goto tr18;
		case 95u: goto st202;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st202;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st202;
	} else
		goto st202;
	goto st8;
st202:
	if ( ++p == pe )
		goto _test_eof202;
case 202:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st203;
		case 93u: goto tr18;
		case 95u: goto st203;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st203;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st203;
	} else
		goto st203;
	goto st8;
st203:
	if ( ++p == pe )
		goto _test_eof203;
case 203:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st204;
		case 93u: goto tr18;
		case 95u: goto st204;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st204;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st204;
	} else
		goto st204;
	goto st8;
st204:
	if ( ++p == pe )
		goto _test_eof204;
case 204:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st205;
		case 93u: goto tr18;
		case 95u: goto st205;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st205;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st205;
	} else
		goto st205;
	goto st8;
st205:
	if ( ++p == pe )
		goto _test_eof205;
case 205:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st206;
		case 93u: goto tr18;
		case 95u: goto st206;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st206;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st206;
	} else
		goto st206;
	goto st8;
st206:
	if ( ++p == pe )
		goto _test_eof206;
case 206:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st207;
		case 93u: goto tr18;
		case 95u: goto st207;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st207;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st207;
	} else
		goto st207;
	goto st8;
st207:
	if ( ++p == pe )
		goto _test_eof207;
case 207:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st208;
		case 93u: goto tr18;
		case 95u: goto st208;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st208;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st208;
	} else
		goto st208;
	goto st8;
st208:
	if ( ++p == pe )
		goto _test_eof208;
case 208:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st209;
		case 93u: goto tr18;
		case 95u: goto st209;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st209;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st209;
	} else
		goto st209;
	goto st8;
st209:
	if ( ++p == pe )
		goto _test_eof209;
case 209:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st210;
		case 93u: goto tr18;
		case 95u: goto st210;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st210;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st210;
	} else
		goto st210;
	goto st8;
st210:
	if ( ++p == pe )
		goto _test_eof210;
case 210:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st211;
		case 93u: goto tr18;
		case 95u: goto st211;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st211;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st211;
	} else
		goto st211;
	goto st8;
st211:
	if ( ++p == pe )
		goto _test_eof211;
case 211:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st212;
		case 93u: goto tr18;
		case 95u: goto st212;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st212;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st212;
	} else
		goto st212;
	goto st8;
st212:
	if ( ++p == pe )
		goto _test_eof212;
case 212:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st213;
		case 93u: goto tr18;
		case 95u: goto st213;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st213;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st213;
	} else
		goto st213;
	goto st8;
st213:
	if ( ++p == pe )
		goto _test_eof213;
case 213:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st214;
		case 93u: goto tr18;
		case 95u: goto st214;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st214;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st214;
	} else
		goto st214;
	goto st8;
st214:
	if ( ++p == pe )
		goto _test_eof214;
case 214:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st215;
		case 93u: goto tr18;
		case 95u: goto st215;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st215;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st215;
	} else
		goto st215;
	goto st8;
st215:
	if ( ++p == pe )
		goto _test_eof215;
case 215:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st216;
		case 93u: goto tr18;
		case 95u: goto st216;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st216;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st216;
	} else
		goto st216;
	goto st8;
st216:
	if ( ++p == pe )
		goto _test_eof216;
case 216:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st217;
		case 93u: goto tr18;
		case 95u: goto st217;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st217;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st217;
	} else
		goto st217;
	goto st8;
st217:
	if ( ++p == pe )
		goto _test_eof217;
case 217:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st218;
		case 93u: goto tr18;
		case 95u: goto st218;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st218;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st218;
	} else
		goto st218;
	goto st8;
st218:
	if ( ++p == pe )
		goto _test_eof218;
case 218:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st219;
		case 93u: goto tr18;
		case 95u: goto st219;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st219;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st219;
	} else
		goto st219;
	goto st8;
st219:
	if ( ++p == pe )
		goto _test_eof219;
case 219:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st220;
		case 93u: goto tr18;
		case 95u: goto st220;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st220;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st220;
	} else
		goto st220;
	goto st8;
st220:
	if ( ++p == pe )
		goto _test_eof220;
case 220:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st221;
		case 93u: goto tr18;
		case 95u: goto st221;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st221;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st221;
	} else
		goto st221;
	goto st8;
st221:
	if ( ++p == pe )
		goto _test_eof221;
case 221:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st222;
		case 93u: goto tr18;
		case 95u: goto st222;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st222;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st222;
	} else
		goto st222;
	goto st8;
st222:
	if ( ++p == pe )
		goto _test_eof222;
case 222:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st223;
		case 93u: goto tr18;
		case 95u: goto st223;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st223;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st223;
	} else
		goto st223;
	goto st8;
st223:
	if ( ++p == pe )
		goto _test_eof223;
case 223:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st224;
		case 93u: goto tr18;
		case 95u: goto st224;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st224;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st224;
	} else
		goto st224;
	goto st8;
st224:
	if ( ++p == pe )
		goto _test_eof224;
case 224:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st225;
		case 93u: goto tr18;
		case 95u: goto st225;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st225;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st225;
	} else
		goto st225;
	goto st8;
st225:
	if ( ++p == pe )
		goto _test_eof225;
case 225:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st226;
		case 93u: goto tr18;
		case 95u: goto st226;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st226;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st226;
	} else
		goto st226;
	goto st8;
st226:
	if ( ++p == pe )
		goto _test_eof226;
case 226:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st227;
		case 93u: goto tr18;
		case 95u: goto st227;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st227;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st227;
	} else
		goto st227;
	goto st8;
st227:
	if ( ++p == pe )
		goto _test_eof227;
case 227:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st228;
		case 93u: goto tr18;
		case 95u: goto st228;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st228;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st228;
	} else
		goto st228;
	goto st8;
st228:
	if ( ++p == pe )
		goto _test_eof228;
case 228:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st229;
		case 93u: goto tr18;
		case 95u: goto st229;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st229;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st229;
	} else
		goto st229;
	goto st8;
st229:
	if ( ++p == pe )
		goto _test_eof229;
case 229:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st230;
		case 93u: goto tr18;
		case 95u: goto st230;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st230;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st230;
	} else
		goto st230;
	goto st8;
st230:
	if ( ++p == pe )
		goto _test_eof230;
case 230:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st231;
		case 93u: goto tr18;
		case 95u: goto st231;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st231;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st231;
	} else
		goto st231;
	goto st8;
st231:
	if ( ++p == pe )
		goto _test_eof231;
case 231:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st232;
		case 93u: goto tr18;
		case 95u: goto st232;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st232;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st232;
	} else
		goto st232;
	goto st8;
st232:
	if ( ++p == pe )
		goto _test_eof232;
case 232:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st233;
		case 93u: goto tr18;
		case 95u: goto st233;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st233;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st233;
	} else
		goto st233;
	goto st8;
st233:
	if ( ++p == pe )
		goto _test_eof233;
case 233:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st234;
		case 93u: goto tr18;
		case 95u: goto st234;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st234;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st234;
	} else
		goto st234;
	goto st8;
st234:
	if ( ++p == pe )
		goto _test_eof234;
case 234:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st235;
		case 93u: goto tr18;
		case 95u: goto st235;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st235;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st235;
	} else
		goto st235;
	goto st8;
st235:
	if ( ++p == pe )
		goto _test_eof235;
case 235:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st236;
		case 93u: goto tr18;
		case 95u: goto st236;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st236;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st236;
	} else
		goto st236;
	goto st8;
st236:
	if ( ++p == pe )
		goto _test_eof236;
case 236:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st237;
		case 93u: goto tr18;
		case 95u: goto st237;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st237;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st237;
	} else
		goto st237;
	goto st8;
st237:
	if ( ++p == pe )
		goto _test_eof237;
case 237:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st238;
		case 93u: goto tr18;
		case 95u: goto st238;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st238;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st238;
	} else
		goto st238;
	goto st8;
st238:
	if ( ++p == pe )
		goto _test_eof238;
case 238:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st239;
		case 93u: goto tr18;
		case 95u: goto st239;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st239;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st239;
	} else
		goto st239;
	goto st8;
st239:
	if ( ++p == pe )
		goto _test_eof239;
case 239:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st240;
		case 93u: goto tr18;
		case 95u: goto st240;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st240;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st240;
	} else
		goto st240;
	goto st8;
st240:
	if ( ++p == pe )
		goto _test_eof240;
case 240:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st241;
		case 93u: goto tr18;
		case 95u: goto st241;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st241;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st241;
	} else
		goto st241;
	goto st8;
st241:
	if ( ++p == pe )
		goto _test_eof241;
case 241:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st242;
		case 93u: goto tr18;
		case 95u: goto st242;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st242;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st242;
	} else
		goto st242;
	goto st8;
st242:
	if ( ++p == pe )
		goto _test_eof242;
case 242:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st243;
		case 93u: goto tr18;
		case 95u: goto st243;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st243;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st243;
	} else
		goto st243;
	goto st8;
st243:
	if ( ++p == pe )
		goto _test_eof243;
case 243:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st244;
		case 93u: goto tr18;
		case 95u: goto st244;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st244;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st244;
	} else
		goto st244;
	goto st8;
st244:
	if ( ++p == pe )
		goto _test_eof244;
case 244:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st245;
		case 93u: goto tr18;
		case 95u: goto st245;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st245;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st245;
	} else
		goto st245;
	goto st8;
st245:
	if ( ++p == pe )
		goto _test_eof245;
case 245:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st246;
		case 93u: goto tr18;
		case 95u: goto st246;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st246;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st246;
	} else
		goto st246;
	goto st8;
st246:
	if ( ++p == pe )
		goto _test_eof246;
case 246:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st247;
		case 93u: goto tr18;
		case 95u: goto st247;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st247;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st247;
	} else
		goto st247;
	goto st8;
st247:
	if ( ++p == pe )
		goto _test_eof247;
case 247:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st248;
		case 93u: goto tr18;
		case 95u: goto st248;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st248;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st248;
	} else
		goto st248;
	goto st8;
st248:
	if ( ++p == pe )
		goto _test_eof248;
case 248:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st249;
		case 93u: goto tr18;
		case 95u: goto st249;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st249;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st249;
	} else
		goto st249;
	goto st8;
st249:
	if ( ++p == pe )
		goto _test_eof249;
case 249:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st250;
		case 93u: goto tr18;
		case 95u: goto st250;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st250;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st250;
	} else
		goto st250;
	goto st8;
st250:
	if ( ++p == pe )
		goto _test_eof250;
case 250:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st251;
		case 93u: goto tr18;
		case 95u: goto st251;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st251;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st251;
	} else
		goto st251;
	goto st8;
st251:
	if ( ++p == pe )
		goto _test_eof251;
case 251:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st252;
		case 93u: goto tr18;
		case 95u: goto st252;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st252;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st252;
	} else
		goto st252;
	goto st8;
st252:
	if ( ++p == pe )
		goto _test_eof252;
case 252:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st253;
		case 93u: goto tr18;
		case 95u: goto st253;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st253;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st253;
	} else
		goto st253;
	goto st8;
st253:
	if ( ++p == pe )
		goto _test_eof253;
case 253:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st254;
		case 93u: goto tr18;
		case 95u: goto st254;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st254;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st254;
	} else
		goto st254;
	goto st8;
st254:
	if ( ++p == pe )
		goto _test_eof254;
case 254:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st255;
		case 93u: goto tr18;
		case 95u: goto st255;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st255;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st255;
	} else
		goto st255;
	goto st8;
st255:
	if ( ++p == pe )
		goto _test_eof255;
case 255:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st256;
		case 93u: goto tr18;
		case 95u: goto st256;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st256;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st256;
	} else
		goto st256;
	goto st8;
st256:
	if ( ++p == pe )
		goto _test_eof256;
case 256:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st257;
		case 93u: goto tr18;
		case 95u: goto st257;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st257;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st257;
	} else
		goto st257;
	goto st8;
st257:
	if ( ++p == pe )
		goto _test_eof257;
case 257:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st258;
		case 93u: goto tr18;
		case 95u: goto st258;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st258;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st258;
	} else
		goto st258;
	goto st8;
st258:
	if ( ++p == pe )
		goto _test_eof258;
case 258:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st259;
		case 93u: goto tr18;
		case 95u: goto st259;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st259;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st259;
	} else
		goto st259;
	goto st8;
st259:
	if ( ++p == pe )
		goto _test_eof259;
case 259:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st260;
		case 93u: goto tr18;
		case 95u: goto st260;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st260;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st260;
	} else
		goto st260;
	goto st8;
st260:
	if ( ++p == pe )
		goto _test_eof260;
case 260:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st261;
		case 93u: goto tr18;
		case 95u: goto st261;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st261;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st261;
	} else
		goto st261;
	goto st8;
st261:
	if ( ++p == pe )
		goto _test_eof261;
case 261:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st262;
		case 93u: goto tr18;
		case 95u: goto st262;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st262;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st262;
	} else
		goto st262;
	goto st8;
st262:
	if ( ++p == pe )
		goto _test_eof262;
case 262:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st263;
		case 93u: goto tr18;
		case 95u: goto st263;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st263;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st263;
	} else
		goto st263;
	goto st8;
st263:
	if ( ++p == pe )
		goto _test_eof263;
case 263:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st264;
		case 93u: goto tr18;
		case 95u: goto st264;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st264;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st264;
	} else
		goto st264;
	goto st8;
st264:
	if ( ++p == pe )
		goto _test_eof264;
case 264:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st265;
		case 93u: goto tr18;
		case 95u: goto st265;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st265;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st265;
	} else
		goto st265;
	goto st8;
st265:
	if ( ++p == pe )
		goto _test_eof265;
case 265:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st266;
		case 93u: goto tr18;
		case 95u: goto st266;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st266;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st266;
	} else
		goto st266;
	goto st8;
st266:
	if ( ++p == pe )
		goto _test_eof266;
case 266:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st267;
		case 93u: goto tr18;
		case 95u: goto st267;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st267;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st267;
	} else
		goto st267;
	goto st8;
st267:
	if ( ++p == pe )
		goto _test_eof267;
case 267:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st268;
		case 93u: goto tr18;
		case 95u: goto st268;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st268;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st268;
	} else
		goto st268;
	goto st8;
st268:
	if ( ++p == pe )
		goto _test_eof268;
case 268:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st269;
		case 93u: goto tr18;
		case 95u: goto st269;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st269;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st269;
	} else
		goto st269;
	goto st8;
st269:
	if ( ++p == pe )
		goto _test_eof269;
case 269:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st270;
		case 93u: goto tr18;
		case 95u: goto st270;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st270;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st270;
	} else
		goto st270;
	goto st8;
st270:
	if ( ++p == pe )
		goto _test_eof270;
case 270:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st271;
		case 93u: goto tr18;
		case 95u: goto st271;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st271;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st271;
	} else
		goto st271;
	goto st8;
st271:
	if ( ++p == pe )
		goto _test_eof271;
case 271:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st272;
		case 93u: goto tr18;
		case 95u: goto st272;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st272;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st272;
	} else
		goto st272;
	goto st8;
st272:
	if ( ++p == pe )
		goto _test_eof272;
case 272:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st273;
		case 93u: goto tr18;
		case 95u: goto st273;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st273;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st273;
	} else
		goto st273;
	goto st8;
st273:
	if ( ++p == pe )
		goto _test_eof273;
case 273:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st274;
		case 93u: goto tr18;
		case 95u: goto st274;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st274;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st274;
	} else
		goto st274;
	goto st8;
st274:
	if ( ++p == pe )
		goto _test_eof274;
case 274:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st275;
		case 93u: goto tr18;
		case 95u: goto st275;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st275;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st275;
	} else
		goto st275;
	goto st8;
st275:
	if ( ++p == pe )
		goto _test_eof275;
case 275:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st276;
		case 93u: goto tr18;
		case 95u: goto st276;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st276;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st276;
	} else
		goto st276;
	goto st8;
st276:
	if ( ++p == pe )
		goto _test_eof276;
case 276:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st277;
		case 93u: goto tr18;
		case 95u: goto st277;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st277;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st277;
	} else
		goto st277;
	goto st8;
st277:
	if ( ++p == pe )
		goto _test_eof277;
case 277:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st278;
		case 93u: goto tr18;
		case 95u: goto st278;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st278;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st278;
	} else
		goto st278;
	goto st8;
st278:
	if ( ++p == pe )
		goto _test_eof278;
case 278:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st279;
		case 93u: goto tr18;
		case 95u: goto st279;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st279;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st279;
	} else
		goto st279;
	goto st8;
st279:
	if ( ++p == pe )
		goto _test_eof279;
case 279:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st280;
		case 93u: goto tr18;
		case 95u: goto st280;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st280;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st280;
	} else
		goto st280;
	goto st8;
st280:
	if ( ++p == pe )
		goto _test_eof280;
case 280:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st281;
		case 93u: goto tr18;
		case 95u: goto st281;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st281;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st281;
	} else
		goto st281;
	goto st8;
st281:
	if ( ++p == pe )
		goto _test_eof281;
case 281:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st282;
		case 93u: goto tr18;
		case 95u: goto st282;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st282;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st282;
	} else
		goto st282;
	goto st8;
st282:
	if ( ++p == pe )
		goto _test_eof282;
case 282:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st283;
		case 93u: goto tr18;
		case 95u: goto st283;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st283;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st283;
	} else
		goto st283;
	goto st8;
st283:
	if ( ++p == pe )
		goto _test_eof283;
case 283:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st284;
		case 93u: goto tr18;
		case 95u: goto st284;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st284;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st284;
	} else
		goto st284;
	goto st8;
st284:
	if ( ++p == pe )
		goto _test_eof284;
case 284:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st285;
		case 93u: goto tr18;
		case 95u: goto st285;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st285;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st285;
	} else
		goto st285;
	goto st8;
st285:
	if ( ++p == pe )
		goto _test_eof285;
case 285:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st286;
		case 93u: goto tr18;
		case 95u: goto st286;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st286;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st286;
	} else
		goto st286;
	goto st8;
st286:
	if ( ++p == pe )
		goto _test_eof286;
case 286:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st287;
		case 93u: goto tr18;
		case 95u: goto st287;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st287;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st287;
	} else
		goto st287;
	goto st8;
st287:
	if ( ++p == pe )
		goto _test_eof287;
case 287:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st288;
		case 93u: goto tr18;
		case 95u: goto st288;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st288;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st288;
	} else
		goto st288;
	goto st8;
st288:
	if ( ++p == pe )
		goto _test_eof288;
case 288:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st289;
		case 93u: goto tr18;
		case 95u: goto st289;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st289;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st289;
	} else
		goto st289;
	goto st8;
st289:
	if ( ++p == pe )
		goto _test_eof289;
case 289:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st290;
		case 93u: goto tr18;
		case 95u: goto st290;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st290;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st290;
	} else
		goto st290;
	goto st8;
st290:
	if ( ++p == pe )
		goto _test_eof290;
case 290:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st291;
		case 93u: goto tr18;
		case 95u: goto st291;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st291;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st291;
	} else
		goto st291;
	goto st8;
st291:
	if ( ++p == pe )
		goto _test_eof291;
case 291:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st292;
		case 93u: goto tr18;
		case 95u: goto st292;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st292;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st292;
	} else
		goto st292;
	goto st8;
st292:
	if ( ++p == pe )
		goto _test_eof292;
case 292:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st293;
		case 93u: goto tr18;
		case 95u: goto st293;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st293;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st293;
	} else
		goto st293;
	goto st8;
st293:
	if ( ++p == pe )
		goto _test_eof293;
case 293:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st294;
		case 93u: goto tr18;
		case 95u: goto st294;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st294;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st294;
	} else
		goto st294;
	goto st8;
st294:
	if ( ++p == pe )
		goto _test_eof294;
case 294:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st295;
		case 93u: goto tr18;
		case 95u: goto st295;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st295;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st295;
	} else
		goto st295;
	goto st8;
st295:
	if ( ++p == pe )
		goto _test_eof295;
case 295:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st296;
		case 93u: goto tr18;
		case 95u: goto st296;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st296;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st296;
	} else
		goto st296;
	goto st8;
st296:
	if ( ++p == pe )
		goto _test_eof296;
case 296:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st297;
		case 93u: goto tr18;
		case 95u: goto st297;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st297;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st297;
	} else
		goto st297;
	goto st8;
st297:
	if ( ++p == pe )
		goto _test_eof297;
case 297:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st298;
		case 93u: goto tr18;
		case 95u: goto st298;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st298;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st298;
	} else
		goto st298;
	goto st8;
st298:
	if ( ++p == pe )
		goto _test_eof298;
case 298:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st299;
		case 93u: goto tr18;
		case 95u: goto st299;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st299;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st299;
	} else
		goto st299;
	goto st8;
st299:
	if ( ++p == pe )
		goto _test_eof299;
case 299:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st300;
		case 93u: goto tr18;
		case 95u: goto st300;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st300;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st300;
	} else
		goto st300;
	goto st8;
st300:
	if ( ++p == pe )
		goto _test_eof300;
case 300:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st301;
		case 93u: goto tr18;
		case 95u: goto st301;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st301;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st301;
	} else
		goto st301;
	goto st8;
st301:
	if ( ++p == pe )
		goto _test_eof301;
case 301:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st302;
		case 93u: goto tr18;
		case 95u: goto st302;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st302;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st302;
	} else
		goto st302;
	goto st8;
st302:
	if ( ++p == pe )
		goto _test_eof302;
case 302:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st303;
		case 93u: goto tr18;
		case 95u: goto st303;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st303;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st303;
	} else
		goto st303;
	goto st8;
st303:
	if ( ++p == pe )
		goto _test_eof303;
case 303:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st304;
		case 93u: goto tr18;
		case 95u: goto st304;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st304;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st304;
	} else
		goto st304;
	goto st8;
st304:
	if ( ++p == pe )
		goto _test_eof304;
case 304:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st305;
		case 93u: goto tr18;
		case 95u: goto st305;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st305;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st305;
	} else
		goto st305;
	goto st8;
st305:
	if ( ++p == pe )
		goto _test_eof305;
case 305:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st306;
		case 93u: goto tr18;
		case 95u: goto st306;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st306;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st306;
	} else
		goto st306;
	goto st8;
st306:
	if ( ++p == pe )
		goto _test_eof306;
case 306:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st307;
		case 93u: goto tr18;
		case 95u: goto st307;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st307;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st307;
	} else
		goto st307;
	goto st8;
st307:
	if ( ++p == pe )
		goto _test_eof307;
case 307:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st308;
		case 93u: goto tr18;
		case 95u: goto st308;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st308;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st308;
	} else
		goto st308;
	goto st8;
st308:
	if ( ++p == pe )
		goto _test_eof308;
case 308:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st309;
		case 93u: goto tr18;
		case 95u: goto st309;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st309;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st309;
	} else
		goto st309;
	goto st8;
st309:
	if ( ++p == pe )
		goto _test_eof309;
case 309:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st310;
		case 93u: goto tr18;
		case 95u: goto st310;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st310;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st310;
	} else
		goto st310;
	goto st8;
st310:
	if ( ++p == pe )
		goto _test_eof310;
case 310:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st311;
		case 93u: goto tr18;
		case 95u: goto st311;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st311;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st311;
	} else
		goto st311;
	goto st8;
st311:
	if ( ++p == pe )
		goto _test_eof311;
case 311:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st312;
		case 93u: goto tr18;
		case 95u: goto st312;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st312;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st312;
	} else
		goto st312;
	goto st8;
st312:
	if ( ++p == pe )
		goto _test_eof312;
case 312:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st313;
		case 93u: goto tr18;
		case 95u: goto st313;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st313;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st313;
	} else
		goto st313;
	goto st8;
st313:
	if ( ++p == pe )
		goto _test_eof313;
case 313:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st314;
		case 93u: goto tr18;
		case 95u: goto st314;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st314;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st314;
	} else
		goto st314;
	goto st8;
st314:
	if ( ++p == pe )
		goto _test_eof314;
case 314:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st315;
		case 93u: goto tr18;
		case 95u: goto st315;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st315;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st315;
	} else
		goto st315;
	goto st8;
st315:
	if ( ++p == pe )
		goto _test_eof315;
case 315:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st316;
		case 93u: goto tr18;
		case 95u: goto st316;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st316;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st316;
	} else
		goto st316;
	goto st8;
st316:
	if ( ++p == pe )
		goto _test_eof316;
case 316:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st317;
		case 93u: goto tr18;
		case 95u: goto st317;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st317;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st317;
	} else
		goto st317;
	goto st8;
st317:
	if ( ++p == pe )
		goto _test_eof317;
case 317:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st318;
		case 93u: goto tr18;
		case 95u: goto st318;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st318;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st318;
	} else
		goto st318;
	goto st8;
st318:
	if ( ++p == pe )
		goto _test_eof318;
case 318:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st319;
		case 93u: goto tr18;
		case 95u: goto st319;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st319;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st319;
	} else
		goto st319;
	goto st8;
st319:
	if ( ++p == pe )
		goto _test_eof319;
case 319:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st320;
		case 93u: goto tr18;
		case 95u: goto st320;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st320;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st320;
	} else
		goto st320;
	goto st8;
st320:
	if ( ++p == pe )
		goto _test_eof320;
case 320:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st321;
		case 93u: goto tr18;
		case 95u: goto st321;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st321;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st321;
	} else
		goto st321;
	goto st8;
st321:
	if ( ++p == pe )
		goto _test_eof321;
case 321:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st322;
		case 93u: goto tr18;
		case 95u: goto st322;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st322;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st322;
	} else
		goto st322;
	goto st8;
st322:
	if ( ++p == pe )
		goto _test_eof322;
case 322:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st323;
		case 93u: goto tr18;
		case 95u: goto st323;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st323;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st323;
	} else
		goto st323;
	goto st8;
st323:
	if ( ++p == pe )
		goto _test_eof323;
case 323:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st324;
		case 93u: goto tr18;
		case 95u: goto st324;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st324;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st324;
	} else
		goto st324;
	goto st8;
st324:
	if ( ++p == pe )
		goto _test_eof324;
case 324:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st325;
		case 93u: goto tr18;
		case 95u: goto st325;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st325;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st325;
	} else
		goto st325;
	goto st8;
st325:
	if ( ++p == pe )
		goto _test_eof325;
case 325:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st326;
		case 93u: goto tr18;
		case 95u: goto st326;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st326;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st326;
	} else
		goto st326;
	goto st8;
st326:
	if ( ++p == pe )
		goto _test_eof326;
case 326:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st327;
		case 93u: goto tr18;
		case 95u: goto st327;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st327;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st327;
	} else
		goto st327;
	goto st8;
st327:
	if ( ++p == pe )
		goto _test_eof327;
case 327:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st328;
		case 93u: goto tr18;
		case 95u: goto st328;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st328;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st328;
	} else
		goto st328;
	goto st8;
st328:
	if ( ++p == pe )
		goto _test_eof328;
case 328:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st329;
		case 93u: goto tr18;
		case 95u: goto st329;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st329;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st329;
	} else
		goto st329;
	goto st8;
st329:
	if ( ++p == pe )
		goto _test_eof329;
case 329:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st330;
		case 93u: goto tr18;
		case 95u: goto st330;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st330;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st330;
	} else
		goto st330;
	goto st8;
st330:
	if ( ++p == pe )
		goto _test_eof330;
case 330:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st331;
		case 93u: goto tr18;
		case 95u: goto st331;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st331;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st331;
	} else
		goto st331;
	goto st8;
st331:
	if ( ++p == pe )
		goto _test_eof331;
case 331:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st332;
		case 93u: goto tr18;
		case 95u: goto st332;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st332;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st332;
	} else
		goto st332;
	goto st8;
st332:
	if ( ++p == pe )
		goto _test_eof332;
case 332:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st333;
		case 93u: goto tr18;
		case 95u: goto st333;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st333;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st333;
	} else
		goto st333;
	goto st8;
st333:
	if ( ++p == pe )
		goto _test_eof333;
case 333:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st334;
		case 93u: goto tr18;
		case 95u: goto st334;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st334;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st334;
	} else
		goto st334;
	goto st8;
st334:
	if ( ++p == pe )
		goto _test_eof334;
case 334:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st335;
		case 93u: goto tr18;
		case 95u: goto st335;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st335;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st335;
	} else
		goto st335;
	goto st8;
st335:
	if ( ++p == pe )
		goto _test_eof335;
case 335:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st336;
		case 93u: goto tr18;
		case 95u: goto st336;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st336;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st336;
	} else
		goto st336;
	goto st8;
st336:
	if ( ++p == pe )
		goto _test_eof336;
case 336:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st337;
		case 93u: goto tr18;
		case 95u: goto st337;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st337;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st337;
	} else
		goto st337;
	goto st8;
st337:
	if ( ++p == pe )
		goto _test_eof337;
case 337:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st338;
		case 93u: goto tr18;
		case 95u: goto st338;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st338;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st338;
	} else
		goto st338;
	goto st8;
st338:
	if ( ++p == pe )
		goto _test_eof338;
case 338:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st339;
		case 93u: goto tr18;
		case 95u: goto st339;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st339;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st339;
	} else
		goto st339;
	goto st8;
st339:
	if ( ++p == pe )
		goto _test_eof339;
case 339:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st340;
		case 93u: goto tr18;
		case 95u: goto st340;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st340;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st340;
	} else
		goto st340;
	goto st8;
st340:
	if ( ++p == pe )
		goto _test_eof340;
case 340:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st341;
		case 93u: goto tr18;
		case 95u: goto st341;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st341;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st341;
	} else
		goto st341;
	goto st8;
st341:
	if ( ++p == pe )
		goto _test_eof341;
case 341:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st342;
		case 93u: goto tr18;
		case 95u: goto st342;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st342;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st342;
	} else
		goto st342;
	goto st8;
st342:
	if ( ++p == pe )
		goto _test_eof342;
case 342:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st343;
		case 93u: goto tr18;
		case 95u: goto st343;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st343;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st343;
	} else
		goto st343;
	goto st8;
st343:
	if ( ++p == pe )
		goto _test_eof343;
case 343:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st344;
		case 93u: goto tr18;
		case 95u: goto st344;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st344;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st344;
	} else
		goto st344;
	goto st8;
st344:
	if ( ++p == pe )
		goto _test_eof344;
case 344:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st345;
		case 93u: goto tr18;
		case 95u: goto st345;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st345;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st345;
	} else
		goto st345;
	goto st8;
st345:
	if ( ++p == pe )
		goto _test_eof345;
case 345:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st346;
		case 93u: goto tr18;
		case 95u: goto st346;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st346;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st346;
	} else
		goto st346;
	goto st8;
st346:
	if ( ++p == pe )
		goto _test_eof346;
case 346:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st347;
		case 93u: goto tr18;
		case 95u: goto st347;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st347;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st347;
	} else
		goto st347;
	goto st8;
st347:
	if ( ++p == pe )
		goto _test_eof347;
case 347:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st348;
		case 93u: goto tr18;
		case 95u: goto st348;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st348;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st348;
	} else
		goto st348;
	goto st8;
st348:
	if ( ++p == pe )
		goto _test_eof348;
case 348:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st349;
		case 93u: goto tr18;
		case 95u: goto st349;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st349;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st349;
	} else
		goto st349;
	goto st8;
st349:
	if ( ++p == pe )
		goto _test_eof349;
case 349:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st350;
		case 93u: goto tr18;
		case 95u: goto st350;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st350;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st350;
	} else
		goto st350;
	goto st8;
st350:
	if ( ++p == pe )
		goto _test_eof350;
case 350:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st351;
		case 93u: goto tr18;
		case 95u: goto st351;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st351;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st351;
	} else
		goto st351;
	goto st8;
st351:
	if ( ++p == pe )
		goto _test_eof351;
case 351:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st352;
		case 93u: goto tr18;
		case 95u: goto st352;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st352;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st352;
	} else
		goto st352;
	goto st8;
st352:
	if ( ++p == pe )
		goto _test_eof352;
case 352:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st353;
		case 93u: goto tr18;
		case 95u: goto st353;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st353;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st353;
	} else
		goto st353;
	goto st8;
st353:
	if ( ++p == pe )
		goto _test_eof353;
case 353:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st354;
		case 93u: goto tr18;
		case 95u: goto st354;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st354;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st354;
	} else
		goto st354;
	goto st8;
st354:
	if ( ++p == pe )
		goto _test_eof354;
case 354:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st355;
		case 93u: goto tr18;
		case 95u: goto st355;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st355;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st355;
	} else
		goto st355;
	goto st8;
st355:
	if ( ++p == pe )
		goto _test_eof355;
case 355:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st356;
		case 93u: goto tr18;
		case 95u: goto st356;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st356;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st356;
	} else
		goto st356;
	goto st8;
st356:
	if ( ++p == pe )
		goto _test_eof356;
case 356:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st357;
		case 93u: goto tr18;
		case 95u: goto st357;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st357;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st357;
	} else
		goto st357;
	goto st8;
st357:
	if ( ++p == pe )
		goto _test_eof357;
case 357:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st358;
		case 93u: goto tr18;
		case 95u: goto st358;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st358;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st358;
	} else
		goto st358;
	goto st8;
st358:
	if ( ++p == pe )
		goto _test_eof358;
case 358:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st359;
		case 93u: goto tr18;
		case 95u: goto st359;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st359;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st359;
	} else
		goto st359;
	goto st8;
st359:
	if ( ++p == pe )
		goto _test_eof359;
case 359:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st360;
		case 93u: goto tr18;
		case 95u: goto st360;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st360;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st360;
	} else
		goto st360;
	goto st8;
st360:
	if ( ++p == pe )
		goto _test_eof360;
case 360:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st361;
		case 93u: goto tr18;
		case 95u: goto st361;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st361;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st361;
	} else
		goto st361;
	goto st8;
st361:
	if ( ++p == pe )
		goto _test_eof361;
case 361:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st362;
		case 93u: goto tr18;
		case 95u: goto st362;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st362;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st362;
	} else
		goto st362;
	goto st8;
st362:
	if ( ++p == pe )
		goto _test_eof362;
case 362:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st363;
		case 93u: goto tr18;
		case 95u: goto st363;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st363;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st363;
	} else
		goto st363;
	goto st8;
st363:
	if ( ++p == pe )
		goto _test_eof363;
case 363:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st364;
		case 93u: goto tr18;
		case 95u: goto st364;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st364;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st364;
	} else
		goto st364;
	goto st8;
st364:
	if ( ++p == pe )
		goto _test_eof364;
case 364:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st365;
		case 93u: goto tr18;
		case 95u: goto st365;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st365;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st365;
	} else
		goto st365;
	goto st8;
st365:
	if ( ++p == pe )
		goto _test_eof365;
case 365:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st366;
		case 93u: goto tr18;
		case 95u: goto st366;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st366;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st366;
	} else
		goto st366;
	goto st8;
st366:
	if ( ++p == pe )
		goto _test_eof366;
case 366:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st367;
		case 93u: goto tr18;
		case 95u: goto st367;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st367;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st367;
	} else
		goto st367;
	goto st8;
st367:
	if ( ++p == pe )
		goto _test_eof367;
case 367:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st368;
		case 93u: goto tr18;
		case 95u: goto st368;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st368;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st368;
	} else
		goto st368;
	goto st8;
st368:
	if ( ++p == pe )
		goto _test_eof368;
case 368:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st369;
		case 93u: goto tr18;
		case 95u: goto st369;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st369;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st369;
	} else
		goto st369;
	goto st8;
st369:
	if ( ++p == pe )
		goto _test_eof369;
case 369:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st370;
		case 93u: goto tr18;
		case 95u: goto st370;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st370;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st370;
	} else
		goto st370;
	goto st8;
st370:
	if ( ++p == pe )
		goto _test_eof370;
case 370:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st371;
		case 93u: goto tr18;
		case 95u: goto st371;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st371;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st371;
	} else
		goto st371;
	goto st8;
st371:
	if ( ++p == pe )
		goto _test_eof371;
case 371:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st372;
		case 93u: goto tr18;
		case 95u: goto st372;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st372;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st372;
	} else
		goto st372;
	goto st8;
st372:
	if ( ++p == pe )
		goto _test_eof372;
case 372:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st373;
		case 93u: goto tr18;
		case 95u: goto st373;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st373;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st373;
	} else
		goto st373;
	goto st8;
st373:
	if ( ++p == pe )
		goto _test_eof373;
case 373:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st374;
		case 93u: goto tr18;
		case 95u: goto st374;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st374;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st374;
	} else
		goto st374;
	goto st8;
st374:
	if ( ++p == pe )
		goto _test_eof374;
case 374:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st375;
		case 93u: goto tr18;
		case 95u: goto st375;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st375;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st375;
	} else
		goto st375;
	goto st8;
st375:
	if ( ++p == pe )
		goto _test_eof375;
case 375:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st376;
		case 93u: goto tr18;
		case 95u: goto st376;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st376;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st376;
	} else
		goto st376;
	goto st8;
st376:
	if ( ++p == pe )
		goto _test_eof376;
case 376:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st377;
		case 93u: goto tr18;
		case 95u: goto st377;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st377;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st377;
	} else
		goto st377;
	goto st8;
st377:
	if ( ++p == pe )
		goto _test_eof377;
case 377:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st378;
		case 93u: goto tr18;
		case 95u: goto st378;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st378;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st378;
	} else
		goto st378;
	goto st8;
st378:
	if ( ++p == pe )
		goto _test_eof378;
case 378:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st379;
		case 93u: goto tr18;
		case 95u: goto st379;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st379;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st379;
	} else
		goto st379;
	goto st8;
st379:
	if ( ++p == pe )
		goto _test_eof379;
case 379:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st380;
		case 93u: goto tr18;
		case 95u: goto st380;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st380;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st380;
	} else
		goto st380;
	goto st8;
st380:
	if ( ++p == pe )
		goto _test_eof380;
case 380:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st381;
		case 93u: goto tr18;
		case 95u: goto st381;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st381;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st381;
	} else
		goto st381;
	goto st8;
st381:
	if ( ++p == pe )
		goto _test_eof381;
case 381:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st382;
		case 93u: goto tr18;
		case 95u: goto st382;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st382;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st382;
	} else
		goto st382;
	goto st8;
st382:
	if ( ++p == pe )
		goto _test_eof382;
case 382:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st383;
		case 93u: goto tr18;
		case 95u: goto st383;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st383;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st383;
	} else
		goto st383;
	goto st8;
st383:
	if ( ++p == pe )
		goto _test_eof383;
case 383:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st384;
		case 93u: goto tr18;
		case 95u: goto st384;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st384;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st384;
	} else
		goto st384;
	goto st8;
st384:
	if ( ++p == pe )
		goto _test_eof384;
case 384:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st385;
		case 93u: goto tr18;
		case 95u: goto st385;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st385;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st385;
	} else
		goto st385;
	goto st8;
st385:
	if ( ++p == pe )
		goto _test_eof385;
case 385:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st386;
		case 93u: goto tr18;
		case 95u: goto st386;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st386;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st386;
	} else
		goto st386;
	goto st8;
st386:
	if ( ++p == pe )
		goto _test_eof386;
case 386:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st387;
		case 93u: goto tr18;
		case 95u: goto st387;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st387;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st387;
	} else
		goto st387;
	goto st8;
st387:
	if ( ++p == pe )
		goto _test_eof387;
case 387:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st388;
		case 93u: goto tr18;
		case 95u: goto st388;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st388;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st388;
	} else
		goto st388;
	goto st8;
st388:
	if ( ++p == pe )
		goto _test_eof388;
case 388:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st389;
		case 93u: goto tr18;
		case 95u: goto st389;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st389;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st389;
	} else
		goto st389;
	goto st8;
st389:
	if ( ++p == pe )
		goto _test_eof389;
case 389:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st390;
		case 93u: goto tr18;
		case 95u: goto st390;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st390;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st390;
	} else
		goto st390;
	goto st8;
st390:
	if ( ++p == pe )
		goto _test_eof390;
case 390:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st391;
		case 93u: goto tr18;
		case 95u: goto st391;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st391;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st391;
	} else
		goto st391;
	goto st8;
st391:
	if ( ++p == pe )
		goto _test_eof391;
case 391:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st392;
		case 93u: goto tr18;
		case 95u: goto st392;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st392;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st392;
	} else
		goto st392;
	goto st8;
st392:
	if ( ++p == pe )
		goto _test_eof392;
case 392:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st393;
		case 93u: goto tr18;
		case 95u: goto st393;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st393;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st393;
	} else
		goto st393;
	goto st8;
st393:
	if ( ++p == pe )
		goto _test_eof393;
case 393:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st394;
		case 93u: goto tr18;
		case 95u: goto st394;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st394;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st394;
	} else
		goto st394;
	goto st8;
st394:
	if ( ++p == pe )
		goto _test_eof394;
case 394:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st395;
		case 93u: goto tr18;
		case 95u: goto st395;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st395;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st395;
	} else
		goto st395;
	goto st8;
st395:
	if ( ++p == pe )
		goto _test_eof395;
case 395:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st396;
		case 93u: goto tr18;
		case 95u: goto st396;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st396;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st396;
	} else
		goto st396;
	goto st8;
st396:
	if ( ++p == pe )
		goto _test_eof396;
case 396:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st397;
		case 93u: goto tr18;
		case 95u: goto st397;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st397;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st397;
	} else
		goto st397;
	goto st8;
st397:
	if ( ++p == pe )
		goto _test_eof397;
case 397:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st398;
		case 93u: goto tr18;
		case 95u: goto st398;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st398;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st398;
	} else
		goto st398;
	goto st8;
st398:
	if ( ++p == pe )
		goto _test_eof398;
case 398:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st399;
		case 93u: goto tr18;
		case 95u: goto st399;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st399;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st399;
	} else
		goto st399;
	goto st8;
st399:
	if ( ++p == pe )
		goto _test_eof399;
case 399:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st400;
		case 93u: goto tr18;
		case 95u: goto st400;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st400;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st400;
	} else
		goto st400;
	goto st8;
st400:
	if ( ++p == pe )
		goto _test_eof400;
case 400:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st401;
		case 93u: goto tr18;
		case 95u: goto st401;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st401;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st401;
	} else
		goto st401;
	goto st8;
st401:
	if ( ++p == pe )
		goto _test_eof401;
case 401:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 45u: goto st402;
		case 93u: goto tr18;
		case 95u: goto st402;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st402;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st402;
	} else
		goto st402;
	goto st8;
st402:
	if ( ++p == pe )
		goto _test_eof402;
case 402:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 41u: goto st148;
		case 93u: goto tr18;
	}
	goto st8;
st403:
	if ( ++p == pe )
		goto _test_eof403;
case 403:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 84u: goto st404;
		case 93u: goto tr18;
		case 116u: goto st404;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st404:
	if ( ++p == pe )
		goto _test_eof404;
case 404:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 65u: goto st405;
		case 93u: goto tr18;
		case 97u: goto st405;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st405:
	if ( ++p == pe )
		goto _test_eof405;
case 405:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 68u: goto st406;
		case 93u: goto tr18;
		case 100u: goto st406;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st406:
	if ( ++p == pe )
		goto _test_eof406;
case 406:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 65u: goto st407;
		case 93u: goto tr18;
		case 97u: goto st407;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st407:
	if ( ++p == pe )
		goto _test_eof407;
case 407:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 84u: goto st408;
		case 93u: goto tr18;
		case 116u: goto st408;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st408:
	if ( ++p == pe )
		goto _test_eof408;
case 408:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 65u: goto st409;
		case 93u: goto tr18;
		case 97u: goto st409;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st409:
	if ( ++p == pe )
		goto _test_eof409;
case 409:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st410;
		case 33u: goto st6;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st410:
	if ( ++p == pe )
		goto _test_eof410;
case 410:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 76u: goto st411;
		case 77u: goto st424;
		case 78u: goto st430;
		case 84u: goto st439;
		case 93u: goto st4;
		case 108u: goto st411;
		case 109u: goto st424;
		case 110u: goto st430;
		case 116u: goto st439;
	}
	goto st8;
st411:
	if ( ++p == pe )
		goto _test_eof411;
case 411:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 79u: goto st412;
		case 93u: goto tr18;
		case 111u: goto st412;
	}
	goto st8;
st412:
	if ( ++p == pe )
		goto _test_eof412;
case 412:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 78u: goto st413;
		case 93u: goto tr18;
		case 110u: goto st413;
	}
	goto st8;
st413:
	if ( ++p == pe )
		goto _test_eof413;
case 413:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 71u: goto st414;
		case 93u: goto tr18;
		case 103u: goto st414;
	}
	goto st8;
st414:
	if ( ++p == pe )
		goto _test_eof414;
case 414:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 69u: goto st415;
		case 93u: goto tr18;
		case 101u: goto st415;
	}
	goto st8;
st415:
	if ( ++p == pe )
		goto _test_eof415;
case 415:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 78u: goto st416;
		case 93u: goto tr18;
		case 110u: goto st416;
	}
	goto st8;
st416:
	if ( ++p == pe )
		goto _test_eof416;
case 416:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 84u: goto st417;
		case 93u: goto tr18;
		case 116u: goto st417;
	}
	goto st8;
st417:
	if ( ++p == pe )
		goto _test_eof417;
case 417:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 82u: goto st418;
		case 93u: goto tr18;
		case 114u: goto st418;
	}
	goto st8;
st418:
	if ( ++p == pe )
		goto _test_eof418;
case 418:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 73u: goto st419;
		case 93u: goto tr18;
		case 105u: goto st419;
	}
	goto st8;
st419:
	if ( ++p == pe )
		goto _test_eof419;
case 419:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 69u: goto st420;
		case 93u: goto tr18;
		case 101u: goto st420;
	}
	goto st8;
st420:
	if ( ++p == pe )
		goto _test_eof420;
case 420:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 83u: goto st421;
		case 93u: goto tr18;
		case 115u: goto st421;
	}
	goto st8;
st421:
	if ( ++p == pe )
		goto _test_eof421;
case 421:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st422;
		case 93u: goto tr18;
	}
	goto st8;
st422:
	if ( ++p == pe )
		goto _test_eof422;
case 422:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr18;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr478;
	goto st8;
tr478:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	goto st423;
st423:
	if ( ++p == pe )
		goto _test_eof423;
case 423:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr480;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st423;
	goto st8;
st424:
	if ( ++p == pe )
		goto _test_eof424;
case 424:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 65u: goto st425;
		case 93u: goto tr18;
		case 97u: goto st425;
	}
	goto st8;
st425:
	if ( ++p == pe )
		goto _test_eof425;
case 425:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 88u: goto st426;
		case 93u: goto tr18;
		case 120u: goto st426;
	}
	goto st8;
st426:
	if ( ++p == pe )
		goto _test_eof426;
case 426:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 83u: goto st427;
		case 93u: goto tr18;
		case 115u: goto st427;
	}
	goto st8;
st427:
	if ( ++p == pe )
		goto _test_eof427;
case 427:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 73u: goto st428;
		case 93u: goto tr18;
		case 105u: goto st428;
	}
	goto st8;
st428:
	if ( ++p == pe )
		goto _test_eof428;
case 428:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 90u: goto st429;
		case 93u: goto tr18;
		case 122u: goto st429;
	}
	goto st8;
st429:
	if ( ++p == pe )
		goto _test_eof429;
case 429:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 69u: goto st421;
		case 93u: goto tr18;
		case 101u: goto st421;
	}
	goto st8;
st430:
	if ( ++p == pe )
		goto _test_eof430;
case 430:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 79u: goto st431;
		case 93u: goto tr18;
		case 111u: goto st431;
	}
	goto st8;
st431:
	if ( ++p == pe )
		goto _test_eof431;
case 431:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 80u: goto st432;
		case 93u: goto tr18;
		case 112u: goto st432;
	}
	goto st8;
st432:
	if ( ++p == pe )
		goto _test_eof432;
case 432:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 82u: goto st433;
		case 93u: goto tr18;
		case 114u: goto st433;
	}
	goto st8;
st433:
	if ( ++p == pe )
		goto _test_eof433;
case 433:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 73u: goto st434;
		case 93u: goto tr18;
		case 105u: goto st434;
	}
	goto st8;
st434:
	if ( ++p == pe )
		goto _test_eof434;
case 434:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 86u: goto st435;
		case 93u: goto tr18;
		case 118u: goto st435;
	}
	goto st8;
st435:
	if ( ++p == pe )
		goto _test_eof435;
case 435:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 65u: goto st436;
		case 93u: goto tr18;
		case 97u: goto st436;
	}
	goto st8;
st436:
	if ( ++p == pe )
		goto _test_eof436;
case 436:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 84u: goto st437;
		case 93u: goto tr18;
		case 116u: goto st437;
	}
	goto st8;
st437:
	if ( ++p == pe )
		goto _test_eof437;
case 437:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 69u: goto st438;
		case 93u: goto tr18;
		case 101u: goto st438;
	}
	goto st8;
st438:
	if ( ++p == pe )
		goto _test_eof438;
case 438:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr494;
	}
	goto st8;
st439:
	if ( ++p == pe )
		goto _test_eof439;
case 439:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 79u: goto st440;
		case 93u: goto tr18;
		case 111u: goto st440;
	}
	goto st8;
st440:
	if ( ++p == pe )
		goto _test_eof440;
case 440:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 79u: goto st441;
		case 93u: goto tr18;
		case 111u: goto st441;
	}
	goto st8;
st441:
	if ( ++p == pe )
		goto _test_eof441;
case 441:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 77u: goto st442;
		case 93u: goto tr18;
		case 109u: goto st442;
	}
	goto st8;
st442:
	if ( ++p == pe )
		goto _test_eof442;
case 442:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 65u: goto st443;
		case 93u: goto tr18;
		case 97u: goto st443;
	}
	goto st8;
st443:
	if ( ++p == pe )
		goto _test_eof443;
case 443:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 78u: goto st444;
		case 93u: goto tr18;
		case 110u: goto st444;
	}
	goto st8;
st444:
	if ( ++p == pe )
		goto _test_eof444;
case 444:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 89u: goto st438;
		case 93u: goto tr18;
		case 121u: goto st438;
	}
	goto st8;
st445:
	if ( ++p == pe )
		goto _test_eof445;
case 445:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 68u: goto st446;
		case 93u: goto tr18;
		case 100u: goto st446;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st446:
	if ( ++p == pe )
		goto _test_eof446;
case 446:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 73u: goto st447;
		case 93u: goto tr18;
		case 105u: goto st447;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st447:
	if ( ++p == pe )
		goto _test_eof447;
case 447:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 70u: goto st448;
		case 93u: goto tr18;
		case 102u: goto st448;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st448:
	if ( ++p == pe )
		goto _test_eof448;
case 448:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 73u: goto st449;
		case 93u: goto tr18;
		case 105u: goto st449;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st449:
	if ( ++p == pe )
		goto _test_eof449;
case 449:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 69u: goto st450;
		case 93u: goto tr18;
		case 101u: goto st450;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st450:
	if ( ++p == pe )
		goto _test_eof450;
case 450:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 68u: goto st451;
		case 93u: goto tr18;
		case 100u: goto st451;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st451:
	if ( ++p == pe )
		goto _test_eof451;
case 451:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st452;
		case 33u: goto st6;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st452:
	if ( ++p == pe )
		goto _test_eof452;
case 452:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 36u: goto tr507;
		case 42u: goto tr508;
		case 93u: goto st4;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr509;
	goto st8;
tr507:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st453;
st453:
	if ( ++p == pe )
		goto _test_eof453;
case 453:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr510;
	}
	goto st8;
tr508:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st454;
st454:
	if ( ++p == pe )
		goto _test_eof454;
case 454:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 44u: goto st455;
		case 58u: goto st457;
		case 93u: goto tr510;
	}
	goto st8;
st455:
	if ( ++p == pe )
		goto _test_eof455;
case 455:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 42u: goto st454;
		case 93u: goto tr18;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto st456;
	goto st8;
tr509:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st456;
st456:
	if ( ++p == pe )
		goto _test_eof456;
case 456:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 44u: goto st455;
		case 58u: goto st457;
		case 93u: goto tr510;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st456;
	goto st8;
st457:
	if ( ++p == pe )
		goto _test_eof457;
case 457:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 42u: goto st458;
		case 93u: goto tr18;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto st459;
	goto st8;
st458:
	if ( ++p == pe )
		goto _test_eof458;
case 458:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 44u: goto st455;
		case 93u: goto tr510;
	}
	goto st8;
st459:
	if ( ++p == pe )
		goto _test_eof459;
case 459:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 44u: goto st455;
		case 93u: goto tr510;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st459;
	goto st8;
tr14:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_PERMANENTFLAGS); }
	{ IMW_NAME_OPEN(IMW_RULE_CODE_OTHER); }
	goto st460;
st460:
	if ( ++p == pe )
		goto _test_eof460;
case 460:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 69u: goto st461;
		case 93u: goto tr18;
		case 101u: goto st461;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st461:
	if ( ++p == pe )
		goto _test_eof461;
case 461:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 82u: goto st462;
		case 93u: goto tr18;
		case 114u: goto st462;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st462:
	if ( ++p == pe )
		goto _test_eof462;
case 462:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 77u: goto st463;
		case 93u: goto tr18;
		case 109u: goto st463;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st463:
	if ( ++p == pe )
		goto _test_eof463;
case 463:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 65u: goto st464;
		case 93u: goto tr18;
		case 97u: goto st464;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st464:
	if ( ++p == pe )
		goto _test_eof464;
case 464:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 78u: goto st465;
		case 93u: goto tr18;
		case 110u: goto st465;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st465:
	if ( ++p == pe )
		goto _test_eof465;
case 465:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 69u: goto st466;
		case 93u: goto tr18;
		case 101u: goto st466;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st466:
	if ( ++p == pe )
		goto _test_eof466;
case 466:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 78u: goto st467;
		case 93u: goto tr18;
		case 110u: goto st467;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st467:
	if ( ++p == pe )
		goto _test_eof467;
case 467:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 84u: goto st468;
		case 93u: goto tr18;
		case 116u: goto st468;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st468:
	if ( ++p == pe )
		goto _test_eof468;
case 468:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 70u: goto st469;
		case 93u: goto tr18;
		case 102u: goto st469;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st469:
	if ( ++p == pe )
		goto _test_eof469;
case 469:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 76u: goto st470;
		case 93u: goto tr18;
		case 108u: goto st470;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st470:
	if ( ++p == pe )
		goto _test_eof470;
case 470:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 65u: goto st471;
		case 93u: goto tr18;
		case 97u: goto st471;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st471:
	if ( ++p == pe )
		goto _test_eof471;
case 471:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 71u: goto st472;
		case 93u: goto tr18;
		case 103u: goto st472;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st472:
	if ( ++p == pe )
		goto _test_eof472;
case 472:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 83u: goto st473;
		case 93u: goto tr18;
		case 115u: goto st473;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st473:
	if ( ++p == pe )
		goto _test_eof473;
case 473:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st474;
		case 33u: goto st6;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st474:
	if ( ++p == pe )
		goto _test_eof474;
case 474:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 40u: goto st475;
		case 93u: goto st4;
	}
	goto st8;
st475:
	if ( ++p == pe )
		goto _test_eof475;
case 475:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 33u: goto tr532;
		case 41u: goto st480;
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
	goto st8;
tr532:
	{ IMW_EV_OPEN(IMW_RULE_FLAG_PERM); }
	{ IMW_EV_OPEN(IMW_RULE_FLAG); }
	goto st476;
st476:
	if ( ++p == pe )
		goto _test_eof476;
case 476:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr535;
		case 33u: goto st476;
		case 41u: goto tr537;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st476;
		} else if ( (*p) >= 35u )
			goto st476;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st476;
		} else if ( (*p) >= 94u )
			goto st476;
	} else
		goto st476;
	goto st8;
tr535:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG); }
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st477;
tr539:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st477;
st477:
	if ( ++p == pe )
		goto _test_eof477;
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
	goto st8;
tr534:
	{ IMW_EV_OPEN(IMW_RULE_FLAG_PERM); }
	{ IMW_EV_OPEN(IMW_RULE_FLAG); }
	goto st478;
st478:
	if ( ++p == pe )
		goto _test_eof478;
case 478:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 33u: goto st476;
		case 42u: goto st479;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st476;
		} else if ( (*p) >= 35u )
			goto st476;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st476;
		} else if ( (*p) >= 94u )
			goto st476;
	} else
		goto st476;
	goto st8;
st479:
	if ( ++p == pe )
		goto _test_eof479;
case 479:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto tr539;
		case 41u: goto tr540;
		case 93u: goto tr18;
	}
	goto st8;
tr537:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG); }
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st480;
tr540:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st480;
st480:
	if ( ++p == pe )
		goto _test_eof480;
case 480:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr541;
	}
	goto st8;
tr15:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_UIDNEXT); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_UIDVALIDITY); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_UNSEEN); }
	{ IMW_NAME_OPEN(IMW_RULE_CODE_OTHER); }
	goto st481;
st481:
	if ( ++p == pe )
		goto _test_eof481;
case 481:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 73u: goto st482;
		case 78u: goto st500;
		case 93u: goto tr18;
		case 105u: goto st482;
		case 110u: goto st500;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st482:
	if ( ++p == pe )
		goto _test_eof482;
case 482:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 68u: goto st483;
		case 93u: goto tr18;
		case 100u: goto st483;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st483:
	if ( ++p == pe )
		goto _test_eof483;
case 483:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 78u: goto st484;
		case 86u: goto st490;
		case 93u: goto tr18;
		case 110u: goto st484;
		case 118u: goto st490;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st484:
	if ( ++p == pe )
		goto _test_eof484;
case 484:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 69u: goto st485;
		case 93u: goto tr18;
		case 101u: goto st485;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st485:
	if ( ++p == pe )
		goto _test_eof485;
case 485:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 88u: goto st486;
		case 93u: goto tr18;
		case 120u: goto st486;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st486:
	if ( ++p == pe )
		goto _test_eof486;
case 486:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 84u: goto st487;
		case 93u: goto tr18;
		case 116u: goto st487;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st487:
	if ( ++p == pe )
		goto _test_eof487;
case 487:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st488;
		case 33u: goto st6;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st488:
	if ( ++p == pe )
		goto _test_eof488;
case 488:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto st4;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto st489;
	goto st8;
st489:
	if ( ++p == pe )
		goto _test_eof489;
case 489:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr552;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st489;
	goto st8;
st490:
	if ( ++p == pe )
		goto _test_eof490;
case 490:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 65u: goto st491;
		case 93u: goto tr18;
		case 97u: goto st491;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st491:
	if ( ++p == pe )
		goto _test_eof491;
case 491:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 76u: goto st492;
		case 93u: goto tr18;
		case 108u: goto st492;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st492:
	if ( ++p == pe )
		goto _test_eof492;
case 492:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 73u: goto st493;
		case 93u: goto tr18;
		case 105u: goto st493;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st493:
	if ( ++p == pe )
		goto _test_eof493;
case 493:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 68u: goto st494;
		case 93u: goto tr18;
		case 100u: goto st494;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st494:
	if ( ++p == pe )
		goto _test_eof494;
case 494:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 73u: goto st495;
		case 93u: goto tr18;
		case 105u: goto st495;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st495:
	if ( ++p == pe )
		goto _test_eof495;
case 495:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 84u: goto st496;
		case 93u: goto tr18;
		case 116u: goto st496;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st496:
	if ( ++p == pe )
		goto _test_eof496;
case 496:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 89u: goto st497;
		case 93u: goto tr18;
		case 121u: goto st497;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st497:
	if ( ++p == pe )
		goto _test_eof497;
case 497:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st498;
		case 33u: goto st6;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st498:
	if ( ++p == pe )
		goto _test_eof498;
case 498:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto st4;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto st499;
	goto st8;
st499:
	if ( ++p == pe )
		goto _test_eof499;
case 499:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr562;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st499;
	goto st8;
st500:
	if ( ++p == pe )
		goto _test_eof500;
case 500:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 83u: goto st501;
		case 93u: goto tr18;
		case 115u: goto st501;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st501:
	if ( ++p == pe )
		goto _test_eof501;
case 501:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 69u: goto st502;
		case 93u: goto tr18;
		case 101u: goto st502;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st502:
	if ( ++p == pe )
		goto _test_eof502;
case 502:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 69u: goto st503;
		case 93u: goto tr18;
		case 101u: goto st503;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st503:
	if ( ++p == pe )
		goto _test_eof503;
case 503:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st7;
		case 33u: goto st6;
		case 78u: goto st504;
		case 93u: goto tr18;
		case 110u: goto st504;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st504:
	if ( ++p == pe )
		goto _test_eof504;
case 504:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 32u: goto st505;
		case 33u: goto st6;
		case 93u: goto tr18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st6;
		} else if ( (*p) >= 35u )
			goto st6;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st6;
		} else if ( (*p) >= 94u )
			goto st6;
	} else
		goto st6;
	goto st4;
st505:
	if ( ++p == pe )
		goto _test_eof505;
case 505:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto st4;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto st506;
	goto st8;
st506:
	if ( ++p == pe )
		goto _test_eof506;
case 506:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr7;
		case 93u: goto tr569;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st506;
	goto st8;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof507: cs = 507; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof8: cs = 8; goto _test_eof; 
	_test_eof9: cs = 9; goto _test_eof; 
	_test_eof10: cs = 10; goto _test_eof; 
	_test_eof11: cs = 11; goto _test_eof; 
	_test_eof12: cs = 12; goto _test_eof; 
	_test_eof13: cs = 13; goto _test_eof; 
	_test_eof14: cs = 14; goto _test_eof; 
	_test_eof15: cs = 15; goto _test_eof; 
	_test_eof16: cs = 16; goto _test_eof; 
	_test_eof17: cs = 17; goto _test_eof; 
	_test_eof18: cs = 18; goto _test_eof; 
	_test_eof19: cs = 19; goto _test_eof; 
	_test_eof20: cs = 20; goto _test_eof; 
	_test_eof21: cs = 21; goto _test_eof; 
	_test_eof22: cs = 22; goto _test_eof; 
	_test_eof23: cs = 23; goto _test_eof; 
	_test_eof24: cs = 24; goto _test_eof; 
	_test_eof25: cs = 25; goto _test_eof; 
	_test_eof26: cs = 26; goto _test_eof; 
	_test_eof27: cs = 27; goto _test_eof; 
	_test_eof28: cs = 28; goto _test_eof; 
	_test_eof29: cs = 29; goto _test_eof; 
	_test_eof30: cs = 30; goto _test_eof; 
	_test_eof31: cs = 31; goto _test_eof; 
	_test_eof32: cs = 32; goto _test_eof; 
	_test_eof33: cs = 33; goto _test_eof; 
	_test_eof34: cs = 34; goto _test_eof; 
	_test_eof35: cs = 35; goto _test_eof; 
	_test_eof36: cs = 36; goto _test_eof; 
	_test_eof37: cs = 37; goto _test_eof; 
	_test_eof38: cs = 38; goto _test_eof; 
	_test_eof39: cs = 39; goto _test_eof; 
	_test_eof40: cs = 40; goto _test_eof; 
	_test_eof41: cs = 41; goto _test_eof; 
	_test_eof42: cs = 42; goto _test_eof; 
	_test_eof43: cs = 43; goto _test_eof; 
	_test_eof44: cs = 44; goto _test_eof; 
	_test_eof45: cs = 45; goto _test_eof; 
	_test_eof46: cs = 46; goto _test_eof; 
	_test_eof47: cs = 47; goto _test_eof; 
	_test_eof48: cs = 48; goto _test_eof; 
	_test_eof49: cs = 49; goto _test_eof; 
	_test_eof50: cs = 50; goto _test_eof; 
	_test_eof51: cs = 51; goto _test_eof; 
	_test_eof52: cs = 52; goto _test_eof; 
	_test_eof53: cs = 53; goto _test_eof; 
	_test_eof508: cs = 508; goto _test_eof; 
	_test_eof54: cs = 54; goto _test_eof; 
	_test_eof55: cs = 55; goto _test_eof; 
	_test_eof56: cs = 56; goto _test_eof; 
	_test_eof57: cs = 57; goto _test_eof; 
	_test_eof58: cs = 58; goto _test_eof; 
	_test_eof59: cs = 59; goto _test_eof; 
	_test_eof60: cs = 60; goto _test_eof; 
	_test_eof61: cs = 61; goto _test_eof; 
	_test_eof62: cs = 62; goto _test_eof; 
	_test_eof63: cs = 63; goto _test_eof; 
	_test_eof64: cs = 64; goto _test_eof; 
	_test_eof65: cs = 65; goto _test_eof; 
	_test_eof66: cs = 66; goto _test_eof; 
	_test_eof67: cs = 67; goto _test_eof; 
	_test_eof68: cs = 68; goto _test_eof; 
	_test_eof69: cs = 69; goto _test_eof; 
	_test_eof70: cs = 70; goto _test_eof; 
	_test_eof71: cs = 71; goto _test_eof; 
	_test_eof72: cs = 72; goto _test_eof; 
	_test_eof73: cs = 73; goto _test_eof; 
	_test_eof74: cs = 74; goto _test_eof; 
	_test_eof75: cs = 75; goto _test_eof; 
	_test_eof76: cs = 76; goto _test_eof; 
	_test_eof77: cs = 77; goto _test_eof; 
	_test_eof78: cs = 78; goto _test_eof; 
	_test_eof79: cs = 79; goto _test_eof; 
	_test_eof80: cs = 80; goto _test_eof; 
	_test_eof81: cs = 81; goto _test_eof; 
	_test_eof82: cs = 82; goto _test_eof; 
	_test_eof83: cs = 83; goto _test_eof; 
	_test_eof84: cs = 84; goto _test_eof; 
	_test_eof85: cs = 85; goto _test_eof; 
	_test_eof86: cs = 86; goto _test_eof; 
	_test_eof87: cs = 87; goto _test_eof; 
	_test_eof88: cs = 88; goto _test_eof; 
	_test_eof89: cs = 89; goto _test_eof; 
	_test_eof90: cs = 90; goto _test_eof; 
	_test_eof91: cs = 91; goto _test_eof; 
	_test_eof92: cs = 92; goto _test_eof; 
	_test_eof93: cs = 93; goto _test_eof; 
	_test_eof94: cs = 94; goto _test_eof; 
	_test_eof95: cs = 95; goto _test_eof; 
	_test_eof96: cs = 96; goto _test_eof; 
	_test_eof97: cs = 97; goto _test_eof; 
	_test_eof98: cs = 98; goto _test_eof; 
	_test_eof99: cs = 99; goto _test_eof; 
	_test_eof100: cs = 100; goto _test_eof; 
	_test_eof101: cs = 101; goto _test_eof; 
	_test_eof102: cs = 102; goto _test_eof; 
	_test_eof103: cs = 103; goto _test_eof; 
	_test_eof104: cs = 104; goto _test_eof; 
	_test_eof105: cs = 105; goto _test_eof; 
	_test_eof106: cs = 106; goto _test_eof; 
	_test_eof107: cs = 107; goto _test_eof; 
	_test_eof108: cs = 108; goto _test_eof; 
	_test_eof109: cs = 109; goto _test_eof; 
	_test_eof110: cs = 110; goto _test_eof; 
	_test_eof111: cs = 111; goto _test_eof; 
	_test_eof112: cs = 112; goto _test_eof; 
	_test_eof113: cs = 113; goto _test_eof; 
	_test_eof114: cs = 114; goto _test_eof; 
	_test_eof115: cs = 115; goto _test_eof; 
	_test_eof116: cs = 116; goto _test_eof; 
	_test_eof117: cs = 117; goto _test_eof; 
	_test_eof118: cs = 118; goto _test_eof; 
	_test_eof119: cs = 119; goto _test_eof; 
	_test_eof120: cs = 120; goto _test_eof; 
	_test_eof121: cs = 121; goto _test_eof; 
	_test_eof122: cs = 122; goto _test_eof; 
	_test_eof123: cs = 123; goto _test_eof; 
	_test_eof124: cs = 124; goto _test_eof; 
	_test_eof125: cs = 125; goto _test_eof; 
	_test_eof126: cs = 126; goto _test_eof; 
	_test_eof127: cs = 127; goto _test_eof; 
	_test_eof128: cs = 128; goto _test_eof; 
	_test_eof129: cs = 129; goto _test_eof; 
	_test_eof130: cs = 130; goto _test_eof; 
	_test_eof131: cs = 131; goto _test_eof; 
	_test_eof132: cs = 132; goto _test_eof; 
	_test_eof133: cs = 133; goto _test_eof; 
	_test_eof134: cs = 134; goto _test_eof; 
	_test_eof135: cs = 135; goto _test_eof; 
	_test_eof136: cs = 136; goto _test_eof; 
	_test_eof137: cs = 137; goto _test_eof; 
	_test_eof138: cs = 138; goto _test_eof; 
	_test_eof139: cs = 139; goto _test_eof; 
	_test_eof140: cs = 140; goto _test_eof; 
	_test_eof141: cs = 141; goto _test_eof; 
	_test_eof142: cs = 142; goto _test_eof; 
	_test_eof143: cs = 143; goto _test_eof; 
	_test_eof144: cs = 144; goto _test_eof; 
	_test_eof145: cs = 145; goto _test_eof; 
	_test_eof146: cs = 146; goto _test_eof; 
	_test_eof147: cs = 147; goto _test_eof; 
	_test_eof148: cs = 148; goto _test_eof; 
	_test_eof149: cs = 149; goto _test_eof; 
	_test_eof150: cs = 150; goto _test_eof; 
	_test_eof151: cs = 151; goto _test_eof; 
	_test_eof152: cs = 152; goto _test_eof; 
	_test_eof153: cs = 153; goto _test_eof; 
	_test_eof154: cs = 154; goto _test_eof; 
	_test_eof155: cs = 155; goto _test_eof; 
	_test_eof156: cs = 156; goto _test_eof; 
	_test_eof157: cs = 157; goto _test_eof; 
	_test_eof158: cs = 158; goto _test_eof; 
	_test_eof159: cs = 159; goto _test_eof; 
	_test_eof160: cs = 160; goto _test_eof; 
	_test_eof161: cs = 161; goto _test_eof; 
	_test_eof162: cs = 162; goto _test_eof; 
	_test_eof163: cs = 163; goto _test_eof; 
	_test_eof164: cs = 164; goto _test_eof; 
	_test_eof165: cs = 165; goto _test_eof; 
	_test_eof166: cs = 166; goto _test_eof; 
	_test_eof167: cs = 167; goto _test_eof; 
	_test_eof168: cs = 168; goto _test_eof; 
	_test_eof169: cs = 169; goto _test_eof; 
	_test_eof170: cs = 170; goto _test_eof; 
	_test_eof171: cs = 171; goto _test_eof; 
	_test_eof172: cs = 172; goto _test_eof; 
	_test_eof173: cs = 173; goto _test_eof; 
	_test_eof174: cs = 174; goto _test_eof; 
	_test_eof175: cs = 175; goto _test_eof; 
	_test_eof176: cs = 176; goto _test_eof; 
	_test_eof177: cs = 177; goto _test_eof; 
	_test_eof178: cs = 178; goto _test_eof; 
	_test_eof179: cs = 179; goto _test_eof; 
	_test_eof180: cs = 180; goto _test_eof; 
	_test_eof181: cs = 181; goto _test_eof; 
	_test_eof182: cs = 182; goto _test_eof; 
	_test_eof183: cs = 183; goto _test_eof; 
	_test_eof184: cs = 184; goto _test_eof; 
	_test_eof185: cs = 185; goto _test_eof; 
	_test_eof186: cs = 186; goto _test_eof; 
	_test_eof187: cs = 187; goto _test_eof; 
	_test_eof188: cs = 188; goto _test_eof; 
	_test_eof189: cs = 189; goto _test_eof; 
	_test_eof190: cs = 190; goto _test_eof; 
	_test_eof191: cs = 191; goto _test_eof; 
	_test_eof192: cs = 192; goto _test_eof; 
	_test_eof193: cs = 193; goto _test_eof; 
	_test_eof194: cs = 194; goto _test_eof; 
	_test_eof195: cs = 195; goto _test_eof; 
	_test_eof196: cs = 196; goto _test_eof; 
	_test_eof197: cs = 197; goto _test_eof; 
	_test_eof198: cs = 198; goto _test_eof; 
	_test_eof199: cs = 199; goto _test_eof; 
	_test_eof200: cs = 200; goto _test_eof; 
	_test_eof201: cs = 201; goto _test_eof; 
	_test_eof202: cs = 202; goto _test_eof; 
	_test_eof203: cs = 203; goto _test_eof; 
	_test_eof204: cs = 204; goto _test_eof; 
	_test_eof205: cs = 205; goto _test_eof; 
	_test_eof206: cs = 206; goto _test_eof; 
	_test_eof207: cs = 207; goto _test_eof; 
	_test_eof208: cs = 208; goto _test_eof; 
	_test_eof209: cs = 209; goto _test_eof; 
	_test_eof210: cs = 210; goto _test_eof; 
	_test_eof211: cs = 211; goto _test_eof; 
	_test_eof212: cs = 212; goto _test_eof; 
	_test_eof213: cs = 213; goto _test_eof; 
	_test_eof214: cs = 214; goto _test_eof; 
	_test_eof215: cs = 215; goto _test_eof; 
	_test_eof216: cs = 216; goto _test_eof; 
	_test_eof217: cs = 217; goto _test_eof; 
	_test_eof218: cs = 218; goto _test_eof; 
	_test_eof219: cs = 219; goto _test_eof; 
	_test_eof220: cs = 220; goto _test_eof; 
	_test_eof221: cs = 221; goto _test_eof; 
	_test_eof222: cs = 222; goto _test_eof; 
	_test_eof223: cs = 223; goto _test_eof; 
	_test_eof224: cs = 224; goto _test_eof; 
	_test_eof225: cs = 225; goto _test_eof; 
	_test_eof226: cs = 226; goto _test_eof; 
	_test_eof227: cs = 227; goto _test_eof; 
	_test_eof228: cs = 228; goto _test_eof; 
	_test_eof229: cs = 229; goto _test_eof; 
	_test_eof230: cs = 230; goto _test_eof; 
	_test_eof231: cs = 231; goto _test_eof; 
	_test_eof232: cs = 232; goto _test_eof; 
	_test_eof233: cs = 233; goto _test_eof; 
	_test_eof234: cs = 234; goto _test_eof; 
	_test_eof235: cs = 235; goto _test_eof; 
	_test_eof236: cs = 236; goto _test_eof; 
	_test_eof237: cs = 237; goto _test_eof; 
	_test_eof238: cs = 238; goto _test_eof; 
	_test_eof239: cs = 239; goto _test_eof; 
	_test_eof240: cs = 240; goto _test_eof; 
	_test_eof241: cs = 241; goto _test_eof; 
	_test_eof242: cs = 242; goto _test_eof; 
	_test_eof243: cs = 243; goto _test_eof; 
	_test_eof244: cs = 244; goto _test_eof; 
	_test_eof245: cs = 245; goto _test_eof; 
	_test_eof246: cs = 246; goto _test_eof; 
	_test_eof247: cs = 247; goto _test_eof; 
	_test_eof248: cs = 248; goto _test_eof; 
	_test_eof249: cs = 249; goto _test_eof; 
	_test_eof250: cs = 250; goto _test_eof; 
	_test_eof251: cs = 251; goto _test_eof; 
	_test_eof252: cs = 252; goto _test_eof; 
	_test_eof253: cs = 253; goto _test_eof; 
	_test_eof254: cs = 254; goto _test_eof; 
	_test_eof255: cs = 255; goto _test_eof; 
	_test_eof256: cs = 256; goto _test_eof; 
	_test_eof257: cs = 257; goto _test_eof; 
	_test_eof258: cs = 258; goto _test_eof; 
	_test_eof259: cs = 259; goto _test_eof; 
	_test_eof260: cs = 260; goto _test_eof; 
	_test_eof261: cs = 261; goto _test_eof; 
	_test_eof262: cs = 262; goto _test_eof; 
	_test_eof263: cs = 263; goto _test_eof; 
	_test_eof264: cs = 264; goto _test_eof; 
	_test_eof265: cs = 265; goto _test_eof; 
	_test_eof266: cs = 266; goto _test_eof; 
	_test_eof267: cs = 267; goto _test_eof; 
	_test_eof268: cs = 268; goto _test_eof; 
	_test_eof269: cs = 269; goto _test_eof; 
	_test_eof270: cs = 270; goto _test_eof; 
	_test_eof271: cs = 271; goto _test_eof; 
	_test_eof272: cs = 272; goto _test_eof; 
	_test_eof273: cs = 273; goto _test_eof; 
	_test_eof274: cs = 274; goto _test_eof; 
	_test_eof275: cs = 275; goto _test_eof; 
	_test_eof276: cs = 276; goto _test_eof; 
	_test_eof277: cs = 277; goto _test_eof; 
	_test_eof278: cs = 278; goto _test_eof; 
	_test_eof279: cs = 279; goto _test_eof; 
	_test_eof280: cs = 280; goto _test_eof; 
	_test_eof281: cs = 281; goto _test_eof; 
	_test_eof282: cs = 282; goto _test_eof; 
	_test_eof283: cs = 283; goto _test_eof; 
	_test_eof284: cs = 284; goto _test_eof; 
	_test_eof285: cs = 285; goto _test_eof; 
	_test_eof286: cs = 286; goto _test_eof; 
	_test_eof287: cs = 287; goto _test_eof; 
	_test_eof288: cs = 288; goto _test_eof; 
	_test_eof289: cs = 289; goto _test_eof; 
	_test_eof290: cs = 290; goto _test_eof; 
	_test_eof291: cs = 291; goto _test_eof; 
	_test_eof292: cs = 292; goto _test_eof; 
	_test_eof293: cs = 293; goto _test_eof; 
	_test_eof294: cs = 294; goto _test_eof; 
	_test_eof295: cs = 295; goto _test_eof; 
	_test_eof296: cs = 296; goto _test_eof; 
	_test_eof297: cs = 297; goto _test_eof; 
	_test_eof298: cs = 298; goto _test_eof; 
	_test_eof299: cs = 299; goto _test_eof; 
	_test_eof300: cs = 300; goto _test_eof; 
	_test_eof301: cs = 301; goto _test_eof; 
	_test_eof302: cs = 302; goto _test_eof; 
	_test_eof303: cs = 303; goto _test_eof; 
	_test_eof304: cs = 304; goto _test_eof; 
	_test_eof305: cs = 305; goto _test_eof; 
	_test_eof306: cs = 306; goto _test_eof; 
	_test_eof307: cs = 307; goto _test_eof; 
	_test_eof308: cs = 308; goto _test_eof; 
	_test_eof309: cs = 309; goto _test_eof; 
	_test_eof310: cs = 310; goto _test_eof; 
	_test_eof311: cs = 311; goto _test_eof; 
	_test_eof312: cs = 312; goto _test_eof; 
	_test_eof313: cs = 313; goto _test_eof; 
	_test_eof314: cs = 314; goto _test_eof; 
	_test_eof315: cs = 315; goto _test_eof; 
	_test_eof316: cs = 316; goto _test_eof; 
	_test_eof317: cs = 317; goto _test_eof; 
	_test_eof318: cs = 318; goto _test_eof; 
	_test_eof319: cs = 319; goto _test_eof; 
	_test_eof320: cs = 320; goto _test_eof; 
	_test_eof321: cs = 321; goto _test_eof; 
	_test_eof322: cs = 322; goto _test_eof; 
	_test_eof323: cs = 323; goto _test_eof; 
	_test_eof324: cs = 324; goto _test_eof; 
	_test_eof325: cs = 325; goto _test_eof; 
	_test_eof326: cs = 326; goto _test_eof; 
	_test_eof327: cs = 327; goto _test_eof; 
	_test_eof328: cs = 328; goto _test_eof; 
	_test_eof329: cs = 329; goto _test_eof; 
	_test_eof330: cs = 330; goto _test_eof; 
	_test_eof331: cs = 331; goto _test_eof; 
	_test_eof332: cs = 332; goto _test_eof; 
	_test_eof333: cs = 333; goto _test_eof; 
	_test_eof334: cs = 334; goto _test_eof; 
	_test_eof335: cs = 335; goto _test_eof; 
	_test_eof336: cs = 336; goto _test_eof; 
	_test_eof337: cs = 337; goto _test_eof; 
	_test_eof338: cs = 338; goto _test_eof; 
	_test_eof339: cs = 339; goto _test_eof; 
	_test_eof340: cs = 340; goto _test_eof; 
	_test_eof341: cs = 341; goto _test_eof; 
	_test_eof342: cs = 342; goto _test_eof; 
	_test_eof343: cs = 343; goto _test_eof; 
	_test_eof344: cs = 344; goto _test_eof; 
	_test_eof345: cs = 345; goto _test_eof; 
	_test_eof346: cs = 346; goto _test_eof; 
	_test_eof347: cs = 347; goto _test_eof; 
	_test_eof348: cs = 348; goto _test_eof; 
	_test_eof349: cs = 349; goto _test_eof; 
	_test_eof350: cs = 350; goto _test_eof; 
	_test_eof351: cs = 351; goto _test_eof; 
	_test_eof352: cs = 352; goto _test_eof; 
	_test_eof353: cs = 353; goto _test_eof; 
	_test_eof354: cs = 354; goto _test_eof; 
	_test_eof355: cs = 355; goto _test_eof; 
	_test_eof356: cs = 356; goto _test_eof; 
	_test_eof357: cs = 357; goto _test_eof; 
	_test_eof358: cs = 358; goto _test_eof; 
	_test_eof359: cs = 359; goto _test_eof; 
	_test_eof360: cs = 360; goto _test_eof; 
	_test_eof361: cs = 361; goto _test_eof; 
	_test_eof362: cs = 362; goto _test_eof; 
	_test_eof363: cs = 363; goto _test_eof; 
	_test_eof364: cs = 364; goto _test_eof; 
	_test_eof365: cs = 365; goto _test_eof; 
	_test_eof366: cs = 366; goto _test_eof; 
	_test_eof367: cs = 367; goto _test_eof; 
	_test_eof368: cs = 368; goto _test_eof; 
	_test_eof369: cs = 369; goto _test_eof; 
	_test_eof370: cs = 370; goto _test_eof; 
	_test_eof371: cs = 371; goto _test_eof; 
	_test_eof372: cs = 372; goto _test_eof; 
	_test_eof373: cs = 373; goto _test_eof; 
	_test_eof374: cs = 374; goto _test_eof; 
	_test_eof375: cs = 375; goto _test_eof; 
	_test_eof376: cs = 376; goto _test_eof; 
	_test_eof377: cs = 377; goto _test_eof; 
	_test_eof378: cs = 378; goto _test_eof; 
	_test_eof379: cs = 379; goto _test_eof; 
	_test_eof380: cs = 380; goto _test_eof; 
	_test_eof381: cs = 381; goto _test_eof; 
	_test_eof382: cs = 382; goto _test_eof; 
	_test_eof383: cs = 383; goto _test_eof; 
	_test_eof384: cs = 384; goto _test_eof; 
	_test_eof385: cs = 385; goto _test_eof; 
	_test_eof386: cs = 386; goto _test_eof; 
	_test_eof387: cs = 387; goto _test_eof; 
	_test_eof388: cs = 388; goto _test_eof; 
	_test_eof389: cs = 389; goto _test_eof; 
	_test_eof390: cs = 390; goto _test_eof; 
	_test_eof391: cs = 391; goto _test_eof; 
	_test_eof392: cs = 392; goto _test_eof; 
	_test_eof393: cs = 393; goto _test_eof; 
	_test_eof394: cs = 394; goto _test_eof; 
	_test_eof395: cs = 395; goto _test_eof; 
	_test_eof396: cs = 396; goto _test_eof; 
	_test_eof397: cs = 397; goto _test_eof; 
	_test_eof398: cs = 398; goto _test_eof; 
	_test_eof399: cs = 399; goto _test_eof; 
	_test_eof400: cs = 400; goto _test_eof; 
	_test_eof401: cs = 401; goto _test_eof; 
	_test_eof402: cs = 402; goto _test_eof; 
	_test_eof403: cs = 403; goto _test_eof; 
	_test_eof404: cs = 404; goto _test_eof; 
	_test_eof405: cs = 405; goto _test_eof; 
	_test_eof406: cs = 406; goto _test_eof; 
	_test_eof407: cs = 407; goto _test_eof; 
	_test_eof408: cs = 408; goto _test_eof; 
	_test_eof409: cs = 409; goto _test_eof; 
	_test_eof410: cs = 410; goto _test_eof; 
	_test_eof411: cs = 411; goto _test_eof; 
	_test_eof412: cs = 412; goto _test_eof; 
	_test_eof413: cs = 413; goto _test_eof; 
	_test_eof414: cs = 414; goto _test_eof; 
	_test_eof415: cs = 415; goto _test_eof; 
	_test_eof416: cs = 416; goto _test_eof; 
	_test_eof417: cs = 417; goto _test_eof; 
	_test_eof418: cs = 418; goto _test_eof; 
	_test_eof419: cs = 419; goto _test_eof; 
	_test_eof420: cs = 420; goto _test_eof; 
	_test_eof421: cs = 421; goto _test_eof; 
	_test_eof422: cs = 422; goto _test_eof; 
	_test_eof423: cs = 423; goto _test_eof; 
	_test_eof424: cs = 424; goto _test_eof; 
	_test_eof425: cs = 425; goto _test_eof; 
	_test_eof426: cs = 426; goto _test_eof; 
	_test_eof427: cs = 427; goto _test_eof; 
	_test_eof428: cs = 428; goto _test_eof; 
	_test_eof429: cs = 429; goto _test_eof; 
	_test_eof430: cs = 430; goto _test_eof; 
	_test_eof431: cs = 431; goto _test_eof; 
	_test_eof432: cs = 432; goto _test_eof; 
	_test_eof433: cs = 433; goto _test_eof; 
	_test_eof434: cs = 434; goto _test_eof; 
	_test_eof435: cs = 435; goto _test_eof; 
	_test_eof436: cs = 436; goto _test_eof; 
	_test_eof437: cs = 437; goto _test_eof; 
	_test_eof438: cs = 438; goto _test_eof; 
	_test_eof439: cs = 439; goto _test_eof; 
	_test_eof440: cs = 440; goto _test_eof; 
	_test_eof441: cs = 441; goto _test_eof; 
	_test_eof442: cs = 442; goto _test_eof; 
	_test_eof443: cs = 443; goto _test_eof; 
	_test_eof444: cs = 444; goto _test_eof; 
	_test_eof445: cs = 445; goto _test_eof; 
	_test_eof446: cs = 446; goto _test_eof; 
	_test_eof447: cs = 447; goto _test_eof; 
	_test_eof448: cs = 448; goto _test_eof; 
	_test_eof449: cs = 449; goto _test_eof; 
	_test_eof450: cs = 450; goto _test_eof; 
	_test_eof451: cs = 451; goto _test_eof; 
	_test_eof452: cs = 452; goto _test_eof; 
	_test_eof453: cs = 453; goto _test_eof; 
	_test_eof454: cs = 454; goto _test_eof; 
	_test_eof455: cs = 455; goto _test_eof; 
	_test_eof456: cs = 456; goto _test_eof; 
	_test_eof457: cs = 457; goto _test_eof; 
	_test_eof458: cs = 458; goto _test_eof; 
	_test_eof459: cs = 459; goto _test_eof; 
	_test_eof460: cs = 460; goto _test_eof; 
	_test_eof461: cs = 461; goto _test_eof; 
	_test_eof462: cs = 462; goto _test_eof; 
	_test_eof463: cs = 463; goto _test_eof; 
	_test_eof464: cs = 464; goto _test_eof; 
	_test_eof465: cs = 465; goto _test_eof; 
	_test_eof466: cs = 466; goto _test_eof; 
	_test_eof467: cs = 467; goto _test_eof; 
	_test_eof468: cs = 468; goto _test_eof; 
	_test_eof469: cs = 469; goto _test_eof; 
	_test_eof470: cs = 470; goto _test_eof; 
	_test_eof471: cs = 471; goto _test_eof; 
	_test_eof472: cs = 472; goto _test_eof; 
	_test_eof473: cs = 473; goto _test_eof; 
	_test_eof474: cs = 474; goto _test_eof; 
	_test_eof475: cs = 475; goto _test_eof; 
	_test_eof476: cs = 476; goto _test_eof; 
	_test_eof477: cs = 477; goto _test_eof; 
	_test_eof478: cs = 478; goto _test_eof; 
	_test_eof479: cs = 479; goto _test_eof; 
	_test_eof480: cs = 480; goto _test_eof; 
	_test_eof481: cs = 481; goto _test_eof; 
	_test_eof482: cs = 482; goto _test_eof; 
	_test_eof483: cs = 483; goto _test_eof; 
	_test_eof484: cs = 484; goto _test_eof; 
	_test_eof485: cs = 485; goto _test_eof; 
	_test_eof486: cs = 486; goto _test_eof; 
	_test_eof487: cs = 487; goto _test_eof; 
	_test_eof488: cs = 488; goto _test_eof; 
	_test_eof489: cs = 489; goto _test_eof; 
	_test_eof490: cs = 490; goto _test_eof; 
	_test_eof491: cs = 491; goto _test_eof; 
	_test_eof492: cs = 492; goto _test_eof; 
	_test_eof493: cs = 493; goto _test_eof; 
	_test_eof494: cs = 494; goto _test_eof; 
	_test_eof495: cs = 495; goto _test_eof; 
	_test_eof496: cs = 496; goto _test_eof; 
	_test_eof497: cs = 497; goto _test_eof; 
	_test_eof498: cs = 498; goto _test_eof; 
	_test_eof499: cs = 499; goto _test_eof; 
	_test_eof500: cs = 500; goto _test_eof; 
	_test_eof501: cs = 501; goto _test_eof; 
	_test_eof502: cs = 502; goto _test_eof; 
	_test_eof503: cs = 503; goto _test_eof; 
	_test_eof504: cs = 504; goto _test_eof; 
	_test_eof505: cs = 505; goto _test_eof; 
	_test_eof506: cs = 506; goto _test_eof; 

	_test_eof: {}
	_out: {}
	}


    (void)imw_status_tail_error;
    (void)imw_stack;
    (void)imw_top;
    (void)eof;
    if (run->error)
        return NULL; /* an action stopped the machine */
    if (cs < imw_status_tail_first_final) {
        run->error = IMW_ERR_SYNTAX;
        run->error_at = IMW_AT();
        return NULL;
    }
    return p;
}
