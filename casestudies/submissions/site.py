"""Puts the "Deel uw praktijk" form under the case-study index, with texts editors can change."""

from casestudies.submissions.models import PracticeSubmissionPage

INTRO = (
    "<p>Heeft uw gemeente of organisatie een aanpak uitgevoerd voor een veiligere of leefbaardere "
    "wijk? Deel hem hier. U heeft geen account nodig.</p>"
    "<p>De redactie leest elke inzending, neemt zo nodig contact met u op en maakt er een "
    "praktijkvoorbeeld van. Niets verschijnt op Wijkkompas voordat de redactie het heeft "
    "gecontroleerd.</p>"
)
PRIVACY_NOTE = (
    "<p>We gebruiken uw contactgegevens alleen om over deze inzending contact met u op te nemen. "
    "Ze komen niet op de website en we delen ze met niemand buiten de redactie.</p>"
)
THANK_YOU = (
    "<p>Dank u wel. De redactie heeft uw praktijk ontvangen en neemt contact met u op als er "
    "vragen zijn. Pas na controle door de redactie verschijnt het praktijkvoorbeeld op "
    "Wijkkompas.</p>"
)


def ensure_submission_page(case_study_index):
    """Return the form page under the index, creating and publishing it when missing."""
    page = PracticeSubmissionPage.objects.child_of(case_study_index).first()
    if page is None:
        page = PracticeSubmissionPage(
            title="Deel uw praktijk",
            slug="deel-uw-praktijk",
            locale=case_study_index.locale,
            intro=INTRO,
            privacy_note=PRIVACY_NOTE,
            thank_you_text=THANK_YOU,
        )
        case_study_index.add_child(instance=page)
        page.save_revision().publish()
    return page
