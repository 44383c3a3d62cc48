package org.servicelevel.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;

/**
 * Keeps the application deployed from one test class to the next while the classes deploy the same
 * archive: Arquillian deploys a class's deployment before it and undeploys it after it, and the EAR
 * takes 10 to 30 s to deploy on the machines the suite runs on, so some twenty deployments of the same
 * EAR were a third of a pass.
 *
 * <p>Only client-side deployments of {@link Deployments#SHARED} are kept (the real EAR with the test
 * servlets, which every such class deploys alike). The kept one is undeployed when a class deploys a
 * different archive of that name (an in-container test's, with its test classes), and before the
 * container stops, so a later run starts its domain with no application. Other archives (a second
 * application on the same database) are deployed and undeployed around their class as before.
 *
 * <p>The tests do not depend on a fresh deployment: they seed and clean their own data, which lives in
 * the database across deployments anyway, and none changes the application's configuration.
 */
public class KeptDeployment {

    private static final Logger LOG = Logger.getLogger(KeptDeployment.class.getName());

    /** Registers the observers with Arquillian (named in {@code META-INF/services}). */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.observer(KeptDeployment.class);
        }
    }

    private record Kept(DeployableContainer<?> container, Archive<?> archive, String contents) {
    }

    private static Kept kept;

    public void deploy(@Observes EventContext<DeployDeployment> context) throws Exception {
        DeployDeployment event = context.getEvent();
        DeploymentDescription description = event.getDeployment().getDescription();
        if (kept != null && description.isArchiveDeployment()
                && Deployments.SHARED.equals(description.getArchive().getName())) {
            if (kept.container == event.getDeployableContainer() && keepable(description)
                    && kept.contents.equals(contents(description.getArchive()))) {
                LOG.info(() -> "Reusing the deployed " + kept.archive.getName());
                event.getDeployment().deployed();
                return;
            }
            undeployKept();
        }
        context.proceed();
    }

    public void undeploy(@Observes EventContext<UnDeployDeployment> context) throws Exception {
        UnDeployDeployment event = context.getEvent();
        Deployment deployment = event.getDeployment();
        DeploymentDescription description = deployment.getDescription();
        if (keepable(description) && !deployment.hasDeploymentError()
                && Deployments.SHARED.equals(description.getArchive().getName())) {
            kept = new Kept(event.getDeployableContainer(), description.getArchive(), contents(description.getArchive()));
            deployment.undeployed();
            return;
        }
        context.proceed();
    }

    public void beforeStop(@Observes BeforeStop event) throws Exception {
        if (kept != null && kept.container == event.getDeployableContainer()) {
            undeployKept();
        }
    }

    private static boolean keepable(DeploymentDescription description) {
        return description.isArchiveDeployment() && !description.testable();
    }

    private static void undeployKept() throws Exception {
        Kept leaving = kept;
        kept = null;
        LOG.info(() -> "Undeploying the kept " + leaving.archive.getName());
        leaving.container.undeploy(leaving.archive);
    }

    /** Every path of the archive and, recursively, of the archives inside it. */
    private static String contents(Archive<?> archive) {
        List<String> paths = new ArrayList<>();
        collect("", archive, paths);
        return String.join("\n", paths);
    }

    private static void collect(String prefix, Archive<?> archive, List<String> paths) {
        Map<String, Node> sorted = new TreeMap<>();
        archive.getContent().forEach((path, node) -> sorted.put(path.get(), node));
        sorted.forEach((path, node) -> {
            paths.add(prefix + path);
            if (node.getAsset() instanceof ArchiveAsset nested) {
                collect(prefix + path + "!", nested.getArchive(), paths);
            }
        });
    }
}
