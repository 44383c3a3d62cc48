package org.servicelevel.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.servicelevel.application.identity.Caller;
import org.servicelevel.domain.model.identity.Role;

/**
 * Roles are enforced in the application services, not only at REST and Faces: every business method
 * of every enterprise bean of the application layer names the roles that may call it, and only the
 * few entry points that must work before sign-in or from a background thread are open to all.
 */
class ServiceRolesTest {

    /** Methods open to every caller, and why. */
    private static final Set<String> OPEN = Set.of(
            // called by the identity store before the caller is authenticated
            "IdentityServiceBean.authenticate", "IdentityServiceBean.authenticateToken",
            "IdentityServiceBean.findActiveCaller",
            // counts failed sign-ins while the caller is not yet authenticated
            "SignInThrottle.refusedUntil", "SignInThrottle.failed", "SignInThrottle.cleared",
            // the readiness probe of the health endpoint, which orchestrators call without credentials
            "SystemServiceBean.readiness",
            // starts delivery after any caller's transaction commits; runs as the system identity
            "NotificationDelivery.deliver", "NotificationDelivery.deliverSoon",
            // the steps of webhook delivery after any caller's transaction commits; runs as the system identity
            "WebhookDispatch.dueSubscriptions", "WebhookDispatch.dueOf", "WebhookDispatch.claim",
            "WebhookDispatch.record");

    private static List<Class<?>> beans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(ServiceRolesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        Path application = root.resolve("org/servicelevel/application");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(application)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                if (type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }

    @Test
    void everyBusinessMethodOfTheApplicationLayerNamesItsRoles() throws Exception {
        List<Class<?>> beans = beans();
        assertTrue(beans.size() >= 15, "the application layer's beans were found: " + beans);
        List<String> missing = new ArrayList<>();
        List<String> unexpectedlyOpen = new ArrayList<>();
        for (Class<?> bean : beans) {
            for (Method method : bean.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                String name = bean.getSimpleName() + "." + method.getName();
                boolean open = method.isAnnotationPresent(PermitAll.class)
                        || !method.isAnnotationPresent(RolesAllowed.class) && bean.isAnnotationPresent(PermitAll.class);
                boolean restricted = method.isAnnotationPresent(RolesAllowed.class)
                        || !method.isAnnotationPresent(PermitAll.class) && bean.isAnnotationPresent(RolesAllowed.class);
                if (!open && !restricted) {
                    missing.add(name);
                }
                if (open && !OPEN.contains(name)) {
                    unexpectedlyOpen.add(name);
                }
            }
        }
        assertEquals(List.of(), missing, "business methods without @RolesAllowed");
        assertEquals(List.of(), unexpectedlyOpen, "business methods open to every caller");
    }

    @Test
    void everyRoleNamedIsARoleOfTheProduct() throws Exception {
        for (Class<?> bean : beans()) {
            for (Method method : bean.getDeclaredMethods()) {
                RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
                if (roles == null) {
                    roles = bean.getAnnotation(RolesAllowed.class);
                }
                if (roles != null) {
                    assertTrue(Arrays.stream(roles.value()).allMatch(r -> Set.of(Role.Names.ADMIN, Role.Names.MANAGER,
                            Role.Names.AGENT, Role.Names.CUSTOMER, Role.Names.INTEGRATION, Role.Names.SYSTEM).contains(r)),
                            bean.getSimpleName() + "." + method.getName() + " names an unknown role");
                }
            }
        }
    }

    /**
     * A method that acts for a caller it is handed ({@code createAs}, {@code commentAs}: the mail
     * channel, which has found the sender) is for the system identity only: anyone else calling it
     * could act as any user of any organisation.
     */
    @Test
    void methodsThatActForACallerTheyAreHandedAreForTheSystemOnly() throws Exception {
        List<String> wider = new ArrayList<>();
        int found = 0;
        for (Class<?> bean : beans()) {
            for (Method method : bean.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()
                        || Arrays.stream(method.getParameterTypes()).noneMatch(Caller.class::equals)) {
                    continue;
                }
                found++;
                RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class)
                        ? method.getAnnotation(RolesAllowed.class) : bean.getAnnotation(RolesAllowed.class);
                if (roles == null || !List.of(Role.Names.SYSTEM).equals(List.of(roles.value()))) {
                    wider.add(bean.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertTrue(found >= 3, "the methods that act for a caller were found");
        assertEquals(List.of(), wider, "methods acting for a caller they are handed, open beyond the system");
    }

    @Test
    void entryPointsThatRunWithoutACallerRunAsTheSystem() throws Exception {
        for (Class<?> bean : beans()) {
            if (Set.of("NotificationDelivery", "WebhookDispatch").contains(bean.getSimpleName())) {
                RunAs runAs = bean.getAnnotation(RunAs.class);
                assertEquals(Role.Names.SYSTEM, runAs == null ? null : runAs.value());
            }
        }
    }
}
