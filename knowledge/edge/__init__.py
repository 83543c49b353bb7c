"""The edge: which responses an HTTP cache in front of Wijkkompas (Varnish, or a CDN) may keep,
the surrogate keys that say what each one shows, and the purges that follow a change.

See docs/caching.md for how the keys, the VCL (deploy/varnish/) and the purges fit together.
"""
