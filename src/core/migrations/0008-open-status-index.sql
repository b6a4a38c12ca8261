-- 0008: the open tickets in status order, like 0006 for creation and
-- deadline. An open filter sorted by status read tickets_status and looked
-- every row up in the table for its kind, site or assignee; a far page of
-- "open repairs" stepped over the rows before it the same way (up to 4 ms
-- at a million tickets). The WHERE is the list's open filter, word for word
-- (open_sql in ct-ticket-query-terms.c).

CREATE INDEX tickets_open_status
  ON tickets (status, created_at, id, kind, site_id, department_id, assignee_id)
  WHERE +status IN ('new', 'accepted', 'dispatched', 'in_progress', 'paused');
