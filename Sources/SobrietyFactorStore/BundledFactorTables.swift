// Generated from Factors/*.csv by Tests/SobrietyFactorStoreTests/BundledFactorTablesTests.swift: do not edit.
// After changing Factors/, run `RECORD_FACTORS=1 swift test --filter BundledFactorTablesTests`.

/// The factor tables of `Factors/`, built into the binary so that the bundled factor set needs no files.
enum BundledFactorTables {
    /// Each `*.csv` file of `Factors/`, sorted by name, with its exact contents.
    static let files: [(name: String, contents: String)] = [
        (
            name: "ad-selection.csv",
            contents: #"""
            key,dimension,value,low,high,unit,source,year,note
            adselection.per_impression,social,0.0043,0.00215,0.0129,gCO2e/impression,S3M,2025,"Scope3 social ad-server factor 0.0043 g/imp (docs/snippets/defaults_ad_platform.mdx): the platform's in-house auction, no bid stream. judgement: low 0.5 ×, high 3 × value; single published value, and in-house auctions with heavy ranking models could exceed it."
            adselection.per_impression,open_exchange,0.35356,0.12472,0.89,gCO2e/impression,S3M,2025,"Scope3 defaults (docs/snippets/defaults_ad_platform.mdx): judgement of 3 supply paths × 0.11442 g per bid request + 0.0003 creative request + 0.01 real-time data-provider request = 0.35356 (≈ Scope3 display 333 gCO2PM). Low: one path (0.12472). High: SRI/DCF allocation ≈0.89 g/imp (350 potential paths, FR worked example)."
            adselection.per_impression,pmp,0.12472,0.11472,0.23914,gCO2e/impression,S3M,2025,"Scope3 defaults: one supply path 0.11442 + creative request 0.0003 + data-provider request 0.01 = 0.12472. judgement: low = one path without a data-provider call (0.11472); high = two paths (0.23914), a deal also offered through a reseller."
            adselection.per_impression,direct,0.12472,0.000316,0.12472,gCO2e/impression,S3M,2025,Scope3 defaults: programmatic-guaranteed buy on one path 0.11442 + 0.0003 + 0.01 = 0.12472. judgement: low = an insertion order served by the publisher's ad server with no auction (generic ad server 0.000016 + creative request 0.0003 = 0.000316; Cedara: ad selection ≈1% of direct-buy emissions); high = value (one path is the most a direct buy takes).
            adselection.per_impression,organic,0,0,0,gCO2e/impression,SOBRIETY,2026,Creator/influencer posts are not auctioned: no ad selection (DESIGN §3). Range 0–0 by definition.
            corporate.per_impression,social,0.15,0.075,0.3,gCO2e/impression,S3M,2025,"Scope3 corporate (media-owner overhead) emissions per impression, social (docs/snippets/defaults_channel_mapping.mdx). judgement: range 0.5–2 × value (an allocation of company-wide emissions, no second dataset)."
            corporate.per_impression,web,0.049,0.0245,0.098,gCO2e/impression,S3M,2025,"Scope3 corporate emissions per impression, web (docs/snippets/defaults_channel_mapping.mdx). judgement: range 0.5–2 × value (allocation, no second dataset)."
            corporate.per_impression,app,0.049,0.0245,0.098,gCO2e/impression,S3M,2025,"Scope3 corporate emissions per impression, app (docs/snippets/defaults_channel_mapping.mdx). judgement: range 0.5–2 × value (allocation, no second dataset)."
            corporate.per_impression,streaming,0.049,0.0245,0.098,gCO2e/impression,S3M,2025,"Scope3 corporate emissions per impression, streaming video (docs/snippets/defaults_channel_mapping.mdx). judgement: range 0.5–2 × value (allocation, no second dataset)."
            corporate.per_impression,ctv,0.28,0.14,0.56,gCO2e/impression,S3M,2025,"Scope3 corporate emissions per impression, CTV (docs/snippets/defaults_channel_mapping.mdx). judgement: range 0.5–2 × value (allocation, no second dataset)."
            corporate.per_impression,audio,0.049,0.0245,0.28,gCO2e/impression,SOBRIETY,2026,"judgement: Scope3 gives no audio corporate figure; audio streaming publishers are digital publishers like web/app/streaming, so 0.049 g/imp. Low 0.5 × value; high = the CTV figure 0.28 (content-production-heavy media owners such as broadcasters' audio arms)."

            """#
        ),
        (
            name: "countries.csv",
            contents: #"""
            alpha2,alpha3,name
            AD,AND,Andorra
            AE,ARE,United Arab Emirates
            AF,AFG,Afghanistan
            AG,ATG,Antigua and Barbuda
            AI,AIA,Anguilla
            AL,ALB,Albania
            AM,ARM,Armenia
            AO,AGO,Angola
            AQ,ATA,Antarctica
            AR,ARG,Argentina
            AS,ASM,American Samoa
            AT,AUT,Austria
            AU,AUS,Australia
            AW,ABW,Aruba
            AX,ALA,Åland Islands
            AZ,AZE,Azerbaijan
            BA,BIH,Bosnia and Herzegovina
            BB,BRB,Barbados
            BD,BGD,Bangladesh
            BE,BEL,Belgium
            BF,BFA,Burkina Faso
            BG,BGR,Bulgaria
            BH,BHR,Bahrain
            BI,BDI,Burundi
            BJ,BEN,Benin
            BL,BLM,Saint Barthélemy
            BM,BMU,Bermuda
            BN,BRN,Brunei Darussalam
            BO,BOL,Bolivia
            BQ,BES,"Bonaire, Sint Eustatius and Saba"
            BR,BRA,Brazil
            BS,BHS,Bahamas
            BT,BTN,Bhutan
            BV,BVT,Bouvet Island
            BW,BWA,Botswana
            BY,BLR,Belarus
            BZ,BLZ,Belize
            CA,CAN,Canada
            CC,CCK,Cocos (Keeling) Islands
            CD,COD,Congo (Democratic Republic of the)
            CF,CAF,Central African Republic
            CG,COG,Congo
            CH,CHE,Switzerland
            CI,CIV,Côte d'Ivoire
            CK,COK,Cook Islands
            CL,CHL,Chile
            CM,CMR,Cameroon
            CN,CHN,China
            CO,COL,Colombia
            CR,CRI,Costa Rica
            CU,CUB,Cuba
            CV,CPV,Cabo Verde
            CW,CUW,Curaçao
            CX,CXR,Christmas Island
            CY,CYP,Cyprus
            CZ,CZE,Czechia
            DE,DEU,Germany
            DJ,DJI,Djibouti
            DK,DNK,Denmark
            DM,DMA,Dominica
            DO,DOM,Dominican Republic
            DZ,DZA,Algeria
            EC,ECU,Ecuador
            EE,EST,Estonia
            EG,EGY,Egypt
            EH,ESH,Western Sahara
            ER,ERI,Eritrea
            ES,ESP,Spain
            ET,ETH,Ethiopia
            FI,FIN,Finland
            FJ,FJI,Fiji
            FK,FLK,Falkland Islands (Malvinas)
            FM,FSM,Micronesia (Federated States of)
            FO,FRO,Faroe Islands
            FR,FRA,France
            GA,GAB,Gabon
            GB,GBR,United Kingdom
            GD,GRD,Grenada
            GE,GEO,Georgia
            GF,GUF,French Guiana
            GG,GGY,Guernsey
            GH,GHA,Ghana
            GI,GIB,Gibraltar
            GL,GRL,Greenland
            GM,GMB,Gambia
            GN,GIN,Guinea
            GP,GLP,Guadeloupe
            GQ,GNQ,Equatorial Guinea
            GR,GRC,Greece
            GS,SGS,South Georgia and the South Sandwich Islands
            GT,GTM,Guatemala
            GU,GUM,Guam
            GW,GNB,Guinea-Bissau
            GY,GUY,Guyana
            HK,HKG,Hong Kong
            HM,HMD,Heard Island and McDonald Islands
            HN,HND,Honduras
            HR,HRV,Croatia
            HT,HTI,Haiti
            HU,HUN,Hungary
            ID,IDN,Indonesia
            IE,IRL,Ireland
            IL,ISR,Israel
            IM,IMN,Isle of Man
            IN,IND,India
            IO,IOT,British Indian Ocean Territory
            IQ,IRQ,Iraq
            IR,IRN,Iran
            IS,ISL,Iceland
            IT,ITA,Italy
            JE,JEY,Jersey
            JM,JAM,Jamaica
            JO,JOR,Jordan
            JP,JPN,Japan
            KE,KEN,Kenya
            KG,KGZ,Kyrgyzstan
            KH,KHM,Cambodia
            KI,KIR,Kiribati
            KM,COM,Comoros
            KN,KNA,Saint Kitts and Nevis
            KP,PRK,North Korea
            KR,KOR,South Korea
            KW,KWT,Kuwait
            KY,CYM,Cayman Islands
            KZ,KAZ,Kazakhstan
            LA,LAO,Laos
            LB,LBN,Lebanon
            LC,LCA,Saint Lucia
            LI,LIE,Liechtenstein
            LK,LKA,Sri Lanka
            LR,LBR,Liberia
            LS,LSO,Lesotho
            LT,LTU,Lithuania
            LU,LUX,Luxembourg
            LV,LVA,Latvia
            LY,LBY,Libya
            MA,MAR,Morocco
            MC,MCO,Monaco
            MD,MDA,Moldova
            ME,MNE,Montenegro
            MF,MAF,Saint Martin (French part)
            MG,MDG,Madagascar
            MH,MHL,Marshall Islands
            MK,MKD,North Macedonia
            ML,MLI,Mali
            MM,MMR,Myanmar
            MN,MNG,Mongolia
            MO,MAC,Macao
            MP,MNP,Northern Mariana Islands
            MQ,MTQ,Martinique
            MR,MRT,Mauritania
            MS,MSR,Montserrat
            MT,MLT,Malta
            MU,MUS,Mauritius
            MV,MDV,Maldives
            MW,MWI,Malawi
            MX,MEX,Mexico
            MY,MYS,Malaysia
            MZ,MOZ,Mozambique
            NA,NAM,Namibia
            NC,NCL,New Caledonia
            NE,NER,Niger
            NF,NFK,Norfolk Island
            NG,NGA,Nigeria
            NI,NIC,Nicaragua
            NL,NLD,Netherlands
            NO,NOR,Norway
            NP,NPL,Nepal
            NR,NRU,Nauru
            NU,NIU,Niue
            NZ,NZL,New Zealand
            OM,OMN,Oman
            PA,PAN,Panama
            PE,PER,Peru
            PF,PYF,French Polynesia
            PG,PNG,Papua New Guinea
            PH,PHL,Philippines
            PK,PAK,Pakistan
            PL,POL,Poland
            PM,SPM,Saint Pierre and Miquelon
            PN,PCN,Pitcairn
            PR,PRI,Puerto Rico
            PS,PSE,Palestine
            PT,PRT,Portugal
            PW,PLW,Palau
            PY,PRY,Paraguay
            QA,QAT,Qatar
            RE,REU,Réunion
            RO,ROU,Romania
            RS,SRB,Serbia
            RU,RUS,Russia
            RW,RWA,Rwanda
            SA,SAU,Saudi Arabia
            SB,SLB,Solomon Islands
            SC,SYC,Seychelles
            SD,SDN,Sudan
            SE,SWE,Sweden
            SG,SGP,Singapore
            SH,SHN,"Saint Helena, Ascension and Tristan da Cunha"
            SI,SVN,Slovenia
            SJ,SJM,Svalbard and Jan Mayen
            SK,SVK,Slovakia
            SL,SLE,Sierra Leone
            SM,SMR,San Marino
            SN,SEN,Senegal
            SO,SOM,Somalia
            SR,SUR,Suriname
            SS,SSD,South Sudan
            ST,STP,Sao Tome and Principe
            SV,SLV,El Salvador
            SX,SXM,Sint Maarten (Dutch part)
            SY,SYR,Syria
            SZ,SWZ,Eswatini
            TC,TCA,Turks and Caicos Islands
            TD,TCD,Chad
            TF,ATF,French Southern Territories
            TG,TGO,Togo
            TH,THA,Thailand
            TJ,TJK,Tajikistan
            TK,TKL,Tokelau
            TL,TLS,Timor-Leste
            TM,TKM,Turkmenistan
            TN,TUN,Tunisia
            TO,TON,Tonga
            TR,TUR,Türkiye
            TT,TTO,Trinidad and Tobago
            TV,TUV,Tuvalu
            TW,TWN,Taiwan
            TZ,TZA,Tanzania
            UA,UKR,Ukraine
            UG,UGA,Uganda
            UM,UMI,United States Minor Outlying Islands
            US,USA,United States
            UY,URY,Uruguay
            UZ,UZB,Uzbekistan
            VA,VAT,Holy See
            VC,VCT,Saint Vincent and the Grenadines
            VE,VEN,Venezuela
            VG,VGB,Virgin Islands (British)
            VI,VIR,Virgin Islands (U.S.)
            VN,VNM,Viet Nam
            VU,VUT,Vanuatu
            WF,WLF,Wallis and Futuna
            WS,WSM,Samoa
            XK,XKX,Kosovo
            YE,YEM,Yemen
            YT,MYT,Mayotte
            ZA,ZAF,South Africa
            ZM,ZMB,Zambia
            ZW,ZWE,Zimbabwe
            WORLD,WORLD,World
            EU,EU,European Union (EU-27)

            """#
        ),
        (
            name: "creatives.csv",
            contents: #"""
            key,dimension,value,low,high,unit,source,year,note
            creative.bytes,image,622080,311040,1244160,bytes,GMSF,2025,"GMSF image weight = width × height × 3 / 10 (compression ratio 10), Scope3 docs/snippets/defaults_media_size.mdx; default social ad 1080×1920 image = 622,080. judgement: low = compression ratio 20 (well-compressed JPEG/WebP), high = ratio 5 (light compression/PNG). Small display banners (e.g. 300×250 = 22,500) should give creative_bytes."
            creative.bytes,carousel,1049760,699840,3499200,bytes,SOBRIETY,2026,"judgement: 3 square cards of 1080×1080 at the GMSF formula (3 × 349,920), as the first cards load and are seen. Low: 2 cards. High: 10 cards (carousel maximum on Meta)."
            creative.bytes,story,622080,311040,1244160,bytes,GMSF,2025,"Full-screen 1080×1920 frame at the GMSF image formula (× 3 / 10) = 622,080, as the Scope3 default social ad. judgement: range = compression ratio 20 to 5, as for image."
            creative.bytes,text,5000,1000,50000,bytes,SOBRIETY,2026,"judgement: text ad with headline, body and a small avatar/logo ≈ 5 kB. Low 1 kB (text only), high 50 kB (with a larger thumbnail)."
            creative.bytes,audio,360000,90000,600000,bytes,S3M,2025,"A 30 s spot at the Scope3 middle audio bitrate 0.096 Mbit/s (defaults/transmission_rate-defaults.yaml): 30 × 96,000 / 8 = 360,000. Range: the Scope3 low and high audio bitrates 0.024 and 0.16 Mbit/s over 30 s (90,000 / 600,000)."
            display.time_in_view,,3,1,10,s,GMSF,2025,"GMSF default embedded-ad time in view 3 s, Scope3 docs/snippets/defaults_time_in_view.mdx. Low: 1 s, the MRC display viewability minimum. High: 10 s (research §9; MAGNA × Oracle × Scope3 tested 10 s in view)."

            """#
        ),
        (
            name: "devices.csv",
            contents: #"""
            key,dimension,value,low,high,unit,source,year,note
            device.power,mobile,4.68,0.77,4.68,W,GMSF,2025,"GMSF v1.2 smartphone default (0.0000013 kWh/s; conservative, video playback; ADEME Numérique 2.0), read in Scope3 docs/consumer_devices.mdx. Low: older Scope3 smartphone.yaml 0.77 W (iPhone 13 battery test). High = value: the GMSF figure is already a conservative upper estimate and no higher published phone figure was found (SRI: 2.10–2.85 W)."
            device.power,desktop,55.44,22,115,W,GMSF,2025,"GMSF v1.2 PC default (desktop+monitor / laptop synthetic), read in Scope3 docs/consumer_devices.mdx. Low: laptop active 22 W (Urban et al. 2019, US installed base, via Scope3). High: desktop active 85 W + monitor 30 W (Urban et al. 2019)."
            device.power,tablet,5.04,3,29.4,W,GMSF,2025,"GMSF v1.2 tablet default, read in Scope3 docs/consumer_devices.mdx. Low: older Scope3 tablet.yaml 3 W. High: SRI/DCF tablet 29.4 W (digital_carbon_framework.yml)."
            device.power,tv,136.8,51,200,W,GMSF,2025,"GMSF v1.2 TV default, read in Scope3 docs/consumer_devices.mdx. Low: smart TV in eco mode ≈51 W; high: eco mode off 170–200 W (Accedo 2023 study, via rapidtvnews, secondary)."
            device.embodied,mobile,0.00655,0.00583,0.00946,gCO2e/s,GMSF,2025,"GMSF v1.2 smartphone embodied per second of use, read in Scope3 docs/consumer_devices.mdx. Low: older Scope3 smartphone.yaml 0.00583. High: SRI/DCF 84 kg over 2.5 years at 2.7 h/day = 0.00946."
            device.embodied,desktop,0.00545,0.00464,0.0132,gCO2e/s,GMSF,2025,"GMSF v1.2 PC embodied per second of use, read in Scope3 docs/consumer_devices.mdx. Low: older Scope3 personal_computer.yaml 0.00464. High: SRI/DCF desktop 175 kg over 5 years at 2.02 h/day = 0.0132."
            device.embodied,tablet,0.0257,0.00287,0.0386,gCO2e/s,GMSF,2025,"GMSF v1.2 tablet embodied per second of use (high because of low daily use), read in Scope3 docs/consumer_devices.mdx. Low: older Scope3 tablet.yaml 0.00287. High: judgement: 1.5 × value; the only alternative above the low, SRI/DCF 0.0128 (75.9 kg, 3 years, 1.5 h/day), is below the GMSF value, and tablet daily use is uncertain."
            device.embodied,tv,0.00865,0.00692,0.0096,gCO2e/s,GMSF,2025,"GMSF v1.2 TV embodied per second of use, read in Scope3 docs/consumer_devices.mdx. Low: judgement: 0.8 × value (≈ a 10-year instead of 8-year TV life); both published alternatives (older Scope3 tv_system.yaml 0.0096, SRI/DCF 0.00889) are above the value. High: older Scope3 tv_system.yaml 0.0096 (TV with set-top box/soundbar)."

            """#
        ),
        (
            name: "equivalents.csv",
            contents: #"""
            key,dimension,value,low,high,unit,source,year,note
            equivalent.per_unit,car_km,142.25,121.9,189.27,gCO2e/km,IMPACTCO2,2025,"ADEME Impact CO2 'voiture thermique' (id 4, deplacement.ts @07d97e13, 'Modélisation de l’empreinte carbone de la voiture - 2025'): fuel 110.56 + construction 31.70 = 142.25 gCO2e per vehicle-km, one occupant. Low: the same model's diesel city car 121.90 (94.17 + 27.73); high: its petrol saloon 189.27 (149.65 + 39.62). Shown in reports only; the method never applies it."
            equivalent.per_unit,video_streaming_hour,36,36,64.02,gCO2e/h,IEA20,2020,"IEA central estimate for one hour of streaming video in 2019, 36 gCO2 (commentary updated 11 Dec 2020; devices, networks and data centres). judgement: low = value, no lower published estimate adopted. High: ADEME Impact CO2 'streaming vidéo' default 64.02 gCO2e/h (usagenumerique.ts @1999e49a, NegaOctet: device manufacturing 32.74 + device use 2.90 + transmission 27.81 + data-centre build 0.24 + use 0.33), which also counts device manufacturing. Shown in reports only."
            equivalent.per_unit,smartphone_charge,8.22,8.22,12.4,gCO2/charge,EPAGHG,2024,"EPA 'smartphones charged': 8.22 × 10^-6 t CO2 per full charge = (14.46 Wh per 24 h − 22 h × 0.13 W in maintenance mode) = 0.0116 kWh × 1,562.4 lb CO2/MWh delivered electricity. The figure and its derivation are as reproduced by several implementations that cite the EPA page; the EPA page itself was not read here, and the year is that of the edition they cite. High: 1.24 × 10^-5 t (12.4 g), reported for the later eGRID2022-based edition. judgement: low = value. CO2 only (not CO2e). Shown in reports only."

            """#
        ),
        (
            name: "grid-intensity.csv",
            contents: #"""
            key,dimension,value,low,high,unit,source,year,note
            grid.intensity,WORLD,472.94,213.02,494,gCO2e/kWh,CO2JS,2024,"Ember World 2024 as shipped in CO2.js v0.19.0 (@27cbe83, src/data/average-intensities.min.js; also its SWD v3 global constant). The 6628f83 snapshot used for countries shows 473.05. Range per research §9: low = EU-27 213.02 (a clean large grid), high = 494, the fixed SWDM v4 global constant (older Ember world value)."
            grid.intensity,EU,213.02,170.42,409,gCO2e/kWh,CO2JS,2024,"Ember EU-27 2024 as shipped in CO2.js v0.19.0 (@27cbe83); the 6628f83 snapshot shows 213.31. Low: 0.8 × value (judgement: ±20/25% where no second dataset; Electricity Maps has no EU aggregate). High: IFI 2021 v3.1 operating margin, memo EU 27 = 409."
            grid.intensity,AE,492.7,348,556,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for ARE, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 348 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 556 (marginal, consequential upper bound)."
            grid.intensity,AF,123.71,120,414,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for AFG, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 120 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 414 (marginal, consequential upper bound)."
            grid.intensity,AG,611.11,488.89,753,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for ATG, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (665) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,AL,24.42,19.54,30.53,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for ALB, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (69) is not below Ember); judgement: ±20/25% where no second dataset. High: 1.25 × value (IFI 2021 operating margin (0) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,AM,244.34,194,390,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for ARM, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 194 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 390 (marginal, consequential upper bound)."
            grid.intensity,AO,167.22,133.78,1476,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for AGO, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (213) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 1476 (marginal, consequential upper bound)."
            grid.intensity,AR,358.95,313,478,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for ARG, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 313 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 478 (marginal, consequential upper bound)."
            grid.intensity,AS,647.06,517.65,753,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for ASM, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (no Electricity Maps 2025 country value); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,AT,102.62,82.1,242,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for AUT, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (163) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 242 (marginal, consequential upper bound)."
            grid.intensity,AU,551.59,474,808,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for AUS, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 474 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 808 (marginal, consequential upper bound)."
            grid.intensity,AW,550,545,753,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for ABW, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 545 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,AZ,633.07,420,791.34,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for AZE, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 420 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (534) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,BA,637.76,462,1197,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for BIH, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 462 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 1197 (marginal, consequential upper bound)."
            grid.intensity,BB,600,480,749,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for BRB, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (636) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 749 (marginal, consequential upper bound)."
            grid.intensity,BD,694.63,630,868.29,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for BGD, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 630 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (528) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,BE,117.58,94.06,252,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for BEL, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (180) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 252 (marginal, consequential upper bound)."
            grid.intensity,BF,554.91,545,753,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for BFA, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 545 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,BG,264.21,211.37,911,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for BGR, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (365) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 911 (marginal, consequential upper bound)."
            grid.intensity,BH,902.41,488,1128.01,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for BHR, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 488 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (726) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,BI,230.77,184.62,414,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for BDI, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (241) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 414 (marginal, consequential upper bound)."
            grid.intensity,BJ,590,502,745,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for BEN, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 502 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 745 (marginal, consequential upper bound)."
            grid.intensity,BN,892.67,562,1115.84,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for BRN, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 562 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (681) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,BO,468.02,327,604,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for BOL, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 327 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 604 (marginal, consequential upper bound)."
            grid.intensity,BR,103.21,98,284,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for BRA, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 98 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 284 (marginal, consequential upper bound)."
            grid.intensity,BS,653.66,522.93,753,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for BHS, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (692) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,BT,24.19,19.35,30.24,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for BTN, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (60) is not below Ember); judgement: ±20/25% where no second dataset. High: 1.25 × value (IFI 2021 operating margin (0) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,BW,849.42,814,1486,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for BWA, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 814 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 1486 (marginal, consequential upper bound)."
            grid.intensity,BY,313.62,285,400,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for BLR, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 285 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 400 (marginal, consequential upper bound)."
            grid.intensity,BZ,155.56,124.45,403,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for BLZ, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (161) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 403 (marginal, consequential upper bound)."
            grid.intensity,CA,174.81,136,372,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for CAN, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 136 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 372 (marginal, consequential upper bound)."
            grid.intensity,CD,27.04,21.63,33.8,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for COD, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (82) is not below Ember); judgement: ±20/25% where no second dataset. High: 1.25 × value (IFI 2021 operating margin (0) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,CF,0,0,188,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for CAF, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (24) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 188 (marginal, consequential upper bound). Ember reports 0 for this country; the range comes from the other datasets."
            grid.intensity,CG,713.73,379,892.16,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for COG, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 379 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (659) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,CH,36.6,29.28,48,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for CHE, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (50) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 48 (marginal, consequential upper bound)."
            grid.intensity,CI,393.53,314.82,466,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for CIV, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (401) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 466 (marginal, consequential upper bound)."
            grid.intensity,CK,250,200,753,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for COK, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (no Electricity Maps 2025 country value); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,CL,265.52,212.42,657,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for CHL, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (no Electricity Maps 2025 country value); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 657 (marginal, consequential upper bound)."
            grid.intensity,CM,285.71,181,659,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for CMR, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 181 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 659 (marginal, consequential upper bound)."
            grid.intensity,CN,559.55,485,899,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for CHN, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 485 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 899 (marginal, consequential upper bound)."
            grid.intensity,CO,285.8,102,410,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for COL, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 102 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 410 (marginal, consequential upper bound)."
            grid.intensity,CR,63.01,36,108,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for CRI, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 36 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 108 (marginal, consequential upper bound)."
            grid.intensity,CU,638.98,609,798.73,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for CUB, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 609 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (559) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,CV,480,384,753,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for CPV, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (486) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,CY,512.24,409.79,751,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for CYP, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (838) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 751 (marginal, consequential upper bound)."
            grid.intensity,CZ,413.86,331.09,902,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for CZE, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (439) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 902 (marginal, consequential upper bound)."
            grid.intensity,DE,344.14,342,650,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for DEU, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 342 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 650 (marginal, consequential upper bound)."
            grid.intensity,DJ,450,434,753,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for DJI, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 434 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,DK,143.3,123,362,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for DNK, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 123 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 362 (marginal, consequential upper bound)."
            grid.intensity,DM,600,480,753,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for DMA, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (613) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,DO,566.05,527,601,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for DOM, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 527 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 601 (marginal, consequential upper bound)."
            grid.intensity,DZ,633.65,487,792.06,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for DZA, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 487 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (528) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,EC,209.7,209,560,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for ECU, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 209 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 560 (marginal, consequential upper bound)."
            grid.intensity,EE,341.02,243,1057,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for EST, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 243 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 1057 (marginal, consequential upper bound)."
            grid.intensity,EG,571.92,442,714.9,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for EGY, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 442 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (554) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,ER,590.91,472.73,915,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for ERI, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (607) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 915 (marginal, consequential upper bound)."
            grid.intensity,ES,146.15,136,402,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for ESP, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 136 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 402 (marginal, consequential upper bound)."
            grid.intensity,ET,23.55,18.84,29.44,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for ETH, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (84) is not below Ember); judgement: ±20/25% where no second dataset. High: 1.25 × value (IFI 2021 operating margin (0) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,FI,72.25,68,267,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for FIN, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 68 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 267 (marginal, consequential upper bound)."
            grid.intensity,FJ,278.26,222.61,640,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for FJI, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (291) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 640 (marginal, consequential upper bound)."
            grid.intensity,FK,1000,700,1250,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for FLK, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 700 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (753) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,FO,354.17,283.34,753,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for FRO, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (549) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,FR,44.18,31,158,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for FRA, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 31 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 158 (marginal, consequential upper bound)."
            grid.intensity,GA,429.47,325,946,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for GAB, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 325 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 946 (marginal, consequential upper bound)."
            grid.intensity,GB,210.89,176,380,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for GBR, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 176 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 380 (marginal, consequential upper bound). Electricity Maps GB covers Great Britain only."
            grid.intensity,GD,666.67,533.34,753,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for GRD, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (no Electricity Maps 2025 country value); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,GE,143.06,114.45,289,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for GEO, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (168) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 289 (marginal, consequential upper bound)."
            grid.intensity,GF,204.08,163.26,423,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for GUF, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (442) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 423 (marginal, consequential upper bound)."
            grid.intensity,GH,452.86,339,495,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for GHA, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 339 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 495 (marginal, consequential upper bound)."
            grid.intensity,GL,111.11,103,264,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for GRL, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 103 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 264 (marginal, consequential upper bound)."
            grid.intensity,GM,666.67,533.34,753,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for GMB, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (700) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,GN,182.72,146.18,753,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for GIN, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (188) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,GP,493.9,487,753,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for GLP, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 487 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,GQ,605.1,365,632,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for GNQ, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 365 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 632 (marginal, consequential upper bound)."
            grid.intensity,GR,319.76,296,507,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for GRC, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 296 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 507 (marginal, consequential upper bound)."
            grid.intensity,GT,272.66,218.13,798,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for GTM, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (359) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 798 (marginal, consequential upper bound)."
            grid.intensity,GU,611.11,488.89,753,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for GUM, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (639) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,GW,625,500,753,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for GNB, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (700) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,GY,634.33,507.46,847,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for GUY, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (653) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 847 (marginal, consequential upper bound)."
            grid.intensity,HK,681.99,590,899,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for HKG, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 590 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 899 (marginal, consequential upper bound). IFI value is for China incl. Hong Kong."
            grid.intensity,HN,289.5,231.6,662,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for HND, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (316) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 662 (marginal, consequential upper bound)."
            grid.intensity,HR,174.48,139.58,294,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for HRV, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (221) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 294 (marginal, consequential upper bound)."
            grid.intensity,HT,534.65,515,1048,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for HTI, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 515 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 1048 (marginal, consequential upper bound)."
            grid.intensity,HU,182.82,146.26,296,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for HUN, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (219) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 296 (marginal, consequential upper bound)."
            grid.intensity,ID,682.43,667,783,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for IDN, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 667 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 783 (marginal, consequential upper bound)."
            grid.intensity,IE,279.7,223.76,380,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for IRL, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (301) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 380 (marginal, consequential upper bound)."
            grid.intensity,IL,567.26,475,709.08,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for ISR, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 475 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (394) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,IN,708.32,593,951,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for IND, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 593 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 951 (marginal, consequential upper bound)."
            grid.intensity,IQ,689.4,563,1080,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for IRQ, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 563 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 1080 (marginal, consequential upper bound)."
            grid.intensity,IR,641.94,489,802.43,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for IRN, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 489 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (592) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,IS,28.33,28,35.41,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for ISL, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 28 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (0) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,IT,287.53,286,414,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for ITA, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 286 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 414 (marginal, consequential upper bound)."
            grid.intensity,JM,561.25,489,711,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for JAM, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 489 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 711 (marginal, consequential upper bound)."
            grid.intensity,JO,539.21,424,674.01,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for JOR, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 424 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (529) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,JP,482.32,463,602.9,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for JPN, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 463 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (471) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,KE,88.79,71.03,574,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for KEN, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (206) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 574 (marginal, consequential upper bound)."
            grid.intensity,KG,162.71,152,217,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for KGZ, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 152 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 217 (marginal, consequential upper bound)."
            grid.intensity,KH,497.46,476,1046,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for KHM, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 476 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 1046 (marginal, consequential upper bound)."
            grid.intensity,KI,500,400,753,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for KIR, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (no Electricity Maps 2025 country value); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,KM,642.86,514.29,753,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for COM, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (700) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,KN,636.36,509.09,753,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for KNA, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (no Electricity Maps 2025 country value); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,KP,344.26,335,754,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for PRK, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 335 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 754 (marginal, consequential upper bound)."
            grid.intensity,KR,414.27,331.42,555,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for KOR, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (423) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 555 (marginal, consequential upper bound)."
            grid.intensity,KW,637.24,517,675,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for KWT, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 517 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 675 (marginal, consequential upper bound)."
            grid.intensity,KY,642.86,514.29,753,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for CYM, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (681) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,KZ,801.95,592,1002.44,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for KAZ, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 592 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (797) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,LA,232.12,185.7,1069,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for LAO, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (248) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 1069 (marginal, consequential upper bound)."
            grid.intensity,LB,369.47,362,794,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for LBN, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 362 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 794 (marginal, consequential upper bound)."
            grid.intensity,LC,650,520,753,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for LCA, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (683) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,LK,509.78,367,731,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for LKA, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 367 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 731 (marginal, consequential upper bound)."
            grid.intensity,LR,435.9,348.72,677,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for LBR, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (470) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 677 (marginal, consequential upper bound)."
            grid.intensity,LS,20.83,16.66,26.04,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for LSO, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (24) is not below Ember); judgement: ±20/25% where no second dataset. High: 1.25 × value (IFI 2021 operating margin (0) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,LT,139.34,135,211,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for LTU, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 135 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 211 (marginal, consequential upper bound)."
            grid.intensity,LU,134.62,107.7,220,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for LUX, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (212) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 220 (marginal, consequential upper bound)."
            grid.intensity,LV,136.22,108.98,240,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for LVA, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (155) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 240 (marginal, consequential upper bound)."
            grid.intensity,LY,830.53,530,1038.16,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for LBY, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 530 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (668) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,MA,577.65,516,729,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for MAR, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 516 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 729 (marginal, consequential upper bound)."
            grid.intensity,MD,631.68,324,789.6,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for MDA, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 324 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (541) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,ME,413.51,356,899,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for MNE, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 356 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 899 (marginal, consequential upper bound)."
            grid.intensity,MG,477.27,431,876,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for MDG, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 431 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 876 (marginal, consequential upper bound)."
            grid.intensity,MK,568.97,452,851,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for MKD, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 452 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 851 (marginal, consequential upper bound)."
            grid.intensity,ML,394.5,315.6,1076,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for MLI, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (410) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 1076 (marginal, consequential upper bound)."
            grid.intensity,MM,578.82,335,719,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for MMR, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 335 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 719 (marginal, consequential upper bound)."
            grid.intensity,MN,784.01,744,1366,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for MNG, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 744 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 1366 (marginal, consequential upper bound)."
            grid.intensity,MO,448.98,393,561.23,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for MAC, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 393 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (no IFI operating-margin value); judgement: ±20/25% where no second dataset."
            grid.intensity,MQ,516.78,413.42,753,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for MTQ, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (577) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,MR,481.71,385.37,753,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for MRT, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (522) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,MS,1000,800,1250,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for MSR, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (no Electricity Maps 2025 country value); judgement: ±20/25% where no second dataset. High: 1.25 × value (IFI 2021 operating margin (753) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,MT,484.16,404,520,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for MLT, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 404 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 520 (marginal, consequential upper bound)."
            grid.intensity,MU,633.03,621,700,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for MUS, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 621 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 700 (marginal, consequential upper bound)."
            grid.intensity,MV,611.77,489.42,753,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for MDV, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (648) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,MW,54.65,43.72,489,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for MWI, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (60) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 489 (marginal, consequential upper bound)."
            grid.intensity,MX,484.83,385,531,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for MEX, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 385 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 531 (marginal, consequential upper bound)."
            grid.intensity,MY,609.85,487.88,762.31,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for MYS, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (611) is not below Ember); judgement: ±20/25% where no second dataset. High: 1.25 × value (IFI 2021 operating margin (551) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,MZ,127.81,102.25,234,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for MOZ, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (149) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 234 (marginal, consequential upper bound)."
            grid.intensity,NA,47.62,38.1,355,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for NAM, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (93) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 355 (marginal, consequential upper bound)."
            grid.intensity,NC,585.76,539,779,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for NCL, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 539 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 779 (marginal, consequential upper bound)."
            grid.intensity,NE,687.5,650,772,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for NER, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 650 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 772 (marginal, consequential upper bound)."
            grid.intensity,NG,507.85,362,526,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for NGA, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 362 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 526 (marginal, consequential upper bound)."
            grid.intensity,NI,288.33,221,675,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for NIC, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 221 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 675 (marginal, consequential upper bound)."
            grid.intensity,NL,253.31,253,326,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for NLD, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 253 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 326 (marginal, consequential upper bound)."
            grid.intensity,NO,30.75,30,47,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for NOR, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 30 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 47 (marginal, consequential upper bound)."
            grid.intensity,NP,23.36,18.69,29.2,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for NPL, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (86) is not below Ember); judgement: ±20/25% where no second dataset. High: 1.25 × value (IFI 2021 operating margin (0) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,NR,750,600,753,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for NRU, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (no Electricity Maps 2025 country value); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,NZ,120.11,90,246,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for NZL, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 90 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 246 (marginal, consequential upper bound)."
            grid.intensity,OM,545.25,481,681.56,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for OMN, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 481 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (479) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,PA,258.74,148,477,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for PAN, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 148 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 477 (marginal, consequential upper bound)."
            grid.intensity,PE,263.27,173,473,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for PER, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 173 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 473 (marginal, consequential upper bound)."
            grid.intensity,PF,436.62,365,753,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for PYF, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 365 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,PG,513.74,512,597,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for PNG, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 512 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 597 (marginal, consequential upper bound)."
            grid.intensity,PH,613.38,613,672,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for PHL, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 613 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 672 (marginal, consequential upper bound)."
            grid.intensity,PK,398.61,268,592,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for PAK, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 268 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 592 (marginal, consequential upper bound)."
            grid.intensity,PL,614.98,565,828,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for POL, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 565 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 828 (marginal, consequential upper bound)."
            grid.intensity,PM,600,480,753,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for SPM, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (700) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,PR,664.53,499,830.66,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for PRI, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 499 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (596) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,PS,460.78,448,719,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for PSE, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 448 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 719 (marginal, consequential upper bound)."
            grid.intensity,PT,112.29,89.83,389,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for PRT, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (117) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 389 (marginal, consequential upper bound)."
            grid.intensity,PY,24.86,19.89,31.07,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for PRY, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (25) is not below Ember); judgement: ±20/25% where no second dataset. High: 1.25 × value (IFI 2021 operating margin (0) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,QA,602.83,490,753.54,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for QAT, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 490 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (503) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,RE,525.22,208,772,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for REU, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 208 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 772 (marginal, consequential upper bound)."
            grid.intensity,RO,245.55,196.44,489,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for ROU, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (300) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 489 (marginal, consequential upper bound)."
            grid.intensity,RS,673.16,528,1086,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for SRB, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 528 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 1086 (marginal, consequential upper bound)."
            grid.intensity,RU,449.2,359.36,476,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for RUS, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (no Electricity Maps 2025 country value); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 476 (marginal, consequential upper bound)."
            grid.intensity,RW,301.89,241.51,712,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for RWA, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (351) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 712 (marginal, consequential upper bound)."
            grid.intensity,SA,696.31,552,870.39,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for SAU, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 552 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (592) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,SB,636.36,626,753,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for SLB, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 626 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,SC,571.43,457.14,753,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for SYC, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (593) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,SD,214.33,194,736,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for SDN, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 194 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 736 (marginal, consequential upper bound)."
            grid.intensity,SE,35.82,21,68,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for SWE, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 21 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 68 (marginal, consequential upper bound)."
            grid.intensity,SG,498.74,483,623.42,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for SGP, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 483 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (379) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,SI,227.65,194,620,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for SVN, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 194 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 620 (marginal, consequential upper bound)."
            grid.intensity,SK,96.49,77.19,332,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for SVK, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (232) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 332 (marginal, consequential upper bound)."
            grid.intensity,SL,47.62,38.1,489,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for SLE, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (53) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 489 (marginal, consequential upper bound)."
            grid.intensity,SN,535.4,428.32,870,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for SEN, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (573) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 870 (marginal, consequential upper bound)."
            grid.intensity,SO,523.81,419.05,753,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for SOM, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (557) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,SR,383.18,269,1029,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for SUR, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 269 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 1029 (marginal, consequential upper bound)."
            grid.intensity,SS,610.17,488.14,890,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for SSD, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (611) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 890 (marginal, consequential upper bound)."
            grid.intensity,ST,555.56,444.45,753,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for STP, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (623) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,SV,103.13,82.5,547,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for SLV, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (239) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 547 (marginal, consequential upper bound)."
            grid.intensity,SY,682.27,554,713,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for SYR, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 554 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 713 (marginal, consequential upper bound)."
            grid.intensity,SZ,142.86,114.29,178.58,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for SWZ, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (146) is not below Ember); judgement: ±20/25% where no second dataset. High: 1.25 × value (IFI 2021 operating margin (0) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,TC,653.85,523.08,753,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for TCA, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (no Electricity Maps 2025 country value); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,TD,615.39,492.31,753,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for TCD, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (638) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,TG,478.26,384,859,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for TGO, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 384 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 859 (marginal, consequential upper bound)."
            grid.intensity,TH,554.5,485,693.12,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for THA, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 485 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (450) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,TJ,112.79,72,255,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for TJK, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 72 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 255 (marginal, consequential upper bound)."
            grid.intensity,TM,1306.3,490,1632.88,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for TKM, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 490 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (927) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,TN,560.25,483,700.31,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for TUN, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 483 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (468) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,TO,571.43,457.14,753,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for TON, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (600) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,TR,469.7,440,587.12,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for TUR, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 440 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (376) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,TT,682.11,490,852.64,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for TTO, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 490 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (559) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,TW,635.65,519,794.56,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for TWN, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 519 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (484) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,TZ,371.59,297.27,531,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for TZA, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (388) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 531 (marginal, consequential upper bound)."
            grid.intensity,UA,256.21,204.97,768,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for UKR, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (no Electricity Maps 2025 country value); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 768 (marginal, consequential upper bound)."
            grid.intensity,UG,57.39,45.91,279,gCO2e/kWh,EMBER,2022,"Ember 2022 annual average (lifecycle, production-based) for UGA, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (108) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 279 (marginal, consequential upper bound)."
            grid.intensity,US,383.55,306.84,416,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for USA, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (414) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 416 (marginal, consequential upper bound)."
            grid.intensity,UY,96.7,71,174,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for URY, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 71 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 174 (marginal, consequential upper bound)."
            grid.intensity,UZ,1121.18,487,1401.48,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for UZB, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 487 (consumption-based, flow-traced; CO2.js @0bf83c8). High: 1.25 × value (IFI 2021 operating margin (612) is not above Ember); judgement: ±20/25% where no second dataset."
            grid.intensity,VC,600,480,753,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for VCT, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (609) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,VE,180.25,144,711,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for VEN, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 144 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 711 (marginal, consequential upper bound)."
            grid.intensity,VG,647.06,517.65,753,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for VGB, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (no Electricity Maps 2025 country value); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,VI,641.79,513.43,650,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for VIR, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (680) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 650 (marginal, consequential upper bound)."
            grid.intensity,VN,471.16,426,560,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for VNM, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 426 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 560 (marginal, consequential upper bound)."
            grid.intensity,VU,500,400,753,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for VUT, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (521) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,WS,400,320,753,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for WSM, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (455) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 753 (marginal, consequential upper bound)."
            grid.intensity,XK,958.72,605,1145,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for XKX, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 605 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 1145 (marginal, consequential upper bound). XK is the user-assigned code for Kosovo (Ember uses XKX)."
            grid.intensity,YE,586.32,567,807,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for YEM, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 567 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 807 (marginal, consequential upper bound)."
            grid.intensity,ZA,708.88,700,1070,gCO2e/kWh,EMBER,2024,"Ember 2024 annual average (lifecycle, production-based) for ZAF, CO2.js average-intensities.json @6628f83. Low: Electricity Maps 2025 yearly 700 (consumption-based, flow-traced; CO2.js @0bf83c8). High: IFI 2021 v3.1 operating margin 1070 (marginal, consequential upper bound)."
            grid.intensity,ZM,111,88.8,416,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for ZMB, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (166) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 416 (marginal, consequential upper bound)."
            grid.intensity,ZW,298.44,238.75,1575,gCO2e/kWh,EMBER,2023,"Ember 2023 annual average (lifecycle, production-based) for ZWE, CO2.js average-intensities.json @6628f83. Low: 0.8 × value (Electricity Maps 2025 (419) is not below Ember); judgement: ±20/25% where no second dataset. High: IFI 2021 v3.1 operating margin 1575 (marginal, consequential upper bound)."

            """#
        ),
        (
            name: "levers.csv",
            contents: #"""
            key,dimension,value,low,high,unit,source,year,note
            lever.ivt_rate,,0.01,0.008,0.018,ratio,DV24,2024,"Invalid-traffic rate a line reaches with pre-bid IVT filtering on verified inventory: DoubleVerify Q1 2024 post-filter fraud/SIVT 0.8% (APAC, EMEA) to 1.8% (LATAM); TAG Certified Channels stay below 1%. judgement: central 1%, as waste.ivt_rate for verified buys. Lines above it get the ivt_filtering lever."
            lever.mfa_rate,,0.01,0,0.04,ratio,SOBRIETY,2026,"judgement: made-for-advertising share left by an inclusion list of vetted publishers, as in a curated deal (waste.mfa_rate[pmp] = 1%). Low 0: a strict allow-list. High 4%: the ANA/TAG TrustNet 2024 open-market spend share. Open-web and CTV lines above it get the mfa_exclusion lever."
            lever.viewability_rate,,0.8,0.74,0.84,ratio,DV24,2024,"judgement: viewable rate a pre-bid viewability floor (or viewable-only buying) reaches: the best regional DoubleVerify Q1 2024 rates, display 74% (LATAM) to video 84% (APAC), central 80%. Lines below it get the viewability_floor lever."
            lever.on_target_rate,,0.65,0.61,0.7,ratio,NIELSEN,2016,"judgement: on-target rate of a refined audience (first-party or contextual segments instead of broad third-party data): the top of the Nielsen Digital Ad Ratings norms, 61% in the best US year (low) to the 65% benchmark high (central); high 70%, a judgement for first-party audiences. Lines below it get the audience_refinement lever."
            lever.video_max_bitrate,desktop,6670,3335,8000,kbit/s,S3M,2025,"judgement: the largest bitrate worth delivering on a computer screen for an ad: 1080p, the Scope3 delivery default 6.67 Mbit/s (low: its 0.5 × efficient-codec value; high: YouTube's 1080p upload recommendation 8 Mbit/s). Video lines above it get the video_bitrate lever."
            lever.video_max_bitrate,mobile,2220,800,2220,kbit/s,S3M,2025,"judgement: the largest bitrate worth delivering on a phone screen: 720p, the Scope3 delivery default 2.22 Mbit/s (research §2b; 1080p on a 6-inch screen shows no visible gain). Low: the Scope3 ad-video default for phones, 800 kbit/s. Video lines mostly seen on phones above it get the video_bitrate lever (e.g. 1080p → 720p)."
            lever.video_max_bitrate,tablet,6670,2220,8000,kbit/s,S3M,2025,"judgement: as for computers, 1080p (Scope3 delivery default 6.67 Mbit/s) on a tablet screen. Low: 720p (2.22 Mbit/s). High: YouTube's 1080p upload recommendation 8 Mbit/s."
            lever.video_max_bitrate,tv,6670,3690,15560,kbit/s,S3M,2025,"judgement: 1080p (Scope3 delivery default 6.67 Mbit/s) for an ad on a television: 4K delivery (15.56 Mbit/s, high) multiplies the bytes by 2.3 for a 15–30 s spot. Low: the Scope3 ad-video default for TVs, 3.69 Mbit/s."
            lever.video_seconds,,15,6,20,s,SOBRIETY,2026,"judgement: length of a cut-down of a longer creative: 15 s, the standard short spot. Low: a 6 s bumper. High: 20 s, the longest non-skippable in-stream unit. Lines whose video_duration_seconds exceeds it get the video_length lever; watch time per view scales with the length (same completion rate)."
            lever.creative_bytes,carousel,524880,349920,699840,bytes,GMSF,2025,"judgement: three 1080×1080 cards at the GMSF image formula with compression ratio 20 (WebP/AVIF at good quality) instead of 10: 3 × 174,960. Low: two cards loaded up front, the rest on swipe, at ratio 20. High: two cards at ratio 10. Carousel lines heavier than it get the creative_weight lever."
            lever.creative_bytes,image,311040,155520,311040,bytes,GMSF,2025,"judgement: a 1080×1920 image at the GMSF formula with compression ratio 20 (WebP/AVIF) instead of 10: 311,040 bytes, the creative.bytes[image] low. Low: ratio 40 (AVIF). Image lines heavier than it get the creative_weight lever."
            lever.creative_bytes,story,311040,155520,311040,bytes,GMSF,2025,"judgement: a full-screen 1080×1920 story frame at the GMSF formula with compression ratio 20 (WebP/AVIF): 311,040 bytes, the creative.bytes[story] low. Low: ratio 40 (AVIF). Story lines heavier than it get the creative_weight lever."
            lever.mix_shift_share,,0.2,0.1,0.3,ratio,SOBRIETY,2026,"judgement: share of a line's useful impressions moved, in one planning round, to the comparable line (same campaign, country, video or not, and main screen) with the fewest grams per useful impression: 20% keeps the plan's platform mix recognisable. Range 10–30%."
            lever.mix_intensity_ratio,,1.5,1.25,2,ratio,SOBRIETY,2026,"judgement: a platform_mix move is recommended only when the donor line emits at least 1.5 × the recipient's grams per useful impression, a gap wider than most factor ranges move it. Range 1.25–2."

            """#
        ),
        (
            name: "manifest.csv",
            contents: #"""
            field,value
            name,sobriety-default
            version,2026.1

            """#
        ),
        (
            name: "network.csv",
            contents: #"""
            key,dimension,value,low,high,unit,source,year,note
            network.mobile_share,WORLD,0.236,0.1,0.68,ratio,ITU24,2024,"ITU 2024 world share of traffic on mobile networks, as tabulated in Scope3 docs/snippets/defaults_network_traffic.mdx (S3M). Range per research §9: low = SRI/DCF 10% mobile assumption, high = 68% (India-like mobile-first market)."
            network.mobile_share,AU,0.1,0.07,0.13,ratio,ITU24,2024,"ITU 2024 share of traffic on mobile networks (10.0%), as tabulated in Scope3 docs/snippets/defaults_network_traffic.mdx (S3M). judgement: ±30% clipped to [0,1], because ITU traffic splits are annual national averages and Wi-Fi offload varies by audience."
            network.mobile_share,BR,0.141,0.0987,0.1833,ratio,ITU24,2024,"ITU 2024 share of traffic on mobile networks (14.1%), as tabulated in Scope3 docs/snippets/defaults_network_traffic.mdx (S3M). judgement: ±30% clipped to [0,1], because ITU traffic splits are annual national averages and Wi-Fi offload varies by audience."
            network.mobile_share,CA,0.039,0.0273,0.0507,ratio,ITU24,2024,"ITU 2024 share of traffic on mobile networks (3.9%), as tabulated in Scope3 docs/snippets/defaults_network_traffic.mdx (S3M). judgement: ±30% clipped to [0,1], because ITU traffic splits are annual national averages and Wi-Fi offload varies by audience."
            network.mobile_share,CN,0.135,0.0945,0.1755,ratio,ITU24,2024,"ITU 2024 share of traffic on mobile networks (13.5%), as tabulated in Scope3 docs/snippets/defaults_network_traffic.mdx (S3M). judgement: ±30% clipped to [0,1], because ITU traffic splits are annual national averages and Wi-Fi offload varies by audience."
            network.mobile_share,DE,0.06,0.042,0.078,ratio,ITU24,2024,"ITU 2024 share of traffic on mobile networks (6.0%), as tabulated in Scope3 docs/snippets/defaults_network_traffic.mdx (S3M). judgement: ±30% clipped to [0,1], because ITU traffic splits are annual national averages and Wi-Fi offload varies by audience."
            network.mobile_share,ES,0.096,0.0672,0.1248,ratio,ITU24,2024,"ITU 2024 share of traffic on mobile networks (9.6%), as tabulated in Scope3 docs/snippets/defaults_network_traffic.mdx (S3M). judgement: ±30% clipped to [0,1], because ITU traffic splits are annual national averages and Wi-Fi offload varies by audience."
            network.mobile_share,FR,0.49,0.343,0.637,ratio,ITU24,2024,"ITU 2024 share of traffic on mobile networks (49.0%), as tabulated in Scope3 docs/snippets/defaults_network_traffic.mdx (S3M). judgement: ±30% clipped to [0,1], because ITU traffic splits are annual national averages and Wi-Fi offload varies by audience."
            network.mobile_share,GB,0.057,0.0399,0.0741,ratio,ITU24,2024,"ITU 2024 share of traffic on mobile networks (5.7%), as tabulated in Scope3 docs/snippets/defaults_network_traffic.mdx (S3M). judgement: ±30% clipped to [0,1], because ITU traffic splits are annual national averages and Wi-Fi offload varies by audience."
            network.mobile_share,ID,0.666,0.4662,0.8658,ratio,ITU24,2024,"ITU 2024 share of traffic on mobile networks (66.6%), as tabulated in Scope3 docs/snippets/defaults_network_traffic.mdx (S3M). judgement: ±30% clipped to [0,1], because ITU traffic splits are annual national averages and Wi-Fi offload varies by audience."
            network.mobile_share,IN,0.682,0.4774,0.8866,ratio,ITU24,2024,"ITU 2024 share of traffic on mobile networks (68.2%), as tabulated in Scope3 docs/snippets/defaults_network_traffic.mdx (S3M). judgement: ±30% clipped to [0,1], because ITU traffic splits are annual national averages and Wi-Fi offload varies by audience."
            network.mobile_share,IT,0.171,0.1197,0.2223,ratio,ITU24,2024,"ITU 2024 share of traffic on mobile networks (17.1%), as tabulated in Scope3 docs/snippets/defaults_network_traffic.mdx (S3M). judgement: ±30% clipped to [0,1], because ITU traffic splits are annual national averages and Wi-Fi offload varies by audience."
            network.mobile_share,JP,0.161,0.1127,0.2093,ratio,ITU24,2024,"ITU 2024 share of traffic on mobile networks (16.1%), as tabulated in Scope3 docs/snippets/defaults_network_traffic.mdx (S3M). judgement: ±30% clipped to [0,1], because ITU traffic splits are annual national averages and Wi-Fi offload varies by audience."
            network.mobile_share,KR,0.088,0.0616,0.1144,ratio,ITU24,2024,"ITU 2024 share of traffic on mobile networks (8.8%), as tabulated in Scope3 docs/snippets/defaults_network_traffic.mdx (S3M). judgement: ±30% clipped to [0,1], because ITU traffic splits are annual national averages and Wi-Fi offload varies by audience."
            network.mobile_share,MX,0.119,0.0833,0.1547,ratio,ITU24,2024,"ITU 2024 share of traffic on mobile networks (11.9%), as tabulated in Scope3 docs/snippets/defaults_network_traffic.mdx (S3M). judgement: ±30% clipped to [0,1], because ITU traffic splits are annual national averages and Wi-Fi offload varies by audience."
            network.mobile_share,PL,0.135,0.0945,0.1755,ratio,ITU24,2024,"ITU 2024 share of traffic on mobile networks (13.5%), as tabulated in Scope3 docs/snippets/defaults_network_traffic.mdx (S3M). judgement: ±30% clipped to [0,1], because ITU traffic splits are annual national averages and Wi-Fi offload varies by audience."
            network.mobile_share,US,0.057,0.0399,0.0741,ratio,ITU24,2024,"ITU 2024 share of traffic on mobile networks (5.7%), as tabulated in Scope3 docs/snippets/defaults_network_traffic.mdx (S3M). judgement: ±30% clipped to [0,1], because ITU traffic splits are annual national averages and Wi-Fi offload varies by audience."
            network.mobile_share,ZA,0.352,0.2464,0.4576,ratio,ITU24,2024,"ITU 2024 share of traffic on mobile networks (35.2%), as tabulated in Scope3 docs/snippets/defaults_network_traffic.mdx (S3M). judgement: ±30% clipped to [0,1], because ITU traffic splits are annual national averages and Wi-Fi offload varies by audience."
            network.use.fixed,,0.0165,0.0075,0.0687,kWh/GB,GMSF,2025,"GMSF v1.2 default (ADEME Base Empreinte) 0.0000165 kWh/MB, read in Scope3 docs/snippets/defaults_conventional_model.mdx. Low: Aslan et al. 0.06 kWh/GB for 2020 halving every 2 years, extrapolated to 2026 (derived in research §9). High: SRI/ADEME 2022 v1.4 value 0.0687 (now outdated)."
            network.use.mobile,,0.117,0.06,0.236,kWh/GB,GMSF,2025,"GMSF v1.2 default (ADEME), read in Scope3 docs/snippets/defaults_conventional_model.mdx. Low: 5G estimate 0.06 kWh/GB (Golard thesis, via Scope3 docs/data_transfer.mdx). High: SRI/ADEME 2022 value 0.236."
            network.embodied.fixed,,2.14e-6,1.07e-6,4.43e-6,gCO2e/kB,GMSF,2025,"GMSF v1.2 default 2.14e-6 kgCO2e/MB (= gCO2e/kB), read in Scope3 docs/snippets/defaults_conventional_model.mdx. Low: judgement: 0.5 × value (no lower published figure; network equipment lifetimes and traffic growth lower the per-kB share). High: SRI/ADEME 2022 value 4.43e-6."
            network.embodied.mobile,,8.7e-6,4.35e-6,1.74e-5,gCO2e/kB,GMSF,2025,"GMSF v1.2 default 8.70e-6 kgCO2e/MB (= gCO2e/kB), read in Scope3 docs/snippets/defaults_conventional_model.mdx. Low: judgement: 0.5 × value, as for fixed. High: judgement: 2 × value; the SRI value 7.97e-6 is lower than GMSF so it cannot be the high, and ×2 mirrors the SRI/GMSF spread seen for fixed networks (4.43e-6 / 2.14e-6 ≈ 2.1)."
            cdn.use,,0.00043,0.000215,0.00215,kWh/GB,GMSF,2025,"GMSF edge-node use 4.3e-7 Wh/kB (edge_node_use_watts_per_kb, applied as Wh/kB in the Scope3 formula) = 0.00043 kWh/GB; read in Scope3 docs/snippets/defaults_ad_platform.mdx. Low: judgement: 0.5 × value (cache-heavy CDNs, no lower published figure). High: judgement: 5 × value (older edge hardware, low cache-hit ratios); SWDM v4's 0.055 kWh/GB data-centre figure covers origin servers and is not an edge-delivery bound, so it is not used."

            """#
        ),
        (
            name: "platform-defaults.csv",
            contents: #"""
            key,dimension,value,low,high,unit,source,year,note
            platform.device_share,tiktok/mobile,0.97,0.97,0.97,ratio,SOBRIETY,2026,"judgement: typical device mix for TikTok: an app used almost entirely on phones. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,tiktok/tablet,0.02,0.02,0.02,ratio,SOBRIETY,2026,"judgement: typical device mix for TikTok: an app used almost entirely on phones. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,tiktok/desktop,0.01,0.01,0.01,ratio,SOBRIETY,2026,"judgement: typical device mix for TikTok: an app used almost entirely on phones. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,instagram/mobile,0.97,0.97,0.97,ratio,SOBRIETY,2026,"judgement: typical device mix for Instagram: a mobile-first app with a small web audience. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,instagram/tablet,0.02,0.02,0.02,ratio,SOBRIETY,2026,"judgement: typical device mix for Instagram: a mobile-first app with a small web audience. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,instagram/desktop,0.01,0.01,0.01,ratio,SOBRIETY,2026,"judgement: typical device mix for Instagram: a mobile-first app with a small web audience. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,facebook/mobile,0.85,0.85,0.85,ratio,SOBRIETY,2026,"judgement: typical device mix for Facebook: mostly mobile, with a desktop audience larger than on newer apps. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,facebook/desktop,0.1,0.1,0.1,ratio,SOBRIETY,2026,"judgement: typical device mix for Facebook: mostly mobile, with a desktop audience larger than on newer apps. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,facebook/tablet,0.05,0.05,0.05,ratio,SOBRIETY,2026,"judgement: typical device mix for Facebook: mostly mobile, with a desktop audience larger than on newer apps. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,youtube/mobile,0.55,0.55,0.55,ratio,SOBRIETY,2026,"judgement: typical device mix for YouTube: mobile-led, with a large living-room TV share and desktop viewing. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,youtube/tv,0.25,0.25,0.25,ratio,SOBRIETY,2026,"judgement: typical device mix for YouTube: mobile-led, with a large living-room TV share and desktop viewing. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,youtube/desktop,0.15,0.15,0.15,ratio,SOBRIETY,2026,"judgement: typical device mix for YouTube: mobile-led, with a large living-room TV share and desktop viewing. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,youtube/tablet,0.05,0.05,0.05,ratio,SOBRIETY,2026,"judgement: typical device mix for YouTube: mobile-led, with a large living-room TV share and desktop viewing. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,linkedin/desktop,0.55,0.55,0.55,ratio,SOBRIETY,2026,"judgement: typical device mix for LinkedIn: used during working hours, so more desktop than other social platforms. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,linkedin/mobile,0.4,0.4,0.4,ratio,SOBRIETY,2026,"judgement: typical device mix for LinkedIn: used during working hours, so more desktop than other social platforms. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,linkedin/tablet,0.05,0.05,0.05,ratio,SOBRIETY,2026,"judgement: typical device mix for LinkedIn: used during working hours, so more desktop than other social platforms. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,x/mobile,0.85,0.85,0.85,ratio,SOBRIETY,2026,"judgement: typical device mix for X: mostly mobile with a desktop web audience. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,x/desktop,0.12,0.12,0.12,ratio,SOBRIETY,2026,"judgement: typical device mix for X: mostly mobile with a desktop web audience. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,x/tablet,0.03,0.03,0.03,ratio,SOBRIETY,2026,"judgement: typical device mix for X: mostly mobile with a desktop web audience. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,snapchat/mobile,0.99,0.99,0.99,ratio,SOBRIETY,2026,"judgement: typical device mix for Snapchat: a camera-first app used on phones; web use is marginal. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,snapchat/desktop,0.01,0.01,0.01,ratio,SOBRIETY,2026,"judgement: typical device mix for Snapchat: a camera-first app used on phones; web use is marginal. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,pinterest/mobile,0.8,0.8,0.8,ratio,SOBRIETY,2026,"judgement: typical device mix for Pinterest: mostly mobile, with desktop and tablet browsing. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,pinterest/desktop,0.15,0.15,0.15,ratio,SOBRIETY,2026,"judgement: typical device mix for Pinterest: mostly mobile, with desktop and tablet browsing. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,pinterest/tablet,0.05,0.05,0.05,ratio,SOBRIETY,2026,"judgement: typical device mix for Pinterest: mostly mobile, with desktop and tablet browsing. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,threads/mobile,0.95,0.95,0.95,ratio,SOBRIETY,2026,"judgement: typical device mix for Threads: a mobile app with a small web client audience. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,threads/desktop,0.05,0.05,0.05,ratio,SOBRIETY,2026,"judgement: typical device mix for Threads: a mobile app with a small web client audience. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,reddit/mobile,0.7,0.7,0.7,ratio,SOBRIETY,2026,"judgement: typical device mix for Reddit: mobile-led with a sizeable desktop audience. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,reddit/desktop,0.27,0.27,0.27,ratio,SOBRIETY,2026,"judgement: typical device mix for Reddit: mobile-led with a sizeable desktop audience. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,reddit/tablet,0.03,0.03,0.03,ratio,SOBRIETY,2026,"judgement: typical device mix for Reddit: mobile-led with a sizeable desktop audience. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,twitch/desktop,0.45,0.45,0.45,ratio,SOBRIETY,2026,"judgement: typical device mix for Twitch: desktop-led (gaming audience), with phones and console/TV apps. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,twitch/mobile,0.3,0.3,0.3,ratio,SOBRIETY,2026,"judgement: typical device mix for Twitch: desktop-led (gaming audience), with phones and console/TV apps. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,twitch/tv,0.2,0.2,0.2,ratio,SOBRIETY,2026,"judgement: typical device mix for Twitch: desktop-led (gaming audience), with phones and console/TV apps. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,twitch/tablet,0.05,0.05,0.05,ratio,SOBRIETY,2026,"judgement: typical device mix for Twitch: desktop-led (gaming audience), with phones and console/TV apps. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,douyin/mobile,0.97,0.97,0.97,ratio,SOBRIETY,2026,"judgement: typical device mix for Douyin: an app used almost entirely on phones. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,douyin/tablet,0.02,0.02,0.02,ratio,SOBRIETY,2026,"judgement: typical device mix for Douyin: an app used almost entirely on phones. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,douyin/desktop,0.01,0.01,0.01,ratio,SOBRIETY,2026,"judgement: typical device mix for Douyin: an app used almost entirely on phones. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,xiaohongshu/mobile,0.97,0.97,0.97,ratio,SOBRIETY,2026,"judgement: typical device mix for Xiaohongshu (RED): an app used almost entirely on phones. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,xiaohongshu/tablet,0.02,0.02,0.02,ratio,SOBRIETY,2026,"judgement: typical device mix for Xiaohongshu (RED): an app used almost entirely on phones. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,xiaohongshu/desktop,0.01,0.01,0.01,ratio,SOBRIETY,2026,"judgement: typical device mix for Xiaohongshu (RED): an app used almost entirely on phones. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,wechat_channels/mobile,0.97,0.97,0.97,ratio,SOBRIETY,2026,"judgement: typical device mix for WeChat Channels: part of a phone messaging app; desktop WeChat use is small. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,wechat_channels/desktop,0.02,0.02,0.02,ratio,SOBRIETY,2026,"judgement: typical device mix for WeChat Channels: part of a phone messaging app; desktop WeChat use is small. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,wechat_channels/tablet,0.01,0.01,0.01,ratio,SOBRIETY,2026,"judgement: typical device mix for WeChat Channels: part of a phone messaging app; desktop WeChat use is small. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,weibo/mobile,0.9,0.9,0.9,ratio,SOBRIETY,2026,"judgement: typical device mix for Weibo: mostly mobile with some desktop web use. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,weibo/desktop,0.08,0.08,0.08,ratio,SOBRIETY,2026,"judgement: typical device mix for Weibo: mostly mobile with some desktop web use. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,weibo/tablet,0.02,0.02,0.02,ratio,SOBRIETY,2026,"judgement: typical device mix for Weibo: mostly mobile with some desktop web use. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,bilibili/mobile,0.7,0.7,0.7,ratio,SOBRIETY,2026,"judgement: typical device mix for Bilibili: mobile-led with PC, tablet and TV apps. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,bilibili/desktop,0.2,0.2,0.2,ratio,SOBRIETY,2026,"judgement: typical device mix for Bilibili: mobile-led with PC, tablet and TV apps. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,bilibili/tablet,0.05,0.05,0.05,ratio,SOBRIETY,2026,"judgement: typical device mix for Bilibili: mobile-led with PC, tablet and TV apps. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,bilibili/tv,0.05,0.05,0.05,ratio,SOBRIETY,2026,"judgement: typical device mix for Bilibili: mobile-led with PC, tablet and TV apps. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,open_web/mobile,0.6,0.6,0.6,ratio,SOBRIETY,2026,"judgement: typical device mix for Open web: web browsing split between phones and computers, phones leading. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,open_web/desktop,0.35,0.35,0.35,ratio,SOBRIETY,2026,"judgement: typical device mix for Open web: web browsing split between phones and computers, phones leading. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,open_web/tablet,0.05,0.05,0.05,ratio,SOBRIETY,2026,"judgement: typical device mix for Open web: web browsing split between phones and computers, phones leading. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,ctv/tv,1,1,1,ratio,SOBRIETY,2026,"judgement: typical device mix for Connected TV: by definition a TV screen. A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,audio/mobile,0.8,0.8,0.8,ratio,SOBRIETY,2026,"judgement: typical device mix for Digital audio: listening mostly on phones, some on computers (smart speakers are not a device key). A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."
            platform.device_share,audio/desktop,0.2,0.2,0.2,ratio,SOBRIETY,2026,"judgement: typical device mix for Digital audio: listening mostly on phones, some on computers (smart speakers are not a device key). A mix, not an uncertain quantity, so low = value = high; a device column in the campaign file overrides it."

            """#
        ),
        (
            name: "platforms.csv",
            contents: #"""
            platform,name,channel,default_format,default_buying,mfa_applies,source,note
            tiktok,TikTok,social,video,social,false,SOBRIETY,judgement: short-form video feed; platform auction.
            instagram,Instagram,social,image,social,false,SOBRIETY,judgement: default format image: the Scope3 default social ad is a 1080×1920 image sponsored post.
            facebook,Facebook,social,image,social,false,SOBRIETY,judgement: default format image (Scope3 default social ad).
            youtube,YouTube,streaming,video,social,false,SOBRIETY,"judgement: channel streaming: in-stream ads per video view (Scope3 streaming-video pattern) rather than a scrolling feed; bought in Google's own auction, hence buying social."
            linkedin,LinkedIn,social,image,social,false,SOBRIETY,judgement: professional feed; sponsored content is mostly single-image posts.
            x,X,social,image,social,false,SOBRIETY,judgement: timeline of text and images.
            snapchat,Snapchat,social,video,social,false,SOBRIETY,judgement: full-screen vertical video ads between stories.
            pinterest,Pinterest,social,image,social,false,SOBRIETY,judgement: image pins.
            threads,Threads,social,image,social,false,SOBRIETY,judgement: text-first feed with images.
            reddit,Reddit,social,image,social,false,SOBRIETY,judgement: promoted posts in a text-first feed.
            twitch,Twitch,streaming,video,social,false,SOBRIETY,judgement: live-streaming service: pre-roll/mid-roll video ads on streams (channel streaming).
            douyin,Douyin,social,video,social,false,SOBRIETY,judgement: Chinese short-form video feed; platform auction.
            xiaohongshu,Xiaohongshu (RED),social,image,social,false,SOBRIETY,judgement: image-and-text notes feed.
            wechat_channels,WeChat Channels,social,video,social,false,SOBRIETY,judgement: short-video feed inside WeChat.
            weibo,Weibo,social,image,social,false,SOBRIETY,judgement: microblog feed of text and images.
            bilibili,Bilibili,streaming,video,social,false,SOBRIETY,judgement: long-form video service with pre-roll ads (channel streaming).
            open_web,Open web,web,image,open_exchange,true,SOBRIETY,judgement: programmatic display on websites bought on the open exchange; made-for-advertising sites exist here.
            ctv,Connected TV,ctv,video,open_exchange,true,SOBRIETY,judgement: TV-app spots bought programmatically; low-quality made-for-advertising CTV apps exist.
            audio,Digital audio,audio,audio,pmp,false,SOBRIETY,"judgement: default buying pmp: programmatic audio (streaming music, podcasts) trades mostly through private marketplaces and guaranteed deals; no MFA inventory assumed."

            """#
        ),
        (
            name: "sources.csv",
            contents: #"""
            id,publisher,title,year,url,licence
            EMBER,Ember,"Yearly electricity data (country_overview_yearly) as bundled in CO2.js data/output/average-intensities.json, commit 6628f83f24c2d836fb7ac0dd80eaf5012b27bae4",2024,https://github.com/thegreenwebfoundation/co2.js/blob/6628f83f24c2d836fb7ac0dd80eaf5012b27bae4/data/output/average-intensities.json,CC BY 4.0
            EMAPS,Electricity Maps,"Yearly carbon intensity 2025 (lifecycle, flow-traced) as bundled in CO2.js data/output/electricity-maps/yearly_2025.json, commit 0bf83c84cb80ff52312601118931f6972715ca08",2025,https://github.com/thegreenwebfoundation/co2.js/blob/0bf83c84cb80ff52312601118931f6972715ca08/data/output/electricity-maps/yearly_2025.json,unknown; see Electricity Maps data portal terms
            IFI,UNFCCC / IFI Technical Working Group on GHG Accounting,"IFI Default Grid Factors 2021 v3.1 (harmonised default grid emission factors), as bundled in CO2.js, commit 2432f824ba2ab34665f514ef2c6971842a860af9",2021,https://github.com/thegreenwebfoundation/co2.js/blob/2432f824ba2ab34665f514ef2c6971842a860af9/data/IFI_Default_Grid_Factors_2021_v3.1_unfccc.csv,unknown
            CO2JS,The Green Web Foundation,"CO2.js v0.19.0 (Ember averages in src/data/average-intensities.min.js), commit 27cbe8328aeaad0824fb07b3640dc45b72228c7b",2026,https://github.com/thegreenwebfoundation/co2.js/tree/27cbe8328aeaad0824fb07b3640dc45b72228c7b,Apache-2.0 (code); Ember data CC BY 4.0
            SWDM4,"Wholegrain Digital, Mightybytes, Footsprint, EcoPing, The Green Web Foundation",Sustainable Web Design Model v4,2024,https://sustainablewebdesign.org/estimating-digital-emissions/,unknown
            GMSF,Ad Net Zero (with GARM and IAB Europe),Global Media Sustainability Framework v1.2 (default values as reproduced in the Scope3 open methodology),2025,https://adnetzero.com/global-media-sustainability-framework/,proprietary; figures cited
            S3M,Scope3,"Open emissions methodology (docs/, defaults/, templates/)",2025,https://github.com/scope3data/methodology,see repository
            DCF,SRI / Alliance Digitale (implementation by Greenbids),DigitalCarbonFramework referential (src/carbon/digital_carbon_framework.yml); SRI Calculating the carbon footprint V2,2023,https://github.com/DigitalCarbonFramework/DigitalCarbonFramework,see repository
            IEA20,IEA (G. Kamiya),The carbon footprint of streaming video: fact-checking the headlines (updated 11 Dec 2020),2020,https://www.iea.org/commentaries/the-carbon-footprint-of-streaming-video-fact-checking-the-headlines,proprietary; figures cited
            CT21,Carbon Trust (Stephens et al.) for DIMPACT,Carbon impact of video streaming,2021,https://www.carbontrust.com/our-work-and-impact/guides-reports-and-tools/carbon-impact-of-video-streaming,proprietary; figures cited
            GS21,Greenspector,What is the environmental footprint for social media applications? 2021 Edition,2021,https://greenspector.com/en/social-media-2021/,proprietary; figures cited
            ANA23,ANA (with TAG TrustNet/Kroll),Programmatic Media Supply Chain Transparency Study: Complete Report,2023,https://www.ana.net/miccontent/show/id/rr-2023-12-ana-programmatic-media-supply-chain-transparency-study,proprietary; figures cited
            DV24,DoubleVerify,Quarterly Benchmarks Q1 2024 (fraud/SIVT and viewability by region),2024,https://doubleverify.com/,proprietary; figures cited
            PIXALATE24,Pixalate,IVT & Ad Fraud Benchmarks Q2 2024,2024,https://www.pixalate.com/,proprietary; figures cited
            NIELSEN,Nielsen,Digital Ad Ratings on-target benchmarks (US through Q2 2016; Europe 2H 2016–1H 2017; global 2014),2016,https://www.nielsen.com/,proprietary; figures cited
            EBIQUITY22,Ebiquity with Scope3,"Display advertising carbon study of 43 advertisers (reported by The Drum, 23 Nov 2022)",2022,https://www.thedrum.com/,proprietary; figures cited
            ITU24,ITU (as tabulated by Scope3),"Mobile share of internet traffic by country, in Scope3 docs/snippets/defaults_network_traffic.mdx",2024,https://github.com/scope3data/methodology,see repository
            YOUTUBE,Google,YouTube recommended upload encoding settings (SDR bitrates),2026,https://support.google.com/youtube/answer/1722171,proprietary; figures cited
            NETFLIX,Netflix,Help Center: How can I control how much data Netflix uses,2026,https://help.netflix.com/,proprietary; figures cited
            SOBRIETY,Sobriety maintainers,Judgement documented in the note,2026,Factors/README.md,same as this repository
            SWDM3,"Wholegrain Digital, Mightybytes, The Green Web Foundation",Sustainable Web Design: calculating digital emissions (model v3),2022,https://sustainablewebdesign.org/calculating-digital-emissions/,unknown
            SHIFT18,The Shift Project,Lean ICT: towards digital sobriety (the 1byte model),2018,https://theshiftproject.org/en/article/lean-ict-our-new-report/,proprietary; figures cited
            IMPACTCO2,ADEME (Agence de la transition écologique),"Impact CO2 data files: src/data/categories/deplacement.ts (car model 2025, commit 07d97e130ad1dc6b6d1d943c03f45ae12ea0a45a) and src/data/categories/usagenumerique.ts (streaming, NegaOctet, commit 1999e49af81bfd293b9b42c77047d54c7542f179)",2025,https://github.com/incubateur-ademe/impactco2,unknown; see impactco2.fr
            EPAGHG,U.S. Environmental Protection Agency,Greenhouse Gas Equivalencies Calculator: Calculations and References (smartphones charged),2024,https://www.epa.gov/energy/greenhouse-gases-equivalencies-calculator-calculations-and-references,public domain (U.S. government work)

            """#
        ),
        (
            name: "transfer.csv",
            contents: #"""
            key,dimension,value,low,high,unit,source,year,note
            transfer.swd4.operational_energy,data_center,0.055,0.055,0.055,kWh/GB,SWDM4,2024,"Sustainable Web Design v4 operational energy of the data-centre segment per GB transferred (CO2.js v0.19.0 src/constants/index.js SWDV4). model definition, not an uncertain estimate: low = value = high."
            transfer.swd4.embodied_energy,data_center,0.012,0.012,0.012,kWh/GB,SWDM4,2024,"Sustainable Web Design v4 embodied energy of the data-centre segment per GB transferred (CO2.js v0.19.0 src/constants/index.js SWDV4). model definition, not an uncertain estimate: low = value = high."
            transfer.swd4.operational_energy,network,0.059,0.059,0.059,kWh/GB,SWDM4,2024,"Sustainable Web Design v4 operational energy of the network segment per GB transferred (CO2.js v0.19.0 src/constants/index.js SWDV4). model definition, not an uncertain estimate: low = value = high."
            transfer.swd4.embodied_energy,network,0.013,0.013,0.013,kWh/GB,SWDM4,2024,"Sustainable Web Design v4 embodied energy of the network segment per GB transferred (CO2.js v0.19.0 src/constants/index.js SWDV4). model definition, not an uncertain estimate: low = value = high."
            transfer.swd4.operational_energy,device,0.08,0.08,0.08,kWh/GB,SWDM4,2024,"Sustainable Web Design v4 operational energy of the device segment per GB transferred (CO2.js v0.19.0 src/constants/index.js SWDV4). model definition, not an uncertain estimate: low = value = high."
            transfer.swd4.embodied_energy,device,0.081,0.081,0.081,kWh/GB,SWDM4,2024,"Sustainable Web Design v4 embodied energy of the device segment per GB transferred (CO2.js v0.19.0 src/constants/index.js SWDV4). model definition, not an uncertain estimate: low = value = high."
            transfer.swd4.grid_intensity,,494,494,494,gCO2e/kWh,SWDM4,2024,"Sustainable Web Design v4 global grid intensity (SWDV4.GLOBAL_GRID_INTENSITY in CO2.js v0.19.0): the default for operational emissions of every segment, and always used for embodied emissions. model definition, not an uncertain estimate: low = value = high."
            transfer.swd4.visit_share,first,1,1,1,ratio,CO2JS,2026,"Default share of first visits in SWD v4 perVisit (CO2.js v0.19.0 src/sustainable-web-design-v4.js). model definition, not an uncertain estimate: low = value = high."
            transfer.swd4.visit_share,return,0,0,0,ratio,CO2JS,2026,"Default share of return visits in SWD v4 perVisit (CO2.js v0.19.0). model definition, not an uncertain estimate: low = value = high."
            transfer.swd4.data_reload_ratio,,0,0,0,ratio,CO2JS,2026,"Default share of the data reloaded on a return visit in SWD v4 perVisit (CO2.js v0.19.0). model definition, not an uncertain estimate: low = value = high."
            transfer.swd4.rating_limit,A+,0.04,0.04,0.04,gCO2e,CO2JS,2026,"Largest emissions per page view rated A+ in the Sustainable Web Design v4 rating scale (CO2.js v0.19.0 SWDMV4_RATINGS); above the E limit the rating is F. model definition, not an uncertain estimate: low = value = high."
            transfer.swd4.rating_limit,A,0.079,0.079,0.079,gCO2e,CO2JS,2026,"Largest emissions per page view rated A in the Sustainable Web Design v4 rating scale (CO2.js v0.19.0 SWDMV4_RATINGS); above the E limit the rating is F. model definition, not an uncertain estimate: low = value = high."
            transfer.swd4.rating_limit,B,0.145,0.145,0.145,gCO2e,CO2JS,2026,"Largest emissions per page view rated B in the Sustainable Web Design v4 rating scale (CO2.js v0.19.0 SWDMV4_RATINGS); above the E limit the rating is F. model definition, not an uncertain estimate: low = value = high."
            transfer.swd4.rating_limit,C,0.209,0.209,0.209,gCO2e,CO2JS,2026,"Largest emissions per page view rated C in the Sustainable Web Design v4 rating scale (CO2.js v0.19.0 SWDMV4_RATINGS); above the E limit the rating is F. model definition, not an uncertain estimate: low = value = high."
            transfer.swd4.rating_limit,D,0.278,0.278,0.278,gCO2e,CO2JS,2026,"Largest emissions per page view rated D in the Sustainable Web Design v4 rating scale (CO2.js v0.19.0 SWDMV4_RATINGS); above the E limit the rating is F. model definition, not an uncertain estimate: low = value = high."
            transfer.swd4.rating_limit,E,0.359,0.359,0.359,gCO2e,CO2JS,2026,"Largest emissions per page view rated E in the Sustainable Web Design v4 rating scale (CO2.js v0.19.0 SWDMV4_RATINGS); above the E limit the rating is F. model definition, not an uncertain estimate: low = value = high."
            transfer.swd3.energy,,0.81,0.81,0.81,kWh/GB,SWDM3,2022,"Sustainable Web Design v3 energy per GB transferred: about 2000 TWh of internet energy over about 2500 EB of transfer (CO2.js v0.19.0 KWH_PER_GB). model definition, not an uncertain estimate: low = value = high."
            transfer.swd3.energy_share,device,0.52,0.52,0.52,ratio,SWDM3,2022,"Share of the SWD v3 energy per GB attributed to the device segment (CO2.js v0.19.0 constants). model definition, not an uncertain estimate: low = value = high."
            transfer.swd3.energy_share,network,0.14,0.14,0.14,ratio,SWDM3,2022,"Share of the SWD v3 energy per GB attributed to the network segment (CO2.js v0.19.0 constants). model definition, not an uncertain estimate: low = value = high."
            transfer.swd3.energy_share,data_center,0.15,0.15,0.15,ratio,SWDM3,2022,"Share of the SWD v3 energy per GB attributed to the data-centre segment (CO2.js v0.19.0 constants). model definition, not an uncertain estimate: low = value = high."
            transfer.swd3.energy_share,production,0.19,0.19,0.19,ratio,SWDM3,2022,"Share of the SWD v3 energy per GB attributed to the production segment (CO2.js v0.19.0 constants). model definition, not an uncertain estimate: low = value = high."
            transfer.swd3.grid_intensity,,472.94,472.94,472.94,gCO2e/kWh,CO2JS,2026,"SWD v3 global grid intensity: Ember WORLD 2024 as shipped in CO2.js v0.19.0 (GLOBAL_GRID_INTENSITY = averageIntensity.data.WORLD), the default for every segment and always used for production. Kept apart from grid.intensity[WORLD] so that v3 results stay those of CO2.js v0.19.0. model definition, not an uncertain estimate: low = value = high."
            transfer.swd3.renewables_grid_intensity,,50,50,50,gCO2e/kWh,SWDM3,2022,"SWD v3 grid intensity of a green (renewably powered) data centre, applied to the data-centre segment only (CO2.js v0.19.0 RENEWABLES_GRID_INTENSITY). model definition, not an uncertain estimate: low = value = high."
            transfer.swd3.visit_share,first,0.75,0.75,0.75,ratio,SWDM3,2022,"Default share of first-time visitors in SWD v3 perVisit, from the Wholegrain carbon API 2.0 (CO2.js v0.19.0 FIRST_TIME_VIEWING_PERCENTAGE). model definition, not an uncertain estimate: low = value = high."
            transfer.swd3.visit_share,return,0.25,0.25,0.25,ratio,SWDM3,2022,"Default share of returning visitors in SWD v3 perVisit (CO2.js v0.19.0 RETURNING_VISITOR_PERCENTAGE). model definition, not an uncertain estimate: low = value = high."
            transfer.swd3.data_reload_ratio,,0.02,0.02,0.02,ratio,SWDM3,2022,"Default share of the data reloaded on a return visit in SWD v3 perVisit (CO2.js v0.19.0 PERCENTAGE_OF_DATA_LOADED_ON_SUBSEQUENT_LOAD). model definition, not an uncertain estimate: low = value = high."
            transfer.swd3.rating_limit,A+,0.095,0.095,0.095,gCO2e,CO2JS,2026,"Largest emissions per page view rated A+ in the Sustainable Web Design v3 rating scale (CO2.js v0.19.0 SWDMv3Ratings); above the E limit the rating is F. model definition, not an uncertain estimate: low = value = high."
            transfer.swd3.rating_limit,A,0.186,0.186,0.186,gCO2e,CO2JS,2026,"Largest emissions per page view rated A in the Sustainable Web Design v3 rating scale (CO2.js v0.19.0 SWDMv3Ratings); above the E limit the rating is F. model definition, not an uncertain estimate: low = value = high."
            transfer.swd3.rating_limit,B,0.341,0.341,0.341,gCO2e,CO2JS,2026,"Largest emissions per page view rated B in the Sustainable Web Design v3 rating scale (CO2.js v0.19.0 SWDMv3Ratings); above the E limit the rating is F. model definition, not an uncertain estimate: low = value = high."
            transfer.swd3.rating_limit,C,0.493,0.493,0.493,gCO2e,CO2JS,2026,"Largest emissions per page view rated C in the Sustainable Web Design v3 rating scale (CO2.js v0.19.0 SWDMv3Ratings); above the E limit the rating is F. model definition, not an uncertain estimate: low = value = high."
            transfer.swd3.rating_limit,D,0.656,0.656,0.656,gCO2e,CO2JS,2026,"Largest emissions per page view rated D in the Sustainable Web Design v3 rating scale (CO2.js v0.19.0 SWDMv3Ratings); above the E limit the rating is F. model definition, not an uncertain estimate: low = value = high."
            transfer.swd3.rating_limit,E,0.846,0.846,0.846,gCO2e,CO2JS,2026,"Largest emissions per page view rated E in the Sustainable Web Design v3 rating scale (CO2.js v0.19.0 SWDMv3Ratings); above the E limit the rating is F. model definition, not an uncertain estimate: low = value = high."
            transfer.onebyte.data_center_energy,,7.2e-11,7.2e-11,7.2e-11,kWh/byte,SHIFT18,2018,"OneByte data-centre energy per byte (The Shift Project, Lean ICT 2018, as implemented in CO2.js v0.19.0 src/1byte.js KWH_PER_BYTE_IN_DC). model definition, not an uncertain estimate: low = value = high."
            transfer.onebyte.network_energy,fixed_wired,4.29e-10,4.29e-10,4.29e-10,kWh/byte,SHIFT18,2018,"OneByte energy per byte of the wired fixed network (CO2.js v0.19.0 src/1byte.js); the model's network energy is the simple mean of the three access networks. model definition, not an uncertain estimate: low = value = high."
            transfer.onebyte.network_energy,fixed_wifi,1.52e-10,1.52e-10,1.52e-10,kWh/byte,SHIFT18,2018,"OneByte energy per byte of the Wi-Fi fixed network (CO2.js v0.19.0 src/1byte.js); the model's network energy is the simple mean of the three access networks. model definition, not an uncertain estimate: low = value = high."
            transfer.onebyte.network_energy,mobile_4g,8.84e-10,8.84e-10,8.84e-10,kWh/byte,SHIFT18,2018,"OneByte energy per byte of the 4G mobile network (CO2.js v0.19.0 src/1byte.js); the model's network energy is the simple mean of the three access networks. model definition, not an uncertain estimate: low = value = high."
            transfer.onebyte.grid_intensity,data_center,519,519,519,gCO2e/kWh,SHIFT18,2018,"OneByte grid intensity of a grey data centre: the Shift Project's US mix (CO2.js v0.19.0 CO2_PER_KWH_IN_DC_GREY); CO2.js also applies it to the network of a grey-hosted transfer. model definition, not an uncertain estimate: low = value = high."
            transfer.onebyte.grid_intensity,data_center_green,0,0,0,gCO2e/kWh,SHIFT18,2018,"OneByte grid intensity of a green data centre (CO2.js v0.19.0 CO2_PER_KWH_IN_DC_GREEN). model definition, not an uncertain estimate: low = value = high."
            transfer.onebyte.grid_intensity,network,475,475,475,gCO2e/kWh,SHIFT18,2018,"OneByte grid intensity of the network of a green-hosted transfer: IEA 2018 global average (CO2.js v0.19.0 CO2_PER_KWH_NETWORK_GREY). model definition, not an uncertain estimate: low = value = high."

            """#
        ),
        (
            name: "video.csv",
            contents: #"""
            key,dimension,value,low,high,unit,source,year,note
            video.bitrate,240p,150,75,500,kbit/s,SOBRIETY,2026,"judgement: Scope3 480p delivery default 560 kbit/s scaled by pixel count (426×240 / 854×480 ≈ 0.25 → 140), rounded to 150. Low: 0.5 × value (efficient codecs such as VP9/AV1). High: judgement 500, half the YouTube 360p upload recommendation (1 Mbit/s)."
            video.bitrate,360p,300,150,1000,kbit/s,SOBRIETY,2026,"judgement: Scope3 480p delivery default 560 kbit/s scaled by pixel count (640×360 / 854×480 ≈ 0.56 → 315), rounded to 300; below Netflix's lowest tier (0.3 GB/h ≈ 667 kbit/s). Low: 0.5 × value (efficient codecs). High: YouTube recommended 360p upload bitrate 1 Mbit/s (24–30 fps)."
            video.bitrate,480p,560,280,2500,kbit/s,S3M,2025,"Scope3 delivery default 0.56 Mbit/s (= 0.25 GB/h), defaults/transmission_rate-defaults.yaml. Low: judgement: 0.5 × value (efficient codecs). High: YouTube recommended 480p upload bitrate 2.5 Mbit/s (research §9: YouTube upload recs as high)."
            video.bitrate,720p,2220,1110,5000,kbit/s,S3M,2025,"Scope3 delivery default 2.22 Mbit/s (= 1 GB/h), defaults/transmission_rate-defaults.yaml. Low: judgement: 0.5 × value (efficient codecs). High: YouTube recommended 720p upload bitrate 5 Mbit/s."
            video.bitrate,1080p,6670,3335,8000,kbit/s,S3M,2025,"Scope3 delivery default 6.67 Mbit/s (= 3 GB/h, Netflix HD), defaults/transmission_rate-defaults.yaml. Low: judgement: 0.5 × value (efficient codecs). High: YouTube recommended 1080p upload bitrate 8 Mbit/s."
            video.bitrate,1440p,10190,6670,16000,kbit/s,SOBRIETY,2026,"judgement: geometric mean of the Scope3 1080p (6670) and 2160p (15560) delivery defaults, rounded. Low: the 1080p default. High: YouTube recommended 1440p upload bitrate 16 Mbit/s (24–30 fps)."
            video.bitrate,2160p,15560,7780,45000,kbit/s,S3M,2025,"Scope3 delivery default 15.56 Mbit/s (= 7 GB/h, Netflix Ultra HD), defaults/transmission_rate-defaults.yaml. Low: judgement: 0.5 × value (efficient codecs). High: top of YouTube's 2160p upload recommendation 35–45 Mbit/s (24–30 fps)."
            video.bitrate,mobile,800,560,2220,kbit/s,S3M,2025,"Device default when a line gives no resolution: Scope3 ad-video default for phones, docs/snippets/defaults_media_size.mdx. Range judgement: low = Scope3 480p delivery 560; high = Scope3 720p delivery 2220 (the content quality research §9 assumes on phones)."
            video.bitrate,desktop,1200,560,6670,kbit/s,S3M,2025,"Device default when a line gives no resolution: Scope3 ad-video default for PCs, docs/snippets/defaults_media_size.mdx. Range judgement: low = Scope3 480p delivery 560; high = Scope3 1080p delivery 6670 (content quality assumed on PCs in research §9)."
            video.bitrate,tablet,1000,560,6670,kbit/s,S3M,2025,"Device default when a line gives no resolution: Scope3 ad-video default for tablets, docs/snippets/defaults_media_size.mdx. Range judgement: low = Scope3 480p delivery 560; high = Scope3 1080p delivery 6670."
            video.bitrate,tv,3690,2220,15560,kbit/s,S3M,2025,"Device default when a line gives no resolution: Scope3 ad-video default for TVs, docs/snippets/defaults_media_size.mdx. Range judgement: low = Scope3 720p delivery 2220; high = Scope3 2160p delivery 15560 (4K TV, research §9)."
            video.player_payload,,350000,150000,700000,bytes,GMSF,2025,"GMSF default video player payload 350,000 bytes per video impression, read in Scope3 docs/snippets/defaults_video_player.mdx. judgement: low 150 kB (VAST document plus a light or cached player), high 700 kB (2 × value: heavy player SDK not cached)."
            video.watch_seconds,tiktok,8,3,30,s,SOBRIETY,2026,"judgement: default seconds watched per video impression when the line gives neither watch_minutes nor views × average watch: short-form full-screen feed; most in-feed video ads are swiped within seconds. Range 3–30 s: low = scrolled or swiped past after a few seconds, high = a full view of a 30 s spot."
            video.watch_seconds,instagram,8,3,30,s,SOBRIETY,2026,"judgement: default seconds watched per video impression when the line gives neither watch_minutes nor views × average watch: Reels/Stories/feed video; short-form feed behaviour. Range 3–30 s: low = scrolled or swiped past after a few seconds, high = a full view of a 30 s spot."
            video.watch_seconds,facebook,8,3,30,s,SOBRIETY,2026,"judgement: default seconds watched per video impression when the line gives neither watch_minutes nor views × average watch: feed and Reels video; short-form feed behaviour. Range 3–30 s: low = scrolled or swiped past after a few seconds, high = a full view of a 30 s spot."
            video.watch_seconds,youtube,15,5,30,s,SOBRIETY,2026,"judgement: default seconds watched per video impression when the line gives neither watch_minutes nor views × average watch: in-stream ads: skippable after 5 s, non-skippable 15–20 s, bumpers 6 s. Range 5–30 s: low = skipped at the 5 s mark, high = a full 30 s in-stream view."
            video.watch_seconds,linkedin,10,3,30,s,SOBRIETY,2026,"judgement: default seconds watched per video impression when the line gives neither watch_minutes nor views × average watch: feed video on a slower-scrolling professional feed. Range 3–30 s: low = scrolled or swiped past after a few seconds, high = a full view of a 30 s spot."
            video.watch_seconds,x,8,3,30,s,SOBRIETY,2026,"judgement: default seconds watched per video impression when the line gives neither watch_minutes nor views × average watch: timeline video; short-form feed behaviour. Range 3–30 s: low = scrolled or swiped past after a few seconds, high = a full view of a 30 s spot."
            video.watch_seconds,snapchat,6,2,15,s,SOBRIETY,2026,"judgement: default seconds watched per video impression when the line gives neither watch_minutes nor views × average watch: full-screen Snap ads between stories, usually skipped quickly. Range 2–15 s: low = skipped almost at once, high = a full view of a 15 s spot."
            video.watch_seconds,pinterest,6,2,15,s,SOBRIETY,2026,"judgement: default seconds watched per video impression when the line gives neither watch_minutes nor views × average watch: video pins in a browse feed. Range 2–15 s: low = skipped almost at once, high = a full view of a 15 s spot."
            video.watch_seconds,threads,6,2,15,s,SOBRIETY,2026,"judgement: default seconds watched per video impression when the line gives neither watch_minutes nor views × average watch: feed video in a text-first feed. Range 2–15 s: low = skipped almost at once, high = a full view of a 15 s spot."
            video.watch_seconds,reddit,6,2,15,s,SOBRIETY,2026,"judgement: default seconds watched per video impression when the line gives neither watch_minutes nor views × average watch: promoted video posts in a text-first feed. Range 2–15 s: low = skipped almost at once, high = a full view of a 15 s spot."
            video.watch_seconds,twitch,30,15,60,s,SOBRIETY,2026,"judgement: default seconds watched per video impression when the line gives neither watch_minutes nor views × average watch: pre-roll and mid-roll ads on live streams, largely non-skippable, typically 15–30 s. Range 15–60 s: low = a single 15 s spot, high = a 60 s mid-roll break."
            video.watch_seconds,douyin,8,3,30,s,SOBRIETY,2026,"judgement: default seconds watched per video impression when the line gives neither watch_minutes nor views × average watch: short-form full-screen feed (as TikTok). Range 3–30 s: low = scrolled or swiped past after a few seconds, high = a full view of a 30 s spot."
            video.watch_seconds,xiaohongshu,8,3,30,s,SOBRIETY,2026,"judgement: default seconds watched per video impression when the line gives neither watch_minutes nor views × average watch: note feed with short video; short-form feed behaviour. Range 3–30 s: low = scrolled or swiped past after a few seconds, high = a full view of a 30 s spot."
            video.watch_seconds,wechat_channels,8,3,30,s,SOBRIETY,2026,"judgement: default seconds watched per video impression when the line gives neither watch_minutes nor views × average watch: short-form video feed inside WeChat. Range 3–30 s: low = scrolled or swiped past after a few seconds, high = a full view of a 30 s spot."
            video.watch_seconds,weibo,6,2,15,s,SOBRIETY,2026,"judgement: default seconds watched per video impression when the line gives neither watch_minutes nor views × average watch: feed video in a text-and-image-first feed. Range 2–15 s: low = skipped almost at once, high = a full view of a 15 s spot."
            video.watch_seconds,bilibili,15,5,30,s,SOBRIETY,2026,"judgement: default seconds watched per video impression when the line gives neither watch_minutes nor views × average watch: pre-roll ads of 5–15 s before long-form video. Range 5–30 s: low = a 5 s pre-roll, high = a full 30 s spot."
            video.watch_seconds,open_web,10,2,30,s,SOBRIETY,2026,"judgement: default seconds watched per video impression when the line gives neither watch_minutes nor views × average watch: mix of out-stream (a few seconds in view) and in-stream (15–30 s) web video. Range 2–30 s: low = an out-stream ad scrolled past, high = a full 30 s in-stream spot."
            video.watch_seconds,ctv,30,15,30,s,SOBRIETY,2026,"judgement: default seconds watched per video impression when the line gives neither watch_minutes nor views × average watch: non-skippable TV spots; 30 s is the standard unit. Range 15–30 s: low = a 15 s spot, high = the full 30 s spot (value)."
            video.watch_seconds,audio,30,15,60,s,SOBRIETY,2026,"judgement: default seconds watched per video impression when the line gives neither watch_minutes nor views × average watch: non-skippable audio spots (seconds heard); 30 s is the standard unit. Range 15–60 s: low = a 15 s spot, high = a 60 s spot."

            """#
        ),
        (
            name: "waste.csv",
            contents: #"""
            key,dimension,value,low,high,unit,source,year,note
            waste.ivt_rate,social,0.01,0.005,0.03,ratio,SOBRIETY,2026,"judgement: walled gardens filter invalid traffic before billing, so the verified-buy level 1% (research §9) applies; range 0.5–3%. No platform-specific IVT figure in the research."
            waste.ivt_rate,open_exchange,0.11,0.009,0.2,ratio,PIXALATE24,2024,"Pixalate Q2 2024 open-programmatic IVT: desktop web 11.1%, mobile web 11.6% (judgement: the web level is the default for unverified open-exchange buys, research §9). Low: DV Q1 2024 post-filter N. America 0.9% (verified buys). High: Pixalate mobile apps 20% (CTV apps 19.4%)."
            waste.ivt_rate,pmp,0.01,0.008,0.05,ratio,DV24,2024,"judgement: curated deals are usually verified, so DoubleVerify Q1 2024 post-filter fraud/SIVT rates (0.8% APAC/EMEA to 1.8% LATAM) apply, central 1%. Low: DV 0.8%. High: judgement 5%, deals that include resold supply."
            waste.ivt_rate,direct,0.01,0.008,0.03,ratio,DV24,2024,"judgement: direct buys from known publishers with verification: DoubleVerify Q1 2024 post-filter 0.8–1.8%, central 1%. Low: DV 0.8%. High: judgement 3%."
            waste.ivt_rate,organic,0.01,0,0.1,ratio,SOBRIETY,2026,"judgement: platform-counted views of creator posts; the platform filters bots, but fake-follower inflation is not measured in the research. Central 1% as for verified buys, range 0–10%."
            waste.mfa_rate,social,0,0,0,ratio,SOBRIETY,2026,MFA is an open-web phenomenon: no made-for-advertising inventory inside social platforms (DESIGN §3). 0 by definition.
            waste.mfa_rate,open_exchange,0.06,0.04,0.21,ratio,ANA23,2023,"judgement: 6% of impressions, research §9: MFA spend share fell from 15% (ANA 2023) to 4% (ANA/TAG TrustNet 2024) and impressions run ≈1.4 × spend share because MFA CPMs are ≈25% lower. Low: 4% (ANA/TAG 2024 spend share). High: 21% of impressions (ANA 2023 study)."
            waste.mfa_rate,pmp,0.01,0,0.04,ratio,SOBRIETY,2026,"judgement: private marketplaces are curated publisher lists, so MFA is rare; 1% central, 0 low, high 4% (the ANA/TAG 2024 open-market level)."
            waste.mfa_rate,direct,0,0,0,ratio,SOBRIETY,2026,"Direct buys name the publisher, so no MFA share is assumed. 0 by definition."
            waste.mfa_rate,organic,0,0,0,ratio,SOBRIETY,2026,Creator posts live on social platforms: no MFA inventory. 0 by definition.
            waste.viewability_rate,social,0.75,0.54,0.84,ratio,DV24,2024,"judgement: no social-specific figure in the research; research §9 defaults (display 70%, video 80% viewable) averaged for a video-heavy feed = 75%. Low: 54% (46% programmatic non-viewable, IAS via WARC). High: 84% (DV Q1 2024 APAC video)."
            waste.viewability_rate,open_exchange,0.65,0.54,0.74,ratio,DV24,2024,"judgement: open-exchange inventory sits between the programmatic average of 46% non-viewable (IAS via WARC → 54% viewable, low) and DoubleVerify Q1 2024 display viewable rates of 64–74% (high 74%, LATAM)."
            waste.viewability_rate,pmp,0.72,0.64,0.84,ratio,DV24,2024,"judgement: curated premium inventory at DoubleVerify Q1 2024 levels: display 64–74%, video 76–84% viewable; central 72%, low 64% (APAC display), high 84% (APAC video)."
            waste.viewability_rate,direct,0.75,0.64,0.84,ratio,DV24,2024,"judgement: known publishers, placements chosen by the buyer: research §9 defaults (display 70%, video 80%) averaged = 75%; range DV Q1 2024 64% (APAC display) to 84% (APAC video)."
            waste.viewability_rate,organic,0.75,0.54,0.84,ratio,SOBRIETY,2026,"judgement: creator posts counted by the platform as in social feeds, so the social benchmark applies (75%; range 54–84%, IAS/WARC and DV Q1 2024)."
            waste.on_target_rate,social,0.6,0.45,0.65,ratio,NIELSEN,2016,"Nielsen Digital Ad Ratings: US total digital on-target 59% (through Q2 2016, 61% prior year; mobile and desktop 60%), Europe P25–54 59%. judgement: 60% central; low 45% (narrow targets, which Nielsen reports score below broad ones), high 65% (above the best reported year, 61%)."
            waste.on_target_rate,open_exchange,0.55,0.45,0.61,ratio,NIELSEN,2014,"judgement: open-exchange audience targeting relies on third-party data, so the lower Nielsen DAR norm applies: global 2014 P25–54 norm 55%. Low: 45% (narrow targets). High: 61% (best US year, 2015)."
            waste.on_target_rate,pmp,0.6,0.45,0.65,ratio,NIELSEN,2016,"Nielsen DAR US total digital 59–61% (2015–2016), Europe 59%. judgement: 60% central for publisher first-party audiences in deals; low 45%, high 65%."
            waste.on_target_rate,direct,0.6,0.45,0.65,ratio,NIELSEN,2016,"Nielsen DAR US total digital 59–61% (2015–2016), Europe 59%. judgement: 60% central; low 45% (narrow targets), high 65%."
            waste.on_target_rate,organic,0.5,0.25,0.65,ratio,SOBRIETY,2026,"judgement: creator posts are not targeted; the creator's audience only partly matches the brief. 50% central. Low: 25% of exposed met plan criteria (comScore/Kellogg case, secondary). High: 65%, the targeted-buy high."
            waste.mfa_multiplier,,1.26,1,2,ratio,EBIQUITY22,2022,"Ebiquity × Scope3 2022: MFA sites emit 26.4% more CO2e per thousand impressions than non-MFA (secondary, The Drum). Low: 1.0 (no uplift). High: 2.0, Scope3 Q2 2023 'climate-risk' inventory at ≈2 × the market average."
            waste.frequency_threshold,,10,5,20,exposures/person,SOBRIETY,2026,"judgement: no standard excess-frequency threshold exists (research §5e). 10 exposures per person per flight: above the Nielsen 5–9 optimal range and at the JAR (2018) >10 purchase-intent optimum. Low 5 (lower end of Nielsen optimal), high 20."

            """#
        ),
    ]
}
