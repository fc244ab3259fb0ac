
/* The fetch-args machine (server side), split off so that each generated C
 * file stays quick to compile (`extern fetch-args` in grammar/bindings).  It
 * runs from the rule's first octet to the CR of the command's final CRLF,
 * which it leaves to the caller.  Reached through IMW_EXTERN
 * (src/machine_glue.h); `make regen` turns this file into
 * gen/fetch_args_machine.c. */
#define IMW_STACK_TOP (imw_base + imw_top)
#include "machine_glue.h"
#include "fetch_args_skip.h"
#include "machines.h"





static const int imw_fetch_args_start = 1;
static const int imw_fetch_args_first_final = 376;
static const int imw_fetch_args_error = 0;



const unsigned char *imw_fetch_args_machine_run(struct imw_run *run,
                                                const unsigned char *p)
{
    const unsigned char *pe = run->data + run->len;
    int imw_base = run->sub_top;
    int *imw_stack = run->sub_stack + imw_base;
    int imw_top = 0, cs; /* Ragel sets it only when the machine calls */

    
	{
	cs = imw_fetch_args_start;
	( imw_top) = 0;
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
		case 376: goto st376;
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
		case 35: goto st35;
		case 36: goto st36;
		case 37: goto st37;
		case 38: goto st38;
		case 39: goto st39;
		case 40: goto st40;
		case 41: goto st41;
		case 42: goto st42;
		case 43: goto st43;
		case 44: goto st44;
		case 45: goto st45;
		case 46: goto st46;
		case 47: goto st47;
		case 48: goto st48;
		case 49: goto st49;
		case 50: goto st50;
		case 51: goto st51;
		case 52: goto st52;
		case 53: goto st53;
		case 54: goto st54;
		case 55: goto st55;
		case 56: goto st56;
		case 57: goto st57;
		case 58: goto st58;
		case 59: goto st59;
		case 60: goto st60;
		case 61: goto st61;
		case 62: goto st62;
		case 63: goto st63;
		case 64: goto st64;
		case 65: goto st65;
		case 66: goto st66;
		case 67: goto st67;
		case 68: goto st68;
		case 69: goto st69;
		case 70: goto st70;
		case 71: goto st71;
		case 72: goto st72;
		case 73: goto st73;
		case 74: goto st74;
		case 75: goto st75;
		case 76: goto st76;
		case 77: goto st77;
		case 78: goto st78;
		case 79: goto st79;
		case 80: goto st80;
		case 81: goto st81;
		case 82: goto st82;
		case 83: goto st83;
		case 84: goto st84;
		case 85: goto st85;
		case 86: goto st86;
		case 87: goto st87;
		case 88: goto st88;
		case 89: goto st89;
		case 90: goto st90;
		case 91: goto st91;
		case 92: goto st92;
		case 93: goto st93;
		case 94: goto st94;
		case 95: goto st95;
		case 96: goto st96;
		case 97: goto st97;
		case 98: goto st98;
		case 99: goto st99;
		case 100: goto st100;
		case 101: goto st101;
		case 102: goto st102;
		case 103: goto st103;
		case 104: goto st104;
		case 105: goto st105;
		case 106: goto st106;
		case 107: goto st107;
		case 108: goto st108;
		case 109: goto st109;
		case 110: goto st110;
		case 111: goto st111;
		case 112: goto st112;
		case 113: goto st113;
		case 114: goto st114;
		case 115: goto st115;
		case 116: goto st116;
		case 117: goto st117;
		case 118: goto st118;
		case 119: goto st119;
		case 120: goto st120;
		case 121: goto st121;
		case 122: goto st122;
		case 123: goto st123;
		case 124: goto st124;
		case 125: goto st125;
		case 126: goto st126;
		case 127: goto st127;
		case 128: goto st128;
		case 129: goto st129;
		case 130: goto st130;
		case 131: goto st131;
		case 132: goto st132;
		case 133: goto st133;
		case 134: goto st134;
		case 135: goto st135;
		case 136: goto st136;
		case 137: goto st137;
		case 138: goto st138;
		case 139: goto st139;
		case 140: goto st140;
		case 141: goto st141;
		case 142: goto st142;
		case 143: goto st143;
		case 144: goto st144;
		case 145: goto st145;
		case 146: goto st146;
		case 147: goto st147;
		case 148: goto st148;
		case 149: goto st149;
		case 150: goto st150;
		case 151: goto st151;
		case 152: goto st152;
		case 153: goto st153;
		case 154: goto st154;
		case 155: goto st155;
		case 156: goto st156;
		case 157: goto st157;
		case 158: goto st158;
		case 159: goto st159;
		case 160: goto st160;
		case 161: goto st161;
		case 162: goto st162;
		case 163: goto st163;
		case 164: goto st164;
		case 165: goto st165;
		case 166: goto st166;
		case 167: goto st167;
		case 168: goto st168;
		case 169: goto st169;
		case 170: goto st170;
		case 171: goto st171;
		case 172: goto st172;
		case 173: goto st173;
		case 174: goto st174;
		case 175: goto st175;
		case 176: goto st176;
		case 177: goto st177;
		case 178: goto st178;
		case 179: goto st179;
		case 180: goto st180;
		case 181: goto st181;
		case 182: goto st182;
		case 183: goto st183;
		case 184: goto st184;
		case 185: goto st185;
		case 186: goto st186;
		case 187: goto st187;
		case 188: goto st188;
		case 189: goto st189;
		case 190: goto st190;
		case 191: goto st191;
		case 192: goto st192;
		case 193: goto st193;
		case 194: goto st194;
		case 195: goto st195;
		case 196: goto st196;
		case 197: goto st197;
		case 198: goto st198;
		case 199: goto st199;
		case 200: goto st200;
		case 201: goto st201;
		case 202: goto st202;
		case 203: goto st203;
		case 204: goto st204;
		case 205: goto st205;
		case 206: goto st206;
		case 207: goto st207;
		case 208: goto st208;
		case 209: goto st209;
		case 210: goto st210;
		case 211: goto st211;
		case 212: goto st212;
		case 213: goto st213;
		case 214: goto st214;
		case 215: goto st215;
		case 216: goto st216;
		case 217: goto st217;
		case 218: goto st218;
		case 219: goto st219;
		case 220: goto st220;
		case 221: goto st221;
		case 222: goto st222;
		case 223: goto st223;
		case 224: goto st224;
		case 225: goto st225;
		case 226: goto st226;
		case 227: goto st227;
		case 228: goto st228;
		case 229: goto st229;
		case 230: goto st230;
		case 231: goto st231;
		case 232: goto st232;
		case 233: goto st233;
		case 234: goto st234;
		case 235: goto st235;
		case 236: goto st236;
		case 237: goto st237;
		case 238: goto st238;
		case 239: goto st239;
		case 240: goto st240;
		case 241: goto st241;
		case 242: goto st242;
		case 243: goto st243;
		case 244: goto st244;
		case 245: goto st245;
		case 246: goto st246;
		case 247: goto st247;
		case 248: goto st248;
		case 249: goto st249;
		case 250: goto st250;
		case 251: goto st251;
		case 252: goto st252;
		case 253: goto st253;
		case 254: goto st254;
		case 255: goto st255;
		case 256: goto st256;
		case 257: goto st257;
		case 258: goto st258;
		case 259: goto st259;
		case 260: goto st260;
		case 261: goto st261;
		case 262: goto st262;
		case 263: goto st263;
		case 264: goto st264;
		case 265: goto st265;
		case 266: goto st266;
		case 267: goto st267;
		case 268: goto st268;
		case 269: goto st269;
		case 270: goto st270;
		case 271: goto st271;
		case 272: goto st272;
		case 273: goto st273;
		case 274: goto st274;
		case 275: goto st275;
		case 276: goto st276;
		case 277: goto st277;
		case 278: goto st278;
		case 279: goto st279;
		case 280: goto st280;
		case 281: goto st281;
		case 282: goto st282;
		case 283: goto st283;
		case 284: goto st284;
		case 285: goto st285;
		case 286: goto st286;
		case 287: goto st287;
		case 288: goto st288;
		case 289: goto st289;
		case 290: goto st290;
		case 291: goto st291;
		case 292: goto st292;
		case 293: goto st293;
		case 294: goto st294;
		case 295: goto st295;
		case 296: goto st296;
		case 297: goto st297;
		case 298: goto st298;
		case 299: goto st299;
		case 300: goto st300;
		case 301: goto st301;
		case 302: goto st302;
		case 303: goto st303;
		case 304: goto st304;
		case 305: goto st305;
		case 306: goto st306;
		case 307: goto st307;
		case 308: goto st308;
		case 309: goto st309;
		case 310: goto st310;
		case 311: goto st311;
		case 312: goto st312;
		case 313: goto st313;
		case 314: goto st314;
		case 315: goto st315;
		case 316: goto st316;
		case 317: goto st317;
		case 318: goto st318;
		case 319: goto st319;
		case 320: goto st320;
		case 321: goto st321;
		case 322: goto st322;
		case 323: goto st323;
		case 324: goto st324;
		case 325: goto st325;
		case 326: goto st326;
		case 327: goto st327;
		case 328: goto st328;
		case 329: goto st329;
		case 330: goto st330;
		case 331: goto st331;
		case 332: goto st332;
		case 333: goto st333;
		case 334: goto st334;
		case 335: goto st335;
		case 336: goto st336;
		case 337: goto st337;
		case 338: goto st338;
		case 339: goto st339;
		case 340: goto st340;
		case 341: goto st341;
		case 342: goto st342;
		case 343: goto st343;
		case 344: goto st344;
		case 345: goto st345;
		case 346: goto st346;
		case 347: goto st347;
		case 348: goto st348;
		case 349: goto st349;
		case 350: goto st350;
		case 351: goto st351;
		case 352: goto st352;
		case 353: goto st353;
		case 354: goto st354;
		case 355: goto st355;
		case 356: goto st356;
		case 357: goto st357;
		case 358: goto st358;
		case 359: goto st359;
		case 360: goto st360;
		case 361: goto st361;
		case 362: goto st362;
		case 363: goto st363;
		case 364: goto st364;
		case 365: goto st365;
		case 377: goto st377;
		case 366: goto st366;
		case 367: goto st367;
		case 368: goto st368;
		case 369: goto st369;
		case 370: goto st370;
		case 371: goto st371;
		case 372: goto st372;
		case 373: goto st373;
		case 374: goto st374;
		case 375: goto st375;
	default: break;
	}

	p += 1;
_resume:
	switch ( cs )
	{
st1:
	p += 1;
case 1:
	if ( (*p) == 32u )
		goto tr0;
	goto st0;
st0:
cs = 0;
	goto _out;
tr0:
	{ IMW_EV_OPEN(IMW_RULE_FETCH_ARGS); }
	goto st2;
st2:
	p += 1;
case 2:
	switch( (*p) ) {
		case 36u: goto tr2;
		case 42u: goto tr3;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr4;
	goto st0;
tr2:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st3;
st3:
	p += 1;
case 3:
	if ( (*p) == 32u )
		goto tr5;
	goto st0;
tr5:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	goto st4;
st4:
	p += 1;
case 4:
	switch( (*p) ) {
		case 40u: goto st5;
		case 65u: goto st202;
		case 66u: goto st204;
		case 69u: goto st287;
		case 70u: goto st298;
		case 73u: goto st304;
		case 77u: goto st314;
		case 80u: goto st319;
		case 82u: goto st333;
		case 83u: goto st349;
		case 84u: goto st352;
		case 85u: goto st291;
		case 97u: goto st202;
		case 98u: goto st204;
		case 101u: goto st287;
		case 102u: goto st298;
		case 105u: goto st304;
		case 109u: goto st314;
		case 112u: goto st319;
		case 114u: goto st333;
		case 115u: goto st349;
		case 116u: goto st352;
		case 117u: goto st291;
	}
	goto st0;
tr174:
	{ IMW_EV_CLOSE(IMW_RULE_SECTION); }
	goto st5;
st5:
	p += 1;
case 5:
	switch( (*p) ) {
		case 66u: goto st6;
		case 69u: goto st134;
		case 70u: goto st145;
		case 73u: goto st149;
		case 77u: goto st159;
		case 80u: goto st164;
		case 82u: goto st177;
		case 83u: goto st194;
		case 84u: goto st197;
		case 85u: goto st138;
		case 98u: goto st6;
		case 101u: goto st134;
		case 102u: goto st145;
		case 105u: goto st149;
		case 109u: goto st159;
		case 112u: goto st164;
		case 114u: goto st177;
		case 115u: goto st194;
		case 116u: goto st197;
		case 117u: goto st138;
	}
	goto st0;
st6:
	p += 1;
case 6:
	switch( (*p) ) {
		case 73u: goto st7;
		case 79u: goto st77;
		case 105u: goto st7;
		case 111u: goto st77;
	}
	goto st0;
st7:
	p += 1;
case 7:
	switch( (*p) ) {
		case 78u: goto st8;
		case 110u: goto st8;
	}
	goto st0;
st8:
	p += 1;
case 8:
	switch( (*p) ) {
		case 65u: goto st9;
		case 97u: goto st9;
	}
	goto st0;
st9:
	p += 1;
case 9:
	switch( (*p) ) {
		case 82u: goto st10;
		case 114u: goto st10;
	}
	goto st0;
st10:
	p += 1;
case 10:
	switch( (*p) ) {
		case 89u: goto st11;
		case 121u: goto st11;
	}
	goto st0;
st11:
	p += 1;
case 11:
	switch( (*p) ) {
		case 46u: goto st12;
		case 91u: goto st17;
	}
	goto st0;
st12:
	p += 1;
case 12:
	switch( (*p) ) {
		case 80u: goto st13;
		case 83u: goto st70;
		case 112u: goto st13;
		case 115u: goto st70;
	}
	goto st0;
st13:
	p += 1;
case 13:
	switch( (*p) ) {
		case 69u: goto st14;
		case 101u: goto st14;
	}
	goto st0;
st14:
	p += 1;
case 14:
	switch( (*p) ) {
		case 69u: goto st15;
		case 101u: goto st15;
	}
	goto st0;
st15:
	p += 1;
case 15:
	switch( (*p) ) {
		case 75u: goto st16;
		case 107u: goto st16;
	}
	goto st0;
st16:
	p += 1;
case 16:
	if ( (*p) == 91u )
		goto st17;
	goto st0;
st17:
	p += 1;
case 17:
	if ( (*p) == 93u )
		goto st20;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr41;
	goto st0;
tr41:
	{ IMW_EV_OPEN(IMW_RULE_SECTION_PART); }
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(18)))-1;} }
	goto st18;
tr44:
	{ {p = (( IMW_SKIP_TO(18)))-1;} }
	goto st18;
tr46:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(18)))-1;} }
	goto st18;
st18:
	p += 1;
case 18:
	switch( (*p) ) {
		case 46u: goto tr43;
		case 93u: goto tr45;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr44;
	goto st0;
tr43:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st19;
st19:
	p += 1;
case 19:
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr46;
	goto st0;
tr45:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SECTION_PART); }
	goto st20;
st20:
	p += 1;
case 20:
	switch( (*p) ) {
		case 32u: goto st5;
		case 41u: goto st21;
		case 60u: goto st65;
	}
	goto st0;
tr289:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st21;
tr297:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SECTION_PART); }
	goto st21;
tr175:
	{ IMW_EV_CLOSE(IMW_RULE_SECTION); }
	goto st21;
st21:
	p += 1;
case 21:
	switch( (*p) ) {
		case 13u: goto tr49;
		case 32u: goto st22;
	}
	goto st0;
tr49:
	{ IMW_EV_CLOSE(IMW_RULE_FETCH_ARGS); }
	{ p--; {p++; cs = 376; goto _out;} }
	goto st376;
tr339:
	{ IMW_EV_CLOSE(IMW_RULE_SECTION); }
	{ IMW_EV_CLOSE(IMW_RULE_FETCH_ARGS); }
	{ p--; {p++; cs = 376; goto _out;} }
	goto st376;
st376:
	p += 1;
case 376:
	goto st0;
tr340:
	{ IMW_EV_CLOSE(IMW_RULE_SECTION); }
	goto st22;
st22:
	p += 1;
case 22:
	if ( (*p) == 40u )
		goto st23;
	goto st0;
tr61:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st23;
tr74:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st23;
tr92:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st23;
tr95:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st23;
tr112:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st23;
tr115:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st23;
st23:
	p += 1;
case 23:
	switch( (*p) ) {
		case 67u: goto st50;
		case 95u: goto st24;
		case 99u: goto st50;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st24;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st24;
	} else
		goto st24;
	goto st0;
st24:
	p += 1;
case 24:
	switch( (*p) ) {
		case 32u: goto st25;
		case 41u: goto st27;
		case 95u: goto st24;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st24;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st24;
		} else if ( (*p) >= 65u )
			goto st24;
	} else
		goto st24;
	goto st0;
st25:
	p += 1;
case 25:
	switch( (*p) ) {
		case 36u: goto tr56;
		case 40u: goto tr57;
		case 42u: goto tr58;
		case 48u: goto tr59;
		case 67u: goto st50;
		case 95u: goto st24;
		case 99u: goto st50;
	}
	if ( (*p) < 49u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st24;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st24;
		} else if ( (*p) >= 65u )
			goto st24;
	} else
		goto tr60;
	goto st0;
tr56:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st26;
st26:
	p += 1;
case 26:
	switch( (*p) ) {
		case 32u: goto tr61;
		case 41u: goto tr62;
	}
	goto st0;
tr62:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st27;
tr75:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st27;
tr93:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st27;
tr96:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st27;
tr113:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st27;
tr116:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st27;
st27:
	p += 1;
case 27:
	if ( (*p) == 13u )
		goto tr49;
	goto st0;
tr57:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	goto st28;
st28:
	p += 1;
case 28:
	switch( (*p) ) {
		case 34u: goto tr64;
		case 40u: goto tr65;
		case 41u: goto st33;
		case 123u: goto tr67;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr63;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr63;
		} else if ( (*p) >= 43u )
			goto tr63;
	} else
		goto tr63;
	goto st0;
tr69:
	{ {p = (( IMW_SKIP_TO(29)))-1;} }
	goto st29;
tr63:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(29)))-1;} }
	goto st29;
st29:
	p += 1;
case 29:
	switch( (*p) ) {
		case 32u: goto tr68;
		case 33u: goto tr69;
		case 41u: goto tr70;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr69;
		} else if ( (*p) >= 35u )
			goto tr69;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr69;
		} else if ( (*p) >= 93u )
			goto tr69;
	} else
		goto tr69;
	goto st0;
tr68:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st30;
tr84:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st30;
st30:
	p += 1;
case 30:
	switch( (*p) ) {
		case 34u: goto tr64;
		case 40u: goto tr65;
		case 123u: goto tr67;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr63;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr63;
		} else if ( (*p) >= 43u )
			goto tr63;
	} else
		goto tr63;
	goto st0;
tr71:
	{ {p = (( IMW_SKIP_TO(31)))-1;} }
	goto st31;
tr64:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(31)))-1;} }
	goto st31;
st31:
	p += 1;
case 31:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr72;
		case 92u: goto tr73;
	}
	goto tr71;
tr72:
	{ {p = (( IMW_SKIP_TO(32)))-1;} }
	goto st32;
st32:
	p += 1;
case 32:
	switch( (*p) ) {
		case 32u: goto tr68;
		case 41u: goto tr70;
	}
	goto st0;
tr70:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st33;
tr85:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st33;
st33:
	p += 1;
case 33:
	switch( (*p) ) {
		case 32u: goto tr74;
		case 41u: goto tr75;
	}
	goto st0;
tr73:
	{ {p = (( IMW_SKIP_TO(34)))-1;} }
	goto st34;
st34:
	p += 1;
case 34:
	switch( (*p) ) {
		case 34u: goto tr71;
		case 92u: goto tr71;
	}
	goto st0;
tr65:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_TAGGED_EXT_PAREN)) {p++; cs = 35; goto _out;} {( imw_stack)[( imw_top)++] = 35;goto st363;} }
	goto st35;
st35:
	p += 1;
case 35:
	switch( (*p) ) {
		case 32u: goto st30;
		case 41u: goto st33;
	}
	goto st0;
tr67:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(36)))-1;} }
	goto st36;
st36:
	p += 1;
case 36:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr77;
	goto st0;
tr79:
	{ {p = (( IMW_SKIP_TO(37)))-1;} }
	goto st37;
tr77:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(37)))-1;} }
	goto st37;
st37:
	p += 1;
case 37:
	switch( (*p) ) {
		case 43u: goto tr78;
		case 125u: goto tr80;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr79;
	goto st0;
tr78:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(38)))-1;} }
	goto st38;
st38:
	p += 1;
case 38:
	if ( (*p) == 125u )
		goto tr81;
	goto st0;
tr81:
	{ {p = (( IMW_SKIP_TO(39)))-1;} }
	goto st39;
tr80:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(39)))-1;} }
	goto st39;
st39:
	p += 1;
case 39:
	if ( (*p) == 13u )
		goto tr82;
	goto st0;
tr82:
	{ {p = (( IMW_SKIP_TO(40)))-1;} }
	goto st40;
st40:
	p += 1;
case 40:
	if ( (*p) == 10u )
		goto tr83;
	goto st0;
tr83:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(41)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 41; goto _out;} }
	goto st41;
st41:
	p += 1;
case 41:
	switch( (*p) ) {
		case 32u: goto tr84;
		case 41u: goto tr85;
	}
	goto st0;
tr58:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st42;
st42:
	p += 1;
case 42:
	switch( (*p) ) {
		case 32u: goto tr61;
		case 41u: goto tr62;
		case 44u: goto st43;
		case 58u: goto st45;
	}
	goto st0;
st43:
	p += 1;
case 43:
	if ( (*p) == 42u )
		goto st42;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr89;
	goto st0;
tr89:
	{ {p = (( IMW_SKIP_TO(44)))-1;} }
	goto st44;
st44:
	p += 1;
case 44:
	switch( (*p) ) {
		case 32u: goto tr61;
		case 41u: goto tr62;
		case 44u: goto st43;
		case 58u: goto st45;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr89;
	goto st0;
st45:
	p += 1;
case 45:
	if ( (*p) == 42u )
		goto st46;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr91;
	goto st0;
st46:
	p += 1;
case 46:
	switch( (*p) ) {
		case 32u: goto tr61;
		case 41u: goto tr62;
		case 44u: goto st43;
	}
	goto st0;
tr91:
	{ {p = (( IMW_SKIP_TO(47)))-1;} }
	goto st47;
st47:
	p += 1;
case 47:
	switch( (*p) ) {
		case 32u: goto tr61;
		case 41u: goto tr62;
		case 44u: goto st43;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr91;
	goto st0;
tr94:
	{ {p = (( IMW_SKIP_TO(48)))-1;} }
	goto st48;
tr59:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(48)))-1;} }
	goto st48;
st48:
	p += 1;
case 48:
	switch( (*p) ) {
		case 32u: goto tr92;
		case 41u: goto tr93;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr94;
	goto st0;
tr97:
	{ {p = (( IMW_SKIP_TO(49)))-1;} }
	goto st49;
tr60:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(49)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	goto st49;
st49:
	p += 1;
case 49:
	switch( (*p) ) {
		case 32u: goto tr95;
		case 41u: goto tr96;
		case 44u: goto st43;
		case 58u: goto st45;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr97;
	goto st0;
st50:
	p += 1;
case 50:
	switch( (*p) ) {
		case 32u: goto st25;
		case 41u: goto st27;
		case 72u: goto st51;
		case 95u: goto st24;
		case 104u: goto st51;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st24;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st24;
		} else if ( (*p) >= 65u )
			goto st24;
	} else
		goto st24;
	goto st0;
st51:
	p += 1;
case 51:
	switch( (*p) ) {
		case 32u: goto st25;
		case 41u: goto st27;
		case 65u: goto st52;
		case 95u: goto st24;
		case 97u: goto st52;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st24;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 98u <= (*p) && (*p) <= 122u )
				goto st24;
		} else if ( (*p) >= 66u )
			goto st24;
	} else
		goto st24;
	goto st0;
st52:
	p += 1;
case 52:
	switch( (*p) ) {
		case 32u: goto st25;
		case 41u: goto st27;
		case 78u: goto st53;
		case 95u: goto st24;
		case 110u: goto st53;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st24;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st24;
		} else if ( (*p) >= 65u )
			goto st24;
	} else
		goto st24;
	goto st0;
st53:
	p += 1;
case 53:
	switch( (*p) ) {
		case 32u: goto st25;
		case 41u: goto st27;
		case 71u: goto st54;
		case 95u: goto st24;
		case 103u: goto st54;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st24;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st24;
		} else if ( (*p) >= 65u )
			goto st24;
	} else
		goto st24;
	goto st0;
st54:
	p += 1;
case 54:
	switch( (*p) ) {
		case 32u: goto st25;
		case 41u: goto st27;
		case 69u: goto st55;
		case 95u: goto st24;
		case 101u: goto st55;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st24;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st24;
		} else if ( (*p) >= 65u )
			goto st24;
	} else
		goto st24;
	goto st0;
st55:
	p += 1;
case 55:
	switch( (*p) ) {
		case 32u: goto st25;
		case 41u: goto st27;
		case 68u: goto st56;
		case 95u: goto st24;
		case 100u: goto st56;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st24;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st24;
		} else if ( (*p) >= 65u )
			goto st24;
	} else
		goto st24;
	goto st0;
st56:
	p += 1;
case 56:
	switch( (*p) ) {
		case 32u: goto st25;
		case 41u: goto st27;
		case 83u: goto st57;
		case 95u: goto st24;
		case 115u: goto st57;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st24;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st24;
		} else if ( (*p) >= 65u )
			goto st24;
	} else
		goto st24;
	goto st0;
st57:
	p += 1;
case 57:
	switch( (*p) ) {
		case 32u: goto st25;
		case 41u: goto st27;
		case 73u: goto st58;
		case 95u: goto st24;
		case 105u: goto st58;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st24;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st24;
		} else if ( (*p) >= 65u )
			goto st24;
	} else
		goto st24;
	goto st0;
st58:
	p += 1;
case 58:
	switch( (*p) ) {
		case 32u: goto st25;
		case 41u: goto st27;
		case 78u: goto st59;
		case 95u: goto st24;
		case 110u: goto st59;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st24;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st24;
		} else if ( (*p) >= 65u )
			goto st24;
	} else
		goto st24;
	goto st0;
st59:
	p += 1;
case 59:
	switch( (*p) ) {
		case 32u: goto st25;
		case 41u: goto st27;
		case 67u: goto st60;
		case 95u: goto st24;
		case 99u: goto st60;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st24;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st24;
		} else if ( (*p) >= 65u )
			goto st24;
	} else
		goto st24;
	goto st0;
st60:
	p += 1;
case 60:
	switch( (*p) ) {
		case 32u: goto st25;
		case 41u: goto st27;
		case 69u: goto st61;
		case 95u: goto st24;
		case 101u: goto st61;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st24;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st24;
		} else if ( (*p) >= 65u )
			goto st24;
	} else
		goto st24;
	goto st0;
st61:
	p += 1;
case 61:
	switch( (*p) ) {
		case 32u: goto st62;
		case 41u: goto st27;
		case 95u: goto st24;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st24;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st24;
		} else if ( (*p) >= 65u )
			goto st24;
	} else
		goto st24;
	goto st0;
st62:
	p += 1;
case 62:
	switch( (*p) ) {
		case 36u: goto tr56;
		case 40u: goto tr57;
		case 42u: goto tr58;
		case 48u: goto tr110;
		case 67u: goto st50;
		case 95u: goto st24;
		case 99u: goto st50;
	}
	if ( (*p) < 49u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st24;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st24;
		} else if ( (*p) >= 65u )
			goto st24;
	} else
		goto tr111;
	goto st0;
tr114:
	{ {p = (( IMW_SKIP_TO(63)))-1;} }
	goto st63;
tr110:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(63)))-1;} }
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st63;
st63:
	p += 1;
case 63:
	switch( (*p) ) {
		case 32u: goto tr112;
		case 41u: goto tr113;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr114;
	goto st0;
tr117:
	{ {p = (( IMW_SKIP_TO(64)))-1;} }
	goto st64;
tr111:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(64)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st64;
st64:
	p += 1;
case 64:
	switch( (*p) ) {
		case 32u: goto tr115;
		case 41u: goto tr116;
		case 44u: goto st43;
		case 58u: goto st45;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr117;
	goto st0;
tr176:
	{ IMW_EV_CLOSE(IMW_RULE_SECTION); }
	goto st65;
st65:
	p += 1;
case 65:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr118;
	goto st0;
tr120:
	{ {p = (( IMW_SKIP_TO(66)))-1;} }
	goto st66;
tr118:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(66)))-1;} }
	goto st66;
st66:
	p += 1;
case 66:
	if ( (*p) == 46u )
		goto tr119;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr120;
	goto st0;
tr119:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st67;
st67:
	p += 1;
case 67:
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr121;
	goto st0;
tr122:
	{ {p = (( IMW_SKIP_TO(68)))-1;} }
	goto st68;
tr121:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(68)))-1;} }
	goto st68;
st68:
	p += 1;
case 68:
	if ( (*p) == 62u )
		goto tr123;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr122;
	goto st0;
tr123:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st69;
tr132:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SECTION_PART); }
	goto st69;
st69:
	p += 1;
case 69:
	switch( (*p) ) {
		case 32u: goto st5;
		case 41u: goto st21;
	}
	goto st0;
st70:
	p += 1;
case 70:
	switch( (*p) ) {
		case 73u: goto st71;
		case 105u: goto st71;
	}
	goto st0;
st71:
	p += 1;
case 71:
	switch( (*p) ) {
		case 90u: goto st72;
		case 122u: goto st72;
	}
	goto st0;
st72:
	p += 1;
case 72:
	switch( (*p) ) {
		case 69u: goto st73;
		case 101u: goto st73;
	}
	goto st0;
st73:
	p += 1;
case 73:
	if ( (*p) == 91u )
		goto st74;
	goto st0;
st74:
	p += 1;
case 74:
	if ( (*p) == 93u )
		goto st69;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr128;
	goto st0;
tr128:
	{ IMW_EV_OPEN(IMW_RULE_SECTION_PART); }
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(75)))-1;} }
	goto st75;
tr131:
	{ {p = (( IMW_SKIP_TO(75)))-1;} }
	goto st75;
tr133:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(75)))-1;} }
	goto st75;
st75:
	p += 1;
case 75:
	switch( (*p) ) {
		case 46u: goto tr130;
		case 93u: goto tr132;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr131;
	goto st0;
tr130:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st76;
st76:
	p += 1;
case 76:
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr133;
	goto st0;
st77:
	p += 1;
case 77:
	switch( (*p) ) {
		case 68u: goto st78;
		case 100u: goto st78;
	}
	goto st0;
st78:
	p += 1;
case 78:
	switch( (*p) ) {
		case 89u: goto st79;
		case 121u: goto st79;
	}
	goto st0;
st79:
	p += 1;
case 79:
	switch( (*p) ) {
		case 32u: goto st5;
		case 41u: goto st21;
		case 46u: goto st80;
		case 83u: goto st126;
		case 91u: goto tr138;
		case 115u: goto st126;
	}
	goto st0;
st80:
	p += 1;
case 80:
	switch( (*p) ) {
		case 80u: goto st81;
		case 112u: goto st81;
	}
	goto st0;
st81:
	p += 1;
case 81:
	switch( (*p) ) {
		case 69u: goto st82;
		case 101u: goto st82;
	}
	goto st0;
st82:
	p += 1;
case 82:
	switch( (*p) ) {
		case 69u: goto st83;
		case 101u: goto st83;
	}
	goto st0;
st83:
	p += 1;
case 83:
	switch( (*p) ) {
		case 75u: goto st84;
		case 107u: goto st84;
	}
	goto st0;
st84:
	p += 1;
case 84:
	if ( (*p) == 91u )
		goto tr138;
	goto st0;
tr138:
	{ IMW_EV_OPEN(IMW_RULE_SECTION); }
	goto st85;
st85:
	p += 1;
case 85:
	switch( (*p) ) {
		case 72u: goto st88;
		case 84u: goto st123;
		case 93u: goto st105;
		case 104u: goto st88;
		case 116u: goto st123;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr143;
	goto st0;
tr143:
	{ IMW_EV_OPEN(IMW_RULE_SECTION_PART); }
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(86)))-1;} }
	goto st86;
tr148:
	{ {p = (( IMW_SKIP_TO(86)))-1;} }
	goto st86;
tr150:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(86)))-1;} }
	goto st86;
st86:
	p += 1;
case 86:
	switch( (*p) ) {
		case 46u: goto tr147;
		case 93u: goto tr149;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr148;
	goto st0;
tr147:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SECTION_PART); }
	goto st87;
st87:
	p += 1;
case 87:
	switch( (*p) ) {
		case 72u: goto st88;
		case 77u: goto st119;
		case 84u: goto st123;
		case 104u: goto st88;
		case 109u: goto st119;
		case 116u: goto st123;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr150;
	goto st0;
st88:
	p += 1;
case 88:
	switch( (*p) ) {
		case 69u: goto st89;
		case 101u: goto st89;
	}
	goto st0;
st89:
	p += 1;
case 89:
	switch( (*p) ) {
		case 65u: goto st90;
		case 97u: goto st90;
	}
	goto st0;
st90:
	p += 1;
case 90:
	switch( (*p) ) {
		case 68u: goto st91;
		case 100u: goto st91;
	}
	goto st0;
st91:
	p += 1;
case 91:
	switch( (*p) ) {
		case 69u: goto st92;
		case 101u: goto st92;
	}
	goto st0;
st92:
	p += 1;
case 92:
	switch( (*p) ) {
		case 82u: goto st93;
		case 114u: goto st93;
	}
	goto st0;
st93:
	p += 1;
case 93:
	switch( (*p) ) {
		case 46u: goto st94;
		case 93u: goto st105;
	}
	goto st0;
st94:
	p += 1;
case 94:
	switch( (*p) ) {
		case 70u: goto st95;
		case 102u: goto st95;
	}
	goto st0;
st95:
	p += 1;
case 95:
	switch( (*p) ) {
		case 73u: goto st96;
		case 105u: goto st96;
	}
	goto st0;
st96:
	p += 1;
case 96:
	switch( (*p) ) {
		case 69u: goto st97;
		case 101u: goto st97;
	}
	goto st0;
st97:
	p += 1;
case 97:
	switch( (*p) ) {
		case 76u: goto st98;
		case 108u: goto st98;
	}
	goto st0;
st98:
	p += 1;
case 98:
	switch( (*p) ) {
		case 68u: goto st99;
		case 100u: goto st99;
	}
	goto st0;
st99:
	p += 1;
case 99:
	switch( (*p) ) {
		case 83u: goto st100;
		case 115u: goto st100;
	}
	goto st0;
st100:
	p += 1;
case 100:
	switch( (*p) ) {
		case 32u: goto st101;
		case 46u: goto st115;
	}
	goto st0;
st101:
	p += 1;
case 101:
	if ( (*p) == 40u )
		goto tr166;
	goto st0;
tr170:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st102;
tr187:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st102;
tr166:
	{ IMW_EV_OPEN(IMW_RULE_HEADER_LIST); }
	goto st102;
st102:
	p += 1;
case 102:
	switch( (*p) ) {
		case 34u: goto tr168;
		case 123u: goto tr169;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr167;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr167;
		} else if ( (*p) >= 43u )
			goto tr167;
	} else
		goto tr167;
	goto st0;
tr171:
	{ {p = (( IMW_SKIP_TO(103)))-1;} }
	goto st103;
tr167:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(103)))-1;} }
	goto st103;
st103:
	p += 1;
case 103:
	switch( (*p) ) {
		case 32u: goto tr170;
		case 33u: goto tr171;
		case 41u: goto tr172;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr171;
		} else if ( (*p) >= 35u )
			goto tr171;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr171;
		} else if ( (*p) >= 93u )
			goto tr171;
	} else
		goto tr171;
	goto st0;
tr172:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st104;
tr188:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st104;
st104:
	p += 1;
case 104:
	if ( (*p) == 93u )
		goto tr173;
	goto st0;
tr149:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SECTION_PART); }
	goto st105;
tr173:
	{ IMW_EV_CLOSE(IMW_RULE_HEADER_LIST); }
	goto st105;
st105:
	p += 1;
case 105:
	switch( (*p) ) {
		case 32u: goto tr174;
		case 41u: goto tr175;
		case 60u: goto tr176;
	}
	goto st0;
tr177:
	{ {p = (( IMW_SKIP_TO(106)))-1;} }
	goto st106;
tr168:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(106)))-1;} }
	goto st106;
st106:
	p += 1;
case 106:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr178;
		case 92u: goto tr179;
	}
	goto tr177;
tr178:
	{ {p = (( IMW_SKIP_TO(107)))-1;} }
	goto st107;
st107:
	p += 1;
case 107:
	switch( (*p) ) {
		case 32u: goto tr170;
		case 41u: goto tr172;
	}
	goto st0;
tr179:
	{ {p = (( IMW_SKIP_TO(108)))-1;} }
	goto st108;
st108:
	p += 1;
case 108:
	switch( (*p) ) {
		case 34u: goto tr177;
		case 92u: goto tr177;
	}
	goto st0;
tr169:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(109)))-1;} }
	goto st109;
st109:
	p += 1;
case 109:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr180;
	goto st0;
tr182:
	{ {p = (( IMW_SKIP_TO(110)))-1;} }
	goto st110;
tr180:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(110)))-1;} }
	goto st110;
st110:
	p += 1;
case 110:
	switch( (*p) ) {
		case 43u: goto tr181;
		case 125u: goto tr183;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr182;
	goto st0;
tr181:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(111)))-1;} }
	goto st111;
st111:
	p += 1;
case 111:
	if ( (*p) == 125u )
		goto tr184;
	goto st0;
tr184:
	{ {p = (( IMW_SKIP_TO(112)))-1;} }
	goto st112;
tr183:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(112)))-1;} }
	goto st112;
st112:
	p += 1;
case 112:
	if ( (*p) == 13u )
		goto tr185;
	goto st0;
tr185:
	{ {p = (( IMW_SKIP_TO(113)))-1;} }
	goto st113;
st113:
	p += 1;
case 113:
	if ( (*p) == 10u )
		goto tr186;
	goto st0;
tr186:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(114)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 114; goto _out;} }
	goto st114;
st114:
	p += 1;
case 114:
	switch( (*p) ) {
		case 32u: goto tr187;
		case 41u: goto tr188;
	}
	goto st0;
st115:
	p += 1;
case 115:
	switch( (*p) ) {
		case 78u: goto st116;
		case 110u: goto st116;
	}
	goto st0;
st116:
	p += 1;
case 116:
	switch( (*p) ) {
		case 79u: goto st117;
		case 111u: goto st117;
	}
	goto st0;
st117:
	p += 1;
case 117:
	switch( (*p) ) {
		case 84u: goto st118;
		case 116u: goto st118;
	}
	goto st0;
st118:
	p += 1;
case 118:
	if ( (*p) == 32u )
		goto st101;
	goto st0;
st119:
	p += 1;
case 119:
	switch( (*p) ) {
		case 73u: goto st120;
		case 105u: goto st120;
	}
	goto st0;
st120:
	p += 1;
case 120:
	switch( (*p) ) {
		case 77u: goto st121;
		case 109u: goto st121;
	}
	goto st0;
st121:
	p += 1;
case 121:
	switch( (*p) ) {
		case 69u: goto st122;
		case 101u: goto st122;
	}
	goto st0;
st122:
	p += 1;
case 122:
	if ( (*p) == 93u )
		goto st105;
	goto st0;
st123:
	p += 1;
case 123:
	switch( (*p) ) {
		case 69u: goto st124;
		case 101u: goto st124;
	}
	goto st0;
st124:
	p += 1;
case 124:
	switch( (*p) ) {
		case 88u: goto st125;
		case 120u: goto st125;
	}
	goto st0;
st125:
	p += 1;
case 125:
	switch( (*p) ) {
		case 84u: goto st122;
		case 116u: goto st122;
	}
	goto st0;
st126:
	p += 1;
case 126:
	switch( (*p) ) {
		case 84u: goto st127;
		case 116u: goto st127;
	}
	goto st0;
st127:
	p += 1;
case 127:
	switch( (*p) ) {
		case 82u: goto st128;
		case 114u: goto st128;
	}
	goto st0;
st128:
	p += 1;
case 128:
	switch( (*p) ) {
		case 85u: goto st129;
		case 117u: goto st129;
	}
	goto st0;
st129:
	p += 1;
case 129:
	switch( (*p) ) {
		case 67u: goto st130;
		case 99u: goto st130;
	}
	goto st0;
st130:
	p += 1;
case 130:
	switch( (*p) ) {
		case 84u: goto st131;
		case 116u: goto st131;
	}
	goto st0;
st131:
	p += 1;
case 131:
	switch( (*p) ) {
		case 85u: goto st132;
		case 117u: goto st132;
	}
	goto st0;
st132:
	p += 1;
case 132:
	switch( (*p) ) {
		case 82u: goto st133;
		case 114u: goto st133;
	}
	goto st0;
st133:
	p += 1;
case 133:
	switch( (*p) ) {
		case 69u: goto st69;
		case 101u: goto st69;
	}
	goto st0;
st134:
	p += 1;
case 134:
	switch( (*p) ) {
		case 77u: goto st135;
		case 78u: goto st140;
		case 109u: goto st135;
		case 110u: goto st140;
	}
	goto st0;
st135:
	p += 1;
case 135:
	switch( (*p) ) {
		case 65u: goto st136;
		case 97u: goto st136;
	}
	goto st0;
st136:
	p += 1;
case 136:
	switch( (*p) ) {
		case 73u: goto st137;
		case 105u: goto st137;
	}
	goto st0;
st137:
	p += 1;
case 137:
	switch( (*p) ) {
		case 76u: goto st138;
		case 108u: goto st138;
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
		case 68u: goto st69;
		case 100u: goto st69;
	}
	goto st0;
st140:
	p += 1;
case 140:
	switch( (*p) ) {
		case 86u: goto st141;
		case 118u: goto st141;
	}
	goto st0;
st141:
	p += 1;
case 141:
	switch( (*p) ) {
		case 69u: goto st142;
		case 101u: goto st142;
	}
	goto st0;
st142:
	p += 1;
case 142:
	switch( (*p) ) {
		case 76u: goto st143;
		case 108u: goto st143;
	}
	goto st0;
st143:
	p += 1;
case 143:
	switch( (*p) ) {
		case 79u: goto st144;
		case 111u: goto st144;
	}
	goto st0;
st144:
	p += 1;
case 144:
	switch( (*p) ) {
		case 80u: goto st133;
		case 112u: goto st133;
	}
	goto st0;
st145:
	p += 1;
case 145:
	switch( (*p) ) {
		case 76u: goto st146;
		case 108u: goto st146;
	}
	goto st0;
st146:
	p += 1;
case 146:
	switch( (*p) ) {
		case 65u: goto st147;
		case 97u: goto st147;
	}
	goto st0;
st147:
	p += 1;
case 147:
	switch( (*p) ) {
		case 71u: goto st148;
		case 103u: goto st148;
	}
	goto st0;
st148:
	p += 1;
case 148:
	switch( (*p) ) {
		case 83u: goto st69;
		case 115u: goto st69;
	}
	goto st0;
st149:
	p += 1;
case 149:
	switch( (*p) ) {
		case 78u: goto st150;
		case 110u: goto st150;
	}
	goto st0;
st150:
	p += 1;
case 150:
	switch( (*p) ) {
		case 84u: goto st151;
		case 116u: goto st151;
	}
	goto st0;
st151:
	p += 1;
case 151:
	switch( (*p) ) {
		case 69u: goto st152;
		case 101u: goto st152;
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
		case 78u: goto st154;
		case 110u: goto st154;
	}
	goto st0;
st154:
	p += 1;
case 154:
	switch( (*p) ) {
		case 65u: goto st155;
		case 97u: goto st155;
	}
	goto st0;
st155:
	p += 1;
case 155:
	switch( (*p) ) {
		case 76u: goto st156;
		case 108u: goto st156;
	}
	goto st0;
st156:
	p += 1;
case 156:
	switch( (*p) ) {
		case 68u: goto st157;
		case 100u: goto st157;
	}
	goto st0;
st157:
	p += 1;
case 157:
	switch( (*p) ) {
		case 65u: goto st158;
		case 97u: goto st158;
	}
	goto st0;
st158:
	p += 1;
case 158:
	switch( (*p) ) {
		case 84u: goto st133;
		case 116u: goto st133;
	}
	goto st0;
st159:
	p += 1;
case 159:
	switch( (*p) ) {
		case 79u: goto st160;
		case 111u: goto st160;
	}
	goto st0;
st160:
	p += 1;
case 160:
	switch( (*p) ) {
		case 68u: goto st161;
		case 100u: goto st161;
	}
	goto st0;
st161:
	p += 1;
case 161:
	switch( (*p) ) {
		case 83u: goto st162;
		case 115u: goto st162;
	}
	goto st0;
st162:
	p += 1;
case 162:
	switch( (*p) ) {
		case 69u: goto st163;
		case 101u: goto st163;
	}
	goto st0;
st163:
	p += 1;
case 163:
	switch( (*p) ) {
		case 81u: goto st69;
		case 113u: goto st69;
	}
	goto st0;
st164:
	p += 1;
case 164:
	switch( (*p) ) {
		case 82u: goto st165;
		case 114u: goto st165;
	}
	goto st0;
st165:
	p += 1;
case 165:
	switch( (*p) ) {
		case 69u: goto st166;
		case 101u: goto st166;
	}
	goto st0;
st166:
	p += 1;
case 166:
	switch( (*p) ) {
		case 86u: goto st167;
		case 118u: goto st167;
	}
	goto st0;
st167:
	p += 1;
case 167:
	switch( (*p) ) {
		case 73u: goto st168;
		case 105u: goto st168;
	}
	goto st0;
st168:
	p += 1;
case 168:
	switch( (*p) ) {
		case 69u: goto st169;
		case 101u: goto st169;
	}
	goto st0;
st169:
	p += 1;
case 169:
	switch( (*p) ) {
		case 87u: goto st170;
		case 119u: goto st170;
	}
	goto st0;
st170:
	p += 1;
case 170:
	switch( (*p) ) {
		case 32u: goto st171;
		case 41u: goto st21;
	}
	goto st0;
st171:
	p += 1;
case 171:
	switch( (*p) ) {
		case 40u: goto st172;
		case 66u: goto st6;
		case 69u: goto st134;
		case 70u: goto st145;
		case 73u: goto st149;
		case 77u: goto st159;
		case 80u: goto st164;
		case 82u: goto st177;
		case 83u: goto st194;
		case 84u: goto st197;
		case 85u: goto st138;
		case 98u: goto st6;
		case 101u: goto st134;
		case 102u: goto st145;
		case 105u: goto st149;
		case 109u: goto st159;
		case 112u: goto st164;
		case 114u: goto st177;
		case 115u: goto st194;
		case 116u: goto st197;
		case 117u: goto st138;
	}
	goto st0;
st172:
	p += 1;
case 172:
	switch( (*p) ) {
		case 76u: goto st173;
		case 108u: goto st173;
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
		case 90u: goto st175;
		case 122u: goto st175;
	}
	goto st0;
st175:
	p += 1;
case 175:
	switch( (*p) ) {
		case 89u: goto st176;
		case 121u: goto st176;
	}
	goto st0;
st176:
	p += 1;
case 176:
	switch( (*p) ) {
		case 32u: goto st172;
		case 41u: goto st69;
	}
	goto st0;
st177:
	p += 1;
case 177:
	switch( (*p) ) {
		case 70u: goto st178;
		case 102u: goto st178;
	}
	goto st0;
st178:
	p += 1;
case 178:
	switch( (*p) ) {
		case 67u: goto st179;
		case 99u: goto st179;
	}
	goto st0;
st179:
	p += 1;
case 179:
	if ( (*p) == 56u )
		goto st180;
	goto st0;
st180:
	p += 1;
case 180:
	if ( (*p) == 50u )
		goto st181;
	goto st0;
st181:
	p += 1;
case 181:
	if ( (*p) == 50u )
		goto st182;
	goto st0;
st182:
	p += 1;
case 182:
	switch( (*p) ) {
		case 32u: goto st5;
		case 41u: goto st21;
		case 46u: goto st183;
	}
	goto st0;
st183:
	p += 1;
case 183:
	switch( (*p) ) {
		case 72u: goto st184;
		case 83u: goto st189;
		case 84u: goto st191;
		case 104u: goto st184;
		case 115u: goto st189;
		case 116u: goto st191;
	}
	goto st0;
st184:
	p += 1;
case 184:
	switch( (*p) ) {
		case 69u: goto st185;
		case 101u: goto st185;
	}
	goto st0;
st185:
	p += 1;
case 185:
	switch( (*p) ) {
		case 65u: goto st186;
		case 97u: goto st186;
	}
	goto st0;
st186:
	p += 1;
case 186:
	switch( (*p) ) {
		case 68u: goto st187;
		case 100u: goto st187;
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
		case 82u: goto st69;
		case 114u: goto st69;
	}
	goto st0;
st189:
	p += 1;
case 189:
	switch( (*p) ) {
		case 73u: goto st190;
		case 105u: goto st190;
	}
	goto st0;
st190:
	p += 1;
case 190:
	switch( (*p) ) {
		case 90u: goto st133;
		case 122u: goto st133;
	}
	goto st0;
st191:
	p += 1;
case 191:
	switch( (*p) ) {
		case 69u: goto st192;
		case 101u: goto st192;
	}
	goto st0;
st192:
	p += 1;
case 192:
	switch( (*p) ) {
		case 88u: goto st193;
		case 120u: goto st193;
	}
	goto st0;
st193:
	p += 1;
case 193:
	switch( (*p) ) {
		case 84u: goto st69;
		case 116u: goto st69;
	}
	goto st0;
st194:
	p += 1;
case 194:
	switch( (*p) ) {
		case 65u: goto st195;
		case 97u: goto st195;
	}
	goto st0;
st195:
	p += 1;
case 195:
	switch( (*p) ) {
		case 86u: goto st196;
		case 118u: goto st196;
	}
	goto st0;
st196:
	p += 1;
case 196:
	switch( (*p) ) {
		case 69u: goto st156;
		case 101u: goto st156;
	}
	goto st0;
st197:
	p += 1;
case 197:
	switch( (*p) ) {
		case 72u: goto st198;
		case 104u: goto st198;
	}
	goto st0;
st198:
	p += 1;
case 198:
	switch( (*p) ) {
		case 82u: goto st199;
		case 114u: goto st199;
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
		case 65u: goto st201;
		case 97u: goto st201;
	}
	goto st0;
st201:
	p += 1;
case 201:
	switch( (*p) ) {
		case 68u: goto st138;
		case 100u: goto st138;
	}
	goto st0;
st202:
	p += 1;
case 202:
	switch( (*p) ) {
		case 76u: goto st203;
		case 108u: goto st203;
	}
	goto st0;
st203:
	p += 1;
case 203:
	switch( (*p) ) {
		case 76u: goto st21;
		case 108u: goto st21;
	}
	goto st0;
st204:
	p += 1;
case 204:
	switch( (*p) ) {
		case 73u: goto st205;
		case 79u: goto st230;
		case 105u: goto st205;
		case 111u: goto st230;
	}
	goto st0;
st205:
	p += 1;
case 205:
	switch( (*p) ) {
		case 78u: goto st206;
		case 110u: goto st206;
	}
	goto st0;
st206:
	p += 1;
case 206:
	switch( (*p) ) {
		case 65u: goto st207;
		case 97u: goto st207;
	}
	goto st0;
st207:
	p += 1;
case 207:
	switch( (*p) ) {
		case 82u: goto st208;
		case 114u: goto st208;
	}
	goto st0;
st208:
	p += 1;
case 208:
	switch( (*p) ) {
		case 89u: goto st209;
		case 121u: goto st209;
	}
	goto st0;
st209:
	p += 1;
case 209:
	switch( (*p) ) {
		case 46u: goto st210;
		case 91u: goto st215;
	}
	goto st0;
st210:
	p += 1;
case 210:
	switch( (*p) ) {
		case 80u: goto st211;
		case 83u: goto st223;
		case 112u: goto st211;
		case 115u: goto st223;
	}
	goto st0;
st211:
	p += 1;
case 211:
	switch( (*p) ) {
		case 69u: goto st212;
		case 101u: goto st212;
	}
	goto st0;
st212:
	p += 1;
case 212:
	switch( (*p) ) {
		case 69u: goto st213;
		case 101u: goto st213;
	}
	goto st0;
st213:
	p += 1;
case 213:
	switch( (*p) ) {
		case 75u: goto st214;
		case 107u: goto st214;
	}
	goto st0;
st214:
	p += 1;
case 214:
	if ( (*p) == 91u )
		goto st215;
	goto st0;
st215:
	p += 1;
case 215:
	if ( (*p) == 93u )
		goto st218;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr277;
	goto st0;
tr277:
	{ IMW_EV_OPEN(IMW_RULE_SECTION_PART); }
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(216)))-1;} }
	goto st216;
tr280:
	{ {p = (( IMW_SKIP_TO(216)))-1;} }
	goto st216;
tr282:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(216)))-1;} }
	goto st216;
st216:
	p += 1;
case 216:
	switch( (*p) ) {
		case 46u: goto tr279;
		case 93u: goto tr281;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr280;
	goto st0;
tr279:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st217;
st217:
	p += 1;
case 217:
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr282;
	goto st0;
tr281:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SECTION_PART); }
	goto st218;
st218:
	p += 1;
case 218:
	switch( (*p) ) {
		case 13u: goto tr49;
		case 32u: goto st22;
		case 60u: goto st219;
	}
	goto st0;
tr341:
	{ IMW_EV_CLOSE(IMW_RULE_SECTION); }
	goto st219;
st219:
	p += 1;
case 219:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr284;
	goto st0;
tr286:
	{ {p = (( IMW_SKIP_TO(220)))-1;} }
	goto st220;
tr284:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(220)))-1;} }
	goto st220;
st220:
	p += 1;
case 220:
	if ( (*p) == 46u )
		goto tr285;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr286;
	goto st0;
tr285:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st221;
st221:
	p += 1;
case 221:
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr287;
	goto st0;
tr288:
	{ {p = (( IMW_SKIP_TO(222)))-1;} }
	goto st222;
tr287:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(222)))-1;} }
	goto st222;
st222:
	p += 1;
case 222:
	if ( (*p) == 62u )
		goto tr289;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr288;
	goto st0;
st223:
	p += 1;
case 223:
	switch( (*p) ) {
		case 73u: goto st224;
		case 105u: goto st224;
	}
	goto st0;
st224:
	p += 1;
case 224:
	switch( (*p) ) {
		case 90u: goto st225;
		case 122u: goto st225;
	}
	goto st0;
st225:
	p += 1;
case 225:
	switch( (*p) ) {
		case 69u: goto st226;
		case 101u: goto st226;
	}
	goto st0;
st226:
	p += 1;
case 226:
	if ( (*p) == 91u )
		goto st227;
	goto st0;
st227:
	p += 1;
case 227:
	if ( (*p) == 93u )
		goto st21;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr294;
	goto st0;
tr294:
	{ IMW_EV_OPEN(IMW_RULE_SECTION_PART); }
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(228)))-1;} }
	goto st228;
tr296:
	{ {p = (( IMW_SKIP_TO(228)))-1;} }
	goto st228;
tr298:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(228)))-1;} }
	goto st228;
st228:
	p += 1;
case 228:
	switch( (*p) ) {
		case 46u: goto tr295;
		case 93u: goto tr297;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr296;
	goto st0;
tr295:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st229;
st229:
	p += 1;
case 229:
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr298;
	goto st0;
st230:
	p += 1;
case 230:
	switch( (*p) ) {
		case 68u: goto st231;
		case 100u: goto st231;
	}
	goto st0;
st231:
	p += 1;
case 231:
	switch( (*p) ) {
		case 89u: goto st232;
		case 121u: goto st232;
	}
	goto st0;
st232:
	p += 1;
case 232:
	switch( (*p) ) {
		case 13u: goto tr49;
		case 32u: goto st22;
		case 46u: goto st233;
		case 83u: goto st279;
		case 91u: goto tr303;
		case 115u: goto st279;
	}
	goto st0;
st233:
	p += 1;
case 233:
	switch( (*p) ) {
		case 80u: goto st234;
		case 112u: goto st234;
	}
	goto st0;
st234:
	p += 1;
case 234:
	switch( (*p) ) {
		case 69u: goto st235;
		case 101u: goto st235;
	}
	goto st0;
st235:
	p += 1;
case 235:
	switch( (*p) ) {
		case 69u: goto st236;
		case 101u: goto st236;
	}
	goto st0;
st236:
	p += 1;
case 236:
	switch( (*p) ) {
		case 75u: goto st237;
		case 107u: goto st237;
	}
	goto st0;
st237:
	p += 1;
case 237:
	if ( (*p) == 91u )
		goto tr303;
	goto st0;
tr303:
	{ IMW_EV_OPEN(IMW_RULE_SECTION); }
	goto st238;
st238:
	p += 1;
case 238:
	switch( (*p) ) {
		case 72u: goto st241;
		case 84u: goto st276;
		case 93u: goto st258;
		case 104u: goto st241;
		case 116u: goto st276;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr308;
	goto st0;
tr308:
	{ IMW_EV_OPEN(IMW_RULE_SECTION_PART); }
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(239)))-1;} }
	goto st239;
tr313:
	{ {p = (( IMW_SKIP_TO(239)))-1;} }
	goto st239;
tr315:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(239)))-1;} }
	goto st239;
st239:
	p += 1;
case 239:
	switch( (*p) ) {
		case 46u: goto tr312;
		case 93u: goto tr314;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr313;
	goto st0;
tr312:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SECTION_PART); }
	goto st240;
st240:
	p += 1;
case 240:
	switch( (*p) ) {
		case 72u: goto st241;
		case 77u: goto st272;
		case 84u: goto st276;
		case 104u: goto st241;
		case 109u: goto st272;
		case 116u: goto st276;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr315;
	goto st0;
st241:
	p += 1;
case 241:
	switch( (*p) ) {
		case 69u: goto st242;
		case 101u: goto st242;
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
		case 68u: goto st244;
		case 100u: goto st244;
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
		case 82u: goto st246;
		case 114u: goto st246;
	}
	goto st0;
st246:
	p += 1;
case 246:
	switch( (*p) ) {
		case 46u: goto st247;
		case 93u: goto st258;
	}
	goto st0;
st247:
	p += 1;
case 247:
	switch( (*p) ) {
		case 70u: goto st248;
		case 102u: goto st248;
	}
	goto st0;
st248:
	p += 1;
case 248:
	switch( (*p) ) {
		case 73u: goto st249;
		case 105u: goto st249;
	}
	goto st0;
st249:
	p += 1;
case 249:
	switch( (*p) ) {
		case 69u: goto st250;
		case 101u: goto st250;
	}
	goto st0;
st250:
	p += 1;
case 250:
	switch( (*p) ) {
		case 76u: goto st251;
		case 108u: goto st251;
	}
	goto st0;
st251:
	p += 1;
case 251:
	switch( (*p) ) {
		case 68u: goto st252;
		case 100u: goto st252;
	}
	goto st0;
st252:
	p += 1;
case 252:
	switch( (*p) ) {
		case 83u: goto st253;
		case 115u: goto st253;
	}
	goto st0;
st253:
	p += 1;
case 253:
	switch( (*p) ) {
		case 32u: goto st254;
		case 46u: goto st268;
	}
	goto st0;
st254:
	p += 1;
case 254:
	if ( (*p) == 40u )
		goto tr331;
	goto st0;
tr335:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st255;
tr352:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st255;
tr331:
	{ IMW_EV_OPEN(IMW_RULE_HEADER_LIST); }
	goto st255;
st255:
	p += 1;
case 255:
	switch( (*p) ) {
		case 34u: goto tr333;
		case 123u: goto tr334;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr332;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr332;
		} else if ( (*p) >= 43u )
			goto tr332;
	} else
		goto tr332;
	goto st0;
tr336:
	{ {p = (( IMW_SKIP_TO(256)))-1;} }
	goto st256;
tr332:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(256)))-1;} }
	goto st256;
st256:
	p += 1;
case 256:
	switch( (*p) ) {
		case 32u: goto tr335;
		case 33u: goto tr336;
		case 41u: goto tr337;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr336;
		} else if ( (*p) >= 35u )
			goto tr336;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr336;
		} else if ( (*p) >= 93u )
			goto tr336;
	} else
		goto tr336;
	goto st0;
tr337:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st257;
tr353:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st257;
st257:
	p += 1;
case 257:
	if ( (*p) == 93u )
		goto tr338;
	goto st0;
tr314:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SECTION_PART); }
	goto st258;
tr338:
	{ IMW_EV_CLOSE(IMW_RULE_HEADER_LIST); }
	goto st258;
st258:
	p += 1;
case 258:
	switch( (*p) ) {
		case 13u: goto tr339;
		case 32u: goto tr340;
		case 60u: goto tr341;
	}
	goto st0;
tr342:
	{ {p = (( IMW_SKIP_TO(259)))-1;} }
	goto st259;
tr333:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(259)))-1;} }
	goto st259;
st259:
	p += 1;
case 259:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr343;
		case 92u: goto tr344;
	}
	goto tr342;
tr343:
	{ {p = (( IMW_SKIP_TO(260)))-1;} }
	goto st260;
st260:
	p += 1;
case 260:
	switch( (*p) ) {
		case 32u: goto tr335;
		case 41u: goto tr337;
	}
	goto st0;
tr344:
	{ {p = (( IMW_SKIP_TO(261)))-1;} }
	goto st261;
st261:
	p += 1;
case 261:
	switch( (*p) ) {
		case 34u: goto tr342;
		case 92u: goto tr342;
	}
	goto st0;
tr334:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(262)))-1;} }
	goto st262;
st262:
	p += 1;
case 262:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr345;
	goto st0;
tr347:
	{ {p = (( IMW_SKIP_TO(263)))-1;} }
	goto st263;
tr345:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(263)))-1;} }
	goto st263;
st263:
	p += 1;
case 263:
	switch( (*p) ) {
		case 43u: goto tr346;
		case 125u: goto tr348;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr347;
	goto st0;
tr346:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(264)))-1;} }
	goto st264;
st264:
	p += 1;
case 264:
	if ( (*p) == 125u )
		goto tr349;
	goto st0;
tr349:
	{ {p = (( IMW_SKIP_TO(265)))-1;} }
	goto st265;
tr348:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(265)))-1;} }
	goto st265;
st265:
	p += 1;
case 265:
	if ( (*p) == 13u )
		goto tr350;
	goto st0;
tr350:
	{ {p = (( IMW_SKIP_TO(266)))-1;} }
	goto st266;
st266:
	p += 1;
case 266:
	if ( (*p) == 10u )
		goto tr351;
	goto st0;
tr351:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(267)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 267; goto _out;} }
	goto st267;
st267:
	p += 1;
case 267:
	switch( (*p) ) {
		case 32u: goto tr352;
		case 41u: goto tr353;
	}
	goto st0;
st268:
	p += 1;
case 268:
	switch( (*p) ) {
		case 78u: goto st269;
		case 110u: goto st269;
	}
	goto st0;
st269:
	p += 1;
case 269:
	switch( (*p) ) {
		case 79u: goto st270;
		case 111u: goto st270;
	}
	goto st0;
st270:
	p += 1;
case 270:
	switch( (*p) ) {
		case 84u: goto st271;
		case 116u: goto st271;
	}
	goto st0;
st271:
	p += 1;
case 271:
	if ( (*p) == 32u )
		goto st254;
	goto st0;
st272:
	p += 1;
case 272:
	switch( (*p) ) {
		case 73u: goto st273;
		case 105u: goto st273;
	}
	goto st0;
st273:
	p += 1;
case 273:
	switch( (*p) ) {
		case 77u: goto st274;
		case 109u: goto st274;
	}
	goto st0;
st274:
	p += 1;
case 274:
	switch( (*p) ) {
		case 69u: goto st275;
		case 101u: goto st275;
	}
	goto st0;
st275:
	p += 1;
case 275:
	if ( (*p) == 93u )
		goto st258;
	goto st0;
st276:
	p += 1;
case 276:
	switch( (*p) ) {
		case 69u: goto st277;
		case 101u: goto st277;
	}
	goto st0;
st277:
	p += 1;
case 277:
	switch( (*p) ) {
		case 88u: goto st278;
		case 120u: goto st278;
	}
	goto st0;
st278:
	p += 1;
case 278:
	switch( (*p) ) {
		case 84u: goto st275;
		case 116u: goto st275;
	}
	goto st0;
st279:
	p += 1;
case 279:
	switch( (*p) ) {
		case 84u: goto st280;
		case 116u: goto st280;
	}
	goto st0;
st280:
	p += 1;
case 280:
	switch( (*p) ) {
		case 82u: goto st281;
		case 114u: goto st281;
	}
	goto st0;
st281:
	p += 1;
case 281:
	switch( (*p) ) {
		case 85u: goto st282;
		case 117u: goto st282;
	}
	goto st0;
st282:
	p += 1;
case 282:
	switch( (*p) ) {
		case 67u: goto st283;
		case 99u: goto st283;
	}
	goto st0;
st283:
	p += 1;
case 283:
	switch( (*p) ) {
		case 84u: goto st284;
		case 116u: goto st284;
	}
	goto st0;
st284:
	p += 1;
case 284:
	switch( (*p) ) {
		case 85u: goto st285;
		case 117u: goto st285;
	}
	goto st0;
st285:
	p += 1;
case 285:
	switch( (*p) ) {
		case 82u: goto st286;
		case 114u: goto st286;
	}
	goto st0;
st286:
	p += 1;
case 286:
	switch( (*p) ) {
		case 69u: goto st21;
		case 101u: goto st21;
	}
	goto st0;
st287:
	p += 1;
case 287:
	switch( (*p) ) {
		case 77u: goto st288;
		case 78u: goto st293;
		case 109u: goto st288;
		case 110u: goto st293;
	}
	goto st0;
st288:
	p += 1;
case 288:
	switch( (*p) ) {
		case 65u: goto st289;
		case 97u: goto st289;
	}
	goto st0;
st289:
	p += 1;
case 289:
	switch( (*p) ) {
		case 73u: goto st290;
		case 105u: goto st290;
	}
	goto st0;
st290:
	p += 1;
case 290:
	switch( (*p) ) {
		case 76u: goto st291;
		case 108u: goto st291;
	}
	goto st0;
st291:
	p += 1;
case 291:
	switch( (*p) ) {
		case 73u: goto st292;
		case 105u: goto st292;
	}
	goto st0;
st292:
	p += 1;
case 292:
	switch( (*p) ) {
		case 68u: goto st21;
		case 100u: goto st21;
	}
	goto st0;
st293:
	p += 1;
case 293:
	switch( (*p) ) {
		case 86u: goto st294;
		case 118u: goto st294;
	}
	goto st0;
st294:
	p += 1;
case 294:
	switch( (*p) ) {
		case 69u: goto st295;
		case 101u: goto st295;
	}
	goto st0;
st295:
	p += 1;
case 295:
	switch( (*p) ) {
		case 76u: goto st296;
		case 108u: goto st296;
	}
	goto st0;
st296:
	p += 1;
case 296:
	switch( (*p) ) {
		case 79u: goto st297;
		case 111u: goto st297;
	}
	goto st0;
st297:
	p += 1;
case 297:
	switch( (*p) ) {
		case 80u: goto st286;
		case 112u: goto st286;
	}
	goto st0;
st298:
	p += 1;
case 298:
	switch( (*p) ) {
		case 65u: goto st299;
		case 76u: goto st301;
		case 85u: goto st202;
		case 97u: goto st299;
		case 108u: goto st301;
		case 117u: goto st202;
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
	switch( (*p) ) {
		case 84u: goto st21;
		case 116u: goto st21;
	}
	goto st0;
st301:
	p += 1;
case 301:
	switch( (*p) ) {
		case 65u: goto st302;
		case 97u: goto st302;
	}
	goto st0;
st302:
	p += 1;
case 302:
	switch( (*p) ) {
		case 71u: goto st303;
		case 103u: goto st303;
	}
	goto st0;
st303:
	p += 1;
case 303:
	switch( (*p) ) {
		case 83u: goto st21;
		case 115u: goto st21;
	}
	goto st0;
st304:
	p += 1;
case 304:
	switch( (*p) ) {
		case 78u: goto st305;
		case 110u: goto st305;
	}
	goto st0;
st305:
	p += 1;
case 305:
	switch( (*p) ) {
		case 84u: goto st306;
		case 116u: goto st306;
	}
	goto st0;
st306:
	p += 1;
case 306:
	switch( (*p) ) {
		case 69u: goto st307;
		case 101u: goto st307;
	}
	goto st0;
st307:
	p += 1;
case 307:
	switch( (*p) ) {
		case 82u: goto st308;
		case 114u: goto st308;
	}
	goto st0;
st308:
	p += 1;
case 308:
	switch( (*p) ) {
		case 78u: goto st309;
		case 110u: goto st309;
	}
	goto st0;
st309:
	p += 1;
case 309:
	switch( (*p) ) {
		case 65u: goto st310;
		case 97u: goto st310;
	}
	goto st0;
st310:
	p += 1;
case 310:
	switch( (*p) ) {
		case 76u: goto st311;
		case 108u: goto st311;
	}
	goto st0;
st311:
	p += 1;
case 311:
	switch( (*p) ) {
		case 68u: goto st312;
		case 100u: goto st312;
	}
	goto st0;
st312:
	p += 1;
case 312:
	switch( (*p) ) {
		case 65u: goto st313;
		case 97u: goto st313;
	}
	goto st0;
st313:
	p += 1;
case 313:
	switch( (*p) ) {
		case 84u: goto st286;
		case 116u: goto st286;
	}
	goto st0;
st314:
	p += 1;
case 314:
	switch( (*p) ) {
		case 79u: goto st315;
		case 111u: goto st315;
	}
	goto st0;
st315:
	p += 1;
case 315:
	switch( (*p) ) {
		case 68u: goto st316;
		case 100u: goto st316;
	}
	goto st0;
st316:
	p += 1;
case 316:
	switch( (*p) ) {
		case 83u: goto st317;
		case 115u: goto st317;
	}
	goto st0;
st317:
	p += 1;
case 317:
	switch( (*p) ) {
		case 69u: goto st318;
		case 101u: goto st318;
	}
	goto st0;
st318:
	p += 1;
case 318:
	switch( (*p) ) {
		case 81u: goto st21;
		case 113u: goto st21;
	}
	goto st0;
st319:
	p += 1;
case 319:
	switch( (*p) ) {
		case 82u: goto st320;
		case 114u: goto st320;
	}
	goto st0;
st320:
	p += 1;
case 320:
	switch( (*p) ) {
		case 69u: goto st321;
		case 101u: goto st321;
	}
	goto st0;
st321:
	p += 1;
case 321:
	switch( (*p) ) {
		case 86u: goto st322;
		case 118u: goto st322;
	}
	goto st0;
st322:
	p += 1;
case 322:
	switch( (*p) ) {
		case 73u: goto st323;
		case 105u: goto st323;
	}
	goto st0;
st323:
	p += 1;
case 323:
	switch( (*p) ) {
		case 69u: goto st324;
		case 101u: goto st324;
	}
	goto st0;
st324:
	p += 1;
case 324:
	switch( (*p) ) {
		case 87u: goto st325;
		case 119u: goto st325;
	}
	goto st0;
st325:
	p += 1;
case 325:
	switch( (*p) ) {
		case 13u: goto tr49;
		case 32u: goto st326;
	}
	goto st0;
st326:
	p += 1;
case 326:
	if ( (*p) == 40u )
		goto st327;
	goto st0;
st327:
	p += 1;
case 327:
	switch( (*p) ) {
		case 67u: goto st50;
		case 76u: goto st328;
		case 95u: goto st24;
		case 99u: goto st50;
		case 108u: goto st328;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st24;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st24;
	} else
		goto st24;
	goto st0;
st328:
	p += 1;
case 328:
	switch( (*p) ) {
		case 32u: goto st25;
		case 41u: goto st27;
		case 65u: goto st329;
		case 95u: goto st24;
		case 97u: goto st329;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st24;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 98u <= (*p) && (*p) <= 122u )
				goto st24;
		} else if ( (*p) >= 66u )
			goto st24;
	} else
		goto st24;
	goto st0;
st329:
	p += 1;
case 329:
	switch( (*p) ) {
		case 32u: goto st25;
		case 41u: goto st27;
		case 90u: goto st330;
		case 95u: goto st24;
		case 122u: goto st330;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st24;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 89u ) {
			if ( 97u <= (*p) && (*p) <= 121u )
				goto st24;
		} else if ( (*p) >= 65u )
			goto st24;
	} else
		goto st24;
	goto st0;
st330:
	p += 1;
case 330:
	switch( (*p) ) {
		case 32u: goto st25;
		case 41u: goto st27;
		case 89u: goto st331;
		case 95u: goto st24;
		case 121u: goto st331;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st24;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st24;
		} else if ( (*p) >= 65u )
			goto st24;
	} else
		goto st24;
	goto st0;
st331:
	p += 1;
case 331:
	switch( (*p) ) {
		case 32u: goto st332;
		case 41u: goto st21;
		case 95u: goto st24;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st24;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st24;
		} else if ( (*p) >= 65u )
			goto st24;
	} else
		goto st24;
	goto st0;
st332:
	p += 1;
case 332:
	switch( (*p) ) {
		case 36u: goto tr56;
		case 40u: goto tr57;
		case 42u: goto tr58;
		case 48u: goto tr59;
		case 67u: goto st50;
		case 76u: goto st328;
		case 95u: goto st24;
		case 99u: goto st50;
		case 108u: goto st328;
	}
	if ( (*p) < 49u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st24;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st24;
		} else if ( (*p) >= 65u )
			goto st24;
	} else
		goto tr60;
	goto st0;
st333:
	p += 1;
case 333:
	switch( (*p) ) {
		case 70u: goto st334;
		case 102u: goto st334;
	}
	goto st0;
st334:
	p += 1;
case 334:
	switch( (*p) ) {
		case 67u: goto st335;
		case 99u: goto st335;
	}
	goto st0;
st335:
	p += 1;
case 335:
	if ( (*p) == 56u )
		goto st336;
	goto st0;
st336:
	p += 1;
case 336:
	if ( (*p) == 50u )
		goto st337;
	goto st0;
st337:
	p += 1;
case 337:
	if ( (*p) == 50u )
		goto st338;
	goto st0;
st338:
	p += 1;
case 338:
	switch( (*p) ) {
		case 13u: goto tr49;
		case 32u: goto st22;
		case 46u: goto st339;
	}
	goto st0;
st339:
	p += 1;
case 339:
	switch( (*p) ) {
		case 72u: goto st340;
		case 83u: goto st345;
		case 84u: goto st347;
		case 104u: goto st340;
		case 115u: goto st345;
		case 116u: goto st347;
	}
	goto st0;
st340:
	p += 1;
case 340:
	switch( (*p) ) {
		case 69u: goto st341;
		case 101u: goto st341;
	}
	goto st0;
st341:
	p += 1;
case 341:
	switch( (*p) ) {
		case 65u: goto st342;
		case 97u: goto st342;
	}
	goto st0;
st342:
	p += 1;
case 342:
	switch( (*p) ) {
		case 68u: goto st343;
		case 100u: goto st343;
	}
	goto st0;
st343:
	p += 1;
case 343:
	switch( (*p) ) {
		case 69u: goto st344;
		case 101u: goto st344;
	}
	goto st0;
st344:
	p += 1;
case 344:
	switch( (*p) ) {
		case 82u: goto st21;
		case 114u: goto st21;
	}
	goto st0;
st345:
	p += 1;
case 345:
	switch( (*p) ) {
		case 73u: goto st346;
		case 105u: goto st346;
	}
	goto st0;
st346:
	p += 1;
case 346:
	switch( (*p) ) {
		case 90u: goto st286;
		case 122u: goto st286;
	}
	goto st0;
st347:
	p += 1;
case 347:
	switch( (*p) ) {
		case 69u: goto st348;
		case 101u: goto st348;
	}
	goto st0;
st348:
	p += 1;
case 348:
	switch( (*p) ) {
		case 88u: goto st300;
		case 120u: goto st300;
	}
	goto st0;
st349:
	p += 1;
case 349:
	switch( (*p) ) {
		case 65u: goto st350;
		case 97u: goto st350;
	}
	goto st0;
st350:
	p += 1;
case 350:
	switch( (*p) ) {
		case 86u: goto st351;
		case 118u: goto st351;
	}
	goto st0;
st351:
	p += 1;
case 351:
	switch( (*p) ) {
		case 69u: goto st311;
		case 101u: goto st311;
	}
	goto st0;
st352:
	p += 1;
case 352:
	switch( (*p) ) {
		case 72u: goto st353;
		case 104u: goto st353;
	}
	goto st0;
st353:
	p += 1;
case 353:
	switch( (*p) ) {
		case 82u: goto st354;
		case 114u: goto st354;
	}
	goto st0;
st354:
	p += 1;
case 354:
	switch( (*p) ) {
		case 69u: goto st355;
		case 101u: goto st355;
	}
	goto st0;
st355:
	p += 1;
case 355:
	switch( (*p) ) {
		case 65u: goto st356;
		case 97u: goto st356;
	}
	goto st0;
st356:
	p += 1;
case 356:
	switch( (*p) ) {
		case 68u: goto st291;
		case 100u: goto st291;
	}
	goto st0;
tr3:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st357;
st357:
	p += 1;
case 357:
	switch( (*p) ) {
		case 32u: goto tr5;
		case 44u: goto st358;
		case 58u: goto st360;
	}
	goto st0;
st358:
	p += 1;
case 358:
	if ( (*p) == 42u )
		goto st357;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr433;
	goto st0;
tr4:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(359)))-1;} }
	goto st359;
tr433:
	{ {p = (( IMW_SKIP_TO(359)))-1;} }
	goto st359;
st359:
	p += 1;
case 359:
	switch( (*p) ) {
		case 32u: goto tr5;
		case 44u: goto st358;
		case 58u: goto st360;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr433;
	goto st0;
st360:
	p += 1;
case 360:
	if ( (*p) == 42u )
		goto st361;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr435;
	goto st0;
st361:
	p += 1;
case 361:
	switch( (*p) ) {
		case 32u: goto tr5;
		case 44u: goto st358;
	}
	goto st0;
tr435:
	{ {p = (( IMW_SKIP_TO(362)))-1;} }
	goto st362;
st362:
	p += 1;
case 362:
	switch( (*p) ) {
		case 32u: goto tr5;
		case 44u: goto st358;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr435;
	goto st0;
st363:
	p += 1;
case 363:
	if ( (*p) == 40u )
		goto st364;
	goto st0;
tr441:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st364;
tr455:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st364;
st364:
	p += 1;
case 364:
	switch( (*p) ) {
		case 34u: goto tr438;
		case 40u: goto tr439;
		case 123u: goto tr440;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr437;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr437;
		} else if ( (*p) >= 43u )
			goto tr437;
	} else
		goto tr437;
	goto st0;
tr442:
	{ {p = (( IMW_SKIP_TO(365)))-1;} }
	goto st365;
tr437:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(365)))-1;} }
	goto st365;
st365:
	p += 1;
case 365:
	switch( (*p) ) {
		case 32u: goto tr441;
		case 33u: goto tr442;
		case 41u: goto tr443;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr442;
		} else if ( (*p) >= 35u )
			goto tr442;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr442;
		} else if ( (*p) >= 93u )
			goto tr442;
	} else
		goto tr442;
	goto st0;
tr443:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_CALL_LEAVE(IMW_RULE_TAGGED_EXT_PAREN); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st377;
tr447:
	{ IMW_CALL_LEAVE(IMW_RULE_TAGGED_EXT_PAREN); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st377;
tr456:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_CALL_LEAVE(IMW_RULE_TAGGED_EXT_PAREN); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st377;
st377:
	p += 1;
case 377:
	goto st0;
tr444:
	{ {p = (( IMW_SKIP_TO(366)))-1;} }
	goto st366;
tr438:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(366)))-1;} }
	goto st366;
st366:
	p += 1;
case 366:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr445;
		case 92u: goto tr446;
	}
	goto tr444;
tr445:
	{ {p = (( IMW_SKIP_TO(367)))-1;} }
	goto st367;
st367:
	p += 1;
case 367:
	switch( (*p) ) {
		case 32u: goto tr441;
		case 41u: goto tr443;
	}
	goto st0;
tr446:
	{ {p = (( IMW_SKIP_TO(368)))-1;} }
	goto st368;
st368:
	p += 1;
case 368:
	switch( (*p) ) {
		case 34u: goto tr444;
		case 92u: goto tr444;
	}
	goto st0;
tr439:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_TAGGED_EXT_PAREN)) {p++; cs = 369; goto _out;} {( imw_stack)[( imw_top)++] = 369;goto st363;} }
	goto st369;
st369:
	p += 1;
case 369:
	switch( (*p) ) {
		case 32u: goto st364;
		case 41u: goto tr447;
	}
	goto st0;
tr440:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(370)))-1;} }
	goto st370;
st370:
	p += 1;
case 370:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr448;
	goto st0;
tr450:
	{ {p = (( IMW_SKIP_TO(371)))-1;} }
	goto st371;
tr448:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(371)))-1;} }
	goto st371;
st371:
	p += 1;
case 371:
	switch( (*p) ) {
		case 43u: goto tr449;
		case 125u: goto tr451;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr450;
	goto st0;
tr449:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(372)))-1;} }
	goto st372;
st372:
	p += 1;
case 372:
	if ( (*p) == 125u )
		goto tr452;
	goto st0;
tr452:
	{ {p = (( IMW_SKIP_TO(373)))-1;} }
	goto st373;
tr451:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(373)))-1;} }
	goto st373;
st373:
	p += 1;
case 373:
	if ( (*p) == 13u )
		goto tr453;
	goto st0;
tr453:
	{ {p = (( IMW_SKIP_TO(374)))-1;} }
	goto st374;
st374:
	p += 1;
case 374:
	if ( (*p) == 10u )
		goto tr454;
	goto st0;
tr454:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(375)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 375; goto _out;} }
	goto st375;
st375:
	p += 1;
case 375:
	switch( (*p) ) {
		case 32u: goto tr455;
		case 41u: goto tr456;
	}
	goto st0;
	}

	_out: {}
	}


    (void)imw_fetch_args_error;
    (void)imw_stack;
    return imw_sub_machine_end(run, cs >= imw_fetch_args_first_final, p);
}
