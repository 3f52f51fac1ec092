-- Knowledge management on JDBC (issue 15): one row per article (the columns searches filter and
-- sort on, taken from its status and its current content, plus the whole snapshot as JSON, which
-- is what is restored: every version, its title and body in Chinese and/or English), its links
-- to configuration items (rewritten with each save, for the search by item) and the article
-- numbers. Every *_at column holds UTC. On MariaDB the tables are utf8mb4 (${table_options}), so
-- Chinese text, and characters outside the Basic Multilingual Plane, are kept as written.

CREATE TABLE knowledge_article (
    id          ${uuid}                   NOT NULL,
    number      VARCHAR(24) ${ascii}      NOT NULL,
    -- the number with its year and zero-padded sequence, KB-2026-0000000000000000042: its
    -- binary order is the number order (year, then sequence), which searches page on
    number_key  VARCHAR(32) ${ascii}      NOT NULL,
    -- Article.status(): PUBLISHED while a version is published, else DRAFT or IN_REVIEW, else RETIRED
    status      VARCHAR(30)               NOT NULL,
    -- the audience and category of its current content: the published version's, else the newest's
    audience    VARCHAR(30)               NOT NULL,
    category    VARCHAR(100) ${ascii}     NOT NULL,
    times_used  BIGINT                    NOT NULL,
    created_at  ${timestamp}              NOT NULL,
    updated_at  ${timestamp}              NOT NULL,
    version     BIGINT                    NOT NULL,
    snapshot    ${json}                   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT knowledge_article_number_uq UNIQUE (number)
)${table_options};

CREATE INDEX knowledge_article_order_ix ON knowledge_article (number_key);
CREATE INDEX knowledge_article_reach_ix ON knowledge_article (audience, status, number_key);

-- The configuration items each article is linked to, as in its snapshot; the adapter replaces
-- an article's rows whenever it saves the article.
CREATE TABLE knowledge_article_ci (
    article_id  ${uuid}                   NOT NULL,
    ci_id       ${uuid}                   NOT NULL,
    PRIMARY KEY (article_id, ci_id)
)${table_options};

CREATE INDEX knowledge_article_ci_ix ON knowledge_article_ci (ci_id, article_id);

-- Article numbers as problem numbers (V17): a sequence's value less the year's base, which the
-- first number of a year sets to the value before its own.
CREATE SEQUENCE knowledge_article_number_seq START WITH 1;

CREATE TABLE knowledge_article_number_year (
    counter_year INTEGER                  NOT NULL,
    base         BIGINT                   NOT NULL,
    PRIMARY KEY (counter_year)
)${table_options};
