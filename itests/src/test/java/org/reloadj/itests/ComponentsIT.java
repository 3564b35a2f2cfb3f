package org.reloadj.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.reloadj.api.kind.UsageDefinition;
import org.reloadj.api.link.OverlayLinkProvider;
import org.reloadj.api.topology.TopologyPlugin;

/**
 * Every ReloadJ bundle resolves and starts in Felix with Declarative Services, and its components
 * activate: the topology plug-ins, link providers and usages are services; the node component
 * waits for its factory configurations; the shell's commands are registered.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ComponentsIT {
    @Inject
    private BundleContext context;

    @Inject
    private ServiceComponentRuntime scr;

    @Configuration
    public Option[] config() {
        return options(FrameworkBundles.all());
    }

    @Test
    public void every_component_of_every_reloadj_bundle_is_satisfied_or_waits_for_its_configuration() {
        List<String> problems = new ArrayList<>();
        int components = 0;
        for (Bundle bundle : reloadj()) {
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(bundle)) {
                components++;
                if (!scr.isComponentEnabled(d)) {
                    problems.add(d.name + " is disabled");
                }
                for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                    if (c.state != ComponentConfigurationDTO.ACTIVE && c.state != ComponentConfigurationDTO.SATISFIED) {
                        problems.add(d.name + " is in state " + c.state + ", unsatisfied references "
                                + Arrays.stream(c.unsatisfiedReferences).map(r -> r.name).collect(Collectors.toList()));
                    }
                }
            }
        }
        assertTrue(problems.toString(), problems.isEmpty());
        assertTrue("components found: " + components, components >= 8);
    }

    @Test
    public void the_plug_ins_are_services_found_by_algorithm_link_type_and_kind() throws Exception {
        assertFalse(context.getServiceReferences(TopologyPlugin.class, "(topology.algorithm=CHORD-RELOAD)").isEmpty());
        assertFalse(context.getServiceReferences(TopologyPlugin.class, "(topology.algorithm=CHORD-SELF-TUNING)").isEmpty());
        List<String> usages = context.getServiceReferences(UsageDefinition.class, null).stream()
                .map(r -> context.getService(r).name()).sorted().collect(Collectors.toList());
        assertEquals(List.of("Certificate Store", "TURN Server"), usages);
        List<String> links = context.getServiceReferences(OverlayLinkProvider.class, null).stream()
                .map(r -> context.getService(r).linkType()).sorted().collect(Collectors.toList());
        assertEquals(List.of("DTLS-UDP-SR-NO-ICE", "TLS-TCP-FH-NO-ICE"), links);
    }

    @Test
    public void the_reload_shell_commands_are_registered() throws Exception {
        assertEquals(1, context.getServiceReferences((String) null, "(osgi.command.scope=reload)").length);
    }

    private List<Bundle> reloadj() {
        return Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().startsWith("org.reloadj."))
                .collect(Collectors.toList());
    }
}
