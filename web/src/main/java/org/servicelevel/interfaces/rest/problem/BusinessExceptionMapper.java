package org.servicelevel.interfaces.rest.problem;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else: broken business rules (400), missing things (404), concurrent edits and requests
 * that conflict with a record's state, such as activating an active agreement (409), and,
 * as the last resort, an unexpected failure (500) that is logged with an incident id and reported
 * without a stack trace.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(BusinessExceptionMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        Throwable cause = unwrap(exception);
        if (cause instanceof WebApplicationException web) {
            return new WebApplicationExceptionMapper().toResponse(web);
        }
        if (cause instanceof jakarta.json.bind.JsonbException || cause instanceof jakarta.json.JsonException
                || cause instanceof jakarta.ws.rs.ProcessingException) {
            return Problems.response(400, "Malformed request body",
                    "The request body is not the JSON this operation expects: " + rootMessage(cause));
        }
        if (cause instanceof InvalidRequestException invalid) {
            return Problems.response(Problems.of(400, "Invalid request",
                    "The request has " + invalid.errors().size() + " invalid field(s).", invalid.errors()));
        }
        if (cause instanceof org.servicelevel.domain.InvalidFieldsException invalid) {
            List<ProblemDetail.FieldError> errors = invalid.errors().stream()
                    .map(e -> new ProblemDetail.FieldError(e.field(), e.getMessage())).toList();
            return Problems.response(Problems.of(400, "Invalid request",
                    "The request has " + errors.size() + " invalid field(s).", errors));
        }
        if (cause instanceof org.servicelevel.domain.NotPermittedException notPermitted) {
            return Problems.response(403, "Forbidden", notPermitted.getMessage());
        }
        if (cause instanceof org.servicelevel.domain.model.ticket.IdempotencyKeyReusedException reused) {
            return Problems.response(422, "Idempotency-Key reused", reused.getMessage());
        }
        if (cause instanceof org.servicelevel.domain.ConflictException conflict) {
            return Problems.response(409, "Conflict", conflict.getMessage());
        }
        if (cause instanceof org.servicelevel.domain.InvalidFieldException invalid) {
            return Problems.response(Problems.of(400, "Invalid request", invalid.getMessage(),
                    List.of(new ProblemDetail.FieldError(invalid.field(), invalid.getMessage()))));
        }
        if (cause instanceof org.servicelevel.domain.StaleVersionException stale) {
            return Problems.response(412, "Precondition failed", stale.getMessage());
        }
        if (cause instanceof IllegalArgumentException invalid) {
            return Problems.response(400, "Invalid request", invalid.getMessage());
        }
        if (cause instanceof NoSuchElementException missing) {
            return Problems.response(404, "Not found", missing.getMessage());
        }
        if (cause instanceof OptimisticLockException) {
            return Problems.response(409, "Edited concurrently",
                    "Someone else changed this record since you read it. Read it again and reapply your change.");
        }
        java.sql.SQLException sql = sqlCause(exception);
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
            return Problems.response(400, "Invalid request", "A value is too long or out of range for what can be"
                    + " stored; shorten the texts and check the numbers of the request.");
        }
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
            return Problems.response(409, "Conflict", "The request conflicts with data stored meanwhile (a duplicate"
                    + " or a record that was removed); read the records again and retry.");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
        return Problems.response(500, "Unexpected server error",
                "The server could not complete the request. Quote incident " + incident + " to the operator.");
    }

    private static java.sql.SQLException sqlCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.sql.SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof EJBException || current instanceof jakarta.transaction.RollbackException
                || current instanceof jakarta.persistence.PersistenceException && !(current instanceof OptimisticLockException))
                && current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        if (current instanceof jakarta.persistence.PersistenceException pe && pe.getCause() != null) {
            Throwable inner = pe.getCause();
            if (inner.getClass().getName().endsWith("OptimisticLockException")) {
                return new OptimisticLockException(inner.getMessage());
            }
        }
        return current;
    }
}
