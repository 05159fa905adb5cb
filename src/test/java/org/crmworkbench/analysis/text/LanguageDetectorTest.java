package org.crmworkbench.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest
    @ValueSource(strings = {"The delivery was fast and the staff were friendly.", "Great product!!!", "ok",
            "iPhone", "Don't buy it.", "Café was great, the croissants too.", "Service by 王伟 was great, thanks a lot",
            "I love 北京 food", "ALL CAPS REVIEW: TERRIBLE SERVICE", "5 stars :)"})
    void english(String text) {
        assertEquals(Language.ENGLISH, detector.detect(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"物流很快，包装也很仔细。", "好", "这个Samsung Galaxy手机不错", "我买的iPhone 15 Pro Max很好用，推荐！",
            "客服态度很差, 等了3天才回复", "東西很好，物流很快。", "The delivery was fast. 物流很快，包装也很好，客服也很耐心。"})
    void chinese(String text) {
        assertEquals(Language.CHINESE, detector.detect(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Le service était très bien et la livraison rapide.",
            "El producto es muy bueno pero la entrega fue lenta.",
            "Die Lieferung war schnell und das Produkt ist sehr gut.", "Het product is goed maar de levering niet.",
            "Il prodotto è molto buono.", "O produto é muito bom, não tenho queixas.", "Crème brûlée délicieuse",
            "Доставка была быстрой, спасибо!", "配送がとても早くて満足しています", "東京都新宿区で会議があります", "배송이 빨라요",
            "التوصيل كان سريعا", "Η παράδοση ήταν γρήγορη"})
    void otherLanguages(String text) {
        assertEquals(Language.OTHER, detector.detect(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "12345 678", "!!!", "\uD83D\uDE00\uD83D\uDE00", "3.5 / 5 - 2024-01-02", "，。！"})
    void textsWithoutLettersAreOther(String text) {
        assertEquals(Language.OTHER, detector.detect(text), "[" + text + "]");
    }

    @Test
    void everySampleTextIsDetectedAsTheLanguageItWasWrittenIn() throws IOException {
        int texts = 0;
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
                .ofNamedCsvRecord(Path.of("assets/sample/feedback.csv"), StandardCharsets.UTF_8)) {
            for (NamedCsvRecord r : reader) {
                assertEquals(Language.ofCode(r.getField("language")), detector.detect(r.getField("text")),
                        r.getField("text"));
                texts++;
            }
        }
        assertTrue(texts > 1000);
    }
}
