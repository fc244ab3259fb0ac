
/* The notify-args machine (server side), split off so that each generated C
 * file stays quick to compile (`extern notify-args` in grammar/bindings).  It
 * runs from the rule's first octet to the CR of the command's final CRLF,
 * which it leaves to the caller.  Reached through IMW_EXTERN
 * (src/machine_glue.h); `make regen` turns this file into
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
    int imw_base = run->sub_top;
    int *imw_stack = run->sub_stack + imw_base;
    int imw_top = 0, cs; /* Ragel sets it only when the machine calls */

    
	{
	cs = imw_notify_args_start;
	}

    
	{
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
	p += 1;
case 2:
	switch( (*p) ) {
		case 78u: goto st3;
		case 83u: goto st7;
		case 110u: goto st3;
		case 115u: goto st7;
	}
	goto st0;
st3:
	p += 1;
case 3:
	switch( (*p) ) {
		case 79u: goto st4;
		case 111u: goto st4;
	}
	goto st0;
st4:
	p += 1;
case 4:
	switch( (*p) ) {
		case 78u: goto st5;
		case 110u: goto st5;
	}
	goto st0;
st5:
	p += 1;
case 5:
	switch( (*p) ) {
		case 69u: goto st6;
		case 101u: goto st6;
	}
	goto st0;
st6:
	p += 1;
case 6:
	if ( (*p) == 13u )
		goto tr7;
	goto st0;
tr7:
	{ IMW_EV_CLOSE(IMW_RULE_NOTIFY_ARGS); }
	{ p--; {p++; cs = 261; goto _out;} }
	goto st261;
st261:
	p += 1;
case 261:
	goto st0;
st7:
	p += 1;
case 7:
	switch( (*p) ) {
		case 69u: goto st8;
		case 101u: goto st8;
	}
	goto st0;
st8:
	p += 1;
case 8:
	switch( (*p) ) {
		case 84u: goto st9;
		case 116u: goto st9;
	}
	goto st0;
st9:
	p += 1;
case 9:
	if ( (*p) == 32u )
		goto st10;
	goto st0;
st10:
	p += 1;
case 10:
	switch( (*p) ) {
		case 40u: goto st11;
		case 83u: goto st255;
		case 115u: goto st255;
	}
	goto st0;
st11:
	p += 1;
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
	p += 1;
case 12:
	switch( (*p) ) {
		case 78u: goto st13;
		case 110u: goto st13;
	}
	goto st0;
st13:
	p += 1;
case 13:
	switch( (*p) ) {
		case 66u: goto st14;
		case 98u: goto st14;
	}
	goto st0;
st14:
	p += 1;
case 14:
	switch( (*p) ) {
		case 79u: goto st15;
		case 111u: goto st15;
	}
	goto st0;
st15:
	p += 1;
case 15:
	switch( (*p) ) {
		case 88u: goto st16;
		case 120u: goto st16;
	}
	goto st0;
st16:
	p += 1;
case 16:
	switch( (*p) ) {
		case 69u: goto st17;
		case 101u: goto st17;
	}
	goto st0;
st17:
	p += 1;
case 17:
	switch( (*p) ) {
		case 83u: goto st18;
		case 115u: goto st18;
	}
	goto st0;
tr243:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st18;
tr255:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st18;
st18:
	p += 1;
case 18:
	if ( (*p) == 32u )
		goto st19;
	goto st0;
tr233:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st19;
tr263:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st19;
st19:
	p += 1;
case 19:
	switch( (*p) ) {
		case 40u: goto st20;
		case 78u: goto st190;
		case 110u: goto st190;
	}
	goto st0;
st20:
	p += 1;
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
	p += 1;
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
	p += 1;
case 22:
	if ( (*p) == 41u )
		goto st23;
	goto st0;
st23:
	p += 1;
case 23:
	switch( (*p) ) {
		case 13u: goto tr7;
		case 32u: goto st24;
	}
	goto st0;
st24:
	p += 1;
case 24:
	if ( (*p) == 40u )
		goto st11;
	goto st0;
tr27:
	{ {p = (( IMW_SKIP_TO(25)))-1;} }
	goto st25;
st25:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 37:
	switch( (*p) ) {
		case 73u: goto st38;
		case 79u: goto st65;
		case 105u: goto st38;
		case 111u: goto st65;
	}
	goto st0;
st38:
	p += 1;
case 38:
	switch( (*p) ) {
		case 78u: goto st39;
		case 110u: goto st39;
	}
	goto st0;
st39:
	p += 1;
case 39:
	switch( (*p) ) {
		case 65u: goto st40;
		case 97u: goto st40;
	}
	goto st0;
st40:
	p += 1;
case 40:
	switch( (*p) ) {
		case 82u: goto st41;
		case 114u: goto st41;
	}
	goto st0;
st41:
	p += 1;
case 41:
	switch( (*p) ) {
		case 89u: goto st42;
		case 121u: goto st42;
	}
	goto st0;
st42:
	p += 1;
case 42:
	switch( (*p) ) {
		case 46u: goto st43;
		case 91u: goto st48;
	}
	goto st0;
st43:
	p += 1;
case 43:
	switch( (*p) ) {
		case 80u: goto st44;
		case 83u: goto st58;
		case 112u: goto st44;
		case 115u: goto st58;
	}
	goto st0;
st44:
	p += 1;
case 44:
	switch( (*p) ) {
		case 69u: goto st45;
		case 101u: goto st45;
	}
	goto st0;
st45:
	p += 1;
case 45:
	switch( (*p) ) {
		case 69u: goto st46;
		case 101u: goto st46;
	}
	goto st0;
st46:
	p += 1;
case 46:
	switch( (*p) ) {
		case 75u: goto st47;
		case 107u: goto st47;
	}
	goto st0;
st47:
	p += 1;
case 47:
	if ( (*p) == 91u )
		goto st48;
	goto st0;
st48:
	p += 1;
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
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(49)))-1;} }
	goto st49;
tr70:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(49)))-1;} }
	goto st49;
st49:
	p += 1;
case 49:
	switch( (*p) ) {
		case 46u: goto tr67;
		case 93u: goto tr69;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr68;
	goto st0;
tr67:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st50;
st50:
	p += 1;
case 50:
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr70;
	goto st0;
tr69:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SECTION_PART); }
	goto st51;
st51:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 55:
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr76;
	goto st0;
tr77:
	{ {p = (( IMW_SKIP_TO(56)))-1;} }
	goto st56;
tr76:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(56)))-1;} }
	goto st56;
st56:
	p += 1;
case 56:
	if ( (*p) == 62u )
		goto tr78;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr77;
	goto st0;
tr78:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st57;
tr87:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SECTION_PART); }
	goto st57;
st57:
	p += 1;
case 57:
	switch( (*p) ) {
		case 32u: goto st36;
		case 41u: goto st52;
	}
	goto st0;
st58:
	p += 1;
case 58:
	switch( (*p) ) {
		case 73u: goto st59;
		case 105u: goto st59;
	}
	goto st0;
st59:
	p += 1;
case 59:
	switch( (*p) ) {
		case 90u: goto st60;
		case 122u: goto st60;
	}
	goto st0;
st60:
	p += 1;
case 60:
	switch( (*p) ) {
		case 69u: goto st61;
		case 101u: goto st61;
	}
	goto st0;
st61:
	p += 1;
case 61:
	if ( (*p) == 91u )
		goto st62;
	goto st0;
st62:
	p += 1;
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
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(63)))-1;} }
	goto st63;
tr88:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(63)))-1;} }
	goto st63;
st63:
	p += 1;
case 63:
	switch( (*p) ) {
		case 46u: goto tr85;
		case 93u: goto tr87;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr86;
	goto st0;
tr85:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st64;
st64:
	p += 1;
case 64:
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr88;
	goto st0;
st65:
	p += 1;
case 65:
	switch( (*p) ) {
		case 68u: goto st66;
		case 100u: goto st66;
	}
	goto st0;
st66:
	p += 1;
case 66:
	switch( (*p) ) {
		case 89u: goto st67;
		case 121u: goto st67;
	}
	goto st0;
st67:
	p += 1;
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
	p += 1;
case 68:
	switch( (*p) ) {
		case 80u: goto st69;
		case 112u: goto st69;
	}
	goto st0;
st69:
	p += 1;
case 69:
	switch( (*p) ) {
		case 69u: goto st70;
		case 101u: goto st70;
	}
	goto st0;
st70:
	p += 1;
case 70:
	switch( (*p) ) {
		case 69u: goto st71;
		case 101u: goto st71;
	}
	goto st0;
st71:
	p += 1;
case 71:
	switch( (*p) ) {
		case 75u: goto st72;
		case 107u: goto st72;
	}
	goto st0;
st72:
	p += 1;
case 72:
	if ( (*p) == 91u )
		goto tr93;
	goto st0;
tr93:
	{ IMW_EV_OPEN(IMW_RULE_SECTION); }
	goto st73;
st73:
	p += 1;
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
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(74)))-1;} }
	goto st74;
tr105:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(74)))-1;} }
	goto st74;
st74:
	p += 1;
case 74:
	switch( (*p) ) {
		case 46u: goto tr102;
		case 93u: goto tr104;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr103;
	goto st0;
tr102:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SECTION_PART); }
	goto st75;
st75:
	p += 1;
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
	p += 1;
case 76:
	switch( (*p) ) {
		case 69u: goto st77;
		case 101u: goto st77;
	}
	goto st0;
st77:
	p += 1;
case 77:
	switch( (*p) ) {
		case 65u: goto st78;
		case 97u: goto st78;
	}
	goto st0;
st78:
	p += 1;
case 78:
	switch( (*p) ) {
		case 68u: goto st79;
		case 100u: goto st79;
	}
	goto st0;
st79:
	p += 1;
case 79:
	switch( (*p) ) {
		case 69u: goto st80;
		case 101u: goto st80;
	}
	goto st0;
st80:
	p += 1;
case 80:
	switch( (*p) ) {
		case 82u: goto st81;
		case 114u: goto st81;
	}
	goto st0;
st81:
	p += 1;
case 81:
	switch( (*p) ) {
		case 46u: goto st82;
		case 93u: goto st93;
	}
	goto st0;
st82:
	p += 1;
case 82:
	switch( (*p) ) {
		case 70u: goto st83;
		case 102u: goto st83;
	}
	goto st0;
st83:
	p += 1;
case 83:
	switch( (*p) ) {
		case 73u: goto st84;
		case 105u: goto st84;
	}
	goto st0;
st84:
	p += 1;
case 84:
	switch( (*p) ) {
		case 69u: goto st85;
		case 101u: goto st85;
	}
	goto st0;
st85:
	p += 1;
case 85:
	switch( (*p) ) {
		case 76u: goto st86;
		case 108u: goto st86;
	}
	goto st0;
st86:
	p += 1;
case 86:
	switch( (*p) ) {
		case 68u: goto st87;
		case 100u: goto st87;
	}
	goto st0;
st87:
	p += 1;
case 87:
	switch( (*p) ) {
		case 83u: goto st88;
		case 115u: goto st88;
	}
	goto st0;
st88:
	p += 1;
case 88:
	switch( (*p) ) {
		case 32u: goto st89;
		case 46u: goto st103;
	}
	goto st0;
st89:
	p += 1;
case 89:
	if ( (*p) == 40u )
		goto tr121;
	goto st0;
tr121:
	{ IMW_EV_OPEN(IMW_RULE_HEADER_LIST); }
	goto st90;
tr125:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st90;
tr142:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st90;
st90:
	p += 1;
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
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(91)))-1;} }
	goto st91;
st91:
	p += 1;
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
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st92;
tr143:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st92;
st92:
	p += 1;
case 92:
	if ( (*p) == 93u )
		goto tr128;
	goto st0;
tr104:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SECTION_PART); }
	goto st93;
tr128:
	{ IMW_EV_CLOSE(IMW_RULE_HEADER_LIST); }
	goto st93;
st93:
	p += 1;
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
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(94)))-1;} }
	goto st94;
st94:
	p += 1;
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
	p += 1;
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
	p += 1;
case 96:
	switch( (*p) ) {
		case 34u: goto tr132;
		case 92u: goto tr132;
	}
	goto st0;
tr124:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(97)))-1;} }
	goto st97;
st97:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 100:
	if ( (*p) == 13u )
		goto tr140;
	goto st0;
tr140:
	{ {p = (( IMW_SKIP_TO(101)))-1;} }
	goto st101;
st101:
	p += 1;
case 101:
	if ( (*p) == 10u )
		goto tr141;
	goto st0;
tr141:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(102)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 102; goto _out;} }
	goto st102;
st102:
	p += 1;
case 102:
	switch( (*p) ) {
		case 32u: goto tr142;
		case 41u: goto tr143;
	}
	goto st0;
st103:
	p += 1;
case 103:
	switch( (*p) ) {
		case 78u: goto st104;
		case 110u: goto st104;
	}
	goto st0;
st104:
	p += 1;
case 104:
	switch( (*p) ) {
		case 79u: goto st105;
		case 111u: goto st105;
	}
	goto st0;
st105:
	p += 1;
case 105:
	switch( (*p) ) {
		case 84u: goto st106;
		case 116u: goto st106;
	}
	goto st0;
st106:
	p += 1;
case 106:
	if ( (*p) == 32u )
		goto st89;
	goto st0;
st107:
	p += 1;
case 107:
	switch( (*p) ) {
		case 73u: goto st108;
		case 105u: goto st108;
	}
	goto st0;
st108:
	p += 1;
case 108:
	switch( (*p) ) {
		case 77u: goto st109;
		case 109u: goto st109;
	}
	goto st0;
st109:
	p += 1;
case 109:
	switch( (*p) ) {
		case 69u: goto st110;
		case 101u: goto st110;
	}
	goto st0;
st110:
	p += 1;
case 110:
	if ( (*p) == 93u )
		goto st93;
	goto st0;
st111:
	p += 1;
case 111:
	switch( (*p) ) {
		case 69u: goto st112;
		case 101u: goto st112;
	}
	goto st0;
st112:
	p += 1;
case 112:
	switch( (*p) ) {
		case 88u: goto st113;
		case 120u: goto st113;
	}
	goto st0;
st113:
	p += 1;
case 113:
	switch( (*p) ) {
		case 84u: goto st110;
		case 116u: goto st110;
	}
	goto st0;
st114:
	p += 1;
case 114:
	switch( (*p) ) {
		case 84u: goto st115;
		case 116u: goto st115;
	}
	goto st0;
st115:
	p += 1;
case 115:
	switch( (*p) ) {
		case 82u: goto st116;
		case 114u: goto st116;
	}
	goto st0;
st116:
	p += 1;
case 116:
	switch( (*p) ) {
		case 85u: goto st117;
		case 117u: goto st117;
	}
	goto st0;
st117:
	p += 1;
case 117:
	switch( (*p) ) {
		case 67u: goto st118;
		case 99u: goto st118;
	}
	goto st0;
st118:
	p += 1;
case 118:
	switch( (*p) ) {
		case 84u: goto st119;
		case 116u: goto st119;
	}
	goto st0;
st119:
	p += 1;
case 119:
	switch( (*p) ) {
		case 85u: goto st120;
		case 117u: goto st120;
	}
	goto st0;
st120:
	p += 1;
case 120:
	switch( (*p) ) {
		case 82u: goto st121;
		case 114u: goto st121;
	}
	goto st0;
st121:
	p += 1;
case 121:
	switch( (*p) ) {
		case 69u: goto st57;
		case 101u: goto st57;
	}
	goto st0;
st122:
	p += 1;
case 122:
	switch( (*p) ) {
		case 77u: goto st123;
		case 78u: goto st128;
		case 109u: goto st123;
		case 110u: goto st128;
	}
	goto st0;
st123:
	p += 1;
case 123:
	switch( (*p) ) {
		case 65u: goto st124;
		case 97u: goto st124;
	}
	goto st0;
st124:
	p += 1;
case 124:
	switch( (*p) ) {
		case 73u: goto st125;
		case 105u: goto st125;
	}
	goto st0;
st125:
	p += 1;
case 125:
	switch( (*p) ) {
		case 76u: goto st126;
		case 108u: goto st126;
	}
	goto st0;
st126:
	p += 1;
case 126:
	switch( (*p) ) {
		case 73u: goto st127;
		case 105u: goto st127;
	}
	goto st0;
st127:
	p += 1;
case 127:
	switch( (*p) ) {
		case 68u: goto st57;
		case 100u: goto st57;
	}
	goto st0;
st128:
	p += 1;
case 128:
	switch( (*p) ) {
		case 86u: goto st129;
		case 118u: goto st129;
	}
	goto st0;
st129:
	p += 1;
case 129:
	switch( (*p) ) {
		case 69u: goto st130;
		case 101u: goto st130;
	}
	goto st0;
st130:
	p += 1;
case 130:
	switch( (*p) ) {
		case 76u: goto st131;
		case 108u: goto st131;
	}
	goto st0;
st131:
	p += 1;
case 131:
	switch( (*p) ) {
		case 79u: goto st132;
		case 111u: goto st132;
	}
	goto st0;
st132:
	p += 1;
case 132:
	switch( (*p) ) {
		case 80u: goto st121;
		case 112u: goto st121;
	}
	goto st0;
st133:
	p += 1;
case 133:
	switch( (*p) ) {
		case 76u: goto st134;
		case 108u: goto st134;
	}
	goto st0;
st134:
	p += 1;
case 134:
	switch( (*p) ) {
		case 65u: goto st135;
		case 97u: goto st135;
	}
	goto st0;
st135:
	p += 1;
case 135:
	switch( (*p) ) {
		case 71u: goto st136;
		case 103u: goto st136;
	}
	goto st0;
st136:
	p += 1;
case 136:
	switch( (*p) ) {
		case 83u: goto st57;
		case 115u: goto st57;
	}
	goto st0;
st137:
	p += 1;
case 137:
	switch( (*p) ) {
		case 78u: goto st138;
		case 110u: goto st138;
	}
	goto st0;
st138:
	p += 1;
case 138:
	switch( (*p) ) {
		case 84u: goto st139;
		case 116u: goto st139;
	}
	goto st0;
st139:
	p += 1;
case 139:
	switch( (*p) ) {
		case 69u: goto st140;
		case 101u: goto st140;
	}
	goto st0;
st140:
	p += 1;
case 140:
	switch( (*p) ) {
		case 82u: goto st141;
		case 114u: goto st141;
	}
	goto st0;
st141:
	p += 1;
case 141:
	switch( (*p) ) {
		case 78u: goto st142;
		case 110u: goto st142;
	}
	goto st0;
st142:
	p += 1;
case 142:
	switch( (*p) ) {
		case 65u: goto st143;
		case 97u: goto st143;
	}
	goto st0;
st143:
	p += 1;
case 143:
	switch( (*p) ) {
		case 76u: goto st144;
		case 108u: goto st144;
	}
	goto st0;
st144:
	p += 1;
case 144:
	switch( (*p) ) {
		case 68u: goto st145;
		case 100u: goto st145;
	}
	goto st0;
st145:
	p += 1;
case 145:
	switch( (*p) ) {
		case 65u: goto st146;
		case 97u: goto st146;
	}
	goto st0;
st146:
	p += 1;
case 146:
	switch( (*p) ) {
		case 84u: goto st121;
		case 116u: goto st121;
	}
	goto st0;
st147:
	p += 1;
case 147:
	switch( (*p) ) {
		case 79u: goto st148;
		case 111u: goto st148;
	}
	goto st0;
st148:
	p += 1;
case 148:
	switch( (*p) ) {
		case 68u: goto st149;
		case 100u: goto st149;
	}
	goto st0;
st149:
	p += 1;
case 149:
	switch( (*p) ) {
		case 83u: goto st150;
		case 115u: goto st150;
	}
	goto st0;
st150:
	p += 1;
case 150:
	switch( (*p) ) {
		case 69u: goto st151;
		case 101u: goto st151;
	}
	goto st0;
st151:
	p += 1;
case 151:
	switch( (*p) ) {
		case 81u: goto st57;
		case 113u: goto st57;
	}
	goto st0;
st152:
	p += 1;
case 152:
	switch( (*p) ) {
		case 82u: goto st153;
		case 114u: goto st153;
	}
	goto st0;
st153:
	p += 1;
case 153:
	switch( (*p) ) {
		case 69u: goto st154;
		case 101u: goto st154;
	}
	goto st0;
st154:
	p += 1;
case 154:
	switch( (*p) ) {
		case 86u: goto st155;
		case 118u: goto st155;
	}
	goto st0;
st155:
	p += 1;
case 155:
	switch( (*p) ) {
		case 73u: goto st156;
		case 105u: goto st156;
	}
	goto st0;
st156:
	p += 1;
case 156:
	switch( (*p) ) {
		case 69u: goto st157;
		case 101u: goto st157;
	}
	goto st0;
st157:
	p += 1;
case 157:
	switch( (*p) ) {
		case 87u: goto st158;
		case 119u: goto st158;
	}
	goto st0;
st158:
	p += 1;
case 158:
	switch( (*p) ) {
		case 32u: goto st159;
		case 41u: goto st52;
	}
	goto st0;
st159:
	p += 1;
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
	p += 1;
case 160:
	switch( (*p) ) {
		case 76u: goto st161;
		case 108u: goto st161;
	}
	goto st0;
st161:
	p += 1;
case 161:
	switch( (*p) ) {
		case 65u: goto st162;
		case 97u: goto st162;
	}
	goto st0;
st162:
	p += 1;
case 162:
	switch( (*p) ) {
		case 90u: goto st163;
		case 122u: goto st163;
	}
	goto st0;
st163:
	p += 1;
case 163:
	switch( (*p) ) {
		case 89u: goto st164;
		case 121u: goto st164;
	}
	goto st0;
st164:
	p += 1;
case 164:
	switch( (*p) ) {
		case 32u: goto st160;
		case 41u: goto st57;
	}
	goto st0;
st165:
	p += 1;
case 165:
	switch( (*p) ) {
		case 70u: goto st166;
		case 102u: goto st166;
	}
	goto st0;
st166:
	p += 1;
case 166:
	switch( (*p) ) {
		case 67u: goto st167;
		case 99u: goto st167;
	}
	goto st0;
st167:
	p += 1;
case 167:
	if ( (*p) == 56u )
		goto st168;
	goto st0;
st168:
	p += 1;
case 168:
	if ( (*p) == 50u )
		goto st169;
	goto st0;
st169:
	p += 1;
case 169:
	if ( (*p) == 50u )
		goto st170;
	goto st0;
st170:
	p += 1;
case 170:
	switch( (*p) ) {
		case 32u: goto st36;
		case 41u: goto st52;
		case 46u: goto st171;
	}
	goto st0;
st171:
	p += 1;
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
	p += 1;
case 172:
	switch( (*p) ) {
		case 69u: goto st173;
		case 101u: goto st173;
	}
	goto st0;
st173:
	p += 1;
case 173:
	switch( (*p) ) {
		case 65u: goto st174;
		case 97u: goto st174;
	}
	goto st0;
st174:
	p += 1;
case 174:
	switch( (*p) ) {
		case 68u: goto st175;
		case 100u: goto st175;
	}
	goto st0;
st175:
	p += 1;
case 175:
	switch( (*p) ) {
		case 69u: goto st176;
		case 101u: goto st176;
	}
	goto st0;
st176:
	p += 1;
case 176:
	switch( (*p) ) {
		case 82u: goto st57;
		case 114u: goto st57;
	}
	goto st0;
st177:
	p += 1;
case 177:
	switch( (*p) ) {
		case 73u: goto st178;
		case 105u: goto st178;
	}
	goto st0;
st178:
	p += 1;
case 178:
	switch( (*p) ) {
		case 90u: goto st121;
		case 122u: goto st121;
	}
	goto st0;
st179:
	p += 1;
case 179:
	switch( (*p) ) {
		case 69u: goto st180;
		case 101u: goto st180;
	}
	goto st0;
st180:
	p += 1;
case 180:
	switch( (*p) ) {
		case 88u: goto st181;
		case 120u: goto st181;
	}
	goto st0;
st181:
	p += 1;
case 181:
	switch( (*p) ) {
		case 84u: goto st57;
		case 116u: goto st57;
	}
	goto st0;
st182:
	p += 1;
case 182:
	switch( (*p) ) {
		case 65u: goto st183;
		case 97u: goto st183;
	}
	goto st0;
st183:
	p += 1;
case 183:
	switch( (*p) ) {
		case 86u: goto st184;
		case 118u: goto st184;
	}
	goto st0;
st184:
	p += 1;
case 184:
	switch( (*p) ) {
		case 69u: goto st144;
		case 101u: goto st144;
	}
	goto st0;
st185:
	p += 1;
case 185:
	switch( (*p) ) {
		case 72u: goto st186;
		case 104u: goto st186;
	}
	goto st0;
st186:
	p += 1;
case 186:
	switch( (*p) ) {
		case 82u: goto st187;
		case 114u: goto st187;
	}
	goto st0;
st187:
	p += 1;
case 187:
	switch( (*p) ) {
		case 69u: goto st188;
		case 101u: goto st188;
	}
	goto st0;
st188:
	p += 1;
case 188:
	switch( (*p) ) {
		case 65u: goto st189;
		case 97u: goto st189;
	}
	goto st0;
st189:
	p += 1;
case 189:
	switch( (*p) ) {
		case 68u: goto st126;
		case 100u: goto st126;
	}
	goto st0;
st190:
	p += 1;
case 190:
	switch( (*p) ) {
		case 79u: goto st191;
		case 111u: goto st191;
	}
	goto st0;
st191:
	p += 1;
case 191:
	switch( (*p) ) {
		case 78u: goto st192;
		case 110u: goto st192;
	}
	goto st0;
st192:
	p += 1;
case 192:
	switch( (*p) ) {
		case 69u: goto st22;
		case 101u: goto st22;
	}
	goto st0;
st193:
	p += 1;
case 193:
	switch( (*p) ) {
		case 65u: goto st194;
		case 97u: goto st194;
	}
	goto st0;
st194:
	p += 1;
case 194:
	switch( (*p) ) {
		case 73u: goto st195;
		case 105u: goto st195;
	}
	goto st0;
st195:
	p += 1;
case 195:
	switch( (*p) ) {
		case 76u: goto st196;
		case 108u: goto st196;
	}
	goto st0;
st196:
	p += 1;
case 196:
	switch( (*p) ) {
		case 66u: goto st197;
		case 98u: goto st197;
	}
	goto st0;
st197:
	p += 1;
case 197:
	switch( (*p) ) {
		case 79u: goto st198;
		case 111u: goto st198;
	}
	goto st0;
st198:
	p += 1;
case 198:
	switch( (*p) ) {
		case 88u: goto st199;
		case 120u: goto st199;
	}
	goto st0;
st199:
	p += 1;
case 199:
	switch( (*p) ) {
		case 69u: goto st200;
		case 101u: goto st200;
	}
	goto st0;
st200:
	p += 1;
case 200:
	switch( (*p) ) {
		case 83u: goto st201;
		case 115u: goto st201;
	}
	goto st0;
st201:
	p += 1;
case 201:
	if ( (*p) == 32u )
		goto st202;
	goto st0;
st202:
	p += 1;
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
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(203)))-1;} }
	goto st203;
st203:
	p += 1;
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
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(204)))-1;} }
	goto st204;
st204:
	p += 1;
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
	p += 1;
case 205:
	if ( (*p) == 32u )
		goto tr233;
	goto st0;
tr237:
	{ {p = (( IMW_SKIP_TO(206)))-1;} }
	goto st206;
st206:
	p += 1;
case 206:
	switch( (*p) ) {
		case 34u: goto tr235;
		case 92u: goto tr235;
	}
	goto st0;
tr241:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st207;
tr254:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st207;
st207:
	p += 1;
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
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(208)))-1;} }
	goto st208;
st208:
	p += 1;
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
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(209)))-1;} }
	goto st209;
st209:
	p += 1;
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
	p += 1;
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
	p += 1;
case 211:
	switch( (*p) ) {
		case 34u: goto tr244;
		case 92u: goto tr244;
	}
	goto st0;
tr240:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(212)))-1;} }
	goto st212;
st212:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 215:
	if ( (*p) == 13u )
		goto tr252;
	goto st0;
tr252:
	{ {p = (( IMW_SKIP_TO(216)))-1;} }
	goto st216;
st216:
	p += 1;
case 216:
	if ( (*p) == 10u )
		goto tr253;
	goto st0;
tr253:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(217)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 217; goto _out;} }
	goto st217;
st217:
	p += 1;
case 217:
	switch( (*p) ) {
		case 32u: goto tr254;
		case 41u: goto tr255;
	}
	goto st0;
tr232:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(218)))-1;} }
	goto st218;
st218:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 221:
	if ( (*p) == 13u )
		goto tr261;
	goto st0;
tr261:
	{ {p = (( IMW_SKIP_TO(222)))-1;} }
	goto st222;
st222:
	p += 1;
case 222:
	if ( (*p) == 10u )
		goto tr262;
	goto st0;
tr262:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(223)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 223; goto _out;} }
	goto st223;
st223:
	p += 1;
case 223:
	if ( (*p) == 32u )
		goto tr263;
	goto st0;
st224:
	p += 1;
case 224:
	switch( (*p) ) {
		case 69u: goto st225;
		case 101u: goto st225;
	}
	goto st0;
st225:
	p += 1;
case 225:
	switch( (*p) ) {
		case 82u: goto st226;
		case 114u: goto st226;
	}
	goto st0;
st226:
	p += 1;
case 226:
	switch( (*p) ) {
		case 83u: goto st227;
		case 115u: goto st227;
	}
	goto st0;
st227:
	p += 1;
case 227:
	switch( (*p) ) {
		case 79u: goto st228;
		case 111u: goto st228;
	}
	goto st0;
st228:
	p += 1;
case 228:
	switch( (*p) ) {
		case 78u: goto st229;
		case 110u: goto st229;
	}
	goto st0;
st229:
	p += 1;
case 229:
	switch( (*p) ) {
		case 65u: goto st230;
		case 97u: goto st230;
	}
	goto st0;
st230:
	p += 1;
case 230:
	switch( (*p) ) {
		case 76u: goto st18;
		case 108u: goto st18;
	}
	goto st0;
st231:
	p += 1;
case 231:
	switch( (*p) ) {
		case 69u: goto st232;
		case 85u: goto st246;
		case 101u: goto st232;
		case 117u: goto st246;
	}
	goto st0;
st232:
	p += 1;
case 232:
	switch( (*p) ) {
		case 76u: goto st233;
		case 108u: goto st233;
	}
	goto st0;
st233:
	p += 1;
case 233:
	switch( (*p) ) {
		case 69u: goto st234;
		case 101u: goto st234;
	}
	goto st0;
st234:
	p += 1;
case 234:
	switch( (*p) ) {
		case 67u: goto st235;
		case 99u: goto st235;
	}
	goto st0;
st235:
	p += 1;
case 235:
	switch( (*p) ) {
		case 84u: goto st236;
		case 116u: goto st236;
	}
	goto st0;
st236:
	p += 1;
case 236:
	switch( (*p) ) {
		case 69u: goto st237;
		case 101u: goto st237;
	}
	goto st0;
st237:
	p += 1;
case 237:
	switch( (*p) ) {
		case 68u: goto st238;
		case 100u: goto st238;
	}
	goto st0;
st238:
	p += 1;
case 238:
	switch( (*p) ) {
		case 32u: goto st19;
		case 45u: goto st239;
	}
	goto st0;
st239:
	p += 1;
case 239:
	switch( (*p) ) {
		case 68u: goto st240;
		case 100u: goto st240;
	}
	goto st0;
st240:
	p += 1;
case 240:
	switch( (*p) ) {
		case 69u: goto st241;
		case 101u: goto st241;
	}
	goto st0;
st241:
	p += 1;
case 241:
	switch( (*p) ) {
		case 76u: goto st242;
		case 108u: goto st242;
	}
	goto st0;
st242:
	p += 1;
case 242:
	switch( (*p) ) {
		case 65u: goto st243;
		case 97u: goto st243;
	}
	goto st0;
st243:
	p += 1;
case 243:
	switch( (*p) ) {
		case 89u: goto st244;
		case 121u: goto st244;
	}
	goto st0;
st244:
	p += 1;
case 244:
	switch( (*p) ) {
		case 69u: goto st245;
		case 101u: goto st245;
	}
	goto st0;
st245:
	p += 1;
case 245:
	switch( (*p) ) {
		case 68u: goto st18;
		case 100u: goto st18;
	}
	goto st0;
st246:
	p += 1;
case 246:
	switch( (*p) ) {
		case 66u: goto st247;
		case 98u: goto st247;
	}
	goto st0;
st247:
	p += 1;
case 247:
	switch( (*p) ) {
		case 83u: goto st248;
		case 84u: goto st252;
		case 115u: goto st248;
		case 116u: goto st252;
	}
	goto st0;
st248:
	p += 1;
case 248:
	switch( (*p) ) {
		case 67u: goto st249;
		case 99u: goto st249;
	}
	goto st0;
st249:
	p += 1;
case 249:
	switch( (*p) ) {
		case 82u: goto st250;
		case 114u: goto st250;
	}
	goto st0;
st250:
	p += 1;
case 250:
	switch( (*p) ) {
		case 73u: goto st251;
		case 105u: goto st251;
	}
	goto st0;
st251:
	p += 1;
case 251:
	switch( (*p) ) {
		case 66u: goto st244;
		case 98u: goto st244;
	}
	goto st0;
st252:
	p += 1;
case 252:
	switch( (*p) ) {
		case 82u: goto st253;
		case 114u: goto st253;
	}
	goto st0;
st253:
	p += 1;
case 253:
	switch( (*p) ) {
		case 69u: goto st254;
		case 101u: goto st254;
	}
	goto st0;
st254:
	p += 1;
case 254:
	switch( (*p) ) {
		case 69u: goto st201;
		case 101u: goto st201;
	}
	goto st0;
st255:
	p += 1;
case 255:
	switch( (*p) ) {
		case 84u: goto st256;
		case 116u: goto st256;
	}
	goto st0;
st256:
	p += 1;
case 256:
	switch( (*p) ) {
		case 65u: goto st257;
		case 97u: goto st257;
	}
	goto st0;
st257:
	p += 1;
case 257:
	switch( (*p) ) {
		case 84u: goto st258;
		case 116u: goto st258;
	}
	goto st0;
st258:
	p += 1;
case 258:
	switch( (*p) ) {
		case 85u: goto st259;
		case 117u: goto st259;
	}
	goto st0;
st259:
	p += 1;
case 259:
	switch( (*p) ) {
		case 83u: goto st260;
		case 115u: goto st260;
	}
	goto st0;
st260:
	p += 1;
case 260:
	if ( (*p) == 32u )
		goto st24;
	goto st0;
	}

	_out: {}
	}


    (void)imw_notify_args_error;
    (void)imw_stack;
    return imw_sub_machine_end(run, cs >= imw_notify_args_first_final, p);
}
