"""Blueprints of the web UI: pages, JSON API, SPARQL endpoint and exports."""
