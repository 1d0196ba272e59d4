"""The ``sitat`` command: a thin shell over the ``index`` and ``search`` APIs."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any

import click

from index.errors import SitatError

ERROR_EXIT = 2


def reports_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn sitat's own errors into one line on stderr and exit code 2, never a traceback."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except SitatError as err:
            click.echo(f"Error: {err}", err=True)
            sys.exit(ERROR_EXIT)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sitat")
def cli() -> None:
    """Search Norwegian news by who said what."""


@cli.command()
@click.argument("file", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Readable text, or JSON for programs.")
@reports_errors
def parse(file: str | None, fmt: str) -> None:
    """Show every paragraph of FILE (default: the bundled article) with its kind, section,
    speakers and sources.

    \b
    Example:
        sitat parse artikkel.txt --format json
    """
    from index import default_article_path, read_article

    from .render import article_json, article_text

    article = read_article(file or default_article_path())
    if fmt == "json":
        click.echo(article_json(article))
    else:
        width = min(100, shutil.get_terminal_size((88, 24)).columns) - 4
        click.echo(article_text(article, width=width))
