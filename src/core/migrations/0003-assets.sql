-- 0003: the asset ledger (设备台账): locations, assets, downtime, preventive
-- maintenance plans and their tasks, maintenance records, meters and readings.
-- Times are INTEGER seconds since the epoch (UTC); dates are TEXT 'YYYY-MM-DD' in
-- the database's time zone.

-- Floors, plant rooms and areas of a site, optionally inside a building, as a
-- tree (site → building → floor/plant room → …).
CREATE TABLE asset_locations (
  id           INTEGER PRIMARY KEY,
  site_id      INTEGER NOT NULL REFERENCES sites (id) ON DELETE RESTRICT,
  building_id  INTEGER REFERENCES buildings (id) ON DELETE RESTRICT,
  parent_id    INTEGER REFERENCES asset_locations (id) ON DELETE RESTRICT,
  kind         TEXT NOT NULL DEFAULT 'plant_room'
               CHECK (kind IN ('floor', 'plant_room', 'area')),
  name         TEXT NOT NULL,
  version      INTEGER NOT NULL DEFAULT 1,
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL
);
CREATE INDEX asset_locations_site ON asset_locations (site_id, building_id);

CREATE TABLE assets (
  id               INTEGER PRIMARY KEY,
  code             TEXT NOT NULL UNIQUE,
  name             TEXT NOT NULL,
  category         TEXT NOT NULL
                   CHECK (category IN ('elevator', 'escalator', 'power', 'generator', 'fire',
                                       'water', 'hvac', 'cctv', 'access', 'lighting', 'other')),
  site_id          INTEGER NOT NULL REFERENCES sites (id) ON DELETE RESTRICT,
  building_id      INTEGER REFERENCES buildings (id) ON DELETE RESTRICT,
  location_id      INTEGER REFERENCES asset_locations (id) ON DELETE RESTRICT,
  parent_id        INTEGER REFERENCES assets (id) ON DELETE RESTRICT,
  manufacturer     TEXT NOT NULL DEFAULT '',
  model            TEXT NOT NULL DEFAULT '',
  serial           TEXT NOT NULL DEFAULT '',
  installed_on     TEXT,
  warranty_until   TEXT,
  contractor       TEXT NOT NULL DEFAULT '',
  contract_until   TEXT,
  registration_no  TEXT NOT NULL DEFAULT '',
  statutory_due    TEXT,
  criticality      TEXT NOT NULL DEFAULT 'medium'
                   CHECK (criticality IN ('high', 'medium', 'low')),
  status           TEXT NOT NULL DEFAULT 'in_service'
                   CHECK (status IN ('in_service', 'down', 'maintenance', 'retired')),
  -- When the asset entered service for the KPIs (installed_on at midnight, or the
  -- time it was entered in the ledger) and when it was retired (NULL = not).
  service_from     INTEGER NOT NULL,
  retired_at       INTEGER,
  -- The earliest open maintenance task's due date (NULL = none), kept by the
  -- maintenance module for the list's column, sort and "due soon" filter.
  next_due         TEXT,
  note             TEXT NOT NULL DEFAULT '',
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL
);
CREATE INDEX assets_site ON assets (site_id, building_id, location_id);
CREATE INDEX assets_category ON assets (category, status);
CREATE INDEX assets_status ON assets (status);
CREATE INDEX assets_next_due ON assets (next_due);
CREATE INDEX assets_statutory_due ON assets (statutory_due);
CREATE INDEX assets_parent ON assets (parent_id);

-- A period during which an asset was out of service: a failure (故障停机) or
-- planned maintenance (计划停机). ended_at NULL = still down.
CREATE TABLE asset_downtime (
  id           INTEGER PRIMARY KEY,
  asset_id     INTEGER NOT NULL REFERENCES assets (id) ON DELETE RESTRICT,
  kind         TEXT NOT NULL CHECK (kind IN ('failure', 'maintenance')),
  started_at   INTEGER NOT NULL,
  ended_at     INTEGER CHECK (ended_at IS NULL OR ended_at >= started_at),
  ticket_id    INTEGER REFERENCES tickets (id) ON DELETE RESTRICT,
  reason       TEXT NOT NULL DEFAULT '',
  version      INTEGER NOT NULL DEFAULT 1,
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL
);
CREATE INDEX asset_downtime_asset ON asset_downtime (asset_id, started_at);
CREATE INDEX asset_downtime_started ON asset_downtime (started_at, kind);
CREATE INDEX asset_downtime_ended ON asset_downtime (ended_at, kind);
CREATE INDEX asset_downtime_ticket ON asset_downtime (ticket_id) WHERE ticket_id IS NOT NULL;

CREATE INDEX tickets_asset ON tickets (asset_id) WHERE asset_id IS NOT NULL;

-- A preventive maintenance plan: an iCalendar RRULE ("FREQ=MONTHLY") counted
-- from starts_on (basis 'schedule') or from the last completion (basis
-- 'completion').
CREATE TABLE maintenance_plans (
  id             INTEGER PRIMARY KEY,
  asset_id       INTEGER NOT NULL REFERENCES assets (id) ON DELETE RESTRICT,
  title          TEXT NOT NULL,
  rrule          TEXT NOT NULL,
  basis          TEXT NOT NULL DEFAULT 'schedule' CHECK (basis IN ('schedule', 'completion')),
  starts_on      TEXT NOT NULL,
  department_id  INTEGER REFERENCES departments (id) ON DELETE RESTRICT,
  assignee_id    INTEGER REFERENCES staff (id) ON DELETE RESTRICT,
  contractor     TEXT NOT NULL DEFAULT '',
  instructions   TEXT NOT NULL DEFAULT '',
  active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL
);
CREATE INDEX maintenance_plans_asset ON maintenance_plans (asset_id);

-- One occurrence of a plan. (plan_id, due_on) is unique: regenerating never
-- duplicates a task.
CREATE TABLE maintenance_tasks (
  id            INTEGER PRIMARY KEY,
  plan_id       INTEGER NOT NULL REFERENCES maintenance_plans (id) ON DELETE RESTRICT,
  asset_id      INTEGER NOT NULL REFERENCES assets (id) ON DELETE RESTRICT,
  due_on        TEXT NOT NULL,
  status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'skipped')),
  completed_at  INTEGER,
  completed_on  TEXT,
  note          TEXT NOT NULL DEFAULT '',
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL,
  UNIQUE (plan_id, due_on)
);
CREATE INDEX maintenance_tasks_due ON maintenance_tasks (due_on, status);
CREATE INDEX maintenance_tasks_asset ON maintenance_tasks (asset_id, status, due_on);

-- 维保记录: problem found, action taken, recheck result.
CREATE TABLE maintenance_records (
  id                INTEGER PRIMARY KEY,
  asset_id          INTEGER NOT NULL REFERENCES assets (id) ON DELETE RESTRICT,
  task_id           INTEGER REFERENCES maintenance_tasks (id) ON DELETE RESTRICT,
  ticket_id         INTEGER REFERENCES tickets (id) ON DELETE RESTRICT,
  kind              TEXT NOT NULL DEFAULT 'preventive'
                    CHECK (kind IN ('preventive', 'corrective', 'inspection')),
  performed_at      INTEGER NOT NULL,
  performer         TEXT NOT NULL DEFAULT '',
  problem           TEXT NOT NULL DEFAULT '',
  action            TEXT NOT NULL DEFAULT '',
  recheck           TEXT NOT NULL DEFAULT '',
  recheck_ok        INTEGER NOT NULL DEFAULT 1 CHECK (recheck_ok IN (0, 1)),
  downtime_minutes  INTEGER NOT NULL DEFAULT 0 CHECK (downtime_minutes >= 0),
  cost_cents        INTEGER NOT NULL DEFAULT 0 CHECK (cost_cents >= 0),
  version           INTEGER NOT NULL DEFAULT 1,
  created_at        INTEGER NOT NULL,
  updated_at        INTEGER NOT NULL
);
CREATE INDEX maintenance_records_asset ON maintenance_records (asset_id, performed_at);
CREATE INDEX maintenance_records_task ON maintenance_records (task_id) WHERE task_id IS NOT NULL;

-- Electricity, water and gas meters; a meter may belong to an asset.
CREATE TABLE meters (
  id           INTEGER PRIMARY KEY,
  code         TEXT NOT NULL UNIQUE,
  name         TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('electricity', 'water', 'gas')),
  site_id      INTEGER NOT NULL REFERENCES sites (id) ON DELETE RESTRICT,
  building_id  INTEGER REFERENCES buildings (id) ON DELETE RESTRICT,
  asset_id     INTEGER REFERENCES assets (id) ON DELETE RESTRICT,
  note         TEXT NOT NULL DEFAULT '',
  version      INTEGER NOT NULL DEFAULT 1,
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL
);
CREATE INDEX meters_asset ON meters (asset_id) WHERE asset_id IS NOT NULL;

-- A reading of a cumulative meter. consumption = value − the previous reading's
-- value (NULL for the first); anomaly = 1 when the rule of ct-meter.h flags it.
CREATE TABLE meter_readings (
  id           INTEGER PRIMARY KEY,
  meter_id     INTEGER NOT NULL REFERENCES meters (id) ON DELETE RESTRICT,
  read_at      INTEGER NOT NULL,
  value        REAL NOT NULL,
  consumption  REAL,
  anomaly      INTEGER NOT NULL DEFAULT 0 CHECK (anomaly IN (0, 1)),
  reason       TEXT NOT NULL DEFAULT '',
  reader       TEXT NOT NULL DEFAULT '',
  created_at   INTEGER NOT NULL,
  UNIQUE (meter_id, read_at)
);
