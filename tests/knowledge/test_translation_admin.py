"""Translation for editors: which fields are translated, status per page, outdated report, PO files."""

import csv
import io

import polib
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from knowledge.factories import MunicipalityFactory, ThemeFactory
from knowledge.models import Municipality, Province
from knowledge.translation.given_strings import translate
from methods.factories import MethodPageFactory
from methods.models import MethodIndexPage


def in_english(text):
    return f"EN {text}"


def extracted_fields(instance):
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    paths = StringSegment.objects.filter(source=source).values_list("context__path", flat=True)
    return {path.split(".")[0] for path in paths}


@pytest.fixture
def english_site(site_tree, english):
    translate(site_tree.home, english, in_english)
    for page in site_tree.sections.values():
        translate(page, english, in_english)
    return site_tree


@pytest.fixture
def rotterdam(db):
    return MunicipalityFactory(
        name="Rotterdam",
        slug="rotterdam",
        cbs_code="GM0599",
        province=Province.ZUID_HOLLAND,
        description="Grootste gemeente van Zuid-Holland.",
    )


@pytest.fixture
def case_study(english_site, rotterdam):
    page = CaseStudyPageFactory(
        parent=english_site.sections[CaseStudyIndexPage],
        title="Alle Kleuren in Rotterdam",
        municipality=rotterdam,
    )
    page.save_revision().publish()
    return page


def test_municipality_translates_its_description_and_keeps_its_cbs_code(rotterdam, english):
    assert extracted_fields(rotterdam) == {"name", "description"}

    translated = translate(
        rotterdam,
        english,
        {
            "Rotterdam": "Rotterdam",
            "Grootste gemeente van Zuid-Holland.": "Largest in South Holland.",
        },
    )
    assert translated.locale == english
    assert translated.description == "Largest in South Holland."
    assert (translated.cbs_code, translated.province, translated.slug) == (
        "GM0599",
        Province.ZUID_HOLLAND,
        "rotterdam",
    )

    # A corrected CBS code reaches the translation when the source is synced.
    rotterdam.cbs_code = "GM0600"
    rotterdam.save()
    translate(rotterdam, english, {"Rotterdam": "Rotterdam", rotterdam.description: "Largest."})
    assert Municipality.objects.get(pk=translated.pk).cbs_code == "GM0600"


def test_case_study_extracts_texts_but_not_facts(case_study):
    fields = extracted_fields(case_study)
    assert {"title", "intro", "context", "results", "lessons_worked"} <= fields
    assert not fields & {
        "municipality",
        "start_date",
        "status",
        "budget_band",
        "peer_contact_email",
    }


def test_method_extracts_texts_but_not_evidence_level_or_cost_band(english_site):
    method = MethodPageFactory(parent=english_site.sections[MethodIndexPage])
    fields = extracted_fields(method)
    assert {"title", "problem", "goals", "approach", "working_elements"} <= fields
    assert not fields & {"evidence_level", "cost_band", "evidence_valid_until", "contact_email"}


def test_translated_page_keeps_synchronised_facts_and_uses_english_terms(
    case_study, rotterdam, english
):
    theme = ThemeFactory(name="Veiligheid", slug="veiligheid")
    case_study.themes.set([theme])
    case_study.save_revision().publish()
    english_theme = translate(theme, english, {"Veiligheid": "Safety"})
    english_rotterdam = translate(rotterdam, english, in_english)

    translated = translate(case_study, english, in_english)

    assert translated.start_date == case_study.start_date
    assert translated.status == case_study.status
    assert translated.municipality == english_rotterdam
    assert list(translated.themes.all()) == [english_theme]


@pytest.fixture
def editor(db, site_tree):
    """A translator-editor: may use the admin, edit pages and submit translations; no superuser."""
    group = Group.objects.create(name="Vertaaltest")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="submit_translation"),
    )
    root = Page.get_first_root_node()
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=root, permission=Permission.objects.get(codename=codename)
        )
    user = get_user_model().objects.create_user("vertaler", "vertaler@example.org", "x")
    user.groups.add(group)
    return user


@pytest.fixture
def reader_only(db):
    group = Group.objects.create(name="Alleen admin")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = get_user_model().objects.create_user("lezer", "lezer@example.org", "x")
    user.groups.add(group)
    return user


def test_editor_sees_a_fresh_translation_as_up_to_date(client, editor, case_study, english):
    translate(case_study, english, in_english)
    client.force_login(editor)
    response = client.get(reverse("page_translations", args=[case_study.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "EN Alle Kleuren in Rotterdam" in html
    assert "Bijgewerkt" in html
    assert "Verouderd:" not in html

    report = client.get(reverse("outdated_translations")).content.decode()
    assert "Alle vertalingen zijn bijgewerkt." in report


def test_publishing_the_source_makes_the_translation_outdated(client, editor, case_study, english):
    translate(case_study, english, in_english)
    case_study.intro = "Een nieuwe samenvatting."
    case_study.save_revision().publish()

    client.force_login(editor)
    html = client.get(reverse("page_translations", args=[case_study.pk])).content.decode()
    assert "Verouderd: de bron is gewijzigd na de laatste synchronisatie" in html

    report = client.get(reverse("outdated_translations")).content.decode()
    assert "EN Alle Kleuren in Rotterdam" in report

    # After a sync the new text waits for the translator.
    TranslationSource.get_or_create_from_instance(case_study)[0].update_from_db()
    html = client.get(reverse("page_translations", args=[case_study.pk])).content.decode()
    assert "Verouderd: nieuwe teksten wachten op vertaling" in html


def test_the_status_views_are_closed_to_users_without_the_rights(
    client, reader_only, case_study, english
):
    translate(case_study, english, in_english)
    client.force_login(reader_only)
    assert client.get(reverse("page_translations", args=[case_study.pk])).status_code in (
        302,
        403,
    )
    assert client.get(reverse("outdated_translations")).status_code in (302, 403)


def test_admin_menu_links_the_outdated_translations_report(client, editor):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("outdated_translations") in html


def test_po_export_and_import_changes_the_translated_page(client, editor, case_study, english):
    translated = translate(case_study, english, in_english)
    translation = Translation.objects.get(source__object_id=case_study.translation_key)
    client.force_login(editor)

    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    entry = next(entry for entry in po if entry.msgid == "Alle Kleuren in Rotterdam")
    entry.msgstr = "All Colours in Rotterdam"

    edit_url = reverse("wagtailadmin_pages:edit", args=[translated.pk])
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile("en.po", str(po).encode()), "next": edit_url},
    )
    assert response.status_code == 302

    response = client.post(edit_url, {"action": "publish"})
    assert response.status_code == 302
    translated.refresh_from_db()
    assert translated.title == "All Colours in Rotterdam"
    assert client.get(translated.url).status_code == 200


def test_a_translation_with_untranslated_texts_cannot_be_published(
    client, editor, case_study, english
):
    TranslationCreator(editor, [english]).create_translations(case_study)
    draft = case_study.get_translation(english)
    assert not draft.live

    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    response = client.post(edit_url, {"action": "publish"}, follow=True)
    draft.refresh_from_db()
    assert not draft.live
    assert "nog niet vertaald" in response.content.decode()


def test_the_outdated_translations_download_as_a_spreadsheet(client, editor, case_study, english):
    translate(case_study, english, in_english)
    case_study.intro = "Een nieuwe samenvatting."
    case_study.save_revision().publish()
    client.force_login(editor)

    response = client.get(reverse("outdated_translations"), {"export": "csv"})

    assert response["Content-Type"].startswith("text/csv")
    lines = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert lines[0] == [
        "Bron",
        "Taal",
        "Vertaling",
        "Status",
        "Bron gepubliceerd",
        "Laatst gesynchroniseerd",
    ]
    assert lines[1][2:4] == [
        "EN Alle Kleuren in Rotterdam",
        "Verouderd: de bron is gewijzigd na de laatste synchronisatie",
    ]
