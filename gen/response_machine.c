
/* The response machine: Ragel glue around the definitions that abnf2rl
 * generates from grammar/ (gen/response_grammar.rl).  `make regen` turns
 * this file into gen/response_machine.c.  Actions stay one line: they call
 * into src/run.c. */
#include "response.h"

/* Ragel's -G2 code falls from one state's case into the next on purpose. */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif

/* Used by the actions abnf2rl generates from grammar/bindings. */
#define IMW_AT() ((size_t)(p - run->data))
#define IMW_EV_OPEN(rule) imw_run_open(run, (rule), IMW_AT())
#define IMW_EV_CLOSE(rule) imw_run_close(run, (rule), IMW_AT())
#define IMW_CALL_ENTER(rule) imw_run_call_enter(run, (rule), IMW_AT())
#define IMW_CALL_LEAVE(rule) ((void)0)





static const int imw_response_start = 1;
static const int imw_response_first_final = 2349;
static const int imw_response_error = 0;



int imw_response_machine_run(struct imw_run *run)
{
    const unsigned char *p = run->data;
    const unsigned char *pe = p + run->len;
    const unsigned char *eof = pe; /* the message is complete */
    int cs;

    
	{
	cs = imw_response_start;
	( run->top) = 0;
	}

    
	{
	if ( p == pe )
		goto _test_eof;
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
		case 2349: goto st2349;
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
		case 35: goto st35;
		case 36: goto st36;
		case 37: goto st37;
		case 38: goto st38;
		case 39: goto st39;
		case 40: goto st40;
		case 41: goto st41;
		case 2350: goto st2350;
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
		case 2351: goto st2351;
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
		case 376: goto st376;
		case 377: goto st377;
		case 378: goto st378;
		case 379: goto st379;
		case 380: goto st380;
		case 381: goto st381;
		case 382: goto st382;
		case 383: goto st383;
		case 384: goto st384;
		case 385: goto st385;
		case 386: goto st386;
		case 387: goto st387;
		case 388: goto st388;
		case 389: goto st389;
		case 390: goto st390;
		case 391: goto st391;
		case 392: goto st392;
		case 393: goto st393;
		case 394: goto st394;
		case 395: goto st395;
		case 396: goto st396;
		case 397: goto st397;
		case 398: goto st398;
		case 399: goto st399;
		case 400: goto st400;
		case 401: goto st401;
		case 402: goto st402;
		case 403: goto st403;
		case 404: goto st404;
		case 405: goto st405;
		case 406: goto st406;
		case 407: goto st407;
		case 408: goto st408;
		case 409: goto st409;
		case 410: goto st410;
		case 411: goto st411;
		case 412: goto st412;
		case 413: goto st413;
		case 414: goto st414;
		case 415: goto st415;
		case 416: goto st416;
		case 417: goto st417;
		case 418: goto st418;
		case 419: goto st419;
		case 420: goto st420;
		case 421: goto st421;
		case 422: goto st422;
		case 423: goto st423;
		case 424: goto st424;
		case 425: goto st425;
		case 426: goto st426;
		case 427: goto st427;
		case 428: goto st428;
		case 429: goto st429;
		case 430: goto st430;
		case 431: goto st431;
		case 432: goto st432;
		case 433: goto st433;
		case 434: goto st434;
		case 435: goto st435;
		case 436: goto st436;
		case 437: goto st437;
		case 438: goto st438;
		case 439: goto st439;
		case 440: goto st440;
		case 441: goto st441;
		case 442: goto st442;
		case 443: goto st443;
		case 444: goto st444;
		case 445: goto st445;
		case 446: goto st446;
		case 447: goto st447;
		case 448: goto st448;
		case 449: goto st449;
		case 450: goto st450;
		case 451: goto st451;
		case 452: goto st452;
		case 453: goto st453;
		case 454: goto st454;
		case 455: goto st455;
		case 456: goto st456;
		case 457: goto st457;
		case 458: goto st458;
		case 459: goto st459;
		case 460: goto st460;
		case 461: goto st461;
		case 462: goto st462;
		case 463: goto st463;
		case 464: goto st464;
		case 465: goto st465;
		case 466: goto st466;
		case 467: goto st467;
		case 468: goto st468;
		case 469: goto st469;
		case 470: goto st470;
		case 471: goto st471;
		case 472: goto st472;
		case 473: goto st473;
		case 474: goto st474;
		case 475: goto st475;
		case 476: goto st476;
		case 477: goto st477;
		case 478: goto st478;
		case 479: goto st479;
		case 480: goto st480;
		case 481: goto st481;
		case 482: goto st482;
		case 483: goto st483;
		case 484: goto st484;
		case 485: goto st485;
		case 486: goto st486;
		case 487: goto st487;
		case 488: goto st488;
		case 489: goto st489;
		case 490: goto st490;
		case 491: goto st491;
		case 492: goto st492;
		case 493: goto st493;
		case 494: goto st494;
		case 495: goto st495;
		case 496: goto st496;
		case 497: goto st497;
		case 498: goto st498;
		case 499: goto st499;
		case 500: goto st500;
		case 501: goto st501;
		case 502: goto st502;
		case 503: goto st503;
		case 504: goto st504;
		case 505: goto st505;
		case 506: goto st506;
		case 507: goto st507;
		case 508: goto st508;
		case 509: goto st509;
		case 510: goto st510;
		case 511: goto st511;
		case 512: goto st512;
		case 513: goto st513;
		case 514: goto st514;
		case 515: goto st515;
		case 516: goto st516;
		case 517: goto st517;
		case 518: goto st518;
		case 519: goto st519;
		case 520: goto st520;
		case 521: goto st521;
		case 522: goto st522;
		case 523: goto st523;
		case 524: goto st524;
		case 525: goto st525;
		case 526: goto st526;
		case 527: goto st527;
		case 528: goto st528;
		case 529: goto st529;
		case 530: goto st530;
		case 531: goto st531;
		case 532: goto st532;
		case 533: goto st533;
		case 534: goto st534;
		case 535: goto st535;
		case 536: goto st536;
		case 537: goto st537;
		case 538: goto st538;
		case 539: goto st539;
		case 540: goto st540;
		case 541: goto st541;
		case 542: goto st542;
		case 543: goto st543;
		case 544: goto st544;
		case 545: goto st545;
		case 546: goto st546;
		case 547: goto st547;
		case 548: goto st548;
		case 549: goto st549;
		case 550: goto st550;
		case 551: goto st551;
		case 552: goto st552;
		case 553: goto st553;
		case 554: goto st554;
		case 555: goto st555;
		case 556: goto st556;
		case 557: goto st557;
		case 558: goto st558;
		case 559: goto st559;
		case 560: goto st560;
		case 561: goto st561;
		case 562: goto st562;
		case 563: goto st563;
		case 564: goto st564;
		case 565: goto st565;
		case 566: goto st566;
		case 567: goto st567;
		case 568: goto st568;
		case 569: goto st569;
		case 570: goto st570;
		case 571: goto st571;
		case 572: goto st572;
		case 573: goto st573;
		case 574: goto st574;
		case 575: goto st575;
		case 576: goto st576;
		case 577: goto st577;
		case 578: goto st578;
		case 579: goto st579;
		case 580: goto st580;
		case 581: goto st581;
		case 582: goto st582;
		case 583: goto st583;
		case 584: goto st584;
		case 585: goto st585;
		case 586: goto st586;
		case 587: goto st587;
		case 588: goto st588;
		case 589: goto st589;
		case 590: goto st590;
		case 591: goto st591;
		case 592: goto st592;
		case 593: goto st593;
		case 594: goto st594;
		case 595: goto st595;
		case 596: goto st596;
		case 597: goto st597;
		case 598: goto st598;
		case 599: goto st599;
		case 600: goto st600;
		case 601: goto st601;
		case 602: goto st602;
		case 603: goto st603;
		case 604: goto st604;
		case 605: goto st605;
		case 606: goto st606;
		case 607: goto st607;
		case 608: goto st608;
		case 609: goto st609;
		case 610: goto st610;
		case 611: goto st611;
		case 612: goto st612;
		case 613: goto st613;
		case 614: goto st614;
		case 615: goto st615;
		case 616: goto st616;
		case 617: goto st617;
		case 618: goto st618;
		case 619: goto st619;
		case 620: goto st620;
		case 621: goto st621;
		case 622: goto st622;
		case 623: goto st623;
		case 624: goto st624;
		case 625: goto st625;
		case 626: goto st626;
		case 627: goto st627;
		case 628: goto st628;
		case 629: goto st629;
		case 630: goto st630;
		case 631: goto st631;
		case 632: goto st632;
		case 633: goto st633;
		case 634: goto st634;
		case 635: goto st635;
		case 636: goto st636;
		case 637: goto st637;
		case 638: goto st638;
		case 639: goto st639;
		case 640: goto st640;
		case 641: goto st641;
		case 642: goto st642;
		case 643: goto st643;
		case 644: goto st644;
		case 645: goto st645;
		case 646: goto st646;
		case 647: goto st647;
		case 648: goto st648;
		case 649: goto st649;
		case 650: goto st650;
		case 651: goto st651;
		case 652: goto st652;
		case 653: goto st653;
		case 654: goto st654;
		case 655: goto st655;
		case 656: goto st656;
		case 657: goto st657;
		case 658: goto st658;
		case 659: goto st659;
		case 660: goto st660;
		case 661: goto st661;
		case 662: goto st662;
		case 663: goto st663;
		case 664: goto st664;
		case 665: goto st665;
		case 666: goto st666;
		case 667: goto st667;
		case 668: goto st668;
		case 669: goto st669;
		case 670: goto st670;
		case 671: goto st671;
		case 672: goto st672;
		case 673: goto st673;
		case 674: goto st674;
		case 675: goto st675;
		case 676: goto st676;
		case 677: goto st677;
		case 678: goto st678;
		case 679: goto st679;
		case 680: goto st680;
		case 681: goto st681;
		case 682: goto st682;
		case 683: goto st683;
		case 684: goto st684;
		case 685: goto st685;
		case 686: goto st686;
		case 687: goto st687;
		case 688: goto st688;
		case 689: goto st689;
		case 690: goto st690;
		case 691: goto st691;
		case 692: goto st692;
		case 693: goto st693;
		case 694: goto st694;
		case 695: goto st695;
		case 696: goto st696;
		case 697: goto st697;
		case 698: goto st698;
		case 699: goto st699;
		case 700: goto st700;
		case 701: goto st701;
		case 702: goto st702;
		case 703: goto st703;
		case 704: goto st704;
		case 705: goto st705;
		case 706: goto st706;
		case 707: goto st707;
		case 708: goto st708;
		case 709: goto st709;
		case 710: goto st710;
		case 711: goto st711;
		case 712: goto st712;
		case 713: goto st713;
		case 714: goto st714;
		case 715: goto st715;
		case 716: goto st716;
		case 717: goto st717;
		case 718: goto st718;
		case 719: goto st719;
		case 720: goto st720;
		case 721: goto st721;
		case 722: goto st722;
		case 723: goto st723;
		case 724: goto st724;
		case 725: goto st725;
		case 726: goto st726;
		case 727: goto st727;
		case 728: goto st728;
		case 729: goto st729;
		case 730: goto st730;
		case 731: goto st731;
		case 732: goto st732;
		case 733: goto st733;
		case 734: goto st734;
		case 735: goto st735;
		case 736: goto st736;
		case 737: goto st737;
		case 738: goto st738;
		case 739: goto st739;
		case 740: goto st740;
		case 741: goto st741;
		case 742: goto st742;
		case 743: goto st743;
		case 744: goto st744;
		case 745: goto st745;
		case 746: goto st746;
		case 2352: goto st2352;
		case 747: goto st747;
		case 748: goto st748;
		case 749: goto st749;
		case 750: goto st750;
		case 751: goto st751;
		case 752: goto st752;
		case 753: goto st753;
		case 754: goto st754;
		case 755: goto st755;
		case 756: goto st756;
		case 757: goto st757;
		case 758: goto st758;
		case 759: goto st759;
		case 760: goto st760;
		case 761: goto st761;
		case 762: goto st762;
		case 763: goto st763;
		case 764: goto st764;
		case 765: goto st765;
		case 766: goto st766;
		case 767: goto st767;
		case 768: goto st768;
		case 769: goto st769;
		case 770: goto st770;
		case 771: goto st771;
		case 772: goto st772;
		case 773: goto st773;
		case 774: goto st774;
		case 775: goto st775;
		case 776: goto st776;
		case 777: goto st777;
		case 778: goto st778;
		case 779: goto st779;
		case 780: goto st780;
		case 781: goto st781;
		case 782: goto st782;
		case 783: goto st783;
		case 784: goto st784;
		case 785: goto st785;
		case 786: goto st786;
		case 787: goto st787;
		case 788: goto st788;
		case 789: goto st789;
		case 790: goto st790;
		case 791: goto st791;
		case 792: goto st792;
		case 793: goto st793;
		case 794: goto st794;
		case 795: goto st795;
		case 796: goto st796;
		case 797: goto st797;
		case 798: goto st798;
		case 799: goto st799;
		case 800: goto st800;
		case 801: goto st801;
		case 802: goto st802;
		case 803: goto st803;
		case 804: goto st804;
		case 805: goto st805;
		case 806: goto st806;
		case 807: goto st807;
		case 808: goto st808;
		case 809: goto st809;
		case 810: goto st810;
		case 811: goto st811;
		case 812: goto st812;
		case 813: goto st813;
		case 814: goto st814;
		case 815: goto st815;
		case 816: goto st816;
		case 817: goto st817;
		case 818: goto st818;
		case 819: goto st819;
		case 820: goto st820;
		case 821: goto st821;
		case 822: goto st822;
		case 823: goto st823;
		case 824: goto st824;
		case 825: goto st825;
		case 826: goto st826;
		case 827: goto st827;
		case 828: goto st828;
		case 829: goto st829;
		case 830: goto st830;
		case 831: goto st831;
		case 832: goto st832;
		case 833: goto st833;
		case 834: goto st834;
		case 835: goto st835;
		case 836: goto st836;
		case 837: goto st837;
		case 838: goto st838;
		case 839: goto st839;
		case 840: goto st840;
		case 841: goto st841;
		case 842: goto st842;
		case 843: goto st843;
		case 844: goto st844;
		case 845: goto st845;
		case 846: goto st846;
		case 847: goto st847;
		case 848: goto st848;
		case 849: goto st849;
		case 850: goto st850;
		case 851: goto st851;
		case 852: goto st852;
		case 853: goto st853;
		case 854: goto st854;
		case 855: goto st855;
		case 856: goto st856;
		case 857: goto st857;
		case 858: goto st858;
		case 859: goto st859;
		case 860: goto st860;
		case 2353: goto st2353;
		case 861: goto st861;
		case 862: goto st862;
		case 863: goto st863;
		case 864: goto st864;
		case 865: goto st865;
		case 866: goto st866;
		case 867: goto st867;
		case 868: goto st868;
		case 869: goto st869;
		case 870: goto st870;
		case 871: goto st871;
		case 872: goto st872;
		case 873: goto st873;
		case 874: goto st874;
		case 875: goto st875;
		case 876: goto st876;
		case 877: goto st877;
		case 878: goto st878;
		case 879: goto st879;
		case 880: goto st880;
		case 881: goto st881;
		case 882: goto st882;
		case 883: goto st883;
		case 884: goto st884;
		case 885: goto st885;
		case 886: goto st886;
		case 887: goto st887;
		case 888: goto st888;
		case 889: goto st889;
		case 890: goto st890;
		case 891: goto st891;
		case 892: goto st892;
		case 893: goto st893;
		case 894: goto st894;
		case 2354: goto st2354;
		case 895: goto st895;
		case 896: goto st896;
		case 897: goto st897;
		case 898: goto st898;
		case 899: goto st899;
		case 900: goto st900;
		case 901: goto st901;
		case 902: goto st902;
		case 903: goto st903;
		case 904: goto st904;
		case 905: goto st905;
		case 906: goto st906;
		case 907: goto st907;
		case 908: goto st908;
		case 909: goto st909;
		case 910: goto st910;
		case 911: goto st911;
		case 912: goto st912;
		case 913: goto st913;
		case 914: goto st914;
		case 915: goto st915;
		case 916: goto st916;
		case 917: goto st917;
		case 918: goto st918;
		case 919: goto st919;
		case 920: goto st920;
		case 921: goto st921;
		case 922: goto st922;
		case 923: goto st923;
		case 924: goto st924;
		case 925: goto st925;
		case 926: goto st926;
		case 927: goto st927;
		case 928: goto st928;
		case 929: goto st929;
		case 930: goto st930;
		case 931: goto st931;
		case 932: goto st932;
		case 933: goto st933;
		case 934: goto st934;
		case 935: goto st935;
		case 936: goto st936;
		case 937: goto st937;
		case 938: goto st938;
		case 939: goto st939;
		case 940: goto st940;
		case 941: goto st941;
		case 942: goto st942;
		case 943: goto st943;
		case 944: goto st944;
		case 945: goto st945;
		case 946: goto st946;
		case 947: goto st947;
		case 948: goto st948;
		case 949: goto st949;
		case 950: goto st950;
		case 951: goto st951;
		case 952: goto st952;
		case 953: goto st953;
		case 954: goto st954;
		case 955: goto st955;
		case 956: goto st956;
		case 957: goto st957;
		case 958: goto st958;
		case 959: goto st959;
		case 960: goto st960;
		case 961: goto st961;
		case 962: goto st962;
		case 963: goto st963;
		case 964: goto st964;
		case 965: goto st965;
		case 966: goto st966;
		case 967: goto st967;
		case 968: goto st968;
		case 969: goto st969;
		case 970: goto st970;
		case 971: goto st971;
		case 972: goto st972;
		case 973: goto st973;
		case 974: goto st974;
		case 975: goto st975;
		case 976: goto st976;
		case 977: goto st977;
		case 978: goto st978;
		case 979: goto st979;
		case 980: goto st980;
		case 981: goto st981;
		case 982: goto st982;
		case 983: goto st983;
		case 984: goto st984;
		case 985: goto st985;
		case 986: goto st986;
		case 987: goto st987;
		case 988: goto st988;
		case 989: goto st989;
		case 990: goto st990;
		case 991: goto st991;
		case 992: goto st992;
		case 993: goto st993;
		case 994: goto st994;
		case 995: goto st995;
		case 996: goto st996;
		case 997: goto st997;
		case 998: goto st998;
		case 999: goto st999;
		case 1000: goto st1000;
		case 1001: goto st1001;
		case 1002: goto st1002;
		case 1003: goto st1003;
		case 1004: goto st1004;
		case 1005: goto st1005;
		case 1006: goto st1006;
		case 1007: goto st1007;
		case 1008: goto st1008;
		case 1009: goto st1009;
		case 1010: goto st1010;
		case 1011: goto st1011;
		case 1012: goto st1012;
		case 1013: goto st1013;
		case 1014: goto st1014;
		case 1015: goto st1015;
		case 1016: goto st1016;
		case 1017: goto st1017;
		case 1018: goto st1018;
		case 1019: goto st1019;
		case 1020: goto st1020;
		case 1021: goto st1021;
		case 1022: goto st1022;
		case 1023: goto st1023;
		case 1024: goto st1024;
		case 1025: goto st1025;
		case 1026: goto st1026;
		case 1027: goto st1027;
		case 1028: goto st1028;
		case 1029: goto st1029;
		case 1030: goto st1030;
		case 1031: goto st1031;
		case 1032: goto st1032;
		case 1033: goto st1033;
		case 1034: goto st1034;
		case 1035: goto st1035;
		case 1036: goto st1036;
		case 1037: goto st1037;
		case 1038: goto st1038;
		case 1039: goto st1039;
		case 1040: goto st1040;
		case 1041: goto st1041;
		case 1042: goto st1042;
		case 1043: goto st1043;
		case 1044: goto st1044;
		case 1045: goto st1045;
		case 1046: goto st1046;
		case 1047: goto st1047;
		case 1048: goto st1048;
		case 1049: goto st1049;
		case 1050: goto st1050;
		case 1051: goto st1051;
		case 1052: goto st1052;
		case 1053: goto st1053;
		case 1054: goto st1054;
		case 1055: goto st1055;
		case 1056: goto st1056;
		case 1057: goto st1057;
		case 1058: goto st1058;
		case 1059: goto st1059;
		case 1060: goto st1060;
		case 1061: goto st1061;
		case 1062: goto st1062;
		case 1063: goto st1063;
		case 1064: goto st1064;
		case 1065: goto st1065;
		case 1066: goto st1066;
		case 1067: goto st1067;
		case 1068: goto st1068;
		case 1069: goto st1069;
		case 1070: goto st1070;
		case 1071: goto st1071;
		case 1072: goto st1072;
		case 1073: goto st1073;
		case 1074: goto st1074;
		case 1075: goto st1075;
		case 1076: goto st1076;
		case 1077: goto st1077;
		case 1078: goto st1078;
		case 1079: goto st1079;
		case 1080: goto st1080;
		case 1081: goto st1081;
		case 1082: goto st1082;
		case 1083: goto st1083;
		case 1084: goto st1084;
		case 1085: goto st1085;
		case 1086: goto st1086;
		case 1087: goto st1087;
		case 1088: goto st1088;
		case 1089: goto st1089;
		case 1090: goto st1090;
		case 1091: goto st1091;
		case 1092: goto st1092;
		case 1093: goto st1093;
		case 1094: goto st1094;
		case 1095: goto st1095;
		case 1096: goto st1096;
		case 1097: goto st1097;
		case 1098: goto st1098;
		case 1099: goto st1099;
		case 1100: goto st1100;
		case 1101: goto st1101;
		case 1102: goto st1102;
		case 1103: goto st1103;
		case 1104: goto st1104;
		case 1105: goto st1105;
		case 1106: goto st1106;
		case 1107: goto st1107;
		case 1108: goto st1108;
		case 1109: goto st1109;
		case 1110: goto st1110;
		case 1111: goto st1111;
		case 1112: goto st1112;
		case 1113: goto st1113;
		case 1114: goto st1114;
		case 1115: goto st1115;
		case 1116: goto st1116;
		case 1117: goto st1117;
		case 1118: goto st1118;
		case 1119: goto st1119;
		case 1120: goto st1120;
		case 1121: goto st1121;
		case 1122: goto st1122;
		case 1123: goto st1123;
		case 1124: goto st1124;
		case 1125: goto st1125;
		case 1126: goto st1126;
		case 1127: goto st1127;
		case 1128: goto st1128;
		case 1129: goto st1129;
		case 1130: goto st1130;
		case 1131: goto st1131;
		case 1132: goto st1132;
		case 1133: goto st1133;
		case 1134: goto st1134;
		case 1135: goto st1135;
		case 1136: goto st1136;
		case 1137: goto st1137;
		case 1138: goto st1138;
		case 1139: goto st1139;
		case 1140: goto st1140;
		case 1141: goto st1141;
		case 1142: goto st1142;
		case 1143: goto st1143;
		case 1144: goto st1144;
		case 1145: goto st1145;
		case 1146: goto st1146;
		case 1147: goto st1147;
		case 1148: goto st1148;
		case 1149: goto st1149;
		case 1150: goto st1150;
		case 1151: goto st1151;
		case 1152: goto st1152;
		case 1153: goto st1153;
		case 1154: goto st1154;
		case 1155: goto st1155;
		case 1156: goto st1156;
		case 1157: goto st1157;
		case 1158: goto st1158;
		case 1159: goto st1159;
		case 1160: goto st1160;
		case 1161: goto st1161;
		case 1162: goto st1162;
		case 1163: goto st1163;
		case 1164: goto st1164;
		case 1165: goto st1165;
		case 1166: goto st1166;
		case 1167: goto st1167;
		case 1168: goto st1168;
		case 1169: goto st1169;
		case 1170: goto st1170;
		case 1171: goto st1171;
		case 1172: goto st1172;
		case 1173: goto st1173;
		case 1174: goto st1174;
		case 1175: goto st1175;
		case 1176: goto st1176;
		case 1177: goto st1177;
		case 1178: goto st1178;
		case 1179: goto st1179;
		case 1180: goto st1180;
		case 1181: goto st1181;
		case 1182: goto st1182;
		case 1183: goto st1183;
		case 1184: goto st1184;
		case 1185: goto st1185;
		case 1186: goto st1186;
		case 1187: goto st1187;
		case 1188: goto st1188;
		case 1189: goto st1189;
		case 1190: goto st1190;
		case 1191: goto st1191;
		case 1192: goto st1192;
		case 1193: goto st1193;
		case 1194: goto st1194;
		case 1195: goto st1195;
		case 1196: goto st1196;
		case 1197: goto st1197;
		case 1198: goto st1198;
		case 1199: goto st1199;
		case 1200: goto st1200;
		case 1201: goto st1201;
		case 1202: goto st1202;
		case 1203: goto st1203;
		case 1204: goto st1204;
		case 1205: goto st1205;
		case 1206: goto st1206;
		case 1207: goto st1207;
		case 1208: goto st1208;
		case 1209: goto st1209;
		case 1210: goto st1210;
		case 1211: goto st1211;
		case 1212: goto st1212;
		case 1213: goto st1213;
		case 1214: goto st1214;
		case 1215: goto st1215;
		case 1216: goto st1216;
		case 1217: goto st1217;
		case 1218: goto st1218;
		case 1219: goto st1219;
		case 1220: goto st1220;
		case 1221: goto st1221;
		case 1222: goto st1222;
		case 1223: goto st1223;
		case 1224: goto st1224;
		case 1225: goto st1225;
		case 1226: goto st1226;
		case 1227: goto st1227;
		case 1228: goto st1228;
		case 1229: goto st1229;
		case 1230: goto st1230;
		case 1231: goto st1231;
		case 1232: goto st1232;
		case 1233: goto st1233;
		case 1234: goto st1234;
		case 1235: goto st1235;
		case 1236: goto st1236;
		case 1237: goto st1237;
		case 1238: goto st1238;
		case 1239: goto st1239;
		case 1240: goto st1240;
		case 1241: goto st1241;
		case 1242: goto st1242;
		case 1243: goto st1243;
		case 1244: goto st1244;
		case 1245: goto st1245;
		case 1246: goto st1246;
		case 1247: goto st1247;
		case 1248: goto st1248;
		case 2355: goto st2355;
		case 1249: goto st1249;
		case 1250: goto st1250;
		case 1251: goto st1251;
		case 1252: goto st1252;
		case 1253: goto st1253;
		case 1254: goto st1254;
		case 1255: goto st1255;
		case 1256: goto st1256;
		case 1257: goto st1257;
		case 1258: goto st1258;
		case 1259: goto st1259;
		case 1260: goto st1260;
		case 1261: goto st1261;
		case 1262: goto st1262;
		case 1263: goto st1263;
		case 1264: goto st1264;
		case 1265: goto st1265;
		case 1266: goto st1266;
		case 1267: goto st1267;
		case 1268: goto st1268;
		case 1269: goto st1269;
		case 1270: goto st1270;
		case 1271: goto st1271;
		case 1272: goto st1272;
		case 1273: goto st1273;
		case 1274: goto st1274;
		case 1275: goto st1275;
		case 1276: goto st1276;
		case 1277: goto st1277;
		case 1278: goto st1278;
		case 1279: goto st1279;
		case 1280: goto st1280;
		case 1281: goto st1281;
		case 1282: goto st1282;
		case 2356: goto st2356;
		case 1283: goto st1283;
		case 1284: goto st1284;
		case 1285: goto st1285;
		case 1286: goto st1286;
		case 1287: goto st1287;
		case 1288: goto st1288;
		case 1289: goto st1289;
		case 1290: goto st1290;
		case 1291: goto st1291;
		case 1292: goto st1292;
		case 1293: goto st1293;
		case 1294: goto st1294;
		case 1295: goto st1295;
		case 1296: goto st1296;
		case 1297: goto st1297;
		case 1298: goto st1298;
		case 1299: goto st1299;
		case 1300: goto st1300;
		case 1301: goto st1301;
		case 1302: goto st1302;
		case 1303: goto st1303;
		case 1304: goto st1304;
		case 1305: goto st1305;
		case 1306: goto st1306;
		case 1307: goto st1307;
		case 1308: goto st1308;
		case 1309: goto st1309;
		case 1310: goto st1310;
		case 1311: goto st1311;
		case 1312: goto st1312;
		case 1313: goto st1313;
		case 1314: goto st1314;
		case 1315: goto st1315;
		case 1316: goto st1316;
		case 1317: goto st1317;
		case 1318: goto st1318;
		case 1319: goto st1319;
		case 1320: goto st1320;
		case 1321: goto st1321;
		case 1322: goto st1322;
		case 1323: goto st1323;
		case 1324: goto st1324;
		case 1325: goto st1325;
		case 1326: goto st1326;
		case 1327: goto st1327;
		case 1328: goto st1328;
		case 1329: goto st1329;
		case 1330: goto st1330;
		case 1331: goto st1331;
		case 1332: goto st1332;
		case 1333: goto st1333;
		case 1334: goto st1334;
		case 1335: goto st1335;
		case 1336: goto st1336;
		case 1337: goto st1337;
		case 1338: goto st1338;
		case 1339: goto st1339;
		case 1340: goto st1340;
		case 1341: goto st1341;
		case 1342: goto st1342;
		case 1343: goto st1343;
		case 1344: goto st1344;
		case 1345: goto st1345;
		case 1346: goto st1346;
		case 1347: goto st1347;
		case 1348: goto st1348;
		case 1349: goto st1349;
		case 1350: goto st1350;
		case 1351: goto st1351;
		case 1352: goto st1352;
		case 1353: goto st1353;
		case 1354: goto st1354;
		case 1355: goto st1355;
		case 1356: goto st1356;
		case 1357: goto st1357;
		case 1358: goto st1358;
		case 1359: goto st1359;
		case 1360: goto st1360;
		case 1361: goto st1361;
		case 1362: goto st1362;
		case 1363: goto st1363;
		case 1364: goto st1364;
		case 1365: goto st1365;
		case 1366: goto st1366;
		case 1367: goto st1367;
		case 1368: goto st1368;
		case 1369: goto st1369;
		case 1370: goto st1370;
		case 1371: goto st1371;
		case 1372: goto st1372;
		case 1373: goto st1373;
		case 1374: goto st1374;
		case 1375: goto st1375;
		case 1376: goto st1376;
		case 1377: goto st1377;
		case 1378: goto st1378;
		case 1379: goto st1379;
		case 1380: goto st1380;
		case 1381: goto st1381;
		case 1382: goto st1382;
		case 1383: goto st1383;
		case 1384: goto st1384;
		case 1385: goto st1385;
		case 1386: goto st1386;
		case 1387: goto st1387;
		case 1388: goto st1388;
		case 1389: goto st1389;
		case 1390: goto st1390;
		case 1391: goto st1391;
		case 1392: goto st1392;
		case 1393: goto st1393;
		case 1394: goto st1394;
		case 1395: goto st1395;
		case 1396: goto st1396;
		case 1397: goto st1397;
		case 1398: goto st1398;
		case 1399: goto st1399;
		case 1400: goto st1400;
		case 1401: goto st1401;
		case 1402: goto st1402;
		case 1403: goto st1403;
		case 1404: goto st1404;
		case 1405: goto st1405;
		case 1406: goto st1406;
		case 1407: goto st1407;
		case 1408: goto st1408;
		case 1409: goto st1409;
		case 1410: goto st1410;
		case 1411: goto st1411;
		case 1412: goto st1412;
		case 1413: goto st1413;
		case 1414: goto st1414;
		case 1415: goto st1415;
		case 1416: goto st1416;
		case 1417: goto st1417;
		case 1418: goto st1418;
		case 1419: goto st1419;
		case 1420: goto st1420;
		case 1421: goto st1421;
		case 1422: goto st1422;
		case 1423: goto st1423;
		case 1424: goto st1424;
		case 1425: goto st1425;
		case 1426: goto st1426;
		case 1427: goto st1427;
		case 1428: goto st1428;
		case 1429: goto st1429;
		case 1430: goto st1430;
		case 1431: goto st1431;
		case 1432: goto st1432;
		case 1433: goto st1433;
		case 1434: goto st1434;
		case 1435: goto st1435;
		case 1436: goto st1436;
		case 1437: goto st1437;
		case 1438: goto st1438;
		case 1439: goto st1439;
		case 1440: goto st1440;
		case 1441: goto st1441;
		case 1442: goto st1442;
		case 1443: goto st1443;
		case 1444: goto st1444;
		case 1445: goto st1445;
		case 1446: goto st1446;
		case 1447: goto st1447;
		case 1448: goto st1448;
		case 1449: goto st1449;
		case 1450: goto st1450;
		case 1451: goto st1451;
		case 1452: goto st1452;
		case 1453: goto st1453;
		case 1454: goto st1454;
		case 1455: goto st1455;
		case 1456: goto st1456;
		case 1457: goto st1457;
		case 1458: goto st1458;
		case 1459: goto st1459;
		case 1460: goto st1460;
		case 1461: goto st1461;
		case 1462: goto st1462;
		case 1463: goto st1463;
		case 1464: goto st1464;
		case 1465: goto st1465;
		case 1466: goto st1466;
		case 1467: goto st1467;
		case 1468: goto st1468;
		case 1469: goto st1469;
		case 1470: goto st1470;
		case 1471: goto st1471;
		case 1472: goto st1472;
		case 1473: goto st1473;
		case 1474: goto st1474;
		case 1475: goto st1475;
		case 1476: goto st1476;
		case 1477: goto st1477;
		case 1478: goto st1478;
		case 1479: goto st1479;
		case 1480: goto st1480;
		case 1481: goto st1481;
		case 1482: goto st1482;
		case 1483: goto st1483;
		case 1484: goto st1484;
		case 1485: goto st1485;
		case 1486: goto st1486;
		case 1487: goto st1487;
		case 1488: goto st1488;
		case 1489: goto st1489;
		case 1490: goto st1490;
		case 1491: goto st1491;
		case 1492: goto st1492;
		case 1493: goto st1493;
		case 1494: goto st1494;
		case 1495: goto st1495;
		case 1496: goto st1496;
		case 1497: goto st1497;
		case 1498: goto st1498;
		case 1499: goto st1499;
		case 1500: goto st1500;
		case 1501: goto st1501;
		case 1502: goto st1502;
		case 1503: goto st1503;
		case 1504: goto st1504;
		case 1505: goto st1505;
		case 1506: goto st1506;
		case 2357: goto st2357;
		case 1507: goto st1507;
		case 1508: goto st1508;
		case 1509: goto st1509;
		case 1510: goto st1510;
		case 1511: goto st1511;
		case 1512: goto st1512;
		case 1513: goto st1513;
		case 1514: goto st1514;
		case 1515: goto st1515;
		case 1516: goto st1516;
		case 1517: goto st1517;
		case 1518: goto st1518;
		case 1519: goto st1519;
		case 1520: goto st1520;
		case 1521: goto st1521;
		case 1522: goto st1522;
		case 1523: goto st1523;
		case 1524: goto st1524;
		case 1525: goto st1525;
		case 1526: goto st1526;
		case 1527: goto st1527;
		case 1528: goto st1528;
		case 1529: goto st1529;
		case 1530: goto st1530;
		case 1531: goto st1531;
		case 1532: goto st1532;
		case 1533: goto st1533;
		case 1534: goto st1534;
		case 1535: goto st1535;
		case 1536: goto st1536;
		case 1537: goto st1537;
		case 1538: goto st1538;
		case 1539: goto st1539;
		case 1540: goto st1540;
		case 2358: goto st2358;
		case 1541: goto st1541;
		case 1542: goto st1542;
		case 1543: goto st1543;
		case 1544: goto st1544;
		case 1545: goto st1545;
		case 1546: goto st1546;
		case 1547: goto st1547;
		case 1548: goto st1548;
		case 1549: goto st1549;
		case 1550: goto st1550;
		case 1551: goto st1551;
		case 1552: goto st1552;
		case 1553: goto st1553;
		case 1554: goto st1554;
		case 1555: goto st1555;
		case 1556: goto st1556;
		case 1557: goto st1557;
		case 1558: goto st1558;
		case 1559: goto st1559;
		case 1560: goto st1560;
		case 1561: goto st1561;
		case 1562: goto st1562;
		case 1563: goto st1563;
		case 1564: goto st1564;
		case 1565: goto st1565;
		case 1566: goto st1566;
		case 1567: goto st1567;
		case 1568: goto st1568;
		case 1569: goto st1569;
		case 1570: goto st1570;
		case 1571: goto st1571;
		case 1572: goto st1572;
		case 1573: goto st1573;
		case 1574: goto st1574;
		case 1575: goto st1575;
		case 1576: goto st1576;
		case 1577: goto st1577;
		case 1578: goto st1578;
		case 1579: goto st1579;
		case 1580: goto st1580;
		case 1581: goto st1581;
		case 1582: goto st1582;
		case 1583: goto st1583;
		case 1584: goto st1584;
		case 1585: goto st1585;
		case 1586: goto st1586;
		case 1587: goto st1587;
		case 1588: goto st1588;
		case 1589: goto st1589;
		case 1590: goto st1590;
		case 1591: goto st1591;
		case 1592: goto st1592;
		case 1593: goto st1593;
		case 1594: goto st1594;
		case 1595: goto st1595;
		case 1596: goto st1596;
		case 1597: goto st1597;
		case 1598: goto st1598;
		case 1599: goto st1599;
		case 1600: goto st1600;
		case 1601: goto st1601;
		case 1602: goto st1602;
		case 1603: goto st1603;
		case 1604: goto st1604;
		case 1605: goto st1605;
		case 1606: goto st1606;
		case 1607: goto st1607;
		case 1608: goto st1608;
		case 1609: goto st1609;
		case 1610: goto st1610;
		case 1611: goto st1611;
		case 1612: goto st1612;
		case 1613: goto st1613;
		case 1614: goto st1614;
		case 1615: goto st1615;
		case 1616: goto st1616;
		case 1617: goto st1617;
		case 1618: goto st1618;
		case 1619: goto st1619;
		case 1620: goto st1620;
		case 1621: goto st1621;
		case 1622: goto st1622;
		case 1623: goto st1623;
		case 1624: goto st1624;
		case 1625: goto st1625;
		case 1626: goto st1626;
		case 1627: goto st1627;
		case 1628: goto st1628;
		case 1629: goto st1629;
		case 1630: goto st1630;
		case 1631: goto st1631;
		case 1632: goto st1632;
		case 1633: goto st1633;
		case 1634: goto st1634;
		case 1635: goto st1635;
		case 1636: goto st1636;
		case 1637: goto st1637;
		case 1638: goto st1638;
		case 1639: goto st1639;
		case 1640: goto st1640;
		case 1641: goto st1641;
		case 1642: goto st1642;
		case 1643: goto st1643;
		case 1644: goto st1644;
		case 1645: goto st1645;
		case 1646: goto st1646;
		case 1647: goto st1647;
		case 1648: goto st1648;
		case 1649: goto st1649;
		case 1650: goto st1650;
		case 1651: goto st1651;
		case 1652: goto st1652;
		case 1653: goto st1653;
		case 1654: goto st1654;
		case 1655: goto st1655;
		case 1656: goto st1656;
		case 1657: goto st1657;
		case 1658: goto st1658;
		case 1659: goto st1659;
		case 1660: goto st1660;
		case 1661: goto st1661;
		case 1662: goto st1662;
		case 1663: goto st1663;
		case 1664: goto st1664;
		case 1665: goto st1665;
		case 1666: goto st1666;
		case 1667: goto st1667;
		case 1668: goto st1668;
		case 1669: goto st1669;
		case 1670: goto st1670;
		case 1671: goto st1671;
		case 1672: goto st1672;
		case 1673: goto st1673;
		case 1674: goto st1674;
		case 1675: goto st1675;
		case 1676: goto st1676;
		case 1677: goto st1677;
		case 1678: goto st1678;
		case 1679: goto st1679;
		case 1680: goto st1680;
		case 1681: goto st1681;
		case 1682: goto st1682;
		case 1683: goto st1683;
		case 1684: goto st1684;
		case 1685: goto st1685;
		case 1686: goto st1686;
		case 1687: goto st1687;
		case 1688: goto st1688;
		case 1689: goto st1689;
		case 1690: goto st1690;
		case 1691: goto st1691;
		case 1692: goto st1692;
		case 1693: goto st1693;
		case 1694: goto st1694;
		case 1695: goto st1695;
		case 1696: goto st1696;
		case 1697: goto st1697;
		case 1698: goto st1698;
		case 1699: goto st1699;
		case 1700: goto st1700;
		case 1701: goto st1701;
		case 1702: goto st1702;
		case 2359: goto st2359;
		case 1703: goto st1703;
		case 1704: goto st1704;
		case 1705: goto st1705;
		case 1706: goto st1706;
		case 1707: goto st1707;
		case 1708: goto st1708;
		case 1709: goto st1709;
		case 1710: goto st1710;
		case 1711: goto st1711;
		case 1712: goto st1712;
		case 1713: goto st1713;
		case 1714: goto st1714;
		case 1715: goto st1715;
		case 1716: goto st1716;
		case 1717: goto st1717;
		case 1718: goto st1718;
		case 1719: goto st1719;
		case 1720: goto st1720;
		case 1721: goto st1721;
		case 1722: goto st1722;
		case 1723: goto st1723;
		case 1724: goto st1724;
		case 1725: goto st1725;
		case 1726: goto st1726;
		case 1727: goto st1727;
		case 1728: goto st1728;
		case 1729: goto st1729;
		case 1730: goto st1730;
		case 1731: goto st1731;
		case 1732: goto st1732;
		case 1733: goto st1733;
		case 1734: goto st1734;
		case 1735: goto st1735;
		case 1736: goto st1736;
		case 1737: goto st1737;
		case 1738: goto st1738;
		case 1739: goto st1739;
		case 1740: goto st1740;
		case 1741: goto st1741;
		case 1742: goto st1742;
		case 1743: goto st1743;
		case 1744: goto st1744;
		case 1745: goto st1745;
		case 1746: goto st1746;
		case 1747: goto st1747;
		case 1748: goto st1748;
		case 1749: goto st1749;
		case 1750: goto st1750;
		case 1751: goto st1751;
		case 1752: goto st1752;
		case 1753: goto st1753;
		case 1754: goto st1754;
		case 1755: goto st1755;
		case 1756: goto st1756;
		case 1757: goto st1757;
		case 1758: goto st1758;
		case 1759: goto st1759;
		case 1760: goto st1760;
		case 1761: goto st1761;
		case 1762: goto st1762;
		case 1763: goto st1763;
		case 1764: goto st1764;
		case 1765: goto st1765;
		case 1766: goto st1766;
		case 1767: goto st1767;
		case 1768: goto st1768;
		case 1769: goto st1769;
		case 1770: goto st1770;
		case 1771: goto st1771;
		case 1772: goto st1772;
		case 1773: goto st1773;
		case 1774: goto st1774;
		case 1775: goto st1775;
		case 1776: goto st1776;
		case 1777: goto st1777;
		case 1778: goto st1778;
		case 1779: goto st1779;
		case 1780: goto st1780;
		case 1781: goto st1781;
		case 1782: goto st1782;
		case 1783: goto st1783;
		case 1784: goto st1784;
		case 1785: goto st1785;
		case 1786: goto st1786;
		case 1787: goto st1787;
		case 1788: goto st1788;
		case 1789: goto st1789;
		case 1790: goto st1790;
		case 1791: goto st1791;
		case 1792: goto st1792;
		case 1793: goto st1793;
		case 1794: goto st1794;
		case 1795: goto st1795;
		case 1796: goto st1796;
		case 1797: goto st1797;
		case 1798: goto st1798;
		case 1799: goto st1799;
		case 1800: goto st1800;
		case 1801: goto st1801;
		case 1802: goto st1802;
		case 1803: goto st1803;
		case 1804: goto st1804;
		case 1805: goto st1805;
		case 1806: goto st1806;
		case 1807: goto st1807;
		case 1808: goto st1808;
		case 1809: goto st1809;
		case 1810: goto st1810;
		case 1811: goto st1811;
		case 1812: goto st1812;
		case 1813: goto st1813;
		case 1814: goto st1814;
		case 1815: goto st1815;
		case 1816: goto st1816;
		case 1817: goto st1817;
		case 1818: goto st1818;
		case 1819: goto st1819;
		case 1820: goto st1820;
		case 1821: goto st1821;
		case 1822: goto st1822;
		case 1823: goto st1823;
		case 1824: goto st1824;
		case 1825: goto st1825;
		case 1826: goto st1826;
		case 1827: goto st1827;
		case 1828: goto st1828;
		case 1829: goto st1829;
		case 1830: goto st1830;
		case 1831: goto st1831;
		case 1832: goto st1832;
		case 1833: goto st1833;
		case 1834: goto st1834;
		case 1835: goto st1835;
		case 1836: goto st1836;
		case 1837: goto st1837;
		case 1838: goto st1838;
		case 1839: goto st1839;
		case 1840: goto st1840;
		case 1841: goto st1841;
		case 1842: goto st1842;
		case 1843: goto st1843;
		case 1844: goto st1844;
		case 1845: goto st1845;
		case 1846: goto st1846;
		case 1847: goto st1847;
		case 1848: goto st1848;
		case 1849: goto st1849;
		case 1850: goto st1850;
		case 1851: goto st1851;
		case 1852: goto st1852;
		case 1853: goto st1853;
		case 1854: goto st1854;
		case 1855: goto st1855;
		case 1856: goto st1856;
		case 1857: goto st1857;
		case 1858: goto st1858;
		case 1859: goto st1859;
		case 1860: goto st1860;
		case 1861: goto st1861;
		case 1862: goto st1862;
		case 1863: goto st1863;
		case 1864: goto st1864;
		case 1865: goto st1865;
		case 1866: goto st1866;
		case 1867: goto st1867;
		case 1868: goto st1868;
		case 1869: goto st1869;
		case 1870: goto st1870;
		case 1871: goto st1871;
		case 1872: goto st1872;
		case 1873: goto st1873;
		case 1874: goto st1874;
		case 1875: goto st1875;
		case 1876: goto st1876;
		case 1877: goto st1877;
		case 1878: goto st1878;
		case 1879: goto st1879;
		case 1880: goto st1880;
		case 1881: goto st1881;
		case 1882: goto st1882;
		case 1883: goto st1883;
		case 1884: goto st1884;
		case 1885: goto st1885;
		case 1886: goto st1886;
		case 1887: goto st1887;
		case 1888: goto st1888;
		case 1889: goto st1889;
		case 1890: goto st1890;
		case 1891: goto st1891;
		case 1892: goto st1892;
		case 1893: goto st1893;
		case 1894: goto st1894;
		case 1895: goto st1895;
		case 1896: goto st1896;
		case 1897: goto st1897;
		case 1898: goto st1898;
		case 1899: goto st1899;
		case 1900: goto st1900;
		case 1901: goto st1901;
		case 1902: goto st1902;
		case 1903: goto st1903;
		case 1904: goto st1904;
		case 1905: goto st1905;
		case 1906: goto st1906;
		case 1907: goto st1907;
		case 1908: goto st1908;
		case 1909: goto st1909;
		case 1910: goto st1910;
		case 1911: goto st1911;
		case 1912: goto st1912;
		case 1913: goto st1913;
		case 1914: goto st1914;
		case 1915: goto st1915;
		case 1916: goto st1916;
		case 1917: goto st1917;
		case 1918: goto st1918;
		case 1919: goto st1919;
		case 1920: goto st1920;
		case 1921: goto st1921;
		case 1922: goto st1922;
		case 1923: goto st1923;
		case 1924: goto st1924;
		case 1925: goto st1925;
		case 1926: goto st1926;
		case 1927: goto st1927;
		case 1928: goto st1928;
		case 1929: goto st1929;
		case 1930: goto st1930;
		case 1931: goto st1931;
		case 1932: goto st1932;
		case 1933: goto st1933;
		case 1934: goto st1934;
		case 1935: goto st1935;
		case 1936: goto st1936;
		case 1937: goto st1937;
		case 1938: goto st1938;
		case 1939: goto st1939;
		case 1940: goto st1940;
		case 1941: goto st1941;
		case 1942: goto st1942;
		case 1943: goto st1943;
		case 1944: goto st1944;
		case 1945: goto st1945;
		case 1946: goto st1946;
		case 1947: goto st1947;
		case 1948: goto st1948;
		case 1949: goto st1949;
		case 1950: goto st1950;
		case 1951: goto st1951;
		case 1952: goto st1952;
		case 1953: goto st1953;
		case 1954: goto st1954;
		case 1955: goto st1955;
		case 1956: goto st1956;
		case 1957: goto st1957;
		case 1958: goto st1958;
		case 1959: goto st1959;
		case 1960: goto st1960;
		case 1961: goto st1961;
		case 1962: goto st1962;
		case 1963: goto st1963;
		case 1964: goto st1964;
		case 1965: goto st1965;
		case 1966: goto st1966;
		case 1967: goto st1967;
		case 1968: goto st1968;
		case 1969: goto st1969;
		case 1970: goto st1970;
		case 1971: goto st1971;
		case 1972: goto st1972;
		case 1973: goto st1973;
		case 1974: goto st1974;
		case 1975: goto st1975;
		case 1976: goto st1976;
		case 1977: goto st1977;
		case 1978: goto st1978;
		case 1979: goto st1979;
		case 1980: goto st1980;
		case 1981: goto st1981;
		case 1982: goto st1982;
		case 1983: goto st1983;
		case 1984: goto st1984;
		case 1985: goto st1985;
		case 1986: goto st1986;
		case 1987: goto st1987;
		case 1988: goto st1988;
		case 1989: goto st1989;
		case 1990: goto st1990;
		case 1991: goto st1991;
		case 1992: goto st1992;
		case 1993: goto st1993;
		case 1994: goto st1994;
		case 1995: goto st1995;
		case 1996: goto st1996;
		case 1997: goto st1997;
		case 1998: goto st1998;
		case 1999: goto st1999;
		case 2000: goto st2000;
		case 2001: goto st2001;
		case 2002: goto st2002;
		case 2003: goto st2003;
		case 2004: goto st2004;
		case 2005: goto st2005;
		case 2006: goto st2006;
		case 2007: goto st2007;
		case 2008: goto st2008;
		case 2009: goto st2009;
		case 2010: goto st2010;
		case 2011: goto st2011;
		case 2012: goto st2012;
		case 2013: goto st2013;
		case 2014: goto st2014;
		case 2015: goto st2015;
		case 2016: goto st2016;
		case 2017: goto st2017;
		case 2018: goto st2018;
		case 2019: goto st2019;
		case 2020: goto st2020;
		case 2021: goto st2021;
		case 2022: goto st2022;
		case 2023: goto st2023;
		case 2024: goto st2024;
		case 2025: goto st2025;
		case 2026: goto st2026;
		case 2027: goto st2027;
		case 2028: goto st2028;
		case 2029: goto st2029;
		case 2030: goto st2030;
		case 2031: goto st2031;
		case 2032: goto st2032;
		case 2033: goto st2033;
		case 2034: goto st2034;
		case 2035: goto st2035;
		case 2036: goto st2036;
		case 2037: goto st2037;
		case 2038: goto st2038;
		case 2039: goto st2039;
		case 2040: goto st2040;
		case 2041: goto st2041;
		case 2042: goto st2042;
		case 2043: goto st2043;
		case 2044: goto st2044;
		case 2045: goto st2045;
		case 2046: goto st2046;
		case 2047: goto st2047;
		case 2048: goto st2048;
		case 2049: goto st2049;
		case 2050: goto st2050;
		case 2051: goto st2051;
		case 2052: goto st2052;
		case 2053: goto st2053;
		case 2054: goto st2054;
		case 2055: goto st2055;
		case 2056: goto st2056;
		case 2057: goto st2057;
		case 2058: goto st2058;
		case 2059: goto st2059;
		case 2060: goto st2060;
		case 2061: goto st2061;
		case 2062: goto st2062;
		case 2063: goto st2063;
		case 2064: goto st2064;
		case 2065: goto st2065;
		case 2066: goto st2066;
		case 2067: goto st2067;
		case 2068: goto st2068;
		case 2069: goto st2069;
		case 2070: goto st2070;
		case 2071: goto st2071;
		case 2072: goto st2072;
		case 2073: goto st2073;
		case 2074: goto st2074;
		case 2075: goto st2075;
		case 2076: goto st2076;
		case 2077: goto st2077;
		case 2078: goto st2078;
		case 2079: goto st2079;
		case 2080: goto st2080;
		case 2081: goto st2081;
		case 2082: goto st2082;
		case 2083: goto st2083;
		case 2084: goto st2084;
		case 2085: goto st2085;
		case 2086: goto st2086;
		case 2087: goto st2087;
		case 2088: goto st2088;
		case 2089: goto st2089;
		case 2090: goto st2090;
		case 2091: goto st2091;
		case 2092: goto st2092;
		case 2093: goto st2093;
		case 2094: goto st2094;
		case 2095: goto st2095;
		case 2096: goto st2096;
		case 2097: goto st2097;
		case 2098: goto st2098;
		case 2099: goto st2099;
		case 2100: goto st2100;
		case 2101: goto st2101;
		case 2102: goto st2102;
		case 2103: goto st2103;
		case 2104: goto st2104;
		case 2105: goto st2105;
		case 2106: goto st2106;
		case 2107: goto st2107;
		case 2108: goto st2108;
		case 2109: goto st2109;
		case 2110: goto st2110;
		case 2111: goto st2111;
		case 2112: goto st2112;
		case 2113: goto st2113;
		case 2114: goto st2114;
		case 2115: goto st2115;
		case 2116: goto st2116;
		case 2117: goto st2117;
		case 2118: goto st2118;
		case 2119: goto st2119;
		case 2120: goto st2120;
		case 2121: goto st2121;
		case 2122: goto st2122;
		case 2123: goto st2123;
		case 2124: goto st2124;
		case 2125: goto st2125;
		case 2126: goto st2126;
		case 2127: goto st2127;
		case 2128: goto st2128;
		case 2129: goto st2129;
		case 2130: goto st2130;
		case 2131: goto st2131;
		case 2132: goto st2132;
		case 2133: goto st2133;
		case 2134: goto st2134;
		case 2135: goto st2135;
		case 2136: goto st2136;
		case 2137: goto st2137;
		case 2138: goto st2138;
		case 2139: goto st2139;
		case 2140: goto st2140;
		case 2141: goto st2141;
		case 2142: goto st2142;
		case 2143: goto st2143;
		case 2144: goto st2144;
		case 2145: goto st2145;
		case 2146: goto st2146;
		case 2147: goto st2147;
		case 2148: goto st2148;
		case 2149: goto st2149;
		case 2150: goto st2150;
		case 2151: goto st2151;
		case 2152: goto st2152;
		case 2153: goto st2153;
		case 2154: goto st2154;
		case 2155: goto st2155;
		case 2156: goto st2156;
		case 2157: goto st2157;
		case 2158: goto st2158;
		case 2159: goto st2159;
		case 2160: goto st2160;
		case 2161: goto st2161;
		case 2162: goto st2162;
		case 2163: goto st2163;
		case 2164: goto st2164;
		case 2165: goto st2165;
		case 2166: goto st2166;
		case 2167: goto st2167;
		case 2168: goto st2168;
		case 2169: goto st2169;
		case 2170: goto st2170;
		case 2171: goto st2171;
		case 2172: goto st2172;
		case 2173: goto st2173;
		case 2174: goto st2174;
		case 2175: goto st2175;
		case 2176: goto st2176;
		case 2177: goto st2177;
		case 2178: goto st2178;
		case 2179: goto st2179;
		case 2180: goto st2180;
		case 2181: goto st2181;
		case 2182: goto st2182;
		case 2183: goto st2183;
		case 2184: goto st2184;
		case 2185: goto st2185;
		case 2186: goto st2186;
		case 2187: goto st2187;
		case 2188: goto st2188;
		case 2189: goto st2189;
		case 2190: goto st2190;
		case 2191: goto st2191;
		case 2192: goto st2192;
		case 2193: goto st2193;
		case 2194: goto st2194;
		case 2195: goto st2195;
		case 2196: goto st2196;
		case 2197: goto st2197;
		case 2198: goto st2198;
		case 2199: goto st2199;
		case 2200: goto st2200;
		case 2201: goto st2201;
		case 2202: goto st2202;
		case 2203: goto st2203;
		case 2204: goto st2204;
		case 2205: goto st2205;
		case 2206: goto st2206;
		case 2207: goto st2207;
		case 2208: goto st2208;
		case 2209: goto st2209;
		case 2210: goto st2210;
		case 2211: goto st2211;
		case 2212: goto st2212;
		case 2213: goto st2213;
		case 2214: goto st2214;
		case 2215: goto st2215;
		case 2216: goto st2216;
		case 2217: goto st2217;
		case 2218: goto st2218;
		case 2219: goto st2219;
		case 2220: goto st2220;
		case 2221: goto st2221;
		case 2222: goto st2222;
		case 2223: goto st2223;
		case 2224: goto st2224;
		case 2225: goto st2225;
		case 2226: goto st2226;
		case 2227: goto st2227;
		case 2228: goto st2228;
		case 2229: goto st2229;
		case 2230: goto st2230;
		case 2231: goto st2231;
		case 2232: goto st2232;
		case 2233: goto st2233;
		case 2234: goto st2234;
		case 2235: goto st2235;
		case 2236: goto st2236;
		case 2237: goto st2237;
		case 2238: goto st2238;
		case 2239: goto st2239;
		case 2240: goto st2240;
		case 2241: goto st2241;
		case 2242: goto st2242;
		case 2243: goto st2243;
		case 2244: goto st2244;
		case 2245: goto st2245;
		case 2246: goto st2246;
		case 2247: goto st2247;
		case 2248: goto st2248;
		case 2249: goto st2249;
		case 2250: goto st2250;
		case 2251: goto st2251;
		case 2252: goto st2252;
		case 2253: goto st2253;
		case 2254: goto st2254;
		case 2255: goto st2255;
		case 2256: goto st2256;
		case 2257: goto st2257;
		case 2258: goto st2258;
		case 2259: goto st2259;
		case 2260: goto st2260;
		case 2261: goto st2261;
		case 2262: goto st2262;
		case 2263: goto st2263;
		case 2264: goto st2264;
		case 2265: goto st2265;
		case 2266: goto st2266;
		case 2267: goto st2267;
		case 2268: goto st2268;
		case 2269: goto st2269;
		case 2270: goto st2270;
		case 2271: goto st2271;
		case 2272: goto st2272;
		case 2273: goto st2273;
		case 2274: goto st2274;
		case 2275: goto st2275;
		case 2276: goto st2276;
		case 2277: goto st2277;
		case 2278: goto st2278;
		case 2279: goto st2279;
		case 2280: goto st2280;
		case 2281: goto st2281;
		case 2282: goto st2282;
		case 2283: goto st2283;
		case 2284: goto st2284;
		case 2285: goto st2285;
		case 2286: goto st2286;
		case 2287: goto st2287;
		case 2288: goto st2288;
		case 2289: goto st2289;
		case 2290: goto st2290;
		case 2291: goto st2291;
		case 2292: goto st2292;
		case 2293: goto st2293;
		case 2294: goto st2294;
		case 2295: goto st2295;
		case 2296: goto st2296;
		case 2297: goto st2297;
		case 2298: goto st2298;
		case 2299: goto st2299;
		case 2300: goto st2300;
		case 2301: goto st2301;
		case 2302: goto st2302;
		case 2303: goto st2303;
		case 2304: goto st2304;
		case 2305: goto st2305;
		case 2306: goto st2306;
		case 2307: goto st2307;
		case 2308: goto st2308;
		case 2309: goto st2309;
		case 2310: goto st2310;
		case 2311: goto st2311;
		case 2312: goto st2312;
		case 2313: goto st2313;
		case 2314: goto st2314;
		case 2315: goto st2315;
		case 2316: goto st2316;
		case 2317: goto st2317;
		case 2318: goto st2318;
		case 2319: goto st2319;
		case 2320: goto st2320;
		case 2321: goto st2321;
		case 2322: goto st2322;
		case 2323: goto st2323;
		case 2324: goto st2324;
		case 2325: goto st2325;
		case 2326: goto st2326;
		case 2327: goto st2327;
		case 2360: goto st2360;
		case 2328: goto st2328;
		case 2329: goto st2329;
		case 2330: goto st2330;
		case 2331: goto st2331;
		case 2332: goto st2332;
		case 2333: goto st2333;
		case 2334: goto st2334;
		case 2335: goto st2335;
		case 2336: goto st2336;
		case 2337: goto st2337;
		case 2338: goto st2338;
		case 2339: goto st2339;
		case 2361: goto st2361;
		case 2340: goto st2340;
		case 2341: goto st2341;
		case 2342: goto st2342;
		case 2343: goto st2343;
		case 2344: goto st2344;
		case 2345: goto st2345;
		case 2346: goto st2346;
		case 2347: goto st2347;
		case 2348: goto st2348;
	default: break;
	}

	if ( ++p == pe )
		goto _test_eof;
_resume:
	switch ( cs )
	{
st1:
	if ( ++p == pe )
		goto _test_eof1;
case 1:
	switch( (*p) ) {
		case 33u: goto tr0;
		case 42u: goto tr2;
		case 43u: goto tr3;
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
st0:
cs = 0;
	goto _out;
tr0:
	{ IMW_EV_OPEN(IMW_RULE_RESPONSE_TAGGED); }
	goto st2;
st2:
	if ( ++p == pe )
		goto _test_eof2;
case 2:
	switch( (*p) ) {
		case 32u: goto st3;
		case 33u: goto st2;
	}
	if ( (*p) < 44u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st2;
		} else if ( (*p) >= 35u )
			goto st2;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st2;
		} else if ( (*p) >= 93u )
			goto st2;
	} else
		goto st2;
	goto st0;
st3:
	if ( ++p == pe )
		goto _test_eof3;
case 3:
	switch( (*p) ) {
		case 66u: goto st4;
		case 78u: goto st153;
		case 79u: goto st154;
		case 98u: goto st4;
		case 110u: goto st153;
		case 111u: goto st154;
	}
	goto st0;
st4:
	if ( ++p == pe )
		goto _test_eof4;
case 4:
	switch( (*p) ) {
		case 65u: goto st5;
		case 97u: goto st5;
	}
	goto st0;
st5:
	if ( ++p == pe )
		goto _test_eof5;
case 5:
	switch( (*p) ) {
		case 68u: goto st6;
		case 100u: goto st6;
	}
	goto st0;
st6:
	if ( ++p == pe )
		goto _test_eof6;
case 6:
	switch( (*p) ) {
		case 13u: goto st7;
		case 32u: goto st8;
	}
	goto st0;
tr17:
	{ IMW_EV_CLOSE(IMW_RULE_TEXT); }
	goto st7;
st7:
	if ( ++p == pe )
		goto _test_eof7;
case 7:
	if ( (*p) == 10u )
		goto st2349;
	goto st0;
st2349:
	if ( ++p == pe )
		goto _test_eof2349;
case 2349:
	goto st0;
st8:
	if ( ++p == pe )
		goto _test_eof8;
case 8:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st7;
		case 91u: goto tr15;
	}
	goto tr14;
tr14:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st9;
st9:
	if ( ++p == pe )
		goto _test_eof9;
case 9:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
	}
	goto st9;
tr15:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st10;
st10:
	if ( ++p == pe )
		goto _test_eof10;
case 10:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 33u: goto tr18;
		case 66u: goto tr19;
		case 67u: goto tr20;
		case 72u: goto tr21;
		case 77u: goto tr22;
		case 80u: goto tr23;
		case 85u: goto tr24;
		case 98u: goto tr19;
		case 99u: goto tr20;
		case 104u: goto tr21;
		case 109u: goto tr22;
		case 112u: goto tr23;
		case 117u: goto tr24;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr18;
		} else if ( (*p) >= 35u )
			goto tr18;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr18;
		} else if ( (*p) >= 94u )
			goto tr18;
	} else
		goto tr18;
	goto st9;
tr18:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st11;
st11:
	if ( ++p == pe )
		goto _test_eof11;
case 11:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 93u: goto tr27;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st12:
	if ( ++p == pe )
		goto _test_eof12;
case 12:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 93u: goto st9;
	}
	goto st13;
st13:
	if ( ++p == pe )
		goto _test_eof13;
case 13:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 93u: goto tr27;
	}
	goto st13;
tr27:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st14;
tr40:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st14;
tr63:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st14;
tr111:
	{ IMW_EV_CLOSE(IMW_RULE_CAPABILITY); }
	{ IMW_EV_CLOSE(IMW_RULE_CAPABILITY_DATA); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st14;
tr127:
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_HIGHESTMODSEQ); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st14;
tr140:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_MODIFIED); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st14;
tr146:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_MODIFIED); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st14;
tr174:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_PERMANENTFLAGS); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st14;
tr186:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_UIDNEXT); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st14;
tr197:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_UIDVALIDITY); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st14;
tr205:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_UNSEEN); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st14;
st14:
	if ( ++p == pe )
		goto _test_eof14;
case 14:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st15;
	}
	goto st9;
st15:
	if ( ++p == pe )
		goto _test_eof15;
case 15:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
	}
	goto tr14;
tr19:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st16;
st16:
	if ( ++p == pe )
		goto _test_eof16;
case 16:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 65u: goto st17;
		case 93u: goto tr27;
		case 97u: goto st17;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st17:
	if ( ++p == pe )
		goto _test_eof17;
case 17:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 68u: goto st18;
		case 93u: goto tr27;
		case 100u: goto st18;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st18:
	if ( ++p == pe )
		goto _test_eof18;
case 18:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 67u: goto st19;
		case 93u: goto tr27;
		case 99u: goto st19;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st19:
	if ( ++p == pe )
		goto _test_eof19;
case 19:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 72u: goto st20;
		case 93u: goto tr27;
		case 104u: goto st20;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st20:
	if ( ++p == pe )
		goto _test_eof20;
case 20:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 65u: goto st21;
		case 93u: goto tr27;
		case 97u: goto st21;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st21:
	if ( ++p == pe )
		goto _test_eof21;
case 21:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 82u: goto st22;
		case 93u: goto tr27;
		case 114u: goto st22;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st22:
	if ( ++p == pe )
		goto _test_eof22;
case 22:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 83u: goto st23;
		case 93u: goto tr27;
		case 115u: goto st23;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st23:
	if ( ++p == pe )
		goto _test_eof23;
case 23:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 69u: goto st24;
		case 93u: goto tr27;
		case 101u: goto st24;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st24:
	if ( ++p == pe )
		goto _test_eof24;
case 24:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 84u: goto st25;
		case 93u: goto tr27;
		case 116u: goto st25;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st25:
	if ( ++p == pe )
		goto _test_eof25;
case 25:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st26;
		case 33u: goto st11;
		case 93u: goto tr40;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st26:
	if ( ++p == pe )
		goto _test_eof26;
case 26:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 40u: goto st27;
		case 93u: goto st9;
	}
	goto st13;
tr46:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st27;
st27:
	if ( ++p == pe )
		goto _test_eof27;
case 27:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 34u: goto tr43;
		case 93u: goto tr44;
		case 123u: goto tr45;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr42;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr42;
		} else if ( (*p) >= 43u )
			goto tr42;
	} else
		goto tr42;
	goto st13;
tr42:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st28;
st28:
	if ( ++p == pe )
		goto _test_eof28;
case 28:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto tr46;
		case 33u: goto st28;
		case 41u: goto tr48;
		case 93u: goto tr49;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st28;
		} else if ( (*p) >= 35u )
			goto st28;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st28;
		} else if ( (*p) >= 94u )
			goto st28;
	} else
		goto st28;
	goto st13;
tr48:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st29;
st29:
	if ( ++p == pe )
		goto _test_eof29;
case 29:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 93u: goto tr40;
	}
	goto st13;
tr49:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st30;
tr44:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st30;
st30:
	if ( ++p == pe )
		goto _test_eof30;
case 30:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto tr50;
		case 33u: goto st32;
		case 41u: goto tr52;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st32;
		} else if ( (*p) >= 35u )
			goto st32;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st32;
		} else if ( (*p) >= 93u )
			goto st32;
	} else
		goto st32;
	goto st9;
tr50:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st31;
st31:
	if ( ++p == pe )
		goto _test_eof31;
case 31:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 34u: goto tr54;
		case 123u: goto tr55;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr53;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr53;
		} else if ( (*p) >= 43u )
			goto tr53;
	} else
		goto tr53;
	goto tr14;
tr57:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st32;
tr53:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st32;
st32:
	if ( ++p == pe )
		goto _test_eof32;
case 32:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto tr56;
		case 33u: goto st32;
		case 41u: goto tr52;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st32;
		} else if ( (*p) >= 35u )
			goto st32;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st32;
		} else if ( (*p) >= 93u )
			goto st32;
	} else
		goto st32;
	goto st9;
tr56:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st33;
st33:
	if ( ++p == pe )
		goto _test_eof33;
case 33:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 34u: goto tr58;
		case 123u: goto tr59;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr57;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr57;
		} else if ( (*p) >= 43u )
			goto tr57;
	} else
		goto tr57;
	goto st9;
tr92:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st34;
tr58:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st34;
tr54:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st34;
st34:
	if ( ++p == pe )
		goto _test_eof34;
case 34:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 34u: goto st35;
		case 92u: goto st37;
	}
	goto st34;
tr93:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st35;
st35:
	if ( ++p == pe )
		goto _test_eof35;
case 35:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto tr56;
		case 41u: goto tr52;
	}
	goto st9;
tr52:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st36;
st36:
	if ( ++p == pe )
		goto _test_eof36;
case 36:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 93u: goto tr63;
	}
	goto st9;
tr94:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st37;
st37:
	if ( ++p == pe )
		goto _test_eof37;
case 37:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 34u: goto st34;
		case 92u: goto st34;
	}
	goto st9;
tr59:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st38;
tr55:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st38;
st38:
	if ( ++p == pe )
		goto _test_eof38;
case 38:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr64;
	goto st9;
tr64:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st39;
st39:
	if ( ++p == pe )
		goto _test_eof39;
case 39:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 125u: goto tr66;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st39;
	goto st9;
tr66:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st40;
st40:
	if ( ++p == pe )
		goto _test_eof40;
case 40:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr67;
	}
	goto st9;
tr67:
	{ IMW_EV_CLOSE(IMW_RULE_TEXT); }
	goto st41;
st41:
	if ( ++p == pe )
		goto _test_eof41;
case 41:
	if ( (*p) == 10u )
		goto tr68;
	goto st0;
tr68:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2350;
st2350:
	if ( ++p == pe )
		goto _test_eof2350;
case 2350:
	switch( (*p) ) {
		case 32u: goto tr85;
		case 41u: goto tr86;
	}
	goto st0;
tr72:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st42;
tr85:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st42;
st42:
	if ( ++p == pe )
		goto _test_eof42;
case 42:
	switch( (*p) ) {
		case 34u: goto tr70;
		case 123u: goto tr71;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr69;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr69;
		} else if ( (*p) >= 43u )
			goto tr69;
	} else
		goto tr69;
	goto st0;
tr69:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st43;
st43:
	if ( ++p == pe )
		goto _test_eof43;
case 43:
	switch( (*p) ) {
		case 32u: goto tr72;
		case 33u: goto st43;
		case 41u: goto tr74;
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
	goto st0;
tr74:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st44;
tr86:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st44;
st44:
	if ( ++p == pe )
		goto _test_eof44;
case 44:
	if ( (*p) == 93u )
		goto tr75;
	goto st0;
tr75:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st45;
st45:
	if ( ++p == pe )
		goto _test_eof45;
case 45:
	switch( (*p) ) {
		case 13u: goto st7;
		case 32u: goto st46;
	}
	goto st0;
st46:
	if ( ++p == pe )
		goto _test_eof46;
case 46:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st7;
	}
	goto tr14;
tr70:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st47;
st47:
	if ( ++p == pe )
		goto _test_eof47;
case 47:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st48;
		case 92u: goto st49;
	}
	goto st47;
st48:
	if ( ++p == pe )
		goto _test_eof48;
case 48:
	switch( (*p) ) {
		case 32u: goto tr72;
		case 41u: goto tr74;
	}
	goto st0;
st49:
	if ( ++p == pe )
		goto _test_eof49;
case 49:
	switch( (*p) ) {
		case 34u: goto st47;
		case 92u: goto st47;
	}
	goto st0;
tr71:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st50;
st50:
	if ( ++p == pe )
		goto _test_eof50;
case 50:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr80;
	goto st0;
tr80:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st51;
st51:
	if ( ++p == pe )
		goto _test_eof51;
case 51:
	if ( (*p) == 125u )
		goto tr82;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st51;
	goto st0;
tr82:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st52;
st52:
	if ( ++p == pe )
		goto _test_eof52;
case 52:
	if ( (*p) == 13u )
		goto st53;
	goto st0;
st53:
	if ( ++p == pe )
		goto _test_eof53;
case 53:
	if ( (*p) == 10u )
		goto tr84;
	goto st0;
tr84:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st54;
st54:
	if ( ++p == pe )
		goto _test_eof54;
case 54:
	switch( (*p) ) {
		case 32u: goto tr85;
		case 41u: goto tr86;
	}
	goto st0;
tr43:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st55;
st55:
	if ( ++p == pe )
		goto _test_eof55;
case 55:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 34u: goto st56;
		case 92u: goto st57;
		case 93u: goto tr90;
	}
	goto st55;
st56:
	if ( ++p == pe )
		goto _test_eof56;
case 56:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto tr46;
		case 41u: goto tr48;
		case 93u: goto tr27;
	}
	goto st13;
st57:
	if ( ++p == pe )
		goto _test_eof57;
case 57:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 34u: goto st55;
		case 92u: goto st55;
		case 93u: goto tr27;
	}
	goto st13;
tr90:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st58;
st58:
	if ( ++p == pe )
		goto _test_eof58;
case 58:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st59;
		case 34u: goto st35;
		case 92u: goto st37;
	}
	goto st34;
st59:
	if ( ++p == pe )
		goto _test_eof59;
case 59:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 34u: goto tr93;
		case 92u: goto tr94;
	}
	goto tr92;
tr45:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st60;
st60:
	if ( ++p == pe )
		goto _test_eof60;
case 60:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 93u: goto tr27;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr95;
	goto st13;
tr95:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st61;
st61:
	if ( ++p == pe )
		goto _test_eof61;
case 61:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 93u: goto tr27;
		case 125u: goto tr97;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st61;
	goto st13;
tr97:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st62;
st62:
	if ( ++p == pe )
		goto _test_eof62;
case 62:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr67;
		case 93u: goto tr27;
	}
	goto st13;
tr20:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CAPABILITY_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st63;
st63:
	if ( ++p == pe )
		goto _test_eof63;
case 63:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 65u: goto st64;
		case 93u: goto tr27;
		case 97u: goto st64;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st64:
	if ( ++p == pe )
		goto _test_eof64;
case 64:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 80u: goto st65;
		case 93u: goto tr27;
		case 112u: goto st65;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st65:
	if ( ++p == pe )
		goto _test_eof65;
case 65:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 65u: goto st66;
		case 93u: goto tr27;
		case 97u: goto st66;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st66:
	if ( ++p == pe )
		goto _test_eof66;
case 66:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 66u: goto st67;
		case 93u: goto tr27;
		case 98u: goto st67;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st67:
	if ( ++p == pe )
		goto _test_eof67;
case 67:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 73u: goto st68;
		case 93u: goto tr27;
		case 105u: goto st68;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st68:
	if ( ++p == pe )
		goto _test_eof68;
case 68:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 76u: goto st69;
		case 93u: goto tr27;
		case 108u: goto st69;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st69:
	if ( ++p == pe )
		goto _test_eof69;
case 69:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 73u: goto st70;
		case 93u: goto tr27;
		case 105u: goto st70;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st70:
	if ( ++p == pe )
		goto _test_eof70;
case 70:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 84u: goto st71;
		case 93u: goto tr27;
		case 116u: goto st71;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st71:
	if ( ++p == pe )
		goto _test_eof71;
case 71:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 89u: goto st72;
		case 93u: goto tr27;
		case 121u: goto st72;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st72:
	if ( ++p == pe )
		goto _test_eof72;
case 72:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st73;
		case 33u: goto st11;
		case 93u: goto tr27;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st73:
	if ( ++p == pe )
		goto _test_eof73;
case 73:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 33u: goto tr108;
		case 93u: goto st9;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr108;
		} else if ( (*p) >= 35u )
			goto tr108;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr108;
		} else if ( (*p) >= 94u )
			goto tr108;
	} else
		goto tr108;
	goto st13;
tr108:
	{ IMW_EV_OPEN(IMW_RULE_CAPABILITY); }
	goto st74;
st74:
	if ( ++p == pe )
		goto _test_eof74;
case 74:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto tr109;
		case 33u: goto st74;
		case 93u: goto tr111;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st74;
		} else if ( (*p) >= 35u )
			goto st74;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st74;
		} else if ( (*p) >= 94u )
			goto st74;
	} else
		goto st74;
	goto st13;
tr109:
	{ IMW_EV_CLOSE(IMW_RULE_CAPABILITY); }
	goto st75;
st75:
	if ( ++p == pe )
		goto _test_eof75;
case 75:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 33u: goto tr108;
		case 93u: goto tr27;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr108;
		} else if ( (*p) >= 35u )
			goto tr108;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr108;
		} else if ( (*p) >= 94u )
			goto tr108;
	} else
		goto tr108;
	goto st13;
tr21:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_HIGHESTMODSEQ); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st76;
st76:
	if ( ++p == pe )
		goto _test_eof76;
case 76:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 73u: goto st77;
		case 93u: goto tr27;
		case 105u: goto st77;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st77:
	if ( ++p == pe )
		goto _test_eof77;
case 77:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 71u: goto st78;
		case 93u: goto tr27;
		case 103u: goto st78;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st78:
	if ( ++p == pe )
		goto _test_eof78;
case 78:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 72u: goto st79;
		case 93u: goto tr27;
		case 104u: goto st79;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st79:
	if ( ++p == pe )
		goto _test_eof79;
case 79:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 69u: goto st80;
		case 93u: goto tr27;
		case 101u: goto st80;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st80:
	if ( ++p == pe )
		goto _test_eof80;
case 80:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 83u: goto st81;
		case 93u: goto tr27;
		case 115u: goto st81;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st81:
	if ( ++p == pe )
		goto _test_eof81;
case 81:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 84u: goto st82;
		case 93u: goto tr27;
		case 116u: goto st82;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st82:
	if ( ++p == pe )
		goto _test_eof82;
case 82:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 77u: goto st83;
		case 93u: goto tr27;
		case 109u: goto st83;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st83:
	if ( ++p == pe )
		goto _test_eof83;
case 83:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 79u: goto st84;
		case 93u: goto tr27;
		case 111u: goto st84;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st84:
	if ( ++p == pe )
		goto _test_eof84;
case 84:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 68u: goto st85;
		case 93u: goto tr27;
		case 100u: goto st85;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st85:
	if ( ++p == pe )
		goto _test_eof85;
case 85:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 83u: goto st86;
		case 93u: goto tr27;
		case 115u: goto st86;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st86:
	if ( ++p == pe )
		goto _test_eof86;
case 86:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 69u: goto st87;
		case 93u: goto tr27;
		case 101u: goto st87;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st87:
	if ( ++p == pe )
		goto _test_eof87;
case 87:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 81u: goto st88;
		case 93u: goto tr27;
		case 113u: goto st88;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st88:
	if ( ++p == pe )
		goto _test_eof88;
case 88:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st89;
		case 33u: goto st11;
		case 93u: goto tr27;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st89:
	if ( ++p == pe )
		goto _test_eof89;
case 89:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 93u: goto st9;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr125;
	goto st13;
tr125:
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st90;
st90:
	if ( ++p == pe )
		goto _test_eof90;
case 90:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 93u: goto tr127;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st90;
	goto st13;
tr22:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_MODIFIED); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st91;
st91:
	if ( ++p == pe )
		goto _test_eof91;
case 91:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 79u: goto st92;
		case 93u: goto tr27;
		case 111u: goto st92;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st92:
	if ( ++p == pe )
		goto _test_eof92;
case 92:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 68u: goto st93;
		case 93u: goto tr27;
		case 100u: goto st93;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st93:
	if ( ++p == pe )
		goto _test_eof93;
case 93:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 73u: goto st94;
		case 93u: goto tr27;
		case 105u: goto st94;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st94:
	if ( ++p == pe )
		goto _test_eof94;
case 94:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 70u: goto st95;
		case 93u: goto tr27;
		case 102u: goto st95;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st95:
	if ( ++p == pe )
		goto _test_eof95;
case 95:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 73u: goto st96;
		case 93u: goto tr27;
		case 105u: goto st96;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st96:
	if ( ++p == pe )
		goto _test_eof96;
case 96:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 69u: goto st97;
		case 93u: goto tr27;
		case 101u: goto st97;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st97:
	if ( ++p == pe )
		goto _test_eof97;
case 97:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 68u: goto st98;
		case 93u: goto tr27;
		case 100u: goto st98;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st98:
	if ( ++p == pe )
		goto _test_eof98;
case 98:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st99;
		case 33u: goto st11;
		case 93u: goto tr27;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st99:
	if ( ++p == pe )
		goto _test_eof99;
case 99:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 42u: goto tr136;
		case 93u: goto st9;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr137;
	goto st13;
tr136:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st100;
st100:
	if ( ++p == pe )
		goto _test_eof100;
case 100:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 44u: goto st101;
		case 58u: goto st103;
		case 93u: goto tr140;
	}
	goto st13;
tr143:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st101;
st101:
	if ( ++p == pe )
		goto _test_eof101;
case 101:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 42u: goto st100;
		case 93u: goto tr27;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr142;
	goto st13;
tr137:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st102;
tr142:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st102;
st102:
	if ( ++p == pe )
		goto _test_eof102;
case 102:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 44u: goto tr143;
		case 58u: goto tr145;
		case 93u: goto tr146;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st102;
	goto st13;
tr145:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st103;
st103:
	if ( ++p == pe )
		goto _test_eof103;
case 103:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 42u: goto st104;
		case 93u: goto tr27;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr148;
	goto st13;
st104:
	if ( ++p == pe )
		goto _test_eof104;
case 104:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 44u: goto st101;
		case 93u: goto tr140;
	}
	goto st13;
tr148:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st105;
st105:
	if ( ++p == pe )
		goto _test_eof105;
case 105:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 44u: goto tr143;
		case 93u: goto tr146;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st105;
	goto st13;
tr23:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_PERMANENTFLAGS); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st106;
st106:
	if ( ++p == pe )
		goto _test_eof106;
case 106:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 69u: goto st107;
		case 93u: goto tr27;
		case 101u: goto st107;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st107:
	if ( ++p == pe )
		goto _test_eof107;
case 107:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 82u: goto st108;
		case 93u: goto tr27;
		case 114u: goto st108;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st108:
	if ( ++p == pe )
		goto _test_eof108;
case 108:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 77u: goto st109;
		case 93u: goto tr27;
		case 109u: goto st109;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st109:
	if ( ++p == pe )
		goto _test_eof109;
case 109:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 65u: goto st110;
		case 93u: goto tr27;
		case 97u: goto st110;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st110:
	if ( ++p == pe )
		goto _test_eof110;
case 110:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 78u: goto st111;
		case 93u: goto tr27;
		case 110u: goto st111;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st111:
	if ( ++p == pe )
		goto _test_eof111;
case 111:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 69u: goto st112;
		case 93u: goto tr27;
		case 101u: goto st112;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st112:
	if ( ++p == pe )
		goto _test_eof112;
case 112:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 78u: goto st113;
		case 93u: goto tr27;
		case 110u: goto st113;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st113:
	if ( ++p == pe )
		goto _test_eof113;
case 113:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 84u: goto st114;
		case 93u: goto tr27;
		case 116u: goto st114;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st114:
	if ( ++p == pe )
		goto _test_eof114;
case 114:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 70u: goto st115;
		case 93u: goto tr27;
		case 102u: goto st115;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st115:
	if ( ++p == pe )
		goto _test_eof115;
case 115:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 76u: goto st116;
		case 93u: goto tr27;
		case 108u: goto st116;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st116:
	if ( ++p == pe )
		goto _test_eof116;
case 116:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 65u: goto st117;
		case 93u: goto tr27;
		case 97u: goto st117;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st117:
	if ( ++p == pe )
		goto _test_eof117;
case 117:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 71u: goto st118;
		case 93u: goto tr27;
		case 103u: goto st118;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st118:
	if ( ++p == pe )
		goto _test_eof118;
case 118:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 83u: goto st119;
		case 93u: goto tr27;
		case 115u: goto st119;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st119:
	if ( ++p == pe )
		goto _test_eof119;
case 119:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st120;
		case 33u: goto st11;
		case 93u: goto tr27;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st120:
	if ( ++p == pe )
		goto _test_eof120;
case 120:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 40u: goto st121;
		case 93u: goto st9;
	}
	goto st13;
st121:
	if ( ++p == pe )
		goto _test_eof121;
case 121:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 33u: goto tr165;
		case 41u: goto st126;
		case 92u: goto tr167;
		case 93u: goto tr27;
	}
	if ( (*p) < 38u ) {
		if ( 35u <= (*p) && (*p) <= 36u )
			goto tr165;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr165;
		} else if ( (*p) >= 43u )
			goto tr165;
	} else
		goto tr165;
	goto st13;
tr165:
	{ IMW_EV_OPEN(IMW_RULE_FLAG_PERM); }
	{ IMW_EV_OPEN(IMW_RULE_FLAG); }
	goto st122;
st122:
	if ( ++p == pe )
		goto _test_eof122;
case 122:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto tr168;
		case 33u: goto st122;
		case 41u: goto tr170;
		case 93u: goto tr27;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st122;
		} else if ( (*p) >= 35u )
			goto st122;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st122;
		} else if ( (*p) >= 94u )
			goto st122;
	} else
		goto st122;
	goto st13;
tr168:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG); }
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st123;
tr172:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st123;
st123:
	if ( ++p == pe )
		goto _test_eof123;
case 123:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 33u: goto tr165;
		case 92u: goto tr167;
		case 93u: goto tr27;
	}
	if ( (*p) < 38u ) {
		if ( 35u <= (*p) && (*p) <= 36u )
			goto tr165;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr165;
		} else if ( (*p) >= 43u )
			goto tr165;
	} else
		goto tr165;
	goto st13;
tr167:
	{ IMW_EV_OPEN(IMW_RULE_FLAG_PERM); }
	{ IMW_EV_OPEN(IMW_RULE_FLAG); }
	goto st124;
st124:
	if ( ++p == pe )
		goto _test_eof124;
case 124:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 33u: goto st122;
		case 42u: goto st125;
		case 93u: goto tr27;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st122;
		} else if ( (*p) >= 35u )
			goto st122;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st122;
		} else if ( (*p) >= 94u )
			goto st122;
	} else
		goto st122;
	goto st13;
st125:
	if ( ++p == pe )
		goto _test_eof125;
case 125:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto tr172;
		case 41u: goto tr173;
		case 93u: goto tr27;
	}
	goto st13;
tr170:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG); }
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st126;
tr173:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st126;
st126:
	if ( ++p == pe )
		goto _test_eof126;
case 126:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 93u: goto tr174;
	}
	goto st13;
tr24:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_UIDNEXT); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_UIDVALIDITY); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_UNSEEN); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st127;
st127:
	if ( ++p == pe )
		goto _test_eof127;
case 127:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 73u: goto st128;
		case 78u: goto st146;
		case 93u: goto tr27;
		case 105u: goto st128;
		case 110u: goto st146;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st128:
	if ( ++p == pe )
		goto _test_eof128;
case 128:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 68u: goto st129;
		case 93u: goto tr27;
		case 100u: goto st129;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st129:
	if ( ++p == pe )
		goto _test_eof129;
case 129:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 78u: goto st130;
		case 86u: goto st136;
		case 93u: goto tr27;
		case 110u: goto st130;
		case 118u: goto st136;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st130:
	if ( ++p == pe )
		goto _test_eof130;
case 130:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 69u: goto st131;
		case 93u: goto tr27;
		case 101u: goto st131;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st131:
	if ( ++p == pe )
		goto _test_eof131;
case 131:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 88u: goto st132;
		case 93u: goto tr27;
		case 120u: goto st132;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st132:
	if ( ++p == pe )
		goto _test_eof132;
case 132:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 84u: goto st133;
		case 93u: goto tr27;
		case 116u: goto st133;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st133:
	if ( ++p == pe )
		goto _test_eof133;
case 133:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st134;
		case 33u: goto st11;
		case 93u: goto tr27;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st134:
	if ( ++p == pe )
		goto _test_eof134;
case 134:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 93u: goto st9;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr184;
	goto st13;
tr184:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st135;
st135:
	if ( ++p == pe )
		goto _test_eof135;
case 135:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 93u: goto tr186;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st135;
	goto st13;
st136:
	if ( ++p == pe )
		goto _test_eof136;
case 136:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 65u: goto st137;
		case 93u: goto tr27;
		case 97u: goto st137;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st137:
	if ( ++p == pe )
		goto _test_eof137;
case 137:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 76u: goto st138;
		case 93u: goto tr27;
		case 108u: goto st138;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st138:
	if ( ++p == pe )
		goto _test_eof138;
case 138:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 73u: goto st139;
		case 93u: goto tr27;
		case 105u: goto st139;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st139:
	if ( ++p == pe )
		goto _test_eof139;
case 139:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 68u: goto st140;
		case 93u: goto tr27;
		case 100u: goto st140;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st140:
	if ( ++p == pe )
		goto _test_eof140;
case 140:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 73u: goto st141;
		case 93u: goto tr27;
		case 105u: goto st141;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st141:
	if ( ++p == pe )
		goto _test_eof141;
case 141:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 84u: goto st142;
		case 93u: goto tr27;
		case 116u: goto st142;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st142:
	if ( ++p == pe )
		goto _test_eof142;
case 142:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 89u: goto st143;
		case 93u: goto tr27;
		case 121u: goto st143;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st143:
	if ( ++p == pe )
		goto _test_eof143;
case 143:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st144;
		case 33u: goto st11;
		case 93u: goto tr27;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st144:
	if ( ++p == pe )
		goto _test_eof144;
case 144:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 93u: goto st9;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr195;
	goto st13;
tr195:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st145;
st145:
	if ( ++p == pe )
		goto _test_eof145;
case 145:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 93u: goto tr197;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st145;
	goto st13;
st146:
	if ( ++p == pe )
		goto _test_eof146;
case 146:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 83u: goto st147;
		case 93u: goto tr27;
		case 115u: goto st147;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st147:
	if ( ++p == pe )
		goto _test_eof147;
case 147:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 69u: goto st148;
		case 93u: goto tr27;
		case 101u: goto st148;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st148:
	if ( ++p == pe )
		goto _test_eof148;
case 148:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 69u: goto st149;
		case 93u: goto tr27;
		case 101u: goto st149;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st149:
	if ( ++p == pe )
		goto _test_eof149;
case 149:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st12;
		case 33u: goto st11;
		case 78u: goto st150;
		case 93u: goto tr27;
		case 110u: goto st150;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st150:
	if ( ++p == pe )
		goto _test_eof150;
case 150:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 32u: goto st151;
		case 33u: goto st11;
		case 93u: goto tr27;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st11;
		} else if ( (*p) >= 35u )
			goto st11;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st11;
		} else if ( (*p) >= 94u )
			goto st11;
	} else
		goto st11;
	goto st9;
st151:
	if ( ++p == pe )
		goto _test_eof151;
case 151:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 93u: goto st9;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr203;
	goto st13;
tr203:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st152;
st152:
	if ( ++p == pe )
		goto _test_eof152;
case 152:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr17;
		case 93u: goto tr205;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st152;
	goto st13;
st153:
	if ( ++p == pe )
		goto _test_eof153;
case 153:
	switch( (*p) ) {
		case 79u: goto st6;
		case 111u: goto st6;
	}
	goto st0;
st154:
	if ( ++p == pe )
		goto _test_eof154;
case 154:
	switch( (*p) ) {
		case 75u: goto st6;
		case 107u: goto st6;
	}
	goto st0;
tr2:
	{ IMW_EV_OPEN(IMW_RULE_RESPONSE_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_GREETING); }
	goto st155;
st155:
	if ( ++p == pe )
		goto _test_eof155;
case 155:
	if ( (*p) == 32u )
		goto st156;
	goto st0;
st156:
	if ( ++p == pe )
		goto _test_eof156;
case 156:
	switch( (*p) ) {
		case 48u: goto tr207;
		case 66u: goto st710;
		case 67u: goto tr210;
		case 69u: goto tr211;
		case 70u: goto tr212;
		case 76u: goto tr213;
		case 78u: goto tr214;
		case 79u: goto st1240;
		case 80u: goto st1241;
		case 83u: goto tr217;
		case 86u: goto tr218;
		case 98u: goto st710;
		case 99u: goto tr210;
		case 101u: goto tr211;
		case 102u: goto tr212;
		case 108u: goto tr213;
		case 110u: goto tr214;
		case 111u: goto st1240;
		case 112u: goto st1241;
		case 115u: goto tr217;
		case 118u: goto tr218;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr208;
	goto st0;
tr207:
	{ IMW_EV_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st157;
st157:
	if ( ++p == pe )
		goto _test_eof157;
case 157:
	if ( (*p) == 32u )
		goto tr219;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st157;
	goto st0;
tr219:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st158;
st158:
	if ( ++p == pe )
		goto _test_eof158;
case 158:
	switch( (*p) ) {
		case 69u: goto st159;
		case 82u: goto st166;
		case 101u: goto st159;
		case 114u: goto st166;
	}
	goto st0;
st159:
	if ( ++p == pe )
		goto _test_eof159;
case 159:
	switch( (*p) ) {
		case 88u: goto st160;
		case 120u: goto st160;
	}
	goto st0;
st160:
	if ( ++p == pe )
		goto _test_eof160;
case 160:
	switch( (*p) ) {
		case 73u: goto st161;
		case 105u: goto st161;
	}
	goto st0;
st161:
	if ( ++p == pe )
		goto _test_eof161;
case 161:
	switch( (*p) ) {
		case 83u: goto st162;
		case 115u: goto st162;
	}
	goto st0;
st162:
	if ( ++p == pe )
		goto _test_eof162;
case 162:
	switch( (*p) ) {
		case 84u: goto st163;
		case 116u: goto st163;
	}
	goto st0;
st163:
	if ( ++p == pe )
		goto _test_eof163;
case 163:
	switch( (*p) ) {
		case 83u: goto st164;
		case 115u: goto st164;
	}
	goto st0;
tr1801:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st164;
tr1818:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st164;
tr1758:
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st164;
st164:
	if ( ++p == pe )
		goto _test_eof164;
case 164:
	if ( (*p) == 13u )
		goto tr228;
	goto st0;
tr867:
	{ IMW_EV_CLOSE(IMW_RULE_TEXT); }
	goto st165;
tr228:
	{ IMW_EV_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st165;
tr244:
	{ IMW_EV_CLOSE(IMW_RULE_MESSAGE_DATA); }
	goto st165;
tr267:
	{ IMW_EV_CLOSE(IMW_RULE_MSG_ATT); }
	{ IMW_EV_CLOSE(IMW_RULE_MESSAGE_DATA); }
	goto st165;
tr1263:
	{ IMW_EV_CLOSE(IMW_RULE_CAPABILITY); }
	{ IMW_EV_CLOSE(IMW_RULE_CAPABILITY_DATA); }
	goto st165;
tr1311:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st165;
tr1317:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st165;
tr1325:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st165;
tr1328:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st165;
tr1352:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_LIST); }
	{ IMW_EV_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st165;
tr1371:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st165;
tr1381:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st165;
tr1746:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st165;
tr1858:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_MESSAGE_DATA); }
	goto st165;
tr1863:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_MESSAGE_DATA); }
	goto st165;
st165:
	if ( ++p == pe )
		goto _test_eof165;
case 165:
	if ( (*p) == 10u )
		goto st2351;
	goto st0;
st2351:
	if ( ++p == pe )
		goto _test_eof2351;
case 2351:
	goto st0;
st166:
	if ( ++p == pe )
		goto _test_eof166;
case 166:
	switch( (*p) ) {
		case 69u: goto st167;
		case 101u: goto st167;
	}
	goto st0;
st167:
	if ( ++p == pe )
		goto _test_eof167;
case 167:
	switch( (*p) ) {
		case 67u: goto st168;
		case 99u: goto st168;
	}
	goto st0;
st168:
	if ( ++p == pe )
		goto _test_eof168;
case 168:
	switch( (*p) ) {
		case 69u: goto st169;
		case 101u: goto st169;
	}
	goto st0;
st169:
	if ( ++p == pe )
		goto _test_eof169;
case 169:
	switch( (*p) ) {
		case 78u: goto st170;
		case 110u: goto st170;
	}
	goto st0;
st170:
	if ( ++p == pe )
		goto _test_eof170;
case 170:
	switch( (*p) ) {
		case 84u: goto st164;
		case 116u: goto st164;
	}
	goto st0;
tr208:
	{ IMW_EV_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	{ IMW_EV_OPEN(IMW_RULE_MESSAGE_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st171;
st171:
	if ( ++p == pe )
		goto _test_eof171;
case 171:
	if ( (*p) == 32u )
		goto tr234;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st171;
	goto st0;
tr234:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st172;
st172:
	if ( ++p == pe )
		goto _test_eof172;
case 172:
	switch( (*p) ) {
		case 69u: goto st173;
		case 70u: goto st180;
		case 82u: goto st166;
		case 101u: goto st173;
		case 102u: goto st180;
		case 114u: goto st166;
	}
	goto st0;
st173:
	if ( ++p == pe )
		goto _test_eof173;
case 173:
	switch( (*p) ) {
		case 88u: goto st174;
		case 120u: goto st174;
	}
	goto st0;
st174:
	if ( ++p == pe )
		goto _test_eof174;
case 174:
	switch( (*p) ) {
		case 73u: goto st161;
		case 80u: goto st175;
		case 105u: goto st161;
		case 112u: goto st175;
	}
	goto st0;
st175:
	if ( ++p == pe )
		goto _test_eof175;
case 175:
	switch( (*p) ) {
		case 85u: goto st176;
		case 117u: goto st176;
	}
	goto st0;
st176:
	if ( ++p == pe )
		goto _test_eof176;
case 176:
	switch( (*p) ) {
		case 78u: goto st177;
		case 110u: goto st177;
	}
	goto st0;
st177:
	if ( ++p == pe )
		goto _test_eof177;
case 177:
	switch( (*p) ) {
		case 71u: goto st178;
		case 103u: goto st178;
	}
	goto st0;
st178:
	if ( ++p == pe )
		goto _test_eof178;
case 178:
	switch( (*p) ) {
		case 69u: goto st179;
		case 101u: goto st179;
	}
	goto st0;
st179:
	if ( ++p == pe )
		goto _test_eof179;
case 179:
	if ( (*p) == 13u )
		goto tr244;
	goto st0;
st180:
	if ( ++p == pe )
		goto _test_eof180;
case 180:
	switch( (*p) ) {
		case 69u: goto st181;
		case 101u: goto st181;
	}
	goto st0;
st181:
	if ( ++p == pe )
		goto _test_eof181;
case 181:
	switch( (*p) ) {
		case 84u: goto st182;
		case 116u: goto st182;
	}
	goto st0;
st182:
	if ( ++p == pe )
		goto _test_eof182;
case 182:
	switch( (*p) ) {
		case 67u: goto st183;
		case 99u: goto st183;
	}
	goto st0;
st183:
	if ( ++p == pe )
		goto _test_eof183;
case 183:
	switch( (*p) ) {
		case 72u: goto st184;
		case 104u: goto st184;
	}
	goto st0;
st184:
	if ( ++p == pe )
		goto _test_eof184;
case 184:
	if ( (*p) == 32u )
		goto st185;
	goto st0;
st185:
	if ( ++p == pe )
		goto _test_eof185;
case 185:
	if ( (*p) == 40u )
		goto tr250;
	goto st0;
tr847:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st186;
tr856:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st186;
tr250:
	{ IMW_EV_OPEN(IMW_RULE_MSG_ATT); }
	goto st186;
tr318:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st186;
tr548:
	{ IMW_EV_CLOSE(IMW_RULE_ENVELOPE); }
	goto st186;
st186:
	if ( ++p == pe )
		goto _test_eof186;
case 186:
	switch( (*p) ) {
		case 66u: goto st187;
		case 69u: goto st255;
		case 70u: goto st609;
		case 73u: goto st619;
		case 77u: goto st675;
		case 82u: goto st684;
		case 85u: goto st705;
		case 98u: goto st187;
		case 101u: goto st255;
		case 102u: goto st609;
		case 105u: goto st619;
		case 109u: goto st675;
		case 114u: goto st684;
		case 117u: goto st705;
	}
	goto st0;
st187:
	if ( ++p == pe )
		goto _test_eof187;
case 187:
	switch( (*p) ) {
		case 79u: goto st188;
		case 111u: goto st188;
	}
	goto st0;
st188:
	if ( ++p == pe )
		goto _test_eof188;
case 188:
	switch( (*p) ) {
		case 68u: goto st189;
		case 100u: goto st189;
	}
	goto st0;
st189:
	if ( ++p == pe )
		goto _test_eof189;
case 189:
	switch( (*p) ) {
		case 89u: goto st190;
		case 121u: goto st190;
	}
	goto st0;
st190:
	if ( ++p == pe )
		goto _test_eof190;
case 190:
	switch( (*p) ) {
		case 32u: goto st191;
		case 83u: goto st194;
		case 91u: goto st203;
		case 115u: goto st194;
	}
	goto st0;
st191:
	if ( ++p == pe )
		goto _test_eof191;
case 191:
	if ( (*p) == 40u )
		goto tr264;
	goto st0;
tr264:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_BODY)) {p++; cs = 192; goto _out;} {( run->stack)[( run->top)++] = 192;goto st1652;} }
	goto st192;
tr762:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG); }
	goto st192;
tr826:
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st192;
st192:
	if ( ++p == pe )
		goto _test_eof192;
case 192:
	switch( (*p) ) {
		case 32u: goto st186;
		case 41u: goto st193;
	}
	goto st0;
tr848:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st193;
tr857:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st193;
tr319:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st193;
tr549:
	{ IMW_EV_CLOSE(IMW_RULE_ENVELOPE); }
	goto st193;
st193:
	if ( ++p == pe )
		goto _test_eof193;
case 193:
	if ( (*p) == 13u )
		goto tr267;
	goto st0;
st194:
	if ( ++p == pe )
		goto _test_eof194;
case 194:
	switch( (*p) ) {
		case 84u: goto st195;
		case 116u: goto st195;
	}
	goto st0;
st195:
	if ( ++p == pe )
		goto _test_eof195;
case 195:
	switch( (*p) ) {
		case 82u: goto st196;
		case 114u: goto st196;
	}
	goto st0;
st196:
	if ( ++p == pe )
		goto _test_eof196;
case 196:
	switch( (*p) ) {
		case 85u: goto st197;
		case 117u: goto st197;
	}
	goto st0;
st197:
	if ( ++p == pe )
		goto _test_eof197;
case 197:
	switch( (*p) ) {
		case 67u: goto st198;
		case 99u: goto st198;
	}
	goto st0;
st198:
	if ( ++p == pe )
		goto _test_eof198;
case 198:
	switch( (*p) ) {
		case 84u: goto st199;
		case 116u: goto st199;
	}
	goto st0;
st199:
	if ( ++p == pe )
		goto _test_eof199;
case 199:
	switch( (*p) ) {
		case 85u: goto st200;
		case 117u: goto st200;
	}
	goto st0;
st200:
	if ( ++p == pe )
		goto _test_eof200;
case 200:
	switch( (*p) ) {
		case 82u: goto st201;
		case 114u: goto st201;
	}
	goto st0;
st201:
	if ( ++p == pe )
		goto _test_eof201;
case 201:
	switch( (*p) ) {
		case 69u: goto st202;
		case 101u: goto st202;
	}
	goto st0;
st202:
	if ( ++p == pe )
		goto _test_eof202;
case 202:
	if ( (*p) == 32u )
		goto st191;
	goto st0;
st203:
	if ( ++p == pe )
		goto _test_eof203;
case 203:
	switch( (*p) ) {
		case 72u: goto st206;
		case 84u: goto st252;
		case 93u: goto st223;
		case 104u: goto st206;
		case 116u: goto st252;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr276;
	goto st0;
tr276:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st204;
st204:
	if ( ++p == pe )
		goto _test_eof204;
case 204:
	switch( (*p) ) {
		case 46u: goto tr280;
		case 93u: goto tr282;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st204;
	goto st0;
tr280:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st205;
st205:
	if ( ++p == pe )
		goto _test_eof205;
case 205:
	switch( (*p) ) {
		case 72u: goto st206;
		case 77u: goto st249;
		case 84u: goto st252;
		case 104u: goto st206;
		case 109u: goto st249;
		case 116u: goto st252;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr276;
	goto st0;
st206:
	if ( ++p == pe )
		goto _test_eof206;
case 206:
	switch( (*p) ) {
		case 69u: goto st207;
		case 101u: goto st207;
	}
	goto st0;
st207:
	if ( ++p == pe )
		goto _test_eof207;
case 207:
	switch( (*p) ) {
		case 65u: goto st208;
		case 97u: goto st208;
	}
	goto st0;
st208:
	if ( ++p == pe )
		goto _test_eof208;
case 208:
	switch( (*p) ) {
		case 68u: goto st209;
		case 100u: goto st209;
	}
	goto st0;
st209:
	if ( ++p == pe )
		goto _test_eof209;
case 209:
	switch( (*p) ) {
		case 69u: goto st210;
		case 101u: goto st210;
	}
	goto st0;
st210:
	if ( ++p == pe )
		goto _test_eof210;
case 210:
	switch( (*p) ) {
		case 82u: goto st211;
		case 114u: goto st211;
	}
	goto st0;
st211:
	if ( ++p == pe )
		goto _test_eof211;
case 211:
	switch( (*p) ) {
		case 46u: goto st212;
		case 93u: goto st223;
	}
	goto st0;
st212:
	if ( ++p == pe )
		goto _test_eof212;
case 212:
	switch( (*p) ) {
		case 70u: goto st213;
		case 102u: goto st213;
	}
	goto st0;
st213:
	if ( ++p == pe )
		goto _test_eof213;
case 213:
	switch( (*p) ) {
		case 73u: goto st214;
		case 105u: goto st214;
	}
	goto st0;
st214:
	if ( ++p == pe )
		goto _test_eof214;
case 214:
	switch( (*p) ) {
		case 69u: goto st215;
		case 101u: goto st215;
	}
	goto st0;
st215:
	if ( ++p == pe )
		goto _test_eof215;
case 215:
	switch( (*p) ) {
		case 76u: goto st216;
		case 108u: goto st216;
	}
	goto st0;
st216:
	if ( ++p == pe )
		goto _test_eof216;
case 216:
	switch( (*p) ) {
		case 68u: goto st217;
		case 100u: goto st217;
	}
	goto st0;
st217:
	if ( ++p == pe )
		goto _test_eof217;
case 217:
	switch( (*p) ) {
		case 83u: goto st218;
		case 115u: goto st218;
	}
	goto st0;
st218:
	if ( ++p == pe )
		goto _test_eof218;
case 218:
	switch( (*p) ) {
		case 32u: goto st219;
		case 46u: goto st245;
	}
	goto st0;
st219:
	if ( ++p == pe )
		goto _test_eof219;
case 219:
	if ( (*p) == 40u )
		goto st220;
	goto st0;
tr302:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st220;
tr331:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st220;
st220:
	if ( ++p == pe )
		goto _test_eof220;
case 220:
	switch( (*p) ) {
		case 34u: goto tr300;
		case 123u: goto tr301;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr299;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr299;
		} else if ( (*p) >= 43u )
			goto tr299;
	} else
		goto tr299;
	goto st0;
tr299:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st221;
st221:
	if ( ++p == pe )
		goto _test_eof221;
case 221:
	switch( (*p) ) {
		case 32u: goto tr302;
		case 33u: goto st221;
		case 41u: goto tr304;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st221;
		} else if ( (*p) >= 35u )
			goto st221;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st221;
		} else if ( (*p) >= 93u )
			goto st221;
	} else
		goto st221;
	goto st0;
tr304:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st222;
tr332:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st222;
st222:
	if ( ++p == pe )
		goto _test_eof222;
case 222:
	if ( (*p) == 93u )
		goto st223;
	goto st0;
tr282:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st223;
st223:
	if ( ++p == pe )
		goto _test_eof223;
case 223:
	switch( (*p) ) {
		case 32u: goto st224;
		case 60u: goto st234;
	}
	goto st0;
st224:
	if ( ++p == pe )
		goto _test_eof224;
case 224:
	switch( (*p) ) {
		case 34u: goto st225;
		case 78u: goto st227;
		case 110u: goto st227;
		case 123u: goto tr309;
	}
	goto st0;
st225:
	if ( ++p == pe )
		goto _test_eof225;
case 225:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st192;
		case 92u: goto st226;
	}
	goto st225;
st226:
	if ( ++p == pe )
		goto _test_eof226;
case 226:
	switch( (*p) ) {
		case 34u: goto st225;
		case 92u: goto st225;
	}
	goto st0;
st227:
	if ( ++p == pe )
		goto _test_eof227;
case 227:
	switch( (*p) ) {
		case 73u: goto st228;
		case 105u: goto st228;
	}
	goto st0;
st228:
	if ( ++p == pe )
		goto _test_eof228;
case 228:
	switch( (*p) ) {
		case 76u: goto st192;
		case 108u: goto st192;
	}
	goto st0;
tr309:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st229;
st229:
	if ( ++p == pe )
		goto _test_eof229;
case 229:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr313;
	goto st0;
tr313:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st230;
st230:
	if ( ++p == pe )
		goto _test_eof230;
case 230:
	if ( (*p) == 125u )
		goto tr315;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st230;
	goto st0;
tr315:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st231;
st231:
	if ( ++p == pe )
		goto _test_eof231;
case 231:
	if ( (*p) == 13u )
		goto st232;
	goto st0;
st232:
	if ( ++p == pe )
		goto _test_eof232;
case 232:
	if ( (*p) == 10u )
		goto tr317;
	goto st0;
tr317:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st233;
st233:
	if ( ++p == pe )
		goto _test_eof233;
case 233:
	switch( (*p) ) {
		case 32u: goto tr318;
		case 41u: goto tr319;
	}
	goto st0;
st234:
	if ( ++p == pe )
		goto _test_eof234;
case 234:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr320;
	goto st0;
tr320:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st235;
st235:
	if ( ++p == pe )
		goto _test_eof235;
case 235:
	if ( (*p) == 62u )
		goto tr322;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st235;
	goto st0;
tr322:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st236;
st236:
	if ( ++p == pe )
		goto _test_eof236;
case 236:
	if ( (*p) == 32u )
		goto st224;
	goto st0;
tr300:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st237;
st237:
	if ( ++p == pe )
		goto _test_eof237;
case 237:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st238;
		case 92u: goto st239;
	}
	goto st237;
st238:
	if ( ++p == pe )
		goto _test_eof238;
case 238:
	switch( (*p) ) {
		case 32u: goto tr302;
		case 41u: goto tr304;
	}
	goto st0;
st239:
	if ( ++p == pe )
		goto _test_eof239;
case 239:
	switch( (*p) ) {
		case 34u: goto st237;
		case 92u: goto st237;
	}
	goto st0;
tr301:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st240;
st240:
	if ( ++p == pe )
		goto _test_eof240;
case 240:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr326;
	goto st0;
tr326:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st241;
st241:
	if ( ++p == pe )
		goto _test_eof241;
case 241:
	if ( (*p) == 125u )
		goto tr328;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st241;
	goto st0;
tr328:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st242;
st242:
	if ( ++p == pe )
		goto _test_eof242;
case 242:
	if ( (*p) == 13u )
		goto st243;
	goto st0;
st243:
	if ( ++p == pe )
		goto _test_eof243;
case 243:
	if ( (*p) == 10u )
		goto tr330;
	goto st0;
tr330:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st244;
st244:
	if ( ++p == pe )
		goto _test_eof244;
case 244:
	switch( (*p) ) {
		case 32u: goto tr331;
		case 41u: goto tr332;
	}
	goto st0;
st245:
	if ( ++p == pe )
		goto _test_eof245;
case 245:
	switch( (*p) ) {
		case 78u: goto st246;
		case 110u: goto st246;
	}
	goto st0;
st246:
	if ( ++p == pe )
		goto _test_eof246;
case 246:
	switch( (*p) ) {
		case 79u: goto st247;
		case 111u: goto st247;
	}
	goto st0;
st247:
	if ( ++p == pe )
		goto _test_eof247;
case 247:
	switch( (*p) ) {
		case 84u: goto st248;
		case 116u: goto st248;
	}
	goto st0;
st248:
	if ( ++p == pe )
		goto _test_eof248;
case 248:
	if ( (*p) == 32u )
		goto st219;
	goto st0;
st249:
	if ( ++p == pe )
		goto _test_eof249;
case 249:
	switch( (*p) ) {
		case 73u: goto st250;
		case 105u: goto st250;
	}
	goto st0;
st250:
	if ( ++p == pe )
		goto _test_eof250;
case 250:
	switch( (*p) ) {
		case 77u: goto st251;
		case 109u: goto st251;
	}
	goto st0;
st251:
	if ( ++p == pe )
		goto _test_eof251;
case 251:
	switch( (*p) ) {
		case 69u: goto st222;
		case 101u: goto st222;
	}
	goto st0;
st252:
	if ( ++p == pe )
		goto _test_eof252;
case 252:
	switch( (*p) ) {
		case 69u: goto st253;
		case 101u: goto st253;
	}
	goto st0;
st253:
	if ( ++p == pe )
		goto _test_eof253;
case 253:
	switch( (*p) ) {
		case 88u: goto st254;
		case 120u: goto st254;
	}
	goto st0;
st254:
	if ( ++p == pe )
		goto _test_eof254;
case 254:
	switch( (*p) ) {
		case 84u: goto st222;
		case 116u: goto st222;
	}
	goto st0;
st255:
	if ( ++p == pe )
		goto _test_eof255;
case 255:
	switch( (*p) ) {
		case 78u: goto st256;
		case 110u: goto st256;
	}
	goto st0;
st256:
	if ( ++p == pe )
		goto _test_eof256;
case 256:
	switch( (*p) ) {
		case 86u: goto st257;
		case 118u: goto st257;
	}
	goto st0;
st257:
	if ( ++p == pe )
		goto _test_eof257;
case 257:
	switch( (*p) ) {
		case 69u: goto st258;
		case 101u: goto st258;
	}
	goto st0;
st258:
	if ( ++p == pe )
		goto _test_eof258;
case 258:
	switch( (*p) ) {
		case 76u: goto st259;
		case 108u: goto st259;
	}
	goto st0;
st259:
	if ( ++p == pe )
		goto _test_eof259;
case 259:
	switch( (*p) ) {
		case 79u: goto st260;
		case 111u: goto st260;
	}
	goto st0;
st260:
	if ( ++p == pe )
		goto _test_eof260;
case 260:
	switch( (*p) ) {
		case 80u: goto st261;
		case 112u: goto st261;
	}
	goto st0;
st261:
	if ( ++p == pe )
		goto _test_eof261;
case 261:
	switch( (*p) ) {
		case 69u: goto st262;
		case 101u: goto st262;
	}
	goto st0;
st262:
	if ( ++p == pe )
		goto _test_eof262;
case 262:
	if ( (*p) == 32u )
		goto st263;
	goto st0;
st263:
	if ( ++p == pe )
		goto _test_eof263;
case 263:
	if ( (*p) == 40u )
		goto tr349;
	goto st0;
tr349:
	{ IMW_EV_OPEN(IMW_RULE_ENVELOPE); }
	goto st264;
st264:
	if ( ++p == pe )
		goto _test_eof264;
case 264:
	switch( (*p) ) {
		case 34u: goto st265;
		case 78u: goto st602;
		case 110u: goto st602;
		case 123u: goto tr352;
	}
	goto st0;
st265:
	if ( ++p == pe )
		goto _test_eof265;
case 265:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st266;
		case 92u: goto st601;
	}
	goto st265;
st266:
	if ( ++p == pe )
		goto _test_eof266;
case 266:
	if ( (*p) == 32u )
		goto st267;
	goto st0;
tr751:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st267;
st267:
	if ( ++p == pe )
		goto _test_eof267;
case 267:
	switch( (*p) ) {
		case 34u: goto st268;
		case 78u: goto st594;
		case 110u: goto st594;
		case 123u: goto tr358;
	}
	goto st0;
st268:
	if ( ++p == pe )
		goto _test_eof268;
case 268:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st269;
		case 92u: goto st593;
	}
	goto st268;
st269:
	if ( ++p == pe )
		goto _test_eof269;
case 269:
	if ( (*p) == 32u )
		goto st270;
	goto st0;
tr744:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st270;
st270:
	if ( ++p == pe )
		goto _test_eof270;
case 270:
	switch( (*p) ) {
		case 40u: goto st271;
		case 78u: goto st591;
		case 110u: goto st591;
	}
	goto st0;
st271:
	if ( ++p == pe )
		goto _test_eof271;
case 271:
	if ( (*p) == 40u )
		goto st272;
	goto st0;
st272:
	if ( ++p == pe )
		goto _test_eof272;
case 272:
	switch( (*p) ) {
		case 34u: goto st273;
		case 78u: goto st584;
		case 110u: goto st584;
		case 123u: goto tr367;
	}
	goto st0;
st273:
	if ( ++p == pe )
		goto _test_eof273;
case 273:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st274;
		case 92u: goto st583;
	}
	goto st273;
st274:
	if ( ++p == pe )
		goto _test_eof274;
case 274:
	if ( (*p) == 32u )
		goto st275;
	goto st0;
tr736:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st275;
st275:
	if ( ++p == pe )
		goto _test_eof275;
case 275:
	switch( (*p) ) {
		case 34u: goto st276;
		case 78u: goto st576;
		case 110u: goto st576;
		case 123u: goto tr373;
	}
	goto st0;
st276:
	if ( ++p == pe )
		goto _test_eof276;
case 276:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st277;
		case 92u: goto st575;
	}
	goto st276;
st277:
	if ( ++p == pe )
		goto _test_eof277;
case 277:
	if ( (*p) == 32u )
		goto st278;
	goto st0;
tr729:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st278;
st278:
	if ( ++p == pe )
		goto _test_eof278;
case 278:
	switch( (*p) ) {
		case 34u: goto st279;
		case 78u: goto st568;
		case 110u: goto st568;
		case 123u: goto tr379;
	}
	goto st0;
st279:
	if ( ++p == pe )
		goto _test_eof279;
case 279:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st280;
		case 92u: goto st567;
	}
	goto st279;
st280:
	if ( ++p == pe )
		goto _test_eof280;
case 280:
	if ( (*p) == 32u )
		goto st281;
	goto st0;
tr722:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st281;
st281:
	if ( ++p == pe )
		goto _test_eof281;
case 281:
	switch( (*p) ) {
		case 34u: goto st282;
		case 78u: goto st560;
		case 110u: goto st560;
		case 123u: goto tr385;
	}
	goto st0;
st282:
	if ( ++p == pe )
		goto _test_eof282;
case 282:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st283;
		case 92u: goto st559;
	}
	goto st282;
st283:
	if ( ++p == pe )
		goto _test_eof283;
case 283:
	if ( (*p) == 41u )
		goto st284;
	goto st0;
tr715:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st284;
st284:
	if ( ++p == pe )
		goto _test_eof284;
case 284:
	switch( (*p) ) {
		case 40u: goto st272;
		case 41u: goto st285;
	}
	goto st0;
st285:
	if ( ++p == pe )
		goto _test_eof285;
case 285:
	if ( (*p) == 32u )
		goto st286;
	goto st0;
st286:
	if ( ++p == pe )
		goto _test_eof286;
case 286:
	switch( (*p) ) {
		case 40u: goto st287;
		case 78u: goto st557;
		case 110u: goto st557;
	}
	goto st0;
st287:
	if ( ++p == pe )
		goto _test_eof287;
case 287:
	if ( (*p) == 40u )
		goto st288;
	goto st0;
st288:
	if ( ++p == pe )
		goto _test_eof288;
case 288:
	switch( (*p) ) {
		case 34u: goto st289;
		case 78u: goto st550;
		case 110u: goto st550;
		case 123u: goto tr396;
	}
	goto st0;
st289:
	if ( ++p == pe )
		goto _test_eof289;
case 289:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st290;
		case 92u: goto st549;
	}
	goto st289;
st290:
	if ( ++p == pe )
		goto _test_eof290;
case 290:
	if ( (*p) == 32u )
		goto st291;
	goto st0;
tr707:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st291;
st291:
	if ( ++p == pe )
		goto _test_eof291;
case 291:
	switch( (*p) ) {
		case 34u: goto st292;
		case 78u: goto st542;
		case 110u: goto st542;
		case 123u: goto tr402;
	}
	goto st0;
st292:
	if ( ++p == pe )
		goto _test_eof292;
case 292:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st293;
		case 92u: goto st541;
	}
	goto st292;
st293:
	if ( ++p == pe )
		goto _test_eof293;
case 293:
	if ( (*p) == 32u )
		goto st294;
	goto st0;
tr700:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st294;
st294:
	if ( ++p == pe )
		goto _test_eof294;
case 294:
	switch( (*p) ) {
		case 34u: goto st295;
		case 78u: goto st534;
		case 110u: goto st534;
		case 123u: goto tr408;
	}
	goto st0;
st295:
	if ( ++p == pe )
		goto _test_eof295;
case 295:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st296;
		case 92u: goto st533;
	}
	goto st295;
st296:
	if ( ++p == pe )
		goto _test_eof296;
case 296:
	if ( (*p) == 32u )
		goto st297;
	goto st0;
tr693:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st297;
st297:
	if ( ++p == pe )
		goto _test_eof297;
case 297:
	switch( (*p) ) {
		case 34u: goto st298;
		case 78u: goto st526;
		case 110u: goto st526;
		case 123u: goto tr414;
	}
	goto st0;
st298:
	if ( ++p == pe )
		goto _test_eof298;
case 298:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st299;
		case 92u: goto st525;
	}
	goto st298;
st299:
	if ( ++p == pe )
		goto _test_eof299;
case 299:
	if ( (*p) == 41u )
		goto st300;
	goto st0;
tr686:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st300;
st300:
	if ( ++p == pe )
		goto _test_eof300;
case 300:
	switch( (*p) ) {
		case 40u: goto st288;
		case 41u: goto st301;
	}
	goto st0;
st301:
	if ( ++p == pe )
		goto _test_eof301;
case 301:
	if ( (*p) == 32u )
		goto st302;
	goto st0;
st302:
	if ( ++p == pe )
		goto _test_eof302;
case 302:
	switch( (*p) ) {
		case 40u: goto st303;
		case 78u: goto st523;
		case 110u: goto st523;
	}
	goto st0;
st303:
	if ( ++p == pe )
		goto _test_eof303;
case 303:
	if ( (*p) == 40u )
		goto st304;
	goto st0;
st304:
	if ( ++p == pe )
		goto _test_eof304;
case 304:
	switch( (*p) ) {
		case 34u: goto st305;
		case 78u: goto st516;
		case 110u: goto st516;
		case 123u: goto tr425;
	}
	goto st0;
st305:
	if ( ++p == pe )
		goto _test_eof305;
case 305:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st306;
		case 92u: goto st515;
	}
	goto st305;
st306:
	if ( ++p == pe )
		goto _test_eof306;
case 306:
	if ( (*p) == 32u )
		goto st307;
	goto st0;
tr678:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st307;
st307:
	if ( ++p == pe )
		goto _test_eof307;
case 307:
	switch( (*p) ) {
		case 34u: goto st308;
		case 78u: goto st508;
		case 110u: goto st508;
		case 123u: goto tr431;
	}
	goto st0;
st308:
	if ( ++p == pe )
		goto _test_eof308;
case 308:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st309;
		case 92u: goto st507;
	}
	goto st308;
st309:
	if ( ++p == pe )
		goto _test_eof309;
case 309:
	if ( (*p) == 32u )
		goto st310;
	goto st0;
tr671:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st310;
st310:
	if ( ++p == pe )
		goto _test_eof310;
case 310:
	switch( (*p) ) {
		case 34u: goto st311;
		case 78u: goto st500;
		case 110u: goto st500;
		case 123u: goto tr437;
	}
	goto st0;
st311:
	if ( ++p == pe )
		goto _test_eof311;
case 311:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st312;
		case 92u: goto st499;
	}
	goto st311;
st312:
	if ( ++p == pe )
		goto _test_eof312;
case 312:
	if ( (*p) == 32u )
		goto st313;
	goto st0;
tr664:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st313;
st313:
	if ( ++p == pe )
		goto _test_eof313;
case 313:
	switch( (*p) ) {
		case 34u: goto st314;
		case 78u: goto st492;
		case 110u: goto st492;
		case 123u: goto tr443;
	}
	goto st0;
st314:
	if ( ++p == pe )
		goto _test_eof314;
case 314:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st315;
		case 92u: goto st491;
	}
	goto st314;
st315:
	if ( ++p == pe )
		goto _test_eof315;
case 315:
	if ( (*p) == 41u )
		goto st316;
	goto st0;
tr657:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st316;
st316:
	if ( ++p == pe )
		goto _test_eof316;
case 316:
	switch( (*p) ) {
		case 40u: goto st304;
		case 41u: goto st317;
	}
	goto st0;
st317:
	if ( ++p == pe )
		goto _test_eof317;
case 317:
	if ( (*p) == 32u )
		goto st318;
	goto st0;
st318:
	if ( ++p == pe )
		goto _test_eof318;
case 318:
	switch( (*p) ) {
		case 40u: goto st319;
		case 78u: goto st489;
		case 110u: goto st489;
	}
	goto st0;
st319:
	if ( ++p == pe )
		goto _test_eof319;
case 319:
	if ( (*p) == 40u )
		goto st320;
	goto st0;
st320:
	if ( ++p == pe )
		goto _test_eof320;
case 320:
	switch( (*p) ) {
		case 34u: goto st321;
		case 78u: goto st482;
		case 110u: goto st482;
		case 123u: goto tr454;
	}
	goto st0;
st321:
	if ( ++p == pe )
		goto _test_eof321;
case 321:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st322;
		case 92u: goto st481;
	}
	goto st321;
st322:
	if ( ++p == pe )
		goto _test_eof322;
case 322:
	if ( (*p) == 32u )
		goto st323;
	goto st0;
tr649:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st323;
st323:
	if ( ++p == pe )
		goto _test_eof323;
case 323:
	switch( (*p) ) {
		case 34u: goto st324;
		case 78u: goto st474;
		case 110u: goto st474;
		case 123u: goto tr460;
	}
	goto st0;
st324:
	if ( ++p == pe )
		goto _test_eof324;
case 324:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st325;
		case 92u: goto st473;
	}
	goto st324;
st325:
	if ( ++p == pe )
		goto _test_eof325;
case 325:
	if ( (*p) == 32u )
		goto st326;
	goto st0;
tr642:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st326;
st326:
	if ( ++p == pe )
		goto _test_eof326;
case 326:
	switch( (*p) ) {
		case 34u: goto st327;
		case 78u: goto st466;
		case 110u: goto st466;
		case 123u: goto tr466;
	}
	goto st0;
st327:
	if ( ++p == pe )
		goto _test_eof327;
case 327:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st328;
		case 92u: goto st465;
	}
	goto st327;
st328:
	if ( ++p == pe )
		goto _test_eof328;
case 328:
	if ( (*p) == 32u )
		goto st329;
	goto st0;
tr635:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st329;
st329:
	if ( ++p == pe )
		goto _test_eof329;
case 329:
	switch( (*p) ) {
		case 34u: goto st330;
		case 78u: goto st458;
		case 110u: goto st458;
		case 123u: goto tr472;
	}
	goto st0;
st330:
	if ( ++p == pe )
		goto _test_eof330;
case 330:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st331;
		case 92u: goto st457;
	}
	goto st330;
st331:
	if ( ++p == pe )
		goto _test_eof331;
case 331:
	if ( (*p) == 41u )
		goto st332;
	goto st0;
tr628:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st332;
st332:
	if ( ++p == pe )
		goto _test_eof332;
case 332:
	switch( (*p) ) {
		case 40u: goto st320;
		case 41u: goto st333;
	}
	goto st0;
st333:
	if ( ++p == pe )
		goto _test_eof333;
case 333:
	if ( (*p) == 32u )
		goto st334;
	goto st0;
st334:
	if ( ++p == pe )
		goto _test_eof334;
case 334:
	switch( (*p) ) {
		case 40u: goto st335;
		case 78u: goto st455;
		case 110u: goto st455;
	}
	goto st0;
st335:
	if ( ++p == pe )
		goto _test_eof335;
case 335:
	if ( (*p) == 40u )
		goto st336;
	goto st0;
st336:
	if ( ++p == pe )
		goto _test_eof336;
case 336:
	switch( (*p) ) {
		case 34u: goto st337;
		case 78u: goto st448;
		case 110u: goto st448;
		case 123u: goto tr483;
	}
	goto st0;
st337:
	if ( ++p == pe )
		goto _test_eof337;
case 337:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st338;
		case 92u: goto st447;
	}
	goto st337;
st338:
	if ( ++p == pe )
		goto _test_eof338;
case 338:
	if ( (*p) == 32u )
		goto st339;
	goto st0;
tr620:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st339;
st339:
	if ( ++p == pe )
		goto _test_eof339;
case 339:
	switch( (*p) ) {
		case 34u: goto st340;
		case 78u: goto st440;
		case 110u: goto st440;
		case 123u: goto tr489;
	}
	goto st0;
st340:
	if ( ++p == pe )
		goto _test_eof340;
case 340:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st341;
		case 92u: goto st439;
	}
	goto st340;
st341:
	if ( ++p == pe )
		goto _test_eof341;
case 341:
	if ( (*p) == 32u )
		goto st342;
	goto st0;
tr613:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st342;
st342:
	if ( ++p == pe )
		goto _test_eof342;
case 342:
	switch( (*p) ) {
		case 34u: goto st343;
		case 78u: goto st432;
		case 110u: goto st432;
		case 123u: goto tr495;
	}
	goto st0;
st343:
	if ( ++p == pe )
		goto _test_eof343;
case 343:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st344;
		case 92u: goto st431;
	}
	goto st343;
st344:
	if ( ++p == pe )
		goto _test_eof344;
case 344:
	if ( (*p) == 32u )
		goto st345;
	goto st0;
tr606:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st345;
st345:
	if ( ++p == pe )
		goto _test_eof345;
case 345:
	switch( (*p) ) {
		case 34u: goto st346;
		case 78u: goto st424;
		case 110u: goto st424;
		case 123u: goto tr501;
	}
	goto st0;
st346:
	if ( ++p == pe )
		goto _test_eof346;
case 346:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st347;
		case 92u: goto st423;
	}
	goto st346;
st347:
	if ( ++p == pe )
		goto _test_eof347;
case 347:
	if ( (*p) == 41u )
		goto st348;
	goto st0;
tr599:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st348;
st348:
	if ( ++p == pe )
		goto _test_eof348;
case 348:
	switch( (*p) ) {
		case 40u: goto st336;
		case 41u: goto st349;
	}
	goto st0;
st349:
	if ( ++p == pe )
		goto _test_eof349;
case 349:
	if ( (*p) == 32u )
		goto st350;
	goto st0;
st350:
	if ( ++p == pe )
		goto _test_eof350;
case 350:
	switch( (*p) ) {
		case 40u: goto st351;
		case 78u: goto st421;
		case 110u: goto st421;
	}
	goto st0;
st351:
	if ( ++p == pe )
		goto _test_eof351;
case 351:
	if ( (*p) == 40u )
		goto st352;
	goto st0;
st352:
	if ( ++p == pe )
		goto _test_eof352;
case 352:
	switch( (*p) ) {
		case 34u: goto st353;
		case 78u: goto st414;
		case 110u: goto st414;
		case 123u: goto tr512;
	}
	goto st0;
st353:
	if ( ++p == pe )
		goto _test_eof353;
case 353:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st354;
		case 92u: goto st413;
	}
	goto st353;
st354:
	if ( ++p == pe )
		goto _test_eof354;
case 354:
	if ( (*p) == 32u )
		goto st355;
	goto st0;
tr591:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st355;
st355:
	if ( ++p == pe )
		goto _test_eof355;
case 355:
	switch( (*p) ) {
		case 34u: goto st356;
		case 78u: goto st406;
		case 110u: goto st406;
		case 123u: goto tr518;
	}
	goto st0;
st356:
	if ( ++p == pe )
		goto _test_eof356;
case 356:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st357;
		case 92u: goto st405;
	}
	goto st356;
st357:
	if ( ++p == pe )
		goto _test_eof357;
case 357:
	if ( (*p) == 32u )
		goto st358;
	goto st0;
tr584:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st358;
st358:
	if ( ++p == pe )
		goto _test_eof358;
case 358:
	switch( (*p) ) {
		case 34u: goto st359;
		case 78u: goto st398;
		case 110u: goto st398;
		case 123u: goto tr524;
	}
	goto st0;
st359:
	if ( ++p == pe )
		goto _test_eof359;
case 359:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st360;
		case 92u: goto st397;
	}
	goto st359;
st360:
	if ( ++p == pe )
		goto _test_eof360;
case 360:
	if ( (*p) == 32u )
		goto st361;
	goto st0;
tr577:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st361;
st361:
	if ( ++p == pe )
		goto _test_eof361;
case 361:
	switch( (*p) ) {
		case 34u: goto st362;
		case 78u: goto st390;
		case 110u: goto st390;
		case 123u: goto tr530;
	}
	goto st0;
st362:
	if ( ++p == pe )
		goto _test_eof362;
case 362:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st363;
		case 92u: goto st389;
	}
	goto st362;
st363:
	if ( ++p == pe )
		goto _test_eof363;
case 363:
	if ( (*p) == 41u )
		goto st364;
	goto st0;
tr570:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st364;
st364:
	if ( ++p == pe )
		goto _test_eof364;
case 364:
	switch( (*p) ) {
		case 40u: goto st352;
		case 41u: goto st365;
	}
	goto st0;
st365:
	if ( ++p == pe )
		goto _test_eof365;
case 365:
	if ( (*p) == 32u )
		goto st366;
	goto st0;
st366:
	if ( ++p == pe )
		goto _test_eof366;
case 366:
	switch( (*p) ) {
		case 34u: goto st367;
		case 78u: goto st382;
		case 110u: goto st382;
		case 123u: goto tr538;
	}
	goto st0;
st367:
	if ( ++p == pe )
		goto _test_eof367;
case 367:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st368;
		case 92u: goto st381;
	}
	goto st367;
st368:
	if ( ++p == pe )
		goto _test_eof368;
case 368:
	if ( (*p) == 32u )
		goto st369;
	goto st0;
tr563:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st369;
st369:
	if ( ++p == pe )
		goto _test_eof369;
case 369:
	switch( (*p) ) {
		case 34u: goto st370;
		case 78u: goto st374;
		case 110u: goto st374;
		case 123u: goto tr544;
	}
	goto st0;
st370:
	if ( ++p == pe )
		goto _test_eof370;
case 370:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st371;
		case 92u: goto st373;
	}
	goto st370;
st371:
	if ( ++p == pe )
		goto _test_eof371;
case 371:
	if ( (*p) == 41u )
		goto st372;
	goto st0;
tr556:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st372;
st372:
	if ( ++p == pe )
		goto _test_eof372;
case 372:
	switch( (*p) ) {
		case 32u: goto tr548;
		case 41u: goto tr549;
	}
	goto st0;
st373:
	if ( ++p == pe )
		goto _test_eof373;
case 373:
	switch( (*p) ) {
		case 34u: goto st370;
		case 92u: goto st370;
	}
	goto st0;
st374:
	if ( ++p == pe )
		goto _test_eof374;
case 374:
	switch( (*p) ) {
		case 73u: goto st375;
		case 105u: goto st375;
	}
	goto st0;
st375:
	if ( ++p == pe )
		goto _test_eof375;
case 375:
	switch( (*p) ) {
		case 76u: goto st371;
		case 108u: goto st371;
	}
	goto st0;
tr544:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st376;
st376:
	if ( ++p == pe )
		goto _test_eof376;
case 376:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr551;
	goto st0;
tr551:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st377;
st377:
	if ( ++p == pe )
		goto _test_eof377;
case 377:
	if ( (*p) == 125u )
		goto tr553;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st377;
	goto st0;
tr553:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st378;
st378:
	if ( ++p == pe )
		goto _test_eof378;
case 378:
	if ( (*p) == 13u )
		goto st379;
	goto st0;
st379:
	if ( ++p == pe )
		goto _test_eof379;
case 379:
	if ( (*p) == 10u )
		goto tr555;
	goto st0;
tr555:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st380;
st380:
	if ( ++p == pe )
		goto _test_eof380;
case 380:
	if ( (*p) == 41u )
		goto tr556;
	goto st0;
st381:
	if ( ++p == pe )
		goto _test_eof381;
case 381:
	switch( (*p) ) {
		case 34u: goto st367;
		case 92u: goto st367;
	}
	goto st0;
st382:
	if ( ++p == pe )
		goto _test_eof382;
case 382:
	switch( (*p) ) {
		case 73u: goto st383;
		case 105u: goto st383;
	}
	goto st0;
st383:
	if ( ++p == pe )
		goto _test_eof383;
case 383:
	switch( (*p) ) {
		case 76u: goto st368;
		case 108u: goto st368;
	}
	goto st0;
tr538:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st384;
st384:
	if ( ++p == pe )
		goto _test_eof384;
case 384:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr558;
	goto st0;
tr558:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st385;
st385:
	if ( ++p == pe )
		goto _test_eof385;
case 385:
	if ( (*p) == 125u )
		goto tr560;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st385;
	goto st0;
tr560:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st386;
st386:
	if ( ++p == pe )
		goto _test_eof386;
case 386:
	if ( (*p) == 13u )
		goto st387;
	goto st0;
st387:
	if ( ++p == pe )
		goto _test_eof387;
case 387:
	if ( (*p) == 10u )
		goto tr562;
	goto st0;
tr562:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st388;
st388:
	if ( ++p == pe )
		goto _test_eof388;
case 388:
	if ( (*p) == 32u )
		goto tr563;
	goto st0;
st389:
	if ( ++p == pe )
		goto _test_eof389;
case 389:
	switch( (*p) ) {
		case 34u: goto st362;
		case 92u: goto st362;
	}
	goto st0;
st390:
	if ( ++p == pe )
		goto _test_eof390;
case 390:
	switch( (*p) ) {
		case 73u: goto st391;
		case 105u: goto st391;
	}
	goto st0;
st391:
	if ( ++p == pe )
		goto _test_eof391;
case 391:
	switch( (*p) ) {
		case 76u: goto st363;
		case 108u: goto st363;
	}
	goto st0;
tr530:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st392;
st392:
	if ( ++p == pe )
		goto _test_eof392;
case 392:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr565;
	goto st0;
tr565:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st393;
st393:
	if ( ++p == pe )
		goto _test_eof393;
case 393:
	if ( (*p) == 125u )
		goto tr567;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st393;
	goto st0;
tr567:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st394;
st394:
	if ( ++p == pe )
		goto _test_eof394;
case 394:
	if ( (*p) == 13u )
		goto st395;
	goto st0;
st395:
	if ( ++p == pe )
		goto _test_eof395;
case 395:
	if ( (*p) == 10u )
		goto tr569;
	goto st0;
tr569:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st396;
st396:
	if ( ++p == pe )
		goto _test_eof396;
case 396:
	if ( (*p) == 41u )
		goto tr570;
	goto st0;
st397:
	if ( ++p == pe )
		goto _test_eof397;
case 397:
	switch( (*p) ) {
		case 34u: goto st359;
		case 92u: goto st359;
	}
	goto st0;
st398:
	if ( ++p == pe )
		goto _test_eof398;
case 398:
	switch( (*p) ) {
		case 73u: goto st399;
		case 105u: goto st399;
	}
	goto st0;
st399:
	if ( ++p == pe )
		goto _test_eof399;
case 399:
	switch( (*p) ) {
		case 76u: goto st360;
		case 108u: goto st360;
	}
	goto st0;
tr524:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st400;
st400:
	if ( ++p == pe )
		goto _test_eof400;
case 400:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr572;
	goto st0;
tr572:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st401;
st401:
	if ( ++p == pe )
		goto _test_eof401;
case 401:
	if ( (*p) == 125u )
		goto tr574;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st401;
	goto st0;
tr574:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st402;
st402:
	if ( ++p == pe )
		goto _test_eof402;
case 402:
	if ( (*p) == 13u )
		goto st403;
	goto st0;
st403:
	if ( ++p == pe )
		goto _test_eof403;
case 403:
	if ( (*p) == 10u )
		goto tr576;
	goto st0;
tr576:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st404;
st404:
	if ( ++p == pe )
		goto _test_eof404;
case 404:
	if ( (*p) == 32u )
		goto tr577;
	goto st0;
st405:
	if ( ++p == pe )
		goto _test_eof405;
case 405:
	switch( (*p) ) {
		case 34u: goto st356;
		case 92u: goto st356;
	}
	goto st0;
st406:
	if ( ++p == pe )
		goto _test_eof406;
case 406:
	switch( (*p) ) {
		case 73u: goto st407;
		case 105u: goto st407;
	}
	goto st0;
st407:
	if ( ++p == pe )
		goto _test_eof407;
case 407:
	switch( (*p) ) {
		case 76u: goto st357;
		case 108u: goto st357;
	}
	goto st0;
tr518:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st408;
st408:
	if ( ++p == pe )
		goto _test_eof408;
case 408:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr579;
	goto st0;
tr579:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st409;
st409:
	if ( ++p == pe )
		goto _test_eof409;
case 409:
	if ( (*p) == 125u )
		goto tr581;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st409;
	goto st0;
tr581:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st410;
st410:
	if ( ++p == pe )
		goto _test_eof410;
case 410:
	if ( (*p) == 13u )
		goto st411;
	goto st0;
st411:
	if ( ++p == pe )
		goto _test_eof411;
case 411:
	if ( (*p) == 10u )
		goto tr583;
	goto st0;
tr583:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st412;
st412:
	if ( ++p == pe )
		goto _test_eof412;
case 412:
	if ( (*p) == 32u )
		goto tr584;
	goto st0;
st413:
	if ( ++p == pe )
		goto _test_eof413;
case 413:
	switch( (*p) ) {
		case 34u: goto st353;
		case 92u: goto st353;
	}
	goto st0;
st414:
	if ( ++p == pe )
		goto _test_eof414;
case 414:
	switch( (*p) ) {
		case 73u: goto st415;
		case 105u: goto st415;
	}
	goto st0;
st415:
	if ( ++p == pe )
		goto _test_eof415;
case 415:
	switch( (*p) ) {
		case 76u: goto st354;
		case 108u: goto st354;
	}
	goto st0;
tr512:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st416;
st416:
	if ( ++p == pe )
		goto _test_eof416;
case 416:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr586;
	goto st0;
tr586:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st417;
st417:
	if ( ++p == pe )
		goto _test_eof417;
case 417:
	if ( (*p) == 125u )
		goto tr588;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st417;
	goto st0;
tr588:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st418;
st418:
	if ( ++p == pe )
		goto _test_eof418;
case 418:
	if ( (*p) == 13u )
		goto st419;
	goto st0;
st419:
	if ( ++p == pe )
		goto _test_eof419;
case 419:
	if ( (*p) == 10u )
		goto tr590;
	goto st0;
tr590:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st420;
st420:
	if ( ++p == pe )
		goto _test_eof420;
case 420:
	if ( (*p) == 32u )
		goto tr591;
	goto st0;
st421:
	if ( ++p == pe )
		goto _test_eof421;
case 421:
	switch( (*p) ) {
		case 73u: goto st422;
		case 105u: goto st422;
	}
	goto st0;
st422:
	if ( ++p == pe )
		goto _test_eof422;
case 422:
	switch( (*p) ) {
		case 76u: goto st365;
		case 108u: goto st365;
	}
	goto st0;
st423:
	if ( ++p == pe )
		goto _test_eof423;
case 423:
	switch( (*p) ) {
		case 34u: goto st346;
		case 92u: goto st346;
	}
	goto st0;
st424:
	if ( ++p == pe )
		goto _test_eof424;
case 424:
	switch( (*p) ) {
		case 73u: goto st425;
		case 105u: goto st425;
	}
	goto st0;
st425:
	if ( ++p == pe )
		goto _test_eof425;
case 425:
	switch( (*p) ) {
		case 76u: goto st347;
		case 108u: goto st347;
	}
	goto st0;
tr501:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st426;
st426:
	if ( ++p == pe )
		goto _test_eof426;
case 426:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr594;
	goto st0;
tr594:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st427;
st427:
	if ( ++p == pe )
		goto _test_eof427;
case 427:
	if ( (*p) == 125u )
		goto tr596;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st427;
	goto st0;
tr596:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st428;
st428:
	if ( ++p == pe )
		goto _test_eof428;
case 428:
	if ( (*p) == 13u )
		goto st429;
	goto st0;
st429:
	if ( ++p == pe )
		goto _test_eof429;
case 429:
	if ( (*p) == 10u )
		goto tr598;
	goto st0;
tr598:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st430;
st430:
	if ( ++p == pe )
		goto _test_eof430;
case 430:
	if ( (*p) == 41u )
		goto tr599;
	goto st0;
st431:
	if ( ++p == pe )
		goto _test_eof431;
case 431:
	switch( (*p) ) {
		case 34u: goto st343;
		case 92u: goto st343;
	}
	goto st0;
st432:
	if ( ++p == pe )
		goto _test_eof432;
case 432:
	switch( (*p) ) {
		case 73u: goto st433;
		case 105u: goto st433;
	}
	goto st0;
st433:
	if ( ++p == pe )
		goto _test_eof433;
case 433:
	switch( (*p) ) {
		case 76u: goto st344;
		case 108u: goto st344;
	}
	goto st0;
tr495:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st434;
st434:
	if ( ++p == pe )
		goto _test_eof434;
case 434:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr601;
	goto st0;
tr601:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st435;
st435:
	if ( ++p == pe )
		goto _test_eof435;
case 435:
	if ( (*p) == 125u )
		goto tr603;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st435;
	goto st0;
tr603:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st436;
st436:
	if ( ++p == pe )
		goto _test_eof436;
case 436:
	if ( (*p) == 13u )
		goto st437;
	goto st0;
st437:
	if ( ++p == pe )
		goto _test_eof437;
case 437:
	if ( (*p) == 10u )
		goto tr605;
	goto st0;
tr605:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st438;
st438:
	if ( ++p == pe )
		goto _test_eof438;
case 438:
	if ( (*p) == 32u )
		goto tr606;
	goto st0;
st439:
	if ( ++p == pe )
		goto _test_eof439;
case 439:
	switch( (*p) ) {
		case 34u: goto st340;
		case 92u: goto st340;
	}
	goto st0;
st440:
	if ( ++p == pe )
		goto _test_eof440;
case 440:
	switch( (*p) ) {
		case 73u: goto st441;
		case 105u: goto st441;
	}
	goto st0;
st441:
	if ( ++p == pe )
		goto _test_eof441;
case 441:
	switch( (*p) ) {
		case 76u: goto st341;
		case 108u: goto st341;
	}
	goto st0;
tr489:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st442;
st442:
	if ( ++p == pe )
		goto _test_eof442;
case 442:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr608;
	goto st0;
tr608:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st443;
st443:
	if ( ++p == pe )
		goto _test_eof443;
case 443:
	if ( (*p) == 125u )
		goto tr610;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st443;
	goto st0;
tr610:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st444;
st444:
	if ( ++p == pe )
		goto _test_eof444;
case 444:
	if ( (*p) == 13u )
		goto st445;
	goto st0;
st445:
	if ( ++p == pe )
		goto _test_eof445;
case 445:
	if ( (*p) == 10u )
		goto tr612;
	goto st0;
tr612:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st446;
st446:
	if ( ++p == pe )
		goto _test_eof446;
case 446:
	if ( (*p) == 32u )
		goto tr613;
	goto st0;
st447:
	if ( ++p == pe )
		goto _test_eof447;
case 447:
	switch( (*p) ) {
		case 34u: goto st337;
		case 92u: goto st337;
	}
	goto st0;
st448:
	if ( ++p == pe )
		goto _test_eof448;
case 448:
	switch( (*p) ) {
		case 73u: goto st449;
		case 105u: goto st449;
	}
	goto st0;
st449:
	if ( ++p == pe )
		goto _test_eof449;
case 449:
	switch( (*p) ) {
		case 76u: goto st338;
		case 108u: goto st338;
	}
	goto st0;
tr483:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st450;
st450:
	if ( ++p == pe )
		goto _test_eof450;
case 450:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr615;
	goto st0;
tr615:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st451;
st451:
	if ( ++p == pe )
		goto _test_eof451;
case 451:
	if ( (*p) == 125u )
		goto tr617;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st451;
	goto st0;
tr617:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st452;
st452:
	if ( ++p == pe )
		goto _test_eof452;
case 452:
	if ( (*p) == 13u )
		goto st453;
	goto st0;
st453:
	if ( ++p == pe )
		goto _test_eof453;
case 453:
	if ( (*p) == 10u )
		goto tr619;
	goto st0;
tr619:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st454;
st454:
	if ( ++p == pe )
		goto _test_eof454;
case 454:
	if ( (*p) == 32u )
		goto tr620;
	goto st0;
st455:
	if ( ++p == pe )
		goto _test_eof455;
case 455:
	switch( (*p) ) {
		case 73u: goto st456;
		case 105u: goto st456;
	}
	goto st0;
st456:
	if ( ++p == pe )
		goto _test_eof456;
case 456:
	switch( (*p) ) {
		case 76u: goto st349;
		case 108u: goto st349;
	}
	goto st0;
st457:
	if ( ++p == pe )
		goto _test_eof457;
case 457:
	switch( (*p) ) {
		case 34u: goto st330;
		case 92u: goto st330;
	}
	goto st0;
st458:
	if ( ++p == pe )
		goto _test_eof458;
case 458:
	switch( (*p) ) {
		case 73u: goto st459;
		case 105u: goto st459;
	}
	goto st0;
st459:
	if ( ++p == pe )
		goto _test_eof459;
case 459:
	switch( (*p) ) {
		case 76u: goto st331;
		case 108u: goto st331;
	}
	goto st0;
tr472:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st460;
st460:
	if ( ++p == pe )
		goto _test_eof460;
case 460:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr623;
	goto st0;
tr623:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st461;
st461:
	if ( ++p == pe )
		goto _test_eof461;
case 461:
	if ( (*p) == 125u )
		goto tr625;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st461;
	goto st0;
tr625:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st462;
st462:
	if ( ++p == pe )
		goto _test_eof462;
case 462:
	if ( (*p) == 13u )
		goto st463;
	goto st0;
st463:
	if ( ++p == pe )
		goto _test_eof463;
case 463:
	if ( (*p) == 10u )
		goto tr627;
	goto st0;
tr627:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st464;
st464:
	if ( ++p == pe )
		goto _test_eof464;
case 464:
	if ( (*p) == 41u )
		goto tr628;
	goto st0;
st465:
	if ( ++p == pe )
		goto _test_eof465;
case 465:
	switch( (*p) ) {
		case 34u: goto st327;
		case 92u: goto st327;
	}
	goto st0;
st466:
	if ( ++p == pe )
		goto _test_eof466;
case 466:
	switch( (*p) ) {
		case 73u: goto st467;
		case 105u: goto st467;
	}
	goto st0;
st467:
	if ( ++p == pe )
		goto _test_eof467;
case 467:
	switch( (*p) ) {
		case 76u: goto st328;
		case 108u: goto st328;
	}
	goto st0;
tr466:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st468;
st468:
	if ( ++p == pe )
		goto _test_eof468;
case 468:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr630;
	goto st0;
tr630:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st469;
st469:
	if ( ++p == pe )
		goto _test_eof469;
case 469:
	if ( (*p) == 125u )
		goto tr632;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st469;
	goto st0;
tr632:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st470;
st470:
	if ( ++p == pe )
		goto _test_eof470;
case 470:
	if ( (*p) == 13u )
		goto st471;
	goto st0;
st471:
	if ( ++p == pe )
		goto _test_eof471;
case 471:
	if ( (*p) == 10u )
		goto tr634;
	goto st0;
tr634:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st472;
st472:
	if ( ++p == pe )
		goto _test_eof472;
case 472:
	if ( (*p) == 32u )
		goto tr635;
	goto st0;
st473:
	if ( ++p == pe )
		goto _test_eof473;
case 473:
	switch( (*p) ) {
		case 34u: goto st324;
		case 92u: goto st324;
	}
	goto st0;
st474:
	if ( ++p == pe )
		goto _test_eof474;
case 474:
	switch( (*p) ) {
		case 73u: goto st475;
		case 105u: goto st475;
	}
	goto st0;
st475:
	if ( ++p == pe )
		goto _test_eof475;
case 475:
	switch( (*p) ) {
		case 76u: goto st325;
		case 108u: goto st325;
	}
	goto st0;
tr460:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st476;
st476:
	if ( ++p == pe )
		goto _test_eof476;
case 476:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr637;
	goto st0;
tr637:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st477;
st477:
	if ( ++p == pe )
		goto _test_eof477;
case 477:
	if ( (*p) == 125u )
		goto tr639;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st477;
	goto st0;
tr639:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st478;
st478:
	if ( ++p == pe )
		goto _test_eof478;
case 478:
	if ( (*p) == 13u )
		goto st479;
	goto st0;
st479:
	if ( ++p == pe )
		goto _test_eof479;
case 479:
	if ( (*p) == 10u )
		goto tr641;
	goto st0;
tr641:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st480;
st480:
	if ( ++p == pe )
		goto _test_eof480;
case 480:
	if ( (*p) == 32u )
		goto tr642;
	goto st0;
st481:
	if ( ++p == pe )
		goto _test_eof481;
case 481:
	switch( (*p) ) {
		case 34u: goto st321;
		case 92u: goto st321;
	}
	goto st0;
st482:
	if ( ++p == pe )
		goto _test_eof482;
case 482:
	switch( (*p) ) {
		case 73u: goto st483;
		case 105u: goto st483;
	}
	goto st0;
st483:
	if ( ++p == pe )
		goto _test_eof483;
case 483:
	switch( (*p) ) {
		case 76u: goto st322;
		case 108u: goto st322;
	}
	goto st0;
tr454:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st484;
st484:
	if ( ++p == pe )
		goto _test_eof484;
case 484:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr644;
	goto st0;
tr644:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st485;
st485:
	if ( ++p == pe )
		goto _test_eof485;
case 485:
	if ( (*p) == 125u )
		goto tr646;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st485;
	goto st0;
tr646:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st486;
st486:
	if ( ++p == pe )
		goto _test_eof486;
case 486:
	if ( (*p) == 13u )
		goto st487;
	goto st0;
st487:
	if ( ++p == pe )
		goto _test_eof487;
case 487:
	if ( (*p) == 10u )
		goto tr648;
	goto st0;
tr648:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st488;
st488:
	if ( ++p == pe )
		goto _test_eof488;
case 488:
	if ( (*p) == 32u )
		goto tr649;
	goto st0;
st489:
	if ( ++p == pe )
		goto _test_eof489;
case 489:
	switch( (*p) ) {
		case 73u: goto st490;
		case 105u: goto st490;
	}
	goto st0;
st490:
	if ( ++p == pe )
		goto _test_eof490;
case 490:
	switch( (*p) ) {
		case 76u: goto st333;
		case 108u: goto st333;
	}
	goto st0;
st491:
	if ( ++p == pe )
		goto _test_eof491;
case 491:
	switch( (*p) ) {
		case 34u: goto st314;
		case 92u: goto st314;
	}
	goto st0;
st492:
	if ( ++p == pe )
		goto _test_eof492;
case 492:
	switch( (*p) ) {
		case 73u: goto st493;
		case 105u: goto st493;
	}
	goto st0;
st493:
	if ( ++p == pe )
		goto _test_eof493;
case 493:
	switch( (*p) ) {
		case 76u: goto st315;
		case 108u: goto st315;
	}
	goto st0;
tr443:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st494;
st494:
	if ( ++p == pe )
		goto _test_eof494;
case 494:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr652;
	goto st0;
tr652:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st495;
st495:
	if ( ++p == pe )
		goto _test_eof495;
case 495:
	if ( (*p) == 125u )
		goto tr654;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st495;
	goto st0;
tr654:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st496;
st496:
	if ( ++p == pe )
		goto _test_eof496;
case 496:
	if ( (*p) == 13u )
		goto st497;
	goto st0;
st497:
	if ( ++p == pe )
		goto _test_eof497;
case 497:
	if ( (*p) == 10u )
		goto tr656;
	goto st0;
tr656:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st498;
st498:
	if ( ++p == pe )
		goto _test_eof498;
case 498:
	if ( (*p) == 41u )
		goto tr657;
	goto st0;
st499:
	if ( ++p == pe )
		goto _test_eof499;
case 499:
	switch( (*p) ) {
		case 34u: goto st311;
		case 92u: goto st311;
	}
	goto st0;
st500:
	if ( ++p == pe )
		goto _test_eof500;
case 500:
	switch( (*p) ) {
		case 73u: goto st501;
		case 105u: goto st501;
	}
	goto st0;
st501:
	if ( ++p == pe )
		goto _test_eof501;
case 501:
	switch( (*p) ) {
		case 76u: goto st312;
		case 108u: goto st312;
	}
	goto st0;
tr437:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st502;
st502:
	if ( ++p == pe )
		goto _test_eof502;
case 502:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr659;
	goto st0;
tr659:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st503;
st503:
	if ( ++p == pe )
		goto _test_eof503;
case 503:
	if ( (*p) == 125u )
		goto tr661;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st503;
	goto st0;
tr661:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st504;
st504:
	if ( ++p == pe )
		goto _test_eof504;
case 504:
	if ( (*p) == 13u )
		goto st505;
	goto st0;
st505:
	if ( ++p == pe )
		goto _test_eof505;
case 505:
	if ( (*p) == 10u )
		goto tr663;
	goto st0;
tr663:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st506;
st506:
	if ( ++p == pe )
		goto _test_eof506;
case 506:
	if ( (*p) == 32u )
		goto tr664;
	goto st0;
st507:
	if ( ++p == pe )
		goto _test_eof507;
case 507:
	switch( (*p) ) {
		case 34u: goto st308;
		case 92u: goto st308;
	}
	goto st0;
st508:
	if ( ++p == pe )
		goto _test_eof508;
case 508:
	switch( (*p) ) {
		case 73u: goto st509;
		case 105u: goto st509;
	}
	goto st0;
st509:
	if ( ++p == pe )
		goto _test_eof509;
case 509:
	switch( (*p) ) {
		case 76u: goto st309;
		case 108u: goto st309;
	}
	goto st0;
tr431:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st510;
st510:
	if ( ++p == pe )
		goto _test_eof510;
case 510:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr666;
	goto st0;
tr666:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st511;
st511:
	if ( ++p == pe )
		goto _test_eof511;
case 511:
	if ( (*p) == 125u )
		goto tr668;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st511;
	goto st0;
tr668:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st512;
st512:
	if ( ++p == pe )
		goto _test_eof512;
case 512:
	if ( (*p) == 13u )
		goto st513;
	goto st0;
st513:
	if ( ++p == pe )
		goto _test_eof513;
case 513:
	if ( (*p) == 10u )
		goto tr670;
	goto st0;
tr670:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st514;
st514:
	if ( ++p == pe )
		goto _test_eof514;
case 514:
	if ( (*p) == 32u )
		goto tr671;
	goto st0;
st515:
	if ( ++p == pe )
		goto _test_eof515;
case 515:
	switch( (*p) ) {
		case 34u: goto st305;
		case 92u: goto st305;
	}
	goto st0;
st516:
	if ( ++p == pe )
		goto _test_eof516;
case 516:
	switch( (*p) ) {
		case 73u: goto st517;
		case 105u: goto st517;
	}
	goto st0;
st517:
	if ( ++p == pe )
		goto _test_eof517;
case 517:
	switch( (*p) ) {
		case 76u: goto st306;
		case 108u: goto st306;
	}
	goto st0;
tr425:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st518;
st518:
	if ( ++p == pe )
		goto _test_eof518;
case 518:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr673;
	goto st0;
tr673:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st519;
st519:
	if ( ++p == pe )
		goto _test_eof519;
case 519:
	if ( (*p) == 125u )
		goto tr675;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st519;
	goto st0;
tr675:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st520;
st520:
	if ( ++p == pe )
		goto _test_eof520;
case 520:
	if ( (*p) == 13u )
		goto st521;
	goto st0;
st521:
	if ( ++p == pe )
		goto _test_eof521;
case 521:
	if ( (*p) == 10u )
		goto tr677;
	goto st0;
tr677:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st522;
st522:
	if ( ++p == pe )
		goto _test_eof522;
case 522:
	if ( (*p) == 32u )
		goto tr678;
	goto st0;
st523:
	if ( ++p == pe )
		goto _test_eof523;
case 523:
	switch( (*p) ) {
		case 73u: goto st524;
		case 105u: goto st524;
	}
	goto st0;
st524:
	if ( ++p == pe )
		goto _test_eof524;
case 524:
	switch( (*p) ) {
		case 76u: goto st317;
		case 108u: goto st317;
	}
	goto st0;
st525:
	if ( ++p == pe )
		goto _test_eof525;
case 525:
	switch( (*p) ) {
		case 34u: goto st298;
		case 92u: goto st298;
	}
	goto st0;
st526:
	if ( ++p == pe )
		goto _test_eof526;
case 526:
	switch( (*p) ) {
		case 73u: goto st527;
		case 105u: goto st527;
	}
	goto st0;
st527:
	if ( ++p == pe )
		goto _test_eof527;
case 527:
	switch( (*p) ) {
		case 76u: goto st299;
		case 108u: goto st299;
	}
	goto st0;
tr414:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st528;
st528:
	if ( ++p == pe )
		goto _test_eof528;
case 528:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr681;
	goto st0;
tr681:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st529;
st529:
	if ( ++p == pe )
		goto _test_eof529;
case 529:
	if ( (*p) == 125u )
		goto tr683;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st529;
	goto st0;
tr683:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st530;
st530:
	if ( ++p == pe )
		goto _test_eof530;
case 530:
	if ( (*p) == 13u )
		goto st531;
	goto st0;
st531:
	if ( ++p == pe )
		goto _test_eof531;
case 531:
	if ( (*p) == 10u )
		goto tr685;
	goto st0;
tr685:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st532;
st532:
	if ( ++p == pe )
		goto _test_eof532;
case 532:
	if ( (*p) == 41u )
		goto tr686;
	goto st0;
st533:
	if ( ++p == pe )
		goto _test_eof533;
case 533:
	switch( (*p) ) {
		case 34u: goto st295;
		case 92u: goto st295;
	}
	goto st0;
st534:
	if ( ++p == pe )
		goto _test_eof534;
case 534:
	switch( (*p) ) {
		case 73u: goto st535;
		case 105u: goto st535;
	}
	goto st0;
st535:
	if ( ++p == pe )
		goto _test_eof535;
case 535:
	switch( (*p) ) {
		case 76u: goto st296;
		case 108u: goto st296;
	}
	goto st0;
tr408:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st536;
st536:
	if ( ++p == pe )
		goto _test_eof536;
case 536:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr688;
	goto st0;
tr688:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st537;
st537:
	if ( ++p == pe )
		goto _test_eof537;
case 537:
	if ( (*p) == 125u )
		goto tr690;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st537;
	goto st0;
tr690:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st538;
st538:
	if ( ++p == pe )
		goto _test_eof538;
case 538:
	if ( (*p) == 13u )
		goto st539;
	goto st0;
st539:
	if ( ++p == pe )
		goto _test_eof539;
case 539:
	if ( (*p) == 10u )
		goto tr692;
	goto st0;
tr692:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st540;
st540:
	if ( ++p == pe )
		goto _test_eof540;
case 540:
	if ( (*p) == 32u )
		goto tr693;
	goto st0;
st541:
	if ( ++p == pe )
		goto _test_eof541;
case 541:
	switch( (*p) ) {
		case 34u: goto st292;
		case 92u: goto st292;
	}
	goto st0;
st542:
	if ( ++p == pe )
		goto _test_eof542;
case 542:
	switch( (*p) ) {
		case 73u: goto st543;
		case 105u: goto st543;
	}
	goto st0;
st543:
	if ( ++p == pe )
		goto _test_eof543;
case 543:
	switch( (*p) ) {
		case 76u: goto st293;
		case 108u: goto st293;
	}
	goto st0;
tr402:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st544;
st544:
	if ( ++p == pe )
		goto _test_eof544;
case 544:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr695;
	goto st0;
tr695:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st545;
st545:
	if ( ++p == pe )
		goto _test_eof545;
case 545:
	if ( (*p) == 125u )
		goto tr697;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st545;
	goto st0;
tr697:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st546;
st546:
	if ( ++p == pe )
		goto _test_eof546;
case 546:
	if ( (*p) == 13u )
		goto st547;
	goto st0;
st547:
	if ( ++p == pe )
		goto _test_eof547;
case 547:
	if ( (*p) == 10u )
		goto tr699;
	goto st0;
tr699:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st548;
st548:
	if ( ++p == pe )
		goto _test_eof548;
case 548:
	if ( (*p) == 32u )
		goto tr700;
	goto st0;
st549:
	if ( ++p == pe )
		goto _test_eof549;
case 549:
	switch( (*p) ) {
		case 34u: goto st289;
		case 92u: goto st289;
	}
	goto st0;
st550:
	if ( ++p == pe )
		goto _test_eof550;
case 550:
	switch( (*p) ) {
		case 73u: goto st551;
		case 105u: goto st551;
	}
	goto st0;
st551:
	if ( ++p == pe )
		goto _test_eof551;
case 551:
	switch( (*p) ) {
		case 76u: goto st290;
		case 108u: goto st290;
	}
	goto st0;
tr396:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st552;
st552:
	if ( ++p == pe )
		goto _test_eof552;
case 552:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr702;
	goto st0;
tr702:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st553;
st553:
	if ( ++p == pe )
		goto _test_eof553;
case 553:
	if ( (*p) == 125u )
		goto tr704;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st553;
	goto st0;
tr704:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st554;
st554:
	if ( ++p == pe )
		goto _test_eof554;
case 554:
	if ( (*p) == 13u )
		goto st555;
	goto st0;
st555:
	if ( ++p == pe )
		goto _test_eof555;
case 555:
	if ( (*p) == 10u )
		goto tr706;
	goto st0;
tr706:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st556;
st556:
	if ( ++p == pe )
		goto _test_eof556;
case 556:
	if ( (*p) == 32u )
		goto tr707;
	goto st0;
st557:
	if ( ++p == pe )
		goto _test_eof557;
case 557:
	switch( (*p) ) {
		case 73u: goto st558;
		case 105u: goto st558;
	}
	goto st0;
st558:
	if ( ++p == pe )
		goto _test_eof558;
case 558:
	switch( (*p) ) {
		case 76u: goto st301;
		case 108u: goto st301;
	}
	goto st0;
st559:
	if ( ++p == pe )
		goto _test_eof559;
case 559:
	switch( (*p) ) {
		case 34u: goto st282;
		case 92u: goto st282;
	}
	goto st0;
st560:
	if ( ++p == pe )
		goto _test_eof560;
case 560:
	switch( (*p) ) {
		case 73u: goto st561;
		case 105u: goto st561;
	}
	goto st0;
st561:
	if ( ++p == pe )
		goto _test_eof561;
case 561:
	switch( (*p) ) {
		case 76u: goto st283;
		case 108u: goto st283;
	}
	goto st0;
tr385:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st562;
st562:
	if ( ++p == pe )
		goto _test_eof562;
case 562:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr710;
	goto st0;
tr710:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st563;
st563:
	if ( ++p == pe )
		goto _test_eof563;
case 563:
	if ( (*p) == 125u )
		goto tr712;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st563;
	goto st0;
tr712:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st564;
st564:
	if ( ++p == pe )
		goto _test_eof564;
case 564:
	if ( (*p) == 13u )
		goto st565;
	goto st0;
st565:
	if ( ++p == pe )
		goto _test_eof565;
case 565:
	if ( (*p) == 10u )
		goto tr714;
	goto st0;
tr714:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st566;
st566:
	if ( ++p == pe )
		goto _test_eof566;
case 566:
	if ( (*p) == 41u )
		goto tr715;
	goto st0;
st567:
	if ( ++p == pe )
		goto _test_eof567;
case 567:
	switch( (*p) ) {
		case 34u: goto st279;
		case 92u: goto st279;
	}
	goto st0;
st568:
	if ( ++p == pe )
		goto _test_eof568;
case 568:
	switch( (*p) ) {
		case 73u: goto st569;
		case 105u: goto st569;
	}
	goto st0;
st569:
	if ( ++p == pe )
		goto _test_eof569;
case 569:
	switch( (*p) ) {
		case 76u: goto st280;
		case 108u: goto st280;
	}
	goto st0;
tr379:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st570;
st570:
	if ( ++p == pe )
		goto _test_eof570;
case 570:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr717;
	goto st0;
tr717:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st571;
st571:
	if ( ++p == pe )
		goto _test_eof571;
case 571:
	if ( (*p) == 125u )
		goto tr719;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st571;
	goto st0;
tr719:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st572;
st572:
	if ( ++p == pe )
		goto _test_eof572;
case 572:
	if ( (*p) == 13u )
		goto st573;
	goto st0;
st573:
	if ( ++p == pe )
		goto _test_eof573;
case 573:
	if ( (*p) == 10u )
		goto tr721;
	goto st0;
tr721:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st574;
st574:
	if ( ++p == pe )
		goto _test_eof574;
case 574:
	if ( (*p) == 32u )
		goto tr722;
	goto st0;
st575:
	if ( ++p == pe )
		goto _test_eof575;
case 575:
	switch( (*p) ) {
		case 34u: goto st276;
		case 92u: goto st276;
	}
	goto st0;
st576:
	if ( ++p == pe )
		goto _test_eof576;
case 576:
	switch( (*p) ) {
		case 73u: goto st577;
		case 105u: goto st577;
	}
	goto st0;
st577:
	if ( ++p == pe )
		goto _test_eof577;
case 577:
	switch( (*p) ) {
		case 76u: goto st277;
		case 108u: goto st277;
	}
	goto st0;
tr373:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st578;
st578:
	if ( ++p == pe )
		goto _test_eof578;
case 578:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr724;
	goto st0;
tr724:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st579;
st579:
	if ( ++p == pe )
		goto _test_eof579;
case 579:
	if ( (*p) == 125u )
		goto tr726;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st579;
	goto st0;
tr726:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st580;
st580:
	if ( ++p == pe )
		goto _test_eof580;
case 580:
	if ( (*p) == 13u )
		goto st581;
	goto st0;
st581:
	if ( ++p == pe )
		goto _test_eof581;
case 581:
	if ( (*p) == 10u )
		goto tr728;
	goto st0;
tr728:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st582;
st582:
	if ( ++p == pe )
		goto _test_eof582;
case 582:
	if ( (*p) == 32u )
		goto tr729;
	goto st0;
st583:
	if ( ++p == pe )
		goto _test_eof583;
case 583:
	switch( (*p) ) {
		case 34u: goto st273;
		case 92u: goto st273;
	}
	goto st0;
st584:
	if ( ++p == pe )
		goto _test_eof584;
case 584:
	switch( (*p) ) {
		case 73u: goto st585;
		case 105u: goto st585;
	}
	goto st0;
st585:
	if ( ++p == pe )
		goto _test_eof585;
case 585:
	switch( (*p) ) {
		case 76u: goto st274;
		case 108u: goto st274;
	}
	goto st0;
tr367:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st586;
st586:
	if ( ++p == pe )
		goto _test_eof586;
case 586:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr731;
	goto st0;
tr731:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st587;
st587:
	if ( ++p == pe )
		goto _test_eof587;
case 587:
	if ( (*p) == 125u )
		goto tr733;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st587;
	goto st0;
tr733:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st588;
st588:
	if ( ++p == pe )
		goto _test_eof588;
case 588:
	if ( (*p) == 13u )
		goto st589;
	goto st0;
st589:
	if ( ++p == pe )
		goto _test_eof589;
case 589:
	if ( (*p) == 10u )
		goto tr735;
	goto st0;
tr735:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st590;
st590:
	if ( ++p == pe )
		goto _test_eof590;
case 590:
	if ( (*p) == 32u )
		goto tr736;
	goto st0;
st591:
	if ( ++p == pe )
		goto _test_eof591;
case 591:
	switch( (*p) ) {
		case 73u: goto st592;
		case 105u: goto st592;
	}
	goto st0;
st592:
	if ( ++p == pe )
		goto _test_eof592;
case 592:
	switch( (*p) ) {
		case 76u: goto st285;
		case 108u: goto st285;
	}
	goto st0;
st593:
	if ( ++p == pe )
		goto _test_eof593;
case 593:
	switch( (*p) ) {
		case 34u: goto st268;
		case 92u: goto st268;
	}
	goto st0;
st594:
	if ( ++p == pe )
		goto _test_eof594;
case 594:
	switch( (*p) ) {
		case 73u: goto st595;
		case 105u: goto st595;
	}
	goto st0;
st595:
	if ( ++p == pe )
		goto _test_eof595;
case 595:
	switch( (*p) ) {
		case 76u: goto st269;
		case 108u: goto st269;
	}
	goto st0;
tr358:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st596;
st596:
	if ( ++p == pe )
		goto _test_eof596;
case 596:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr739;
	goto st0;
tr739:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st597;
st597:
	if ( ++p == pe )
		goto _test_eof597;
case 597:
	if ( (*p) == 125u )
		goto tr741;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st597;
	goto st0;
tr741:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st598;
st598:
	if ( ++p == pe )
		goto _test_eof598;
case 598:
	if ( (*p) == 13u )
		goto st599;
	goto st0;
st599:
	if ( ++p == pe )
		goto _test_eof599;
case 599:
	if ( (*p) == 10u )
		goto tr743;
	goto st0;
tr743:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st600;
st600:
	if ( ++p == pe )
		goto _test_eof600;
case 600:
	if ( (*p) == 32u )
		goto tr744;
	goto st0;
st601:
	if ( ++p == pe )
		goto _test_eof601;
case 601:
	switch( (*p) ) {
		case 34u: goto st265;
		case 92u: goto st265;
	}
	goto st0;
st602:
	if ( ++p == pe )
		goto _test_eof602;
case 602:
	switch( (*p) ) {
		case 73u: goto st603;
		case 105u: goto st603;
	}
	goto st0;
st603:
	if ( ++p == pe )
		goto _test_eof603;
case 603:
	switch( (*p) ) {
		case 76u: goto st266;
		case 108u: goto st266;
	}
	goto st0;
tr352:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st604;
st604:
	if ( ++p == pe )
		goto _test_eof604;
case 604:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr746;
	goto st0;
tr746:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st605;
st605:
	if ( ++p == pe )
		goto _test_eof605;
case 605:
	if ( (*p) == 125u )
		goto tr748;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st605;
	goto st0;
tr748:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st606;
st606:
	if ( ++p == pe )
		goto _test_eof606;
case 606:
	if ( (*p) == 13u )
		goto st607;
	goto st0;
st607:
	if ( ++p == pe )
		goto _test_eof607;
case 607:
	if ( (*p) == 10u )
		goto tr750;
	goto st0;
tr750:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st608;
st608:
	if ( ++p == pe )
		goto _test_eof608;
case 608:
	if ( (*p) == 32u )
		goto tr751;
	goto st0;
st609:
	if ( ++p == pe )
		goto _test_eof609;
case 609:
	switch( (*p) ) {
		case 76u: goto st610;
		case 108u: goto st610;
	}
	goto st0;
st610:
	if ( ++p == pe )
		goto _test_eof610;
case 610:
	switch( (*p) ) {
		case 65u: goto st611;
		case 97u: goto st611;
	}
	goto st0;
st611:
	if ( ++p == pe )
		goto _test_eof611;
case 611:
	switch( (*p) ) {
		case 71u: goto st612;
		case 103u: goto st612;
	}
	goto st0;
st612:
	if ( ++p == pe )
		goto _test_eof612;
case 612:
	switch( (*p) ) {
		case 83u: goto st613;
		case 115u: goto st613;
	}
	goto st0;
st613:
	if ( ++p == pe )
		goto _test_eof613;
case 613:
	if ( (*p) == 32u )
		goto st614;
	goto st0;
st614:
	if ( ++p == pe )
		goto _test_eof614;
case 614:
	if ( (*p) == 40u )
		goto st615;
	goto st0;
st615:
	if ( ++p == pe )
		goto _test_eof615;
case 615:
	switch( (*p) ) {
		case 33u: goto tr758;
		case 41u: goto st192;
		case 92u: goto tr759;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr758;
		} else if ( (*p) >= 35u )
			goto tr758;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr758;
		} else if ( (*p) >= 94u )
			goto tr758;
	} else
		goto tr758;
	goto st0;
tr758:
	{ IMW_EV_OPEN(IMW_RULE_FLAG); }
	goto st616;
st616:
	if ( ++p == pe )
		goto _test_eof616;
case 616:
	switch( (*p) ) {
		case 32u: goto tr760;
		case 33u: goto st616;
		case 41u: goto tr762;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st616;
		} else if ( (*p) >= 35u )
			goto st616;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st616;
		} else if ( (*p) >= 94u )
			goto st616;
	} else
		goto st616;
	goto st0;
tr760:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG); }
	goto st617;
st617:
	if ( ++p == pe )
		goto _test_eof617;
case 617:
	switch( (*p) ) {
		case 33u: goto tr758;
		case 92u: goto tr759;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr758;
		} else if ( (*p) >= 35u )
			goto tr758;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr758;
		} else if ( (*p) >= 94u )
			goto tr758;
	} else
		goto tr758;
	goto st0;
tr759:
	{ IMW_EV_OPEN(IMW_RULE_FLAG); }
	goto st618;
st618:
	if ( ++p == pe )
		goto _test_eof618;
case 618:
	if ( (*p) == 33u )
		goto st616;
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st616;
		} else if ( (*p) >= 35u )
			goto st616;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st616;
		} else if ( (*p) >= 94u )
			goto st616;
	} else
		goto st616;
	goto st0;
st619:
	if ( ++p == pe )
		goto _test_eof619;
case 619:
	switch( (*p) ) {
		case 78u: goto st620;
		case 110u: goto st620;
	}
	goto st0;
st620:
	if ( ++p == pe )
		goto _test_eof620;
case 620:
	switch( (*p) ) {
		case 84u: goto st621;
		case 116u: goto st621;
	}
	goto st0;
st621:
	if ( ++p == pe )
		goto _test_eof621;
case 621:
	switch( (*p) ) {
		case 69u: goto st622;
		case 101u: goto st622;
	}
	goto st0;
st622:
	if ( ++p == pe )
		goto _test_eof622;
case 622:
	switch( (*p) ) {
		case 82u: goto st623;
		case 114u: goto st623;
	}
	goto st0;
st623:
	if ( ++p == pe )
		goto _test_eof623;
case 623:
	switch( (*p) ) {
		case 78u: goto st624;
		case 110u: goto st624;
	}
	goto st0;
st624:
	if ( ++p == pe )
		goto _test_eof624;
case 624:
	switch( (*p) ) {
		case 65u: goto st625;
		case 97u: goto st625;
	}
	goto st0;
st625:
	if ( ++p == pe )
		goto _test_eof625;
case 625:
	switch( (*p) ) {
		case 76u: goto st626;
		case 108u: goto st626;
	}
	goto st0;
st626:
	if ( ++p == pe )
		goto _test_eof626;
case 626:
	switch( (*p) ) {
		case 68u: goto st627;
		case 100u: goto st627;
	}
	goto st0;
st627:
	if ( ++p == pe )
		goto _test_eof627;
case 627:
	switch( (*p) ) {
		case 65u: goto st628;
		case 97u: goto st628;
	}
	goto st0;
st628:
	if ( ++p == pe )
		goto _test_eof628;
case 628:
	switch( (*p) ) {
		case 84u: goto st629;
		case 116u: goto st629;
	}
	goto st0;
st629:
	if ( ++p == pe )
		goto _test_eof629;
case 629:
	switch( (*p) ) {
		case 69u: goto st630;
		case 101u: goto st630;
	}
	goto st0;
st630:
	if ( ++p == pe )
		goto _test_eof630;
case 630:
	if ( (*p) == 32u )
		goto st631;
	goto st0;
st631:
	if ( ++p == pe )
		goto _test_eof631;
case 631:
	if ( (*p) == 34u )
		goto st632;
	goto st0;
st632:
	if ( ++p == pe )
		goto _test_eof632;
case 632:
	if ( (*p) == 32u )
		goto st633;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st633;
	goto st0;
st633:
	if ( ++p == pe )
		goto _test_eof633;
case 633:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st634;
	goto st0;
st634:
	if ( ++p == pe )
		goto _test_eof634;
case 634:
	if ( (*p) == 45u )
		goto st635;
	goto st0;
st635:
	if ( ++p == pe )
		goto _test_eof635;
case 635:
	switch( (*p) ) {
		case 65u: goto st636;
		case 68u: goto st660;
		case 70u: goto st662;
		case 74u: goto st664;
		case 77u: goto st667;
		case 78u: goto st669;
		case 79u: goto st671;
		case 83u: goto st673;
		case 97u: goto st636;
		case 100u: goto st660;
		case 102u: goto st662;
		case 106u: goto st664;
		case 109u: goto st667;
		case 110u: goto st669;
		case 111u: goto st671;
		case 115u: goto st673;
	}
	goto st0;
st636:
	if ( ++p == pe )
		goto _test_eof636;
case 636:
	switch( (*p) ) {
		case 80u: goto st637;
		case 85u: goto st659;
		case 112u: goto st637;
		case 117u: goto st659;
	}
	goto st0;
st637:
	if ( ++p == pe )
		goto _test_eof637;
case 637:
	switch( (*p) ) {
		case 82u: goto st638;
		case 114u: goto st638;
	}
	goto st0;
st638:
	if ( ++p == pe )
		goto _test_eof638;
case 638:
	if ( (*p) == 45u )
		goto st639;
	goto st0;
st639:
	if ( ++p == pe )
		goto _test_eof639;
case 639:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st640;
	goto st0;
st640:
	if ( ++p == pe )
		goto _test_eof640;
case 640:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st641;
	goto st0;
st641:
	if ( ++p == pe )
		goto _test_eof641;
case 641:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st642;
	goto st0;
st642:
	if ( ++p == pe )
		goto _test_eof642;
case 642:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st643;
	goto st0;
st643:
	if ( ++p == pe )
		goto _test_eof643;
case 643:
	if ( (*p) == 32u )
		goto st644;
	goto st0;
st644:
	if ( ++p == pe )
		goto _test_eof644;
case 644:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st645;
	goto st0;
st645:
	if ( ++p == pe )
		goto _test_eof645;
case 645:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st646;
	goto st0;
st646:
	if ( ++p == pe )
		goto _test_eof646;
case 646:
	if ( (*p) == 58u )
		goto st647;
	goto st0;
st647:
	if ( ++p == pe )
		goto _test_eof647;
case 647:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st648;
	goto st0;
st648:
	if ( ++p == pe )
		goto _test_eof648;
case 648:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st649;
	goto st0;
st649:
	if ( ++p == pe )
		goto _test_eof649;
case 649:
	if ( (*p) == 58u )
		goto st650;
	goto st0;
st650:
	if ( ++p == pe )
		goto _test_eof650;
case 650:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st651;
	goto st0;
st651:
	if ( ++p == pe )
		goto _test_eof651;
case 651:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st652;
	goto st0;
st652:
	if ( ++p == pe )
		goto _test_eof652;
case 652:
	if ( (*p) == 32u )
		goto st653;
	goto st0;
st653:
	if ( ++p == pe )
		goto _test_eof653;
case 653:
	switch( (*p) ) {
		case 43u: goto st654;
		case 45u: goto st654;
	}
	goto st0;
st654:
	if ( ++p == pe )
		goto _test_eof654;
case 654:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st655;
	goto st0;
st655:
	if ( ++p == pe )
		goto _test_eof655;
case 655:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st656;
	goto st0;
st656:
	if ( ++p == pe )
		goto _test_eof656;
case 656:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st657;
	goto st0;
st657:
	if ( ++p == pe )
		goto _test_eof657;
case 657:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st658;
	goto st0;
st658:
	if ( ++p == pe )
		goto _test_eof658;
case 658:
	if ( (*p) == 34u )
		goto st192;
	goto st0;
st659:
	if ( ++p == pe )
		goto _test_eof659;
case 659:
	switch( (*p) ) {
		case 71u: goto st638;
		case 103u: goto st638;
	}
	goto st0;
st660:
	if ( ++p == pe )
		goto _test_eof660;
case 660:
	switch( (*p) ) {
		case 69u: goto st661;
		case 101u: goto st661;
	}
	goto st0;
st661:
	if ( ++p == pe )
		goto _test_eof661;
case 661:
	switch( (*p) ) {
		case 67u: goto st638;
		case 99u: goto st638;
	}
	goto st0;
st662:
	if ( ++p == pe )
		goto _test_eof662;
case 662:
	switch( (*p) ) {
		case 69u: goto st663;
		case 101u: goto st663;
	}
	goto st0;
st663:
	if ( ++p == pe )
		goto _test_eof663;
case 663:
	switch( (*p) ) {
		case 66u: goto st638;
		case 98u: goto st638;
	}
	goto st0;
st664:
	if ( ++p == pe )
		goto _test_eof664;
case 664:
	switch( (*p) ) {
		case 65u: goto st665;
		case 85u: goto st666;
		case 97u: goto st665;
		case 117u: goto st666;
	}
	goto st0;
st665:
	if ( ++p == pe )
		goto _test_eof665;
case 665:
	switch( (*p) ) {
		case 78u: goto st638;
		case 110u: goto st638;
	}
	goto st0;
st666:
	if ( ++p == pe )
		goto _test_eof666;
case 666:
	switch( (*p) ) {
		case 76u: goto st638;
		case 78u: goto st638;
		case 108u: goto st638;
		case 110u: goto st638;
	}
	goto st0;
st667:
	if ( ++p == pe )
		goto _test_eof667;
case 667:
	switch( (*p) ) {
		case 65u: goto st668;
		case 97u: goto st668;
	}
	goto st0;
st668:
	if ( ++p == pe )
		goto _test_eof668;
case 668:
	switch( (*p) ) {
		case 82u: goto st638;
		case 89u: goto st638;
		case 114u: goto st638;
		case 121u: goto st638;
	}
	goto st0;
st669:
	if ( ++p == pe )
		goto _test_eof669;
case 669:
	switch( (*p) ) {
		case 79u: goto st670;
		case 111u: goto st670;
	}
	goto st0;
st670:
	if ( ++p == pe )
		goto _test_eof670;
case 670:
	switch( (*p) ) {
		case 86u: goto st638;
		case 118u: goto st638;
	}
	goto st0;
st671:
	if ( ++p == pe )
		goto _test_eof671;
case 671:
	switch( (*p) ) {
		case 67u: goto st672;
		case 99u: goto st672;
	}
	goto st0;
st672:
	if ( ++p == pe )
		goto _test_eof672;
case 672:
	switch( (*p) ) {
		case 84u: goto st638;
		case 116u: goto st638;
	}
	goto st0;
st673:
	if ( ++p == pe )
		goto _test_eof673;
case 673:
	switch( (*p) ) {
		case 69u: goto st674;
		case 101u: goto st674;
	}
	goto st0;
st674:
	if ( ++p == pe )
		goto _test_eof674;
case 674:
	switch( (*p) ) {
		case 80u: goto st638;
		case 112u: goto st638;
	}
	goto st0;
st675:
	if ( ++p == pe )
		goto _test_eof675;
case 675:
	switch( (*p) ) {
		case 79u: goto st676;
		case 111u: goto st676;
	}
	goto st0;
st676:
	if ( ++p == pe )
		goto _test_eof676;
case 676:
	switch( (*p) ) {
		case 68u: goto st677;
		case 100u: goto st677;
	}
	goto st0;
st677:
	if ( ++p == pe )
		goto _test_eof677;
case 677:
	switch( (*p) ) {
		case 83u: goto st678;
		case 115u: goto st678;
	}
	goto st0;
st678:
	if ( ++p == pe )
		goto _test_eof678;
case 678:
	switch( (*p) ) {
		case 69u: goto st679;
		case 101u: goto st679;
	}
	goto st0;
st679:
	if ( ++p == pe )
		goto _test_eof679;
case 679:
	switch( (*p) ) {
		case 81u: goto st680;
		case 113u: goto st680;
	}
	goto st0;
st680:
	if ( ++p == pe )
		goto _test_eof680;
case 680:
	if ( (*p) == 32u )
		goto st681;
	goto st0;
st681:
	if ( ++p == pe )
		goto _test_eof681;
case 681:
	if ( (*p) == 40u )
		goto st682;
	goto st0;
st682:
	if ( ++p == pe )
		goto _test_eof682;
case 682:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr825;
	goto st0;
tr825:
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st683;
st683:
	if ( ++p == pe )
		goto _test_eof683;
case 683:
	if ( (*p) == 41u )
		goto tr826;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st683;
	goto st0;
st684:
	if ( ++p == pe )
		goto _test_eof684;
case 684:
	switch( (*p) ) {
		case 70u: goto st685;
		case 102u: goto st685;
	}
	goto st0;
st685:
	if ( ++p == pe )
		goto _test_eof685;
case 685:
	switch( (*p) ) {
		case 67u: goto st686;
		case 99u: goto st686;
	}
	goto st0;
st686:
	if ( ++p == pe )
		goto _test_eof686;
case 686:
	if ( (*p) == 56u )
		goto st687;
	goto st0;
st687:
	if ( ++p == pe )
		goto _test_eof687;
case 687:
	if ( (*p) == 50u )
		goto st688;
	goto st0;
st688:
	if ( ++p == pe )
		goto _test_eof688;
case 688:
	if ( (*p) == 50u )
		goto st689;
	goto st0;
st689:
	if ( ++p == pe )
		goto _test_eof689;
case 689:
	switch( (*p) ) {
		case 32u: goto st224;
		case 46u: goto st690;
	}
	goto st0;
st690:
	if ( ++p == pe )
		goto _test_eof690;
case 690:
	switch( (*p) ) {
		case 72u: goto st691;
		case 83u: goto st696;
		case 84u: goto st702;
		case 104u: goto st691;
		case 115u: goto st696;
		case 116u: goto st702;
	}
	goto st0;
st691:
	if ( ++p == pe )
		goto _test_eof691;
case 691:
	switch( (*p) ) {
		case 69u: goto st692;
		case 101u: goto st692;
	}
	goto st0;
st692:
	if ( ++p == pe )
		goto _test_eof692;
case 692:
	switch( (*p) ) {
		case 65u: goto st693;
		case 97u: goto st693;
	}
	goto st0;
st693:
	if ( ++p == pe )
		goto _test_eof693;
case 693:
	switch( (*p) ) {
		case 68u: goto st694;
		case 100u: goto st694;
	}
	goto st0;
st694:
	if ( ++p == pe )
		goto _test_eof694;
case 694:
	switch( (*p) ) {
		case 69u: goto st695;
		case 101u: goto st695;
	}
	goto st0;
st695:
	if ( ++p == pe )
		goto _test_eof695;
case 695:
	switch( (*p) ) {
		case 82u: goto st236;
		case 114u: goto st236;
	}
	goto st0;
st696:
	if ( ++p == pe )
		goto _test_eof696;
case 696:
	switch( (*p) ) {
		case 73u: goto st697;
		case 105u: goto st697;
	}
	goto st0;
st697:
	if ( ++p == pe )
		goto _test_eof697;
case 697:
	switch( (*p) ) {
		case 90u: goto st698;
		case 122u: goto st698;
	}
	goto st0;
st698:
	if ( ++p == pe )
		goto _test_eof698;
case 698:
	switch( (*p) ) {
		case 69u: goto st699;
		case 101u: goto st699;
	}
	goto st0;
st699:
	if ( ++p == pe )
		goto _test_eof699;
case 699:
	if ( (*p) == 32u )
		goto st700;
	goto st0;
st700:
	if ( ++p == pe )
		goto _test_eof700;
case 700:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr846;
	goto st0;
tr846:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st701;
st701:
	if ( ++p == pe )
		goto _test_eof701;
case 701:
	switch( (*p) ) {
		case 32u: goto tr847;
		case 41u: goto tr848;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st701;
	goto st0;
st702:
	if ( ++p == pe )
		goto _test_eof702;
case 702:
	switch( (*p) ) {
		case 69u: goto st703;
		case 101u: goto st703;
	}
	goto st0;
st703:
	if ( ++p == pe )
		goto _test_eof703;
case 703:
	switch( (*p) ) {
		case 88u: goto st704;
		case 120u: goto st704;
	}
	goto st0;
st704:
	if ( ++p == pe )
		goto _test_eof704;
case 704:
	switch( (*p) ) {
		case 84u: goto st236;
		case 116u: goto st236;
	}
	goto st0;
st705:
	if ( ++p == pe )
		goto _test_eof705;
case 705:
	switch( (*p) ) {
		case 73u: goto st706;
		case 105u: goto st706;
	}
	goto st0;
st706:
	if ( ++p == pe )
		goto _test_eof706;
case 706:
	switch( (*p) ) {
		case 68u: goto st707;
		case 100u: goto st707;
	}
	goto st0;
st707:
	if ( ++p == pe )
		goto _test_eof707;
case 707:
	if ( (*p) == 32u )
		goto st708;
	goto st0;
st708:
	if ( ++p == pe )
		goto _test_eof708;
case 708:
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr855;
	goto st0;
tr855:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st709;
st709:
	if ( ++p == pe )
		goto _test_eof709;
case 709:
	switch( (*p) ) {
		case 32u: goto tr856;
		case 41u: goto tr857;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st709;
	goto st0;
st710:
	if ( ++p == pe )
		goto _test_eof710;
case 710:
	switch( (*p) ) {
		case 65u: goto st711;
		case 89u: goto st858;
		case 97u: goto st711;
		case 121u: goto st858;
	}
	goto st0;
st711:
	if ( ++p == pe )
		goto _test_eof711;
case 711:
	switch( (*p) ) {
		case 68u: goto st712;
		case 100u: goto st712;
	}
	goto st0;
st712:
	if ( ++p == pe )
		goto _test_eof712;
case 712:
	switch( (*p) ) {
		case 13u: goto st165;
		case 32u: goto st713;
	}
	goto st0;
st713:
	if ( ++p == pe )
		goto _test_eof713;
case 713:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st165;
		case 91u: goto tr865;
	}
	goto tr864;
tr864:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st714;
st714:
	if ( ++p == pe )
		goto _test_eof714;
case 714:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
	}
	goto st714;
tr865:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st715;
st715:
	if ( ++p == pe )
		goto _test_eof715;
case 715:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 33u: goto tr868;
		case 66u: goto tr869;
		case 67u: goto tr870;
		case 72u: goto tr871;
		case 77u: goto tr872;
		case 80u: goto tr873;
		case 85u: goto tr874;
		case 98u: goto tr869;
		case 99u: goto tr870;
		case 104u: goto tr871;
		case 109u: goto tr872;
		case 112u: goto tr873;
		case 117u: goto tr874;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr868;
		} else if ( (*p) >= 35u )
			goto tr868;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr868;
		} else if ( (*p) >= 94u )
			goto tr868;
	} else
		goto tr868;
	goto st714;
tr868:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st716;
st716:
	if ( ++p == pe )
		goto _test_eof716;
case 716:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 93u: goto tr877;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st717:
	if ( ++p == pe )
		goto _test_eof717;
case 717:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 93u: goto st714;
	}
	goto st718;
st718:
	if ( ++p == pe )
		goto _test_eof718;
case 718:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 93u: goto tr877;
	}
	goto st718;
tr877:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st719;
tr890:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st719;
tr913:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st719;
tr961:
	{ IMW_EV_CLOSE(IMW_RULE_CAPABILITY); }
	{ IMW_EV_CLOSE(IMW_RULE_CAPABILITY_DATA); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st719;
tr977:
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_HIGHESTMODSEQ); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st719;
tr990:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_MODIFIED); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st719;
tr996:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_MODIFIED); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st719;
tr1024:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_PERMANENTFLAGS); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st719;
tr1036:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_UIDNEXT); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st719;
tr1047:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_UIDVALIDITY); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st719;
tr1055:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_UNSEEN); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st719;
st719:
	if ( ++p == pe )
		goto _test_eof719;
case 719:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st720;
	}
	goto st714;
st720:
	if ( ++p == pe )
		goto _test_eof720;
case 720:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
	}
	goto tr864;
tr869:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st721;
st721:
	if ( ++p == pe )
		goto _test_eof721;
case 721:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 65u: goto st722;
		case 93u: goto tr877;
		case 97u: goto st722;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st722:
	if ( ++p == pe )
		goto _test_eof722;
case 722:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 68u: goto st723;
		case 93u: goto tr877;
		case 100u: goto st723;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st723:
	if ( ++p == pe )
		goto _test_eof723;
case 723:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 67u: goto st724;
		case 93u: goto tr877;
		case 99u: goto st724;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st724:
	if ( ++p == pe )
		goto _test_eof724;
case 724:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 72u: goto st725;
		case 93u: goto tr877;
		case 104u: goto st725;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st725:
	if ( ++p == pe )
		goto _test_eof725;
case 725:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 65u: goto st726;
		case 93u: goto tr877;
		case 97u: goto st726;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st726:
	if ( ++p == pe )
		goto _test_eof726;
case 726:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 82u: goto st727;
		case 93u: goto tr877;
		case 114u: goto st727;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st727:
	if ( ++p == pe )
		goto _test_eof727;
case 727:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 83u: goto st728;
		case 93u: goto tr877;
		case 115u: goto st728;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st728:
	if ( ++p == pe )
		goto _test_eof728;
case 728:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 69u: goto st729;
		case 93u: goto tr877;
		case 101u: goto st729;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st729:
	if ( ++p == pe )
		goto _test_eof729;
case 729:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 84u: goto st730;
		case 93u: goto tr877;
		case 116u: goto st730;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st730:
	if ( ++p == pe )
		goto _test_eof730;
case 730:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st731;
		case 33u: goto st716;
		case 93u: goto tr890;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st731:
	if ( ++p == pe )
		goto _test_eof731;
case 731:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 40u: goto st732;
		case 93u: goto st714;
	}
	goto st718;
tr896:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st732;
st732:
	if ( ++p == pe )
		goto _test_eof732;
case 732:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 34u: goto tr893;
		case 93u: goto tr894;
		case 123u: goto tr895;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr892;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr892;
		} else if ( (*p) >= 43u )
			goto tr892;
	} else
		goto tr892;
	goto st718;
tr892:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st733;
st733:
	if ( ++p == pe )
		goto _test_eof733;
case 733:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto tr896;
		case 33u: goto st733;
		case 41u: goto tr898;
		case 93u: goto tr899;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st733;
		} else if ( (*p) >= 35u )
			goto st733;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st733;
		} else if ( (*p) >= 94u )
			goto st733;
	} else
		goto st733;
	goto st718;
tr898:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st734;
st734:
	if ( ++p == pe )
		goto _test_eof734;
case 734:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 93u: goto tr890;
	}
	goto st718;
tr899:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st735;
tr894:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st735;
st735:
	if ( ++p == pe )
		goto _test_eof735;
case 735:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto tr900;
		case 33u: goto st737;
		case 41u: goto tr902;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st737;
		} else if ( (*p) >= 35u )
			goto st737;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st737;
		} else if ( (*p) >= 93u )
			goto st737;
	} else
		goto st737;
	goto st714;
tr900:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st736;
st736:
	if ( ++p == pe )
		goto _test_eof736;
case 736:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 34u: goto tr904;
		case 123u: goto tr905;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr903;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr903;
		} else if ( (*p) >= 43u )
			goto tr903;
	} else
		goto tr903;
	goto tr864;
tr907:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st737;
tr903:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st737;
st737:
	if ( ++p == pe )
		goto _test_eof737;
case 737:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto tr906;
		case 33u: goto st737;
		case 41u: goto tr902;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st737;
		} else if ( (*p) >= 35u )
			goto st737;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st737;
		} else if ( (*p) >= 93u )
			goto st737;
	} else
		goto st737;
	goto st714;
tr906:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st738;
st738:
	if ( ++p == pe )
		goto _test_eof738;
case 738:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 34u: goto tr908;
		case 123u: goto tr909;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr907;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr907;
		} else if ( (*p) >= 43u )
			goto tr907;
	} else
		goto tr907;
	goto st714;
tr942:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st739;
tr908:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st739;
tr904:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st739;
st739:
	if ( ++p == pe )
		goto _test_eof739;
case 739:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 34u: goto st740;
		case 92u: goto st742;
	}
	goto st739;
tr943:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st740;
st740:
	if ( ++p == pe )
		goto _test_eof740;
case 740:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto tr906;
		case 41u: goto tr902;
	}
	goto st714;
tr902:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st741;
st741:
	if ( ++p == pe )
		goto _test_eof741;
case 741:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 93u: goto tr913;
	}
	goto st714;
tr944:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st742;
st742:
	if ( ++p == pe )
		goto _test_eof742;
case 742:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 34u: goto st739;
		case 92u: goto st739;
	}
	goto st714;
tr909:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st743;
tr905:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st743;
st743:
	if ( ++p == pe )
		goto _test_eof743;
case 743:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr914;
	goto st714;
tr914:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st744;
st744:
	if ( ++p == pe )
		goto _test_eof744;
case 744:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 125u: goto tr916;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st744;
	goto st714;
tr916:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st745;
st745:
	if ( ++p == pe )
		goto _test_eof745;
case 745:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr917;
	}
	goto st714;
tr917:
	{ IMW_EV_CLOSE(IMW_RULE_TEXT); }
	goto st746;
st746:
	if ( ++p == pe )
		goto _test_eof746;
case 746:
	if ( (*p) == 10u )
		goto tr918;
	goto st0;
tr918:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2352;
st2352:
	if ( ++p == pe )
		goto _test_eof2352;
case 2352:
	switch( (*p) ) {
		case 32u: goto tr935;
		case 41u: goto tr936;
	}
	goto st0;
tr922:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st747;
tr935:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st747;
st747:
	if ( ++p == pe )
		goto _test_eof747;
case 747:
	switch( (*p) ) {
		case 34u: goto tr920;
		case 123u: goto tr921;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr919;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr919;
		} else if ( (*p) >= 43u )
			goto tr919;
	} else
		goto tr919;
	goto st0;
tr919:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st748;
st748:
	if ( ++p == pe )
		goto _test_eof748;
case 748:
	switch( (*p) ) {
		case 32u: goto tr922;
		case 33u: goto st748;
		case 41u: goto tr924;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st748;
		} else if ( (*p) >= 35u )
			goto st748;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st748;
		} else if ( (*p) >= 93u )
			goto st748;
	} else
		goto st748;
	goto st0;
tr924:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st749;
tr936:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st749;
st749:
	if ( ++p == pe )
		goto _test_eof749;
case 749:
	if ( (*p) == 93u )
		goto tr925;
	goto st0;
tr925:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st750;
st750:
	if ( ++p == pe )
		goto _test_eof750;
case 750:
	switch( (*p) ) {
		case 13u: goto st165;
		case 32u: goto st751;
	}
	goto st0;
st751:
	if ( ++p == pe )
		goto _test_eof751;
case 751:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st165;
	}
	goto tr864;
tr920:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st752;
st752:
	if ( ++p == pe )
		goto _test_eof752;
case 752:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st753;
		case 92u: goto st754;
	}
	goto st752;
st753:
	if ( ++p == pe )
		goto _test_eof753;
case 753:
	switch( (*p) ) {
		case 32u: goto tr922;
		case 41u: goto tr924;
	}
	goto st0;
st754:
	if ( ++p == pe )
		goto _test_eof754;
case 754:
	switch( (*p) ) {
		case 34u: goto st752;
		case 92u: goto st752;
	}
	goto st0;
tr921:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st755;
st755:
	if ( ++p == pe )
		goto _test_eof755;
case 755:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr930;
	goto st0;
tr930:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st756;
st756:
	if ( ++p == pe )
		goto _test_eof756;
case 756:
	if ( (*p) == 125u )
		goto tr932;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st756;
	goto st0;
tr932:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st757;
st757:
	if ( ++p == pe )
		goto _test_eof757;
case 757:
	if ( (*p) == 13u )
		goto st758;
	goto st0;
st758:
	if ( ++p == pe )
		goto _test_eof758;
case 758:
	if ( (*p) == 10u )
		goto tr934;
	goto st0;
tr934:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st759;
st759:
	if ( ++p == pe )
		goto _test_eof759;
case 759:
	switch( (*p) ) {
		case 32u: goto tr935;
		case 41u: goto tr936;
	}
	goto st0;
tr893:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st760;
st760:
	if ( ++p == pe )
		goto _test_eof760;
case 760:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 34u: goto st761;
		case 92u: goto st762;
		case 93u: goto tr940;
	}
	goto st760;
st761:
	if ( ++p == pe )
		goto _test_eof761;
case 761:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto tr896;
		case 41u: goto tr898;
		case 93u: goto tr877;
	}
	goto st718;
st762:
	if ( ++p == pe )
		goto _test_eof762;
case 762:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 34u: goto st760;
		case 92u: goto st760;
		case 93u: goto tr877;
	}
	goto st718;
tr940:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st763;
st763:
	if ( ++p == pe )
		goto _test_eof763;
case 763:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st764;
		case 34u: goto st740;
		case 92u: goto st742;
	}
	goto st739;
st764:
	if ( ++p == pe )
		goto _test_eof764;
case 764:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 34u: goto tr943;
		case 92u: goto tr944;
	}
	goto tr942;
tr895:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st765;
st765:
	if ( ++p == pe )
		goto _test_eof765;
case 765:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 93u: goto tr877;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr945;
	goto st718;
tr945:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st766;
st766:
	if ( ++p == pe )
		goto _test_eof766;
case 766:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 93u: goto tr877;
		case 125u: goto tr947;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st766;
	goto st718;
tr947:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st767;
st767:
	if ( ++p == pe )
		goto _test_eof767;
case 767:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr917;
		case 93u: goto tr877;
	}
	goto st718;
tr870:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CAPABILITY_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st768;
st768:
	if ( ++p == pe )
		goto _test_eof768;
case 768:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 65u: goto st769;
		case 93u: goto tr877;
		case 97u: goto st769;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st769:
	if ( ++p == pe )
		goto _test_eof769;
case 769:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 80u: goto st770;
		case 93u: goto tr877;
		case 112u: goto st770;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st770:
	if ( ++p == pe )
		goto _test_eof770;
case 770:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 65u: goto st771;
		case 93u: goto tr877;
		case 97u: goto st771;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st771:
	if ( ++p == pe )
		goto _test_eof771;
case 771:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 66u: goto st772;
		case 93u: goto tr877;
		case 98u: goto st772;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st772:
	if ( ++p == pe )
		goto _test_eof772;
case 772:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 73u: goto st773;
		case 93u: goto tr877;
		case 105u: goto st773;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st773:
	if ( ++p == pe )
		goto _test_eof773;
case 773:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 76u: goto st774;
		case 93u: goto tr877;
		case 108u: goto st774;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st774:
	if ( ++p == pe )
		goto _test_eof774;
case 774:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 73u: goto st775;
		case 93u: goto tr877;
		case 105u: goto st775;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st775:
	if ( ++p == pe )
		goto _test_eof775;
case 775:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 84u: goto st776;
		case 93u: goto tr877;
		case 116u: goto st776;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st776:
	if ( ++p == pe )
		goto _test_eof776;
case 776:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 89u: goto st777;
		case 93u: goto tr877;
		case 121u: goto st777;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st777:
	if ( ++p == pe )
		goto _test_eof777;
case 777:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st778;
		case 33u: goto st716;
		case 93u: goto tr877;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st778:
	if ( ++p == pe )
		goto _test_eof778;
case 778:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 33u: goto tr958;
		case 93u: goto st714;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr958;
		} else if ( (*p) >= 35u )
			goto tr958;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr958;
		} else if ( (*p) >= 94u )
			goto tr958;
	} else
		goto tr958;
	goto st718;
tr958:
	{ IMW_EV_OPEN(IMW_RULE_CAPABILITY); }
	goto st779;
st779:
	if ( ++p == pe )
		goto _test_eof779;
case 779:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto tr959;
		case 33u: goto st779;
		case 93u: goto tr961;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st779;
		} else if ( (*p) >= 35u )
			goto st779;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st779;
		} else if ( (*p) >= 94u )
			goto st779;
	} else
		goto st779;
	goto st718;
tr959:
	{ IMW_EV_CLOSE(IMW_RULE_CAPABILITY); }
	goto st780;
st780:
	if ( ++p == pe )
		goto _test_eof780;
case 780:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 33u: goto tr958;
		case 93u: goto tr877;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr958;
		} else if ( (*p) >= 35u )
			goto tr958;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr958;
		} else if ( (*p) >= 94u )
			goto tr958;
	} else
		goto tr958;
	goto st718;
tr871:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_HIGHESTMODSEQ); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st781;
st781:
	if ( ++p == pe )
		goto _test_eof781;
case 781:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 73u: goto st782;
		case 93u: goto tr877;
		case 105u: goto st782;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st782:
	if ( ++p == pe )
		goto _test_eof782;
case 782:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 71u: goto st783;
		case 93u: goto tr877;
		case 103u: goto st783;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st783:
	if ( ++p == pe )
		goto _test_eof783;
case 783:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 72u: goto st784;
		case 93u: goto tr877;
		case 104u: goto st784;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st784:
	if ( ++p == pe )
		goto _test_eof784;
case 784:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 69u: goto st785;
		case 93u: goto tr877;
		case 101u: goto st785;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st785:
	if ( ++p == pe )
		goto _test_eof785;
case 785:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 83u: goto st786;
		case 93u: goto tr877;
		case 115u: goto st786;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st786:
	if ( ++p == pe )
		goto _test_eof786;
case 786:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 84u: goto st787;
		case 93u: goto tr877;
		case 116u: goto st787;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st787:
	if ( ++p == pe )
		goto _test_eof787;
case 787:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 77u: goto st788;
		case 93u: goto tr877;
		case 109u: goto st788;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st788:
	if ( ++p == pe )
		goto _test_eof788;
case 788:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 79u: goto st789;
		case 93u: goto tr877;
		case 111u: goto st789;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st789:
	if ( ++p == pe )
		goto _test_eof789;
case 789:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 68u: goto st790;
		case 93u: goto tr877;
		case 100u: goto st790;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st790:
	if ( ++p == pe )
		goto _test_eof790;
case 790:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 83u: goto st791;
		case 93u: goto tr877;
		case 115u: goto st791;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st791:
	if ( ++p == pe )
		goto _test_eof791;
case 791:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 69u: goto st792;
		case 93u: goto tr877;
		case 101u: goto st792;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st792:
	if ( ++p == pe )
		goto _test_eof792;
case 792:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 81u: goto st793;
		case 93u: goto tr877;
		case 113u: goto st793;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st793:
	if ( ++p == pe )
		goto _test_eof793;
case 793:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st794;
		case 33u: goto st716;
		case 93u: goto tr877;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st794:
	if ( ++p == pe )
		goto _test_eof794;
case 794:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 93u: goto st714;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr975;
	goto st718;
tr975:
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st795;
st795:
	if ( ++p == pe )
		goto _test_eof795;
case 795:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 93u: goto tr977;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st795;
	goto st718;
tr872:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_MODIFIED); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st796;
st796:
	if ( ++p == pe )
		goto _test_eof796;
case 796:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 79u: goto st797;
		case 93u: goto tr877;
		case 111u: goto st797;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st797:
	if ( ++p == pe )
		goto _test_eof797;
case 797:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 68u: goto st798;
		case 93u: goto tr877;
		case 100u: goto st798;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st798:
	if ( ++p == pe )
		goto _test_eof798;
case 798:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 73u: goto st799;
		case 93u: goto tr877;
		case 105u: goto st799;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st799:
	if ( ++p == pe )
		goto _test_eof799;
case 799:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 70u: goto st800;
		case 93u: goto tr877;
		case 102u: goto st800;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st800:
	if ( ++p == pe )
		goto _test_eof800;
case 800:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 73u: goto st801;
		case 93u: goto tr877;
		case 105u: goto st801;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st801:
	if ( ++p == pe )
		goto _test_eof801;
case 801:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 69u: goto st802;
		case 93u: goto tr877;
		case 101u: goto st802;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st802:
	if ( ++p == pe )
		goto _test_eof802;
case 802:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 68u: goto st803;
		case 93u: goto tr877;
		case 100u: goto st803;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st803:
	if ( ++p == pe )
		goto _test_eof803;
case 803:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st804;
		case 33u: goto st716;
		case 93u: goto tr877;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st804:
	if ( ++p == pe )
		goto _test_eof804;
case 804:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 42u: goto tr986;
		case 93u: goto st714;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr987;
	goto st718;
tr986:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st805;
st805:
	if ( ++p == pe )
		goto _test_eof805;
case 805:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 44u: goto st806;
		case 58u: goto st808;
		case 93u: goto tr990;
	}
	goto st718;
tr993:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st806;
st806:
	if ( ++p == pe )
		goto _test_eof806;
case 806:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 42u: goto st805;
		case 93u: goto tr877;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr992;
	goto st718;
tr987:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st807;
tr992:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st807;
st807:
	if ( ++p == pe )
		goto _test_eof807;
case 807:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 44u: goto tr993;
		case 58u: goto tr995;
		case 93u: goto tr996;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st807;
	goto st718;
tr995:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st808;
st808:
	if ( ++p == pe )
		goto _test_eof808;
case 808:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 42u: goto st809;
		case 93u: goto tr877;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr998;
	goto st718;
st809:
	if ( ++p == pe )
		goto _test_eof809;
case 809:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 44u: goto st806;
		case 93u: goto tr990;
	}
	goto st718;
tr998:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st810;
st810:
	if ( ++p == pe )
		goto _test_eof810;
case 810:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 44u: goto tr993;
		case 93u: goto tr996;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st810;
	goto st718;
tr873:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_PERMANENTFLAGS); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st811;
st811:
	if ( ++p == pe )
		goto _test_eof811;
case 811:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 69u: goto st812;
		case 93u: goto tr877;
		case 101u: goto st812;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st812:
	if ( ++p == pe )
		goto _test_eof812;
case 812:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 82u: goto st813;
		case 93u: goto tr877;
		case 114u: goto st813;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st813:
	if ( ++p == pe )
		goto _test_eof813;
case 813:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 77u: goto st814;
		case 93u: goto tr877;
		case 109u: goto st814;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st814:
	if ( ++p == pe )
		goto _test_eof814;
case 814:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 65u: goto st815;
		case 93u: goto tr877;
		case 97u: goto st815;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st815:
	if ( ++p == pe )
		goto _test_eof815;
case 815:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 78u: goto st816;
		case 93u: goto tr877;
		case 110u: goto st816;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st816:
	if ( ++p == pe )
		goto _test_eof816;
case 816:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 69u: goto st817;
		case 93u: goto tr877;
		case 101u: goto st817;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st817:
	if ( ++p == pe )
		goto _test_eof817;
case 817:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 78u: goto st818;
		case 93u: goto tr877;
		case 110u: goto st818;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st818:
	if ( ++p == pe )
		goto _test_eof818;
case 818:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 84u: goto st819;
		case 93u: goto tr877;
		case 116u: goto st819;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st819:
	if ( ++p == pe )
		goto _test_eof819;
case 819:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 70u: goto st820;
		case 93u: goto tr877;
		case 102u: goto st820;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st820:
	if ( ++p == pe )
		goto _test_eof820;
case 820:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 76u: goto st821;
		case 93u: goto tr877;
		case 108u: goto st821;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st821:
	if ( ++p == pe )
		goto _test_eof821;
case 821:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 65u: goto st822;
		case 93u: goto tr877;
		case 97u: goto st822;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st822:
	if ( ++p == pe )
		goto _test_eof822;
case 822:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 71u: goto st823;
		case 93u: goto tr877;
		case 103u: goto st823;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st823:
	if ( ++p == pe )
		goto _test_eof823;
case 823:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 83u: goto st824;
		case 93u: goto tr877;
		case 115u: goto st824;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st824:
	if ( ++p == pe )
		goto _test_eof824;
case 824:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st825;
		case 33u: goto st716;
		case 93u: goto tr877;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st825:
	if ( ++p == pe )
		goto _test_eof825;
case 825:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 40u: goto st826;
		case 93u: goto st714;
	}
	goto st718;
st826:
	if ( ++p == pe )
		goto _test_eof826;
case 826:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 33u: goto tr1015;
		case 41u: goto st831;
		case 92u: goto tr1017;
		case 93u: goto tr877;
	}
	if ( (*p) < 38u ) {
		if ( 35u <= (*p) && (*p) <= 36u )
			goto tr1015;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1015;
		} else if ( (*p) >= 43u )
			goto tr1015;
	} else
		goto tr1015;
	goto st718;
tr1015:
	{ IMW_EV_OPEN(IMW_RULE_FLAG_PERM); }
	{ IMW_EV_OPEN(IMW_RULE_FLAG); }
	goto st827;
st827:
	if ( ++p == pe )
		goto _test_eof827;
case 827:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto tr1018;
		case 33u: goto st827;
		case 41u: goto tr1020;
		case 93u: goto tr877;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st827;
		} else if ( (*p) >= 35u )
			goto st827;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st827;
		} else if ( (*p) >= 94u )
			goto st827;
	} else
		goto st827;
	goto st718;
tr1018:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG); }
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st828;
tr1022:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st828;
st828:
	if ( ++p == pe )
		goto _test_eof828;
case 828:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 33u: goto tr1015;
		case 92u: goto tr1017;
		case 93u: goto tr877;
	}
	if ( (*p) < 38u ) {
		if ( 35u <= (*p) && (*p) <= 36u )
			goto tr1015;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1015;
		} else if ( (*p) >= 43u )
			goto tr1015;
	} else
		goto tr1015;
	goto st718;
tr1017:
	{ IMW_EV_OPEN(IMW_RULE_FLAG_PERM); }
	{ IMW_EV_OPEN(IMW_RULE_FLAG); }
	goto st829;
st829:
	if ( ++p == pe )
		goto _test_eof829;
case 829:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 33u: goto st827;
		case 42u: goto st830;
		case 93u: goto tr877;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st827;
		} else if ( (*p) >= 35u )
			goto st827;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st827;
		} else if ( (*p) >= 94u )
			goto st827;
	} else
		goto st827;
	goto st718;
st830:
	if ( ++p == pe )
		goto _test_eof830;
case 830:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto tr1022;
		case 41u: goto tr1023;
		case 93u: goto tr877;
	}
	goto st718;
tr1020:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG); }
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st831;
tr1023:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st831;
st831:
	if ( ++p == pe )
		goto _test_eof831;
case 831:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 93u: goto tr1024;
	}
	goto st718;
tr874:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_UIDNEXT); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_UIDVALIDITY); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_UNSEEN); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st832;
st832:
	if ( ++p == pe )
		goto _test_eof832;
case 832:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 73u: goto st833;
		case 78u: goto st851;
		case 93u: goto tr877;
		case 105u: goto st833;
		case 110u: goto st851;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st833:
	if ( ++p == pe )
		goto _test_eof833;
case 833:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 68u: goto st834;
		case 93u: goto tr877;
		case 100u: goto st834;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st834:
	if ( ++p == pe )
		goto _test_eof834;
case 834:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 78u: goto st835;
		case 86u: goto st841;
		case 93u: goto tr877;
		case 110u: goto st835;
		case 118u: goto st841;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st835:
	if ( ++p == pe )
		goto _test_eof835;
case 835:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 69u: goto st836;
		case 93u: goto tr877;
		case 101u: goto st836;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st836:
	if ( ++p == pe )
		goto _test_eof836;
case 836:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 88u: goto st837;
		case 93u: goto tr877;
		case 120u: goto st837;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st837:
	if ( ++p == pe )
		goto _test_eof837;
case 837:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 84u: goto st838;
		case 93u: goto tr877;
		case 116u: goto st838;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st838:
	if ( ++p == pe )
		goto _test_eof838;
case 838:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st839;
		case 33u: goto st716;
		case 93u: goto tr877;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st839:
	if ( ++p == pe )
		goto _test_eof839;
case 839:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 93u: goto st714;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1034;
	goto st718;
tr1034:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st840;
st840:
	if ( ++p == pe )
		goto _test_eof840;
case 840:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 93u: goto tr1036;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st840;
	goto st718;
st841:
	if ( ++p == pe )
		goto _test_eof841;
case 841:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 65u: goto st842;
		case 93u: goto tr877;
		case 97u: goto st842;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st842:
	if ( ++p == pe )
		goto _test_eof842;
case 842:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 76u: goto st843;
		case 93u: goto tr877;
		case 108u: goto st843;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st843:
	if ( ++p == pe )
		goto _test_eof843;
case 843:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 73u: goto st844;
		case 93u: goto tr877;
		case 105u: goto st844;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st844:
	if ( ++p == pe )
		goto _test_eof844;
case 844:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 68u: goto st845;
		case 93u: goto tr877;
		case 100u: goto st845;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st845:
	if ( ++p == pe )
		goto _test_eof845;
case 845:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 73u: goto st846;
		case 93u: goto tr877;
		case 105u: goto st846;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st846:
	if ( ++p == pe )
		goto _test_eof846;
case 846:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 84u: goto st847;
		case 93u: goto tr877;
		case 116u: goto st847;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st847:
	if ( ++p == pe )
		goto _test_eof847;
case 847:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 89u: goto st848;
		case 93u: goto tr877;
		case 121u: goto st848;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st848:
	if ( ++p == pe )
		goto _test_eof848;
case 848:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st849;
		case 33u: goto st716;
		case 93u: goto tr877;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st849:
	if ( ++p == pe )
		goto _test_eof849;
case 849:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 93u: goto st714;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1045;
	goto st718;
tr1045:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st850;
st850:
	if ( ++p == pe )
		goto _test_eof850;
case 850:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 93u: goto tr1047;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st850;
	goto st718;
st851:
	if ( ++p == pe )
		goto _test_eof851;
case 851:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 83u: goto st852;
		case 93u: goto tr877;
		case 115u: goto st852;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st852:
	if ( ++p == pe )
		goto _test_eof852;
case 852:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 69u: goto st853;
		case 93u: goto tr877;
		case 101u: goto st853;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st853:
	if ( ++p == pe )
		goto _test_eof853;
case 853:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 69u: goto st854;
		case 93u: goto tr877;
		case 101u: goto st854;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st854:
	if ( ++p == pe )
		goto _test_eof854;
case 854:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st717;
		case 33u: goto st716;
		case 78u: goto st855;
		case 93u: goto tr877;
		case 110u: goto st855;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st855:
	if ( ++p == pe )
		goto _test_eof855;
case 855:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 32u: goto st856;
		case 33u: goto st716;
		case 93u: goto tr877;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st716;
		} else if ( (*p) >= 35u )
			goto st716;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st716;
		} else if ( (*p) >= 94u )
			goto st716;
	} else
		goto st716;
	goto st714;
st856:
	if ( ++p == pe )
		goto _test_eof856;
case 856:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 93u: goto st714;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1053;
	goto st718;
tr1053:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st857;
st857:
	if ( ++p == pe )
		goto _test_eof857;
case 857:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr867;
		case 93u: goto tr1055;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st857;
	goto st718;
st858:
	if ( ++p == pe )
		goto _test_eof858;
case 858:
	switch( (*p) ) {
		case 69u: goto st859;
		case 101u: goto st859;
	}
	goto st0;
st859:
	if ( ++p == pe )
		goto _test_eof859;
case 859:
	switch( (*p) ) {
		case 13u: goto st860;
		case 32u: goto st861;
	}
	goto st0;
tr1063:
	{ IMW_EV_CLOSE(IMW_RULE_TEXT); }
	goto st860;
st860:
	if ( ++p == pe )
		goto _test_eof860;
case 860:
	if ( (*p) == 10u )
		goto st2353;
	goto st0;
st2353:
	if ( ++p == pe )
		goto _test_eof2353;
case 2353:
	goto st0;
st861:
	if ( ++p == pe )
		goto _test_eof861;
case 861:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st860;
		case 91u: goto tr1061;
	}
	goto tr1060;
tr1060:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st862;
st862:
	if ( ++p == pe )
		goto _test_eof862;
case 862:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
	}
	goto st862;
tr1061:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st863;
st863:
	if ( ++p == pe )
		goto _test_eof863;
case 863:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 33u: goto tr1064;
		case 66u: goto tr1065;
		case 67u: goto tr1066;
		case 72u: goto tr1067;
		case 77u: goto tr1068;
		case 80u: goto tr1069;
		case 85u: goto tr1070;
		case 98u: goto tr1065;
		case 99u: goto tr1066;
		case 104u: goto tr1067;
		case 109u: goto tr1068;
		case 112u: goto tr1069;
		case 117u: goto tr1070;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1064;
		} else if ( (*p) >= 35u )
			goto tr1064;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1064;
		} else if ( (*p) >= 94u )
			goto tr1064;
	} else
		goto tr1064;
	goto st862;
tr1064:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st864;
st864:
	if ( ++p == pe )
		goto _test_eof864;
case 864:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 93u: goto tr1073;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st865:
	if ( ++p == pe )
		goto _test_eof865;
case 865:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 93u: goto st862;
	}
	goto st866;
st866:
	if ( ++p == pe )
		goto _test_eof866;
case 866:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 93u: goto tr1073;
	}
	goto st866;
tr1073:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st867;
tr1086:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st867;
tr1109:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st867;
tr1157:
	{ IMW_EV_CLOSE(IMW_RULE_CAPABILITY); }
	{ IMW_EV_CLOSE(IMW_RULE_CAPABILITY_DATA); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st867;
tr1173:
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_HIGHESTMODSEQ); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st867;
tr1186:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_MODIFIED); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st867;
tr1192:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_MODIFIED); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st867;
tr1220:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_PERMANENTFLAGS); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st867;
tr1232:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_UIDNEXT); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st867;
tr1243:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_UIDVALIDITY); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st867;
tr1251:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_UNSEEN); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st867;
st867:
	if ( ++p == pe )
		goto _test_eof867;
case 867:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st868;
	}
	goto st862;
st868:
	if ( ++p == pe )
		goto _test_eof868;
case 868:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
	}
	goto tr1060;
tr1065:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st869;
st869:
	if ( ++p == pe )
		goto _test_eof869;
case 869:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 65u: goto st870;
		case 93u: goto tr1073;
		case 97u: goto st870;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st870:
	if ( ++p == pe )
		goto _test_eof870;
case 870:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 68u: goto st871;
		case 93u: goto tr1073;
		case 100u: goto st871;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st871:
	if ( ++p == pe )
		goto _test_eof871;
case 871:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 67u: goto st872;
		case 93u: goto tr1073;
		case 99u: goto st872;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st872:
	if ( ++p == pe )
		goto _test_eof872;
case 872:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 72u: goto st873;
		case 93u: goto tr1073;
		case 104u: goto st873;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st873:
	if ( ++p == pe )
		goto _test_eof873;
case 873:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 65u: goto st874;
		case 93u: goto tr1073;
		case 97u: goto st874;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st874:
	if ( ++p == pe )
		goto _test_eof874;
case 874:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 82u: goto st875;
		case 93u: goto tr1073;
		case 114u: goto st875;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st875:
	if ( ++p == pe )
		goto _test_eof875;
case 875:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 83u: goto st876;
		case 93u: goto tr1073;
		case 115u: goto st876;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st876:
	if ( ++p == pe )
		goto _test_eof876;
case 876:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 69u: goto st877;
		case 93u: goto tr1073;
		case 101u: goto st877;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st877:
	if ( ++p == pe )
		goto _test_eof877;
case 877:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 84u: goto st878;
		case 93u: goto tr1073;
		case 116u: goto st878;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st878:
	if ( ++p == pe )
		goto _test_eof878;
case 878:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st879;
		case 33u: goto st864;
		case 93u: goto tr1086;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st879:
	if ( ++p == pe )
		goto _test_eof879;
case 879:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 40u: goto st880;
		case 93u: goto st862;
	}
	goto st866;
tr1092:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st880;
st880:
	if ( ++p == pe )
		goto _test_eof880;
case 880:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 34u: goto tr1089;
		case 93u: goto tr1090;
		case 123u: goto tr1091;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1088;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr1088;
		} else if ( (*p) >= 43u )
			goto tr1088;
	} else
		goto tr1088;
	goto st866;
tr1088:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st881;
st881:
	if ( ++p == pe )
		goto _test_eof881;
case 881:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto tr1092;
		case 33u: goto st881;
		case 41u: goto tr1094;
		case 93u: goto tr1095;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st881;
		} else if ( (*p) >= 35u )
			goto st881;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st881;
		} else if ( (*p) >= 94u )
			goto st881;
	} else
		goto st881;
	goto st866;
tr1094:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st882;
st882:
	if ( ++p == pe )
		goto _test_eof882;
case 882:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 93u: goto tr1086;
	}
	goto st866;
tr1095:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st883;
tr1090:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st883;
st883:
	if ( ++p == pe )
		goto _test_eof883;
case 883:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto tr1096;
		case 33u: goto st885;
		case 41u: goto tr1098;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st885;
		} else if ( (*p) >= 35u )
			goto st885;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st885;
		} else if ( (*p) >= 93u )
			goto st885;
	} else
		goto st885;
	goto st862;
tr1096:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st884;
st884:
	if ( ++p == pe )
		goto _test_eof884;
case 884:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 34u: goto tr1100;
		case 123u: goto tr1101;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1099;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1099;
		} else if ( (*p) >= 43u )
			goto tr1099;
	} else
		goto tr1099;
	goto tr1060;
tr1103:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st885;
tr1099:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st885;
st885:
	if ( ++p == pe )
		goto _test_eof885;
case 885:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto tr1102;
		case 33u: goto st885;
		case 41u: goto tr1098;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st885;
		} else if ( (*p) >= 35u )
			goto st885;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st885;
		} else if ( (*p) >= 93u )
			goto st885;
	} else
		goto st885;
	goto st862;
tr1102:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st886;
st886:
	if ( ++p == pe )
		goto _test_eof886;
case 886:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 34u: goto tr1104;
		case 123u: goto tr1105;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1103;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1103;
		} else if ( (*p) >= 43u )
			goto tr1103;
	} else
		goto tr1103;
	goto st862;
tr1138:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st887;
tr1104:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st887;
tr1100:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st887;
st887:
	if ( ++p == pe )
		goto _test_eof887;
case 887:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 34u: goto st888;
		case 92u: goto st890;
	}
	goto st887;
tr1139:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st888;
st888:
	if ( ++p == pe )
		goto _test_eof888;
case 888:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto tr1102;
		case 41u: goto tr1098;
	}
	goto st862;
tr1098:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st889;
st889:
	if ( ++p == pe )
		goto _test_eof889;
case 889:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 93u: goto tr1109;
	}
	goto st862;
tr1140:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st890;
st890:
	if ( ++p == pe )
		goto _test_eof890;
case 890:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 34u: goto st887;
		case 92u: goto st887;
	}
	goto st862;
tr1105:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st891;
tr1101:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st891;
st891:
	if ( ++p == pe )
		goto _test_eof891;
case 891:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1110;
	goto st862;
tr1110:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st892;
st892:
	if ( ++p == pe )
		goto _test_eof892;
case 892:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 125u: goto tr1112;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st892;
	goto st862;
tr1112:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st893;
st893:
	if ( ++p == pe )
		goto _test_eof893;
case 893:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1113;
	}
	goto st862;
tr1113:
	{ IMW_EV_CLOSE(IMW_RULE_TEXT); }
	goto st894;
st894:
	if ( ++p == pe )
		goto _test_eof894;
case 894:
	if ( (*p) == 10u )
		goto tr1114;
	goto st0;
tr1114:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2354;
st2354:
	if ( ++p == pe )
		goto _test_eof2354;
case 2354:
	switch( (*p) ) {
		case 32u: goto tr1131;
		case 41u: goto tr1132;
	}
	goto st0;
tr1118:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st895;
tr1131:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st895;
st895:
	if ( ++p == pe )
		goto _test_eof895;
case 895:
	switch( (*p) ) {
		case 34u: goto tr1116;
		case 123u: goto tr1117;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1115;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1115;
		} else if ( (*p) >= 43u )
			goto tr1115;
	} else
		goto tr1115;
	goto st0;
tr1115:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st896;
st896:
	if ( ++p == pe )
		goto _test_eof896;
case 896:
	switch( (*p) ) {
		case 32u: goto tr1118;
		case 33u: goto st896;
		case 41u: goto tr1120;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st896;
		} else if ( (*p) >= 35u )
			goto st896;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st896;
		} else if ( (*p) >= 93u )
			goto st896;
	} else
		goto st896;
	goto st0;
tr1120:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st897;
tr1132:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st897;
st897:
	if ( ++p == pe )
		goto _test_eof897;
case 897:
	if ( (*p) == 93u )
		goto tr1121;
	goto st0;
tr1121:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st898;
st898:
	if ( ++p == pe )
		goto _test_eof898;
case 898:
	switch( (*p) ) {
		case 13u: goto st860;
		case 32u: goto st899;
	}
	goto st0;
st899:
	if ( ++p == pe )
		goto _test_eof899;
case 899:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st860;
	}
	goto tr1060;
tr1116:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st900;
st900:
	if ( ++p == pe )
		goto _test_eof900;
case 900:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st901;
		case 92u: goto st902;
	}
	goto st900;
st901:
	if ( ++p == pe )
		goto _test_eof901;
case 901:
	switch( (*p) ) {
		case 32u: goto tr1118;
		case 41u: goto tr1120;
	}
	goto st0;
st902:
	if ( ++p == pe )
		goto _test_eof902;
case 902:
	switch( (*p) ) {
		case 34u: goto st900;
		case 92u: goto st900;
	}
	goto st0;
tr1117:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st903;
st903:
	if ( ++p == pe )
		goto _test_eof903;
case 903:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1126;
	goto st0;
tr1126:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st904;
st904:
	if ( ++p == pe )
		goto _test_eof904;
case 904:
	if ( (*p) == 125u )
		goto tr1128;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st904;
	goto st0;
tr1128:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st905;
st905:
	if ( ++p == pe )
		goto _test_eof905;
case 905:
	if ( (*p) == 13u )
		goto st906;
	goto st0;
st906:
	if ( ++p == pe )
		goto _test_eof906;
case 906:
	if ( (*p) == 10u )
		goto tr1130;
	goto st0;
tr1130:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st907;
st907:
	if ( ++p == pe )
		goto _test_eof907;
case 907:
	switch( (*p) ) {
		case 32u: goto tr1131;
		case 41u: goto tr1132;
	}
	goto st0;
tr1089:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st908;
st908:
	if ( ++p == pe )
		goto _test_eof908;
case 908:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 34u: goto st909;
		case 92u: goto st910;
		case 93u: goto tr1136;
	}
	goto st908;
st909:
	if ( ++p == pe )
		goto _test_eof909;
case 909:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto tr1092;
		case 41u: goto tr1094;
		case 93u: goto tr1073;
	}
	goto st866;
st910:
	if ( ++p == pe )
		goto _test_eof910;
case 910:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 34u: goto st908;
		case 92u: goto st908;
		case 93u: goto tr1073;
	}
	goto st866;
tr1136:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st911;
st911:
	if ( ++p == pe )
		goto _test_eof911;
case 911:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st912;
		case 34u: goto st888;
		case 92u: goto st890;
	}
	goto st887;
st912:
	if ( ++p == pe )
		goto _test_eof912;
case 912:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 34u: goto tr1139;
		case 92u: goto tr1140;
	}
	goto tr1138;
tr1091:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st913;
st913:
	if ( ++p == pe )
		goto _test_eof913;
case 913:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 93u: goto tr1073;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1141;
	goto st866;
tr1141:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st914;
st914:
	if ( ++p == pe )
		goto _test_eof914;
case 914:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 93u: goto tr1073;
		case 125u: goto tr1143;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st914;
	goto st866;
tr1143:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st915;
st915:
	if ( ++p == pe )
		goto _test_eof915;
case 915:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1113;
		case 93u: goto tr1073;
	}
	goto st866;
tr1066:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CAPABILITY_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st916;
st916:
	if ( ++p == pe )
		goto _test_eof916;
case 916:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 65u: goto st917;
		case 93u: goto tr1073;
		case 97u: goto st917;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st917:
	if ( ++p == pe )
		goto _test_eof917;
case 917:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 80u: goto st918;
		case 93u: goto tr1073;
		case 112u: goto st918;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st918:
	if ( ++p == pe )
		goto _test_eof918;
case 918:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 65u: goto st919;
		case 93u: goto tr1073;
		case 97u: goto st919;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st919:
	if ( ++p == pe )
		goto _test_eof919;
case 919:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 66u: goto st920;
		case 93u: goto tr1073;
		case 98u: goto st920;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st920:
	if ( ++p == pe )
		goto _test_eof920;
case 920:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 73u: goto st921;
		case 93u: goto tr1073;
		case 105u: goto st921;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st921:
	if ( ++p == pe )
		goto _test_eof921;
case 921:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 76u: goto st922;
		case 93u: goto tr1073;
		case 108u: goto st922;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st922:
	if ( ++p == pe )
		goto _test_eof922;
case 922:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 73u: goto st923;
		case 93u: goto tr1073;
		case 105u: goto st923;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st923:
	if ( ++p == pe )
		goto _test_eof923;
case 923:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 84u: goto st924;
		case 93u: goto tr1073;
		case 116u: goto st924;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st924:
	if ( ++p == pe )
		goto _test_eof924;
case 924:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 89u: goto st925;
		case 93u: goto tr1073;
		case 121u: goto st925;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st925:
	if ( ++p == pe )
		goto _test_eof925;
case 925:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st926;
		case 33u: goto st864;
		case 93u: goto tr1073;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st926:
	if ( ++p == pe )
		goto _test_eof926;
case 926:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 33u: goto tr1154;
		case 93u: goto st862;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1154;
		} else if ( (*p) >= 35u )
			goto tr1154;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1154;
		} else if ( (*p) >= 94u )
			goto tr1154;
	} else
		goto tr1154;
	goto st866;
tr1154:
	{ IMW_EV_OPEN(IMW_RULE_CAPABILITY); }
	goto st927;
st927:
	if ( ++p == pe )
		goto _test_eof927;
case 927:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto tr1155;
		case 33u: goto st927;
		case 93u: goto tr1157;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st927;
		} else if ( (*p) >= 35u )
			goto st927;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st927;
		} else if ( (*p) >= 94u )
			goto st927;
	} else
		goto st927;
	goto st866;
tr1155:
	{ IMW_EV_CLOSE(IMW_RULE_CAPABILITY); }
	goto st928;
st928:
	if ( ++p == pe )
		goto _test_eof928;
case 928:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 33u: goto tr1154;
		case 93u: goto tr1073;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1154;
		} else if ( (*p) >= 35u )
			goto tr1154;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1154;
		} else if ( (*p) >= 94u )
			goto tr1154;
	} else
		goto tr1154;
	goto st866;
tr1067:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_HIGHESTMODSEQ); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st929;
st929:
	if ( ++p == pe )
		goto _test_eof929;
case 929:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 73u: goto st930;
		case 93u: goto tr1073;
		case 105u: goto st930;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st930:
	if ( ++p == pe )
		goto _test_eof930;
case 930:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 71u: goto st931;
		case 93u: goto tr1073;
		case 103u: goto st931;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st931:
	if ( ++p == pe )
		goto _test_eof931;
case 931:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 72u: goto st932;
		case 93u: goto tr1073;
		case 104u: goto st932;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st932:
	if ( ++p == pe )
		goto _test_eof932;
case 932:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 69u: goto st933;
		case 93u: goto tr1073;
		case 101u: goto st933;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st933:
	if ( ++p == pe )
		goto _test_eof933;
case 933:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 83u: goto st934;
		case 93u: goto tr1073;
		case 115u: goto st934;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st934:
	if ( ++p == pe )
		goto _test_eof934;
case 934:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 84u: goto st935;
		case 93u: goto tr1073;
		case 116u: goto st935;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st935:
	if ( ++p == pe )
		goto _test_eof935;
case 935:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 77u: goto st936;
		case 93u: goto tr1073;
		case 109u: goto st936;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st936:
	if ( ++p == pe )
		goto _test_eof936;
case 936:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 79u: goto st937;
		case 93u: goto tr1073;
		case 111u: goto st937;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st937:
	if ( ++p == pe )
		goto _test_eof937;
case 937:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 68u: goto st938;
		case 93u: goto tr1073;
		case 100u: goto st938;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st938:
	if ( ++p == pe )
		goto _test_eof938;
case 938:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 83u: goto st939;
		case 93u: goto tr1073;
		case 115u: goto st939;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st939:
	if ( ++p == pe )
		goto _test_eof939;
case 939:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 69u: goto st940;
		case 93u: goto tr1073;
		case 101u: goto st940;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st940:
	if ( ++p == pe )
		goto _test_eof940;
case 940:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 81u: goto st941;
		case 93u: goto tr1073;
		case 113u: goto st941;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st941:
	if ( ++p == pe )
		goto _test_eof941;
case 941:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st942;
		case 33u: goto st864;
		case 93u: goto tr1073;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st942:
	if ( ++p == pe )
		goto _test_eof942;
case 942:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 93u: goto st862;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1171;
	goto st866;
tr1171:
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st943;
st943:
	if ( ++p == pe )
		goto _test_eof943;
case 943:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 93u: goto tr1173;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st943;
	goto st866;
tr1068:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_MODIFIED); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st944;
st944:
	if ( ++p == pe )
		goto _test_eof944;
case 944:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 79u: goto st945;
		case 93u: goto tr1073;
		case 111u: goto st945;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st945:
	if ( ++p == pe )
		goto _test_eof945;
case 945:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 68u: goto st946;
		case 93u: goto tr1073;
		case 100u: goto st946;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st946:
	if ( ++p == pe )
		goto _test_eof946;
case 946:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 73u: goto st947;
		case 93u: goto tr1073;
		case 105u: goto st947;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st947:
	if ( ++p == pe )
		goto _test_eof947;
case 947:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 70u: goto st948;
		case 93u: goto tr1073;
		case 102u: goto st948;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st948:
	if ( ++p == pe )
		goto _test_eof948;
case 948:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 73u: goto st949;
		case 93u: goto tr1073;
		case 105u: goto st949;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st949:
	if ( ++p == pe )
		goto _test_eof949;
case 949:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 69u: goto st950;
		case 93u: goto tr1073;
		case 101u: goto st950;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st950:
	if ( ++p == pe )
		goto _test_eof950;
case 950:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 68u: goto st951;
		case 93u: goto tr1073;
		case 100u: goto st951;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st951:
	if ( ++p == pe )
		goto _test_eof951;
case 951:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st952;
		case 33u: goto st864;
		case 93u: goto tr1073;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st952:
	if ( ++p == pe )
		goto _test_eof952;
case 952:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 42u: goto tr1182;
		case 93u: goto st862;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1183;
	goto st866;
tr1182:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st953;
st953:
	if ( ++p == pe )
		goto _test_eof953;
case 953:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 44u: goto st954;
		case 58u: goto st956;
		case 93u: goto tr1186;
	}
	goto st866;
tr1189:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st954;
st954:
	if ( ++p == pe )
		goto _test_eof954;
case 954:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 42u: goto st953;
		case 93u: goto tr1073;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1188;
	goto st866;
tr1183:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st955;
tr1188:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st955;
st955:
	if ( ++p == pe )
		goto _test_eof955;
case 955:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 44u: goto tr1189;
		case 58u: goto tr1191;
		case 93u: goto tr1192;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st955;
	goto st866;
tr1191:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st956;
st956:
	if ( ++p == pe )
		goto _test_eof956;
case 956:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 42u: goto st957;
		case 93u: goto tr1073;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1194;
	goto st866;
st957:
	if ( ++p == pe )
		goto _test_eof957;
case 957:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 44u: goto st954;
		case 93u: goto tr1186;
	}
	goto st866;
tr1194:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st958;
st958:
	if ( ++p == pe )
		goto _test_eof958;
case 958:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 44u: goto tr1189;
		case 93u: goto tr1192;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st958;
	goto st866;
tr1069:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_PERMANENTFLAGS); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st959;
st959:
	if ( ++p == pe )
		goto _test_eof959;
case 959:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 69u: goto st960;
		case 93u: goto tr1073;
		case 101u: goto st960;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st960:
	if ( ++p == pe )
		goto _test_eof960;
case 960:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 82u: goto st961;
		case 93u: goto tr1073;
		case 114u: goto st961;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st961:
	if ( ++p == pe )
		goto _test_eof961;
case 961:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 77u: goto st962;
		case 93u: goto tr1073;
		case 109u: goto st962;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st962:
	if ( ++p == pe )
		goto _test_eof962;
case 962:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 65u: goto st963;
		case 93u: goto tr1073;
		case 97u: goto st963;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st963:
	if ( ++p == pe )
		goto _test_eof963;
case 963:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 78u: goto st964;
		case 93u: goto tr1073;
		case 110u: goto st964;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st964:
	if ( ++p == pe )
		goto _test_eof964;
case 964:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 69u: goto st965;
		case 93u: goto tr1073;
		case 101u: goto st965;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st965:
	if ( ++p == pe )
		goto _test_eof965;
case 965:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 78u: goto st966;
		case 93u: goto tr1073;
		case 110u: goto st966;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st966:
	if ( ++p == pe )
		goto _test_eof966;
case 966:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 84u: goto st967;
		case 93u: goto tr1073;
		case 116u: goto st967;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st967:
	if ( ++p == pe )
		goto _test_eof967;
case 967:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 70u: goto st968;
		case 93u: goto tr1073;
		case 102u: goto st968;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st968:
	if ( ++p == pe )
		goto _test_eof968;
case 968:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 76u: goto st969;
		case 93u: goto tr1073;
		case 108u: goto st969;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st969:
	if ( ++p == pe )
		goto _test_eof969;
case 969:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 65u: goto st970;
		case 93u: goto tr1073;
		case 97u: goto st970;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st970:
	if ( ++p == pe )
		goto _test_eof970;
case 970:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 71u: goto st971;
		case 93u: goto tr1073;
		case 103u: goto st971;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st971:
	if ( ++p == pe )
		goto _test_eof971;
case 971:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 83u: goto st972;
		case 93u: goto tr1073;
		case 115u: goto st972;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st972:
	if ( ++p == pe )
		goto _test_eof972;
case 972:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st973;
		case 33u: goto st864;
		case 93u: goto tr1073;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st973:
	if ( ++p == pe )
		goto _test_eof973;
case 973:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 40u: goto st974;
		case 93u: goto st862;
	}
	goto st866;
st974:
	if ( ++p == pe )
		goto _test_eof974;
case 974:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 33u: goto tr1211;
		case 41u: goto st979;
		case 92u: goto tr1213;
		case 93u: goto tr1073;
	}
	if ( (*p) < 38u ) {
		if ( 35u <= (*p) && (*p) <= 36u )
			goto tr1211;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1211;
		} else if ( (*p) >= 43u )
			goto tr1211;
	} else
		goto tr1211;
	goto st866;
tr1211:
	{ IMW_EV_OPEN(IMW_RULE_FLAG_PERM); }
	{ IMW_EV_OPEN(IMW_RULE_FLAG); }
	goto st975;
st975:
	if ( ++p == pe )
		goto _test_eof975;
case 975:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto tr1214;
		case 33u: goto st975;
		case 41u: goto tr1216;
		case 93u: goto tr1073;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st975;
		} else if ( (*p) >= 35u )
			goto st975;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st975;
		} else if ( (*p) >= 94u )
			goto st975;
	} else
		goto st975;
	goto st866;
tr1214:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG); }
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st976;
tr1218:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st976;
st976:
	if ( ++p == pe )
		goto _test_eof976;
case 976:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 33u: goto tr1211;
		case 92u: goto tr1213;
		case 93u: goto tr1073;
	}
	if ( (*p) < 38u ) {
		if ( 35u <= (*p) && (*p) <= 36u )
			goto tr1211;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1211;
		} else if ( (*p) >= 43u )
			goto tr1211;
	} else
		goto tr1211;
	goto st866;
tr1213:
	{ IMW_EV_OPEN(IMW_RULE_FLAG_PERM); }
	{ IMW_EV_OPEN(IMW_RULE_FLAG); }
	goto st977;
st977:
	if ( ++p == pe )
		goto _test_eof977;
case 977:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 33u: goto st975;
		case 42u: goto st978;
		case 93u: goto tr1073;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st975;
		} else if ( (*p) >= 35u )
			goto st975;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st975;
		} else if ( (*p) >= 94u )
			goto st975;
	} else
		goto st975;
	goto st866;
st978:
	if ( ++p == pe )
		goto _test_eof978;
case 978:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto tr1218;
		case 41u: goto tr1219;
		case 93u: goto tr1073;
	}
	goto st866;
tr1216:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG); }
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st979;
tr1219:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st979;
st979:
	if ( ++p == pe )
		goto _test_eof979;
case 979:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 93u: goto tr1220;
	}
	goto st866;
tr1070:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_UIDNEXT); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_UIDVALIDITY); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_UNSEEN); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st980;
st980:
	if ( ++p == pe )
		goto _test_eof980;
case 980:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 73u: goto st981;
		case 78u: goto st999;
		case 93u: goto tr1073;
		case 105u: goto st981;
		case 110u: goto st999;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st981:
	if ( ++p == pe )
		goto _test_eof981;
case 981:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 68u: goto st982;
		case 93u: goto tr1073;
		case 100u: goto st982;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st982:
	if ( ++p == pe )
		goto _test_eof982;
case 982:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 78u: goto st983;
		case 86u: goto st989;
		case 93u: goto tr1073;
		case 110u: goto st983;
		case 118u: goto st989;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st983:
	if ( ++p == pe )
		goto _test_eof983;
case 983:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 69u: goto st984;
		case 93u: goto tr1073;
		case 101u: goto st984;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st984:
	if ( ++p == pe )
		goto _test_eof984;
case 984:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 88u: goto st985;
		case 93u: goto tr1073;
		case 120u: goto st985;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st985:
	if ( ++p == pe )
		goto _test_eof985;
case 985:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 84u: goto st986;
		case 93u: goto tr1073;
		case 116u: goto st986;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st986:
	if ( ++p == pe )
		goto _test_eof986;
case 986:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st987;
		case 33u: goto st864;
		case 93u: goto tr1073;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st987:
	if ( ++p == pe )
		goto _test_eof987;
case 987:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 93u: goto st862;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1230;
	goto st866;
tr1230:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st988;
st988:
	if ( ++p == pe )
		goto _test_eof988;
case 988:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 93u: goto tr1232;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st988;
	goto st866;
st989:
	if ( ++p == pe )
		goto _test_eof989;
case 989:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 65u: goto st990;
		case 93u: goto tr1073;
		case 97u: goto st990;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st990:
	if ( ++p == pe )
		goto _test_eof990;
case 990:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 76u: goto st991;
		case 93u: goto tr1073;
		case 108u: goto st991;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st991:
	if ( ++p == pe )
		goto _test_eof991;
case 991:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 73u: goto st992;
		case 93u: goto tr1073;
		case 105u: goto st992;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st992:
	if ( ++p == pe )
		goto _test_eof992;
case 992:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 68u: goto st993;
		case 93u: goto tr1073;
		case 100u: goto st993;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st993:
	if ( ++p == pe )
		goto _test_eof993;
case 993:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 73u: goto st994;
		case 93u: goto tr1073;
		case 105u: goto st994;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st994:
	if ( ++p == pe )
		goto _test_eof994;
case 994:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 84u: goto st995;
		case 93u: goto tr1073;
		case 116u: goto st995;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st995:
	if ( ++p == pe )
		goto _test_eof995;
case 995:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 89u: goto st996;
		case 93u: goto tr1073;
		case 121u: goto st996;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st996:
	if ( ++p == pe )
		goto _test_eof996;
case 996:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st997;
		case 33u: goto st864;
		case 93u: goto tr1073;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st997:
	if ( ++p == pe )
		goto _test_eof997;
case 997:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 93u: goto st862;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1241;
	goto st866;
tr1241:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st998;
st998:
	if ( ++p == pe )
		goto _test_eof998;
case 998:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 93u: goto tr1243;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st998;
	goto st866;
st999:
	if ( ++p == pe )
		goto _test_eof999;
case 999:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 83u: goto st1000;
		case 93u: goto tr1073;
		case 115u: goto st1000;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st1000:
	if ( ++p == pe )
		goto _test_eof1000;
case 1000:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 69u: goto st1001;
		case 93u: goto tr1073;
		case 101u: goto st1001;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st1001:
	if ( ++p == pe )
		goto _test_eof1001;
case 1001:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 69u: goto st1002;
		case 93u: goto tr1073;
		case 101u: goto st1002;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st1002:
	if ( ++p == pe )
		goto _test_eof1002;
case 1002:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st865;
		case 33u: goto st864;
		case 78u: goto st1003;
		case 93u: goto tr1073;
		case 110u: goto st1003;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st1003:
	if ( ++p == pe )
		goto _test_eof1003;
case 1003:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 32u: goto st1004;
		case 33u: goto st864;
		case 93u: goto tr1073;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st864;
		} else if ( (*p) >= 35u )
			goto st864;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st864;
		} else if ( (*p) >= 94u )
			goto st864;
	} else
		goto st864;
	goto st862;
st1004:
	if ( ++p == pe )
		goto _test_eof1004;
case 1004:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 93u: goto st862;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1249;
	goto st866;
tr1249:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st1005;
st1005:
	if ( ++p == pe )
		goto _test_eof1005;
case 1005:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1063;
		case 93u: goto tr1251;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1005;
	goto st866;
tr210:
	{ IMW_EV_OPEN(IMW_RULE_CAPABILITY_DATA); }
	goto st1006;
st1006:
	if ( ++p == pe )
		goto _test_eof1006;
case 1006:
	switch( (*p) ) {
		case 65u: goto st1007;
		case 97u: goto st1007;
	}
	goto st0;
st1007:
	if ( ++p == pe )
		goto _test_eof1007;
case 1007:
	switch( (*p) ) {
		case 80u: goto st1008;
		case 112u: goto st1008;
	}
	goto st0;
st1008:
	if ( ++p == pe )
		goto _test_eof1008;
case 1008:
	switch( (*p) ) {
		case 65u: goto st1009;
		case 97u: goto st1009;
	}
	goto st0;
st1009:
	if ( ++p == pe )
		goto _test_eof1009;
case 1009:
	switch( (*p) ) {
		case 66u: goto st1010;
		case 98u: goto st1010;
	}
	goto st0;
st1010:
	if ( ++p == pe )
		goto _test_eof1010;
case 1010:
	switch( (*p) ) {
		case 73u: goto st1011;
		case 105u: goto st1011;
	}
	goto st0;
st1011:
	if ( ++p == pe )
		goto _test_eof1011;
case 1011:
	switch( (*p) ) {
		case 76u: goto st1012;
		case 108u: goto st1012;
	}
	goto st0;
st1012:
	if ( ++p == pe )
		goto _test_eof1012;
case 1012:
	switch( (*p) ) {
		case 73u: goto st1013;
		case 105u: goto st1013;
	}
	goto st0;
st1013:
	if ( ++p == pe )
		goto _test_eof1013;
case 1013:
	switch( (*p) ) {
		case 84u: goto st1014;
		case 116u: goto st1014;
	}
	goto st0;
st1014:
	if ( ++p == pe )
		goto _test_eof1014;
case 1014:
	switch( (*p) ) {
		case 89u: goto st1015;
		case 121u: goto st1015;
	}
	goto st0;
st1015:
	if ( ++p == pe )
		goto _test_eof1015;
case 1015:
	if ( (*p) == 32u )
		goto st1016;
	goto st0;
tr1264:
	{ IMW_EV_CLOSE(IMW_RULE_CAPABILITY); }
	goto st1016;
st1016:
	if ( ++p == pe )
		goto _test_eof1016;
case 1016:
	if ( (*p) == 33u )
		goto tr1262;
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1262;
		} else if ( (*p) >= 35u )
			goto tr1262;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1262;
		} else if ( (*p) >= 94u )
			goto tr1262;
	} else
		goto tr1262;
	goto st0;
tr1262:
	{ IMW_EV_OPEN(IMW_RULE_CAPABILITY); }
	goto st1017;
st1017:
	if ( ++p == pe )
		goto _test_eof1017;
case 1017:
	switch( (*p) ) {
		case 13u: goto tr1263;
		case 32u: goto tr1264;
		case 33u: goto st1017;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1017;
		} else if ( (*p) >= 35u )
			goto st1017;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1017;
		} else if ( (*p) >= 94u )
			goto st1017;
	} else
		goto st1017;
	goto st0;
tr211:
	{ IMW_EV_OPEN(IMW_RULE_MAILBOX_DATA); }
	goto st1018;
st1018:
	if ( ++p == pe )
		goto _test_eof1018;
case 1018:
	switch( (*p) ) {
		case 83u: goto st1019;
		case 115u: goto st1019;
	}
	goto st0;
st1019:
	if ( ++p == pe )
		goto _test_eof1019;
case 1019:
	switch( (*p) ) {
		case 69u: goto st1020;
		case 101u: goto st1020;
	}
	goto st0;
st1020:
	if ( ++p == pe )
		goto _test_eof1020;
case 1020:
	switch( (*p) ) {
		case 65u: goto st1021;
		case 97u: goto st1021;
	}
	goto st0;
st1021:
	if ( ++p == pe )
		goto _test_eof1021;
case 1021:
	switch( (*p) ) {
		case 82u: goto st1022;
		case 114u: goto st1022;
	}
	goto st0;
st1022:
	if ( ++p == pe )
		goto _test_eof1022;
case 1022:
	switch( (*p) ) {
		case 67u: goto st1023;
		case 99u: goto st1023;
	}
	goto st0;
st1023:
	if ( ++p == pe )
		goto _test_eof1023;
case 1023:
	switch( (*p) ) {
		case 72u: goto st1024;
		case 104u: goto st1024;
	}
	goto st0;
st1024:
	if ( ++p == pe )
		goto _test_eof1024;
case 1024:
	switch( (*p) ) {
		case 13u: goto tr228;
		case 32u: goto st1025;
	}
	goto st0;
st1025:
	if ( ++p == pe )
		goto _test_eof1025;
case 1025:
	switch( (*p) ) {
		case 40u: goto st1026;
		case 85u: goto st1059;
		case 95u: goto st1035;
		case 117u: goto st1059;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1035;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st1035;
	} else
		goto st1035;
	goto st0;
st1026:
	if ( ++p == pe )
		goto _test_eof1026;
case 1026:
	switch( (*p) ) {
		case 84u: goto st1027;
		case 116u: goto st1027;
	}
	goto st0;
st1027:
	if ( ++p == pe )
		goto _test_eof1027;
case 1027:
	switch( (*p) ) {
		case 65u: goto st1028;
		case 97u: goto st1028;
	}
	goto st0;
st1028:
	if ( ++p == pe )
		goto _test_eof1028;
case 1028:
	switch( (*p) ) {
		case 71u: goto st1029;
		case 103u: goto st1029;
	}
	goto st0;
st1029:
	if ( ++p == pe )
		goto _test_eof1029;
case 1029:
	if ( (*p) == 32u )
		goto st1030;
	goto st0;
st1030:
	if ( ++p == pe )
		goto _test_eof1030;
case 1030:
	switch( (*p) ) {
		case 34u: goto st1031;
		case 123u: goto tr1281;
	}
	goto st0;
st1031:
	if ( ++p == pe )
		goto _test_eof1031;
case 1031:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1032;
		case 92u: goto st1063;
	}
	goto st1031;
st1032:
	if ( ++p == pe )
		goto _test_eof1032;
case 1032:
	if ( (*p) == 41u )
		goto st1033;
	goto st0;
tr1339:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1033;
st1033:
	if ( ++p == pe )
		goto _test_eof1033;
case 1033:
	switch( (*p) ) {
		case 13u: goto tr228;
		case 32u: goto st1034;
	}
	goto st0;
st1034:
	if ( ++p == pe )
		goto _test_eof1034;
case 1034:
	switch( (*p) ) {
		case 85u: goto st1059;
		case 95u: goto st1035;
		case 117u: goto st1059;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1035;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st1035;
	} else
		goto st1035;
	goto st0;
st1035:
	if ( ++p == pe )
		goto _test_eof1035;
case 1035:
	switch( (*p) ) {
		case 32u: goto st1036;
		case 95u: goto st1035;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1035;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1035;
		} else if ( (*p) >= 65u )
			goto st1035;
	} else
		goto st1035;
	goto st0;
st1036:
	if ( ++p == pe )
		goto _test_eof1036;
case 1036:
	switch( (*p) ) {
		case 40u: goto st1037;
		case 42u: goto tr1288;
		case 48u: goto tr1289;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1290;
	goto st0;
st1037:
	if ( ++p == pe )
		goto _test_eof1037;
case 1037:
	switch( (*p) ) {
		case 34u: goto tr1292;
		case 40u: goto tr1293;
		case 41u: goto st1042;
		case 123u: goto tr1295;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1291;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1291;
		} else if ( (*p) >= 43u )
			goto tr1291;
	} else
		goto tr1291;
	goto st0;
tr1291:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st1038;
st1038:
	if ( ++p == pe )
		goto _test_eof1038;
case 1038:
	switch( (*p) ) {
		case 32u: goto tr1296;
		case 33u: goto st1038;
		case 41u: goto tr1298;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1038;
		} else if ( (*p) >= 35u )
			goto st1038;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1038;
		} else if ( (*p) >= 93u )
			goto st1038;
	} else
		goto st1038;
	goto st0;
tr1296:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1039;
tr1309:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1039;
st1039:
	if ( ++p == pe )
		goto _test_eof1039;
case 1039:
	switch( (*p) ) {
		case 34u: goto tr1292;
		case 40u: goto tr1293;
		case 123u: goto tr1295;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1291;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1291;
		} else if ( (*p) >= 43u )
			goto tr1291;
	} else
		goto tr1291;
	goto st0;
tr1292:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st1040;
st1040:
	if ( ++p == pe )
		goto _test_eof1040;
case 1040:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1041;
		case 92u: goto st1044;
	}
	goto st1040;
st1041:
	if ( ++p == pe )
		goto _test_eof1041;
case 1041:
	switch( (*p) ) {
		case 32u: goto tr1296;
		case 41u: goto tr1298;
	}
	goto st0;
tr1298:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1042;
tr1310:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1042;
st1042:
	if ( ++p == pe )
		goto _test_eof1042;
case 1042:
	switch( (*p) ) {
		case 13u: goto tr228;
		case 32u: goto st1043;
	}
	goto st0;
tr1326:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1043;
tr1312:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	goto st1043;
tr1318:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	goto st1043;
tr1329:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1043;
st1043:
	if ( ++p == pe )
		goto _test_eof1043;
case 1043:
	if ( (*p) == 95u )
		goto st1035;
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1035;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st1035;
	} else
		goto st1035;
	goto st0;
st1044:
	if ( ++p == pe )
		goto _test_eof1044;
case 1044:
	switch( (*p) ) {
		case 34u: goto st1040;
		case 92u: goto st1040;
	}
	goto st0;
tr1293:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_TAGGED_EXT_PAREN)) {p++; cs = 1045; goto _out;} {( run->stack)[( run->top)++] = 1045;goto st2337;} }
	goto st1045;
st1045:
	if ( ++p == pe )
		goto _test_eof1045;
case 1045:
	switch( (*p) ) {
		case 32u: goto st1039;
		case 41u: goto st1042;
	}
	goto st0;
tr1295:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1046;
st1046:
	if ( ++p == pe )
		goto _test_eof1046;
case 1046:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1304;
	goto st0;
tr1304:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1047;
st1047:
	if ( ++p == pe )
		goto _test_eof1047;
case 1047:
	if ( (*p) == 125u )
		goto tr1306;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1047;
	goto st0;
tr1306:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1048;
st1048:
	if ( ++p == pe )
		goto _test_eof1048;
case 1048:
	if ( (*p) == 13u )
		goto st1049;
	goto st0;
st1049:
	if ( ++p == pe )
		goto _test_eof1049;
case 1049:
	if ( (*p) == 10u )
		goto tr1308;
	goto st0;
tr1308:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1050;
st1050:
	if ( ++p == pe )
		goto _test_eof1050;
case 1050:
	switch( (*p) ) {
		case 32u: goto tr1309;
		case 41u: goto tr1310;
	}
	goto st0;
tr1288:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st1051;
st1051:
	if ( ++p == pe )
		goto _test_eof1051;
case 1051:
	switch( (*p) ) {
		case 13u: goto tr1311;
		case 32u: goto tr1312;
		case 44u: goto st1052;
		case 58u: goto st1054;
	}
	goto st0;
tr1319:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st1052;
st1052:
	if ( ++p == pe )
		goto _test_eof1052;
case 1052:
	if ( (*p) == 42u )
		goto st1051;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1316;
	goto st0;
tr1316:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st1053;
st1053:
	if ( ++p == pe )
		goto _test_eof1053;
case 1053:
	switch( (*p) ) {
		case 13u: goto tr1317;
		case 32u: goto tr1318;
		case 44u: goto tr1319;
		case 58u: goto tr1321;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1053;
	goto st0;
tr1321:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st1054;
st1054:
	if ( ++p == pe )
		goto _test_eof1054;
case 1054:
	if ( (*p) == 42u )
		goto st1055;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1323;
	goto st0;
st1055:
	if ( ++p == pe )
		goto _test_eof1055;
case 1055:
	switch( (*p) ) {
		case 13u: goto tr1311;
		case 32u: goto tr1312;
		case 44u: goto st1052;
	}
	goto st0;
tr1323:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st1056;
st1056:
	if ( ++p == pe )
		goto _test_eof1056;
case 1056:
	switch( (*p) ) {
		case 13u: goto tr1317;
		case 32u: goto tr1318;
		case 44u: goto tr1319;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1056;
	goto st0;
tr1289:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1057;
st1057:
	if ( ++p == pe )
		goto _test_eof1057;
case 1057:
	switch( (*p) ) {
		case 13u: goto tr1325;
		case 32u: goto tr1326;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1057;
	goto st0;
tr1290:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1058;
st1058:
	if ( ++p == pe )
		goto _test_eof1058;
case 1058:
	switch( (*p) ) {
		case 13u: goto tr1328;
		case 32u: goto tr1329;
		case 44u: goto tr1319;
		case 58u: goto tr1321;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1058;
	goto st0;
st1059:
	if ( ++p == pe )
		goto _test_eof1059;
case 1059:
	switch( (*p) ) {
		case 32u: goto st1036;
		case 73u: goto st1060;
		case 95u: goto st1035;
		case 105u: goto st1060;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1035;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1035;
		} else if ( (*p) >= 65u )
			goto st1035;
	} else
		goto st1035;
	goto st0;
st1060:
	if ( ++p == pe )
		goto _test_eof1060;
case 1060:
	switch( (*p) ) {
		case 32u: goto st1036;
		case 68u: goto st1061;
		case 95u: goto st1035;
		case 100u: goto st1061;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1035;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1035;
		} else if ( (*p) >= 65u )
			goto st1035;
	} else
		goto st1035;
	goto st0;
st1061:
	if ( ++p == pe )
		goto _test_eof1061;
case 1061:
	switch( (*p) ) {
		case 13u: goto tr228;
		case 32u: goto st1062;
		case 95u: goto st1035;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1035;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1035;
		} else if ( (*p) >= 65u )
			goto st1035;
	} else
		goto st1035;
	goto st0;
st1062:
	if ( ++p == pe )
		goto _test_eof1062;
case 1062:
	switch( (*p) ) {
		case 40u: goto st1037;
		case 42u: goto tr1288;
		case 48u: goto tr1289;
		case 95u: goto st1035;
	}
	if ( (*p) < 49u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1035;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1035;
		} else if ( (*p) >= 65u )
			goto st1035;
	} else
		goto tr1290;
	goto st0;
st1063:
	if ( ++p == pe )
		goto _test_eof1063;
case 1063:
	switch( (*p) ) {
		case 34u: goto st1031;
		case 92u: goto st1031;
	}
	goto st0;
tr1281:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1064;
st1064:
	if ( ++p == pe )
		goto _test_eof1064;
case 1064:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1334;
	goto st0;
tr1334:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1065;
st1065:
	if ( ++p == pe )
		goto _test_eof1065;
case 1065:
	if ( (*p) == 125u )
		goto tr1336;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1065;
	goto st0;
tr1336:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1066;
st1066:
	if ( ++p == pe )
		goto _test_eof1066;
case 1066:
	if ( (*p) == 13u )
		goto st1067;
	goto st0;
st1067:
	if ( ++p == pe )
		goto _test_eof1067;
case 1067:
	if ( (*p) == 10u )
		goto tr1338;
	goto st0;
tr1338:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1068;
st1068:
	if ( ++p == pe )
		goto _test_eof1068;
case 1068:
	if ( (*p) == 41u )
		goto tr1339;
	goto st0;
tr212:
	{ IMW_EV_OPEN(IMW_RULE_MAILBOX_DATA); }
	goto st1069;
st1069:
	if ( ++p == pe )
		goto _test_eof1069;
case 1069:
	switch( (*p) ) {
		case 76u: goto st1070;
		case 108u: goto st1070;
	}
	goto st0;
st1070:
	if ( ++p == pe )
		goto _test_eof1070;
case 1070:
	switch( (*p) ) {
		case 65u: goto st1071;
		case 97u: goto st1071;
	}
	goto st0;
st1071:
	if ( ++p == pe )
		goto _test_eof1071;
case 1071:
	switch( (*p) ) {
		case 71u: goto st1072;
		case 103u: goto st1072;
	}
	goto st0;
st1072:
	if ( ++p == pe )
		goto _test_eof1072;
case 1072:
	switch( (*p) ) {
		case 83u: goto st1073;
		case 115u: goto st1073;
	}
	goto st0;
st1073:
	if ( ++p == pe )
		goto _test_eof1073;
case 1073:
	if ( (*p) == 32u )
		goto st1074;
	goto st0;
st1074:
	if ( ++p == pe )
		goto _test_eof1074;
case 1074:
	if ( (*p) == 40u )
		goto tr1345;
	goto st0;
tr1345:
	{ IMW_EV_OPEN(IMW_RULE_FLAG_LIST); }
	goto st1075;
st1075:
	if ( ++p == pe )
		goto _test_eof1075;
case 1075:
	switch( (*p) ) {
		case 33u: goto tr1346;
		case 41u: goto st1079;
		case 92u: goto tr1348;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1346;
		} else if ( (*p) >= 35u )
			goto tr1346;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1346;
		} else if ( (*p) >= 94u )
			goto tr1346;
	} else
		goto tr1346;
	goto st0;
tr1346:
	{ IMW_EV_OPEN(IMW_RULE_FLAG); }
	goto st1076;
st1076:
	if ( ++p == pe )
		goto _test_eof1076;
case 1076:
	switch( (*p) ) {
		case 32u: goto tr1349;
		case 33u: goto st1076;
		case 41u: goto tr1351;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1076;
		} else if ( (*p) >= 35u )
			goto st1076;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1076;
		} else if ( (*p) >= 94u )
			goto st1076;
	} else
		goto st1076;
	goto st0;
tr1349:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG); }
	goto st1077;
st1077:
	if ( ++p == pe )
		goto _test_eof1077;
case 1077:
	switch( (*p) ) {
		case 33u: goto tr1346;
		case 92u: goto tr1348;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1346;
		} else if ( (*p) >= 35u )
			goto tr1346;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1346;
		} else if ( (*p) >= 94u )
			goto tr1346;
	} else
		goto tr1346;
	goto st0;
tr1348:
	{ IMW_EV_OPEN(IMW_RULE_FLAG); }
	goto st1078;
st1078:
	if ( ++p == pe )
		goto _test_eof1078;
case 1078:
	if ( (*p) == 33u )
		goto st1076;
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1076;
		} else if ( (*p) >= 35u )
			goto st1076;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1076;
		} else if ( (*p) >= 94u )
			goto st1076;
	} else
		goto st1076;
	goto st0;
tr1351:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG); }
	goto st1079;
st1079:
	if ( ++p == pe )
		goto _test_eof1079;
case 1079:
	if ( (*p) == 13u )
		goto tr1352;
	goto st0;
tr213:
	{ IMW_EV_OPEN(IMW_RULE_MAILBOX_DATA); }
	goto st1080;
st1080:
	if ( ++p == pe )
		goto _test_eof1080;
case 1080:
	switch( (*p) ) {
		case 73u: goto st1081;
		case 83u: goto st1107;
		case 105u: goto st1081;
		case 115u: goto st1107;
	}
	goto st0;
st1081:
	if ( ++p == pe )
		goto _test_eof1081;
case 1081:
	switch( (*p) ) {
		case 83u: goto st1082;
		case 115u: goto st1082;
	}
	goto st0;
st1082:
	if ( ++p == pe )
		goto _test_eof1082;
case 1082:
	switch( (*p) ) {
		case 84u: goto st1083;
		case 116u: goto st1083;
	}
	goto st0;
st1083:
	if ( ++p == pe )
		goto _test_eof1083;
case 1083:
	if ( (*p) == 32u )
		goto st1084;
	goto st0;
st1084:
	if ( ++p == pe )
		goto _test_eof1084;
case 1084:
	if ( (*p) == 40u )
		goto st1085;
	goto st0;
st1085:
	if ( ++p == pe )
		goto _test_eof1085;
case 1085:
	switch( (*p) ) {
		case 41u: goto st1086;
		case 92u: goto st1104;
	}
	goto st0;
st1086:
	if ( ++p == pe )
		goto _test_eof1086;
case 1086:
	if ( (*p) == 32u )
		goto st1087;
	goto st0;
st1087:
	if ( ++p == pe )
		goto _test_eof1087;
case 1087:
	switch( (*p) ) {
		case 34u: goto st1088;
		case 78u: goto st1102;
		case 110u: goto st1102;
	}
	goto st0;
st1088:
	if ( ++p == pe )
		goto _test_eof1088;
case 1088:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st0;
		case 92u: goto st1101;
	}
	goto st1089;
st1089:
	if ( ++p == pe )
		goto _test_eof1089;
case 1089:
	if ( (*p) == 34u )
		goto st1090;
	goto st0;
st1090:
	if ( ++p == pe )
		goto _test_eof1090;
case 1090:
	if ( (*p) == 32u )
		goto st1091;
	goto st0;
st1091:
	if ( ++p == pe )
		goto _test_eof1091;
case 1091:
	switch( (*p) ) {
		case 34u: goto tr1369;
		case 123u: goto tr1370;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1368;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1368;
		} else if ( (*p) >= 43u )
			goto tr1368;
	} else
		goto tr1368;
	goto st0;
tr1368:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st1092;
st1092:
	if ( ++p == pe )
		goto _test_eof1092;
case 1092:
	switch( (*p) ) {
		case 13u: goto tr1371;
		case 33u: goto st1092;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1092;
		} else if ( (*p) >= 35u )
			goto st1092;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1092;
		} else if ( (*p) >= 93u )
			goto st1092;
	} else
		goto st1092;
	goto st0;
tr1369:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st1093;
st1093:
	if ( ++p == pe )
		goto _test_eof1093;
case 1093:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1094;
		case 92u: goto st1095;
	}
	goto st1093;
st1094:
	if ( ++p == pe )
		goto _test_eof1094;
case 1094:
	if ( (*p) == 13u )
		goto tr1371;
	goto st0;
st1095:
	if ( ++p == pe )
		goto _test_eof1095;
case 1095:
	switch( (*p) ) {
		case 34u: goto st1093;
		case 92u: goto st1093;
	}
	goto st0;
tr1370:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1096;
st1096:
	if ( ++p == pe )
		goto _test_eof1096;
case 1096:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1376;
	goto st0;
tr1376:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1097;
st1097:
	if ( ++p == pe )
		goto _test_eof1097;
case 1097:
	if ( (*p) == 125u )
		goto tr1378;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1097;
	goto st0;
tr1378:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1098;
st1098:
	if ( ++p == pe )
		goto _test_eof1098;
case 1098:
	if ( (*p) == 13u )
		goto st1099;
	goto st0;
st1099:
	if ( ++p == pe )
		goto _test_eof1099;
case 1099:
	if ( (*p) == 10u )
		goto tr1380;
	goto st0;
tr1380:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1100;
st1100:
	if ( ++p == pe )
		goto _test_eof1100;
case 1100:
	if ( (*p) == 13u )
		goto tr1381;
	goto st0;
st1101:
	if ( ++p == pe )
		goto _test_eof1101;
case 1101:
	switch( (*p) ) {
		case 34u: goto st1089;
		case 92u: goto st1089;
	}
	goto st0;
st1102:
	if ( ++p == pe )
		goto _test_eof1102;
case 1102:
	switch( (*p) ) {
		case 73u: goto st1103;
		case 105u: goto st1103;
	}
	goto st0;
st1103:
	if ( ++p == pe )
		goto _test_eof1103;
case 1103:
	switch( (*p) ) {
		case 76u: goto st1090;
		case 108u: goto st1090;
	}
	goto st0;
st1104:
	if ( ++p == pe )
		goto _test_eof1104;
case 1104:
	if ( (*p) == 33u )
		goto st1105;
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1105;
		} else if ( (*p) >= 35u )
			goto st1105;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1105;
		} else if ( (*p) >= 94u )
			goto st1105;
	} else
		goto st1105;
	goto st0;
st1105:
	if ( ++p == pe )
		goto _test_eof1105;
case 1105:
	switch( (*p) ) {
		case 32u: goto st1106;
		case 33u: goto st1105;
		case 41u: goto st1086;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1105;
		} else if ( (*p) >= 35u )
			goto st1105;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1105;
		} else if ( (*p) >= 94u )
			goto st1105;
	} else
		goto st1105;
	goto st0;
st1106:
	if ( ++p == pe )
		goto _test_eof1106;
case 1106:
	if ( (*p) == 92u )
		goto st1104;
	goto st0;
st1107:
	if ( ++p == pe )
		goto _test_eof1107;
case 1107:
	switch( (*p) ) {
		case 85u: goto st1108;
		case 117u: goto st1108;
	}
	goto st0;
st1108:
	if ( ++p == pe )
		goto _test_eof1108;
case 1108:
	switch( (*p) ) {
		case 66u: goto st1083;
		case 98u: goto st1083;
	}
	goto st0;
tr214:
	{ IMW_EV_OPEN(IMW_RULE_MAILBOX_DATA); }
	goto st1109;
st1109:
	if ( ++p == pe )
		goto _test_eof1109;
case 1109:
	switch( (*p) ) {
		case 65u: goto st1110;
		case 79u: goto st712;
		case 97u: goto st1110;
		case 111u: goto st712;
	}
	goto st0;
st1110:
	if ( ++p == pe )
		goto _test_eof1110;
case 1110:
	switch( (*p) ) {
		case 77u: goto st1111;
		case 109u: goto st1111;
	}
	goto st0;
st1111:
	if ( ++p == pe )
		goto _test_eof1111;
case 1111:
	switch( (*p) ) {
		case 69u: goto st1112;
		case 101u: goto st1112;
	}
	goto st0;
st1112:
	if ( ++p == pe )
		goto _test_eof1112;
case 1112:
	switch( (*p) ) {
		case 83u: goto st1113;
		case 115u: goto st1113;
	}
	goto st0;
st1113:
	if ( ++p == pe )
		goto _test_eof1113;
case 1113:
	switch( (*p) ) {
		case 80u: goto st1114;
		case 112u: goto st1114;
	}
	goto st0;
st1114:
	if ( ++p == pe )
		goto _test_eof1114;
case 1114:
	switch( (*p) ) {
		case 65u: goto st1115;
		case 97u: goto st1115;
	}
	goto st0;
st1115:
	if ( ++p == pe )
		goto _test_eof1115;
case 1115:
	switch( (*p) ) {
		case 67u: goto st1116;
		case 99u: goto st1116;
	}
	goto st0;
st1116:
	if ( ++p == pe )
		goto _test_eof1116;
case 1116:
	switch( (*p) ) {
		case 69u: goto st1117;
		case 101u: goto st1117;
	}
	goto st0;
st1117:
	if ( ++p == pe )
		goto _test_eof1117;
case 1117:
	if ( (*p) == 32u )
		goto st1118;
	goto st0;
st1118:
	if ( ++p == pe )
		goto _test_eof1118;
case 1118:
	switch( (*p) ) {
		case 40u: goto st1119;
		case 78u: goto st1238;
		case 110u: goto st1238;
	}
	goto st0;
st1119:
	if ( ++p == pe )
		goto _test_eof1119;
case 1119:
	if ( (*p) == 40u )
		goto st1120;
	goto st0;
st1120:
	if ( ++p == pe )
		goto _test_eof1120;
case 1120:
	switch( (*p) ) {
		case 34u: goto st1121;
		case 123u: goto tr1399;
	}
	goto st0;
st1121:
	if ( ++p == pe )
		goto _test_eof1121;
case 1121:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1122;
		case 92u: goto st1232;
	}
	goto st1121;
st1122:
	if ( ++p == pe )
		goto _test_eof1122;
case 1122:
	if ( (*p) == 32u )
		goto st1123;
	goto st0;
tr1535:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1123;
st1123:
	if ( ++p == pe )
		goto _test_eof1123;
case 1123:
	switch( (*p) ) {
		case 34u: goto st1124;
		case 78u: goto st1230;
		case 110u: goto st1230;
	}
	goto st0;
st1124:
	if ( ++p == pe )
		goto _test_eof1124;
case 1124:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st0;
		case 92u: goto st1229;
	}
	goto st1125;
st1125:
	if ( ++p == pe )
		goto _test_eof1125;
case 1125:
	if ( (*p) == 34u )
		goto st1126;
	goto st0;
tr1426:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1126;
st1126:
	if ( ++p == pe )
		goto _test_eof1126;
case 1126:
	switch( (*p) ) {
		case 32u: goto st1127;
		case 41u: goto st1146;
	}
	goto st0;
st1127:
	if ( ++p == pe )
		goto _test_eof1127;
case 1127:
	switch( (*p) ) {
		case 34u: goto st1128;
		case 123u: goto tr1411;
	}
	goto st0;
st1128:
	if ( ++p == pe )
		goto _test_eof1128;
case 1128:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1129;
		case 92u: goto st1140;
	}
	goto st1128;
st1129:
	if ( ++p == pe )
		goto _test_eof1129;
case 1129:
	if ( (*p) == 32u )
		goto st1130;
	goto st0;
tr1432:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1130;
st1130:
	if ( ++p == pe )
		goto _test_eof1130;
case 1130:
	if ( (*p) == 40u )
		goto st1131;
	goto st0;
tr1425:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1131;
st1131:
	if ( ++p == pe )
		goto _test_eof1131;
case 1131:
	switch( (*p) ) {
		case 34u: goto st1132;
		case 123u: goto tr1417;
	}
	goto st0;
st1132:
	if ( ++p == pe )
		goto _test_eof1132;
case 1132:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1133;
		case 92u: goto st1134;
	}
	goto st1132;
st1133:
	if ( ++p == pe )
		goto _test_eof1133;
case 1133:
	switch( (*p) ) {
		case 32u: goto st1131;
		case 41u: goto st1126;
	}
	goto st0;
st1134:
	if ( ++p == pe )
		goto _test_eof1134;
case 1134:
	switch( (*p) ) {
		case 34u: goto st1132;
		case 92u: goto st1132;
	}
	goto st0;
tr1417:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1135;
st1135:
	if ( ++p == pe )
		goto _test_eof1135;
case 1135:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1420;
	goto st0;
tr1420:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1136;
st1136:
	if ( ++p == pe )
		goto _test_eof1136;
case 1136:
	if ( (*p) == 125u )
		goto tr1422;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1136;
	goto st0;
tr1422:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1137;
st1137:
	if ( ++p == pe )
		goto _test_eof1137;
case 1137:
	if ( (*p) == 13u )
		goto st1138;
	goto st0;
st1138:
	if ( ++p == pe )
		goto _test_eof1138;
case 1138:
	if ( (*p) == 10u )
		goto tr1424;
	goto st0;
tr1424:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1139;
st1139:
	if ( ++p == pe )
		goto _test_eof1139;
case 1139:
	switch( (*p) ) {
		case 32u: goto tr1425;
		case 41u: goto tr1426;
	}
	goto st0;
st1140:
	if ( ++p == pe )
		goto _test_eof1140;
case 1140:
	switch( (*p) ) {
		case 34u: goto st1128;
		case 92u: goto st1128;
	}
	goto st0;
tr1411:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1141;
st1141:
	if ( ++p == pe )
		goto _test_eof1141;
case 1141:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1427;
	goto st0;
tr1427:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1142;
st1142:
	if ( ++p == pe )
		goto _test_eof1142;
case 1142:
	if ( (*p) == 125u )
		goto tr1429;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1142;
	goto st0;
tr1429:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1143;
st1143:
	if ( ++p == pe )
		goto _test_eof1143;
case 1143:
	if ( (*p) == 13u )
		goto st1144;
	goto st0;
st1144:
	if ( ++p == pe )
		goto _test_eof1144;
case 1144:
	if ( (*p) == 10u )
		goto tr1431;
	goto st0;
tr1431:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1145;
st1145:
	if ( ++p == pe )
		goto _test_eof1145;
case 1145:
	if ( (*p) == 32u )
		goto tr1432;
	goto st0;
st1146:
	if ( ++p == pe )
		goto _test_eof1146;
case 1146:
	switch( (*p) ) {
		case 40u: goto st1120;
		case 41u: goto st1147;
	}
	goto st0;
st1147:
	if ( ++p == pe )
		goto _test_eof1147;
case 1147:
	if ( (*p) == 32u )
		goto st1148;
	goto st0;
st1148:
	if ( ++p == pe )
		goto _test_eof1148;
case 1148:
	switch( (*p) ) {
		case 40u: goto st1149;
		case 78u: goto st1227;
		case 110u: goto st1227;
	}
	goto st0;
st1149:
	if ( ++p == pe )
		goto _test_eof1149;
case 1149:
	if ( (*p) == 40u )
		goto st1150;
	goto st0;
st1150:
	if ( ++p == pe )
		goto _test_eof1150;
case 1150:
	switch( (*p) ) {
		case 34u: goto st1151;
		case 123u: goto tr1439;
	}
	goto st0;
st1151:
	if ( ++p == pe )
		goto _test_eof1151;
case 1151:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1152;
		case 92u: goto st1221;
	}
	goto st1151;
st1152:
	if ( ++p == pe )
		goto _test_eof1152;
case 1152:
	if ( (*p) == 32u )
		goto st1153;
	goto st0;
tr1527:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1153;
st1153:
	if ( ++p == pe )
		goto _test_eof1153;
case 1153:
	switch( (*p) ) {
		case 34u: goto st1154;
		case 78u: goto st1219;
		case 110u: goto st1219;
	}
	goto st0;
st1154:
	if ( ++p == pe )
		goto _test_eof1154;
case 1154:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st0;
		case 92u: goto st1218;
	}
	goto st1155;
st1155:
	if ( ++p == pe )
		goto _test_eof1155;
case 1155:
	if ( (*p) == 34u )
		goto st1156;
	goto st0;
tr1466:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1156;
st1156:
	if ( ++p == pe )
		goto _test_eof1156;
case 1156:
	switch( (*p) ) {
		case 32u: goto st1157;
		case 41u: goto st1176;
	}
	goto st0;
st1157:
	if ( ++p == pe )
		goto _test_eof1157;
case 1157:
	switch( (*p) ) {
		case 34u: goto st1158;
		case 123u: goto tr1451;
	}
	goto st0;
st1158:
	if ( ++p == pe )
		goto _test_eof1158;
case 1158:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1159;
		case 92u: goto st1170;
	}
	goto st1158;
st1159:
	if ( ++p == pe )
		goto _test_eof1159;
case 1159:
	if ( (*p) == 32u )
		goto st1160;
	goto st0;
tr1472:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1160;
st1160:
	if ( ++p == pe )
		goto _test_eof1160;
case 1160:
	if ( (*p) == 40u )
		goto st1161;
	goto st0;
tr1465:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1161;
st1161:
	if ( ++p == pe )
		goto _test_eof1161;
case 1161:
	switch( (*p) ) {
		case 34u: goto st1162;
		case 123u: goto tr1457;
	}
	goto st0;
st1162:
	if ( ++p == pe )
		goto _test_eof1162;
case 1162:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1163;
		case 92u: goto st1164;
	}
	goto st1162;
st1163:
	if ( ++p == pe )
		goto _test_eof1163;
case 1163:
	switch( (*p) ) {
		case 32u: goto st1161;
		case 41u: goto st1156;
	}
	goto st0;
st1164:
	if ( ++p == pe )
		goto _test_eof1164;
case 1164:
	switch( (*p) ) {
		case 34u: goto st1162;
		case 92u: goto st1162;
	}
	goto st0;
tr1457:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1165;
st1165:
	if ( ++p == pe )
		goto _test_eof1165;
case 1165:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1460;
	goto st0;
tr1460:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1166;
st1166:
	if ( ++p == pe )
		goto _test_eof1166;
case 1166:
	if ( (*p) == 125u )
		goto tr1462;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1166;
	goto st0;
tr1462:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1167;
st1167:
	if ( ++p == pe )
		goto _test_eof1167;
case 1167:
	if ( (*p) == 13u )
		goto st1168;
	goto st0;
st1168:
	if ( ++p == pe )
		goto _test_eof1168;
case 1168:
	if ( (*p) == 10u )
		goto tr1464;
	goto st0;
tr1464:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1169;
st1169:
	if ( ++p == pe )
		goto _test_eof1169;
case 1169:
	switch( (*p) ) {
		case 32u: goto tr1465;
		case 41u: goto tr1466;
	}
	goto st0;
st1170:
	if ( ++p == pe )
		goto _test_eof1170;
case 1170:
	switch( (*p) ) {
		case 34u: goto st1158;
		case 92u: goto st1158;
	}
	goto st0;
tr1451:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1171;
st1171:
	if ( ++p == pe )
		goto _test_eof1171;
case 1171:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1467;
	goto st0;
tr1467:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1172;
st1172:
	if ( ++p == pe )
		goto _test_eof1172;
case 1172:
	if ( (*p) == 125u )
		goto tr1469;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1172;
	goto st0;
tr1469:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1173;
st1173:
	if ( ++p == pe )
		goto _test_eof1173;
case 1173:
	if ( (*p) == 13u )
		goto st1174;
	goto st0;
st1174:
	if ( ++p == pe )
		goto _test_eof1174;
case 1174:
	if ( (*p) == 10u )
		goto tr1471;
	goto st0;
tr1471:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1175;
st1175:
	if ( ++p == pe )
		goto _test_eof1175;
case 1175:
	if ( (*p) == 32u )
		goto tr1472;
	goto st0;
st1176:
	if ( ++p == pe )
		goto _test_eof1176;
case 1176:
	switch( (*p) ) {
		case 40u: goto st1150;
		case 41u: goto st1177;
	}
	goto st0;
st1177:
	if ( ++p == pe )
		goto _test_eof1177;
case 1177:
	if ( (*p) == 32u )
		goto st1178;
	goto st0;
st1178:
	if ( ++p == pe )
		goto _test_eof1178;
case 1178:
	switch( (*p) ) {
		case 40u: goto st1179;
		case 78u: goto st1216;
		case 110u: goto st1216;
	}
	goto st0;
st1179:
	if ( ++p == pe )
		goto _test_eof1179;
case 1179:
	if ( (*p) == 40u )
		goto st1180;
	goto st0;
st1180:
	if ( ++p == pe )
		goto _test_eof1180;
case 1180:
	switch( (*p) ) {
		case 34u: goto st1181;
		case 123u: goto tr1479;
	}
	goto st0;
st1181:
	if ( ++p == pe )
		goto _test_eof1181;
case 1181:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1182;
		case 92u: goto st1210;
	}
	goto st1181;
st1182:
	if ( ++p == pe )
		goto _test_eof1182;
case 1182:
	if ( (*p) == 32u )
		goto st1183;
	goto st0;
tr1519:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1183;
st1183:
	if ( ++p == pe )
		goto _test_eof1183;
case 1183:
	switch( (*p) ) {
		case 34u: goto st1184;
		case 78u: goto st1208;
		case 110u: goto st1208;
	}
	goto st0;
st1184:
	if ( ++p == pe )
		goto _test_eof1184;
case 1184:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st0;
		case 92u: goto st1207;
	}
	goto st1185;
st1185:
	if ( ++p == pe )
		goto _test_eof1185;
case 1185:
	if ( (*p) == 34u )
		goto st1186;
	goto st0;
tr1506:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1186;
st1186:
	if ( ++p == pe )
		goto _test_eof1186;
case 1186:
	switch( (*p) ) {
		case 32u: goto st1187;
		case 41u: goto st1206;
	}
	goto st0;
st1187:
	if ( ++p == pe )
		goto _test_eof1187;
case 1187:
	switch( (*p) ) {
		case 34u: goto st1188;
		case 123u: goto tr1491;
	}
	goto st0;
st1188:
	if ( ++p == pe )
		goto _test_eof1188;
case 1188:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1189;
		case 92u: goto st1200;
	}
	goto st1188;
st1189:
	if ( ++p == pe )
		goto _test_eof1189;
case 1189:
	if ( (*p) == 32u )
		goto st1190;
	goto st0;
tr1512:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1190;
st1190:
	if ( ++p == pe )
		goto _test_eof1190;
case 1190:
	if ( (*p) == 40u )
		goto st1191;
	goto st0;
tr1505:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1191;
st1191:
	if ( ++p == pe )
		goto _test_eof1191;
case 1191:
	switch( (*p) ) {
		case 34u: goto st1192;
		case 123u: goto tr1497;
	}
	goto st0;
st1192:
	if ( ++p == pe )
		goto _test_eof1192;
case 1192:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1193;
		case 92u: goto st1194;
	}
	goto st1192;
st1193:
	if ( ++p == pe )
		goto _test_eof1193;
case 1193:
	switch( (*p) ) {
		case 32u: goto st1191;
		case 41u: goto st1186;
	}
	goto st0;
st1194:
	if ( ++p == pe )
		goto _test_eof1194;
case 1194:
	switch( (*p) ) {
		case 34u: goto st1192;
		case 92u: goto st1192;
	}
	goto st0;
tr1497:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1195;
st1195:
	if ( ++p == pe )
		goto _test_eof1195;
case 1195:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1500;
	goto st0;
tr1500:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1196;
st1196:
	if ( ++p == pe )
		goto _test_eof1196;
case 1196:
	if ( (*p) == 125u )
		goto tr1502;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1196;
	goto st0;
tr1502:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1197;
st1197:
	if ( ++p == pe )
		goto _test_eof1197;
case 1197:
	if ( (*p) == 13u )
		goto st1198;
	goto st0;
st1198:
	if ( ++p == pe )
		goto _test_eof1198;
case 1198:
	if ( (*p) == 10u )
		goto tr1504;
	goto st0;
tr1504:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1199;
st1199:
	if ( ++p == pe )
		goto _test_eof1199;
case 1199:
	switch( (*p) ) {
		case 32u: goto tr1505;
		case 41u: goto tr1506;
	}
	goto st0;
st1200:
	if ( ++p == pe )
		goto _test_eof1200;
case 1200:
	switch( (*p) ) {
		case 34u: goto st1188;
		case 92u: goto st1188;
	}
	goto st0;
tr1491:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1201;
st1201:
	if ( ++p == pe )
		goto _test_eof1201;
case 1201:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1507;
	goto st0;
tr1507:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1202;
st1202:
	if ( ++p == pe )
		goto _test_eof1202;
case 1202:
	if ( (*p) == 125u )
		goto tr1509;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1202;
	goto st0;
tr1509:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1203;
st1203:
	if ( ++p == pe )
		goto _test_eof1203;
case 1203:
	if ( (*p) == 13u )
		goto st1204;
	goto st0;
st1204:
	if ( ++p == pe )
		goto _test_eof1204;
case 1204:
	if ( (*p) == 10u )
		goto tr1511;
	goto st0;
tr1511:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1205;
st1205:
	if ( ++p == pe )
		goto _test_eof1205;
case 1205:
	if ( (*p) == 32u )
		goto tr1512;
	goto st0;
st1206:
	if ( ++p == pe )
		goto _test_eof1206;
case 1206:
	switch( (*p) ) {
		case 40u: goto st1180;
		case 41u: goto st164;
	}
	goto st0;
st1207:
	if ( ++p == pe )
		goto _test_eof1207;
case 1207:
	switch( (*p) ) {
		case 34u: goto st1185;
		case 92u: goto st1185;
	}
	goto st0;
st1208:
	if ( ++p == pe )
		goto _test_eof1208;
case 1208:
	switch( (*p) ) {
		case 73u: goto st1209;
		case 105u: goto st1209;
	}
	goto st0;
st1209:
	if ( ++p == pe )
		goto _test_eof1209;
case 1209:
	switch( (*p) ) {
		case 76u: goto st1186;
		case 108u: goto st1186;
	}
	goto st0;
st1210:
	if ( ++p == pe )
		goto _test_eof1210;
case 1210:
	switch( (*p) ) {
		case 34u: goto st1181;
		case 92u: goto st1181;
	}
	goto st0;
tr1479:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1211;
st1211:
	if ( ++p == pe )
		goto _test_eof1211;
case 1211:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1514;
	goto st0;
tr1514:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1212;
st1212:
	if ( ++p == pe )
		goto _test_eof1212;
case 1212:
	if ( (*p) == 125u )
		goto tr1516;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1212;
	goto st0;
tr1516:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1213;
st1213:
	if ( ++p == pe )
		goto _test_eof1213;
case 1213:
	if ( (*p) == 13u )
		goto st1214;
	goto st0;
st1214:
	if ( ++p == pe )
		goto _test_eof1214;
case 1214:
	if ( (*p) == 10u )
		goto tr1518;
	goto st0;
tr1518:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1215;
st1215:
	if ( ++p == pe )
		goto _test_eof1215;
case 1215:
	if ( (*p) == 32u )
		goto tr1519;
	goto st0;
st1216:
	if ( ++p == pe )
		goto _test_eof1216;
case 1216:
	switch( (*p) ) {
		case 73u: goto st1217;
		case 105u: goto st1217;
	}
	goto st0;
st1217:
	if ( ++p == pe )
		goto _test_eof1217;
case 1217:
	switch( (*p) ) {
		case 76u: goto st164;
		case 108u: goto st164;
	}
	goto st0;
st1218:
	if ( ++p == pe )
		goto _test_eof1218;
case 1218:
	switch( (*p) ) {
		case 34u: goto st1155;
		case 92u: goto st1155;
	}
	goto st0;
st1219:
	if ( ++p == pe )
		goto _test_eof1219;
case 1219:
	switch( (*p) ) {
		case 73u: goto st1220;
		case 105u: goto st1220;
	}
	goto st0;
st1220:
	if ( ++p == pe )
		goto _test_eof1220;
case 1220:
	switch( (*p) ) {
		case 76u: goto st1156;
		case 108u: goto st1156;
	}
	goto st0;
st1221:
	if ( ++p == pe )
		goto _test_eof1221;
case 1221:
	switch( (*p) ) {
		case 34u: goto st1151;
		case 92u: goto st1151;
	}
	goto st0;
tr1439:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1222;
st1222:
	if ( ++p == pe )
		goto _test_eof1222;
case 1222:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1522;
	goto st0;
tr1522:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1223;
st1223:
	if ( ++p == pe )
		goto _test_eof1223;
case 1223:
	if ( (*p) == 125u )
		goto tr1524;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1223;
	goto st0;
tr1524:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1224;
st1224:
	if ( ++p == pe )
		goto _test_eof1224;
case 1224:
	if ( (*p) == 13u )
		goto st1225;
	goto st0;
st1225:
	if ( ++p == pe )
		goto _test_eof1225;
case 1225:
	if ( (*p) == 10u )
		goto tr1526;
	goto st0;
tr1526:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1226;
st1226:
	if ( ++p == pe )
		goto _test_eof1226;
case 1226:
	if ( (*p) == 32u )
		goto tr1527;
	goto st0;
st1227:
	if ( ++p == pe )
		goto _test_eof1227;
case 1227:
	switch( (*p) ) {
		case 73u: goto st1228;
		case 105u: goto st1228;
	}
	goto st0;
st1228:
	if ( ++p == pe )
		goto _test_eof1228;
case 1228:
	switch( (*p) ) {
		case 76u: goto st1177;
		case 108u: goto st1177;
	}
	goto st0;
st1229:
	if ( ++p == pe )
		goto _test_eof1229;
case 1229:
	switch( (*p) ) {
		case 34u: goto st1125;
		case 92u: goto st1125;
	}
	goto st0;
st1230:
	if ( ++p == pe )
		goto _test_eof1230;
case 1230:
	switch( (*p) ) {
		case 73u: goto st1231;
		case 105u: goto st1231;
	}
	goto st0;
st1231:
	if ( ++p == pe )
		goto _test_eof1231;
case 1231:
	switch( (*p) ) {
		case 76u: goto st1126;
		case 108u: goto st1126;
	}
	goto st0;
st1232:
	if ( ++p == pe )
		goto _test_eof1232;
case 1232:
	switch( (*p) ) {
		case 34u: goto st1121;
		case 92u: goto st1121;
	}
	goto st0;
tr1399:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1233;
st1233:
	if ( ++p == pe )
		goto _test_eof1233;
case 1233:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1530;
	goto st0;
tr1530:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1234;
st1234:
	if ( ++p == pe )
		goto _test_eof1234;
case 1234:
	if ( (*p) == 125u )
		goto tr1532;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1234;
	goto st0;
tr1532:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1235;
st1235:
	if ( ++p == pe )
		goto _test_eof1235;
case 1235:
	if ( (*p) == 13u )
		goto st1236;
	goto st0;
st1236:
	if ( ++p == pe )
		goto _test_eof1236;
case 1236:
	if ( (*p) == 10u )
		goto tr1534;
	goto st0;
tr1534:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1237;
st1237:
	if ( ++p == pe )
		goto _test_eof1237;
case 1237:
	if ( (*p) == 32u )
		goto tr1535;
	goto st0;
st1238:
	if ( ++p == pe )
		goto _test_eof1238;
case 1238:
	switch( (*p) ) {
		case 73u: goto st1239;
		case 105u: goto st1239;
	}
	goto st0;
st1239:
	if ( ++p == pe )
		goto _test_eof1239;
case 1239:
	switch( (*p) ) {
		case 76u: goto st1147;
		case 108u: goto st1147;
	}
	goto st0;
st1240:
	if ( ++p == pe )
		goto _test_eof1240;
case 1240:
	switch( (*p) ) {
		case 75u: goto st859;
		case 107u: goto st859;
	}
	goto st0;
st1241:
	if ( ++p == pe )
		goto _test_eof1241;
case 1241:
	switch( (*p) ) {
		case 82u: goto st1242;
		case 114u: goto st1242;
	}
	goto st0;
st1242:
	if ( ++p == pe )
		goto _test_eof1242;
case 1242:
	switch( (*p) ) {
		case 69u: goto st1243;
		case 101u: goto st1243;
	}
	goto st0;
st1243:
	if ( ++p == pe )
		goto _test_eof1243;
case 1243:
	switch( (*p) ) {
		case 65u: goto st1244;
		case 97u: goto st1244;
	}
	goto st0;
st1244:
	if ( ++p == pe )
		goto _test_eof1244;
case 1244:
	switch( (*p) ) {
		case 85u: goto st1245;
		case 117u: goto st1245;
	}
	goto st0;
st1245:
	if ( ++p == pe )
		goto _test_eof1245;
case 1245:
	switch( (*p) ) {
		case 84u: goto st1246;
		case 116u: goto st1246;
	}
	goto st0;
st1246:
	if ( ++p == pe )
		goto _test_eof1246;
case 1246:
	switch( (*p) ) {
		case 72u: goto st1247;
		case 104u: goto st1247;
	}
	goto st0;
st1247:
	if ( ++p == pe )
		goto _test_eof1247;
case 1247:
	switch( (*p) ) {
		case 13u: goto st1248;
		case 32u: goto st1249;
	}
	goto st0;
tr1549:
	{ IMW_EV_CLOSE(IMW_RULE_TEXT); }
	goto st1248;
st1248:
	if ( ++p == pe )
		goto _test_eof1248;
case 1248:
	if ( (*p) == 10u )
		goto st2355;
	goto st0;
st2355:
	if ( ++p == pe )
		goto _test_eof2355;
case 2355:
	goto st0;
st1249:
	if ( ++p == pe )
		goto _test_eof1249;
case 1249:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st1248;
		case 91u: goto tr1547;
	}
	goto tr1546;
tr1546:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st1250;
st1250:
	if ( ++p == pe )
		goto _test_eof1250;
case 1250:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
	}
	goto st1250;
tr1547:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st1251;
st1251:
	if ( ++p == pe )
		goto _test_eof1251;
case 1251:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 33u: goto tr1550;
		case 66u: goto tr1551;
		case 67u: goto tr1552;
		case 72u: goto tr1553;
		case 77u: goto tr1554;
		case 80u: goto tr1555;
		case 85u: goto tr1556;
		case 98u: goto tr1551;
		case 99u: goto tr1552;
		case 104u: goto tr1553;
		case 109u: goto tr1554;
		case 112u: goto tr1555;
		case 117u: goto tr1556;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1550;
		} else if ( (*p) >= 35u )
			goto tr1550;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1550;
		} else if ( (*p) >= 94u )
			goto tr1550;
	} else
		goto tr1550;
	goto st1250;
tr1550:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st1252;
st1252:
	if ( ++p == pe )
		goto _test_eof1252;
case 1252:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 93u: goto tr1559;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1253:
	if ( ++p == pe )
		goto _test_eof1253;
case 1253:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 93u: goto st1250;
	}
	goto st1254;
st1254:
	if ( ++p == pe )
		goto _test_eof1254;
case 1254:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 93u: goto tr1559;
	}
	goto st1254;
tr1559:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1255;
tr1572:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1255;
tr1595:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1255;
tr1643:
	{ IMW_EV_CLOSE(IMW_RULE_CAPABILITY); }
	{ IMW_EV_CLOSE(IMW_RULE_CAPABILITY_DATA); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1255;
tr1659:
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_HIGHESTMODSEQ); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1255;
tr1672:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_MODIFIED); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1255;
tr1678:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_MODIFIED); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1255;
tr1706:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_PERMANENTFLAGS); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1255;
tr1718:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_UIDNEXT); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1255;
tr1729:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_UIDVALIDITY); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1255;
tr1737:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_UNSEEN); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1255;
st1255:
	if ( ++p == pe )
		goto _test_eof1255;
case 1255:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1256;
	}
	goto st1250;
st1256:
	if ( ++p == pe )
		goto _test_eof1256;
case 1256:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
	}
	goto tr1546;
tr1551:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st1257;
st1257:
	if ( ++p == pe )
		goto _test_eof1257;
case 1257:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 65u: goto st1258;
		case 93u: goto tr1559;
		case 97u: goto st1258;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1258:
	if ( ++p == pe )
		goto _test_eof1258;
case 1258:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 68u: goto st1259;
		case 93u: goto tr1559;
		case 100u: goto st1259;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1259:
	if ( ++p == pe )
		goto _test_eof1259;
case 1259:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 67u: goto st1260;
		case 93u: goto tr1559;
		case 99u: goto st1260;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1260:
	if ( ++p == pe )
		goto _test_eof1260;
case 1260:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 72u: goto st1261;
		case 93u: goto tr1559;
		case 104u: goto st1261;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1261:
	if ( ++p == pe )
		goto _test_eof1261;
case 1261:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 65u: goto st1262;
		case 93u: goto tr1559;
		case 97u: goto st1262;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1262:
	if ( ++p == pe )
		goto _test_eof1262;
case 1262:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 82u: goto st1263;
		case 93u: goto tr1559;
		case 114u: goto st1263;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1263:
	if ( ++p == pe )
		goto _test_eof1263;
case 1263:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 83u: goto st1264;
		case 93u: goto tr1559;
		case 115u: goto st1264;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1264:
	if ( ++p == pe )
		goto _test_eof1264;
case 1264:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 69u: goto st1265;
		case 93u: goto tr1559;
		case 101u: goto st1265;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1265:
	if ( ++p == pe )
		goto _test_eof1265;
case 1265:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 84u: goto st1266;
		case 93u: goto tr1559;
		case 116u: goto st1266;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1266:
	if ( ++p == pe )
		goto _test_eof1266;
case 1266:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1267;
		case 33u: goto st1252;
		case 93u: goto tr1572;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1267:
	if ( ++p == pe )
		goto _test_eof1267;
case 1267:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 40u: goto st1268;
		case 93u: goto st1250;
	}
	goto st1254;
tr1578:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1268;
st1268:
	if ( ++p == pe )
		goto _test_eof1268;
case 1268:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 34u: goto tr1575;
		case 93u: goto tr1576;
		case 123u: goto tr1577;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1574;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr1574;
		} else if ( (*p) >= 43u )
			goto tr1574;
	} else
		goto tr1574;
	goto st1254;
tr1574:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st1269;
st1269:
	if ( ++p == pe )
		goto _test_eof1269;
case 1269:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto tr1578;
		case 33u: goto st1269;
		case 41u: goto tr1580;
		case 93u: goto tr1581;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1269;
		} else if ( (*p) >= 35u )
			goto st1269;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1269;
		} else if ( (*p) >= 94u )
			goto st1269;
	} else
		goto st1269;
	goto st1254;
tr1580:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1270;
st1270:
	if ( ++p == pe )
		goto _test_eof1270;
case 1270:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 93u: goto tr1572;
	}
	goto st1254;
tr1581:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1271;
tr1576:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1271;
st1271:
	if ( ++p == pe )
		goto _test_eof1271;
case 1271:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto tr1582;
		case 33u: goto st1273;
		case 41u: goto tr1584;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1273;
		} else if ( (*p) >= 35u )
			goto st1273;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1273;
		} else if ( (*p) >= 93u )
			goto st1273;
	} else
		goto st1273;
	goto st1250;
tr1582:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1272;
st1272:
	if ( ++p == pe )
		goto _test_eof1272;
case 1272:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 34u: goto tr1586;
		case 123u: goto tr1587;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1585;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1585;
		} else if ( (*p) >= 43u )
			goto tr1585;
	} else
		goto tr1585;
	goto tr1546;
tr1589:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st1273;
tr1585:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st1273;
st1273:
	if ( ++p == pe )
		goto _test_eof1273;
case 1273:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto tr1588;
		case 33u: goto st1273;
		case 41u: goto tr1584;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1273;
		} else if ( (*p) >= 35u )
			goto st1273;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1273;
		} else if ( (*p) >= 93u )
			goto st1273;
	} else
		goto st1273;
	goto st1250;
tr1588:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1274;
st1274:
	if ( ++p == pe )
		goto _test_eof1274;
case 1274:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 34u: goto tr1590;
		case 123u: goto tr1591;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1589;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1589;
		} else if ( (*p) >= 43u )
			goto tr1589;
	} else
		goto tr1589;
	goto st1250;
tr1624:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st1275;
tr1590:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st1275;
tr1586:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st1275;
st1275:
	if ( ++p == pe )
		goto _test_eof1275;
case 1275:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 34u: goto st1276;
		case 92u: goto st1278;
	}
	goto st1275;
tr1625:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st1276;
st1276:
	if ( ++p == pe )
		goto _test_eof1276;
case 1276:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto tr1588;
		case 41u: goto tr1584;
	}
	goto st1250;
tr1584:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1277;
st1277:
	if ( ++p == pe )
		goto _test_eof1277;
case 1277:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 93u: goto tr1595;
	}
	goto st1250;
tr1626:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st1278;
st1278:
	if ( ++p == pe )
		goto _test_eof1278;
case 1278:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 34u: goto st1275;
		case 92u: goto st1275;
	}
	goto st1250;
tr1591:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1279;
tr1587:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st1279;
st1279:
	if ( ++p == pe )
		goto _test_eof1279;
case 1279:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1596;
	goto st1250;
tr1596:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1280;
st1280:
	if ( ++p == pe )
		goto _test_eof1280;
case 1280:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 125u: goto tr1598;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1280;
	goto st1250;
tr1598:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1281;
st1281:
	if ( ++p == pe )
		goto _test_eof1281;
case 1281:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1599;
	}
	goto st1250;
tr1599:
	{ IMW_EV_CLOSE(IMW_RULE_TEXT); }
	goto st1282;
st1282:
	if ( ++p == pe )
		goto _test_eof1282;
case 1282:
	if ( (*p) == 10u )
		goto tr1600;
	goto st0;
tr1600:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2356;
st2356:
	if ( ++p == pe )
		goto _test_eof2356;
case 2356:
	switch( (*p) ) {
		case 32u: goto tr1617;
		case 41u: goto tr1618;
	}
	goto st0;
tr1604:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1283;
tr1617:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1283;
st1283:
	if ( ++p == pe )
		goto _test_eof1283;
case 1283:
	switch( (*p) ) {
		case 34u: goto tr1602;
		case 123u: goto tr1603;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1601;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1601;
		} else if ( (*p) >= 43u )
			goto tr1601;
	} else
		goto tr1601;
	goto st0;
tr1601:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st1284;
st1284:
	if ( ++p == pe )
		goto _test_eof1284;
case 1284:
	switch( (*p) ) {
		case 32u: goto tr1604;
		case 33u: goto st1284;
		case 41u: goto tr1606;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1284;
		} else if ( (*p) >= 35u )
			goto st1284;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1284;
		} else if ( (*p) >= 93u )
			goto st1284;
	} else
		goto st1284;
	goto st0;
tr1606:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1285;
tr1618:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1285;
st1285:
	if ( ++p == pe )
		goto _test_eof1285;
case 1285:
	if ( (*p) == 93u )
		goto tr1607;
	goto st0;
tr1607:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1286;
st1286:
	if ( ++p == pe )
		goto _test_eof1286;
case 1286:
	switch( (*p) ) {
		case 13u: goto st1248;
		case 32u: goto st1287;
	}
	goto st0;
st1287:
	if ( ++p == pe )
		goto _test_eof1287;
case 1287:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st1248;
	}
	goto tr1546;
tr1602:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st1288;
st1288:
	if ( ++p == pe )
		goto _test_eof1288;
case 1288:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1289;
		case 92u: goto st1290;
	}
	goto st1288;
st1289:
	if ( ++p == pe )
		goto _test_eof1289;
case 1289:
	switch( (*p) ) {
		case 32u: goto tr1604;
		case 41u: goto tr1606;
	}
	goto st0;
st1290:
	if ( ++p == pe )
		goto _test_eof1290;
case 1290:
	switch( (*p) ) {
		case 34u: goto st1288;
		case 92u: goto st1288;
	}
	goto st0;
tr1603:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1291;
st1291:
	if ( ++p == pe )
		goto _test_eof1291;
case 1291:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1612;
	goto st0;
tr1612:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1292;
st1292:
	if ( ++p == pe )
		goto _test_eof1292;
case 1292:
	if ( (*p) == 125u )
		goto tr1614;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1292;
	goto st0;
tr1614:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1293;
st1293:
	if ( ++p == pe )
		goto _test_eof1293;
case 1293:
	if ( (*p) == 13u )
		goto st1294;
	goto st0;
st1294:
	if ( ++p == pe )
		goto _test_eof1294;
case 1294:
	if ( (*p) == 10u )
		goto tr1616;
	goto st0;
tr1616:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1295;
st1295:
	if ( ++p == pe )
		goto _test_eof1295;
case 1295:
	switch( (*p) ) {
		case 32u: goto tr1617;
		case 41u: goto tr1618;
	}
	goto st0;
tr1575:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st1296;
st1296:
	if ( ++p == pe )
		goto _test_eof1296;
case 1296:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 34u: goto st1297;
		case 92u: goto st1298;
		case 93u: goto tr1622;
	}
	goto st1296;
st1297:
	if ( ++p == pe )
		goto _test_eof1297;
case 1297:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto tr1578;
		case 41u: goto tr1580;
		case 93u: goto tr1559;
	}
	goto st1254;
st1298:
	if ( ++p == pe )
		goto _test_eof1298;
case 1298:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 34u: goto st1296;
		case 92u: goto st1296;
		case 93u: goto tr1559;
	}
	goto st1254;
tr1622:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1299;
st1299:
	if ( ++p == pe )
		goto _test_eof1299;
case 1299:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1300;
		case 34u: goto st1276;
		case 92u: goto st1278;
	}
	goto st1275;
st1300:
	if ( ++p == pe )
		goto _test_eof1300;
case 1300:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 34u: goto tr1625;
		case 92u: goto tr1626;
	}
	goto tr1624;
tr1577:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1301;
st1301:
	if ( ++p == pe )
		goto _test_eof1301;
case 1301:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 93u: goto tr1559;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1627;
	goto st1254;
tr1627:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1302;
st1302:
	if ( ++p == pe )
		goto _test_eof1302;
case 1302:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 93u: goto tr1559;
		case 125u: goto tr1629;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1302;
	goto st1254;
tr1629:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1303;
st1303:
	if ( ++p == pe )
		goto _test_eof1303;
case 1303:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1599;
		case 93u: goto tr1559;
	}
	goto st1254;
tr1552:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CAPABILITY_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st1304;
st1304:
	if ( ++p == pe )
		goto _test_eof1304;
case 1304:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 65u: goto st1305;
		case 93u: goto tr1559;
		case 97u: goto st1305;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1305:
	if ( ++p == pe )
		goto _test_eof1305;
case 1305:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 80u: goto st1306;
		case 93u: goto tr1559;
		case 112u: goto st1306;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1306:
	if ( ++p == pe )
		goto _test_eof1306;
case 1306:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 65u: goto st1307;
		case 93u: goto tr1559;
		case 97u: goto st1307;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1307:
	if ( ++p == pe )
		goto _test_eof1307;
case 1307:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 66u: goto st1308;
		case 93u: goto tr1559;
		case 98u: goto st1308;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1308:
	if ( ++p == pe )
		goto _test_eof1308;
case 1308:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 73u: goto st1309;
		case 93u: goto tr1559;
		case 105u: goto st1309;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1309:
	if ( ++p == pe )
		goto _test_eof1309;
case 1309:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 76u: goto st1310;
		case 93u: goto tr1559;
		case 108u: goto st1310;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1310:
	if ( ++p == pe )
		goto _test_eof1310;
case 1310:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 73u: goto st1311;
		case 93u: goto tr1559;
		case 105u: goto st1311;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1311:
	if ( ++p == pe )
		goto _test_eof1311;
case 1311:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 84u: goto st1312;
		case 93u: goto tr1559;
		case 116u: goto st1312;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1312:
	if ( ++p == pe )
		goto _test_eof1312;
case 1312:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 89u: goto st1313;
		case 93u: goto tr1559;
		case 121u: goto st1313;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1313:
	if ( ++p == pe )
		goto _test_eof1313;
case 1313:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1314;
		case 33u: goto st1252;
		case 93u: goto tr1559;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1314:
	if ( ++p == pe )
		goto _test_eof1314;
case 1314:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 33u: goto tr1640;
		case 93u: goto st1250;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1640;
		} else if ( (*p) >= 35u )
			goto tr1640;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1640;
		} else if ( (*p) >= 94u )
			goto tr1640;
	} else
		goto tr1640;
	goto st1254;
tr1640:
	{ IMW_EV_OPEN(IMW_RULE_CAPABILITY); }
	goto st1315;
st1315:
	if ( ++p == pe )
		goto _test_eof1315;
case 1315:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto tr1641;
		case 33u: goto st1315;
		case 93u: goto tr1643;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1315;
		} else if ( (*p) >= 35u )
			goto st1315;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1315;
		} else if ( (*p) >= 94u )
			goto st1315;
	} else
		goto st1315;
	goto st1254;
tr1641:
	{ IMW_EV_CLOSE(IMW_RULE_CAPABILITY); }
	goto st1316;
st1316:
	if ( ++p == pe )
		goto _test_eof1316;
case 1316:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 33u: goto tr1640;
		case 93u: goto tr1559;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1640;
		} else if ( (*p) >= 35u )
			goto tr1640;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1640;
		} else if ( (*p) >= 94u )
			goto tr1640;
	} else
		goto tr1640;
	goto st1254;
tr1553:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_HIGHESTMODSEQ); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st1317;
st1317:
	if ( ++p == pe )
		goto _test_eof1317;
case 1317:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 73u: goto st1318;
		case 93u: goto tr1559;
		case 105u: goto st1318;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1318:
	if ( ++p == pe )
		goto _test_eof1318;
case 1318:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 71u: goto st1319;
		case 93u: goto tr1559;
		case 103u: goto st1319;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1319:
	if ( ++p == pe )
		goto _test_eof1319;
case 1319:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 72u: goto st1320;
		case 93u: goto tr1559;
		case 104u: goto st1320;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1320:
	if ( ++p == pe )
		goto _test_eof1320;
case 1320:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 69u: goto st1321;
		case 93u: goto tr1559;
		case 101u: goto st1321;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1321:
	if ( ++p == pe )
		goto _test_eof1321;
case 1321:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 83u: goto st1322;
		case 93u: goto tr1559;
		case 115u: goto st1322;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1322:
	if ( ++p == pe )
		goto _test_eof1322;
case 1322:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 84u: goto st1323;
		case 93u: goto tr1559;
		case 116u: goto st1323;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1323:
	if ( ++p == pe )
		goto _test_eof1323;
case 1323:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 77u: goto st1324;
		case 93u: goto tr1559;
		case 109u: goto st1324;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1324:
	if ( ++p == pe )
		goto _test_eof1324;
case 1324:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 79u: goto st1325;
		case 93u: goto tr1559;
		case 111u: goto st1325;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1325:
	if ( ++p == pe )
		goto _test_eof1325;
case 1325:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 68u: goto st1326;
		case 93u: goto tr1559;
		case 100u: goto st1326;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1326:
	if ( ++p == pe )
		goto _test_eof1326;
case 1326:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 83u: goto st1327;
		case 93u: goto tr1559;
		case 115u: goto st1327;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1327:
	if ( ++p == pe )
		goto _test_eof1327;
case 1327:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 69u: goto st1328;
		case 93u: goto tr1559;
		case 101u: goto st1328;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1328:
	if ( ++p == pe )
		goto _test_eof1328;
case 1328:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 81u: goto st1329;
		case 93u: goto tr1559;
		case 113u: goto st1329;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1329:
	if ( ++p == pe )
		goto _test_eof1329;
case 1329:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1330;
		case 33u: goto st1252;
		case 93u: goto tr1559;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1330:
	if ( ++p == pe )
		goto _test_eof1330;
case 1330:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 93u: goto st1250;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1657;
	goto st1254;
tr1657:
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st1331;
st1331:
	if ( ++p == pe )
		goto _test_eof1331;
case 1331:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 93u: goto tr1659;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1331;
	goto st1254;
tr1554:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_MODIFIED); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st1332;
st1332:
	if ( ++p == pe )
		goto _test_eof1332;
case 1332:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 79u: goto st1333;
		case 93u: goto tr1559;
		case 111u: goto st1333;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1333:
	if ( ++p == pe )
		goto _test_eof1333;
case 1333:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 68u: goto st1334;
		case 93u: goto tr1559;
		case 100u: goto st1334;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1334:
	if ( ++p == pe )
		goto _test_eof1334;
case 1334:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 73u: goto st1335;
		case 93u: goto tr1559;
		case 105u: goto st1335;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1335:
	if ( ++p == pe )
		goto _test_eof1335;
case 1335:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 70u: goto st1336;
		case 93u: goto tr1559;
		case 102u: goto st1336;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1336:
	if ( ++p == pe )
		goto _test_eof1336;
case 1336:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 73u: goto st1337;
		case 93u: goto tr1559;
		case 105u: goto st1337;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1337:
	if ( ++p == pe )
		goto _test_eof1337;
case 1337:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 69u: goto st1338;
		case 93u: goto tr1559;
		case 101u: goto st1338;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1338:
	if ( ++p == pe )
		goto _test_eof1338;
case 1338:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 68u: goto st1339;
		case 93u: goto tr1559;
		case 100u: goto st1339;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1339:
	if ( ++p == pe )
		goto _test_eof1339;
case 1339:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1340;
		case 33u: goto st1252;
		case 93u: goto tr1559;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1340:
	if ( ++p == pe )
		goto _test_eof1340;
case 1340:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 42u: goto tr1668;
		case 93u: goto st1250;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1669;
	goto st1254;
tr1668:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st1341;
st1341:
	if ( ++p == pe )
		goto _test_eof1341;
case 1341:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 44u: goto st1342;
		case 58u: goto st1344;
		case 93u: goto tr1672;
	}
	goto st1254;
tr1675:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st1342;
st1342:
	if ( ++p == pe )
		goto _test_eof1342;
case 1342:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 42u: goto st1341;
		case 93u: goto tr1559;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1674;
	goto st1254;
tr1669:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st1343;
tr1674:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st1343;
st1343:
	if ( ++p == pe )
		goto _test_eof1343;
case 1343:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 44u: goto tr1675;
		case 58u: goto tr1677;
		case 93u: goto tr1678;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1343;
	goto st1254;
tr1677:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st1344;
st1344:
	if ( ++p == pe )
		goto _test_eof1344;
case 1344:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 42u: goto st1345;
		case 93u: goto tr1559;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1680;
	goto st1254;
st1345:
	if ( ++p == pe )
		goto _test_eof1345;
case 1345:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 44u: goto st1342;
		case 93u: goto tr1672;
	}
	goto st1254;
tr1680:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st1346;
st1346:
	if ( ++p == pe )
		goto _test_eof1346;
case 1346:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 44u: goto tr1675;
		case 93u: goto tr1678;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1346;
	goto st1254;
tr1555:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_PERMANENTFLAGS); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st1347;
st1347:
	if ( ++p == pe )
		goto _test_eof1347;
case 1347:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 69u: goto st1348;
		case 93u: goto tr1559;
		case 101u: goto st1348;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1348:
	if ( ++p == pe )
		goto _test_eof1348;
case 1348:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 82u: goto st1349;
		case 93u: goto tr1559;
		case 114u: goto st1349;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1349:
	if ( ++p == pe )
		goto _test_eof1349;
case 1349:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 77u: goto st1350;
		case 93u: goto tr1559;
		case 109u: goto st1350;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1350:
	if ( ++p == pe )
		goto _test_eof1350;
case 1350:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 65u: goto st1351;
		case 93u: goto tr1559;
		case 97u: goto st1351;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1351:
	if ( ++p == pe )
		goto _test_eof1351;
case 1351:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 78u: goto st1352;
		case 93u: goto tr1559;
		case 110u: goto st1352;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1352:
	if ( ++p == pe )
		goto _test_eof1352;
case 1352:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 69u: goto st1353;
		case 93u: goto tr1559;
		case 101u: goto st1353;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1353:
	if ( ++p == pe )
		goto _test_eof1353;
case 1353:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 78u: goto st1354;
		case 93u: goto tr1559;
		case 110u: goto st1354;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1354:
	if ( ++p == pe )
		goto _test_eof1354;
case 1354:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 84u: goto st1355;
		case 93u: goto tr1559;
		case 116u: goto st1355;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1355:
	if ( ++p == pe )
		goto _test_eof1355;
case 1355:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 70u: goto st1356;
		case 93u: goto tr1559;
		case 102u: goto st1356;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1356:
	if ( ++p == pe )
		goto _test_eof1356;
case 1356:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 76u: goto st1357;
		case 93u: goto tr1559;
		case 108u: goto st1357;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1357:
	if ( ++p == pe )
		goto _test_eof1357;
case 1357:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 65u: goto st1358;
		case 93u: goto tr1559;
		case 97u: goto st1358;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1358:
	if ( ++p == pe )
		goto _test_eof1358;
case 1358:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 71u: goto st1359;
		case 93u: goto tr1559;
		case 103u: goto st1359;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1359:
	if ( ++p == pe )
		goto _test_eof1359;
case 1359:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 83u: goto st1360;
		case 93u: goto tr1559;
		case 115u: goto st1360;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1360:
	if ( ++p == pe )
		goto _test_eof1360;
case 1360:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1361;
		case 33u: goto st1252;
		case 93u: goto tr1559;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1361:
	if ( ++p == pe )
		goto _test_eof1361;
case 1361:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 40u: goto st1362;
		case 93u: goto st1250;
	}
	goto st1254;
st1362:
	if ( ++p == pe )
		goto _test_eof1362;
case 1362:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 33u: goto tr1697;
		case 41u: goto st1367;
		case 92u: goto tr1699;
		case 93u: goto tr1559;
	}
	if ( (*p) < 38u ) {
		if ( 35u <= (*p) && (*p) <= 36u )
			goto tr1697;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1697;
		} else if ( (*p) >= 43u )
			goto tr1697;
	} else
		goto tr1697;
	goto st1254;
tr1697:
	{ IMW_EV_OPEN(IMW_RULE_FLAG_PERM); }
	{ IMW_EV_OPEN(IMW_RULE_FLAG); }
	goto st1363;
st1363:
	if ( ++p == pe )
		goto _test_eof1363;
case 1363:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto tr1700;
		case 33u: goto st1363;
		case 41u: goto tr1702;
		case 93u: goto tr1559;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1363;
		} else if ( (*p) >= 35u )
			goto st1363;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1363;
		} else if ( (*p) >= 94u )
			goto st1363;
	} else
		goto st1363;
	goto st1254;
tr1700:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG); }
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st1364;
tr1704:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st1364;
st1364:
	if ( ++p == pe )
		goto _test_eof1364;
case 1364:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 33u: goto tr1697;
		case 92u: goto tr1699;
		case 93u: goto tr1559;
	}
	if ( (*p) < 38u ) {
		if ( 35u <= (*p) && (*p) <= 36u )
			goto tr1697;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1697;
		} else if ( (*p) >= 43u )
			goto tr1697;
	} else
		goto tr1697;
	goto st1254;
tr1699:
	{ IMW_EV_OPEN(IMW_RULE_FLAG_PERM); }
	{ IMW_EV_OPEN(IMW_RULE_FLAG); }
	goto st1365;
st1365:
	if ( ++p == pe )
		goto _test_eof1365;
case 1365:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 33u: goto st1363;
		case 42u: goto st1366;
		case 93u: goto tr1559;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1363;
		} else if ( (*p) >= 35u )
			goto st1363;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1363;
		} else if ( (*p) >= 94u )
			goto st1363;
	} else
		goto st1363;
	goto st1254;
st1366:
	if ( ++p == pe )
		goto _test_eof1366;
case 1366:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto tr1704;
		case 41u: goto tr1705;
		case 93u: goto tr1559;
	}
	goto st1254;
tr1702:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG); }
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st1367;
tr1705:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st1367;
st1367:
	if ( ++p == pe )
		goto _test_eof1367;
case 1367:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 93u: goto tr1706;
	}
	goto st1254;
tr1556:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_UIDNEXT); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_UIDVALIDITY); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_UNSEEN); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st1368;
st1368:
	if ( ++p == pe )
		goto _test_eof1368;
case 1368:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 73u: goto st1369;
		case 78u: goto st1387;
		case 93u: goto tr1559;
		case 105u: goto st1369;
		case 110u: goto st1387;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1369:
	if ( ++p == pe )
		goto _test_eof1369;
case 1369:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 68u: goto st1370;
		case 93u: goto tr1559;
		case 100u: goto st1370;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1370:
	if ( ++p == pe )
		goto _test_eof1370;
case 1370:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 78u: goto st1371;
		case 86u: goto st1377;
		case 93u: goto tr1559;
		case 110u: goto st1371;
		case 118u: goto st1377;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1371:
	if ( ++p == pe )
		goto _test_eof1371;
case 1371:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 69u: goto st1372;
		case 93u: goto tr1559;
		case 101u: goto st1372;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1372:
	if ( ++p == pe )
		goto _test_eof1372;
case 1372:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 88u: goto st1373;
		case 93u: goto tr1559;
		case 120u: goto st1373;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1373:
	if ( ++p == pe )
		goto _test_eof1373;
case 1373:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 84u: goto st1374;
		case 93u: goto tr1559;
		case 116u: goto st1374;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1374:
	if ( ++p == pe )
		goto _test_eof1374;
case 1374:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1375;
		case 33u: goto st1252;
		case 93u: goto tr1559;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1375:
	if ( ++p == pe )
		goto _test_eof1375;
case 1375:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 93u: goto st1250;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1716;
	goto st1254;
tr1716:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st1376;
st1376:
	if ( ++p == pe )
		goto _test_eof1376;
case 1376:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 93u: goto tr1718;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1376;
	goto st1254;
st1377:
	if ( ++p == pe )
		goto _test_eof1377;
case 1377:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 65u: goto st1378;
		case 93u: goto tr1559;
		case 97u: goto st1378;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1378:
	if ( ++p == pe )
		goto _test_eof1378;
case 1378:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 76u: goto st1379;
		case 93u: goto tr1559;
		case 108u: goto st1379;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1379:
	if ( ++p == pe )
		goto _test_eof1379;
case 1379:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 73u: goto st1380;
		case 93u: goto tr1559;
		case 105u: goto st1380;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1380:
	if ( ++p == pe )
		goto _test_eof1380;
case 1380:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 68u: goto st1381;
		case 93u: goto tr1559;
		case 100u: goto st1381;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1381:
	if ( ++p == pe )
		goto _test_eof1381;
case 1381:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 73u: goto st1382;
		case 93u: goto tr1559;
		case 105u: goto st1382;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1382:
	if ( ++p == pe )
		goto _test_eof1382;
case 1382:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 84u: goto st1383;
		case 93u: goto tr1559;
		case 116u: goto st1383;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1383:
	if ( ++p == pe )
		goto _test_eof1383;
case 1383:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 89u: goto st1384;
		case 93u: goto tr1559;
		case 121u: goto st1384;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1384:
	if ( ++p == pe )
		goto _test_eof1384;
case 1384:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1385;
		case 33u: goto st1252;
		case 93u: goto tr1559;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1385:
	if ( ++p == pe )
		goto _test_eof1385;
case 1385:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 93u: goto st1250;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1727;
	goto st1254;
tr1727:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st1386;
st1386:
	if ( ++p == pe )
		goto _test_eof1386;
case 1386:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 93u: goto tr1729;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1386;
	goto st1254;
st1387:
	if ( ++p == pe )
		goto _test_eof1387;
case 1387:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 83u: goto st1388;
		case 93u: goto tr1559;
		case 115u: goto st1388;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1388:
	if ( ++p == pe )
		goto _test_eof1388;
case 1388:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 69u: goto st1389;
		case 93u: goto tr1559;
		case 101u: goto st1389;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1389:
	if ( ++p == pe )
		goto _test_eof1389;
case 1389:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 69u: goto st1390;
		case 93u: goto tr1559;
		case 101u: goto st1390;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1390:
	if ( ++p == pe )
		goto _test_eof1390;
case 1390:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1253;
		case 33u: goto st1252;
		case 78u: goto st1391;
		case 93u: goto tr1559;
		case 110u: goto st1391;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1391:
	if ( ++p == pe )
		goto _test_eof1391;
case 1391:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 32u: goto st1392;
		case 33u: goto st1252;
		case 93u: goto tr1559;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1252;
		} else if ( (*p) >= 35u )
			goto st1252;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1252;
		} else if ( (*p) >= 94u )
			goto st1252;
	} else
		goto st1252;
	goto st1250;
st1392:
	if ( ++p == pe )
		goto _test_eof1392;
case 1392:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 93u: goto st1250;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1735;
	goto st1254;
tr1735:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st1393;
st1393:
	if ( ++p == pe )
		goto _test_eof1393;
case 1393:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1549;
		case 93u: goto tr1737;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1393;
	goto st1254;
tr217:
	{ IMW_EV_OPEN(IMW_RULE_MAILBOX_DATA); }
	goto st1394;
st1394:
	if ( ++p == pe )
		goto _test_eof1394;
case 1394:
	switch( (*p) ) {
		case 69u: goto st1395;
		case 84u: goto st1412;
		case 101u: goto st1395;
		case 116u: goto st1412;
	}
	goto st0;
st1395:
	if ( ++p == pe )
		goto _test_eof1395;
case 1395:
	switch( (*p) ) {
		case 65u: goto st1396;
		case 97u: goto st1396;
	}
	goto st0;
st1396:
	if ( ++p == pe )
		goto _test_eof1396;
case 1396:
	switch( (*p) ) {
		case 82u: goto st1397;
		case 114u: goto st1397;
	}
	goto st0;
st1397:
	if ( ++p == pe )
		goto _test_eof1397;
case 1397:
	switch( (*p) ) {
		case 67u: goto st1398;
		case 99u: goto st1398;
	}
	goto st0;
st1398:
	if ( ++p == pe )
		goto _test_eof1398;
case 1398:
	switch( (*p) ) {
		case 72u: goto st1399;
		case 104u: goto st1399;
	}
	goto st0;
st1399:
	if ( ++p == pe )
		goto _test_eof1399;
case 1399:
	switch( (*p) ) {
		case 13u: goto tr228;
		case 32u: goto st1400;
	}
	goto st0;
st1400:
	if ( ++p == pe )
		goto _test_eof1400;
case 1400:
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1745;
	goto st0;
tr1745:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st1401;
st1401:
	if ( ++p == pe )
		goto _test_eof1401;
case 1401:
	switch( (*p) ) {
		case 13u: goto tr1746;
		case 32u: goto tr1747;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1401;
	goto st0;
tr1747:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st1402;
st1402:
	if ( ++p == pe )
		goto _test_eof1402;
case 1402:
	if ( (*p) == 40u )
		goto st1403;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1745;
	goto st0;
st1403:
	if ( ++p == pe )
		goto _test_eof1403;
case 1403:
	switch( (*p) ) {
		case 77u: goto st1404;
		case 109u: goto st1404;
	}
	goto st0;
st1404:
	if ( ++p == pe )
		goto _test_eof1404;
case 1404:
	switch( (*p) ) {
		case 79u: goto st1405;
		case 111u: goto st1405;
	}
	goto st0;
st1405:
	if ( ++p == pe )
		goto _test_eof1405;
case 1405:
	switch( (*p) ) {
		case 68u: goto st1406;
		case 100u: goto st1406;
	}
	goto st0;
st1406:
	if ( ++p == pe )
		goto _test_eof1406;
case 1406:
	switch( (*p) ) {
		case 83u: goto st1407;
		case 115u: goto st1407;
	}
	goto st0;
st1407:
	if ( ++p == pe )
		goto _test_eof1407;
case 1407:
	switch( (*p) ) {
		case 69u: goto st1408;
		case 101u: goto st1408;
	}
	goto st0;
st1408:
	if ( ++p == pe )
		goto _test_eof1408;
case 1408:
	switch( (*p) ) {
		case 81u: goto st1409;
		case 113u: goto st1409;
	}
	goto st0;
st1409:
	if ( ++p == pe )
		goto _test_eof1409;
case 1409:
	if ( (*p) == 32u )
		goto st1410;
	goto st0;
st1410:
	if ( ++p == pe )
		goto _test_eof1410;
case 1410:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1757;
	goto st0;
tr1757:
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st1411;
st1411:
	if ( ++p == pe )
		goto _test_eof1411;
case 1411:
	if ( (*p) == 41u )
		goto tr1758;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1411;
	goto st0;
st1412:
	if ( ++p == pe )
		goto _test_eof1412;
case 1412:
	switch( (*p) ) {
		case 65u: goto st1413;
		case 97u: goto st1413;
	}
	goto st0;
st1413:
	if ( ++p == pe )
		goto _test_eof1413;
case 1413:
	switch( (*p) ) {
		case 84u: goto st1414;
		case 116u: goto st1414;
	}
	goto st0;
st1414:
	if ( ++p == pe )
		goto _test_eof1414;
case 1414:
	switch( (*p) ) {
		case 85u: goto st1415;
		case 117u: goto st1415;
	}
	goto st0;
st1415:
	if ( ++p == pe )
		goto _test_eof1415;
case 1415:
	switch( (*p) ) {
		case 83u: goto st1416;
		case 115u: goto st1416;
	}
	goto st0;
st1416:
	if ( ++p == pe )
		goto _test_eof1416;
case 1416:
	if ( (*p) == 32u )
		goto st1417;
	goto st0;
st1417:
	if ( ++p == pe )
		goto _test_eof1417;
case 1417:
	switch( (*p) ) {
		case 34u: goto tr1766;
		case 123u: goto tr1767;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1765;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1765;
		} else if ( (*p) >= 43u )
			goto tr1765;
	} else
		goto tr1765;
	goto st0;
tr1765:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st1418;
st1418:
	if ( ++p == pe )
		goto _test_eof1418;
case 1418:
	switch( (*p) ) {
		case 32u: goto tr1768;
		case 33u: goto st1418;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1418;
		} else if ( (*p) >= 35u )
			goto st1418;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1418;
		} else if ( (*p) >= 93u )
			goto st1418;
	} else
		goto st1418;
	goto st0;
tr1768:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1419;
tr1837:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1419;
st1419:
	if ( ++p == pe )
		goto _test_eof1419;
case 1419:
	if ( (*p) == 40u )
		goto st1420;
	goto st0;
st1420:
	if ( ++p == pe )
		goto _test_eof1420;
case 1420:
	switch( (*p) ) {
		case 41u: goto st164;
		case 72u: goto st1421;
		case 77u: goto st1437;
		case 82u: goto st1447;
		case 85u: goto st1452;
		case 104u: goto st1421;
		case 109u: goto st1437;
		case 114u: goto st1447;
		case 117u: goto st1452;
	}
	goto st0;
st1421:
	if ( ++p == pe )
		goto _test_eof1421;
case 1421:
	switch( (*p) ) {
		case 73u: goto st1422;
		case 105u: goto st1422;
	}
	goto st0;
st1422:
	if ( ++p == pe )
		goto _test_eof1422;
case 1422:
	switch( (*p) ) {
		case 71u: goto st1423;
		case 103u: goto st1423;
	}
	goto st0;
st1423:
	if ( ++p == pe )
		goto _test_eof1423;
case 1423:
	switch( (*p) ) {
		case 72u: goto st1424;
		case 104u: goto st1424;
	}
	goto st0;
st1424:
	if ( ++p == pe )
		goto _test_eof1424;
case 1424:
	switch( (*p) ) {
		case 69u: goto st1425;
		case 101u: goto st1425;
	}
	goto st0;
st1425:
	if ( ++p == pe )
		goto _test_eof1425;
case 1425:
	switch( (*p) ) {
		case 83u: goto st1426;
		case 115u: goto st1426;
	}
	goto st0;
st1426:
	if ( ++p == pe )
		goto _test_eof1426;
case 1426:
	switch( (*p) ) {
		case 84u: goto st1427;
		case 116u: goto st1427;
	}
	goto st0;
st1427:
	if ( ++p == pe )
		goto _test_eof1427;
case 1427:
	switch( (*p) ) {
		case 77u: goto st1428;
		case 109u: goto st1428;
	}
	goto st0;
st1428:
	if ( ++p == pe )
		goto _test_eof1428;
case 1428:
	switch( (*p) ) {
		case 79u: goto st1429;
		case 111u: goto st1429;
	}
	goto st0;
st1429:
	if ( ++p == pe )
		goto _test_eof1429;
case 1429:
	switch( (*p) ) {
		case 68u: goto st1430;
		case 100u: goto st1430;
	}
	goto st0;
st1430:
	if ( ++p == pe )
		goto _test_eof1430;
case 1430:
	switch( (*p) ) {
		case 83u: goto st1431;
		case 115u: goto st1431;
	}
	goto st0;
st1431:
	if ( ++p == pe )
		goto _test_eof1431;
case 1431:
	switch( (*p) ) {
		case 69u: goto st1432;
		case 101u: goto st1432;
	}
	goto st0;
st1432:
	if ( ++p == pe )
		goto _test_eof1432;
case 1432:
	switch( (*p) ) {
		case 81u: goto st1433;
		case 113u: goto st1433;
	}
	goto st0;
st1433:
	if ( ++p == pe )
		goto _test_eof1433;
case 1433:
	if ( (*p) == 32u )
		goto st1434;
	goto st0;
st1434:
	if ( ++p == pe )
		goto _test_eof1434;
case 1434:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1788;
	goto st0;
tr1788:
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st1435;
st1435:
	if ( ++p == pe )
		goto _test_eof1435;
case 1435:
	switch( (*p) ) {
		case 32u: goto tr1789;
		case 41u: goto tr1758;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1435;
	goto st0;
tr1800:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1436;
tr1817:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st1436;
tr1789:
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st1436;
st1436:
	if ( ++p == pe )
		goto _test_eof1436;
case 1436:
	switch( (*p) ) {
		case 72u: goto st1421;
		case 77u: goto st1437;
		case 82u: goto st1447;
		case 85u: goto st1452;
		case 104u: goto st1421;
		case 109u: goto st1437;
		case 114u: goto st1447;
		case 117u: goto st1452;
	}
	goto st0;
st1437:
	if ( ++p == pe )
		goto _test_eof1437;
case 1437:
	switch( (*p) ) {
		case 69u: goto st1438;
		case 101u: goto st1438;
	}
	goto st0;
st1438:
	if ( ++p == pe )
		goto _test_eof1438;
case 1438:
	switch( (*p) ) {
		case 83u: goto st1439;
		case 115u: goto st1439;
	}
	goto st0;
st1439:
	if ( ++p == pe )
		goto _test_eof1439;
case 1439:
	switch( (*p) ) {
		case 83u: goto st1440;
		case 115u: goto st1440;
	}
	goto st0;
st1440:
	if ( ++p == pe )
		goto _test_eof1440;
case 1440:
	switch( (*p) ) {
		case 65u: goto st1441;
		case 97u: goto st1441;
	}
	goto st0;
st1441:
	if ( ++p == pe )
		goto _test_eof1441;
case 1441:
	switch( (*p) ) {
		case 71u: goto st1442;
		case 103u: goto st1442;
	}
	goto st0;
st1442:
	if ( ++p == pe )
		goto _test_eof1442;
case 1442:
	switch( (*p) ) {
		case 69u: goto st1443;
		case 101u: goto st1443;
	}
	goto st0;
st1443:
	if ( ++p == pe )
		goto _test_eof1443;
case 1443:
	switch( (*p) ) {
		case 83u: goto st1444;
		case 115u: goto st1444;
	}
	goto st0;
st1444:
	if ( ++p == pe )
		goto _test_eof1444;
case 1444:
	if ( (*p) == 32u )
		goto st1445;
	goto st0;
st1445:
	if ( ++p == pe )
		goto _test_eof1445;
case 1445:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1799;
	goto st0;
tr1799:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1446;
st1446:
	if ( ++p == pe )
		goto _test_eof1446;
case 1446:
	switch( (*p) ) {
		case 32u: goto tr1800;
		case 41u: goto tr1801;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1446;
	goto st0;
st1447:
	if ( ++p == pe )
		goto _test_eof1447;
case 1447:
	switch( (*p) ) {
		case 69u: goto st1448;
		case 101u: goto st1448;
	}
	goto st0;
st1448:
	if ( ++p == pe )
		goto _test_eof1448;
case 1448:
	switch( (*p) ) {
		case 67u: goto st1449;
		case 99u: goto st1449;
	}
	goto st0;
st1449:
	if ( ++p == pe )
		goto _test_eof1449;
case 1449:
	switch( (*p) ) {
		case 69u: goto st1450;
		case 101u: goto st1450;
	}
	goto st0;
st1450:
	if ( ++p == pe )
		goto _test_eof1450;
case 1450:
	switch( (*p) ) {
		case 78u: goto st1451;
		case 110u: goto st1451;
	}
	goto st0;
st1451:
	if ( ++p == pe )
		goto _test_eof1451;
case 1451:
	switch( (*p) ) {
		case 84u: goto st1444;
		case 116u: goto st1444;
	}
	goto st0;
st1452:
	if ( ++p == pe )
		goto _test_eof1452;
case 1452:
	switch( (*p) ) {
		case 73u: goto st1453;
		case 78u: goto st1468;
		case 105u: goto st1453;
		case 110u: goto st1468;
	}
	goto st0;
st1453:
	if ( ++p == pe )
		goto _test_eof1453;
case 1453:
	switch( (*p) ) {
		case 68u: goto st1454;
		case 100u: goto st1454;
	}
	goto st0;
st1454:
	if ( ++p == pe )
		goto _test_eof1454;
case 1454:
	switch( (*p) ) {
		case 78u: goto st1455;
		case 86u: goto st1461;
		case 110u: goto st1455;
		case 118u: goto st1461;
	}
	goto st0;
st1455:
	if ( ++p == pe )
		goto _test_eof1455;
case 1455:
	switch( (*p) ) {
		case 69u: goto st1456;
		case 101u: goto st1456;
	}
	goto st0;
st1456:
	if ( ++p == pe )
		goto _test_eof1456;
case 1456:
	switch( (*p) ) {
		case 88u: goto st1457;
		case 120u: goto st1457;
	}
	goto st0;
st1457:
	if ( ++p == pe )
		goto _test_eof1457;
case 1457:
	switch( (*p) ) {
		case 84u: goto st1458;
		case 116u: goto st1458;
	}
	goto st0;
st1458:
	if ( ++p == pe )
		goto _test_eof1458;
case 1458:
	if ( (*p) == 32u )
		goto st1459;
	goto st0;
st1459:
	if ( ++p == pe )
		goto _test_eof1459;
case 1459:
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1816;
	goto st0;
tr1816:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st1460;
st1460:
	if ( ++p == pe )
		goto _test_eof1460;
case 1460:
	switch( (*p) ) {
		case 32u: goto tr1817;
		case 41u: goto tr1818;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1460;
	goto st0;
st1461:
	if ( ++p == pe )
		goto _test_eof1461;
case 1461:
	switch( (*p) ) {
		case 65u: goto st1462;
		case 97u: goto st1462;
	}
	goto st0;
st1462:
	if ( ++p == pe )
		goto _test_eof1462;
case 1462:
	switch( (*p) ) {
		case 76u: goto st1463;
		case 108u: goto st1463;
	}
	goto st0;
st1463:
	if ( ++p == pe )
		goto _test_eof1463;
case 1463:
	switch( (*p) ) {
		case 73u: goto st1464;
		case 105u: goto st1464;
	}
	goto st0;
st1464:
	if ( ++p == pe )
		goto _test_eof1464;
case 1464:
	switch( (*p) ) {
		case 68u: goto st1465;
		case 100u: goto st1465;
	}
	goto st0;
st1465:
	if ( ++p == pe )
		goto _test_eof1465;
case 1465:
	switch( (*p) ) {
		case 73u: goto st1466;
		case 105u: goto st1466;
	}
	goto st0;
st1466:
	if ( ++p == pe )
		goto _test_eof1466;
case 1466:
	switch( (*p) ) {
		case 84u: goto st1467;
		case 116u: goto st1467;
	}
	goto st0;
st1467:
	if ( ++p == pe )
		goto _test_eof1467;
case 1467:
	switch( (*p) ) {
		case 89u: goto st1458;
		case 121u: goto st1458;
	}
	goto st0;
st1468:
	if ( ++p == pe )
		goto _test_eof1468;
case 1468:
	switch( (*p) ) {
		case 83u: goto st1469;
		case 115u: goto st1469;
	}
	goto st0;
st1469:
	if ( ++p == pe )
		goto _test_eof1469;
case 1469:
	switch( (*p) ) {
		case 69u: goto st1470;
		case 101u: goto st1470;
	}
	goto st0;
st1470:
	if ( ++p == pe )
		goto _test_eof1470;
case 1470:
	switch( (*p) ) {
		case 69u: goto st1471;
		case 101u: goto st1471;
	}
	goto st0;
st1471:
	if ( ++p == pe )
		goto _test_eof1471;
case 1471:
	switch( (*p) ) {
		case 78u: goto st1444;
		case 110u: goto st1444;
	}
	goto st0;
tr1766:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st1472;
st1472:
	if ( ++p == pe )
		goto _test_eof1472;
case 1472:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1473;
		case 92u: goto st1474;
	}
	goto st1472;
st1473:
	if ( ++p == pe )
		goto _test_eof1473;
case 1473:
	if ( (*p) == 32u )
		goto tr1768;
	goto st0;
st1474:
	if ( ++p == pe )
		goto _test_eof1474;
case 1474:
	switch( (*p) ) {
		case 34u: goto st1472;
		case 92u: goto st1472;
	}
	goto st0;
tr1767:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1475;
st1475:
	if ( ++p == pe )
		goto _test_eof1475;
case 1475:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1832;
	goto st0;
tr1832:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1476;
st1476:
	if ( ++p == pe )
		goto _test_eof1476;
case 1476:
	if ( (*p) == 125u )
		goto tr1834;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1476;
	goto st0;
tr1834:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1477;
st1477:
	if ( ++p == pe )
		goto _test_eof1477;
case 1477:
	if ( (*p) == 13u )
		goto st1478;
	goto st0;
st1478:
	if ( ++p == pe )
		goto _test_eof1478;
case 1478:
	if ( (*p) == 10u )
		goto tr1836;
	goto st0;
tr1836:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1479;
st1479:
	if ( ++p == pe )
		goto _test_eof1479;
case 1479:
	if ( (*p) == 32u )
		goto tr1837;
	goto st0;
tr218:
	{ IMW_EV_OPEN(IMW_RULE_MESSAGE_DATA); }
	goto st1480;
st1480:
	if ( ++p == pe )
		goto _test_eof1480;
case 1480:
	switch( (*p) ) {
		case 65u: goto st1481;
		case 97u: goto st1481;
	}
	goto st0;
st1481:
	if ( ++p == pe )
		goto _test_eof1481;
case 1481:
	switch( (*p) ) {
		case 78u: goto st1482;
		case 110u: goto st1482;
	}
	goto st0;
st1482:
	if ( ++p == pe )
		goto _test_eof1482;
case 1482:
	switch( (*p) ) {
		case 73u: goto st1483;
		case 105u: goto st1483;
	}
	goto st0;
st1483:
	if ( ++p == pe )
		goto _test_eof1483;
case 1483:
	switch( (*p) ) {
		case 83u: goto st1484;
		case 115u: goto st1484;
	}
	goto st0;
st1484:
	if ( ++p == pe )
		goto _test_eof1484;
case 1484:
	switch( (*p) ) {
		case 72u: goto st1485;
		case 104u: goto st1485;
	}
	goto st0;
st1485:
	if ( ++p == pe )
		goto _test_eof1485;
case 1485:
	switch( (*p) ) {
		case 69u: goto st1486;
		case 101u: goto st1486;
	}
	goto st0;
st1486:
	if ( ++p == pe )
		goto _test_eof1486;
case 1486:
	switch( (*p) ) {
		case 68u: goto st1487;
		case 100u: goto st1487;
	}
	goto st0;
st1487:
	if ( ++p == pe )
		goto _test_eof1487;
case 1487:
	if ( (*p) == 32u )
		goto st1488;
	goto st0;
st1488:
	if ( ++p == pe )
		goto _test_eof1488;
case 1488:
	switch( (*p) ) {
		case 40u: goto st1489;
		case 42u: goto tr1847;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1848;
	goto st0;
st1489:
	if ( ++p == pe )
		goto _test_eof1489;
case 1489:
	switch( (*p) ) {
		case 69u: goto st1490;
		case 101u: goto st1490;
	}
	goto st0;
st1490:
	if ( ++p == pe )
		goto _test_eof1490;
case 1490:
	switch( (*p) ) {
		case 65u: goto st1491;
		case 97u: goto st1491;
	}
	goto st0;
st1491:
	if ( ++p == pe )
		goto _test_eof1491;
case 1491:
	switch( (*p) ) {
		case 82u: goto st1492;
		case 114u: goto st1492;
	}
	goto st0;
st1492:
	if ( ++p == pe )
		goto _test_eof1492;
case 1492:
	switch( (*p) ) {
		case 76u: goto st1493;
		case 108u: goto st1493;
	}
	goto st0;
st1493:
	if ( ++p == pe )
		goto _test_eof1493;
case 1493:
	switch( (*p) ) {
		case 73u: goto st1494;
		case 105u: goto st1494;
	}
	goto st0;
st1494:
	if ( ++p == pe )
		goto _test_eof1494;
case 1494:
	switch( (*p) ) {
		case 69u: goto st1495;
		case 101u: goto st1495;
	}
	goto st0;
st1495:
	if ( ++p == pe )
		goto _test_eof1495;
case 1495:
	switch( (*p) ) {
		case 82u: goto st1496;
		case 114u: goto st1496;
	}
	goto st0;
st1496:
	if ( ++p == pe )
		goto _test_eof1496;
case 1496:
	if ( (*p) == 41u )
		goto st1497;
	goto st0;
st1497:
	if ( ++p == pe )
		goto _test_eof1497;
case 1497:
	if ( (*p) == 32u )
		goto st1498;
	goto st0;
st1498:
	if ( ++p == pe )
		goto _test_eof1498;
case 1498:
	if ( (*p) == 42u )
		goto tr1847;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1848;
	goto st0;
tr1847:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st1499;
st1499:
	if ( ++p == pe )
		goto _test_eof1499;
case 1499:
	switch( (*p) ) {
		case 13u: goto tr1858;
		case 44u: goto st1500;
		case 58u: goto st1502;
	}
	goto st0;
tr1864:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st1500;
st1500:
	if ( ++p == pe )
		goto _test_eof1500;
case 1500:
	if ( (*p) == 42u )
		goto st1499;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1862;
	goto st0;
tr1848:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st1501;
tr1862:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st1501;
st1501:
	if ( ++p == pe )
		goto _test_eof1501;
case 1501:
	switch( (*p) ) {
		case 13u: goto tr1863;
		case 44u: goto tr1864;
		case 58u: goto tr1866;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1501;
	goto st0;
tr1866:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st1502;
st1502:
	if ( ++p == pe )
		goto _test_eof1502;
case 1502:
	if ( (*p) == 42u )
		goto st1503;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1868;
	goto st0;
st1503:
	if ( ++p == pe )
		goto _test_eof1503;
case 1503:
	switch( (*p) ) {
		case 13u: goto tr1858;
		case 44u: goto st1500;
	}
	goto st0;
tr1868:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st1504;
st1504:
	if ( ++p == pe )
		goto _test_eof1504;
case 1504:
	switch( (*p) ) {
		case 13u: goto tr1863;
		case 44u: goto tr1864;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1504;
	goto st0;
tr3:
	{ IMW_EV_OPEN(IMW_RULE_CONTINUE_REQ); }
	goto st1505;
st1505:
	if ( ++p == pe )
		goto _test_eof1505;
case 1505:
	switch( (*p) ) {
		case 13u: goto st1506;
		case 32u: goto st1507;
	}
	goto st0;
tr1876:
	{ IMW_EV_CLOSE(IMW_RULE_TEXT); }
	goto st1506;
st1506:
	if ( ++p == pe )
		goto _test_eof1506;
case 1506:
	if ( (*p) == 10u )
		goto st2357;
	goto st0;
st2357:
	if ( ++p == pe )
		goto _test_eof2357;
case 2357:
	goto st0;
st1507:
	if ( ++p == pe )
		goto _test_eof1507;
case 1507:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st1506;
		case 91u: goto tr1874;
	}
	goto tr1873;
tr1873:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st1508;
st1508:
	if ( ++p == pe )
		goto _test_eof1508;
case 1508:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
	}
	goto st1508;
tr1874:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st1509;
st1509:
	if ( ++p == pe )
		goto _test_eof1509;
case 1509:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 33u: goto tr1877;
		case 66u: goto tr1878;
		case 67u: goto tr1879;
		case 72u: goto tr1880;
		case 77u: goto tr1881;
		case 80u: goto tr1882;
		case 85u: goto tr1883;
		case 98u: goto tr1878;
		case 99u: goto tr1879;
		case 104u: goto tr1880;
		case 109u: goto tr1881;
		case 112u: goto tr1882;
		case 117u: goto tr1883;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1877;
		} else if ( (*p) >= 35u )
			goto tr1877;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1877;
		} else if ( (*p) >= 94u )
			goto tr1877;
	} else
		goto tr1877;
	goto st1508;
tr1877:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st1510;
st1510:
	if ( ++p == pe )
		goto _test_eof1510;
case 1510:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 93u: goto tr1886;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1511:
	if ( ++p == pe )
		goto _test_eof1511;
case 1511:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 93u: goto st1508;
	}
	goto st1512;
st1512:
	if ( ++p == pe )
		goto _test_eof1512;
case 1512:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 93u: goto tr1886;
	}
	goto st1512;
tr1886:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1513;
tr1899:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1513;
tr1922:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1513;
tr1970:
	{ IMW_EV_CLOSE(IMW_RULE_CAPABILITY); }
	{ IMW_EV_CLOSE(IMW_RULE_CAPABILITY_DATA); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1513;
tr1986:
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_HIGHESTMODSEQ); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1513;
tr1999:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_MODIFIED); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1513;
tr2005:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_MODIFIED); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1513;
tr2033:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_PERMANENTFLAGS); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1513;
tr2045:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_UIDNEXT); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1513;
tr2056:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_UIDVALIDITY); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1513;
tr2064:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_UNSEEN); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1513;
st1513:
	if ( ++p == pe )
		goto _test_eof1513;
case 1513:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1514;
	}
	goto st1508;
st1514:
	if ( ++p == pe )
		goto _test_eof1514;
case 1514:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
	}
	goto tr1873;
tr1878:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st1515;
st1515:
	if ( ++p == pe )
		goto _test_eof1515;
case 1515:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 65u: goto st1516;
		case 93u: goto tr1886;
		case 97u: goto st1516;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1516:
	if ( ++p == pe )
		goto _test_eof1516;
case 1516:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 68u: goto st1517;
		case 93u: goto tr1886;
		case 100u: goto st1517;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1517:
	if ( ++p == pe )
		goto _test_eof1517;
case 1517:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 67u: goto st1518;
		case 93u: goto tr1886;
		case 99u: goto st1518;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1518:
	if ( ++p == pe )
		goto _test_eof1518;
case 1518:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 72u: goto st1519;
		case 93u: goto tr1886;
		case 104u: goto st1519;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1519:
	if ( ++p == pe )
		goto _test_eof1519;
case 1519:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 65u: goto st1520;
		case 93u: goto tr1886;
		case 97u: goto st1520;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1520:
	if ( ++p == pe )
		goto _test_eof1520;
case 1520:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 82u: goto st1521;
		case 93u: goto tr1886;
		case 114u: goto st1521;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1521:
	if ( ++p == pe )
		goto _test_eof1521;
case 1521:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 83u: goto st1522;
		case 93u: goto tr1886;
		case 115u: goto st1522;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1522:
	if ( ++p == pe )
		goto _test_eof1522;
case 1522:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 69u: goto st1523;
		case 93u: goto tr1886;
		case 101u: goto st1523;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1523:
	if ( ++p == pe )
		goto _test_eof1523;
case 1523:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 84u: goto st1524;
		case 93u: goto tr1886;
		case 116u: goto st1524;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1524:
	if ( ++p == pe )
		goto _test_eof1524;
case 1524:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1525;
		case 33u: goto st1510;
		case 93u: goto tr1899;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1525:
	if ( ++p == pe )
		goto _test_eof1525;
case 1525:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 40u: goto st1526;
		case 93u: goto st1508;
	}
	goto st1512;
tr1905:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1526;
st1526:
	if ( ++p == pe )
		goto _test_eof1526;
case 1526:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 34u: goto tr1902;
		case 93u: goto tr1903;
		case 123u: goto tr1904;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1901;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 94u <= (*p) && (*p) <= 126u )
				goto tr1901;
		} else if ( (*p) >= 43u )
			goto tr1901;
	} else
		goto tr1901;
	goto st1512;
tr1901:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st1527;
st1527:
	if ( ++p == pe )
		goto _test_eof1527;
case 1527:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto tr1905;
		case 33u: goto st1527;
		case 41u: goto tr1907;
		case 93u: goto tr1908;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1527;
		} else if ( (*p) >= 35u )
			goto st1527;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1527;
		} else if ( (*p) >= 94u )
			goto st1527;
	} else
		goto st1527;
	goto st1512;
tr1907:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1528;
st1528:
	if ( ++p == pe )
		goto _test_eof1528;
case 1528:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 93u: goto tr1899;
	}
	goto st1512;
tr1908:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1529;
tr1903:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1529;
st1529:
	if ( ++p == pe )
		goto _test_eof1529;
case 1529:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto tr1909;
		case 33u: goto st1531;
		case 41u: goto tr1911;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1531;
		} else if ( (*p) >= 35u )
			goto st1531;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1531;
		} else if ( (*p) >= 93u )
			goto st1531;
	} else
		goto st1531;
	goto st1508;
tr1909:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1530;
st1530:
	if ( ++p == pe )
		goto _test_eof1530;
case 1530:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 34u: goto tr1913;
		case 123u: goto tr1914;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1912;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1912;
		} else if ( (*p) >= 43u )
			goto tr1912;
	} else
		goto tr1912;
	goto tr1873;
tr1916:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st1531;
tr1912:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st1531;
st1531:
	if ( ++p == pe )
		goto _test_eof1531;
case 1531:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto tr1915;
		case 33u: goto st1531;
		case 41u: goto tr1911;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1531;
		} else if ( (*p) >= 35u )
			goto st1531;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1531;
		} else if ( (*p) >= 93u )
			goto st1531;
	} else
		goto st1531;
	goto st1508;
tr1915:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1532;
st1532:
	if ( ++p == pe )
		goto _test_eof1532;
case 1532:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 34u: goto tr1917;
		case 123u: goto tr1918;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1916;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1916;
		} else if ( (*p) >= 43u )
			goto tr1916;
	} else
		goto tr1916;
	goto st1508;
tr1951:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st1533;
tr1917:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st1533;
tr1913:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st1533;
st1533:
	if ( ++p == pe )
		goto _test_eof1533;
case 1533:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 34u: goto st1534;
		case 92u: goto st1536;
	}
	goto st1533;
tr1952:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st1534;
st1534:
	if ( ++p == pe )
		goto _test_eof1534;
case 1534:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto tr1915;
		case 41u: goto tr1911;
	}
	goto st1508;
tr1911:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1535;
st1535:
	if ( ++p == pe )
		goto _test_eof1535;
case 1535:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 93u: goto tr1922;
	}
	goto st1508;
tr1953:
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st1536;
st1536:
	if ( ++p == pe )
		goto _test_eof1536;
case 1536:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 34u: goto st1533;
		case 92u: goto st1533;
	}
	goto st1508;
tr1918:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1537;
tr1914:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	{ IMW_EV_OPEN(IMW_RULE_TEXT); }
	goto st1537;
st1537:
	if ( ++p == pe )
		goto _test_eof1537;
case 1537:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1923;
	goto st1508;
tr1923:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1538;
st1538:
	if ( ++p == pe )
		goto _test_eof1538;
case 1538:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 125u: goto tr1925;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1538;
	goto st1508;
tr1925:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1539;
st1539:
	if ( ++p == pe )
		goto _test_eof1539;
case 1539:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1926;
	}
	goto st1508;
tr1926:
	{ IMW_EV_CLOSE(IMW_RULE_TEXT); }
	goto st1540;
st1540:
	if ( ++p == pe )
		goto _test_eof1540;
case 1540:
	if ( (*p) == 10u )
		goto tr1927;
	goto st0;
tr1927:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2358;
st2358:
	if ( ++p == pe )
		goto _test_eof2358;
case 2358:
	switch( (*p) ) {
		case 32u: goto tr1944;
		case 41u: goto tr1945;
	}
	goto st0;
tr1931:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1541;
tr1944:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1541;
st1541:
	if ( ++p == pe )
		goto _test_eof1541;
case 1541:
	switch( (*p) ) {
		case 34u: goto tr1929;
		case 123u: goto tr1930;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1928;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1928;
		} else if ( (*p) >= 43u )
			goto tr1928;
	} else
		goto tr1928;
	goto st0;
tr1928:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st1542;
st1542:
	if ( ++p == pe )
		goto _test_eof1542;
case 1542:
	switch( (*p) ) {
		case 32u: goto tr1931;
		case 33u: goto st1542;
		case 41u: goto tr1933;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1542;
		} else if ( (*p) >= 35u )
			goto st1542;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1542;
		} else if ( (*p) >= 93u )
			goto st1542;
	} else
		goto st1542;
	goto st0;
tr1933:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1543;
tr1945:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st1543;
st1543:
	if ( ++p == pe )
		goto _test_eof1543;
case 1543:
	if ( (*p) == 93u )
		goto tr1934;
	goto st0;
tr1934:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_BADCHARSET); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1544;
st1544:
	if ( ++p == pe )
		goto _test_eof1544;
case 1544:
	switch( (*p) ) {
		case 13u: goto st1506;
		case 32u: goto st1545;
	}
	goto st0;
st1545:
	if ( ++p == pe )
		goto _test_eof1545;
case 1545:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st1506;
	}
	goto tr1873;
tr1929:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st1546;
st1546:
	if ( ++p == pe )
		goto _test_eof1546;
case 1546:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1547;
		case 92u: goto st1548;
	}
	goto st1546;
st1547:
	if ( ++p == pe )
		goto _test_eof1547;
case 1547:
	switch( (*p) ) {
		case 32u: goto tr1931;
		case 41u: goto tr1933;
	}
	goto st0;
st1548:
	if ( ++p == pe )
		goto _test_eof1548;
case 1548:
	switch( (*p) ) {
		case 34u: goto st1546;
		case 92u: goto st1546;
	}
	goto st0;
tr1930:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1549;
st1549:
	if ( ++p == pe )
		goto _test_eof1549;
case 1549:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1939;
	goto st0;
tr1939:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1550;
st1550:
	if ( ++p == pe )
		goto _test_eof1550;
case 1550:
	if ( (*p) == 125u )
		goto tr1941;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1550;
	goto st0;
tr1941:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1551;
st1551:
	if ( ++p == pe )
		goto _test_eof1551;
case 1551:
	if ( (*p) == 13u )
		goto st1552;
	goto st0;
st1552:
	if ( ++p == pe )
		goto _test_eof1552;
case 1552:
	if ( (*p) == 10u )
		goto tr1943;
	goto st0;
tr1943:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1553;
st1553:
	if ( ++p == pe )
		goto _test_eof1553;
case 1553:
	switch( (*p) ) {
		case 32u: goto tr1944;
		case 41u: goto tr1945;
	}
	goto st0;
tr1902:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st1554;
st1554:
	if ( ++p == pe )
		goto _test_eof1554;
case 1554:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 34u: goto st1555;
		case 92u: goto st1556;
		case 93u: goto tr1949;
	}
	goto st1554;
st1555:
	if ( ++p == pe )
		goto _test_eof1555;
case 1555:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto tr1905;
		case 41u: goto tr1907;
		case 93u: goto tr1886;
	}
	goto st1512;
st1556:
	if ( ++p == pe )
		goto _test_eof1556;
case 1556:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 34u: goto st1554;
		case 92u: goto st1554;
		case 93u: goto tr1886;
	}
	goto st1512;
tr1949:
	{ IMW_EV_CLOSE(IMW_RULE_CODE_OTHER); }
	{ IMW_EV_CLOSE(IMW_RULE_RESP_TEXT_CODE); }
	goto st1557;
st1557:
	if ( ++p == pe )
		goto _test_eof1557;
case 1557:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1558;
		case 34u: goto st1534;
		case 92u: goto st1536;
	}
	goto st1533;
st1558:
	if ( ++p == pe )
		goto _test_eof1558;
case 1558:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 34u: goto tr1952;
		case 92u: goto tr1953;
	}
	goto tr1951;
tr1904:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1559;
st1559:
	if ( ++p == pe )
		goto _test_eof1559;
case 1559:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 93u: goto tr1886;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1954;
	goto st1512;
tr1954:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1560;
st1560:
	if ( ++p == pe )
		goto _test_eof1560;
case 1560:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 93u: goto tr1886;
		case 125u: goto tr1956;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1560;
	goto st1512;
tr1956:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1561;
st1561:
	if ( ++p == pe )
		goto _test_eof1561;
case 1561:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1926;
		case 93u: goto tr1886;
	}
	goto st1512;
tr1879:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CAPABILITY_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st1562;
st1562:
	if ( ++p == pe )
		goto _test_eof1562;
case 1562:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 65u: goto st1563;
		case 93u: goto tr1886;
		case 97u: goto st1563;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1563:
	if ( ++p == pe )
		goto _test_eof1563;
case 1563:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 80u: goto st1564;
		case 93u: goto tr1886;
		case 112u: goto st1564;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1564:
	if ( ++p == pe )
		goto _test_eof1564;
case 1564:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 65u: goto st1565;
		case 93u: goto tr1886;
		case 97u: goto st1565;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1565:
	if ( ++p == pe )
		goto _test_eof1565;
case 1565:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 66u: goto st1566;
		case 93u: goto tr1886;
		case 98u: goto st1566;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1566:
	if ( ++p == pe )
		goto _test_eof1566;
case 1566:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 73u: goto st1567;
		case 93u: goto tr1886;
		case 105u: goto st1567;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1567:
	if ( ++p == pe )
		goto _test_eof1567;
case 1567:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 76u: goto st1568;
		case 93u: goto tr1886;
		case 108u: goto st1568;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1568:
	if ( ++p == pe )
		goto _test_eof1568;
case 1568:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 73u: goto st1569;
		case 93u: goto tr1886;
		case 105u: goto st1569;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1569:
	if ( ++p == pe )
		goto _test_eof1569;
case 1569:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 84u: goto st1570;
		case 93u: goto tr1886;
		case 116u: goto st1570;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1570:
	if ( ++p == pe )
		goto _test_eof1570;
case 1570:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 89u: goto st1571;
		case 93u: goto tr1886;
		case 121u: goto st1571;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1571:
	if ( ++p == pe )
		goto _test_eof1571;
case 1571:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1572;
		case 33u: goto st1510;
		case 93u: goto tr1886;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1572:
	if ( ++p == pe )
		goto _test_eof1572;
case 1572:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 33u: goto tr1967;
		case 93u: goto st1508;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1967;
		} else if ( (*p) >= 35u )
			goto tr1967;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1967;
		} else if ( (*p) >= 94u )
			goto tr1967;
	} else
		goto tr1967;
	goto st1512;
tr1967:
	{ IMW_EV_OPEN(IMW_RULE_CAPABILITY); }
	goto st1573;
st1573:
	if ( ++p == pe )
		goto _test_eof1573;
case 1573:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto tr1968;
		case 33u: goto st1573;
		case 93u: goto tr1970;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1573;
		} else if ( (*p) >= 35u )
			goto st1573;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1573;
		} else if ( (*p) >= 94u )
			goto st1573;
	} else
		goto st1573;
	goto st1512;
tr1968:
	{ IMW_EV_CLOSE(IMW_RULE_CAPABILITY); }
	goto st1574;
st1574:
	if ( ++p == pe )
		goto _test_eof1574;
case 1574:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 33u: goto tr1967;
		case 93u: goto tr1886;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1967;
		} else if ( (*p) >= 35u )
			goto tr1967;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1967;
		} else if ( (*p) >= 94u )
			goto tr1967;
	} else
		goto tr1967;
	goto st1512;
tr1880:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_HIGHESTMODSEQ); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st1575;
st1575:
	if ( ++p == pe )
		goto _test_eof1575;
case 1575:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 73u: goto st1576;
		case 93u: goto tr1886;
		case 105u: goto st1576;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1576:
	if ( ++p == pe )
		goto _test_eof1576;
case 1576:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 71u: goto st1577;
		case 93u: goto tr1886;
		case 103u: goto st1577;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1577:
	if ( ++p == pe )
		goto _test_eof1577;
case 1577:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 72u: goto st1578;
		case 93u: goto tr1886;
		case 104u: goto st1578;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1578:
	if ( ++p == pe )
		goto _test_eof1578;
case 1578:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 69u: goto st1579;
		case 93u: goto tr1886;
		case 101u: goto st1579;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1579:
	if ( ++p == pe )
		goto _test_eof1579;
case 1579:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 83u: goto st1580;
		case 93u: goto tr1886;
		case 115u: goto st1580;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1580:
	if ( ++p == pe )
		goto _test_eof1580;
case 1580:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 84u: goto st1581;
		case 93u: goto tr1886;
		case 116u: goto st1581;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1581:
	if ( ++p == pe )
		goto _test_eof1581;
case 1581:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 77u: goto st1582;
		case 93u: goto tr1886;
		case 109u: goto st1582;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1582:
	if ( ++p == pe )
		goto _test_eof1582;
case 1582:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 79u: goto st1583;
		case 93u: goto tr1886;
		case 111u: goto st1583;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1583:
	if ( ++p == pe )
		goto _test_eof1583;
case 1583:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 68u: goto st1584;
		case 93u: goto tr1886;
		case 100u: goto st1584;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1584:
	if ( ++p == pe )
		goto _test_eof1584;
case 1584:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 83u: goto st1585;
		case 93u: goto tr1886;
		case 115u: goto st1585;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1585:
	if ( ++p == pe )
		goto _test_eof1585;
case 1585:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 69u: goto st1586;
		case 93u: goto tr1886;
		case 101u: goto st1586;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1586:
	if ( ++p == pe )
		goto _test_eof1586;
case 1586:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 81u: goto st1587;
		case 93u: goto tr1886;
		case 113u: goto st1587;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1587:
	if ( ++p == pe )
		goto _test_eof1587;
case 1587:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1588;
		case 33u: goto st1510;
		case 93u: goto tr1886;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1588:
	if ( ++p == pe )
		goto _test_eof1588;
case 1588:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 93u: goto st1508;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1984;
	goto st1512;
tr1984:
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st1589;
st1589:
	if ( ++p == pe )
		goto _test_eof1589;
case 1589:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 93u: goto tr1986;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1589;
	goto st1512;
tr1881:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_MODIFIED); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st1590;
st1590:
	if ( ++p == pe )
		goto _test_eof1590;
case 1590:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 79u: goto st1591;
		case 93u: goto tr1886;
		case 111u: goto st1591;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1591:
	if ( ++p == pe )
		goto _test_eof1591;
case 1591:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 68u: goto st1592;
		case 93u: goto tr1886;
		case 100u: goto st1592;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1592:
	if ( ++p == pe )
		goto _test_eof1592;
case 1592:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 73u: goto st1593;
		case 93u: goto tr1886;
		case 105u: goto st1593;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1593:
	if ( ++p == pe )
		goto _test_eof1593;
case 1593:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 70u: goto st1594;
		case 93u: goto tr1886;
		case 102u: goto st1594;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1594:
	if ( ++p == pe )
		goto _test_eof1594;
case 1594:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 73u: goto st1595;
		case 93u: goto tr1886;
		case 105u: goto st1595;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1595:
	if ( ++p == pe )
		goto _test_eof1595;
case 1595:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 69u: goto st1596;
		case 93u: goto tr1886;
		case 101u: goto st1596;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1596:
	if ( ++p == pe )
		goto _test_eof1596;
case 1596:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 68u: goto st1597;
		case 93u: goto tr1886;
		case 100u: goto st1597;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1597:
	if ( ++p == pe )
		goto _test_eof1597;
case 1597:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1598;
		case 33u: goto st1510;
		case 93u: goto tr1886;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1598:
	if ( ++p == pe )
		goto _test_eof1598;
case 1598:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 42u: goto tr1995;
		case 93u: goto st1508;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1996;
	goto st1512;
tr1995:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st1599;
st1599:
	if ( ++p == pe )
		goto _test_eof1599;
case 1599:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 44u: goto st1600;
		case 58u: goto st1602;
		case 93u: goto tr1999;
	}
	goto st1512;
tr2002:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st1600;
st1600:
	if ( ++p == pe )
		goto _test_eof1600;
case 1600:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 42u: goto st1599;
		case 93u: goto tr1886;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr2001;
	goto st1512;
tr1996:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st1601;
tr2001:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st1601;
st1601:
	if ( ++p == pe )
		goto _test_eof1601;
case 1601:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 44u: goto tr2002;
		case 58u: goto tr2004;
		case 93u: goto tr2005;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1601;
	goto st1512;
tr2004:
	{ IMW_EV_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st1602;
st1602:
	if ( ++p == pe )
		goto _test_eof1602;
case 1602:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 42u: goto st1603;
		case 93u: goto tr1886;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr2007;
	goto st1512;
st1603:
	if ( ++p == pe )
		goto _test_eof1603;
case 1603:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 44u: goto st1600;
		case 93u: goto tr1999;
	}
	goto st1512;
tr2007:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st1604;
st1604:
	if ( ++p == pe )
		goto _test_eof1604;
case 1604:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 44u: goto tr2002;
		case 93u: goto tr2005;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1604;
	goto st1512;
tr1882:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_PERMANENTFLAGS); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st1605;
st1605:
	if ( ++p == pe )
		goto _test_eof1605;
case 1605:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 69u: goto st1606;
		case 93u: goto tr1886;
		case 101u: goto st1606;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1606:
	if ( ++p == pe )
		goto _test_eof1606;
case 1606:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 82u: goto st1607;
		case 93u: goto tr1886;
		case 114u: goto st1607;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1607:
	if ( ++p == pe )
		goto _test_eof1607;
case 1607:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 77u: goto st1608;
		case 93u: goto tr1886;
		case 109u: goto st1608;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1608:
	if ( ++p == pe )
		goto _test_eof1608;
case 1608:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 65u: goto st1609;
		case 93u: goto tr1886;
		case 97u: goto st1609;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1609:
	if ( ++p == pe )
		goto _test_eof1609;
case 1609:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 78u: goto st1610;
		case 93u: goto tr1886;
		case 110u: goto st1610;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1610:
	if ( ++p == pe )
		goto _test_eof1610;
case 1610:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 69u: goto st1611;
		case 93u: goto tr1886;
		case 101u: goto st1611;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1611:
	if ( ++p == pe )
		goto _test_eof1611;
case 1611:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 78u: goto st1612;
		case 93u: goto tr1886;
		case 110u: goto st1612;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1612:
	if ( ++p == pe )
		goto _test_eof1612;
case 1612:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 84u: goto st1613;
		case 93u: goto tr1886;
		case 116u: goto st1613;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1613:
	if ( ++p == pe )
		goto _test_eof1613;
case 1613:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 70u: goto st1614;
		case 93u: goto tr1886;
		case 102u: goto st1614;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1614:
	if ( ++p == pe )
		goto _test_eof1614;
case 1614:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 76u: goto st1615;
		case 93u: goto tr1886;
		case 108u: goto st1615;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1615:
	if ( ++p == pe )
		goto _test_eof1615;
case 1615:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 65u: goto st1616;
		case 93u: goto tr1886;
		case 97u: goto st1616;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1616:
	if ( ++p == pe )
		goto _test_eof1616;
case 1616:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 71u: goto st1617;
		case 93u: goto tr1886;
		case 103u: goto st1617;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1617:
	if ( ++p == pe )
		goto _test_eof1617;
case 1617:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 83u: goto st1618;
		case 93u: goto tr1886;
		case 115u: goto st1618;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1618:
	if ( ++p == pe )
		goto _test_eof1618;
case 1618:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1619;
		case 33u: goto st1510;
		case 93u: goto tr1886;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1619:
	if ( ++p == pe )
		goto _test_eof1619;
case 1619:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 40u: goto st1620;
		case 93u: goto st1508;
	}
	goto st1512;
st1620:
	if ( ++p == pe )
		goto _test_eof1620;
case 1620:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 33u: goto tr2024;
		case 41u: goto st1625;
		case 92u: goto tr2026;
		case 93u: goto tr1886;
	}
	if ( (*p) < 38u ) {
		if ( 35u <= (*p) && (*p) <= 36u )
			goto tr2024;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr2024;
		} else if ( (*p) >= 43u )
			goto tr2024;
	} else
		goto tr2024;
	goto st1512;
tr2024:
	{ IMW_EV_OPEN(IMW_RULE_FLAG_PERM); }
	{ IMW_EV_OPEN(IMW_RULE_FLAG); }
	goto st1621;
st1621:
	if ( ++p == pe )
		goto _test_eof1621;
case 1621:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto tr2027;
		case 33u: goto st1621;
		case 41u: goto tr2029;
		case 93u: goto tr1886;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1621;
		} else if ( (*p) >= 35u )
			goto st1621;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1621;
		} else if ( (*p) >= 94u )
			goto st1621;
	} else
		goto st1621;
	goto st1512;
tr2027:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG); }
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st1622;
tr2031:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st1622;
st1622:
	if ( ++p == pe )
		goto _test_eof1622;
case 1622:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 33u: goto tr2024;
		case 92u: goto tr2026;
		case 93u: goto tr1886;
	}
	if ( (*p) < 38u ) {
		if ( 35u <= (*p) && (*p) <= 36u )
			goto tr2024;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr2024;
		} else if ( (*p) >= 43u )
			goto tr2024;
	} else
		goto tr2024;
	goto st1512;
tr2026:
	{ IMW_EV_OPEN(IMW_RULE_FLAG_PERM); }
	{ IMW_EV_OPEN(IMW_RULE_FLAG); }
	goto st1623;
st1623:
	if ( ++p == pe )
		goto _test_eof1623;
case 1623:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 33u: goto st1621;
		case 42u: goto st1624;
		case 93u: goto tr1886;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1621;
		} else if ( (*p) >= 35u )
			goto st1621;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1621;
		} else if ( (*p) >= 94u )
			goto st1621;
	} else
		goto st1621;
	goto st1512;
st1624:
	if ( ++p == pe )
		goto _test_eof1624;
case 1624:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto tr2031;
		case 41u: goto tr2032;
		case 93u: goto tr1886;
	}
	goto st1512;
tr2029:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG); }
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st1625;
tr2032:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_PERM); }
	goto st1625;
st1625:
	if ( ++p == pe )
		goto _test_eof1625;
case 1625:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 93u: goto tr2033;
	}
	goto st1512;
tr1883:
	{ IMW_EV_OPEN(IMW_RULE_RESP_TEXT_CODE); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_UIDNEXT); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_UIDVALIDITY); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_UNSEEN); }
	{ IMW_EV_OPEN(IMW_RULE_CODE_OTHER); }
	goto st1626;
st1626:
	if ( ++p == pe )
		goto _test_eof1626;
case 1626:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 73u: goto st1627;
		case 78u: goto st1645;
		case 93u: goto tr1886;
		case 105u: goto st1627;
		case 110u: goto st1645;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1627:
	if ( ++p == pe )
		goto _test_eof1627;
case 1627:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 68u: goto st1628;
		case 93u: goto tr1886;
		case 100u: goto st1628;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1628:
	if ( ++p == pe )
		goto _test_eof1628;
case 1628:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 78u: goto st1629;
		case 86u: goto st1635;
		case 93u: goto tr1886;
		case 110u: goto st1629;
		case 118u: goto st1635;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1629:
	if ( ++p == pe )
		goto _test_eof1629;
case 1629:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 69u: goto st1630;
		case 93u: goto tr1886;
		case 101u: goto st1630;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1630:
	if ( ++p == pe )
		goto _test_eof1630;
case 1630:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 88u: goto st1631;
		case 93u: goto tr1886;
		case 120u: goto st1631;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1631:
	if ( ++p == pe )
		goto _test_eof1631;
case 1631:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 84u: goto st1632;
		case 93u: goto tr1886;
		case 116u: goto st1632;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1632:
	if ( ++p == pe )
		goto _test_eof1632;
case 1632:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1633;
		case 33u: goto st1510;
		case 93u: goto tr1886;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1633:
	if ( ++p == pe )
		goto _test_eof1633;
case 1633:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 93u: goto st1508;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr2043;
	goto st1512;
tr2043:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st1634;
st1634:
	if ( ++p == pe )
		goto _test_eof1634;
case 1634:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 93u: goto tr2045;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1634;
	goto st1512;
st1635:
	if ( ++p == pe )
		goto _test_eof1635;
case 1635:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 65u: goto st1636;
		case 93u: goto tr1886;
		case 97u: goto st1636;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1636:
	if ( ++p == pe )
		goto _test_eof1636;
case 1636:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 76u: goto st1637;
		case 93u: goto tr1886;
		case 108u: goto st1637;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1637:
	if ( ++p == pe )
		goto _test_eof1637;
case 1637:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 73u: goto st1638;
		case 93u: goto tr1886;
		case 105u: goto st1638;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1638:
	if ( ++p == pe )
		goto _test_eof1638;
case 1638:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 68u: goto st1639;
		case 93u: goto tr1886;
		case 100u: goto st1639;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1639:
	if ( ++p == pe )
		goto _test_eof1639;
case 1639:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 73u: goto st1640;
		case 93u: goto tr1886;
		case 105u: goto st1640;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1640:
	if ( ++p == pe )
		goto _test_eof1640;
case 1640:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 84u: goto st1641;
		case 93u: goto tr1886;
		case 116u: goto st1641;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1641:
	if ( ++p == pe )
		goto _test_eof1641;
case 1641:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 89u: goto st1642;
		case 93u: goto tr1886;
		case 121u: goto st1642;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1642:
	if ( ++p == pe )
		goto _test_eof1642;
case 1642:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1643;
		case 33u: goto st1510;
		case 93u: goto tr1886;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1643:
	if ( ++p == pe )
		goto _test_eof1643;
case 1643:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 93u: goto st1508;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr2054;
	goto st1512;
tr2054:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st1644;
st1644:
	if ( ++p == pe )
		goto _test_eof1644;
case 1644:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 93u: goto tr2056;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1644;
	goto st1512;
st1645:
	if ( ++p == pe )
		goto _test_eof1645;
case 1645:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 83u: goto st1646;
		case 93u: goto tr1886;
		case 115u: goto st1646;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1646:
	if ( ++p == pe )
		goto _test_eof1646;
case 1646:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 69u: goto st1647;
		case 93u: goto tr1886;
		case 101u: goto st1647;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1647:
	if ( ++p == pe )
		goto _test_eof1647;
case 1647:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 69u: goto st1648;
		case 93u: goto tr1886;
		case 101u: goto st1648;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1648:
	if ( ++p == pe )
		goto _test_eof1648;
case 1648:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1511;
		case 33u: goto st1510;
		case 78u: goto st1649;
		case 93u: goto tr1886;
		case 110u: goto st1649;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1649:
	if ( ++p == pe )
		goto _test_eof1649;
case 1649:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 32u: goto st1650;
		case 33u: goto st1510;
		case 93u: goto tr1886;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1510;
		} else if ( (*p) >= 35u )
			goto st1510;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1510;
		} else if ( (*p) >= 94u )
			goto st1510;
	} else
		goto st1510;
	goto st1508;
st1650:
	if ( ++p == pe )
		goto _test_eof1650;
case 1650:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 93u: goto st1508;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr2062;
	goto st1512;
tr2062:
	{ IMW_EV_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st1651;
st1651:
	if ( ++p == pe )
		goto _test_eof1651;
case 1651:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto tr1876;
		case 93u: goto tr2064;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1651;
	goto st1512;
st1652:
	if ( ++p == pe )
		goto _test_eof1652;
case 1652:
	if ( (*p) == 40u )
		goto st1653;
	goto st0;
st1653:
	if ( ++p == pe )
		goto _test_eof1653;
case 1653:
	switch( (*p) ) {
		case 34u: goto st1654;
		case 40u: goto tr2067;
		case 123u: goto tr2068;
	}
	goto st0;
st1654:
	if ( ++p == pe )
		goto _test_eof1654;
case 1654:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1656;
		case 77u: goto st1801;
		case 84u: goto st2220;
		case 92u: goto st1800;
		case 109u: goto st1801;
		case 116u: goto st2220;
	}
	goto st1655;
st1655:
	if ( ++p == pe )
		goto _test_eof1655;
case 1655:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1656;
		case 92u: goto st1800;
	}
	goto st1655;
st1656:
	if ( ++p == pe )
		goto _test_eof1656;
case 1656:
	if ( (*p) == 32u )
		goto st1657;
	goto st0;
tr2863:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1657;
st1657:
	if ( ++p == pe )
		goto _test_eof1657;
case 1657:
	switch( (*p) ) {
		case 34u: goto st1658;
		case 123u: goto tr2076;
	}
	goto st0;
st1658:
	if ( ++p == pe )
		goto _test_eof1658;
case 1658:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1659;
		case 92u: goto st1794;
	}
	goto st1658;
st1659:
	if ( ++p == pe )
		goto _test_eof1659;
case 1659:
	if ( (*p) == 32u )
		goto st1660;
	goto st0;
tr2252:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1660;
st1660:
	if ( ++p == pe )
		goto _test_eof1660;
case 1660:
	switch( (*p) ) {
		case 40u: goto st1661;
		case 78u: goto st1792;
		case 110u: goto st1792;
	}
	goto st0;
tr2238:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1661;
st1661:
	if ( ++p == pe )
		goto _test_eof1661;
case 1661:
	switch( (*p) ) {
		case 34u: goto st1662;
		case 123u: goto tr2083;
	}
	goto st0;
st1662:
	if ( ++p == pe )
		goto _test_eof1662;
case 1662:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1663;
		case 92u: goto st1786;
	}
	goto st1662;
st1663:
	if ( ++p == pe )
		goto _test_eof1663;
case 1663:
	if ( (*p) == 32u )
		goto st1664;
	goto st0;
tr2245:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1664;
st1664:
	if ( ++p == pe )
		goto _test_eof1664;
case 1664:
	switch( (*p) ) {
		case 34u: goto st1665;
		case 123u: goto tr2088;
	}
	goto st0;
st1665:
	if ( ++p == pe )
		goto _test_eof1665;
case 1665:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1666;
		case 92u: goto st1780;
	}
	goto st1665;
st1666:
	if ( ++p == pe )
		goto _test_eof1666;
case 1666:
	switch( (*p) ) {
		case 32u: goto st1661;
		case 41u: goto st1667;
	}
	goto st0;
tr2239:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1667;
st1667:
	if ( ++p == pe )
		goto _test_eof1667;
case 1667:
	if ( (*p) == 32u )
		goto st1668;
	goto st0;
st1668:
	if ( ++p == pe )
		goto _test_eof1668;
case 1668:
	switch( (*p) ) {
		case 34u: goto st1669;
		case 78u: goto st1773;
		case 110u: goto st1773;
		case 123u: goto tr2095;
	}
	goto st0;
st1669:
	if ( ++p == pe )
		goto _test_eof1669;
case 1669:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1670;
		case 92u: goto st1772;
	}
	goto st1669;
st1670:
	if ( ++p == pe )
		goto _test_eof1670;
case 1670:
	if ( (*p) == 32u )
		goto st1671;
	goto st0;
tr2232:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1671;
st1671:
	if ( ++p == pe )
		goto _test_eof1671;
case 1671:
	switch( (*p) ) {
		case 34u: goto st1672;
		case 78u: goto st1765;
		case 110u: goto st1765;
		case 123u: goto tr2101;
	}
	goto st0;
st1672:
	if ( ++p == pe )
		goto _test_eof1672;
case 1672:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1673;
		case 92u: goto st1764;
	}
	goto st1672;
st1673:
	if ( ++p == pe )
		goto _test_eof1673;
case 1673:
	if ( (*p) == 32u )
		goto st1674;
	goto st0;
tr2225:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1674;
st1674:
	if ( ++p == pe )
		goto _test_eof1674;
case 1674:
	switch( (*p) ) {
		case 34u: goto st1675;
		case 123u: goto tr2106;
	}
	goto st0;
st1675:
	if ( ++p == pe )
		goto _test_eof1675;
case 1675:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1676;
		case 92u: goto st1758;
	}
	goto st1675;
tr2503:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_BODY)) {p++; cs = 1676; goto _out;} {( run->stack)[( run->top)++] = 1676;goto st1652;} }
	goto st1676;
st1676:
	if ( ++p == pe )
		goto _test_eof1676;
case 1676:
	if ( (*p) == 32u )
		goto st1677;
	goto st0;
tr2218:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1677;
st1677:
	if ( ++p == pe )
		goto _test_eof1677;
case 1677:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2110;
	goto st0;
tr2110:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1678;
st1678:
	if ( ++p == pe )
		goto _test_eof1678;
case 1678:
	switch( (*p) ) {
		case 32u: goto tr2111;
		case 41u: goto tr2112;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1678;
	goto st0;
tr2111:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1679;
st1679:
	if ( ++p == pe )
		goto _test_eof1679;
case 1679:
	switch( (*p) ) {
		case 34u: goto st1680;
		case 78u: goto st1751;
		case 110u: goto st1751;
		case 123u: goto tr2116;
	}
	goto st0;
st1680:
	if ( ++p == pe )
		goto _test_eof1680;
case 1680:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1681;
		case 92u: goto st1750;
	}
	goto st1680;
tr2845:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1681;
st1681:
	if ( ++p == pe )
		goto _test_eof1681;
case 1681:
	switch( (*p) ) {
		case 32u: goto st1682;
		case 41u: goto tr2120;
	}
	goto st0;
tr2212:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1682;
st1682:
	if ( ++p == pe )
		goto _test_eof1682;
case 1682:
	switch( (*p) ) {
		case 40u: goto st1683;
		case 78u: goto st1748;
		case 110u: goto st1748;
	}
	goto st0;
st1683:
	if ( ++p == pe )
		goto _test_eof1683;
case 1683:
	switch( (*p) ) {
		case 34u: goto st1684;
		case 123u: goto tr2124;
	}
	goto st0;
st1684:
	if ( ++p == pe )
		goto _test_eof1684;
case 1684:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1685;
		case 92u: goto st1742;
	}
	goto st1684;
st1685:
	if ( ++p == pe )
		goto _test_eof1685;
case 1685:
	if ( (*p) == 32u )
		goto st1686;
	goto st0;
tr2204:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1686;
st1686:
	if ( ++p == pe )
		goto _test_eof1686;
case 1686:
	switch( (*p) ) {
		case 40u: goto st1687;
		case 78u: goto st1740;
		case 110u: goto st1740;
	}
	goto st0;
tr2190:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1687;
st1687:
	if ( ++p == pe )
		goto _test_eof1687;
case 1687:
	switch( (*p) ) {
		case 34u: goto st1688;
		case 123u: goto tr2131;
	}
	goto st0;
st1688:
	if ( ++p == pe )
		goto _test_eof1688;
case 1688:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1689;
		case 92u: goto st1734;
	}
	goto st1688;
st1689:
	if ( ++p == pe )
		goto _test_eof1689;
case 1689:
	if ( (*p) == 32u )
		goto st1690;
	goto st0;
tr2197:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1690;
st1690:
	if ( ++p == pe )
		goto _test_eof1690;
case 1690:
	switch( (*p) ) {
		case 34u: goto st1691;
		case 123u: goto tr2136;
	}
	goto st0;
st1691:
	if ( ++p == pe )
		goto _test_eof1691;
case 1691:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1692;
		case 92u: goto st1728;
	}
	goto st1691;
st1692:
	if ( ++p == pe )
		goto _test_eof1692;
case 1692:
	switch( (*p) ) {
		case 32u: goto st1687;
		case 41u: goto st1693;
	}
	goto st0;
tr2191:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1693;
st1693:
	if ( ++p == pe )
		goto _test_eof1693;
case 1693:
	if ( (*p) == 41u )
		goto st1694;
	goto st0;
st1694:
	if ( ++p == pe )
		goto _test_eof1694;
case 1694:
	switch( (*p) ) {
		case 32u: goto st1695;
		case 41u: goto tr2120;
	}
	goto st0;
st1695:
	if ( ++p == pe )
		goto _test_eof1695;
case 1695:
	switch( (*p) ) {
		case 34u: goto st1696;
		case 40u: goto st1712;
		case 78u: goto st1721;
		case 110u: goto st1721;
		case 123u: goto tr2145;
	}
	goto st0;
st1696:
	if ( ++p == pe )
		goto _test_eof1696;
case 1696:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1697;
		case 92u: goto st1711;
	}
	goto st1696;
tr2177:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1697;
st1697:
	if ( ++p == pe )
		goto _test_eof1697;
case 1697:
	switch( (*p) ) {
		case 32u: goto st1698;
		case 41u: goto tr2120;
	}
	goto st0;
tr2184:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1698;
st1698:
	if ( ++p == pe )
		goto _test_eof1698;
case 1698:
	switch( (*p) ) {
		case 34u: goto st1699;
		case 78u: goto st1703;
		case 110u: goto st1703;
		case 123u: goto tr2151;
	}
	goto st0;
st1699:
	if ( ++p == pe )
		goto _test_eof1699;
case 1699:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1700;
		case 92u: goto st1710;
	}
	goto st1699;
tr2155:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_BODY_EXT_LIST)) {p++; cs = 1700; goto _out;} {( run->stack)[( run->top)++] = 1700;goto st2324;} }
	goto st1700;
st1700:
	if ( ++p == pe )
		goto _test_eof1700;
case 1700:
	switch( (*p) ) {
		case 32u: goto st1701;
		case 41u: goto tr2120;
	}
	goto st0;
tr2157:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1701;
tr2165:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1701;
st1701:
	if ( ++p == pe )
		goto _test_eof1701;
case 1701:
	switch( (*p) ) {
		case 34u: goto st1699;
		case 40u: goto tr2155;
		case 78u: goto st1703;
		case 110u: goto st1703;
		case 123u: goto tr2151;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2156;
	goto st0;
tr2156:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1702;
st1702:
	if ( ++p == pe )
		goto _test_eof1702;
case 1702:
	switch( (*p) ) {
		case 32u: goto tr2157;
		case 41u: goto tr2112;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1702;
	goto st0;
tr2112:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY); {cs = ( run->stack)[--( run->top)];goto _again;} }
	goto st2359;
tr2120:
	{ IMW_CALL_LEAVE(IMW_RULE_BODY); {cs = ( run->stack)[--( run->top)];goto _again;} }
	goto st2359;
tr2166:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY); {cs = ( run->stack)[--( run->top)];goto _again;} }
	goto st2359;
st2359:
	if ( ++p == pe )
		goto _test_eof2359;
case 2359:
	goto st0;
st1703:
	if ( ++p == pe )
		goto _test_eof1703;
case 1703:
	switch( (*p) ) {
		case 73u: goto st1704;
		case 105u: goto st1704;
	}
	goto st0;
st1704:
	if ( ++p == pe )
		goto _test_eof1704;
case 1704:
	switch( (*p) ) {
		case 76u: goto st1700;
		case 108u: goto st1700;
	}
	goto st0;
tr2151:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1705;
st1705:
	if ( ++p == pe )
		goto _test_eof1705;
case 1705:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2160;
	goto st0;
tr2160:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1706;
st1706:
	if ( ++p == pe )
		goto _test_eof1706;
case 1706:
	if ( (*p) == 125u )
		goto tr2162;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1706;
	goto st0;
tr2162:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1707;
st1707:
	if ( ++p == pe )
		goto _test_eof1707;
case 1707:
	if ( (*p) == 13u )
		goto st1708;
	goto st0;
st1708:
	if ( ++p == pe )
		goto _test_eof1708;
case 1708:
	if ( (*p) == 10u )
		goto tr2164;
	goto st0;
tr2164:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1709;
st1709:
	if ( ++p == pe )
		goto _test_eof1709;
case 1709:
	switch( (*p) ) {
		case 32u: goto tr2165;
		case 41u: goto tr2166;
	}
	goto st0;
st1710:
	if ( ++p == pe )
		goto _test_eof1710;
case 1710:
	switch( (*p) ) {
		case 34u: goto st1699;
		case 92u: goto st1699;
	}
	goto st0;
st1711:
	if ( ++p == pe )
		goto _test_eof1711;
case 1711:
	switch( (*p) ) {
		case 34u: goto st1696;
		case 92u: goto st1696;
	}
	goto st0;
tr2176:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1712;
st1712:
	if ( ++p == pe )
		goto _test_eof1712;
case 1712:
	switch( (*p) ) {
		case 34u: goto st1713;
		case 123u: goto tr2168;
	}
	goto st0;
st1713:
	if ( ++p == pe )
		goto _test_eof1713;
case 1713:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1714;
		case 92u: goto st1715;
	}
	goto st1713;
st1714:
	if ( ++p == pe )
		goto _test_eof1714;
case 1714:
	switch( (*p) ) {
		case 32u: goto st1712;
		case 41u: goto st1697;
	}
	goto st0;
st1715:
	if ( ++p == pe )
		goto _test_eof1715;
case 1715:
	switch( (*p) ) {
		case 34u: goto st1713;
		case 92u: goto st1713;
	}
	goto st0;
tr2168:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1716;
st1716:
	if ( ++p == pe )
		goto _test_eof1716;
case 1716:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2171;
	goto st0;
tr2171:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1717;
st1717:
	if ( ++p == pe )
		goto _test_eof1717;
case 1717:
	if ( (*p) == 125u )
		goto tr2173;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1717;
	goto st0;
tr2173:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1718;
st1718:
	if ( ++p == pe )
		goto _test_eof1718;
case 1718:
	if ( (*p) == 13u )
		goto st1719;
	goto st0;
st1719:
	if ( ++p == pe )
		goto _test_eof1719;
case 1719:
	if ( (*p) == 10u )
		goto tr2175;
	goto st0;
tr2175:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1720;
st1720:
	if ( ++p == pe )
		goto _test_eof1720;
case 1720:
	switch( (*p) ) {
		case 32u: goto tr2176;
		case 41u: goto tr2177;
	}
	goto st0;
st1721:
	if ( ++p == pe )
		goto _test_eof1721;
case 1721:
	switch( (*p) ) {
		case 73u: goto st1722;
		case 105u: goto st1722;
	}
	goto st0;
st1722:
	if ( ++p == pe )
		goto _test_eof1722;
case 1722:
	switch( (*p) ) {
		case 76u: goto st1697;
		case 108u: goto st1697;
	}
	goto st0;
tr2145:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1723;
st1723:
	if ( ++p == pe )
		goto _test_eof1723;
case 1723:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2179;
	goto st0;
tr2179:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1724;
st1724:
	if ( ++p == pe )
		goto _test_eof1724;
case 1724:
	if ( (*p) == 125u )
		goto tr2181;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1724;
	goto st0;
tr2181:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1725;
st1725:
	if ( ++p == pe )
		goto _test_eof1725;
case 1725:
	if ( (*p) == 13u )
		goto st1726;
	goto st0;
st1726:
	if ( ++p == pe )
		goto _test_eof1726;
case 1726:
	if ( (*p) == 10u )
		goto tr2183;
	goto st0;
tr2183:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1727;
st1727:
	if ( ++p == pe )
		goto _test_eof1727;
case 1727:
	switch( (*p) ) {
		case 32u: goto tr2184;
		case 41u: goto tr2166;
	}
	goto st0;
st1728:
	if ( ++p == pe )
		goto _test_eof1728;
case 1728:
	switch( (*p) ) {
		case 34u: goto st1691;
		case 92u: goto st1691;
	}
	goto st0;
tr2136:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1729;
st1729:
	if ( ++p == pe )
		goto _test_eof1729;
case 1729:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2185;
	goto st0;
tr2185:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1730;
st1730:
	if ( ++p == pe )
		goto _test_eof1730;
case 1730:
	if ( (*p) == 125u )
		goto tr2187;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1730;
	goto st0;
tr2187:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1731;
st1731:
	if ( ++p == pe )
		goto _test_eof1731;
case 1731:
	if ( (*p) == 13u )
		goto st1732;
	goto st0;
st1732:
	if ( ++p == pe )
		goto _test_eof1732;
case 1732:
	if ( (*p) == 10u )
		goto tr2189;
	goto st0;
tr2189:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1733;
st1733:
	if ( ++p == pe )
		goto _test_eof1733;
case 1733:
	switch( (*p) ) {
		case 32u: goto tr2190;
		case 41u: goto tr2191;
	}
	goto st0;
st1734:
	if ( ++p == pe )
		goto _test_eof1734;
case 1734:
	switch( (*p) ) {
		case 34u: goto st1688;
		case 92u: goto st1688;
	}
	goto st0;
tr2131:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1735;
st1735:
	if ( ++p == pe )
		goto _test_eof1735;
case 1735:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2192;
	goto st0;
tr2192:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1736;
st1736:
	if ( ++p == pe )
		goto _test_eof1736;
case 1736:
	if ( (*p) == 125u )
		goto tr2194;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1736;
	goto st0;
tr2194:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1737;
st1737:
	if ( ++p == pe )
		goto _test_eof1737;
case 1737:
	if ( (*p) == 13u )
		goto st1738;
	goto st0;
st1738:
	if ( ++p == pe )
		goto _test_eof1738;
case 1738:
	if ( (*p) == 10u )
		goto tr2196;
	goto st0;
tr2196:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1739;
st1739:
	if ( ++p == pe )
		goto _test_eof1739;
case 1739:
	if ( (*p) == 32u )
		goto tr2197;
	goto st0;
st1740:
	if ( ++p == pe )
		goto _test_eof1740;
case 1740:
	switch( (*p) ) {
		case 73u: goto st1741;
		case 105u: goto st1741;
	}
	goto st0;
st1741:
	if ( ++p == pe )
		goto _test_eof1741;
case 1741:
	switch( (*p) ) {
		case 76u: goto st1693;
		case 108u: goto st1693;
	}
	goto st0;
st1742:
	if ( ++p == pe )
		goto _test_eof1742;
case 1742:
	switch( (*p) ) {
		case 34u: goto st1684;
		case 92u: goto st1684;
	}
	goto st0;
tr2124:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1743;
st1743:
	if ( ++p == pe )
		goto _test_eof1743;
case 1743:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2199;
	goto st0;
tr2199:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1744;
st1744:
	if ( ++p == pe )
		goto _test_eof1744;
case 1744:
	if ( (*p) == 125u )
		goto tr2201;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1744;
	goto st0;
tr2201:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1745;
st1745:
	if ( ++p == pe )
		goto _test_eof1745;
case 1745:
	if ( (*p) == 13u )
		goto st1746;
	goto st0;
st1746:
	if ( ++p == pe )
		goto _test_eof1746;
case 1746:
	if ( (*p) == 10u )
		goto tr2203;
	goto st0;
tr2203:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1747;
st1747:
	if ( ++p == pe )
		goto _test_eof1747;
case 1747:
	if ( (*p) == 32u )
		goto tr2204;
	goto st0;
st1748:
	if ( ++p == pe )
		goto _test_eof1748;
case 1748:
	switch( (*p) ) {
		case 73u: goto st1749;
		case 105u: goto st1749;
	}
	goto st0;
st1749:
	if ( ++p == pe )
		goto _test_eof1749;
case 1749:
	switch( (*p) ) {
		case 76u: goto st1694;
		case 108u: goto st1694;
	}
	goto st0;
st1750:
	if ( ++p == pe )
		goto _test_eof1750;
case 1750:
	switch( (*p) ) {
		case 34u: goto st1680;
		case 92u: goto st1680;
	}
	goto st0;
st1751:
	if ( ++p == pe )
		goto _test_eof1751;
case 1751:
	switch( (*p) ) {
		case 73u: goto st1752;
		case 105u: goto st1752;
	}
	goto st0;
st1752:
	if ( ++p == pe )
		goto _test_eof1752;
case 1752:
	switch( (*p) ) {
		case 76u: goto st1681;
		case 108u: goto st1681;
	}
	goto st0;
tr2116:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1753;
st1753:
	if ( ++p == pe )
		goto _test_eof1753;
case 1753:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2207;
	goto st0;
tr2207:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1754;
st1754:
	if ( ++p == pe )
		goto _test_eof1754;
case 1754:
	if ( (*p) == 125u )
		goto tr2209;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1754;
	goto st0;
tr2209:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1755;
st1755:
	if ( ++p == pe )
		goto _test_eof1755;
case 1755:
	if ( (*p) == 13u )
		goto st1756;
	goto st0;
st1756:
	if ( ++p == pe )
		goto _test_eof1756;
case 1756:
	if ( (*p) == 10u )
		goto tr2211;
	goto st0;
tr2211:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1757;
st1757:
	if ( ++p == pe )
		goto _test_eof1757;
case 1757:
	switch( (*p) ) {
		case 32u: goto tr2212;
		case 41u: goto tr2166;
	}
	goto st0;
st1758:
	if ( ++p == pe )
		goto _test_eof1758;
case 1758:
	switch( (*p) ) {
		case 34u: goto st1675;
		case 92u: goto st1675;
	}
	goto st0;
tr2106:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1759;
st1759:
	if ( ++p == pe )
		goto _test_eof1759;
case 1759:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2213;
	goto st0;
tr2213:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1760;
st1760:
	if ( ++p == pe )
		goto _test_eof1760;
case 1760:
	if ( (*p) == 125u )
		goto tr2215;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1760;
	goto st0;
tr2215:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1761;
st1761:
	if ( ++p == pe )
		goto _test_eof1761;
case 1761:
	if ( (*p) == 13u )
		goto st1762;
	goto st0;
st1762:
	if ( ++p == pe )
		goto _test_eof1762;
case 1762:
	if ( (*p) == 10u )
		goto tr2217;
	goto st0;
tr2217:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1763;
st1763:
	if ( ++p == pe )
		goto _test_eof1763;
case 1763:
	if ( (*p) == 32u )
		goto tr2218;
	goto st0;
st1764:
	if ( ++p == pe )
		goto _test_eof1764;
case 1764:
	switch( (*p) ) {
		case 34u: goto st1672;
		case 92u: goto st1672;
	}
	goto st0;
st1765:
	if ( ++p == pe )
		goto _test_eof1765;
case 1765:
	switch( (*p) ) {
		case 73u: goto st1766;
		case 105u: goto st1766;
	}
	goto st0;
st1766:
	if ( ++p == pe )
		goto _test_eof1766;
case 1766:
	switch( (*p) ) {
		case 76u: goto st1673;
		case 108u: goto st1673;
	}
	goto st0;
tr2101:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1767;
st1767:
	if ( ++p == pe )
		goto _test_eof1767;
case 1767:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2220;
	goto st0;
tr2220:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1768;
st1768:
	if ( ++p == pe )
		goto _test_eof1768;
case 1768:
	if ( (*p) == 125u )
		goto tr2222;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1768;
	goto st0;
tr2222:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1769;
st1769:
	if ( ++p == pe )
		goto _test_eof1769;
case 1769:
	if ( (*p) == 13u )
		goto st1770;
	goto st0;
st1770:
	if ( ++p == pe )
		goto _test_eof1770;
case 1770:
	if ( (*p) == 10u )
		goto tr2224;
	goto st0;
tr2224:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1771;
st1771:
	if ( ++p == pe )
		goto _test_eof1771;
case 1771:
	if ( (*p) == 32u )
		goto tr2225;
	goto st0;
st1772:
	if ( ++p == pe )
		goto _test_eof1772;
case 1772:
	switch( (*p) ) {
		case 34u: goto st1669;
		case 92u: goto st1669;
	}
	goto st0;
st1773:
	if ( ++p == pe )
		goto _test_eof1773;
case 1773:
	switch( (*p) ) {
		case 73u: goto st1774;
		case 105u: goto st1774;
	}
	goto st0;
st1774:
	if ( ++p == pe )
		goto _test_eof1774;
case 1774:
	switch( (*p) ) {
		case 76u: goto st1670;
		case 108u: goto st1670;
	}
	goto st0;
tr2095:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1775;
st1775:
	if ( ++p == pe )
		goto _test_eof1775;
case 1775:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2227;
	goto st0;
tr2227:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1776;
st1776:
	if ( ++p == pe )
		goto _test_eof1776;
case 1776:
	if ( (*p) == 125u )
		goto tr2229;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1776;
	goto st0;
tr2229:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1777;
st1777:
	if ( ++p == pe )
		goto _test_eof1777;
case 1777:
	if ( (*p) == 13u )
		goto st1778;
	goto st0;
st1778:
	if ( ++p == pe )
		goto _test_eof1778;
case 1778:
	if ( (*p) == 10u )
		goto tr2231;
	goto st0;
tr2231:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1779;
st1779:
	if ( ++p == pe )
		goto _test_eof1779;
case 1779:
	if ( (*p) == 32u )
		goto tr2232;
	goto st0;
st1780:
	if ( ++p == pe )
		goto _test_eof1780;
case 1780:
	switch( (*p) ) {
		case 34u: goto st1665;
		case 92u: goto st1665;
	}
	goto st0;
tr2088:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1781;
st1781:
	if ( ++p == pe )
		goto _test_eof1781;
case 1781:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2233;
	goto st0;
tr2233:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1782;
st1782:
	if ( ++p == pe )
		goto _test_eof1782;
case 1782:
	if ( (*p) == 125u )
		goto tr2235;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1782;
	goto st0;
tr2235:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1783;
st1783:
	if ( ++p == pe )
		goto _test_eof1783;
case 1783:
	if ( (*p) == 13u )
		goto st1784;
	goto st0;
st1784:
	if ( ++p == pe )
		goto _test_eof1784;
case 1784:
	if ( (*p) == 10u )
		goto tr2237;
	goto st0;
tr2237:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1785;
st1785:
	if ( ++p == pe )
		goto _test_eof1785;
case 1785:
	switch( (*p) ) {
		case 32u: goto tr2238;
		case 41u: goto tr2239;
	}
	goto st0;
st1786:
	if ( ++p == pe )
		goto _test_eof1786;
case 1786:
	switch( (*p) ) {
		case 34u: goto st1662;
		case 92u: goto st1662;
	}
	goto st0;
tr2083:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1787;
st1787:
	if ( ++p == pe )
		goto _test_eof1787;
case 1787:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2240;
	goto st0;
tr2240:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1788;
st1788:
	if ( ++p == pe )
		goto _test_eof1788;
case 1788:
	if ( (*p) == 125u )
		goto tr2242;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1788;
	goto st0;
tr2242:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1789;
st1789:
	if ( ++p == pe )
		goto _test_eof1789;
case 1789:
	if ( (*p) == 13u )
		goto st1790;
	goto st0;
st1790:
	if ( ++p == pe )
		goto _test_eof1790;
case 1790:
	if ( (*p) == 10u )
		goto tr2244;
	goto st0;
tr2244:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1791;
st1791:
	if ( ++p == pe )
		goto _test_eof1791;
case 1791:
	if ( (*p) == 32u )
		goto tr2245;
	goto st0;
st1792:
	if ( ++p == pe )
		goto _test_eof1792;
case 1792:
	switch( (*p) ) {
		case 73u: goto st1793;
		case 105u: goto st1793;
	}
	goto st0;
st1793:
	if ( ++p == pe )
		goto _test_eof1793;
case 1793:
	switch( (*p) ) {
		case 76u: goto st1667;
		case 108u: goto st1667;
	}
	goto st0;
st1794:
	if ( ++p == pe )
		goto _test_eof1794;
case 1794:
	switch( (*p) ) {
		case 34u: goto st1658;
		case 92u: goto st1658;
	}
	goto st0;
tr2076:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1795;
st1795:
	if ( ++p == pe )
		goto _test_eof1795;
case 1795:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2247;
	goto st0;
tr2247:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1796;
st1796:
	if ( ++p == pe )
		goto _test_eof1796;
case 1796:
	if ( (*p) == 125u )
		goto tr2249;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1796;
	goto st0;
tr2249:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1797;
st1797:
	if ( ++p == pe )
		goto _test_eof1797;
case 1797:
	if ( (*p) == 13u )
		goto st1798;
	goto st0;
st1798:
	if ( ++p == pe )
		goto _test_eof1798;
case 1798:
	if ( (*p) == 10u )
		goto tr2251;
	goto st0;
tr2251:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1799;
st1799:
	if ( ++p == pe )
		goto _test_eof1799;
case 1799:
	if ( (*p) == 32u )
		goto tr2252;
	goto st0;
st1800:
	if ( ++p == pe )
		goto _test_eof1800;
case 1800:
	switch( (*p) ) {
		case 34u: goto st1655;
		case 92u: goto st1655;
	}
	goto st0;
st1801:
	if ( ++p == pe )
		goto _test_eof1801;
case 1801:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1656;
		case 69u: goto st1802;
		case 92u: goto st1800;
		case 101u: goto st1802;
	}
	goto st1655;
st1802:
	if ( ++p == pe )
		goto _test_eof1802;
case 1802:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1656;
		case 83u: goto st1803;
		case 92u: goto st1800;
		case 115u: goto st1803;
	}
	goto st1655;
st1803:
	if ( ++p == pe )
		goto _test_eof1803;
case 1803:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1656;
		case 83u: goto st1804;
		case 92u: goto st1800;
		case 115u: goto st1804;
	}
	goto st1655;
st1804:
	if ( ++p == pe )
		goto _test_eof1804;
case 1804:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1656;
		case 65u: goto st1805;
		case 92u: goto st1800;
		case 97u: goto st1805;
	}
	goto st1655;
st1805:
	if ( ++p == pe )
		goto _test_eof1805;
case 1805:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1656;
		case 71u: goto st1806;
		case 92u: goto st1800;
		case 103u: goto st1806;
	}
	goto st1655;
st1806:
	if ( ++p == pe )
		goto _test_eof1806;
case 1806:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1656;
		case 69u: goto st1807;
		case 92u: goto st1800;
		case 101u: goto st1807;
	}
	goto st1655;
st1807:
	if ( ++p == pe )
		goto _test_eof1807;
case 1807:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1808;
		case 92u: goto st1800;
	}
	goto st1655;
st1808:
	if ( ++p == pe )
		goto _test_eof1808;
case 1808:
	if ( (*p) == 32u )
		goto st1809;
	goto st0;
st1809:
	if ( ++p == pe )
		goto _test_eof1809;
case 1809:
	switch( (*p) ) {
		case 34u: goto st1810;
		case 123u: goto tr2076;
	}
	goto st0;
st1810:
	if ( ++p == pe )
		goto _test_eof1810;
case 1810:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1659;
		case 82u: goto st1811;
		case 92u: goto st1794;
		case 114u: goto st1811;
	}
	goto st1658;
st1811:
	if ( ++p == pe )
		goto _test_eof1811;
case 1811:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1659;
		case 70u: goto st1812;
		case 92u: goto st1794;
		case 102u: goto st1812;
	}
	goto st1658;
st1812:
	if ( ++p == pe )
		goto _test_eof1812;
case 1812:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1659;
		case 67u: goto st1813;
		case 92u: goto st1794;
		case 99u: goto st1813;
	}
	goto st1658;
st1813:
	if ( ++p == pe )
		goto _test_eof1813;
case 1813:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1659;
		case 56u: goto st1814;
		case 92u: goto st1794;
	}
	goto st1658;
st1814:
	if ( ++p == pe )
		goto _test_eof1814;
case 1814:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1659;
		case 50u: goto st1815;
		case 92u: goto st1794;
	}
	goto st1658;
st1815:
	if ( ++p == pe )
		goto _test_eof1815;
case 1815:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1659;
		case 50u: goto st1816;
		case 92u: goto st1794;
	}
	goto st1658;
st1816:
	if ( ++p == pe )
		goto _test_eof1816;
case 1816:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1817;
		case 92u: goto st1794;
	}
	goto st1658;
st1817:
	if ( ++p == pe )
		goto _test_eof1817;
case 1817:
	if ( (*p) == 32u )
		goto st1818;
	goto st0;
st1818:
	if ( ++p == pe )
		goto _test_eof1818;
case 1818:
	switch( (*p) ) {
		case 40u: goto st1819;
		case 78u: goto st2218;
		case 110u: goto st2218;
	}
	goto st0;
tr2731:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1819;
st1819:
	if ( ++p == pe )
		goto _test_eof1819;
case 1819:
	switch( (*p) ) {
		case 34u: goto st1820;
		case 123u: goto tr2273;
	}
	goto st0;
st1820:
	if ( ++p == pe )
		goto _test_eof1820;
case 1820:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1821;
		case 92u: goto st2212;
	}
	goto st1820;
st1821:
	if ( ++p == pe )
		goto _test_eof1821;
case 1821:
	if ( (*p) == 32u )
		goto st1822;
	goto st0;
tr2738:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1822;
st1822:
	if ( ++p == pe )
		goto _test_eof1822;
case 1822:
	switch( (*p) ) {
		case 34u: goto st1823;
		case 123u: goto tr2278;
	}
	goto st0;
st1823:
	if ( ++p == pe )
		goto _test_eof1823;
case 1823:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1824;
		case 92u: goto st2206;
	}
	goto st1823;
st1824:
	if ( ++p == pe )
		goto _test_eof1824;
case 1824:
	switch( (*p) ) {
		case 32u: goto st1819;
		case 41u: goto st1825;
	}
	goto st0;
tr2732:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1825;
st1825:
	if ( ++p == pe )
		goto _test_eof1825;
case 1825:
	if ( (*p) == 32u )
		goto st1826;
	goto st0;
st1826:
	if ( ++p == pe )
		goto _test_eof1826;
case 1826:
	switch( (*p) ) {
		case 34u: goto st1827;
		case 78u: goto st2199;
		case 110u: goto st2199;
		case 123u: goto tr2285;
	}
	goto st0;
st1827:
	if ( ++p == pe )
		goto _test_eof1827;
case 1827:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1828;
		case 92u: goto st2198;
	}
	goto st1827;
st1828:
	if ( ++p == pe )
		goto _test_eof1828;
case 1828:
	if ( (*p) == 32u )
		goto st1829;
	goto st0;
tr2725:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1829;
st1829:
	if ( ++p == pe )
		goto _test_eof1829;
case 1829:
	switch( (*p) ) {
		case 34u: goto st1830;
		case 78u: goto st2191;
		case 110u: goto st2191;
		case 123u: goto tr2291;
	}
	goto st0;
st1830:
	if ( ++p == pe )
		goto _test_eof1830;
case 1830:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1831;
		case 92u: goto st2190;
	}
	goto st1830;
st1831:
	if ( ++p == pe )
		goto _test_eof1831;
case 1831:
	if ( (*p) == 32u )
		goto st1832;
	goto st0;
tr2718:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1832;
st1832:
	if ( ++p == pe )
		goto _test_eof1832;
case 1832:
	switch( (*p) ) {
		case 34u: goto st1833;
		case 123u: goto tr2296;
	}
	goto st0;
st1833:
	if ( ++p == pe )
		goto _test_eof1833;
case 1833:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1834;
		case 92u: goto st2184;
	}
	goto st1833;
st1834:
	if ( ++p == pe )
		goto _test_eof1834;
case 1834:
	if ( (*p) == 32u )
		goto st1835;
	goto st0;
tr2711:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1835;
st1835:
	if ( ++p == pe )
		goto _test_eof1835;
case 1835:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2300;
	goto st0;
tr2300:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1836;
st1836:
	if ( ++p == pe )
		goto _test_eof1836;
case 1836:
	switch( (*p) ) {
		case 32u: goto tr2301;
		case 41u: goto tr2112;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1836;
	goto st0;
tr2301:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1837;
st1837:
	if ( ++p == pe )
		goto _test_eof1837;
case 1837:
	switch( (*p) ) {
		case 34u: goto st1680;
		case 40u: goto tr2303;
		case 78u: goto st1751;
		case 110u: goto st1751;
		case 123u: goto tr2116;
	}
	goto st0;
tr2303:
	{ IMW_EV_OPEN(IMW_RULE_ENVELOPE); }
	goto st1838;
st1838:
	if ( ++p == pe )
		goto _test_eof1838;
case 1838:
	switch( (*p) ) {
		case 34u: goto st1839;
		case 78u: goto st2177;
		case 110u: goto st2177;
		case 123u: goto tr2306;
	}
	goto st0;
st1839:
	if ( ++p == pe )
		goto _test_eof1839;
case 1839:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1840;
		case 92u: goto st2176;
	}
	goto st1839;
st1840:
	if ( ++p == pe )
		goto _test_eof1840;
case 1840:
	if ( (*p) == 32u )
		goto st1841;
	goto st0;
tr2705:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1841;
st1841:
	if ( ++p == pe )
		goto _test_eof1841;
case 1841:
	switch( (*p) ) {
		case 34u: goto st1842;
		case 78u: goto st2169;
		case 110u: goto st2169;
		case 123u: goto tr2312;
	}
	goto st0;
st1842:
	if ( ++p == pe )
		goto _test_eof1842;
case 1842:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1843;
		case 92u: goto st2168;
	}
	goto st1842;
st1843:
	if ( ++p == pe )
		goto _test_eof1843;
case 1843:
	if ( (*p) == 32u )
		goto st1844;
	goto st0;
tr2698:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1844;
st1844:
	if ( ++p == pe )
		goto _test_eof1844;
case 1844:
	switch( (*p) ) {
		case 40u: goto st1845;
		case 78u: goto st2166;
		case 110u: goto st2166;
	}
	goto st0;
st1845:
	if ( ++p == pe )
		goto _test_eof1845;
case 1845:
	if ( (*p) == 40u )
		goto st1846;
	goto st0;
st1846:
	if ( ++p == pe )
		goto _test_eof1846;
case 1846:
	switch( (*p) ) {
		case 34u: goto st1847;
		case 78u: goto st2159;
		case 110u: goto st2159;
		case 123u: goto tr2321;
	}
	goto st0;
st1847:
	if ( ++p == pe )
		goto _test_eof1847;
case 1847:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1848;
		case 92u: goto st2158;
	}
	goto st1847;
st1848:
	if ( ++p == pe )
		goto _test_eof1848;
case 1848:
	if ( (*p) == 32u )
		goto st1849;
	goto st0;
tr2690:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1849;
st1849:
	if ( ++p == pe )
		goto _test_eof1849;
case 1849:
	switch( (*p) ) {
		case 34u: goto st1850;
		case 78u: goto st2151;
		case 110u: goto st2151;
		case 123u: goto tr2327;
	}
	goto st0;
st1850:
	if ( ++p == pe )
		goto _test_eof1850;
case 1850:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1851;
		case 92u: goto st2150;
	}
	goto st1850;
st1851:
	if ( ++p == pe )
		goto _test_eof1851;
case 1851:
	if ( (*p) == 32u )
		goto st1852;
	goto st0;
tr2683:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1852;
st1852:
	if ( ++p == pe )
		goto _test_eof1852;
case 1852:
	switch( (*p) ) {
		case 34u: goto st1853;
		case 78u: goto st2143;
		case 110u: goto st2143;
		case 123u: goto tr2333;
	}
	goto st0;
st1853:
	if ( ++p == pe )
		goto _test_eof1853;
case 1853:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1854;
		case 92u: goto st2142;
	}
	goto st1853;
st1854:
	if ( ++p == pe )
		goto _test_eof1854;
case 1854:
	if ( (*p) == 32u )
		goto st1855;
	goto st0;
tr2676:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1855;
st1855:
	if ( ++p == pe )
		goto _test_eof1855;
case 1855:
	switch( (*p) ) {
		case 34u: goto st1856;
		case 78u: goto st2135;
		case 110u: goto st2135;
		case 123u: goto tr2339;
	}
	goto st0;
st1856:
	if ( ++p == pe )
		goto _test_eof1856;
case 1856:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1857;
		case 92u: goto st2134;
	}
	goto st1856;
st1857:
	if ( ++p == pe )
		goto _test_eof1857;
case 1857:
	if ( (*p) == 41u )
		goto st1858;
	goto st0;
tr2669:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1858;
st1858:
	if ( ++p == pe )
		goto _test_eof1858;
case 1858:
	switch( (*p) ) {
		case 40u: goto st1846;
		case 41u: goto st1859;
	}
	goto st0;
st1859:
	if ( ++p == pe )
		goto _test_eof1859;
case 1859:
	if ( (*p) == 32u )
		goto st1860;
	goto st0;
st1860:
	if ( ++p == pe )
		goto _test_eof1860;
case 1860:
	switch( (*p) ) {
		case 40u: goto st1861;
		case 78u: goto st2132;
		case 110u: goto st2132;
	}
	goto st0;
st1861:
	if ( ++p == pe )
		goto _test_eof1861;
case 1861:
	if ( (*p) == 40u )
		goto st1862;
	goto st0;
st1862:
	if ( ++p == pe )
		goto _test_eof1862;
case 1862:
	switch( (*p) ) {
		case 34u: goto st1863;
		case 78u: goto st2125;
		case 110u: goto st2125;
		case 123u: goto tr2350;
	}
	goto st0;
st1863:
	if ( ++p == pe )
		goto _test_eof1863;
case 1863:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1864;
		case 92u: goto st2124;
	}
	goto st1863;
st1864:
	if ( ++p == pe )
		goto _test_eof1864;
case 1864:
	if ( (*p) == 32u )
		goto st1865;
	goto st0;
tr2661:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1865;
st1865:
	if ( ++p == pe )
		goto _test_eof1865;
case 1865:
	switch( (*p) ) {
		case 34u: goto st1866;
		case 78u: goto st2117;
		case 110u: goto st2117;
		case 123u: goto tr2356;
	}
	goto st0;
st1866:
	if ( ++p == pe )
		goto _test_eof1866;
case 1866:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1867;
		case 92u: goto st2116;
	}
	goto st1866;
st1867:
	if ( ++p == pe )
		goto _test_eof1867;
case 1867:
	if ( (*p) == 32u )
		goto st1868;
	goto st0;
tr2654:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1868;
st1868:
	if ( ++p == pe )
		goto _test_eof1868;
case 1868:
	switch( (*p) ) {
		case 34u: goto st1869;
		case 78u: goto st2109;
		case 110u: goto st2109;
		case 123u: goto tr2362;
	}
	goto st0;
st1869:
	if ( ++p == pe )
		goto _test_eof1869;
case 1869:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1870;
		case 92u: goto st2108;
	}
	goto st1869;
st1870:
	if ( ++p == pe )
		goto _test_eof1870;
case 1870:
	if ( (*p) == 32u )
		goto st1871;
	goto st0;
tr2647:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1871;
st1871:
	if ( ++p == pe )
		goto _test_eof1871;
case 1871:
	switch( (*p) ) {
		case 34u: goto st1872;
		case 78u: goto st2101;
		case 110u: goto st2101;
		case 123u: goto tr2368;
	}
	goto st0;
st1872:
	if ( ++p == pe )
		goto _test_eof1872;
case 1872:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1873;
		case 92u: goto st2100;
	}
	goto st1872;
st1873:
	if ( ++p == pe )
		goto _test_eof1873;
case 1873:
	if ( (*p) == 41u )
		goto st1874;
	goto st0;
tr2640:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1874;
st1874:
	if ( ++p == pe )
		goto _test_eof1874;
case 1874:
	switch( (*p) ) {
		case 40u: goto st1862;
		case 41u: goto st1875;
	}
	goto st0;
st1875:
	if ( ++p == pe )
		goto _test_eof1875;
case 1875:
	if ( (*p) == 32u )
		goto st1876;
	goto st0;
st1876:
	if ( ++p == pe )
		goto _test_eof1876;
case 1876:
	switch( (*p) ) {
		case 40u: goto st1877;
		case 78u: goto st2098;
		case 110u: goto st2098;
	}
	goto st0;
st1877:
	if ( ++p == pe )
		goto _test_eof1877;
case 1877:
	if ( (*p) == 40u )
		goto st1878;
	goto st0;
st1878:
	if ( ++p == pe )
		goto _test_eof1878;
case 1878:
	switch( (*p) ) {
		case 34u: goto st1879;
		case 78u: goto st2091;
		case 110u: goto st2091;
		case 123u: goto tr2379;
	}
	goto st0;
st1879:
	if ( ++p == pe )
		goto _test_eof1879;
case 1879:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1880;
		case 92u: goto st2090;
	}
	goto st1879;
st1880:
	if ( ++p == pe )
		goto _test_eof1880;
case 1880:
	if ( (*p) == 32u )
		goto st1881;
	goto st0;
tr2632:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1881;
st1881:
	if ( ++p == pe )
		goto _test_eof1881;
case 1881:
	switch( (*p) ) {
		case 34u: goto st1882;
		case 78u: goto st2083;
		case 110u: goto st2083;
		case 123u: goto tr2385;
	}
	goto st0;
st1882:
	if ( ++p == pe )
		goto _test_eof1882;
case 1882:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1883;
		case 92u: goto st2082;
	}
	goto st1882;
st1883:
	if ( ++p == pe )
		goto _test_eof1883;
case 1883:
	if ( (*p) == 32u )
		goto st1884;
	goto st0;
tr2625:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1884;
st1884:
	if ( ++p == pe )
		goto _test_eof1884;
case 1884:
	switch( (*p) ) {
		case 34u: goto st1885;
		case 78u: goto st2075;
		case 110u: goto st2075;
		case 123u: goto tr2391;
	}
	goto st0;
st1885:
	if ( ++p == pe )
		goto _test_eof1885;
case 1885:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1886;
		case 92u: goto st2074;
	}
	goto st1885;
st1886:
	if ( ++p == pe )
		goto _test_eof1886;
case 1886:
	if ( (*p) == 32u )
		goto st1887;
	goto st0;
tr2618:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1887;
st1887:
	if ( ++p == pe )
		goto _test_eof1887;
case 1887:
	switch( (*p) ) {
		case 34u: goto st1888;
		case 78u: goto st2067;
		case 110u: goto st2067;
		case 123u: goto tr2397;
	}
	goto st0;
st1888:
	if ( ++p == pe )
		goto _test_eof1888;
case 1888:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1889;
		case 92u: goto st2066;
	}
	goto st1888;
st1889:
	if ( ++p == pe )
		goto _test_eof1889;
case 1889:
	if ( (*p) == 41u )
		goto st1890;
	goto st0;
tr2611:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1890;
st1890:
	if ( ++p == pe )
		goto _test_eof1890;
case 1890:
	switch( (*p) ) {
		case 40u: goto st1878;
		case 41u: goto st1891;
	}
	goto st0;
st1891:
	if ( ++p == pe )
		goto _test_eof1891;
case 1891:
	if ( (*p) == 32u )
		goto st1892;
	goto st0;
st1892:
	if ( ++p == pe )
		goto _test_eof1892;
case 1892:
	switch( (*p) ) {
		case 40u: goto st1893;
		case 78u: goto st2064;
		case 110u: goto st2064;
	}
	goto st0;
st1893:
	if ( ++p == pe )
		goto _test_eof1893;
case 1893:
	if ( (*p) == 40u )
		goto st1894;
	goto st0;
st1894:
	if ( ++p == pe )
		goto _test_eof1894;
case 1894:
	switch( (*p) ) {
		case 34u: goto st1895;
		case 78u: goto st2057;
		case 110u: goto st2057;
		case 123u: goto tr2408;
	}
	goto st0;
st1895:
	if ( ++p == pe )
		goto _test_eof1895;
case 1895:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1896;
		case 92u: goto st2056;
	}
	goto st1895;
st1896:
	if ( ++p == pe )
		goto _test_eof1896;
case 1896:
	if ( (*p) == 32u )
		goto st1897;
	goto st0;
tr2603:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1897;
st1897:
	if ( ++p == pe )
		goto _test_eof1897;
case 1897:
	switch( (*p) ) {
		case 34u: goto st1898;
		case 78u: goto st2049;
		case 110u: goto st2049;
		case 123u: goto tr2414;
	}
	goto st0;
st1898:
	if ( ++p == pe )
		goto _test_eof1898;
case 1898:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1899;
		case 92u: goto st2048;
	}
	goto st1898;
st1899:
	if ( ++p == pe )
		goto _test_eof1899;
case 1899:
	if ( (*p) == 32u )
		goto st1900;
	goto st0;
tr2596:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1900;
st1900:
	if ( ++p == pe )
		goto _test_eof1900;
case 1900:
	switch( (*p) ) {
		case 34u: goto st1901;
		case 78u: goto st2041;
		case 110u: goto st2041;
		case 123u: goto tr2420;
	}
	goto st0;
st1901:
	if ( ++p == pe )
		goto _test_eof1901;
case 1901:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1902;
		case 92u: goto st2040;
	}
	goto st1901;
st1902:
	if ( ++p == pe )
		goto _test_eof1902;
case 1902:
	if ( (*p) == 32u )
		goto st1903;
	goto st0;
tr2589:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1903;
st1903:
	if ( ++p == pe )
		goto _test_eof1903;
case 1903:
	switch( (*p) ) {
		case 34u: goto st1904;
		case 78u: goto st2033;
		case 110u: goto st2033;
		case 123u: goto tr2426;
	}
	goto st0;
st1904:
	if ( ++p == pe )
		goto _test_eof1904;
case 1904:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1905;
		case 92u: goto st2032;
	}
	goto st1904;
st1905:
	if ( ++p == pe )
		goto _test_eof1905;
case 1905:
	if ( (*p) == 41u )
		goto st1906;
	goto st0;
tr2582:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1906;
st1906:
	if ( ++p == pe )
		goto _test_eof1906;
case 1906:
	switch( (*p) ) {
		case 40u: goto st1894;
		case 41u: goto st1907;
	}
	goto st0;
st1907:
	if ( ++p == pe )
		goto _test_eof1907;
case 1907:
	if ( (*p) == 32u )
		goto st1908;
	goto st0;
st1908:
	if ( ++p == pe )
		goto _test_eof1908;
case 1908:
	switch( (*p) ) {
		case 40u: goto st1909;
		case 78u: goto st2030;
		case 110u: goto st2030;
	}
	goto st0;
st1909:
	if ( ++p == pe )
		goto _test_eof1909;
case 1909:
	if ( (*p) == 40u )
		goto st1910;
	goto st0;
st1910:
	if ( ++p == pe )
		goto _test_eof1910;
case 1910:
	switch( (*p) ) {
		case 34u: goto st1911;
		case 78u: goto st2023;
		case 110u: goto st2023;
		case 123u: goto tr2437;
	}
	goto st0;
st1911:
	if ( ++p == pe )
		goto _test_eof1911;
case 1911:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1912;
		case 92u: goto st2022;
	}
	goto st1911;
st1912:
	if ( ++p == pe )
		goto _test_eof1912;
case 1912:
	if ( (*p) == 32u )
		goto st1913;
	goto st0;
tr2574:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1913;
st1913:
	if ( ++p == pe )
		goto _test_eof1913;
case 1913:
	switch( (*p) ) {
		case 34u: goto st1914;
		case 78u: goto st2015;
		case 110u: goto st2015;
		case 123u: goto tr2443;
	}
	goto st0;
st1914:
	if ( ++p == pe )
		goto _test_eof1914;
case 1914:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1915;
		case 92u: goto st2014;
	}
	goto st1914;
st1915:
	if ( ++p == pe )
		goto _test_eof1915;
case 1915:
	if ( (*p) == 32u )
		goto st1916;
	goto st0;
tr2567:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1916;
st1916:
	if ( ++p == pe )
		goto _test_eof1916;
case 1916:
	switch( (*p) ) {
		case 34u: goto st1917;
		case 78u: goto st2007;
		case 110u: goto st2007;
		case 123u: goto tr2449;
	}
	goto st0;
st1917:
	if ( ++p == pe )
		goto _test_eof1917;
case 1917:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1918;
		case 92u: goto st2006;
	}
	goto st1917;
st1918:
	if ( ++p == pe )
		goto _test_eof1918;
case 1918:
	if ( (*p) == 32u )
		goto st1919;
	goto st0;
tr2560:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1919;
st1919:
	if ( ++p == pe )
		goto _test_eof1919;
case 1919:
	switch( (*p) ) {
		case 34u: goto st1920;
		case 78u: goto st1999;
		case 110u: goto st1999;
		case 123u: goto tr2455;
	}
	goto st0;
st1920:
	if ( ++p == pe )
		goto _test_eof1920;
case 1920:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1921;
		case 92u: goto st1998;
	}
	goto st1920;
st1921:
	if ( ++p == pe )
		goto _test_eof1921;
case 1921:
	if ( (*p) == 41u )
		goto st1922;
	goto st0;
tr2553:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1922;
st1922:
	if ( ++p == pe )
		goto _test_eof1922;
case 1922:
	switch( (*p) ) {
		case 40u: goto st1910;
		case 41u: goto st1923;
	}
	goto st0;
st1923:
	if ( ++p == pe )
		goto _test_eof1923;
case 1923:
	if ( (*p) == 32u )
		goto st1924;
	goto st0;
st1924:
	if ( ++p == pe )
		goto _test_eof1924;
case 1924:
	switch( (*p) ) {
		case 40u: goto st1925;
		case 78u: goto st1996;
		case 110u: goto st1996;
	}
	goto st0;
st1925:
	if ( ++p == pe )
		goto _test_eof1925;
case 1925:
	if ( (*p) == 40u )
		goto st1926;
	goto st0;
st1926:
	if ( ++p == pe )
		goto _test_eof1926;
case 1926:
	switch( (*p) ) {
		case 34u: goto st1927;
		case 78u: goto st1989;
		case 110u: goto st1989;
		case 123u: goto tr2466;
	}
	goto st0;
st1927:
	if ( ++p == pe )
		goto _test_eof1927;
case 1927:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1928;
		case 92u: goto st1988;
	}
	goto st1927;
st1928:
	if ( ++p == pe )
		goto _test_eof1928;
case 1928:
	if ( (*p) == 32u )
		goto st1929;
	goto st0;
tr2545:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1929;
st1929:
	if ( ++p == pe )
		goto _test_eof1929;
case 1929:
	switch( (*p) ) {
		case 34u: goto st1930;
		case 78u: goto st1981;
		case 110u: goto st1981;
		case 123u: goto tr2472;
	}
	goto st0;
st1930:
	if ( ++p == pe )
		goto _test_eof1930;
case 1930:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1931;
		case 92u: goto st1980;
	}
	goto st1930;
st1931:
	if ( ++p == pe )
		goto _test_eof1931;
case 1931:
	if ( (*p) == 32u )
		goto st1932;
	goto st0;
tr2538:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1932;
st1932:
	if ( ++p == pe )
		goto _test_eof1932;
case 1932:
	switch( (*p) ) {
		case 34u: goto st1933;
		case 78u: goto st1973;
		case 110u: goto st1973;
		case 123u: goto tr2478;
	}
	goto st0;
st1933:
	if ( ++p == pe )
		goto _test_eof1933;
case 1933:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1934;
		case 92u: goto st1972;
	}
	goto st1933;
st1934:
	if ( ++p == pe )
		goto _test_eof1934;
case 1934:
	if ( (*p) == 32u )
		goto st1935;
	goto st0;
tr2531:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1935;
st1935:
	if ( ++p == pe )
		goto _test_eof1935;
case 1935:
	switch( (*p) ) {
		case 34u: goto st1936;
		case 78u: goto st1965;
		case 110u: goto st1965;
		case 123u: goto tr2484;
	}
	goto st0;
st1936:
	if ( ++p == pe )
		goto _test_eof1936;
case 1936:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1937;
		case 92u: goto st1964;
	}
	goto st1936;
st1937:
	if ( ++p == pe )
		goto _test_eof1937;
case 1937:
	if ( (*p) == 41u )
		goto st1938;
	goto st0;
tr2524:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1938;
st1938:
	if ( ++p == pe )
		goto _test_eof1938;
case 1938:
	switch( (*p) ) {
		case 40u: goto st1926;
		case 41u: goto st1939;
	}
	goto st0;
st1939:
	if ( ++p == pe )
		goto _test_eof1939;
case 1939:
	if ( (*p) == 32u )
		goto st1940;
	goto st0;
st1940:
	if ( ++p == pe )
		goto _test_eof1940;
case 1940:
	switch( (*p) ) {
		case 34u: goto st1941;
		case 78u: goto st1957;
		case 110u: goto st1957;
		case 123u: goto tr2492;
	}
	goto st0;
st1941:
	if ( ++p == pe )
		goto _test_eof1941;
case 1941:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1942;
		case 92u: goto st1956;
	}
	goto st1941;
st1942:
	if ( ++p == pe )
		goto _test_eof1942;
case 1942:
	if ( (*p) == 32u )
		goto st1943;
	goto st0;
tr2517:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1943;
st1943:
	if ( ++p == pe )
		goto _test_eof1943;
case 1943:
	switch( (*p) ) {
		case 34u: goto st1944;
		case 78u: goto st1949;
		case 110u: goto st1949;
		case 123u: goto tr2498;
	}
	goto st0;
st1944:
	if ( ++p == pe )
		goto _test_eof1944;
case 1944:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1945;
		case 92u: goto st1948;
	}
	goto st1944;
st1945:
	if ( ++p == pe )
		goto _test_eof1945;
case 1945:
	if ( (*p) == 41u )
		goto st1946;
	goto st0;
tr2510:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st1946;
st1946:
	if ( ++p == pe )
		goto _test_eof1946;
case 1946:
	if ( (*p) == 32u )
		goto tr2502;
	goto st0;
tr2502:
	{ IMW_EV_CLOSE(IMW_RULE_ENVELOPE); }
	goto st1947;
st1947:
	if ( ++p == pe )
		goto _test_eof1947;
case 1947:
	if ( (*p) == 40u )
		goto tr2503;
	goto st0;
st1948:
	if ( ++p == pe )
		goto _test_eof1948;
case 1948:
	switch( (*p) ) {
		case 34u: goto st1944;
		case 92u: goto st1944;
	}
	goto st0;
st1949:
	if ( ++p == pe )
		goto _test_eof1949;
case 1949:
	switch( (*p) ) {
		case 73u: goto st1950;
		case 105u: goto st1950;
	}
	goto st0;
st1950:
	if ( ++p == pe )
		goto _test_eof1950;
case 1950:
	switch( (*p) ) {
		case 76u: goto st1945;
		case 108u: goto st1945;
	}
	goto st0;
tr2498:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1951;
st1951:
	if ( ++p == pe )
		goto _test_eof1951;
case 1951:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2505;
	goto st0;
tr2505:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1952;
st1952:
	if ( ++p == pe )
		goto _test_eof1952;
case 1952:
	if ( (*p) == 125u )
		goto tr2507;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1952;
	goto st0;
tr2507:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1953;
st1953:
	if ( ++p == pe )
		goto _test_eof1953;
case 1953:
	if ( (*p) == 13u )
		goto st1954;
	goto st0;
st1954:
	if ( ++p == pe )
		goto _test_eof1954;
case 1954:
	if ( (*p) == 10u )
		goto tr2509;
	goto st0;
tr2509:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1955;
st1955:
	if ( ++p == pe )
		goto _test_eof1955;
case 1955:
	if ( (*p) == 41u )
		goto tr2510;
	goto st0;
st1956:
	if ( ++p == pe )
		goto _test_eof1956;
case 1956:
	switch( (*p) ) {
		case 34u: goto st1941;
		case 92u: goto st1941;
	}
	goto st0;
st1957:
	if ( ++p == pe )
		goto _test_eof1957;
case 1957:
	switch( (*p) ) {
		case 73u: goto st1958;
		case 105u: goto st1958;
	}
	goto st0;
st1958:
	if ( ++p == pe )
		goto _test_eof1958;
case 1958:
	switch( (*p) ) {
		case 76u: goto st1942;
		case 108u: goto st1942;
	}
	goto st0;
tr2492:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1959;
st1959:
	if ( ++p == pe )
		goto _test_eof1959;
case 1959:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2512;
	goto st0;
tr2512:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1960;
st1960:
	if ( ++p == pe )
		goto _test_eof1960;
case 1960:
	if ( (*p) == 125u )
		goto tr2514;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1960;
	goto st0;
tr2514:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1961;
st1961:
	if ( ++p == pe )
		goto _test_eof1961;
case 1961:
	if ( (*p) == 13u )
		goto st1962;
	goto st0;
st1962:
	if ( ++p == pe )
		goto _test_eof1962;
case 1962:
	if ( (*p) == 10u )
		goto tr2516;
	goto st0;
tr2516:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1963;
st1963:
	if ( ++p == pe )
		goto _test_eof1963;
case 1963:
	if ( (*p) == 32u )
		goto tr2517;
	goto st0;
st1964:
	if ( ++p == pe )
		goto _test_eof1964;
case 1964:
	switch( (*p) ) {
		case 34u: goto st1936;
		case 92u: goto st1936;
	}
	goto st0;
st1965:
	if ( ++p == pe )
		goto _test_eof1965;
case 1965:
	switch( (*p) ) {
		case 73u: goto st1966;
		case 105u: goto st1966;
	}
	goto st0;
st1966:
	if ( ++p == pe )
		goto _test_eof1966;
case 1966:
	switch( (*p) ) {
		case 76u: goto st1937;
		case 108u: goto st1937;
	}
	goto st0;
tr2484:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1967;
st1967:
	if ( ++p == pe )
		goto _test_eof1967;
case 1967:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2519;
	goto st0;
tr2519:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1968;
st1968:
	if ( ++p == pe )
		goto _test_eof1968;
case 1968:
	if ( (*p) == 125u )
		goto tr2521;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1968;
	goto st0;
tr2521:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1969;
st1969:
	if ( ++p == pe )
		goto _test_eof1969;
case 1969:
	if ( (*p) == 13u )
		goto st1970;
	goto st0;
st1970:
	if ( ++p == pe )
		goto _test_eof1970;
case 1970:
	if ( (*p) == 10u )
		goto tr2523;
	goto st0;
tr2523:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1971;
st1971:
	if ( ++p == pe )
		goto _test_eof1971;
case 1971:
	if ( (*p) == 41u )
		goto tr2524;
	goto st0;
st1972:
	if ( ++p == pe )
		goto _test_eof1972;
case 1972:
	switch( (*p) ) {
		case 34u: goto st1933;
		case 92u: goto st1933;
	}
	goto st0;
st1973:
	if ( ++p == pe )
		goto _test_eof1973;
case 1973:
	switch( (*p) ) {
		case 73u: goto st1974;
		case 105u: goto st1974;
	}
	goto st0;
st1974:
	if ( ++p == pe )
		goto _test_eof1974;
case 1974:
	switch( (*p) ) {
		case 76u: goto st1934;
		case 108u: goto st1934;
	}
	goto st0;
tr2478:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1975;
st1975:
	if ( ++p == pe )
		goto _test_eof1975;
case 1975:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2526;
	goto st0;
tr2526:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1976;
st1976:
	if ( ++p == pe )
		goto _test_eof1976;
case 1976:
	if ( (*p) == 125u )
		goto tr2528;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1976;
	goto st0;
tr2528:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1977;
st1977:
	if ( ++p == pe )
		goto _test_eof1977;
case 1977:
	if ( (*p) == 13u )
		goto st1978;
	goto st0;
st1978:
	if ( ++p == pe )
		goto _test_eof1978;
case 1978:
	if ( (*p) == 10u )
		goto tr2530;
	goto st0;
tr2530:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1979;
st1979:
	if ( ++p == pe )
		goto _test_eof1979;
case 1979:
	if ( (*p) == 32u )
		goto tr2531;
	goto st0;
st1980:
	if ( ++p == pe )
		goto _test_eof1980;
case 1980:
	switch( (*p) ) {
		case 34u: goto st1930;
		case 92u: goto st1930;
	}
	goto st0;
st1981:
	if ( ++p == pe )
		goto _test_eof1981;
case 1981:
	switch( (*p) ) {
		case 73u: goto st1982;
		case 105u: goto st1982;
	}
	goto st0;
st1982:
	if ( ++p == pe )
		goto _test_eof1982;
case 1982:
	switch( (*p) ) {
		case 76u: goto st1931;
		case 108u: goto st1931;
	}
	goto st0;
tr2472:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1983;
st1983:
	if ( ++p == pe )
		goto _test_eof1983;
case 1983:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2533;
	goto st0;
tr2533:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1984;
st1984:
	if ( ++p == pe )
		goto _test_eof1984;
case 1984:
	if ( (*p) == 125u )
		goto tr2535;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1984;
	goto st0;
tr2535:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1985;
st1985:
	if ( ++p == pe )
		goto _test_eof1985;
case 1985:
	if ( (*p) == 13u )
		goto st1986;
	goto st0;
st1986:
	if ( ++p == pe )
		goto _test_eof1986;
case 1986:
	if ( (*p) == 10u )
		goto tr2537;
	goto st0;
tr2537:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1987;
st1987:
	if ( ++p == pe )
		goto _test_eof1987;
case 1987:
	if ( (*p) == 32u )
		goto tr2538;
	goto st0;
st1988:
	if ( ++p == pe )
		goto _test_eof1988;
case 1988:
	switch( (*p) ) {
		case 34u: goto st1927;
		case 92u: goto st1927;
	}
	goto st0;
st1989:
	if ( ++p == pe )
		goto _test_eof1989;
case 1989:
	switch( (*p) ) {
		case 73u: goto st1990;
		case 105u: goto st1990;
	}
	goto st0;
st1990:
	if ( ++p == pe )
		goto _test_eof1990;
case 1990:
	switch( (*p) ) {
		case 76u: goto st1928;
		case 108u: goto st1928;
	}
	goto st0;
tr2466:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st1991;
st1991:
	if ( ++p == pe )
		goto _test_eof1991;
case 1991:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2540;
	goto st0;
tr2540:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st1992;
st1992:
	if ( ++p == pe )
		goto _test_eof1992;
case 1992:
	if ( (*p) == 125u )
		goto tr2542;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1992;
	goto st0;
tr2542:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st1993;
st1993:
	if ( ++p == pe )
		goto _test_eof1993;
case 1993:
	if ( (*p) == 13u )
		goto st1994;
	goto st0;
st1994:
	if ( ++p == pe )
		goto _test_eof1994;
case 1994:
	if ( (*p) == 10u )
		goto tr2544;
	goto st0;
tr2544:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st1995;
st1995:
	if ( ++p == pe )
		goto _test_eof1995;
case 1995:
	if ( (*p) == 32u )
		goto tr2545;
	goto st0;
st1996:
	if ( ++p == pe )
		goto _test_eof1996;
case 1996:
	switch( (*p) ) {
		case 73u: goto st1997;
		case 105u: goto st1997;
	}
	goto st0;
st1997:
	if ( ++p == pe )
		goto _test_eof1997;
case 1997:
	switch( (*p) ) {
		case 76u: goto st1939;
		case 108u: goto st1939;
	}
	goto st0;
st1998:
	if ( ++p == pe )
		goto _test_eof1998;
case 1998:
	switch( (*p) ) {
		case 34u: goto st1920;
		case 92u: goto st1920;
	}
	goto st0;
st1999:
	if ( ++p == pe )
		goto _test_eof1999;
case 1999:
	switch( (*p) ) {
		case 73u: goto st2000;
		case 105u: goto st2000;
	}
	goto st0;
st2000:
	if ( ++p == pe )
		goto _test_eof2000;
case 2000:
	switch( (*p) ) {
		case 76u: goto st1921;
		case 108u: goto st1921;
	}
	goto st0;
tr2455:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2001;
st2001:
	if ( ++p == pe )
		goto _test_eof2001;
case 2001:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2548;
	goto st0;
tr2548:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2002;
st2002:
	if ( ++p == pe )
		goto _test_eof2002;
case 2002:
	if ( (*p) == 125u )
		goto tr2550;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2002;
	goto st0;
tr2550:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2003;
st2003:
	if ( ++p == pe )
		goto _test_eof2003;
case 2003:
	if ( (*p) == 13u )
		goto st2004;
	goto st0;
st2004:
	if ( ++p == pe )
		goto _test_eof2004;
case 2004:
	if ( (*p) == 10u )
		goto tr2552;
	goto st0;
tr2552:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2005;
st2005:
	if ( ++p == pe )
		goto _test_eof2005;
case 2005:
	if ( (*p) == 41u )
		goto tr2553;
	goto st0;
st2006:
	if ( ++p == pe )
		goto _test_eof2006;
case 2006:
	switch( (*p) ) {
		case 34u: goto st1917;
		case 92u: goto st1917;
	}
	goto st0;
st2007:
	if ( ++p == pe )
		goto _test_eof2007;
case 2007:
	switch( (*p) ) {
		case 73u: goto st2008;
		case 105u: goto st2008;
	}
	goto st0;
st2008:
	if ( ++p == pe )
		goto _test_eof2008;
case 2008:
	switch( (*p) ) {
		case 76u: goto st1918;
		case 108u: goto st1918;
	}
	goto st0;
tr2449:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2009;
st2009:
	if ( ++p == pe )
		goto _test_eof2009;
case 2009:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2555;
	goto st0;
tr2555:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2010;
st2010:
	if ( ++p == pe )
		goto _test_eof2010;
case 2010:
	if ( (*p) == 125u )
		goto tr2557;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2010;
	goto st0;
tr2557:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2011;
st2011:
	if ( ++p == pe )
		goto _test_eof2011;
case 2011:
	if ( (*p) == 13u )
		goto st2012;
	goto st0;
st2012:
	if ( ++p == pe )
		goto _test_eof2012;
case 2012:
	if ( (*p) == 10u )
		goto tr2559;
	goto st0;
tr2559:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2013;
st2013:
	if ( ++p == pe )
		goto _test_eof2013;
case 2013:
	if ( (*p) == 32u )
		goto tr2560;
	goto st0;
st2014:
	if ( ++p == pe )
		goto _test_eof2014;
case 2014:
	switch( (*p) ) {
		case 34u: goto st1914;
		case 92u: goto st1914;
	}
	goto st0;
st2015:
	if ( ++p == pe )
		goto _test_eof2015;
case 2015:
	switch( (*p) ) {
		case 73u: goto st2016;
		case 105u: goto st2016;
	}
	goto st0;
st2016:
	if ( ++p == pe )
		goto _test_eof2016;
case 2016:
	switch( (*p) ) {
		case 76u: goto st1915;
		case 108u: goto st1915;
	}
	goto st0;
tr2443:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2017;
st2017:
	if ( ++p == pe )
		goto _test_eof2017;
case 2017:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2562;
	goto st0;
tr2562:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2018;
st2018:
	if ( ++p == pe )
		goto _test_eof2018;
case 2018:
	if ( (*p) == 125u )
		goto tr2564;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2018;
	goto st0;
tr2564:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2019;
st2019:
	if ( ++p == pe )
		goto _test_eof2019;
case 2019:
	if ( (*p) == 13u )
		goto st2020;
	goto st0;
st2020:
	if ( ++p == pe )
		goto _test_eof2020;
case 2020:
	if ( (*p) == 10u )
		goto tr2566;
	goto st0;
tr2566:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2021;
st2021:
	if ( ++p == pe )
		goto _test_eof2021;
case 2021:
	if ( (*p) == 32u )
		goto tr2567;
	goto st0;
st2022:
	if ( ++p == pe )
		goto _test_eof2022;
case 2022:
	switch( (*p) ) {
		case 34u: goto st1911;
		case 92u: goto st1911;
	}
	goto st0;
st2023:
	if ( ++p == pe )
		goto _test_eof2023;
case 2023:
	switch( (*p) ) {
		case 73u: goto st2024;
		case 105u: goto st2024;
	}
	goto st0;
st2024:
	if ( ++p == pe )
		goto _test_eof2024;
case 2024:
	switch( (*p) ) {
		case 76u: goto st1912;
		case 108u: goto st1912;
	}
	goto st0;
tr2437:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2025;
st2025:
	if ( ++p == pe )
		goto _test_eof2025;
case 2025:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2569;
	goto st0;
tr2569:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2026;
st2026:
	if ( ++p == pe )
		goto _test_eof2026;
case 2026:
	if ( (*p) == 125u )
		goto tr2571;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2026;
	goto st0;
tr2571:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2027;
st2027:
	if ( ++p == pe )
		goto _test_eof2027;
case 2027:
	if ( (*p) == 13u )
		goto st2028;
	goto st0;
st2028:
	if ( ++p == pe )
		goto _test_eof2028;
case 2028:
	if ( (*p) == 10u )
		goto tr2573;
	goto st0;
tr2573:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2029;
st2029:
	if ( ++p == pe )
		goto _test_eof2029;
case 2029:
	if ( (*p) == 32u )
		goto tr2574;
	goto st0;
st2030:
	if ( ++p == pe )
		goto _test_eof2030;
case 2030:
	switch( (*p) ) {
		case 73u: goto st2031;
		case 105u: goto st2031;
	}
	goto st0;
st2031:
	if ( ++p == pe )
		goto _test_eof2031;
case 2031:
	switch( (*p) ) {
		case 76u: goto st1923;
		case 108u: goto st1923;
	}
	goto st0;
st2032:
	if ( ++p == pe )
		goto _test_eof2032;
case 2032:
	switch( (*p) ) {
		case 34u: goto st1904;
		case 92u: goto st1904;
	}
	goto st0;
st2033:
	if ( ++p == pe )
		goto _test_eof2033;
case 2033:
	switch( (*p) ) {
		case 73u: goto st2034;
		case 105u: goto st2034;
	}
	goto st0;
st2034:
	if ( ++p == pe )
		goto _test_eof2034;
case 2034:
	switch( (*p) ) {
		case 76u: goto st1905;
		case 108u: goto st1905;
	}
	goto st0;
tr2426:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2035;
st2035:
	if ( ++p == pe )
		goto _test_eof2035;
case 2035:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2577;
	goto st0;
tr2577:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2036;
st2036:
	if ( ++p == pe )
		goto _test_eof2036;
case 2036:
	if ( (*p) == 125u )
		goto tr2579;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2036;
	goto st0;
tr2579:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2037;
st2037:
	if ( ++p == pe )
		goto _test_eof2037;
case 2037:
	if ( (*p) == 13u )
		goto st2038;
	goto st0;
st2038:
	if ( ++p == pe )
		goto _test_eof2038;
case 2038:
	if ( (*p) == 10u )
		goto tr2581;
	goto st0;
tr2581:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2039;
st2039:
	if ( ++p == pe )
		goto _test_eof2039;
case 2039:
	if ( (*p) == 41u )
		goto tr2582;
	goto st0;
st2040:
	if ( ++p == pe )
		goto _test_eof2040;
case 2040:
	switch( (*p) ) {
		case 34u: goto st1901;
		case 92u: goto st1901;
	}
	goto st0;
st2041:
	if ( ++p == pe )
		goto _test_eof2041;
case 2041:
	switch( (*p) ) {
		case 73u: goto st2042;
		case 105u: goto st2042;
	}
	goto st0;
st2042:
	if ( ++p == pe )
		goto _test_eof2042;
case 2042:
	switch( (*p) ) {
		case 76u: goto st1902;
		case 108u: goto st1902;
	}
	goto st0;
tr2420:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2043;
st2043:
	if ( ++p == pe )
		goto _test_eof2043;
case 2043:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2584;
	goto st0;
tr2584:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2044;
st2044:
	if ( ++p == pe )
		goto _test_eof2044;
case 2044:
	if ( (*p) == 125u )
		goto tr2586;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2044;
	goto st0;
tr2586:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2045;
st2045:
	if ( ++p == pe )
		goto _test_eof2045;
case 2045:
	if ( (*p) == 13u )
		goto st2046;
	goto st0;
st2046:
	if ( ++p == pe )
		goto _test_eof2046;
case 2046:
	if ( (*p) == 10u )
		goto tr2588;
	goto st0;
tr2588:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2047;
st2047:
	if ( ++p == pe )
		goto _test_eof2047;
case 2047:
	if ( (*p) == 32u )
		goto tr2589;
	goto st0;
st2048:
	if ( ++p == pe )
		goto _test_eof2048;
case 2048:
	switch( (*p) ) {
		case 34u: goto st1898;
		case 92u: goto st1898;
	}
	goto st0;
st2049:
	if ( ++p == pe )
		goto _test_eof2049;
case 2049:
	switch( (*p) ) {
		case 73u: goto st2050;
		case 105u: goto st2050;
	}
	goto st0;
st2050:
	if ( ++p == pe )
		goto _test_eof2050;
case 2050:
	switch( (*p) ) {
		case 76u: goto st1899;
		case 108u: goto st1899;
	}
	goto st0;
tr2414:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2051;
st2051:
	if ( ++p == pe )
		goto _test_eof2051;
case 2051:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2591;
	goto st0;
tr2591:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2052;
st2052:
	if ( ++p == pe )
		goto _test_eof2052;
case 2052:
	if ( (*p) == 125u )
		goto tr2593;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2052;
	goto st0;
tr2593:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2053;
st2053:
	if ( ++p == pe )
		goto _test_eof2053;
case 2053:
	if ( (*p) == 13u )
		goto st2054;
	goto st0;
st2054:
	if ( ++p == pe )
		goto _test_eof2054;
case 2054:
	if ( (*p) == 10u )
		goto tr2595;
	goto st0;
tr2595:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2055;
st2055:
	if ( ++p == pe )
		goto _test_eof2055;
case 2055:
	if ( (*p) == 32u )
		goto tr2596;
	goto st0;
st2056:
	if ( ++p == pe )
		goto _test_eof2056;
case 2056:
	switch( (*p) ) {
		case 34u: goto st1895;
		case 92u: goto st1895;
	}
	goto st0;
st2057:
	if ( ++p == pe )
		goto _test_eof2057;
case 2057:
	switch( (*p) ) {
		case 73u: goto st2058;
		case 105u: goto st2058;
	}
	goto st0;
st2058:
	if ( ++p == pe )
		goto _test_eof2058;
case 2058:
	switch( (*p) ) {
		case 76u: goto st1896;
		case 108u: goto st1896;
	}
	goto st0;
tr2408:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2059;
st2059:
	if ( ++p == pe )
		goto _test_eof2059;
case 2059:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2598;
	goto st0;
tr2598:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2060;
st2060:
	if ( ++p == pe )
		goto _test_eof2060;
case 2060:
	if ( (*p) == 125u )
		goto tr2600;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2060;
	goto st0;
tr2600:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2061;
st2061:
	if ( ++p == pe )
		goto _test_eof2061;
case 2061:
	if ( (*p) == 13u )
		goto st2062;
	goto st0;
st2062:
	if ( ++p == pe )
		goto _test_eof2062;
case 2062:
	if ( (*p) == 10u )
		goto tr2602;
	goto st0;
tr2602:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2063;
st2063:
	if ( ++p == pe )
		goto _test_eof2063;
case 2063:
	if ( (*p) == 32u )
		goto tr2603;
	goto st0;
st2064:
	if ( ++p == pe )
		goto _test_eof2064;
case 2064:
	switch( (*p) ) {
		case 73u: goto st2065;
		case 105u: goto st2065;
	}
	goto st0;
st2065:
	if ( ++p == pe )
		goto _test_eof2065;
case 2065:
	switch( (*p) ) {
		case 76u: goto st1907;
		case 108u: goto st1907;
	}
	goto st0;
st2066:
	if ( ++p == pe )
		goto _test_eof2066;
case 2066:
	switch( (*p) ) {
		case 34u: goto st1888;
		case 92u: goto st1888;
	}
	goto st0;
st2067:
	if ( ++p == pe )
		goto _test_eof2067;
case 2067:
	switch( (*p) ) {
		case 73u: goto st2068;
		case 105u: goto st2068;
	}
	goto st0;
st2068:
	if ( ++p == pe )
		goto _test_eof2068;
case 2068:
	switch( (*p) ) {
		case 76u: goto st1889;
		case 108u: goto st1889;
	}
	goto st0;
tr2397:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2069;
st2069:
	if ( ++p == pe )
		goto _test_eof2069;
case 2069:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2606;
	goto st0;
tr2606:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2070;
st2070:
	if ( ++p == pe )
		goto _test_eof2070;
case 2070:
	if ( (*p) == 125u )
		goto tr2608;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2070;
	goto st0;
tr2608:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2071;
st2071:
	if ( ++p == pe )
		goto _test_eof2071;
case 2071:
	if ( (*p) == 13u )
		goto st2072;
	goto st0;
st2072:
	if ( ++p == pe )
		goto _test_eof2072;
case 2072:
	if ( (*p) == 10u )
		goto tr2610;
	goto st0;
tr2610:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2073;
st2073:
	if ( ++p == pe )
		goto _test_eof2073;
case 2073:
	if ( (*p) == 41u )
		goto tr2611;
	goto st0;
st2074:
	if ( ++p == pe )
		goto _test_eof2074;
case 2074:
	switch( (*p) ) {
		case 34u: goto st1885;
		case 92u: goto st1885;
	}
	goto st0;
st2075:
	if ( ++p == pe )
		goto _test_eof2075;
case 2075:
	switch( (*p) ) {
		case 73u: goto st2076;
		case 105u: goto st2076;
	}
	goto st0;
st2076:
	if ( ++p == pe )
		goto _test_eof2076;
case 2076:
	switch( (*p) ) {
		case 76u: goto st1886;
		case 108u: goto st1886;
	}
	goto st0;
tr2391:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2077;
st2077:
	if ( ++p == pe )
		goto _test_eof2077;
case 2077:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2613;
	goto st0;
tr2613:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2078;
st2078:
	if ( ++p == pe )
		goto _test_eof2078;
case 2078:
	if ( (*p) == 125u )
		goto tr2615;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2078;
	goto st0;
tr2615:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2079;
st2079:
	if ( ++p == pe )
		goto _test_eof2079;
case 2079:
	if ( (*p) == 13u )
		goto st2080;
	goto st0;
st2080:
	if ( ++p == pe )
		goto _test_eof2080;
case 2080:
	if ( (*p) == 10u )
		goto tr2617;
	goto st0;
tr2617:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2081;
st2081:
	if ( ++p == pe )
		goto _test_eof2081;
case 2081:
	if ( (*p) == 32u )
		goto tr2618;
	goto st0;
st2082:
	if ( ++p == pe )
		goto _test_eof2082;
case 2082:
	switch( (*p) ) {
		case 34u: goto st1882;
		case 92u: goto st1882;
	}
	goto st0;
st2083:
	if ( ++p == pe )
		goto _test_eof2083;
case 2083:
	switch( (*p) ) {
		case 73u: goto st2084;
		case 105u: goto st2084;
	}
	goto st0;
st2084:
	if ( ++p == pe )
		goto _test_eof2084;
case 2084:
	switch( (*p) ) {
		case 76u: goto st1883;
		case 108u: goto st1883;
	}
	goto st0;
tr2385:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2085;
st2085:
	if ( ++p == pe )
		goto _test_eof2085;
case 2085:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2620;
	goto st0;
tr2620:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2086;
st2086:
	if ( ++p == pe )
		goto _test_eof2086;
case 2086:
	if ( (*p) == 125u )
		goto tr2622;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2086;
	goto st0;
tr2622:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2087;
st2087:
	if ( ++p == pe )
		goto _test_eof2087;
case 2087:
	if ( (*p) == 13u )
		goto st2088;
	goto st0;
st2088:
	if ( ++p == pe )
		goto _test_eof2088;
case 2088:
	if ( (*p) == 10u )
		goto tr2624;
	goto st0;
tr2624:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2089;
st2089:
	if ( ++p == pe )
		goto _test_eof2089;
case 2089:
	if ( (*p) == 32u )
		goto tr2625;
	goto st0;
st2090:
	if ( ++p == pe )
		goto _test_eof2090;
case 2090:
	switch( (*p) ) {
		case 34u: goto st1879;
		case 92u: goto st1879;
	}
	goto st0;
st2091:
	if ( ++p == pe )
		goto _test_eof2091;
case 2091:
	switch( (*p) ) {
		case 73u: goto st2092;
		case 105u: goto st2092;
	}
	goto st0;
st2092:
	if ( ++p == pe )
		goto _test_eof2092;
case 2092:
	switch( (*p) ) {
		case 76u: goto st1880;
		case 108u: goto st1880;
	}
	goto st0;
tr2379:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2093;
st2093:
	if ( ++p == pe )
		goto _test_eof2093;
case 2093:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2627;
	goto st0;
tr2627:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2094;
st2094:
	if ( ++p == pe )
		goto _test_eof2094;
case 2094:
	if ( (*p) == 125u )
		goto tr2629;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2094;
	goto st0;
tr2629:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2095;
st2095:
	if ( ++p == pe )
		goto _test_eof2095;
case 2095:
	if ( (*p) == 13u )
		goto st2096;
	goto st0;
st2096:
	if ( ++p == pe )
		goto _test_eof2096;
case 2096:
	if ( (*p) == 10u )
		goto tr2631;
	goto st0;
tr2631:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2097;
st2097:
	if ( ++p == pe )
		goto _test_eof2097;
case 2097:
	if ( (*p) == 32u )
		goto tr2632;
	goto st0;
st2098:
	if ( ++p == pe )
		goto _test_eof2098;
case 2098:
	switch( (*p) ) {
		case 73u: goto st2099;
		case 105u: goto st2099;
	}
	goto st0;
st2099:
	if ( ++p == pe )
		goto _test_eof2099;
case 2099:
	switch( (*p) ) {
		case 76u: goto st1891;
		case 108u: goto st1891;
	}
	goto st0;
st2100:
	if ( ++p == pe )
		goto _test_eof2100;
case 2100:
	switch( (*p) ) {
		case 34u: goto st1872;
		case 92u: goto st1872;
	}
	goto st0;
st2101:
	if ( ++p == pe )
		goto _test_eof2101;
case 2101:
	switch( (*p) ) {
		case 73u: goto st2102;
		case 105u: goto st2102;
	}
	goto st0;
st2102:
	if ( ++p == pe )
		goto _test_eof2102;
case 2102:
	switch( (*p) ) {
		case 76u: goto st1873;
		case 108u: goto st1873;
	}
	goto st0;
tr2368:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2103;
st2103:
	if ( ++p == pe )
		goto _test_eof2103;
case 2103:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2635;
	goto st0;
tr2635:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2104;
st2104:
	if ( ++p == pe )
		goto _test_eof2104;
case 2104:
	if ( (*p) == 125u )
		goto tr2637;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2104;
	goto st0;
tr2637:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2105;
st2105:
	if ( ++p == pe )
		goto _test_eof2105;
case 2105:
	if ( (*p) == 13u )
		goto st2106;
	goto st0;
st2106:
	if ( ++p == pe )
		goto _test_eof2106;
case 2106:
	if ( (*p) == 10u )
		goto tr2639;
	goto st0;
tr2639:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2107;
st2107:
	if ( ++p == pe )
		goto _test_eof2107;
case 2107:
	if ( (*p) == 41u )
		goto tr2640;
	goto st0;
st2108:
	if ( ++p == pe )
		goto _test_eof2108;
case 2108:
	switch( (*p) ) {
		case 34u: goto st1869;
		case 92u: goto st1869;
	}
	goto st0;
st2109:
	if ( ++p == pe )
		goto _test_eof2109;
case 2109:
	switch( (*p) ) {
		case 73u: goto st2110;
		case 105u: goto st2110;
	}
	goto st0;
st2110:
	if ( ++p == pe )
		goto _test_eof2110;
case 2110:
	switch( (*p) ) {
		case 76u: goto st1870;
		case 108u: goto st1870;
	}
	goto st0;
tr2362:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2111;
st2111:
	if ( ++p == pe )
		goto _test_eof2111;
case 2111:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2642;
	goto st0;
tr2642:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2112;
st2112:
	if ( ++p == pe )
		goto _test_eof2112;
case 2112:
	if ( (*p) == 125u )
		goto tr2644;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2112;
	goto st0;
tr2644:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2113;
st2113:
	if ( ++p == pe )
		goto _test_eof2113;
case 2113:
	if ( (*p) == 13u )
		goto st2114;
	goto st0;
st2114:
	if ( ++p == pe )
		goto _test_eof2114;
case 2114:
	if ( (*p) == 10u )
		goto tr2646;
	goto st0;
tr2646:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2115;
st2115:
	if ( ++p == pe )
		goto _test_eof2115;
case 2115:
	if ( (*p) == 32u )
		goto tr2647;
	goto st0;
st2116:
	if ( ++p == pe )
		goto _test_eof2116;
case 2116:
	switch( (*p) ) {
		case 34u: goto st1866;
		case 92u: goto st1866;
	}
	goto st0;
st2117:
	if ( ++p == pe )
		goto _test_eof2117;
case 2117:
	switch( (*p) ) {
		case 73u: goto st2118;
		case 105u: goto st2118;
	}
	goto st0;
st2118:
	if ( ++p == pe )
		goto _test_eof2118;
case 2118:
	switch( (*p) ) {
		case 76u: goto st1867;
		case 108u: goto st1867;
	}
	goto st0;
tr2356:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2119;
st2119:
	if ( ++p == pe )
		goto _test_eof2119;
case 2119:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2649;
	goto st0;
tr2649:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2120;
st2120:
	if ( ++p == pe )
		goto _test_eof2120;
case 2120:
	if ( (*p) == 125u )
		goto tr2651;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2120;
	goto st0;
tr2651:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2121;
st2121:
	if ( ++p == pe )
		goto _test_eof2121;
case 2121:
	if ( (*p) == 13u )
		goto st2122;
	goto st0;
st2122:
	if ( ++p == pe )
		goto _test_eof2122;
case 2122:
	if ( (*p) == 10u )
		goto tr2653;
	goto st0;
tr2653:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2123;
st2123:
	if ( ++p == pe )
		goto _test_eof2123;
case 2123:
	if ( (*p) == 32u )
		goto tr2654;
	goto st0;
st2124:
	if ( ++p == pe )
		goto _test_eof2124;
case 2124:
	switch( (*p) ) {
		case 34u: goto st1863;
		case 92u: goto st1863;
	}
	goto st0;
st2125:
	if ( ++p == pe )
		goto _test_eof2125;
case 2125:
	switch( (*p) ) {
		case 73u: goto st2126;
		case 105u: goto st2126;
	}
	goto st0;
st2126:
	if ( ++p == pe )
		goto _test_eof2126;
case 2126:
	switch( (*p) ) {
		case 76u: goto st1864;
		case 108u: goto st1864;
	}
	goto st0;
tr2350:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2127;
st2127:
	if ( ++p == pe )
		goto _test_eof2127;
case 2127:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2656;
	goto st0;
tr2656:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2128;
st2128:
	if ( ++p == pe )
		goto _test_eof2128;
case 2128:
	if ( (*p) == 125u )
		goto tr2658;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2128;
	goto st0;
tr2658:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2129;
st2129:
	if ( ++p == pe )
		goto _test_eof2129;
case 2129:
	if ( (*p) == 13u )
		goto st2130;
	goto st0;
st2130:
	if ( ++p == pe )
		goto _test_eof2130;
case 2130:
	if ( (*p) == 10u )
		goto tr2660;
	goto st0;
tr2660:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2131;
st2131:
	if ( ++p == pe )
		goto _test_eof2131;
case 2131:
	if ( (*p) == 32u )
		goto tr2661;
	goto st0;
st2132:
	if ( ++p == pe )
		goto _test_eof2132;
case 2132:
	switch( (*p) ) {
		case 73u: goto st2133;
		case 105u: goto st2133;
	}
	goto st0;
st2133:
	if ( ++p == pe )
		goto _test_eof2133;
case 2133:
	switch( (*p) ) {
		case 76u: goto st1875;
		case 108u: goto st1875;
	}
	goto st0;
st2134:
	if ( ++p == pe )
		goto _test_eof2134;
case 2134:
	switch( (*p) ) {
		case 34u: goto st1856;
		case 92u: goto st1856;
	}
	goto st0;
st2135:
	if ( ++p == pe )
		goto _test_eof2135;
case 2135:
	switch( (*p) ) {
		case 73u: goto st2136;
		case 105u: goto st2136;
	}
	goto st0;
st2136:
	if ( ++p == pe )
		goto _test_eof2136;
case 2136:
	switch( (*p) ) {
		case 76u: goto st1857;
		case 108u: goto st1857;
	}
	goto st0;
tr2339:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2137;
st2137:
	if ( ++p == pe )
		goto _test_eof2137;
case 2137:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2664;
	goto st0;
tr2664:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2138;
st2138:
	if ( ++p == pe )
		goto _test_eof2138;
case 2138:
	if ( (*p) == 125u )
		goto tr2666;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2138;
	goto st0;
tr2666:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2139;
st2139:
	if ( ++p == pe )
		goto _test_eof2139;
case 2139:
	if ( (*p) == 13u )
		goto st2140;
	goto st0;
st2140:
	if ( ++p == pe )
		goto _test_eof2140;
case 2140:
	if ( (*p) == 10u )
		goto tr2668;
	goto st0;
tr2668:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2141;
st2141:
	if ( ++p == pe )
		goto _test_eof2141;
case 2141:
	if ( (*p) == 41u )
		goto tr2669;
	goto st0;
st2142:
	if ( ++p == pe )
		goto _test_eof2142;
case 2142:
	switch( (*p) ) {
		case 34u: goto st1853;
		case 92u: goto st1853;
	}
	goto st0;
st2143:
	if ( ++p == pe )
		goto _test_eof2143;
case 2143:
	switch( (*p) ) {
		case 73u: goto st2144;
		case 105u: goto st2144;
	}
	goto st0;
st2144:
	if ( ++p == pe )
		goto _test_eof2144;
case 2144:
	switch( (*p) ) {
		case 76u: goto st1854;
		case 108u: goto st1854;
	}
	goto st0;
tr2333:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2145;
st2145:
	if ( ++p == pe )
		goto _test_eof2145;
case 2145:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2671;
	goto st0;
tr2671:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2146;
st2146:
	if ( ++p == pe )
		goto _test_eof2146;
case 2146:
	if ( (*p) == 125u )
		goto tr2673;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2146;
	goto st0;
tr2673:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2147;
st2147:
	if ( ++p == pe )
		goto _test_eof2147;
case 2147:
	if ( (*p) == 13u )
		goto st2148;
	goto st0;
st2148:
	if ( ++p == pe )
		goto _test_eof2148;
case 2148:
	if ( (*p) == 10u )
		goto tr2675;
	goto st0;
tr2675:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2149;
st2149:
	if ( ++p == pe )
		goto _test_eof2149;
case 2149:
	if ( (*p) == 32u )
		goto tr2676;
	goto st0;
st2150:
	if ( ++p == pe )
		goto _test_eof2150;
case 2150:
	switch( (*p) ) {
		case 34u: goto st1850;
		case 92u: goto st1850;
	}
	goto st0;
st2151:
	if ( ++p == pe )
		goto _test_eof2151;
case 2151:
	switch( (*p) ) {
		case 73u: goto st2152;
		case 105u: goto st2152;
	}
	goto st0;
st2152:
	if ( ++p == pe )
		goto _test_eof2152;
case 2152:
	switch( (*p) ) {
		case 76u: goto st1851;
		case 108u: goto st1851;
	}
	goto st0;
tr2327:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2153;
st2153:
	if ( ++p == pe )
		goto _test_eof2153;
case 2153:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2678;
	goto st0;
tr2678:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2154;
st2154:
	if ( ++p == pe )
		goto _test_eof2154;
case 2154:
	if ( (*p) == 125u )
		goto tr2680;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2154;
	goto st0;
tr2680:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2155;
st2155:
	if ( ++p == pe )
		goto _test_eof2155;
case 2155:
	if ( (*p) == 13u )
		goto st2156;
	goto st0;
st2156:
	if ( ++p == pe )
		goto _test_eof2156;
case 2156:
	if ( (*p) == 10u )
		goto tr2682;
	goto st0;
tr2682:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2157;
st2157:
	if ( ++p == pe )
		goto _test_eof2157;
case 2157:
	if ( (*p) == 32u )
		goto tr2683;
	goto st0;
st2158:
	if ( ++p == pe )
		goto _test_eof2158;
case 2158:
	switch( (*p) ) {
		case 34u: goto st1847;
		case 92u: goto st1847;
	}
	goto st0;
st2159:
	if ( ++p == pe )
		goto _test_eof2159;
case 2159:
	switch( (*p) ) {
		case 73u: goto st2160;
		case 105u: goto st2160;
	}
	goto st0;
st2160:
	if ( ++p == pe )
		goto _test_eof2160;
case 2160:
	switch( (*p) ) {
		case 76u: goto st1848;
		case 108u: goto st1848;
	}
	goto st0;
tr2321:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2161;
st2161:
	if ( ++p == pe )
		goto _test_eof2161;
case 2161:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2685;
	goto st0;
tr2685:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2162;
st2162:
	if ( ++p == pe )
		goto _test_eof2162;
case 2162:
	if ( (*p) == 125u )
		goto tr2687;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2162;
	goto st0;
tr2687:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2163;
st2163:
	if ( ++p == pe )
		goto _test_eof2163;
case 2163:
	if ( (*p) == 13u )
		goto st2164;
	goto st0;
st2164:
	if ( ++p == pe )
		goto _test_eof2164;
case 2164:
	if ( (*p) == 10u )
		goto tr2689;
	goto st0;
tr2689:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2165;
st2165:
	if ( ++p == pe )
		goto _test_eof2165;
case 2165:
	if ( (*p) == 32u )
		goto tr2690;
	goto st0;
st2166:
	if ( ++p == pe )
		goto _test_eof2166;
case 2166:
	switch( (*p) ) {
		case 73u: goto st2167;
		case 105u: goto st2167;
	}
	goto st0;
st2167:
	if ( ++p == pe )
		goto _test_eof2167;
case 2167:
	switch( (*p) ) {
		case 76u: goto st1859;
		case 108u: goto st1859;
	}
	goto st0;
st2168:
	if ( ++p == pe )
		goto _test_eof2168;
case 2168:
	switch( (*p) ) {
		case 34u: goto st1842;
		case 92u: goto st1842;
	}
	goto st0;
st2169:
	if ( ++p == pe )
		goto _test_eof2169;
case 2169:
	switch( (*p) ) {
		case 73u: goto st2170;
		case 105u: goto st2170;
	}
	goto st0;
st2170:
	if ( ++p == pe )
		goto _test_eof2170;
case 2170:
	switch( (*p) ) {
		case 76u: goto st1843;
		case 108u: goto st1843;
	}
	goto st0;
tr2312:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2171;
st2171:
	if ( ++p == pe )
		goto _test_eof2171;
case 2171:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2693;
	goto st0;
tr2693:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2172;
st2172:
	if ( ++p == pe )
		goto _test_eof2172;
case 2172:
	if ( (*p) == 125u )
		goto tr2695;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2172;
	goto st0;
tr2695:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2173;
st2173:
	if ( ++p == pe )
		goto _test_eof2173;
case 2173:
	if ( (*p) == 13u )
		goto st2174;
	goto st0;
st2174:
	if ( ++p == pe )
		goto _test_eof2174;
case 2174:
	if ( (*p) == 10u )
		goto tr2697;
	goto st0;
tr2697:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2175;
st2175:
	if ( ++p == pe )
		goto _test_eof2175;
case 2175:
	if ( (*p) == 32u )
		goto tr2698;
	goto st0;
st2176:
	if ( ++p == pe )
		goto _test_eof2176;
case 2176:
	switch( (*p) ) {
		case 34u: goto st1839;
		case 92u: goto st1839;
	}
	goto st0;
st2177:
	if ( ++p == pe )
		goto _test_eof2177;
case 2177:
	switch( (*p) ) {
		case 73u: goto st2178;
		case 105u: goto st2178;
	}
	goto st0;
st2178:
	if ( ++p == pe )
		goto _test_eof2178;
case 2178:
	switch( (*p) ) {
		case 76u: goto st1840;
		case 108u: goto st1840;
	}
	goto st0;
tr2306:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2179;
st2179:
	if ( ++p == pe )
		goto _test_eof2179;
case 2179:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2700;
	goto st0;
tr2700:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2180;
st2180:
	if ( ++p == pe )
		goto _test_eof2180;
case 2180:
	if ( (*p) == 125u )
		goto tr2702;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2180;
	goto st0;
tr2702:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2181;
st2181:
	if ( ++p == pe )
		goto _test_eof2181;
case 2181:
	if ( (*p) == 13u )
		goto st2182;
	goto st0;
st2182:
	if ( ++p == pe )
		goto _test_eof2182;
case 2182:
	if ( (*p) == 10u )
		goto tr2704;
	goto st0;
tr2704:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2183;
st2183:
	if ( ++p == pe )
		goto _test_eof2183;
case 2183:
	if ( (*p) == 32u )
		goto tr2705;
	goto st0;
st2184:
	if ( ++p == pe )
		goto _test_eof2184;
case 2184:
	switch( (*p) ) {
		case 34u: goto st1833;
		case 92u: goto st1833;
	}
	goto st0;
tr2296:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2185;
st2185:
	if ( ++p == pe )
		goto _test_eof2185;
case 2185:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2706;
	goto st0;
tr2706:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2186;
st2186:
	if ( ++p == pe )
		goto _test_eof2186;
case 2186:
	if ( (*p) == 125u )
		goto tr2708;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2186;
	goto st0;
tr2708:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2187;
st2187:
	if ( ++p == pe )
		goto _test_eof2187;
case 2187:
	if ( (*p) == 13u )
		goto st2188;
	goto st0;
st2188:
	if ( ++p == pe )
		goto _test_eof2188;
case 2188:
	if ( (*p) == 10u )
		goto tr2710;
	goto st0;
tr2710:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2189;
st2189:
	if ( ++p == pe )
		goto _test_eof2189;
case 2189:
	if ( (*p) == 32u )
		goto tr2711;
	goto st0;
st2190:
	if ( ++p == pe )
		goto _test_eof2190;
case 2190:
	switch( (*p) ) {
		case 34u: goto st1830;
		case 92u: goto st1830;
	}
	goto st0;
st2191:
	if ( ++p == pe )
		goto _test_eof2191;
case 2191:
	switch( (*p) ) {
		case 73u: goto st2192;
		case 105u: goto st2192;
	}
	goto st0;
st2192:
	if ( ++p == pe )
		goto _test_eof2192;
case 2192:
	switch( (*p) ) {
		case 76u: goto st1831;
		case 108u: goto st1831;
	}
	goto st0;
tr2291:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2193;
st2193:
	if ( ++p == pe )
		goto _test_eof2193;
case 2193:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2713;
	goto st0;
tr2713:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2194;
st2194:
	if ( ++p == pe )
		goto _test_eof2194;
case 2194:
	if ( (*p) == 125u )
		goto tr2715;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2194;
	goto st0;
tr2715:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2195;
st2195:
	if ( ++p == pe )
		goto _test_eof2195;
case 2195:
	if ( (*p) == 13u )
		goto st2196;
	goto st0;
st2196:
	if ( ++p == pe )
		goto _test_eof2196;
case 2196:
	if ( (*p) == 10u )
		goto tr2717;
	goto st0;
tr2717:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2197;
st2197:
	if ( ++p == pe )
		goto _test_eof2197;
case 2197:
	if ( (*p) == 32u )
		goto tr2718;
	goto st0;
st2198:
	if ( ++p == pe )
		goto _test_eof2198;
case 2198:
	switch( (*p) ) {
		case 34u: goto st1827;
		case 92u: goto st1827;
	}
	goto st0;
st2199:
	if ( ++p == pe )
		goto _test_eof2199;
case 2199:
	switch( (*p) ) {
		case 73u: goto st2200;
		case 105u: goto st2200;
	}
	goto st0;
st2200:
	if ( ++p == pe )
		goto _test_eof2200;
case 2200:
	switch( (*p) ) {
		case 76u: goto st1828;
		case 108u: goto st1828;
	}
	goto st0;
tr2285:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2201;
st2201:
	if ( ++p == pe )
		goto _test_eof2201;
case 2201:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2720;
	goto st0;
tr2720:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2202;
st2202:
	if ( ++p == pe )
		goto _test_eof2202;
case 2202:
	if ( (*p) == 125u )
		goto tr2722;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2202;
	goto st0;
tr2722:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2203;
st2203:
	if ( ++p == pe )
		goto _test_eof2203;
case 2203:
	if ( (*p) == 13u )
		goto st2204;
	goto st0;
st2204:
	if ( ++p == pe )
		goto _test_eof2204;
case 2204:
	if ( (*p) == 10u )
		goto tr2724;
	goto st0;
tr2724:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2205;
st2205:
	if ( ++p == pe )
		goto _test_eof2205;
case 2205:
	if ( (*p) == 32u )
		goto tr2725;
	goto st0;
st2206:
	if ( ++p == pe )
		goto _test_eof2206;
case 2206:
	switch( (*p) ) {
		case 34u: goto st1823;
		case 92u: goto st1823;
	}
	goto st0;
tr2278:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2207;
st2207:
	if ( ++p == pe )
		goto _test_eof2207;
case 2207:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2726;
	goto st0;
tr2726:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2208;
st2208:
	if ( ++p == pe )
		goto _test_eof2208;
case 2208:
	if ( (*p) == 125u )
		goto tr2728;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2208;
	goto st0;
tr2728:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2209;
st2209:
	if ( ++p == pe )
		goto _test_eof2209;
case 2209:
	if ( (*p) == 13u )
		goto st2210;
	goto st0;
st2210:
	if ( ++p == pe )
		goto _test_eof2210;
case 2210:
	if ( (*p) == 10u )
		goto tr2730;
	goto st0;
tr2730:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2211;
st2211:
	if ( ++p == pe )
		goto _test_eof2211;
case 2211:
	switch( (*p) ) {
		case 32u: goto tr2731;
		case 41u: goto tr2732;
	}
	goto st0;
st2212:
	if ( ++p == pe )
		goto _test_eof2212;
case 2212:
	switch( (*p) ) {
		case 34u: goto st1820;
		case 92u: goto st1820;
	}
	goto st0;
tr2273:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2213;
st2213:
	if ( ++p == pe )
		goto _test_eof2213;
case 2213:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2733;
	goto st0;
tr2733:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2214;
st2214:
	if ( ++p == pe )
		goto _test_eof2214;
case 2214:
	if ( (*p) == 125u )
		goto tr2735;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2214;
	goto st0;
tr2735:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2215;
st2215:
	if ( ++p == pe )
		goto _test_eof2215;
case 2215:
	if ( (*p) == 13u )
		goto st2216;
	goto st0;
st2216:
	if ( ++p == pe )
		goto _test_eof2216;
case 2216:
	if ( (*p) == 10u )
		goto tr2737;
	goto st0;
tr2737:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2217;
st2217:
	if ( ++p == pe )
		goto _test_eof2217;
case 2217:
	if ( (*p) == 32u )
		goto tr2738;
	goto st0;
st2218:
	if ( ++p == pe )
		goto _test_eof2218;
case 2218:
	switch( (*p) ) {
		case 73u: goto st2219;
		case 105u: goto st2219;
	}
	goto st0;
st2219:
	if ( ++p == pe )
		goto _test_eof2219;
case 2219:
	switch( (*p) ) {
		case 76u: goto st1825;
		case 108u: goto st1825;
	}
	goto st0;
st2220:
	if ( ++p == pe )
		goto _test_eof2220;
case 2220:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1656;
		case 69u: goto st2221;
		case 92u: goto st1800;
		case 101u: goto st2221;
	}
	goto st1655;
st2221:
	if ( ++p == pe )
		goto _test_eof2221;
case 2221:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1656;
		case 88u: goto st2222;
		case 92u: goto st1800;
		case 120u: goto st2222;
	}
	goto st1655;
st2222:
	if ( ++p == pe )
		goto _test_eof2222;
case 2222:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st1656;
		case 84u: goto st2223;
		case 92u: goto st1800;
		case 116u: goto st2223;
	}
	goto st1655;
st2223:
	if ( ++p == pe )
		goto _test_eof2223;
case 2223:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st2224;
		case 92u: goto st1800;
	}
	goto st1655;
st2224:
	if ( ++p == pe )
		goto _test_eof2224;
case 2224:
	if ( (*p) == 32u )
		goto st2225;
	goto st0;
st2225:
	if ( ++p == pe )
		goto _test_eof2225;
case 2225:
	switch( (*p) ) {
		case 34u: goto st2226;
		case 123u: goto tr2746;
	}
	goto st0;
st2226:
	if ( ++p == pe )
		goto _test_eof2226;
case 2226:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st2227;
		case 92u: goto st2284;
	}
	goto st2226;
st2227:
	if ( ++p == pe )
		goto _test_eof2227;
case 2227:
	if ( (*p) == 32u )
		goto st2228;
	goto st0;
tr2822:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st2228;
st2228:
	if ( ++p == pe )
		goto _test_eof2228;
case 2228:
	switch( (*p) ) {
		case 40u: goto st2229;
		case 78u: goto st2282;
		case 110u: goto st2282;
	}
	goto st0;
tr2808:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st2229;
st2229:
	if ( ++p == pe )
		goto _test_eof2229;
case 2229:
	switch( (*p) ) {
		case 34u: goto st2230;
		case 123u: goto tr2753;
	}
	goto st0;
st2230:
	if ( ++p == pe )
		goto _test_eof2230;
case 2230:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st2231;
		case 92u: goto st2276;
	}
	goto st2230;
st2231:
	if ( ++p == pe )
		goto _test_eof2231;
case 2231:
	if ( (*p) == 32u )
		goto st2232;
	goto st0;
tr2815:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st2232;
st2232:
	if ( ++p == pe )
		goto _test_eof2232;
case 2232:
	switch( (*p) ) {
		case 34u: goto st2233;
		case 123u: goto tr2758;
	}
	goto st0;
st2233:
	if ( ++p == pe )
		goto _test_eof2233;
case 2233:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st2234;
		case 92u: goto st2270;
	}
	goto st2233;
st2234:
	if ( ++p == pe )
		goto _test_eof2234;
case 2234:
	switch( (*p) ) {
		case 32u: goto st2229;
		case 41u: goto st2235;
	}
	goto st0;
tr2809:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st2235;
st2235:
	if ( ++p == pe )
		goto _test_eof2235;
case 2235:
	if ( (*p) == 32u )
		goto st2236;
	goto st0;
st2236:
	if ( ++p == pe )
		goto _test_eof2236;
case 2236:
	switch( (*p) ) {
		case 34u: goto st2237;
		case 78u: goto st2263;
		case 110u: goto st2263;
		case 123u: goto tr2765;
	}
	goto st0;
st2237:
	if ( ++p == pe )
		goto _test_eof2237;
case 2237:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st2238;
		case 92u: goto st2262;
	}
	goto st2237;
st2238:
	if ( ++p == pe )
		goto _test_eof2238;
case 2238:
	if ( (*p) == 32u )
		goto st2239;
	goto st0;
tr2802:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st2239;
st2239:
	if ( ++p == pe )
		goto _test_eof2239;
case 2239:
	switch( (*p) ) {
		case 34u: goto st2240;
		case 78u: goto st2255;
		case 110u: goto st2255;
		case 123u: goto tr2771;
	}
	goto st0;
st2240:
	if ( ++p == pe )
		goto _test_eof2240;
case 2240:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st2241;
		case 92u: goto st2254;
	}
	goto st2240;
st2241:
	if ( ++p == pe )
		goto _test_eof2241;
case 2241:
	if ( (*p) == 32u )
		goto st2242;
	goto st0;
tr2795:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st2242;
st2242:
	if ( ++p == pe )
		goto _test_eof2242;
case 2242:
	switch( (*p) ) {
		case 34u: goto st2243;
		case 123u: goto tr2776;
	}
	goto st0;
st2243:
	if ( ++p == pe )
		goto _test_eof2243;
case 2243:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st2244;
		case 92u: goto st2248;
	}
	goto st2243;
st2244:
	if ( ++p == pe )
		goto _test_eof2244;
case 2244:
	if ( (*p) == 32u )
		goto st2245;
	goto st0;
tr2788:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st2245;
st2245:
	if ( ++p == pe )
		goto _test_eof2245;
case 2245:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2780;
	goto st0;
tr2780:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2246;
st2246:
	if ( ++p == pe )
		goto _test_eof2246;
case 2246:
	switch( (*p) ) {
		case 32u: goto tr2781;
		case 41u: goto tr2112;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2246;
	goto st0;
tr2781:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2247;
st2247:
	if ( ++p == pe )
		goto _test_eof2247;
case 2247:
	switch( (*p) ) {
		case 34u: goto st1680;
		case 78u: goto st1751;
		case 110u: goto st1751;
		case 123u: goto tr2116;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2110;
	goto st0;
st2248:
	if ( ++p == pe )
		goto _test_eof2248;
case 2248:
	switch( (*p) ) {
		case 34u: goto st2243;
		case 92u: goto st2243;
	}
	goto st0;
tr2776:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2249;
st2249:
	if ( ++p == pe )
		goto _test_eof2249;
case 2249:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2783;
	goto st0;
tr2783:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2250;
st2250:
	if ( ++p == pe )
		goto _test_eof2250;
case 2250:
	if ( (*p) == 125u )
		goto tr2785;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2250;
	goto st0;
tr2785:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2251;
st2251:
	if ( ++p == pe )
		goto _test_eof2251;
case 2251:
	if ( (*p) == 13u )
		goto st2252;
	goto st0;
st2252:
	if ( ++p == pe )
		goto _test_eof2252;
case 2252:
	if ( (*p) == 10u )
		goto tr2787;
	goto st0;
tr2787:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2253;
st2253:
	if ( ++p == pe )
		goto _test_eof2253;
case 2253:
	if ( (*p) == 32u )
		goto tr2788;
	goto st0;
st2254:
	if ( ++p == pe )
		goto _test_eof2254;
case 2254:
	switch( (*p) ) {
		case 34u: goto st2240;
		case 92u: goto st2240;
	}
	goto st0;
st2255:
	if ( ++p == pe )
		goto _test_eof2255;
case 2255:
	switch( (*p) ) {
		case 73u: goto st2256;
		case 105u: goto st2256;
	}
	goto st0;
st2256:
	if ( ++p == pe )
		goto _test_eof2256;
case 2256:
	switch( (*p) ) {
		case 76u: goto st2241;
		case 108u: goto st2241;
	}
	goto st0;
tr2771:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2257;
st2257:
	if ( ++p == pe )
		goto _test_eof2257;
case 2257:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2790;
	goto st0;
tr2790:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2258;
st2258:
	if ( ++p == pe )
		goto _test_eof2258;
case 2258:
	if ( (*p) == 125u )
		goto tr2792;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2258;
	goto st0;
tr2792:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2259;
st2259:
	if ( ++p == pe )
		goto _test_eof2259;
case 2259:
	if ( (*p) == 13u )
		goto st2260;
	goto st0;
st2260:
	if ( ++p == pe )
		goto _test_eof2260;
case 2260:
	if ( (*p) == 10u )
		goto tr2794;
	goto st0;
tr2794:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2261;
st2261:
	if ( ++p == pe )
		goto _test_eof2261;
case 2261:
	if ( (*p) == 32u )
		goto tr2795;
	goto st0;
st2262:
	if ( ++p == pe )
		goto _test_eof2262;
case 2262:
	switch( (*p) ) {
		case 34u: goto st2237;
		case 92u: goto st2237;
	}
	goto st0;
st2263:
	if ( ++p == pe )
		goto _test_eof2263;
case 2263:
	switch( (*p) ) {
		case 73u: goto st2264;
		case 105u: goto st2264;
	}
	goto st0;
st2264:
	if ( ++p == pe )
		goto _test_eof2264;
case 2264:
	switch( (*p) ) {
		case 76u: goto st2238;
		case 108u: goto st2238;
	}
	goto st0;
tr2765:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2265;
st2265:
	if ( ++p == pe )
		goto _test_eof2265;
case 2265:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2797;
	goto st0;
tr2797:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2266;
st2266:
	if ( ++p == pe )
		goto _test_eof2266;
case 2266:
	if ( (*p) == 125u )
		goto tr2799;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2266;
	goto st0;
tr2799:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2267;
st2267:
	if ( ++p == pe )
		goto _test_eof2267;
case 2267:
	if ( (*p) == 13u )
		goto st2268;
	goto st0;
st2268:
	if ( ++p == pe )
		goto _test_eof2268;
case 2268:
	if ( (*p) == 10u )
		goto tr2801;
	goto st0;
tr2801:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2269;
st2269:
	if ( ++p == pe )
		goto _test_eof2269;
case 2269:
	if ( (*p) == 32u )
		goto tr2802;
	goto st0;
st2270:
	if ( ++p == pe )
		goto _test_eof2270;
case 2270:
	switch( (*p) ) {
		case 34u: goto st2233;
		case 92u: goto st2233;
	}
	goto st0;
tr2758:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2271;
st2271:
	if ( ++p == pe )
		goto _test_eof2271;
case 2271:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2803;
	goto st0;
tr2803:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2272;
st2272:
	if ( ++p == pe )
		goto _test_eof2272;
case 2272:
	if ( (*p) == 125u )
		goto tr2805;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2272;
	goto st0;
tr2805:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2273;
st2273:
	if ( ++p == pe )
		goto _test_eof2273;
case 2273:
	if ( (*p) == 13u )
		goto st2274;
	goto st0;
st2274:
	if ( ++p == pe )
		goto _test_eof2274;
case 2274:
	if ( (*p) == 10u )
		goto tr2807;
	goto st0;
tr2807:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2275;
st2275:
	if ( ++p == pe )
		goto _test_eof2275;
case 2275:
	switch( (*p) ) {
		case 32u: goto tr2808;
		case 41u: goto tr2809;
	}
	goto st0;
st2276:
	if ( ++p == pe )
		goto _test_eof2276;
case 2276:
	switch( (*p) ) {
		case 34u: goto st2230;
		case 92u: goto st2230;
	}
	goto st0;
tr2753:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2277;
st2277:
	if ( ++p == pe )
		goto _test_eof2277;
case 2277:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2810;
	goto st0;
tr2810:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2278;
st2278:
	if ( ++p == pe )
		goto _test_eof2278;
case 2278:
	if ( (*p) == 125u )
		goto tr2812;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2278;
	goto st0;
tr2812:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2279;
st2279:
	if ( ++p == pe )
		goto _test_eof2279;
case 2279:
	if ( (*p) == 13u )
		goto st2280;
	goto st0;
st2280:
	if ( ++p == pe )
		goto _test_eof2280;
case 2280:
	if ( (*p) == 10u )
		goto tr2814;
	goto st0;
tr2814:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2281;
st2281:
	if ( ++p == pe )
		goto _test_eof2281;
case 2281:
	if ( (*p) == 32u )
		goto tr2815;
	goto st0;
st2282:
	if ( ++p == pe )
		goto _test_eof2282;
case 2282:
	switch( (*p) ) {
		case 73u: goto st2283;
		case 105u: goto st2283;
	}
	goto st0;
st2283:
	if ( ++p == pe )
		goto _test_eof2283;
case 2283:
	switch( (*p) ) {
		case 76u: goto st2235;
		case 108u: goto st2235;
	}
	goto st0;
st2284:
	if ( ++p == pe )
		goto _test_eof2284;
case 2284:
	switch( (*p) ) {
		case 34u: goto st2226;
		case 92u: goto st2226;
	}
	goto st0;
tr2746:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2285;
st2285:
	if ( ++p == pe )
		goto _test_eof2285;
case 2285:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2817;
	goto st0;
tr2817:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2286;
st2286:
	if ( ++p == pe )
		goto _test_eof2286;
case 2286:
	if ( (*p) == 125u )
		goto tr2819;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2286;
	goto st0;
tr2819:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2287;
st2287:
	if ( ++p == pe )
		goto _test_eof2287;
case 2287:
	if ( (*p) == 13u )
		goto st2288;
	goto st0;
st2288:
	if ( ++p == pe )
		goto _test_eof2288;
case 2288:
	if ( (*p) == 10u )
		goto tr2821;
	goto st0;
tr2821:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2289;
st2289:
	if ( ++p == pe )
		goto _test_eof2289;
case 2289:
	if ( (*p) == 32u )
		goto tr2822;
	goto st0;
tr2067:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_BODY)) {p++; cs = 2290; goto _out;} {( run->stack)[( run->top)++] = 2290;goto st1652;} }
	goto st2290;
st2290:
	if ( ++p == pe )
		goto _test_eof2290;
case 2290:
	switch( (*p) ) {
		case 32u: goto st2291;
		case 40u: goto tr2067;
	}
	goto st0;
st2291:
	if ( ++p == pe )
		goto _test_eof2291;
case 2291:
	switch( (*p) ) {
		case 34u: goto st2292;
		case 123u: goto tr2825;
	}
	goto st0;
st2292:
	if ( ++p == pe )
		goto _test_eof2292;
case 2292:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st2293;
		case 92u: goto st2313;
	}
	goto st2292;
st2293:
	if ( ++p == pe )
		goto _test_eof2293;
case 2293:
	switch( (*p) ) {
		case 32u: goto st2294;
		case 41u: goto tr2120;
	}
	goto st0;
tr2857:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st2294;
st2294:
	if ( ++p == pe )
		goto _test_eof2294;
case 2294:
	switch( (*p) ) {
		case 40u: goto st2295;
		case 78u: goto st1751;
		case 110u: goto st1751;
	}
	goto st0;
tr2844:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st2295;
st2295:
	if ( ++p == pe )
		goto _test_eof2295;
case 2295:
	switch( (*p) ) {
		case 34u: goto st2296;
		case 123u: goto tr2831;
	}
	goto st0;
st2296:
	if ( ++p == pe )
		goto _test_eof2296;
case 2296:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st2297;
		case 92u: goto st2307;
	}
	goto st2296;
st2297:
	if ( ++p == pe )
		goto _test_eof2297;
case 2297:
	if ( (*p) == 32u )
		goto st2298;
	goto st0;
tr2851:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st2298;
st2298:
	if ( ++p == pe )
		goto _test_eof2298;
case 2298:
	switch( (*p) ) {
		case 34u: goto st2299;
		case 123u: goto tr2836;
	}
	goto st0;
st2299:
	if ( ++p == pe )
		goto _test_eof2299;
case 2299:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st2300;
		case 92u: goto st2301;
	}
	goto st2299;
st2300:
	if ( ++p == pe )
		goto _test_eof2300;
case 2300:
	switch( (*p) ) {
		case 32u: goto st2295;
		case 41u: goto st1681;
	}
	goto st0;
st2301:
	if ( ++p == pe )
		goto _test_eof2301;
case 2301:
	switch( (*p) ) {
		case 34u: goto st2299;
		case 92u: goto st2299;
	}
	goto st0;
tr2836:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2302;
st2302:
	if ( ++p == pe )
		goto _test_eof2302;
case 2302:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2839;
	goto st0;
tr2839:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2303;
st2303:
	if ( ++p == pe )
		goto _test_eof2303;
case 2303:
	if ( (*p) == 125u )
		goto tr2841;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2303;
	goto st0;
tr2841:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2304;
st2304:
	if ( ++p == pe )
		goto _test_eof2304;
case 2304:
	if ( (*p) == 13u )
		goto st2305;
	goto st0;
st2305:
	if ( ++p == pe )
		goto _test_eof2305;
case 2305:
	if ( (*p) == 10u )
		goto tr2843;
	goto st0;
tr2843:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2306;
st2306:
	if ( ++p == pe )
		goto _test_eof2306;
case 2306:
	switch( (*p) ) {
		case 32u: goto tr2844;
		case 41u: goto tr2845;
	}
	goto st0;
st2307:
	if ( ++p == pe )
		goto _test_eof2307;
case 2307:
	switch( (*p) ) {
		case 34u: goto st2296;
		case 92u: goto st2296;
	}
	goto st0;
tr2831:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2308;
st2308:
	if ( ++p == pe )
		goto _test_eof2308;
case 2308:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2846;
	goto st0;
tr2846:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2309;
st2309:
	if ( ++p == pe )
		goto _test_eof2309;
case 2309:
	if ( (*p) == 125u )
		goto tr2848;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2309;
	goto st0;
tr2848:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2310;
st2310:
	if ( ++p == pe )
		goto _test_eof2310;
case 2310:
	if ( (*p) == 13u )
		goto st2311;
	goto st0;
st2311:
	if ( ++p == pe )
		goto _test_eof2311;
case 2311:
	if ( (*p) == 10u )
		goto tr2850;
	goto st0;
tr2850:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2312;
st2312:
	if ( ++p == pe )
		goto _test_eof2312;
case 2312:
	if ( (*p) == 32u )
		goto tr2851;
	goto st0;
st2313:
	if ( ++p == pe )
		goto _test_eof2313;
case 2313:
	switch( (*p) ) {
		case 34u: goto st2292;
		case 92u: goto st2292;
	}
	goto st0;
tr2825:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2314;
st2314:
	if ( ++p == pe )
		goto _test_eof2314;
case 2314:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2852;
	goto st0;
tr2852:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2315;
st2315:
	if ( ++p == pe )
		goto _test_eof2315;
case 2315:
	if ( (*p) == 125u )
		goto tr2854;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2315;
	goto st0;
tr2854:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2316;
st2316:
	if ( ++p == pe )
		goto _test_eof2316;
case 2316:
	if ( (*p) == 13u )
		goto st2317;
	goto st0;
st2317:
	if ( ++p == pe )
		goto _test_eof2317;
case 2317:
	if ( (*p) == 10u )
		goto tr2856;
	goto st0;
tr2856:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2318;
st2318:
	if ( ++p == pe )
		goto _test_eof2318;
case 2318:
	switch( (*p) ) {
		case 32u: goto tr2857;
		case 41u: goto tr2166;
	}
	goto st0;
tr2068:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2319;
st2319:
	if ( ++p == pe )
		goto _test_eof2319;
case 2319:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2858;
	goto st0;
tr2858:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2320;
st2320:
	if ( ++p == pe )
		goto _test_eof2320;
case 2320:
	if ( (*p) == 125u )
		goto tr2860;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2320;
	goto st0;
tr2860:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2321;
st2321:
	if ( ++p == pe )
		goto _test_eof2321;
case 2321:
	if ( (*p) == 13u )
		goto st2322;
	goto st0;
st2322:
	if ( ++p == pe )
		goto _test_eof2322;
case 2322:
	if ( (*p) == 10u )
		goto tr2862;
	goto st0;
tr2862:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2323;
st2323:
	if ( ++p == pe )
		goto _test_eof2323;
case 2323:
	if ( (*p) == 32u )
		goto tr2863;
	goto st0;
st2324:
	if ( ++p == pe )
		goto _test_eof2324;
case 2324:
	if ( (*p) == 40u )
		goto st2325;
	goto st0;
tr2873:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2325;
tr2882:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	goto st2325;
st2325:
	if ( ++p == pe )
		goto _test_eof2325;
case 2325:
	switch( (*p) ) {
		case 34u: goto st2326;
		case 40u: goto tr2866;
		case 78u: goto st2330;
		case 110u: goto st2330;
		case 123u: goto tr2869;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2867;
	goto st0;
st2326:
	if ( ++p == pe )
		goto _test_eof2326;
case 2326:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st2327;
		case 92u: goto st2328;
	}
	goto st2326;
tr2866:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_BODY_EXT_LIST)) {p++; cs = 2327; goto _out;} {( run->stack)[( run->top)++] = 2327;goto st2324;} }
	goto st2327;
st2327:
	if ( ++p == pe )
		goto _test_eof2327;
case 2327:
	switch( (*p) ) {
		case 32u: goto st2325;
		case 41u: goto tr2872;
	}
	goto st0;
tr2872:
	{ IMW_CALL_LEAVE(IMW_RULE_BODY_EXT_LIST); {cs = ( run->stack)[--( run->top)];goto _again;} }
	goto st2360;
tr2874:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY_EXT_LIST); {cs = ( run->stack)[--( run->top)];goto _again;} }
	goto st2360;
tr2883:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY_EXT_LIST); {cs = ( run->stack)[--( run->top)];goto _again;} }
	goto st2360;
st2360:
	if ( ++p == pe )
		goto _test_eof2360;
case 2360:
	goto st0;
st2328:
	if ( ++p == pe )
		goto _test_eof2328;
case 2328:
	switch( (*p) ) {
		case 34u: goto st2326;
		case 92u: goto st2326;
	}
	goto st0;
tr2867:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2329;
st2329:
	if ( ++p == pe )
		goto _test_eof2329;
case 2329:
	switch( (*p) ) {
		case 32u: goto tr2873;
		case 41u: goto tr2874;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2329;
	goto st0;
st2330:
	if ( ++p == pe )
		goto _test_eof2330;
case 2330:
	switch( (*p) ) {
		case 73u: goto st2331;
		case 105u: goto st2331;
	}
	goto st0;
st2331:
	if ( ++p == pe )
		goto _test_eof2331;
case 2331:
	switch( (*p) ) {
		case 76u: goto st2327;
		case 108u: goto st2327;
	}
	goto st0;
tr2869:
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2332;
st2332:
	if ( ++p == pe )
		goto _test_eof2332;
case 2332:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2877;
	goto st0;
tr2877:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2333;
st2333:
	if ( ++p == pe )
		goto _test_eof2333;
case 2333:
	if ( (*p) == 125u )
		goto tr2879;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2333;
	goto st0;
tr2879:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2334;
st2334:
	if ( ++p == pe )
		goto _test_eof2334;
case 2334:
	if ( (*p) == 13u )
		goto st2335;
	goto st0;
st2335:
	if ( ++p == pe )
		goto _test_eof2335;
case 2335:
	if ( (*p) == 10u )
		goto tr2881;
	goto st0;
tr2881:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2336;
st2336:
	if ( ++p == pe )
		goto _test_eof2336;
case 2336:
	switch( (*p) ) {
		case 32u: goto tr2882;
		case 41u: goto tr2883;
	}
	goto st0;
st2337:
	if ( ++p == pe )
		goto _test_eof2337;
case 2337:
	if ( (*p) == 40u )
		goto st2338;
	goto st0;
tr2889:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st2338;
tr2901:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	goto st2338;
st2338:
	if ( ++p == pe )
		goto _test_eof2338;
case 2338:
	switch( (*p) ) {
		case 34u: goto tr2886;
		case 40u: goto tr2887;
		case 123u: goto tr2888;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr2885;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr2885;
		} else if ( (*p) >= 43u )
			goto tr2885;
	} else
		goto tr2885;
	goto st0;
tr2885:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st2339;
st2339:
	if ( ++p == pe )
		goto _test_eof2339;
case 2339:
	switch( (*p) ) {
		case 32u: goto tr2889;
		case 33u: goto st2339;
		case 41u: goto tr2891;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st2339;
		} else if ( (*p) >= 35u )
			goto st2339;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st2339;
		} else if ( (*p) >= 93u )
			goto st2339;
	} else
		goto st2339;
	goto st0;
tr2891:
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_CALL_LEAVE(IMW_RULE_TAGGED_EXT_PAREN); {cs = ( run->stack)[--( run->top)];goto _again;} }
	goto st2361;
tr2895:
	{ IMW_CALL_LEAVE(IMW_RULE_TAGGED_EXT_PAREN); {cs = ( run->stack)[--( run->top)];goto _again;} }
	goto st2361;
tr2902:
	{ IMW_EV_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_CALL_LEAVE(IMW_RULE_TAGGED_EXT_PAREN); {cs = ( run->stack)[--( run->top)];goto _again;} }
	goto st2361;
st2361:
	if ( ++p == pe )
		goto _test_eof2361;
case 2361:
	goto st0;
tr2886:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	goto st2340;
st2340:
	if ( ++p == pe )
		goto _test_eof2340;
case 2340:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st2341;
		case 92u: goto st2342;
	}
	goto st2340;
st2341:
	if ( ++p == pe )
		goto _test_eof2341;
case 2341:
	switch( (*p) ) {
		case 32u: goto tr2889;
		case 41u: goto tr2891;
	}
	goto st0;
st2342:
	if ( ++p == pe )
		goto _test_eof2342;
case 2342:
	switch( (*p) ) {
		case 34u: goto st2340;
		case 92u: goto st2340;
	}
	goto st0;
tr2887:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_TAGGED_EXT_PAREN)) {p++; cs = 2343; goto _out;} {( run->stack)[( run->top)++] = 2343;goto st2337;} }
	goto st2343;
st2343:
	if ( ++p == pe )
		goto _test_eof2343;
case 2343:
	switch( (*p) ) {
		case 32u: goto st2338;
		case 41u: goto tr2895;
	}
	goto st0;
tr2888:
	{ IMW_EV_OPEN(IMW_RULE_ASTRING); }
	{ IMW_EV_OPEN(IMW_RULE_LITERAL); }
	goto st2344;
st2344:
	if ( ++p == pe )
		goto _test_eof2344;
case 2344:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr2896;
	goto st0;
tr2896:
	{ IMW_EV_OPEN(IMW_RULE_NUMBER); }
	goto st2345;
st2345:
	if ( ++p == pe )
		goto _test_eof2345;
case 2345:
	if ( (*p) == 125u )
		goto tr2898;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st2345;
	goto st0;
tr2898:
	{ IMW_EV_CLOSE(IMW_RULE_NUMBER); }
	goto st2346;
st2346:
	if ( ++p == pe )
		goto _test_eof2346;
case 2346:
	if ( (*p) == 13u )
		goto st2347;
	goto st0;
st2347:
	if ( ++p == pe )
		goto _test_eof2347;
case 2347:
	if ( (*p) == 10u )
		goto tr2900;
	goto st0;
tr2900:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	goto st2348;
st2348:
	if ( ++p == pe )
		goto _test_eof2348;
case 2348:
	switch( (*p) ) {
		case 32u: goto tr2901;
		case 41u: goto tr2902;
	}
	goto st0;
	}
	_test_eof1: cs = 1; goto _test_eof; 
	_test_eof2: cs = 2; goto _test_eof; 
	_test_eof3: cs = 3; goto _test_eof; 
	_test_eof4: cs = 4; goto _test_eof; 
	_test_eof5: cs = 5; goto _test_eof; 
	_test_eof6: cs = 6; goto _test_eof; 
	_test_eof7: cs = 7; goto _test_eof; 
	_test_eof2349: cs = 2349; goto _test_eof; 
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
	_test_eof2350: cs = 2350; goto _test_eof; 
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
	_test_eof2351: cs = 2351; goto _test_eof; 
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
	_test_eof507: cs = 507; goto _test_eof; 
	_test_eof508: cs = 508; goto _test_eof; 
	_test_eof509: cs = 509; goto _test_eof; 
	_test_eof510: cs = 510; goto _test_eof; 
	_test_eof511: cs = 511; goto _test_eof; 
	_test_eof512: cs = 512; goto _test_eof; 
	_test_eof513: cs = 513; goto _test_eof; 
	_test_eof514: cs = 514; goto _test_eof; 
	_test_eof515: cs = 515; goto _test_eof; 
	_test_eof516: cs = 516; goto _test_eof; 
	_test_eof517: cs = 517; goto _test_eof; 
	_test_eof518: cs = 518; goto _test_eof; 
	_test_eof519: cs = 519; goto _test_eof; 
	_test_eof520: cs = 520; goto _test_eof; 
	_test_eof521: cs = 521; goto _test_eof; 
	_test_eof522: cs = 522; goto _test_eof; 
	_test_eof523: cs = 523; goto _test_eof; 
	_test_eof524: cs = 524; goto _test_eof; 
	_test_eof525: cs = 525; goto _test_eof; 
	_test_eof526: cs = 526; goto _test_eof; 
	_test_eof527: cs = 527; goto _test_eof; 
	_test_eof528: cs = 528; goto _test_eof; 
	_test_eof529: cs = 529; goto _test_eof; 
	_test_eof530: cs = 530; goto _test_eof; 
	_test_eof531: cs = 531; goto _test_eof; 
	_test_eof532: cs = 532; goto _test_eof; 
	_test_eof533: cs = 533; goto _test_eof; 
	_test_eof534: cs = 534; goto _test_eof; 
	_test_eof535: cs = 535; goto _test_eof; 
	_test_eof536: cs = 536; goto _test_eof; 
	_test_eof537: cs = 537; goto _test_eof; 
	_test_eof538: cs = 538; goto _test_eof; 
	_test_eof539: cs = 539; goto _test_eof; 
	_test_eof540: cs = 540; goto _test_eof; 
	_test_eof541: cs = 541; goto _test_eof; 
	_test_eof542: cs = 542; goto _test_eof; 
	_test_eof543: cs = 543; goto _test_eof; 
	_test_eof544: cs = 544; goto _test_eof; 
	_test_eof545: cs = 545; goto _test_eof; 
	_test_eof546: cs = 546; goto _test_eof; 
	_test_eof547: cs = 547; goto _test_eof; 
	_test_eof548: cs = 548; goto _test_eof; 
	_test_eof549: cs = 549; goto _test_eof; 
	_test_eof550: cs = 550; goto _test_eof; 
	_test_eof551: cs = 551; goto _test_eof; 
	_test_eof552: cs = 552; goto _test_eof; 
	_test_eof553: cs = 553; goto _test_eof; 
	_test_eof554: cs = 554; goto _test_eof; 
	_test_eof555: cs = 555; goto _test_eof; 
	_test_eof556: cs = 556; goto _test_eof; 
	_test_eof557: cs = 557; goto _test_eof; 
	_test_eof558: cs = 558; goto _test_eof; 
	_test_eof559: cs = 559; goto _test_eof; 
	_test_eof560: cs = 560; goto _test_eof; 
	_test_eof561: cs = 561; goto _test_eof; 
	_test_eof562: cs = 562; goto _test_eof; 
	_test_eof563: cs = 563; goto _test_eof; 
	_test_eof564: cs = 564; goto _test_eof; 
	_test_eof565: cs = 565; goto _test_eof; 
	_test_eof566: cs = 566; goto _test_eof; 
	_test_eof567: cs = 567; goto _test_eof; 
	_test_eof568: cs = 568; goto _test_eof; 
	_test_eof569: cs = 569; goto _test_eof; 
	_test_eof570: cs = 570; goto _test_eof; 
	_test_eof571: cs = 571; goto _test_eof; 
	_test_eof572: cs = 572; goto _test_eof; 
	_test_eof573: cs = 573; goto _test_eof; 
	_test_eof574: cs = 574; goto _test_eof; 
	_test_eof575: cs = 575; goto _test_eof; 
	_test_eof576: cs = 576; goto _test_eof; 
	_test_eof577: cs = 577; goto _test_eof; 
	_test_eof578: cs = 578; goto _test_eof; 
	_test_eof579: cs = 579; goto _test_eof; 
	_test_eof580: cs = 580; goto _test_eof; 
	_test_eof581: cs = 581; goto _test_eof; 
	_test_eof582: cs = 582; goto _test_eof; 
	_test_eof583: cs = 583; goto _test_eof; 
	_test_eof584: cs = 584; goto _test_eof; 
	_test_eof585: cs = 585; goto _test_eof; 
	_test_eof586: cs = 586; goto _test_eof; 
	_test_eof587: cs = 587; goto _test_eof; 
	_test_eof588: cs = 588; goto _test_eof; 
	_test_eof589: cs = 589; goto _test_eof; 
	_test_eof590: cs = 590; goto _test_eof; 
	_test_eof591: cs = 591; goto _test_eof; 
	_test_eof592: cs = 592; goto _test_eof; 
	_test_eof593: cs = 593; goto _test_eof; 
	_test_eof594: cs = 594; goto _test_eof; 
	_test_eof595: cs = 595; goto _test_eof; 
	_test_eof596: cs = 596; goto _test_eof; 
	_test_eof597: cs = 597; goto _test_eof; 
	_test_eof598: cs = 598; goto _test_eof; 
	_test_eof599: cs = 599; goto _test_eof; 
	_test_eof600: cs = 600; goto _test_eof; 
	_test_eof601: cs = 601; goto _test_eof; 
	_test_eof602: cs = 602; goto _test_eof; 
	_test_eof603: cs = 603; goto _test_eof; 
	_test_eof604: cs = 604; goto _test_eof; 
	_test_eof605: cs = 605; goto _test_eof; 
	_test_eof606: cs = 606; goto _test_eof; 
	_test_eof607: cs = 607; goto _test_eof; 
	_test_eof608: cs = 608; goto _test_eof; 
	_test_eof609: cs = 609; goto _test_eof; 
	_test_eof610: cs = 610; goto _test_eof; 
	_test_eof611: cs = 611; goto _test_eof; 
	_test_eof612: cs = 612; goto _test_eof; 
	_test_eof613: cs = 613; goto _test_eof; 
	_test_eof614: cs = 614; goto _test_eof; 
	_test_eof615: cs = 615; goto _test_eof; 
	_test_eof616: cs = 616; goto _test_eof; 
	_test_eof617: cs = 617; goto _test_eof; 
	_test_eof618: cs = 618; goto _test_eof; 
	_test_eof619: cs = 619; goto _test_eof; 
	_test_eof620: cs = 620; goto _test_eof; 
	_test_eof621: cs = 621; goto _test_eof; 
	_test_eof622: cs = 622; goto _test_eof; 
	_test_eof623: cs = 623; goto _test_eof; 
	_test_eof624: cs = 624; goto _test_eof; 
	_test_eof625: cs = 625; goto _test_eof; 
	_test_eof626: cs = 626; goto _test_eof; 
	_test_eof627: cs = 627; goto _test_eof; 
	_test_eof628: cs = 628; goto _test_eof; 
	_test_eof629: cs = 629; goto _test_eof; 
	_test_eof630: cs = 630; goto _test_eof; 
	_test_eof631: cs = 631; goto _test_eof; 
	_test_eof632: cs = 632; goto _test_eof; 
	_test_eof633: cs = 633; goto _test_eof; 
	_test_eof634: cs = 634; goto _test_eof; 
	_test_eof635: cs = 635; goto _test_eof; 
	_test_eof636: cs = 636; goto _test_eof; 
	_test_eof637: cs = 637; goto _test_eof; 
	_test_eof638: cs = 638; goto _test_eof; 
	_test_eof639: cs = 639; goto _test_eof; 
	_test_eof640: cs = 640; goto _test_eof; 
	_test_eof641: cs = 641; goto _test_eof; 
	_test_eof642: cs = 642; goto _test_eof; 
	_test_eof643: cs = 643; goto _test_eof; 
	_test_eof644: cs = 644; goto _test_eof; 
	_test_eof645: cs = 645; goto _test_eof; 
	_test_eof646: cs = 646; goto _test_eof; 
	_test_eof647: cs = 647; goto _test_eof; 
	_test_eof648: cs = 648; goto _test_eof; 
	_test_eof649: cs = 649; goto _test_eof; 
	_test_eof650: cs = 650; goto _test_eof; 
	_test_eof651: cs = 651; goto _test_eof; 
	_test_eof652: cs = 652; goto _test_eof; 
	_test_eof653: cs = 653; goto _test_eof; 
	_test_eof654: cs = 654; goto _test_eof; 
	_test_eof655: cs = 655; goto _test_eof; 
	_test_eof656: cs = 656; goto _test_eof; 
	_test_eof657: cs = 657; goto _test_eof; 
	_test_eof658: cs = 658; goto _test_eof; 
	_test_eof659: cs = 659; goto _test_eof; 
	_test_eof660: cs = 660; goto _test_eof; 
	_test_eof661: cs = 661; goto _test_eof; 
	_test_eof662: cs = 662; goto _test_eof; 
	_test_eof663: cs = 663; goto _test_eof; 
	_test_eof664: cs = 664; goto _test_eof; 
	_test_eof665: cs = 665; goto _test_eof; 
	_test_eof666: cs = 666; goto _test_eof; 
	_test_eof667: cs = 667; goto _test_eof; 
	_test_eof668: cs = 668; goto _test_eof; 
	_test_eof669: cs = 669; goto _test_eof; 
	_test_eof670: cs = 670; goto _test_eof; 
	_test_eof671: cs = 671; goto _test_eof; 
	_test_eof672: cs = 672; goto _test_eof; 
	_test_eof673: cs = 673; goto _test_eof; 
	_test_eof674: cs = 674; goto _test_eof; 
	_test_eof675: cs = 675; goto _test_eof; 
	_test_eof676: cs = 676; goto _test_eof; 
	_test_eof677: cs = 677; goto _test_eof; 
	_test_eof678: cs = 678; goto _test_eof; 
	_test_eof679: cs = 679; goto _test_eof; 
	_test_eof680: cs = 680; goto _test_eof; 
	_test_eof681: cs = 681; goto _test_eof; 
	_test_eof682: cs = 682; goto _test_eof; 
	_test_eof683: cs = 683; goto _test_eof; 
	_test_eof684: cs = 684; goto _test_eof; 
	_test_eof685: cs = 685; goto _test_eof; 
	_test_eof686: cs = 686; goto _test_eof; 
	_test_eof687: cs = 687; goto _test_eof; 
	_test_eof688: cs = 688; goto _test_eof; 
	_test_eof689: cs = 689; goto _test_eof; 
	_test_eof690: cs = 690; goto _test_eof; 
	_test_eof691: cs = 691; goto _test_eof; 
	_test_eof692: cs = 692; goto _test_eof; 
	_test_eof693: cs = 693; goto _test_eof; 
	_test_eof694: cs = 694; goto _test_eof; 
	_test_eof695: cs = 695; goto _test_eof; 
	_test_eof696: cs = 696; goto _test_eof; 
	_test_eof697: cs = 697; goto _test_eof; 
	_test_eof698: cs = 698; goto _test_eof; 
	_test_eof699: cs = 699; goto _test_eof; 
	_test_eof700: cs = 700; goto _test_eof; 
	_test_eof701: cs = 701; goto _test_eof; 
	_test_eof702: cs = 702; goto _test_eof; 
	_test_eof703: cs = 703; goto _test_eof; 
	_test_eof704: cs = 704; goto _test_eof; 
	_test_eof705: cs = 705; goto _test_eof; 
	_test_eof706: cs = 706; goto _test_eof; 
	_test_eof707: cs = 707; goto _test_eof; 
	_test_eof708: cs = 708; goto _test_eof; 
	_test_eof709: cs = 709; goto _test_eof; 
	_test_eof710: cs = 710; goto _test_eof; 
	_test_eof711: cs = 711; goto _test_eof; 
	_test_eof712: cs = 712; goto _test_eof; 
	_test_eof713: cs = 713; goto _test_eof; 
	_test_eof714: cs = 714; goto _test_eof; 
	_test_eof715: cs = 715; goto _test_eof; 
	_test_eof716: cs = 716; goto _test_eof; 
	_test_eof717: cs = 717; goto _test_eof; 
	_test_eof718: cs = 718; goto _test_eof; 
	_test_eof719: cs = 719; goto _test_eof; 
	_test_eof720: cs = 720; goto _test_eof; 
	_test_eof721: cs = 721; goto _test_eof; 
	_test_eof722: cs = 722; goto _test_eof; 
	_test_eof723: cs = 723; goto _test_eof; 
	_test_eof724: cs = 724; goto _test_eof; 
	_test_eof725: cs = 725; goto _test_eof; 
	_test_eof726: cs = 726; goto _test_eof; 
	_test_eof727: cs = 727; goto _test_eof; 
	_test_eof728: cs = 728; goto _test_eof; 
	_test_eof729: cs = 729; goto _test_eof; 
	_test_eof730: cs = 730; goto _test_eof; 
	_test_eof731: cs = 731; goto _test_eof; 
	_test_eof732: cs = 732; goto _test_eof; 
	_test_eof733: cs = 733; goto _test_eof; 
	_test_eof734: cs = 734; goto _test_eof; 
	_test_eof735: cs = 735; goto _test_eof; 
	_test_eof736: cs = 736; goto _test_eof; 
	_test_eof737: cs = 737; goto _test_eof; 
	_test_eof738: cs = 738; goto _test_eof; 
	_test_eof739: cs = 739; goto _test_eof; 
	_test_eof740: cs = 740; goto _test_eof; 
	_test_eof741: cs = 741; goto _test_eof; 
	_test_eof742: cs = 742; goto _test_eof; 
	_test_eof743: cs = 743; goto _test_eof; 
	_test_eof744: cs = 744; goto _test_eof; 
	_test_eof745: cs = 745; goto _test_eof; 
	_test_eof746: cs = 746; goto _test_eof; 
	_test_eof2352: cs = 2352; goto _test_eof; 
	_test_eof747: cs = 747; goto _test_eof; 
	_test_eof748: cs = 748; goto _test_eof; 
	_test_eof749: cs = 749; goto _test_eof; 
	_test_eof750: cs = 750; goto _test_eof; 
	_test_eof751: cs = 751; goto _test_eof; 
	_test_eof752: cs = 752; goto _test_eof; 
	_test_eof753: cs = 753; goto _test_eof; 
	_test_eof754: cs = 754; goto _test_eof; 
	_test_eof755: cs = 755; goto _test_eof; 
	_test_eof756: cs = 756; goto _test_eof; 
	_test_eof757: cs = 757; goto _test_eof; 
	_test_eof758: cs = 758; goto _test_eof; 
	_test_eof759: cs = 759; goto _test_eof; 
	_test_eof760: cs = 760; goto _test_eof; 
	_test_eof761: cs = 761; goto _test_eof; 
	_test_eof762: cs = 762; goto _test_eof; 
	_test_eof763: cs = 763; goto _test_eof; 
	_test_eof764: cs = 764; goto _test_eof; 
	_test_eof765: cs = 765; goto _test_eof; 
	_test_eof766: cs = 766; goto _test_eof; 
	_test_eof767: cs = 767; goto _test_eof; 
	_test_eof768: cs = 768; goto _test_eof; 
	_test_eof769: cs = 769; goto _test_eof; 
	_test_eof770: cs = 770; goto _test_eof; 
	_test_eof771: cs = 771; goto _test_eof; 
	_test_eof772: cs = 772; goto _test_eof; 
	_test_eof773: cs = 773; goto _test_eof; 
	_test_eof774: cs = 774; goto _test_eof; 
	_test_eof775: cs = 775; goto _test_eof; 
	_test_eof776: cs = 776; goto _test_eof; 
	_test_eof777: cs = 777; goto _test_eof; 
	_test_eof778: cs = 778; goto _test_eof; 
	_test_eof779: cs = 779; goto _test_eof; 
	_test_eof780: cs = 780; goto _test_eof; 
	_test_eof781: cs = 781; goto _test_eof; 
	_test_eof782: cs = 782; goto _test_eof; 
	_test_eof783: cs = 783; goto _test_eof; 
	_test_eof784: cs = 784; goto _test_eof; 
	_test_eof785: cs = 785; goto _test_eof; 
	_test_eof786: cs = 786; goto _test_eof; 
	_test_eof787: cs = 787; goto _test_eof; 
	_test_eof788: cs = 788; goto _test_eof; 
	_test_eof789: cs = 789; goto _test_eof; 
	_test_eof790: cs = 790; goto _test_eof; 
	_test_eof791: cs = 791; goto _test_eof; 
	_test_eof792: cs = 792; goto _test_eof; 
	_test_eof793: cs = 793; goto _test_eof; 
	_test_eof794: cs = 794; goto _test_eof; 
	_test_eof795: cs = 795; goto _test_eof; 
	_test_eof796: cs = 796; goto _test_eof; 
	_test_eof797: cs = 797; goto _test_eof; 
	_test_eof798: cs = 798; goto _test_eof; 
	_test_eof799: cs = 799; goto _test_eof; 
	_test_eof800: cs = 800; goto _test_eof; 
	_test_eof801: cs = 801; goto _test_eof; 
	_test_eof802: cs = 802; goto _test_eof; 
	_test_eof803: cs = 803; goto _test_eof; 
	_test_eof804: cs = 804; goto _test_eof; 
	_test_eof805: cs = 805; goto _test_eof; 
	_test_eof806: cs = 806; goto _test_eof; 
	_test_eof807: cs = 807; goto _test_eof; 
	_test_eof808: cs = 808; goto _test_eof; 
	_test_eof809: cs = 809; goto _test_eof; 
	_test_eof810: cs = 810; goto _test_eof; 
	_test_eof811: cs = 811; goto _test_eof; 
	_test_eof812: cs = 812; goto _test_eof; 
	_test_eof813: cs = 813; goto _test_eof; 
	_test_eof814: cs = 814; goto _test_eof; 
	_test_eof815: cs = 815; goto _test_eof; 
	_test_eof816: cs = 816; goto _test_eof; 
	_test_eof817: cs = 817; goto _test_eof; 
	_test_eof818: cs = 818; goto _test_eof; 
	_test_eof819: cs = 819; goto _test_eof; 
	_test_eof820: cs = 820; goto _test_eof; 
	_test_eof821: cs = 821; goto _test_eof; 
	_test_eof822: cs = 822; goto _test_eof; 
	_test_eof823: cs = 823; goto _test_eof; 
	_test_eof824: cs = 824; goto _test_eof; 
	_test_eof825: cs = 825; goto _test_eof; 
	_test_eof826: cs = 826; goto _test_eof; 
	_test_eof827: cs = 827; goto _test_eof; 
	_test_eof828: cs = 828; goto _test_eof; 
	_test_eof829: cs = 829; goto _test_eof; 
	_test_eof830: cs = 830; goto _test_eof; 
	_test_eof831: cs = 831; goto _test_eof; 
	_test_eof832: cs = 832; goto _test_eof; 
	_test_eof833: cs = 833; goto _test_eof; 
	_test_eof834: cs = 834; goto _test_eof; 
	_test_eof835: cs = 835; goto _test_eof; 
	_test_eof836: cs = 836; goto _test_eof; 
	_test_eof837: cs = 837; goto _test_eof; 
	_test_eof838: cs = 838; goto _test_eof; 
	_test_eof839: cs = 839; goto _test_eof; 
	_test_eof840: cs = 840; goto _test_eof; 
	_test_eof841: cs = 841; goto _test_eof; 
	_test_eof842: cs = 842; goto _test_eof; 
	_test_eof843: cs = 843; goto _test_eof; 
	_test_eof844: cs = 844; goto _test_eof; 
	_test_eof845: cs = 845; goto _test_eof; 
	_test_eof846: cs = 846; goto _test_eof; 
	_test_eof847: cs = 847; goto _test_eof; 
	_test_eof848: cs = 848; goto _test_eof; 
	_test_eof849: cs = 849; goto _test_eof; 
	_test_eof850: cs = 850; goto _test_eof; 
	_test_eof851: cs = 851; goto _test_eof; 
	_test_eof852: cs = 852; goto _test_eof; 
	_test_eof853: cs = 853; goto _test_eof; 
	_test_eof854: cs = 854; goto _test_eof; 
	_test_eof855: cs = 855; goto _test_eof; 
	_test_eof856: cs = 856; goto _test_eof; 
	_test_eof857: cs = 857; goto _test_eof; 
	_test_eof858: cs = 858; goto _test_eof; 
	_test_eof859: cs = 859; goto _test_eof; 
	_test_eof860: cs = 860; goto _test_eof; 
	_test_eof2353: cs = 2353; goto _test_eof; 
	_test_eof861: cs = 861; goto _test_eof; 
	_test_eof862: cs = 862; goto _test_eof; 
	_test_eof863: cs = 863; goto _test_eof; 
	_test_eof864: cs = 864; goto _test_eof; 
	_test_eof865: cs = 865; goto _test_eof; 
	_test_eof866: cs = 866; goto _test_eof; 
	_test_eof867: cs = 867; goto _test_eof; 
	_test_eof868: cs = 868; goto _test_eof; 
	_test_eof869: cs = 869; goto _test_eof; 
	_test_eof870: cs = 870; goto _test_eof; 
	_test_eof871: cs = 871; goto _test_eof; 
	_test_eof872: cs = 872; goto _test_eof; 
	_test_eof873: cs = 873; goto _test_eof; 
	_test_eof874: cs = 874; goto _test_eof; 
	_test_eof875: cs = 875; goto _test_eof; 
	_test_eof876: cs = 876; goto _test_eof; 
	_test_eof877: cs = 877; goto _test_eof; 
	_test_eof878: cs = 878; goto _test_eof; 
	_test_eof879: cs = 879; goto _test_eof; 
	_test_eof880: cs = 880; goto _test_eof; 
	_test_eof881: cs = 881; goto _test_eof; 
	_test_eof882: cs = 882; goto _test_eof; 
	_test_eof883: cs = 883; goto _test_eof; 
	_test_eof884: cs = 884; goto _test_eof; 
	_test_eof885: cs = 885; goto _test_eof; 
	_test_eof886: cs = 886; goto _test_eof; 
	_test_eof887: cs = 887; goto _test_eof; 
	_test_eof888: cs = 888; goto _test_eof; 
	_test_eof889: cs = 889; goto _test_eof; 
	_test_eof890: cs = 890; goto _test_eof; 
	_test_eof891: cs = 891; goto _test_eof; 
	_test_eof892: cs = 892; goto _test_eof; 
	_test_eof893: cs = 893; goto _test_eof; 
	_test_eof894: cs = 894; goto _test_eof; 
	_test_eof2354: cs = 2354; goto _test_eof; 
	_test_eof895: cs = 895; goto _test_eof; 
	_test_eof896: cs = 896; goto _test_eof; 
	_test_eof897: cs = 897; goto _test_eof; 
	_test_eof898: cs = 898; goto _test_eof; 
	_test_eof899: cs = 899; goto _test_eof; 
	_test_eof900: cs = 900; goto _test_eof; 
	_test_eof901: cs = 901; goto _test_eof; 
	_test_eof902: cs = 902; goto _test_eof; 
	_test_eof903: cs = 903; goto _test_eof; 
	_test_eof904: cs = 904; goto _test_eof; 
	_test_eof905: cs = 905; goto _test_eof; 
	_test_eof906: cs = 906; goto _test_eof; 
	_test_eof907: cs = 907; goto _test_eof; 
	_test_eof908: cs = 908; goto _test_eof; 
	_test_eof909: cs = 909; goto _test_eof; 
	_test_eof910: cs = 910; goto _test_eof; 
	_test_eof911: cs = 911; goto _test_eof; 
	_test_eof912: cs = 912; goto _test_eof; 
	_test_eof913: cs = 913; goto _test_eof; 
	_test_eof914: cs = 914; goto _test_eof; 
	_test_eof915: cs = 915; goto _test_eof; 
	_test_eof916: cs = 916; goto _test_eof; 
	_test_eof917: cs = 917; goto _test_eof; 
	_test_eof918: cs = 918; goto _test_eof; 
	_test_eof919: cs = 919; goto _test_eof; 
	_test_eof920: cs = 920; goto _test_eof; 
	_test_eof921: cs = 921; goto _test_eof; 
	_test_eof922: cs = 922; goto _test_eof; 
	_test_eof923: cs = 923; goto _test_eof; 
	_test_eof924: cs = 924; goto _test_eof; 
	_test_eof925: cs = 925; goto _test_eof; 
	_test_eof926: cs = 926; goto _test_eof; 
	_test_eof927: cs = 927; goto _test_eof; 
	_test_eof928: cs = 928; goto _test_eof; 
	_test_eof929: cs = 929; goto _test_eof; 
	_test_eof930: cs = 930; goto _test_eof; 
	_test_eof931: cs = 931; goto _test_eof; 
	_test_eof932: cs = 932; goto _test_eof; 
	_test_eof933: cs = 933; goto _test_eof; 
	_test_eof934: cs = 934; goto _test_eof; 
	_test_eof935: cs = 935; goto _test_eof; 
	_test_eof936: cs = 936; goto _test_eof; 
	_test_eof937: cs = 937; goto _test_eof; 
	_test_eof938: cs = 938; goto _test_eof; 
	_test_eof939: cs = 939; goto _test_eof; 
	_test_eof940: cs = 940; goto _test_eof; 
	_test_eof941: cs = 941; goto _test_eof; 
	_test_eof942: cs = 942; goto _test_eof; 
	_test_eof943: cs = 943; goto _test_eof; 
	_test_eof944: cs = 944; goto _test_eof; 
	_test_eof945: cs = 945; goto _test_eof; 
	_test_eof946: cs = 946; goto _test_eof; 
	_test_eof947: cs = 947; goto _test_eof; 
	_test_eof948: cs = 948; goto _test_eof; 
	_test_eof949: cs = 949; goto _test_eof; 
	_test_eof950: cs = 950; goto _test_eof; 
	_test_eof951: cs = 951; goto _test_eof; 
	_test_eof952: cs = 952; goto _test_eof; 
	_test_eof953: cs = 953; goto _test_eof; 
	_test_eof954: cs = 954; goto _test_eof; 
	_test_eof955: cs = 955; goto _test_eof; 
	_test_eof956: cs = 956; goto _test_eof; 
	_test_eof957: cs = 957; goto _test_eof; 
	_test_eof958: cs = 958; goto _test_eof; 
	_test_eof959: cs = 959; goto _test_eof; 
	_test_eof960: cs = 960; goto _test_eof; 
	_test_eof961: cs = 961; goto _test_eof; 
	_test_eof962: cs = 962; goto _test_eof; 
	_test_eof963: cs = 963; goto _test_eof; 
	_test_eof964: cs = 964; goto _test_eof; 
	_test_eof965: cs = 965; goto _test_eof; 
	_test_eof966: cs = 966; goto _test_eof; 
	_test_eof967: cs = 967; goto _test_eof; 
	_test_eof968: cs = 968; goto _test_eof; 
	_test_eof969: cs = 969; goto _test_eof; 
	_test_eof970: cs = 970; goto _test_eof; 
	_test_eof971: cs = 971; goto _test_eof; 
	_test_eof972: cs = 972; goto _test_eof; 
	_test_eof973: cs = 973; goto _test_eof; 
	_test_eof974: cs = 974; goto _test_eof; 
	_test_eof975: cs = 975; goto _test_eof; 
	_test_eof976: cs = 976; goto _test_eof; 
	_test_eof977: cs = 977; goto _test_eof; 
	_test_eof978: cs = 978; goto _test_eof; 
	_test_eof979: cs = 979; goto _test_eof; 
	_test_eof980: cs = 980; goto _test_eof; 
	_test_eof981: cs = 981; goto _test_eof; 
	_test_eof982: cs = 982; goto _test_eof; 
	_test_eof983: cs = 983; goto _test_eof; 
	_test_eof984: cs = 984; goto _test_eof; 
	_test_eof985: cs = 985; goto _test_eof; 
	_test_eof986: cs = 986; goto _test_eof; 
	_test_eof987: cs = 987; goto _test_eof; 
	_test_eof988: cs = 988; goto _test_eof; 
	_test_eof989: cs = 989; goto _test_eof; 
	_test_eof990: cs = 990; goto _test_eof; 
	_test_eof991: cs = 991; goto _test_eof; 
	_test_eof992: cs = 992; goto _test_eof; 
	_test_eof993: cs = 993; goto _test_eof; 
	_test_eof994: cs = 994; goto _test_eof; 
	_test_eof995: cs = 995; goto _test_eof; 
	_test_eof996: cs = 996; goto _test_eof; 
	_test_eof997: cs = 997; goto _test_eof; 
	_test_eof998: cs = 998; goto _test_eof; 
	_test_eof999: cs = 999; goto _test_eof; 
	_test_eof1000: cs = 1000; goto _test_eof; 
	_test_eof1001: cs = 1001; goto _test_eof; 
	_test_eof1002: cs = 1002; goto _test_eof; 
	_test_eof1003: cs = 1003; goto _test_eof; 
	_test_eof1004: cs = 1004; goto _test_eof; 
	_test_eof1005: cs = 1005; goto _test_eof; 
	_test_eof1006: cs = 1006; goto _test_eof; 
	_test_eof1007: cs = 1007; goto _test_eof; 
	_test_eof1008: cs = 1008; goto _test_eof; 
	_test_eof1009: cs = 1009; goto _test_eof; 
	_test_eof1010: cs = 1010; goto _test_eof; 
	_test_eof1011: cs = 1011; goto _test_eof; 
	_test_eof1012: cs = 1012; goto _test_eof; 
	_test_eof1013: cs = 1013; goto _test_eof; 
	_test_eof1014: cs = 1014; goto _test_eof; 
	_test_eof1015: cs = 1015; goto _test_eof; 
	_test_eof1016: cs = 1016; goto _test_eof; 
	_test_eof1017: cs = 1017; goto _test_eof; 
	_test_eof1018: cs = 1018; goto _test_eof; 
	_test_eof1019: cs = 1019; goto _test_eof; 
	_test_eof1020: cs = 1020; goto _test_eof; 
	_test_eof1021: cs = 1021; goto _test_eof; 
	_test_eof1022: cs = 1022; goto _test_eof; 
	_test_eof1023: cs = 1023; goto _test_eof; 
	_test_eof1024: cs = 1024; goto _test_eof; 
	_test_eof1025: cs = 1025; goto _test_eof; 
	_test_eof1026: cs = 1026; goto _test_eof; 
	_test_eof1027: cs = 1027; goto _test_eof; 
	_test_eof1028: cs = 1028; goto _test_eof; 
	_test_eof1029: cs = 1029; goto _test_eof; 
	_test_eof1030: cs = 1030; goto _test_eof; 
	_test_eof1031: cs = 1031; goto _test_eof; 
	_test_eof1032: cs = 1032; goto _test_eof; 
	_test_eof1033: cs = 1033; goto _test_eof; 
	_test_eof1034: cs = 1034; goto _test_eof; 
	_test_eof1035: cs = 1035; goto _test_eof; 
	_test_eof1036: cs = 1036; goto _test_eof; 
	_test_eof1037: cs = 1037; goto _test_eof; 
	_test_eof1038: cs = 1038; goto _test_eof; 
	_test_eof1039: cs = 1039; goto _test_eof; 
	_test_eof1040: cs = 1040; goto _test_eof; 
	_test_eof1041: cs = 1041; goto _test_eof; 
	_test_eof1042: cs = 1042; goto _test_eof; 
	_test_eof1043: cs = 1043; goto _test_eof; 
	_test_eof1044: cs = 1044; goto _test_eof; 
	_test_eof1045: cs = 1045; goto _test_eof; 
	_test_eof1046: cs = 1046; goto _test_eof; 
	_test_eof1047: cs = 1047; goto _test_eof; 
	_test_eof1048: cs = 1048; goto _test_eof; 
	_test_eof1049: cs = 1049; goto _test_eof; 
	_test_eof1050: cs = 1050; goto _test_eof; 
	_test_eof1051: cs = 1051; goto _test_eof; 
	_test_eof1052: cs = 1052; goto _test_eof; 
	_test_eof1053: cs = 1053; goto _test_eof; 
	_test_eof1054: cs = 1054; goto _test_eof; 
	_test_eof1055: cs = 1055; goto _test_eof; 
	_test_eof1056: cs = 1056; goto _test_eof; 
	_test_eof1057: cs = 1057; goto _test_eof; 
	_test_eof1058: cs = 1058; goto _test_eof; 
	_test_eof1059: cs = 1059; goto _test_eof; 
	_test_eof1060: cs = 1060; goto _test_eof; 
	_test_eof1061: cs = 1061; goto _test_eof; 
	_test_eof1062: cs = 1062; goto _test_eof; 
	_test_eof1063: cs = 1063; goto _test_eof; 
	_test_eof1064: cs = 1064; goto _test_eof; 
	_test_eof1065: cs = 1065; goto _test_eof; 
	_test_eof1066: cs = 1066; goto _test_eof; 
	_test_eof1067: cs = 1067; goto _test_eof; 
	_test_eof1068: cs = 1068; goto _test_eof; 
	_test_eof1069: cs = 1069; goto _test_eof; 
	_test_eof1070: cs = 1070; goto _test_eof; 
	_test_eof1071: cs = 1071; goto _test_eof; 
	_test_eof1072: cs = 1072; goto _test_eof; 
	_test_eof1073: cs = 1073; goto _test_eof; 
	_test_eof1074: cs = 1074; goto _test_eof; 
	_test_eof1075: cs = 1075; goto _test_eof; 
	_test_eof1076: cs = 1076; goto _test_eof; 
	_test_eof1077: cs = 1077; goto _test_eof; 
	_test_eof1078: cs = 1078; goto _test_eof; 
	_test_eof1079: cs = 1079; goto _test_eof; 
	_test_eof1080: cs = 1080; goto _test_eof; 
	_test_eof1081: cs = 1081; goto _test_eof; 
	_test_eof1082: cs = 1082; goto _test_eof; 
	_test_eof1083: cs = 1083; goto _test_eof; 
	_test_eof1084: cs = 1084; goto _test_eof; 
	_test_eof1085: cs = 1085; goto _test_eof; 
	_test_eof1086: cs = 1086; goto _test_eof; 
	_test_eof1087: cs = 1087; goto _test_eof; 
	_test_eof1088: cs = 1088; goto _test_eof; 
	_test_eof1089: cs = 1089; goto _test_eof; 
	_test_eof1090: cs = 1090; goto _test_eof; 
	_test_eof1091: cs = 1091; goto _test_eof; 
	_test_eof1092: cs = 1092; goto _test_eof; 
	_test_eof1093: cs = 1093; goto _test_eof; 
	_test_eof1094: cs = 1094; goto _test_eof; 
	_test_eof1095: cs = 1095; goto _test_eof; 
	_test_eof1096: cs = 1096; goto _test_eof; 
	_test_eof1097: cs = 1097; goto _test_eof; 
	_test_eof1098: cs = 1098; goto _test_eof; 
	_test_eof1099: cs = 1099; goto _test_eof; 
	_test_eof1100: cs = 1100; goto _test_eof; 
	_test_eof1101: cs = 1101; goto _test_eof; 
	_test_eof1102: cs = 1102; goto _test_eof; 
	_test_eof1103: cs = 1103; goto _test_eof; 
	_test_eof1104: cs = 1104; goto _test_eof; 
	_test_eof1105: cs = 1105; goto _test_eof; 
	_test_eof1106: cs = 1106; goto _test_eof; 
	_test_eof1107: cs = 1107; goto _test_eof; 
	_test_eof1108: cs = 1108; goto _test_eof; 
	_test_eof1109: cs = 1109; goto _test_eof; 
	_test_eof1110: cs = 1110; goto _test_eof; 
	_test_eof1111: cs = 1111; goto _test_eof; 
	_test_eof1112: cs = 1112; goto _test_eof; 
	_test_eof1113: cs = 1113; goto _test_eof; 
	_test_eof1114: cs = 1114; goto _test_eof; 
	_test_eof1115: cs = 1115; goto _test_eof; 
	_test_eof1116: cs = 1116; goto _test_eof; 
	_test_eof1117: cs = 1117; goto _test_eof; 
	_test_eof1118: cs = 1118; goto _test_eof; 
	_test_eof1119: cs = 1119; goto _test_eof; 
	_test_eof1120: cs = 1120; goto _test_eof; 
	_test_eof1121: cs = 1121; goto _test_eof; 
	_test_eof1122: cs = 1122; goto _test_eof; 
	_test_eof1123: cs = 1123; goto _test_eof; 
	_test_eof1124: cs = 1124; goto _test_eof; 
	_test_eof1125: cs = 1125; goto _test_eof; 
	_test_eof1126: cs = 1126; goto _test_eof; 
	_test_eof1127: cs = 1127; goto _test_eof; 
	_test_eof1128: cs = 1128; goto _test_eof; 
	_test_eof1129: cs = 1129; goto _test_eof; 
	_test_eof1130: cs = 1130; goto _test_eof; 
	_test_eof1131: cs = 1131; goto _test_eof; 
	_test_eof1132: cs = 1132; goto _test_eof; 
	_test_eof1133: cs = 1133; goto _test_eof; 
	_test_eof1134: cs = 1134; goto _test_eof; 
	_test_eof1135: cs = 1135; goto _test_eof; 
	_test_eof1136: cs = 1136; goto _test_eof; 
	_test_eof1137: cs = 1137; goto _test_eof; 
	_test_eof1138: cs = 1138; goto _test_eof; 
	_test_eof1139: cs = 1139; goto _test_eof; 
	_test_eof1140: cs = 1140; goto _test_eof; 
	_test_eof1141: cs = 1141; goto _test_eof; 
	_test_eof1142: cs = 1142; goto _test_eof; 
	_test_eof1143: cs = 1143; goto _test_eof; 
	_test_eof1144: cs = 1144; goto _test_eof; 
	_test_eof1145: cs = 1145; goto _test_eof; 
	_test_eof1146: cs = 1146; goto _test_eof; 
	_test_eof1147: cs = 1147; goto _test_eof; 
	_test_eof1148: cs = 1148; goto _test_eof; 
	_test_eof1149: cs = 1149; goto _test_eof; 
	_test_eof1150: cs = 1150; goto _test_eof; 
	_test_eof1151: cs = 1151; goto _test_eof; 
	_test_eof1152: cs = 1152; goto _test_eof; 
	_test_eof1153: cs = 1153; goto _test_eof; 
	_test_eof1154: cs = 1154; goto _test_eof; 
	_test_eof1155: cs = 1155; goto _test_eof; 
	_test_eof1156: cs = 1156; goto _test_eof; 
	_test_eof1157: cs = 1157; goto _test_eof; 
	_test_eof1158: cs = 1158; goto _test_eof; 
	_test_eof1159: cs = 1159; goto _test_eof; 
	_test_eof1160: cs = 1160; goto _test_eof; 
	_test_eof1161: cs = 1161; goto _test_eof; 
	_test_eof1162: cs = 1162; goto _test_eof; 
	_test_eof1163: cs = 1163; goto _test_eof; 
	_test_eof1164: cs = 1164; goto _test_eof; 
	_test_eof1165: cs = 1165; goto _test_eof; 
	_test_eof1166: cs = 1166; goto _test_eof; 
	_test_eof1167: cs = 1167; goto _test_eof; 
	_test_eof1168: cs = 1168; goto _test_eof; 
	_test_eof1169: cs = 1169; goto _test_eof; 
	_test_eof1170: cs = 1170; goto _test_eof; 
	_test_eof1171: cs = 1171; goto _test_eof; 
	_test_eof1172: cs = 1172; goto _test_eof; 
	_test_eof1173: cs = 1173; goto _test_eof; 
	_test_eof1174: cs = 1174; goto _test_eof; 
	_test_eof1175: cs = 1175; goto _test_eof; 
	_test_eof1176: cs = 1176; goto _test_eof; 
	_test_eof1177: cs = 1177; goto _test_eof; 
	_test_eof1178: cs = 1178; goto _test_eof; 
	_test_eof1179: cs = 1179; goto _test_eof; 
	_test_eof1180: cs = 1180; goto _test_eof; 
	_test_eof1181: cs = 1181; goto _test_eof; 
	_test_eof1182: cs = 1182; goto _test_eof; 
	_test_eof1183: cs = 1183; goto _test_eof; 
	_test_eof1184: cs = 1184; goto _test_eof; 
	_test_eof1185: cs = 1185; goto _test_eof; 
	_test_eof1186: cs = 1186; goto _test_eof; 
	_test_eof1187: cs = 1187; goto _test_eof; 
	_test_eof1188: cs = 1188; goto _test_eof; 
	_test_eof1189: cs = 1189; goto _test_eof; 
	_test_eof1190: cs = 1190; goto _test_eof; 
	_test_eof1191: cs = 1191; goto _test_eof; 
	_test_eof1192: cs = 1192; goto _test_eof; 
	_test_eof1193: cs = 1193; goto _test_eof; 
	_test_eof1194: cs = 1194; goto _test_eof; 
	_test_eof1195: cs = 1195; goto _test_eof; 
	_test_eof1196: cs = 1196; goto _test_eof; 
	_test_eof1197: cs = 1197; goto _test_eof; 
	_test_eof1198: cs = 1198; goto _test_eof; 
	_test_eof1199: cs = 1199; goto _test_eof; 
	_test_eof1200: cs = 1200; goto _test_eof; 
	_test_eof1201: cs = 1201; goto _test_eof; 
	_test_eof1202: cs = 1202; goto _test_eof; 
	_test_eof1203: cs = 1203; goto _test_eof; 
	_test_eof1204: cs = 1204; goto _test_eof; 
	_test_eof1205: cs = 1205; goto _test_eof; 
	_test_eof1206: cs = 1206; goto _test_eof; 
	_test_eof1207: cs = 1207; goto _test_eof; 
	_test_eof1208: cs = 1208; goto _test_eof; 
	_test_eof1209: cs = 1209; goto _test_eof; 
	_test_eof1210: cs = 1210; goto _test_eof; 
	_test_eof1211: cs = 1211; goto _test_eof; 
	_test_eof1212: cs = 1212; goto _test_eof; 
	_test_eof1213: cs = 1213; goto _test_eof; 
	_test_eof1214: cs = 1214; goto _test_eof; 
	_test_eof1215: cs = 1215; goto _test_eof; 
	_test_eof1216: cs = 1216; goto _test_eof; 
	_test_eof1217: cs = 1217; goto _test_eof; 
	_test_eof1218: cs = 1218; goto _test_eof; 
	_test_eof1219: cs = 1219; goto _test_eof; 
	_test_eof1220: cs = 1220; goto _test_eof; 
	_test_eof1221: cs = 1221; goto _test_eof; 
	_test_eof1222: cs = 1222; goto _test_eof; 
	_test_eof1223: cs = 1223; goto _test_eof; 
	_test_eof1224: cs = 1224; goto _test_eof; 
	_test_eof1225: cs = 1225; goto _test_eof; 
	_test_eof1226: cs = 1226; goto _test_eof; 
	_test_eof1227: cs = 1227; goto _test_eof; 
	_test_eof1228: cs = 1228; goto _test_eof; 
	_test_eof1229: cs = 1229; goto _test_eof; 
	_test_eof1230: cs = 1230; goto _test_eof; 
	_test_eof1231: cs = 1231; goto _test_eof; 
	_test_eof1232: cs = 1232; goto _test_eof; 
	_test_eof1233: cs = 1233; goto _test_eof; 
	_test_eof1234: cs = 1234; goto _test_eof; 
	_test_eof1235: cs = 1235; goto _test_eof; 
	_test_eof1236: cs = 1236; goto _test_eof; 
	_test_eof1237: cs = 1237; goto _test_eof; 
	_test_eof1238: cs = 1238; goto _test_eof; 
	_test_eof1239: cs = 1239; goto _test_eof; 
	_test_eof1240: cs = 1240; goto _test_eof; 
	_test_eof1241: cs = 1241; goto _test_eof; 
	_test_eof1242: cs = 1242; goto _test_eof; 
	_test_eof1243: cs = 1243; goto _test_eof; 
	_test_eof1244: cs = 1244; goto _test_eof; 
	_test_eof1245: cs = 1245; goto _test_eof; 
	_test_eof1246: cs = 1246; goto _test_eof; 
	_test_eof1247: cs = 1247; goto _test_eof; 
	_test_eof1248: cs = 1248; goto _test_eof; 
	_test_eof2355: cs = 2355; goto _test_eof; 
	_test_eof1249: cs = 1249; goto _test_eof; 
	_test_eof1250: cs = 1250; goto _test_eof; 
	_test_eof1251: cs = 1251; goto _test_eof; 
	_test_eof1252: cs = 1252; goto _test_eof; 
	_test_eof1253: cs = 1253; goto _test_eof; 
	_test_eof1254: cs = 1254; goto _test_eof; 
	_test_eof1255: cs = 1255; goto _test_eof; 
	_test_eof1256: cs = 1256; goto _test_eof; 
	_test_eof1257: cs = 1257; goto _test_eof; 
	_test_eof1258: cs = 1258; goto _test_eof; 
	_test_eof1259: cs = 1259; goto _test_eof; 
	_test_eof1260: cs = 1260; goto _test_eof; 
	_test_eof1261: cs = 1261; goto _test_eof; 
	_test_eof1262: cs = 1262; goto _test_eof; 
	_test_eof1263: cs = 1263; goto _test_eof; 
	_test_eof1264: cs = 1264; goto _test_eof; 
	_test_eof1265: cs = 1265; goto _test_eof; 
	_test_eof1266: cs = 1266; goto _test_eof; 
	_test_eof1267: cs = 1267; goto _test_eof; 
	_test_eof1268: cs = 1268; goto _test_eof; 
	_test_eof1269: cs = 1269; goto _test_eof; 
	_test_eof1270: cs = 1270; goto _test_eof; 
	_test_eof1271: cs = 1271; goto _test_eof; 
	_test_eof1272: cs = 1272; goto _test_eof; 
	_test_eof1273: cs = 1273; goto _test_eof; 
	_test_eof1274: cs = 1274; goto _test_eof; 
	_test_eof1275: cs = 1275; goto _test_eof; 
	_test_eof1276: cs = 1276; goto _test_eof; 
	_test_eof1277: cs = 1277; goto _test_eof; 
	_test_eof1278: cs = 1278; goto _test_eof; 
	_test_eof1279: cs = 1279; goto _test_eof; 
	_test_eof1280: cs = 1280; goto _test_eof; 
	_test_eof1281: cs = 1281; goto _test_eof; 
	_test_eof1282: cs = 1282; goto _test_eof; 
	_test_eof2356: cs = 2356; goto _test_eof; 
	_test_eof1283: cs = 1283; goto _test_eof; 
	_test_eof1284: cs = 1284; goto _test_eof; 
	_test_eof1285: cs = 1285; goto _test_eof; 
	_test_eof1286: cs = 1286; goto _test_eof; 
	_test_eof1287: cs = 1287; goto _test_eof; 
	_test_eof1288: cs = 1288; goto _test_eof; 
	_test_eof1289: cs = 1289; goto _test_eof; 
	_test_eof1290: cs = 1290; goto _test_eof; 
	_test_eof1291: cs = 1291; goto _test_eof; 
	_test_eof1292: cs = 1292; goto _test_eof; 
	_test_eof1293: cs = 1293; goto _test_eof; 
	_test_eof1294: cs = 1294; goto _test_eof; 
	_test_eof1295: cs = 1295; goto _test_eof; 
	_test_eof1296: cs = 1296; goto _test_eof; 
	_test_eof1297: cs = 1297; goto _test_eof; 
	_test_eof1298: cs = 1298; goto _test_eof; 
	_test_eof1299: cs = 1299; goto _test_eof; 
	_test_eof1300: cs = 1300; goto _test_eof; 
	_test_eof1301: cs = 1301; goto _test_eof; 
	_test_eof1302: cs = 1302; goto _test_eof; 
	_test_eof1303: cs = 1303; goto _test_eof; 
	_test_eof1304: cs = 1304; goto _test_eof; 
	_test_eof1305: cs = 1305; goto _test_eof; 
	_test_eof1306: cs = 1306; goto _test_eof; 
	_test_eof1307: cs = 1307; goto _test_eof; 
	_test_eof1308: cs = 1308; goto _test_eof; 
	_test_eof1309: cs = 1309; goto _test_eof; 
	_test_eof1310: cs = 1310; goto _test_eof; 
	_test_eof1311: cs = 1311; goto _test_eof; 
	_test_eof1312: cs = 1312; goto _test_eof; 
	_test_eof1313: cs = 1313; goto _test_eof; 
	_test_eof1314: cs = 1314; goto _test_eof; 
	_test_eof1315: cs = 1315; goto _test_eof; 
	_test_eof1316: cs = 1316; goto _test_eof; 
	_test_eof1317: cs = 1317; goto _test_eof; 
	_test_eof1318: cs = 1318; goto _test_eof; 
	_test_eof1319: cs = 1319; goto _test_eof; 
	_test_eof1320: cs = 1320; goto _test_eof; 
	_test_eof1321: cs = 1321; goto _test_eof; 
	_test_eof1322: cs = 1322; goto _test_eof; 
	_test_eof1323: cs = 1323; goto _test_eof; 
	_test_eof1324: cs = 1324; goto _test_eof; 
	_test_eof1325: cs = 1325; goto _test_eof; 
	_test_eof1326: cs = 1326; goto _test_eof; 
	_test_eof1327: cs = 1327; goto _test_eof; 
	_test_eof1328: cs = 1328; goto _test_eof; 
	_test_eof1329: cs = 1329; goto _test_eof; 
	_test_eof1330: cs = 1330; goto _test_eof; 
	_test_eof1331: cs = 1331; goto _test_eof; 
	_test_eof1332: cs = 1332; goto _test_eof; 
	_test_eof1333: cs = 1333; goto _test_eof; 
	_test_eof1334: cs = 1334; goto _test_eof; 
	_test_eof1335: cs = 1335; goto _test_eof; 
	_test_eof1336: cs = 1336; goto _test_eof; 
	_test_eof1337: cs = 1337; goto _test_eof; 
	_test_eof1338: cs = 1338; goto _test_eof; 
	_test_eof1339: cs = 1339; goto _test_eof; 
	_test_eof1340: cs = 1340; goto _test_eof; 
	_test_eof1341: cs = 1341; goto _test_eof; 
	_test_eof1342: cs = 1342; goto _test_eof; 
	_test_eof1343: cs = 1343; goto _test_eof; 
	_test_eof1344: cs = 1344; goto _test_eof; 
	_test_eof1345: cs = 1345; goto _test_eof; 
	_test_eof1346: cs = 1346; goto _test_eof; 
	_test_eof1347: cs = 1347; goto _test_eof; 
	_test_eof1348: cs = 1348; goto _test_eof; 
	_test_eof1349: cs = 1349; goto _test_eof; 
	_test_eof1350: cs = 1350; goto _test_eof; 
	_test_eof1351: cs = 1351; goto _test_eof; 
	_test_eof1352: cs = 1352; goto _test_eof; 
	_test_eof1353: cs = 1353; goto _test_eof; 
	_test_eof1354: cs = 1354; goto _test_eof; 
	_test_eof1355: cs = 1355; goto _test_eof; 
	_test_eof1356: cs = 1356; goto _test_eof; 
	_test_eof1357: cs = 1357; goto _test_eof; 
	_test_eof1358: cs = 1358; goto _test_eof; 
	_test_eof1359: cs = 1359; goto _test_eof; 
	_test_eof1360: cs = 1360; goto _test_eof; 
	_test_eof1361: cs = 1361; goto _test_eof; 
	_test_eof1362: cs = 1362; goto _test_eof; 
	_test_eof1363: cs = 1363; goto _test_eof; 
	_test_eof1364: cs = 1364; goto _test_eof; 
	_test_eof1365: cs = 1365; goto _test_eof; 
	_test_eof1366: cs = 1366; goto _test_eof; 
	_test_eof1367: cs = 1367; goto _test_eof; 
	_test_eof1368: cs = 1368; goto _test_eof; 
	_test_eof1369: cs = 1369; goto _test_eof; 
	_test_eof1370: cs = 1370; goto _test_eof; 
	_test_eof1371: cs = 1371; goto _test_eof; 
	_test_eof1372: cs = 1372; goto _test_eof; 
	_test_eof1373: cs = 1373; goto _test_eof; 
	_test_eof1374: cs = 1374; goto _test_eof; 
	_test_eof1375: cs = 1375; goto _test_eof; 
	_test_eof1376: cs = 1376; goto _test_eof; 
	_test_eof1377: cs = 1377; goto _test_eof; 
	_test_eof1378: cs = 1378; goto _test_eof; 
	_test_eof1379: cs = 1379; goto _test_eof; 
	_test_eof1380: cs = 1380; goto _test_eof; 
	_test_eof1381: cs = 1381; goto _test_eof; 
	_test_eof1382: cs = 1382; goto _test_eof; 
	_test_eof1383: cs = 1383; goto _test_eof; 
	_test_eof1384: cs = 1384; goto _test_eof; 
	_test_eof1385: cs = 1385; goto _test_eof; 
	_test_eof1386: cs = 1386; goto _test_eof; 
	_test_eof1387: cs = 1387; goto _test_eof; 
	_test_eof1388: cs = 1388; goto _test_eof; 
	_test_eof1389: cs = 1389; goto _test_eof; 
	_test_eof1390: cs = 1390; goto _test_eof; 
	_test_eof1391: cs = 1391; goto _test_eof; 
	_test_eof1392: cs = 1392; goto _test_eof; 
	_test_eof1393: cs = 1393; goto _test_eof; 
	_test_eof1394: cs = 1394; goto _test_eof; 
	_test_eof1395: cs = 1395; goto _test_eof; 
	_test_eof1396: cs = 1396; goto _test_eof; 
	_test_eof1397: cs = 1397; goto _test_eof; 
	_test_eof1398: cs = 1398; goto _test_eof; 
	_test_eof1399: cs = 1399; goto _test_eof; 
	_test_eof1400: cs = 1400; goto _test_eof; 
	_test_eof1401: cs = 1401; goto _test_eof; 
	_test_eof1402: cs = 1402; goto _test_eof; 
	_test_eof1403: cs = 1403; goto _test_eof; 
	_test_eof1404: cs = 1404; goto _test_eof; 
	_test_eof1405: cs = 1405; goto _test_eof; 
	_test_eof1406: cs = 1406; goto _test_eof; 
	_test_eof1407: cs = 1407; goto _test_eof; 
	_test_eof1408: cs = 1408; goto _test_eof; 
	_test_eof1409: cs = 1409; goto _test_eof; 
	_test_eof1410: cs = 1410; goto _test_eof; 
	_test_eof1411: cs = 1411; goto _test_eof; 
	_test_eof1412: cs = 1412; goto _test_eof; 
	_test_eof1413: cs = 1413; goto _test_eof; 
	_test_eof1414: cs = 1414; goto _test_eof; 
	_test_eof1415: cs = 1415; goto _test_eof; 
	_test_eof1416: cs = 1416; goto _test_eof; 
	_test_eof1417: cs = 1417; goto _test_eof; 
	_test_eof1418: cs = 1418; goto _test_eof; 
	_test_eof1419: cs = 1419; goto _test_eof; 
	_test_eof1420: cs = 1420; goto _test_eof; 
	_test_eof1421: cs = 1421; goto _test_eof; 
	_test_eof1422: cs = 1422; goto _test_eof; 
	_test_eof1423: cs = 1423; goto _test_eof; 
	_test_eof1424: cs = 1424; goto _test_eof; 
	_test_eof1425: cs = 1425; goto _test_eof; 
	_test_eof1426: cs = 1426; goto _test_eof; 
	_test_eof1427: cs = 1427; goto _test_eof; 
	_test_eof1428: cs = 1428; goto _test_eof; 
	_test_eof1429: cs = 1429; goto _test_eof; 
	_test_eof1430: cs = 1430; goto _test_eof; 
	_test_eof1431: cs = 1431; goto _test_eof; 
	_test_eof1432: cs = 1432; goto _test_eof; 
	_test_eof1433: cs = 1433; goto _test_eof; 
	_test_eof1434: cs = 1434; goto _test_eof; 
	_test_eof1435: cs = 1435; goto _test_eof; 
	_test_eof1436: cs = 1436; goto _test_eof; 
	_test_eof1437: cs = 1437; goto _test_eof; 
	_test_eof1438: cs = 1438; goto _test_eof; 
	_test_eof1439: cs = 1439; goto _test_eof; 
	_test_eof1440: cs = 1440; goto _test_eof; 
	_test_eof1441: cs = 1441; goto _test_eof; 
	_test_eof1442: cs = 1442; goto _test_eof; 
	_test_eof1443: cs = 1443; goto _test_eof; 
	_test_eof1444: cs = 1444; goto _test_eof; 
	_test_eof1445: cs = 1445; goto _test_eof; 
	_test_eof1446: cs = 1446; goto _test_eof; 
	_test_eof1447: cs = 1447; goto _test_eof; 
	_test_eof1448: cs = 1448; goto _test_eof; 
	_test_eof1449: cs = 1449; goto _test_eof; 
	_test_eof1450: cs = 1450; goto _test_eof; 
	_test_eof1451: cs = 1451; goto _test_eof; 
	_test_eof1452: cs = 1452; goto _test_eof; 
	_test_eof1453: cs = 1453; goto _test_eof; 
	_test_eof1454: cs = 1454; goto _test_eof; 
	_test_eof1455: cs = 1455; goto _test_eof; 
	_test_eof1456: cs = 1456; goto _test_eof; 
	_test_eof1457: cs = 1457; goto _test_eof; 
	_test_eof1458: cs = 1458; goto _test_eof; 
	_test_eof1459: cs = 1459; goto _test_eof; 
	_test_eof1460: cs = 1460; goto _test_eof; 
	_test_eof1461: cs = 1461; goto _test_eof; 
	_test_eof1462: cs = 1462; goto _test_eof; 
	_test_eof1463: cs = 1463; goto _test_eof; 
	_test_eof1464: cs = 1464; goto _test_eof; 
	_test_eof1465: cs = 1465; goto _test_eof; 
	_test_eof1466: cs = 1466; goto _test_eof; 
	_test_eof1467: cs = 1467; goto _test_eof; 
	_test_eof1468: cs = 1468; goto _test_eof; 
	_test_eof1469: cs = 1469; goto _test_eof; 
	_test_eof1470: cs = 1470; goto _test_eof; 
	_test_eof1471: cs = 1471; goto _test_eof; 
	_test_eof1472: cs = 1472; goto _test_eof; 
	_test_eof1473: cs = 1473; goto _test_eof; 
	_test_eof1474: cs = 1474; goto _test_eof; 
	_test_eof1475: cs = 1475; goto _test_eof; 
	_test_eof1476: cs = 1476; goto _test_eof; 
	_test_eof1477: cs = 1477; goto _test_eof; 
	_test_eof1478: cs = 1478; goto _test_eof; 
	_test_eof1479: cs = 1479; goto _test_eof; 
	_test_eof1480: cs = 1480; goto _test_eof; 
	_test_eof1481: cs = 1481; goto _test_eof; 
	_test_eof1482: cs = 1482; goto _test_eof; 
	_test_eof1483: cs = 1483; goto _test_eof; 
	_test_eof1484: cs = 1484; goto _test_eof; 
	_test_eof1485: cs = 1485; goto _test_eof; 
	_test_eof1486: cs = 1486; goto _test_eof; 
	_test_eof1487: cs = 1487; goto _test_eof; 
	_test_eof1488: cs = 1488; goto _test_eof; 
	_test_eof1489: cs = 1489; goto _test_eof; 
	_test_eof1490: cs = 1490; goto _test_eof; 
	_test_eof1491: cs = 1491; goto _test_eof; 
	_test_eof1492: cs = 1492; goto _test_eof; 
	_test_eof1493: cs = 1493; goto _test_eof; 
	_test_eof1494: cs = 1494; goto _test_eof; 
	_test_eof1495: cs = 1495; goto _test_eof; 
	_test_eof1496: cs = 1496; goto _test_eof; 
	_test_eof1497: cs = 1497; goto _test_eof; 
	_test_eof1498: cs = 1498; goto _test_eof; 
	_test_eof1499: cs = 1499; goto _test_eof; 
	_test_eof1500: cs = 1500; goto _test_eof; 
	_test_eof1501: cs = 1501; goto _test_eof; 
	_test_eof1502: cs = 1502; goto _test_eof; 
	_test_eof1503: cs = 1503; goto _test_eof; 
	_test_eof1504: cs = 1504; goto _test_eof; 
	_test_eof1505: cs = 1505; goto _test_eof; 
	_test_eof1506: cs = 1506; goto _test_eof; 
	_test_eof2357: cs = 2357; goto _test_eof; 
	_test_eof1507: cs = 1507; goto _test_eof; 
	_test_eof1508: cs = 1508; goto _test_eof; 
	_test_eof1509: cs = 1509; goto _test_eof; 
	_test_eof1510: cs = 1510; goto _test_eof; 
	_test_eof1511: cs = 1511; goto _test_eof; 
	_test_eof1512: cs = 1512; goto _test_eof; 
	_test_eof1513: cs = 1513; goto _test_eof; 
	_test_eof1514: cs = 1514; goto _test_eof; 
	_test_eof1515: cs = 1515; goto _test_eof; 
	_test_eof1516: cs = 1516; goto _test_eof; 
	_test_eof1517: cs = 1517; goto _test_eof; 
	_test_eof1518: cs = 1518; goto _test_eof; 
	_test_eof1519: cs = 1519; goto _test_eof; 
	_test_eof1520: cs = 1520; goto _test_eof; 
	_test_eof1521: cs = 1521; goto _test_eof; 
	_test_eof1522: cs = 1522; goto _test_eof; 
	_test_eof1523: cs = 1523; goto _test_eof; 
	_test_eof1524: cs = 1524; goto _test_eof; 
	_test_eof1525: cs = 1525; goto _test_eof; 
	_test_eof1526: cs = 1526; goto _test_eof; 
	_test_eof1527: cs = 1527; goto _test_eof; 
	_test_eof1528: cs = 1528; goto _test_eof; 
	_test_eof1529: cs = 1529; goto _test_eof; 
	_test_eof1530: cs = 1530; goto _test_eof; 
	_test_eof1531: cs = 1531; goto _test_eof; 
	_test_eof1532: cs = 1532; goto _test_eof; 
	_test_eof1533: cs = 1533; goto _test_eof; 
	_test_eof1534: cs = 1534; goto _test_eof; 
	_test_eof1535: cs = 1535; goto _test_eof; 
	_test_eof1536: cs = 1536; goto _test_eof; 
	_test_eof1537: cs = 1537; goto _test_eof; 
	_test_eof1538: cs = 1538; goto _test_eof; 
	_test_eof1539: cs = 1539; goto _test_eof; 
	_test_eof1540: cs = 1540; goto _test_eof; 
	_test_eof2358: cs = 2358; goto _test_eof; 
	_test_eof1541: cs = 1541; goto _test_eof; 
	_test_eof1542: cs = 1542; goto _test_eof; 
	_test_eof1543: cs = 1543; goto _test_eof; 
	_test_eof1544: cs = 1544; goto _test_eof; 
	_test_eof1545: cs = 1545; goto _test_eof; 
	_test_eof1546: cs = 1546; goto _test_eof; 
	_test_eof1547: cs = 1547; goto _test_eof; 
	_test_eof1548: cs = 1548; goto _test_eof; 
	_test_eof1549: cs = 1549; goto _test_eof; 
	_test_eof1550: cs = 1550; goto _test_eof; 
	_test_eof1551: cs = 1551; goto _test_eof; 
	_test_eof1552: cs = 1552; goto _test_eof; 
	_test_eof1553: cs = 1553; goto _test_eof; 
	_test_eof1554: cs = 1554; goto _test_eof; 
	_test_eof1555: cs = 1555; goto _test_eof; 
	_test_eof1556: cs = 1556; goto _test_eof; 
	_test_eof1557: cs = 1557; goto _test_eof; 
	_test_eof1558: cs = 1558; goto _test_eof; 
	_test_eof1559: cs = 1559; goto _test_eof; 
	_test_eof1560: cs = 1560; goto _test_eof; 
	_test_eof1561: cs = 1561; goto _test_eof; 
	_test_eof1562: cs = 1562; goto _test_eof; 
	_test_eof1563: cs = 1563; goto _test_eof; 
	_test_eof1564: cs = 1564; goto _test_eof; 
	_test_eof1565: cs = 1565; goto _test_eof; 
	_test_eof1566: cs = 1566; goto _test_eof; 
	_test_eof1567: cs = 1567; goto _test_eof; 
	_test_eof1568: cs = 1568; goto _test_eof; 
	_test_eof1569: cs = 1569; goto _test_eof; 
	_test_eof1570: cs = 1570; goto _test_eof; 
	_test_eof1571: cs = 1571; goto _test_eof; 
	_test_eof1572: cs = 1572; goto _test_eof; 
	_test_eof1573: cs = 1573; goto _test_eof; 
	_test_eof1574: cs = 1574; goto _test_eof; 
	_test_eof1575: cs = 1575; goto _test_eof; 
	_test_eof1576: cs = 1576; goto _test_eof; 
	_test_eof1577: cs = 1577; goto _test_eof; 
	_test_eof1578: cs = 1578; goto _test_eof; 
	_test_eof1579: cs = 1579; goto _test_eof; 
	_test_eof1580: cs = 1580; goto _test_eof; 
	_test_eof1581: cs = 1581; goto _test_eof; 
	_test_eof1582: cs = 1582; goto _test_eof; 
	_test_eof1583: cs = 1583; goto _test_eof; 
	_test_eof1584: cs = 1584; goto _test_eof; 
	_test_eof1585: cs = 1585; goto _test_eof; 
	_test_eof1586: cs = 1586; goto _test_eof; 
	_test_eof1587: cs = 1587; goto _test_eof; 
	_test_eof1588: cs = 1588; goto _test_eof; 
	_test_eof1589: cs = 1589; goto _test_eof; 
	_test_eof1590: cs = 1590; goto _test_eof; 
	_test_eof1591: cs = 1591; goto _test_eof; 
	_test_eof1592: cs = 1592; goto _test_eof; 
	_test_eof1593: cs = 1593; goto _test_eof; 
	_test_eof1594: cs = 1594; goto _test_eof; 
	_test_eof1595: cs = 1595; goto _test_eof; 
	_test_eof1596: cs = 1596; goto _test_eof; 
	_test_eof1597: cs = 1597; goto _test_eof; 
	_test_eof1598: cs = 1598; goto _test_eof; 
	_test_eof1599: cs = 1599; goto _test_eof; 
	_test_eof1600: cs = 1600; goto _test_eof; 
	_test_eof1601: cs = 1601; goto _test_eof; 
	_test_eof1602: cs = 1602; goto _test_eof; 
	_test_eof1603: cs = 1603; goto _test_eof; 
	_test_eof1604: cs = 1604; goto _test_eof; 
	_test_eof1605: cs = 1605; goto _test_eof; 
	_test_eof1606: cs = 1606; goto _test_eof; 
	_test_eof1607: cs = 1607; goto _test_eof; 
	_test_eof1608: cs = 1608; goto _test_eof; 
	_test_eof1609: cs = 1609; goto _test_eof; 
	_test_eof1610: cs = 1610; goto _test_eof; 
	_test_eof1611: cs = 1611; goto _test_eof; 
	_test_eof1612: cs = 1612; goto _test_eof; 
	_test_eof1613: cs = 1613; goto _test_eof; 
	_test_eof1614: cs = 1614; goto _test_eof; 
	_test_eof1615: cs = 1615; goto _test_eof; 
	_test_eof1616: cs = 1616; goto _test_eof; 
	_test_eof1617: cs = 1617; goto _test_eof; 
	_test_eof1618: cs = 1618; goto _test_eof; 
	_test_eof1619: cs = 1619; goto _test_eof; 
	_test_eof1620: cs = 1620; goto _test_eof; 
	_test_eof1621: cs = 1621; goto _test_eof; 
	_test_eof1622: cs = 1622; goto _test_eof; 
	_test_eof1623: cs = 1623; goto _test_eof; 
	_test_eof1624: cs = 1624; goto _test_eof; 
	_test_eof1625: cs = 1625; goto _test_eof; 
	_test_eof1626: cs = 1626; goto _test_eof; 
	_test_eof1627: cs = 1627; goto _test_eof; 
	_test_eof1628: cs = 1628; goto _test_eof; 
	_test_eof1629: cs = 1629; goto _test_eof; 
	_test_eof1630: cs = 1630; goto _test_eof; 
	_test_eof1631: cs = 1631; goto _test_eof; 
	_test_eof1632: cs = 1632; goto _test_eof; 
	_test_eof1633: cs = 1633; goto _test_eof; 
	_test_eof1634: cs = 1634; goto _test_eof; 
	_test_eof1635: cs = 1635; goto _test_eof; 
	_test_eof1636: cs = 1636; goto _test_eof; 
	_test_eof1637: cs = 1637; goto _test_eof; 
	_test_eof1638: cs = 1638; goto _test_eof; 
	_test_eof1639: cs = 1639; goto _test_eof; 
	_test_eof1640: cs = 1640; goto _test_eof; 
	_test_eof1641: cs = 1641; goto _test_eof; 
	_test_eof1642: cs = 1642; goto _test_eof; 
	_test_eof1643: cs = 1643; goto _test_eof; 
	_test_eof1644: cs = 1644; goto _test_eof; 
	_test_eof1645: cs = 1645; goto _test_eof; 
	_test_eof1646: cs = 1646; goto _test_eof; 
	_test_eof1647: cs = 1647; goto _test_eof; 
	_test_eof1648: cs = 1648; goto _test_eof; 
	_test_eof1649: cs = 1649; goto _test_eof; 
	_test_eof1650: cs = 1650; goto _test_eof; 
	_test_eof1651: cs = 1651; goto _test_eof; 
	_test_eof1652: cs = 1652; goto _test_eof; 
	_test_eof1653: cs = 1653; goto _test_eof; 
	_test_eof1654: cs = 1654; goto _test_eof; 
	_test_eof1655: cs = 1655; goto _test_eof; 
	_test_eof1656: cs = 1656; goto _test_eof; 
	_test_eof1657: cs = 1657; goto _test_eof; 
	_test_eof1658: cs = 1658; goto _test_eof; 
	_test_eof1659: cs = 1659; goto _test_eof; 
	_test_eof1660: cs = 1660; goto _test_eof; 
	_test_eof1661: cs = 1661; goto _test_eof; 
	_test_eof1662: cs = 1662; goto _test_eof; 
	_test_eof1663: cs = 1663; goto _test_eof; 
	_test_eof1664: cs = 1664; goto _test_eof; 
	_test_eof1665: cs = 1665; goto _test_eof; 
	_test_eof1666: cs = 1666; goto _test_eof; 
	_test_eof1667: cs = 1667; goto _test_eof; 
	_test_eof1668: cs = 1668; goto _test_eof; 
	_test_eof1669: cs = 1669; goto _test_eof; 
	_test_eof1670: cs = 1670; goto _test_eof; 
	_test_eof1671: cs = 1671; goto _test_eof; 
	_test_eof1672: cs = 1672; goto _test_eof; 
	_test_eof1673: cs = 1673; goto _test_eof; 
	_test_eof1674: cs = 1674; goto _test_eof; 
	_test_eof1675: cs = 1675; goto _test_eof; 
	_test_eof1676: cs = 1676; goto _test_eof; 
	_test_eof1677: cs = 1677; goto _test_eof; 
	_test_eof1678: cs = 1678; goto _test_eof; 
	_test_eof1679: cs = 1679; goto _test_eof; 
	_test_eof1680: cs = 1680; goto _test_eof; 
	_test_eof1681: cs = 1681; goto _test_eof; 
	_test_eof1682: cs = 1682; goto _test_eof; 
	_test_eof1683: cs = 1683; goto _test_eof; 
	_test_eof1684: cs = 1684; goto _test_eof; 
	_test_eof1685: cs = 1685; goto _test_eof; 
	_test_eof1686: cs = 1686; goto _test_eof; 
	_test_eof1687: cs = 1687; goto _test_eof; 
	_test_eof1688: cs = 1688; goto _test_eof; 
	_test_eof1689: cs = 1689; goto _test_eof; 
	_test_eof1690: cs = 1690; goto _test_eof; 
	_test_eof1691: cs = 1691; goto _test_eof; 
	_test_eof1692: cs = 1692; goto _test_eof; 
	_test_eof1693: cs = 1693; goto _test_eof; 
	_test_eof1694: cs = 1694; goto _test_eof; 
	_test_eof1695: cs = 1695; goto _test_eof; 
	_test_eof1696: cs = 1696; goto _test_eof; 
	_test_eof1697: cs = 1697; goto _test_eof; 
	_test_eof1698: cs = 1698; goto _test_eof; 
	_test_eof1699: cs = 1699; goto _test_eof; 
	_test_eof1700: cs = 1700; goto _test_eof; 
	_test_eof1701: cs = 1701; goto _test_eof; 
	_test_eof1702: cs = 1702; goto _test_eof; 
	_test_eof2359: cs = 2359; goto _test_eof; 
	_test_eof1703: cs = 1703; goto _test_eof; 
	_test_eof1704: cs = 1704; goto _test_eof; 
	_test_eof1705: cs = 1705; goto _test_eof; 
	_test_eof1706: cs = 1706; goto _test_eof; 
	_test_eof1707: cs = 1707; goto _test_eof; 
	_test_eof1708: cs = 1708; goto _test_eof; 
	_test_eof1709: cs = 1709; goto _test_eof; 
	_test_eof1710: cs = 1710; goto _test_eof; 
	_test_eof1711: cs = 1711; goto _test_eof; 
	_test_eof1712: cs = 1712; goto _test_eof; 
	_test_eof1713: cs = 1713; goto _test_eof; 
	_test_eof1714: cs = 1714; goto _test_eof; 
	_test_eof1715: cs = 1715; goto _test_eof; 
	_test_eof1716: cs = 1716; goto _test_eof; 
	_test_eof1717: cs = 1717; goto _test_eof; 
	_test_eof1718: cs = 1718; goto _test_eof; 
	_test_eof1719: cs = 1719; goto _test_eof; 
	_test_eof1720: cs = 1720; goto _test_eof; 
	_test_eof1721: cs = 1721; goto _test_eof; 
	_test_eof1722: cs = 1722; goto _test_eof; 
	_test_eof1723: cs = 1723; goto _test_eof; 
	_test_eof1724: cs = 1724; goto _test_eof; 
	_test_eof1725: cs = 1725; goto _test_eof; 
	_test_eof1726: cs = 1726; goto _test_eof; 
	_test_eof1727: cs = 1727; goto _test_eof; 
	_test_eof1728: cs = 1728; goto _test_eof; 
	_test_eof1729: cs = 1729; goto _test_eof; 
	_test_eof1730: cs = 1730; goto _test_eof; 
	_test_eof1731: cs = 1731; goto _test_eof; 
	_test_eof1732: cs = 1732; goto _test_eof; 
	_test_eof1733: cs = 1733; goto _test_eof; 
	_test_eof1734: cs = 1734; goto _test_eof; 
	_test_eof1735: cs = 1735; goto _test_eof; 
	_test_eof1736: cs = 1736; goto _test_eof; 
	_test_eof1737: cs = 1737; goto _test_eof; 
	_test_eof1738: cs = 1738; goto _test_eof; 
	_test_eof1739: cs = 1739; goto _test_eof; 
	_test_eof1740: cs = 1740; goto _test_eof; 
	_test_eof1741: cs = 1741; goto _test_eof; 
	_test_eof1742: cs = 1742; goto _test_eof; 
	_test_eof1743: cs = 1743; goto _test_eof; 
	_test_eof1744: cs = 1744; goto _test_eof; 
	_test_eof1745: cs = 1745; goto _test_eof; 
	_test_eof1746: cs = 1746; goto _test_eof; 
	_test_eof1747: cs = 1747; goto _test_eof; 
	_test_eof1748: cs = 1748; goto _test_eof; 
	_test_eof1749: cs = 1749; goto _test_eof; 
	_test_eof1750: cs = 1750; goto _test_eof; 
	_test_eof1751: cs = 1751; goto _test_eof; 
	_test_eof1752: cs = 1752; goto _test_eof; 
	_test_eof1753: cs = 1753; goto _test_eof; 
	_test_eof1754: cs = 1754; goto _test_eof; 
	_test_eof1755: cs = 1755; goto _test_eof; 
	_test_eof1756: cs = 1756; goto _test_eof; 
	_test_eof1757: cs = 1757; goto _test_eof; 
	_test_eof1758: cs = 1758; goto _test_eof; 
	_test_eof1759: cs = 1759; goto _test_eof; 
	_test_eof1760: cs = 1760; goto _test_eof; 
	_test_eof1761: cs = 1761; goto _test_eof; 
	_test_eof1762: cs = 1762; goto _test_eof; 
	_test_eof1763: cs = 1763; goto _test_eof; 
	_test_eof1764: cs = 1764; goto _test_eof; 
	_test_eof1765: cs = 1765; goto _test_eof; 
	_test_eof1766: cs = 1766; goto _test_eof; 
	_test_eof1767: cs = 1767; goto _test_eof; 
	_test_eof1768: cs = 1768; goto _test_eof; 
	_test_eof1769: cs = 1769; goto _test_eof; 
	_test_eof1770: cs = 1770; goto _test_eof; 
	_test_eof1771: cs = 1771; goto _test_eof; 
	_test_eof1772: cs = 1772; goto _test_eof; 
	_test_eof1773: cs = 1773; goto _test_eof; 
	_test_eof1774: cs = 1774; goto _test_eof; 
	_test_eof1775: cs = 1775; goto _test_eof; 
	_test_eof1776: cs = 1776; goto _test_eof; 
	_test_eof1777: cs = 1777; goto _test_eof; 
	_test_eof1778: cs = 1778; goto _test_eof; 
	_test_eof1779: cs = 1779; goto _test_eof; 
	_test_eof1780: cs = 1780; goto _test_eof; 
	_test_eof1781: cs = 1781; goto _test_eof; 
	_test_eof1782: cs = 1782; goto _test_eof; 
	_test_eof1783: cs = 1783; goto _test_eof; 
	_test_eof1784: cs = 1784; goto _test_eof; 
	_test_eof1785: cs = 1785; goto _test_eof; 
	_test_eof1786: cs = 1786; goto _test_eof; 
	_test_eof1787: cs = 1787; goto _test_eof; 
	_test_eof1788: cs = 1788; goto _test_eof; 
	_test_eof1789: cs = 1789; goto _test_eof; 
	_test_eof1790: cs = 1790; goto _test_eof; 
	_test_eof1791: cs = 1791; goto _test_eof; 
	_test_eof1792: cs = 1792; goto _test_eof; 
	_test_eof1793: cs = 1793; goto _test_eof; 
	_test_eof1794: cs = 1794; goto _test_eof; 
	_test_eof1795: cs = 1795; goto _test_eof; 
	_test_eof1796: cs = 1796; goto _test_eof; 
	_test_eof1797: cs = 1797; goto _test_eof; 
	_test_eof1798: cs = 1798; goto _test_eof; 
	_test_eof1799: cs = 1799; goto _test_eof; 
	_test_eof1800: cs = 1800; goto _test_eof; 
	_test_eof1801: cs = 1801; goto _test_eof; 
	_test_eof1802: cs = 1802; goto _test_eof; 
	_test_eof1803: cs = 1803; goto _test_eof; 
	_test_eof1804: cs = 1804; goto _test_eof; 
	_test_eof1805: cs = 1805; goto _test_eof; 
	_test_eof1806: cs = 1806; goto _test_eof; 
	_test_eof1807: cs = 1807; goto _test_eof; 
	_test_eof1808: cs = 1808; goto _test_eof; 
	_test_eof1809: cs = 1809; goto _test_eof; 
	_test_eof1810: cs = 1810; goto _test_eof; 
	_test_eof1811: cs = 1811; goto _test_eof; 
	_test_eof1812: cs = 1812; goto _test_eof; 
	_test_eof1813: cs = 1813; goto _test_eof; 
	_test_eof1814: cs = 1814; goto _test_eof; 
	_test_eof1815: cs = 1815; goto _test_eof; 
	_test_eof1816: cs = 1816; goto _test_eof; 
	_test_eof1817: cs = 1817; goto _test_eof; 
	_test_eof1818: cs = 1818; goto _test_eof; 
	_test_eof1819: cs = 1819; goto _test_eof; 
	_test_eof1820: cs = 1820; goto _test_eof; 
	_test_eof1821: cs = 1821; goto _test_eof; 
	_test_eof1822: cs = 1822; goto _test_eof; 
	_test_eof1823: cs = 1823; goto _test_eof; 
	_test_eof1824: cs = 1824; goto _test_eof; 
	_test_eof1825: cs = 1825; goto _test_eof; 
	_test_eof1826: cs = 1826; goto _test_eof; 
	_test_eof1827: cs = 1827; goto _test_eof; 
	_test_eof1828: cs = 1828; goto _test_eof; 
	_test_eof1829: cs = 1829; goto _test_eof; 
	_test_eof1830: cs = 1830; goto _test_eof; 
	_test_eof1831: cs = 1831; goto _test_eof; 
	_test_eof1832: cs = 1832; goto _test_eof; 
	_test_eof1833: cs = 1833; goto _test_eof; 
	_test_eof1834: cs = 1834; goto _test_eof; 
	_test_eof1835: cs = 1835; goto _test_eof; 
	_test_eof1836: cs = 1836; goto _test_eof; 
	_test_eof1837: cs = 1837; goto _test_eof; 
	_test_eof1838: cs = 1838; goto _test_eof; 
	_test_eof1839: cs = 1839; goto _test_eof; 
	_test_eof1840: cs = 1840; goto _test_eof; 
	_test_eof1841: cs = 1841; goto _test_eof; 
	_test_eof1842: cs = 1842; goto _test_eof; 
	_test_eof1843: cs = 1843; goto _test_eof; 
	_test_eof1844: cs = 1844; goto _test_eof; 
	_test_eof1845: cs = 1845; goto _test_eof; 
	_test_eof1846: cs = 1846; goto _test_eof; 
	_test_eof1847: cs = 1847; goto _test_eof; 
	_test_eof1848: cs = 1848; goto _test_eof; 
	_test_eof1849: cs = 1849; goto _test_eof; 
	_test_eof1850: cs = 1850; goto _test_eof; 
	_test_eof1851: cs = 1851; goto _test_eof; 
	_test_eof1852: cs = 1852; goto _test_eof; 
	_test_eof1853: cs = 1853; goto _test_eof; 
	_test_eof1854: cs = 1854; goto _test_eof; 
	_test_eof1855: cs = 1855; goto _test_eof; 
	_test_eof1856: cs = 1856; goto _test_eof; 
	_test_eof1857: cs = 1857; goto _test_eof; 
	_test_eof1858: cs = 1858; goto _test_eof; 
	_test_eof1859: cs = 1859; goto _test_eof; 
	_test_eof1860: cs = 1860; goto _test_eof; 
	_test_eof1861: cs = 1861; goto _test_eof; 
	_test_eof1862: cs = 1862; goto _test_eof; 
	_test_eof1863: cs = 1863; goto _test_eof; 
	_test_eof1864: cs = 1864; goto _test_eof; 
	_test_eof1865: cs = 1865; goto _test_eof; 
	_test_eof1866: cs = 1866; goto _test_eof; 
	_test_eof1867: cs = 1867; goto _test_eof; 
	_test_eof1868: cs = 1868; goto _test_eof; 
	_test_eof1869: cs = 1869; goto _test_eof; 
	_test_eof1870: cs = 1870; goto _test_eof; 
	_test_eof1871: cs = 1871; goto _test_eof; 
	_test_eof1872: cs = 1872; goto _test_eof; 
	_test_eof1873: cs = 1873; goto _test_eof; 
	_test_eof1874: cs = 1874; goto _test_eof; 
	_test_eof1875: cs = 1875; goto _test_eof; 
	_test_eof1876: cs = 1876; goto _test_eof; 
	_test_eof1877: cs = 1877; goto _test_eof; 
	_test_eof1878: cs = 1878; goto _test_eof; 
	_test_eof1879: cs = 1879; goto _test_eof; 
	_test_eof1880: cs = 1880; goto _test_eof; 
	_test_eof1881: cs = 1881; goto _test_eof; 
	_test_eof1882: cs = 1882; goto _test_eof; 
	_test_eof1883: cs = 1883; goto _test_eof; 
	_test_eof1884: cs = 1884; goto _test_eof; 
	_test_eof1885: cs = 1885; goto _test_eof; 
	_test_eof1886: cs = 1886; goto _test_eof; 
	_test_eof1887: cs = 1887; goto _test_eof; 
	_test_eof1888: cs = 1888; goto _test_eof; 
	_test_eof1889: cs = 1889; goto _test_eof; 
	_test_eof1890: cs = 1890; goto _test_eof; 
	_test_eof1891: cs = 1891; goto _test_eof; 
	_test_eof1892: cs = 1892; goto _test_eof; 
	_test_eof1893: cs = 1893; goto _test_eof; 
	_test_eof1894: cs = 1894; goto _test_eof; 
	_test_eof1895: cs = 1895; goto _test_eof; 
	_test_eof1896: cs = 1896; goto _test_eof; 
	_test_eof1897: cs = 1897; goto _test_eof; 
	_test_eof1898: cs = 1898; goto _test_eof; 
	_test_eof1899: cs = 1899; goto _test_eof; 
	_test_eof1900: cs = 1900; goto _test_eof; 
	_test_eof1901: cs = 1901; goto _test_eof; 
	_test_eof1902: cs = 1902; goto _test_eof; 
	_test_eof1903: cs = 1903; goto _test_eof; 
	_test_eof1904: cs = 1904; goto _test_eof; 
	_test_eof1905: cs = 1905; goto _test_eof; 
	_test_eof1906: cs = 1906; goto _test_eof; 
	_test_eof1907: cs = 1907; goto _test_eof; 
	_test_eof1908: cs = 1908; goto _test_eof; 
	_test_eof1909: cs = 1909; goto _test_eof; 
	_test_eof1910: cs = 1910; goto _test_eof; 
	_test_eof1911: cs = 1911; goto _test_eof; 
	_test_eof1912: cs = 1912; goto _test_eof; 
	_test_eof1913: cs = 1913; goto _test_eof; 
	_test_eof1914: cs = 1914; goto _test_eof; 
	_test_eof1915: cs = 1915; goto _test_eof; 
	_test_eof1916: cs = 1916; goto _test_eof; 
	_test_eof1917: cs = 1917; goto _test_eof; 
	_test_eof1918: cs = 1918; goto _test_eof; 
	_test_eof1919: cs = 1919; goto _test_eof; 
	_test_eof1920: cs = 1920; goto _test_eof; 
	_test_eof1921: cs = 1921; goto _test_eof; 
	_test_eof1922: cs = 1922; goto _test_eof; 
	_test_eof1923: cs = 1923; goto _test_eof; 
	_test_eof1924: cs = 1924; goto _test_eof; 
	_test_eof1925: cs = 1925; goto _test_eof; 
	_test_eof1926: cs = 1926; goto _test_eof; 
	_test_eof1927: cs = 1927; goto _test_eof; 
	_test_eof1928: cs = 1928; goto _test_eof; 
	_test_eof1929: cs = 1929; goto _test_eof; 
	_test_eof1930: cs = 1930; goto _test_eof; 
	_test_eof1931: cs = 1931; goto _test_eof; 
	_test_eof1932: cs = 1932; goto _test_eof; 
	_test_eof1933: cs = 1933; goto _test_eof; 
	_test_eof1934: cs = 1934; goto _test_eof; 
	_test_eof1935: cs = 1935; goto _test_eof; 
	_test_eof1936: cs = 1936; goto _test_eof; 
	_test_eof1937: cs = 1937; goto _test_eof; 
	_test_eof1938: cs = 1938; goto _test_eof; 
	_test_eof1939: cs = 1939; goto _test_eof; 
	_test_eof1940: cs = 1940; goto _test_eof; 
	_test_eof1941: cs = 1941; goto _test_eof; 
	_test_eof1942: cs = 1942; goto _test_eof; 
	_test_eof1943: cs = 1943; goto _test_eof; 
	_test_eof1944: cs = 1944; goto _test_eof; 
	_test_eof1945: cs = 1945; goto _test_eof; 
	_test_eof1946: cs = 1946; goto _test_eof; 
	_test_eof1947: cs = 1947; goto _test_eof; 
	_test_eof1948: cs = 1948; goto _test_eof; 
	_test_eof1949: cs = 1949; goto _test_eof; 
	_test_eof1950: cs = 1950; goto _test_eof; 
	_test_eof1951: cs = 1951; goto _test_eof; 
	_test_eof1952: cs = 1952; goto _test_eof; 
	_test_eof1953: cs = 1953; goto _test_eof; 
	_test_eof1954: cs = 1954; goto _test_eof; 
	_test_eof1955: cs = 1955; goto _test_eof; 
	_test_eof1956: cs = 1956; goto _test_eof; 
	_test_eof1957: cs = 1957; goto _test_eof; 
	_test_eof1958: cs = 1958; goto _test_eof; 
	_test_eof1959: cs = 1959; goto _test_eof; 
	_test_eof1960: cs = 1960; goto _test_eof; 
	_test_eof1961: cs = 1961; goto _test_eof; 
	_test_eof1962: cs = 1962; goto _test_eof; 
	_test_eof1963: cs = 1963; goto _test_eof; 
	_test_eof1964: cs = 1964; goto _test_eof; 
	_test_eof1965: cs = 1965; goto _test_eof; 
	_test_eof1966: cs = 1966; goto _test_eof; 
	_test_eof1967: cs = 1967; goto _test_eof; 
	_test_eof1968: cs = 1968; goto _test_eof; 
	_test_eof1969: cs = 1969; goto _test_eof; 
	_test_eof1970: cs = 1970; goto _test_eof; 
	_test_eof1971: cs = 1971; goto _test_eof; 
	_test_eof1972: cs = 1972; goto _test_eof; 
	_test_eof1973: cs = 1973; goto _test_eof; 
	_test_eof1974: cs = 1974; goto _test_eof; 
	_test_eof1975: cs = 1975; goto _test_eof; 
	_test_eof1976: cs = 1976; goto _test_eof; 
	_test_eof1977: cs = 1977; goto _test_eof; 
	_test_eof1978: cs = 1978; goto _test_eof; 
	_test_eof1979: cs = 1979; goto _test_eof; 
	_test_eof1980: cs = 1980; goto _test_eof; 
	_test_eof1981: cs = 1981; goto _test_eof; 
	_test_eof1982: cs = 1982; goto _test_eof; 
	_test_eof1983: cs = 1983; goto _test_eof; 
	_test_eof1984: cs = 1984; goto _test_eof; 
	_test_eof1985: cs = 1985; goto _test_eof; 
	_test_eof1986: cs = 1986; goto _test_eof; 
	_test_eof1987: cs = 1987; goto _test_eof; 
	_test_eof1988: cs = 1988; goto _test_eof; 
	_test_eof1989: cs = 1989; goto _test_eof; 
	_test_eof1990: cs = 1990; goto _test_eof; 
	_test_eof1991: cs = 1991; goto _test_eof; 
	_test_eof1992: cs = 1992; goto _test_eof; 
	_test_eof1993: cs = 1993; goto _test_eof; 
	_test_eof1994: cs = 1994; goto _test_eof; 
	_test_eof1995: cs = 1995; goto _test_eof; 
	_test_eof1996: cs = 1996; goto _test_eof; 
	_test_eof1997: cs = 1997; goto _test_eof; 
	_test_eof1998: cs = 1998; goto _test_eof; 
	_test_eof1999: cs = 1999; goto _test_eof; 
	_test_eof2000: cs = 2000; goto _test_eof; 
	_test_eof2001: cs = 2001; goto _test_eof; 
	_test_eof2002: cs = 2002; goto _test_eof; 
	_test_eof2003: cs = 2003; goto _test_eof; 
	_test_eof2004: cs = 2004; goto _test_eof; 
	_test_eof2005: cs = 2005; goto _test_eof; 
	_test_eof2006: cs = 2006; goto _test_eof; 
	_test_eof2007: cs = 2007; goto _test_eof; 
	_test_eof2008: cs = 2008; goto _test_eof; 
	_test_eof2009: cs = 2009; goto _test_eof; 
	_test_eof2010: cs = 2010; goto _test_eof; 
	_test_eof2011: cs = 2011; goto _test_eof; 
	_test_eof2012: cs = 2012; goto _test_eof; 
	_test_eof2013: cs = 2013; goto _test_eof; 
	_test_eof2014: cs = 2014; goto _test_eof; 
	_test_eof2015: cs = 2015; goto _test_eof; 
	_test_eof2016: cs = 2016; goto _test_eof; 
	_test_eof2017: cs = 2017; goto _test_eof; 
	_test_eof2018: cs = 2018; goto _test_eof; 
	_test_eof2019: cs = 2019; goto _test_eof; 
	_test_eof2020: cs = 2020; goto _test_eof; 
	_test_eof2021: cs = 2021; goto _test_eof; 
	_test_eof2022: cs = 2022; goto _test_eof; 
	_test_eof2023: cs = 2023; goto _test_eof; 
	_test_eof2024: cs = 2024; goto _test_eof; 
	_test_eof2025: cs = 2025; goto _test_eof; 
	_test_eof2026: cs = 2026; goto _test_eof; 
	_test_eof2027: cs = 2027; goto _test_eof; 
	_test_eof2028: cs = 2028; goto _test_eof; 
	_test_eof2029: cs = 2029; goto _test_eof; 
	_test_eof2030: cs = 2030; goto _test_eof; 
	_test_eof2031: cs = 2031; goto _test_eof; 
	_test_eof2032: cs = 2032; goto _test_eof; 
	_test_eof2033: cs = 2033; goto _test_eof; 
	_test_eof2034: cs = 2034; goto _test_eof; 
	_test_eof2035: cs = 2035; goto _test_eof; 
	_test_eof2036: cs = 2036; goto _test_eof; 
	_test_eof2037: cs = 2037; goto _test_eof; 
	_test_eof2038: cs = 2038; goto _test_eof; 
	_test_eof2039: cs = 2039; goto _test_eof; 
	_test_eof2040: cs = 2040; goto _test_eof; 
	_test_eof2041: cs = 2041; goto _test_eof; 
	_test_eof2042: cs = 2042; goto _test_eof; 
	_test_eof2043: cs = 2043; goto _test_eof; 
	_test_eof2044: cs = 2044; goto _test_eof; 
	_test_eof2045: cs = 2045; goto _test_eof; 
	_test_eof2046: cs = 2046; goto _test_eof; 
	_test_eof2047: cs = 2047; goto _test_eof; 
	_test_eof2048: cs = 2048; goto _test_eof; 
	_test_eof2049: cs = 2049; goto _test_eof; 
	_test_eof2050: cs = 2050; goto _test_eof; 
	_test_eof2051: cs = 2051; goto _test_eof; 
	_test_eof2052: cs = 2052; goto _test_eof; 
	_test_eof2053: cs = 2053; goto _test_eof; 
	_test_eof2054: cs = 2054; goto _test_eof; 
	_test_eof2055: cs = 2055; goto _test_eof; 
	_test_eof2056: cs = 2056; goto _test_eof; 
	_test_eof2057: cs = 2057; goto _test_eof; 
	_test_eof2058: cs = 2058; goto _test_eof; 
	_test_eof2059: cs = 2059; goto _test_eof; 
	_test_eof2060: cs = 2060; goto _test_eof; 
	_test_eof2061: cs = 2061; goto _test_eof; 
	_test_eof2062: cs = 2062; goto _test_eof; 
	_test_eof2063: cs = 2063; goto _test_eof; 
	_test_eof2064: cs = 2064; goto _test_eof; 
	_test_eof2065: cs = 2065; goto _test_eof; 
	_test_eof2066: cs = 2066; goto _test_eof; 
	_test_eof2067: cs = 2067; goto _test_eof; 
	_test_eof2068: cs = 2068; goto _test_eof; 
	_test_eof2069: cs = 2069; goto _test_eof; 
	_test_eof2070: cs = 2070; goto _test_eof; 
	_test_eof2071: cs = 2071; goto _test_eof; 
	_test_eof2072: cs = 2072; goto _test_eof; 
	_test_eof2073: cs = 2073; goto _test_eof; 
	_test_eof2074: cs = 2074; goto _test_eof; 
	_test_eof2075: cs = 2075; goto _test_eof; 
	_test_eof2076: cs = 2076; goto _test_eof; 
	_test_eof2077: cs = 2077; goto _test_eof; 
	_test_eof2078: cs = 2078; goto _test_eof; 
	_test_eof2079: cs = 2079; goto _test_eof; 
	_test_eof2080: cs = 2080; goto _test_eof; 
	_test_eof2081: cs = 2081; goto _test_eof; 
	_test_eof2082: cs = 2082; goto _test_eof; 
	_test_eof2083: cs = 2083; goto _test_eof; 
	_test_eof2084: cs = 2084; goto _test_eof; 
	_test_eof2085: cs = 2085; goto _test_eof; 
	_test_eof2086: cs = 2086; goto _test_eof; 
	_test_eof2087: cs = 2087; goto _test_eof; 
	_test_eof2088: cs = 2088; goto _test_eof; 
	_test_eof2089: cs = 2089; goto _test_eof; 
	_test_eof2090: cs = 2090; goto _test_eof; 
	_test_eof2091: cs = 2091; goto _test_eof; 
	_test_eof2092: cs = 2092; goto _test_eof; 
	_test_eof2093: cs = 2093; goto _test_eof; 
	_test_eof2094: cs = 2094; goto _test_eof; 
	_test_eof2095: cs = 2095; goto _test_eof; 
	_test_eof2096: cs = 2096; goto _test_eof; 
	_test_eof2097: cs = 2097; goto _test_eof; 
	_test_eof2098: cs = 2098; goto _test_eof; 
	_test_eof2099: cs = 2099; goto _test_eof; 
	_test_eof2100: cs = 2100; goto _test_eof; 
	_test_eof2101: cs = 2101; goto _test_eof; 
	_test_eof2102: cs = 2102; goto _test_eof; 
	_test_eof2103: cs = 2103; goto _test_eof; 
	_test_eof2104: cs = 2104; goto _test_eof; 
	_test_eof2105: cs = 2105; goto _test_eof; 
	_test_eof2106: cs = 2106; goto _test_eof; 
	_test_eof2107: cs = 2107; goto _test_eof; 
	_test_eof2108: cs = 2108; goto _test_eof; 
	_test_eof2109: cs = 2109; goto _test_eof; 
	_test_eof2110: cs = 2110; goto _test_eof; 
	_test_eof2111: cs = 2111; goto _test_eof; 
	_test_eof2112: cs = 2112; goto _test_eof; 
	_test_eof2113: cs = 2113; goto _test_eof; 
	_test_eof2114: cs = 2114; goto _test_eof; 
	_test_eof2115: cs = 2115; goto _test_eof; 
	_test_eof2116: cs = 2116; goto _test_eof; 
	_test_eof2117: cs = 2117; goto _test_eof; 
	_test_eof2118: cs = 2118; goto _test_eof; 
	_test_eof2119: cs = 2119; goto _test_eof; 
	_test_eof2120: cs = 2120; goto _test_eof; 
	_test_eof2121: cs = 2121; goto _test_eof; 
	_test_eof2122: cs = 2122; goto _test_eof; 
	_test_eof2123: cs = 2123; goto _test_eof; 
	_test_eof2124: cs = 2124; goto _test_eof; 
	_test_eof2125: cs = 2125; goto _test_eof; 
	_test_eof2126: cs = 2126; goto _test_eof; 
	_test_eof2127: cs = 2127; goto _test_eof; 
	_test_eof2128: cs = 2128; goto _test_eof; 
	_test_eof2129: cs = 2129; goto _test_eof; 
	_test_eof2130: cs = 2130; goto _test_eof; 
	_test_eof2131: cs = 2131; goto _test_eof; 
	_test_eof2132: cs = 2132; goto _test_eof; 
	_test_eof2133: cs = 2133; goto _test_eof; 
	_test_eof2134: cs = 2134; goto _test_eof; 
	_test_eof2135: cs = 2135; goto _test_eof; 
	_test_eof2136: cs = 2136; goto _test_eof; 
	_test_eof2137: cs = 2137; goto _test_eof; 
	_test_eof2138: cs = 2138; goto _test_eof; 
	_test_eof2139: cs = 2139; goto _test_eof; 
	_test_eof2140: cs = 2140; goto _test_eof; 
	_test_eof2141: cs = 2141; goto _test_eof; 
	_test_eof2142: cs = 2142; goto _test_eof; 
	_test_eof2143: cs = 2143; goto _test_eof; 
	_test_eof2144: cs = 2144; goto _test_eof; 
	_test_eof2145: cs = 2145; goto _test_eof; 
	_test_eof2146: cs = 2146; goto _test_eof; 
	_test_eof2147: cs = 2147; goto _test_eof; 
	_test_eof2148: cs = 2148; goto _test_eof; 
	_test_eof2149: cs = 2149; goto _test_eof; 
	_test_eof2150: cs = 2150; goto _test_eof; 
	_test_eof2151: cs = 2151; goto _test_eof; 
	_test_eof2152: cs = 2152; goto _test_eof; 
	_test_eof2153: cs = 2153; goto _test_eof; 
	_test_eof2154: cs = 2154; goto _test_eof; 
	_test_eof2155: cs = 2155; goto _test_eof; 
	_test_eof2156: cs = 2156; goto _test_eof; 
	_test_eof2157: cs = 2157; goto _test_eof; 
	_test_eof2158: cs = 2158; goto _test_eof; 
	_test_eof2159: cs = 2159; goto _test_eof; 
	_test_eof2160: cs = 2160; goto _test_eof; 
	_test_eof2161: cs = 2161; goto _test_eof; 
	_test_eof2162: cs = 2162; goto _test_eof; 
	_test_eof2163: cs = 2163; goto _test_eof; 
	_test_eof2164: cs = 2164; goto _test_eof; 
	_test_eof2165: cs = 2165; goto _test_eof; 
	_test_eof2166: cs = 2166; goto _test_eof; 
	_test_eof2167: cs = 2167; goto _test_eof; 
	_test_eof2168: cs = 2168; goto _test_eof; 
	_test_eof2169: cs = 2169; goto _test_eof; 
	_test_eof2170: cs = 2170; goto _test_eof; 
	_test_eof2171: cs = 2171; goto _test_eof; 
	_test_eof2172: cs = 2172; goto _test_eof; 
	_test_eof2173: cs = 2173; goto _test_eof; 
	_test_eof2174: cs = 2174; goto _test_eof; 
	_test_eof2175: cs = 2175; goto _test_eof; 
	_test_eof2176: cs = 2176; goto _test_eof; 
	_test_eof2177: cs = 2177; goto _test_eof; 
	_test_eof2178: cs = 2178; goto _test_eof; 
	_test_eof2179: cs = 2179; goto _test_eof; 
	_test_eof2180: cs = 2180; goto _test_eof; 
	_test_eof2181: cs = 2181; goto _test_eof; 
	_test_eof2182: cs = 2182; goto _test_eof; 
	_test_eof2183: cs = 2183; goto _test_eof; 
	_test_eof2184: cs = 2184; goto _test_eof; 
	_test_eof2185: cs = 2185; goto _test_eof; 
	_test_eof2186: cs = 2186; goto _test_eof; 
	_test_eof2187: cs = 2187; goto _test_eof; 
	_test_eof2188: cs = 2188; goto _test_eof; 
	_test_eof2189: cs = 2189; goto _test_eof; 
	_test_eof2190: cs = 2190; goto _test_eof; 
	_test_eof2191: cs = 2191; goto _test_eof; 
	_test_eof2192: cs = 2192; goto _test_eof; 
	_test_eof2193: cs = 2193; goto _test_eof; 
	_test_eof2194: cs = 2194; goto _test_eof; 
	_test_eof2195: cs = 2195; goto _test_eof; 
	_test_eof2196: cs = 2196; goto _test_eof; 
	_test_eof2197: cs = 2197; goto _test_eof; 
	_test_eof2198: cs = 2198; goto _test_eof; 
	_test_eof2199: cs = 2199; goto _test_eof; 
	_test_eof2200: cs = 2200; goto _test_eof; 
	_test_eof2201: cs = 2201; goto _test_eof; 
	_test_eof2202: cs = 2202; goto _test_eof; 
	_test_eof2203: cs = 2203; goto _test_eof; 
	_test_eof2204: cs = 2204; goto _test_eof; 
	_test_eof2205: cs = 2205; goto _test_eof; 
	_test_eof2206: cs = 2206; goto _test_eof; 
	_test_eof2207: cs = 2207; goto _test_eof; 
	_test_eof2208: cs = 2208; goto _test_eof; 
	_test_eof2209: cs = 2209; goto _test_eof; 
	_test_eof2210: cs = 2210; goto _test_eof; 
	_test_eof2211: cs = 2211; goto _test_eof; 
	_test_eof2212: cs = 2212; goto _test_eof; 
	_test_eof2213: cs = 2213; goto _test_eof; 
	_test_eof2214: cs = 2214; goto _test_eof; 
	_test_eof2215: cs = 2215; goto _test_eof; 
	_test_eof2216: cs = 2216; goto _test_eof; 
	_test_eof2217: cs = 2217; goto _test_eof; 
	_test_eof2218: cs = 2218; goto _test_eof; 
	_test_eof2219: cs = 2219; goto _test_eof; 
	_test_eof2220: cs = 2220; goto _test_eof; 
	_test_eof2221: cs = 2221; goto _test_eof; 
	_test_eof2222: cs = 2222; goto _test_eof; 
	_test_eof2223: cs = 2223; goto _test_eof; 
	_test_eof2224: cs = 2224; goto _test_eof; 
	_test_eof2225: cs = 2225; goto _test_eof; 
	_test_eof2226: cs = 2226; goto _test_eof; 
	_test_eof2227: cs = 2227; goto _test_eof; 
	_test_eof2228: cs = 2228; goto _test_eof; 
	_test_eof2229: cs = 2229; goto _test_eof; 
	_test_eof2230: cs = 2230; goto _test_eof; 
	_test_eof2231: cs = 2231; goto _test_eof; 
	_test_eof2232: cs = 2232; goto _test_eof; 
	_test_eof2233: cs = 2233; goto _test_eof; 
	_test_eof2234: cs = 2234; goto _test_eof; 
	_test_eof2235: cs = 2235; goto _test_eof; 
	_test_eof2236: cs = 2236; goto _test_eof; 
	_test_eof2237: cs = 2237; goto _test_eof; 
	_test_eof2238: cs = 2238; goto _test_eof; 
	_test_eof2239: cs = 2239; goto _test_eof; 
	_test_eof2240: cs = 2240; goto _test_eof; 
	_test_eof2241: cs = 2241; goto _test_eof; 
	_test_eof2242: cs = 2242; goto _test_eof; 
	_test_eof2243: cs = 2243; goto _test_eof; 
	_test_eof2244: cs = 2244; goto _test_eof; 
	_test_eof2245: cs = 2245; goto _test_eof; 
	_test_eof2246: cs = 2246; goto _test_eof; 
	_test_eof2247: cs = 2247; goto _test_eof; 
	_test_eof2248: cs = 2248; goto _test_eof; 
	_test_eof2249: cs = 2249; goto _test_eof; 
	_test_eof2250: cs = 2250; goto _test_eof; 
	_test_eof2251: cs = 2251; goto _test_eof; 
	_test_eof2252: cs = 2252; goto _test_eof; 
	_test_eof2253: cs = 2253; goto _test_eof; 
	_test_eof2254: cs = 2254; goto _test_eof; 
	_test_eof2255: cs = 2255; goto _test_eof; 
	_test_eof2256: cs = 2256; goto _test_eof; 
	_test_eof2257: cs = 2257; goto _test_eof; 
	_test_eof2258: cs = 2258; goto _test_eof; 
	_test_eof2259: cs = 2259; goto _test_eof; 
	_test_eof2260: cs = 2260; goto _test_eof; 
	_test_eof2261: cs = 2261; goto _test_eof; 
	_test_eof2262: cs = 2262; goto _test_eof; 
	_test_eof2263: cs = 2263; goto _test_eof; 
	_test_eof2264: cs = 2264; goto _test_eof; 
	_test_eof2265: cs = 2265; goto _test_eof; 
	_test_eof2266: cs = 2266; goto _test_eof; 
	_test_eof2267: cs = 2267; goto _test_eof; 
	_test_eof2268: cs = 2268; goto _test_eof; 
	_test_eof2269: cs = 2269; goto _test_eof; 
	_test_eof2270: cs = 2270; goto _test_eof; 
	_test_eof2271: cs = 2271; goto _test_eof; 
	_test_eof2272: cs = 2272; goto _test_eof; 
	_test_eof2273: cs = 2273; goto _test_eof; 
	_test_eof2274: cs = 2274; goto _test_eof; 
	_test_eof2275: cs = 2275; goto _test_eof; 
	_test_eof2276: cs = 2276; goto _test_eof; 
	_test_eof2277: cs = 2277; goto _test_eof; 
	_test_eof2278: cs = 2278; goto _test_eof; 
	_test_eof2279: cs = 2279; goto _test_eof; 
	_test_eof2280: cs = 2280; goto _test_eof; 
	_test_eof2281: cs = 2281; goto _test_eof; 
	_test_eof2282: cs = 2282; goto _test_eof; 
	_test_eof2283: cs = 2283; goto _test_eof; 
	_test_eof2284: cs = 2284; goto _test_eof; 
	_test_eof2285: cs = 2285; goto _test_eof; 
	_test_eof2286: cs = 2286; goto _test_eof; 
	_test_eof2287: cs = 2287; goto _test_eof; 
	_test_eof2288: cs = 2288; goto _test_eof; 
	_test_eof2289: cs = 2289; goto _test_eof; 
	_test_eof2290: cs = 2290; goto _test_eof; 
	_test_eof2291: cs = 2291; goto _test_eof; 
	_test_eof2292: cs = 2292; goto _test_eof; 
	_test_eof2293: cs = 2293; goto _test_eof; 
	_test_eof2294: cs = 2294; goto _test_eof; 
	_test_eof2295: cs = 2295; goto _test_eof; 
	_test_eof2296: cs = 2296; goto _test_eof; 
	_test_eof2297: cs = 2297; goto _test_eof; 
	_test_eof2298: cs = 2298; goto _test_eof; 
	_test_eof2299: cs = 2299; goto _test_eof; 
	_test_eof2300: cs = 2300; goto _test_eof; 
	_test_eof2301: cs = 2301; goto _test_eof; 
	_test_eof2302: cs = 2302; goto _test_eof; 
	_test_eof2303: cs = 2303; goto _test_eof; 
	_test_eof2304: cs = 2304; goto _test_eof; 
	_test_eof2305: cs = 2305; goto _test_eof; 
	_test_eof2306: cs = 2306; goto _test_eof; 
	_test_eof2307: cs = 2307; goto _test_eof; 
	_test_eof2308: cs = 2308; goto _test_eof; 
	_test_eof2309: cs = 2309; goto _test_eof; 
	_test_eof2310: cs = 2310; goto _test_eof; 
	_test_eof2311: cs = 2311; goto _test_eof; 
	_test_eof2312: cs = 2312; goto _test_eof; 
	_test_eof2313: cs = 2313; goto _test_eof; 
	_test_eof2314: cs = 2314; goto _test_eof; 
	_test_eof2315: cs = 2315; goto _test_eof; 
	_test_eof2316: cs = 2316; goto _test_eof; 
	_test_eof2317: cs = 2317; goto _test_eof; 
	_test_eof2318: cs = 2318; goto _test_eof; 
	_test_eof2319: cs = 2319; goto _test_eof; 
	_test_eof2320: cs = 2320; goto _test_eof; 
	_test_eof2321: cs = 2321; goto _test_eof; 
	_test_eof2322: cs = 2322; goto _test_eof; 
	_test_eof2323: cs = 2323; goto _test_eof; 
	_test_eof2324: cs = 2324; goto _test_eof; 
	_test_eof2325: cs = 2325; goto _test_eof; 
	_test_eof2326: cs = 2326; goto _test_eof; 
	_test_eof2327: cs = 2327; goto _test_eof; 
	_test_eof2360: cs = 2360; goto _test_eof; 
	_test_eof2328: cs = 2328; goto _test_eof; 
	_test_eof2329: cs = 2329; goto _test_eof; 
	_test_eof2330: cs = 2330; goto _test_eof; 
	_test_eof2331: cs = 2331; goto _test_eof; 
	_test_eof2332: cs = 2332; goto _test_eof; 
	_test_eof2333: cs = 2333; goto _test_eof; 
	_test_eof2334: cs = 2334; goto _test_eof; 
	_test_eof2335: cs = 2335; goto _test_eof; 
	_test_eof2336: cs = 2336; goto _test_eof; 
	_test_eof2337: cs = 2337; goto _test_eof; 
	_test_eof2338: cs = 2338; goto _test_eof; 
	_test_eof2339: cs = 2339; goto _test_eof; 
	_test_eof2361: cs = 2361; goto _test_eof; 
	_test_eof2340: cs = 2340; goto _test_eof; 
	_test_eof2341: cs = 2341; goto _test_eof; 
	_test_eof2342: cs = 2342; goto _test_eof; 
	_test_eof2343: cs = 2343; goto _test_eof; 
	_test_eof2344: cs = 2344; goto _test_eof; 
	_test_eof2345: cs = 2345; goto _test_eof; 
	_test_eof2346: cs = 2346; goto _test_eof; 
	_test_eof2347: cs = 2347; goto _test_eof; 
	_test_eof2348: cs = 2348; goto _test_eof; 

	_test_eof: {}
	if ( p == eof )
	{
	switch ( cs ) {
	case 2351: 
	case 2352: 
	{ IMW_EV_CLOSE(IMW_RULE_RESPONSE_DATA); }
	break;
	case 2349: 
	case 2350: 
	{ IMW_EV_CLOSE(IMW_RULE_RESPONSE_TAGGED); }
	break;
	case 2357: 
	case 2358: 
	{ IMW_EV_CLOSE(IMW_RULE_CONTINUE_REQ); }
	break;
	case 2355: 
	case 2356: 
	{ IMW_EV_CLOSE(IMW_RULE_GREETING); }
	break;
	case 2353: 
	case 2354: 
	{ IMW_EV_CLOSE(IMW_RULE_RESPONSE_DATA); }
	{ IMW_EV_CLOSE(IMW_RULE_GREETING); }
	break;
	}
	}

	_out: {}
	}


    (void)imw_response_error;
    if (run->error)
        return run->error; /* an action stopped the machine */
    if (cs < imw_response_first_final || p != pe) {
        run->error = IMW_ERR_SYNTAX;
        run->error_at = (size_t)(p - run->data);
        return run->error;
    }
    return 0;
}
