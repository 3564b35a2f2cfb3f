package org.reloadj.api.kind;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;

/**
 * A usage (RFC 6940, 5.1): an application's kinds and the rules for their values. A usage bundle
 * registers one as an OSGi service; a node then stores and serves its kinds, and forgets them
 * (Error_Unknown_Kind) when the service goes away.
 */
@ConsumerType
public interface UsageDefinition {
    /** The usage's name, e.g. {@code "Certificate Store"}. */
    String name();

    /** The kinds this usage defines. */
    List<KindDefinition> kinds();

    /**
     * Checks a value about to be stored under one of this usage's kinds, beyond what the data
     * model and access policy check (e.g. that a certificate store holds a certificate).
     *
     * @throws ReloadException with the error code to answer, when the value is not acceptable
     */
    default void validate(KindId kind, Opaque value) throws ReloadException {
        // most usages accept any value the kind's limits allow
    }
}
