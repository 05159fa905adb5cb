-- What a saved run found, as a message key and its arguments, so every reader sees it in their own language
-- (analysis_runs.summary keeps the English line, for runs saved before this version and for logs).
-- The arguments are separated by the unit separator character (U+001F).

ALTER TABLE analysis_runs ADD COLUMN summary_key VARCHAR(100);
ALTER TABLE analysis_runs ADD COLUMN summary_args VARCHAR(2000);
