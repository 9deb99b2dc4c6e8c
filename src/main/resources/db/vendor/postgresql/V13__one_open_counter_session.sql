-- At most one open counter session per employee, also when two browser tabs start one at the
-- same moment (the service checks first; this catches the race). PostgreSQL only: H2 has no
-- partial indexes, and the embedded demo has no such race worth a workaround.
CREATE UNIQUE INDEX counter_session_one_open ON counter_session (employee_id) WHERE ended_at IS NULL;
