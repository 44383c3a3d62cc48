package org.servicelevel.it;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.servicelevel.domain.model.identity.Role;

/**
 * Lets an in-container test call the application services as the system identity, the way timers,
 * jobs and start-up do: the services admit no anonymous caller. Deployed only with the tests.
 */
@Stateless
@RunAs(Role.Names.SYSTEM)
@DeclareRoles(Role.Names.SYSTEM)
@PermitAll
public class AsSystem {

    /** The outcome of a call: its value, or what it threw (which this bean's module may not know as an application exception). */
    public record Outcome<T>(T value, Exception failure) {

        public T get() throws Exception {
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }

    public <T> Outcome<T> call(Callable<T> work) {
        try {
            return new Outcome<>(work.call(), null);
        } catch (Exception e) {
            return new Outcome<>(null, e);
        }
    }
}
