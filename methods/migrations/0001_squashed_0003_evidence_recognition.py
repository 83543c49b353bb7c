"""The methods app's history in one step, replacing its earlier migrations (existing databases
that applied those skip it; see docs/decisions/migrations.md)."""

import django.db.models.deletion
import knowledge.models.base
import modelcluster.fields
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    replaces = [
        ('methods', '0001_initial'),
        ('methods', '0002_one_pager_pdf'),
        ('methods', '0003_evidence_recognition'),
    ]

    dependencies = [
        ('knowledge', '0001_squashed_0008_interview_headings'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtaildocs', '0014_alter_document_file_size'),
        ('wagtailimages', '0027_image_description'),
    ]

    operations = [
        migrations.CreateModel(
            name='MethodIndexPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, max_length=600, verbose_name='introductie')),
            ],
            options={
                'verbose_name': 'methodeoverzicht',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.CreateModel(
            name='MethodPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(help_text='Twee of drie zinnen in gewone taal: waar gaat deze pagina over?', max_length=600, verbose_name='samenvatting')),
                ('first_published', models.DateField(blank=True, null=True, verbose_name='eerst gepubliceerd')),
                ('last_reviewed', models.DateField(blank=True, null=True, verbose_name='laatst gecontroleerd')),
                ('listing_image_alt', models.CharField(blank=True, help_text='Verplicht als er een afbeelding is: beschrijf wat erop te zien is.', max_length=250, verbose_name='alternatieve tekst van de afbeelding')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('quote', 6), ('image', 10), ('callout', 13), ('link', 18), ('download', 22)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Tekst', 'max_length': 120}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Kop 2'), ('h3', 'Kop 3'), ('h4', 'Kop 4')], 'label': 'Niveau'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('knowledge.blocks.ParagraphBlock', (), {}), 4: ('wagtail.blocks.TextBlock', (), {'label': 'Citaat'}), 5: ('wagtail.blocks.CharBlock', (), {'label': 'Van wie', 'max_length': 160, 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('quote', 4), ('attribution', 5)]], {}), 7: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Afbeelding'}), 8: ('wagtail.blocks.CharBlock', (), {'help_text': 'Beschrijf wat er op de afbeelding te zien is, voor wie hem niet kan zien.', 'label': 'Alternatieve tekst', 'max_length': 250}), 9: ('wagtail.blocks.CharBlock', (), {'label': 'Bijschrift', 'max_length': 250, 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('image', 7), ('alt_text', 8), ('caption', 9)]], {}), 11: ('wagtail.blocks.CharBlock', (), {'label': 'Titel', 'max_length': 120}), 12: ('knowledge.blocks.ParagraphBlock', (), {'label': 'Tekst'}), 13: ('wagtail.blocks.StructBlock', [[('title', 11), ('text', 12)]], {}), 14: ('wagtail.blocks.CharBlock', (), {'label': 'Linktekst', 'max_length': 160, 'required': False}), 15: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Pagina', 'required': False}), 16: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document', 'required': False}), 17: ('wagtail.blocks.URLBlock', (), {'label': 'Externe link', 'required': False}), 18: ('wagtail.blocks.StructBlock', [[('title', 14), ('page', 15), ('document', 16), ('external_url', 17)]], {}), 19: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 20: ('wagtail.blocks.CharBlock', (), {'label': 'Titel', 'max_length': 160, 'required': False}), 21: ('wagtail.blocks.CharBlock', (), {'label': 'Omschrijving', 'max_length': 250, 'required': False}), 22: ('wagtail.blocks.StructBlock', [[('document', 19), ('title', 20), ('description', 21)]], {})}, verbose_name='inhoud')),
                ('related_pages', wagtail.fields.StreamField([('page', 0)], blank=True, block_lookup={0: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Pagina', 'page_type': ['methods.MethodPage', 'casestudies.CaseStudyPage', 'articles.InterviewPage', 'articles.PracticalTipPage', 'articles.ArticlePage']})}, verbose_name="gerelateerde pagina's")),
                ('downloads', wagtail.fields.StreamField([('download', 3)], blank=True, block_lookup={0: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'Titel', 'max_length': 160, 'required': False}), 2: ('wagtail.blocks.CharBlock', (), {'label': 'Omschrijving', 'max_length': 250, 'required': False}), 3: ('wagtail.blocks.StructBlock', [[('document', 0), ('title', 1), ('description', 2)]], {})}, verbose_name='downloads')),
                ('problem', wagtail.fields.RichTextField(verbose_name='probleem dat de methode aanpakt')),
                ('goals', wagtail.fields.RichTextField(verbose_name='doelen')),
                ('approach', wagtail.fields.StreamField([('step', 5)], blank=True, block_lookup={0: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('explore', 'Verkennen'), ('start', 'Starten'), ('carry_out', 'Uitvoeren'), ('embed', 'Borgen'), ('evaluate', 'Evalueren')], 'label': 'Fase'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'Stap', 'max_length': 160}), 2: ('knowledge.blocks.ParagraphBlock', (), {'label': 'Activiteiten'}), 3: ('wagtail.blocks.CharBlock', (), {'label': 'Wie', 'max_length': 250, 'required': False}), 4: ('wagtail.blocks.CharBlock', (), {'label': 'Duur', 'max_length': 100, 'required': False}), 5: ('wagtail.blocks.StructBlock', [[('phase', 0), ('title', 1), ('activities', 2), ('who', 3), ('duration', 4)]], {})}, verbose_name='aanpak in stappen')),
                ('working_elements', wagtail.fields.StreamField([('working_element', 3)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Werkzaam element', 'max_length': 200}), 1: ('wagtail.blocks.TextBlock', (), {'label': 'Toelichting', 'required': False}), 2: ('wagtail.blocks.CharBlock', (), {'help_text': 'Onderzoek of literatuur waarop dit element steunt.', 'label': 'Bron', 'max_length': 300}), 3: ('wagtail.blocks.StructBlock', [[('title', 0), ('description', 1), ('source', 2)]], {})}, verbose_name='werkzame elementen')),
                ('theory_of_change', wagtail.fields.RichTextField(blank=True, verbose_name='veranderingstheorie')),
                ('conditions_for_success', wagtail.fields.RichTextField(blank=True, verbose_name='voorwaarden voor succes')),
                ('required_partners', wagtail.fields.StreamField([('partner', 2)], blank=True, block_lookup={0: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('municipality', 'Gemeente'), ('ministry', 'Rijksoverheid'), ('knowledge_institute', 'Kennisinstituut'), ('emancipation', 'Emancipatie- of belangenorganisatie'), ('welfare', 'Welzijnsorganisatie'), ('residents', 'Bewonersinitiatief'), ('police', 'Politie'), ('housing', 'Woningcorporatie'), ('antidiscrimination', 'Antidiscriminatievoorziening'), ('other', 'Overig')], 'label': 'Soort partner'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'Rol', 'max_length': 250}), 2: ('wagtail.blocks.StructBlock', [[('partner_type', 0), ('role', 1)]], {})}, verbose_name='benodigde partners')),
                ('expertise_needed', wagtail.fields.RichTextField(blank=True, verbose_name='benodigde expertise')),
                ('duration', models.CharField(blank=True, max_length=120, verbose_name='looptijd')),
                ('intensity', models.CharField(blank=True, max_length=200, verbose_name='intensiteit')),
                ('cost_band', models.CharField(blank=True, choices=[('', 'Onbekend'), ('up_to_10k', 'Tot € 10.000'), ('10k_50k', '€ 10.000 – € 50.000'), ('50k_100k', '€ 50.000 – € 100.000'), ('above_100k', 'Meer dan € 100.000')], max_length=20, verbose_name='kosten')),
                ('cost_notes', models.TextField(blank=True, verbose_name='toelichting op de kosten')),
                ('evidence_level', models.CharField(choices=[('none', 'Niet beoordeeld'), ('owner_described', 'Beschreven door de eigenaar'), ('not_recognised', 'Niet erkend'), ('well_described', 'Goed beschreven'), ('well_founded', 'Goed onderbouwd'), ('first_indications', 'Eerste aanwijzingen voor effectiviteit'), ('good_indications', 'Goede aanwijzingen voor effectiviteit'), ('strong_indications', 'Sterke aanwijzingen voor effectiviteit')], default='none', max_length=30, verbose_name='mate van onderbouwing')),
                ('evidence_source', models.CharField(blank=True, help_text='De databank die de methode erkende, bijvoorbeeld de Databank Effectieve Sociale Interventies van Movisie. Verplicht bij een erkenningsniveau.', max_length=250, verbose_name='erkennende databank')),
                ('databank_id', models.CharField(blank=True, max_length=60, verbose_name='nummer in de databank')),
                ('databank_url', models.URLField(blank=True, help_text='Verplicht bij een erkenningsniveau: lezers moeten de erkenning kunnen nagaan.', verbose_name='link naar de methode in de databank')),
                ('evidence_notes', models.TextField(blank=True, help_text="Bij 'niet erkend' (verplicht): de reden, als vervolg op 'Niet erkend, omdat …'. Anders: wat een lezer moet weten, bijvoorbeeld waarop een beschrijving door de eigenaar steunt.", verbose_name='toelichting op de onderbouwing')),
                ('evidence_assessed_on', models.DateField(blank=True, null=True, verbose_name='beoordeeld op')),
                ('evidence_valid_until', models.DateField(blank=True, null=True, verbose_name='erkenning geldig tot')),
                ('evaluations', wagtail.fields.StreamField([('evaluation', 5)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Titel', 'max_length': 250}), 1: ('wagtail.blocks.IntegerBlock', (), {'label': 'Jaar', 'max_value': 2100, 'min_value': 1990, 'required': False}), 2: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document', 'required': False}), 3: ('wagtail.blocks.URLBlock', (), {'label': 'Link', 'required': False}), 4: ('wagtail.blocks.TextBlock', (), {'label': 'Belangrijkste uitkomst', 'required': False}), 5: ('wagtail.blocks.StructBlock', [[('title', 0), ('year', 1), ('document', 2), ('url', 3), ('summary', 4)]], {})}, verbose_name='evaluaties')),
                ('contact_role', models.CharField(blank=True, help_text="Een rol, geen persoon: bijvoorbeeld 'projectleider Samen in de Wijk'.", max_length=160, verbose_name='contact (rol)')),
                ('contact_email', models.EmailField(blank=True, max_length=254, verbose_name='contact e-mail')),
                ('contact_phone', models.CharField(blank=True, max_length=40, verbose_name='contact telefoon')),
                ('authors', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.person', verbose_name='auteurs')),
                ('handbook', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='handboek')),
                ('intermediate_target_groups', modelcluster.fields.ParentalManyToManyField(blank=True, help_text='Wie de methode uitvoert of doorgeeft, zoals professionals of sleutelfiguren.', related_name='+', to='knowledge.targetgroup', verbose_name='intermediaire doelgroepen')),
                ('listing_image', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='afbeelding in overzichten')),
                ('municipalities', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.municipality', verbose_name='gemeenten')),
                ('one_pager_pdf', models.ForeignKey(blank=True, help_text='Laat leeg om de pdf automatisch uit de gegevens van deze pagina te maken. Kies een pdf-document om in plaats daarvan dat bestand aan te bieden.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='eigen pdf van de onepager')),
                ('organisations', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.organisation', verbose_name='organisaties')),
                ('owner_organisation', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='owned_methods', to='knowledge.organisation', verbose_name='eigenaar van de methode')),
                ('target_groups', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.targetgroup', verbose_name='doelgroepen')),
                ('themes', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.theme', verbose_name="thema's")),
            ],
            options={
                'verbose_name': 'methode',
                'verbose_name_plural': 'methoden',
            },
            bases=(knowledge.models.base.OnePagerMixin, 'wagtailcore.page', models.Model),
        ),
    ]
