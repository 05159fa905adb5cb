-- Saved recommendation evaluations. The run itself (kind 'recommend-eval', times, seed, app version) is a row of
-- analysis_runs; recommendation_evaluations holds how ratings were held out and what counted as relevant, and
-- evaluation_scores one row per method with every metric, so the comparison chart can be drawn again for a report.
-- Metrics that do not apply to a method (NaN) are stored as NULL.

CREATE TABLE recommendation_evaluations (
    run_id       BIGINT            NOT NULL PRIMARY KEY REFERENCES analysis_runs (id) ON DELETE CASCADE,
    split        VARCHAR(1000)     NOT NULL,
    list_length  INTEGER           NOT NULL,
    relevant     DOUBLE PRECISION,
    data_source  VARCHAR(1000)
);

CREATE TABLE evaluation_scores (
    run_id          BIGINT            NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    position        INTEGER           NOT NULL,
    algorithm       VARCHAR(32)       NOT NULL,
    parameters      VARCHAR(1000)     NOT NULL,
    rmse            DOUBLE PRECISION,
    mae             DOUBLE PRECISION,
    precision_at_n  DOUBLE PRECISION,
    recall_at_n     DOUBLE PRECISION,
    ndcg            DOUBLE PRECISION,
    map             DOUBLE PRECISION,
    hit_rate        DOUBLE PRECISION,
    coverage        DOUBLE PRECISION,
    fit_seconds     DOUBLE PRECISION,
    predict_seconds DOUBLE PRECISION,
    test_customers  INTEGER           NOT NULL,
    PRIMARY KEY (run_id, position)
);
