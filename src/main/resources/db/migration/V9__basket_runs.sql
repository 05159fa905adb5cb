-- Saved basket analyses. The run itself (kind 'basket', times, app version) is a row of analysis_runs; basket_runs
-- holds the settings and counts; basket_items the items' counts (most frequent first, with every item a stored rule
-- names); basket_rules the strongest rules (highest lift first) and basket_rule_items their items, side 'A' for the
-- antecedent and 'C' for the consequent. An infinite conviction (confidence 1) is stored as NULL.

CREATE TABLE basket_runs (
    run_id          BIGINT            NOT NULL PRIMARY KEY REFERENCES analysis_runs (id) ON DELETE CASCADE,
    data_source     VARCHAR(1000),
    basis           VARCHAR(16)       NOT NULL,
    algorithm       VARCHAR(16)       NOT NULL,
    min_support     DOUBLE PRECISION  NOT NULL,
    min_confidence  DOUBLE PRECISION  NOT NULL,
    min_length      INTEGER           NOT NULL,
    max_length      INTEGER           NOT NULL,
    max_consequent  INTEGER           NOT NULL,
    transactions    INTEGER           NOT NULL,
    items           INTEGER           NOT NULL,
    itemsets        INTEGER           NOT NULL,
    rules_total     INTEGER           NOT NULL,
    seconds         DOUBLE PRECISION  NOT NULL
);

CREATE TABLE basket_items (
    run_id     BIGINT         NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    position   INTEGER        NOT NULL,
    item       VARCHAR(1000)  NOT NULL,
    label      VARCHAR(1000)  NOT NULL,
    item_count INTEGER        NOT NULL,
    PRIMARY KEY (run_id, position)
);

CREATE TABLE basket_rules (
    run_id      BIGINT            NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    position    INTEGER           NOT NULL,
    rule_count  INTEGER           NOT NULL,
    support     DOUBLE PRECISION  NOT NULL,
    confidence  DOUBLE PRECISION  NOT NULL,
    lift        DOUBLE PRECISION  NOT NULL,
    leverage    DOUBLE PRECISION  NOT NULL,
    conviction  DOUBLE PRECISION,
    PRIMARY KEY (run_id, position)
);

CREATE TABLE basket_rule_items (
    run_id         BIGINT         NOT NULL REFERENCES analysis_runs (id) ON DELETE CASCADE,
    rule_position  INTEGER        NOT NULL,
    side           CHAR(1)        NOT NULL,
    item_position  INTEGER        NOT NULL,
    item           VARCHAR(1000)  NOT NULL,
    PRIMARY KEY (run_id, rule_position, side, item_position)
);
