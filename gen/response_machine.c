
/* The response machine: Ragel glue around the definitions that abnf2rl
 * generates from grammar/ (gen/response_grammar.rl).  `make regen` turns
 * this file into gen/response_machine.c.  Actions stay one line: they call
 * into src/run.c. */
#define IMW_STACK_TOP (run->top)
#define IMW_DEPTH ((unsigned)run->top)
#include "machine_glue.h"
#include "response_skip.h"





static const int imw_response_start = 1;
static const int imw_response_first_final = 1112;
static const int imw_response_error = 0;



int imw_response_machine_run(struct imw_run *run)
{
    const unsigned char *p = run->data;
    const unsigned char *pe = p + run->len;
    int cs;
    /* Ragel's eof block (the leaving actions of the rules that end the
     * machine) stays in the output, but without end tests nothing
     * reaches it: imw_lf_guard's fbreak passes it. */
    const unsigned char *eof = pe;

    if (imw_run_refuse_unframed(run)) {
        return run->error;
    }
    
	{
	cs = imw_response_start;
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
		case 6: goto st6;
		case 1112: goto st1112;
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
		case 1113: goto st1113;
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
		case 1114: goto st1114;
		case 1085: goto st1085;
		case 1086: goto st1086;
		case 1087: goto st1087;
		case 1088: goto st1088;
		case 1089: goto st1089;
		case 1090: goto st1090;
		case 1091: goto st1091;
		case 1092: goto st1092;
		case 1115: goto st1115;
		case 1093: goto st1093;
		case 1116: goto st1116;
		case 1094: goto st1094;
		case 1095: goto st1095;
		case 1096: goto st1096;
		case 1117: goto st1117;
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
		case 1118: goto st1118;
		case 1111: goto st1111;
	default: break;
	}

	p += 1;
_resume:
	switch ( cs )
	{
st1:
	p += 1;
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
	{ IMW_NAME_OPEN(IMW_RULE_RESPONSE_TAGGED); }
	{ {p = (( IMW_SKIP_TO(2)))-1;} }
	goto st2;
tr5:
	{ {p = (( IMW_SKIP_TO(2)))-1;} }
	goto st2;
st2:
	p += 1;
case 2:
	switch( (*p) ) {
		case 32u: goto st3;
		case 33u: goto tr5;
	}
	if ( (*p) < 44u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr5;
		} else if ( (*p) >= 35u )
			goto tr5;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr5;
		} else if ( (*p) >= 93u )
			goto tr5;
	} else
		goto tr5;
	goto st0;
st3:
	p += 1;
case 3:
	switch( (*p) ) {
		case 66u: goto st4;
		case 78u: goto st7;
		case 79u: goto st8;
		case 98u: goto st4;
		case 110u: goto st7;
		case 111u: goto st8;
	}
	goto st0;
st4:
	p += 1;
case 4:
	switch( (*p) ) {
		case 65u: goto st5;
		case 97u: goto st5;
	}
	goto st0;
st5:
	p += 1;
case 5:
	switch( (*p) ) {
		case 68u: goto st6;
		case 100u: goto st6;
	}
	goto st0;
st6:
	p += 1;
case 6:
	switch( (*p) ) {
		case 13u: goto tr11;
		case 32u: goto tr11;
	}
	goto st0;
tr11:
	{ { const unsigned char *imw_q = IMW_EXTERN(IMW_RULE_STATUS_TAIL); if (!imw_q) { p--; {p++; cs = 1112; goto _out;} } {p = (( imw_q))-1;} if (imw_q == pe) {p++; cs = 1112; goto _out;} } }
	goto st1112;
st1112:
	p += 1;
case 1112:
	goto st0;
st7:
	p += 1;
case 7:
	switch( (*p) ) {
		case 79u: goto st6;
		case 111u: goto st6;
	}
	goto st0;
st8:
	p += 1;
case 8:
	switch( (*p) ) {
		case 75u: goto st6;
		case 107u: goto st6;
	}
	goto st0;
tr2:
	{ IMW_NAME_OPEN(IMW_RULE_RESPONSE_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_GREETING); }
	goto st9;
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
		case 32u: goto tr13;
		case 48u: goto tr14;
		case 65u: goto tr16;
		case 66u: goto st1082;
		case 67u: goto tr18;
		case 69u: goto tr19;
		case 70u: goto tr20;
		case 73u: goto tr21;
		case 76u: goto tr22;
		case 77u: goto tr23;
		case 78u: goto tr24;
		case 79u: goto st1085;
		case 80u: goto st1086;
		case 81u: goto tr27;
		case 83u: goto tr28;
		case 84u: goto tr29;
		case 86u: goto tr30;
		case 97u: goto tr16;
		case 98u: goto st1082;
		case 99u: goto tr18;
		case 101u: goto tr19;
		case 102u: goto tr20;
		case 105u: goto tr21;
		case 108u: goto tr22;
		case 109u: goto tr23;
		case 110u: goto tr24;
		case 111u: goto st1085;
		case 112u: goto st1086;
		case 113u: goto tr27;
		case 115u: goto tr28;
		case 116u: goto tr29;
		case 118u: goto tr30;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr15;
	goto st0;
tr13:
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_SPACE_AFTER_STAR); }
	goto st11;
st11:
	p += 1;
case 11:
	switch( (*p) ) {
		case 32u: goto st11;
		case 48u: goto tr32;
		case 65u: goto tr34;
		case 66u: goto tr35;
		case 67u: goto tr36;
		case 69u: goto tr37;
		case 70u: goto tr38;
		case 73u: goto tr39;
		case 76u: goto tr40;
		case 77u: goto tr41;
		case 78u: goto tr42;
		case 79u: goto tr43;
		case 81u: goto tr44;
		case 83u: goto tr45;
		case 84u: goto tr46;
		case 86u: goto tr47;
		case 97u: goto tr34;
		case 98u: goto tr35;
		case 99u: goto tr36;
		case 101u: goto tr37;
		case 102u: goto tr38;
		case 105u: goto tr39;
		case 108u: goto tr40;
		case 109u: goto tr41;
		case 110u: goto tr42;
		case 111u: goto tr43;
		case 113u: goto tr44;
		case 115u: goto tr45;
		case 116u: goto tr46;
		case 118u: goto tr47;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr33;
	goto st0;
tr49:
	{ {p = (( IMW_SKIP_TO(12)))-1;} }
	goto st12;
tr14:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(12)))-1;} }
	goto st12;
tr32:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_SPACE_AFTER_STAR); }
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(12)))-1;} }
	goto st12;
st12:
	p += 1;
case 12:
	if ( (*p) == 32u )
		goto tr48;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr49;
	goto st0;
tr48:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st13;
st13:
	p += 1;
case 13:
	switch( (*p) ) {
		case 69u: goto st14;
		case 82u: goto st22;
		case 101u: goto st14;
		case 114u: goto st22;
	}
	goto st0;
st14:
	p += 1;
case 14:
	switch( (*p) ) {
		case 88u: goto st15;
		case 120u: goto st15;
	}
	goto st0;
st15:
	p += 1;
case 15:
	switch( (*p) ) {
		case 73u: goto st16;
		case 105u: goto st16;
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
		case 84u: goto st18;
		case 116u: goto st18;
	}
	goto st0;
st18:
	p += 1;
case 18:
	switch( (*p) ) {
		case 83u: goto st19;
		case 115u: goto st19;
	}
	goto st0;
tr951:
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st19;
tr1005:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_APPENDLIMIT); }
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_VAL); }
	goto st19;
tr1017:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_DELETED); }
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_VAL); }
	goto st19;
tr1029:
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_DELETED_STORAGE); }
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_VAL); }
	goto st19;
tr1045:
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_VAL); }
	goto st19;
tr1062:
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_MAILBOXID); }
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_VAL); }
	goto st19;
tr1325:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_VAL); }
	goto st19;
tr1337:
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_SIZE); }
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_VAL); }
	goto st19;
tr1349:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_VAL); }
	goto st19;
tr1363:
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_APPENDLIMIT); }
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_VAL); }
	goto st19;
st19:
	p += 1;
case 19:
	switch( (*p) ) {
		case 13u: goto tr57;
		case 32u: goto tr58;
	}
	goto st0;
tr57:
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr60:
	{ IMW_NAME_CLOSE(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st20;
tr76:
	{ IMW_NAME_CLOSE(IMW_RULE_MESSAGE_DATA); }
	goto st20;
tr90:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	{ IMW_EV_CLOSE(IMW_RULE_ACL_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr101:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_RIGHTS); }
	{ IMW_EV_CLOSE(IMW_RULE_ACL_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr114:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_RIGHTS); }
	{ IMW_EV_CLOSE(IMW_RULE_ACL_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr137:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	{ IMW_EV_CLOSE(IMW_RULE_ACL_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr155:
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY); }
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY_DATA); }
	goto st20;
tr170:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY); }
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY_DATA); }
	goto st20;
tr180:
	{ IMW_EV_CLOSE(IMW_RULE_ENABLE_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr184:
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY); }
	{ IMW_EV_CLOSE(IMW_RULE_ENABLE_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr199:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY); }
	{ IMW_EV_CLOSE(IMW_RULE_ENABLE_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr207:
	{ IMW_EV_CLOSE(IMW_RULE_ESEARCH_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr223:
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_CORRELATOR); }
	{ IMW_EV_CLOSE(IMW_RULE_ESEARCH_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr232:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_RETURN_DATA); }
	{ IMW_EV_CLOSE(IMW_RULE_ESEARCH_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr253:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_RETURN_DATA); }
	{ IMW_EV_CLOSE(IMW_RULE_ESEARCH_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr271:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_RETURN_DATA); }
	{ IMW_EV_CLOSE(IMW_RULE_ESEARCH_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr274:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_RETURN_DATA); }
	{ IMW_EV_CLOSE(IMW_RULE_ESEARCH_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr277:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_RETURN_DATA); }
	{ IMW_EV_CLOSE(IMW_RULE_ESEARCH_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr280:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_RETURN_DATA); }
	{ IMW_EV_CLOSE(IMW_RULE_ESEARCH_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr308:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_LIST); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr357:
	{ IMW_EV_CLOSE(IMW_RULE_ID_PARAMS_LIST); }
	{ IMW_EV_CLOSE(IMW_RULE_ID_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr390:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_LIST); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr418:
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_LIST); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr465:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_LIST); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr489:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_RIGHTS); }
	{ IMW_NAME_CLOSE(IMW_RULE_LISTRIGHTS_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr502:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_RIGHTS); }
	{ IMW_NAME_CLOSE(IMW_RULE_LISTRIGHTS_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr546:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	{ IMW_EV_CLOSE(IMW_RULE_METADATA_RESP); }
	goto st20;
tr559:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	{ IMW_EV_CLOSE(IMW_RULE_METADATA_RESP); }
	goto st20;
tr574:
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY_VALUES); }
	{ IMW_EV_CLOSE(IMW_RULE_METADATA_RESP); }
	goto st20;
tr632:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_RIGHTS); }
	{ IMW_EV_CLOSE(IMW_RULE_MYRIGHTS_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr645:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_RIGHTS); }
	{ IMW_EV_CLOSE(IMW_RULE_MYRIGHTS_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr771:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE); }
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr877:
	{ IMW_EV_CLOSE(IMW_RULE_QUOTA_LIST); }
	{ IMW_EV_CLOSE(IMW_RULE_QUOTA_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr897:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	{ IMW_EV_CLOSE(IMW_RULE_QUOTAROOT_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr903:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_QUOTA_ROOT_NAME); }
	{ IMW_EV_CLOSE(IMW_RULE_QUOTAROOT_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr916:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_QUOTA_ROOT_NAME); }
	{ IMW_EV_CLOSE(IMW_RULE_QUOTAROOT_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr928:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	{ IMW_EV_CLOSE(IMW_RULE_QUOTAROOT_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr939:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr955:
	{ IMW_EV_CLOSE(IMW_RULE_SORT_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr958:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SORT_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr1380:
	{ IMW_EV_CLOSE(IMW_RULE_THREAD_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	goto st20;
tr1403:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_EXPUNGED_RESP); }
	{ IMW_NAME_CLOSE(IMW_RULE_MESSAGE_DATA); }
	goto st20;
st20:
	p += 1;
case 20:
	if ( (*p) == 10u )
		goto tr59;
	goto st0;
tr142:
	{ { const unsigned char *imw_q = IMW_EXTERN(IMW_RULE_STATUS_TAIL); if (!imw_q) { p--; {p++; cs = 1113; goto _out;} } {p = (( imw_q))-1;} if (imw_q == pe) {p++; cs = 1113; goto _out;} } }
	goto st1113;
tr59:
	{ if (p + 1 == pe) {p++; cs = 1113; goto _out;} }
	goto st1113;
st1113:
	p += 1;
case 1113:
	goto st0;
tr58:
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st21;
tr77:
	{ IMW_NAME_CLOSE(IMW_RULE_MESSAGE_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st21;
tr309:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_LIST); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st21;
tr358:
	{ IMW_EV_CLOSE(IMW_RULE_ID_PARAMS_LIST); }
	{ IMW_EV_CLOSE(IMW_RULE_ID_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st21;
tr419:
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_LIST); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st21;
tr575:
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY_VALUES); }
	{ IMW_EV_CLOSE(IMW_RULE_METADATA_RESP); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st21;
tr633:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_RIGHTS); }
	{ IMW_EV_CLOSE(IMW_RULE_MYRIGHTS_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st21;
tr646:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_RIGHTS); }
	{ IMW_EV_CLOSE(IMW_RULE_MYRIGHTS_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st21;
tr772:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE); }
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st21;
tr878:
	{ IMW_EV_CLOSE(IMW_RULE_QUOTA_LIST); }
	{ IMW_EV_CLOSE(IMW_RULE_QUOTA_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st21;
tr972:
	{ IMW_EV_CLOSE(IMW_RULE_SORT_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st21;
tr1387:
	{ IMW_EV_CLOSE(IMW_RULE_THREAD_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st21;
tr1404:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_EXPUNGED_RESP); }
	{ IMW_NAME_CLOSE(IMW_RULE_MESSAGE_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st21;
st21:
	p += 1;
case 21:
	switch( (*p) ) {
		case 13u: goto tr60;
		case 32u: goto st21;
	}
	goto st0;
st22:
	p += 1;
case 22:
	switch( (*p) ) {
		case 69u: goto st23;
		case 101u: goto st23;
	}
	goto st0;
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
	switch( (*p) ) {
		case 69u: goto st25;
		case 101u: goto st25;
	}
	goto st0;
st25:
	p += 1;
case 25:
	switch( (*p) ) {
		case 78u: goto st26;
		case 110u: goto st26;
	}
	goto st0;
st26:
	p += 1;
case 26:
	switch( (*p) ) {
		case 84u: goto st19;
		case 116u: goto st19;
	}
	goto st0;
tr67:
	{ {p = (( IMW_SKIP_TO(27)))-1;} }
	goto st27;
tr15:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(27)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_MESSAGE_DATA); }
	goto st27;
tr33:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_SPACE_AFTER_STAR); }
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(27)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_MESSAGE_DATA); }
	goto st27;
st27:
	p += 1;
case 27:
	if ( (*p) == 32u )
		goto tr66;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr67;
	goto st0;
tr66:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st28;
st28:
	p += 1;
case 28:
	switch( (*p) ) {
		case 69u: goto st29;
		case 70u: goto st36;
		case 82u: goto st22;
		case 101u: goto st29;
		case 102u: goto st36;
		case 114u: goto st22;
	}
	goto st0;
st29:
	p += 1;
case 29:
	switch( (*p) ) {
		case 88u: goto st30;
		case 120u: goto st30;
	}
	goto st0;
st30:
	p += 1;
case 30:
	switch( (*p) ) {
		case 73u: goto st16;
		case 80u: goto st31;
		case 105u: goto st16;
		case 112u: goto st31;
	}
	goto st0;
st31:
	p += 1;
case 31:
	switch( (*p) ) {
		case 85u: goto st32;
		case 117u: goto st32;
	}
	goto st0;
st32:
	p += 1;
case 32:
	switch( (*p) ) {
		case 78u: goto st33;
		case 110u: goto st33;
	}
	goto st0;
st33:
	p += 1;
case 33:
	switch( (*p) ) {
		case 71u: goto st34;
		case 103u: goto st34;
	}
	goto st0;
st34:
	p += 1;
case 34:
	switch( (*p) ) {
		case 69u: goto st35;
		case 101u: goto st35;
	}
	goto st0;
tr83:
	{ { const unsigned char *imw_q = IMW_EXTERN(IMW_RULE_MSG_ATT); if (!imw_q) { p--; {p++; cs = 35; goto _out;} } {p = (( imw_q))-1;} if (imw_q == pe) {p++; cs = 35; goto _out;} } }
	goto st35;
st35:
	p += 1;
case 35:
	switch( (*p) ) {
		case 13u: goto tr76;
		case 32u: goto tr77;
	}
	goto st0;
st36:
	p += 1;
case 36:
	switch( (*p) ) {
		case 69u: goto st37;
		case 101u: goto st37;
	}
	goto st0;
st37:
	p += 1;
case 37:
	switch( (*p) ) {
		case 84u: goto st38;
		case 116u: goto st38;
	}
	goto st0;
st38:
	p += 1;
case 38:
	switch( (*p) ) {
		case 67u: goto st39;
		case 99u: goto st39;
	}
	goto st0;
st39:
	p += 1;
case 39:
	switch( (*p) ) {
		case 72u: goto st40;
		case 104u: goto st40;
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
	if ( (*p) == 40u )
		goto tr83;
	goto st0;
tr16:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_ACL_DATA); }
	goto st42;
tr34:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_SPACE_AFTER_STAR); }
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_ACL_DATA); }
	goto st42;
st42:
	p += 1;
case 42:
	switch( (*p) ) {
		case 67u: goto st43;
		case 99u: goto st43;
	}
	goto st0;
st43:
	p += 1;
case 43:
	switch( (*p) ) {
		case 76u: goto st44;
		case 108u: goto st44;
	}
	goto st0;
st44:
	p += 1;
case 44:
	if ( (*p) == 32u )
		goto st45;
	goto st0;
st45:
	p += 1;
case 45:
	switch( (*p) ) {
		case 34u: goto tr88;
		case 123u: goto tr89;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr87;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr87;
		} else if ( (*p) >= 43u )
			goto tr87;
	} else
		goto tr87;
	goto st0;
tr92:
	{ {p = (( IMW_SKIP_TO(46)))-1;} }
	goto st46;
tr87:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(46)))-1;} }
	goto st46;
st46:
	p += 1;
case 46:
	switch( (*p) ) {
		case 13u: goto tr90;
		case 32u: goto tr91;
		case 33u: goto tr92;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr92;
		} else if ( (*p) >= 35u )
			goto tr92;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr92;
		} else if ( (*p) >= 93u )
			goto tr92;
	} else
		goto tr92;
	goto st0;
tr91:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	{ IMW_EV_CLOSE(IMW_RULE_ACL_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st47;
tr102:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_RIGHTS); }
	{ IMW_EV_CLOSE(IMW_RULE_ACL_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st47;
tr115:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_RIGHTS); }
	{ IMW_EV_CLOSE(IMW_RULE_ACL_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st47;
tr138:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	{ IMW_EV_CLOSE(IMW_RULE_ACL_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st47;
st47:
	p += 1;
case 47:
	switch( (*p) ) {
		case 13u: goto tr60;
		case 32u: goto st21;
		case 34u: goto tr94;
		case 123u: goto tr95;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr93;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr93;
		} else if ( (*p) >= 43u )
			goto tr93;
	} else
		goto tr93;
	goto st0;
tr97:
	{ {p = (( IMW_SKIP_TO(48)))-1;} }
	goto st48;
tr93:
	{ IMW_EV_OPEN(IMW_RULE_IDENTIFIER); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(48)))-1;} }
	goto st48;
st48:
	p += 1;
case 48:
	switch( (*p) ) {
		case 32u: goto tr96;
		case 33u: goto tr97;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr97;
		} else if ( (*p) >= 35u )
			goto tr97;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr97;
		} else if ( (*p) >= 93u )
			goto tr97;
	} else
		goto tr97;
	goto st0;
tr96:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_IDENTIFIER); }
	goto st49;
tr126:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_IDENTIFIER); }
	goto st49;
st49:
	p += 1;
case 49:
	switch( (*p) ) {
		case 34u: goto tr99;
		case 123u: goto tr100;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr98;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr98;
		} else if ( (*p) >= 43u )
			goto tr98;
	} else
		goto tr98;
	goto st0;
tr103:
	{ {p = (( IMW_SKIP_TO(50)))-1;} }
	goto st50;
tr98:
	{ IMW_EV_OPEN(IMW_RULE_RIGHTS); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(50)))-1;} }
	goto st50;
st50:
	p += 1;
case 50:
	switch( (*p) ) {
		case 13u: goto tr101;
		case 32u: goto tr102;
		case 33u: goto tr103;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr103;
		} else if ( (*p) >= 35u )
			goto tr103;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr103;
		} else if ( (*p) >= 93u )
			goto tr103;
	} else
		goto tr103;
	goto st0;
tr104:
	{ {p = (( IMW_SKIP_TO(51)))-1;} }
	goto st51;
tr99:
	{ IMW_EV_OPEN(IMW_RULE_RIGHTS); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(51)))-1;} }
	goto st51;
st51:
	p += 1;
case 51:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr105;
		case 92u: goto tr106;
	}
	goto tr104;
tr105:
	{ {p = (( IMW_SKIP_TO(52)))-1;} }
	goto st52;
st52:
	p += 1;
case 52:
	switch( (*p) ) {
		case 13u: goto tr101;
		case 32u: goto tr102;
	}
	goto st0;
tr106:
	{ {p = (( IMW_SKIP_TO(53)))-1;} }
	goto st53;
st53:
	p += 1;
case 53:
	switch( (*p) ) {
		case 34u: goto tr104;
		case 92u: goto tr104;
	}
	goto st0;
tr100:
	{ IMW_EV_OPEN(IMW_RULE_RIGHTS); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(54)))-1;} }
	goto st54;
st54:
	p += 1;
case 54:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr107;
	goto st0;
tr109:
	{ {p = (( IMW_SKIP_TO(55)))-1;} }
	goto st55;
tr107:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(55)))-1;} }
	goto st55;
st55:
	p += 1;
case 55:
	switch( (*p) ) {
		case 43u: goto tr108;
		case 125u: goto tr110;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr109;
	goto st0;
tr108:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(56)))-1;} }
	goto st56;
st56:
	p += 1;
case 56:
	if ( (*p) == 125u )
		goto tr111;
	goto st0;
tr111:
	{ {p = (( IMW_SKIP_TO(57)))-1;} }
	goto st57;
tr110:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(57)))-1;} }
	goto st57;
st57:
	p += 1;
case 57:
	if ( (*p) == 13u )
		goto tr112;
	goto st0;
tr112:
	{ {p = (( IMW_SKIP_TO(58)))-1;} }
	goto st58;
st58:
	p += 1;
case 58:
	if ( (*p) == 10u )
		goto tr113;
	goto st0;
tr113:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(59)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 59; goto _out;} }
	goto st59;
st59:
	p += 1;
case 59:
	switch( (*p) ) {
		case 13u: goto tr114;
		case 32u: goto tr115;
	}
	goto st0;
tr116:
	{ {p = (( IMW_SKIP_TO(60)))-1;} }
	goto st60;
tr94:
	{ IMW_EV_OPEN(IMW_RULE_IDENTIFIER); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(60)))-1;} }
	goto st60;
st60:
	p += 1;
case 60:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr117;
		case 92u: goto tr118;
	}
	goto tr116;
tr117:
	{ {p = (( IMW_SKIP_TO(61)))-1;} }
	goto st61;
st61:
	p += 1;
case 61:
	if ( (*p) == 32u )
		goto tr96;
	goto st0;
tr118:
	{ {p = (( IMW_SKIP_TO(62)))-1;} }
	goto st62;
st62:
	p += 1;
case 62:
	switch( (*p) ) {
		case 34u: goto tr116;
		case 92u: goto tr116;
	}
	goto st0;
tr95:
	{ IMW_EV_OPEN(IMW_RULE_IDENTIFIER); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(63)))-1;} }
	goto st63;
st63:
	p += 1;
case 63:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr119;
	goto st0;
tr121:
	{ {p = (( IMW_SKIP_TO(64)))-1;} }
	goto st64;
tr119:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(64)))-1;} }
	goto st64;
st64:
	p += 1;
case 64:
	switch( (*p) ) {
		case 43u: goto tr120;
		case 125u: goto tr122;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr121;
	goto st0;
tr120:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(65)))-1;} }
	goto st65;
st65:
	p += 1;
case 65:
	if ( (*p) == 125u )
		goto tr123;
	goto st0;
tr123:
	{ {p = (( IMW_SKIP_TO(66)))-1;} }
	goto st66;
tr122:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(66)))-1;} }
	goto st66;
st66:
	p += 1;
case 66:
	if ( (*p) == 13u )
		goto tr124;
	goto st0;
tr124:
	{ {p = (( IMW_SKIP_TO(67)))-1;} }
	goto st67;
st67:
	p += 1;
case 67:
	if ( (*p) == 10u )
		goto tr125;
	goto st0;
tr125:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(68)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 68; goto _out;} }
	goto st68;
st68:
	p += 1;
case 68:
	if ( (*p) == 32u )
		goto tr126;
	goto st0;
tr127:
	{ {p = (( IMW_SKIP_TO(69)))-1;} }
	goto st69;
tr88:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(69)))-1;} }
	goto st69;
st69:
	p += 1;
case 69:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr128;
		case 92u: goto tr129;
	}
	goto tr127;
tr128:
	{ {p = (( IMW_SKIP_TO(70)))-1;} }
	goto st70;
st70:
	p += 1;
case 70:
	switch( (*p) ) {
		case 13u: goto tr90;
		case 32u: goto tr91;
	}
	goto st0;
tr129:
	{ {p = (( IMW_SKIP_TO(71)))-1;} }
	goto st71;
st71:
	p += 1;
case 71:
	switch( (*p) ) {
		case 34u: goto tr127;
		case 92u: goto tr127;
	}
	goto st0;
tr89:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(72)))-1;} }
	goto st72;
st72:
	p += 1;
case 72:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr130;
	goto st0;
tr132:
	{ {p = (( IMW_SKIP_TO(73)))-1;} }
	goto st73;
tr130:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(73)))-1;} }
	goto st73;
st73:
	p += 1;
case 73:
	switch( (*p) ) {
		case 43u: goto tr131;
		case 125u: goto tr133;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr132;
	goto st0;
tr131:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(74)))-1;} }
	goto st74;
st74:
	p += 1;
case 74:
	if ( (*p) == 125u )
		goto tr134;
	goto st0;
tr134:
	{ {p = (( IMW_SKIP_TO(75)))-1;} }
	goto st75;
tr133:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(75)))-1;} }
	goto st75;
st75:
	p += 1;
case 75:
	if ( (*p) == 13u )
		goto tr135;
	goto st0;
tr135:
	{ {p = (( IMW_SKIP_TO(76)))-1;} }
	goto st76;
st76:
	p += 1;
case 76:
	if ( (*p) == 10u )
		goto tr136;
	goto st0;
tr136:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(77)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 77; goto _out;} }
	goto st77;
st77:
	p += 1;
case 77:
	switch( (*p) ) {
		case 13u: goto tr137;
		case 32u: goto tr138;
	}
	goto st0;
tr35:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_SPACE_AFTER_STAR); }
	goto st78;
st78:
	p += 1;
case 78:
	switch( (*p) ) {
		case 65u: goto st79;
		case 89u: goto st81;
		case 97u: goto st79;
		case 121u: goto st81;
	}
	goto st0;
st79:
	p += 1;
case 79:
	switch( (*p) ) {
		case 68u: goto st80;
		case 100u: goto st80;
	}
	goto st0;
st80:
	p += 1;
case 80:
	switch( (*p) ) {
		case 13u: goto tr142;
		case 32u: goto tr142;
	}
	goto st0;
st81:
	p += 1;
case 81:
	switch( (*p) ) {
		case 69u: goto st80;
		case 101u: goto st80;
	}
	goto st0;
tr18:
	{ IMW_NAME_OPEN(IMW_RULE_CAPABILITY_DATA); }
	goto st82;
tr36:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_SPACE_AFTER_STAR); }
	{ IMW_NAME_OPEN(IMW_RULE_CAPABILITY_DATA); }
	goto st82;
st82:
	p += 1;
case 82:
	switch( (*p) ) {
		case 65u: goto st83;
		case 97u: goto st83;
	}
	goto st0;
st83:
	p += 1;
case 83:
	switch( (*p) ) {
		case 80u: goto st84;
		case 112u: goto st84;
	}
	goto st0;
st84:
	p += 1;
case 84:
	switch( (*p) ) {
		case 65u: goto st85;
		case 97u: goto st85;
	}
	goto st0;
st85:
	p += 1;
case 85:
	switch( (*p) ) {
		case 66u: goto st86;
		case 98u: goto st86;
	}
	goto st0;
st86:
	p += 1;
case 86:
	switch( (*p) ) {
		case 73u: goto st87;
		case 105u: goto st87;
	}
	goto st0;
st87:
	p += 1;
case 87:
	switch( (*p) ) {
		case 76u: goto st88;
		case 108u: goto st88;
	}
	goto st0;
st88:
	p += 1;
case 88:
	switch( (*p) ) {
		case 73u: goto st89;
		case 105u: goto st89;
	}
	goto st0;
st89:
	p += 1;
case 89:
	switch( (*p) ) {
		case 84u: goto st90;
		case 116u: goto st90;
	}
	goto st0;
st90:
	p += 1;
case 90:
	switch( (*p) ) {
		case 89u: goto st91;
		case 121u: goto st91;
	}
	goto st0;
st91:
	p += 1;
case 91:
	if ( (*p) == 32u )
		goto st92;
	goto st0;
st92:
	p += 1;
case 92:
	switch( (*p) ) {
		case 33u: goto tr153;
		case 65u: goto tr154;
		case 97u: goto tr154;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr153;
		} else if ( (*p) >= 35u )
			goto tr153;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr153;
		} else if ( (*p) >= 94u )
			goto tr153;
	} else
		goto tr153;
	goto st0;
tr157:
	{ {p = (( IMW_SKIP_TO(93)))-1;} }
	goto st93;
tr153:
	{ IMW_NAME_OPEN(IMW_RULE_CAPABILITY); }
	{ {p = (( IMW_SKIP_TO(93)))-1;} }
	goto st93;
st93:
	p += 1;
case 93:
	switch( (*p) ) {
		case 13u: goto tr155;
		case 32u: goto tr156;
		case 33u: goto tr157;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr157;
		} else if ( (*p) >= 35u )
			goto tr157;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr157;
		} else if ( (*p) >= 94u )
			goto tr157;
	} else
		goto tr157;
	goto st0;
tr156:
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY); }
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st94;
tr171:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY); }
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st94;
st94:
	p += 1;
case 94:
	switch( (*p) ) {
		case 13u: goto tr60;
		case 32u: goto st21;
		case 33u: goto tr153;
		case 65u: goto tr154;
		case 97u: goto tr154;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr153;
		} else if ( (*p) >= 35u )
			goto tr153;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr153;
		} else if ( (*p) >= 94u )
			goto tr153;
	} else
		goto tr153;
	goto st0;
tr154:
	{ IMW_NAME_OPEN(IMW_RULE_CAPABILITY); }
	{ {p = (( IMW_SKIP_TO(95)))-1;} }
	goto st95;
st95:
	p += 1;
case 95:
	switch( (*p) ) {
		case 13u: goto tr155;
		case 32u: goto tr156;
		case 33u: goto tr157;
		case 80u: goto tr158;
		case 112u: goto tr158;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr157;
		} else if ( (*p) >= 35u )
			goto tr157;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr157;
		} else if ( (*p) >= 94u )
			goto tr157;
	} else
		goto tr157;
	goto st0;
tr158:
	{ {p = (( IMW_SKIP_TO(96)))-1;} }
	goto st96;
st96:
	p += 1;
case 96:
	switch( (*p) ) {
		case 13u: goto tr155;
		case 32u: goto tr156;
		case 33u: goto tr157;
		case 80u: goto tr159;
		case 112u: goto tr159;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr157;
		} else if ( (*p) >= 35u )
			goto tr157;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr157;
		} else if ( (*p) >= 94u )
			goto tr157;
	} else
		goto tr157;
	goto st0;
tr159:
	{ {p = (( IMW_SKIP_TO(97)))-1;} }
	goto st97;
st97:
	p += 1;
case 97:
	switch( (*p) ) {
		case 13u: goto tr155;
		case 32u: goto tr156;
		case 33u: goto tr157;
		case 69u: goto tr160;
		case 101u: goto tr160;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr157;
		} else if ( (*p) >= 35u )
			goto tr157;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr157;
		} else if ( (*p) >= 94u )
			goto tr157;
	} else
		goto tr157;
	goto st0;
tr160:
	{ {p = (( IMW_SKIP_TO(98)))-1;} }
	goto st98;
st98:
	p += 1;
case 98:
	switch( (*p) ) {
		case 13u: goto tr155;
		case 32u: goto tr156;
		case 33u: goto tr157;
		case 78u: goto tr161;
		case 110u: goto tr161;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr157;
		} else if ( (*p) >= 35u )
			goto tr157;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr157;
		} else if ( (*p) >= 94u )
			goto tr157;
	} else
		goto tr157;
	goto st0;
tr161:
	{ {p = (( IMW_SKIP_TO(99)))-1;} }
	goto st99;
st99:
	p += 1;
case 99:
	switch( (*p) ) {
		case 13u: goto tr155;
		case 32u: goto tr156;
		case 33u: goto tr157;
		case 68u: goto tr162;
		case 100u: goto tr162;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr157;
		} else if ( (*p) >= 35u )
			goto tr157;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr157;
		} else if ( (*p) >= 94u )
			goto tr157;
	} else
		goto tr157;
	goto st0;
tr162:
	{ {p = (( IMW_SKIP_TO(100)))-1;} }
	goto st100;
st100:
	p += 1;
case 100:
	switch( (*p) ) {
		case 13u: goto tr155;
		case 32u: goto tr156;
		case 33u: goto tr157;
		case 76u: goto tr163;
		case 108u: goto tr163;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr157;
		} else if ( (*p) >= 35u )
			goto tr157;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr157;
		} else if ( (*p) >= 94u )
			goto tr157;
	} else
		goto tr157;
	goto st0;
tr163:
	{ {p = (( IMW_SKIP_TO(101)))-1;} }
	goto st101;
st101:
	p += 1;
case 101:
	switch( (*p) ) {
		case 13u: goto tr155;
		case 32u: goto tr156;
		case 33u: goto tr157;
		case 73u: goto tr164;
		case 105u: goto tr164;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr157;
		} else if ( (*p) >= 35u )
			goto tr157;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr157;
		} else if ( (*p) >= 94u )
			goto tr157;
	} else
		goto tr157;
	goto st0;
tr164:
	{ {p = (( IMW_SKIP_TO(102)))-1;} }
	goto st102;
st102:
	p += 1;
case 102:
	switch( (*p) ) {
		case 13u: goto tr155;
		case 32u: goto tr156;
		case 33u: goto tr157;
		case 77u: goto tr165;
		case 109u: goto tr165;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr157;
		} else if ( (*p) >= 35u )
			goto tr157;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr157;
		} else if ( (*p) >= 94u )
			goto tr157;
	} else
		goto tr157;
	goto st0;
tr165:
	{ {p = (( IMW_SKIP_TO(103)))-1;} }
	goto st103;
st103:
	p += 1;
case 103:
	switch( (*p) ) {
		case 13u: goto tr155;
		case 32u: goto tr156;
		case 33u: goto tr157;
		case 73u: goto tr166;
		case 105u: goto tr166;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr157;
		} else if ( (*p) >= 35u )
			goto tr157;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr157;
		} else if ( (*p) >= 94u )
			goto tr157;
	} else
		goto tr157;
	goto st0;
tr166:
	{ {p = (( IMW_SKIP_TO(104)))-1;} }
	goto st104;
st104:
	p += 1;
case 104:
	switch( (*p) ) {
		case 13u: goto tr155;
		case 32u: goto tr156;
		case 33u: goto tr157;
		case 84u: goto tr167;
		case 116u: goto tr167;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr157;
		} else if ( (*p) >= 35u )
			goto tr157;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr157;
		} else if ( (*p) >= 94u )
			goto tr157;
	} else
		goto tr157;
	goto st0;
tr167:
	{ {p = (( IMW_SKIP_TO(105)))-1;} }
	goto st105;
st105:
	p += 1;
case 105:
	switch( (*p) ) {
		case 13u: goto tr155;
		case 32u: goto tr156;
		case 33u: goto tr157;
		case 61u: goto tr168;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr157;
		} else if ( (*p) >= 35u )
			goto tr157;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr157;
		} else if ( (*p) >= 94u )
			goto tr157;
	} else
		goto tr157;
	goto st0;
tr168:
	{ {p = (( IMW_SKIP_TO(106)))-1;} }
	goto st106;
st106:
	p += 1;
case 106:
	switch( (*p) ) {
		case 13u: goto tr155;
		case 32u: goto tr156;
		case 33u: goto tr157;
	}
	if ( (*p) < 48u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr157;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 47u )
				goto tr157;
		} else
			goto tr157;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 94u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto tr157;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr157;
		} else
			goto tr157;
	} else
		goto tr169;
	goto st0;
tr172:
	{ {p = (( IMW_SKIP_TO(107)))-1;} }
	goto st107;
tr169:
	{ {p = (( IMW_SKIP_TO(107)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	goto st107;
st107:
	p += 1;
case 107:
	switch( (*p) ) {
		case 13u: goto tr170;
		case 32u: goto tr171;
		case 33u: goto tr157;
	}
	if ( (*p) < 48u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr157;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 47u )
				goto tr157;
		} else
			goto tr157;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 94u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto tr157;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr157;
		} else
			goto tr157;
	} else
		goto tr172;
	goto st0;
tr19:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_ESEARCH_RESPONSE); }
	{ IMW_EV_OPEN(IMW_RULE_ENABLE_DATA); }
	goto st108;
tr37:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_SPACE_AFTER_STAR); }
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_ESEARCH_RESPONSE); }
	{ IMW_EV_OPEN(IMW_RULE_ENABLE_DATA); }
	goto st108;
st108:
	p += 1;
case 108:
	switch( (*p) ) {
		case 78u: goto st109;
		case 83u: goto st130;
		case 110u: goto st109;
		case 115u: goto st130;
	}
	goto st0;
st109:
	p += 1;
case 109:
	switch( (*p) ) {
		case 65u: goto st110;
		case 97u: goto st110;
	}
	goto st0;
st110:
	p += 1;
case 110:
	switch( (*p) ) {
		case 66u: goto st111;
		case 98u: goto st111;
	}
	goto st0;
st111:
	p += 1;
case 111:
	switch( (*p) ) {
		case 76u: goto st112;
		case 108u: goto st112;
	}
	goto st0;
st112:
	p += 1;
case 112:
	switch( (*p) ) {
		case 69u: goto st113;
		case 101u: goto st113;
	}
	goto st0;
st113:
	p += 1;
case 113:
	switch( (*p) ) {
		case 68u: goto st114;
		case 100u: goto st114;
	}
	goto st0;
st114:
	p += 1;
case 114:
	switch( (*p) ) {
		case 13u: goto tr180;
		case 32u: goto tr181;
	}
	goto st0;
tr181:
	{ IMW_EV_CLOSE(IMW_RULE_ENABLE_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st115;
tr185:
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY); }
	{ IMW_EV_CLOSE(IMW_RULE_ENABLE_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st115;
tr200:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY); }
	{ IMW_EV_CLOSE(IMW_RULE_ENABLE_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st115;
st115:
	p += 1;
case 115:
	switch( (*p) ) {
		case 13u: goto tr60;
		case 32u: goto st21;
		case 33u: goto tr182;
		case 65u: goto tr183;
		case 97u: goto tr183;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr182;
		} else if ( (*p) >= 35u )
			goto tr182;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr182;
		} else if ( (*p) >= 94u )
			goto tr182;
	} else
		goto tr182;
	goto st0;
tr186:
	{ {p = (( IMW_SKIP_TO(116)))-1;} }
	goto st116;
tr182:
	{ IMW_NAME_OPEN(IMW_RULE_CAPABILITY); }
	{ {p = (( IMW_SKIP_TO(116)))-1;} }
	goto st116;
st116:
	p += 1;
case 116:
	switch( (*p) ) {
		case 13u: goto tr184;
		case 32u: goto tr185;
		case 33u: goto tr186;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr186;
		} else if ( (*p) >= 35u )
			goto tr186;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr186;
		} else if ( (*p) >= 94u )
			goto tr186;
	} else
		goto tr186;
	goto st0;
tr183:
	{ IMW_NAME_OPEN(IMW_RULE_CAPABILITY); }
	{ {p = (( IMW_SKIP_TO(117)))-1;} }
	goto st117;
st117:
	p += 1;
case 117:
	switch( (*p) ) {
		case 13u: goto tr184;
		case 32u: goto tr185;
		case 33u: goto tr186;
		case 80u: goto tr187;
		case 112u: goto tr187;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr186;
		} else if ( (*p) >= 35u )
			goto tr186;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr186;
		} else if ( (*p) >= 94u )
			goto tr186;
	} else
		goto tr186;
	goto st0;
tr187:
	{ {p = (( IMW_SKIP_TO(118)))-1;} }
	goto st118;
st118:
	p += 1;
case 118:
	switch( (*p) ) {
		case 13u: goto tr184;
		case 32u: goto tr185;
		case 33u: goto tr186;
		case 80u: goto tr188;
		case 112u: goto tr188;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr186;
		} else if ( (*p) >= 35u )
			goto tr186;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr186;
		} else if ( (*p) >= 94u )
			goto tr186;
	} else
		goto tr186;
	goto st0;
tr188:
	{ {p = (( IMW_SKIP_TO(119)))-1;} }
	goto st119;
st119:
	p += 1;
case 119:
	switch( (*p) ) {
		case 13u: goto tr184;
		case 32u: goto tr185;
		case 33u: goto tr186;
		case 69u: goto tr189;
		case 101u: goto tr189;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr186;
		} else if ( (*p) >= 35u )
			goto tr186;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr186;
		} else if ( (*p) >= 94u )
			goto tr186;
	} else
		goto tr186;
	goto st0;
tr189:
	{ {p = (( IMW_SKIP_TO(120)))-1;} }
	goto st120;
st120:
	p += 1;
case 120:
	switch( (*p) ) {
		case 13u: goto tr184;
		case 32u: goto tr185;
		case 33u: goto tr186;
		case 78u: goto tr190;
		case 110u: goto tr190;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr186;
		} else if ( (*p) >= 35u )
			goto tr186;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr186;
		} else if ( (*p) >= 94u )
			goto tr186;
	} else
		goto tr186;
	goto st0;
tr190:
	{ {p = (( IMW_SKIP_TO(121)))-1;} }
	goto st121;
st121:
	p += 1;
case 121:
	switch( (*p) ) {
		case 13u: goto tr184;
		case 32u: goto tr185;
		case 33u: goto tr186;
		case 68u: goto tr191;
		case 100u: goto tr191;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr186;
		} else if ( (*p) >= 35u )
			goto tr186;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr186;
		} else if ( (*p) >= 94u )
			goto tr186;
	} else
		goto tr186;
	goto st0;
tr191:
	{ {p = (( IMW_SKIP_TO(122)))-1;} }
	goto st122;
st122:
	p += 1;
case 122:
	switch( (*p) ) {
		case 13u: goto tr184;
		case 32u: goto tr185;
		case 33u: goto tr186;
		case 76u: goto tr192;
		case 108u: goto tr192;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr186;
		} else if ( (*p) >= 35u )
			goto tr186;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr186;
		} else if ( (*p) >= 94u )
			goto tr186;
	} else
		goto tr186;
	goto st0;
tr192:
	{ {p = (( IMW_SKIP_TO(123)))-1;} }
	goto st123;
st123:
	p += 1;
case 123:
	switch( (*p) ) {
		case 13u: goto tr184;
		case 32u: goto tr185;
		case 33u: goto tr186;
		case 73u: goto tr193;
		case 105u: goto tr193;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr186;
		} else if ( (*p) >= 35u )
			goto tr186;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr186;
		} else if ( (*p) >= 94u )
			goto tr186;
	} else
		goto tr186;
	goto st0;
tr193:
	{ {p = (( IMW_SKIP_TO(124)))-1;} }
	goto st124;
st124:
	p += 1;
case 124:
	switch( (*p) ) {
		case 13u: goto tr184;
		case 32u: goto tr185;
		case 33u: goto tr186;
		case 77u: goto tr194;
		case 109u: goto tr194;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr186;
		} else if ( (*p) >= 35u )
			goto tr186;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr186;
		} else if ( (*p) >= 94u )
			goto tr186;
	} else
		goto tr186;
	goto st0;
tr194:
	{ {p = (( IMW_SKIP_TO(125)))-1;} }
	goto st125;
st125:
	p += 1;
case 125:
	switch( (*p) ) {
		case 13u: goto tr184;
		case 32u: goto tr185;
		case 33u: goto tr186;
		case 73u: goto tr195;
		case 105u: goto tr195;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr186;
		} else if ( (*p) >= 35u )
			goto tr186;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr186;
		} else if ( (*p) >= 94u )
			goto tr186;
	} else
		goto tr186;
	goto st0;
tr195:
	{ {p = (( IMW_SKIP_TO(126)))-1;} }
	goto st126;
st126:
	p += 1;
case 126:
	switch( (*p) ) {
		case 13u: goto tr184;
		case 32u: goto tr185;
		case 33u: goto tr186;
		case 84u: goto tr196;
		case 116u: goto tr196;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr186;
		} else if ( (*p) >= 35u )
			goto tr186;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr186;
		} else if ( (*p) >= 94u )
			goto tr186;
	} else
		goto tr186;
	goto st0;
tr196:
	{ {p = (( IMW_SKIP_TO(127)))-1;} }
	goto st127;
st127:
	p += 1;
case 127:
	switch( (*p) ) {
		case 13u: goto tr184;
		case 32u: goto tr185;
		case 33u: goto tr186;
		case 61u: goto tr197;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr186;
		} else if ( (*p) >= 35u )
			goto tr186;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr186;
		} else if ( (*p) >= 94u )
			goto tr186;
	} else
		goto tr186;
	goto st0;
tr197:
	{ {p = (( IMW_SKIP_TO(128)))-1;} }
	goto st128;
st128:
	p += 1;
case 128:
	switch( (*p) ) {
		case 13u: goto tr184;
		case 32u: goto tr185;
		case 33u: goto tr186;
	}
	if ( (*p) < 48u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr186;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 47u )
				goto tr186;
		} else
			goto tr186;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 94u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto tr186;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr186;
		} else
			goto tr186;
	} else
		goto tr198;
	goto st0;
tr201:
	{ {p = (( IMW_SKIP_TO(129)))-1;} }
	goto st129;
tr198:
	{ {p = (( IMW_SKIP_TO(129)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	goto st129;
st129:
	p += 1;
case 129:
	switch( (*p) ) {
		case 13u: goto tr199;
		case 32u: goto tr200;
		case 33u: goto tr186;
	}
	if ( (*p) < 48u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr186;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 47u )
				goto tr186;
		} else
			goto tr186;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 94u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto tr186;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr186;
		} else
			goto tr186;
	} else
		goto tr201;
	goto st0;
st130:
	p += 1;
case 130:
	switch( (*p) ) {
		case 69u: goto st131;
		case 101u: goto st131;
	}
	goto st0;
st131:
	p += 1;
case 131:
	switch( (*p) ) {
		case 65u: goto st132;
		case 97u: goto st132;
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
		case 67u: goto st134;
		case 99u: goto st134;
	}
	goto st0;
st134:
	p += 1;
case 134:
	switch( (*p) ) {
		case 72u: goto st135;
		case 104u: goto st135;
	}
	goto st0;
st135:
	p += 1;
case 135:
	switch( (*p) ) {
		case 13u: goto tr207;
		case 32u: goto tr208;
	}
	goto st0;
tr208:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_CORRELATOR); }
	{ IMW_EV_CLOSE(IMW_RULE_ESEARCH_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st136;
st136:
	p += 1;
case 136:
	switch( (*p) ) {
		case 13u: goto tr60;
		case 32u: goto st21;
		case 40u: goto st137;
		case 77u: goto tr211;
		case 85u: goto tr212;
		case 95u: goto tr210;
		case 109u: goto tr211;
		case 117u: goto tr212;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr210;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr210;
	} else
		goto tr210;
	goto st0;
st137:
	p += 1;
case 137:
	switch( (*p) ) {
		case 84u: goto st138;
		case 116u: goto st138;
	}
	goto st0;
st138:
	p += 1;
case 138:
	switch( (*p) ) {
		case 65u: goto st139;
		case 97u: goto st139;
	}
	goto st0;
st139:
	p += 1;
case 139:
	switch( (*p) ) {
		case 71u: goto st140;
		case 103u: goto st140;
	}
	goto st0;
st140:
	p += 1;
case 140:
	if ( (*p) == 32u )
		goto st141;
	goto st0;
st141:
	p += 1;
case 141:
	switch( (*p) ) {
		case 34u: goto tr217;
		case 123u: goto tr218;
	}
	goto st0;
tr219:
	{ {p = (( IMW_SKIP_TO(142)))-1;} }
	goto st142;
tr217:
	{ IMW_EV_OPEN(IMW_RULE_TAG_STRING); }
	{ {p = (( IMW_SKIP_TO(142)))-1;} }
	goto st142;
st142:
	p += 1;
case 142:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr220;
		case 92u: goto tr221;
	}
	goto tr219;
tr220:
	{ {p = (( IMW_SKIP_TO(143)))-1;} }
	goto st143;
st143:
	p += 1;
case 143:
	if ( (*p) == 41u )
		goto tr222;
	goto st0;
tr222:
	{ IMW_EV_CLOSE(IMW_RULE_TAG_STRING); }
	goto st144;
tr293:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_TAG_STRING); }
	goto st144;
st144:
	p += 1;
case 144:
	switch( (*p) ) {
		case 13u: goto tr223;
		case 32u: goto tr224;
	}
	goto st0;
tr224:
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_CORRELATOR); }
	{ IMW_EV_CLOSE(IMW_RULE_ESEARCH_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st145;
st145:
	p += 1;
case 145:
	switch( (*p) ) {
		case 13u: goto tr60;
		case 32u: goto st21;
		case 77u: goto tr211;
		case 85u: goto tr212;
		case 95u: goto tr210;
		case 109u: goto tr211;
		case 117u: goto tr212;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr210;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr210;
	} else
		goto tr210;
	goto st0;
tr210:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_RETURN_DATA); }
	goto st146;
st146:
	p += 1;
case 146:
	switch( (*p) ) {
		case 32u: goto st147;
		case 95u: goto st146;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st146;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st146;
		} else if ( (*p) >= 65u )
			goto st146;
	} else
		goto st146;
	goto st0;
st147:
	p += 1;
case 147:
	switch( (*p) ) {
		case 36u: goto tr227;
		case 40u: goto tr228;
		case 42u: goto tr229;
		case 48u: goto tr230;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr231;
	goto st0;
tr227:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st148;
st148:
	p += 1;
case 148:
	switch( (*p) ) {
		case 13u: goto tr232;
		case 32u: goto tr233;
	}
	goto st0;
tr233:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_RETURN_DATA); }
	{ IMW_EV_CLOSE(IMW_RULE_ESEARCH_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st149;
tr254:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_RETURN_DATA); }
	{ IMW_EV_CLOSE(IMW_RULE_ESEARCH_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st149;
tr272:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_RETURN_DATA); }
	{ IMW_EV_CLOSE(IMW_RULE_ESEARCH_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st149;
tr275:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_RETURN_DATA); }
	{ IMW_EV_CLOSE(IMW_RULE_ESEARCH_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st149;
tr278:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_RETURN_DATA); }
	{ IMW_EV_CLOSE(IMW_RULE_ESEARCH_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st149;
tr281:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_SEARCH_RETURN_DATA); }
	{ IMW_EV_CLOSE(IMW_RULE_ESEARCH_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st149;
st149:
	p += 1;
case 149:
	switch( (*p) ) {
		case 13u: goto tr60;
		case 32u: goto st21;
		case 77u: goto tr211;
		case 95u: goto tr210;
		case 109u: goto tr211;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr210;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto tr210;
	} else
		goto tr210;
	goto st0;
tr211:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_RETURN_DATA); }
	goto st150;
st150:
	p += 1;
case 150:
	switch( (*p) ) {
		case 32u: goto st147;
		case 79u: goto st151;
		case 95u: goto st146;
		case 111u: goto st151;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st146;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st146;
		} else if ( (*p) >= 65u )
			goto st146;
	} else
		goto st146;
	goto st0;
st151:
	p += 1;
case 151:
	switch( (*p) ) {
		case 32u: goto st147;
		case 68u: goto st152;
		case 95u: goto st146;
		case 100u: goto st152;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st146;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st146;
		} else if ( (*p) >= 65u )
			goto st146;
	} else
		goto st146;
	goto st0;
st152:
	p += 1;
case 152:
	switch( (*p) ) {
		case 32u: goto st147;
		case 83u: goto st153;
		case 95u: goto st146;
		case 115u: goto st153;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st146;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st146;
		} else if ( (*p) >= 65u )
			goto st146;
	} else
		goto st146;
	goto st0;
st153:
	p += 1;
case 153:
	switch( (*p) ) {
		case 32u: goto st147;
		case 69u: goto st154;
		case 95u: goto st146;
		case 101u: goto st154;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st146;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st146;
		} else if ( (*p) >= 65u )
			goto st146;
	} else
		goto st146;
	goto st0;
st154:
	p += 1;
case 154:
	switch( (*p) ) {
		case 32u: goto st147;
		case 81u: goto st155;
		case 95u: goto st146;
		case 113u: goto st155;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st146;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st146;
		} else if ( (*p) >= 65u )
			goto st146;
	} else
		goto st146;
	goto st0;
st155:
	p += 1;
case 155:
	switch( (*p) ) {
		case 32u: goto st156;
		case 95u: goto st146;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st146;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st146;
		} else if ( (*p) >= 65u )
			goto st146;
	} else
		goto st146;
	goto st0;
st156:
	p += 1;
case 156:
	switch( (*p) ) {
		case 36u: goto tr227;
		case 40u: goto tr228;
		case 42u: goto tr229;
		case 48u: goto tr240;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr241;
	goto st0;
tr228:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	goto st157;
st157:
	p += 1;
case 157:
	switch( (*p) ) {
		case 34u: goto tr243;
		case 40u: goto tr244;
		case 41u: goto st162;
		case 123u: goto tr246;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr242;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr242;
		} else if ( (*p) >= 43u )
			goto tr242;
	} else
		goto tr242;
	goto st0;
tr248:
	{ {p = (( IMW_SKIP_TO(158)))-1;} }
	goto st158;
tr242:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(158)))-1;} }
	goto st158;
st158:
	p += 1;
case 158:
	switch( (*p) ) {
		case 32u: goto tr247;
		case 33u: goto tr248;
		case 41u: goto tr249;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr248;
		} else if ( (*p) >= 35u )
			goto tr248;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr248;
		} else if ( (*p) >= 93u )
			goto tr248;
	} else
		goto tr248;
	goto st0;
tr247:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st159;
tr263:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st159;
st159:
	p += 1;
case 159:
	switch( (*p) ) {
		case 34u: goto tr243;
		case 40u: goto tr244;
		case 123u: goto tr246;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr242;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr242;
		} else if ( (*p) >= 43u )
			goto tr242;
	} else
		goto tr242;
	goto st0;
tr250:
	{ {p = (( IMW_SKIP_TO(160)))-1;} }
	goto st160;
tr243:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(160)))-1;} }
	goto st160;
st160:
	p += 1;
case 160:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr251;
		case 92u: goto tr252;
	}
	goto tr250;
tr251:
	{ {p = (( IMW_SKIP_TO(161)))-1;} }
	goto st161;
st161:
	p += 1;
case 161:
	switch( (*p) ) {
		case 32u: goto tr247;
		case 41u: goto tr249;
	}
	goto st0;
tr249:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st162;
tr264:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st162;
st162:
	p += 1;
case 162:
	switch( (*p) ) {
		case 13u: goto tr253;
		case 32u: goto tr254;
	}
	goto st0;
tr252:
	{ {p = (( IMW_SKIP_TO(163)))-1;} }
	goto st163;
st163:
	p += 1;
case 163:
	switch( (*p) ) {
		case 34u: goto tr250;
		case 92u: goto tr250;
	}
	goto st0;
tr244:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_TAGGED_EXT_PAREN)) {p++; cs = 164; goto _out;} {( run->stack)[( run->top)++] = 164;goto st1094;} }
	goto st164;
st164:
	p += 1;
case 164:
	switch( (*p) ) {
		case 32u: goto st159;
		case 41u: goto st162;
	}
	goto st0;
tr246:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(165)))-1;} }
	goto st165;
st165:
	p += 1;
case 165:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr256;
	goto st0;
tr258:
	{ {p = (( IMW_SKIP_TO(166)))-1;} }
	goto st166;
tr256:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(166)))-1;} }
	goto st166;
st166:
	p += 1;
case 166:
	switch( (*p) ) {
		case 43u: goto tr257;
		case 125u: goto tr259;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr258;
	goto st0;
tr257:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(167)))-1;} }
	goto st167;
st167:
	p += 1;
case 167:
	if ( (*p) == 125u )
		goto tr260;
	goto st0;
tr260:
	{ {p = (( IMW_SKIP_TO(168)))-1;} }
	goto st168;
tr259:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(168)))-1;} }
	goto st168;
st168:
	p += 1;
case 168:
	if ( (*p) == 13u )
		goto tr261;
	goto st0;
tr261:
	{ {p = (( IMW_SKIP_TO(169)))-1;} }
	goto st169;
st169:
	p += 1;
case 169:
	if ( (*p) == 10u )
		goto tr262;
	goto st0;
tr262:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(170)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 170; goto _out;} }
	goto st170;
st170:
	p += 1;
case 170:
	switch( (*p) ) {
		case 32u: goto tr263;
		case 41u: goto tr264;
	}
	goto st0;
tr229:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st171;
st171:
	p += 1;
case 171:
	switch( (*p) ) {
		case 13u: goto tr232;
		case 32u: goto tr233;
		case 44u: goto st172;
		case 58u: goto st174;
	}
	goto st0;
st172:
	p += 1;
case 172:
	if ( (*p) == 42u )
		goto st171;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr268;
	goto st0;
tr268:
	{ {p = (( IMW_SKIP_TO(173)))-1;} }
	goto st173;
st173:
	p += 1;
case 173:
	switch( (*p) ) {
		case 13u: goto tr232;
		case 32u: goto tr233;
		case 44u: goto st172;
		case 58u: goto st174;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr268;
	goto st0;
st174:
	p += 1;
case 174:
	if ( (*p) == 42u )
		goto st175;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr270;
	goto st0;
st175:
	p += 1;
case 175:
	switch( (*p) ) {
		case 13u: goto tr232;
		case 32u: goto tr233;
		case 44u: goto st172;
	}
	goto st0;
tr270:
	{ {p = (( IMW_SKIP_TO(176)))-1;} }
	goto st176;
st176:
	p += 1;
case 176:
	switch( (*p) ) {
		case 13u: goto tr232;
		case 32u: goto tr233;
		case 44u: goto st172;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr270;
	goto st0;
tr273:
	{ {p = (( IMW_SKIP_TO(177)))-1;} }
	goto st177;
tr240:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(177)))-1;} }
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st177;
st177:
	p += 1;
case 177:
	switch( (*p) ) {
		case 13u: goto tr271;
		case 32u: goto tr272;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr273;
	goto st0;
tr276:
	{ {p = (( IMW_SKIP_TO(178)))-1;} }
	goto st178;
tr241:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(178)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st178;
st178:
	p += 1;
case 178:
	switch( (*p) ) {
		case 13u: goto tr274;
		case 32u: goto tr275;
		case 44u: goto st172;
		case 58u: goto st174;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr276;
	goto st0;
tr279:
	{ {p = (( IMW_SKIP_TO(179)))-1;} }
	goto st179;
tr230:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(179)))-1;} }
	goto st179;
st179:
	p += 1;
case 179:
	switch( (*p) ) {
		case 13u: goto tr277;
		case 32u: goto tr278;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr279;
	goto st0;
tr282:
	{ {p = (( IMW_SKIP_TO(180)))-1;} }
	goto st180;
tr231:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(180)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	goto st180;
st180:
	p += 1;
case 180:
	switch( (*p) ) {
		case 13u: goto tr280;
		case 32u: goto tr281;
		case 44u: goto st172;
		case 58u: goto st174;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr282;
	goto st0;
tr212:
	{ IMW_EV_OPEN(IMW_RULE_SEARCH_RETURN_DATA); }
	goto st181;
st181:
	p += 1;
case 181:
	switch( (*p) ) {
		case 32u: goto st147;
		case 73u: goto st182;
		case 95u: goto st146;
		case 105u: goto st182;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st146;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st146;
		} else if ( (*p) >= 65u )
			goto st146;
	} else
		goto st146;
	goto st0;
st182:
	p += 1;
case 182:
	switch( (*p) ) {
		case 32u: goto st147;
		case 68u: goto st183;
		case 95u: goto st146;
		case 100u: goto st183;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st146;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st146;
		} else if ( (*p) >= 65u )
			goto st146;
	} else
		goto st146;
	goto st0;
st183:
	p += 1;
case 183:
	switch( (*p) ) {
		case 13u: goto tr207;
		case 32u: goto tr285;
		case 95u: goto st146;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st146;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st146;
		} else if ( (*p) >= 65u )
			goto st146;
	} else
		goto st146;
	goto st0;
tr285:
	{ IMW_EV_CLOSE(IMW_RULE_ESEARCH_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st184;
st184:
	p += 1;
case 184:
	switch( (*p) ) {
		case 13u: goto tr60;
		case 32u: goto st21;
		case 36u: goto tr227;
		case 40u: goto tr228;
		case 42u: goto tr229;
		case 48u: goto tr230;
		case 77u: goto tr211;
		case 95u: goto tr210;
		case 109u: goto tr211;
	}
	if ( (*p) < 49u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto tr210;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto tr210;
		} else if ( (*p) >= 65u )
			goto tr210;
	} else
		goto tr231;
	goto st0;
tr221:
	{ {p = (( IMW_SKIP_TO(185)))-1;} }
	goto st185;
st185:
	p += 1;
case 185:
	switch( (*p) ) {
		case 34u: goto tr219;
		case 92u: goto tr219;
	}
	goto st0;
tr218:
	{ IMW_EV_OPEN(IMW_RULE_TAG_STRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st186;
st186:
	p += 1;
case 186:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr286;
	goto st0;
tr288:
	{ {p = (( IMW_SKIP_TO(187)))-1;} }
	goto st187;
tr286:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(187)))-1;} }
	goto st187;
st187:
	p += 1;
case 187:
	switch( (*p) ) {
		case 43u: goto tr287;
		case 125u: goto tr289;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr288;
	goto st0;
tr287:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st188;
st188:
	p += 1;
case 188:
	if ( (*p) == 125u )
		goto st189;
	goto st0;
tr289:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st189;
st189:
	p += 1;
case 189:
	if ( (*p) == 13u )
		goto st190;
	goto st0;
st190:
	p += 1;
case 190:
	if ( (*p) == 10u )
		goto tr292;
	goto st0;
tr292:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 191; goto _out;} }
	goto st191;
st191:
	p += 1;
case 191:
	if ( (*p) == 41u )
		goto tr293;
	goto st0;
tr20:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	goto st192;
tr38:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_SPACE_AFTER_STAR); }
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	goto st192;
st192:
	p += 1;
case 192:
	switch( (*p) ) {
		case 76u: goto st193;
		case 108u: goto st193;
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
		case 71u: goto st195;
		case 103u: goto st195;
	}
	goto st0;
st195:
	p += 1;
case 195:
	switch( (*p) ) {
		case 83u: goto st196;
		case 115u: goto st196;
	}
	goto st0;
st196:
	p += 1;
case 196:
	if ( (*p) == 32u )
		goto st197;
	goto st0;
st197:
	p += 1;
case 197:
	if ( (*p) == 40u )
		goto tr299;
	goto st0;
tr299:
	{ IMW_EV_OPEN(IMW_RULE_FLAG_LIST); }
	goto st198;
st198:
	p += 1;
case 198:
	switch( (*p) ) {
		case 32u: goto tr300;
		case 34u: goto tr302;
		case 41u: goto st200;
		case 92u: goto tr304;
		case 93u: goto tr305;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr301;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr301;
		} else if ( (*p) >= 43u )
			goto tr301;
	} else
		goto tr301;
	goto st0;
tr300:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st199;
st199:
	p += 1;
case 199:
	switch( (*p) ) {
		case 32u: goto st199;
		case 41u: goto tr307;
	}
	goto st0;
tr307:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st200;
tr312:
	{ IMW_NAME_CLOSE(IMW_RULE_FLAG); }
	goto st200;
tr324:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_FLAG_QUOTED); }
	goto st200;
tr327:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_FLAG_STAR); }
	goto st200;
tr329:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st200;
st200:
	p += 1;
case 200:
	switch( (*p) ) {
		case 13u: goto tr308;
		case 32u: goto tr309;
	}
	goto st0;
tr311:
	{ {p = (( IMW_SKIP_TO(201)))-1;} }
	goto st201;
tr301:
	{ IMW_NAME_OPEN(IMW_RULE_FLAG); }
	{ {p = (( IMW_SKIP_TO(201)))-1;} }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st201;
tr316:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_NAME_OPEN(IMW_RULE_FLAG); }
	{ {p = (( IMW_SKIP_TO(201)))-1;} }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st201;
st201:
	p += 1;
case 201:
	switch( (*p) ) {
		case 32u: goto tr310;
		case 33u: goto tr311;
		case 41u: goto tr312;
		case 93u: goto st209;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr311;
		} else if ( (*p) >= 35u )
			goto tr311;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr311;
		} else if ( (*p) >= 94u )
			goto tr311;
	} else
		goto tr311;
	goto st0;
tr310:
	{ IMW_NAME_CLOSE(IMW_RULE_FLAG); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st202;
tr323:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_FLAG_QUOTED); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st202;
tr326:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_FLAG_STAR); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st202;
tr328:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_FLAG_BRACKET); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st202;
st202:
	p += 1;
case 202:
	switch( (*p) ) {
		case 32u: goto tr314;
		case 34u: goto tr302;
		case 41u: goto tr307;
		case 92u: goto tr304;
		case 93u: goto tr305;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr301;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr301;
		} else if ( (*p) >= 43u )
			goto tr301;
	} else
		goto tr301;
	goto st0;
tr314:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	goto st203;
st203:
	p += 1;
case 203:
	switch( (*p) ) {
		case 32u: goto st203;
		case 34u: goto tr317;
		case 41u: goto tr307;
		case 92u: goto tr318;
		case 93u: goto tr319;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr316;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr316;
		} else if ( (*p) >= 43u )
			goto tr316;
	} else
		goto tr316;
	goto st0;
tr320:
	{ {p = (( IMW_SKIP_TO(204)))-1;} }
	goto st204;
tr302:
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_FLAG_QUOTED); }
	{ {p = (( IMW_SKIP_TO(204)))-1;} }
	goto st204;
tr317:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_FLAG_QUOTED); }
	{ {p = (( IMW_SKIP_TO(204)))-1;} }
	goto st204;
st204:
	p += 1;
case 204:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr321;
		case 92u: goto tr322;
	}
	goto tr320;
tr321:
	{ {p = (( IMW_SKIP_TO(205)))-1;} }
	goto st205;
st205:
	p += 1;
case 205:
	switch( (*p) ) {
		case 32u: goto tr323;
		case 41u: goto tr324;
	}
	goto st0;
tr322:
	{ {p = (( IMW_SKIP_TO(206)))-1;} }
	goto st206;
st206:
	p += 1;
case 206:
	switch( (*p) ) {
		case 34u: goto tr320;
		case 92u: goto tr320;
	}
	goto st0;
tr304:
	{ IMW_NAME_OPEN(IMW_RULE_FLAG); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_STAR); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st207;
tr318:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_NAME_OPEN(IMW_RULE_FLAG); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_STAR); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st207;
st207:
	p += 1;
case 207:
	switch( (*p) ) {
		case 33u: goto tr311;
		case 42u: goto st208;
		case 93u: goto st209;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr311;
		} else if ( (*p) >= 35u )
			goto tr311;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr311;
		} else if ( (*p) >= 94u )
			goto tr311;
	} else
		goto tr311;
	goto st0;
st208:
	p += 1;
case 208:
	switch( (*p) ) {
		case 32u: goto tr326;
		case 41u: goto tr327;
	}
	goto st0;
tr305:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st209;
tr319:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st209;
st209:
	p += 1;
case 209:
	switch( (*p) ) {
		case 32u: goto tr328;
		case 33u: goto st209;
		case 41u: goto tr329;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st209;
		} else if ( (*p) >= 35u )
			goto st209;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st209;
		} else if ( (*p) >= 93u )
			goto st209;
	} else
		goto st209;
	goto st0;
tr21:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_ID_RESPONSE); }
	goto st210;
tr39:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_SPACE_AFTER_STAR); }
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_ID_RESPONSE); }
	goto st210;
st210:
	p += 1;
case 210:
	switch( (*p) ) {
		case 68u: goto st211;
		case 100u: goto st211;
	}
	goto st0;
st211:
	p += 1;
case 211:
	if ( (*p) == 32u )
		goto st212;
	goto st0;
st212:
	p += 1;
case 212:
	switch( (*p) ) {
		case 40u: goto tr332;
		case 78u: goto tr333;
		case 110u: goto tr333;
	}
	goto st0;
tr332:
	{ IMW_EV_OPEN(IMW_RULE_ID_PARAMS_LIST); }
	goto st213;
st213:
	p += 1;
case 213:
	switch( (*p) ) {
		case 34u: goto tr334;
		case 41u: goto st226;
		case 123u: goto tr336;
	}
	goto st0;
tr337:
	{ {p = (( IMW_SKIP_TO(214)))-1;} }
	goto st214;
tr334:
	{ IMW_EV_OPEN(IMW_RULE_ID_PARAM); }
	{ IMW_EV_OPEN(IMW_RULE_ID_FIELD); }
	{ {p = (( IMW_SKIP_TO(214)))-1;} }
	goto st214;
st214:
	p += 1;
case 214:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr338;
		case 92u: goto tr339;
	}
	goto tr337;
tr338:
	{ {p = (( IMW_SKIP_TO(215)))-1;} }
	goto st215;
st215:
	p += 1;
case 215:
	if ( (*p) == 32u )
		goto tr340;
	goto st0;
tr340:
	{ IMW_EV_CLOSE(IMW_RULE_ID_FIELD); }
	goto st216;
tr356:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ID_FIELD); }
	goto st216;
st216:
	p += 1;
case 216:
	switch( (*p) ) {
		case 34u: goto tr341;
		case 78u: goto tr342;
		case 110u: goto tr342;
		case 123u: goto tr343;
	}
	goto st0;
tr344:
	{ {p = (( IMW_SKIP_TO(217)))-1;} }
	goto st217;
tr341:
	{ IMW_EV_OPEN(IMW_RULE_ID_VALUE); }
	{ {p = (( IMW_SKIP_TO(217)))-1;} }
	goto st217;
st217:
	p += 1;
case 217:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr345;
		case 92u: goto tr346;
	}
	goto tr344;
tr345:
	{ {p = (( IMW_SKIP_TO(218)))-1;} }
	goto st218;
st218:
	p += 1;
case 218:
	switch( (*p) ) {
		case 32u: goto tr347;
		case 41u: goto tr348;
	}
	goto st0;
tr347:
	{ IMW_EV_CLOSE(IMW_RULE_ID_VALUE); }
	{ IMW_EV_CLOSE(IMW_RULE_ID_PARAM); }
	goto st219;
tr368:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ID_VALUE); }
	{ IMW_EV_CLOSE(IMW_RULE_ID_PARAM); }
	goto st219;
st219:
	p += 1;
case 219:
	switch( (*p) ) {
		case 34u: goto tr334;
		case 123u: goto tr336;
	}
	goto st0;
tr336:
	{ IMW_EV_OPEN(IMW_RULE_ID_PARAM); }
	{ IMW_EV_OPEN(IMW_RULE_ID_FIELD); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st220;
st220:
	p += 1;
case 220:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr349;
	goto st0;
tr351:
	{ {p = (( IMW_SKIP_TO(221)))-1;} }
	goto st221;
tr349:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(221)))-1;} }
	goto st221;
st221:
	p += 1;
case 221:
	switch( (*p) ) {
		case 43u: goto tr350;
		case 125u: goto tr352;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr351;
	goto st0;
tr350:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st222;
st222:
	p += 1;
case 222:
	if ( (*p) == 125u )
		goto st223;
	goto st0;
tr352:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st223;
st223:
	p += 1;
case 223:
	if ( (*p) == 13u )
		goto st224;
	goto st0;
st224:
	p += 1;
case 224:
	if ( (*p) == 10u )
		goto tr355;
	goto st0;
tr355:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 225; goto _out;} }
	goto st225;
st225:
	p += 1;
case 225:
	if ( (*p) == 32u )
		goto tr356;
	goto st0;
tr348:
	{ IMW_EV_CLOSE(IMW_RULE_ID_VALUE); }
	{ IMW_EV_CLOSE(IMW_RULE_ID_PARAM); }
	goto st226;
tr369:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ID_VALUE); }
	{ IMW_EV_CLOSE(IMW_RULE_ID_PARAM); }
	goto st226;
st226:
	p += 1;
case 226:
	switch( (*p) ) {
		case 13u: goto tr357;
		case 32u: goto tr358;
	}
	goto st0;
tr346:
	{ {p = (( IMW_SKIP_TO(227)))-1;} }
	goto st227;
st227:
	p += 1;
case 227:
	switch( (*p) ) {
		case 34u: goto tr344;
		case 92u: goto tr344;
	}
	goto st0;
tr342:
	{ IMW_EV_OPEN(IMW_RULE_ID_VALUE); }
	goto st228;
st228:
	p += 1;
case 228:
	switch( (*p) ) {
		case 73u: goto st229;
		case 105u: goto st229;
	}
	goto st0;
st229:
	p += 1;
case 229:
	switch( (*p) ) {
		case 76u: goto st218;
		case 108u: goto st218;
	}
	goto st0;
tr343:
	{ IMW_EV_OPEN(IMW_RULE_ID_VALUE); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st230;
st230:
	p += 1;
case 230:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr361;
	goto st0;
tr363:
	{ {p = (( IMW_SKIP_TO(231)))-1;} }
	goto st231;
tr361:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(231)))-1;} }
	goto st231;
st231:
	p += 1;
case 231:
	switch( (*p) ) {
		case 43u: goto tr362;
		case 125u: goto tr364;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr363;
	goto st0;
tr362:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st232;
st232:
	p += 1;
case 232:
	if ( (*p) == 125u )
		goto st233;
	goto st0;
tr364:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st233;
st233:
	p += 1;
case 233:
	if ( (*p) == 13u )
		goto st234;
	goto st0;
st234:
	p += 1;
case 234:
	if ( (*p) == 10u )
		goto tr367;
	goto st0;
tr367:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 235; goto _out;} }
	goto st235;
st235:
	p += 1;
case 235:
	switch( (*p) ) {
		case 32u: goto tr368;
		case 41u: goto tr369;
	}
	goto st0;
tr339:
	{ {p = (( IMW_SKIP_TO(236)))-1;} }
	goto st236;
st236:
	p += 1;
case 236:
	switch( (*p) ) {
		case 34u: goto tr337;
		case 92u: goto tr337;
	}
	goto st0;
tr333:
	{ IMW_EV_OPEN(IMW_RULE_ID_PARAMS_LIST); }
	goto st237;
st237:
	p += 1;
case 237:
	switch( (*p) ) {
		case 73u: goto st238;
		case 105u: goto st238;
	}
	goto st0;
st238:
	p += 1;
case 238:
	switch( (*p) ) {
		case 76u: goto st226;
		case 108u: goto st226;
	}
	goto st0;
tr22:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LISTRIGHTS_DATA); }
	goto st239;
tr40:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_SPACE_AFTER_STAR); }
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LISTRIGHTS_DATA); }
	goto st239;
st239:
	p += 1;
case 239:
	switch( (*p) ) {
		case 73u: goto st240;
		case 83u: goto st345;
		case 105u: goto st240;
		case 115u: goto st345;
	}
	goto st0;
st240:
	p += 1;
case 240:
	switch( (*p) ) {
		case 83u: goto st241;
		case 115u: goto st241;
	}
	goto st0;
st241:
	p += 1;
case 241:
	switch( (*p) ) {
		case 84u: goto st242;
		case 116u: goto st242;
	}
	goto st0;
st242:
	p += 1;
case 242:
	switch( (*p) ) {
		case 32u: goto st243;
		case 82u: goto st305;
		case 114u: goto st305;
	}
	goto st0;
st243:
	p += 1;
case 243:
	if ( (*p) == 40u )
		goto tr377;
	goto st0;
tr377:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_LIST); }
	goto st244;
st244:
	p += 1;
case 244:
	switch( (*p) ) {
		case 41u: goto st245;
		case 92u: goto st302;
	}
	goto st0;
st245:
	p += 1;
case 245:
	if ( (*p) == 32u )
		goto st246;
	goto st0;
st246:
	p += 1;
case 246:
	switch( (*p) ) {
		case 34u: goto st247;
		case 78u: goto st300;
		case 110u: goto st300;
	}
	goto st0;
st247:
	p += 1;
case 247:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st0;
		case 92u: goto st299;
	}
	goto st248;
st248:
	p += 1;
case 248:
	if ( (*p) == 34u )
		goto st249;
	goto st0;
st249:
	p += 1;
case 249:
	if ( (*p) == 32u )
		goto st250;
	goto st0;
st250:
	p += 1;
case 250:
	switch( (*p) ) {
		case 34u: goto tr388;
		case 123u: goto tr389;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr387;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr387;
		} else if ( (*p) >= 43u )
			goto tr387;
	} else
		goto tr387;
	goto st0;
tr392:
	{ {p = (( IMW_SKIP_TO(251)))-1;} }
	goto st251;
tr387:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(251)))-1;} }
	goto st251;
st251:
	p += 1;
case 251:
	switch( (*p) ) {
		case 13u: goto tr390;
		case 32u: goto tr391;
		case 33u: goto tr392;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr392;
		} else if ( (*p) >= 35u )
			goto tr392;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr392;
		} else if ( (*p) >= 93u )
			goto tr392;
	} else
		goto tr392;
	goto st0;
tr391:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_LIST); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st252;
tr466:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_LIST); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st252;
st252:
	p += 1;
case 252:
	switch( (*p) ) {
		case 13u: goto tr60;
		case 32u: goto st21;
		case 40u: goto st253;
	}
	goto st0;
st253:
	p += 1;
case 253:
	switch( (*p) ) {
		case 34u: goto tr395;
		case 41u: goto st267;
		case 123u: goto tr397;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr394;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr394;
		} else if ( (*p) >= 43u )
			goto tr394;
	} else
		goto tr394;
	goto st0;
tr399:
	{ {p = (( IMW_SKIP_TO(254)))-1;} }
	goto st254;
tr394:
	{ IMW_EV_OPEN(IMW_RULE_MBOX_LIST_EXTENDED_ITEM); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(254)))-1;} }
	goto st254;
st254:
	p += 1;
case 254:
	switch( (*p) ) {
		case 32u: goto tr398;
		case 33u: goto tr399;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr399;
		} else if ( (*p) >= 35u )
			goto tr399;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr399;
		} else if ( (*p) >= 93u )
			goto tr399;
	} else
		goto tr399;
	goto st0;
tr398:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st255;
tr417:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st255;
st255:
	p += 1;
case 255:
	switch( (*p) ) {
		case 36u: goto tr400;
		case 40u: goto tr401;
		case 42u: goto tr402;
		case 48u: goto tr403;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr404;
	goto st0;
tr400:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st256;
st256:
	p += 1;
case 256:
	switch( (*p) ) {
		case 32u: goto tr405;
		case 41u: goto tr406;
	}
	goto st0;
tr405:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MBOX_LIST_EXTENDED_ITEM); }
	goto st257;
tr431:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MBOX_LIST_EXTENDED_ITEM); }
	goto st257;
tr449:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MBOX_LIST_EXTENDED_ITEM); }
	goto st257;
tr452:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MBOX_LIST_EXTENDED_ITEM); }
	goto st257;
st257:
	p += 1;
case 257:
	switch( (*p) ) {
		case 34u: goto tr395;
		case 123u: goto tr397;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr394;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr394;
		} else if ( (*p) >= 43u )
			goto tr394;
	} else
		goto tr394;
	goto st0;
tr407:
	{ {p = (( IMW_SKIP_TO(258)))-1;} }
	goto st258;
tr395:
	{ IMW_EV_OPEN(IMW_RULE_MBOX_LIST_EXTENDED_ITEM); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(258)))-1;} }
	goto st258;
st258:
	p += 1;
case 258:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr408;
		case 92u: goto tr409;
	}
	goto tr407;
tr408:
	{ {p = (( IMW_SKIP_TO(259)))-1;} }
	goto st259;
st259:
	p += 1;
case 259:
	if ( (*p) == 32u )
		goto tr398;
	goto st0;
tr409:
	{ {p = (( IMW_SKIP_TO(260)))-1;} }
	goto st260;
st260:
	p += 1;
case 260:
	switch( (*p) ) {
		case 34u: goto tr407;
		case 92u: goto tr407;
	}
	goto st0;
tr397:
	{ IMW_EV_OPEN(IMW_RULE_MBOX_LIST_EXTENDED_ITEM); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(261)))-1;} }
	goto st261;
st261:
	p += 1;
case 261:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr410;
	goto st0;
tr412:
	{ {p = (( IMW_SKIP_TO(262)))-1;} }
	goto st262;
tr410:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(262)))-1;} }
	goto st262;
st262:
	p += 1;
case 262:
	switch( (*p) ) {
		case 43u: goto tr411;
		case 125u: goto tr413;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr412;
	goto st0;
tr411:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(263)))-1;} }
	goto st263;
st263:
	p += 1;
case 263:
	if ( (*p) == 125u )
		goto tr414;
	goto st0;
tr414:
	{ {p = (( IMW_SKIP_TO(264)))-1;} }
	goto st264;
tr413:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(264)))-1;} }
	goto st264;
st264:
	p += 1;
case 264:
	if ( (*p) == 13u )
		goto tr415;
	goto st0;
tr415:
	{ {p = (( IMW_SKIP_TO(265)))-1;} }
	goto st265;
st265:
	p += 1;
case 265:
	if ( (*p) == 10u )
		goto tr416;
	goto st0;
tr416:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(266)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 266; goto _out;} }
	goto st266;
st266:
	p += 1;
case 266:
	if ( (*p) == 32u )
		goto tr417;
	goto st0;
tr406:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MBOX_LIST_EXTENDED_ITEM); }
	goto st267;
tr432:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MBOX_LIST_EXTENDED_ITEM); }
	goto st267;
tr450:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MBOX_LIST_EXTENDED_ITEM); }
	goto st267;
tr453:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MBOX_LIST_EXTENDED_ITEM); }
	goto st267;
st267:
	p += 1;
case 267:
	switch( (*p) ) {
		case 13u: goto tr418;
		case 32u: goto tr419;
	}
	goto st0;
tr401:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	goto st268;
st268:
	p += 1;
case 268:
	switch( (*p) ) {
		case 34u: goto tr421;
		case 40u: goto tr422;
		case 41u: goto st273;
		case 123u: goto tr424;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr420;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr420;
		} else if ( (*p) >= 43u )
			goto tr420;
	} else
		goto tr420;
	goto st0;
tr426:
	{ {p = (( IMW_SKIP_TO(269)))-1;} }
	goto st269;
tr420:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(269)))-1;} }
	goto st269;
st269:
	p += 1;
case 269:
	switch( (*p) ) {
		case 32u: goto tr425;
		case 33u: goto tr426;
		case 41u: goto tr427;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr426;
		} else if ( (*p) >= 35u )
			goto tr426;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr426;
		} else if ( (*p) >= 93u )
			goto tr426;
	} else
		goto tr426;
	goto st0;
tr425:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st270;
tr441:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st270;
st270:
	p += 1;
case 270:
	switch( (*p) ) {
		case 34u: goto tr421;
		case 40u: goto tr422;
		case 123u: goto tr424;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr420;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr420;
		} else if ( (*p) >= 43u )
			goto tr420;
	} else
		goto tr420;
	goto st0;
tr428:
	{ {p = (( IMW_SKIP_TO(271)))-1;} }
	goto st271;
tr421:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(271)))-1;} }
	goto st271;
st271:
	p += 1;
case 271:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr429;
		case 92u: goto tr430;
	}
	goto tr428;
tr429:
	{ {p = (( IMW_SKIP_TO(272)))-1;} }
	goto st272;
st272:
	p += 1;
case 272:
	switch( (*p) ) {
		case 32u: goto tr425;
		case 41u: goto tr427;
	}
	goto st0;
tr427:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st273;
tr442:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st273;
st273:
	p += 1;
case 273:
	switch( (*p) ) {
		case 32u: goto tr431;
		case 41u: goto tr432;
	}
	goto st0;
tr430:
	{ {p = (( IMW_SKIP_TO(274)))-1;} }
	goto st274;
st274:
	p += 1;
case 274:
	switch( (*p) ) {
		case 34u: goto tr428;
		case 92u: goto tr428;
	}
	goto st0;
tr422:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_TAGGED_EXT_PAREN)) {p++; cs = 275; goto _out;} {( run->stack)[( run->top)++] = 275;goto st1094;} }
	goto st275;
st275:
	p += 1;
case 275:
	switch( (*p) ) {
		case 32u: goto st270;
		case 41u: goto st273;
	}
	goto st0;
tr424:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(276)))-1;} }
	goto st276;
st276:
	p += 1;
case 276:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr434;
	goto st0;
tr436:
	{ {p = (( IMW_SKIP_TO(277)))-1;} }
	goto st277;
tr434:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(277)))-1;} }
	goto st277;
st277:
	p += 1;
case 277:
	switch( (*p) ) {
		case 43u: goto tr435;
		case 125u: goto tr437;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr436;
	goto st0;
tr435:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(278)))-1;} }
	goto st278;
st278:
	p += 1;
case 278:
	if ( (*p) == 125u )
		goto tr438;
	goto st0;
tr438:
	{ {p = (( IMW_SKIP_TO(279)))-1;} }
	goto st279;
tr437:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(279)))-1;} }
	goto st279;
st279:
	p += 1;
case 279:
	if ( (*p) == 13u )
		goto tr439;
	goto st0;
tr439:
	{ {p = (( IMW_SKIP_TO(280)))-1;} }
	goto st280;
st280:
	p += 1;
case 280:
	if ( (*p) == 10u )
		goto tr440;
	goto st0;
tr440:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(281)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 281; goto _out;} }
	goto st281;
st281:
	p += 1;
case 281:
	switch( (*p) ) {
		case 32u: goto tr441;
		case 41u: goto tr442;
	}
	goto st0;
tr402:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st282;
st282:
	p += 1;
case 282:
	switch( (*p) ) {
		case 32u: goto tr405;
		case 41u: goto tr406;
		case 44u: goto st283;
		case 58u: goto st285;
	}
	goto st0;
st283:
	p += 1;
case 283:
	if ( (*p) == 42u )
		goto st282;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr446;
	goto st0;
tr446:
	{ {p = (( IMW_SKIP_TO(284)))-1;} }
	goto st284;
st284:
	p += 1;
case 284:
	switch( (*p) ) {
		case 32u: goto tr405;
		case 41u: goto tr406;
		case 44u: goto st283;
		case 58u: goto st285;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr446;
	goto st0;
st285:
	p += 1;
case 285:
	if ( (*p) == 42u )
		goto st286;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr448;
	goto st0;
st286:
	p += 1;
case 286:
	switch( (*p) ) {
		case 32u: goto tr405;
		case 41u: goto tr406;
		case 44u: goto st283;
	}
	goto st0;
tr448:
	{ {p = (( IMW_SKIP_TO(287)))-1;} }
	goto st287;
st287:
	p += 1;
case 287:
	switch( (*p) ) {
		case 32u: goto tr405;
		case 41u: goto tr406;
		case 44u: goto st283;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr448;
	goto st0;
tr451:
	{ {p = (( IMW_SKIP_TO(288)))-1;} }
	goto st288;
tr403:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(288)))-1;} }
	goto st288;
st288:
	p += 1;
case 288:
	switch( (*p) ) {
		case 32u: goto tr449;
		case 41u: goto tr450;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr451;
	goto st0;
tr454:
	{ {p = (( IMW_SKIP_TO(289)))-1;} }
	goto st289;
tr404:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(289)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	goto st289;
st289:
	p += 1;
case 289:
	switch( (*p) ) {
		case 32u: goto tr452;
		case 41u: goto tr453;
		case 44u: goto st283;
		case 58u: goto st285;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr454;
	goto st0;
tr455:
	{ {p = (( IMW_SKIP_TO(290)))-1;} }
	goto st290;
tr388:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(290)))-1;} }
	goto st290;
st290:
	p += 1;
case 290:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr456;
		case 92u: goto tr457;
	}
	goto tr455;
tr456:
	{ {p = (( IMW_SKIP_TO(291)))-1;} }
	goto st291;
st291:
	p += 1;
case 291:
	switch( (*p) ) {
		case 13u: goto tr390;
		case 32u: goto tr391;
	}
	goto st0;
tr457:
	{ {p = (( IMW_SKIP_TO(292)))-1;} }
	goto st292;
st292:
	p += 1;
case 292:
	switch( (*p) ) {
		case 34u: goto tr455;
		case 92u: goto tr455;
	}
	goto st0;
tr389:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(293)))-1;} }
	goto st293;
st293:
	p += 1;
case 293:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr458;
	goto st0;
tr460:
	{ {p = (( IMW_SKIP_TO(294)))-1;} }
	goto st294;
tr458:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(294)))-1;} }
	goto st294;
st294:
	p += 1;
case 294:
	switch( (*p) ) {
		case 43u: goto tr459;
		case 125u: goto tr461;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr460;
	goto st0;
tr459:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(295)))-1;} }
	goto st295;
st295:
	p += 1;
case 295:
	if ( (*p) == 125u )
		goto tr462;
	goto st0;
tr462:
	{ {p = (( IMW_SKIP_TO(296)))-1;} }
	goto st296;
tr461:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(296)))-1;} }
	goto st296;
st296:
	p += 1;
case 296:
	if ( (*p) == 13u )
		goto tr463;
	goto st0;
tr463:
	{ {p = (( IMW_SKIP_TO(297)))-1;} }
	goto st297;
st297:
	p += 1;
case 297:
	if ( (*p) == 10u )
		goto tr464;
	goto st0;
tr464:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(298)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 298; goto _out;} }
	goto st298;
st298:
	p += 1;
case 298:
	switch( (*p) ) {
		case 13u: goto tr465;
		case 32u: goto tr466;
	}
	goto st0;
st299:
	p += 1;
case 299:
	switch( (*p) ) {
		case 34u: goto st248;
		case 92u: goto st248;
	}
	goto st0;
st300:
	p += 1;
case 300:
	switch( (*p) ) {
		case 73u: goto st301;
		case 105u: goto st301;
	}
	goto st0;
st301:
	p += 1;
case 301:
	switch( (*p) ) {
		case 76u: goto st249;
		case 108u: goto st249;
	}
	goto st0;
st302:
	p += 1;
case 302:
	if ( (*p) == 33u )
		goto tr468;
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr468;
		} else if ( (*p) >= 35u )
			goto tr468;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr468;
		} else if ( (*p) >= 94u )
			goto tr468;
	} else
		goto tr468;
	goto st0;
tr468:
	{ {p = (( IMW_SKIP_TO(303)))-1;} }
	goto st303;
st303:
	p += 1;
case 303:
	switch( (*p) ) {
		case 32u: goto st304;
		case 33u: goto tr468;
		case 41u: goto st245;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr468;
		} else if ( (*p) >= 35u )
			goto tr468;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr468;
		} else if ( (*p) >= 94u )
			goto tr468;
	} else
		goto tr468;
	goto st0;
st304:
	p += 1;
case 304:
	if ( (*p) == 92u )
		goto st302;
	goto st0;
st305:
	p += 1;
case 305:
	switch( (*p) ) {
		case 73u: goto st306;
		case 105u: goto st306;
	}
	goto st0;
st306:
	p += 1;
case 306:
	switch( (*p) ) {
		case 71u: goto st307;
		case 103u: goto st307;
	}
	goto st0;
st307:
	p += 1;
case 307:
	switch( (*p) ) {
		case 72u: goto st308;
		case 104u: goto st308;
	}
	goto st0;
st308:
	p += 1;
case 308:
	switch( (*p) ) {
		case 84u: goto st309;
		case 116u: goto st309;
	}
	goto st0;
st309:
	p += 1;
case 309:
	switch( (*p) ) {
		case 83u: goto st310;
		case 115u: goto st310;
	}
	goto st0;
st310:
	p += 1;
case 310:
	if ( (*p) == 32u )
		goto st311;
	goto st0;
st311:
	p += 1;
case 311:
	switch( (*p) ) {
		case 34u: goto tr477;
		case 123u: goto tr478;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr476;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr476;
		} else if ( (*p) >= 43u )
			goto tr476;
	} else
		goto tr476;
	goto st0;
tr480:
	{ {p = (( IMW_SKIP_TO(312)))-1;} }
	goto st312;
tr476:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(312)))-1;} }
	goto st312;
st312:
	p += 1;
case 312:
	switch( (*p) ) {
		case 32u: goto tr479;
		case 33u: goto tr480;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr480;
		} else if ( (*p) >= 35u )
			goto tr480;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr480;
		} else if ( (*p) >= 93u )
			goto tr480;
	} else
		goto tr480;
	goto st0;
tr479:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st313;
tr525:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st313;
st313:
	p += 1;
case 313:
	switch( (*p) ) {
		case 34u: goto tr482;
		case 123u: goto tr483;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr481;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr481;
		} else if ( (*p) >= 43u )
			goto tr481;
	} else
		goto tr481;
	goto st0;
tr485:
	{ {p = (( IMW_SKIP_TO(314)))-1;} }
	goto st314;
tr481:
	{ IMW_EV_OPEN(IMW_RULE_IDENTIFIER); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(314)))-1;} }
	goto st314;
st314:
	p += 1;
case 314:
	switch( (*p) ) {
		case 32u: goto tr484;
		case 33u: goto tr485;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr485;
		} else if ( (*p) >= 35u )
			goto tr485;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr485;
		} else if ( (*p) >= 93u )
			goto tr485;
	} else
		goto tr485;
	goto st0;
tr484:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_IDENTIFIER); }
	goto st315;
tr514:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_IDENTIFIER); }
	goto st315;
st315:
	p += 1;
case 315:
	switch( (*p) ) {
		case 34u: goto tr487;
		case 123u: goto tr488;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr486;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr486;
		} else if ( (*p) >= 43u )
			goto tr486;
	} else
		goto tr486;
	goto st0;
tr491:
	{ {p = (( IMW_SKIP_TO(316)))-1;} }
	goto st316;
tr486:
	{ IMW_EV_OPEN(IMW_RULE_RIGHTS); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(316)))-1;} }
	goto st316;
st316:
	p += 1;
case 316:
	switch( (*p) ) {
		case 13u: goto tr489;
		case 32u: goto tr490;
		case 33u: goto tr491;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr491;
		} else if ( (*p) >= 35u )
			goto tr491;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr491;
		} else if ( (*p) >= 93u )
			goto tr491;
	} else
		goto tr491;
	goto st0;
tr490:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_RIGHTS); }
	{ IMW_NAME_CLOSE(IMW_RULE_LISTRIGHTS_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st317;
tr503:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_RIGHTS); }
	{ IMW_NAME_CLOSE(IMW_RULE_LISTRIGHTS_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st317;
st317:
	p += 1;
case 317:
	switch( (*p) ) {
		case 13u: goto tr60;
		case 32u: goto st21;
		case 34u: goto tr487;
		case 123u: goto tr488;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr486;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr486;
		} else if ( (*p) >= 43u )
			goto tr486;
	} else
		goto tr486;
	goto st0;
tr492:
	{ {p = (( IMW_SKIP_TO(318)))-1;} }
	goto st318;
tr487:
	{ IMW_EV_OPEN(IMW_RULE_RIGHTS); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(318)))-1;} }
	goto st318;
st318:
	p += 1;
case 318:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr493;
		case 92u: goto tr494;
	}
	goto tr492;
tr493:
	{ {p = (( IMW_SKIP_TO(319)))-1;} }
	goto st319;
st319:
	p += 1;
case 319:
	switch( (*p) ) {
		case 13u: goto tr489;
		case 32u: goto tr490;
	}
	goto st0;
tr494:
	{ {p = (( IMW_SKIP_TO(320)))-1;} }
	goto st320;
st320:
	p += 1;
case 320:
	switch( (*p) ) {
		case 34u: goto tr492;
		case 92u: goto tr492;
	}
	goto st0;
tr488:
	{ IMW_EV_OPEN(IMW_RULE_RIGHTS); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(321)))-1;} }
	goto st321;
st321:
	p += 1;
case 321:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr495;
	goto st0;
tr497:
	{ {p = (( IMW_SKIP_TO(322)))-1;} }
	goto st322;
tr495:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(322)))-1;} }
	goto st322;
st322:
	p += 1;
case 322:
	switch( (*p) ) {
		case 43u: goto tr496;
		case 125u: goto tr498;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr497;
	goto st0;
tr496:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(323)))-1;} }
	goto st323;
st323:
	p += 1;
case 323:
	if ( (*p) == 125u )
		goto tr499;
	goto st0;
tr499:
	{ {p = (( IMW_SKIP_TO(324)))-1;} }
	goto st324;
tr498:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(324)))-1;} }
	goto st324;
st324:
	p += 1;
case 324:
	if ( (*p) == 13u )
		goto tr500;
	goto st0;
tr500:
	{ {p = (( IMW_SKIP_TO(325)))-1;} }
	goto st325;
st325:
	p += 1;
case 325:
	if ( (*p) == 10u )
		goto tr501;
	goto st0;
tr501:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(326)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 326; goto _out;} }
	goto st326;
st326:
	p += 1;
case 326:
	switch( (*p) ) {
		case 13u: goto tr502;
		case 32u: goto tr503;
	}
	goto st0;
tr504:
	{ {p = (( IMW_SKIP_TO(327)))-1;} }
	goto st327;
tr482:
	{ IMW_EV_OPEN(IMW_RULE_IDENTIFIER); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(327)))-1;} }
	goto st327;
st327:
	p += 1;
case 327:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr505;
		case 92u: goto tr506;
	}
	goto tr504;
tr505:
	{ {p = (( IMW_SKIP_TO(328)))-1;} }
	goto st328;
st328:
	p += 1;
case 328:
	if ( (*p) == 32u )
		goto tr484;
	goto st0;
tr506:
	{ {p = (( IMW_SKIP_TO(329)))-1;} }
	goto st329;
st329:
	p += 1;
case 329:
	switch( (*p) ) {
		case 34u: goto tr504;
		case 92u: goto tr504;
	}
	goto st0;
tr483:
	{ IMW_EV_OPEN(IMW_RULE_IDENTIFIER); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(330)))-1;} }
	goto st330;
st330:
	p += 1;
case 330:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr507;
	goto st0;
tr509:
	{ {p = (( IMW_SKIP_TO(331)))-1;} }
	goto st331;
tr507:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(331)))-1;} }
	goto st331;
st331:
	p += 1;
case 331:
	switch( (*p) ) {
		case 43u: goto tr508;
		case 125u: goto tr510;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr509;
	goto st0;
tr508:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(332)))-1;} }
	goto st332;
st332:
	p += 1;
case 332:
	if ( (*p) == 125u )
		goto tr511;
	goto st0;
tr511:
	{ {p = (( IMW_SKIP_TO(333)))-1;} }
	goto st333;
tr510:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(333)))-1;} }
	goto st333;
st333:
	p += 1;
case 333:
	if ( (*p) == 13u )
		goto tr512;
	goto st0;
tr512:
	{ {p = (( IMW_SKIP_TO(334)))-1;} }
	goto st334;
st334:
	p += 1;
case 334:
	if ( (*p) == 10u )
		goto tr513;
	goto st0;
tr513:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(335)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 335; goto _out;} }
	goto st335;
st335:
	p += 1;
case 335:
	if ( (*p) == 32u )
		goto tr514;
	goto st0;
tr515:
	{ {p = (( IMW_SKIP_TO(336)))-1;} }
	goto st336;
tr477:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(336)))-1;} }
	goto st336;
st336:
	p += 1;
case 336:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr516;
		case 92u: goto tr517;
	}
	goto tr515;
tr516:
	{ {p = (( IMW_SKIP_TO(337)))-1;} }
	goto st337;
st337:
	p += 1;
case 337:
	if ( (*p) == 32u )
		goto tr479;
	goto st0;
tr517:
	{ {p = (( IMW_SKIP_TO(338)))-1;} }
	goto st338;
st338:
	p += 1;
case 338:
	switch( (*p) ) {
		case 34u: goto tr515;
		case 92u: goto tr515;
	}
	goto st0;
tr478:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(339)))-1;} }
	goto st339;
st339:
	p += 1;
case 339:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr518;
	goto st0;
tr520:
	{ {p = (( IMW_SKIP_TO(340)))-1;} }
	goto st340;
tr518:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(340)))-1;} }
	goto st340;
st340:
	p += 1;
case 340:
	switch( (*p) ) {
		case 43u: goto tr519;
		case 125u: goto tr521;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr520;
	goto st0;
tr519:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(341)))-1;} }
	goto st341;
st341:
	p += 1;
case 341:
	if ( (*p) == 125u )
		goto tr522;
	goto st0;
tr522:
	{ {p = (( IMW_SKIP_TO(342)))-1;} }
	goto st342;
tr521:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(342)))-1;} }
	goto st342;
st342:
	p += 1;
case 342:
	if ( (*p) == 13u )
		goto tr523;
	goto st0;
tr523:
	{ {p = (( IMW_SKIP_TO(343)))-1;} }
	goto st343;
st343:
	p += 1;
case 343:
	if ( (*p) == 10u )
		goto tr524;
	goto st0;
tr524:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(344)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 344; goto _out;} }
	goto st344;
st344:
	p += 1;
case 344:
	if ( (*p) == 32u )
		goto tr525;
	goto st0;
st345:
	p += 1;
case 345:
	switch( (*p) ) {
		case 85u: goto st346;
		case 117u: goto st346;
	}
	goto st0;
st346:
	p += 1;
case 346:
	switch( (*p) ) {
		case 66u: goto st347;
		case 98u: goto st347;
	}
	goto st0;
st347:
	p += 1;
case 347:
	if ( (*p) == 32u )
		goto st243;
	goto st0;
tr23:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_MYRIGHTS_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_METADATA_RESP); }
	goto st348;
tr41:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_SPACE_AFTER_STAR); }
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_MYRIGHTS_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_METADATA_RESP); }
	goto st348;
st348:
	p += 1;
case 348:
	switch( (*p) ) {
		case 69u: goto st349;
		case 89u: goto st410;
		case 101u: goto st349;
		case 121u: goto st410;
	}
	goto st0;
st349:
	p += 1;
case 349:
	switch( (*p) ) {
		case 84u: goto st350;
		case 116u: goto st350;
	}
	goto st0;
st350:
	p += 1;
case 350:
	switch( (*p) ) {
		case 65u: goto st351;
		case 97u: goto st351;
	}
	goto st0;
st351:
	p += 1;
case 351:
	switch( (*p) ) {
		case 68u: goto st352;
		case 100u: goto st352;
	}
	goto st0;
st352:
	p += 1;
case 352:
	switch( (*p) ) {
		case 65u: goto st353;
		case 97u: goto st353;
	}
	goto st0;
st353:
	p += 1;
case 353:
	switch( (*p) ) {
		case 84u: goto st354;
		case 116u: goto st354;
	}
	goto st0;
st354:
	p += 1;
case 354:
	switch( (*p) ) {
		case 65u: goto st355;
		case 97u: goto st355;
	}
	goto st0;
st355:
	p += 1;
case 355:
	if ( (*p) == 32u )
		goto st356;
	goto st0;
st356:
	p += 1;
case 356:
	switch( (*p) ) {
		case 34u: goto tr538;
		case 123u: goto tr539;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr537;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr537;
		} else if ( (*p) >= 43u )
			goto tr537;
	} else
		goto tr537;
	goto st0;
tr541:
	{ {p = (( IMW_SKIP_TO(357)))-1;} }
	goto st357;
tr537:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(357)))-1;} }
	goto st357;
st357:
	p += 1;
case 357:
	switch( (*p) ) {
		case 32u: goto tr540;
		case 33u: goto tr541;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr541;
		} else if ( (*p) >= 35u )
			goto tr541;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr541;
		} else if ( (*p) >= 93u )
			goto tr541;
	} else
		goto tr541;
	goto st0;
tr540:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st358;
tr616:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st358;
st358:
	p += 1;
case 358:
	switch( (*p) ) {
		case 34u: goto tr543;
		case 40u: goto tr544;
		case 123u: goto tr545;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr542;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr542;
		} else if ( (*p) >= 43u )
			goto tr542;
	} else
		goto tr542;
	goto st0;
tr548:
	{ {p = (( IMW_SKIP_TO(359)))-1;} }
	goto st359;
tr542:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(359)))-1;} }
	goto st359;
st359:
	p += 1;
case 359:
	switch( (*p) ) {
		case 13u: goto tr546;
		case 32u: goto tr547;
		case 33u: goto tr548;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr548;
		} else if ( (*p) >= 35u )
			goto tr548;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr548;
		} else if ( (*p) >= 93u )
			goto tr548;
	} else
		goto tr548;
	goto st0;
tr547:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	{ IMW_EV_CLOSE(IMW_RULE_METADATA_RESP); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st360;
tr560:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	{ IMW_EV_CLOSE(IMW_RULE_METADATA_RESP); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st360;
st360:
	p += 1;
case 360:
	switch( (*p) ) {
		case 13u: goto tr60;
		case 32u: goto st21;
		case 34u: goto tr543;
		case 123u: goto tr545;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr542;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr542;
		} else if ( (*p) >= 43u )
			goto tr542;
	} else
		goto tr542;
	goto st0;
tr549:
	{ {p = (( IMW_SKIP_TO(361)))-1;} }
	goto st361;
tr543:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(361)))-1;} }
	goto st361;
st361:
	p += 1;
case 361:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr550;
		case 92u: goto tr551;
	}
	goto tr549;
tr550:
	{ {p = (( IMW_SKIP_TO(362)))-1;} }
	goto st362;
st362:
	p += 1;
case 362:
	switch( (*p) ) {
		case 13u: goto tr546;
		case 32u: goto tr547;
	}
	goto st0;
tr551:
	{ {p = (( IMW_SKIP_TO(363)))-1;} }
	goto st363;
st363:
	p += 1;
case 363:
	switch( (*p) ) {
		case 34u: goto tr549;
		case 92u: goto tr549;
	}
	goto st0;
tr545:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(364)))-1;} }
	goto st364;
st364:
	p += 1;
case 364:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr552;
	goto st0;
tr554:
	{ {p = (( IMW_SKIP_TO(365)))-1;} }
	goto st365;
tr552:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(365)))-1;} }
	goto st365;
st365:
	p += 1;
case 365:
	switch( (*p) ) {
		case 43u: goto tr553;
		case 125u: goto tr555;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr554;
	goto st0;
tr553:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(366)))-1;} }
	goto st366;
st366:
	p += 1;
case 366:
	if ( (*p) == 125u )
		goto tr556;
	goto st0;
tr556:
	{ {p = (( IMW_SKIP_TO(367)))-1;} }
	goto st367;
tr555:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(367)))-1;} }
	goto st367;
st367:
	p += 1;
case 367:
	if ( (*p) == 13u )
		goto tr557;
	goto st0;
tr557:
	{ {p = (( IMW_SKIP_TO(368)))-1;} }
	goto st368;
st368:
	p += 1;
case 368:
	if ( (*p) == 10u )
		goto tr558;
	goto st0;
tr558:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(369)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 369; goto _out;} }
	goto st369;
st369:
	p += 1;
case 369:
	switch( (*p) ) {
		case 13u: goto tr559;
		case 32u: goto tr560;
	}
	goto st0;
tr544:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY_VALUES); }
	goto st370;
tr572:
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY_VALUE); }
	goto st370;
tr585:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY_VALUE); }
	goto st370;
tr593:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL8); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY_VALUE); }
	goto st370;
st370:
	p += 1;
case 370:
	switch( (*p) ) {
		case 34u: goto tr562;
		case 123u: goto tr563;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr561;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr561;
		} else if ( (*p) >= 43u )
			goto tr561;
	} else
		goto tr561;
	goto st0;
tr565:
	{ {p = (( IMW_SKIP_TO(371)))-1;} }
	goto st371;
tr561:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY_VALUE); }
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(371)))-1;} }
	goto st371;
st371:
	p += 1;
case 371:
	switch( (*p) ) {
		case 32u: goto tr564;
		case 33u: goto tr565;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr565;
		} else if ( (*p) >= 35u )
			goto tr565;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr565;
		} else if ( (*p) >= 93u )
			goto tr565;
	} else
		goto tr565;
	goto st0;
tr564:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	goto st372;
tr605:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	goto st372;
st372:
	p += 1;
case 372:
	switch( (*p) ) {
		case 34u: goto tr566;
		case 78u: goto st377;
		case 110u: goto st377;
		case 123u: goto tr568;
		case 126u: goto tr569;
	}
	goto st0;
tr566:
	{ {p = (( IMW_SKIP_TO(373)))-1;} }
	goto st373;
st373:
	p += 1;
case 373:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr570;
		case 92u: goto tr571;
	}
	goto tr566;
tr570:
	{ {p = (( IMW_SKIP_TO(374)))-1;} }
	goto st374;
st374:
	p += 1;
case 374:
	switch( (*p) ) {
		case 32u: goto tr572;
		case 41u: goto tr573;
	}
	goto st0;
tr573:
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY_VALUE); }
	goto st375;
tr586:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY_VALUE); }
	goto st375;
tr594:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL8); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY_VALUE); }
	goto st375;
st375:
	p += 1;
case 375:
	switch( (*p) ) {
		case 13u: goto tr574;
		case 32u: goto tr575;
	}
	goto st0;
tr571:
	{ {p = (( IMW_SKIP_TO(376)))-1;} }
	goto st376;
st376:
	p += 1;
case 376:
	switch( (*p) ) {
		case 34u: goto tr566;
		case 92u: goto tr566;
	}
	goto st0;
st377:
	p += 1;
case 377:
	switch( (*p) ) {
		case 73u: goto st378;
		case 105u: goto st378;
	}
	goto st0;
st378:
	p += 1;
case 378:
	switch( (*p) ) {
		case 76u: goto st374;
		case 108u: goto st374;
	}
	goto st0;
tr568:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st379;
st379:
	p += 1;
case 379:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr578;
	goto st0;
tr580:
	{ {p = (( IMW_SKIP_TO(380)))-1;} }
	goto st380;
tr578:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(380)))-1;} }
	goto st380;
st380:
	p += 1;
case 380:
	switch( (*p) ) {
		case 43u: goto tr579;
		case 125u: goto tr581;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr580;
	goto st0;
tr579:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st381;
st381:
	p += 1;
case 381:
	if ( (*p) == 125u )
		goto st382;
	goto st0;
tr581:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st382;
st382:
	p += 1;
case 382:
	if ( (*p) == 13u )
		goto st383;
	goto st0;
st383:
	p += 1;
case 383:
	if ( (*p) == 10u )
		goto tr584;
	goto st0;
tr584:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 384; goto _out;} }
	goto st384;
st384:
	p += 1;
case 384:
	switch( (*p) ) {
		case 32u: goto tr585;
		case 41u: goto tr586;
	}
	goto st0;
tr569:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL8); }
	goto st385;
st385:
	p += 1;
case 385:
	if ( (*p) == 123u )
		goto st386;
	goto st0;
st386:
	p += 1;
case 386:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st387;
	goto st0;
st387:
	p += 1;
case 387:
	switch( (*p) ) {
		case 43u: goto st388;
		case 125u: goto st389;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st387;
	goto st0;
st388:
	p += 1;
case 388:
	if ( (*p) == 125u )
		goto st389;
	goto st0;
st389:
	p += 1;
case 389:
	if ( (*p) == 13u )
		goto st390;
	goto st0;
st390:
	p += 1;
case 390:
	if ( (*p) == 10u )
		goto tr592;
	goto st0;
tr592:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 391; goto _out;} }
	goto st391;
st391:
	p += 1;
case 391:
	switch( (*p) ) {
		case 32u: goto tr593;
		case 41u: goto tr594;
	}
	goto st0;
tr595:
	{ {p = (( IMW_SKIP_TO(392)))-1;} }
	goto st392;
tr562:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY_VALUE); }
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(392)))-1;} }
	goto st392;
st392:
	p += 1;
case 392:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr596;
		case 92u: goto tr597;
	}
	goto tr595;
tr596:
	{ {p = (( IMW_SKIP_TO(393)))-1;} }
	goto st393;
st393:
	p += 1;
case 393:
	if ( (*p) == 32u )
		goto tr564;
	goto st0;
tr597:
	{ {p = (( IMW_SKIP_TO(394)))-1;} }
	goto st394;
st394:
	p += 1;
case 394:
	switch( (*p) ) {
		case 34u: goto tr595;
		case 92u: goto tr595;
	}
	goto st0;
tr563:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY_VALUE); }
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(395)))-1;} }
	goto st395;
st395:
	p += 1;
case 395:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr598;
	goto st0;
tr600:
	{ {p = (( IMW_SKIP_TO(396)))-1;} }
	goto st396;
tr598:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(396)))-1;} }
	goto st396;
st396:
	p += 1;
case 396:
	switch( (*p) ) {
		case 43u: goto tr599;
		case 125u: goto tr601;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr600;
	goto st0;
tr599:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(397)))-1;} }
	goto st397;
st397:
	p += 1;
case 397:
	if ( (*p) == 125u )
		goto tr602;
	goto st0;
tr602:
	{ {p = (( IMW_SKIP_TO(398)))-1;} }
	goto st398;
tr601:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(398)))-1;} }
	goto st398;
st398:
	p += 1;
case 398:
	if ( (*p) == 13u )
		goto tr603;
	goto st0;
tr603:
	{ {p = (( IMW_SKIP_TO(399)))-1;} }
	goto st399;
st399:
	p += 1;
case 399:
	if ( (*p) == 10u )
		goto tr604;
	goto st0;
tr604:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(400)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 400; goto _out;} }
	goto st400;
st400:
	p += 1;
case 400:
	if ( (*p) == 32u )
		goto tr605;
	goto st0;
tr606:
	{ {p = (( IMW_SKIP_TO(401)))-1;} }
	goto st401;
tr538:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(401)))-1;} }
	goto st401;
st401:
	p += 1;
case 401:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr607;
		case 92u: goto tr608;
	}
	goto tr606;
tr607:
	{ {p = (( IMW_SKIP_TO(402)))-1;} }
	goto st402;
st402:
	p += 1;
case 402:
	if ( (*p) == 32u )
		goto tr540;
	goto st0;
tr608:
	{ {p = (( IMW_SKIP_TO(403)))-1;} }
	goto st403;
st403:
	p += 1;
case 403:
	switch( (*p) ) {
		case 34u: goto tr606;
		case 92u: goto tr606;
	}
	goto st0;
tr539:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(404)))-1;} }
	goto st404;
st404:
	p += 1;
case 404:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr609;
	goto st0;
tr611:
	{ {p = (( IMW_SKIP_TO(405)))-1;} }
	goto st405;
tr609:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(405)))-1;} }
	goto st405;
st405:
	p += 1;
case 405:
	switch( (*p) ) {
		case 43u: goto tr610;
		case 125u: goto tr612;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr611;
	goto st0;
tr610:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(406)))-1;} }
	goto st406;
st406:
	p += 1;
case 406:
	if ( (*p) == 125u )
		goto tr613;
	goto st0;
tr613:
	{ {p = (( IMW_SKIP_TO(407)))-1;} }
	goto st407;
tr612:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(407)))-1;} }
	goto st407;
st407:
	p += 1;
case 407:
	if ( (*p) == 13u )
		goto tr614;
	goto st0;
tr614:
	{ {p = (( IMW_SKIP_TO(408)))-1;} }
	goto st408;
st408:
	p += 1;
case 408:
	if ( (*p) == 10u )
		goto tr615;
	goto st0;
tr615:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(409)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 409; goto _out;} }
	goto st409;
st409:
	p += 1;
case 409:
	if ( (*p) == 32u )
		goto tr616;
	goto st0;
st410:
	p += 1;
case 410:
	switch( (*p) ) {
		case 82u: goto st411;
		case 114u: goto st411;
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
		case 71u: goto st413;
		case 103u: goto st413;
	}
	goto st0;
st413:
	p += 1;
case 413:
	switch( (*p) ) {
		case 72u: goto st414;
		case 104u: goto st414;
	}
	goto st0;
st414:
	p += 1;
case 414:
	switch( (*p) ) {
		case 84u: goto st415;
		case 116u: goto st415;
	}
	goto st0;
st415:
	p += 1;
case 415:
	switch( (*p) ) {
		case 83u: goto st416;
		case 115u: goto st416;
	}
	goto st0;
st416:
	p += 1;
case 416:
	if ( (*p) == 32u )
		goto st417;
	goto st0;
st417:
	p += 1;
case 417:
	switch( (*p) ) {
		case 34u: goto tr625;
		case 123u: goto tr626;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr624;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr624;
		} else if ( (*p) >= 43u )
			goto tr624;
	} else
		goto tr624;
	goto st0;
tr628:
	{ {p = (( IMW_SKIP_TO(418)))-1;} }
	goto st418;
tr624:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(418)))-1;} }
	goto st418;
st418:
	p += 1;
case 418:
	switch( (*p) ) {
		case 32u: goto tr627;
		case 33u: goto tr628;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr628;
		} else if ( (*p) >= 35u )
			goto tr628;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr628;
		} else if ( (*p) >= 93u )
			goto tr628;
	} else
		goto tr628;
	goto st0;
tr627:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st419;
tr657:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st419;
st419:
	p += 1;
case 419:
	switch( (*p) ) {
		case 34u: goto tr630;
		case 123u: goto tr631;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr629;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr629;
		} else if ( (*p) >= 43u )
			goto tr629;
	} else
		goto tr629;
	goto st0;
tr634:
	{ {p = (( IMW_SKIP_TO(420)))-1;} }
	goto st420;
tr629:
	{ IMW_EV_OPEN(IMW_RULE_RIGHTS); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(420)))-1;} }
	goto st420;
st420:
	p += 1;
case 420:
	switch( (*p) ) {
		case 13u: goto tr632;
		case 32u: goto tr633;
		case 33u: goto tr634;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr634;
		} else if ( (*p) >= 35u )
			goto tr634;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr634;
		} else if ( (*p) >= 93u )
			goto tr634;
	} else
		goto tr634;
	goto st0;
tr635:
	{ {p = (( IMW_SKIP_TO(421)))-1;} }
	goto st421;
tr630:
	{ IMW_EV_OPEN(IMW_RULE_RIGHTS); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(421)))-1;} }
	goto st421;
st421:
	p += 1;
case 421:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr636;
		case 92u: goto tr637;
	}
	goto tr635;
tr636:
	{ {p = (( IMW_SKIP_TO(422)))-1;} }
	goto st422;
st422:
	p += 1;
case 422:
	switch( (*p) ) {
		case 13u: goto tr632;
		case 32u: goto tr633;
	}
	goto st0;
tr637:
	{ {p = (( IMW_SKIP_TO(423)))-1;} }
	goto st423;
st423:
	p += 1;
case 423:
	switch( (*p) ) {
		case 34u: goto tr635;
		case 92u: goto tr635;
	}
	goto st0;
tr631:
	{ IMW_EV_OPEN(IMW_RULE_RIGHTS); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(424)))-1;} }
	goto st424;
st424:
	p += 1;
case 424:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr638;
	goto st0;
tr640:
	{ {p = (( IMW_SKIP_TO(425)))-1;} }
	goto st425;
tr638:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(425)))-1;} }
	goto st425;
st425:
	p += 1;
case 425:
	switch( (*p) ) {
		case 43u: goto tr639;
		case 125u: goto tr641;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr640;
	goto st0;
tr639:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(426)))-1;} }
	goto st426;
st426:
	p += 1;
case 426:
	if ( (*p) == 125u )
		goto tr642;
	goto st0;
tr642:
	{ {p = (( IMW_SKIP_TO(427)))-1;} }
	goto st427;
tr641:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(427)))-1;} }
	goto st427;
st427:
	p += 1;
case 427:
	if ( (*p) == 13u )
		goto tr643;
	goto st0;
tr643:
	{ {p = (( IMW_SKIP_TO(428)))-1;} }
	goto st428;
st428:
	p += 1;
case 428:
	if ( (*p) == 10u )
		goto tr644;
	goto st0;
tr644:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(429)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 429; goto _out;} }
	goto st429;
st429:
	p += 1;
case 429:
	switch( (*p) ) {
		case 13u: goto tr645;
		case 32u: goto tr646;
	}
	goto st0;
tr647:
	{ {p = (( IMW_SKIP_TO(430)))-1;} }
	goto st430;
tr625:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(430)))-1;} }
	goto st430;
st430:
	p += 1;
case 430:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr648;
		case 92u: goto tr649;
	}
	goto tr647;
tr648:
	{ {p = (( IMW_SKIP_TO(431)))-1;} }
	goto st431;
st431:
	p += 1;
case 431:
	if ( (*p) == 32u )
		goto tr627;
	goto st0;
tr649:
	{ {p = (( IMW_SKIP_TO(432)))-1;} }
	goto st432;
st432:
	p += 1;
case 432:
	switch( (*p) ) {
		case 34u: goto tr647;
		case 92u: goto tr647;
	}
	goto st0;
tr626:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(433)))-1;} }
	goto st433;
st433:
	p += 1;
case 433:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr650;
	goto st0;
tr652:
	{ {p = (( IMW_SKIP_TO(434)))-1;} }
	goto st434;
tr650:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(434)))-1;} }
	goto st434;
st434:
	p += 1;
case 434:
	switch( (*p) ) {
		case 43u: goto tr651;
		case 125u: goto tr653;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr652;
	goto st0;
tr651:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(435)))-1;} }
	goto st435;
st435:
	p += 1;
case 435:
	if ( (*p) == 125u )
		goto tr654;
	goto st0;
tr654:
	{ {p = (( IMW_SKIP_TO(436)))-1;} }
	goto st436;
tr653:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(436)))-1;} }
	goto st436;
st436:
	p += 1;
case 436:
	if ( (*p) == 13u )
		goto tr655;
	goto st0;
tr655:
	{ {p = (( IMW_SKIP_TO(437)))-1;} }
	goto st437;
st437:
	p += 1;
case 437:
	if ( (*p) == 10u )
		goto tr656;
	goto st0;
tr656:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(438)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 438; goto _out;} }
	goto st438;
st438:
	p += 1;
case 438:
	if ( (*p) == 32u )
		goto tr657;
	goto st0;
tr24:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_RESPONSE); }
	goto st439;
tr42:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_SPACE_AFTER_STAR); }
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_RESPONSE); }
	goto st439;
st439:
	p += 1;
case 439:
	switch( (*p) ) {
		case 65u: goto st440;
		case 79u: goto st80;
		case 97u: goto st440;
		case 111u: goto st80;
	}
	goto st0;
st440:
	p += 1;
case 440:
	switch( (*p) ) {
		case 77u: goto st441;
		case 109u: goto st441;
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
	switch( (*p) ) {
		case 83u: goto st443;
		case 115u: goto st443;
	}
	goto st0;
st443:
	p += 1;
case 443:
	switch( (*p) ) {
		case 80u: goto st444;
		case 112u: goto st444;
	}
	goto st0;
st444:
	p += 1;
case 444:
	switch( (*p) ) {
		case 65u: goto st445;
		case 97u: goto st445;
	}
	goto st0;
st445:
	p += 1;
case 445:
	switch( (*p) ) {
		case 67u: goto st446;
		case 99u: goto st446;
	}
	goto st0;
st446:
	p += 1;
case 446:
	switch( (*p) ) {
		case 69u: goto st447;
		case 101u: goto st447;
	}
	goto st0;
st447:
	p += 1;
case 447:
	if ( (*p) == 32u )
		goto st448;
	goto st0;
st448:
	p += 1;
case 448:
	switch( (*p) ) {
		case 40u: goto tr667;
		case 78u: goto tr668;
		case 110u: goto tr668;
	}
	goto st0;
tr667:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE); }
	goto st449;
st449:
	p += 1;
case 449:
	if ( (*p) == 40u )
		goto tr669;
	goto st0;
tr669:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_DESCR); }
	goto st450;
tr699:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_DESCR); }
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_DESCR); }
	goto st450;
st450:
	p += 1;
case 450:
	switch( (*p) ) {
		case 34u: goto tr670;
		case 123u: goto tr671;
	}
	goto st0;
tr672:
	{ {p = (( IMW_SKIP_TO(451)))-1;} }
	goto st451;
tr670:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_PREFIX); }
	{ {p = (( IMW_SKIP_TO(451)))-1;} }
	goto st451;
st451:
	p += 1;
case 451:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr673;
		case 92u: goto tr674;
	}
	goto tr672;
tr673:
	{ {p = (( IMW_SKIP_TO(452)))-1;} }
	goto st452;
st452:
	p += 1;
case 452:
	if ( (*p) == 32u )
		goto tr675;
	goto st0;
tr675:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_PREFIX); }
	goto st453;
tr854:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_PREFIX); }
	goto st453;
st453:
	p += 1;
case 453:
	switch( (*p) ) {
		case 34u: goto st454;
		case 78u: goto st572;
		case 110u: goto st572;
	}
	goto st0;
st454:
	p += 1;
case 454:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st0;
		case 92u: goto st571;
	}
	goto st455;
st455:
	p += 1;
case 455:
	if ( (*p) == 34u )
		goto st456;
	goto st0;
st456:
	p += 1;
case 456:
	switch( (*p) ) {
		case 32u: goto tr681;
		case 41u: goto st465;
	}
	goto st0;
tr681:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_RESPONSE_EXTENSION); }
	goto st457;
tr697:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_RESPONSE_EXTENSION); }
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_RESPONSE_EXTENSION); }
	goto st457;
st457:
	p += 1;
case 457:
	switch( (*p) ) {
		case 34u: goto tr683;
		case 123u: goto tr684;
	}
	goto st0;
tr685:
	{ {p = (( IMW_SKIP_TO(458)))-1;} }
	goto st458;
tr683:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_EXT_NAME); }
	{ {p = (( IMW_SKIP_TO(458)))-1;} }
	goto st458;
st458:
	p += 1;
case 458:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr686;
		case 92u: goto tr687;
	}
	goto tr685;
tr686:
	{ {p = (( IMW_SKIP_TO(459)))-1;} }
	goto st459;
st459:
	p += 1;
case 459:
	if ( (*p) == 32u )
		goto tr688;
	goto st0;
tr688:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_EXT_NAME); }
	goto st460;
tr845:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_EXT_NAME); }
	goto st460;
st460:
	p += 1;
case 460:
	if ( (*p) == 40u )
		goto st461;
	goto st0;
tr695:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_EXT_VALUE); }
	goto st461;
tr836:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_EXT_VALUE); }
	goto st461;
st461:
	p += 1;
case 461:
	switch( (*p) ) {
		case 34u: goto tr690;
		case 123u: goto tr691;
	}
	goto st0;
tr692:
	{ {p = (( IMW_SKIP_TO(462)))-1;} }
	goto st462;
tr690:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_EXT_VALUE); }
	{ {p = (( IMW_SKIP_TO(462)))-1;} }
	goto st462;
st462:
	p += 1;
case 462:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr693;
		case 92u: goto tr694;
	}
	goto tr692;
tr693:
	{ {p = (( IMW_SKIP_TO(463)))-1;} }
	goto st463;
st463:
	p += 1;
case 463:
	switch( (*p) ) {
		case 32u: goto tr695;
		case 41u: goto tr696;
	}
	goto st0;
tr696:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_EXT_VALUE); }
	goto st464;
tr837:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_EXT_VALUE); }
	goto st464;
st464:
	p += 1;
case 464:
	switch( (*p) ) {
		case 32u: goto tr697;
		case 41u: goto tr698;
	}
	goto st0;
tr698:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_RESPONSE_EXTENSION); }
	goto st465;
st465:
	p += 1;
case 465:
	switch( (*p) ) {
		case 40u: goto tr699;
		case 41u: goto tr700;
	}
	goto st0;
tr700:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_DESCR); }
	goto st466;
st466:
	p += 1;
case 466:
	if ( (*p) == 32u )
		goto tr701;
	goto st0;
tr701:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE); }
	goto st467;
st467:
	p += 1;
case 467:
	switch( (*p) ) {
		case 40u: goto tr702;
		case 78u: goto tr703;
		case 110u: goto tr703;
	}
	goto st0;
tr702:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE); }
	goto st468;
st468:
	p += 1;
case 468:
	if ( (*p) == 40u )
		goto tr704;
	goto st0;
tr704:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_DESCR); }
	goto st469;
tr734:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_DESCR); }
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_DESCR); }
	goto st469;
st469:
	p += 1;
case 469:
	switch( (*p) ) {
		case 34u: goto tr705;
		case 123u: goto tr706;
	}
	goto st0;
tr707:
	{ {p = (( IMW_SKIP_TO(470)))-1;} }
	goto st470;
tr705:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_PREFIX); }
	{ {p = (( IMW_SKIP_TO(470)))-1;} }
	goto st470;
st470:
	p += 1;
case 470:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr708;
		case 92u: goto tr709;
	}
	goto tr707;
tr708:
	{ {p = (( IMW_SKIP_TO(471)))-1;} }
	goto st471;
st471:
	p += 1;
case 471:
	if ( (*p) == 32u )
		goto tr710;
	goto st0;
tr710:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_PREFIX); }
	goto st472;
tr826:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_PREFIX); }
	goto st472;
st472:
	p += 1;
case 472:
	switch( (*p) ) {
		case 34u: goto st473;
		case 78u: goto st546;
		case 110u: goto st546;
	}
	goto st0;
st473:
	p += 1;
case 473:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st0;
		case 92u: goto st545;
	}
	goto st474;
st474:
	p += 1;
case 474:
	if ( (*p) == 34u )
		goto st475;
	goto st0;
st475:
	p += 1;
case 475:
	switch( (*p) ) {
		case 32u: goto tr716;
		case 41u: goto st484;
	}
	goto st0;
tr716:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_RESPONSE_EXTENSION); }
	goto st476;
tr732:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_RESPONSE_EXTENSION); }
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_RESPONSE_EXTENSION); }
	goto st476;
st476:
	p += 1;
case 476:
	switch( (*p) ) {
		case 34u: goto tr718;
		case 123u: goto tr719;
	}
	goto st0;
tr720:
	{ {p = (( IMW_SKIP_TO(477)))-1;} }
	goto st477;
tr718:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_EXT_NAME); }
	{ {p = (( IMW_SKIP_TO(477)))-1;} }
	goto st477;
st477:
	p += 1;
case 477:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr721;
		case 92u: goto tr722;
	}
	goto tr720;
tr721:
	{ {p = (( IMW_SKIP_TO(478)))-1;} }
	goto st478;
st478:
	p += 1;
case 478:
	if ( (*p) == 32u )
		goto tr723;
	goto st0;
tr723:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_EXT_NAME); }
	goto st479;
tr817:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_EXT_NAME); }
	goto st479;
st479:
	p += 1;
case 479:
	if ( (*p) == 40u )
		goto st480;
	goto st0;
tr730:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_EXT_VALUE); }
	goto st480;
tr808:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_EXT_VALUE); }
	goto st480;
st480:
	p += 1;
case 480:
	switch( (*p) ) {
		case 34u: goto tr725;
		case 123u: goto tr726;
	}
	goto st0;
tr727:
	{ {p = (( IMW_SKIP_TO(481)))-1;} }
	goto st481;
tr725:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_EXT_VALUE); }
	{ {p = (( IMW_SKIP_TO(481)))-1;} }
	goto st481;
st481:
	p += 1;
case 481:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr728;
		case 92u: goto tr729;
	}
	goto tr727;
tr728:
	{ {p = (( IMW_SKIP_TO(482)))-1;} }
	goto st482;
st482:
	p += 1;
case 482:
	switch( (*p) ) {
		case 32u: goto tr730;
		case 41u: goto tr731;
	}
	goto st0;
tr731:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_EXT_VALUE); }
	goto st483;
tr809:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_EXT_VALUE); }
	goto st483;
st483:
	p += 1;
case 483:
	switch( (*p) ) {
		case 32u: goto tr732;
		case 41u: goto tr733;
	}
	goto st0;
tr733:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_RESPONSE_EXTENSION); }
	goto st484;
st484:
	p += 1;
case 484:
	switch( (*p) ) {
		case 40u: goto tr734;
		case 41u: goto tr735;
	}
	goto st0;
tr735:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_DESCR); }
	goto st485;
st485:
	p += 1;
case 485:
	if ( (*p) == 32u )
		goto tr736;
	goto st0;
tr736:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE); }
	goto st486;
st486:
	p += 1;
case 486:
	switch( (*p) ) {
		case 40u: goto tr737;
		case 78u: goto tr738;
		case 110u: goto tr738;
	}
	goto st0;
tr737:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE); }
	goto st487;
st487:
	p += 1;
case 487:
	if ( (*p) == 40u )
		goto tr739;
	goto st0;
tr739:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_DESCR); }
	goto st488;
tr769:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_DESCR); }
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_DESCR); }
	goto st488;
st488:
	p += 1;
case 488:
	switch( (*p) ) {
		case 34u: goto tr740;
		case 123u: goto tr741;
	}
	goto st0;
tr742:
	{ {p = (( IMW_SKIP_TO(489)))-1;} }
	goto st489;
tr740:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_PREFIX); }
	{ {p = (( IMW_SKIP_TO(489)))-1;} }
	goto st489;
st489:
	p += 1;
case 489:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr743;
		case 92u: goto tr744;
	}
	goto tr742;
tr743:
	{ {p = (( IMW_SKIP_TO(490)))-1;} }
	goto st490;
st490:
	p += 1;
case 490:
	if ( (*p) == 32u )
		goto tr745;
	goto st0;
tr745:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_PREFIX); }
	goto st491;
tr798:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_PREFIX); }
	goto st491;
st491:
	p += 1;
case 491:
	switch( (*p) ) {
		case 34u: goto st492;
		case 78u: goto st520;
		case 110u: goto st520;
	}
	goto st0;
st492:
	p += 1;
case 492:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto st0;
		case 92u: goto st519;
	}
	goto st493;
st493:
	p += 1;
case 493:
	if ( (*p) == 34u )
		goto st494;
	goto st0;
st494:
	p += 1;
case 494:
	switch( (*p) ) {
		case 32u: goto tr751;
		case 41u: goto st503;
	}
	goto st0;
tr751:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_RESPONSE_EXTENSION); }
	goto st495;
tr767:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_RESPONSE_EXTENSION); }
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_RESPONSE_EXTENSION); }
	goto st495;
st495:
	p += 1;
case 495:
	switch( (*p) ) {
		case 34u: goto tr753;
		case 123u: goto tr754;
	}
	goto st0;
tr755:
	{ {p = (( IMW_SKIP_TO(496)))-1;} }
	goto st496;
tr753:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_EXT_NAME); }
	{ {p = (( IMW_SKIP_TO(496)))-1;} }
	goto st496;
st496:
	p += 1;
case 496:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr756;
		case 92u: goto tr757;
	}
	goto tr755;
tr756:
	{ {p = (( IMW_SKIP_TO(497)))-1;} }
	goto st497;
st497:
	p += 1;
case 497:
	if ( (*p) == 32u )
		goto tr758;
	goto st0;
tr758:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_EXT_NAME); }
	goto st498;
tr789:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_EXT_NAME); }
	goto st498;
st498:
	p += 1;
case 498:
	if ( (*p) == 40u )
		goto st499;
	goto st0;
tr765:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_EXT_VALUE); }
	goto st499;
tr780:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_EXT_VALUE); }
	goto st499;
st499:
	p += 1;
case 499:
	switch( (*p) ) {
		case 34u: goto tr760;
		case 123u: goto tr761;
	}
	goto st0;
tr762:
	{ {p = (( IMW_SKIP_TO(500)))-1;} }
	goto st500;
tr760:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_EXT_VALUE); }
	{ {p = (( IMW_SKIP_TO(500)))-1;} }
	goto st500;
st500:
	p += 1;
case 500:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr763;
		case 92u: goto tr764;
	}
	goto tr762;
tr763:
	{ {p = (( IMW_SKIP_TO(501)))-1;} }
	goto st501;
st501:
	p += 1;
case 501:
	switch( (*p) ) {
		case 32u: goto tr765;
		case 41u: goto tr766;
	}
	goto st0;
tr766:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_EXT_VALUE); }
	goto st502;
tr781:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_EXT_VALUE); }
	goto st502;
st502:
	p += 1;
case 502:
	switch( (*p) ) {
		case 32u: goto tr767;
		case 41u: goto tr768;
	}
	goto st0;
tr768:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_RESPONSE_EXTENSION); }
	goto st503;
st503:
	p += 1;
case 503:
	switch( (*p) ) {
		case 40u: goto tr769;
		case 41u: goto tr770;
	}
	goto st0;
tr770:
	{ IMW_EV_CLOSE(IMW_RULE_NAMESPACE_DESCR); }
	goto st504;
st504:
	p += 1;
case 504:
	switch( (*p) ) {
		case 13u: goto tr771;
		case 32u: goto tr772;
	}
	goto st0;
tr764:
	{ {p = (( IMW_SKIP_TO(505)))-1;} }
	goto st505;
st505:
	p += 1;
case 505:
	switch( (*p) ) {
		case 34u: goto tr762;
		case 92u: goto tr762;
	}
	goto st0;
tr761:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_EXT_VALUE); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st506;
st506:
	p += 1;
case 506:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr773;
	goto st0;
tr775:
	{ {p = (( IMW_SKIP_TO(507)))-1;} }
	goto st507;
tr773:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(507)))-1;} }
	goto st507;
st507:
	p += 1;
case 507:
	switch( (*p) ) {
		case 43u: goto tr774;
		case 125u: goto tr776;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr775;
	goto st0;
tr774:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st508;
st508:
	p += 1;
case 508:
	if ( (*p) == 125u )
		goto st509;
	goto st0;
tr776:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st509;
st509:
	p += 1;
case 509:
	if ( (*p) == 13u )
		goto st510;
	goto st0;
st510:
	p += 1;
case 510:
	if ( (*p) == 10u )
		goto tr779;
	goto st0;
tr779:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 511; goto _out;} }
	goto st511;
st511:
	p += 1;
case 511:
	switch( (*p) ) {
		case 32u: goto tr780;
		case 41u: goto tr781;
	}
	goto st0;
tr757:
	{ {p = (( IMW_SKIP_TO(512)))-1;} }
	goto st512;
st512:
	p += 1;
case 512:
	switch( (*p) ) {
		case 34u: goto tr755;
		case 92u: goto tr755;
	}
	goto st0;
tr754:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_EXT_NAME); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st513;
st513:
	p += 1;
case 513:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr782;
	goto st0;
tr784:
	{ {p = (( IMW_SKIP_TO(514)))-1;} }
	goto st514;
tr782:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(514)))-1;} }
	goto st514;
st514:
	p += 1;
case 514:
	switch( (*p) ) {
		case 43u: goto tr783;
		case 125u: goto tr785;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr784;
	goto st0;
tr783:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st515;
st515:
	p += 1;
case 515:
	if ( (*p) == 125u )
		goto st516;
	goto st0;
tr785:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st516;
st516:
	p += 1;
case 516:
	if ( (*p) == 13u )
		goto st517;
	goto st0;
st517:
	p += 1;
case 517:
	if ( (*p) == 10u )
		goto tr788;
	goto st0;
tr788:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 518; goto _out;} }
	goto st518;
st518:
	p += 1;
case 518:
	if ( (*p) == 32u )
		goto tr789;
	goto st0;
st519:
	p += 1;
case 519:
	switch( (*p) ) {
		case 34u: goto st493;
		case 92u: goto st493;
	}
	goto st0;
st520:
	p += 1;
case 520:
	switch( (*p) ) {
		case 73u: goto st521;
		case 105u: goto st521;
	}
	goto st0;
st521:
	p += 1;
case 521:
	switch( (*p) ) {
		case 76u: goto st494;
		case 108u: goto st494;
	}
	goto st0;
tr744:
	{ {p = (( IMW_SKIP_TO(522)))-1;} }
	goto st522;
st522:
	p += 1;
case 522:
	switch( (*p) ) {
		case 34u: goto tr742;
		case 92u: goto tr742;
	}
	goto st0;
tr741:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_PREFIX); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st523;
st523:
	p += 1;
case 523:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr791;
	goto st0;
tr793:
	{ {p = (( IMW_SKIP_TO(524)))-1;} }
	goto st524;
tr791:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(524)))-1;} }
	goto st524;
st524:
	p += 1;
case 524:
	switch( (*p) ) {
		case 43u: goto tr792;
		case 125u: goto tr794;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr793;
	goto st0;
tr792:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st525;
st525:
	p += 1;
case 525:
	if ( (*p) == 125u )
		goto st526;
	goto st0;
tr794:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st526;
st526:
	p += 1;
case 526:
	if ( (*p) == 13u )
		goto st527;
	goto st0;
st527:
	p += 1;
case 527:
	if ( (*p) == 10u )
		goto tr797;
	goto st0;
tr797:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 528; goto _out;} }
	goto st528;
st528:
	p += 1;
case 528:
	if ( (*p) == 32u )
		goto tr798;
	goto st0;
tr738:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE); }
	goto st529;
st529:
	p += 1;
case 529:
	switch( (*p) ) {
		case 73u: goto st530;
		case 105u: goto st530;
	}
	goto st0;
st530:
	p += 1;
case 530:
	switch( (*p) ) {
		case 76u: goto st504;
		case 108u: goto st504;
	}
	goto st0;
tr729:
	{ {p = (( IMW_SKIP_TO(531)))-1;} }
	goto st531;
st531:
	p += 1;
case 531:
	switch( (*p) ) {
		case 34u: goto tr727;
		case 92u: goto tr727;
	}
	goto st0;
tr726:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_EXT_VALUE); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st532;
st532:
	p += 1;
case 532:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr801;
	goto st0;
tr803:
	{ {p = (( IMW_SKIP_TO(533)))-1;} }
	goto st533;
tr801:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(533)))-1;} }
	goto st533;
st533:
	p += 1;
case 533:
	switch( (*p) ) {
		case 43u: goto tr802;
		case 125u: goto tr804;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr803;
	goto st0;
tr802:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st534;
st534:
	p += 1;
case 534:
	if ( (*p) == 125u )
		goto st535;
	goto st0;
tr804:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st535;
st535:
	p += 1;
case 535:
	if ( (*p) == 13u )
		goto st536;
	goto st0;
st536:
	p += 1;
case 536:
	if ( (*p) == 10u )
		goto tr807;
	goto st0;
tr807:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 537; goto _out;} }
	goto st537;
st537:
	p += 1;
case 537:
	switch( (*p) ) {
		case 32u: goto tr808;
		case 41u: goto tr809;
	}
	goto st0;
tr722:
	{ {p = (( IMW_SKIP_TO(538)))-1;} }
	goto st538;
st538:
	p += 1;
case 538:
	switch( (*p) ) {
		case 34u: goto tr720;
		case 92u: goto tr720;
	}
	goto st0;
tr719:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_EXT_NAME); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st539;
st539:
	p += 1;
case 539:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr810;
	goto st0;
tr812:
	{ {p = (( IMW_SKIP_TO(540)))-1;} }
	goto st540;
tr810:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(540)))-1;} }
	goto st540;
st540:
	p += 1;
case 540:
	switch( (*p) ) {
		case 43u: goto tr811;
		case 125u: goto tr813;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr812;
	goto st0;
tr811:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st541;
st541:
	p += 1;
case 541:
	if ( (*p) == 125u )
		goto st542;
	goto st0;
tr813:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st542;
st542:
	p += 1;
case 542:
	if ( (*p) == 13u )
		goto st543;
	goto st0;
st543:
	p += 1;
case 543:
	if ( (*p) == 10u )
		goto tr816;
	goto st0;
tr816:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 544; goto _out;} }
	goto st544;
st544:
	p += 1;
case 544:
	if ( (*p) == 32u )
		goto tr817;
	goto st0;
st545:
	p += 1;
case 545:
	switch( (*p) ) {
		case 34u: goto st474;
		case 92u: goto st474;
	}
	goto st0;
st546:
	p += 1;
case 546:
	switch( (*p) ) {
		case 73u: goto st547;
		case 105u: goto st547;
	}
	goto st0;
st547:
	p += 1;
case 547:
	switch( (*p) ) {
		case 76u: goto st475;
		case 108u: goto st475;
	}
	goto st0;
tr709:
	{ {p = (( IMW_SKIP_TO(548)))-1;} }
	goto st548;
st548:
	p += 1;
case 548:
	switch( (*p) ) {
		case 34u: goto tr707;
		case 92u: goto tr707;
	}
	goto st0;
tr706:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_PREFIX); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st549;
st549:
	p += 1;
case 549:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr819;
	goto st0;
tr821:
	{ {p = (( IMW_SKIP_TO(550)))-1;} }
	goto st550;
tr819:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(550)))-1;} }
	goto st550;
st550:
	p += 1;
case 550:
	switch( (*p) ) {
		case 43u: goto tr820;
		case 125u: goto tr822;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr821;
	goto st0;
tr820:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st551;
st551:
	p += 1;
case 551:
	if ( (*p) == 125u )
		goto st552;
	goto st0;
tr822:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st552;
st552:
	p += 1;
case 552:
	if ( (*p) == 13u )
		goto st553;
	goto st0;
st553:
	p += 1;
case 553:
	if ( (*p) == 10u )
		goto tr825;
	goto st0;
tr825:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 554; goto _out;} }
	goto st554;
st554:
	p += 1;
case 554:
	if ( (*p) == 32u )
		goto tr826;
	goto st0;
tr703:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE); }
	goto st555;
st555:
	p += 1;
case 555:
	switch( (*p) ) {
		case 73u: goto st556;
		case 105u: goto st556;
	}
	goto st0;
st556:
	p += 1;
case 556:
	switch( (*p) ) {
		case 76u: goto st485;
		case 108u: goto st485;
	}
	goto st0;
tr694:
	{ {p = (( IMW_SKIP_TO(557)))-1;} }
	goto st557;
st557:
	p += 1;
case 557:
	switch( (*p) ) {
		case 34u: goto tr692;
		case 92u: goto tr692;
	}
	goto st0;
tr691:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_EXT_VALUE); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st558;
st558:
	p += 1;
case 558:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr829;
	goto st0;
tr831:
	{ {p = (( IMW_SKIP_TO(559)))-1;} }
	goto st559;
tr829:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(559)))-1;} }
	goto st559;
st559:
	p += 1;
case 559:
	switch( (*p) ) {
		case 43u: goto tr830;
		case 125u: goto tr832;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr831;
	goto st0;
tr830:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st560;
st560:
	p += 1;
case 560:
	if ( (*p) == 125u )
		goto st561;
	goto st0;
tr832:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st561;
st561:
	p += 1;
case 561:
	if ( (*p) == 13u )
		goto st562;
	goto st0;
st562:
	p += 1;
case 562:
	if ( (*p) == 10u )
		goto tr835;
	goto st0;
tr835:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 563; goto _out;} }
	goto st563;
st563:
	p += 1;
case 563:
	switch( (*p) ) {
		case 32u: goto tr836;
		case 41u: goto tr837;
	}
	goto st0;
tr687:
	{ {p = (( IMW_SKIP_TO(564)))-1;} }
	goto st564;
st564:
	p += 1;
case 564:
	switch( (*p) ) {
		case 34u: goto tr685;
		case 92u: goto tr685;
	}
	goto st0;
tr684:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_EXT_NAME); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st565;
st565:
	p += 1;
case 565:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr838;
	goto st0;
tr840:
	{ {p = (( IMW_SKIP_TO(566)))-1;} }
	goto st566;
tr838:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(566)))-1;} }
	goto st566;
st566:
	p += 1;
case 566:
	switch( (*p) ) {
		case 43u: goto tr839;
		case 125u: goto tr841;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr840;
	goto st0;
tr839:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st567;
st567:
	p += 1;
case 567:
	if ( (*p) == 125u )
		goto st568;
	goto st0;
tr841:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st568;
st568:
	p += 1;
case 568:
	if ( (*p) == 13u )
		goto st569;
	goto st0;
st569:
	p += 1;
case 569:
	if ( (*p) == 10u )
		goto tr844;
	goto st0;
tr844:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 570; goto _out;} }
	goto st570;
st570:
	p += 1;
case 570:
	if ( (*p) == 32u )
		goto tr845;
	goto st0;
st571:
	p += 1;
case 571:
	switch( (*p) ) {
		case 34u: goto st455;
		case 92u: goto st455;
	}
	goto st0;
st572:
	p += 1;
case 572:
	switch( (*p) ) {
		case 73u: goto st573;
		case 105u: goto st573;
	}
	goto st0;
st573:
	p += 1;
case 573:
	switch( (*p) ) {
		case 76u: goto st456;
		case 108u: goto st456;
	}
	goto st0;
tr674:
	{ {p = (( IMW_SKIP_TO(574)))-1;} }
	goto st574;
st574:
	p += 1;
case 574:
	switch( (*p) ) {
		case 34u: goto tr672;
		case 92u: goto tr672;
	}
	goto st0;
tr671:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE_PREFIX); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st575;
st575:
	p += 1;
case 575:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr847;
	goto st0;
tr849:
	{ {p = (( IMW_SKIP_TO(576)))-1;} }
	goto st576;
tr847:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(576)))-1;} }
	goto st576;
st576:
	p += 1;
case 576:
	switch( (*p) ) {
		case 43u: goto tr848;
		case 125u: goto tr850;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr849;
	goto st0;
tr848:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st577;
st577:
	p += 1;
case 577:
	if ( (*p) == 125u )
		goto st578;
	goto st0;
tr850:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st578;
st578:
	p += 1;
case 578:
	if ( (*p) == 13u )
		goto st579;
	goto st0;
st579:
	p += 1;
case 579:
	if ( (*p) == 10u )
		goto tr853;
	goto st0;
tr853:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 580; goto _out;} }
	goto st580;
st580:
	p += 1;
case 580:
	if ( (*p) == 32u )
		goto tr854;
	goto st0;
tr668:
	{ IMW_EV_OPEN(IMW_RULE_NAMESPACE); }
	goto st581;
st581:
	p += 1;
case 581:
	switch( (*p) ) {
		case 73u: goto st582;
		case 105u: goto st582;
	}
	goto st0;
st582:
	p += 1;
case 582:
	switch( (*p) ) {
		case 76u: goto st466;
		case 108u: goto st466;
	}
	goto st0;
tr43:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_SPACE_AFTER_STAR); }
	goto st583;
st583:
	p += 1;
case 583:
	switch( (*p) ) {
		case 75u: goto st80;
		case 107u: goto st80;
	}
	goto st0;
tr27:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_QUOTA_RESPONSE); }
	{ IMW_EV_OPEN(IMW_RULE_QUOTAROOT_RESPONSE); }
	goto st584;
tr44:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_SPACE_AFTER_STAR); }
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_QUOTA_RESPONSE); }
	{ IMW_EV_OPEN(IMW_RULE_QUOTAROOT_RESPONSE); }
	goto st584;
st584:
	p += 1;
case 584:
	switch( (*p) ) {
		case 85u: goto st585;
		case 117u: goto st585;
	}
	goto st0;
st585:
	p += 1;
case 585:
	switch( (*p) ) {
		case 79u: goto st586;
		case 111u: goto st586;
	}
	goto st0;
st586:
	p += 1;
case 586:
	switch( (*p) ) {
		case 84u: goto st587;
		case 116u: goto st587;
	}
	goto st0;
st587:
	p += 1;
case 587:
	switch( (*p) ) {
		case 65u: goto st588;
		case 97u: goto st588;
	}
	goto st0;
st588:
	p += 1;
case 588:
	switch( (*p) ) {
		case 32u: goto st589;
		case 82u: goto st608;
		case 114u: goto st608;
	}
	goto st0;
st589:
	p += 1;
case 589:
	switch( (*p) ) {
		case 34u: goto tr864;
		case 123u: goto tr865;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr863;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr863;
		} else if ( (*p) >= 43u )
			goto tr863;
	} else
		goto tr863;
	goto st0;
tr867:
	{ {p = (( IMW_SKIP_TO(590)))-1;} }
	goto st590;
tr863:
	{ IMW_EV_OPEN(IMW_RULE_QUOTA_ROOT_NAME); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(590)))-1;} }
	goto st590;
st590:
	p += 1;
case 590:
	switch( (*p) ) {
		case 32u: goto tr866;
		case 33u: goto tr867;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr867;
		} else if ( (*p) >= 35u )
			goto tr867;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr867;
		} else if ( (*p) >= 93u )
			goto tr867;
	} else
		goto tr867;
	goto st0;
tr866:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_QUOTA_ROOT_NAME); }
	goto st591;
tr889:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_QUOTA_ROOT_NAME); }
	goto st591;
st591:
	p += 1;
case 591:
	if ( (*p) == 40u )
		goto tr868;
	goto st0;
tr868:
	{ IMW_EV_OPEN(IMW_RULE_QUOTA_LIST); }
	goto st592;
tr875:
	{ IMW_EV_CLOSE(IMW_RULE_QUOTA_RESOURCE); }
	goto st592;
st592:
	p += 1;
case 592:
	if ( (*p) == 33u )
		goto tr869;
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr869;
		} else if ( (*p) >= 35u )
			goto tr869;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr869;
		} else if ( (*p) >= 94u )
			goto tr869;
	} else
		goto tr869;
	goto st0;
tr871:
	{ {p = (( IMW_SKIP_TO(593)))-1;} }
	goto st593;
tr869:
	{ IMW_EV_OPEN(IMW_RULE_QUOTA_RESOURCE); }
	{ {p = (( IMW_SKIP_TO(593)))-1;} }
	goto st593;
st593:
	p += 1;
case 593:
	switch( (*p) ) {
		case 32u: goto st594;
		case 33u: goto tr871;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr871;
		} else if ( (*p) >= 35u )
			goto tr871;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr871;
		} else if ( (*p) >= 94u )
			goto tr871;
	} else
		goto tr871;
	goto st0;
st594:
	p += 1;
case 594:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st595;
	goto st0;
st595:
	p += 1;
case 595:
	if ( (*p) == 32u )
		goto st596;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st595;
	goto st0;
st596:
	p += 1;
case 596:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st597;
	goto st0;
st597:
	p += 1;
case 597:
	switch( (*p) ) {
		case 32u: goto tr875;
		case 41u: goto tr876;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st597;
	goto st0;
tr876:
	{ IMW_EV_CLOSE(IMW_RULE_QUOTA_RESOURCE); }
	goto st598;
st598:
	p += 1;
case 598:
	switch( (*p) ) {
		case 13u: goto tr877;
		case 32u: goto tr878;
	}
	goto st0;
tr879:
	{ {p = (( IMW_SKIP_TO(599)))-1;} }
	goto st599;
tr864:
	{ IMW_EV_OPEN(IMW_RULE_QUOTA_ROOT_NAME); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(599)))-1;} }
	goto st599;
st599:
	p += 1;
case 599:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr880;
		case 92u: goto tr881;
	}
	goto tr879;
tr880:
	{ {p = (( IMW_SKIP_TO(600)))-1;} }
	goto st600;
st600:
	p += 1;
case 600:
	if ( (*p) == 32u )
		goto tr866;
	goto st0;
tr881:
	{ {p = (( IMW_SKIP_TO(601)))-1;} }
	goto st601;
st601:
	p += 1;
case 601:
	switch( (*p) ) {
		case 34u: goto tr879;
		case 92u: goto tr879;
	}
	goto st0;
tr865:
	{ IMW_EV_OPEN(IMW_RULE_QUOTA_ROOT_NAME); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(602)))-1;} }
	goto st602;
st602:
	p += 1;
case 602:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr882;
	goto st0;
tr884:
	{ {p = (( IMW_SKIP_TO(603)))-1;} }
	goto st603;
tr882:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(603)))-1;} }
	goto st603;
st603:
	p += 1;
case 603:
	switch( (*p) ) {
		case 43u: goto tr883;
		case 125u: goto tr885;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr884;
	goto st0;
tr883:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(604)))-1;} }
	goto st604;
st604:
	p += 1;
case 604:
	if ( (*p) == 125u )
		goto tr886;
	goto st0;
tr886:
	{ {p = (( IMW_SKIP_TO(605)))-1;} }
	goto st605;
tr885:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(605)))-1;} }
	goto st605;
st605:
	p += 1;
case 605:
	if ( (*p) == 13u )
		goto tr887;
	goto st0;
tr887:
	{ {p = (( IMW_SKIP_TO(606)))-1;} }
	goto st606;
st606:
	p += 1;
case 606:
	if ( (*p) == 10u )
		goto tr888;
	goto st0;
tr888:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(607)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 607; goto _out;} }
	goto st607;
st607:
	p += 1;
case 607:
	if ( (*p) == 32u )
		goto tr889;
	goto st0;
st608:
	p += 1;
case 608:
	switch( (*p) ) {
		case 79u: goto st609;
		case 111u: goto st609;
	}
	goto st0;
st609:
	p += 1;
case 609:
	switch( (*p) ) {
		case 79u: goto st610;
		case 111u: goto st610;
	}
	goto st0;
st610:
	p += 1;
case 610:
	switch( (*p) ) {
		case 84u: goto st611;
		case 116u: goto st611;
	}
	goto st0;
st611:
	p += 1;
case 611:
	if ( (*p) == 32u )
		goto st612;
	goto st0;
st612:
	p += 1;
case 612:
	switch( (*p) ) {
		case 34u: goto tr895;
		case 123u: goto tr896;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr894;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr894;
		} else if ( (*p) >= 43u )
			goto tr894;
	} else
		goto tr894;
	goto st0;
tr899:
	{ {p = (( IMW_SKIP_TO(613)))-1;} }
	goto st613;
tr894:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(613)))-1;} }
	goto st613;
st613:
	p += 1;
case 613:
	switch( (*p) ) {
		case 13u: goto tr897;
		case 32u: goto tr898;
		case 33u: goto tr899;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr899;
		} else if ( (*p) >= 35u )
			goto tr899;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr899;
		} else if ( (*p) >= 93u )
			goto tr899;
	} else
		goto tr899;
	goto st0;
tr898:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	{ IMW_EV_CLOSE(IMW_RULE_QUOTAROOT_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st614;
tr904:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_QUOTA_ROOT_NAME); }
	{ IMW_EV_CLOSE(IMW_RULE_QUOTAROOT_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st614;
tr917:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_QUOTA_ROOT_NAME); }
	{ IMW_EV_CLOSE(IMW_RULE_QUOTAROOT_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st614;
tr929:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	{ IMW_EV_CLOSE(IMW_RULE_QUOTAROOT_RESPONSE); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st614;
st614:
	p += 1;
case 614:
	switch( (*p) ) {
		case 13u: goto tr60;
		case 32u: goto st21;
		case 34u: goto tr901;
		case 123u: goto tr902;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr900;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr900;
		} else if ( (*p) >= 43u )
			goto tr900;
	} else
		goto tr900;
	goto st0;
tr905:
	{ {p = (( IMW_SKIP_TO(615)))-1;} }
	goto st615;
tr900:
	{ IMW_EV_OPEN(IMW_RULE_QUOTA_ROOT_NAME); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(615)))-1;} }
	goto st615;
st615:
	p += 1;
case 615:
	switch( (*p) ) {
		case 13u: goto tr903;
		case 32u: goto tr904;
		case 33u: goto tr905;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr905;
		} else if ( (*p) >= 35u )
			goto tr905;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr905;
		} else if ( (*p) >= 93u )
			goto tr905;
	} else
		goto tr905;
	goto st0;
tr906:
	{ {p = (( IMW_SKIP_TO(616)))-1;} }
	goto st616;
tr901:
	{ IMW_EV_OPEN(IMW_RULE_QUOTA_ROOT_NAME); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(616)))-1;} }
	goto st616;
st616:
	p += 1;
case 616:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr907;
		case 92u: goto tr908;
	}
	goto tr906;
tr907:
	{ {p = (( IMW_SKIP_TO(617)))-1;} }
	goto st617;
st617:
	p += 1;
case 617:
	switch( (*p) ) {
		case 13u: goto tr903;
		case 32u: goto tr904;
	}
	goto st0;
tr908:
	{ {p = (( IMW_SKIP_TO(618)))-1;} }
	goto st618;
st618:
	p += 1;
case 618:
	switch( (*p) ) {
		case 34u: goto tr906;
		case 92u: goto tr906;
	}
	goto st0;
tr902:
	{ IMW_EV_OPEN(IMW_RULE_QUOTA_ROOT_NAME); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(619)))-1;} }
	goto st619;
st619:
	p += 1;
case 619:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr909;
	goto st0;
tr911:
	{ {p = (( IMW_SKIP_TO(620)))-1;} }
	goto st620;
tr909:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(620)))-1;} }
	goto st620;
st620:
	p += 1;
case 620:
	switch( (*p) ) {
		case 43u: goto tr910;
		case 125u: goto tr912;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr911;
	goto st0;
tr910:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(621)))-1;} }
	goto st621;
st621:
	p += 1;
case 621:
	if ( (*p) == 125u )
		goto tr913;
	goto st0;
tr913:
	{ {p = (( IMW_SKIP_TO(622)))-1;} }
	goto st622;
tr912:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(622)))-1;} }
	goto st622;
st622:
	p += 1;
case 622:
	if ( (*p) == 13u )
		goto tr914;
	goto st0;
tr914:
	{ {p = (( IMW_SKIP_TO(623)))-1;} }
	goto st623;
st623:
	p += 1;
case 623:
	if ( (*p) == 10u )
		goto tr915;
	goto st0;
tr915:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(624)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 624; goto _out;} }
	goto st624;
st624:
	p += 1;
case 624:
	switch( (*p) ) {
		case 13u: goto tr916;
		case 32u: goto tr917;
	}
	goto st0;
tr918:
	{ {p = (( IMW_SKIP_TO(625)))-1;} }
	goto st625;
tr895:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(625)))-1;} }
	goto st625;
st625:
	p += 1;
case 625:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr919;
		case 92u: goto tr920;
	}
	goto tr918;
tr919:
	{ {p = (( IMW_SKIP_TO(626)))-1;} }
	goto st626;
st626:
	p += 1;
case 626:
	switch( (*p) ) {
		case 13u: goto tr897;
		case 32u: goto tr898;
	}
	goto st0;
tr920:
	{ {p = (( IMW_SKIP_TO(627)))-1;} }
	goto st627;
st627:
	p += 1;
case 627:
	switch( (*p) ) {
		case 34u: goto tr918;
		case 92u: goto tr918;
	}
	goto st0;
tr896:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(628)))-1;} }
	goto st628;
st628:
	p += 1;
case 628:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr921;
	goto st0;
tr923:
	{ {p = (( IMW_SKIP_TO(629)))-1;} }
	goto st629;
tr921:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(629)))-1;} }
	goto st629;
st629:
	p += 1;
case 629:
	switch( (*p) ) {
		case 43u: goto tr922;
		case 125u: goto tr924;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr923;
	goto st0;
tr922:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(630)))-1;} }
	goto st630;
st630:
	p += 1;
case 630:
	if ( (*p) == 125u )
		goto tr925;
	goto st0;
tr925:
	{ {p = (( IMW_SKIP_TO(631)))-1;} }
	goto st631;
tr924:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(631)))-1;} }
	goto st631;
st631:
	p += 1;
case 631:
	if ( (*p) == 13u )
		goto tr926;
	goto st0;
tr926:
	{ {p = (( IMW_SKIP_TO(632)))-1;} }
	goto st632;
st632:
	p += 1;
case 632:
	if ( (*p) == 10u )
		goto tr927;
	goto st0;
tr927:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(633)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 633; goto _out;} }
	goto st633;
st633:
	p += 1;
case 633:
	switch( (*p) ) {
		case 13u: goto tr928;
		case 32u: goto tr929;
	}
	goto st0;
tr28:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_SORT_DATA); }
	goto st634;
tr45:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_SPACE_AFTER_STAR); }
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_SORT_DATA); }
	goto st634;
st634:
	p += 1;
case 634:
	switch( (*p) ) {
		case 69u: goto st635;
		case 79u: goto st652;
		case 84u: goto st668;
		case 101u: goto st635;
		case 111u: goto st652;
		case 116u: goto st668;
	}
	goto st0;
st635:
	p += 1;
case 635:
	switch( (*p) ) {
		case 65u: goto st636;
		case 97u: goto st636;
	}
	goto st0;
st636:
	p += 1;
case 636:
	switch( (*p) ) {
		case 82u: goto st637;
		case 114u: goto st637;
	}
	goto st0;
st637:
	p += 1;
case 637:
	switch( (*p) ) {
		case 67u: goto st638;
		case 99u: goto st638;
	}
	goto st0;
st638:
	p += 1;
case 638:
	switch( (*p) ) {
		case 72u: goto st639;
		case 104u: goto st639;
	}
	goto st0;
st639:
	p += 1;
case 639:
	switch( (*p) ) {
		case 13u: goto tr57;
		case 32u: goto tr937;
	}
	goto st0;
tr937:
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st640;
st640:
	p += 1;
case 640:
	switch( (*p) ) {
		case 13u: goto tr60;
		case 32u: goto st21;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr938;
	goto st0;
tr941:
	{ {p = (( IMW_SKIP_TO(641)))-1;} }
	goto st641;
tr938:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(641)))-1;} }
	goto st641;
st641:
	p += 1;
case 641:
	switch( (*p) ) {
		case 13u: goto tr939;
		case 32u: goto tr940;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr941;
	goto st0;
tr940:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st642;
st642:
	p += 1;
case 642:
	switch( (*p) ) {
		case 13u: goto tr60;
		case 32u: goto st21;
		case 40u: goto st643;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr938;
	goto st0;
st643:
	p += 1;
case 643:
	switch( (*p) ) {
		case 77u: goto st644;
		case 109u: goto st644;
	}
	goto st0;
st644:
	p += 1;
case 644:
	switch( (*p) ) {
		case 79u: goto st645;
		case 111u: goto st645;
	}
	goto st0;
st645:
	p += 1;
case 645:
	switch( (*p) ) {
		case 68u: goto st646;
		case 100u: goto st646;
	}
	goto st0;
st646:
	p += 1;
case 646:
	switch( (*p) ) {
		case 83u: goto st647;
		case 115u: goto st647;
	}
	goto st0;
st647:
	p += 1;
case 647:
	switch( (*p) ) {
		case 69u: goto st648;
		case 101u: goto st648;
	}
	goto st0;
st648:
	p += 1;
case 648:
	switch( (*p) ) {
		case 81u: goto st649;
		case 113u: goto st649;
	}
	goto st0;
st649:
	p += 1;
case 649:
	if ( (*p) == 32u )
		goto st650;
	goto st0;
st650:
	p += 1;
case 650:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr950;
	goto st0;
tr950:
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st651;
st651:
	p += 1;
case 651:
	if ( (*p) == 41u )
		goto tr951;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st651;
	goto st0;
st652:
	p += 1;
case 652:
	switch( (*p) ) {
		case 82u: goto st653;
		case 114u: goto st653;
	}
	goto st0;
st653:
	p += 1;
case 653:
	switch( (*p) ) {
		case 84u: goto st654;
		case 116u: goto st654;
	}
	goto st0;
st654:
	p += 1;
case 654:
	switch( (*p) ) {
		case 13u: goto tr955;
		case 32u: goto tr956;
	}
	goto st0;
tr956:
	{ IMW_EV_CLOSE(IMW_RULE_SORT_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st655;
st655:
	p += 1;
case 655:
	switch( (*p) ) {
		case 13u: goto tr60;
		case 32u: goto st21;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr957;
	goto st0;
tr960:
	{ {p = (( IMW_SKIP_TO(656)))-1;} }
	goto st656;
tr957:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(656)))-1;} }
	goto st656;
st656:
	p += 1;
case 656:
	switch( (*p) ) {
		case 13u: goto tr958;
		case 32u: goto tr959;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr960;
	goto st0;
tr959:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_SORT_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st657;
st657:
	p += 1;
case 657:
	switch( (*p) ) {
		case 13u: goto tr60;
		case 32u: goto st21;
		case 40u: goto st658;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr957;
	goto st0;
st658:
	p += 1;
case 658:
	switch( (*p) ) {
		case 77u: goto st659;
		case 109u: goto st659;
	}
	goto st0;
st659:
	p += 1;
case 659:
	switch( (*p) ) {
		case 79u: goto st660;
		case 111u: goto st660;
	}
	goto st0;
st660:
	p += 1;
case 660:
	switch( (*p) ) {
		case 68u: goto st661;
		case 100u: goto st661;
	}
	goto st0;
st661:
	p += 1;
case 661:
	switch( (*p) ) {
		case 83u: goto st662;
		case 115u: goto st662;
	}
	goto st0;
st662:
	p += 1;
case 662:
	switch( (*p) ) {
		case 69u: goto st663;
		case 101u: goto st663;
	}
	goto st0;
st663:
	p += 1;
case 663:
	switch( (*p) ) {
		case 81u: goto st664;
		case 113u: goto st664;
	}
	goto st0;
st664:
	p += 1;
case 664:
	if ( (*p) == 32u )
		goto st665;
	goto st0;
st665:
	p += 1;
case 665:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr969;
	goto st0;
tr969:
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st666;
st666:
	p += 1;
case 666:
	if ( (*p) == 41u )
		goto tr970;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st666;
	goto st0;
tr970:
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st667;
st667:
	p += 1;
case 667:
	switch( (*p) ) {
		case 13u: goto tr955;
		case 32u: goto tr972;
	}
	goto st0;
st668:
	p += 1;
case 668:
	switch( (*p) ) {
		case 65u: goto st669;
		case 97u: goto st669;
	}
	goto st0;
st669:
	p += 1;
case 669:
	switch( (*p) ) {
		case 84u: goto st670;
		case 116u: goto st670;
	}
	goto st0;
st670:
	p += 1;
case 670:
	switch( (*p) ) {
		case 85u: goto st671;
		case 117u: goto st671;
	}
	goto st0;
st671:
	p += 1;
case 671:
	switch( (*p) ) {
		case 83u: goto st672;
		case 115u: goto st672;
	}
	goto st0;
st672:
	p += 1;
case 672:
	if ( (*p) == 32u )
		goto st673;
	goto st0;
st673:
	p += 1;
case 673:
	switch( (*p) ) {
		case 34u: goto tr979;
		case 123u: goto tr980;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr978;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr978;
		} else if ( (*p) >= 43u )
			goto tr978;
	} else
		goto tr978;
	goto st0;
tr982:
	{ {p = (( IMW_SKIP_TO(674)))-1;} }
	goto st674;
tr978:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(674)))-1;} }
	goto st674;
st674:
	p += 1;
case 674:
	switch( (*p) ) {
		case 32u: goto tr981;
		case 33u: goto tr982;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr982;
		} else if ( (*p) >= 35u )
			goto tr982;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr982;
		} else if ( (*p) >= 93u )
			goto tr982;
	} else
		goto tr982;
	goto st0;
tr981:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st675;
tr1374:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st675;
st675:
	p += 1;
case 675:
	if ( (*p) == 40u )
		goto st676;
	goto st0;
st676:
	p += 1;
case 676:
	switch( (*p) ) {
		case 41u: goto st19;
		case 65u: goto tr984;
		case 68u: goto tr985;
		case 72u: goto tr986;
		case 77u: goto tr987;
		case 82u: goto tr988;
		case 83u: goto tr989;
		case 85u: goto tr990;
		case 97u: goto tr984;
		case 100u: goto tr985;
		case 104u: goto tr986;
		case 109u: goto tr987;
		case 114u: goto tr988;
		case 115u: goto tr989;
		case 117u: goto tr990;
	}
	goto st0;
tr984:
	{ IMW_EV_OPEN(IMW_RULE_STATUS_ATT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_STATUS_ATT_APPENDLIMIT); }
	goto st677;
st677:
	p += 1;
case 677:
	switch( (*p) ) {
		case 80u: goto st678;
		case 112u: goto st678;
	}
	goto st0;
st678:
	p += 1;
case 678:
	switch( (*p) ) {
		case 80u: goto st679;
		case 112u: goto st679;
	}
	goto st0;
st679:
	p += 1;
case 679:
	switch( (*p) ) {
		case 69u: goto st680;
		case 101u: goto st680;
	}
	goto st0;
st680:
	p += 1;
case 680:
	switch( (*p) ) {
		case 78u: goto st681;
		case 110u: goto st681;
	}
	goto st0;
st681:
	p += 1;
case 681:
	switch( (*p) ) {
		case 68u: goto st682;
		case 100u: goto st682;
	}
	goto st0;
st682:
	p += 1;
case 682:
	switch( (*p) ) {
		case 76u: goto st683;
		case 108u: goto st683;
	}
	goto st0;
st683:
	p += 1;
case 683:
	switch( (*p) ) {
		case 73u: goto st684;
		case 105u: goto st684;
	}
	goto st0;
st684:
	p += 1;
case 684:
	switch( (*p) ) {
		case 77u: goto st685;
		case 109u: goto st685;
	}
	goto st0;
st685:
	p += 1;
case 685:
	switch( (*p) ) {
		case 73u: goto st686;
		case 105u: goto st686;
	}
	goto st0;
st686:
	p += 1;
case 686:
	switch( (*p) ) {
		case 84u: goto st687;
		case 116u: goto st687;
	}
	goto st0;
st687:
	p += 1;
case 687:
	if ( (*p) == 32u )
		goto st688;
	goto st0;
st688:
	p += 1;
case 688:
	switch( (*p) ) {
		case 78u: goto st1032;
		case 110u: goto st1032;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1002;
	goto st0;
tr1006:
	{ {p = (( IMW_SKIP_TO(689)))-1;} }
	goto st689;
tr1002:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(689)))-1;} }
	goto st689;
st689:
	p += 1;
case 689:
	switch( (*p) ) {
		case 32u: goto tr1004;
		case 41u: goto tr1005;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1006;
	goto st0;
tr1004:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_APPENDLIMIT); }
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_VAL); }
	goto st690;
tr1016:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_DELETED); }
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_VAL); }
	goto st690;
tr1028:
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_DELETED_STORAGE); }
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_VAL); }
	goto st690;
tr1044:
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_VAL); }
	goto st690;
tr1061:
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_MAILBOXID); }
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_VAL); }
	goto st690;
tr1324:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_VAL); }
	goto st690;
tr1336:
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_SIZE); }
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_VAL); }
	goto st690;
tr1348:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_VAL); }
	goto st690;
tr1362:
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_APPENDLIMIT); }
	{ IMW_EV_CLOSE(IMW_RULE_STATUS_ATT_VAL); }
	goto st690;
st690:
	p += 1;
case 690:
	switch( (*p) ) {
		case 65u: goto tr984;
		case 68u: goto tr985;
		case 72u: goto tr986;
		case 77u: goto tr987;
		case 82u: goto tr988;
		case 83u: goto tr989;
		case 85u: goto tr990;
		case 97u: goto tr984;
		case 100u: goto tr985;
		case 104u: goto tr986;
		case 109u: goto tr987;
		case 114u: goto tr988;
		case 115u: goto tr989;
		case 117u: goto tr990;
	}
	goto st0;
tr985:
	{ IMW_EV_OPEN(IMW_RULE_STATUS_ATT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_STATUS_ATT_DELETED); }
	{ IMW_EV_OPEN(IMW_RULE_STATUS_ATT_DELETED_STORAGE); }
	goto st691;
st691:
	p += 1;
case 691:
	switch( (*p) ) {
		case 69u: goto st692;
		case 101u: goto st692;
	}
	goto st0;
st692:
	p += 1;
case 692:
	switch( (*p) ) {
		case 76u: goto st693;
		case 108u: goto st693;
	}
	goto st0;
st693:
	p += 1;
case 693:
	switch( (*p) ) {
		case 69u: goto st694;
		case 101u: goto st694;
	}
	goto st0;
st694:
	p += 1;
case 694:
	switch( (*p) ) {
		case 84u: goto st695;
		case 116u: goto st695;
	}
	goto st0;
st695:
	p += 1;
case 695:
	switch( (*p) ) {
		case 69u: goto st696;
		case 101u: goto st696;
	}
	goto st0;
st696:
	p += 1;
case 696:
	switch( (*p) ) {
		case 68u: goto st697;
		case 100u: goto st697;
	}
	goto st0;
st697:
	p += 1;
case 697:
	switch( (*p) ) {
		case 32u: goto st698;
		case 45u: goto st700;
	}
	goto st0;
st698:
	p += 1;
case 698:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1015;
	goto st0;
tr1018:
	{ {p = (( IMW_SKIP_TO(699)))-1;} }
	goto st699;
tr1015:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(699)))-1;} }
	goto st699;
st699:
	p += 1;
case 699:
	switch( (*p) ) {
		case 32u: goto tr1016;
		case 41u: goto tr1017;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1018;
	goto st0;
st700:
	p += 1;
case 700:
	switch( (*p) ) {
		case 83u: goto st701;
		case 115u: goto st701;
	}
	goto st0;
st701:
	p += 1;
case 701:
	switch( (*p) ) {
		case 84u: goto st702;
		case 116u: goto st702;
	}
	goto st0;
st702:
	p += 1;
case 702:
	switch( (*p) ) {
		case 79u: goto st703;
		case 111u: goto st703;
	}
	goto st0;
st703:
	p += 1;
case 703:
	switch( (*p) ) {
		case 82u: goto st704;
		case 114u: goto st704;
	}
	goto st0;
st704:
	p += 1;
case 704:
	switch( (*p) ) {
		case 65u: goto st705;
		case 97u: goto st705;
	}
	goto st0;
st705:
	p += 1;
case 705:
	switch( (*p) ) {
		case 71u: goto st706;
		case 103u: goto st706;
	}
	goto st0;
st706:
	p += 1;
case 706:
	switch( (*p) ) {
		case 69u: goto st707;
		case 101u: goto st707;
	}
	goto st0;
st707:
	p += 1;
case 707:
	if ( (*p) == 32u )
		goto st708;
	goto st0;
st708:
	p += 1;
case 708:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st709;
	goto st0;
st709:
	p += 1;
case 709:
	switch( (*p) ) {
		case 32u: goto tr1028;
		case 41u: goto tr1029;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st709;
	goto st0;
tr986:
	{ IMW_EV_OPEN(IMW_RULE_STATUS_ATT_VAL); }
	goto st710;
st710:
	p += 1;
case 710:
	switch( (*p) ) {
		case 73u: goto st711;
		case 105u: goto st711;
	}
	goto st0;
st711:
	p += 1;
case 711:
	switch( (*p) ) {
		case 71u: goto st712;
		case 103u: goto st712;
	}
	goto st0;
st712:
	p += 1;
case 712:
	switch( (*p) ) {
		case 72u: goto st713;
		case 104u: goto st713;
	}
	goto st0;
st713:
	p += 1;
case 713:
	switch( (*p) ) {
		case 69u: goto st714;
		case 101u: goto st714;
	}
	goto st0;
st714:
	p += 1;
case 714:
	switch( (*p) ) {
		case 83u: goto st715;
		case 115u: goto st715;
	}
	goto st0;
st715:
	p += 1;
case 715:
	switch( (*p) ) {
		case 84u: goto st716;
		case 116u: goto st716;
	}
	goto st0;
st716:
	p += 1;
case 716:
	switch( (*p) ) {
		case 77u: goto st717;
		case 109u: goto st717;
	}
	goto st0;
st717:
	p += 1;
case 717:
	switch( (*p) ) {
		case 79u: goto st718;
		case 111u: goto st718;
	}
	goto st0;
st718:
	p += 1;
case 718:
	switch( (*p) ) {
		case 68u: goto st719;
		case 100u: goto st719;
	}
	goto st0;
st719:
	p += 1;
case 719:
	switch( (*p) ) {
		case 83u: goto st720;
		case 115u: goto st720;
	}
	goto st0;
st720:
	p += 1;
case 720:
	switch( (*p) ) {
		case 69u: goto st721;
		case 101u: goto st721;
	}
	goto st0;
st721:
	p += 1;
case 721:
	switch( (*p) ) {
		case 81u: goto st722;
		case 113u: goto st722;
	}
	goto st0;
st722:
	p += 1;
case 722:
	if ( (*p) == 32u )
		goto st723;
	goto st0;
st723:
	p += 1;
case 723:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1043;
	goto st0;
tr1043:
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st724;
st724:
	p += 1;
case 724:
	switch( (*p) ) {
		case 32u: goto tr1044;
		case 41u: goto tr1045;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st724;
	goto st0;
tr987:
	{ IMW_EV_OPEN(IMW_RULE_STATUS_ATT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_STATUS_ATT_MAILBOXID); }
	goto st725;
st725:
	p += 1;
case 725:
	switch( (*p) ) {
		case 65u: goto st726;
		case 69u: goto st992;
		case 97u: goto st726;
		case 101u: goto st992;
	}
	goto st0;
st726:
	p += 1;
case 726:
	switch( (*p) ) {
		case 73u: goto st727;
		case 105u: goto st727;
	}
	goto st0;
st727:
	p += 1;
case 727:
	switch( (*p) ) {
		case 76u: goto st728;
		case 108u: goto st728;
	}
	goto st0;
st728:
	p += 1;
case 728:
	switch( (*p) ) {
		case 66u: goto st729;
		case 98u: goto st729;
	}
	goto st0;
st729:
	p += 1;
case 729:
	switch( (*p) ) {
		case 79u: goto st730;
		case 111u: goto st730;
	}
	goto st0;
st730:
	p += 1;
case 730:
	switch( (*p) ) {
		case 88u: goto st731;
		case 120u: goto st731;
	}
	goto st0;
st731:
	p += 1;
case 731:
	switch( (*p) ) {
		case 73u: goto st732;
		case 105u: goto st732;
	}
	goto st0;
st732:
	p += 1;
case 732:
	switch( (*p) ) {
		case 68u: goto st733;
		case 100u: goto st733;
	}
	goto st0;
st733:
	p += 1;
case 733:
	if ( (*p) == 32u )
		goto st734;
	goto st0;
st734:
	p += 1;
case 734:
	if ( (*p) == 40u )
		goto st735;
	goto st0;
st735:
	p += 1;
case 735:
	switch( (*p) ) {
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
		case 41u: goto st737;
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
st737:
	p += 1;
case 737:
	switch( (*p) ) {
		case 32u: goto tr1061;
		case 41u: goto tr1062;
	}
	goto st0;
st738:
	p += 1;
case 738:
	switch( (*p) ) {
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
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
		case 41u: goto st737;
		case 45u: goto st875;
		case 95u: goto st875;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st875;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st875;
	} else
		goto st875;
	goto st0;
st875:
	p += 1;
case 875:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st876;
		case 95u: goto st876;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st876;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st876;
	} else
		goto st876;
	goto st0;
st876:
	p += 1;
case 876:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st877;
		case 95u: goto st877;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st877;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st877;
	} else
		goto st877;
	goto st0;
st877:
	p += 1;
case 877:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st878;
		case 95u: goto st878;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st878;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st878;
	} else
		goto st878;
	goto st0;
st878:
	p += 1;
case 878:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st879;
		case 95u: goto st879;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st879;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st879;
	} else
		goto st879;
	goto st0;
st879:
	p += 1;
case 879:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st880;
		case 95u: goto st880;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st880;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st880;
	} else
		goto st880;
	goto st0;
st880:
	p += 1;
case 880:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st881;
		case 95u: goto st881;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st881;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st881;
	} else
		goto st881;
	goto st0;
st881:
	p += 1;
case 881:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st882;
		case 95u: goto st882;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st882;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st882;
	} else
		goto st882;
	goto st0;
st882:
	p += 1;
case 882:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st883;
		case 95u: goto st883;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st883;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st883;
	} else
		goto st883;
	goto st0;
st883:
	p += 1;
case 883:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st884;
		case 95u: goto st884;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st884;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st884;
	} else
		goto st884;
	goto st0;
st884:
	p += 1;
case 884:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st885;
		case 95u: goto st885;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st885;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st885;
	} else
		goto st885;
	goto st0;
st885:
	p += 1;
case 885:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st886;
		case 95u: goto st886;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st886;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st886;
	} else
		goto st886;
	goto st0;
st886:
	p += 1;
case 886:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st887;
		case 95u: goto st887;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st887;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st887;
	} else
		goto st887;
	goto st0;
st887:
	p += 1;
case 887:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st888;
		case 95u: goto st888;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st888;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st888;
	} else
		goto st888;
	goto st0;
st888:
	p += 1;
case 888:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st889;
		case 95u: goto st889;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st889;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st889;
	} else
		goto st889;
	goto st0;
st889:
	p += 1;
case 889:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st890;
		case 95u: goto st890;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st890;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st890;
	} else
		goto st890;
	goto st0;
st890:
	p += 1;
case 890:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st891;
		case 95u: goto st891;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st891;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st891;
	} else
		goto st891;
	goto st0;
st891:
	p += 1;
case 891:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st892;
		case 95u: goto st892;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st892;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st892;
	} else
		goto st892;
	goto st0;
st892:
	p += 1;
case 892:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st893;
		case 95u: goto st893;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st893;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st893;
	} else
		goto st893;
	goto st0;
st893:
	p += 1;
case 893:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st894;
		case 95u: goto st894;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st894;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st894;
	} else
		goto st894;
	goto st0;
st894:
	p += 1;
case 894:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st895;
		case 95u: goto st895;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st895;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st895;
	} else
		goto st895;
	goto st0;
st895:
	p += 1;
case 895:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st896;
		case 95u: goto st896;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st896;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st896;
	} else
		goto st896;
	goto st0;
st896:
	p += 1;
case 896:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st897;
		case 95u: goto st897;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st897;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st897;
	} else
		goto st897;
	goto st0;
st897:
	p += 1;
case 897:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st898;
		case 95u: goto st898;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st898;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st898;
	} else
		goto st898;
	goto st0;
st898:
	p += 1;
case 898:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st899;
		case 95u: goto st899;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st899;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st899;
	} else
		goto st899;
	goto st0;
st899:
	p += 1;
case 899:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st900;
		case 95u: goto st900;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st900;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st900;
	} else
		goto st900;
	goto st0;
st900:
	p += 1;
case 900:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st901;
		case 95u: goto st901;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st901;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st901;
	} else
		goto st901;
	goto st0;
st901:
	p += 1;
case 901:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st902;
		case 95u: goto st902;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st902;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st902;
	} else
		goto st902;
	goto st0;
st902:
	p += 1;
case 902:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st903;
		case 95u: goto st903;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st903;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st903;
	} else
		goto st903;
	goto st0;
st903:
	p += 1;
case 903:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st904;
		case 95u: goto st904;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st904;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st904;
	} else
		goto st904;
	goto st0;
st904:
	p += 1;
case 904:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st905;
		case 95u: goto st905;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st905;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st905;
	} else
		goto st905;
	goto st0;
st905:
	p += 1;
case 905:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st906;
		case 95u: goto st906;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st906;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st906;
	} else
		goto st906;
	goto st0;
st906:
	p += 1;
case 906:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st907;
		case 95u: goto st907;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st907;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st907;
	} else
		goto st907;
	goto st0;
st907:
	p += 1;
case 907:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st908;
		case 95u: goto st908;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st908;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st908;
	} else
		goto st908;
	goto st0;
st908:
	p += 1;
case 908:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st909;
		case 95u: goto st909;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st909;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st909;
	} else
		goto st909;
	goto st0;
st909:
	p += 1;
case 909:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st910;
		case 95u: goto st910;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st910;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st910;
	} else
		goto st910;
	goto st0;
st910:
	p += 1;
case 910:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st911;
		case 95u: goto st911;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st911;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st911;
	} else
		goto st911;
	goto st0;
st911:
	p += 1;
case 911:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st912;
		case 95u: goto st912;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st912;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st912;
	} else
		goto st912;
	goto st0;
st912:
	p += 1;
case 912:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st913;
		case 95u: goto st913;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st913;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st913;
	} else
		goto st913;
	goto st0;
st913:
	p += 1;
case 913:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st914;
		case 95u: goto st914;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st914;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st914;
	} else
		goto st914;
	goto st0;
st914:
	p += 1;
case 914:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st915;
		case 95u: goto st915;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st915;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st915;
	} else
		goto st915;
	goto st0;
st915:
	p += 1;
case 915:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st916;
		case 95u: goto st916;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st916;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st916;
	} else
		goto st916;
	goto st0;
st916:
	p += 1;
case 916:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st917;
		case 95u: goto st917;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st917;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st917;
	} else
		goto st917;
	goto st0;
st917:
	p += 1;
case 917:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st918;
		case 95u: goto st918;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st918;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st918;
	} else
		goto st918;
	goto st0;
st918:
	p += 1;
case 918:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st919;
		case 95u: goto st919;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st919;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st919;
	} else
		goto st919;
	goto st0;
st919:
	p += 1;
case 919:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st920;
		case 95u: goto st920;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st920;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st920;
	} else
		goto st920;
	goto st0;
st920:
	p += 1;
case 920:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st921;
		case 95u: goto st921;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st921;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st921;
	} else
		goto st921;
	goto st0;
st921:
	p += 1;
case 921:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st922;
		case 95u: goto st922;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st922;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st922;
	} else
		goto st922;
	goto st0;
st922:
	p += 1;
case 922:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st923;
		case 95u: goto st923;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st923;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st923;
	} else
		goto st923;
	goto st0;
st923:
	p += 1;
case 923:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st924;
		case 95u: goto st924;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st924;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st924;
	} else
		goto st924;
	goto st0;
st924:
	p += 1;
case 924:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st925;
		case 95u: goto st925;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st925;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st925;
	} else
		goto st925;
	goto st0;
st925:
	p += 1;
case 925:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st926;
		case 95u: goto st926;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st926;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st926;
	} else
		goto st926;
	goto st0;
st926:
	p += 1;
case 926:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st927;
		case 95u: goto st927;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st927;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st927;
	} else
		goto st927;
	goto st0;
st927:
	p += 1;
case 927:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st928;
		case 95u: goto st928;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st928;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st928;
	} else
		goto st928;
	goto st0;
st928:
	p += 1;
case 928:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st929;
		case 95u: goto st929;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st929;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st929;
	} else
		goto st929;
	goto st0;
st929:
	p += 1;
case 929:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st930;
		case 95u: goto st930;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st930;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st930;
	} else
		goto st930;
	goto st0;
st930:
	p += 1;
case 930:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st931;
		case 95u: goto st931;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st931;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st931;
	} else
		goto st931;
	goto st0;
st931:
	p += 1;
case 931:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st932;
		case 95u: goto st932;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st932;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st932;
	} else
		goto st932;
	goto st0;
st932:
	p += 1;
case 932:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st933;
		case 95u: goto st933;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st933;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st933;
	} else
		goto st933;
	goto st0;
st933:
	p += 1;
case 933:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st934;
		case 95u: goto st934;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st934;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st934;
	} else
		goto st934;
	goto st0;
st934:
	p += 1;
case 934:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st935;
		case 95u: goto st935;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st935;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st935;
	} else
		goto st935;
	goto st0;
st935:
	p += 1;
case 935:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st936;
		case 95u: goto st936;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st936;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st936;
	} else
		goto st936;
	goto st0;
st936:
	p += 1;
case 936:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st937;
		case 95u: goto st937;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st937;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st937;
	} else
		goto st937;
	goto st0;
st937:
	p += 1;
case 937:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st938;
		case 95u: goto st938;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st938;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st938;
	} else
		goto st938;
	goto st0;
st938:
	p += 1;
case 938:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st939;
		case 95u: goto st939;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st939;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st939;
	} else
		goto st939;
	goto st0;
st939:
	p += 1;
case 939:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st940;
		case 95u: goto st940;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st940;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st940;
	} else
		goto st940;
	goto st0;
st940:
	p += 1;
case 940:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st941;
		case 95u: goto st941;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st941;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st941;
	} else
		goto st941;
	goto st0;
st941:
	p += 1;
case 941:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st942;
		case 95u: goto st942;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st942;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st942;
	} else
		goto st942;
	goto st0;
st942:
	p += 1;
case 942:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st943;
		case 95u: goto st943;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st943;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st943;
	} else
		goto st943;
	goto st0;
st943:
	p += 1;
case 943:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st944;
		case 95u: goto st944;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st944;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st944;
	} else
		goto st944;
	goto st0;
st944:
	p += 1;
case 944:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st945;
		case 95u: goto st945;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st945;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st945;
	} else
		goto st945;
	goto st0;
st945:
	p += 1;
case 945:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st946;
		case 95u: goto st946;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st946;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st946;
	} else
		goto st946;
	goto st0;
st946:
	p += 1;
case 946:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st947;
		case 95u: goto st947;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st947;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st947;
	} else
		goto st947;
	goto st0;
st947:
	p += 1;
case 947:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st948;
		case 95u: goto st948;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st948;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st948;
	} else
		goto st948;
	goto st0;
st948:
	p += 1;
case 948:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st949;
		case 95u: goto st949;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st949;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st949;
	} else
		goto st949;
	goto st0;
st949:
	p += 1;
case 949:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st950;
		case 95u: goto st950;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st950;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st950;
	} else
		goto st950;
	goto st0;
st950:
	p += 1;
case 950:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st951;
		case 95u: goto st951;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st951;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st951;
	} else
		goto st951;
	goto st0;
st951:
	p += 1;
case 951:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st952;
		case 95u: goto st952;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st952;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st952;
	} else
		goto st952;
	goto st0;
st952:
	p += 1;
case 952:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st953;
		case 95u: goto st953;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st953;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st953;
	} else
		goto st953;
	goto st0;
st953:
	p += 1;
case 953:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st954;
		case 95u: goto st954;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st954;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st954;
	} else
		goto st954;
	goto st0;
st954:
	p += 1;
case 954:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st955;
		case 95u: goto st955;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st955;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st955;
	} else
		goto st955;
	goto st0;
st955:
	p += 1;
case 955:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st956;
		case 95u: goto st956;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st956;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st956;
	} else
		goto st956;
	goto st0;
st956:
	p += 1;
case 956:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st957;
		case 95u: goto st957;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st957;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st957;
	} else
		goto st957;
	goto st0;
st957:
	p += 1;
case 957:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st958;
		case 95u: goto st958;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st958;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st958;
	} else
		goto st958;
	goto st0;
st958:
	p += 1;
case 958:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st959;
		case 95u: goto st959;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st959;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st959;
	} else
		goto st959;
	goto st0;
st959:
	p += 1;
case 959:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st960;
		case 95u: goto st960;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st960;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st960;
	} else
		goto st960;
	goto st0;
st960:
	p += 1;
case 960:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st961;
		case 95u: goto st961;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st961;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st961;
	} else
		goto st961;
	goto st0;
st961:
	p += 1;
case 961:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st962;
		case 95u: goto st962;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st962;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st962;
	} else
		goto st962;
	goto st0;
st962:
	p += 1;
case 962:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st963;
		case 95u: goto st963;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st963;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st963;
	} else
		goto st963;
	goto st0;
st963:
	p += 1;
case 963:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st964;
		case 95u: goto st964;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st964;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st964;
	} else
		goto st964;
	goto st0;
st964:
	p += 1;
case 964:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st965;
		case 95u: goto st965;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st965;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st965;
	} else
		goto st965;
	goto st0;
st965:
	p += 1;
case 965:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st966;
		case 95u: goto st966;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st966;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st966;
	} else
		goto st966;
	goto st0;
st966:
	p += 1;
case 966:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st967;
		case 95u: goto st967;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st967;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st967;
	} else
		goto st967;
	goto st0;
st967:
	p += 1;
case 967:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st968;
		case 95u: goto st968;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st968;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st968;
	} else
		goto st968;
	goto st0;
st968:
	p += 1;
case 968:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st969;
		case 95u: goto st969;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st969;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st969;
	} else
		goto st969;
	goto st0;
st969:
	p += 1;
case 969:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st970;
		case 95u: goto st970;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st970;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st970;
	} else
		goto st970;
	goto st0;
st970:
	p += 1;
case 970:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st971;
		case 95u: goto st971;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st971;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st971;
	} else
		goto st971;
	goto st0;
st971:
	p += 1;
case 971:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st972;
		case 95u: goto st972;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st972;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st972;
	} else
		goto st972;
	goto st0;
st972:
	p += 1;
case 972:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st973;
		case 95u: goto st973;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st973;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st973;
	} else
		goto st973;
	goto st0;
st973:
	p += 1;
case 973:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st974;
		case 95u: goto st974;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st974;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st974;
	} else
		goto st974;
	goto st0;
st974:
	p += 1;
case 974:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st975;
		case 95u: goto st975;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st975;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st975;
	} else
		goto st975;
	goto st0;
st975:
	p += 1;
case 975:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st976;
		case 95u: goto st976;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st976;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st976;
	} else
		goto st976;
	goto st0;
st976:
	p += 1;
case 976:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st977;
		case 95u: goto st977;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st977;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st977;
	} else
		goto st977;
	goto st0;
st977:
	p += 1;
case 977:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st978;
		case 95u: goto st978;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st978;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st978;
	} else
		goto st978;
	goto st0;
st978:
	p += 1;
case 978:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st979;
		case 95u: goto st979;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st979;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st979;
	} else
		goto st979;
	goto st0;
st979:
	p += 1;
case 979:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st980;
		case 95u: goto st980;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st980;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st980;
	} else
		goto st980;
	goto st0;
st980:
	p += 1;
case 980:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st981;
		case 95u: goto st981;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st981;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st981;
	} else
		goto st981;
	goto st0;
st981:
	p += 1;
case 981:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st982;
		case 95u: goto st982;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st982;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st982;
	} else
		goto st982;
	goto st0;
st982:
	p += 1;
case 982:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st983;
		case 95u: goto st983;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st983;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st983;
	} else
		goto st983;
	goto st0;
st983:
	p += 1;
case 983:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st984;
		case 95u: goto st984;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st984;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st984;
	} else
		goto st984;
	goto st0;
st984:
	p += 1;
case 984:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st985;
		case 95u: goto st985;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st985;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st985;
	} else
		goto st985;
	goto st0;
st985:
	p += 1;
case 985:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st986;
		case 95u: goto st986;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st986;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st986;
	} else
		goto st986;
	goto st0;
st986:
	p += 1;
case 986:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st987;
		case 95u: goto st987;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st987;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st987;
	} else
		goto st987;
	goto st0;
st987:
	p += 1;
case 987:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st988;
		case 95u: goto st988;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st988;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st988;
	} else
		goto st988;
	goto st0;
st988:
	p += 1;
case 988:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st989;
		case 95u: goto st989;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st989;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st989;
	} else
		goto st989;
	goto st0;
st989:
	p += 1;
case 989:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st990;
		case 95u: goto st990;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st990;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st990;
	} else
		goto st990;
	goto st0;
st990:
	p += 1;
case 990:
	switch( (*p) ) {
		case 41u: goto st737;
		case 45u: goto st991;
		case 95u: goto st991;
	}
	if ( (*p) < 65u ) {
		if ( 48u <= (*p) && (*p) <= 57u )
			goto st991;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st991;
	} else
		goto st991;
	goto st0;
st991:
	p += 1;
case 991:
	if ( (*p) == 41u )
		goto st737;
	goto st0;
st992:
	p += 1;
case 992:
	switch( (*p) ) {
		case 83u: goto st993;
		case 115u: goto st993;
	}
	goto st0;
st993:
	p += 1;
case 993:
	switch( (*p) ) {
		case 83u: goto st994;
		case 115u: goto st994;
	}
	goto st0;
st994:
	p += 1;
case 994:
	switch( (*p) ) {
		case 65u: goto st995;
		case 97u: goto st995;
	}
	goto st0;
st995:
	p += 1;
case 995:
	switch( (*p) ) {
		case 71u: goto st996;
		case 103u: goto st996;
	}
	goto st0;
st996:
	p += 1;
case 996:
	switch( (*p) ) {
		case 69u: goto st997;
		case 101u: goto st997;
	}
	goto st0;
st997:
	p += 1;
case 997:
	switch( (*p) ) {
		case 83u: goto st998;
		case 115u: goto st998;
	}
	goto st0;
st998:
	p += 1;
case 998:
	if ( (*p) == 32u )
		goto st999;
	goto st0;
st999:
	p += 1;
case 999:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1323;
	goto st0;
tr1326:
	{ {p = (( IMW_SKIP_TO(1000)))-1;} }
	goto st1000;
tr1323:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1000)))-1;} }
	goto st1000;
st1000:
	p += 1;
case 1000:
	switch( (*p) ) {
		case 32u: goto tr1324;
		case 41u: goto tr1325;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1326;
	goto st0;
tr988:
	{ IMW_EV_OPEN(IMW_RULE_STATUS_ATT_VAL); }
	goto st1001;
st1001:
	p += 1;
case 1001:
	switch( (*p) ) {
		case 69u: goto st1002;
		case 101u: goto st1002;
	}
	goto st0;
st1002:
	p += 1;
case 1002:
	switch( (*p) ) {
		case 67u: goto st1003;
		case 99u: goto st1003;
	}
	goto st0;
st1003:
	p += 1;
case 1003:
	switch( (*p) ) {
		case 69u: goto st1004;
		case 101u: goto st1004;
	}
	goto st0;
st1004:
	p += 1;
case 1004:
	switch( (*p) ) {
		case 78u: goto st1005;
		case 110u: goto st1005;
	}
	goto st0;
st1005:
	p += 1;
case 1005:
	switch( (*p) ) {
		case 84u: goto st998;
		case 116u: goto st998;
	}
	goto st0;
tr989:
	{ IMW_EV_OPEN(IMW_RULE_STATUS_ATT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_STATUS_ATT_SIZE); }
	goto st1006;
st1006:
	p += 1;
case 1006:
	switch( (*p) ) {
		case 73u: goto st1007;
		case 105u: goto st1007;
	}
	goto st0;
st1007:
	p += 1;
case 1007:
	switch( (*p) ) {
		case 90u: goto st1008;
		case 122u: goto st1008;
	}
	goto st0;
st1008:
	p += 1;
case 1008:
	switch( (*p) ) {
		case 69u: goto st1009;
		case 101u: goto st1009;
	}
	goto st0;
st1009:
	p += 1;
case 1009:
	if ( (*p) == 32u )
		goto st1010;
	goto st0;
st1010:
	p += 1;
case 1010:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1011;
	goto st0;
st1011:
	p += 1;
case 1011:
	switch( (*p) ) {
		case 32u: goto tr1336;
		case 41u: goto tr1337;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1011;
	goto st0;
tr990:
	{ IMW_EV_OPEN(IMW_RULE_STATUS_ATT_VAL); }
	goto st1012;
st1012:
	p += 1;
case 1012:
	switch( (*p) ) {
		case 73u: goto st1013;
		case 78u: goto st1028;
		case 105u: goto st1013;
		case 110u: goto st1028;
	}
	goto st0;
st1013:
	p += 1;
case 1013:
	switch( (*p) ) {
		case 68u: goto st1014;
		case 100u: goto st1014;
	}
	goto st0;
st1014:
	p += 1;
case 1014:
	switch( (*p) ) {
		case 78u: goto st1015;
		case 86u: goto st1021;
		case 110u: goto st1015;
		case 118u: goto st1021;
	}
	goto st0;
st1015:
	p += 1;
case 1015:
	switch( (*p) ) {
		case 69u: goto st1016;
		case 101u: goto st1016;
	}
	goto st0;
st1016:
	p += 1;
case 1016:
	switch( (*p) ) {
		case 88u: goto st1017;
		case 120u: goto st1017;
	}
	goto st0;
st1017:
	p += 1;
case 1017:
	switch( (*p) ) {
		case 84u: goto st1018;
		case 116u: goto st1018;
	}
	goto st0;
st1018:
	p += 1;
case 1018:
	if ( (*p) == 32u )
		goto st1019;
	goto st0;
st1019:
	p += 1;
case 1019:
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1347;
	goto st0;
tr1350:
	{ {p = (( IMW_SKIP_TO(1020)))-1;} }
	goto st1020;
tr1347:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1020)))-1;} }
	goto st1020;
st1020:
	p += 1;
case 1020:
	switch( (*p) ) {
		case 32u: goto tr1348;
		case 41u: goto tr1349;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1350;
	goto st0;
st1021:
	p += 1;
case 1021:
	switch( (*p) ) {
		case 65u: goto st1022;
		case 97u: goto st1022;
	}
	goto st0;
st1022:
	p += 1;
case 1022:
	switch( (*p) ) {
		case 76u: goto st1023;
		case 108u: goto st1023;
	}
	goto st0;
st1023:
	p += 1;
case 1023:
	switch( (*p) ) {
		case 73u: goto st1024;
		case 105u: goto st1024;
	}
	goto st0;
st1024:
	p += 1;
case 1024:
	switch( (*p) ) {
		case 68u: goto st1025;
		case 100u: goto st1025;
	}
	goto st0;
st1025:
	p += 1;
case 1025:
	switch( (*p) ) {
		case 73u: goto st1026;
		case 105u: goto st1026;
	}
	goto st0;
st1026:
	p += 1;
case 1026:
	switch( (*p) ) {
		case 84u: goto st1027;
		case 116u: goto st1027;
	}
	goto st0;
st1027:
	p += 1;
case 1027:
	switch( (*p) ) {
		case 89u: goto st1018;
		case 121u: goto st1018;
	}
	goto st0;
st1028:
	p += 1;
case 1028:
	switch( (*p) ) {
		case 83u: goto st1029;
		case 115u: goto st1029;
	}
	goto st0;
st1029:
	p += 1;
case 1029:
	switch( (*p) ) {
		case 69u: goto st1030;
		case 101u: goto st1030;
	}
	goto st0;
st1030:
	p += 1;
case 1030:
	switch( (*p) ) {
		case 69u: goto st1031;
		case 101u: goto st1031;
	}
	goto st0;
st1031:
	p += 1;
case 1031:
	switch( (*p) ) {
		case 78u: goto st998;
		case 110u: goto st998;
	}
	goto st0;
st1032:
	p += 1;
case 1032:
	switch( (*p) ) {
		case 73u: goto st1033;
		case 105u: goto st1033;
	}
	goto st0;
st1033:
	p += 1;
case 1033:
	switch( (*p) ) {
		case 76u: goto st1034;
		case 108u: goto st1034;
	}
	goto st0;
st1034:
	p += 1;
case 1034:
	switch( (*p) ) {
		case 32u: goto tr1362;
		case 41u: goto tr1363;
	}
	goto st0;
tr1364:
	{ {p = (( IMW_SKIP_TO(1035)))-1;} }
	goto st1035;
tr979:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(1035)))-1;} }
	goto st1035;
st1035:
	p += 1;
case 1035:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1365;
		case 92u: goto tr1366;
	}
	goto tr1364;
tr1365:
	{ {p = (( IMW_SKIP_TO(1036)))-1;} }
	goto st1036;
st1036:
	p += 1;
case 1036:
	if ( (*p) == 32u )
		goto tr981;
	goto st0;
tr1366:
	{ {p = (( IMW_SKIP_TO(1037)))-1;} }
	goto st1037;
st1037:
	p += 1;
case 1037:
	switch( (*p) ) {
		case 34u: goto tr1364;
		case 92u: goto tr1364;
	}
	goto st0;
tr980:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(1038)))-1;} }
	goto st1038;
st1038:
	p += 1;
case 1038:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1367;
	goto st0;
tr1369:
	{ {p = (( IMW_SKIP_TO(1039)))-1;} }
	goto st1039;
tr1367:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1039)))-1;} }
	goto st1039;
st1039:
	p += 1;
case 1039:
	switch( (*p) ) {
		case 43u: goto tr1368;
		case 125u: goto tr1370;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1369;
	goto st0;
tr1368:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1040)))-1;} }
	goto st1040;
st1040:
	p += 1;
case 1040:
	if ( (*p) == 125u )
		goto tr1371;
	goto st0;
tr1371:
	{ {p = (( IMW_SKIP_TO(1041)))-1;} }
	goto st1041;
tr1370:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1041)))-1;} }
	goto st1041;
st1041:
	p += 1;
case 1041:
	if ( (*p) == 13u )
		goto tr1372;
	goto st0;
tr1372:
	{ {p = (( IMW_SKIP_TO(1042)))-1;} }
	goto st1042;
st1042:
	p += 1;
case 1042:
	if ( (*p) == 10u )
		goto tr1373;
	goto st0;
tr1373:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(1043)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 1043; goto _out;} }
	goto st1043;
st1043:
	p += 1;
case 1043:
	if ( (*p) == 32u )
		goto tr1374;
	goto st0;
tr29:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_THREAD_DATA); }
	goto st1044;
tr46:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_SPACE_AFTER_STAR); }
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_THREAD_DATA); }
	goto st1044;
st1044:
	p += 1;
case 1044:
	switch( (*p) ) {
		case 72u: goto st1045;
		case 104u: goto st1045;
	}
	goto st0;
st1045:
	p += 1;
case 1045:
	switch( (*p) ) {
		case 82u: goto st1046;
		case 114u: goto st1046;
	}
	goto st0;
st1046:
	p += 1;
case 1046:
	switch( (*p) ) {
		case 69u: goto st1047;
		case 101u: goto st1047;
	}
	goto st0;
st1047:
	p += 1;
case 1047:
	switch( (*p) ) {
		case 65u: goto st1048;
		case 97u: goto st1048;
	}
	goto st0;
st1048:
	p += 1;
case 1048:
	switch( (*p) ) {
		case 68u: goto st1049;
		case 100u: goto st1049;
	}
	goto st0;
st1049:
	p += 1;
case 1049:
	switch( (*p) ) {
		case 13u: goto tr1380;
		case 32u: goto tr1381;
	}
	goto st0;
tr1381:
	{ IMW_EV_CLOSE(IMW_RULE_THREAD_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX_DATA); }
	{ IMW_NAME_OPEN(IMW_RULE_LENIENT_SPACE_AT_LINE_END); }
	goto st1050;
st1050:
	p += 1;
case 1050:
	switch( (*p) ) {
		case 13u: goto tr60;
		case 32u: goto st21;
		case 40u: goto tr1382;
	}
	goto st0;
tr1382:
	{ IMW_EV_OPEN(IMW_RULE_THREAD_LIST); }
	goto st1051;
tr1388:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st1051;
st1051:
	p += 1;
case 1051:
	if ( (*p) == 40u )
		goto tr1383;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1384;
	goto st0;
tr1383:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_THREAD_LIST)) {p++; cs = 1052; goto _out;} {( run->stack)[( run->top)++] = 1052;goto st1107;} }
	goto st1052;
st1052:
	p += 1;
case 1052:
	if ( (*p) == 40u )
		goto tr1385;
	goto st0;
tr1385:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_THREAD_LIST)) {p++; cs = 1053; goto _out;} {( run->stack)[( run->top)++] = 1053;goto st1107;} }
	goto st1053;
st1053:
	p += 1;
case 1053:
	switch( (*p) ) {
		case 40u: goto tr1385;
		case 41u: goto tr1386;
	}
	goto st0;
tr1386:
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_THREAD_LIST); }
	goto st1054;
tr1389:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_THREAD_LIST); }
	goto st1054;
st1054:
	p += 1;
case 1054:
	switch( (*p) ) {
		case 13u: goto tr1380;
		case 32u: goto tr1387;
		case 40u: goto tr1382;
	}
	goto st0;
tr1390:
	{ {p = (( IMW_SKIP_TO(1055)))-1;} }
	goto st1055;
tr1384:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1055)))-1;} }
	goto st1055;
st1055:
	p += 1;
case 1055:
	switch( (*p) ) {
		case 32u: goto tr1388;
		case 41u: goto tr1389;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1390;
	goto st0;
tr30:
	{ IMW_NAME_OPEN(IMW_RULE_MESSAGE_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_EXPUNGED_RESP); }
	goto st1056;
tr47:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_SPACE_AFTER_STAR); }
	{ IMW_NAME_OPEN(IMW_RULE_MESSAGE_DATA); }
	{ IMW_EV_OPEN(IMW_RULE_EXPUNGED_RESP); }
	goto st1056;
st1056:
	p += 1;
case 1056:
	switch( (*p) ) {
		case 65u: goto st1057;
		case 97u: goto st1057;
	}
	goto st0;
st1057:
	p += 1;
case 1057:
	switch( (*p) ) {
		case 78u: goto st1058;
		case 110u: goto st1058;
	}
	goto st0;
st1058:
	p += 1;
case 1058:
	switch( (*p) ) {
		case 73u: goto st1059;
		case 105u: goto st1059;
	}
	goto st0;
st1059:
	p += 1;
case 1059:
	switch( (*p) ) {
		case 83u: goto st1060;
		case 115u: goto st1060;
	}
	goto st0;
st1060:
	p += 1;
case 1060:
	switch( (*p) ) {
		case 72u: goto st1061;
		case 104u: goto st1061;
	}
	goto st0;
st1061:
	p += 1;
case 1061:
	switch( (*p) ) {
		case 69u: goto st1062;
		case 101u: goto st1062;
	}
	goto st0;
st1062:
	p += 1;
case 1062:
	switch( (*p) ) {
		case 68u: goto st1063;
		case 100u: goto st1063;
	}
	goto st0;
st1063:
	p += 1;
case 1063:
	if ( (*p) == 32u )
		goto st1064;
	goto st0;
st1064:
	p += 1;
case 1064:
	switch( (*p) ) {
		case 36u: goto tr1399;
		case 40u: goto st1066;
		case 42u: goto tr1401;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1402;
	goto st0;
tr1399:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st1065;
st1065:
	p += 1;
case 1065:
	switch( (*p) ) {
		case 13u: goto tr1403;
		case 32u: goto tr1404;
	}
	goto st0;
st1066:
	p += 1;
case 1066:
	switch( (*p) ) {
		case 69u: goto st1067;
		case 101u: goto st1067;
	}
	goto st0;
st1067:
	p += 1;
case 1067:
	switch( (*p) ) {
		case 65u: goto st1068;
		case 97u: goto st1068;
	}
	goto st0;
st1068:
	p += 1;
case 1068:
	switch( (*p) ) {
		case 82u: goto st1069;
		case 114u: goto st1069;
	}
	goto st0;
st1069:
	p += 1;
case 1069:
	switch( (*p) ) {
		case 76u: goto st1070;
		case 108u: goto st1070;
	}
	goto st0;
st1070:
	p += 1;
case 1070:
	switch( (*p) ) {
		case 73u: goto st1071;
		case 105u: goto st1071;
	}
	goto st0;
st1071:
	p += 1;
case 1071:
	switch( (*p) ) {
		case 69u: goto st1072;
		case 101u: goto st1072;
	}
	goto st0;
st1072:
	p += 1;
case 1072:
	switch( (*p) ) {
		case 82u: goto st1073;
		case 114u: goto st1073;
	}
	goto st0;
st1073:
	p += 1;
case 1073:
	if ( (*p) == 41u )
		goto st1074;
	goto st0;
st1074:
	p += 1;
case 1074:
	if ( (*p) == 32u )
		goto st1075;
	goto st0;
st1075:
	p += 1;
case 1075:
	switch( (*p) ) {
		case 36u: goto tr1399;
		case 42u: goto tr1401;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1402;
	goto st0;
tr1401:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st1076;
st1076:
	p += 1;
case 1076:
	switch( (*p) ) {
		case 13u: goto tr1403;
		case 32u: goto tr1404;
		case 44u: goto st1077;
		case 58u: goto st1079;
	}
	goto st0;
st1077:
	p += 1;
case 1077:
	if ( (*p) == 42u )
		goto st1076;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1417;
	goto st0;
tr1417:
	{ {p = (( IMW_SKIP_TO(1078)))-1;} }
	goto st1078;
tr1402:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(1078)))-1;} }
	goto st1078;
st1078:
	p += 1;
case 1078:
	switch( (*p) ) {
		case 13u: goto tr1403;
		case 32u: goto tr1404;
		case 44u: goto st1077;
		case 58u: goto st1079;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1417;
	goto st0;
st1079:
	p += 1;
case 1079:
	if ( (*p) == 42u )
		goto st1080;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1419;
	goto st0;
st1080:
	p += 1;
case 1080:
	switch( (*p) ) {
		case 13u: goto tr1403;
		case 32u: goto tr1404;
		case 44u: goto st1077;
	}
	goto st0;
tr1419:
	{ {p = (( IMW_SKIP_TO(1081)))-1;} }
	goto st1081;
st1081:
	p += 1;
case 1081:
	switch( (*p) ) {
		case 13u: goto tr1403;
		case 32u: goto tr1404;
		case 44u: goto st1077;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1419;
	goto st0;
st1082:
	p += 1;
case 1082:
	switch( (*p) ) {
		case 65u: goto st79;
		case 89u: goto st1083;
		case 97u: goto st79;
		case 121u: goto st1083;
	}
	goto st0;
st1083:
	p += 1;
case 1083:
	switch( (*p) ) {
		case 69u: goto st1084;
		case 101u: goto st1084;
	}
	goto st0;
st1084:
	p += 1;
case 1084:
	switch( (*p) ) {
		case 13u: goto tr1422;
		case 32u: goto tr1422;
	}
	goto st0;
tr1422:
	{ { const unsigned char *imw_q = IMW_EXTERN(IMW_RULE_STATUS_TAIL); if (!imw_q) { p--; {p++; cs = 1114; goto _out;} } {p = (( imw_q))-1;} if (imw_q == pe) {p++; cs = 1114; goto _out;} } }
	goto st1114;
st1114:
	p += 1;
case 1114:
	goto st0;
st1085:
	p += 1;
case 1085:
	switch( (*p) ) {
		case 75u: goto st1084;
		case 107u: goto st1084;
	}
	goto st0;
st1086:
	p += 1;
case 1086:
	switch( (*p) ) {
		case 82u: goto st1087;
		case 114u: goto st1087;
	}
	goto st0;
st1087:
	p += 1;
case 1087:
	switch( (*p) ) {
		case 69u: goto st1088;
		case 101u: goto st1088;
	}
	goto st0;
st1088:
	p += 1;
case 1088:
	switch( (*p) ) {
		case 65u: goto st1089;
		case 97u: goto st1089;
	}
	goto st0;
st1089:
	p += 1;
case 1089:
	switch( (*p) ) {
		case 85u: goto st1090;
		case 117u: goto st1090;
	}
	goto st0;
st1090:
	p += 1;
case 1090:
	switch( (*p) ) {
		case 84u: goto st1091;
		case 116u: goto st1091;
	}
	goto st0;
st1091:
	p += 1;
case 1091:
	switch( (*p) ) {
		case 72u: goto st1092;
		case 104u: goto st1092;
	}
	goto st0;
st1092:
	p += 1;
case 1092:
	switch( (*p) ) {
		case 13u: goto tr1429;
		case 32u: goto tr1429;
	}
	goto st0;
tr1429:
	{ { const unsigned char *imw_q = IMW_EXTERN(IMW_RULE_STATUS_TAIL); if (!imw_q) { p--; {p++; cs = 1115; goto _out;} } {p = (( imw_q))-1;} if (imw_q == pe) {p++; cs = 1115; goto _out;} } }
	goto st1115;
st1115:
	p += 1;
case 1115:
	goto st0;
tr3:
	{ IMW_NAME_OPEN(IMW_RULE_CONTINUE_REQ); }
	goto st1093;
st1093:
	p += 1;
case 1093:
	switch( (*p) ) {
		case 13u: goto tr1430;
		case 32u: goto tr1430;
	}
	goto st0;
tr1430:
	{ { const unsigned char *imw_q = IMW_EXTERN(IMW_RULE_STATUS_TAIL); if (!imw_q) { p--; {p++; cs = 1116; goto _out;} } {p = (( imw_q))-1;} if (imw_q == pe) {p++; cs = 1116; goto _out;} } }
	goto st1116;
st1116:
	p += 1;
case 1116:
	goto st0;
st1094:
	p += 1;
case 1094:
	if ( (*p) == 40u )
		goto st1095;
	goto st0;
tr1436:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st1095;
tr1450:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st1095;
st1095:
	p += 1;
case 1095:
	switch( (*p) ) {
		case 34u: goto tr1433;
		case 40u: goto tr1434;
		case 123u: goto tr1435;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1432;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1432;
		} else if ( (*p) >= 43u )
			goto tr1432;
	} else
		goto tr1432;
	goto st0;
tr1437:
	{ {p = (( IMW_SKIP_TO(1096)))-1;} }
	goto st1096;
tr1432:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(1096)))-1;} }
	goto st1096;
st1096:
	p += 1;
case 1096:
	switch( (*p) ) {
		case 32u: goto tr1436;
		case 33u: goto tr1437;
		case 41u: goto tr1438;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1437;
		} else if ( (*p) >= 35u )
			goto tr1437;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1437;
		} else if ( (*p) >= 93u )
			goto tr1437;
	} else
		goto tr1437;
	goto st0;
tr1438:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_CALL_LEAVE(IMW_RULE_TAGGED_EXT_PAREN); {cs = ( run->stack)[--( run->top)];goto _again;} }
	goto st1117;
tr1442:
	{ IMW_CALL_LEAVE(IMW_RULE_TAGGED_EXT_PAREN); {cs = ( run->stack)[--( run->top)];goto _again;} }
	goto st1117;
tr1451:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_CALL_LEAVE(IMW_RULE_TAGGED_EXT_PAREN); {cs = ( run->stack)[--( run->top)];goto _again;} }
	goto st1117;
st1117:
	p += 1;
case 1117:
	goto st0;
tr1439:
	{ {p = (( IMW_SKIP_TO(1097)))-1;} }
	goto st1097;
tr1433:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(1097)))-1;} }
	goto st1097;
st1097:
	p += 1;
case 1097:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1440;
		case 92u: goto tr1441;
	}
	goto tr1439;
tr1440:
	{ {p = (( IMW_SKIP_TO(1098)))-1;} }
	goto st1098;
st1098:
	p += 1;
case 1098:
	switch( (*p) ) {
		case 32u: goto tr1436;
		case 41u: goto tr1438;
	}
	goto st0;
tr1441:
	{ {p = (( IMW_SKIP_TO(1099)))-1;} }
	goto st1099;
st1099:
	p += 1;
case 1099:
	switch( (*p) ) {
		case 34u: goto tr1439;
		case 92u: goto tr1439;
	}
	goto st0;
tr1434:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_TAGGED_EXT_PAREN)) {p++; cs = 1100; goto _out;} {( run->stack)[( run->top)++] = 1100;goto st1094;} }
	goto st1100;
st1100:
	p += 1;
case 1100:
	switch( (*p) ) {
		case 32u: goto st1095;
		case 41u: goto tr1442;
	}
	goto st0;
tr1435:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(1101)))-1;} }
	goto st1101;
st1101:
	p += 1;
case 1101:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1443;
	goto st0;
tr1445:
	{ {p = (( IMW_SKIP_TO(1102)))-1;} }
	goto st1102;
tr1443:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1102)))-1;} }
	goto st1102;
st1102:
	p += 1;
case 1102:
	switch( (*p) ) {
		case 43u: goto tr1444;
		case 125u: goto tr1446;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1445;
	goto st0;
tr1444:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1103)))-1;} }
	goto st1103;
st1103:
	p += 1;
case 1103:
	if ( (*p) == 125u )
		goto tr1447;
	goto st0;
tr1447:
	{ {p = (( IMW_SKIP_TO(1104)))-1;} }
	goto st1104;
tr1446:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1104)))-1;} }
	goto st1104;
st1104:
	p += 1;
case 1104:
	if ( (*p) == 13u )
		goto tr1448;
	goto st0;
tr1448:
	{ {p = (( IMW_SKIP_TO(1105)))-1;} }
	goto st1105;
st1105:
	p += 1;
case 1105:
	if ( (*p) == 10u )
		goto tr1449;
	goto st0;
tr1449:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(1106)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 1106; goto _out;} }
	goto st1106;
st1106:
	p += 1;
case 1106:
	switch( (*p) ) {
		case 32u: goto tr1450;
		case 41u: goto tr1451;
	}
	goto st0;
st1107:
	p += 1;
case 1107:
	if ( (*p) == 40u )
		goto tr1452;
	goto st0;
tr1452:
	{ IMW_EV_OPEN(IMW_RULE_THREAD_LIST); }
	goto st1108;
tr1457:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st1108;
st1108:
	p += 1;
case 1108:
	if ( (*p) == 40u )
		goto tr1453;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1454;
	goto st0;
tr1453:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_THREAD_LIST)) {p++; cs = 1109; goto _out;} {( run->stack)[( run->top)++] = 1109;goto st1107;} }
	goto st1109;
st1109:
	p += 1;
case 1109:
	if ( (*p) == 40u )
		goto tr1455;
	goto st0;
tr1455:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_THREAD_LIST)) {p++; cs = 1110; goto _out;} {( run->stack)[( run->top)++] = 1110;goto st1107;} }
	goto st1110;
st1110:
	p += 1;
case 1110:
	switch( (*p) ) {
		case 40u: goto tr1455;
		case 41u: goto tr1456;
	}
	goto st0;
tr1456:
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_THREAD_LIST); }
	{ IMW_CALL_LEAVE(IMW_RULE_THREAD_LIST); {cs = ( run->stack)[--( run->top)];goto _again;} }
	goto st1118;
tr1458:
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	{ IMW_EV_CLOSE_AFTER(IMW_RULE_THREAD_LIST); }
	{ IMW_CALL_LEAVE(IMW_RULE_THREAD_LIST); {cs = ( run->stack)[--( run->top)];goto _again;} }
	goto st1118;
st1118:
	p += 1;
case 1118:
	goto st0;
tr1459:
	{ {p = (( IMW_SKIP_TO(1111)))-1;} }
	goto st1111;
tr1454:
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1111)))-1;} }
	goto st1111;
st1111:
	p += 1;
case 1111:
	switch( (*p) ) {
		case 32u: goto tr1457;
		case 41u: goto tr1458;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1459;
	goto st0;
	}

	if ( p == eof )
	{
	switch ( cs ) {
	case 1113: 
	{ IMW_NAME_CLOSE(IMW_RULE_RESPONSE_DATA); }
	break;
	case 1112: 
	{ IMW_NAME_CLOSE(IMW_RULE_RESPONSE_TAGGED); }
	break;
	case 1116: 
	{ IMW_NAME_CLOSE(IMW_RULE_CONTINUE_REQ); }
	break;
	case 1115: 
	{ IMW_NAME_CLOSE(IMW_RULE_GREETING); }
	break;
	case 1114: 
	{ IMW_NAME_CLOSE(IMW_RULE_RESPONSE_DATA); }
	{ IMW_NAME_CLOSE(IMW_RULE_GREETING); }
	break;
	}
	}

	_out: {}
	}


    (void)eof;
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
