"""The shared vocabularies every page is tagged with: translatable snippets from one abstract base."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    """A term in one of the platform's vocabularies: a name, a slug for URLs, a description."""

    name = models.CharField("naam", max_length=200)
    slug = models.SlugField("slug", max_length=200, allow_unicode=False)
    description = models.TextField("omschrijving", blank=True)
    sort_order = models.IntegerField("volgorde", default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    # The slug is shared by every language, so a term's overview page has the same address
    # in each language and the language switcher can always find it.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:200]
        super().save(*args, **kwargs)


def unique_slug_per_locale(model_name):
    return models.UniqueConstraint(
        fields=["locale", "slug"], name=f"knowledge_{model_name}_unique_slug_per_locale"
    )


class Theme(TaxonomyTerm):
    """What a page is about (safety, inclusion, participation…); themes nest one level or more."""

    parent = models.ForeignKey(
        "self",
        verbose_name="bovenliggend thema",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )

    panels = [*TaxonomyTerm.panels, FieldPanel("parent")]
    translatable_fields = [*TaxonomyTerm.translatable_fields, TranslatableField("parent")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")
        constraints = [unique_slug_per_locale("theme")]


class TargetGroup(TaxonomyTerm):
    """Who an approach is meant to reach, in the end (residents) or on the way (professionals)."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")
        constraints = [unique_slug_per_locale("targetgroup")]


class Province(models.TextChoices):
    DRENTHE = "drenthe", "Drenthe"
    FLEVOLAND = "flevoland", "Flevoland"
    FRIESLAND = "friesland", "Fryslân"
    GELDERLAND = "gelderland", "Gelderland"
    GRONINGEN = "groningen", "Groningen"
    LIMBURG = "limburg", "Limburg"
    NOORD_BRABANT = "noord-brabant", "Noord-Brabant"
    NOORD_HOLLAND = "noord-holland", "Noord-Holland"
    OVERIJSSEL = "overijssel", "Overijssel"
    UTRECHT = "utrecht", "Utrecht"
    ZEELAND = "zeeland", "Zeeland"
    ZUID_HOLLAND = "zuid-holland", "Zuid-Holland"


class Municipality(TaxonomyTerm):
    """A Dutch municipality, identified by its CBS code, where approaches are carried out."""

    cbs_code = models.CharField(
        "CBS-code",
        max_length=6,
        validators=[
            RegexValidator(r"^GM\d{4}$", "Een CBS-gemeentecode is GM gevolgd door vier cijfers.")
        ],
        help_text="Bijvoorbeeld GM0599 voor Rotterdam.",
    )
    province = models.CharField("provincie", max_length=20, choices=Province.choices)
    # Where the implementation map puts it (casestudies/maps/): the position of its seat, filled
    # in by `manage.py load_municipality_places` or typed in by an editor.
    seat = models.CharField(
        "hoofdplaats",
        max_length=100,
        blank=True,
        help_text=(
            "De plaats van het gemeentehuis, als die anders heet dan de gemeente (bijvoorbeeld "
            "Spijkenisse voor Nissewaard). Zo vindt het inlezen van posities de gemeente."
        ),
    )
    latitude = models.DecimalField(
        "breedtegraad",
        max_digits=7,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[
            MinValueValidator(50.7, "Dat ligt ten zuiden van Nederland (minstens 50.7)."),
            MaxValueValidator(53.6, "Dat ligt ten noorden van Nederland (hoogstens 53.6)."),
        ],
        help_text="In graden noorderbreedte (WGS84), bijvoorbeeld 51.92250 voor Rotterdam.",
    )
    longitude = models.DecimalField(
        "lengtegraad",
        max_digits=7,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[
            MinValueValidator(3.3, "Dat ligt ten westen van Nederland (minstens 3.3)."),
            MaxValueValidator(7.3, "Dat ligt ten oosten van Nederland (hoogstens 7.3)."),
        ],
        help_text="In graden oosterlengte (WGS84), bijvoorbeeld 4.47917 voor Rotterdam.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("cbs_code"),
        FieldPanel("province"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
        MultiFieldPanel(
            [
                FieldPanel("seat"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading="Positie op de kaart",
        ),
    ]
    # A municipality's CBS code, province and position are facts, the same in every language.
    translatable_fields = [
        *TaxonomyTerm.translatable_fields,
        SynchronizedField("cbs_code"),
        SynchronizedField("province"),
        SynchronizedField("seat"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
    ]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")
        constraints = [
            unique_slug_per_locale("municipality"),
            models.UniqueConstraint(
                fields=["locale", "cbs_code"], name="knowledge_municipality_unique_cbs_per_locale"
            ),
        ]

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            missing = "longitude" if self.longitude is None else "latitude"
            raise ValidationError(
                {missing: "Vul breedte- én lengtegraad in, of laat ze allebei leeg."}
            )

    @property
    def is_placed(self):
        return self.latitude is not None and self.longitude is not None


class Neighbourhood(TaxonomyTerm):
    """A neighbourhood or district within a municipality, the scale at which approaches work."""

    municipality = models.ForeignKey(
        Municipality,
        verbose_name="gemeente",
        on_delete=models.CASCADE,
        related_name="neighbourhoods",
    )
    cbs_code = models.CharField(
        "CBS-code (wijk of buurt)",
        max_length=10,
        blank=True,
        validators=[
            RegexValidator(
                r"^(WK\d{6}|BU\d{8})$", "Gebruik een CBS-wijkcode (WK…) of buurtcode (BU…)."
            )
        ],
    )

    panels = [*TaxonomyTerm.panels, FieldPanel("municipality"), FieldPanel("cbs_code")]
    translatable_fields = [
        *TaxonomyTerm.translatable_fields,
        TranslatableField("municipality"),
        SynchronizedField("cbs_code"),
    ]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("wijk")
        verbose_name_plural = _("wijken")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "municipality", "slug"],
                name="knowledge_neighbourhood_unique_slug_per_municipality",
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.municipality.name})"


class OrganisationType(models.TextChoices):
    MUNICIPALITY = "municipality", _("Gemeente")
    MINISTRY = "ministry", _("Rijksoverheid")
    KNOWLEDGE_INSTITUTE = "knowledge_institute", _("Kennisinstituut")
    EMANCIPATION = "emancipation", _("Emancipatie- of belangenorganisatie")
    WELFARE = "welfare", _("Welzijnsorganisatie")
    RESIDENTS = "residents", _("Bewonersinitiatief")
    POLICE = "police", _("Politie")
    HOUSING = "housing", _("Woningcorporatie")
    ANTIDISCRIMINATION = "antidiscrimination", _("Antidiscriminatievoorziening")
    OTHER = "other", _("Overig")


class Organisation(TaxonomyTerm):
    """An organisation that owns, carries out or funds an approach."""

    organisation_type = models.CharField(
        "soort organisatie", max_length=30, choices=OrganisationType.choices
    )
    website = models.URLField("website", blank=True)

    panels = [*TaxonomyTerm.panels, FieldPanel("organisation_type"), FieldPanel("website")]
    translatable_fields = [
        *TaxonomyTerm.translatable_fields,
        SynchronizedField("organisation_type"),
        SynchronizedField("website"),
    ]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        constraints = [unique_slug_per_locale("organisation")]


class Programme(TaxonomyTerm):
    """A programme or pilot an approach is carried out in, such as Regenboogsteden → Veilige Wijken."""

    parent = models.ForeignKey(
        "self",
        verbose_name="onderdeel van",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )
    funder = models.ForeignKey(
        Organisation,
        verbose_name="financier",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="funded_programmes",
    )

    panels = [*TaxonomyTerm.panels, FieldPanel("parent"), FieldPanel("funder")]
    translatable_fields = [
        *TaxonomyTerm.translatable_fields,
        TranslatableField("parent"),
        TranslatableField("funder"),
    ]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("programma")
        verbose_name_plural = _("programma's")
        constraints = [unique_slug_per_locale("programme")]

    def __str__(self):
        if self.parent_id:
            return f"{self.parent.name} → {self.name}"
        return self.name


class Person(TranslatableMixin, index.Indexed, models.Model):
    """Someone who wrote, was interviewed about or can be contacted on an approach."""

    name = models.CharField("naam", max_length=200)
    role = models.CharField("functie of rol", max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name="organisatie",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("organisation")]
    # A person's name is theirs in every language; their role is translated.
    translatable_fields = [
        SynchronizedField("name"),
        TranslatableField("role"),
        TranslatableField("organisation"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("persoon")
        verbose_name_plural = _("personen")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def description(self):
        """Role and organisation as one phrase, e.g. 'projectleider, Dona Daria'."""
        parts = [self.role, self.organisation.name if self.organisation_id else ""]
        return ", ".join(part for part in parts if part)
