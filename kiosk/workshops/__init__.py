"""Library workshops: the published schedule and the attendance staff record afterwards."""
