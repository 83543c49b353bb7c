"""Wagtail's Elasticsearch 8 backend with a language analyser and the editors' synonyms.

Use as ``"BACKEND": "search.backends.elasticsearch"`` with ``"LANGUAGE": "nl"`` or ``"en"``; the
settings helper in search.backends.config configures one backend (and index) per language.
Every full-text field is indexed with the language's analyser (lowercase, asciifolding, stop
words, stemmer) and searched with the same analyser plus the editors' synonyms, which are read
from the database when the index is created, that is by `manage.py update_index`.
"""

import logging
import re
from copy import deepcopy

from django.db import DatabaseError, transaction
from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8AutocompleteQueryCompiler,
    Elasticsearch8Index,
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
)

logger = logging.getLogger("wijkkompas.search")

INDEX_ANALYZER = "wijkkompas"
SEARCH_ANALYZER = "wijkkompas_search"
SYNONYM_FILTER = "wijkkompas_synonyms"
# The built-in stemmer and stop word list per language.
LANGUAGE_RULES = {
    "nl": {"stemmer": "dutch", "stopwords": "_dutch_"},
    "en": {"stemmer": "english", "stopwords": "_english_"},
}
# Characters with a meaning in Elasticsearch's synonym rules ("=>", "#" comments, escapes) or
# that cannot be part of a word we search for.
NOT_IN_TERM = re.compile(r"[^\w\s+'\-]")


def synonym_rules(language):
    """The editors' synonym groups of `language` as Elasticsearch rules ("a, b, c").

    An empty list if the synonyms table does not exist yet (before the first migration).
    """
    # Wagtail imports search backends while settings load, before models may be imported.
    from search.models import SynonymGroup

    try:
        with transaction.atomic():
            groups = list(SynonymGroup.objects.filter(language=language).order_by("pk"))
    except DatabaseError:
        logger.warning("Could not read the synonyms; the %s index is built without them", language)
        return []
    rules = []
    for group in groups:
        terms = [" ".join(NOT_IN_TERM.sub(" ", term).split()) for term in group.term_list]
        terms = [term for term in dict.fromkeys(terms) if term]
        if len(terms) > 1:
            rules.append(", ".join(terms))
    return rules


def analysis_settings(language, synonyms):
    """The analysis section for one language's index."""
    rules = LANGUAGE_RULES[language]
    filters = {
        "wijkkompas_stop": {"type": "stop", "stopwords": rules["stopwords"]},
        "wijkkompas_stemmer": {"type": "stemmer", "language": rules["stemmer"]},
    }
    search_chain = ["lowercase", "asciifolding"]
    if synonyms:
        # A synonym filter without rules is refused ("synonym requires either `synonyms` or
        # `synonyms_path`"), so without groups there is no filter; lenient skips a rule that
        # analyses to nothing instead of failing the index creation.
        filters[SYNONYM_FILTER] = {"type": "synonym_graph", "synonyms": synonyms, "lenient": True}
        search_chain.append(SYNONYM_FILTER)
    tail = ["wijkkompas_stop", "wijkkompas_stemmer"]
    # Synonyms only at search time: synonym_graph produces a graph the indexer cannot store.
    analyzers = {
        INDEX_ANALYZER: {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding", *tail],
        },
        SEARCH_ANALYZER: {"type": "custom", "tokenizer": "standard", "filter": search_chain + tail},
    }
    return {"filter": filters, "analyzer": analyzers}


def use_language_analyzer(properties):
    """Give every full-text field of a mapping the language analysers, nested fields included."""
    for field in properties.values():
        if field.get("type") == "text" and "analyzer" not in field:
            field["analyzer"] = INDEX_ANALYZER
            field["search_analyzer"] = SEARCH_ANALYZER
        if "properties" in field:
            use_language_analyzer(field["properties"])


class LanguageMapping(Elasticsearch8Mapping):
    def get_mapping(self):
        mapping = super().get_mapping()
        use_language_analyzer(mapping["properties"])
        return mapping


class LanguageIndex(Elasticsearch8Index):
    def __init__(self, backend, name):
        super().__init__(backend, name)
        # Searches must fail fast; writing to the index (publishing, bulk requests from
        # update_index) may take longer.
        self.es = backend.es.options(request_timeout=backend.indexing_timeout)

    def put(self):
        self.es.indices.create(index=self.name, **self.backend.get_index_settings())


class LanguageSearchQueryCompiler(Elasticsearch8SearchQueryCompiler):
    mapping_class = LanguageMapping


class LanguageAutocompleteQueryCompiler(Elasticsearch8AutocompleteQueryCompiler):
    mapping_class = LanguageMapping


class LanguageElasticsearchBackend(Elasticsearch8SearchBackend):
    """One language's index. Indexing errors are caught and logged by Wagtail's signal handlers
    (`catch_indexing_errors`), so publishing works while the cluster is down."""

    mapping_class = LanguageMapping
    index_class = LanguageIndex
    query_compiler_class = LanguageSearchQueryCompiler
    autocomplete_query_compiler_class = LanguageAutocompleteQueryCompiler

    def __init__(self, params):
        params = dict(params)
        self.language = params.pop("LANGUAGE", "nl")
        if self.language not in LANGUAGE_RULES:
            raise ValueError(f"No analyser for language {self.language!r}")
        self.indexing_timeout = params.pop("INDEXING_TIMEOUT", 10)
        # The base class adds the timeout to OPTIONS; keep the settings' dict unchanged.
        params["OPTIONS"] = dict(params.get("OPTIONS", {}))
        super().__init__(params)

    def get_index_settings(self):
        """The index settings with this language's analysis and the synonyms as they are now."""
        index_settings = deepcopy(self.settings)
        analysis = index_settings["settings"]["analysis"]
        language_analysis = analysis_settings(self.language, synonym_rules(self.language))
        analysis["filter"].update(language_analysis["filter"])
        analysis["analyzer"].update(language_analysis["analyzer"])
        return index_settings


SearchBackend = LanguageElasticsearchBackend
