package org.crmworkbench.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crmworkbench.data.CrmTable;

/**
 * One fuzzed import: the table, the file's name and bytes, extra options, and what was done to a valid file to make
 * it. Case {@code index} of seed {@code seed} is the same file on every machine.
 *
 * @param viaFolder the file is imported with {@code --dir} (alone in a folder, named after its table)
 */
record FuzzCase(int index, CrmTable table, String fileName, byte[] bytes, List<String> options, boolean viaFolder,
                String description) {

    static FuzzCase make(long seed, int index) throws IOException {
        Random random = new Random(mix(seed * 1_000_003L + index));
        CrmTable[] tables = CrmTable.values();
        CrmTable table = tables[random.nextInt(tables.length)];
        boolean xlsx = random.nextInt(3) == 0;
        FuzzDataSet.Sheet sheet = FuzzDataSet.additions(table).copy();
        List<String> did = new ArrayList<>();
        did.add(table.sqlName() + (xlsx ? " xlsx" : " csv"));
        int cellMutations = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
        for (int i = 0; i < cellMutations; i++) {
            did.add(CellMutations.apply(sheet, random));
        }
        byte[] bytes;
        String[] what = new String[1];
        if (xlsx) {
            bytes = WorkbookFiles.xlsx(sheet, random);
            if (random.nextInt(5) < 2) {
                bytes = WorkbookFiles.damage(bytes, random, what);
                did.add(what[0]);
            }
        } else {
            bytes = ByteMutations.csv(sheet);
            int byteMutations = random.nextInt(5) < 2 ? 1 + random.nextInt(2) : 0;
            for (int i = 0; i < byteMutations; i++) {
                bytes = ByteMutations.apply(bytes, random, what);
                did.add(what[0]);
            }
        }
        String extension = xlsx ? ".xlsx" : ".csv";
        if (random.nextInt(40) == 0) {
            extension = xlsx ? ".csv" : ".xlsx";
            did.add("named " + extension);
        }
        List<String> options = new ArrayList<>();
        int o = random.nextInt(20);
        if (o == 0) {
            options.add("--skip-bad-rows");
            did.add("skipping bad rows");
        } else if (o == 1) {
            options.addAll(List.of("--date-order", "dmy"));
        } else if (o == 2) {
            options.addAll(List.of("--encoding", "GB18030"));
        } else if (o == 3) {
            options.addAll(List.of("--delimiter", ";"));
        }
        if (!options.isEmpty()) {
            did.add(String.join(" ", options));
        }
        boolean viaFolder = random.nextInt(10) == 0 && !options.contains("--skip-bad-rows");
        if (viaFolder) {
            did.add("via --dir");
        }
        String name = viaFolder ? table.sqlName() + extension
                : String.format("case-%05d-%s%s", index, table.sqlName(), extension);
        return new FuzzCase(index, table, name, bytes, options, viaFolder, String.join("; ", did));
    }

    /** SplitMix64's finaliser: neighbouring seeds give unrelated {@link Random} streams (raw ones correlate). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public String toString() {
        return "case " + index + " (" + description + ")";
    }
}
