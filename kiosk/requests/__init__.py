"""A filled-in form on its way to the portal: the request body, and what the person is told."""
