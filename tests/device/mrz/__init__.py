"""Tests of the MRZ parser, the candidate search and the acceptance policy."""
