
/* The generic command machine (server side): Ragel glue around gen/generic_command_grammar.rl,
 * which abnf2rl generates from grammar/ with imw-generic-command as root: a command the command machine does not know.  Like the
 * response machine it runs over one whole message that the framer has
 * delimited.  `make regen` turns this file into gen/generic_command_machine.c. */
#define IMW_STACK_TOP (run->top)
#define IMW_DEPTH ((unsigned)run->top)
#include "machine_glue.h"
#include "generic_command_skip.h"
#include "command.h"





static const int imw_generic_command_start = 1;
static const int imw_generic_command_first_final = 42;
static const int imw_generic_command_error = 0;



int imw_generic_command_machine_run(struct imw_run *run)
{
    const unsigned char *p = run->data;
    const unsigned char *pe = p + run->len;
    int cs;

    if (imw_run_refuse_unframed(run)) {
        return run->error;
    }
    
	{
	cs = imw_generic_command_start;
	( run->top) = 0;
	}

    
	{
	goto _resume;

_again:
	switch ( cs ) {
		case 1: goto st1;
		case 0: goto st0;
		case 2: goto st2;
		case 3: goto st3;
		case 4: goto st4;
		case 5: goto st5;
		case 42: goto st42;
		case 6: goto st6;
		case 7: goto st7;
		case 8: goto st8;
		case 9: goto st9;
		case 10: goto st10;
		case 11: goto st11;
		case 12: goto st12;
		case 13: goto st13;
		case 14: goto st14;
		case 15: goto st15;
		case 16: goto st16;
		case 17: goto st17;
		case 18: goto st18;
		case 19: goto st19;
		case 20: goto st20;
		case 21: goto st21;
		case 22: goto st22;
		case 23: goto st23;
		case 24: goto st24;
		case 25: goto st25;
		case 26: goto st26;
		case 27: goto st27;
		case 28: goto st28;
		case 29: goto st29;
		case 30: goto st30;
		case 31: goto st31;
		case 32: goto st32;
		case 33: goto st33;
		case 34: goto st34;
		case 43: goto st43;
		case 35: goto st35;
		case 36: goto st36;
		case 37: goto st37;
		case 38: goto st38;
		case 39: goto st39;
		case 40: goto st40;
		case 41: goto st41;
	default: break;
	}

	p += 1;
_resume:
	switch ( cs )
	{
st1:
	p += 1;
case 1:
	if ( (*p) == 33u )
		goto tr0;
	if ( (*p) < 44u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr0;
		} else if ( (*p) >= 35u )
			goto tr0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr0;
		} else if ( (*p) >= 93u )
			goto tr0;
	} else
		goto tr0;
	goto st0;
st0:
cs = 0;
	goto _out;
tr0:
	{ {p = (( IMW_SKIP_TO(2)))-1;} }
	goto st2;
st2:
	p += 1;
case 2:
	switch( (*p) ) {
		case 32u: goto st3;
		case 33u: goto tr0;
	}
	if ( (*p) < 44u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr0;
		} else if ( (*p) >= 35u )
			goto tr0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr0;
		} else if ( (*p) >= 93u )
			goto tr0;
	} else
		goto tr0;
	goto st0;
st3:
	p += 1;
case 3:
	if ( (*p) == 33u )
		goto tr3;
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr3;
		} else if ( (*p) >= 35u )
			goto tr3;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr3;
		} else if ( (*p) >= 94u )
			goto tr3;
	} else
		goto tr3;
	goto st0;
tr3:
	{ {p = (( IMW_SKIP_TO(4)))-1;} }
	goto st4;
st4:
	p += 1;
case 4:
	switch( (*p) ) {
		case 13u: goto st5;
		case 32u: goto st6;
		case 33u: goto tr3;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr3;
		} else if ( (*p) >= 35u )
			goto tr3;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr3;
		} else if ( (*p) >= 94u )
			goto tr3;
	} else
		goto tr3;
	goto st0;
tr21:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st5;
tr29:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL8); }
	goto st5;
st5:
	p += 1;
case 5:
	if ( (*p) == 10u )
		goto tr6;
	goto st0;
tr6:
	{ if (p + 1 == pe) {p++; cs = 42; goto _out;} }
	goto st42;
st42:
	p += 1;
case 42:
	goto st0;
tr22:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st6;
tr30:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL8); }
	goto st6;
st6:
	p += 1;
case 6:
	switch( (*p) ) {
		case 34u: goto tr8;
		case 40u: goto tr9;
		case 123u: goto tr10;
		case 126u: goto tr11;
	}
	if ( (*p) > 39u ) {
		if ( 42u <= (*p) && (*p) <= 125u )
			goto st7;
	} else if ( (*p) >= 33u )
		goto st7;
	goto st0;
tr12:
	{ {p = (( IMW_SKIP_TO(7)))-1;} }
	goto st7;
tr9:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_GENERIC_LIST)) {p++; cs = 7; goto _out;} {( run->stack)[( run->top)++] = 7;goto st23;} }
	goto st7;
st7:
	p += 1;
case 7:
	switch( (*p) ) {
		case 13u: goto st5;
		case 32u: goto st6;
		case 34u: goto tr8;
		case 40u: goto tr9;
	}
	if ( (*p) < 42u ) {
		if ( 33u <= (*p) && (*p) <= 39u )
			goto st7;
	} else if ( (*p) > 122u ) {
		if ( 124u <= (*p) && (*p) <= 126u )
			goto st7;
	} else
		goto st7;
	goto st0;
tr8:
	{ {p = (( IMW_SKIP_TO(8)))-1;} }
	goto st8;
st8:
	p += 1;
case 8:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr12;
		case 92u: goto tr13;
	}
	goto tr8;
tr13:
	{ {p = (( IMW_SKIP_TO(9)))-1;} }
	goto st9;
st9:
	p += 1;
case 9:
	switch( (*p) ) {
		case 34u: goto tr8;
		case 92u: goto tr8;
	}
	goto st0;
tr10:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st10;
st10:
	p += 1;
case 10:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr14;
	goto st0;
tr16:
	{ {p = (( IMW_SKIP_TO(11)))-1;} }
	goto st11;
tr14:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(11)))-1;} }
	goto st11;
st11:
	p += 1;
case 11:
	switch( (*p) ) {
		case 43u: goto tr15;
		case 125u: goto tr17;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr16;
	goto st0;
tr15:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st12;
st12:
	p += 1;
case 12:
	if ( (*p) == 125u )
		goto st13;
	goto st0;
tr17:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st13;
st13:
	p += 1;
case 13:
	if ( (*p) == 13u )
		goto st14;
	goto st0;
st14:
	p += 1;
case 14:
	if ( (*p) == 10u )
		goto tr20;
	goto st0;
tr20:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 15; goto _out;} }
	goto st15;
st15:
	p += 1;
case 15:
	switch( (*p) ) {
		case 13u: goto tr21;
		case 32u: goto tr22;
	}
	goto st0;
tr11:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL8); }
	goto st16;
st16:
	p += 1;
case 16:
	switch( (*p) ) {
		case 13u: goto st5;
		case 32u: goto st6;
		case 34u: goto tr8;
		case 40u: goto tr9;
		case 123u: goto st17;
	}
	if ( (*p) > 39u ) {
		if ( 42u <= (*p) && (*p) <= 126u )
			goto st7;
	} else if ( (*p) >= 33u )
		goto st7;
	goto st0;
st17:
	p += 1;
case 17:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st18;
	goto st0;
st18:
	p += 1;
case 18:
	switch( (*p) ) {
		case 43u: goto st19;
		case 125u: goto st20;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st18;
	goto st0;
st19:
	p += 1;
case 19:
	if ( (*p) == 125u )
		goto st20;
	goto st0;
st20:
	p += 1;
case 20:
	if ( (*p) == 13u )
		goto st21;
	goto st0;
st21:
	p += 1;
case 21:
	if ( (*p) == 10u )
		goto tr28;
	goto st0;
tr28:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 22; goto _out;} }
	goto st22;
st22:
	p += 1;
case 22:
	switch( (*p) ) {
		case 13u: goto tr29;
		case 32u: goto tr30;
	}
	goto st0;
st23:
	p += 1;
case 23:
	if ( (*p) == 40u )
		goto st24;
	goto st0;
st24:
	p += 1;
case 24:
	switch( (*p) ) {
		case 34u: goto tr33;
		case 40u: goto tr34;
		case 41u: goto tr35;
		case 123u: goto tr36;
		case 126u: goto tr37;
	}
	if ( 33u <= (*p) && (*p) <= 125u )
		goto st25;
	goto st0;
tr39:
	{ {p = (( IMW_SKIP_TO(25)))-1;} }
	goto st25;
tr34:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_GENERIC_LIST)) {p++; cs = 25; goto _out;} {( run->stack)[( run->top)++] = 25;goto st23;} }
	goto st25;
st25:
	p += 1;
case 25:
	switch( (*p) ) {
		case 32u: goto st26;
		case 34u: goto tr33;
		case 40u: goto tr34;
		case 41u: goto tr35;
	}
	if ( (*p) > 122u ) {
		if ( 124u <= (*p) && (*p) <= 126u )
			goto st25;
	} else if ( (*p) >= 33u )
		goto st25;
	goto st0;
tr48:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st26;
tr56:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL8); }
	goto st26;
st26:
	p += 1;
case 26:
	switch( (*p) ) {
		case 34u: goto tr33;
		case 40u: goto tr34;
		case 123u: goto tr36;
		case 126u: goto tr37;
	}
	if ( (*p) > 39u ) {
		if ( 42u <= (*p) && (*p) <= 125u )
			goto st25;
	} else if ( (*p) >= 33u )
		goto st25;
	goto st0;
tr33:
	{ {p = (( IMW_SKIP_TO(27)))-1;} }
	goto st27;
st27:
	p += 1;
case 27:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr39;
		case 92u: goto tr40;
	}
	goto tr33;
tr40:
	{ {p = (( IMW_SKIP_TO(28)))-1;} }
	goto st28;
st28:
	p += 1;
case 28:
	switch( (*p) ) {
		case 34u: goto tr33;
		case 92u: goto tr33;
	}
	goto st0;
tr36:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st29;
st29:
	p += 1;
case 29:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr41;
	goto st0;
tr43:
	{ {p = (( IMW_SKIP_TO(30)))-1;} }
	goto st30;
tr41:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(30)))-1;} }
	goto st30;
st30:
	p += 1;
case 30:
	switch( (*p) ) {
		case 43u: goto tr42;
		case 125u: goto tr44;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr43;
	goto st0;
tr42:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st31;
st31:
	p += 1;
case 31:
	if ( (*p) == 125u )
		goto st32;
	goto st0;
tr44:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st32;
st32:
	p += 1;
case 32:
	if ( (*p) == 13u )
		goto st33;
	goto st0;
st33:
	p += 1;
case 33:
	if ( (*p) == 10u )
		goto tr47;
	goto st0;
tr47:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 34; goto _out;} }
	goto st34;
st34:
	p += 1;
case 34:
	switch( (*p) ) {
		case 32u: goto tr48;
		case 41u: goto tr49;
	}
	goto st0;
tr35:
	{ IMW_CALL_LEAVE(IMW_RULE_GENERIC_LIST); {cs = ( run->stack)[--( run->top)];goto _again;} }
	goto st43;
tr49:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_CALL_LEAVE(IMW_RULE_GENERIC_LIST); {cs = ( run->stack)[--( run->top)];goto _again;} }
	goto st43;
tr57:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL8); }
	{ IMW_CALL_LEAVE(IMW_RULE_GENERIC_LIST); {cs = ( run->stack)[--( run->top)];goto _again;} }
	goto st43;
st43:
	p += 1;
case 43:
	goto st0;
tr37:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL8); }
	goto st35;
st35:
	p += 1;
case 35:
	switch( (*p) ) {
		case 32u: goto st26;
		case 34u: goto tr33;
		case 40u: goto tr34;
		case 41u: goto tr35;
		case 123u: goto st36;
	}
	if ( 33u <= (*p) && (*p) <= 126u )
		goto st25;
	goto st0;
st36:
	p += 1;
case 36:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st37;
	goto st0;
st37:
	p += 1;
case 37:
	switch( (*p) ) {
		case 43u: goto st38;
		case 125u: goto st39;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st37;
	goto st0;
st38:
	p += 1;
case 38:
	if ( (*p) == 125u )
		goto st39;
	goto st0;
st39:
	p += 1;
case 39:
	if ( (*p) == 13u )
		goto st40;
	goto st0;
st40:
	p += 1;
case 40:
	if ( (*p) == 10u )
		goto tr55;
	goto st0;
tr55:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 41; goto _out;} }
	goto st41;
st41:
	p += 1;
case 41:
	switch( (*p) ) {
		case 32u: goto tr56;
		case 41u: goto tr57;
	}
	goto st0;
	}

	_out: {}
	}


    (void)imw_generic_command_error;
    if (run->error)
        return run->error; /* an action stopped the machine */
    if (cs < imw_generic_command_first_final || p != pe) {
        run->error = IMW_ERR_SYNTAX;
        run->error_at = (size_t)(p - run->data);
        return run->error;
    }
    return 0;
}
