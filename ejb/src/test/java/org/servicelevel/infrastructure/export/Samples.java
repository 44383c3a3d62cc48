package org.servicelevel.infrastructure.export;

import java.time.Instant;
import java.util.List;
import org.servicelevel.application.report.ResultRenderer.Rendered;
import org.servicelevel.domain.model.report.MonthClose;
import org.servicelevel.domain.model.report.MonthReport;
import org.servicelevel.domain.model.report.PriorityFlag;
import org.servicelevel.domain.model.report.ResultDocument;
import org.servicelevel.domain.model.report.ResultState;
import org.servicelevel.domain.model.report.SampleResults;
import org.servicelevel.domain.model.report.TicketFacts.PriorityLowering;
import org.servicelevel.infrastructure.json.ResultDocumentJson;

/** Results as the exports receive them. */
final class Samples {

    private static final ResultDocumentJson JSON = new ResultDocumentJson();

    private Samples() {
    }

    /** The worked example, approved. */
    static Rendered approved() {
        ResultDocument document = SampleResults.firstResult();
        return new Rendered(document, JSON.write(document), ResultState.APPROVED, 1,
                Instant.parse("2026-12-02T07:30:00Z"), "max", "Service Desk LLC");
    }

    /** The correction of the worked example, a draft in its second revision. */
    static Rendered correction() {
        ResultDocument document = SampleResults.correction();
        return new Rendered(document, JSON.write(document), ResultState.DRAFT, 2, null, null, null);
    }

    /** The worked example whose lowered priority gives a reason a spreadsheet would take for a formula. */
    static Rendered withFormulaLikeReason() {
        ResultDocument first = SampleResults.firstResult();
        MonthClose close = first.close();
        PriorityFlag flag = close.report().flags().get(0);
        PriorityLowering lowering = flag.lowering();
        MonthReport report = new MonthReport(close.report().month(), close.report().priorities(),
                close.report().services(), List.of(new PriorityFlag(flag.ticket(), flag.priority(),
                new PriorityLowering(lowering.by(), lowering.at(), "=HYPERLINK(\"http://x\")", lowering.from(),
                        lowering.to()))));
        ResultDocument document = new ResultDocument(first.header(), new MonthClose(report, close.quality(),
                close.invoice()), null);
        return new Rendered(document, JSON.write(document), ResultState.DRAFT, 1, null, null, null);
    }
}
