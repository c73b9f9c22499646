"""Form engine: loads the portal's JSON Schema forms, validates answers, holds one person's form.

Pure Python (no Qt): view-models wrap it. See `loader.load_form`, `session.FormSession`.
"""
