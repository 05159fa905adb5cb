-- Feedback may name the product it is about (nullable: most sources give none).
ALTER TABLE feedback ADD COLUMN product_id BIGINT REFERENCES products (id);
CREATE INDEX feedback_product ON feedback (product_id);

-- Saved feedback analyses. The run itself (kind 'feedback', times, app version) is a row of analysis_runs;
-- feedback_runs holds the settings and summary.json; the other tables hold what the charts, the sentiment files and
-- the reports draw on: the timeline, the breakdowns, topics, keywords, aspects, what changed and every scored text.
-- Counts are positive / neutral / negative texts; a mean score of an empty group is NULL.

CREATE TABLE feedback_runs (
    run_id        BIGINT           NOT NULL PRIMARY KEY REFERENCES analysis_runs (id) ON DELETE CASCADE,
    data_source   VARCHAR(1000),
    language      VARCHAR(8)       NOT NULL,
    period        VARCHAR(16)      NOT NULL,
    topics_asked  INTEGER          NOT NULL,
    summary       VARCHAR(1000000) NOT NULL
);

CREATE TABLE feedback_timeline (
    run_id      BIGINT            NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    position    INTEGER           NOT NULL,
    start_day   DATE              NOT NULL,
    positive    INTEGER           NOT NULL,
    neutral     INTEGER           NOT NULL,
    negative    INTEGER           NOT NULL,
    mean_score  DOUBLE PRECISION,
    PRIMARY KEY (run_id, position)
);

CREATE TABLE feedback_groups (
    run_id      BIGINT            NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    position    INTEGER           NOT NULL,
    dimension   VARCHAR(32)       NOT NULL,
    name        VARCHAR(300)      NOT NULL,
    positive    INTEGER           NOT NULL,
    neutral     INTEGER           NOT NULL,
    negative    INTEGER           NOT NULL,
    mean_score  DOUBLE PRECISION,
    PRIMARY KEY (run_id, position)
);

CREATE TABLE feedback_topics (
    run_id      BIGINT            NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    position    INTEGER           NOT NULL,
    language    VARCHAR(8)        NOT NULL,
    number      INTEGER           NOT NULL,
    terms       VARCHAR(4000)     NOT NULL,
    positive    INTEGER           NOT NULL,
    neutral     INTEGER           NOT NULL,
    negative    INTEGER           NOT NULL,
    mean_score  DOUBLE PRECISION,
    PRIMARY KEY (run_id, position)
);

CREATE TABLE feedback_keywords (
    run_id      BIGINT            NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    position    INTEGER           NOT NULL,
    language    VARCHAR(8)        NOT NULL,
    label       VARCHAR(16),
    term        VARCHAR(300)      NOT NULL,
    weight      DOUBLE PRECISION  NOT NULL,
    texts       INTEGER           NOT NULL,
    PRIMARY KEY (run_id, position)
);

CREATE TABLE feedback_aspects (
    run_id      BIGINT            NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    position    INTEGER           NOT NULL,
    aspect      VARCHAR(32)       NOT NULL,
    language    VARCHAR(8),
    positive    INTEGER           NOT NULL,
    neutral     INTEGER           NOT NULL,
    negative    INTEGER           NOT NULL,
    mean_score  DOUBLE PRECISION,
    PRIMARY KEY (run_id, position)
);

CREATE TABLE feedback_changes (
    run_id          BIGINT            NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    position        INTEGER           NOT NULL,
    language        VARCHAR(8)        NOT NULL,
    term            VARCHAR(300)      NOT NULL,
    earlier_share   DOUBLE PRECISION  NOT NULL,
    recent_share    DOUBLE PRECISION  NOT NULL,
    recent_texts    INTEGER           NOT NULL,
    negative_share  DOUBLE PRECISION  NOT NULL,
    PRIMARY KEY (run_id, position)
);

CREATE TABLE feedback_texts (
    run_id       BIGINT            NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    position     INTEGER           NOT NULL,
    feedback_id  VARCHAR(64)       NOT NULL,
    customer_id  VARCHAR(64),
    written_at   TIMESTAMP,
    channel      VARCHAR(32),
    product      VARCHAR(300),
    language     VARCHAR(8)        NOT NULL,
    score        DOUBLE PRECISION  NOT NULL,
    label        VARCHAR(16)       NOT NULL,
    top_terms    VARCHAR(2000)     NOT NULL,
    topic        INTEGER           NOT NULL,
    priority     VARCHAR(32),
    text         VARCHAR(8000)     NOT NULL,
    PRIMARY KEY (run_id, position)
);
