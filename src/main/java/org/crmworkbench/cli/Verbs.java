package org.crmworkbench.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Registers the verbs a command line needs on the root command: only the verb it names when it names one (picocli
 * builds each verb's model from its annotations, a fifth of a second for all of them at every start), every verb
 * for the help, the version, no verb or a word that is no verb (so the help lists them all and a mistyped verb is
 * answered with the same suggestions as before).
 *
 * <p>The verb is the first word that is not an option and not the value of {@code --db} or {@code --password-file},
 * which is where picocli looks for it: the root command takes no other options and no positional parameters.
 */
final class Verbs {
    private Verbs() {
    }

    static void register(CommandLine root, String[] args) {
        String named = verb(args);
        for (Class<?> verb : WorkbenchCommand.VERBS) {
            if (named == null || named.equals(name(verb))) {
                root.addSubcommand(verb); // made by the root's factory, as the annotation did
            }
        }
    }

    /** The verb {@code args} name when it is one of the verbs, else null. */
    static String verb(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--db") || arg.equals("--password-file")) {
                i++;
            } else if (!arg.startsWith("-")) {
                for (Class<?> verb : WorkbenchCommand.VERBS) {
                    if (name(verb).equals(arg)) {
                        return arg;
                    }
                }
                return null;
            } else if (arg.equals("--help") || arg.equals("-h") || arg.equals("--version") || arg.equals("-V")) {
                return null;
            }
        }
        return null;
    }

    private static String name(Class<?> verb) {
        return verb.getAnnotation(Command.class).name();
    }
}
