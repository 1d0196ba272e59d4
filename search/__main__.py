"""``python -m search`` is the ``sitat`` command."""

from .cli import cli

cli(prog_name="sitat")
