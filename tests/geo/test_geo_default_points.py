"""Country points of the default gazetteer: the centre of the main landmass (issue 3)."""

from fogofwar.geo.default import _main_landmass, _ring_centroid


def _square(x0, y0, side):
    return [[x0, y0], [x0 + side, y0], [x0 + side, y0 + side], [x0, y0 + side], [x0, y0]]


def test_ring_centroid_of_a_square_is_its_middle():
    lat, lon, area = _ring_centroid([tuple(p) for p in _square(10.0, 0.0, 2.0)[:-1]])
    assert abs(lat - 1.0) < 1e-6 and abs(lon - 11.0) < 1e-6 and area > 0


def test_largest_polygon_wins_over_islands():
    # a mainland 10 degrees wide at the equator and a small far island: the island must
    # not pull the point (as Alaska and Hawaii pull an all-territory centroid)
    gj = {"features": [{"geometry": {"type": "MultiPolygon", "coordinates": [
        [_square(0.0, 0.0, 10.0)], [_square(60.0, 40.0, 1.0)]]}}]}
    lat, lon, share, overseas = _main_landmass(gj)
    assert share > 0.98 and overseas < 0.02
    assert abs(lat - 5.0) < 0.01 and abs(lon - 5.0) < 0.01


def test_polygon_geometry_and_missing_data():
    gj = {"features": [{"geometry": {"type": "Polygon", "coordinates": [_square(20, -4, 2)]}}]}
    lat, lon, share, overseas = _main_landmass(gj)
    assert share == 1.0 and overseas == 0.0
    assert abs(lat + 3.0) < 0.01 and abs(lon - 21.0) < 0.01
    assert _main_landmass(None) is None
    assert _main_landmass({"features": []}) is None


def test_country_point_moves_only_for_a_mainland_with_far_territories():
    from fogofwar.geo.default import _country_point

    mainland = [_square(0.0, 0.0, 10.0)]
    split = {"features": [{"geometry": {"type": "MultiPolygon", "coordinates": [
        mainland, [_square(60.0, 40.0, 4.0)]]}}]}  # mainland ~86% of the area
    one = {"features": [{"geometry": {"type": "Polygon", "coordinates": mainland}}]}
    islands = {"features": [{"geometry": {"type": "MultiPolygon", "coordinates": [
        [_square(0.0, 0.0, 3.0)], [_square(5.0, 0.0, 3.0)], [_square(10.0, 0.0, 3.0)]]}}]}
    # a rounded point 80 km from the mainland's centre stays (within rounding of it)
    assert list(_country_point({"latlng": [5.5, 5.3], "geoJSON": split})) == [5.5, 5.3]
    # 600 km from the centre of a mainland with far territories: the mainland's centre
    lat, lon = _country_point({"latlng": [9.0, 9.0], "geoJSON": split})
    assert abs(lat - 5.0) < 0.01 and abs(lon - 5.0) < 0.01
    # one landmass, or an archipelago without a main landmass: countryinfo's point stays
    assert list(_country_point({"latlng": [9.0, 9.0], "geoJSON": one})) == [9.0, 9.0]
    assert list(_country_point({"latlng": [9.0, 9.0], "geoJSON": islands})) == [9.0, 9.0]
    # islands off the mainland's coast (Canada's Arctic, Norway's Svalbard, New Zealand):
    # no overseas territory, countryinfo's point stays (issue 13)
    offshore = {"features": [{"geometry": {"type": "MultiPolygon", "coordinates": [
        mainland, [_square(12.0, 0.0, 4.0)]]}}]}
    assert list(_country_point({"latlng": [9.0, 9.0], "geoJSON": offshore})) == [9.0, 9.0]
    # no border data: countryinfo's point as it is
    assert list(_country_point({"latlng": [9.0, 9.0]})) == [9.0, 9.0]


def test_country_point_is_the_midpoint_of_two_close_estimates():
    """A one-landmass country whose rounded point lies 220 km from its centroid (as Libya's
    25N 17E lies from its land's centre, 27N 18E) gets the point between them, within 161 km
    of both; 600 km apart (a crooked country) or 100 km (within rounding) the rounded point
    stays."""
    from fogofwar.geo.default import _country_point
    from fogofwar.geodesy import haversine_km

    land = {"features": [{"geometry": {"type": "Polygon", "coordinates": [
        _square(10.0, 20.0, 8.0)]}}]}  # centre 24N 14E
    lat, lon = _country_point({"latlng": [22.0, 14.0], "geoJSON": land})
    assert abs(lat - 23.0) < 0.02 and abs(lon - 14.0) < 0.02
    assert haversine_km(lat, lon, 22.0, 14.0) < 151
    assert haversine_km(lat, lon, 24.0, 14.0) < 161
    assert list(_country_point({"latlng": [18.5, 14.0], "geoJSON": land})) == [18.5, 14.0]
    # within rounding (100 km): countryinfo's point as it is
    assert list(_country_point({"latlng": [23.1, 14.0], "geoJSON": land})) == [23.1, 14.0]
