package org.crmworkbench.cli;

import org.crmworkbench.work.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** What {@code workbench --version} prints: the product's name and {@link AppVersion#current()}. */
final class VersionText implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"CRM Workbench " + AppVersion.current()};
    }
}
