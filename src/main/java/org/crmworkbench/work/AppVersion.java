package org.crmworkbench.work;

/** The workbench's version, as stamped on saved runs and reports. */
public final class AppVersion {

    private AppVersion() {
    }

    /** The version from the jar's manifest, or {@code development} when run from classes. */
    public static String current() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
