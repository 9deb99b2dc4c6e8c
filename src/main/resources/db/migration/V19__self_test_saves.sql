-- Self-test answers a resident chose to keep, to continue later with a code (issue 8). Only the
-- SHA-256 of the code is stored; rows are deleted when they expire (30 days).
CREATE TABLE self_test_save (
    code_hash        VARCHAR(64)  PRIMARY KEY,
    questionnaire_id VARCHAR(100) NOT NULL,
    answers          TEXT         NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX self_test_save_expiry ON self_test_save (expires_at);
