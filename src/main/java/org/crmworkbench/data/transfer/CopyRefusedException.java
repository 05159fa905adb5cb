package org.crmworkbench.data.transfer;

import java.util.List;

/**
 * A copy that was not begun because it would lose or mix data: nothing was written. The reason says which; the
 * arguments go into its message (the target's or the source's name first).
 */
public final class CopyRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the copy was refused. */
    public enum Reason {
        /** Source and target are the same database (args: its name). */
        SAME_DATABASE,
        /** The target already holds data (args: target, a table that holds rows, its row count). */
        TARGET_NOT_EMPTY,
        /** The source has no workbench schema history (args: source). */
        SOURCE_NOT_WORKBENCH,
        /** Source and target are at different schema versions (args: source, its version, target, its version). */
        SCHEMA_VERSIONS_DIFFER
    }

    private final Reason reason;
    private final transient List<Object> args;

    public CopyRefusedException(Reason reason, String english, Object... args) {
        super(english);
        this.reason = reason;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    /** The message's arguments, in the order the reason lists them. */
    public Object[] args() {
        return args.toArray();
    }
}
