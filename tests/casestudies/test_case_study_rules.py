"""Rules that keep case studies trustworthy: consent for contacts, sensible periods, images with alt text."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail_factories import ImageFactory

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage, CaseStudyStatus


@pytest.fixture
def case_study(section):
    return CaseStudyPageFactory(parent=section(CaseStudyIndexPage))


def test_peer_contact_without_recorded_consent_is_refused(case_study):
    case_study.peer_contact_name = "Een beleidsadviseur"
    case_study.peer_contact_email = "collega@example.org"
    with pytest.raises(ValidationError) as error:
        case_study.full_clean()
    assert "peer_contact_consent_on" in error.value.message_dict
    assert not case_study.show_peer_contact


def test_peer_contact_with_consent_is_shown(case_study):
    case_study.peer_contact_name = "Een beleidsadviseur"
    case_study.peer_contact_consent_on = datetime.date(2023, 1, 10)
    case_study.full_clean()
    assert case_study.show_peer_contact


def test_a_period_cannot_end_before_it_starts(case_study):
    case_study.start_date = datetime.date(2022, 6, 1)
    case_study.end_date = datetime.date(2021, 6, 1)
    with pytest.raises(ValidationError) as error:
        case_study.full_clean()
    assert "end_date" in error.value.message_dict


def test_period_reads_as_years(case_study):
    case_study.start_date = datetime.date(2021, 7, 1)
    case_study.end_date = datetime.date(2022, 12, 31)
    assert case_study.period == "2021 – 2022"
    case_study.end_date = None
    assert case_study.period == "vanaf 2021"


def test_listing_image_requires_alt_text(case_study):
    case_study.listing_image = ImageFactory()
    case_study.listing_image_alt = "  "
    with pytest.raises(ValidationError) as error:
        case_study.full_clean()
    assert "listing_image_alt" in error.value.message_dict
    case_study.listing_image_alt = "Bewoners bij een buurtfeest"
    case_study.full_clean()


def test_case_study_always_counts_for_its_own_municipality(case_study):
    assert list(case_study.municipalities.all()) == [case_study.municipality]


def test_status_and_province_labels_are_shown_in_the_readers_language(case_study):
    case_study.status = CaseStudyStatus.ENDED
    province = case_study.municipality
    province.province = "zuid-holland"
    with translation.override("nl"):
        assert case_study.get_status_display() == "Afgerond"
        dutch_province = province.get_province_display()
    with translation.override("en"):
        # The labels are kept per field, but still translated when shown.
        assert case_study.get_status_display() == "Ended"
    assert dutch_province == "Zuid-Holland"
    case_study.status = "onbekend"
    assert case_study.get_status_display() == "onbekend"
