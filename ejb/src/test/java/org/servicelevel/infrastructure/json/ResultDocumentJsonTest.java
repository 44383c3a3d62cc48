package org.servicelevel.infrastructure.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.model.report.ResultDocument;
import org.servicelevel.domain.model.report.SampleResults;

/** A result document reads back exactly as it was written, and its JSON says what a reader needs. */
class ResultDocumentJsonTest {

    private final ResultDocumentJson codec = new ResultDocumentJson();

    @Test
    void aResultRoundTripsExactly() {
        ResultDocument document = SampleResults.firstResult();
        String json = codec.write(document);
        assertEquals(document, codec.read(json));
        assertEquals(json, codec.write(codec.read(json)), "writing what was read gives the same text");
    }

    @Test
    void aCorrectionRoundTripsWithItsDifference() {
        ResultDocument correction = SampleResults.correction();
        ResultDocument read = codec.read(codec.write(correction));
        assertEquals(correction, read);
        assertEquals(new BigDecimal("1250.00"), read.difference().total().difference());
    }

    @Test
    void theJsonKeepsAmountsAsWrittenAndExactFractions() {
        JsonObject json = Json.createReader(new StringReader(codec.write(SampleResults.firstResult()))).readObject();
        assertEquals("R-2026-11-SLA-MOSCOW-2026-1", json.getJsonObject("header").getString("number"));
        assertEquals("ООО «Акме»", json.getJsonObject("header").getString("customerName"));
        assertEquals("132797.52", json.getJsonObject("invoice").getJsonNumber("total").toString());
        JsonObject p1 = json.getJsonObject("report").getJsonArray("priorities").getJsonObject(0);
        assertEquals("61201", p1.getJsonObject("averageSeconds").getJsonNumber("numerator").toString());
        assertEquals("PT3H24M", p1.getString("average"));
        assertTrue(json.isNull("difference"));
        assertEquals(1, json.getInt("format"));
    }

    @Test
    void textThatIsNoResultDocumentIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> codec.read("{\"format\":1}"));
        assertThrows(IllegalArgumentException.class, () -> codec.read("[1,2]"));
    }
}
