package org.crmworkbench.work;

import java.util.Arrays;
import java.util.Objects;

/**
 * The data cannot support the analysis asked for (a series too short for a model and its backtest, ...): no
 * parameter is at fault, so the faces report it as a problem with the data (exit status 3 on the command line). It
 * carries a resource-bundle key with arguments so each face can say it in the user's language; {@link #getMessage()}
 * is an English fallback for logs.
 */
public class UnsuitableDataException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;

    public UnsuitableDataException(String messageKey, String englishMessage, Object... args) {
        super(englishMessage);
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return Arrays.copyOf(args, args.length);
    }
}
