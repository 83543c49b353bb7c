"""Articles, interviews and practical tips in an app of their own.

They were models of the knowledge app until its history was squashed (docs/decisions/
migrations.md). On a new database this creates their tables; on one that has them as
knowledge_* tables it renames those tables and moves their content types, so every page, revision,
translation and permission keeps pointing at the same rows.
"""

import django.db.models.deletion
import modelcluster.fields
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


MODELS = [
    "ArticleIndexPage",
    "ArticlePage",
    "InterviewIndexPage",
    "InterviewPage",
    "PracticalTipIndexPage",
    "PracticalTipPage",
]


def adopt_or_create_tables(apps, schema_editor):
    """Rename the knowledge_* tables of a database made before the move, or create the tables."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    existing = set(schema_editor.connection.introspection.table_names())
    for name in MODELS:
        model = apps.get_model("articles", name)
        table = model._meta.db_table
        old_table = table.replace("articles_", "knowledge_", 1)
        if table in existing:
            continue
        if old_table not in existing:
            schema_editor.create_model(model)
            continue
        schema_editor.alter_db_table(model, old_table, table)
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            new_through = through._meta.db_table
            schema_editor.alter_db_table(
                through, new_through.replace("articles_", "knowledge_", 1), new_through
            )
        ContentType.objects.filter(app_label="knowledge", model=name.lower()).update(
            app_label="articles"
        )
        rename_columns(schema_editor, table, OLD_COLUMNS.get(name, {}))


# Interviews named their method and case study `method` and `case_study` before they took the
# names tips use (`source_method`, `source_case_study`).
OLD_COLUMNS = {
    "InterviewPage": {"method_id": "source_method_id", "case_study_id": "source_case_study_id"}
}


def rename_columns(schema_editor, table, columns):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        present = {
            column.name for column in connection.introspection.get_table_description(cursor, table)
        }
    quote = schema_editor.quote_name
    for old, new in columns.items():
        if old in present and new not in present:
            schema_editor.execute(
                f"ALTER TABLE {quote(table)} RENAME COLUMN {quote(old)} TO {quote(new)}"
            )


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('casestudies', '0001_squashed_0009_submission_names_say_uw'),
        ('knowledge', '0001_squashed_0008_interview_headings'),
        ('methods', '0001_squashed_0003_evidence_recognition'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtailimages', '0027_image_description'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='ArticleIndexPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', models.TextField(blank=True, max_length=600, verbose_name='introductie')),
                    ],
                    options={
                        'verbose_name': 'artikeloverzicht',
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='InterviewIndexPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', models.TextField(blank=True, max_length=600, verbose_name='introductie')),
                    ],
                    options={
                        'verbose_name': 'interviewoverzicht',
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='PracticalTipIndexPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', models.TextField(blank=True, max_length=600, verbose_name='introductie')),
                    ],
                    options={
                        'verbose_name': 'tipsoverzicht',
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='ArticlePage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', models.TextField(help_text='Twee of drie zinnen in gewone taal: waar gaat deze pagina over?', max_length=600, verbose_name='samenvatting')),
                        ('first_published', models.DateField(blank=True, null=True, verbose_name='eerst gepubliceerd')),
                        ('last_reviewed', models.DateField(blank=True, null=True, verbose_name='laatst gecontroleerd')),
                        ('listing_image_alt', models.CharField(blank=True, help_text='Verplicht als er een afbeelding is: beschrijf wat erop te zien is.', max_length=250, verbose_name='alternatieve tekst van de afbeelding')),
                        ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('quote', 6), ('image', 10), ('callout', 13), ('link', 18), ('download', 22)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Tekst', 'max_length': 120}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Kop 2'), ('h3', 'Kop 3'), ('h4', 'Kop 4')], 'label': 'Niveau'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('knowledge.blocks.ParagraphBlock', (), {}), 4: ('wagtail.blocks.TextBlock', (), {'label': 'Citaat'}), 5: ('wagtail.blocks.CharBlock', (), {'label': 'Van wie', 'max_length': 160, 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('quote', 4), ('attribution', 5)]], {}), 7: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Afbeelding'}), 8: ('wagtail.blocks.CharBlock', (), {'help_text': 'Beschrijf wat er op de afbeelding te zien is, voor wie hem niet kan zien.', 'label': 'Alternatieve tekst', 'max_length': 250}), 9: ('wagtail.blocks.CharBlock', (), {'label': 'Bijschrift', 'max_length': 250, 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('image', 7), ('alt_text', 8), ('caption', 9)]], {}), 11: ('wagtail.blocks.CharBlock', (), {'label': 'Titel', 'max_length': 120}), 12: ('knowledge.blocks.ParagraphBlock', (), {'label': 'Tekst'}), 13: ('wagtail.blocks.StructBlock', [[('title', 11), ('text', 12)]], {}), 14: ('wagtail.blocks.CharBlock', (), {'label': 'Linktekst', 'max_length': 160, 'required': False}), 15: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Pagina', 'required': False}), 16: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document', 'required': False}), 17: ('wagtail.blocks.URLBlock', (), {'label': 'Externe link', 'required': False}), 18: ('wagtail.blocks.StructBlock', [[('title', 14), ('page', 15), ('document', 16), ('external_url', 17)]], {}), 19: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 20: ('wagtail.blocks.CharBlock', (), {'label': 'Titel', 'max_length': 160, 'required': False}), 21: ('wagtail.blocks.CharBlock', (), {'label': 'Omschrijving', 'max_length': 250, 'required': False}), 22: ('wagtail.blocks.StructBlock', [[('document', 19), ('title', 20), ('description', 21)]], {})}, verbose_name='inhoud')),
                        ('related_pages', wagtail.fields.StreamField([('page', 0)], blank=True, block_lookup={0: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Pagina', 'page_type': ['methods.MethodPage', 'casestudies.CaseStudyPage', 'articles.InterviewPage', 'articles.PracticalTipPage', 'articles.ArticlePage']})}, verbose_name="gerelateerde pagina's")),
                        ('downloads', wagtail.fields.StreamField([('download', 3)], blank=True, block_lookup={0: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'Titel', 'max_length': 160, 'required': False}), 2: ('wagtail.blocks.CharBlock', (), {'label': 'Omschrijving', 'max_length': 250, 'required': False}), 3: ('wagtail.blocks.StructBlock', [[('document', 0), ('title', 1), ('description', 2)]], {})}, verbose_name='downloads')),
                        ('article_type', models.CharField(choices=[('news', 'Nieuws'), ('announcement', 'Aankondiging'), ('report', 'Verslag')], default='news', max_length=20, verbose_name='soort artikel')),
                        ('authors', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.person', verbose_name='auteurs')),
                        ('listing_image', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='afbeelding in overzichten')),
                        ('municipalities', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.municipality', verbose_name='gemeenten')),
                        ('organisations', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.organisation', verbose_name='organisaties')),
                        ('target_groups', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.targetgroup', verbose_name='doelgroepen')),
                        ('themes', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.theme', verbose_name="thema's")),
                    ],
                    options={
                        'verbose_name': 'artikel',
                        'verbose_name_plural': 'artikelen',
                        'indexes': [models.Index(fields=['-first_published', '-page_ptr'], name='article_newest_first')],
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='InterviewPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', models.TextField(help_text='Twee of drie zinnen in gewone taal: waar gaat deze pagina over?', max_length=600, verbose_name='samenvatting')),
                        ('first_published', models.DateField(blank=True, null=True, verbose_name='eerst gepubliceerd')),
                        ('last_reviewed', models.DateField(blank=True, null=True, verbose_name='laatst gecontroleerd')),
                        ('listing_image_alt', models.CharField(blank=True, help_text='Verplicht als er een afbeelding is: beschrijf wat erop te zien is.', max_length=250, verbose_name='alternatieve tekst van de afbeelding')),
                        ('related_pages', wagtail.fields.StreamField([('page', 0)], blank=True, block_lookup={0: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Pagina', 'page_type': ['methods.MethodPage', 'casestudies.CaseStudyPage', 'articles.InterviewPage', 'articles.PracticalTipPage', 'articles.ArticlePage']})}, verbose_name="gerelateerde pagina's")),
                        ('downloads', wagtail.fields.StreamField([('download', 3)], blank=True, block_lookup={0: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'Titel', 'max_length': 160, 'required': False}), 2: ('wagtail.blocks.CharBlock', (), {'label': 'Omschrijving', 'max_length': 250, 'required': False}), 3: ('wagtail.blocks.StructBlock', [[('document', 0), ('title', 1), ('description', 2)]], {})}, verbose_name='downloads')),
                        ('interview_date', models.DateField(blank=True, null=True, verbose_name='datum van het gesprek')),
                        ('pull_quote', models.TextField(blank=True, max_length=400, verbose_name='uitgelicht citaat')),
                        ('pull_quote_attribution', models.CharField(blank=True, max_length=160, verbose_name='citaat van')),
                        ('body', wagtail.fields.StreamField([('heading', 2), ('question', 4), ('answer', 7), ('paragraph', 8), ('quote', 11)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Tekst', 'max_length': 120}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Kop 2'), ('h3', 'Kop 3'), ('h4', 'Kop 4')], 'label': 'Niveau'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.TextBlock', (), {'label': 'Vraag'}), 4: ('wagtail.blocks.StructBlock', [[('question', 3)]], {}), 5: ('wagtail.blocks.CharBlock', (), {'label': 'Wie antwoordt', 'max_length': 120}), 6: ('knowledge.blocks.ParagraphBlock', (), {'label': 'Antwoord'}), 7: ('wagtail.blocks.StructBlock', [[('speaker', 5), ('answer', 6)]], {}), 8: ('knowledge.blocks.ParagraphBlock', (), {}), 9: ('wagtail.blocks.TextBlock', (), {'label': 'Citaat'}), 10: ('wagtail.blocks.CharBlock', (), {'label': 'Van wie', 'max_length': 160, 'required': False}), 11: ('wagtail.blocks.StructBlock', [[('quote', 9), ('attribution', 10)]], {})}, verbose_name='vraag en antwoord')),
                        ('authors', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.person', verbose_name='auteurs')),
                        ('interviewees', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='interviews', to='knowledge.person', verbose_name='geïnterviewden')),
                        ('interviewer', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='knowledge.person', verbose_name='interviewer')),
                        ('listing_image', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='afbeelding in overzichten')),
                        ('municipalities', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.municipality', verbose_name='gemeenten')),
                        ('organisations', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.organisation', verbose_name='organisaties')),
                        ('source_case_study', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='interviews', to='casestudies.casestudypage', verbose_name='over het praktijkvoorbeeld')),
                        ('source_method', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='interviews', to='methods.methodpage', verbose_name='over de methode')),
                        ('target_groups', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.targetgroup', verbose_name='doelgroepen')),
                        ('themes', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.theme', verbose_name="thema's")),
                    ],
                    options={
                        'verbose_name': 'interview',
                        'verbose_name_plural': 'interviews',
                        'indexes': [models.Index(fields=['-first_published', '-page_ptr'], name='interview_newest_first')],
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='PracticalTipPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', models.TextField(help_text='Twee of drie zinnen in gewone taal: waar gaat deze pagina over?', max_length=600, verbose_name='samenvatting')),
                        ('first_published', models.DateField(blank=True, null=True, verbose_name='eerst gepubliceerd')),
                        ('last_reviewed', models.DateField(blank=True, null=True, verbose_name='laatst gecontroleerd')),
                        ('listing_image_alt', models.CharField(blank=True, help_text='Verplicht als er een afbeelding is: beschrijf wat erop te zien is.', max_length=250, verbose_name='alternatieve tekst van de afbeelding')),
                        ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('quote', 6), ('image', 10), ('callout', 13), ('link', 18), ('download', 22)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Tekst', 'max_length': 120}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Kop 2'), ('h3', 'Kop 3'), ('h4', 'Kop 4')], 'label': 'Niveau'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('knowledge.blocks.ParagraphBlock', (), {}), 4: ('wagtail.blocks.TextBlock', (), {'label': 'Citaat'}), 5: ('wagtail.blocks.CharBlock', (), {'label': 'Van wie', 'max_length': 160, 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('quote', 4), ('attribution', 5)]], {}), 7: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Afbeelding'}), 8: ('wagtail.blocks.CharBlock', (), {'help_text': 'Beschrijf wat er op de afbeelding te zien is, voor wie hem niet kan zien.', 'label': 'Alternatieve tekst', 'max_length': 250}), 9: ('wagtail.blocks.CharBlock', (), {'label': 'Bijschrift', 'max_length': 250, 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('image', 7), ('alt_text', 8), ('caption', 9)]], {}), 11: ('wagtail.blocks.CharBlock', (), {'label': 'Titel', 'max_length': 120}), 12: ('knowledge.blocks.ParagraphBlock', (), {'label': 'Tekst'}), 13: ('wagtail.blocks.StructBlock', [[('title', 11), ('text', 12)]], {}), 14: ('wagtail.blocks.CharBlock', (), {'label': 'Linktekst', 'max_length': 160, 'required': False}), 15: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Pagina', 'required': False}), 16: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document', 'required': False}), 17: ('wagtail.blocks.URLBlock', (), {'label': 'Externe link', 'required': False}), 18: ('wagtail.blocks.StructBlock', [[('title', 14), ('page', 15), ('document', 16), ('external_url', 17)]], {}), 19: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 20: ('wagtail.blocks.CharBlock', (), {'label': 'Titel', 'max_length': 160, 'required': False}), 21: ('wagtail.blocks.CharBlock', (), {'label': 'Omschrijving', 'max_length': 250, 'required': False}), 22: ('wagtail.blocks.StructBlock', [[('document', 19), ('title', 20), ('description', 21)]], {})}, verbose_name='inhoud')),
                        ('related_pages', wagtail.fields.StreamField([('page', 0)], blank=True, block_lookup={0: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Pagina', 'page_type': ['methods.MethodPage', 'casestudies.CaseStudyPage', 'articles.InterviewPage', 'articles.PracticalTipPage', 'articles.ArticlePage']})}, verbose_name="gerelateerde pagina's")),
                        ('downloads', wagtail.fields.StreamField([('download', 3)], blank=True, block_lookup={0: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'Titel', 'max_length': 160, 'required': False}), 2: ('wagtail.blocks.CharBlock', (), {'label': 'Omschrijving', 'max_length': 250, 'required': False}), 3: ('wagtail.blocks.StructBlock', [[('document', 0), ('title', 1), ('description', 2)]], {})}, verbose_name='downloads')),
                        ('tip', models.CharField(help_text="Begin met een werkwoord: 'Plan…', 'Betrek…'.", max_length=200, verbose_name='de tip in één zin')),
                        ('why', wagtail.fields.RichTextField(blank=True, verbose_name='waarom')),
                        ('how', wagtail.fields.StreamField([('step', 0)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'icon': 'list-ol', 'label': 'Stap', 'max_length': 300})}, verbose_name='hoe (stappen)')),
                        ('pitfalls', wagtail.fields.RichTextField(blank=True, verbose_name='valkuilen')),
                        ('phase', models.CharField(choices=[('explore', 'Verkennen'), ('start', 'Starten'), ('carry_out', 'Uitvoeren'), ('embed', 'Borgen'), ('evaluate', 'Evalueren')], max_length=20, verbose_name='fase')),
                        ('effort', models.CharField(choices=[('low', 'Weinig moeite'), ('medium', 'Gemiddelde moeite'), ('high', 'Veel moeite')], max_length=10, verbose_name='inspanning')),
                        ('authors', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.person', verbose_name='auteurs')),
                        ('listing_image', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='afbeelding in overzichten')),
                        ('municipalities', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.municipality', verbose_name='gemeenten')),
                        ('organisations', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.organisation', verbose_name='organisaties')),
                        ('source_case_study', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='tips', to='casestudies.casestudypage', verbose_name='komt uit het praktijkvoorbeeld')),
                        ('source_method', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='tips', to='methods.methodpage', verbose_name='komt uit de methode')),
                        ('target_groups', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.targetgroup', verbose_name='doelgroepen')),
                        ('themes', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='knowledge.theme', verbose_name="thema's")),
                    ],
                    options={
                        'verbose_name': 'praktijktip',
                        'verbose_name_plural': 'praktijktips',
                        'indexes': [models.Index(fields=['-first_published', '-page_ptr'], name='tip_newest_first')],
                    },
                    bases=('wagtailcore.page',),
                ),
            ],
        ),
        migrations.RunPython(adopt_or_create_tables, migrations.RunPython.noop),
    ]
