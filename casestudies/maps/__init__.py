"""The implementation map: where case studies were carried out, drawn as server-rendered SVG."""
