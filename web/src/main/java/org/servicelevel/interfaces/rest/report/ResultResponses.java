package org.servicelevel.interfaces.rest.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.servicelevel.application.report.ExportFormat;
import org.servicelevel.application.report.MonthResultService.ResultDetails;
import org.servicelevel.application.report.ResultDocumentCodec;
import org.servicelevel.application.report.ResultRenderer;
import org.servicelevel.interfaces.rest.problem.Preconditions;
import org.servicelevel.interfaces.rest.problem.Problems;

/**
 * How the results' resources answer: the format a reader asked for ({@code ?format=}, else the first
 * of {@code Accept}'s media types that a format has), the language ({@code ?lang=}, else the best of
 * {@code Accept-Language}; English, Russian or Polish, any other English), a result as JSON with its
 * ETag, and an exported file as an attachment named by the result's number.
 */
@ApplicationScoped
public class ResultResponses {

    static final String TAG = "Results";
    static final String TAG_DESCRIPTION = "The months' results: report, quality score and invoice as numbered"
            + " documents, their approval and exports";

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    private static final List<Variant> VARIANTS = Variant.mediaTypes(Arrays.stream(ExportFormat.values())
            .map(ResultResponses::mediaType).toArray(MediaType[]::new)).build();
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("pl"));
    private static final String NEGOTIATED = HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_LANGUAGE;

    @Inject
    private ResultDocumentCodec codec;

    /** The format {@code ?format=} names or, without it, the first {@code Accept} admits; 406 when it admits none. */
    static ExportFormat format(ExportFormat asked, Request request) {
        if (asked != null) {
            return asked;
        }
        Variant chosen = request.selectVariant(VARIANTS);
        if (chosen == null) {
            String types = Arrays.stream(ExportFormat.values()).map(f -> mediaType(f).toString())
                    .collect(Collectors.joining(", "));
            String message = "Ask for one of " + types + ", or name the format with ?format=json|csv|xlsx|pdf";
            throw new WebApplicationException(Problems.response(Problems.of(406, "Not acceptable",
                    "A result is answered as JSON, CSV, XLSX or PDF. " + message + ".",
                    Problems.field(HttpHeaders.ACCEPT, message))));
        }
        return Arrays.stream(ExportFormat.values()).filter(f -> mediaType(f).isCompatible(chosen.getMediaType()))
                .findFirst().orElseThrow();
    }

    /**
     * The language {@code ?lang=} names or, without it, the best of {@code Accept-Language}'s that an
     * export is written in; English when neither names one (a malformed {@code Accept-Language} is
     * ignored, as RFC 9110 allows).
     */
    static Locale language(String lang, String accepted) {
        if (lang != null && !lang.isBlank()) {
            return ExportFormat.language(Locale.forLanguageTag(lang.strip()));
        }
        if (accepted == null || accepted.isBlank()) {
            return Locale.ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(accepted);
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
        Locale best = Locale.lookup(ranges, LANGUAGES);
        return best == null ? Locale.ENGLISH : best;
    }

    /**
     * The result as JSON: its summary and the stored document, with its version as a strong ETag (the
     * {@code If-Match} of an approval) and its own address as {@code Content-Location}.
     */
    Response json(ResultDetails details, UriInfo uri) {
        JsonObject document;
        try (var reader = Json.createReader(new StringReader(codec.write(details.document())))) {
            document = reader.readObject();
        }
        return Response.ok(new ResultView(details.summary(), document), MediaType.APPLICATION_JSON_TYPE)
                .tag(Preconditions.etag(details.summary().version()))
                .contentLocation(uri.getBaseUriBuilder().path("results").path(Long.toString(details.summary().id()))
                        .build())
                .header(HttpHeaders.VARY, NEGOTIATED).build();
    }

    /** An exported result as an attachment named by the result's number, e.g. {@code R-2026-11-SLA-1-1.pdf}. */
    static Response file(ResultRenderer.Export export) {
        return Response.ok(export.content(), export.mediaType())
                .header("Content-Disposition", attachment(export.fileName()))
                .header(HttpHeaders.VARY, NEGOTIATED).build();
    }

    /** {@code attachment; filename="..."}, with the name in UTF-8 beside (RFC 6266) when it is not plain ASCII. */
    static String attachment(String name) {
        String plain = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + plain + "\"" + (plain.equals(name) ? ""
                : "; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    private static MediaType mediaType(ExportFormat format) {
        MediaType type = MediaType.valueOf(format.mediaType());
        return new MediaType(type.getType(), type.getSubtype());
    }
}
