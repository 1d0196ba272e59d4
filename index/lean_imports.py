"""Whoosh without an import it does not need.

Whoosh-Reloaded takes ``cached_property`` from the package of that name, which imports asyncio
(12–18 ms of a 0.1 s search process) for one synchronous property, the set of deleted
documents. Until Whoosh is first imported, "cached_property" names a small module that gives
the standard library's `functools.cached_property` (the same for that use) and loads the
real package only if some other code asks it for anything else.
"""

from __future__ import annotations

import functools
import importlib
import sys
import types

NAME = "cached_property"


def install() -> None:
    if NAME in sys.modules or "whoosh.reading" in sys.modules:
        return
    module = types.ModuleType(NAME, "functools.cached_property; the rest from the package")
    module.cached_property = functools.cached_property  # type: ignore[attr-defined]

    def __getattr__(name: str):
        if name.startswith("__"):  # what the import system asks of any module
            raise AttributeError(name)
        # Anything else (threaded_cached_property, …): the real package, from now on.
        if sys.modules.get(NAME) is module:
            del sys.modules[NAME]
        real = importlib.import_module(NAME)
        return getattr(real, name)

    module.__getattr__ = __getattr__  # type: ignore[method-assign]
    sys.modules[NAME] = module
