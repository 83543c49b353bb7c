"""Tests for reading article files into structured articles, without a database."""

import datetime

import pytest

from wijkkompas.content.importing import (
    MAX_FILE_SIZE,
    MAX_INTRO_LENGTH,
    ArticleImportError,
    Block,
    parse_article_file,
    parse_text,
)

ARTICLE = """\
Buurtmoestuin brengt bewoners van de Vogelwijk samen

Reeks Groen in de Wijk

Sinds het voorjaar werken zo'n veertig buren samen in een moestuin op een braakliggend veld. \
De gemeente leverde grond en gereedschap, de bewoners zorgen voor de rest.

Van braakland naar moestuin

Het veld lag jarenlang ongebruikt en trok zwerfvuil aan. Een paar bewoners klopten bij het \
stadsdeel aan met een plan, en binnen een half jaar stonden de eerste bakken er.

De wijkagent merkt dat er minder overlast is sinds de tuin er ligt. Er is vaker iemand aanwezig \
en mensen spreken elkaar aan.
"""

INTERVIEW = """\
Wijkteam en jongerenwerk trekken samen op

Reeks Samen Sterk

In deze aflevering spraken we met twee mensen die dagelijks in de wijk te vinden zijn: \
jongerenwerker Daan Koster en buurtcoach Yasmina el Idrissi.

Hoe zijn jullie met elkaar in contact gekomen?

Koster: ‘Eigenlijk via een ruzie op het pleintje. We stonden er allebei en besloten daarna \
vaker samen op te trekken.’

El Idrissi: ‘Daarna hebben we een vast overleg opgezet, elke dinsdagochtend.’

Wat levert die samenwerking de bewoners op?

Van der Berg: ‘Als bewoner merk ik dat ze sneller reageren als er iets speelt.’

Koster: 'Korte lijnen, dat is het belangrijkste.'

‘Wie elkaar kent, lost samen meer op.’
"""


def write(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def all_text(article):
    return "\n".join([article.title, article.intro, *(block.text for block in article.paragraphs)])


class TestTitleAndIntro:
    def test_title_and_intro_are_found(self, tmp_path):
        article = parse_article_file(write(tmp_path, "moestuin.txt", ARTICLE))

        assert article.title == "Buurtmoestuin brengt bewoners van de Vogelwijk samen"
        assert article.intro.startswith("Sinds het voorjaar werken zo'n veertig buren samen")
        assert article.source_name == "moestuin.txt"

    def test_kicker_under_the_title_is_a_heading_not_the_intro(self, tmp_path):
        article = parse_article_file(write(tmp_path, "moestuin.txt", ARTICLE))

        assert article.paragraphs[0].type == "heading"
        assert article.paragraphs[0].text == "Reeks Groen in de Wijk"
        assert "Reeks Groen" not in article.intro

    def test_intro_is_not_repeated_in_the_body(self, tmp_path):
        article = parse_article_file(write(tmp_path, "moestuin.txt", ARTICLE))

        assert article.intro not in [block.text for block in article.paragraphs]

    def test_long_intro_is_cut_at_a_sentence_end_and_kept_whole_in_the_body(self):
        sentence = "De buurt heeft een nieuwe speeltuin gekregen na lang overleg met bewoners. "
        lead = (sentence * 12).strip()
        article = parse_text(f"Nieuwe speeltuin\n\n{lead}\n\nTweede alinea over het onderhoud.")

        assert len(article.intro) <= MAX_INTRO_LENGTH
        assert article.intro.endswith("bewoners.")
        assert article.paragraphs[0].text == lead

    def test_heading_typed_directly_above_its_paragraph_is_split_off(self):
        article = parse_text(
            "Speelplein\nHet plein wordt opnieuw ingericht.\n\nOpen dag\nIedereen is welkom."
        )

        assert article.title == "Speelplein"
        assert article.intro == "Het plein wordt opnieuw ingericht."
        assert [(block.type, block.text) for block in article.paragraphs] == [
            ("heading", "Open dag"),
            ("paragraph", "Iedereen is welkom."),
        ]

    def test_whitespace_is_collapsed_and_typographic_quotes_kept(self):
        article = parse_text("Titel\n\nZe  noemt het\u00a0 ‘een   begin’.\n\nNog een alinea.")

        assert article.intro == "Ze noemt het ‘een begin’."


class TestBoilerplate:
    @pytest.mark.parametrize(
        "leftover",
        [
            "Artikel bewaren",
            "U hebt een account nodig om dit stuk te bewaren",
            "Login of Maak een account aan",
            "Reacties0",
            "Reacties 3",
            "Plaats als eerste een reactie",
            "U moet ingelogd zijn om een reactie te kunnen plaatsen.",
            "Geef je reactie",
            "Om te kunnen reageren moet je ingelogd zijn. Maak hieronder een account aan.",
            "Lees ook de spelregels",
            "foto: Fotobureau De Lens",
            "Afbeelding: Pieter Jansen",
            "moestuin_zomer.JPG",
            "04 december 2018",
            "Bekijk de handreiking Groen in de Wijk",
            "Download de handreiking Groen in de Wijk",
        ],
    )
    def test_leftover_as_its_own_paragraph_is_removed(self, tmp_path, leftover):
        title, rest = ARTICLE.split("\n\n", 1)
        path = write(tmp_path, "moestuin.txt", f"{title}\n\n{leftover}\n\n{rest}\n\n{leftover}\n")

        article = parse_article_file(path)

        assert leftover not in all_text(article)
        assert article.title == title

    @pytest.mark.parametrize(
        "leftover", ["foto: Fotobureau De Lens", "speelplein.png", "12 maart 2021", "Reacties0"]
    )
    def test_leftover_line_inside_a_paragraph_is_removed(self, leftover):
        article = parse_text(f"Titel\n\nDe eerste alinea loopt hier.\n{leftover}\n\nMeer tekst.")

        assert article.intro == "De eerste alinea loopt hier."

    def test_section_kicker_above_the_title_is_dropped(self):
        article = parse_text(f"wonen en welzijn / Gastbijdrage\n\n{ARTICLE}")

        assert article.title == "Buurtmoestuin brengt bewoners van de Vogelwijk samen"
        assert "Gastbijdrage" not in all_text(article)

    def test_tag_list_is_dropped(self):
        article = parse_text(f"{ARTICLE}\n\nreeks groen in de wijk moestuin\n")

        assert "reeks groen in de wijk moestuin" not in all_text(article)
        assert article.paragraphs[-1].text.startswith("De wijkagent merkt")

    def test_login_block_before_the_title_is_dropped(self):
        article = parse_text(
            "Artikel bewaren\n\nLogin of Maak een account aan\nReacties0\n\n" + ARTICLE
        )

        assert article.title == "Buurtmoestuin brengt bewoners van de Vogelwijk samen"

    def test_repeated_paragraph_is_kept_once(self):
        paragraph = "De bewoners kiezen zelf welke groenten er dit jaar in de bakken komen."
        article = parse_text(f"Titel\n\nIntro.\n\n{paragraph}\n\nTussendoor.\n\n{paragraph}")

        assert [block.text for block in article.paragraphs] == [paragraph, "Tussendoor."]

    def test_teaser_followed_by_its_full_text_is_kept_once_in_full(self):
        lead = (
            "Van maart tot en met juni trekt een groep buurtbewoners langs alle scholen "
            "in de wijk om te praten over veilige routes naar school"
        )
        article = parse_text(f"Titel\n\n{lead}\n\n12 maart 2021\nroute.jpg\n\n{lead}.\n\nSlot.")

        assert article.intro == f"{lead}."
        assert [block.text for block in article.paragraphs] == ["Slot."]


class TestInterview:
    def test_questions_and_answers_are_recognised_with_speakers(self, tmp_path):
        article = parse_article_file(write(tmp_path, "wijkteam.txt", INTERVIEW))

        assert article.kind == "interview"
        assert [(block.type, block.speaker) for block in article.paragraphs] == [
            ("heading", ""),
            ("question", ""),
            ("answer", "Koster"),
            ("answer", "El Idrissi"),
            ("question", ""),
            ("answer", "Van der Berg"),
            ("answer", "Koster"),
            ("quote", ""),
        ]
        assert article.interviewees == ["Koster", "El Idrissi", "Van der Berg"]

    def test_answer_text_loses_the_speaker_prefix_but_keeps_its_quotes(self, tmp_path):
        article = parse_article_file(write(tmp_path, "wijkteam.txt", INTERVIEW))
        answers = [block for block in article.paragraphs if block.type == "answer"]

        assert (
            answers[1].text == "‘Daarna hebben we een vast overleg opgezet, elke dinsdagochtend.’"
        )
        assert answers[3].text == "'Korte lijnen, dat is het belangrijkste.'"

    def test_question_run_on_into_its_answer_is_split(self):
        article = parse_text(
            "Titel\n\nIntro.\n\nWat was de aanleiding? Koster: ‘Een ruzie.’\n\n"
            "En nu? El Idrissi: ‘Nu praten we.’"
        )

        assert [(block.type, block.speaker, block.text) for block in article.paragraphs] == [
            ("question", "", "Wat was de aanleiding?"),
            ("answer", "Koster", "‘Een ruzie.’"),
            ("question", "", "En nu?"),
            ("answer", "El Idrissi", "‘Nu praten we.’"),
        ]
        assert article.kind == "interview"

    def test_quoted_remark_with_attribution_is_a_paragraph_not_a_quote(self):
        article = parse_text("Titel\n\nIntro.\n\n‘Het werkt’, zegt Koster. ‘Echt waar.’")

        assert article.paragraphs[0].type == "paragraph"

    def test_plain_article_is_kind_article(self, tmp_path):
        article = parse_article_file(write(tmp_path, "moestuin.txt", ARTICLE))

        assert article.kind == "article"
        assert article.interviewees == []
        assert {block.type for block in article.paragraphs} == {"heading", "paragraph"}

    def test_one_question_and_one_answer_do_not_make_an_interview(self):
        article = parse_text(
            "Titel\n\nIntro.\n\nWaarom juist hier?\n\nKoster: ‘Omdat het hier nodig is.’"
        )

        assert article.kind == "article"


class TestMarkdownAndHtml:
    def test_markdown_headings_become_heading_blocks(self, tmp_path):
        text = (
            "# Buurtmoestuin in de Vogelwijk\n\n"
            "Veertig buren delen sinds dit voorjaar een moestuin.\n\n"
            "## Van braakland naar moestuin\n\n"
            "Het veld lag jarenlang ongebruikt.\n\n"
            "- grond van de gemeente\n- gereedschap van de buren\n"
        )
        article = parse_article_file(write(tmp_path, "moestuin.md", text))

        assert article.title == "Buurtmoestuin in de Vogelwijk"
        assert article.intro == "Veertig buren delen sinds dit voorjaar een moestuin."
        assert [(block.type, block.text) for block in article.paragraphs] == [
            ("heading", "Van braakland naar moestuin"),
            ("paragraph", "Het veld lag jarenlang ongebruikt."),
            ("paragraph", "• grond van de gemeente"),
            ("paragraph", "• gereedschap van de buren"),
        ]

    def test_html_drops_script_and_nav_and_keeps_paragraphs_and_headings(self, tmp_path):
        html = """<!doctype html>
        <html><head><title>Site</title><style>p { color: red }</style></head>
        <body>
          <nav><a href="/">Home</a> <a href="/nieuws">Nieuws</a></nav>
          <p>Artikel bewaren</p>
          <article>
            <h1>Buurtmoestuin in de Vogelwijk</h1>
            <p>Veertig buren delen sinds dit voorjaar een <strong>moestuin</strong>.<br>
               foto: Fotobureau De Lens</p>
            <script>trackVisitor("moestuin");</script>
            <h2>Van braakland naar moestuin</h2>
            <p>Het veld lag jarenlang ongebruikt.</p>
            <aside>Meer nieuws uit de wijk</aside>
            <form><label>Geef je reactie</label><textarea></textarea></form>
          </article>
          <footer>Colofon en privacy</footer>
        </body></html>"""
        article = parse_article_file(write(tmp_path, "moestuin.html", html))

        assert article.title == "Buurtmoestuin in de Vogelwijk"
        assert article.intro == "Veertig buren delen sinds dit voorjaar een moestuin."
        assert [(block.type, block.text) for block in article.paragraphs] == [
            ("heading", "Van braakland naar moestuin"),
            ("paragraph", "Het veld lag jarenlang ongebruikt."),
        ]
        for leftover in ("trackVisitor", "Home", "Colofon", "Meer nieuws", "Fotobureau"):
            assert leftover not in all_text(article)

    def test_utf8_byte_order_mark_is_accepted(self, tmp_path):
        path = write(tmp_path, "moestuin.txt", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))

        assert parse_article_file(path).title.startswith("Buurtmoestuin")


class TestRefusedFiles:
    @pytest.mark.parametrize(
        ("name", "content", "problem"),
        [
            ("leeg.txt", b"", "bestand is leeg"),
            ("alleen-witruimte.txt", b"  \n\n \t\n", "bestand is leeg"),
            ("plaatje.txt", b"GIF89a\x00\x01\x00\x00", "binair bestand"),
            (
                "latin1.txt",
                "Café in de wijk\n\nEen alinea.".encode("latin-1"),
                "geen geldige UTF-8",
            ),
            ("artikel.pdf", ARTICLE.encode("utf-8"), "onbekend bestandstype .pdf"),
            (
                "webrestjes.txt",
                b"Artikel bewaren\n\nReacties0\n\nPlaats als eerste een reactie\n",
                "geen alinea's gevonden",
            ),
            ("alleen-titel.txt", b"Alleen een titel\n\nfoto: Iemand", "geen alinea's"),
            ("te-groot.txt", b"a" * (MAX_FILE_SIZE + 1), "groter dan 2 MB"),
        ],
    )
    def test_refused_file_names_the_file_and_the_problem(self, tmp_path, name, content, problem):
        path = write(tmp_path, name, content)

        with pytest.raises(ArticleImportError) as caught:
            parse_article_file(path)

        assert name in str(caught.value)
        assert problem in str(caught.value)

    def test_missing_file_names_the_file(self, tmp_path):
        with pytest.raises(ArticleImportError, match="bestaat-niet.txt: bestand bestaat niet"):
            parse_article_file(tmp_path / "bestaat-niet.txt")

    def test_file_of_exactly_the_limit_is_read(self, tmp_path):
        filler = "\n\nOpvulling zonder betekenis." * MAX_FILE_SIZE
        content = ARTICLE.encode("utf-8") + filler.encode("utf-8")[: MAX_FILE_SIZE - len(ARTICLE)]
        path = write(tmp_path, "precies.txt", content[:MAX_FILE_SIZE])

        assert parse_article_file(path).title.startswith("Buurtmoestuin")


CONTINUED_INTERVIEW = """\
Samen sterker in de wijk

In dit gesprek vertellen twee bewoners hoe zij hun buurt aanpakten. Het gesprek vond plaats \
in het buurthuis.

12 maart 2024

Wat deden jullie eerst?

Anna de Vries: ‘We maakten een lijst van iedereen die we kenden. Dat waren er meer dan we \
dachten, en de lijst heette ‘Onze straat’ in de groepsapp.

‘Een lijst is het begin van alles.’

Daarna belden we iedereen op. Een lijst is het begin van alles.’

Wat was lastig?

Bram Jansen: ‘Tijd vinden naast het werk.’

Aan de slag

Anna de Vries: ‘Begin klein, dat is mijn tip.’
"""


def test_an_answer_over_several_paragraphs_keeps_its_speaker():
    article = parse_text(CONTINUED_INTERVIEW)
    first = next(block for block in article.paragraphs if block.type == "answer")
    assert first.speaker == "Anna de Vries"
    assert first.text.endswith("Daarna belden we iedereen op. Een lijst is het begin van alles.’")
    assert "\n\n" in first.text


def test_a_pull_quote_that_repeats_the_text_appears_once():
    article = parse_text(CONTINUED_INTERVIEW)
    assert [block for block in article.paragraphs if block.type == "quote"] == []


def test_headings_of_an_interview_stay_headings():
    article = parse_text(CONTINUED_INTERVIEW)
    assert Block("heading", "Aan de slag") in article.paragraphs


def test_the_date_the_source_gives_is_kept(tmp_path):
    path = tmp_path / "gesprek.txt"
    path.write_text(CONTINUED_INTERVIEW, encoding="utf-8")
    article = parse_article_file(path)
    assert article.date == datetime.date(2024, 3, 12)
    assert all("12 maart 2024" not in block.text for block in article.paragraphs)
