"""BAC and 3DES secure messaging against ICAO Doc 9303 part 11, appendix D (worked example).

Every hex value below is copied from the appendix (document L898902C<, born 690806,
expiring 940623); nothing here is computed by the code under test.
"""

from __future__ import annotations

import pytest

from device.emrtd import bac, crypto
from device.emrtd.access_key import MrzKey, check_digit
from device.emrtd.apdu import Command, read_binary, select_file
from device.emrtd.crypto import CipherKind
from device.emrtd.secure_messaging import SecureMessaging, SecureMessagingError

H = bytes.fromhex

# Appendix D.2: MRZ of the specimen passport (TD3, line 2).
TD3_LINES = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C<3UTO6908061F9406236ZE184226B<<<<<14",
)


def test_bac_mrz_information_and_check_digits() -> None:
    key = MrzKey.from_lines(TD3_LINES)
    assert key.information == "L898902C<369080619406236"  # D.2
    assert check_digit("L898902C<") == "3"
    assert check_digit("690806") == "1"
    assert check_digit("940623") == "6"


def test_bac_key_derivation_d2() -> None:
    key = MrzKey("L898902C", "690806", "940623")
    assert key.bac_seed() == H("239AB9CB282DAF66231DC5A4DF6BFBAE")  # K_seed
    keys = bac.BacKeys.from_seed(key.bac_seed())
    assert keys.k_enc == H("AB94FDECF2674FDFB9B391F85D7F76F2")
    assert keys.k_mac == H("7962D9ECE03D1ACD4C76089DCE131543")


def test_bac_mutual_authentication_d3() -> None:
    keys = bac.BacKeys.from_seed(H("239AB9CB282DAF66231DC5A4DF6BFBAE"))
    rnd_ic = H("4608F91988702212")
    rnd_ifd = H("781723860C06C226")
    k_ifd = H("0B795240CB7049B01C19B33E32804F0B")
    assert bac.terminal_cryptogram(keys, rnd_ifd, rnd_ic, k_ifd) == H(
        "72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A7"
    )
    # The chip's response (E_IC ‖ M_IC) and the session keys and SSC of D.3/D.4.
    answer = H("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449")
    session = bac.open_session(keys, rnd_ifd, rnd_ic, k_ifd, answer)
    assert session.ks_enc == H("979EC13B1CBFE9DCD01AB0FED307EAE5")
    assert session.ks_mac == H("F1CB1F1FB5ADF208806B89DC579DC1F8")
    assert session.ssc == 0x887022120C06C226


def test_bac_session_key_derivation_from_ks_seed_d3() -> None:
    seed = H("0036D272F5C350ACAC50C3F572D23600")
    assert crypto.kdf(seed, 1, CipherKind.TDES) == H("979EC13B1CBFE9DCD01AB0FED307EAE5")
    assert crypto.kdf(seed, 2, CipherKind.TDES) == H("F1CB1F1FB5ADF208806B89DC579DC1F8")


def test_bac_refuses_a_tampered_chip_answer() -> None:
    keys = bac.BacKeys.from_seed(H("239AB9CB282DAF66231DC5A4DF6BFBAE"))
    answer = bytearray(
        H("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449")
    )
    answer[0] ^= 1
    with pytest.raises(bac.BacRefused):
        bac.open_session(
            keys,
            H("781723860C06C226"),
            H("4608F91988702212"),
            H("0B795240CB7049B01C19B33E32804F0B"),
            bytes(answer),
        )


def _d4_session() -> SecureMessaging:
    return SecureMessaging(
        CipherKind.TDES,
        H("979EC13B1CBFE9DCD01AB0FED307EAE5"),
        H("F1CB1F1FB5ADF208806B89DC579DC1F8"),
        0x887022120C06C226,
    )


def test_bac_secure_messaging_select_and_read_ef_com_d4() -> None:
    sm = _d4_session()
    # D.4.1 SELECT EF.COM
    assert sm.wrap(select_file(0x011E)) == H(
        "0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800"
    )
    response = sm.unwrap(H("990290008E08FA855A5D4C50A8ED9000"))
    assert response.ok and response.data == b""
    # D.4.2 READ BINARY of the first four bytes
    assert sm.wrap(read_binary(0, 4)) == H("0CB000000D9701048E08ED6705417E96BA5500")
    response = sm.unwrap(H("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000"))
    assert response.data == H("60145F01")
    # D.4.3 READ BINARY of the remaining 18 bytes from offset 4
    assert sm.wrap(read_binary(4, 0x12)) == H("0CB000040D9701128E082EA28A70F3C7B53500")
    response = sm.unwrap(
        H("871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000")
    )
    assert response.data == H("04303130365F36063034303030305C026175")
    assert sm.ssc == 0x887022120C06C22C


def test_bac_secure_messaging_rejects_a_wrong_mac() -> None:
    sm = _d4_session()
    sm.wrap(select_file(0x011E))
    with pytest.raises(SecureMessagingError, match="MAC"):
        sm.unwrap(H("990290008E08FA855A5D4C50A8EE9000"))  # last MAC byte changed


def test_bac_command_encoding() -> None:
    assert Command(0x00, 0x84, 0, 0, le=8).encode() == H("0084000008")
