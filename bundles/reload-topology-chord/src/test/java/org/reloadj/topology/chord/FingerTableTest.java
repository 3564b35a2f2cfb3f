package org.reloadj.topology.chord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reloadj.topology.chord.Ids.node;

import java.math.BigInteger;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reloadj.api.NodeId;
import org.reloadj.api.ResourceId;

class FingerTableTest {
    private final Ring ring = new Ring(16);
    private final NodeId self = NodeId.fromHex("c0000000000000000000000000000005");
    private final FingerTable table = new FingerTable(ring, self);

    @Test
    void finger_i_targets_n_plus_2_to_the_128_minus_i_wrapping_round_the_ring() {
        assertThat(table.start(1)).isEqualTo(ResourceId.fromHex("40000000000000000000000000000005"));
        assertThat(table.start(2)).isEqualTo(ResourceId.fromHex("00000000000000000000000000000005"));
        assertThat(table.start(3)).isEqualTo(ResourceId.fromHex("e0000000000000000000000000000005"));
        assertThat(table.start(16)).isEqualTo(ResourceId.fromHex("c0010000000000000000000000000005"));
        assertThat(table.start(128)).isEqualTo(ResourceId.fromHex("c0000000000000000000000000000006"));
    }

    @Test
    void there_is_no_finger_0_nor_one_beyond_the_id_length() {
        assertThatThrownBy(() -> table.start(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> table.start(129)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_peer_is_valid_for_the_entry_whose_range_holds_it() {
        // range i is [x + 2^(128-i), x + 2^(128-(i-1)) - 1]
        BigInteger x = Ids.value(self);
        assertThat(table.indexOf(at(x.add(BigInteger.ONE.shiftLeft(127))))).isEqualTo(1);
        assertThat(table.indexOf(at(x.subtract(BigInteger.ONE)))).isEqualTo(1);
        assertThat(table.indexOf(at(x.add(BigInteger.ONE.shiftLeft(127)).subtract(BigInteger.ONE)))).isEqualTo(2);
        assertThat(table.indexOf(at(x.add(BigInteger.ONE.shiftLeft(112))))).isEqualTo(16);
        assertThat(table.indexOf(at(x.add(BigInteger.ONE.shiftLeft(113)).subtract(BigInteger.ONE)))).isEqualTo(16);
        assertThat(table.indexOf(at(x.add(BigInteger.ONE)))).isEqualTo(128);
        assertThat(table.indexOf(self)).isZero();
    }

    @Test
    void each_entry_is_the_linked_peer_nearest_the_start_of_its_range() {
        BigInteger x = Ids.value(self);
        NodeId half = at(x.add(BigInteger.ONE.shiftLeft(127)).add(BigInteger.TEN));
        NodeId halfLater = at(x.add(BigInteger.ONE.shiftLeft(127)).add(BigInteger.valueOf(99)));
        NodeId quarter = at(x.add(BigInteger.ONE.shiftLeft(126)));
        NodeId tooClose = at(x.add(BigInteger.ONE.shiftLeft(100)));
        NodeId[] entries = table.entries(List.of(halfLater, tooClose, quarter, half));
        assertThat(entries[1]).isEqualTo(half);
        assertThat(entries[2]).isEqualTo(quarter);
        assertThat(entries[3]).isNull();
        assertThat(entries).hasSize(17);
        assertThat(table.fingers(List.of(halfLater, tooClose, quarter, half))).containsExactly(quarter, half);
    }

    @Test
    void the_fingers_of_a_full_update_are_in_numerically_ascending_order() {
        BigInteger x = Ids.value(self);
        NodeId a = at(x.add(BigInteger.ONE.shiftLeft(127)));   // wraps to 0x40...
        NodeId b = at(x.add(BigInteger.ONE.shiftLeft(125)));   // 0xe0...
        NodeId c = at(x.add(BigInteger.ONE.shiftLeft(126)));   // 0x00...
        assertThat(table.fingers(List.of(a, b, c))).containsExactly(c, a, b);
    }

    @Test
    void a_random_target_lies_in_its_entrys_range() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i : new int[] {1, 2, 16, 100, 127, 128}) {
            for (int k = 0; k < 20; k++) {
                ResourceId t = table.randomTarget(i, r);
                assertThat(table.indexOf(NodeId.of(t.bytes()))).as("finger %d", i).isEqualTo(i);
            }
        }
    }

    @Test
    void invalid_entries_are_picked_with_exponentially_falling_weight() {
        SplittableRandom r = new SplittableRandom(5);
        int[] picks = new int[18];
        for (int k = 0; k < 4000; k++) {
            OptionalInt i = table.chooseInvalid(List.of(), r);
            picks[i.orElse(17)]++;
        }
        assertThat(picks[1]).isBetween(1800, 2200);   // 1/2
        assertThat(picks[2]).isBetween(850, 1150);    // 1/4
        assertThat(picks[3]).isBetween(380, 620);     // 1/8
        assertThat(picks[1]).isGreaterThan(picks[2]).isGreaterThan(picks[4]);
    }

    @Test
    void valid_entries_are_never_searched_for() {
        BigInteger x = Ids.value(self);
        NodeId half = at(x.add(BigInteger.ONE.shiftLeft(127)));
        SplittableRandom r = new SplittableRandom(5);
        for (int k = 0; k < 200; k++) {
            assertThat(table.chooseInvalid(List.of(half), r)).isNotEqualTo(OptionalInt.of(1));
        }
    }

    @Test
    void the_table_has_16_entries_and_grows_to_128_at_most() {
        assertThat(table.size()).isEqualTo(16);
        table.resize(40);
        assertThat(table.size()).isEqualTo(40);
        table.resize(500);
        assertThat(table.size()).isEqualTo(128);
        table.resize(3);
        assertThat(table.size()).isEqualTo(16);
    }

    @Test
    void the_table_grows_to_reach_the_last_successor() {
        BigInteger x = Ids.value(self);
        assertThat(table.sizeToReach(at(x.add(BigInteger.ONE.shiftLeft(100))))).isEqualTo(28);
        assertThat(table.sizeToReach(at(x.add(BigInteger.ONE.shiftLeft(120))))).isEqualTo(16);
    }

    private static NodeId at(BigInteger v) {
        return NodeId.of(Ids.resource(v).bytes());
    }

    @Test
    void small_numbers_place_as_expected() {
        assertThat(new FingerTable(ring, node(0)).start(1)).isEqualTo(Ids.resourceAt(128));
    }
}
