-- 0007: the open maintenance tasks by due date, with their asset, for the
-- Assets tab's badge (ct_maintenance_count_overdue: open tasks past due of
-- assets not retired), counted at every start. Through maintenance_tasks_due
-- it read every task due before today and looked each open one up in the
-- table for its asset: tens of milliseconds in a large company's year of
-- tasks. The WHERE is the query's own condition, word for word.

CREATE INDEX maintenance_tasks_open
  ON maintenance_tasks (due_on, asset_id)
  WHERE status = 'open';
