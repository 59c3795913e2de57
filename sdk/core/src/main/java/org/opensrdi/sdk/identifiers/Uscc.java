package org.opensrdi.sdk.identifiers;

import java.util.Optional;

/**
 * Check characters of the unified social credit code (统一社会信用代码, GB 32100-2015) and of the
 * organisation code embedded in it (组织机构代码, GB 11714).
 *
 * <p>A USCC has 18 characters: registration authority (1), organisation category (2), the GB/T 2260
 * division of the registering authority (3–8), the GB 11714 organisation code (9–17, its own check
 * character at 17) and the USCC check character (18).
 *
 * @since 0.1.0
 */
public final class Uscc {

    /** The 31 characters of GB 32100; a character's value is its index. I, O, S, V and Z are not used. */
    private static final String USCC_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** GB 32100 weights of positions 1..17: 3^(i-1) mod 31. */
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** GB 11714 weights of the eight body characters. */
    private static final int[] ORGANISATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private Uscc() {
    }

    /**
     * Whether the text has the form of a USCC: 18 characters of the GB 32100 set with digits at
     * positions 3 to 8. Says nothing about check characters.
     *
     * @param text any text, may be {@code null}
     * @return {@code true} when the text has the form of a USCC
     */
    public static boolean hasValidForm(String text) {
        if (text == null || text.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            char c = text.charAt(i);
            boolean digitPosition = i >= 2 && i <= 7;
            if (digitPosition ? c < '0' || c > '9' : USCC_CHARACTERS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The GB 32100 check character for the first 17 characters of a USCC:
     * {@code C18 = (31 − Σ value(i) × weight(i) mod 31) mod 31}, mapped back through the character set.
     *
     * @param uscc a USCC or its first 17 characters, in the GB 32100 character set
     * @return the check character
     * @throws IllegalArgumentException if the text is shorter than 17 characters or uses another character
     */
    public static char checkCharacter(String uscc) {
        if (uscc == null || uscc.length() < 17) {
            throw new IllegalArgumentException("a USCC needs 17 characters before its check character");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = USCC_CHARACTERS.indexOf(uscc.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("'" + uscc.charAt(i) + "' at position " + (i + 1)
                        + " is not a GB 32100 character");
            }
            sum += value * USCC_WEIGHTS[i];
        }
        return USCC_CHARACTERS.charAt((31 - sum % 31) % 31);
    }

    /**
     * The GB 11714 check character of an organisation code body of eight characters (digits or
     * capital letters): {@code C9 = 11 − Σ value(i) × weight(i) mod 11}, where 10 is written {@code X}
     * and 11 is written {@code 0}.
     *
     * @param body the eight body characters
     * @return the check character, or empty if the body has another length or a character outside 0–9 and A–Z
     */
    public static Optional<Character> organisationCodeCheckCharacter(String body) {
        if (body == null || body.length() != 8) {
            return Optional.empty();
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body.charAt(i);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                value = c - 'A' + 10;
            } else {
                return Optional.empty();
            }
            sum += value * ORGANISATION_CODE_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return Optional.of(check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check));
    }

    /**
     * Whether a USCC is entirely valid: its form, its check character and the check character of
     * its embedded organisation code.
     *
     * @param uscc any text, may be {@code null}
     * @return {@code true} when every check passes
     */
    public static boolean isValid(String uscc) {
        return hasValidForm(uscc)
                && checkCharacter(uscc) == uscc.charAt(17)
                && organisationCodeCheckCharacter(uscc.substring(8, 16))
                        .map(c -> c == uscc.charAt(16)).orElse(false);
    }
}
