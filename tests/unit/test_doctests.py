"""The examples in docstrings run, imported under their installed names (never bare ``graph``)."""

import doctest
import importlib
import pkgutil

import pytest

import diplograph.cli
import diplograph.graph
import diplograph.loaders
import diplograph.queries
import diplograph.views

MODULES = sorted(
    info.name
    for package in (
        diplograph.cli,
        diplograph.graph,
        diplograph.loaders,
        diplograph.queries,
        diplograph.views,
    )
    for info in pkgutil.walk_packages(package.__path__, prefix=package.__name__ + ".")
    if not info.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
