import os

# Small matrix products (the MRZ glyph network) run on the recognition worker thread;
# BLAS threads of their own would only compete with the GUI for the kiosk's 2 cores.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from kiosk.cli import main

raise SystemExit(main())
