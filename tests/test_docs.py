"""The README and docs/ name only code that exists: every file path and dotted Python path they
quote in `backticks` is found in the repository. (Dated benchmark records in docs/benchmarks/
describe code of their day and are left out.)"""

import importlib
import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = (
    "wijkkompas",
    "knowledge",
    "methods",
    "casestudies",
    "articles",
    "search",
    "opendata",
    "alerts",
    "deploy",
    "bench",
)
DOCUMENTS = [ROOT / "README.md"] + sorted(
    path for path in (ROOT / "docs").rglob("*.md") if "benchmarks" not in path.parts
)
FILE_ENDINGS = (".py", ".md", ".sh", ".vcl", ".html", ".txt", ".csv", ".json", ".xml")
QUOTED = re.compile(r"`([^`\s]+)`")
FILE_PATH = re.compile(r"^[\w.-]+(/[\w.-]+)+/?$")
DOTTED_PATH = re.compile(r"^(" + "|".join(PACKAGES) + r")(\.\w+)+$")


# Logger names (`wijkkompas.alerts`) are strings in the code, not modules.
LOGGER_NAME = re.compile(r"[\"'](wijkkompas\.[\w.]+)[\"']")


@pytest.fixture(scope="module")
def logger_names():
    """Read once for all the documents."""
    return {
        name
        for package in PACKAGES
        for source in (ROOT / package).rglob("*.py")
        for name in LOGGER_NAME.findall(source.read_text())
    }


def quoted(document):
    return set(QUOTED.findall(document.read_text()))


def django_label(dotted):
    """`app.Model`, `app.change_model` (a permission) or `app.0003` (a migration)."""
    from django.apps import apps

    app, _, name = dotted.partition(".")
    if "." in name:
        return False
    try:
        apps.get_model(app, name)
        return True
    except LookupError:
        pass
    action, _, model = name.partition("_")
    if action in ("add", "change", "delete", "view") and model:
        try:
            apps.get_model(app, model)
            return True
        except LookupError:
            pass
    return any((ROOT / app / "migrations").glob(f"{name}*.py"))


def resolves(dotted):
    """A module (found, not run: settings modules need their environment), or an attribute (a
    class, a function, a class's attribute) of one."""
    try:
        if importlib.util.find_spec(dotted) is not None:
            return True
    except ImportError:
        pass
    parts = dotted.split(".")
    for split in range(len(parts), 0, -1):
        try:
            found = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        for name in parts[split:]:
            if not hasattr(found, name):
                return False
            found = getattr(found, name)
        return True
    return False


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_file_the_docs_name_exists(document):
    missing = [
        name
        for name in quoted(document)
        if FILE_PATH.match(name)
        and name.split("/")[0] in {*PACKAGES, "templates", "tests", "docs", "scripts", ".ci"}
        and not (ROOT / name.rstrip("/")).exists()
    ]
    assert not missing, f"{document.name} names files that do not exist: {missing}"


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_python_path_the_docs_name_exists(document, logger_names):
    missing = [
        name
        for name in quoted(document)
        if DOTTED_PATH.match(name)
        and not name.endswith(FILE_ENDINGS)
        and name not in logger_names
        and not django_label(name)
        and not resolves(name)
    ]
    assert not missing, f"{document.name} names code that does not exist: {missing}"
