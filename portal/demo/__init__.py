"""Demo content: catalogue loader, forms, offices, slots and obligations for `seed --demo`."""
