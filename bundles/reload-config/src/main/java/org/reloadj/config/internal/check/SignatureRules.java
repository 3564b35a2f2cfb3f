package org.reloadj.config.internal.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.config.DocumentSignature;
import org.reloadj.config.KindBlock;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.Problem;
import org.reloadj.config.SignedConfiguration;
import org.reloadj.config.ValidationContext;
import org.reloadj.security.ReloadSecurityException;
import org.reloadj.security.signature.SignatureVerifier;
import org.reloadj.security.signature.VerifiedSigner;
import org.reloadj.wire.io.WireException;
import org.reloadj.wire.io.WireReader;
import org.reloadj.wire.message.SecurityBlock;

/**
 * The signatures of a configuration (RFC 6940, 11.1): a configuration must be signed, over the
 * exact bytes of its element, by a {@code configuration-signer} of the configuration in force
 * (of itself, for a first configuration); each kind-block by a {@code kind-signer} of the
 * configuration, over the bytes of its {@code kind} element. A signature is the base64 of a
 * SecurityBlock (6.3.4) whose Signature covers those bytes; its signer's certificate comes from
 * the block, must be valid now, chain to the trust anchors (or be an accepted self-signed one),
 * and must not be a {@code bad-node}.
 */
final class SignatureRules {
    private final SignedConfiguration signed;
    private final OverlayConfiguration basis;
    private final ValidationContext context;
    private final Findings out;

    private SignatureRules(SignedConfiguration signed, OverlayConfiguration basis, ValidationContext context,
            Findings out) {
        this.signed = signed;
        this.basis = basis;
        this.context = context;
        this.out = out;
    }

    static void check(SignedConfiguration signed, ValidationContext context, Findings out) {
        OverlayConfiguration basis = context.previous().flatMap(p -> p.find(signed.instanceName()))
                .map(SignedConfiguration::configuration).orElse(signed.configuration());
        SignatureRules r = new SignatureRules(signed, basis, context, out);
        r.configurationSignatures();
        r.kindSignatures();
    }

    private void configurationSignatures() {
        OverlayConfiguration c = signed.configuration();
        if (signed.signatures().isEmpty()) {
            out.error(Problem.Category.SIGNATURE, Places.of(c), "not signed: a configuration must be signed by a"
                    + " configuration-signer (RFC 6940, 11.1)");
            return;
        }
        Set<NodeId> signers = Verifiers.nodeIds(basis.configurationSigners(), Verifiers.usableNodeIdLength(basis));
        SignatureVerifier verifier = Verifiers.of(basis, context);
        List<Problem> failures = new ArrayList<>();
        boolean verified = false;
        for (int i = 0; i < signed.signatures().size(); i++) {
            String where = Places.of(c, "signature", i);
            Optional<String> failure = verify(verifier, signed.signatures().get(i), signed.element(), signers,
                    badNodes(basis), "configuration-signer");
            failure.ifPresent(f -> failures.add(Problem.error(Problem.Category.SIGNATURE, where, f)));
            verified |= failure.isEmpty();
        }
        for (Problem p : failures) {
            out.add(verified ? Problem.warning(p.category(), p.where(), p.message()) : p);
        }
    }

    private void kindSignatures() {
        OverlayConfiguration c = signed.configuration();
        if (c.kinds().isEmpty()) {
            return;
        }
        Set<NodeId> signers = Verifiers.nodeIds(c.kindSigners(), Verifiers.usableNodeIdLength(c));
        SignatureVerifier verifier = Verifiers.of(c, context);
        for (int i = 0; i < c.kinds().size(); i++) {
            KindBlock k = c.kinds().get(i);
            String where = Places.of(c, k) + "/kind-signature";
            if (k.signature().isEmpty()) {
                out.error(Problem.Category.SIGNATURE, where, "missing: a kind-block must contain a kind-signature"
                        + " by a kind-signer (RFC 6940, 11.1)");
                continue;
            }
            Opaque kindBytes = signed.kindElements().isEmpty() ? Opaque.EMPTY : signed.kindElements().get(i);
            verify(verifier, k.signature().get(), kindBytes, signers, badNodes(c), "kind-signer")
                    .ifPresent(f -> out.error(Problem.Category.SIGNATURE, where, f));
        }
    }

    /** Why the signature does not hold, or empty when it does. */
    private Optional<String> verify(SignatureVerifier verifier, DocumentSignature signature, Opaque signedBytes,
            Set<NodeId> signers, Set<NodeId> bad, String role) {
        SecurityBlock block;
        try {
            WireReader r = WireReader.of(signature.value());
            block = SecurityBlock.decode(r);
            r.assertFinished("SecurityBlock");
        } catch (WireException e) {
            return Optional.of("does not verify: not a SecurityBlock (RFC 6940, 6.3.4): " + e.getMessage());
        }
        if (signers.isEmpty()) {
            return Optional.of("does not verify: no " + role + " is listed that could have signed it (RFC 6940, 11.1)");
        }
        try {
            VerifiedSigner signer = verifier.verify(block.signature(), signedBytes, block.certificates());
            if (!signers.contains(signer.nodeId())) {
                return Optional.of("signed by " + signer.nodeId() + ", which is not a " + role + " (RFC 6940, 11.1)");
            }
            if (bad.contains(signer.nodeId())) {
                return Optional.of("signed by " + signer.nodeId() + ", a bad-node (RFC 6940, 11.1)");
            }
            return Optional.empty();
        } catch (ReloadSecurityException e) {
            return Optional.of("does not verify: " + e.reason() + ": " + e.getMessage());
        }
    }

    private static Set<NodeId> badNodes(OverlayConfiguration c) {
        return Verifiers.nodeIds(c.badNodes(), Verifiers.usableNodeIdLength(c));
    }
}
