-- Saved prediction and forecast runs. The run itself (kind 'predict' or 'forecast', status, times, seed, app
-- version) is a row of analysis_runs; these tables hold the model with its settings and evaluation, and the results:
-- one score per customer for a prediction, the observed and fitted history, the forecast and its intervals for a
-- forecast. Settings and evaluations are JSON objects kept as text; missing numbers (NaN) are stored as NULL.

CREATE TABLE prediction_runs (
    run_id       BIGINT          NOT NULL PRIMARY KEY REFERENCES analysis_runs (id) ON DELETE CASCADE,
    task         VARCHAR(16)     NOT NULL,
    model        VARCHAR(32)     NOT NULL,
    target       VARCHAR(200)    NOT NULL,
    features     VARCHAR(8000)   NOT NULL,
    parameters   VARCHAR(20000)  NOT NULL,
    metrics      VARCHAR(1000000) NOT NULL,
    cutoff       DATE,
    window_days  INTEGER,
    data_source  VARCHAR(1000),
    customers    INTEGER         NOT NULL
);

CREATE TABLE customer_predictions (
    run_id       BIGINT            NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    customer_id  BIGINT            NOT NULL REFERENCES customers (id),
    prediction   DOUBLE PRECISION,
    PRIMARY KEY (run_id, customer_id)
);

CREATE TABLE forecast_runs (
    run_id       BIGINT            NOT NULL PRIMARY KEY REFERENCES analysis_runs (id) ON DELETE CASCADE,
    series_name  VARCHAR(1000)     NOT NULL,
    unit         VARCHAR(200),
    frequency    VARCHAR(16)       NOT NULL,
    model        VARCHAR(32)       NOT NULL,
    requested    VARCHAR(32),
    parameters   VARCHAR(20000)    NOT NULL,
    sse          DOUBLE PRECISION,
    backtest     VARCHAR(20000)    NOT NULL,
    data_source  VARCHAR(1000),
    periods      INTEGER           NOT NULL,
    horizon      INTEGER           NOT NULL
);

CREATE TABLE forecast_history (
    run_id       BIGINT            NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    period_start DATE              NOT NULL,
    actual       DOUBLE PRECISION  NOT NULL,
    fitted       DOUBLE PRECISION,
    PRIMARY KEY (run_id, period_start)
);

CREATE TABLE forecast_points (
    run_id       BIGINT            NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    period_start DATE              NOT NULL,
    forecast     DOUBLE PRECISION,
    PRIMARY KEY (run_id, period_start)
);

CREATE TABLE forecast_intervals (
    run_id       BIGINT            NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    period_start DATE              NOT NULL,
    level_pct    INTEGER           NOT NULL,
    lower_bound  DOUBLE PRECISION,
    upper_bound  DOUBLE PRECISION,
    PRIMARY KEY (run_id, period_start, level_pct)
);
