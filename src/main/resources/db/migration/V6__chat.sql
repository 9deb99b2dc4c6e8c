-- Luisterend oor: transcripts, kept while the conversation lives plus the retention, then purged.
-- No visitor identity at all: no IP address, user agent, account or device token. The live state
-- (queue, assignment) is in memory; these tables only hold what was said.
CREATE TABLE chat_conversation (
    id          VARCHAR(40)  PRIMARY KEY,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    nickname    VARCHAR(40),
    topic       VARCHAR(80),
    urgent      BOOLEAN      NOT NULL,
    ended_at    TIMESTAMP WITH TIME ZONE,
    end_reason  VARCHAR(30)
);
CREATE INDEX chat_conversation_ended ON chat_conversation (ended_at);

CREATE TABLE chat_message (
    conversation_id   VARCHAR(40)   NOT NULL REFERENCES chat_conversation (id) ON DELETE CASCADE,
    seq               INTEGER       NOT NULL,
    sender            VARCHAR(10)   NOT NULL,
    text              VARCHAR(2000) NOT NULL,
    sent_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    client_message_id VARCHAR(64),
    PRIMARY KEY (conversation_id, seq)
);
