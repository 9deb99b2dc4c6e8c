-- Staff and demonstration accounts that sign in with a password.
-- Portable SQL: this migration runs on PostgreSQL and on H2 in PostgreSQL mode.
CREATE TABLE account (
    id            UUID PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_username_unique UNIQUE (username)
);

CREATE TABLE account_role (
    account_id UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, role)
);
