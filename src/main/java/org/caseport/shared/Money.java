package org.caseport.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

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

    /** The amount as people read it here: "1,234.50" (grouped thousands, two decimals, half-up). */
    public static String format(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(of(amount));
    }
}
