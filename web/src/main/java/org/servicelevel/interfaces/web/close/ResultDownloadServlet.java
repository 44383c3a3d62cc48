package org.servicelevel.interfaces.web.close;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.servicelevel.application.report.ExportFormat;
import org.servicelevel.application.report.MonthResultService;
import org.servicelevel.application.report.ResultRenderer;
import org.servicelevel.domain.DomainException;
import org.servicelevel.domain.NotFoundException;

/**
 * A month's result as a file for the month's close page:
 * {@code /app/month-results/download?id=7&format=pdf&lang=ru}, in the language the page was shown in
 * ({@code lang}; else the browser's). The service decides who reads what: a result the caller may not
 * read, an unknown id or format is 404, as on the pages.
 */
@WebServlet(name = "month-result-download", urlPatterns = ResultDownloadServlet.PATH)
public class ResultDownloadServlet extends HttpServlet {

    static final String PATH = "/app/month-results/download";
    private static final long serialVersionUID = 1L;

    @Inject
    private MonthResultService results;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ExportFormat> format = ExportFormat.named(request.getParameter("format"));
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")).strip());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (format.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String lang = request.getParameter("lang");
        Locale locale = lang == null || lang.isBlank() ? request.getLocale() : Locale.forLanguageTag(lang.strip());
        ResultRenderer.Export export;
        try {
            export = results.export(id, format.get(), locale);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (DomainException e) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
            return;
        }
        byte[] content = export.content();
        response.setContentType(export.mediaType());
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + export.fileName().replace("\"", "")
                + "\"; filename*=UTF-8''" + URLEncoder.encode(export.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(content);
    }
}
