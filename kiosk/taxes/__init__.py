"""Local taxes and bills: whose they are, what is ticked to pay, and one order per attempt."""
