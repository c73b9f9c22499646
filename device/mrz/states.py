"""The three-letter codes an MRZ may carry for the issuing state and the nationality.

ICAO 9303 part 3 uses ISO 3166-1 alpha-3 (the list below was taken from Debian's
``iso-codes``), except Germany, written ``D<<``, plus codes of its own for
organisations, refugees and stateless persons, and Utopia (UTO), the specimen state of
ICAO's examples. A code read from a camera frame is
not protected by any check digit; holding it to this list lets the reader trade an
``O`` for a ``D`` where only one of them makes a state.
"""

from __future__ import annotations

from typing import Final

_ISO: Final = """
    ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA
    BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN
    CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DJI DMA DNK DOM DZA ECU EGY
    ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ
    GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR
    ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU
    LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ
    MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL
    PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB
    SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL
    TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT
    WLF WSM YEM ZAF ZMB ZWE
"""

_ICAO: Final = """
    D<< GBD GBN GBO GBP GBS UNO UNA UNK XBA XIM XCC XCE XCO XEC XPO XES XMP XOM XDC
    XXA XXB XXC XXX EUE RKS
    UTO
"""

STATES: Final = frozenset(_ISO.split()) | frozenset(_ICAO.split())
