
/* The body machine, split off so that each generated C file stays quick to
 * compile: BODYSTRUCTURE (`extern body`).  body is also `call body close`,
 * so main is one call of m_body: the sub-machine exists once.  Main has
 * nothing after that call, so the machine stops on the octet after the
 * outermost ")" (or at the end of the data); the return from the
 * outermost call marks that the body is complete.
 * Reached through IMW_EXTERN (src/machine_glue.h); `make regen` turns this
 * file into gen/body_machine.c. */
#define IMW_STACK_TOP (imw_base + imw_top)
#include "machine_glue.h"
#include "body_skip.h"
#include "machines.h"

/* machine_glue.h's no-op: here the outermost return ends the body. */
#undef IMW_CALL_LEAVE
#define IMW_CALL_LEAVE(rule) ((void)(rule), imw_complete = imw_top == 1)





static const int imw_body_start = 1;
static const int imw_body_first_final = 916;
static const int imw_body_error = 0;



const unsigned char *imw_body_machine_run(struct imw_run *run,
                                          const unsigned char *p)
{
    const unsigned char *pe = run->data + run->len;
    int imw_base = run->sub_top;
    int *imw_stack = run->sub_stack + imw_base;
    int imw_top = 0, cs; /* Ragel sets it only when the machine calls */
    int imw_complete = 0;

    
	{
	cs = imw_body_start;
	( imw_top) = 0;
	}

    
	{
	goto _resume;

_again:
	switch ( cs ) {
		case 1: goto st1;
		case 0: goto st0;
		case 916: goto st916;
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
		case 917: goto st917;
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
		case 918: goto st918;
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
	default: break;
	}

	p += 1;
_resume:
	switch ( cs )
	{
st1:
	p += 1;
case 1:
	if ( (*p) == 40u )
		goto tr0;
	goto st0;
st0:
cs = 0;
	goto _out;
tr0:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_BODY)) {p++; cs = 916; goto _out;} {( imw_stack)[( imw_top)++] = 916;goto st2;} }
	goto st916;
st916:
	p += 1;
case 916:
	goto st0;
st2:
	p += 1;
case 2:
	if ( (*p) == 40u )
		goto tr2;
	goto st0;
tr2:
	{ IMW_NAME_OPEN(IMW_RULE_BODY); }
	goto st3;
st3:
	p += 1;
case 3:
	switch( (*p) ) {
		case 34u: goto tr3;
		case 40u: goto tr4;
		case 78u: goto tr5;
		case 110u: goto tr5;
		case 123u: goto tr6;
	}
	goto st0;
tr3:
	{ {p = (( IMW_SKIP_TO(4)))-1;} }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_EMPTY_MULTIPART); }
	goto st4;
st4:
	p += 1;
case 4:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr8;
		case 77u: goto tr9;
		case 84u: goto tr10;
		case 92u: goto tr11;
		case 109u: goto tr9;
		case 116u: goto tr10;
	}
	goto tr7;
tr7:
	{ {p = (( IMW_SKIP_TO(5)))-1;} }
	goto st5;
st5:
	p += 1;
case 5:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr8;
		case 92u: goto tr11;
	}
	goto tr7;
tr8:
	{ {p = (( IMW_SKIP_TO(6)))-1;} }
	goto st6;
st6:
	p += 1;
case 6:
	switch( (*p) ) {
		case 32u: goto st7;
		case 41u: goto tr13;
	}
	goto st0;
tr1212:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st7;
st7:
	p += 1;
case 7:
	switch( (*p) ) {
		case 34u: goto tr14;
		case 40u: goto tr15;
		case 78u: goto tr16;
		case 110u: goto tr16;
		case 123u: goto tr17;
	}
	goto st0;
tr14:
	{ {p = (( IMW_SKIP_TO(8)))-1;} }
	goto st8;
st8:
	p += 1;
case 8:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr18;
		case 92u: goto tr19;
	}
	goto tr14;
tr18:
	{ {p = (( IMW_SKIP_TO(9)))-1;} }
	goto st9;
st9:
	p += 1;
case 9:
	if ( (*p) == 32u )
		goto st10;
	goto st0;
tr604:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st10;
st10:
	p += 1;
case 10:
	switch( (*p) ) {
		case 40u: goto tr21;
		case 78u: goto st235;
		case 110u: goto st235;
	}
	goto st0;
tr21:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	goto st11;
tr326:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st11;
st11:
	p += 1;
case 11:
	switch( (*p) ) {
		case 34u: goto tr23;
		case 123u: goto tr24;
	}
	goto st0;
tr23:
	{ {p = (( IMW_SKIP_TO(12)))-1;} }
	goto st12;
st12:
	p += 1;
case 12:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr25;
		case 92u: goto tr26;
	}
	goto tr23;
tr25:
	{ {p = (( IMW_SKIP_TO(13)))-1;} }
	goto st13;
st13:
	p += 1;
case 13:
	if ( (*p) == 32u )
		goto st14;
	goto st0;
tr335:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st14;
st14:
	p += 1;
case 14:
	switch( (*p) ) {
		case 34u: goto tr28;
		case 78u: goto st199;
		case 110u: goto st199;
		case 123u: goto tr30;
	}
	goto st0;
tr28:
	{ {p = (( IMW_SKIP_TO(15)))-1;} }
	goto st15;
st15:
	p += 1;
case 15:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr31;
		case 92u: goto tr32;
	}
	goto tr28;
tr31:
	{ {p = (( IMW_SKIP_TO(16)))-1;} }
	goto st16;
st16:
	p += 1;
case 16:
	switch( (*p) ) {
		case 32u: goto st11;
		case 41u: goto st17;
	}
	goto st0;
tr327:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st17;
st17:
	p += 1;
case 17:
	if ( (*p) == 32u )
		goto st18;
	goto st0;
tr310:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	goto st18;
st18:
	p += 1;
case 18:
	switch( (*p) ) {
		case 34u: goto tr36;
		case 78u: goto st190;
		case 110u: goto st190;
		case 123u: goto tr38;
	}
	goto st0;
tr36:
	{ {p = (( IMW_SKIP_TO(19)))-1;} }
	goto st19;
st19:
	p += 1;
case 19:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr39;
		case 92u: goto tr40;
	}
	goto tr36;
tr39:
	{ {p = (( IMW_SKIP_TO(20)))-1;} }
	goto st20;
st20:
	p += 1;
case 20:
	if ( (*p) == 32u )
		goto st21;
	goto st0;
tr287:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st21;
st21:
	p += 1;
case 21:
	switch( (*p) ) {
		case 34u: goto tr42;
		case 78u: goto st181;
		case 110u: goto st181;
		case 123u: goto tr44;
	}
	goto st0;
tr42:
	{ {p = (( IMW_SKIP_TO(22)))-1;} }
	goto st22;
st22:
	p += 1;
case 22:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr45;
		case 92u: goto tr46;
	}
	goto tr42;
tr45:
	{ {p = (( IMW_SKIP_TO(23)))-1;} }
	goto st23;
st23:
	p += 1;
case 23:
	if ( (*p) == 32u )
		goto st24;
	goto st0;
tr277:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st24;
st24:
	p += 1;
case 24:
	switch( (*p) ) {
		case 34u: goto tr48;
		case 78u: goto tr49;
		case 110u: goto tr49;
		case 123u: goto tr50;
	}
	goto st0;
tr48:
	{ {p = (( IMW_SKIP_TO(25)))-1;} }
	goto st25;
st25:
	p += 1;
case 25:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr51;
		case 92u: goto tr52;
	}
	goto tr48;
tr660:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_BODY)) {p++; cs = 26; goto _out;} {( imw_stack)[( imw_top)++] = 26;goto st2;} }
	goto st26;
tr51:
	{ {p = (( IMW_SKIP_TO(26)))-1;} }
	goto st26;
st26:
	p += 1;
case 26:
	if ( (*p) == 32u )
		goto st27;
	goto st0;
tr267:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st27;
tr259:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_NIL_ENCODING); }
	goto st27;
st27:
	p += 1;
case 27:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr54;
	goto st0;
tr57:
	{ {p = (( IMW_SKIP_TO(28)))-1;} }
	goto st28;
tr54:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(28)))-1;} }
	goto st28;
st28:
	p += 1;
case 28:
	switch( (*p) ) {
		case 32u: goto tr55;
		case 41u: goto tr56;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr57;
	goto st0;
tr55:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st29;
st29:
	p += 1;
case 29:
	switch( (*p) ) {
		case 34u: goto tr58;
		case 40u: goto tr59;
		case 78u: goto st162;
		case 110u: goto st162;
		case 123u: goto tr61;
	}
	goto st0;
tr58:
	{ {p = (( IMW_SKIP_TO(30)))-1;} }
	goto st30;
st30:
	p += 1;
case 30:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr62;
		case 92u: goto tr63;
	}
	goto tr58;
tr62:
	{ {p = (( IMW_SKIP_TO(31)))-1;} }
	goto st31;
tr991:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st31;
st31:
	p += 1;
case 31:
	switch( (*p) ) {
		case 32u: goto st32;
		case 41u: goto tr65;
	}
	goto st0;
tr256:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st32;
tr973:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	goto st32;
tr226:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_MD5_PARAMS); }
	goto st32;
st32:
	p += 1;
case 32:
	switch( (*p) ) {
		case 34u: goto tr66;
		case 40u: goto st72;
		case 78u: goto st130;
		case 110u: goto st130;
		case 123u: goto tr69;
	}
	goto st0;
tr70:
	{ {p = (( IMW_SKIP_TO(33)))-1;} }
	goto st33;
tr66:
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_DSP_STRING); }
	{ {p = (( IMW_SKIP_TO(33)))-1;} }
	goto st33;
st33:
	p += 1;
case 33:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr71;
		case 92u: goto tr72;
	}
	goto tr70;
tr71:
	{ {p = (( IMW_SKIP_TO(34)))-1;} }
	goto st34;
st34:
	p += 1;
case 34:
	switch( (*p) ) {
		case 32u: goto tr73;
		case 41u: goto tr74;
	}
	goto st0;
tr73:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_DSP_STRING); }
	goto st35;
tr212:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_DSP_STRING); }
	goto st35;
st35:
	p += 1;
case 35:
	switch( (*p) ) {
		case 34u: goto tr75;
		case 40u: goto st53;
		case 78u: goto st63;
		case 110u: goto st63;
		case 123u: goto tr78;
	}
	goto st0;
tr75:
	{ {p = (( IMW_SKIP_TO(36)))-1;} }
	goto st36;
st36:
	p += 1;
case 36:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr79;
		case 92u: goto tr80;
	}
	goto tr75;
tr79:
	{ {p = (( IMW_SKIP_TO(37)))-1;} }
	goto st37;
tr116:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st37;
st37:
	p += 1;
case 37:
	switch( (*p) ) {
		case 32u: goto st38;
		case 41u: goto tr65;
	}
	goto st0;
tr125:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st38;
st38:
	p += 1;
case 38:
	switch( (*p) ) {
		case 34u: goto tr82;
		case 78u: goto st43;
		case 110u: goto st43;
		case 123u: goto tr84;
	}
	goto st0;
tr82:
	{ {p = (( IMW_SKIP_TO(39)))-1;} }
	goto st39;
st39:
	p += 1;
case 39:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr85;
		case 92u: goto tr86;
	}
	goto tr82;
tr85:
	{ {p = (( IMW_SKIP_TO(40)))-1;} }
	goto st40;
tr88:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_BODY_EXT_LIST)) {p++; cs = 40; goto _out;} {( imw_stack)[( imw_top)++] = 40;goto st902;} }
	goto st40;
st40:
	p += 1;
case 40:
	switch( (*p) ) {
		case 32u: goto st41;
		case 41u: goto tr65;
	}
	goto st0;
tr90:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st41;
tr101:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st41;
st41:
	p += 1;
case 41:
	switch( (*p) ) {
		case 34u: goto tr82;
		case 40u: goto tr88;
		case 78u: goto st43;
		case 110u: goto st43;
		case 123u: goto tr84;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr89;
	goto st0;
tr91:
	{ {p = (( IMW_SKIP_TO(42)))-1;} }
	goto st42;
tr89:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(42)))-1;} }
	goto st42;
st42:
	p += 1;
case 42:
	switch( (*p) ) {
		case 32u: goto tr90;
		case 41u: goto tr56;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr91;
	goto st0;
tr13:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_EMPTY_MULTIPART); }
	{ IMW_NAME_CLOSE_AFTER(IMW_RULE_BODY); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st917;
tr56:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_NAME_CLOSE_AFTER(IMW_RULE_BODY); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st917;
tr65:
	{ IMW_NAME_CLOSE_AFTER(IMW_RULE_BODY); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st917;
tr74:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_DSP_STRING); }
	{ IMW_NAME_CLOSE_AFTER(IMW_RULE_BODY); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st917;
tr102:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE_AFTER(IMW_RULE_BODY); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st917;
tr213:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_DSP_STRING); }
	{ IMW_NAME_CLOSE_AFTER(IMW_RULE_BODY); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st917;
tr227:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_MD5_PARAMS); }
	{ IMW_NAME_CLOSE_AFTER(IMW_RULE_BODY); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st917;
tr358:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_DSP_STRING); }
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_EMPTY_MULTIPART); }
	{ IMW_NAME_CLOSE_AFTER(IMW_RULE_BODY); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st917;
tr380:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_EMPTY_MULTIPART); }
	{ IMW_NAME_CLOSE_AFTER(IMW_RULE_BODY); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st917;
tr491:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_DSP_STRING); }
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_EMPTY_MULTIPART); }
	{ IMW_NAME_CLOSE_AFTER(IMW_RULE_BODY); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st917;
tr515:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_EMPTY_MULTIPART); }
	{ IMW_NAME_CLOSE_AFTER(IMW_RULE_BODY); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st917;
tr974:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	{ IMW_NAME_CLOSE_AFTER(IMW_RULE_BODY); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st917;
tr1003:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_NIL_STRING); }
	{ IMW_NAME_CLOSE_AFTER(IMW_RULE_BODY); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st917;
tr1015:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_NIL_STRING); }
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_EMPTY_MULTIPART); }
	{ IMW_NAME_CLOSE_AFTER(IMW_RULE_BODY); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st917;
tr1055:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_MULTIPART_AS_SINGLE); }
	{ IMW_NAME_CLOSE_AFTER(IMW_RULE_BODY); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st917;
tr1057:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_MULTIPART_AS_SINGLE); }
	{ IMW_NAME_CLOSE_AFTER(IMW_RULE_BODY); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st917;
tr1062:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_NIL_ENCODING); }
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_MULTIPART_AS_SINGLE); }
	{ IMW_NAME_CLOSE_AFTER(IMW_RULE_BODY); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st917;
tr1071:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_MULTIPART_AS_SINGLE); }
	{ IMW_NAME_CLOSE_AFTER(IMW_RULE_BODY); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st917;
st917:
	p += 1;
case 917:
	goto st0;
st43:
	p += 1;
case 43:
	switch( (*p) ) {
		case 73u: goto st44;
		case 105u: goto st44;
	}
	goto st0;
st44:
	p += 1;
case 44:
	switch( (*p) ) {
		case 76u: goto st40;
		case 108u: goto st40;
	}
	goto st0;
tr84:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st45;
st45:
	p += 1;
case 45:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr94;
	goto st0;
tr96:
	{ {p = (( IMW_SKIP_TO(46)))-1;} }
	goto st46;
tr94:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(46)))-1;} }
	goto st46;
st46:
	p += 1;
case 46:
	switch( (*p) ) {
		case 43u: goto tr95;
		case 125u: goto tr97;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr96;
	goto st0;
tr95:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st47;
st47:
	p += 1;
case 47:
	if ( (*p) == 125u )
		goto st48;
	goto st0;
tr97:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st48;
st48:
	p += 1;
case 48:
	if ( (*p) == 13u )
		goto st49;
	goto st0;
st49:
	p += 1;
case 49:
	if ( (*p) == 10u )
		goto tr100;
	goto st0;
tr100:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 50; goto _out;} }
	goto st50;
st50:
	p += 1;
case 50:
	switch( (*p) ) {
		case 32u: goto tr101;
		case 41u: goto tr102;
	}
	goto st0;
tr86:
	{ {p = (( IMW_SKIP_TO(51)))-1;} }
	goto st51;
st51:
	p += 1;
case 51:
	switch( (*p) ) {
		case 34u: goto tr82;
		case 92u: goto tr82;
	}
	goto st0;
tr80:
	{ {p = (( IMW_SKIP_TO(52)))-1;} }
	goto st52;
st52:
	p += 1;
case 52:
	switch( (*p) ) {
		case 34u: goto tr75;
		case 92u: goto tr75;
	}
	goto st0;
tr115:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st53;
st53:
	p += 1;
case 53:
	switch( (*p) ) {
		case 34u: goto tr103;
		case 123u: goto tr104;
	}
	goto st0;
tr103:
	{ {p = (( IMW_SKIP_TO(54)))-1;} }
	goto st54;
st54:
	p += 1;
case 54:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr105;
		case 92u: goto tr106;
	}
	goto tr103;
tr105:
	{ {p = (( IMW_SKIP_TO(55)))-1;} }
	goto st55;
st55:
	p += 1;
case 55:
	switch( (*p) ) {
		case 32u: goto st53;
		case 41u: goto st37;
	}
	goto st0;
tr106:
	{ {p = (( IMW_SKIP_TO(56)))-1;} }
	goto st56;
st56:
	p += 1;
case 56:
	switch( (*p) ) {
		case 34u: goto tr103;
		case 92u: goto tr103;
	}
	goto st0;
tr104:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st57;
st57:
	p += 1;
case 57:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr108;
	goto st0;
tr110:
	{ {p = (( IMW_SKIP_TO(58)))-1;} }
	goto st58;
tr108:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(58)))-1;} }
	goto st58;
st58:
	p += 1;
case 58:
	switch( (*p) ) {
		case 43u: goto tr109;
		case 125u: goto tr111;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr110;
	goto st0;
tr109:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st59;
st59:
	p += 1;
case 59:
	if ( (*p) == 125u )
		goto st60;
	goto st0;
tr111:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st60;
st60:
	p += 1;
case 60:
	if ( (*p) == 13u )
		goto st61;
	goto st0;
st61:
	p += 1;
case 61:
	if ( (*p) == 10u )
		goto tr114;
	goto st0;
tr114:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 62; goto _out;} }
	goto st62;
st62:
	p += 1;
case 62:
	switch( (*p) ) {
		case 32u: goto tr115;
		case 41u: goto tr116;
	}
	goto st0;
st63:
	p += 1;
case 63:
	switch( (*p) ) {
		case 73u: goto st64;
		case 105u: goto st64;
	}
	goto st0;
st64:
	p += 1;
case 64:
	switch( (*p) ) {
		case 76u: goto st37;
		case 108u: goto st37;
	}
	goto st0;
tr78:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
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
	switch( (*p) ) {
		case 43u: goto tr119;
		case 125u: goto tr121;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr120;
	goto st0;
tr119:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st67;
st67:
	p += 1;
case 67:
	if ( (*p) == 125u )
		goto st68;
	goto st0;
tr121:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st68;
st68:
	p += 1;
case 68:
	if ( (*p) == 13u )
		goto st69;
	goto st0;
st69:
	p += 1;
case 69:
	if ( (*p) == 10u )
		goto tr124;
	goto st0;
tr124:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 70; goto _out;} }
	goto st70;
st70:
	p += 1;
case 70:
	switch( (*p) ) {
		case 32u: goto tr125;
		case 41u: goto tr102;
	}
	goto st0;
tr72:
	{ {p = (( IMW_SKIP_TO(71)))-1;} }
	goto st71;
st71:
	p += 1;
case 71:
	switch( (*p) ) {
		case 34u: goto tr70;
		case 92u: goto tr70;
	}
	goto st0;
st72:
	p += 1;
case 72:
	switch( (*p) ) {
		case 34u: goto tr126;
		case 123u: goto tr127;
	}
	goto st0;
tr126:
	{ {p = (( IMW_SKIP_TO(73)))-1;} }
	goto st73;
st73:
	p += 1;
case 73:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr128;
		case 92u: goto tr129;
	}
	goto tr126;
tr128:
	{ {p = (( IMW_SKIP_TO(74)))-1;} }
	goto st74;
st74:
	p += 1;
case 74:
	if ( (*p) == 32u )
		goto st75;
	goto st0;
tr203:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st75;
st75:
	p += 1;
case 75:
	switch( (*p) ) {
		case 40u: goto tr131;
		case 78u: goto st121;
		case 110u: goto st121;
	}
	goto st0;
tr131:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	goto st76;
tr185:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st76;
st76:
	p += 1;
case 76:
	switch( (*p) ) {
		case 34u: goto tr133;
		case 123u: goto tr134;
	}
	goto st0;
tr133:
	{ {p = (( IMW_SKIP_TO(77)))-1;} }
	goto st77;
st77:
	p += 1;
case 77:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr135;
		case 92u: goto tr136;
	}
	goto tr133;
tr135:
	{ {p = (( IMW_SKIP_TO(78)))-1;} }
	goto st78;
st78:
	p += 1;
case 78:
	if ( (*p) == 32u )
		goto st79;
	goto st0;
tr194:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st79;
st79:
	p += 1;
case 79:
	switch( (*p) ) {
		case 34u: goto tr138;
		case 78u: goto st85;
		case 110u: goto st85;
		case 123u: goto tr140;
	}
	goto st0;
tr138:
	{ {p = (( IMW_SKIP_TO(80)))-1;} }
	goto st80;
st80:
	p += 1;
case 80:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr141;
		case 92u: goto tr142;
	}
	goto tr138;
tr141:
	{ {p = (( IMW_SKIP_TO(81)))-1;} }
	goto st81;
st81:
	p += 1;
case 81:
	switch( (*p) ) {
		case 32u: goto st76;
		case 41u: goto st82;
	}
	goto st0;
tr186:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st82;
st82:
	p += 1;
case 82:
	if ( (*p) == 41u )
		goto st83;
	goto st0;
tr169:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	goto st83;
st83:
	p += 1;
case 83:
	switch( (*p) ) {
		case 32u: goto st35;
		case 41u: goto tr65;
	}
	goto st0;
tr142:
	{ {p = (( IMW_SKIP_TO(84)))-1;} }
	goto st84;
st84:
	p += 1;
case 84:
	switch( (*p) ) {
		case 34u: goto tr138;
		case 92u: goto tr138;
	}
	goto st0;
st85:
	p += 1;
case 85:
	switch( (*p) ) {
		case 73u: goto st86;
		case 105u: goto st86;
	}
	goto st0;
st86:
	p += 1;
case 86:
	switch( (*p) ) {
		case 76u: goto st87;
		case 108u: goto st87;
	}
	goto st0;
tr158:
	{ {p = (( IMW_SKIP_TO(87)))-1;} }
	goto st87;
st87:
	p += 1;
case 87:
	switch( (*p) ) {
		case 32u: goto st88;
		case 41u: goto st100;
	}
	goto st0;
tr167:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st88;
st88:
	p += 1;
case 88:
	switch( (*p) ) {
		case 34u: goto tr151;
		case 123u: goto tr152;
	}
	goto st0;
tr151:
	{ {p = (( IMW_SKIP_TO(89)))-1;} }
	goto st89;
st89:
	p += 1;
case 89:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr153;
		case 92u: goto tr154;
	}
	goto tr151;
tr153:
	{ {p = (( IMW_SKIP_TO(90)))-1;} }
	goto st90;
st90:
	p += 1;
case 90:
	if ( (*p) == 32u )
		goto st91;
	goto st0;
tr177:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st91;
st91:
	p += 1;
case 91:
	switch( (*p) ) {
		case 34u: goto tr156;
		case 78u: goto st85;
		case 110u: goto st85;
		case 123u: goto tr157;
	}
	goto st0;
tr156:
	{ {p = (( IMW_SKIP_TO(92)))-1;} }
	goto st92;
st92:
	p += 1;
case 92:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr158;
		case 92u: goto tr159;
	}
	goto tr156;
tr159:
	{ {p = (( IMW_SKIP_TO(93)))-1;} }
	goto st93;
st93:
	p += 1;
case 93:
	switch( (*p) ) {
		case 34u: goto tr156;
		case 92u: goto tr156;
	}
	goto st0;
tr157:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st94;
st94:
	p += 1;
case 94:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr160;
	goto st0;
tr162:
	{ {p = (( IMW_SKIP_TO(95)))-1;} }
	goto st95;
tr160:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(95)))-1;} }
	goto st95;
st95:
	p += 1;
case 95:
	switch( (*p) ) {
		case 43u: goto tr161;
		case 125u: goto tr163;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr162;
	goto st0;
tr161:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st96;
st96:
	p += 1;
case 96:
	if ( (*p) == 125u )
		goto st97;
	goto st0;
tr163:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st97;
st97:
	p += 1;
case 97:
	if ( (*p) == 13u )
		goto st98;
	goto st0;
st98:
	p += 1;
case 98:
	if ( (*p) == 10u )
		goto tr166;
	goto st0;
tr166:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 99; goto _out;} }
	goto st99;
st99:
	p += 1;
case 99:
	switch( (*p) ) {
		case 32u: goto tr167;
		case 41u: goto tr168;
	}
	goto st0;
tr168:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st100;
st100:
	p += 1;
case 100:
	if ( (*p) == 41u )
		goto tr169;
	goto st0;
tr154:
	{ {p = (( IMW_SKIP_TO(101)))-1;} }
	goto st101;
st101:
	p += 1;
case 101:
	switch( (*p) ) {
		case 34u: goto tr151;
		case 92u: goto tr151;
	}
	goto st0;
tr152:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st102;
st102:
	p += 1;
case 102:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr170;
	goto st0;
tr172:
	{ {p = (( IMW_SKIP_TO(103)))-1;} }
	goto st103;
tr170:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(103)))-1;} }
	goto st103;
st103:
	p += 1;
case 103:
	switch( (*p) ) {
		case 43u: goto tr171;
		case 125u: goto tr173;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr172;
	goto st0;
tr171:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st104;
st104:
	p += 1;
case 104:
	if ( (*p) == 125u )
		goto st105;
	goto st0;
tr173:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st105;
st105:
	p += 1;
case 105:
	if ( (*p) == 13u )
		goto st106;
	goto st0;
st106:
	p += 1;
case 106:
	if ( (*p) == 10u )
		goto tr176;
	goto st0;
tr176:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 107; goto _out;} }
	goto st107;
st107:
	p += 1;
case 107:
	if ( (*p) == 32u )
		goto tr177;
	goto st0;
tr140:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st108;
st108:
	p += 1;
case 108:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr178;
	goto st0;
tr180:
	{ {p = (( IMW_SKIP_TO(109)))-1;} }
	goto st109;
tr178:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(109)))-1;} }
	goto st109;
st109:
	p += 1;
case 109:
	switch( (*p) ) {
		case 43u: goto tr179;
		case 125u: goto tr181;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr180;
	goto st0;
tr179:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st110;
st110:
	p += 1;
case 110:
	if ( (*p) == 125u )
		goto st111;
	goto st0;
tr181:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st111;
st111:
	p += 1;
case 111:
	if ( (*p) == 13u )
		goto st112;
	goto st0;
st112:
	p += 1;
case 112:
	if ( (*p) == 10u )
		goto tr184;
	goto st0;
tr184:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 113; goto _out;} }
	goto st113;
st113:
	p += 1;
case 113:
	switch( (*p) ) {
		case 32u: goto tr185;
		case 41u: goto tr186;
	}
	goto st0;
tr136:
	{ {p = (( IMW_SKIP_TO(114)))-1;} }
	goto st114;
st114:
	p += 1;
case 114:
	switch( (*p) ) {
		case 34u: goto tr133;
		case 92u: goto tr133;
	}
	goto st0;
tr134:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st115;
st115:
	p += 1;
case 115:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr187;
	goto st0;
tr189:
	{ {p = (( IMW_SKIP_TO(116)))-1;} }
	goto st116;
tr187:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(116)))-1;} }
	goto st116;
st116:
	p += 1;
case 116:
	switch( (*p) ) {
		case 43u: goto tr188;
		case 125u: goto tr190;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr189;
	goto st0;
tr188:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st117;
st117:
	p += 1;
case 117:
	if ( (*p) == 125u )
		goto st118;
	goto st0;
tr190:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st118;
st118:
	p += 1;
case 118:
	if ( (*p) == 13u )
		goto st119;
	goto st0;
st119:
	p += 1;
case 119:
	if ( (*p) == 10u )
		goto tr193;
	goto st0;
tr193:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 120; goto _out;} }
	goto st120;
st120:
	p += 1;
case 120:
	if ( (*p) == 32u )
		goto tr194;
	goto st0;
st121:
	p += 1;
case 121:
	switch( (*p) ) {
		case 73u: goto st122;
		case 105u: goto st122;
	}
	goto st0;
st122:
	p += 1;
case 122:
	switch( (*p) ) {
		case 76u: goto st82;
		case 108u: goto st82;
	}
	goto st0;
tr129:
	{ {p = (( IMW_SKIP_TO(123)))-1;} }
	goto st123;
st123:
	p += 1;
case 123:
	switch( (*p) ) {
		case 34u: goto tr126;
		case 92u: goto tr126;
	}
	goto st0;
tr127:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st124;
st124:
	p += 1;
case 124:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr196;
	goto st0;
tr198:
	{ {p = (( IMW_SKIP_TO(125)))-1;} }
	goto st125;
tr196:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(125)))-1;} }
	goto st125;
st125:
	p += 1;
case 125:
	switch( (*p) ) {
		case 43u: goto tr197;
		case 125u: goto tr199;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr198;
	goto st0;
tr197:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st126;
st126:
	p += 1;
case 126:
	if ( (*p) == 125u )
		goto st127;
	goto st0;
tr199:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st127;
st127:
	p += 1;
case 127:
	if ( (*p) == 13u )
		goto st128;
	goto st0;
st128:
	p += 1;
case 128:
	if ( (*p) == 10u )
		goto tr202;
	goto st0;
tr202:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 129; goto _out;} }
	goto st129;
st129:
	p += 1;
case 129:
	if ( (*p) == 32u )
		goto tr203;
	goto st0;
st130:
	p += 1;
case 130:
	switch( (*p) ) {
		case 73u: goto st131;
		case 105u: goto st131;
	}
	goto st0;
st131:
	p += 1;
case 131:
	switch( (*p) ) {
		case 76u: goto st83;
		case 108u: goto st83;
	}
	goto st0;
tr69:
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_DSP_STRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st132;
st132:
	p += 1;
case 132:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr205;
	goto st0;
tr207:
	{ {p = (( IMW_SKIP_TO(133)))-1;} }
	goto st133;
tr205:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(133)))-1;} }
	goto st133;
st133:
	p += 1;
case 133:
	switch( (*p) ) {
		case 43u: goto tr206;
		case 125u: goto tr208;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr207;
	goto st0;
tr206:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st134;
st134:
	p += 1;
case 134:
	if ( (*p) == 125u )
		goto st135;
	goto st0;
tr208:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st135;
st135:
	p += 1;
case 135:
	if ( (*p) == 13u )
		goto st136;
	goto st0;
st136:
	p += 1;
case 136:
	if ( (*p) == 10u )
		goto tr211;
	goto st0;
tr211:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 137; goto _out;} }
	goto st137;
st137:
	p += 1;
case 137:
	switch( (*p) ) {
		case 32u: goto tr212;
		case 41u: goto tr213;
	}
	goto st0;
tr63:
	{ {p = (( IMW_SKIP_TO(138)))-1;} }
	goto st138;
st138:
	p += 1;
case 138:
	switch( (*p) ) {
		case 34u: goto tr58;
		case 92u: goto tr58;
	}
	goto st0;
tr59:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_MD5_PARAMS); }
	goto st139;
tr237:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st139;
st139:
	p += 1;
case 139:
	switch( (*p) ) {
		case 34u: goto tr214;
		case 123u: goto tr215;
	}
	goto st0;
tr214:
	{ {p = (( IMW_SKIP_TO(140)))-1;} }
	goto st140;
st140:
	p += 1;
case 140:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr216;
		case 92u: goto tr217;
	}
	goto tr214;
tr216:
	{ {p = (( IMW_SKIP_TO(141)))-1;} }
	goto st141;
st141:
	p += 1;
case 141:
	if ( (*p) == 32u )
		goto st142;
	goto st0;
tr246:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st142;
st142:
	p += 1;
case 142:
	switch( (*p) ) {
		case 34u: goto tr219;
		case 78u: goto st147;
		case 110u: goto st147;
		case 123u: goto tr221;
	}
	goto st0;
tr219:
	{ {p = (( IMW_SKIP_TO(143)))-1;} }
	goto st143;
st143:
	p += 1;
case 143:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr222;
		case 92u: goto tr223;
	}
	goto tr219;
tr222:
	{ {p = (( IMW_SKIP_TO(144)))-1;} }
	goto st144;
st144:
	p += 1;
case 144:
	switch( (*p) ) {
		case 32u: goto st139;
		case 41u: goto st145;
	}
	goto st0;
tr238:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st145;
st145:
	p += 1;
case 145:
	switch( (*p) ) {
		case 32u: goto tr226;
		case 41u: goto tr227;
	}
	goto st0;
tr223:
	{ {p = (( IMW_SKIP_TO(146)))-1;} }
	goto st146;
st146:
	p += 1;
case 146:
	switch( (*p) ) {
		case 34u: goto tr219;
		case 92u: goto tr219;
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
		case 76u: goto st144;
		case 108u: goto st144;
	}
	goto st0;
tr221:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st149;
st149:
	p += 1;
case 149:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr230;
	goto st0;
tr232:
	{ {p = (( IMW_SKIP_TO(150)))-1;} }
	goto st150;
tr230:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(150)))-1;} }
	goto st150;
st150:
	p += 1;
case 150:
	switch( (*p) ) {
		case 43u: goto tr231;
		case 125u: goto tr233;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr232;
	goto st0;
tr231:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st151;
st151:
	p += 1;
case 151:
	if ( (*p) == 125u )
		goto st152;
	goto st0;
tr233:
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
		goto tr236;
	goto st0;
tr236:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 154; goto _out;} }
	goto st154;
st154:
	p += 1;
case 154:
	switch( (*p) ) {
		case 32u: goto tr237;
		case 41u: goto tr238;
	}
	goto st0;
tr217:
	{ {p = (( IMW_SKIP_TO(155)))-1;} }
	goto st155;
st155:
	p += 1;
case 155:
	switch( (*p) ) {
		case 34u: goto tr214;
		case 92u: goto tr214;
	}
	goto st0;
tr215:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st156;
st156:
	p += 1;
case 156:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr239;
	goto st0;
tr241:
	{ {p = (( IMW_SKIP_TO(157)))-1;} }
	goto st157;
tr239:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(157)))-1;} }
	goto st157;
st157:
	p += 1;
case 157:
	switch( (*p) ) {
		case 43u: goto tr240;
		case 125u: goto tr242;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr241;
	goto st0;
tr240:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st158;
st158:
	p += 1;
case 158:
	if ( (*p) == 125u )
		goto st159;
	goto st0;
tr242:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st159;
st159:
	p += 1;
case 159:
	if ( (*p) == 13u )
		goto st160;
	goto st0;
st160:
	p += 1;
case 160:
	if ( (*p) == 10u )
		goto tr245;
	goto st0;
tr245:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 161; goto _out;} }
	goto st161;
st161:
	p += 1;
case 161:
	if ( (*p) == 32u )
		goto tr246;
	goto st0;
st162:
	p += 1;
case 162:
	switch( (*p) ) {
		case 73u: goto st163;
		case 105u: goto st163;
	}
	goto st0;
st163:
	p += 1;
case 163:
	switch( (*p) ) {
		case 76u: goto st31;
		case 108u: goto st31;
	}
	goto st0;
tr61:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st164;
st164:
	p += 1;
case 164:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr249;
	goto st0;
tr251:
	{ {p = (( IMW_SKIP_TO(165)))-1;} }
	goto st165;
tr249:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(165)))-1;} }
	goto st165;
st165:
	p += 1;
case 165:
	switch( (*p) ) {
		case 43u: goto tr250;
		case 125u: goto tr252;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr251;
	goto st0;
tr250:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st166;
st166:
	p += 1;
case 166:
	if ( (*p) == 125u )
		goto st167;
	goto st0;
tr252:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st167;
st167:
	p += 1;
case 167:
	if ( (*p) == 13u )
		goto st168;
	goto st0;
st168:
	p += 1;
case 168:
	if ( (*p) == 10u )
		goto tr255;
	goto st0;
tr255:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 169; goto _out;} }
	goto st169;
st169:
	p += 1;
case 169:
	switch( (*p) ) {
		case 32u: goto tr256;
		case 41u: goto tr102;
	}
	goto st0;
tr52:
	{ {p = (( IMW_SKIP_TO(170)))-1;} }
	goto st170;
st170:
	p += 1;
case 170:
	switch( (*p) ) {
		case 34u: goto tr48;
		case 92u: goto tr48;
	}
	goto st0;
tr49:
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_NIL_ENCODING); }
	goto st171;
st171:
	p += 1;
case 171:
	switch( (*p) ) {
		case 73u: goto st172;
		case 105u: goto st172;
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
	if ( (*p) == 32u )
		goto tr259;
	goto st0;
tr50:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st174;
st174:
	p += 1;
case 174:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr260;
	goto st0;
tr262:
	{ {p = (( IMW_SKIP_TO(175)))-1;} }
	goto st175;
tr260:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(175)))-1;} }
	goto st175;
st175:
	p += 1;
case 175:
	switch( (*p) ) {
		case 43u: goto tr261;
		case 125u: goto tr263;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr262;
	goto st0;
tr261:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st176;
st176:
	p += 1;
case 176:
	if ( (*p) == 125u )
		goto st177;
	goto st0;
tr263:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st177;
st177:
	p += 1;
case 177:
	if ( (*p) == 13u )
		goto st178;
	goto st0;
st178:
	p += 1;
case 178:
	if ( (*p) == 10u )
		goto tr266;
	goto st0;
tr266:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 179; goto _out;} }
	goto st179;
st179:
	p += 1;
case 179:
	if ( (*p) == 32u )
		goto tr267;
	goto st0;
tr46:
	{ {p = (( IMW_SKIP_TO(180)))-1;} }
	goto st180;
st180:
	p += 1;
case 180:
	switch( (*p) ) {
		case 34u: goto tr42;
		case 92u: goto tr42;
	}
	goto st0;
st181:
	p += 1;
case 181:
	switch( (*p) ) {
		case 73u: goto st182;
		case 105u: goto st182;
	}
	goto st0;
st182:
	p += 1;
case 182:
	switch( (*p) ) {
		case 76u: goto st23;
		case 108u: goto st23;
	}
	goto st0;
tr44:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st183;
st183:
	p += 1;
case 183:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr270;
	goto st0;
tr272:
	{ {p = (( IMW_SKIP_TO(184)))-1;} }
	goto st184;
tr270:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(184)))-1;} }
	goto st184;
st184:
	p += 1;
case 184:
	switch( (*p) ) {
		case 43u: goto tr271;
		case 125u: goto tr273;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr272;
	goto st0;
tr271:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st185;
st185:
	p += 1;
case 185:
	if ( (*p) == 125u )
		goto st186;
	goto st0;
tr273:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st186;
st186:
	p += 1;
case 186:
	if ( (*p) == 13u )
		goto st187;
	goto st0;
st187:
	p += 1;
case 187:
	if ( (*p) == 10u )
		goto tr276;
	goto st0;
tr276:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 188; goto _out;} }
	goto st188;
st188:
	p += 1;
case 188:
	if ( (*p) == 32u )
		goto tr277;
	goto st0;
tr40:
	{ {p = (( IMW_SKIP_TO(189)))-1;} }
	goto st189;
st189:
	p += 1;
case 189:
	switch( (*p) ) {
		case 34u: goto tr36;
		case 92u: goto tr36;
	}
	goto st0;
st190:
	p += 1;
case 190:
	switch( (*p) ) {
		case 73u: goto st191;
		case 105u: goto st191;
	}
	goto st0;
st191:
	p += 1;
case 191:
	switch( (*p) ) {
		case 76u: goto st20;
		case 108u: goto st20;
	}
	goto st0;
tr38:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st192;
st192:
	p += 1;
case 192:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr280;
	goto st0;
tr282:
	{ {p = (( IMW_SKIP_TO(193)))-1;} }
	goto st193;
tr280:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(193)))-1;} }
	goto st193;
st193:
	p += 1;
case 193:
	switch( (*p) ) {
		case 43u: goto tr281;
		case 125u: goto tr283;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr282;
	goto st0;
tr281:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st194;
st194:
	p += 1;
case 194:
	if ( (*p) == 125u )
		goto st195;
	goto st0;
tr283:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st195;
st195:
	p += 1;
case 195:
	if ( (*p) == 13u )
		goto st196;
	goto st0;
st196:
	p += 1;
case 196:
	if ( (*p) == 10u )
		goto tr286;
	goto st0;
tr286:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 197; goto _out;} }
	goto st197;
st197:
	p += 1;
case 197:
	if ( (*p) == 32u )
		goto tr287;
	goto st0;
tr32:
	{ {p = (( IMW_SKIP_TO(198)))-1;} }
	goto st198;
st198:
	p += 1;
case 198:
	switch( (*p) ) {
		case 34u: goto tr28;
		case 92u: goto tr28;
	}
	goto st0;
st199:
	p += 1;
case 199:
	switch( (*p) ) {
		case 73u: goto st200;
		case 105u: goto st200;
	}
	goto st0;
st200:
	p += 1;
case 200:
	switch( (*p) ) {
		case 76u: goto st201;
		case 108u: goto st201;
	}
	goto st0;
tr299:
	{ {p = (( IMW_SKIP_TO(201)))-1;} }
	goto st201;
st201:
	p += 1;
case 201:
	switch( (*p) ) {
		case 32u: goto st202;
		case 41u: goto st214;
	}
	goto st0;
tr308:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st202;
st202:
	p += 1;
case 202:
	switch( (*p) ) {
		case 34u: goto tr292;
		case 123u: goto tr293;
	}
	goto st0;
tr292:
	{ {p = (( IMW_SKIP_TO(203)))-1;} }
	goto st203;
st203:
	p += 1;
case 203:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr294;
		case 92u: goto tr295;
	}
	goto tr292;
tr294:
	{ {p = (( IMW_SKIP_TO(204)))-1;} }
	goto st204;
st204:
	p += 1;
case 204:
	if ( (*p) == 32u )
		goto st205;
	goto st0;
tr318:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st205;
st205:
	p += 1;
case 205:
	switch( (*p) ) {
		case 34u: goto tr297;
		case 78u: goto st199;
		case 110u: goto st199;
		case 123u: goto tr298;
	}
	goto st0;
tr297:
	{ {p = (( IMW_SKIP_TO(206)))-1;} }
	goto st206;
st206:
	p += 1;
case 206:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr299;
		case 92u: goto tr300;
	}
	goto tr297;
tr300:
	{ {p = (( IMW_SKIP_TO(207)))-1;} }
	goto st207;
st207:
	p += 1;
case 207:
	switch( (*p) ) {
		case 34u: goto tr297;
		case 92u: goto tr297;
	}
	goto st0;
tr298:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st208;
st208:
	p += 1;
case 208:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr301;
	goto st0;
tr303:
	{ {p = (( IMW_SKIP_TO(209)))-1;} }
	goto st209;
tr301:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(209)))-1;} }
	goto st209;
st209:
	p += 1;
case 209:
	switch( (*p) ) {
		case 43u: goto tr302;
		case 125u: goto tr304;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr303;
	goto st0;
tr302:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st210;
st210:
	p += 1;
case 210:
	if ( (*p) == 125u )
		goto st211;
	goto st0;
tr304:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st211;
st211:
	p += 1;
case 211:
	if ( (*p) == 13u )
		goto st212;
	goto st0;
st212:
	p += 1;
case 212:
	if ( (*p) == 10u )
		goto tr307;
	goto st0;
tr307:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 213; goto _out;} }
	goto st213;
st213:
	p += 1;
case 213:
	switch( (*p) ) {
		case 32u: goto tr308;
		case 41u: goto tr309;
	}
	goto st0;
tr309:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st214;
st214:
	p += 1;
case 214:
	if ( (*p) == 32u )
		goto tr310;
	goto st0;
tr295:
	{ {p = (( IMW_SKIP_TO(215)))-1;} }
	goto st215;
st215:
	p += 1;
case 215:
	switch( (*p) ) {
		case 34u: goto tr292;
		case 92u: goto tr292;
	}
	goto st0;
tr293:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st216;
st216:
	p += 1;
case 216:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr311;
	goto st0;
tr313:
	{ {p = (( IMW_SKIP_TO(217)))-1;} }
	goto st217;
tr311:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(217)))-1;} }
	goto st217;
st217:
	p += 1;
case 217:
	switch( (*p) ) {
		case 43u: goto tr312;
		case 125u: goto tr314;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr313;
	goto st0;
tr312:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st218;
st218:
	p += 1;
case 218:
	if ( (*p) == 125u )
		goto st219;
	goto st0;
tr314:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st219;
st219:
	p += 1;
case 219:
	if ( (*p) == 13u )
		goto st220;
	goto st0;
st220:
	p += 1;
case 220:
	if ( (*p) == 10u )
		goto tr317;
	goto st0;
tr317:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 221; goto _out;} }
	goto st221;
st221:
	p += 1;
case 221:
	if ( (*p) == 32u )
		goto tr318;
	goto st0;
tr30:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st222;
st222:
	p += 1;
case 222:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr319;
	goto st0;
tr321:
	{ {p = (( IMW_SKIP_TO(223)))-1;} }
	goto st223;
tr319:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(223)))-1;} }
	goto st223;
st223:
	p += 1;
case 223:
	switch( (*p) ) {
		case 43u: goto tr320;
		case 125u: goto tr322;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr321;
	goto st0;
tr320:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st224;
st224:
	p += 1;
case 224:
	if ( (*p) == 125u )
		goto st225;
	goto st0;
tr322:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st225;
st225:
	p += 1;
case 225:
	if ( (*p) == 13u )
		goto st226;
	goto st0;
st226:
	p += 1;
case 226:
	if ( (*p) == 10u )
		goto tr325;
	goto st0;
tr325:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 227; goto _out;} }
	goto st227;
st227:
	p += 1;
case 227:
	switch( (*p) ) {
		case 32u: goto tr326;
		case 41u: goto tr327;
	}
	goto st0;
tr26:
	{ {p = (( IMW_SKIP_TO(228)))-1;} }
	goto st228;
st228:
	p += 1;
case 228:
	switch( (*p) ) {
		case 34u: goto tr23;
		case 92u: goto tr23;
	}
	goto st0;
tr24:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st229;
st229:
	p += 1;
case 229:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr328;
	goto st0;
tr330:
	{ {p = (( IMW_SKIP_TO(230)))-1;} }
	goto st230;
tr328:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(230)))-1;} }
	goto st230;
st230:
	p += 1;
case 230:
	switch( (*p) ) {
		case 43u: goto tr329;
		case 125u: goto tr331;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr330;
	goto st0;
tr329:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st231;
st231:
	p += 1;
case 231:
	if ( (*p) == 125u )
		goto st232;
	goto st0;
tr331:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st232;
st232:
	p += 1;
case 232:
	if ( (*p) == 13u )
		goto st233;
	goto st0;
st233:
	p += 1;
case 233:
	if ( (*p) == 10u )
		goto tr334;
	goto st0;
tr334:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 234; goto _out;} }
	goto st234;
st234:
	p += 1;
case 234:
	if ( (*p) == 32u )
		goto tr335;
	goto st0;
st235:
	p += 1;
case 235:
	switch( (*p) ) {
		case 73u: goto st236;
		case 105u: goto st236;
	}
	goto st0;
st236:
	p += 1;
case 236:
	switch( (*p) ) {
		case 76u: goto st17;
		case 108u: goto st17;
	}
	goto st0;
tr19:
	{ {p = (( IMW_SKIP_TO(237)))-1;} }
	goto st237;
st237:
	p += 1;
case 237:
	switch( (*p) ) {
		case 34u: goto tr14;
		case 92u: goto tr14;
	}
	goto st0;
tr15:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	goto st238;
tr531:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st238;
st238:
	p += 1;
case 238:
	switch( (*p) ) {
		case 34u: goto tr337;
		case 123u: goto tr338;
	}
	goto st0;
tr337:
	{ {p = (( IMW_SKIP_TO(239)))-1;} }
	goto st239;
st239:
	p += 1;
case 239:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr339;
		case 92u: goto tr340;
	}
	goto tr337;
tr339:
	{ {p = (( IMW_SKIP_TO(240)))-1;} }
	goto st240;
st240:
	p += 1;
case 240:
	if ( (*p) == 32u )
		goto st241;
	goto st0;
tr540:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st241;
st241:
	p += 1;
case 241:
	switch( (*p) ) {
		case 34u: goto tr342;
		case 78u: goto st350;
		case 110u: goto st350;
		case 123u: goto tr344;
	}
	goto st0;
tr342:
	{ {p = (( IMW_SKIP_TO(242)))-1;} }
	goto st242;
st242:
	p += 1;
case 242:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr345;
		case 92u: goto tr346;
	}
	goto tr342;
tr345:
	{ {p = (( IMW_SKIP_TO(243)))-1;} }
	goto st243;
st243:
	p += 1;
case 243:
	switch( (*p) ) {
		case 32u: goto st238;
		case 41u: goto st244;
	}
	goto st0;
tr532:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st244;
st244:
	p += 1;
case 244:
	switch( (*p) ) {
		case 32u: goto st245;
		case 41u: goto tr13;
	}
	goto st0;
tr514:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	goto st245;
st245:
	p += 1;
case 245:
	switch( (*p) ) {
		case 34u: goto tr350;
		case 40u: goto st283;
		case 78u: goto st341;
		case 110u: goto st341;
		case 123u: goto tr353;
	}
	goto st0;
tr354:
	{ {p = (( IMW_SKIP_TO(246)))-1;} }
	goto st246;
tr350:
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_DSP_STRING); }
	{ {p = (( IMW_SKIP_TO(246)))-1;} }
	goto st246;
st246:
	p += 1;
case 246:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr355;
		case 92u: goto tr356;
	}
	goto tr354;
tr355:
	{ {p = (( IMW_SKIP_TO(247)))-1;} }
	goto st247;
st247:
	p += 1;
case 247:
	switch( (*p) ) {
		case 32u: goto tr357;
		case 41u: goto tr358;
	}
	goto st0;
tr357:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_DSP_STRING); }
	goto st248;
tr490:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_DSP_STRING); }
	goto st248;
st248:
	p += 1;
case 248:
	switch( (*p) ) {
		case 34u: goto tr359;
		case 40u: goto st264;
		case 78u: goto st274;
		case 110u: goto st274;
		case 123u: goto tr362;
	}
	goto st0;
tr359:
	{ {p = (( IMW_SKIP_TO(249)))-1;} }
	goto st249;
st249:
	p += 1;
case 249:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr363;
		case 92u: goto tr364;
	}
	goto tr359;
tr363:
	{ {p = (( IMW_SKIP_TO(250)))-1;} }
	goto st250;
tr394:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st250;
st250:
	p += 1;
case 250:
	switch( (*p) ) {
		case 32u: goto st251;
		case 41u: goto tr13;
	}
	goto st0;
tr403:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st251;
st251:
	p += 1;
case 251:
	switch( (*p) ) {
		case 34u: goto tr366;
		case 78u: goto st255;
		case 110u: goto st255;
		case 123u: goto tr368;
	}
	goto st0;
tr366:
	{ {p = (( IMW_SKIP_TO(252)))-1;} }
	goto st252;
st252:
	p += 1;
case 252:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr369;
		case 92u: goto tr370;
	}
	goto tr366;
tr369:
	{ {p = (( IMW_SKIP_TO(253)))-1;} }
	goto st253;
st253:
	p += 1;
case 253:
	if ( (*p) == 41u )
		goto tr13;
	goto st0;
tr370:
	{ {p = (( IMW_SKIP_TO(254)))-1;} }
	goto st254;
st254:
	p += 1;
case 254:
	switch( (*p) ) {
		case 34u: goto tr366;
		case 92u: goto tr366;
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
		case 76u: goto st253;
		case 108u: goto st253;
	}
	goto st0;
tr368:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st257;
st257:
	p += 1;
case 257:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr373;
	goto st0;
tr375:
	{ {p = (( IMW_SKIP_TO(258)))-1;} }
	goto st258;
tr373:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(258)))-1;} }
	goto st258;
st258:
	p += 1;
case 258:
	switch( (*p) ) {
		case 43u: goto tr374;
		case 125u: goto tr376;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr375;
	goto st0;
tr374:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st259;
st259:
	p += 1;
case 259:
	if ( (*p) == 125u )
		goto st260;
	goto st0;
tr376:
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
		goto tr379;
	goto st0;
tr379:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 262; goto _out;} }
	goto st262;
st262:
	p += 1;
case 262:
	if ( (*p) == 41u )
		goto tr380;
	goto st0;
tr364:
	{ {p = (( IMW_SKIP_TO(263)))-1;} }
	goto st263;
st263:
	p += 1;
case 263:
	switch( (*p) ) {
		case 34u: goto tr359;
		case 92u: goto tr359;
	}
	goto st0;
tr393:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st264;
st264:
	p += 1;
case 264:
	switch( (*p) ) {
		case 34u: goto tr381;
		case 123u: goto tr382;
	}
	goto st0;
tr381:
	{ {p = (( IMW_SKIP_TO(265)))-1;} }
	goto st265;
st265:
	p += 1;
case 265:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr383;
		case 92u: goto tr384;
	}
	goto tr381;
tr383:
	{ {p = (( IMW_SKIP_TO(266)))-1;} }
	goto st266;
st266:
	p += 1;
case 266:
	switch( (*p) ) {
		case 32u: goto st264;
		case 41u: goto st250;
	}
	goto st0;
tr384:
	{ {p = (( IMW_SKIP_TO(267)))-1;} }
	goto st267;
st267:
	p += 1;
case 267:
	switch( (*p) ) {
		case 34u: goto tr381;
		case 92u: goto tr381;
	}
	goto st0;
tr382:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st268;
st268:
	p += 1;
case 268:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr386;
	goto st0;
tr388:
	{ {p = (( IMW_SKIP_TO(269)))-1;} }
	goto st269;
tr386:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(269)))-1;} }
	goto st269;
st269:
	p += 1;
case 269:
	switch( (*p) ) {
		case 43u: goto tr387;
		case 125u: goto tr389;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr388;
	goto st0;
tr387:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st270;
st270:
	p += 1;
case 270:
	if ( (*p) == 125u )
		goto st271;
	goto st0;
tr389:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st271;
st271:
	p += 1;
case 271:
	if ( (*p) == 13u )
		goto st272;
	goto st0;
st272:
	p += 1;
case 272:
	if ( (*p) == 10u )
		goto tr392;
	goto st0;
tr392:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 273; goto _out;} }
	goto st273;
st273:
	p += 1;
case 273:
	switch( (*p) ) {
		case 32u: goto tr393;
		case 41u: goto tr394;
	}
	goto st0;
st274:
	p += 1;
case 274:
	switch( (*p) ) {
		case 73u: goto st275;
		case 105u: goto st275;
	}
	goto st0;
st275:
	p += 1;
case 275:
	switch( (*p) ) {
		case 76u: goto st250;
		case 108u: goto st250;
	}
	goto st0;
tr362:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st276;
st276:
	p += 1;
case 276:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr396;
	goto st0;
tr398:
	{ {p = (( IMW_SKIP_TO(277)))-1;} }
	goto st277;
tr396:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(277)))-1;} }
	goto st277;
st277:
	p += 1;
case 277:
	switch( (*p) ) {
		case 43u: goto tr397;
		case 125u: goto tr399;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr398;
	goto st0;
tr397:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st278;
st278:
	p += 1;
case 278:
	if ( (*p) == 125u )
		goto st279;
	goto st0;
tr399:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st279;
st279:
	p += 1;
case 279:
	if ( (*p) == 13u )
		goto st280;
	goto st0;
st280:
	p += 1;
case 280:
	if ( (*p) == 10u )
		goto tr402;
	goto st0;
tr402:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 281; goto _out;} }
	goto st281;
st281:
	p += 1;
case 281:
	switch( (*p) ) {
		case 32u: goto tr403;
		case 41u: goto tr380;
	}
	goto st0;
tr356:
	{ {p = (( IMW_SKIP_TO(282)))-1;} }
	goto st282;
st282:
	p += 1;
case 282:
	switch( (*p) ) {
		case 34u: goto tr354;
		case 92u: goto tr354;
	}
	goto st0;
st283:
	p += 1;
case 283:
	switch( (*p) ) {
		case 34u: goto tr404;
		case 123u: goto tr405;
	}
	goto st0;
tr404:
	{ {p = (( IMW_SKIP_TO(284)))-1;} }
	goto st284;
st284:
	p += 1;
case 284:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr406;
		case 92u: goto tr407;
	}
	goto tr404;
tr406:
	{ {p = (( IMW_SKIP_TO(285)))-1;} }
	goto st285;
st285:
	p += 1;
case 285:
	if ( (*p) == 32u )
		goto st286;
	goto st0;
tr481:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st286;
st286:
	p += 1;
case 286:
	switch( (*p) ) {
		case 40u: goto tr409;
		case 78u: goto st332;
		case 110u: goto st332;
	}
	goto st0;
tr409:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	goto st287;
tr463:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st287;
st287:
	p += 1;
case 287:
	switch( (*p) ) {
		case 34u: goto tr411;
		case 123u: goto tr412;
	}
	goto st0;
tr411:
	{ {p = (( IMW_SKIP_TO(288)))-1;} }
	goto st288;
st288:
	p += 1;
case 288:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr413;
		case 92u: goto tr414;
	}
	goto tr411;
tr413:
	{ {p = (( IMW_SKIP_TO(289)))-1;} }
	goto st289;
st289:
	p += 1;
case 289:
	if ( (*p) == 32u )
		goto st290;
	goto st0;
tr472:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st290;
st290:
	p += 1;
case 290:
	switch( (*p) ) {
		case 34u: goto tr416;
		case 78u: goto st296;
		case 110u: goto st296;
		case 123u: goto tr418;
	}
	goto st0;
tr416:
	{ {p = (( IMW_SKIP_TO(291)))-1;} }
	goto st291;
st291:
	p += 1;
case 291:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr419;
		case 92u: goto tr420;
	}
	goto tr416;
tr419:
	{ {p = (( IMW_SKIP_TO(292)))-1;} }
	goto st292;
st292:
	p += 1;
case 292:
	switch( (*p) ) {
		case 32u: goto st287;
		case 41u: goto st293;
	}
	goto st0;
tr464:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st293;
st293:
	p += 1;
case 293:
	if ( (*p) == 41u )
		goto st294;
	goto st0;
tr447:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	goto st294;
st294:
	p += 1;
case 294:
	switch( (*p) ) {
		case 32u: goto st248;
		case 41u: goto tr13;
	}
	goto st0;
tr420:
	{ {p = (( IMW_SKIP_TO(295)))-1;} }
	goto st295;
st295:
	p += 1;
case 295:
	switch( (*p) ) {
		case 34u: goto tr416;
		case 92u: goto tr416;
	}
	goto st0;
st296:
	p += 1;
case 296:
	switch( (*p) ) {
		case 73u: goto st297;
		case 105u: goto st297;
	}
	goto st0;
st297:
	p += 1;
case 297:
	switch( (*p) ) {
		case 76u: goto st298;
		case 108u: goto st298;
	}
	goto st0;
tr436:
	{ {p = (( IMW_SKIP_TO(298)))-1;} }
	goto st298;
st298:
	p += 1;
case 298:
	switch( (*p) ) {
		case 32u: goto st299;
		case 41u: goto st311;
	}
	goto st0;
tr445:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st299;
st299:
	p += 1;
case 299:
	switch( (*p) ) {
		case 34u: goto tr429;
		case 123u: goto tr430;
	}
	goto st0;
tr429:
	{ {p = (( IMW_SKIP_TO(300)))-1;} }
	goto st300;
st300:
	p += 1;
case 300:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr431;
		case 92u: goto tr432;
	}
	goto tr429;
tr431:
	{ {p = (( IMW_SKIP_TO(301)))-1;} }
	goto st301;
st301:
	p += 1;
case 301:
	if ( (*p) == 32u )
		goto st302;
	goto st0;
tr455:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st302;
st302:
	p += 1;
case 302:
	switch( (*p) ) {
		case 34u: goto tr434;
		case 78u: goto st296;
		case 110u: goto st296;
		case 123u: goto tr435;
	}
	goto st0;
tr434:
	{ {p = (( IMW_SKIP_TO(303)))-1;} }
	goto st303;
st303:
	p += 1;
case 303:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr436;
		case 92u: goto tr437;
	}
	goto tr434;
tr437:
	{ {p = (( IMW_SKIP_TO(304)))-1;} }
	goto st304;
st304:
	p += 1;
case 304:
	switch( (*p) ) {
		case 34u: goto tr434;
		case 92u: goto tr434;
	}
	goto st0;
tr435:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st305;
st305:
	p += 1;
case 305:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr438;
	goto st0;
tr440:
	{ {p = (( IMW_SKIP_TO(306)))-1;} }
	goto st306;
tr438:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(306)))-1;} }
	goto st306;
st306:
	p += 1;
case 306:
	switch( (*p) ) {
		case 43u: goto tr439;
		case 125u: goto tr441;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr440;
	goto st0;
tr439:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st307;
st307:
	p += 1;
case 307:
	if ( (*p) == 125u )
		goto st308;
	goto st0;
tr441:
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
		goto tr444;
	goto st0;
tr444:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 310; goto _out;} }
	goto st310;
st310:
	p += 1;
case 310:
	switch( (*p) ) {
		case 32u: goto tr445;
		case 41u: goto tr446;
	}
	goto st0;
tr446:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st311;
st311:
	p += 1;
case 311:
	if ( (*p) == 41u )
		goto tr447;
	goto st0;
tr432:
	{ {p = (( IMW_SKIP_TO(312)))-1;} }
	goto st312;
st312:
	p += 1;
case 312:
	switch( (*p) ) {
		case 34u: goto tr429;
		case 92u: goto tr429;
	}
	goto st0;
tr430:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st313;
st313:
	p += 1;
case 313:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr448;
	goto st0;
tr450:
	{ {p = (( IMW_SKIP_TO(314)))-1;} }
	goto st314;
tr448:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(314)))-1;} }
	goto st314;
st314:
	p += 1;
case 314:
	switch( (*p) ) {
		case 43u: goto tr449;
		case 125u: goto tr451;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr450;
	goto st0;
tr449:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st315;
st315:
	p += 1;
case 315:
	if ( (*p) == 125u )
		goto st316;
	goto st0;
tr451:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st316;
st316:
	p += 1;
case 316:
	if ( (*p) == 13u )
		goto st317;
	goto st0;
st317:
	p += 1;
case 317:
	if ( (*p) == 10u )
		goto tr454;
	goto st0;
tr454:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 318; goto _out;} }
	goto st318;
st318:
	p += 1;
case 318:
	if ( (*p) == 32u )
		goto tr455;
	goto st0;
tr418:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st319;
st319:
	p += 1;
case 319:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr456;
	goto st0;
tr458:
	{ {p = (( IMW_SKIP_TO(320)))-1;} }
	goto st320;
tr456:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(320)))-1;} }
	goto st320;
st320:
	p += 1;
case 320:
	switch( (*p) ) {
		case 43u: goto tr457;
		case 125u: goto tr459;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr458;
	goto st0;
tr457:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st321;
st321:
	p += 1;
case 321:
	if ( (*p) == 125u )
		goto st322;
	goto st0;
tr459:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st322;
st322:
	p += 1;
case 322:
	if ( (*p) == 13u )
		goto st323;
	goto st0;
st323:
	p += 1;
case 323:
	if ( (*p) == 10u )
		goto tr462;
	goto st0;
tr462:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 324; goto _out;} }
	goto st324;
st324:
	p += 1;
case 324:
	switch( (*p) ) {
		case 32u: goto tr463;
		case 41u: goto tr464;
	}
	goto st0;
tr414:
	{ {p = (( IMW_SKIP_TO(325)))-1;} }
	goto st325;
st325:
	p += 1;
case 325:
	switch( (*p) ) {
		case 34u: goto tr411;
		case 92u: goto tr411;
	}
	goto st0;
tr412:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st326;
st326:
	p += 1;
case 326:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr465;
	goto st0;
tr467:
	{ {p = (( IMW_SKIP_TO(327)))-1;} }
	goto st327;
tr465:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(327)))-1;} }
	goto st327;
st327:
	p += 1;
case 327:
	switch( (*p) ) {
		case 43u: goto tr466;
		case 125u: goto tr468;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr467;
	goto st0;
tr466:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st328;
st328:
	p += 1;
case 328:
	if ( (*p) == 125u )
		goto st329;
	goto st0;
tr468:
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
		goto tr471;
	goto st0;
tr471:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 331; goto _out;} }
	goto st331;
st331:
	p += 1;
case 331:
	if ( (*p) == 32u )
		goto tr472;
	goto st0;
st332:
	p += 1;
case 332:
	switch( (*p) ) {
		case 73u: goto st333;
		case 105u: goto st333;
	}
	goto st0;
st333:
	p += 1;
case 333:
	switch( (*p) ) {
		case 76u: goto st293;
		case 108u: goto st293;
	}
	goto st0;
tr407:
	{ {p = (( IMW_SKIP_TO(334)))-1;} }
	goto st334;
st334:
	p += 1;
case 334:
	switch( (*p) ) {
		case 34u: goto tr404;
		case 92u: goto tr404;
	}
	goto st0;
tr405:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st335;
st335:
	p += 1;
case 335:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr474;
	goto st0;
tr476:
	{ {p = (( IMW_SKIP_TO(336)))-1;} }
	goto st336;
tr474:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(336)))-1;} }
	goto st336;
st336:
	p += 1;
case 336:
	switch( (*p) ) {
		case 43u: goto tr475;
		case 125u: goto tr477;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr476;
	goto st0;
tr475:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st337;
st337:
	p += 1;
case 337:
	if ( (*p) == 125u )
		goto st338;
	goto st0;
tr477:
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
		goto tr480;
	goto st0;
tr480:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 340; goto _out;} }
	goto st340;
st340:
	p += 1;
case 340:
	if ( (*p) == 32u )
		goto tr481;
	goto st0;
st341:
	p += 1;
case 341:
	switch( (*p) ) {
		case 73u: goto st342;
		case 105u: goto st342;
	}
	goto st0;
st342:
	p += 1;
case 342:
	switch( (*p) ) {
		case 76u: goto st294;
		case 108u: goto st294;
	}
	goto st0;
tr353:
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_DSP_STRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st343;
st343:
	p += 1;
case 343:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr483;
	goto st0;
tr485:
	{ {p = (( IMW_SKIP_TO(344)))-1;} }
	goto st344;
tr483:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(344)))-1;} }
	goto st344;
st344:
	p += 1;
case 344:
	switch( (*p) ) {
		case 43u: goto tr484;
		case 125u: goto tr486;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr485;
	goto st0;
tr484:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st345;
st345:
	p += 1;
case 345:
	if ( (*p) == 125u )
		goto st346;
	goto st0;
tr486:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st346;
st346:
	p += 1;
case 346:
	if ( (*p) == 13u )
		goto st347;
	goto st0;
st347:
	p += 1;
case 347:
	if ( (*p) == 10u )
		goto tr489;
	goto st0;
tr489:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 348; goto _out;} }
	goto st348;
st348:
	p += 1;
case 348:
	switch( (*p) ) {
		case 32u: goto tr490;
		case 41u: goto tr491;
	}
	goto st0;
tr346:
	{ {p = (( IMW_SKIP_TO(349)))-1;} }
	goto st349;
st349:
	p += 1;
case 349:
	switch( (*p) ) {
		case 34u: goto tr342;
		case 92u: goto tr342;
	}
	goto st0;
st350:
	p += 1;
case 350:
	switch( (*p) ) {
		case 73u: goto st351;
		case 105u: goto st351;
	}
	goto st0;
st351:
	p += 1;
case 351:
	switch( (*p) ) {
		case 76u: goto st352;
		case 108u: goto st352;
	}
	goto st0;
tr503:
	{ {p = (( IMW_SKIP_TO(352)))-1;} }
	goto st352;
st352:
	p += 1;
case 352:
	switch( (*p) ) {
		case 32u: goto st353;
		case 41u: goto st365;
	}
	goto st0;
tr512:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st353;
st353:
	p += 1;
case 353:
	switch( (*p) ) {
		case 34u: goto tr496;
		case 123u: goto tr497;
	}
	goto st0;
tr496:
	{ {p = (( IMW_SKIP_TO(354)))-1;} }
	goto st354;
st354:
	p += 1;
case 354:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr498;
		case 92u: goto tr499;
	}
	goto tr496;
tr498:
	{ {p = (( IMW_SKIP_TO(355)))-1;} }
	goto st355;
st355:
	p += 1;
case 355:
	if ( (*p) == 32u )
		goto st356;
	goto st0;
tr523:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st356;
st356:
	p += 1;
case 356:
	switch( (*p) ) {
		case 34u: goto tr501;
		case 78u: goto st350;
		case 110u: goto st350;
		case 123u: goto tr502;
	}
	goto st0;
tr501:
	{ {p = (( IMW_SKIP_TO(357)))-1;} }
	goto st357;
st357:
	p += 1;
case 357:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr503;
		case 92u: goto tr504;
	}
	goto tr501;
tr504:
	{ {p = (( IMW_SKIP_TO(358)))-1;} }
	goto st358;
st358:
	p += 1;
case 358:
	switch( (*p) ) {
		case 34u: goto tr501;
		case 92u: goto tr501;
	}
	goto st0;
tr502:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st359;
st359:
	p += 1;
case 359:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr505;
	goto st0;
tr507:
	{ {p = (( IMW_SKIP_TO(360)))-1;} }
	goto st360;
tr505:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(360)))-1;} }
	goto st360;
st360:
	p += 1;
case 360:
	switch( (*p) ) {
		case 43u: goto tr506;
		case 125u: goto tr508;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr507;
	goto st0;
tr506:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st361;
st361:
	p += 1;
case 361:
	if ( (*p) == 125u )
		goto st362;
	goto st0;
tr508:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st362;
st362:
	p += 1;
case 362:
	if ( (*p) == 13u )
		goto st363;
	goto st0;
st363:
	p += 1;
case 363:
	if ( (*p) == 10u )
		goto tr511;
	goto st0;
tr511:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 364; goto _out;} }
	goto st364;
st364:
	p += 1;
case 364:
	switch( (*p) ) {
		case 32u: goto tr512;
		case 41u: goto tr513;
	}
	goto st0;
tr513:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st365;
st365:
	p += 1;
case 365:
	switch( (*p) ) {
		case 32u: goto tr514;
		case 41u: goto tr515;
	}
	goto st0;
tr499:
	{ {p = (( IMW_SKIP_TO(366)))-1;} }
	goto st366;
st366:
	p += 1;
case 366:
	switch( (*p) ) {
		case 34u: goto tr496;
		case 92u: goto tr496;
	}
	goto st0;
tr497:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st367;
st367:
	p += 1;
case 367:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr516;
	goto st0;
tr518:
	{ {p = (( IMW_SKIP_TO(368)))-1;} }
	goto st368;
tr516:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(368)))-1;} }
	goto st368;
st368:
	p += 1;
case 368:
	switch( (*p) ) {
		case 43u: goto tr517;
		case 125u: goto tr519;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr518;
	goto st0;
tr517:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st369;
st369:
	p += 1;
case 369:
	if ( (*p) == 125u )
		goto st370;
	goto st0;
tr519:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st370;
st370:
	p += 1;
case 370:
	if ( (*p) == 13u )
		goto st371;
	goto st0;
st371:
	p += 1;
case 371:
	if ( (*p) == 10u )
		goto tr522;
	goto st0;
tr522:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 372; goto _out;} }
	goto st372;
st372:
	p += 1;
case 372:
	if ( (*p) == 32u )
		goto tr523;
	goto st0;
tr344:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st373;
st373:
	p += 1;
case 373:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr524;
	goto st0;
tr526:
	{ {p = (( IMW_SKIP_TO(374)))-1;} }
	goto st374;
tr524:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(374)))-1;} }
	goto st374;
st374:
	p += 1;
case 374:
	switch( (*p) ) {
		case 43u: goto tr525;
		case 125u: goto tr527;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr526;
	goto st0;
tr525:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st375;
st375:
	p += 1;
case 375:
	if ( (*p) == 125u )
		goto st376;
	goto st0;
tr527:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st376;
st376:
	p += 1;
case 376:
	if ( (*p) == 13u )
		goto st377;
	goto st0;
st377:
	p += 1;
case 377:
	if ( (*p) == 10u )
		goto tr530;
	goto st0;
tr530:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 378; goto _out;} }
	goto st378;
st378:
	p += 1;
case 378:
	switch( (*p) ) {
		case 32u: goto tr531;
		case 41u: goto tr532;
	}
	goto st0;
tr340:
	{ {p = (( IMW_SKIP_TO(379)))-1;} }
	goto st379;
st379:
	p += 1;
case 379:
	switch( (*p) ) {
		case 34u: goto tr337;
		case 92u: goto tr337;
	}
	goto st0;
tr338:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st380;
st380:
	p += 1;
case 380:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr533;
	goto st0;
tr535:
	{ {p = (( IMW_SKIP_TO(381)))-1;} }
	goto st381;
tr533:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(381)))-1;} }
	goto st381;
st381:
	p += 1;
case 381:
	switch( (*p) ) {
		case 43u: goto tr534;
		case 125u: goto tr536;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr535;
	goto st0;
tr534:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st382;
st382:
	p += 1;
case 382:
	if ( (*p) == 125u )
		goto st383;
	goto st0;
tr536:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st383;
st383:
	p += 1;
case 383:
	if ( (*p) == 13u )
		goto st384;
	goto st0;
st384:
	p += 1;
case 384:
	if ( (*p) == 10u )
		goto tr539;
	goto st0;
tr539:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 385; goto _out;} }
	goto st385;
st385:
	p += 1;
case 385:
	if ( (*p) == 32u )
		goto tr540;
	goto st0;
tr16:
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_NIL_STRING); }
	goto st386;
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
		case 76u: goto st388;
		case 108u: goto st388;
	}
	goto st0;
st388:
	p += 1;
case 388:
	switch( (*p) ) {
		case 32u: goto tr543;
		case 41u: goto tr13;
	}
	goto st0;
tr543:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_NIL_STRING); }
	goto st389;
st389:
	p += 1;
case 389:
	switch( (*p) ) {
		case 34u: goto tr350;
		case 40u: goto tr544;
		case 78u: goto st429;
		case 110u: goto st429;
		case 123u: goto tr353;
	}
	goto st0;
tr544:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	goto st390;
st390:
	p += 1;
case 390:
	switch( (*p) ) {
		case 34u: goto tr546;
		case 123u: goto tr547;
	}
	goto st0;
tr546:
	{ {p = (( IMW_SKIP_TO(391)))-1;} }
	goto st391;
st391:
	p += 1;
case 391:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr548;
		case 92u: goto tr549;
	}
	goto tr546;
tr548:
	{ {p = (( IMW_SKIP_TO(392)))-1;} }
	goto st392;
st392:
	p += 1;
case 392:
	if ( (*p) == 32u )
		goto st393;
	goto st0;
tr593:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st393;
st393:
	p += 1;
case 393:
	switch( (*p) ) {
		case 34u: goto tr28;
		case 40u: goto tr409;
		case 78u: goto st394;
		case 110u: goto st394;
		case 123u: goto tr30;
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
		case 76u: goto st396;
		case 108u: goto st396;
	}
	goto st0;
st396:
	p += 1;
case 396:
	switch( (*p) ) {
		case 32u: goto st202;
		case 41u: goto st397;
	}
	goto st0;
st397:
	p += 1;
case 397:
	switch( (*p) ) {
		case 32u: goto tr555;
		case 41u: goto tr13;
	}
	goto st0;
tr555:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	goto st398;
st398:
	p += 1;
case 398:
	switch( (*p) ) {
		case 34u: goto tr556;
		case 40u: goto st264;
		case 78u: goto st414;
		case 110u: goto st414;
		case 123u: goto tr558;
	}
	goto st0;
tr556:
	{ {p = (( IMW_SKIP_TO(399)))-1;} }
	goto st399;
st399:
	p += 1;
case 399:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr559;
		case 92u: goto tr560;
	}
	goto tr556;
tr559:
	{ {p = (( IMW_SKIP_TO(400)))-1;} }
	goto st400;
st400:
	p += 1;
case 400:
	switch( (*p) ) {
		case 32u: goto st401;
		case 41u: goto tr13;
	}
	goto st0;
tr585:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st401;
st401:
	p += 1;
case 401:
	switch( (*p) ) {
		case 34u: goto tr562;
		case 78u: goto st405;
		case 110u: goto st405;
		case 123u: goto tr564;
	}
	goto st0;
tr562:
	{ {p = (( IMW_SKIP_TO(402)))-1;} }
	goto st402;
st402:
	p += 1;
case 402:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr565;
		case 92u: goto tr566;
	}
	goto tr562;
tr565:
	{ {p = (( IMW_SKIP_TO(403)))-1;} }
	goto st403;
st403:
	p += 1;
case 403:
	switch( (*p) ) {
		case 32u: goto st24;
		case 41u: goto tr13;
	}
	goto st0;
tr566:
	{ {p = (( IMW_SKIP_TO(404)))-1;} }
	goto st404;
st404:
	p += 1;
case 404:
	switch( (*p) ) {
		case 34u: goto tr562;
		case 92u: goto tr562;
	}
	goto st0;
st405:
	p += 1;
case 405:
	switch( (*p) ) {
		case 73u: goto st406;
		case 105u: goto st406;
	}
	goto st0;
st406:
	p += 1;
case 406:
	switch( (*p) ) {
		case 76u: goto st403;
		case 108u: goto st403;
	}
	goto st0;
tr564:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st407;
st407:
	p += 1;
case 407:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr569;
	goto st0;
tr571:
	{ {p = (( IMW_SKIP_TO(408)))-1;} }
	goto st408;
tr569:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(408)))-1;} }
	goto st408;
st408:
	p += 1;
case 408:
	switch( (*p) ) {
		case 43u: goto tr570;
		case 125u: goto tr572;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr571;
	goto st0;
tr570:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st409;
st409:
	p += 1;
case 409:
	if ( (*p) == 125u )
		goto st410;
	goto st0;
tr572:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st410;
st410:
	p += 1;
case 410:
	if ( (*p) == 13u )
		goto st411;
	goto st0;
st411:
	p += 1;
case 411:
	if ( (*p) == 10u )
		goto tr575;
	goto st0;
tr575:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 412; goto _out;} }
	goto st412;
st412:
	p += 1;
case 412:
	switch( (*p) ) {
		case 32u: goto tr277;
		case 41u: goto tr380;
	}
	goto st0;
tr560:
	{ {p = (( IMW_SKIP_TO(413)))-1;} }
	goto st413;
st413:
	p += 1;
case 413:
	switch( (*p) ) {
		case 34u: goto tr556;
		case 92u: goto tr556;
	}
	goto st0;
st414:
	p += 1;
case 414:
	switch( (*p) ) {
		case 73u: goto st415;
		case 105u: goto st415;
	}
	goto st0;
st415:
	p += 1;
case 415:
	switch( (*p) ) {
		case 76u: goto st400;
		case 108u: goto st400;
	}
	goto st0;
tr558:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st416;
st416:
	p += 1;
case 416:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr578;
	goto st0;
tr580:
	{ {p = (( IMW_SKIP_TO(417)))-1;} }
	goto st417;
tr578:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(417)))-1;} }
	goto st417;
st417:
	p += 1;
case 417:
	switch( (*p) ) {
		case 43u: goto tr579;
		case 125u: goto tr581;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr580;
	goto st0;
tr579:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st418;
st418:
	p += 1;
case 418:
	if ( (*p) == 125u )
		goto st419;
	goto st0;
tr581:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st419;
st419:
	p += 1;
case 419:
	if ( (*p) == 13u )
		goto st420;
	goto st0;
st420:
	p += 1;
case 420:
	if ( (*p) == 10u )
		goto tr584;
	goto st0;
tr584:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 421; goto _out;} }
	goto st421;
st421:
	p += 1;
case 421:
	switch( (*p) ) {
		case 32u: goto tr585;
		case 41u: goto tr380;
	}
	goto st0;
tr549:
	{ {p = (( IMW_SKIP_TO(422)))-1;} }
	goto st422;
st422:
	p += 1;
case 422:
	switch( (*p) ) {
		case 34u: goto tr546;
		case 92u: goto tr546;
	}
	goto st0;
tr547:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st423;
st423:
	p += 1;
case 423:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr586;
	goto st0;
tr588:
	{ {p = (( IMW_SKIP_TO(424)))-1;} }
	goto st424;
tr586:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(424)))-1;} }
	goto st424;
st424:
	p += 1;
case 424:
	switch( (*p) ) {
		case 43u: goto tr587;
		case 125u: goto tr589;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr588;
	goto st0;
tr587:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st425;
st425:
	p += 1;
case 425:
	if ( (*p) == 125u )
		goto st426;
	goto st0;
tr589:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st426;
st426:
	p += 1;
case 426:
	if ( (*p) == 13u )
		goto st427;
	goto st0;
st427:
	p += 1;
case 427:
	if ( (*p) == 10u )
		goto tr592;
	goto st0;
tr592:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 428; goto _out;} }
	goto st428;
st428:
	p += 1;
case 428:
	if ( (*p) == 32u )
		goto tr593;
	goto st0;
st429:
	p += 1;
case 429:
	switch( (*p) ) {
		case 73u: goto st430;
		case 105u: goto st430;
	}
	goto st0;
st430:
	p += 1;
case 430:
	switch( (*p) ) {
		case 76u: goto st431;
		case 108u: goto st431;
	}
	goto st0;
st431:
	p += 1;
case 431:
	switch( (*p) ) {
		case 32u: goto st398;
		case 41u: goto tr13;
	}
	goto st0;
tr17:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st432;
st432:
	p += 1;
case 432:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr597;
	goto st0;
tr599:
	{ {p = (( IMW_SKIP_TO(433)))-1;} }
	goto st433;
tr597:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(433)))-1;} }
	goto st433;
st433:
	p += 1;
case 433:
	switch( (*p) ) {
		case 43u: goto tr598;
		case 125u: goto tr600;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr599;
	goto st0;
tr598:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st434;
st434:
	p += 1;
case 434:
	if ( (*p) == 125u )
		goto st435;
	goto st0;
tr600:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st435;
st435:
	p += 1;
case 435:
	if ( (*p) == 13u )
		goto st436;
	goto st0;
st436:
	p += 1;
case 436:
	if ( (*p) == 10u )
		goto tr603;
	goto st0;
tr603:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 437; goto _out;} }
	goto st437;
st437:
	p += 1;
case 437:
	if ( (*p) == 32u )
		goto tr604;
	goto st0;
tr11:
	{ {p = (( IMW_SKIP_TO(438)))-1;} }
	goto st438;
st438:
	p += 1;
case 438:
	switch( (*p) ) {
		case 34u: goto tr7;
		case 92u: goto tr7;
	}
	goto st0;
tr9:
	{ {p = (( IMW_SKIP_TO(439)))-1;} }
	goto st439;
st439:
	p += 1;
case 439:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr8;
		case 69u: goto tr605;
		case 92u: goto tr11;
		case 101u: goto tr605;
	}
	goto tr7;
tr605:
	{ {p = (( IMW_SKIP_TO(440)))-1;} }
	goto st440;
st440:
	p += 1;
case 440:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr8;
		case 83u: goto tr606;
		case 92u: goto tr11;
		case 115u: goto tr606;
	}
	goto tr7;
tr606:
	{ {p = (( IMW_SKIP_TO(441)))-1;} }
	goto st441;
st441:
	p += 1;
case 441:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr8;
		case 83u: goto tr607;
		case 92u: goto tr11;
		case 115u: goto tr607;
	}
	goto tr7;
tr607:
	{ {p = (( IMW_SKIP_TO(442)))-1;} }
	goto st442;
st442:
	p += 1;
case 442:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr8;
		case 65u: goto tr608;
		case 92u: goto tr11;
		case 97u: goto tr608;
	}
	goto tr7;
tr608:
	{ {p = (( IMW_SKIP_TO(443)))-1;} }
	goto st443;
st443:
	p += 1;
case 443:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr8;
		case 71u: goto tr609;
		case 92u: goto tr11;
		case 103u: goto tr609;
	}
	goto tr7;
tr609:
	{ {p = (( IMW_SKIP_TO(444)))-1;} }
	goto st444;
st444:
	p += 1;
case 444:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr8;
		case 69u: goto tr610;
		case 92u: goto tr11;
		case 101u: goto tr610;
	}
	goto tr7;
tr610:
	{ {p = (( IMW_SKIP_TO(445)))-1;} }
	goto st445;
st445:
	p += 1;
case 445:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr611;
		case 92u: goto tr11;
	}
	goto tr7;
tr611:
	{ {p = (( IMW_SKIP_TO(446)))-1;} }
	goto st446;
st446:
	p += 1;
case 446:
	switch( (*p) ) {
		case 32u: goto st447;
		case 41u: goto tr13;
	}
	goto st0;
st447:
	p += 1;
case 447:
	switch( (*p) ) {
		case 34u: goto tr613;
		case 40u: goto tr15;
		case 78u: goto tr16;
		case 110u: goto tr16;
		case 123u: goto tr17;
	}
	goto st0;
tr613:
	{ {p = (( IMW_SKIP_TO(448)))-1;} }
	goto st448;
st448:
	p += 1;
case 448:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr18;
		case 82u: goto tr614;
		case 92u: goto tr19;
		case 114u: goto tr614;
	}
	goto tr14;
tr614:
	{ {p = (( IMW_SKIP_TO(449)))-1;} }
	goto st449;
st449:
	p += 1;
case 449:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr18;
		case 70u: goto tr615;
		case 92u: goto tr19;
		case 102u: goto tr615;
	}
	goto tr14;
tr615:
	{ {p = (( IMW_SKIP_TO(450)))-1;} }
	goto st450;
st450:
	p += 1;
case 450:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr18;
		case 67u: goto tr616;
		case 92u: goto tr19;
		case 99u: goto tr616;
	}
	goto tr14;
tr616:
	{ {p = (( IMW_SKIP_TO(451)))-1;} }
	goto st451;
st451:
	p += 1;
case 451:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr18;
		case 56u: goto tr617;
		case 92u: goto tr19;
	}
	goto tr14;
tr617:
	{ {p = (( IMW_SKIP_TO(452)))-1;} }
	goto st452;
st452:
	p += 1;
case 452:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr18;
		case 50u: goto tr618;
		case 92u: goto tr19;
	}
	goto tr14;
tr618:
	{ {p = (( IMW_SKIP_TO(453)))-1;} }
	goto st453;
st453:
	p += 1;
case 453:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr18;
		case 50u: goto tr619;
		case 92u: goto tr19;
	}
	goto tr14;
tr619:
	{ {p = (( IMW_SKIP_TO(454)))-1;} }
	goto st454;
st454:
	p += 1;
case 454:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr620;
		case 92u: goto tr19;
	}
	goto tr14;
tr620:
	{ {p = (( IMW_SKIP_TO(455)))-1;} }
	goto st455;
st455:
	p += 1;
case 455:
	if ( (*p) == 32u )
		goto st456;
	goto st0;
st456:
	p += 1;
case 456:
	switch( (*p) ) {
		case 40u: goto tr622;
		case 78u: goto st543;
		case 110u: goto st543;
	}
	goto st0;
tr622:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	goto st457;
tr730:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st457;
st457:
	p += 1;
case 457:
	switch( (*p) ) {
		case 34u: goto tr624;
		case 123u: goto tr625;
	}
	goto st0;
tr624:
	{ {p = (( IMW_SKIP_TO(458)))-1;} }
	goto st458;
st458:
	p += 1;
case 458:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr626;
		case 92u: goto tr627;
	}
	goto tr624;
tr626:
	{ {p = (( IMW_SKIP_TO(459)))-1;} }
	goto st459;
st459:
	p += 1;
case 459:
	if ( (*p) == 32u )
		goto st460;
	goto st0;
tr739:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st460;
st460:
	p += 1;
case 460:
	switch( (*p) ) {
		case 34u: goto tr629;
		case 78u: goto st507;
		case 110u: goto st507;
		case 123u: goto tr631;
	}
	goto st0;
tr629:
	{ {p = (( IMW_SKIP_TO(461)))-1;} }
	goto st461;
st461:
	p += 1;
case 461:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr632;
		case 92u: goto tr633;
	}
	goto tr629;
tr632:
	{ {p = (( IMW_SKIP_TO(462)))-1;} }
	goto st462;
st462:
	p += 1;
case 462:
	switch( (*p) ) {
		case 32u: goto st457;
		case 41u: goto st463;
	}
	goto st0;
tr731:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st463;
st463:
	p += 1;
case 463:
	if ( (*p) == 32u )
		goto st464;
	goto st0;
tr714:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	goto st464;
st464:
	p += 1;
case 464:
	switch( (*p) ) {
		case 34u: goto tr637;
		case 78u: goto st498;
		case 110u: goto st498;
		case 123u: goto tr639;
	}
	goto st0;
tr637:
	{ {p = (( IMW_SKIP_TO(465)))-1;} }
	goto st465;
st465:
	p += 1;
case 465:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr640;
		case 92u: goto tr641;
	}
	goto tr637;
tr640:
	{ {p = (( IMW_SKIP_TO(466)))-1;} }
	goto st466;
st466:
	p += 1;
case 466:
	if ( (*p) == 32u )
		goto st467;
	goto st0;
tr691:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st467;
st467:
	p += 1;
case 467:
	switch( (*p) ) {
		case 34u: goto tr643;
		case 78u: goto st489;
		case 110u: goto st489;
		case 123u: goto tr645;
	}
	goto st0;
tr643:
	{ {p = (( IMW_SKIP_TO(468)))-1;} }
	goto st468;
st468:
	p += 1;
case 468:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr646;
		case 92u: goto tr647;
	}
	goto tr643;
tr646:
	{ {p = (( IMW_SKIP_TO(469)))-1;} }
	goto st469;
st469:
	p += 1;
case 469:
	if ( (*p) == 32u )
		goto st470;
	goto st0;
tr681:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st470;
st470:
	p += 1;
case 470:
	switch( (*p) ) {
		case 34u: goto tr649;
		case 78u: goto tr650;
		case 110u: goto tr650;
		case 123u: goto tr651;
	}
	goto st0;
tr649:
	{ {p = (( IMW_SKIP_TO(471)))-1;} }
	goto st471;
st471:
	p += 1;
case 471:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr652;
		case 92u: goto tr653;
	}
	goto tr649;
tr652:
	{ {p = (( IMW_SKIP_TO(472)))-1;} }
	goto st472;
st472:
	p += 1;
case 472:
	if ( (*p) == 32u )
		goto st473;
	goto st0;
tr671:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st473;
tr663:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_NIL_ENCODING); }
	goto st473;
st473:
	p += 1;
case 473:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr655;
	goto st0;
tr657:
	{ {p = (( IMW_SKIP_TO(474)))-1;} }
	goto st474;
tr655:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(474)))-1;} }
	goto st474;
st474:
	p += 1;
case 474:
	switch( (*p) ) {
		case 32u: goto tr656;
		case 41u: goto tr56;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr657;
	goto st0;
tr656:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st475;
st475:
	p += 1;
case 475:
	switch( (*p) ) {
		case 34u: goto tr58;
		case 40u: goto tr658;
		case 78u: goto st162;
		case 110u: goto st162;
		case 123u: goto tr61;
	}
	goto st0;
tr658:
	{ { const unsigned char *imw_q = IMW_EXTERN(IMW_RULE_ENVELOPE); if (!imw_q) { p--; {p++; cs = 476; goto _out;} } {p = (( imw_q))-1;} if (imw_q == pe) {p++; cs = 476; goto _out;} } }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_MD5_PARAMS); }
	goto st476;
st476:
	p += 1;
case 476:
	switch( (*p) ) {
		case 32u: goto st477;
		case 34u: goto tr214;
		case 123u: goto tr215;
	}
	goto st0;
st477:
	p += 1;
case 477:
	if ( (*p) == 40u )
		goto tr660;
	goto st0;
tr653:
	{ {p = (( IMW_SKIP_TO(478)))-1;} }
	goto st478;
st478:
	p += 1;
case 478:
	switch( (*p) ) {
		case 34u: goto tr649;
		case 92u: goto tr649;
	}
	goto st0;
tr650:
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_NIL_ENCODING); }
	goto st479;
st479:
	p += 1;
case 479:
	switch( (*p) ) {
		case 73u: goto st480;
		case 105u: goto st480;
	}
	goto st0;
st480:
	p += 1;
case 480:
	switch( (*p) ) {
		case 76u: goto st481;
		case 108u: goto st481;
	}
	goto st0;
st481:
	p += 1;
case 481:
	if ( (*p) == 32u )
		goto tr663;
	goto st0;
tr651:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st482;
st482:
	p += 1;
case 482:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr664;
	goto st0;
tr666:
	{ {p = (( IMW_SKIP_TO(483)))-1;} }
	goto st483;
tr664:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(483)))-1;} }
	goto st483;
st483:
	p += 1;
case 483:
	switch( (*p) ) {
		case 43u: goto tr665;
		case 125u: goto tr667;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr666;
	goto st0;
tr665:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st484;
st484:
	p += 1;
case 484:
	if ( (*p) == 125u )
		goto st485;
	goto st0;
tr667:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st485;
st485:
	p += 1;
case 485:
	if ( (*p) == 13u )
		goto st486;
	goto st0;
st486:
	p += 1;
case 486:
	if ( (*p) == 10u )
		goto tr670;
	goto st0;
tr670:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 487; goto _out;} }
	goto st487;
st487:
	p += 1;
case 487:
	if ( (*p) == 32u )
		goto tr671;
	goto st0;
tr647:
	{ {p = (( IMW_SKIP_TO(488)))-1;} }
	goto st488;
st488:
	p += 1;
case 488:
	switch( (*p) ) {
		case 34u: goto tr643;
		case 92u: goto tr643;
	}
	goto st0;
st489:
	p += 1;
case 489:
	switch( (*p) ) {
		case 73u: goto st490;
		case 105u: goto st490;
	}
	goto st0;
st490:
	p += 1;
case 490:
	switch( (*p) ) {
		case 76u: goto st469;
		case 108u: goto st469;
	}
	goto st0;
tr645:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st491;
st491:
	p += 1;
case 491:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr674;
	goto st0;
tr676:
	{ {p = (( IMW_SKIP_TO(492)))-1;} }
	goto st492;
tr674:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(492)))-1;} }
	goto st492;
st492:
	p += 1;
case 492:
	switch( (*p) ) {
		case 43u: goto tr675;
		case 125u: goto tr677;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr676;
	goto st0;
tr675:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st493;
st493:
	p += 1;
case 493:
	if ( (*p) == 125u )
		goto st494;
	goto st0;
tr677:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st494;
st494:
	p += 1;
case 494:
	if ( (*p) == 13u )
		goto st495;
	goto st0;
st495:
	p += 1;
case 495:
	if ( (*p) == 10u )
		goto tr680;
	goto st0;
tr680:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 496; goto _out;} }
	goto st496;
st496:
	p += 1;
case 496:
	if ( (*p) == 32u )
		goto tr681;
	goto st0;
tr641:
	{ {p = (( IMW_SKIP_TO(497)))-1;} }
	goto st497;
st497:
	p += 1;
case 497:
	switch( (*p) ) {
		case 34u: goto tr637;
		case 92u: goto tr637;
	}
	goto st0;
st498:
	p += 1;
case 498:
	switch( (*p) ) {
		case 73u: goto st499;
		case 105u: goto st499;
	}
	goto st0;
st499:
	p += 1;
case 499:
	switch( (*p) ) {
		case 76u: goto st466;
		case 108u: goto st466;
	}
	goto st0;
tr639:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st500;
st500:
	p += 1;
case 500:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr684;
	goto st0;
tr686:
	{ {p = (( IMW_SKIP_TO(501)))-1;} }
	goto st501;
tr684:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(501)))-1;} }
	goto st501;
st501:
	p += 1;
case 501:
	switch( (*p) ) {
		case 43u: goto tr685;
		case 125u: goto tr687;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr686;
	goto st0;
tr685:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st502;
st502:
	p += 1;
case 502:
	if ( (*p) == 125u )
		goto st503;
	goto st0;
tr687:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st503;
st503:
	p += 1;
case 503:
	if ( (*p) == 13u )
		goto st504;
	goto st0;
st504:
	p += 1;
case 504:
	if ( (*p) == 10u )
		goto tr690;
	goto st0;
tr690:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 505; goto _out;} }
	goto st505;
st505:
	p += 1;
case 505:
	if ( (*p) == 32u )
		goto tr691;
	goto st0;
tr633:
	{ {p = (( IMW_SKIP_TO(506)))-1;} }
	goto st506;
st506:
	p += 1;
case 506:
	switch( (*p) ) {
		case 34u: goto tr629;
		case 92u: goto tr629;
	}
	goto st0;
st507:
	p += 1;
case 507:
	switch( (*p) ) {
		case 73u: goto st508;
		case 105u: goto st508;
	}
	goto st0;
st508:
	p += 1;
case 508:
	switch( (*p) ) {
		case 76u: goto st509;
		case 108u: goto st509;
	}
	goto st0;
tr703:
	{ {p = (( IMW_SKIP_TO(509)))-1;} }
	goto st509;
st509:
	p += 1;
case 509:
	switch( (*p) ) {
		case 32u: goto st510;
		case 41u: goto st522;
	}
	goto st0;
tr712:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st510;
st510:
	p += 1;
case 510:
	switch( (*p) ) {
		case 34u: goto tr696;
		case 123u: goto tr697;
	}
	goto st0;
tr696:
	{ {p = (( IMW_SKIP_TO(511)))-1;} }
	goto st511;
st511:
	p += 1;
case 511:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr698;
		case 92u: goto tr699;
	}
	goto tr696;
tr698:
	{ {p = (( IMW_SKIP_TO(512)))-1;} }
	goto st512;
st512:
	p += 1;
case 512:
	if ( (*p) == 32u )
		goto st513;
	goto st0;
tr722:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st513;
st513:
	p += 1;
case 513:
	switch( (*p) ) {
		case 34u: goto tr701;
		case 78u: goto st507;
		case 110u: goto st507;
		case 123u: goto tr702;
	}
	goto st0;
tr701:
	{ {p = (( IMW_SKIP_TO(514)))-1;} }
	goto st514;
st514:
	p += 1;
case 514:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr703;
		case 92u: goto tr704;
	}
	goto tr701;
tr704:
	{ {p = (( IMW_SKIP_TO(515)))-1;} }
	goto st515;
st515:
	p += 1;
case 515:
	switch( (*p) ) {
		case 34u: goto tr701;
		case 92u: goto tr701;
	}
	goto st0;
tr702:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st516;
st516:
	p += 1;
case 516:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr705;
	goto st0;
tr707:
	{ {p = (( IMW_SKIP_TO(517)))-1;} }
	goto st517;
tr705:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(517)))-1;} }
	goto st517;
st517:
	p += 1;
case 517:
	switch( (*p) ) {
		case 43u: goto tr706;
		case 125u: goto tr708;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr707;
	goto st0;
tr706:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st518;
st518:
	p += 1;
case 518:
	if ( (*p) == 125u )
		goto st519;
	goto st0;
tr708:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st519;
st519:
	p += 1;
case 519:
	if ( (*p) == 13u )
		goto st520;
	goto st0;
st520:
	p += 1;
case 520:
	if ( (*p) == 10u )
		goto tr711;
	goto st0;
tr711:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 521; goto _out;} }
	goto st521;
st521:
	p += 1;
case 521:
	switch( (*p) ) {
		case 32u: goto tr712;
		case 41u: goto tr713;
	}
	goto st0;
tr713:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st522;
st522:
	p += 1;
case 522:
	if ( (*p) == 32u )
		goto tr714;
	goto st0;
tr699:
	{ {p = (( IMW_SKIP_TO(523)))-1;} }
	goto st523;
st523:
	p += 1;
case 523:
	switch( (*p) ) {
		case 34u: goto tr696;
		case 92u: goto tr696;
	}
	goto st0;
tr697:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st524;
st524:
	p += 1;
case 524:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr715;
	goto st0;
tr717:
	{ {p = (( IMW_SKIP_TO(525)))-1;} }
	goto st525;
tr715:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(525)))-1;} }
	goto st525;
st525:
	p += 1;
case 525:
	switch( (*p) ) {
		case 43u: goto tr716;
		case 125u: goto tr718;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr717;
	goto st0;
tr716:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st526;
st526:
	p += 1;
case 526:
	if ( (*p) == 125u )
		goto st527;
	goto st0;
tr718:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st527;
st527:
	p += 1;
case 527:
	if ( (*p) == 13u )
		goto st528;
	goto st0;
st528:
	p += 1;
case 528:
	if ( (*p) == 10u )
		goto tr721;
	goto st0;
tr721:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 529; goto _out;} }
	goto st529;
st529:
	p += 1;
case 529:
	if ( (*p) == 32u )
		goto tr722;
	goto st0;
tr631:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st530;
st530:
	p += 1;
case 530:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr723;
	goto st0;
tr725:
	{ {p = (( IMW_SKIP_TO(531)))-1;} }
	goto st531;
tr723:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(531)))-1;} }
	goto st531;
st531:
	p += 1;
case 531:
	switch( (*p) ) {
		case 43u: goto tr724;
		case 125u: goto tr726;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr725;
	goto st0;
tr724:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st532;
st532:
	p += 1;
case 532:
	if ( (*p) == 125u )
		goto st533;
	goto st0;
tr726:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st533;
st533:
	p += 1;
case 533:
	if ( (*p) == 13u )
		goto st534;
	goto st0;
st534:
	p += 1;
case 534:
	if ( (*p) == 10u )
		goto tr729;
	goto st0;
tr729:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 535; goto _out;} }
	goto st535;
st535:
	p += 1;
case 535:
	switch( (*p) ) {
		case 32u: goto tr730;
		case 41u: goto tr731;
	}
	goto st0;
tr627:
	{ {p = (( IMW_SKIP_TO(536)))-1;} }
	goto st536;
st536:
	p += 1;
case 536:
	switch( (*p) ) {
		case 34u: goto tr624;
		case 92u: goto tr624;
	}
	goto st0;
tr625:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st537;
st537:
	p += 1;
case 537:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr732;
	goto st0;
tr734:
	{ {p = (( IMW_SKIP_TO(538)))-1;} }
	goto st538;
tr732:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(538)))-1;} }
	goto st538;
st538:
	p += 1;
case 538:
	switch( (*p) ) {
		case 43u: goto tr733;
		case 125u: goto tr735;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr734;
	goto st0;
tr733:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st539;
st539:
	p += 1;
case 539:
	if ( (*p) == 125u )
		goto st540;
	goto st0;
tr735:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st540;
st540:
	p += 1;
case 540:
	if ( (*p) == 13u )
		goto st541;
	goto st0;
st541:
	p += 1;
case 541:
	if ( (*p) == 10u )
		goto tr738;
	goto st0;
tr738:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 542; goto _out;} }
	goto st542;
st542:
	p += 1;
case 542:
	if ( (*p) == 32u )
		goto tr739;
	goto st0;
st543:
	p += 1;
case 543:
	switch( (*p) ) {
		case 73u: goto st544;
		case 105u: goto st544;
	}
	goto st0;
st544:
	p += 1;
case 544:
	switch( (*p) ) {
		case 76u: goto st463;
		case 108u: goto st463;
	}
	goto st0;
tr10:
	{ {p = (( IMW_SKIP_TO(545)))-1;} }
	goto st545;
st545:
	p += 1;
case 545:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr8;
		case 69u: goto tr741;
		case 92u: goto tr11;
		case 101u: goto tr741;
	}
	goto tr7;
tr741:
	{ {p = (( IMW_SKIP_TO(546)))-1;} }
	goto st546;
st546:
	p += 1;
case 546:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr8;
		case 88u: goto tr742;
		case 92u: goto tr11;
		case 120u: goto tr742;
	}
	goto tr7;
tr742:
	{ {p = (( IMW_SKIP_TO(547)))-1;} }
	goto st547;
st547:
	p += 1;
case 547:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr8;
		case 84u: goto tr743;
		case 92u: goto tr11;
		case 116u: goto tr743;
	}
	goto tr7;
tr743:
	{ {p = (( IMW_SKIP_TO(548)))-1;} }
	goto st548;
st548:
	p += 1;
case 548:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr744;
		case 92u: goto tr11;
	}
	goto tr7;
tr744:
	{ {p = (( IMW_SKIP_TO(549)))-1;} }
	goto st549;
st549:
	p += 1;
case 549:
	switch( (*p) ) {
		case 32u: goto st550;
		case 41u: goto tr13;
	}
	goto st0;
st550:
	p += 1;
case 550:
	switch( (*p) ) {
		case 34u: goto tr746;
		case 40u: goto tr15;
		case 78u: goto tr747;
		case 110u: goto tr747;
		case 123u: goto tr748;
	}
	goto st0;
tr746:
	{ {p = (( IMW_SKIP_TO(551)))-1;} }
	goto st551;
st551:
	p += 1;
case 551:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr749;
		case 92u: goto tr750;
	}
	goto tr746;
tr749:
	{ {p = (( IMW_SKIP_TO(552)))-1;} }
	goto st552;
st552:
	p += 1;
case 552:
	if ( (*p) == 32u )
		goto st553;
	goto st0;
tr931:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st553;
st553:
	p += 1;
case 553:
	switch( (*p) ) {
		case 40u: goto tr752;
		case 78u: goto st638;
		case 110u: goto st638;
	}
	goto st0;
tr752:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	goto st554;
tr857:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st554;
st554:
	p += 1;
case 554:
	switch( (*p) ) {
		case 34u: goto tr754;
		case 123u: goto tr755;
	}
	goto st0;
tr754:
	{ {p = (( IMW_SKIP_TO(555)))-1;} }
	goto st555;
st555:
	p += 1;
case 555:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr756;
		case 92u: goto tr757;
	}
	goto tr754;
tr756:
	{ {p = (( IMW_SKIP_TO(556)))-1;} }
	goto st556;
st556:
	p += 1;
case 556:
	if ( (*p) == 32u )
		goto st557;
	goto st0;
tr866:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st557;
st557:
	p += 1;
case 557:
	switch( (*p) ) {
		case 34u: goto tr759;
		case 78u: goto st602;
		case 110u: goto st602;
		case 123u: goto tr761;
	}
	goto st0;
tr759:
	{ {p = (( IMW_SKIP_TO(558)))-1;} }
	goto st558;
st558:
	p += 1;
case 558:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr762;
		case 92u: goto tr763;
	}
	goto tr759;
tr762:
	{ {p = (( IMW_SKIP_TO(559)))-1;} }
	goto st559;
st559:
	p += 1;
case 559:
	switch( (*p) ) {
		case 32u: goto st554;
		case 41u: goto st560;
	}
	goto st0;
tr858:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st560;
st560:
	p += 1;
case 560:
	if ( (*p) == 32u )
		goto st561;
	goto st0;
tr841:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	goto st561;
st561:
	p += 1;
case 561:
	switch( (*p) ) {
		case 34u: goto tr767;
		case 78u: goto st593;
		case 110u: goto st593;
		case 123u: goto tr769;
	}
	goto st0;
tr767:
	{ {p = (( IMW_SKIP_TO(562)))-1;} }
	goto st562;
st562:
	p += 1;
case 562:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr770;
		case 92u: goto tr771;
	}
	goto tr767;
tr770:
	{ {p = (( IMW_SKIP_TO(563)))-1;} }
	goto st563;
st563:
	p += 1;
case 563:
	if ( (*p) == 32u )
		goto st564;
	goto st0;
tr818:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st564;
st564:
	p += 1;
case 564:
	switch( (*p) ) {
		case 34u: goto tr773;
		case 78u: goto st584;
		case 110u: goto st584;
		case 123u: goto tr775;
	}
	goto st0;
tr773:
	{ {p = (( IMW_SKIP_TO(565)))-1;} }
	goto st565;
st565:
	p += 1;
case 565:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr776;
		case 92u: goto tr777;
	}
	goto tr773;
tr776:
	{ {p = (( IMW_SKIP_TO(566)))-1;} }
	goto st566;
st566:
	p += 1;
case 566:
	if ( (*p) == 32u )
		goto st567;
	goto st0;
tr808:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st567;
st567:
	p += 1;
case 567:
	switch( (*p) ) {
		case 34u: goto tr779;
		case 78u: goto tr780;
		case 110u: goto tr780;
		case 123u: goto tr781;
	}
	goto st0;
tr779:
	{ {p = (( IMW_SKIP_TO(568)))-1;} }
	goto st568;
st568:
	p += 1;
case 568:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr782;
		case 92u: goto tr783;
	}
	goto tr779;
tr782:
	{ {p = (( IMW_SKIP_TO(569)))-1;} }
	goto st569;
st569:
	p += 1;
case 569:
	if ( (*p) == 32u )
		goto st570;
	goto st0;
tr798:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st570;
tr790:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_NIL_ENCODING); }
	goto st570;
st570:
	p += 1;
case 570:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr785;
	goto st0;
tr787:
	{ {p = (( IMW_SKIP_TO(571)))-1;} }
	goto st571;
tr785:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(571)))-1;} }
	goto st571;
st571:
	p += 1;
case 571:
	switch( (*p) ) {
		case 32u: goto tr786;
		case 41u: goto tr56;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr787;
	goto st0;
tr786:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st572;
st572:
	p += 1;
case 572:
	switch( (*p) ) {
		case 34u: goto tr58;
		case 40u: goto tr59;
		case 78u: goto st162;
		case 110u: goto st162;
		case 123u: goto tr61;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr54;
	goto st0;
tr783:
	{ {p = (( IMW_SKIP_TO(573)))-1;} }
	goto st573;
st573:
	p += 1;
case 573:
	switch( (*p) ) {
		case 34u: goto tr779;
		case 92u: goto tr779;
	}
	goto st0;
tr780:
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_NIL_ENCODING); }
	goto st574;
st574:
	p += 1;
case 574:
	switch( (*p) ) {
		case 73u: goto st575;
		case 105u: goto st575;
	}
	goto st0;
st575:
	p += 1;
case 575:
	switch( (*p) ) {
		case 76u: goto st576;
		case 108u: goto st576;
	}
	goto st0;
st576:
	p += 1;
case 576:
	if ( (*p) == 32u )
		goto tr790;
	goto st0;
tr781:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st577;
st577:
	p += 1;
case 577:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr791;
	goto st0;
tr793:
	{ {p = (( IMW_SKIP_TO(578)))-1;} }
	goto st578;
tr791:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(578)))-1;} }
	goto st578;
st578:
	p += 1;
case 578:
	switch( (*p) ) {
		case 43u: goto tr792;
		case 125u: goto tr794;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr793;
	goto st0;
tr792:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st579;
st579:
	p += 1;
case 579:
	if ( (*p) == 125u )
		goto st580;
	goto st0;
tr794:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st580;
st580:
	p += 1;
case 580:
	if ( (*p) == 13u )
		goto st581;
	goto st0;
st581:
	p += 1;
case 581:
	if ( (*p) == 10u )
		goto tr797;
	goto st0;
tr797:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 582; goto _out;} }
	goto st582;
st582:
	p += 1;
case 582:
	if ( (*p) == 32u )
		goto tr798;
	goto st0;
tr777:
	{ {p = (( IMW_SKIP_TO(583)))-1;} }
	goto st583;
st583:
	p += 1;
case 583:
	switch( (*p) ) {
		case 34u: goto tr773;
		case 92u: goto tr773;
	}
	goto st0;
st584:
	p += 1;
case 584:
	switch( (*p) ) {
		case 73u: goto st585;
		case 105u: goto st585;
	}
	goto st0;
st585:
	p += 1;
case 585:
	switch( (*p) ) {
		case 76u: goto st566;
		case 108u: goto st566;
	}
	goto st0;
tr775:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st586;
st586:
	p += 1;
case 586:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr801;
	goto st0;
tr803:
	{ {p = (( IMW_SKIP_TO(587)))-1;} }
	goto st587;
tr801:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(587)))-1;} }
	goto st587;
st587:
	p += 1;
case 587:
	switch( (*p) ) {
		case 43u: goto tr802;
		case 125u: goto tr804;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr803;
	goto st0;
tr802:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st588;
st588:
	p += 1;
case 588:
	if ( (*p) == 125u )
		goto st589;
	goto st0;
tr804:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st589;
st589:
	p += 1;
case 589:
	if ( (*p) == 13u )
		goto st590;
	goto st0;
st590:
	p += 1;
case 590:
	if ( (*p) == 10u )
		goto tr807;
	goto st0;
tr807:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 591; goto _out;} }
	goto st591;
st591:
	p += 1;
case 591:
	if ( (*p) == 32u )
		goto tr808;
	goto st0;
tr771:
	{ {p = (( IMW_SKIP_TO(592)))-1;} }
	goto st592;
st592:
	p += 1;
case 592:
	switch( (*p) ) {
		case 34u: goto tr767;
		case 92u: goto tr767;
	}
	goto st0;
st593:
	p += 1;
case 593:
	switch( (*p) ) {
		case 73u: goto st594;
		case 105u: goto st594;
	}
	goto st0;
st594:
	p += 1;
case 594:
	switch( (*p) ) {
		case 76u: goto st563;
		case 108u: goto st563;
	}
	goto st0;
tr769:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st595;
st595:
	p += 1;
case 595:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr811;
	goto st0;
tr813:
	{ {p = (( IMW_SKIP_TO(596)))-1;} }
	goto st596;
tr811:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(596)))-1;} }
	goto st596;
st596:
	p += 1;
case 596:
	switch( (*p) ) {
		case 43u: goto tr812;
		case 125u: goto tr814;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr813;
	goto st0;
tr812:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st597;
st597:
	p += 1;
case 597:
	if ( (*p) == 125u )
		goto st598;
	goto st0;
tr814:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st598;
st598:
	p += 1;
case 598:
	if ( (*p) == 13u )
		goto st599;
	goto st0;
st599:
	p += 1;
case 599:
	if ( (*p) == 10u )
		goto tr817;
	goto st0;
tr817:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 600; goto _out;} }
	goto st600;
st600:
	p += 1;
case 600:
	if ( (*p) == 32u )
		goto tr818;
	goto st0;
tr763:
	{ {p = (( IMW_SKIP_TO(601)))-1;} }
	goto st601;
st601:
	p += 1;
case 601:
	switch( (*p) ) {
		case 34u: goto tr759;
		case 92u: goto tr759;
	}
	goto st0;
st602:
	p += 1;
case 602:
	switch( (*p) ) {
		case 73u: goto st603;
		case 105u: goto st603;
	}
	goto st0;
st603:
	p += 1;
case 603:
	switch( (*p) ) {
		case 76u: goto st604;
		case 108u: goto st604;
	}
	goto st0;
tr830:
	{ {p = (( IMW_SKIP_TO(604)))-1;} }
	goto st604;
st604:
	p += 1;
case 604:
	switch( (*p) ) {
		case 32u: goto st605;
		case 41u: goto st617;
	}
	goto st0;
tr839:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st605;
st605:
	p += 1;
case 605:
	switch( (*p) ) {
		case 34u: goto tr823;
		case 123u: goto tr824;
	}
	goto st0;
tr823:
	{ {p = (( IMW_SKIP_TO(606)))-1;} }
	goto st606;
st606:
	p += 1;
case 606:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr825;
		case 92u: goto tr826;
	}
	goto tr823;
tr825:
	{ {p = (( IMW_SKIP_TO(607)))-1;} }
	goto st607;
st607:
	p += 1;
case 607:
	if ( (*p) == 32u )
		goto st608;
	goto st0;
tr849:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st608;
st608:
	p += 1;
case 608:
	switch( (*p) ) {
		case 34u: goto tr828;
		case 78u: goto st602;
		case 110u: goto st602;
		case 123u: goto tr829;
	}
	goto st0;
tr828:
	{ {p = (( IMW_SKIP_TO(609)))-1;} }
	goto st609;
st609:
	p += 1;
case 609:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr830;
		case 92u: goto tr831;
	}
	goto tr828;
tr831:
	{ {p = (( IMW_SKIP_TO(610)))-1;} }
	goto st610;
st610:
	p += 1;
case 610:
	switch( (*p) ) {
		case 34u: goto tr828;
		case 92u: goto tr828;
	}
	goto st0;
tr829:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st611;
st611:
	p += 1;
case 611:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr832;
	goto st0;
tr834:
	{ {p = (( IMW_SKIP_TO(612)))-1;} }
	goto st612;
tr832:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(612)))-1;} }
	goto st612;
st612:
	p += 1;
case 612:
	switch( (*p) ) {
		case 43u: goto tr833;
		case 125u: goto tr835;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr834;
	goto st0;
tr833:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st613;
st613:
	p += 1;
case 613:
	if ( (*p) == 125u )
		goto st614;
	goto st0;
tr835:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st614;
st614:
	p += 1;
case 614:
	if ( (*p) == 13u )
		goto st615;
	goto st0;
st615:
	p += 1;
case 615:
	if ( (*p) == 10u )
		goto tr838;
	goto st0;
tr838:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 616; goto _out;} }
	goto st616;
st616:
	p += 1;
case 616:
	switch( (*p) ) {
		case 32u: goto tr839;
		case 41u: goto tr840;
	}
	goto st0;
tr840:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st617;
st617:
	p += 1;
case 617:
	if ( (*p) == 32u )
		goto tr841;
	goto st0;
tr826:
	{ {p = (( IMW_SKIP_TO(618)))-1;} }
	goto st618;
st618:
	p += 1;
case 618:
	switch( (*p) ) {
		case 34u: goto tr823;
		case 92u: goto tr823;
	}
	goto st0;
tr824:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st619;
st619:
	p += 1;
case 619:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr842;
	goto st0;
tr844:
	{ {p = (( IMW_SKIP_TO(620)))-1;} }
	goto st620;
tr842:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(620)))-1;} }
	goto st620;
st620:
	p += 1;
case 620:
	switch( (*p) ) {
		case 43u: goto tr843;
		case 125u: goto tr845;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr844;
	goto st0;
tr843:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st621;
st621:
	p += 1;
case 621:
	if ( (*p) == 125u )
		goto st622;
	goto st0;
tr845:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st622;
st622:
	p += 1;
case 622:
	if ( (*p) == 13u )
		goto st623;
	goto st0;
st623:
	p += 1;
case 623:
	if ( (*p) == 10u )
		goto tr848;
	goto st0;
tr848:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 624; goto _out;} }
	goto st624;
st624:
	p += 1;
case 624:
	if ( (*p) == 32u )
		goto tr849;
	goto st0;
tr761:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st625;
st625:
	p += 1;
case 625:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr850;
	goto st0;
tr852:
	{ {p = (( IMW_SKIP_TO(626)))-1;} }
	goto st626;
tr850:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(626)))-1;} }
	goto st626;
st626:
	p += 1;
case 626:
	switch( (*p) ) {
		case 43u: goto tr851;
		case 125u: goto tr853;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr852;
	goto st0;
tr851:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st627;
st627:
	p += 1;
case 627:
	if ( (*p) == 125u )
		goto st628;
	goto st0;
tr853:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st628;
st628:
	p += 1;
case 628:
	if ( (*p) == 13u )
		goto st629;
	goto st0;
st629:
	p += 1;
case 629:
	if ( (*p) == 10u )
		goto tr856;
	goto st0;
tr856:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 630; goto _out;} }
	goto st630;
st630:
	p += 1;
case 630:
	switch( (*p) ) {
		case 32u: goto tr857;
		case 41u: goto tr858;
	}
	goto st0;
tr757:
	{ {p = (( IMW_SKIP_TO(631)))-1;} }
	goto st631;
st631:
	p += 1;
case 631:
	switch( (*p) ) {
		case 34u: goto tr754;
		case 92u: goto tr754;
	}
	goto st0;
tr755:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st632;
st632:
	p += 1;
case 632:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr859;
	goto st0;
tr861:
	{ {p = (( IMW_SKIP_TO(633)))-1;} }
	goto st633;
tr859:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(633)))-1;} }
	goto st633;
st633:
	p += 1;
case 633:
	switch( (*p) ) {
		case 43u: goto tr860;
		case 125u: goto tr862;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr861;
	goto st0;
tr860:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st634;
st634:
	p += 1;
case 634:
	if ( (*p) == 125u )
		goto st635;
	goto st0;
tr862:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st635;
st635:
	p += 1;
case 635:
	if ( (*p) == 13u )
		goto st636;
	goto st0;
st636:
	p += 1;
case 636:
	if ( (*p) == 10u )
		goto tr865;
	goto st0;
tr865:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 637; goto _out;} }
	goto st637;
st637:
	p += 1;
case 637:
	if ( (*p) == 32u )
		goto tr866;
	goto st0;
st638:
	p += 1;
case 638:
	switch( (*p) ) {
		case 73u: goto st639;
		case 105u: goto st639;
	}
	goto st0;
st639:
	p += 1;
case 639:
	switch( (*p) ) {
		case 76u: goto st560;
		case 108u: goto st560;
	}
	goto st0;
tr750:
	{ {p = (( IMW_SKIP_TO(640)))-1;} }
	goto st640;
st640:
	p += 1;
case 640:
	switch( (*p) ) {
		case 34u: goto tr746;
		case 92u: goto tr746;
	}
	goto st0;
tr747:
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_NIL_STRING); }
	goto st641;
st641:
	p += 1;
case 641:
	switch( (*p) ) {
		case 73u: goto st642;
		case 105u: goto st642;
	}
	goto st0;
st642:
	p += 1;
case 642:
	switch( (*p) ) {
		case 76u: goto st643;
		case 108u: goto st643;
	}
	goto st0;
st643:
	p += 1;
case 643:
	switch( (*p) ) {
		case 32u: goto tr870;
		case 41u: goto tr13;
	}
	goto st0;
tr870:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_NIL_STRING); }
	goto st644;
st644:
	p += 1;
case 644:
	switch( (*p) ) {
		case 34u: goto tr350;
		case 40u: goto tr871;
		case 78u: goto st684;
		case 110u: goto st684;
		case 123u: goto tr353;
	}
	goto st0;
tr871:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	goto st645;
st645:
	p += 1;
case 645:
	switch( (*p) ) {
		case 34u: goto tr873;
		case 123u: goto tr874;
	}
	goto st0;
tr873:
	{ {p = (( IMW_SKIP_TO(646)))-1;} }
	goto st646;
st646:
	p += 1;
case 646:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr875;
		case 92u: goto tr876;
	}
	goto tr873;
tr875:
	{ {p = (( IMW_SKIP_TO(647)))-1;} }
	goto st647;
st647:
	p += 1;
case 647:
	if ( (*p) == 32u )
		goto st648;
	goto st0;
tr920:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st648;
st648:
	p += 1;
case 648:
	switch( (*p) ) {
		case 34u: goto tr759;
		case 40u: goto tr409;
		case 78u: goto st649;
		case 110u: goto st649;
		case 123u: goto tr761;
	}
	goto st0;
st649:
	p += 1;
case 649:
	switch( (*p) ) {
		case 73u: goto st650;
		case 105u: goto st650;
	}
	goto st0;
st650:
	p += 1;
case 650:
	switch( (*p) ) {
		case 76u: goto st651;
		case 108u: goto st651;
	}
	goto st0;
st651:
	p += 1;
case 651:
	switch( (*p) ) {
		case 32u: goto st605;
		case 41u: goto st652;
	}
	goto st0;
st652:
	p += 1;
case 652:
	switch( (*p) ) {
		case 32u: goto tr882;
		case 41u: goto tr13;
	}
	goto st0;
tr882:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	goto st653;
st653:
	p += 1;
case 653:
	switch( (*p) ) {
		case 34u: goto tr883;
		case 40u: goto st264;
		case 78u: goto st669;
		case 110u: goto st669;
		case 123u: goto tr885;
	}
	goto st0;
tr883:
	{ {p = (( IMW_SKIP_TO(654)))-1;} }
	goto st654;
st654:
	p += 1;
case 654:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr886;
		case 92u: goto tr887;
	}
	goto tr883;
tr886:
	{ {p = (( IMW_SKIP_TO(655)))-1;} }
	goto st655;
st655:
	p += 1;
case 655:
	switch( (*p) ) {
		case 32u: goto st656;
		case 41u: goto tr13;
	}
	goto st0;
tr912:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st656;
st656:
	p += 1;
case 656:
	switch( (*p) ) {
		case 34u: goto tr889;
		case 78u: goto st660;
		case 110u: goto st660;
		case 123u: goto tr891;
	}
	goto st0;
tr889:
	{ {p = (( IMW_SKIP_TO(657)))-1;} }
	goto st657;
st657:
	p += 1;
case 657:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr892;
		case 92u: goto tr893;
	}
	goto tr889;
tr892:
	{ {p = (( IMW_SKIP_TO(658)))-1;} }
	goto st658;
st658:
	p += 1;
case 658:
	switch( (*p) ) {
		case 32u: goto st567;
		case 41u: goto tr13;
	}
	goto st0;
tr893:
	{ {p = (( IMW_SKIP_TO(659)))-1;} }
	goto st659;
st659:
	p += 1;
case 659:
	switch( (*p) ) {
		case 34u: goto tr889;
		case 92u: goto tr889;
	}
	goto st0;
st660:
	p += 1;
case 660:
	switch( (*p) ) {
		case 73u: goto st661;
		case 105u: goto st661;
	}
	goto st0;
st661:
	p += 1;
case 661:
	switch( (*p) ) {
		case 76u: goto st658;
		case 108u: goto st658;
	}
	goto st0;
tr891:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st662;
st662:
	p += 1;
case 662:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr896;
	goto st0;
tr898:
	{ {p = (( IMW_SKIP_TO(663)))-1;} }
	goto st663;
tr896:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(663)))-1;} }
	goto st663;
st663:
	p += 1;
case 663:
	switch( (*p) ) {
		case 43u: goto tr897;
		case 125u: goto tr899;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr898;
	goto st0;
tr897:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st664;
st664:
	p += 1;
case 664:
	if ( (*p) == 125u )
		goto st665;
	goto st0;
tr899:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st665;
st665:
	p += 1;
case 665:
	if ( (*p) == 13u )
		goto st666;
	goto st0;
st666:
	p += 1;
case 666:
	if ( (*p) == 10u )
		goto tr902;
	goto st0;
tr902:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 667; goto _out;} }
	goto st667;
st667:
	p += 1;
case 667:
	switch( (*p) ) {
		case 32u: goto tr808;
		case 41u: goto tr380;
	}
	goto st0;
tr887:
	{ {p = (( IMW_SKIP_TO(668)))-1;} }
	goto st668;
st668:
	p += 1;
case 668:
	switch( (*p) ) {
		case 34u: goto tr883;
		case 92u: goto tr883;
	}
	goto st0;
st669:
	p += 1;
case 669:
	switch( (*p) ) {
		case 73u: goto st670;
		case 105u: goto st670;
	}
	goto st0;
st670:
	p += 1;
case 670:
	switch( (*p) ) {
		case 76u: goto st655;
		case 108u: goto st655;
	}
	goto st0;
tr885:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st671;
st671:
	p += 1;
case 671:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr905;
	goto st0;
tr907:
	{ {p = (( IMW_SKIP_TO(672)))-1;} }
	goto st672;
tr905:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(672)))-1;} }
	goto st672;
st672:
	p += 1;
case 672:
	switch( (*p) ) {
		case 43u: goto tr906;
		case 125u: goto tr908;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr907;
	goto st0;
tr906:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st673;
st673:
	p += 1;
case 673:
	if ( (*p) == 125u )
		goto st674;
	goto st0;
tr908:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st674;
st674:
	p += 1;
case 674:
	if ( (*p) == 13u )
		goto st675;
	goto st0;
st675:
	p += 1;
case 675:
	if ( (*p) == 10u )
		goto tr911;
	goto st0;
tr911:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 676; goto _out;} }
	goto st676;
st676:
	p += 1;
case 676:
	switch( (*p) ) {
		case 32u: goto tr912;
		case 41u: goto tr380;
	}
	goto st0;
tr876:
	{ {p = (( IMW_SKIP_TO(677)))-1;} }
	goto st677;
st677:
	p += 1;
case 677:
	switch( (*p) ) {
		case 34u: goto tr873;
		case 92u: goto tr873;
	}
	goto st0;
tr874:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st678;
st678:
	p += 1;
case 678:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr913;
	goto st0;
tr915:
	{ {p = (( IMW_SKIP_TO(679)))-1;} }
	goto st679;
tr913:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(679)))-1;} }
	goto st679;
st679:
	p += 1;
case 679:
	switch( (*p) ) {
		case 43u: goto tr914;
		case 125u: goto tr916;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr915;
	goto st0;
tr914:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st680;
st680:
	p += 1;
case 680:
	if ( (*p) == 125u )
		goto st681;
	goto st0;
tr916:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st681;
st681:
	p += 1;
case 681:
	if ( (*p) == 13u )
		goto st682;
	goto st0;
st682:
	p += 1;
case 682:
	if ( (*p) == 10u )
		goto tr919;
	goto st0;
tr919:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 683; goto _out;} }
	goto st683;
st683:
	p += 1;
case 683:
	if ( (*p) == 32u )
		goto tr920;
	goto st0;
st684:
	p += 1;
case 684:
	switch( (*p) ) {
		case 73u: goto st685;
		case 105u: goto st685;
	}
	goto st0;
st685:
	p += 1;
case 685:
	switch( (*p) ) {
		case 76u: goto st686;
		case 108u: goto st686;
	}
	goto st0;
st686:
	p += 1;
case 686:
	switch( (*p) ) {
		case 32u: goto st653;
		case 41u: goto tr13;
	}
	goto st0;
tr748:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st687;
st687:
	p += 1;
case 687:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr924;
	goto st0;
tr926:
	{ {p = (( IMW_SKIP_TO(688)))-1;} }
	goto st688;
tr924:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(688)))-1;} }
	goto st688;
st688:
	p += 1;
case 688:
	switch( (*p) ) {
		case 43u: goto tr925;
		case 125u: goto tr927;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr926;
	goto st0;
tr925:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st689;
st689:
	p += 1;
case 689:
	if ( (*p) == 125u )
		goto st690;
	goto st0;
tr927:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st690;
st690:
	p += 1;
case 690:
	if ( (*p) == 13u )
		goto st691;
	goto st0;
st691:
	p += 1;
case 691:
	if ( (*p) == 10u )
		goto tr930;
	goto st0;
tr930:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 692; goto _out;} }
	goto st692;
st692:
	p += 1;
case 692:
	if ( (*p) == 32u )
		goto tr931;
	goto st0;
tr4:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_BODY)) {p++; cs = 693; goto _out;} {( imw_stack)[( imw_top)++] = 693;goto st2;} }
	goto st693;
st693:
	p += 1;
case 693:
	switch( (*p) ) {
		case 32u: goto st694;
		case 40u: goto tr4;
	}
	goto st0;
st694:
	p += 1;
case 694:
	switch( (*p) ) {
		case 34u: goto tr933;
		case 78u: goto tr934;
		case 110u: goto tr934;
		case 123u: goto tr935;
	}
	goto st0;
tr933:
	{ {p = (( IMW_SKIP_TO(695)))-1;} }
	goto st695;
st695:
	p += 1;
case 695:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr936;
		case 92u: goto tr937;
	}
	goto tr933;
tr936:
	{ {p = (( IMW_SKIP_TO(696)))-1;} }
	goto st696;
st696:
	p += 1;
case 696:
	switch( (*p) ) {
		case 32u: goto st697;
		case 41u: goto tr65;
	}
	goto st0;
tr1011:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st697;
tr1002:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_NIL_STRING); }
	goto st697;
st697:
	p += 1;
case 697:
	switch( (*p) ) {
		case 40u: goto tr939;
		case 78u: goto st162;
		case 110u: goto st162;
	}
	goto st0;
tr939:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	goto st698;
tr990:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st698;
st698:
	p += 1;
case 698:
	switch( (*p) ) {
		case 34u: goto tr940;
		case 123u: goto tr941;
	}
	goto st0;
tr940:
	{ {p = (( IMW_SKIP_TO(699)))-1;} }
	goto st699;
st699:
	p += 1;
case 699:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr942;
		case 92u: goto tr943;
	}
	goto tr940;
tr942:
	{ {p = (( IMW_SKIP_TO(700)))-1;} }
	goto st700;
st700:
	p += 1;
case 700:
	if ( (*p) == 32u )
		goto st701;
	goto st0;
tr999:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st701;
st701:
	p += 1;
case 701:
	switch( (*p) ) {
		case 34u: goto tr945;
		case 78u: goto st705;
		case 110u: goto st705;
		case 123u: goto tr947;
	}
	goto st0;
tr945:
	{ {p = (( IMW_SKIP_TO(702)))-1;} }
	goto st702;
st702:
	p += 1;
case 702:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr948;
		case 92u: goto tr949;
	}
	goto tr945;
tr948:
	{ {p = (( IMW_SKIP_TO(703)))-1;} }
	goto st703;
st703:
	p += 1;
case 703:
	switch( (*p) ) {
		case 32u: goto st698;
		case 41u: goto st31;
	}
	goto st0;
tr949:
	{ {p = (( IMW_SKIP_TO(704)))-1;} }
	goto st704;
st704:
	p += 1;
case 704:
	switch( (*p) ) {
		case 34u: goto tr945;
		case 92u: goto tr945;
	}
	goto st0;
st705:
	p += 1;
case 705:
	switch( (*p) ) {
		case 73u: goto st706;
		case 105u: goto st706;
	}
	goto st0;
st706:
	p += 1;
case 706:
	switch( (*p) ) {
		case 76u: goto st707;
		case 108u: goto st707;
	}
	goto st0;
tr962:
	{ {p = (( IMW_SKIP_TO(707)))-1;} }
	goto st707;
st707:
	p += 1;
case 707:
	switch( (*p) ) {
		case 32u: goto st708;
		case 41u: goto st720;
	}
	goto st0;
tr971:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st708;
st708:
	p += 1;
case 708:
	switch( (*p) ) {
		case 34u: goto tr955;
		case 123u: goto tr956;
	}
	goto st0;
tr955:
	{ {p = (( IMW_SKIP_TO(709)))-1;} }
	goto st709;
st709:
	p += 1;
case 709:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr957;
		case 92u: goto tr958;
	}
	goto tr955;
tr957:
	{ {p = (( IMW_SKIP_TO(710)))-1;} }
	goto st710;
st710:
	p += 1;
case 710:
	if ( (*p) == 32u )
		goto st711;
	goto st0;
tr982:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st711;
st711:
	p += 1;
case 711:
	switch( (*p) ) {
		case 34u: goto tr960;
		case 78u: goto st705;
		case 110u: goto st705;
		case 123u: goto tr961;
	}
	goto st0;
tr960:
	{ {p = (( IMW_SKIP_TO(712)))-1;} }
	goto st712;
st712:
	p += 1;
case 712:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr962;
		case 92u: goto tr963;
	}
	goto tr960;
tr963:
	{ {p = (( IMW_SKIP_TO(713)))-1;} }
	goto st713;
st713:
	p += 1;
case 713:
	switch( (*p) ) {
		case 34u: goto tr960;
		case 92u: goto tr960;
	}
	goto st0;
tr961:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st714;
st714:
	p += 1;
case 714:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr964;
	goto st0;
tr966:
	{ {p = (( IMW_SKIP_TO(715)))-1;} }
	goto st715;
tr964:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(715)))-1;} }
	goto st715;
st715:
	p += 1;
case 715:
	switch( (*p) ) {
		case 43u: goto tr965;
		case 125u: goto tr967;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr966;
	goto st0;
tr965:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st716;
st716:
	p += 1;
case 716:
	if ( (*p) == 125u )
		goto st717;
	goto st0;
tr967:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st717;
st717:
	p += 1;
case 717:
	if ( (*p) == 13u )
		goto st718;
	goto st0;
st718:
	p += 1;
case 718:
	if ( (*p) == 10u )
		goto tr970;
	goto st0;
tr970:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 719; goto _out;} }
	goto st719;
st719:
	p += 1;
case 719:
	switch( (*p) ) {
		case 32u: goto tr971;
		case 41u: goto tr972;
	}
	goto st0;
tr972:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st720;
st720:
	p += 1;
case 720:
	switch( (*p) ) {
		case 32u: goto tr973;
		case 41u: goto tr974;
	}
	goto st0;
tr958:
	{ {p = (( IMW_SKIP_TO(721)))-1;} }
	goto st721;
st721:
	p += 1;
case 721:
	switch( (*p) ) {
		case 34u: goto tr955;
		case 92u: goto tr955;
	}
	goto st0;
tr956:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st722;
st722:
	p += 1;
case 722:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr975;
	goto st0;
tr977:
	{ {p = (( IMW_SKIP_TO(723)))-1;} }
	goto st723;
tr975:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(723)))-1;} }
	goto st723;
st723:
	p += 1;
case 723:
	switch( (*p) ) {
		case 43u: goto tr976;
		case 125u: goto tr978;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr977;
	goto st0;
tr976:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st724;
st724:
	p += 1;
case 724:
	if ( (*p) == 125u )
		goto st725;
	goto st0;
tr978:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st725;
st725:
	p += 1;
case 725:
	if ( (*p) == 13u )
		goto st726;
	goto st0;
st726:
	p += 1;
case 726:
	if ( (*p) == 10u )
		goto tr981;
	goto st0;
tr981:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 727; goto _out;} }
	goto st727;
st727:
	p += 1;
case 727:
	if ( (*p) == 32u )
		goto tr982;
	goto st0;
tr947:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st728;
st728:
	p += 1;
case 728:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr983;
	goto st0;
tr985:
	{ {p = (( IMW_SKIP_TO(729)))-1;} }
	goto st729;
tr983:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(729)))-1;} }
	goto st729;
st729:
	p += 1;
case 729:
	switch( (*p) ) {
		case 43u: goto tr984;
		case 125u: goto tr986;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr985;
	goto st0;
tr984:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st730;
st730:
	p += 1;
case 730:
	if ( (*p) == 125u )
		goto st731;
	goto st0;
tr986:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st731;
st731:
	p += 1;
case 731:
	if ( (*p) == 13u )
		goto st732;
	goto st0;
st732:
	p += 1;
case 732:
	if ( (*p) == 10u )
		goto tr989;
	goto st0;
tr989:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 733; goto _out;} }
	goto st733;
st733:
	p += 1;
case 733:
	switch( (*p) ) {
		case 32u: goto tr990;
		case 41u: goto tr991;
	}
	goto st0;
tr943:
	{ {p = (( IMW_SKIP_TO(734)))-1;} }
	goto st734;
st734:
	p += 1;
case 734:
	switch( (*p) ) {
		case 34u: goto tr940;
		case 92u: goto tr940;
	}
	goto st0;
tr941:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st735;
st735:
	p += 1;
case 735:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr992;
	goto st0;
tr994:
	{ {p = (( IMW_SKIP_TO(736)))-1;} }
	goto st736;
tr992:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(736)))-1;} }
	goto st736;
st736:
	p += 1;
case 736:
	switch( (*p) ) {
		case 43u: goto tr993;
		case 125u: goto tr995;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr994;
	goto st0;
tr993:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st737;
st737:
	p += 1;
case 737:
	if ( (*p) == 125u )
		goto st738;
	goto st0;
tr995:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st738;
st738:
	p += 1;
case 738:
	if ( (*p) == 13u )
		goto st739;
	goto st0;
st739:
	p += 1;
case 739:
	if ( (*p) == 10u )
		goto tr998;
	goto st0;
tr998:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 740; goto _out;} }
	goto st740;
st740:
	p += 1;
case 740:
	if ( (*p) == 32u )
		goto tr999;
	goto st0;
tr937:
	{ {p = (( IMW_SKIP_TO(741)))-1;} }
	goto st741;
st741:
	p += 1;
case 741:
	switch( (*p) ) {
		case 34u: goto tr933;
		case 92u: goto tr933;
	}
	goto st0;
tr934:
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_NIL_STRING); }
	goto st742;
st742:
	p += 1;
case 742:
	switch( (*p) ) {
		case 73u: goto st743;
		case 105u: goto st743;
	}
	goto st0;
st743:
	p += 1;
case 743:
	switch( (*p) ) {
		case 76u: goto st744;
		case 108u: goto st744;
	}
	goto st0;
st744:
	p += 1;
case 744:
	switch( (*p) ) {
		case 32u: goto tr1002;
		case 41u: goto tr1003;
	}
	goto st0;
tr935:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st745;
st745:
	p += 1;
case 745:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1004;
	goto st0;
tr1006:
	{ {p = (( IMW_SKIP_TO(746)))-1;} }
	goto st746;
tr1004:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(746)))-1;} }
	goto st746;
st746:
	p += 1;
case 746:
	switch( (*p) ) {
		case 43u: goto tr1005;
		case 125u: goto tr1007;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1006;
	goto st0;
tr1005:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st747;
st747:
	p += 1;
case 747:
	if ( (*p) == 125u )
		goto st748;
	goto st0;
tr1007:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st748;
st748:
	p += 1;
case 748:
	if ( (*p) == 13u )
		goto st749;
	goto st0;
st749:
	p += 1;
case 749:
	if ( (*p) == 10u )
		goto tr1010;
	goto st0;
tr1010:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 750; goto _out;} }
	goto st750;
st750:
	p += 1;
case 750:
	switch( (*p) ) {
		case 32u: goto tr1011;
		case 41u: goto tr102;
	}
	goto st0;
tr5:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_EMPTY_MULTIPART); }
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_NIL_STRING); }
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_MULTIPART_AS_SINGLE); }
	goto st751;
st751:
	p += 1;
case 751:
	switch( (*p) ) {
		case 73u: goto st752;
		case 105u: goto st752;
	}
	goto st0;
st752:
	p += 1;
case 752:
	switch( (*p) ) {
		case 76u: goto st753;
		case 108u: goto st753;
	}
	goto st0;
st753:
	p += 1;
case 753:
	switch( (*p) ) {
		case 32u: goto tr1014;
		case 41u: goto tr1015;
	}
	goto st0;
tr1014:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_NIL_STRING); }
	goto st754;
st754:
	p += 1;
case 754:
	switch( (*p) ) {
		case 34u: goto tr1016;
		case 40u: goto tr15;
		case 78u: goto tr1017;
		case 110u: goto tr1017;
		case 123u: goto tr1018;
	}
	goto st0;
tr1016:
	{ {p = (( IMW_SKIP_TO(755)))-1;} }
	goto st755;
st755:
	p += 1;
case 755:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1019;
		case 92u: goto tr1020;
	}
	goto tr1016;
tr1019:
	{ {p = (( IMW_SKIP_TO(756)))-1;} }
	goto st756;
st756:
	p += 1;
case 756:
	if ( (*p) == 32u )
		goto st757;
	goto st0;
tr1204:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st757;
st757:
	p += 1;
case 757:
	switch( (*p) ) {
		case 40u: goto tr1022;
		case 78u: goto st841;
		case 110u: goto st841;
	}
	goto st0;
tr1022:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	goto st758;
tr1130:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st758;
st758:
	p += 1;
case 758:
	switch( (*p) ) {
		case 34u: goto tr1024;
		case 123u: goto tr1025;
	}
	goto st0;
tr1024:
	{ {p = (( IMW_SKIP_TO(759)))-1;} }
	goto st759;
st759:
	p += 1;
case 759:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1026;
		case 92u: goto tr1027;
	}
	goto tr1024;
tr1026:
	{ {p = (( IMW_SKIP_TO(760)))-1;} }
	goto st760;
st760:
	p += 1;
case 760:
	if ( (*p) == 32u )
		goto st761;
	goto st0;
tr1139:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st761;
st761:
	p += 1;
case 761:
	switch( (*p) ) {
		case 34u: goto tr1029;
		case 78u: goto st805;
		case 110u: goto st805;
		case 123u: goto tr1031;
	}
	goto st0;
tr1029:
	{ {p = (( IMW_SKIP_TO(762)))-1;} }
	goto st762;
st762:
	p += 1;
case 762:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1032;
		case 92u: goto tr1033;
	}
	goto tr1029;
tr1032:
	{ {p = (( IMW_SKIP_TO(763)))-1;} }
	goto st763;
st763:
	p += 1;
case 763:
	switch( (*p) ) {
		case 32u: goto st758;
		case 41u: goto st764;
	}
	goto st0;
tr1131:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st764;
st764:
	p += 1;
case 764:
	if ( (*p) == 32u )
		goto st765;
	goto st0;
tr1114:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	goto st765;
st765:
	p += 1;
case 765:
	switch( (*p) ) {
		case 34u: goto tr1037;
		case 78u: goto st796;
		case 110u: goto st796;
		case 123u: goto tr1039;
	}
	goto st0;
tr1037:
	{ {p = (( IMW_SKIP_TO(766)))-1;} }
	goto st766;
st766:
	p += 1;
case 766:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1040;
		case 92u: goto tr1041;
	}
	goto tr1037;
tr1040:
	{ {p = (( IMW_SKIP_TO(767)))-1;} }
	goto st767;
st767:
	p += 1;
case 767:
	if ( (*p) == 32u )
		goto st768;
	goto st0;
tr1091:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st768;
st768:
	p += 1;
case 768:
	switch( (*p) ) {
		case 34u: goto tr1043;
		case 78u: goto st787;
		case 110u: goto st787;
		case 123u: goto tr1045;
	}
	goto st0;
tr1043:
	{ {p = (( IMW_SKIP_TO(769)))-1;} }
	goto st769;
st769:
	p += 1;
case 769:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1046;
		case 92u: goto tr1047;
	}
	goto tr1043;
tr1046:
	{ {p = (( IMW_SKIP_TO(770)))-1;} }
	goto st770;
st770:
	p += 1;
case 770:
	if ( (*p) == 32u )
		goto st771;
	goto st0;
tr1081:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st771;
st771:
	p += 1;
case 771:
	switch( (*p) ) {
		case 34u: goto tr1049;
		case 78u: goto tr1050;
		case 110u: goto tr1050;
		case 123u: goto tr1051;
	}
	goto st0;
tr1049:
	{ {p = (( IMW_SKIP_TO(772)))-1;} }
	goto st772;
st772:
	p += 1;
case 772:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1052;
		case 92u: goto tr1053;
	}
	goto tr1049;
tr1052:
	{ {p = (( IMW_SKIP_TO(773)))-1;} }
	goto st773;
st773:
	p += 1;
case 773:
	switch( (*p) ) {
		case 32u: goto st774;
		case 41u: goto tr1055;
	}
	goto st0;
tr1070:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st774;
tr1061:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_NIL_ENCODING); }
	goto st774;
st774:
	p += 1;
case 774:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1056;
	goto st0;
tr1058:
	{ {p = (( IMW_SKIP_TO(775)))-1;} }
	goto st775;
tr1056:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(775)))-1;} }
	goto st775;
st775:
	p += 1;
case 775:
	if ( (*p) == 41u )
		goto tr1057;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1058;
	goto st0;
tr1053:
	{ {p = (( IMW_SKIP_TO(776)))-1;} }
	goto st776;
st776:
	p += 1;
case 776:
	switch( (*p) ) {
		case 34u: goto tr1049;
		case 92u: goto tr1049;
	}
	goto st0;
tr1050:
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_NIL_ENCODING); }
	goto st777;
st777:
	p += 1;
case 777:
	switch( (*p) ) {
		case 73u: goto st778;
		case 105u: goto st778;
	}
	goto st0;
st778:
	p += 1;
case 778:
	switch( (*p) ) {
		case 76u: goto st779;
		case 108u: goto st779;
	}
	goto st0;
st779:
	p += 1;
case 779:
	switch( (*p) ) {
		case 32u: goto tr1061;
		case 41u: goto tr1062;
	}
	goto st0;
tr1051:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st780;
st780:
	p += 1;
case 780:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1063;
	goto st0;
tr1065:
	{ {p = (( IMW_SKIP_TO(781)))-1;} }
	goto st781;
tr1063:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(781)))-1;} }
	goto st781;
st781:
	p += 1;
case 781:
	switch( (*p) ) {
		case 43u: goto tr1064;
		case 125u: goto tr1066;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1065;
	goto st0;
tr1064:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st782;
st782:
	p += 1;
case 782:
	if ( (*p) == 125u )
		goto st783;
	goto st0;
tr1066:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st783;
st783:
	p += 1;
case 783:
	if ( (*p) == 13u )
		goto st784;
	goto st0;
st784:
	p += 1;
case 784:
	if ( (*p) == 10u )
		goto tr1069;
	goto st0;
tr1069:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 785; goto _out;} }
	goto st785;
st785:
	p += 1;
case 785:
	switch( (*p) ) {
		case 32u: goto tr1070;
		case 41u: goto tr1071;
	}
	goto st0;
tr1047:
	{ {p = (( IMW_SKIP_TO(786)))-1;} }
	goto st786;
st786:
	p += 1;
case 786:
	switch( (*p) ) {
		case 34u: goto tr1043;
		case 92u: goto tr1043;
	}
	goto st0;
st787:
	p += 1;
case 787:
	switch( (*p) ) {
		case 73u: goto st788;
		case 105u: goto st788;
	}
	goto st0;
st788:
	p += 1;
case 788:
	switch( (*p) ) {
		case 76u: goto st770;
		case 108u: goto st770;
	}
	goto st0;
tr1045:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st789;
st789:
	p += 1;
case 789:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1074;
	goto st0;
tr1076:
	{ {p = (( IMW_SKIP_TO(790)))-1;} }
	goto st790;
tr1074:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(790)))-1;} }
	goto st790;
st790:
	p += 1;
case 790:
	switch( (*p) ) {
		case 43u: goto tr1075;
		case 125u: goto tr1077;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1076;
	goto st0;
tr1075:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st791;
st791:
	p += 1;
case 791:
	if ( (*p) == 125u )
		goto st792;
	goto st0;
tr1077:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st792;
st792:
	p += 1;
case 792:
	if ( (*p) == 13u )
		goto st793;
	goto st0;
st793:
	p += 1;
case 793:
	if ( (*p) == 10u )
		goto tr1080;
	goto st0;
tr1080:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 794; goto _out;} }
	goto st794;
st794:
	p += 1;
case 794:
	if ( (*p) == 32u )
		goto tr1081;
	goto st0;
tr1041:
	{ {p = (( IMW_SKIP_TO(795)))-1;} }
	goto st795;
st795:
	p += 1;
case 795:
	switch( (*p) ) {
		case 34u: goto tr1037;
		case 92u: goto tr1037;
	}
	goto st0;
st796:
	p += 1;
case 796:
	switch( (*p) ) {
		case 73u: goto st797;
		case 105u: goto st797;
	}
	goto st0;
st797:
	p += 1;
case 797:
	switch( (*p) ) {
		case 76u: goto st767;
		case 108u: goto st767;
	}
	goto st0;
tr1039:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st798;
st798:
	p += 1;
case 798:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1084;
	goto st0;
tr1086:
	{ {p = (( IMW_SKIP_TO(799)))-1;} }
	goto st799;
tr1084:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(799)))-1;} }
	goto st799;
st799:
	p += 1;
case 799:
	switch( (*p) ) {
		case 43u: goto tr1085;
		case 125u: goto tr1087;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1086;
	goto st0;
tr1085:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st800;
st800:
	p += 1;
case 800:
	if ( (*p) == 125u )
		goto st801;
	goto st0;
tr1087:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st801;
st801:
	p += 1;
case 801:
	if ( (*p) == 13u )
		goto st802;
	goto st0;
st802:
	p += 1;
case 802:
	if ( (*p) == 10u )
		goto tr1090;
	goto st0;
tr1090:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 803; goto _out;} }
	goto st803;
st803:
	p += 1;
case 803:
	if ( (*p) == 32u )
		goto tr1091;
	goto st0;
tr1033:
	{ {p = (( IMW_SKIP_TO(804)))-1;} }
	goto st804;
st804:
	p += 1;
case 804:
	switch( (*p) ) {
		case 34u: goto tr1029;
		case 92u: goto tr1029;
	}
	goto st0;
st805:
	p += 1;
case 805:
	switch( (*p) ) {
		case 73u: goto st806;
		case 105u: goto st806;
	}
	goto st0;
st806:
	p += 1;
case 806:
	switch( (*p) ) {
		case 76u: goto st807;
		case 108u: goto st807;
	}
	goto st0;
tr1103:
	{ {p = (( IMW_SKIP_TO(807)))-1;} }
	goto st807;
st807:
	p += 1;
case 807:
	switch( (*p) ) {
		case 32u: goto st808;
		case 41u: goto st820;
	}
	goto st0;
tr1112:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st808;
st808:
	p += 1;
case 808:
	switch( (*p) ) {
		case 34u: goto tr1096;
		case 123u: goto tr1097;
	}
	goto st0;
tr1096:
	{ {p = (( IMW_SKIP_TO(809)))-1;} }
	goto st809;
st809:
	p += 1;
case 809:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1098;
		case 92u: goto tr1099;
	}
	goto tr1096;
tr1098:
	{ {p = (( IMW_SKIP_TO(810)))-1;} }
	goto st810;
st810:
	p += 1;
case 810:
	if ( (*p) == 32u )
		goto st811;
	goto st0;
tr1122:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st811;
st811:
	p += 1;
case 811:
	switch( (*p) ) {
		case 34u: goto tr1101;
		case 78u: goto st805;
		case 110u: goto st805;
		case 123u: goto tr1102;
	}
	goto st0;
tr1101:
	{ {p = (( IMW_SKIP_TO(812)))-1;} }
	goto st812;
st812:
	p += 1;
case 812:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1103;
		case 92u: goto tr1104;
	}
	goto tr1101;
tr1104:
	{ {p = (( IMW_SKIP_TO(813)))-1;} }
	goto st813;
st813:
	p += 1;
case 813:
	switch( (*p) ) {
		case 34u: goto tr1101;
		case 92u: goto tr1101;
	}
	goto st0;
tr1102:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st814;
st814:
	p += 1;
case 814:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1105;
	goto st0;
tr1107:
	{ {p = (( IMW_SKIP_TO(815)))-1;} }
	goto st815;
tr1105:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(815)))-1;} }
	goto st815;
st815:
	p += 1;
case 815:
	switch( (*p) ) {
		case 43u: goto tr1106;
		case 125u: goto tr1108;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1107;
	goto st0;
tr1106:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st816;
st816:
	p += 1;
case 816:
	if ( (*p) == 125u )
		goto st817;
	goto st0;
tr1108:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st817;
st817:
	p += 1;
case 817:
	if ( (*p) == 13u )
		goto st818;
	goto st0;
st818:
	p += 1;
case 818:
	if ( (*p) == 10u )
		goto tr1111;
	goto st0;
tr1111:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 819; goto _out;} }
	goto st819;
st819:
	p += 1;
case 819:
	switch( (*p) ) {
		case 32u: goto tr1112;
		case 41u: goto tr1113;
	}
	goto st0;
tr1113:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st820;
st820:
	p += 1;
case 820:
	if ( (*p) == 32u )
		goto tr1114;
	goto st0;
tr1099:
	{ {p = (( IMW_SKIP_TO(821)))-1;} }
	goto st821;
st821:
	p += 1;
case 821:
	switch( (*p) ) {
		case 34u: goto tr1096;
		case 92u: goto tr1096;
	}
	goto st0;
tr1097:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st822;
st822:
	p += 1;
case 822:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1115;
	goto st0;
tr1117:
	{ {p = (( IMW_SKIP_TO(823)))-1;} }
	goto st823;
tr1115:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(823)))-1;} }
	goto st823;
st823:
	p += 1;
case 823:
	switch( (*p) ) {
		case 43u: goto tr1116;
		case 125u: goto tr1118;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1117;
	goto st0;
tr1116:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st824;
st824:
	p += 1;
case 824:
	if ( (*p) == 125u )
		goto st825;
	goto st0;
tr1118:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st825;
st825:
	p += 1;
case 825:
	if ( (*p) == 13u )
		goto st826;
	goto st0;
st826:
	p += 1;
case 826:
	if ( (*p) == 10u )
		goto tr1121;
	goto st0;
tr1121:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 827; goto _out;} }
	goto st827;
st827:
	p += 1;
case 827:
	if ( (*p) == 32u )
		goto tr1122;
	goto st0;
tr1031:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st828;
st828:
	p += 1;
case 828:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1123;
	goto st0;
tr1125:
	{ {p = (( IMW_SKIP_TO(829)))-1;} }
	goto st829;
tr1123:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(829)))-1;} }
	goto st829;
st829:
	p += 1;
case 829:
	switch( (*p) ) {
		case 43u: goto tr1124;
		case 125u: goto tr1126;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1125;
	goto st0;
tr1124:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st830;
st830:
	p += 1;
case 830:
	if ( (*p) == 125u )
		goto st831;
	goto st0;
tr1126:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st831;
st831:
	p += 1;
case 831:
	if ( (*p) == 13u )
		goto st832;
	goto st0;
st832:
	p += 1;
case 832:
	if ( (*p) == 10u )
		goto tr1129;
	goto st0;
tr1129:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 833; goto _out;} }
	goto st833;
st833:
	p += 1;
case 833:
	switch( (*p) ) {
		case 32u: goto tr1130;
		case 41u: goto tr1131;
	}
	goto st0;
tr1027:
	{ {p = (( IMW_SKIP_TO(834)))-1;} }
	goto st834;
st834:
	p += 1;
case 834:
	switch( (*p) ) {
		case 34u: goto tr1024;
		case 92u: goto tr1024;
	}
	goto st0;
tr1025:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st835;
st835:
	p += 1;
case 835:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1132;
	goto st0;
tr1134:
	{ {p = (( IMW_SKIP_TO(836)))-1;} }
	goto st836;
tr1132:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(836)))-1;} }
	goto st836;
st836:
	p += 1;
case 836:
	switch( (*p) ) {
		case 43u: goto tr1133;
		case 125u: goto tr1135;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1134;
	goto st0;
tr1133:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st837;
st837:
	p += 1;
case 837:
	if ( (*p) == 125u )
		goto st838;
	goto st0;
tr1135:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st838;
st838:
	p += 1;
case 838:
	if ( (*p) == 13u )
		goto st839;
	goto st0;
st839:
	p += 1;
case 839:
	if ( (*p) == 10u )
		goto tr1138;
	goto st0;
tr1138:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 840; goto _out;} }
	goto st840;
st840:
	p += 1;
case 840:
	if ( (*p) == 32u )
		goto tr1139;
	goto st0;
st841:
	p += 1;
case 841:
	switch( (*p) ) {
		case 73u: goto st842;
		case 105u: goto st842;
	}
	goto st0;
st842:
	p += 1;
case 842:
	switch( (*p) ) {
		case 76u: goto st764;
		case 108u: goto st764;
	}
	goto st0;
tr1020:
	{ {p = (( IMW_SKIP_TO(843)))-1;} }
	goto st843;
st843:
	p += 1;
case 843:
	switch( (*p) ) {
		case 34u: goto tr1016;
		case 92u: goto tr1016;
	}
	goto st0;
tr1017:
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_NIL_STRING); }
	goto st844;
st844:
	p += 1;
case 844:
	switch( (*p) ) {
		case 73u: goto st845;
		case 105u: goto st845;
	}
	goto st0;
st845:
	p += 1;
case 845:
	switch( (*p) ) {
		case 76u: goto st846;
		case 108u: goto st846;
	}
	goto st0;
st846:
	p += 1;
case 846:
	switch( (*p) ) {
		case 32u: goto tr1143;
		case 41u: goto tr13;
	}
	goto st0;
tr1143:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_NIL_STRING); }
	goto st847;
st847:
	p += 1;
case 847:
	switch( (*p) ) {
		case 34u: goto tr350;
		case 40u: goto tr1144;
		case 78u: goto st887;
		case 110u: goto st887;
		case 123u: goto tr353;
	}
	goto st0;
tr1144:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	goto st848;
st848:
	p += 1;
case 848:
	switch( (*p) ) {
		case 34u: goto tr1146;
		case 123u: goto tr1147;
	}
	goto st0;
tr1146:
	{ {p = (( IMW_SKIP_TO(849)))-1;} }
	goto st849;
st849:
	p += 1;
case 849:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1148;
		case 92u: goto tr1149;
	}
	goto tr1146;
tr1148:
	{ {p = (( IMW_SKIP_TO(850)))-1;} }
	goto st850;
st850:
	p += 1;
case 850:
	if ( (*p) == 32u )
		goto st851;
	goto st0;
tr1193:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st851;
st851:
	p += 1;
case 851:
	switch( (*p) ) {
		case 34u: goto tr1029;
		case 40u: goto tr409;
		case 78u: goto st852;
		case 110u: goto st852;
		case 123u: goto tr1031;
	}
	goto st0;
st852:
	p += 1;
case 852:
	switch( (*p) ) {
		case 73u: goto st853;
		case 105u: goto st853;
	}
	goto st0;
st853:
	p += 1;
case 853:
	switch( (*p) ) {
		case 76u: goto st854;
		case 108u: goto st854;
	}
	goto st0;
st854:
	p += 1;
case 854:
	switch( (*p) ) {
		case 32u: goto st808;
		case 41u: goto st855;
	}
	goto st0;
st855:
	p += 1;
case 855:
	switch( (*p) ) {
		case 32u: goto tr1155;
		case 41u: goto tr13;
	}
	goto st0;
tr1155:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_PARAM_NIL_VALUE); }
	goto st856;
st856:
	p += 1;
case 856:
	switch( (*p) ) {
		case 34u: goto tr1156;
		case 40u: goto st264;
		case 78u: goto st872;
		case 110u: goto st872;
		case 123u: goto tr1158;
	}
	goto st0;
tr1156:
	{ {p = (( IMW_SKIP_TO(857)))-1;} }
	goto st857;
st857:
	p += 1;
case 857:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1159;
		case 92u: goto tr1160;
	}
	goto tr1156;
tr1159:
	{ {p = (( IMW_SKIP_TO(858)))-1;} }
	goto st858;
st858:
	p += 1;
case 858:
	switch( (*p) ) {
		case 32u: goto st859;
		case 41u: goto tr13;
	}
	goto st0;
tr1185:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st859;
st859:
	p += 1;
case 859:
	switch( (*p) ) {
		case 34u: goto tr1162;
		case 78u: goto st863;
		case 110u: goto st863;
		case 123u: goto tr1164;
	}
	goto st0;
tr1162:
	{ {p = (( IMW_SKIP_TO(860)))-1;} }
	goto st860;
st860:
	p += 1;
case 860:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1165;
		case 92u: goto tr1166;
	}
	goto tr1162;
tr1165:
	{ {p = (( IMW_SKIP_TO(861)))-1;} }
	goto st861;
st861:
	p += 1;
case 861:
	switch( (*p) ) {
		case 32u: goto st771;
		case 41u: goto tr13;
	}
	goto st0;
tr1166:
	{ {p = (( IMW_SKIP_TO(862)))-1;} }
	goto st862;
st862:
	p += 1;
case 862:
	switch( (*p) ) {
		case 34u: goto tr1162;
		case 92u: goto tr1162;
	}
	goto st0;
st863:
	p += 1;
case 863:
	switch( (*p) ) {
		case 73u: goto st864;
		case 105u: goto st864;
	}
	goto st0;
st864:
	p += 1;
case 864:
	switch( (*p) ) {
		case 76u: goto st861;
		case 108u: goto st861;
	}
	goto st0;
tr1164:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st865;
st865:
	p += 1;
case 865:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1169;
	goto st0;
tr1171:
	{ {p = (( IMW_SKIP_TO(866)))-1;} }
	goto st866;
tr1169:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(866)))-1;} }
	goto st866;
st866:
	p += 1;
case 866:
	switch( (*p) ) {
		case 43u: goto tr1170;
		case 125u: goto tr1172;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1171;
	goto st0;
tr1170:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st867;
st867:
	p += 1;
case 867:
	if ( (*p) == 125u )
		goto st868;
	goto st0;
tr1172:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st868;
st868:
	p += 1;
case 868:
	if ( (*p) == 13u )
		goto st869;
	goto st0;
st869:
	p += 1;
case 869:
	if ( (*p) == 10u )
		goto tr1175;
	goto st0;
tr1175:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 870; goto _out;} }
	goto st870;
st870:
	p += 1;
case 870:
	switch( (*p) ) {
		case 32u: goto tr1081;
		case 41u: goto tr380;
	}
	goto st0;
tr1160:
	{ {p = (( IMW_SKIP_TO(871)))-1;} }
	goto st871;
st871:
	p += 1;
case 871:
	switch( (*p) ) {
		case 34u: goto tr1156;
		case 92u: goto tr1156;
	}
	goto st0;
st872:
	p += 1;
case 872:
	switch( (*p) ) {
		case 73u: goto st873;
		case 105u: goto st873;
	}
	goto st0;
st873:
	p += 1;
case 873:
	switch( (*p) ) {
		case 76u: goto st858;
		case 108u: goto st858;
	}
	goto st0;
tr1158:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st874;
st874:
	p += 1;
case 874:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1178;
	goto st0;
tr1180:
	{ {p = (( IMW_SKIP_TO(875)))-1;} }
	goto st875;
tr1178:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(875)))-1;} }
	goto st875;
st875:
	p += 1;
case 875:
	switch( (*p) ) {
		case 43u: goto tr1179;
		case 125u: goto tr1181;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1180;
	goto st0;
tr1179:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st876;
st876:
	p += 1;
case 876:
	if ( (*p) == 125u )
		goto st877;
	goto st0;
tr1181:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st877;
st877:
	p += 1;
case 877:
	if ( (*p) == 13u )
		goto st878;
	goto st0;
st878:
	p += 1;
case 878:
	if ( (*p) == 10u )
		goto tr1184;
	goto st0;
tr1184:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 879; goto _out;} }
	goto st879;
st879:
	p += 1;
case 879:
	switch( (*p) ) {
		case 32u: goto tr1185;
		case 41u: goto tr380;
	}
	goto st0;
tr1149:
	{ {p = (( IMW_SKIP_TO(880)))-1;} }
	goto st880;
st880:
	p += 1;
case 880:
	switch( (*p) ) {
		case 34u: goto tr1146;
		case 92u: goto tr1146;
	}
	goto st0;
tr1147:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st881;
st881:
	p += 1;
case 881:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1186;
	goto st0;
tr1188:
	{ {p = (( IMW_SKIP_TO(882)))-1;} }
	goto st882;
tr1186:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(882)))-1;} }
	goto st882;
st882:
	p += 1;
case 882:
	switch( (*p) ) {
		case 43u: goto tr1187;
		case 125u: goto tr1189;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1188;
	goto st0;
tr1187:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st883;
st883:
	p += 1;
case 883:
	if ( (*p) == 125u )
		goto st884;
	goto st0;
tr1189:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st884;
st884:
	p += 1;
case 884:
	if ( (*p) == 13u )
		goto st885;
	goto st0;
st885:
	p += 1;
case 885:
	if ( (*p) == 10u )
		goto tr1192;
	goto st0;
tr1192:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 886; goto _out;} }
	goto st886;
st886:
	p += 1;
case 886:
	if ( (*p) == 32u )
		goto tr1193;
	goto st0;
st887:
	p += 1;
case 887:
	switch( (*p) ) {
		case 73u: goto st888;
		case 105u: goto st888;
	}
	goto st0;
st888:
	p += 1;
case 888:
	switch( (*p) ) {
		case 76u: goto st889;
		case 108u: goto st889;
	}
	goto st0;
st889:
	p += 1;
case 889:
	switch( (*p) ) {
		case 32u: goto st856;
		case 41u: goto tr13;
	}
	goto st0;
tr1018:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st890;
st890:
	p += 1;
case 890:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1197;
	goto st0;
tr1199:
	{ {p = (( IMW_SKIP_TO(891)))-1;} }
	goto st891;
tr1197:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(891)))-1;} }
	goto st891;
st891:
	p += 1;
case 891:
	switch( (*p) ) {
		case 43u: goto tr1198;
		case 125u: goto tr1200;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1199;
	goto st0;
tr1198:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st892;
st892:
	p += 1;
case 892:
	if ( (*p) == 125u )
		goto st893;
	goto st0;
tr1200:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st893;
st893:
	p += 1;
case 893:
	if ( (*p) == 13u )
		goto st894;
	goto st0;
st894:
	p += 1;
case 894:
	if ( (*p) == 10u )
		goto tr1203;
	goto st0;
tr1203:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 895; goto _out;} }
	goto st895;
st895:
	p += 1;
case 895:
	if ( (*p) == 32u )
		goto tr1204;
	goto st0;
tr6:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_EMPTY_MULTIPART); }
	goto st896;
st896:
	p += 1;
case 896:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1205;
	goto st0;
tr1207:
	{ {p = (( IMW_SKIP_TO(897)))-1;} }
	goto st897;
tr1205:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(897)))-1;} }
	goto st897;
st897:
	p += 1;
case 897:
	switch( (*p) ) {
		case 43u: goto tr1206;
		case 125u: goto tr1208;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1207;
	goto st0;
tr1206:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st898;
st898:
	p += 1;
case 898:
	if ( (*p) == 125u )
		goto st899;
	goto st0;
tr1208:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st899;
st899:
	p += 1;
case 899:
	if ( (*p) == 13u )
		goto st900;
	goto st0;
st900:
	p += 1;
case 900:
	if ( (*p) == 10u )
		goto tr1211;
	goto st0;
tr1211:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 901; goto _out;} }
	goto st901;
st901:
	p += 1;
case 901:
	switch( (*p) ) {
		case 32u: goto tr1212;
		case 41u: goto tr380;
	}
	goto st0;
st902:
	p += 1;
case 902:
	if ( (*p) == 40u )
		goto st903;
	goto st0;
tr1222:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st903;
tr1234:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st903;
st903:
	p += 1;
case 903:
	switch( (*p) ) {
		case 34u: goto tr1214;
		case 40u: goto tr1215;
		case 78u: goto st908;
		case 110u: goto st908;
		case 123u: goto tr1218;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1216;
	goto st0;
tr1214:
	{ {p = (( IMW_SKIP_TO(904)))-1;} }
	goto st904;
st904:
	p += 1;
case 904:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1219;
		case 92u: goto tr1220;
	}
	goto tr1214;
tr1219:
	{ {p = (( IMW_SKIP_TO(905)))-1;} }
	goto st905;
tr1215:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_BODY_EXT_LIST)) {p++; cs = 905; goto _out;} {( imw_stack)[( imw_top)++] = 905;goto st902;} }
	goto st905;
st905:
	p += 1;
case 905:
	switch( (*p) ) {
		case 32u: goto st903;
		case 41u: goto tr1221;
	}
	goto st0;
tr1221:
	{ IMW_CALL_LEAVE(IMW_RULE_BODY_EXT_LIST); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st918;
tr1223:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY_EXT_LIST); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st918;
tr1235:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_CALL_LEAVE(IMW_RULE_BODY_EXT_LIST); {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st918;
st918:
	p += 1;
case 918:
	goto st0;
tr1220:
	{ {p = (( IMW_SKIP_TO(906)))-1;} }
	goto st906;
st906:
	p += 1;
case 906:
	switch( (*p) ) {
		case 34u: goto tr1214;
		case 92u: goto tr1214;
	}
	goto st0;
tr1224:
	{ {p = (( IMW_SKIP_TO(907)))-1;} }
	goto st907;
tr1216:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(907)))-1;} }
	goto st907;
st907:
	p += 1;
case 907:
	switch( (*p) ) {
		case 32u: goto tr1222;
		case 41u: goto tr1223;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1224;
	goto st0;
st908:
	p += 1;
case 908:
	switch( (*p) ) {
		case 73u: goto st909;
		case 105u: goto st909;
	}
	goto st0;
st909:
	p += 1;
case 909:
	switch( (*p) ) {
		case 76u: goto st905;
		case 108u: goto st905;
	}
	goto st0;
tr1218:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st910;
st910:
	p += 1;
case 910:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1227;
	goto st0;
tr1229:
	{ {p = (( IMW_SKIP_TO(911)))-1;} }
	goto st911;
tr1227:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(911)))-1;} }
	goto st911;
st911:
	p += 1;
case 911:
	switch( (*p) ) {
		case 43u: goto tr1228;
		case 125u: goto tr1230;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1229;
	goto st0;
tr1228:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st912;
st912:
	p += 1;
case 912:
	if ( (*p) == 125u )
		goto st913;
	goto st0;
tr1230:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st913;
st913:
	p += 1;
case 913:
	if ( (*p) == 13u )
		goto st914;
	goto st0;
st914:
	p += 1;
case 914:
	if ( (*p) == 10u )
		goto tr1233;
	goto st0;
tr1233:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 915; goto _out;} }
	goto st915;
st915:
	p += 1;
case 915:
	switch( (*p) ) {
		case 32u: goto tr1234;
		case 41u: goto tr1235;
	}
	goto st0;
	}

	_out: {}
	}


    (void)imw_body_error;
    (void)imw_body_first_final;
    (void)imw_stack;
    (void)imw_top;
    if (run->error)
        return NULL; /* an action stopped the machine */
    if (!imw_complete) {
        run->error = IMW_ERR_SYNTAX;
        run->error_at = IMW_AT();
        return NULL;
    }
    return p;
}
