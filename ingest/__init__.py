"""Ingestion: parse documents, find their structure, extract who-does-what-when, build triples."""
