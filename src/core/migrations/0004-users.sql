-- 0004: user accounts. A database without users runs in single-user local mode
-- (everything allowed); once it has users, the app asks for sign-in on open and
-- every store write is checked against the signed-in user's role
-- (src/core/ct-permission.c). password_hash is a libsodium crypto_pwhash_str
-- string (argon2id), never written to the audit log. A technician's staff_id
-- says which tickets are "their own jobs" (tickets.assignee_id).

CREATE TABLE users (
  id             INTEGER PRIMARY KEY,
  login          TEXT NOT NULL UNIQUE,
  display_name   TEXT NOT NULL DEFAULT '',
  role           TEXT NOT NULL
                 CHECK (role IN ('admin', 'manager', 'dispatcher', 'technician', 'inspector',
                                 'trainer', 'viewer')),
  staff_id       INTEGER REFERENCES staff (id) ON DELETE RESTRICT,
  password_hash  TEXT NOT NULL DEFAULT '',
  active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  last_login_at  INTEGER,
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL
);
CREATE INDEX users_staff ON users (staff_id) WHERE staff_id IS NOT NULL;
