"""NZKG: who does what, when, and what depends on what, from Dutch regional policy documents."""

__version__ = "0.1.0"
