"""Two application nodes behind one Varnish, sharing PostgreSQL, Redis and an S3-compatible
store (moto_server on loopback): what a reader or editor does through node A holds on node B.
Requests go to each gunicorn node directly, with the X-Forwarded-For Varnish would add."""

import os
import re
import uuid

import psycopg
import pytest
from redis import Redis

from deploy.stack import Stack
from tests.edge.conftest import SERVER, varnish_available
from tests.edge.test_varnish import Reader
from tests.s3 import MotoServer, moto_server_command, object_keys

pytestmark = pytest.mark.edge

PASSWORD = "twee-knooppunten-wachtwoord"
# One reader's address, as Varnish passes it on to whichever node it picks.
READER = {"X-Forwarded-For": "198.51.100.7"}


@pytest.fixture(scope="module")
def store():
    if moto_server_command() is None:
        pytest.skip("moto_server is missing: make install (moto[server] is a dev dependency)")
    server = MotoServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def nodes(store):
    if not varnish_available():
        pytest.skip("varnishd is not installed (apt-get install varnish varnish-modules)")
    name = f"wijkkompas_nodes_{uuid.uuid4().hex[:8]}"
    stack = Stack(
        f"{SERVER}/{name}",
        nodes=2,
        env={"REDIS_URL": "redis://127.0.0.1:6379/8", **store.environment()},
    )
    redis = Redis.from_url(stack.env["REDIS_URL"])
    redis.flushdb()
    try:
        stack.prepare(demo=False)
        stack.start()
        yield stack
    finally:
        stack.stop()
        with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        redis.flushdb()


@pytest.fixture(scope="module")
def editor(nodes):
    from deploy.stack import manage

    manage(
        {**nodes.env, "DJANGO_SUPERUSER_PASSWORD": PASSWORD},
        *("createsuperuser", "--noinput", "--username", "knooppunt"),
        "--email=knooppunt@example.org",
        quiet=True,
    )
    return "knooppunt"


def node(nodes, number, cookies=None):
    return Reader(nodes.node_url(number), cookies)


def csrf_token(reader, path):
    status, _headers, body = reader.get(path, headers=READER)
    assert status == 200, (path, status)
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1)


def log_in(reader, username, password):
    token = csrf_token(reader, "/admin/login/")
    data = {"csrfmiddlewaretoken": token, "username": username, "password": password}
    return reader.request("/admin/login/", data=data, headers=READER)[0]


def multipart(fields, file_field, filename, content):
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; '
        f'filename="{filename}"\r\nContent-Type: text/plain\r\n\r\n'.encode()
        + content
        + b"\r\n"
    )
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), boundary


def test_a_session_started_on_one_node_is_valid_on_the_other(nodes, editor):
    a = node(nodes, 0)
    assert log_in(a, editor, PASSWORD) == 302
    b = node(nodes, 1, cookies=a.cookies)
    status, _headers, body = b.get("/admin/", headers=READER)
    assert status == 200
    assert "knooppunt" in body


def test_a_document_uploaded_through_one_node_is_served_by_the_other(nodes, editor, store):
    a = node(nodes, 0)
    assert log_in(a, editor, PASSWORD) == 302
    token = csrf_token(a, "/admin/documents/add/")
    content = f"Verslag van de wijkschouw {uuid.uuid4().hex}\n".encode()
    body, boundary = multipart(
        {"csrfmiddlewaretoken": token, "title": "Wijkschouw", "collection": "1"},
        "file",
        "wijkschouw.txt",
        content,
    )
    headers = {**READER, "Content-Type": f"multipart/form-data; boundary={boundary}"}
    status, _headers, _body = a.request("/admin/documents/add/", data=body, headers=headers)
    assert status == 302

    # The upload went to the shared store, not node A's disk.
    keys = object_keys(store, store.bucket)
    assert any(key.startswith("documents/wijkschouw") for key in keys)

    listing = node(nodes, 1, cookies=a.cookies).get("/admin/documents/", headers=READER)[2]
    url = re.search(r'href="(/documents/\d+/wijkschouw[^"]*)"', listing).group(1)
    status, headers, served = node(nodes, 1).get(url, headers=READER)
    assert status == 200
    assert served.encode() == content
    assert headers["Content-Disposition"].startswith("attachment")


def test_the_login_lockout_counts_failures_on_both_nodes(nodes, editor):
    limit = int(os.environ.get("WIJKKOMPAS_LOGIN_FAILURE_LIMIT", "5"))
    # Wrong passwords alternately on A and B: each node alone stays under the limit.
    for attempt in range(limit - 1):
        reader = node(nodes, attempt % 2)
        assert log_in(reader, editor, "verkeerd") == 200, attempt  # the form, with an error
    # The limit-th failure, and after it even the right password, is refused on either node.
    assert log_in(node(nodes, 1), editor, "verkeerd") == 429
    assert log_in(node(nodes, 0), editor, PASSWORD) == 429


def test_the_password_reset_limit_per_address_counts_posts_on_both_nodes(nodes):
    limit = int(os.environ.get("WIJKKOMPAS_PASSWORD_RESET_RATE", "5/h").split("/")[0])
    reader = {**READER, "X-Forwarded-For": "198.51.100.8"}
    for attempt in range(limit + 1):
        other = node(nodes, attempt % 2)
        token = csrf_token(other, "/admin/password_reset/")
        data = {"csrfmiddlewaretoken": token, "email": f"iemand{attempt}@example.org"}
        status = other.request("/admin/password_reset/", data=data, headers=reader)[0]
        assert status == (429 if attempt == limit else 302), attempt
