package org.reloadj.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OpaqueTest {

    @Test
    void a_view_equals_a_copy_of_the_same_bytes() {
        byte[] b = {1, 2, 3, 4, 5};
        assertThat(Opaque.wrap(b, 1, 3)).isEqualTo(Opaque.of((byte) 2, (byte) 3, (byte) 4));
        assertThat(Opaque.wrap(b, 1, 3).hashCode()).isEqualTo(Opaque.fromHex("020304").hashCode());
    }

    @Test
    void slices_are_bounded_by_the_view() {
        Opaque o = Opaque.fromHex("0102030405").slice(1, 3);
        assertThat(o.toHex()).isEqualTo("020304");
        assertThat(o.slice(2, 1).toHex()).isEqualTo("04");
        assertThatThrownBy(() -> o.slice(2, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> o.byteAt(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void to_byte_array_copies() {
        Opaque o = Opaque.fromHex("01");
        o.toByteArray()[0] = 9;
        assertThat(o.byteAt(0)).isEqualTo((byte) 1);
    }

    @Test
    void orders_bytes_unsigned() {
        assertThat(Opaque.fromHex("ff")).isGreaterThan(Opaque.fromHex("01"));
        assertThat(Opaque.fromHex("01")).isLessThan(Opaque.fromHex("0100"));
    }

    @Test
    void reads_and_writes_utf8() {
        assertThat(Opaque.utf8("héllo").toUtf8()).isEqualTo("héllo");
        assertThat(Opaque.utf8("")).isSameAs(Opaque.EMPTY);
    }
}
