"""The anonymous search log and the editors' report on it, including who may see the report."""

import csv
import datetime
import io
import threading

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from search import engine, report
from search.models import SearchQueryDay, SynonymGroup

REPORT_URL = "/admin/reports/search-queries/"


def rows():
    return {
        (row.language_code, row.query): (row.searches, row.searches_without_results)
        for row in SearchQueryDay.objects.all()
    }


# --- Logging searches -----------------------------------------------------------------------


@pytest.mark.django_db
def test_each_search_increments_todays_count():
    report.log_search("buurtgesprekken", "nl", 5)
    report.log_search("buurtgesprekken", "nl", 3)
    report.log_search("buurtgesprekken", "en", 0)

    assert rows() == {("nl", "buurtgesprekken"): (2, 0), ("en", "buurtgesprekken"): (1, 1)}
    assert SearchQueryDay.objects.get(language_code="nl").date == timezone.localdate()


@pytest.mark.django_db
def test_searches_without_results_are_counted_separately():
    report.log_search("regenboogtafel", "nl", 0)
    report.log_search("regenboogtafel", "nl", 0)
    report.log_search("regenboogtafel", "nl", 1)

    assert rows() == {("nl", "regenboogtafel"): (3, 2)}


@pytest.mark.django_db
def test_queries_are_counted_in_one_normal_form():
    report.log_search("  Buurt\u200bGesprekken  ", "nl", 1)
    report.log_search("buurt\tgesprekken", "nl", 1)
    report.log_search("BUURT    GESPREKKEN", "nl", 1)
    report.log_search("ＢＵＵＲＴ gesprekken", "nl", 1)
    report.log_search("buurt\x00gesprekken", "nl", 1)

    assert rows() == {("nl", "buurt gesprekken"): (5, 0)}


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "   ", "\x00\u200b\ufeff", None])
def test_empty_queries_are_not_logged(query):
    report.log_search(query, "nl", 0)

    assert not SearchQueryDay.objects.exists()


@pytest.mark.django_db
def test_long_queries_are_cut_to_the_column():
    report.log_search("wijk " * 100, "nl", 0)

    assert len(SearchQueryDay.objects.get().query) <= 200


@pytest.mark.django_db
def test_a_row_created_by_a_concurrent_request_is_counted_not_duplicated(monkeypatch):
    # Simulate the race: our UPDATE finds no row, another request inserts it, our INSERT fails.
    real_count = report.count_search
    calls = []

    def racing_count(row, without_results):
        calls.append(row)
        if len(calls) == 1:
            SearchQueryDay.objects.create(**row, searches=1, searches_without_results=0)
            return 0
        return real_count(row, without_results)

    monkeypatch.setattr(report, "count_search", racing_count)

    report.log_search("wijkagent", "nl", 0)

    assert rows() == {("nl", "wijkagent"): (2, 1)}


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor == "sqlite", reason="SQLite serialises all writers")
def test_concurrent_searches_are_all_counted():
    def search_many():
        try:
            for _ in range(10):
                report.log_search("straatintimidatie", "nl", 0)
        finally:
            connection.close()

    threads = [threading.Thread(target=search_many) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert rows() == {("nl", "straatintimidatie"): (50, 50)}


# --- The report -------------------------------------------------------------------------------


def log_day(days_ago, language, query, searches, without_results=0):
    SearchQueryDay.objects.create(
        date=timezone.localdate() - datetime.timedelta(days=days_ago),
        language_code=language,
        query=query,
        searches=searches,
        searches_without_results=without_results,
    )


@pytest.fixture
def search_log(db):
    log_day(0, "nl", "wijkagent", 4)
    log_day(3, "nl", "wijkagent", 6, 1)
    log_day(40, "nl", "wijkagent", 100)  # outside the default period
    log_day(1, "nl", "lhbti+", 3, 3)
    log_day(2, "en", "lgbt", 2, 2)
    log_day(2, "en", "wijkagent", 1)


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("beheer", "beheer@example.org", "geheim")


@pytest.fixture
def editor(django_user_model):
    """An editor as Wagtail sets one up: access to the admin, no access to the search log."""
    user = django_user_model.objects.create_user("redacteur", "redacteur@example.org", "geheim")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def grant_report(user):
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="search", codename="view_searchqueryday")
    )


def table(page, heading):
    """[(query, …cells)] of the table under the heading with the given text."""
    title = page.find("h2", string=heading)
    listing = title.find_next_sibling("table")
    return [
        tuple(cell.get_text(strip=True) for cell in row.select("td"))
        for row in listing.select("tbody tr")
    ]


def test_the_report_sums_the_days_of_the_default_period(client, superuser, search_log):
    client.force_login(superuser)

    response = client.get(REPORT_URL)

    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert table(page, "Meest gezochte zoekvragen") == [
        ("wijkagent", "nl", "10", "1"),
        ("lhbti+", "nl", "3", "3"),
        ("lgbt", "en", "2", "2"),
        ("wijkagent", "en", "1", "0"),
    ]
    assert table(page, "Zoekvragen zonder resultaten") == [
        ("lhbti+", "nl", "3", "3"),
        ("lgbt", "en", "2", "2"),
        ("wijkagent", "nl", "10", "1"),
    ]
    assert page.select_one("#id_date_from")["value"] == str(
        timezone.localdate() - datetime.timedelta(days=29)
    )


def test_the_report_covers_the_chosen_period(client, superuser, search_log):
    client.force_login(superuser)
    today = timezone.localdate()

    response = client.get(
        REPORT_URL,
        {
            "date_from": str(today - datetime.timedelta(days=45)),
            "date_to": str(today - datetime.timedelta(days=2)),
            "language": "nl",
        },
    )

    page = BeautifulSoup(response.content, "html.parser")
    assert table(page, "Meest gezochte zoekvragen") == [("wijkagent", "106", "1")]
    assert table(page, "Zoekvragen zonder resultaten") == [("wijkagent", "106", "1")]


def test_the_report_per_language(client, superuser, search_log):
    client.force_login(superuser)

    response = client.get(REPORT_URL, {"language": "en"})

    page = BeautifulSoup(response.content, "html.parser")
    assert table(page, "Meest gezochte zoekvragen") == [("lgbt", "2", "2"), ("wijkagent", "1", "0")]
    assert table(page, "Zoekvragen zonder resultaten") == [("lgbt", "2", "2")]


def test_the_lists_show_fifty_queries_a_page(client, superuser, db):
    for n in range(60):
        log_day(0, "nl", f"zoekvraag {n:02d}", 100 - n, 1)
    client.force_login(superuser)

    page = BeautifulSoup(client.get(REPORT_URL).content, "html.parser")

    most = table(page, "Meest gezochte zoekvragen")
    assert len(most) == 50
    assert most[0][0] == "zoekvraag 00"
    assert len(table(page, "Zoekvragen zonder resultaten")) == 50
    next_page = BeautifulSoup(client.get(REPORT_URL, {"p": 2}).content, "html.parser")
    assert [row[0] for row in table(next_page, "Meest gezochte zoekvragen")] == [
        f"zoekvraag {n}" for n in range(50, 60)
    ]


@pytest.mark.parametrize(
    "params, field",
    [
        ({"date_from": "31-02-2025"}, "date_from"),
        ({"date_to": "gisteren"}, "date_to"),
        ({"date_from": "2025-05-01", "date_to": "2025-04-01"}, "date_to"),
        ({"date_from": "99999-01-01"}, "date_from"),
        ({"language": "fr"}, "language"),
    ],
)
def test_invalid_input_is_shown_again_with_an_error(client, superuser, search_log, params, field):
    client.force_login(superuser)

    response = client.get(REPORT_URL, params)

    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    # The message stands in the filter's own field, beside what was typed.
    wrapper = page.select_one(f"#id_{field}").find_parent(class_="w-field")
    assert wrapper.select_one(".error-message").get_text(strip=True)
    for name, value in params.items():
        if name != "language":
            assert page.select_one(f"#id_{name}")["value"] == value
    assert page.find("h2", string="Meest gezochte zoekvragen") is None


def test_the_csv_holds_every_query_of_the_period_with_formulas_defused(
    client, superuser, search_log
):
    log_day(0, "nl", "=hyperlink(1)", 1)
    client.force_login(superuser)

    response = client.get(REPORT_URL, {"language": "nl", "export": "csv"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    assert "zoekvragen-nl-" in response["Content-Disposition"]
    content = b"".join(response.streaming_content).decode("utf-8")
    lines = list(csv.reader(io.StringIO(content)))
    assert lines == [
        ["zoekvraag", "taal", "zoekopdrachten", "zonder resultaten"],
        ["wijkagent", "nl", "10", "1"],
        ["lhbti+", "nl", "3", "3"],
        ["'=hyperlink(1)", "nl", "1", "0"],
    ]


def test_the_spreadsheet_holds_the_queries_as_text(client, superuser, search_log):
    log_day(0, "nl", "=hyperlink(1)", 1)
    client.force_login(superuser)

    response = client.get(REPORT_URL, {"language": "nl", "export": "xlsx"})

    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = [tuple(cell.value for cell in row) for row in sheet.iter_rows()]
    assert rows[0] == ("zoekvraag", "taal", "zoekopdrachten", "zonder resultaten")
    assert ("=hyperlink(1)", "nl", 1, 0) in rows
    assert all(row[0].data_type == "s" for row in sheet.iter_rows())


def test_the_lists_can_be_sorted_by_searches_without_results(client, superuser, search_log):
    client.force_login(superuser)

    response = client.get(REPORT_URL, {"ordering": "-total_without_results"})

    page = BeautifulSoup(response.content, "html.parser")
    assert [row[0] for row in table(page, "Meest gezochte zoekvragen")] == [
        "lhbti+",
        "lgbt",
        "wijkagent",
        "wijkagent",
    ]


def test_the_report_links_to_its_csv(client, superuser, search_log):
    client.force_login(superuser)

    page = BeautifulSoup(client.get(REPORT_URL, {"language": "en"}).content, "html.parser")

    link = page.find("a", href=lambda href: href and "export=csv" in href)
    assert "language=en" in link["href"]


def test_an_editor_without_the_permission_cannot_see_the_report(client, editor, search_log):
    client.force_login(editor)

    response = client.get(REPORT_URL)
    assert response.status_code in (302, 403)
    assert "wijkagent" not in response.content.decode()
    assert client.get(REPORT_URL, {"export": "csv"}).status_code in (302, 403)
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert REPORT_URL not in menu


def test_an_editor_with_the_permission_sees_the_report_in_the_menu(client, editor, search_log):
    grant_report(editor)
    client.force_login(editor)

    assert client.get(REPORT_URL).status_code == 200
    assert REPORT_URL in client.get(reverse("wagtailadmin_home")).content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client, search_log):
    response = client.get(REPORT_URL)

    assert response.status_code == 302
    assert "/login/" in response["Location"]


# --- Synonyms in the admin -------------------------------------------------------------------


def test_synonyms_are_a_snippet_in_the_admin_menu(client, superuser):
    SynonymGroup.objects.create(language="nl", terms="wijkagent, buurtagent")
    client.force_login(superuser)

    listing = client.get(reverse("wagtailsnippets_search_synonymgroup:list"))

    assert listing.status_code == 200
    assert "wijkagent, buurtagent" in listing.content.decode()
    assert "Synoniemen" in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.django_db
def test_changing_synonyms_applies_at_once(django_capture_on_commit_callbacks):
    cache.clear()
    with django_capture_on_commit_callbacks(execute=True):
        group = SynonymGroup.objects.create(language="nl", terms="wijkagent, buurtagent")
    assert engine.synonyms("nl")["wijkagent"] == {"wijkagent", "buurtagent"}

    with django_capture_on_commit_callbacks(execute=True):
        group.terms = "wijkagent, buurtagent, politie"
        group.save()
    assert "politie" in engine.synonyms("nl")["wijkagent"]

    with django_capture_on_commit_callbacks(execute=True):
        group.delete()
    assert "wijkagent" not in engine.synonyms("nl")
