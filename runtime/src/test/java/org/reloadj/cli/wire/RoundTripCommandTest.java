package org.reloadj.cli.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reloadj.cli.CliRun;
import org.reloadj.wire.codec.MessageCodec;
import org.reloadj.wire.io.WireContext;

class RoundTripCommandTest {
    private static List<String> samples;

    @BeforeAll
    static void encodeSamples() {
        MessageCodec codec = new MessageCodec(WireContext.defaults());
        samples = SampleMessages.all().stream()
                .map(s -> HexFormat.of().formatHex(codec.encodeToBytes(s.message()))).toList();
    }

    @Test
    void reproduces_every_sample_byte_for_byte() {
        for (String hex : samples) {
            CliRun run = CliRun.run(hex, "wire", "roundtrip");
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out().trim()).isEqualTo(hex);
        }
    }

    @Test
    void ignores_white_space_and_upper_case_in_the_input() {
        String hex = samples.get(0);
        String spaced = hex.toUpperCase().replaceAll("(.{8})", "$1 \n\t");
        assertThat(CliRun.run(spaced, "wire", "roundtrip").out().trim()).isEqualTo(hex);
    }

    @Test
    void round_trips_a_framed_message() {
        String framed = "80" + "00000005" + String.format("%06x", samples.get(3).length() / 2) + samples.get(3);
        CliRun run = CliRun.run(framed, "wire", "roundtrip", "--framed");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().trim()).isEqualTo(framed);
    }

    @Test
    void names_the_reload_error_and_exits_2_on_a_truncated_message() {
        String cut = samples.get(0).substring(0, samples.get(0).length() - 10);
        CliRun run = CliRun.run(cut, "wire", "roundtrip");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Error_Invalid_Message: ").doesNotContain("\tat ");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void names_error_message_too_large_when_above_the_limit() {
        CliRun run = CliRun.run(samples.get(0), "wire", "roundtrip", "--max-message-size", "100");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("Error_Message_Too_Large: ");
    }

    @Test
    void carries_a_body_of_unknown_kinds_through_undecoded_with_a_warning() {
        String unknownKind = samples.get(6).replace("00000010", "f0000001"); // fetch_req of kinds 16 and 2
        CliRun run = CliRun.run(unknownKind, "wire", "roundtrip");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().trim()).isEqualTo(unknownKind);
        assertThat(run.err()).startsWith("warning: unknown kind 0xf0000001");
    }

    @Test
    void names_error_unknown_kind_when_kinds_are_strict_and_decodes_a_kind_named_on_the_command_line() {
        String unknownKind = samples.get(6).replace("00000010", "f0000001");
        CliRun strict = CliRun.run(unknownKind, "wire", "roundtrip", "--strict-kinds");
        assertThat(strict.status()).isEqualTo(2);
        assertThat(strict.err()).startsWith("Error_Unknown_Kind: ");
        CliRun known = CliRun.run(unknownKind, "wire", "roundtrip", "--strict-kinds", "--kind", "0xf0000001=ARRAY");
        assertThat(known.status()).as(known.err()).isZero();
        assertThat(known.out().trim()).isEqualTo(unknownKind);
        assertThat(known.err()).isEmpty();
    }

    @Test
    void rejects_input_that_is_not_hexadecimal() {
        CliRun run = CliRun.run("d2454c4fzz", "wire", "roundtrip");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("Error_Invalid_Message: ");
        assertThat(CliRun.run("", "wire", "roundtrip").status()).isEqualTo(2);
        assertThat(CliRun.run("abc", "wire", "roundtrip").status()).isEqualTo(2);
    }

    @Test
    void rejects_garbage_with_a_reload_error_never_a_stack_trace() {
        for (String garbage : List.of("00", "d2454c4f", "ffffffffffffffffffffffffffffffffffffffffff", "80000000000000")) {
            CliRun run = CliRun.run(garbage, "wire", "roundtrip");
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err()).matches("Error_[A-Za-z_]+: .*\\R?").doesNotContain("Exception");
        }
    }
}
