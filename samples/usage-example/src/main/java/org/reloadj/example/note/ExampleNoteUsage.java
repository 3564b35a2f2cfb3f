package org.reloadj.example.note;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.reloadj.api.ErrorCode;
import org.reloadj.api.KindId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ReloadException;
import org.reloadj.api.kind.KindDefinition;
import org.reloadj.api.kind.UsageDefinition;
import org.reloadj.api.registry.AccessControlPolicy;
import org.reloadj.api.registry.DataModel;

/**
 * The usage of kind {@value #KIND_NAME}: one short UTF-8 note per user (RFC 6940, 5.1, 7.2 and
 * 7.3.1). Its Kind-ID is in the private-use range (14.6: 0xf0000001 to 0xfffffffe), its data model
 * SINGLE, its access control USER-MATCH: a note lives at the Resource-ID of its author's user name,
 * and only that user may write it. Registered as a {@link UsageDefinition} service, which makes
 * every node of the framework store and serve the kind at once, and forget it again
 * (Error_Unknown_Kind) when the bundle goes.
 */
@Component(service = UsageDefinition.class)
public final class ExampleNoteUsage implements UsageDefinition {
    /** The kind's name. */
    public static final String KIND_NAME = "EXAMPLE-NOTE";
    /** The largest note, in bytes. */
    public static final int MAX_SIZE = 1024;
    /** The kind: private-use Kind-ID 0xf0001001, SINGLE, USER-MATCH, one value of up to 1024 bytes. */
    public static final KindDefinition EXAMPLE_NOTE = KindDefinition.of(new KindId(0xF000_1001L), KIND_NAME,
            DataModel.SINGLE_VALUE, AccessControlPolicy.USER_MATCH, 1, MAX_SIZE);

    @Override
    public String name() {
        return "Example notes";
    }

    @Override
    public List<KindDefinition> kinds() {
        return List.of(EXAMPLE_NOTE);
    }

    /**
     * Accepts UTF-8 text only; the storing peer answers anything else with Error_Forbidden.
     *
     * @throws ReloadException Error_Forbidden for bytes that are not UTF-8
     */
    @Override
    public void validate(KindId kind, Opaque value) throws ReloadException {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(value.toByteArray()));
        } catch (CharacterCodingException e) {
            throw new ReloadException(ErrorCode.ERROR_FORBIDDEN, "an EXAMPLE-NOTE is UTF-8 text");
        }
    }
}
