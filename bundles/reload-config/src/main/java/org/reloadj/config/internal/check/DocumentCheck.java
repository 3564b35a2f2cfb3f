package org.reloadj.config.internal.check;

import java.time.Instant;
import java.util.List;
import org.reloadj.api.Opaque;
import org.reloadj.config.OverlayConfiguration;
import org.reloadj.config.OverlayConfigurations;
import org.reloadj.config.Problem;
import org.reloadj.config.SignedConfiguration;
import org.reloadj.config.ValidationContext;
import org.reloadj.config.internal.write.DocumentWriter;

/**
 * Runs every check on a document, in a fixed order: the grammar, what the parser noticed, then
 * for each configuration its values, kinds, root certificates, what it requires of a node, its
 * expiration and sequence number, and its signatures.
 */
public final class DocumentCheck {
    private DocumentCheck() {
    }

    /** Every problem of {@code document} in {@code context}. */
    public static List<Problem> run(OverlayConfigurations document, ValidationContext context) {
        Findings out = new Findings();
        Opaque bytes = document.source().isEmpty() ? Opaque.of(DocumentWriter.write(document)) : document.source();
        out.addAll(GrammarCheck.check(bytes, context.grammar()));
        out.addAll(document.notes());
        LifecycleRules.checkDistinctOverlays(document.configurations(), out);
        Instant now = context.clock().instant();
        for (SignedConfiguration signed : document.configurations()) {
            OverlayConfiguration c = signed.configuration();
            ParameterRules.check(c, out);
            KindRules.check(c, context, out);
            CertificateRules.check(c, now, out);
            SupportRules.check(c, context, out);
            LifecycleRules.checkExpiry(c, now, out);
            LifecycleRules.checkSequence(c, context.previous(), out);
            SignatureRules.check(signed, context, out);
        }
        return out.problems();
    }
}
