"""Two application nodes behind one Varnish, sharing PostgreSQL, Redis and an S3-compatible
store (moto_server on loopback): what a reader or editor does through node A holds on node B.
Requests go to each gunicorn node directly, with the X-Forwarded-For Varnish would add."""

import os
import re
import subprocess
import urllib.request
import uuid

import pytest

from deploy.object_store import MotoServer, moto_server_command
from deploy.stack import BASE_DIR, python
from tests.edge.conftest import running_stack
from tests.edge.test_varnish import Reader
from tests.s3 import object_keys

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
    yield from running_stack(
        "wijkkompas_nodes",
        nodes=2,
        env={"REDIS_URL": "redis://127.0.0.1:6379/8", **store.environment()},
    )


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


def shell(nodes, code):
    """Run Python in the stack's Django, as an editor's action on a node would, and return
    what it prints last."""
    result = subprocess.run(
        [python(), str(BASE_DIR / "manage.py"), "shell", "-c", code],
        env=nodes.env,
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip().splitlines()[-1]


def fetch_bytes(url):
    request = urllib.request.Request(url, headers=READER)  # noqa: S310 - the stack on loopback
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
        return response.status, response.read()


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


def test_a_section_renamed_by_one_node_is_in_the_menu_of_the_other_at_once(nodes):
    # Node B keeps the menu in the shared cache (knowledge/operations/kept.py) once it has shown it.
    b = node(nodes, 1)
    assert ">Methoden<" in b.get("/nl/", headers=READER)[2]
    # And Varnish keeps the home page.
    edge = Reader(nodes.url)
    edge.get("/nl/")
    status, headers, body = edge.get("/nl/")
    assert headers["X-Cache"] == "HIT" and ">Methoden<" in body
    shell(
        nodes,
        """
from methods.models import MethodIndexPage
index = MethodIndexPage.objects.get(locale__language_code="nl")
index.title = "Werkwijzen"
index.save_revision().publish()
print("ok")
""",
    )
    # The publication renewed the kept menu for every node, and purged the edge.
    assert ">Werkwijzen<" in b.get("/nl/", headers=READER)[2]
    assert ">Werkwijzen<" in edge.get("/nl/")[2]


def test_a_pdf_made_through_one_node_is_reused_by_the_other(nodes, store):
    found = shell(
        nodes,
        """
from knowledge.pdf.one_pager import storage_name
from methods.models import MethodPage
page = MethodPage.objects.live().get(slug="alle-kleuren", locale__language_code="nl")
print(page.one_pager_pdf_url, storage_name(page))
""",
    )
    url, name = found.split()
    status, body = fetch_bytes(nodes.node_url(0) + url)
    assert status == 200 and body.startswith(b"%PDF-")
    assert name in object_keys(store, store.bucket)

    # Put a marked copy in the store: node B serves it instead of rendering its own.
    store.client().put_object(Bucket=store.bucket, Key=name, Body=b"%PDF-1.7\n% van node A\n")
    assert fetch_bytes(nodes.node_url(1) + url) == (200, b"%PDF-1.7\n% van node A\n")
