"""Printing through CUPS with pycups: queues, jobs followed to the end, printer trouble.

Plain Python, blocking calls: the kiosk runs them on the printer's own worker
thread. Nothing here knows about receipts or the kiosk; it prints PDF files.
"""
