"""Following a request from its receipt: typed or scanned lookup, status words, the timeline."""
