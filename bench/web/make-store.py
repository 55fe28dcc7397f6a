#!/usr/bin/env python3
"""Builds a synthetic SQLite corpus store for the web benchmarks: N events (5 per document) with random
places in Ukraine, dates over one year, sub-event types and casualty figures. Applies the store's own
migration scripts first, so the server opens the file as its own. Not test data: numbers only.

usage: make-store.py OUT.db EVENTS
"""
import glob, json, os, random, sqlite3, sys, time

out, total = sys.argv[1], int(sys.argv[2])
here = os.path.dirname(os.path.abspath(__file__))
migrations = sorted(glob.glob(os.path.join(here, "../../src/Sitrep.Corpus/Store/Sqlite/Migrations/*.sql")))
if os.path.exists(out):
    os.remove(out)
db = sqlite3.connect(out)
db.execute("PRAGMA journal_mode = WAL")
db.execute("CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)")
for path in migrations:
    name = os.path.basename(path)
    db.executescript(open(path, encoding="utf-8").read())
    db.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (int(name[:3]), "Sitrep.Corpus.Sqlite." + name, int(time.time() * 1000)))

rng = random.Random(42)
regions = [("Kharkiv Oblast", 49.99, 36.23), ("Odesa Oblast", 46.48, 30.73), ("Sumy Oblast", 50.91, 34.80),
           ("Donetsk Oblast", 48.0, 37.8), ("Zaporizhzhia Oblast", 47.84, 35.14), ("Kherson Oblast", 46.64, 32.61),
           ("Dnipropetrovsk Oblast", 48.46, 35.04), ("Kyiv Oblast", 50.45, 30.52), ("Chernihiv Oblast", 51.49, 31.29)]
types = [("Explosions/Remote violence", "Air/drone strike"), ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Battles", "Armed clash"), ("Explosions/Remote violence", "Remote explosive/landmine/IED")]
start = time.mktime((2025, 3, 1, 0, 0, 0, 0, 0, -1))
docs = (total + 4) // 5
event_rows = []
with db:
    for d in range(docs):
        day = time.strftime("%Y-%m-%d", time.gmtime(start + rng.randrange(365) * 86400))
        text = f"Synthetic benchmark document {d}: strikes were reported in several regions on {day}."
        doc_id = f"sha256:{d:064x}"
        db.execute("INSERT INTO documents (id, source, url, title, published, text, status, report, ingested_at) VALUES (?,?,?,?,?,?,?,?,?)",
                   (doc_id, f"bench-{d}.txt", None, f"Benchmark {d}", day, text, "done", "{}", 0))
        for e in range(min(5, total - d * 5)):
            region, lat, lon = rng.choice(regions)
            event_type, sub = rng.choice(types)
            killed = rng.choice([None, 0, 1, 2, 3, 5, 8, 12])
            injured = rng.choice([None, 0, 1, 4, 9, 20])
            evidence = json.dumps([{"field": "place", "start": 0, "end": 9}])
            event_rows.append((doc_id, f"V{e+1}", "violence", "incident", event_type, sub, "ASSAULT", "Russian forces", None, "residential",
                               "drone", None, None, region.split()[0], "city", "UA", region, lat + rng.uniform(-0.6, 0.6), lon + rng.uniform(-0.9, 0.9),
                               None, day, "day", killed, killed, killed, injured, injured, injured, 0.8, evidence))
    db.executemany("""INSERT INTO events (document_id, event_id, category, scope, event_type, sub_event_type, plover, actors, targets, target_type,
        weapon, launched, intercepted, place_name, place_kind, country, admin1, lat, lon, geonames_id, date, date_precision,
        killed_min, killed_best, killed_max, injured_min, injured_best, injured_max, confidence, evidence)
        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""", event_rows)
db.close()
print(f"{out}: {docs} documents, {len(event_rows)} events")
