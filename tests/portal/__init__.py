"""Tests of the reference portal server (real server on loopback, real databases)."""
