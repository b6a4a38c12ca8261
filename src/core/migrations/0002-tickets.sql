-- 0002: work calendars, SLA policies and service tickets.

-- A work calendar: business hours per ISO weekday (1 = Monday … 7 = Sunday, up to
-- two spans a day, minutes after midnight in the database's time zone), holidays
-- and make-up workdays (调休, worked with Monday's hours). site_id NULL is the
-- company calendar, used by sites without one of their own.
CREATE TABLE work_calendars (
  id          INTEGER PRIMARY KEY,
  site_id     INTEGER UNIQUE REFERENCES sites (id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);

CREATE TABLE calendar_hours (
  calendar_id  INTEGER NOT NULL REFERENCES work_calendars (id) ON DELETE CASCADE,
  weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
  end_minute   INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
  CHECK (start_minute < end_minute),
  PRIMARY KEY (calendar_id, weekday, start_minute)
);

CREATE TABLE calendar_days (
  calendar_id  INTEGER NOT NULL REFERENCES work_calendars (id) ON DELETE CASCADE,
  day          TEXT NOT NULL,
  type         TEXT NOT NULL CHECK (type IN ('holiday', 'workday')),
  name         TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (calendar_id, day)
);

INSERT INTO work_calendars (id, site_id, name, created_at, updated_at)
  VALUES (1, NULL, 'default', 0, 0);
INSERT INTO calendar_hours (calendar_id, weekday, start_minute, end_minute)
  VALUES (1, 1, 510, 720), (1, 1, 810, 1080),
         (1, 2, 510, 720), (1, 2, 810, 1080),
         (1, 3, 510, 720), (1, 3, 810, 1080),
         (1, 4, 510, 720), (1, 4, 810, 1080),
         (1, 5, 510, 720), (1, 5, 810, 1080);

-- SLA targets per kind × repair class. A target is an amount on a clock:
-- '24x7' (wall-clock minutes), 'business' (minutes inside business hours) or
-- 'workdays' (the amount is days, each the business minutes of a normal
-- weekday). NULL = no target. from_appointment: arrival and resolution count
-- from the appointment time instead of creation.
CREATE TABLE sla_policies (
  id                 INTEGER PRIMARY KEY,
  kind               TEXT NOT NULL
                     CHECK (kind IN ('repair', 'complaint', 'consultation', 'suggestion', 'praise')),
  repair_class       TEXT NOT NULL DEFAULT ''
                     CHECK (repair_class IN ('', 'emergency', 'routine', 'appointment')),
  response_target    INTEGER,
  response_clock     TEXT NOT NULL DEFAULT '24x7'
                     CHECK (response_clock IN ('24x7', 'business', 'workdays')),
  arrival_target     INTEGER,
  arrival_clock      TEXT NOT NULL DEFAULT '24x7'
                     CHECK (arrival_clock IN ('24x7', 'business', 'workdays')),
  resolution_target  INTEGER,
  resolution_clock   TEXT NOT NULL DEFAULT '24x7'
                     CHECK (resolution_clock IN ('24x7', 'business', 'workdays')),
  from_appointment   INTEGER NOT NULL DEFAULT 0,
  version            INTEGER NOT NULL DEFAULT 1,
  created_at         INTEGER NOT NULL,
  updated_at         INTEGER NOT NULL,
  UNIQUE (kind, repair_class)
);

INSERT INTO sla_policies (kind, repair_class, response_target, response_clock,
                          arrival_target, arrival_clock, resolution_target, resolution_clock,
                          from_appointment, created_at, updated_at) VALUES
  ('repair', 'emergency',   15, '24x7', 30,   '24x7', 720,  '24x7',     0, 0, 0),
  ('repair', 'routine',     15, '24x7', NULL, '24x7', 1440, '24x7',     0, 0, 0),
  ('repair', 'appointment', 15, '24x7', 0,    '24x7', 1440, '24x7',     1, 0, 0),
  ('complaint', '',         120, '24x7', 720, '24x7', 3,    'workdays', 0, 0, 0),
  ('consultation', '',      15, '24x7', NULL, '24x7', 120,  '24x7',     0, 0, 0),
  ('suggestion', '',        1440, '24x7', NULL, '24x7', 7,  'workdays', 0, 0, 0),
  ('praise', '',            1440, '24x7', NULL, '24x7', NULL, '24x7',   0, 0, 0);

-- Next ticket number per year: T-2026-00001.
CREATE TABLE ticket_counters (
  year  INTEGER PRIMARY KEY,
  last  INTEGER NOT NULL
);

CREATE TABLE tickets (
  id                 INTEGER PRIMARY KEY,
  code               TEXT NOT NULL UNIQUE,
  kind               TEXT NOT NULL
                     CHECK (kind IN ('repair', 'complaint', 'consultation', 'suggestion', 'praise')),
  repair_class       TEXT NOT NULL DEFAULT ''
                     CHECK (repair_class IN ('', 'emergency', 'routine', 'appointment')),
  category           TEXT NOT NULL DEFAULT '',
  channel            TEXT NOT NULL DEFAULT 'phone'
                     CHECK (channel IN ('phone', 'app', 'wechat', 'walk-in', 'email',
                                        'owner_meeting', 'inspection')),
  site_id            INTEGER NOT NULL REFERENCES sites (id),
  building_id        INTEGER REFERENCES buildings (id),
  unit_id            INTEGER REFERENCES units (id),
  address            TEXT NOT NULL DEFAULT '',
  reporter           TEXT NOT NULL DEFAULT '',
  phone              TEXT NOT NULL DEFAULT '',
  title              TEXT NOT NULL,
  description        TEXT NOT NULL DEFAULT '',
  asset_id           INTEGER,
  owner_user         TEXT NOT NULL DEFAULT '',
  department_id      INTEGER REFERENCES departments (id),
  assignee_id        INTEGER REFERENCES staff (id),
  status             TEXT NOT NULL DEFAULT 'new'
                     CHECK (status IN ('new', 'accepted', 'dispatched', 'in_progress', 'paused',
                                       'resolved', 'visited', 'archived', 'cancelled',
                                       'invalid')),
  accepted_at        INTEGER,
  dispatched_at      INTEGER,
  arrived_at         INTEGER,
  resolved_at        INTEGER,
  visited_at         INTEGER,
  archived_at        INTEGER,
  closed_at          INTEGER,
  appointment_at     INTEGER,
  due_response_at    INTEGER,
  due_arrival_at     INTEGER,
  due_resolution_at  INTEGER,
  paused_at          INTEGER,
  pause_reason       TEXT NOT NULL DEFAULT '',
  satisfaction       INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
  visit_note         TEXT NOT NULL DEFAULT '',
  resolution_note    TEXT NOT NULL DEFAULT '',
  close_reason       TEXT NOT NULL DEFAULT '',
  reopened_count     INTEGER NOT NULL DEFAULT 0,
  repeat_of_id       INTEGER REFERENCES tickets (id),
  merged_into_id     INTEGER REFERENCES tickets (id),
  overdue_at         INTEGER,
  version            INTEGER NOT NULL DEFAULT 1,
  created_at         INTEGER NOT NULL,
  updated_at         INTEGER NOT NULL
);
CREATE INDEX tickets_created ON tickets (created_at, id);
CREATE INDEX tickets_status ON tickets (status, created_at, id);
CREATE INDEX tickets_kind ON tickets (kind, created_at, id);
CREATE INDEX tickets_site ON tickets (site_id, created_at, id);
CREATE INDEX tickets_department ON tickets (department_id, status, created_at);
CREATE INDEX tickets_assignee ON tickets (assignee_id, status, created_at);
CREATE INDEX tickets_due_resolution ON tickets (due_resolution_at, id);
CREATE INDEX tickets_resolved ON tickets (resolved_at);
CREATE INDEX tickets_visited ON tickets (visited_at);
CREATE INDEX tickets_repeat ON tickets (unit_id, kind, category, created_at);

-- Full-text search over title, description, address and reporter (CJK: trigram).
-- Kept in step by the ticket store, not by triggers.
CREATE VIRTUAL TABLE tickets_fts USING fts5 (
  title, description, address, reporter,
  content = 'tickets', content_rowid = 'id', tokenize = 'trigram'
);

-- The timeline: every transition, pause, resume, note, link and merge.
CREATE TABLE ticket_events (
  id           INTEGER PRIMARY KEY,
  ticket_id    INTEGER NOT NULL REFERENCES tickets (id),
  at           INTEGER NOT NULL,
  actor        TEXT NOT NULL,
  type         TEXT NOT NULL,
  from_status  TEXT,
  to_status    TEXT,
  reason       TEXT NOT NULL DEFAULT '',
  detail       TEXT
);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, at, id);

CREATE TABLE ticket_links (
  ticket_id  INTEGER NOT NULL REFERENCES tickets (id),
  other_id   INTEGER NOT NULL REFERENCES tickets (id),
  type       TEXT NOT NULL CHECK (type IN ('duplicate', 'related', 'repeat')),
  created_at INTEGER NOT NULL,
  PRIMARY KEY (ticket_id, other_id),
  CHECK (ticket_id <> other_id)
);
CREATE INDEX ticket_links_other ON ticket_links (other_id);

INSERT INTO settings (key, value) VALUES ('time_zone', 'Asia/Shanghai')
  ON CONFLICT (key) DO NOTHING;
