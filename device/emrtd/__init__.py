"""Reading the ICAO 9303 eMRTD chip of ID cards and passports over PC/SC.

Access control (BAC, PACE generic mapping), secure messaging, the LDS data groups and
passive authentication. :mod:`device.emrtd.reader` puts them together; the card
emulator used by the tests and the demo lives in :mod:`device.emrtd.emulator`.
"""
