package org.reloadj.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void members_keep_their_order_decimals_are_rounded_and_strings_escaped() {
        String json = new Json().put("n", 3).put("rate", 0.99999949).put("mean", 2.5).put("none", Optional.empty())
                .put("s", "a \"b\"").put("nan", Double.NaN).toString();

        assertThat(json).isEqualTo("{\"n\": 3, \"rate\": 0.999999, \"mean\": 2.5, \"none\": null, "
                + "\"s\": \"a \\\"b\\\"\", \"nan\": null}");
    }

    @Test
    void lines_name_each_member() {
        assertThat(new Json().put("nodes", 5).put("security", "x y").toLines()).isEqualTo("nodes: 5\nsecurity: x y");
    }
}
