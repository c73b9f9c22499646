"""Talking to the municipal portal: client, outbox, background sender, catalogue cache.

Plain asyncio + httpx, no Qt: the view-models await these from the qasync loop.
Start with ``client.PortalClient``, ``outbox.Outbox``, ``sender.SubmissionSender``
and ``catalogue_cache.CatalogueCache``; ``embedded.EmbeddedPortal`` runs the
reference portal for the demo profile.
"""
