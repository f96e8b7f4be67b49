package io.hatchery.contracts.identity;

/**
 * The check character of a resident identity number (公民身份号码, GB 11643-1999): ISO 7064 MOD 11-2 over the first
 * 17 digits, {@code 0-9} or {@code X}.
 */
public final class ResidentId {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private ResidentId() {
    }

    /** The check character of a number's first 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17 || !first17.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("need 17 digits, got '" + first17 + "'");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The full number for its first 17 digits: appends the check character. */
    public static String complete(String first17) {
        return first17 + checkCharacter(first17);
    }
}
