"""The citizen session: screens, idle timeout and the one wipe of personal data."""
