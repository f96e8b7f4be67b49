package io.hatchery.contracts.identity;

import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from {@code 0-9A-HJ-NPQRTUWXY},
 * the last a check character over the first 17.
 */
public final class Uscc {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Uscc() {
    }

    /** Why a code is not a valid USCC, or empty when it is. */
    public static Optional<String> problem(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of("is required");
        }
        if (code.length() != 18) {
            return Optional.of("must have 18 characters, has " + code.length());
        }
        int sum = 0;
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("character " + (i + 1) + " ('" + code.charAt(i)
                        + "') is not allowed (digits and upper-case letters except I, O, S, V, Z)");
            }
            if (i < 17) {
                sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
            }
        }
        char expected = ALPHABET.charAt((31 - sum % 31) % 31);
        if (code.charAt(17) != expected) {
            return Optional.of("check character is '" + code.charAt(17) + "' but the code calls for '" + expected
                    + "'");
        }
        return Optional.empty();
    }

    /** The full code for 17 leading characters: appends the check character. */
    public static String complete(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("character " + (i + 1) + " of " + first17 + " is not allowed");
            }
            sum += value * WEIGHTS[i];
        }
        return first17 + ALPHABET.charAt((31 - sum % 31) % 31);
    }

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }
}
