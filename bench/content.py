"""Generated content for the benchmarks: a database of N pages, made once and reused, and the
URL of one page of each type in it.

The content lives in `wijkkompas_bench_pages_<pages>` on the server DATABASE_URL names: created,
migrated, filled with `generate_content --seed 1` and indexed when missing or empty, reused when it
holds pages (`regenerate` starts afresh).
"""

import os
import secrets
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

PROJECT = Path(__file__).resolve().parent.parent
DATABASE_PREFIX = "wijkkompas_bench_pages_"
PYTHON = sys.executable


# --- Database: created and filled once, then reused. ---


def server_url(database_url):
    parts = urlsplit(database_url)
    if not parts.scheme.startswith("postgres"):
        sys.exit("DATABASE_URL must point at a PostgreSQL server (postgres://…).")
    return urlunsplit(parts._replace(path="/{}"))


def psql(url_template, database, statement):
    import psycopg

    with psycopg.connect(url_template.replace("{}", database), autocommit=True) as connection:
        cursor = connection.execute(statement)
        return cursor.fetchall() if cursor.description else []


def page_count(url_template, name):
    try:
        migrated = psql(url_template, name, "SELECT to_regclass('wagtailcore_page')")[0][0]
    except Exception:  # noqa: BLE001 - the database does not exist yet
        return None
    if migrated is None:
        return 0
    return psql(url_template, name, "SELECT count(*) FROM wagtailcore_page WHERE depth >= 3")[0][0]


def prepare_database(url_template, pages, regenerate):
    name = f"{DATABASE_PREFIX}{pages}"
    existing = page_count(url_template, name)
    if existing and not regenerate:
        print(f"Reusing {name} ({existing} pages); migrating it to this version.", flush=True)
        env = django_env(url_template.replace("{}", name), "wijkkompas.settings.dev")
        subprocess.run(  # noqa: S603
            [PYTHON, "manage.py", "migrate", "--verbosity", "0"], env=env, cwd=PROJECT, check=True
        )
        return name
    import psycopg
    from psycopg import sql

    with psycopg.connect(url_template.replace("{}", "postgres"), autocommit=True) as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    env = django_env(url_template.replace("{}", name), "wijkkompas.settings.dev")
    for command in (
        ["migrate", "--verbosity", "0"],
        ["generate_content", "--pages", str(pages), "--seed", "1", "--no-index"],
        ["update_index", "--verbosity", "0"],
        ["rebuild_search_facets"],
    ):
        print(f"manage.py {' '.join(command)}", flush=True)
        subprocess.run([PYTHON, "manage.py", *command], env=env, cwd=PROJECT, check=True)  # noqa: S603
    psql(url_template, name, "VACUUM ANALYZE")
    return name


def django_env(database_url, settings_module, **extra):
    return dict(
        os.environ,
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE=settings_module,
        SECRET_KEY=os.environ.get("SECRET_KEY") or secrets.token_urlsafe(40),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        **extra,
    )


# --- The pages to measure. ---

DISCOVER = r"""
import json
from wagtail.models import Locale
from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from knowledge.models import *
from methods.models import MethodIndexPage, MethodPage
nl = Locale.objects.get(language_code="nl")
def first(model):
    return model.objects.live().public().filter(locale=nl).order_by("pk").first()
def at(queryset, share):
    return queryset[int(queryset.count() * share)]
municipality_index, theme_index = first(MunicipalityIndexPage), first(ThemeIndexPage)
municipalities = Municipality.objects.filter(locale=nl).order_by("pk")
themes = Theme.objects.filter(locale=nl, parent=None).order_by("pk")
methods = MethodPage.objects.live().filter(locale=nl).order_by("pk")
case_studies = CaseStudyPage.objects.live().filter(locale=nl).order_by("pk")
urls = {
    "home": first(HomePage).url,
    "methods index": first(MethodIndexPage).url,
    "case studies index": first(CaseStudyIndexPage).url,
    "tips index": first(PracticalTipIndexPage).url,
    "interviews index": first(InterviewIndexPage).url,
    "articles index": first(ArticleIndexPage).url,
    "municipalities index": municipality_index.url,
    "themes index": theme_index.url,
    "method": at(methods, 0.5).url,
    "case study": at(case_studies, 0.5).url,
    "interview": first(InterviewPage).url,
    "tip": first(PracticalTipPage).url,
    "article": first(ArticlePage).url,
    "municipality": municipality_index.term_url(at(municipalities, 0.5)),
    "theme": theme_index.term_url(themes.first()),
    "search": "/nl/zoeken/?q=wijk",
}
print(json.dumps(urls))
"""
