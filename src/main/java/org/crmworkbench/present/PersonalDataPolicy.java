package org.crmworkbench.present;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a file meant for people or other systems shows a person (a customer, a sales rep): their name, e-mail address
 * and the shop's id for them. One policy is made by the workflow or verb from its options and passed to every writer
 * that prints a person.
 *
 * <ul>
 * <li>{@link Mode#MASKED} (the default): a name becomes its initials, an e-mail address keeps its first character
 * and its domain ({@code alice@example.com} -> {@code a***@example.com}); ids stay as they are.</li>
 * <li>{@link Mode#WITH_NAMES} ({@code --with-names}): names, e-mail addresses and ids as stored.</li>
 * <li>{@link Mode#PSEUDONYMIZED} ({@code --pseudonymize}): ids, names and e-mail addresses each become
 * {@link #pseudonym}: the first {@value #PSEUDONYM_LENGTH} hex digits of HMAC-SHA256(key, the value's UTF-8
 * bytes), so the same value gives the same pseudonym in every export made with the same key, and no one without
 * the key can tell what it stands for.</li>
 * </ul>
 *
 * <p>Initials: a name written in Chinese, Japanese or Korean characters (any Han, Hiragana, Katakana or Hangul
 * character in it) keeps its first character followed by one {@code *}, whatever its length ({@code 王芳} ->
 * {@code 王*}, {@code 欧阳娜娜} -> {@code 欧*}), so neither the given name nor its length shows; any other name
 * gives the first letter or digit of each word, upper-cased, with a full stop ({@code Wang Fang} -> {@code W. F.},
 * {@code Madonna} -> {@code M.}, {@code jean-luc picard} -> {@code J. P.}). A word with no letter or digit gives
 * nothing; a name with none at all becomes {@code *}. A missing or blank value stays empty in every mode.
 */
public final class PersonalDataPolicy {
    /** What happens to a person in a file. */
    public enum Mode {
        MASKED, WITH_NAMES, PSEUDONYMIZED
    }

    /** Hex digits of a pseudonym (64 bits of the HMAC). */
    public static final int PSEUDONYM_LENGTH = 16;
    /** Bytes a pseudonym key has at least. */
    public static final int MIN_KEY_BYTES = 16;

    private static final String HMAC = "HmacSHA256";
    private static final String HIDDEN = "***";

    private final Mode mode;
    private final SecretKeySpec key;

    private PersonalDataPolicy(Mode mode, byte[] key) {
        this.mode = mode;
        this.key = key == null ? null : new SecretKeySpec(key, HMAC);
    }

    /** Names as initials, e-mail addresses masked, ids as stored: the default. */
    public static PersonalDataPolicy masked() {
        return new PersonalDataPolicy(Mode.MASKED, null);
    }

    /** Names, e-mail addresses and ids as stored (asked for with {@code --with-names}). */
    public static PersonalDataPolicy withNames() {
        return new PersonalDataPolicy(Mode.WITH_NAMES, null);
    }

    /** Ids, names and e-mail addresses replaced by keyed pseudonyms; {@code key} has at least 16 bytes. */
    public static PersonalDataPolicy pseudonymized(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a pseudonym key has at least " + MIN_KEY_BYTES + " bytes");
        }
        return new PersonalDataPolicy(Mode.PSEUDONYMIZED, key.clone());
    }

    public Mode mode() {
        return mode;
    }

    /** Whether names and e-mail addresses are written as stored. */
    public boolean showsNames() {
        return mode == Mode.WITH_NAMES;
    }

    /** A person's name as this policy writes it (empty for a missing name). */
    public String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        return switch (mode) {
            case WITH_NAMES -> name;
            case MASKED -> initials(name);
            case PSEUDONYMIZED -> pseudonym(name.strip());
        };
    }

    /** An e-mail address as this policy writes it (empty for a missing address). */
    public String email(String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        return switch (mode) {
            case WITH_NAMES -> email;
            case MASKED -> maskedEmail(email.strip());
            case PSEUDONYMIZED -> pseudonym(email.strip());
        };
    }

    /** The shop's id for a person (external id): as stored, or its pseudonym. */
    public String id(String id) {
        if (id == null || id.isBlank()) {
            return id == null ? "" : id;
        }
        return mode == Mode.PSEUDONYMIZED ? pseudonym(id.strip()) : id;
    }

    /**
     * The first {@value #PSEUDONYM_LENGTH} lower-case hex digits of HMAC-SHA256(key, UTF-8 bytes of {@code value}).
     *
     * @throws IllegalStateException when this policy has no key (it does not pseudonymize)
     */
    public String pseudonym(String value) {
        if (key == null) {
            throw new IllegalStateException("this policy has no pseudonym key");
        }
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, PSEUDONYM_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** A name's initials (see the class comment). */
    static String initials(String name) {
        String text = name.strip();
        if (text.codePoints().anyMatch(PersonalDataPolicy::eastAsian)) {
            int first = text.codePoints().filter(c -> !Character.isWhitespace(c)).findFirst().orElse('*');
            return new String(Character.toChars(first)) + "*";
        }
        List<String> parts = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            word.codePoints().filter(Character::isLetterOrDigit).findFirst()
                    .ifPresent(c -> parts.add(new String(Character.toChars(Character.toUpperCase(c))) + "."));
        }
        return parts.isEmpty() ? "*" : String.join(" ", parts);
    }

    /** {@code alice@example.com} -> {@code a***@example.com}; what is not an address becomes {@code ***}. */
    static String maskedEmail(String email) {
        int at = email.lastIndexOf('@');
        if (at <= 0 || at == email.length() - 1) {
            return HIDDEN;
        }
        String local = email.substring(0, at);
        String first = local.codePoints().filter(Character::isLetterOrDigit).findFirst()
                .stream().mapToObj(c -> new String(Character.toChars(c))).findFirst().orElse("");
        return first + HIDDEN + "@" + email.substring(at + 1).strip();
    }

    private static boolean eastAsian(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    @Override
    public String toString() {
        return "PersonalDataPolicy[" + mode + "]";
    }
}
