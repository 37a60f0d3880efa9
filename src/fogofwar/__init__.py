"""fogofwar: conflict reporting in, a sourced, geolocated, cross-checked record of events out."""

__version__ = "0.1.0"
