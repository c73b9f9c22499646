"""Secure messaging of ICAO 9303-11 §9.8 (3DES or AES session keys, send sequence counter).

A protected command carries the encrypted data in DO'87', the expected length in
DO'97' and a MAC in DO'8E'; the response carries DO'87', the status in DO'99' and
DO'8E'. The send sequence counter goes up by one before every command and response.
"""

from __future__ import annotations

from device.emrtd import crypto, tlv
from device.emrtd.apdu import Command, Response
from device.emrtd.crypto import CipherKind


class SecureMessagingError(Exception):
    """A response whose MAC or structure does not check out (or a plain error status)."""

    def __init__(self, message: str, sw: int | None = None) -> None:
        super().__init__(message)
        self.sw = sw


class SecureMessaging:
    def __init__(self, kind: CipherKind, ks_enc: bytes, ks_mac: bytes, ssc: int) -> None:
        self.kind = kind
        self.ks_enc = ks_enc
        self.ks_mac = ks_mac
        self.ssc = ssc

    def _ssc_bytes(self) -> bytes:
        return self.ssc.to_bytes(self.kind.block, "big")

    def _iv(self) -> bytes:
        if self.kind is CipherKind.TDES:
            return bytes(8)
        return crypto.aes_ecb(self.ks_enc, self._ssc_bytes())

    def _mac(self, data: bytes) -> bytes:
        return crypto.mac(
            self.kind, self.ks_mac, crypto.pad(self._ssc_bytes() + data, self.kind.block)
        )

    def wrap(self, command: Command) -> bytes:
        self.ssc += 1
        cla = command.cla | 0x0C
        header = bytes([cla, command.ins, command.p1, command.p2])
        body = b""
        if command.data:
            padded = crypto.pad(command.data, self.kind.block)
            encrypted = crypto.encrypt(self.kind, self.ks_enc, padded, self._iv())
            # Odd INS (READ BINARY B1) carries BER-TLV data: DO'85' without the indicator.
            if command.ins & 1:
                body += tlv.encode(0x85, encrypted)
            else:
                body += tlv.encode(0x87, b"\x01" + encrypted)
        if command.le is not None:
            body += tlv.encode(0x97, bytes([command.le & 0xFF]))
        mac = self._mac(crypto.pad(header, self.kind.block) + body)
        body += tlv.encode(0x8E, mac)
        return header + bytes([len(body)]) + body + b"\x00"

    def unwrap(self, raw: bytes) -> Response:
        self.ssc += 1
        response = Response.decode(raw)
        if not response.data:
            # The card answers errors in plain; the session is over after that.
            raise SecureMessagingError(f"plain status {response.sw:04X}", response.sw)
        objects = {item.tag: item for item in tlv.iterate(response.data)}
        if 0x8E not in objects or 0x99 not in objects:
            raise SecureMessagingError("protected response without MAC or status")
        signed = b"".join(
            tlv.encode(tag, objects[tag].value) for tag in (0x85, 0x87, 0x99) if tag in objects
        )
        if self._mac(signed) != objects[0x8E].value:
            raise SecureMessagingError("response MAC does not match")
        sw = int.from_bytes(objects[0x99].value, "big")
        data = b""
        if 0x85 in objects:
            data = crypto.unpad(
                crypto.decrypt(self.kind, self.ks_enc, objects[0x85].value, self._iv())
            )
        elif 0x87 in objects:
            cryptogram = objects[0x87].value
            if not cryptogram or cryptogram[0] != 0x01:
                raise SecureMessagingError("unknown padding indicator")
            data = crypto.unpad(crypto.decrypt(self.kind, self.ks_enc, cryptogram[1:], self._iv()))
        return Response(data, sw)
