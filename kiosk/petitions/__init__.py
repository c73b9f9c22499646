"""Petitions ("sesizări") sent to an Open311 GeoReport v2 server instead of the portal API."""
