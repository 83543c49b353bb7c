"""Tests for the import_articles command: article files become draft pages, or nothing does."""

import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from articles.models import ArticleIndexPage, ArticlePage, InterviewIndexPage, InterviewPage

INTERVIEW = """\
Buurtvaders houden het plein rustig

Reacties (4)

Al drie jaar lopen vaders uit de Bloemenbuurt op vrijdagavond een rondje langs het winkelplein. \
We vroegen twee van hen hoe dat zo gekomen is.

Foto: Redactie Wijkkrant

Waarom zijn jullie gaan lopen?

Hamza Ouali: ‘Er was veel gedoe met jongens op scooters, en niemand sprak ze aan. Wij kennen hun \
ouders, dus wij kunnen dat wel.’

Wat doen jullie als het toch misgaat?

Peter de Wit: ‘Dan bellen we de wijkagent. Maar meestal is een praatje genoeg.’

Hamza Ouali: ‘Het gaat om de band. Als ze je kennen, luisteren ze ook.’
"""

ARTICLE = """\
# Gemeente opent nieuw buurthuis in de Bloemenbuurt

Na twee jaar verbouwen gaat het buurthuis aan de Tulpstraat weer open. Bewoners hebben \
meegedacht over de indeling en over wat er te doen is.

Artikel bewaren

## Wat er te doen is

Er komt een taalcafé, een kookclub voor ouderen en een werkplaats waar jongeren fietsen \
leren repareren. De bibliotheek houdt er elke woensdag spreekuur.

## Hoe het verder gaat

De gemeente kijkt over een jaar samen met de bewoners of het aanbod past bij wat de buurt \
nodig heeft.
"""

SCRIPT_ARTICLE = """\
Waarschuwing voor nepberichten in de buurtapp

Buurtbewoners kregen de afgelopen week vreemde berichten met een link erin. Klik daar niet op, \
zegt de wijkagent.

Een van de berichten bevatte de tekst <script>alert("buurt")</script> en een verzoek om geld \
over te maken naar een onbekend rekeningnummer.
"""


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def run_import(*args):
    out = StringIO()
    call_command("import_articles", *args, stdout=out)
    return out.getvalue()


def block_types(page):
    return [block.block_type for block in page.body]


@pytest.mark.django_db
def test_an_interview_becomes_a_draft_interview_with_questions_and_answers(
    site_tree, tmp_path, client
):
    output = run_import(write(tmp_path, "buurtvaders.txt", INTERVIEW))

    page = InterviewPage.objects.get()
    assert page.title == "Buurtvaders houden het plein rustig"
    assert page.intro.startswith("Al drie jaar lopen vaders")
    assert block_types(page).count("question") == 2
    assert block_types(page).count("answer") == 3
    answers = [block.value for block in page.body if block.block_type == "answer"]
    assert [answer["speaker"] for answer in answers] == [
        "Hamza Ouali",
        "Peter de Wit",
        "Hamza Ouali",
    ]
    assert "niemand sprak ze aan" in answers[0]["answer"].source
    assert page.get_parent().pk == site_tree.sections[InterviewIndexPage].pk
    assert not page.live
    assert page.has_unpublished_changes
    assert page.latest_revision is not None
    assert f"/admin/pages/{page.pk}/edit/" in output
    assert (
        "Concept aangemaakt: Interview 'Buurtvaders houden het plein rustig' "
        "(5 vragen/antwoorden)" in output
    )

    response = client.get(page.get_url())
    assert response.status_code == 404


@pytest.mark.django_db
def test_an_article_becomes_a_draft_news_article(site_tree, tmp_path):
    output = run_import(write(tmp_path, "buurthuis.md", ARTICLE))

    page = ArticlePage.objects.get()
    assert page.title == "Gemeente opent nieuw buurthuis in de Bloemenbuurt"
    assert page.article_type == ArticlePage.ArticleType.NEWS
    assert page.intro.startswith("Na twee jaar verbouwen")
    assert page.get_parent().pk == site_tree.sections[ArticleIndexPage].pk
    assert not page.live
    assert block_types(page) == ["heading", "paragraph", "heading", "paragraph"]
    assert page.body[0].value["text"] == "Wat er te doen is"
    assert page.body[0].value["level"] == "h2"
    assert "Artikel 'Gemeente opent nieuw buurthuis in de Bloemenbuurt'" in output
    assert not InterviewPage.objects.exists()


@pytest.mark.django_db
def test_markup_in_the_text_is_escaped_not_rendered(site_tree, tmp_path):
    run_import(write(tmp_path, "nepberichten.txt", SCRIPT_ARTICLE))

    page = ArticlePage.objects.get()
    paragraph = next(block.value for block in page.body if "alert" in block.value.source)
    assert "&lt;script&gt;alert(" in paragraph.source
    assert "<script>" not in paragraph.source
    assert "<script>" not in str(paragraph)


@pytest.mark.django_db
def test_website_boilerplate_is_left_out(site_tree, tmp_path):
    run_import(
        write(tmp_path, "buurtvaders.txt", INTERVIEW), write(tmp_path, "buurthuis.md", ARTICLE)
    )

    for page in [InterviewPage.objects.get(), ArticlePage.objects.get()]:
        text = page.intro + str(page.body.raw_data)
        assert "Reacties" not in text
        assert "Foto:" not in text
        assert "Artikel bewaren" not in text


@pytest.mark.django_db
def test_one_broken_file_stops_the_whole_import(site_tree, tmp_path):
    good = write(tmp_path, "buurthuis.md", ARTICLE)
    empty = write(tmp_path, "leeg.txt", "\n\n")
    missing = str(tmp_path / "verdwenen.txt")
    pages_before = Page.objects.count()

    with pytest.raises(CommandError) as raised:
        run_import(good, empty, missing, write(tmp_path, "buurtvaders.txt", INTERVIEW))

    message = str(raised.value)
    assert "Niets geïmporteerd" in message
    assert f"{empty}: bestand is leeg" in message
    assert f"{missing}: bestand bestaat niet" in message
    assert "buurthuis.md" not in message
    assert Page.objects.count() == pages_before


@pytest.mark.django_db
def test_an_unsupported_file_type_is_named_in_the_error(site_tree, tmp_path):
    with pytest.raises(CommandError, match=r"notulen\.pdf: onbekend bestandstype \.pdf"):
        run_import(write(tmp_path, "notulen.pdf", "Geen tekstbestand"))


@pytest.mark.django_db
def test_dry_run_reports_but_creates_nothing(site_tree, tmp_path):
    pages_before = Page.objects.count()

    output = run_import(write(tmp_path, "buurtvaders.txt", INTERVIEW), "--dry-run")

    assert "Interview 'Buurtvaders houden het plein rustig'" in output
    assert "niets opgeslagen" in output
    assert Page.objects.count() == pages_before


@pytest.mark.django_db
def test_importing_the_same_file_twice_gives_two_drafts_with_distinct_slugs(site_tree, tmp_path):
    path = write(tmp_path, "buurthuis.md", ARTICLE)

    run_import(path)
    run_import(path)

    slugs = sorted(ArticlePage.objects.values_list("slug", flat=True))
    assert slugs == [
        "gemeente-opent-nieuw-buurthuis-in-de-bloemenbuurt",
        "gemeente-opent-nieuw-buurthuis-in-de-bloemenbuurt-2",
    ]
    assert not ArticlePage.objects.live().exists()


ARTICLE_WITH_SPEAKERS = """\
Buurthuis zoekt vrijwilligers

De Bloemenbuurt krijgt een nieuw buurthuis. Twee betrokkenen vertellen wat ervoor nodig is.

Wie het doet

Projectleider De Wit vertelt dat er veel animo is.

De Wit: ‘We zoeken vooral mensen die een avond per week kunnen.’ Zij wijst op de lijst.
"""


@pytest.mark.django_db
def test_an_article_keeps_who_said_what_and_its_headings(site_tree, tmp_path):
    run_import(write(tmp_path, "buurthuis.txt", ARTICLE_WITH_SPEAKERS))
    page = ArticlePage.objects.get(title="Buurthuis zoekt vrijwilligers")
    assert block_types(page) == ["heading", "paragraph", "paragraph"]
    html = str(page.body[2].value)
    assert html.startswith("<p><b>De Wit:</b> ‘We zoeken vooral mensen")


@pytest.mark.django_db
def test_dry_run_shows_each_page_as_it_would_be_created(site_tree, tmp_path):
    output = run_import("--dry-run", write(tmp_path, "buurtvaders.txt", INTERVIEW))
    assert "  titel: Buurtvaders houden het plein rustig" in output
    assert "  [vraag] Waarom zijn jullie gaan lopen?" in output
    assert "  [antwoord, Hamza Ouali] ‘Er was veel gedoe" in output
    assert not InterviewPage.objects.filter(title="Buurtvaders houden het plein rustig").exists()


def test_the_import_command_runs_where_only_the_runtime_packages_are_installed():
    # A production image installs no test packages: blocking their import stands in for that.
    code = (
        "import sys\n"
        "for name in ('faker', 'factory', 'wagtail_factories'): sys.modules[name] = None\n"
        "import django\n"
        "django.setup()\n"
        "from django.core.management import call_command\n"
        "call_command('import_articles', '--help')\n"
    )
    result = subprocess.run(  # noqa: S603 (our own interpreter and code)
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "--dry-run" in result.stdout
