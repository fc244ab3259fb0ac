
/* The search-criteria machine (server side), split off so that each generated C
 * file stays quick to compile (`extern search-criteria` in grammar/bindings).  It
 * runs from the rule's first octet to the CR of the command's final CRLF,
 * which it leaves to the caller.  Reached through IMW_EXTERN
 * (src/machine_glue.h); `make regen` turns this file into
 * gen/search_criteria_machine.c. */
#define IMW_STACK_TOP (imw_base + imw_top)
#include "machine_glue.h"
#include "search_criteria_skip.h"
#include "machines.h"





static const int imw_search_criteria_start = 1;
static const int imw_search_criteria_first_final = 1016;
static const int imw_search_criteria_error = 0;



const unsigned char *imw_search_criteria_machine_run(struct imw_run *run,
                                                     const unsigned char *p)
{
    const unsigned char *pe = run->data + run->len;
    int imw_base = run->sub_top;
    int *imw_stack = run->sub_stack + imw_base;
    int imw_top = 0, cs; /* Ragel sets it only when the machine calls */

    
	{
	cs = imw_search_criteria_start;
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
		case 1016: goto st1016;
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
		case 1017: goto st1017;
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
	default: break;
	}

	p += 1;
_resume:
	switch ( cs )
	{
st1:
	p += 1;
case 1:
	if ( (*p) == 34u )
		goto tr2;
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr0;
		} else if ( (*p) >= 33u )
			goto tr0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr0;
		} else if ( (*p) >= 94u )
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
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr0;
		} else if ( (*p) >= 35u )
			goto tr0;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr0;
		} else if ( (*p) >= 94u )
			goto tr0;
	} else
		goto tr0;
	goto st0;
tr26:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_KEY); }
	goto st3;
tr31:
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_KEY); }
	goto st3;
tr54:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_KEY); }
	goto st3;
tr67:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_KEY); }
	goto st3;
tr438:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_KEY); }
	goto st3;
tr466:
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_KEY); }
	goto st3;
tr488:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_KEY); }
	goto st3;
st3:
	p += 1;
case 3:
	switch( (*p) ) {
		case 36u: goto tr4;
		case 40u: goto tr5;
		case 42u: goto tr6;
		case 65u: goto tr8;
		case 66u: goto tr9;
		case 67u: goto tr10;
		case 68u: goto tr11;
		case 69u: goto tr12;
		case 70u: goto tr13;
		case 72u: goto tr14;
		case 75u: goto tr15;
		case 76u: goto tr16;
		case 77u: goto tr17;
		case 78u: goto tr18;
		case 79u: goto tr19;
		case 82u: goto tr20;
		case 83u: goto tr21;
		case 84u: goto tr22;
		case 85u: goto tr23;
		case 89u: goto tr24;
		case 97u: goto tr8;
		case 98u: goto tr9;
		case 99u: goto tr10;
		case 100u: goto tr11;
		case 101u: goto tr12;
		case 102u: goto tr13;
		case 104u: goto tr14;
		case 107u: goto tr15;
		case 108u: goto tr16;
		case 109u: goto tr17;
		case 110u: goto tr18;
		case 111u: goto tr19;
		case 114u: goto tr20;
		case 115u: goto tr21;
		case 116u: goto tr22;
		case 117u: goto tr23;
		case 121u: goto tr24;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr7;
	goto st0;
tr4:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st4;
tr533:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st4;
st4:
	p += 1;
case 4:
	switch( (*p) ) {
		case 13u: goto tr25;
		case 32u: goto tr26;
	}
	goto st0;
tr25:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_KEY); }
	{ p--; {p++; cs = 1016; goto _out;} }
	goto st1016;
tr30:
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_KEY); }
	{ p--; {p++; cs = 1016; goto _out;} }
	goto st1016;
tr53:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_KEY); }
	{ p--; {p++; cs = 1016; goto _out;} }
	goto st1016;
tr66:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_KEY); }
	{ p--; {p++; cs = 1016; goto _out;} }
	goto st1016;
tr437:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_KEY); }
	{ p--; {p++; cs = 1016; goto _out;} }
	goto st1016;
tr465:
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_KEY); }
	{ p--; {p++; cs = 1016; goto _out;} }
	goto st1016;
tr487:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_KEY); }
	{ p--; {p++; cs = 1016; goto _out;} }
	goto st1016;
st1016:
	p += 1;
case 1016:
	goto st0;
tr5:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st5;
st5:
	p += 1;
case 5:
	switch( (*p) ) {
		case 36u: goto tr27;
		case 40u: goto tr27;
		case 42u: goto tr27;
		case 72u: goto tr27;
		case 89u: goto tr27;
		case 104u: goto tr27;
		case 121u: goto tr27;
	}
	if ( (*p) < 82u ) {
		if ( (*p) < 65u ) {
			if ( 49u <= (*p) && (*p) <= 57u )
				goto tr27;
		} else if ( (*p) > 70u ) {
			if ( 75u <= (*p) && (*p) <= 79u )
				goto tr27;
		} else
			goto tr27;
	} else if ( (*p) > 85u ) {
		if ( (*p) < 107u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr27;
		} else if ( (*p) > 111u ) {
			if ( 114u <= (*p) && (*p) <= 117u )
				goto tr27;
		} else
			goto tr27;
	} else
		goto tr27;
	goto st0;
tr27:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_SEARCH_KEY)) {p++; cs = 6; goto _out;} {( imw_stack)[( imw_top)++] = 6;goto st511;} }
	goto st6;
st6:
	p += 1;
case 6:
	switch( (*p) ) {
		case 32u: goto st5;
		case 41u: goto st7;
	}
	goto st0;
tr479:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_SEARCH_KEY)) {p++; cs = 7; goto _out;} {( imw_stack)[( imw_top)++] = 7;goto st511;} }
	goto st7;
st7:
	p += 1;
case 7:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
	}
	goto st0;
tr6:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st8;
tr534:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st8;
st8:
	p += 1;
case 8:
	switch( (*p) ) {
		case 13u: goto tr25;
		case 32u: goto tr26;
		case 44u: goto st9;
		case 58u: goto st11;
	}
	goto st0;
st9:
	p += 1;
case 9:
	if ( (*p) == 42u )
		goto st8;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr35;
	goto st0;
tr35:
	{ {p = (( IMW_SKIP_TO(10)))-1;} }
	goto st10;
tr7:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(10)))-1;} }
	goto st10;
tr535:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(10)))-1;} }
	goto st10;
st10:
	p += 1;
case 10:
	switch( (*p) ) {
		case 13u: goto tr25;
		case 32u: goto tr26;
		case 44u: goto st9;
		case 58u: goto st11;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr35;
	goto st0;
st11:
	p += 1;
case 11:
	if ( (*p) == 42u )
		goto st12;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr37;
	goto st0;
st12:
	p += 1;
case 12:
	switch( (*p) ) {
		case 13u: goto tr25;
		case 32u: goto tr26;
		case 44u: goto st9;
	}
	goto st0;
tr37:
	{ {p = (( IMW_SKIP_TO(13)))-1;} }
	goto st13;
st13:
	p += 1;
case 13:
	switch( (*p) ) {
		case 13u: goto tr25;
		case 32u: goto tr26;
		case 44u: goto st9;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr37;
	goto st0;
tr8:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st14;
st14:
	p += 1;
case 14:
	switch( (*p) ) {
		case 76u: goto st15;
		case 78u: goto st16;
		case 108u: goto st15;
		case 110u: goto st16;
	}
	goto st0;
st15:
	p += 1;
case 15:
	switch( (*p) ) {
		case 76u: goto st7;
		case 108u: goto st7;
	}
	goto st0;
st16:
	p += 1;
case 16:
	switch( (*p) ) {
		case 83u: goto st17;
		case 115u: goto st17;
	}
	goto st0;
st17:
	p += 1;
case 17:
	switch( (*p) ) {
		case 87u: goto st18;
		case 119u: goto st18;
	}
	goto st0;
st18:
	p += 1;
case 18:
	switch( (*p) ) {
		case 69u: goto st19;
		case 101u: goto st19;
	}
	goto st0;
st19:
	p += 1;
case 19:
	switch( (*p) ) {
		case 82u: goto st20;
		case 114u: goto st20;
	}
	goto st0;
st20:
	p += 1;
case 20:
	switch( (*p) ) {
		case 69u: goto st21;
		case 101u: goto st21;
	}
	goto st0;
st21:
	p += 1;
case 21:
	switch( (*p) ) {
		case 68u: goto st7;
		case 100u: goto st7;
	}
	goto st0;
tr9:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st22;
st22:
	p += 1;
case 22:
	switch( (*p) ) {
		case 67u: goto st23;
		case 69u: goto st36;
		case 79u: goto st96;
		case 99u: goto st23;
		case 101u: goto st36;
		case 111u: goto st96;
	}
	goto st0;
tr10:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st23;
st23:
	p += 1;
case 23:
	switch( (*p) ) {
		case 67u: goto st24;
		case 99u: goto st24;
	}
	goto st0;
st24:
	p += 1;
case 24:
	if ( (*p) == 32u )
		goto st25;
	goto st0;
tr409:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st25;
tr421:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st25;
st25:
	p += 1;
case 25:
	switch( (*p) ) {
		case 34u: goto tr51;
		case 123u: goto tr52;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr50;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr50;
		} else if ( (*p) >= 43u )
			goto tr50;
	} else
		goto tr50;
	goto st0;
tr55:
	{ {p = (( IMW_SKIP_TO(26)))-1;} }
	goto st26;
tr50:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(26)))-1;} }
	goto st26;
st26:
	p += 1;
case 26:
	switch( (*p) ) {
		case 13u: goto tr53;
		case 32u: goto tr54;
		case 33u: goto tr55;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr55;
		} else if ( (*p) >= 35u )
			goto tr55;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr55;
		} else if ( (*p) >= 93u )
			goto tr55;
	} else
		goto tr55;
	goto st0;
tr56:
	{ {p = (( IMW_SKIP_TO(27)))-1;} }
	goto st27;
tr51:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(27)))-1;} }
	goto st27;
st27:
	p += 1;
case 27:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr57;
		case 92u: goto tr58;
	}
	goto tr56;
tr57:
	{ {p = (( IMW_SKIP_TO(28)))-1;} }
	goto st28;
st28:
	p += 1;
case 28:
	switch( (*p) ) {
		case 13u: goto tr53;
		case 32u: goto tr54;
	}
	goto st0;
tr58:
	{ {p = (( IMW_SKIP_TO(29)))-1;} }
	goto st29;
st29:
	p += 1;
case 29:
	switch( (*p) ) {
		case 34u: goto tr56;
		case 92u: goto tr56;
	}
	goto st0;
tr52:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(30)))-1;} }
	goto st30;
st30:
	p += 1;
case 30:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr59;
	goto st0;
tr61:
	{ {p = (( IMW_SKIP_TO(31)))-1;} }
	goto st31;
tr59:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(31)))-1;} }
	goto st31;
st31:
	p += 1;
case 31:
	switch( (*p) ) {
		case 43u: goto tr60;
		case 125u: goto tr62;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr61;
	goto st0;
tr60:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(32)))-1;} }
	goto st32;
st32:
	p += 1;
case 32:
	if ( (*p) == 125u )
		goto tr63;
	goto st0;
tr63:
	{ {p = (( IMW_SKIP_TO(33)))-1;} }
	goto st33;
tr62:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(33)))-1;} }
	goto st33;
st33:
	p += 1;
case 33:
	if ( (*p) == 13u )
		goto tr64;
	goto st0;
tr64:
	{ {p = (( IMW_SKIP_TO(34)))-1;} }
	goto st34;
st34:
	p += 1;
case 34:
	if ( (*p) == 10u )
		goto tr65;
	goto st0;
tr65:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(35)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 35; goto _out;} }
	goto st35;
st35:
	p += 1;
case 35:
	switch( (*p) ) {
		case 13u: goto tr66;
		case 32u: goto tr67;
	}
	goto st0;
st36:
	p += 1;
case 36:
	switch( (*p) ) {
		case 70u: goto st37;
		case 102u: goto st37;
	}
	goto st0;
st37:
	p += 1;
case 37:
	switch( (*p) ) {
		case 79u: goto st38;
		case 111u: goto st38;
	}
	goto st0;
st38:
	p += 1;
case 38:
	switch( (*p) ) {
		case 82u: goto st39;
		case 114u: goto st39;
	}
	goto st0;
st39:
	p += 1;
case 39:
	switch( (*p) ) {
		case 69u: goto st40;
		case 101u: goto st40;
	}
	goto st0;
st40:
	p += 1;
case 40:
	if ( (*p) == 32u )
		goto st41;
	goto st0;
st41:
	p += 1;
case 41:
	if ( (*p) == 34u )
		goto st42;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st70;
	goto st0;
st42:
	p += 1;
case 42:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st43;
	goto st0;
st43:
	p += 1;
case 43:
	if ( (*p) == 45u )
		goto st44;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st69;
	goto st0;
st44:
	p += 1;
case 44:
	switch( (*p) ) {
		case 65u: goto st45;
		case 68u: goto st54;
		case 70u: goto st56;
		case 74u: goto st58;
		case 77u: goto st61;
		case 78u: goto st63;
		case 79u: goto st65;
		case 83u: goto st67;
		case 97u: goto st45;
		case 100u: goto st54;
		case 102u: goto st56;
		case 106u: goto st58;
		case 109u: goto st61;
		case 110u: goto st63;
		case 111u: goto st65;
		case 115u: goto st67;
	}
	goto st0;
st45:
	p += 1;
case 45:
	switch( (*p) ) {
		case 80u: goto st46;
		case 85u: goto st53;
		case 112u: goto st46;
		case 117u: goto st53;
	}
	goto st0;
st46:
	p += 1;
case 46:
	switch( (*p) ) {
		case 82u: goto st47;
		case 114u: goto st47;
	}
	goto st0;
st47:
	p += 1;
case 47:
	if ( (*p) == 45u )
		goto st48;
	goto st0;
st48:
	p += 1;
case 48:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st49;
	goto st0;
st49:
	p += 1;
case 49:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st50;
	goto st0;
st50:
	p += 1;
case 50:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st51;
	goto st0;
st51:
	p += 1;
case 51:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st52;
	goto st0;
st52:
	p += 1;
case 52:
	if ( (*p) == 34u )
		goto st7;
	goto st0;
st53:
	p += 1;
case 53:
	switch( (*p) ) {
		case 71u: goto st47;
		case 103u: goto st47;
	}
	goto st0;
st54:
	p += 1;
case 54:
	switch( (*p) ) {
		case 69u: goto st55;
		case 101u: goto st55;
	}
	goto st0;
st55:
	p += 1;
case 55:
	switch( (*p) ) {
		case 67u: goto st47;
		case 99u: goto st47;
	}
	goto st0;
st56:
	p += 1;
case 56:
	switch( (*p) ) {
		case 69u: goto st57;
		case 101u: goto st57;
	}
	goto st0;
st57:
	p += 1;
case 57:
	switch( (*p) ) {
		case 66u: goto st47;
		case 98u: goto st47;
	}
	goto st0;
st58:
	p += 1;
case 58:
	switch( (*p) ) {
		case 65u: goto st59;
		case 85u: goto st60;
		case 97u: goto st59;
		case 117u: goto st60;
	}
	goto st0;
st59:
	p += 1;
case 59:
	switch( (*p) ) {
		case 78u: goto st47;
		case 110u: goto st47;
	}
	goto st0;
st60:
	p += 1;
case 60:
	switch( (*p) ) {
		case 76u: goto st47;
		case 78u: goto st47;
		case 108u: goto st47;
		case 110u: goto st47;
	}
	goto st0;
st61:
	p += 1;
case 61:
	switch( (*p) ) {
		case 65u: goto st62;
		case 97u: goto st62;
	}
	goto st0;
st62:
	p += 1;
case 62:
	switch( (*p) ) {
		case 82u: goto st47;
		case 89u: goto st47;
		case 114u: goto st47;
		case 121u: goto st47;
	}
	goto st0;
st63:
	p += 1;
case 63:
	switch( (*p) ) {
		case 79u: goto st64;
		case 111u: goto st64;
	}
	goto st0;
st64:
	p += 1;
case 64:
	switch( (*p) ) {
		case 86u: goto st47;
		case 118u: goto st47;
	}
	goto st0;
st65:
	p += 1;
case 65:
	switch( (*p) ) {
		case 67u: goto st66;
		case 99u: goto st66;
	}
	goto st0;
st66:
	p += 1;
case 66:
	switch( (*p) ) {
		case 84u: goto st47;
		case 116u: goto st47;
	}
	goto st0;
st67:
	p += 1;
case 67:
	switch( (*p) ) {
		case 69u: goto st68;
		case 101u: goto st68;
	}
	goto st0;
st68:
	p += 1;
case 68:
	switch( (*p) ) {
		case 80u: goto st47;
		case 112u: goto st47;
	}
	goto st0;
st69:
	p += 1;
case 69:
	if ( (*p) == 45u )
		goto st44;
	goto st0;
st70:
	p += 1;
case 70:
	if ( (*p) == 45u )
		goto st71;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st95;
	goto st0;
st71:
	p += 1;
case 71:
	switch( (*p) ) {
		case 65u: goto st72;
		case 68u: goto st80;
		case 70u: goto st82;
		case 74u: goto st84;
		case 77u: goto st87;
		case 78u: goto st89;
		case 79u: goto st91;
		case 83u: goto st93;
		case 97u: goto st72;
		case 100u: goto st80;
		case 102u: goto st82;
		case 106u: goto st84;
		case 109u: goto st87;
		case 110u: goto st89;
		case 111u: goto st91;
		case 115u: goto st93;
	}
	goto st0;
st72:
	p += 1;
case 72:
	switch( (*p) ) {
		case 80u: goto st73;
		case 85u: goto st79;
		case 112u: goto st73;
		case 117u: goto st79;
	}
	goto st0;
st73:
	p += 1;
case 73:
	switch( (*p) ) {
		case 82u: goto st74;
		case 114u: goto st74;
	}
	goto st0;
st74:
	p += 1;
case 74:
	if ( (*p) == 45u )
		goto st75;
	goto st0;
st75:
	p += 1;
case 75:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st76;
	goto st0;
st76:
	p += 1;
case 76:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st77;
	goto st0;
st77:
	p += 1;
case 77:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st78;
	goto st0;
st78:
	p += 1;
case 78:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st7;
	goto st0;
st79:
	p += 1;
case 79:
	switch( (*p) ) {
		case 71u: goto st74;
		case 103u: goto st74;
	}
	goto st0;
st80:
	p += 1;
case 80:
	switch( (*p) ) {
		case 69u: goto st81;
		case 101u: goto st81;
	}
	goto st0;
st81:
	p += 1;
case 81:
	switch( (*p) ) {
		case 67u: goto st74;
		case 99u: goto st74;
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
		case 66u: goto st74;
		case 98u: goto st74;
	}
	goto st0;
st84:
	p += 1;
case 84:
	switch( (*p) ) {
		case 65u: goto st85;
		case 85u: goto st86;
		case 97u: goto st85;
		case 117u: goto st86;
	}
	goto st0;
st85:
	p += 1;
case 85:
	switch( (*p) ) {
		case 78u: goto st74;
		case 110u: goto st74;
	}
	goto st0;
st86:
	p += 1;
case 86:
	switch( (*p) ) {
		case 76u: goto st74;
		case 78u: goto st74;
		case 108u: goto st74;
		case 110u: goto st74;
	}
	goto st0;
st87:
	p += 1;
case 87:
	switch( (*p) ) {
		case 65u: goto st88;
		case 97u: goto st88;
	}
	goto st0;
st88:
	p += 1;
case 88:
	switch( (*p) ) {
		case 82u: goto st74;
		case 89u: goto st74;
		case 114u: goto st74;
		case 121u: goto st74;
	}
	goto st0;
st89:
	p += 1;
case 89:
	switch( (*p) ) {
		case 79u: goto st90;
		case 111u: goto st90;
	}
	goto st0;
st90:
	p += 1;
case 90:
	switch( (*p) ) {
		case 86u: goto st74;
		case 118u: goto st74;
	}
	goto st0;
st91:
	p += 1;
case 91:
	switch( (*p) ) {
		case 67u: goto st92;
		case 99u: goto st92;
	}
	goto st0;
st92:
	p += 1;
case 92:
	switch( (*p) ) {
		case 84u: goto st74;
		case 116u: goto st74;
	}
	goto st0;
st93:
	p += 1;
case 93:
	switch( (*p) ) {
		case 69u: goto st94;
		case 101u: goto st94;
	}
	goto st0;
st94:
	p += 1;
case 94:
	switch( (*p) ) {
		case 80u: goto st74;
		case 112u: goto st74;
	}
	goto st0;
st95:
	p += 1;
case 95:
	if ( (*p) == 45u )
		goto st71;
	goto st0;
st96:
	p += 1;
case 96:
	switch( (*p) ) {
		case 68u: goto st97;
		case 100u: goto st97;
	}
	goto st0;
st97:
	p += 1;
case 97:
	switch( (*p) ) {
		case 89u: goto st24;
		case 121u: goto st24;
	}
	goto st0;
tr11:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st98;
st98:
	p += 1;
case 98:
	switch( (*p) ) {
		case 69u: goto st99;
		case 82u: goto st102;
		case 101u: goto st99;
		case 114u: goto st102;
	}
	goto st0;
st99:
	p += 1;
case 99:
	switch( (*p) ) {
		case 76u: goto st100;
		case 108u: goto st100;
	}
	goto st0;
st100:
	p += 1;
case 100:
	switch( (*p) ) {
		case 69u: goto st101;
		case 101u: goto st101;
	}
	goto st0;
st101:
	p += 1;
case 101:
	switch( (*p) ) {
		case 84u: goto st20;
		case 116u: goto st20;
	}
	goto st0;
st102:
	p += 1;
case 102:
	switch( (*p) ) {
		case 65u: goto st103;
		case 97u: goto st103;
	}
	goto st0;
st103:
	p += 1;
case 103:
	switch( (*p) ) {
		case 70u: goto st104;
		case 102u: goto st104;
	}
	goto st0;
st104:
	p += 1;
case 104:
	switch( (*p) ) {
		case 84u: goto st7;
		case 116u: goto st7;
	}
	goto st0;
tr12:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st105;
st105:
	p += 1;
case 105:
	switch( (*p) ) {
		case 77u: goto st106;
		case 109u: goto st106;
	}
	goto st0;
st106:
	p += 1;
case 106:
	switch( (*p) ) {
		case 65u: goto st107;
		case 97u: goto st107;
	}
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
		case 76u: goto st109;
		case 108u: goto st109;
	}
	goto st0;
st109:
	p += 1;
case 109:
	switch( (*p) ) {
		case 73u: goto st110;
		case 105u: goto st110;
	}
	goto st0;
st110:
	p += 1;
case 110:
	switch( (*p) ) {
		case 68u: goto st111;
		case 100u: goto st111;
	}
	goto st0;
st111:
	p += 1;
case 111:
	if ( (*p) == 32u )
		goto st112;
	goto st0;
st112:
	p += 1;
case 112:
	switch( (*p) ) {
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
		case 13u: goto tr30;
		case 32u: goto tr31;
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
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st287;
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
	goto st0;
st287:
	p += 1;
case 287:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st288;
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
	goto st0;
st288:
	p += 1;
case 288:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st289;
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
	goto st0;
st289:
	p += 1;
case 289:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st290;
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
	goto st0;
st290:
	p += 1;
case 290:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st291;
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
	goto st0;
st291:
	p += 1;
case 291:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st292;
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
	goto st0;
st292:
	p += 1;
case 292:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st293;
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
	goto st0;
st293:
	p += 1;
case 293:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st294;
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
	goto st0;
st294:
	p += 1;
case 294:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st295;
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
	goto st0;
st295:
	p += 1;
case 295:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st296;
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
	goto st0;
st296:
	p += 1;
case 296:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st297;
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
	goto st0;
st297:
	p += 1;
case 297:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st298;
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
	goto st0;
st298:
	p += 1;
case 298:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st299;
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
	goto st0;
st299:
	p += 1;
case 299:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st300;
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
	goto st0;
st300:
	p += 1;
case 300:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st301;
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
	goto st0;
st301:
	p += 1;
case 301:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st302;
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
	goto st0;
st302:
	p += 1;
case 302:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st303;
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
	goto st0;
st303:
	p += 1;
case 303:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st304;
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
	goto st0;
st304:
	p += 1;
case 304:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st305;
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
	goto st0;
st305:
	p += 1;
case 305:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st306;
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
	goto st0;
st306:
	p += 1;
case 306:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st307;
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
	goto st0;
st307:
	p += 1;
case 307:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st308;
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
	goto st0;
st308:
	p += 1;
case 308:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st309;
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
	goto st0;
st309:
	p += 1;
case 309:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st310;
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
	goto st0;
st310:
	p += 1;
case 310:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st311;
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
	goto st0;
st311:
	p += 1;
case 311:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st312;
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
	goto st0;
st312:
	p += 1;
case 312:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st313;
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
	goto st0;
st313:
	p += 1;
case 313:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st314;
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
	goto st0;
st314:
	p += 1;
case 314:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st315;
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
	goto st0;
st315:
	p += 1;
case 315:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st316;
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
	goto st0;
st316:
	p += 1;
case 316:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st317;
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
	goto st0;
st317:
	p += 1;
case 317:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st318;
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
	goto st0;
st318:
	p += 1;
case 318:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st319;
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
	goto st0;
st319:
	p += 1;
case 319:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st320;
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
	goto st0;
st320:
	p += 1;
case 320:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st321;
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
	goto st0;
st321:
	p += 1;
case 321:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st322;
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
	goto st0;
st322:
	p += 1;
case 322:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st323;
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
	goto st0;
st323:
	p += 1;
case 323:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st324;
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
	goto st0;
st324:
	p += 1;
case 324:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st325;
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
	goto st0;
st325:
	p += 1;
case 325:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st326;
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
	goto st0;
st326:
	p += 1;
case 326:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st327;
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
	goto st0;
st327:
	p += 1;
case 327:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st328;
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
	goto st0;
st328:
	p += 1;
case 328:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st329;
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
	goto st0;
st329:
	p += 1;
case 329:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st330;
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
	goto st0;
st330:
	p += 1;
case 330:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st331;
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
	goto st0;
st331:
	p += 1;
case 331:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st332;
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
	goto st0;
st332:
	p += 1;
case 332:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st333;
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
	goto st0;
st333:
	p += 1;
case 333:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st334;
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
	goto st0;
st334:
	p += 1;
case 334:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st335;
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
	goto st0;
st335:
	p += 1;
case 335:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st336;
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
	goto st0;
st336:
	p += 1;
case 336:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st337;
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
	goto st0;
st337:
	p += 1;
case 337:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st338;
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
	goto st0;
st338:
	p += 1;
case 338:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st339;
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
	goto st0;
st339:
	p += 1;
case 339:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st340;
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
	goto st0;
st340:
	p += 1;
case 340:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st341;
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
	goto st0;
st341:
	p += 1;
case 341:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st342;
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
	goto st0;
st342:
	p += 1;
case 342:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st343;
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
	goto st0;
st343:
	p += 1;
case 343:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st344;
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
	goto st0;
st344:
	p += 1;
case 344:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st345;
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
	goto st0;
st345:
	p += 1;
case 345:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st346;
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
	goto st0;
st346:
	p += 1;
case 346:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st347;
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
	goto st0;
st347:
	p += 1;
case 347:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st348;
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
	goto st0;
st348:
	p += 1;
case 348:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st349;
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
	goto st0;
st349:
	p += 1;
case 349:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st350;
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
	goto st0;
st350:
	p += 1;
case 350:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st351;
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
	goto st0;
st351:
	p += 1;
case 351:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st352;
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
	goto st0;
st352:
	p += 1;
case 352:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st353;
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
	goto st0;
st353:
	p += 1;
case 353:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st354;
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
	goto st0;
st354:
	p += 1;
case 354:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st355;
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
	goto st0;
st355:
	p += 1;
case 355:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st356;
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
	goto st0;
st356:
	p += 1;
case 356:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st357;
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
	goto st0;
st357:
	p += 1;
case 357:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st358;
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
	goto st0;
st358:
	p += 1;
case 358:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st359;
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
	goto st0;
st359:
	p += 1;
case 359:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st360;
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
	goto st0;
st360:
	p += 1;
case 360:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st361;
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
	goto st0;
st361:
	p += 1;
case 361:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st362;
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
	goto st0;
st362:
	p += 1;
case 362:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st363;
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
	goto st0;
st363:
	p += 1;
case 363:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st364;
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
	goto st0;
st364:
	p += 1;
case 364:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st365;
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
	goto st0;
st365:
	p += 1;
case 365:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st366;
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
	goto st0;
st366:
	p += 1;
case 366:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 45u: goto st7;
		case 95u: goto st7;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st7;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st7;
	} else
		goto st7;
	goto st0;
tr13:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st367;
st367:
	p += 1;
case 367:
	switch( (*p) ) {
		case 76u: goto st368;
		case 82u: goto st371;
		case 108u: goto st368;
		case 114u: goto st371;
	}
	goto st0;
st368:
	p += 1;
case 368:
	switch( (*p) ) {
		case 65u: goto st369;
		case 97u: goto st369;
	}
	goto st0;
st369:
	p += 1;
case 369:
	switch( (*p) ) {
		case 71u: goto st370;
		case 103u: goto st370;
	}
	goto st0;
st370:
	p += 1;
case 370:
	switch( (*p) ) {
		case 71u: goto st20;
		case 103u: goto st20;
	}
	goto st0;
st371:
	p += 1;
case 371:
	switch( (*p) ) {
		case 79u: goto st372;
		case 111u: goto st372;
	}
	goto st0;
st372:
	p += 1;
case 372:
	switch( (*p) ) {
		case 77u: goto st24;
		case 109u: goto st24;
	}
	goto st0;
tr14:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st373;
st373:
	p += 1;
case 373:
	switch( (*p) ) {
		case 69u: goto st374;
		case 101u: goto st374;
	}
	goto st0;
st374:
	p += 1;
case 374:
	switch( (*p) ) {
		case 65u: goto st375;
		case 97u: goto st375;
	}
	goto st0;
st375:
	p += 1;
case 375:
	switch( (*p) ) {
		case 68u: goto st376;
		case 100u: goto st376;
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
		case 82u: goto st378;
		case 114u: goto st378;
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
	switch( (*p) ) {
		case 34u: goto tr407;
		case 123u: goto tr408;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr406;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr406;
		} else if ( (*p) >= 43u )
			goto tr406;
	} else
		goto tr406;
	goto st0;
tr410:
	{ {p = (( IMW_SKIP_TO(380)))-1;} }
	goto st380;
tr406:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(380)))-1;} }
	goto st380;
st380:
	p += 1;
case 380:
	switch( (*p) ) {
		case 32u: goto tr409;
		case 33u: goto tr410;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr410;
		} else if ( (*p) >= 35u )
			goto tr410;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr410;
		} else if ( (*p) >= 93u )
			goto tr410;
	} else
		goto tr410;
	goto st0;
tr411:
	{ {p = (( IMW_SKIP_TO(381)))-1;} }
	goto st381;
tr407:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(381)))-1;} }
	goto st381;
st381:
	p += 1;
case 381:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr412;
		case 92u: goto tr413;
	}
	goto tr411;
tr412:
	{ {p = (( IMW_SKIP_TO(382)))-1;} }
	goto st382;
st382:
	p += 1;
case 382:
	if ( (*p) == 32u )
		goto tr409;
	goto st0;
tr413:
	{ {p = (( IMW_SKIP_TO(383)))-1;} }
	goto st383;
st383:
	p += 1;
case 383:
	switch( (*p) ) {
		case 34u: goto tr411;
		case 92u: goto tr411;
	}
	goto st0;
tr408:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(384)))-1;} }
	goto st384;
st384:
	p += 1;
case 384:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr414;
	goto st0;
tr416:
	{ {p = (( IMW_SKIP_TO(385)))-1;} }
	goto st385;
tr414:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(385)))-1;} }
	goto st385;
st385:
	p += 1;
case 385:
	switch( (*p) ) {
		case 43u: goto tr415;
		case 125u: goto tr417;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr416;
	goto st0;
tr415:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(386)))-1;} }
	goto st386;
st386:
	p += 1;
case 386:
	if ( (*p) == 125u )
		goto tr418;
	goto st0;
tr418:
	{ {p = (( IMW_SKIP_TO(387)))-1;} }
	goto st387;
tr417:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(387)))-1;} }
	goto st387;
st387:
	p += 1;
case 387:
	if ( (*p) == 13u )
		goto tr419;
	goto st0;
tr419:
	{ {p = (( IMW_SKIP_TO(388)))-1;} }
	goto st388;
st388:
	p += 1;
case 388:
	if ( (*p) == 10u )
		goto tr420;
	goto st0;
tr420:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(389)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 389; goto _out;} }
	goto st389;
st389:
	p += 1;
case 389:
	if ( (*p) == 32u )
		goto tr421;
	goto st0;
tr15:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st390;
st390:
	p += 1;
case 390:
	switch( (*p) ) {
		case 69u: goto st391;
		case 101u: goto st391;
	}
	goto st0;
st391:
	p += 1;
case 391:
	switch( (*p) ) {
		case 89u: goto st392;
		case 121u: goto st392;
	}
	goto st0;
st392:
	p += 1;
case 392:
	switch( (*p) ) {
		case 87u: goto st393;
		case 119u: goto st393;
	}
	goto st0;
st393:
	p += 1;
case 393:
	switch( (*p) ) {
		case 79u: goto st394;
		case 111u: goto st394;
	}
	goto st0;
st394:
	p += 1;
case 394:
	switch( (*p) ) {
		case 82u: goto st395;
		case 114u: goto st395;
	}
	goto st0;
st395:
	p += 1;
case 395:
	switch( (*p) ) {
		case 68u: goto st396;
		case 100u: goto st396;
	}
	goto st0;
st396:
	p += 1;
case 396:
	if ( (*p) == 32u )
		goto st397;
	goto st0;
st397:
	p += 1;
case 397:
	if ( (*p) == 33u )
		goto tr429;
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr429;
		} else if ( (*p) >= 35u )
			goto tr429;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr429;
		} else if ( (*p) >= 94u )
			goto tr429;
	} else
		goto tr429;
	goto st0;
tr429:
	{ {p = (( IMW_SKIP_TO(398)))-1;} }
	goto st398;
st398:
	p += 1;
case 398:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 33u: goto tr429;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr429;
		} else if ( (*p) >= 35u )
			goto tr429;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr429;
		} else if ( (*p) >= 94u )
			goto tr429;
	} else
		goto tr429;
	goto st0;
tr16:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st399;
st399:
	p += 1;
case 399:
	switch( (*p) ) {
		case 65u: goto st400;
		case 97u: goto st400;
	}
	goto st0;
st400:
	p += 1;
case 400:
	switch( (*p) ) {
		case 82u: goto st401;
		case 114u: goto st401;
	}
	goto st0;
st401:
	p += 1;
case 401:
	switch( (*p) ) {
		case 71u: goto st402;
		case 103u: goto st402;
	}
	goto st0;
st402:
	p += 1;
case 402:
	switch( (*p) ) {
		case 69u: goto st403;
		case 101u: goto st403;
	}
	goto st0;
st403:
	p += 1;
case 403:
	switch( (*p) ) {
		case 82u: goto st404;
		case 114u: goto st404;
	}
	goto st0;
st404:
	p += 1;
case 404:
	if ( (*p) == 32u )
		goto st405;
	goto st0;
st405:
	p += 1;
case 405:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr436;
	goto st0;
tr439:
	{ {p = (( IMW_SKIP_TO(406)))-1;} }
	goto st406;
tr436:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(406)))-1;} }
	goto st406;
st406:
	p += 1;
case 406:
	switch( (*p) ) {
		case 13u: goto tr437;
		case 32u: goto tr438;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr439;
	goto st0;
tr17:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st407;
st407:
	p += 1;
case 407:
	switch( (*p) ) {
		case 79u: goto st408;
		case 111u: goto st408;
	}
	goto st0;
st408:
	p += 1;
case 408:
	switch( (*p) ) {
		case 68u: goto st409;
		case 100u: goto st409;
	}
	goto st0;
st409:
	p += 1;
case 409:
	switch( (*p) ) {
		case 83u: goto st410;
		case 115u: goto st410;
	}
	goto st0;
st410:
	p += 1;
case 410:
	switch( (*p) ) {
		case 69u: goto st411;
		case 101u: goto st411;
	}
	goto st0;
st411:
	p += 1;
case 411:
	switch( (*p) ) {
		case 81u: goto st412;
		case 113u: goto st412;
	}
	goto st0;
st412:
	p += 1;
case 412:
	if ( (*p) == 32u )
		goto st413;
	goto st0;
st413:
	p += 1;
case 413:
	if ( (*p) == 34u )
		goto st414;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr447;
	goto st0;
st414:
	p += 1;
case 414:
	if ( (*p) == 47u )
		goto st415;
	goto st0;
st415:
	p += 1;
case 415:
	switch( (*p) ) {
		case 70u: goto st416;
		case 102u: goto st416;
	}
	goto st0;
st416:
	p += 1;
case 416:
	switch( (*p) ) {
		case 76u: goto st417;
		case 108u: goto st417;
	}
	goto st0;
st417:
	p += 1;
case 417:
	switch( (*p) ) {
		case 65u: goto st418;
		case 97u: goto st418;
	}
	goto st0;
st418:
	p += 1;
case 418:
	switch( (*p) ) {
		case 71u: goto st419;
		case 103u: goto st419;
	}
	goto st0;
st419:
	p += 1;
case 419:
	switch( (*p) ) {
		case 83u: goto st420;
		case 115u: goto st420;
	}
	goto st0;
st420:
	p += 1;
case 420:
	if ( (*p) == 47u )
		goto st421;
	goto st0;
st421:
	p += 1;
case 421:
	switch( (*p) ) {
		case 33u: goto tr455;
		case 92u: goto st438;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr455;
		} else if ( (*p) >= 35u )
			goto tr455;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr455;
		} else if ( (*p) >= 94u )
			goto tr455;
	} else
		goto tr455;
	goto st0;
tr455:
	{ {p = (( IMW_SKIP_TO(422)))-1;} }
	goto st422;
st422:
	p += 1;
case 422:
	if ( (*p) == 34u )
		goto st423;
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr455;
		} else if ( (*p) >= 33u )
			goto tr455;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr455;
		} else if ( (*p) >= 94u )
			goto tr455;
	} else
		goto tr455;
	goto st0;
st423:
	p += 1;
case 423:
	if ( (*p) == 32u )
		goto st424;
	goto st0;
st424:
	p += 1;
case 424:
	switch( (*p) ) {
		case 65u: goto st425;
		case 80u: goto st430;
		case 83u: goto st433;
		case 97u: goto st425;
		case 112u: goto st430;
		case 115u: goto st433;
	}
	goto st0;
st425:
	p += 1;
case 425:
	switch( (*p) ) {
		case 76u: goto st426;
		case 108u: goto st426;
	}
	goto st0;
st426:
	p += 1;
case 426:
	switch( (*p) ) {
		case 76u: goto st427;
		case 108u: goto st427;
	}
	goto st0;
st427:
	p += 1;
case 427:
	if ( (*p) == 32u )
		goto st428;
	goto st0;
st428:
	p += 1;
case 428:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr447;
	goto st0;
tr447:
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st429;
st429:
	p += 1;
case 429:
	switch( (*p) ) {
		case 13u: goto tr465;
		case 32u: goto tr466;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st429;
	goto st0;
st430:
	p += 1;
case 430:
	switch( (*p) ) {
		case 82u: goto st431;
		case 114u: goto st431;
	}
	goto st0;
st431:
	p += 1;
case 431:
	switch( (*p) ) {
		case 73u: goto st432;
		case 105u: goto st432;
	}
	goto st0;
st432:
	p += 1;
case 432:
	switch( (*p) ) {
		case 86u: goto st427;
		case 118u: goto st427;
	}
	goto st0;
st433:
	p += 1;
case 433:
	switch( (*p) ) {
		case 72u: goto st434;
		case 104u: goto st434;
	}
	goto st0;
st434:
	p += 1;
case 434:
	switch( (*p) ) {
		case 65u: goto st435;
		case 97u: goto st435;
	}
	goto st0;
st435:
	p += 1;
case 435:
	switch( (*p) ) {
		case 82u: goto st436;
		case 114u: goto st436;
	}
	goto st0;
st436:
	p += 1;
case 436:
	switch( (*p) ) {
		case 69u: goto st437;
		case 101u: goto st437;
	}
	goto st0;
st437:
	p += 1;
case 437:
	switch( (*p) ) {
		case 68u: goto st427;
		case 100u: goto st427;
	}
	goto st0;
st438:
	p += 1;
case 438:
	if ( (*p) == 92u )
		goto st439;
	goto st0;
st439:
	p += 1;
case 439:
	if ( (*p) == 33u )
		goto tr455;
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr455;
		} else if ( (*p) >= 35u )
			goto tr455;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr455;
		} else if ( (*p) >= 94u )
			goto tr455;
	} else
		goto tr455;
	goto st0;
tr18:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st440;
st440:
	p += 1;
case 440:
	switch( (*p) ) {
		case 69u: goto st441;
		case 79u: goto st442;
		case 101u: goto st441;
		case 111u: goto st442;
	}
	goto st0;
st441:
	p += 1;
case 441:
	switch( (*p) ) {
		case 87u: goto st7;
		case 119u: goto st7;
	}
	goto st0;
st442:
	p += 1;
case 442:
	switch( (*p) ) {
		case 84u: goto st443;
		case 116u: goto st443;
	}
	goto st0;
tr491:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_SEARCH_KEY)) {p++; cs = 443; goto _out;} {( imw_stack)[( imw_top)++] = 443;goto st511;} }
	goto st443;
st443:
	p += 1;
case 443:
	if ( (*p) == 32u )
		goto st444;
	goto st0;
st444:
	p += 1;
case 444:
	switch( (*p) ) {
		case 36u: goto tr479;
		case 40u: goto tr479;
		case 42u: goto tr479;
		case 72u: goto tr479;
		case 89u: goto tr479;
		case 104u: goto tr479;
		case 121u: goto tr479;
	}
	if ( (*p) < 82u ) {
		if ( (*p) < 65u ) {
			if ( 49u <= (*p) && (*p) <= 57u )
				goto tr479;
		} else if ( (*p) > 70u ) {
			if ( 75u <= (*p) && (*p) <= 79u )
				goto tr479;
		} else
			goto tr479;
	} else if ( (*p) > 85u ) {
		if ( (*p) < 107u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr479;
		} else if ( (*p) > 111u ) {
			if ( 114u <= (*p) && (*p) <= 117u )
				goto tr479;
		} else
			goto tr479;
	} else
		goto tr479;
	goto st0;
tr19:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st445;
st445:
	p += 1;
case 445:
	switch( (*p) ) {
		case 76u: goto st446;
		case 78u: goto st40;
		case 82u: goto st452;
		case 108u: goto st446;
		case 110u: goto st40;
		case 114u: goto st452;
	}
	goto st0;
st446:
	p += 1;
case 446:
	switch( (*p) ) {
		case 68u: goto st447;
		case 100u: goto st447;
	}
	goto st0;
st447:
	p += 1;
case 447:
	switch( (*p) ) {
		case 13u: goto tr30;
		case 32u: goto tr31;
		case 69u: goto st448;
		case 101u: goto st448;
	}
	goto st0;
st448:
	p += 1;
case 448:
	switch( (*p) ) {
		case 82u: goto st449;
		case 114u: goto st449;
	}
	goto st0;
st449:
	p += 1;
case 449:
	if ( (*p) == 32u )
		goto st450;
	goto st0;
st450:
	p += 1;
case 450:
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr486;
	goto st0;
tr489:
	{ {p = (( IMW_SKIP_TO(451)))-1;} }
	goto st451;
tr486:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(451)))-1;} }
	goto st451;
st451:
	p += 1;
case 451:
	switch( (*p) ) {
		case 13u: goto tr487;
		case 32u: goto tr488;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr489;
	goto st0;
st452:
	p += 1;
case 452:
	if ( (*p) == 32u )
		goto st453;
	goto st0;
st453:
	p += 1;
case 453:
	switch( (*p) ) {
		case 36u: goto tr491;
		case 40u: goto tr491;
		case 42u: goto tr491;
		case 72u: goto tr491;
		case 89u: goto tr491;
		case 104u: goto tr491;
		case 121u: goto tr491;
	}
	if ( (*p) < 82u ) {
		if ( (*p) < 65u ) {
			if ( 49u <= (*p) && (*p) <= 57u )
				goto tr491;
		} else if ( (*p) > 70u ) {
			if ( 75u <= (*p) && (*p) <= 79u )
				goto tr491;
		} else
			goto tr491;
	} else if ( (*p) > 85u ) {
		if ( (*p) < 107u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr491;
		} else if ( (*p) > 111u ) {
			if ( 114u <= (*p) && (*p) <= 117u )
				goto tr491;
		} else
			goto tr491;
	} else
		goto tr491;
	goto st0;
tr20:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st454;
st454:
	p += 1;
case 454:
	switch( (*p) ) {
		case 69u: goto st455;
		case 101u: goto st455;
	}
	goto st0;
st455:
	p += 1;
case 455:
	switch( (*p) ) {
		case 67u: goto st456;
		case 99u: goto st456;
	}
	goto st0;
st456:
	p += 1;
case 456:
	switch( (*p) ) {
		case 69u: goto st457;
		case 101u: goto st457;
	}
	goto st0;
st457:
	p += 1;
case 457:
	switch( (*p) ) {
		case 78u: goto st104;
		case 110u: goto st104;
	}
	goto st0;
tr21:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st458;
st458:
	p += 1;
case 458:
	switch( (*p) ) {
		case 65u: goto st459;
		case 69u: goto st476;
		case 73u: goto st474;
		case 77u: goto st480;
		case 85u: goto st483;
		case 97u: goto st459;
		case 101u: goto st476;
		case 105u: goto st474;
		case 109u: goto st480;
		case 117u: goto st483;
	}
	goto st0;
st459:
	p += 1;
case 459:
	switch( (*p) ) {
		case 86u: goto st460;
		case 118u: goto st460;
	}
	goto st0;
st460:
	p += 1;
case 460:
	switch( (*p) ) {
		case 69u: goto st461;
		case 101u: goto st461;
	}
	goto st0;
st461:
	p += 1;
case 461:
	switch( (*p) ) {
		case 68u: goto st462;
		case 100u: goto st462;
	}
	goto st0;
st462:
	p += 1;
case 462:
	switch( (*p) ) {
		case 65u: goto st463;
		case 66u: goto st471;
		case 79u: goto st472;
		case 83u: goto st473;
		case 97u: goto st463;
		case 98u: goto st471;
		case 111u: goto st472;
		case 115u: goto st473;
	}
	goto st0;
st463:
	p += 1;
case 463:
	switch( (*p) ) {
		case 84u: goto st464;
		case 116u: goto st464;
	}
	goto st0;
st464:
	p += 1;
case 464:
	switch( (*p) ) {
		case 69u: goto st465;
		case 101u: goto st465;
	}
	goto st0;
st465:
	p += 1;
case 465:
	switch( (*p) ) {
		case 83u: goto st466;
		case 115u: goto st466;
	}
	goto st0;
st466:
	p += 1;
case 466:
	switch( (*p) ) {
		case 85u: goto st467;
		case 117u: goto st467;
	}
	goto st0;
st467:
	p += 1;
case 467:
	switch( (*p) ) {
		case 80u: goto st468;
		case 112u: goto st468;
	}
	goto st0;
st468:
	p += 1;
case 468:
	switch( (*p) ) {
		case 80u: goto st469;
		case 112u: goto st469;
	}
	goto st0;
st469:
	p += 1;
case 469:
	switch( (*p) ) {
		case 79u: goto st470;
		case 111u: goto st470;
	}
	goto st0;
st470:
	p += 1;
case 470:
	switch( (*p) ) {
		case 82u: goto st101;
		case 114u: goto st101;
	}
	goto st0;
st471:
	p += 1;
case 471:
	switch( (*p) ) {
		case 69u: goto st36;
		case 101u: goto st36;
	}
	goto st0;
st472:
	p += 1;
case 472:
	switch( (*p) ) {
		case 78u: goto st40;
		case 110u: goto st40;
	}
	goto st0;
st473:
	p += 1;
case 473:
	switch( (*p) ) {
		case 73u: goto st474;
		case 105u: goto st474;
	}
	goto st0;
st474:
	p += 1;
case 474:
	switch( (*p) ) {
		case 78u: goto st475;
		case 110u: goto st475;
	}
	goto st0;
st475:
	p += 1;
case 475:
	switch( (*p) ) {
		case 67u: goto st39;
		case 99u: goto st39;
	}
	goto st0;
st476:
	p += 1;
case 476:
	switch( (*p) ) {
		case 69u: goto st477;
		case 78u: goto st478;
		case 101u: goto st477;
		case 110u: goto st478;
	}
	goto st0;
st477:
	p += 1;
case 477:
	switch( (*p) ) {
		case 78u: goto st7;
		case 110u: goto st7;
	}
	goto st0;
st478:
	p += 1;
case 478:
	switch( (*p) ) {
		case 84u: goto st479;
		case 116u: goto st479;
	}
	goto st0;
st479:
	p += 1;
case 479:
	switch( (*p) ) {
		case 66u: goto st471;
		case 79u: goto st472;
		case 83u: goto st473;
		case 98u: goto st471;
		case 111u: goto st472;
		case 115u: goto st473;
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
		case 76u: goto st482;
		case 108u: goto st482;
	}
	goto st0;
st482:
	p += 1;
case 482:
	switch( (*p) ) {
		case 76u: goto st402;
		case 108u: goto st402;
	}
	goto st0;
st483:
	p += 1;
case 483:
	switch( (*p) ) {
		case 66u: goto st484;
		case 98u: goto st484;
	}
	goto st0;
st484:
	p += 1;
case 484:
	switch( (*p) ) {
		case 74u: goto st485;
		case 106u: goto st485;
	}
	goto st0;
st485:
	p += 1;
case 485:
	switch( (*p) ) {
		case 69u: goto st486;
		case 101u: goto st486;
	}
	goto st0;
st486:
	p += 1;
case 486:
	switch( (*p) ) {
		case 67u: goto st487;
		case 99u: goto st487;
	}
	goto st0;
st487:
	p += 1;
case 487:
	switch( (*p) ) {
		case 84u: goto st24;
		case 116u: goto st24;
	}
	goto st0;
tr22:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st488;
st488:
	p += 1;
case 488:
	switch( (*p) ) {
		case 69u: goto st489;
		case 72u: goto st490;
		case 79u: goto st24;
		case 101u: goto st489;
		case 104u: goto st490;
		case 111u: goto st24;
	}
	goto st0;
st489:
	p += 1;
case 489:
	switch( (*p) ) {
		case 88u: goto st487;
		case 120u: goto st487;
	}
	goto st0;
st490:
	p += 1;
case 490:
	switch( (*p) ) {
		case 82u: goto st491;
		case 114u: goto st491;
	}
	goto st0;
st491:
	p += 1;
case 491:
	switch( (*p) ) {
		case 69u: goto st492;
		case 101u: goto st492;
	}
	goto st0;
st492:
	p += 1;
case 492:
	switch( (*p) ) {
		case 65u: goto st493;
		case 97u: goto st493;
	}
	goto st0;
st493:
	p += 1;
case 493:
	switch( (*p) ) {
		case 68u: goto st109;
		case 100u: goto st109;
	}
	goto st0;
tr23:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st494;
st494:
	p += 1;
case 494:
	switch( (*p) ) {
		case 73u: goto st495;
		case 78u: goto st498;
		case 105u: goto st495;
		case 110u: goto st498;
	}
	goto st0;
st495:
	p += 1;
case 495:
	switch( (*p) ) {
		case 68u: goto st496;
		case 100u: goto st496;
	}
	goto st0;
st496:
	p += 1;
case 496:
	if ( (*p) == 32u )
		goto st497;
	goto st0;
st497:
	p += 1;
case 497:
	switch( (*p) ) {
		case 36u: goto tr533;
		case 42u: goto tr534;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr535;
	goto st0;
st498:
	p += 1;
case 498:
	switch( (*p) ) {
		case 65u: goto st499;
		case 68u: goto st98;
		case 70u: goto st500;
		case 75u: goto st390;
		case 83u: goto st501;
		case 97u: goto st499;
		case 100u: goto st98;
		case 102u: goto st500;
		case 107u: goto st390;
		case 115u: goto st501;
	}
	goto st0;
st499:
	p += 1;
case 499:
	switch( (*p) ) {
		case 78u: goto st16;
		case 110u: goto st16;
	}
	goto st0;
st500:
	p += 1;
case 500:
	switch( (*p) ) {
		case 76u: goto st368;
		case 108u: goto st368;
	}
	goto st0;
st501:
	p += 1;
case 501:
	switch( (*p) ) {
		case 69u: goto st502;
		case 101u: goto st502;
	}
	goto st0;
st502:
	p += 1;
case 502:
	switch( (*p) ) {
		case 69u: goto st477;
		case 101u: goto st477;
	}
	goto st0;
tr24:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st503;
st503:
	p += 1;
case 503:
	switch( (*p) ) {
		case 79u: goto st504;
		case 111u: goto st504;
	}
	goto st0;
st504:
	p += 1;
case 504:
	switch( (*p) ) {
		case 85u: goto st505;
		case 117u: goto st505;
	}
	goto st0;
st505:
	p += 1;
case 505:
	switch( (*p) ) {
		case 78u: goto st506;
		case 110u: goto st506;
	}
	goto st0;
st506:
	p += 1;
case 506:
	switch( (*p) ) {
		case 71u: goto st507;
		case 103u: goto st507;
	}
	goto st0;
st507:
	p += 1;
case 507:
	switch( (*p) ) {
		case 69u: goto st448;
		case 101u: goto st448;
	}
	goto st0;
tr2:
	{ {p = (( IMW_SKIP_TO(508)))-1;} }
	goto st508;
st508:
	p += 1;
case 508:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr546;
		case 92u: goto tr547;
	}
	goto tr2;
tr546:
	{ {p = (( IMW_SKIP_TO(509)))-1;} }
	goto st509;
st509:
	p += 1;
case 509:
	if ( (*p) == 32u )
		goto st3;
	goto st0;
tr547:
	{ {p = (( IMW_SKIP_TO(510)))-1;} }
	goto st510;
st510:
	p += 1;
case 510:
	switch( (*p) ) {
		case 34u: goto tr2;
		case 92u: goto tr2;
	}
	goto st0;
st511:
	p += 1;
case 511:
	switch( (*p) ) {
		case 36u: goto tr548;
		case 40u: goto tr549;
		case 42u: goto tr550;
		case 65u: goto tr552;
		case 66u: goto tr553;
		case 67u: goto tr554;
		case 68u: goto tr555;
		case 69u: goto tr556;
		case 70u: goto tr557;
		case 72u: goto tr558;
		case 75u: goto tr559;
		case 76u: goto tr560;
		case 77u: goto tr561;
		case 78u: goto tr562;
		case 79u: goto tr563;
		case 82u: goto tr564;
		case 83u: goto tr565;
		case 84u: goto tr566;
		case 85u: goto tr567;
		case 89u: goto tr568;
		case 97u: goto tr552;
		case 98u: goto tr553;
		case 99u: goto tr554;
		case 100u: goto tr555;
		case 101u: goto tr556;
		case 102u: goto tr557;
		case 104u: goto tr558;
		case 107u: goto tr559;
		case 108u: goto tr560;
		case 109u: goto tr561;
		case 110u: goto tr562;
		case 111u: goto tr563;
		case 114u: goto tr564;
		case 115u: goto tr565;
		case 116u: goto tr566;
		case 117u: goto tr567;
		case 121u: goto tr568;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr551;
	goto st0;
tr548:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st512;
tr1070:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st512;
st512:
	p += 1;
case 512:
	switch( (*p) ) {
		case 13u: goto tr569;
		case 32u: goto tr569;
		case 41u: goto tr569;
	}
	goto st0;
tr569:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_KEY); }
	{ IMW_CALL_LEAVE(IMW_RULE_SEARCH_KEY); p--; {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st1017;
tr573:
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_KEY); }
	{ IMW_CALL_LEAVE(IMW_RULE_SEARCH_KEY); p--; {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st1017;
tr595:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_KEY); }
	{ IMW_CALL_LEAVE(IMW_RULE_SEARCH_KEY); p--; {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st1017;
tr607:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_KEY); }
	{ IMW_CALL_LEAVE(IMW_RULE_SEARCH_KEY); p--; {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st1017;
tr977:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_KEY); }
	{ IMW_CALL_LEAVE(IMW_RULE_SEARCH_KEY); p--; {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st1017;
tr1004:
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_KEY); }
	{ IMW_CALL_LEAVE(IMW_RULE_SEARCH_KEY); p--; {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st1017;
tr1025:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_KEY); }
	{ IMW_CALL_LEAVE(IMW_RULE_SEARCH_KEY); p--; {cs = ( imw_stack)[--( imw_top)];goto _again;} }
	goto st1017;
st1017:
	p += 1;
case 1017:
	goto st0;
tr549:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st513;
st513:
	p += 1;
case 513:
	switch( (*p) ) {
		case 36u: goto tr570;
		case 40u: goto tr570;
		case 42u: goto tr570;
		case 72u: goto tr570;
		case 89u: goto tr570;
		case 104u: goto tr570;
		case 121u: goto tr570;
	}
	if ( (*p) < 82u ) {
		if ( (*p) < 65u ) {
			if ( 49u <= (*p) && (*p) <= 57u )
				goto tr570;
		} else if ( (*p) > 70u ) {
			if ( 75u <= (*p) && (*p) <= 79u )
				goto tr570;
		} else
			goto tr570;
	} else if ( (*p) > 85u ) {
		if ( (*p) < 107u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr570;
		} else if ( (*p) > 111u ) {
			if ( 114u <= (*p) && (*p) <= 117u )
				goto tr570;
		} else
			goto tr570;
	} else
		goto tr570;
	goto st0;
tr570:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_SEARCH_KEY)) {p++; cs = 514; goto _out;} {( imw_stack)[( imw_top)++] = 514;goto st511;} }
	goto st514;
st514:
	p += 1;
case 514:
	switch( (*p) ) {
		case 32u: goto st513;
		case 41u: goto st515;
	}
	goto st0;
tr1017:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_SEARCH_KEY)) {p++; cs = 515; goto _out;} {( imw_stack)[( imw_top)++] = 515;goto st511;} }
	goto st515;
st515:
	p += 1;
case 515:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
	}
	goto st0;
tr550:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st516;
tr1071:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st516;
st516:
	p += 1;
case 516:
	switch( (*p) ) {
		case 13u: goto tr569;
		case 32u: goto tr569;
		case 41u: goto tr569;
		case 44u: goto st517;
		case 58u: goto st519;
	}
	goto st0;
st517:
	p += 1;
case 517:
	if ( (*p) == 42u )
		goto st516;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr577;
	goto st0;
tr577:
	{ {p = (( IMW_SKIP_TO(518)))-1;} }
	goto st518;
tr551:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(518)))-1;} }
	goto st518;
tr1072:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(518)))-1;} }
	goto st518;
st518:
	p += 1;
case 518:
	switch( (*p) ) {
		case 13u: goto tr569;
		case 32u: goto tr569;
		case 41u: goto tr569;
		case 44u: goto st517;
		case 58u: goto st519;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr577;
	goto st0;
st519:
	p += 1;
case 519:
	if ( (*p) == 42u )
		goto st520;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr579;
	goto st0;
st520:
	p += 1;
case 520:
	switch( (*p) ) {
		case 13u: goto tr569;
		case 32u: goto tr569;
		case 41u: goto tr569;
		case 44u: goto st517;
	}
	goto st0;
tr579:
	{ {p = (( IMW_SKIP_TO(521)))-1;} }
	goto st521;
st521:
	p += 1;
case 521:
	switch( (*p) ) {
		case 13u: goto tr569;
		case 32u: goto tr569;
		case 41u: goto tr569;
		case 44u: goto st517;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr579;
	goto st0;
tr552:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st522;
st522:
	p += 1;
case 522:
	switch( (*p) ) {
		case 76u: goto st523;
		case 78u: goto st524;
		case 108u: goto st523;
		case 110u: goto st524;
	}
	goto st0;
st523:
	p += 1;
case 523:
	switch( (*p) ) {
		case 76u: goto st515;
		case 108u: goto st515;
	}
	goto st0;
st524:
	p += 1;
case 524:
	switch( (*p) ) {
		case 83u: goto st525;
		case 115u: goto st525;
	}
	goto st0;
st525:
	p += 1;
case 525:
	switch( (*p) ) {
		case 87u: goto st526;
		case 119u: goto st526;
	}
	goto st0;
st526:
	p += 1;
case 526:
	switch( (*p) ) {
		case 69u: goto st527;
		case 101u: goto st527;
	}
	goto st0;
st527:
	p += 1;
case 527:
	switch( (*p) ) {
		case 82u: goto st528;
		case 114u: goto st528;
	}
	goto st0;
st528:
	p += 1;
case 528:
	switch( (*p) ) {
		case 69u: goto st529;
		case 101u: goto st529;
	}
	goto st0;
st529:
	p += 1;
case 529:
	switch( (*p) ) {
		case 68u: goto st515;
		case 100u: goto st515;
	}
	goto st0;
tr553:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st530;
st530:
	p += 1;
case 530:
	switch( (*p) ) {
		case 67u: goto st531;
		case 69u: goto st544;
		case 79u: goto st604;
		case 99u: goto st531;
		case 101u: goto st544;
		case 111u: goto st604;
	}
	goto st0;
tr554:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st531;
st531:
	p += 1;
case 531:
	switch( (*p) ) {
		case 67u: goto st532;
		case 99u: goto st532;
	}
	goto st0;
st532:
	p += 1;
case 532:
	if ( (*p) == 32u )
		goto st533;
	goto st0;
tr949:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st533;
tr961:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st533;
st533:
	p += 1;
case 533:
	switch( (*p) ) {
		case 34u: goto tr593;
		case 123u: goto tr594;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr592;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr592;
		} else if ( (*p) >= 43u )
			goto tr592;
	} else
		goto tr592;
	goto st0;
tr596:
	{ {p = (( IMW_SKIP_TO(534)))-1;} }
	goto st534;
tr592:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(534)))-1;} }
	goto st534;
st534:
	p += 1;
case 534:
	switch( (*p) ) {
		case 13u: goto tr595;
		case 32u: goto tr595;
		case 33u: goto tr596;
		case 41u: goto tr595;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr596;
		} else if ( (*p) >= 35u )
			goto tr596;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr596;
		} else if ( (*p) >= 93u )
			goto tr596;
	} else
		goto tr596;
	goto st0;
tr597:
	{ {p = (( IMW_SKIP_TO(535)))-1;} }
	goto st535;
tr593:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(535)))-1;} }
	goto st535;
st535:
	p += 1;
case 535:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr598;
		case 92u: goto tr599;
	}
	goto tr597;
tr598:
	{ {p = (( IMW_SKIP_TO(536)))-1;} }
	goto st536;
st536:
	p += 1;
case 536:
	switch( (*p) ) {
		case 13u: goto tr595;
		case 32u: goto tr595;
		case 41u: goto tr595;
	}
	goto st0;
tr599:
	{ {p = (( IMW_SKIP_TO(537)))-1;} }
	goto st537;
st537:
	p += 1;
case 537:
	switch( (*p) ) {
		case 34u: goto tr597;
		case 92u: goto tr597;
	}
	goto st0;
tr594:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(538)))-1;} }
	goto st538;
st538:
	p += 1;
case 538:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr600;
	goto st0;
tr602:
	{ {p = (( IMW_SKIP_TO(539)))-1;} }
	goto st539;
tr600:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(539)))-1;} }
	goto st539;
st539:
	p += 1;
case 539:
	switch( (*p) ) {
		case 43u: goto tr601;
		case 125u: goto tr603;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr602;
	goto st0;
tr601:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(540)))-1;} }
	goto st540;
st540:
	p += 1;
case 540:
	if ( (*p) == 125u )
		goto tr604;
	goto st0;
tr604:
	{ {p = (( IMW_SKIP_TO(541)))-1;} }
	goto st541;
tr603:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(541)))-1;} }
	goto st541;
st541:
	p += 1;
case 541:
	if ( (*p) == 13u )
		goto tr605;
	goto st0;
tr605:
	{ {p = (( IMW_SKIP_TO(542)))-1;} }
	goto st542;
st542:
	p += 1;
case 542:
	if ( (*p) == 10u )
		goto tr606;
	goto st0;
tr606:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(543)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 543; goto _out;} }
	goto st543;
st543:
	p += 1;
case 543:
	switch( (*p) ) {
		case 13u: goto tr607;
		case 32u: goto tr607;
		case 41u: goto tr607;
	}
	goto st0;
st544:
	p += 1;
case 544:
	switch( (*p) ) {
		case 70u: goto st545;
		case 102u: goto st545;
	}
	goto st0;
st545:
	p += 1;
case 545:
	switch( (*p) ) {
		case 79u: goto st546;
		case 111u: goto st546;
	}
	goto st0;
st546:
	p += 1;
case 546:
	switch( (*p) ) {
		case 82u: goto st547;
		case 114u: goto st547;
	}
	goto st0;
st547:
	p += 1;
case 547:
	switch( (*p) ) {
		case 69u: goto st548;
		case 101u: goto st548;
	}
	goto st0;
st548:
	p += 1;
case 548:
	if ( (*p) == 32u )
		goto st549;
	goto st0;
st549:
	p += 1;
case 549:
	if ( (*p) == 34u )
		goto st550;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st578;
	goto st0;
st550:
	p += 1;
case 550:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st551;
	goto st0;
st551:
	p += 1;
case 551:
	if ( (*p) == 45u )
		goto st552;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st577;
	goto st0;
st552:
	p += 1;
case 552:
	switch( (*p) ) {
		case 65u: goto st553;
		case 68u: goto st562;
		case 70u: goto st564;
		case 74u: goto st566;
		case 77u: goto st569;
		case 78u: goto st571;
		case 79u: goto st573;
		case 83u: goto st575;
		case 97u: goto st553;
		case 100u: goto st562;
		case 102u: goto st564;
		case 106u: goto st566;
		case 109u: goto st569;
		case 110u: goto st571;
		case 111u: goto st573;
		case 115u: goto st575;
	}
	goto st0;
st553:
	p += 1;
case 553:
	switch( (*p) ) {
		case 80u: goto st554;
		case 85u: goto st561;
		case 112u: goto st554;
		case 117u: goto st561;
	}
	goto st0;
st554:
	p += 1;
case 554:
	switch( (*p) ) {
		case 82u: goto st555;
		case 114u: goto st555;
	}
	goto st0;
st555:
	p += 1;
case 555:
	if ( (*p) == 45u )
		goto st556;
	goto st0;
st556:
	p += 1;
case 556:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st557;
	goto st0;
st557:
	p += 1;
case 557:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st558;
	goto st0;
st558:
	p += 1;
case 558:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st559;
	goto st0;
st559:
	p += 1;
case 559:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st560;
	goto st0;
st560:
	p += 1;
case 560:
	if ( (*p) == 34u )
		goto st515;
	goto st0;
st561:
	p += 1;
case 561:
	switch( (*p) ) {
		case 71u: goto st555;
		case 103u: goto st555;
	}
	goto st0;
st562:
	p += 1;
case 562:
	switch( (*p) ) {
		case 69u: goto st563;
		case 101u: goto st563;
	}
	goto st0;
st563:
	p += 1;
case 563:
	switch( (*p) ) {
		case 67u: goto st555;
		case 99u: goto st555;
	}
	goto st0;
st564:
	p += 1;
case 564:
	switch( (*p) ) {
		case 69u: goto st565;
		case 101u: goto st565;
	}
	goto st0;
st565:
	p += 1;
case 565:
	switch( (*p) ) {
		case 66u: goto st555;
		case 98u: goto st555;
	}
	goto st0;
st566:
	p += 1;
case 566:
	switch( (*p) ) {
		case 65u: goto st567;
		case 85u: goto st568;
		case 97u: goto st567;
		case 117u: goto st568;
	}
	goto st0;
st567:
	p += 1;
case 567:
	switch( (*p) ) {
		case 78u: goto st555;
		case 110u: goto st555;
	}
	goto st0;
st568:
	p += 1;
case 568:
	switch( (*p) ) {
		case 76u: goto st555;
		case 78u: goto st555;
		case 108u: goto st555;
		case 110u: goto st555;
	}
	goto st0;
st569:
	p += 1;
case 569:
	switch( (*p) ) {
		case 65u: goto st570;
		case 97u: goto st570;
	}
	goto st0;
st570:
	p += 1;
case 570:
	switch( (*p) ) {
		case 82u: goto st555;
		case 89u: goto st555;
		case 114u: goto st555;
		case 121u: goto st555;
	}
	goto st0;
st571:
	p += 1;
case 571:
	switch( (*p) ) {
		case 79u: goto st572;
		case 111u: goto st572;
	}
	goto st0;
st572:
	p += 1;
case 572:
	switch( (*p) ) {
		case 86u: goto st555;
		case 118u: goto st555;
	}
	goto st0;
st573:
	p += 1;
case 573:
	switch( (*p) ) {
		case 67u: goto st574;
		case 99u: goto st574;
	}
	goto st0;
st574:
	p += 1;
case 574:
	switch( (*p) ) {
		case 84u: goto st555;
		case 116u: goto st555;
	}
	goto st0;
st575:
	p += 1;
case 575:
	switch( (*p) ) {
		case 69u: goto st576;
		case 101u: goto st576;
	}
	goto st0;
st576:
	p += 1;
case 576:
	switch( (*p) ) {
		case 80u: goto st555;
		case 112u: goto st555;
	}
	goto st0;
st577:
	p += 1;
case 577:
	if ( (*p) == 45u )
		goto st552;
	goto st0;
st578:
	p += 1;
case 578:
	if ( (*p) == 45u )
		goto st579;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st603;
	goto st0;
st579:
	p += 1;
case 579:
	switch( (*p) ) {
		case 65u: goto st580;
		case 68u: goto st588;
		case 70u: goto st590;
		case 74u: goto st592;
		case 77u: goto st595;
		case 78u: goto st597;
		case 79u: goto st599;
		case 83u: goto st601;
		case 97u: goto st580;
		case 100u: goto st588;
		case 102u: goto st590;
		case 106u: goto st592;
		case 109u: goto st595;
		case 110u: goto st597;
		case 111u: goto st599;
		case 115u: goto st601;
	}
	goto st0;
st580:
	p += 1;
case 580:
	switch( (*p) ) {
		case 80u: goto st581;
		case 85u: goto st587;
		case 112u: goto st581;
		case 117u: goto st587;
	}
	goto st0;
st581:
	p += 1;
case 581:
	switch( (*p) ) {
		case 82u: goto st582;
		case 114u: goto st582;
	}
	goto st0;
st582:
	p += 1;
case 582:
	if ( (*p) == 45u )
		goto st583;
	goto st0;
st583:
	p += 1;
case 583:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st584;
	goto st0;
st584:
	p += 1;
case 584:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st585;
	goto st0;
st585:
	p += 1;
case 585:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st586;
	goto st0;
st586:
	p += 1;
case 586:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st515;
	goto st0;
st587:
	p += 1;
case 587:
	switch( (*p) ) {
		case 71u: goto st582;
		case 103u: goto st582;
	}
	goto st0;
st588:
	p += 1;
case 588:
	switch( (*p) ) {
		case 69u: goto st589;
		case 101u: goto st589;
	}
	goto st0;
st589:
	p += 1;
case 589:
	switch( (*p) ) {
		case 67u: goto st582;
		case 99u: goto st582;
	}
	goto st0;
st590:
	p += 1;
case 590:
	switch( (*p) ) {
		case 69u: goto st591;
		case 101u: goto st591;
	}
	goto st0;
st591:
	p += 1;
case 591:
	switch( (*p) ) {
		case 66u: goto st582;
		case 98u: goto st582;
	}
	goto st0;
st592:
	p += 1;
case 592:
	switch( (*p) ) {
		case 65u: goto st593;
		case 85u: goto st594;
		case 97u: goto st593;
		case 117u: goto st594;
	}
	goto st0;
st593:
	p += 1;
case 593:
	switch( (*p) ) {
		case 78u: goto st582;
		case 110u: goto st582;
	}
	goto st0;
st594:
	p += 1;
case 594:
	switch( (*p) ) {
		case 76u: goto st582;
		case 78u: goto st582;
		case 108u: goto st582;
		case 110u: goto st582;
	}
	goto st0;
st595:
	p += 1;
case 595:
	switch( (*p) ) {
		case 65u: goto st596;
		case 97u: goto st596;
	}
	goto st0;
st596:
	p += 1;
case 596:
	switch( (*p) ) {
		case 82u: goto st582;
		case 89u: goto st582;
		case 114u: goto st582;
		case 121u: goto st582;
	}
	goto st0;
st597:
	p += 1;
case 597:
	switch( (*p) ) {
		case 79u: goto st598;
		case 111u: goto st598;
	}
	goto st0;
st598:
	p += 1;
case 598:
	switch( (*p) ) {
		case 86u: goto st582;
		case 118u: goto st582;
	}
	goto st0;
st599:
	p += 1;
case 599:
	switch( (*p) ) {
		case 67u: goto st600;
		case 99u: goto st600;
	}
	goto st0;
st600:
	p += 1;
case 600:
	switch( (*p) ) {
		case 84u: goto st582;
		case 116u: goto st582;
	}
	goto st0;
st601:
	p += 1;
case 601:
	switch( (*p) ) {
		case 69u: goto st602;
		case 101u: goto st602;
	}
	goto st0;
st602:
	p += 1;
case 602:
	switch( (*p) ) {
		case 80u: goto st582;
		case 112u: goto st582;
	}
	goto st0;
st603:
	p += 1;
case 603:
	if ( (*p) == 45u )
		goto st579;
	goto st0;
st604:
	p += 1;
case 604:
	switch( (*p) ) {
		case 68u: goto st605;
		case 100u: goto st605;
	}
	goto st0;
st605:
	p += 1;
case 605:
	switch( (*p) ) {
		case 89u: goto st532;
		case 121u: goto st532;
	}
	goto st0;
tr555:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st606;
st606:
	p += 1;
case 606:
	switch( (*p) ) {
		case 69u: goto st607;
		case 82u: goto st610;
		case 101u: goto st607;
		case 114u: goto st610;
	}
	goto st0;
st607:
	p += 1;
case 607:
	switch( (*p) ) {
		case 76u: goto st608;
		case 108u: goto st608;
	}
	goto st0;
st608:
	p += 1;
case 608:
	switch( (*p) ) {
		case 69u: goto st609;
		case 101u: goto st609;
	}
	goto st0;
st609:
	p += 1;
case 609:
	switch( (*p) ) {
		case 84u: goto st528;
		case 116u: goto st528;
	}
	goto st0;
st610:
	p += 1;
case 610:
	switch( (*p) ) {
		case 65u: goto st611;
		case 97u: goto st611;
	}
	goto st0;
st611:
	p += 1;
case 611:
	switch( (*p) ) {
		case 70u: goto st612;
		case 102u: goto st612;
	}
	goto st0;
st612:
	p += 1;
case 612:
	switch( (*p) ) {
		case 84u: goto st515;
		case 116u: goto st515;
	}
	goto st0;
tr556:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st613;
st613:
	p += 1;
case 613:
	switch( (*p) ) {
		case 77u: goto st614;
		case 109u: goto st614;
	}
	goto st0;
st614:
	p += 1;
case 614:
	switch( (*p) ) {
		case 65u: goto st615;
		case 97u: goto st615;
	}
	goto st0;
st615:
	p += 1;
case 615:
	switch( (*p) ) {
		case 73u: goto st616;
		case 105u: goto st616;
	}
	goto st0;
st616:
	p += 1;
case 616:
	switch( (*p) ) {
		case 76u: goto st617;
		case 108u: goto st617;
	}
	goto st0;
st617:
	p += 1;
case 617:
	switch( (*p) ) {
		case 73u: goto st618;
		case 105u: goto st618;
	}
	goto st0;
st618:
	p += 1;
case 618:
	switch( (*p) ) {
		case 68u: goto st619;
		case 100u: goto st619;
	}
	goto st0;
st619:
	p += 1;
case 619:
	if ( (*p) == 32u )
		goto st620;
	goto st0;
st620:
	p += 1;
case 620:
	switch( (*p) ) {
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
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
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st782;
		case 95u: goto st782;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st782;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st782;
	} else
		goto st782;
	goto st0;
st782:
	p += 1;
case 782:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st783;
		case 95u: goto st783;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st783;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st783;
	} else
		goto st783;
	goto st0;
st783:
	p += 1;
case 783:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st784;
		case 95u: goto st784;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st784;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st784;
	} else
		goto st784;
	goto st0;
st784:
	p += 1;
case 784:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st785;
		case 95u: goto st785;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st785;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st785;
	} else
		goto st785;
	goto st0;
st785:
	p += 1;
case 785:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st786;
		case 95u: goto st786;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st786;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st786;
	} else
		goto st786;
	goto st0;
st786:
	p += 1;
case 786:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st787;
		case 95u: goto st787;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st787;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st787;
	} else
		goto st787;
	goto st0;
st787:
	p += 1;
case 787:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st788;
		case 95u: goto st788;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st788;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st788;
	} else
		goto st788;
	goto st0;
st788:
	p += 1;
case 788:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st789;
		case 95u: goto st789;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st789;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st789;
	} else
		goto st789;
	goto st0;
st789:
	p += 1;
case 789:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st790;
		case 95u: goto st790;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st790;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st790;
	} else
		goto st790;
	goto st0;
st790:
	p += 1;
case 790:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st791;
		case 95u: goto st791;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st791;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st791;
	} else
		goto st791;
	goto st0;
st791:
	p += 1;
case 791:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st792;
		case 95u: goto st792;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st792;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st792;
	} else
		goto st792;
	goto st0;
st792:
	p += 1;
case 792:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st793;
		case 95u: goto st793;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st793;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st793;
	} else
		goto st793;
	goto st0;
st793:
	p += 1;
case 793:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st794;
		case 95u: goto st794;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st794;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st794;
	} else
		goto st794;
	goto st0;
st794:
	p += 1;
case 794:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st795;
		case 95u: goto st795;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st795;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st795;
	} else
		goto st795;
	goto st0;
st795:
	p += 1;
case 795:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st796;
		case 95u: goto st796;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st796;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st796;
	} else
		goto st796;
	goto st0;
st796:
	p += 1;
case 796:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st797;
		case 95u: goto st797;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st797;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st797;
	} else
		goto st797;
	goto st0;
st797:
	p += 1;
case 797:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st798;
		case 95u: goto st798;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st798;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st798;
	} else
		goto st798;
	goto st0;
st798:
	p += 1;
case 798:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st799;
		case 95u: goto st799;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st799;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st799;
	} else
		goto st799;
	goto st0;
st799:
	p += 1;
case 799:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st800;
		case 95u: goto st800;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st800;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st800;
	} else
		goto st800;
	goto st0;
st800:
	p += 1;
case 800:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st801;
		case 95u: goto st801;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st801;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st801;
	} else
		goto st801;
	goto st0;
st801:
	p += 1;
case 801:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st802;
		case 95u: goto st802;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st802;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st802;
	} else
		goto st802;
	goto st0;
st802:
	p += 1;
case 802:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st803;
		case 95u: goto st803;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st803;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st803;
	} else
		goto st803;
	goto st0;
st803:
	p += 1;
case 803:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st804;
		case 95u: goto st804;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st804;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st804;
	} else
		goto st804;
	goto st0;
st804:
	p += 1;
case 804:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st805;
		case 95u: goto st805;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st805;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st805;
	} else
		goto st805;
	goto st0;
st805:
	p += 1;
case 805:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st806;
		case 95u: goto st806;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st806;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st806;
	} else
		goto st806;
	goto st0;
st806:
	p += 1;
case 806:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st807;
		case 95u: goto st807;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st807;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st807;
	} else
		goto st807;
	goto st0;
st807:
	p += 1;
case 807:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st808;
		case 95u: goto st808;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st808;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st808;
	} else
		goto st808;
	goto st0;
st808:
	p += 1;
case 808:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st809;
		case 95u: goto st809;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st809;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st809;
	} else
		goto st809;
	goto st0;
st809:
	p += 1;
case 809:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st810;
		case 95u: goto st810;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st810;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st810;
	} else
		goto st810;
	goto st0;
st810:
	p += 1;
case 810:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st811;
		case 95u: goto st811;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st811;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st811;
	} else
		goto st811;
	goto st0;
st811:
	p += 1;
case 811:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st812;
		case 95u: goto st812;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st812;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st812;
	} else
		goto st812;
	goto st0;
st812:
	p += 1;
case 812:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st813;
		case 95u: goto st813;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st813;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st813;
	} else
		goto st813;
	goto st0;
st813:
	p += 1;
case 813:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st814;
		case 95u: goto st814;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st814;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st814;
	} else
		goto st814;
	goto st0;
st814:
	p += 1;
case 814:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st815;
		case 95u: goto st815;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st815;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st815;
	} else
		goto st815;
	goto st0;
st815:
	p += 1;
case 815:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st816;
		case 95u: goto st816;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st816;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st816;
	} else
		goto st816;
	goto st0;
st816:
	p += 1;
case 816:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st817;
		case 95u: goto st817;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st817;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st817;
	} else
		goto st817;
	goto st0;
st817:
	p += 1;
case 817:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st818;
		case 95u: goto st818;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st818;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st818;
	} else
		goto st818;
	goto st0;
st818:
	p += 1;
case 818:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st819;
		case 95u: goto st819;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st819;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st819;
	} else
		goto st819;
	goto st0;
st819:
	p += 1;
case 819:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st820;
		case 95u: goto st820;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st820;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st820;
	} else
		goto st820;
	goto st0;
st820:
	p += 1;
case 820:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st821;
		case 95u: goto st821;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st821;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st821;
	} else
		goto st821;
	goto st0;
st821:
	p += 1;
case 821:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st822;
		case 95u: goto st822;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st822;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st822;
	} else
		goto st822;
	goto st0;
st822:
	p += 1;
case 822:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st823;
		case 95u: goto st823;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st823;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st823;
	} else
		goto st823;
	goto st0;
st823:
	p += 1;
case 823:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st824;
		case 95u: goto st824;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st824;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st824;
	} else
		goto st824;
	goto st0;
st824:
	p += 1;
case 824:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st825;
		case 95u: goto st825;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st825;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st825;
	} else
		goto st825;
	goto st0;
st825:
	p += 1;
case 825:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st826;
		case 95u: goto st826;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st826;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st826;
	} else
		goto st826;
	goto st0;
st826:
	p += 1;
case 826:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st827;
		case 95u: goto st827;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st827;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st827;
	} else
		goto st827;
	goto st0;
st827:
	p += 1;
case 827:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st828;
		case 95u: goto st828;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st828;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st828;
	} else
		goto st828;
	goto st0;
st828:
	p += 1;
case 828:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st829;
		case 95u: goto st829;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st829;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st829;
	} else
		goto st829;
	goto st0;
st829:
	p += 1;
case 829:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st830;
		case 95u: goto st830;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st830;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st830;
	} else
		goto st830;
	goto st0;
st830:
	p += 1;
case 830:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st831;
		case 95u: goto st831;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st831;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st831;
	} else
		goto st831;
	goto st0;
st831:
	p += 1;
case 831:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st832;
		case 95u: goto st832;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st832;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st832;
	} else
		goto st832;
	goto st0;
st832:
	p += 1;
case 832:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st833;
		case 95u: goto st833;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st833;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st833;
	} else
		goto st833;
	goto st0;
st833:
	p += 1;
case 833:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st834;
		case 95u: goto st834;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st834;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st834;
	} else
		goto st834;
	goto st0;
st834:
	p += 1;
case 834:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st835;
		case 95u: goto st835;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st835;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st835;
	} else
		goto st835;
	goto st0;
st835:
	p += 1;
case 835:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st836;
		case 95u: goto st836;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st836;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st836;
	} else
		goto st836;
	goto st0;
st836:
	p += 1;
case 836:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st837;
		case 95u: goto st837;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st837;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st837;
	} else
		goto st837;
	goto st0;
st837:
	p += 1;
case 837:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st838;
		case 95u: goto st838;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st838;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st838;
	} else
		goto st838;
	goto st0;
st838:
	p += 1;
case 838:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st839;
		case 95u: goto st839;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st839;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st839;
	} else
		goto st839;
	goto st0;
st839:
	p += 1;
case 839:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st840;
		case 95u: goto st840;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st840;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st840;
	} else
		goto st840;
	goto st0;
st840:
	p += 1;
case 840:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st841;
		case 95u: goto st841;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st841;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st841;
	} else
		goto st841;
	goto st0;
st841:
	p += 1;
case 841:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st842;
		case 95u: goto st842;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st842;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st842;
	} else
		goto st842;
	goto st0;
st842:
	p += 1;
case 842:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st843;
		case 95u: goto st843;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st843;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st843;
	} else
		goto st843;
	goto st0;
st843:
	p += 1;
case 843:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st844;
		case 95u: goto st844;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st844;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st844;
	} else
		goto st844;
	goto st0;
st844:
	p += 1;
case 844:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st845;
		case 95u: goto st845;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st845;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st845;
	} else
		goto st845;
	goto st0;
st845:
	p += 1;
case 845:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st846;
		case 95u: goto st846;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st846;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st846;
	} else
		goto st846;
	goto st0;
st846:
	p += 1;
case 846:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st847;
		case 95u: goto st847;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st847;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st847;
	} else
		goto st847;
	goto st0;
st847:
	p += 1;
case 847:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st848;
		case 95u: goto st848;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st848;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st848;
	} else
		goto st848;
	goto st0;
st848:
	p += 1;
case 848:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st849;
		case 95u: goto st849;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st849;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st849;
	} else
		goto st849;
	goto st0;
st849:
	p += 1;
case 849:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st850;
		case 95u: goto st850;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st850;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st850;
	} else
		goto st850;
	goto st0;
st850:
	p += 1;
case 850:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st851;
		case 95u: goto st851;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st851;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st851;
	} else
		goto st851;
	goto st0;
st851:
	p += 1;
case 851:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st852;
		case 95u: goto st852;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st852;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st852;
	} else
		goto st852;
	goto st0;
st852:
	p += 1;
case 852:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st853;
		case 95u: goto st853;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st853;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st853;
	} else
		goto st853;
	goto st0;
st853:
	p += 1;
case 853:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st854;
		case 95u: goto st854;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st854;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st854;
	} else
		goto st854;
	goto st0;
st854:
	p += 1;
case 854:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st855;
		case 95u: goto st855;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st855;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st855;
	} else
		goto st855;
	goto st0;
st855:
	p += 1;
case 855:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st856;
		case 95u: goto st856;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st856;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st856;
	} else
		goto st856;
	goto st0;
st856:
	p += 1;
case 856:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st857;
		case 95u: goto st857;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st857;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st857;
	} else
		goto st857;
	goto st0;
st857:
	p += 1;
case 857:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st858;
		case 95u: goto st858;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st858;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st858;
	} else
		goto st858;
	goto st0;
st858:
	p += 1;
case 858:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st859;
		case 95u: goto st859;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st859;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st859;
	} else
		goto st859;
	goto st0;
st859:
	p += 1;
case 859:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st860;
		case 95u: goto st860;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st860;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st860;
	} else
		goto st860;
	goto st0;
st860:
	p += 1;
case 860:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st861;
		case 95u: goto st861;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st861;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st861;
	} else
		goto st861;
	goto st0;
st861:
	p += 1;
case 861:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st862;
		case 95u: goto st862;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st862;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st862;
	} else
		goto st862;
	goto st0;
st862:
	p += 1;
case 862:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st863;
		case 95u: goto st863;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st863;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st863;
	} else
		goto st863;
	goto st0;
st863:
	p += 1;
case 863:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st864;
		case 95u: goto st864;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st864;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st864;
	} else
		goto st864;
	goto st0;
st864:
	p += 1;
case 864:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st865;
		case 95u: goto st865;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st865;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st865;
	} else
		goto st865;
	goto st0;
st865:
	p += 1;
case 865:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st866;
		case 95u: goto st866;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st866;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st866;
	} else
		goto st866;
	goto st0;
st866:
	p += 1;
case 866:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st867;
		case 95u: goto st867;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st867;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st867;
	} else
		goto st867;
	goto st0;
st867:
	p += 1;
case 867:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st868;
		case 95u: goto st868;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st868;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st868;
	} else
		goto st868;
	goto st0;
st868:
	p += 1;
case 868:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st869;
		case 95u: goto st869;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st869;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st869;
	} else
		goto st869;
	goto st0;
st869:
	p += 1;
case 869:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st870;
		case 95u: goto st870;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st870;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st870;
	} else
		goto st870;
	goto st0;
st870:
	p += 1;
case 870:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st871;
		case 95u: goto st871;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st871;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st871;
	} else
		goto st871;
	goto st0;
st871:
	p += 1;
case 871:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st872;
		case 95u: goto st872;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st872;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st872;
	} else
		goto st872;
	goto st0;
st872:
	p += 1;
case 872:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st873;
		case 95u: goto st873;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st873;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st873;
	} else
		goto st873;
	goto st0;
st873:
	p += 1;
case 873:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st874;
		case 95u: goto st874;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st874;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st874;
	} else
		goto st874;
	goto st0;
st874:
	p += 1;
case 874:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 45u: goto st515;
		case 95u: goto st515;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st515;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st515;
	} else
		goto st515;
	goto st0;
tr557:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st875;
st875:
	p += 1;
case 875:
	switch( (*p) ) {
		case 76u: goto st876;
		case 82u: goto st879;
		case 108u: goto st876;
		case 114u: goto st879;
	}
	goto st0;
st876:
	p += 1;
case 876:
	switch( (*p) ) {
		case 65u: goto st877;
		case 97u: goto st877;
	}
	goto st0;
st877:
	p += 1;
case 877:
	switch( (*p) ) {
		case 71u: goto st878;
		case 103u: goto st878;
	}
	goto st0;
st878:
	p += 1;
case 878:
	switch( (*p) ) {
		case 71u: goto st528;
		case 103u: goto st528;
	}
	goto st0;
st879:
	p += 1;
case 879:
	switch( (*p) ) {
		case 79u: goto st880;
		case 111u: goto st880;
	}
	goto st0;
st880:
	p += 1;
case 880:
	switch( (*p) ) {
		case 77u: goto st532;
		case 109u: goto st532;
	}
	goto st0;
tr558:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st881;
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
		case 65u: goto st883;
		case 97u: goto st883;
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
		case 69u: goto st885;
		case 101u: goto st885;
	}
	goto st0;
st885:
	p += 1;
case 885:
	switch( (*p) ) {
		case 82u: goto st886;
		case 114u: goto st886;
	}
	goto st0;
st886:
	p += 1;
case 886:
	if ( (*p) == 32u )
		goto st887;
	goto st0;
st887:
	p += 1;
case 887:
	switch( (*p) ) {
		case 34u: goto tr947;
		case 123u: goto tr948;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr946;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr946;
		} else if ( (*p) >= 43u )
			goto tr946;
	} else
		goto tr946;
	goto st0;
tr950:
	{ {p = (( IMW_SKIP_TO(888)))-1;} }
	goto st888;
tr946:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(888)))-1;} }
	goto st888;
st888:
	p += 1;
case 888:
	switch( (*p) ) {
		case 32u: goto tr949;
		case 33u: goto tr950;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr950;
		} else if ( (*p) >= 35u )
			goto tr950;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr950;
		} else if ( (*p) >= 93u )
			goto tr950;
	} else
		goto tr950;
	goto st0;
tr951:
	{ {p = (( IMW_SKIP_TO(889)))-1;} }
	goto st889;
tr947:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(889)))-1;} }
	goto st889;
st889:
	p += 1;
case 889:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr952;
		case 92u: goto tr953;
	}
	goto tr951;
tr952:
	{ {p = (( IMW_SKIP_TO(890)))-1;} }
	goto st890;
st890:
	p += 1;
case 890:
	if ( (*p) == 32u )
		goto tr949;
	goto st0;
tr953:
	{ {p = (( IMW_SKIP_TO(891)))-1;} }
	goto st891;
st891:
	p += 1;
case 891:
	switch( (*p) ) {
		case 34u: goto tr951;
		case 92u: goto tr951;
	}
	goto st0;
tr948:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(892)))-1;} }
	goto st892;
st892:
	p += 1;
case 892:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr954;
	goto st0;
tr956:
	{ {p = (( IMW_SKIP_TO(893)))-1;} }
	goto st893;
tr954:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(893)))-1;} }
	goto st893;
st893:
	p += 1;
case 893:
	switch( (*p) ) {
		case 43u: goto tr955;
		case 125u: goto tr957;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr956;
	goto st0;
tr955:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(894)))-1;} }
	goto st894;
st894:
	p += 1;
case 894:
	if ( (*p) == 125u )
		goto tr958;
	goto st0;
tr958:
	{ {p = (( IMW_SKIP_TO(895)))-1;} }
	goto st895;
tr957:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(895)))-1;} }
	goto st895;
st895:
	p += 1;
case 895:
	if ( (*p) == 13u )
		goto tr959;
	goto st0;
tr959:
	{ {p = (( IMW_SKIP_TO(896)))-1;} }
	goto st896;
st896:
	p += 1;
case 896:
	if ( (*p) == 10u )
		goto tr960;
	goto st0;
tr960:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(897)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 897; goto _out;} }
	goto st897;
st897:
	p += 1;
case 897:
	if ( (*p) == 32u )
		goto tr961;
	goto st0;
tr559:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st898;
st898:
	p += 1;
case 898:
	switch( (*p) ) {
		case 69u: goto st899;
		case 101u: goto st899;
	}
	goto st0;
st899:
	p += 1;
case 899:
	switch( (*p) ) {
		case 89u: goto st900;
		case 121u: goto st900;
	}
	goto st0;
st900:
	p += 1;
case 900:
	switch( (*p) ) {
		case 87u: goto st901;
		case 119u: goto st901;
	}
	goto st0;
st901:
	p += 1;
case 901:
	switch( (*p) ) {
		case 79u: goto st902;
		case 111u: goto st902;
	}
	goto st0;
st902:
	p += 1;
case 902:
	switch( (*p) ) {
		case 82u: goto st903;
		case 114u: goto st903;
	}
	goto st0;
st903:
	p += 1;
case 903:
	switch( (*p) ) {
		case 68u: goto st904;
		case 100u: goto st904;
	}
	goto st0;
st904:
	p += 1;
case 904:
	if ( (*p) == 32u )
		goto st905;
	goto st0;
st905:
	p += 1;
case 905:
	if ( (*p) == 33u )
		goto tr969;
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr969;
		} else if ( (*p) >= 35u )
			goto tr969;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr969;
		} else if ( (*p) >= 94u )
			goto tr969;
	} else
		goto tr969;
	goto st0;
tr969:
	{ {p = (( IMW_SKIP_TO(906)))-1;} }
	goto st906;
st906:
	p += 1;
case 906:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 33u: goto tr969;
		case 41u: goto tr573;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr969;
		} else if ( (*p) >= 35u )
			goto tr969;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr969;
		} else if ( (*p) >= 94u )
			goto tr969;
	} else
		goto tr969;
	goto st0;
tr560:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st907;
st907:
	p += 1;
case 907:
	switch( (*p) ) {
		case 65u: goto st908;
		case 97u: goto st908;
	}
	goto st0;
st908:
	p += 1;
case 908:
	switch( (*p) ) {
		case 82u: goto st909;
		case 114u: goto st909;
	}
	goto st0;
st909:
	p += 1;
case 909:
	switch( (*p) ) {
		case 71u: goto st910;
		case 103u: goto st910;
	}
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
		case 82u: goto st912;
		case 114u: goto st912;
	}
	goto st0;
st912:
	p += 1;
case 912:
	if ( (*p) == 32u )
		goto st913;
	goto st0;
st913:
	p += 1;
case 913:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr976;
	goto st0;
tr978:
	{ {p = (( IMW_SKIP_TO(914)))-1;} }
	goto st914;
tr976:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(914)))-1;} }
	goto st914;
st914:
	p += 1;
case 914:
	switch( (*p) ) {
		case 13u: goto tr977;
		case 32u: goto tr977;
		case 41u: goto tr977;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr978;
	goto st0;
tr561:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st915;
st915:
	p += 1;
case 915:
	switch( (*p) ) {
		case 79u: goto st916;
		case 111u: goto st916;
	}
	goto st0;
st916:
	p += 1;
case 916:
	switch( (*p) ) {
		case 68u: goto st917;
		case 100u: goto st917;
	}
	goto st0;
st917:
	p += 1;
case 917:
	switch( (*p) ) {
		case 83u: goto st918;
		case 115u: goto st918;
	}
	goto st0;
st918:
	p += 1;
case 918:
	switch( (*p) ) {
		case 69u: goto st919;
		case 101u: goto st919;
	}
	goto st0;
st919:
	p += 1;
case 919:
	switch( (*p) ) {
		case 81u: goto st920;
		case 113u: goto st920;
	}
	goto st0;
st920:
	p += 1;
case 920:
	if ( (*p) == 32u )
		goto st921;
	goto st0;
st921:
	p += 1;
case 921:
	if ( (*p) == 34u )
		goto st922;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr986;
	goto st0;
st922:
	p += 1;
case 922:
	if ( (*p) == 47u )
		goto st923;
	goto st0;
st923:
	p += 1;
case 923:
	switch( (*p) ) {
		case 70u: goto st924;
		case 102u: goto st924;
	}
	goto st0;
st924:
	p += 1;
case 924:
	switch( (*p) ) {
		case 76u: goto st925;
		case 108u: goto st925;
	}
	goto st0;
st925:
	p += 1;
case 925:
	switch( (*p) ) {
		case 65u: goto st926;
		case 97u: goto st926;
	}
	goto st0;
st926:
	p += 1;
case 926:
	switch( (*p) ) {
		case 71u: goto st927;
		case 103u: goto st927;
	}
	goto st0;
st927:
	p += 1;
case 927:
	switch( (*p) ) {
		case 83u: goto st928;
		case 115u: goto st928;
	}
	goto st0;
st928:
	p += 1;
case 928:
	if ( (*p) == 47u )
		goto st929;
	goto st0;
st929:
	p += 1;
case 929:
	switch( (*p) ) {
		case 33u: goto tr994;
		case 92u: goto st946;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr994;
		} else if ( (*p) >= 35u )
			goto tr994;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr994;
		} else if ( (*p) >= 94u )
			goto tr994;
	} else
		goto tr994;
	goto st0;
tr994:
	{ {p = (( IMW_SKIP_TO(930)))-1;} }
	goto st930;
st930:
	p += 1;
case 930:
	if ( (*p) == 34u )
		goto st931;
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr994;
		} else if ( (*p) >= 33u )
			goto tr994;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr994;
		} else if ( (*p) >= 94u )
			goto tr994;
	} else
		goto tr994;
	goto st0;
st931:
	p += 1;
case 931:
	if ( (*p) == 32u )
		goto st932;
	goto st0;
st932:
	p += 1;
case 932:
	switch( (*p) ) {
		case 65u: goto st933;
		case 80u: goto st938;
		case 83u: goto st941;
		case 97u: goto st933;
		case 112u: goto st938;
		case 115u: goto st941;
	}
	goto st0;
st933:
	p += 1;
case 933:
	switch( (*p) ) {
		case 76u: goto st934;
		case 108u: goto st934;
	}
	goto st0;
st934:
	p += 1;
case 934:
	switch( (*p) ) {
		case 76u: goto st935;
		case 108u: goto st935;
	}
	goto st0;
st935:
	p += 1;
case 935:
	if ( (*p) == 32u )
		goto st936;
	goto st0;
st936:
	p += 1;
case 936:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr986;
	goto st0;
tr986:
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st937;
st937:
	p += 1;
case 937:
	switch( (*p) ) {
		case 13u: goto tr1004;
		case 32u: goto tr1004;
		case 41u: goto tr1004;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st937;
	goto st0;
st938:
	p += 1;
case 938:
	switch( (*p) ) {
		case 82u: goto st939;
		case 114u: goto st939;
	}
	goto st0;
st939:
	p += 1;
case 939:
	switch( (*p) ) {
		case 73u: goto st940;
		case 105u: goto st940;
	}
	goto st0;
st940:
	p += 1;
case 940:
	switch( (*p) ) {
		case 86u: goto st935;
		case 118u: goto st935;
	}
	goto st0;
st941:
	p += 1;
case 941:
	switch( (*p) ) {
		case 72u: goto st942;
		case 104u: goto st942;
	}
	goto st0;
st942:
	p += 1;
case 942:
	switch( (*p) ) {
		case 65u: goto st943;
		case 97u: goto st943;
	}
	goto st0;
st943:
	p += 1;
case 943:
	switch( (*p) ) {
		case 82u: goto st944;
		case 114u: goto st944;
	}
	goto st0;
st944:
	p += 1;
case 944:
	switch( (*p) ) {
		case 69u: goto st945;
		case 101u: goto st945;
	}
	goto st0;
st945:
	p += 1;
case 945:
	switch( (*p) ) {
		case 68u: goto st935;
		case 100u: goto st935;
	}
	goto st0;
st946:
	p += 1;
case 946:
	if ( (*p) == 92u )
		goto st947;
	goto st0;
st947:
	p += 1;
case 947:
	if ( (*p) == 33u )
		goto tr994;
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr994;
		} else if ( (*p) >= 35u )
			goto tr994;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr994;
		} else if ( (*p) >= 94u )
			goto tr994;
	} else
		goto tr994;
	goto st0;
tr562:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st948;
st948:
	p += 1;
case 948:
	switch( (*p) ) {
		case 69u: goto st949;
		case 79u: goto st950;
		case 101u: goto st949;
		case 111u: goto st950;
	}
	goto st0;
st949:
	p += 1;
case 949:
	switch( (*p) ) {
		case 87u: goto st515;
		case 119u: goto st515;
	}
	goto st0;
st950:
	p += 1;
case 950:
	switch( (*p) ) {
		case 84u: goto st951;
		case 116u: goto st951;
	}
	goto st0;
tr1028:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_SEARCH_KEY)) {p++; cs = 951; goto _out;} {( imw_stack)[( imw_top)++] = 951;goto st511;} }
	goto st951;
st951:
	p += 1;
case 951:
	if ( (*p) == 32u )
		goto st952;
	goto st0;
st952:
	p += 1;
case 952:
	switch( (*p) ) {
		case 36u: goto tr1017;
		case 40u: goto tr1017;
		case 42u: goto tr1017;
		case 72u: goto tr1017;
		case 89u: goto tr1017;
		case 104u: goto tr1017;
		case 121u: goto tr1017;
	}
	if ( (*p) < 82u ) {
		if ( (*p) < 65u ) {
			if ( 49u <= (*p) && (*p) <= 57u )
				goto tr1017;
		} else if ( (*p) > 70u ) {
			if ( 75u <= (*p) && (*p) <= 79u )
				goto tr1017;
		} else
			goto tr1017;
	} else if ( (*p) > 85u ) {
		if ( (*p) < 107u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr1017;
		} else if ( (*p) > 111u ) {
			if ( 114u <= (*p) && (*p) <= 117u )
				goto tr1017;
		} else
			goto tr1017;
	} else
		goto tr1017;
	goto st0;
tr563:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st953;
st953:
	p += 1;
case 953:
	switch( (*p) ) {
		case 76u: goto st954;
		case 78u: goto st548;
		case 82u: goto st960;
		case 108u: goto st954;
		case 110u: goto st548;
		case 114u: goto st960;
	}
	goto st0;
st954:
	p += 1;
case 954:
	switch( (*p) ) {
		case 68u: goto st955;
		case 100u: goto st955;
	}
	goto st0;
st955:
	p += 1;
case 955:
	switch( (*p) ) {
		case 13u: goto tr573;
		case 32u: goto tr573;
		case 41u: goto tr573;
		case 69u: goto st956;
		case 101u: goto st956;
	}
	goto st0;
st956:
	p += 1;
case 956:
	switch( (*p) ) {
		case 82u: goto st957;
		case 114u: goto st957;
	}
	goto st0;
st957:
	p += 1;
case 957:
	if ( (*p) == 32u )
		goto st958;
	goto st0;
st958:
	p += 1;
case 958:
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1024;
	goto st0;
tr1026:
	{ {p = (( IMW_SKIP_TO(959)))-1;} }
	goto st959;
tr1024:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(959)))-1;} }
	goto st959;
st959:
	p += 1;
case 959:
	switch( (*p) ) {
		case 13u: goto tr1025;
		case 32u: goto tr1025;
		case 41u: goto tr1025;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1026;
	goto st0;
st960:
	p += 1;
case 960:
	if ( (*p) == 32u )
		goto st961;
	goto st0;
st961:
	p += 1;
case 961:
	switch( (*p) ) {
		case 36u: goto tr1028;
		case 40u: goto tr1028;
		case 42u: goto tr1028;
		case 72u: goto tr1028;
		case 89u: goto tr1028;
		case 104u: goto tr1028;
		case 121u: goto tr1028;
	}
	if ( (*p) < 82u ) {
		if ( (*p) < 65u ) {
			if ( 49u <= (*p) && (*p) <= 57u )
				goto tr1028;
		} else if ( (*p) > 70u ) {
			if ( 75u <= (*p) && (*p) <= 79u )
				goto tr1028;
		} else
			goto tr1028;
	} else if ( (*p) > 85u ) {
		if ( (*p) < 107u ) {
			if ( 97u <= (*p) && (*p) <= 102u )
				goto tr1028;
		} else if ( (*p) > 111u ) {
			if ( 114u <= (*p) && (*p) <= 117u )
				goto tr1028;
		} else
			goto tr1028;
	} else
		goto tr1028;
	goto st0;
tr564:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st962;
st962:
	p += 1;
case 962:
	switch( (*p) ) {
		case 69u: goto st963;
		case 101u: goto st963;
	}
	goto st0;
st963:
	p += 1;
case 963:
	switch( (*p) ) {
		case 67u: goto st964;
		case 99u: goto st964;
	}
	goto st0;
st964:
	p += 1;
case 964:
	switch( (*p) ) {
		case 69u: goto st965;
		case 101u: goto st965;
	}
	goto st0;
st965:
	p += 1;
case 965:
	switch( (*p) ) {
		case 78u: goto st612;
		case 110u: goto st612;
	}
	goto st0;
tr565:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st966;
st966:
	p += 1;
case 966:
	switch( (*p) ) {
		case 65u: goto st967;
		case 69u: goto st984;
		case 73u: goto st982;
		case 77u: goto st988;
		case 85u: goto st991;
		case 97u: goto st967;
		case 101u: goto st984;
		case 105u: goto st982;
		case 109u: goto st988;
		case 117u: goto st991;
	}
	goto st0;
st967:
	p += 1;
case 967:
	switch( (*p) ) {
		case 86u: goto st968;
		case 118u: goto st968;
	}
	goto st0;
st968:
	p += 1;
case 968:
	switch( (*p) ) {
		case 69u: goto st969;
		case 101u: goto st969;
	}
	goto st0;
st969:
	p += 1;
case 969:
	switch( (*p) ) {
		case 68u: goto st970;
		case 100u: goto st970;
	}
	goto st0;
st970:
	p += 1;
case 970:
	switch( (*p) ) {
		case 65u: goto st971;
		case 66u: goto st979;
		case 79u: goto st980;
		case 83u: goto st981;
		case 97u: goto st971;
		case 98u: goto st979;
		case 111u: goto st980;
		case 115u: goto st981;
	}
	goto st0;
st971:
	p += 1;
case 971:
	switch( (*p) ) {
		case 84u: goto st972;
		case 116u: goto st972;
	}
	goto st0;
st972:
	p += 1;
case 972:
	switch( (*p) ) {
		case 69u: goto st973;
		case 101u: goto st973;
	}
	goto st0;
st973:
	p += 1;
case 973:
	switch( (*p) ) {
		case 83u: goto st974;
		case 115u: goto st974;
	}
	goto st0;
st974:
	p += 1;
case 974:
	switch( (*p) ) {
		case 85u: goto st975;
		case 117u: goto st975;
	}
	goto st0;
st975:
	p += 1;
case 975:
	switch( (*p) ) {
		case 80u: goto st976;
		case 112u: goto st976;
	}
	goto st0;
st976:
	p += 1;
case 976:
	switch( (*p) ) {
		case 80u: goto st977;
		case 112u: goto st977;
	}
	goto st0;
st977:
	p += 1;
case 977:
	switch( (*p) ) {
		case 79u: goto st978;
		case 111u: goto st978;
	}
	goto st0;
st978:
	p += 1;
case 978:
	switch( (*p) ) {
		case 82u: goto st609;
		case 114u: goto st609;
	}
	goto st0;
st979:
	p += 1;
case 979:
	switch( (*p) ) {
		case 69u: goto st544;
		case 101u: goto st544;
	}
	goto st0;
st980:
	p += 1;
case 980:
	switch( (*p) ) {
		case 78u: goto st548;
		case 110u: goto st548;
	}
	goto st0;
st981:
	p += 1;
case 981:
	switch( (*p) ) {
		case 73u: goto st982;
		case 105u: goto st982;
	}
	goto st0;
st982:
	p += 1;
case 982:
	switch( (*p) ) {
		case 78u: goto st983;
		case 110u: goto st983;
	}
	goto st0;
st983:
	p += 1;
case 983:
	switch( (*p) ) {
		case 67u: goto st547;
		case 99u: goto st547;
	}
	goto st0;
st984:
	p += 1;
case 984:
	switch( (*p) ) {
		case 69u: goto st985;
		case 78u: goto st986;
		case 101u: goto st985;
		case 110u: goto st986;
	}
	goto st0;
st985:
	p += 1;
case 985:
	switch( (*p) ) {
		case 78u: goto st515;
		case 110u: goto st515;
	}
	goto st0;
st986:
	p += 1;
case 986:
	switch( (*p) ) {
		case 84u: goto st987;
		case 116u: goto st987;
	}
	goto st0;
st987:
	p += 1;
case 987:
	switch( (*p) ) {
		case 66u: goto st979;
		case 79u: goto st980;
		case 83u: goto st981;
		case 98u: goto st979;
		case 111u: goto st980;
		case 115u: goto st981;
	}
	goto st0;
st988:
	p += 1;
case 988:
	switch( (*p) ) {
		case 65u: goto st989;
		case 97u: goto st989;
	}
	goto st0;
st989:
	p += 1;
case 989:
	switch( (*p) ) {
		case 76u: goto st990;
		case 108u: goto st990;
	}
	goto st0;
st990:
	p += 1;
case 990:
	switch( (*p) ) {
		case 76u: goto st910;
		case 108u: goto st910;
	}
	goto st0;
st991:
	p += 1;
case 991:
	switch( (*p) ) {
		case 66u: goto st992;
		case 98u: goto st992;
	}
	goto st0;
st992:
	p += 1;
case 992:
	switch( (*p) ) {
		case 74u: goto st993;
		case 106u: goto st993;
	}
	goto st0;
st993:
	p += 1;
case 993:
	switch( (*p) ) {
		case 69u: goto st994;
		case 101u: goto st994;
	}
	goto st0;
st994:
	p += 1;
case 994:
	switch( (*p) ) {
		case 67u: goto st995;
		case 99u: goto st995;
	}
	goto st0;
st995:
	p += 1;
case 995:
	switch( (*p) ) {
		case 84u: goto st532;
		case 116u: goto st532;
	}
	goto st0;
tr566:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st996;
st996:
	p += 1;
case 996:
	switch( (*p) ) {
		case 69u: goto st997;
		case 72u: goto st998;
		case 79u: goto st532;
		case 101u: goto st997;
		case 104u: goto st998;
		case 111u: goto st532;
	}
	goto st0;
st997:
	p += 1;
case 997:
	switch( (*p) ) {
		case 88u: goto st995;
		case 120u: goto st995;
	}
	goto st0;
st998:
	p += 1;
case 998:
	switch( (*p) ) {
		case 82u: goto st999;
		case 114u: goto st999;
	}
	goto st0;
st999:
	p += 1;
case 999:
	switch( (*p) ) {
		case 69u: goto st1000;
		case 101u: goto st1000;
	}
	goto st0;
st1000:
	p += 1;
case 1000:
	switch( (*p) ) {
		case 65u: goto st1001;
		case 97u: goto st1001;
	}
	goto st0;
st1001:
	p += 1;
case 1001:
	switch( (*p) ) {
		case 68u: goto st617;
		case 100u: goto st617;
	}
	goto st0;
tr567:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st1002;
st1002:
	p += 1;
case 1002:
	switch( (*p) ) {
		case 73u: goto st1003;
		case 78u: goto st1006;
		case 105u: goto st1003;
		case 110u: goto st1006;
	}
	goto st0;
st1003:
	p += 1;
case 1003:
	switch( (*p) ) {
		case 68u: goto st1004;
		case 100u: goto st1004;
	}
	goto st0;
st1004:
	p += 1;
case 1004:
	if ( (*p) == 32u )
		goto st1005;
	goto st0;
st1005:
	p += 1;
case 1005:
	switch( (*p) ) {
		case 36u: goto tr1070;
		case 42u: goto tr1071;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1072;
	goto st0;
st1006:
	p += 1;
case 1006:
	switch( (*p) ) {
		case 65u: goto st1007;
		case 68u: goto st606;
		case 70u: goto st1008;
		case 75u: goto st898;
		case 83u: goto st1009;
		case 97u: goto st1007;
		case 100u: goto st606;
		case 102u: goto st1008;
		case 107u: goto st898;
		case 115u: goto st1009;
	}
	goto st0;
st1007:
	p += 1;
case 1007:
	switch( (*p) ) {
		case 78u: goto st524;
		case 110u: goto st524;
	}
	goto st0;
st1008:
	p += 1;
case 1008:
	switch( (*p) ) {
		case 76u: goto st876;
		case 108u: goto st876;
	}
	goto st0;
st1009:
	p += 1;
case 1009:
	switch( (*p) ) {
		case 69u: goto st1010;
		case 101u: goto st1010;
	}
	goto st0;
st1010:
	p += 1;
case 1010:
	switch( (*p) ) {
		case 69u: goto st985;
		case 101u: goto st985;
	}
	goto st0;
tr568:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_KEY); }
	goto st1011;
st1011:
	p += 1;
case 1011:
	switch( (*p) ) {
		case 79u: goto st1012;
		case 111u: goto st1012;
	}
	goto st0;
st1012:
	p += 1;
case 1012:
	switch( (*p) ) {
		case 85u: goto st1013;
		case 117u: goto st1013;
	}
	goto st0;
st1013:
	p += 1;
case 1013:
	switch( (*p) ) {
		case 78u: goto st1014;
		case 110u: goto st1014;
	}
	goto st0;
st1014:
	p += 1;
case 1014:
	switch( (*p) ) {
		case 71u: goto st1015;
		case 103u: goto st1015;
	}
	goto st0;
st1015:
	p += 1;
case 1015:
	switch( (*p) ) {
		case 69u: goto st956;
		case 101u: goto st956;
	}
	goto st0;
	}

	_out: {}
	}


    (void)imw_search_criteria_error;
    (void)imw_stack;
    return imw_sub_machine_end(run, cs >= imw_search_criteria_first_final, p);
}
