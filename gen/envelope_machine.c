
/* The envelope machine, split off so that each generated C file stays quick to
 * compile: ENVELOPE (`extern envelope`).  It ends with the envelope's ")";
 * its event is closed here, as the rule's leaving action never runs.
 * Reached through IMW_EXTERN (src/machines.c); `make regen` turns this
 * file into gen/envelope_machine.c. */
#define IMW_STACK_TOP (imw_base + imw_top)
#include "machine_glue.h"
#include "envelope_skip.h"
#include "machines.h"





static const int imw_envelope_start = 1;
static const int imw_envelope_first_final = 380;
static const int imw_envelope_error = 0;



const unsigned char *imw_envelope_machine_run(struct imw_run *run,
                                              const unsigned char *p)
{
    const unsigned char *pe = run->data + run->len;
    const unsigned char *eof = pe;
    int imw_base = run->sub_top;
    int *imw_stack = run->sub_stack + imw_base;
    int imw_top = 0, cs; /* Ragel sets it only when the machine calls */

    
	{
	cs = imw_envelope_start;
	}

    
	{
	if ( p == pe )
		goto _test_eof;
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
	{ IMW_EV_OPEN(IMW_RULE_ENVELOPE); }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 34u: goto tr2;
		case 78u: goto st372;
		case 110u: goto st372;
		case 123u: goto tr4;
	}
	goto st0;
tr2:
	{ {p = (( IMW_SKIP_TO(3)))-1;} }
	goto st3;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr5;
		case 92u: goto tr6;
	}
	goto tr2;
tr5:
	{ {p = (( IMW_SKIP_TO(4)))-1;} }
	goto st4;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	if ( (*p) == 32u )
		goto st5;
	goto st0;
tr497:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st5;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	switch( (*p) ) {
		case 34u: goto tr8;
		case 78u: goto st363;
		case 110u: goto st363;
		case 123u: goto tr10;
	}
	goto st0;
tr8:
	{ {p = (( IMW_SKIP_TO(6)))-1;} }
	goto st6;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr11;
		case 92u: goto tr12;
	}
	goto tr8;
tr11:
	{ {p = (( IMW_SKIP_TO(7)))-1;} }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	if ( (*p) == 32u )
		goto st8;
	goto st0;
tr487:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st8;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 40u: goto tr14;
		case 78u: goto st360;
		case 110u: goto st360;
	}
	goto st0;
tr14:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_EMPTY_ADDRESS_LIST); }
	goto st9;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 40u: goto st10;
		case 41u: goto st359;
	}
	goto st0;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	switch( (*p) ) {
		case 34u: goto tr18;
		case 78u: goto st351;
		case 110u: goto st351;
		case 123u: goto tr20;
	}
	goto st0;
tr18:
	{ {p = (( IMW_SKIP_TO(11)))-1;} }
	goto st11;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr21;
		case 92u: goto tr22;
	}
	goto tr18;
tr21:
	{ {p = (( IMW_SKIP_TO(12)))-1;} }
	goto st12;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	if ( (*p) == 32u )
		goto st13;
	goto st0;
tr475:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st13;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	switch( (*p) ) {
		case 34u: goto tr24;
		case 78u: goto st342;
		case 110u: goto st342;
		case 123u: goto tr26;
	}
	goto st0;
tr24:
	{ {p = (( IMW_SKIP_TO(14)))-1;} }
	goto st14;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr27;
		case 92u: goto tr28;
	}
	goto tr24;
tr27:
	{ {p = (( IMW_SKIP_TO(15)))-1;} }
	goto st15;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	if ( (*p) == 32u )
		goto st16;
	goto st0;
tr465:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st16;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	switch( (*p) ) {
		case 34u: goto tr30;
		case 78u: goto st333;
		case 110u: goto st333;
		case 123u: goto tr32;
	}
	goto st0;
tr30:
	{ {p = (( IMW_SKIP_TO(17)))-1;} }
	goto st17;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr33;
		case 92u: goto tr34;
	}
	goto tr30;
tr33:
	{ {p = (( IMW_SKIP_TO(18)))-1;} }
	goto st18;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
	if ( (*p) == 32u )
		goto st19;
	goto st0;
tr455:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st19;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	switch( (*p) ) {
		case 34u: goto tr36;
		case 78u: goto st324;
		case 110u: goto st324;
		case 123u: goto tr38;
	}
	goto st0;
tr36:
	{ {p = (( IMW_SKIP_TO(20)))-1;} }
	goto st20;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr39;
		case 92u: goto tr40;
	}
	goto tr36;
tr39:
	{ {p = (( IMW_SKIP_TO(21)))-1;} }
	goto st21;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	if ( (*p) == 41u )
		goto st22;
	goto st0;
tr445:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st22;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	switch( (*p) ) {
		case 40u: goto st10;
		case 41u: goto st23;
	}
	goto st0;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
	if ( (*p) == 32u )
		goto st24;
	goto st0;
tr476:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_EMPTY_ADDRESS_LIST); }
	goto st24;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
	switch( (*p) ) {
		case 40u: goto tr44;
		case 78u: goto st321;
		case 110u: goto st321;
	}
	goto st0;
tr44:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_EMPTY_ADDRESS_LIST); }
	goto st25;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
	switch( (*p) ) {
		case 40u: goto st26;
		case 41u: goto st320;
	}
	goto st0;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
	switch( (*p) ) {
		case 34u: goto tr48;
		case 78u: goto st312;
		case 110u: goto st312;
		case 123u: goto tr50;
	}
	goto st0;
tr48:
	{ {p = (( IMW_SKIP_TO(27)))-1;} }
	goto st27;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr51;
		case 92u: goto tr52;
	}
	goto tr48;
tr51:
	{ {p = (( IMW_SKIP_TO(28)))-1;} }
	goto st28;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	if ( (*p) == 32u )
		goto st29;
	goto st0;
tr433:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st29;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
	switch( (*p) ) {
		case 34u: goto tr54;
		case 78u: goto st303;
		case 110u: goto st303;
		case 123u: goto tr56;
	}
	goto st0;
tr54:
	{ {p = (( IMW_SKIP_TO(30)))-1;} }
	goto st30;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr57;
		case 92u: goto tr58;
	}
	goto tr54;
tr57:
	{ {p = (( IMW_SKIP_TO(31)))-1;} }
	goto st31;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	if ( (*p) == 32u )
		goto st32;
	goto st0;
tr423:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st32;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	switch( (*p) ) {
		case 34u: goto tr60;
		case 78u: goto st294;
		case 110u: goto st294;
		case 123u: goto tr62;
	}
	goto st0;
tr60:
	{ {p = (( IMW_SKIP_TO(33)))-1;} }
	goto st33;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr63;
		case 92u: goto tr64;
	}
	goto tr60;
tr63:
	{ {p = (( IMW_SKIP_TO(34)))-1;} }
	goto st34;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	if ( (*p) == 32u )
		goto st35;
	goto st0;
tr413:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st35;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
	switch( (*p) ) {
		case 34u: goto tr66;
		case 78u: goto st285;
		case 110u: goto st285;
		case 123u: goto tr68;
	}
	goto st0;
tr66:
	{ {p = (( IMW_SKIP_TO(36)))-1;} }
	goto st36;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr69;
		case 92u: goto tr70;
	}
	goto tr66;
tr69:
	{ {p = (( IMW_SKIP_TO(37)))-1;} }
	goto st37;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
	if ( (*p) == 41u )
		goto st38;
	goto st0;
tr403:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st38;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
	switch( (*p) ) {
		case 40u: goto st26;
		case 41u: goto st39;
	}
	goto st0;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
	if ( (*p) == 32u )
		goto st40;
	goto st0;
tr434:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_EMPTY_ADDRESS_LIST); }
	goto st40;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
	switch( (*p) ) {
		case 40u: goto tr74;
		case 78u: goto st282;
		case 110u: goto st282;
	}
	goto st0;
tr74:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_EMPTY_ADDRESS_LIST); }
	goto st41;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	switch( (*p) ) {
		case 40u: goto st42;
		case 41u: goto st281;
	}
	goto st0;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	switch( (*p) ) {
		case 34u: goto tr78;
		case 78u: goto st273;
		case 110u: goto st273;
		case 123u: goto tr80;
	}
	goto st0;
tr78:
	{ {p = (( IMW_SKIP_TO(43)))-1;} }
	goto st43;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr81;
		case 92u: goto tr82;
	}
	goto tr78;
tr81:
	{ {p = (( IMW_SKIP_TO(44)))-1;} }
	goto st44;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
	if ( (*p) == 32u )
		goto st45;
	goto st0;
tr391:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st45;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
	switch( (*p) ) {
		case 34u: goto tr84;
		case 78u: goto st264;
		case 110u: goto st264;
		case 123u: goto tr86;
	}
	goto st0;
tr84:
	{ {p = (( IMW_SKIP_TO(46)))-1;} }
	goto st46;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr87;
		case 92u: goto tr88;
	}
	goto tr84;
tr87:
	{ {p = (( IMW_SKIP_TO(47)))-1;} }
	goto st47;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
	if ( (*p) == 32u )
		goto st48;
	goto st0;
tr381:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st48;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
	switch( (*p) ) {
		case 34u: goto tr90;
		case 78u: goto st255;
		case 110u: goto st255;
		case 123u: goto tr92;
	}
	goto st0;
tr90:
	{ {p = (( IMW_SKIP_TO(49)))-1;} }
	goto st49;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr93;
		case 92u: goto tr94;
	}
	goto tr90;
tr93:
	{ {p = (( IMW_SKIP_TO(50)))-1;} }
	goto st50;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
	if ( (*p) == 32u )
		goto st51;
	goto st0;
tr371:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st51;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
	switch( (*p) ) {
		case 34u: goto tr96;
		case 78u: goto st246;
		case 110u: goto st246;
		case 123u: goto tr98;
	}
	goto st0;
tr96:
	{ {p = (( IMW_SKIP_TO(52)))-1;} }
	goto st52;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr99;
		case 92u: goto tr100;
	}
	goto tr96;
tr99:
	{ {p = (( IMW_SKIP_TO(53)))-1;} }
	goto st53;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
	if ( (*p) == 41u )
		goto st54;
	goto st0;
tr361:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st54;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
	switch( (*p) ) {
		case 40u: goto st42;
		case 41u: goto st55;
	}
	goto st0;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
	if ( (*p) == 32u )
		goto st56;
	goto st0;
tr392:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_EMPTY_ADDRESS_LIST); }
	goto st56;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
	switch( (*p) ) {
		case 40u: goto tr104;
		case 78u: goto st243;
		case 110u: goto st243;
	}
	goto st0;
tr104:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_EMPTY_ADDRESS_LIST); }
	goto st57;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
	switch( (*p) ) {
		case 40u: goto st58;
		case 41u: goto st242;
	}
	goto st0;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
	switch( (*p) ) {
		case 34u: goto tr108;
		case 78u: goto st234;
		case 110u: goto st234;
		case 123u: goto tr110;
	}
	goto st0;
tr108:
	{ {p = (( IMW_SKIP_TO(59)))-1;} }
	goto st59;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr111;
		case 92u: goto tr112;
	}
	goto tr108;
tr111:
	{ {p = (( IMW_SKIP_TO(60)))-1;} }
	goto st60;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
	if ( (*p) == 32u )
		goto st61;
	goto st0;
tr349:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st61;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
	switch( (*p) ) {
		case 34u: goto tr114;
		case 78u: goto st225;
		case 110u: goto st225;
		case 123u: goto tr116;
	}
	goto st0;
tr114:
	{ {p = (( IMW_SKIP_TO(62)))-1;} }
	goto st62;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr117;
		case 92u: goto tr118;
	}
	goto tr114;
tr117:
	{ {p = (( IMW_SKIP_TO(63)))-1;} }
	goto st63;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
	if ( (*p) == 32u )
		goto st64;
	goto st0;
tr339:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st64;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
	switch( (*p) ) {
		case 34u: goto tr120;
		case 78u: goto st216;
		case 110u: goto st216;
		case 123u: goto tr122;
	}
	goto st0;
tr120:
	{ {p = (( IMW_SKIP_TO(65)))-1;} }
	goto st65;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr123;
		case 92u: goto tr124;
	}
	goto tr120;
tr123:
	{ {p = (( IMW_SKIP_TO(66)))-1;} }
	goto st66;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
	if ( (*p) == 32u )
		goto st67;
	goto st0;
tr329:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st67;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
	switch( (*p) ) {
		case 34u: goto tr126;
		case 78u: goto st207;
		case 110u: goto st207;
		case 123u: goto tr128;
	}
	goto st0;
tr126:
	{ {p = (( IMW_SKIP_TO(68)))-1;} }
	goto st68;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr129;
		case 92u: goto tr130;
	}
	goto tr126;
tr129:
	{ {p = (( IMW_SKIP_TO(69)))-1;} }
	goto st69;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
	if ( (*p) == 41u )
		goto st70;
	goto st0;
tr319:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st70;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
	switch( (*p) ) {
		case 40u: goto st58;
		case 41u: goto st71;
	}
	goto st0;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
	if ( (*p) == 32u )
		goto st72;
	goto st0;
tr350:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_EMPTY_ADDRESS_LIST); }
	goto st72;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
	switch( (*p) ) {
		case 40u: goto tr134;
		case 78u: goto st204;
		case 110u: goto st204;
	}
	goto st0;
tr134:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_EMPTY_ADDRESS_LIST); }
	goto st73;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
	switch( (*p) ) {
		case 40u: goto st74;
		case 41u: goto st203;
	}
	goto st0;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
	switch( (*p) ) {
		case 34u: goto tr138;
		case 78u: goto st195;
		case 110u: goto st195;
		case 123u: goto tr140;
	}
	goto st0;
tr138:
	{ {p = (( IMW_SKIP_TO(75)))-1;} }
	goto st75;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr141;
		case 92u: goto tr142;
	}
	goto tr138;
tr141:
	{ {p = (( IMW_SKIP_TO(76)))-1;} }
	goto st76;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
	if ( (*p) == 32u )
		goto st77;
	goto st0;
tr307:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st77;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
	switch( (*p) ) {
		case 34u: goto tr144;
		case 78u: goto st186;
		case 110u: goto st186;
		case 123u: goto tr146;
	}
	goto st0;
tr144:
	{ {p = (( IMW_SKIP_TO(78)))-1;} }
	goto st78;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr147;
		case 92u: goto tr148;
	}
	goto tr144;
tr147:
	{ {p = (( IMW_SKIP_TO(79)))-1;} }
	goto st79;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
	if ( (*p) == 32u )
		goto st80;
	goto st0;
tr297:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st80;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
	switch( (*p) ) {
		case 34u: goto tr150;
		case 78u: goto st177;
		case 110u: goto st177;
		case 123u: goto tr152;
	}
	goto st0;
tr150:
	{ {p = (( IMW_SKIP_TO(81)))-1;} }
	goto st81;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr153;
		case 92u: goto tr154;
	}
	goto tr150;
tr153:
	{ {p = (( IMW_SKIP_TO(82)))-1;} }
	goto st82;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
	if ( (*p) == 32u )
		goto st83;
	goto st0;
tr287:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st83;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
	switch( (*p) ) {
		case 34u: goto tr156;
		case 78u: goto st168;
		case 110u: goto st168;
		case 123u: goto tr158;
	}
	goto st0;
tr156:
	{ {p = (( IMW_SKIP_TO(84)))-1;} }
	goto st84;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr159;
		case 92u: goto tr160;
	}
	goto tr156;
tr159:
	{ {p = (( IMW_SKIP_TO(85)))-1;} }
	goto st85;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
	if ( (*p) == 41u )
		goto st86;
	goto st0;
tr277:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st86;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
	switch( (*p) ) {
		case 40u: goto st74;
		case 41u: goto st87;
	}
	goto st0;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
	if ( (*p) == 32u )
		goto st88;
	goto st0;
tr308:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_EMPTY_ADDRESS_LIST); }
	goto st88;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
	switch( (*p) ) {
		case 40u: goto tr164;
		case 78u: goto st165;
		case 110u: goto st165;
	}
	goto st0;
tr164:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_EMPTY_ADDRESS_LIST); }
	goto st89;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
	switch( (*p) ) {
		case 40u: goto st90;
		case 41u: goto st164;
	}
	goto st0;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
	switch( (*p) ) {
		case 34u: goto tr168;
		case 78u: goto st156;
		case 110u: goto st156;
		case 123u: goto tr170;
	}
	goto st0;
tr168:
	{ {p = (( IMW_SKIP_TO(91)))-1;} }
	goto st91;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr171;
		case 92u: goto tr172;
	}
	goto tr168;
tr171:
	{ {p = (( IMW_SKIP_TO(92)))-1;} }
	goto st92;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
	if ( (*p) == 32u )
		goto st93;
	goto st0;
tr265:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st93;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
	switch( (*p) ) {
		case 34u: goto tr174;
		case 78u: goto st147;
		case 110u: goto st147;
		case 123u: goto tr176;
	}
	goto st0;
tr174:
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
		case 34u: goto tr177;
		case 92u: goto tr178;
	}
	goto tr174;
tr177:
	{ {p = (( IMW_SKIP_TO(95)))-1;} }
	goto st95;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
	if ( (*p) == 32u )
		goto st96;
	goto st0;
tr255:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st96;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
	switch( (*p) ) {
		case 34u: goto tr180;
		case 78u: goto st138;
		case 110u: goto st138;
		case 123u: goto tr182;
	}
	goto st0;
tr180:
	{ {p = (( IMW_SKIP_TO(97)))-1;} }
	goto st97;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr183;
		case 92u: goto tr184;
	}
	goto tr180;
tr183:
	{ {p = (( IMW_SKIP_TO(98)))-1;} }
	goto st98;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
	if ( (*p) == 32u )
		goto st99;
	goto st0;
tr245:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st99;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
	switch( (*p) ) {
		case 34u: goto tr186;
		case 78u: goto st129;
		case 110u: goto st129;
		case 123u: goto tr188;
	}
	goto st0;
tr186:
	{ {p = (( IMW_SKIP_TO(100)))-1;} }
	goto st100;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr189;
		case 92u: goto tr190;
	}
	goto tr186;
tr189:
	{ {p = (( IMW_SKIP_TO(101)))-1;} }
	goto st101;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
	if ( (*p) == 41u )
		goto st102;
	goto st0;
tr235:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st102;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
	switch( (*p) ) {
		case 40u: goto st90;
		case 41u: goto st103;
	}
	goto st0;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
	if ( (*p) == 32u )
		goto st104;
	goto st0;
tr266:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_EMPTY_ADDRESS_LIST); }
	goto st104;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
	switch( (*p) ) {
		case 34u: goto tr194;
		case 78u: goto st120;
		case 110u: goto st120;
		case 123u: goto tr196;
	}
	goto st0;
tr194:
	{ {p = (( IMW_SKIP_TO(105)))-1;} }
	goto st105;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr197;
		case 92u: goto tr198;
	}
	goto tr194;
tr197:
	{ {p = (( IMW_SKIP_TO(106)))-1;} }
	goto st106;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
	if ( (*p) == 32u )
		goto st107;
	goto st0;
tr225:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st107;
st107:
	if ( ++p == pe )
		goto _test_eof107;
case 107:
	switch( (*p) ) {
		case 34u: goto tr200;
		case 78u: goto st111;
		case 110u: goto st111;
		case 123u: goto tr202;
	}
	goto st0;
tr200:
	{ {p = (( IMW_SKIP_TO(108)))-1;} }
	goto st108;
st108:
	if ( ++p == pe )
		goto _test_eof108;
case 108:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr203;
		case 92u: goto tr204;
	}
	goto tr200;
tr203:
	{ {p = (( IMW_SKIP_TO(109)))-1;} }
	goto st109;
st109:
	if ( ++p == pe )
		goto _test_eof109;
case 109:
	if ( (*p) == 41u )
		goto tr205;
	goto st0;
tr205:
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_ENVELOPE); {p++; cs = 380; goto _out;} }
	goto st380;
tr215:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_ENVELOPE); {p++; cs = 380; goto _out;} }
	goto st380;
st380:
	if ( ++p == pe )
		goto _test_eof380;
case 380:
	goto st0;
tr204:
	{ {p = (( IMW_SKIP_TO(110)))-1;} }
	goto st110;
st110:
	if ( ++p == pe )
		goto _test_eof110;
case 110:
	switch( (*p) ) {
		case 34u: goto tr200;
		case 92u: goto tr200;
	}
	goto st0;
st111:
	if ( ++p == pe )
		goto _test_eof111;
case 111:
	switch( (*p) ) {
		case 73u: goto st112;
		case 105u: goto st112;
	}
	goto st0;
st112:
	if ( ++p == pe )
		goto _test_eof112;
case 112:
	switch( (*p) ) {
		case 76u: goto st109;
		case 108u: goto st109;
	}
	goto st0;
tr202:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st113;
st113:
	if ( ++p == pe )
		goto _test_eof113;
case 113:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr208;
	goto st0;
tr210:
	{ {p = (( IMW_SKIP_TO(114)))-1;} }
	goto st114;
tr208:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(114)))-1;} }
	goto st114;
st114:
	if ( ++p == pe )
		goto _test_eof114;
case 114:
	switch( (*p) ) {
		case 43u: goto tr209;
		case 125u: goto tr211;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr210;
	goto st0;
tr209:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st115;
st115:
	if ( ++p == pe )
		goto _test_eof115;
case 115:
	if ( (*p) == 125u )
		goto st116;
	goto st0;
tr211:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st116;
st116:
	if ( ++p == pe )
		goto _test_eof116;
case 116:
	if ( (*p) == 13u )
		goto st117;
	goto st0;
st117:
	if ( ++p == pe )
		goto _test_eof117;
case 117:
	if ( (*p) == 10u )
		goto tr214;
	goto st0;
tr214:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st118;
st118:
	if ( ++p == pe )
		goto _test_eof118;
case 118:
	if ( (*p) == 41u )
		goto tr215;
	goto st0;
tr198:
	{ {p = (( IMW_SKIP_TO(119)))-1;} }
	goto st119;
st119:
	if ( ++p == pe )
		goto _test_eof119;
case 119:
	switch( (*p) ) {
		case 34u: goto tr194;
		case 92u: goto tr194;
	}
	goto st0;
st120:
	if ( ++p == pe )
		goto _test_eof120;
case 120:
	switch( (*p) ) {
		case 73u: goto st121;
		case 105u: goto st121;
	}
	goto st0;
st121:
	if ( ++p == pe )
		goto _test_eof121;
case 121:
	switch( (*p) ) {
		case 76u: goto st106;
		case 108u: goto st106;
	}
	goto st0;
tr196:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st122;
st122:
	if ( ++p == pe )
		goto _test_eof122;
case 122:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr218;
	goto st0;
tr220:
	{ {p = (( IMW_SKIP_TO(123)))-1;} }
	goto st123;
tr218:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(123)))-1;} }
	goto st123;
st123:
	if ( ++p == pe )
		goto _test_eof123;
case 123:
	switch( (*p) ) {
		case 43u: goto tr219;
		case 125u: goto tr221;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr220;
	goto st0;
tr219:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st124;
st124:
	if ( ++p == pe )
		goto _test_eof124;
case 124:
	if ( (*p) == 125u )
		goto st125;
	goto st0;
tr221:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st125;
st125:
	if ( ++p == pe )
		goto _test_eof125;
case 125:
	if ( (*p) == 13u )
		goto st126;
	goto st0;
st126:
	if ( ++p == pe )
		goto _test_eof126;
case 126:
	if ( (*p) == 10u )
		goto tr224;
	goto st0;
tr224:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st127;
st127:
	if ( ++p == pe )
		goto _test_eof127;
case 127:
	if ( (*p) == 32u )
		goto tr225;
	goto st0;
tr190:
	{ {p = (( IMW_SKIP_TO(128)))-1;} }
	goto st128;
st128:
	if ( ++p == pe )
		goto _test_eof128;
case 128:
	switch( (*p) ) {
		case 34u: goto tr186;
		case 92u: goto tr186;
	}
	goto st0;
st129:
	if ( ++p == pe )
		goto _test_eof129;
case 129:
	switch( (*p) ) {
		case 73u: goto st130;
		case 105u: goto st130;
	}
	goto st0;
st130:
	if ( ++p == pe )
		goto _test_eof130;
case 130:
	switch( (*p) ) {
		case 76u: goto st101;
		case 108u: goto st101;
	}
	goto st0;
tr188:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st131;
st131:
	if ( ++p == pe )
		goto _test_eof131;
case 131:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr228;
	goto st0;
tr230:
	{ {p = (( IMW_SKIP_TO(132)))-1;} }
	goto st132;
tr228:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(132)))-1;} }
	goto st132;
st132:
	if ( ++p == pe )
		goto _test_eof132;
case 132:
	switch( (*p) ) {
		case 43u: goto tr229;
		case 125u: goto tr231;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr230;
	goto st0;
tr229:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st133;
st133:
	if ( ++p == pe )
		goto _test_eof133;
case 133:
	if ( (*p) == 125u )
		goto st134;
	goto st0;
tr231:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st134;
st134:
	if ( ++p == pe )
		goto _test_eof134;
case 134:
	if ( (*p) == 13u )
		goto st135;
	goto st0;
st135:
	if ( ++p == pe )
		goto _test_eof135;
case 135:
	if ( (*p) == 10u )
		goto tr234;
	goto st0;
tr234:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st136;
st136:
	if ( ++p == pe )
		goto _test_eof136;
case 136:
	if ( (*p) == 41u )
		goto tr235;
	goto st0;
tr184:
	{ {p = (( IMW_SKIP_TO(137)))-1;} }
	goto st137;
st137:
	if ( ++p == pe )
		goto _test_eof137;
case 137:
	switch( (*p) ) {
		case 34u: goto tr180;
		case 92u: goto tr180;
	}
	goto st0;
st138:
	if ( ++p == pe )
		goto _test_eof138;
case 138:
	switch( (*p) ) {
		case 73u: goto st139;
		case 105u: goto st139;
	}
	goto st0;
st139:
	if ( ++p == pe )
		goto _test_eof139;
case 139:
	switch( (*p) ) {
		case 76u: goto st98;
		case 108u: goto st98;
	}
	goto st0;
tr182:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st140;
st140:
	if ( ++p == pe )
		goto _test_eof140;
case 140:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr238;
	goto st0;
tr240:
	{ {p = (( IMW_SKIP_TO(141)))-1;} }
	goto st141;
tr238:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(141)))-1;} }
	goto st141;
st141:
	if ( ++p == pe )
		goto _test_eof141;
case 141:
	switch( (*p) ) {
		case 43u: goto tr239;
		case 125u: goto tr241;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr240;
	goto st0;
tr239:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st142;
st142:
	if ( ++p == pe )
		goto _test_eof142;
case 142:
	if ( (*p) == 125u )
		goto st143;
	goto st0;
tr241:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st143;
st143:
	if ( ++p == pe )
		goto _test_eof143;
case 143:
	if ( (*p) == 13u )
		goto st144;
	goto st0;
st144:
	if ( ++p == pe )
		goto _test_eof144;
case 144:
	if ( (*p) == 10u )
		goto tr244;
	goto st0;
tr244:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st145;
st145:
	if ( ++p == pe )
		goto _test_eof145;
case 145:
	if ( (*p) == 32u )
		goto tr245;
	goto st0;
tr178:
	{ {p = (( IMW_SKIP_TO(146)))-1;} }
	goto st146;
st146:
	if ( ++p == pe )
		goto _test_eof146;
case 146:
	switch( (*p) ) {
		case 34u: goto tr174;
		case 92u: goto tr174;
	}
	goto st0;
st147:
	if ( ++p == pe )
		goto _test_eof147;
case 147:
	switch( (*p) ) {
		case 73u: goto st148;
		case 105u: goto st148;
	}
	goto st0;
st148:
	if ( ++p == pe )
		goto _test_eof148;
case 148:
	switch( (*p) ) {
		case 76u: goto st95;
		case 108u: goto st95;
	}
	goto st0;
tr176:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st149;
st149:
	if ( ++p == pe )
		goto _test_eof149;
case 149:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr248;
	goto st0;
tr250:
	{ {p = (( IMW_SKIP_TO(150)))-1;} }
	goto st150;
tr248:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(150)))-1;} }
	goto st150;
st150:
	if ( ++p == pe )
		goto _test_eof150;
case 150:
	switch( (*p) ) {
		case 43u: goto tr249;
		case 125u: goto tr251;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr250;
	goto st0;
tr249:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st151;
st151:
	if ( ++p == pe )
		goto _test_eof151;
case 151:
	if ( (*p) == 125u )
		goto st152;
	goto st0;
tr251:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st152;
st152:
	if ( ++p == pe )
		goto _test_eof152;
case 152:
	if ( (*p) == 13u )
		goto st153;
	goto st0;
st153:
	if ( ++p == pe )
		goto _test_eof153;
case 153:
	if ( (*p) == 10u )
		goto tr254;
	goto st0;
tr254:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st154;
st154:
	if ( ++p == pe )
		goto _test_eof154;
case 154:
	if ( (*p) == 32u )
		goto tr255;
	goto st0;
tr172:
	{ {p = (( IMW_SKIP_TO(155)))-1;} }
	goto st155;
st155:
	if ( ++p == pe )
		goto _test_eof155;
case 155:
	switch( (*p) ) {
		case 34u: goto tr168;
		case 92u: goto tr168;
	}
	goto st0;
st156:
	if ( ++p == pe )
		goto _test_eof156;
case 156:
	switch( (*p) ) {
		case 73u: goto st157;
		case 105u: goto st157;
	}
	goto st0;
st157:
	if ( ++p == pe )
		goto _test_eof157;
case 157:
	switch( (*p) ) {
		case 76u: goto st92;
		case 108u: goto st92;
	}
	goto st0;
tr170:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st158;
st158:
	if ( ++p == pe )
		goto _test_eof158;
case 158:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr258;
	goto st0;
tr260:
	{ {p = (( IMW_SKIP_TO(159)))-1;} }
	goto st159;
tr258:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(159)))-1;} }
	goto st159;
st159:
	if ( ++p == pe )
		goto _test_eof159;
case 159:
	switch( (*p) ) {
		case 43u: goto tr259;
		case 125u: goto tr261;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr260;
	goto st0;
tr259:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st160;
st160:
	if ( ++p == pe )
		goto _test_eof160;
case 160:
	if ( (*p) == 125u )
		goto st161;
	goto st0;
tr261:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st161;
st161:
	if ( ++p == pe )
		goto _test_eof161;
case 161:
	if ( (*p) == 13u )
		goto st162;
	goto st0;
st162:
	if ( ++p == pe )
		goto _test_eof162;
case 162:
	if ( (*p) == 10u )
		goto tr264;
	goto st0;
tr264:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st163;
st163:
	if ( ++p == pe )
		goto _test_eof163;
case 163:
	if ( (*p) == 32u )
		goto tr265;
	goto st0;
st164:
	if ( ++p == pe )
		goto _test_eof164;
case 164:
	if ( (*p) == 32u )
		goto tr266;
	goto st0;
st165:
	if ( ++p == pe )
		goto _test_eof165;
case 165:
	switch( (*p) ) {
		case 73u: goto st166;
		case 105u: goto st166;
	}
	goto st0;
st166:
	if ( ++p == pe )
		goto _test_eof166;
case 166:
	switch( (*p) ) {
		case 76u: goto st103;
		case 108u: goto st103;
	}
	goto st0;
tr160:
	{ {p = (( IMW_SKIP_TO(167)))-1;} }
	goto st167;
st167:
	if ( ++p == pe )
		goto _test_eof167;
case 167:
	switch( (*p) ) {
		case 34u: goto tr156;
		case 92u: goto tr156;
	}
	goto st0;
st168:
	if ( ++p == pe )
		goto _test_eof168;
case 168:
	switch( (*p) ) {
		case 73u: goto st169;
		case 105u: goto st169;
	}
	goto st0;
st169:
	if ( ++p == pe )
		goto _test_eof169;
case 169:
	switch( (*p) ) {
		case 76u: goto st85;
		case 108u: goto st85;
	}
	goto st0;
tr158:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st170;
st170:
	if ( ++p == pe )
		goto _test_eof170;
case 170:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr270;
	goto st0;
tr272:
	{ {p = (( IMW_SKIP_TO(171)))-1;} }
	goto st171;
tr270:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(171)))-1;} }
	goto st171;
st171:
	if ( ++p == pe )
		goto _test_eof171;
case 171:
	switch( (*p) ) {
		case 43u: goto tr271;
		case 125u: goto tr273;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr272;
	goto st0;
tr271:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st172;
st172:
	if ( ++p == pe )
		goto _test_eof172;
case 172:
	if ( (*p) == 125u )
		goto st173;
	goto st0;
tr273:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st173;
st173:
	if ( ++p == pe )
		goto _test_eof173;
case 173:
	if ( (*p) == 13u )
		goto st174;
	goto st0;
st174:
	if ( ++p == pe )
		goto _test_eof174;
case 174:
	if ( (*p) == 10u )
		goto tr276;
	goto st0;
tr276:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st175;
st175:
	if ( ++p == pe )
		goto _test_eof175;
case 175:
	if ( (*p) == 41u )
		goto tr277;
	goto st0;
tr154:
	{ {p = (( IMW_SKIP_TO(176)))-1;} }
	goto st176;
st176:
	if ( ++p == pe )
		goto _test_eof176;
case 176:
	switch( (*p) ) {
		case 34u: goto tr150;
		case 92u: goto tr150;
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
		case 76u: goto st82;
		case 108u: goto st82;
	}
	goto st0;
tr152:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st179;
st179:
	if ( ++p == pe )
		goto _test_eof179;
case 179:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr280;
	goto st0;
tr282:
	{ {p = (( IMW_SKIP_TO(180)))-1;} }
	goto st180;
tr280:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(180)))-1;} }
	goto st180;
st180:
	if ( ++p == pe )
		goto _test_eof180;
case 180:
	switch( (*p) ) {
		case 43u: goto tr281;
		case 125u: goto tr283;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr282;
	goto st0;
tr281:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st181;
st181:
	if ( ++p == pe )
		goto _test_eof181;
case 181:
	if ( (*p) == 125u )
		goto st182;
	goto st0;
tr283:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st182;
st182:
	if ( ++p == pe )
		goto _test_eof182;
case 182:
	if ( (*p) == 13u )
		goto st183;
	goto st0;
st183:
	if ( ++p == pe )
		goto _test_eof183;
case 183:
	if ( (*p) == 10u )
		goto tr286;
	goto st0;
tr286:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st184;
st184:
	if ( ++p == pe )
		goto _test_eof184;
case 184:
	if ( (*p) == 32u )
		goto tr287;
	goto st0;
tr148:
	{ {p = (( IMW_SKIP_TO(185)))-1;} }
	goto st185;
st185:
	if ( ++p == pe )
		goto _test_eof185;
case 185:
	switch( (*p) ) {
		case 34u: goto tr144;
		case 92u: goto tr144;
	}
	goto st0;
st186:
	if ( ++p == pe )
		goto _test_eof186;
case 186:
	switch( (*p) ) {
		case 73u: goto st187;
		case 105u: goto st187;
	}
	goto st0;
st187:
	if ( ++p == pe )
		goto _test_eof187;
case 187:
	switch( (*p) ) {
		case 76u: goto st79;
		case 108u: goto st79;
	}
	goto st0;
tr146:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st188;
st188:
	if ( ++p == pe )
		goto _test_eof188;
case 188:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr290;
	goto st0;
tr292:
	{ {p = (( IMW_SKIP_TO(189)))-1;} }
	goto st189;
tr290:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(189)))-1;} }
	goto st189;
st189:
	if ( ++p == pe )
		goto _test_eof189;
case 189:
	switch( (*p) ) {
		case 43u: goto tr291;
		case 125u: goto tr293;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr292;
	goto st0;
tr291:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st190;
st190:
	if ( ++p == pe )
		goto _test_eof190;
case 190:
	if ( (*p) == 125u )
		goto st191;
	goto st0;
tr293:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st191;
st191:
	if ( ++p == pe )
		goto _test_eof191;
case 191:
	if ( (*p) == 13u )
		goto st192;
	goto st0;
st192:
	if ( ++p == pe )
		goto _test_eof192;
case 192:
	if ( (*p) == 10u )
		goto tr296;
	goto st0;
tr296:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st193;
st193:
	if ( ++p == pe )
		goto _test_eof193;
case 193:
	if ( (*p) == 32u )
		goto tr297;
	goto st0;
tr142:
	{ {p = (( IMW_SKIP_TO(194)))-1;} }
	goto st194;
st194:
	if ( ++p == pe )
		goto _test_eof194;
case 194:
	switch( (*p) ) {
		case 34u: goto tr138;
		case 92u: goto tr138;
	}
	goto st0;
st195:
	if ( ++p == pe )
		goto _test_eof195;
case 195:
	switch( (*p) ) {
		case 73u: goto st196;
		case 105u: goto st196;
	}
	goto st0;
st196:
	if ( ++p == pe )
		goto _test_eof196;
case 196:
	switch( (*p) ) {
		case 76u: goto st76;
		case 108u: goto st76;
	}
	goto st0;
tr140:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st197;
st197:
	if ( ++p == pe )
		goto _test_eof197;
case 197:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr300;
	goto st0;
tr302:
	{ {p = (( IMW_SKIP_TO(198)))-1;} }
	goto st198;
tr300:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(198)))-1;} }
	goto st198;
st198:
	if ( ++p == pe )
		goto _test_eof198;
case 198:
	switch( (*p) ) {
		case 43u: goto tr301;
		case 125u: goto tr303;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr302;
	goto st0;
tr301:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st199;
st199:
	if ( ++p == pe )
		goto _test_eof199;
case 199:
	if ( (*p) == 125u )
		goto st200;
	goto st0;
tr303:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st200;
st200:
	if ( ++p == pe )
		goto _test_eof200;
case 200:
	if ( (*p) == 13u )
		goto st201;
	goto st0;
st201:
	if ( ++p == pe )
		goto _test_eof201;
case 201:
	if ( (*p) == 10u )
		goto tr306;
	goto st0;
tr306:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st202;
st202:
	if ( ++p == pe )
		goto _test_eof202;
case 202:
	if ( (*p) == 32u )
		goto tr307;
	goto st0;
st203:
	if ( ++p == pe )
		goto _test_eof203;
case 203:
	if ( (*p) == 32u )
		goto tr308;
	goto st0;
st204:
	if ( ++p == pe )
		goto _test_eof204;
case 204:
	switch( (*p) ) {
		case 73u: goto st205;
		case 105u: goto st205;
	}
	goto st0;
st205:
	if ( ++p == pe )
		goto _test_eof205;
case 205:
	switch( (*p) ) {
		case 76u: goto st87;
		case 108u: goto st87;
	}
	goto st0;
tr130:
	{ {p = (( IMW_SKIP_TO(206)))-1;} }
	goto st206;
st206:
	if ( ++p == pe )
		goto _test_eof206;
case 206:
	switch( (*p) ) {
		case 34u: goto tr126;
		case 92u: goto tr126;
	}
	goto st0;
st207:
	if ( ++p == pe )
		goto _test_eof207;
case 207:
	switch( (*p) ) {
		case 73u: goto st208;
		case 105u: goto st208;
	}
	goto st0;
st208:
	if ( ++p == pe )
		goto _test_eof208;
case 208:
	switch( (*p) ) {
		case 76u: goto st69;
		case 108u: goto st69;
	}
	goto st0;
tr128:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st209;
st209:
	if ( ++p == pe )
		goto _test_eof209;
case 209:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr312;
	goto st0;
tr314:
	{ {p = (( IMW_SKIP_TO(210)))-1;} }
	goto st210;
tr312:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(210)))-1;} }
	goto st210;
st210:
	if ( ++p == pe )
		goto _test_eof210;
case 210:
	switch( (*p) ) {
		case 43u: goto tr313;
		case 125u: goto tr315;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr314;
	goto st0;
tr313:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st211;
st211:
	if ( ++p == pe )
		goto _test_eof211;
case 211:
	if ( (*p) == 125u )
		goto st212;
	goto st0;
tr315:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st212;
st212:
	if ( ++p == pe )
		goto _test_eof212;
case 212:
	if ( (*p) == 13u )
		goto st213;
	goto st0;
st213:
	if ( ++p == pe )
		goto _test_eof213;
case 213:
	if ( (*p) == 10u )
		goto tr318;
	goto st0;
tr318:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st214;
st214:
	if ( ++p == pe )
		goto _test_eof214;
case 214:
	if ( (*p) == 41u )
		goto tr319;
	goto st0;
tr124:
	{ {p = (( IMW_SKIP_TO(215)))-1;} }
	goto st215;
st215:
	if ( ++p == pe )
		goto _test_eof215;
case 215:
	switch( (*p) ) {
		case 34u: goto tr120;
		case 92u: goto tr120;
	}
	goto st0;
st216:
	if ( ++p == pe )
		goto _test_eof216;
case 216:
	switch( (*p) ) {
		case 73u: goto st217;
		case 105u: goto st217;
	}
	goto st0;
st217:
	if ( ++p == pe )
		goto _test_eof217;
case 217:
	switch( (*p) ) {
		case 76u: goto st66;
		case 108u: goto st66;
	}
	goto st0;
tr122:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st218;
st218:
	if ( ++p == pe )
		goto _test_eof218;
case 218:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr322;
	goto st0;
tr324:
	{ {p = (( IMW_SKIP_TO(219)))-1;} }
	goto st219;
tr322:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(219)))-1;} }
	goto st219;
st219:
	if ( ++p == pe )
		goto _test_eof219;
case 219:
	switch( (*p) ) {
		case 43u: goto tr323;
		case 125u: goto tr325;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr324;
	goto st0;
tr323:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st220;
st220:
	if ( ++p == pe )
		goto _test_eof220;
case 220:
	if ( (*p) == 125u )
		goto st221;
	goto st0;
tr325:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st221;
st221:
	if ( ++p == pe )
		goto _test_eof221;
case 221:
	if ( (*p) == 13u )
		goto st222;
	goto st0;
st222:
	if ( ++p == pe )
		goto _test_eof222;
case 222:
	if ( (*p) == 10u )
		goto tr328;
	goto st0;
tr328:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st223;
st223:
	if ( ++p == pe )
		goto _test_eof223;
case 223:
	if ( (*p) == 32u )
		goto tr329;
	goto st0;
tr118:
	{ {p = (( IMW_SKIP_TO(224)))-1;} }
	goto st224;
st224:
	if ( ++p == pe )
		goto _test_eof224;
case 224:
	switch( (*p) ) {
		case 34u: goto tr114;
		case 92u: goto tr114;
	}
	goto st0;
st225:
	if ( ++p == pe )
		goto _test_eof225;
case 225:
	switch( (*p) ) {
		case 73u: goto st226;
		case 105u: goto st226;
	}
	goto st0;
st226:
	if ( ++p == pe )
		goto _test_eof226;
case 226:
	switch( (*p) ) {
		case 76u: goto st63;
		case 108u: goto st63;
	}
	goto st0;
tr116:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st227;
st227:
	if ( ++p == pe )
		goto _test_eof227;
case 227:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr332;
	goto st0;
tr334:
	{ {p = (( IMW_SKIP_TO(228)))-1;} }
	goto st228;
tr332:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(228)))-1;} }
	goto st228;
st228:
	if ( ++p == pe )
		goto _test_eof228;
case 228:
	switch( (*p) ) {
		case 43u: goto tr333;
		case 125u: goto tr335;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr334;
	goto st0;
tr333:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st229;
st229:
	if ( ++p == pe )
		goto _test_eof229;
case 229:
	if ( (*p) == 125u )
		goto st230;
	goto st0;
tr335:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st230;
st230:
	if ( ++p == pe )
		goto _test_eof230;
case 230:
	if ( (*p) == 13u )
		goto st231;
	goto st0;
st231:
	if ( ++p == pe )
		goto _test_eof231;
case 231:
	if ( (*p) == 10u )
		goto tr338;
	goto st0;
tr338:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st232;
st232:
	if ( ++p == pe )
		goto _test_eof232;
case 232:
	if ( (*p) == 32u )
		goto tr339;
	goto st0;
tr112:
	{ {p = (( IMW_SKIP_TO(233)))-1;} }
	goto st233;
st233:
	if ( ++p == pe )
		goto _test_eof233;
case 233:
	switch( (*p) ) {
		case 34u: goto tr108;
		case 92u: goto tr108;
	}
	goto st0;
st234:
	if ( ++p == pe )
		goto _test_eof234;
case 234:
	switch( (*p) ) {
		case 73u: goto st235;
		case 105u: goto st235;
	}
	goto st0;
st235:
	if ( ++p == pe )
		goto _test_eof235;
case 235:
	switch( (*p) ) {
		case 76u: goto st60;
		case 108u: goto st60;
	}
	goto st0;
tr110:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st236;
st236:
	if ( ++p == pe )
		goto _test_eof236;
case 236:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr342;
	goto st0;
tr344:
	{ {p = (( IMW_SKIP_TO(237)))-1;} }
	goto st237;
tr342:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(237)))-1;} }
	goto st237;
st237:
	if ( ++p == pe )
		goto _test_eof237;
case 237:
	switch( (*p) ) {
		case 43u: goto tr343;
		case 125u: goto tr345;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr344;
	goto st0;
tr343:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st238;
st238:
	if ( ++p == pe )
		goto _test_eof238;
case 238:
	if ( (*p) == 125u )
		goto st239;
	goto st0;
tr345:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st239;
st239:
	if ( ++p == pe )
		goto _test_eof239;
case 239:
	if ( (*p) == 13u )
		goto st240;
	goto st0;
st240:
	if ( ++p == pe )
		goto _test_eof240;
case 240:
	if ( (*p) == 10u )
		goto tr348;
	goto st0;
tr348:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st241;
st241:
	if ( ++p == pe )
		goto _test_eof241;
case 241:
	if ( (*p) == 32u )
		goto tr349;
	goto st0;
st242:
	if ( ++p == pe )
		goto _test_eof242;
case 242:
	if ( (*p) == 32u )
		goto tr350;
	goto st0;
st243:
	if ( ++p == pe )
		goto _test_eof243;
case 243:
	switch( (*p) ) {
		case 73u: goto st244;
		case 105u: goto st244;
	}
	goto st0;
st244:
	if ( ++p == pe )
		goto _test_eof244;
case 244:
	switch( (*p) ) {
		case 76u: goto st71;
		case 108u: goto st71;
	}
	goto st0;
tr100:
	{ {p = (( IMW_SKIP_TO(245)))-1;} }
	goto st245;
st245:
	if ( ++p == pe )
		goto _test_eof245;
case 245:
	switch( (*p) ) {
		case 34u: goto tr96;
		case 92u: goto tr96;
	}
	goto st0;
st246:
	if ( ++p == pe )
		goto _test_eof246;
case 246:
	switch( (*p) ) {
		case 73u: goto st247;
		case 105u: goto st247;
	}
	goto st0;
st247:
	if ( ++p == pe )
		goto _test_eof247;
case 247:
	switch( (*p) ) {
		case 76u: goto st53;
		case 108u: goto st53;
	}
	goto st0;
tr98:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st248;
st248:
	if ( ++p == pe )
		goto _test_eof248;
case 248:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr354;
	goto st0;
tr356:
	{ {p = (( IMW_SKIP_TO(249)))-1;} }
	goto st249;
tr354:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(249)))-1;} }
	goto st249;
st249:
	if ( ++p == pe )
		goto _test_eof249;
case 249:
	switch( (*p) ) {
		case 43u: goto tr355;
		case 125u: goto tr357;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr356;
	goto st0;
tr355:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st250;
st250:
	if ( ++p == pe )
		goto _test_eof250;
case 250:
	if ( (*p) == 125u )
		goto st251;
	goto st0;
tr357:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st251;
st251:
	if ( ++p == pe )
		goto _test_eof251;
case 251:
	if ( (*p) == 13u )
		goto st252;
	goto st0;
st252:
	if ( ++p == pe )
		goto _test_eof252;
case 252:
	if ( (*p) == 10u )
		goto tr360;
	goto st0;
tr360:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st253;
st253:
	if ( ++p == pe )
		goto _test_eof253;
case 253:
	if ( (*p) == 41u )
		goto tr361;
	goto st0;
tr94:
	{ {p = (( IMW_SKIP_TO(254)))-1;} }
	goto st254;
st254:
	if ( ++p == pe )
		goto _test_eof254;
case 254:
	switch( (*p) ) {
		case 34u: goto tr90;
		case 92u: goto tr90;
	}
	goto st0;
st255:
	if ( ++p == pe )
		goto _test_eof255;
case 255:
	switch( (*p) ) {
		case 73u: goto st256;
		case 105u: goto st256;
	}
	goto st0;
st256:
	if ( ++p == pe )
		goto _test_eof256;
case 256:
	switch( (*p) ) {
		case 76u: goto st50;
		case 108u: goto st50;
	}
	goto st0;
tr92:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st257;
st257:
	if ( ++p == pe )
		goto _test_eof257;
case 257:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr364;
	goto st0;
tr366:
	{ {p = (( IMW_SKIP_TO(258)))-1;} }
	goto st258;
tr364:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(258)))-1;} }
	goto st258;
st258:
	if ( ++p == pe )
		goto _test_eof258;
case 258:
	switch( (*p) ) {
		case 43u: goto tr365;
		case 125u: goto tr367;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr366;
	goto st0;
tr365:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st259;
st259:
	if ( ++p == pe )
		goto _test_eof259;
case 259:
	if ( (*p) == 125u )
		goto st260;
	goto st0;
tr367:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st260;
st260:
	if ( ++p == pe )
		goto _test_eof260;
case 260:
	if ( (*p) == 13u )
		goto st261;
	goto st0;
st261:
	if ( ++p == pe )
		goto _test_eof261;
case 261:
	if ( (*p) == 10u )
		goto tr370;
	goto st0;
tr370:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st262;
st262:
	if ( ++p == pe )
		goto _test_eof262;
case 262:
	if ( (*p) == 32u )
		goto tr371;
	goto st0;
tr88:
	{ {p = (( IMW_SKIP_TO(263)))-1;} }
	goto st263;
st263:
	if ( ++p == pe )
		goto _test_eof263;
case 263:
	switch( (*p) ) {
		case 34u: goto tr84;
		case 92u: goto tr84;
	}
	goto st0;
st264:
	if ( ++p == pe )
		goto _test_eof264;
case 264:
	switch( (*p) ) {
		case 73u: goto st265;
		case 105u: goto st265;
	}
	goto st0;
st265:
	if ( ++p == pe )
		goto _test_eof265;
case 265:
	switch( (*p) ) {
		case 76u: goto st47;
		case 108u: goto st47;
	}
	goto st0;
tr86:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st266;
st266:
	if ( ++p == pe )
		goto _test_eof266;
case 266:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr374;
	goto st0;
tr376:
	{ {p = (( IMW_SKIP_TO(267)))-1;} }
	goto st267;
tr374:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(267)))-1;} }
	goto st267;
st267:
	if ( ++p == pe )
		goto _test_eof267;
case 267:
	switch( (*p) ) {
		case 43u: goto tr375;
		case 125u: goto tr377;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr376;
	goto st0;
tr375:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st268;
st268:
	if ( ++p == pe )
		goto _test_eof268;
case 268:
	if ( (*p) == 125u )
		goto st269;
	goto st0;
tr377:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st269;
st269:
	if ( ++p == pe )
		goto _test_eof269;
case 269:
	if ( (*p) == 13u )
		goto st270;
	goto st0;
st270:
	if ( ++p == pe )
		goto _test_eof270;
case 270:
	if ( (*p) == 10u )
		goto tr380;
	goto st0;
tr380:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st271;
st271:
	if ( ++p == pe )
		goto _test_eof271;
case 271:
	if ( (*p) == 32u )
		goto tr381;
	goto st0;
tr82:
	{ {p = (( IMW_SKIP_TO(272)))-1;} }
	goto st272;
st272:
	if ( ++p == pe )
		goto _test_eof272;
case 272:
	switch( (*p) ) {
		case 34u: goto tr78;
		case 92u: goto tr78;
	}
	goto st0;
st273:
	if ( ++p == pe )
		goto _test_eof273;
case 273:
	switch( (*p) ) {
		case 73u: goto st274;
		case 105u: goto st274;
	}
	goto st0;
st274:
	if ( ++p == pe )
		goto _test_eof274;
case 274:
	switch( (*p) ) {
		case 76u: goto st44;
		case 108u: goto st44;
	}
	goto st0;
tr80:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st275;
st275:
	if ( ++p == pe )
		goto _test_eof275;
case 275:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr384;
	goto st0;
tr386:
	{ {p = (( IMW_SKIP_TO(276)))-1;} }
	goto st276;
tr384:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(276)))-1;} }
	goto st276;
st276:
	if ( ++p == pe )
		goto _test_eof276;
case 276:
	switch( (*p) ) {
		case 43u: goto tr385;
		case 125u: goto tr387;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr386;
	goto st0;
tr385:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st277;
st277:
	if ( ++p == pe )
		goto _test_eof277;
case 277:
	if ( (*p) == 125u )
		goto st278;
	goto st0;
tr387:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st278;
st278:
	if ( ++p == pe )
		goto _test_eof278;
case 278:
	if ( (*p) == 13u )
		goto st279;
	goto st0;
st279:
	if ( ++p == pe )
		goto _test_eof279;
case 279:
	if ( (*p) == 10u )
		goto tr390;
	goto st0;
tr390:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st280;
st280:
	if ( ++p == pe )
		goto _test_eof280;
case 280:
	if ( (*p) == 32u )
		goto tr391;
	goto st0;
st281:
	if ( ++p == pe )
		goto _test_eof281;
case 281:
	if ( (*p) == 32u )
		goto tr392;
	goto st0;
st282:
	if ( ++p == pe )
		goto _test_eof282;
case 282:
	switch( (*p) ) {
		case 73u: goto st283;
		case 105u: goto st283;
	}
	goto st0;
st283:
	if ( ++p == pe )
		goto _test_eof283;
case 283:
	switch( (*p) ) {
		case 76u: goto st55;
		case 108u: goto st55;
	}
	goto st0;
tr70:
	{ {p = (( IMW_SKIP_TO(284)))-1;} }
	goto st284;
st284:
	if ( ++p == pe )
		goto _test_eof284;
case 284:
	switch( (*p) ) {
		case 34u: goto tr66;
		case 92u: goto tr66;
	}
	goto st0;
st285:
	if ( ++p == pe )
		goto _test_eof285;
case 285:
	switch( (*p) ) {
		case 73u: goto st286;
		case 105u: goto st286;
	}
	goto st0;
st286:
	if ( ++p == pe )
		goto _test_eof286;
case 286:
	switch( (*p) ) {
		case 76u: goto st37;
		case 108u: goto st37;
	}
	goto st0;
tr68:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st287;
st287:
	if ( ++p == pe )
		goto _test_eof287;
case 287:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr396;
	goto st0;
tr398:
	{ {p = (( IMW_SKIP_TO(288)))-1;} }
	goto st288;
tr396:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(288)))-1;} }
	goto st288;
st288:
	if ( ++p == pe )
		goto _test_eof288;
case 288:
	switch( (*p) ) {
		case 43u: goto tr397;
		case 125u: goto tr399;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr398;
	goto st0;
tr397:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st289;
st289:
	if ( ++p == pe )
		goto _test_eof289;
case 289:
	if ( (*p) == 125u )
		goto st290;
	goto st0;
tr399:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st290;
st290:
	if ( ++p == pe )
		goto _test_eof290;
case 290:
	if ( (*p) == 13u )
		goto st291;
	goto st0;
st291:
	if ( ++p == pe )
		goto _test_eof291;
case 291:
	if ( (*p) == 10u )
		goto tr402;
	goto st0;
tr402:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st292;
st292:
	if ( ++p == pe )
		goto _test_eof292;
case 292:
	if ( (*p) == 41u )
		goto tr403;
	goto st0;
tr64:
	{ {p = (( IMW_SKIP_TO(293)))-1;} }
	goto st293;
st293:
	if ( ++p == pe )
		goto _test_eof293;
case 293:
	switch( (*p) ) {
		case 34u: goto tr60;
		case 92u: goto tr60;
	}
	goto st0;
st294:
	if ( ++p == pe )
		goto _test_eof294;
case 294:
	switch( (*p) ) {
		case 73u: goto st295;
		case 105u: goto st295;
	}
	goto st0;
st295:
	if ( ++p == pe )
		goto _test_eof295;
case 295:
	switch( (*p) ) {
		case 76u: goto st34;
		case 108u: goto st34;
	}
	goto st0;
tr62:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st296;
st296:
	if ( ++p == pe )
		goto _test_eof296;
case 296:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr406;
	goto st0;
tr408:
	{ {p = (( IMW_SKIP_TO(297)))-1;} }
	goto st297;
tr406:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(297)))-1;} }
	goto st297;
st297:
	if ( ++p == pe )
		goto _test_eof297;
case 297:
	switch( (*p) ) {
		case 43u: goto tr407;
		case 125u: goto tr409;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr408;
	goto st0;
tr407:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st298;
st298:
	if ( ++p == pe )
		goto _test_eof298;
case 298:
	if ( (*p) == 125u )
		goto st299;
	goto st0;
tr409:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st299;
st299:
	if ( ++p == pe )
		goto _test_eof299;
case 299:
	if ( (*p) == 13u )
		goto st300;
	goto st0;
st300:
	if ( ++p == pe )
		goto _test_eof300;
case 300:
	if ( (*p) == 10u )
		goto tr412;
	goto st0;
tr412:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st301;
st301:
	if ( ++p == pe )
		goto _test_eof301;
case 301:
	if ( (*p) == 32u )
		goto tr413;
	goto st0;
tr58:
	{ {p = (( IMW_SKIP_TO(302)))-1;} }
	goto st302;
st302:
	if ( ++p == pe )
		goto _test_eof302;
case 302:
	switch( (*p) ) {
		case 34u: goto tr54;
		case 92u: goto tr54;
	}
	goto st0;
st303:
	if ( ++p == pe )
		goto _test_eof303;
case 303:
	switch( (*p) ) {
		case 73u: goto st304;
		case 105u: goto st304;
	}
	goto st0;
st304:
	if ( ++p == pe )
		goto _test_eof304;
case 304:
	switch( (*p) ) {
		case 76u: goto st31;
		case 108u: goto st31;
	}
	goto st0;
tr56:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st305;
st305:
	if ( ++p == pe )
		goto _test_eof305;
case 305:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr416;
	goto st0;
tr418:
	{ {p = (( IMW_SKIP_TO(306)))-1;} }
	goto st306;
tr416:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(306)))-1;} }
	goto st306;
st306:
	if ( ++p == pe )
		goto _test_eof306;
case 306:
	switch( (*p) ) {
		case 43u: goto tr417;
		case 125u: goto tr419;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr418;
	goto st0;
tr417:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st307;
st307:
	if ( ++p == pe )
		goto _test_eof307;
case 307:
	if ( (*p) == 125u )
		goto st308;
	goto st0;
tr419:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st308;
st308:
	if ( ++p == pe )
		goto _test_eof308;
case 308:
	if ( (*p) == 13u )
		goto st309;
	goto st0;
st309:
	if ( ++p == pe )
		goto _test_eof309;
case 309:
	if ( (*p) == 10u )
		goto tr422;
	goto st0;
tr422:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st310;
st310:
	if ( ++p == pe )
		goto _test_eof310;
case 310:
	if ( (*p) == 32u )
		goto tr423;
	goto st0;
tr52:
	{ {p = (( IMW_SKIP_TO(311)))-1;} }
	goto st311;
st311:
	if ( ++p == pe )
		goto _test_eof311;
case 311:
	switch( (*p) ) {
		case 34u: goto tr48;
		case 92u: goto tr48;
	}
	goto st0;
st312:
	if ( ++p == pe )
		goto _test_eof312;
case 312:
	switch( (*p) ) {
		case 73u: goto st313;
		case 105u: goto st313;
	}
	goto st0;
st313:
	if ( ++p == pe )
		goto _test_eof313;
case 313:
	switch( (*p) ) {
		case 76u: goto st28;
		case 108u: goto st28;
	}
	goto st0;
tr50:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st314;
st314:
	if ( ++p == pe )
		goto _test_eof314;
case 314:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr426;
	goto st0;
tr428:
	{ {p = (( IMW_SKIP_TO(315)))-1;} }
	goto st315;
tr426:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(315)))-1;} }
	goto st315;
st315:
	if ( ++p == pe )
		goto _test_eof315;
case 315:
	switch( (*p) ) {
		case 43u: goto tr427;
		case 125u: goto tr429;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr428;
	goto st0;
tr427:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st316;
st316:
	if ( ++p == pe )
		goto _test_eof316;
case 316:
	if ( (*p) == 125u )
		goto st317;
	goto st0;
tr429:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st317;
st317:
	if ( ++p == pe )
		goto _test_eof317;
case 317:
	if ( (*p) == 13u )
		goto st318;
	goto st0;
st318:
	if ( ++p == pe )
		goto _test_eof318;
case 318:
	if ( (*p) == 10u )
		goto tr432;
	goto st0;
tr432:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st319;
st319:
	if ( ++p == pe )
		goto _test_eof319;
case 319:
	if ( (*p) == 32u )
		goto tr433;
	goto st0;
st320:
	if ( ++p == pe )
		goto _test_eof320;
case 320:
	if ( (*p) == 32u )
		goto tr434;
	goto st0;
st321:
	if ( ++p == pe )
		goto _test_eof321;
case 321:
	switch( (*p) ) {
		case 73u: goto st322;
		case 105u: goto st322;
	}
	goto st0;
st322:
	if ( ++p == pe )
		goto _test_eof322;
case 322:
	switch( (*p) ) {
		case 76u: goto st39;
		case 108u: goto st39;
	}
	goto st0;
tr40:
	{ {p = (( IMW_SKIP_TO(323)))-1;} }
	goto st323;
st323:
	if ( ++p == pe )
		goto _test_eof323;
case 323:
	switch( (*p) ) {
		case 34u: goto tr36;
		case 92u: goto tr36;
	}
	goto st0;
st324:
	if ( ++p == pe )
		goto _test_eof324;
case 324:
	switch( (*p) ) {
		case 73u: goto st325;
		case 105u: goto st325;
	}
	goto st0;
st325:
	if ( ++p == pe )
		goto _test_eof325;
case 325:
	switch( (*p) ) {
		case 76u: goto st21;
		case 108u: goto st21;
	}
	goto st0;
tr38:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st326;
st326:
	if ( ++p == pe )
		goto _test_eof326;
case 326:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr438;
	goto st0;
tr440:
	{ {p = (( IMW_SKIP_TO(327)))-1;} }
	goto st327;
tr438:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(327)))-1;} }
	goto st327;
st327:
	if ( ++p == pe )
		goto _test_eof327;
case 327:
	switch( (*p) ) {
		case 43u: goto tr439;
		case 125u: goto tr441;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr440;
	goto st0;
tr439:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st328;
st328:
	if ( ++p == pe )
		goto _test_eof328;
case 328:
	if ( (*p) == 125u )
		goto st329;
	goto st0;
tr441:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st329;
st329:
	if ( ++p == pe )
		goto _test_eof329;
case 329:
	if ( (*p) == 13u )
		goto st330;
	goto st0;
st330:
	if ( ++p == pe )
		goto _test_eof330;
case 330:
	if ( (*p) == 10u )
		goto tr444;
	goto st0;
tr444:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st331;
st331:
	if ( ++p == pe )
		goto _test_eof331;
case 331:
	if ( (*p) == 41u )
		goto tr445;
	goto st0;
tr34:
	{ {p = (( IMW_SKIP_TO(332)))-1;} }
	goto st332;
st332:
	if ( ++p == pe )
		goto _test_eof332;
case 332:
	switch( (*p) ) {
		case 34u: goto tr30;
		case 92u: goto tr30;
	}
	goto st0;
st333:
	if ( ++p == pe )
		goto _test_eof333;
case 333:
	switch( (*p) ) {
		case 73u: goto st334;
		case 105u: goto st334;
	}
	goto st0;
st334:
	if ( ++p == pe )
		goto _test_eof334;
case 334:
	switch( (*p) ) {
		case 76u: goto st18;
		case 108u: goto st18;
	}
	goto st0;
tr32:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st335;
st335:
	if ( ++p == pe )
		goto _test_eof335;
case 335:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr448;
	goto st0;
tr450:
	{ {p = (( IMW_SKIP_TO(336)))-1;} }
	goto st336;
tr448:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(336)))-1;} }
	goto st336;
st336:
	if ( ++p == pe )
		goto _test_eof336;
case 336:
	switch( (*p) ) {
		case 43u: goto tr449;
		case 125u: goto tr451;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr450;
	goto st0;
tr449:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st337;
st337:
	if ( ++p == pe )
		goto _test_eof337;
case 337:
	if ( (*p) == 125u )
		goto st338;
	goto st0;
tr451:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st338;
st338:
	if ( ++p == pe )
		goto _test_eof338;
case 338:
	if ( (*p) == 13u )
		goto st339;
	goto st0;
st339:
	if ( ++p == pe )
		goto _test_eof339;
case 339:
	if ( (*p) == 10u )
		goto tr454;
	goto st0;
tr454:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st340;
st340:
	if ( ++p == pe )
		goto _test_eof340;
case 340:
	if ( (*p) == 32u )
		goto tr455;
	goto st0;
tr28:
	{ {p = (( IMW_SKIP_TO(341)))-1;} }
	goto st341;
st341:
	if ( ++p == pe )
		goto _test_eof341;
case 341:
	switch( (*p) ) {
		case 34u: goto tr24;
		case 92u: goto tr24;
	}
	goto st0;
st342:
	if ( ++p == pe )
		goto _test_eof342;
case 342:
	switch( (*p) ) {
		case 73u: goto st343;
		case 105u: goto st343;
	}
	goto st0;
st343:
	if ( ++p == pe )
		goto _test_eof343;
case 343:
	switch( (*p) ) {
		case 76u: goto st15;
		case 108u: goto st15;
	}
	goto st0;
tr26:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st344;
st344:
	if ( ++p == pe )
		goto _test_eof344;
case 344:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr458;
	goto st0;
tr460:
	{ {p = (( IMW_SKIP_TO(345)))-1;} }
	goto st345;
tr458:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(345)))-1;} }
	goto st345;
st345:
	if ( ++p == pe )
		goto _test_eof345;
case 345:
	switch( (*p) ) {
		case 43u: goto tr459;
		case 125u: goto tr461;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr460;
	goto st0;
tr459:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st346;
st346:
	if ( ++p == pe )
		goto _test_eof346;
case 346:
	if ( (*p) == 125u )
		goto st347;
	goto st0;
tr461:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st347;
st347:
	if ( ++p == pe )
		goto _test_eof347;
case 347:
	if ( (*p) == 13u )
		goto st348;
	goto st0;
st348:
	if ( ++p == pe )
		goto _test_eof348;
case 348:
	if ( (*p) == 10u )
		goto tr464;
	goto st0;
tr464:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st349;
st349:
	if ( ++p == pe )
		goto _test_eof349;
case 349:
	if ( (*p) == 32u )
		goto tr465;
	goto st0;
tr22:
	{ {p = (( IMW_SKIP_TO(350)))-1;} }
	goto st350;
st350:
	if ( ++p == pe )
		goto _test_eof350;
case 350:
	switch( (*p) ) {
		case 34u: goto tr18;
		case 92u: goto tr18;
	}
	goto st0;
st351:
	if ( ++p == pe )
		goto _test_eof351;
case 351:
	switch( (*p) ) {
		case 73u: goto st352;
		case 105u: goto st352;
	}
	goto st0;
st352:
	if ( ++p == pe )
		goto _test_eof352;
case 352:
	switch( (*p) ) {
		case 76u: goto st12;
		case 108u: goto st12;
	}
	goto st0;
tr20:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st353;
st353:
	if ( ++p == pe )
		goto _test_eof353;
case 353:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr468;
	goto st0;
tr470:
	{ {p = (( IMW_SKIP_TO(354)))-1;} }
	goto st354;
tr468:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(354)))-1;} }
	goto st354;
st354:
	if ( ++p == pe )
		goto _test_eof354;
case 354:
	switch( (*p) ) {
		case 43u: goto tr469;
		case 125u: goto tr471;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr470;
	goto st0;
tr469:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st355;
st355:
	if ( ++p == pe )
		goto _test_eof355;
case 355:
	if ( (*p) == 125u )
		goto st356;
	goto st0;
tr471:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st356;
st356:
	if ( ++p == pe )
		goto _test_eof356;
case 356:
	if ( (*p) == 13u )
		goto st357;
	goto st0;
st357:
	if ( ++p == pe )
		goto _test_eof357;
case 357:
	if ( (*p) == 10u )
		goto tr474;
	goto st0;
tr474:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st358;
st358:
	if ( ++p == pe )
		goto _test_eof358;
case 358:
	if ( (*p) == 32u )
		goto tr475;
	goto st0;
st359:
	if ( ++p == pe )
		goto _test_eof359;
case 359:
	if ( (*p) == 32u )
		goto tr476;
	goto st0;
st360:
	if ( ++p == pe )
		goto _test_eof360;
case 360:
	switch( (*p) ) {
		case 73u: goto st361;
		case 105u: goto st361;
	}
	goto st0;
st361:
	if ( ++p == pe )
		goto _test_eof361;
case 361:
	switch( (*p) ) {
		case 76u: goto st23;
		case 108u: goto st23;
	}
	goto st0;
tr12:
	{ {p = (( IMW_SKIP_TO(362)))-1;} }
	goto st362;
st362:
	if ( ++p == pe )
		goto _test_eof362;
case 362:
	switch( (*p) ) {
		case 34u: goto tr8;
		case 92u: goto tr8;
	}
	goto st0;
st363:
	if ( ++p == pe )
		goto _test_eof363;
case 363:
	switch( (*p) ) {
		case 73u: goto st364;
		case 105u: goto st364;
	}
	goto st0;
st364:
	if ( ++p == pe )
		goto _test_eof364;
case 364:
	switch( (*p) ) {
		case 76u: goto st7;
		case 108u: goto st7;
	}
	goto st0;
tr10:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st365;
st365:
	if ( ++p == pe )
		goto _test_eof365;
case 365:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr480;
	goto st0;
tr482:
	{ {p = (( IMW_SKIP_TO(366)))-1;} }
	goto st366;
tr480:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(366)))-1;} }
	goto st366;
st366:
	if ( ++p == pe )
		goto _test_eof366;
case 366:
	switch( (*p) ) {
		case 43u: goto tr481;
		case 125u: goto tr483;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr482;
	goto st0;
tr481:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st367;
st367:
	if ( ++p == pe )
		goto _test_eof367;
case 367:
	if ( (*p) == 125u )
		goto st368;
	goto st0;
tr483:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st368;
st368:
	if ( ++p == pe )
		goto _test_eof368;
case 368:
	if ( (*p) == 13u )
		goto st369;
	goto st0;
st369:
	if ( ++p == pe )
		goto _test_eof369;
case 369:
	if ( (*p) == 10u )
		goto tr486;
	goto st0;
tr486:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st370;
st370:
	if ( ++p == pe )
		goto _test_eof370;
case 370:
	if ( (*p) == 32u )
		goto tr487;
	goto st0;
tr6:
	{ {p = (( IMW_SKIP_TO(371)))-1;} }
	goto st371;
st371:
	if ( ++p == pe )
		goto _test_eof371;
case 371:
	switch( (*p) ) {
		case 34u: goto tr2;
		case 92u: goto tr2;
	}
	goto st0;
st372:
	if ( ++p == pe )
		goto _test_eof372;
case 372:
	switch( (*p) ) {
		case 73u: goto st373;
		case 105u: goto st373;
	}
	goto st0;
st373:
	if ( ++p == pe )
		goto _test_eof373;
case 373:
	switch( (*p) ) {
		case 76u: goto st4;
		case 108u: goto st4;
	}
	goto st0;
tr4:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st374;
st374:
	if ( ++p == pe )
		goto _test_eof374;
case 374:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr490;
	goto st0;
tr492:
	{ {p = (( IMW_SKIP_TO(375)))-1;} }
	goto st375;
tr490:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(375)))-1;} }
	goto st375;
st375:
	if ( ++p == pe )
		goto _test_eof375;
case 375:
	switch( (*p) ) {
		case 43u: goto tr491;
		case 125u: goto tr493;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr492;
	goto st0;
tr491:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st376;
st376:
	if ( ++p == pe )
		goto _test_eof376;
case 376:
	if ( (*p) == 125u )
		goto st377;
	goto st0;
tr493:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st377;
st377:
	if ( ++p == pe )
		goto _test_eof377;
case 377:
	if ( (*p) == 13u )
		goto st378;
	goto st0;
st378:
	if ( ++p == pe )
		goto _test_eof378;
case 378:
	if ( (*p) == 10u )
		goto tr496;
	goto st0;
tr496:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st379;
st379:
	if ( ++p == pe )
		goto _test_eof379;
case 379:
	if ( (*p) == 32u )
		goto tr497;
	goto st0;
	}
	_test_eof2: cs = 2; goto _test_eof; 
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
	_test_eof380: cs = 380; goto _test_eof; 
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

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 380: 
	{ IMW_EV_CLOSE(IMW_RULE_ENVELOPE); }
	break;
	}
	}

	_out: {}
	}


    (void)imw_envelope_error;
    (void)imw_stack;
    (void)imw_top;
    (void)eof;
    if (run->error)
        return NULL; /* an action stopped the machine */
    if (cs < imw_envelope_first_final) {
        run->error = IMW_ERR_SYNTAX;
        run->error_at = IMW_AT();
        return NULL;
    }
    return p;
}
