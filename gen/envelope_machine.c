
/* The envelope machine, split off so that each generated C file stays quick to
 * compile: ENVELOPE (`extern envelope`).  It ends with the envelope's ")";
 * its event is closed here, as the rule's leaving action never runs.
 * Reached through IMW_EXTERN (src/machine_glue.h); `make regen` turns this
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
    int imw_base = run->sub_top;
    int *imw_stack = run->sub_stack + imw_base;
    int imw_top = 0, cs; /* Ragel sets it only when the machine calls */
    /* Ragel's eof block (the leaving actions of the rules that end the
     * machine) stays in the output, but without end tests nothing
     * reaches it: imw_lf_guard's fbreak passes it. */
    const unsigned char *eof = pe;

    
	{
	cs = imw_envelope_start;
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
	{ IMW_EV_OPEN(IMW_RULE_ENVELOPE); }
	goto st2;
st2:
	p += 1;
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
	p += 1;
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
	p += 1;
case 4:
	if ( (*p) == 32u )
		goto st5;
	goto st0;
tr497:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st5;
st5:
	p += 1;
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
	p += 1;
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
	p += 1;
case 7:
	if ( (*p) == 32u )
		goto st8;
	goto st0;
tr487:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st8;
st8:
	p += 1;
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
	p += 1;
case 9:
	switch( (*p) ) {
		case 40u: goto st10;
		case 41u: goto st359;
	}
	goto st0;
st10:
	p += 1;
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
	p += 1;
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
	p += 1;
case 12:
	if ( (*p) == 32u )
		goto st13;
	goto st0;
tr475:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st13;
st13:
	p += 1;
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
	p += 1;
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
	p += 1;
case 15:
	if ( (*p) == 32u )
		goto st16;
	goto st0;
tr465:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st16;
st16:
	p += 1;
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
	p += 1;
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
	p += 1;
case 18:
	if ( (*p) == 32u )
		goto st19;
	goto st0;
tr455:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st19;
st19:
	p += 1;
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
	p += 1;
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
	p += 1;
case 21:
	if ( (*p) == 41u )
		goto st22;
	goto st0;
tr445:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st22;
st22:
	p += 1;
case 22:
	switch( (*p) ) {
		case 40u: goto st10;
		case 41u: goto st23;
	}
	goto st0;
st23:
	p += 1;
case 23:
	if ( (*p) == 32u )
		goto st24;
	goto st0;
tr476:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_EMPTY_ADDRESS_LIST); }
	goto st24;
st24:
	p += 1;
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
	p += 1;
case 25:
	switch( (*p) ) {
		case 40u: goto st26;
		case 41u: goto st320;
	}
	goto st0;
st26:
	p += 1;
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
	p += 1;
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
	p += 1;
case 28:
	if ( (*p) == 32u )
		goto st29;
	goto st0;
tr433:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st29;
st29:
	p += 1;
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
	p += 1;
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
	p += 1;
case 31:
	if ( (*p) == 32u )
		goto st32;
	goto st0;
tr423:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st32;
st32:
	p += 1;
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
	p += 1;
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
	p += 1;
case 34:
	if ( (*p) == 32u )
		goto st35;
	goto st0;
tr413:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st35;
st35:
	p += 1;
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
	p += 1;
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
	p += 1;
case 37:
	if ( (*p) == 41u )
		goto st38;
	goto st0;
tr403:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st38;
st38:
	p += 1;
case 38:
	switch( (*p) ) {
		case 40u: goto st26;
		case 41u: goto st39;
	}
	goto st0;
st39:
	p += 1;
case 39:
	if ( (*p) == 32u )
		goto st40;
	goto st0;
tr434:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_EMPTY_ADDRESS_LIST); }
	goto st40;
st40:
	p += 1;
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
	p += 1;
case 41:
	switch( (*p) ) {
		case 40u: goto st42;
		case 41u: goto st281;
	}
	goto st0;
st42:
	p += 1;
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
	p += 1;
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
	p += 1;
case 44:
	if ( (*p) == 32u )
		goto st45;
	goto st0;
tr391:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st45;
st45:
	p += 1;
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
	p += 1;
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
	p += 1;
case 47:
	if ( (*p) == 32u )
		goto st48;
	goto st0;
tr381:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st48;
st48:
	p += 1;
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
	p += 1;
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
	p += 1;
case 50:
	if ( (*p) == 32u )
		goto st51;
	goto st0;
tr371:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st51;
st51:
	p += 1;
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
	p += 1;
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
	p += 1;
case 53:
	if ( (*p) == 41u )
		goto st54;
	goto st0;
tr361:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st54;
st54:
	p += 1;
case 54:
	switch( (*p) ) {
		case 40u: goto st42;
		case 41u: goto st55;
	}
	goto st0;
st55:
	p += 1;
case 55:
	if ( (*p) == 32u )
		goto st56;
	goto st0;
tr392:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_EMPTY_ADDRESS_LIST); }
	goto st56;
st56:
	p += 1;
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
	p += 1;
case 57:
	switch( (*p) ) {
		case 40u: goto st58;
		case 41u: goto st242;
	}
	goto st0;
st58:
	p += 1;
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
	p += 1;
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
	p += 1;
case 60:
	if ( (*p) == 32u )
		goto st61;
	goto st0;
tr349:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st61;
st61:
	p += 1;
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
	p += 1;
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
	p += 1;
case 63:
	if ( (*p) == 32u )
		goto st64;
	goto st0;
tr339:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st64;
st64:
	p += 1;
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
	p += 1;
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
	p += 1;
case 66:
	if ( (*p) == 32u )
		goto st67;
	goto st0;
tr329:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st67;
st67:
	p += 1;
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
	p += 1;
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
	p += 1;
case 69:
	if ( (*p) == 41u )
		goto st70;
	goto st0;
tr319:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st70;
st70:
	p += 1;
case 70:
	switch( (*p) ) {
		case 40u: goto st58;
		case 41u: goto st71;
	}
	goto st0;
st71:
	p += 1;
case 71:
	if ( (*p) == 32u )
		goto st72;
	goto st0;
tr350:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_EMPTY_ADDRESS_LIST); }
	goto st72;
st72:
	p += 1;
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
	p += 1;
case 73:
	switch( (*p) ) {
		case 40u: goto st74;
		case 41u: goto st203;
	}
	goto st0;
st74:
	p += 1;
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
	p += 1;
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
	p += 1;
case 76:
	if ( (*p) == 32u )
		goto st77;
	goto st0;
tr307:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st77;
st77:
	p += 1;
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
	p += 1;
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
	p += 1;
case 79:
	if ( (*p) == 32u )
		goto st80;
	goto st0;
tr297:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st80;
st80:
	p += 1;
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
	p += 1;
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
	p += 1;
case 82:
	if ( (*p) == 32u )
		goto st83;
	goto st0;
tr287:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st83;
st83:
	p += 1;
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
	p += 1;
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
	p += 1;
case 85:
	if ( (*p) == 41u )
		goto st86;
	goto st0;
tr277:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st86;
st86:
	p += 1;
case 86:
	switch( (*p) ) {
		case 40u: goto st74;
		case 41u: goto st87;
	}
	goto st0;
st87:
	p += 1;
case 87:
	if ( (*p) == 32u )
		goto st88;
	goto st0;
tr308:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_EMPTY_ADDRESS_LIST); }
	goto st88;
st88:
	p += 1;
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
	p += 1;
case 89:
	switch( (*p) ) {
		case 40u: goto st90;
		case 41u: goto st164;
	}
	goto st0;
st90:
	p += 1;
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
	p += 1;
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
	p += 1;
case 92:
	if ( (*p) == 32u )
		goto st93;
	goto st0;
tr265:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st93;
st93:
	p += 1;
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
	p += 1;
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
	p += 1;
case 95:
	if ( (*p) == 32u )
		goto st96;
	goto st0;
tr255:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st96;
st96:
	p += 1;
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
	p += 1;
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
	p += 1;
case 98:
	if ( (*p) == 32u )
		goto st99;
	goto st0;
tr245:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st99;
st99:
	p += 1;
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
	p += 1;
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
	p += 1;
case 101:
	if ( (*p) == 41u )
		goto st102;
	goto st0;
tr235:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st102;
st102:
	p += 1;
case 102:
	switch( (*p) ) {
		case 40u: goto st90;
		case 41u: goto st103;
	}
	goto st0;
st103:
	p += 1;
case 103:
	if ( (*p) == 32u )
		goto st104;
	goto st0;
tr266:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_EMPTY_ADDRESS_LIST); }
	goto st104;
st104:
	p += 1;
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
	p += 1;
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
	p += 1;
case 106:
	if ( (*p) == 32u )
		goto st107;
	goto st0;
tr225:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st107;
st107:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 380:
	goto st0;
tr204:
	{ {p = (( IMW_SKIP_TO(110)))-1;} }
	goto st110;
st110:
	p += 1;
case 110:
	switch( (*p) ) {
		case 34u: goto tr200;
		case 92u: goto tr200;
	}
	goto st0;
st111:
	p += 1;
case 111:
	switch( (*p) ) {
		case 73u: goto st112;
		case 105u: goto st112;
	}
	goto st0;
st112:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 115:
	if ( (*p) == 125u )
		goto st116;
	goto st0;
tr211:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st116;
st116:
	p += 1;
case 116:
	if ( (*p) == 13u )
		goto st117;
	goto st0;
st117:
	p += 1;
case 117:
	if ( (*p) == 10u )
		goto tr214;
	goto st0;
tr214:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 118; goto _out;} }
	goto st118;
st118:
	p += 1;
case 118:
	if ( (*p) == 41u )
		goto tr215;
	goto st0;
tr198:
	{ {p = (( IMW_SKIP_TO(119)))-1;} }
	goto st119;
st119:
	p += 1;
case 119:
	switch( (*p) ) {
		case 34u: goto tr194;
		case 92u: goto tr194;
	}
	goto st0;
st120:
	p += 1;
case 120:
	switch( (*p) ) {
		case 73u: goto st121;
		case 105u: goto st121;
	}
	goto st0;
st121:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 124:
	if ( (*p) == 125u )
		goto st125;
	goto st0;
tr221:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st125;
st125:
	p += 1;
case 125:
	if ( (*p) == 13u )
		goto st126;
	goto st0;
st126:
	p += 1;
case 126:
	if ( (*p) == 10u )
		goto tr224;
	goto st0;
tr224:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 127; goto _out;} }
	goto st127;
st127:
	p += 1;
case 127:
	if ( (*p) == 32u )
		goto tr225;
	goto st0;
tr190:
	{ {p = (( IMW_SKIP_TO(128)))-1;} }
	goto st128;
st128:
	p += 1;
case 128:
	switch( (*p) ) {
		case 34u: goto tr186;
		case 92u: goto tr186;
	}
	goto st0;
st129:
	p += 1;
case 129:
	switch( (*p) ) {
		case 73u: goto st130;
		case 105u: goto st130;
	}
	goto st0;
st130:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 133:
	if ( (*p) == 125u )
		goto st134;
	goto st0;
tr231:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st134;
st134:
	p += 1;
case 134:
	if ( (*p) == 13u )
		goto st135;
	goto st0;
st135:
	p += 1;
case 135:
	if ( (*p) == 10u )
		goto tr234;
	goto st0;
tr234:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 136; goto _out;} }
	goto st136;
st136:
	p += 1;
case 136:
	if ( (*p) == 41u )
		goto tr235;
	goto st0;
tr184:
	{ {p = (( IMW_SKIP_TO(137)))-1;} }
	goto st137;
st137:
	p += 1;
case 137:
	switch( (*p) ) {
		case 34u: goto tr180;
		case 92u: goto tr180;
	}
	goto st0;
st138:
	p += 1;
case 138:
	switch( (*p) ) {
		case 73u: goto st139;
		case 105u: goto st139;
	}
	goto st0;
st139:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 142:
	if ( (*p) == 125u )
		goto st143;
	goto st0;
tr241:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st143;
st143:
	p += 1;
case 143:
	if ( (*p) == 13u )
		goto st144;
	goto st0;
st144:
	p += 1;
case 144:
	if ( (*p) == 10u )
		goto tr244;
	goto st0;
tr244:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 145; goto _out;} }
	goto st145;
st145:
	p += 1;
case 145:
	if ( (*p) == 32u )
		goto tr245;
	goto st0;
tr178:
	{ {p = (( IMW_SKIP_TO(146)))-1;} }
	goto st146;
st146:
	p += 1;
case 146:
	switch( (*p) ) {
		case 34u: goto tr174;
		case 92u: goto tr174;
	}
	goto st0;
st147:
	p += 1;
case 147:
	switch( (*p) ) {
		case 73u: goto st148;
		case 105u: goto st148;
	}
	goto st0;
st148:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 151:
	if ( (*p) == 125u )
		goto st152;
	goto st0;
tr251:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st152;
st152:
	p += 1;
case 152:
	if ( (*p) == 13u )
		goto st153;
	goto st0;
st153:
	p += 1;
case 153:
	if ( (*p) == 10u )
		goto tr254;
	goto st0;
tr254:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 154; goto _out;} }
	goto st154;
st154:
	p += 1;
case 154:
	if ( (*p) == 32u )
		goto tr255;
	goto st0;
tr172:
	{ {p = (( IMW_SKIP_TO(155)))-1;} }
	goto st155;
st155:
	p += 1;
case 155:
	switch( (*p) ) {
		case 34u: goto tr168;
		case 92u: goto tr168;
	}
	goto st0;
st156:
	p += 1;
case 156:
	switch( (*p) ) {
		case 73u: goto st157;
		case 105u: goto st157;
	}
	goto st0;
st157:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 160:
	if ( (*p) == 125u )
		goto st161;
	goto st0;
tr261:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st161;
st161:
	p += 1;
case 161:
	if ( (*p) == 13u )
		goto st162;
	goto st0;
st162:
	p += 1;
case 162:
	if ( (*p) == 10u )
		goto tr264;
	goto st0;
tr264:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 163; goto _out;} }
	goto st163;
st163:
	p += 1;
case 163:
	if ( (*p) == 32u )
		goto tr265;
	goto st0;
st164:
	p += 1;
case 164:
	if ( (*p) == 32u )
		goto tr266;
	goto st0;
st165:
	p += 1;
case 165:
	switch( (*p) ) {
		case 73u: goto st166;
		case 105u: goto st166;
	}
	goto st0;
st166:
	p += 1;
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
	p += 1;
case 167:
	switch( (*p) ) {
		case 34u: goto tr156;
		case 92u: goto tr156;
	}
	goto st0;
st168:
	p += 1;
case 168:
	switch( (*p) ) {
		case 73u: goto st169;
		case 105u: goto st169;
	}
	goto st0;
st169:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 172:
	if ( (*p) == 125u )
		goto st173;
	goto st0;
tr273:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st173;
st173:
	p += 1;
case 173:
	if ( (*p) == 13u )
		goto st174;
	goto st0;
st174:
	p += 1;
case 174:
	if ( (*p) == 10u )
		goto tr276;
	goto st0;
tr276:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 175; goto _out;} }
	goto st175;
st175:
	p += 1;
case 175:
	if ( (*p) == 41u )
		goto tr277;
	goto st0;
tr154:
	{ {p = (( IMW_SKIP_TO(176)))-1;} }
	goto st176;
st176:
	p += 1;
case 176:
	switch( (*p) ) {
		case 34u: goto tr150;
		case 92u: goto tr150;
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
		case 76u: goto st82;
		case 108u: goto st82;
	}
	goto st0;
tr152:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st179;
st179:
	p += 1;
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
	p += 1;
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
	p += 1;
case 181:
	if ( (*p) == 125u )
		goto st182;
	goto st0;
tr283:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st182;
st182:
	p += 1;
case 182:
	if ( (*p) == 13u )
		goto st183;
	goto st0;
st183:
	p += 1;
case 183:
	if ( (*p) == 10u )
		goto tr286;
	goto st0;
tr286:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 184; goto _out;} }
	goto st184;
st184:
	p += 1;
case 184:
	if ( (*p) == 32u )
		goto tr287;
	goto st0;
tr148:
	{ {p = (( IMW_SKIP_TO(185)))-1;} }
	goto st185;
st185:
	p += 1;
case 185:
	switch( (*p) ) {
		case 34u: goto tr144;
		case 92u: goto tr144;
	}
	goto st0;
st186:
	p += 1;
case 186:
	switch( (*p) ) {
		case 73u: goto st187;
		case 105u: goto st187;
	}
	goto st0;
st187:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 190:
	if ( (*p) == 125u )
		goto st191;
	goto st0;
tr293:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st191;
st191:
	p += 1;
case 191:
	if ( (*p) == 13u )
		goto st192;
	goto st0;
st192:
	p += 1;
case 192:
	if ( (*p) == 10u )
		goto tr296;
	goto st0;
tr296:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 193; goto _out;} }
	goto st193;
st193:
	p += 1;
case 193:
	if ( (*p) == 32u )
		goto tr297;
	goto st0;
tr142:
	{ {p = (( IMW_SKIP_TO(194)))-1;} }
	goto st194;
st194:
	p += 1;
case 194:
	switch( (*p) ) {
		case 34u: goto tr138;
		case 92u: goto tr138;
	}
	goto st0;
st195:
	p += 1;
case 195:
	switch( (*p) ) {
		case 73u: goto st196;
		case 105u: goto st196;
	}
	goto st0;
st196:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 199:
	if ( (*p) == 125u )
		goto st200;
	goto st0;
tr303:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st200;
st200:
	p += 1;
case 200:
	if ( (*p) == 13u )
		goto st201;
	goto st0;
st201:
	p += 1;
case 201:
	if ( (*p) == 10u )
		goto tr306;
	goto st0;
tr306:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 202; goto _out;} }
	goto st202;
st202:
	p += 1;
case 202:
	if ( (*p) == 32u )
		goto tr307;
	goto st0;
st203:
	p += 1;
case 203:
	if ( (*p) == 32u )
		goto tr308;
	goto st0;
st204:
	p += 1;
case 204:
	switch( (*p) ) {
		case 73u: goto st205;
		case 105u: goto st205;
	}
	goto st0;
st205:
	p += 1;
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
	p += 1;
case 206:
	switch( (*p) ) {
		case 34u: goto tr126;
		case 92u: goto tr126;
	}
	goto st0;
st207:
	p += 1;
case 207:
	switch( (*p) ) {
		case 73u: goto st208;
		case 105u: goto st208;
	}
	goto st0;
st208:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 211:
	if ( (*p) == 125u )
		goto st212;
	goto st0;
tr315:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st212;
st212:
	p += 1;
case 212:
	if ( (*p) == 13u )
		goto st213;
	goto st0;
st213:
	p += 1;
case 213:
	if ( (*p) == 10u )
		goto tr318;
	goto st0;
tr318:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 214; goto _out;} }
	goto st214;
st214:
	p += 1;
case 214:
	if ( (*p) == 41u )
		goto tr319;
	goto st0;
tr124:
	{ {p = (( IMW_SKIP_TO(215)))-1;} }
	goto st215;
st215:
	p += 1;
case 215:
	switch( (*p) ) {
		case 34u: goto tr120;
		case 92u: goto tr120;
	}
	goto st0;
st216:
	p += 1;
case 216:
	switch( (*p) ) {
		case 73u: goto st217;
		case 105u: goto st217;
	}
	goto st0;
st217:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 220:
	if ( (*p) == 125u )
		goto st221;
	goto st0;
tr325:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st221;
st221:
	p += 1;
case 221:
	if ( (*p) == 13u )
		goto st222;
	goto st0;
st222:
	p += 1;
case 222:
	if ( (*p) == 10u )
		goto tr328;
	goto st0;
tr328:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 223; goto _out;} }
	goto st223;
st223:
	p += 1;
case 223:
	if ( (*p) == 32u )
		goto tr329;
	goto st0;
tr118:
	{ {p = (( IMW_SKIP_TO(224)))-1;} }
	goto st224;
st224:
	p += 1;
case 224:
	switch( (*p) ) {
		case 34u: goto tr114;
		case 92u: goto tr114;
	}
	goto st0;
st225:
	p += 1;
case 225:
	switch( (*p) ) {
		case 73u: goto st226;
		case 105u: goto st226;
	}
	goto st0;
st226:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 229:
	if ( (*p) == 125u )
		goto st230;
	goto st0;
tr335:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st230;
st230:
	p += 1;
case 230:
	if ( (*p) == 13u )
		goto st231;
	goto st0;
st231:
	p += 1;
case 231:
	if ( (*p) == 10u )
		goto tr338;
	goto st0;
tr338:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 232; goto _out;} }
	goto st232;
st232:
	p += 1;
case 232:
	if ( (*p) == 32u )
		goto tr339;
	goto st0;
tr112:
	{ {p = (( IMW_SKIP_TO(233)))-1;} }
	goto st233;
st233:
	p += 1;
case 233:
	switch( (*p) ) {
		case 34u: goto tr108;
		case 92u: goto tr108;
	}
	goto st0;
st234:
	p += 1;
case 234:
	switch( (*p) ) {
		case 73u: goto st235;
		case 105u: goto st235;
	}
	goto st0;
st235:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 238:
	if ( (*p) == 125u )
		goto st239;
	goto st0;
tr345:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st239;
st239:
	p += 1;
case 239:
	if ( (*p) == 13u )
		goto st240;
	goto st0;
st240:
	p += 1;
case 240:
	if ( (*p) == 10u )
		goto tr348;
	goto st0;
tr348:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 241; goto _out;} }
	goto st241;
st241:
	p += 1;
case 241:
	if ( (*p) == 32u )
		goto tr349;
	goto st0;
st242:
	p += 1;
case 242:
	if ( (*p) == 32u )
		goto tr350;
	goto st0;
st243:
	p += 1;
case 243:
	switch( (*p) ) {
		case 73u: goto st244;
		case 105u: goto st244;
	}
	goto st0;
st244:
	p += 1;
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
	p += 1;
case 245:
	switch( (*p) ) {
		case 34u: goto tr96;
		case 92u: goto tr96;
	}
	goto st0;
st246:
	p += 1;
case 246:
	switch( (*p) ) {
		case 73u: goto st247;
		case 105u: goto st247;
	}
	goto st0;
st247:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 250:
	if ( (*p) == 125u )
		goto st251;
	goto st0;
tr357:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st251;
st251:
	p += 1;
case 251:
	if ( (*p) == 13u )
		goto st252;
	goto st0;
st252:
	p += 1;
case 252:
	if ( (*p) == 10u )
		goto tr360;
	goto st0;
tr360:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 253; goto _out;} }
	goto st253;
st253:
	p += 1;
case 253:
	if ( (*p) == 41u )
		goto tr361;
	goto st0;
tr94:
	{ {p = (( IMW_SKIP_TO(254)))-1;} }
	goto st254;
st254:
	p += 1;
case 254:
	switch( (*p) ) {
		case 34u: goto tr90;
		case 92u: goto tr90;
	}
	goto st0;
st255:
	p += 1;
case 255:
	switch( (*p) ) {
		case 73u: goto st256;
		case 105u: goto st256;
	}
	goto st0;
st256:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 259:
	if ( (*p) == 125u )
		goto st260;
	goto st0;
tr367:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st260;
st260:
	p += 1;
case 260:
	if ( (*p) == 13u )
		goto st261;
	goto st0;
st261:
	p += 1;
case 261:
	if ( (*p) == 10u )
		goto tr370;
	goto st0;
tr370:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 262; goto _out;} }
	goto st262;
st262:
	p += 1;
case 262:
	if ( (*p) == 32u )
		goto tr371;
	goto st0;
tr88:
	{ {p = (( IMW_SKIP_TO(263)))-1;} }
	goto st263;
st263:
	p += 1;
case 263:
	switch( (*p) ) {
		case 34u: goto tr84;
		case 92u: goto tr84;
	}
	goto st0;
st264:
	p += 1;
case 264:
	switch( (*p) ) {
		case 73u: goto st265;
		case 105u: goto st265;
	}
	goto st0;
st265:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 268:
	if ( (*p) == 125u )
		goto st269;
	goto st0;
tr377:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st269;
st269:
	p += 1;
case 269:
	if ( (*p) == 13u )
		goto st270;
	goto st0;
st270:
	p += 1;
case 270:
	if ( (*p) == 10u )
		goto tr380;
	goto st0;
tr380:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 271; goto _out;} }
	goto st271;
st271:
	p += 1;
case 271:
	if ( (*p) == 32u )
		goto tr381;
	goto st0;
tr82:
	{ {p = (( IMW_SKIP_TO(272)))-1;} }
	goto st272;
st272:
	p += 1;
case 272:
	switch( (*p) ) {
		case 34u: goto tr78;
		case 92u: goto tr78;
	}
	goto st0;
st273:
	p += 1;
case 273:
	switch( (*p) ) {
		case 73u: goto st274;
		case 105u: goto st274;
	}
	goto st0;
st274:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 277:
	if ( (*p) == 125u )
		goto st278;
	goto st0;
tr387:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st278;
st278:
	p += 1;
case 278:
	if ( (*p) == 13u )
		goto st279;
	goto st0;
st279:
	p += 1;
case 279:
	if ( (*p) == 10u )
		goto tr390;
	goto st0;
tr390:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 280; goto _out;} }
	goto st280;
st280:
	p += 1;
case 280:
	if ( (*p) == 32u )
		goto tr391;
	goto st0;
st281:
	p += 1;
case 281:
	if ( (*p) == 32u )
		goto tr392;
	goto st0;
st282:
	p += 1;
case 282:
	switch( (*p) ) {
		case 73u: goto st283;
		case 105u: goto st283;
	}
	goto st0;
st283:
	p += 1;
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
	p += 1;
case 284:
	switch( (*p) ) {
		case 34u: goto tr66;
		case 92u: goto tr66;
	}
	goto st0;
st285:
	p += 1;
case 285:
	switch( (*p) ) {
		case 73u: goto st286;
		case 105u: goto st286;
	}
	goto st0;
st286:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 289:
	if ( (*p) == 125u )
		goto st290;
	goto st0;
tr399:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st290;
st290:
	p += 1;
case 290:
	if ( (*p) == 13u )
		goto st291;
	goto st0;
st291:
	p += 1;
case 291:
	if ( (*p) == 10u )
		goto tr402;
	goto st0;
tr402:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 292; goto _out;} }
	goto st292;
st292:
	p += 1;
case 292:
	if ( (*p) == 41u )
		goto tr403;
	goto st0;
tr64:
	{ {p = (( IMW_SKIP_TO(293)))-1;} }
	goto st293;
st293:
	p += 1;
case 293:
	switch( (*p) ) {
		case 34u: goto tr60;
		case 92u: goto tr60;
	}
	goto st0;
st294:
	p += 1;
case 294:
	switch( (*p) ) {
		case 73u: goto st295;
		case 105u: goto st295;
	}
	goto st0;
st295:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 298:
	if ( (*p) == 125u )
		goto st299;
	goto st0;
tr409:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st299;
st299:
	p += 1;
case 299:
	if ( (*p) == 13u )
		goto st300;
	goto st0;
st300:
	p += 1;
case 300:
	if ( (*p) == 10u )
		goto tr412;
	goto st0;
tr412:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 301; goto _out;} }
	goto st301;
st301:
	p += 1;
case 301:
	if ( (*p) == 32u )
		goto tr413;
	goto st0;
tr58:
	{ {p = (( IMW_SKIP_TO(302)))-1;} }
	goto st302;
st302:
	p += 1;
case 302:
	switch( (*p) ) {
		case 34u: goto tr54;
		case 92u: goto tr54;
	}
	goto st0;
st303:
	p += 1;
case 303:
	switch( (*p) ) {
		case 73u: goto st304;
		case 105u: goto st304;
	}
	goto st0;
st304:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 307:
	if ( (*p) == 125u )
		goto st308;
	goto st0;
tr419:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st308;
st308:
	p += 1;
case 308:
	if ( (*p) == 13u )
		goto st309;
	goto st0;
st309:
	p += 1;
case 309:
	if ( (*p) == 10u )
		goto tr422;
	goto st0;
tr422:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 310; goto _out;} }
	goto st310;
st310:
	p += 1;
case 310:
	if ( (*p) == 32u )
		goto tr423;
	goto st0;
tr52:
	{ {p = (( IMW_SKIP_TO(311)))-1;} }
	goto st311;
st311:
	p += 1;
case 311:
	switch( (*p) ) {
		case 34u: goto tr48;
		case 92u: goto tr48;
	}
	goto st0;
st312:
	p += 1;
case 312:
	switch( (*p) ) {
		case 73u: goto st313;
		case 105u: goto st313;
	}
	goto st0;
st313:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 316:
	if ( (*p) == 125u )
		goto st317;
	goto st0;
tr429:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st317;
st317:
	p += 1;
case 317:
	if ( (*p) == 13u )
		goto st318;
	goto st0;
st318:
	p += 1;
case 318:
	if ( (*p) == 10u )
		goto tr432;
	goto st0;
tr432:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 319; goto _out;} }
	goto st319;
st319:
	p += 1;
case 319:
	if ( (*p) == 32u )
		goto tr433;
	goto st0;
st320:
	p += 1;
case 320:
	if ( (*p) == 32u )
		goto tr434;
	goto st0;
st321:
	p += 1;
case 321:
	switch( (*p) ) {
		case 73u: goto st322;
		case 105u: goto st322;
	}
	goto st0;
st322:
	p += 1;
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
	p += 1;
case 323:
	switch( (*p) ) {
		case 34u: goto tr36;
		case 92u: goto tr36;
	}
	goto st0;
st324:
	p += 1;
case 324:
	switch( (*p) ) {
		case 73u: goto st325;
		case 105u: goto st325;
	}
	goto st0;
st325:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 328:
	if ( (*p) == 125u )
		goto st329;
	goto st0;
tr441:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st329;
st329:
	p += 1;
case 329:
	if ( (*p) == 13u )
		goto st330;
	goto st0;
st330:
	p += 1;
case 330:
	if ( (*p) == 10u )
		goto tr444;
	goto st0;
tr444:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 331; goto _out;} }
	goto st331;
st331:
	p += 1;
case 331:
	if ( (*p) == 41u )
		goto tr445;
	goto st0;
tr34:
	{ {p = (( IMW_SKIP_TO(332)))-1;} }
	goto st332;
st332:
	p += 1;
case 332:
	switch( (*p) ) {
		case 34u: goto tr30;
		case 92u: goto tr30;
	}
	goto st0;
st333:
	p += 1;
case 333:
	switch( (*p) ) {
		case 73u: goto st334;
		case 105u: goto st334;
	}
	goto st0;
st334:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 337:
	if ( (*p) == 125u )
		goto st338;
	goto st0;
tr451:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st338;
st338:
	p += 1;
case 338:
	if ( (*p) == 13u )
		goto st339;
	goto st0;
st339:
	p += 1;
case 339:
	if ( (*p) == 10u )
		goto tr454;
	goto st0;
tr454:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 340; goto _out;} }
	goto st340;
st340:
	p += 1;
case 340:
	if ( (*p) == 32u )
		goto tr455;
	goto st0;
tr28:
	{ {p = (( IMW_SKIP_TO(341)))-1;} }
	goto st341;
st341:
	p += 1;
case 341:
	switch( (*p) ) {
		case 34u: goto tr24;
		case 92u: goto tr24;
	}
	goto st0;
st342:
	p += 1;
case 342:
	switch( (*p) ) {
		case 73u: goto st343;
		case 105u: goto st343;
	}
	goto st0;
st343:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 346:
	if ( (*p) == 125u )
		goto st347;
	goto st0;
tr461:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st347;
st347:
	p += 1;
case 347:
	if ( (*p) == 13u )
		goto st348;
	goto st0;
st348:
	p += 1;
case 348:
	if ( (*p) == 10u )
		goto tr464;
	goto st0;
tr464:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 349; goto _out;} }
	goto st349;
st349:
	p += 1;
case 349:
	if ( (*p) == 32u )
		goto tr465;
	goto st0;
tr22:
	{ {p = (( IMW_SKIP_TO(350)))-1;} }
	goto st350;
st350:
	p += 1;
case 350:
	switch( (*p) ) {
		case 34u: goto tr18;
		case 92u: goto tr18;
	}
	goto st0;
st351:
	p += 1;
case 351:
	switch( (*p) ) {
		case 73u: goto st352;
		case 105u: goto st352;
	}
	goto st0;
st352:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 355:
	if ( (*p) == 125u )
		goto st356;
	goto st0;
tr471:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st356;
st356:
	p += 1;
case 356:
	if ( (*p) == 13u )
		goto st357;
	goto st0;
st357:
	p += 1;
case 357:
	if ( (*p) == 10u )
		goto tr474;
	goto st0;
tr474:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 358; goto _out;} }
	goto st358;
st358:
	p += 1;
case 358:
	if ( (*p) == 32u )
		goto tr475;
	goto st0;
st359:
	p += 1;
case 359:
	if ( (*p) == 32u )
		goto tr476;
	goto st0;
st360:
	p += 1;
case 360:
	switch( (*p) ) {
		case 73u: goto st361;
		case 105u: goto st361;
	}
	goto st0;
st361:
	p += 1;
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
	p += 1;
case 362:
	switch( (*p) ) {
		case 34u: goto tr8;
		case 92u: goto tr8;
	}
	goto st0;
st363:
	p += 1;
case 363:
	switch( (*p) ) {
		case 73u: goto st364;
		case 105u: goto st364;
	}
	goto st0;
st364:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 367:
	if ( (*p) == 125u )
		goto st368;
	goto st0;
tr483:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st368;
st368:
	p += 1;
case 368:
	if ( (*p) == 13u )
		goto st369;
	goto st0;
st369:
	p += 1;
case 369:
	if ( (*p) == 10u )
		goto tr486;
	goto st0;
tr486:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 370; goto _out;} }
	goto st370;
st370:
	p += 1;
case 370:
	if ( (*p) == 32u )
		goto tr487;
	goto st0;
tr6:
	{ {p = (( IMW_SKIP_TO(371)))-1;} }
	goto st371;
st371:
	p += 1;
case 371:
	switch( (*p) ) {
		case 34u: goto tr2;
		case 92u: goto tr2;
	}
	goto st0;
st372:
	p += 1;
case 372:
	switch( (*p) ) {
		case 73u: goto st373;
		case 105u: goto st373;
	}
	goto st0;
st373:
	p += 1;
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
	p += 1;
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
	p += 1;
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
	p += 1;
case 376:
	if ( (*p) == 125u )
		goto st377;
	goto st0;
tr493:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st377;
st377:
	p += 1;
case 377:
	if ( (*p) == 13u )
		goto st378;
	goto st0;
st378:
	p += 1;
case 378:
	if ( (*p) == 10u )
		goto tr496;
	goto st0;
tr496:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 379; goto _out;} }
	goto st379;
st379:
	p += 1;
case 379:
	if ( (*p) == 32u )
		goto tr497;
	goto st0;
	}

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


    (void)eof;
    (void)imw_envelope_error;
    (void)imw_stack;
    (void)imw_top;
    if (run->error)
        return NULL; /* an action stopped the machine */
    if (cs < imw_envelope_first_final) {
        run->error = IMW_ERR_SYNTAX;
        run->error_at = IMW_AT();
        return NULL;
    }
    return p;
}
