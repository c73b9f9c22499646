"""An eMRTD card emulator that plugs into pcscd's vpcd virtual reader.

:mod:`.documents` builds a specimen chip's files (EF.COM, DG1, DG2, DG11, EF.SOD signed
by a generated document signer under a generated CSCA, EF.CardAccess);
:mod:`.chip` answers APDUs (BAC, PACE-ECDH-GM, secure messaging) with its own protocol
code — only the block ciphers and curve arithmetic, both checked against ICAO's worked
examples, are shared with the reader; :mod:`.vicc` speaks the vpcd socket protocol.
"""
