package org.reloadj.cli.start;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.AllServiceListener;
import org.osgi.framework.ServiceReference;

/**
 * Prints {@code ready} when a node in the framework has joined its overlay: its
 * {@code org.reloadj.api.node.OverlayNode} service appears. The launcher reads only the
 * service's properties, so it shares no class with the bundles; it listens to all services, since
 * its own class path holds another copy of the API, with which the bundles' services are not
 * assignable.
 */
final class ReadyListener implements AllServiceListener {
    private static final String NODE_SERVICE = "org.reloadj.api.node.OverlayNode";

    private final PrintStream out;
    private final CountDownLatch ready = new CountDownLatch(1);

    private ReadyListener(PrintStream out) {
        this.out = out;
    }

    /** Listens in {@code context}, printing to {@code out}. */
    static ReadyListener listen(BundleContext context, PrintStream out) {
        ReadyListener listener = new ReadyListener(out);
        try {
            context.addServiceListener(listener, "(objectClass=" + NODE_SERVICE + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("a constant filter", e);
        }
        return listener;
    }

    /** Whether a node became ready. */
    boolean isReady() {
        return ready.getCount() == 0;
    }

    @Override
    public void serviceChanged(ServiceEvent event) {
        ServiceReference<?> node = event.getServiceReference();
        if (event.getType() == ServiceEvent.REGISTERED) {
            out.println("ready: node " + node.getProperty("node.id") + " joined overlay " + node.getProperty("overlay.name")
                    + " at " + node.getProperty("node.address"));
            out.flush();
            ready.countDown();
        } else if (event.getType() == ServiceEvent.UNREGISTERING) {
            out.println("node " + node.getProperty("node.id") + " stopped");
            out.flush();
        }
    }
}
