-- 0009: the deadlines of the open, unpaused tickets, for the overdue count
-- behind the Tickets badge and the sweep that marks tickets overdue, both run
-- at every start (ct-ticket-queue.c). Through tickets_status they looked
-- every open ticket up in the table for its deadlines: 8–20 ms at a million
-- tickets, on the window's thread. The WHERE is the overdue rule's own
-- (OVERDUE in ct-ticket-query-terms.c), word for word; status is the last
-- column so that the index alone answers.

CREATE INDEX tickets_open_deadlines
  ON tickets (due_response_at, accepted_at, due_arrival_at, arrived_at,
              due_resolution_at, resolved_at, overdue_at, status)
  WHERE status IN ('new', 'accepted', 'dispatched', 'in_progress');
