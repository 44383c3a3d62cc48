package org.servicelevel.interfaces.rest.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Two transactions that meet on one record answer 409, however the container and the JPA provider wrap
 * what the database said: never a 500, never a Java type in the answer.
 */
class UnexpectedFailureMapperTest {

    private final UnexpectedFailureMapper mapper = new UnexpectedFailureMapper();

    private void assertConflict(Exception failure) {
        Response response = mapper.toResponse(failure);
        assertEquals(409, response.getStatus(), failure.toString());
        String body = String.valueOf(response.getEntity());
        assertTrue(body.contains("https://servicelevel.org/problems/conflict"), body);
        assertFalse(body.contains("Exception"), body);
    }

    private static Exception rolledBack(Exception cause) {
        RollbackException rollback = new RollbackException("commit failed");
        rollback.initCause(cause);
        return new EJBTransactionRolledbackException("rolled back", rollback);
    }

    @Test
    void anOptimisticLockFailureAtCommitIsAConflict() {
        assertConflict(rolledBack(new OptimisticLockException("version changed")));
        assertConflict(new EJBException(new PersistenceException(new OptimisticLockException("at flush"))));
    }

    @Test
    void aLockTheDatabaseCouldNotGrantIsAConflict() {
        assertConflict(new EJBException(new PessimisticLockException("could not lock")));
        assertConflict(new EJBException(new LockTimeoutException("lock timeout")));
        assertConflict(rolledBack(new PersistenceException(new SQLException("deadlock detected", "40P01"))));
        assertConflict(rolledBack(new PersistenceException(new SQLException("Timeout trying to lock table", "HYT00"))));
        assertConflict(new EJBException(new PersistenceException(new SQLException("could not serialize", "40001"))));
        assertConflict(new EJBException(new PersistenceException(new SQLException("lock not available", "55P03"))));
    }

    @Test
    void anyOtherDatabaseFailureIsStillADefect() {
        Response response = mapper.toResponse(new EJBException(new PersistenceException(
                new SQLException("connection lost", "08006"))));
        assertEquals(500, response.getStatus());
        assertEquals(500, mapper.toResponse(new EJBException(new PersistenceException(
                new SQLException("connection closed")))).getStatus(), "a failure without an SQL state");
    }
}
