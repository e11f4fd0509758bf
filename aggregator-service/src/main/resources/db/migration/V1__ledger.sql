-- The ledger: what the exchanges list and what went wrong while ingesting them.
CREATE TABLE instrument (
    id            BIGSERIAL PRIMARY KEY,
    exchange      VARCHAR(32)  NOT NULL,
    symbol        VARCHAR(48)  NOT NULL,
    native_symbol VARCHAR(64)  NOT NULL,
    base          VARCHAR(24),
    quote         VARCHAR(24),
    type          VARCHAR(24),
    status        VARCHAR(32),
    trading       BOOLEAN      NOT NULL,
    tick_size     NUMERIC(38, 18),
    lot_size      NUMERIC(38, 18),
    first_seen    TIMESTAMPTZ  NOT NULL,
    last_seen     TIMESTAMPTZ  NOT NULL,
    CONSTRAINT instrument_native UNIQUE (exchange, native_symbol)
);

CREATE TABLE ingest_error (
    id          BIGSERIAL PRIMARY KEY,
    exchange    VARCHAR(32)   NOT NULL,
    symbol      VARCHAR(64),
    kind        VARCHAR(16)   NOT NULL,
    message     TEXT          NOT NULL,
    detail      TEXT,
    occurred_at TIMESTAMPTZ   NOT NULL,
    received_at TIMESTAMPTZ   NOT NULL DEFAULT now()
);

CREATE INDEX ingest_error_by_exchange ON ingest_error (exchange, occurred_at DESC);
