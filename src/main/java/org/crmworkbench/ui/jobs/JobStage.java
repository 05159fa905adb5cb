package org.crmworkbench.ui.jobs;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** The stage a job last reported: a resource-bundle key and its arguments, resolved when shown. */
public record JobStage(String messageKey, List<Object> args) {

    public JobStage {
        Objects.requireNonNull(messageKey, "messageKey");
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    static JobStage of(String messageKey, Object... args) {
        return new JobStage(messageKey, args == null ? List.of() : Arrays.asList(args));
    }
}
