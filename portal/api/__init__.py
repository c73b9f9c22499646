"""HTTP endpoints of the portal API (`/api/v1`)."""
