package org.crmworkbench.cli;

import java.io.IOException;
import org.crmworkbench.home.AppHome;
import org.crmworkbench.present.PersonalDataPolicy;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How a verb's files show people (customers, sales reps): masked by default, {@code --with-names} as stored, or
 * {@code --pseudonymize} ({@link PseudonymOptions}). A picocli mixin of every verb that writes people's names.
 */
final class PersonalDataOptions {
    @Option(names = "--with-names", descriptionKey = "privacy.withNames")
    boolean withNames;

    @Mixin
    PseudonymOptions pseudonyms;

    /** The policy the options ask for (see {@link PseudonymOptions#policy}). */
    PersonalDataPolicy policy(AppHome home) throws IOException {
        return pseudonyms.policy(home, withNames);
    }
}
