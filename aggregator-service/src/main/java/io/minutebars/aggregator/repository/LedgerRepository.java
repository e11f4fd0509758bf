package io.minutebars.aggregator.repository;

import io.minutebars.aggregator.ledger.IngestErrorEntity;
import io.minutebars.aggregator.ledger.InstrumentEntity;
import io.minutebars.model.IngestError;
import io.minutebars.model.Instrument;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/** The PostgreSQL ledger: instrument catalog upserts and ingest errors. */
@ApplicationScoped
public class LedgerRepository {
    private static final Logger LOG = Logger.getLogger(LedgerRepository.class);

    @Inject javax.sql.DataSource dataSource;

    /** Answers when PostgreSQL hands out a valid connection; throws what a write would throw while it does not. */
    public void ping() {
        try (Connection c = dataSource.getConnection()) {
            if (!c.isValid(5)) {
                throw new SQLTransientConnectionException("the ledger's connection is not valid");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ledger not reachable", e);
        }
    }

    /**
     * Upserts an exchange's catalog snapshot in one transaction. An entry that does not fit the ledger's columns
     * is left out (and logged) rather than failing the whole catalog.
     */
    @Transactional
    public void upsertInstruments(List<Instrument> instruments) {
        Instant now = Instant.now();
        for (Instrument i : instruments) {
            String misfit = misfit(i);
            if (misfit != null) {
                LOG.warnf("instrument of %s left out of the ledger: %s", i.exchange(), misfit);
                continue;
            }
            InstrumentEntity e = InstrumentEntity.<InstrumentEntity>find("exchange = ?1 and nativeSymbol = ?2",
                    i.exchange(), i.nativeSymbol()).firstResult();
            if (e == null) {
                e = new InstrumentEntity();
                e.exchange = i.exchange();
                e.nativeSymbol = i.nativeSymbol();
                e.firstSeen = i.seenAt() != null ? i.seenAt() : now;
            }
            e.symbol = i.symbol();
            e.base = i.base();
            e.quote = i.quote();
            e.type = i.type();
            e.status = i.status();
            e.trading = i.trading();
            e.tickSize = i.tickSize();
            e.lotSize = i.lotSize();
            e.lastSeen = i.seenAt() != null ? i.seenAt() : now;
            e.persist();
        }
    }

    /** Why an instrument cannot be stored (a column it exceeds), or null; see V1__ledger.sql. */
    static String misfit(Instrument i) {
        if (!fits(i.exchange(), 32) || !fits(i.symbol(), 48) || !fits(i.nativeSymbol(), 64) || !fits(i.base(), 24)
                || !fits(i.quote(), 24) || !fits(i.type(), 24) || !fits(i.status(), 32)) {
            return "a name longer than its column";
        }
        if (!fitsNumeric(i.tickSize()) || !fitsNumeric(i.lotSize())) {
            return "a tick or lot size beyond NUMERIC(38, 18)";
        }
        return null;
    }

    private static boolean fits(String s, int max) {
        return s == null || s.length() <= max;
    }

    private static boolean fitsNumeric(BigDecimal v) {
        return v == null || v.precision() - v.scale() <= 20;
    }

    @Transactional
    public void record(IngestError error) {
        IngestErrorEntity e = new IngestErrorEntity();
        e.exchange = error.exchange();
        e.symbol = error.symbol();
        e.kind = error.kind().name();
        e.message = error.message();
        e.detail = error.detail();
        e.occurredAt = error.occurredAt();
        e.receivedAt = Instant.now();
        e.persist();
    }

    public List<IngestErrorEntity> errors(String exchange, int limit) {
        Sort latest = Sort.descending("occurredAt", "id");
        var q = exchange == null ? IngestErrorEntity.<IngestErrorEntity>findAll(latest)
                : IngestErrorEntity.<IngestErrorEntity>find("exchange", latest, exchange);
        return q.page(Page.ofSize(limit)).list();
    }

    public List<InstrumentEntity> instruments(String exchange) {
        Sort order = Sort.ascending("exchange", "symbol");
        return exchange == null ? InstrumentEntity.listAll(order) : InstrumentEntity.list("exchange", order, exchange);
    }
}
