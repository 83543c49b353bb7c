"""scripts/snapshot_pages.py: the HTML of every page, for comparing two versions of the code."""

import importlib.util
from pathlib import Path

from articles.factories import ArticlePageFactory
from articles.models import ArticleIndexPage
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "snapshot_pages.py"


def load_script():
    spec = importlib.util.spec_from_file_location("snapshot_pages", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def files_by_url(folder):
    return {
        path.read_text().split("\n", 1)[0]: path.read_text().split("\n", 1)[1]
        for path in folder.iterdir()
    }


def test_two_snapshots_of_the_same_site_are_identical_and_hold_every_page(section, tmp_path):
    article = ArticlePageFactory(parent=section(ArticleIndexPage), title="Buurtgesprekken werken")
    method = MethodPageFactory(parent=section(MethodIndexPage), title="Samen in de Wijk")
    for page in (article, method):
        page.save_revision().publish()
        page.refresh_from_db()
    snapshot = load_script().snapshot

    written = snapshot(tmp_path / "a")
    snapshot(tmp_path / "b")

    first, second = files_by_url(tmp_path / "a"), files_by_url(tmp_path / "b")
    assert len(first) == written
    # Nonces and form tokens differ per request: blanked, so that nothing differs but the code.
    assert first == second
    assert "Buurtgesprekken werken" in first[f"{article.url} 200"]
    assert "Samen in de Wijk" in first[f"{method.url}onepager/ 200"]
    # An article has no one-pager: its 404 is recorded, and must stay a 404.
    assert f"{article.url}onepager/ 404" in first
    assert any(url.startswith("/nl/zoeken/?q=wijk ") for url in first)


def test_per_request_values_are_blanked():
    blanked = load_script().blanked
    html = '<script nonce="abc">x</script>\n   <input name="csrfmiddlewaretoken" value="tok">  \n'

    assert (
        blanked(html)
        == '<script nonce="">x</script>\n<input name="csrfmiddlewaretoken" value="">\n'
    )
