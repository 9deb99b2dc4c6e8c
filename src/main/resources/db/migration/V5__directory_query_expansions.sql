-- 1. Searches without results, counted per query per day, so editors can see the last 30 days.
-- Still only the masked, normalised words: no IP address, no account, no time of day.
CREATE TABLE directory_zero_result_day (
    query       VARCHAR(200) NOT NULL,
    searched_on DATE         NOT NULL,
    searches    BIGINT       NOT NULL,
    PRIMARY KEY (query, searched_on)
);
CREATE INDEX directory_zero_result_day_on ON directory_zero_result_day (searched_on);

-- The old table kept a total with the first and last day. Both days certainly had a search, the
-- days between are unknown: one search goes to the last day, the rest to the first. A report
-- window then never counts more searches than really happened in it (at worst fewer).
INSERT INTO directory_zero_result_day (query, searched_on, searches)
    SELECT query, last_seen, searches FROM directory_zero_result WHERE first_seen = last_seen;
INSERT INTO directory_zero_result_day (query, searched_on, searches)
    SELECT query, last_seen, 1 FROM directory_zero_result WHERE first_seen <> last_seen;
INSERT INTO directory_zero_result_day (query, searched_on, searches)
    SELECT query, first_seen, searches - 1 FROM directory_zero_result
    WHERE first_seen <> last_seen AND searches > 1;
DROP TABLE directory_zero_result;

-- 2. Words editors add to the search at query time, on top of content/search/synonyms.txt.
-- synonym: what residents type -> phrases the directory uses, stored separated by ", ".
-- compound: a word -> its parts, stored separated by single spaces.
CREATE TABLE directory_query_expansion (
    term      VARCHAR(100) PRIMARY KEY,
    kind      VARCHAR(20)  NOT NULL CHECK (kind IN ('synonym', 'compound')),
    expansion VARCHAR(300) NOT NULL,
    added_by  VARCHAR(100) NOT NULL,
    added_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
