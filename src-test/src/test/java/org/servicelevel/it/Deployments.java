package org.servicelevel.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real EAR as built by the {@code ear} module, with test classes in its WAR. */
final class Deployments {

    /** The archive's name: {@link KeptDeployment} keeps client-side deployments of it between test classes. */
    static final String SHARED = "servicelevel.ear";
    static final String WAR = "servicelevel-web.war";
    private static final String APPLICATION_XML = "META-INF/application.xml";
    private static final String CONTEXT_ROOT = "<context-root>/servicelevel</context-root>";
    /** The servlets through which client-side tests look inside the application, deployed with every one of them. */
    private static final Class<?>[] PROBES = {ServiceProbe.class, MonthResultProbe.class, MonthFiguresProbe.class,
            MonthCloseProbe.class};

    private Deployments() {
    }

    /**
     * The EAR for client-side tests: the real one with the test servlets. Every client-side test class
     * deploys the same archive, so the application stays deployed from one to the next.
     */
    static EnterpriseArchive ear() {
        return withClasses(PROBES);
    }

    /** The real EAR with the given classes (an in-container test and what it uses) in its WAR. */
    static EnterpriseArchive withClasses(Class<?>... inContainerClasses) {
        EnterpriseArchive ear = plain();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addClasses(inContainerClasses);
        return ear;
    }

    private static EnterpriseArchive plain() {
        File file = new File(System.getProperty("servicelevel.ear", "target/" + SHARED));
        if (!file.isFile()) {
            throw new IllegalStateException("The EAR to test is missing: " + file.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
    }

    /**
     * The real EAR once more, as a second application of the same domain on the same database: its
     * archive and application name is {@code name}, its web module answers at {@code /name}.
     */
    static EnterpriseArchive copy(String name) {
        EnterpriseArchive original = plain();
        String descriptor;
        try (InputStream in = original.get(APPLICATION_XML).getAsset().openStream()) {
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!descriptor.contains(CONTEXT_ROOT)) {
            throw new IllegalStateException("The EAR's " + APPLICATION_XML + " has no " + CONTEXT_ROOT + ": " + descriptor);
        }
        EnterpriseArchive copy = ShrinkWrap.create(EnterpriseArchive.class, name + ".ear").merge(original);
        copy.delete(APPLICATION_XML);
        copy.setApplicationXML(new StringAsset(descriptor.replace(CONTEXT_ROOT,
                "<context-root>/" + name + "</context-root>")));
        return copy;
    }
}
