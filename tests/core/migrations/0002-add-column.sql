-- A test migration: schema 2 adds a table and fills it from schema 1's data.
CREATE TABLE site_notes (
  site_id INTEGER NOT NULL REFERENCES sites (id),
  note    TEXT NOT NULL
);
INSERT INTO site_notes (site_id, note) SELECT id, 'migrated ' || name FROM sites;
