-- 0001: settings, audit log and the organisation (sites, buildings, units,
-- departments, staff). Times are INTEGER seconds since the epoch (UTC); dates are
-- TEXT 'YYYY-MM-DD'.

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  at         INTEGER NOT NULL,
  actor      TEXT NOT NULL,
  entity     TEXT NOT NULL,
  entity_id  INTEGER,
  action     TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'restore', 'set')),
  old_json   TEXT,
  new_json   TEXT,
  prev_hash  TEXT NOT NULL,
  hash       TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE (ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE (ABORT, 'audit_log is append-only');
END;

CREATE TABLE sites (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL UNIQUE,
  address     TEXT NOT NULL DEFAULT '',
  phone       TEXT NOT NULL DEFAULT '',
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);

CREATE TABLE buildings (
  id          INTEGER PRIMARY KEY,
  site_id     INTEGER NOT NULL REFERENCES sites (id) ON DELETE RESTRICT,
  code        TEXT NOT NULL,
  name        TEXT NOT NULL,
  floors      INTEGER NOT NULL DEFAULT 0,
  entrances   INTEGER NOT NULL DEFAULT 0,
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  UNIQUE (site_id, code)
);

CREATE TABLE units (
  id           INTEGER PRIMARY KEY,
  building_id  INTEGER NOT NULL REFERENCES buildings (id) ON DELETE RESTRICT,
  entrance     TEXT NOT NULL DEFAULT '',
  room         TEXT NOT NULL,
  floor        INTEGER NOT NULL DEFAULT 0,
  owner_name   TEXT NOT NULL DEFAULT '',
  owner_phone  TEXT NOT NULL DEFAULT '',
  note         TEXT NOT NULL DEFAULT '',
  version      INTEGER NOT NULL DEFAULT 1,
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL,
  UNIQUE (building_id, entrance, room)
);
CREATE INDEX units_owner_phone ON units (owner_phone);
CREATE INDEX units_owner_name ON units (owner_name);

CREATE TABLE departments (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL UNIQUE,
  phone       TEXT NOT NULL DEFAULT '',
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);

CREATE TABLE staff (
  id             INTEGER PRIMARY KEY,
  employee_no    TEXT NOT NULL UNIQUE,
  name           TEXT NOT NULL,
  department_id  INTEGER NOT NULL REFERENCES departments (id) ON DELETE RESTRICT,
  site_id        INTEGER REFERENCES sites (id) ON DELETE RESTRICT,
  post           TEXT NOT NULL DEFAULT '',
  phone          TEXT NOT NULL DEFAULT '',
  hired_on       TEXT,
  status         TEXT NOT NULL DEFAULT 'active'
                 CHECK (status IN ('onboarding', 'active', 'left')),
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL
);
CREATE INDEX staff_department ON staff (department_id, status);
CREATE INDEX staff_site ON staff (site_id);
