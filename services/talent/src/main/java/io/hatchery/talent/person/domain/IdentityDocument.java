package io.hatchery.talent.person.domain;

import io.hatchery.contracts.identity.ResidentId;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The document that identifies a person: a resident ID number (居民身份证号码, GB 11643: six digits of the issuing
 * area, the birth date, a three-digit sequence and an ISO 7064 MOD 11-2 check character) or, for foreigners, a
 * passport number. One person per document: the platform never holds a twin.
 *
 * @param number normalised: upper case, no spaces
 */
public record IdentityDocument(Kind kind, String number) {

    public enum Kind {
        RESIDENT_ID,
        PASSPORT
    }

    private static final Pattern RESIDENT_ID = Pattern.compile("[1-9][0-9]{16}[0-9X]");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");
    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    public IdentityDocument {
        number = normalise(number);
    }

    public static String normalise(String number) {
        return number == null ? null : number.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** What is wrong with a document's number, if anything, as of {@code today}; never quotes the number. */
    public static Optional<String> problem(Kind kind, String number, LocalDate today) {
        String normalised = normalise(number);
        if (normalised == null || normalised.isEmpty()) {
            return Optional.of("is required");
        }
        if (kind == Kind.PASSPORT) {
            return PASSPORT.matcher(normalised).matches() ? Optional.empty()
                    : Optional.of("a passport number has 5 to 20 letters and digits");
        }
        if (!RESIDENT_ID.matcher(normalised).matches()) {
            return Optional.of("a resident ID number has 17 digits and a check character (a digit or X)");
        }
        LocalDate born;
        try {
            born = LocalDate.parse(normalised.substring(6, 14), BIRTH_DATE);
        } catch (DateTimeParseException e) {
            return Optional.of("holds no valid birth date");
        }
        if (born.isAfter(today) || born.isBefore(EARLIEST_BIRTH)) {
            return Optional.of("holds a birth date that cannot be (in the future or before 1900)");
        }
        char expected = ResidentId.checkCharacter(normalised.substring(0, 17));
        if (normalised.charAt(17) != expected) {
            return Optional.of("has the check character " + normalised.charAt(17) + " where the number needs "
                    + expected);
        }
        return Optional.empty();
    }

    /** The number as it may be shown to someone not entitled to it: its first and last four characters. */
    public String masked() {
        if (number.length() <= 8) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
    }
}
