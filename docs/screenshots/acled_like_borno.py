"""Writes a made-up ACLED-shaped CSV for Borno, Nigeria (for the map screenshots in docs/map.md; nothing from ACLED).

    python3 docs/screenshots/acled_like_borno.py > /tmp/borno.csv
    java -jar target/incident-atlas.jar import --from acled /tmp/borno.csv --out /tmp/borno.json

With the argument "13" the events take 13 ACLED sub-event types instead of 5 (for the legend with many types).
"""
import csv
import random
import sys

random.seed(13)
towns = [("Maiduguri", 11.8464, 13.1603), ("Bama", 11.5221, 13.6856), ("Konduga", 11.6533, 13.4179),
         ("Gwoza", 11.0830, 13.6951), ("Monguno", 12.6707, 13.6127), ("Dikwa", 12.0361, 13.9154),
         ("Damboa", 11.1553, 12.7564), ("Biu", 10.6111, 12.1950), ("Ngala", 12.3398, 14.1857),
         ("Marte", 12.3627, 13.8296), ("Mafa", 11.9244, 13.6006), ("Kukawa", 12.9236, 13.5656)]
types = [("Battles", "Armed clash"), ("Violence against civilians", "Attack"),
         ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"), ("Riots", "Mob violence")]
cols = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
        "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities"]
if sys.argv[1:] == ["13"]:
    types += [("Battles", "Government regains territory"), ("Battles", "Non-state actor overtakes territory"),
              ("Violence against civilians", "Abduction/forced disappearance"),
              ("Violence against civilians", "Sexual violence"), ("Explosions/Remote violence", "Air/drone strike"),
              ("Explosions/Remote violence", "Suicide bomb"), ("Protests", "Peaceful protest"),
              ("Strategic developments", "Looting/property destruction")]
w = csv.writer(sys.stdout)
w.writerow(cols)
for n in range(420):
    name, lat, lon = random.choices(towns, weights=[8, 3, 3, 3, 2, 2, 2, 1, 1, 1, 1, 1])[0]
    precision = random.choices([1, 2, 3], weights=[6, 3, 1])[0]
    if precision == 3:
        name, lat, lon = "Maiduguri", 11.8464, 13.1603  # a province-level event coded to the capital
    elif random.random() < 0.2:
        lat += random.uniform(-0.05, 0.05)
        lon += random.uniform(-0.05, 0.05)
    et, st = random.choice(types)
    day = random.randint(1, 28)
    month = random.randint(1, 12)
    w.writerow([f"NGA{n + 1:05d}", f"2023-{month:02d}-{day:02d}", 2023, 1, et, st, "Made-up armed group",
                "Made-up state forces", "Borno", name, name, f"{lat:.4f}", f"{lon:.4f}", precision,
                "Made-up Daily", f"Made-up event {n + 1} near {name}.", random.choice([0, 0, 1, 2, 3, 5, 8, 12, 25])])
