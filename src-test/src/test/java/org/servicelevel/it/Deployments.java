package org.servicelevel.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real EAR as built by the {@code ear} module, optionally with test classes in its WAR. */
final class Deployments {

    static final String WAR = "servicelevel-web.war";

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
}
