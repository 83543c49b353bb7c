"""The knowledge app's models: the taxonomy, the shared content page and the platform's own pages."""

from knowledge.models.accessibility import AccessibilityStatementPage
from knowledge.models.base import ContentPage
from knowledge.models.figures import AreaFigures, SizeClass, Urbanity
from knowledge.models.pages import (
    CostBand,
    HomePage,
    ListingIndexPage,
    MunicipalityIndexPage,
    Phase,
    StandardPage,
    TaxonomyIndexPage,
    ThemeIndexPage,
)
from knowledge.models.taxonomy import (
    Municipality,
    Neighbourhood,
    Organisation,
    OrganisationType,
    Person,
    Programme,
    Province,
    TargetGroup,
    TaxonomyTerm,
    Theme,
)
from knowledge.models.workflow import EditorialReviewTask

__all__ = [
    "AccessibilityStatementPage",
    "AreaFigures",
    "ContentPage",
    "CostBand",
    "EditorialReviewTask",
    "HomePage",
    "ListingIndexPage",
    "Municipality",
    "MunicipalityIndexPage",
    "Neighbourhood",
    "Organisation",
    "OrganisationType",
    "Person",
    "Phase",
    "Programme",
    "Province",
    "StandardPage",
    "TargetGroup",
    "TaxonomyIndexPage",
    "TaxonomyTerm",
    "ThemeIndexPage",
    "Theme",
    "SizeClass",
    "Urbanity",
]
