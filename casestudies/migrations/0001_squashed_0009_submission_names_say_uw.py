"""The casestudies app's history in one step, replacing its earlier migrations (existing databases
that applied those skip it; see docs/decisions/migrations.md)."""

import casestudies.submissions.models
import django.db.models.deletion
import django.utils.timezone
import knowledge.models.base
import modelcluster.fields
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

from casestudies.migrations._submission_roles import grant, revoke


class Migration(migrations.Migration):

    initial = True

    replaces = [
        ('casestudies', '0001_initial'),
        ('casestudies', '0002_initial'),
        ('casestudies', '0003_initial'),
        ('casestudies', '0004_one_pager_pdf'),
        ('casestudies', '0004_practice_submissions'),
        ('casestudies', '0005_merge_pdf_and_submissions'),
        ('casestudies', '0006_submission_roles'),
        ('casestudies', '0007_listing_newest_first_index'),
        ('casestudies', '0008_status_on'),
        ('casestudies', '0009_submission_names_say_uw'),
    ]

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('knowledge', '0001_squashed_0008_interview_headings'),
        ('methods', '0001_squashed_0003_evidence_recognition'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtaildocs', '0014_alter_document_file_size'),
        ('wagtailimages', '0027_image_description'),
    ]

    operations = [
        migrations.CreateModel(
            name='CaseStudyIndexPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, max_length=600, verbose_name='introductie')),
            ],
            options={
                'verbose_name': 'overzicht praktijkvoorbeelden',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.CreateModel(
            name='PracticeSubmissionPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', wagtail.fields.RichTextField(blank=True, verbose_name='introductie')),
                ('privacy_note', wagtail.fields.RichTextField(blank=True, help_text='Wat er met de gegevens gebeurt. De bewaartermijn van de contactgegevens wordt er automatisch onder gezet.', verbose_name='privacyverklaring')),
                ('thank_you_text', wagtail.fields.RichTextField(blank=True, help_text='Na het versturen.', verbose_name='bedanktekst')),
            ],
            options={
                'verbose_name': "formulier 'Deel uw praktijk'",
            },
            bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page'),
        ),
        migrations.CreateModel(
            name='CaseStudyPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(help_text='Twee of drie zinnen in gewone taal: waar gaat deze pagina over?', max_length=600, verbose_name='samenvatting')),
                ('first_published', models.DateField(blank=True, null=True, verbose_name='eerst gepubliceerd')),
                ('last_reviewed', models.DateField(blank=True, null=True, verbose_name='laatst gecontroleerd')),
                ('listing_image_alt', models.CharField(blank=True, help_text='Verplicht als er een afbeelding is: beschrijf wat erop te zien is.', max_length=250, verbose_name='alternatieve tekst van de afbeelding')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('quote', 6), ('image', 10), ('callout', 13), ('link', 18), ('download', 22)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Tekst', 'max_length': 120}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Kop 2'), ('h3', 'Kop 3'), ('h4', 'Kop 4')], 'label': 'Niveau'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('knowledge.blocks.ParagraphBlock', (), {}), 4: ('wagtail.blocks.TextBlock', (), {'label': 'Citaat'}), 5: ('wagtail.blocks.CharBlock', (), {'label': 'Van wie', 'max_length': 160, 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('quote', 4), ('attribution', 5)]], {}), 7: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Afbeelding'}), 8: ('wagtail.blocks.CharBlock', (), {'help_text': 'Beschrijf wat er op de afbeelding te zien is, voor wie hem niet kan zien.', 'label': 'Alternatieve tekst', 'max_length': 250}), 9: ('wagtail.blocks.CharBlock', (), {'label': 'Bijschrift', 'max_length': 250, 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('image', 7), ('alt_text', 8), ('caption', 9)]], {}), 11: ('wagtail.blocks.CharBlock', (), {'label': 'Titel', 'max_length': 120}), 12: ('knowledge.blocks.ParagraphBlock', (), {'label': 'Tekst'}), 13: ('wagtail.blocks.StructBlock', [[('title', 11), ('text', 12)]], {}), 14: ('wagtail.blocks.CharBlock', (), {'label': 'Linktekst', 'max_length': 160, 'required': False}), 15: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Pagina', 'required': False}), 16: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document', 'required': False}), 17: ('wagtail.blocks.URLBlock', (), {'label': 'Externe link', 'required': False}), 18: ('wagtail.blocks.StructBlock', [[('title', 14), ('page', 15), ('document', 16), ('external_url', 17)]], {}), 19: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 20: ('wagtail.blocks.CharBlock', (), {'label': 'Titel', 'max_length': 160, 'required': False}), 21: ('wagtail.blocks.CharBlock', (), {'label': 'Omschrijving', 'max_length': 250, 'required': False}), 22: ('wagtail.blocks.StructBlock', [[('document', 19), ('title', 20), ('description', 21)]], {})}, verbose_name='inhoud')),
                ('related_pages', wagtail.fields.StreamField([('page', 0)], blank=True, block_lookup={0: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Pagina', 'page_type': ['methods.MethodPage', 'casestudies.CaseStudyPage', 'articles.InterviewPage', 'articles.PracticalTipPage', 'articles.ArticlePage']})}, verbose_name="gerelateerde pagina's")),
                ('downloads', wagtail.fields.StreamField([('download', 3)], blank=True, block_lookup={0: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'Titel', 'max_length': 160, 'required': False}), 2: ('wagtail.blocks.CharBlock', (), {'label': 'Omschrijving', 'max_length': 250, 'required': False}), 3: ('wagtail.blocks.StructBlock', [[('document', 0), ('title', 1), ('description', 2)]], {})}, verbose_name='downloads')),
                ('start_date', models.DateField(blank=True, null=True, verbose_name='begin')),
                ('end_date', models.DateField(blank=True, null=True, verbose_name='einde')),
                ('status', models.CharField(choices=[('planned', 'Gepland'), ('running', 'Loopt'), ('ended', 'Afgerond'), ('embedded', 'Geborgd')], default='running', max_length=20, verbose_name='status')),
                ('status_on', models.DateField(blank=True, help_text="Vul in als de status uit een bron van een bepaalde datum komt en niet door de redactie is nagegaan; lezers zien dan 'stand van zaken' met die datum.", null=True, verbose_name='stand van zaken op')),
                ('partners', wagtail.fields.StreamField([('partner', 2)], blank=True, block_lookup={0: ('wagtail.snippets.blocks.SnippetChooserBlock', ('knowledge.Organisation',), {'label': 'Organisatie'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'Rol', 'max_length': 250}), 2: ('wagtail.blocks.StructBlock', [[('organisation', 0), ('role', 1)]], {})}, verbose_name='partners')),
                ('context', wagtail.fields.RichTextField(blank=True, verbose_name='lokale situatie')),
                ('adaptations', wagtail.fields.StreamField([('adaptation', 2)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Wat is aangepast', 'max_length': 250}), 1: ('wagtail.blocks.TextBlock', (), {'label': 'Waarom'}), 2: ('wagtail.blocks.StructBlock', [[('adaptation', 0), ('reason', 1)]], {})}, verbose_name='lokale aanpassingen en waarom')),
                ('activities', wagtail.fields.RichTextField(blank=True, verbose_name='activiteiten')),
                ('reach', models.TextField(blank=True, help_text='Wie en hoeveel mensen zijn bereikt?', verbose_name='bereik')),
                ('results', wagtail.fields.RichTextField(blank=True, verbose_name='resultaten')),
                ('lessons_worked', wagtail.fields.RichTextField(blank=True, verbose_name='wat werkte')),
                ('lessons_did_not_work', wagtail.fields.RichTextField(blank=True, verbose_name='wat werkte niet')),
                ('budget_band', models.CharField(blank=True, choices=[('', 'Onbekend'), ('up_to_10k', 'Tot € 10.000'), ('10k_50k', '€ 10.000 – € 50.000'), ('50k_100k', '€ 50.000 – € 100.000'), ('above_100k', 'Meer dan € 100.000')], max_length=20, verbose_name='budget')),
                ('funding', models.CharField(blank=True, max_length=250, verbose_name='financiering')),
                ('peer_contact_name', models.CharField(blank=True, max_length=160, verbose_name='naam collega-contact')),
                ('peer_contact_role', models.CharField(blank=True, max_length=160, verbose_name='functie collega-contact')),
                ('peer_contact_email', models.EmailField(blank=True, max_length=254, verbose_name='e-mail collega-contact')),
                ('peer_contact_consent_on', models.DateField(blank=True, help_text='Een collega-contact wordt alleen getoond als de toestemming is vastgelegd.', null=True, verbose_name='toestemming vastgelegd op')),
                ('authors', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.person', verbose_name='auteurs')),
                ('evaluation_document', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='evaluatie')),
                ('lead_organisation', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='led_case_studies', to='knowledge.organisation', verbose_name='uitvoerende organisatie')),
                ('listing_image', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='afbeelding in overzichten')),
                ('method', models.ForeignKey(blank=True, help_text='Leeg laten bij een eigen, lokale aanpak.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='case_studies', to='methods.methodpage', verbose_name='methode')),
                ('municipalities', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.municipality', verbose_name='gemeenten')),
                ('municipality', models.ForeignKey(null=True, on_delete=django.db.models.deletion.PROTECT, related_name='case_studies', to='knowledge.municipality', verbose_name='gemeente')),
                ('neighbourhoods', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='case_studies', to='knowledge.neighbourhood', verbose_name='wijken')),
                ('one_pager_pdf', models.ForeignKey(blank=True, help_text='Laat leeg om de pdf automatisch uit de gegevens van deze pagina te maken. Kies een pdf-document om in plaats daarvan dat bestand aan te bieden.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='eigen pdf van de onepager')),
                ('organisations', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.organisation', verbose_name='organisaties')),
                ('programme', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='case_studies', to='knowledge.programme', verbose_name='programma')),
                ('target_groups', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.targetgroup', verbose_name='doelgroepen')),
                ('themes', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.theme', verbose_name="thema's")),
            ],
            options={
                'verbose_name': 'praktijkvoorbeeld',
                'verbose_name_plural': 'praktijkvoorbeelden',
            },
            bases=(knowledge.models.base.OnePagerMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='PracticeSubmission',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('submitted_at', models.DateTimeField(db_index=True, default=django.utils.timezone.now, verbose_name='ingezonden op')),
                ('language', models.CharField(default='nl', max_length=10, verbose_name='taal')),
                ('status', models.CharField(choices=[('open', 'Open'), ('handled', 'Afgehandeld')], default='open', max_length=20, verbose_name='status')),
                ('handled_at', models.DateTimeField(blank=True, null=True, verbose_name='afgehandeld op')),
                ('organisation', models.CharField(max_length=200, verbose_name='organisatie')),
                ('municipality_name', models.CharField(max_length=200, verbose_name='gemeente (zoals ingevuld)')),
                ('contact_name', models.CharField(blank=True, max_length=160, verbose_name='naam contactpersoon')),
                ('contact_email', models.EmailField(blank=True, max_length=254, verbose_name='e-mail contactpersoon')),
                ('contact_phone', models.CharField(blank=True, max_length=40, verbose_name='telefoon contactpersoon')),
                ('contact_consent_at', models.DateTimeField(blank=True, null=True, verbose_name='toestemming gegeven op')),
                ('contact_removed_at', models.DateTimeField(blank=True, null=True, verbose_name='contactgegevens verwijderd op')),
                ('title', models.CharField(max_length=200, verbose_name='naam van de aanpak')),
                ('description', models.TextField(verbose_name='beschrijving')),
                ('start_date', models.DateField(blank=True, null=True, verbose_name='begin')),
                ('end_date', models.DateField(blank=True, null=True, verbose_name='einde')),
                ('results', models.TextField(blank=True, verbose_name='resultaten')),
                ('lessons', models.TextField(blank=True, verbose_name='lessen')),
                ('attachment', models.FileField(blank=True, max_length=200, storage=casestudies.submissions.models.submission_storage, upload_to=casestudies.submissions.models.submission_upload_to, verbose_name='bijlage')),
                ('attachment_name', models.CharField(blank=True, max_length=200, verbose_name='bestandsnaam bijlage')),
                ('case_study', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='casestudies.casestudypage', verbose_name='concept-praktijkvoorbeeld')),
                ('method', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='methods.methodpage', verbose_name='gebruikte methode')),
                ('municipality', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='knowledge.municipality', verbose_name='gemeente')),
            ],
            options={
                'verbose_name': "inzending 'Deel uw praktijk'",
                'verbose_name_plural': "inzendingen 'Deel uw praktijk'",
                'ordering': ['-submitted_at'],
            },
        ),
        migrations.AddIndex(
            model_name='casestudypage',
            index=models.Index(fields=['-start_date', '-page_ptr'], name='casestudy_newest_first'),
        ),
        migrations.RunPython(grant, revoke),
    ]
