"""recoupe: check figures, claims, places and actors across news articles on one story."""

__version__ = "0.1.0"
