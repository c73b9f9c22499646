"""The kiosk as an unattended appliance: systemd notifications and watchdog, the nightly
restart, and fleet health (Prometheus metrics on localhost, figures for the heartbeat).

Nothing here holds personal data: only counts, durations, service codes and device states.
The Debian package, systemd unit and install scripts that use it are in `packaging/`.
"""
