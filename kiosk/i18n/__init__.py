"""Languages, translators and message catalogues."""
