
/* The command machine (server side): Ragel glue around gen/command_grammar.rl,
 * which abnf2rl generates from grammar/ with imw-command as root.  Like the
 * response machine it runs over one whole message that the framer has
 * delimited.  `make regen` turns this file into gen/command_machine.c. */
#define IMW_STACK_TOP (run->top)
#define IMW_DEPTH ((unsigned)run->top)
#include "machine_glue.h"
#include "command_skip.h"
#include "command.h"





static const int imw_command_start = 1;
static const int imw_command_first_final = 1385;
static const int imw_command_error = 0;



int imw_command_machine_run(struct imw_run *run)
{
    const unsigned char *p = run->data;
    const unsigned char *pe = p + run->len;
    int cs;

    if (imw_run_refuse_unframed(run)) {
        return run->error;
    }
    
	{
	cs = imw_command_start;
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
		case 1385: goto st1385;
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
		case 1386: goto st1386;
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
		case 1387: goto st1387;
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
		case 1388: goto st1388;
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
	default: break;
	}

	p += 1;
_resume:
	switch ( cs )
	{
st1:
	p += 1;
case 1:
	if ( (*p) == 33u )
		goto tr0;
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
	{ {p = (( IMW_SKIP_TO(2)))-1;} }
	goto st2;
st2:
	p += 1;
case 2:
	switch( (*p) ) {
		case 32u: goto st3;
		case 33u: goto tr0;
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
st3:
	p += 1;
case 3:
	switch( (*p) ) {
		case 65u: goto tr3;
		case 67u: goto tr4;
		case 68u: goto st257;
		case 69u: goto st299;
		case 70u: goto st412;
		case 71u: goto tr8;
		case 73u: goto st583;
		case 76u: goto tr10;
		case 77u: goto tr11;
		case 78u: goto st780;
		case 82u: goto tr13;
		case 83u: goto tr14;
		case 84u: goto st1321;
		case 85u: goto st1329;
		case 97u: goto tr3;
		case 99u: goto tr4;
		case 100u: goto st257;
		case 101u: goto st299;
		case 102u: goto st412;
		case 103u: goto tr8;
		case 105u: goto st583;
		case 108u: goto tr10;
		case 109u: goto tr11;
		case 110u: goto st780;
		case 114u: goto tr13;
		case 115u: goto tr14;
		case 116u: goto st1321;
		case 117u: goto st1329;
	}
	goto st0;
tr3:
	{ IMW_NAME_OPEN(IMW_RULE_APPEND); }
	{ IMW_NAME_OPEN(IMW_RULE_AUTHENTICATE); }
	goto st4;
st4:
	p += 1;
case 4:
	switch( (*p) ) {
		case 80u: goto st5;
		case 85u: goto st133;
		case 112u: goto st5;
		case 117u: goto st133;
	}
	goto st0;
st5:
	p += 1;
case 5:
	switch( (*p) ) {
		case 80u: goto st6;
		case 112u: goto st6;
	}
	goto st0;
st6:
	p += 1;
case 6:
	switch( (*p) ) {
		case 69u: goto st7;
		case 101u: goto st7;
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
		case 68u: goto st9;
		case 100u: goto st9;
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
		case 34u: goto tr25;
		case 123u: goto tr26;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr24;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr24;
		} else if ( (*p) >= 43u )
			goto tr24;
	} else
		goto tr24;
	goto st0;
tr28:
	{ {p = (( IMW_SKIP_TO(11)))-1;} }
	goto st11;
tr24:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(11)))-1;} }
	goto st11;
st11:
	p += 1;
case 11:
	switch( (*p) ) {
		case 32u: goto tr27;
		case 33u: goto tr28;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr28;
		} else if ( (*p) >= 35u )
			goto tr28;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr28;
		} else if ( (*p) >= 93u )
			goto tr28;
	} else
		goto tr28;
	goto st0;
tr27:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st12;
tr78:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st12;
tr92:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st12;
tr110:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st12;
tr113:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st12;
tr146:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL8); }
	goto st12;
tr138:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st12;
tr194:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st12;
st12:
	p += 1;
case 12:
	switch( (*p) ) {
		case 34u: goto st13;
		case 40u: goto tr30;
		case 85u: goto st68;
		case 95u: goto st42;
		case 117u: goto st68;
		case 123u: goto tr33;
		case 126u: goto tr34;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st42;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st42;
	} else
		goto st42;
	goto st0;
st13:
	p += 1;
case 13:
	if ( (*p) == 32u )
		goto st14;
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st14;
	goto st0;
st14:
	p += 1;
case 14:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st15;
	goto st0;
st15:
	p += 1;
case 15:
	if ( (*p) == 45u )
		goto st16;
	goto st0;
st16:
	p += 1;
case 16:
	switch( (*p) ) {
		case 65u: goto st17;
		case 68u: goto st96;
		case 70u: goto st98;
		case 74u: goto st100;
		case 77u: goto st103;
		case 78u: goto st105;
		case 79u: goto st107;
		case 83u: goto st109;
		case 97u: goto st17;
		case 100u: goto st96;
		case 102u: goto st98;
		case 106u: goto st100;
		case 109u: goto st103;
		case 110u: goto st105;
		case 111u: goto st107;
		case 115u: goto st109;
	}
	goto st0;
st17:
	p += 1;
case 17:
	switch( (*p) ) {
		case 80u: goto st18;
		case 85u: goto st95;
		case 112u: goto st18;
		case 117u: goto st95;
	}
	goto st0;
st18:
	p += 1;
case 18:
	switch( (*p) ) {
		case 82u: goto st19;
		case 114u: goto st19;
	}
	goto st0;
st19:
	p += 1;
case 19:
	if ( (*p) == 45u )
		goto st20;
	goto st0;
st20:
	p += 1;
case 20:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st21;
	goto st0;
st21:
	p += 1;
case 21:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st22;
	goto st0;
st22:
	p += 1;
case 22:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st23;
	goto st0;
st23:
	p += 1;
case 23:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st24;
	goto st0;
st24:
	p += 1;
case 24:
	if ( (*p) == 32u )
		goto st25;
	goto st0;
st25:
	p += 1;
case 25:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st26;
	goto st0;
st26:
	p += 1;
case 26:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st27;
	goto st0;
st27:
	p += 1;
case 27:
	if ( (*p) == 58u )
		goto st28;
	goto st0;
st28:
	p += 1;
case 28:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st29;
	goto st0;
st29:
	p += 1;
case 29:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st30;
	goto st0;
st30:
	p += 1;
case 30:
	if ( (*p) == 58u )
		goto st31;
	goto st0;
st31:
	p += 1;
case 31:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st32;
	goto st0;
st32:
	p += 1;
case 32:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st33;
	goto st0;
st33:
	p += 1;
case 33:
	if ( (*p) == 32u )
		goto st34;
	goto st0;
st34:
	p += 1;
case 34:
	switch( (*p) ) {
		case 43u: goto st35;
		case 45u: goto st35;
	}
	goto st0;
st35:
	p += 1;
case 35:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st36;
	goto st0;
st36:
	p += 1;
case 36:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st37;
	goto st0;
st37:
	p += 1;
case 37:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st38;
	goto st0;
st38:
	p += 1;
case 38:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st39;
	goto st0;
st39:
	p += 1;
case 39:
	if ( (*p) == 34u )
		goto st40;
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
	switch( (*p) ) {
		case 85u: goto st68;
		case 95u: goto st42;
		case 117u: goto st68;
		case 123u: goto tr33;
		case 126u: goto tr34;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
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
		case 32u: goto st43;
		case 95u: goto st42;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st42;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st42;
		} else if ( (*p) >= 65u )
			goto st42;
	} else
		goto st42;
	goto st0;
st43:
	p += 1;
case 43:
	switch( (*p) ) {
		case 36u: goto tr72;
		case 40u: goto tr73;
		case 42u: goto tr74;
		case 48u: goto tr75;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr76;
	goto st0;
tr72:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st44;
st44:
	p += 1;
case 44:
	switch( (*p) ) {
		case 13u: goto tr77;
		case 32u: goto tr78;
	}
	goto st0;
tr364:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st45;
tr77:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_APPEND); }
	goto st45;
tr91:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_APPEND); }
	goto st45;
tr109:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_APPEND); }
	goto st45;
tr112:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_APPEND); }
	goto st45;
tr128:
	{ IMW_NAME_CLOSE(IMW_RULE_APPEND); }
	goto st45;
tr137:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_APPEND); }
	goto st45;
tr1039:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st45;
tr145:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL8); }
	{ IMW_NAME_CLOSE(IMW_RULE_APPEND); }
	goto st45;
tr376:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st45;
tr1835:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	goto st45;
tr256:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	{ IMW_NAME_CLOSE(IMW_RULE_COPY); }
	goto st45;
tr268:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	{ IMW_NAME_CLOSE(IMW_RULE_COPY); }
	goto st45;
tr283:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	{ IMW_NAME_CLOSE(IMW_RULE_CREATE); }
	goto st45;
tr298:
	{ IMW_NAME_CLOSE(IMW_RULE_CREATE); }
	goto st45;
tr352:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	{ IMW_NAME_CLOSE(IMW_RULE_CREATE); }
	goto st45;
tr388:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_IDENTIFIER); }
	goto st45;
tr400:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_IDENTIFIER); }
	goto st45;
tr421:
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY); }
	goto st45;
tr436:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY); }
	goto st45;
tr595:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	{ IMW_NAME_CLOSE(IMW_RULE_GETMETADATA); }
	goto st45;
tr601:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_METADATA_ENTRIES_UNPARENTHESISED); }
	{ IMW_NAME_CLOSE(IMW_RULE_GETMETADATA); }
	goto st45;
tr613:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_METADATA_ENTRIES_UNPARENTHESISED); }
	{ IMW_NAME_CLOSE(IMW_RULE_GETMETADATA); }
	goto st45;
tr628:
	{ IMW_NAME_CLOSE(IMW_RULE_GETMETADATA); }
	goto st45;
tr664:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	{ IMW_NAME_CLOSE(IMW_RULE_GETMETADATA); }
	goto st45;
tr807:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_QUOTA_ROOT_NAME); }
	goto st45;
tr819:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_QUOTA_ROOT_NAME); }
	goto st45;
tr849:
	{ IMW_EV_CLOSE(IMW_RULE_ID_PARAMS_LIST); }
	goto st45;
tr879:
	{ IMW_NAME_CLOSE(IMW_RULE_LIST); }
	goto st45;
tr938:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_LIST); }
	goto st45;
tr994:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_LOGIN); }
	goto st45;
tr1006:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_LOGIN); }
	goto st45;
tr1063:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	{ IMW_NAME_CLOSE(IMW_RULE_MOVE); }
	goto st45;
tr1075:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	{ IMW_NAME_CLOSE(IMW_RULE_MOVE); }
	goto st45;
tr1114:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	{ IMW_NAME_CLOSE(IMW_RULE_RENAME); }
	goto st45;
tr1128:
	{ IMW_NAME_CLOSE(IMW_RULE_RENAME); }
	goto st45;
tr1174:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	{ IMW_NAME_CLOSE(IMW_RULE_RENAME); }
	goto st45;
tr1205:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	{ IMW_NAME_CLOSE(IMW_RULE_SELECT); }
	goto st45;
tr1220:
	{ IMW_NAME_CLOSE(IMW_RULE_SELECT); }
	goto st45;
tr1321:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	{ IMW_NAME_CLOSE(IMW_RULE_SELECT); }
	goto st45;
tr1342:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_SETACL); }
	goto st45;
tr1354:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_SETACL); }
	goto st45;
tr1404:
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY_VALUES); }
	{ IMW_NAME_CLOSE(IMW_RULE_SETMETADATA); }
	goto st45;
tr1603:
	{ IMW_NAME_CLOSE(IMW_RULE_STATUS); }
	goto st45;
tr1702:
	{ IMW_NAME_CLOSE(IMW_RULE_FLAG); }
	{ IMW_NAME_CLOSE(IMW_RULE_STORE); }
	goto st45;
tr1713:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_LIST); }
	{ IMW_NAME_CLOSE(IMW_RULE_STORE); }
	goto st45;
st45:
	p += 1;
case 45:
	if ( (*p) == 10u )
		goto tr79;
	goto st0;
tr79:
	{ if (p + 1 == pe) {p++; cs = 1385; goto _out;} }
	goto st1385;
st1385:
	p += 1;
case 1385:
	goto st0;
tr73:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	goto st46;
st46:
	p += 1;
case 46:
	switch( (*p) ) {
		case 34u: goto tr81;
		case 40u: goto tr82;
		case 41u: goto st51;
		case 123u: goto tr84;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr80;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr80;
		} else if ( (*p) >= 43u )
			goto tr80;
	} else
		goto tr80;
	goto st0;
tr86:
	{ {p = (( IMW_SKIP_TO(47)))-1;} }
	goto st47;
tr80:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(47)))-1;} }
	goto st47;
st47:
	p += 1;
case 47:
	switch( (*p) ) {
		case 32u: goto tr85;
		case 33u: goto tr86;
		case 41u: goto tr87;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr86;
		} else if ( (*p) >= 35u )
			goto tr86;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr86;
		} else if ( (*p) >= 93u )
			goto tr86;
	} else
		goto tr86;
	goto st0;
tr85:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st48;
tr101:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st48;
st48:
	p += 1;
case 48:
	switch( (*p) ) {
		case 34u: goto tr81;
		case 40u: goto tr82;
		case 123u: goto tr84;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr80;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr80;
		} else if ( (*p) >= 43u )
			goto tr80;
	} else
		goto tr80;
	goto st0;
tr88:
	{ {p = (( IMW_SKIP_TO(49)))-1;} }
	goto st49;
tr81:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(49)))-1;} }
	goto st49;
st49:
	p += 1;
case 49:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr89;
		case 92u: goto tr90;
	}
	goto tr88;
tr89:
	{ {p = (( IMW_SKIP_TO(50)))-1;} }
	goto st50;
st50:
	p += 1;
case 50:
	switch( (*p) ) {
		case 32u: goto tr85;
		case 41u: goto tr87;
	}
	goto st0;
tr87:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st51;
tr102:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st51;
st51:
	p += 1;
case 51:
	switch( (*p) ) {
		case 13u: goto tr91;
		case 32u: goto tr92;
	}
	goto st0;
tr90:
	{ {p = (( IMW_SKIP_TO(52)))-1;} }
	goto st52;
st52:
	p += 1;
case 52:
	switch( (*p) ) {
		case 34u: goto tr88;
		case 92u: goto tr88;
	}
	goto st0;
tr82:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_TAGGED_EXT_PAREN)) {p++; cs = 53; goto _out;} {( run->stack)[( run->top)++] = 53;goto st1359;} }
	goto st53;
st53:
	p += 1;
case 53:
	switch( (*p) ) {
		case 32u: goto st48;
		case 41u: goto st51;
	}
	goto st0;
tr84:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(54)))-1;} }
	goto st54;
st54:
	p += 1;
case 54:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr94;
	goto st0;
tr96:
	{ {p = (( IMW_SKIP_TO(55)))-1;} }
	goto st55;
tr94:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(55)))-1;} }
	goto st55;
st55:
	p += 1;
case 55:
	switch( (*p) ) {
		case 43u: goto tr95;
		case 125u: goto tr97;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr96;
	goto st0;
tr95:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(56)))-1;} }
	goto st56;
st56:
	p += 1;
case 56:
	if ( (*p) == 125u )
		goto tr98;
	goto st0;
tr98:
	{ {p = (( IMW_SKIP_TO(57)))-1;} }
	goto st57;
tr97:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(57)))-1;} }
	goto st57;
st57:
	p += 1;
case 57:
	if ( (*p) == 13u )
		goto tr99;
	goto st0;
tr99:
	{ {p = (( IMW_SKIP_TO(58)))-1;} }
	goto st58;
st58:
	p += 1;
case 58:
	if ( (*p) == 10u )
		goto tr100;
	goto st0;
tr100:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(59)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 59; goto _out;} }
	goto st59;
st59:
	p += 1;
case 59:
	switch( (*p) ) {
		case 32u: goto tr101;
		case 41u: goto tr102;
	}
	goto st0;
tr74:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st60;
st60:
	p += 1;
case 60:
	switch( (*p) ) {
		case 13u: goto tr77;
		case 32u: goto tr78;
		case 44u: goto st61;
		case 58u: goto st63;
	}
	goto st0;
st61:
	p += 1;
case 61:
	if ( (*p) == 42u )
		goto st60;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr106;
	goto st0;
tr106:
	{ {p = (( IMW_SKIP_TO(62)))-1;} }
	goto st62;
st62:
	p += 1;
case 62:
	switch( (*p) ) {
		case 13u: goto tr77;
		case 32u: goto tr78;
		case 44u: goto st61;
		case 58u: goto st63;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr106;
	goto st0;
st63:
	p += 1;
case 63:
	if ( (*p) == 42u )
		goto st64;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr108;
	goto st0;
st64:
	p += 1;
case 64:
	switch( (*p) ) {
		case 13u: goto tr77;
		case 32u: goto tr78;
		case 44u: goto st61;
	}
	goto st0;
tr108:
	{ {p = (( IMW_SKIP_TO(65)))-1;} }
	goto st65;
st65:
	p += 1;
case 65:
	switch( (*p) ) {
		case 13u: goto tr77;
		case 32u: goto tr78;
		case 44u: goto st61;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr108;
	goto st0;
tr111:
	{ {p = (( IMW_SKIP_TO(66)))-1;} }
	goto st66;
tr75:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(66)))-1;} }
	goto st66;
st66:
	p += 1;
case 66:
	switch( (*p) ) {
		case 13u: goto tr109;
		case 32u: goto tr110;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr111;
	goto st0;
tr114:
	{ {p = (( IMW_SKIP_TO(67)))-1;} }
	goto st67;
tr76:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(67)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	goto st67;
st67:
	p += 1;
case 67:
	switch( (*p) ) {
		case 13u: goto tr112;
		case 32u: goto tr113;
		case 44u: goto st61;
		case 58u: goto st63;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr114;
	goto st0;
st68:
	p += 1;
case 68:
	switch( (*p) ) {
		case 32u: goto st43;
		case 84u: goto st69;
		case 95u: goto st42;
		case 116u: goto st69;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st42;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st42;
		} else if ( (*p) >= 65u )
			goto st42;
	} else
		goto st42;
	goto st0;
st69:
	p += 1;
case 69:
	switch( (*p) ) {
		case 32u: goto st43;
		case 70u: goto st70;
		case 95u: goto st42;
		case 102u: goto st70;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st42;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st42;
		} else if ( (*p) >= 65u )
			goto st42;
	} else
		goto st42;
	goto st0;
st70:
	p += 1;
case 70:
	switch( (*p) ) {
		case 32u: goto st43;
		case 56u: goto st71;
		case 95u: goto st42;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st42;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st42;
		} else if ( (*p) >= 65u )
			goto st42;
	} else
		goto st42;
	goto st0;
st71:
	p += 1;
case 71:
	switch( (*p) ) {
		case 32u: goto st72;
		case 95u: goto st42;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st42;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st42;
		} else if ( (*p) >= 65u )
			goto st42;
	} else
		goto st42;
	goto st0;
st72:
	p += 1;
case 72:
	switch( (*p) ) {
		case 36u: goto tr72;
		case 40u: goto tr119;
		case 42u: goto tr74;
		case 48u: goto tr75;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr76;
	goto st0;
tr119:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	goto st73;
st73:
	p += 1;
case 73:
	switch( (*p) ) {
		case 34u: goto tr81;
		case 40u: goto tr82;
		case 41u: goto st51;
		case 123u: goto tr84;
		case 126u: goto tr120;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr80;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 125u )
				goto tr80;
		} else if ( (*p) >= 43u )
			goto tr80;
	} else
		goto tr80;
	goto st0;
tr120:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(74)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL8); }
	goto st74;
st74:
	p += 1;
case 74:
	switch( (*p) ) {
		case 32u: goto tr85;
		case 33u: goto tr86;
		case 41u: goto tr87;
		case 123u: goto st75;
	}
	if ( (*p) < 38u ) {
		if ( 35u <= (*p) && (*p) <= 36u )
			goto tr86;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr86;
		} else if ( (*p) >= 43u )
			goto tr86;
	} else
		goto tr86;
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
	switch( (*p) ) {
		case 43u: goto st77;
		case 125u: goto st78;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st76;
	goto st0;
st77:
	p += 1;
case 77:
	if ( (*p) == 125u )
		goto st78;
	goto st0;
st78:
	p += 1;
case 78:
	if ( (*p) == 13u )
		goto st79;
	goto st0;
st79:
	p += 1;
case 79:
	if ( (*p) == 10u )
		goto tr126;
	goto st0;
tr126:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 80; goto _out;} }
	goto st80;
st80:
	p += 1;
case 80:
	if ( (*p) == 41u )
		goto tr127;
	goto st0;
tr127:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL8); }
	goto st81;
st81:
	p += 1;
case 81:
	switch( (*p) ) {
		case 13u: goto tr128;
		case 32u: goto st12;
	}
	goto st0;
tr33:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st82;
st82:
	p += 1;
case 82:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr130;
	goto st0;
tr132:
	{ {p = (( IMW_SKIP_TO(83)))-1;} }
	goto st83;
tr130:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(83)))-1;} }
	goto st83;
st83:
	p += 1;
case 83:
	switch( (*p) ) {
		case 43u: goto tr131;
		case 125u: goto tr133;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr132;
	goto st0;
tr131:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st84;
st84:
	p += 1;
case 84:
	if ( (*p) == 125u )
		goto st85;
	goto st0;
tr133:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st85;
st85:
	p += 1;
case 85:
	if ( (*p) == 13u )
		goto st86;
	goto st0;
st86:
	p += 1;
case 86:
	if ( (*p) == 10u )
		goto tr136;
	goto st0;
tr136:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 87; goto _out;} }
	goto st87;
st87:
	p += 1;
case 87:
	switch( (*p) ) {
		case 13u: goto tr137;
		case 32u: goto tr138;
	}
	goto st0;
tr34:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL8); }
	goto st88;
st88:
	p += 1;
case 88:
	if ( (*p) == 123u )
		goto st89;
	goto st0;
st89:
	p += 1;
case 89:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st90;
	goto st0;
st90:
	p += 1;
case 90:
	switch( (*p) ) {
		case 43u: goto st91;
		case 125u: goto st92;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st90;
	goto st0;
st91:
	p += 1;
case 91:
	if ( (*p) == 125u )
		goto st92;
	goto st0;
st92:
	p += 1;
case 92:
	if ( (*p) == 13u )
		goto st93;
	goto st0;
st93:
	p += 1;
case 93:
	if ( (*p) == 10u )
		goto tr144;
	goto st0;
tr144:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 94; goto _out;} }
	goto st94;
st94:
	p += 1;
case 94:
	switch( (*p) ) {
		case 13u: goto tr145;
		case 32u: goto tr146;
	}
	goto st0;
st95:
	p += 1;
case 95:
	switch( (*p) ) {
		case 71u: goto st19;
		case 103u: goto st19;
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
		case 67u: goto st19;
		case 99u: goto st19;
	}
	goto st0;
st98:
	p += 1;
case 98:
	switch( (*p) ) {
		case 69u: goto st99;
		case 101u: goto st99;
	}
	goto st0;
st99:
	p += 1;
case 99:
	switch( (*p) ) {
		case 66u: goto st19;
		case 98u: goto st19;
	}
	goto st0;
st100:
	p += 1;
case 100:
	switch( (*p) ) {
		case 65u: goto st101;
		case 85u: goto st102;
		case 97u: goto st101;
		case 117u: goto st102;
	}
	goto st0;
st101:
	p += 1;
case 101:
	switch( (*p) ) {
		case 78u: goto st19;
		case 110u: goto st19;
	}
	goto st0;
st102:
	p += 1;
case 102:
	switch( (*p) ) {
		case 76u: goto st19;
		case 78u: goto st19;
		case 108u: goto st19;
		case 110u: goto st19;
	}
	goto st0;
st103:
	p += 1;
case 103:
	switch( (*p) ) {
		case 65u: goto st104;
		case 97u: goto st104;
	}
	goto st0;
st104:
	p += 1;
case 104:
	switch( (*p) ) {
		case 82u: goto st19;
		case 89u: goto st19;
		case 114u: goto st19;
		case 121u: goto st19;
	}
	goto st0;
st105:
	p += 1;
case 105:
	switch( (*p) ) {
		case 79u: goto st106;
		case 111u: goto st106;
	}
	goto st0;
st106:
	p += 1;
case 106:
	switch( (*p) ) {
		case 86u: goto st19;
		case 118u: goto st19;
	}
	goto st0;
st107:
	p += 1;
case 107:
	switch( (*p) ) {
		case 67u: goto st108;
		case 99u: goto st108;
	}
	goto st0;
st108:
	p += 1;
case 108:
	switch( (*p) ) {
		case 84u: goto st19;
		case 116u: goto st19;
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
	switch( (*p) ) {
		case 80u: goto st19;
		case 112u: goto st19;
	}
	goto st0;
tr30:
	{ IMW_EV_OPEN(IMW_RULE_FLAG_LIST); }
	goto st111;
st111:
	p += 1;
case 111:
	switch( (*p) ) {
		case 32u: goto tr155;
		case 34u: goto tr157;
		case 41u: goto st113;
		case 92u: goto tr159;
		case 93u: goto tr160;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr156;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr156;
		} else if ( (*p) >= 43u )
			goto tr156;
	} else
		goto tr156;
	goto st0;
tr155:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st112;
st112:
	p += 1;
case 112:
	switch( (*p) ) {
		case 32u: goto st112;
		case 41u: goto tr162;
	}
	goto st0;
tr162:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st113;
tr166:
	{ IMW_NAME_CLOSE(IMW_RULE_FLAG); }
	goto st113;
tr178:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_FLAG_QUOTED); }
	goto st113;
tr181:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_FLAG_STAR); }
	goto st113;
tr183:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st113;
st113:
	p += 1;
case 113:
	if ( (*p) == 32u )
		goto tr163;
	goto st0;
tr163:
	{ IMW_EV_CLOSE(IMW_RULE_FLAG_LIST); }
	goto st114;
st114:
	p += 1;
case 114:
	switch( (*p) ) {
		case 34u: goto st13;
		case 85u: goto st68;
		case 95u: goto st42;
		case 117u: goto st68;
		case 123u: goto tr33;
		case 126u: goto tr34;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st42;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st42;
	} else
		goto st42;
	goto st0;
tr165:
	{ {p = (( IMW_SKIP_TO(115)))-1;} }
	goto st115;
tr156:
	{ IMW_NAME_OPEN(IMW_RULE_FLAG); }
	{ {p = (( IMW_SKIP_TO(115)))-1;} }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st115;
tr170:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_NAME_OPEN(IMW_RULE_FLAG); }
	{ {p = (( IMW_SKIP_TO(115)))-1;} }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st115;
st115:
	p += 1;
case 115:
	switch( (*p) ) {
		case 32u: goto tr164;
		case 33u: goto tr165;
		case 41u: goto tr166;
		case 93u: goto st123;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr165;
		} else if ( (*p) >= 35u )
			goto tr165;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr165;
		} else if ( (*p) >= 94u )
			goto tr165;
	} else
		goto tr165;
	goto st0;
tr164:
	{ IMW_NAME_CLOSE(IMW_RULE_FLAG); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st116;
tr177:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_FLAG_QUOTED); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st116;
tr180:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_FLAG_STAR); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st116;
tr182:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_FLAG_BRACKET); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st116;
st116:
	p += 1;
case 116:
	switch( (*p) ) {
		case 32u: goto tr168;
		case 34u: goto tr157;
		case 41u: goto tr162;
		case 92u: goto tr159;
		case 93u: goto tr160;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr156;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr156;
		} else if ( (*p) >= 43u )
			goto tr156;
	} else
		goto tr156;
	goto st0;
tr168:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	goto st117;
st117:
	p += 1;
case 117:
	switch( (*p) ) {
		case 32u: goto st117;
		case 34u: goto tr171;
		case 41u: goto tr162;
		case 92u: goto tr172;
		case 93u: goto tr173;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr170;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr170;
		} else if ( (*p) >= 43u )
			goto tr170;
	} else
		goto tr170;
	goto st0;
tr174:
	{ {p = (( IMW_SKIP_TO(118)))-1;} }
	goto st118;
tr157:
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_FLAG_QUOTED); }
	{ {p = (( IMW_SKIP_TO(118)))-1;} }
	goto st118;
tr171:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_FLAG_QUOTED); }
	{ {p = (( IMW_SKIP_TO(118)))-1;} }
	goto st118;
st118:
	p += 1;
case 118:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr175;
		case 92u: goto tr176;
	}
	goto tr174;
tr175:
	{ {p = (( IMW_SKIP_TO(119)))-1;} }
	goto st119;
st119:
	p += 1;
case 119:
	switch( (*p) ) {
		case 32u: goto tr177;
		case 41u: goto tr178;
	}
	goto st0;
tr176:
	{ {p = (( IMW_SKIP_TO(120)))-1;} }
	goto st120;
st120:
	p += 1;
case 120:
	switch( (*p) ) {
		case 34u: goto tr174;
		case 92u: goto tr174;
	}
	goto st0;
tr159:
	{ IMW_NAME_OPEN(IMW_RULE_FLAG); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_STAR); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st121;
tr172:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_NAME_OPEN(IMW_RULE_FLAG); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_STAR); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st121;
st121:
	p += 1;
case 121:
	switch( (*p) ) {
		case 33u: goto tr165;
		case 42u: goto st122;
		case 93u: goto st123;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr165;
		} else if ( (*p) >= 35u )
			goto tr165;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr165;
		} else if ( (*p) >= 94u )
			goto tr165;
	} else
		goto tr165;
	goto st0;
st122:
	p += 1;
case 122:
	switch( (*p) ) {
		case 32u: goto tr180;
		case 41u: goto tr181;
	}
	goto st0;
tr160:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st123;
tr173:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st123;
st123:
	p += 1;
case 123:
	switch( (*p) ) {
		case 32u: goto tr182;
		case 33u: goto st123;
		case 41u: goto tr183;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st123;
		} else if ( (*p) >= 35u )
			goto st123;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st123;
		} else if ( (*p) >= 93u )
			goto st123;
	} else
		goto st123;
	goto st0;
tr184:
	{ {p = (( IMW_SKIP_TO(124)))-1;} }
	goto st124;
tr25:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(124)))-1;} }
	goto st124;
st124:
	p += 1;
case 124:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr185;
		case 92u: goto tr186;
	}
	goto tr184;
tr185:
	{ {p = (( IMW_SKIP_TO(125)))-1;} }
	goto st125;
st125:
	p += 1;
case 125:
	if ( (*p) == 32u )
		goto tr27;
	goto st0;
tr186:
	{ {p = (( IMW_SKIP_TO(126)))-1;} }
	goto st126;
st126:
	p += 1;
case 126:
	switch( (*p) ) {
		case 34u: goto tr184;
		case 92u: goto tr184;
	}
	goto st0;
tr26:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(127)))-1;} }
	goto st127;
st127:
	p += 1;
case 127:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr187;
	goto st0;
tr189:
	{ {p = (( IMW_SKIP_TO(128)))-1;} }
	goto st128;
tr187:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(128)))-1;} }
	goto st128;
st128:
	p += 1;
case 128:
	switch( (*p) ) {
		case 43u: goto tr188;
		case 125u: goto tr190;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr189;
	goto st0;
tr188:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(129)))-1;} }
	goto st129;
st129:
	p += 1;
case 129:
	if ( (*p) == 125u )
		goto tr191;
	goto st0;
tr191:
	{ {p = (( IMW_SKIP_TO(130)))-1;} }
	goto st130;
tr190:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(130)))-1;} }
	goto st130;
st130:
	p += 1;
case 130:
	if ( (*p) == 13u )
		goto tr192;
	goto st0;
tr192:
	{ {p = (( IMW_SKIP_TO(131)))-1;} }
	goto st131;
st131:
	p += 1;
case 131:
	if ( (*p) == 10u )
		goto tr193;
	goto st0;
tr193:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(132)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 132; goto _out;} }
	goto st132;
st132:
	p += 1;
case 132:
	if ( (*p) == 32u )
		goto tr194;
	goto st0;
st133:
	p += 1;
case 133:
	switch( (*p) ) {
		case 84u: goto st134;
		case 116u: goto st134;
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
		case 69u: goto st136;
		case 101u: goto st136;
	}
	goto st0;
st136:
	p += 1;
case 136:
	switch( (*p) ) {
		case 78u: goto st137;
		case 110u: goto st137;
	}
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
		case 73u: goto st139;
		case 105u: goto st139;
	}
	goto st0;
st139:
	p += 1;
case 139:
	switch( (*p) ) {
		case 67u: goto st140;
		case 99u: goto st140;
	}
	goto st0;
st140:
	p += 1;
case 140:
	switch( (*p) ) {
		case 65u: goto st141;
		case 97u: goto st141;
	}
	goto st0;
st141:
	p += 1;
case 141:
	switch( (*p) ) {
		case 84u: goto st142;
		case 116u: goto st142;
	}
	goto st0;
st142:
	p += 1;
case 142:
	switch( (*p) ) {
		case 69u: goto st143;
		case 101u: goto st143;
	}
	goto st0;
st143:
	p += 1;
case 143:
	if ( (*p) == 32u )
		goto st144;
	goto st0;
st144:
	p += 1;
case 144:
	if ( (*p) == 33u )
		goto tr206;
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr206;
		} else if ( (*p) >= 35u )
			goto tr206;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr206;
		} else if ( (*p) >= 94u )
			goto tr206;
	} else
		goto tr206;
	goto st0;
tr206:
	{ {p = (( IMW_SKIP_TO(145)))-1;} }
	goto st145;
st145:
	p += 1;
case 145:
	switch( (*p) ) {
		case 13u: goto tr207;
		case 32u: goto st153;
		case 33u: goto tr206;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr206;
		} else if ( (*p) >= 35u )
			goto tr206;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr206;
		} else if ( (*p) >= 94u )
			goto tr206;
	} else
		goto tr206;
	goto st0;
tr207:
	{ IMW_NAME_CLOSE(IMW_RULE_AUTHENTICATE); }
	goto st146;
st146:
	p += 1;
case 146:
	if ( (*p) == 10u )
		goto tr209;
	goto st0;
tr209:
	{ if (p + 1 == pe) {p++; cs = 1386; goto _out;} }
	goto st1386;
st1386:
	p += 1;
case 1386:
	switch( (*p) ) {
		case 13u: goto tr207;
		case 43u: goto st147;
	}
	if ( (*p) < 65u ) {
		if ( 47u <= (*p) && (*p) <= 57u )
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
	if ( (*p) == 43u )
		goto st148;
	if ( (*p) < 65u ) {
		if ( 47u <= (*p) && (*p) <= 57u )
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
		case 43u: goto st149;
		case 61u: goto st152;
	}
	if ( (*p) < 65u ) {
		if ( 47u <= (*p) && (*p) <= 57u )
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
		case 43u: goto st150;
		case 61u: goto st151;
	}
	if ( (*p) < 65u ) {
		if ( 47u <= (*p) && (*p) <= 57u )
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
		case 13u: goto tr207;
		case 43u: goto st147;
	}
	if ( (*p) < 65u ) {
		if ( 47u <= (*p) && (*p) <= 57u )
			goto st147;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st147;
	} else
		goto st147;
	goto st0;
st151:
	p += 1;
case 151:
	if ( (*p) == 13u )
		goto tr207;
	goto st0;
st152:
	p += 1;
case 152:
	if ( (*p) == 61u )
		goto st151;
	goto st0;
st153:
	p += 1;
case 153:
	switch( (*p) ) {
		case 13u: goto tr207;
		case 43u: goto st147;
		case 61u: goto st151;
	}
	if ( (*p) < 65u ) {
		if ( 47u <= (*p) && (*p) <= 57u )
			goto st147;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st147;
	} else
		goto st147;
	goto st0;
tr4:
	{ IMW_NAME_OPEN(IMW_RULE_CREATE); }
	{ IMW_NAME_OPEN(IMW_RULE_COPY); }
	goto st154;
st154:
	p += 1;
case 154:
	switch( (*p) ) {
		case 65u: goto st155;
		case 72u: goto st164;
		case 76u: goto st167;
		case 79u: goto st170;
		case 82u: goto st204;
		case 97u: goto st155;
		case 104u: goto st164;
		case 108u: goto st167;
		case 111u: goto st170;
		case 114u: goto st204;
	}
	goto st0;
st155:
	p += 1;
case 155:
	switch( (*p) ) {
		case 80u: goto st156;
		case 112u: goto st156;
	}
	goto st0;
st156:
	p += 1;
case 156:
	switch( (*p) ) {
		case 65u: goto st157;
		case 97u: goto st157;
	}
	goto st0;
st157:
	p += 1;
case 157:
	switch( (*p) ) {
		case 66u: goto st158;
		case 98u: goto st158;
	}
	goto st0;
st158:
	p += 1;
case 158:
	switch( (*p) ) {
		case 73u: goto st159;
		case 105u: goto st159;
	}
	goto st0;
st159:
	p += 1;
case 159:
	switch( (*p) ) {
		case 76u: goto st160;
		case 108u: goto st160;
	}
	goto st0;
st160:
	p += 1;
case 160:
	switch( (*p) ) {
		case 73u: goto st161;
		case 105u: goto st161;
	}
	goto st0;
st161:
	p += 1;
case 161:
	switch( (*p) ) {
		case 84u: goto st162;
		case 116u: goto st162;
	}
	goto st0;
st162:
	p += 1;
case 162:
	switch( (*p) ) {
		case 89u: goto st163;
		case 121u: goto st163;
	}
	goto st0;
tr1030:
	{ {p = (( IMW_SKIP_TO(163)))-1;} }
	goto st163;
tr461:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st163;
tr474:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st163;
tr492:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st163;
tr495:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st163;
tr569:
	{ { const unsigned char *imw_q = IMW_EXTERN(IMW_RULE_FETCH_ARGS); if (!imw_q) { p--; {p++; cs = 163; goto _out;} } {p = (( imw_q))-1;} if (imw_q == pe) {p++; cs = 163; goto _out;} } }
	goto st163;
tr1099:
	{ { const unsigned char *imw_q = IMW_EXTERN(IMW_RULE_NOTIFY_ARGS); if (!imw_q) { p--; {p++; cs = 163; goto _out;} } {p = (( imw_q))-1;} if (imw_q == pe) {p++; cs = 163; goto _out;} } }
	goto st163;
tr1197:
	{ { const unsigned char *imw_q = IMW_EXTERN(IMW_RULE_SEARCH_ARGS); if (!imw_q) { p--; {p++; cs = 163; goto _out;} } {p = (( imw_q))-1;} if (imw_q == pe) {p++; cs = 163; goto _out;} } }
	goto st163;
tr1492:
	{ { const unsigned char *imw_q = IMW_EXTERN(IMW_RULE_SEARCH_CRITERIA); if (!imw_q) { p--; {p++; cs = 163; goto _out;} } {p = (( imw_q))-1;} if (imw_q == pe) {p++; cs = 163; goto _out;} } }
	goto st163;
st163:
	p += 1;
case 163:
	if ( (*p) == 13u )
		goto st45;
	goto st0;
st164:
	p += 1;
case 164:
	switch( (*p) ) {
		case 69u: goto st165;
		case 101u: goto st165;
	}
	goto st0;
st165:
	p += 1;
case 165:
	switch( (*p) ) {
		case 67u: goto st166;
		case 99u: goto st166;
	}
	goto st0;
st166:
	p += 1;
case 166:
	switch( (*p) ) {
		case 75u: goto st163;
		case 107u: goto st163;
	}
	goto st0;
st167:
	p += 1;
case 167:
	switch( (*p) ) {
		case 79u: goto st168;
		case 111u: goto st168;
	}
	goto st0;
st168:
	p += 1;
case 168:
	switch( (*p) ) {
		case 83u: goto st169;
		case 115u: goto st169;
	}
	goto st0;
st169:
	p += 1;
case 169:
	switch( (*p) ) {
		case 69u: goto st163;
		case 101u: goto st163;
	}
	goto st0;
st170:
	p += 1;
case 170:
	switch( (*p) ) {
		case 77u: goto st171;
		case 80u: goto st183;
		case 109u: goto st171;
		case 112u: goto st183;
	}
	goto st0;
st171:
	p += 1;
case 171:
	switch( (*p) ) {
		case 80u: goto st172;
		case 112u: goto st172;
	}
	goto st0;
st172:
	p += 1;
case 172:
	switch( (*p) ) {
		case 82u: goto st173;
		case 114u: goto st173;
	}
	goto st0;
st173:
	p += 1;
case 173:
	switch( (*p) ) {
		case 69u: goto st174;
		case 101u: goto st174;
	}
	goto st0;
st174:
	p += 1;
case 174:
	switch( (*p) ) {
		case 83u: goto st175;
		case 115u: goto st175;
	}
	goto st0;
st175:
	p += 1;
case 175:
	switch( (*p) ) {
		case 83u: goto st176;
		case 115u: goto st176;
	}
	goto st0;
st176:
	p += 1;
case 176:
	if ( (*p) == 32u )
		goto st177;
	goto st0;
st177:
	p += 1;
case 177:
	switch( (*p) ) {
		case 68u: goto st178;
		case 100u: goto st178;
	}
	goto st0;
st178:
	p += 1;
case 178:
	switch( (*p) ) {
		case 69u: goto st179;
		case 101u: goto st179;
	}
	goto st0;
st179:
	p += 1;
case 179:
	switch( (*p) ) {
		case 70u: goto st180;
		case 102u: goto st180;
	}
	goto st0;
st180:
	p += 1;
case 180:
	switch( (*p) ) {
		case 76u: goto st181;
		case 108u: goto st181;
	}
	goto st0;
st181:
	p += 1;
case 181:
	switch( (*p) ) {
		case 65u: goto st182;
		case 97u: goto st182;
	}
	goto st0;
st182:
	p += 1;
case 182:
	switch( (*p) ) {
		case 84u: goto st169;
		case 116u: goto st169;
	}
	goto st0;
st183:
	p += 1;
case 183:
	switch( (*p) ) {
		case 89u: goto st184;
		case 121u: goto st184;
	}
	goto st0;
st184:
	p += 1;
case 184:
	if ( (*p) == 32u )
		goto st185;
	goto st0;
st185:
	p += 1;
case 185:
	switch( (*p) ) {
		case 36u: goto tr249;
		case 42u: goto tr250;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr251;
	goto st0;
tr249:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st186;
st186:
	p += 1;
case 186:
	if ( (*p) == 32u )
		goto tr252;
	goto st0;
tr252:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	goto st187;
st187:
	p += 1;
case 187:
	switch( (*p) ) {
		case 34u: goto tr254;
		case 123u: goto tr255;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr253;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr253;
		} else if ( (*p) >= 43u )
			goto tr253;
	} else
		goto tr253;
	goto st0;
tr257:
	{ {p = (( IMW_SKIP_TO(188)))-1;} }
	goto st188;
tr253:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(188)))-1;} }
	goto st188;
st188:
	p += 1;
case 188:
	switch( (*p) ) {
		case 13u: goto tr256;
		case 33u: goto tr257;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr257;
		} else if ( (*p) >= 35u )
			goto tr257;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr257;
		} else if ( (*p) >= 93u )
			goto tr257;
	} else
		goto tr257;
	goto st0;
tr258:
	{ {p = (( IMW_SKIP_TO(189)))-1;} }
	goto st189;
tr254:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(189)))-1;} }
	goto st189;
st189:
	p += 1;
case 189:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr259;
		case 92u: goto tr260;
	}
	goto tr258;
tr259:
	{ {p = (( IMW_SKIP_TO(190)))-1;} }
	goto st190;
st190:
	p += 1;
case 190:
	if ( (*p) == 13u )
		goto tr256;
	goto st0;
tr260:
	{ {p = (( IMW_SKIP_TO(191)))-1;} }
	goto st191;
st191:
	p += 1;
case 191:
	switch( (*p) ) {
		case 34u: goto tr258;
		case 92u: goto tr258;
	}
	goto st0;
tr255:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(192)))-1;} }
	goto st192;
st192:
	p += 1;
case 192:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr261;
	goto st0;
tr263:
	{ {p = (( IMW_SKIP_TO(193)))-1;} }
	goto st193;
tr261:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(193)))-1;} }
	goto st193;
st193:
	p += 1;
case 193:
	switch( (*p) ) {
		case 43u: goto tr262;
		case 125u: goto tr264;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr263;
	goto st0;
tr262:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(194)))-1;} }
	goto st194;
st194:
	p += 1;
case 194:
	if ( (*p) == 125u )
		goto tr265;
	goto st0;
tr265:
	{ {p = (( IMW_SKIP_TO(195)))-1;} }
	goto st195;
tr264:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(195)))-1;} }
	goto st195;
st195:
	p += 1;
case 195:
	if ( (*p) == 13u )
		goto tr266;
	goto st0;
tr266:
	{ {p = (( IMW_SKIP_TO(196)))-1;} }
	goto st196;
st196:
	p += 1;
case 196:
	if ( (*p) == 10u )
		goto tr267;
	goto st0;
tr267:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(197)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 197; goto _out;} }
	goto st197;
st197:
	p += 1;
case 197:
	if ( (*p) == 13u )
		goto tr268;
	goto st0;
tr250:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st198;
st198:
	p += 1;
case 198:
	switch( (*p) ) {
		case 32u: goto tr252;
		case 44u: goto st199;
		case 58u: goto st201;
	}
	goto st0;
st199:
	p += 1;
case 199:
	if ( (*p) == 42u )
		goto st198;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr272;
	goto st0;
tr272:
	{ {p = (( IMW_SKIP_TO(200)))-1;} }
	goto st200;
tr251:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(200)))-1;} }
	goto st200;
st200:
	p += 1;
case 200:
	switch( (*p) ) {
		case 32u: goto tr252;
		case 44u: goto st199;
		case 58u: goto st201;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr272;
	goto st0;
st201:
	p += 1;
case 201:
	if ( (*p) == 42u )
		goto st202;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr274;
	goto st0;
st202:
	p += 1;
case 202:
	switch( (*p) ) {
		case 32u: goto tr252;
		case 44u: goto st199;
	}
	goto st0;
tr274:
	{ {p = (( IMW_SKIP_TO(203)))-1;} }
	goto st203;
st203:
	p += 1;
case 203:
	switch( (*p) ) {
		case 32u: goto tr252;
		case 44u: goto st199;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr274;
	goto st0;
st204:
	p += 1;
case 204:
	switch( (*p) ) {
		case 69u: goto st205;
		case 101u: goto st205;
	}
	goto st0;
st205:
	p += 1;
case 205:
	switch( (*p) ) {
		case 65u: goto st206;
		case 97u: goto st206;
	}
	goto st0;
st206:
	p += 1;
case 206:
	switch( (*p) ) {
		case 84u: goto st207;
		case 116u: goto st207;
	}
	goto st0;
st207:
	p += 1;
case 207:
	switch( (*p) ) {
		case 69u: goto st208;
		case 101u: goto st208;
	}
	goto st0;
st208:
	p += 1;
case 208:
	if ( (*p) == 32u )
		goto st209;
	goto st0;
st209:
	p += 1;
case 209:
	switch( (*p) ) {
		case 34u: goto tr281;
		case 123u: goto tr282;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr280;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr280;
		} else if ( (*p) >= 43u )
			goto tr280;
	} else
		goto tr280;
	goto st0;
tr285:
	{ {p = (( IMW_SKIP_TO(210)))-1;} }
	goto st210;
tr280:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(210)))-1;} }
	goto st210;
st210:
	p += 1;
case 210:
	switch( (*p) ) {
		case 13u: goto tr283;
		case 32u: goto tr284;
		case 33u: goto tr285;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr285;
		} else if ( (*p) >= 35u )
			goto tr285;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr285;
		} else if ( (*p) >= 93u )
			goto tr285;
	} else
		goto tr285;
	goto st0;
tr284:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st211;
tr353:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st211;
st211:
	p += 1;
case 211:
	if ( (*p) == 40u )
		goto st212;
	goto st0;
tr296:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st212;
tr310:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st212;
tr328:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st212;
tr331:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st212;
st212:
	p += 1;
case 212:
	switch( (*p) ) {
		case 85u: goto st239;
		case 95u: goto st213;
		case 117u: goto st239;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
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
		case 32u: goto st214;
		case 41u: goto st216;
		case 95u: goto st213;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st213;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st213;
		} else if ( (*p) >= 65u )
			goto st213;
	} else
		goto st213;
	goto st0;
st214:
	p += 1;
case 214:
	switch( (*p) ) {
		case 36u: goto tr291;
		case 40u: goto tr292;
		case 42u: goto tr293;
		case 48u: goto tr294;
		case 85u: goto st239;
		case 95u: goto st213;
		case 117u: goto st239;
	}
	if ( (*p) < 49u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st213;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st213;
		} else if ( (*p) >= 65u )
			goto st213;
	} else
		goto tr295;
	goto st0;
tr291:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st215;
st215:
	p += 1;
case 215:
	switch( (*p) ) {
		case 32u: goto tr296;
		case 41u: goto tr297;
	}
	goto st0;
tr297:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st216;
tr311:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st216;
tr329:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st216;
tr332:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st216;
st216:
	p += 1;
case 216:
	if ( (*p) == 13u )
		goto tr298;
	goto st0;
tr292:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	goto st217;
st217:
	p += 1;
case 217:
	switch( (*p) ) {
		case 34u: goto tr300;
		case 40u: goto tr301;
		case 41u: goto st222;
		case 123u: goto tr303;
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
tr305:
	{ {p = (( IMW_SKIP_TO(218)))-1;} }
	goto st218;
tr299:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(218)))-1;} }
	goto st218;
st218:
	p += 1;
case 218:
	switch( (*p) ) {
		case 32u: goto tr304;
		case 33u: goto tr305;
		case 41u: goto tr306;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr305;
		} else if ( (*p) >= 35u )
			goto tr305;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr305;
		} else if ( (*p) >= 93u )
			goto tr305;
	} else
		goto tr305;
	goto st0;
tr304:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st219;
tr320:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st219;
st219:
	p += 1;
case 219:
	switch( (*p) ) {
		case 34u: goto tr300;
		case 40u: goto tr301;
		case 123u: goto tr303;
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
tr307:
	{ {p = (( IMW_SKIP_TO(220)))-1;} }
	goto st220;
tr300:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(220)))-1;} }
	goto st220;
st220:
	p += 1;
case 220:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr308;
		case 92u: goto tr309;
	}
	goto tr307;
tr308:
	{ {p = (( IMW_SKIP_TO(221)))-1;} }
	goto st221;
st221:
	p += 1;
case 221:
	switch( (*p) ) {
		case 32u: goto tr304;
		case 41u: goto tr306;
	}
	goto st0;
tr306:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st222;
tr321:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st222;
st222:
	p += 1;
case 222:
	switch( (*p) ) {
		case 32u: goto tr310;
		case 41u: goto tr311;
	}
	goto st0;
tr309:
	{ {p = (( IMW_SKIP_TO(223)))-1;} }
	goto st223;
st223:
	p += 1;
case 223:
	switch( (*p) ) {
		case 34u: goto tr307;
		case 92u: goto tr307;
	}
	goto st0;
tr301:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_TAGGED_EXT_PAREN)) {p++; cs = 224; goto _out;} {( run->stack)[( run->top)++] = 224;goto st1359;} }
	goto st224;
st224:
	p += 1;
case 224:
	switch( (*p) ) {
		case 32u: goto st219;
		case 41u: goto st222;
	}
	goto st0;
tr303:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(225)))-1;} }
	goto st225;
st225:
	p += 1;
case 225:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr313;
	goto st0;
tr315:
	{ {p = (( IMW_SKIP_TO(226)))-1;} }
	goto st226;
tr313:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(226)))-1;} }
	goto st226;
st226:
	p += 1;
case 226:
	switch( (*p) ) {
		case 43u: goto tr314;
		case 125u: goto tr316;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr315;
	goto st0;
tr314:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(227)))-1;} }
	goto st227;
st227:
	p += 1;
case 227:
	if ( (*p) == 125u )
		goto tr317;
	goto st0;
tr317:
	{ {p = (( IMW_SKIP_TO(228)))-1;} }
	goto st228;
tr316:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(228)))-1;} }
	goto st228;
st228:
	p += 1;
case 228:
	if ( (*p) == 13u )
		goto tr318;
	goto st0;
tr318:
	{ {p = (( IMW_SKIP_TO(229)))-1;} }
	goto st229;
st229:
	p += 1;
case 229:
	if ( (*p) == 10u )
		goto tr319;
	goto st0;
tr319:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(230)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 230; goto _out;} }
	goto st230;
st230:
	p += 1;
case 230:
	switch( (*p) ) {
		case 32u: goto tr320;
		case 41u: goto tr321;
	}
	goto st0;
tr293:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st231;
st231:
	p += 1;
case 231:
	switch( (*p) ) {
		case 32u: goto tr296;
		case 41u: goto tr297;
		case 44u: goto st232;
		case 58u: goto st234;
	}
	goto st0;
st232:
	p += 1;
case 232:
	if ( (*p) == 42u )
		goto st231;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr325;
	goto st0;
tr325:
	{ {p = (( IMW_SKIP_TO(233)))-1;} }
	goto st233;
st233:
	p += 1;
case 233:
	switch( (*p) ) {
		case 32u: goto tr296;
		case 41u: goto tr297;
		case 44u: goto st232;
		case 58u: goto st234;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr325;
	goto st0;
st234:
	p += 1;
case 234:
	if ( (*p) == 42u )
		goto st235;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr327;
	goto st0;
st235:
	p += 1;
case 235:
	switch( (*p) ) {
		case 32u: goto tr296;
		case 41u: goto tr297;
		case 44u: goto st232;
	}
	goto st0;
tr327:
	{ {p = (( IMW_SKIP_TO(236)))-1;} }
	goto st236;
st236:
	p += 1;
case 236:
	switch( (*p) ) {
		case 32u: goto tr296;
		case 41u: goto tr297;
		case 44u: goto st232;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr327;
	goto st0;
tr330:
	{ {p = (( IMW_SKIP_TO(237)))-1;} }
	goto st237;
tr294:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(237)))-1;} }
	goto st237;
st237:
	p += 1;
case 237:
	switch( (*p) ) {
		case 32u: goto tr328;
		case 41u: goto tr329;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr330;
	goto st0;
tr333:
	{ {p = (( IMW_SKIP_TO(238)))-1;} }
	goto st238;
tr295:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(238)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	goto st238;
st238:
	p += 1;
case 238:
	switch( (*p) ) {
		case 32u: goto tr331;
		case 41u: goto tr332;
		case 44u: goto st232;
		case 58u: goto st234;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr333;
	goto st0;
st239:
	p += 1;
case 239:
	switch( (*p) ) {
		case 32u: goto st214;
		case 41u: goto st216;
		case 83u: goto st240;
		case 95u: goto st213;
		case 115u: goto st240;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st213;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st213;
		} else if ( (*p) >= 65u )
			goto st213;
	} else
		goto st213;
	goto st0;
st240:
	p += 1;
case 240:
	switch( (*p) ) {
		case 32u: goto st214;
		case 41u: goto st216;
		case 69u: goto st241;
		case 95u: goto st213;
		case 101u: goto st241;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st213;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st213;
		} else if ( (*p) >= 65u )
			goto st213;
	} else
		goto st213;
	goto st0;
st241:
	p += 1;
case 241:
	switch( (*p) ) {
		case 32u: goto st242;
		case 41u: goto st216;
		case 95u: goto st213;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st213;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st213;
		} else if ( (*p) >= 65u )
			goto st213;
	} else
		goto st213;
	goto st0;
st242:
	p += 1;
case 242:
	switch( (*p) ) {
		case 36u: goto tr291;
		case 40u: goto tr337;
		case 42u: goto tr293;
		case 48u: goto tr294;
		case 85u: goto st239;
		case 95u: goto st213;
		case 117u: goto st239;
	}
	if ( (*p) < 49u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st213;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st213;
		} else if ( (*p) >= 65u )
			goto st213;
	} else
		goto tr295;
	goto st0;
tr337:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	goto st243;
st243:
	p += 1;
case 243:
	switch( (*p) ) {
		case 34u: goto tr300;
		case 40u: goto tr301;
		case 41u: goto st222;
		case 92u: goto st244;
		case 123u: goto tr303;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr299;
	} else if ( (*p) > 39u ) {
		if ( 43u <= (*p) && (*p) <= 126u )
			goto tr299;
	} else
		goto tr299;
	goto st0;
st244:
	p += 1;
case 244:
	if ( (*p) == 33u )
		goto tr339;
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr339;
		} else if ( (*p) >= 35u )
			goto tr339;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr339;
		} else if ( (*p) >= 94u )
			goto tr339;
	} else
		goto tr339;
	goto st0;
tr339:
	{ {p = (( IMW_SKIP_TO(245)))-1;} }
	goto st245;
st245:
	p += 1;
case 245:
	switch( (*p) ) {
		case 32u: goto st246;
		case 33u: goto tr339;
		case 41u: goto st247;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr339;
		} else if ( (*p) >= 35u )
			goto tr339;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr339;
		} else if ( (*p) >= 94u )
			goto tr339;
	} else
		goto tr339;
	goto st0;
st246:
	p += 1;
case 246:
	if ( (*p) == 92u )
		goto st244;
	goto st0;
st247:
	p += 1;
case 247:
	switch( (*p) ) {
		case 32u: goto st212;
		case 41u: goto st216;
	}
	goto st0;
tr342:
	{ {p = (( IMW_SKIP_TO(248)))-1;} }
	goto st248;
tr281:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(248)))-1;} }
	goto st248;
st248:
	p += 1;
case 248:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr343;
		case 92u: goto tr344;
	}
	goto tr342;
tr343:
	{ {p = (( IMW_SKIP_TO(249)))-1;} }
	goto st249;
st249:
	p += 1;
case 249:
	switch( (*p) ) {
		case 13u: goto tr283;
		case 32u: goto tr284;
	}
	goto st0;
tr344:
	{ {p = (( IMW_SKIP_TO(250)))-1;} }
	goto st250;
st250:
	p += 1;
case 250:
	switch( (*p) ) {
		case 34u: goto tr342;
		case 92u: goto tr342;
	}
	goto st0;
tr282:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(251)))-1;} }
	goto st251;
st251:
	p += 1;
case 251:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr345;
	goto st0;
tr347:
	{ {p = (( IMW_SKIP_TO(252)))-1;} }
	goto st252;
tr345:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(252)))-1;} }
	goto st252;
st252:
	p += 1;
case 252:
	switch( (*p) ) {
		case 43u: goto tr346;
		case 125u: goto tr348;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr347;
	goto st0;
tr346:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(253)))-1;} }
	goto st253;
st253:
	p += 1;
case 253:
	if ( (*p) == 125u )
		goto tr349;
	goto st0;
tr349:
	{ {p = (( IMW_SKIP_TO(254)))-1;} }
	goto st254;
tr348:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(254)))-1;} }
	goto st254;
st254:
	p += 1;
case 254:
	if ( (*p) == 13u )
		goto tr350;
	goto st0;
tr350:
	{ {p = (( IMW_SKIP_TO(255)))-1;} }
	goto st255;
st255:
	p += 1;
case 255:
	if ( (*p) == 10u )
		goto tr351;
	goto st0;
tr351:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(256)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 256; goto _out;} }
	goto st256;
st256:
	p += 1;
case 256:
	switch( (*p) ) {
		case 13u: goto tr352;
		case 32u: goto tr353;
	}
	goto st0;
st257:
	p += 1;
case 257:
	switch( (*p) ) {
		case 69u: goto st258;
		case 101u: goto st258;
	}
	goto st0;
st258:
	p += 1;
case 258:
	switch( (*p) ) {
		case 76u: goto st259;
		case 108u: goto st259;
	}
	goto st0;
st259:
	p += 1;
case 259:
	switch( (*p) ) {
		case 69u: goto st260;
		case 101u: goto st260;
	}
	goto st0;
st260:
	p += 1;
case 260:
	switch( (*p) ) {
		case 84u: goto st261;
		case 116u: goto st261;
	}
	goto st0;
st261:
	p += 1;
case 261:
	switch( (*p) ) {
		case 69u: goto st262;
		case 101u: goto st262;
	}
	goto st0;
st262:
	p += 1;
case 262:
	switch( (*p) ) {
		case 32u: goto st263;
		case 65u: goto st274;
		case 97u: goto st274;
	}
	goto st0;
st263:
	p += 1;
case 263:
	switch( (*p) ) {
		case 34u: goto tr362;
		case 123u: goto tr363;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr361;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr361;
		} else if ( (*p) >= 43u )
			goto tr361;
	} else
		goto tr361;
	goto st0;
tr365:
	{ {p = (( IMW_SKIP_TO(264)))-1;} }
	goto st264;
tr361:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(264)))-1;} }
	goto st264;
st264:
	p += 1;
case 264:
	switch( (*p) ) {
		case 13u: goto tr364;
		case 33u: goto tr365;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr365;
		} else if ( (*p) >= 35u )
			goto tr365;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr365;
		} else if ( (*p) >= 93u )
			goto tr365;
	} else
		goto tr365;
	goto st0;
tr366:
	{ {p = (( IMW_SKIP_TO(265)))-1;} }
	goto st265;
tr362:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(265)))-1;} }
	goto st265;
st265:
	p += 1;
case 265:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr367;
		case 92u: goto tr368;
	}
	goto tr366;
tr367:
	{ {p = (( IMW_SKIP_TO(266)))-1;} }
	goto st266;
st266:
	p += 1;
case 266:
	if ( (*p) == 13u )
		goto tr364;
	goto st0;
tr368:
	{ {p = (( IMW_SKIP_TO(267)))-1;} }
	goto st267;
st267:
	p += 1;
case 267:
	switch( (*p) ) {
		case 34u: goto tr366;
		case 92u: goto tr366;
	}
	goto st0;
tr363:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(268)))-1;} }
	goto st268;
st268:
	p += 1;
case 268:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr369;
	goto st0;
tr371:
	{ {p = (( IMW_SKIP_TO(269)))-1;} }
	goto st269;
tr369:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(269)))-1;} }
	goto st269;
st269:
	p += 1;
case 269:
	switch( (*p) ) {
		case 43u: goto tr370;
		case 125u: goto tr372;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr371;
	goto st0;
tr370:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(270)))-1;} }
	goto st270;
st270:
	p += 1;
case 270:
	if ( (*p) == 125u )
		goto tr373;
	goto st0;
tr373:
	{ {p = (( IMW_SKIP_TO(271)))-1;} }
	goto st271;
tr372:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(271)))-1;} }
	goto st271;
st271:
	p += 1;
case 271:
	if ( (*p) == 13u )
		goto tr374;
	goto st0;
tr374:
	{ {p = (( IMW_SKIP_TO(272)))-1;} }
	goto st272;
st272:
	p += 1;
case 272:
	if ( (*p) == 10u )
		goto tr375;
	goto st0;
tr375:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(273)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 273; goto _out;} }
	goto st273;
st273:
	p += 1;
case 273:
	if ( (*p) == 13u )
		goto tr376;
	goto st0;
st274:
	p += 1;
case 274:
	switch( (*p) ) {
		case 67u: goto st275;
		case 99u: goto st275;
	}
	goto st0;
st275:
	p += 1;
case 275:
	switch( (*p) ) {
		case 76u: goto st276;
		case 108u: goto st276;
	}
	goto st0;
st276:
	p += 1;
case 276:
	if ( (*p) == 32u )
		goto st277;
	goto st0;
st277:
	p += 1;
case 277:
	switch( (*p) ) {
		case 34u: goto tr381;
		case 123u: goto tr382;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr380;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr380;
		} else if ( (*p) >= 43u )
			goto tr380;
	} else
		goto tr380;
	goto st0;
tr384:
	{ {p = (( IMW_SKIP_TO(278)))-1;} }
	goto st278;
tr380:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(278)))-1;} }
	goto st278;
st278:
	p += 1;
case 278:
	switch( (*p) ) {
		case 32u: goto tr383;
		case 33u: goto tr384;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr384;
		} else if ( (*p) >= 35u )
			goto tr384;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr384;
		} else if ( (*p) >= 93u )
			goto tr384;
	} else
		goto tr384;
	goto st0;
tr383:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st279;
tr411:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st279;
st279:
	p += 1;
case 279:
	switch( (*p) ) {
		case 34u: goto tr386;
		case 123u: goto tr387;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr385;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr385;
		} else if ( (*p) >= 43u )
			goto tr385;
	} else
		goto tr385;
	goto st0;
tr389:
	{ {p = (( IMW_SKIP_TO(280)))-1;} }
	goto st280;
tr385:
	{ IMW_EV_OPEN(IMW_RULE_IDENTIFIER); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(280)))-1;} }
	goto st280;
st280:
	p += 1;
case 280:
	switch( (*p) ) {
		case 13u: goto tr388;
		case 33u: goto tr389;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr389;
		} else if ( (*p) >= 35u )
			goto tr389;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr389;
		} else if ( (*p) >= 93u )
			goto tr389;
	} else
		goto tr389;
	goto st0;
tr390:
	{ {p = (( IMW_SKIP_TO(281)))-1;} }
	goto st281;
tr386:
	{ IMW_EV_OPEN(IMW_RULE_IDENTIFIER); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(281)))-1;} }
	goto st281;
st281:
	p += 1;
case 281:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr391;
		case 92u: goto tr392;
	}
	goto tr390;
tr391:
	{ {p = (( IMW_SKIP_TO(282)))-1;} }
	goto st282;
st282:
	p += 1;
case 282:
	if ( (*p) == 13u )
		goto tr388;
	goto st0;
tr392:
	{ {p = (( IMW_SKIP_TO(283)))-1;} }
	goto st283;
st283:
	p += 1;
case 283:
	switch( (*p) ) {
		case 34u: goto tr390;
		case 92u: goto tr390;
	}
	goto st0;
tr387:
	{ IMW_EV_OPEN(IMW_RULE_IDENTIFIER); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(284)))-1;} }
	goto st284;
st284:
	p += 1;
case 284:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr393;
	goto st0;
tr395:
	{ {p = (( IMW_SKIP_TO(285)))-1;} }
	goto st285;
tr393:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(285)))-1;} }
	goto st285;
st285:
	p += 1;
case 285:
	switch( (*p) ) {
		case 43u: goto tr394;
		case 125u: goto tr396;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr395;
	goto st0;
tr394:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(286)))-1;} }
	goto st286;
st286:
	p += 1;
case 286:
	if ( (*p) == 125u )
		goto tr397;
	goto st0;
tr397:
	{ {p = (( IMW_SKIP_TO(287)))-1;} }
	goto st287;
tr396:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(287)))-1;} }
	goto st287;
st287:
	p += 1;
case 287:
	if ( (*p) == 13u )
		goto tr398;
	goto st0;
tr398:
	{ {p = (( IMW_SKIP_TO(288)))-1;} }
	goto st288;
st288:
	p += 1;
case 288:
	if ( (*p) == 10u )
		goto tr399;
	goto st0;
tr399:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(289)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 289; goto _out;} }
	goto st289;
st289:
	p += 1;
case 289:
	if ( (*p) == 13u )
		goto tr400;
	goto st0;
tr401:
	{ {p = (( IMW_SKIP_TO(290)))-1;} }
	goto st290;
tr381:
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
		case 34u: goto tr402;
		case 92u: goto tr403;
	}
	goto tr401;
tr402:
	{ {p = (( IMW_SKIP_TO(291)))-1;} }
	goto st291;
st291:
	p += 1;
case 291:
	if ( (*p) == 32u )
		goto tr383;
	goto st0;
tr403:
	{ {p = (( IMW_SKIP_TO(292)))-1;} }
	goto st292;
st292:
	p += 1;
case 292:
	switch( (*p) ) {
		case 34u: goto tr401;
		case 92u: goto tr401;
	}
	goto st0;
tr382:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(293)))-1;} }
	goto st293;
st293:
	p += 1;
case 293:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr404;
	goto st0;
tr406:
	{ {p = (( IMW_SKIP_TO(294)))-1;} }
	goto st294;
tr404:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(294)))-1;} }
	goto st294;
st294:
	p += 1;
case 294:
	switch( (*p) ) {
		case 43u: goto tr405;
		case 125u: goto tr407;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr406;
	goto st0;
tr405:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(295)))-1;} }
	goto st295;
st295:
	p += 1;
case 295:
	if ( (*p) == 125u )
		goto tr408;
	goto st0;
tr408:
	{ {p = (( IMW_SKIP_TO(296)))-1;} }
	goto st296;
tr407:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(296)))-1;} }
	goto st296;
st296:
	p += 1;
case 296:
	if ( (*p) == 13u )
		goto tr409;
	goto st0;
tr409:
	{ {p = (( IMW_SKIP_TO(297)))-1;} }
	goto st297;
st297:
	p += 1;
case 297:
	if ( (*p) == 10u )
		goto tr410;
	goto st0;
tr410:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(298)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 298; goto _out;} }
	goto st298;
st298:
	p += 1;
case 298:
	if ( (*p) == 32u )
		goto tr411;
	goto st0;
st299:
	p += 1;
case 299:
	switch( (*p) ) {
		case 78u: goto st300;
		case 88u: goto st320;
		case 110u: goto st300;
		case 120u: goto st320;
	}
	goto st0;
st300:
	p += 1;
case 300:
	switch( (*p) ) {
		case 65u: goto st301;
		case 97u: goto st301;
	}
	goto st0;
st301:
	p += 1;
case 301:
	switch( (*p) ) {
		case 66u: goto st302;
		case 98u: goto st302;
	}
	goto st0;
st302:
	p += 1;
case 302:
	switch( (*p) ) {
		case 76u: goto st303;
		case 108u: goto st303;
	}
	goto st0;
st303:
	p += 1;
case 303:
	switch( (*p) ) {
		case 69u: goto st304;
		case 101u: goto st304;
	}
	goto st0;
st304:
	p += 1;
case 304:
	if ( (*p) == 32u )
		goto st305;
	goto st0;
tr422:
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY); }
	goto st305;
tr437:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_NAME_CLOSE(IMW_RULE_CAPABILITY); }
	goto st305;
st305:
	p += 1;
case 305:
	switch( (*p) ) {
		case 33u: goto tr419;
		case 65u: goto tr420;
		case 97u: goto tr420;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr419;
		} else if ( (*p) >= 35u )
			goto tr419;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr419;
		} else if ( (*p) >= 94u )
			goto tr419;
	} else
		goto tr419;
	goto st0;
tr423:
	{ {p = (( IMW_SKIP_TO(306)))-1;} }
	goto st306;
tr419:
	{ IMW_NAME_OPEN(IMW_RULE_CAPABILITY); }
	{ {p = (( IMW_SKIP_TO(306)))-1;} }
	goto st306;
st306:
	p += 1;
case 306:
	switch( (*p) ) {
		case 13u: goto tr421;
		case 32u: goto tr422;
		case 33u: goto tr423;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr423;
		} else if ( (*p) >= 35u )
			goto tr423;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr423;
		} else if ( (*p) >= 94u )
			goto tr423;
	} else
		goto tr423;
	goto st0;
tr420:
	{ IMW_NAME_OPEN(IMW_RULE_CAPABILITY); }
	{ {p = (( IMW_SKIP_TO(307)))-1;} }
	goto st307;
st307:
	p += 1;
case 307:
	switch( (*p) ) {
		case 13u: goto tr421;
		case 32u: goto tr422;
		case 33u: goto tr423;
		case 80u: goto tr424;
		case 112u: goto tr424;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr423;
		} else if ( (*p) >= 35u )
			goto tr423;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr423;
		} else if ( (*p) >= 94u )
			goto tr423;
	} else
		goto tr423;
	goto st0;
tr424:
	{ {p = (( IMW_SKIP_TO(308)))-1;} }
	goto st308;
st308:
	p += 1;
case 308:
	switch( (*p) ) {
		case 13u: goto tr421;
		case 32u: goto tr422;
		case 33u: goto tr423;
		case 80u: goto tr425;
		case 112u: goto tr425;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr423;
		} else if ( (*p) >= 35u )
			goto tr423;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr423;
		} else if ( (*p) >= 94u )
			goto tr423;
	} else
		goto tr423;
	goto st0;
tr425:
	{ {p = (( IMW_SKIP_TO(309)))-1;} }
	goto st309;
st309:
	p += 1;
case 309:
	switch( (*p) ) {
		case 13u: goto tr421;
		case 32u: goto tr422;
		case 33u: goto tr423;
		case 69u: goto tr426;
		case 101u: goto tr426;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr423;
		} else if ( (*p) >= 35u )
			goto tr423;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr423;
		} else if ( (*p) >= 94u )
			goto tr423;
	} else
		goto tr423;
	goto st0;
tr426:
	{ {p = (( IMW_SKIP_TO(310)))-1;} }
	goto st310;
st310:
	p += 1;
case 310:
	switch( (*p) ) {
		case 13u: goto tr421;
		case 32u: goto tr422;
		case 33u: goto tr423;
		case 78u: goto tr427;
		case 110u: goto tr427;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr423;
		} else if ( (*p) >= 35u )
			goto tr423;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr423;
		} else if ( (*p) >= 94u )
			goto tr423;
	} else
		goto tr423;
	goto st0;
tr427:
	{ {p = (( IMW_SKIP_TO(311)))-1;} }
	goto st311;
st311:
	p += 1;
case 311:
	switch( (*p) ) {
		case 13u: goto tr421;
		case 32u: goto tr422;
		case 33u: goto tr423;
		case 68u: goto tr428;
		case 100u: goto tr428;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr423;
		} else if ( (*p) >= 35u )
			goto tr423;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr423;
		} else if ( (*p) >= 94u )
			goto tr423;
	} else
		goto tr423;
	goto st0;
tr428:
	{ {p = (( IMW_SKIP_TO(312)))-1;} }
	goto st312;
st312:
	p += 1;
case 312:
	switch( (*p) ) {
		case 13u: goto tr421;
		case 32u: goto tr422;
		case 33u: goto tr423;
		case 76u: goto tr429;
		case 108u: goto tr429;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr423;
		} else if ( (*p) >= 35u )
			goto tr423;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr423;
		} else if ( (*p) >= 94u )
			goto tr423;
	} else
		goto tr423;
	goto st0;
tr429:
	{ {p = (( IMW_SKIP_TO(313)))-1;} }
	goto st313;
st313:
	p += 1;
case 313:
	switch( (*p) ) {
		case 13u: goto tr421;
		case 32u: goto tr422;
		case 33u: goto tr423;
		case 73u: goto tr430;
		case 105u: goto tr430;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr423;
		} else if ( (*p) >= 35u )
			goto tr423;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr423;
		} else if ( (*p) >= 94u )
			goto tr423;
	} else
		goto tr423;
	goto st0;
tr430:
	{ {p = (( IMW_SKIP_TO(314)))-1;} }
	goto st314;
st314:
	p += 1;
case 314:
	switch( (*p) ) {
		case 13u: goto tr421;
		case 32u: goto tr422;
		case 33u: goto tr423;
		case 77u: goto tr431;
		case 109u: goto tr431;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr423;
		} else if ( (*p) >= 35u )
			goto tr423;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr423;
		} else if ( (*p) >= 94u )
			goto tr423;
	} else
		goto tr423;
	goto st0;
tr431:
	{ {p = (( IMW_SKIP_TO(315)))-1;} }
	goto st315;
st315:
	p += 1;
case 315:
	switch( (*p) ) {
		case 13u: goto tr421;
		case 32u: goto tr422;
		case 33u: goto tr423;
		case 73u: goto tr432;
		case 105u: goto tr432;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr423;
		} else if ( (*p) >= 35u )
			goto tr423;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr423;
		} else if ( (*p) >= 94u )
			goto tr423;
	} else
		goto tr423;
	goto st0;
tr432:
	{ {p = (( IMW_SKIP_TO(316)))-1;} }
	goto st316;
st316:
	p += 1;
case 316:
	switch( (*p) ) {
		case 13u: goto tr421;
		case 32u: goto tr422;
		case 33u: goto tr423;
		case 84u: goto tr433;
		case 116u: goto tr433;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr423;
		} else if ( (*p) >= 35u )
			goto tr423;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr423;
		} else if ( (*p) >= 94u )
			goto tr423;
	} else
		goto tr423;
	goto st0;
tr433:
	{ {p = (( IMW_SKIP_TO(317)))-1;} }
	goto st317;
st317:
	p += 1;
case 317:
	switch( (*p) ) {
		case 13u: goto tr421;
		case 32u: goto tr422;
		case 33u: goto tr423;
		case 61u: goto tr434;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr423;
		} else if ( (*p) >= 35u )
			goto tr423;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr423;
		} else if ( (*p) >= 94u )
			goto tr423;
	} else
		goto tr423;
	goto st0;
tr434:
	{ {p = (( IMW_SKIP_TO(318)))-1;} }
	goto st318;
st318:
	p += 1;
case 318:
	switch( (*p) ) {
		case 13u: goto tr421;
		case 32u: goto tr422;
		case 33u: goto tr423;
	}
	if ( (*p) < 48u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr423;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 47u )
				goto tr423;
		} else
			goto tr423;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 94u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto tr423;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr423;
		} else
			goto tr423;
	} else
		goto tr435;
	goto st0;
tr438:
	{ {p = (( IMW_SKIP_TO(319)))-1;} }
	goto st319;
tr435:
	{ {p = (( IMW_SKIP_TO(319)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	goto st319;
st319:
	p += 1;
case 319:
	switch( (*p) ) {
		case 13u: goto tr436;
		case 32u: goto tr437;
		case 33u: goto tr423;
	}
	if ( (*p) < 48u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr423;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 47u )
				goto tr423;
		} else
			goto tr423;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 94u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto tr423;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr423;
		} else
			goto tr423;
	} else
		goto tr438;
	goto st0;
st320:
	p += 1;
case 320:
	switch( (*p) ) {
		case 65u: goto st321;
		case 80u: goto st409;
		case 97u: goto st321;
		case 112u: goto st409;
	}
	goto st0;
st321:
	p += 1;
case 321:
	switch( (*p) ) {
		case 77u: goto st322;
		case 109u: goto st322;
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
		case 78u: goto st324;
		case 110u: goto st324;
	}
	goto st0;
st324:
	p += 1;
case 324:
	switch( (*p) ) {
		case 69u: goto st325;
		case 101u: goto st325;
	}
	goto st0;
st325:
	p += 1;
case 325:
	if ( (*p) == 32u )
		goto st326;
	goto st0;
st326:
	p += 1;
case 326:
	switch( (*p) ) {
		case 34u: goto tr447;
		case 123u: goto tr448;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr446;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr446;
		} else if ( (*p) >= 43u )
			goto tr446;
	} else
		goto tr446;
	goto st0;
tr450:
	{ {p = (( IMW_SKIP_TO(327)))-1;} }
	goto st327;
tr446:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(327)))-1;} }
	goto st327;
st327:
	p += 1;
case 327:
	switch( (*p) ) {
		case 13u: goto tr364;
		case 32u: goto tr449;
		case 33u: goto tr450;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr450;
		} else if ( (*p) >= 35u )
			goto tr450;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr450;
		} else if ( (*p) >= 93u )
			goto tr450;
	} else
		goto tr450;
	goto st0;
tr449:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st328;
tr562:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st328;
st328:
	p += 1;
case 328:
	if ( (*p) == 40u )
		goto st329;
	goto st0;
tr460:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st329;
tr473:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st329;
tr491:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st329;
tr494:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st329;
st329:
	p += 1;
case 329:
	switch( (*p) ) {
		case 81u: goto st355;
		case 95u: goto st330;
		case 113u: goto st355;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
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
		case 32u: goto st331;
		case 41u: goto st163;
		case 95u: goto st330;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st330;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st330;
		} else if ( (*p) >= 65u )
			goto st330;
	} else
		goto st330;
	goto st0;
st331:
	p += 1;
case 331:
	switch( (*p) ) {
		case 36u: goto tr455;
		case 40u: goto tr456;
		case 42u: goto tr457;
		case 48u: goto tr458;
		case 81u: goto st355;
		case 95u: goto st330;
		case 113u: goto st355;
	}
	if ( (*p) < 49u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st330;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st330;
		} else if ( (*p) >= 65u )
			goto st330;
	} else
		goto tr459;
	goto st0;
tr455:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st332;
st332:
	p += 1;
case 332:
	switch( (*p) ) {
		case 32u: goto tr460;
		case 41u: goto tr461;
	}
	goto st0;
tr456:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	goto st333;
st333:
	p += 1;
case 333:
	switch( (*p) ) {
		case 34u: goto tr463;
		case 40u: goto tr464;
		case 41u: goto st338;
		case 123u: goto tr466;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr462;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr462;
		} else if ( (*p) >= 43u )
			goto tr462;
	} else
		goto tr462;
	goto st0;
tr468:
	{ {p = (( IMW_SKIP_TO(334)))-1;} }
	goto st334;
tr462:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(334)))-1;} }
	goto st334;
st334:
	p += 1;
case 334:
	switch( (*p) ) {
		case 32u: goto tr467;
		case 33u: goto tr468;
		case 41u: goto tr469;
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
		} else if ( (*p) >= 93u )
			goto tr468;
	} else
		goto tr468;
	goto st0;
tr467:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st335;
tr483:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st335;
st335:
	p += 1;
case 335:
	switch( (*p) ) {
		case 34u: goto tr463;
		case 40u: goto tr464;
		case 123u: goto tr466;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr462;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr462;
		} else if ( (*p) >= 43u )
			goto tr462;
	} else
		goto tr462;
	goto st0;
tr470:
	{ {p = (( IMW_SKIP_TO(336)))-1;} }
	goto st336;
tr463:
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
		case 34u: goto tr471;
		case 92u: goto tr472;
	}
	goto tr470;
tr471:
	{ {p = (( IMW_SKIP_TO(337)))-1;} }
	goto st337;
st337:
	p += 1;
case 337:
	switch( (*p) ) {
		case 32u: goto tr467;
		case 41u: goto tr469;
	}
	goto st0;
tr469:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st338;
tr484:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st338;
tr510:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st338;
tr517:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	goto st338;
st338:
	p += 1;
case 338:
	switch( (*p) ) {
		case 32u: goto tr473;
		case 41u: goto tr474;
	}
	goto st0;
tr472:
	{ {p = (( IMW_SKIP_TO(339)))-1;} }
	goto st339;
st339:
	p += 1;
case 339:
	switch( (*p) ) {
		case 34u: goto tr470;
		case 92u: goto tr470;
	}
	goto st0;
tr464:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_TAGGED_EXT_PAREN)) {p++; cs = 340; goto _out;} {( run->stack)[( run->top)++] = 340;goto st1359;} }
	goto st340;
st340:
	p += 1;
case 340:
	switch( (*p) ) {
		case 32u: goto st335;
		case 41u: goto st338;
	}
	goto st0;
tr466:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(341)))-1;} }
	goto st341;
st341:
	p += 1;
case 341:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr476;
	goto st0;
tr478:
	{ {p = (( IMW_SKIP_TO(342)))-1;} }
	goto st342;
tr476:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(342)))-1;} }
	goto st342;
st342:
	p += 1;
case 342:
	switch( (*p) ) {
		case 43u: goto tr477;
		case 125u: goto tr479;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr478;
	goto st0;
tr477:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(343)))-1;} }
	goto st343;
st343:
	p += 1;
case 343:
	if ( (*p) == 125u )
		goto tr480;
	goto st0;
tr480:
	{ {p = (( IMW_SKIP_TO(344)))-1;} }
	goto st344;
tr479:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(344)))-1;} }
	goto st344;
st344:
	p += 1;
case 344:
	if ( (*p) == 13u )
		goto tr481;
	goto st0;
tr481:
	{ {p = (( IMW_SKIP_TO(345)))-1;} }
	goto st345;
st345:
	p += 1;
case 345:
	if ( (*p) == 10u )
		goto tr482;
	goto st0;
tr482:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(346)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 346; goto _out;} }
	goto st346;
st346:
	p += 1;
case 346:
	switch( (*p) ) {
		case 32u: goto tr483;
		case 41u: goto tr484;
	}
	goto st0;
tr457:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st347;
st347:
	p += 1;
case 347:
	switch( (*p) ) {
		case 32u: goto tr460;
		case 41u: goto tr461;
		case 44u: goto st348;
		case 58u: goto st350;
	}
	goto st0;
st348:
	p += 1;
case 348:
	if ( (*p) == 42u )
		goto st347;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr488;
	goto st0;
tr488:
	{ {p = (( IMW_SKIP_TO(349)))-1;} }
	goto st349;
st349:
	p += 1;
case 349:
	switch( (*p) ) {
		case 32u: goto tr460;
		case 41u: goto tr461;
		case 44u: goto st348;
		case 58u: goto st350;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr488;
	goto st0;
st350:
	p += 1;
case 350:
	if ( (*p) == 42u )
		goto st351;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr490;
	goto st0;
st351:
	p += 1;
case 351:
	switch( (*p) ) {
		case 32u: goto tr460;
		case 41u: goto tr461;
		case 44u: goto st348;
	}
	goto st0;
tr490:
	{ {p = (( IMW_SKIP_TO(352)))-1;} }
	goto st352;
st352:
	p += 1;
case 352:
	switch( (*p) ) {
		case 32u: goto tr460;
		case 41u: goto tr461;
		case 44u: goto st348;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr490;
	goto st0;
tr493:
	{ {p = (( IMW_SKIP_TO(353)))-1;} }
	goto st353;
tr458:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(353)))-1;} }
	goto st353;
st353:
	p += 1;
case 353:
	switch( (*p) ) {
		case 32u: goto tr491;
		case 41u: goto tr492;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr493;
	goto st0;
tr496:
	{ {p = (( IMW_SKIP_TO(354)))-1;} }
	goto st354;
tr459:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(354)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	goto st354;
st354:
	p += 1;
case 354:
	switch( (*p) ) {
		case 32u: goto tr494;
		case 41u: goto tr495;
		case 44u: goto st348;
		case 58u: goto st350;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr496;
	goto st0;
st355:
	p += 1;
case 355:
	switch( (*p) ) {
		case 32u: goto st331;
		case 41u: goto st163;
		case 82u: goto st356;
		case 95u: goto st330;
		case 114u: goto st356;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st330;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st330;
		} else if ( (*p) >= 65u )
			goto st330;
	} else
		goto st330;
	goto st0;
st356:
	p += 1;
case 356:
	switch( (*p) ) {
		case 32u: goto st331;
		case 41u: goto st163;
		case 69u: goto st357;
		case 95u: goto st330;
		case 101u: goto st357;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st330;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st330;
		} else if ( (*p) >= 65u )
			goto st330;
	} else
		goto st330;
	goto st0;
st357:
	p += 1;
case 357:
	switch( (*p) ) {
		case 32u: goto st331;
		case 41u: goto st163;
		case 83u: goto st358;
		case 95u: goto st330;
		case 115u: goto st358;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st330;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st330;
		} else if ( (*p) >= 65u )
			goto st330;
	} else
		goto st330;
	goto st0;
st358:
	p += 1;
case 358:
	switch( (*p) ) {
		case 32u: goto st331;
		case 41u: goto st163;
		case 89u: goto st359;
		case 95u: goto st330;
		case 121u: goto st359;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st330;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st330;
		} else if ( (*p) >= 65u )
			goto st330;
	} else
		goto st330;
	goto st0;
st359:
	p += 1;
case 359:
	switch( (*p) ) {
		case 32u: goto st331;
		case 41u: goto st163;
		case 78u: goto st360;
		case 95u: goto st330;
		case 110u: goto st360;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st330;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st330;
		} else if ( (*p) >= 65u )
			goto st330;
	} else
		goto st330;
	goto st0;
st360:
	p += 1;
case 360:
	switch( (*p) ) {
		case 32u: goto st331;
		case 41u: goto st163;
		case 67u: goto st361;
		case 95u: goto st330;
		case 99u: goto st361;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st330;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st330;
		} else if ( (*p) >= 65u )
			goto st330;
	} else
		goto st330;
	goto st0;
st361:
	p += 1;
case 361:
	switch( (*p) ) {
		case 32u: goto st362;
		case 41u: goto st163;
		case 95u: goto st330;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st330;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st330;
		} else if ( (*p) >= 65u )
			goto st330;
	} else
		goto st330;
	goto st0;
st362:
	p += 1;
case 362:
	switch( (*p) ) {
		case 36u: goto tr455;
		case 40u: goto tr504;
		case 42u: goto tr457;
		case 48u: goto tr458;
		case 81u: goto st355;
		case 95u: goto st330;
		case 113u: goto st355;
	}
	if ( (*p) < 49u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st330;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st330;
		} else if ( (*p) >= 65u )
			goto st330;
	} else
		goto tr459;
	goto st0;
tr504:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	goto st363;
st363:
	p += 1;
case 363:
	switch( (*p) ) {
		case 34u: goto tr463;
		case 40u: goto tr464;
		case 41u: goto st338;
		case 123u: goto tr466;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr462;
		} else if ( (*p) >= 33u )
			goto tr462;
	} else if ( (*p) > 48u ) {
		if ( (*p) < 58u ) {
			if ( 49u <= (*p) && (*p) <= 57u )
				goto tr505;
		} else if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr462;
		} else
			goto tr462;
	} else
		goto tr462;
	goto st0;
tr507:
	{ {p = (( IMW_SKIP_TO(364)))-1;} }
	goto st364;
tr505:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(364)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st364;
st364:
	p += 1;
case 364:
	switch( (*p) ) {
		case 32u: goto tr506;
		case 33u: goto tr468;
		case 41u: goto tr469;
	}
	if ( (*p) < 48u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr468;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 47u )
				goto tr468;
		} else
			goto tr468;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 93u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto tr468;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr468;
		} else
			goto tr468;
	} else
		goto tr507;
	goto st0;
tr506:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st365;
st365:
	p += 1;
case 365:
	switch( (*p) ) {
		case 34u: goto tr463;
		case 40u: goto tr464;
		case 123u: goto tr466;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr462;
		} else if ( (*p) >= 33u )
			goto tr462;
	} else if ( (*p) > 47u ) {
		if ( (*p) < 58u ) {
			if ( 48u <= (*p) && (*p) <= 57u )
				goto tr508;
		} else if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr462;
		} else
			goto tr462;
	} else
		goto tr462;
	goto st0;
tr511:
	{ {p = (( IMW_SKIP_TO(366)))-1;} }
	goto st366;
tr508:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(366)))-1;} }
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st366;
st366:
	p += 1;
case 366:
	switch( (*p) ) {
		case 32u: goto tr509;
		case 33u: goto tr468;
		case 41u: goto tr510;
	}
	if ( (*p) < 48u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr468;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 47u )
				goto tr468;
		} else
			goto tr468;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 93u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto tr468;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr468;
		} else
			goto tr468;
	} else
		goto tr511;
	goto st0;
tr509:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st367;
st367:
	p += 1;
case 367:
	switch( (*p) ) {
		case 34u: goto tr463;
		case 36u: goto tr512;
		case 40u: goto tr513;
		case 42u: goto tr514;
		case 123u: goto tr466;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 35u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr462;
		} else if ( (*p) >= 33u )
			goto tr462;
	} else if ( (*p) > 48u ) {
		if ( (*p) < 58u ) {
			if ( 49u <= (*p) && (*p) <= 57u )
				goto tr515;
		} else if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr462;
		} else
			goto tr462;
	} else
		goto tr462;
	goto st0;
tr512:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(368)))-1;} }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st368;
st368:
	p += 1;
case 368:
	switch( (*p) ) {
		case 32u: goto tr516;
		case 33u: goto tr468;
		case 41u: goto tr517;
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
		} else if ( (*p) >= 93u )
			goto tr468;
	} else
		goto tr468;
	goto st0;
tr516:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	goto st369;
st369:
	p += 1;
case 369:
	switch( (*p) ) {
		case 34u: goto tr463;
		case 40u: goto tr513;
		case 123u: goto tr466;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr462;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr462;
		} else if ( (*p) >= 43u )
			goto tr462;
	} else
		goto tr462;
	goto st0;
tr513:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_TAGGED_EXT_PAREN)) {p++; cs = 370; goto _out;} {( run->stack)[( run->top)++] = 370;goto st1359;} }
	goto st370;
st370:
	p += 1;
case 370:
	switch( (*p) ) {
		case 32u: goto st335;
		case 36u: goto tr518;
		case 41u: goto st338;
		case 42u: goto tr519;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr520;
	goto st0;
tr518:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st371;
st371:
	p += 1;
case 371:
	if ( (*p) == 32u )
		goto tr521;
	goto st0;
tr521:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	goto st372;
st372:
	p += 1;
case 372:
	switch( (*p) ) {
		case 36u: goto tr522;
		case 42u: goto tr523;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr524;
	goto st0;
tr522:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st373;
st373:
	p += 1;
case 373:
	if ( (*p) == 41u )
		goto tr525;
	goto st0;
tr525:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	goto st374;
st374:
	p += 1;
case 374:
	if ( (*p) == 41u )
		goto st375;
	goto st0;
tr540:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	goto st375;
st375:
	p += 1;
case 375:
	switch( (*p) ) {
		case 32u: goto st329;
		case 41u: goto st163;
	}
	goto st0;
tr523:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st376;
st376:
	p += 1;
case 376:
	switch( (*p) ) {
		case 41u: goto tr525;
		case 44u: goto st377;
		case 58u: goto st379;
	}
	goto st0;
st377:
	p += 1;
case 377:
	if ( (*p) == 42u )
		goto st376;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr530;
	goto st0;
tr530:
	{ {p = (( IMW_SKIP_TO(378)))-1;} }
	goto st378;
tr524:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(378)))-1;} }
	goto st378;
st378:
	p += 1;
case 378:
	switch( (*p) ) {
		case 41u: goto tr525;
		case 44u: goto st377;
		case 58u: goto st379;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr530;
	goto st0;
st379:
	p += 1;
case 379:
	if ( (*p) == 42u )
		goto st380;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr532;
	goto st0;
st380:
	p += 1;
case 380:
	switch( (*p) ) {
		case 41u: goto tr525;
		case 44u: goto st377;
	}
	goto st0;
tr532:
	{ {p = (( IMW_SKIP_TO(381)))-1;} }
	goto st381;
st381:
	p += 1;
case 381:
	switch( (*p) ) {
		case 41u: goto tr525;
		case 44u: goto st377;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr532;
	goto st0;
tr519:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st382;
st382:
	p += 1;
case 382:
	switch( (*p) ) {
		case 32u: goto tr521;
		case 44u: goto st383;
		case 58u: goto st385;
	}
	goto st0;
st383:
	p += 1;
case 383:
	if ( (*p) == 42u )
		goto st382;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr536;
	goto st0;
tr536:
	{ {p = (( IMW_SKIP_TO(384)))-1;} }
	goto st384;
tr520:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(384)))-1;} }
	goto st384;
st384:
	p += 1;
case 384:
	switch( (*p) ) {
		case 32u: goto tr521;
		case 44u: goto st383;
		case 58u: goto st385;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr536;
	goto st0;
st385:
	p += 1;
case 385:
	if ( (*p) == 42u )
		goto st386;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr538;
	goto st0;
st386:
	p += 1;
case 386:
	switch( (*p) ) {
		case 32u: goto tr521;
		case 44u: goto st383;
	}
	goto st0;
tr538:
	{ {p = (( IMW_SKIP_TO(387)))-1;} }
	goto st387;
st387:
	p += 1;
case 387:
	switch( (*p) ) {
		case 32u: goto tr521;
		case 44u: goto st383;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr538;
	goto st0;
tr514:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st388;
st388:
	p += 1;
case 388:
	switch( (*p) ) {
		case 32u: goto tr539;
		case 41u: goto tr540;
		case 44u: goto st391;
		case 58u: goto st393;
	}
	goto st0;
tr539:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	goto st389;
st389:
	p += 1;
case 389:
	if ( (*p) == 40u )
		goto st390;
	goto st0;
st390:
	p += 1;
case 390:
	switch( (*p) ) {
		case 36u: goto tr518;
		case 42u: goto tr519;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr520;
	goto st0;
st391:
	p += 1;
case 391:
	if ( (*p) == 42u )
		goto st388;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr545;
	goto st0;
tr545:
	{ {p = (( IMW_SKIP_TO(392)))-1;} }
	goto st392;
st392:
	p += 1;
case 392:
	switch( (*p) ) {
		case 32u: goto tr539;
		case 41u: goto tr540;
		case 44u: goto st391;
		case 58u: goto st393;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr545;
	goto st0;
st393:
	p += 1;
case 393:
	if ( (*p) == 42u )
		goto st394;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr547;
	goto st0;
st394:
	p += 1;
case 394:
	switch( (*p) ) {
		case 32u: goto tr539;
		case 41u: goto tr540;
		case 44u: goto st391;
	}
	goto st0;
tr547:
	{ {p = (( IMW_SKIP_TO(395)))-1;} }
	goto st395;
st395:
	p += 1;
case 395:
	switch( (*p) ) {
		case 32u: goto tr539;
		case 41u: goto tr540;
		case 44u: goto st391;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr547;
	goto st0;
tr549:
	{ {p = (( IMW_SKIP_TO(396)))-1;} }
	goto st396;
tr515:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(396)))-1;} }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st396;
st396:
	p += 1;
case 396:
	switch( (*p) ) {
		case 32u: goto tr516;
		case 33u: goto tr468;
		case 41u: goto tr517;
		case 44u: goto tr548;
		case 58u: goto tr550;
	}
	if ( (*p) < 48u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr468;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 47u )
				goto tr468;
		} else
			goto tr468;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 93u ) {
			if ( 59u <= (*p) && (*p) <= 91u )
				goto tr468;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr468;
		} else
			goto tr468;
	} else
		goto tr549;
	goto st0;
tr548:
	{ {p = (( IMW_SKIP_TO(397)))-1;} }
	goto st397;
st397:
	p += 1;
case 397:
	switch( (*p) ) {
		case 32u: goto tr467;
		case 33u: goto tr468;
		case 41u: goto tr469;
		case 42u: goto st388;
	}
	if ( (*p) < 49u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr468;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 48u )
				goto tr468;
		} else
			goto tr468;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 93u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto tr468;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr468;
		} else
			goto tr468;
	} else
		goto tr549;
	goto st0;
tr550:
	{ {p = (( IMW_SKIP_TO(398)))-1;} }
	goto st398;
st398:
	p += 1;
case 398:
	switch( (*p) ) {
		case 32u: goto tr467;
		case 33u: goto tr468;
		case 41u: goto tr469;
		case 42u: goto st394;
	}
	if ( (*p) < 49u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr468;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 48u )
				goto tr468;
		} else
			goto tr468;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 93u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto tr468;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr468;
		} else
			goto tr468;
	} else
		goto tr551;
	goto st0;
tr551:
	{ {p = (( IMW_SKIP_TO(399)))-1;} }
	goto st399;
st399:
	p += 1;
case 399:
	switch( (*p) ) {
		case 32u: goto tr516;
		case 33u: goto tr468;
		case 41u: goto tr517;
		case 44u: goto tr548;
	}
	if ( (*p) < 48u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr468;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 47u )
				goto tr468;
		} else
			goto tr468;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 93u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto tr468;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr468;
		} else
			goto tr468;
	} else
		goto tr551;
	goto st0;
tr552:
	{ {p = (( IMW_SKIP_TO(400)))-1;} }
	goto st400;
tr447:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(400)))-1;} }
	goto st400;
st400:
	p += 1;
case 400:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr553;
		case 92u: goto tr554;
	}
	goto tr552;
tr553:
	{ {p = (( IMW_SKIP_TO(401)))-1;} }
	goto st401;
st401:
	p += 1;
case 401:
	switch( (*p) ) {
		case 13u: goto tr364;
		case 32u: goto tr449;
	}
	goto st0;
tr554:
	{ {p = (( IMW_SKIP_TO(402)))-1;} }
	goto st402;
st402:
	p += 1;
case 402:
	switch( (*p) ) {
		case 34u: goto tr552;
		case 92u: goto tr552;
	}
	goto st0;
tr448:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(403)))-1;} }
	goto st403;
st403:
	p += 1;
case 403:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr555;
	goto st0;
tr557:
	{ {p = (( IMW_SKIP_TO(404)))-1;} }
	goto st404;
tr555:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(404)))-1;} }
	goto st404;
st404:
	p += 1;
case 404:
	switch( (*p) ) {
		case 43u: goto tr556;
		case 125u: goto tr558;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr557;
	goto st0;
tr556:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(405)))-1;} }
	goto st405;
st405:
	p += 1;
case 405:
	if ( (*p) == 125u )
		goto tr559;
	goto st0;
tr559:
	{ {p = (( IMW_SKIP_TO(406)))-1;} }
	goto st406;
tr558:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(406)))-1;} }
	goto st406;
st406:
	p += 1;
case 406:
	if ( (*p) == 13u )
		goto tr560;
	goto st0;
tr560:
	{ {p = (( IMW_SKIP_TO(407)))-1;} }
	goto st407;
st407:
	p += 1;
case 407:
	if ( (*p) == 10u )
		goto tr561;
	goto st0;
tr561:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(408)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 408; goto _out;} }
	goto st408;
st408:
	p += 1;
case 408:
	switch( (*p) ) {
		case 13u: goto tr376;
		case 32u: goto tr562;
	}
	goto st0;
st409:
	p += 1;
case 409:
	switch( (*p) ) {
		case 85u: goto st410;
		case 117u: goto st410;
	}
	goto st0;
st410:
	p += 1;
case 410:
	switch( (*p) ) {
		case 78u: goto st411;
		case 110u: goto st411;
	}
	goto st0;
st411:
	p += 1;
case 411:
	switch( (*p) ) {
		case 71u: goto st169;
		case 103u: goto st169;
	}
	goto st0;
st412:
	p += 1;
case 412:
	switch( (*p) ) {
		case 69u: goto st413;
		case 101u: goto st413;
	}
	goto st0;
st413:
	p += 1;
case 413:
	switch( (*p) ) {
		case 84u: goto st414;
		case 116u: goto st414;
	}
	goto st0;
st414:
	p += 1;
case 414:
	switch( (*p) ) {
		case 67u: goto st415;
		case 99u: goto st415;
	}
	goto st0;
st415:
	p += 1;
case 415:
	switch( (*p) ) {
		case 72u: goto st416;
		case 104u: goto st416;
	}
	goto st0;
st416:
	p += 1;
case 416:
	if ( (*p) == 32u )
		goto tr569;
	goto st0;
tr8:
	{ IMW_NAME_OPEN(IMW_RULE_GETMETADATA); }
	goto st417;
st417:
	p += 1;
case 417:
	switch( (*p) ) {
		case 69u: goto st418;
		case 101u: goto st418;
	}
	goto st0;
st418:
	p += 1;
case 418:
	switch( (*p) ) {
		case 84u: goto st419;
		case 116u: goto st419;
	}
	goto st0;
st419:
	p += 1;
case 419:
	switch( (*p) ) {
		case 65u: goto st420;
		case 77u: goto st423;
		case 81u: goto st564;
		case 97u: goto st420;
		case 109u: goto st423;
		case 113u: goto st564;
	}
	goto st0;
st420:
	p += 1;
case 420:
	switch( (*p) ) {
		case 67u: goto st421;
		case 99u: goto st421;
	}
	goto st0;
st421:
	p += 1;
case 421:
	switch( (*p) ) {
		case 76u: goto st422;
		case 108u: goto st422;
	}
	goto st0;
st422:
	p += 1;
case 422:
	if ( (*p) == 32u )
		goto st263;
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
		case 84u: goto st425;
		case 116u: goto st425;
	}
	goto st0;
st425:
	p += 1;
case 425:
	switch( (*p) ) {
		case 65u: goto st426;
		case 97u: goto st426;
	}
	goto st0;
st426:
	p += 1;
case 426:
	switch( (*p) ) {
		case 68u: goto st427;
		case 100u: goto st427;
	}
	goto st0;
st427:
	p += 1;
case 427:
	switch( (*p) ) {
		case 65u: goto st428;
		case 97u: goto st428;
	}
	goto st0;
st428:
	p += 1;
case 428:
	switch( (*p) ) {
		case 84u: goto st429;
		case 116u: goto st429;
	}
	goto st0;
st429:
	p += 1;
case 429:
	switch( (*p) ) {
		case 65u: goto st430;
		case 97u: goto st430;
	}
	goto st0;
st430:
	p += 1;
case 430:
	if ( (*p) == 32u )
		goto st431;
	goto st0;
st431:
	p += 1;
case 431:
	switch( (*p) ) {
		case 34u: goto tr586;
		case 40u: goto st519;
		case 123u: goto tr588;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr585;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr585;
		} else if ( (*p) >= 43u )
			goto tr585;
	} else
		goto tr585;
	goto st0;
tr590:
	{ {p = (( IMW_SKIP_TO(432)))-1;} }
	goto st432;
tr585:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(432)))-1;} }
	goto st432;
st432:
	p += 1;
case 432:
	switch( (*p) ) {
		case 32u: goto tr589;
		case 33u: goto tr590;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr590;
		} else if ( (*p) >= 35u )
			goto tr590;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr590;
		} else if ( (*p) >= 93u )
			goto tr590;
	} else
		goto tr590;
	goto st0;
tr589:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st433;
tr797:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st433;
st433:
	p += 1;
case 433:
	switch( (*p) ) {
		case 34u: goto tr592;
		case 40u: goto tr593;
		case 123u: goto tr594;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr591;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr591;
		} else if ( (*p) >= 43u )
			goto tr591;
	} else
		goto tr591;
	goto st0;
tr597:
	{ {p = (( IMW_SKIP_TO(434)))-1;} }
	goto st434;
tr591:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(434)))-1;} }
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_METADATA_ENTRIES_UNPARENTHESISED); }
	goto st434;
st434:
	p += 1;
case 434:
	switch( (*p) ) {
		case 13u: goto tr595;
		case 32u: goto tr596;
		case 33u: goto tr597;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr597;
		} else if ( (*p) >= 35u )
			goto tr597;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr597;
		} else if ( (*p) >= 93u )
			goto tr597;
	} else
		goto tr597;
	goto st0;
tr596:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	goto st435;
tr614:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	goto st435;
st435:
	p += 1;
case 435:
	switch( (*p) ) {
		case 34u: goto tr599;
		case 123u: goto tr600;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr598;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr598;
		} else if ( (*p) >= 43u )
			goto tr598;
	} else
		goto tr598;
	goto st0;
tr602:
	{ {p = (( IMW_SKIP_TO(436)))-1;} }
	goto st436;
tr598:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(436)))-1;} }
	goto st436;
st436:
	p += 1;
case 436:
	switch( (*p) ) {
		case 13u: goto tr601;
		case 32u: goto tr596;
		case 33u: goto tr602;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr602;
		} else if ( (*p) >= 35u )
			goto tr602;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr602;
		} else if ( (*p) >= 93u )
			goto tr602;
	} else
		goto tr602;
	goto st0;
tr603:
	{ {p = (( IMW_SKIP_TO(437)))-1;} }
	goto st437;
tr599:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(437)))-1;} }
	goto st437;
st437:
	p += 1;
case 437:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr604;
		case 92u: goto tr605;
	}
	goto tr603;
tr604:
	{ {p = (( IMW_SKIP_TO(438)))-1;} }
	goto st438;
st438:
	p += 1;
case 438:
	switch( (*p) ) {
		case 13u: goto tr601;
		case 32u: goto tr596;
	}
	goto st0;
tr605:
	{ {p = (( IMW_SKIP_TO(439)))-1;} }
	goto st439;
st439:
	p += 1;
case 439:
	switch( (*p) ) {
		case 34u: goto tr603;
		case 92u: goto tr603;
	}
	goto st0;
tr600:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(440)))-1;} }
	goto st440;
st440:
	p += 1;
case 440:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr606;
	goto st0;
tr608:
	{ {p = (( IMW_SKIP_TO(441)))-1;} }
	goto st441;
tr606:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(441)))-1;} }
	goto st441;
st441:
	p += 1;
case 441:
	switch( (*p) ) {
		case 43u: goto tr607;
		case 125u: goto tr609;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr608;
	goto st0;
tr607:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(442)))-1;} }
	goto st442;
st442:
	p += 1;
case 442:
	if ( (*p) == 125u )
		goto tr610;
	goto st0;
tr610:
	{ {p = (( IMW_SKIP_TO(443)))-1;} }
	goto st443;
tr609:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(443)))-1;} }
	goto st443;
st443:
	p += 1;
case 443:
	if ( (*p) == 13u )
		goto tr611;
	goto st0;
tr611:
	{ {p = (( IMW_SKIP_TO(444)))-1;} }
	goto st444;
st444:
	p += 1;
case 444:
	if ( (*p) == 10u )
		goto tr612;
	goto st0;
tr612:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(445)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 445; goto _out;} }
	goto st445;
st445:
	p += 1;
case 445:
	switch( (*p) ) {
		case 13u: goto tr613;
		case 32u: goto tr614;
	}
	goto st0;
tr615:
	{ {p = (( IMW_SKIP_TO(446)))-1;} }
	goto st446;
tr592:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(446)))-1;} }
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_METADATA_ENTRIES_UNPARENTHESISED); }
	goto st446;
st446:
	p += 1;
case 446:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr616;
		case 92u: goto tr617;
	}
	goto tr615;
tr616:
	{ {p = (( IMW_SKIP_TO(447)))-1;} }
	goto st447;
st447:
	p += 1;
case 447:
	switch( (*p) ) {
		case 13u: goto tr595;
		case 32u: goto tr596;
	}
	goto st0;
tr617:
	{ {p = (( IMW_SKIP_TO(448)))-1;} }
	goto st448;
st448:
	p += 1;
case 448:
	switch( (*p) ) {
		case 34u: goto tr615;
		case 92u: goto tr615;
	}
	goto st0;
tr593:
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_GETMETADATA_OPTIONS_LAST); }
	goto st449;
tr646:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st449;
tr708:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st449;
tr711:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st449;
st449:
	p += 1;
case 449:
	switch( (*p) ) {
		case 34u: goto tr619;
		case 91u: goto tr618;
		case 95u: goto tr620;
		case 123u: goto tr621;
	}
	if ( (*p) < 47u ) {
		if ( (*p) < 38u ) {
			if ( 33u <= (*p) && (*p) <= 36u )
				goto tr618;
		} else if ( (*p) > 39u ) {
			if ( (*p) > 44u ) {
				if ( 45u <= (*p) && (*p) <= 46u )
					goto tr620;
			} else if ( (*p) >= 43u )
				goto tr618;
		} else
			goto tr618;
	} else if ( (*p) > 64u ) {
		if ( (*p) < 93u ) {
			if ( 65u <= (*p) && (*p) <= 90u )
				goto tr620;
		} else if ( (*p) > 96u ) {
			if ( (*p) > 122u ) {
				if ( 124u <= (*p) && (*p) <= 126u )
					goto tr618;
			} else if ( (*p) >= 97u )
				goto tr620;
		} else
			goto tr618;
	} else
		goto tr618;
	goto st0;
tr623:
	{ {p = (( IMW_SKIP_TO(450)))-1;} }
	goto st450;
tr618:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(450)))-1;} }
	goto st450;
st450:
	p += 1;
case 450:
	switch( (*p) ) {
		case 32u: goto tr622;
		case 33u: goto tr623;
		case 41u: goto tr624;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr623;
		} else if ( (*p) >= 35u )
			goto tr623;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr623;
		} else if ( (*p) >= 93u )
			goto tr623;
	} else
		goto tr623;
	goto st0;
tr622:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	goto st451;
tr636:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	goto st451;
st451:
	p += 1;
case 451:
	switch( (*p) ) {
		case 34u: goto tr619;
		case 123u: goto tr621;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr618;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr618;
		} else if ( (*p) >= 43u )
			goto tr618;
	} else
		goto tr618;
	goto st0;
tr625:
	{ {p = (( IMW_SKIP_TO(452)))-1;} }
	goto st452;
tr619:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(452)))-1;} }
	goto st452;
st452:
	p += 1;
case 452:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr626;
		case 92u: goto tr627;
	}
	goto tr625;
tr626:
	{ {p = (( IMW_SKIP_TO(453)))-1;} }
	goto st453;
st453:
	p += 1;
case 453:
	switch( (*p) ) {
		case 32u: goto tr622;
		case 41u: goto tr624;
	}
	goto st0;
tr624:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	goto st454;
tr637:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	goto st454;
st454:
	p += 1;
case 454:
	if ( (*p) == 13u )
		goto tr628;
	goto st0;
tr627:
	{ {p = (( IMW_SKIP_TO(455)))-1;} }
	goto st455;
st455:
	p += 1;
case 455:
	switch( (*p) ) {
		case 34u: goto tr625;
		case 92u: goto tr625;
	}
	goto st0;
tr621:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(456)))-1;} }
	goto st456;
st456:
	p += 1;
case 456:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr629;
	goto st0;
tr631:
	{ {p = (( IMW_SKIP_TO(457)))-1;} }
	goto st457;
tr629:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(457)))-1;} }
	goto st457;
st457:
	p += 1;
case 457:
	switch( (*p) ) {
		case 43u: goto tr630;
		case 125u: goto tr632;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr631;
	goto st0;
tr630:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(458)))-1;} }
	goto st458;
st458:
	p += 1;
case 458:
	if ( (*p) == 125u )
		goto tr633;
	goto st0;
tr633:
	{ {p = (( IMW_SKIP_TO(459)))-1;} }
	goto st459;
tr632:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(459)))-1;} }
	goto st459;
st459:
	p += 1;
case 459:
	if ( (*p) == 13u )
		goto tr634;
	goto st0;
tr634:
	{ {p = (( IMW_SKIP_TO(460)))-1;} }
	goto st460;
st460:
	p += 1;
case 460:
	if ( (*p) == 10u )
		goto tr635;
	goto st0;
tr635:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(461)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 461; goto _out;} }
	goto st461;
st461:
	p += 1;
case 461:
	switch( (*p) ) {
		case 32u: goto tr636;
		case 41u: goto tr637;
	}
	goto st0;
tr640:
	{ {p = (( IMW_SKIP_TO(462)))-1;} }
	goto st462;
tr620:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(462)))-1;} }
	goto st462;
st462:
	p += 1;
case 462:
	switch( (*p) ) {
		case 32u: goto tr638;
		case 33u: goto tr623;
		case 41u: goto tr639;
		case 47u: goto tr623;
		case 91u: goto tr623;
		case 95u: goto tr640;
	}
	if ( (*p) < 59u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr623;
		} else if ( (*p) > 39u ) {
			if ( (*p) > 44u ) {
				if ( 45u <= (*p) && (*p) <= 58u )
					goto tr640;
			} else if ( (*p) >= 43u )
				goto tr623;
		} else
			goto tr623;
	} else if ( (*p) > 64u ) {
		if ( (*p) < 93u ) {
			if ( 65u <= (*p) && (*p) <= 90u )
				goto tr640;
		} else if ( (*p) > 96u ) {
			if ( (*p) > 122u ) {
				if ( 124u <= (*p) && (*p) <= 126u )
					goto tr623;
			} else if ( (*p) >= 97u )
				goto tr640;
		} else
			goto tr623;
	} else
		goto tr623;
	goto st0;
tr638:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	goto st463;
st463:
	p += 1;
case 463:
	switch( (*p) ) {
		case 34u: goto tr619;
		case 36u: goto tr641;
		case 40u: goto tr642;
		case 42u: goto tr643;
		case 47u: goto tr618;
		case 48u: goto tr644;
		case 91u: goto tr618;
		case 95u: goto tr620;
		case 123u: goto tr621;
	}
	if ( (*p) < 49u ) {
		if ( (*p) < 38u ) {
			if ( 33u <= (*p) && (*p) <= 35u )
				goto tr618;
		} else if ( (*p) > 39u ) {
			if ( (*p) > 44u ) {
				if ( 45u <= (*p) && (*p) <= 46u )
					goto tr620;
			} else if ( (*p) >= 43u )
				goto tr618;
		} else
			goto tr618;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 93u ) {
			if ( (*p) > 64u ) {
				if ( 65u <= (*p) && (*p) <= 90u )
					goto tr620;
			} else if ( (*p) >= 58u )
				goto tr618;
		} else if ( (*p) > 96u ) {
			if ( (*p) > 122u ) {
				if ( 124u <= (*p) && (*p) <= 126u )
					goto tr618;
			} else if ( (*p) >= 97u )
				goto tr620;
		} else
			goto tr618;
	} else
		goto tr645;
	goto st0;
tr641:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(464)))-1;} }
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st464;
st464:
	p += 1;
case 464:
	switch( (*p) ) {
		case 32u: goto tr646;
		case 33u: goto tr623;
		case 41u: goto tr647;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr623;
		} else if ( (*p) >= 35u )
			goto tr623;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr623;
		} else if ( (*p) >= 93u )
			goto tr623;
	} else
		goto tr623;
	goto st0;
tr639:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	goto st465;
tr647:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st465;
tr709:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st465;
tr712:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st465;
st465:
	p += 1;
case 465:
	switch( (*p) ) {
		case 13u: goto tr628;
		case 32u: goto tr648;
	}
	goto st0;
tr648:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_GETMETADATA_OPTIONS_LAST); }
	goto st466;
st466:
	p += 1;
case 466:
	switch( (*p) ) {
		case 34u: goto tr650;
		case 40u: goto st451;
		case 123u: goto tr652;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr649;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr649;
		} else if ( (*p) >= 43u )
			goto tr649;
	} else
		goto tr649;
	goto st0;
tr653:
	{ {p = (( IMW_SKIP_TO(467)))-1;} }
	goto st467;
tr649:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(467)))-1;} }
	goto st467;
st467:
	p += 1;
case 467:
	switch( (*p) ) {
		case 13u: goto tr595;
		case 33u: goto tr653;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr653;
		} else if ( (*p) >= 35u )
			goto tr653;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr653;
		} else if ( (*p) >= 93u )
			goto tr653;
	} else
		goto tr653;
	goto st0;
tr654:
	{ {p = (( IMW_SKIP_TO(468)))-1;} }
	goto st468;
tr650:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(468)))-1;} }
	goto st468;
st468:
	p += 1;
case 468:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr655;
		case 92u: goto tr656;
	}
	goto tr654;
tr655:
	{ {p = (( IMW_SKIP_TO(469)))-1;} }
	goto st469;
st469:
	p += 1;
case 469:
	if ( (*p) == 13u )
		goto tr595;
	goto st0;
tr656:
	{ {p = (( IMW_SKIP_TO(470)))-1;} }
	goto st470;
st470:
	p += 1;
case 470:
	switch( (*p) ) {
		case 34u: goto tr654;
		case 92u: goto tr654;
	}
	goto st0;
tr652:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(471)))-1;} }
	goto st471;
st471:
	p += 1;
case 471:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr657;
	goto st0;
tr659:
	{ {p = (( IMW_SKIP_TO(472)))-1;} }
	goto st472;
tr657:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(472)))-1;} }
	goto st472;
st472:
	p += 1;
case 472:
	switch( (*p) ) {
		case 43u: goto tr658;
		case 125u: goto tr660;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr659;
	goto st0;
tr658:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(473)))-1;} }
	goto st473;
st473:
	p += 1;
case 473:
	if ( (*p) == 125u )
		goto tr661;
	goto st0;
tr661:
	{ {p = (( IMW_SKIP_TO(474)))-1;} }
	goto st474;
tr660:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(474)))-1;} }
	goto st474;
st474:
	p += 1;
case 474:
	if ( (*p) == 13u )
		goto tr662;
	goto st0;
tr662:
	{ {p = (( IMW_SKIP_TO(475)))-1;} }
	goto st475;
st475:
	p += 1;
case 475:
	if ( (*p) == 10u )
		goto tr663;
	goto st0;
tr663:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(476)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 476; goto _out;} }
	goto st476;
st476:
	p += 1;
case 476:
	if ( (*p) == 13u )
		goto tr664;
	goto st0;
tr642:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	goto st477;
st477:
	p += 1;
case 477:
	switch( (*p) ) {
		case 34u: goto tr666;
		case 40u: goto tr667;
		case 41u: goto st482;
		case 123u: goto tr669;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr665;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr665;
		} else if ( (*p) >= 43u )
			goto tr665;
	} else
		goto tr665;
	goto st0;
tr671:
	{ {p = (( IMW_SKIP_TO(478)))-1;} }
	goto st478;
tr665:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(478)))-1;} }
	goto st478;
st478:
	p += 1;
case 478:
	switch( (*p) ) {
		case 32u: goto tr670;
		case 33u: goto tr671;
		case 41u: goto tr672;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr671;
		} else if ( (*p) >= 35u )
			goto tr671;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr671;
		} else if ( (*p) >= 93u )
			goto tr671;
	} else
		goto tr671;
	goto st0;
tr670:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st479;
tr706:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st479;
st479:
	p += 1;
case 479:
	switch( (*p) ) {
		case 34u: goto tr666;
		case 40u: goto tr667;
		case 123u: goto tr669;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr665;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr665;
		} else if ( (*p) >= 43u )
			goto tr665;
	} else
		goto tr665;
	goto st0;
tr673:
	{ {p = (( IMW_SKIP_TO(480)))-1;} }
	goto st480;
tr666:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(480)))-1;} }
	goto st480;
st480:
	p += 1;
case 480:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr674;
		case 92u: goto tr675;
	}
	goto tr673;
tr674:
	{ {p = (( IMW_SKIP_TO(481)))-1;} }
	goto st481;
st481:
	p += 1;
case 481:
	switch( (*p) ) {
		case 32u: goto tr670;
		case 41u: goto tr672;
	}
	goto st0;
tr672:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st482;
tr707:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st482;
st482:
	p += 1;
case 482:
	switch( (*p) ) {
		case 32u: goto tr676;
		case 41u: goto tr677;
	}
	goto st0;
tr684:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st483;
tr676:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st483;
tr692:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st483;
tr695:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st483;
st483:
	p += 1;
case 483:
	if ( (*p) == 95u )
		goto st484;
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st484;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st484;
	} else
		goto st484;
	goto st0;
st484:
	p += 1;
case 484:
	switch( (*p) ) {
		case 32u: goto st485;
		case 41u: goto st487;
		case 95u: goto st484;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st484;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st484;
		} else if ( (*p) >= 65u )
			goto st484;
	} else
		goto st484;
	goto st0;
st485:
	p += 1;
case 485:
	switch( (*p) ) {
		case 36u: goto tr681;
		case 40u: goto tr642;
		case 42u: goto tr643;
		case 48u: goto tr682;
		case 95u: goto st484;
	}
	if ( (*p) < 49u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st484;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st484;
		} else if ( (*p) >= 65u )
			goto st484;
	} else
		goto tr683;
	goto st0;
tr681:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st486;
st486:
	p += 1;
case 486:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
	}
	goto st0;
tr685:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st487;
tr677:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st487;
tr693:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st487;
tr696:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st487;
st487:
	p += 1;
case 487:
	if ( (*p) == 32u )
		goto tr648;
	goto st0;
tr643:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st488;
st488:
	p += 1;
case 488:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 44u: goto st489;
		case 58u: goto st491;
	}
	goto st0;
st489:
	p += 1;
case 489:
	if ( (*p) == 42u )
		goto st488;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr689;
	goto st0;
tr689:
	{ {p = (( IMW_SKIP_TO(490)))-1;} }
	goto st490;
st490:
	p += 1;
case 490:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 44u: goto st489;
		case 58u: goto st491;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr689;
	goto st0;
st491:
	p += 1;
case 491:
	if ( (*p) == 42u )
		goto st492;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr691;
	goto st0;
st492:
	p += 1;
case 492:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 44u: goto st489;
	}
	goto st0;
tr691:
	{ {p = (( IMW_SKIP_TO(493)))-1;} }
	goto st493;
st493:
	p += 1;
case 493:
	switch( (*p) ) {
		case 32u: goto tr684;
		case 41u: goto tr685;
		case 44u: goto st489;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr691;
	goto st0;
tr694:
	{ {p = (( IMW_SKIP_TO(494)))-1;} }
	goto st494;
tr682:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(494)))-1;} }
	goto st494;
st494:
	p += 1;
case 494:
	switch( (*p) ) {
		case 32u: goto tr692;
		case 41u: goto tr693;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr694;
	goto st0;
tr697:
	{ {p = (( IMW_SKIP_TO(495)))-1;} }
	goto st495;
tr683:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(495)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	goto st495;
st495:
	p += 1;
case 495:
	switch( (*p) ) {
		case 32u: goto tr695;
		case 41u: goto tr696;
		case 44u: goto st489;
		case 58u: goto st491;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr697;
	goto st0;
tr675:
	{ {p = (( IMW_SKIP_TO(496)))-1;} }
	goto st496;
st496:
	p += 1;
case 496:
	switch( (*p) ) {
		case 34u: goto tr673;
		case 92u: goto tr673;
	}
	goto st0;
tr667:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_TAGGED_EXT_PAREN)) {p++; cs = 497; goto _out;} {( run->stack)[( run->top)++] = 497;goto st1359;} }
	goto st497;
st497:
	p += 1;
case 497:
	switch( (*p) ) {
		case 32u: goto st479;
		case 41u: goto st482;
	}
	goto st0;
tr669:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(498)))-1;} }
	goto st498;
st498:
	p += 1;
case 498:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr699;
	goto st0;
tr701:
	{ {p = (( IMW_SKIP_TO(499)))-1;} }
	goto st499;
tr699:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(499)))-1;} }
	goto st499;
st499:
	p += 1;
case 499:
	switch( (*p) ) {
		case 43u: goto tr700;
		case 125u: goto tr702;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr701;
	goto st0;
tr700:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(500)))-1;} }
	goto st500;
st500:
	p += 1;
case 500:
	if ( (*p) == 125u )
		goto tr703;
	goto st0;
tr703:
	{ {p = (( IMW_SKIP_TO(501)))-1;} }
	goto st501;
tr702:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(501)))-1;} }
	goto st501;
st501:
	p += 1;
case 501:
	if ( (*p) == 13u )
		goto tr704;
	goto st0;
tr704:
	{ {p = (( IMW_SKIP_TO(502)))-1;} }
	goto st502;
st502:
	p += 1;
case 502:
	if ( (*p) == 10u )
		goto tr705;
	goto st0;
tr705:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(503)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 503; goto _out;} }
	goto st503;
st503:
	p += 1;
case 503:
	switch( (*p) ) {
		case 32u: goto tr706;
		case 41u: goto tr707;
	}
	goto st0;
tr710:
	{ {p = (( IMW_SKIP_TO(504)))-1;} }
	goto st504;
tr644:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(504)))-1;} }
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	goto st504;
st504:
	p += 1;
case 504:
	switch( (*p) ) {
		case 32u: goto tr708;
		case 33u: goto tr623;
		case 41u: goto tr709;
	}
	if ( (*p) < 48u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr623;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 47u )
				goto tr623;
		} else
			goto tr623;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 93u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto tr623;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr623;
		} else
			goto tr623;
	} else
		goto tr710;
	goto st0;
tr714:
	{ {p = (( IMW_SKIP_TO(505)))-1;} }
	goto st505;
tr645:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(505)))-1;} }
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	goto st505;
st505:
	p += 1;
case 505:
	switch( (*p) ) {
		case 32u: goto tr711;
		case 33u: goto tr623;
		case 41u: goto tr712;
		case 44u: goto tr713;
		case 58u: goto tr715;
	}
	if ( (*p) < 48u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr623;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 47u )
				goto tr623;
		} else
			goto tr623;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 93u ) {
			if ( 59u <= (*p) && (*p) <= 91u )
				goto tr623;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr623;
		} else
			goto tr623;
	} else
		goto tr714;
	goto st0;
tr713:
	{ {p = (( IMW_SKIP_TO(506)))-1;} }
	goto st506;
st506:
	p += 1;
case 506:
	switch( (*p) ) {
		case 32u: goto tr622;
		case 33u: goto tr623;
		case 41u: goto tr624;
		case 42u: goto st488;
	}
	if ( (*p) < 49u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr623;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 48u )
				goto tr623;
		} else
			goto tr623;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 93u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto tr623;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr623;
		} else
			goto tr623;
	} else
		goto tr716;
	goto st0;
tr716:
	{ {p = (( IMW_SKIP_TO(507)))-1;} }
	goto st507;
st507:
	p += 1;
case 507:
	switch( (*p) ) {
		case 32u: goto tr646;
		case 33u: goto tr623;
		case 41u: goto tr647;
		case 44u: goto tr713;
		case 58u: goto tr715;
	}
	if ( (*p) < 48u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr623;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 47u )
				goto tr623;
		} else
			goto tr623;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 93u ) {
			if ( 59u <= (*p) && (*p) <= 91u )
				goto tr623;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr623;
		} else
			goto tr623;
	} else
		goto tr716;
	goto st0;
tr715:
	{ {p = (( IMW_SKIP_TO(508)))-1;} }
	goto st508;
st508:
	p += 1;
case 508:
	switch( (*p) ) {
		case 32u: goto tr622;
		case 33u: goto tr623;
		case 41u: goto tr624;
		case 42u: goto st492;
	}
	if ( (*p) < 49u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr623;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 48u )
				goto tr623;
		} else
			goto tr623;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 93u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto tr623;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr623;
		} else
			goto tr623;
	} else
		goto tr717;
	goto st0;
tr717:
	{ {p = (( IMW_SKIP_TO(509)))-1;} }
	goto st509;
st509:
	p += 1;
case 509:
	switch( (*p) ) {
		case 32u: goto tr646;
		case 33u: goto tr623;
		case 41u: goto tr647;
		case 44u: goto tr713;
	}
	if ( (*p) < 48u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr623;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 47u )
				goto tr623;
		} else
			goto tr623;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 93u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto tr623;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr623;
		} else
			goto tr623;
	} else
		goto tr717;
	goto st0;
tr594:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(510)))-1;} }
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_METADATA_ENTRIES_UNPARENTHESISED); }
	goto st510;
st510:
	p += 1;
case 510:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr718;
	goto st0;
tr720:
	{ {p = (( IMW_SKIP_TO(511)))-1;} }
	goto st511;
tr718:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(511)))-1;} }
	goto st511;
st511:
	p += 1;
case 511:
	switch( (*p) ) {
		case 43u: goto tr719;
		case 125u: goto tr721;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr720;
	goto st0;
tr719:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(512)))-1;} }
	goto st512;
st512:
	p += 1;
case 512:
	if ( (*p) == 125u )
		goto tr722;
	goto st0;
tr722:
	{ {p = (( IMW_SKIP_TO(513)))-1;} }
	goto st513;
tr721:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(513)))-1;} }
	goto st513;
st513:
	p += 1;
case 513:
	if ( (*p) == 13u )
		goto tr723;
	goto st0;
tr723:
	{ {p = (( IMW_SKIP_TO(514)))-1;} }
	goto st514;
st514:
	p += 1;
case 514:
	if ( (*p) == 10u )
		goto tr724;
	goto st0;
tr724:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(515)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 515; goto _out;} }
	goto st515;
st515:
	p += 1;
case 515:
	switch( (*p) ) {
		case 13u: goto tr664;
		case 32u: goto tr614;
	}
	goto st0;
tr725:
	{ {p = (( IMW_SKIP_TO(516)))-1;} }
	goto st516;
tr586:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(516)))-1;} }
	goto st516;
st516:
	p += 1;
case 516:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr726;
		case 92u: goto tr727;
	}
	goto tr725;
tr726:
	{ {p = (( IMW_SKIP_TO(517)))-1;} }
	goto st517;
st517:
	p += 1;
case 517:
	if ( (*p) == 32u )
		goto tr589;
	goto st0;
tr727:
	{ {p = (( IMW_SKIP_TO(518)))-1;} }
	goto st518;
st518:
	p += 1;
case 518:
	switch( (*p) ) {
		case 34u: goto tr725;
		case 92u: goto tr725;
	}
	goto st0;
tr736:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st519;
tr766:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st519;
tr784:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st519;
tr787:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st519;
st519:
	p += 1;
case 519:
	if ( (*p) == 95u )
		goto st520;
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st520;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st520;
	} else
		goto st520;
	goto st0;
st520:
	p += 1;
case 520:
	switch( (*p) ) {
		case 32u: goto st521;
		case 41u: goto st523;
		case 95u: goto st520;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st520;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st520;
		} else if ( (*p) >= 65u )
			goto st520;
	} else
		goto st520;
	goto st0;
st521:
	p += 1;
case 521:
	switch( (*p) ) {
		case 36u: goto tr731;
		case 40u: goto tr732;
		case 42u: goto tr733;
		case 48u: goto tr734;
		case 95u: goto st520;
	}
	if ( (*p) < 49u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st520;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st520;
		} else if ( (*p) >= 65u )
			goto st520;
	} else
		goto tr735;
	goto st0;
tr731:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st522;
st522:
	p += 1;
case 522:
	switch( (*p) ) {
		case 32u: goto tr736;
		case 41u: goto tr737;
	}
	goto st0;
tr737:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st523;
tr767:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st523;
tr785:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st523;
tr788:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st523;
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
		case 34u: goto tr740;
		case 123u: goto tr741;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr739;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr739;
		} else if ( (*p) >= 43u )
			goto tr739;
	} else
		goto tr739;
	goto st0;
tr743:
	{ {p = (( IMW_SKIP_TO(525)))-1;} }
	goto st525;
tr739:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(525)))-1;} }
	goto st525;
st525:
	p += 1;
case 525:
	switch( (*p) ) {
		case 32u: goto tr742;
		case 33u: goto tr743;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr743;
		} else if ( (*p) >= 35u )
			goto tr743;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr743;
		} else if ( (*p) >= 93u )
			goto tr743;
	} else
		goto tr743;
	goto st0;
tr742:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st526;
tr754:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st526;
st526:
	p += 1;
case 526:
	switch( (*p) ) {
		case 34u: goto tr592;
		case 40u: goto st451;
		case 123u: goto tr594;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr591;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr591;
		} else if ( (*p) >= 43u )
			goto tr591;
	} else
		goto tr591;
	goto st0;
tr744:
	{ {p = (( IMW_SKIP_TO(527)))-1;} }
	goto st527;
tr740:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(527)))-1;} }
	goto st527;
st527:
	p += 1;
case 527:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr745;
		case 92u: goto tr746;
	}
	goto tr744;
tr745:
	{ {p = (( IMW_SKIP_TO(528)))-1;} }
	goto st528;
st528:
	p += 1;
case 528:
	if ( (*p) == 32u )
		goto tr742;
	goto st0;
tr746:
	{ {p = (( IMW_SKIP_TO(529)))-1;} }
	goto st529;
st529:
	p += 1;
case 529:
	switch( (*p) ) {
		case 34u: goto tr744;
		case 92u: goto tr744;
	}
	goto st0;
tr741:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(530)))-1;} }
	goto st530;
st530:
	p += 1;
case 530:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr747;
	goto st0;
tr749:
	{ {p = (( IMW_SKIP_TO(531)))-1;} }
	goto st531;
tr747:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(531)))-1;} }
	goto st531;
st531:
	p += 1;
case 531:
	switch( (*p) ) {
		case 43u: goto tr748;
		case 125u: goto tr750;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr749;
	goto st0;
tr748:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(532)))-1;} }
	goto st532;
st532:
	p += 1;
case 532:
	if ( (*p) == 125u )
		goto tr751;
	goto st0;
tr751:
	{ {p = (( IMW_SKIP_TO(533)))-1;} }
	goto st533;
tr750:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(533)))-1;} }
	goto st533;
st533:
	p += 1;
case 533:
	if ( (*p) == 13u )
		goto tr752;
	goto st0;
tr752:
	{ {p = (( IMW_SKIP_TO(534)))-1;} }
	goto st534;
st534:
	p += 1;
case 534:
	if ( (*p) == 10u )
		goto tr753;
	goto st0;
tr753:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(535)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 535; goto _out;} }
	goto st535;
st535:
	p += 1;
case 535:
	if ( (*p) == 32u )
		goto tr754;
	goto st0;
tr732:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	goto st536;
st536:
	p += 1;
case 536:
	switch( (*p) ) {
		case 34u: goto tr756;
		case 40u: goto tr757;
		case 41u: goto st541;
		case 123u: goto tr759;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr755;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr755;
		} else if ( (*p) >= 43u )
			goto tr755;
	} else
		goto tr755;
	goto st0;
tr761:
	{ {p = (( IMW_SKIP_TO(537)))-1;} }
	goto st537;
tr755:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(537)))-1;} }
	goto st537;
st537:
	p += 1;
case 537:
	switch( (*p) ) {
		case 32u: goto tr760;
		case 33u: goto tr761;
		case 41u: goto tr762;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr761;
		} else if ( (*p) >= 35u )
			goto tr761;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr761;
		} else if ( (*p) >= 93u )
			goto tr761;
	} else
		goto tr761;
	goto st0;
tr760:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st538;
tr776:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st538;
st538:
	p += 1;
case 538:
	switch( (*p) ) {
		case 34u: goto tr756;
		case 40u: goto tr757;
		case 123u: goto tr759;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr755;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr755;
		} else if ( (*p) >= 43u )
			goto tr755;
	} else
		goto tr755;
	goto st0;
tr763:
	{ {p = (( IMW_SKIP_TO(539)))-1;} }
	goto st539;
tr756:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(539)))-1;} }
	goto st539;
st539:
	p += 1;
case 539:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr764;
		case 92u: goto tr765;
	}
	goto tr763;
tr764:
	{ {p = (( IMW_SKIP_TO(540)))-1;} }
	goto st540;
st540:
	p += 1;
case 540:
	switch( (*p) ) {
		case 32u: goto tr760;
		case 41u: goto tr762;
	}
	goto st0;
tr762:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st541;
tr777:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st541;
st541:
	p += 1;
case 541:
	switch( (*p) ) {
		case 32u: goto tr766;
		case 41u: goto tr767;
	}
	goto st0;
tr765:
	{ {p = (( IMW_SKIP_TO(542)))-1;} }
	goto st542;
st542:
	p += 1;
case 542:
	switch( (*p) ) {
		case 34u: goto tr763;
		case 92u: goto tr763;
	}
	goto st0;
tr757:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_TAGGED_EXT_PAREN)) {p++; cs = 543; goto _out;} {( run->stack)[( run->top)++] = 543;goto st1359;} }
	goto st543;
st543:
	p += 1;
case 543:
	switch( (*p) ) {
		case 32u: goto st538;
		case 41u: goto st541;
	}
	goto st0;
tr759:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(544)))-1;} }
	goto st544;
st544:
	p += 1;
case 544:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr769;
	goto st0;
tr771:
	{ {p = (( IMW_SKIP_TO(545)))-1;} }
	goto st545;
tr769:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(545)))-1;} }
	goto st545;
st545:
	p += 1;
case 545:
	switch( (*p) ) {
		case 43u: goto tr770;
		case 125u: goto tr772;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr771;
	goto st0;
tr770:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(546)))-1;} }
	goto st546;
st546:
	p += 1;
case 546:
	if ( (*p) == 125u )
		goto tr773;
	goto st0;
tr773:
	{ {p = (( IMW_SKIP_TO(547)))-1;} }
	goto st547;
tr772:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(547)))-1;} }
	goto st547;
st547:
	p += 1;
case 547:
	if ( (*p) == 13u )
		goto tr774;
	goto st0;
tr774:
	{ {p = (( IMW_SKIP_TO(548)))-1;} }
	goto st548;
st548:
	p += 1;
case 548:
	if ( (*p) == 10u )
		goto tr775;
	goto st0;
tr775:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(549)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 549; goto _out;} }
	goto st549;
st549:
	p += 1;
case 549:
	switch( (*p) ) {
		case 32u: goto tr776;
		case 41u: goto tr777;
	}
	goto st0;
tr733:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st550;
st550:
	p += 1;
case 550:
	switch( (*p) ) {
		case 32u: goto tr736;
		case 41u: goto tr737;
		case 44u: goto st551;
		case 58u: goto st553;
	}
	goto st0;
st551:
	p += 1;
case 551:
	if ( (*p) == 42u )
		goto st550;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr781;
	goto st0;
tr781:
	{ {p = (( IMW_SKIP_TO(552)))-1;} }
	goto st552;
st552:
	p += 1;
case 552:
	switch( (*p) ) {
		case 32u: goto tr736;
		case 41u: goto tr737;
		case 44u: goto st551;
		case 58u: goto st553;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr781;
	goto st0;
st553:
	p += 1;
case 553:
	if ( (*p) == 42u )
		goto st554;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr783;
	goto st0;
st554:
	p += 1;
case 554:
	switch( (*p) ) {
		case 32u: goto tr736;
		case 41u: goto tr737;
		case 44u: goto st551;
	}
	goto st0;
tr783:
	{ {p = (( IMW_SKIP_TO(555)))-1;} }
	goto st555;
st555:
	p += 1;
case 555:
	switch( (*p) ) {
		case 32u: goto tr736;
		case 41u: goto tr737;
		case 44u: goto st551;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr783;
	goto st0;
tr786:
	{ {p = (( IMW_SKIP_TO(556)))-1;} }
	goto st556;
tr734:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(556)))-1;} }
	goto st556;
st556:
	p += 1;
case 556:
	switch( (*p) ) {
		case 32u: goto tr784;
		case 41u: goto tr785;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr786;
	goto st0;
tr789:
	{ {p = (( IMW_SKIP_TO(557)))-1;} }
	goto st557;
tr735:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(557)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	goto st557;
st557:
	p += 1;
case 557:
	switch( (*p) ) {
		case 32u: goto tr787;
		case 41u: goto tr788;
		case 44u: goto st551;
		case 58u: goto st553;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr789;
	goto st0;
tr588:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(558)))-1;} }
	goto st558;
st558:
	p += 1;
case 558:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr790;
	goto st0;
tr792:
	{ {p = (( IMW_SKIP_TO(559)))-1;} }
	goto st559;
tr790:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(559)))-1;} }
	goto st559;
st559:
	p += 1;
case 559:
	switch( (*p) ) {
		case 43u: goto tr791;
		case 125u: goto tr793;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr792;
	goto st0;
tr791:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(560)))-1;} }
	goto st560;
st560:
	p += 1;
case 560:
	if ( (*p) == 125u )
		goto tr794;
	goto st0;
tr794:
	{ {p = (( IMW_SKIP_TO(561)))-1;} }
	goto st561;
tr793:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(561)))-1;} }
	goto st561;
st561:
	p += 1;
case 561:
	if ( (*p) == 13u )
		goto tr795;
	goto st0;
tr795:
	{ {p = (( IMW_SKIP_TO(562)))-1;} }
	goto st562;
st562:
	p += 1;
case 562:
	if ( (*p) == 10u )
		goto tr796;
	goto st0;
tr796:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(563)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 563; goto _out;} }
	goto st563;
st563:
	p += 1;
case 563:
	if ( (*p) == 32u )
		goto tr797;
	goto st0;
st564:
	p += 1;
case 564:
	switch( (*p) ) {
		case 85u: goto st565;
		case 117u: goto st565;
	}
	goto st0;
st565:
	p += 1;
case 565:
	switch( (*p) ) {
		case 79u: goto st566;
		case 111u: goto st566;
	}
	goto st0;
st566:
	p += 1;
case 566:
	switch( (*p) ) {
		case 84u: goto st567;
		case 116u: goto st567;
	}
	goto st0;
st567:
	p += 1;
case 567:
	switch( (*p) ) {
		case 65u: goto st568;
		case 97u: goto st568;
	}
	goto st0;
st568:
	p += 1;
case 568:
	switch( (*p) ) {
		case 32u: goto st569;
		case 82u: goto st580;
		case 114u: goto st580;
	}
	goto st0;
st569:
	p += 1;
case 569:
	switch( (*p) ) {
		case 34u: goto tr805;
		case 123u: goto tr806;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr804;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr804;
		} else if ( (*p) >= 43u )
			goto tr804;
	} else
		goto tr804;
	goto st0;
tr808:
	{ {p = (( IMW_SKIP_TO(570)))-1;} }
	goto st570;
tr804:
	{ IMW_EV_OPEN(IMW_RULE_QUOTA_ROOT_NAME); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(570)))-1;} }
	goto st570;
st570:
	p += 1;
case 570:
	switch( (*p) ) {
		case 13u: goto tr807;
		case 33u: goto tr808;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr808;
		} else if ( (*p) >= 35u )
			goto tr808;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr808;
		} else if ( (*p) >= 93u )
			goto tr808;
	} else
		goto tr808;
	goto st0;
tr809:
	{ {p = (( IMW_SKIP_TO(571)))-1;} }
	goto st571;
tr805:
	{ IMW_EV_OPEN(IMW_RULE_QUOTA_ROOT_NAME); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(571)))-1;} }
	goto st571;
st571:
	p += 1;
case 571:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr810;
		case 92u: goto tr811;
	}
	goto tr809;
tr810:
	{ {p = (( IMW_SKIP_TO(572)))-1;} }
	goto st572;
st572:
	p += 1;
case 572:
	if ( (*p) == 13u )
		goto tr807;
	goto st0;
tr811:
	{ {p = (( IMW_SKIP_TO(573)))-1;} }
	goto st573;
st573:
	p += 1;
case 573:
	switch( (*p) ) {
		case 34u: goto tr809;
		case 92u: goto tr809;
	}
	goto st0;
tr806:
	{ IMW_EV_OPEN(IMW_RULE_QUOTA_ROOT_NAME); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(574)))-1;} }
	goto st574;
st574:
	p += 1;
case 574:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr812;
	goto st0;
tr814:
	{ {p = (( IMW_SKIP_TO(575)))-1;} }
	goto st575;
tr812:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(575)))-1;} }
	goto st575;
st575:
	p += 1;
case 575:
	switch( (*p) ) {
		case 43u: goto tr813;
		case 125u: goto tr815;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr814;
	goto st0;
tr813:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(576)))-1;} }
	goto st576;
st576:
	p += 1;
case 576:
	if ( (*p) == 125u )
		goto tr816;
	goto st0;
tr816:
	{ {p = (( IMW_SKIP_TO(577)))-1;} }
	goto st577;
tr815:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(577)))-1;} }
	goto st577;
st577:
	p += 1;
case 577:
	if ( (*p) == 13u )
		goto tr817;
	goto st0;
tr817:
	{ {p = (( IMW_SKIP_TO(578)))-1;} }
	goto st578;
st578:
	p += 1;
case 578:
	if ( (*p) == 10u )
		goto tr818;
	goto st0;
tr818:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(579)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 579; goto _out;} }
	goto st579;
st579:
	p += 1;
case 579:
	if ( (*p) == 13u )
		goto tr819;
	goto st0;
st580:
	p += 1;
case 580:
	switch( (*p) ) {
		case 79u: goto st581;
		case 111u: goto st581;
	}
	goto st0;
st581:
	p += 1;
case 581:
	switch( (*p) ) {
		case 79u: goto st582;
		case 111u: goto st582;
	}
	goto st0;
st582:
	p += 1;
case 582:
	switch( (*p) ) {
		case 84u: goto st422;
		case 116u: goto st422;
	}
	goto st0;
st583:
	p += 1;
case 583:
	switch( (*p) ) {
		case 68u: goto st584;
		case 100u: goto st584;
	}
	goto st0;
st584:
	p += 1;
case 584:
	switch( (*p) ) {
		case 32u: goto st585;
		case 76u: goto st169;
		case 108u: goto st169;
	}
	goto st0;
st585:
	p += 1;
case 585:
	switch( (*p) ) {
		case 40u: goto tr824;
		case 78u: goto tr825;
		case 110u: goto tr825;
	}
	goto st0;
tr824:
	{ IMW_EV_OPEN(IMW_RULE_ID_PARAMS_LIST); }
	goto st586;
st586:
	p += 1;
case 586:
	switch( (*p) ) {
		case 34u: goto tr826;
		case 41u: goto st599;
		case 123u: goto tr828;
	}
	goto st0;
tr829:
	{ {p = (( IMW_SKIP_TO(587)))-1;} }
	goto st587;
tr826:
	{ IMW_EV_OPEN(IMW_RULE_ID_PARAM); }
	{ IMW_EV_OPEN(IMW_RULE_ID_FIELD); }
	{ {p = (( IMW_SKIP_TO(587)))-1;} }
	goto st587;
st587:
	p += 1;
case 587:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr830;
		case 92u: goto tr831;
	}
	goto tr829;
tr830:
	{ {p = (( IMW_SKIP_TO(588)))-1;} }
	goto st588;
st588:
	p += 1;
case 588:
	if ( (*p) == 32u )
		goto tr832;
	goto st0;
tr832:
	{ IMW_EV_CLOSE(IMW_RULE_ID_FIELD); }
	goto st589;
tr848:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ID_FIELD); }
	goto st589;
st589:
	p += 1;
case 589:
	switch( (*p) ) {
		case 34u: goto tr833;
		case 78u: goto tr834;
		case 110u: goto tr834;
		case 123u: goto tr835;
	}
	goto st0;
tr836:
	{ {p = (( IMW_SKIP_TO(590)))-1;} }
	goto st590;
tr833:
	{ IMW_EV_OPEN(IMW_RULE_ID_VALUE); }
	{ {p = (( IMW_SKIP_TO(590)))-1;} }
	goto st590;
st590:
	p += 1;
case 590:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr837;
		case 92u: goto tr838;
	}
	goto tr836;
tr837:
	{ {p = (( IMW_SKIP_TO(591)))-1;} }
	goto st591;
st591:
	p += 1;
case 591:
	switch( (*p) ) {
		case 32u: goto tr839;
		case 41u: goto tr840;
	}
	goto st0;
tr839:
	{ IMW_EV_CLOSE(IMW_RULE_ID_VALUE); }
	{ IMW_EV_CLOSE(IMW_RULE_ID_PARAM); }
	goto st592;
tr859:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ID_VALUE); }
	{ IMW_EV_CLOSE(IMW_RULE_ID_PARAM); }
	goto st592;
st592:
	p += 1;
case 592:
	switch( (*p) ) {
		case 34u: goto tr826;
		case 123u: goto tr828;
	}
	goto st0;
tr828:
	{ IMW_EV_OPEN(IMW_RULE_ID_PARAM); }
	{ IMW_EV_OPEN(IMW_RULE_ID_FIELD); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st593;
st593:
	p += 1;
case 593:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr841;
	goto st0;
tr843:
	{ {p = (( IMW_SKIP_TO(594)))-1;} }
	goto st594;
tr841:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(594)))-1;} }
	goto st594;
st594:
	p += 1;
case 594:
	switch( (*p) ) {
		case 43u: goto tr842;
		case 125u: goto tr844;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr843;
	goto st0;
tr842:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st595;
st595:
	p += 1;
case 595:
	if ( (*p) == 125u )
		goto st596;
	goto st0;
tr844:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st596;
st596:
	p += 1;
case 596:
	if ( (*p) == 13u )
		goto st597;
	goto st0;
st597:
	p += 1;
case 597:
	if ( (*p) == 10u )
		goto tr847;
	goto st0;
tr847:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 598; goto _out;} }
	goto st598;
st598:
	p += 1;
case 598:
	if ( (*p) == 32u )
		goto tr848;
	goto st0;
tr840:
	{ IMW_EV_CLOSE(IMW_RULE_ID_VALUE); }
	{ IMW_EV_CLOSE(IMW_RULE_ID_PARAM); }
	goto st599;
tr860:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ID_VALUE); }
	{ IMW_EV_CLOSE(IMW_RULE_ID_PARAM); }
	goto st599;
st599:
	p += 1;
case 599:
	if ( (*p) == 13u )
		goto tr849;
	goto st0;
tr838:
	{ {p = (( IMW_SKIP_TO(600)))-1;} }
	goto st600;
st600:
	p += 1;
case 600:
	switch( (*p) ) {
		case 34u: goto tr836;
		case 92u: goto tr836;
	}
	goto st0;
tr834:
	{ IMW_EV_OPEN(IMW_RULE_ID_VALUE); }
	goto st601;
st601:
	p += 1;
case 601:
	switch( (*p) ) {
		case 73u: goto st602;
		case 105u: goto st602;
	}
	goto st0;
st602:
	p += 1;
case 602:
	switch( (*p) ) {
		case 76u: goto st591;
		case 108u: goto st591;
	}
	goto st0;
tr835:
	{ IMW_EV_OPEN(IMW_RULE_ID_VALUE); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st603;
st603:
	p += 1;
case 603:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr852;
	goto st0;
tr854:
	{ {p = (( IMW_SKIP_TO(604)))-1;} }
	goto st604;
tr852:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(604)))-1;} }
	goto st604;
st604:
	p += 1;
case 604:
	switch( (*p) ) {
		case 43u: goto tr853;
		case 125u: goto tr855;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr854;
	goto st0;
tr853:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st605;
st605:
	p += 1;
case 605:
	if ( (*p) == 125u )
		goto st606;
	goto st0;
tr855:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st606;
st606:
	p += 1;
case 606:
	if ( (*p) == 13u )
		goto st607;
	goto st0;
st607:
	p += 1;
case 607:
	if ( (*p) == 10u )
		goto tr858;
	goto st0;
tr858:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 608; goto _out;} }
	goto st608;
st608:
	p += 1;
case 608:
	switch( (*p) ) {
		case 32u: goto tr859;
		case 41u: goto tr860;
	}
	goto st0;
tr831:
	{ {p = (( IMW_SKIP_TO(609)))-1;} }
	goto st609;
st609:
	p += 1;
case 609:
	switch( (*p) ) {
		case 34u: goto tr829;
		case 92u: goto tr829;
	}
	goto st0;
tr825:
	{ IMW_EV_OPEN(IMW_RULE_ID_PARAMS_LIST); }
	goto st610;
st610:
	p += 1;
case 610:
	switch( (*p) ) {
		case 73u: goto st611;
		case 105u: goto st611;
	}
	goto st0;
st611:
	p += 1;
case 611:
	switch( (*p) ) {
		case 76u: goto st599;
		case 108u: goto st599;
	}
	goto st0;
tr10:
	{ IMW_NAME_OPEN(IMW_RULE_LIST); }
	{ IMW_NAME_OPEN(IMW_RULE_LOGIN); }
	goto st612;
st612:
	p += 1;
case 612:
	switch( (*p) ) {
		case 73u: goto st613;
		case 79u: goto st699;
		case 83u: goto st727;
		case 105u: goto st613;
		case 111u: goto st699;
		case 115u: goto st727;
	}
	goto st0;
st613:
	p += 1;
case 613:
	switch( (*p) ) {
		case 83u: goto st614;
		case 115u: goto st614;
	}
	goto st0;
st614:
	p += 1;
case 614:
	switch( (*p) ) {
		case 84u: goto st615;
		case 116u: goto st615;
	}
	goto st0;
st615:
	p += 1;
case 615:
	switch( (*p) ) {
		case 32u: goto st616;
		case 82u: goto st694;
		case 114u: goto st694;
	}
	goto st0;
st616:
	p += 1;
case 616:
	switch( (*p) ) {
		case 34u: goto tr870;
		case 40u: goto st669;
		case 123u: goto tr872;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr869;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr869;
		} else if ( (*p) >= 43u )
			goto tr869;
	} else
		goto tr869;
	goto st0;
tr874:
	{ {p = (( IMW_SKIP_TO(617)))-1;} }
	goto st617;
tr869:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(617)))-1;} }
	goto st617;
st617:
	p += 1;
case 617:
	switch( (*p) ) {
		case 32u: goto tr873;
		case 33u: goto tr874;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr874;
		} else if ( (*p) >= 35u )
			goto tr874;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr874;
		} else if ( (*p) >= 93u )
			goto tr874;
	} else
		goto tr874;
	goto st0;
tr873:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st618;
tr963:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st618;
st618:
	p += 1;
case 618:
	switch( (*p) ) {
		case 34u: goto tr876;
		case 40u: goto st649;
		case 123u: goto tr878;
	}
	if ( (*p) < 42u ) {
		if ( 33u <= (*p) && (*p) <= 39u )
			goto st619;
	} else if ( (*p) > 91u ) {
		if ( 93u <= (*p) && (*p) <= 126u )
			goto st619;
	} else
		goto st619;
	goto st0;
st619:
	p += 1;
case 619:
	switch( (*p) ) {
		case 13u: goto tr879;
		case 32u: goto st620;
		case 33u: goto st619;
	}
	if ( (*p) < 42u ) {
		if ( 35u <= (*p) && (*p) <= 39u )
			goto st619;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st619;
		} else if ( (*p) >= 93u )
			goto st619;
	} else
		goto st619;
	goto st0;
tr939:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st620;
st620:
	p += 1;
case 620:
	switch( (*p) ) {
		case 82u: goto st621;
		case 114u: goto st621;
	}
	goto st0;
st621:
	p += 1;
case 621:
	switch( (*p) ) {
		case 69u: goto st622;
		case 101u: goto st622;
	}
	goto st0;
st622:
	p += 1;
case 622:
	switch( (*p) ) {
		case 84u: goto st623;
		case 116u: goto st623;
	}
	goto st0;
st623:
	p += 1;
case 623:
	switch( (*p) ) {
		case 85u: goto st624;
		case 117u: goto st624;
	}
	goto st0;
st624:
	p += 1;
case 624:
	switch( (*p) ) {
		case 82u: goto st625;
		case 114u: goto st625;
	}
	goto st0;
st625:
	p += 1;
case 625:
	switch( (*p) ) {
		case 78u: goto st626;
		case 110u: goto st626;
	}
	goto st0;
st626:
	p += 1;
case 626:
	if ( (*p) == 32u )
		goto st627;
	goto st0;
st627:
	p += 1;
case 627:
	if ( (*p) == 40u )
		goto st628;
	goto st0;
st628:
	p += 1;
case 628:
	switch( (*p) ) {
		case 33u: goto tr889;
		case 41u: goto st635;
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
		} else if ( (*p) >= 94u )
			goto tr889;
	} else
		goto tr889;
	goto st0;
tr889:
	{ {p = (( IMW_SKIP_TO(629)))-1;} }
	goto st629;
st629:
	p += 1;
case 629:
	switch( (*p) ) {
		case 32u: goto st630;
		case 33u: goto tr889;
		case 41u: goto st635;
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
		} else if ( (*p) >= 94u )
			goto tr889;
	} else
		goto tr889;
	goto st0;
st630:
	p += 1;
case 630:
	switch( (*p) ) {
		case 33u: goto tr889;
		case 40u: goto st631;
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
		} else if ( (*p) >= 94u )
			goto tr889;
	} else
		goto tr889;
	goto st0;
tr897:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st631;
tr912:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st631;
st631:
	p += 1;
case 631:
	switch( (*p) ) {
		case 34u: goto tr894;
		case 40u: goto tr895;
		case 123u: goto tr896;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr893;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr893;
		} else if ( (*p) >= 43u )
			goto tr893;
	} else
		goto tr893;
	goto st0;
tr898:
	{ {p = (( IMW_SKIP_TO(632)))-1;} }
	goto st632;
tr893:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(632)))-1;} }
	goto st632;
st632:
	p += 1;
case 632:
	switch( (*p) ) {
		case 32u: goto tr897;
		case 33u: goto tr898;
		case 41u: goto tr899;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr898;
		} else if ( (*p) >= 35u )
			goto tr898;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr898;
		} else if ( (*p) >= 93u )
			goto tr898;
	} else
		goto tr898;
	goto st0;
tr899:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st633;
tr913:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st633;
st633:
	p += 1;
case 633:
	switch( (*p) ) {
		case 32u: goto st634;
		case 41u: goto st635;
	}
	goto st0;
st634:
	p += 1;
case 634:
	if ( (*p) == 33u )
		goto tr889;
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
		} else if ( (*p) >= 94u )
			goto tr889;
	} else
		goto tr889;
	goto st0;
st635:
	p += 1;
case 635:
	if ( (*p) == 13u )
		goto tr879;
	goto st0;
tr901:
	{ {p = (( IMW_SKIP_TO(636)))-1;} }
	goto st636;
tr894:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(636)))-1;} }
	goto st636;
st636:
	p += 1;
case 636:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr902;
		case 92u: goto tr903;
	}
	goto tr901;
tr902:
	{ {p = (( IMW_SKIP_TO(637)))-1;} }
	goto st637;
st637:
	p += 1;
case 637:
	switch( (*p) ) {
		case 32u: goto tr897;
		case 41u: goto tr899;
	}
	goto st0;
tr903:
	{ {p = (( IMW_SKIP_TO(638)))-1;} }
	goto st638;
st638:
	p += 1;
case 638:
	switch( (*p) ) {
		case 34u: goto tr901;
		case 92u: goto tr901;
	}
	goto st0;
tr895:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_OPTION_VAL_PAREN)) {p++; cs = 639; goto _out;} {( run->stack)[( run->top)++] = 639;goto st1372;} }
	goto st639;
st639:
	p += 1;
case 639:
	switch( (*p) ) {
		case 32u: goto st631;
		case 41u: goto st633;
	}
	goto st0;
tr896:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(640)))-1;} }
	goto st640;
st640:
	p += 1;
case 640:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr905;
	goto st0;
tr907:
	{ {p = (( IMW_SKIP_TO(641)))-1;} }
	goto st641;
tr905:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(641)))-1;} }
	goto st641;
st641:
	p += 1;
case 641:
	switch( (*p) ) {
		case 43u: goto tr906;
		case 125u: goto tr908;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr907;
	goto st0;
tr906:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(642)))-1;} }
	goto st642;
st642:
	p += 1;
case 642:
	if ( (*p) == 125u )
		goto tr909;
	goto st0;
tr909:
	{ {p = (( IMW_SKIP_TO(643)))-1;} }
	goto st643;
tr908:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(643)))-1;} }
	goto st643;
st643:
	p += 1;
case 643:
	if ( (*p) == 13u )
		goto tr910;
	goto st0;
tr910:
	{ {p = (( IMW_SKIP_TO(644)))-1;} }
	goto st644;
st644:
	p += 1;
case 644:
	if ( (*p) == 10u )
		goto tr911;
	goto st0;
tr911:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(645)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 645; goto _out;} }
	goto st645;
st645:
	p += 1;
case 645:
	switch( (*p) ) {
		case 32u: goto tr912;
		case 41u: goto tr913;
	}
	goto st0;
tr876:
	{ {p = (( IMW_SKIP_TO(646)))-1;} }
	goto st646;
st646:
	p += 1;
case 646:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr914;
		case 92u: goto tr915;
	}
	goto tr876;
tr914:
	{ {p = (( IMW_SKIP_TO(647)))-1;} }
	goto st647;
tr930:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st647;
st647:
	p += 1;
case 647:
	switch( (*p) ) {
		case 13u: goto tr879;
		case 32u: goto st620;
	}
	goto st0;
tr915:
	{ {p = (( IMW_SKIP_TO(648)))-1;} }
	goto st648;
st648:
	p += 1;
case 648:
	switch( (*p) ) {
		case 34u: goto tr876;
		case 92u: goto tr876;
	}
	goto st0;
tr929:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	goto st649;
st649:
	p += 1;
case 649:
	switch( (*p) ) {
		case 34u: goto tr917;
		case 123u: goto tr918;
	}
	if ( (*p) < 42u ) {
		if ( 33u <= (*p) && (*p) <= 39u )
			goto st650;
	} else if ( (*p) > 91u ) {
		if ( 93u <= (*p) && (*p) <= 126u )
			goto st650;
	} else
		goto st650;
	goto st0;
st650:
	p += 1;
case 650:
	switch( (*p) ) {
		case 32u: goto st649;
		case 33u: goto st650;
		case 41u: goto st647;
	}
	if ( (*p) < 42u ) {
		if ( 35u <= (*p) && (*p) <= 39u )
			goto st650;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st650;
		} else if ( (*p) >= 93u )
			goto st650;
	} else
		goto st650;
	goto st0;
tr917:
	{ {p = (( IMW_SKIP_TO(651)))-1;} }
	goto st651;
st651:
	p += 1;
case 651:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr920;
		case 92u: goto tr921;
	}
	goto tr917;
tr920:
	{ {p = (( IMW_SKIP_TO(652)))-1;} }
	goto st652;
st652:
	p += 1;
case 652:
	switch( (*p) ) {
		case 32u: goto st649;
		case 41u: goto st647;
	}
	goto st0;
tr921:
	{ {p = (( IMW_SKIP_TO(653)))-1;} }
	goto st653;
st653:
	p += 1;
case 653:
	switch( (*p) ) {
		case 34u: goto tr917;
		case 92u: goto tr917;
	}
	goto st0;
tr918:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st654;
st654:
	p += 1;
case 654:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr922;
	goto st0;
tr924:
	{ {p = (( IMW_SKIP_TO(655)))-1;} }
	goto st655;
tr922:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(655)))-1;} }
	goto st655;
st655:
	p += 1;
case 655:
	switch( (*p) ) {
		case 43u: goto tr923;
		case 125u: goto tr925;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr924;
	goto st0;
tr923:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st656;
st656:
	p += 1;
case 656:
	if ( (*p) == 125u )
		goto st657;
	goto st0;
tr925:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st657;
st657:
	p += 1;
case 657:
	if ( (*p) == 13u )
		goto st658;
	goto st0;
st658:
	p += 1;
case 658:
	if ( (*p) == 10u )
		goto tr928;
	goto st0;
tr928:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 659; goto _out;} }
	goto st659;
st659:
	p += 1;
case 659:
	switch( (*p) ) {
		case 32u: goto tr929;
		case 41u: goto tr930;
	}
	goto st0;
tr878:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st660;
st660:
	p += 1;
case 660:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr931;
	goto st0;
tr933:
	{ {p = (( IMW_SKIP_TO(661)))-1;} }
	goto st661;
tr931:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(661)))-1;} }
	goto st661;
st661:
	p += 1;
case 661:
	switch( (*p) ) {
		case 43u: goto tr932;
		case 125u: goto tr934;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr933;
	goto st0;
tr932:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st662;
st662:
	p += 1;
case 662:
	if ( (*p) == 125u )
		goto st663;
	goto st0;
tr934:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st663;
st663:
	p += 1;
case 663:
	if ( (*p) == 13u )
		goto st664;
	goto st0;
st664:
	p += 1;
case 664:
	if ( (*p) == 10u )
		goto tr937;
	goto st0;
tr937:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 665; goto _out;} }
	goto st665;
st665:
	p += 1;
case 665:
	switch( (*p) ) {
		case 13u: goto tr938;
		case 32u: goto tr939;
	}
	goto st0;
tr940:
	{ {p = (( IMW_SKIP_TO(666)))-1;} }
	goto st666;
tr870:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(666)))-1;} }
	goto st666;
st666:
	p += 1;
case 666:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr941;
		case 92u: goto tr942;
	}
	goto tr940;
tr941:
	{ {p = (( IMW_SKIP_TO(667)))-1;} }
	goto st667;
st667:
	p += 1;
case 667:
	if ( (*p) == 32u )
		goto tr873;
	goto st0;
tr942:
	{ {p = (( IMW_SKIP_TO(668)))-1;} }
	goto st668;
st668:
	p += 1;
case 668:
	switch( (*p) ) {
		case 34u: goto tr940;
		case 92u: goto tr940;
	}
	goto st0;
st669:
	p += 1;
case 669:
	switch( (*p) ) {
		case 33u: goto tr943;
		case 41u: goto st676;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr943;
		} else if ( (*p) >= 35u )
			goto tr943;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr943;
		} else if ( (*p) >= 94u )
			goto tr943;
	} else
		goto tr943;
	goto st0;
tr943:
	{ {p = (( IMW_SKIP_TO(670)))-1;} }
	goto st670;
st670:
	p += 1;
case 670:
	switch( (*p) ) {
		case 32u: goto st671;
		case 33u: goto tr943;
		case 41u: goto st676;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr943;
		} else if ( (*p) >= 35u )
			goto tr943;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr943;
		} else if ( (*p) >= 94u )
			goto tr943;
	} else
		goto tr943;
	goto st0;
st671:
	p += 1;
case 671:
	switch( (*p) ) {
		case 33u: goto tr943;
		case 40u: goto st672;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr943;
		} else if ( (*p) >= 35u )
			goto tr943;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr943;
		} else if ( (*p) >= 94u )
			goto tr943;
	} else
		goto tr943;
	goto st0;
tr951:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st672;
tr975:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st672;
st672:
	p += 1;
case 672:
	switch( (*p) ) {
		case 34u: goto tr948;
		case 40u: goto tr949;
		case 123u: goto tr950;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr947;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr947;
		} else if ( (*p) >= 43u )
			goto tr947;
	} else
		goto tr947;
	goto st0;
tr952:
	{ {p = (( IMW_SKIP_TO(673)))-1;} }
	goto st673;
tr947:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(673)))-1;} }
	goto st673;
st673:
	p += 1;
case 673:
	switch( (*p) ) {
		case 32u: goto tr951;
		case 33u: goto tr952;
		case 41u: goto tr953;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr952;
		} else if ( (*p) >= 35u )
			goto tr952;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr952;
		} else if ( (*p) >= 93u )
			goto tr952;
	} else
		goto tr952;
	goto st0;
tr953:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st674;
tr976:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st674;
st674:
	p += 1;
case 674:
	switch( (*p) ) {
		case 32u: goto st675;
		case 41u: goto st676;
	}
	goto st0;
st675:
	p += 1;
case 675:
	if ( (*p) == 33u )
		goto tr943;
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr943;
		} else if ( (*p) >= 35u )
			goto tr943;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr943;
		} else if ( (*p) >= 94u )
			goto tr943;
	} else
		goto tr943;
	goto st0;
st676:
	p += 1;
case 676:
	if ( (*p) == 32u )
		goto st677;
	goto st0;
st677:
	p += 1;
case 677:
	switch( (*p) ) {
		case 34u: goto tr870;
		case 123u: goto tr872;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr869;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr869;
		} else if ( (*p) >= 43u )
			goto tr869;
	} else
		goto tr869;
	goto st0;
tr872:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(678)))-1;} }
	goto st678;
st678:
	p += 1;
case 678:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr956;
	goto st0;
tr958:
	{ {p = (( IMW_SKIP_TO(679)))-1;} }
	goto st679;
tr956:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(679)))-1;} }
	goto st679;
st679:
	p += 1;
case 679:
	switch( (*p) ) {
		case 43u: goto tr957;
		case 125u: goto tr959;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr958;
	goto st0;
tr957:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(680)))-1;} }
	goto st680;
st680:
	p += 1;
case 680:
	if ( (*p) == 125u )
		goto tr960;
	goto st0;
tr960:
	{ {p = (( IMW_SKIP_TO(681)))-1;} }
	goto st681;
tr959:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(681)))-1;} }
	goto st681;
st681:
	p += 1;
case 681:
	if ( (*p) == 13u )
		goto tr961;
	goto st0;
tr961:
	{ {p = (( IMW_SKIP_TO(682)))-1;} }
	goto st682;
st682:
	p += 1;
case 682:
	if ( (*p) == 10u )
		goto tr962;
	goto st0;
tr962:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(683)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 683; goto _out;} }
	goto st683;
st683:
	p += 1;
case 683:
	if ( (*p) == 32u )
		goto tr963;
	goto st0;
tr964:
	{ {p = (( IMW_SKIP_TO(684)))-1;} }
	goto st684;
tr948:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(684)))-1;} }
	goto st684;
st684:
	p += 1;
case 684:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr965;
		case 92u: goto tr966;
	}
	goto tr964;
tr965:
	{ {p = (( IMW_SKIP_TO(685)))-1;} }
	goto st685;
st685:
	p += 1;
case 685:
	switch( (*p) ) {
		case 32u: goto tr951;
		case 41u: goto tr953;
	}
	goto st0;
tr966:
	{ {p = (( IMW_SKIP_TO(686)))-1;} }
	goto st686;
st686:
	p += 1;
case 686:
	switch( (*p) ) {
		case 34u: goto tr964;
		case 92u: goto tr964;
	}
	goto st0;
tr949:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_OPTION_VAL_PAREN)) {p++; cs = 687; goto _out;} {( run->stack)[( run->top)++] = 687;goto st1372;} }
	goto st687;
st687:
	p += 1;
case 687:
	switch( (*p) ) {
		case 32u: goto st672;
		case 41u: goto st674;
	}
	goto st0;
tr950:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(688)))-1;} }
	goto st688;
st688:
	p += 1;
case 688:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr968;
	goto st0;
tr970:
	{ {p = (( IMW_SKIP_TO(689)))-1;} }
	goto st689;
tr968:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(689)))-1;} }
	goto st689;
st689:
	p += 1;
case 689:
	switch( (*p) ) {
		case 43u: goto tr969;
		case 125u: goto tr971;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr970;
	goto st0;
tr969:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(690)))-1;} }
	goto st690;
st690:
	p += 1;
case 690:
	if ( (*p) == 125u )
		goto tr972;
	goto st0;
tr972:
	{ {p = (( IMW_SKIP_TO(691)))-1;} }
	goto st691;
tr971:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(691)))-1;} }
	goto st691;
st691:
	p += 1;
case 691:
	if ( (*p) == 13u )
		goto tr973;
	goto st0;
tr973:
	{ {p = (( IMW_SKIP_TO(692)))-1;} }
	goto st692;
st692:
	p += 1;
case 692:
	if ( (*p) == 10u )
		goto tr974;
	goto st0;
tr974:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(693)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 693; goto _out;} }
	goto st693;
st693:
	p += 1;
case 693:
	switch( (*p) ) {
		case 32u: goto tr975;
		case 41u: goto tr976;
	}
	goto st0;
st694:
	p += 1;
case 694:
	switch( (*p) ) {
		case 73u: goto st695;
		case 105u: goto st695;
	}
	goto st0;
st695:
	p += 1;
case 695:
	switch( (*p) ) {
		case 71u: goto st696;
		case 103u: goto st696;
	}
	goto st0;
st696:
	p += 1;
case 696:
	switch( (*p) ) {
		case 72u: goto st697;
		case 104u: goto st697;
	}
	goto st0;
st697:
	p += 1;
case 697:
	switch( (*p) ) {
		case 84u: goto st698;
		case 116u: goto st698;
	}
	goto st0;
st698:
	p += 1;
case 698:
	switch( (*p) ) {
		case 83u: goto st276;
		case 115u: goto st276;
	}
	goto st0;
st699:
	p += 1;
case 699:
	switch( (*p) ) {
		case 71u: goto st700;
		case 103u: goto st700;
	}
	goto st0;
st700:
	p += 1;
case 700:
	switch( (*p) ) {
		case 73u: goto st701;
		case 79u: goto st725;
		case 105u: goto st701;
		case 111u: goto st725;
	}
	goto st0;
st701:
	p += 1;
case 701:
	switch( (*p) ) {
		case 78u: goto st702;
		case 110u: goto st702;
	}
	goto st0;
st702:
	p += 1;
case 702:
	if ( (*p) == 32u )
		goto st703;
	goto st0;
st703:
	p += 1;
case 703:
	switch( (*p) ) {
		case 34u: goto tr987;
		case 123u: goto tr988;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr986;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr986;
		} else if ( (*p) >= 43u )
			goto tr986;
	} else
		goto tr986;
	goto st0;
tr990:
	{ {p = (( IMW_SKIP_TO(704)))-1;} }
	goto st704;
tr986:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(704)))-1;} }
	goto st704;
st704:
	p += 1;
case 704:
	switch( (*p) ) {
		case 32u: goto tr989;
		case 33u: goto tr990;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr990;
		} else if ( (*p) >= 35u )
			goto tr990;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr990;
		} else if ( (*p) >= 93u )
			goto tr990;
	} else
		goto tr990;
	goto st0;
tr989:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st705;
tr1017:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st705;
st705:
	p += 1;
case 705:
	switch( (*p) ) {
		case 34u: goto tr992;
		case 123u: goto tr993;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr991;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr991;
		} else if ( (*p) >= 43u )
			goto tr991;
	} else
		goto tr991;
	goto st0;
tr995:
	{ {p = (( IMW_SKIP_TO(706)))-1;} }
	goto st706;
tr991:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(706)))-1;} }
	goto st706;
st706:
	p += 1;
case 706:
	switch( (*p) ) {
		case 13u: goto tr994;
		case 33u: goto tr995;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr995;
		} else if ( (*p) >= 35u )
			goto tr995;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr995;
		} else if ( (*p) >= 93u )
			goto tr995;
	} else
		goto tr995;
	goto st0;
tr996:
	{ {p = (( IMW_SKIP_TO(707)))-1;} }
	goto st707;
tr992:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(707)))-1;} }
	goto st707;
st707:
	p += 1;
case 707:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr997;
		case 92u: goto tr998;
	}
	goto tr996;
tr997:
	{ {p = (( IMW_SKIP_TO(708)))-1;} }
	goto st708;
st708:
	p += 1;
case 708:
	if ( (*p) == 13u )
		goto tr994;
	goto st0;
tr998:
	{ {p = (( IMW_SKIP_TO(709)))-1;} }
	goto st709;
st709:
	p += 1;
case 709:
	switch( (*p) ) {
		case 34u: goto tr996;
		case 92u: goto tr996;
	}
	goto st0;
tr993:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(710)))-1;} }
	goto st710;
st710:
	p += 1;
case 710:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr999;
	goto st0;
tr1001:
	{ {p = (( IMW_SKIP_TO(711)))-1;} }
	goto st711;
tr999:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(711)))-1;} }
	goto st711;
st711:
	p += 1;
case 711:
	switch( (*p) ) {
		case 43u: goto tr1000;
		case 125u: goto tr1002;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1001;
	goto st0;
tr1000:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(712)))-1;} }
	goto st712;
st712:
	p += 1;
case 712:
	if ( (*p) == 125u )
		goto tr1003;
	goto st0;
tr1003:
	{ {p = (( IMW_SKIP_TO(713)))-1;} }
	goto st713;
tr1002:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(713)))-1;} }
	goto st713;
st713:
	p += 1;
case 713:
	if ( (*p) == 13u )
		goto tr1004;
	goto st0;
tr1004:
	{ {p = (( IMW_SKIP_TO(714)))-1;} }
	goto st714;
st714:
	p += 1;
case 714:
	if ( (*p) == 10u )
		goto tr1005;
	goto st0;
tr1005:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(715)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 715; goto _out;} }
	goto st715;
st715:
	p += 1;
case 715:
	if ( (*p) == 13u )
		goto tr1006;
	goto st0;
tr1007:
	{ {p = (( IMW_SKIP_TO(716)))-1;} }
	goto st716;
tr987:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(716)))-1;} }
	goto st716;
st716:
	p += 1;
case 716:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1008;
		case 92u: goto tr1009;
	}
	goto tr1007;
tr1008:
	{ {p = (( IMW_SKIP_TO(717)))-1;} }
	goto st717;
st717:
	p += 1;
case 717:
	if ( (*p) == 32u )
		goto tr989;
	goto st0;
tr1009:
	{ {p = (( IMW_SKIP_TO(718)))-1;} }
	goto st718;
st718:
	p += 1;
case 718:
	switch( (*p) ) {
		case 34u: goto tr1007;
		case 92u: goto tr1007;
	}
	goto st0;
tr988:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(719)))-1;} }
	goto st719;
st719:
	p += 1;
case 719:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1010;
	goto st0;
tr1012:
	{ {p = (( IMW_SKIP_TO(720)))-1;} }
	goto st720;
tr1010:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(720)))-1;} }
	goto st720;
st720:
	p += 1;
case 720:
	switch( (*p) ) {
		case 43u: goto tr1011;
		case 125u: goto tr1013;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1012;
	goto st0;
tr1011:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(721)))-1;} }
	goto st721;
st721:
	p += 1;
case 721:
	if ( (*p) == 125u )
		goto tr1014;
	goto st0;
tr1014:
	{ {p = (( IMW_SKIP_TO(722)))-1;} }
	goto st722;
tr1013:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(722)))-1;} }
	goto st722;
st722:
	p += 1;
case 722:
	if ( (*p) == 13u )
		goto tr1015;
	goto st0;
tr1015:
	{ {p = (( IMW_SKIP_TO(723)))-1;} }
	goto st723;
st723:
	p += 1;
case 723:
	if ( (*p) == 10u )
		goto tr1016;
	goto st0;
tr1016:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(724)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 724; goto _out;} }
	goto st724;
st724:
	p += 1;
case 724:
	if ( (*p) == 32u )
		goto tr1017;
	goto st0;
st725:
	p += 1;
case 725:
	switch( (*p) ) {
		case 85u: goto st726;
		case 117u: goto st726;
	}
	goto st0;
st726:
	p += 1;
case 726:
	switch( (*p) ) {
		case 84u: goto st163;
		case 116u: goto st163;
	}
	goto st0;
st727:
	p += 1;
case 727:
	switch( (*p) ) {
		case 85u: goto st728;
		case 117u: goto st728;
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
	if ( (*p) == 32u )
		goto st730;
	goto st0;
st730:
	p += 1;
case 730:
	switch( (*p) ) {
		case 34u: goto tr1023;
		case 123u: goto tr1024;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1022;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1022;
		} else if ( (*p) >= 43u )
			goto tr1022;
	} else
		goto tr1022;
	goto st0;
tr1026:
	{ {p = (( IMW_SKIP_TO(731)))-1;} }
	goto st731;
tr1022:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(731)))-1;} }
	goto st731;
st731:
	p += 1;
case 731:
	switch( (*p) ) {
		case 32u: goto tr1025;
		case 33u: goto tr1026;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1026;
		} else if ( (*p) >= 35u )
			goto tr1026;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1026;
		} else if ( (*p) >= 93u )
			goto tr1026;
	} else
		goto tr1026;
	goto st0;
tr1025:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st732;
tr1050:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st732;
st732:
	p += 1;
case 732:
	switch( (*p) ) {
		case 34u: goto tr1028;
		case 123u: goto tr1029;
	}
	if ( (*p) < 42u ) {
		if ( 33u <= (*p) && (*p) <= 39u )
			goto st733;
	} else if ( (*p) > 91u ) {
		if ( 93u <= (*p) && (*p) <= 126u )
			goto st733;
	} else
		goto st733;
	goto st0;
st733:
	p += 1;
case 733:
	switch( (*p) ) {
		case 13u: goto st45;
		case 33u: goto st733;
	}
	if ( (*p) < 42u ) {
		if ( 35u <= (*p) && (*p) <= 39u )
			goto st733;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st733;
		} else if ( (*p) >= 93u )
			goto st733;
	} else
		goto st733;
	goto st0;
tr1028:
	{ {p = (( IMW_SKIP_TO(734)))-1;} }
	goto st734;
st734:
	p += 1;
case 734:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1030;
		case 92u: goto tr1031;
	}
	goto tr1028;
tr1031:
	{ {p = (( IMW_SKIP_TO(735)))-1;} }
	goto st735;
st735:
	p += 1;
case 735:
	switch( (*p) ) {
		case 34u: goto tr1028;
		case 92u: goto tr1028;
	}
	goto st0;
tr1029:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st736;
st736:
	p += 1;
case 736:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1032;
	goto st0;
tr1034:
	{ {p = (( IMW_SKIP_TO(737)))-1;} }
	goto st737;
tr1032:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(737)))-1;} }
	goto st737;
st737:
	p += 1;
case 737:
	switch( (*p) ) {
		case 43u: goto tr1033;
		case 125u: goto tr1035;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1034;
	goto st0;
tr1033:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st738;
st738:
	p += 1;
case 738:
	if ( (*p) == 125u )
		goto st739;
	goto st0;
tr1035:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st739;
st739:
	p += 1;
case 739:
	if ( (*p) == 13u )
		goto st740;
	goto st0;
st740:
	p += 1;
case 740:
	if ( (*p) == 10u )
		goto tr1038;
	goto st0;
tr1038:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 741; goto _out;} }
	goto st741;
st741:
	p += 1;
case 741:
	if ( (*p) == 13u )
		goto tr1039;
	goto st0;
tr1040:
	{ {p = (( IMW_SKIP_TO(742)))-1;} }
	goto st742;
tr1023:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(742)))-1;} }
	goto st742;
st742:
	p += 1;
case 742:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1041;
		case 92u: goto tr1042;
	}
	goto tr1040;
tr1041:
	{ {p = (( IMW_SKIP_TO(743)))-1;} }
	goto st743;
st743:
	p += 1;
case 743:
	if ( (*p) == 32u )
		goto tr1025;
	goto st0;
tr1042:
	{ {p = (( IMW_SKIP_TO(744)))-1;} }
	goto st744;
st744:
	p += 1;
case 744:
	switch( (*p) ) {
		case 34u: goto tr1040;
		case 92u: goto tr1040;
	}
	goto st0;
tr1024:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(745)))-1;} }
	goto st745;
st745:
	p += 1;
case 745:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1043;
	goto st0;
tr1045:
	{ {p = (( IMW_SKIP_TO(746)))-1;} }
	goto st746;
tr1043:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(746)))-1;} }
	goto st746;
st746:
	p += 1;
case 746:
	switch( (*p) ) {
		case 43u: goto tr1044;
		case 125u: goto tr1046;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1045;
	goto st0;
tr1044:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(747)))-1;} }
	goto st747;
st747:
	p += 1;
case 747:
	if ( (*p) == 125u )
		goto tr1047;
	goto st0;
tr1047:
	{ {p = (( IMW_SKIP_TO(748)))-1;} }
	goto st748;
tr1046:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(748)))-1;} }
	goto st748;
st748:
	p += 1;
case 748:
	if ( (*p) == 13u )
		goto tr1048;
	goto st0;
tr1048:
	{ {p = (( IMW_SKIP_TO(749)))-1;} }
	goto st749;
st749:
	p += 1;
case 749:
	if ( (*p) == 10u )
		goto tr1049;
	goto st0;
tr1049:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(750)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 750; goto _out;} }
	goto st750;
st750:
	p += 1;
case 750:
	if ( (*p) == 32u )
		goto tr1050;
	goto st0;
tr11:
	{ IMW_NAME_OPEN(IMW_RULE_MOVE); }
	goto st751;
st751:
	p += 1;
case 751:
	switch( (*p) ) {
		case 79u: goto st752;
		case 89u: goto st774;
		case 111u: goto st752;
		case 121u: goto st774;
	}
	goto st0;
st752:
	p += 1;
case 752:
	switch( (*p) ) {
		case 86u: goto st753;
		case 118u: goto st753;
	}
	goto st0;
st753:
	p += 1;
case 753:
	switch( (*p) ) {
		case 69u: goto st754;
		case 101u: goto st754;
	}
	goto st0;
st754:
	p += 1;
case 754:
	if ( (*p) == 32u )
		goto st755;
	goto st0;
st755:
	p += 1;
case 755:
	switch( (*p) ) {
		case 36u: goto tr1056;
		case 42u: goto tr1057;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1058;
	goto st0;
tr1056:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st756;
st756:
	p += 1;
case 756:
	if ( (*p) == 32u )
		goto tr1059;
	goto st0;
tr1059:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	goto st757;
st757:
	p += 1;
case 757:
	switch( (*p) ) {
		case 34u: goto tr1061;
		case 123u: goto tr1062;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1060;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1060;
		} else if ( (*p) >= 43u )
			goto tr1060;
	} else
		goto tr1060;
	goto st0;
tr1064:
	{ {p = (( IMW_SKIP_TO(758)))-1;} }
	goto st758;
tr1060:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(758)))-1;} }
	goto st758;
st758:
	p += 1;
case 758:
	switch( (*p) ) {
		case 13u: goto tr1063;
		case 33u: goto tr1064;
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
		} else if ( (*p) >= 93u )
			goto tr1064;
	} else
		goto tr1064;
	goto st0;
tr1065:
	{ {p = (( IMW_SKIP_TO(759)))-1;} }
	goto st759;
tr1061:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(759)))-1;} }
	goto st759;
st759:
	p += 1;
case 759:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1066;
		case 92u: goto tr1067;
	}
	goto tr1065;
tr1066:
	{ {p = (( IMW_SKIP_TO(760)))-1;} }
	goto st760;
st760:
	p += 1;
case 760:
	if ( (*p) == 13u )
		goto tr1063;
	goto st0;
tr1067:
	{ {p = (( IMW_SKIP_TO(761)))-1;} }
	goto st761;
st761:
	p += 1;
case 761:
	switch( (*p) ) {
		case 34u: goto tr1065;
		case 92u: goto tr1065;
	}
	goto st0;
tr1062:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(762)))-1;} }
	goto st762;
st762:
	p += 1;
case 762:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1068;
	goto st0;
tr1070:
	{ {p = (( IMW_SKIP_TO(763)))-1;} }
	goto st763;
tr1068:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(763)))-1;} }
	goto st763;
st763:
	p += 1;
case 763:
	switch( (*p) ) {
		case 43u: goto tr1069;
		case 125u: goto tr1071;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1070;
	goto st0;
tr1069:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(764)))-1;} }
	goto st764;
st764:
	p += 1;
case 764:
	if ( (*p) == 125u )
		goto tr1072;
	goto st0;
tr1072:
	{ {p = (( IMW_SKIP_TO(765)))-1;} }
	goto st765;
tr1071:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(765)))-1;} }
	goto st765;
st765:
	p += 1;
case 765:
	if ( (*p) == 13u )
		goto tr1073;
	goto st0;
tr1073:
	{ {p = (( IMW_SKIP_TO(766)))-1;} }
	goto st766;
st766:
	p += 1;
case 766:
	if ( (*p) == 10u )
		goto tr1074;
	goto st0;
tr1074:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(767)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 767; goto _out;} }
	goto st767;
st767:
	p += 1;
case 767:
	if ( (*p) == 13u )
		goto tr1075;
	goto st0;
tr1057:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st768;
st768:
	p += 1;
case 768:
	switch( (*p) ) {
		case 32u: goto tr1059;
		case 44u: goto st769;
		case 58u: goto st771;
	}
	goto st0;
st769:
	p += 1;
case 769:
	if ( (*p) == 42u )
		goto st768;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1079;
	goto st0;
tr1079:
	{ {p = (( IMW_SKIP_TO(770)))-1;} }
	goto st770;
tr1058:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(770)))-1;} }
	goto st770;
st770:
	p += 1;
case 770:
	switch( (*p) ) {
		case 32u: goto tr1059;
		case 44u: goto st769;
		case 58u: goto st771;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1079;
	goto st0;
st771:
	p += 1;
case 771:
	if ( (*p) == 42u )
		goto st772;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1081;
	goto st0;
st772:
	p += 1;
case 772:
	switch( (*p) ) {
		case 32u: goto tr1059;
		case 44u: goto st769;
	}
	goto st0;
tr1081:
	{ {p = (( IMW_SKIP_TO(773)))-1;} }
	goto st773;
st773:
	p += 1;
case 773:
	switch( (*p) ) {
		case 32u: goto tr1059;
		case 44u: goto st769;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1081;
	goto st0;
st774:
	p += 1;
case 774:
	switch( (*p) ) {
		case 82u: goto st775;
		case 114u: goto st775;
	}
	goto st0;
st775:
	p += 1;
case 775:
	switch( (*p) ) {
		case 73u: goto st776;
		case 105u: goto st776;
	}
	goto st0;
st776:
	p += 1;
case 776:
	switch( (*p) ) {
		case 71u: goto st777;
		case 103u: goto st777;
	}
	goto st0;
st777:
	p += 1;
case 777:
	switch( (*p) ) {
		case 72u: goto st778;
		case 104u: goto st778;
	}
	goto st0;
st778:
	p += 1;
case 778:
	switch( (*p) ) {
		case 84u: goto st779;
		case 116u: goto st779;
	}
	goto st0;
st779:
	p += 1;
case 779:
	switch( (*p) ) {
		case 83u: goto st422;
		case 115u: goto st422;
	}
	goto st0;
st780:
	p += 1;
case 780:
	switch( (*p) ) {
		case 65u: goto st781;
		case 79u: goto st787;
		case 97u: goto st781;
		case 111u: goto st787;
	}
	goto st0;
st781:
	p += 1;
case 781:
	switch( (*p) ) {
		case 77u: goto st782;
		case 109u: goto st782;
	}
	goto st0;
st782:
	p += 1;
case 782:
	switch( (*p) ) {
		case 69u: goto st783;
		case 101u: goto st783;
	}
	goto st0;
st783:
	p += 1;
case 783:
	switch( (*p) ) {
		case 83u: goto st784;
		case 115u: goto st784;
	}
	goto st0;
st784:
	p += 1;
case 784:
	switch( (*p) ) {
		case 80u: goto st785;
		case 112u: goto st785;
	}
	goto st0;
st785:
	p += 1;
case 785:
	switch( (*p) ) {
		case 65u: goto st786;
		case 97u: goto st786;
	}
	goto st0;
st786:
	p += 1;
case 786:
	switch( (*p) ) {
		case 67u: goto st169;
		case 99u: goto st169;
	}
	goto st0;
st787:
	p += 1;
case 787:
	switch( (*p) ) {
		case 79u: goto st788;
		case 84u: goto st789;
		case 111u: goto st788;
		case 116u: goto st789;
	}
	goto st0;
st788:
	p += 1;
case 788:
	switch( (*p) ) {
		case 80u: goto st163;
		case 112u: goto st163;
	}
	goto st0;
st789:
	p += 1;
case 789:
	switch( (*p) ) {
		case 73u: goto st790;
		case 105u: goto st790;
	}
	goto st0;
st790:
	p += 1;
case 790:
	switch( (*p) ) {
		case 70u: goto st791;
		case 102u: goto st791;
	}
	goto st0;
st791:
	p += 1;
case 791:
	switch( (*p) ) {
		case 89u: goto st792;
		case 121u: goto st792;
	}
	goto st0;
st792:
	p += 1;
case 792:
	if ( (*p) == 32u )
		goto tr1099;
	goto st0;
tr13:
	{ IMW_NAME_OPEN(IMW_RULE_RENAME); }
	goto st793;
st793:
	p += 1;
case 793:
	switch( (*p) ) {
		case 69u: goto st794;
		case 101u: goto st794;
	}
	goto st0;
st794:
	p += 1;
case 794:
	switch( (*p) ) {
		case 78u: goto st795;
		case 110u: goto st795;
	}
	goto st0;
st795:
	p += 1;
case 795:
	switch( (*p) ) {
		case 65u: goto st796;
		case 97u: goto st796;
	}
	goto st0;
st796:
	p += 1;
case 796:
	switch( (*p) ) {
		case 77u: goto st797;
		case 109u: goto st797;
	}
	goto st0;
st797:
	p += 1;
case 797:
	switch( (*p) ) {
		case 69u: goto st798;
		case 101u: goto st798;
	}
	goto st0;
st798:
	p += 1;
case 798:
	if ( (*p) == 32u )
		goto st799;
	goto st0;
st799:
	p += 1;
case 799:
	switch( (*p) ) {
		case 34u: goto tr1107;
		case 123u: goto tr1108;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1106;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1106;
		} else if ( (*p) >= 43u )
			goto tr1106;
	} else
		goto tr1106;
	goto st0;
tr1110:
	{ {p = (( IMW_SKIP_TO(800)))-1;} }
	goto st800;
tr1106:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(800)))-1;} }
	goto st800;
st800:
	p += 1;
case 800:
	switch( (*p) ) {
		case 32u: goto tr1109;
		case 33u: goto tr1110;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1110;
		} else if ( (*p) >= 35u )
			goto tr1110;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1110;
		} else if ( (*p) >= 93u )
			goto tr1110;
	} else
		goto tr1110;
	goto st0;
tr1109:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st801;
tr1186:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st801;
st801:
	p += 1;
case 801:
	switch( (*p) ) {
		case 34u: goto tr1112;
		case 123u: goto tr1113;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1111;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1111;
		} else if ( (*p) >= 43u )
			goto tr1111;
	} else
		goto tr1111;
	goto st0;
tr1116:
	{ {p = (( IMW_SKIP_TO(802)))-1;} }
	goto st802;
tr1111:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(802)))-1;} }
	goto st802;
st802:
	p += 1;
case 802:
	switch( (*p) ) {
		case 13u: goto tr1114;
		case 32u: goto tr1115;
		case 33u: goto tr1116;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1116;
		} else if ( (*p) >= 35u )
			goto tr1116;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1116;
		} else if ( (*p) >= 93u )
			goto tr1116;
	} else
		goto tr1116;
	goto st0;
tr1115:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st803;
tr1175:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st803;
st803:
	p += 1;
case 803:
	if ( (*p) == 40u )
		goto st804;
	goto st0;
tr1126:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st804;
tr1140:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st804;
tr1158:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st804;
tr1161:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st804;
st804:
	p += 1;
case 804:
	if ( (*p) == 95u )
		goto st805;
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
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
		case 32u: goto st806;
		case 41u: goto st808;
		case 95u: goto st805;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st805;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st805;
		} else if ( (*p) >= 65u )
			goto st805;
	} else
		goto st805;
	goto st0;
st806:
	p += 1;
case 806:
	switch( (*p) ) {
		case 36u: goto tr1121;
		case 40u: goto tr1122;
		case 42u: goto tr1123;
		case 48u: goto tr1124;
		case 95u: goto st805;
	}
	if ( (*p) < 49u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st805;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st805;
		} else if ( (*p) >= 65u )
			goto st805;
	} else
		goto tr1125;
	goto st0;
tr1121:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st807;
st807:
	p += 1;
case 807:
	switch( (*p) ) {
		case 32u: goto tr1126;
		case 41u: goto tr1127;
	}
	goto st0;
tr1127:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st808;
tr1141:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st808;
tr1159:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st808;
tr1162:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st808;
st808:
	p += 1;
case 808:
	if ( (*p) == 13u )
		goto tr1128;
	goto st0;
tr1122:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	goto st809;
st809:
	p += 1;
case 809:
	switch( (*p) ) {
		case 34u: goto tr1130;
		case 40u: goto tr1131;
		case 41u: goto st814;
		case 123u: goto tr1133;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1129;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1129;
		} else if ( (*p) >= 43u )
			goto tr1129;
	} else
		goto tr1129;
	goto st0;
tr1135:
	{ {p = (( IMW_SKIP_TO(810)))-1;} }
	goto st810;
tr1129:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(810)))-1;} }
	goto st810;
st810:
	p += 1;
case 810:
	switch( (*p) ) {
		case 32u: goto tr1134;
		case 33u: goto tr1135;
		case 41u: goto tr1136;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1135;
		} else if ( (*p) >= 35u )
			goto tr1135;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1135;
		} else if ( (*p) >= 93u )
			goto tr1135;
	} else
		goto tr1135;
	goto st0;
tr1134:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st811;
tr1150:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st811;
st811:
	p += 1;
case 811:
	switch( (*p) ) {
		case 34u: goto tr1130;
		case 40u: goto tr1131;
		case 123u: goto tr1133;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1129;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1129;
		} else if ( (*p) >= 43u )
			goto tr1129;
	} else
		goto tr1129;
	goto st0;
tr1137:
	{ {p = (( IMW_SKIP_TO(812)))-1;} }
	goto st812;
tr1130:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(812)))-1;} }
	goto st812;
st812:
	p += 1;
case 812:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1138;
		case 92u: goto tr1139;
	}
	goto tr1137;
tr1138:
	{ {p = (( IMW_SKIP_TO(813)))-1;} }
	goto st813;
st813:
	p += 1;
case 813:
	switch( (*p) ) {
		case 32u: goto tr1134;
		case 41u: goto tr1136;
	}
	goto st0;
tr1136:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st814;
tr1151:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st814;
st814:
	p += 1;
case 814:
	switch( (*p) ) {
		case 32u: goto tr1140;
		case 41u: goto tr1141;
	}
	goto st0;
tr1139:
	{ {p = (( IMW_SKIP_TO(815)))-1;} }
	goto st815;
st815:
	p += 1;
case 815:
	switch( (*p) ) {
		case 34u: goto tr1137;
		case 92u: goto tr1137;
	}
	goto st0;
tr1131:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_TAGGED_EXT_PAREN)) {p++; cs = 816; goto _out;} {( run->stack)[( run->top)++] = 816;goto st1359;} }
	goto st816;
st816:
	p += 1;
case 816:
	switch( (*p) ) {
		case 32u: goto st811;
		case 41u: goto st814;
	}
	goto st0;
tr1133:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(817)))-1;} }
	goto st817;
st817:
	p += 1;
case 817:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1143;
	goto st0;
tr1145:
	{ {p = (( IMW_SKIP_TO(818)))-1;} }
	goto st818;
tr1143:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(818)))-1;} }
	goto st818;
st818:
	p += 1;
case 818:
	switch( (*p) ) {
		case 43u: goto tr1144;
		case 125u: goto tr1146;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1145;
	goto st0;
tr1144:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(819)))-1;} }
	goto st819;
st819:
	p += 1;
case 819:
	if ( (*p) == 125u )
		goto tr1147;
	goto st0;
tr1147:
	{ {p = (( IMW_SKIP_TO(820)))-1;} }
	goto st820;
tr1146:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(820)))-1;} }
	goto st820;
st820:
	p += 1;
case 820:
	if ( (*p) == 13u )
		goto tr1148;
	goto st0;
tr1148:
	{ {p = (( IMW_SKIP_TO(821)))-1;} }
	goto st821;
st821:
	p += 1;
case 821:
	if ( (*p) == 10u )
		goto tr1149;
	goto st0;
tr1149:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(822)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 822; goto _out;} }
	goto st822;
st822:
	p += 1;
case 822:
	switch( (*p) ) {
		case 32u: goto tr1150;
		case 41u: goto tr1151;
	}
	goto st0;
tr1123:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st823;
st823:
	p += 1;
case 823:
	switch( (*p) ) {
		case 32u: goto tr1126;
		case 41u: goto tr1127;
		case 44u: goto st824;
		case 58u: goto st826;
	}
	goto st0;
st824:
	p += 1;
case 824:
	if ( (*p) == 42u )
		goto st823;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1155;
	goto st0;
tr1155:
	{ {p = (( IMW_SKIP_TO(825)))-1;} }
	goto st825;
st825:
	p += 1;
case 825:
	switch( (*p) ) {
		case 32u: goto tr1126;
		case 41u: goto tr1127;
		case 44u: goto st824;
		case 58u: goto st826;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1155;
	goto st0;
st826:
	p += 1;
case 826:
	if ( (*p) == 42u )
		goto st827;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1157;
	goto st0;
st827:
	p += 1;
case 827:
	switch( (*p) ) {
		case 32u: goto tr1126;
		case 41u: goto tr1127;
		case 44u: goto st824;
	}
	goto st0;
tr1157:
	{ {p = (( IMW_SKIP_TO(828)))-1;} }
	goto st828;
st828:
	p += 1;
case 828:
	switch( (*p) ) {
		case 32u: goto tr1126;
		case 41u: goto tr1127;
		case 44u: goto st824;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1157;
	goto st0;
tr1160:
	{ {p = (( IMW_SKIP_TO(829)))-1;} }
	goto st829;
tr1124:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(829)))-1;} }
	goto st829;
st829:
	p += 1;
case 829:
	switch( (*p) ) {
		case 32u: goto tr1158;
		case 41u: goto tr1159;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1160;
	goto st0;
tr1163:
	{ {p = (( IMW_SKIP_TO(830)))-1;} }
	goto st830;
tr1125:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(830)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	goto st830;
st830:
	p += 1;
case 830:
	switch( (*p) ) {
		case 32u: goto tr1161;
		case 41u: goto tr1162;
		case 44u: goto st824;
		case 58u: goto st826;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1163;
	goto st0;
tr1164:
	{ {p = (( IMW_SKIP_TO(831)))-1;} }
	goto st831;
tr1112:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(831)))-1;} }
	goto st831;
st831:
	p += 1;
case 831:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1165;
		case 92u: goto tr1166;
	}
	goto tr1164;
tr1165:
	{ {p = (( IMW_SKIP_TO(832)))-1;} }
	goto st832;
st832:
	p += 1;
case 832:
	switch( (*p) ) {
		case 13u: goto tr1114;
		case 32u: goto tr1115;
	}
	goto st0;
tr1166:
	{ {p = (( IMW_SKIP_TO(833)))-1;} }
	goto st833;
st833:
	p += 1;
case 833:
	switch( (*p) ) {
		case 34u: goto tr1164;
		case 92u: goto tr1164;
	}
	goto st0;
tr1113:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(834)))-1;} }
	goto st834;
st834:
	p += 1;
case 834:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1167;
	goto st0;
tr1169:
	{ {p = (( IMW_SKIP_TO(835)))-1;} }
	goto st835;
tr1167:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(835)))-1;} }
	goto st835;
st835:
	p += 1;
case 835:
	switch( (*p) ) {
		case 43u: goto tr1168;
		case 125u: goto tr1170;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1169;
	goto st0;
tr1168:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(836)))-1;} }
	goto st836;
st836:
	p += 1;
case 836:
	if ( (*p) == 125u )
		goto tr1171;
	goto st0;
tr1171:
	{ {p = (( IMW_SKIP_TO(837)))-1;} }
	goto st837;
tr1170:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(837)))-1;} }
	goto st837;
st837:
	p += 1;
case 837:
	if ( (*p) == 13u )
		goto tr1172;
	goto st0;
tr1172:
	{ {p = (( IMW_SKIP_TO(838)))-1;} }
	goto st838;
st838:
	p += 1;
case 838:
	if ( (*p) == 10u )
		goto tr1173;
	goto st0;
tr1173:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(839)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 839; goto _out;} }
	goto st839;
st839:
	p += 1;
case 839:
	switch( (*p) ) {
		case 13u: goto tr1174;
		case 32u: goto tr1175;
	}
	goto st0;
tr1176:
	{ {p = (( IMW_SKIP_TO(840)))-1;} }
	goto st840;
tr1107:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(840)))-1;} }
	goto st840;
st840:
	p += 1;
case 840:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1177;
		case 92u: goto tr1178;
	}
	goto tr1176;
tr1177:
	{ {p = (( IMW_SKIP_TO(841)))-1;} }
	goto st841;
st841:
	p += 1;
case 841:
	if ( (*p) == 32u )
		goto tr1109;
	goto st0;
tr1178:
	{ {p = (( IMW_SKIP_TO(842)))-1;} }
	goto st842;
st842:
	p += 1;
case 842:
	switch( (*p) ) {
		case 34u: goto tr1176;
		case 92u: goto tr1176;
	}
	goto st0;
tr1108:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(843)))-1;} }
	goto st843;
st843:
	p += 1;
case 843:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1179;
	goto st0;
tr1181:
	{ {p = (( IMW_SKIP_TO(844)))-1;} }
	goto st844;
tr1179:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(844)))-1;} }
	goto st844;
st844:
	p += 1;
case 844:
	switch( (*p) ) {
		case 43u: goto tr1180;
		case 125u: goto tr1182;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1181;
	goto st0;
tr1180:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(845)))-1;} }
	goto st845;
st845:
	p += 1;
case 845:
	if ( (*p) == 125u )
		goto tr1183;
	goto st0;
tr1183:
	{ {p = (( IMW_SKIP_TO(846)))-1;} }
	goto st846;
tr1182:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(846)))-1;} }
	goto st846;
st846:
	p += 1;
case 846:
	if ( (*p) == 13u )
		goto tr1184;
	goto st0;
tr1184:
	{ {p = (( IMW_SKIP_TO(847)))-1;} }
	goto st847;
st847:
	p += 1;
case 847:
	if ( (*p) == 10u )
		goto tr1185;
	goto st0;
tr1185:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(848)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 848; goto _out;} }
	goto st848;
st848:
	p += 1;
case 848:
	if ( (*p) == 32u )
		goto tr1186;
	goto st0;
tr14:
	{ IMW_NAME_OPEN(IMW_RULE_SELECT); }
	{ IMW_NAME_OPEN(IMW_RULE_STATUS); }
	{ IMW_NAME_OPEN(IMW_RULE_SETACL); }
	{ IMW_NAME_OPEN(IMW_RULE_SETMETADATA); }
	{ IMW_NAME_OPEN(IMW_RULE_STORE); }
	goto st849;
st849:
	p += 1;
case 849:
	switch( (*p) ) {
		case 69u: goto st850;
		case 79u: goto st1053;
		case 84u: goto st1132;
		case 85u: goto st1314;
		case 101u: goto st850;
		case 111u: goto st1053;
		case 116u: goto st1132;
		case 117u: goto st1314;
	}
	goto st0;
st850:
	p += 1;
case 850:
	switch( (*p) ) {
		case 65u: goto st851;
		case 76u: goto st855;
		case 84u: goto st943;
		case 97u: goto st851;
		case 108u: goto st855;
		case 116u: goto st943;
	}
	goto st0;
st851:
	p += 1;
case 851:
	switch( (*p) ) {
		case 82u: goto st852;
		case 114u: goto st852;
	}
	goto st0;
st852:
	p += 1;
case 852:
	switch( (*p) ) {
		case 67u: goto st853;
		case 99u: goto st853;
	}
	goto st0;
st853:
	p += 1;
case 853:
	switch( (*p) ) {
		case 72u: goto st854;
		case 104u: goto st854;
	}
	goto st0;
st854:
	p += 1;
case 854:
	if ( (*p) == 32u )
		goto tr1197;
	goto st0;
st855:
	p += 1;
case 855:
	switch( (*p) ) {
		case 69u: goto st856;
		case 101u: goto st856;
	}
	goto st0;
st856:
	p += 1;
case 856:
	switch( (*p) ) {
		case 67u: goto st857;
		case 99u: goto st857;
	}
	goto st0;
st857:
	p += 1;
case 857:
	switch( (*p) ) {
		case 84u: goto st858;
		case 116u: goto st858;
	}
	goto st0;
st858:
	p += 1;
case 858:
	if ( (*p) == 32u )
		goto st859;
	goto st0;
st859:
	p += 1;
case 859:
	switch( (*p) ) {
		case 34u: goto tr1203;
		case 123u: goto tr1204;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1202;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1202;
		} else if ( (*p) >= 43u )
			goto tr1202;
	} else
		goto tr1202;
	goto st0;
tr1207:
	{ {p = (( IMW_SKIP_TO(860)))-1;} }
	goto st860;
tr1202:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(860)))-1;} }
	goto st860;
st860:
	p += 1;
case 860:
	switch( (*p) ) {
		case 13u: goto tr1205;
		case 32u: goto tr1206;
		case 33u: goto tr1207;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1207;
		} else if ( (*p) >= 35u )
			goto tr1207;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1207;
		} else if ( (*p) >= 93u )
			goto tr1207;
	} else
		goto tr1207;
	goto st0;
tr1206:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st861;
tr1322:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st861;
st861:
	p += 1;
case 861:
	if ( (*p) == 40u )
		goto st862;
	goto st0;
tr1218:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st862;
tr1232:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st862;
tr1250:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st862;
tr1253:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st862;
st862:
	p += 1;
case 862:
	switch( (*p) ) {
		case 81u: goto st889;
		case 95u: goto st863;
		case 113u: goto st889;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
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
		case 32u: goto st864;
		case 41u: goto st866;
		case 95u: goto st863;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st863;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st863;
		} else if ( (*p) >= 65u )
			goto st863;
	} else
		goto st863;
	goto st0;
st864:
	p += 1;
case 864:
	switch( (*p) ) {
		case 36u: goto tr1213;
		case 40u: goto tr1214;
		case 42u: goto tr1215;
		case 48u: goto tr1216;
		case 81u: goto st889;
		case 95u: goto st863;
		case 113u: goto st889;
	}
	if ( (*p) < 49u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st863;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st863;
		} else if ( (*p) >= 65u )
			goto st863;
	} else
		goto tr1217;
	goto st0;
tr1213:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st865;
st865:
	p += 1;
case 865:
	switch( (*p) ) {
		case 32u: goto tr1218;
		case 41u: goto tr1219;
	}
	goto st0;
tr1219:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st866;
tr1233:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st866;
tr1251:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st866;
tr1254:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st866;
st866:
	p += 1;
case 866:
	if ( (*p) == 13u )
		goto tr1220;
	goto st0;
tr1214:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	goto st867;
st867:
	p += 1;
case 867:
	switch( (*p) ) {
		case 34u: goto tr1222;
		case 40u: goto tr1223;
		case 41u: goto st872;
		case 123u: goto tr1225;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1221;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1221;
		} else if ( (*p) >= 43u )
			goto tr1221;
	} else
		goto tr1221;
	goto st0;
tr1227:
	{ {p = (( IMW_SKIP_TO(868)))-1;} }
	goto st868;
tr1221:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(868)))-1;} }
	goto st868;
st868:
	p += 1;
case 868:
	switch( (*p) ) {
		case 32u: goto tr1226;
		case 33u: goto tr1227;
		case 41u: goto tr1228;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1227;
		} else if ( (*p) >= 35u )
			goto tr1227;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1227;
		} else if ( (*p) >= 93u )
			goto tr1227;
	} else
		goto tr1227;
	goto st0;
tr1226:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st869;
tr1242:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st869;
st869:
	p += 1;
case 869:
	switch( (*p) ) {
		case 34u: goto tr1222;
		case 40u: goto tr1223;
		case 123u: goto tr1225;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1221;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1221;
		} else if ( (*p) >= 43u )
			goto tr1221;
	} else
		goto tr1221;
	goto st0;
tr1229:
	{ {p = (( IMW_SKIP_TO(870)))-1;} }
	goto st870;
tr1222:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(870)))-1;} }
	goto st870;
st870:
	p += 1;
case 870:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1230;
		case 92u: goto tr1231;
	}
	goto tr1229;
tr1230:
	{ {p = (( IMW_SKIP_TO(871)))-1;} }
	goto st871;
st871:
	p += 1;
case 871:
	switch( (*p) ) {
		case 32u: goto tr1226;
		case 41u: goto tr1228;
	}
	goto st0;
tr1228:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st872;
tr1243:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st872;
tr1269:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st872;
tr1276:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	goto st872;
st872:
	p += 1;
case 872:
	switch( (*p) ) {
		case 32u: goto tr1232;
		case 41u: goto tr1233;
	}
	goto st0;
tr1231:
	{ {p = (( IMW_SKIP_TO(873)))-1;} }
	goto st873;
st873:
	p += 1;
case 873:
	switch( (*p) ) {
		case 34u: goto tr1229;
		case 92u: goto tr1229;
	}
	goto st0;
tr1223:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_TAGGED_EXT_PAREN)) {p++; cs = 874; goto _out;} {( run->stack)[( run->top)++] = 874;goto st1359;} }
	goto st874;
st874:
	p += 1;
case 874:
	switch( (*p) ) {
		case 32u: goto st869;
		case 41u: goto st872;
	}
	goto st0;
tr1225:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(875)))-1;} }
	goto st875;
st875:
	p += 1;
case 875:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1235;
	goto st0;
tr1237:
	{ {p = (( IMW_SKIP_TO(876)))-1;} }
	goto st876;
tr1235:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(876)))-1;} }
	goto st876;
st876:
	p += 1;
case 876:
	switch( (*p) ) {
		case 43u: goto tr1236;
		case 125u: goto tr1238;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1237;
	goto st0;
tr1236:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(877)))-1;} }
	goto st877;
st877:
	p += 1;
case 877:
	if ( (*p) == 125u )
		goto tr1239;
	goto st0;
tr1239:
	{ {p = (( IMW_SKIP_TO(878)))-1;} }
	goto st878;
tr1238:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(878)))-1;} }
	goto st878;
st878:
	p += 1;
case 878:
	if ( (*p) == 13u )
		goto tr1240;
	goto st0;
tr1240:
	{ {p = (( IMW_SKIP_TO(879)))-1;} }
	goto st879;
st879:
	p += 1;
case 879:
	if ( (*p) == 10u )
		goto tr1241;
	goto st0;
tr1241:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(880)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 880; goto _out;} }
	goto st880;
st880:
	p += 1;
case 880:
	switch( (*p) ) {
		case 32u: goto tr1242;
		case 41u: goto tr1243;
	}
	goto st0;
tr1215:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st881;
st881:
	p += 1;
case 881:
	switch( (*p) ) {
		case 32u: goto tr1218;
		case 41u: goto tr1219;
		case 44u: goto st882;
		case 58u: goto st884;
	}
	goto st0;
st882:
	p += 1;
case 882:
	if ( (*p) == 42u )
		goto st881;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1247;
	goto st0;
tr1247:
	{ {p = (( IMW_SKIP_TO(883)))-1;} }
	goto st883;
st883:
	p += 1;
case 883:
	switch( (*p) ) {
		case 32u: goto tr1218;
		case 41u: goto tr1219;
		case 44u: goto st882;
		case 58u: goto st884;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1247;
	goto st0;
st884:
	p += 1;
case 884:
	if ( (*p) == 42u )
		goto st885;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1249;
	goto st0;
st885:
	p += 1;
case 885:
	switch( (*p) ) {
		case 32u: goto tr1218;
		case 41u: goto tr1219;
		case 44u: goto st882;
	}
	goto st0;
tr1249:
	{ {p = (( IMW_SKIP_TO(886)))-1;} }
	goto st886;
st886:
	p += 1;
case 886:
	switch( (*p) ) {
		case 32u: goto tr1218;
		case 41u: goto tr1219;
		case 44u: goto st882;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1249;
	goto st0;
tr1252:
	{ {p = (( IMW_SKIP_TO(887)))-1;} }
	goto st887;
tr1216:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(887)))-1;} }
	goto st887;
st887:
	p += 1;
case 887:
	switch( (*p) ) {
		case 32u: goto tr1250;
		case 41u: goto tr1251;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1252;
	goto st0;
tr1255:
	{ {p = (( IMW_SKIP_TO(888)))-1;} }
	goto st888;
tr1217:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(888)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	goto st888;
st888:
	p += 1;
case 888:
	switch( (*p) ) {
		case 32u: goto tr1253;
		case 41u: goto tr1254;
		case 44u: goto st882;
		case 58u: goto st884;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1255;
	goto st0;
st889:
	p += 1;
case 889:
	switch( (*p) ) {
		case 32u: goto st864;
		case 41u: goto st866;
		case 82u: goto st890;
		case 95u: goto st863;
		case 114u: goto st890;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st863;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st863;
		} else if ( (*p) >= 65u )
			goto st863;
	} else
		goto st863;
	goto st0;
st890:
	p += 1;
case 890:
	switch( (*p) ) {
		case 32u: goto st864;
		case 41u: goto st866;
		case 69u: goto st891;
		case 95u: goto st863;
		case 101u: goto st891;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st863;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st863;
		} else if ( (*p) >= 65u )
			goto st863;
	} else
		goto st863;
	goto st0;
st891:
	p += 1;
case 891:
	switch( (*p) ) {
		case 32u: goto st864;
		case 41u: goto st866;
		case 83u: goto st892;
		case 95u: goto st863;
		case 115u: goto st892;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st863;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st863;
		} else if ( (*p) >= 65u )
			goto st863;
	} else
		goto st863;
	goto st0;
st892:
	p += 1;
case 892:
	switch( (*p) ) {
		case 32u: goto st864;
		case 41u: goto st866;
		case 89u: goto st893;
		case 95u: goto st863;
		case 121u: goto st893;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st863;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st863;
		} else if ( (*p) >= 65u )
			goto st863;
	} else
		goto st863;
	goto st0;
st893:
	p += 1;
case 893:
	switch( (*p) ) {
		case 32u: goto st864;
		case 41u: goto st866;
		case 78u: goto st894;
		case 95u: goto st863;
		case 110u: goto st894;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st863;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st863;
		} else if ( (*p) >= 65u )
			goto st863;
	} else
		goto st863;
	goto st0;
st894:
	p += 1;
case 894:
	switch( (*p) ) {
		case 32u: goto st864;
		case 41u: goto st866;
		case 67u: goto st895;
		case 95u: goto st863;
		case 99u: goto st895;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st863;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st863;
		} else if ( (*p) >= 65u )
			goto st863;
	} else
		goto st863;
	goto st0;
st895:
	p += 1;
case 895:
	switch( (*p) ) {
		case 32u: goto st896;
		case 41u: goto st866;
		case 95u: goto st863;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st863;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st863;
		} else if ( (*p) >= 65u )
			goto st863;
	} else
		goto st863;
	goto st0;
st896:
	p += 1;
case 896:
	switch( (*p) ) {
		case 36u: goto tr1213;
		case 40u: goto tr1263;
		case 42u: goto tr1215;
		case 48u: goto tr1216;
		case 81u: goto st889;
		case 95u: goto st863;
		case 113u: goto st889;
	}
	if ( (*p) < 49u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st863;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st863;
		} else if ( (*p) >= 65u )
			goto st863;
	} else
		goto tr1217;
	goto st0;
tr1263:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	goto st897;
st897:
	p += 1;
case 897:
	switch( (*p) ) {
		case 34u: goto tr1222;
		case 40u: goto tr1223;
		case 41u: goto st872;
		case 123u: goto tr1225;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1221;
		} else if ( (*p) >= 33u )
			goto tr1221;
	} else if ( (*p) > 48u ) {
		if ( (*p) < 58u ) {
			if ( 49u <= (*p) && (*p) <= 57u )
				goto tr1264;
		} else if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1221;
		} else
			goto tr1221;
	} else
		goto tr1221;
	goto st0;
tr1266:
	{ {p = (( IMW_SKIP_TO(898)))-1;} }
	goto st898;
tr1264:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(898)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_NZ_NUMBER); }
	goto st898;
st898:
	p += 1;
case 898:
	switch( (*p) ) {
		case 32u: goto tr1265;
		case 33u: goto tr1227;
		case 41u: goto tr1228;
	}
	if ( (*p) < 48u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr1227;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 47u )
				goto tr1227;
		} else
			goto tr1227;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 93u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto tr1227;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1227;
		} else
			goto tr1227;
	} else
		goto tr1266;
	goto st0;
tr1265:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_NZ_NUMBER); }
	goto st899;
st899:
	p += 1;
case 899:
	switch( (*p) ) {
		case 34u: goto tr1222;
		case 40u: goto tr1223;
		case 123u: goto tr1225;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1221;
		} else if ( (*p) >= 33u )
			goto tr1221;
	} else if ( (*p) > 47u ) {
		if ( (*p) < 58u ) {
			if ( 48u <= (*p) && (*p) <= 57u )
				goto tr1267;
		} else if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1221;
		} else
			goto tr1221;
	} else
		goto tr1221;
	goto st0;
tr1270:
	{ {p = (( IMW_SKIP_TO(900)))-1;} }
	goto st900;
tr1267:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(900)))-1;} }
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st900;
st900:
	p += 1;
case 900:
	switch( (*p) ) {
		case 32u: goto tr1268;
		case 33u: goto tr1227;
		case 41u: goto tr1269;
	}
	if ( (*p) < 48u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr1227;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 47u )
				goto tr1227;
		} else
			goto tr1227;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 93u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto tr1227;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1227;
		} else
			goto tr1227;
	} else
		goto tr1270;
	goto st0;
tr1268:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st901;
st901:
	p += 1;
case 901:
	switch( (*p) ) {
		case 34u: goto tr1222;
		case 36u: goto tr1271;
		case 40u: goto tr1272;
		case 42u: goto tr1273;
		case 123u: goto tr1225;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 35u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1221;
		} else if ( (*p) >= 33u )
			goto tr1221;
	} else if ( (*p) > 48u ) {
		if ( (*p) < 58u ) {
			if ( 49u <= (*p) && (*p) <= 57u )
				goto tr1274;
		} else if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1221;
		} else
			goto tr1221;
	} else
		goto tr1221;
	goto st0;
tr1271:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(902)))-1;} }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st902;
st902:
	p += 1;
case 902:
	switch( (*p) ) {
		case 32u: goto tr1275;
		case 33u: goto tr1227;
		case 41u: goto tr1276;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1227;
		} else if ( (*p) >= 35u )
			goto tr1227;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1227;
		} else if ( (*p) >= 93u )
			goto tr1227;
	} else
		goto tr1227;
	goto st0;
tr1275:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	goto st903;
st903:
	p += 1;
case 903:
	switch( (*p) ) {
		case 34u: goto tr1222;
		case 40u: goto tr1272;
		case 123u: goto tr1225;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1221;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1221;
		} else if ( (*p) >= 43u )
			goto tr1221;
	} else
		goto tr1221;
	goto st0;
tr1272:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_TAGGED_EXT_PAREN)) {p++; cs = 904; goto _out;} {( run->stack)[( run->top)++] = 904;goto st1359;} }
	goto st904;
st904:
	p += 1;
case 904:
	switch( (*p) ) {
		case 32u: goto st869;
		case 36u: goto tr1277;
		case 41u: goto st872;
		case 42u: goto tr1278;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1279;
	goto st0;
tr1277:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st905;
st905:
	p += 1;
case 905:
	if ( (*p) == 32u )
		goto tr1280;
	goto st0;
tr1280:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	goto st906;
st906:
	p += 1;
case 906:
	switch( (*p) ) {
		case 36u: goto tr1281;
		case 42u: goto tr1282;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1283;
	goto st0;
tr1281:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st907;
st907:
	p += 1;
case 907:
	if ( (*p) == 41u )
		goto tr1284;
	goto st0;
tr1284:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	goto st908;
st908:
	p += 1;
case 908:
	if ( (*p) == 41u )
		goto st909;
	goto st0;
tr1299:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	goto st909;
st909:
	p += 1;
case 909:
	switch( (*p) ) {
		case 32u: goto st862;
		case 41u: goto st866;
	}
	goto st0;
tr1282:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st910;
st910:
	p += 1;
case 910:
	switch( (*p) ) {
		case 41u: goto tr1284;
		case 44u: goto st911;
		case 58u: goto st913;
	}
	goto st0;
st911:
	p += 1;
case 911:
	if ( (*p) == 42u )
		goto st910;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1289;
	goto st0;
tr1289:
	{ {p = (( IMW_SKIP_TO(912)))-1;} }
	goto st912;
tr1283:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(912)))-1;} }
	goto st912;
st912:
	p += 1;
case 912:
	switch( (*p) ) {
		case 41u: goto tr1284;
		case 44u: goto st911;
		case 58u: goto st913;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1289;
	goto st0;
st913:
	p += 1;
case 913:
	if ( (*p) == 42u )
		goto st914;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1291;
	goto st0;
st914:
	p += 1;
case 914:
	switch( (*p) ) {
		case 41u: goto tr1284;
		case 44u: goto st911;
	}
	goto st0;
tr1291:
	{ {p = (( IMW_SKIP_TO(915)))-1;} }
	goto st915;
st915:
	p += 1;
case 915:
	switch( (*p) ) {
		case 41u: goto tr1284;
		case 44u: goto st911;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1291;
	goto st0;
tr1278:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st916;
st916:
	p += 1;
case 916:
	switch( (*p) ) {
		case 32u: goto tr1280;
		case 44u: goto st917;
		case 58u: goto st919;
	}
	goto st0;
st917:
	p += 1;
case 917:
	if ( (*p) == 42u )
		goto st916;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1295;
	goto st0;
tr1295:
	{ {p = (( IMW_SKIP_TO(918)))-1;} }
	goto st918;
tr1279:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(918)))-1;} }
	goto st918;
st918:
	p += 1;
case 918:
	switch( (*p) ) {
		case 32u: goto tr1280;
		case 44u: goto st917;
		case 58u: goto st919;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1295;
	goto st0;
st919:
	p += 1;
case 919:
	if ( (*p) == 42u )
		goto st920;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1297;
	goto st0;
st920:
	p += 1;
case 920:
	switch( (*p) ) {
		case 32u: goto tr1280;
		case 44u: goto st917;
	}
	goto st0;
tr1297:
	{ {p = (( IMW_SKIP_TO(921)))-1;} }
	goto st921;
st921:
	p += 1;
case 921:
	switch( (*p) ) {
		case 32u: goto tr1280;
		case 44u: goto st917;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1297;
	goto st0;
tr1273:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st922;
st922:
	p += 1;
case 922:
	switch( (*p) ) {
		case 32u: goto tr1298;
		case 41u: goto tr1299;
		case 44u: goto st925;
		case 58u: goto st927;
	}
	goto st0;
tr1298:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	goto st923;
st923:
	p += 1;
case 923:
	if ( (*p) == 40u )
		goto st924;
	goto st0;
st924:
	p += 1;
case 924:
	switch( (*p) ) {
		case 36u: goto tr1277;
		case 42u: goto tr1278;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1279;
	goto st0;
st925:
	p += 1;
case 925:
	if ( (*p) == 42u )
		goto st922;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1304;
	goto st0;
tr1304:
	{ {p = (( IMW_SKIP_TO(926)))-1;} }
	goto st926;
st926:
	p += 1;
case 926:
	switch( (*p) ) {
		case 32u: goto tr1298;
		case 41u: goto tr1299;
		case 44u: goto st925;
		case 58u: goto st927;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1304;
	goto st0;
st927:
	p += 1;
case 927:
	if ( (*p) == 42u )
		goto st928;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1306;
	goto st0;
st928:
	p += 1;
case 928:
	switch( (*p) ) {
		case 32u: goto tr1298;
		case 41u: goto tr1299;
		case 44u: goto st925;
	}
	goto st0;
tr1306:
	{ {p = (( IMW_SKIP_TO(929)))-1;} }
	goto st929;
st929:
	p += 1;
case 929:
	switch( (*p) ) {
		case 32u: goto tr1298;
		case 41u: goto tr1299;
		case 44u: goto st925;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1306;
	goto st0;
tr1308:
	{ {p = (( IMW_SKIP_TO(930)))-1;} }
	goto st930;
tr1274:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(930)))-1;} }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st930;
st930:
	p += 1;
case 930:
	switch( (*p) ) {
		case 32u: goto tr1275;
		case 33u: goto tr1227;
		case 41u: goto tr1276;
		case 44u: goto tr1307;
		case 58u: goto tr1309;
	}
	if ( (*p) < 48u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr1227;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 47u )
				goto tr1227;
		} else
			goto tr1227;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 93u ) {
			if ( 59u <= (*p) && (*p) <= 91u )
				goto tr1227;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1227;
		} else
			goto tr1227;
	} else
		goto tr1308;
	goto st0;
tr1307:
	{ {p = (( IMW_SKIP_TO(931)))-1;} }
	goto st931;
st931:
	p += 1;
case 931:
	switch( (*p) ) {
		case 32u: goto tr1226;
		case 33u: goto tr1227;
		case 41u: goto tr1228;
		case 42u: goto st922;
	}
	if ( (*p) < 49u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr1227;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 48u )
				goto tr1227;
		} else
			goto tr1227;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 93u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto tr1227;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1227;
		} else
			goto tr1227;
	} else
		goto tr1308;
	goto st0;
tr1309:
	{ {p = (( IMW_SKIP_TO(932)))-1;} }
	goto st932;
st932:
	p += 1;
case 932:
	switch( (*p) ) {
		case 32u: goto tr1226;
		case 33u: goto tr1227;
		case 41u: goto tr1228;
		case 42u: goto st928;
	}
	if ( (*p) < 49u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr1227;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 48u )
				goto tr1227;
		} else
			goto tr1227;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 93u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto tr1227;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1227;
		} else
			goto tr1227;
	} else
		goto tr1310;
	goto st0;
tr1310:
	{ {p = (( IMW_SKIP_TO(933)))-1;} }
	goto st933;
st933:
	p += 1;
case 933:
	switch( (*p) ) {
		case 32u: goto tr1275;
		case 33u: goto tr1227;
		case 41u: goto tr1276;
		case 44u: goto tr1307;
	}
	if ( (*p) < 48u ) {
		if ( (*p) < 38u ) {
			if ( 35u <= (*p) && (*p) <= 36u )
				goto tr1227;
		} else if ( (*p) > 39u ) {
			if ( 43u <= (*p) && (*p) <= 47u )
				goto tr1227;
		} else
			goto tr1227;
	} else if ( (*p) > 57u ) {
		if ( (*p) < 93u ) {
			if ( 58u <= (*p) && (*p) <= 91u )
				goto tr1227;
		} else if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1227;
		} else
			goto tr1227;
	} else
		goto tr1310;
	goto st0;
tr1311:
	{ {p = (( IMW_SKIP_TO(934)))-1;} }
	goto st934;
tr1203:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(934)))-1;} }
	goto st934;
st934:
	p += 1;
case 934:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1312;
		case 92u: goto tr1313;
	}
	goto tr1311;
tr1312:
	{ {p = (( IMW_SKIP_TO(935)))-1;} }
	goto st935;
st935:
	p += 1;
case 935:
	switch( (*p) ) {
		case 13u: goto tr1205;
		case 32u: goto tr1206;
	}
	goto st0;
tr1313:
	{ {p = (( IMW_SKIP_TO(936)))-1;} }
	goto st936;
st936:
	p += 1;
case 936:
	switch( (*p) ) {
		case 34u: goto tr1311;
		case 92u: goto tr1311;
	}
	goto st0;
tr1204:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(937)))-1;} }
	goto st937;
st937:
	p += 1;
case 937:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1314;
	goto st0;
tr1316:
	{ {p = (( IMW_SKIP_TO(938)))-1;} }
	goto st938;
tr1314:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(938)))-1;} }
	goto st938;
st938:
	p += 1;
case 938:
	switch( (*p) ) {
		case 43u: goto tr1315;
		case 125u: goto tr1317;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1316;
	goto st0;
tr1315:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(939)))-1;} }
	goto st939;
st939:
	p += 1;
case 939:
	if ( (*p) == 125u )
		goto tr1318;
	goto st0;
tr1318:
	{ {p = (( IMW_SKIP_TO(940)))-1;} }
	goto st940;
tr1317:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(940)))-1;} }
	goto st940;
st940:
	p += 1;
case 940:
	if ( (*p) == 13u )
		goto tr1319;
	goto st0;
tr1319:
	{ {p = (( IMW_SKIP_TO(941)))-1;} }
	goto st941;
st941:
	p += 1;
case 941:
	if ( (*p) == 10u )
		goto tr1320;
	goto st0;
tr1320:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(942)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 942; goto _out;} }
	goto st942;
st942:
	p += 1;
case 942:
	switch( (*p) ) {
		case 13u: goto tr1321;
		case 32u: goto tr1322;
	}
	goto st0;
st943:
	p += 1;
case 943:
	switch( (*p) ) {
		case 65u: goto st944;
		case 77u: goto st980;
		case 81u: goto st1031;
		case 97u: goto st944;
		case 109u: goto st980;
		case 113u: goto st1031;
	}
	goto st0;
st944:
	p += 1;
case 944:
	switch( (*p) ) {
		case 67u: goto st945;
		case 99u: goto st945;
	}
	goto st0;
st945:
	p += 1;
case 945:
	switch( (*p) ) {
		case 76u: goto st946;
		case 108u: goto st946;
	}
	goto st0;
st946:
	p += 1;
case 946:
	if ( (*p) == 32u )
		goto st947;
	goto st0;
st947:
	p += 1;
case 947:
	switch( (*p) ) {
		case 34u: goto tr1330;
		case 123u: goto tr1331;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1329;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1329;
		} else if ( (*p) >= 43u )
			goto tr1329;
	} else
		goto tr1329;
	goto st0;
tr1333:
	{ {p = (( IMW_SKIP_TO(948)))-1;} }
	goto st948;
tr1329:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(948)))-1;} }
	goto st948;
st948:
	p += 1;
case 948:
	switch( (*p) ) {
		case 32u: goto tr1332;
		case 33u: goto tr1333;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1333;
		} else if ( (*p) >= 35u )
			goto tr1333;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1333;
		} else if ( (*p) >= 93u )
			goto tr1333;
	} else
		goto tr1333;
	goto st0;
tr1332:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st949;
tr1376:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st949;
st949:
	p += 1;
case 949:
	switch( (*p) ) {
		case 34u: goto tr1335;
		case 123u: goto tr1336;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1334;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1334;
		} else if ( (*p) >= 43u )
			goto tr1334;
	} else
		goto tr1334;
	goto st0;
tr1338:
	{ {p = (( IMW_SKIP_TO(950)))-1;} }
	goto st950;
tr1334:
	{ IMW_EV_OPEN(IMW_RULE_IDENTIFIER); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(950)))-1;} }
	goto st950;
st950:
	p += 1;
case 950:
	switch( (*p) ) {
		case 32u: goto tr1337;
		case 33u: goto tr1338;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1338;
		} else if ( (*p) >= 35u )
			goto tr1338;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1338;
		} else if ( (*p) >= 93u )
			goto tr1338;
	} else
		goto tr1338;
	goto st0;
tr1337:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_IDENTIFIER); }
	goto st951;
tr1365:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_IDENTIFIER); }
	goto st951;
st951:
	p += 1;
case 951:
	switch( (*p) ) {
		case 34u: goto tr1340;
		case 123u: goto tr1341;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1339;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1339;
		} else if ( (*p) >= 43u )
			goto tr1339;
	} else
		goto tr1339;
	goto st0;
tr1343:
	{ {p = (( IMW_SKIP_TO(952)))-1;} }
	goto st952;
tr1339:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(952)))-1;} }
	goto st952;
st952:
	p += 1;
case 952:
	switch( (*p) ) {
		case 13u: goto tr1342;
		case 33u: goto tr1343;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1343;
		} else if ( (*p) >= 35u )
			goto tr1343;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1343;
		} else if ( (*p) >= 93u )
			goto tr1343;
	} else
		goto tr1343;
	goto st0;
tr1344:
	{ {p = (( IMW_SKIP_TO(953)))-1;} }
	goto st953;
tr1340:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(953)))-1;} }
	goto st953;
st953:
	p += 1;
case 953:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1345;
		case 92u: goto tr1346;
	}
	goto tr1344;
tr1345:
	{ {p = (( IMW_SKIP_TO(954)))-1;} }
	goto st954;
st954:
	p += 1;
case 954:
	if ( (*p) == 13u )
		goto tr1342;
	goto st0;
tr1346:
	{ {p = (( IMW_SKIP_TO(955)))-1;} }
	goto st955;
st955:
	p += 1;
case 955:
	switch( (*p) ) {
		case 34u: goto tr1344;
		case 92u: goto tr1344;
	}
	goto st0;
tr1341:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(956)))-1;} }
	goto st956;
st956:
	p += 1;
case 956:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1347;
	goto st0;
tr1349:
	{ {p = (( IMW_SKIP_TO(957)))-1;} }
	goto st957;
tr1347:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(957)))-1;} }
	goto st957;
st957:
	p += 1;
case 957:
	switch( (*p) ) {
		case 43u: goto tr1348;
		case 125u: goto tr1350;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1349;
	goto st0;
tr1348:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(958)))-1;} }
	goto st958;
st958:
	p += 1;
case 958:
	if ( (*p) == 125u )
		goto tr1351;
	goto st0;
tr1351:
	{ {p = (( IMW_SKIP_TO(959)))-1;} }
	goto st959;
tr1350:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(959)))-1;} }
	goto st959;
st959:
	p += 1;
case 959:
	if ( (*p) == 13u )
		goto tr1352;
	goto st0;
tr1352:
	{ {p = (( IMW_SKIP_TO(960)))-1;} }
	goto st960;
st960:
	p += 1;
case 960:
	if ( (*p) == 10u )
		goto tr1353;
	goto st0;
tr1353:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(961)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 961; goto _out;} }
	goto st961;
st961:
	p += 1;
case 961:
	if ( (*p) == 13u )
		goto tr1354;
	goto st0;
tr1355:
	{ {p = (( IMW_SKIP_TO(962)))-1;} }
	goto st962;
tr1335:
	{ IMW_EV_OPEN(IMW_RULE_IDENTIFIER); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(962)))-1;} }
	goto st962;
st962:
	p += 1;
case 962:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1356;
		case 92u: goto tr1357;
	}
	goto tr1355;
tr1356:
	{ {p = (( IMW_SKIP_TO(963)))-1;} }
	goto st963;
st963:
	p += 1;
case 963:
	if ( (*p) == 32u )
		goto tr1337;
	goto st0;
tr1357:
	{ {p = (( IMW_SKIP_TO(964)))-1;} }
	goto st964;
st964:
	p += 1;
case 964:
	switch( (*p) ) {
		case 34u: goto tr1355;
		case 92u: goto tr1355;
	}
	goto st0;
tr1336:
	{ IMW_EV_OPEN(IMW_RULE_IDENTIFIER); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(965)))-1;} }
	goto st965;
st965:
	p += 1;
case 965:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1358;
	goto st0;
tr1360:
	{ {p = (( IMW_SKIP_TO(966)))-1;} }
	goto st966;
tr1358:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(966)))-1;} }
	goto st966;
st966:
	p += 1;
case 966:
	switch( (*p) ) {
		case 43u: goto tr1359;
		case 125u: goto tr1361;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1360;
	goto st0;
tr1359:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(967)))-1;} }
	goto st967;
st967:
	p += 1;
case 967:
	if ( (*p) == 125u )
		goto tr1362;
	goto st0;
tr1362:
	{ {p = (( IMW_SKIP_TO(968)))-1;} }
	goto st968;
tr1361:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(968)))-1;} }
	goto st968;
st968:
	p += 1;
case 968:
	if ( (*p) == 13u )
		goto tr1363;
	goto st0;
tr1363:
	{ {p = (( IMW_SKIP_TO(969)))-1;} }
	goto st969;
st969:
	p += 1;
case 969:
	if ( (*p) == 10u )
		goto tr1364;
	goto st0;
tr1364:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(970)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 970; goto _out;} }
	goto st970;
st970:
	p += 1;
case 970:
	if ( (*p) == 32u )
		goto tr1365;
	goto st0;
tr1366:
	{ {p = (( IMW_SKIP_TO(971)))-1;} }
	goto st971;
tr1330:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(971)))-1;} }
	goto st971;
st971:
	p += 1;
case 971:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1367;
		case 92u: goto tr1368;
	}
	goto tr1366;
tr1367:
	{ {p = (( IMW_SKIP_TO(972)))-1;} }
	goto st972;
st972:
	p += 1;
case 972:
	if ( (*p) == 32u )
		goto tr1332;
	goto st0;
tr1368:
	{ {p = (( IMW_SKIP_TO(973)))-1;} }
	goto st973;
st973:
	p += 1;
case 973:
	switch( (*p) ) {
		case 34u: goto tr1366;
		case 92u: goto tr1366;
	}
	goto st0;
tr1331:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(974)))-1;} }
	goto st974;
st974:
	p += 1;
case 974:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1369;
	goto st0;
tr1371:
	{ {p = (( IMW_SKIP_TO(975)))-1;} }
	goto st975;
tr1369:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(975)))-1;} }
	goto st975;
st975:
	p += 1;
case 975:
	switch( (*p) ) {
		case 43u: goto tr1370;
		case 125u: goto tr1372;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1371;
	goto st0;
tr1370:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(976)))-1;} }
	goto st976;
st976:
	p += 1;
case 976:
	if ( (*p) == 125u )
		goto tr1373;
	goto st0;
tr1373:
	{ {p = (( IMW_SKIP_TO(977)))-1;} }
	goto st977;
tr1372:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(977)))-1;} }
	goto st977;
st977:
	p += 1;
case 977:
	if ( (*p) == 13u )
		goto tr1374;
	goto st0;
tr1374:
	{ {p = (( IMW_SKIP_TO(978)))-1;} }
	goto st978;
st978:
	p += 1;
case 978:
	if ( (*p) == 10u )
		goto tr1375;
	goto st0;
tr1375:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(979)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 979; goto _out;} }
	goto st979;
st979:
	p += 1;
case 979:
	if ( (*p) == 32u )
		goto tr1376;
	goto st0;
st980:
	p += 1;
case 980:
	switch( (*p) ) {
		case 69u: goto st981;
		case 101u: goto st981;
	}
	goto st0;
st981:
	p += 1;
case 981:
	switch( (*p) ) {
		case 84u: goto st982;
		case 116u: goto st982;
	}
	goto st0;
st982:
	p += 1;
case 982:
	switch( (*p) ) {
		case 65u: goto st983;
		case 97u: goto st983;
	}
	goto st0;
st983:
	p += 1;
case 983:
	switch( (*p) ) {
		case 68u: goto st984;
		case 100u: goto st984;
	}
	goto st0;
st984:
	p += 1;
case 984:
	switch( (*p) ) {
		case 65u: goto st985;
		case 97u: goto st985;
	}
	goto st0;
st985:
	p += 1;
case 985:
	switch( (*p) ) {
		case 84u: goto st986;
		case 116u: goto st986;
	}
	goto st0;
st986:
	p += 1;
case 986:
	switch( (*p) ) {
		case 65u: goto st987;
		case 97u: goto st987;
	}
	goto st0;
st987:
	p += 1;
case 987:
	if ( (*p) == 32u )
		goto st988;
	goto st0;
st988:
	p += 1;
case 988:
	switch( (*p) ) {
		case 34u: goto tr1386;
		case 123u: goto tr1387;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1385;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1385;
		} else if ( (*p) >= 43u )
			goto tr1385;
	} else
		goto tr1385;
	goto st0;
tr1389:
	{ {p = (( IMW_SKIP_TO(989)))-1;} }
	goto st989;
tr1385:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(989)))-1;} }
	goto st989;
st989:
	p += 1;
case 989:
	switch( (*p) ) {
		case 32u: goto tr1388;
		case 33u: goto tr1389;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1389;
		} else if ( (*p) >= 35u )
			goto tr1389;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1389;
		} else if ( (*p) >= 93u )
			goto tr1389;
	} else
		goto tr1389;
	goto st0;
tr1388:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st990;
tr1445:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st990;
st990:
	p += 1;
case 990:
	if ( (*p) == 40u )
		goto tr1390;
	goto st0;
tr1390:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY_VALUES); }
	goto st991;
tr1402:
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY_VALUE); }
	goto st991;
tr1414:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY_VALUE); }
	goto st991;
tr1422:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL8); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY_VALUE); }
	goto st991;
st991:
	p += 1;
case 991:
	switch( (*p) ) {
		case 34u: goto tr1392;
		case 123u: goto tr1393;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1391;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1391;
		} else if ( (*p) >= 43u )
			goto tr1391;
	} else
		goto tr1391;
	goto st0;
tr1395:
	{ {p = (( IMW_SKIP_TO(992)))-1;} }
	goto st992;
tr1391:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY_VALUE); }
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(992)))-1;} }
	goto st992;
st992:
	p += 1;
case 992:
	switch( (*p) ) {
		case 32u: goto tr1394;
		case 33u: goto tr1395;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1395;
		} else if ( (*p) >= 35u )
			goto tr1395;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1395;
		} else if ( (*p) >= 93u )
			goto tr1395;
	} else
		goto tr1395;
	goto st0;
tr1394:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	goto st993;
tr1434:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY); }
	goto st993;
st993:
	p += 1;
case 993:
	switch( (*p) ) {
		case 34u: goto tr1396;
		case 78u: goto st998;
		case 110u: goto st998;
		case 123u: goto tr1398;
		case 126u: goto tr1399;
	}
	goto st0;
tr1396:
	{ {p = (( IMW_SKIP_TO(994)))-1;} }
	goto st994;
st994:
	p += 1;
case 994:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1400;
		case 92u: goto tr1401;
	}
	goto tr1396;
tr1400:
	{ {p = (( IMW_SKIP_TO(995)))-1;} }
	goto st995;
st995:
	p += 1;
case 995:
	switch( (*p) ) {
		case 32u: goto tr1402;
		case 41u: goto tr1403;
	}
	goto st0;
tr1403:
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY_VALUE); }
	goto st996;
tr1415:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY_VALUE); }
	goto st996;
tr1423:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL8); }
	{ IMW_EV_CLOSE(IMW_RULE_ENTRY_VALUE); }
	goto st996;
st996:
	p += 1;
case 996:
	if ( (*p) == 13u )
		goto tr1404;
	goto st0;
tr1401:
	{ {p = (( IMW_SKIP_TO(997)))-1;} }
	goto st997;
st997:
	p += 1;
case 997:
	switch( (*p) ) {
		case 34u: goto tr1396;
		case 92u: goto tr1396;
	}
	goto st0;
st998:
	p += 1;
case 998:
	switch( (*p) ) {
		case 73u: goto st999;
		case 105u: goto st999;
	}
	goto st0;
st999:
	p += 1;
case 999:
	switch( (*p) ) {
		case 76u: goto st995;
		case 108u: goto st995;
	}
	goto st0;
tr1398:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	goto st1000;
st1000:
	p += 1;
case 1000:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1407;
	goto st0;
tr1409:
	{ {p = (( IMW_SKIP_TO(1001)))-1;} }
	goto st1001;
tr1407:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1001)))-1;} }
	goto st1001;
st1001:
	p += 1;
case 1001:
	switch( (*p) ) {
		case 43u: goto tr1408;
		case 125u: goto tr1410;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1409;
	goto st0;
tr1408:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st1002;
st1002:
	p += 1;
case 1002:
	if ( (*p) == 125u )
		goto st1003;
	goto st0;
tr1410:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	goto st1003;
st1003:
	p += 1;
case 1003:
	if ( (*p) == 13u )
		goto st1004;
	goto st0;
st1004:
	p += 1;
case 1004:
	if ( (*p) == 10u )
		goto tr1413;
	goto st0;
tr1413:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 1005; goto _out;} }
	goto st1005;
st1005:
	p += 1;
case 1005:
	switch( (*p) ) {
		case 32u: goto tr1414;
		case 41u: goto tr1415;
	}
	goto st0;
tr1399:
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL8); }
	goto st1006;
st1006:
	p += 1;
case 1006:
	if ( (*p) == 123u )
		goto st1007;
	goto st0;
st1007:
	p += 1;
case 1007:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1008;
	goto st0;
st1008:
	p += 1;
case 1008:
	switch( (*p) ) {
		case 43u: goto st1009;
		case 125u: goto st1010;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1008;
	goto st0;
st1009:
	p += 1;
case 1009:
	if ( (*p) == 125u )
		goto st1010;
	goto st0;
st1010:
	p += 1;
case 1010:
	if ( (*p) == 13u )
		goto st1011;
	goto st0;
st1011:
	p += 1;
case 1011:
	if ( (*p) == 10u )
		goto tr1421;
	goto st0;
tr1421:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ if (p + 1 == pe) {p++; cs = 1012; goto _out;} }
	goto st1012;
st1012:
	p += 1;
case 1012:
	switch( (*p) ) {
		case 32u: goto tr1422;
		case 41u: goto tr1423;
	}
	goto st0;
tr1424:
	{ {p = (( IMW_SKIP_TO(1013)))-1;} }
	goto st1013;
tr1392:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY_VALUE); }
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(1013)))-1;} }
	goto st1013;
st1013:
	p += 1;
case 1013:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1425;
		case 92u: goto tr1426;
	}
	goto tr1424;
tr1425:
	{ {p = (( IMW_SKIP_TO(1014)))-1;} }
	goto st1014;
st1014:
	p += 1;
case 1014:
	if ( (*p) == 32u )
		goto tr1394;
	goto st0;
tr1426:
	{ {p = (( IMW_SKIP_TO(1015)))-1;} }
	goto st1015;
st1015:
	p += 1;
case 1015:
	switch( (*p) ) {
		case 34u: goto tr1424;
		case 92u: goto tr1424;
	}
	goto st0;
tr1393:
	{ IMW_EV_OPEN(IMW_RULE_ENTRY_VALUE); }
	{ IMW_EV_OPEN(IMW_RULE_ENTRY); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(1016)))-1;} }
	goto st1016;
st1016:
	p += 1;
case 1016:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1427;
	goto st0;
tr1429:
	{ {p = (( IMW_SKIP_TO(1017)))-1;} }
	goto st1017;
tr1427:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1017)))-1;} }
	goto st1017;
st1017:
	p += 1;
case 1017:
	switch( (*p) ) {
		case 43u: goto tr1428;
		case 125u: goto tr1430;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1429;
	goto st0;
tr1428:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1018)))-1;} }
	goto st1018;
st1018:
	p += 1;
case 1018:
	if ( (*p) == 125u )
		goto tr1431;
	goto st0;
tr1431:
	{ {p = (( IMW_SKIP_TO(1019)))-1;} }
	goto st1019;
tr1430:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1019)))-1;} }
	goto st1019;
st1019:
	p += 1;
case 1019:
	if ( (*p) == 13u )
		goto tr1432;
	goto st0;
tr1432:
	{ {p = (( IMW_SKIP_TO(1020)))-1;} }
	goto st1020;
st1020:
	p += 1;
case 1020:
	if ( (*p) == 10u )
		goto tr1433;
	goto st0;
tr1433:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(1021)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 1021; goto _out;} }
	goto st1021;
st1021:
	p += 1;
case 1021:
	if ( (*p) == 32u )
		goto tr1434;
	goto st0;
tr1435:
	{ {p = (( IMW_SKIP_TO(1022)))-1;} }
	goto st1022;
tr1386:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(1022)))-1;} }
	goto st1022;
st1022:
	p += 1;
case 1022:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1436;
		case 92u: goto tr1437;
	}
	goto tr1435;
tr1436:
	{ {p = (( IMW_SKIP_TO(1023)))-1;} }
	goto st1023;
st1023:
	p += 1;
case 1023:
	if ( (*p) == 32u )
		goto tr1388;
	goto st0;
tr1437:
	{ {p = (( IMW_SKIP_TO(1024)))-1;} }
	goto st1024;
st1024:
	p += 1;
case 1024:
	switch( (*p) ) {
		case 34u: goto tr1435;
		case 92u: goto tr1435;
	}
	goto st0;
tr1387:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(1025)))-1;} }
	goto st1025;
st1025:
	p += 1;
case 1025:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1438;
	goto st0;
tr1440:
	{ {p = (( IMW_SKIP_TO(1026)))-1;} }
	goto st1026;
tr1438:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1026)))-1;} }
	goto st1026;
st1026:
	p += 1;
case 1026:
	switch( (*p) ) {
		case 43u: goto tr1439;
		case 125u: goto tr1441;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1440;
	goto st0;
tr1439:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1027)))-1;} }
	goto st1027;
st1027:
	p += 1;
case 1027:
	if ( (*p) == 125u )
		goto tr1442;
	goto st0;
tr1442:
	{ {p = (( IMW_SKIP_TO(1028)))-1;} }
	goto st1028;
tr1441:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1028)))-1;} }
	goto st1028;
st1028:
	p += 1;
case 1028:
	if ( (*p) == 13u )
		goto tr1443;
	goto st0;
tr1443:
	{ {p = (( IMW_SKIP_TO(1029)))-1;} }
	goto st1029;
st1029:
	p += 1;
case 1029:
	if ( (*p) == 10u )
		goto tr1444;
	goto st0;
tr1444:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(1030)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 1030; goto _out;} }
	goto st1030;
st1030:
	p += 1;
case 1030:
	if ( (*p) == 32u )
		goto tr1445;
	goto st0;
st1031:
	p += 1;
case 1031:
	switch( (*p) ) {
		case 85u: goto st1032;
		case 117u: goto st1032;
	}
	goto st0;
st1032:
	p += 1;
case 1032:
	switch( (*p) ) {
		case 79u: goto st1033;
		case 111u: goto st1033;
	}
	goto st0;
st1033:
	p += 1;
case 1033:
	switch( (*p) ) {
		case 84u: goto st1034;
		case 116u: goto st1034;
	}
	goto st0;
st1034:
	p += 1;
case 1034:
	switch( (*p) ) {
		case 65u: goto st1035;
		case 97u: goto st1035;
	}
	goto st0;
st1035:
	p += 1;
case 1035:
	if ( (*p) == 32u )
		goto st1036;
	goto st0;
st1036:
	p += 1;
case 1036:
	switch( (*p) ) {
		case 34u: goto tr1452;
		case 123u: goto tr1453;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1451;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1451;
		} else if ( (*p) >= 43u )
			goto tr1451;
	} else
		goto tr1451;
	goto st0;
tr1455:
	{ {p = (( IMW_SKIP_TO(1037)))-1;} }
	goto st1037;
tr1451:
	{ IMW_EV_OPEN(IMW_RULE_QUOTA_ROOT_NAME); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(1037)))-1;} }
	goto st1037;
st1037:
	p += 1;
case 1037:
	switch( (*p) ) {
		case 32u: goto tr1454;
		case 33u: goto tr1455;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1455;
		} else if ( (*p) >= 35u )
			goto tr1455;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1455;
		} else if ( (*p) >= 93u )
			goto tr1455;
	} else
		goto tr1455;
	goto st0;
tr1454:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_QUOTA_ROOT_NAME); }
	goto st1038;
tr1471:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_EV_CLOSE(IMW_RULE_QUOTA_ROOT_NAME); }
	goto st1038;
st1038:
	p += 1;
case 1038:
	if ( (*p) == 40u )
		goto st1039;
	goto st0;
st1039:
	p += 1;
case 1039:
	switch( (*p) ) {
		case 33u: goto tr1457;
		case 41u: goto st163;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1457;
		} else if ( (*p) >= 35u )
			goto tr1457;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1457;
		} else if ( (*p) >= 94u )
			goto tr1457;
	} else
		goto tr1457;
	goto st0;
tr1457:
	{ {p = (( IMW_SKIP_TO(1040)))-1;} }
	goto st1040;
st1040:
	p += 1;
case 1040:
	switch( (*p) ) {
		case 32u: goto st1041;
		case 33u: goto tr1457;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1457;
		} else if ( (*p) >= 35u )
			goto tr1457;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1457;
		} else if ( (*p) >= 94u )
			goto tr1457;
	} else
		goto tr1457;
	goto st0;
st1041:
	p += 1;
case 1041:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1042;
	goto st0;
st1042:
	p += 1;
case 1042:
	switch( (*p) ) {
		case 32u: goto st1043;
		case 41u: goto st163;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto st1042;
	goto st0;
st1043:
	p += 1;
case 1043:
	if ( (*p) == 33u )
		goto tr1457;
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1457;
		} else if ( (*p) >= 35u )
			goto tr1457;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1457;
		} else if ( (*p) >= 94u )
			goto tr1457;
	} else
		goto tr1457;
	goto st0;
tr1461:
	{ {p = (( IMW_SKIP_TO(1044)))-1;} }
	goto st1044;
tr1452:
	{ IMW_EV_OPEN(IMW_RULE_QUOTA_ROOT_NAME); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(1044)))-1;} }
	goto st1044;
st1044:
	p += 1;
case 1044:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1462;
		case 92u: goto tr1463;
	}
	goto tr1461;
tr1462:
	{ {p = (( IMW_SKIP_TO(1045)))-1;} }
	goto st1045;
st1045:
	p += 1;
case 1045:
	if ( (*p) == 32u )
		goto tr1454;
	goto st0;
tr1463:
	{ {p = (( IMW_SKIP_TO(1046)))-1;} }
	goto st1046;
st1046:
	p += 1;
case 1046:
	switch( (*p) ) {
		case 34u: goto tr1461;
		case 92u: goto tr1461;
	}
	goto st0;
tr1453:
	{ IMW_EV_OPEN(IMW_RULE_QUOTA_ROOT_NAME); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(1047)))-1;} }
	goto st1047;
st1047:
	p += 1;
case 1047:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1464;
	goto st0;
tr1466:
	{ {p = (( IMW_SKIP_TO(1048)))-1;} }
	goto st1048;
tr1464:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1048)))-1;} }
	goto st1048;
st1048:
	p += 1;
case 1048:
	switch( (*p) ) {
		case 43u: goto tr1465;
		case 125u: goto tr1467;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1466;
	goto st0;
tr1465:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1049)))-1;} }
	goto st1049;
st1049:
	p += 1;
case 1049:
	if ( (*p) == 125u )
		goto tr1468;
	goto st0;
tr1468:
	{ {p = (( IMW_SKIP_TO(1050)))-1;} }
	goto st1050;
tr1467:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1050)))-1;} }
	goto st1050;
st1050:
	p += 1;
case 1050:
	if ( (*p) == 13u )
		goto tr1469;
	goto st0;
tr1469:
	{ {p = (( IMW_SKIP_TO(1051)))-1;} }
	goto st1051;
st1051:
	p += 1;
case 1051:
	if ( (*p) == 10u )
		goto tr1470;
	goto st0;
tr1470:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(1052)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 1052; goto _out;} }
	goto st1052;
st1052:
	p += 1;
case 1052:
	if ( (*p) == 32u )
		goto tr1471;
	goto st0;
st1053:
	p += 1;
case 1053:
	switch( (*p) ) {
		case 82u: goto st1054;
		case 114u: goto st1054;
	}
	goto st0;
st1054:
	p += 1;
case 1054:
	switch( (*p) ) {
		case 84u: goto st1055;
		case 116u: goto st1055;
	}
	goto st0;
st1055:
	p += 1;
case 1055:
	if ( (*p) == 32u )
		goto st1056;
	goto st0;
st1056:
	p += 1;
case 1056:
	switch( (*p) ) {
		case 40u: goto st1057;
		case 82u: goto st1096;
		case 114u: goto st1096;
	}
	goto st0;
st1057:
	p += 1;
case 1057:
	switch( (*p) ) {
		case 65u: goto st1058;
		case 67u: goto st1067;
		case 68u: goto st1068;
		case 70u: goto st1077;
		case 82u: goto st1081;
		case 83u: goto st1089;
		case 84u: goto st1080;
		case 97u: goto st1058;
		case 99u: goto st1067;
		case 100u: goto st1068;
		case 102u: goto st1077;
		case 114u: goto st1081;
		case 115u: goto st1089;
		case 116u: goto st1080;
	}
	goto st0;
st1058:
	p += 1;
case 1058:
	switch( (*p) ) {
		case 82u: goto st1059;
		case 114u: goto st1059;
	}
	goto st0;
st1059:
	p += 1;
case 1059:
	switch( (*p) ) {
		case 82u: goto st1060;
		case 114u: goto st1060;
	}
	goto st0;
st1060:
	p += 1;
case 1060:
	switch( (*p) ) {
		case 73u: goto st1061;
		case 105u: goto st1061;
	}
	goto st0;
st1061:
	p += 1;
case 1061:
	switch( (*p) ) {
		case 86u: goto st1062;
		case 118u: goto st1062;
	}
	goto st0;
st1062:
	p += 1;
case 1062:
	switch( (*p) ) {
		case 65u: goto st1063;
		case 97u: goto st1063;
	}
	goto st0;
st1063:
	p += 1;
case 1063:
	switch( (*p) ) {
		case 76u: goto st1064;
		case 108u: goto st1064;
	}
	goto st0;
st1064:
	p += 1;
case 1064:
	switch( (*p) ) {
		case 32u: goto st1057;
		case 41u: goto st1065;
	}
	goto st0;
st1065:
	p += 1;
case 1065:
	if ( (*p) == 32u )
		goto st1066;
	goto st0;
st1066:
	p += 1;
case 1066:
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1492;
		} else if ( (*p) >= 33u )
			goto tr1492;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1492;
		} else if ( (*p) >= 94u )
			goto tr1492;
	} else
		goto tr1492;
	goto st0;
st1067:
	p += 1;
case 1067:
	switch( (*p) ) {
		case 67u: goto st1064;
		case 99u: goto st1064;
	}
	goto st0;
st1068:
	p += 1;
case 1068:
	switch( (*p) ) {
		case 65u: goto st1069;
		case 73u: goto st1071;
		case 97u: goto st1069;
		case 105u: goto st1071;
	}
	goto st0;
st1069:
	p += 1;
case 1069:
	switch( (*p) ) {
		case 84u: goto st1070;
		case 116u: goto st1070;
	}
	goto st0;
st1070:
	p += 1;
case 1070:
	switch( (*p) ) {
		case 69u: goto st1064;
		case 101u: goto st1064;
	}
	goto st0;
st1071:
	p += 1;
case 1071:
	switch( (*p) ) {
		case 83u: goto st1072;
		case 115u: goto st1072;
	}
	goto st0;
st1072:
	p += 1;
case 1072:
	switch( (*p) ) {
		case 80u: goto st1073;
		case 112u: goto st1073;
	}
	goto st0;
st1073:
	p += 1;
case 1073:
	switch( (*p) ) {
		case 76u: goto st1074;
		case 108u: goto st1074;
	}
	goto st0;
st1074:
	p += 1;
case 1074:
	switch( (*p) ) {
		case 65u: goto st1075;
		case 97u: goto st1075;
	}
	goto st0;
st1075:
	p += 1;
case 1075:
	switch( (*p) ) {
		case 89u: goto st1076;
		case 121u: goto st1076;
	}
	goto st0;
st1076:
	p += 1;
case 1076:
	switch( (*p) ) {
		case 70u: goto st1077;
		case 84u: goto st1080;
		case 102u: goto st1077;
		case 116u: goto st1080;
	}
	goto st0;
st1077:
	p += 1;
case 1077:
	switch( (*p) ) {
		case 82u: goto st1078;
		case 114u: goto st1078;
	}
	goto st0;
st1078:
	p += 1;
case 1078:
	switch( (*p) ) {
		case 79u: goto st1079;
		case 111u: goto st1079;
	}
	goto st0;
st1079:
	p += 1;
case 1079:
	switch( (*p) ) {
		case 77u: goto st1064;
		case 109u: goto st1064;
	}
	goto st0;
st1080:
	p += 1;
case 1080:
	switch( (*p) ) {
		case 79u: goto st1064;
		case 111u: goto st1064;
	}
	goto st0;
st1081:
	p += 1;
case 1081:
	switch( (*p) ) {
		case 69u: goto st1082;
		case 101u: goto st1082;
	}
	goto st0;
st1082:
	p += 1;
case 1082:
	switch( (*p) ) {
		case 86u: goto st1083;
		case 118u: goto st1083;
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
		case 82u: goto st1085;
		case 114u: goto st1085;
	}
	goto st0;
st1085:
	p += 1;
case 1085:
	switch( (*p) ) {
		case 83u: goto st1086;
		case 115u: goto st1086;
	}
	goto st0;
st1086:
	p += 1;
case 1086:
	switch( (*p) ) {
		case 69u: goto st1087;
		case 101u: goto st1087;
	}
	goto st0;
st1087:
	p += 1;
case 1087:
	if ( (*p) == 32u )
		goto st1088;
	goto st0;
st1088:
	p += 1;
case 1088:
	switch( (*p) ) {
		case 65u: goto st1058;
		case 67u: goto st1067;
		case 68u: goto st1068;
		case 70u: goto st1077;
		case 83u: goto st1089;
		case 84u: goto st1080;
		case 97u: goto st1058;
		case 99u: goto st1067;
		case 100u: goto st1068;
		case 102u: goto st1077;
		case 115u: goto st1089;
		case 116u: goto st1080;
	}
	goto st0;
st1089:
	p += 1;
case 1089:
	switch( (*p) ) {
		case 73u: goto st1090;
		case 85u: goto st1091;
		case 105u: goto st1090;
		case 117u: goto st1091;
	}
	goto st0;
st1090:
	p += 1;
case 1090:
	switch( (*p) ) {
		case 90u: goto st1070;
		case 122u: goto st1070;
	}
	goto st0;
st1091:
	p += 1;
case 1091:
	switch( (*p) ) {
		case 66u: goto st1092;
		case 98u: goto st1092;
	}
	goto st0;
st1092:
	p += 1;
case 1092:
	switch( (*p) ) {
		case 74u: goto st1093;
		case 106u: goto st1093;
	}
	goto st0;
st1093:
	p += 1;
case 1093:
	switch( (*p) ) {
		case 69u: goto st1094;
		case 101u: goto st1094;
	}
	goto st0;
st1094:
	p += 1;
case 1094:
	switch( (*p) ) {
		case 67u: goto st1095;
		case 99u: goto st1095;
	}
	goto st0;
st1095:
	p += 1;
case 1095:
	switch( (*p) ) {
		case 84u: goto st1064;
		case 116u: goto st1064;
	}
	goto st0;
st1096:
	p += 1;
case 1096:
	switch( (*p) ) {
		case 69u: goto st1097;
		case 101u: goto st1097;
	}
	goto st0;
st1097:
	p += 1;
case 1097:
	switch( (*p) ) {
		case 84u: goto st1098;
		case 116u: goto st1098;
	}
	goto st0;
st1098:
	p += 1;
case 1098:
	switch( (*p) ) {
		case 85u: goto st1099;
		case 117u: goto st1099;
	}
	goto st0;
st1099:
	p += 1;
case 1099:
	switch( (*p) ) {
		case 82u: goto st1100;
		case 114u: goto st1100;
	}
	goto st0;
st1100:
	p += 1;
case 1100:
	switch( (*p) ) {
		case 78u: goto st1101;
		case 110u: goto st1101;
	}
	goto st0;
st1101:
	p += 1;
case 1101:
	if ( (*p) == 32u )
		goto st1102;
	goto st0;
st1102:
	p += 1;
case 1102:
	if ( (*p) == 40u )
		goto st1103;
	goto st0;
st1103:
	p += 1;
case 1103:
	switch( (*p) ) {
		case 41u: goto st1104;
		case 95u: goto st1106;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1106;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st1106;
	} else
		goto st1106;
	goto st0;
tr1533:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st1104;
tr1546:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st1104;
tr1564:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st1104;
tr1567:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st1104;
st1104:
	p += 1;
case 1104:
	if ( (*p) == 32u )
		goto st1105;
	goto st0;
st1105:
	p += 1;
case 1105:
	if ( (*p) == 40u )
		goto st1057;
	goto st0;
st1106:
	p += 1;
case 1106:
	switch( (*p) ) {
		case 32u: goto st1107;
		case 41u: goto st1104;
		case 95u: goto st1106;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1106;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1106;
		} else if ( (*p) >= 65u )
			goto st1106;
	} else
		goto st1106;
	goto st0;
st1107:
	p += 1;
case 1107:
	switch( (*p) ) {
		case 36u: goto tr1527;
		case 40u: goto tr1528;
		case 42u: goto tr1529;
		case 48u: goto tr1530;
		case 95u: goto st1106;
	}
	if ( (*p) < 49u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1106;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1106;
		} else if ( (*p) >= 65u )
			goto st1106;
	} else
		goto tr1531;
	goto st0;
tr1527:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st1108;
st1108:
	p += 1;
case 1108:
	switch( (*p) ) {
		case 32u: goto tr1532;
		case 41u: goto tr1533;
	}
	goto st0;
tr1532:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st1109;
tr1545:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st1109;
tr1563:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st1109;
tr1566:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st1109;
st1109:
	p += 1;
case 1109:
	if ( (*p) == 95u )
		goto st1106;
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1106;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st1106;
	} else
		goto st1106;
	goto st0;
tr1528:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	goto st1110;
st1110:
	p += 1;
case 1110:
	switch( (*p) ) {
		case 34u: goto tr1535;
		case 40u: goto tr1536;
		case 41u: goto st1115;
		case 123u: goto tr1538;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1534;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1534;
		} else if ( (*p) >= 43u )
			goto tr1534;
	} else
		goto tr1534;
	goto st0;
tr1540:
	{ {p = (( IMW_SKIP_TO(1111)))-1;} }
	goto st1111;
tr1534:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(1111)))-1;} }
	goto st1111;
st1111:
	p += 1;
case 1111:
	switch( (*p) ) {
		case 32u: goto tr1539;
		case 33u: goto tr1540;
		case 41u: goto tr1541;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1540;
		} else if ( (*p) >= 35u )
			goto tr1540;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1540;
		} else if ( (*p) >= 93u )
			goto tr1540;
	} else
		goto tr1540;
	goto st0;
tr1539:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st1112;
tr1555:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st1112;
st1112:
	p += 1;
case 1112:
	switch( (*p) ) {
		case 34u: goto tr1535;
		case 40u: goto tr1536;
		case 123u: goto tr1538;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1534;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1534;
		} else if ( (*p) >= 43u )
			goto tr1534;
	} else
		goto tr1534;
	goto st0;
tr1542:
	{ {p = (( IMW_SKIP_TO(1113)))-1;} }
	goto st1113;
tr1535:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(1113)))-1;} }
	goto st1113;
st1113:
	p += 1;
case 1113:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1543;
		case 92u: goto tr1544;
	}
	goto tr1542;
tr1543:
	{ {p = (( IMW_SKIP_TO(1114)))-1;} }
	goto st1114;
st1114:
	p += 1;
case 1114:
	switch( (*p) ) {
		case 32u: goto tr1539;
		case 41u: goto tr1541;
	}
	goto st0;
tr1541:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st1115;
tr1556:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st1115;
st1115:
	p += 1;
case 1115:
	switch( (*p) ) {
		case 32u: goto tr1545;
		case 41u: goto tr1546;
	}
	goto st0;
tr1544:
	{ {p = (( IMW_SKIP_TO(1116)))-1;} }
	goto st1116;
st1116:
	p += 1;
case 1116:
	switch( (*p) ) {
		case 34u: goto tr1542;
		case 92u: goto tr1542;
	}
	goto st0;
tr1536:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_TAGGED_EXT_PAREN)) {p++; cs = 1117; goto _out;} {( run->stack)[( run->top)++] = 1117;goto st1359;} }
	goto st1117;
st1117:
	p += 1;
case 1117:
	switch( (*p) ) {
		case 32u: goto st1112;
		case 41u: goto st1115;
	}
	goto st0;
tr1538:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(1118)))-1;} }
	goto st1118;
st1118:
	p += 1;
case 1118:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1548;
	goto st0;
tr1550:
	{ {p = (( IMW_SKIP_TO(1119)))-1;} }
	goto st1119;
tr1548:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1119)))-1;} }
	goto st1119;
st1119:
	p += 1;
case 1119:
	switch( (*p) ) {
		case 43u: goto tr1549;
		case 125u: goto tr1551;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1550;
	goto st0;
tr1549:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1120)))-1;} }
	goto st1120;
st1120:
	p += 1;
case 1120:
	if ( (*p) == 125u )
		goto tr1552;
	goto st0;
tr1552:
	{ {p = (( IMW_SKIP_TO(1121)))-1;} }
	goto st1121;
tr1551:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1121)))-1;} }
	goto st1121;
st1121:
	p += 1;
case 1121:
	if ( (*p) == 13u )
		goto tr1553;
	goto st0;
tr1553:
	{ {p = (( IMW_SKIP_TO(1122)))-1;} }
	goto st1122;
st1122:
	p += 1;
case 1122:
	if ( (*p) == 10u )
		goto tr1554;
	goto st0;
tr1554:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(1123)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 1123; goto _out;} }
	goto st1123;
st1123:
	p += 1;
case 1123:
	switch( (*p) ) {
		case 32u: goto tr1555;
		case 41u: goto tr1556;
	}
	goto st0;
tr1529:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st1124;
st1124:
	p += 1;
case 1124:
	switch( (*p) ) {
		case 32u: goto tr1532;
		case 41u: goto tr1533;
		case 44u: goto st1125;
		case 58u: goto st1127;
	}
	goto st0;
st1125:
	p += 1;
case 1125:
	if ( (*p) == 42u )
		goto st1124;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1560;
	goto st0;
tr1560:
	{ {p = (( IMW_SKIP_TO(1126)))-1;} }
	goto st1126;
st1126:
	p += 1;
case 1126:
	switch( (*p) ) {
		case 32u: goto tr1532;
		case 41u: goto tr1533;
		case 44u: goto st1125;
		case 58u: goto st1127;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1560;
	goto st0;
st1127:
	p += 1;
case 1127:
	if ( (*p) == 42u )
		goto st1128;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1562;
	goto st0;
st1128:
	p += 1;
case 1128:
	switch( (*p) ) {
		case 32u: goto tr1532;
		case 41u: goto tr1533;
		case 44u: goto st1125;
	}
	goto st0;
tr1562:
	{ {p = (( IMW_SKIP_TO(1129)))-1;} }
	goto st1129;
st1129:
	p += 1;
case 1129:
	switch( (*p) ) {
		case 32u: goto tr1532;
		case 41u: goto tr1533;
		case 44u: goto st1125;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1562;
	goto st0;
tr1565:
	{ {p = (( IMW_SKIP_TO(1130)))-1;} }
	goto st1130;
tr1530:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1130)))-1;} }
	goto st1130;
st1130:
	p += 1;
case 1130:
	switch( (*p) ) {
		case 32u: goto tr1563;
		case 41u: goto tr1564;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1565;
	goto st0;
tr1568:
	{ {p = (( IMW_SKIP_TO(1131)))-1;} }
	goto st1131;
tr1531:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(1131)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	goto st1131;
st1131:
	p += 1;
case 1131:
	switch( (*p) ) {
		case 32u: goto tr1566;
		case 41u: goto tr1567;
		case 44u: goto st1125;
		case 58u: goto st1127;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1568;
	goto st0;
st1132:
	p += 1;
case 1132:
	switch( (*p) ) {
		case 65u: goto st1133;
		case 79u: goto st1228;
		case 97u: goto st1133;
		case 111u: goto st1228;
	}
	goto st0;
st1133:
	p += 1;
case 1133:
	switch( (*p) ) {
		case 82u: goto st1134;
		case 84u: goto st1138;
		case 114u: goto st1134;
		case 116u: goto st1138;
	}
	goto st0;
st1134:
	p += 1;
case 1134:
	switch( (*p) ) {
		case 84u: goto st1135;
		case 116u: goto st1135;
	}
	goto st0;
st1135:
	p += 1;
case 1135:
	switch( (*p) ) {
		case 84u: goto st1136;
		case 116u: goto st1136;
	}
	goto st0;
st1136:
	p += 1;
case 1136:
	switch( (*p) ) {
		case 76u: goto st1137;
		case 108u: goto st1137;
	}
	goto st0;
st1137:
	p += 1;
case 1137:
	switch( (*p) ) {
		case 83u: goto st163;
		case 115u: goto st163;
	}
	goto st0;
st1138:
	p += 1;
case 1138:
	switch( (*p) ) {
		case 85u: goto st1139;
		case 117u: goto st1139;
	}
	goto st0;
st1139:
	p += 1;
case 1139:
	switch( (*p) ) {
		case 83u: goto st1140;
		case 115u: goto st1140;
	}
	goto st0;
st1140:
	p += 1;
case 1140:
	if ( (*p) == 32u )
		goto st1141;
	goto st0;
st1141:
	p += 1;
case 1141:
	switch( (*p) ) {
		case 34u: goto tr1580;
		case 123u: goto tr1581;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1579;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1579;
		} else if ( (*p) >= 43u )
			goto tr1579;
	} else
		goto tr1579;
	goto st0;
tr1583:
	{ {p = (( IMW_SKIP_TO(1142)))-1;} }
	goto st1142;
tr1579:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(1142)))-1;} }
	goto st1142;
st1142:
	p += 1;
case 1142:
	switch( (*p) ) {
		case 32u: goto tr1582;
		case 33u: goto tr1583;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1583;
		} else if ( (*p) >= 35u )
			goto tr1583;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1583;
		} else if ( (*p) >= 93u )
			goto tr1583;
	} else
		goto tr1583;
	goto st0;
tr1582:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st1143;
tr1670:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_NAME_CLOSE(IMW_RULE_MAILBOX); }
	goto st1143;
st1143:
	p += 1;
case 1143:
	if ( (*p) == 40u )
		goto st1144;
	goto st0;
st1144:
	p += 1;
case 1144:
	switch( (*p) ) {
		case 65u: goto st1145;
		case 68u: goto st1157;
		case 72u: goto st1171;
		case 77u: goto st1183;
		case 82u: goto st1197;
		case 83u: goto st1201;
		case 85u: goto st1203;
		case 97u: goto st1145;
		case 100u: goto st1157;
		case 104u: goto st1171;
		case 109u: goto st1183;
		case 114u: goto st1197;
		case 115u: goto st1201;
		case 117u: goto st1203;
	}
	goto st0;
st1145:
	p += 1;
case 1145:
	switch( (*p) ) {
		case 80u: goto st1146;
		case 112u: goto st1146;
	}
	goto st0;
st1146:
	p += 1;
case 1146:
	switch( (*p) ) {
		case 80u: goto st1147;
		case 112u: goto st1147;
	}
	goto st0;
st1147:
	p += 1;
case 1147:
	switch( (*p) ) {
		case 69u: goto st1148;
		case 101u: goto st1148;
	}
	goto st0;
st1148:
	p += 1;
case 1148:
	switch( (*p) ) {
		case 78u: goto st1149;
		case 110u: goto st1149;
	}
	goto st0;
st1149:
	p += 1;
case 1149:
	switch( (*p) ) {
		case 68u: goto st1150;
		case 100u: goto st1150;
	}
	goto st0;
st1150:
	p += 1;
case 1150:
	switch( (*p) ) {
		case 76u: goto st1151;
		case 108u: goto st1151;
	}
	goto st0;
st1151:
	p += 1;
case 1151:
	switch( (*p) ) {
		case 73u: goto st1152;
		case 105u: goto st1152;
	}
	goto st0;
st1152:
	p += 1;
case 1152:
	switch( (*p) ) {
		case 77u: goto st1153;
		case 109u: goto st1153;
	}
	goto st0;
st1153:
	p += 1;
case 1153:
	switch( (*p) ) {
		case 73u: goto st1154;
		case 105u: goto st1154;
	}
	goto st0;
st1154:
	p += 1;
case 1154:
	switch( (*p) ) {
		case 84u: goto st1155;
		case 116u: goto st1155;
	}
	goto st0;
st1155:
	p += 1;
case 1155:
	switch( (*p) ) {
		case 32u: goto st1144;
		case 41u: goto st1156;
	}
	goto st0;
st1156:
	p += 1;
case 1156:
	if ( (*p) == 13u )
		goto tr1603;
	goto st0;
st1157:
	p += 1;
case 1157:
	switch( (*p) ) {
		case 69u: goto st1158;
		case 101u: goto st1158;
	}
	goto st0;
st1158:
	p += 1;
case 1158:
	switch( (*p) ) {
		case 76u: goto st1159;
		case 108u: goto st1159;
	}
	goto st0;
st1159:
	p += 1;
case 1159:
	switch( (*p) ) {
		case 69u: goto st1160;
		case 101u: goto st1160;
	}
	goto st0;
st1160:
	p += 1;
case 1160:
	switch( (*p) ) {
		case 84u: goto st1161;
		case 116u: goto st1161;
	}
	goto st0;
st1161:
	p += 1;
case 1161:
	switch( (*p) ) {
		case 69u: goto st1162;
		case 101u: goto st1162;
	}
	goto st0;
st1162:
	p += 1;
case 1162:
	switch( (*p) ) {
		case 68u: goto st1163;
		case 100u: goto st1163;
	}
	goto st0;
st1163:
	p += 1;
case 1163:
	switch( (*p) ) {
		case 32u: goto st1144;
		case 41u: goto st1156;
		case 45u: goto st1164;
	}
	goto st0;
st1164:
	p += 1;
case 1164:
	switch( (*p) ) {
		case 83u: goto st1165;
		case 115u: goto st1165;
	}
	goto st0;
st1165:
	p += 1;
case 1165:
	switch( (*p) ) {
		case 84u: goto st1166;
		case 116u: goto st1166;
	}
	goto st0;
st1166:
	p += 1;
case 1166:
	switch( (*p) ) {
		case 79u: goto st1167;
		case 111u: goto st1167;
	}
	goto st0;
st1167:
	p += 1;
case 1167:
	switch( (*p) ) {
		case 82u: goto st1168;
		case 114u: goto st1168;
	}
	goto st0;
st1168:
	p += 1;
case 1168:
	switch( (*p) ) {
		case 65u: goto st1169;
		case 97u: goto st1169;
	}
	goto st0;
st1169:
	p += 1;
case 1169:
	switch( (*p) ) {
		case 71u: goto st1170;
		case 103u: goto st1170;
	}
	goto st0;
st1170:
	p += 1;
case 1170:
	switch( (*p) ) {
		case 69u: goto st1155;
		case 101u: goto st1155;
	}
	goto st0;
st1171:
	p += 1;
case 1171:
	switch( (*p) ) {
		case 73u: goto st1172;
		case 105u: goto st1172;
	}
	goto st0;
st1172:
	p += 1;
case 1172:
	switch( (*p) ) {
		case 71u: goto st1173;
		case 103u: goto st1173;
	}
	goto st0;
st1173:
	p += 1;
case 1173:
	switch( (*p) ) {
		case 72u: goto st1174;
		case 104u: goto st1174;
	}
	goto st0;
st1174:
	p += 1;
case 1174:
	switch( (*p) ) {
		case 69u: goto st1175;
		case 101u: goto st1175;
	}
	goto st0;
st1175:
	p += 1;
case 1175:
	switch( (*p) ) {
		case 83u: goto st1176;
		case 115u: goto st1176;
	}
	goto st0;
st1176:
	p += 1;
case 1176:
	switch( (*p) ) {
		case 84u: goto st1177;
		case 116u: goto st1177;
	}
	goto st0;
st1177:
	p += 1;
case 1177:
	switch( (*p) ) {
		case 77u: goto st1178;
		case 109u: goto st1178;
	}
	goto st0;
st1178:
	p += 1;
case 1178:
	switch( (*p) ) {
		case 79u: goto st1179;
		case 111u: goto st1179;
	}
	goto st0;
st1179:
	p += 1;
case 1179:
	switch( (*p) ) {
		case 68u: goto st1180;
		case 100u: goto st1180;
	}
	goto st0;
st1180:
	p += 1;
case 1180:
	switch( (*p) ) {
		case 83u: goto st1181;
		case 115u: goto st1181;
	}
	goto st0;
st1181:
	p += 1;
case 1181:
	switch( (*p) ) {
		case 69u: goto st1182;
		case 101u: goto st1182;
	}
	goto st0;
st1182:
	p += 1;
case 1182:
	switch( (*p) ) {
		case 81u: goto st1155;
		case 113u: goto st1155;
	}
	goto st0;
st1183:
	p += 1;
case 1183:
	switch( (*p) ) {
		case 65u: goto st1184;
		case 69u: goto st1191;
		case 97u: goto st1184;
		case 101u: goto st1191;
	}
	goto st0;
st1184:
	p += 1;
case 1184:
	switch( (*p) ) {
		case 73u: goto st1185;
		case 105u: goto st1185;
	}
	goto st0;
st1185:
	p += 1;
case 1185:
	switch( (*p) ) {
		case 76u: goto st1186;
		case 108u: goto st1186;
	}
	goto st0;
st1186:
	p += 1;
case 1186:
	switch( (*p) ) {
		case 66u: goto st1187;
		case 98u: goto st1187;
	}
	goto st0;
st1187:
	p += 1;
case 1187:
	switch( (*p) ) {
		case 79u: goto st1188;
		case 111u: goto st1188;
	}
	goto st0;
st1188:
	p += 1;
case 1188:
	switch( (*p) ) {
		case 88u: goto st1189;
		case 120u: goto st1189;
	}
	goto st0;
st1189:
	p += 1;
case 1189:
	switch( (*p) ) {
		case 73u: goto st1190;
		case 105u: goto st1190;
	}
	goto st0;
st1190:
	p += 1;
case 1190:
	switch( (*p) ) {
		case 68u: goto st1155;
		case 100u: goto st1155;
	}
	goto st0;
st1191:
	p += 1;
case 1191:
	switch( (*p) ) {
		case 83u: goto st1192;
		case 115u: goto st1192;
	}
	goto st0;
st1192:
	p += 1;
case 1192:
	switch( (*p) ) {
		case 83u: goto st1193;
		case 115u: goto st1193;
	}
	goto st0;
st1193:
	p += 1;
case 1193:
	switch( (*p) ) {
		case 65u: goto st1194;
		case 97u: goto st1194;
	}
	goto st0;
st1194:
	p += 1;
case 1194:
	switch( (*p) ) {
		case 71u: goto st1195;
		case 103u: goto st1195;
	}
	goto st0;
st1195:
	p += 1;
case 1195:
	switch( (*p) ) {
		case 69u: goto st1196;
		case 101u: goto st1196;
	}
	goto st0;
st1196:
	p += 1;
case 1196:
	switch( (*p) ) {
		case 83u: goto st1155;
		case 115u: goto st1155;
	}
	goto st0;
st1197:
	p += 1;
case 1197:
	switch( (*p) ) {
		case 69u: goto st1198;
		case 101u: goto st1198;
	}
	goto st0;
st1198:
	p += 1;
case 1198:
	switch( (*p) ) {
		case 67u: goto st1199;
		case 99u: goto st1199;
	}
	goto st0;
st1199:
	p += 1;
case 1199:
	switch( (*p) ) {
		case 69u: goto st1200;
		case 101u: goto st1200;
	}
	goto st0;
st1200:
	p += 1;
case 1200:
	switch( (*p) ) {
		case 78u: goto st1154;
		case 110u: goto st1154;
	}
	goto st0;
st1201:
	p += 1;
case 1201:
	switch( (*p) ) {
		case 73u: goto st1202;
		case 105u: goto st1202;
	}
	goto st0;
st1202:
	p += 1;
case 1202:
	switch( (*p) ) {
		case 90u: goto st1170;
		case 122u: goto st1170;
	}
	goto st0;
st1203:
	p += 1;
case 1203:
	switch( (*p) ) {
		case 73u: goto st1204;
		case 78u: goto st1215;
		case 105u: goto st1204;
		case 110u: goto st1215;
	}
	goto st0;
st1204:
	p += 1;
case 1204:
	switch( (*p) ) {
		case 68u: goto st1205;
		case 100u: goto st1205;
	}
	goto st0;
st1205:
	p += 1;
case 1205:
	switch( (*p) ) {
		case 78u: goto st1206;
		case 86u: goto st1208;
		case 110u: goto st1206;
		case 118u: goto st1208;
	}
	goto st0;
st1206:
	p += 1;
case 1206:
	switch( (*p) ) {
		case 69u: goto st1207;
		case 101u: goto st1207;
	}
	goto st0;
st1207:
	p += 1;
case 1207:
	switch( (*p) ) {
		case 88u: goto st1154;
		case 120u: goto st1154;
	}
	goto st0;
st1208:
	p += 1;
case 1208:
	switch( (*p) ) {
		case 65u: goto st1209;
		case 97u: goto st1209;
	}
	goto st0;
st1209:
	p += 1;
case 1209:
	switch( (*p) ) {
		case 76u: goto st1210;
		case 108u: goto st1210;
	}
	goto st0;
st1210:
	p += 1;
case 1210:
	switch( (*p) ) {
		case 73u: goto st1211;
		case 105u: goto st1211;
	}
	goto st0;
st1211:
	p += 1;
case 1211:
	switch( (*p) ) {
		case 68u: goto st1212;
		case 100u: goto st1212;
	}
	goto st0;
st1212:
	p += 1;
case 1212:
	switch( (*p) ) {
		case 73u: goto st1213;
		case 105u: goto st1213;
	}
	goto st0;
st1213:
	p += 1;
case 1213:
	switch( (*p) ) {
		case 84u: goto st1214;
		case 116u: goto st1214;
	}
	goto st0;
st1214:
	p += 1;
case 1214:
	switch( (*p) ) {
		case 89u: goto st1155;
		case 121u: goto st1155;
	}
	goto st0;
st1215:
	p += 1;
case 1215:
	switch( (*p) ) {
		case 83u: goto st1216;
		case 115u: goto st1216;
	}
	goto st0;
st1216:
	p += 1;
case 1216:
	switch( (*p) ) {
		case 69u: goto st1217;
		case 101u: goto st1217;
	}
	goto st0;
st1217:
	p += 1;
case 1217:
	switch( (*p) ) {
		case 69u: goto st1218;
		case 101u: goto st1218;
	}
	goto st0;
st1218:
	p += 1;
case 1218:
	switch( (*p) ) {
		case 78u: goto st1155;
		case 110u: goto st1155;
	}
	goto st0;
tr1660:
	{ {p = (( IMW_SKIP_TO(1219)))-1;} }
	goto st1219;
tr1580:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(1219)))-1;} }
	goto st1219;
st1219:
	p += 1;
case 1219:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1661;
		case 92u: goto tr1662;
	}
	goto tr1660;
tr1661:
	{ {p = (( IMW_SKIP_TO(1220)))-1;} }
	goto st1220;
st1220:
	p += 1;
case 1220:
	if ( (*p) == 32u )
		goto tr1582;
	goto st0;
tr1662:
	{ {p = (( IMW_SKIP_TO(1221)))-1;} }
	goto st1221;
st1221:
	p += 1;
case 1221:
	switch( (*p) ) {
		case 34u: goto tr1660;
		case 92u: goto tr1660;
	}
	goto st0;
tr1581:
	{ IMW_NAME_OPEN(IMW_RULE_MAILBOX); }
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(1222)))-1;} }
	goto st1222;
st1222:
	p += 1;
case 1222:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1663;
	goto st0;
tr1665:
	{ {p = (( IMW_SKIP_TO(1223)))-1;} }
	goto st1223;
tr1663:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1223)))-1;} }
	goto st1223;
st1223:
	p += 1;
case 1223:
	switch( (*p) ) {
		case 43u: goto tr1664;
		case 125u: goto tr1666;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1665;
	goto st0;
tr1664:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1224)))-1;} }
	goto st1224;
st1224:
	p += 1;
case 1224:
	if ( (*p) == 125u )
		goto tr1667;
	goto st0;
tr1667:
	{ {p = (( IMW_SKIP_TO(1225)))-1;} }
	goto st1225;
tr1666:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1225)))-1;} }
	goto st1225;
st1225:
	p += 1;
case 1225:
	if ( (*p) == 13u )
		goto tr1668;
	goto st0;
tr1668:
	{ {p = (( IMW_SKIP_TO(1226)))-1;} }
	goto st1226;
st1226:
	p += 1;
case 1226:
	if ( (*p) == 10u )
		goto tr1669;
	goto st0;
tr1669:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(1227)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 1227; goto _out;} }
	goto st1227;
st1227:
	p += 1;
case 1227:
	if ( (*p) == 32u )
		goto tr1670;
	goto st0;
st1228:
	p += 1;
case 1228:
	switch( (*p) ) {
		case 82u: goto st1229;
		case 114u: goto st1229;
	}
	goto st0;
st1229:
	p += 1;
case 1229:
	switch( (*p) ) {
		case 69u: goto st1230;
		case 101u: goto st1230;
	}
	goto st0;
st1230:
	p += 1;
case 1230:
	if ( (*p) == 32u )
		goto st1231;
	goto st0;
st1231:
	p += 1;
case 1231:
	switch( (*p) ) {
		case 36u: goto tr1674;
		case 42u: goto tr1675;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1676;
	goto st0;
tr1674:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st1232;
st1232:
	p += 1;
case 1232:
	if ( (*p) == 32u )
		goto tr1677;
	goto st0;
tr1677:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	goto st1233;
st1233:
	p += 1;
case 1233:
	switch( (*p) ) {
		case 40u: goto st1234;
		case 43u: goto st1240;
		case 45u: goto st1240;
		case 70u: goto st1241;
		case 102u: goto st1241;
	}
	goto st0;
tr1690:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st1234;
tr1751:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st1234;
tr1769:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st1234;
tr1772:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st1234;
tr1791:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st1234;
tr1794:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st1234;
st1234:
	p += 1;
case 1234:
	switch( (*p) ) {
		case 85u: goto st1291;
		case 95u: goto st1235;
		case 117u: goto st1291;
	}
	if ( (*p) < 65u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1235;
	} else if ( (*p) > 90u ) {
		if ( 97u <= (*p) && (*p) <= 122u )
			goto st1235;
	} else
		goto st1235;
	goto st0;
st1235:
	p += 1;
case 1235:
	switch( (*p) ) {
		case 32u: goto st1236;
		case 41u: goto st1238;
		case 95u: goto st1235;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1235;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1235;
		} else if ( (*p) >= 65u )
			goto st1235;
	} else
		goto st1235;
	goto st0;
st1236:
	p += 1;
case 1236:
	switch( (*p) ) {
		case 36u: goto tr1685;
		case 40u: goto tr1686;
		case 42u: goto tr1687;
		case 48u: goto tr1688;
		case 85u: goto st1291;
		case 95u: goto st1235;
		case 117u: goto st1291;
	}
	if ( (*p) < 49u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1235;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1235;
		} else if ( (*p) >= 65u )
			goto st1235;
	} else
		goto tr1689;
	goto st0;
tr1685:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st1237;
st1237:
	p += 1;
case 1237:
	switch( (*p) ) {
		case 32u: goto tr1690;
		case 41u: goto tr1691;
	}
	goto st0;
tr1691:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st1238;
tr1752:
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st1238;
tr1770:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st1238;
tr1773:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	goto st1238;
tr1792:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st1238;
tr1795:
	{ IMW_EV_CLOSE(IMW_RULE_SEQUENCE_SET); }
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ IMW_EV_CLOSE(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_CLOSE(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st1238;
st1238:
	p += 1;
case 1238:
	if ( (*p) == 32u )
		goto st1239;
	goto st0;
st1239:
	p += 1;
case 1239:
	switch( (*p) ) {
		case 43u: goto st1240;
		case 45u: goto st1240;
		case 70u: goto st1241;
		case 102u: goto st1241;
	}
	goto st0;
st1240:
	p += 1;
case 1240:
	switch( (*p) ) {
		case 70u: goto st1241;
		case 102u: goto st1241;
	}
	goto st0;
st1241:
	p += 1;
case 1241:
	switch( (*p) ) {
		case 76u: goto st1242;
		case 108u: goto st1242;
	}
	goto st0;
st1242:
	p += 1;
case 1242:
	switch( (*p) ) {
		case 65u: goto st1243;
		case 97u: goto st1243;
	}
	goto st0;
st1243:
	p += 1;
case 1243:
	switch( (*p) ) {
		case 71u: goto st1244;
		case 103u: goto st1244;
	}
	goto st0;
st1244:
	p += 1;
case 1244:
	switch( (*p) ) {
		case 83u: goto st1245;
		case 115u: goto st1245;
	}
	goto st0;
st1245:
	p += 1;
case 1245:
	switch( (*p) ) {
		case 32u: goto st1246;
		case 46u: goto st1262;
	}
	goto st0;
st1246:
	p += 1;
case 1246:
	switch( (*p) ) {
		case 33u: goto tr1699;
		case 40u: goto tr1700;
		case 92u: goto tr1701;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1699;
		} else if ( (*p) >= 35u )
			goto tr1699;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1699;
		} else if ( (*p) >= 94u )
			goto tr1699;
	} else
		goto tr1699;
	goto st0;
tr1704:
	{ {p = (( IMW_SKIP_TO(1247)))-1;} }
	goto st1247;
tr1699:
	{ IMW_NAME_OPEN(IMW_RULE_FLAG); }
	{ {p = (( IMW_SKIP_TO(1247)))-1;} }
	goto st1247;
st1247:
	p += 1;
case 1247:
	switch( (*p) ) {
		case 13u: goto tr1702;
		case 32u: goto tr1703;
		case 33u: goto tr1704;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1704;
		} else if ( (*p) >= 35u )
			goto tr1704;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1704;
		} else if ( (*p) >= 94u )
			goto tr1704;
	} else
		goto tr1704;
	goto st0;
tr1703:
	{ IMW_NAME_CLOSE(IMW_RULE_FLAG); }
	goto st1248;
st1248:
	p += 1;
case 1248:
	switch( (*p) ) {
		case 33u: goto tr1699;
		case 92u: goto tr1701;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1699;
		} else if ( (*p) >= 35u )
			goto tr1699;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1699;
		} else if ( (*p) >= 94u )
			goto tr1699;
	} else
		goto tr1699;
	goto st0;
tr1701:
	{ IMW_NAME_OPEN(IMW_RULE_FLAG); }
	goto st1249;
st1249:
	p += 1;
case 1249:
	if ( (*p) == 33u )
		goto tr1704;
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1704;
		} else if ( (*p) >= 35u )
			goto tr1704;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1704;
		} else if ( (*p) >= 94u )
			goto tr1704;
	} else
		goto tr1704;
	goto st0;
tr1700:
	{ IMW_EV_OPEN(IMW_RULE_FLAG_LIST); }
	goto st1250;
st1250:
	p += 1;
case 1250:
	switch( (*p) ) {
		case 32u: goto tr1705;
		case 34u: goto tr1707;
		case 41u: goto st1252;
		case 92u: goto tr1709;
		case 93u: goto tr1710;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1706;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1706;
		} else if ( (*p) >= 43u )
			goto tr1706;
	} else
		goto tr1706;
	goto st0;
tr1705:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st1251;
st1251:
	p += 1;
case 1251:
	switch( (*p) ) {
		case 32u: goto st1251;
		case 41u: goto tr1712;
	}
	goto st0;
tr1712:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st1252;
tr1716:
	{ IMW_NAME_CLOSE(IMW_RULE_FLAG); }
	goto st1252;
tr1728:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_FLAG_QUOTED); }
	goto st1252;
tr1731:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_FLAG_STAR); }
	goto st1252;
tr1733:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st1252;
st1252:
	p += 1;
case 1252:
	if ( (*p) == 13u )
		goto tr1713;
	goto st0;
tr1715:
	{ {p = (( IMW_SKIP_TO(1253)))-1;} }
	goto st1253;
tr1706:
	{ IMW_NAME_OPEN(IMW_RULE_FLAG); }
	{ {p = (( IMW_SKIP_TO(1253)))-1;} }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st1253;
tr1720:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_NAME_OPEN(IMW_RULE_FLAG); }
	{ {p = (( IMW_SKIP_TO(1253)))-1;} }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st1253;
st1253:
	p += 1;
case 1253:
	switch( (*p) ) {
		case 32u: goto tr1714;
		case 33u: goto tr1715;
		case 41u: goto tr1716;
		case 93u: goto st1261;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1715;
		} else if ( (*p) >= 35u )
			goto tr1715;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1715;
		} else if ( (*p) >= 94u )
			goto tr1715;
	} else
		goto tr1715;
	goto st0;
tr1714:
	{ IMW_NAME_CLOSE(IMW_RULE_FLAG); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st1254;
tr1727:
	{ IMW_EV_CLOSE(IMW_RULE_LENIENT_FLAG_QUOTED); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st1254;
tr1730:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_FLAG_STAR); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st1254;
tr1732:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_FLAG_BRACKET); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_SPACE_BEFORE_PAREN); }
	goto st1254;
st1254:
	p += 1;
case 1254:
	switch( (*p) ) {
		case 32u: goto tr1718;
		case 34u: goto tr1707;
		case 41u: goto tr1712;
		case 92u: goto tr1709;
		case 93u: goto tr1710;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1706;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1706;
		} else if ( (*p) >= 43u )
			goto tr1706;
	} else
		goto tr1706;
	goto st0;
tr1718:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	goto st1255;
st1255:
	p += 1;
case 1255:
	switch( (*p) ) {
		case 32u: goto st1255;
		case 34u: goto tr1721;
		case 41u: goto tr1712;
		case 92u: goto tr1722;
		case 93u: goto tr1723;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1720;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1720;
		} else if ( (*p) >= 43u )
			goto tr1720;
	} else
		goto tr1720;
	goto st0;
tr1724:
	{ {p = (( IMW_SKIP_TO(1256)))-1;} }
	goto st1256;
tr1707:
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_FLAG_QUOTED); }
	{ {p = (( IMW_SKIP_TO(1256)))-1;} }
	goto st1256;
tr1721:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_EV_OPEN(IMW_RULE_LENIENT_FLAG_QUOTED); }
	{ {p = (( IMW_SKIP_TO(1256)))-1;} }
	goto st1256;
st1256:
	p += 1;
case 1256:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1725;
		case 92u: goto tr1726;
	}
	goto tr1724;
tr1725:
	{ {p = (( IMW_SKIP_TO(1257)))-1;} }
	goto st1257;
st1257:
	p += 1;
case 1257:
	switch( (*p) ) {
		case 32u: goto tr1727;
		case 41u: goto tr1728;
	}
	goto st0;
tr1726:
	{ {p = (( IMW_SKIP_TO(1258)))-1;} }
	goto st1258;
st1258:
	p += 1;
case 1258:
	switch( (*p) ) {
		case 34u: goto tr1724;
		case 92u: goto tr1724;
	}
	goto st0;
tr1709:
	{ IMW_NAME_OPEN(IMW_RULE_FLAG); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_STAR); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st1259;
tr1722:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_NAME_OPEN(IMW_RULE_FLAG); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_STAR); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st1259;
st1259:
	p += 1;
case 1259:
	switch( (*p) ) {
		case 33u: goto tr1715;
		case 42u: goto st1260;
		case 93u: goto st1261;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1715;
		} else if ( (*p) >= 35u )
			goto tr1715;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1715;
		} else if ( (*p) >= 94u )
			goto tr1715;
	} else
		goto tr1715;
	goto st0;
st1260:
	p += 1;
case 1260:
	switch( (*p) ) {
		case 32u: goto tr1730;
		case 41u: goto tr1731;
	}
	goto st0;
tr1710:
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st1261;
tr1723:
	{ IMW_LATE_CLOSE(IMW_RULE_LENIENT_DOUBLE_SPACE); }
	{ IMW_LATE_OPEN(IMW_RULE_LENIENT_FLAG_BRACKET); }
	goto st1261;
st1261:
	p += 1;
case 1261:
	switch( (*p) ) {
		case 32u: goto tr1732;
		case 33u: goto st1261;
		case 41u: goto tr1733;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto st1261;
		} else if ( (*p) >= 35u )
			goto st1261;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto st1261;
		} else if ( (*p) >= 93u )
			goto st1261;
	} else
		goto st1261;
	goto st0;
st1262:
	p += 1;
case 1262:
	switch( (*p) ) {
		case 83u: goto st1263;
		case 115u: goto st1263;
	}
	goto st0;
st1263:
	p += 1;
case 1263:
	switch( (*p) ) {
		case 73u: goto st1264;
		case 105u: goto st1264;
	}
	goto st0;
st1264:
	p += 1;
case 1264:
	switch( (*p) ) {
		case 76u: goto st1265;
		case 108u: goto st1265;
	}
	goto st0;
st1265:
	p += 1;
case 1265:
	switch( (*p) ) {
		case 69u: goto st1266;
		case 101u: goto st1266;
	}
	goto st0;
st1266:
	p += 1;
case 1266:
	switch( (*p) ) {
		case 78u: goto st1267;
		case 110u: goto st1267;
	}
	goto st0;
st1267:
	p += 1;
case 1267:
	switch( (*p) ) {
		case 84u: goto st1268;
		case 116u: goto st1268;
	}
	goto st0;
st1268:
	p += 1;
case 1268:
	if ( (*p) == 32u )
		goto st1246;
	goto st0;
tr1686:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	goto st1269;
st1269:
	p += 1;
case 1269:
	switch( (*p) ) {
		case 34u: goto tr1741;
		case 40u: goto tr1742;
		case 41u: goto st1274;
		case 123u: goto tr1744;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1740;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1740;
		} else if ( (*p) >= 43u )
			goto tr1740;
	} else
		goto tr1740;
	goto st0;
tr1746:
	{ {p = (( IMW_SKIP_TO(1270)))-1;} }
	goto st1270;
tr1740:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(1270)))-1;} }
	goto st1270;
st1270:
	p += 1;
case 1270:
	switch( (*p) ) {
		case 32u: goto tr1745;
		case 33u: goto tr1746;
		case 41u: goto tr1747;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1746;
		} else if ( (*p) >= 35u )
			goto tr1746;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1746;
		} else if ( (*p) >= 93u )
			goto tr1746;
	} else
		goto tr1746;
	goto st0;
tr1745:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st1271;
tr1761:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st1271;
st1271:
	p += 1;
case 1271:
	switch( (*p) ) {
		case 34u: goto tr1741;
		case 40u: goto tr1742;
		case 123u: goto tr1744;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1740;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1740;
		} else if ( (*p) >= 43u )
			goto tr1740;
	} else
		goto tr1740;
	goto st0;
tr1748:
	{ {p = (( IMW_SKIP_TO(1272)))-1;} }
	goto st1272;
tr1741:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(1272)))-1;} }
	goto st1272;
st1272:
	p += 1;
case 1272:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1749;
		case 92u: goto tr1750;
	}
	goto tr1748;
tr1749:
	{ {p = (( IMW_SKIP_TO(1273)))-1;} }
	goto st1273;
st1273:
	p += 1;
case 1273:
	switch( (*p) ) {
		case 32u: goto tr1745;
		case 41u: goto tr1747;
	}
	goto st0;
tr1747:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st1274;
tr1762:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st1274;
st1274:
	p += 1;
case 1274:
	switch( (*p) ) {
		case 32u: goto tr1751;
		case 41u: goto tr1752;
	}
	goto st0;
tr1750:
	{ {p = (( IMW_SKIP_TO(1275)))-1;} }
	goto st1275;
st1275:
	p += 1;
case 1275:
	switch( (*p) ) {
		case 34u: goto tr1748;
		case 92u: goto tr1748;
	}
	goto st0;
tr1742:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_TAGGED_EXT_PAREN)) {p++; cs = 1276; goto _out;} {( run->stack)[( run->top)++] = 1276;goto st1359;} }
	goto st1276;
st1276:
	p += 1;
case 1276:
	switch( (*p) ) {
		case 32u: goto st1271;
		case 41u: goto st1274;
	}
	goto st0;
tr1744:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(1277)))-1;} }
	goto st1277;
st1277:
	p += 1;
case 1277:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1754;
	goto st0;
tr1756:
	{ {p = (( IMW_SKIP_TO(1278)))-1;} }
	goto st1278;
tr1754:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1278)))-1;} }
	goto st1278;
st1278:
	p += 1;
case 1278:
	switch( (*p) ) {
		case 43u: goto tr1755;
		case 125u: goto tr1757;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1756;
	goto st0;
tr1755:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1279)))-1;} }
	goto st1279;
st1279:
	p += 1;
case 1279:
	if ( (*p) == 125u )
		goto tr1758;
	goto st0;
tr1758:
	{ {p = (( IMW_SKIP_TO(1280)))-1;} }
	goto st1280;
tr1757:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1280)))-1;} }
	goto st1280;
st1280:
	p += 1;
case 1280:
	if ( (*p) == 13u )
		goto tr1759;
	goto st0;
tr1759:
	{ {p = (( IMW_SKIP_TO(1281)))-1;} }
	goto st1281;
st1281:
	p += 1;
case 1281:
	if ( (*p) == 10u )
		goto tr1760;
	goto st0;
tr1760:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(1282)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 1282; goto _out;} }
	goto st1282;
st1282:
	p += 1;
case 1282:
	switch( (*p) ) {
		case 32u: goto tr1761;
		case 41u: goto tr1762;
	}
	goto st0;
tr1687:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st1283;
st1283:
	p += 1;
case 1283:
	switch( (*p) ) {
		case 32u: goto tr1690;
		case 41u: goto tr1691;
		case 44u: goto st1284;
		case 58u: goto st1286;
	}
	goto st0;
st1284:
	p += 1;
case 1284:
	if ( (*p) == 42u )
		goto st1283;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1766;
	goto st0;
tr1766:
	{ {p = (( IMW_SKIP_TO(1285)))-1;} }
	goto st1285;
st1285:
	p += 1;
case 1285:
	switch( (*p) ) {
		case 32u: goto tr1690;
		case 41u: goto tr1691;
		case 44u: goto st1284;
		case 58u: goto st1286;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1766;
	goto st0;
st1286:
	p += 1;
case 1286:
	if ( (*p) == 42u )
		goto st1287;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1768;
	goto st0;
st1287:
	p += 1;
case 1287:
	switch( (*p) ) {
		case 32u: goto tr1690;
		case 41u: goto tr1691;
		case 44u: goto st1284;
	}
	goto st0;
tr1768:
	{ {p = (( IMW_SKIP_TO(1288)))-1;} }
	goto st1288;
st1288:
	p += 1;
case 1288:
	switch( (*p) ) {
		case 32u: goto tr1690;
		case 41u: goto tr1691;
		case 44u: goto st1284;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1768;
	goto st0;
tr1771:
	{ {p = (( IMW_SKIP_TO(1289)))-1;} }
	goto st1289;
tr1688:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1289)))-1;} }
	goto st1289;
st1289:
	p += 1;
case 1289:
	switch( (*p) ) {
		case 32u: goto tr1769;
		case 41u: goto tr1770;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1771;
	goto st0;
tr1774:
	{ {p = (( IMW_SKIP_TO(1290)))-1;} }
	goto st1290;
tr1689:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(1290)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	goto st1290;
st1290:
	p += 1;
case 1290:
	switch( (*p) ) {
		case 32u: goto tr1772;
		case 41u: goto tr1773;
		case 44u: goto st1284;
		case 58u: goto st1286;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1774;
	goto st0;
st1291:
	p += 1;
case 1291:
	switch( (*p) ) {
		case 32u: goto st1236;
		case 41u: goto st1238;
		case 78u: goto st1292;
		case 95u: goto st1235;
		case 110u: goto st1292;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1235;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1235;
		} else if ( (*p) >= 65u )
			goto st1235;
	} else
		goto st1235;
	goto st0;
st1292:
	p += 1;
case 1292:
	switch( (*p) ) {
		case 32u: goto st1236;
		case 41u: goto st1238;
		case 67u: goto st1293;
		case 95u: goto st1235;
		case 99u: goto st1293;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1235;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1235;
		} else if ( (*p) >= 65u )
			goto st1235;
	} else
		goto st1235;
	goto st0;
st1293:
	p += 1;
case 1293:
	switch( (*p) ) {
		case 32u: goto st1236;
		case 41u: goto st1238;
		case 72u: goto st1294;
		case 95u: goto st1235;
		case 104u: goto st1294;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1235;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1235;
		} else if ( (*p) >= 65u )
			goto st1235;
	} else
		goto st1235;
	goto st0;
st1294:
	p += 1;
case 1294:
	switch( (*p) ) {
		case 32u: goto st1236;
		case 41u: goto st1238;
		case 65u: goto st1295;
		case 95u: goto st1235;
		case 97u: goto st1295;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1235;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 98u <= (*p) && (*p) <= 122u )
				goto st1235;
		} else if ( (*p) >= 66u )
			goto st1235;
	} else
		goto st1235;
	goto st0;
st1295:
	p += 1;
case 1295:
	switch( (*p) ) {
		case 32u: goto st1236;
		case 41u: goto st1238;
		case 78u: goto st1296;
		case 95u: goto st1235;
		case 110u: goto st1296;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1235;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1235;
		} else if ( (*p) >= 65u )
			goto st1235;
	} else
		goto st1235;
	goto st0;
st1296:
	p += 1;
case 1296:
	switch( (*p) ) {
		case 32u: goto st1236;
		case 41u: goto st1238;
		case 71u: goto st1297;
		case 95u: goto st1235;
		case 103u: goto st1297;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1235;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1235;
		} else if ( (*p) >= 65u )
			goto st1235;
	} else
		goto st1235;
	goto st0;
st1297:
	p += 1;
case 1297:
	switch( (*p) ) {
		case 32u: goto st1236;
		case 41u: goto st1238;
		case 69u: goto st1298;
		case 95u: goto st1235;
		case 101u: goto st1298;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1235;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1235;
		} else if ( (*p) >= 65u )
			goto st1235;
	} else
		goto st1235;
	goto st0;
st1298:
	p += 1;
case 1298:
	switch( (*p) ) {
		case 32u: goto st1236;
		case 41u: goto st1238;
		case 68u: goto st1299;
		case 95u: goto st1235;
		case 100u: goto st1299;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1235;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1235;
		} else if ( (*p) >= 65u )
			goto st1235;
	} else
		goto st1235;
	goto st0;
st1299:
	p += 1;
case 1299:
	switch( (*p) ) {
		case 32u: goto st1236;
		case 41u: goto st1238;
		case 83u: goto st1300;
		case 95u: goto st1235;
		case 115u: goto st1300;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1235;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1235;
		} else if ( (*p) >= 65u )
			goto st1235;
	} else
		goto st1235;
	goto st0;
st1300:
	p += 1;
case 1300:
	switch( (*p) ) {
		case 32u: goto st1236;
		case 41u: goto st1238;
		case 73u: goto st1301;
		case 95u: goto st1235;
		case 105u: goto st1301;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1235;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1235;
		} else if ( (*p) >= 65u )
			goto st1235;
	} else
		goto st1235;
	goto st0;
st1301:
	p += 1;
case 1301:
	switch( (*p) ) {
		case 32u: goto st1236;
		case 41u: goto st1238;
		case 78u: goto st1302;
		case 95u: goto st1235;
		case 110u: goto st1302;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1235;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1235;
		} else if ( (*p) >= 65u )
			goto st1235;
	} else
		goto st1235;
	goto st0;
st1302:
	p += 1;
case 1302:
	switch( (*p) ) {
		case 32u: goto st1236;
		case 41u: goto st1238;
		case 67u: goto st1303;
		case 95u: goto st1235;
		case 99u: goto st1303;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1235;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1235;
		} else if ( (*p) >= 65u )
			goto st1235;
	} else
		goto st1235;
	goto st0;
st1303:
	p += 1;
case 1303:
	switch( (*p) ) {
		case 32u: goto st1236;
		case 41u: goto st1238;
		case 69u: goto st1304;
		case 95u: goto st1235;
		case 101u: goto st1304;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1235;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1235;
		} else if ( (*p) >= 65u )
			goto st1235;
	} else
		goto st1235;
	goto st0;
st1304:
	p += 1;
case 1304:
	switch( (*p) ) {
		case 32u: goto st1305;
		case 41u: goto st1238;
		case 95u: goto st1235;
	}
	if ( (*p) < 48u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1235;
	} else if ( (*p) > 58u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1235;
		} else if ( (*p) >= 65u )
			goto st1235;
	} else
		goto st1235;
	goto st0;
st1305:
	p += 1;
case 1305:
	switch( (*p) ) {
		case 36u: goto tr1685;
		case 40u: goto tr1686;
		case 42u: goto tr1687;
		case 48u: goto tr1789;
		case 85u: goto st1291;
		case 95u: goto st1235;
		case 117u: goto st1291;
	}
	if ( (*p) < 49u ) {
		if ( 45u <= (*p) && (*p) <= 46u )
			goto st1235;
	} else if ( (*p) > 57u ) {
		if ( (*p) > 90u ) {
			if ( 97u <= (*p) && (*p) <= 122u )
				goto st1235;
		} else if ( (*p) >= 65u )
			goto st1235;
	} else
		goto tr1790;
	goto st0;
tr1793:
	{ {p = (( IMW_SKIP_TO(1306)))-1;} }
	goto st1306;
tr1789:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1306)))-1;} }
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st1306;
st1306:
	p += 1;
case 1306:
	switch( (*p) ) {
		case 32u: goto tr1791;
		case 41u: goto tr1792;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1793;
	goto st0;
tr1796:
	{ {p = (( IMW_SKIP_TO(1307)))-1;} }
	goto st1307;
tr1790:
	{ IMW_EV_OPEN(IMW_RULE_TAGGED_EXT_VAL); }
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(1307)))-1;} }
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ IMW_EV_OPEN(IMW_RULE_MOD_SEQUENCE_VALUE); }
	goto st1307;
st1307:
	p += 1;
case 1307:
	switch( (*p) ) {
		case 32u: goto tr1794;
		case 41u: goto tr1795;
		case 44u: goto st1284;
		case 58u: goto st1286;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1796;
	goto st0;
tr1675:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st1308;
st1308:
	p += 1;
case 1308:
	switch( (*p) ) {
		case 32u: goto tr1677;
		case 44u: goto st1309;
		case 58u: goto st1311;
	}
	goto st0;
st1309:
	p += 1;
case 1309:
	if ( (*p) == 42u )
		goto st1308;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1800;
	goto st0;
tr1800:
	{ {p = (( IMW_SKIP_TO(1310)))-1;} }
	goto st1310;
tr1676:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(1310)))-1;} }
	goto st1310;
st1310:
	p += 1;
case 1310:
	switch( (*p) ) {
		case 32u: goto tr1677;
		case 44u: goto st1309;
		case 58u: goto st1311;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1800;
	goto st0;
st1311:
	p += 1;
case 1311:
	if ( (*p) == 42u )
		goto st1312;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1802;
	goto st0;
st1312:
	p += 1;
case 1312:
	switch( (*p) ) {
		case 32u: goto tr1677;
		case 44u: goto st1309;
	}
	goto st0;
tr1802:
	{ {p = (( IMW_SKIP_TO(1313)))-1;} }
	goto st1313;
st1313:
	p += 1;
case 1313:
	switch( (*p) ) {
		case 32u: goto tr1677;
		case 44u: goto st1309;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1802;
	goto st0;
st1314:
	p += 1;
case 1314:
	switch( (*p) ) {
		case 66u: goto st1315;
		case 98u: goto st1315;
	}
	goto st0;
st1315:
	p += 1;
case 1315:
	switch( (*p) ) {
		case 83u: goto st1316;
		case 115u: goto st1316;
	}
	goto st0;
st1316:
	p += 1;
case 1316:
	switch( (*p) ) {
		case 67u: goto st1317;
		case 99u: goto st1317;
	}
	goto st0;
st1317:
	p += 1;
case 1317:
	switch( (*p) ) {
		case 82u: goto st1318;
		case 114u: goto st1318;
	}
	goto st0;
st1318:
	p += 1;
case 1318:
	switch( (*p) ) {
		case 73u: goto st1319;
		case 105u: goto st1319;
	}
	goto st0;
st1319:
	p += 1;
case 1319:
	switch( (*p) ) {
		case 66u: goto st1320;
		case 98u: goto st1320;
	}
	goto st0;
st1320:
	p += 1;
case 1320:
	switch( (*p) ) {
		case 69u: goto st422;
		case 101u: goto st422;
	}
	goto st0;
st1321:
	p += 1;
case 1321:
	switch( (*p) ) {
		case 72u: goto st1322;
		case 104u: goto st1322;
	}
	goto st0;
st1322:
	p += 1;
case 1322:
	switch( (*p) ) {
		case 82u: goto st1323;
		case 114u: goto st1323;
	}
	goto st0;
st1323:
	p += 1;
case 1323:
	switch( (*p) ) {
		case 69u: goto st1324;
		case 101u: goto st1324;
	}
	goto st0;
st1324:
	p += 1;
case 1324:
	switch( (*p) ) {
		case 65u: goto st1325;
		case 97u: goto st1325;
	}
	goto st0;
st1325:
	p += 1;
case 1325:
	switch( (*p) ) {
		case 68u: goto st1326;
		case 100u: goto st1326;
	}
	goto st0;
st1326:
	p += 1;
case 1326:
	if ( (*p) == 32u )
		goto st1327;
	goto st0;
st1327:
	p += 1;
case 1327:
	if ( (*p) == 33u )
		goto tr1815;
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1815;
		} else if ( (*p) >= 35u )
			goto tr1815;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1815;
		} else if ( (*p) >= 94u )
			goto tr1815;
	} else
		goto tr1815;
	goto st0;
tr1815:
	{ {p = (( IMW_SKIP_TO(1328)))-1;} }
	goto st1328;
st1328:
	p += 1;
case 1328:
	switch( (*p) ) {
		case 32u: goto st1066;
		case 33u: goto tr1815;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1815;
		} else if ( (*p) >= 35u )
			goto tr1815;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1815;
		} else if ( (*p) >= 94u )
			goto tr1815;
	} else
		goto tr1815;
	goto st0;
st1329:
	p += 1;
case 1329:
	switch( (*p) ) {
		case 73u: goto st1330;
		case 78u: goto st1354;
		case 105u: goto st1330;
		case 110u: goto st1354;
	}
	goto st0;
st1330:
	p += 1;
case 1330:
	switch( (*p) ) {
		case 68u: goto st1331;
		case 100u: goto st1331;
	}
	goto st0;
st1331:
	p += 1;
case 1331:
	if ( (*p) == 32u )
		goto st1332;
	goto st0;
st1332:
	p += 1;
case 1332:
	switch( (*p) ) {
		case 67u: goto tr1820;
		case 69u: goto st1335;
		case 70u: goto st412;
		case 77u: goto tr1822;
		case 83u: goto tr1823;
		case 84u: goto st1321;
		case 99u: goto tr1820;
		case 101u: goto st1335;
		case 102u: goto st412;
		case 109u: goto tr1822;
		case 115u: goto tr1823;
		case 116u: goto st1321;
	}
	goto st0;
tr1820:
	{ IMW_NAME_OPEN(IMW_RULE_COPY); }
	goto st1333;
st1333:
	p += 1;
case 1333:
	switch( (*p) ) {
		case 79u: goto st1334;
		case 111u: goto st1334;
	}
	goto st0;
st1334:
	p += 1;
case 1334:
	switch( (*p) ) {
		case 80u: goto st183;
		case 112u: goto st183;
	}
	goto st0;
st1335:
	p += 1;
case 1335:
	switch( (*p) ) {
		case 88u: goto st1336;
		case 120u: goto st1336;
	}
	goto st0;
st1336:
	p += 1;
case 1336:
	switch( (*p) ) {
		case 80u: goto st1337;
		case 112u: goto st1337;
	}
	goto st0;
st1337:
	p += 1;
case 1337:
	switch( (*p) ) {
		case 85u: goto st1338;
		case 117u: goto st1338;
	}
	goto st0;
st1338:
	p += 1;
case 1338:
	switch( (*p) ) {
		case 78u: goto st1339;
		case 110u: goto st1339;
	}
	goto st0;
st1339:
	p += 1;
case 1339:
	switch( (*p) ) {
		case 71u: goto st1340;
		case 103u: goto st1340;
	}
	goto st0;
st1340:
	p += 1;
case 1340:
	switch( (*p) ) {
		case 69u: goto st1341;
		case 101u: goto st1341;
	}
	goto st0;
st1341:
	p += 1;
case 1341:
	if ( (*p) == 32u )
		goto st1342;
	goto st0;
st1342:
	p += 1;
case 1342:
	switch( (*p) ) {
		case 36u: goto tr1832;
		case 42u: goto tr1833;
	}
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1834;
	goto st0;
tr1832:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st1343;
st1343:
	p += 1;
case 1343:
	if ( (*p) == 13u )
		goto tr1835;
	goto st0;
tr1833:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	goto st1344;
st1344:
	p += 1;
case 1344:
	switch( (*p) ) {
		case 13u: goto tr1835;
		case 44u: goto st1345;
		case 58u: goto st1347;
	}
	goto st0;
st1345:
	p += 1;
case 1345:
	if ( (*p) == 42u )
		goto st1344;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1839;
	goto st0;
tr1839:
	{ {p = (( IMW_SKIP_TO(1346)))-1;} }
	goto st1346;
tr1834:
	{ IMW_EV_OPEN(IMW_RULE_SEQUENCE_SET); }
	{ {p = (( IMW_SKIP_TO(1346)))-1;} }
	goto st1346;
st1346:
	p += 1;
case 1346:
	switch( (*p) ) {
		case 13u: goto tr1835;
		case 44u: goto st1345;
		case 58u: goto st1347;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1839;
	goto st0;
st1347:
	p += 1;
case 1347:
	if ( (*p) == 42u )
		goto st1348;
	if ( 49u <= (*p) && (*p) <= 57u )
		goto tr1841;
	goto st0;
st1348:
	p += 1;
case 1348:
	switch( (*p) ) {
		case 13u: goto tr1835;
		case 44u: goto st1345;
	}
	goto st0;
tr1841:
	{ {p = (( IMW_SKIP_TO(1349)))-1;} }
	goto st1349;
st1349:
	p += 1;
case 1349:
	switch( (*p) ) {
		case 13u: goto tr1835;
		case 44u: goto st1345;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1841;
	goto st0;
tr1822:
	{ IMW_NAME_OPEN(IMW_RULE_MOVE); }
	goto st1350;
st1350:
	p += 1;
case 1350:
	switch( (*p) ) {
		case 79u: goto st752;
		case 111u: goto st752;
	}
	goto st0;
tr1823:
	{ IMW_NAME_OPEN(IMW_RULE_STORE); }
	goto st1351;
st1351:
	p += 1;
case 1351:
	switch( (*p) ) {
		case 69u: goto st1352;
		case 79u: goto st1053;
		case 84u: goto st1353;
		case 101u: goto st1352;
		case 111u: goto st1053;
		case 116u: goto st1353;
	}
	goto st0;
st1352:
	p += 1;
case 1352:
	switch( (*p) ) {
		case 65u: goto st851;
		case 97u: goto st851;
	}
	goto st0;
st1353:
	p += 1;
case 1353:
	switch( (*p) ) {
		case 79u: goto st1228;
		case 111u: goto st1228;
	}
	goto st0;
st1354:
	p += 1;
case 1354:
	switch( (*p) ) {
		case 83u: goto st1355;
		case 115u: goto st1355;
	}
	goto st0;
st1355:
	p += 1;
case 1355:
	switch( (*p) ) {
		case 69u: goto st1356;
		case 85u: goto st1314;
		case 101u: goto st1356;
		case 117u: goto st1314;
	}
	goto st0;
st1356:
	p += 1;
case 1356:
	switch( (*p) ) {
		case 76u: goto st1357;
		case 108u: goto st1357;
	}
	goto st0;
st1357:
	p += 1;
case 1357:
	switch( (*p) ) {
		case 69u: goto st1358;
		case 101u: goto st1358;
	}
	goto st0;
st1358:
	p += 1;
case 1358:
	switch( (*p) ) {
		case 67u: goto st726;
		case 99u: goto st726;
	}
	goto st0;
st1359:
	p += 1;
case 1359:
	if ( (*p) == 40u )
		goto st1360;
	goto st0;
tr1853:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st1360;
tr1867:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st1360;
st1360:
	p += 1;
case 1360:
	switch( (*p) ) {
		case 34u: goto tr1850;
		case 40u: goto tr1851;
		case 123u: goto tr1852;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1849;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1849;
		} else if ( (*p) >= 43u )
			goto tr1849;
	} else
		goto tr1849;
	goto st0;
tr1854:
	{ {p = (( IMW_SKIP_TO(1361)))-1;} }
	goto st1361;
tr1849:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(1361)))-1;} }
	goto st1361;
st1361:
	p += 1;
case 1361:
	switch( (*p) ) {
		case 32u: goto tr1853;
		case 33u: goto tr1854;
		case 41u: goto tr1855;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1854;
		} else if ( (*p) >= 35u )
			goto tr1854;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1854;
		} else if ( (*p) >= 93u )
			goto tr1854;
	} else
		goto tr1854;
	goto st0;
tr1855:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_CALL_LEAVE(IMW_RULE_TAGGED_EXT_PAREN); {cs = ( run->stack)[--( run->top)];goto _again;} }
	goto st1387;
tr1859:
	{ IMW_CALL_LEAVE(IMW_RULE_TAGGED_EXT_PAREN); {cs = ( run->stack)[--( run->top)];goto _again;} }
	goto st1387;
tr1868:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_CALL_LEAVE(IMW_RULE_TAGGED_EXT_PAREN); {cs = ( run->stack)[--( run->top)];goto _again;} }
	goto st1387;
st1387:
	p += 1;
case 1387:
	goto st0;
tr1856:
	{ {p = (( IMW_SKIP_TO(1362)))-1;} }
	goto st1362;
tr1850:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(1362)))-1;} }
	goto st1362;
st1362:
	p += 1;
case 1362:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1857;
		case 92u: goto tr1858;
	}
	goto tr1856;
tr1857:
	{ {p = (( IMW_SKIP_TO(1363)))-1;} }
	goto st1363;
st1363:
	p += 1;
case 1363:
	switch( (*p) ) {
		case 32u: goto tr1853;
		case 41u: goto tr1855;
	}
	goto st0;
tr1858:
	{ {p = (( IMW_SKIP_TO(1364)))-1;} }
	goto st1364;
st1364:
	p += 1;
case 1364:
	switch( (*p) ) {
		case 34u: goto tr1856;
		case 92u: goto tr1856;
	}
	goto st0;
tr1851:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_TAGGED_EXT_PAREN)) {p++; cs = 1365; goto _out;} {( run->stack)[( run->top)++] = 1365;goto st1359;} }
	goto st1365;
st1365:
	p += 1;
case 1365:
	switch( (*p) ) {
		case 32u: goto st1360;
		case 41u: goto tr1859;
	}
	goto st0;
tr1852:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(1366)))-1;} }
	goto st1366;
st1366:
	p += 1;
case 1366:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1860;
	goto st0;
tr1862:
	{ {p = (( IMW_SKIP_TO(1367)))-1;} }
	goto st1367;
tr1860:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1367)))-1;} }
	goto st1367;
st1367:
	p += 1;
case 1367:
	switch( (*p) ) {
		case 43u: goto tr1861;
		case 125u: goto tr1863;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1862;
	goto st0;
tr1861:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1368)))-1;} }
	goto st1368;
st1368:
	p += 1;
case 1368:
	if ( (*p) == 125u )
		goto tr1864;
	goto st0;
tr1864:
	{ {p = (( IMW_SKIP_TO(1369)))-1;} }
	goto st1369;
tr1863:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1369)))-1;} }
	goto st1369;
st1369:
	p += 1;
case 1369:
	if ( (*p) == 13u )
		goto tr1865;
	goto st0;
tr1865:
	{ {p = (( IMW_SKIP_TO(1370)))-1;} }
	goto st1370;
st1370:
	p += 1;
case 1370:
	if ( (*p) == 10u )
		goto tr1866;
	goto st0;
tr1866:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(1371)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 1371; goto _out;} }
	goto st1371;
st1371:
	p += 1;
case 1371:
	switch( (*p) ) {
		case 32u: goto tr1867;
		case 41u: goto tr1868;
	}
	goto st0;
st1372:
	p += 1;
case 1372:
	if ( (*p) == 40u )
		goto st1373;
	goto st0;
tr1874:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st1373;
tr1888:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	goto st1373;
st1373:
	p += 1;
case 1373:
	switch( (*p) ) {
		case 34u: goto tr1871;
		case 40u: goto tr1872;
		case 123u: goto tr1873;
	}
	if ( (*p) < 38u ) {
		if ( 33u <= (*p) && (*p) <= 36u )
			goto tr1870;
	} else if ( (*p) > 39u ) {
		if ( (*p) > 91u ) {
			if ( 93u <= (*p) && (*p) <= 126u )
				goto tr1870;
		} else if ( (*p) >= 43u )
			goto tr1870;
	} else
		goto tr1870;
	goto st0;
tr1875:
	{ {p = (( IMW_SKIP_TO(1374)))-1;} }
	goto st1374;
tr1870:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(1374)))-1;} }
	goto st1374;
st1374:
	p += 1;
case 1374:
	switch( (*p) ) {
		case 32u: goto tr1874;
		case 33u: goto tr1875;
		case 41u: goto tr1876;
	}
	if ( (*p) < 43u ) {
		if ( (*p) > 36u ) {
			if ( 38u <= (*p) && (*p) <= 39u )
				goto tr1875;
		} else if ( (*p) >= 35u )
			goto tr1875;
	} else if ( (*p) > 91u ) {
		if ( (*p) > 122u ) {
			if ( 124u <= (*p) && (*p) <= 126u )
				goto tr1875;
		} else if ( (*p) >= 93u )
			goto tr1875;
	} else
		goto tr1875;
	goto st0;
tr1876:
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_CALL_LEAVE(IMW_RULE_OPTION_VAL_PAREN); {cs = ( run->stack)[--( run->top)];goto _again;} }
	goto st1388;
tr1880:
	{ IMW_CALL_LEAVE(IMW_RULE_OPTION_VAL_PAREN); {cs = ( run->stack)[--( run->top)];goto _again;} }
	goto st1388;
tr1889:
	{ IMW_NAME_CLOSE(IMW_RULE_LITERAL); }
	{ IMW_NAME_CLOSE(IMW_RULE_ASTRING); }
	{ IMW_CALL_LEAVE(IMW_RULE_OPTION_VAL_PAREN); {cs = ( run->stack)[--( run->top)];goto _again;} }
	goto st1388;
st1388:
	p += 1;
case 1388:
	goto st0;
tr1877:
	{ {p = (( IMW_SKIP_TO(1375)))-1;} }
	goto st1375;
tr1871:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ {p = (( IMW_SKIP_TO(1375)))-1;} }
	goto st1375;
st1375:
	p += 1;
case 1375:
	switch( (*p) ) {
		case 0u: goto st0;
		case 10u: goto st0;
		case 13u: goto st0;
		case 34u: goto tr1878;
		case 92u: goto tr1879;
	}
	goto tr1877;
tr1878:
	{ {p = (( IMW_SKIP_TO(1376)))-1;} }
	goto st1376;
st1376:
	p += 1;
case 1376:
	switch( (*p) ) {
		case 32u: goto tr1874;
		case 41u: goto tr1876;
	}
	goto st0;
tr1879:
	{ {p = (( IMW_SKIP_TO(1377)))-1;} }
	goto st1377;
st1377:
	p += 1;
case 1377:
	switch( (*p) ) {
		case 34u: goto tr1877;
		case 92u: goto tr1877;
	}
	goto st0;
tr1872:
	{ p--; if (!IMW_CALL_ENTER(IMW_RULE_OPTION_VAL_PAREN)) {p++; cs = 1378; goto _out;} {( run->stack)[( run->top)++] = 1378;goto st1372;} }
	goto st1378;
st1378:
	p += 1;
case 1378:
	switch( (*p) ) {
		case 32u: goto st1373;
		case 41u: goto tr1880;
	}
	goto st0;
tr1873:
	{ IMW_NAME_OPEN(IMW_RULE_ASTRING); }
	{ IMW_NAME_OPEN(IMW_RULE_LITERAL); }
	{ {p = (( IMW_SKIP_TO(1379)))-1;} }
	goto st1379;
st1379:
	p += 1;
case 1379:
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1881;
	goto st0;
tr1883:
	{ {p = (( IMW_SKIP_TO(1380)))-1;} }
	goto st1380;
tr1881:
	{ IMW_NAME_OPEN(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1380)))-1;} }
	goto st1380;
st1380:
	p += 1;
case 1380:
	switch( (*p) ) {
		case 43u: goto tr1882;
		case 125u: goto tr1884;
	}
	if ( 48u <= (*p) && (*p) <= 57u )
		goto tr1883;
	goto st0;
tr1882:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1381)))-1;} }
	goto st1381;
st1381:
	p += 1;
case 1381:
	if ( (*p) == 125u )
		goto tr1885;
	goto st0;
tr1885:
	{ {p = (( IMW_SKIP_TO(1382)))-1;} }
	goto st1382;
tr1884:
	{ IMW_NAME_CLOSE(IMW_RULE_NUMBER); }
	{ {p = (( IMW_SKIP_TO(1382)))-1;} }
	goto st1382;
st1382:
	p += 1;
case 1382:
	if ( (*p) == 13u )
		goto tr1886;
	goto st0;
tr1886:
	{ {p = (( IMW_SKIP_TO(1383)))-1;} }
	goto st1383;
st1383:
	p += 1;
case 1383:
	if ( (*p) == 10u )
		goto tr1887;
	goto st0;
tr1887:
	{ {p = (( run->data + imw_run_literal_skip(run, IMW_AT()) + 1))-1;} }
	{ {p = (( IMW_SKIP_TO(1384)))-1;} }
	{ if (p + 1 == pe) {p++; cs = 1384; goto _out;} }
	goto st1384;
st1384:
	p += 1;
case 1384:
	switch( (*p) ) {
		case 32u: goto tr1888;
		case 41u: goto tr1889;
	}
	goto st0;
	}

	_out: {}
	}


    (void)imw_command_error;
    if (run->error)
        return run->error; /* an action stopped the machine */
    if (cs < imw_command_first_final || p != pe) {
        run->error = IMW_ERR_SYNTAX;
        run->error_at = (size_t)(p - run->data);
        return run->error;
    }
    return 0;
}
