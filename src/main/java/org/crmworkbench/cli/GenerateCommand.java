package org.crmworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crmworkbench.data.sample.GenerationSummary;
import org.crmworkbench.data.sample.SampleDataGenerator;
import org.crmworkbench.data.sample.SampleDataSpec;
import org.crmworkbench.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code workbench generate --out DIR [--customers N] [--seed S]}: writes the sample CRM data set as CSV. */
@Command(name = "generate", mixinStandardHelpOptions = true, resourceBundle = "i18n.cli", sortOptions = false)
final class GenerateCommand implements Callable<Integer> {
    @ParentCommand
    WorkbenchCommand parent;

    @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "generate.out")
    Path out;

    @Option(names = "--customers", paramLabel = "N", defaultValue = "2000", descriptionKey = "generate.customers")
    int customers;

    @Option(names = "--products", paramLabel = "N", descriptionKey = "generate.products")
    Integer products;

    @Option(names = "--ratings", paramLabel = "N", descriptionKey = "generate.ratings")
    Long ratings;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20261123", descriptionKey = "generate.seed")
    long seed;

    @Option(names = "--truth", descriptionKey = "generate.truth")
    boolean truth;

    @Override
    public Integer call() throws Exception {
        CliContext context = parent.context();
        Messages m = context.messages();
        SampleDataSpec spec = spec();
        TerminalProgress progress = context.progress();
        long t0 = System.nanoTime();
        GenerationSummary summary;
        try {
            summary = new SampleDataGenerator(spec).writeTo(out, truth, progress);
        } finally {
            progress.finish();
        }
        summary.rowsByFile().forEach((file, rows) -> context.out().println(m.get("cli.generate.file", file, rows)));
        context.out().println(m.get("cli.generate.done", out.toAbsolutePath(), spec.seed(), (System.nanoTime() - t0) / 1e9));
        return ExitCode.OK;
    }

    private SampleDataSpec spec() {
        SampleDataSpec.Builder b = SampleDataSpec.builder(customers).seed(seed);
        if (products != null) {
            b.products(products);
        }
        if (ratings != null) {
            b.ratings(ratings);
        }
        return b.build();
    }
}
