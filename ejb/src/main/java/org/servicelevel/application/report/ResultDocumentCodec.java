package org.servicelevel.application.report;

import org.servicelevel.domain.model.report.ResultDocument;

/**
 * Writes a month's result as the JSON document it is stored and exported as, and reads it back
 * exactly: every figure, exact fraction, check, ticket line and invoice line of the document is the
 * same after a round trip. Implemented in {@code infrastructure.json}.
 */
public interface ResultDocumentCodec {

    String write(ResultDocument document);

    /**
     * The document a stored text holds.
     *
     * @throws IllegalArgumentException when the text is not such a document (a defect: only this codec writes them)
     */
    ResultDocument read(String json);
}
