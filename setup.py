"""Packages of the wheel: the code, plus resources/ and translations/ mapped into the package.

Metadata lives in pyproject.toml; only the package layout is here, because the top-level
resources/ and translations/ folders (product layout) must land inside the installed package.
"""

from setuptools import find_packages, setup

packages = find_packages(include=["spitsregio_desktop", "spitsregio_desktop.*"])
setup(
    packages=[*packages, "spitsregio_desktop.resources", "spitsregio_desktop.translations"],
    package_dir={
        "spitsregio_desktop.resources": "resources",
        "spitsregio_desktop.translations": "translations",
    },
    package_data={
        "spitsregio_desktop.resources": ["*.*", "fonts/*", "dictionaries/*", "icons/*"],
        "spitsregio_desktop.translations": ["*.qm"],
        "spitsregio_desktop.storage": [
            "*.json",
            "migrations/*.mako",
            "migrations/*.py",
            "migrations/versions/*.py",
        ],
        "spitsregio_desktop.services": ["*.json"],
    },
    include_package_data=False,
)
