"""The knowledge app's history in one step, replacing its earlier migrations (existing databases
that applied those skip it; see docs/decisions/migrations.md)."""

import django.core.validators
import django.db.models.deletion
import modelsearch.index
import uuid
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

from knowledge.migrations._editorial_setup import create_locales, create_roles, remove_roles


class Migration(migrations.Migration):

    initial = True

    replaces = [
        ('knowledge', '0001_initial'),
        ('knowledge', '0002_initial'),
        ('knowledge', '0003_editorial_roles'),
        ('knowledge', '0003_english_locale'),
        ('knowledge', '0004_merge_roles_and_english'),
        ('knowledge', '0005_accessibility_statement_page'),
        ('knowledge', '0005_listing_newest_first_index'),
        ('knowledge', '0006_merge_accessibility_and_listing_indexes'),
        ('knowledge', '0007_editorial_review_task'),
        ('knowledge', '0008_interview_headings'),
    ]

    dependencies = [
        ('wagtailadmin', '0006_formstate'),
        ('wagtailimages', '0027_image_description'),
        ('wagtailredirects', '0008_add_verbose_name_plural'),
        ('wagtailsearchpromotions', '0008_query_verbose_name'),
        ('wagtail_localize', '0016_rename_page_revision_translationlog_revision'),
        ('auth', '0012_alter_user_first_name_max_length'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtaildocs', '0014_alter_document_file_size'),
    ]

    operations = [
        migrations.CreateModel(
            name='HomePage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(max_length=600, verbose_name='introductie')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('quote', 6), ('image', 10), ('callout', 13), ('link', 18), ('download', 22)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Tekst', 'max_length': 120}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Kop 2'), ('h3', 'Kop 3'), ('h4', 'Kop 4')], 'label': 'Niveau'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('knowledge.blocks.ParagraphBlock', (), {}), 4: ('wagtail.blocks.TextBlock', (), {'label': 'Citaat'}), 5: ('wagtail.blocks.CharBlock', (), {'label': 'Van wie', 'max_length': 160, 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('quote', 4), ('attribution', 5)]], {}), 7: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Afbeelding'}), 8: ('wagtail.blocks.CharBlock', (), {'help_text': 'Beschrijf wat er op de afbeelding te zien is, voor wie hem niet kan zien.', 'label': 'Alternatieve tekst', 'max_length': 250}), 9: ('wagtail.blocks.CharBlock', (), {'label': 'Bijschrift', 'max_length': 250, 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('image', 7), ('alt_text', 8), ('caption', 9)]], {}), 11: ('wagtail.blocks.CharBlock', (), {'label': 'Titel', 'max_length': 120}), 12: ('knowledge.blocks.ParagraphBlock', (), {'label': 'Tekst'}), 13: ('wagtail.blocks.StructBlock', [[('title', 11), ('text', 12)]], {}), 14: ('wagtail.blocks.CharBlock', (), {'label': 'Linktekst', 'max_length': 160, 'required': False}), 15: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Pagina', 'required': False}), 16: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document', 'required': False}), 17: ('wagtail.blocks.URLBlock', (), {'label': 'Externe link', 'required': False}), 18: ('wagtail.blocks.StructBlock', [[('title', 14), ('page', 15), ('document', 16), ('external_url', 17)]], {}), 19: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 20: ('wagtail.blocks.CharBlock', (), {'label': 'Titel', 'max_length': 160, 'required': False}), 21: ('wagtail.blocks.CharBlock', (), {'label': 'Omschrijving', 'max_length': 250, 'required': False}), 22: ('wagtail.blocks.StructBlock', [[('document', 19), ('title', 20), ('description', 21)]], {})}, verbose_name='inhoud')),
            ],
            options={
                'verbose_name': 'homepagina',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.CreateModel(
            name='MunicipalityIndexPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, max_length=600, verbose_name='introductie')),
            ],
            options={
                'verbose_name': 'gemeentenoverzicht',
            },
            bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page'),
        ),
        migrations.CreateModel(
            name='StandardPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, max_length=600, verbose_name='samenvatting')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('quote', 6), ('image', 10), ('callout', 13), ('link', 18), ('download', 22)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Tekst', 'max_length': 120}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Kop 2'), ('h3', 'Kop 3'), ('h4', 'Kop 4')], 'label': 'Niveau'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('knowledge.blocks.ParagraphBlock', (), {}), 4: ('wagtail.blocks.TextBlock', (), {'label': 'Citaat'}), 5: ('wagtail.blocks.CharBlock', (), {'label': 'Van wie', 'max_length': 160, 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('quote', 4), ('attribution', 5)]], {}), 7: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Afbeelding'}), 8: ('wagtail.blocks.CharBlock', (), {'help_text': 'Beschrijf wat er op de afbeelding te zien is, voor wie hem niet kan zien.', 'label': 'Alternatieve tekst', 'max_length': 250}), 9: ('wagtail.blocks.CharBlock', (), {'label': 'Bijschrift', 'max_length': 250, 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('image', 7), ('alt_text', 8), ('caption', 9)]], {}), 11: ('wagtail.blocks.CharBlock', (), {'label': 'Titel', 'max_length': 120}), 12: ('knowledge.blocks.ParagraphBlock', (), {'label': 'Tekst'}), 13: ('wagtail.blocks.StructBlock', [[('title', 11), ('text', 12)]], {}), 14: ('wagtail.blocks.CharBlock', (), {'label': 'Linktekst', 'max_length': 160, 'required': False}), 15: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Pagina', 'required': False}), 16: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document', 'required': False}), 17: ('wagtail.blocks.URLBlock', (), {'label': 'Externe link', 'required': False}), 18: ('wagtail.blocks.StructBlock', [[('title', 14), ('page', 15), ('document', 16), ('external_url', 17)]], {}), 19: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 20: ('wagtail.blocks.CharBlock', (), {'label': 'Titel', 'max_length': 160, 'required': False}), 21: ('wagtail.blocks.CharBlock', (), {'label': 'Omschrijving', 'max_length': 250, 'required': False}), 22: ('wagtail.blocks.StructBlock', [[('document', 19), ('title', 20), ('description', 21)]], {})}, verbose_name='inhoud')),
            ],
            options={
                'verbose_name': 'informatiepagina',
                'verbose_name_plural': "informatiepagina's",
            },
            bases=('wagtailcore.page',),
        ),
        migrations.CreateModel(
            name='ThemeIndexPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, max_length=600, verbose_name='introductie')),
            ],
            options={
                'verbose_name': 'themaoverzicht',
            },
            bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page'),
        ),
        migrations.CreateModel(
            name='AccessibilityStatementPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, max_length=600, verbose_name='samenvatting')),
                ('standard', models.CharField(default='WCAG 2.1 niveau AA', help_text='De norm waaraan we toetsen.', max_length=80, verbose_name='norm')),
                ('compliance_status', models.CharField(choices=[('a', 'Voldoet volledig aan de eisen'), ('b', 'Voldoet gedeeltelijk aan de eisen'), ('c', 'Eerste maatregelen genomen'), ('d', 'Maatregelen genomen'), ('e', 'Voldoet niet aan de eisen')], default='b', max_length=1, verbose_name='nalevingsstatus')),
                ('last_checked', models.DateField(blank=True, null=True, verbose_name='datum laatste toetsing')),
                ('check_method', models.TextField(blank=True, help_text='Bijvoorbeeld een eigen toets met automatische hulpmiddelen, of een onderzoek door een onafhankelijke partij.', verbose_name='hoe getoetst')),
                ('known_problems', wagtail.fields.StreamField([('problem', 4)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Probleem', 'max_length': 200}), 1: ('wagtail.blocks.CharBlock', (), {'help_text': 'Bijvoorbeeld ‘1.4.3 Contrast (minimum)’.', 'label': 'WCAG-succescriterium', 'max_length': 120, 'required': False}), 2: ('wagtail.blocks.TextBlock', (), {'label': 'Toelichting en alternatief', 'required': False}), 3: ('wagtail.blocks.CharBlock', (), {'label': 'Wat we eraan doen en wanneer', 'max_length': 200, 'required': False}), 4: ('wagtail.blocks.StructBlock', [[('problem', 0), ('criterion', 1), ('explanation', 2), ('planned_fix', 3)]], {})}, verbose_name='bekende problemen')),
                ('feedback', wagtail.fields.RichTextField(help_text='Hoe een bezoeker een probleem meldt en binnen welke termijn hij antwoord krijgt.', verbose_name='feedback en contact')),
                ('contact_email', models.EmailField(max_length=254, verbose_name='e-mailadres voor meldingen')),
                ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('quote', 6), ('image', 10), ('callout', 13), ('link', 18), ('download', 22)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Tekst', 'max_length': 120}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Kop 2'), ('h3', 'Kop 3'), ('h4', 'Kop 4')], 'label': 'Niveau'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('knowledge.blocks.ParagraphBlock', (), {}), 4: ('wagtail.blocks.TextBlock', (), {'label': 'Citaat'}), 5: ('wagtail.blocks.CharBlock', (), {'label': 'Van wie', 'max_length': 160, 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('quote', 4), ('attribution', 5)]], {}), 7: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Afbeelding'}), 8: ('wagtail.blocks.CharBlock', (), {'help_text': 'Beschrijf wat er op de afbeelding te zien is, voor wie hem niet kan zien.', 'label': 'Alternatieve tekst', 'max_length': 250}), 9: ('wagtail.blocks.CharBlock', (), {'label': 'Bijschrift', 'max_length': 250, 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('image', 7), ('alt_text', 8), ('caption', 9)]], {}), 11: ('wagtail.blocks.CharBlock', (), {'label': 'Titel', 'max_length': 120}), 12: ('knowledge.blocks.ParagraphBlock', (), {'label': 'Tekst'}), 13: ('wagtail.blocks.StructBlock', [[('title', 11), ('text', 12)]], {}), 14: ('wagtail.blocks.CharBlock', (), {'label': 'Linktekst', 'max_length': 160, 'required': False}), 15: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Pagina', 'required': False}), 16: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document', 'required': False}), 17: ('wagtail.blocks.URLBlock', (), {'label': 'Externe link', 'required': False}), 18: ('wagtail.blocks.StructBlock', [[('title', 14), ('page', 15), ('document', 16), ('external_url', 17)]], {}), 19: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 20: ('wagtail.blocks.CharBlock', (), {'label': 'Titel', 'max_length': 160, 'required': False}), 21: ('wagtail.blocks.CharBlock', (), {'label': 'Omschrijving', 'max_length': 250, 'required': False}), 22: ('wagtail.blocks.StructBlock', [[('document', 19), ('title', 20), ('description', 21)]], {})}, verbose_name='verdere inhoud')),
                ('check_report', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='onderzoeksrapport')),
            ],
            options={
                'verbose_name': 'toegankelijkheidsverklaring',
                'verbose_name_plural': 'toegankelijkheidsverklaringen',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.CreateModel(
            name='EditorialReviewTask',
            fields=[
                ('task_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to='wagtailcore.task')),
                ('groups', models.ManyToManyField(help_text='Pages/snippets at this step in a workflow will be moderated or approved by these groups of users', to='auth.group', verbose_name='groups')),
            ],
            options={
                'verbose_name': 'redactionele goedkeuring',
                'verbose_name_plural': 'redactionele goedkeuringen',
            },
            bases=('wagtailcore.task',),
        ),
        migrations.CreateModel(
            name='Municipality',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('name', models.CharField(max_length=200, verbose_name='naam')),
                ('slug', models.SlugField(max_length=200, verbose_name='slug')),
                ('description', models.TextField(blank=True, verbose_name='omschrijving')),
                ('sort_order', models.IntegerField(default=0, verbose_name='volgorde')),
                ('cbs_code', models.CharField(help_text='Bijvoorbeeld GM0599 voor Rotterdam.', max_length=6, validators=[django.core.validators.RegexValidator('^GM\\d{4}$', 'Een CBS-gemeentecode is GM gevolgd door vier cijfers.')], verbose_name='CBS-code')),
                ('province', models.CharField(choices=[('drenthe', 'Drenthe'), ('flevoland', 'Flevoland'), ('friesland', 'Fryslân'), ('gelderland', 'Gelderland'), ('groningen', 'Groningen'), ('limburg', 'Limburg'), ('noord-brabant', 'Noord-Brabant'), ('noord-holland', 'Noord-Holland'), ('overijssel', 'Overijssel'), ('utrecht', 'Utrecht'), ('zeeland', 'Zeeland'), ('zuid-holland', 'Zuid-Holland')], max_length=20, verbose_name='provincie')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
            ],
            options={
                'verbose_name': 'gemeente',
                'verbose_name_plural': 'gemeenten',
                'ordering': ['sort_order', 'name'],
                'abstract': False,
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name='Neighbourhood',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('name', models.CharField(max_length=200, verbose_name='naam')),
                ('slug', models.SlugField(max_length=200, verbose_name='slug')),
                ('description', models.TextField(blank=True, verbose_name='omschrijving')),
                ('sort_order', models.IntegerField(default=0, verbose_name='volgorde')),
                ('cbs_code', models.CharField(blank=True, max_length=10, validators=[django.core.validators.RegexValidator('^(WK\\d{6}|BU\\d{8})$', 'Gebruik een CBS-wijkcode (WK…) of buurtcode (BU…).')], verbose_name='CBS-code (wijk of buurt)')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                ('municipality', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='neighbourhoods', to='knowledge.municipality', verbose_name='gemeente')),
            ],
            options={
                'verbose_name': 'wijk',
                'verbose_name_plural': 'wijken',
                'ordering': ['sort_order', 'name'],
                'abstract': False,
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name='Organisation',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('name', models.CharField(max_length=200, verbose_name='naam')),
                ('slug', models.SlugField(max_length=200, verbose_name='slug')),
                ('description', models.TextField(blank=True, verbose_name='omschrijving')),
                ('sort_order', models.IntegerField(default=0, verbose_name='volgorde')),
                ('organisation_type', models.CharField(choices=[('municipality', 'Gemeente'), ('ministry', 'Rijksoverheid'), ('knowledge_institute', 'Kennisinstituut'), ('emancipation', 'Emancipatie- of belangenorganisatie'), ('welfare', 'Welzijnsorganisatie'), ('residents', 'Bewonersinitiatief'), ('police', 'Politie'), ('housing', 'Woningcorporatie'), ('antidiscrimination', 'Antidiscriminatievoorziening'), ('other', 'Overig')], max_length=30, verbose_name='soort organisatie')),
                ('website', models.URLField(blank=True, verbose_name='website')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
            ],
            options={
                'verbose_name': 'organisatie',
                'verbose_name_plural': 'organisaties',
                'ordering': ['sort_order', 'name'],
                'abstract': False,
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name='Person',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('name', models.CharField(max_length=200, verbose_name='naam')),
                ('role', models.CharField(blank=True, max_length=200, verbose_name='functie of rol')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                ('organisation', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='people', to='knowledge.organisation', verbose_name='organisatie')),
            ],
            options={
                'verbose_name': 'persoon',
                'verbose_name_plural': 'personen',
                'ordering': ['name'],
                'abstract': False,
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name='Programme',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('name', models.CharField(max_length=200, verbose_name='naam')),
                ('slug', models.SlugField(max_length=200, verbose_name='slug')),
                ('description', models.TextField(blank=True, verbose_name='omschrijving')),
                ('sort_order', models.IntegerField(default=0, verbose_name='volgorde')),
                ('funder', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='funded_programmes', to='knowledge.organisation', verbose_name='financier')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                ('parent', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='children', to='knowledge.programme', verbose_name='onderdeel van')),
            ],
            options={
                'verbose_name': 'programma',
                'verbose_name_plural': "programma's",
                'ordering': ['sort_order', 'name'],
                'abstract': False,
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name='TargetGroup',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('name', models.CharField(max_length=200, verbose_name='naam')),
                ('slug', models.SlugField(max_length=200, verbose_name='slug')),
                ('description', models.TextField(blank=True, verbose_name='omschrijving')),
                ('sort_order', models.IntegerField(default=0, verbose_name='volgorde')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
            ],
            options={
                'verbose_name': 'doelgroep',
                'verbose_name_plural': 'doelgroepen',
                'ordering': ['sort_order', 'name'],
                'abstract': False,
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name='Theme',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('name', models.CharField(max_length=200, verbose_name='naam')),
                ('slug', models.SlugField(max_length=200, verbose_name='slug')),
                ('description', models.TextField(blank=True, verbose_name='omschrijving')),
                ('sort_order', models.IntegerField(default=0, verbose_name='volgorde')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                ('parent', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='children', to='knowledge.theme', verbose_name='bovenliggend thema')),
            ],
            options={
                'verbose_name': 'thema',
                'verbose_name_plural': "thema's",
                'ordering': ['sort_order', 'name'],
                'abstract': False,
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.AddConstraint(
            model_name='municipality',
            constraint=models.UniqueConstraint(fields=('locale', 'slug'), name='knowledge_municipality_unique_slug_per_locale'),
        ),
        migrations.AddConstraint(
            model_name='municipality',
            constraint=models.UniqueConstraint(fields=('locale', 'cbs_code'), name='knowledge_municipality_unique_cbs_per_locale'),
        ),
        migrations.AlterUniqueTogether(
            name='municipality',
            unique_together={('translation_key', 'locale')},
        ),
        migrations.AddConstraint(
            model_name='neighbourhood',
            constraint=models.UniqueConstraint(fields=('locale', 'municipality', 'slug'), name='knowledge_neighbourhood_unique_slug_per_municipality'),
        ),
        migrations.AlterUniqueTogether(
            name='neighbourhood',
            unique_together={('translation_key', 'locale')},
        ),
        migrations.AddConstraint(
            model_name='organisation',
            constraint=models.UniqueConstraint(fields=('locale', 'slug'), name='knowledge_organisation_unique_slug_per_locale'),
        ),
        migrations.AlterUniqueTogether(
            name='organisation',
            unique_together={('translation_key', 'locale')},
        ),
        migrations.AlterUniqueTogether(
            name='person',
            unique_together={('translation_key', 'locale')},
        ),
        migrations.AddConstraint(
            model_name='programme',
            constraint=models.UniqueConstraint(fields=('locale', 'slug'), name='knowledge_programme_unique_slug_per_locale'),
        ),
        migrations.AlterUniqueTogether(
            name='programme',
            unique_together={('translation_key', 'locale')},
        ),
        migrations.AddConstraint(
            model_name='targetgroup',
            constraint=models.UniqueConstraint(fields=('locale', 'slug'), name='knowledge_targetgroup_unique_slug_per_locale'),
        ),
        migrations.AlterUniqueTogether(
            name='targetgroup',
            unique_together={('translation_key', 'locale')},
        ),
        migrations.AddConstraint(
            model_name='theme',
            constraint=models.UniqueConstraint(fields=('locale', 'slug'), name='knowledge_theme_unique_slug_per_locale'),
        ),
        migrations.AlterUniqueTogether(
            name='theme',
            unique_together={('translation_key', 'locale')},
        ),
        # Reversing leaves the locales: deleting one would delete every page written in it.
        migrations.RunPython(create_locales, migrations.RunPython.noop),
        migrations.RunPython(create_roles, remove_roles),
    ]
