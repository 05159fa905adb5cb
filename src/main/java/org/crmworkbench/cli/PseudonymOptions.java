package org.crmworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.crmworkbench.home.AppHome;
import org.crmworkbench.present.PersonalDataPolicy;
import org.crmworkbench.present.PseudonymKey;
import org.crmworkbench.work.BadParameterException;
import picocli.CommandLine.Option;

/**
 * {@code --pseudonymize [--pseudonym-key FILE]}: people's ids (and names) as keyed pseudonyms, the key in the app
 * folder's {@value PseudonymKey#FILE_NAME} or the file named. A picocli mixin of every verb that writes customers'
 * or reps' ids; {@link PersonalDataOptions} adds {@code --with-names} where names are written too.
 */
final class PseudonymOptions {
    @Option(names = "--pseudonymize", descriptionKey = "privacy.pseudonymize")
    boolean pseudonymize;

    @Option(names = "--pseudonym-key", paramLabel = "FILE", descriptionKey = "privacy.pseudonymKey")
    Path keyFile;

    /**
     * The policy asked for: pseudonymized (reading or making the key file), else with names when {@code withNames},
     * else masked.
     *
     * @throws BadParameterException when the options contradict each other or the key file holds no key
     */
    PersonalDataPolicy policy(AppHome home, boolean withNames) throws IOException {
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
