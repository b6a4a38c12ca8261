-- 0005: who has the database open (presence). One row per running app: the
-- signed-in user's display name and login, the computer and process, when it
-- opened the file and its last heartbeat (every ~30 s). Rows whose heartbeat is
-- older than two minutes are stale (a crashed app or a lost network) and are
-- deleted by the next heartbeat of any app. Not business data: not audited.
-- Times are INTEGER seconds since the epoch (UTC).

CREATE TABLE db_sessions (
  id            INTEGER PRIMARY KEY,
  user          TEXT NOT NULL DEFAULT '',
  login         TEXT NOT NULL DEFAULT '',
  host          TEXT NOT NULL DEFAULT '',
  pid           INTEGER NOT NULL DEFAULT 0,
  started_at    INTEGER NOT NULL,
  heartbeat_at  INTEGER NOT NULL,
  app_version   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX db_sessions_heartbeat ON db_sessions (heartbeat_at);
