package org.servicelevel.interfaces.rest.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicelevel.domain.DomainException;

/**
 * Everything no other mapper takes. A business outcome or an access refusal that arrives wrapped (in
 * an {@code EJBException} or a rolled-back transaction) is handed to its own mapper; a concurrent edit
 * detected when the transaction commits answers 409, and so does a lock the database could not grant
 * (a lock timeout, a deadlock or a serialization failure, which a retry resolves); a value the database
 * refuses answers 400 or 409; anything else is a defect: logged with an incident id and answered 500
 * with that id only, never with its message or type.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    /**
     * SQL states of a transaction the database rolled back for a concurrent one: serialization, deadlock,
     * lock not available (PostgreSQL), and H2's lock timeout.
     */
    private static final Set<String> LOCK_STATES = Set.of("40001", "40P01", "55P03", "HYT00");

    @Context
    private Providers providers;

    @Override
    public Response toResponse(Throwable exception) {
        Throwable cause = unwrap(exception);
        if (cause != exception && (cause instanceof DomainException || cause instanceof WebApplicationException
                || cause instanceof EJBAccessException)) {
            return delegate(cause);
        }
        if (isOptimisticLock(exception)) {
            return Problems.response(409, "Edited concurrently",
                    "Someone else changed this record since you read it. Read it again and reapply your change.");
        }
        SQLException sql = sqlCause(exception);
        String state = sql == null ? null : sql.getSQLState();
        if (isLockConflict(exception) || state != null && LOCK_STATES.contains(state)) {
            // answered, not an incident; but a deadlock that recurs is a defect of the order of locks
            LOG.info(() -> "Lock conflict answered 409" + (state == null ? "" : ", SQL state " + state) + ": "
                    + (sql == null ? exception : sql).getMessage());
            return Problems.response(409, "Edited concurrently",
                    "Someone else was changing this record at the same moment. Read it again and reapply your change.");
        }
        if (state != null && state.startsWith("22")) {
            String detail = "A value is too long or out of range for what can be stored; shorten the texts and check"
                    + " the numbers of the request.";
            return Problems.response(Problems.of(400, "Invalid request", detail, Problems.field("body", detail)));
        }
        if (state != null && state.startsWith("23")) {
            return Problems.response(409, "Conflict", "The request conflicts with data stored meanwhile (a duplicate"
                    + " or a record that was removed); read the records again and retry.");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
        return Problems.response(500, "Unexpected server error",
                "The server could not complete the request. Quote incident " + incident + " to the operator.");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Response delegate(Throwable cause) {
        ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
        return mapper.toResponse(cause);
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof EJBException && !(current instanceof EJBAccessException)
                || current instanceof RollbackException
                || current instanceof PersistenceException && !(current instanceof OptimisticLockException))
                && current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    /** A lock the database could not grant: waited too long for it, or two transactions waited for each other. */
    private static boolean isLockConflict(Throwable t) {
        return hasCause(t, c -> c instanceof PessimisticLockException || c instanceof LockTimeoutException);
    }

    private static boolean isOptimisticLock(Throwable t) {
        return hasCause(t, c -> c instanceof OptimisticLockException
                || c.getClass().getName().endsWith(".OptimisticLockException"));
    }

    /** Whether {@code t} or one of its causes is such. */
    private static boolean hasCause(Throwable t, Predicate<Throwable> such) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (such.test(c)) {
                return true;
            }
        }
        return false;
    }

    private static SQLException sqlCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
