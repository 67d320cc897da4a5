"""Instructor-side tooling around nbgrader: release, autograde, feedback, report, check, mutants."""

__all__ = ["__version__"]
__version__ = "0.1.0"
