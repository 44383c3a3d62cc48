package org.servicelevel.domain.model.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/** The price of one unit of extra service, in the agreement's currency. */
@Embeddable
public class ExtraServicePrice {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private ExtraServiceKind kind;

    @Column(name = "price", nullable = false, precision = 12, scale = 2)
    private BigDecimal price;

    protected ExtraServicePrice() {
    }

    public ExtraServicePrice(ExtraServiceKind kind, BigDecimal price) {
        this.kind = kind;
        this.price = price;
    }

    public ExtraServiceKind kind() {
        return kind;
    }

    public BigDecimal price() {
        return price;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExtraServicePrice other && kind == other.kind && price.compareTo(other.price) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind);
    }
}
