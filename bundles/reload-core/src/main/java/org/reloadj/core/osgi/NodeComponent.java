package org.reloadj.core.osgi;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.reloadj.api.kind.UsageDefinition;
import org.reloadj.api.link.OverlayLinkProvider;
import org.reloadj.api.node.NodeStatus;
import org.reloadj.api.node.OverlayNode;
import org.reloadj.api.overlay.Overlay;
import org.reloadj.api.topology.TopologyPlugin;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.core.runtime.LinkTypes;
import org.reloadj.core.runtime.ManagedNode;
import org.reloadj.core.runtime.NodeFiles;
import org.reloadj.core.runtime.NodeOptions;
import org.reloadj.core.runtime.RunningNode;
import org.reloadj.security.Credentials;
import org.reloadj.security.signature.CertificateSource;

/**
 * One RELOAD node per factory configuration of {@value #PID} (architecture principle 5): it
 * reads the Configuration Document and credentials the configuration names, and runs a
 * {@link ManagedNode} fed with the {@link TopologyPlugin}, {@link OverlayLinkProvider},
 * {@link UsageDefinition} and {@link CertificateSource} services as they come and go. Once the
 * node has joined, its {@link Overlay} and {@link OverlayNode} are registered, with the service
 * properties {@value OverlayNode#OVERLAY_NAME}, {@value OverlayNode#NODE_ID} and
 * {@value OverlayNode#ADDRESS}.
 */
@Component(configurationPid = NodeComponent.PID, configurationPolicy = ConfigurationPolicy.REQUIRE, service = {})
@Designate(ocd = NodeConfig.class, factory = true)
public final class NodeComponent implements ManagedNode.Listener {
    /** The factory PID of node configurations. */
    public static final String PID = "org.reloadj.node";

    private final BundleContext context;
    private final ManagedNode node;
    private final Present<TopologyPlugin> plugins;
    private final Present<OverlayLinkProvider> links;
    private final Present<UsageDefinition> usages;
    private final Present<CertificateSource> sources;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    /**
     * Reads the node's files and prepares it; it starts once its plug-ins are bound.
     *
     * @throws IOException when the configuration document or the credentials cannot be read
     */
    @Activate
    public NodeComponent(BundleContext context, NodeConfig config) throws IOException {
        this.context = context;
        OverlayConfigurations document = NodeFiles.readDocument(config.configuration());
        OverlayConfiguration configuration = (config.overlay().isBlank() ? document.configurations().stream().findFirst()
                : document.find(config.overlay())).orElseThrow(() -> new IOException(config.configuration()
                        + " holds no configuration" + (config.overlay().isBlank() ? "" : " of " + config.overlay())))
                .configuration();
        Credentials credentials = NodeFiles.readCredentials(NodeFiles.path(config.credentials()),
                configuration.nodeIdLength());
        NodeOptions options = new NodeOptions(document, configuration.instanceName(), credentials,
                new InetSocketAddress(config.address(), config.port()), config.client(), bootstraps(config),
                LinkTypes.of(configuration, config.link_type()));
        this.node = new ManagedNode(options, Duration.ofSeconds(config.join_timeout()), this);
        this.plugins = new Present<>(node::topologyPlugins);
        this.links = new Present<>(node::linkProviders);
        this.usages = new Present<>(node::usages);
        this.sources = new Present<>(node::certificateSources);
    }

    private static List<InetSocketAddress> bootstraps(NodeConfig config) {
        return Arrays.stream(config.bootstrap()).filter(s -> !s.isBlank()).map(NodeComponent::address).toList();
    }

    private static InetSocketAddress address(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("a bootstrap node is host:port, not " + hostPort);
        }
        String host = hostPort.substring(0, colon).replace("[", "").replace("]", "");
        return new InetSocketAddress(host, Integer.parseInt(hostPort.substring(colon + 1)));
    }

    /** Stops the node and withdraws its services. */
    @Deactivate
    void deactivate() {
        node.close();
        withdraw();
    }

    @Reference(name = "topology", service = TopologyPlugin.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindTopology(TopologyPlugin plugin) {
        plugins.add(plugin);
    }

    void unbindTopology(TopologyPlugin plugin) {
        plugins.remove(plugin);
    }

    @Reference(name = "links", service = OverlayLinkProvider.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindLinks(OverlayLinkProvider provider) {
        links.add(provider);
    }

    void unbindLinks(OverlayLinkProvider provider) {
        links.remove(provider);
    }

    @Reference(name = "usages", service = UsageDefinition.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindUsage(UsageDefinition usage) {
        usages.add(usage);
    }

    void unbindUsage(UsageDefinition usage) {
        usages.remove(usage);
    }

    @Reference(name = "certificates", service = CertificateSource.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindCertificates(CertificateSource source) {
        sources.add(source);
    }

    void unbindCertificates(CertificateSource source) {
        sources.remove(source);
    }

    @Override
    public void ready(RunningNode running) {
        NodeStatus status = running.status();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(OverlayNode.OVERLAY_NAME, status.overlayName());
        properties.put(OverlayNode.NODE_ID, status.nodeId().toString());
        status.address().ifPresent(a -> properties.put(OverlayNode.ADDRESS, a.getHostString() + ":" + a.getPort()));
        synchronized (registrations) {
            registrations.add(context.registerService(Overlay.class, running.overlay(), properties));
            registrations.add(context.registerService(OverlayNode.class, running, properties));
        }
    }

    @Override
    public void gone(RunningNode running) {
        withdraw();
    }

    private void withdraw() {
        synchronized (registrations) {
            for (ServiceRegistration<?> r : registrations) {
                try {
                    r.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // the bundle stopped first
                }
            }
            registrations.clear();
        }
    }
}
