"""The method profile's derived facts: evidence validity and the 'Toegepast in' list."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from casestudies.factories import CaseStudyPageFactory
from casestudies.models import CaseStudyIndexPage
from knowledge.factories import MunicipalityFactory
from methods.factories import MethodPageFactory
from methods.models import EvidenceLevel, MethodIndexPage


@pytest.fixture
def method(section):
    return MethodPageFactory(parent=section(MethodIndexPage), title="Alle Kleuren")


def test_recognition_past_its_valid_until_date_is_expired(method):
    today = timezone.localdate()
    method.evidence_valid_until = today - datetime.timedelta(days=1)
    assert method.evidence_expired
    method.evidence_valid_until = today
    assert not method.evidence_expired
    method.evidence_valid_until = None
    assert not method.evidence_expired


def test_recognition_cannot_expire_before_it_was_assessed(method):
    method.evidence_assessed_on = datetime.date(2023, 5, 1)
    method.evidence_valid_until = datetime.date(2022, 5, 1)
    with pytest.raises(ValidationError) as error:
        method.full_clean()
    assert "evidence_valid_until" in error.value.message_dict


def test_an_evidence_level_needs_its_source(method):
    method.evidence_level = EvidenceLevel.GOOD_INDICATIONS
    method.evidence_source = ""
    with pytest.raises(ValidationError) as error:
        method.full_clean()
    assert "evidence_source" in error.value.message_dict


def test_applied_in_lists_only_live_case_studies_of_this_method(method, section):
    index = section(CaseStudyIndexPage)
    lelystad = MunicipalityFactory(name="Lelystad", cbs_code="GM0995")
    almere = MunicipalityFactory(name="Almere", cbs_code="GM0034")
    in_almere = CaseStudyPageFactory(parent=index, method=method, municipality=almere)
    in_lelystad = CaseStudyPageFactory(parent=index, method=method, municipality=lelystad)
    draft = CaseStudyPageFactory(parent=index, method=method, municipality=lelystad)
    draft.unpublish()
    other_method = MethodPageFactory(parent=section(MethodIndexPage))
    CaseStudyPageFactory(parent=index, method=other_method, municipality=almere)

    assert list(method.applied_in()) == [in_almere, in_lelystad]
