package org.crmworkbench.work;

import java.util.Arrays;
import java.util.Objects;

/**
 * A parameter a person chose is out of range or does not fit the data. It names the parameter and carries a
 * resource-bundle key with arguments (see {@code i18n/messages}) so each face can say what was expected in the
 * user's language; {@link #getMessage()} is an English fallback for logs.
 */
public class BadParameterException extends IllegalArgumentException {
    private final String parameter;
    private final String messageKey;
    private final transient Object[] args;

    public BadParameterException(String parameter, String messageKey, String englishMessage, Object... args) {
        super(parameter + ": " + englishMessage);
        this.parameter = Objects.requireNonNull(parameter, "parameter");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.args = args.clone();
    }

    /** The parameter's name as the user knows it ({@code k}, {@code eps}, {@code features}, ...). */
    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return Arrays.copyOf(args, args.length);
    }
}
