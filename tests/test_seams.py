"""Whoosh behind one seam (issue 26): its private attributes are read in one adapter, and field
names are spelled once, by the schema (`index.schema.Field`)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


# Whoosh's private attributes are read in one adapter on the query side and in the index's
# own storage modules (its codec, posting pool and store), nowhere else.
PRIVATE_ALLOWED = {
    "search/whoosh/internals.py",
    "index/codec.py",
    "index/pool.py",
    "index/store.py",
}


def _private_reads(path) -> list[str]:
    """``obj._name`` where ``obj`` is not self or cls and ``_name`` is not defined in the
    same module: another library's (or module's) private attribute."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    own = {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
    } | {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id in ("self", "cls")
    }
    return [
        f"{path}:{node.lineno} .{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr.startswith("_")
        and not node.attr.startswith("__")
        and node.attr not in own
        and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls", "os"))
    ]


def test_whoosh_internals_are_read_in_one_adapter_only():
    root = ROOT
    found = [
        read
        for package in ("index", "search")
        for path in sorted((root / package).rglob("*.py"))
        if str(path.relative_to(root)) not in PRIVATE_ALLOWED
        for read in _private_reads(path)
    ]
    assert found == []
    # and the adapter does read them: the check above looks at the right code
    assert _private_reads(root / "search" / "whoosh" / "internals.py")


# Calls whose first argument is a field name: queries, facets, postings, deletes.
FIELD_CALLS = {
    "Term",
    "Prefix",
    "TermRange",
    "Every",
    "FuzzyTerm",
    "Phrase",
    "Wildcard",
    "FieldFacet",
    "postings",
    "doc_frequency",
    "delete_by_term",
    "lexicon",
    "expand_prefix",
    "_terms",
}


def _spelled_fields(path: Path) -> list[str]:
    """Field names written as string literals where a query, facet or posting list names a
    field, or where a stored document is read by one."""
    from index.schema import build_schema

    names = set(build_schema().names())
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = [a for a in node.args if isinstance(a, ast.Constant)]
            if (
                called in FIELD_CALLS
                and args
                and args[0] in node.args[:2]
                and args[0].value in names
            ):
                found.append(f"{path}:{node.lineno} {called}({args[0].value!r})")
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Name)
            and node.value.id in ("doc", "record", "result", "fields", "d", "r")
            and isinstance(node.slice, ast.Constant)
            and node.slice.value in names
        ):
            found.append(f"{path}:{node.lineno} {node.value.id}[{node.slice.value!r}]")
    return found


def test_field_names_are_the_schemas_constants():
    found = [
        spelled
        for path in [*sorted((ROOT / "search").rglob("*.py")), ROOT / "index" / "store.py"]
        for spelled in _spelled_fields(path)
    ]
    assert found == []


def test_the_field_check_finds_a_spelled_field(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('q.Term("speaker_exact", name)\nprint(doc["body"])\n', encoding="utf-8")
    assert len(_spelled_fields(sample)) == 2


# Whoosh is imported by the index's storage modules (its schema and the Whoosh analysers
# that schema uses, the codec, mapped files, the posting pool and the writer) and by the
# query layer's one adapter, search/whoosh/; nowhere else.
STORAGE = {
    "index/schema.py",
    "index/analysis.py",
    "index/compounds.py",
    "index/codec.py",
    "index/mapped.py",
    "index/pool.py",
    "index/store.py",
    "index/stored.py",
}


def _imports_whoosh(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import) and any(
            a.name.split(".")[0] == "whoosh" for a in node.names
        ):
            return True
        if (
            isinstance(node, ast.ImportFrom)
            and not node.level  # "from .whoosh import …" is the adapter, not Whoosh
            and (node.module or "").split(".")[0] == "whoosh"
        ):
            return True
    return False


def test_whoosh_is_imported_by_storage_and_the_adapter_only():
    importing = {
        str(path.relative_to(ROOT))
        for package in ("index", "search")
        for path in sorted((ROOT / package).rglob("*.py"))
        if _imports_whoosh(path)
    }
    outside = {
        path for path in importing if path not in STORAGE and not path.startswith("search/whoosh/")
    }
    assert outside == set()
    assert "search/whoosh/query.py" in importing  # the check sees imports at all
