"""PACE-ECDH-GM-AES-CBC-CMAC-128 on brainpoolP256r1 against ICAO Doc 9303 part 11,
appendix G.1 (the same worked example as BSI TR-03110). Values copied from the appendix.
"""

from __future__ import annotations

import pytest

from device.emrtd import pace
from device.emrtd.access_key import MrzKey
from device.emrtd.crypto import CipherKind
from device.emrtd.ec import BRAINPOOL_P256R1 as CURVE

H = bytes.fromhex
OID = "0.4.0.127.0.7.2.2.4.2.2"  # id-PACE-ECDH-GM-AES-CBC-CMAC-128


def point(hex_x: str, hex_y: str) -> tuple[int, int]:
    return int(hex_x, 16), int(hex_y, 16)


def test_pace_card_access_g1() -> None:
    # EF.CardAccess of G.1: one PACEInfo, version 2, parameter id 13 (brainpoolP256r1)
    infos = pace.supported_infos(H("31143012060A04007F0007020204020202010202010D"))
    assert infos == [pace.PaceInfo(OID, 13)]
    assert infos[0].cipher is CipherKind.AES128
    assert pace.encode_oid(OID) == H("04007F00070202040202")


def test_pace_password_and_nonce_g1() -> None:
    # MRZ information T22000129364081251010318 (document T22000129, born 640812, expires 101031)
    key = MrzKey("T22000129", "640812", "101031")
    assert key.information == "T22000129364081251010318"
    assert key.pace_password() == H("7E2D2A41C74EA0B38CD36F863939BFA8E9032AAD")
    k_pi = pace.password_key(key, CipherKind.AES128)
    assert k_pi == H("89DED1B26624EC1E634C1989302849DD")
    nonce = pace.decrypt_nonce(k_pi, CipherKind.AES128, H("95A3A016522EE98D01E76CB6B98B42C3"))
    assert nonce == H("3F00C4D39D153F2B2A214A078D899B22")


def test_pace_generic_mapping_g1() -> None:
    terminal_map_secret = int(
        "7F4EF07B9EA82FD78AD689B38D0BC78CF21F249D953BC46F4C6E19259C010F99", 16
    )
    assert CURVE.multiply(terminal_map_secret, CURVE.generator) == point(
        "7ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E",
        "544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D",
    )
    chip_map_public = point(
        "824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F57",
        "30D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C54",
    )
    shared = CURVE.multiply(terminal_map_secret, chip_map_public)
    assert shared == point(
        "60332EF2450B5D247EF6D3868397D398852ED6E8CAF6FFEEF6BF85CA57057FD5",
        "0840CA7415BAF3E43BD414D35AA4608B93A2CAF3A4E3EA4E82C9C13D03EB7181",
    )
    mapped = pace.map_generator(CURVE, H("3F00C4D39D153F2B2A214A078D899B22"), shared)
    assert mapped == point(
        "8CED63C91426D4F0EB1435E7CB1D74A46723A0AF21C89634F65A9AE87A9265E2",
        "8C879506743F8611AC33645C5B985C80B5F09A0B83407C1B6A4D857AE76FE522",
    )


def test_pace_key_agreement_session_keys_and_tokens_g1() -> None:
    mapped = point(
        "8CED63C91426D4F0EB1435E7CB1D74A46723A0AF21C89634F65A9AE87A9265E2",
        "8C879506743F8611AC33645C5B985C80B5F09A0B83407C1B6A4D857AE76FE522",
    )
    terminal_secret = int("A73FB703AC1436A18E0CFA5ABB3F7BEC7A070E7A6788486BEE230C4A22762595", 16)
    terminal_public = CURVE.multiply(terminal_secret, mapped)
    assert terminal_public == point(
        "2DB7A64C0355044EC9DF190514C625CBA2CEA48754887122F3A5EF0D5EDD301C",
        "3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB36462",
    )
    chip_public = point(
        "9E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB",
        "7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094",
    )
    agreed = CURVE.multiply(terminal_secret, chip_public)
    assert agreed is not None
    assert agreed[0] == int("28768D20701247DAE81804C9E780EDE582A9996DB4A315020B2733197DB84925", 16)
    ks_enc, ks_mac = pace.session_keys(CipherKind.AES128, agreed[0].to_bytes(32, "big"))
    assert ks_enc == H("F5F0E35C0D7161EE6724EE513A0D9A7F")
    assert ks_mac == H("FE251C7858B356B24514B3BD5F4297D1")
    # T_IFD over the chip's key, T_IC over the terminal's key
    assert pace.token(CipherKind.AES128, ks_mac, OID, CURVE, chip_public) == H("C2B0BD78D94BA866")
    assert pace.token(CipherKind.AES128, ks_mac, OID, CURVE, terminal_public) == H(
        "3ABB9674BCE93C08"
    )


def test_pace_rejects_a_point_off_the_curve() -> None:
    bad = b"\x04" + (1).to_bytes(32, "big") + (2).to_bytes(32, "big")
    with pytest.raises(ValueError, match="not on the curve"):
        CURVE.decode(bad)
