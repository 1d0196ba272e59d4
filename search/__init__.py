"""sitat's query layer: the public Python API and the ``sitat`` command."""
