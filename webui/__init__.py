"""Web UI: Flask app factory, blueprints, templates and static assets (Dutch)."""
