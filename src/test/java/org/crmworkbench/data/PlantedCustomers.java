package org.crmworkbench.data;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crmworkbench.data.imports.ImportOptions;
import org.crmworkbench.data.imports.Importer;
import org.crmworkbench.i18n.Messages;
import org.crmworkbench.work.Progress;

/**
 * A small set of customers with names, e-mail addresses and feedback texts that occur nowhere else (some in Chinese),
 * imported through the real importer; for tests that look for customer text in files.
 */
final class PlantedCustomers {
    static final int CUSTOMERS = 40;

    private PlantedCustomers() {
    }

    static String name(int i) {
        return i % 4 == 3 ? "欧阳澜溪" + (char) ('甲' + i) + "号客户" : "Zephyrine Quillfeather-" + (1000 + i);
    }

    static String email(int i) {
        return "zq" + (1000 + i) + ".marigold@planted-example.org";
    }

    static String feedback(int i) {
        return i % 4 == 3 ? "这款紫罗兰色的保温杯编号" + (1000 + i) + "让我非常满意"
                : "The periwinkle thermos number " + (1000 + i) + " leaked onto my xylophone";
    }

    /** Every planted text, as a test should not find it in an encrypted database's files. */
    static List<String> texts() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            all.add(name(i));
            all.add(email(i));
            all.add(feedback(i));
        }
        return all;
    }

    /** Imports the planted customers and one feedback text each into {@code db}. */
    static void load(Database db) throws Exception {
        Path scratch = Files.createTempDirectory("planted-customers");
        StringBuilder customers = new StringBuilder("customer_id,name,gender,birth_year,region,city,channel,"
                + "signup_date,email\n");
        StringBuilder feedback = new StringBuilder("feedback_id,customer_id,created_at,channel,text,language\n");
        for (int i = 0; i < CUSTOMERS; i++) {
            customers.append("PC").append(1000 + i).append(',').append(name(i)).append(",F,1980,North,Harbin,web,"
                    + "2024-03-0").append(1 + i % 9).append(',').append(email(i)).append('\n');
            feedback.append("PF").append(1000 + i).append(",PC").append(1000 + i).append(",2024-05-01 10:00:00,web,")
                    .append(feedback(i)).append(',').append(i % 4 == 3 ? "zh" : "en").append('\n');
        }
        Files.writeString(scratch.resolve("customers.csv"), customers, StandardCharsets.UTF_8);
        Files.writeString(scratch.resolve("feedback.csv"), feedback, StandardCharsets.UTF_8);
        try {
            new Importer(db, Messages.english()).importDirectory(scratch, ImportOptions.defaults(), Progress.none());
        } finally {
            Files.delete(scratch.resolve("customers.csv"));
            Files.delete(scratch.resolve("feedback.csv"));
            Files.delete(scratch);
        }
    }
}
