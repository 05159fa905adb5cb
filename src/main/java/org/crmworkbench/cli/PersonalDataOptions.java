package org.crmworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.crmworkbench.home.AppHome;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.present.PseudonymKey;
import org.crmworkbench.work.BadParameterException;
import picocli.CommandLine.Option;

/**
 * How a verb's files show people (customers, sales reps): masked by default, {@code --with-names} as stored, or
 * {@code --pseudonymize} with the key in the app folder's {@value PseudonymKey#FILE_NAME} or {@code --pseudonym-key
 * FILE}. A picocli mixin of every verb that writes people.
 */
final class PersonalDataOptions {
    @Option(names = "--with-names", descriptionKey = "privacy.withNames")
    boolean withNames;

    @Option(names = "--pseudonymize", descriptionKey = "privacy.pseudonymize")
    boolean pseudonymize;

    @Option(names = "--pseudonym-key", paramLabel = "FILE", descriptionKey = "privacy.pseudonymKey")
    Path keyFile;

    /**
     * The policy the options ask for; reading (or making) the key file when pseudonymizing.
     *
     * @throws BadParameterException when the options contradict each other or the key file holds no key
     */
    PersonalDataPolicy policy(AppHome home) throws IOException {
        if (withNames && pseudonymize) {
            throw new BadParameterException("pseudonymize", "privacy.error.both",
                    "give --with-names or --pseudonymize, not both");
        }
        if (keyFile != null && !pseudonymize) {
            throw new BadParameterException("pseudonym-key", "privacy.error.keyWithout",
                    "--pseudonym-key is only used with --pseudonymize");
        }
        if (pseudonymize) {
            Path file = keyFile != null ? keyFile : home.dir().resolve(PseudonymKey.FILE_NAME);
            return PersonalDataPolicy.pseudonymized(new PseudonymKey(file).bytes());
        }
        return withNames ? PersonalDataPolicy.withNames() : PersonalDataPolicy.masked();
    }
}
