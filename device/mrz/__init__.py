"""Machine-readable zone (ICAO 9303) of ID cards, passports and visas: find, read, check."""
