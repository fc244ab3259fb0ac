
/* The notify-args machine (server side), split off so that each generated C
 * file stays quick to compile (`extern notify-args` in grammar/bindings).  It
 * runs from the rule's first octet to the CR of the command's final CRLF,
 * which it leaves to the caller.  Reached through IMW_EXTERN
 * (src/machines.c); `make regen` turns this file into
 * gen/notify_args_machine.c. */
#define IMW_STACK_TOP (imw_base + imw_top)
#include "machine_glue.h"
#include "notify_args_skip.h"
#include "machines.h"





static const int imw_notify_args_start = 1;
static const int imw_notify_args_first_final = 261;
static const int imw_notify_args_error = 0;



const unsigned char *imw_notify_args_machine_run(struct imw_run *run,
                                                 const unsigned char *p)
{
    const unsigned char *pe = run->data + run->len;
    const unsigned char *eof = pe;
    int imw_base = run->sub_top;
    int *imw_stack = run->sub_stack + imw_base;
    int imw_top = 0, cs; /* Ragel sets it only when the machine calls */

    
	{
	cs = imw_notify_args_start;
	}

    
	{
	if ( p == pe )
		goto _test_eof;
	switch ( cs )
	{
case 1:
	if ( (*p) == 32u )
		goto tr0;
	goto st0;
st0:
cs = 0;
	goto _out;
tr0:
	{ IMW_EV_OPEN(IMW_RULE_NOTIFY_ARGS); }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 78u: goto st3;
		case 83u: goto st7;
		case 110u: goto st3;
		case 115u: goto st7;
	}
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 79u: goto st4;
		case 111u: goto st4;
	}
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 78u: goto st5;
		case 110u: goto st5;
	}
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	switch( (*p) ) {
		case 69u: goto st6;
		case 101u: goto st6;
	}
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	if ( (*p) == 13u )
		goto tr7;
	goto st0;
tr7:
	{ IMW_EV_CLOSE(IMW_RULE_NOTIFY_ARGS); }
	{ p--; {p++; cs = 261; goto _out;} }
	goto st261;
st261:
	if ( ++p == pe )
		goto _test_eof261;
case 261:
	goto st0;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	switch( (*p) ) {
		case 69u: goto st8;
		case 101u: goto st8;
	}
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 84u: goto st9;
		case 116u: goto st9;
	}
	goto st0;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	if ( (*p) == 32u )
		goto st10;
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	switch( (*p) ) {
		case 40u: goto st11;
		case 83u: goto st255;
		case 115u: goto st255;
	}
	goto st0;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	switch( (*p) ) {
		case 73u: goto st12;
		case 77u: goto st193;
		case 80u: goto st224;
		case 83u: goto st231;
		case 105u: goto st12;
		case 109u: goto st193;
		case 112u: goto st224;
		case 115u: goto st231;
	}
	goto st0;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	switch( (*p) ) {
		case 78u: goto st13;
		case 110u: goto st13;
	}
	goto st0;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	switch( (*p) ) {
		case 66u: goto st14;
		case 98u: goto st14;
	}
	goto st0;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	switch( (*p) ) {
		case 79u: goto st15;
		case 111u: goto st15;
	}
	goto st0;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	switch( (*p) ) {
		case 88u: goto st16;
		case 120u: goto st16;
	}
	goto st0;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	switch( (*p) ) {
		case 69u: goto st17;
		case 101u: goto st17;
	}
	goto st0;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	switch( (*p) ) {
		case 83u: goto st18;
		case 115u: goto st18;
	}
	goto st0;
tr243:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_MAILBOX); }
	goto st18;
tr255:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_MAILBOX); }
	goto st18;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
	if ( (*p) == 32u )
		goto st19;
	goto st0;
tr233:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_MAILBOX); }
	goto st19;
tr263:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_MAILBOX); }
	goto st19;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	switch( (*p) ) {
		case 40u: goto st20;
		case 78u: goto st190;
		case 110u: goto st190;
	}
	goto st0;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	switch( (*p) ) {
		case 33u: goto tr26;
		case 77u: goto tr27;
		case 109u: goto tr27;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr26;
		} else if ( (*p) >= 35u )
			goto tr26;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr26;
		} else if ( (*p) >= 94u )
			goto tr26;
	} else
		goto tr26;
	goto st0;
tr26:
	{ {p = (( IMW_SKIP_TO(21)))-1;} }
	goto st21;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	switch( (*p) ) {
		case 32u: goto st20;
		case 33u: goto tr26;
		case 41u: goto st22;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr26;
		} else if ( (*p) >= 35u )
			goto tr26;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr26;
		} else if ( (*p) >= 94u )
			goto tr26;
	} else
		goto tr26;
	goto st0;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	if ( (*p) == 41u )
		goto st23;
	goto st0;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
	switch( (*p) ) {
		case 13u: goto tr7;
		case 32u: goto st24;
	}
	goto st0;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
	if ( (*p) == 40u )
		goto st11;
	goto st0;
tr27:
	{ {p = (( IMW_SKIP_TO(25)))-1;} }
	goto st25;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
	switch( (*p) ) {
		case 32u: goto st20;
		case 33u: goto tr26;
		case 41u: goto st22;
		case 69u: goto tr31;
		case 101u: goto tr31;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr26;
		} else if ( (*p) >= 35u )
			goto tr26;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr26;
		} else if ( (*p) >= 94u )
			goto tr26;
	} else
		goto tr26;
	goto st0;
tr31:
	{ {p = (( IMW_SKIP_TO(26)))-1;} }
	goto st26;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
	switch( (*p) ) {
		case 32u: goto st20;
		case 33u: goto tr26;
		case 41u: goto st22;
		case 83u: goto tr32;
		case 115u: goto tr32;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr26;
		} else if ( (*p) >= 35u )
			goto tr26;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr26;
		} else if ( (*p) >= 94u )
			goto tr26;
	} else
		goto tr26;
	goto st0;
tr32:
	{ {p = (( IMW_SKIP_TO(27)))-1;} }
	goto st27;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	switch( (*p) ) {
		case 32u: goto st20;
		case 33u: goto tr26;
		case 41u: goto st22;
		case 83u: goto tr33;
		case 115u: goto tr33;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr26;
		} else if ( (*p) >= 35u )
			goto tr26;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr26;
		} else if ( (*p) >= 94u )
			goto tr26;
	} else
		goto tr26;
	goto st0;
tr33:
	{ {p = (( IMW_SKIP_TO(28)))-1;} }
	goto st28;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	switch( (*p) ) {
		case 32u: goto st20;
		case 33u: goto tr26;
		case 41u: goto st22;
		case 65u: goto tr34;
		case 97u: goto tr34;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr26;
		} else if ( (*p) >= 35u )
			goto tr26;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr26;
		} else if ( (*p) >= 94u )
			goto tr26;
	} else
		goto tr26;
	goto st0;
tr34:
	{ {p = (( IMW_SKIP_TO(29)))-1;} }
	goto st29;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
	switch( (*p) ) {
		case 32u: goto st20;
		case 33u: goto tr26;
		case 41u: goto st22;
		case 71u: goto tr35;
		case 103u: goto tr35;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr26;
		} else if ( (*p) >= 35u )
			goto tr26;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr26;
		} else if ( (*p) >= 94u )
			goto tr26;
	} else
		goto tr26;
	goto st0;
tr35:
	{ {p = (( IMW_SKIP_TO(30)))-1;} }
	goto st30;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
	switch( (*p) ) {
		case 32u: goto st20;
		case 33u: goto tr26;
		case 41u: goto st22;
		case 69u: goto tr36;
		case 101u: goto tr36;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr26;
		} else if ( (*p) >= 35u )
			goto tr26;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr26;
		} else if ( (*p) >= 94u )
			goto tr26;
	} else
		goto tr26;
	goto st0;
tr36:
	{ {p = (( IMW_SKIP_TO(31)))-1;} }
	goto st31;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	switch( (*p) ) {
		case 32u: goto st20;
		case 33u: goto tr26;
		case 41u: goto st22;
		case 78u: goto tr37;
		case 110u: goto tr37;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr26;
		} else if ( (*p) >= 35u )
			goto tr26;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr26;
		} else if ( (*p) >= 94u )
			goto tr26;
	} else
		goto tr26;
	goto st0;
tr37:
	{ {p = (( IMW_SKIP_TO(32)))-1;} }
	goto st32;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	switch( (*p) ) {
		case 32u: goto st20;
		case 33u: goto tr26;
		case 41u: goto st22;
		case 69u: goto tr38;
		case 101u: goto tr38;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr26;
		} else if ( (*p) >= 35u )
			goto tr26;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr26;
		} else if ( (*p) >= 94u )
			goto tr26;
	} else
		goto tr26;
	goto st0;
tr38:
	{ {p = (( IMW_SKIP_TO(33)))-1;} }
	goto st33;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	switch( (*p) ) {
		case 32u: goto st20;
		case 33u: goto tr26;
		case 41u: goto st22;
		case 87u: goto tr39;
		case 119u: goto tr39;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr26;
		} else if ( (*p) >= 35u )
			goto tr26;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr26;
		} else if ( (*p) >= 94u )
			goto tr26;
	} else
		goto tr26;
	goto st0;
tr39:
	{ {p = (( IMW_SKIP_TO(34)))-1;} }
	goto st34;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	switch( (*p) ) {
		case 32u: goto st35;
		case 33u: goto tr26;
		case 41u: goto st22;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr26;
		} else if ( (*p) >= 35u )
			goto tr26;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr26;
		} else if ( (*p) >= 94u )
			goto tr26;
	} else
		goto tr26;
	goto st0;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
	switch( (*p) ) {
		case 33u: goto tr26;
		case 40u: goto st36;
		case 77u: goto tr27;
		case 109u: goto tr27;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr26;
		} else if ( (*p) >= 35u )
			goto tr26;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr26;
		} else if ( (*p) >= 94u )
			goto tr26;
	} else
		goto tr26;
	goto st0;
tr129:
	{ IMW_EV_CLOSE(IMW_RULE_SECTION); }
	goto st36;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
	switch( (*p) ) {
		case 66u: goto st37;
		case 69u: goto st122;
		case 70u: goto st133;
		case 73u: goto st137;
		case 77u: goto st147;
		case 80u: goto st152;
		case 82u: goto st165;
		case 83u: goto st182;
		case 84u: goto st185;
		case 85u: goto st126;
		case 98u: goto st37;
		case 101u: goto st122;
		case 102u: goto st133;
		case 105u: goto st137;
		case 109u: goto st147;
		case 112u: goto st152;
		case 114u: goto st165;
		case 115u: goto st182;
		case 116u: goto st185;
		case 117u: goto st126;
	}
	goto st0;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
	switch( (*p) ) {
		case 73u: goto st38;
		case 79u: goto st65;
		case 105u: goto st38;
		case 111u: goto st65;
	}
	goto st0;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
	switch( (*p) ) {
		case 78u: goto st39;
		case 110u: goto st39;
	}
	goto st0;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
	switch( (*p) ) {
		case 65u: goto st40;
		case 97u: goto st40;
	}
	goto st0;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
	switch( (*p) ) {
		case 82u: goto st41;
		case 114u: goto st41;
	}
	goto st0;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	switch( (*p) ) {
		case 89u: goto st42;
		case 121u: goto st42;
	}
	goto st0;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	switch( (*p) ) {
		case 46u: goto st43;
		case 91u: goto st48;
	}
	goto st0;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
	switch( (*p) ) {
		case 80u: goto st44;
		case 83u: goto st58;
		case 112u: goto st44;
		case 115u: goto st58;
	}
	goto st0;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
	switch( (*p) ) {
		case 69u: goto st45;
		case 101u: goto st45;
	}
	goto st0;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
	switch( (*p) ) {
		case 69u: goto st46;
		case 101u: goto st46;
	}
	goto st0;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
	switch( (*p) ) {
		case 75u: goto st47;
		case 107u: goto st47;
	}
	goto st0;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
	if ( (*p) == 91u )
		goto st48;
	goto st0;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
	if ( (*p) == 93u )
		goto st51;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr65;
	goto st0;
tr68:
	{ {p = (( IMW_SKIP_TO(49)))-1;} }
	goto st49;
tr65:
	{ IMW_EV_OPEN(IMW_RULE_SECTION_PART); }
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(49)))-1;} }
	goto st49;
tr70:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(49)))-1;} }
	goto st49;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
	switch( (*p) ) {
		case 46u: goto tr67;
		case 93u: goto tr69;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr68;
	goto st0;
tr67:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st50;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr70;
	goto st0;
tr69:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SECTION_PART); }
	goto st51;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
	switch( (*p) ) {
		case 32u: goto st36;
		case 41u: goto st52;
		case 60u: goto st53;
	}
	goto st0;
tr130:
	{ IMW_EV_CLOSE(IMW_RULE_SECTION); }
	goto st52;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
	switch( (*p) ) {
		case 32u: goto st20;
		case 41u: goto st22;
	}
	goto st0;
tr131:
	{ IMW_EV_CLOSE(IMW_RULE_SECTION); }
	goto st53;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr73;
	goto st0;
tr75:
	{ {p = (( IMW_SKIP_TO(54)))-1;} }
	goto st54;
tr73:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(54)))-1;} }
	goto st54;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
	if ( (*p) == 46u )
		goto tr74;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr75;
	goto st0;
tr74:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st55;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr76;
	goto st0;
tr77:
	{ {p = (( IMW_SKIP_TO(56)))-1;} }
	goto st56;
tr76:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(56)))-1;} }
	goto st56;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
	if ( (*p) == 62u )
		goto tr78;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr77;
	goto st0;
tr78:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st57;
tr87:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SECTION_PART); }
	goto st57;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
	switch( (*p) ) {
		case 32u: goto st36;
		case 41u: goto st52;
	}
	goto st0;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
	switch( (*p) ) {
		case 73u: goto st59;
		case 105u: goto st59;
	}
	goto st0;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
	switch( (*p) ) {
		case 90u: goto st60;
		case 122u: goto st60;
	}
	goto st0;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
	switch( (*p) ) {
		case 69u: goto st61;
		case 101u: goto st61;
	}
	goto st0;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
	if ( (*p) == 91u )
		goto st62;
	goto st0;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
	if ( (*p) == 93u )
		goto st57;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr83;
	goto st0;
tr86:
	{ {p = (( IMW_SKIP_TO(63)))-1;} }
	goto st63;
tr83:
	{ IMW_EV_OPEN(IMW_RULE_SECTION_PART); }
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(63)))-1;} }
	goto st63;
tr88:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(63)))-1;} }
	goto st63;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
	switch( (*p) ) {
		case 46u: goto tr85;
		case 93u: goto tr87;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr86;
	goto st0;
tr85:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st64;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr88;
	goto st0;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
	switch( (*p) ) {
		case 68u: goto st66;
		case 100u: goto st66;
	}
	goto st0;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
	switch( (*p) ) {
		case 89u: goto st67;
		case 121u: goto st67;
	}
	goto st0;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
	switch( (*p) ) {
		case 32u: goto st36;
		case 41u: goto st52;
		case 46u: goto st68;
		case 83u: goto st114;
		case 91u: goto tr93;
		case 115u: goto st114;
	}
	goto st0;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
	switch( (*p) ) {
		case 80u: goto st69;
		case 112u: goto st69;
	}
	goto st0;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
	switch( (*p) ) {
		case 69u: goto st70;
		case 101u: goto st70;
	}
	goto st0;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
	switch( (*p) ) {
		case 69u: goto st71;
		case 101u: goto st71;
	}
	goto st0;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
	switch( (*p) ) {
		case 75u: goto st72;
		case 107u: goto st72;
	}
	goto st0;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
	if ( (*p) == 91u )
		goto tr93;
	goto st0;
tr93:
	{ IMW_EV_OPEN(IMW_RULE_SECTION); }
	goto st73;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
	switch( (*p) ) {
		case 72u: goto st76;
		case 84u: goto st111;
		case 93u: goto st93;
		case 104u: goto st76;
		case 116u: goto st111;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr98;
	goto st0;
tr103:
	{ {p = (( IMW_SKIP_TO(74)))-1;} }
	goto st74;
tr98:
	{ IMW_EV_OPEN(IMW_RULE_SECTION_PART); }
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(74)))-1;} }
	goto st74;
tr105:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(74)))-1;} }
	goto st74;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
	switch( (*p) ) {
		case 46u: goto tr102;
		case 93u: goto tr104;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr103;
	goto st0;
tr102:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SECTION_PART); }
	goto st75;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
	switch( (*p) ) {
		case 72u: goto st76;
		case 77u: goto st107;
		case 84u: goto st111;
		case 104u: goto st76;
		case 109u: goto st107;
		case 116u: goto st111;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr105;
	goto st0;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
	switch( (*p) ) {
		case 69u: goto st77;
		case 101u: goto st77;
	}
	goto st0;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
	switch( (*p) ) {
		case 65u: goto st78;
		case 97u: goto st78;
	}
	goto st0;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
	switch( (*p) ) {
		case 68u: goto st79;
		case 100u: goto st79;
	}
	goto st0;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
	switch( (*p) ) {
		case 69u: goto st80;
		case 101u: goto st80;
	}
	goto st0;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
	switch( (*p) ) {
		case 82u: goto st81;
		case 114u: goto st81;
	}
	goto st0;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
	switch( (*p) ) {
		case 46u: goto st82;
		case 93u: goto st93;
	}
	goto st0;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
	switch( (*p) ) {
		case 70u: goto st83;
		case 102u: goto st83;
	}
	goto st0;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
	switch( (*p) ) {
		case 73u: goto st84;
		case 105u: goto st84;
	}
	goto st0;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
	switch( (*p) ) {
		case 69u: goto st85;
		case 101u: goto st85;
	}
	goto st0;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
	switch( (*p) ) {
		case 76u: goto st86;
		case 108u: goto st86;
	}
	goto st0;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
	switch( (*p) ) {
		case 68u: goto st87;
		case 100u: goto st87;
	}
	goto st0;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
	switch( (*p) ) {
		case 83u: goto st88;
		case 115u: goto st88;
	}
	goto st0;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
	switch( (*p) ) {
		case 32u: goto st89;
		case 46u: goto st103;
	}
	goto st0;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
	if ( (*p) == 40u )
		goto tr121;
	goto st0;
tr121:
	{ IMW_EV_OPEN(IMW_RULE_HEADER_LIST); }
	goto st90;
tr125:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st90;
tr142:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st90;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
	switch( (*p) ) {
		case 34u: goto tr123;
		case 123u: goto tr124;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr122;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr122;
		} else if ( (*p) >= 43u )
			goto tr122;
	} else
		goto tr122;
	goto st0;
tr126:
	{ {p = (( IMW_SKIP_TO(91)))-1;} }
	goto st91;
tr122:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(91)))-1;} }
	goto st91;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
	switch( (*p) ) {
		case 32u: goto tr125;
		case 33u: goto tr126;
		case 41u: goto tr127;
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
		} else if ( (*p) >= 93u )
			goto tr126;
	} else
		goto tr126;
	goto st0;
tr127:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st92;
tr143:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st92;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
	if ( (*p) == 93u )
		goto tr128;
	goto st0;
tr104:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SECTION_PART); }
	goto st93;
tr128:
	{ IMW_EV_CLOSE(IMW_RULE_HEADER_LIST); }
	goto st93;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
	switch( (*p) ) {
		case 32u: goto tr129;
		case 41u: goto tr130;
		case 60u: goto tr131;
	}
	goto st0;
tr132:
	{ {p = (( IMW_SKIP_TO(94)))-1;} }
	goto st94;
tr123:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(94)))-1;} }
	goto st94;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr133;
		case 92u: goto tr134;
	}
	goto tr132;
tr133:
	{ {p = (( IMW_SKIP_TO(95)))-1;} }
	goto st95;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
	switch( (*p) ) {
		case 32u: goto tr125;
		case 41u: goto tr127;
	}
	goto st0;
tr134:
	{ {p = (( IMW_SKIP_TO(96)))-1;} }
	goto st96;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
	switch( (*p) ) {
		case 34u: goto tr132;
		case 92u: goto tr132;
	}
	goto st0;
tr124:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(97)))-1;} }
	goto st97;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr135;
	goto st0;
tr137:
	{ {p = (( IMW_SKIP_TO(98)))-1;} }
	goto st98;
tr135:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(98)))-1;} }
	goto st98;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
	switch( (*p) ) {
		case 43u: goto tr136;
		case 125u: goto tr138;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr137;
	goto st0;
tr136:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(99)))-1;} }
	goto st99;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
	if ( (*p) == 125u )
		goto tr139;
	goto st0;
tr139:
	{ {p = (( IMW_SKIP_TO(100)))-1;} }
	goto st100;
tr138:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(100)))-1;} }
	goto st100;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
	if ( (*p) == 13u )
		goto tr140;
	goto st0;
tr140:
	{ {p = (( IMW_SKIP_TO(101)))-1;} }
	goto st101;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
	if ( (*p) == 10u )
		goto tr141;
	goto st0;
tr141:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(102)))-1;} }
	goto st102;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
	switch( (*p) ) {
		case 32u: goto tr142;
		case 41u: goto tr143;
	}
	goto st0;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
	switch( (*p) ) {
		case 78u: goto st104;
		case 110u: goto st104;
	}
	goto st0;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
	switch( (*p) ) {
		case 79u: goto st105;
		case 111u: goto st105;
	}
	goto st0;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
	switch( (*p) ) {
		case 84u: goto st106;
		case 116u: goto st106;
	}
	goto st0;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
	if ( (*p) == 32u )
		goto st89;
	goto st0;
st107:
	if ( ++p == pe )
		goto _test_eof107;
case 107:
	switch( (*p) ) {
		case 73u: goto st108;
		case 105u: goto st108;
	}
	goto st0;
st108:
	if ( ++p == pe )
		goto _test_eof108;
case 108:
	switch( (*p) ) {
		case 77u: goto st109;
		case 109u: goto st109;
	}
	goto st0;
st109:
	if ( ++p == pe )
		goto _test_eof109;
case 109:
	switch( (*p) ) {
		case 69u: goto st110;
		case 101u: goto st110;
	}
	goto st0;
st110:
	if ( ++p == pe )
		goto _test_eof110;
case 110:
	if ( (*p) == 93u )
		goto st93;
	goto st0;
st111:
	if ( ++p == pe )
		goto _test_eof111;
case 111:
	switch( (*p) ) {
		case 69u: goto st112;
		case 101u: goto st112;
	}
	goto st0;
st112:
	if ( ++p == pe )
		goto _test_eof112;
case 112:
	switch( (*p) ) {
		case 88u: goto st113;
		case 120u: goto st113;
	}
	goto st0;
st113:
	if ( ++p == pe )
		goto _test_eof113;
case 113:
	switch( (*p) ) {
		case 84u: goto st110;
		case 116u: goto st110;
	}
	goto st0;
st114:
	if ( ++p == pe )
		goto _test_eof114;
case 114:
	switch( (*p) ) {
		case 84u: goto st115;
		case 116u: goto st115;
	}
	goto st0;
st115:
	if ( ++p == pe )
		goto _test_eof115;
case 115:
	switch( (*p) ) {
		case 82u: goto st116;
		case 114u: goto st116;
	}
	goto st0;
st116:
	if ( ++p == pe )
		goto _test_eof116;
case 116:
	switch( (*p) ) {
		case 85u: goto st117;
		case 117u: goto st117;
	}
	goto st0;
st117:
	if ( ++p == pe )
		goto _test_eof117;
case 117:
	switch( (*p) ) {
		case 67u: goto st118;
		case 99u: goto st118;
	}
	goto st0;
st118:
	if ( ++p == pe )
		goto _test_eof118;
case 118:
	switch( (*p) ) {
		case 84u: goto st119;
		case 116u: goto st119;
	}
	goto st0;
st119:
	if ( ++p == pe )
		goto _test_eof119;
case 119:
	switch( (*p) ) {
		case 85u: goto st120;
		case 117u: goto st120;
	}
	goto st0;
st120:
	if ( ++p == pe )
		goto _test_eof120;
case 120:
	switch( (*p) ) {
		case 82u: goto st121;
		case 114u: goto st121;
	}
	goto st0;
st121:
	if ( ++p == pe )
		goto _test_eof121;
case 121:
	switch( (*p) ) {
		case 69u: goto st57;
		case 101u: goto st57;
	}
	goto st0;
st122:
	if ( ++p == pe )
		goto _test_eof122;
case 122:
	switch( (*p) ) {
		case 77u: goto st123;
		case 78u: goto st128;
		case 109u: goto st123;
		case 110u: goto st128;
	}
	goto st0;
st123:
	if ( ++p == pe )
		goto _test_eof123;
case 123:
	switch( (*p) ) {
		case 65u: goto st124;
		case 97u: goto st124;
	}
	goto st0;
st124:
	if ( ++p == pe )
		goto _test_eof124;
case 124:
	switch( (*p) ) {
		case 73u: goto st125;
		case 105u: goto st125;
	}
	goto st0;
st125:
	if ( ++p == pe )
		goto _test_eof125;
case 125:
	switch( (*p) ) {
		case 76u: goto st126;
		case 108u: goto st126;
	}
	goto st0;
st126:
	if ( ++p == pe )
		goto _test_eof126;
case 126:
	switch( (*p) ) {
		case 73u: goto st127;
		case 105u: goto st127;
	}
	goto st0;
st127:
	if ( ++p == pe )
		goto _test_eof127;
case 127:
	switch( (*p) ) {
		case 68u: goto st57;
		case 100u: goto st57;
	}
	goto st0;
st128:
	if ( ++p == pe )
		goto _test_eof128;
case 128:
	switch( (*p) ) {
		case 86u: goto st129;
		case 118u: goto st129;
	}
	goto st0;
st129:
	if ( ++p == pe )
		goto _test_eof129;
case 129:
	switch( (*p) ) {
		case 69u: goto st130;
		case 101u: goto st130;
	}
	goto st0;
st130:
	if ( ++p == pe )
		goto _test_eof130;
case 130:
	switch( (*p) ) {
		case 76u: goto st131;
		case 108u: goto st131;
	}
	goto st0;
st131:
	if ( ++p == pe )
		goto _test_eof131;
case 131:
	switch( (*p) ) {
		case 79u: goto st132;
		case 111u: goto st132;
	}
	goto st0;
st132:
	if ( ++p == pe )
		goto _test_eof132;
case 132:
	switch( (*p) ) {
		case 80u: goto st121;
		case 112u: goto st121;
	}
	goto st0;
st133:
	if ( ++p == pe )
		goto _test_eof133;
case 133:
	switch( (*p) ) {
		case 76u: goto st134;
		case 108u: goto st134;
	}
	goto st0;
st134:
	if ( ++p == pe )
		goto _test_eof134;
case 134:
	switch( (*p) ) {
		case 65u: goto st135;
		case 97u: goto st135;
	}
	goto st0;
st135:
	if ( ++p == pe )
		goto _test_eof135;
case 135:
	switch( (*p) ) {
		case 71u: goto st136;
		case 103u: goto st136;
	}
	goto st0;
st136:
	if ( ++p == pe )
		goto _test_eof136;
case 136:
	switch( (*p) ) {
		case 83u: goto st57;
		case 115u: goto st57;
	}
	goto st0;
st137:
	if ( ++p == pe )
		goto _test_eof137;
case 137:
	switch( (*p) ) {
		case 78u: goto st138;
		case 110u: goto st138;
	}
	goto st0;
st138:
	if ( ++p == pe )
		goto _test_eof138;
case 138:
	switch( (*p) ) {
		case 84u: goto st139;
		case 116u: goto st139;
	}
	goto st0;
st139:
	if ( ++p == pe )
		goto _test_eof139;
case 139:
	switch( (*p) ) {
		case 69u: goto st140;
		case 101u: goto st140;
	}
	goto st0;
st140:
	if ( ++p == pe )
		goto _test_eof140;
case 140:
	switch( (*p) ) {
		case 82u: goto st141;
		case 114u: goto st141;
	}
	goto st0;
st141:
	if ( ++p == pe )
		goto _test_eof141;
case 141:
	switch( (*p) ) {
		case 78u: goto st142;
		case 110u: goto st142;
	}
	goto st0;
st142:
	if ( ++p == pe )
		goto _test_eof142;
case 142:
	switch( (*p) ) {
		case 65u: goto st143;
		case 97u: goto st143;
	}
	goto st0;
st143:
	if ( ++p == pe )
		goto _test_eof143;
case 143:
	switch( (*p) ) {
		case 76u: goto st144;
		case 108u: goto st144;
	}
	goto st0;
st144:
	if ( ++p == pe )
		goto _test_eof144;
case 144:
	switch( (*p) ) {
		case 68u: goto st145;
		case 100u: goto st145;
	}
	goto st0;
st145:
	if ( ++p == pe )
		goto _test_eof145;
case 145:
	switch( (*p) ) {
		case 65u: goto st146;
		case 97u: goto st146;
	}
	goto st0;
st146:
	if ( ++p == pe )
		goto _test_eof146;
case 146:
	switch( (*p) ) {
		case 84u: goto st121;
		case 116u: goto st121;
	}
	goto st0;
st147:
	if ( ++p == pe )
		goto _test_eof147;
case 147:
	switch( (*p) ) {
		case 79u: goto st148;
		case 111u: goto st148;
	}
	goto st0;
st148:
	if ( ++p == pe )
		goto _test_eof148;
case 148:
	switch( (*p) ) {
		case 68u: goto st149;
		case 100u: goto st149;
	}
	goto st0;
st149:
	if ( ++p == pe )
		goto _test_eof149;
case 149:
	switch( (*p) ) {
		case 83u: goto st150;
		case 115u: goto st150;
	}
	goto st0;
st150:
	if ( ++p == pe )
		goto _test_eof150;
case 150:
	switch( (*p) ) {
		case 69u: goto st151;
		case 101u: goto st151;
	}
	goto st0;
st151:
	if ( ++p == pe )
		goto _test_eof151;
case 151:
	switch( (*p) ) {
		case 81u: goto st57;
		case 113u: goto st57;
	}
	goto st0;
st152:
	if ( ++p == pe )
		goto _test_eof152;
case 152:
	switch( (*p) ) {
		case 82u: goto st153;
		case 114u: goto st153;
	}
	goto st0;
st153:
	if ( ++p == pe )
		goto _test_eof153;
case 153:
	switch( (*p) ) {
		case 69u: goto st154;
		case 101u: goto st154;
	}
	goto st0;
st154:
	if ( ++p == pe )
		goto _test_eof154;
case 154:
	switch( (*p) ) {
		case 86u: goto st155;
		case 118u: goto st155;
	}
	goto st0;
st155:
	if ( ++p == pe )
		goto _test_eof155;
case 155:
	switch( (*p) ) {
		case 73u: goto st156;
		case 105u: goto st156;
	}
	goto st0;
st156:
	if ( ++p == pe )
		goto _test_eof156;
case 156:
	switch( (*p) ) {
		case 69u: goto st157;
		case 101u: goto st157;
	}
	goto st0;
st157:
	if ( ++p == pe )
		goto _test_eof157;
case 157:
	switch( (*p) ) {
		case 87u: goto st158;
		case 119u: goto st158;
	}
	goto st0;
st158:
	if ( ++p == pe )
		goto _test_eof158;
case 158:
	switch( (*p) ) {
		case 32u: goto st159;
		case 41u: goto st52;
	}
	goto st0;
st159:
	if ( ++p == pe )
		goto _test_eof159;
case 159:
	switch( (*p) ) {
		case 40u: goto st160;
		case 66u: goto st37;
		case 69u: goto st122;
		case 70u: goto st133;
		case 73u: goto st137;
		case 77u: goto st147;
		case 80u: goto st152;
		case 82u: goto st165;
		case 83u: goto st182;
		case 84u: goto st185;
		case 85u: goto st126;
		case 98u: goto st37;
		case 101u: goto st122;
		case 102u: goto st133;
		case 105u: goto st137;
		case 109u: goto st147;
		case 112u: goto st152;
		case 114u: goto st165;
		case 115u: goto st182;
		case 116u: goto st185;
		case 117u: goto st126;
	}
	goto st0;
st160:
	if ( ++p == pe )
		goto _test_eof160;
case 160:
	switch( (*p) ) {
		case 76u: goto st161;
		case 108u: goto st161;
	}
	goto st0;
st161:
	if ( ++p == pe )
		goto _test_eof161;
case 161:
	switch( (*p) ) {
		case 65u: goto st162;
		case 97u: goto st162;
	}
	goto st0;
st162:
	if ( ++p == pe )
		goto _test_eof162;
case 162:
	switch( (*p) ) {
		case 90u: goto st163;
		case 122u: goto st163;
	}
	goto st0;
st163:
	if ( ++p == pe )
		goto _test_eof163;
case 163:
	switch( (*p) ) {
		case 89u: goto st164;
		case 121u: goto st164;
	}
	goto st0;
st164:
	if ( ++p == pe )
		goto _test_eof164;
case 164:
	switch( (*p) ) {
		case 32u: goto st160;
		case 41u: goto st57;
	}
	goto st0;
st165:
	if ( ++p == pe )
		goto _test_eof165;
case 165:
	switch( (*p) ) {
		case 70u: goto st166;
		case 102u: goto st166;
	}
	goto st0;
st166:
	if ( ++p == pe )
		goto _test_eof166;
case 166:
	switch( (*p) ) {
		case 67u: goto st167;
		case 99u: goto st167;
	}
	goto st0;
st167:
	if ( ++p == pe )
		goto _test_eof167;
case 167:
	if ( (*p) == 56u )
		goto st168;
	goto st0;
st168:
	if ( ++p == pe )
		goto _test_eof168;
case 168:
	if ( (*p) == 50u )
		goto st169;
	goto st0;
st169:
	if ( ++p == pe )
		goto _test_eof169;
case 169:
	if ( (*p) == 50u )
		goto st170;
	goto st0;
st170:
	if ( ++p == pe )
		goto _test_eof170;
case 170:
	switch( (*p) ) {
		case 32u: goto st36;
		case 41u: goto st52;
		case 46u: goto st171;
	}
	goto st0;
st171:
	if ( ++p == pe )
		goto _test_eof171;
case 171:
	switch( (*p) ) {
		case 72u: goto st172;
		case 83u: goto st177;
		case 84u: goto st179;
		case 104u: goto st172;
		case 115u: goto st177;
		case 116u: goto st179;
	}
	goto st0;
st172:
	if ( ++p == pe )
		goto _test_eof172;
case 172:
	switch( (*p) ) {
		case 69u: goto st173;
		case 101u: goto st173;
	}
	goto st0;
st173:
	if ( ++p == pe )
		goto _test_eof173;
case 173:
	switch( (*p) ) {
		case 65u: goto st174;
		case 97u: goto st174;
	}
	goto st0;
st174:
	if ( ++p == pe )
		goto _test_eof174;
case 174:
	switch( (*p) ) {
		case 68u: goto st175;
		case 100u: goto st175;
	}
	goto st0;
st175:
	if ( ++p == pe )
		goto _test_eof175;
case 175:
	switch( (*p) ) {
		case 69u: goto st176;
		case 101u: goto st176;
	}
	goto st0;
st176:
	if ( ++p == pe )
		goto _test_eof176;
case 176:
	switch( (*p) ) {
		case 82u: goto st57;
		case 114u: goto st57;
	}
	goto st0;
st177:
	if ( ++p == pe )
		goto _test_eof177;
case 177:
	switch( (*p) ) {
		case 73u: goto st178;
		case 105u: goto st178;
	}
	goto st0;
st178:
	if ( ++p == pe )
		goto _test_eof178;
case 178:
	switch( (*p) ) {
		case 90u: goto st121;
		case 122u: goto st121;
	}
	goto st0;
st179:
	if ( ++p == pe )
		goto _test_eof179;
case 179:
	switch( (*p) ) {
		case 69u: goto st180;
		case 101u: goto st180;
	}
	goto st0;
st180:
	if ( ++p == pe )
		goto _test_eof180;
case 180:
	switch( (*p) ) {
		case 88u: goto st181;
		case 120u: goto st181;
	}
	goto st0;
st181:
	if ( ++p == pe )
		goto _test_eof181;
case 181:
	switch( (*p) ) {
		case 84u: goto st57;
		case 116u: goto st57;
	}
	goto st0;
st182:
	if ( ++p == pe )
		goto _test_eof182;
case 182:
	switch( (*p) ) {
		case 65u: goto st183;
		case 97u: goto st183;
	}
	goto st0;
st183:
	if ( ++p == pe )
		goto _test_eof183;
case 183:
	switch( (*p) ) {
		case 86u: goto st184;
		case 118u: goto st184;
	}
	goto st0;
st184:
	if ( ++p == pe )
		goto _test_eof184;
case 184:
	switch( (*p) ) {
		case 69u: goto st144;
		case 101u: goto st144;
	}
	goto st0;
st185:
	if ( ++p == pe )
		goto _test_eof185;
case 185:
	switch( (*p) ) {
		case 72u: goto st186;
		case 104u: goto st186;
	}
	goto st0;
st186:
	if ( ++p == pe )
		goto _test_eof186;
case 186:
	switch( (*p) ) {
		case 82u: goto st187;
		case 114u: goto st187;
	}
	goto st0;
st187:
	if ( ++p == pe )
		goto _test_eof187;
case 187:
	switch( (*p) ) {
		case 69u: goto st188;
		case 101u: goto st188;
	}
	goto st0;
st188:
	if ( ++p == pe )
		goto _test_eof188;
case 188:
	switch( (*p) ) {
		case 65u: goto st189;
		case 97u: goto st189;
	}
	goto st0;
st189:
	if ( ++p == pe )
		goto _test_eof189;
case 189:
	switch( (*p) ) {
		case 68u: goto st126;
		case 100u: goto st126;
	}
	goto st0;
st190:
	if ( ++p == pe )
		goto _test_eof190;
case 190:
	switch( (*p) ) {
		case 79u: goto st191;
		case 111u: goto st191;
	}
	goto st0;
st191:
	if ( ++p == pe )
		goto _test_eof191;
case 191:
	switch( (*p) ) {
		case 78u: goto st192;
		case 110u: goto st192;
	}
	goto st0;
st192:
	if ( ++p == pe )
		goto _test_eof192;
case 192:
	switch( (*p) ) {
		case 69u: goto st22;
		case 101u: goto st22;
	}
	goto st0;
st193:
	if ( ++p == pe )
		goto _test_eof193;
case 193:
	switch( (*p) ) {
		case 65u: goto st194;
		case 97u: goto st194;
	}
	goto st0;
st194:
	if ( ++p == pe )
		goto _test_eof194;
case 194:
	switch( (*p) ) {
		case 73u: goto st195;
		case 105u: goto st195;
	}
	goto st0;
st195:
	if ( ++p == pe )
		goto _test_eof195;
case 195:
	switch( (*p) ) {
		case 76u: goto st196;
		case 108u: goto st196;
	}
	goto st0;
st196:
	if ( ++p == pe )
		goto _test_eof196;
case 196:
	switch( (*p) ) {
		case 66u: goto st197;
		case 98u: goto st197;
	}
	goto st0;
st197:
	if ( ++p == pe )
		goto _test_eof197;
case 197:
	switch( (*p) ) {
		case 79u: goto st198;
		case 111u: goto st198;
	}
	goto st0;
st198:
	if ( ++p == pe )
		goto _test_eof198;
case 198:
	switch( (*p) ) {
		case 88u: goto st199;
		case 120u: goto st199;
	}
	goto st0;
st199:
	if ( ++p == pe )
		goto _test_eof199;
case 199:
	switch( (*p) ) {
		case 69u: goto st200;
		case 101u: goto st200;
	}
	goto st0;
st200:
	if ( ++p == pe )
		goto _test_eof200;
case 200:
	switch( (*p) ) {
		case 83u: goto st201;
		case 115u: goto st201;
	}
	goto st0;
st201:
	if ( ++p == pe )
		goto _test_eof201;
case 201:
	if ( (*p) == 32u )
		goto st202;
	goto st0;
st202:
	if ( ++p == pe )
		goto _test_eof202;
case 202:
	switch( (*p) ) {
		case 34u: goto tr230;
		case 40u: goto st207;
		case 123u: goto tr232;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr229;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr229;
		} else if ( (*p) >= 43u )
			goto tr229;
	} else
		goto tr229;
	goto st0;
tr234:
	{ {p = (( IMW_SKIP_TO(203)))-1;} }
	goto st203;
tr229:
	{ IMW_EV_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(203)))-1;} }
	goto st203;
st203:
	if ( ++p == pe )
		goto _test_eof203;
case 203:
	switch( (*p) ) {
		case 32u: goto tr233;
		case 33u: goto tr234;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr234;
		} else if ( (*p) >= 35u )
			goto tr234;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr234;
		} else if ( (*p) >= 93u )
			goto tr234;
	} else
		goto tr234;
	goto st0;
tr235:
	{ {p = (( IMW_SKIP_TO(204)))-1;} }
	goto st204;
tr230:
	{ IMW_EV_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(204)))-1;} }
	goto st204;
st204:
	if ( ++p == pe )
		goto _test_eof204;
case 204:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr236;
		case 92u: goto tr237;
	}
	goto tr235;
tr236:
	{ {p = (( IMW_SKIP_TO(205)))-1;} }
	goto st205;
st205:
	if ( ++p == pe )
		goto _test_eof205;
case 205:
	if ( (*p) == 32u )
		goto tr233;
	goto st0;
tr237:
	{ {p = (( IMW_SKIP_TO(206)))-1;} }
	goto st206;
st206:
	if ( ++p == pe )
		goto _test_eof206;
case 206:
	switch( (*p) ) {
		case 34u: goto tr235;
		case 92u: goto tr235;
	}
	goto st0;
tr241:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_MAILBOX); }
	goto st207;
tr254:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_MAILBOX); }
	goto st207;
st207:
	if ( ++p == pe )
		goto _test_eof207;
case 207:
	switch( (*p) ) {
		case 34u: goto tr239;
		case 123u: goto tr240;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr238;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr238;
		} else if ( (*p) >= 43u )
			goto tr238;
	} else
		goto tr238;
	goto st0;
tr242:
	{ {p = (( IMW_SKIP_TO(208)))-1;} }
	goto st208;
tr238:
	{ IMW_EV_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(208)))-1;} }
	goto st208;
st208:
	if ( ++p == pe )
		goto _test_eof208;
case 208:
	switch( (*p) ) {
		case 32u: goto tr241;
		case 33u: goto tr242;
		case 41u: goto tr243;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr242;
		} else if ( (*p) >= 35u )
			goto tr242;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr242;
		} else if ( (*p) >= 93u )
			goto tr242;
	} else
		goto tr242;
	goto st0;
tr244:
	{ {p = (( IMW_SKIP_TO(209)))-1;} }
	goto st209;
tr239:
	{ IMW_EV_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(209)))-1;} }
	goto st209;
st209:
	if ( ++p == pe )
		goto _test_eof209;
case 209:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr245;
		case 92u: goto tr246;
	}
	goto tr244;
tr245:
	{ {p = (( IMW_SKIP_TO(210)))-1;} }
	goto st210;
st210:
	if ( ++p == pe )
		goto _test_eof210;
case 210:
	switch( (*p) ) {
		case 32u: goto tr241;
		case 41u: goto tr243;
	}
	goto st0;
tr246:
	{ {p = (( IMW_SKIP_TO(211)))-1;} }
	goto st211;
st211:
	if ( ++p == pe )
		goto _test_eof211;
case 211:
	switch( (*p) ) {
		case 34u: goto tr244;
		case 92u: goto tr244;
	}
	goto st0;
tr240:
	{ IMW_EV_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(212)))-1;} }
	goto st212;
st212:
	if ( ++p == pe )
		goto _test_eof212;
case 212:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr247;
	goto st0;
tr249:
	{ {p = (( IMW_SKIP_TO(213)))-1;} }
	goto st213;
tr247:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(213)))-1;} }
	goto st213;
st213:
	if ( ++p == pe )
		goto _test_eof213;
case 213:
	switch( (*p) ) {
		case 43u: goto tr248;
		case 125u: goto tr250;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr249;
	goto st0;
tr248:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(214)))-1;} }
	goto st214;
st214:
	if ( ++p == pe )
		goto _test_eof214;
case 214:
	if ( (*p) == 125u )
		goto tr251;
	goto st0;
tr251:
	{ {p = (( IMW_SKIP_TO(215)))-1;} }
	goto st215;
tr250:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(215)))-1;} }
	goto st215;
st215:
	if ( ++p == pe )
		goto _test_eof215;
case 215:
	if ( (*p) == 13u )
		goto tr252;
	goto st0;
tr252:
	{ {p = (( IMW_SKIP_TO(216)))-1;} }
	goto st216;
st216:
	if ( ++p == pe )
		goto _test_eof216;
case 216:
	if ( (*p) == 10u )
		goto tr253;
	goto st0;
tr253:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(217)))-1;} }
	goto st217;
st217:
	if ( ++p == pe )
		goto _test_eof217;
case 217:
	switch( (*p) ) {
		case 32u: goto tr254;
		case 41u: goto tr255;
	}
	goto st0;
tr232:
	{ IMW_EV_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(218)))-1;} }
	goto st218;
st218:
	if ( ++p == pe )
		goto _test_eof218;
case 218:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr256;
	goto st0;
tr258:
	{ {p = (( IMW_SKIP_TO(219)))-1;} }
	goto st219;
tr256:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(219)))-1;} }
	goto st219;
st219:
	if ( ++p == pe )
		goto _test_eof219;
case 219:
	switch( (*p) ) {
		case 43u: goto tr257;
		case 125u: goto tr259;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr258;
	goto st0;
tr257:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(220)))-1;} }
	goto st220;
st220:
	if ( ++p == pe )
		goto _test_eof220;
case 220:
	if ( (*p) == 125u )
		goto tr260;
	goto st0;
tr260:
	{ {p = (( IMW_SKIP_TO(221)))-1;} }
	goto st221;
tr259:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(221)))-1;} }
	goto st221;
st221:
	if ( ++p == pe )
		goto _test_eof221;
case 221:
	if ( (*p) == 13u )
		goto tr261;
	goto st0;
tr261:
	{ {p = (( IMW_SKIP_TO(222)))-1;} }
	goto st222;
st222:
	if ( ++p == pe )
		goto _test_eof222;
case 222:
	if ( (*p) == 10u )
		goto tr262;
	goto st0;
tr262:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(223)))-1;} }
	goto st223;
st223:
	if ( ++p == pe )
		goto _test_eof223;
case 223:
	if ( (*p) == 32u )
		goto tr263;
	goto st0;
st224:
	if ( ++p == pe )
		goto _test_eof224;
case 224:
	switch( (*p) ) {
		case 69u: goto st225;
		case 101u: goto st225;
	}
	goto st0;
st225:
	if ( ++p == pe )
		goto _test_eof225;
case 225:
	switch( (*p) ) {
		case 82u: goto st226;
		case 114u: goto st226;
	}
	goto st0;
st226:
	if ( ++p == pe )
		goto _test_eof226;
case 226:
	switch( (*p) ) {
		case 83u: goto st227;
		case 115u: goto st227;
	}
	goto st0;
st227:
	if ( ++p == pe )
		goto _test_eof227;
case 227:
	switch( (*p) ) {
		case 79u: goto st228;
		case 111u: goto st228;
	}
	goto st0;
st228:
	if ( ++p == pe )
		goto _test_eof228;
case 228:
	switch( (*p) ) {
		case 78u: goto st229;
		case 110u: goto st229;
	}
	goto st0;
st229:
	if ( ++p == pe )
		goto _test_eof229;
case 229:
	switch( (*p) ) {
		case 65u: goto st230;
		case 97u: goto st230;
	}
	goto st0;
st230:
	if ( ++p == pe )
		goto _test_eof230;
case 230:
	switch( (*p) ) {
		case 76u: goto st18;
		case 108u: goto st18;
	}
	goto st0;
st231:
	if ( ++p == pe )
		goto _test_eof231;
case 231:
	switch( (*p) ) {
		case 69u: goto st232;
		case 85u: goto st246;
		case 101u: goto st232;
		case 117u: goto st246;
	}
	goto st0;
st232:
	if ( ++p == pe )
		goto _test_eof232;
case 232:
	switch( (*p) ) {
		case 76u: goto st233;
		case 108u: goto st233;
	}
	goto st0;
st233:
	if ( ++p == pe )
		goto _test_eof233;
case 233:
	switch( (*p) ) {
		case 69u: goto st234;
		case 101u: goto st234;
	}
	goto st0;
st234:
	if ( ++p == pe )
		goto _test_eof234;
case 234:
	switch( (*p) ) {
		case 67u: goto st235;
		case 99u: goto st235;
	}
	goto st0;
st235:
	if ( ++p == pe )
		goto _test_eof235;
case 235:
	switch( (*p) ) {
		case 84u: goto st236;
		case 116u: goto st236;
	}
	goto st0;
st236:
	if ( ++p == pe )
		goto _test_eof236;
case 236:
	switch( (*p) ) {
		case 69u: goto st237;
		case 101u: goto st237;
	}
	goto st0;
st237:
	if ( ++p == pe )
		goto _test_eof237;
case 237:
	switch( (*p) ) {
		case 68u: goto st238;
		case 100u: goto st238;
	}
	goto st0;
st238:
	if ( ++p == pe )
		goto _test_eof238;
case 238:
	switch( (*p) ) {
		case 32u: goto st19;
		case 45u: goto st239;
	}
	goto st0;
st239:
	if ( ++p == pe )
		goto _test_eof239;
case 239:
	switch( (*p) ) {
		case 68u: goto st240;
		case 100u: goto st240;
	}
	goto st0;
st240:
	if ( ++p == pe )
		goto _test_eof240;
case 240:
	switch( (*p) ) {
		case 69u: goto st241;
		case 101u: goto st241;
	}
	goto st0;
st241:
	if ( ++p == pe )
		goto _test_eof241;
case 241:
	switch( (*p) ) {
		case 76u: goto st242;
		case 108u: goto st242;
	}
	goto st0;
st242:
	if ( ++p == pe )
		goto _test_eof242;
case 242:
	switch( (*p) ) {
		case 65u: goto st243;
		case 97u: goto st243;
	}
	goto st0;
st243:
	if ( ++p == pe )
		goto _test_eof243;
case 243:
	switch( (*p) ) {
		case 89u: goto st244;
		case 121u: goto st244;
	}
	goto st0;
st244:
	if ( ++p == pe )
		goto _test_eof244;
case 244:
	switch( (*p) ) {
		case 69u: goto st245;
		case 101u: goto st245;
	}
	goto st0;
st245:
	if ( ++p == pe )
		goto _test_eof245;
case 245:
	switch( (*p) ) {
		case 68u: goto st18;
		case 100u: goto st18;
	}
	goto st0;
st246:
	if ( ++p == pe )
		goto _test_eof246;
case 246:
	switch( (*p) ) {
		case 66u: goto st247;
		case 98u: goto st247;
	}
	goto st0;
st247:
	if ( ++p == pe )
		goto _test_eof247;
case 247:
	switch( (*p) ) {
		case 83u: goto st248;
		case 84u: goto st252;
		case 115u: goto st248;
		case 116u: goto st252;
	}
	goto st0;
st248:
	if ( ++p == pe )
		goto _test_eof248;
case 248:
	switch( (*p) ) {
		case 67u: goto st249;
		case 99u: goto st249;
	}
	goto st0;
st249:
	if ( ++p == pe )
		goto _test_eof249;
case 249:
	switch( (*p) ) {
		case 82u: goto st250;
		case 114u: goto st250;
	}
	goto st0;
st250:
	if ( ++p == pe )
		goto _test_eof250;
case 250:
	switch( (*p) ) {
		case 73u: goto st251;
		case 105u: goto st251;
	}
	goto st0;
st251:
	if ( ++p == pe )
		goto _test_eof251;
case 251:
	switch( (*p) ) {
		case 66u: goto st244;
		case 98u: goto st244;
	}
	goto st0;
st252:
	if ( ++p == pe )
		goto _test_eof252;
case 252:
	switch( (*p) ) {
		case 82u: goto st253;
		case 114u: goto st253;
	}
	goto st0;
st253:
	if ( ++p == pe )
		goto _test_eof253;
case 253:
	switch( (*p) ) {
		case 69u: goto st254;
		case 101u: goto st254;
	}
	goto st0;
st254:
	if ( ++p == pe )
		goto _test_eof254;
case 254:
	switch( (*p) ) {
		case 69u: goto st201;
		case 101u: goto st201;
	}
	goto st0;
st255:
	if ( ++p == pe )
		goto _test_eof255;
case 255:
	switch( (*p) ) {
		case 84u: goto st256;
		case 116u: goto st256;
	}
	goto st0;
st256:
	if ( ++p == pe )
		goto _test_eof256;
case 256:
	switch( (*p) ) {
		case 65u: goto st257;
		case 97u: goto st257;
	}
	goto st0;
st257:
	if ( ++p == pe )
		goto _test_eof257;
case 257:
	switch( (*p) ) {
		case 84u: goto st258;
		case 116u: goto st258;
	}
	goto st0;
st258:
	if ( ++p == pe )
		goto _test_eof258;
case 258:
	switch( (*p) ) {
		case 85u: goto st259;
		case 117u: goto st259;
	}
	goto st0;
st259:
	if ( ++p == pe )
		goto _test_eof259;
case 259:
	switch( (*p) ) {
		case 83u: goto st260;
		case 115u: goto st260;
	}
	goto st0;
st260:
	if ( ++p == pe )
		goto _test_eof260;
case 260:
	if ( (*p) == 32u )
		goto st24;
	goto st0;
	}
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof261: cs = 261; goto _test_eof; 
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

	_test_eof: {}
	_out: {}
	}


    (void)imw_notify_args_error;
    (void)imw_stack;
    (void)eof;
    return imw_sub_machine_end(run, cs >= imw_notify_args_first_final, p);
}
