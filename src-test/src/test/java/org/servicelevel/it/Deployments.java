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

/** The real EAR as built by the {@code ear} module, optionally with test classes in its WAR. */
final class Deployments {

    static final String WAR = "servicelevel-web.war";
    private static final String APPLICATION_XML = "META-INF/application.xml";
    private static final String CONTEXT_ROOT = "<context-root>/servicelevel</context-root>";

    private Deployments() {
    }

    static EnterpriseArchive ear(Class<?>... inContainerClasses) {
        File file = new File(System.getProperty("servicelevel.ear", "target/servicelevel.ear"));
        if (!file.isFile()) {
            throw new IllegalStateException("The EAR to test is missing: " + file.getAbsolutePath());
        }
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
        if (inContainerClasses.length > 0) {
            WebArchive war = ear.getAsType(WebArchive.class, WAR);
            war.addClasses(inContainerClasses);
        }
        return ear;
    }

    /**
     * The real EAR once more, as a second application of the same domain on the same database: its
     * archive and application name is {@code name}, its web module answers at {@code /name}.
     */
    static EnterpriseArchive copy(String name) {
        EnterpriseArchive original = ear();
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
