package org.servicelevel.interfaces.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicelevel.interfaces.rest.problem.Problems;

/**
 * The error page of the whole application, for the errors the servlet container raises itself (a
 * malformed request, a path nothing serves, a failure outside JAX-RS and Faces): under {@code /api}
 * and for clients that ask for JSON the answer is a problem document, for people the error screen.
 * A failure is logged with an incident id; neither answer shows a message or type from the server.
 */
@WebServlet(name = "errors", urlPatterns = ErrorServlet.PATH)
public class ErrorServlet extends HttpServlet {

    static final String PATH = "/errors";
    private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : HttpServletResponse.SC_NOT_FOUND;
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String incident = null;
        if (failure instanceof Throwable t) {
            incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, t);
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        if (wantsProblem(request)) {
            response.resetBuffer();
            Problems.write(response, Problems.of(status, title(status), detail(status, incident),
                    status == 400 ? Problems.field("request", "The request line or headers could not be read")
                            : java.util.List.of()));
            return;
        }
        response.setStatus(status);
        request.getRequestDispatcher("/error.xhtml").forward(request, response);
    }

    private static boolean wantsProblem(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString();
        String api = request.getContextPath() + "/api";
        String accept = request.getHeader("Accept");
        return path.equals(api) || path.startsWith(api + "/")
                || accept != null && (accept.contains("json") && !accept.contains("text/html"));
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Invalid request";
            case 401 -> "Authentication required";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Request too large";
            default -> status >= 500 ? "Unexpected server error" : "Request refused";
        };
    }

    private static String detail(int status, String incident) {
        if (incident != null) {
            return "The server could not complete the request. Quote incident " + incident + " to the operator.";
        }
        return switch (status) {
            case 400 -> "The request could not be read.";
            case 403 -> "Your role does not allow this operation.";
            case 404 -> "Nothing exists at this address. Check the path and the id.";
            case 405 -> "This address does not accept that HTTP method.";
            default -> status >= 500 ? "The server could not complete the request." : "The request was refused.";
        };
    }
}
