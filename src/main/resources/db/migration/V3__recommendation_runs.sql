-- Saved recommendation runs. The run itself (kind 'recommend', status, times, seed, app version) is a row of
-- analysis_runs; recommendation_runs holds the method and its parameters, recommendations one row per customer and
-- rank with the source that produced the item and its explanation in words.

CREATE TABLE recommendation_runs (
    run_id       BIGINT         NOT NULL PRIMARY KEY REFERENCES analysis_runs (id) ON DELETE CASCADE,
    algorithm    VARCHAR(16)    NOT NULL,
    parameters   VARCHAR(1000)  NOT NULL,
    list_length  INTEGER        NOT NULL,
    customers    INTEGER        NOT NULL,
    data_source  VARCHAR(1000)
);

CREATE TABLE recommendations (
    run_id           BIGINT            NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    customer_id      BIGINT            NOT NULL REFERENCES customers (id),
    rank             INTEGER           NOT NULL,
    product_id       BIGINT            NOT NULL REFERENCES products (id),
    score            DOUBLE PRECISION  NOT NULL,
    score_is_rating  BOOLEAN           NOT NULL,
    source           VARCHAR(24)       NOT NULL,
    cold_start       VARCHAR(16)       NOT NULL,
    explanation      VARCHAR(2000),
    PRIMARY KEY (run_id, customer_id, rank)
);
