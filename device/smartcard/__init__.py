"""PC/SC smart-card readers through pcscd (pyscard): reader list, card events, connections."""
