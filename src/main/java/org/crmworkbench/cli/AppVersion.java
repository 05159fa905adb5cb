package org.crmworkbench.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (or "development" when run from classes). */
final class AppVersion implements IVersionProvider {
    static String version() {
        return org.crmworkbench.work.AppVersion.current();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"CRM Workbench " + version()};
    }
}
