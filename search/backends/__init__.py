"""Wijkkompas's search backends: language-aware PostgreSQL full-text search and Elasticsearch."""
