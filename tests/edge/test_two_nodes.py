"""Two application nodes behind one Varnish, sharing PostgreSQL, Redis and an S3-compatible
store (moto_server on loopback): what a reader or editor does through node A holds on node B.
Requests go to each gunicorn node directly, with the X-Forwarded-For Varnish would add."""

import html
import http.client
import io
import json
import os
import re
import shutil
import signal
import subprocess
import threading
import time
import urllib.request
import uuid
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from PIL import Image
from psycopg import sql

from deploy.object_store import MotoServer, moto_server_command
from deploy.stack import BASE_DIR, python
from knowledge.operations.jobs import lock_key
from tests.edge.conftest import running_stack
from tests.edge.test_varnish import Reader
from tests.s3 import object_keys

pytestmark = pytest.mark.edge

PASSWORD = "twee-knooppunten-wachtwoord"
# One reader's address, as Varnish passes it on to whichever node it picks.
READER = {"X-Forwarded-For": "198.51.100.7"}
# An editor's desk elsewhere: the lockout test locks the editor out at the reader's address.
EDITOR_DESK = {"X-Forwarded-For": "198.51.100.9"}


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


def log_in(reader, username, password, address=READER):
    token = csrf_token(reader, "/admin/login/")
    data = {"csrfmiddlewaretoken": token, "username": username, "password": password}
    return reader.request("/admin/login/", data=data, headers=address)[0]


def multipart(fields, file_field, filename, content, content_type="text/plain"):
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; '
        f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
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


def png(width, height):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (40, 110, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def test_an_image_uploaded_through_one_node_is_shown_by_the_other(nodes, editor, store):
    a = node(nodes, 0)
    assert log_in(a, editor, PASSWORD, EDITOR_DESK) == 302
    token = csrf_token(a, "/admin/images/add/")
    title = f"Buurtfeest {uuid.uuid4().hex[:6]}"
    body, boundary = multipart(
        {"csrfmiddlewaretoken": token, "title": title, "collection": "1"},
        "file",
        "buurtfeest.png",
        png(1200, 800),
        content_type="image/png",
    )
    headers = {**READER, "Content-Type": f"multipart/form-data; boundary={boundary}"}
    status, _headers, _body = a.request("/admin/images/add/", data=body, headers=headers)
    assert status == 302
    assert any(
        key.startswith("original_images/buurtfeest") for key in object_keys(store, store.bucket)
    )

    # An editor makes it the card image of a case study (a shell beside the nodes, as in the
    # menu test); node B renders the case-study listing and so makes the card's rendition.
    index_url = shell(
        nodes,
        f"""
from wagtail.images import get_image_model
from casestudies.models import CaseStudyPage
page = CaseStudyPage.objects.live().get(
    slug="samen-in-de-wijk-rotterdam", locale__language_code="nl"
)
page.listing_image = get_image_model().objects.get(title={title!r})
page.listing_image_alt = "Bewoners bij een buurtfeest"
page.save_revision().publish()
print(page.get_parent().url)
""",
    )
    status, _headers, listing = node(nodes, 1).get(index_url, headers=READER)
    assert status == 200
    tag = re.search(r'<img[^>]*alt="Bewoners bij een buurtfeest"[^>]*>', listing).group(0)
    src = html.unescape(re.search(r'src="([^"]+)"', tag).group(1))
    # The rendition lies in the shared store, where every node and every reader finds it.
    assert src.startswith(f"{store.endpoint_url}/{store.bucket}/images/")
    status, served = fetch_bytes(src)
    assert status == 200
    assert Image.open(io.BytesIO(served)).size == (480, 270)


def test_a_page_published_through_one_nodes_admin_is_fresh_for_every_reader_at_once(nodes, editor):
    page = json.loads(
        shell(
            nodes,
            """
import json
from casestudies.models import CaseStudyPage
page = CaseStudyPage.objects.live().get(
    slug="samen-in-de-wijk-rotterdam", locale__language_code="nl"
)
print(json.dumps({"id": page.pk, "url": page.url, "title": page.title}))
""",
        )
    )
    edge = Reader(nodes.url)
    edge.get(page["url"])
    assert edge.get(page["url"])[1]["X-Cache"] == "HIT"
    new_title = f"{page['title']} – {uuid.uuid4().hex[:6]}"
    # The editor's change is saved as a draft: readers still get the published page.
    shell(
        nodes,
        f"""
from wagtail.models import Page
page = Page.objects.get(pk={page["id"]}).specific
page.title = {new_title!r}
page.save_revision()
print("ok")
""",
    )
    status, headers, body = edge.get(page["url"])
    assert headers["X-Cache"] == "HIT" and html.escape(new_title) not in body

    # The editor publishes it through node A's admin (Wagtail's publish action).
    a = node(nodes, 0)
    assert log_in(a, editor, PASSWORD, EDITOR_DESK) == 302
    action = f"/admin/bulk/wagtailcore/page/publish/?id={page['id']}&next=/admin/"
    token = csrf_token(a, action)
    status, _headers, _body = a.request(action, data={"csrfmiddlewaretoken": token}, headers=READER)
    assert status == 302

    # The very next reader, whichever node Varnish would ask, gets the new title.
    status, headers, body = edge.get(page["url"])
    assert status == 200 and html.escape(new_title) in body
    assert html.escape(new_title) in node(nodes, 1).get(page["url"], headers=READER)[2]


def database(nodes, autocommit=True):
    return psycopg.connect(nodes.database_url, autocommit=autocommit)


@contextmanager
def row_held(nodes, table, pk):
    """A row of `table` held FOR UPDATE by a transaction of the test's own: whatever writes
    it waits there, in the middle of its work, until the block ends."""
    with database(nodes, autocommit=False) as connection:
        query = sql.SQL("SELECT 1 FROM {} WHERE id = %s FOR UPDATE").format(sql.Identifier(table))
        found = connection.execute(query, [pk])
        assert found.fetchone(), (table, pk)
        try:
            yield
        finally:
            connection.rollback()


def waiting_backend(nodes, statement, seconds=60):
    """The PostgreSQL process of a session waiting for a lock in `statement` (SQL LIKE)."""
    deadline = time.monotonic() + seconds
    with database(nodes) as connection:
        while time.monotonic() < deadline:
            row = connection.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                " AND wait_event_type = 'Lock' AND query LIKE %s",
                [statement],
            ).fetchone()
            if row:
                return row[0]
            time.sleep(0.05)
    raise AssertionError(f"no session waited in {statement} within {seconds} s")


def holds_job_lock(nodes, pid, job):
    with database(nodes) as connection:
        return bool(
            connection.execute(
                "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted"
                " AND classid = 0 AND objid = %s AND pid = %s",
                [lock_key(job), pid],
            ).fetchone()
        )


def start_job(nodes, command):
    """A node's timer starting `command`. It may wait for locks (the test's row) for longer
    than the production limit of 5 s, so that a slow machine cannot fail it."""
    return subprocess.Popen(
        [python(), str(BASE_DIR / "manage.py"), command],
        env={**nodes.env, "DATABASE_LOCK_TIMEOUT_MS": "60000"},
        cwd=BASE_DIR,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finished(process):
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err[-2000:]
    return out


def test_scheduled_publishing_started_on_both_nodes_publishes_once(nodes):
    page = json.loads(
        shell(
            nodes,
            """
import datetime, json
from django.utils import timezone
from wagtail.models import PageLogEntry
from methods.models import MethodPage
page = MethodPage.objects.live().get(slug="alle-kleuren", locale__language_code="nl")
page.title = "Alle Kleuren (gepland)"
page.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))
print(json.dumps({"id": page.pk, "publications": PageLogEntry.objects
    .filter(page=page, action="wagtail.publish.scheduled").count()}))
""",
        )
    )
    count = f"""
import json
from wagtail.models import Page, PageLogEntry
page = Page.objects.get(pk={page["id"]})
print(json.dumps([page.title, PageLogEntry.objects
    .filter(page=page, action="wagtail.publish.scheduled").count()]))
"""
    # Node A's run publishes the page and waits, mid-publication, for the page's row; node B's
    # run, started meanwhile, finds the job's lock taken and steps aside.
    with row_held(nodes, "wagtailcore_page", page["id"]):
        run_a = start_job(nodes, "publish_scheduled")
        pid = waiting_backend(nodes, "UPDATE %wagtailcore_page%")
        assert holds_job_lock(nodes, pid, "publish_scheduled")
        assert "overgeslagen" in finished(start_job(nodes, "publish_scheduled"))
    assert "overgeslagen" not in finished(run_a)
    assert json.loads(shell(nodes, count)) == ["Alle Kleuren (gepland)", page["publications"] + 1]

    # And a later run on either node finds nothing left to do.
    finished(start_job(nodes, "publish_scheduled"))
    assert json.loads(shell(nodes, count))[1] == page["publications"] + 1


def test_the_contact_purge_started_on_both_nodes_runs_once(nodes):
    submission = shell(
        nodes,
        """
import datetime
from django.utils import timezone
from casestudies.models import PracticeSubmission
submission = PracticeSubmission.objects.create(
    organisation="Gemeente Zwolle", municipality_name="Zwolle", title="Lang geleden",
    description="Een buurtgesprek.", contact_name="Sanne de Vries",
    contact_email="sanne@gemeente.example", status="handled",
    handled_at=timezone.now() - datetime.timedelta(days=800),
)
print(submission.pk)
""",
    )
    table = "casestudies_practicesubmission"
    with row_held(nodes, table, int(submission)):
        run_a = start_job(nodes, "purge_submission_contacts")
        pid = waiting_backend(nodes, f"UPDATE %{table}%")
        assert holds_job_lock(nodes, pid, "purge_submission_contacts")
        assert "overgeslagen" in finished(start_job(nodes, "purge_submission_contacts"))
    assert "van 1 inzending(en)" in finished(run_a)
    assert shell(
        nodes,
        f"from casestudies.models import PracticeSubmission\n"
        f"print(repr(PracticeSubmission.objects.get(pk={submission}).contact_email))",
    ) == repr("")


def kill_node(nodes, number):
    """SIGKILL node `number`'s gunicorn: its master and every worker, mid-request or not."""
    master = nodes.processes[number]
    children = Path(f"/proc/{master.pid}/task/{master.pid}/children").read_text().split()
    for pid in [master.pid, *map(int, children)]:
        os.kill(pid, signal.SIGKILL)
    master.wait(timeout=10)


def backend_health(nodes):
    """Varnish's view of each node, e.g. {"node0": "sick", "node1": "healthy"}."""
    output = subprocess.run(
        [
            shutil.which("varnishadm") or "/usr/bin/varnishadm",
            "-n",
            str(nodes.work_dir / "varnish"),
            "backend.list",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {
        match.group(1): match.group(2).lower()
        for match in re.finditer(r"\b(node\d+)\b.*?\b(healthy|sick)\b", output, re.IGNORECASE)
    }


def send_to_a_dying_node(reader, path, data, headers):
    try:
        reader.request(path, data=data, headers=headers)
    except (OSError, http.client.HTTPException):
        return "connection lost"
    return "answered"


def test_a_node_killed_mid_request_loses_nothing_and_readers_go_to_the_other(nodes):
    form_page = shell(
        nodes,
        "from casestudies.models import PracticeSubmissionPage\n"
        'print(PracticeSubmissionPage.objects.live().get(locale__language_code="nl").url)',
    )
    sender_address = {"X-Forwarded-For": "198.51.100.30"}
    title = f"Buurtgesprekken in Deventer {uuid.uuid4().hex[:6]}"

    def answers(reader):
        return {
            "csrfmiddlewaretoken": csrf_token(reader, form_page),
            "title": title,
            "organisation": "Gemeente Deventer",
            "municipality_name": "Deventer",
            "contact_name": "Sanne de Vries",
            "contact_email": "sanne@gemeente.example",
            "description": "Bewoners en wijkagent praten maandelijks over veiligheid.",
            "consent": "on",
            "aanvulling": "",
        }

    stored = f"""
import json
from casestudies.models import CaseStudyPage, PracticeSubmission
print(json.dumps([PracticeSubmission.objects.filter(title={title!r}).count(),
                  CaseStudyPage.objects.filter(title={title!r}).count()]))
"""
    # The submission is stored with its draft case study in one transaction: node A has
    # stored the submission and is writing the case study when it is killed.
    sender = node(nodes, 0)
    data = answers(sender)
    outcome = []
    with database(nodes, autocommit=False) as holder:
        holder.execute("LOCK TABLE casestudies_casestudypage IN EXCLUSIVE MODE")
        sending = threading.Thread(
            target=lambda: outcome.append(
                send_to_a_dying_node(sender, form_page, data, sender_address)
            )
        )
        sending.start()
        pid = waiting_backend(nodes, "INSERT INTO %casestudies_casestudypage%")
        kill_node(nodes, 0)
        sending.join(timeout=30)
        assert outcome == ["connection lost"]

        # Readers go on through Varnish at once: a read node A fails is asked of node B
        # (vcl_backend_error), and the health probe soon takes A out.
        edge = Reader(nodes.url)
        for number in range(10):
            status, headers, _body = edge.get(f"/nl/zoeken/?q=wijk{number}")
            assert status == 200, number
        deadline = time.monotonic() + 20
        while backend_health(nodes).get("node0") != "sick" and time.monotonic() < deadline:
            time.sleep(0.2)
        assert backend_health(nodes) == {"node0": "sick", "node1": "healthy"}
        holder.rollback()

    # Node A's transaction never committed: PostgreSQL rolls it back when it finds the
    # client gone. Nothing of the submission is stored, not even half of it.
    with database(nodes) as connection:
        deadline = time.monotonic() + 30
        while connection.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s", [pid]).fetchone():
            assert time.monotonic() < deadline, "node A's database session lives on"
            time.sleep(0.1)
    assert json.loads(shell(nodes, stored)) == [0, 0]

    # The sender tries again, through Varnish, which sends the form to node B: stored once.
    again = Reader(nodes.url)
    status, headers, _body = again.request(form_page, data=answers(again), headers=sender_address)
    assert status == 302 and "bedankt" in headers["Location"]
    assert json.loads(shell(nodes, stored)) == [1, 1]
