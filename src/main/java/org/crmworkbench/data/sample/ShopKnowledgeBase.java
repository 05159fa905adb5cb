package org.crmworkbench.data.sample;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The sample shop's service-assistant knowledge base: hand-written, fixed files bundled next to this class and
 * written with every generated data set. {@code knowledge_base.csv} (question, intent, answer, language) has 24
 * in-scope intents of a shop's customers (orders and delivery, returns and refunds, warranty, payment, membership,
 * products, contact ...) with fourteen English and fourteen Chinese example questions each and one answer per
 * intent and language, plus 30 out-of-scope examples labelled {@code out_of_scope} without an answer.
 * {@code knowledge_test.csv} (question, intent, language) holds held-out questions worded differently: four per
 * intent and language and 40 out-of-scope ones, half of them Chinese.
 */
final class ShopKnowledgeBase {

    /** Copies both files into the staged data set, byte for byte (UTF-8, CRLF, RFC 4180 quoting). */
    void writeTo(StagedFiles files) throws IOException {
        for (String name : List.of(SampleFiles.KNOWLEDGE_BASE, SampleFiles.KNOWLEDGE_TEST)) {
            try (InputStream in = ShopKnowledgeBase.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IOException("The application carries no sample knowledge base (" + name + ")");
                }
                files.copy(name, in);
            }
        }
    }
}
