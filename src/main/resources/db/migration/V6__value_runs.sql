-- Saved value analyses. The run itself (kind 'value', times, app version) is a row of analysis_runs; value_runs
-- holds the settings, the fitted models' parameters (the CLI's parameters.json, as text), the extents of the
-- P(alive) map and the lifecycle migration; the child tables hold what a report shows: one row per RFM segment,
-- the CLV distribution's bins and the most valuable customers. Missing numbers (NaN) are stored as NULL.

CREATE TABLE value_runs (
    run_id          BIGINT            NOT NULL PRIMARY KEY REFERENCES analysis_runs (id) ON DELETE CASCADE,
    data_source     VARCHAR(1000),
    model           VARCHAR(16)       NOT NULL,
    period_unit     VARCHAR(16)       NOT NULL,
    calibration_end DATE              NOT NULL,
    holdout_end     DATE,
    horizon         INTEGER           NOT NULL,
    discount_rate   DOUBLE PRECISION  NOT NULL,
    margin          DOUBLE PRECISION  NOT NULL,
    parameters      VARCHAR(20000)    NOT NULL,
    customers       INTEGER           NOT NULL,
    total_clv       DOUBLE PRECISION,
    max_frequency   INTEGER           NOT NULL,
    max_age         DOUBLE PRECISION  NOT NULL,
    migration_from  DATE              NOT NULL,
    migration_to    DATE              NOT NULL,
    migration       VARCHAR(4000)     NOT NULL
);

CREATE TABLE value_rfm_segments (
    run_id             BIGINT            NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    position           INTEGER           NOT NULL,
    segment            VARCHAR(32)       NOT NULL,
    customers          INTEGER           NOT NULL,
    mean_recency_days  DOUBLE PRECISION,
    mean_purchases     DOUBLE PRECISION,
    mean_spend         DOUBLE PRECISION,
    total_clv          DOUBLE PRECISION,
    PRIMARY KEY (run_id, position)
);

CREATE TABLE value_clv_bins (
    run_id       BIGINT            NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    position     INTEGER           NOT NULL,
    lower_bound  DOUBLE PRECISION  NOT NULL,
    upper_bound  DOUBLE PRECISION  NOT NULL,
    customers    INTEGER           NOT NULL,
    PRIMARY KEY (run_id, position)
);

CREATE TABLE value_top_customers (
    run_id             BIGINT            NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    position           INTEGER           NOT NULL,
    customer_id        VARCHAR(64)       NOT NULL,
    clv                DOUBLE PRECISION,
    p_alive            DOUBLE PRECISION,
    expected_purchases DOUBLE PRECISION,
    segment            VARCHAR(32),
    stage              VARCHAR(32),
    PRIMARY KEY (run_id, position)
);
