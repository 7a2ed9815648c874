"""Plain-Python rules of the domain: vocabularies, value checks, the EU SME definition, clocks."""
