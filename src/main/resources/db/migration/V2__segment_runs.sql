-- Saved segmentation runs. The run itself (kind 'segment', status, times, seed, app version) is a row of
-- analysis_runs; these tables hold its parameters as columns, the segments with their names, and one row per
-- customer saying which segment the customer is in (-1 for rows DBSCAN left as noise).

CREATE TABLE segment_runs (
    run_id      BIGINT            NOT NULL PRIMARY KEY REFERENCES analysis_runs (id) ON DELETE CASCADE,
    algorithm   VARCHAR(16)       NOT NULL,
    k           INTEGER,
    eps         DOUBLE PRECISION,
    min_pts     INTEGER,
    restarts    INTEGER,
    scaling     VARCHAR(16)       NOT NULL,
    features    VARCHAR(4000)     NOT NULL,
    as_of       DATE,
    customers   INTEGER           NOT NULL,
    silhouette  DOUBLE PRECISION
);

CREATE TABLE segments (
    run_id         BIGINT        NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    segment        INTEGER       NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    customers      INTEGER       NOT NULL,
    revenue_share  DOUBLE PRECISION,
    PRIMARY KEY (run_id, segment)
);

CREATE TABLE segment_assignments (
    run_id       BIGINT   NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    customer_id  BIGINT   NOT NULL REFERENCES customers (id),
    segment      INTEGER  NOT NULL,
    PRIMARY KEY (run_id, customer_id)
);
