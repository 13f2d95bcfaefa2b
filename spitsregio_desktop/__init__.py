"""Spitsregio Desktop: meeting secretariat for regional consultation bodies."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("spitsregio-desktop")
except PackageNotFoundError:  # running from a source tree or a frozen bundle
    __version__ = "0.1.0"

APP_NAME = "Spitsregio Desktop"
APP_ID = "spitsregio"
