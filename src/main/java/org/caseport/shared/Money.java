package org.caseport.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money is exact: two decimal places, rounded half-up, never floating point. */
public final class Money {

    public static final int SCALE = 2;

    private Money() {
    }

    public static BigDecimal of(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO.setScale(SCALE) : amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE);
    }
}
