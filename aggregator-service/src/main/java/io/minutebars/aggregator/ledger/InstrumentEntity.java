package io.minutebars.aggregator.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of the instrument catalog (schema: Flyway V1). */
@Entity
@Table(name = "instrument")
public class InstrumentEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String exchange;
    public String symbol;
    @Column(name = "native_symbol")
    public String nativeSymbol;
    public String base;
    public String quote;
    public String type;
    public String status;
    public boolean trading;
    @Column(name = "tick_size")
    public BigDecimal tickSize;
    @Column(name = "lot_size")
    public BigDecimal lotSize;
    @Column(name = "first_seen")
    public Instant firstSeen;
    @Column(name = "last_seen")
    public Instant lastSeen;
}
