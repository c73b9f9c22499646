"""Machine-readable zone (ICAO 9303) of ID cards, passports and visas: find, read, check."""

import os

# The glyph network's matrix products are small: BLAS threads of their own cost more CPU
# than they save (only takes effect when numpy is not loaded yet, e.g. `python -m device.mrz`).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
