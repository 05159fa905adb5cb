package org.crmworkbench.present;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import org.crmworkbench.work.BadParameterException;

/**
 * The secret key of {@code --pseudonymize}, kept in a file of its own, apart from the data and the exports: by default
 * {@value #FILE_NAME} in the app's data folder, or the file {@code --pseudonym-key} names. The file holds 32 random
 * bytes as 64 hex digits on one line; it is made on first use, readable and writable by its owner only (0600 where
 * the file system has POSIX permissions), and read as it is afterwards, so pseudonyms stay the same across exports.
 * Whoever has the file can pseudonymize a known id and so recognise it; without it a pseudonym cannot be reversed.
 */
public final class PseudonymKey {
    /** The key file's name in the app's data folder. */
    public static final String FILE_NAME = "pseudonym.key";
    /** Random bytes of a new key. */
    public static final int NEW_KEY_BYTES = 32;

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;

    public PseudonymKey(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    public Path file() {
        return file;
    }

    /**
     * The key's bytes: read from the file, or made and written to it when there is none yet.
     *
     * @throws BadParameterException (parameter {@code pseudonym-key}) when the file holds no key of at least 16 bytes
     * @throws IOException           when the file cannot be read or made
     */
    public byte[] bytes() throws IOException {
        try {
            return read();
        } catch (NoSuchFileException e) {
            try {
                create();
            } catch (FileAlreadyExistsException raced) {
                // made by another process in the meantime: use that one
            }
            return read();
        }
    }

    private byte[] read() throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        byte[] key;
        try {
            key = HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length < PersonalDataPolicy.MIN_KEY_BYTES) {
            throw new BadParameterException("pseudonym-key", "privacy.key.bad", "the key file " + file
                    + " does not hold a key (at least " + 2 * PersonalDataPolicy.MIN_KEY_BYTES + " hex digits)",
                    file.toAbsolutePath(), 2 * PersonalDataPolicy.MIN_KEY_BYTES);
        }
        return key;
    }

    private void create() throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        byte[] key = new byte[NEW_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        byte[] text = (HexFormat.of().formatHex(key) + System.lineSeparator()).getBytes(StandardCharsets.US_ASCII);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] owner = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
        try (SeekableByteChannel out = Files.newByteChannel(file, Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), owner)) {
            out.write(ByteBuffer.wrap(text));
        }
        if (posix) {
            // the umask may have taken bits away, never added them; set them as meant all the same
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }
}
