-- Searches that found nothing, for editors to act on (add a service, a synonym, a word part).
-- Only the normalised words: no IP address, no account, no time of day; digits are masked.
CREATE TABLE directory_zero_result (
    query      VARCHAR(200) PRIMARY KEY,
    searches   BIGINT NOT NULL,
    first_seen DATE   NOT NULL,
    last_seen  DATE   NOT NULL
);
