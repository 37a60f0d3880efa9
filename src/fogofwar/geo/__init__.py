"""Places: GeoNames gazetteer, toponym recognition, resolution with document context."""
