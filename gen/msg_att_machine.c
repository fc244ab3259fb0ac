
/* The FETCH attribute machine (msg-att), split from the response machine
 * so that each generated C file stays quick to compile.  The response
 * machine reaches it through `extern msg-att` (grammar/bindings): the
 * generated action calls IMW_EXTERN, which lands in
 * imw_msg_att_machine_run() below.  `make regen` turns this file into
 * gen/msg_att_machine.c. */
#define IMW_STACK_TOP (run->sub_top)
#include "machine_glue.h"
#include "msg_att_skip.h"





static const int imw_msg_att_start = 1;
static const int imw_msg_att_first_final = 913;
static const int imw_msg_att_error = 0;



const unsigned char *imw_msg_att_machine_run(struct imw_run *run,
                                             const unsigned char *p)
{
    const unsigned char *pe = run->data + run->len;
    int cs;
    /* Ragel's eof block (the leaving actions of the rules that end the
     * machine) stays in the output, but without end tests nothing
     * reaches it: imw_lf_guard's fbreak passes it. */
    const unsigned char *eof = pe;

    
	{
	cs = imw_msg_att_start;
	}

    
	{
	switch ( cs )
	{
case 1:
	if ( (*p) == 40u )
		goto tr0;
	goto st0;
st0:
cs = 0;
	goto _out;
tr0:
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT); }
	goto st2;
st2:
	p += 1;
case 2:
	switch( (*p) ) {
		case 66u: goto tr2;
		case 69u: goto tr3;
		case 70u: goto tr4;
		case 73u: goto tr5;
		case 77u: goto tr6;
		case 80u: goto tr7;
		case 82u: goto tr8;
		case 83u: goto tr9;
		case 84u: goto tr10;
		case 85u: goto tr11;
		case 88u: goto tr12;
		case 98u: goto tr2;
		case 101u: goto tr3;
		case 102u: goto tr4;
		case 105u: goto tr5;
		case 109u: goto tr6;
		case 112u: goto tr7;
		case 114u: goto tr8;
		case 115u: goto tr9;
		case 116u: goto tr10;
		case 117u: goto tr11;
		case 120u: goto tr12;
	}
	goto st0;
tr2:
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_BINARY); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_BINARY_SIZE); }
	goto st3;
tr40:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_BINARY); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_BINARY_SIZE); }
	goto st3;
st3:
	p += 1;
case 3:
	switch( (*p) ) {
		case 73u: goto st4;
		case 79u: goto st857;
		case 105u: goto st4;
		case 111u: goto st857;
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
		case 65u: goto st6;
		case 97u: goto st6;
	}
	goto st0;
st6:
	p += 1;
case 6:
	switch( (*p) ) {
		case 82u: goto st7;
		case 114u: goto st7;
	}
	goto st0;
st7:
	p += 1;
case 7:
	switch( (*p) ) {
		case 89u: goto st8;
		case 121u: goto st8;
	}
	goto st0;
st8:
	p += 1;
case 8:
	switch( (*p) ) {
		case 46u: goto st9;
		case 91u: goto st831;
	}
	goto st0;
st9:
	p += 1;
case 9:
	switch( (*p) ) {
		case 83u: goto st10;
		case 115u: goto st10;
	}
	goto st0;
st10:
	p += 1;
case 10:
	switch( (*p) ) {
		case 73u: goto st11;
		case 105u: goto st11;
	}
	goto st0;
st11:
	p += 1;
case 11:
	switch( (*p) ) {
		case 90u: goto st12;
		case 122u: goto st12;
	}
	goto st0;
st12:
	p += 1;
case 12:
	switch( (*p) ) {
		case 69u: goto st13;
		case 101u: goto st13;
	}
	goto st0;
st13:
	p += 1;
case 13:
	if ( (*p) == 91u )
		goto st14;
	goto st0;
st14:
	p += 1;
case 14:
	if ( (*p) == 93u )
		goto st17;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr26;
	goto st0;
tr26:
	{ IMW_EV_OPEN(IMW_RULE_SECTION_PART); }
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(15)))-1;} }
	goto st15;
tr29:
	{ {p = (( IMW_SKIP_TO(15)))-1;} }
	goto st15;
tr31:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(15)))-1;} }
	goto st15;
st15:
	p += 1;
case 15:
	switch( (*p) ) {
		case 46u: goto tr28;
		case 93u: goto tr30;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr29;
	goto st0;
tr28:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st16;
st16:
	p += 1;
case 16:
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr31;
	goto st0;
tr30:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SECTION_PART); }
	goto st17;
st17:
	p += 1;
case 17:
	if ( (*p) == 32u )
		goto st18;
	goto st0;
st18:
	p += 1;
case 18:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr33;
	goto st0;
tr36:
	{ {p = (( IMW_SKIP_TO(19)))-1;} }
	goto st19;
tr33:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(19)))-1;} }
	goto st19;
st19:
	p += 1;
case 19:
	switch( (*p) ) {
		case 32u: goto tr34;
		case 41u: goto tr35;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr36;
	goto st0;
tr34:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_BINARY_SIZE); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st20;
tr63:
	{ IMW_EV_CLOSE(IMW_RULE_FETCH_EMAILID_RESP); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st20;
tr326:
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st20;
tr343:
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_DYNAMIC); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st20;
tr367:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_NIL_LIST); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_DYNAMIC); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st20;
tr435:
	{ IMW_EV_CLOSE(IMW_RULE_FETCH_MOD_RESP); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_DYNAMIC); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st20;
tr449:
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_PREVIEW); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_DYNAMIC); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st20;
tr460:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_PREVIEW); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_DYNAMIC); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st20;
tr482:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st20;
tr497:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st20;
tr548:
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_SAVEDATE); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st20;
tr578:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_SNIPPET); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_DYNAMIC); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st20;
tr603:
	{ IMW_EV_CLOSE(IMW_RULE_FETCH_THREADID_RESP); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st20;
tr863:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st20;
tr895:
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_GM_LABELS); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_DYNAMIC); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st20;
tr915:
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_GM_MSGID); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st20;
tr923:
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_GM_THRID); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st20;
tr939:
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_BINARY); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st20;
tr950:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_BINARY); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st20;
tr958:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL8); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_BINARY); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st20;
st20:
	p += 1;
case 20:
	switch( (*p) ) {
		case 32u: goto tr37;
		case 41u: goto tr38;
		case 66u: goto tr2;
		case 69u: goto tr3;
		case 70u: goto tr4;
		case 73u: goto tr5;
		case 77u: goto tr6;
		case 80u: goto tr7;
		case 82u: goto tr8;
		case 83u: goto tr9;
		case 84u: goto tr10;
		case 85u: goto tr11;
		case 88u: goto tr12;
		case 98u: goto tr2;
		case 101u: goto tr3;
		case 102u: goto tr4;
		case 105u: goto tr5;
		case 109u: goto tr6;
		case 112u: goto tr7;
		case 114u: goto tr8;
		case 115u: goto tr9;
		case 116u: goto tr10;
		case 117u: goto tr11;
		case 120u: goto tr12;
	}
	goto st0;
tr37:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	goto st21;
st21:
	p += 1;
case 21:
	switch( (*p) ) {
		case 32u: goto st21;
		case 41u: goto tr38;
		case 66u: goto tr40;
		case 69u: goto tr41;
		case 70u: goto tr42;
		case 73u: goto tr43;
		case 77u: goto tr44;
		case 80u: goto tr45;
		case 82u: goto tr46;
		case 83u: goto tr47;
		case 84u: goto tr48;
		case 85u: goto tr49;
		case 88u: goto tr50;
		case 98u: goto tr40;
		case 101u: goto tr41;
		case 102u: goto tr42;
		case 105u: goto tr43;
		case 109u: goto tr44;
		case 112u: goto tr45;
		case 114u: goto tr46;
		case 115u: goto tr47;
		case 116u: goto tr48;
		case 117u: goto tr49;
		case 120u: goto tr50;
	}
	goto st0;
tr35:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_BINARY_SIZE); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_MSG_ATT); {p++; cs = 913; goto _out;} }
	goto st913;
tr38:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_MSG_ATT); {p++; cs = 913; goto _out;} }
	goto st913;
tr64:
	{ IMW_EV_CLOSE(IMW_RULE_FETCH_EMAILID_RESP); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_MSG_ATT); {p++; cs = 913; goto _out;} }
	goto st913;
tr327:
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_MSG_ATT); {p++; cs = 913; goto _out;} }
	goto st913;
tr344:
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_DYNAMIC); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_MSG_ATT); {p++; cs = 913; goto _out;} }
	goto st913;
tr368:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_NIL_LIST); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_DYNAMIC); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_MSG_ATT); {p++; cs = 913; goto _out;} }
	goto st913;
tr436:
	{ IMW_EV_CLOSE(IMW_RULE_FETCH_MOD_RESP); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_DYNAMIC); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_MSG_ATT); {p++; cs = 913; goto _out;} }
	goto st913;
tr450:
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_PREVIEW); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_DYNAMIC); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_MSG_ATT); {p++; cs = 913; goto _out;} }
	goto st913;
tr461:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_PREVIEW); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_DYNAMIC); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_MSG_ATT); {p++; cs = 913; goto _out;} }
	goto st913;
tr483:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_MSG_ATT); {p++; cs = 913; goto _out;} }
	goto st913;
tr498:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_MSG_ATT); {p++; cs = 913; goto _out;} }
	goto st913;
tr549:
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_SAVEDATE); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_MSG_ATT); {p++; cs = 913; goto _out;} }
	goto st913;
tr579:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_SNIPPET); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_DYNAMIC); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_MSG_ATT); {p++; cs = 913; goto _out;} }
	goto st913;
tr604:
	{ IMW_EV_CLOSE(IMW_RULE_FETCH_THREADID_RESP); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_MSG_ATT); {p++; cs = 913; goto _out;} }
	goto st913;
tr864:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_MSG_ATT); {p++; cs = 913; goto _out;} }
	goto st913;
tr896:
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_GM_LABELS); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_DYNAMIC); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_MSG_ATT); {p++; cs = 913; goto _out;} }
	goto st913;
tr916:
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_GM_MSGID); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_MSG_ATT); {p++; cs = 913; goto _out;} }
	goto st913;
tr924:
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_GM_THRID); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_MSG_ATT); {p++; cs = 913; goto _out;} }
	goto st913;
tr940:
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_BINARY); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_MSG_ATT); {p++; cs = 913; goto _out;} }
	goto st913;
tr951:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_BINARY); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_MSG_ATT); {p++; cs = 913; goto _out;} }
	goto st913;
tr959:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL8); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_BINARY); }
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_MSG_ATT); {p++; cs = 913; goto _out;} }
	goto st913;
st913:
	p += 1;
case 913:
	goto st0;
tr3:
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_EV_OPEN(IMW_RULE_FETCH_EMAILID_RESP); }
	goto st22;
tr41:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_EV_OPEN(IMW_RULE_FETCH_EMAILID_RESP); }
	goto st22;
st22:
	p += 1;
case 22:
	switch( (*p) ) {
		case 77u: goto st23;
		case 78u: goto st287;
		case 109u: goto st23;
		case 110u: goto st287;
	}
	goto st0;
st23:
	p += 1;
case 23:
	switch( (*p) ) {
		case 65u: goto st24;
		case 97u: goto st24;
	}
	goto st0;
st24:
	p += 1;
case 24:
	switch( (*p) ) {
		case 73u: goto st25;
		case 105u: goto st25;
	}
	goto st0;
st25:
	p += 1;
case 25:
	switch( (*p) ) {
		case 76u: goto st26;
		case 108u: goto st26;
	}
	goto st0;
st26:
	p += 1;
case 26:
	switch( (*p) ) {
		case 73u: goto st27;
		case 105u: goto st27;
	}
	goto st0;
st27:
	p += 1;
case 27:
	switch( (*p) ) {
		case 68u: goto st28;
		case 100u: goto st28;
	}
	goto st0;
st28:
	p += 1;
case 28:
	if ( (*p) == 32u )
		goto st29;
	goto st0;
st29:
	p += 1;
case 29:
	if ( (*p) == 40u )
		goto st30;
	goto st0;
st30:
	p += 1;
case 30:
	switch( (*p) ) {
		case 45u: goto st31;
		case 95u: goto st31;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st31;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st31;
	} else
		goto st31;
	goto st0;
st31:
	p += 1;
case 31:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st33;
		case 95u: goto st33;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st33;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st33;
	} else
		goto st33;
	goto st0;
st32:
	p += 1;
case 32:
	switch( (*p) ) {
		case 32u: goto tr63;
		case 41u: goto tr64;
	}
	goto st0;
st33:
	p += 1;
case 33:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st34;
		case 95u: goto st34;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st34;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st34;
	} else
		goto st34;
	goto st0;
st34:
	p += 1;
case 34:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st35;
		case 95u: goto st35;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st35;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st35;
	} else
		goto st35;
	goto st0;
st35:
	p += 1;
case 35:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st36;
		case 95u: goto st36;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st36;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st36;
	} else
		goto st36;
	goto st0;
st36:
	p += 1;
case 36:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st37;
		case 95u: goto st37;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st37;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st37;
	} else
		goto st37;
	goto st0;
st37:
	p += 1;
case 37:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st38;
		case 95u: goto st38;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st38;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st38;
	} else
		goto st38;
	goto st0;
st38:
	p += 1;
case 38:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st39;
		case 95u: goto st39;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st39;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st39;
	} else
		goto st39;
	goto st0;
st39:
	p += 1;
case 39:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st40;
		case 95u: goto st40;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st40;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st40;
	} else
		goto st40;
	goto st0;
st40:
	p += 1;
case 40:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st41;
		case 95u: goto st41;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st41;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st41;
	} else
		goto st41;
	goto st0;
st41:
	p += 1;
case 41:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st42;
		case 95u: goto st42;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st42;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st42;
	} else
		goto st42;
	goto st0;
st42:
	p += 1;
case 42:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st43;
		case 95u: goto st43;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st43;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st43;
	} else
		goto st43;
	goto st0;
st43:
	p += 1;
case 43:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st44;
		case 95u: goto st44;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st44;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st44;
	} else
		goto st44;
	goto st0;
st44:
	p += 1;
case 44:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st45;
		case 95u: goto st45;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st45;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st45;
	} else
		goto st45;
	goto st0;
st45:
	p += 1;
case 45:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st46;
		case 95u: goto st46;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st46;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st46;
	} else
		goto st46;
	goto st0;
st46:
	p += 1;
case 46:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st47;
		case 95u: goto st47;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st47;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st47;
	} else
		goto st47;
	goto st0;
st47:
	p += 1;
case 47:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st48;
		case 95u: goto st48;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st48;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st48;
	} else
		goto st48;
	goto st0;
st48:
	p += 1;
case 48:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st49;
		case 95u: goto st49;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st49;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st49;
	} else
		goto st49;
	goto st0;
st49:
	p += 1;
case 49:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st50;
		case 95u: goto st50;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st50;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st50;
	} else
		goto st50;
	goto st0;
st50:
	p += 1;
case 50:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st51;
		case 95u: goto st51;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st51;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st51;
	} else
		goto st51;
	goto st0;
st51:
	p += 1;
case 51:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st52;
		case 95u: goto st52;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st52;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st52;
	} else
		goto st52;
	goto st0;
st52:
	p += 1;
case 52:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st53;
		case 95u: goto st53;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st53;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st53;
	} else
		goto st53;
	goto st0;
st53:
	p += 1;
case 53:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st54;
		case 95u: goto st54;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st54;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st54;
	} else
		goto st54;
	goto st0;
st54:
	p += 1;
case 54:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st55;
		case 95u: goto st55;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st55;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st55;
	} else
		goto st55;
	goto st0;
st55:
	p += 1;
case 55:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st56;
		case 95u: goto st56;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st56;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st56;
	} else
		goto st56;
	goto st0;
st56:
	p += 1;
case 56:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st57;
		case 95u: goto st57;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st57;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st57;
	} else
		goto st57;
	goto st0;
st57:
	p += 1;
case 57:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st58;
		case 95u: goto st58;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st58;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st58;
	} else
		goto st58;
	goto st0;
st58:
	p += 1;
case 58:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st59;
		case 95u: goto st59;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st59;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st59;
	} else
		goto st59;
	goto st0;
st59:
	p += 1;
case 59:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st60;
		case 95u: goto st60;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st60;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st60;
	} else
		goto st60;
	goto st0;
st60:
	p += 1;
case 60:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st61;
		case 95u: goto st61;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st61;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st61;
	} else
		goto st61;
	goto st0;
st61:
	p += 1;
case 61:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st62;
		case 95u: goto st62;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st62;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st62;
	} else
		goto st62;
	goto st0;
st62:
	p += 1;
case 62:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st63;
		case 95u: goto st63;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st63;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st63;
	} else
		goto st63;
	goto st0;
st63:
	p += 1;
case 63:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st64;
		case 95u: goto st64;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st64;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st64;
	} else
		goto st64;
	goto st0;
st64:
	p += 1;
case 64:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st65;
		case 95u: goto st65;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st65;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st65;
	} else
		goto st65;
	goto st0;
st65:
	p += 1;
case 65:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st66;
		case 95u: goto st66;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st66;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st66;
	} else
		goto st66;
	goto st0;
st66:
	p += 1;
case 66:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st67;
		case 95u: goto st67;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st67;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st67;
	} else
		goto st67;
	goto st0;
st67:
	p += 1;
case 67:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st68;
		case 95u: goto st68;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st68;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st68;
	} else
		goto st68;
	goto st0;
st68:
	p += 1;
case 68:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st69;
		case 95u: goto st69;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st69;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st69;
	} else
		goto st69;
	goto st0;
st69:
	p += 1;
case 69:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st70;
		case 95u: goto st70;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st70;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st70;
	} else
		goto st70;
	goto st0;
st70:
	p += 1;
case 70:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st71;
		case 95u: goto st71;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st71;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st71;
	} else
		goto st71;
	goto st0;
st71:
	p += 1;
case 71:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st72;
		case 95u: goto st72;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st72;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st72;
	} else
		goto st72;
	goto st0;
st72:
	p += 1;
case 72:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st73;
		case 95u: goto st73;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st73;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st73;
	} else
		goto st73;
	goto st0;
st73:
	p += 1;
case 73:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st74;
		case 95u: goto st74;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st74;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st74;
	} else
		goto st74;
	goto st0;
st74:
	p += 1;
case 74:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st75;
		case 95u: goto st75;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st75;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st75;
	} else
		goto st75;
	goto st0;
st75:
	p += 1;
case 75:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st76;
		case 95u: goto st76;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st76;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st76;
	} else
		goto st76;
	goto st0;
st76:
	p += 1;
case 76:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st77;
		case 95u: goto st77;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st77;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st77;
	} else
		goto st77;
	goto st0;
st77:
	p += 1;
case 77:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st78;
		case 95u: goto st78;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st78;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st78;
	} else
		goto st78;
	goto st0;
st78:
	p += 1;
case 78:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st79;
		case 95u: goto st79;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st79;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st79;
	} else
		goto st79;
	goto st0;
st79:
	p += 1;
case 79:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st80;
		case 95u: goto st80;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st80;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st80;
	} else
		goto st80;
	goto st0;
st80:
	p += 1;
case 80:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st81;
		case 95u: goto st81;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st81;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st81;
	} else
		goto st81;
	goto st0;
st81:
	p += 1;
case 81:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st82;
		case 95u: goto st82;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st82;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st82;
	} else
		goto st82;
	goto st0;
st82:
	p += 1;
case 82:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st83;
		case 95u: goto st83;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st83;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st83;
	} else
		goto st83;
	goto st0;
st83:
	p += 1;
case 83:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st84;
		case 95u: goto st84;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st84;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st84;
	} else
		goto st84;
	goto st0;
st84:
	p += 1;
case 84:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st85;
		case 95u: goto st85;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st85;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st85;
	} else
		goto st85;
	goto st0;
st85:
	p += 1;
case 85:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st86;
		case 95u: goto st86;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st86;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st86;
	} else
		goto st86;
	goto st0;
st86:
	p += 1;
case 86:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st87;
		case 95u: goto st87;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st87;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st87;
	} else
		goto st87;
	goto st0;
st87:
	p += 1;
case 87:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st88;
		case 95u: goto st88;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st88;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st88;
	} else
		goto st88;
	goto st0;
st88:
	p += 1;
case 88:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st89;
		case 95u: goto st89;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st89;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st89;
	} else
		goto st89;
	goto st0;
st89:
	p += 1;
case 89:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st90;
		case 95u: goto st90;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st90;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st90;
	} else
		goto st90;
	goto st0;
st90:
	p += 1;
case 90:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st91;
		case 95u: goto st91;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st91;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st91;
	} else
		goto st91;
	goto st0;
st91:
	p += 1;
case 91:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st92;
		case 95u: goto st92;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st92;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st92;
	} else
		goto st92;
	goto st0;
st92:
	p += 1;
case 92:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st93;
		case 95u: goto st93;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st93;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st93;
	} else
		goto st93;
	goto st0;
st93:
	p += 1;
case 93:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st94;
		case 95u: goto st94;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st94;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st94;
	} else
		goto st94;
	goto st0;
st94:
	p += 1;
case 94:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st95;
		case 95u: goto st95;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st95;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st95;
	} else
		goto st95;
	goto st0;
st95:
	p += 1;
case 95:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st96;
		case 95u: goto st96;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st96;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st96;
	} else
		goto st96;
	goto st0;
st96:
	p += 1;
case 96:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st97;
		case 95u: goto st97;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st97;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st97;
	} else
		goto st97;
	goto st0;
st97:
	p += 1;
case 97:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st98;
		case 95u: goto st98;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st98;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st98;
	} else
		goto st98;
	goto st0;
st98:
	p += 1;
case 98:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st99;
		case 95u: goto st99;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st99;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st99;
	} else
		goto st99;
	goto st0;
st99:
	p += 1;
case 99:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st100;
		case 95u: goto st100;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st100;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st100;
	} else
		goto st100;
	goto st0;
st100:
	p += 1;
case 100:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st101;
		case 95u: goto st101;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st101;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st101;
	} else
		goto st101;
	goto st0;
st101:
	p += 1;
case 101:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st102;
		case 95u: goto st102;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st102;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st102;
	} else
		goto st102;
	goto st0;
st102:
	p += 1;
case 102:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st103;
		case 95u: goto st103;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st103;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st103;
	} else
		goto st103;
	goto st0;
st103:
	p += 1;
case 103:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st104;
		case 95u: goto st104;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st104;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st104;
	} else
		goto st104;
	goto st0;
st104:
	p += 1;
case 104:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st105;
		case 95u: goto st105;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st105;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st105;
	} else
		goto st105;
	goto st0;
st105:
	p += 1;
case 105:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st106;
		case 95u: goto st106;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st106;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st106;
	} else
		goto st106;
	goto st0;
st106:
	p += 1;
case 106:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st107;
		case 95u: goto st107;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st107;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st107;
	} else
		goto st107;
	goto st0;
st107:
	p += 1;
case 107:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st108;
		case 95u: goto st108;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st108;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st108;
	} else
		goto st108;
	goto st0;
st108:
	p += 1;
case 108:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st109;
		case 95u: goto st109;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st109;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st109;
	} else
		goto st109;
	goto st0;
st109:
	p += 1;
case 109:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st110;
		case 95u: goto st110;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st110;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st110;
	} else
		goto st110;
	goto st0;
st110:
	p += 1;
case 110:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st111;
		case 95u: goto st111;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st111;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st111;
	} else
		goto st111;
	goto st0;
st111:
	p += 1;
case 111:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st112;
		case 95u: goto st112;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st112;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st112;
	} else
		goto st112;
	goto st0;
st112:
	p += 1;
case 112:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st113;
		case 95u: goto st113;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st113;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st113;
	} else
		goto st113;
	goto st0;
st113:
	p += 1;
case 113:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st114;
		case 95u: goto st114;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st114;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st114;
	} else
		goto st114;
	goto st0;
st114:
	p += 1;
case 114:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st115;
		case 95u: goto st115;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st115;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st115;
	} else
		goto st115;
	goto st0;
st115:
	p += 1;
case 115:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st116;
		case 95u: goto st116;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st116;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st116;
	} else
		goto st116;
	goto st0;
st116:
	p += 1;
case 116:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st117;
		case 95u: goto st117;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st117;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st117;
	} else
		goto st117;
	goto st0;
st117:
	p += 1;
case 117:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st118;
		case 95u: goto st118;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st118;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st118;
	} else
		goto st118;
	goto st0;
st118:
	p += 1;
case 118:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st119;
		case 95u: goto st119;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st119;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st119;
	} else
		goto st119;
	goto st0;
st119:
	p += 1;
case 119:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st120;
		case 95u: goto st120;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st120;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st120;
	} else
		goto st120;
	goto st0;
st120:
	p += 1;
case 120:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st121;
		case 95u: goto st121;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st121;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st121;
	} else
		goto st121;
	goto st0;
st121:
	p += 1;
case 121:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st122;
		case 95u: goto st122;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st122;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st122;
	} else
		goto st122;
	goto st0;
st122:
	p += 1;
case 122:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st123;
		case 95u: goto st123;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st123;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st123;
	} else
		goto st123;
	goto st0;
st123:
	p += 1;
case 123:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st124;
		case 95u: goto st124;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st124;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st124;
	} else
		goto st124;
	goto st0;
st124:
	p += 1;
case 124:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st125;
		case 95u: goto st125;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st125;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st125;
	} else
		goto st125;
	goto st0;
st125:
	p += 1;
case 125:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st126;
		case 95u: goto st126;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st126;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st126;
	} else
		goto st126;
	goto st0;
st126:
	p += 1;
case 126:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st127;
		case 95u: goto st127;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st127;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st127;
	} else
		goto st127;
	goto st0;
st127:
	p += 1;
case 127:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st128;
		case 95u: goto st128;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st128;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st128;
	} else
		goto st128;
	goto st0;
st128:
	p += 1;
case 128:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st129;
		case 95u: goto st129;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st129;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st129;
	} else
		goto st129;
	goto st0;
st129:
	p += 1;
case 129:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st130;
		case 95u: goto st130;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st130;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st130;
	} else
		goto st130;
	goto st0;
st130:
	p += 1;
case 130:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st131;
		case 95u: goto st131;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st131;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st131;
	} else
		goto st131;
	goto st0;
st131:
	p += 1;
case 131:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st132;
		case 95u: goto st132;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st132;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st132;
	} else
		goto st132;
	goto st0;
st132:
	p += 1;
case 132:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st133;
		case 95u: goto st133;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st133;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st133;
	} else
		goto st133;
	goto st0;
st133:
	p += 1;
case 133:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st134;
		case 95u: goto st134;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st134;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st134;
	} else
		goto st134;
	goto st0;
st134:
	p += 1;
case 134:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st135;
		case 95u: goto st135;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st135;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st135;
	} else
		goto st135;
	goto st0;
st135:
	p += 1;
case 135:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st136;
		case 95u: goto st136;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st136;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st136;
	} else
		goto st136;
	goto st0;
st136:
	p += 1;
case 136:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st137;
		case 95u: goto st137;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st137;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st137;
	} else
		goto st137;
	goto st0;
st137:
	p += 1;
case 137:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st138;
		case 95u: goto st138;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st138;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st138;
	} else
		goto st138;
	goto st0;
st138:
	p += 1;
case 138:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st139;
		case 95u: goto st139;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st139;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st139;
	} else
		goto st139;
	goto st0;
st139:
	p += 1;
case 139:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st140;
		case 95u: goto st140;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st140;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st140;
	} else
		goto st140;
	goto st0;
st140:
	p += 1;
case 140:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st141;
		case 95u: goto st141;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st141;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st141;
	} else
		goto st141;
	goto st0;
st141:
	p += 1;
case 141:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st142;
		case 95u: goto st142;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st142;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st142;
	} else
		goto st142;
	goto st0;
st142:
	p += 1;
case 142:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st143;
		case 95u: goto st143;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st143;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st143;
	} else
		goto st143;
	goto st0;
st143:
	p += 1;
case 143:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st144;
		case 95u: goto st144;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st144;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st144;
	} else
		goto st144;
	goto st0;
st144:
	p += 1;
case 144:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st145;
		case 95u: goto st145;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st145;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st145;
	} else
		goto st145;
	goto st0;
st145:
	p += 1;
case 145:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st146;
		case 95u: goto st146;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st146;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st146;
	} else
		goto st146;
	goto st0;
st146:
	p += 1;
case 146:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st147;
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
	goto st0;
st147:
	p += 1;
case 147:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st148;
		case 95u: goto st148;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st148;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st148;
	} else
		goto st148;
	goto st0;
st148:
	p += 1;
case 148:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st149;
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
	goto st0;
st149:
	p += 1;
case 149:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st150;
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
	goto st0;
st150:
	p += 1;
case 150:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st151;
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
	goto st0;
st151:
	p += 1;
case 151:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st152;
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
	goto st0;
st152:
	p += 1;
case 152:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st153;
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
	goto st0;
st153:
	p += 1;
case 153:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st154;
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
	goto st0;
st154:
	p += 1;
case 154:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st155;
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
	goto st0;
st155:
	p += 1;
case 155:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st156;
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
	goto st0;
st156:
	p += 1;
case 156:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st157;
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
	goto st0;
st157:
	p += 1;
case 157:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st158;
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
	goto st0;
st158:
	p += 1;
case 158:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st159;
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
	goto st0;
st159:
	p += 1;
case 159:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st160;
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
	goto st0;
st160:
	p += 1;
case 160:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st161;
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
	goto st0;
st161:
	p += 1;
case 161:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st162;
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
	goto st0;
st162:
	p += 1;
case 162:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st163;
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
	goto st0;
st163:
	p += 1;
case 163:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st164;
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
	goto st0;
st164:
	p += 1;
case 164:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st165;
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
	goto st0;
st165:
	p += 1;
case 165:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st166;
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
	goto st0;
st166:
	p += 1;
case 166:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st167;
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
	goto st0;
st167:
	p += 1;
case 167:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st168;
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
	goto st0;
st168:
	p += 1;
case 168:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st169;
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
	goto st0;
st169:
	p += 1;
case 169:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st170;
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
	goto st0;
st170:
	p += 1;
case 170:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st171;
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
	goto st0;
st171:
	p += 1;
case 171:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st172;
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
	goto st0;
st172:
	p += 1;
case 172:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st173;
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
	goto st0;
st173:
	p += 1;
case 173:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st174;
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
	goto st0;
st174:
	p += 1;
case 174:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st175;
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
	goto st0;
st175:
	p += 1;
case 175:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st176;
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
	goto st0;
st176:
	p += 1;
case 176:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st177;
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
	goto st0;
st177:
	p += 1;
case 177:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st178;
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
	goto st0;
st178:
	p += 1;
case 178:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st179;
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
	goto st0;
st179:
	p += 1;
case 179:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st180;
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
	goto st0;
st180:
	p += 1;
case 180:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st181;
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
	goto st0;
st181:
	p += 1;
case 181:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st182;
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
	goto st0;
st182:
	p += 1;
case 182:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st183;
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
	goto st0;
st183:
	p += 1;
case 183:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st184;
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
	goto st0;
st184:
	p += 1;
case 184:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st185;
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
	goto st0;
st185:
	p += 1;
case 185:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st186;
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
	goto st0;
st186:
	p += 1;
case 186:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st187;
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
	goto st0;
st187:
	p += 1;
case 187:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st188;
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
	goto st0;
st188:
	p += 1;
case 188:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st189;
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
	goto st0;
st189:
	p += 1;
case 189:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st190;
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
	goto st0;
st190:
	p += 1;
case 190:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st191;
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
	goto st0;
st191:
	p += 1;
case 191:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st192;
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
	goto st0;
st192:
	p += 1;
case 192:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st193;
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
	goto st0;
st193:
	p += 1;
case 193:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st194;
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
	goto st0;
st194:
	p += 1;
case 194:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st195;
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
	goto st0;
st195:
	p += 1;
case 195:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st196;
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
	goto st0;
st196:
	p += 1;
case 196:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st197;
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
	goto st0;
st197:
	p += 1;
case 197:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st198;
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
	goto st0;
st198:
	p += 1;
case 198:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st199;
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
	goto st0;
st199:
	p += 1;
case 199:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st200;
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
	goto st0;
st200:
	p += 1;
case 200:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st201;
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
	goto st0;
st201:
	p += 1;
case 201:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st202;
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
	goto st0;
st202:
	p += 1;
case 202:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st203;
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
	goto st0;
st203:
	p += 1;
case 203:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st204;
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
	goto st0;
st204:
	p += 1;
case 204:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st205;
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
	goto st0;
st205:
	p += 1;
case 205:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st206;
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
	goto st0;
st206:
	p += 1;
case 206:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st207;
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
	goto st0;
st207:
	p += 1;
case 207:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st208;
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
	goto st0;
st208:
	p += 1;
case 208:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st209;
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
	goto st0;
st209:
	p += 1;
case 209:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st210;
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
	goto st0;
st210:
	p += 1;
case 210:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st211;
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
	goto st0;
st211:
	p += 1;
case 211:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st212;
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
	goto st0;
st212:
	p += 1;
case 212:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st213;
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
	goto st0;
st213:
	p += 1;
case 213:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st214;
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
	goto st0;
st214:
	p += 1;
case 214:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st215;
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
	goto st0;
st215:
	p += 1;
case 215:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st216;
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
	goto st0;
st216:
	p += 1;
case 216:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st217;
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
	goto st0;
st217:
	p += 1;
case 217:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st218;
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
	goto st0;
st218:
	p += 1;
case 218:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st219;
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
	goto st0;
st219:
	p += 1;
case 219:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st220;
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
	goto st0;
st220:
	p += 1;
case 220:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st221;
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
	goto st0;
st221:
	p += 1;
case 221:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st222;
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
	goto st0;
st222:
	p += 1;
case 222:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st223;
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
	goto st0;
st223:
	p += 1;
case 223:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st224;
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
	goto st0;
st224:
	p += 1;
case 224:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st225;
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
	goto st0;
st225:
	p += 1;
case 225:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st226;
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
	goto st0;
st226:
	p += 1;
case 226:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st227;
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
	goto st0;
st227:
	p += 1;
case 227:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st228;
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
	goto st0;
st228:
	p += 1;
case 228:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st229;
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
	goto st0;
st229:
	p += 1;
case 229:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st230;
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
	goto st0;
st230:
	p += 1;
case 230:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st231;
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
	goto st0;
st231:
	p += 1;
case 231:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st232;
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
	goto st0;
st232:
	p += 1;
case 232:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st233;
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
	goto st0;
st233:
	p += 1;
case 233:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st234;
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
	goto st0;
st234:
	p += 1;
case 234:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st235;
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
	goto st0;
st235:
	p += 1;
case 235:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st236;
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
	goto st0;
st236:
	p += 1;
case 236:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st237;
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
	goto st0;
st237:
	p += 1;
case 237:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st238;
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
	goto st0;
st238:
	p += 1;
case 238:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st239;
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
	goto st0;
st239:
	p += 1;
case 239:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st240;
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
	goto st0;
st240:
	p += 1;
case 240:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st241;
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
	goto st0;
st241:
	p += 1;
case 241:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st242;
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
	goto st0;
st242:
	p += 1;
case 242:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st243;
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
	goto st0;
st243:
	p += 1;
case 243:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st244;
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
	goto st0;
st244:
	p += 1;
case 244:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st245;
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
	goto st0;
st245:
	p += 1;
case 245:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st246;
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
	goto st0;
st246:
	p += 1;
case 246:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st247;
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
	goto st0;
st247:
	p += 1;
case 247:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st248;
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
	goto st0;
st248:
	p += 1;
case 248:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st249;
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
	goto st0;
st249:
	p += 1;
case 249:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st250;
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
	goto st0;
st250:
	p += 1;
case 250:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st251;
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
	goto st0;
st251:
	p += 1;
case 251:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st252;
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
	goto st0;
st252:
	p += 1;
case 252:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st253;
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
	goto st0;
st253:
	p += 1;
case 253:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st254;
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
	goto st0;
st254:
	p += 1;
case 254:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st255;
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
	goto st0;
st255:
	p += 1;
case 255:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st256;
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
	goto st0;
st256:
	p += 1;
case 256:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st257;
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
	goto st0;
st257:
	p += 1;
case 257:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st258;
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
	goto st0;
st258:
	p += 1;
case 258:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st259;
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
	goto st0;
st259:
	p += 1;
case 259:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st260;
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
	goto st0;
st260:
	p += 1;
case 260:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st261;
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
	goto st0;
st261:
	p += 1;
case 261:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st262;
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
	goto st0;
st262:
	p += 1;
case 262:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st263;
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
	goto st0;
st263:
	p += 1;
case 263:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st264;
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
	goto st0;
st264:
	p += 1;
case 264:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st265;
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
	goto st0;
st265:
	p += 1;
case 265:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st266;
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
	goto st0;
st266:
	p += 1;
case 266:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st267;
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
	goto st0;
st267:
	p += 1;
case 267:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st268;
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
	goto st0;
st268:
	p += 1;
case 268:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st269;
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
	goto st0;
st269:
	p += 1;
case 269:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st270;
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
	goto st0;
st270:
	p += 1;
case 270:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st271;
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
	goto st0;
st271:
	p += 1;
case 271:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st272;
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
	goto st0;
st272:
	p += 1;
case 272:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st273;
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
	goto st0;
st273:
	p += 1;
case 273:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st274;
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
	goto st0;
st274:
	p += 1;
case 274:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st275;
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
	goto st0;
st275:
	p += 1;
case 275:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st276;
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
	goto st0;
st276:
	p += 1;
case 276:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st277;
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
	goto st0;
st277:
	p += 1;
case 277:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st278;
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
	goto st0;
st278:
	p += 1;
case 278:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st279;
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
	goto st0;
st279:
	p += 1;
case 279:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st280;
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
	goto st0;
st280:
	p += 1;
case 280:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st281;
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
	goto st0;
st281:
	p += 1;
case 281:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st282;
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
	goto st0;
st282:
	p += 1;
case 282:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st283;
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
	goto st0;
st283:
	p += 1;
case 283:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st284;
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
	goto st0;
st284:
	p += 1;
case 284:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st285;
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
	goto st0;
st285:
	p += 1;
case 285:
	switch( (*p) ) {
		case 41u: goto st32;
		case 45u: goto st286;
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
	goto st0;
st286:
	p += 1;
case 286:
	if ( (*p) == 41u )
		goto st32;
	goto st0;
st287:
	p += 1;
case 287:
	switch( (*p) ) {
		case 86u: goto st288;
		case 118u: goto st288;
	}
	goto st0;
st288:
	p += 1;
case 288:
	switch( (*p) ) {
		case 69u: goto st289;
		case 101u: goto st289;
	}
	goto st0;
st289:
	p += 1;
case 289:
	switch( (*p) ) {
		case 76u: goto st290;
		case 108u: goto st290;
	}
	goto st0;
st290:
	p += 1;
case 290:
	switch( (*p) ) {
		case 79u: goto st291;
		case 111u: goto st291;
	}
	goto st0;
st291:
	p += 1;
case 291:
	switch( (*p) ) {
		case 80u: goto st292;
		case 112u: goto st292;
	}
	goto st0;
st292:
	p += 1;
case 292:
	switch( (*p) ) {
		case 69u: goto st293;
		case 101u: goto st293;
	}
	goto st0;
st293:
	p += 1;
case 293:
	if ( (*p) == 32u )
		goto st294;
	goto st0;
st294:
	p += 1;
case 294:
	if ( (*p) == 40u )
		goto tr325;
	goto st0;
tr472:
	{ {p = (( IMW_SKIP_TO(295)))-1;} }
	goto st295;
tr325:
	{ { const unsigned char *imw_q = IMW_EXTERN(IMW_RULE_ENVELOPE); if (!imw_q) { p--; {p++; cs = 295; goto _out;} } {p = (( imw_q))-1;} if (imw_q == pe) {p++; cs = 295; goto _out;} } }
	goto st295;
tr968:
	{ { const unsigned char *imw_q = IMW_EXTERN(IMW_RULE_BODY); if (!imw_q) { p--; {p++; cs = 295; goto _out;} } {p = (( imw_q))-1;} if (imw_q == pe) {p++; cs = 295; goto _out;} } }
	goto st295;
st295:
	p += 1;
case 295:
	switch( (*p) ) {
		case 32u: goto tr326;
		case 41u: goto tr327;
	}
	goto st0;
tr4:
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_DYNAMIC); }
	goto st296;
tr42:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_DYNAMIC); }
	goto st296;
st296:
	p += 1;
case 296:
	switch( (*p) ) {
		case 76u: goto st297;
		case 108u: goto st297;
	}
	goto st0;
st297:
	p += 1;
case 297:
	switch( (*p) ) {
		case 65u: goto st298;
		case 97u: goto st298;
	}
	goto st0;
st298:
	p += 1;
case 298:
	switch( (*p) ) {
		case 71u: goto st299;
		case 103u: goto st299;
	}
	goto st0;
st299:
	p += 1;
case 299:
	switch( (*p) ) {
		case 83u: goto st300;
		case 115u: goto st300;
	}
	goto st0;
st300:
	p += 1;
case 300:
	if ( (*p) == 32u )
		goto st301;
	goto st0;
st301:
	p += 1;
case 301:
	switch( (*p) ) {
		case 40u: goto st302;
		case 78u: goto tr334;
		case 110u: goto tr334;
	}
	goto st0;
st302:
	p += 1;
case 302:
	switch( (*p) ) {
		case 32u: goto tr335;
		case 34u: goto tr337;
		case 41u: goto st304;
		case 92u: goto tr339;
		case 93u: goto tr340;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr336;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr336;
		} else if ( (*p) >= 43u )
			goto tr336;
	} else
		goto tr336;
	goto st0;
tr335:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st303;
st303:
	p += 1;
case 303:
	switch( (*p) ) {
		case 32u: goto st303;
		case 41u: goto tr342;
	}
	goto st0;
tr342:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st304;
tr347:
	{ IMW_NAME_CLOSE(IMW_RULE_FLAG); }
	goto st304;
tr359:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_FLAG_QUOTED); }
	goto st304;
tr362:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_FLAG_STAR); }
	goto st304;
tr364:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st304;
st304:
	p += 1;
case 304:
	switch( (*p) ) {
		case 32u: goto tr343;
		case 41u: goto tr344;
	}
	goto st0;
tr346:
	{ {p = (( IMW_SKIP_TO(305)))-1;} }
	goto st305;
tr336:
	{ IMW_NAME_OPEN(IMW_RULE_FLAG); }
	{ {p = (( IMW_SKIP_TO(305)))-1;} }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st305;
tr351:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_NAME_OPEN(IMW_RULE_FLAG); }
	{ {p = (( IMW_SKIP_TO(305)))-1;} }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st305;
st305:
	p += 1;
case 305:
	switch( (*p) ) {
		case 32u: goto tr345;
		case 33u: goto tr346;
		case 41u: goto tr347;
		case 93u: goto st313;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr346;
		} else if ( (*p) >= 35u )
			goto tr346;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr346;
		} else if ( (*p) >= 94u )
			goto tr346;
	} else
		goto tr346;
	goto st0;
tr345:
	{ IMW_NAME_CLOSE(IMW_RULE_FLAG); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st306;
tr358:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_FLAG_QUOTED); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st306;
tr361:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_FLAG_STAR); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st306;
tr363:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_FLAG_BRACKET); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st306;
st306:
	p += 1;
case 306:
	switch( (*p) ) {
		case 32u: goto tr349;
		case 34u: goto tr337;
		case 41u: goto tr342;
		case 92u: goto tr339;
		case 93u: goto tr340;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr336;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr336;
		} else if ( (*p) >= 43u )
			goto tr336;
	} else
		goto tr336;
	goto st0;
tr349:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	goto st307;
st307:
	p += 1;
case 307:
	switch( (*p) ) {
		case 32u: goto st307;
		case 34u: goto tr352;
		case 41u: goto tr342;
		case 92u: goto tr353;
		case 93u: goto tr354;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr351;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr351;
		} else if ( (*p) >= 43u )
			goto tr351;
	} else
		goto tr351;
	goto st0;
tr355:
	{ {p = (( IMW_SKIP_TO(308)))-1;} }
	goto st308;
tr337:
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_FLAG_QUOTED); }
	{ {p = (( IMW_SKIP_TO(308)))-1;} }
	goto st308;
tr352:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_FLAG_QUOTED); }
	{ {p = (( IMW_SKIP_TO(308)))-1;} }
	goto st308;
st308:
	p += 1;
case 308:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr356;
		case 92u: goto tr357;
	}
	goto tr355;
tr356:
	{ {p = (( IMW_SKIP_TO(309)))-1;} }
	goto st309;
st309:
	p += 1;
case 309:
	switch( (*p) ) {
		case 32u: goto tr358;
		case 41u: goto tr359;
	}
	goto st0;
tr357:
	{ {p = (( IMW_SKIP_TO(310)))-1;} }
	goto st310;
st310:
	p += 1;
case 310:
	switch( (*p) ) {
		case 34u: goto tr355;
		case 92u: goto tr355;
	}
	goto st0;
tr339:
	{ IMW_NAME_OPEN(IMW_RULE_FLAG); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_STAR); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st311;
tr353:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_NAME_OPEN(IMW_RULE_FLAG); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_STAR); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st311;
st311:
	p += 1;
case 311:
	switch( (*p) ) {
		case 33u: goto tr346;
		case 42u: goto st312;
		case 93u: goto st313;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr346;
		} else if ( (*p) >= 35u )
			goto tr346;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr346;
		} else if ( (*p) >= 94u )
			goto tr346;
	} else
		goto tr346;
	goto st0;
st312:
	p += 1;
case 312:
	switch( (*p) ) {
		case 32u: goto tr361;
		case 41u: goto tr362;
	}
	goto st0;
tr340:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st313;
tr354:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st313;
st313:
	p += 1;
case 313:
	switch( (*p) ) {
		case 32u: goto tr363;
		case 33u: goto st313;
		case 41u: goto tr364;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st313;
		} else if ( (*p) >= 35u )
			goto st313;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st313;
		} else if ( (*p) >= 93u )
			goto st313;
	} else
		goto st313;
	goto st0;
tr334:
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_NIL_LIST); }
	goto st314;
st314:
	p += 1;
case 314:
	switch( (*p) ) {
		case 73u: goto st315;
		case 105u: goto st315;
	}
	goto st0;
st315:
	p += 1;
case 315:
	switch( (*p) ) {
		case 76u: goto st316;
		case 108u: goto st316;
	}
	goto st0;
st316:
	p += 1;
case 316:
	switch( (*p) ) {
		case 32u: goto tr367;
		case 41u: goto tr368;
	}
	goto st0;
tr5:
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_STATIC); }
	goto st317;
tr43:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_STATIC); }
	goto st317;
st317:
	p += 1;
case 317:
	switch( (*p) ) {
		case 78u: goto st318;
		case 110u: goto st318;
	}
	goto st0;
st318:
	p += 1;
case 318:
	switch( (*p) ) {
		case 84u: goto st319;
		case 116u: goto st319;
	}
	goto st0;
st319:
	p += 1;
case 319:
	switch( (*p) ) {
		case 69u: goto st320;
		case 101u: goto st320;
	}
	goto st0;
st320:
	p += 1;
case 320:
	switch( (*p) ) {
		case 82u: goto st321;
		case 114u: goto st321;
	}
	goto st0;
st321:
	p += 1;
case 321:
	switch( (*p) ) {
		case 78u: goto st322;
		case 110u: goto st322;
	}
	goto st0;
st322:
	p += 1;
case 322:
	switch( (*p) ) {
		case 65u: goto st323;
		case 97u: goto st323;
	}
	goto st0;
st323:
	p += 1;
case 323:
	switch( (*p) ) {
		case 76u: goto st324;
		case 108u: goto st324;
	}
	goto st0;
st324:
	p += 1;
case 324:
	switch( (*p) ) {
		case 68u: goto st325;
		case 100u: goto st325;
	}
	goto st0;
st325:
	p += 1;
case 325:
	switch( (*p) ) {
		case 65u: goto st326;
		case 97u: goto st326;
	}
	goto st0;
st326:
	p += 1;
case 326:
	switch( (*p) ) {
		case 84u: goto st327;
		case 116u: goto st327;
	}
	goto st0;
st327:
	p += 1;
case 327:
	switch( (*p) ) {
		case 69u: goto st328;
		case 101u: goto st328;
	}
	goto st0;
st328:
	p += 1;
case 328:
	if ( (*p) == 32u )
		goto st329;
	goto st0;
st329:
	p += 1;
case 329:
	if ( (*p) == 34u )
		goto st330;
	goto st0;
st330:
	p += 1;
case 330:
	if ( (*p) == 32u )
		goto st331;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st331;
	goto st0;
st331:
	p += 1;
case 331:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st332;
	goto st0;
st332:
	p += 1;
case 332:
	if ( (*p) == 45u )
		goto st333;
	goto st0;
st333:
	p += 1;
case 333:
	switch( (*p) ) {
		case 65u: goto st334;
		case 68u: goto st358;
		case 70u: goto st360;
		case 74u: goto st362;
		case 77u: goto st365;
		case 78u: goto st367;
		case 79u: goto st369;
		case 83u: goto st371;
		case 97u: goto st334;
		case 100u: goto st358;
		case 102u: goto st360;
		case 106u: goto st362;
		case 109u: goto st365;
		case 110u: goto st367;
		case 111u: goto st369;
		case 115u: goto st371;
	}
	goto st0;
st334:
	p += 1;
case 334:
	switch( (*p) ) {
		case 80u: goto st335;
		case 85u: goto st357;
		case 112u: goto st335;
		case 117u: goto st357;
	}
	goto st0;
st335:
	p += 1;
case 335:
	switch( (*p) ) {
		case 82u: goto st336;
		case 114u: goto st336;
	}
	goto st0;
st336:
	p += 1;
case 336:
	if ( (*p) == 45u )
		goto st337;
	goto st0;
st337:
	p += 1;
case 337:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st338;
	goto st0;
st338:
	p += 1;
case 338:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st339;
	goto st0;
st339:
	p += 1;
case 339:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st340;
	goto st0;
st340:
	p += 1;
case 340:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st341;
	goto st0;
st341:
	p += 1;
case 341:
	if ( (*p) == 32u )
		goto st342;
	goto st0;
st342:
	p += 1;
case 342:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st343;
	goto st0;
st343:
	p += 1;
case 343:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st344;
	goto st0;
st344:
	p += 1;
case 344:
	if ( (*p) == 58u )
		goto st345;
	goto st0;
st345:
	p += 1;
case 345:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st346;
	goto st0;
st346:
	p += 1;
case 346:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st347;
	goto st0;
st347:
	p += 1;
case 347:
	if ( (*p) == 58u )
		goto st348;
	goto st0;
st348:
	p += 1;
case 348:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st349;
	goto st0;
st349:
	p += 1;
case 349:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st350;
	goto st0;
st350:
	p += 1;
case 350:
	if ( (*p) == 32u )
		goto st351;
	goto st0;
st351:
	p += 1;
case 351:
	switch( (*p) ) {
		case 43u: goto st352;
		case 45u: goto st352;
	}
	goto st0;
st352:
	p += 1;
case 352:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st353;
	goto st0;
st353:
	p += 1;
case 353:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st354;
	goto st0;
st354:
	p += 1;
case 354:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st355;
	goto st0;
st355:
	p += 1;
case 355:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st356;
	goto st0;
st356:
	p += 1;
case 356:
	if ( (*p) == 34u )
		goto st295;
	goto st0;
st357:
	p += 1;
case 357:
	switch( (*p) ) {
		case 71u: goto st336;
		case 103u: goto st336;
	}
	goto st0;
st358:
	p += 1;
case 358:
	switch( (*p) ) {
		case 69u: goto st359;
		case 101u: goto st359;
	}
	goto st0;
st359:
	p += 1;
case 359:
	switch( (*p) ) {
		case 67u: goto st336;
		case 99u: goto st336;
	}
	goto st0;
st360:
	p += 1;
case 360:
	switch( (*p) ) {
		case 69u: goto st361;
		case 101u: goto st361;
	}
	goto st0;
st361:
	p += 1;
case 361:
	switch( (*p) ) {
		case 66u: goto st336;
		case 98u: goto st336;
	}
	goto st0;
st362:
	p += 1;
case 362:
	switch( (*p) ) {
		case 65u: goto st363;
		case 85u: goto st364;
		case 97u: goto st363;
		case 117u: goto st364;
	}
	goto st0;
st363:
	p += 1;
case 363:
	switch( (*p) ) {
		case 78u: goto st336;
		case 110u: goto st336;
	}
	goto st0;
st364:
	p += 1;
case 364:
	switch( (*p) ) {
		case 76u: goto st336;
		case 78u: goto st336;
		case 108u: goto st336;
		case 110u: goto st336;
	}
	goto st0;
st365:
	p += 1;
case 365:
	switch( (*p) ) {
		case 65u: goto st366;
		case 97u: goto st366;
	}
	goto st0;
st366:
	p += 1;
case 366:
	switch( (*p) ) {
		case 82u: goto st336;
		case 89u: goto st336;
		case 114u: goto st336;
		case 121u: goto st336;
	}
	goto st0;
st367:
	p += 1;
case 367:
	switch( (*p) ) {
		case 79u: goto st368;
		case 111u: goto st368;
	}
	goto st0;
st368:
	p += 1;
case 368:
	switch( (*p) ) {
		case 86u: goto st336;
		case 118u: goto st336;
	}
	goto st0;
st369:
	p += 1;
case 369:
	switch( (*p) ) {
		case 67u: goto st370;
		case 99u: goto st370;
	}
	goto st0;
st370:
	p += 1;
case 370:
	switch( (*p) ) {
		case 84u: goto st336;
		case 116u: goto st336;
	}
	goto st0;
st371:
	p += 1;
case 371:
	switch( (*p) ) {
		case 69u: goto st372;
		case 101u: goto st372;
	}
	goto st0;
st372:
	p += 1;
case 372:
	switch( (*p) ) {
		case 80u: goto st336;
		case 112u: goto st336;
	}
	goto st0;
tr6:
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_DYNAMIC); }
	{ IMW_EV_OPEN(IMW_RULE_FETCH_MOD_RESP); }
	goto st373;
tr44:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_DYNAMIC); }
	{ IMW_EV_OPEN(IMW_RULE_FETCH_MOD_RESP); }
	goto st373;
st373:
	p += 1;
case 373:
	switch( (*p) ) {
		case 79u: goto st374;
		case 111u: goto st374;
	}
	goto st0;
st374:
	p += 1;
case 374:
	switch( (*p) ) {
		case 68u: goto st375;
		case 100u: goto st375;
	}
	goto st0;
st375:
	p += 1;
case 375:
	switch( (*p) ) {
		case 83u: goto st376;
		case 115u: goto st376;
	}
	goto st0;
st376:
	p += 1;
case 376:
	switch( (*p) ) {
		case 69u: goto st377;
		case 101u: goto st377;
	}
	goto st0;
st377:
	p += 1;
case 377:
	switch( (*p) ) {
		case 81u: goto st378;
		case 113u: goto st378;
	}
	goto st0;
st378:
	p += 1;
case 378:
	if ( (*p) == 32u )
		goto st379;
	goto st0;
st379:
	p += 1;
case 379:
	if ( (*p) == 40u )
		goto st380;
	goto st0;
st380:
	p += 1;
case 380:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr432;
	goto st0;
tr432:
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st381;
st381:
	p += 1;
case 381:
	if ( (*p) == 41u )
		goto tr433;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st381;
	goto st0;
tr433:
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st382;
st382:
	p += 1;
case 382:
	switch( (*p) ) {
		case 32u: goto tr435;
		case 41u: goto tr436;
	}
	goto st0;
tr7:
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_DYNAMIC); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_PREVIEW); }
	goto st383;
tr45:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_DYNAMIC); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_PREVIEW); }
	goto st383;
st383:
	p += 1;
case 383:
	switch( (*p) ) {
		case 82u: goto st384;
		case 114u: goto st384;
	}
	goto st0;
st384:
	p += 1;
case 384:
	switch( (*p) ) {
		case 69u: goto st385;
		case 101u: goto st385;
	}
	goto st0;
st385:
	p += 1;
case 385:
	switch( (*p) ) {
		case 86u: goto st386;
		case 118u: goto st386;
	}
	goto st0;
st386:
	p += 1;
case 386:
	switch( (*p) ) {
		case 73u: goto st387;
		case 105u: goto st387;
	}
	goto st0;
st387:
	p += 1;
case 387:
	switch( (*p) ) {
		case 69u: goto st388;
		case 101u: goto st388;
	}
	goto st0;
st388:
	p += 1;
case 388:
	switch( (*p) ) {
		case 87u: goto st389;
		case 119u: goto st389;
	}
	goto st0;
st389:
	p += 1;
case 389:
	if ( (*p) == 32u )
		goto st390;
	goto st0;
st390:
	p += 1;
case 390:
	switch( (*p) ) {
		case 34u: goto tr444;
		case 78u: goto st394;
		case 110u: goto st394;
		case 123u: goto tr446;
	}
	goto st0;
tr444:
	{ {p = (( IMW_SKIP_TO(391)))-1;} }
	goto st391;
st391:
	p += 1;
case 391:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr447;
		case 92u: goto tr448;
	}
	goto tr444;
tr447:
	{ {p = (( IMW_SKIP_TO(392)))-1;} }
	goto st392;
st392:
	p += 1;
case 392:
	switch( (*p) ) {
		case 32u: goto tr449;
		case 41u: goto tr450;
	}
	goto st0;
tr448:
	{ {p = (( IMW_SKIP_TO(393)))-1;} }
	goto st393;
st393:
	p += 1;
case 393:
	switch( (*p) ) {
		case 34u: goto tr444;
		case 92u: goto tr444;
	}
	goto st0;
st394:
	p += 1;
case 394:
	switch( (*p) ) {
		case 73u: goto st395;
		case 105u: goto st395;
	}
	goto st0;
st395:
	p += 1;
case 395:
	switch( (*p) ) {
		case 76u: goto st392;
		case 108u: goto st392;
	}
	goto st0;
tr446:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st396;
st396:
	p += 1;
case 396:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr453;
	goto st0;
tr455:
	{ {p = (( IMW_SKIP_TO(397)))-1;} }
	goto st397;
tr453:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(397)))-1;} }
	goto st397;
st397:
	p += 1;
case 397:
	switch( (*p) ) {
		case 43u: goto tr454;
		case 125u: goto tr456;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr455;
	goto st0;
tr454:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st398;
st398:
	p += 1;
case 398:
	if ( (*p) == 125u )
		goto st399;
	goto st0;
tr456:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st399;
st399:
	p += 1;
case 399:
	if ( (*p) == 13u )
		goto st400;
	goto st0;
st400:
	p += 1;
case 400:
	if ( (*p) == 10u )
		goto tr459;
	goto st0;
tr459:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 401; goto _out;} }
	goto st401;
st401:
	p += 1;
case 401:
	switch( (*p) ) {
		case 32u: goto tr460;
		case 41u: goto tr461;
	}
	goto st0;
tr8:
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_STATIC); }
	goto st402;
tr46:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_STATIC); }
	goto st402;
st402:
	p += 1;
case 402:
	switch( (*p) ) {
		case 70u: goto st403;
		case 102u: goto st403;
	}
	goto st0;
st403:
	p += 1;
case 403:
	switch( (*p) ) {
		case 67u: goto st404;
		case 99u: goto st404;
	}
	goto st0;
st404:
	p += 1;
case 404:
	if ( (*p) == 56u )
		goto st405;
	goto st0;
st405:
	p += 1;
case 405:
	if ( (*p) == 50u )
		goto st406;
	goto st0;
st406:
	p += 1;
case 406:
	if ( (*p) == 50u )
		goto st407;
	goto st0;
st407:
	p += 1;
case 407:
	switch( (*p) ) {
		case 32u: goto st408;
		case 46u: goto st419;
	}
	goto st0;
tr1008:
	{ IMW_EV_CLOSE(IMW_RULE_SECTION); }
	goto st408;
st408:
	p += 1;
case 408:
	switch( (*p) ) {
		case 34u: goto tr469;
		case 78u: goto st411;
		case 110u: goto st411;
		case 123u: goto tr471;
	}
	goto st0;
tr469:
	{ {p = (( IMW_SKIP_TO(409)))-1;} }
	goto st409;
st409:
	p += 1;
case 409:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr472;
		case 92u: goto tr473;
	}
	goto tr469;
tr473:
	{ {p = (( IMW_SKIP_TO(410)))-1;} }
	goto st410;
st410:
	p += 1;
case 410:
	switch( (*p) ) {
		case 34u: goto tr469;
		case 92u: goto tr469;
	}
	goto st0;
st411:
	p += 1;
case 411:
	switch( (*p) ) {
		case 73u: goto st412;
		case 105u: goto st412;
	}
	goto st0;
st412:
	p += 1;
case 412:
	switch( (*p) ) {
		case 76u: goto st295;
		case 108u: goto st295;
	}
	goto st0;
tr471:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st413;
st413:
	p += 1;
case 413:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr475;
	goto st0;
tr477:
	{ {p = (( IMW_SKIP_TO(414)))-1;} }
	goto st414;
tr475:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(414)))-1;} }
	goto st414;
st414:
	p += 1;
case 414:
	switch( (*p) ) {
		case 43u: goto tr476;
		case 125u: goto tr478;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr477;
	goto st0;
tr476:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st415;
st415:
	p += 1;
case 415:
	if ( (*p) == 125u )
		goto st416;
	goto st0;
tr478:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st416;
st416:
	p += 1;
case 416:
	if ( (*p) == 13u )
		goto st417;
	goto st0;
st417:
	p += 1;
case 417:
	if ( (*p) == 10u )
		goto tr481;
	goto st0;
tr481:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 418; goto _out;} }
	goto st418;
st418:
	p += 1;
case 418:
	switch( (*p) ) {
		case 32u: goto tr482;
		case 41u: goto tr483;
	}
	goto st0;
st419:
	p += 1;
case 419:
	switch( (*p) ) {
		case 72u: goto st420;
		case 83u: goto st426;
		case 84u: goto st432;
		case 104u: goto st420;
		case 115u: goto st426;
		case 116u: goto st432;
	}
	goto st0;
st420:
	p += 1;
case 420:
	switch( (*p) ) {
		case 69u: goto st421;
		case 101u: goto st421;
	}
	goto st0;
st421:
	p += 1;
case 421:
	switch( (*p) ) {
		case 65u: goto st422;
		case 97u: goto st422;
	}
	goto st0;
st422:
	p += 1;
case 422:
	switch( (*p) ) {
		case 68u: goto st423;
		case 100u: goto st423;
	}
	goto st0;
st423:
	p += 1;
case 423:
	switch( (*p) ) {
		case 69u: goto st424;
		case 101u: goto st424;
	}
	goto st0;
st424:
	p += 1;
case 424:
	switch( (*p) ) {
		case 82u: goto st425;
		case 114u: goto st425;
	}
	goto st0;
tr1012:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st425;
st425:
	p += 1;
case 425:
	if ( (*p) == 32u )
		goto st408;
	goto st0;
st426:
	p += 1;
case 426:
	switch( (*p) ) {
		case 73u: goto st427;
		case 105u: goto st427;
	}
	goto st0;
st427:
	p += 1;
case 427:
	switch( (*p) ) {
		case 90u: goto st428;
		case 122u: goto st428;
	}
	goto st0;
st428:
	p += 1;
case 428:
	switch( (*p) ) {
		case 69u: goto st429;
		case 101u: goto st429;
	}
	goto st0;
st429:
	p += 1;
case 429:
	if ( (*p) == 32u )
		goto st430;
	goto st0;
st430:
	p += 1;
case 430:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr496;
	goto st0;
tr499:
	{ {p = (( IMW_SKIP_TO(431)))-1;} }
	goto st431;
tr496:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(431)))-1;} }
	goto st431;
st431:
	p += 1;
case 431:
	switch( (*p) ) {
		case 32u: goto tr497;
		case 41u: goto tr498;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr499;
	goto st0;
st432:
	p += 1;
case 432:
	switch( (*p) ) {
		case 69u: goto st433;
		case 101u: goto st433;
	}
	goto st0;
st433:
	p += 1;
case 433:
	switch( (*p) ) {
		case 88u: goto st434;
		case 120u: goto st434;
	}
	goto st0;
st434:
	p += 1;
case 434:
	switch( (*p) ) {
		case 84u: goto st425;
		case 116u: goto st425;
	}
	goto st0;
tr9:
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_DYNAMIC); }
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_SNIPPET); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_SAVEDATE); }
	goto st435;
tr47:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_DYNAMIC); }
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_SNIPPET); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_SAVEDATE); }
	goto st435;
st435:
	p += 1;
case 435:
	switch( (*p) ) {
		case 65u: goto st436;
		case 78u: goto st490;
		case 97u: goto st436;
		case 110u: goto st490;
	}
	goto st0;
st436:
	p += 1;
case 436:
	switch( (*p) ) {
		case 86u: goto st437;
		case 118u: goto st437;
	}
	goto st0;
st437:
	p += 1;
case 437:
	switch( (*p) ) {
		case 69u: goto st438;
		case 101u: goto st438;
	}
	goto st0;
st438:
	p += 1;
case 438:
	switch( (*p) ) {
		case 68u: goto st439;
		case 100u: goto st439;
	}
	goto st0;
st439:
	p += 1;
case 439:
	switch( (*p) ) {
		case 65u: goto st440;
		case 97u: goto st440;
	}
	goto st0;
st440:
	p += 1;
case 440:
	switch( (*p) ) {
		case 84u: goto st441;
		case 116u: goto st441;
	}
	goto st0;
st441:
	p += 1;
case 441:
	switch( (*p) ) {
		case 69u: goto st442;
		case 101u: goto st442;
	}
	goto st0;
st442:
	p += 1;
case 442:
	if ( (*p) == 32u )
		goto st443;
	goto st0;
st443:
	p += 1;
case 443:
	switch( (*p) ) {
		case 34u: goto st444;
		case 78u: goto st488;
		case 110u: goto st488;
	}
	goto st0;
st444:
	p += 1;
case 444:
	if ( (*p) == 32u )
		goto st445;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st445;
	goto st0;
st445:
	p += 1;
case 445:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st446;
	goto st0;
st446:
	p += 1;
case 446:
	if ( (*p) == 45u )
		goto st447;
	goto st0;
st447:
	p += 1;
case 447:
	switch( (*p) ) {
		case 65u: goto st448;
		case 68u: goto st473;
		case 70u: goto st475;
		case 74u: goto st477;
		case 77u: goto st480;
		case 78u: goto st482;
		case 79u: goto st484;
		case 83u: goto st486;
		case 97u: goto st448;
		case 100u: goto st473;
		case 102u: goto st475;
		case 106u: goto st477;
		case 109u: goto st480;
		case 110u: goto st482;
		case 111u: goto st484;
		case 115u: goto st486;
	}
	goto st0;
st448:
	p += 1;
case 448:
	switch( (*p) ) {
		case 80u: goto st449;
		case 85u: goto st472;
		case 112u: goto st449;
		case 117u: goto st472;
	}
	goto st0;
st449:
	p += 1;
case 449:
	switch( (*p) ) {
		case 82u: goto st450;
		case 114u: goto st450;
	}
	goto st0;
st450:
	p += 1;
case 450:
	if ( (*p) == 45u )
		goto st451;
	goto st0;
st451:
	p += 1;
case 451:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st452;
	goto st0;
st452:
	p += 1;
case 452:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st453;
	goto st0;
st453:
	p += 1;
case 453:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st454;
	goto st0;
st454:
	p += 1;
case 454:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st455;
	goto st0;
st455:
	p += 1;
case 455:
	if ( (*p) == 32u )
		goto st456;
	goto st0;
st456:
	p += 1;
case 456:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st457;
	goto st0;
st457:
	p += 1;
case 457:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st458;
	goto st0;
st458:
	p += 1;
case 458:
	if ( (*p) == 58u )
		goto st459;
	goto st0;
st459:
	p += 1;
case 459:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st460;
	goto st0;
st460:
	p += 1;
case 460:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st461;
	goto st0;
st461:
	p += 1;
case 461:
	if ( (*p) == 58u )
		goto st462;
	goto st0;
st462:
	p += 1;
case 462:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st463;
	goto st0;
st463:
	p += 1;
case 463:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st464;
	goto st0;
st464:
	p += 1;
case 464:
	if ( (*p) == 32u )
		goto st465;
	goto st0;
st465:
	p += 1;
case 465:
	switch( (*p) ) {
		case 43u: goto st466;
		case 45u: goto st466;
	}
	goto st0;
st466:
	p += 1;
case 466:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st467;
	goto st0;
st467:
	p += 1;
case 467:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st468;
	goto st0;
st468:
	p += 1;
case 468:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st469;
	goto st0;
st469:
	p += 1;
case 469:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st470;
	goto st0;
st470:
	p += 1;
case 470:
	if ( (*p) == 34u )
		goto st471;
	goto st0;
st471:
	p += 1;
case 471:
	switch( (*p) ) {
		case 32u: goto tr548;
		case 41u: goto tr549;
	}
	goto st0;
st472:
	p += 1;
case 472:
	switch( (*p) ) {
		case 71u: goto st450;
		case 103u: goto st450;
	}
	goto st0;
st473:
	p += 1;
case 473:
	switch( (*p) ) {
		case 69u: goto st474;
		case 101u: goto st474;
	}
	goto st0;
st474:
	p += 1;
case 474:
	switch( (*p) ) {
		case 67u: goto st450;
		case 99u: goto st450;
	}
	goto st0;
st475:
	p += 1;
case 475:
	switch( (*p) ) {
		case 69u: goto st476;
		case 101u: goto st476;
	}
	goto st0;
st476:
	p += 1;
case 476:
	switch( (*p) ) {
		case 66u: goto st450;
		case 98u: goto st450;
	}
	goto st0;
st477:
	p += 1;
case 477:
	switch( (*p) ) {
		case 65u: goto st478;
		case 85u: goto st479;
		case 97u: goto st478;
		case 117u: goto st479;
	}
	goto st0;
st478:
	p += 1;
case 478:
	switch( (*p) ) {
		case 78u: goto st450;
		case 110u: goto st450;
	}
	goto st0;
st479:
	p += 1;
case 479:
	switch( (*p) ) {
		case 76u: goto st450;
		case 78u: goto st450;
		case 108u: goto st450;
		case 110u: goto st450;
	}
	goto st0;
st480:
	p += 1;
case 480:
	switch( (*p) ) {
		case 65u: goto st481;
		case 97u: goto st481;
	}
	goto st0;
st481:
	p += 1;
case 481:
	switch( (*p) ) {
		case 82u: goto st450;
		case 89u: goto st450;
		case 114u: goto st450;
		case 121u: goto st450;
	}
	goto st0;
st482:
	p += 1;
case 482:
	switch( (*p) ) {
		case 79u: goto st483;
		case 111u: goto st483;
	}
	goto st0;
st483:
	p += 1;
case 483:
	switch( (*p) ) {
		case 86u: goto st450;
		case 118u: goto st450;
	}
	goto st0;
st484:
	p += 1;
case 484:
	switch( (*p) ) {
		case 67u: goto st485;
		case 99u: goto st485;
	}
	goto st0;
st485:
	p += 1;
case 485:
	switch( (*p) ) {
		case 84u: goto st450;
		case 116u: goto st450;
	}
	goto st0;
st486:
	p += 1;
case 486:
	switch( (*p) ) {
		case 69u: goto st487;
		case 101u: goto st487;
	}
	goto st0;
st487:
	p += 1;
case 487:
	switch( (*p) ) {
		case 80u: goto st450;
		case 112u: goto st450;
	}
	goto st0;
st488:
	p += 1;
case 488:
	switch( (*p) ) {
		case 73u: goto st489;
		case 105u: goto st489;
	}
	goto st0;
st489:
	p += 1;
case 489:
	switch( (*p) ) {
		case 76u: goto st471;
		case 108u: goto st471;
	}
	goto st0;
st490:
	p += 1;
case 490:
	switch( (*p) ) {
		case 73u: goto st491;
		case 105u: goto st491;
	}
	goto st0;
st491:
	p += 1;
case 491:
	switch( (*p) ) {
		case 80u: goto st492;
		case 112u: goto st492;
	}
	goto st0;
st492:
	p += 1;
case 492:
	switch( (*p) ) {
		case 80u: goto st493;
		case 112u: goto st493;
	}
	goto st0;
st493:
	p += 1;
case 493:
	switch( (*p) ) {
		case 69u: goto st494;
		case 101u: goto st494;
	}
	goto st0;
st494:
	p += 1;
case 494:
	switch( (*p) ) {
		case 84u: goto st495;
		case 116u: goto st495;
	}
	goto st0;
st495:
	p += 1;
case 495:
	if ( (*p) == 32u )
		goto st496;
	goto st0;
st496:
	p += 1;
case 496:
	if ( (*p) == 40u )
		goto st497;
	goto st0;
st497:
	p += 1;
case 497:
	switch( (*p) ) {
		case 70u: goto st498;
		case 102u: goto st498;
	}
	goto st0;
st498:
	p += 1;
case 498:
	switch( (*p) ) {
		case 85u: goto st499;
		case 117u: goto st499;
	}
	goto st0;
st499:
	p += 1;
case 499:
	switch( (*p) ) {
		case 90u: goto st500;
		case 122u: goto st500;
	}
	goto st0;
st500:
	p += 1;
case 500:
	switch( (*p) ) {
		case 90u: goto st501;
		case 122u: goto st501;
	}
	goto st0;
st501:
	p += 1;
case 501:
	switch( (*p) ) {
		case 89u: goto st502;
		case 121u: goto st502;
	}
	goto st0;
st502:
	p += 1;
case 502:
	if ( (*p) == 32u )
		goto st503;
	goto st0;
st503:
	p += 1;
case 503:
	switch( (*p) ) {
		case 34u: goto tr572;
		case 78u: goto st508;
		case 110u: goto st508;
		case 123u: goto tr574;
	}
	goto st0;
tr572:
	{ {p = (( IMW_SKIP_TO(504)))-1;} }
	goto st504;
st504:
	p += 1;
case 504:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr575;
		case 92u: goto tr576;
	}
	goto tr572;
tr575:
	{ {p = (( IMW_SKIP_TO(505)))-1;} }
	goto st505;
st505:
	p += 1;
case 505:
	if ( (*p) == 41u )
		goto st506;
	goto st0;
tr589:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st506;
st506:
	p += 1;
case 506:
	switch( (*p) ) {
		case 32u: goto tr578;
		case 41u: goto tr579;
	}
	goto st0;
tr576:
	{ {p = (( IMW_SKIP_TO(507)))-1;} }
	goto st507;
st507:
	p += 1;
case 507:
	switch( (*p) ) {
		case 34u: goto tr572;
		case 92u: goto tr572;
	}
	goto st0;
st508:
	p += 1;
case 508:
	switch( (*p) ) {
		case 73u: goto st509;
		case 105u: goto st509;
	}
	goto st0;
st509:
	p += 1;
case 509:
	switch( (*p) ) {
		case 76u: goto st505;
		case 108u: goto st505;
	}
	goto st0;
tr574:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st510;
st510:
	p += 1;
case 510:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr582;
	goto st0;
tr584:
	{ {p = (( IMW_SKIP_TO(511)))-1;} }
	goto st511;
tr582:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(511)))-1;} }
	goto st511;
st511:
	p += 1;
case 511:
	switch( (*p) ) {
		case 43u: goto tr583;
		case 125u: goto tr585;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr584;
	goto st0;
tr583:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st512;
st512:
	p += 1;
case 512:
	if ( (*p) == 125u )
		goto st513;
	goto st0;
tr585:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st513;
st513:
	p += 1;
case 513:
	if ( (*p) == 13u )
		goto st514;
	goto st0;
st514:
	p += 1;
case 514:
	if ( (*p) == 10u )
		goto tr588;
	goto st0;
tr588:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 515; goto _out;} }
	goto st515;
st515:
	p += 1;
case 515:
	if ( (*p) == 41u )
		goto tr589;
	goto st0;
tr10:
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_EV_OPEN(IMW_RULE_FETCH_THREADID_RESP); }
	goto st516;
tr48:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_EV_OPEN(IMW_RULE_FETCH_THREADID_RESP); }
	goto st516;
st516:
	p += 1;
case 516:
	switch( (*p) ) {
		case 72u: goto st517;
		case 104u: goto st517;
	}
	goto st0;
st517:
	p += 1;
case 517:
	switch( (*p) ) {
		case 82u: goto st518;
		case 114u: goto st518;
	}
	goto st0;
st518:
	p += 1;
case 518:
	switch( (*p) ) {
		case 69u: goto st519;
		case 101u: goto st519;
	}
	goto st0;
st519:
	p += 1;
case 519:
	switch( (*p) ) {
		case 65u: goto st520;
		case 97u: goto st520;
	}
	goto st0;
st520:
	p += 1;
case 520:
	switch( (*p) ) {
		case 68u: goto st521;
		case 100u: goto st521;
	}
	goto st0;
st521:
	p += 1;
case 521:
	switch( (*p) ) {
		case 73u: goto st522;
		case 105u: goto st522;
	}
	goto st0;
st522:
	p += 1;
case 522:
	switch( (*p) ) {
		case 68u: goto st523;
		case 100u: goto st523;
	}
	goto st0;
st523:
	p += 1;
case 523:
	if ( (*p) == 32u )
		goto st524;
	goto st0;
st524:
	p += 1;
case 524:
	switch( (*p) ) {
		case 40u: goto st525;
		case 78u: goto st782;
		case 110u: goto st782;
	}
	goto st0;
st525:
	p += 1;
case 525:
	switch( (*p) ) {
		case 45u: goto st526;
		case 95u: goto st526;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st526;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st526;
	} else
		goto st526;
	goto st0;
st526:
	p += 1;
case 526:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st528;
		case 95u: goto st528;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st528;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st528;
	} else
		goto st528;
	goto st0;
st527:
	p += 1;
case 527:
	switch( (*p) ) {
		case 32u: goto tr603;
		case 41u: goto tr604;
	}
	goto st0;
st528:
	p += 1;
case 528:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st529;
		case 95u: goto st529;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st529;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st529;
	} else
		goto st529;
	goto st0;
st529:
	p += 1;
case 529:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st530;
		case 95u: goto st530;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st530;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st530;
	} else
		goto st530;
	goto st0;
st530:
	p += 1;
case 530:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st531;
		case 95u: goto st531;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st531;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st531;
	} else
		goto st531;
	goto st0;
st531:
	p += 1;
case 531:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st532;
		case 95u: goto st532;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st532;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st532;
	} else
		goto st532;
	goto st0;
st532:
	p += 1;
case 532:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st533;
		case 95u: goto st533;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st533;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st533;
	} else
		goto st533;
	goto st0;
st533:
	p += 1;
case 533:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st534;
		case 95u: goto st534;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st534;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st534;
	} else
		goto st534;
	goto st0;
st534:
	p += 1;
case 534:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st535;
		case 95u: goto st535;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st535;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st535;
	} else
		goto st535;
	goto st0;
st535:
	p += 1;
case 535:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st536;
		case 95u: goto st536;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st536;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st536;
	} else
		goto st536;
	goto st0;
st536:
	p += 1;
case 536:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st537;
		case 95u: goto st537;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st537;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st537;
	} else
		goto st537;
	goto st0;
st537:
	p += 1;
case 537:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st538;
		case 95u: goto st538;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st538;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st538;
	} else
		goto st538;
	goto st0;
st538:
	p += 1;
case 538:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st539;
		case 95u: goto st539;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st539;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st539;
	} else
		goto st539;
	goto st0;
st539:
	p += 1;
case 539:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st540;
		case 95u: goto st540;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st540;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st540;
	} else
		goto st540;
	goto st0;
st540:
	p += 1;
case 540:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st541;
		case 95u: goto st541;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st541;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st541;
	} else
		goto st541;
	goto st0;
st541:
	p += 1;
case 541:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st542;
		case 95u: goto st542;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st542;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st542;
	} else
		goto st542;
	goto st0;
st542:
	p += 1;
case 542:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st543;
		case 95u: goto st543;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st543;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st543;
	} else
		goto st543;
	goto st0;
st543:
	p += 1;
case 543:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st544;
		case 95u: goto st544;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st544;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st544;
	} else
		goto st544;
	goto st0;
st544:
	p += 1;
case 544:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st545;
		case 95u: goto st545;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st545;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st545;
	} else
		goto st545;
	goto st0;
st545:
	p += 1;
case 545:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st546;
		case 95u: goto st546;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st546;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st546;
	} else
		goto st546;
	goto st0;
st546:
	p += 1;
case 546:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st547;
		case 95u: goto st547;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st547;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st547;
	} else
		goto st547;
	goto st0;
st547:
	p += 1;
case 547:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st548;
		case 95u: goto st548;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st548;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st548;
	} else
		goto st548;
	goto st0;
st548:
	p += 1;
case 548:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st549;
		case 95u: goto st549;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st549;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st549;
	} else
		goto st549;
	goto st0;
st549:
	p += 1;
case 549:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st550;
		case 95u: goto st550;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st550;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st550;
	} else
		goto st550;
	goto st0;
st550:
	p += 1;
case 550:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st551;
		case 95u: goto st551;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st551;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st551;
	} else
		goto st551;
	goto st0;
st551:
	p += 1;
case 551:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st552;
		case 95u: goto st552;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st552;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st552;
	} else
		goto st552;
	goto st0;
st552:
	p += 1;
case 552:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st553;
		case 95u: goto st553;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st553;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st553;
	} else
		goto st553;
	goto st0;
st553:
	p += 1;
case 553:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st554;
		case 95u: goto st554;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st554;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st554;
	} else
		goto st554;
	goto st0;
st554:
	p += 1;
case 554:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st555;
		case 95u: goto st555;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st555;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st555;
	} else
		goto st555;
	goto st0;
st555:
	p += 1;
case 555:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st556;
		case 95u: goto st556;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st556;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st556;
	} else
		goto st556;
	goto st0;
st556:
	p += 1;
case 556:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st557;
		case 95u: goto st557;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st557;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st557;
	} else
		goto st557;
	goto st0;
st557:
	p += 1;
case 557:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st558;
		case 95u: goto st558;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st558;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st558;
	} else
		goto st558;
	goto st0;
st558:
	p += 1;
case 558:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st559;
		case 95u: goto st559;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st559;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st559;
	} else
		goto st559;
	goto st0;
st559:
	p += 1;
case 559:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st560;
		case 95u: goto st560;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st560;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st560;
	} else
		goto st560;
	goto st0;
st560:
	p += 1;
case 560:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st561;
		case 95u: goto st561;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st561;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st561;
	} else
		goto st561;
	goto st0;
st561:
	p += 1;
case 561:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st562;
		case 95u: goto st562;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st562;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st562;
	} else
		goto st562;
	goto st0;
st562:
	p += 1;
case 562:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st563;
		case 95u: goto st563;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st563;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st563;
	} else
		goto st563;
	goto st0;
st563:
	p += 1;
case 563:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st564;
		case 95u: goto st564;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st564;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st564;
	} else
		goto st564;
	goto st0;
st564:
	p += 1;
case 564:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st565;
		case 95u: goto st565;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st565;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st565;
	} else
		goto st565;
	goto st0;
st565:
	p += 1;
case 565:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st566;
		case 95u: goto st566;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st566;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st566;
	} else
		goto st566;
	goto st0;
st566:
	p += 1;
case 566:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st567;
		case 95u: goto st567;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st567;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st567;
	} else
		goto st567;
	goto st0;
st567:
	p += 1;
case 567:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st568;
		case 95u: goto st568;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st568;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st568;
	} else
		goto st568;
	goto st0;
st568:
	p += 1;
case 568:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st569;
		case 95u: goto st569;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st569;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st569;
	} else
		goto st569;
	goto st0;
st569:
	p += 1;
case 569:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st570;
		case 95u: goto st570;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st570;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st570;
	} else
		goto st570;
	goto st0;
st570:
	p += 1;
case 570:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st571;
		case 95u: goto st571;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st571;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st571;
	} else
		goto st571;
	goto st0;
st571:
	p += 1;
case 571:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st572;
		case 95u: goto st572;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st572;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st572;
	} else
		goto st572;
	goto st0;
st572:
	p += 1;
case 572:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st573;
		case 95u: goto st573;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st573;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st573;
	} else
		goto st573;
	goto st0;
st573:
	p += 1;
case 573:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st574;
		case 95u: goto st574;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st574;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st574;
	} else
		goto st574;
	goto st0;
st574:
	p += 1;
case 574:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st575;
		case 95u: goto st575;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st575;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st575;
	} else
		goto st575;
	goto st0;
st575:
	p += 1;
case 575:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st576;
		case 95u: goto st576;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st576;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st576;
	} else
		goto st576;
	goto st0;
st576:
	p += 1;
case 576:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st577;
		case 95u: goto st577;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st577;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st577;
	} else
		goto st577;
	goto st0;
st577:
	p += 1;
case 577:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st578;
		case 95u: goto st578;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st578;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st578;
	} else
		goto st578;
	goto st0;
st578:
	p += 1;
case 578:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st579;
		case 95u: goto st579;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st579;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st579;
	} else
		goto st579;
	goto st0;
st579:
	p += 1;
case 579:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st580;
		case 95u: goto st580;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st580;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st580;
	} else
		goto st580;
	goto st0;
st580:
	p += 1;
case 580:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st581;
		case 95u: goto st581;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st581;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st581;
	} else
		goto st581;
	goto st0;
st581:
	p += 1;
case 581:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st582;
		case 95u: goto st582;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st582;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st582;
	} else
		goto st582;
	goto st0;
st582:
	p += 1;
case 582:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st583;
		case 95u: goto st583;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st583;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st583;
	} else
		goto st583;
	goto st0;
st583:
	p += 1;
case 583:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st584;
		case 95u: goto st584;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st584;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st584;
	} else
		goto st584;
	goto st0;
st584:
	p += 1;
case 584:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st585;
		case 95u: goto st585;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st585;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st585;
	} else
		goto st585;
	goto st0;
st585:
	p += 1;
case 585:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st586;
		case 95u: goto st586;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st586;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st586;
	} else
		goto st586;
	goto st0;
st586:
	p += 1;
case 586:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st587;
		case 95u: goto st587;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st587;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st587;
	} else
		goto st587;
	goto st0;
st587:
	p += 1;
case 587:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st588;
		case 95u: goto st588;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st588;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st588;
	} else
		goto st588;
	goto st0;
st588:
	p += 1;
case 588:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st589;
		case 95u: goto st589;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st589;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st589;
	} else
		goto st589;
	goto st0;
st589:
	p += 1;
case 589:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st590;
		case 95u: goto st590;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st590;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st590;
	} else
		goto st590;
	goto st0;
st590:
	p += 1;
case 590:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st591;
		case 95u: goto st591;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st591;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st591;
	} else
		goto st591;
	goto st0;
st591:
	p += 1;
case 591:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st592;
		case 95u: goto st592;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st592;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st592;
	} else
		goto st592;
	goto st0;
st592:
	p += 1;
case 592:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st593;
		case 95u: goto st593;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st593;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st593;
	} else
		goto st593;
	goto st0;
st593:
	p += 1;
case 593:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st594;
		case 95u: goto st594;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st594;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st594;
	} else
		goto st594;
	goto st0;
st594:
	p += 1;
case 594:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st595;
		case 95u: goto st595;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st595;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st595;
	} else
		goto st595;
	goto st0;
st595:
	p += 1;
case 595:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st596;
		case 95u: goto st596;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st596;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st596;
	} else
		goto st596;
	goto st0;
st596:
	p += 1;
case 596:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st597;
		case 95u: goto st597;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st597;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st597;
	} else
		goto st597;
	goto st0;
st597:
	p += 1;
case 597:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st598;
		case 95u: goto st598;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st598;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st598;
	} else
		goto st598;
	goto st0;
st598:
	p += 1;
case 598:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st599;
		case 95u: goto st599;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st599;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st599;
	} else
		goto st599;
	goto st0;
st599:
	p += 1;
case 599:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st600;
		case 95u: goto st600;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st600;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st600;
	} else
		goto st600;
	goto st0;
st600:
	p += 1;
case 600:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st601;
		case 95u: goto st601;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st601;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st601;
	} else
		goto st601;
	goto st0;
st601:
	p += 1;
case 601:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st602;
		case 95u: goto st602;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st602;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st602;
	} else
		goto st602;
	goto st0;
st602:
	p += 1;
case 602:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st603;
		case 95u: goto st603;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st603;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st603;
	} else
		goto st603;
	goto st0;
st603:
	p += 1;
case 603:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st604;
		case 95u: goto st604;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st604;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st604;
	} else
		goto st604;
	goto st0;
st604:
	p += 1;
case 604:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st605;
		case 95u: goto st605;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st605;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st605;
	} else
		goto st605;
	goto st0;
st605:
	p += 1;
case 605:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st606;
		case 95u: goto st606;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st606;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st606;
	} else
		goto st606;
	goto st0;
st606:
	p += 1;
case 606:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st607;
		case 95u: goto st607;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st607;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st607;
	} else
		goto st607;
	goto st0;
st607:
	p += 1;
case 607:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st608;
		case 95u: goto st608;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st608;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st608;
	} else
		goto st608;
	goto st0;
st608:
	p += 1;
case 608:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st609;
		case 95u: goto st609;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st609;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st609;
	} else
		goto st609;
	goto st0;
st609:
	p += 1;
case 609:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st610;
		case 95u: goto st610;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st610;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st610;
	} else
		goto st610;
	goto st0;
st610:
	p += 1;
case 610:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st611;
		case 95u: goto st611;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st611;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st611;
	} else
		goto st611;
	goto st0;
st611:
	p += 1;
case 611:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st612;
		case 95u: goto st612;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st612;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st612;
	} else
		goto st612;
	goto st0;
st612:
	p += 1;
case 612:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st613;
		case 95u: goto st613;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st613;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st613;
	} else
		goto st613;
	goto st0;
st613:
	p += 1;
case 613:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st614;
		case 95u: goto st614;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st614;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st614;
	} else
		goto st614;
	goto st0;
st614:
	p += 1;
case 614:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st615;
		case 95u: goto st615;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st615;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st615;
	} else
		goto st615;
	goto st0;
st615:
	p += 1;
case 615:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st616;
		case 95u: goto st616;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st616;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st616;
	} else
		goto st616;
	goto st0;
st616:
	p += 1;
case 616:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st617;
		case 95u: goto st617;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st617;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st617;
	} else
		goto st617;
	goto st0;
st617:
	p += 1;
case 617:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st618;
		case 95u: goto st618;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st618;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st618;
	} else
		goto st618;
	goto st0;
st618:
	p += 1;
case 618:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st619;
		case 95u: goto st619;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st619;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st619;
	} else
		goto st619;
	goto st0;
st619:
	p += 1;
case 619:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st620;
		case 95u: goto st620;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st620;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st620;
	} else
		goto st620;
	goto st0;
st620:
	p += 1;
case 620:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st621;
		case 95u: goto st621;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st621;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st621;
	} else
		goto st621;
	goto st0;
st621:
	p += 1;
case 621:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st622;
		case 95u: goto st622;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st622;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st622;
	} else
		goto st622;
	goto st0;
st622:
	p += 1;
case 622:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st623;
		case 95u: goto st623;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st623;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st623;
	} else
		goto st623;
	goto st0;
st623:
	p += 1;
case 623:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st624;
		case 95u: goto st624;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st624;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st624;
	} else
		goto st624;
	goto st0;
st624:
	p += 1;
case 624:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st625;
		case 95u: goto st625;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st625;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st625;
	} else
		goto st625;
	goto st0;
st625:
	p += 1;
case 625:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st626;
		case 95u: goto st626;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st626;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st626;
	} else
		goto st626;
	goto st0;
st626:
	p += 1;
case 626:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st627;
		case 95u: goto st627;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st627;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st627;
	} else
		goto st627;
	goto st0;
st627:
	p += 1;
case 627:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st628;
		case 95u: goto st628;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st628;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st628;
	} else
		goto st628;
	goto st0;
st628:
	p += 1;
case 628:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st629;
		case 95u: goto st629;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st629;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st629;
	} else
		goto st629;
	goto st0;
st629:
	p += 1;
case 629:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st630;
		case 95u: goto st630;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st630;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st630;
	} else
		goto st630;
	goto st0;
st630:
	p += 1;
case 630:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st631;
		case 95u: goto st631;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st631;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st631;
	} else
		goto st631;
	goto st0;
st631:
	p += 1;
case 631:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st632;
		case 95u: goto st632;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st632;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st632;
	} else
		goto st632;
	goto st0;
st632:
	p += 1;
case 632:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st633;
		case 95u: goto st633;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st633;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st633;
	} else
		goto st633;
	goto st0;
st633:
	p += 1;
case 633:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st634;
		case 95u: goto st634;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st634;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st634;
	} else
		goto st634;
	goto st0;
st634:
	p += 1;
case 634:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st635;
		case 95u: goto st635;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st635;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st635;
	} else
		goto st635;
	goto st0;
st635:
	p += 1;
case 635:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st636;
		case 95u: goto st636;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st636;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st636;
	} else
		goto st636;
	goto st0;
st636:
	p += 1;
case 636:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st637;
		case 95u: goto st637;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st637;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st637;
	} else
		goto st637;
	goto st0;
st637:
	p += 1;
case 637:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st638;
		case 95u: goto st638;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st638;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st638;
	} else
		goto st638;
	goto st0;
st638:
	p += 1;
case 638:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st639;
		case 95u: goto st639;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st639;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st639;
	} else
		goto st639;
	goto st0;
st639:
	p += 1;
case 639:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st640;
		case 95u: goto st640;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st640;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st640;
	} else
		goto st640;
	goto st0;
st640:
	p += 1;
case 640:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st641;
		case 95u: goto st641;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st641;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st641;
	} else
		goto st641;
	goto st0;
st641:
	p += 1;
case 641:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st642;
		case 95u: goto st642;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st642;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st642;
	} else
		goto st642;
	goto st0;
st642:
	p += 1;
case 642:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st643;
		case 95u: goto st643;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st643;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st643;
	} else
		goto st643;
	goto st0;
st643:
	p += 1;
case 643:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st644;
		case 95u: goto st644;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st644;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st644;
	} else
		goto st644;
	goto st0;
st644:
	p += 1;
case 644:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st645;
		case 95u: goto st645;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st645;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st645;
	} else
		goto st645;
	goto st0;
st645:
	p += 1;
case 645:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st646;
		case 95u: goto st646;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st646;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st646;
	} else
		goto st646;
	goto st0;
st646:
	p += 1;
case 646:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st647;
		case 95u: goto st647;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st647;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st647;
	} else
		goto st647;
	goto st0;
st647:
	p += 1;
case 647:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st648;
		case 95u: goto st648;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st648;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st648;
	} else
		goto st648;
	goto st0;
st648:
	p += 1;
case 648:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st649;
		case 95u: goto st649;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st649;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st649;
	} else
		goto st649;
	goto st0;
st649:
	p += 1;
case 649:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st650;
		case 95u: goto st650;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st650;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st650;
	} else
		goto st650;
	goto st0;
st650:
	p += 1;
case 650:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st651;
		case 95u: goto st651;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st651;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st651;
	} else
		goto st651;
	goto st0;
st651:
	p += 1;
case 651:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st652;
		case 95u: goto st652;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st652;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st652;
	} else
		goto st652;
	goto st0;
st652:
	p += 1;
case 652:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st653;
		case 95u: goto st653;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st653;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st653;
	} else
		goto st653;
	goto st0;
st653:
	p += 1;
case 653:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st654;
		case 95u: goto st654;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st654;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st654;
	} else
		goto st654;
	goto st0;
st654:
	p += 1;
case 654:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st655;
		case 95u: goto st655;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st655;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st655;
	} else
		goto st655;
	goto st0;
st655:
	p += 1;
case 655:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st656;
		case 95u: goto st656;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st656;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st656;
	} else
		goto st656;
	goto st0;
st656:
	p += 1;
case 656:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st657;
		case 95u: goto st657;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st657;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st657;
	} else
		goto st657;
	goto st0;
st657:
	p += 1;
case 657:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st658;
		case 95u: goto st658;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st658;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st658;
	} else
		goto st658;
	goto st0;
st658:
	p += 1;
case 658:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st659;
		case 95u: goto st659;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st659;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st659;
	} else
		goto st659;
	goto st0;
st659:
	p += 1;
case 659:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st660;
		case 95u: goto st660;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st660;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st660;
	} else
		goto st660;
	goto st0;
st660:
	p += 1;
case 660:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st661;
		case 95u: goto st661;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st661;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st661;
	} else
		goto st661;
	goto st0;
st661:
	p += 1;
case 661:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st662;
		case 95u: goto st662;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st662;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st662;
	} else
		goto st662;
	goto st0;
st662:
	p += 1;
case 662:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st663;
		case 95u: goto st663;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st663;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st663;
	} else
		goto st663;
	goto st0;
st663:
	p += 1;
case 663:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st664;
		case 95u: goto st664;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st664;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st664;
	} else
		goto st664;
	goto st0;
st664:
	p += 1;
case 664:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st665;
		case 95u: goto st665;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st665;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st665;
	} else
		goto st665;
	goto st0;
st665:
	p += 1;
case 665:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st666;
		case 95u: goto st666;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st666;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st666;
	} else
		goto st666;
	goto st0;
st666:
	p += 1;
case 666:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st667;
		case 95u: goto st667;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st667;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st667;
	} else
		goto st667;
	goto st0;
st667:
	p += 1;
case 667:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st668;
		case 95u: goto st668;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st668;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st668;
	} else
		goto st668;
	goto st0;
st668:
	p += 1;
case 668:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st669;
		case 95u: goto st669;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st669;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st669;
	} else
		goto st669;
	goto st0;
st669:
	p += 1;
case 669:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st670;
		case 95u: goto st670;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st670;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st670;
	} else
		goto st670;
	goto st0;
st670:
	p += 1;
case 670:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st671;
		case 95u: goto st671;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st671;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st671;
	} else
		goto st671;
	goto st0;
st671:
	p += 1;
case 671:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st672;
		case 95u: goto st672;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st672;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st672;
	} else
		goto st672;
	goto st0;
st672:
	p += 1;
case 672:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st673;
		case 95u: goto st673;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st673;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st673;
	} else
		goto st673;
	goto st0;
st673:
	p += 1;
case 673:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st674;
		case 95u: goto st674;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st674;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st674;
	} else
		goto st674;
	goto st0;
st674:
	p += 1;
case 674:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st675;
		case 95u: goto st675;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st675;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st675;
	} else
		goto st675;
	goto st0;
st675:
	p += 1;
case 675:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st676;
		case 95u: goto st676;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st676;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st676;
	} else
		goto st676;
	goto st0;
st676:
	p += 1;
case 676:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st677;
		case 95u: goto st677;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st677;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st677;
	} else
		goto st677;
	goto st0;
st677:
	p += 1;
case 677:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st678;
		case 95u: goto st678;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st678;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st678;
	} else
		goto st678;
	goto st0;
st678:
	p += 1;
case 678:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st679;
		case 95u: goto st679;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st679;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st679;
	} else
		goto st679;
	goto st0;
st679:
	p += 1;
case 679:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st680;
		case 95u: goto st680;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st680;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st680;
	} else
		goto st680;
	goto st0;
st680:
	p += 1;
case 680:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st681;
		case 95u: goto st681;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st681;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st681;
	} else
		goto st681;
	goto st0;
st681:
	p += 1;
case 681:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st682;
		case 95u: goto st682;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st682;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st682;
	} else
		goto st682;
	goto st0;
st682:
	p += 1;
case 682:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st683;
		case 95u: goto st683;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st683;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st683;
	} else
		goto st683;
	goto st0;
st683:
	p += 1;
case 683:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st684;
		case 95u: goto st684;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st684;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st684;
	} else
		goto st684;
	goto st0;
st684:
	p += 1;
case 684:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st685;
		case 95u: goto st685;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st685;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st685;
	} else
		goto st685;
	goto st0;
st685:
	p += 1;
case 685:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st686;
		case 95u: goto st686;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st686;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st686;
	} else
		goto st686;
	goto st0;
st686:
	p += 1;
case 686:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st687;
		case 95u: goto st687;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st687;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st687;
	} else
		goto st687;
	goto st0;
st687:
	p += 1;
case 687:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st688;
		case 95u: goto st688;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st688;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st688;
	} else
		goto st688;
	goto st0;
st688:
	p += 1;
case 688:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st689;
		case 95u: goto st689;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st689;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st689;
	} else
		goto st689;
	goto st0;
st689:
	p += 1;
case 689:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st690;
		case 95u: goto st690;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st690;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st690;
	} else
		goto st690;
	goto st0;
st690:
	p += 1;
case 690:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st691;
		case 95u: goto st691;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st691;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st691;
	} else
		goto st691;
	goto st0;
st691:
	p += 1;
case 691:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st692;
		case 95u: goto st692;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st692;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st692;
	} else
		goto st692;
	goto st0;
st692:
	p += 1;
case 692:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st693;
		case 95u: goto st693;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st693;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st693;
	} else
		goto st693;
	goto st0;
st693:
	p += 1;
case 693:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st694;
		case 95u: goto st694;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st694;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st694;
	} else
		goto st694;
	goto st0;
st694:
	p += 1;
case 694:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st695;
		case 95u: goto st695;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st695;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st695;
	} else
		goto st695;
	goto st0;
st695:
	p += 1;
case 695:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st696;
		case 95u: goto st696;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st696;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st696;
	} else
		goto st696;
	goto st0;
st696:
	p += 1;
case 696:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st697;
		case 95u: goto st697;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st697;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st697;
	} else
		goto st697;
	goto st0;
st697:
	p += 1;
case 697:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st698;
		case 95u: goto st698;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st698;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st698;
	} else
		goto st698;
	goto st0;
st698:
	p += 1;
case 698:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st699;
		case 95u: goto st699;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st699;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st699;
	} else
		goto st699;
	goto st0;
st699:
	p += 1;
case 699:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st700;
		case 95u: goto st700;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st700;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st700;
	} else
		goto st700;
	goto st0;
st700:
	p += 1;
case 700:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st701;
		case 95u: goto st701;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st701;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st701;
	} else
		goto st701;
	goto st0;
st701:
	p += 1;
case 701:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st702;
		case 95u: goto st702;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st702;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st702;
	} else
		goto st702;
	goto st0;
st702:
	p += 1;
case 702:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st703;
		case 95u: goto st703;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st703;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st703;
	} else
		goto st703;
	goto st0;
st703:
	p += 1;
case 703:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st704;
		case 95u: goto st704;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st704;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st704;
	} else
		goto st704;
	goto st0;
st704:
	p += 1;
case 704:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st705;
		case 95u: goto st705;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st705;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st705;
	} else
		goto st705;
	goto st0;
st705:
	p += 1;
case 705:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st706;
		case 95u: goto st706;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st706;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st706;
	} else
		goto st706;
	goto st0;
st706:
	p += 1;
case 706:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st707;
		case 95u: goto st707;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st707;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st707;
	} else
		goto st707;
	goto st0;
st707:
	p += 1;
case 707:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st708;
		case 95u: goto st708;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st708;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st708;
	} else
		goto st708;
	goto st0;
st708:
	p += 1;
case 708:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st709;
		case 95u: goto st709;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st709;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st709;
	} else
		goto st709;
	goto st0;
st709:
	p += 1;
case 709:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st710;
		case 95u: goto st710;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st710;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st710;
	} else
		goto st710;
	goto st0;
st710:
	p += 1;
case 710:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st711;
		case 95u: goto st711;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st711;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st711;
	} else
		goto st711;
	goto st0;
st711:
	p += 1;
case 711:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st712;
		case 95u: goto st712;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st712;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st712;
	} else
		goto st712;
	goto st0;
st712:
	p += 1;
case 712:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st713;
		case 95u: goto st713;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st713;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st713;
	} else
		goto st713;
	goto st0;
st713:
	p += 1;
case 713:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st714;
		case 95u: goto st714;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st714;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st714;
	} else
		goto st714;
	goto st0;
st714:
	p += 1;
case 714:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st715;
		case 95u: goto st715;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st715;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st715;
	} else
		goto st715;
	goto st0;
st715:
	p += 1;
case 715:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st716;
		case 95u: goto st716;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st716;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st716;
	} else
		goto st716;
	goto st0;
st716:
	p += 1;
case 716:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st717;
		case 95u: goto st717;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st717;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st717;
	} else
		goto st717;
	goto st0;
st717:
	p += 1;
case 717:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st718;
		case 95u: goto st718;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st718;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st718;
	} else
		goto st718;
	goto st0;
st718:
	p += 1;
case 718:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st719;
		case 95u: goto st719;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st719;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st719;
	} else
		goto st719;
	goto st0;
st719:
	p += 1;
case 719:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st720;
		case 95u: goto st720;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st720;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st720;
	} else
		goto st720;
	goto st0;
st720:
	p += 1;
case 720:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st721;
		case 95u: goto st721;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st721;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st721;
	} else
		goto st721;
	goto st0;
st721:
	p += 1;
case 721:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st722;
		case 95u: goto st722;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st722;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st722;
	} else
		goto st722;
	goto st0;
st722:
	p += 1;
case 722:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st723;
		case 95u: goto st723;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st723;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st723;
	} else
		goto st723;
	goto st0;
st723:
	p += 1;
case 723:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st724;
		case 95u: goto st724;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st724;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st724;
	} else
		goto st724;
	goto st0;
st724:
	p += 1;
case 724:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st725;
		case 95u: goto st725;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st725;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st725;
	} else
		goto st725;
	goto st0;
st725:
	p += 1;
case 725:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st726;
		case 95u: goto st726;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st726;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st726;
	} else
		goto st726;
	goto st0;
st726:
	p += 1;
case 726:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st727;
		case 95u: goto st727;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st727;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st727;
	} else
		goto st727;
	goto st0;
st727:
	p += 1;
case 727:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st728;
		case 95u: goto st728;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st728;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st728;
	} else
		goto st728;
	goto st0;
st728:
	p += 1;
case 728:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st729;
		case 95u: goto st729;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st729;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st729;
	} else
		goto st729;
	goto st0;
st729:
	p += 1;
case 729:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st730;
		case 95u: goto st730;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st730;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st730;
	} else
		goto st730;
	goto st0;
st730:
	p += 1;
case 730:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st731;
		case 95u: goto st731;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st731;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st731;
	} else
		goto st731;
	goto st0;
st731:
	p += 1;
case 731:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st732;
		case 95u: goto st732;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st732;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st732;
	} else
		goto st732;
	goto st0;
st732:
	p += 1;
case 732:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st733;
		case 95u: goto st733;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st733;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st733;
	} else
		goto st733;
	goto st0;
st733:
	p += 1;
case 733:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st734;
		case 95u: goto st734;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st734;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st734;
	} else
		goto st734;
	goto st0;
st734:
	p += 1;
case 734:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st735;
		case 95u: goto st735;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st735;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st735;
	} else
		goto st735;
	goto st0;
st735:
	p += 1;
case 735:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st736;
		case 95u: goto st736;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st736;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st736;
	} else
		goto st736;
	goto st0;
st736:
	p += 1;
case 736:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st737;
		case 95u: goto st737;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st737;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st737;
	} else
		goto st737;
	goto st0;
st737:
	p += 1;
case 737:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st738;
		case 95u: goto st738;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st738;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st738;
	} else
		goto st738;
	goto st0;
st738:
	p += 1;
case 738:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st739;
		case 95u: goto st739;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st739;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st739;
	} else
		goto st739;
	goto st0;
st739:
	p += 1;
case 739:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st740;
		case 95u: goto st740;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st740;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st740;
	} else
		goto st740;
	goto st0;
st740:
	p += 1;
case 740:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st741;
		case 95u: goto st741;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st741;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st741;
	} else
		goto st741;
	goto st0;
st741:
	p += 1;
case 741:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st742;
		case 95u: goto st742;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st742;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st742;
	} else
		goto st742;
	goto st0;
st742:
	p += 1;
case 742:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st743;
		case 95u: goto st743;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st743;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st743;
	} else
		goto st743;
	goto st0;
st743:
	p += 1;
case 743:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st744;
		case 95u: goto st744;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st744;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st744;
	} else
		goto st744;
	goto st0;
st744:
	p += 1;
case 744:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st745;
		case 95u: goto st745;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st745;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st745;
	} else
		goto st745;
	goto st0;
st745:
	p += 1;
case 745:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st746;
		case 95u: goto st746;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st746;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st746;
	} else
		goto st746;
	goto st0;
st746:
	p += 1;
case 746:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st747;
		case 95u: goto st747;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st747;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st747;
	} else
		goto st747;
	goto st0;
st747:
	p += 1;
case 747:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st748;
		case 95u: goto st748;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st748;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st748;
	} else
		goto st748;
	goto st0;
st748:
	p += 1;
case 748:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st749;
		case 95u: goto st749;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st749;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st749;
	} else
		goto st749;
	goto st0;
st749:
	p += 1;
case 749:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st750;
		case 95u: goto st750;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st750;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st750;
	} else
		goto st750;
	goto st0;
st750:
	p += 1;
case 750:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st751;
		case 95u: goto st751;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st751;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st751;
	} else
		goto st751;
	goto st0;
st751:
	p += 1;
case 751:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st752;
		case 95u: goto st752;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st752;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st752;
	} else
		goto st752;
	goto st0;
st752:
	p += 1;
case 752:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st753;
		case 95u: goto st753;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st753;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st753;
	} else
		goto st753;
	goto st0;
st753:
	p += 1;
case 753:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st754;
		case 95u: goto st754;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st754;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st754;
	} else
		goto st754;
	goto st0;
st754:
	p += 1;
case 754:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st755;
		case 95u: goto st755;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st755;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st755;
	} else
		goto st755;
	goto st0;
st755:
	p += 1;
case 755:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st756;
		case 95u: goto st756;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st756;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st756;
	} else
		goto st756;
	goto st0;
st756:
	p += 1;
case 756:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st757;
		case 95u: goto st757;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st757;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st757;
	} else
		goto st757;
	goto st0;
st757:
	p += 1;
case 757:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st758;
		case 95u: goto st758;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st758;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st758;
	} else
		goto st758;
	goto st0;
st758:
	p += 1;
case 758:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st759;
		case 95u: goto st759;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st759;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st759;
	} else
		goto st759;
	goto st0;
st759:
	p += 1;
case 759:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st760;
		case 95u: goto st760;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st760;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st760;
	} else
		goto st760;
	goto st0;
st760:
	p += 1;
case 760:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st761;
		case 95u: goto st761;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st761;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st761;
	} else
		goto st761;
	goto st0;
st761:
	p += 1;
case 761:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st762;
		case 95u: goto st762;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st762;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st762;
	} else
		goto st762;
	goto st0;
st762:
	p += 1;
case 762:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st763;
		case 95u: goto st763;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st763;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st763;
	} else
		goto st763;
	goto st0;
st763:
	p += 1;
case 763:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st764;
		case 95u: goto st764;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st764;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st764;
	} else
		goto st764;
	goto st0;
st764:
	p += 1;
case 764:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st765;
		case 95u: goto st765;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st765;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st765;
	} else
		goto st765;
	goto st0;
st765:
	p += 1;
case 765:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st766;
		case 95u: goto st766;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st766;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st766;
	} else
		goto st766;
	goto st0;
st766:
	p += 1;
case 766:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st767;
		case 95u: goto st767;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st767;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st767;
	} else
		goto st767;
	goto st0;
st767:
	p += 1;
case 767:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st768;
		case 95u: goto st768;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st768;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st768;
	} else
		goto st768;
	goto st0;
st768:
	p += 1;
case 768:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st769;
		case 95u: goto st769;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st769;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st769;
	} else
		goto st769;
	goto st0;
st769:
	p += 1;
case 769:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st770;
		case 95u: goto st770;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st770;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st770;
	} else
		goto st770;
	goto st0;
st770:
	p += 1;
case 770:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st771;
		case 95u: goto st771;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st771;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st771;
	} else
		goto st771;
	goto st0;
st771:
	p += 1;
case 771:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st772;
		case 95u: goto st772;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st772;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st772;
	} else
		goto st772;
	goto st0;
st772:
	p += 1;
case 772:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st773;
		case 95u: goto st773;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st773;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st773;
	} else
		goto st773;
	goto st0;
st773:
	p += 1;
case 773:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st774;
		case 95u: goto st774;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st774;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st774;
	} else
		goto st774;
	goto st0;
st774:
	p += 1;
case 774:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st775;
		case 95u: goto st775;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st775;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st775;
	} else
		goto st775;
	goto st0;
st775:
	p += 1;
case 775:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st776;
		case 95u: goto st776;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st776;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st776;
	} else
		goto st776;
	goto st0;
st776:
	p += 1;
case 776:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st777;
		case 95u: goto st777;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st777;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st777;
	} else
		goto st777;
	goto st0;
st777:
	p += 1;
case 777:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st778;
		case 95u: goto st778;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st778;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st778;
	} else
		goto st778;
	goto st0;
st778:
	p += 1;
case 778:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st779;
		case 95u: goto st779;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st779;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st779;
	} else
		goto st779;
	goto st0;
st779:
	p += 1;
case 779:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st780;
		case 95u: goto st780;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st780;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st780;
	} else
		goto st780;
	goto st0;
st780:
	p += 1;
case 780:
	switch( (*p) ) {
		case 41u: goto st527;
		case 45u: goto st781;
		case 95u: goto st781;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st781;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st781;
	} else
		goto st781;
	goto st0;
st781:
	p += 1;
case 781:
	if ( (*p) == 41u )
		goto st527;
	goto st0;
st782:
	p += 1;
case 782:
	switch( (*p) ) {
		case 73u: goto st783;
		case 105u: goto st783;
	}
	goto st0;
st783:
	p += 1;
case 783:
	switch( (*p) ) {
		case 76u: goto st527;
		case 108u: goto st527;
	}
	goto st0;
tr11:
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_STATIC); }
	goto st784;
tr49:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_STATIC); }
	goto st784;
st784:
	p += 1;
case 784:
	switch( (*p) ) {
		case 73u: goto st785;
		case 105u: goto st785;
	}
	goto st0;
st785:
	p += 1;
case 785:
	switch( (*p) ) {
		case 68u: goto st786;
		case 100u: goto st786;
	}
	goto st0;
st786:
	p += 1;
case 786:
	if ( (*p) == 32u )
		goto st787;
	goto st0;
st787:
	p += 1;
case 787:
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr862;
	goto st0;
tr865:
	{ {p = (( IMW_SKIP_TO(788)))-1;} }
	goto st788;
tr862:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(788)))-1;} }
	goto st788;
st788:
	p += 1;
case 788:
	switch( (*p) ) {
		case 32u: goto tr863;
		case 41u: goto tr864;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr865;
	goto st0;
tr12:
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_DYNAMIC); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_GM_LABELS); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_GM_MSGID); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_GM_THRID); }
	goto st789;
tr50:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_DYNAMIC); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_GM_LABELS); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_STATIC); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_GM_MSGID); }
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT_GM_THRID); }
	goto st789;
st789:
	p += 1;
case 789:
	if ( (*p) == 45u )
		goto st790;
	goto st0;
st790:
	p += 1;
case 790:
	switch( (*p) ) {
		case 71u: goto st791;
		case 103u: goto st791;
	}
	goto st0;
st791:
	p += 1;
case 791:
	switch( (*p) ) {
		case 77u: goto st792;
		case 109u: goto st792;
	}
	goto st0;
st792:
	p += 1;
case 792:
	if ( (*p) == 45u )
		goto st793;
	goto st0;
st793:
	p += 1;
case 793:
	switch( (*p) ) {
		case 76u: goto st794;
		case 77u: goto st817;
		case 84u: goto st824;
		case 108u: goto st794;
		case 109u: goto st817;
		case 116u: goto st824;
	}
	goto st0;
st794:
	p += 1;
case 794:
	switch( (*p) ) {
		case 65u: goto st795;
		case 97u: goto st795;
	}
	goto st0;
st795:
	p += 1;
case 795:
	switch( (*p) ) {
		case 66u: goto st796;
		case 98u: goto st796;
	}
	goto st0;
st796:
	p += 1;
case 796:
	switch( (*p) ) {
		case 69u: goto st797;
		case 101u: goto st797;
	}
	goto st0;
st797:
	p += 1;
case 797:
	switch( (*p) ) {
		case 76u: goto st798;
		case 108u: goto st798;
	}
	goto st0;
st798:
	p += 1;
case 798:
	switch( (*p) ) {
		case 83u: goto st799;
		case 115u: goto st799;
	}
	goto st0;
st799:
	p += 1;
case 799:
	if ( (*p) == 32u )
		goto st800;
	goto st0;
st800:
	p += 1;
case 800:
	if ( (*p) == 40u )
		goto st801;
	goto st0;
st801:
	p += 1;
case 801:
	switch( (*p) ) {
		case 34u: goto tr881;
		case 41u: goto st806;
		case 92u: goto tr883;
		case 93u: goto tr884;
		case 123u: goto tr885;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr880;
	} else if ( (*p) > 39u ) {
		if ( 43u <= (*p) && (*p) <= 126u )
			goto tr880;
	} else
		goto tr880;
	goto st0;
tr887:
	{ {p = (( IMW_SKIP_TO(802)))-1;} }
	goto st802;
tr880:
	{ IMW_EV_OPEN(IMW_RULE_GM_LABEL); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(802)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_FLAG); }
	goto st802;
st802:
	p += 1;
case 802:
	switch( (*p) ) {
		case 32u: goto tr886;
		case 33u: goto tr887;
		case 41u: goto tr888;
		case 93u: goto tr889;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr887;
		} else if ( (*p) >= 35u )
			goto tr887;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr887;
		} else if ( (*p) >= 94u )
			goto tr887;
	} else
		goto tr887;
	goto st0;
tr886:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_FLAG); }
	{ IMW_EV_CLOSE(IMW_RULE_GM_LABEL); }
	goto st803;
tr893:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_GM_LABEL); }
	goto st803;
tr898:
	{ IMW_NAME_CLOSE(IMW_RULE_FLAG); }
	{ IMW_EV_CLOSE(IMW_RULE_GM_LABEL); }
	goto st803;
tr907:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_GM_LABEL); }
	goto st803;
st803:
	p += 1;
case 803:
	switch( (*p) ) {
		case 34u: goto tr881;
		case 92u: goto tr883;
		case 93u: goto tr884;
		case 123u: goto tr885;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr880;
	} else if ( (*p) > 39u ) {
		if ( 43u <= (*p) && (*p) <= 126u )
			goto tr880;
	} else
		goto tr880;
	goto st0;
tr890:
	{ {p = (( IMW_SKIP_TO(804)))-1;} }
	goto st804;
tr881:
	{ IMW_EV_OPEN(IMW_RULE_GM_LABEL); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(804)))-1;} }
	goto st804;
st804:
	p += 1;
case 804:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr891;
		case 92u: goto tr892;
	}
	goto tr890;
tr891:
	{ {p = (( IMW_SKIP_TO(805)))-1;} }
	goto st805;
st805:
	p += 1;
case 805:
	switch( (*p) ) {
		case 32u: goto tr893;
		case 41u: goto tr894;
	}
	goto st0;
tr888:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_FLAG); }
	{ IMW_EV_CLOSE(IMW_RULE_GM_LABEL); }
	goto st806;
tr894:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_GM_LABEL); }
	goto st806;
tr899:
	{ IMW_NAME_CLOSE(IMW_RULE_FLAG); }
	{ IMW_EV_CLOSE(IMW_RULE_GM_LABEL); }
	goto st806;
tr908:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_GM_LABEL); }
	goto st806;
st806:
	p += 1;
case 806:
	switch( (*p) ) {
		case 32u: goto tr895;
		case 41u: goto tr896;
	}
	goto st0;
tr892:
	{ {p = (( IMW_SKIP_TO(807)))-1;} }
	goto st807;
st807:
	p += 1;
case 807:
	switch( (*p) ) {
		case 34u: goto tr890;
		case 92u: goto tr890;
	}
	goto st0;
tr883:
	{ IMW_EV_OPEN(IMW_RULE_GM_LABEL); }
	{ IMW_NAME_OPEN(IMW_RULE_FLAG); }
	goto st808;
st808:
	p += 1;
case 808:
	if ( (*p) == 33u )
		goto tr897;
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr897;
		} else if ( (*p) >= 35u )
			goto tr897;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr897;
		} else if ( (*p) >= 94u )
			goto tr897;
	} else
		goto tr897;
	goto st0;
tr897:
	{ {p = (( IMW_SKIP_TO(809)))-1;} }
	goto st809;
st809:
	p += 1;
case 809:
	switch( (*p) ) {
		case 32u: goto tr898;
		case 33u: goto tr897;
		case 41u: goto tr899;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr897;
		} else if ( (*p) >= 35u )
			goto tr897;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr897;
		} else if ( (*p) >= 94u )
			goto tr897;
	} else
		goto tr897;
	goto st0;
tr889:
	{ {p = (( IMW_SKIP_TO(810)))-1;} }
	goto st810;
tr884:
	{ IMW_EV_OPEN(IMW_RULE_GM_LABEL); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(810)))-1;} }
	goto st810;
st810:
	p += 1;
case 810:
	switch( (*p) ) {
		case 32u: goto tr893;
		case 33u: goto tr889;
		case 41u: goto tr894;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr889;
		} else if ( (*p) >= 35u )
			goto tr889;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr889;
		} else if ( (*p) >= 93u )
			goto tr889;
	} else
		goto tr889;
	goto st0;
tr885:
	{ IMW_EV_OPEN(IMW_RULE_GM_LABEL); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(811)))-1;} }
	goto st811;
st811:
	p += 1;
case 811:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr900;
	goto st0;
tr902:
	{ {p = (( IMW_SKIP_TO(812)))-1;} }
	goto st812;
tr900:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(812)))-1;} }
	goto st812;
st812:
	p += 1;
case 812:
	switch( (*p) ) {
		case 43u: goto tr901;
		case 125u: goto tr903;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr902;
	goto st0;
tr901:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(813)))-1;} }
	goto st813;
st813:
	p += 1;
case 813:
	if ( (*p) == 125u )
		goto tr904;
	goto st0;
tr904:
	{ {p = (( IMW_SKIP_TO(814)))-1;} }
	goto st814;
tr903:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(814)))-1;} }
	goto st814;
st814:
	p += 1;
case 814:
	if ( (*p) == 13u )
		goto tr905;
	goto st0;
tr905:
	{ {p = (( IMW_SKIP_TO(815)))-1;} }
	goto st815;
st815:
	p += 1;
case 815:
	if ( (*p) == 10u )
		goto tr906;
	goto st0;
tr906:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(816)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 816; goto _out;} }
	goto st816;
st816:
	p += 1;
case 816:
	switch( (*p) ) {
		case 32u: goto tr907;
		case 41u: goto tr908;
	}
	goto st0;
st817:
	p += 1;
case 817:
	switch( (*p) ) {
		case 83u: goto st818;
		case 115u: goto st818;
	}
	goto st0;
st818:
	p += 1;
case 818:
	switch( (*p) ) {
		case 71u: goto st819;
		case 103u: goto st819;
	}
	goto st0;
st819:
	p += 1;
case 819:
	switch( (*p) ) {
		case 73u: goto st820;
		case 105u: goto st820;
	}
	goto st0;
st820:
	p += 1;
case 820:
	switch( (*p) ) {
		case 68u: goto st821;
		case 100u: goto st821;
	}
	goto st0;
st821:
	p += 1;
case 821:
	if ( (*p) == 32u )
		goto st822;
	goto st0;
st822:
	p += 1;
case 822:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st823;
	goto st0;
st823:
	p += 1;
case 823:
	switch( (*p) ) {
		case 32u: goto tr915;
		case 41u: goto tr916;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st823;
	goto st0;
st824:
	p += 1;
case 824:
	switch( (*p) ) {
		case 72u: goto st825;
		case 104u: goto st825;
	}
	goto st0;
st825:
	p += 1;
case 825:
	switch( (*p) ) {
		case 82u: goto st826;
		case 114u: goto st826;
	}
	goto st0;
st826:
	p += 1;
case 826:
	switch( (*p) ) {
		case 73u: goto st827;
		case 105u: goto st827;
	}
	goto st0;
st827:
	p += 1;
case 827:
	switch( (*p) ) {
		case 68u: goto st828;
		case 100u: goto st828;
	}
	goto st0;
st828:
	p += 1;
case 828:
	if ( (*p) == 32u )
		goto st829;
	goto st0;
st829:
	p += 1;
case 829:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st830;
	goto st0;
st830:
	p += 1;
case 830:
	switch( (*p) ) {
		case 32u: goto tr923;
		case 41u: goto tr924;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st830;
	goto st0;
st831:
	p += 1;
case 831:
	if ( (*p) == 93u )
		goto st834;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr925;
	goto st0;
tr925:
	{ IMW_EV_OPEN(IMW_RULE_SECTION_PART); }
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(832)))-1;} }
	goto st832;
tr928:
	{ {p = (( IMW_SKIP_TO(832)))-1;} }
	goto st832;
tr930:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(832)))-1;} }
	goto st832;
st832:
	p += 1;
case 832:
	switch( (*p) ) {
		case 46u: goto tr927;
		case 93u: goto tr929;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr928;
	goto st0;
tr927:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st833;
st833:
	p += 1;
case 833:
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr930;
	goto st0;
tr929:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SECTION_PART); }
	goto st834;
st834:
	p += 1;
case 834:
	switch( (*p) ) {
		case 32u: goto st835;
		case 60u: goto st854;
	}
	goto st0;
st835:
	p += 1;
case 835:
	switch( (*p) ) {
		case 34u: goto tr933;
		case 78u: goto st839;
		case 110u: goto st839;
		case 123u: goto tr935;
		case 126u: goto tr936;
	}
	goto st0;
tr933:
	{ {p = (( IMW_SKIP_TO(836)))-1;} }
	goto st836;
st836:
	p += 1;
case 836:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr937;
		case 92u: goto tr938;
	}
	goto tr933;
tr937:
	{ {p = (( IMW_SKIP_TO(837)))-1;} }
	goto st837;
st837:
	p += 1;
case 837:
	switch( (*p) ) {
		case 32u: goto tr939;
		case 41u: goto tr940;
	}
	goto st0;
tr938:
	{ {p = (( IMW_SKIP_TO(838)))-1;} }
	goto st838;
st838:
	p += 1;
case 838:
	switch( (*p) ) {
		case 34u: goto tr933;
		case 92u: goto tr933;
	}
	goto st0;
st839:
	p += 1;
case 839:
	switch( (*p) ) {
		case 73u: goto st840;
		case 105u: goto st840;
	}
	goto st0;
st840:
	p += 1;
case 840:
	switch( (*p) ) {
		case 76u: goto st837;
		case 108u: goto st837;
	}
	goto st0;
tr935:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st841;
st841:
	p += 1;
case 841:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr943;
	goto st0;
tr945:
	{ {p = (( IMW_SKIP_TO(842)))-1;} }
	goto st842;
tr943:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(842)))-1;} }
	goto st842;
st842:
	p += 1;
case 842:
	switch( (*p) ) {
		case 43u: goto tr944;
		case 125u: goto tr946;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr945;
	goto st0;
tr944:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st843;
st843:
	p += 1;
case 843:
	if ( (*p) == 125u )
		goto st844;
	goto st0;
tr946:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st844;
st844:
	p += 1;
case 844:
	if ( (*p) == 13u )
		goto st845;
	goto st0;
st845:
	p += 1;
case 845:
	if ( (*p) == 10u )
		goto tr949;
	goto st0;
tr949:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 846; goto _out;} }
	goto st846;
st846:
	p += 1;
case 846:
	switch( (*p) ) {
		case 32u: goto tr950;
		case 41u: goto tr951;
	}
	goto st0;
tr936:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL8); }
	goto st847;
st847:
	p += 1;
case 847:
	if ( (*p) == 123u )
		goto st848;
	goto st0;
st848:
	p += 1;
case 848:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st849;
	goto st0;
st849:
	p += 1;
case 849:
	switch( (*p) ) {
		case 43u: goto st850;
		case 125u: goto st851;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st849;
	goto st0;
st850:
	p += 1;
case 850:
	if ( (*p) == 125u )
		goto st851;
	goto st0;
st851:
	p += 1;
case 851:
	if ( (*p) == 13u )
		goto st852;
	goto st0;
st852:
	p += 1;
case 852:
	if ( (*p) == 10u )
		goto tr957;
	goto st0;
tr957:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 853; goto _out;} }
	goto st853;
st853:
	p += 1;
case 853:
	switch( (*p) ) {
		case 32u: goto tr958;
		case 41u: goto tr959;
	}
	goto st0;
st854:
	p += 1;
case 854:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr960;
	goto st0;
tr961:
	{ {p = (( IMW_SKIP_TO(855)))-1;} }
	goto st855;
tr960:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(855)))-1;} }
	goto st855;
st855:
	p += 1;
case 855:
	if ( (*p) == 62u )
		goto tr962;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr961;
	goto st0;
tr962:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st856;
st856:
	p += 1;
case 856:
	if ( (*p) == 32u )
		goto st835;
	goto st0;
st857:
	p += 1;
case 857:
	switch( (*p) ) {
		case 68u: goto st858;
		case 100u: goto st858;
	}
	goto st0;
st858:
	p += 1;
case 858:
	switch( (*p) ) {
		case 89u: goto st859;
		case 121u: goto st859;
	}
	goto st0;
st859:
	p += 1;
case 859:
	switch( (*p) ) {
		case 32u: goto st860;
		case 83u: goto st861;
		case 91u: goto tr967;
		case 115u: goto st861;
	}
	goto st0;
st860:
	p += 1;
case 860:
	if ( (*p) == 40u )
		goto tr968;
	goto st0;
st861:
	p += 1;
case 861:
	switch( (*p) ) {
		case 84u: goto st862;
		case 116u: goto st862;
	}
	goto st0;
st862:
	p += 1;
case 862:
	switch( (*p) ) {
		case 82u: goto st863;
		case 114u: goto st863;
	}
	goto st0;
st863:
	p += 1;
case 863:
	switch( (*p) ) {
		case 85u: goto st864;
		case 117u: goto st864;
	}
	goto st0;
st864:
	p += 1;
case 864:
	switch( (*p) ) {
		case 67u: goto st865;
		case 99u: goto st865;
	}
	goto st0;
st865:
	p += 1;
case 865:
	switch( (*p) ) {
		case 84u: goto st866;
		case 116u: goto st866;
	}
	goto st0;
st866:
	p += 1;
case 866:
	switch( (*p) ) {
		case 85u: goto st867;
		case 117u: goto st867;
	}
	goto st0;
st867:
	p += 1;
case 867:
	switch( (*p) ) {
		case 82u: goto st868;
		case 114u: goto st868;
	}
	goto st0;
st868:
	p += 1;
case 868:
	switch( (*p) ) {
		case 69u: goto st869;
		case 101u: goto st869;
	}
	goto st0;
st869:
	p += 1;
case 869:
	if ( (*p) == 32u )
		goto st860;
	goto st0;
tr967:
	{ IMW_EV_OPEN(IMW_RULE_SECTION); }
	goto st870;
st870:
	p += 1;
case 870:
	switch( (*p) ) {
		case 72u: goto st873;
		case 84u: goto st910;
		case 93u: goto st890;
		case 104u: goto st873;
		case 116u: goto st910;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr977;
	goto st0;
tr977:
	{ IMW_EV_OPEN(IMW_RULE_SECTION_PART); }
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(871)))-1;} }
	goto st871;
tr982:
	{ {p = (( IMW_SKIP_TO(871)))-1;} }
	goto st871;
tr984:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(871)))-1;} }
	goto st871;
st871:
	p += 1;
case 871:
	switch( (*p) ) {
		case 46u: goto tr981;
		case 93u: goto tr983;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr982;
	goto st0;
tr981:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SECTION_PART); }
	goto st872;
st872:
	p += 1;
case 872:
	switch( (*p) ) {
		case 72u: goto st873;
		case 77u: goto st906;
		case 84u: goto st910;
		case 104u: goto st873;
		case 109u: goto st906;
		case 116u: goto st910;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr984;
	goto st0;
st873:
	p += 1;
case 873:
	switch( (*p) ) {
		case 69u: goto st874;
		case 101u: goto st874;
	}
	goto st0;
st874:
	p += 1;
case 874:
	switch( (*p) ) {
		case 65u: goto st875;
		case 97u: goto st875;
	}
	goto st0;
st875:
	p += 1;
case 875:
	switch( (*p) ) {
		case 68u: goto st876;
		case 100u: goto st876;
	}
	goto st0;
st876:
	p += 1;
case 876:
	switch( (*p) ) {
		case 69u: goto st877;
		case 101u: goto st877;
	}
	goto st0;
st877:
	p += 1;
case 877:
	switch( (*p) ) {
		case 82u: goto st878;
		case 114u: goto st878;
	}
	goto st0;
st878:
	p += 1;
case 878:
	switch( (*p) ) {
		case 46u: goto st879;
		case 93u: goto st890;
	}
	goto st0;
st879:
	p += 1;
case 879:
	switch( (*p) ) {
		case 70u: goto st880;
		case 102u: goto st880;
	}
	goto st0;
st880:
	p += 1;
case 880:
	switch( (*p) ) {
		case 73u: goto st881;
		case 105u: goto st881;
	}
	goto st0;
st881:
	p += 1;
case 881:
	switch( (*p) ) {
		case 69u: goto st882;
		case 101u: goto st882;
	}
	goto st0;
st882:
	p += 1;
case 882:
	switch( (*p) ) {
		case 76u: goto st883;
		case 108u: goto st883;
	}
	goto st0;
st883:
	p += 1;
case 883:
	switch( (*p) ) {
		case 68u: goto st884;
		case 100u: goto st884;
	}
	goto st0;
st884:
	p += 1;
case 884:
	switch( (*p) ) {
		case 83u: goto st885;
		case 115u: goto st885;
	}
	goto st0;
st885:
	p += 1;
case 885:
	switch( (*p) ) {
		case 32u: goto st886;
		case 46u: goto st902;
	}
	goto st0;
st886:
	p += 1;
case 886:
	if ( (*p) == 40u )
		goto tr1000;
	goto st0;
tr1000:
	{ IMW_EV_OPEN(IMW_RULE_HEADER_LIST); }
	goto st887;
tr1004:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st887;
tr1023:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st887;
st887:
	p += 1;
case 887:
	switch( (*p) ) {
		case 34u: goto tr1002;
		case 123u: goto tr1003;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1001;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1001;
		} else if ( (*p) >= 43u )
			goto tr1001;
	} else
		goto tr1001;
	goto st0;
tr1005:
	{ {p = (( IMW_SKIP_TO(888)))-1;} }
	goto st888;
tr1001:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(888)))-1;} }
	goto st888;
st888:
	p += 1;
case 888:
	switch( (*p) ) {
		case 32u: goto tr1004;
		case 33u: goto tr1005;
		case 41u: goto tr1006;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1005;
		} else if ( (*p) >= 35u )
			goto tr1005;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1005;
		} else if ( (*p) >= 93u )
			goto tr1005;
	} else
		goto tr1005;
	goto st0;
tr1006:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st889;
tr1024:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st889;
st889:
	p += 1;
case 889:
	if ( (*p) == 93u )
		goto tr1007;
	goto st0;
tr983:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SECTION_PART); }
	goto st890;
tr1007:
	{ IMW_EV_CLOSE(IMW_RULE_HEADER_LIST); }
	goto st890;
st890:
	p += 1;
case 890:
	switch( (*p) ) {
		case 32u: goto tr1008;
		case 60u: goto tr1009;
	}
	goto st0;
tr1009:
	{ IMW_EV_CLOSE(IMW_RULE_SECTION); }
	goto st891;
st891:
	p += 1;
case 891:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1010;
	goto st0;
tr1011:
	{ {p = (( IMW_SKIP_TO(892)))-1;} }
	goto st892;
tr1010:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(892)))-1;} }
	goto st892;
st892:
	p += 1;
case 892:
	if ( (*p) == 62u )
		goto tr1012;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1011;
	goto st0;
tr1013:
	{ {p = (( IMW_SKIP_TO(893)))-1;} }
	goto st893;
tr1002:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(893)))-1;} }
	goto st893;
st893:
	p += 1;
case 893:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1014;
		case 92u: goto tr1015;
	}
	goto tr1013;
tr1014:
	{ {p = (( IMW_SKIP_TO(894)))-1;} }
	goto st894;
st894:
	p += 1;
case 894:
	switch( (*p) ) {
		case 32u: goto tr1004;
		case 41u: goto tr1006;
	}
	goto st0;
tr1015:
	{ {p = (( IMW_SKIP_TO(895)))-1;} }
	goto st895;
st895:
	p += 1;
case 895:
	switch( (*p) ) {
		case 34u: goto tr1013;
		case 92u: goto tr1013;
	}
	goto st0;
tr1003:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(896)))-1;} }
	goto st896;
st896:
	p += 1;
case 896:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1016;
	goto st0;
tr1018:
	{ {p = (( IMW_SKIP_TO(897)))-1;} }
	goto st897;
tr1016:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(897)))-1;} }
	goto st897;
st897:
	p += 1;
case 897:
	switch( (*p) ) {
		case 43u: goto tr1017;
		case 125u: goto tr1019;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1018;
	goto st0;
tr1017:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(898)))-1;} }
	goto st898;
st898:
	p += 1;
case 898:
	if ( (*p) == 125u )
		goto tr1020;
	goto st0;
tr1020:
	{ {p = (( IMW_SKIP_TO(899)))-1;} }
	goto st899;
tr1019:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(899)))-1;} }
	goto st899;
st899:
	p += 1;
case 899:
	if ( (*p) == 13u )
		goto tr1021;
	goto st0;
tr1021:
	{ {p = (( IMW_SKIP_TO(900)))-1;} }
	goto st900;
st900:
	p += 1;
case 900:
	if ( (*p) == 10u )
		goto tr1022;
	goto st0;
tr1022:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(901)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 901; goto _out;} }
	goto st901;
st901:
	p += 1;
case 901:
	switch( (*p) ) {
		case 32u: goto tr1023;
		case 41u: goto tr1024;
	}
	goto st0;
st902:
	p += 1;
case 902:
	switch( (*p) ) {
		case 78u: goto st903;
		case 110u: goto st903;
	}
	goto st0;
st903:
	p += 1;
case 903:
	switch( (*p) ) {
		case 79u: goto st904;
		case 111u: goto st904;
	}
	goto st0;
st904:
	p += 1;
case 904:
	switch( (*p) ) {
		case 84u: goto st905;
		case 116u: goto st905;
	}
	goto st0;
st905:
	p += 1;
case 905:
	if ( (*p) == 32u )
		goto st886;
	goto st0;
st906:
	p += 1;
case 906:
	switch( (*p) ) {
		case 73u: goto st907;
		case 105u: goto st907;
	}
	goto st0;
st907:
	p += 1;
case 907:
	switch( (*p) ) {
		case 77u: goto st908;
		case 109u: goto st908;
	}
	goto st0;
st908:
	p += 1;
case 908:
	switch( (*p) ) {
		case 69u: goto st909;
		case 101u: goto st909;
	}
	goto st0;
st909:
	p += 1;
case 909:
	if ( (*p) == 93u )
		goto st890;
	goto st0;
st910:
	p += 1;
case 910:
	switch( (*p) ) {
		case 69u: goto st911;
		case 101u: goto st911;
	}
	goto st0;
st911:
	p += 1;
case 911:
	switch( (*p) ) {
		case 88u: goto st912;
		case 120u: goto st912;
	}
	goto st0;
st912:
	p += 1;
case 912:
	switch( (*p) ) {
		case 84u: goto st909;
		case 116u: goto st909;
	}
	goto st0;
	}

	if ( p == eof )
	{
	switch ( cs ) {
	case 913: 
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT); }
	break;
	}
	}

	_out: {}
	}


    (void)eof;
    (void)imw_msg_att_error;
    if (run->error)
        return NULL; /* an action stopped the machine */
    if (cs < imw_msg_att_first_final) {
        run->error = IMW_ERR_SYNTAX;
        run->error_at = IMW_AT();
        return NULL;
    }
    return p;
}
