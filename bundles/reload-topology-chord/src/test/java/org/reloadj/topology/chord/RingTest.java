package org.reloadj.topology.chord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.topology.chord.Ids.node;
import static org.reloadj.topology.chord.Ids.resource;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reloadj.api.NodeId;
import org.reloadj.api.Opaque;
import org.reloadj.api.ResourceId;

class RingTest {
    private final Ring ring = new Ring(16);
    private static final BigInteger TOP = Ids.RING.subtract(BigInteger.ONE);

    @Test
    void a_resource_id_is_sha1_cut_to_its_most_significant_128_bits() {
        // SHA-1("abc") = a9993e364706816aba3e25717850c26c9cd0d89d (RFC 3174 test vector)
        assertThat(ring.hash(Opaque.utf8("abc"))).isEqualTo(ResourceId.fromHex("a9993e364706816aba3e25717850c26c"));
    }

    @Test
    void a_longer_ring_keeps_more_of_the_hash() {
        assertThat(new Ring(20).hash(Opaque.utf8("abc")))
                .isEqualTo(ResourceId.fromHex("a9993e364706816aba3e25717850c26c9cd0d89d"));
    }

    @Test
    void node_ids_outside_16_to_20_bytes_make_no_ring() {
        assertThatThrownBy(() -> new Ring(15)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ring(21)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void distance_is_clockwise_and_wraps_past_zero() {
        assertThat(ring.distance(node(10), node(15))).isEqualTo(BigInteger.valueOf(5));
        assertThat(ring.distance(node(-1), node(0))).isEqualTo(BigInteger.ONE);
        assertThat(ring.distance(node(0), node(-1))).isEqualTo(TOP);
        assertThat(ring.distance(node(-3), node(2))).isEqualTo(BigInteger.valueOf(5));
        assertThat(ring.distance(node(7), node(7))).isEqualTo(BigInteger.ZERO);
    }

    @Test
    void half_open_arcs_contain_their_end_but_not_their_start() {
        assertThat(ring.inHalfOpen(resource(5), node(5), node(9))).isFalse();
        assertThat(ring.inHalfOpen(resource(6), node(5), node(9))).isTrue();
        assertThat(ring.inHalfOpen(resource(9), node(5), node(9))).isTrue();
        assertThat(ring.inHalfOpen(resource(10), node(5), node(9))).isFalse();
    }

    @Test
    void an_arc_that_wraps_round_zero_holds_both_ends_of_the_number_line() {
        NodeId from = node(-2);
        NodeId to = node(1);
        assertThat(ring.inHalfOpen(resource(-1), from, to)).isTrue();
        assertThat(ring.inHalfOpen(resource(0), from, to)).isTrue();
        assertThat(ring.inHalfOpen(resource(1), from, to)).isTrue();
        assertThat(ring.inHalfOpen(resource(2), from, to)).isFalse();
        assertThat(ring.inHalfOpen(resource(-2), from, to)).isFalse();
        assertThat(ring.inHalfOpen(resource(1000), from, to)).isFalse();
    }

    @Test
    void the_arc_from_a_point_to_itself_is_the_whole_ring() {
        assertThat(ring.inHalfOpen(resource(123), node(5), node(5))).isTrue();
        assertThat(ring.inHalfOpen(resource(5), node(5), node(5))).isTrue();
    }

    @Test
    void open_arcs_exclude_both_ends_also_across_zero() {
        assertThat(ring.inOpen(resource(-1), node(-2), node(1))).isTrue();
        assertThat(ring.inOpen(resource(0), node(-2), node(1))).isTrue();
        assertThat(ring.inOpen(resource(1), node(-2), node(1))).isFalse();
        assertThat(ring.inOpen(resource(-2), node(-2), node(1))).isFalse();
    }

    @Test
    void adding_past_the_top_wraps_to_zero() {
        assertThat(ring.plus(node(-1), BigInteger.ONE)).isEqualTo(resource(0));
        assertThat(ring.plus(node(-1), BigInteger.TWO)).isEqualTo(resource(1));
        assertThat(ring.plus(node(3), BigInteger.ONE.shiftLeft(127)).bytes().toHex())
                .isEqualTo("80000000000000000000000000000003");
        assertThat(ring.plus(node(0), BigInteger.ZERO).length()).isEqualTo(16);
    }

    @Test
    void a_short_resource_id_is_placed_as_if_padded_with_zero_bits() {
        assertThat(ring.position(ResourceId.fromHex("80"))).isEqualTo(BigInteger.ONE.shiftLeft(127));
    }

    @Test
    void a_resource_id_of_a_node_id_length_reads_as_that_node() {
        assertThat(ring.asNodeId(resource(42))).isEqualTo(node(42));
        assertThat(ring.asNodeId(ResourceId.fromHex("01"))).isNull();
    }

    @Test
    void shares_of_the_ring_are_in_parts_per_billion() {
        assertThat(ring.partsPerBillion(node(0), Ids.at(128))).isEqualTo(500_000_000L);
        assertThat(ring.partsPerBillion(Ids.at(192), Ids.at(0))).isEqualTo(250_000_000L);
        assertThat(ring.partsPerBillion(node(9), node(9))).isEqualTo(1_000_000_000L);
    }

    @Test
    void random_bits_stay_below_their_power_of_two() {
        SplittableRandom r = new SplittableRandom(3);
        for (int n : new int[] {0, 1, 7, 8, 9, 100, 127}) {
            for (int i = 0; i < 50; i++) {
                assertThat(Ring.randomBits(n, r)).isLessThan(BigInteger.ONE.shiftLeft(n)).isNotNegative();
            }
        }
    }

    @Test
    void distances_compare_as_the_arithmetic_says_across_the_wrap_around() {
        SplittableRandom r = new SplittableRandom(11);
        BigInteger top = ring.modulus().subtract(BigInteger.ONE);
        BigInteger[] special = {BigInteger.ZERO, BigInteger.ONE, top, top.subtract(BigInteger.ONE), top.shiftRight(1)};
        for (int i = 0; i < 2000; i++) {
            ResourceId from = resource(i < 25 ? special[i % 5] : Ring.randomBits(128, r));
            ResourceId x = resource(i < 25 ? special[(i / 5) % 5] : Ring.randomBits(128, r));
            ResourceId y = resource(i % 7 == 0 ? Ring.randomBits(128, r) : special[i % 5]);
            int expected = Integer.signum(ring.distance(from, x).compareTo(ring.distance(from, y)));
            assertThat(Integer.signum(ring.compareDistances(from, x, y))).as("%s %s %s", from, x, y).isEqualTo(expected);
            BigInteger ax = ring.distance(from, x);
            BigInteger ay = ring.distance(from, y);
            assertThat(ring.inOpen(x, from, y)).isEqualTo(ax.signum() > 0 && ax.compareTo(ay) < 0);
            assertThat(ring.inHalfOpen(x, from, y)).isEqualTo(ay.signum() == 0 || ax.signum() > 0 && ax.compareTo(ay) <= 0);
        }
    }
}
