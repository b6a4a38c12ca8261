-- A test migration that fails half-way: nothing of it may remain.
CREATE TABLE half_done (x INTEGER);
INSERT INTO no_such_table VALUES (1);
