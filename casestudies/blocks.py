"""Blocks that describe a case study: its partners and what it changed locally, and why."""

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class PartnerBlock(blocks.StructBlock):
    """An organisation that took part, and what it did."""

    organisation = SnippetChooserBlock("knowledge.Organisation", label="Organisatie")
    role = blocks.CharBlock(label="Rol", max_length=250)

    class Meta:
        icon = "group"
        template = "blocks/partner_block.html"
        label = "Partner"
        description = "Een partnerorganisatie met haar rol in de uitvoering."
        preview_value = {"role": "Wijkagent neemt deel aan de alliantie"}


class AdaptationBlock(blocks.StructBlock):
    """A local change to a method, with the reason: what another municipality most needs to know."""

    adaptation = blocks.CharBlock(label="Wat is aangepast", max_length=250)
    reason = blocks.TextBlock(label="Waarom")

    class Meta:
        icon = "cog"
        template = "blocks/adaptation_block.html"
        label = "Lokale aanpassing"
        description = "Een aanpassing van de methode aan de lokale situatie, met de reden."
        preview_value = {
            "adaptation": "Training voor sleutelfiguren toegevoegd",
            "reason": "Bewoners wilden wel, maar wisten niet hoe ze moesten beginnen.",
        }


class PartnersBlock(blocks.StreamBlock):
    partner = PartnerBlock()


class AdaptationsBlock(blocks.StreamBlock):
    adaptation = AdaptationBlock()
