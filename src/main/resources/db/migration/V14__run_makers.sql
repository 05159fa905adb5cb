-- Who saved each analysis run: on a team database the database user, on a file the computer's user name.
-- Runs saved before this version have none (shown as unknown).
ALTER TABLE analysis_runs ADD COLUMN made_by VARCHAR(128);
