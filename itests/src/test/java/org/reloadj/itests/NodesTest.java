package org.reloadj.itests;

import static org.ops4j.pax.exam.CoreOptions.options;

import javax.inject.Inject;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * What the tests that run nodes share: every bundle installed, the framework's context and
 * Config Admin, through which {@link TestOverlay} starts nodes from factory configurations. Run
 * with {@link WithTlsLinks}.
 */
public abstract class NodesTest {
    @Inject
    protected BundleContext context;

    @Inject
    protected ConfigurationAdmin admin;

    @Configuration
    public Option[] config() {
        return options(FrameworkBundles.all());
    }
}
