package org.servicelevel.interfaces.rest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResultResponsesTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale PL = Locale.forLanguageTag("pl");

    @Test
    void theLanguageAskedWinsOverAcceptLanguageAndAnyOtherIsEnglish() {
        assertEquals(RU, ResultResponses.language("ru", "pl"));
        assertEquals(PL, ResultResponses.language(" pl-PL ", null));
        assertEquals(Locale.ENGLISH, ResultResponses.language("de", "ru"));
        assertEquals(Locale.ENGLISH, ResultResponses.language(null, null));
        assertEquals(Locale.ENGLISH, ResultResponses.language("", " "));
    }

    @Test
    void withoutALanguageAskedTheBestOfAcceptLanguageThatAnExportIsWrittenIn() {
        assertEquals(RU, ResultResponses.language(null, "de-DE, ru;q=0.8, en;q=0.5"));
        assertEquals(PL, ResultResponses.language(null, "pl-PL"));
        assertEquals(Locale.ENGLISH, ResultResponses.language(null, "ru;q=0.4, en;q=0.9"));
        assertEquals(Locale.ENGLISH, ResultResponses.language(null, "de, fr"));
        assertEquals(Locale.ENGLISH, ResultResponses.language(null, "*"));
    }

    @Test
    void aMalformedAcceptLanguageIsIgnored() {
        assertEquals(Locale.ENGLISH, ResultResponses.language(null, "ru;q=abc"));
        assertEquals(Locale.ENGLISH, ResultResponses.language(null, "<script>"));
    }

    @Test
    void theAttachmentIsNamedByTheResultsNumberAndANameBeyondAsciiIsGivenInUtf8Beside() {
        assertEquals("attachment; filename=\"R-2026-11-SLA-ACME-2026-1.pdf\"",
                ResultResponses.attachment("R-2026-11-SLA-ACME-2026-1.pdf"));
        assertEquals("attachment; filename=\"a__b\"; filename*=UTF-8''a%22%5Cb", ResultResponses.attachment("a\"\\b"),
                "a quote or backslash cannot end the quoted name");
        assertEquals("attachment; filename=\"R-2026-11-SLA-__-1.csv\"; filename*=UTF-8''R-2026-11-SLA-%C3%85%20-1.csv",
                ResultResponses.attachment("R-2026-11-SLA-\u00c5 -1.csv"));
    }
}
