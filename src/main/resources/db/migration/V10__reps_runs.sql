-- Saved sales-team analyses. The run itself (kind 'reps', times, app version) is a row of analysis_runs; reps_runs
-- holds the settings, the number of observations and the model in words (the CLI's model.json); reps_factors the
-- factors adjusted for, in order; reps_effects the league table (best adjusted rank first); reps_shifts the reps whose
-- raw and adjusted ranks disagree (largest shift first). A missing number (an interval that could not be computed) is
-- stored as NULL.

CREATE TABLE reps_runs (
    run_id             BIGINT         NOT NULL PRIMARY KEY REFERENCES analysis_runs (id) ON DELETE CASCADE,
    data_source        VARCHAR(1000),
    outcome            VARCHAR(16)    NOT NULL,
    season             BOOLEAN        NOT NULL,
    period             VARCHAR(16)    NOT NULL,
    churn_window_days  INTEGER        NOT NULL,
    observations       INTEGER        NOT NULL,
    model              VARCHAR(1000000) NOT NULL
);

CREATE TABLE reps_factors (
    run_id    BIGINT        NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    position  INTEGER       NOT NULL,
    factor    VARCHAR(200)  NOT NULL,
    PRIMARY KEY (run_id, position)
);

CREATE TABLE reps_effects (
    run_id         BIGINT            NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    position       INTEGER           NOT NULL,
    rep_id         VARCHAR(64)       NOT NULL,
    name           VARCHAR(200)      NOT NULL,
    region         VARCHAR(100)      NOT NULL,
    observations   INTEGER           NOT NULL,
    raw_value      DOUBLE PRECISION,
    effect         DOUBLE PRECISION,
    lower95        DOUBLE PRECISION,
    upper95        DOUBLE PRECISION,
    rank_raw       INTEGER           NOT NULL,
    rank_adjusted  INTEGER           NOT NULL,
    PRIMARY KEY (run_id, position)
);

CREATE TABLE reps_shifts (
    run_id         BIGINT        NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    position       INTEGER       NOT NULL,
    rep_id         VARCHAR(64)   NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    rank_raw       INTEGER       NOT NULL,
    rank_adjusted  INTEGER       NOT NULL,
    reps           INTEGER       NOT NULL,
    PRIMARY KEY (run_id, position)
);
