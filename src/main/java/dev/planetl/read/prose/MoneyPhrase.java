package dev.planetl.read.prose;

import java.math.BigDecimal;

/**
 * An amount of money as printed in a sentence.
 *
 * @param start index of its first character in the sentence
 * @param end index after its last character
 * @param asWritten the printed text, e.g. {@code 3조 4,561억원} or {@code 208억}
 * @param amount the amount in the currency's unit, exact, or null when the printed number cannot be read
 * @param currency ISO 4217 code
 * @param unitImplied true when no currency word was printed and 억/조 alone implies 억원 (e.g. {@code 208억})
 */
public record MoneyPhrase(int start, int end, String asWritten, BigDecimal amount, String currency,
                          boolean unitImplied) {
}
