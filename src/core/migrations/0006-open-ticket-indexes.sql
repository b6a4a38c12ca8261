-- 0006: the open tickets (new, accepted, dispatched, in progress, paused) by
-- creation and by resolution deadline, for the lists' most common filter.
-- Open tickets are a small share of a large company's tickets: read along
-- tickets_created or tickets_due_resolution, a page of them would step over
-- thousands of closed ones; along these it reads its own rows. The filter
-- columns follow the keys so that status, kind, site, department and assignee
-- are checked in the index, without reading the tickets.
--
-- The WHERE is matched word for word by the list's filter (open_sql in
-- ct-ticket-query.c); the unary plus keeps SQLite from reading the open
-- statuses through tickets_status instead.

CREATE INDEX tickets_open_created
  ON tickets (created_at, id, status, kind, site_id, department_id, assignee_id)
  WHERE +status IN ('new', 'accepted', 'dispatched', 'in_progress', 'paused');

CREATE INDEX tickets_open_due
  ON tickets (due_resolution_at, id, status, kind, site_id, department_id, assignee_id)
  WHERE +status IN ('new', 'accepted', 'dispatched', 'in_progress', 'paused');
