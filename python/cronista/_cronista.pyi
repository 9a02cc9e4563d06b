"""Type stubs of the extension module (re-exported by ``cronista``)."""

from os import PathLike
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple, Union

SCHEMA: str
__version__: str

Summary = Dict[str, Any]
"""A summary: the JSON object of schema cronista/1 as ``json.loads`` gives it."""

Article = Union[str, Tuple[Union[str, int], str]]
"""A text, or an ``(id, text)`` pair."""

class Names:
    """User name lists: ``name<TAB>kind<TAB>aliases...`` lines (kind: company,
    organization, person, outlet). A listed name wins over the built-in guess."""

    def __init__(self, *paths: Union[str, PathLike[str]]) -> None:
        """Reads the list files in order; a malformed line raises ValueError naming
        its file and line."""
    @staticmethod
    def parse(text: str, origin: str = "<text>") -> "Names":
        """The names of a list given as text; ``origin`` names it in errors."""
    def __len__(self) -> int: ...

class Summaries(Iterator[Summary]):
    """The iterator ``analyze_many`` returns: summaries in input order."""

    def __iter__(self) -> "Summaries": ...
    def __next__(self) -> Summary: ...

def analyze(
    text: str, id: Optional[Union[str, int]] = None, names: Optional[Names] = None
) -> Summary:
    """The summary of one article (id ``"-"`` by default). Raises ValueError when
    ``text`` is not a str or holds a lone surrogate."""

def analyze_many(
    articles: Iterable[Article],
    jobs: Optional[int] = None,
    names: Optional[Names] = None,
) -> Summaries:
    """Summaries of many articles in input order, streamed: texts (id: their
    position, from 0) or ``(id, text)`` pairs, analyzed ``jobs`` threads at a time
    (default: one per core) with the GIL released. A bad article raises ValueError
    after the summaries of the articles before it."""

def evaluate(
    task: str,
    gold: Union[str, "PathLike[str]"],
    predictions: Optional[Union[str, "PathLike[str]"]] = None,
    texts: Optional[List[Union[str, "PathLike[str]"]]] = None,
) -> Dict[str, Any]:
    """Scores ``predictions`` (JSON Lines of summaries), or cronista run on the gold's
    texts when there are none, against ``gold`` for ``task`` (news, ner, sentences,
    deals, attribution or phrases): the dict of ``cronista evaluate --json``. Raises
    ValueError for an unknown task or an unreadable file."""
