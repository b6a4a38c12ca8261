-- A test migration: the step after the built-in ones adds a table and fills it from their data.
CREATE TABLE site_notes (
  site_id INTEGER NOT NULL REFERENCES sites (id),
  note    TEXT NOT NULL
);
INSERT INTO site_notes (site_id, note) SELECT id, 'migrated ' || name FROM sites;
