package dev.planetl.validate;

import dev.planetl.read.Whitespace;
import dev.planetl.read.number.UnitVocabulary;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The units a won amount may be printed in ({@code krw-units.tsv}) and the precision a printed amount shows.
 * Immutable and thread-safe.
 */
public final class KrwUnits {

    private static final Pattern LAST_NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)*(?!.*\\d)");

    private final Map<String, Integer> exponents;

    public KrwUnits(Map<String, Integer> exponents) {
        Map<String, Integer> keyed = new LinkedHashMap<>();
        exponents.forEach((unit, exponent) -> keyed.put(key(unit), exponent));
        this.exponents = Map.copyOf(keyed);
    }

    /** The won units of the readers' unit vocabulary ({@code vocab/units.tsv}): one list of units for both. */
    public static KrwUnits standard() {
        return new KrwUnits(UnitVocabulary.standard().wonUnitExponents());
    }

    /** @return the power of ten the unit multiplies won by, empty when the unit is null or not known */
    public OptionalInt exponent(String unitAsWritten) {
        Integer exponent = unitAsWritten == null ? null : exponents.get(key(unitAsWritten));
        return exponent == null ? OptionalInt.empty() : OptionalInt.of(exponent);
    }

    public boolean isKnown(String unitAsWritten) {
        return exponent(unitAsWritten).isPresent();
    }

    /** The known units with spaces removed, for the constraint that names them. */
    public Set<String> names() {
        return exponents.keySet().stream().sorted().collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The number of decimals the last number of a printed amount shows: {@code 2} for {@code 8,052.30} and for
     * the malformed {@code 966.11.00}, {@code 1} for {@code 8,052.3}, {@code 0} for {@code 6,288} or
     * {@code 1조 1,654억원}; empty when the text shows no digit.
     */
    public static OptionalInt decimals(String amountAsWritten) {
        if (amountAsWritten == null) {
            return OptionalInt.empty();
        }
        Matcher m = LAST_NUMBER.matcher(amountAsWritten);
        if (!m.find()) {
            return OptionalInt.empty();
        }
        String number = m.group();
        int dot = number.lastIndexOf('.');
        return OptionalInt.of(dot < 0 ? 0 : number.length() - dot - 1);
    }

    /**
     * The smallest step the printed amount can show, in won: {@code 0.01억} = 1,000,000 won for {@code 966.11}
     * in 억원, 1,000,000 won for {@code 6,288} in 백만원. An amount printed without digits counts as an integer
     * of its unit. Empty when the unit is not known.
     */
    public Optional<BigDecimal> stepKrw(String amountAsWritten, String unitAsWritten) {
        OptionalInt exponent = exponent(unitAsWritten);
        if (exponent.isEmpty()) {
            return Optional.empty();
        }
        int decimals = decimals(amountAsWritten).orElse(0);
        return Optional.of(BigDecimal.ONE.scaleByPowerOfTen(exponent.getAsInt() - decimals));
    }

    private static String key(String unit) {
        return Whitespace.remove(unit);
    }
}
