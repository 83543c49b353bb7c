"""Blocks that describe how a method works: its steps, working elements, partners and evaluations."""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from knowledge.blocks import ParagraphBlock
from knowledge.models import OrganisationType, Phase


class StepBlock(blocks.StructBlock):
    """One step of a method's approach: what happens, in which phase, by whom and how long."""

    phase = blocks.ChoiceBlock(label="Fase", choices=Phase.choices)
    title = blocks.CharBlock(label="Stap", max_length=160)
    activities = ParagraphBlock(label="Activiteiten")
    who = blocks.CharBlock(label="Wie", max_length=250, required=False)
    duration = blocks.CharBlock(label="Duur", max_length=100, required=False)

    class Meta:
        icon = "list-ol"
        template = "blocks/step_block.html"
        label = "Stap"
        description = "Een stap in de aanpak, met fase, activiteiten, uitvoerders en duur."
        preview_value = {
            "phase": "start",
            "title": "Breng de sociale kaart van de wijk in beeld",
            "activities": "<p>Zoek sleutelfiguren en organisaties die willen aanhaken.</p>",
            "who": "Kwartiermaker met de beleidsmedewerker",
            "duration": "2 tot 3 maanden",
        }


class WorkingElementBlock(blocks.StructBlock):
    """An element that makes a method work, with the source that supports it."""

    title = blocks.CharBlock(label="Werkzaam element", max_length=200)
    description = blocks.TextBlock(label="Toelichting", required=False)
    source = blocks.CharBlock(
        label="Bron",
        max_length=300,
        help_text="Onderzoek of literatuur waarop dit element steunt.",
    )

    class Meta:
        icon = "success"
        template = "blocks/working_element_block.html"
        label = "Werkzaam element"
        description = "Een werkzaam element van de methode met de bron die het onderbouwt."
        preview_value = {
            "title": "Contact tussen groepen die elkaar anders niet ontmoeten",
            "description": "Ontmoeting onder gelijke omstandigheden vermindert vooroordelen.",
            "source": "Contacthypothese (Allport, 1954)",
        }


class RequiredPartnerBlock(blocks.StructBlock):
    """A kind of partner a method needs, and the role it plays."""

    partner_type = blocks.ChoiceBlock(label="Soort partner", choices=OrganisationType.choices)
    role = blocks.CharBlock(label="Rol", max_length=250)

    class Meta:
        icon = "group"
        template = "blocks/required_partner_block.html"
        label = "Benodigde partner"
        description = "Een partner die nodig is, met de rol die hij speelt."
        preview_value = {"partner_type": "police", "role": "Deelt signalen in de alliantie"}


class EvaluationBlock(blocks.StructBlock):
    """A published evaluation or study of the method."""

    title = blocks.CharBlock(label="Titel", max_length=250)
    year = blocks.IntegerBlock(label="Jaar", min_value=1990, max_value=2100, required=False)
    document = DocumentChooserBlock(label="Document", required=False)
    url = blocks.URLBlock(label="Link", required=False)
    summary = blocks.TextBlock(label="Belangrijkste uitkomst", required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/evaluation_block.html"
        label = "Evaluatie"
        description = "Een evaluatie of onderzoek naar de methode."
        preview_value = {"title": "Procesevaluatie pilot", "year": 2023}


class ApproachBlock(blocks.StreamBlock):
    step = StepBlock()


class WorkingElementsBlock(blocks.StreamBlock):
    working_element = WorkingElementBlock()


class RequiredPartnersBlock(blocks.StreamBlock):
    partner = RequiredPartnerBlock()


class EvaluationsBlock(blocks.StreamBlock):
    evaluation = EvaluationBlock()
