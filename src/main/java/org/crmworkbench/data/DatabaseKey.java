package org.crmworkbench.data;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The file key of an encrypted database: 256 bits derived from the analyst's password with the database's
 * {@link EncryptionSettings} (PBKDF2, many rounds, its own salt), given to H2 as its file password. H2 itself stretches
 * a file password only a little, so the slow derivation happens here. Never printed: {@link #toString()} hides it.
 */
public final class DatabaseKey {
    private static final byte[] CHECK_TEXT = "crm-workbench database key check 1".getBytes(StandardCharsets.US_ASCII);

    private final byte[] key;

    private DatabaseKey(byte[] key) {
        this.key = key;
    }

    /** Derives the key from {@code password} with {@code settings} (takes a noticeable fraction of a second). */
    public static DatabaseKey derive(char[] password, EncryptionSettings settings) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("a password is required");
        }
        PBEKeySpec spec = new PBEKeySpec(password, settings.salt(), settings.iterations(), 256);
        try {
            return new DatabaseKey(SecretKeyFactory.getInstance(settings.algorithm()).generateSecret(spec).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + settings.algorithm(), e);
        } finally {
            spec.clearPassword();
        }
    }

    /**
     * The key of the encrypted database at {@code db}, from its side file and {@code password}.
     *
     * @throws DatabasePasswordException when the side file is missing, or the password is not the database's
     */
    public static DatabaseKey unlock(Path db, char[] password) {
        EncryptionSettings settings = EncryptionSettings.read(db);
        DatabaseKey key = derive(password, settings);
        if (!key.matches(settings)) {
            throw new DatabasePasswordException(DatabasePasswordException.Reason.WRONG,
                    Path.of(EncryptionSettings.baseName(db) + ".mv.db"), null);
        }
        return key;
    }

    /** Whether this is the key the settings' check value was made with. */
    public boolean matches(EncryptionSettings settings) {
        return MessageDigest.isEqual(check(), settings.check());
    }

    /** The check value of this key, to store in the side file of a database encrypted with it. */
    byte[] check() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(CHECK_TEXT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HmacSHA256", e);
        }
    }

    /** What H2 takes as the file password (the key in hex); only for H2's connection settings. */
    char[] filePassword() {
        return HexFormat.of().formatHex(key).toCharArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatabaseKey k && MessageDigest.isEqual(k.key, key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(check());
    }

    @Override
    public String toString() {
        return "DatabaseKey[hidden]";
    }
}
