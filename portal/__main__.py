"""Entry point for `python -m portal`."""

from portal.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
