"""cronista: Italian news articles to structured JSON summaries (schema cronista/1).

    >>> import cronista
    >>> s = cronista.analyze("Titolo\\nLa Banca d'Italia ha parlato. Poi basta.")
    >>> s["title"], s["stats"]["sentences"]
    ('Titolo', 2)
"""

from ._cronista import SCHEMA, Names, Summaries, __version__, analyze, analyze_many, evaluate

__all__ = ["SCHEMA", "Names", "Summaries", "__version__", "analyze", "analyze_many", "evaluate"]
