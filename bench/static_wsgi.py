"""The physical limit for bench/pages.py: a WSGI app that returns stored page bytes and nothing more.

BENCH_BODIES names a folder with index.json ({path with query: file name}) and the files.
"""

import json
import os
from pathlib import Path

_folder = Path(os.environ["BENCH_BODIES"])
_bodies = {
    path: (_folder / name).read_bytes()
    for path, name in json.loads((_folder / "index.json").read_text()).items()
}


def application(environ, start_response):
    path = environ.get("PATH_INFO", "/")
    query = environ.get("QUERY_STRING", "")
    body = _bodies.get(f"{path}?{query}" if query else path)
    if body is None:
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found"]
    start_response(
        "200 OK",
        [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
    )
    return [body]
